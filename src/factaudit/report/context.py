"""The template context of the HTML report: documented frozen dataclasses, built by `report.build`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factaudit.report.diff import DiffToken
from factaudit.report.formatting import claim_label
from factaudit.report.geometry import AxisView, ChartView
from factaudit.report.provenance import Reuse

# Every context field documents itself in metadata["help"] for template authors (datasette's idiom).


@dataclass(frozen=True)
class Count:
    """One labelled count of the header: findings of a kind, of a severity or of a review status."""

    key: str = field(metadata={"help": "Machine name (kind, severity or status), used to filter."})
    label: str = field(metadata={"help": "Human label."})
    count: int = field(metadata={"help": "How many."})
    severity: str = field(
        metadata={"help": "Severity the count belongs to ('error', 'warning', 'info' or '')."}
    )


@dataclass(frozen=True)
class SummaryView:
    """The header figures of the audit."""

    corpus: str = field(metadata={"help": "Name of the audited corpus."})
    schema: str = field(metadata={"help": "Schema tag of the audit data."})
    documents: int = field(metadata={"help": "Number of documents read."})
    claims: int = field(metadata={"help": "Number of claims extracted."})
    skipped: int = field(metadata={"help": "Number of documents skipped."})
    findings: int = field(metadata={"help": "Total number of findings."})
    by_kind: tuple[Count, ...] = field(metadata={"help": "Findings per kind, most severe kinds first."})
    by_severity: tuple[Count, ...] = field(metadata={"help": "Findings per severity: error, warning, info."})
    by_status: tuple[Count, ...] = field(
        metadata={"help": "Findings per review status; empty when no finding carries one."}
    )
    new: int | None = field(
        metadata={"help": "Findings not in the baseline; None when the audit was not compared with one."}
    )
    new_by_severity: tuple[Count, ...] = field(metadata={"help": "New findings per severity."})


@dataclass(frozen=True)
class DocumentRef:
    """What a finding needs to name a document and link to it, with the optional metadata."""

    doc_id: str = field(metadata={"help": "Document id."})
    anchor: str = field(metadata={"help": "HTML id of the document's source view ('doc-...')."})
    short: str = field(metadata={"help": "Short label: the id's prefix before '_' when unique, else the id."})
    title: str = field(metadata={"help": "Title, or the doc id when the document has none."})
    path: str = field(metadata={"help": "Source path, may be empty."})
    published: str | None = field(metadata={"help": "Publication date (ISO), None when unknown."})
    published_source: str | None = field(metadata={"help": "Where the publication date came from."})
    meta: tuple[tuple[str, str], ...] = field(
        metadata={
            "help": "Optional metadata present in the audit (kind, outlet, source, url, ...), labelled."
        }
    )
    kind: str | None = field(metadata={"help": "press_release, news, report or statement; None if unknown."})


@dataclass(frozen=True)
class FindingRef:
    """A link from a claim to a finding it takes part in."""

    anchor: str = field(metadata={"help": "HTML id of the finding ('finding-...')."})
    kind: str = field(metadata={"help": "Finding kind."})
    label: str = field(metadata={"help": "Human label of the kind."})
    severity: str = field(metadata={"help": "error, warning or info."})


@dataclass(frozen=True)
class CheckRef:
    """A link from a claim to a check that read it and held (checked and consistent)."""

    anchor: str = field(metadata={"help": "HTML id of the check in the checks view ('check-...')."})
    label: str = field(metadata={"help": "Human name of the check ('Part and whole')."})
    message: str = field(metadata={"help": "The check's message, for the tooltip."})


@dataclass(frozen=True)
class ClaimView:
    """One numeric claim, with its sentence split around the highlighted number."""

    claim_id: str = field(metadata={"help": "Claim id."})
    anchor: str = field(metadata={"help": "HTML id of the claim in its document's text ('claim-...')."})
    document: DocumentRef = field(metadata={"help": "The document the claim comes from."})
    text: str = field(metadata={"help": "The number as written in the source."})
    before: str = field(metadata={"help": "Sentence text before the number."})
    marked: str = field(metadata={"help": "Sentence text of the number (to wrap in <mark>)."})
    after: str = field(metadata={"help": "Sentence text after the number."})
    sentence: str = field(metadata={"help": "The whole sentence."})
    kind: str = field(metadata={"help": "count, money, percent, fraction, measure or date."})
    value: float | None = field(metadata={"help": "Parsed value."})
    low: float | None = field(metadata={"help": "Lower bound of the interval, None when open."})
    high: float | None = field(metadata={"help": "Upper bound of the interval, None when open."})
    qualifier: str | None = field(
        metadata={"help": "Hedge word of the claim ('about', 'more than'), None when exact."}
    )
    unit: str | None = field(metadata={"help": "Unit of the value."})
    subject: str | None = field(metadata={"help": "What is counted."})
    actor: str | None = field(metadata={"help": "Who states or does it."})
    period_start: str | None = field(metadata={"help": "Start of the period the claim refers to (ISO)."})
    period_end: str | None = field(metadata={"help": "End of that period (ISO)."})
    period_text: str | None = field(metadata={"help": "The period as written."})
    findings: tuple[FindingRef, ...] = field(metadata={"help": "Findings the claim takes part in."})
    single_source: bool = field(
        metadata={"help": "True when no finding pairs the claim with a claim of another document."}
    )
    checks: tuple[CheckRef, ...] = field(
        default=(), metadata={"help": "Arithmetic and date checks that read the claim and held."}
    )


@dataclass(frozen=True)
class DetailView:
    """One entry of a finding's details, its value already flattened to text."""

    key: str = field(metadata={"help": "Detail name."})
    value: str = field(
        metadata={"help": "Detail value: the scalar as text, or compact JSON for lists and objects."}
    )


