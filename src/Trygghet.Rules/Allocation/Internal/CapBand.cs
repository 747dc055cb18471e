namespace Trygghet.Rules.Allocation.Internal;

/// <summary>
/// Prunes the Pareto lists of capped boards with a Lagrangian bound on the whole problem. With a price <c>λ</c> per
/// krona of budget, any allocation's impact is at most <c>λ·c + Σ LP_b(λ)</c>, where <c>LP_b</c> is the LP relaxation
/// of board <c>b</c> (or one free unit) with impacts reduced by <c>λ·cost</c> under its cap. An allocation that reaches
/// a known feasible impact <c>z</c> therefore gives board <c>b</c> an allocation whose reduced impact is at least
/// <c>LP_b(λ) - (L(λ) - z)</c>; board states that cannot reach that are dropped. <c>λ</c> minimizes <c>L</c> (golden
/// section on a convex function); floating point is used only with a safety margin that loosens the bound.
/// </summary>
internal sealed class CapBand
{
    private readonly double[] boardLp;
    private readonly bool[] binds;
    private readonly double bound;
    private readonly double known;
    private readonly double margin;

    private CapBand(double lambda, double[] boardLp, bool[] binds, double bound, double z, double slack, CapBand? created = null)
    {
        Created = created ?? this;
        Lambda = lambda;
        this.boardLp = boardLp;
        this.binds = binds;
        this.bound = bound;
        known = z;
        margin = (1e-7 * (Math.Abs(bound) + Math.Abs(z))) + 1;
        Gap = Math.Max(0, bound - z);
        Slack = Math.Min(slack, Gap);
        UpperBound = (long)Math.Ceiling(bound + margin);
    }

    public double Lambda { get; }

    /// <summary>Gets the band as <see cref="Create"/> made it: pruning against the greedy allocation, which keeps every cap, so that it holds for the problem with any caps left out.</summary>
    public CapBand Created { get; }

    /// <summary>Gets the Lagrangian bound <c>L(λ)</c>, rounded up with the safety margin: no allocation has more impact.</summary>
    public long UpperBound { get; }

    /// <summary>Gets <c>L(λ) - z</c> for the best impact known: every allocation that reaches <c>z</c> lies within it.</summary>
    public double Gap { get; }

    /// <summary>Gets how far below its own bound a board's reduced impact may fall: <see cref="Gap"/>, or less for a narrowed band.</summary>
    public double Slack { get; }

    /// <summary>Gets a value indicating whether the band keeps less than <see cref="Gap"/>: its optimum is proven only if it reaches <see cref="ProvenFrom"/>.</summary>
    public bool IsNarrowed => Slack < Gap;

    /// <summary>Gets the least impact an allocation within a narrowed band must have to be the optimum of all: every allocation with as much lies within the band.</summary>
    public long ProvenFrom => UpperBound - (long)Math.Floor(Slack);

    /// <summary>Gets the least reduced impact a capped board's allocation must reach.</summary>
    public double Threshold(int board) => boardLp[board] - Slack - margin;

    /// <summary>Returns the band with at most <paramref name="slack"/> kept below each board's bound.</summary>
    public CapBand Narrowed(double slack) => new(Lambda, boardLp, binds, bound, known, slack, Created);

    /// <summary>Returns the whole band (not narrowed) for the best of the impacts known and <paramref name="incumbent"/>, that of an allocation found.</summary>
    public CapBand WithIncumbent(long? incumbent) => new(Lambda, boardLp, binds, bound, Math.Max(known, incumbent ?? long.MinValue), double.PositiveInfinity, Created);

    /// <summary>
    /// Returns whether a capped board's cap binds at <see cref="Lambda"/>: its LP under the cap falls short of its LP
    /// without it. A board whose cap does not bind adds the same to <c>L(λ)</c> capped or not, so the band stays valid
    /// for the problem with that cap left out.
    /// </summary>
    public bool Binds(int board) => binds[board];

    /// <summary>Returns the band, or <see langword="null"/> when no feasible allocation is known to prune against.</summary>
    public static CapBand? Create(List<List<Unit>> boards, long[] caps, List<Unit> free, long capacity)
    {
        var z = GreedyImpact(boards, caps, free, capacity);
        if (z is null)
        {
            return null;
        }

        var hulls = boards.Select(Increments).ToList();
        double lo = 0, hi = 0;
        foreach (var u in boards.SelectMany(b => b).Concat(free))
        {
            for (var j = 1; j < u.Count; j++)
            {
                hi = Math.Max(hi, (double)(u.Impact[j] - u.Impact[0]) / Math.Max(1, u.Cost[j] - u.Cost[0]));
            }
        }

        double L(double lambda) => (lambda * capacity) + free.Sum(u => MaxReduced(u, lambda)) + boards.Select((b, k) => BoardLp(b, hulls[k], caps[k], lambda)).Sum();
        const double Golden = 0.6180339887498949;
        for (var it = 0; it < 80 && hi - lo > 1e-12 * Math.Max(1, hi); it++)
        {
            var a = hi - (Golden * (hi - lo));
            var b = lo + (Golden * (hi - lo));
            if (L(a) <= L(b))
            {
                hi = b;
            }
            else
            {
                lo = a;
            }
        }

        var best = (lo + hi) / 2;
        var bound = L(best);
        var boardLp = boards.Select((b, k) => BoardLp(b, hulls[k], caps[k], best)).ToArray();
        // Where the cap never stops the hull steps, both sums are the same operations and compare equal exactly.
        var binds = boards.Select((b, k) => BoardLp(b, hulls[k], long.MaxValue, best) > boardLp[k]).ToArray();
        return new CapBand(best, boardLp, binds, bound, z.Value, double.PositiveInfinity);
    }

