using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterviewPrep.Data;

/// <summary>
/// Every stored time is UTC (the properties end in <c>Utc</c>). SQLite stores whatever it is
/// given; PostgreSQL's <c>timestamp with time zone</c> refuses a DateTime whose Kind is not UTC,
/// so a time that arrived without one (parsed from a browser's saved quiz run, written by a test)
/// would fail a save there only. Before each save this marks unspecified times as UTC and
/// converts local ones, so both providers store the same instant.
/// </summary>
public sealed class UtcTimestamps : SaveChangesInterceptor
{
    public static UtcTimestamps Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Normalize(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Normalize(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Normalize(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is DateTime { Kind: not DateTimeKind.Utc } time && property.Metadata.PropertyInfo is { } clr)
                {
                    // Written to the entity itself: EF compares DateTimes without their Kind, so
                    // setting CurrentValue to the same instant marked UTC would be ignored.
                    clr.SetValue(entry.Entity, time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc));
                }
            }
        }
    }
}