@dataclass(frozen=True)
class WordingDiff:
    """Two claims' sentences compared word by word."""

    first: ClaimView = field(metadata={"help": "The claim whose sentence is the 'before' side."})
    second: ClaimView = field(metadata={"help": "The claim whose sentence is the 'after' side."})
    tokens: tuple[DiffToken, ...] = field(metadata={"help": "The diff tokens, to render one by one."})
    shared: float = field(metadata={"help": "Share of the words the two sentences have in common (0-1)."})
    readable: bool = field(
        metadata={"help": "Whether enough words are shared for the diff to help; else show none."}
    )


@dataclass(frozen=True)
class PointView:
    """One point of a time series: a period, its value and the claims reporting it."""

    period_start: str | None = field(metadata={"help": "Start of the period (ISO)."})
    period_end: str | None = field(metadata={"help": "End of the period (ISO)."})
    period_text: str | None = field(metadata={"help": "The period as written."})
    value: float | None = field(metadata={"help": "Value reported for the period."})
    low: float | None = field(metadata={"help": "Lower bound, None when open."})
    high: float | None = field(metadata={"help": "Upper bound, None when open."})
    claims: tuple[ClaimView, ...] = field(metadata={"help": "Claims reporting this point."})


@dataclass(frozen=True)
class SentencePiece:
    """A run of a sentence, highlighted or not."""

    text: str = field(metadata={"help": "The text of the run."})
    marked: bool = field(metadata={"help": "Whether the run is a figure or date the check reads."})


@dataclass(frozen=True)
class MarkedSentence:
    """A sentence a check reads, with every figure it reads highlighted, linked to its source."""

    document: DocumentRef | None = field(metadata={"help": "Its document; None when unknown."})
    href: str = field(
        metadata={"help": "Link into the source view: the first claim in it, else its document; may be ''."}
    )
    pieces: tuple[SentencePiece, ...] = field(metadata={"help": "The sentence in runs, in order."})


@dataclass(frozen=True)
class FigureView:
    """One figure a check reads, with its role in the relation (whole, part, total, component, from...)."""

    role: str = field(metadata={"help": "Role as the audit names it ('whole', 'component', 'from', ...)."})
    role_label: str = field(metadata={"help": "Role in words ('Whole', 'Component', 'From')."})
    text: str = field(metadata={"help": "The figure as written."})
    value: float | None = field(metadata={"help": "Its value; None for dates and unparsed figures."})
    href: str = field(metadata={"help": "Link to the figure in the source view; '' when none."})
    document: DocumentRef | None = field(metadata={"help": "The document it comes from; None if unknown."})


@dataclass(frozen=True)
class WorkStep:
    """One line of a check's worked table below its figures: stated, recomputed, difference, tolerance."""

    label: str = field(metadata={"help": "What the line is ('Sum of the components')."})
    value: str = field(metadata={"help": "The figure, formatted."})
    note: str = field(metadata={"help": "How it was obtained or what it means; may be ''."})
    emphasis: bool = field(metadata={"help": "True for the recomputed figure, shown bold."})


