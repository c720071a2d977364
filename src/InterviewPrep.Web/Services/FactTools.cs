using System.Collections.Concurrent;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Facts;
using InterviewPrep.Core.Review;
using InterviewPrep.Core.Stories;
using InterviewPrep.Data;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Core's fact extraction, comparison and answer checking, built once from the loaded content
/// (<c>content/facts.yaml</c>). A content folder without that file simply has no fact features:
/// no fact-lock findings, no review cards.
/// </summary>
public sealed class FactTools
{
    private const int CacheLimit = 5000;

    private readonly FactExtractor? _extractor;
    private readonly FactComparer? _comparer;
    private readonly AnswerChecker? _checker;
    private readonly ConcurrentDictionary<(int Id, int Version), (string Title, IReadOnlyList<ReviewCard> Cards)> _cards = new();

    public FactTools(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.Facts is { } rules)
        {
            _extractor = new FactExtractor(rules);
            _comparer = new FactComparer(_extractor);
            _checker = new AnswerChecker(_extractor);
        }
    }

    public bool Enabled => _extractor is not null;

    public StoryFacts Extract(StoryDraft draft) => _extractor?.Extract(draft.ToStarStory()) ?? StoryFacts.Empty;

    /// <summary>A variant's facts against its original's (already extracted: the original does not change while the variant is edited).</summary>
    public FactComparison? Compare(StoryFacts original, StoryDraft variant) =>
        _comparer is null ? null : FactComparer.Compare(original, Extract(variant));

    /// <summary>
    /// The review cards of a story's current text. The home page counts due cards on every visit,
    /// so cards are kept per story version (a save bumps it); the cache is dropped whole when it
    /// grows past a few thousand entries rather than tracked entry by entry.
    /// </summary>
    public IReadOnlyList<ReviewCard> CardsOf(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (_extractor is null)
        {
            return [];
        }

        var key = (story.Id, story.Version);
        if (_cards.TryGetValue(key, out var cached) && cached.Title == story.Title)
        {
            return cached.Cards;
        }

        if (_cards.Count > CacheLimit)
        {
            _cards.Clear();
        }

        var cards = ReviewCardBuilder.Build(Extract(StoryBank.ToDraft(story)), story.Title);
        _cards[key] = (story.Title, cards);
        return cards;
    }

    public AnswerCheck Check(ReviewCard card, string typed) =>
        _checker?.Check(card, typed) ?? new AnswerCheck(false, card.Answer, "answer checking is not available");
}
