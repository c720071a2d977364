using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace InterviewPrep.Web.Services;

/// <summary>The signed-in user of this circuit or request, as pages need it: an id or nothing.</summary>
public sealed class CurrentUser(AuthenticationStateProvider auth)
{
    public async Task<string?> IdAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        return state.User.Identity?.IsAuthenticated == true ? state.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }
}
