namespace Saas.Documents.Demo;

/// <summary>
/// Words the demo seeder builds documents from: trích yếu templates by document type, topics of provincial
/// administration, agencies outside the platform (personal names are in <see cref="Saas.Platform.Demo.DemoNames"/>). Demo data only.
/// </summary>
internal static class DocumentsDemoVocabulary
{
    /// <summary>Document type code (defaults/document-types.yaml) and its weight among incoming documents.</summary>
    public static readonly (string Code, int Weight)[] IncomingTypes =
    [
        ("CV", 440), ("QD", 120), ("KH", 80), ("BC", 80), ("TB", 70), ("GM", 80), ("TTR", 30), ("HD", 30),
        ("CT", 10), ("CD", 10), ("CTR", 10), ("QYD", 5), ("QC", 5), ("PA", 10), ("DEAN", 5), ("BB", 5), ("GGT", 5),
    ];

    public static readonly (string Code, int Weight)[] OutgoingTypes =
    [
        ("CV", 500), ("QD", 150), ("KH", 80), ("BC", 100), ("TB", 60), ("GM", 50), ("TTR", 40), ("HD", 20),
    ];

    /// <summary>Topics: a phrase with correct diacritics, used after a verb ("triển khai {topic}").</summary>
    public static readonly string[] Topics =
    [
        "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai và tìm kiếm cứu nạn", "xây dựng nông thôn mới",
        "an toàn thực phẩm", "chính quyền địa phương hai cấp", "Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử",
        "phòng, chống dịch bệnh", "bảo vệ môi trường", "quản lý đất đai", "giải phóng mặt bằng các dự án trọng điểm",
        "giải ngân vốn đầu tư công", "thu ngân sách nhà nước", "phòng cháy, chữa cháy", "an toàn giao thông",
        "giảm nghèo bền vững", "chăm lo Tết Nguyên đán cho người có công", "xóa nhà tạm, nhà dột nát",
        "tuyển sinh đầu cấp", "kỳ thi tốt nghiệp trung học phổ thông", "bảo hiểm xã hội, bảo hiểm y tế toàn dân",
        "phòng, chống tham nhũng, lãng phí, tiêu cực", "tiếp công dân, giải quyết khiếu nại, tố cáo", "thực hành tiết kiệm, chống lãng phí",
        "sắp xếp tổ chức bộ máy", "tinh giản biên chế", "đào tạo, bồi dưỡng cán bộ, công chức cấp xã", "thi đua, khen thưởng",
        "quản lý tài sản công", "dịch vụ công trực tuyến toàn trình", "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "phát triển kinh tế tập thể, hợp tác xã", "chương trình OCOP", "phòng, chống bệnh dịch tả lợn châu Phi",
        "trồng rừng và bảo vệ rừng", "phòng chống rét cho cây trồng, vật nuôi", "nước sạch và vệ sinh môi trường nông thôn",
        "phát triển du lịch Sầm Sơn – Hải Tiến", "Khu kinh tế Nghi Sơn và các khu công nghiệp", "cải thiện chỉ số PCI",
        "kiểm soát thủ tục hành chính", "an ninh trật tự trên địa bàn", "tuyển chọn và gọi công dân nhập ngũ",
        "bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp", "văn hóa công vụ", "bảo đảm an toàn thông tin mạng",
        "vệ sinh an toàn lao động", "trợ giúp pháp lý", "chứng thực bản sao điện tử", "chính sách dân tộc",
        "công tác dân số và phát triển", "kiểm tra việc sử dụng đất nông nghiệp", "khắc phục hậu quả mưa lũ",
    ];

    /// <summary>Trích yếu templates; {0} is a topic, {1} a time phrase, {2} a place phrase.</summary>
    public static readonly Dictionary<string, string[]> SubjectTemplates = new()
    {
        ["CV"] =
        [
            "Về việc triển khai {0} {1}", "V/v đề nghị báo cáo tình hình thực hiện {0} {1}", "V/v đôn đốc thực hiện {0} {2}",
            "V/v góp ý dự thảo văn bản về {0}", "V/v đề nghị cung cấp thông tin, số liệu về {0}", "V/v tăng cường {0} {2}",
            "Về việc hướng dẫn thực hiện {0}", "V/v rà soát, tổng hợp nhu cầu kinh phí {0} {1}", "V/v chấn chỉnh công tác {0}",
            "V/v cử cán bộ tham gia tập huấn {0}", "V/v đề nghị phối hợp kiểm tra {0} {2}", "V/v tham mưu giải quyết kiến nghị về {0}",
        ],
        ["QD"] =
        [
            "Về việc phê duyệt kế hoạch {0} {1}", "Về việc thành lập Tổ công tác {0}", "Về việc ban hành Quy chế phối hợp {0}",
            "Về việc kiện toàn Ban Chỉ đạo {0} {2}", "Về việc giao chỉ tiêu {0} {1}", "Về việc phân bổ kinh phí thực hiện {0} {1}",
            "Về việc khen thưởng tập thể, cá nhân có thành tích trong {0}",
        ],
        ["KH"] =
        [
            "Kế hoạch thực hiện {0} {1}", "Kế hoạch triển khai {0} {2} {1}", "Kế hoạch kiểm tra {0} {1}",
            "Kế hoạch tuyên truyền {0} {1}", "Kế hoạch hành động về {0} giai đoạn 2026–2030",
        ],
        ["BC"] =
        [
            "Báo cáo kết quả thực hiện {0} {1}", "Báo cáo tình hình {0} {2} {1}", "Báo cáo sơ kết {0} {1}",
            "Báo cáo tổng kết {0} {1}", "Báo cáo kết quả kiểm tra {0} {2}",
        ],
        ["TB"] =
        [
            "Thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp về {0}", "Thông báo kết quả thẩm định {0}",
            "Thông báo ý kiến chỉ đạo về {0} {2}", "Thông báo lịch tiếp công dân {1}",
        ],
        ["GM"] =
        [
            "Giấy mời dự hội nghị triển khai {0} {1}", "Giấy mời họp bàn giải pháp {0} {2}",
            "Giấy mời dự tập huấn {0}", "Giấy mời dự hội nghị sơ kết {0} {1}",
        ],
        ["TTR"] =
        [
            "Tờ trình đề nghị phê duyệt {0} {1}", "Tờ trình về việc bổ sung kinh phí {0}",
            "Tờ trình đề nghị ban hành kế hoạch {0} {2}",
        ],
        ["HD"] = ["Hướng dẫn thực hiện {0} {1}", "Hướng dẫn nghiệp vụ {0} {2}"],
        ["CT"] = ["Chỉ thị về tăng cường {0} {2}", "Chỉ thị về đẩy mạnh {0} {1}"],
        ["CD"] = ["Công điện về việc chủ động ứng phó, {0}", "Công điện khẩn triển khai {0} {2}"],
        ["CTR"] = ["Chương trình công tác {0} {1}", "Chương trình hành động thực hiện {0}"],
        ["QYD"] = ["Quy định về {0} {2}"],
        ["QC"] = ["Quy chế phối hợp {0} {2}"],
        ["PA"] = ["Phương án {0} {2} {1}"],
        ["DEAN"] = ["Đề án {0} {2} giai đoạn 2026–2030"],
        ["BB"] = ["Biên bản kiểm tra {0} {2}", "Biên bản làm việc về {0}"],
        ["GGT"] = ["Giấy giới thiệu cán bộ liên hệ công tác về {0}"],
    };

