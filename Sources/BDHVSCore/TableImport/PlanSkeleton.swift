/// The commented skeleton `bdhvs plan new` writes: every required field with an example
/// value that validates, but for the place and issuer, whose placeholders ('Tên xã') are
/// errors until written (`PlanRules.checkPlaceholders`); the optional ones commented out, so
/// the officer edits rather than types, with the editor completing keys from the schema
/// written beside it.
public enum PlanSkeleton {
    /// The skeleton's YAML; `schema` is the path of the schema the editor reads.
    public static func text(schema: String = "plan.schema.json") -> String {
        """
        # yaml-language-server: $schema=\(schema)
        #
        # Kế hoạch mới. Sửa các giá trị mẫu bên dưới; dòng bắt đầu bằng '#' là ghi chú.
        # Kiểm tra bằng: bdhvs plan validate TỆP.yaml — mọi lỗi có dòng và cột.
        format: 1
        # Mã kế hoạch: chữ không dấu, số và '-', không trùng với kế hoạch khác.
        id: ke-hoach-moi-2025
        title: Kế hoạch triển khai Phong trào “Bình dân học vụ số” năm 2025
        # level: tinh   # cấp ban hành: xa (mặc định), phuong, dac-khu, tinh, bo, chinh-phu, dang-uy
        commune: Tên xã
        # commune_kind: phường   # xã (mặc định), phường hoặc đặc khu
        province: Tên tỉnh
        year: 2025
        # years: 2025 - 2030   # kế hoạch nhiều năm ("giai đoạn 2025 - 2030")
        issuer: UBND xã Tên xã
        # document:
        #   number: 01/KH-UBND
        #   date: 01/8/2025

        # Các cơ quan được giao việc: mỗi cơ quan một mã; 'aliases' là các cách viết khác
        # của tên (viết tắt, không dấu), để 'lead' ghi tên nào cũng được.
        agencies:
          - id: ubnd
            name: Ủy ban nhân dân xã
            aliases:
              - UBND xã
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
            aliases:
              - Phòng VH-XH

        # Nhiệm vụ: 'lead' là cơ quan chủ trì, 'timeline' là thời gian như văn bản ghi
        # ("Tháng 8/2025", "Quý III/2025", "Thường xuyên", "Trước ngày 30/9/2025");
        # 'deliverable' là sản phẩm, 'group' là nhóm nhiệm vụ trong 'groups' (nếu có).
        tasks:
          - id: nv1
            title: Tổ chức Lễ phát động Phong trào “Bình dân học vụ số”
            lead: ubnd
            coordinating:
              - vhxh
              - text: các cơ quan, đơn vị trên địa bàn xã
            timeline: Tháng 8/2025
            # note: ghi chú thêm, ví dụ sản phẩm của nhiệm vụ
          - id: nv2
            title: Tuyên truyền về Phong trào trên các nền tảng số
            lead: vhxh
            timeline: Thường xuyên
            # budget: {estimate: 5.000.000 đồng, source: nsnn}

        # Kinh phí (nếu kế hoạch ghi): số tiền viết như văn bản, ví dụ 60.000.000 đồng.
        # budget:
        #   sources:
        #     - id: nsnn
        #       name: Ngân sách nhà nước theo phân cấp
        #   total: 5.000.000 đồng

        """
    }
}
