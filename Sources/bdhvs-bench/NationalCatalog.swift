import BDHVSCore
import BDHVSRandom

/// The names the generator draws from: the 34 provinces since 1 July 2025 with their share
/// of the 3,321 commune-level units, the agencies of a commune with the names people write,
/// and task shapes from the real plans.
enum NationalCatalog {
    /// Province, and its number of communes (they add up to 3,321).
    static let provinces: [(String, Int)] = [
        ("Hà Nội", 126), ("Thành phố Hồ Chí Minh", 168), ("Hải Phòng", 114), ("Đà Nẵng", 94), ("Cần Thơ", 103),
        ("Huế", 40), ("Quảng Ninh", 54), ("Cao Bằng", 56), ("Lạng Sơn", 65), ("Lai Châu", 38), ("Điện Biên", 45),
        ("Sơn La", 75), ("Tuyên Quang", 124), ("Lào Cai", 99), ("Thái Nguyên", 92), ("Phú Thọ", 148), ("Bắc Ninh", 99),
        ("Hưng Yên", 104), ("Ninh Bình", 129), ("Thanh Hóa", 166), ("Nghệ An", 130), ("Hà Tĩnh", 69), ("Quảng Trị", 78),
        ("Quảng Ngãi", 96), ("Gia Lai", 135), ("Đắk Lắk", 102), ("Khánh Hòa", 65), ("Lâm Đồng", 124), ("Đồng Nai", 95),
        ("Tây Ninh", 96), ("Vĩnh Long", 124), ("Đồng Tháp", 102), ("An Giang", 102), ("Cà Mau", 64),
    ]

    static let syllables = ["An", "Bình", "Phú", "Hòa", "Thạnh", "Tân", "Long", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng",
                            "Thịnh", "Phước", "Lộc", "Hiệp", "Thuận", "Quang", "Minh", "Sơn", "Hải", "Giang", "Lâm", "Mỹ",
                            "Nghĩa", "Đức", "Việt", "Trà", "Bồng", "Xuân", "Thu", "Vĩnh", "Hà", "Kim", "Ngọc"]

    /// id, full name, aliases, mass organisation.
    static let agencies: [(String, String, [String], Bool)] = [
        ("ubnd", "Ủy ban nhân dân", ["UBND xã", "UBND"], false),
        ("vhxh", "Phòng Văn hóa - Xã hội", ["Phòng VH-XH", "Phòng VHXH", "VHXH"], false),
        ("vp-hdnd-ubnd", "Văn phòng HĐND và UBND", ["VP HĐND và UBND", "VP HĐND-UBND"], false),
        ("kinh-te", "Phòng Kinh tế", ["Phòng KT"], false),
        ("ttpvhcc", "Trung tâm Phục vụ hành chính công", ["TTPVHCC", "Trung tâm PVHCC"], false),
        ("ttcudvc", "Trung tâm Cung ứng dịch vụ công", ["TTCUDVC"], false),
        ("ca", "Công an xã", ["CA xã"], false),
        ("mttq", "Ủy ban MTTQ Việt Nam", ["MTTQ", "UBMTTQ"], true),
        ("doan-tn", "Đoàn TNCS Hồ Chí Minh", ["Đoàn Thanh niên", "Đoàn TN"], true),
        ("hoi-lhpn", "Hội Liên hiệp Phụ nữ", ["Hội LHPN", "Hội Phụ nữ"], true),
        ("to-cns", "Tổ công nghệ số cộng đồng", ["Tổ CNS cộng đồng", "Tổ chuyển đổi số cộng đồng"], false),
        ("thcs", "Trường THCS", ["THCS"], false),
    ]

    /// Task titles from the real plans, with the leads that usually carry them.
    static let tasks: [(String, [String])] = [
        ("Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn", ["ubnd"]),
        ("Thực hiện truyền thông sâu rộng về chuyển đổi số và Phong trào “Bình dân học vụ số”", ["ttcudvc"]),
        ("Tập huấn kỹ năng số cho người dân trong độ tuổi trưởng thành", ["vhxh"]),
        ("Đào tạo kỹ năng số cho cán bộ, công chức, viên chức", ["vhxh"]),
        ("Hướng dẫn sử dụng nền tảng học trực tuyến mở đại trà (MOOCs)", ["vhxh", "ca"]),
        ("Tổ chức “Ngày hội toàn dân học tập số” vào Ngày Chuyển đổi số quốc gia", ["vhxh"]),
        ("Hướng dẫn người dân kích hoạt, sử dụng tài khoản VNeID và dịch vụ công trực tuyến", ["ca", "ttpvhcc"]),
        ("Xây dựng chuyên mục về Phong trào trên Trang thông tin điện tử", ["vp-hdnd-ubnd"]),
        ("Hỗ trợ hộ kinh doanh ứng dụng thanh toán không dùng tiền mặt", ["kinh-te"]),
        ("Tổ chức các buổi học cộng đồng cho đoàn viên, hội viên", ["mttq", "doan-tn", "hoi-lhpn"]),
        ("Duy trì hoạt động của Tổ công nghệ số cộng đồng tại các thôn", ["to-cns"]),
        ("Tích hợp giáo dục kỹ năng số cho học sinh", ["thcs"]),
        ("Tổng hợp, báo cáo kết quả thực hiện Phong trào theo từng nhóm đối tượng", ["vhxh"]),
    ]

    /// Timeline phrases officials write, for a plan of `year`.
    static func timeline(_ random: inout SeededRandom, year: Int) -> String {
        switch random.int(0...11) {
        case 0, 1: return "Tháng \(random.int(2...12))/\(year)"
        case 2: return "Quý \(["I", "II", "III", "IV"][random.int(0...3)])/\(year)"
        case 3, 4: return "Thường xuyên"
        case 5: return random.chance(50) ? "Hằng tháng" : "Hằng quý"
        case 6: return random.chance(50) ? "Theo kế hoạch của tỉnh" : "Theo kế hoạch mở lớp của tỉnh"
        case 7: return "Dự kiến ngày \(random.int(1...28))/\(random.int(3...12))/\(year)"
        case 8: return "Trước ngày \(random.int(1...28))/\(random.int(3...12))/\(year)"
        case 9: let start = random.int(2...9); return "Từ tháng \(start) đến tháng \(random.int(start + 1...12))/\(year)"
        case 10: return random.chance(50) ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        default: return "Năm \(year)"
        }
    }
}
