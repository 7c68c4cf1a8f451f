using System.Text;
using System.Xml.Linq;
using Saas.Exchange.Edxml;

namespace Saas.Exchange.Tests;

/// <summary>edXML (QCVN 102:2016) packages and status messages: written as the national axis writes them, read back whole, variants accepted, bad or unsafe input refused with the place and the reason.</summary>
public sealed class EdxmlTests
{
    private static readonly XNamespace Ns = EdxmlFormat.Namespace;
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Docx = [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0];

    private static EdxmlMessage Sample() => new(
        new EdxmlOrgan("000.00.04.H56", "Sở Nội vụ tỉnh Thanh Hóa", "Giám đốc Sở", "Số 2 đường Hạc Thành, TP Thanh Hóa", "snv@thanhhoa.gov.vn", "0237 3852 331", "0237 3852 332", "https://sonoivu.thanhhoa.gov.vn"),
        [new EdxmlOrgan("000.00.00.G14", "Bộ Nội vụ"), new EdxmlOrgan("000.00.05.H56", "Sở Tài chính tỉnh Thanh Hóa")],
        EdxmlMessage.IdentifierFor("000.00.04.H56", new DateOnly(2026, 12, 4), new EdxmlCode("267", "SNV-TCBC")),
        new EdxmlCode("267", "SNV-TCBC"),
        new EdxmlPromulgation("Thanh Hóa", new DateOnly(2026, 12, 4)),
        new EdxmlDocumentType(1, "Công văn"),
        "Về việc triển khai chuyển đổi số năm 2026",
        "Đề nghị các đơn vị báo cáo trước ngày 15/12/2026.",
        new EdxmlSigner("Hoàng Thị Lan", "Phó Giám đốc", "KT."),
        new DateOnly(2026, 12, 15),
        ["Như trên", "Lưu: VT, TCBC"],
        new EdxmlOtherInfo(1, "Trong tỉnh", "NVA", 2, 3, "Phụ lục 01"),
        [new EdxmlResponseFor("000.00.00.G14", "12/BNV-CCVC", "000.00.00.G14,2026/11/20,12/BNV-CCVC", new DateOnly(2026, 11, 20))],
        0,
        new EdxmlBusiness(0, null, null, 0, new EdxmlStaff("Văn phòng", "Lê Thị Hoa", "hoa@thanhhoa.gov.vn", "0912345678")),
        [new EdxmlTrace("000.00.04.H56", new DateTime(2026, 12, 4, 9, 30, 15))],
        [new EdxmlAttachment("cv267.pdf", "Công văn 267.pdf", "application/pdf", Pdf),
         new EdxmlAttachment("phuluc.docx", "Phụ lục.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Docx)]);

    [Fact]
    public void A_package_round_trips_with_every_field_and_the_bytes_of_each_attachment()
    {
        var original = Sample();
        var read = new EdxmlReader().ReadMessage(EdxmlWriter.Write(original));
        Assert.Equal(original.From, read.From);
        Assert.Equal(original.To, read.To);
        Assert.Equal("000.00.04.H56,2026/12/04,267/SNV-TCBC", read.DocumentId);
        Assert.Equal(original.Code, read.Code);
        Assert.Equal(original.Promulgation, read.Promulgation);
        Assert.Equal(original.DocumentType, read.DocumentType);
        Assert.Equal(original.Subject, read.Subject);
        Assert.Equal(original.Content, read.Content);
        Assert.Equal(original.Signer, read.Signer);
        Assert.Equal(original.DueDate, read.DueDate);
        Assert.Equal(original.ToPlaces, read.ToPlaces);
        Assert.Equal(original.OtherInfo, read.OtherInfo);
        Assert.Equal(original.ResponseFor, read.ResponseFor);
        Assert.Equal(original.Business, read.Business);
        Assert.Equal(original.Traces, read.Traces);
        Assert.Equal(2, read.Attachments.Count);
        Assert.Equal(Pdf, read.Attachments[0].Content);
        Assert.Equal("Phụ lục.docx", read.Attachments[1].Name);
        Assert.Equal(Docx, read.Attachments[1].Content);
    }

    [Fact]
    public void It_is_written_in_the_national_axiss_order_namespace_and_date_format()
    {
        var xml = XDocument.Parse(Encoding.UTF8.GetString(EdxmlWriter.Write(Sample())));
        Assert.Equal(Ns + "edXML", xml.Root!.Name);
        Assert.Equal(EdxmlFormat.Prefix, xml.Root.GetPrefixOfNamespace(Ns));
        var header = xml.Root.Element(Ns + "edXMLEnvelope")!.Element(Ns + "edXMLHeader")!.Element(Ns + "MessageHeader")!;
        var names = header.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(["From", "To", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content", "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "ResponseFor", "SteeringType"], names);
        Assert.Equal("2026/12/04", header.Element(Ns + "PromulgationInfo")!.Element(Ns + "PromulgationDate")!.Value);
        Assert.Equal("2026/12/04 09:30:15", xml.Descendants(Ns + "TraceHeader").Single().Element(Ns + "Timestamp")!.Value);
        Assert.Equal("cid:cv267.pdf", xml.Descendants(Ns + "Reference").First().Element(Ns + "ContentId")!.Value);
        Assert.NotNull(xml.Root.Element(Ns + "AttachmentEncoded"));
    }

    [Fact]
    public void Variants_other_implementations_write_are_read()
    {
        var xml = XDocument.Parse(Encoding.UTF8.GetString(EdxmlWriter.Write(Sample())));
        var header = xml.Descendants(Ns + "MessageHeader").Single();
        // DocumentId last, a UUID identifier, dates as dd/MM/yyyy.
        var id = header.Element(Ns + "DocumentId")!;
        id.Remove();
        id.Value = Guid.NewGuid().ToString();
        header.Add(id);
        header.Element(Ns + "PromulgationInfo")!.Element(Ns + "PromulgationDate")!.Value = "04/12/2026";
        header.Element(Ns + "DueDate")!.Value = "15/12/2026";
        var read = new EdxmlReader().ReadMessage(Encoding.UTF8.GetBytes(xml.ToString()));
        Assert.Equal(new DateOnly(2026, 12, 4), read.Promulgation.Date);
        Assert.Equal(new DateOnly(2026, 12, 15), read.DueDate);
        Assert.True(Guid.TryParse(read.DocumentId, out _));
    }

    [Fact]
    public void A_dtd_or_an_external_entity_is_refused_outright()
    {
        var xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&x;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>
            """;
        var e = Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadMessage(Encoding.UTF8.GetBytes(xxe)));
        Assert.Contains(e.Errors, x => x.Message.Contains("DTD/entity", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_namespace_and_missing_required_fields_are_refused_with_their_paths()
    {
        var wrongNs = Encoding.UTF8.GetString(EdxmlWriter.Write(Sample())).Replace(EdxmlFormat.Namespace, "urn:other", StringComparison.Ordinal);
        Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadMessage(Encoding.UTF8.GetBytes(wrongNs)));

        var m = Sample() with { From = new EdxmlOrgan("", "Không mã"), Subject = "" };
        var errors = Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadMessage(EdxmlWriter.Write(m))).Errors;
        Assert.Contains(errors, x => x.Path == "MessageHeader/From/OrganId");
        Assert.Contains(errors, x => x.Path == "MessageHeader/Subject");
    }

    [Fact]
    public void Attachments_are_checked_by_their_bytes_their_encoding_their_size_and_the_manifest()
    {
        var disguised = Sample() with { Attachments = [new EdxmlAttachment("a", "a.pdf", "application/pdf", Docx)] };
        Assert.Contains(Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadMessage(EdxmlWriter.Write(disguised))).Errors,
            x => x.Message.Contains("not of the declared type", StringComparison.Ordinal));

        var xml = XDocument.Parse(Encoding.UTF8.GetString(EdxmlWriter.Write(Sample())));
        xml.Descendants(Ns + "ContentTransferEncoded").First().Value = "không phải base64!";
        Assert.Contains(Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadMessage(Encoding.UTF8.GetBytes(xml.ToString()))).Errors,
            x => x.Message.Contains("not base64", StringComparison.Ordinal));

        var missing = XDocument.Parse(Encoding.UTF8.GetString(EdxmlWriter.Write(Sample())));
        missing.Descendants().Where(e => e.Name.LocalName == "Attachment").Last().Remove();
        Assert.Contains(Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadMessage(Encoding.UTF8.GetBytes(missing.ToString()))).Errors,
            x => x.Message.Contains("in the manifest but not attached", StringComparison.Ordinal));

        var small = new EdxmlReader(new EdxmlReaderOptions { MaxAttachmentBytes = 8 });
        Assert.Throws<EdxmlFormatException>(() => small.ReadMessage(EdxmlWriter.Write(Sample())));
        var tiny = new EdxmlReader(new EdxmlReaderOptions { MaxPackageBytes = 1024 });
        Assert.Contains(Assert.Throws<EdxmlFormatException>(() => tiny.ReadMessage(EdxmlWriter.Write(Sample()))).Errors,
            x => x.Message.Contains("larger than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("03")]
    [InlineData("06")]
    [InlineData("13")]
    [InlineData("15")]
    [InlineData("16")]
    public void A_status_message_round_trips(string code)
    {
        var status = new EdxmlStatus(
            new EdxmlResponseFor("000.00.04.H56", "267/SNV-TCBC", "000.00.04.H56,2026/12/04,267/SNV-TCBC", new DateOnly(2026, 12, 4)),
            new EdxmlOrgan("000.00.05.H56", "Sở Tài chính tỉnh Thanh Hóa"), code, "Đã vào sổ", new DateTime(2026, 12, 4, 10, 0, 0),
            new EdxmlStaff("Văn phòng", "Nguyễn Văn An"));
        Assert.Equal(status, new EdxmlReader().ReadStatus(EdxmlWriter.Write(status)));
    }

    [Fact]
    public void A_status_with_an_unknown_code_or_a_bad_timestamp_is_refused()
    {
        var status = new EdxmlStatus(new EdxmlResponseFor("000.00.04.H56", "1/X", "id", new DateOnly(2026, 12, 4)), new EdxmlOrgan("000.00.05.H56", "STC"), "99", null, DateTime.Now);
        var errors = Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadStatus(EdxmlWriter.Write(status))).Errors;
        Assert.Contains(errors, e => e.Path == "Status/StatusCode");
        var xml = Encoding.UTF8.GetString(EdxmlWriter.Write(status with { StatusCode = "01" }));
        var bad = System.Text.RegularExpressions.Regex.Replace(xml, "<edXML:Timestamp>[^<]*</edXML:Timestamp>", "<edXML:Timestamp>hôm qua</edXML:Timestamp>");
        Assert.Contains(Assert.Throws<EdxmlFormatException>(() => new EdxmlReader().ReadStatus(Encoding.UTF8.GetBytes(bad))).Errors, e => e.Path == "Status/Timestamp");
    }
}
