using System.Globalization;
using System.Text;
using System.Xml;

namespace Saas.Exchange.Edxml;

/// <summary>
/// Writes edXML packages in the national axis's element order (DocumentId right after To, ToPlaces late), dates as
/// yyyy/MM/dd, the root unprefixed and every child with the <c>edXML</c> prefix of the QCVN 102:2016 namespace, and
/// the attachments base64 after the envelope, each referenced by the manifest.
/// </summary>
public static class EdxmlWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, Async = false };

    public static byte[] Write(EdxmlMessage m)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, Settings))
        {
            Root(w);
            w.WriteStartElement(EdxmlFormat.Prefix, "edXMLEnvelope", EdxmlFormat.Namespace);
            w.WriteStartElement(EdxmlFormat.Prefix, "edXMLHeader", EdxmlFormat.Namespace);
            Header(w, m);
            Traces(w, m);
            w.WriteEndElement();
            w.WriteStartElement(EdxmlFormat.Prefix, "edXMLBody", EdxmlFormat.Namespace);
            w.WriteStartElement(EdxmlFormat.Prefix, "edXMLManifest", EdxmlFormat.Namespace);
            w.WriteAttributeString("version", "1.0");
            foreach (var a in m.Attachments)
            {
                w.WriteStartElement(EdxmlFormat.Prefix, "Reference", EdxmlFormat.Namespace);
                Element(w, "ContentId", Cid(a.ContentId));
                Element(w, "ContentType", a.ContentType);
                Element(w, "AttachmentName", a.Name);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("AttachmentEncoded", EdxmlFormat.Namespace);
            foreach (var a in m.Attachments)
            {
                w.WriteStartElement("Attachment", EdxmlFormat.Namespace);
                w.WriteElementString("ContentId", EdxmlFormat.Namespace, Cid(a.ContentId));
                w.WriteElementString("AttachmentName", EdxmlFormat.Namespace, a.Name);
                w.WriteElementString("ContentType", EdxmlFormat.Namespace, a.ContentType);
                w.WriteStartElement(EdxmlFormat.Prefix, "ContentTransferEncoded", EdxmlFormat.Namespace);
                w.WriteBase64(a.Content, 0, a.Content.Length);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return buffer.ToArray();
    }

    public static byte[] Write(EdxmlStatus s)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, Settings))
        {
            Root(w);
            w.WriteStartElement(EdxmlFormat.Prefix, "edXMLEnvelope", EdxmlFormat.Namespace);
            w.WriteStartElement(EdxmlFormat.Prefix, "edXMLHeader", EdxmlFormat.Namespace);
            w.WriteStartElement(EdxmlFormat.Prefix, "Status", EdxmlFormat.Namespace);
            ResponseFor(w, s.ResponseFor);
            Organ(w, "From", s.From);
            Element(w, "StatusCode", s.StatusCode);
            Element(w, "Description", s.Description ?? "");
            Element(w, "Timestamp", EdxmlFormat.Format(s.Timestamp));
            if (s.Staff is { } staff)
            {
                Staff(w, staff);
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void Root(XmlWriter w)
    {
        w.WriteStartDocument();
        w.WriteStartElement("edXML", EdxmlFormat.Namespace);
        w.WriteAttributeString("xmlns", EdxmlFormat.Prefix, null, EdxmlFormat.Namespace);
    }

    private static void Header(XmlWriter w, EdxmlMessage m)
    {
        w.WriteStartElement(EdxmlFormat.Prefix, "MessageHeader", EdxmlFormat.Namespace);
        Organ(w, "From", m.From);
        foreach (var to in m.To)
        {
            Organ(w, "To", to);
        }
        Element(w, "DocumentId", m.DocumentId);
        w.WriteStartElement(EdxmlFormat.Prefix, "Code", EdxmlFormat.Namespace);
        Element(w, "CodeNumber", m.Code.CodeNumber);
        Element(w, "CodeNotation", m.Code.CodeNotation);
        w.WriteEndElement();
        w.WriteStartElement(EdxmlFormat.Prefix, "PromulgationInfo", EdxmlFormat.Namespace);
        Element(w, "Place", m.Promulgation.Place ?? "");
        Element(w, "PromulgationDate", EdxmlFormat.Format(m.Promulgation.Date));
        w.WriteEndElement();
        w.WriteStartElement(EdxmlFormat.Prefix, "DocumentType", EdxmlFormat.Namespace);
        Element(w, "Type", m.DocumentType.Type.ToString(CultureInfo.InvariantCulture));
        if (m.DocumentType.TypeDetail is { } detail)
        {
            Element(w, "TypeDetail", detail);
        }
        Element(w, "TypeName", m.DocumentType.TypeName);
        w.WriteEndElement();
        Element(w, "Subject", m.Subject);
        Element(w, "Content", m.Content ?? "");
        w.WriteStartElement(EdxmlFormat.Prefix, "SignerInfo", EdxmlFormat.Namespace);
        Element(w, "Competence", m.Signer.Competence ?? "");
        Element(w, "Position", m.Signer.Position ?? "");
        Element(w, "FullName", m.Signer.FullName);
        w.WriteEndElement();
        if (m.DueDate is { } due)
        {
            Element(w, "DueDate", EdxmlFormat.Format(due));
        }
        if (m.ToPlaces.Count > 0)
        {
            w.WriteStartElement(EdxmlFormat.Prefix, "ToPlaces", EdxmlFormat.Namespace);
            foreach (var place in m.ToPlaces)
            {
                Element(w, "Place", place);
            }
            w.WriteEndElement();
        }
        w.WriteStartElement(EdxmlFormat.Prefix, "OtherInfo", EdxmlFormat.Namespace);
        Element(w, "Priority", m.OtherInfo.Priority.ToString(CultureInfo.InvariantCulture));
        Element(w, "SphereOfPromulgation", m.OtherInfo.SphereOfPromulgation ?? "");
        Element(w, "TyperNotation", m.OtherInfo.TyperNotation ?? "");
        Element(w, "PromulgationAmount", m.OtherInfo.PromulgationAmount?.ToString(CultureInfo.InvariantCulture) ?? "");
        Element(w, "PageAmount", m.OtherInfo.PageAmount?.ToString(CultureInfo.InvariantCulture) ?? "");
        Element(w, "Appendixes", m.OtherInfo.Appendixes ?? "");
        w.WriteEndElement();
        foreach (var r in m.ResponseFor)
        {
            ResponseFor(w, r);
        }
        Element(w, "SteeringType", m.SteeringType?.ToString(CultureInfo.InvariantCulture) ?? "0");
        w.WriteEndElement();
    }

    private static void Traces(XmlWriter w, EdxmlMessage m)
    {
        w.WriteStartElement(EdxmlFormat.Prefix, "TraceHeaderList", EdxmlFormat.Namespace);
        if (m.Business is { } b)
        {
            w.WriteStartElement(EdxmlFormat.Prefix, "Bussiness", EdxmlFormat.Namespace);
            Element(w, "BussinessDocType", b.DocType.ToString(CultureInfo.InvariantCulture));
            Element(w, "BussinessDocReason", b.DocReason ?? "");
            if (b.DocumentId is { } id)
            {
                Element(w, "DocumentId", id);
            }
            Element(w, "Paper", (b.Paper ?? 0).ToString(CultureInfo.InvariantCulture));
            if (b.Staff is { } staff)
            {
                Staff(w, staff);
            }
            w.WriteEndElement();
        }
        foreach (var t in m.Traces)
        {
            w.WriteStartElement(EdxmlFormat.Prefix, "TraceHeader", EdxmlFormat.Namespace);
            Element(w, "OrganId", t.OrganId);
            Element(w, "Timestamp", EdxmlFormat.Format(t.Timestamp));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Organ(XmlWriter w, string name, EdxmlOrgan o)
    {
        w.WriteStartElement(EdxmlFormat.Prefix, name, EdxmlFormat.Namespace);
        Element(w, "OrganId", o.OrganId);
        Element(w, "OrganizationInCharge", o.OrganizationInCharge ?? "");
        Element(w, "OrganName", o.OrganName);
        Element(w, "OrganAdd", o.OrganAdd ?? "");
        Element(w, "Email", o.Email ?? "");
        Element(w, "Telephone", o.Telephone ?? "");
        Element(w, "Fax", o.Fax ?? "");
        Element(w, "Website", o.Website ?? "");
        w.WriteEndElement();
    }

    private static void ResponseFor(XmlWriter w, EdxmlResponseFor r)
    {
        w.WriteStartElement(EdxmlFormat.Prefix, "ResponseFor", EdxmlFormat.Namespace);
        Element(w, "OrganId", r.OrganId);
        Element(w, "Code", r.Code);
        Element(w, "PromulgationDate", EdxmlFormat.Format(r.PromulgationDate));
        Element(w, "DocumentId", r.DocumentId);
        w.WriteEndElement();
    }

    private static void Staff(XmlWriter w, EdxmlStaff s)
    {
        w.WriteStartElement(EdxmlFormat.Prefix, "StaffInfo", EdxmlFormat.Namespace);
        Element(w, "Department", s.Department ?? "");
        Element(w, "Staff", s.Staff ?? "");
        Element(w, "Email", s.Email ?? "");
        Element(w, "Mobile", s.Mobile ?? "");
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string value) => w.WriteElementString(EdxmlFormat.Prefix, name, EdxmlFormat.Namespace, value);

    private static string Cid(string id) => id.StartsWith("cid:", StringComparison.Ordinal) ? id : "cid:" + id;
}
