"""A reportlab Paragraph that parses plain text cheaply and breaks its lines once per width.

Most paragraphs of a note or a deck are plain text: no tags, no entities.
reportlab still runs them through its HTML tokenizer (wrapped in
``<para>``), which costs more than the rest of building the paragraph.
For such text :class:`Para` makes the one fragment directly, as the
parser's ``para`` start handler and data handler would (see
:func:`plain_frags`); the first time in a process it also asks the parser
(its tuple-tree entry, :meth:`ParaParser.tt_parse`, which runs the same
handlers without tokenizing) and keeps making fragments itself only if both
agree field for field.  Text with ``<`` or ``&`` takes the usual path.

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

A note's page budget lays the same document out several times (see
:mod:`briefkit.writers.pdf.fit`), each time from new paragraphs of the same
text in the same style objects.  A paragraph's *first* wrap is therefore
also shared between paragraphs made alike (same class, text, style object,
bullet and width; see :data:`_FIRST_WRAPS`): only the first, because
reportlab breaks later wraps from the fragments the first one processed, so
a first wrap is the one result that depends on nothing but those inputs.

A paragraph holding Chinese, Japanese or Korean text is not broken at spaces
(there are none): it takes a derived style (:func:`cjk_style`, a roomier
leading) and its lines are broken between ideographs by the kinsoku rules of
:mod:`briefkit.writers.cjkbreak`.  For any other text :class:`Para` lays out
exactly as reportlab's Paragraph does.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _FUZZ, _handleBulletWidth, cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from briefkit.cjk import has_cjk
from briefkit.writers.cjkbreak import break_lines

CJK_EXTRA_LEADING = 0.25
"""Chinese lines sit closer than Latin ones at the same leading (no descenders, a full em box each):
a paragraph holding CJK gets this much of its font size added to its leading."""

_CJK_STYLES: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()


def cjk_style(style: Any) -> Any:
    """``style`` for a paragraph holding CJK: roomier leading, lines broken by :mod:`cjkbreak`.

    One derived style per style, so the wraps :class:`Para` remembers stay keyed by one object.
    """
    derived = _CJK_STYLES.get(style)
    if derived is None:
        derived = style.clone(f"{style.name}-cjk", wordWrap="CJK",
                              leading=style.leading + CJK_EXTRA_LEADING * style.fontSize)
        _CJK_STYLES[style] = derived
    return derived


def _parsed(text: str, style: Any) -> list[Any] | None:
    """reportlab's fragments for ``<para>text</para>``, from its parser."""
    frags: list[Any] | None = ParaParser().tt_parse(("para", None, [text], None), style)[1]
    return frags


def _built(text: str, style: Any) -> list[Any]:
    """The same fragment, made as the parser's ``para`` start handler and data handler make it."""
    family, bold, italic = ps2tt(style.fontName)
    return [ParaFrag(rise=0, greek=0, link=[], fontName=tt2ps(family, bold, italic), bold=bold, italic=italic,
                     fontSize=style.fontSize, textColor=style.textColor, us_lines=[], __tag__="para", text=text)]


def clean(text: str) -> str:
    """:func:`cleanBlockQuotedText` of ``text``: its lines stripped, runs of blanks made one space.

    For one line without a no-break or zero-width space (which reportlab's
    whitespace rules treat apart), that is what :meth:`str.split` and one
    join give, without reportlab's per-line passes.
    """
    if "\n" in text or "\xa0" in text or "\u200b" in text:
        return str(cleanBlockQuotedText(text))
    return " ".join(text.split())


_WRAP_STATE = ("_width_max", "_hyphenations", "_splitLongWordCount")
"""What reportlab's line breaking sets on a paragraph besides the lines, restored with a shared first wrap."""

_SHAREABLE = frozenset({
    "text", "frags", "style", "bulletText", "debug", "caseSensitive", "encoding", "_first_of", "_wraps_of",
    "_wraps", "struct_role", "outline_text", "outline_level", "reference", "_bk_elem",
    "canv", "_frame", "keepWithNext",
})
"""Instance attributes a shared first wrap may meet: reportlab's inputs (compared in the key) and
briefkit's tags and outline entries, and what a frame sets while it places the paragraph (its canvas,
itself, keep-with-next): none of these touch line breaking.  Any other (``autoLeading`` set on the
paragraph, a split's ``_splitpara``) keeps the paragraph to its own wraps."""

_BUILT_AS_PARSED: list[bool] = []
"""Empty until the first plain paragraph; then whether :func:`_built` matched the parser."""


