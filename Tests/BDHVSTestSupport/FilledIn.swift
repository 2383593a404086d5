import Foundation

/// A plan that `plan new` or `plan import` wrote, with the placeholders of its place and
/// issuer filled in as the officer is asked to ('Chưa rõ  # CẦN ĐIỀN', 'Tên xã', …).
public enum FilledIn {
    public static func plan(_ text: String) -> String {
        [("commune: Chưa rõ  # CẦN ĐIỀN", "commune: Trà Bồng"), ("province: Chưa rõ  # CẦN ĐIỀN", "province: Quảng Ngãi"),
         ("issuer: Chưa rõ  # CẦN ĐIỀN", "issuer: UBND xã Trà Bồng"), ("commune: Tên xã\n", "commune: Trà Bồng\n"),
         ("province: Tên tỉnh\n", "province: Quảng Ngãi\n"), ("issuer: UBND xã Tên xã\n", "issuer: UBND xã Trà Bồng\n")]
            .reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
