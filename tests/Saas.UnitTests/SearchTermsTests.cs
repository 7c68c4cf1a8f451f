using Saas.Documents.Search;

namespace Saas.UnitTests;

/// <summary>The search box as PostgreSQL full-text queries: diacritics folded, every word required, the last one a prefix when long enough.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("văn bản đến", "van & ban & den:*")]
    [InlineData("Chuyển đổi số", "chuyen & doi & so")]
    [InlineData("  kế   hoạch ", "ke & hoach:*")]
    [InlineData("ĐỀ ÁN 06", "de & an & 06")]
    [InlineData("ocop", "ocop:*")]
    public void Words_are_folded_all_required_and_only_a_long_last_word_is_a_prefix(string box, string expected) =>
        Assert.Equal(expected, SearchTerms.ToTsQuery(box));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_box_is_no_search(string? box) => Assert.Null(SearchTerms.ToTsQuery(box));

    [Fact]
    public void Punctuation_and_operators_never_reach_the_query()
    {
        var query = SearchTerms.ToTsQuery("số 15/QĐ-UBND & | ! (kế hoạch)")!;
        Assert.DoesNotContain("|", query, StringComparison.Ordinal);
        Assert.DoesNotContain("!", query, StringComparison.Ordinal);
        Assert.DoesNotContain("(", query, StringComparison.Ordinal);
        Assert.DoesNotContain("/", query, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_ten_words_are_used() =>
        Assert.Equal(10, SearchTerms.ToTsQuery(string.Join(' ', Enumerable.Repeat("tinh", 25)))!.Split(" & ").Length);
}
