using System.Text;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Applications;
using Trygghet.Rules.Serialization;

namespace Trygghet.Rules.Tests.Serialization;

public sealed class RoundReaderTests
{
    [Fact]
    public void Read_ContractExample_MapsEveryField()
    {
        var round = RoundReader.Read(RoundJson.Example);

        Assert.Equal("Stockholms stad", round.Municipality);
        Assert.Equal("Trygghetsinvesteringar 2024", round.Name);
        Assert.Equal("stockholm-2024", round.RuleSet);
        Assert.Equal(new DateOnly(2024, 2, 15), round.AssessmentDate);
        Assert.Equal(60_100_000, round.BudgetCeiling.Kronor);
        Assert.Equal(ReportLanguage.Swedish, round.Language);
        Assert.Equal([new Board("sdn-rinkeby-kista", "Rinkeby-Kista stadsdelsnämnd", BoardKind.District, "Rinkeby-Kista"), new Board("trafiknamnden", "Trafiknämnden", BoardKind.Specialist)], round.Boards);
        Assert.Equal(new BoardCap("trafiknamnden", Sek.FromKronor(15_000_000)), Assert.Single(round.Constraints.BoardCaps));
        Assert.Equal(new DistrictMinimum("Rinkeby-Kista", Sek.FromKronor(1_000_000)), Assert.Single(round.Constraints.DistrictMinimums));
        Assert.Equal(["2024-01"], round.Constraints.MustFund);
        Assert.Empty(round.Constraints.MutuallyExclusive);

        var application = Assert.Single(round.Applications);
        Assert.Equal("2024-01", application.Id);
        Assert.Equal("sdn-rinkeby-kista", application.BoardId);
        Assert.Equal(new Site("Gångstråket Husby centrum", "Rinkeby-Kista", SiteEnvironment.Path, PublicAccess.Open), application.Site);
        Assert.True(application.Problem.SiteSpecific);
        Assert.Equal([ProblemKind.Darkness, ProblemKind.BlockedSightlines], application.Problem.Kinds);
        Assert.Equal([TimeOfDay.Evening, TimeOfDay.Night], application.Problem.TimesOfDay);
        Assert.Equal(new Evidence(EvidenceKind.SafetyWalk, new DateOnly(2023, 9, 20), EvidenceScope.Site, "Trygghetsvandring Husby 2023-09-20"), Assert.Single(application.Evidence));
        Assert.Equal(2, application.Components.Count);
        var lighting = application.Components[0];
        Assert.Equal(("c1", Measure.Lighting, 1_400_000L, 40m, "lightPoint", CostType.Investment, 25), (lighting.Id, lighting.Measure, lighting.Cost.Kronor, lighting.Quantity, lighting.Unit, lighting.CostType, lighting.LifetimeYears));
        var clearing = application.Components[1];
        Assert.Equal(("c2", Measure.Sightlines, 150_000L, (decimal?)null, (string?)null, (int?)null), (clearing.Id, clearing.Measure, clearing.Cost.Kronor, clearing.Quantity, clearing.Unit, clearing.LifetimeYears));
        Assert.Null(application.Consultation);
        Assert.True(application.DraftReviewedByCityOffice);
        Assert.True(application.Formal.AllMet);
        Assert.Equal(2024, application.CompletionYear);
        Assert.Equal("Rinkeby-Kista stadsdelsförvaltning", application.MaintenanceOwner);
        Assert.Equal("Ny trygghetsvandring hösten 2025", application.FollowUpPlan);
        Assert.Null(application.CameraPermit);
        Assert.Equal(3000, application.AffectedPeople);
        Assert.Equal(0.2, application.BaselineUnsafeShare);
        Assert.Equal(1_550_000, application.Requested.Kronor);
    }

    [Fact]
    public void Read_RoundWithNoApplications_IsValid()
    {
        var round = RoundReader.Read(RoundJson.With(r =>
        {
            r["applications"] = new System.Text.Json.Nodes.JsonArray();
            r.Remove("constraints");
        }));

        Assert.Empty(round.Applications);
        Assert.Same(RoundConstraints.None, round.Constraints);
    }

    [Fact]
    public void Read_OptionalFieldsAbsent_GivesDefaults()
    {
        var round = RoundReader.Read(RoundJson.With(r =>
        {
            r.Remove("language");
            var application = r.Application();
            foreach (var name in new[] { "consultation", "completionYear", "maintenanceOwner", "followUpPlan", "cameraPermit", "affectedPeople", "baselineUnsafeShare" })
            {
                application.Remove(name);
            }
        }));

        var read = Assert.Single(round.Applications);
        Assert.Equal(ReportLanguage.Swedish, round.Language);
        Assert.Equal((null, null, null, null, null, null, null), (read.Consultation, read.CompletionYear, read.MaintenanceOwner, read.FollowUpPlan, read.CameraPermit, read.AffectedPeople, read.BaselineUnsafeShare));
    }

