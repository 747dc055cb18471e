namespace Trygghet.Rules.Assessment;

/// <summary>The templates of the <c>boverket-grant</c> criteria B1-B4.</summary>
internal static partial class DefaultMessages
{
    private static readonly (string Key, string Swedish, string English)[] Boverket =
    [
        ("B1.StateShare",
            "Staten betalar högst {share} av kostnaden för {description} ({component}): bidraget blir {grant} och {coFunding} är sökandens medfinansiering.",
            "The state pays at most {share} of the cost of {description} ({component}): the grant is {grant} and {coFunding} is the applicant's co-funding."),
        ("B2.BelowMinimumCost",
            "Projektets kostnad {cost} understiger den lägsta projektkostnaden {minimum}.",
            "The project's cost {cost} is below the minimum project cost {minimum}."),
        ("B2.BelowMinimumCost.Feedback",
            "Bidrag ges till projekt som kostar minst {minimum}; samla åtgärderna i ett större projekt.",
            "Grants go to projects costing at least {minimum}; combine the measures into a larger project."),
        ("B2.MinimumCostMet",
            "Projektets kostnad {cost} når den lägsta projektkostnaden {minimum}.",
            "The project's cost {cost} reaches the minimum project cost {minimum}."),
        ("B3.OperatingCost",
            "{description} ({component}) är en driftkostnad och inte en varaktig åtgärd; {cost} räknas bort.",
            "{description} ({component}) is a running cost, not a durable measure; {cost} is excluded."),
        ("B3.ShortLived",
            "{description} ({component}) har en livslängd på {lifetime} år, kortare än {minimum} år, och är inte en varaktig åtgärd; {cost} räknas bort.",
            "{description} ({component}) lasts {lifetime} years, less than {minimum} years, and is not a durable measure; {cost} is excluded."),
        ("B3.ShortLived.Feedback",
            "Bidrag ges till varaktiga åtgärder; sök för åtgärder som håller minst {minimum} år.",
            "Grants go to durable measures; apply for measures that last at least {minimum} years."),
        ("B4.NoFinalReport",
            "Ansökan saknar plan för uppföljning, och slutrapport krävs.",
            "The application plans no follow-up, and a final report is required."),
        ("B4.NoFinalReport.Feedback",
            "Beskriv hur åtgärderna ska följas upp och redovisas i en slutrapport.",
            "Describe how the measures will be followed up and reported in a final report."),
        ("B4.FinalReportPlanned",
            "Uppföljningen ({followUpPlan}) ger underlag till slutrapporten.",
            "The follow-up ({followUpPlan}) gives the basis of the final report."),
    ];
}
