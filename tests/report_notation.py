"""Does a number we show occur in a sentence of the report, in the report's own notation?

The report writes decimal commas ("3,14"), sometimes points ("4.8%"), thousands commas in tables
("10,167"), small numbers and ranks in words ("three per cent", "third") and quantities in words
("half", "doubled"). We show "3.14", "10,167", "3rd". These helpers bridge the two, and nothing
more: a number that is not in the sentence in any of these forms is not the report's.
"""
from __future__ import annotations

import re

CARDINALS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve")
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth")
# Numbers a sentence of ours may state in words, and how the report may word the same.
WORD_QUANTITIES = {
    "half": ("half",), "a third": ("a third",), "one third": ("one third",),
    "one fifth": ("one fifth",), "doubled": ("doubled",), "twice": ("twice", "doubled"),
    "seven times": ("seven times",), "a quarter": ("a quarter",),
}
# "3,14", "10,167", "4.8", "2010", "3rd": a number as we or the report write it.
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\w])")


def _plain(text: str) -> str:
    """Thousands separators dropped ('10,167' -> '10167'); decimal commas kept."""
    return re.sub(r"(?<=\d)[,.](?=\d{3}(?!\d))", "", text)


def numbers_in(text: str) -> list[str]:
    """The numbers a displayed text states, as written ('2.62', '10,167', '3rd')."""
    return NUMBER.findall(text)


def number_occurs(number: str, quote: str) -> bool:
    """True when `number` (as we show it) is a number of `quote` in the report's notation."""
    negative = number[:1] in ("-", "\u2212")
    if negative:  # printed with a minus sign in the report too
        number = number[1:]
        quote = " ".join(re.findall(r"[-\u2212]\d[\d.,]*", quote))
    ordinal = re.fullmatch(r"(\d+)(st|nd|rd|th)", number)
    digits = ordinal.group(1) if ordinal else number
    plain = _plain(digits)
    forms = {plain, plain.replace(".", ",")}
    if ordinal:
        forms |= {f"{digits} {ordinal.group(2)}", f"{digits}{ordinal.group(2)}"}
    quote_numbers = {_plain(n) for n in NUMBER.findall(quote.replace("-", " ").replace("\u2212", " "))}
    # "3 rd" in the text edition is a rank split by the PDF extraction.
    quote_numbers |= {f"{a} {b}" for a, b in re.findall(r"(\d+) (st|nd|rd|th)\b", quote)}
    if forms & quote_numbers:
        return True
    value = int(plain) if plain.isdigit() else None
    if value is not None and value < len(CARDINALS):
        words = ORDINALS[value] if ordinal else CARDINALS[value]
        return re.search(rf"\b{words}\b", quote, re.IGNORECASE) is not None
    return False


def word_quantities_in(text: str) -> list[str]:
    """Quantities a displayed text states in words ('half', 'doubled')."""
    return [w for w in WORD_QUANTITIES if re.search(rf"\b{w}\b", text, re.IGNORECASE)]


def word_quantity_occurs(word: str, quote: str) -> bool:
    return any(re.search(rf"\b{form}\b", quote, re.IGNORECASE) for form in WORD_QUANTITIES[word])
