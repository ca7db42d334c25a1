"""A data table the story prints as rows of cells: every cell a figure, each distinct value once.

A statistics release's chart data ("Jan. 2012 96.5 96.2" under "Figure 1. Retail sales volume index"), a results
story's table ("| Sales | 205389.00 | 187445.00 | 9.57 |") and a data calendar's item ("| Month over Month |
0.6% | -0.3% |") reach the extractor as lines with no sentence in them, which the body leaves out.  The corpus
convention (benchmarks/articles/README.md, the a39, a41 and a45 batches) counts each cell as a figure, once;
row labels and period headers ("Jan. 2012", "202109") are none.

A cell's unit is its own sign ("0.6%"), its column's or its row's ("% Var", "PBIDTM(%)"), or the unit the story
gives a cell it quotes: "Rs. 205389.00 millions" for the cell 205389.00 makes the table's other sums INR
millions as well.  A bare cell is a count (an index level, as the corpus gives one).

Only a table the story owns counts: a markdown table (its "|---|" rule says the page drew one), or rows under
a "Figure 1." / "Table 2" caption, or rows whose cells the story quotes.  A box of currencies' exchange rates
("USD 28.2380 27.6843") is the site's furniture: a row labelled by a currency gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefkit.content.model import Figure
from briefkit.extract.currencies import CODES, currency_code

__all__ = ["table_figures"]

_NUMBER = r"[-−]?\d(?:[\d,]*\d)?(?:\.\d+)?"
_CELL = re.compile(rf"(?P<num>{_NUMBER})\s?(?P<pct>%)?")
# a row of bare cells after its label: "Jan. 2012 96.5 96.2", "Q3 2021 88.4 87.9", "Food 5.7 4.1" (a label opens
# on a word, not a digit)
_SPACE_ROW = re.compile(rf"^(?:(?P<label>[^\d\s.,%−-].*?)\s+)?"
                        rf"(?P<cells>{_NUMBER}%?(?:\s+{_NUMBER}%?)+)\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
# the caption a statistics release prints over its chart's data: "Figure 1.", "Table 2:", "Chart 3 -"
_CAPTION = re.compile(r"^\s*(?:Figure|Fig\.|Table|Chart|Graph)\s*\d+\b", re.IGNORECASE)
_PERCENT_HEAD = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)
# a contact list's lines ("phone: +61 2 6274 1111"): a telephone number's digit groups, no cells
_CONTACT = re.compile(r"\b(?:phone|tel|telephone|fax|mobile|call|whatsapp)\b|\+$|\+\d", re.IGNORECASE)
_MIN_SPACE_ROWS = 3
_CAPTION_REACH = 3  # lines between a caption and its table's first row (a column header, a blank line)


@dataclass
class _Table:
    """A run of rows: each row's label, its cells as printed, the line it came from; the column headers."""

    rows: list[tuple[str, list[str], str]]
    headers: list[str]
    ruled: bool
    caption: str | None


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _is_cell(text: str) -> bool:
    return bool(_CELL.fullmatch(text.strip()))


def _pipe_table(lines: list[str], at: int) -> tuple[_Table | None, int]:
    """The markdown table starting at ``lines[at]``, and the index after it."""
    end = at
    while end < len(lines) and _PIPE_ROW.match(lines[end]):
        end += 1
    rows: list[tuple[str, list[str], str]] = []
    headers: list[str] = []
    ruled = False
    for line in lines[at:end]:
        if _RULE.match(line):
            ruled = True
            continue
        cells = _pipe_cells(line)
        values = [c for c in cells[1:] if c]
        if values and all(_is_cell(c) for c in values) and not _is_cell(cells[0]):
            rows.append((cells[0], cells[1:], line))
        elif not rows and not cells[0]:
            # the last header row before the data, over an empty corner, names the columns ("| | 202109 | % Var |");
            # one without the corner is shifted against its rows ("| Actual | Previous | |")
            headers = cells[1:]
    return (_Table(rows, headers, ruled, _caption(lines, at)) if rows else None), end


def _space_table(lines: list[str], at: int) -> tuple[_Table | None, int]:
    """The run of label-and-cells rows starting at ``lines[at]``, and the index after it."""
    end = at
    rows: list[tuple[str, list[str], str]] = []
    while end < len(lines) and (match := _SPACE_ROW.match(lines[end])):
        rows.append(((match["label"] or "").strip(), match["cells"].split(), lines[end]))
        end += 1
    widths = {len(cells) for _, cells, _ in rows}
    if len(rows) < _MIN_SPACE_ROWS or len(widths) != 1:
        return None, max(end, at + 1)
    return _Table(_without_period_column(rows), [], False, _caption(lines, at)), end


def _year(cell: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])?", cell))


