using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewPrep.Core.Facts;

/// <summary>
/// The JSON form of a comparison, as <c>interviewprep compare --format json</c> prints it:
/// <c>{"original","variant","changed":[{"rule","kind","section","start","length","text","value","message",
/// "original":{"section","start","length","text","value"}}],"added":[fact],"omitted":[fact],"same":N}</c>
/// where a fact is <c>{"kind","section","start","length","text","value","key"}</c>; offsets are
/// UTF-16 units into the named section of that telling, as in the score JSON's flags.
/// </summary>
public static class FactComparisonJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(string originalFile, string variantFile, FactComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("original", originalFile);
            w.WriteString("variant", variantFile);
            w.WriteStartArray("changed");
            foreach (var c in comparison.Changed)
            {
                w.WriteStartObject();
                w.WriteString("rule", c.Rule);
                WriteFields(w, c.Variant);
                w.WriteString("message", c.Finding.Message);
                w.WriteStartObject("original");
                WriteFields(w, c.Original);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteList(w, "added", comparison.Added);
            WriteList(w, "omitted", comparison.Omitted);
            w.WriteNumber("same", comparison.Same.Count);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteList(Utf8JsonWriter w, string name, IEnumerable<Fact> facts)
    {
        w.WriteStartArray(name);
        foreach (var f in facts)
        {
            w.WriteStartObject();
            WriteFields(w, f);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFields(Utf8JsonWriter w, Fact f)
    {
        w.WriteString("kind", f.KindId);
        w.WriteString("section", f.Section.Id());
        w.WriteNumber("start", f.Start);
        w.WriteNumber("length", f.Length);
        w.WriteString("text", f.Text);
        w.WriteString("value", f.Value);
        w.WriteString("key", f.Key);
    }
}
