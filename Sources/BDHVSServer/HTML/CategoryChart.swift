import BDHVSCore

/// The six status categories as one stacked bar and a legend with the numbers, in inline
/// SVG (no script, no asset: it prints as it shows), followed by the same numbers as a table.
enum CategoryChart {
    static func color(_ category: TaskCategory) -> String {
        switch category {
        case .doneOnTime: return "#2e7d32"
        case .doneLate: return "#9ccc65"
        case .inProgress: return "#1565c0"
        case .overdue: return "#c62828"
        case .ongoing: return "#8e24aa"
        case .deadlineUnknown: return "#9e9e9e"
        }
    }

    static func render(_ summary: StatusSummary, _ words: Words) -> String {
        let total = max(summary.total, 1)
        let width = 600, barHeight = 28, legendTop = 44, line = 20
        var parts: [String] = []
        var x = 0
        for (category, count) in summary.ordered where count > 0 {
            let w = count * width / total
            parts.append("<rect x=\"\(x)\" y=\"0\" width=\"\(max(w, 1))\" height=\"\(barHeight)\" fill=\"\(color(category))\"/>")
            x += w
        }
        for (index, item) in summary.ordered.enumerated() {
            let column = index % 2, row = index / 2
            let lx = column * 300, ly = legendTop + row * line
            parts.append("<rect x=\"\(lx)\" y=\"\(ly - 11)\" width=\"12\" height=\"12\" fill=\"\(color(item.category))\"/>")
            parts.append("<text x=\"\(lx + 18)\" y=\"\(ly)\" font-size=\"13\">\(HTML.e(words.language.label(item.category))): \(words.number(item.count))</text>")
        }
        let height = legendTop + 3 * line
        let caption = words.pick("Tình hình thực hiện: \(words.number(summary.total)) nhiệm vụ", "Status: \(words.number(summary.total)) tasks")
        var out = "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTML.e(caption))\">"
        out += parts.joined() + "</svg><figcaption>\(HTML.e(caption))</figcaption></figure>"
        out += "<table class=\"counts\"><tbody>"
        for (category, count) in summary.ordered {
            out += "<tr><th>\(HTML.e(words.language.label(category)))</th><td class=\"n\" data-key=\"\(category.rawValue)\">\(words.number(count))</td></tr>"
        }
        let c = summary.completion
        out += "<tr><th>\(HTML.e(words.pick("Tỷ lệ hoàn thành", "Completion")))</th><td class=\"n\" data-key=\"completion\">\(words.number(c.done))/\(words.number(c.total)) (\(words.percent(c.done, of: c.total)))</td></tr>"
        out += "<tr><th>\(HTML.e(words.pick("Trên số nhiệm vụ đã đến hạn", "Of tasks come due")))</th><td class=\"n\" data-key=\"due\">\(words.number(c.dueDone))/\(words.number(c.due)) (\(words.percent(c.dueDone, of: c.due)))</td></tr>"
        return out + "</tbody></table>"
    }
}
