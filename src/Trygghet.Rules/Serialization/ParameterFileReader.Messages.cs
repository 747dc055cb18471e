namespace Trygghet.Rules.Serialization;

using System.Text.Json;
using Trygghet.Rules.Assessment;

/// <content>The optional <c>messages</c> of a parameter file: templates that reword the rule set's catalogue.</content>
public static partial class ParameterFileReader
{
    private sealed partial class Parser
    {
        private Dictionary<string, LocalizedText> ReadMessages(JsonElement root)
        {
            var messages = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            if (!root.TryGetProperty("messages", out var element))
            {
                return messages;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                Report("$.messages", ValidationProblemCodes.WrongType, $"messages must be an object from message key to its Swedish and English text, not {Describe(element)}.");
                return messages;
            }

            foreach (var property in element.EnumerateObject())
            {
                var path = $"$.messages['{property.Name}']";
                if (messages.ContainsKey(property.Name))
                {
                    Report(path, ValidationProblemCodes.DuplicateProperty, $"The message '{property.Name}' is given twice.");
                    continue;
                }

                if (catalogue is not null && !catalogue.Contains(property.Name))
                {
                    Report(path, ValidationProblemCodes.UnknownWord, $"'{property.Name}' is not a message of this rule set. The terms that name the municipality's bodies are {string.Join(", ", Decisions.Organisation.TermKeys)}; every key is listed by MessageCatalogue.Keys.");
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    Report(path, ValidationProblemCodes.WrongType, $"A message must be an object with its Swedish (sv) and English (en) text, not {Describe(property.Value)}.");
                    continue;
                }

                CheckProperties(property.Value, path, "sv", "en");
                var swedish = ReadText(property.Value, path, "sv");
                var english = ReadText(property.Value, path, "en");
                if (swedish is not null && english is not null)
                {
                    messages[property.Name] = new LocalizedText(swedish, english);
                }
            }

            return messages;
        }
    }
}