@dataclass(frozen=True)
class WorkedCheck:
    """A check with its arithmetic worked out: the figures with their roles, then what was recomputed."""

    anchor: str = field(metadata={"help": "HTML id in the checks view ('check-...')."})
    fingerprint: str = field(metadata={"help": "Fingerprint of the check (and of its finding)."})
    check: str = field(metadata={"help": "part_whole, breakdown, percent_change, weekday, ..."})
    label: str = field(metadata={"help": "Human name of the check ('Part and whole')."})
    rule: str = field(metadata={"help": "The relation the check holds the text to, one sentence."})
    holds: bool | None = field(metadata={"help": "True when consistent, False when not, None if unknown."})
    message: str = field(metadata={"help": "The check's own one-sentence message."})
    document: DocumentRef | None = field(metadata={"help": "The document checked; None when unknown."})
    equation: str = field(
        metadata={"help": "The relation worked in one line ('part 6,162 ≤ whole 9,179'), without verdict."}
    )
    margin: str = field(metadata={"help": "'difference 90, tolerance 0' for the verdict line; may be ''."})
    figures: tuple[FigureView, ...] = field(metadata={"help": "The stated figures, in the check's order."})
    steps: tuple[WorkStep, ...] = field(metadata={"help": "Stated, recomputed, difference, tolerance."})
    sentences: tuple[MarkedSentence, ...] = field(metadata={"help": "The sentences read, figures marked."})
    finding_anchor: str = field(metadata={"help": "HTML id of the finding it raised; '' when it held."})


@dataclass(frozen=True)
class UpdateView:
    """One state of a figure that is updated as events unfold (a `superseded` finding)."""

    as_of: str | None = field(metadata={"help": "When the figure was true (ISO), None if unknown."})
    when: str = field(metadata={"help": "as_of in words ('1 Mar', '1 Mar, later'), '—' when unknown."})
    value: float | None = field(metadata={"help": "The figure's value."})
    text: str = field(metadata={"help": "The figure as written."})
    document: DocumentRef | None = field(metadata={"help": "The document that gives it."})
    claims: tuple[ClaimView, ...] = field(metadata={"help": "The claims of this state."})


@dataclass(frozen=True)
class EstimateView:
    """One of several figures for one quantity, each credited to its source (`competing_estimates`)."""

    text: str = field(metadata={"help": "The figure as written."})
    value: float | None = field(metadata={"help": "Its value."})
    source: str = field(metadata={"help": "Who gives it ('Interior Ministry')."})
    claim: ClaimView | None = field(metadata={"help": "Its claim; None when missing from the data."})


@dataclass(frozen=True)
class FindingView:
    """One finding with the claims it compares and the drawings that compare them."""

    fingerprint: str = field(metadata={"help": "Stable identity of the finding."})
    anchor: str = field(metadata={"help": "HTML id of the finding ('finding-...')."})
    kind: str = field(metadata={"help": "Finding kind."})
    label: str = field(metadata={"help": "Human label of the kind."})
    description: str = field(metadata={"help": "What this kind of finding means, one sentence."})
    partial: str = field(metadata={"help": "Template rendering this finding's kind."})
    severity: str = field(metadata={"help": "error, warning or info."})
    message: str = field(metadata={"help": "One-sentence description."})
    subject: str | None = field(metadata={"help": "What the finding is about."})
    review_status: str | None = field(metadata={"help": "Review label from the baseline, None if none."})
    review_note: str | None = field(metadata={"help": "The reviewer's note, None if none."})
    new: bool | None = field(metadata={"help": "True when not in the baseline; None without a baseline."})
    claims: tuple[ClaimView, ...] = field(metadata={"help": "The compared claims, in the finding's order."})
    missing_claim_ids: tuple[str, ...] = field(
        metadata={"help": "Claim ids the audit data does not contain."}
    )
    value_axis: AxisView | None = field(
        metadata={"help": "The claims' value intervals on one axis; None when fewer than two have one."}
    )
    period_axis: AxisView | None = field(
        metadata={"help": "The claims' periods on one date axis; None when fewer than two have one."}
    )
    diffs: tuple[WordingDiff, ...] = field(
        metadata={"help": "The first claim's sentence against each other document's (not for series)."}
    )
    details: tuple[DetailView, ...] = field(metadata={"help": "Other details, sorted by key."})
    points: tuple[PointView, ...] = field(metadata={"help": "Time-series points (empty for other kinds)."})
    chart: ChartView | None = field(
        metadata={"help": "Chart of the points placed by date; None with fewer than two dated points."}
    )
    worked: WorkedCheck | None = field(
        default=None, metadata={"help": "The worked arithmetic of an arithmetic or date finding."}
    )
    updates: tuple[UpdateView, ...] = field(
        default=(), metadata={"help": "States of an updated figure, in as-of order (`superseded`)."}
    )
    estimates: tuple[EstimateView, ...] = field(
        default=(), metadata={"help": "Credited figures of `competing_estimates`, in text order."}
    )


