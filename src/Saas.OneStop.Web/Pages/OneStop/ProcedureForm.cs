using System.Globalization;
using Saas.OneStop.Catalogue;

namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>
/// The procedure edit form as posted: plain repeated rows for papers and route steps, so the page needs no script.
/// Blank rows are dropped; numbers are text so that "0,5" and "0.5" both work and a typo becomes a field error
/// instead of a silent zero.
/// </summary>
public sealed class ProcedureForm
{
    /// <summary>Rows offered for papers and for route steps; more when the procedure already has more.</summary>
    public const int MinRows = 10;

    public string? Name { get; set; }

    public string? TimeUnit { get; set; }

    public string? TimeValue { get; set; }

    public string? Fee { get; set; }

    public bool Active { get; set; }

    public List<PaperRow> Papers { get; set; } = [];

    public List<StepRow> Route { get; set; } = [];

    public static ProcedureForm From(Procedure p) => new()
    {
        Name = p.Name,
        TimeUnit = p.TimeUnit,
        TimeValue = p.TimeValue.ToString("0.##", CultureInfo.InvariantCulture),
        Fee = p.Fee,
        Active = p.Active,
        Papers = p.Papers.Select(x => new PaperRow { Code = x.Code, Name = x.Name, Required = x.Required, Copies = x.Copies }).ToList(),
        Route = p.Route.Select(s => new StepRow { Name = s.Name, Unit = s.Unit, Role = s.Role, Share = s.Share.ToString("0.##", CultureInfo.InvariantCulture) }).ToList(),
    };

    /// <summary>Without blank rows, so that an error's index (papers[2].name) is the row the page shows it on.</summary>
    public ProcedureForm Compacted()
    {
        Papers = Papers.Where(r => !r.IsBlank).ToList();
        Route = Route.Where(r => !r.IsBlank).ToList();
        return this;
    }

    /// <summary>Blank rows appended up to <see cref="MinRows"/> (at least two spare) for the page to show.</summary>
    public ProcedureForm Padded()
    {
        while (Papers.Count < Math.Max(MinRows, Papers.Count(r => !r.IsBlank) + 2))
        {
            Papers.Add(new PaperRow());
        }
        while (Route.Count < Math.Max(MinRows, Route.Count(r => !r.IsBlank) + 2))
        {
            Route.Add(new StepRow());
        }
        return this;
    }

    /// <summary>The service's input, or the fields that are not numbers. Rules on values stay in the service.</summary>
    public (ProcedureUpdate? Update, Dictionary<string, string[]> Errors) ToUpdate()
    {
        var errors = new Dictionary<string, string[]>();
        var time = Number(TimeValue);
        if (time is null)
        {
            errors["timeValue"] = ["onestop.web.procedure.time_value_number"];
        }
        var route = new List<RouteStep>();
        for (var i = 0; i < Route.Count; i++)
        {
            var share = string.IsNullOrWhiteSpace(Route[i].Share) ? 0m : Number(Route[i].Share);
            if (share is null)
            {
                errors[$"route[{i}].share"] = ["onestop.web.procedure.share_number"];
            }
            route.Add(new RouteStep { Name = Trim(Route[i].Name), Unit = string.IsNullOrWhiteSpace(Route[i].Unit) ? RouteStep.Self : Route[i].Unit!.Trim(), Role = Trim(Route[i].Role), Share = share ?? 0 });
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var papers = Papers.Select(r => new RequiredPaper { Code = Trim(r.Code), Name = Trim(r.Name), Required = r.Required, Copies = r.Copies ?? 1 }).ToList();
        return (new ProcedureUpdate(Name?.Trim() ?? "", TimeUnit, time, Fee?.Trim() ?? "", Active, papers, route), errors);
    }

    private static string Trim(string? s) => s?.Trim() ?? "";

    private static decimal? Number(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;
}

/// <summary>One row of the papers table (thành phần hồ sơ).</summary>
public sealed class PaperRow
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool Required { get; set; }

    /// <summary>Kept as a hidden field so editing a paper does not reset the number of copies.</summary>
    public int? Copies { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
}

/// <summary>One row of the route table (quy trình xử lý).</summary>
public sealed class StepRow
{
    public string? Name { get; set; }

    public string? Unit { get; set; }

    public string? Role { get; set; }

    public string? Share { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Share);
}
