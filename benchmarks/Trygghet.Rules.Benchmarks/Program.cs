using System.Globalization;
using BenchmarkDotNet.Running;
using Trygghet.Rules.Benchmarks;
using Trygghet.Rules.Serialization;

// `write-round COUNT FILE [SEED]` writes a generated round as a round file, to measure the CLI on large rounds.
if (args is ["write-round", var count, var path, ..])
{
    var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2024;
    File.WriteAllBytes(path, RoundWriter.WriteUtf8(GeneratedRounds.Create(int.Parse(count, CultureInfo.InvariantCulture), seed)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
