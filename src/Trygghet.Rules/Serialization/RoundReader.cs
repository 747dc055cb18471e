namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text;
using Trygghet.Rules.Applications;

/// <summary>
/// Reads and validates a round file (format version 1, see <c>round-format.md</c>) into a <see cref="Round"/>.
/// </summary>
/// <remarks>
/// <para>
/// The reader checks the whole file before it fails, so one error lists every problem with its JSON path:
/// malformed JSON, missing fields, wrong types, unknown vocabulary words, duplicate ids, references that name
/// nothing, amounts that are negative or absurd, bad dates, and the limits of <see cref="RoundReaderOptions"/>.
/// Properties the contract does not name are ignored, since implementations may add fields.
/// </para>
/// <para>
/// An amount (budget ceiling, component cost, board cap, district minimum) is absurd above
/// <see cref="MaxAmountSek"/>, and so is an application whose components add up to more than that.
/// </para>
/// </remarks>
public static class RoundReader
{
    /// <summary>The largest amount a round file may state: 1 000 000 000 000 kr (one trillion kronor, about fifteen times Stockholm's yearly budget).</summary>
    public const long MaxAmountSek = 1_000_000_000_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a round from UTF-8 bytes.</summary>
    /// <param name="utf8">The file's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">The limits; <see cref="RoundReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round.</returns>
    /// <exception cref="RoundValidationException">The file has problems; the exception lists all of them.</exception>
    public static Round Read(ReadOnlySpan<byte> utf8, RoundReaderOptions? options = null) => OrThrow(TryRead(utf8, options));

    /// <summary>Reads a round from a stream of UTF-8 bytes, reading no more than <see cref="RoundReaderOptions.MaxBytes"/> plus one.</summary>
    /// <param name="utf8">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">The limits; <see cref="RoundReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round.</returns>
    /// <exception cref="RoundValidationException">The file has problems; the exception lists all of them.</exception>
    public static Round Read(Stream utf8, RoundReaderOptions? options = null) => OrThrow(TryRead(utf8, options));

    /// <summary>Reads a round from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits; <see cref="RoundReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round.</returns>
    /// <exception cref="RoundValidationException">The file has problems; the exception lists all of them.</exception>
    public static Round Read(string json, RoundReaderOptions? options = null) => OrThrow(TryRead(json, options));

    /// <summary>Reads a round from UTF-8 bytes, returning the problems instead of throwing.</summary>
    /// <param name="utf8">The file's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">The limits; <see cref="RoundReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round, or every problem found.</returns>
    public static RoundReadResult TryRead(ReadOnlySpan<byte> utf8, RoundReaderOptions? options = null)
    {
        options = Checked(options);
        if (utf8.Length > options.MaxBytes)
        {
            return TooLarge($"The file is {utf8.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {options.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (RoundReaderOptions.MaxBytes).");
        }

        return RoundParser.Parse(utf8.ToArray(), options);
    }

    /// <summary>Reads a round from a stream of UTF-8 bytes, returning the problems instead of throwing.</summary>
    /// <param name="utf8">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">The limits; <see cref="RoundReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round, or every problem found.</returns>
    public static RoundReadResult TryRead(Stream utf8, RoundReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options = Checked(options);
        var bytes = ReadBounded(utf8, options.MaxBytes);
        if (bytes is null)
        {
            return TooLarge($"The file is larger than the limit of {options.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (RoundReaderOptions.MaxBytes).");
        }

        return RoundParser.Parse(bytes, options);
    }

    /// <summary>Reads a round from JSON text, returning the problems instead of throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits; <see cref="RoundReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The round, or every problem found.</returns>
    public static RoundReadResult TryRead(string json, RoundReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options = Checked(options);

        // Every UTF-16 character takes at least one UTF-8 byte, so this bounds the work before encoding.
        if (json.Length > options.MaxBytes)
        {
            return TooLarge($"The text is {json.Length.ToString(CultureInfo.InvariantCulture)} characters, more than the limit of {options.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (RoundReaderOptions.MaxBytes).");
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            return new RoundReadResult(null, [new ValidationProblem("$", ValidationProblemCodes.InvalidUtf8, $"The text cannot be encoded as UTF-8: it holds an unpaired surrogate at character {(FirstUnpairedSurrogate(json) + 1).ToString(CultureInfo.InvariantCulture)}.")]);
        }

        if (bytes.Length > options.MaxBytes)
        {
            return TooLarge($"The text is {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes in UTF-8, more than the limit of {options.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (RoundReaderOptions.MaxBytes).");
        }

        return RoundParser.Parse(bytes, options);
    }

    private static RoundReaderOptions Checked(RoundReaderOptions? options)
    {
        options ??= RoundReaderOptions.Default;
        options.Validate();
        return options;
    }

    private static Round OrThrow(RoundReadResult result) => result.Round ?? throw new RoundValidationException(result.Problems);

    private static RoundReadResult TooLarge(string message) => new(null, [new ValidationProblem("$", ValidationProblemCodes.TooLarge, message)]);

    /// <summary>Reads the rest of a stream, or returns <see langword="null"/> as soon as it proves longer than the limit.</summary>
    private static byte[]? ReadBounded(Stream stream, int maxBytes)
    {
        int initial = 81_920;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                return null;
            }

            initial = (int)Math.Max(remaining, 0) + 1;
        }

        var limit = maxBytes + 1;
        var buffer = new byte[Math.Min(initial, limit)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length >= limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            return null;
        }

        Array.Resize(ref buffer, total);
        return buffer;
    }

    private static int FirstUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
