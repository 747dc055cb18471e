namespace Trygghet.Rules.Allocation;

/// <summary>How a proposed amount was read as one of the application's options.</summary>
public enum ProposalMapping
{
    /// <summary>No amount (or zero) was proposed.</summary>
    Unfunded,

    /// <summary>An option costs exactly the amount proposed (of several, the one with most impact).</summary>
    Exact,

    /// <summary>No option costs the amount; the option with most impact among those costing less was taken.</summary>
    BestBelow,

    /// <summary>The amount is below the cheapest option, so nothing can be funded with it.</summary>
    BelowCheapest,
}
