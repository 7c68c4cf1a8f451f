using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Saas.Platform.Text;

namespace Saas.Exchange.Edxml;

/// <summary>
/// Reads edXML packages safely and strictly where it matters: no DTD and no entities (refused outright, not ignored),
/// a bounded size, the QCVN 102:2016 namespace on the envelope, every required field, and each attachment's bytes
/// (valid base64, within limits, referenced by the manifest, of the kind it claims). It reads the variants other
/// implementations write: any element order, an unprefixed or unnamespaced root, dd/MM/yyyy dates, a UUID DocumentId.
/// </summary>
public sealed class EdxmlReader(EdxmlReaderOptions? options = null)
{
    private static readonly XNamespace Ns = EdxmlFormat.Namespace;
    private readonly EdxmlReaderOptions limits = options ?? new EdxmlReaderOptions();

    public EdxmlMessage ReadMessage(byte[] package)
    {
        var errors = new List<EdxmlError>();
        var header = Envelope(package, errors, out var root)?.Element(Ns + "edXMLHeader");
        var message = header?.Element(Ns + "MessageHeader");
        if (message is null)
        {
            errors.Add(new("edXML/edXMLEnvelope/edXMLHeader/MessageHeader", Texts.Bilingual("exchange.edxml.header_missing")));
            throw new EdxmlFormatException(errors);
        }
        var p = new Fields(errors, "MessageHeader");
        var from = Organ(p, message.Element(Ns + "From"), "From");
        var to = message.Elements(Ns + "To").Select((e, i) => Organ(p, e, $"To[{i}]")).ToList();
        if (to.Count == 0)
        {
            p.Error("To", Texts.Bilingual("exchange.edxml.to_required"));
        }
        if (to.Count > limits.MaxRecipients)
        {
            p.Error("To", Texts.Bilingual("exchange.edxml.too_many_recipients", limits.MaxRecipients));
        }
        var code = message.Element(Ns + "Code");
        var promulgation = message.Element(Ns + "PromulgationInfo");
        var type = message.Element(Ns + "DocumentType");
        var signer = message.Element(Ns + "SignerInfo");
        var other = message.Element(Ns + "OtherInfo");
        var result = new EdxmlMessage(
            from,
            to,
            p.Required(message, "DocumentId", 200),
            new EdxmlCode(p.Required(code, "CodeNumber", 50, "Code/"), p.Required(code, "CodeNotation", 200, "Code/")),
            new EdxmlPromulgation(p.Optional(promulgation, "Place", 500), p.RequiredDate(promulgation, "PromulgationDate", "PromulgationInfo/")),
            new EdxmlDocumentType(p.RequiredInt(type, "Type", "DocumentType/"), p.Required(type, "TypeName", 200, "DocumentType/"), p.Optional(type, "TypeDetail", 200)),
            p.Required(message, "Subject", 2000),
            p.Optional(message, "Content", 100_000),
            new EdxmlSigner(p.Required(signer, "FullName", 200, "SignerInfo/"), p.Optional(signer, "Position", 200), p.Optional(signer, "Competence", 50)),
            p.OptionalDate(message, "DueDate"),
            message.Element(Ns + "ToPlaces")?.Elements(Ns + "Place").Select(e => e.Value.Trim()).Where(v => v.Length > 0).ToList() ?? [],
            new EdxmlOtherInfo(p.OptionalInt(other, "Priority") ?? 0, p.Optional(other, "SphereOfPromulgation", 200), p.Optional(other, "TyperNotation", 50),
                p.OptionalInt(other, "PromulgationAmount"), p.OptionalInt(other, "PageAmount"), p.Optional(other, "Appendixes", 2000)),
            message.Elements(Ns + "ResponseFor").Select((e, i) => ResponseFor(p, e, $"ResponseFor[{i}]/")).ToList(),
            p.OptionalInt(message, "SteeringType"),
            Business(p, header!.Element(Ns + "TraceHeaderList")?.Element(Ns + "Bussiness")),
            header!.Element(Ns + "TraceHeaderList")?.Elements(Ns + "TraceHeader")
                .Select((e, i) => new EdxmlTrace(p.Required(e, "OrganId", 35, $"TraceHeader[{i}]/"), p.RequiredTimestamp(e, "Timestamp", $"TraceHeader[{i}]/"))).ToList() ?? [],
            Attachments(root!, header.Parent!, errors));
        if (result.OtherInfo.Priority is < 0 or > 4)
        {
            p.Error("OtherInfo/Priority", Texts.Bilingual("exchange.edxml.priority_range"));
        }
        if (errors.Count > 0)
        {
            throw new EdxmlFormatException(errors);
        }
        return result;
    }

