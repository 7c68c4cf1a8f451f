using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Saas.Web.Pages;

/// <summary>
/// Adds the version of the item a page shows (set by <see cref="GuardsRowVersionAttribute"/>) to each of its post
/// forms, so no form of a guarded page can forget it; pages without the attribute are left as they are.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class RowVersionTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)
            || ViewContext.HttpContext.Items[GuardsRowVersionAttribute.ItemKey] is not string version)
        {
            return;
        }
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = "hidden";
        input.Attributes["name"] = GuardsRowVersionAttribute.FieldName;
        input.Attributes["value"] = version;
        output.PostContent.AppendHtml(input);
    }
}
