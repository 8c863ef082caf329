"""The file of a 文书: PDF (reportlab, the built-in CID font STSong-Light: no font file, text extractable) and
DOCX (python-docx) for the forms staff edit before printing."""

from __future__ import annotations

import io
from functools import cache
from xml.sax.saxutils import escape

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from complaints.documents.content import DocumentContent

FONT = "STSong-Light"  # Adobe-GB1: the check boxes are ■ and □ (GB 2312), not ☑ and ☐ (missing)


@cache
def _font() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _styles() -> dict[str, ParagraphStyle]:
    font = _font()
    return {
        "bureau": ParagraphStyle("bureau", fontName=font, fontSize=16, leading=24, alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName=font, fontSize=20, leading=30, alignment=TA_CENTER),
        "number": ParagraphStyle("number", fontName=font, fontSize=11, leading=18, alignment=TA_CENTER),
        "body": ParagraphStyle("body", fontName=font, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24),
        "plain": ParagraphStyle("plain", fontName=font, fontSize=12, leading=20, wordWrap="CJK"),
        "right": ParagraphStyle("right", fontName=font, fontSize=12, leading=20, alignment=TA_RIGHT),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def pdf_bytes(content: DocumentContent) -> bytes:
    s = _styles()
    story: list = [_p(content.bureau, s["bureau"]), _p(content.title, s["title"]), _p(content.number, s["number"])]
    story.append(Spacer(1, 6 * mm))
    if content.addressee:
        story.append(_p(content.addressee, s["plain"]))
    story += [_p(text, s["body"]) for text in content.paragraphs]
    story += [_p(("■ " if marked else "□ ") + text, s["plain"]) for marked, text in content.checklist]
    if content.table:
        rows = [[_p(label, s["plain"]), _p(value or "", s["plain"])] for label, value in content.table]
        table = Table(rows, colWidths=[35 * mm, 130 * mm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    story.append(Spacer(1, 10 * mm))
    story += [_p(text, s["right"]) for text in content.closing]
    story.append(_p(content.issued_on, s["right"]))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=content.title, leftMargin=22 * mm, rightMargin=22 * mm)
    doc.build(story)
    return out.getvalue()


def docx_bytes(content: DocumentContent) -> bytes:
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name = "SimSun"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for text in (content.bureau, content.title, content.number):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    if content.addressee:
        doc.add_paragraph(content.addressee)
    for text in content.paragraphs:
        doc.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    for marked, text in content.checklist:
        doc.add_paragraph(("■ " if marked else "□ ") + text)
    if content.table:
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in content.table:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value or ""
    for text in [*content.closing, content.issued_on]:
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
