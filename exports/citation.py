"""A chart's citation, as text, BibTeX and RIS: the study as the report gives it (title, the
authoring teams, publisher), the chart's title and exhibits, the permalink of the view cited
and the day it was accessed.

The report prints no publication year (data/study/report.txt), so no citation gives one:
reference managers show such an entry as undated rather than with a year we would invent.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Mapping

from charts.links import permalink
from charts.provenance import TEXT, exhibit_name
from charts.spec import ChartSpec
from data.loader import DataStore
from exports.tables import filter_summary
from i18n.catalogs import N_, gettext_for, translate

THE_TEXT = N_("the text of the study")

# Characters BibTeX reads as markup, written so they print as themselves.
BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%",
                  "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                  "^": r"\textasciicircum{}"}


def today() -> date:
    """The access date of a citation made now (UTC, as the data files' download time)."""
    return datetime.now(timezone.utc).date()


def exhibit_names(exhibits: list[str], language: str) -> str:
    """'Table 6, Figure 29'; numbers stated in prose are 'the text of the study' (in the
    language)."""
    return ", ".join(translate(THE_TEXT, language) if e == TEXT else exhibit_name(e, language)
                     for e in exhibits)


def bibtex_text(text: str) -> str:
    """A BibTeX field value that prints `text` as it is."""
    return "".join(BIBTEX_ESCAPES.get(char, char) for char in " ".join(text.split()))


def ris_text(text: str) -> str:
    """An RIS value: one line."""
    return " ".join(text.split())


@dataclass(frozen=True)
class ChartCitation:
    """Everything a citation of one chart view names."""

    slug: str
    study: Mapping[str, object]   # data/catalog.json "study": title, authors, publisher, ...
    chart_title: str
    exhibits: str
    url: str
    accessed: date
    language: str
    filters: str = ""   # the filters in words, for the files' notes

    def note(self) -> str:
        """The files' note: who wrote which part, the exhibits, the filters."""
        _ = gettext_for(self.language)
        filters = " " + _("Filters: {filters}.").format(filters=self.filters) if self.filters else ""
        return f"{self.study['authors']}. " + _("Exhibit: {exhibits}.").format(
            exhibits=self.exhibits) + filters

    def parts(self) -> tuple[str, str, str, str]:
        """The citation in its parts: (the study's own citation line, as the study gives it;
        the chart and its exhibits, in the language; the permalink; the access date), so that
        a page can mark the study's words as such and make the link a link."""
        _ = gettext_for(self.language)
        chart = _("Chart: \u201c{title}\u201d ({exhibits}).").format(title=self.chart_title,
                                                                     exhibits=self.exhibits)
        accessed = _("(accessed {date}).").format(date=self.accessed.isoformat())
        return str(self.study["citation"]), f" {chart} ", self.url, f" {accessed}"

    def text(self) -> str:
        """The citation to paste: the study's own citation line, then the chart, its exhibits,
        the permalink and the access date."""
        return "".join(self.parts())

    def bibtex(self) -> str:
        """A @misc entry with `url` and `urldate` (biblatex; BibTeX styles with url support)."""
        fields = [
            ("author", " and ".join(f"{{{bibtex_text(name)}}}" for name in self.study["author_list"])),
            # Double braces keep the title's capitals as printed.
            ("title", f"{{{bibtex_text(self.chart_title)}}}"),
            ("howpublished", bibtex_text(str(self.study["title"]))),
            ("publisher", bibtex_text(str(self.study["publisher"]))),
            ("note", bibtex_text(self.note())),
            # biblatex reads url verbatim: no escapes.
            ("url", " ".join(self.url.split())),
            ("urldate", self.accessed.isoformat()),
        ]
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        return f"@misc{{bnge-{self.slug},\n{body}\n}}\n"

    def ris(self) -> str:
        """An RIS record (type ELEC: a web page) with UR and the access date in Y2."""
        lines = [("TY", "ELEC"),
                 *(("AU", ris_text(name)) for name in self.study["author_list"]),
                 ("TI", ris_text(self.chart_title)),
                 ("T2", ris_text(str(self.study["title"]))),
                 ("PB", ris_text(str(self.study["publisher"]))),
                 ("N1", ris_text(self.note())),
                 ("UR", ris_text(self.url)),
                 ("Y2", self.accessed.strftime("%Y/%m/%d")),
                 ("ER", "")]
        # RIS lines end in CRLF; every tag is followed by two spaces and a hyphen.
        return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def chart_citation(spec: ChartSpec, data: DataStore, query: str, base_url: str, accessed: date,
                   language: str, selection: Mapping[str, tuple] | None = None) -> ChartCitation:
    """The citation of a chart view whose query string is `query`, in the language (its
    permalink is the view in that language); with its `selection`, the filters are written
    out in words too (the .bib and .ris files' note)."""
    return ChartCitation(
        slug=spec.slug, study=data.study, chart_title=translate(spec.title.text, language),
        exhibits=exhibit_names(spec.exhibits_shown(data.frame(spec.dataset)), language),
        url=permalink(spec, base_url, query, language), accessed=accessed, language=language,
        filters=filter_summary(spec, data, selection, language) if selection is not None else "")
