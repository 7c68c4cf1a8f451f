using System.Text;
using Saas.Files.Intake;

namespace Saas.Files.Tests;

public sealed class FileNameSanitizerTests
{
    [Theory]
    [InlineData("Công văn số 12.pdf", "Công văn số 12.pdf")]
    [InlineData(@"C:\fakepath\Tờ trình.docx", "Tờ trình.docx")]
    [InlineData("../../etc/Quyết định.pdf", "Quyết định.pdf")]
    [InlineData("bao\u0000cao.pdf", "baocao.pdf")]
    [InlineData("hoa-don\u202Efdp.exe", "hoa-donfdp.exe")]
    [InlineData("a<b>:c?.pdf", "a_b__c_.pdf")]
    [InlineData("  ke hoach.pdf. . ", "ke hoach.pdf")]
    public void Names_are_cleaned_but_keep_vietnamese_letters(string input, string expected)
    {
        Assert.Equal(expected, FileNameSanitizer.Sanitize(input));
    }

    [Fact]
    public void Decomposed_vietnamese_from_macos_is_composed()
    {
        var decomposed = "Nghị định.pdf".Normalize(NormalizationForm.FormD);
        Assert.Equal("Nghị định.pdf", FileNameSanitizer.Sanitize(decomposed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("folder/")]
    [InlineData("..")]
    [InlineData("\u202E")]
    public void Nothing_usable_is_null(string? input)
    {
        Assert.Null(FileNameSanitizer.Sanitize(input));
    }

    [Fact]
    public void Long_names_are_cut_to_255_keeping_the_extension()
    {
        var name = string.Concat(Enumerable.Repeat("Chuyển đổi số ", 40)) + ".pdf";
        var cleaned = FileNameSanitizer.Sanitize(name)!;
        Assert.True(cleaned.Length <= 255);
        Assert.EndsWith(".pdf", cleaned);
        Assert.StartsWith("Chuyển đổi số", cleaned);
    }
}
