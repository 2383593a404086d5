public enum BDHVS { public static let version = "0.1.0" }
