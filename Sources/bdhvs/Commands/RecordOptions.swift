import ArgumentParser
import BDHVSCore

/// Who records, and the plan when an id is in several plans: shared by the record commands.
struct RecorderOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Help.text("Kế hoạch, khi mã có trong nhiều kế hoạch.", "The plan, when the id is in several plans."),
                               valueName: Help.value("plan")))
    var plan: String?

    @Option(help: ArgumentHelp(Help.text("Người ghi (mặc định: $BDHVS_USER, hoặc tên đăng nhập).",
                                         "Who records it (default: $BDHVS_USER, else the login name)."), valueName: Help.value("name")))
    var by: String?
}
