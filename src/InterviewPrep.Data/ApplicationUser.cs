using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Data;

/// <summary>A candidate's account. Everything a user writes hangs off its <see cref="IdentityUser.Id"/>.</summary>
public class ApplicationUser : IdentityUser
{
}