    public EdxmlStatus ReadStatus(byte[] package)
    {
        var errors = new List<EdxmlError>();
        var status = Envelope(package, errors, out _)?.Element(Ns + "edXMLHeader")?.Element(Ns + "Status");
        if (status is null)
        {
            errors.Add(new("edXML/edXMLEnvelope/edXMLHeader/Status", Texts.Bilingual("exchange.edxml.status_missing")));
            throw new EdxmlFormatException(errors);
        }
        var p = new Fields(errors, "Status");
        var responseFor = status.Element(Ns + "ResponseFor");
        if (responseFor is null)
        {
            p.Error("ResponseFor", Texts.Bilingual("exchange.edxml.response_for_missing"));
        }
        var result = new EdxmlStatus(
            ResponseFor(p, responseFor, "ResponseFor/"),
            Organ(p, status.Element(Ns + "From"), "From"),
            p.Required(status, "StatusCode", 2),
            p.Optional(status, "Description", 4000),
            p.RequiredTimestamp(status, "Timestamp"),
            Staff(p, status.Element(Ns + "StaffInfo")));
        if (!EdxmlStatus.Codes.Contains(result.StatusCode) && result.StatusCode.Length > 0)
        {
            p.Error("StatusCode", Texts.Bilingual("exchange.edxml.status_code_unknown", result.StatusCode));
        }
        if (errors.Count > 0)
        {
            throw new EdxmlFormatException(errors);
        }
        return result;
    }

