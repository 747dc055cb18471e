namespace Trygghet.Rules.Serialization;

/// <summary>One problem found in an input file, with where it is and what is wrong.</summary>
/// <param name="Path">The JSON path of the offending value, for example <c>$.applications[3].components[0].costSek</c>.</param>
/// <param name="Code">The stable problem code, one of the <see cref="ValidationProblemCodes"/>.</param>
/// <param name="Message">A plain English sentence that names the value and says what is allowed.</param>
public sealed record ValidationProblem(string Path, string Code, string Message)
{
    /// <summary>Formats the problem as one line: path, code and message.</summary>
    /// <returns>The line, for example <c>$.boards[0].kind: UnknownWord: ...</c>.</returns>
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
