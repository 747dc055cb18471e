namespace Trygghet.Cli;

/// <summary>The exit codes of the <c>trygghet</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command line itself was wrong (unknown option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>An input file is missing, unreadable or invalid; every problem was printed.</summary>
    public const int InvalidInput = 2;

    /// <summary>The round's constraints cannot all hold; the conflict was printed.</summary>
    public const int Infeasible = 3;

    /// <summary>An output file could not be written.</summary>
    public const int OutputFailed = 4;

    /// <summary>The run was cancelled.</summary>
    public const int Cancelled = 130;
}
