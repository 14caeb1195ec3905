#!/usr/bin/env python3
"""Writes the import fixtures of this folder (run once; the files are committed). Standard library only: the XLSX files
are written as the minimal OpenXML zip Excel itself reads (one sheet, shared strings, numbers as numbers)."""
import zipfile
from xml.sax.saxutils import escape

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def code(n):
    body = "9144080%010d" % n
    s = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - s % 31) % 31]

def bad_check(n):
    c = code(n)
    return c[:17] + ALPHABET[(ALPHABET.index(c[17]) + 1) % 31]

HEADERS = ["统一社会信用代码", "企业名称", "所在地", "行业", "主体设备（生产线）", "产能", "产能单位", "退出方式", "年度", "完成退出日期", "备注"]
GOOD = [
    [code(1), "湛江市遂溪示例钢铁有限公司", "遂溪县", "钢铁", "1×450立方米高炉", 45, "万吨/年", "拆除", 2024, "2024-06-30", ""],
    [code(2), "湛江市霞山示例水泥有限公司", "霞山区", "水泥", "Φ3.2×13m 水泥磨", 30, "万吨/年", "封存", 2024, "2024-07-15", "已断水断电"],
    [code(3), "深圳市福田示例印染有限公司", "福田区", "印染", "印染生产线 2 条", 1200, "万米/年", "关停取缔", 2024, "", ""],
]
BAD = [
    GOOD[0],
    [bad_check(4), "校验位错误有限公司", "遂溪县", "钢铁", "电炉", 10, "万吨/年", "拆除", 2024, "2024-05-01", ""],
    [code(5), "未知县区有限公司", "火星县", "水泥", "立窑", 20, "万吨/年", "拆除", 2024, "2024-05-01", ""],
    [code(6), "产能写成汉字有限公司", "霞山区", "水泥", "水泥磨", "三十", "万吨/年", "拆除", 2024, "2024-05-01", ""],
    [code(7), "日期太早有限公司", "霞山区", "造纸", "造纸机", 5, "万吨/年", "拆除", 2024, "1899-01-01", ""],
    GOOD[0],
]
TWO_BAD = [GOOD[0], GOOD[1], [code(8), "炸毁方式有限公司", "遂溪县", "钢铁", "转炉", 60, "万吨/年", "炸毁", 2024, "2024-08-01", ""],
           GOOD[2], [code(9), "缺少设备有限公司", "福田区", "印染", "", 300, "万米/年", "拆除", 2024, "2024-08-01", ""]]
FIXED = [GOOD[0], GOOD[1], [code(8), "炸毁方式有限公司", "遂溪县", "钢铁", "转炉", 60, "万吨/年", "拆除", 2024, "2024-08-01", ""],
         GOOD[2], [code(9), "缺少设备有限公司", "福田区", "印染", "印染生产线 1 条", 300, "万米/年", "拆除", 2024, "2024-08-01", ""]]

def csv(rows):
    def cell(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v
    return "\r\n".join(",".join(cell(v) for v in r) for r in [HEADERS] + rows) + "\r\n"

def col(i):
    return chr(ord("A") + i)

def xlsx(path, rows):
    strings, index = [], {}
    def sst(v):
        if v not in index:
            index[v] = len(strings)
            strings.append(v)
        return index[v]
    sheet_rows = []
    for r, row in enumerate([HEADERS] + rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel}><sheets><sheet name="退出名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))

open("phase-out-good.csv", "wb").write(csv(GOOD).encode("utf-8"))
open("phase-out-good-gbk.csv", "wb").write(csv(GOOD).encode("gbk"))
open("phase-out-bad.csv", "wb").write(("\ufeff" + csv(BAD)).encode("utf-8"))
xlsx("phase-out-good.xlsx", GOOD)
xlsx("phase-out-two-bad-rows.xlsx", TWO_BAD)
xlsx("phase-out-fixed.xlsx", FIXED)
