namespace Saas.Files.Intake;

/// <summary>Stable rejection codes; clients switch on these, so never rename one.</summary>
public static class IntakeErrorCodes
{
    public const string TooLarge = "too-large";
    public const string Empty = "empty";
    public const string UnsupportedType = "unsupported-type";
    public const string Disguised = "disguised";
    public const string BadName = "bad-name";
    public const string Bomb = "decompression-bomb";
    public const string ActiveContent = "active-content";
}