    /// <summary>Parses with DTDs prohibited and no resolver, within the size limit, and returns the envelope in the edXML namespace.</summary>
    private XElement? Envelope(byte[] package, List<EdxmlError> errors, out XElement? root)
    {
        root = null;
        if (package.LongLength > limits.MaxPackageBytes)
        {
            errors.Add(new("edXML", Texts.Bilingual("exchange.edxml.package_too_large", limits.MaxPackageBytes / (1024 * 1024))));
            throw new EdxmlFormatException(errors);
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = limits.MaxPackageBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(package, writable: false), settings);
            root = XDocument.Load(reader, LoadOptions.None).Root;
        }
        catch (XmlException e)
        {
            errors.Add(new("edXML", Texts.Bilingual("exchange.edxml.not_xml", e.Message)));
            throw new EdxmlFormatException(errors);
        }
        // The root is unprefixed; some writers leave it outside the namespace. The envelope must be in it.
        if (root is null || root.Name.LocalName != "edXML" || (root.Name.Namespace != Ns && root.Name.Namespace != XNamespace.None))
        {
            errors.Add(new("edXML", Texts.Bilingual("exchange.edxml.root_not_edxml")));
            throw new EdxmlFormatException(errors);
        }
        var envelope = root.Element(Ns + "edXMLEnvelope");
        if (envelope is null)
        {
            errors.Add(new("edXML/edXMLEnvelope", Texts.Bilingual("exchange.edxml.envelope_missing", EdxmlFormat.Namespace)));
            throw new EdxmlFormatException(errors);
        }
        return envelope;
    }

    private List<EdxmlAttachment> Attachments(XElement root, XElement envelope, List<EdxmlError> errors)
    {
        var references = envelope.Element(Ns + "edXMLBody")?.Element(Ns + "edXMLManifest")?.Elements(Ns + "Reference")
            .Select(r => (Id: Bare(Child(r, "ContentId")), Type: Child(r, "ContentType"), Name: Child(r, "AttachmentName"))).ToList() ?? [];
        var encoded = (root.Element(Ns + "AttachmentEncoded") ?? root.Element("AttachmentEncoded"))?.Elements()
            .Where(e => e.Name.LocalName == "Attachment").ToList() ?? [];
        if (encoded.Count > limits.MaxAttachments)
        {
            errors.Add(new("AttachmentEncoded", Texts.Bilingual("exchange.edxml.too_many_attachments", limits.MaxAttachments)));
            return [];
        }
        var list = new List<EdxmlAttachment>();
        for (var i = 0; i < encoded.Count; i++)
        {
            var e = encoded[i];
            var path = $"AttachmentEncoded/Attachment[{i}]";
            var id = Bare(Child(e, "ContentId"));
            var name = Child(e, "AttachmentName") ?? references.FirstOrDefault(r => r.Id == id).Name;
            var type = Child(e, "ContentType") ?? references.FirstOrDefault(r => r.Id == id).Type ?? "application/octet-stream";
            var base64 = Child(e, "ContentTransferEncoded");
            if (string.IsNullOrEmpty(id) || string.IsNullOrWhiteSpace(name) || base64 is null)
            {
                errors.Add(new(path, Texts.Bilingual("exchange.edxml.attachment_incomplete")));
                continue;
            }
            if (base64.Length / 4L * 3 > limits.MaxAttachmentBytes)
            {
                errors.Add(new(path, Texts.Bilingual("exchange.edxml.attachment_too_large", name, limits.MaxAttachmentBytes / (1024 * 1024))));
                continue;
            }
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                errors.Add(new(path, Texts.Bilingual("exchange.edxml.attachment_not_base64", name)));
                continue;
            }
            var kind = AttachmentBytes.Sniff(bytes);
            var promised = AttachmentBytes.Promised(type);
            if (kind is null || (promised is not null && promised != kind))
            {
                errors.Add(new(path, Texts.Bilingual("exchange.edxml.attachment_wrong_type", name, type)));
                continue;
            }
            list.Add(new EdxmlAttachment(id, name.Trim(), type, bytes));
        }
        foreach (var r in references.Where(r => !list.Any(a => a.ContentId == r.Id) && !encoded.Any(e => Bare(Child(e, "ContentId")) == r.Id)))
        {
            errors.Add(new("edXMLManifest/Reference", Texts.Bilingual("exchange.edxml.attachment_not_attached", r.Name)));
        }
        return list;
    }

    private static EdxmlOrgan Organ(Fields p, XElement? e, string name)
    {
        if (e is null)
        {
            p.Error(name, Texts.Bilingual("exchange.edxml.field_missing", name));
            return new EdxmlOrgan("", "");
        }
        var at = name + "/";
        return new EdxmlOrgan(p.Required(e, "OrganId", 35, at), p.Optional(e, "OrganName", 500) ?? "", p.Optional(e, "OrganizationInCharge", 500),
            p.Optional(e, "OrganAdd", 500), p.Optional(e, "Email", 200), p.Optional(e, "Telephone", 50), p.Optional(e, "Fax", 50), p.Optional(e, "Website", 200));
    }

    private static EdxmlResponseFor ResponseFor(Fields p, XElement? e, string at) =>
        new(p.Required(e, "OrganId", 35, at), p.Optional(e, "Code", 300) ?? "", p.Required(e, "DocumentId", 200, at), p.RequiredDate(e, "PromulgationDate", at));

    private static EdxmlBusiness? Business(Fields p, XElement? e) => e is null ? null
        : new EdxmlBusiness(p.OptionalInt(e, "BussinessDocType") ?? 0, p.Optional(e, "BussinessDocReason", 2000), p.Optional(e, "DocumentId", 200),
            p.OptionalInt(e, "Paper"), Staff(p, e.Element(Ns + "StaffInfo")));

    private static EdxmlStaff? Staff(Fields p, XElement? e) => e is null ? null
        : new EdxmlStaff(p.Optional(e, "Department", 500), p.Optional(e, "Staff", 200), p.Optional(e, "Email", 200), p.Optional(e, "Mobile", 50));

    private static string? Child(XElement e, string name) => (e.Element(Ns + name) ?? e.Element(name))?.Value;

    private static string Bare(string? cid) => (cid ?? "").Trim() is var c && c.StartsWith("cid:", StringComparison.OrdinalIgnoreCase) ? c[4..] : c;

    /// <summary>Reads fields of one part of the package, collecting every error with its path instead of stopping at the first.</summary>
    private sealed class Fields(List<EdxmlError> errors, string root)
    {
        public void Error(string path, string message) => errors.Add(new($"{root}/{path}", message));

        public string Required(XElement? parent, string name, int max, string at = "")
        {
            var v = parent is null ? null : Child(parent, name)?.Trim();
            if (string.IsNullOrEmpty(v))
            {
                Error(at + name, Texts.Bilingual("exchange.edxml.field_required", name));
                return "";
            }
            if (v.Length > max)
            {
                Error(at + name, Texts.Bilingual("exchange.edxml.field_too_long", name, max));
            }
            return v;
        }

        public string? Optional(XElement? parent, string name, int max)
        {
            var v = parent is null ? null : Child(parent, name)?.Trim();
            if (v is { Length: > 0 } && v.Length > max)
            {
                Error(name, Texts.Bilingual("exchange.edxml.field_too_long", name, max));
            }
            return string.IsNullOrEmpty(v) ? null : v;
        }

        public int RequiredInt(XElement? parent, string name, string at = "") =>
            OptionalInt(parent, name, at) ?? Missing(at + name);

        public int? OptionalInt(XElement? parent, string name, string at = "")
        {
            var v = parent is null ? null : Child(parent, name)?.Trim();
            if (string.IsNullOrEmpty(v))
            {
                return null;
            }
            if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                Error(at + name, Texts.Bilingual("exchange.edxml.field_not_integer", name));
                return null;
            }
            return n;
        }

        public DateOnly RequiredDate(XElement? parent, string name, string at = "") =>
            OptionalDate(parent, name, at) ?? MissingDate(at + name);

        public DateOnly? OptionalDate(XElement? parent, string name, string at = "")
        {
            var v = parent is null ? null : Child(parent, name)?.Trim();
            if (string.IsNullOrEmpty(v))
            {
                return null;
            }
            if (!EdxmlFormat.TryParseDate(v, out var d) || d.Year is < 1900 or > 2100)
            {
                Error(at + name, Texts.Bilingual("exchange.edxml.field_not_date", name));
                return null;
            }
            return d;
        }

        public DateTime RequiredTimestamp(XElement? parent, string name, string at = "")
        {
            var v = parent is null ? null : Child(parent, name)?.Trim();
            if (!EdxmlFormat.TryParseTimestamp(v, out var t))
            {
                Error(at + name, Texts.Bilingual("exchange.edxml.field_not_datetime", name));
            }
            return t;
        }

        private int Missing(string path)
        {
            Error(path, Texts.Bilingual("exchange.edxml.field_required", path));
            return 0;
        }

        private DateOnly MissingDate(string path)
        {
            Error(path, Texts.Bilingual("exchange.edxml.field_required", path));
            return default;
        }
    }
}