@dataclass(frozen=True)
class FindingRow:
    """One row of the findings table, as the page's script receives it (JSON)."""

    anchor: str = field(metadata={"help": "HTML id of the finding; its template is 'tpl-' + anchor."})
    severity: str = field(metadata={"help": "error, warning or info."})
    rank: int = field(metadata={"help": "Sort key of the severity: 0 for errors."})
    kind: str = field(metadata={"help": "Finding kind."})
    label: str = field(metadata={"help": "Human label of the kind."})
    subject: str = field(metadata={"help": "What is counted, '' when unknown."})
    values: tuple[str, ...] = field(metadata={"help": "The figure as written in each source."})
    value: float | None = field(metadata={"help": "Sort key of the values column: the first value."})
    periods: tuple[str, ...] = field(metadata={"help": "The period of each claim as written."})
    period: str = field(metadata={"help": "Sort key of the periods column: the earliest start (ISO)."})
    sources: tuple[str, ...] = field(metadata={"help": "Short labels of the sources, one per claim."})
    titles: tuple[str, ...] = field(metadata={"help": "Title and date of each source, for tooltips."})
    doc_ids: tuple[str, ...] = field(metadata={"help": "Doc ids of the distinct sources, for the filter."})
    status: str = field(metadata={"help": "Review status, '' when there is none."})
    new: bool | None = field(metadata={"help": "New against the baseline; None without a baseline."})
    text: str = field(metadata={"help": "Lower-case text searched by the free-text filter."})


@dataclass(frozen=True)
class Segment:
    """A run of document text covered by the same claims (none, one, or overlapping ones)."""

    text: str = field(metadata={"help": "The text of the run."})
    claims: tuple[ClaimView, ...] = field(
        metadata={"help": "Claims covering the whole run, outermost first."}
    )
    starts: tuple[ClaimView, ...] = field(
        metadata={"help": "Claims starting at this run (their anchors go here)."}
    )
    ends: tuple[ClaimView, ...] = field(
        metadata={"help": "Claims ending with this run (their finding links go after it)."}
    )
    omitted: bool = field(
        default=False, metadata={"help": "Stands for text left out of an excerpt (the run itself is empty)."}
    )

    # The mark of a run is made here rather than in the template: the source views of the generated
    # 20,000-document corpus have 115,000 runs, and the template's tests and filters (map, join) took 0.15 s
    # of their 1.5 s.
    @property
    def mark_class(self) -> str:
        """The classes of the run's mark, from its innermost claim: checked, single-source or the
        severity of its first finding, overlapping."""
        inner = self.claims[-1]
        severity = inner.findings[0].severity if inner.findings else "info"
        checked = " checked" if inner.checks else ""
        colour = "single" if inner.single_source else f"sev-{severity}"
        overlap = " overlap" if len(self.claims) > 1 else ""
        return f"claim{checked} {colour}{overlap}"

    @property
    def labels(self) -> str:
        """The claims' one-line descriptions (claim_label), for the mark's tooltip."""
        return "; ".join(claim_label(c) for c in self.claims)


@dataclass(frozen=True)
class ReuseView:
    """A provenance note: one document reusing another's text."""

    anchor: str = field(metadata={"help": "HTML id of the note ('reuse-...')."})
    origin: DocumentRef = field(metadata={"help": "The document whose text is reused."})
    copy: DocumentRef = field(metadata={"help": "The document reusing it."})
    reuse: Reuse = field(metadata={"help": "Shares, counts and the reworded sentences with their diff."})


