import Foundation

/// The plan files a command names: files as given, and for a folder every `.yaml` or
/// `.yml` file below it, in a stable order.
public enum PlanFiles {
    public static func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else { return [argument] }
            let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            let found = FileManager.default.enumerator(atPath: argument)?.compactMap { $0 as? String } ?? []
            return found.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { base + "/" + $0 }
        }
    }
}
