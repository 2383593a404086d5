import Foundation
import Testing
import BDHVSCore

/// The manual page (`bdhvs manual`) and the shell completions
/// (`--generate-completion-script`), both produced from the command tree.
@Suite struct ManualAndCompletionTests {
    @Test func manualPageInVietnamese() throws {
        let cli = try CLI()
        let page = try cli.run("manual")
        #expect(page.succeeded, "\(page)")
        let lines = page.stdoutLines
        #expect(lines.first == #".TH BDHVS 1 "" "bdhvs \#(BDHVS.version)" "Hướng dẫn sử dụng bdhvs""#)
        #expect(lines.prefix(3).last == "bdhvs \\- Kế hoạch và nhiệm vụ phong trào “Bình dân học vụ số”.")
        // Every command that runs has its section, and no hidden one.
        let sections = lines.filter { $0.hasPrefix(".SS ") }
        #expect(sections.count == 37)
        #expect(sections.contains(#".SS "bdhvs plan import""#) && sections.contains(#".SS "bdhvs plan new""#))
        #expect(sections.prefix(2) == [#".SS "bdhvs plan validate""#, #".SS "bdhvs plan load""#])
        #expect(sections.last == #".SS "bdhvs undo""#)
        #expect(!sections.contains { $0.contains("manual") || $0.contains(" help") })
        // Options with their values, hyphens as roff minus signs; no --help repeated.
        #expect(page.stdout.contains(".TP\n\\fB\\-\\-as\\-of\\fR \\fIngày\\fR\nNgày được coi là hôm nay"))
        #expect(!page.stdout.contains("\\-\\-help"))
        #expect(page.stdout.contains("Mã thoát: 0 thành công;"))
    }

    @Test func manualPageInEnglish() throws {
        let cli = try CLI()
        for page in [try cli.run("manual", "--lang", "en"), try cli.run("manual", environment: ["BDHVS_LANG": "en"])] {
            #expect(page.succeeded, "\(page)")
            #expect(page.stdoutLines.prefix(2).last == ".SH NAME")
            #expect(page.stdout.contains("Exit codes: 0 success;"))
            #expect(page.stdout.contains(".SS \"bdhvs task done\"\nMark a task done on a date (it decides on time or late).\n"))
        }
    }

    @Test(arguments: [("bash", "complete -o filenames -F _bdhvs bdhvs"), ("zsh", "#compdef bdhvs"), ("fish", "complete -c 'bdhvs'")])
    func completionScripts(shell: String, marker: String) throws {
        let cli = try CLI()
        let script = try cli.run("--generate-completion-script", shell)
        #expect(script.succeeded, "\(script)")
        #expect(script.stdout.contains(marker), "\(script.stdout.prefix(300))")
        for command in ["plan", "validate", "agency", "overdue", "as-of", "format"] {
            #expect(script.stdout.contains(command), "\(shell): \(command)")
        }
    }
}
