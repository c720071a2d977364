using System.Text.Json;

namespace InterviewPrep.Cli.Tests;

/// <summary><c>interviewprep compare</c>: exit 0 with no changed fact, 1 with one, 2 for unreadable input; the JSON shape.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private const string Original = """
        ---
        title: Webhook drops
        level: senior
        ---
        ## Situation
        About 0.3% of webhooks never reached merchants.

        ## Task
        I owned the fix and had two weeks.

        ## Action
        I traced the drops to the retry queue. Priya wrote the dashboard.

        ## Result
        The drop rate went from 0.3% to 0.02%.

        ## Reflection
        I add a dashboard before I add a queue.
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ip-compare-" + Guid.NewGuid().ToString("N"));

    public CompareCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Compare_SameFactsRetold_ExitsZero()
    {
        var original = Write("original.md", Original);
        var variant = Write("variant.md", Original
            .Replace("had two weeks", "had 14 days", StringComparison.Ordinal)
            .Replace("from 0.3% to 0.02%", "from 0.3 percent to 0.02 percent", StringComparison.Ordinal)
            .Replace("## Reflection\nI add a dashboard before I add a queue.\n", "", StringComparison.Ordinal));

        var (code, stdout, stderr) = Cli.Run("compare", original, variant, "--content", TestPaths.Content);

        code.Should().Be(CliApp.Ok, stdout + stderr);
        stdout.Should().Contain("0 changed");
    }

    [Fact]
    public void Compare_ChangedNumberAndClaim_ExitsOne_AndShowsBothWordings()
    {
        var original = Write("original.md", Original);
        var variant = Write("variant.md", Original
            .Replace("About 0.3% of webhooks", "About 0.5% of webhooks", StringComparison.Ordinal)
            .Replace("Priya wrote the dashboard", "I wrote the dashboard", StringComparison.Ordinal));

        var (code, stdout, _) = Cli.Run("compare", original, variant, "--content", TestPaths.Content);

        code.Should().Be(1);
        stdout.Should().Contain("2 changed").And.Contain("fact-changed (situation): “0.5%”").And.Contain("“0.3%”")
            .And.Contain("claim-changed (action): “I wrote the dashboard”").And.Contain("“Priya wrote the dashboard”");
        stdout.Should().MatchRegex(@"variant\.md:\d+:\d+: fact-changed");
    }

    [Fact]
    public void Compare_Json_HasTheDocumentedShape()
    {
        var original = Write("original.md", Original);
        var variant = Write("variant.md", Original
            .Replace("About 0.3% of webhooks", "About 0.5% of webhooks", StringComparison.Ordinal)
            .Replace("I owned the fix and had two weeks.", "I owned the fix, with three engineers.", StringComparison.Ordinal));

        var (code, stdout, _) = Cli.Run("compare", original, variant, "--format", "json", "--content", TestPaths.Content);

        code.Should().Be(1);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("original").GetString().Should().Be(original);
        root.GetProperty("variant").GetString().Should().Be(variant);
        var changed = root.GetProperty("changed").EnumerateArray().Should().ContainSingle().Subject;
        changed.GetProperty("rule").GetString().Should().Be("fact-changed");
        changed.GetProperty("kind").GetString().Should().Be("quantity");
        changed.GetProperty("section").GetString().Should().Be("situation");
        changed.GetProperty("text").GetString().Should().Be("0.5%");
        changed.GetProperty("start").GetInt32().Should().Be("About ".Length);
        changed.GetProperty("length").GetInt32().Should().Be(4);
        changed.GetProperty("value").GetString().Should().Be("0.5 %");
        changed.GetProperty("message").GetString().Should().Contain("0.3%");
        var was = changed.GetProperty("original");
        was.GetProperty("text").GetString().Should().Be("0.3%");
        was.GetProperty("section").GetString().Should().Be("situation");
        root.GetProperty("added").EnumerateArray().Should().Contain(f => f.GetProperty("text").GetString() == "three engineers");
        root.GetProperty("omitted").EnumerateArray().Should().Contain(f => f.GetProperty("text").GetString() == "two weeks" && f.GetProperty("kind").GetString() == "quantity");
        root.GetProperty("same").GetInt32().Should().BePositive();
    }

    [Fact]
    public void Compare_MissingFile_ExitsTwo()
    {
        var original = Write("original.md", Original);

        var (code, _, stderr) = Cli.Run("compare", original, Path.Combine(_dir, "nope.md"), "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
        stderr.Should().Contain("cannot read").And.Contain("nope.md");
    }

    [Fact]
    public void Compare_FileWithoutStarSections_ExitsTwo()
    {
        var original = Write("original.md", Original);
        var notes = Write("notes.md", "just some notes, no headings\n");

        var (code, _, stderr) = Cli.Run("compare", original, notes, "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
        stderr.Should().Contain("notes.md");
    }

    [Fact]
    public void Compare_BinaryFile_ExitsTwo()
    {
        var original = Write("original.md", Original);
        var binary = Path.Combine(_dir, "image.md");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0xFE, 0x00]);

        var (code, _, _) = Cli.Run("compare", original, binary, "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
    }

    [Fact]
    public void Compare_OneFile_IsAUsageError()
    {
        var (code, _, stderr) = Cli.Run("compare", Write("original.md", Original));

        code.Should().Be(CliApp.Usage);
        stderr.Should().Contain("compare needs two story files");
    }
}
