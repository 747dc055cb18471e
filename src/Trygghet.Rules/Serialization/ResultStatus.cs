namespace Trygghet.Rules.Serialization;

using System.Text.Json.Serialization;

/// <summary>The decision on one application in the result file; its wire word is the camelCase name.</summary>
[JsonConverter(typeof(WireWordConverter<ResultStatus>))]
public enum ResultStatus
{
    /// <summary>Granted everything eligible (<c>granted</c>).</summary>
    Granted,

    /// <summary>Granted less than requested: components excluded or capped, or a reduced funding option chosen (<c>partiallyGranted</c>).</summary>
    PartiallyGranted,

    /// <summary>Eligible but left out by the budget or the constraints (<c>notFunded</c>).</summary>
    NotFunded,

    /// <summary>A gate criterion was not met (<c>rejected</c>).</summary>
    Rejected,

    /// <summary>Formal requirements are missing, so the application was not assessed on merit (<c>incomplete</c>).</summary>
    Incomplete,
}
