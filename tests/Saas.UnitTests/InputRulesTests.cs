using System.Text;
using Saas.Platform.Paging;
using Saas.Web.Input;

namespace Saas.UnitTests;

/// <summary>The rules of the input layer on their own: text, field limits, dates, paging, request objects.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("a", 0x0000, "b", InputErrorKeys.Nul)]
    [InlineData("a", 0xD800, "b", InputErrorKeys.LoneSurrogate)]
    [InlineData("a", 0xDC00, "", InputErrorKeys.LoneSurrogate)]
    [InlineData("", 0xD800, "", InputErrorKeys.LoneSurrogate)]
    public void Nul_and_lone_surrogates_are_refused(string before, int code, string after, string expected)
    {
        // Built at run time: a lone surrogate in an attribute's string would be replaced by U+FFFD when compiled.
        Assert.Equal(expected, InputText.Check(before + (char)code + after, 100, out _));
    }

    [Fact]
    public void Text_is_composed_and_a_surrogate_pair_is_fine()
    {
        var decomposed = "Trích yếu văn bản".Normalize(NormalizationForm.FormD);
        Assert.Null(InputText.Check(decomposed, 100, out var normalized));
        Assert.Equal("Trích yếu văn bản", normalized);
        Assert.Null(InputText.Check("chữ 𠀧", 100, out _));
    }

    [Fact]
    public void Length_is_counted_after_composing()
    {
        var decomposed = new string('ệ', 10).Normalize(NormalizationForm.FormD);
        Assert.True(decomposed.Length > 10);
        Assert.Null(InputText.Check(decomposed, 10, out _));
        Assert.Equal(InputErrorKeys.TooLong, InputText.Check(new string('a', 11), 10, out _));
    }

    [Theory]
    [InlineData("issuerCode", TextLimits.Identifier)]
    [InlineData("numberNotation", TextLimits.Identifier)]
    [InlineData("procedureCode", TextLimits.Identifier)]
    [InlineData("issuerName", TextLimits.Name)]
    [InlineData("assignees[0].name", TextLimits.Name)]
    [InlineData("subject", TextLimits.Subject)]
    [InlineData("q", TextLimits.Subject)]
    [InlineData("note", TextLimits.Prose)]
    [InlineData("Form.Description", TextLimits.Prose)]
    [InlineData("externalRecipients", TextLimits.Prose)]
    [InlineData("hosts[0]", TextLimits.Prose)]
    [InlineData("whatever", TextLimits.Name)]
    public void Limits_follow_the_field_name(string field, int expected)
    {
        Assert.Equal(expected, TextLimits.For(field));
    }

    [Theory]
    [InlineData("9999-12-31", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("31/12/2999", true)]
    [InlineData("9999-12", true)]
    [InlineData("9999-12-31T00:00:00Z", true)]
    [InlineData("2026-12-04", false)]
    [InlineData("04/12/2026", false)]
    [InlineData("1900-01-01", false)]
    [InlineData("123456789", false)]
    [InlineData("Công văn", false)]
    public void Dates_outside_the_years_1900_to_2100_are_recognised(string value, bool outOfRange)
    {
        Assert.Equal(outOfRange, InputDates.IsOutOfRangeDate(value));
    }

    [Fact]
    public void Paging_is_clamped_and_never_overflows()
    {
        var p = PageRequest.Of(int.MaxValue, int.MaxValue, maxSize: 200);
        Assert.Equal(PageRequest.MaxPage, p.Page);
        Assert.Equal(200, p.Size);
        Assert.True(p.Offset > 0);
        Assert.Equal(0, PageRequest.Of(-5, -5, maxSize: 100).Offset);
        Assert.Equal(PageRequest.DefaultSize, PageRequest.Of(null, null, maxSize: 100).Size);
    }

    [Fact]
    public void Request_objects_are_walked_normalised_and_null_elements_refused()
    {
        var body = new Sample("Ghi chú".Normalize(NormalizationForm.FormD), ["a", null!], [new Inner("x\u0000")], new DateOnly(9999, 1, 1));
        var errors = new List<InputError>();
        BodyInspector.Inspect(body, "", errors);
        Assert.Equal("Ghi chú", body.Note);
        Assert.Contains(errors, e => e is { Field: "hosts[1]", Key: InputErrorKeys.NullElement });
        Assert.Contains(errors, e => e is { Field: "items[0].name", Key: InputErrorKeys.Nul });
        Assert.Contains(errors, e => e is { Field: "due", Key: InputErrorKeys.DateRange });
    }

    private sealed record Sample(string? Note, List<string> Hosts, IReadOnlyList<Inner> Items, DateOnly? Due);

    private sealed record Inner(string? Name);
}
