using Bunit;
using InterviewPrep.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests.Components.Layout;

public class NavLinksTests : ComponentTestContext
{
    [Fact]
    public void NavLinks_OnAPage_MarksThatPagesLinkActive()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/walkthroughs");

        var nav = Render<NavLinks>(p => p.Add(n => n.Class, "drawer-nav"));

        nav.Find("nav").GetAttribute("aria-label").Should().Be("Main");
        nav.FindAll("a").Select(a => a.TextContent).Should().Equal("Principles", "Walkthroughs", "My stories", "Mock interview", "Progress");
        nav.FindAll("a.active").Should().ContainSingle().Which.TextContent.Should().Be("Walkthroughs");
    }
}
