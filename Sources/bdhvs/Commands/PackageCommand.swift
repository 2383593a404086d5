import ArgumentParser
import BDHVSCore
import Foundation

/// `bdhvs package …`: a commune's work carried to the province in signed files.
struct PackageCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "package",
            abstract: Help.text("Gửi dữ liệu của xã, phường lên tỉnh bằng gói dữ liệu có chữ ký số.",
                                "Carry a commune's data to the province in signed packages."),
            discussion: Help.text(
                """
                Ở xã: 'package keygen' tạo cặp khóa một lần, 'package export' đóng gói và ký. Ở tỉnh: \
                'package trust' ghi khóa công khai của từng xã, 'package import' nhận các gói.
                """,
                """
                At the commune: 'package keygen' makes a key pair once, 'package export' packs and signs. \
                At the province: 'package trust' records each commune's public key, 'package import' takes \
                the packages in.
                """),
            subcommands: [PackageKeygen.self, PackageExportCommand.self, PackageTrust.self, PackageImportCommand.self])
    }
}

struct PackageKeygen: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "keygen",
            abstract: Help.text("Tạo cặp khóa ký gói dữ liệu của xã (khóa bí mật chỉ chủ tệp đọc được).",
                                "Make the commune's key pair for signing packages (the private key readable by its owner only)."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs package keygen --output nghia-giang.key")
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Help.text("Tệp khóa bí mật; khóa công khai ghi vào TỆP.pub.",
                                         "The private key file; the public key goes to FILE.pub."), valueName: Help.value("file")))
    var output: String

    func run() throws {
        let key = PackageSigningKey.generate()
        try key.write(path: output)
        emit(PackageText(language: global.language).keygen(privatePath: output, publicKey: key.publicKeyText))
    }
}

struct PackageExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Help.text("Đóng gói và ký toàn bộ dữ liệu các kế hoạch của xã: kế hoạch, lịch sử thay đổi, hoạt động, số liệu, khoản chi.",
                                "Pack and sign everything the commune holds for its plans: the plans, their history, activities, figures, spending."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs package export --key nghia-giang.key --output nghia-giang.bdhvs")
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này (có thể lặp lại; mặc định: mọi kế hoạch).",
                                         "Only this plan (may be repeated; default: every plan)."), valueName: Help.value("plan")))
    var plan: [String] = []
    @Option(help: ArgumentHelp(Help.text("Tệp khóa bí mật của xã.", "The commune's private key file."), valueName: Help.value("file")))
    var key: String
    @Option(help: ArgumentHelp(Help.text("Tệp gói dữ liệu (thường có đuôi .bdhvs).", "The package file (usually ending in .bdhvs)."),
                               valueName: Help.value("file")))
    var output: String

    func run() throws {
        let asOf = try global.asOfDate()
        let signingKey = try PackageSigningKey.read(path: key)
        let meta = try PackageExport.write(from: global.openStore(.update), plans: plan, key: signingKey, to: output,
                                           asOf: asOf, nowEpochSeconds: Session.current.now())
        emit(PackageText(language: global.language).exported(meta, path: output))
    }
}

struct PackageTrust: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "trust",
            abstract: Help.text("Tin cậy khóa công khai của một xã, phường (thay khóa cũ nếu có: gói ký bằng khóa cũ sẽ bị từ chối).",
                                "Trust a commune's public key (replacing any earlier one: packages signed with it are then refused)."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs package trust ed25519:… --commune 'Nghĩa Giang' --province 'Quảng Ngãi'")
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Help.text("Khóa công khai 'ed25519:…' hoặc tệp .pub chứa nó.",
                                           "The public key 'ed25519:…', or the .pub file holding it."), valueName: Help.value("public-key")))
    var publicKey: String
    @Option(help: ArgumentHelp(Help.text("Xã, phường.", "The commune or ward."), valueName: Help.value("name"))) var commune: String
    @Option(help: ArgumentHelp(Help.text("Tỉnh, thành phố.", "The province or city."), valueName: Help.value("name"))) var province: String

    func run() throws {
        let asOf = try global.asOfDate()
        let key = try PackagePublicKey.normalized(publicKey)
        let trust = try global.openStore(.write).trustPackageKey(key, commune: commune, province: province, on: asOf)
        emit(PackageText(language: global.language).trusted(key, commune: trust.place, province: trust.province, replaced: trust.replaced))
    }
}

struct PackageImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text("Nhận các gói dữ liệu của xã vào cơ sở dữ liệu của tỉnh; mỗi gói được nhận trọn vẹn hoặc không gì cả.",
                                "Take communes' packages into the province's database; each whole or not at all."),
            discussion: Help.text(
                "Mỗi tệp được báo: số dòng thêm, cập nhật, không đổi, xóa; hoặc lý do bị từ chối. Thư mục: mọi tệp .bdhvs trong đó. Ví dụ: ",
                "Each file is reported: rows added, updated, unchanged, removed; or why it was refused. A folder: every .bdhvs file in it. Example: ")
                + "bdhvs package import goi/")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: ArgumentHelp(Help.text("Tệp gói hoặc thư mục.", "Package files or folders."), valueName: Help.value("file-or-folder")))
    var paths: [String]

    func run() throws {
        let outcomes = try PackageImport.run(paths, databasePath: global.databasePath)
        try emit(outcomes.map { $0.json(global.language) }, format: output.format) {
            PackageText(language: global.language).imported(outcomes)
        }
        if outcomes.contains(where: { $0.refusal != nil }) { throw ReportedFailure(failure: .invalidInput) }
    }
}
