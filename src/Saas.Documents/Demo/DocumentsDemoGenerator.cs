using System.Text.RegularExpressions;
using Saas.Documents.Numbering;
using Saas.Platform.Demo;
using Saas.Platform.Text;
using V = Saas.Documents.Demo.DocumentsDemoVocabulary;

namespace Saas.Documents.Demo;

/// <summary>An agency that writes to the seeded tenants: a tenant of the catalog or a central agency.</summary>
internal sealed record SeedIssuer(string Name, string Notation, string? Code, string Level, int PerDay, string[] Signers, string HeadPosition, string DeputyPosition);

/// <summary>
/// Builds one batch of documents of one tenant, received (or drafted) on the given working days, in time order.
/// Numbers (số đến, số đi) are left for the caller, who reserves them from <c>register_counters</c>.
/// Not thread-safe: one generator per batch.
/// </summary>
internal sealed partial class DocumentsDemoGenerator(Random rng, IReadOnlyList<SeedIssuer> issuers, DateTime nowUtc)
{
    private static readonly TimeSpan Vn = DemoCalendar.Vn;
    private readonly int[] _incomingTypeCumulative = Cumulative(V.IncomingTypes);
    private readonly int[] _outgoingTypeCumulative = Cumulative(V.OutgoingTypes);
    private readonly SeedIssuer[] _upper = issuers.Where(x => x.Level is "province" or "province-office" or "department").ToArray();
    private readonly SeedIssuer[] _local = issuers.Where(x => x.Level is "commune" or "ward").ToArray();
    private readonly SeedIssuer[] _outside = issuers.Where(x => x.Level == "outside").ToArray();

    public static (string Head, string Deputy) Positions(string level, string name) => level switch
    {
        "province" or "commune" or "ward" => ("Chủ tịch", "Phó Chủ tịch"),
        "province-office" => ("Chánh Văn phòng", "Phó Chánh Văn phòng"),
        "department" => ("Giám đốc", "Phó Giám đốc"),
        _ when name.StartsWith("Bộ Chỉ huy", StringComparison.Ordinal) => ("Chỉ huy trưởng", "Phó Chỉ huy trưởng"),
        _ when name.StartsWith("Bộ ", StringComparison.Ordinal) => ("Bộ trưởng", "Thứ trưởng"),
        _ when name.StartsWith("Văn phòng Chính phủ", StringComparison.Ordinal) => ("Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm"),
        _ when name.StartsWith("Thanh tra", StringComparison.Ordinal) => ("Tổng Thanh tra", "Phó Tổng Thanh tra"),
        _ when name.StartsWith("Bảo hiểm", StringComparison.Ordinal) => ("Tổng Giám đốc", "Phó Tổng Giám đốc"),
        _ when name.StartsWith("Ủy ban Mặt trận", StringComparison.Ordinal) => ("Chủ tịch", "Phó Chủ tịch"),
        _ => ("Giám đốc", "Phó Giám đốc"),
    };

    public List<SeedIncoming> Incoming(SeedTenant t, int count, IReadOnlyList<DateOnly> days)
    {
        var docs = new List<SeedIncoming>(count);
        var times = Times(count, days);
        foreach (var received in times)
        {
            docs.Add(OneIncoming(t, received));
        }
        return docs;
    }

    public List<SeedOutgoing> Outgoing(SeedTenant t, int count, IReadOnlyList<DateOnly> days)
    {
        var docs = new List<SeedOutgoing>(count);
        foreach (var created in Times(count, days))
        {
            docs.Add(OneOutgoing(t, created));
        }
        return docs;
    }

