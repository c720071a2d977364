using System.Buffers;
using System.Text;

namespace InterviewPrep.Core.Stories;

/// <summary>
/// Turns the bytes of an imported story file into text without guessing: UTF-8 (with or without a
/// byte-order mark) or UTF-16 with a byte-order mark. Anything else is refused with a message that
/// names the problem, instead of importing replacement characters or finding "no STAR sections".
/// </summary>
public static class StoryFileText
{
    /// <summary>The text, or null and a problem such as "not UTF-8 text (byte 0xFF at offset 12)".</summary>
    public static (string? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16(bytes[2..], Encoding.Unicode);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(bytes[2..], Encoding.BigEndianUnicode);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (LooksLikeUtf16(bytes))
        {
            return (null, "looks like UTF-16 text without a byte-order mark: save it as UTF-8");
        }

        var offset = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out _, out var consumed) != OperationStatus.Done)
            {
                return (null, $"is not UTF-8 text (byte 0x{rest[0]:X2} at offset {offset}): save it as UTF-8");
            }

            rest = rest[consumed..];
            offset += consumed;
        }

        return (Encoding.UTF8.GetString(bytes), null);
    }

    private static (string? Text, string? Problem) Utf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return (strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "starts with a UTF-16 byte-order mark but is not valid UTF-16 text: save it as UTF-8");
        }
    }

    // Markdown is mostly ASCII: as UTF-16 every other byte is 0. UTF-8 text has no zero bytes
    // unless someone typed NUL, so a zero in a quarter of the first bytes' odd or even places is UTF-16.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 1024)];
        if (sample.Length < 4)
        {
            return false;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        return Math.Max(even, odd) * 4 >= sample.Length / 2;
    }
}
