namespace InterviewPrep.Cli.Tests;

public sealed class ContentValidateCommandTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("ip-validate-").FullName;

    public ContentValidateCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(TestPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void Validate_ShippedContent_ExitsZeroWithCounts()
    {
        var (code, stdout, _) = Run("content", "validate", "--content", TestPaths.Content);

        code.Should().Be(0);
        stdout.Should().StartWith("content OK: 4 companies, 22 themes");
    }

    [Fact]
    public void Validate_BrokenCopy_ExitsOneWithOneLocatedLinePerProblem()
    {
        var theme = Path.Combine(_copy, "themes", "ownership.yaml");
        var lines = File.ReadAllLines(theme).ToList();
        var at = lines.FindIndex(l => l.StartsWith("company:", StringComparison.Ordinal));
        lines[at] = "company: amazn";
        File.WriteAllLines(theme, lines);
        var scoring = Path.Combine(_copy, "scoring", "hedging.yaml");
        File.AppendAllText(scoring, "\nsevrity: error\n");

        var (code, stdout, stderr) = Run("content", "validate", "--content", _copy);

        code.Should().Be(1);
        var problems = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        problems.Should().Contain(l => l.EndsWith($"ownership.yaml:{at + 1}: company names company 'amazn', which does not exist (did you mean 'amazon'?)", StringComparison.Ordinal));
        problems.Should().Contain(l => l.Contains("hedging.yaml:", StringComparison.Ordinal) && l.Contains("unknown field 'sevrity'", StringComparison.Ordinal));
        stderr.Should().Contain($"{problems.Length} problem(s)");
    }

    [Fact]
    public void Validate_UnknownOption_IsAUsageError()
    {
        var (code, _, stderr) = Run("content", "validate", "--contnet", "x");

        code.Should().Be(2);
        stderr.Should().Contain("unknown option '--contnet'");
    }
}
