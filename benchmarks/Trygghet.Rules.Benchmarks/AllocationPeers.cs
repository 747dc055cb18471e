using Google.OrTools.Algorithms;
using Google.OrTools.Sat;
using Trygghet.Rules.Allocation;

namespace Trygghet.Rules.Benchmarks;

/// <summary>The same allocation problems solved by OR-Tools, to measure against and to check objectives.</summary>
public static class AllocationPeers
{
    /// <summary>The outcome of a peer solve: objective, proven bound and whether it is proven optimal.</summary>
    public sealed record PeerResult(long Objective, long Bound, bool Optimal, string Status);

    /// <summary>Solves the problem with CP-SAT within a time limit, on one worker (deterministic) unless told otherwise.</summary>
    public static PeerResult CpSat(AllocationProblem problem, double seconds, int workers = 1)
    {
        var model = new CpModel();
        var costTerms = new List<(BoolVar Var, long Cost, long Impact, string Board)>();
        foreach (var c in problem.Classes)
        {
            var vars = new List<ILiteral>();
            foreach (var o in c.Options)
            {
                var x = model.NewBoolVar(string.Empty);
                vars.Add(x);
                costTerms.Add((x, o.Cost, o.Impact, c.BoardId));
            }

            if (vars.Count > 1)
            {
                model.AddAtMostOne(vars);
            }
        }

        model.Add(LinearExpr.WeightedSum(costTerms.Select(t => t.Var), costTerms.Select(t => t.Cost)) <= problem.Budget);
        foreach (var cap in problem.BoardCaps)
        {
            var terms = costTerms.Where(t => t.Board == cap.BoardId).ToList();
            model.Add(LinearExpr.WeightedSum(terms.Select(t => t.Var), terms.Select(t => t.Cost)) <= cap.Max);
        }

        model.Maximize(LinearExpr.WeightedSum(costTerms.Select(t => t.Var), costTerms.Select(t => t.Impact)));
        var solver = new CpSolver { StringParameters = $"max_time_in_seconds:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:{workers} random_seed:1" };
        var status = solver.Solve(model);
        return new PeerResult((long)solver.ObjectiveValue, (long)Math.Floor(solver.BestObjectiveBound + 1e-6), status == CpSolverStatus.Optimal, status.ToString());
    }

    /// <summary>Solves a plain 0/1 problem (one option per application, no side constraints) with OR-Tools' knapsack branch and bound.</summary>
    public static PeerResult Knapsack(AllocationProblem problem, double seconds)
    {
        var solver = new KnapsackSolver(KnapsackSolver.SolverType.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER, "bench");
        var profits = problem.Classes.Select(c => c.Options[0].Impact).ToArray();
        var weights = new long[1, problem.Classes.Count];
        for (var i = 0; i < problem.Classes.Count; i++)
        {
            weights[0, i] = problem.Classes[i].Options[0].Cost;
        }

        solver.Init(profits, weights, [problem.Budget]);
        solver.set_time_limit(seconds);
        var value = solver.Solve();
        var optimal = solver.IsSolutionOptimal();
        return new PeerResult(value, optimal ? value : long.MaxValue, optimal, optimal ? "Optimal" : "Feasible");
    }

    /// <summary>Throws unless the exact optimizer's result agrees with the peer's: equal when the peer proved optimality, otherwise within its bounds.</summary>
    public static void Check(string what, AllocationResult ours, PeerResult peer)
    {
        if (peer.Status == "Unknown")
        {
            // Nothing to compare: the peer found no allocation within its limit; ours must still be proven.
            if (!ours.Optimal)
            {
                throw new InvalidOperationException($"{what}: optimizer not proven optimal and the peer found nothing.");
            }

            Console.WriteLine($"// {what}: optimizer {ours.TotalImpact} (optimal); peer found no allocation within its limit");
            return;
        }

        var agrees = ours.Optimal && (peer.Optimal ? ours.TotalImpact == peer.Objective : ours.TotalImpact >= peer.Objective && ours.TotalImpact <= peer.Bound);
        if (!agrees)
        {
            throw new InvalidOperationException($"{what}: optimizer {ours.TotalImpact} (optimal {ours.Optimal}) vs peer {peer.Objective} (bound {peer.Bound}, {peer.Status}).");
        }

        Console.WriteLine(peer.Optimal
            ? $"// {what}: optimizer {ours.TotalImpact} = peer {peer.Objective} (both proven optimal)"
            : $"// {what}: optimizer {ours.TotalImpact} (proven optimal) within the peer's {peer.Objective} .. {peer.Bound} ({peer.Status})");
    }
}
