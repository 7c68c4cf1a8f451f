using Microsoft.Extensions.DependencyInjection;
using Saas.IntegrationTests.Infrastructure;
using Saas.Statistics.Rollup;

namespace Saas.IntegrationTests.Statistics;

/// <summary>
/// A dedicated commune with a hand-made March 2024 (Vietnam time): every figure the tests expect is worked out
/// in the comments next to the rows. Inserted once as the superuser (row-level security is not the subject here).
/// </summary>
public static class StatisticsDataSet
{
    public const string Slug = "xa-thong-ke-thu";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _ready;

    public static async Task EnsureAsync(PlatformFixture platform)
    {
        await Gate.WaitAsync();
        try
        {
            if (_ready)
            {
                return;
            }
            // Inserted into the catalog directly: onboarding also provisions identity groups and other modules' defaults,
            // none of which the statistics need, and a failure there must not hide a statistics result.
            await platform.ScalarAsync<long>(
                $"""
                with i as (insert into platform.tenants(id, slug, name, level, parent_id, status)
                           select gen_random_uuid(), '{Slug}', 'Xã Thống Kê (thử nghiệm)', 'commune', id, 'active' from platform.tenants where slug = 'ubnd-tinh'
                           on conflict (slug) do nothing returning 1)
                select count(*) from i
                """, role: "superuser");
            var tenant = await platform.ScalarAsync<Guid>($"select id from platform.tenants where slug = '{Slug}'");
            await using var conn = platform.OpenAs("superuser");
            await using var cmd = new Npgsql.NpgsqlCommand(Sql(tenant), conn);
            await cmd.ExecuteNonQueryAsync();
            await Rollup(platform).RunRangeAsync(RollupKinds.Full, CancellationToken.None);
            _ready = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static RollupService Rollup(PlatformFixture platform) => platform.Services.Services.GetRequiredService<RollupService>();

    /// <summary>Times are Vietnam local (+07); 23:30 on the 4th must stay on the 4th.</summary>
    private static string Sql(Guid t) =>
        $"""
        delete from documents.incoming_documents where tenant_id = '{t}';
        delete from documents.outgoing_documents where tenant_id = '{t}';
        delete from workfiles.work_files where tenant_id = '{t}';
        insert into documents.incoming_documents(tenant_id, id, status, source, issuer_name, number_notation, issued_date, document_type_code, subject,
                                                 secrecy, received_at, processing_deadline, finished_at) values
        -- A: electronic, finished 07/03 before its deadline 08/03 → on time
        ('{t}', gen_random_uuid(), 'done', 'platform', 'UBND tỉnh', '1/UBND', '2024-03-01', 'CV', 'A', 0, '2024-03-04 09:00+07', '2024-03-08', '2024-03-07 10:00+07'),
        -- B: paper, received 23:30 on 04/03, deadline 06/03, finished 11/03 → late; overdue 07/03–10/03
        ('{t}', gen_random_uuid(), 'done', 'manual', 'Sở Tài chính', '2/STC', '2024-03-01', 'CV', 'B', 0, '2024-03-04 23:30+07', '2024-03-06', '2024-03-11 08:00+07'),
        -- C: electronic, still in progress, deadline 10/03 → overdue from 11/03
        ('{t}', gen_random_uuid(), 'in-progress', 'platform', 'UBND tỉnh', '3/UBND', '2024-03-02', 'CV', 'C', 0, '2024-03-05 08:00+07', '2024-03-10', null),
        -- D: electronic, registered, no deadline → pending, never overdue
        ('{t}', gen_random_uuid(), 'registered', 'platform', 'UBND tỉnh', '4/UBND', '2024-03-03', 'CV', 'D', 0, '2024-03-06 08:00+07', null, null),
        -- E: paper, finished 08/03 without a deadline → finished, not in the on-time rate
        ('{t}', gen_random_uuid(), 'done', 'manual', 'Công an xã', '5/CAX', '2024-03-04', 'CV', 'E', 0, '2024-03-07 08:00+07', null, '2024-03-08 15:00+07'),
        -- F: secret → left out of everything
        ('{t}', gen_random_uuid(), 'registered', 'platform', 'UBND tỉnh', '6/UBND', '2024-03-05', 'CV', 'F', 1, '2024-03-08 08:00+07', '2024-03-09', null),
        -- G: recalled by its sender → left out
        ('{t}', gen_random_uuid(), 'recalled', 'platform', 'UBND tỉnh', '7/UBND', '2024-03-05', 'CV', 'G', 0, '2024-03-08 09:00+07', null, null),
        -- H: paper, returned → received, but never backlog
        ('{t}', gen_random_uuid(), 'returned', 'manual', 'Hội Nông dân', '8/HND', '2024-03-06', 'CV', 'H', 0, '2024-03-09 08:00+07', null, null),
        -- I: February, electronic, deadline 01/03, still open → backlog and overdue all March, not March's "received"
        ('{t}', gen_random_uuid(), 'in-progress', 'platform', 'UBND tỉnh', '9/UBND', '2024-02-26', 'CV', 'I', 0, '2024-02-28 08:00+07', '2024-03-01', null);

        insert into documents.outgoing_documents(tenant_id, id, status, document_type_code, subject, drafter_id, drafter_name, route, secrecy,
                                                 issued_at, signed_file_sha256) values
        ('{t}', gen_random_uuid(), 'issued', 'CV', 'O1', 'u', 'U', array['leader'], 0, '2024-03-05 10:00+07', 'aa'),
        ('{t}', gen_random_uuid(), 'issued', 'CV', 'O2', 'u', 'U', array['leader'], 0, '2024-03-12 10:00+07', 'dd'),
        ('{t}', gen_random_uuid(), 'issued', 'CV', 'O3', 'u', 'U', array['leader'], 0, '2024-03-20 10:00+07', 'bb'),
        ('{t}', gen_random_uuid(), 'draft', 'CV', 'O4', 'u', 'U', array['leader'], 0, null, null),
        ('{t}', gen_random_uuid(), 'issued', 'CV', 'O5', 'u', 'U', array['leader'], 2, '2024-03-21 10:00+07', 'cc');
        -- The signed PDFs as verified when they entered: O2's signature failed verification, so it is not "signed".
        insert into documents.attachments(tenant_id, id, owner_kind, owner_id, purpose, sha256, file_name, media_type, size_bytes,
                                          uploaded_by, uploaded_by_name, uploaded_at, signature_status)
        select tenant_id, gen_random_uuid(), 'outgoing', id, 'signed', signed_file_sha256, 'da-ky.pdf', 'application/pdf', 1, 'u', 'U', issued_at,
               case subject when 'O2' then 'invalid' else 'valid' end
        from documents.outgoing_documents where tenant_id = '{t}' and signed_file_sha256 is not null;

        insert into workfiles.work_files(tenant_id, id, code, title, creator_id, creator_name, start_date, status, created_at, closed_at, fully_online) values
        ('{t}', gen_random_uuid(), 'W1', 'W1', 'u', 'U', '2024-03-01', 'closed', '2024-03-01 08:00+07', '2024-03-15 08:00+07', true),
        ('{t}', gen_random_uuid(), 'W2', 'W2', 'u', 'U', '2024-03-02', 'deposited', '2024-03-02 08:00+07', '2024-03-16 08:00+07', false),
        ('{t}', gen_random_uuid(), 'W3', 'W3', 'u', 'U', '2024-03-03', 'closed', '2024-03-03 08:00+07', '2024-03-20 08:00+07', true),
        ('{t}', gen_random_uuid(), 'W4', 'W4', 'u', 'U', '2024-03-04', 'open', '2024-03-04 08:00+07', null, null);
        """;
}
