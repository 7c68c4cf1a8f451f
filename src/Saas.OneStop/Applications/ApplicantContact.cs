namespace Saas.OneStop.Applications;

/// <summary>
/// The citizen's ID number and phone are the second factor of the public look-up: whoever reads them can follow the
/// application as the citizen. Only the officers handling the application see them whole — the counter (it receives,
/// calls and returns), the assignee, and the role of the current step (a leader for any step past the counter, as
/// they may act on it); everyone else in the tenant (observers, admins, other specialists) gets them masked.
/// </summary>
public static class ApplicantContact
{
    public static bool MayReveal(IOneStopUser user, Application app) =>
        user.HasRole(OneStopRoles.Counter)
        || (app.AssigneeId is { } assignee && assignee == user.Id)
        || (app.Step is { } step && (user.HasRole(step.Role) || (step.Role != OneStopRoles.Counter && user.HasRole(OneStopRoles.Leader))));

    /// <summary>Masks the contact of an application read for display (never of a tracked entity that will be saved).</summary>
    public static void ProtectFor(IOneStopUser user, Application app)
    {
        if (!MayReveal(user, app))
        {
            app.ApplicantIdNumber = MaskIdNumber(app.ApplicantIdNumber);
            app.ApplicantPhone = MaskPhone(app.ApplicantPhone);
        }
    }

    /// <summary><c>0912345678</c> → <c>0912***678</c>: the operator prefix and the last three digits, enough to recognise it.</summary>
    public static string MaskPhone(string phone) => Mask(phone, 4, 3);

    /// <summary><c>038012341234</c> → <c>0380****1234</c>: the province/sex/century prefix and the last four digits.</summary>
    public static string MaskIdNumber(string idNumber) => Mask(idNumber, 4, 4);

    private static string Mask(string value, int head, int tail)
    {
        var v = value.Trim();
        if (v.Length == 0)
        {
            return v;
        }
        // A short or odd value must not come out whole: keep at most a third of it in the clear.
        if (v.Length <= head + tail + 2)
        {
            var keep = v.Length / 3;
            return new string('*', v.Length - keep) + v[^keep..];
        }
        return string.Concat(v.AsSpan(0, head), new string('*', v.Length - head - tail), v.AsSpan(v.Length - tail));
    }
}
