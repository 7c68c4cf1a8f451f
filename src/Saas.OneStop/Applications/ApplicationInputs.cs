namespace Saas.OneStop.Applications;

/// <summary>What the citizen or the counter officer fills in.</summary>
public sealed record ApplicantInput(
    string? ProcedureCode, string? Name, string? IdNumber, string? Phone, string? Email, string? Address, string? Content);

/// <summary>Counter reception: the officer ticks the papers handed in and decides.</summary>
/// <param name="Decision">receive | refuse (form 03).</param>
/// <param name="PapersChecked">Codes of the procedure's papers found complete.</param>
public sealed record ReceptionInput(ApplicantInput Applicant, short Channel, string? Decision, IReadOnlyList<string> PapersChecked, string? Reason);

/// <summary>A file already accepted into the content-addressed store, with the paper it stands for.</summary>
public sealed record StagedPaper(string Sha256, string FileName, string MediaType, long SizeBytes, string? PaperCode);

public sealed record NoteInput(string? Note);

public sealed record ForwardInput(string? Note, string? AssigneeId, string? AssigneeName);

public sealed record ReturnInput(string? ReceivedBy, string? Note);

public sealed record ApologyInput(DateOnly? NewDate, string? Reason);

public sealed record RatingInput(IReadOnlyDictionary<string, int>? Scores, string? Comment);
