using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Tests.Allocation;

/// <summary>Small hand-written problems for the unit tests.</summary>
internal static class Problems
{
    public static AllocationClass App(string id, params (long Cost, long Impact)[] options) => App(id, "trafiknamnden", "Rinkeby-Kista", options);

    public static AllocationClass App(string id, string board, string district, params (long Cost, long Impact)[] options) =>
        new(id, board, district, options.Select((o, k) => new AllocationOption(o.Cost, o.Impact, k)).ToArray());

    public static AllocationProblem Of(long budget, params AllocationClass[] classes) => new() { Budget = budget, Classes = classes };
}
