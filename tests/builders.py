"""Real source files made by the tests themselves: a web page with boilerplate, a PDF, a Word document, a
folder of dated Markdown articles, and what an audit of it found between two claims."""

from __future__ import annotations

from pathlib import Path

from factaudit import columns as col
from factaudit.audit import AuditConfig, AuditResult, run_audit

ARTICLE_SENTENCES = (
    "Moroccan authorities prevented more than 26,000 irregular departures in the first half of this year, "
    "the European Commission said on Friday.",
    "Police also dismantled around a hundred criminal trafficking networks, according to the statement "
    "the Commission published in Brussels.",
    "The Commission said that one tenth of the attempts involved minors travelling alone on small boats.",
)
# Figures that stand only in the page around the article: none of them may become a claim.
BOILERPLATE_FIGURES = ("47", "99", "12", "5", "350", "2,400")


def article_page(url: str = "https://news.example.org/world/morocco-departures") -> str:
    """A saved news page: navigation, an ad, the article, related links, a cookie notice and a footer."""
    paragraphs = "\n".join(f"<p>{sentence}</p>" for sentence in ARTICLE_SENTENCES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Morocco foiled 26,000 departures | Example News</title>
<meta property="og:title" content="Morocco foiled 26,000 departures">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="2022-07-09T10:00:00+00:00">
<meta property="article:modified_time" content="2022-07-12T08:30:00+00:00">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World: 47 new stories</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="advert">Subscribe now: 99 cents a week for your first 12 weeks!</div>
<main><article>
<h1>Morocco foiled 26,000 departures</h1>
<p class="byline">By A. Reporter</p>
{paragraphs}
</article></main>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Top 5 beaches on the Spanish coast</a></li>
<li><a href="/b">2,400 jobs at risk at car plant</a></li></ul></aside>
<div id="cookie-banner">We use cookies. Accept all</div>
<footer><p>© Example News. 350 journalists in 40 countries.</p></footer>
</body></html>"""


def make_pdf(path: Path, pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A PDF with one list of paragraphs per page (reportlab lays them out, wrapping long lines)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story: list[object] = []
    for number, paragraphs in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.extend(Paragraph(paragraph, styles["Normal"]) for paragraph in paragraphs)
    SimpleDocTemplate(str(path), pagesize=A4, title=title or "", invariant=True).build(story)
    return path.read_bytes()


def make_docx(path: Path, before: list[str], table: list[list[str]], after: list[str]) -> None:
    """A Word document: paragraphs, a table, more paragraphs, plus a header that is not body text."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Irregular migration: figures for 2022"
    document.sections[0].header.paragraphs[0].text = "Page header: 999 copies printed"
    for text in before:
        document.add_paragraph(text)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for row, cells in zip(grid.rows, table, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))


def minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF written by hand around a content stream, with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def audit_markdown(tmp_path: Path, *documents: tuple[str, str, str]) -> AuditResult:
    """Audit Markdown documents given as (name, date, body), each its own outlet."""
    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    for name, date, body in documents:
        front = f'---\ntitle: "{name}"\nsource: {name}\ndate: {date}\n---\n'
        (folder / f"{name}.md").write_text(f"{front}{body}\n", encoding="utf-8")
    return run_audit(AuditConfig(sources=(str(folder),), cache=None))


def kinds_between(result: AuditResult, left: str, right: str) -> list[str]:
    """The kinds of the findings that hold both claims, named by their text."""
    ids = dict(zip(result.claims[col.TEXT], result.claims[col.CLAIM_ID], strict=False))
    return [f.kind for f in result.findings if {ids[left], ids[right]} <= set(f.claim_ids)]
