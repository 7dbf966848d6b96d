"""Make the PDF fixtures of tests/test_pdf.py (run from the repository root; needs the test extras):

    .venv/bin/python tests/data/make_pdfs.py

- seed.pdf: the seed table (knowledge/000_…txt) printed as the published PDF prints it: three pages,
  the page header (title, 部门名称, column header) on each, text wrapped where the published PDF wraps
  it (the .txt is that PDF's text, line for line), project names indented under their funding unit,
  amounts in their columns. Loading it must give the seed's golden content.
- seed_ruled.pdf: the same table as a ruled table, the way such tables are usually published: one
  row per line of the table, the columns side by side (名称 | 总计 | 财政拨款 | 财政专户拨款 | 其他资金 |
  绩效目标 | 绩效指标), the goal wrapped at 20 characters and the indicators at 38 as in the .txt, the
  column header repeated on every page. Loading it must give the seed's golden content too.
- general_table.pdf: a ruled table of no known family (not 部门预算/决算): loads as general facts.
- bad/scanned.pdf: a page that is only a picture of a table (no text layer).
- bad/encrypted.pdf: a PDF that needs a password.
- bad/no_table.pdf: prose only, no table.

reportlab's built-in CID font STSong-Light needs no font files; its text extracts as Unicode.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent
SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
FONT = "STSong-Light"
SIZE = 8
LEADING = 10
AMOUNTS = re.compile(r"^(?P<name>.*?)\s*(?P<amounts>(?:\d[\d,]*\.\d+\s*){1,4})$")
AMOUNT_X = (330, 390, 450, 510)  # right edges of 总计 / 财政拨款 / 财政专户拨款 / 其他资金
PAGE_HEADER = ("部门名称", "项目名称（资金使用单位）")


def _canvas(target: io.BytesIO, **kwargs) -> canvas.Canvas:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    # invariant=1: no timestamp or random id, so the committed file is reproducible byte for byte.
    c = canvas.Canvas(target, pagesize=A4, invariant=1, **kwargs)
    c.setFont(FONT, SIZE)
    return c


def seed_pdf() -> bytes:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    # The .txt repeats the page header where the published PDF starts a page.
    starts = [0] + [i - 1 for i, line in enumerate(lines) if line.startswith(PAGE_HEADER[0]) and i > 5]
    pages = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)], strict=True)]
    out = io.BytesIO()
    c = _canvas(out)
    width, height = A4
    for page in pages:
        c.setFont(FONT, SIZE)
        y = height - 40
        for line in page:
            if not line.strip():
                y -= LEADING / 2  # a blank line of the text is a little more space on the page
                continue
            text = line.strip()
            x = 60 if line[:1].isspace() else 40
            if text.startswith(PAGE_HEADER[0]) or "绩效目标表" in text:
                x = 40
            m = AMOUNTS.match(text)
            if m and not text.startswith(PAGE_HEADER):
                if m.group("name"):
                    c.drawString(x, y, m.group("name"))
                for right, amount in zip(AMOUNT_X, m.group("amounts").split(), strict=False):
                    c.drawRightString(right, y, amount)
            else:
                c.drawString(x, y, text)
            y -= LEADING
            assert y > 40, "page overflows"
        c.drawCentredString(width / 2, 20, f"第 {pages.index(page) + 1} 页")
        c.showPage()
    c.save()
    return out.getvalue()


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _money(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def seed_ruled_pdf() -> bytes:
    import json

    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle

    golden = json.loads((DATA / "seed.golden.json").read_text(encoding="utf-8"))
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    header = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"]
    columns = ("total", "fiscal_appropriation", "special_account", "other")

    def amounts(record: dict) -> list[str]:
        return [_money(record.get(k)) for k in columns]

    rows = [header, ["合计", *amounts(golden["total"]), "", ""]]
    for unit in golden["units"]:
        rows.append([unit["name"], *amounts(unit), "", ""])
        for project in golden["projects"]:  # the seed has one funding unit
            block = ",".join(f"{ind['seq']}、{ind['level1']},{ind['level2']},{ind['name']}；"
                             f"实施周期指标值:{ind['period_value']},年度指标值:{ind['annual_value']};"
                             for ind in project["indicators"])
            # A project stands in from its unit: the whole cell is indented.
            name = "\n".join("    " + part for part in _wrap(project["name"], 14).splitlines())
            rows.append([name, *amounts(project), _wrap(project["goal"], 20), _wrap(block, 38)])
    out = io.BytesIO()
    width, height = landscape(A4)
    title = ParagraphStyle("title", fontName=FONT, fontSize=12, leading=16)

    def page_header(c: canvas.Canvas, _doc) -> None:
        c.setFont(FONT, 8)
        c.drawString(40, height - 50, f"部门名称：{golden['department']} 单位：{golden['unit']}")
        c.drawCentredString(width / 2, 20, f"第 {c.getPageNumber()} 页")

    doc = SimpleDocTemplate(out, pagesize=landscape(A4), invariant=1, topMargin=60, bottomMargin=40)
    table = Table(rows, colWidths=[120, 45, 45, 50, 45, 155, 285], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7), ("LEADING", (0, 0), (-1, -1), 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("项目支出绩效目标表（含转移支付项目）", title), Spacer(1, 6), table],
              onFirstPage=page_header, onLaterPages=page_header)
    return out.getvalue()


def general_table_pdf() -> bytes:
    """A ruled table that is neither a 绩效目标表 nor a 部门预算/决算 table."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, invariant=1, title="培训计划")
    rows = [["序号", "培训班名称", "人数", "经费（万元）"],
            ["1", "财务人员业务培训", "120", "8.50"],
            ["2", "预算绩效管理培训", "60", "3.20"],
            ["3", "政府采购实务培训", "45", "2.75"]]
    table = Table(rows, colWidths=[40, 180, 60, 90])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                               ("GRID", (0, 0), (-1, -1), 0.75, colors.black)]))
    doc.build([table])
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A picture of a table and nothing else: what a scanner produces."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    for y in range(20, 300, 40):
        draw.line((20, y, 580, y), fill=0, width=2)
    for x in (20, 200, 400, 580):
        draw.line((x, 20, x, 260), fill=0, width=2)
    out = io.BytesIO()
    c = _canvas(out)
    c.drawImage(ImageReader(image), 40, 200, width=600, height=300)
    c.showPage()
    c.save()
    return out.getvalue()


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    c = _canvas(out, encrypt="secret")
    c.drawString(40, 500, "项目支出绩效目标表（含转移支付项目）")
    c.showPage()
    c.save()
    return out.getvalue()


def no_table_pdf() -> bytes:
    out = io.BytesIO()
    c = _canvas(out)
    c.drawString(40, 500, "关于做好年度预算绩效管理工作的通知")
    c.drawString(40, 480, "各单位：请于本月底前报送本单位的绩效自评报告。")
    c.showPage()
    c.save()
    return out.getvalue()


FIXTURES = {
    "seed.pdf": seed_pdf,
    "seed_ruled.pdf": seed_ruled_pdf,
    "general_table.pdf": general_table_pdf,
    "bad/scanned.pdf": scanned_pdf,
    "bad/encrypted.pdf": encrypted_pdf,
    "bad/no_table.pdf": no_table_pdf,
}


def main() -> None:
    for name, make in FIXTURES.items():
        (DATA / name).write_bytes(make())
        print(DATA / name)


if __name__ == "__main__":
    main()