def _without_period_column(rows: list[tuple[str, list[str], str]]) -> list[tuple[str, list[str], str]]:
    """"Jan. 2012 96.5 96.2": a first column of years belongs to the row's label, no cell of data."""
    if all(_year(cells[0]) for _, cells, _ in rows):
        return [(f"{label} {cells[0]}".strip(), cells[1:], line) for label, cells, line in rows]
    return rows


def _caption(lines: list[str], at: int) -> str | None:
    """The "Figure 1. …" line just above a table, when there is one."""
    for line in reversed(lines[max(0, at - _CAPTION_REACH):at]):
        if _CAPTION.match(line):
            return line.strip()
    return None


def _tables(lines: list[str]) -> list[_Table]:
    found: list[_Table] = []
    at = 0
    while at < len(lines):
        reader = _pipe_table if _PIPE_ROW.match(lines[at]) else _space_table
        table, after = reader(lines, at)
        if table is not None:
            found.append(table)
        at = max(after, at + 1)
    return found


def _quoted(table: _Table, story: str) -> bool:
    """True when the story's prose quotes a cell as the table prints it (digits with decimals or thousands)."""
    story = story.replace(",", "")
    return any(len(cell) >= 4 and not _year(cell)
               and re.search(rf"(?<![\d.]){re.escape(cell.replace(',', ''))}(?!\d)", story)
               for _, cells, _ in table.rows for cell in cells)


def _furniture(table: _Table) -> bool:
    """A box of exchange rates (rows labelled by currencies: "USD", "Euro", "Pound Sterling") or a list of
    telephone numbers."""
    def money(label: str) -> bool:
        words = label.strip().rstrip(".:")
        return words.upper() in CODES or currency_code(words.lower()) is not None \
            or bool(re.search(r"\b(?:dollars?|euros?|pounds?|francs?|yen|yuan|rand|rupees?)\b", words, re.I))
    return sum(money(label) or bool(_CONTACT.search(label)) for label, _, _ in table.rows) * 2 > len(table.rows)


def _sum_unit(table: _Table, figures: Sequence[Figure]) -> tuple[str, float, str] | None:
    """The currency and scale the story gives a cell it quotes ("Rs. 205389.00 millions"): the table's sums', with
    the scale's word as the story writes it ("millions"), which each cell's display keeps."""
    for _, cells, _ in table.rows:
        for cell in cells:
            if len(cell) < 4 or _year(cell) or not _CELL.fullmatch(cell) or cell.endswith("%"):
                continue
            digits = cell.replace(",", "")
            value = float(digits.replace("−", "-"))
            for figure in figures:
                shown = (figure.display or "").replace(",", "")
                if value and figure.unit in CODES and re.search(rf"(?<![\d.]){re.escape(digits)}(?!\d)", shown):
                    word = re.search(rf"{re.escape(digits)}\s*(?P<word>[A-Za-z]+|[万亿萬億]+)", shown)
                    return str(figure.unit), figure.value / value, word["word"] if word else ""
    return None


def _cell_figures(table: _Table, money: tuple[str, float, str] | None) -> list[Figure]:
    figures: list[Figure] = []
    for label, cells, line in table.rows:
        row_percent = bool(_PERCENT_HEAD.search(label))
        for column, cell in enumerate(cells):
            match = _CELL.fullmatch(cell.strip())
            if match is None or (_year(cell) and not match["pct"]):
                continue  # an empty cell, or a period ("2012") no figure measures
            header = table.headers[column] if len(table.headers) == len(cells) else ""
            value = float(match["num"].replace(",", "").replace("−", "-"))
            percent = bool(match["pct"]) or row_percent or bool(_PERCENT_HEAD.search(header))
            unit, factor, word = ("%", 1.0, "") if percent else money or ("count", 1.0, "")
            name = ", ".join(p for p in (label or table.caption or "Table", header) if p)
            figures.append(Figure(label=name, value=value * factor, unit=None if unit == "count" else unit,
                                  display=f"{cell.strip()} {word}".strip(), source_text=line.strip()))
    return figures


def table_figures(lines: Sequence[str], story: str, figures: Sequence[Figure]) -> list[Figure]:
    """The cells of each data table among ``lines`` (the page's lines the body left out) that the story owns
    (see the module's docstring), each distinct value once and none the story's ``figures`` already give."""
    out: list[Figure] = []
    seen = {(round(f.value, 9), f.unit) for f in figures}
    for table in _tables(list(lines)):
        if _furniture(table) or not (table.ruled or table.caption or _quoted(table, story)):
            continue
        for figure in _cell_figures(table, _sum_unit(table, figures)):
            key = (round(figure.value, 9), figure.unit)
            if key not in seen:
                seen.add(key)
                out.append(figure)
    return out
