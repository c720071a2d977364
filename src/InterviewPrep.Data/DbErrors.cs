using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InterviewPrep.Data;

/// <summary>
/// Recognises the one database error the services expect: a unique index refusing a second
/// row for the same key (a double click, a retried save, two instances racing). The providers
/// report it differently; anything else (a lost connection, a value too long) is a real failure
/// and must not be mistaken for "someone else saved it first".
/// </summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: SqliteConstraint } s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
