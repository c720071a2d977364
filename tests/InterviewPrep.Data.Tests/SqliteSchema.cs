using Microsoft.Data.Sqlite;

namespace InterviewPrep.Data.Tests;

/// <summary>Reads a SQLite file's schema as text, so two databases can be compared line by line.</summary>
internal static class SqliteSchema
{
    /// <summary>Tables, columns (type, nullability, pk), indexes and foreign keys, as text lines.</summary>
    public static List<string> Describe(string path)
    {
        var lines = new List<string>();
        using var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        conn.Open();
        var tables = Query(conn, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name");
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var col in QueryRows(conn, $"PRAGMA table_info('{table}')").OrderBy(r => r["name"]))
            {
                lines.Add($"  column {col["name"]} {col["type"]} notnull={col["notnull"]} pk={col["pk"]}");
            }

            foreach (var idx in QueryRows(conn, $"PRAGMA index_list('{table}')").Where(r => !((string)r["name"]!).StartsWith("sqlite_autoindex", StringComparison.Ordinal)).OrderBy(r => r["name"]))
            {
                var cols = QueryRows(conn, $"PRAGMA index_info('{idx["name"]}')").OrderBy(r => Convert.ToInt64(r["seqno"], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r["name"]);
                lines.Add($"  index {idx["name"]} unique={idx["unique"]} ({string.Join(",", cols)})");
            }

            foreach (var fk in QueryRows(conn, $"PRAGMA foreign_key_list('{table}')").OrderBy(r => r["from"]))
            {
                lines.Add($"  fk {fk["from"]} -> {fk["table"]}.{fk["to"]} on delete {fk["on_delete"]}");
            }
        }

        return lines;
    }

    private static List<string> Query(SqliteConnection conn, string sql) => QueryRows(conn, sql).Select(r => (string)r["name"]!).ToList();

    private static List<Dictionary<string, object?>> QueryRows(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
