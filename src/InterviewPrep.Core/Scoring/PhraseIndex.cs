namespace InterviewPrep.Core.Scoring;

/// <summary>
/// Every plain phrase of every rule in one word trie. A section is tokenised once and walked once
/// per Score call, whatever the number of rules or phrases. Matching is case-insensitive and '
/// matches ’: phrase words are stored lower-case with straight apostrophes as ids of one vocabulary;
/// each word of the text is folded the same way into a stack buffer and looked up there once, so
/// the walk itself compares small integers and nothing is allocated per word.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Node _root;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;

    private PhraseIndex(Node root, int sets, Dictionary<string, int> vocabulary)
    {
        _root = root;
        SetCount = sets;
        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Longest word the index folds; longer words cannot be keys (no phrase word is this long).</summary>
    private const int MaxWord = 32;

    /// <summary>Number of pattern sets (ids 0..SetCount-1) that registered phrases.</summary>
    public int SetCount { get; }

    private sealed class Node
    {
        public Dictionary<int, Node>? Children;
        public Node? Any;
        public List<int>? Sets;

        public Node Child(int word)
        {
            Children ??= [];
            if (!Children.TryGetValue(word, out var node))
            {
                node = new Node();
                Children[word] = node;
            }

            return node;
        }
    }

    /// <summary>Collects phrases while rule files load; <see cref="Build"/> freezes them.</summary>
    internal sealed class Builder
    {
        private readonly Node _root = new();
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private int _sets;

        public int NewSet() => _sets++;

        /// <summary>Adds one expanded phrase (words, "*" = any one word) for pattern set <paramref name="set"/>.</summary>
        public void Add(int set, IReadOnlyList<string> words)
        {
            var node = _root;
            foreach (var w in words)
            {
                node = w == "*" ? node.Any ??= new Node() : node.Child(Id(Fold(w)));
            }

            node.Sets ??= [];
            if (!node.Sets.Contains(set))
            {
                node.Sets.Add(set);
            }
        }

        private int Id(string word)
        {
            if (!_vocabulary.TryGetValue(word, out var id))
            {
                id = _vocabulary.Count;
                _vocabulary[word] = id;
            }

            return id;
        }

        private static string Fold(string word) => word.ToLowerInvariant().Replace('’', '\'');

        public PhraseIndex Build()
        {
            return new PhraseIndex(_root, _sets, _vocabulary);
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
        // Each word is folded (lower case, straight apostrophe) and looked up in the phrases'
        // vocabulary once; the trie then walks on small integer ids. Words no phrase uses get -1.
        var ids = new int[tokens.Count];
        Span<char> folded = stackalloc char[MaxWord];
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            ids[k] = -1;
            if (t.Length <= MaxWord)
            {
                var dest = folded[..t.Length];
                text.AsSpan(t.Start, t.Length).ToLowerInvariant(dest);
                dest.Replace('’', '\'');
                if (_vocabulary.TryGetValue(dest, out var id))
                {
                    ids[k] = id;
                }
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

        return result;

        void Walk(Node node, int first, int j)
        {
            if (j >= tokens.Count || (j > first && !tokens[j].JoinedToPrevious))
            {
                return;
            }

            if (node.Children is not null && ids[j] >= 0 && node.Children.TryGetValue(ids[j], out var next))
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
