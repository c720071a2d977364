using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void ContentPaths_FindDefault_FindsRepositoryContent()
    {
        var path = ContentPaths.FindDefault();

        File.Exists(Path.Combine(path, "companies.yaml")).Should().BeTrue();
    }
}
