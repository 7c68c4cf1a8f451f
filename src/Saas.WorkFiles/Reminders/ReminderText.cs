using System.Globalization;
using Saas.Platform.Text;

namespace Saas.WorkFiles.Reminders;

/// <summary>
/// The texts of reminders (<c>workfiles.reminder.*</c>). A reminder is written once, by a job that does not know the
/// reader's language, and kept in the notifications table: it is written in Vietnamese, the agencies' language.
/// </summary>
public static class ReminderText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Get(string key, params object?[] args)
    {
        Texts.TryGet(key, Culture, out var text);
        return args.Length == 0 ? text : string.Format(Culture, text, args);
    }
}
