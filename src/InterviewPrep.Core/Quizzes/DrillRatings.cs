using System.Security.Cryptography;
using System.Text;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Quizzes;

/// <summary>Where a candidate stands on one walkthrough's follow-ups, by their latest self-rating of each.</summary>
/// <param name="Nailed">Follow-ups whose latest rating is "nailed".</param>
/// <param name="NotYet">Indexes (into <see cref="Walkthrough.FollowUps"/>) of the follow-ups rated, whose latest rating is not "nailed".</param>
/// <param name="Unrated">Follow-ups never rated (or reworded since they were).</param>
public sealed record DrillStanding(int Nailed, IReadOnlyList<int> NotYet, int Unrated)
{
    public int Rated => Nailed + NotYet.Count;
}

/// <summary>
/// Drill mode's self-ratings: the three a candidate can give, the key a follow-up is remembered
/// by, and what the latest ratings say is still to practise.
/// </summary>
public static class DrillRatings
{
    public const string Nailed = "nailed";
    public const string Partly = "partly";
    public const string Missed = "missed";

    /// <summary>The ratings in the order they are offered, with their button labels.</summary>
    public static IReadOnlyList<(string Id, string Label)> All { get; } = [(Nailed, "Nailed it"), (Partly, "Partly"), (Missed, "Missed it")];

    public static bool IsKnown(string? id) => All.Any(r => r.Id == id);

    public static string Label(string? id) => All.FirstOrDefault(r => r.Id == id).Label ?? "";

    /// <summary>
    /// A short hash of the follow-up's question. Ratings are kept against it, so reordering the
    /// follow-ups in the content keeps them, while rewording a question starts it afresh.
    /// </summary>
    public static string Key(FollowUp followUp) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(followUp.Question.Trim())))[..16].ToLowerInvariant();

    /// <summary>
    /// Every walkthrough (still in the content) with at least one rated follow-up, with its
    /// standing: the most follow-ups not yet nailed first, then by question.
    /// </summary>
    public static IReadOnlyList<(Walkthrough Walkthrough, DrillStanding Standing)> Standings(
        ContentCatalog catalog, IReadOnlyDictionary<string, Dictionary<string, string>> latestBySlug) =>
        [.. latestBySlug
            .Select(kv => catalog.Walkthrough(kv.Key) is { } w ? (Walkthrough: w, Standing: Standing(w, kv.Value)) : default)
            .Where(x => x.Walkthrough is not null && x.Standing.Rated > 0)
            .OrderByDescending(x => x.Standing.NotYet.Count).ThenBy(x => x.Walkthrough.Question, StringComparer.Ordinal)];

    /// <summary>Sorts a walkthrough's follow-ups by their latest rating (keyed by <see cref="Key"/>); ratings of questions no longer in the content are ignored.</summary>
    public static DrillStanding Standing(Walkthrough walkthrough, IReadOnlyDictionary<string, string> latestByKey) =>
        Standing(walkthrough.FollowUps, latestByKey);

    /// <summary>The same for any list of follow-ups (an own story's drill builds its own list).</summary>
    public static DrillStanding Standing(IReadOnlyList<FollowUp> followUps, IReadOnlyDictionary<string, string> latestByKey)
    {
        var nailed = 0;
        var unrated = 0;
        var notYet = new List<int>();
        for (var i = 0; i < followUps.Count; i++)
        {
            if (!latestByKey.TryGetValue(Key(followUps[i]), out var rating))
            {
                unrated++;
            }
            else if (rating == Nailed)
            {
                nailed++;
            }
            else
            {
                notYet.Add(i);
            }
        }

        return new DrillStanding(nailed, notYet, unrated);
    }
}
