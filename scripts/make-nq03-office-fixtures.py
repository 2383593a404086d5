#!/usr/bin/env python3
"""Builds the Word and Excel fixtures of the table-import golden tests from a real plan.

The task table of Nghị quyết 03/NQ-CP (Phụ lục II, groups I and II: tasks 1 to 41), kept as
written in Tests/TableImportFixtures/nq03-pl2-i-ii.csv, is laid out as the published document
prints it and as a ministry's spreadsheet holds it:

- nq03-pl2-i-ii.docx: the motto table, the appendix title and its "(Kèm theo …)" line, then
  the table: a bold header row, each group row with its number in the TT column and its title
  merged across the other five (w:gridSpan), multi-line cells as several paragraphs (the laws
  listed in tasks 14 and 26), some paragraphs split in two runs as Word does after an edit.
- nq03-pl2-i-ii.xlsx: title rows merged across the sheet, a header whose cells wrap onto two
  lines, group rows merged from B to F (mergeCells), task numbers as numbers, multi-line cells
  with line breaks, text as shared strings and a few inline strings.

Only the standard library is used (no python-docx or openpyxl): the parts are written as XML
and zipped with fixed timestamps, so that running this again gives the same bytes.

Usage: scripts/make-nq03-office-fixtures.py   (from the repository root)
"""

import csv
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "TableImportFixtures")
SOURCE = os.path.join(HERE, "nq03-pl2-i-ii.csv")
STAMP = (2025, 1, 9, 0, 0, 0)

TITLE = [
    "PHỤ LỤC II",
    "DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW "
    "NGÀY 22 THÁNG 12 NĂM 2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ "
    "CHUYỂN ĐỔI SỐ QUỐC GIA",
    "(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)",
]


def read_rows():
    with open(SOURCE, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def is_group(row):
    return row[0].rstrip(".") in ("I", "II", "III", "IV", "V", "VI", "VII")


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


# MARK: - Word

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def package_rels(target):
    """The package's relationships: its main part is `target` (OOXML, ECMA-376 part 2)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        f'Target="{target}"/></Relationships>'
    )


def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = "<w:rPr>%s</w:rPr>" % props if props else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (props, escape(text))


def paragraph(text, bold=False, italic=False, center=False, split=False):
    props = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    if split and len(text) > 40:
        # Word splits a paragraph into runs where it was edited: the reader joins them.
        half = len(text) // 2
        runs = run(text[:half], bold, italic) + run(text[half:], bold, italic)
    else:
        runs = run(text, bold, italic)
    return "<w:p>%s%s</w:p>" % (props, runs)


def cell(text, width, span=1, bold=False, split=False):
    props = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        props += '<w:gridSpan w:val="%d"/>' % span
    lines = text.split("\n") if text else []
    body = "".join(paragraph(line, bold=bold, split=split) for line in lines) or "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, body)


def docx(rows):
    widths = [600, 4200, 1600, 2000, 1700, 1100]
    motto = (
        "<w:tbl><w:tr>"
        + cell("CHÍNH PHỦ", 4000, bold=True)
        + cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", 6000, bold=True)
        + "</w:tr></w:tbl>"
    )
    heading = paragraph(TITLE[0], bold=True, center=True) + paragraph(TITLE[1], bold=True, center=True) \
        + paragraph(TITLE[2], italic=True, center=True)
    grid = "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    body_rows = ["<w:tr>" + "".join(cell(text, widths[i], bold=True) for i, text in enumerate(rows[0])) + "</w:tr>"]
    for row in rows[1:]:
        if is_group(row):
            body_rows.append("<w:tr>" + cell(row[0], widths[0], bold=True)
                             + cell(row[1], sum(widths[1:]), span=5, bold=True) + "</w:tr>")
        else:
            body_rows.append("<w:tr>" + "".join(cell(text, widths[i], split=(i == 1)) for i, text in enumerate(row)) + "</w:tr>")
    table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>%s%s</w:tbl>" % (grid, "".join(body_rows))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="%s"><w:body>%s%s%s%s<w:sectPr/></w:body></w:document>'
        % (W, motto, heading, table, paragraph(""))
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = package_rels("word/document.xml")
    return [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document)]


# MARK: - Excel

def column(index):
    return "ABCDEF"[index]


def xlsx(rows):
    strings = []
    positions = {}

    def shared(text):
        if text not in positions:
            positions[text] = len(strings)
            strings.append(text)
        return positions[text]

    sheet_rows = []
    merges = []

    def add(row_number, cells):
        xml = []
        for index, value in cells:
            ref = "%s%d" % (column(index), row_number)
            if isinstance(value, int):
                xml.append('<c r="%s"><v>%d</v></c>' % (ref, value))
            elif value.startswith("inline:"):
                xml.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                           % (ref, escape(value[len("inline:"):])))
            else:
                xml.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared(value)))
        sheet_rows.append('<row r="%d">%s</row>' % (row_number, "".join(xml)))

    for number, text in enumerate(TITLE, start=1):
        add(number, [(0, text)])
        merges.append("A%d:F%d" % (number, number))
    # A header as typed in a sheet: long headers wrap onto two lines.
    header = [text.replace("Cơ quan ", "Cơ quan\n").replace("gian ", "gian\n") for text in rows[0]]
    add(5, list(enumerate(header)))
    for offset, row in enumerate(rows[1:]):
        number = 6 + offset
        if is_group(row):
            add(number, [(0, row[0]), (1, row[1])])
            merges.append("B%d:F%d" % (number, number))
            continue
        cells = []
        for index, text in enumerate(row):
            if not text:
                continue
            if index == 0:
                cells.append((0, int(text.rstrip("."))))
            elif index == 4 and offset % 7 == 3:
                cells.append((index, "inline:" + text))
            else:
                cells.append((index, text))
        add(number, cells)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>%s</sheetData><mergeCells count=\"%d\">%s</mergeCells></worksheet>"
        % ("".join(sheet_rows), len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
    )
    shared_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings))
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Phụ lục II" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    )
    rels = package_rels("xl/workbook.xml")
    return [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/sharedStrings.xml", shared_xml),
            ("xl/worksheets/sheet1.xml", sheet)]


def main():
    rows = read_rows()
    write_zip(os.path.join(HERE, "nq03-pl2-i-ii.docx"), docx(rows))
    write_zip(os.path.join(HERE, "nq03-pl2-i-ii.xlsx"), xlsx(rows))


if __name__ == "__main__":
    main()
