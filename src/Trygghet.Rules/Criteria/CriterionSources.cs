namespace Trygghet.Rules.Criteria;

/// <summary>The documents the Stockholm criteria come from.</summary>
public static class CriterionSources
{
    /// <summary>The city's principles for safety investments, Dnr KS 2020/487 (criteria K1-K7).</summary>
    public const string Principles = "Dnr KS 2020/487";

    /// <summary>The 2024 decision, which urges consultation (K8) and draft review (K9).</summary>
    public const string Decision2024 = "Stockholm 2024 decision";

    /// <summary>The city audit's call for a maintenance owner and a follow-up plan (stadsrevisionen, 2017).</summary>
    public const string CityAudit2017 = "Stadsrevisionen 2017";
}
