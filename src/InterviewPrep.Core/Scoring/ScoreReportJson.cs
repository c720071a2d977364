using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewPrep.Core.Scoring;

/// <summary>
/// The JSON form of a score report, exactly as <c>interviewprep score --format json</c> prints it:
/// <c>{"file","score","verdict","verdictReason","explanation","formula","sections":[{"name","words","seconds","targetSeconds",
/// "score","weight","deducted","contribution","deductions":[{"rule","severity","count","points","capped","overallPoints"}]}],
/// "flags":[{"rule","section","start","length","message"}],"level":{…}}</c> (level when content/levels.yaml is loaded), section names lower-case and
/// <c>start</c> an offset into that section's text. The web app's export uses the same writer.
/// </summary>
public static class ScoreReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Story text is full of apostrophes and quotes; escaping them as \u0027 would make the
        // output unreadable for people, and it is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One report as a JSON object.</summary>
    public static string Serialize(string file, ScoreReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, file, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Several reports as a JSON array, in the order given.</summary>
    public static string Serialize(IEnumerable<(string File, ScoreReport Report)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var (file, report) in reports)
            {
                Write(writer, file, report);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Several reports as one JSON array written to <paramref name="output"/> as they come, with the
    /// same text as <see cref="Serialize(IEnumerable{ValueTuple{string, ScoreReport}})"/>: a folder of
    /// thousands of stories never sits in memory as one string.
    /// </summary>
    public static void Write(IEnumerable<(string File, ScoreReport Report)> reports, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 14);
        var chars = new char[1 << 14];
        var decoder = new UTF8Encoding(false).GetDecoder();
        using var writer = new Utf8JsonWriter(buffer, Options);

        void Drain()
        {
            writer.Flush();
            var bytes = buffer.WrittenSpan;
            while (bytes.Length > 0)
            {
                decoder.Convert(bytes, chars, flush: false, out var used, out var produced, out _);
                output.Write(chars, 0, produced);
                bytes = bytes[used..];
            }

            buffer.ResetWrittenCount();
        }

        writer.WriteStartArray();
        foreach (var (file, report) in reports)
        {
            Write(writer, file, report);
            Drain();
        }

        writer.WriteEndArray();
        Drain();
    }

    /// <summary>Writes one report object to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, string file, ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WriteNumber("score", report.Score);
        writer.WriteString("verdict", report.VerdictId);
        writer.WriteString("verdictReason", report.VerdictReason);
        writer.WriteString("explanation", report.Explanation);
        writer.WriteString("formula", report.Formula);
        writer.WriteStartArray("sections");
        foreach (var s in report.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("name", s.Section.Id());
            writer.WriteNumber("words", s.Words);
            writer.WriteNumber("seconds", s.Seconds);
            writer.WriteNumber("targetSeconds", s.TargetSeconds);
            writer.WriteNumber("score", s.Score);
            writer.WriteNumber("weight", s.Weight);
            writer.WriteNumber("deducted", s.Deducted);
            writer.WriteNumber("contribution", s.Contribution);
            writer.WriteStartArray("deductions");
            foreach (var d in s.Deductions)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", d.Rule);
                writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                writer.WriteNumber("count", d.Count);
                writer.WriteNumber("points", d.Points);
                writer.WriteBoolean("capped", d.Capped);
                writer.WriteNumber("overallPoints", d.OverallPoints);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var f in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", f.Rule);
            writer.WriteString("section", f.Section.Id());
            writer.WriteNumber("start", f.Start);
            writer.WriteNumber("length", f.Length);
            writer.WriteString("message", f.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (report.LevelPlacement is { } level)
        {
            WriteLevel(writer, level);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"level": {"shows","target","belowTarget","summary","signals":[{"signal","section","text","start","length"}],
    /// "missingFor":{"senior":[{"signal","label","advice"}]}}</c>.
    /// </summary>
    private static void WriteLevel(Utf8JsonWriter writer, Levels.LevelPlacement level)
    {
        writer.WriteStartObject("level");
        writer.WriteString("shows", level.Shows.Id());
        writer.WriteString("target", level.Target.Id());
        writer.WriteBoolean("belowTarget", level.BelowTarget);
        writer.WriteString("summary", level.Summary);
        writer.WriteStartArray("signals");
        foreach (var s in level.Signals)
        {
            writer.WriteStartObject();
            writer.WriteString("signal", s.Signal);
            writer.WriteString("section", s.Section.Id());
            writer.WriteString("text", s.Text);
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("length", s.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("missingFor");
        foreach (var (band, advice) in level.MissingFor.OrderBy(m => m.Key))
        {
            writer.WriteStartArray(band.Id());
            foreach (var a in advice)
            {
                writer.WriteStartObject();
                writer.WriteString("signal", a.Signal);
                writer.WriteString("label", a.Label);
                writer.WriteString("advice", a.Advice);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
