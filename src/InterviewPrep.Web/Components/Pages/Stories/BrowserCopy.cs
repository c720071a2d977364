using System.Security.Cryptography;
using System.Text;
using InterviewPrep.Core.Stories;

namespace InterviewPrep.Web.Components.Pages.Stories;

/// <summary>
/// The editor's copy of typed words in the browser (app.js, <c>ip.editor</c>): one per tab and
/// account, holding the story it belongs to and the stored version it was typed on.
/// </summary>
internal sealed record BrowserCopy(
    string Key,
    bool Own,
    string? Story,
    int Base,
    long SavedAt,
    string? SavedAtText,
    string? Title,
    string? Company,
    string? Situation,
    string? Task,
    string? Action,
    string? Result,
    string? Reflection)
{
    /// <summary>The draft with this copy's typed fields over <paramref name="stored"/>.</summary>
    public StoryDraft Over(StoryDraft stored) => stored with
    {
        Title = Title ?? stored.Title,
        Company = Company ?? stored.Company,
        Situation = Situation ?? stored.Situation,
        Task = Task ?? stored.Task,
        Action = Action ?? stored.Action,
        Result = Result ?? stored.Result,
        Reflection = Reflection ?? stored.Reflection,
    };

    /// <summary>
    /// FNV-1a over the typed fields, as <c>ip.editor.hash</c> computes it: after a save the
    /// browser drops its copy only when it holds exactly the saved words.
    /// </summary>
    public static uint Hash(StoryDraft d)
    {
        var text = string.Join('\u0001', d.Title, d.Company, d.Situation, d.Task, d.Action, d.Result, d.Reflection);
        var h = 0x811c9dc5u;
        foreach (var c in text)
        {
            h ^= c;
            h *= 0x01000193u;
        }

        return h;
    }

    /// <summary>The account's key for its copies: not the id itself, just a stable stand-in.</summary>
    public static string UserKey(string userId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("ip-draft:" + userId)))[..16].ToLowerInvariant();
}
