namespace Saas.Platform.Paging;

/// <summary>
/// The one paging rule of every list: page ≥ 1 and at most <see cref="MaxPage"/>, size between 1 and the list's
/// maximum. Out-of-range values are clamped, not refused, because a client that asks for "everything" should get
/// the biggest page rather than an error — and <c>page=2147483647&amp;size=2147483647</c> used to overflow the
/// offset into a negative number that PostgreSQL refused with a 500.
/// </summary>
public readonly record struct PageRequest
{
    /// <summary>Deep enough for any list a person pages through; deeper offsets are a scan, not a page.</summary>
    public const int MaxPage = 10_000;

    public const int DefaultSize = 50;

    private PageRequest(int page, int size)
    {
        Page = page;
        Size = size;
    }

    public int Page { get; }

    public int Size { get; }

    /// <summary>Rows to skip; at most <see cref="MaxPage"/> × the list's maximum size, far from overflowing.</summary>
    public int Offset => (Page - 1) * Size;

    public static PageRequest Of(int? page, int? size, int maxSize, int defaultSize = DefaultSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(size ?? defaultSize, 1, Math.Max(1, maxSize)));
}