    public static readonly string[] Periods =
    [
        "năm 2026", "6 tháng đầu năm 2026", "quý I năm 2026", "quý II năm 2026", "quý III năm 2026", "9 tháng năm 2026",
        "tháng 10 năm 2026", "năm 2027", "giai đoạn 2026–2030", "",
    ];

    public static readonly string[] ProvincePlaces = ["trên địa bàn tỉnh", "trên địa bàn tỉnh Thanh Hóa", "tại các xã, phường", "trong toàn tỉnh", ""];

    /// <summary>Drafting units (đơn vị soạn thảo) in the ký hiệu of a công văn, by tenant level.</summary>
    public static readonly Dictionary<string, string[]> DraftingUnits = new()
    {
        ["province"] = ["VP", "KTTC", "NN", "THKH", "NC", "CNXD", "VX", "TD"],
        ["province-office"] = ["HCTC", "KTTC", "NN", "THKH", "NC", "VX"],
        ["department"] = ["VP", "TCCB", "KHTC", "TTr", "NV"],
        ["ward"] = ["VP", "KT", "VHXH"],
        ["commune"] = ["VP", "KT", "VHXH"],
    };

    /// <summary>Agencies outside the platform that write to Thanh Hóa agencies: name and issuer abbreviation.</summary>
    public static readonly (string Name, string Notation)[] OutsideIssuers =
    [
        ("Văn phòng Chính phủ", "VPCP"), ("Bộ Nội vụ", "BNV"), ("Bộ Tài chính", "BTC"), ("Bộ Nông nghiệp và Môi trường", "BNNMT"),
        ("Bộ Y tế", "BYT"), ("Bộ Giáo dục và Đào tạo", "BGDĐT"), ("Bộ Xây dựng", "BXD"), ("Bộ Khoa học và Công nghệ", "BKHCN"),
        ("Bộ Công an", "BCA"), ("Bộ Tư pháp", "BTP"), ("Thanh tra Chính phủ", "TTCP"), ("Bảo hiểm xã hội Việt Nam", "BHXH"),
        ("Công an tỉnh Thanh Hóa", "CAT"), ("Bộ Chỉ huy Quân sự tỉnh Thanh Hóa", "BCH"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa", "MTTQ"),
    ];

    /// <summary>Nơi nhận outside the platform, as written at the foot of an outgoing document.</summary>
    public static readonly string[] ExternalRecipients =
    [
        "Văn phòng Chính phủ", "Bộ Nội vụ", "Bộ Tài chính", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
        "Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
        "Báo và Phát thanh, Truyền hình Thanh Hóa", "Kho bạc Nhà nước khu vực X", "Bảo hiểm xã hội tỉnh", "Cổng thông tin điện tử tỉnh",
    ];

    public static readonly string[] ResultNotes =
    [
        "Đã tham mưu văn bản trả lời", "Đã triển khai thực hiện, báo cáo kết quả", "Lưu hồ sơ, theo dõi", "Đã tổng hợp, gửi báo cáo đúng hạn",
        "Đã phối hợp thực hiện theo yêu cầu", "Đã ban hành văn bản chỉ đạo thực hiện",
    ];

    public static readonly string[] ReturnReasons =
    [
        "Gửi nhầm đơn vị, đề nghị gửi đúng cơ quan có thẩm quyền", "Văn bản thiếu chữ ký, con dấu", "Văn bản điện tử không có chữ ký số hợp lệ",
    ];

    public static readonly string[] Opinions =
    [
        "Giao chuyên viên nghiên cứu, tham mưu", "Đề nghị phối hợp thực hiện đúng thời hạn", "Đồng ý, triển khai thực hiện", "Báo cáo kết quả trước hạn",
    ];
}
