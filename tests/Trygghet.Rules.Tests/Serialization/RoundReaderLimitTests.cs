using System.Text;
using System.Text.Json.Nodes;
using Trygghet.Rules.Serialization;
using static Trygghet.Rules.Tests.Serialization.RoundJson;

namespace Trygghet.Rules.Tests.Serialization;

/// <summary>Files that are not JSON, not UTF-8, or too big: one clear problem, never a crash.</summary>
public sealed class RoundReaderLimitTests
{
    [Fact]
    public void MissingColon_IsMalformedJsonWithLineAndPosition()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"municipality\" \"Stockholms stad\"\n}";

        var problem = SingleProblem(json, "$", ValidationProblemCodes.MalformedJson);

        Assert.Contains("line 3, byte 18", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("{\"formatVersion\": 1,}")]
    [InlineData("{\"formatVersion\": 1 // comment\n}")]
    [InlineData("{\"formatVersion\": 1} {}")]
    [InlineData("{\"formatVersion\": 1")]
    [InlineData("{'formatVersion': 1}")]
    public void TextThatIsNotJson_IsMalformed(string json) =>
        SingleProblem(json, "$", ValidationProblemCodes.MalformedJson);

    [Fact]
    public void TruncatedExample_IsMalformed() =>
        SingleProblem(Example[..(Example.Length / 2)], "$", ValidationProblemCodes.MalformedJson);

    [Fact]
    public void InvalidUtf8Byte_IsReportedWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Example);
        var at = Array.IndexOf(bytes, (byte)'H');
        bytes[at] = 0xFF;

        var result = RoundReader.TryRead(bytes);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ValidationProblemCodes.InvalidUtf8, problem.Code);
        Assert.Contains("0xFF", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 23", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1EncodedFile_IsInvalidUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes(Example);

        Assert.Equal(ValidationProblemCodes.InvalidUtf8, Assert.Single(RoundReader.TryRead(bytes).Problems).Code);
    }

    [Fact]
    public void StringWithUnpairedSurrogate_IsInvalidUtf8() =>
        SingleProblem(Example.Replace("Stockholms stad", "Stockholms \uD800stad", StringComparison.Ordinal), "$", ValidationProblemCodes.InvalidUtf8);

    [Fact]
    public void FileLargerThanMaxBytes_IsTooLarge()
    {
        var options = new RoundReaderOptions { MaxBytes = 1_000 };

        var problem = SingleProblem(Example, "$", ValidationProblemCodes.TooLarge, options);
        var fromBytes = Assert.Single(RoundReader.TryRead(Encoding.UTF8.GetBytes(Example), options).Problems);

        Assert.Contains("1000", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ValidationProblemCodes.TooLarge, fromBytes.Code);
    }

    [Fact]
    public void EndlessStream_IsTooLargeAfterReadingJustPastTheLimit()
    {
        var stream = new EndlessStream();

        var result = RoundReader.TryRead(stream, new RoundReaderOptions { MaxBytes = 1_000_000 });

        Assert.Equal(ValidationProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
        Assert.InRange(stream.BytesRead, 1_000_001, 1_200_000);
    }

    [Fact]
    public void SeekableStreamLongerThanTheLimit_IsRejectedWithoutReading()
    {
        using var stream = new MemoryStream(new byte[2_000]);

        var result = RoundReader.TryRead(stream, new RoundReaderOptions { MaxBytes = 1_000 });

        Assert.Equal(ValidationProblemCodes.TooLarge, Assert.Single(result.Problems).Code);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void SeekableStreamWithinTheLimit_IsReadFromItsPosition()
    {
        var prefix = "ignored"u8.ToArray();
        using var stream = new MemoryStream([.. prefix, .. Encoding.UTF8.GetBytes(Example)]);
        stream.Position = prefix.Length;

        Assert.True(RoundReader.TryRead(stream).IsValid);
    }

    [Fact]
    public void MoreApplicationsThanAllowed_IsTooLarge() =>
        SingleProblem(Example, "$.applications", ValidationProblemCodes.TooLarge, new RoundReaderOptions { MaxApplications = 0 });

    [Fact]
    public void MoreComponentsThanAllowed_IsTooLarge() =>
        SingleProblem(Example, "$.applications[0].components", ValidationProblemCodes.TooLarge, new RoundReaderOptions { MaxComponentsPerApplication = 1 });

    [Fact]
    public void NestingDeeperThanMaxDepth_IsTooLarge()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var json = Example.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"extra\": " + deep + ",", StringComparison.Ordinal);

        var problem = SingleProblem(json, "$", ValidationProblemCodes.TooLarge);

        Assert.Contains("64", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandApplications_AreReadWithinTheDefaultLimits()
    {
        var root = ExampleNode();
        var applications = new JsonArray();
        for (var i = 0; i < 10_000; i++)
        {
            var application = root.Application().DeepClone();
            application["id"] = $"a{i}";
            applications.Add(application);
        }

        root["applications"] = applications;
        root["constraints"] = null;

        Assert.Equal(10_000, RoundReader.Read(root.ToJsonString()).Applications.Count);
    }

    [Fact]
    public void ManyProblems_StopAtMaxProblems()
    {
        var root = ExampleNode();
        root["applications"] = new JsonArray(Enumerable.Range(0, 50).Select(_ => (JsonNode?)new JsonObject()).ToArray());

        var problems = RoundReader.TryRead(root.ToJsonString(), new RoundReaderOptions { MaxProblems = 10 }).Problems;

        Assert.Equal(11, problems.Count);
        Assert.Equal(ValidationProblemCodes.TooManyProblems, problems[^1].Code);
    }

    /// <summary>A stream that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
