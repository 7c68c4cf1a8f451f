using System.Globalization;
using Saas.Platform.Text;
using Saas.Tenancy.Catalog;

namespace Saas.UnitTests;

public sealed class TenantValidatorTests
{
    private static readonly TenantDraft Valid = new()
    {
        Slug = "xa-cac-son",
        Name = "Xã Các Sơn",
        Level = "commune",
        ParentSlug = "ubnd-tinh",
        AgencyCodeQcvn102 = "000.00.14.H56",
        AgencyCodeStatus = "reported",
    };

    [Fact]
    public void A_complete_commune_is_valid() => Assert.Empty(TenantValidator.Validate(Valid));

    [Theory]
    [InlineData("Xa Cac Son")]
    [InlineData("xã-các-sơn")]
    [InlineData("-xa")]
    [InlineData("xa--son")]
    public void Slugs_are_lowercase_ascii_words_joined_by_dashes(string slug) =>
        Assert.Contains("slug", TenantValidator.Validate(Valid with { Slug = slug }).Keys);

    [Theory]
    [InlineData("000.00.00.H56", true)]
    [InlineData("000.17.22.H56", true)]
    [InlineData("H56", false)]
    [InlineData("000.00.00.h56", false)]
    [InlineData("00.00.00.H56", false)]
    public void Qcvn102_codes_have_four_groups_read_right_to_left(string code, bool valid) =>
        Assert.Equal(valid, !TenantValidator.Validate(Valid with { AgencyCodeQcvn102 = code }).ContainsKey("agencyCode.qcvn102"));

    [Theory]
    [InlineData("H56.1.2", true)]
    [InlineData("H56", true)]
    [InlineData("h56", false)]
    [InlineData("H56..1", false)]
    [InlineData("H56.12345678901234567890123456789012", false)]
    public void Qd20_codes_are_at_most_35_characters_of_digits_capitals_and_dots(string code, bool valid) =>
        Assert.Equal(valid, !TenantValidator.Validate(Valid with { AgencyCodeQd20 = code }).ContainsKey("agencyCode.qd20"));

    [Fact]
    public void A_code_cannot_be_marked_unknown() =>
        Assert.Contains("agencyCode.status", TenantValidator.Validate(Valid with { AgencyCodeStatus = "unknown" }).Keys);

    [Fact]
    public void Only_the_province_has_no_parent()
    {
        Assert.Contains("parent", TenantValidator.Validate(Valid with { ParentSlug = null }).Keys);
        Assert.Empty(TenantValidator.Validate(Valid with { Slug = "ubnd-tinh", Level = "province", ParentSlug = null }));
    }

    [Fact]
    public void Placement_must_not_carry_a_password() =>
        Assert.Contains("database", TenantValidator.Validate(Valid with { DatabasePlacement = "Host=db;Database=x;Password=p" }).Keys);

    /// <summary>The validator answers text keys; both languages have them, and an API problem shows "vi / en".</summary>
    [Fact]
    public void Messages_are_bilingual() =>
        Assert.All(TenantValidator.Validate(Valid with { Name = "" })["name"], m =>
        {
            Assert.True(Texts.TryGet(m, CultureInfo.GetCultureInfo("vi-VN"), out var vi), m);
            Assert.True(Texts.TryGet(m, CultureInfo.GetCultureInfo("en-US"), out var en), m);
            Assert.Equal($"{vi} / {en}", Texts.Bilingual(m));
            Assert.Equal("Bắt buộc nhập tên đơn vị / Name is required", Texts.Bilingual(m));
        });
}
