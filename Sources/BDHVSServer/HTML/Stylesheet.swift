/// The dashboard's one stylesheet, served as `/style.css` from the binary (the policy allows
/// no inline style and nothing from outside). Screen: a readable column; print: A4 with the
/// forms and links hidden, tables not split inside a row, headings kept with what follows.
enum Stylesheet {
    static let text = """
        body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #212121; margin: 0 auto; max-width: 1100px; padding: 0 16px; line-height: 1.4; }
        header { border-bottom: 2px solid #c62828; margin-bottom: 12px; }
        h1 { font-size: 1.5em; margin: 8px 0; }
        h2 { font-size: 1.15em; margin: 18px 0 6px; break-after: avoid; }
        nav.crumbs { font-size: 0.9em; margin-top: 10px; }
        p.lang { float: right; margin: 0; font-size: 0.9em; }
        form { margin: 6px 0 10px; }
        form label { margin-right: 8px; display: inline-block; white-space: nowrap; }
        p.printed { display: none; }
        a { color: #0d47a1; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
        th, td { border-bottom: 1px solid #e0e0e0; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #f5f5f5; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.counts { width: auto; min-width: 360px; }
        figure.chart { margin: 8px 0; max-width: 640px; }
        figure.chart svg { width: 100%; height: auto; }
        figcaption { font-size: 0.85em; color: #616161; }
        svg.bar { display: block; width: 100px; height: 6px; margin-left: auto; }
        .empty { color: #616161; font-style: italic; }
        .download { font-size: 0.85em; margin: 0 0 4px; }
        .overdue { color: #c62828; font-weight: bold; }
        p.notice { border-left: 4px solid #ef6c00; background: #fff3e0; padding: 6px 10px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
        dl.facts dt { font-weight: bold; }
        footer { margin: 24px 0 12px; font-size: 0.8em; color: #757575; border-top: 1px solid #e0e0e0; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          form, p.lang, .download, footer { display: none; }
          p.printed { display: block; margin: 0 0 6px; }
          a { color: inherit; text-decoration: none; }
          tr, figure { break-inside: avoid; }
          thead { display: table-header-group; }
        }

        """
}
