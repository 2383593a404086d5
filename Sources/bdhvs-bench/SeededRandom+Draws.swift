import BDHVSRandom

/// The draws the national dataset is made of.
extension SeededRandom {
    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    /// One element of `items`.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}
