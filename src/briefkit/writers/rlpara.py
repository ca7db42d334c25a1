"""A reportlab Paragraph that parses plain text cheaply and breaks its lines once per width.

Most paragraphs of a note or a deck are plain text: no tags, no entities.
reportlab still runs them through its HTML tokenizer (wrapped in
``<para>``), which costs more than the rest of building the paragraph.
:class:`Para` hands such text to the parser's tuple-tree entry point
(:meth:`ParaParser.tt_parse`, its entry for pre-parsed tuple trees) as
the single text child of a ``para`` element: the same start, data and end
handlers run, so the fragments are the same, without the tokenizing.
Text with ``<`` or ``&`` (markup or escapes) takes the usual path.

reportlab asks a paragraph for its size many times: a frame measures it, a
table measures every cell for its row heights and again for its cell
geometry, a list measures its items through an indenter, the slides'
overflow policy measures a box's text before drawing it, and the note's
table layout tries each cell at several column widths before the table
settles on one.  :meth:`Paragraph.wrap` breaks the lines from scratch on
every call, and line breaking is the costliest step of a layout.

The result of a wrap depends only on the width, the style and the
paragraph's fragments (never on the available height), so :class:`Para`
keeps the line breaks of each width it was wrapped to and reuses them while
the style is the same.  Splitting forgets them: it may rewrite the words of
the lines it cuts.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _FUZZ, textTransformFrags
from reportlab.platypus.paraparser import ParaParser


class Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A :class:`~reportlab.platypus.Paragraph` that parses plain text directly and breaks lines once per width."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            text = cleaner(text)
            if text:
                parser = ParaParser()
                parser.caseSensitive = self.caseSensitive
                style, frags, _ = parser.tt_parse(("para", None, [text], None), style)
                if frags is not None:
                    textTransformFrags(frags, style)
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # reportlab's names
        """The paragraph's size at ``availWidth`` (lines broken once per width and style)."""
        state = self.__dict__
        if state.get("_wraps_of") != id(self):
            # None yet, or copied from another paragraph (copy.copy shares the dict): start afresh.
            state["_wraps_of"], state["_wraps"] = id(self), {}
        wraps = state["_wraps"]
        known = wraps.get(availWidth)
        if known is not None and known[0] is self.style:
            _, self.blPara, self._wrapWidths, self.height = known
            self.width = availWidth
            return availWidth, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:
            wraps[availWidth] = (self.style, self.blPara, self._wrapWidths, self.height)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # reportlab's names
        """Split as reportlab does, forgetting the remembered wraps.

        Cutting a paragraph may rewrite the words of the lines it cuts (and may
        wrap first), so no line breaks from before or during it are reused.
        """
        self.__dict__.pop("_wraps_of", None)
        try:
            parts: list[Any] = super().split(availWidth, availHeight)
        finally:
            self.__dict__.pop("_wraps_of", None)
        return parts
