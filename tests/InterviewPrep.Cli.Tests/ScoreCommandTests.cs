using System.Text.Json;

namespace InterviewPrep.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private const string WeStory = """
        ---
        title: Cache story
        level: sde2
        principle: dive-deep
        ---
        ## Situation
        Product pages were slow during the sale.

        ## Task
        The cache belonged to the platform team, not my team, and no ticket existed.

        ## Action
        We figured out the root cause together and shipped a patch.

        ## Result
        Page load fell from 3.2 s to 1.1 s.

        ## Reflection
        I now check cache hit rates before any sale.
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ip-score-" + Guid.NewGuid().ToString("N"));

    public ScoreCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Score_FileAsJson_PrintsOneObjectInTheDocumentedShape()
    {
        var file = Write("story.md", WeStory);

        var (code, stdout, _) = Run("score", file, "--format", "json", "--content", TestPaths.Content);

        code.Should().Be(CliApp.Ok);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("file", "score", "verdict", "verdictReason", "explanation", "formula", "sections", "flags", "level");
        root.GetProperty("file").GetString().Should().Be(file);
        root.GetProperty("score").GetInt32().Should().BeInRange(0, 100);
        root.GetProperty("verdict").GetString().Should().BeOneOf("strong", "mixed", "weak");
        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        sections.Select(s => s.GetProperty("name").GetString()).Should().Equal("situation", "task", "action", "result", "reflection");
        sections[2].EnumerateObject().Select(p => p.Name).Should().Equal("name", "words", "seconds", "targetSeconds", "score", "weight", "deducted", "contribution", "deductions");
        sections[2].GetProperty("targetSeconds").GetInt32().Should().Be(90);
        var flag = root.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "we-language");
        flag.EnumerateObject().Select(p => p.Name).Should().Equal("rule", "section", "start", "length", "message");
        flag.GetProperty("section").GetString().Should().Be("action");
        flag.GetProperty("start").GetInt32().Should().Be(0, "start is an offset into the Action text, whose first word is the flagged 'We'");
        flag.GetProperty("length").GetInt32().Should().Be(2);
        flag.GetProperty("message").GetString().Should().Contain("I");
    }

    [Fact]
    public void Score_FolderAsJson_PrintsArrayOfStoriesSortedByName()
    {
        Write("b-second.md", WeStory);
        Write("a-first.md", WeStory.Replace("We figured out the root cause together and shipped a patch.", "I traced the root cause to a missing cache key, wrote the patch, tested it on staging and shipped it myself.", StringComparison.Ordinal));
        Write("notes.txt", "not a story");

        var (code, stdout, _) = Run("score", _dir, "--format", "json", "--content", TestPaths.Content);

        code.Should().Be(CliApp.Ok);
        using var json = JsonDocument.Parse(stdout);
        var files = json.RootElement.EnumerateArray().Select(e => Path.GetFileName(e.GetProperty("file").GetString())).ToList();
        files.Should().Equal("a-first.md", "b-second.md");
        json.RootElement[0].GetProperty("verdict").GetString().Should().Be("strong");
    }

    [Fact]
    public void Score_Text_ShowsEachFindingUnderItsLineWithACaret()
    {
        var file = Write("story.md", WeStory);

        var (code, stdout, _) = Run("score", file, "--content", TestPaths.Content);

        code.Should().Be(CliApp.Ok);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.Contains(":13:1: error we-language (action):", StringComparison.Ordinal));
        header.Should().BeGreaterThan(0, "the finding names its file line and column:\n" + stdout);
        lines[header + 1].Should().Be("  13 | We figured out the root cause together and shipped a patch.");
        lines[header + 2].Should().Be("     | ^^");
        stdout.Should().Contain("deductions:");
    }

    [Fact]
    public void Score_FileWithoutStarSections_Exits2WithAClearMessage()
    {
        var file = Write("notes.md", "# Some notes\n\nNo sections here.\n");

        var (code, stdout, stderr) = Run("score", file, "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("notes.md").And.Contain("no STAR sections");
    }

    [Fact]
    public void Score_FileThatIsNotUtf8_NamesTheByteAndExits2()
    {
        var file = Path.Combine(_dir, "latin1.md");
        File.WriteAllBytes(file, [.. "## Action\nI fixed the caf"u8.ToArray(), 0xE9, .. " bug.\n"u8.ToArray()]);

        var (code, stdout, stderr) = Run("score", file, "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be($"{file}: latin1.md is not UTF-8 text (byte 0xE9 at offset 25): save it as UTF-8");
    }

    [Fact]
    public void Score_MissingPath_Exits2()
    {
        var (code, _, stderr) = Run("score", Path.Combine(_dir, "nope.md"), "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
        stderr.Should().Contain("cannot read").And.Contain("nope.md");
    }

    [Fact]
    public void Score_FolderWithOneBrokenStory_ScoresTheRestAndExits2()
    {
        Write("a.md", WeStory);
        Write("b.md", "---\nlevel: principal\n---\n## Action\nI did it.\n");

        var (code, stdout, stderr) = Run("score", _dir, "--format", "json", "--content", TestPaths.Content);

        code.Should().Be(CliApp.Usage);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetArrayLength().Should().Be(1);
        stderr.Should().Contain("b.md:2: 'level' must be sde1, sde2 or senior, not 'principal'");
    }

    [Fact]
    public void Score_InvalidRuleFile_PrintsLocatedErrorsAndExits1()
    {
        var content = Path.Combine(_dir, "content");
        Write("content/companies.yaml", "companies:\n  - id: amazon\n    name: Amazon\n    blurb: Leadership principles.\n");
        File.Copy(Path.Combine(TestPaths.Content, "scoring", "engine.yaml"), Path.Combine(_dir, "content", "engine.tmp"));
        Directory.CreateDirectory(Path.Combine(content, "scoring"));
        File.Move(Path.Combine(content, "engine.tmp"), Path.Combine(content, "scoring", "engine.yaml"));
        Write("content/scoring/hedging.yaml", "id: hedging\nkind: existence\ndescription: d\nseverity: hint\nsections: [action]\npenalty: 5\nmessage: m\npatterns: ['/(unclosed/']\nexamples:\n  bad: [{text: x, span: x}]\n  good: [{text: y}]\ncolour: red\n");
        var file = Write("story.md", WeStory);

        var (code, stdout, stderr) = Run("score", file, "--content", content);

        code.Should().Be(CliApp.Invalid);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("hedging.yaml:8: invalid regular expression /(unclosed/");
        stderr.Should().Contain("hedging.yaml:12: unknown field 'colour'");
    }

    [Fact]
    public void Score_UnknownFormat_IsAUsageError()
    {
        var file = Write("story.md", WeStory);

        var (code, _, stderr) = Run("score", file, "--format", "xml");

        code.Should().Be(CliApp.Usage);
        stderr.Should().Contain("--format must be json or text");
    }

    [Fact]
    public void ContentValidate_RealContent_CountsScoringRules()
    {
        var (code, stdout, _) = Run("content", "validate", "--content", TestPaths.Content);

        code.Should().Be(CliApp.Ok);
        stdout.Should().MatchRegex(@"\d+ scoring rules");
    }
}
