namespace Saas.OneStop.Web.Pages.OneStop;

/// <summary>A page with the applicant's fields (counter reception, online submission): values to show again and their errors.</summary>
public interface IApplicantForm
{
    string? V(string key);

    string? Err(string key);
}
