namespace Trygghet.Rules.Serialization;

using System.Text.Json;
using Trygghet.Rules.Amounts;
using Trygghet.Rules.Decisions;

/// <summary>
/// Reads a person's own proposal: either <c>{ "name": "...", "amounts": { "2024-01": 1550000, ... } }</c> or a result
/// file of the contract, whose decisions' <c>grantedSek</c> are the amounts.
/// </summary>
public static class ProposalReader
{
    /// <summary>Reads a proposal, or throws listing every problem with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="defaultName">The name to use when the file has none, for example the file's name.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="RoundValidationException">The text is not a proposal; every problem is listed.</exception>
    public static Proposal Read(string json, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<ValidationProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new RoundValidationException([new ValidationProblem("$", ValidationProblemCodes.MalformedJson,
                $"The file is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}).")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RoundValidationException([new ValidationProblem("$", ValidationProblemCodes.WrongType, "A proposal must be a JSON object.")]);
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : defaultName;
            var amounts = new Dictionary<string, Sek>(StringComparer.Ordinal);
            if (root.TryGetProperty("amounts", out var map))
            {
                ReadAmounts(map, amounts, problems);
            }
            else if (root.TryGetProperty("decisions", out var decisions))
            {
                if (root.TryGetProperty("round", out var round) && round.ValueKind == JsonValueKind.String && !root.TryGetProperty("name", out _))
                {
                    name = round.GetString()!;
                }

                ReadDecisions(decisions, amounts, problems);
            }
            else
            {
                problems.Add(new ValidationProblem("$", ValidationProblemCodes.MissingField, "A proposal needs either 'amounts' (application id to kronor) or 'decisions' (a result file)."));
            }

            if (problems.Count > 0)
            {
                throw new RoundValidationException(problems);
            }

            return new Proposal(name, amounts);
        }
    }

    private static void ReadAmounts(JsonElement map, Dictionary<string, Sek> amounts, List<ValidationProblem> problems)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem("$.amounts", ValidationProblemCodes.WrongType, "amounts must be an object from application id to whole kronor."));
            return;
        }

        foreach (var property in map.EnumerateObject())
        {
            Add(property.Name, property.Value, $"$.amounts['{property.Name}']", amounts, problems);
        }
    }

    private static void ReadDecisions(JsonElement decisions, Dictionary<string, Sek> amounts, List<ValidationProblem> problems)
    {
        if (decisions.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new ValidationProblem("$.decisions", ValidationProblemCodes.WrongType, "decisions must be an array."));
            return;
        }

        var i = 0;
        foreach (var decision in decisions.EnumerateArray())
        {
            var path = $"$.decisions[{i++}]";
            if (decision.ValueKind != JsonValueKind.Object
                || !decision.TryGetProperty("applicationId", out var id) || id.ValueKind != JsonValueKind.String
                || !decision.TryGetProperty("grantedSek", out var granted))
            {
                problems.Add(new ValidationProblem(path, ValidationProblemCodes.MissingField, "A decision needs a string applicationId and a grantedSek."));
                continue;
            }

            Add(id.GetString()!, granted, path + ".grantedSek", amounts, problems);
        }
    }

    private static void Add(string id, JsonElement value, string path, Dictionary<string, Sek> amounts, List<ValidationProblem> problems)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var kronor))
        {
            problems.Add(new ValidationProblem(path, ValidationProblemCodes.WrongType, $"The amount for '{id}' must be a whole number of kronor, not {value.GetRawText()}."));
        }
        else if (kronor < 0 || kronor > RoundReader.MaxAmountSek)
        {
            problems.Add(new ValidationProblem(path, ValidationProblemCodes.OutOfRange, $"The amount for '{id}' is {kronor}, outside 0 to {RoundReader.MaxAmountSek}."));
        }
        else if (!amounts.TryAdd(id, Sek.FromKronor(kronor)))
        {
            problems.Add(new ValidationProblem(path, ValidationProblemCodes.DuplicateId, $"The application '{id}' appears more than once."));
        }
    }
}
