"""``{title}``-style placeholders in an organisation's header and footer.

A reference document keeps its own header and footer; where they say
``{title}``, ``{subtitle}``, ``{date}``, ``{source}`` or ``{product}``, the
document's values go in.  Word often splits typed text over several runs
(spell-check and revision marks), which breaks docxtpl's tags; here
neighbouring plain-text runs with the same formatting are merged first, so a
placeholder typed in one go is always found.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from docx.oxml.ns import qn

from briefkit.writers.docx.oxml import clean

KEYS = ("title", "subtitle", "date", "source", "product")
_PATTERN = re.compile(r"\{(" + "|".join(KEYS) + r")\}")


def _plain(run: Any) -> bool:
    """A run holding only formatting and text (no field, tab, break or drawing)."""
    return all(c.tag in (qn("w:rPr"), qn("w:t")) for c in run)


def _format_key(run: Any) -> bytes:
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        return b""
    rpr = copy.deepcopy(rpr)
    for el in rpr.iter():
        for attr in [a for a in el.attrib if a.endswith(("}rsidR", "}rsidRPr", "}rsidDel"))]:
            del el.attrib[attr]
    for proof in rpr.findall(qn("w:noProof")):
        rpr.remove(proof)
    return str(rpr.xml).encode("utf-8")


def merge_runs(paragraph_element: Any) -> None:
    """Join neighbouring plain runs that look the same, so text typed at once is one run again."""
    previous = None
    for run in list(paragraph_element.iterchildren(qn("w:r"))):
        if not _plain(run):
            previous = None
            continue
        if previous is not None and run.getprevious() is previous and _format_key(run) == _format_key(previous):
            texts = previous.findall(qn("w:t"))
            if texts:
                texts[-1].text = (texts[-1].text or "") + "".join(t.text or "" for t in run.findall(qn("w:t")))
                texts[-1].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                paragraph_element.remove(run)
                continue
        previous = run


def fill(part: Any, values: dict[str, str]) -> None:
    """Replace placeholders in every paragraph of a header or footer (tables included)."""
    for p in part._element.iter(qn("w:p")):
        if not any(f"{{{key}" in "".join(t.text or "" for t in p.iter(qn("w:t"))) for key in KEYS):
            continue
        merge_runs(p)
        for t in p.iter(qn("w:t")):
            if t.text and "{" in t.text:
                t.text = _PATTERN.sub(lambda m: clean(values.get(m.group(1), "")), t.text)
