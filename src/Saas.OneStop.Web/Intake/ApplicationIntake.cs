using Saas.OneStop.Applications;
using Saas.OneStop.Catalogue;
using Saas.Platform.MultiTenancy;

namespace Saas.OneStop.Web.Intake;

/// <summary>
/// Reads a one-stop multipart form (applicant fields, ticked papers, files <c>paper.&lt;code&gt;</c>), validates it
/// before any file is stored, stages the files and hands them to the reception service; a refusal removes the files
/// this request added. Shared by the API and the pages so both answer bad input the same way.
/// </summary>
public sealed class ApplicationIntake(ReceptionService reception, PaperStaging staging)
{
    /// <summary>Hồ sơ tiếp nhận tại bộ phận một cửa (or by post).</summary>
    public async Task<Outcome<Application>> ReceiveAtCounterAsync(IFormCollection form, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var fields = new OneStopFormFields(form, errors);
        var input = new ReceptionInput(fields.Applicant(), fields.Short("channel") ?? Channels.Counter, fields.Text("decision"), fields.List("papers"), fields.Text("reason"));
        var (invalid, _) = await reception.ValidateAsync(input.Applicant, ct);
        Merge(invalid, errors);
        if (errors.Any)
        {
            return Outcome<Application>.Invalid(errors.ToDictionary());
        }
        return await StageAndRunAsync(form, papers => reception.ReceiveAtCounterAsync(input, papers, ct), ct);
    }

    /// <summary>Hồ sơ nộp trực tuyến by a citizen, into the tenant this scope belongs to.</summary>
    public async Task<Outcome<Application>> SubmitOnlineAsync(IFormCollection form, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var applicant = new OneStopFormFields(form, errors).Applicant();
        var (invalid, procedure) = await reception.ValidateAsync(applicant, ct);
        Merge(invalid, errors);
        if (procedure is { OnlineLevel: < 2 })
        {
            errors.Add("procedureCode", "onestop.web.submit.not_online");
        }
        if (errors.Any)
        {
            return Outcome<Application>.Invalid(errors.ToDictionary());
        }
        return await StageAndRunAsync(form, papers => reception.SubmitOnlineAsync(applicant, papers, ct), ct);
    }

    /// <summary>An intake for a citizen acting on a tenant's public page, inside that tenant's scope.</summary>
    public static ApplicationIntake ForCitizen(IServiceProvider tenantScope) =>
        new(ActivatorUtilities.CreateInstance<ReceptionService>(tenantScope, new Saas.OneStop.CitizenUser()), tenantScope.GetRequiredService<PaperStaging>());

    /// <summary>Files sent with a later step (supplement, result): staged, passed on, removed again if the step is refused.</summary>
    public async Task<Outcome<Application>> WithFilesAsync(IFormCollection? form, Func<IReadOnlyList<StagedPaper>, Task<Outcome<Application>>> step, CancellationToken ct) =>
        form is null ? await step([]) : await StageAndRunAsync(form, step, ct);

    private async Task<Outcome<Application>> StageAndRunAsync(IFormCollection form, Func<IReadOnlyList<StagedPaper>, Task<Outcome<Application>>> operation, CancellationToken ct)
    {
        var (papers, stagingErrors) = await staging.StageAsync(form.Files, ct);
        if (stagingErrors.Count > 0)
        {
            return Outcome<Application>.Invalid(stagingErrors);
        }
        Outcome<Application> outcome;
        try
        {
            outcome = await operation(papers);
        }
        catch
        {
            await staging.DiscardAsync(ct);
            throw;
        }
        if (!outcome.Succeeded)
        {
            await staging.DiscardAsync(ct);
        }
        return outcome;
    }

    private static void Merge(FieldErrors from, FieldErrors into)
    {
        foreach (var (k, v) in from.ToDictionary())
        {
            foreach (var m in v)
            {
                into.Add(k, m);
            }
        }
    }
}
