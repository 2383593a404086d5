/// A horizontal stacked bar per lead body: done, overdue, not yet done. Inline SVG, so
/// the page stays one file and prints sharp.
struct StatusChartSVG {
    var language: Language

    func render(_ rows: [ChartRow]) -> String {
        let l = language
        let labelWidth = 250, barWidth = 330, rowHeight = 26, top = 30
        let maximum = max(rows.map(\.total).max() ?? 1, 1)
        let height = top + rows.count * rowHeight + 10
        var parts: [String] = []
        let legend = Array(zip(ChartRow.columns(l), ["#2e7d32", "#c62828", "#9e9e9e"]))
        for (index, item) in legend.enumerated() {
            let x = labelWidth + index * 115
            parts.append("<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(item.1)\"/>")
            parts.append("<text x=\"\(x + 16)\" y=\"17\" font-size=\"12\">\(HTMLEscaping.escape(item.0))</text>")
        }
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            let label = row.agency.count > 38 ? String(row.agency.prefix(36)) + "…" : row.agency
            parts.append("<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" font-size=\"12\" text-anchor=\"end\">\(HTMLEscaping.escape(label))</text>")
            var x = labelWidth
            for (count, color) in [(row.done, "#2e7d32"), (row.overdue, "#c62828"), (row.open, "#9e9e9e")] where count > 0 {
                let width = count * barWidth / maximum
                parts.append("<rect x=\"\(x)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"18\" fill=\"\(color)\"/>")
                parts.append("<text x=\"\(x + width / 2)\" y=\"\(y + 15)\" font-size=\"11\" fill=\"#fff\" text-anchor=\"middle\">\(count)</text>")
                x += width
            }
        }
        let caption = l.pick("Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì (số nhiệm vụ)", "Task status by lead body (number of tasks)")
        return """
            <figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(labelWidth + barWidth + 10) \(height)" width="100%" role="img" aria-label="\(HTMLEscaping.escape(caption))" font-family="Times New Roman, serif">\(parts.joined())</svg><figcaption>\(HTMLEscaping.escape(caption))</figcaption></figure>
            """
    }
}
