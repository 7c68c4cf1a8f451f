namespace Saas.Exchange.Edxml;

/// <summary>From / To of a MessageHeader: an agency with its contact fields (OrganId is required).</summary>
public sealed record EdxmlOrgan(
    string OrganId, string OrganName, string? OrganizationInCharge = null, string? OrganAdd = null,
    string? Email = null, string? Telephone = null, string? Fax = null, string? Website = null);

public sealed record EdxmlCode(string CodeNumber, string CodeNotation);

public sealed record EdxmlPromulgation(string? Place, DateOnly Date);

public sealed record EdxmlDocumentType(int Type, string TypeName, string? TypeDetail = null);

public sealed record EdxmlSigner(string FullName, string? Position = null, string? Competence = null);

/// <param name="Priority">0 Thường, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ.</param>
public sealed record EdxmlOtherInfo(
    int Priority = 0, string? SphereOfPromulgation = null, string? TyperNotation = null, int? PromulgationAmount = null,
    int? PageAmount = null, string? Appendixes = null);

/// <summary>The document a reply, recall or update refers to.</summary>
public sealed record EdxmlResponseFor(string OrganId, string Code, string DocumentId, DateOnly PromulgationDate);

public sealed record EdxmlStaff(string? Department = null, string? Staff = null, string? Email = null, string? Mobile = null);

/// <param name="DocType">0 new, 1 thu hồi (recall), 2 cập nhật (update), 3 thay thế (replace).</param>
public sealed record EdxmlBusiness(int DocType, string? DocReason = null, string? DocumentId = null, int? Paper = null, EdxmlStaff? Staff = null);

/// <summary>One hop of the package: the agency that handled it and when (local time, yyyy/MM/dd HH:mm:ss).</summary>
public sealed record EdxmlTrace(string OrganId, DateTime Timestamp);

public sealed record EdxmlAttachment(string ContentId, string Name, string ContentType, byte[] Content);

/// <summary>A document package (messageType edoc).</summary>
public sealed record EdxmlMessage(
    EdxmlOrgan From,
    IReadOnlyList<EdxmlOrgan> To,
    string DocumentId,
    EdxmlCode Code,
    EdxmlPromulgation Promulgation,
    EdxmlDocumentType DocumentType,
    string Subject,
    string? Content,
    EdxmlSigner Signer,
    DateOnly? DueDate,
    IReadOnlyList<string> ToPlaces,
    EdxmlOtherInfo OtherInfo,
    IReadOnlyList<EdxmlResponseFor> ResponseFor,
    int? SteeringType,
    EdxmlBusiness? Business,
    IReadOnlyList<EdxmlTrace> Traces,
    IReadOnlyList<EdxmlAttachment> Attachments)
{
    /// <summary>The identifier the national axis uses: <c>OrganId,yyyy/MM/dd,Number/Notation</c>.</summary>
    public static string IdentifierFor(string organId, DateOnly promulgated, EdxmlCode code) =>
        $"{organId},{promulgated.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture)},{code.CodeNumber}/{code.CodeNotation}";
}

/// <summary>A status package (messageType status): what the recipient did with a document.</summary>
public sealed record EdxmlStatus(EdxmlResponseFor ResponseFor, EdxmlOrgan From, string StatusCode, string? Description, DateTime Timestamp, EdxmlStaff? Staff = null)
{
    /// <summary>01 đã đến · 02 từ chối tiếp nhận · 03 đã tiếp nhận, vào sổ · 04 phân công · 05 đang xử lý · 06 hoàn thành · 13 yêu cầu lấy lại · 15 đồng ý lấy lại/cập nhật · 16 từ chối lấy lại/cập nhật.</summary>
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal) { "01", "02", "03", "04", "05", "06", "13", "15", "16" };
}