    /// <summary>Per stage of a board's units, the most the units after it can add to the reduced impact.</summary>
    public double[] Remaining(List<Unit> members)
    {
        var remaining = new double[members.Count];
        double sum = 0;
        for (var t = members.Count - 1; t >= 0; t--)
        {
            remaining[t] = sum;
            var u = members[t];
            sum += MaxReduced(u, Lambda) - (u.Impact[0] - (Lambda * u.Cost[0]));
        }

        return remaining;
    }

    private static double MaxReduced(Unit u, double lambda)
    {
        var best = double.MinValue;
        for (var j = 0; j < u.Count; j++)
        {
            best = Math.Max(best, u.Impact[j] - (lambda * u.Cost[j]));
        }

        return best;
    }

    private static (double BaseW, double BaseP, (double Slope, long Dw)[] Steps) Increments(List<Unit> members)
    {
        var steps = new List<(double, long)>();
        double w = 0, p = 0;
        var hull = new List<int>();
        foreach (var u in members)
        {
            w += u.Cost[0];
            p += u.Impact[0];
            hull.Clear();
            CoreSolver.AddHull(u, u.Count, hull);
            for (var k = 0; k + 1 < hull.Count; k++)
            {
                var dw = u.Cost[hull[k + 1]] - u.Cost[hull[k]];
                steps.Add(((double)(u.Impact[hull[k + 1]] - u.Impact[hull[k]]) / dw, dw));
            }
        }

        steps.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        return (w, p, [.. steps]);
    }

    private static double BoardLp(List<Unit> members, (double BaseW, double BaseP, (double Slope, long Dw)[] Steps) hull, long cap, double lambda)
    {
        var value = hull.BaseP - (lambda * hull.BaseW);
        var left = cap - hull.BaseW;
        foreach (var (slope, dw) in hull.Steps)
        {
            if (slope <= lambda || left <= 0)
            {
                break;
            }

            var take = Math.Min(dw, left);
            value += (slope - lambda) * take;
            left -= take;
        }

        return value;
    }

    /// <summary>A feasible allocation's impact: every unit at its first option, then hull steps by impact per krona while they fit.</summary>
    private static long? GreedyImpact(List<List<Unit>> boards, long[] caps, List<Unit> free, long capacity)
    {
        var units = boards.SelectMany((b, k) => b.Select(u => (Unit: u, Board: k))).Concat(free.Select(u => (Unit: u, Board: -1))).ToList();
        var boardSpend = new long[boards.Count];
        long spend = 0, impact = 0;
        foreach (var (u, b) in units)
        {
            spend += u.Cost[0];
            impact += u.Impact[0];
            if (b >= 0)
            {
                boardSpend[b] += u.Cost[0];
            }
        }

        if (spend > capacity || boardSpend.Where((s, k) => s > caps[k]).Any())
        {
            return null;
        }

        // Take hull steps in order of impact per krona, each when it is the unit's next step and fits budget and cap.
        var steps = new List<(double Slope, int Unit, int Step, long Dw, long Dp)>();
        var hull = new List<int>();
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i].Unit;
            hull.Clear();
            CoreSolver.AddHull(u, u.Count, hull);
            for (var k = 0; k + 1 < hull.Count; k++)
            {
                var dw = u.Cost[hull[k + 1]] - u.Cost[hull[k]];
                var dp = u.Impact[hull[k + 1]] - u.Impact[hull[k]];
                steps.Add(((double)dp / dw, i, k, dw, dp));
            }
        }

        steps.Sort((a, b) => b.Slope != a.Slope ? b.Slope.CompareTo(a.Slope) : a.Unit != b.Unit ? a.Unit.CompareTo(b.Unit) : a.Step.CompareTo(b.Step));
        var vertex = new int[units.Count];
        foreach (var (_, i, k, dw, dp) in steps)
        {
            var b = units[i].Board;
            if (vertex[i] != k || spend + dw > capacity || (b >= 0 && boardSpend[b] + dw > caps[b]))
            {
                continue;
            }

            vertex[i]++;
            spend += dw;
            impact += dp;
            if (b >= 0)
            {
                boardSpend[b] += dw;
            }
        }

        return impact;
    }
}
