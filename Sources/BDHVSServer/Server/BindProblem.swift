import Foundation
import NIOCore

/// Why the dashboard's socket could not be opened, in words an officer can act on: the
/// system's own text ("bind(descriptor:ptr:bytes:): Address already in use (errno: 98)")
/// is kept only for a cause none of these names.
public enum BindProblem: Equatable, Sendable {
    /// Another program (often another `bdhvs serve`) listens on that port.
    case inUse
    /// The system refuses the port to this user (ports below 1024).
    case notPermitted
    /// The address is not one of this machine's, or names no host at all.
    case notThisMachine
    /// Anything else, with the system's wording.
    case other(String)

    /// The problem behind `error`, thrown while binding.
    public init(_ error: any Error) {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: self = .inUse
            case EACCES, EPERM: self = .notPermitted
            case EADDRNOTAVAIL: self = .notThisMachine
            default: self = .other(String(describing: error))
            }
        } else if error is SocketAddressError || error is SocketAddressError.UnknownHost {
            self = .notThisMachine
        } else {
            self = .other(String(describing: error))
        }
    }
}