    [Fact]
    public void Read_EnglishLanguageAndConsultation_AreMapped()
    {
        var round = RoundReader.Read(RoundJson.With(r =>
        {
            r["language"] = "en";
            r.Application()["boardId"] = "trafiknamnden";
            r.Application()["consultation"] = new System.Text.Json.Nodes.JsonObject { ["districtBoardId"] = "sdn-rinkeby-kista", ["date"] = "2023-11-02" };
            r.Application()["cameraPermit"] = true;
        }));

        Assert.Equal(ReportLanguage.English, round.Language);
        Assert.Equal(new Consultation("sdn-rinkeby-kista", new DateOnly(2023, 11, 2)), round.Applications[0].Consultation);
        Assert.True(round.Applications[0].CameraPermit);
    }

    [Fact]
    public void Read_UnknownExtraProperties_AreIgnored()
    {
        var round = RoundReader.Read(RoundJson.With(r =>
        {
            r["generatedBy"] = "Excel-export 3.1";
            r.Application()["internalNote"] = new System.Text.Json.Nodes.JsonObject { ["anything"] = new System.Text.Json.Nodes.JsonArray(1, 2, 3) };
            r.Component()["supplierQuote"] = 1_390_000;
        }));

        Assert.Equal(RoundWriter.Write(RoundReader.Read(RoundJson.Example)), RoundWriter.Write(round));
    }

    [Fact]
    public void Read_WholeNumberWrittenWithDecimals_IsAcceptedAsKronor()
    {
        var round = RoundReader.Read(RoundJson.Example.Replace("\"costSek\": 150000", "\"costSek\": 1.5e5", StringComparison.Ordinal));

        Assert.Equal(150_000, round.Applications[0].Components[1].Cost.Kronor);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(RoundJson.Example)).ToArray();

        Assert.Equal("Stockholms stad", RoundReader.Read(bytes).Municipality);
    }

    [Fact]
    public void Read_FromStream_EqualsReadFromText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(RoundJson.Example));

        Assert.Equal(RoundWriter.Write(RoundReader.Read(RoundJson.Example)), RoundWriter.Write(RoundReader.Read(stream)));
    }

    [Fact]
    public void Read_InvalidFile_ThrowsWithEveryProblemOnItsOwnLine()
    {
        var json = RoundJson.With(r =>
        {
            r["budgetCeilingSek"] = -1;
            r.Component()["measure"] = "lamp";
        });

        var exception = Assert.Throws<RoundValidationException>(() => RoundReader.Read(json));

        Assert.Equal(2, exception.Problems.Count);
        var lines = exception.Message.Split('\n');
        Assert.Equal("The round file has 2 problems:", lines[0]);
        Assert.Equal(exception.Problems.Select(p => p.ToString()), lines.Skip(1));
        Assert.StartsWith("$.budgetCeilingSek: OutOfRange: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("$.applications[0].components[0].measure: UnknownWord: ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ValidFile_HasNoProblems()
    {
        var result = RoundReader.TryRead(RoundJson.Example);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void TryRead_TenDefects_ListsAllTenWithTheirPaths()
    {
        var json = File.ReadAllText(RoundJson.TestDataPath("invalid", "ten-defects.json"));

        var problems = RoundReader.TryRead(json).Problems;

        Assert.Equal(
            [
                ("$.formatVersion", ValidationProblemCodes.UnsupportedVersion),
                ("$.assessmentDate", ValidationProblemCodes.BadDate),
                ("$.boards[2].id", ValidationProblemCodes.DuplicateId),
                ("$.applications[0].components[0].costSek", ValidationProblemCodes.WrongType),
                ("$.applications[0].formal.timetable", ValidationProblemCodes.MissingField),
                ("$.applications[0].baselineUnsafeShare", ValidationProblemCodes.OutOfRange),
                ("$.applications[1].components[0].measure", ValidationProblemCodes.UnknownWord),
                ("$.applications[1].components[1].id", ValidationProblemCodes.EmptyValue),
                ("$.applications[1].consultation.districtBoardId", ValidationProblemCodes.WrongBoardKind),
                ("$.constraints.mustFund[0]", ValidationProblemCodes.DanglingReference),
            ],
            problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(10, problems.Select(p => p.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(0, 100, 200, 64, 1)]
    [InlineData(100, -1, 200, 64, 1)]
    [InlineData(100, 100, 0, 64, 1)]
    [InlineData(100, 100, 200, 7, 1)]
    [InlineData(100, 100, 200, 64, 0)]
    public void TryRead_NonsensicalOptions_ThrowsArgumentOutOfRange(int maxBytes, int maxApplications, int maxComponents, int maxDepth, int maxProblems)
    {
        var options = new RoundReaderOptions { MaxBytes = maxBytes, MaxApplications = maxApplications, MaxComponentsPerApplication = maxComponents, MaxDepth = maxDepth, MaxProblems = maxProblems };

        Assert.Throws<ArgumentOutOfRangeException>(() => RoundReader.TryRead("{}", options));
    }
}
