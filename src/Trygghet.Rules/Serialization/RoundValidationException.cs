namespace Trygghet.Rules.Serialization;

/// <summary>The exception thrown when a round file is invalid; it lists every problem found.</summary>
public sealed class RoundValidationException : Exception
{
    /// <summary>Initializes a new instance with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public RoundValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes a new instance with the problems found in another kind of input file, such as a scenario file.</summary>
    /// <param name="document">What the file is, for the message, for example <c>scenario file</c>.</param>
    /// <param name="problems">The problems; at least one.</param>
    internal RoundValidationException(string document, IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems, document))
    {
        Problems = problems;
    }

    /// <summary>Initializes a new instance with no problems listed.</summary>
    public RoundValidationException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public RoundValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RoundValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Gets every problem found, in the order the file was checked.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems, string document = "round file")
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? $"The {document} has 1 problem:" : $"The {document} has {problems.Count} problems:";
        return string.Join('\n', problems.Select(p => p.ToString()).Prepend(header));
    }
}
