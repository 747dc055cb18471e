namespace Trygghet.Rules.Applications;

/// <summary>The public place an application is for.</summary>
/// <param name="Name">The place's name, for example <c>Gångstråket Husby centrum</c>.</param>
/// <param name="DistrictArea">The district area the place lies in.</param>
/// <param name="Environment">The kind of environment.</param>
/// <param name="PublicAccess">Whether the public has access.</param>
public sealed record Site(string Name, string DistrictArea, SiteEnvironment Environment, PublicAccess PublicAccess);