    private SeedIncoming OneIncoming(SeedTenant t, DateTime received)
    {
        var issuer = PickIssuer(t);
        var type = V.IncomingTypes[Weighted(_incomingTypeCumulative)].Code;
        var receivedLocal = received + Vn;
        var issued = DateOnly.FromDateTime(receivedLocal).AddDays(-Skewed(0, 8));
        var number = 1 + rng.Next(Math.Max(1, issued.DayOfYear * issuer.PerDay));
        var unit = Pick(V.DraftingUnits.GetValueOrDefault(issuer.Level) ?? ["VP"]);
        var notation = NotationFormatter.Format(number, t.TypeAbbreviations.GetValueOrDefault(type), issuer.Notation, unit);
        var deputy = rng.Next(5) != 0;
        var d = new SeedIncoming
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(received)),
            IssuerName = issuer.Name,
            Electronic = issuer.Level != "outside" && rng.NextDouble() < t.ElectronicShare,
            IssuerCode = issuer.Code,
            NumberNotation = notation,
            IssuedDate = issued,
            TypeCode = type,
            Subject = Subject(type, issuer),
            SignerName = issuer.Signers[deputy ? 1 + rng.Next(issuer.Signers.Length - 1) : 0],
            SignerPosition = deputy ? issuer.DeputyPosition : issuer.HeadPosition,
            Urgency = Urgency(),
            Secrecy = t.SecretIncomingRegister is not null && rng.Next(100) < 2 ? (short)1 : (short)0,
            PageCount = 1 + Skewed(0, 25),
            DueDate = rng.Next(4) == 0 ? issued.AddDays(7 + rng.Next(24)) : null,
            ReceivedAt = received,
            UpdatedAt = received,
        };
        // Lifecycle by age: yesterday's documents are still in the queue, last spring's are done (some overdue).
        var age = (nowUtc - received).TotalDays;
        var roll = rng.Next(1000);
        if (roll < 8)
        {
            d.Status = "returned";
            d.ReturnedReason = Pick(V.ReturnReasons);
            d.UpdatedAt = Later(received, 10, 180);
        }
        else
        {
            d.Status = age switch
            {
                < 1 => roll < 500 ? "received" : roll < 800 ? "registered" : "in-progress",
                < 7 => roll < 100 ? "received" : roll < 350 ? "registered" : roll < 850 ? "in-progress" : "done",
                < 30 => roll < 20 ? "received" : roll < 100 ? "registered" : roll < 500 ? "in-progress" : "done",
                _ => roll < 12 ? "received" : roll < 30 ? "registered" : roll < 130 ? "in-progress" : "done",
            };
        }
        if (d.Status is "registered" or "in-progress" or "done")
        {
            d.Register = d.Secrecy > 0 ? t.SecretIncomingRegister! : t.IncomingRegister;
            d.ArrivalYear = receivedLocal.Year;
            d.RegisteredAt = Later(received, 5, 240);
            d.RegisteredBy = t.Clerk.Name;
            d.ProcessingDeadline = d.DueDate ?? DateOnly.FromDateTime(d.RegisteredAt.Value + Vn).AddDays(7 + rng.Next(14));
            d.UpdatedAt = d.RegisteredAt.Value;
        }
        if (d.Status is "in-progress" or "done")
        {
            d.AssignedAt = Later(d.RegisteredAt!.Value, 30, 60 * 30);
            d.AssignedBy = Pick(t.Leaders);
            var lead = PickHandler(t, d.AssignedBy);
            d.Assignees.Add((lead, "lead", "pending"));
            if (rng.Next(10) < 3 && PickHandler(t, d.AssignedBy) is { } co && co != lead)
            {
                d.Assignees.Add((co, "coordinate", "pending"));
            }
            if (rng.Next(10) < 2 && t.Leaders.FirstOrDefault(l => l != d.AssignedBy) is { } inform)
            {
                d.Assignees.Add((inform, "inform", "done"));
            }
            d.UpdatedAt = d.AssignedAt.Value;
            if (d.Status == "done")
            {
                var finished = Later(d.AssignedAt.Value, 60, 60 * 24 * 18);
                if (finished >= nowUtc)
                {
                    d.Status = "in-progress"; // would finish in the future: still being handled
                }
                else
                {
                    d.FinishedAt = finished;
                    d.ResultNote = Pick(V.ResultNotes);
                    d.UpdatedAt = finished;
                    d.Assignees = d.Assignees.Select(a => (a.Who, a.Role, "done")).ToList();
                }
            }
            if (d.Status == "in-progress" && rng.Next(2) == 0)
            {
                d.Assignees[0] = (lead, "lead", "in-progress");
            }
        }
        d.SearchText = VietnameseText.Fold(string.Join(' ', new[] { d.Subject, d.NumberNotation, d.IssuerName, d.SignerName }));
        return d;
    }

    private SeedOutgoing OneOutgoing(SeedTenant t, DateTime created)
    {
        var type = V.OutgoingTypes[Weighted(_outgoingTypeCumulative)].Code;
        var me = t.Self;
        var d = new SeedOutgoing
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(created)),
            TypeCode = type,
            Subject = Subject(type, me),
            Urgency = Urgency(),
            Secrecy = t.OutgoingRegisters.Any(r => r.Secret && r.DocumentTypes.Length == 0) && rng.Next(100) < 1 ? (short)1 : (short)0,
            DraftingUnit = Pick(V.DraftingUnits.GetValueOrDefault(t.Level) ?? ["VP"]),
            Drafter = PickHandler(t, null),
            PageCount = 1 + Skewed(0, 15),
            CreatedAt = created,
            UpdatedAt = created,
        };
        d.DueDate = rng.Next(5) == 0 ? DateOnly.FromDateTime(created + Vn).AddDays(5 + rng.Next(20)) : null;
        var age = (nowUtc - created).TotalDays;
        var roll = rng.Next(1000);
        d.Status = age switch
        {
            < 3 => roll < 300 ? "draft" : roll < 600 ? "in-review" : roll < 700 ? "approved" : roll < 800 ? "signed" : "issued",
            < 30 => roll < 30 ? "draft" : roll < 80 ? "in-review" : roll < 100 ? "signed" : roll < 995 ? "issued" : "recalled",
            _ => roll < 5 ? "draft" : roll < 10 ? "in-review" : roll < 995 ? "issued" : "recalled",
        };
        var head = Pick(t.Heads);
        var signerIsHead = rng.Next(4) == 0;
        var signer = signerIsHead || t.Leaders.Count == 1 ? t.Leaders[0] : t.Leaders[1 + rng.Next(t.Leaders.Count - 1)];
        var at = created;
        if (d.Status != "draft")
        {
            d.SubmittedAt = at = Later(at, 30, 60 * 24);
            d.RouteStep = 0;
            if (d.Status == "in-review" && rng.Next(2) == 0)
            {
                at = Later(at, 30, 60 * 24);
                d.Approvals.Add(("head", head, at));
                d.RouteStep = 1;
            }
            else if (d.Status != "in-review")
            {
                at = Later(at, 30, 60 * 24);
                d.Approvals.Add(("head", head, at));
                at = Later(at, 30, 60 * 24);
                d.Approvals.Add(("leader", signer, at));
                d.RouteStep = 2;
            }
        }
        if (d.Status is "signed" or "issued" or "recalled")
        {
            d.Signer = signer;
            d.SigningAuthority = t.Level is "province" or "commune" or "ward"
                ? signerIsHead ? "TM." : "KT."
                : signerIsHead ? null : "KT.";
            d.SignedAt = at = Later(at, 10, 60 * 8);
        }
        if (d.Status is "issued" or "recalled")
        {
            d.IssuedAt = at = Later(at, 5, 180);
            d.IssueYear = (at + Vn).Year;
            d.IssuedBy = t.Clerk.Name;
            var secret = d.Secrecy > 0;
            d.Register = t.OutgoingRegisters.FirstOrDefault(r => r.Secret == secret && r.DocumentTypes.Contains(type))
                         ?? t.OutgoingRegisters.First(r => r.Secret == secret && r.DocumentTypes.Length == 0);
            var n = 1 + rng.Next(5);
            for (var i = 0; i < n; i++)
            {
                var name = Pick(V.ExternalRecipients);
                if (!d.Recipients.Contains(name))
                {
                    d.Recipients.Add(name);
                }
            }
            if (d.Status == "recalled")
            {
                d.RecalledAt = at = Later(at, 60, 60 * 48);
                d.RecallReason = "Văn bản có sai sót về nội dung, thu hồi để ban hành văn bản thay thế";
            }
        }
        if (at >= nowUtc)
        {
            at = nowUtc.AddSeconds(-rng.Next(1, 600));
        }
        d.UpdatedAt = at;
        d.SearchText = VietnameseText.Fold(d.Subject); // the issuing step adds number and signer, see Number()
        return d;
    }

    /// <summary>Called once the số is reserved: ký hiệu and the search text of an issued document, as IssueAsync writes them.</summary>
    public static void Number(SeedTenant t, SeedOutgoing d, int number)
    {
        d.IssueNumber = number;
        d.NumberNotation = NotationFormatter.Format(number, t.TypeAbbreviations.GetValueOrDefault(d.TypeCode), t.Notation, d.DraftingUnit);
        d.SearchText = VietnameseText.Fold($"{d.Subject} {d.NumberNotation} {d.Signer?.Name}");
    }

    private string Subject(string type, SeedIssuer? issuer)
    {
        var templates = V.SubjectTemplates.GetValueOrDefault(type) ?? V.SubjectTemplates["CV"];
        var place = issuer?.Level is "commune" or "ward"
            ? "trên địa bàn " + char.ToLowerInvariant(issuer.Name[0]) + issuer.Name[1..]
            : Pick(V.ProvincePlaces);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(templates), Pick(V.Topics), Pick(V.Periods), place);
        return Spaces().Replace(text, " ").Trim();
    }

    private SeedIssuer PickIssuer(SeedTenant t)
    {
        for (var i = 0; i < 8; i++)
        {
            var roll = rng.Next(100);
            // UBND tỉnh and the departments write most; communes write to the province, rarely to each other.
            var list = roll < 60 ? _upper : roll < 82 ? _local : _outside;
            var issuer = list[rng.Next(list.Length)];
            if (issuer.Name != t.Name && (t.Level is "province" or "province-office" or "department" || issuer.Level is not ("commune" or "ward") || rng.Next(5) == 0))
            {
                return issuer;
            }
        }
        return _outside[rng.Next(_outside.Length)];
    }

    private SeedStaff PickHandler(SeedTenant t, SeedStaff? notThis)
    {
        for (var i = 0; i < 4; i++)
        {
            var s = Pick(t.Handlers);
            if (s != notThis)
            {
                return s;
            }
        }
        return t.Handlers[0];
    }

    /// <summary>Instants on working days, 07:30–17:00 Vietnam time, never after now, sorted.</summary>
    private List<DateTime> Times(int count, IReadOnlyList<DateOnly> days)
    {
        var list = new List<DateTime>(count);
        for (var i = 0; i < count; i++)
        {
            var day = days[rng.Next(days.Count)];
            var local = day.ToDateTime(new TimeOnly(7, 30)).AddSeconds(rng.Next(9 * 3600 + 1800));
            var utc = DateTime.SpecifyKind(local - Vn, DateTimeKind.Utc);
            if (utc >= nowUtc)
            {
                utc = nowUtc.AddSeconds(-rng.Next(1, 4 * 3600));
            }
            list.Add(utc);
        }
        list.Sort();
        return list;
    }

    private DateTime Later(DateTime from, int minMinutes, int maxMinutes)
    {
        var t = from.AddMinutes(minMinutes + rng.Next(Math.Max(1, maxMinutes - minMinutes)));
        return t < nowUtc ? t : nowUtc.AddSeconds(-rng.Next(1, 60));
    }

    private short Urgency()
    {
        var r = rng.Next(100);
        return r < 85 ? (short)0 : r < 95 ? (short)1 : r < 99 ? (short)2 : (short)3;
    }

    /// <summary>Small values more likely: min + floor(range · u²).</summary>
    private int Skewed(int min, int max)
    {
        var u = rng.NextDouble();
        return min + (int)((max - min) * u * u);
    }

    private int Weighted(int[] cumulative)
    {
        var x = rng.Next(cumulative[^1]);
        var i = Array.BinarySearch(cumulative, x + 1);
        return i >= 0 ? i : ~i;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static int[] Cumulative((string Code, int Weight)[] weights)
    {
        var c = new int[weights.Length];
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i].Weight;
            c[i] = sum;
        }
        return c;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
