using System.Globalization;

namespace Trygghet.Rules.Allocation.Internal;

/// <summary>Formats whole kronor for messages: digits grouped by spaces, as in "5 000 000 kr".</summary>
internal static class Kr
{
    public static string Format(long kronor) =>
        kronor.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + " kr";
}
