namespace InterviewPrep.Core.Scoring;

/// <summary>
/// Every plain phrase of every rule in one word trie. A section is tokenised once and walked once
/// per Score call, whatever the number of rules or phrases: one dictionary lookup per word in the
/// common case. Matching is case-insensitive and ' matches ’: keys are stored lower-case with
/// straight apostrophes, and each word of the text is folded the same way into a stack buffer, so
/// the lookup can use fast ordinal hashing without allocating.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Node _root;

    private PhraseIndex(Node root, int sets)
    {
        _root = root;
        SetCount = sets;
    }

    /// <summary>Longest word the index folds; longer words cannot be keys (no phrase word is this long).</summary>
    private const int MaxWord = 32;

    /// <summary>Number of pattern sets (ids 0..SetCount-1) that registered phrases.</summary>
    public int SetCount { get; }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public Node? Any;
        public List<int>? Sets;

        public Node Child(string word)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(word, out var node))
            {
                node = new Node();
                Children[word] = node;
            }

            return node;
        }

        public void Freeze()
        {
            if (Children is not null)
            {
                Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
                foreach (var c in Children.Values)
                {
                    c.Freeze();
                }
            }

            Any?.Freeze();
        }
    }

    /// <summary>Collects phrases while rule files load; <see cref="Build"/> freezes them.</summary>
    internal sealed class Builder
    {
        private readonly Node _root = new();
        private int _sets;

        public int NewSet() => _sets++;

        /// <summary>Adds one expanded phrase (words, "*" = any one word) for pattern set <paramref name="set"/>.</summary>
        public void Add(int set, IReadOnlyList<string> words)
        {
            var node = _root;
            foreach (var w in words)
            {
                node = w == "*" ? node.Any ??= new Node() : node.Child(Fold(w));
            }

            node.Sets ??= [];
            if (!node.Sets.Contains(set))
            {
                node.Sets.Add(set);
            }
        }

        private static string Fold(string word) => word.ToLowerInvariant().Replace('’', '\'');

        public PhraseIndex Build()
        {
            _root.Freeze();
            return new PhraseIndex(_root, _sets);
        }
    }

    /// <summary>
    /// All phrase matches in a section, per pattern set: leftmost-longest and non-overlapping
    /// within a set, like a regular expression scan. Words of a phrase must be separated by
    /// whitespace only, so a phrase never runs across a comma or a sentence end.
    /// </summary>
    public List<TextSpan>[] Match(SectionText section)
    {
        var result = new List<TextSpan>[SetCount];
        var tokens = section.Tokens;
        if (SetCount == 0 || tokens.Count == 0)
        {
            return result;
        }

        var text = section.Text;
        var nextFree = new int[SetCount];
        var bestEnd = new int[SetCount];
        Array.Fill(bestEnd, -1);
        var touched = new List<int>();
        // One pooled buffer per call holds every folded word; nothing is allocated per word.
        var folded = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var foldedAt = new int[tokens.Count];
        var used = 0;

        // Fold every word once (lower case, straight apostrophe); words longer than any key never match.
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            foldedAt[k] = t.Length <= MaxWord ? used : -1;
            if (t.Length <= MaxWord)
            {
                var dest = folded.AsSpan(used, t.Length);
                text.AsSpan(t.Start, t.Length).ToLowerInvariant(dest);
                dest.Replace('’', '\'');
                used += t.Length;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            Walk(_root, i, i);
            foreach (var set in touched)
            {
                if (i >= nextFree[set])
                {
                    var last = bestEnd[set];
                    (result[set] ??= []).Add(new TextSpan(tokens[i].Start, tokens[last].Start + tokens[last].Length - tokens[i].Start));
                    nextFree[set] = last + 1;
                }

                bestEnd[set] = -1;
            }

            touched.Clear();
        }

        System.Buffers.ArrayPool<char>.Shared.Return(folded);
        return result;

        void Walk(Node node, int first, int j)
        {
            if (j >= tokens.Count || (j > first && !tokens[j].JoinedToPrevious))
            {
                return;
            }

            if (node.Children is not null && foldedAt[j] >= 0 && node.Lookup.TryGetValue(folded.AsSpan(foldedAt[j], tokens[j].Length), out var next))
            {
                Reached(next, j);
                Walk(next, first, j + 1);
            }

            if (node.Any is { } any)
            {
                Reached(any, j);
                Walk(any, first, j + 1);
            }
        }

        void Reached(Node node, int j)
        {
            if (node.Sets is null)
            {
                return;
            }

            foreach (var set in node.Sets)
            {
                if (bestEnd[set] < 0)
                {
                    touched.Add(set);
                }

                bestEnd[set] = Math.Max(bestEnd[set], j);
            }
        }
    }
}
