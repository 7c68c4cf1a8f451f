namespace Saas.WorkFiles.Files;

public sealed record OpenFileRequest(Guid? PlanItemId, string? Code, string? Title, int? RetentionYears, bool? Permanent, DateOnly? StartDate,
    bool? CapitalConstruction, string? Description, string? ResponsibleUnit = null);

public sealed record AttachDocumentRequest(string? Kind, Guid? DocumentId);

public sealed record CloseFileRequest(DateOnly? EndDate, string? Description);
