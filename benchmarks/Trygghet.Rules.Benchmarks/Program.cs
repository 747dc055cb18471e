using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Trygghet.Rules.Allocation;
using Trygghet.Rules.Benchmarks;
using Trygghet.Rules.Serialization;

// `write-round COUNT FILE [SEED]` writes a generated round as a round file, to measure the CLI on large rounds.
if (args is ["write-round", var count, var path, ..])
{
    var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2024;
    File.WriteAllBytes(path, RoundWriter.WriteUtf8(GeneratedRounds.Create(int.Parse(count, CultureInfo.InvariantCulture), seed)));
    return;
}

// `peer-check FAMILY CLASSES OPTIONS BOARDS SECONDS [WORKERS]` solves one instance with the optimizer and with CP-SAT,
// each within SECONDS (CP-SAT, if asked, with its portfolio of several workers), to see whether and when CP-SAT reaches
// the proven optimum.
if (args is ["peer-check", var family, var classes, var options, var boards, var seconds, ..] && args.Length <= 7)
{
    var workers = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 1;
    var problem = AllocationInstances.Create(
        Enum.Parse<InstanceFamily>(family, ignoreCase: true),
        int.Parse(classes, CultureInfo.InvariantCulture),
        int.Parse(options, CultureInfo.InvariantCulture),
        int.Parse(boards, CultureInfo.InvariantCulture));
    var clock = Stopwatch.StartNew();
    var limit = TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));
    var ours = new MckpOptimizer().Solve(problem, new AllocationOptions { TimeLimit = limit });
    Console.WriteLine($"optimizer: {ours.TotalImpact} (optimal {ours.Optimal}, bound {ours.UpperBound}) in {clock.Elapsed.TotalSeconds:F3} s");
    clock.Restart();
    var peer = AllocationPeers.CpSat(problem, double.Parse(seconds, CultureInfo.InvariantCulture), workers);
    Console.WriteLine($"CP-SAT ({workers} workers): {peer.Objective}, bound {peer.Bound}, {peer.Status}, in {clock.Elapsed.TotalSeconds:F1} s");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
