using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// The app builds its context with its own services (Identity options among them), which shape
/// the model; the Data tests' guard sees a context made without them. This checks the model the
/// app actually runs against the migrations' snapshot.
/// </summary>
public class AppDbContextModelTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task AppContext_ComparedWithSnapshot_HasNoChangesWithoutAMigration()
    {
        _ = factory.Server;

        var pending = await factory.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.Should().BeFalse("the app's model (with its Identity schema version) must be the one the migrations were made from");
    }
}