@dataclass(frozen=True)
class DocumentView:
    """A document with its full text cut into highlighted segments."""

    ref: DocumentRef = field(metadata={"help": "Identity and metadata."})
    claim_count: int = field(metadata={"help": "Number of claims extracted from it."})
    finding_count: int = field(metadata={"help": "Number of findings one of its claims takes part in."})
    single_source_count: int = field(metadata={"help": "Claims with no counterpart in another document."})
    text_available: bool = field(metadata={"help": "False when the text was not given to the renderer."})
    segments: tuple[Segment, ...] = field(metadata={"help": "The text, in order."})
    reuse: tuple[ReuseView, ...] = field(metadata={"help": "Provenance notes the document takes part in."})
    checked_count: int = field(default=0, metadata={"help": "Arithmetic and date checks of it that held."})
    text_omitted: bool = field(
        default=False,
        metadata={"help": "True when the corpus is too large for every text and this one was left out."},
    )
    excerpted: bool = field(
        default=False,
        metadata={
            "help": "True when the corpus is too large for every text and only the sentences of the claims"
            " a finding or check links to are shown, with some context."
        },
    )


@dataclass(frozen=True)
class TextLimit:
    """Set when the corpus is too large for the page to embed every document's full text."""

    documents: int = field(metadata={"help": "Documents of the audit."})
    embedded: int = field(metadata={"help": "Documents whose full text the page embeds."})
    limit: int = field(metadata={"help": "Corpus size above which texts are embedded selectively."})


@dataclass(frozen=True)
class ReuseLimit:
    """Set when a large corpus's text reuse was looked for among some documents or not all notes shown."""

    searched: int = field(metadata={"help": "Documents text reuse was looked for among."})
    documents: int = field(metadata={"help": "Documents with a text."})
    found: int = field(metadata={"help": "Notes found."})
    shown: int = field(metadata={"help": "Notes the page shows, the largest reuses first."})


@dataclass(frozen=True)
class FilterOption:
    """One choice of a filter menu."""

    value: str = field(metadata={"help": "Value matched against the rows."})
    label: str = field(metadata={"help": "Label shown."})


@dataclass(frozen=True)
class ReportContext:
    """Everything the report template receives."""

    title: str = field(metadata={"help": "Page title."})
    summary: SummaryView = field(metadata={"help": "Header figures."})
    findings: Sequence[FindingView] = field(
        metadata={
            "help": "Findings with their full partials, most severe first, then by kind, then in audit order;"
            " in a large corpus built one at a time as the page is written."
        }
    )
    rows: tuple[FindingRow, ...] = field(metadata={"help": "The findings table, in the same order."})
    documents: tuple[DocumentView, ...] = field(metadata={"help": "Documents in audit order."})
    reuse: tuple[ReuseView, ...] = field(metadata={"help": "Provenance notes, largest share first."})
    claim_documents: Mapping[str, str] = field(
        metadata={"help": "Claim anchor -> document anchor, so the script can open a claim's source view."}
    )
    kind_options: tuple[FilterOption, ...] = field(metadata={"help": "Choices of the kind filter."})
    source_options: tuple[FilterOption, ...] = field(metadata={"help": "Choices of the source filter."})
    status_options: tuple[FilterOption, ...] = field(
        metadata={"help": "Choices of the review-status filter; empty when no finding has a status."}
    )
    checks: tuple[WorkedCheck, ...] = field(
        default=(),
        metadata={
            "help": "Arithmetic and date checks of the audit: those that failed first, then those held."
        },
    )
    checks_held: int = field(default=0, metadata={"help": "How many checks held."})
    text_limit: TextLimit | None = field(
        default=None,
        metadata={
            "help": "Set above FULL_TEXT_MAX_DOCUMENTS documents: only the texts of documents with an error"
            " or warning finding or a check are embedded; None when every text is."
        },
    )
    data: Mapping[str, Any] = field(
        default_factory=dict,
        metadata={
            "help": "What the script reads (JSON): the table rows, claim anchor -> document anchor, and in"
            " a large corpus the compact details of agreements, time series and the errors and warnings"
            " past the first FULL_FINDINGS_SHOWN, with the rows packed as arrays (compact.pack_rows) and"
            " documents named by index."
        },
    )
    compact_groups: int | None = field(
        default=None,
        metadata={
            "help": "Set above FULL_TEXT_MAX_DOCUMENTS documents: how many rows (groups) show the agreements;"
            " None when every finding has its full partial."
        },
    )
    reuse_limit: ReuseLimit | None = field(
        default=None,
        metadata={"help": "Set when reuse detection or its notes were capped (large corpus); else None."},
    )
    drawn_findings: int = field(
        default=0,
        metadata={
            "help": "Errors and warnings of a large corpus past the first FULL_FINDINGS_SHOWN that the script"
            " draws from the compact data when opened (no partial written); 0 when every one has its partial."
        },
    )
