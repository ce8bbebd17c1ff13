"""Turn a stored number, its unit and the report's qualifier into the text a reader sees."""
from __future__ import annotations

ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# Word quantities (register convention: "half" -> 0.5 ratio, "doubled" -> 2 x) are shown in the
# report's words; the number alone would overstate its precision.
WORD_UNITS = {"ratio", "x"}


def ordinal(rank: int) -> str:
    """1 -> '1st', 11 -> '11th'."""
    suffix = "th" if 10 <= rank % 100 <= 20 else ORDINAL_SUFFIX.get(rank % 10, "th")
    return f"{rank}{suffix}"


def format_number(value: float) -> str:
    """Thousands separated, as many decimals as the report printed (at most two)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0")


def format_value(value: float, unit: str, qualifier: str = "") -> str:
    """The value as the report states it: '92.15', 'more than 50%', 'EUR 54,511 million'."""
    if unit in WORD_UNITS and qualifier:
        return qualifier
    if unit == "rank":
        text = ordinal(int(value))
    elif unit == "%":
        text = f"{format_number(value)}%"
    elif unit.startswith("EUR"):
        rest = unit[3:].strip()
        text = f"EUR {format_number(value)}" + (f" {rest}" if rest and rest != "/FTE" else "")
        if rest == "/FTE":
            text += " per FTE"
    elif unit == "x":
        text = f"{format_number(value)}x"
    elif unit in {"index", "score", "ratio", "count"}:
        text = format_number(value)
    else:
        text = f"{format_number(value)} {unit}"
    if qualifier and qualifier != "parenthesised" and unit not in WORD_UNITS:
        return f"{qualifier} {text}"
    if qualifier == "parenthesised":
        return f"({text})"
    return text