def plain_frags(text: str, style: Any) -> list[Any] | None:
    """The fragments of plain ``text`` (no tags, no entities, already cleaned) in ``style``."""
    if _BUILT_AS_PARSED:
        return _built(text, style) if _BUILT_AS_PARSED[0] else _parsed(text, style)
    parsed = _parsed(text, style)
    fields = [list(vars(f).items()) for f in parsed or ()]
    _BUILT_AS_PARSED.append(parsed is not None and fields == [list(vars(f).items()) for f in _built(text, style)])
    return parsed


class KinsokuBreaks:
    """A paragraph whose CJK lines (style ``wordWrap="CJK"``) are broken by :func:`cjkbreak.break_lines`."""

    style: Any
    frags: list[Any]
    bulletText: Any
    height: float

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # reportlab's names
        """Lines broken between ideographs by the kinsoku rules, Latin words kept whole (see :mod:`cjkbreak`)."""
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and self.__dict__.get("_splitpara"):
            return self.__dict__["blPara"]
        self.height = 0.0  # as reportlab's breakLinesCJK
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return break_lines(self.frags, list(maxWidths), auto not in ("", "off"))


FIRST_WRAPS_MAX = 1024
"""Shared first wraps kept at most; past it the table starts afresh.  A note's trial layouts need a few
hundred; documents of a batch share few texts, so more would mostly hold memory (a worker's peak RSS)."""

_FIRST_WRAPS: dict[tuple[Any, ...], tuple[Any, ...]] = {}
"""First wraps by (class, text, caseSensitive, style id, bullet, width): the style object (checked by identity,
kept alive by the entry), the line breaks, the fragments they left, and reportlab's other per-wrap state."""


class Para(KinsokuBreaks, Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A :class:`~reportlab.platypus.Paragraph` that parses plain text directly and breaks lines once per width."""

    struct_role: str | None = None
    """How a tagged PDF reads it when the drawing code cannot tell (a slide title set as "H1")."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        # Made from text (not from a split's fragments): its first wrap may be shared (see _FIRST_WRAPS).
        self.__dict__["_first_of"] = text if frags is None and isinstance(text, str) else None
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            text = clean(text) if cleaner is cleanBlockQuotedText else cleaner(text)
            if text:
                frags = plain_frags(text, style)
                if frags is not None:
                    textTransformFrags(frags, style)
        super()._setup(text, style, bulletText, frags, cleaner)
        if self.style.wordWrap is None and has_cjk("".join(getattr(f, "text", "") for f in self.frags)):
            self.style = cjk_style(self.style)

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
        first = self._first_key(availWidth)
        state["_first_of"] = None  # whatever happens now, later wraps start from what this one leaves
        shared = _FIRST_WRAPS.get(first) if first is not None else None
        if shared is not None and shared[0] is self.style:
            _, self.blPara, self._wrapWidths, self.height, frags, extra = shared
            self.frags = list(frags)  # the list is this paragraph's own (a split slices it); fragments are shared
            state.update(extra)
            self.width = availWidth
            size: tuple[float, float] = (availWidth, self.height)
        else:
            size = super().wrap(availWidth, availHeight)
            if first is not None:
                if len(_FIRST_WRAPS) >= FIRST_WRAPS_MAX:
                    _FIRST_WRAPS.clear()
                extra = {k: state[k] for k in _WRAP_STATE if k in state}
                _FIRST_WRAPS[first] = (self.style, self.blPara, self._wrapWidths, self.height, tuple(self.frags), extra)
        if availWidth >= _FUZZ:
            wraps[availWidth] = (self.style, self.blPara, self._wrapWidths, self.height)
        return size

    def _first_key(self, availWidth: float) -> tuple[Any, ...] | None:
        """The key of this paragraph's first wrap at ``availWidth`` in :data:`_FIRST_WRAPS`, or None.

        None once it was wrapped (or split), when it was made from fragments, below reportlab's
        smallest width, or when an attribute set on the paragraph itself (not its style) may change
        its lines.
        """
        state = self.__dict__
        text = state.get("_first_of")
        if text is None or availWidth < _FUZZ or not _SHAREABLE.issuperset(state):
            return None
        bullet = self.bulletText
        if bullet is not None and not isinstance(bullet, str):
            return None
        return (type(self), text, self.caseSensitive, id(self.style), bullet, availWidth)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # reportlab's names
        """Split as reportlab does, forgetting the remembered wraps.

        Cutting a paragraph may rewrite the words of the lines it cuts (and may
        wrap first), so no line breaks from before or during it are reused.
        """
        self.__dict__.pop("_wraps_of", None)
        self.__dict__["_first_of"] = None
        try:
            parts: list[Any] = super().split(availWidth, availHeight)
        finally:
            self.__dict__.pop("_wraps_of", None)
        return parts
