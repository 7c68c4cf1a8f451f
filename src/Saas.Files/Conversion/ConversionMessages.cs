using Saas.Platform.Text;

namespace Saas.Files.Conversion;

/// <summary>The problems a failed conversion becomes, from <c>Resources/files.*.json</c>, "Vietnamese / English" like the intake's.</summary>
public static class ConversionMessages
{
    public static string For(ConversionFailure failure) => Texts.Bilingual(failure switch
    {
        ConversionFailure.QueueFull => "files.conversion.queue_full",
        ConversionFailure.Timeout => "files.conversion.timeout",
        ConversionFailure.Failed => "files.conversion.failed",
        _ => "files.conversion.off",
    });
}
