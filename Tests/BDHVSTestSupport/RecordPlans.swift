/// Small plans of the seed reports (003 Nghĩa Giang, 001 Đức Thịnh, 004 Việt Hưng), written
/// once for both test targets: the core's records tests load them into a store, the CLI's
/// write them into a sandbox (targets and estimates are illustrative).
public enum RecordPlans {
    /// Nghĩa Giang 2025: three tasks with estimates from two funding sources (45.000.000 đồng
    /// from nsnn, 5.000.000 from xhh), three indicators, one target group of its own.
    public static let nghiaGiang = """
        format: 1
        id: nghia-giang-2025
        title: Kế hoạch triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã Nghĩa Giang năm 2025
        commune: Nghĩa Giang
        commune_kind: xã
        province: Quảng Ngãi
        year: 2025
        issuer: UBND xã Nghĩa Giang
        indicators:
          - id: cbccvc-ky-nang-so
            name: Tỷ lệ cán bộ, công chức, viên chức có kỹ năng số cơ bản
            kind: percent
            of: cán bộ, công chức, viên chức của xã
            target: 100
            target_group: can-bo-cong-chuc
          - id: nguoi-dan-ky-nang-so
            name: Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản
            kind: percent
            of: người dân trong độ tuổi trưởng thành
            target: 80
            target_group: nguoi-dan
          - id: nguoi-tham-gia-cong
            name: Số người tham gia khóa tập huấn trên Cổng Bình dân học vụ số tỉnh
            kind: count
            unit: người
            target: 2000
            task: nv3
        target_groups:
          - id: thanh-vien-to-cns
            name: Thành viên Tổ công nghệ số cộng đồng
        agencies:
          - id: ubnd
            name: Ủy ban nhân dân xã Nghĩa Giang
            aliases:
              - UBND xã
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
            aliases:
              - Phòng VH-XH
        tasks:
          - id: nv1
            title: Lễ phát động Phong trào kết hợp tập huấn ứng dụng AI
            lead: ubnd
            timeline: Ngày 09/10/2025
            budget:
              estimate: 25000000
              source: nsnn
          - id: nv2
            title: Tập huấn kỹ năng chuyển đổi số, ứng dụng AI cho CBCCVC và Tổ công nghệ số cộng đồng
            lead: vhxh
            timeline: Tháng 11/2025
            budget:
              estimate: 20000000
              source: nsnn
          - id: nv3
            title: Khóa tập huấn nâng cao kỹ năng số trên Cổng Bình dân học vụ số tỉnh Quảng Ngãi
            lead: vhxh
            timeline: Theo kế hoạch của tỉnh
            budget:
              estimate: 5000000
              source: xhh
        budget:
          sources:
            - id: nsnn
              name: Ngân sách nhà nước theo phân cấp
            - id: xhh
              name: Nguồn xã hội hóa
          total: 50000000

        """

    /// Đức Thịnh 2025: the course on the Hà Tĩnh platform and the class for the community
    /// digital team (a target group of the plan).
    public static let ducThinh = """
        format: 1
        id: duc-thinh-2025
        title: Kế hoạch triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã Đức Thịnh năm 2025
        commune: Đức Thịnh
        commune_kind: xã
        province: Hà Tĩnh
        year: 2025
        issuer: UBND xã Đức Thịnh
        target_groups:
          - id: thanh-vien-to-cns
            name: Thành viên Tổ chuyển đổi số cộng đồng
        agencies:
          - id: ubnd
            name: Ủy ban nhân dân xã Đức Thịnh
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
        tasks:
          - id: nv1
            title: Khóa bồi dưỡng kỹ năng số trên nền tảng trực tuyến hatinh.mobiedu.vn
            lead: vhxh
            timeline: Thường xuyên
          - id: nv2
            title: Lớp tập huấn kỹ năng số cho Tổ chuyển đổi số cộng đồng
            lead: ubnd
            timeline: Năm 2025

        """

    /// Việt Hưng 2025: the five indicators of report 004 with their targets.
    public static let vietHung = """
        format: 1
        id: viet-hung-2025
        title: Kế hoạch triển khai Phong trào “Bình dân học vụ số” trên địa bàn phường Việt Hưng năm 2025
        commune: Việt Hưng
        commune_kind: phường
        province: Hà Nội
        year: 2025
        issuer: UBND phường Việt Hưng
        indicators:
          - id: nguoi-dan-ky-nang-so
            name: Tỷ lệ người dân trưởng thành có tri thức cơ bản về chuyển đổi số, kỹ năng số
            kind: percent
            of: người dân trong độ tuổi trưởng thành
            target: 80
            target_group: nguoi-dan
          - id: dien-thoai-thong-minh
            name: Tỷ lệ người dân trưởng thành sở hữu điện thoại thông minh
            kind: percent
            of: người dân trong độ tuổi trưởng thành
            target: 85
          - id: thanh-toan-dien-tu
            name: Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử
            kind: percent
            of: người dân trong độ tuổi trưởng thành
            target: 50
          - id: cbccvc-ky-nang-so
            name: Tỷ lệ cán bộ, công chức, viên chức và người lao động có kỹ năng số cơ bản
            kind: percent
            of: cán bộ, công chức, viên chức và người lao động của phường
            target: 100
            target_group: can-bo-cong-chuc
          - id: to-cns
            name: Số Tổ chuyển đổi số cộng đồng
            kind: count
            unit: tổ
            target: 62
            task: nv1
        agencies:
          - id: ubnd
            name: Ủy ban nhân dân phường Việt Hưng
        tasks:
          - id: nv1
            title: Thành lập và duy trì hoạt động các Tổ chuyển đổi số cộng đồng
            lead: ubnd
            timeline: Năm 2025

        """
}
