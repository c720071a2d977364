using InterviewPrep.Web.Components.Account;

namespace InterviewPrep.Web.Tests;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/stories", "/stories")]
    [InlineData("/principles/dive-deep?x=1", "/principles/dive-deep?x=1")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData(null, "/")]
    public void OrHome_KeepsOnlyLocalPaths(string? input, string expected) => LocalUrl.OrHome(input).Should().Be(expected);
}
