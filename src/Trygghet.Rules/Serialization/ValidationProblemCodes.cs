namespace Trygghet.Rules.Serialization;

/// <summary>The stable codes of <see cref="ValidationProblem"/>; hosts and tests may match on them.</summary>
public static class ValidationProblemCodes
{
    /// <summary>The text is not well-formed JSON; the message gives the line and byte position.</summary>
    public const string MalformedJson = nameof(MalformedJson);

    /// <summary>The bytes are not valid UTF-8 (or the string holds an unpaired surrogate).</summary>
    public const string InvalidUtf8 = nameof(InvalidUtf8);

    /// <summary>The input exceeds a limit of <see cref="RoundReaderOptions"/>: size, nesting depth, or number of items.</summary>
    public const string TooLarge = nameof(TooLarge);

    /// <summary>The <c>formatVersion</c> is not one this library reads.</summary>
    public const string UnsupportedVersion = nameof(UnsupportedVersion);

    /// <summary>A required field is absent.</summary>
    public const string MissingField = nameof(MissingField);

    /// <summary>A value has the wrong JSON type, for example a string where a number belongs.</summary>
    public const string WrongType = nameof(WrongType);

    /// <summary>A word is not in its closed vocabulary; the message lists the allowed words.</summary>
    public const string UnknownWord = nameof(UnknownWord);

    /// <summary>An id or other required text is empty or only white space.</summary>
    public const string EmptyValue = nameof(EmptyValue);

    /// <summary>An id is used twice where it must be unique.</summary>
    public const string DuplicateId = nameof(DuplicateId);

    /// <summary>The same property appears twice in one JSON object.</summary>
    public const string DuplicateProperty = nameof(DuplicateProperty);

    /// <summary>An id refers to a board or application that the round does not contain.</summary>
    public const string DanglingReference = nameof(DanglingReference);

    /// <summary>A consultation names a board that is not a district board.</summary>
    public const string WrongBoardKind = nameof(WrongBoardKind);

    /// <summary>A number lies outside its allowed range: a negative or absurd amount, a share outside 0–1, and so on.</summary>
    public const string OutOfRange = nameof(OutOfRange);

    /// <summary>A date is not a real calendar date in the form <c>YYYY-MM-DD</c>.</summary>
    public const string BadDate = nameof(BadDate);

    /// <summary>Reading stopped after <see cref="RoundReaderOptions.MaxProblems"/> problems; more may follow.</summary>
    public const string TooManyProblems = nameof(TooManyProblems);

    /// <summary>A parameter file gives two values of one parameter with the same effective date.</summary>
    public const string DuplicateEffectiveDate = nameof(DuplicateEffectiveDate);

    /// <summary>A parameter file is written for another rule set than the one it is applied to.</summary>
    public const string RuleSetMismatch = nameof(RuleSetMismatch);
}
