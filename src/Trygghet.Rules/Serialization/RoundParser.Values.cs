namespace Trygghet.Rules.Serialization;

using System.Globalization;
using System.Text.Json;

/// <content>Reading single values and reporting problems.</content>
internal sealed partial class RoundParser
{
    private const int ShortenAt = 60;

    private void Report(string path, string code, string message)
    {
        if (stopped)
        {
            return;
        }

        if (problems.Count >= options.MaxProblems)
        {
            problems.Add(new ValidationProblem("$", ValidationProblemCodes.TooManyProblems, $"Stopped after {options.MaxProblems.ToString(CultureInfo.InvariantCulture)} problems (RoundReaderOptions.MaxProblems); fix these and read the file again to see any others."));
            stopped = true;
            return;
        }

        problems.Add(new ValidationProblem(path, code, message));
    }

    private static string Child(string path, string name) => path + "." + name;

    private static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Names the value at a path for a message: its last property name, with any index.</summary>
    private static string Label(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? "The value" : path[(dot + 1)..];
    }

    private static int IndexOf(string itemPath)
    {
        var open = itemPath.LastIndexOf('[');
        return int.Parse(itemPath.AsSpan(open + 1, itemPath.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string Shorten(string text) => text.Length <= ShortenAt ? text : string.Concat(text.AsSpan(0, ShortenAt), "…");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    /// <summary>Gets a property that is present and not null, reporting a missing required one.</summary>
    private JsonElement? Get(JsonElement element, string path, string name, bool required)
    {
        if (element.TryGetProperty(name, out var value))
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }

            if (required)
            {
                Report(Child(path, name), ValidationProblemCodes.MissingField, $"{name} is null, but a value is required.");
            }

            return null;
        }

        if (required)
        {
            Report(Child(path, name), ValidationProblemCodes.MissingField, $"The required field '{name}' is missing.");
        }

        return null;
    }

    private bool ExpectObject(JsonElement element, string path, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Report(path, ValidationProblemCodes.WrongType, $"{Label(path)} must be {what} (a JSON object), not {Describe(element)}.");
            return false;
        }

        CheckDuplicateProperties(element, path);
        return true;
    }

    private void CheckDuplicateProperties(JsonElement element, string path)
    {
        propertyNames.Clear();
        foreach (var property in element.EnumerateObject())
        {
            if (!propertyNames.Add(property.Name))
            {
                Report(Child(path, property.Name), ValidationProblemCodes.DuplicateProperty, $"The property '{Shorten(property.Name)}' appears more than once in the same object, so its value is ambiguous.");
            }
        }
    }

    private JsonElement? ReadObject(JsonElement element, string path, string name, bool required)
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        return ExpectObject(value, Child(path, name), "an object") ? value : null;
    }

    private JsonElement? ReadArray(JsonElement element, string path, string name, bool required)
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(Child(path, name), ValidationProblemCodes.WrongType, $"{name} must be an array, not {Describe(value)}.");
            return null;
        }

        return value;
    }

    /// <summary>Reads every item of an array, so all their problems are reported; null when any item is unusable.</summary>
    private List<T>? ReadList<T>(JsonElement array, string path, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>(array.GetArrayLength());
        var complete = true;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (stopped)
            {
                return null;
            }

            if (read(item, Item(path, index)) is { } value)
            {
                list.Add(value);
            }
            else
            {
                complete = false;
            }

            index++;
        }

        return complete ? list : null;
    }

    private string? ReadText(JsonElement element, string path, string name, bool required)
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(Child(path, name), ValidationProblemCodes.WrongType, $"{name} must be a string, not {Describe(value)}.");
            return null;
        }

        return value.GetString();
    }

    /// <summary>Reads an id or a reference to one: a string with at least one visible character.</summary>
    private string? ReadId(JsonElement element, string path, string name, bool required)
    {
        var text = ReadText(element, path, name, required);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Report(Child(path, name), ValidationProblemCodes.EmptyValue, $"{name} is empty; it must contain at least one visible character.");
            return null;
        }

        return text;
    }

    private bool? ReadFlag(JsonElement element, string path, string name, bool required)
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Report(Child(path, name), ValidationProblemCodes.WrongType, $"{name} must be true or false, not {Describe(value)}.");
            return null;
        }

        return value.GetBoolean();
    }

    private DateOnly? ReadDate(JsonElement element, string path, string name, bool required)
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        var at = Child(path, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            Report(at, ValidationProblemCodes.WrongType, $"{name} must be a date string in the form YYYY-MM-DD, not {Describe(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (!IsDateShape(text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Report(at, ValidationProblemCodes.BadDate, $"{name} is '{Shorten(text)}', which is not a calendar date in the form YYYY-MM-DD.");
            return null;
        }

        return date;
    }

    private static bool IsDateShape(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i != 4 && i != 7 && !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private TEnum? ReadWord<TEnum>(JsonElement element, string path, string name, bool required, WordTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (Get(element, path, name, required) is not { } value)
        {
            return null;
        }

        return ParseWord(value, Child(path, name), table);
    }

    private TEnum? ParseWord<TEnum>(JsonElement value, string path, WordTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Report(path, ValidationProblemCodes.WrongType, $"{Label(path)} must be a {table.What} word (one of: {table.WordList}), not {Describe(value)}.");
            return null;
        }

        var word = value.GetString()!;
        if (!table.TryParse(word, out var parsed))
        {
            Report(path, ValidationProblemCodes.UnknownWord, $"'{Shorten(word)}' is not a known {table.What}; use one of: {table.WordList}.");
            return null;
        }

        return parsed;
    }

    private List<TEnum>? ReadWords<TEnum>(JsonElement element, string path, string name, WordTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (ReadArray(element, path, name, required: true) is not { } array)
        {
            return null;
        }

        var at = Child(path, name);
        var list = new List<TEnum>(array.GetArrayLength());
        var complete = true;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (ParseWord(item, Item(at, index), table) is { } word)
            {
                list.Add(word);
            }
            else
            {
                complete = false;
            }

            index++;
        }

        return complete ? list : null;
    }
}
