namespace Trygghet.Rules.Applications;

/// <summary>The kind of an applying board.</summary>
public enum BoardKind
{
    /// <summary>A district board (<c>stadsdelsnämnd</c>), wire name <c>district</c>.</summary>
    District,

    /// <summary>A specialist board (<c>facknämnd</c>), wire name <c>specialist</c>.</summary>
    Specialist,
}

/// <summary>The kind of physical environment a site is.</summary>
public enum SiteEnvironment
{
    /// <summary>A street.</summary>
    Street,

    /// <summary>A square (<c>torg</c>).</summary>
    Square,

    /// <summary>A park.</summary>
    Park,

    /// <summary>A path (<c>gångstråk</c>).</summary>
    Path,

    /// <summary>A sports ground.</summary>
    SportsGround,

    /// <summary>A schoolyard.</summary>
    Schoolyard,

    /// <summary>A playground.</summary>
    Playground,

    /// <summary>A tunnel or underpass.</summary>
    Tunnel,

    /// <summary>A bridge.</summary>
    Bridge,

    /// <summary>A car park.</summary>
    Parking,

    /// <summary>A station or its surroundings.</summary>
    Station,

    /// <summary>A waterfront.</summary>
    Waterfront,

    /// <summary>An indoor space.</summary>
    Indoor,

    /// <summary>Another kind of environment.</summary>
    Other,
}

/// <summary>Whether the public has access to a site.</summary>
public enum PublicAccess
{
    /// <summary>Open to the public at all hours.</summary>
    Open,

    /// <summary>Open at some hours only, such as a schoolyard.</summary>
    Restricted,

    /// <summary>Not open to the public.</summary>
    None,
}

/// <summary>A kind of safety problem at a site.</summary>
public enum ProblemKind
{
    /// <summary>The place is dark.</summary>
    Darkness,

    /// <summary>Vegetation or structures block the view.</summary>
    BlockedSightlines,

    /// <summary>The place is deserted.</summary>
    Deserted,

    /// <summary>Drug dealing.</summary>
    DrugDealing,

    /// <summary>Threatening groups.</summary>
    ThreateningGroups,

    /// <summary>Illegal motor traffic.</summary>
    IllegalTraffic,

    /// <summary>Vandalism.</summary>
    Vandalism,

    /// <summary>Harassment.</summary>
    Harassment,

    /// <summary>Burglary.</summary>
    Burglary,

    /// <summary>Robbery.</summary>
    Robbery,

    /// <summary>Neglect and disorder.</summary>
    Neglect,

    /// <summary>Another problem; its link to measures needs a person's judgement.</summary>
    Other,
}

/// <summary>A time of day when a problem occurs.</summary>
public enum TimeOfDay
{
    /// <summary>Daytime.</summary>
    Day,

    /// <summary>Evening.</summary>
    Evening,

    /// <summary>Night.</summary>
    Night,
}

/// <summary>The kind of a piece of evidence of insecurity.</summary>
public enum EvidenceKind
{
    /// <summary>A safety walk (<c>trygghetsvandring</c>).</summary>
    SafetyWalk,

    /// <summary>A survey (<c>enkät</c>, <c>trygghetsmätning</c>).</summary>
    Survey,

    /// <summary>A dialogue with residents or users (<c>dialog</c>).</summary>
    Dialogue,

    /// <summary>A situation report (<c>lägesbild</c>).</summary>
    SituationReport,

    /// <summary>Incident or crime data.</summary>
    IncidentData,
}

/// <summary>The geographic scope of a piece of evidence.</summary>
public enum EvidenceScope
{
    /// <summary>The very site applied for.</summary>
    Site,

    /// <summary>The surrounding area or district.</summary>
    Area,

    /// <summary>The whole city.</summary>
    City,
}

/// <summary>The kind of measure a component is.</summary>
public enum Measure
{
    /// <summary>Lighting.</summary>
    Lighting,

    /// <summary>Clearing sightlines, for example vegetation clearing.</summary>
    Sightlines,

    /// <summary>Activation (<c>befolka</c>): meeting places, outdoor gyms, courts, seating.</summary>
    Activation,

    /// <summary>Access control and barriers.</summary>
    AccessControl,

    /// <summary>Camera surveillance.</summary>
    Cctv,

    /// <summary>Refurbishing a neglected place.</summary>
    Refurbishment,

    /// <summary>Greening.</summary>
    Greening,

    /// <summary>Another measure, with no safety mechanism of its own.</summary>
    Other,
}

/// <summary>Whether a cost is capital investment or running cost.</summary>
public enum CostType
{
    /// <summary>Capital investment (<c>investeringsmedel</c>).</summary>
    Investment,

    /// <summary>Running cost (<c>driftkostnad</c>), not fundable from investment funds.</summary>
    Operating,
}
