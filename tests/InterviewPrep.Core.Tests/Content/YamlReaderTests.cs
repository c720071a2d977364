using System.Diagnostics;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Tests.Content;

public class YamlReaderTests
{
    [Fact]
    public void Open_HundredThousandNestedBrackets_IsALocatedErrorNotAStackOverflow()
    {
        var text = "slug: x\nname: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var errors = new List<ContentError>();

        var reader = YamlReader.Open(text, "deep.yaml", errors);

        reader.Should().BeNull();
        errors.Should().ContainSingle().Which.Should().Be(new ContentError("deep.yaml", 2,
            "a content file nests collections more than 8 levels deep ([ ], { } or indentation); at most 8 are accepted"));
    }

    [Theory]
    [InlineData("a:\n" + "  b:\n    c:\n      d:\n        e:\n          f:\n            g:\n              h:\n                i: deep\n", 9)]
    [InlineData("a: {b: {c: [[[[[[x]]]]]]}}\n", 1)]
    [InlineData("a:\n  - - - - - - - - x\n", 2)]
    public void Open_BlockOrFlowNestingPastTheLimit_IsRefusedAtItsLine(string text, int line)
    {
        var errors = new List<ContentError>();

        YamlReader.Open(text, "deep.yaml", errors).Should().BeNull();

        errors.Should().ContainSingle().Which.Line.Should().Be(line);
        errors.Single().Message.Should().Contain("more than 8 levels deep");
    }

    [Fact]
    public void Open_FiftyThousandNestedBrackets_IsRefusedQuickly()
    {
        var text = "name: " + new string('[', 50_000) + new string(']', 50_000) + "\n";
        var errors = new List<ContentError>();
        var clock = Stopwatch.StartNew();

        YamlReader.Open(text, "deep.yaml", errors).Should().BeNull();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "YamlDotNet needs ~46 s of CPU for this nesting");
        errors.Should().ContainSingle().Which.Line.Should().Be(1);
    }

    [Fact]
    public void Open_TextOverTheSizeLimit_IsRefused()
    {
        var limits = new YamlLimits(8, 100, "a test file");
        var errors = new List<ContentError>();

        YamlReader.Open("a: " + new string('x', 200), "big.yaml", errors, limits).Should().BeNull();

        errors.Should().ContainSingle().Which.Message.Should().Be("a test file is 203 characters; at most 100 are accepted");
    }

    [Theory]
    [InlineData("a: [1, [2, {b: c}]]\nd: \"x [ { \"\ne: 'it''s [ here'\nf: don't [ stop\ng: |\n  [[[[[[[[[[ text\nh: >-\n  {{{{{{{{{{ text\n")]
    [InlineData("items:\n  - name: one\n    tags: [a, b]\n  - name: two\n    nested:\n      - x: 1\n        y: [1, 2]\n# a comment with [[[[[[[[[[[\n")]
    [InlineData("long: a plain text\n  wrapped over [[[[[[[[[ lines\nnext: \"a quoted text\n  over two lines\"\nlast: ok\n")]
    public void Open_ValidYamlWithinLimits_IsReadNormally(string text)
    {
        var errors = new List<ContentError>();

        var reader = YamlReader.Open(text, "ok.yaml", errors);

        errors.Should().BeEmpty();
        reader.Should().NotBeNull();
    }

    [Theory]
    [InlineData("slug: broken\nname: [unclosed\ncompany: amazon\nmore: x\n", 2, "'[' or '{' opened on this line is never closed")]
    [InlineData("slug: broken\nname: \"unclosed\ncompany: amazon\nmore: x\n", 2, "quoted text opened on this line")]
    public void Open_UnclosedBracketOrQuote_IsReportedWhereItOpens(string text, int line, string message)
    {
        var errors = new List<ContentError>();

        YamlReader.Open(text, "broken.yaml", errors).Should().BeNull();

        errors.Should().ContainSingle().Which.Line.Should().Be(line);
        errors.Single().Message.Should().Contain(message);
    }
}
