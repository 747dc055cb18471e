namespace Trygghet.Rules.Allocation;

/// <summary>Thrown when the constraints of an allocation problem admit no allocation; the message names every conflict found.</summary>
public sealed class AllocationInfeasibleException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="AllocationInfeasibleException"/> class.</summary>
    public AllocationInfeasibleException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AllocationInfeasibleException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public AllocationInfeasibleException(string message)
        : base(message) => Conflicts = [];

    /// <summary>Initializes a new instance of the <see cref="AllocationInfeasibleException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public AllocationInfeasibleException(string message, Exception innerException)
        : base(message, innerException) => Conflicts = [];

    /// <summary>Initializes a new instance of the <see cref="AllocationInfeasibleException"/> class from the conflicts found.</summary>
    /// <param name="conflicts">The conflicts; their messages make up the exception's message.</param>
    public AllocationInfeasibleException(IReadOnlyList<AllocationConflict> conflicts)
        : base(conflicts is { Count: > 0 } ? string.Join(" ", conflicts.Select(c => c.Message)) : "The allocation problem is infeasible.") => Conflicts = conflicts ?? [];

    /// <summary>Gets the conflicts found, each naming what is in conflict.</summary>
    public IReadOnlyList<AllocationConflict> Conflicts { get; }
}
