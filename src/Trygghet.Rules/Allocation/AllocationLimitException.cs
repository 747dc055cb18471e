using System.Globalization;

namespace Trygghet.Rules.Allocation;

/// <summary>Thrown when a search limit stopped the optimizer before it found any allocation that meets every constraint.</summary>
public sealed class AllocationLimitException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="AllocationLimitException"/> class.</summary>
    public AllocationLimitException()
        : base("The search stopped at its limit before finding an allocation that meets every constraint.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AllocationLimitException"/> class for a budget.</summary>
    /// <param name="budget">The budget that was being allocated.</param>
    public AllocationLimitException(long budget)
        : base(string.Create(CultureInfo.InvariantCulture, $"The search stopped at its limit before finding an allocation of the budget {budget} kr that meets every district minimum and exclusive group; raise the limit."))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AllocationLimitException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public AllocationLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AllocationLimitException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public AllocationLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
