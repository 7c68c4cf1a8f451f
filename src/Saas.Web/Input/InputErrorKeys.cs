namespace Saas.Web.Input;

/// <summary>Resource keys (Resources/ui.input.*.json) of the input layer's messages.</summary>
public static class InputErrorKeys
{
    public const string Title = "Input.Title";
    public const string Detail = "Input.Detail";
    public const string Nul = "Input.Nul";
    public const string LoneSurrogate = "Input.LoneSurrogate";
    public const string TooLong = "Input.TooLong";
    public const string DateRange = "Input.DateRange";
    public const string NullElement = "Input.NullElement";
    public const string TooDeep = "Input.TooDeep";
    public const string Json = "Input.Json";
    public const string Multipart = "Input.Multipart";
    public const string Request = "Input.Request";
    public const string BodyTooLarge = "Input.BodyTooLarge";
    public const string Database = "Input.Database";
    public const string ContentType = "Input.ContentType";
}

/// <summary>One refused field: where, which message, and the message's arguments.</summary>
public sealed record InputError(string Field, string Key, params object[] Args);
