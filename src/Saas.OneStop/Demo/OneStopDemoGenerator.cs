using Saas.OneStop.Applications;
using Saas.Platform.Demo;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Demo;

/// <summary>One tenant's year of applications, generated in memory before its codes are reserved and its rows COPYed.</summary>
internal sealed partial class OneStopDemoSeeder
{
    private static readonly string[] SupplementReasons =
    [
        "Bổ sung bản sao có chứng thực giấy tờ tùy thân", "Bổ sung giấy tờ chứng minh quan hệ nhân thân", "Tờ khai chưa ghi đủ thông tin, đề nghị hoàn thiện",
        "Bổ sung bản vẽ sơ đồ thửa đất", "Bổ sung văn bản ủy quyền có chứng thực",
    ];

    private static readonly string[] Wards = ["Tổ dân phố 1", "Tổ dân phố 3", "Thôn Đông", "Thôn Nam", "Khu phố 2", "Thôn Trung", "Khu phố 5"];

    private sealed record SeedProcedure(string Code, string Name, int WorkingDays, decimal TotalHours, string RouteJson);

    private sealed record SeedApplicationTenant(TenantInfo Tenant, string Prefix, List<SeedProcedure> Procedures, int Count);

    private sealed class SeedApplication
    {
        public Guid Id { get; } = Guid.CreateVersion7();

        public required SeedProcedure Procedure { get; init; }

        public required DateOnly Day { get; init; }

        public string Code { get; set; } = "";

        public short Channel { get; init; }

        public short Status { get; set; }

        public required string Name { get; init; }

        public required string IdNumber { get; init; }

        public required string Phone { get; init; }

        public required string Address { get; init; }

        public DateTime SubmittedAt { get; init; }

        public DateTime? ReceivedAt { get; init; }

        public DateTime? AppointmentAt { get; set; }

        public int Supplements { get; set; }

        public string? SupplementReason { get; set; }

        public DateTime? FinishedAt { get; set; }

        public string? Timeliness { get; set; }

        public DateTime? ReturnedAt { get; set; }

        public string? Reason { get; set; }

        public int? Overall { get; set; }

        public DateTime? RatedAt { get; set; }

        public DateTime UpdatedAt => ReturnedAt ?? FinishedAt ?? ReceivedAt ?? SubmittedAt;
    }

    /// <summary>One tenant's year: its own online share and lateness, both improving as the year goes on.</summary>
    private static List<SeedApplication> GenerateApplications(SeedApplicationTenant t, List<DateOnly> days, DateTime nowUtc, Random r)
    {
        var onlineBase = 0.15 + 0.6 * r.NextDouble();
        var lateBase = 0.01 + 0.12 * r.NextDouble();
        var apps = new List<SeedApplication>(t.Count);
        for (var i = 0; i < t.Count; i++)
        {
            var dayIndex = r.Next(days.Count);
            var progress = dayIndex / (double)Math.Max(1, days.Count - 1);
            var day = days[dayIndex];
            var procedure = t.Procedures[(int)(Math.Pow(r.NextDouble(), 1.7) * t.Procedures.Count)];
            var channel = r.NextDouble() < Math.Min(0.95, onlineBase * (0.7 + 0.6 * progress)) ? Channels.Online : r.NextDouble() < 0.03 ? Channels.Post : Channels.Counter;
            var received = DemoCalendar.Utc(day, 7.5 + r.NextDouble() * 9);
            var male = r.Next(2) == 0;
            var name = $"{Pick(r, DemoNames.FamilyNames)} {Pick(r, male ? DemoNames.MiddleNamesMale : DemoNames.MiddleNamesFemale)} {Pick(r, male ? DemoNames.GivenNamesMale : DemoNames.GivenNamesFemale)}";
            var a = new SeedApplication
            {
                Procedure = procedure,
                Day = day,
                Channel = channel,
                Name = name,
                IdNumber = $"038{r.Next(0, 2)}{r.Next(40, 99):00}{r.Next(0, 1_000_000):000000}",
                Phone = $"09{r.Next(0, 100_000_000):00000000}",
                Address = $"{Pick(r, Wards)}, {t.Tenant.Name}, tỉnh Thanh Hóa",
                SubmittedAt = channel == Channels.Online ? received.AddMinutes(-r.Next(10, 60 * 24)) : received,
                ReceivedAt = received,
                Status = ApplicationStatus.Received,
            };
            var fate = r.NextDouble();
            if (fate < 0.01)
            {
                a = new SeedApplication
                {
                    Procedure = a.Procedure,
                    Day = a.Day,
                    Channel = a.Channel,
                    Name = a.Name,
                    IdNumber = a.IdNumber,
                    Phone = a.Phone,
                    Address = a.Address,
                    SubmittedAt = a.SubmittedAt,
                    ReceivedAt = null,
                    Status = ApplicationStatus.NotReceived,
                    FinishedAt = a.SubmittedAt.AddMinutes(15),
                    Reason = "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan",
                };
                apps.Add(a);
                continue;
            }
            a.AppointmentAt = DemoCalendar.Utc(DemoCalendar.AddWorkingDays(day, procedure.WorkingDays), 17);
            var supplement = r.NextDouble();
            if (supplement < 0.08)
            {
                a.Supplements = supplement < 0.01 ? 2 : 1;
                a.SupplementReason = Pick(r, SupplementReasons);
                a.AppointmentAt = a.AppointmentAt.Value.AddDays(2 * a.Supplements); // the clock stood still while the citizen completed the papers
            }
            var late = r.NextDouble() < lateBase * (1.2 - 0.5 * progress);
            DateTime finished;
            if (late)
            {
                finished = a.AppointmentAt.Value.AddDays(1 + r.Next(0, 6)).AddHours(-r.Next(0, 8));
            }
            else if (r.NextDouble() < 0.65 && procedure.WorkingDays > 1)
            {
                finished = DemoCalendar.Utc(DemoCalendar.AddWorkingDays(day, r.Next(0, procedure.WorkingDays)), 8 + r.NextDouble() * 8);
                finished = finished < received ? received.AddHours(2) : finished;
            }
            else
            {
                finished = a.AppointmentAt.Value.AddHours(-r.Next(1, 8));
            }
            if (finished > nowUtc)
            {
                a.Status = ApplicationStatus.Processing; // still in hand; overdue when its appointment has passed
                apps.Add(a);
                continue;
            }
            if (fate < 0.015)
            {
                a.Status = ApplicationStatus.Withdrawn;
                a.Reason = "Công dân đề nghị rút hồ sơ";
            }
            a.FinishedAt = finished;
            a.Timeliness = a.Supplements > 1 ? Timeliness.Late : Timeliness.Of(finished, a.AppointmentAt.Value);
            if (a.Status == ApplicationStatus.Withdrawn)
            {
                apps.Add(a);
                continue;
            }
            a.Status = ApplicationStatus.Done;
            var returned = finished.AddHours(r.Next(1, 72));
            if (returned <= nowUtc && r.NextDouble() < 0.93)
            {
                a.Status = ApplicationStatus.Returned;
                a.ReturnedAt = returned;
                if (r.NextDouble() < 0.35 && returned.AddDays(1) <= nowUtc)
                {
                    var x = r.NextDouble();
                    a.Overall = x < 0.55 ? 5 : x < 0.85 ? 4 : x < 0.95 ? 3 : x < 0.99 ? 2 : 1;
                    a.RatedAt = returned.AddHours(r.Next(1, 24));
                }
            }
            apps.Add(a);
        }
        return apps;
    }

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];
}
