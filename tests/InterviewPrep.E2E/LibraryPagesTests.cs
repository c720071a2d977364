using InterviewPrep.Core.Content;

namespace InterviewPrep.E2E;

[Collection(BrowserCollection.Name)]
public class LibraryPagesTests(BrowserFixture browser)
{
    private static readonly ContentCatalog Catalog = ContentLoader.LoadOrThrow(Path.Combine(AppServer.RepoRoot, "content"));

    [Fact]
    public async Task EveryPrincipleAndWalkthroughPage_RendersWithoutAnError()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add($"{page.Url}: {m.Text}");
            }
        };
        page.PageError += (_, e) => errors.Add($"{page.Url}: {e}");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{r.Status} {r.Url}");
            }
        };
        var paths = Catalog.Themes.Select(t => $"/principles/{t.Slug}")
            .Concat(Catalog.Walkthroughs.SelectMany(w => new[] { $"/walkthroughs/{w.Slug}", $"/walkthroughs/{w.Slug}?mode=rehearse", $"/walkthroughs/{w.Slug}?mode=drill", $"/walkthroughs/{w.Slug}/quiz" }))
            .ToList();

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            await page.WaitForFunctionAsync(PageExtensions.ReadyScript);

            response!.Status.Should().Be(200, path);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByText("This part of the page failed")).ToHaveCountAsync(0);
        }

        errors.Should().BeEmpty();
        paths.Count.Should().Be(Catalog.Themes.Count + (4 * Catalog.Walkthroughs.Count));
    }
}
