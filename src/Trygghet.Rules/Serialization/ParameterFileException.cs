namespace Trygghet.Rules.Serialization;

/// <summary>The exception thrown when a parameter file is invalid; it lists every problem found.</summary>
public sealed class ParameterFileException : Exception
{
    /// <summary>Initializes a new instance with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public ParameterFileException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes a new instance with no problems listed.</summary>
    public ParameterFileException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public ParameterFileException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ParameterFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Gets every problem found, in the order the file was checked.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? "The parameter file has 1 problem:" : $"The parameter file has {problems.Count} problems:";
        return string.Join('\n', problems.Select(p => p.ToString()).Prepend(header));
    }
}
