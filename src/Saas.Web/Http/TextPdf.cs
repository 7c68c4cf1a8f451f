using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Saas.Web.Http;

/// <summary>
/// Plain A4 PDF of text lines (indexes, receipts), with a TrueType font embedded so Vietnamese letters survive.
/// Long lines wrap at word boundaries; pages are added as they fill.
/// </summary>
public sealed class TextPdf
{
    private static readonly string[] FontCandidates =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"];

    private readonly List<(string Text, double Size, bool Centered)> _lines = [];

    public TextPdf Line(string text, double size = 11, bool centered = false)
    {
        _lines.Add((text, size, centered));
        return this;
    }

    public TextPdf Gap() => Line("", 6);

    public byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var fontPath = FontCandidates.FirstOrDefault(File.Exists);
        // Without a TrueType font on the machine the text is written without diacritics rather than not at all.
        var font = fontPath is not null
            ? builder.AddTrueTypeFont(File.ReadAllBytes(fontPath))
            : builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var (raw, size, centered) in _lines)
        {
            var text = fontPath is not null ? raw : Saas.Platform.Text.VietnameseText.Fold(raw);
            // DejaVu Sans averages about 0.55 em per character: A4 less margins holds ~515 pt.
            var width = (int)(515 / (size * 0.55));
            foreach (var piece in Wrap(text, width))
            {
                if (y < 50)
                {
                    page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                    y = 800;
                }
                var x = centered ? Math.Max(40, 297 - piece.Length * size * 0.55 / 2) : 40;
                page.AddText(piece, size, new PdfPoint(x, y), font);
                y -= size + 6;
            }
        }
        return builder.Build();
    }

    internal static IEnumerable<string> Wrap(string text, int width)
    {
        if (text.Length <= width)
        {
            yield return text;
            yield break;
        }
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(word.Length > width ? word[..width] : word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
