"""Which page presents each exhibit of the study, in the report's order."""
from __future__ import annotations

from typing import Mapping

from data.loader import DataStore

# Section of the report -> topic page (first matching prefix wins).
SECTION_PAGES = (
    ("Part I 2.1", "globalization"),
    ("Part I 2.", "export-geography"),
    ("Part I 3", "export-geography"),
    ("Part I 4", "export-geography"),
    ("Part I 5", "firm-morphology"),
    ("Part 2", "international-sourcing"),
    ("Appendix", "international-sourcing"),
)


def exhibit_page(section: str) -> str:
    """The topic page of an exhibit, from the report section it sits in."""
    for prefix, page in SECTION_PAGES:
        if section.startswith(prefix):
            return page
    raise ValueError(f"no page for report section {section!r}")


def exhibits_for_page(store: DataStore, page: str) -> list[Mapping]:
    """The page's exhibits in report order (exhibits.json lists them as the report does)."""
    return [e for e in store.exhibits.values() if exhibit_page(e["section"]) == page]
