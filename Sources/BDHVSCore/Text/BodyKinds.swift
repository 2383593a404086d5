/// The kinds of body a commune's plans name, as DOMAIN.md §8 lists them: each kind's name
/// and the other ways plans write it ("Tổ chuyển đổi số cộng đồng" is the Tổ công nghệ số
/// cộng đồng). Used to name a roll-up's row of one kind of body across communes, whose plans
/// write its name in different ways.
enum BodyKinds {
    /// A kind's name, and the folded beginnings of the names written for it.
    static let kinds: [(name: String, written: [String])] = [
        ("Tổ công nghệ số cộng đồng", ["to cong nghe so cong dong", "to cns cong dong", "to chuyen doi so cong dong", "to cds cong dong",
                                       "cac to cong nghe so cong dong", "cac to chuyen doi so cong dong"]),
        ("Phòng Văn hóa - Xã hội", ["phong van hoa - xa hoi", "phong van hoa xa hoi", "phong vh-xh", "phong vhxh"]),
        ("Trung tâm Phục vụ hành chính công", ["trung tam phuc vu hanh chinh cong", "trung tam pvhcc", "ttpvhcc"]),
        ("Trung tâm Cung ứng dịch vụ công", ["trung tam cung ung dich vu cong"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", ["uy ban mat tran to quoc viet nam", "uy ban mttq", "ubmttq"]),
        ("Đoàn TNCS Hồ Chí Minh", ["doan tncs ho chi minh", "doan thanh nien"]),
        ("Hội Liên hiệp Phụ nữ", ["hoi lien hiep phu nu", "hoi lhpn", "hoi phu nu"]),
        ("Hội Nông dân", ["hoi nong dan"]),
        ("Hội Cựu chiến binh", ["hoi cuu chien binh", "hoi ccb"]),
        ("Tổ dân phố", ["to dan pho", "cac to dan pho", "tdp"]),
    ]

    /// The name of the kind of body `name` is written for, or nil when it is none of those
    /// listed.
    static func kind(of name: String) -> String? {
        let key = Folding.key(name)
        return kinds.first { kind in kind.written.contains { key == $0 || key.hasPrefix($0 + " ") } }?.name
    }
}
