namespace Trygghet.Rules.Decisions;

using Trygghet.Rules.Amounts;

/// <summary>One application's grant changing at a frontier breakpoint.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Granted">Its grant from this breakpoint on; zero when it is no longer funded.</param>
public sealed record FrontierChange(string ApplicationId, Sek Granted);
