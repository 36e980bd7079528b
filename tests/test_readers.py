"""Each format read from a real file the test makes: text, offsets, metadata and the claims found in it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from builders import ARTICLE_SENTENCES, BOILERPLATE_FIGURES, article_page, make_docx, make_pdf
from factaudit.audit import AuditConfig, run_audit
from factaudit.extract import Claim, extract_claims
from factaudit.ingest import Corpus, Document, load_corpus
from factaudit.output import audit_payload
from factaudit.readers import ReaderConfig
from factaudit.readers.markdown import clean_markdown

PRESS_PAGE_1 = [
    "Brussels, 8 July 2022",
    "In the first half of this year, Moroccan authorities prevented more than 26,000 irregular departures "
    "and dismantled around a hundred criminal trafficking networks, the European Commission said today.",
]
PRESS_PAGE_2 = [
    "The Commission will provide 500 million euros to support the partnership, including border "
    "management and the fight against the smuggling networks that put lives at risk at sea.",
]


def _only(corpus: Corpus) -> Document:
    assert not corpus.skipped, corpus.skipped
    assert len(corpus.documents) == 1
    return corpus.documents[0]


def _claims(document: Document) -> list[Claim]:
    claims = extract_claims(document)
    for claim in claims:
        # Offsets point into the text the report shows, and quote it exactly.
        assert document.text[claim.start : claim.end] == claim.text
        assert document.text[claim.sentence_start : claim.sentence_end] == claim.sentence
    return claims


def _by_text(claims: list[Claim], text: str) -> Claim:
    found = [claim for claim in claims if claim.text == text]
    assert len(found) == 1, (text, [c.text for c in claims])
    return found[0]


def test_html_claims_come_only_from_the_article(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(article_page(), encoding="utf-8")
    document = _only(load_corpus([tmp_path]))
    assert (document.format, document.encoding) == ("html", "utf-8")
    assert document.title == "Morocco foiled 26,000 departures"
    assert document.outlet == "Example News"
    assert document.url == "https://news.example.org/world/morocco-departures"
    assert (document.published, document.published_source) == (dt.date(2022, 7, 9), "metadata")
    assert document.updated == dt.date(2022, 7, 12)
    for sentence in ARTICLE_SENTENCES:
        assert sentence in document.text
    claims = _claims(document)
    departures = _by_text(claims, "more than 26,000")
    assert departures.subject == "irregular departures"
    assert (str(departures.period_start), str(departures.period_end)) == ("2022-01-01", "2022-06-30")
    assert _by_text(claims, "around a hundred").subject == "criminal trafficking networks"
    article = "\n".join((document.title or "", *ARTICLE_SENTENCES))
    for claim in claims:
        assert claim.sentence in article, claim.sentence
    numbers = {re.sub(r"\D", "", claim.text) for claim in claims}
    assert not numbers & {re.sub(r"\D", "", figure) for figure in BOILERPLATE_FIGURES}


def test_pdf_pages_offsets_and_sentences_across_line_breaks(tmp_path: Path) -> None:
    make_pdf(tmp_path / "release.pdf", [PRESS_PAGE_1, PRESS_PAGE_2], title="Morocco and EU renew partnership")
    document = _only(load_corpus([tmp_path]))
    assert (document.format, document.title) == ("pdf", "Morocco and EU renew partnership")
    assert (document.published, document.published_source) == (dt.date(2022, 7, 8), "dateline")
    assert [number for number, _, _ in document.pages] == [1, 2]
    # The extractor reads layout line breaks as spaces, the text keeps them: same length, same offsets.
    assert document.extract_text is not None and len(document.extract_text) == len(document.text)
    assert "\n" in document.text[document.pages[0][1] : document.pages[0][2]].strip()
    claims = _claims(document)
    departures = _by_text(claims, "more than 26,000")
    assert departures.subject == "irregular departures" and departures.page == 1
    assert (str(departures.period_start), str(departures.period_end)) == ("2022-01-01", "2022-06-30")
    money = _by_text(claims, "500 million")
    assert money.page == 2 and money.value == 500_000_000
    number, start, end = document.pages[1]
    assert start <= money.start < money.end <= end and document.page_at(money.start) == number


def test_docx_body_and_tables_in_reading_order(tmp_path: Path) -> None:
    make_docx(
        tmp_path / "briefing.docx",
        before=[
            "Madrid, 3 March 2023",
            "Spain recorded 31,219 irregular arrivals in 2022, the ministry said.",
        ],
        table=[["Route", "Arrivals"], ["Canary Islands", "15,682"], ["Mainland", "12,480"]],
        after=["Arrivals by sea fell by a quarter compared with 2021."],
    )
    document = _only(load_corpus([tmp_path]))
    assert (document.format, document.title) == ("docx", "Irregular migration: figures for 2022")
    assert (document.published, document.published_source) == (dt.date(2023, 3, 3), "dateline")
    text = document.text
    assert text.index("31,219") < text.index("Canary Islands\t15,682") < text.index("a quarter")
    assert "999" not in text  # the page header is not body text
    claims = [c.text for c in _claims(document)]
    assert {"31,219", "15,682", "12,480", "a quarter"} <= set(claims)
    assert claims.index("31,219") < claims.index("15,682") < claims.index("a quarter")


def test_markdown_markup_is_blanked_and_offsets_point_into_the_file(tmp_path: Path) -> None:
    source = (
        "---\ntitle: Partnership renewed\noutlet: European Commission\nkind: Press release\n"
        "date: 2022-07-08\n---\n"
        "# Morocco and the EU renew their partnership\n\n"
        "1. Morocco prevented **more than 26,000** irregular departures in the first half of this year.\n"
        "2. Police dismantled [around a hundred](https://example.org/2022/07/nets_87) criminal networks.\n\n"
        "![Chart of 2021 figures](img/chart_2021.png)\n"
    )
    (tmp_path / "release.md").write_text(source, encoding="utf-8")
    document = _only(load_corpus([tmp_path]))
    assert document.text == source and document.format == "markdown"
    assert (document.kind, document.outlet, document.title) == (
        "press_release",
        "European Commission",
        "Partnership renewed",
    )
    assert document.extract_text == clean_markdown(source, document.body_start)
    claims = _claims(document)
    assert [claim.text for claim in claims] == ["more than 26,000", "around a hundred"]
    assert claims[0].subject == "irregular departures"
    assert claims[1].sentence.startswith("Police dismantled [around a hundred](https://")


def test_cp1252_file_reads_the_pound_sign(tmp_path: Path) -> None:
    text = "Chelsea sack Mutu\n\nMutu, a \u00a315.8m signing from Parma, faces a \u201ctwo-year\u201d ban.\n"
    (tmp_path / "mutu.txt").write_bytes(text.encode("cp1252"))
    document = _only(load_corpus([tmp_path]))
    assert (document.text, document.encoding) == (text, "cp1252")
    money = _by_text(_claims(document), "\u00a315.8m")
    assert (money.kind, money.unit, money.value) == ("money", "GBP", 15_800_000)


def test_encodings_are_tried_in_the_configured_order(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffCosts rose by 12% in 2022.".encode())
    (tmp_path / "kyiv.txt").write_bytes("Ціни зросли на 12% у 2022 році, повідомила служба.".encode("cp1251"))
    default = load_corpus([tmp_path])
    assert {d.doc_id: d.encoding for d in default.documents}["bom"] == "utf-8-sig"
    configured = load_corpus([tmp_path], config=ReaderConfig(encodings=("cp1251",)))
    assert not configured.skipped
    kyiv = {d.doc_id: d for d in configured.documents}["kyiv"]
    assert (kyiv.encoding, kyiv.text[:4]) == ("cp1251", "Ціни")


def test_csv_corpus_one_document_per_row(tmp_path: Path) -> None:
    (tmp_path / "news.csv").write_text(
        "category,file,title,text\n"
        'business,001.txt,Profits up,"Quarterly profits jumped 76% to $1.13bn."\n'
        'sport,001.txt,Mutu sacked,"Chelsea sacked Mutu, a \u00a315.8m signing."\n',
        encoding="utf-8",
    )
    corpus = load_corpus([tmp_path])
    assert not corpus.skipped
    assert [(d.doc_id, d.title, d.format) for d in corpus.documents] == [
        ("business-001", "Profits up", "csv"),
        ("sport-001", "Mutu sacked", "csv"),
    ]
    claims = [c.text for d in corpus.documents for c in _claims(d)]
    assert claims == ["76%", "$1.13bn", "\u00a315.8m"]


def test_sources_manifest_gives_kind_outlet_url_and_date(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text("Police arrested 40 suspects.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Police arrested more than 40 suspects.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,title,outlet,url,date,kind\n"
        "release.txt,Arrests,Ministry of the Interior,https://example.org/r,2022-07-08,press release\n"
        "story.txt,,Daily Example,,,news\n",
        encoding="utf-8",
    )
    result = run_audit(AuditConfig(sources=(str(tmp_path),)))
    documents = {d.doc_id: d for d in result.corpus.documents}
    assert not result.corpus.skipped and set(documents) == {"release", "story"}
    release = documents["release"]
    assert (release.kind, release.outlet, release.url, release.title) == (
        "press_release",
        "Ministry of the Interior",
        "https://example.org/r",
        "Arrests",
    )
    assert (release.published, release.published_source) == (dt.date(2022, 7, 8), "manifest")
    assert (documents["story"].kind, documents["story"].outlet) == ("news", "Daily Example")
    payload = json.loads(json.dumps(audit_payload(result, [str(tmp_path)])))
    shown = {d["doc_id"]: d for d in payload["documents"]}["release"]
    assert {k: shown[k] for k in ("kind", "outlet", "format", "encoding", "updated", "pages")} == {
        "kind": "press_release",
        "outlet": "Ministry of the Interior",
        "format": "text",
        "encoding": "utf-8",
        "updated": None,
        "pages": [],
    }


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("**26,000** people", "  26,000   people"),
        ("[a hundred](https://x.org/1_2) nets", " a hundred" + " " * 20 + " nets"),
        ("3. item with 4 cats", "   item with 4 cats"),
        ("> quoted 5%", "  quoted 5%"),
        ("`12` and <b>13</b>", " 12  and    13    "),
        ("snake_case_5 and 5 * 3", "snake_case_5 and 5 * 3"),
    ],
)
def test_clean_markdown_keeps_length_and_words(markdown: str, expected: str) -> None:
    assert clean_markdown(markdown) == expected


SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
needs_corpora = pytest.mark.skipif(
    not (CORPORA / "bbc_news.csv").is_file(),
    reason="the BBC corpus (../shared/corpora) is not beside this checkout",
)


def test_sample_corpus_audits_with_nothing_skipped() -> None:
    result = run_audit(AuditConfig(sources=(str(SEEDS),)))
    assert (len(result.corpus.documents), result.corpus.skipped) == (5, ())
    assert {d.encoding for d in result.corpus.documents} == {"utf-8"}


@needs_corpora
def test_bbc_cp1252_file_reads_correctly() -> None:
    document = _only(load_corpus([CORPORA / "bbc_sport_199_cp1252.txt"]))
    assert document.encoding == "cp1252" and "a \u00a315.8m signing from Parma" in document.text
    money = _by_text(_claims(document), "\u00a315.8m")
    assert (money.unit, money.value) == ("GBP", 15_800_000)


@pytest.mark.slow
@needs_corpora
def test_bbc_corpus_audits_with_nothing_skipped() -> None:
    """The 2,225 BBC articles (CSV) and the cp1252 file: about 90 s on the development machine."""
    sources = (str(CORPORA / "bbc_news.csv"), str(CORPORA / "bbc_sport_199_cp1252.txt"))
    result = run_audit(AuditConfig(sources=sources))
    assert (len(result.corpus.documents), result.corpus.skipped) == (2226, ())
    ids = [d.doc_id for d in result.corpus.documents]
    assert len(set(ids)) == 2226 and {"business-001", "sport-001", "bbc_sport_199_cp1252"} <= set(ids)
    assert len(result.claims) > 10_000


_GERMAN = "Im vergangenen Jahr wurden 26.000 Menschen registriert; die Kosten lagen bei 2,5 Millionen Euro."


@pytest.mark.parametrize("declared_by", ["html", "docx", "front_matter", "manifest", "none"])
def test_document_language_decides_how_digit_groups_read(tmp_path: Path, declared_by: str) -> None:
    """'26.000' is twenty-six thousand in a document declared German (by its <html lang>, its DOCX
    properties, front matter or the sources.csv manifest) and 26 where nothing says so."""
    if declared_by == "html":
        body = "".join(
            f"<p>{_GERMAN} Satz {n} des Artikels, lang genug für einen Artikel.</p>" for n in range(3)
        )
        page = '<html lang="de-DE"><head><meta charset="utf-8"><title>Migration</title></head>'
        (tmp_path / "page.html").write_text(f"{page}<body><article>{body}</article></body></html>", "utf-8")
    elif declared_by == "docx":
        import docx

        word = docx.Document()
        word.core_properties.language = "de-DE"
        word.add_paragraph(_GERMAN)
        word.save(str(tmp_path / "note.docx"))
    elif declared_by == "front_matter":
        (tmp_path / "note.md").write_text(f"---\ntitle: Migration\nlang: de\n---\n{_GERMAN}\n", "utf-8")
    else:
        (tmp_path / "note.txt").write_text(_GERMAN + "\n", "utf-8")
        if declared_by == "manifest":
            (tmp_path / "sources.csv").write_text("file,lang\nnote.txt,de\n", "utf-8")
    document = _only(load_corpus([tmp_path]))
    german = declared_by != "none"
    assert document.language == ("de" if german else None)
    values = {claim.text: claim.value for claim in _claims(document)}
    assert values["26.000"] == (26000 if german else 26)
    assert values.get("2,5") == (2.5 if german else None)


def test_files_read_in_processes_equal_files_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`load_corpus(jobs=2)` reads in a real pool of forked processes (each with its own PDF worker): the
    same documents and the same skips, in the same order, as one process; the memo fills the same way."""
    import factaudit.ingest as ingest

    folder = tmp_path / "corpus"
    folder.mkdir()
    for index in range(40):
        (folder / f"a{index:02d}.md").write_text(
            f"# Story {index}\n\nPolice arrested {index + 3} people in 2021, up from {index} in 2020.\n",
            encoding="utf-8",
        )
    (folder / "b-empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "c-broken.pdf").write_bytes(b"%PDF-1.4 not really")
    make_pdf(folder / "d-report.pdf", [["The agency counted 26,000 departures in 2023."]])
    monkeypatch.setattr(ingest, "PARALLEL_READ_MIN", 2)
    monkeypatch.setattr(ingest, "READ_CHUNK", 3)
    here = load_corpus([folder], jobs=1)
    there = load_corpus([folder], jobs=2)
    assert there == here
    assert len(here.documents) == 41 and [Path(s.path).name for s in here.skipped] == [
        "b-empty.txt",
        "c-broken.pdf",
    ]
    memo = tmp_path / "claims" / "cache.parquet"
    memo.parent.mkdir()
    assert load_corpus([folder], jobs=2, memo=memo) == here
    assert load_corpus([folder], jobs=1, memo=memo) == here
