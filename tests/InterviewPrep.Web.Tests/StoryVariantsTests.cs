using AngleSharp.Html.Parser;
using InterviewPrep.Core.Stories;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests;

/// <summary>Re-angled variants in the real database, and as a signed-in browser receives the editor.</summary>
public class StoryVariantsTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static readonly StoryDraft Draft = new()
    {
        Title = "Webhook drops",
        Principles = ["dive-deep"],
        Situation = "Our payment webhooks dropped about 0.3% of events and merchants noticed delays.",
        Task = "It was not my service; I wanted to know why events were lost.",
        Action = "I pulled the delivery logs, traced the drops to a race in the retry code and wrote the fix.",
        Result = "Dropped events went from 0.3% to zero within a week, recovering about $8K per week.",
        Reflection = "I now add a reconciliation check to every queue I own.",
    };

    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    [Fact]
    public async Task CreateVariant_Twice_CreatesOneLinkedVariantWithItsOwnTextAndScore()
    {
        var user = await factory.CreateUserAsync();
        var original = (await Bank.CreateAsync(user, "k", Draft)).Story!;

        var first = await Bank.CreateVariantAsync(user, original.Id, "ownership");
        var again = await Bank.CreateVariantAsync(user, original.Id, "ownership");

        again.Story!.Id.Should().Be(first.Story!.Id);
        var variant = (await Bank.GetAsync(user, first.Story.Id))!;
        variant.OriginalStoryId.Should().Be(original.Id);
        variant.AngleFor.Should().Be("ownership");
        variant.Principles.Should().Be("ownership");
        variant.Title.Should().Be("Webhook drops · for Ownership");
        variant.Result.Should().Be(Draft.Result);
        variant.Score.Should().NotBeNull();
        (await Bank.RevisionsAsync(user, variant.Id)).Should().ContainSingle();
        (await Bank.VariantsAsync(user, original.Id)).Select(v => v.Id).Should().Equal(variant.Id);
    }

    [Fact]
    public async Task CreateVariant_OfAVariant_RetellsTheOriginal()
    {
        var user = await factory.CreateUserAsync();
        var original = (await Bank.CreateAsync(user, "k", Draft)).Story!;
        var variant = (await Bank.CreateVariantAsync(user, original.Id, "ownership")).Story!;

        var second = (await Bank.CreateVariantAsync(user, variant.Id, "earn-trust")).Story!;

        second.OriginalStoryId.Should().Be(original.Id);
    }

    [Fact]
    public async Task CreateVariant_AnotherUsersStoryOrAnUnknownPrinciple_IsRefused()
    {
        var owner = await factory.CreateUserAsync();
        var stranger = await factory.CreateUserAsync();
        var original = (await Bank.CreateAsync(owner, "k", Draft)).Story!;

        (await Bank.CreateVariantAsync(stranger, original.Id, "ownership")).Should().Be(StorySaveResult.NotFound);
        (await Bank.CreateVariantAsync(owner, original.Id, "not-a-theme")).Saved.Should().BeFalse();
        (await Bank.VariantsAsync(stranger, original.Id)).Should().BeEmpty();
        (await Bank.ListAsync(owner)).Should().ContainSingle();
    }

    [Fact]
    public async Task Delete_OriginalKeepingVariants_LeavesThemAsStoriesOfTheirOwn_OrDeletesThemWhenAsked()
    {
        var user = await factory.CreateUserAsync();
        var kept = (await Bank.CreateAsync(user, "k1", Draft)).Story!;
        var keptVariant = (await Bank.CreateVariantAsync(user, kept.Id, "ownership")).Story!;
        var gone = (await Bank.CreateAsync(user, "k2", Draft)).Story!;
        var goneVariant = (await Bank.CreateVariantAsync(user, gone.Id, "ownership")).Story!;

        (await Bank.DeleteAsync(user, kept.Id, withVariants: false)).Should().BeTrue();
        (await Bank.DeleteAsync(user, gone.Id, withVariants: true)).Should().BeTrue();

        var survivor = await Bank.GetAsync(user, keptVariant.Id);
        survivor.Should().NotBeNull();
        survivor!.OriginalStoryId.Should().BeNull("a kept variant becomes a story of its own");
        (await Bank.GetAsync(user, goneVariant.Id)).Should().BeNull();
    }

    [Fact]
    public async Task Editor_AnotherUsersVariant_Is404_AndTheOwnerSeesTheLinkAndGuidance()
    {
        var (ownerClient, owner) = await SignedInClientAsync();
        var (strangerClient, _) = await SignedInClientAsync();
        var original = (await Bank.CreateAsync(owner, "k", Draft)).Story!;
        var variant = (await Bank.CreateVariantAsync(owner, original.Id, "ownership")).Story!;

        var stranger = await strangerClient.GetAsync($"/stories/{variant.Id}");
        var mine = new HtmlParser().ParseDocument(await ownerClient.GetStringAsync($"/stories/{variant.Id}"));
        var originalPage = new HtmlParser().ParseDocument(await ownerClient.GetStringAsync($"/stories/{original.Id}"));

        stranger.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await stranger.Content.ReadAsStringAsync()).Should().NotContain("Webhook drops");
        mine.QuerySelector("[data-original-link]")!.GetAttribute("href").Should().Be($"/stories/{original.Id}");
        mine.QuerySelector("[data-reangle-guidance]")!.GetAttribute("data-reangle-guidance").Should().Be("ownership");
        originalPage.QuerySelector($"[data-variant='{variant.Id}'] a")!.TextContent.Should().Be("Ownership");
    }

    private async Task<(HttpClient Client, string UserId)> SignedInClientAsync()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"variants-{Guid.NewGuid():N}@example.com";
        await AccountHttpTests.PostFormAsync(client, "/Account/Register", new() { ["Email"] = email, ["Password"] = "Passw0rd!", ["Confirm password"] = "Passw0rd!" });
        var user = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (client, user);
    }
}
