import Foundation

/// The plan files a command names: files as given, and for a folder every `.yaml` or
/// `.yml` file below it (in any case: `KE-HOACH.YAML` saved on Windows), in a stable order.
/// A folder with none stands for itself, so that reading it says so (`YAMLMessage.isDirectory`)
/// instead of a validation or a load that checks nothing and succeeds.
public enum PlanFiles {
    public static func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else { return [argument] }
            let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            let found = FileManager.default.enumerator(atPath: argument)?.compactMap { $0 as? String } ?? []
            let plans = found.filter { ["yaml", "yml"].contains(($0 as NSString).pathExtension.lowercased()) }
            return plans.isEmpty ? [argument] : plans.sorted().map { base + "/" + $0 }
        }
    }
}
