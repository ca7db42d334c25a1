"""Tagged PDF: a logical structure tree over the page content, for screen readers and reflow.

Assistive technology reads a tagged PDF through its structure tree
(headings, paragraphs, lists, tables, figures with their text alternative),
not in drawing order.  Each flowable that draws content is bound to a
structure element while the story is built (:func:`tag`); when drawn, its
operators are wrapped in a marked-content sequence (``/P <</MCID n>> BDC …
EMC``) and the element records (page, MCID).  Page furniture (running
header, footer, rules, box backgrounds) is marked ``/Artifact``.  When the
canvas saves, the tree is written with reportlab's own PDF objects: the
``StructTreeRoot``, one ``StructElem`` per element, the ``ParentTree`` that
maps each page's MCIDs back to their elements, ``/MarkInfo`` and each
page's ``/StructParents``.  reportlab's open-source edition has no tagging
of its own; this module adds it without touching how anything is laid out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFDictionary, PDFName
from reportlab.platypus import Flowable

from briefkit.writers import rlserial
from briefkit.writers.pdfconform import declare
from briefkit.writers.rlstructure import Elem as Elem  # re-exported: the writers build trees of it
from briefkit.writers.rlstructure import StructureWriter
from briefkit.writers.rltext import TextCanvas

rlserial.install()  # the same PDF bytes, formatted sooner


class TaggingCanvas(TextCanvas):
    """A canvas that marks content for the structure tree and writes the tree on save."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = kwargs.get("lang") or "en"  # runs in another language are marked with theirs
        self.root = Elem("Document")
        self._marks: list[list[Elem]] = [[]]
        """Per page, the element of each MCID in order."""
        self._open: list[Elem] = []
        self._links: list[tuple[Elem, Any]] = []
        self._titles: dict[str, str] = {}
        """Destination key → outline title, to describe links that jump inside the document."""
        self._jumps: list[tuple[Any, str]] = []
        self._jump_to: str | None = None
        self._text_elem: Elem | None = None
        self._text_main = 0
        self._whole_link = False
        self._pending_links: list[Elem] = []
        self.pdfa = False
        """Save as PDF/A-2b (see :mod:`~briefkit.writers.pdfconform`)."""

    def showPage(self) -> None:  # reportlab's name
        """Close the page; MCIDs start again at 0 on the next one."""
        super().showPage()
        self._marks.append([])

    def begin_marked(self, elem: Elem, code: list[str] | None = None) -> None:
        """Open a marked-content sequence of ``elem`` on the current page (in ``code``: a text object's)."""
        page = len(self._marks) - 1
        mcid = len(self._marks[page])
        self._marks[page].append(elem)
        elem.kids.append((page, mcid))
        self._open.append(elem)
        (self._code if code is None else code).append(f"/{elem.role} <</MCID {mcid}>> BDC")

    @contextmanager
    def text_marked(self, elem: Elem, flowable: Any) -> Iterator[None]:
        """Draw a paragraph with links as ``elem``, each link's words inside its own ``Link`` element.

        A link's words are drawn in the middle of the paragraph's text object,
        so the paragraph's marked content is opened inside that text object
        (a sequence may not cross BT/ET) and split around each link.
        """
        self._text_elem = elem
        # reportlab draws a paragraph's own bullet first, in a text object of its own; a paragraph
        # that is one link all through takes a faster path that never reports where links start.
        self._text_main = 1 if flowable.__dict__.get("bulletText") else 0
        lines = flowable.__dict__.get("blPara")
        self._whole_link = getattr(lines, "kind", None) == 0  # one style all through, the link's
        try:
            yield
        finally:
            self._text_elem = None

    def beginText(self, *args: Any, **kwargs: Any) -> Any:  # reportlab's name
        """A text object; inside :meth:`text_marked`, one that marks its text and links."""
        text = super().beginText(*args, **kwargs)
        elem = self._text_elem
        if elem is not None and self._text_main == 0 and self._whole_link:
            link = elem.add("Link")
            self._pending_links.append(link)
            self.begin_marked(link, text._code)
            text._bk_elem = link
        elif elem is not None:
            self.begin_marked(elem, text._code)
            text._bk_elem = elem
            text._linkRecord = lambda _link, event: self._link_record(text, elem, event)
        self._text_main -= 1
        return text

    def _link_record(self, text: Any, elem: Elem, event: str) -> None:
        """reportlab calls this after a link's first words are out ('start') and before the next ('end')."""
        code: list[str] = text._code
        self._open.pop()  # the sequence closes inside the text object, below
        if event == "start":
            words = code.pop()  # the link's first words, already written: they belong to the link
            code.append("EMC")
            link = elem.add("Link")
            self._pending_links.append(link)
            self.begin_marked(link, code)
            code.append(words)
        else:
            code.append("EMC")
            self.begin_marked(elem, code)

    def drawText(self, text: Any) -> None:  # reportlab's name
        """Close the marked content a :meth:`text_marked` text object opened."""
        if getattr(text, "_bk_elem", None) is not None:
            self._open.pop()
            text._code.append("EMC")
        super().drawText(text)

    def end_marked(self) -> None:
        """Close the innermost marked-content sequence."""
        self._open.pop()
        self._code.append("EMC")

    def addOutlineEntry(self, title: str, key: str, *args: Any, **kwargs: Any) -> None:  # reportlab's name
        """An outline entry; its title also describes the links that jump to ``key``."""
        self._titles.setdefault(key, title)
        super().addOutlineEntry(title, key, *args, **kwargs)

    def linkRect(self, contents: str, destinationname: str, *args: Any, **kwargs: Any) -> Any:  # reportlab's name
        """An internal link; remembered so an empty description can be filled in on save."""
        self._jump_to = destinationname
        try:
            return super().linkRect(contents, destinationname, *args, **kwargs)
        finally:
            self._jump_to = None

    def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> None:
        """A hyperlink drawn inside tagged text becomes a ``Link`` element of that text's element."""
        is_link = isinstance(annotation, PDFDictionary) and annotation.dict.get("Subtype") == PDFName("Link")
        if isinstance(annotation, LinkAnnotation):
            # reportlab's internal links allow no StructParent entry until told to
            annotation.permitted = (*LinkAnnotation.permitted, "StructParent")
            self._jumps.append((annotation, self._jump_to or ""))
            is_link = True
        if addtopage and is_link and (self._pending_links or self._open):
            if self._pending_links:
                link = self._pending_links.pop(0)  # the Link element that holds this link's words
            elif self._open[-1].role == "Link":
                link = self._open[-1]  # the next line of a paragraph that is one link all through
            else:
                link = self._open[-1].add("Link")
            link.annotations.append((annotation, len(self._marks) - 1))
            self._links.append((link, annotation))
        super()._addAnnotation(annotation, name, addtopage)

    @contextmanager
    def marked(self, elem: Elem) -> Iterator[None]:
        """Draw inside as content of ``elem`` (or as an artifact for :data:`ARTIFACT`)."""
        if elem is ARTIFACT:
            with self.artifact():
                yield
            return
        self.begin_marked(elem)
        try:
            yield
        finally:
            self.end_marked()

    @contextmanager
    def artifact(self) -> Iterator[None]:
        """Mark what is drawn inside as page furniture, skipped by screen readers."""
        self.begin_artifact()
        try:
            yield
        finally:
            self.end_artifact()

    def begin_artifact(self) -> None:
        """Open an artifact sequence (for callers that cannot use :meth:`artifact`)."""
        self._code.append("/Artifact BMC")

    def end_artifact(self) -> None:
        """Close the artifact sequence :meth:`begin_artifact` opened."""
        self._code.append("EMC")

    def save(self) -> None:
        """Write the structure tree, then the file."""
        if len(self._code):
            self.showPage()
        for annotation, key in self._jumps:
            if not annotation.Contents:  # what a screen reader announces for the link
                annotation.Contents = f"Go to {self._titles.get(key, key)}"
        StructureWriter(self._doc, self._marks, self._links).write(self.root)
        declare(self._doc, ua=True, pdfa=self.pdfa)
        super().save()


def tag(flowable: Flowable, elem: Elem) -> Flowable:
    """Bind ``flowable`` (and the pieces it splits into) to ``elem``; returns it."""
    # object.__setattr__ and __dict__: reportlab's Drawing validates attribute names in its __setattr__.
    object.__setattr__(flowable, "__class__", _tagged_class(type(flowable)))
    flowable.__dict__["_bk_elem"] = elem
    return flowable


_TAGGED: dict[type, type] = {}


def _tagged_class(cls: type) -> type:
    """``cls`` with drawOn wrapped in the element's marked content and split keeping the binding."""
    if getattr(cls, "_bk_tagged", False):
        return cls
    if cls not in _TAGGED:
        _TAGGED[cls] = type(cls.__name__, (cls,), {"_bk_tagged": True, "drawOn": _draw_on, "split": _split})
    return _TAGGED[cls]


class MeasuringCanvas(TaggingCanvas):
    """A canvas for counting pages only: tagged flowables are placed but never drawn.

    Drawing never changes where reportlab places anything (``wrap`` and
    ``split`` decide that), and it is about half of a layout's time, so a page
    count without it is the same count, twice as fast.
    """

    measuring = True


def marking(canvas: Any, elem: Elem) -> AbstractContextManager[None]:
    """``canvas.marked(elem)`` on a tagging canvas; nothing on any other (handouts, forms)."""
    return canvas.marked(elem) if isinstance(canvas, TaggingCanvas) else nullcontext()


def as_artifact(canvas: Any) -> AbstractContextManager[None]:
    """Page furniture on a tagging canvas; nothing on any other."""
    return marking(canvas, ARTIFACT)


def _draw_on(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # reportlab's name
    if getattr(canvas, "measuring", False):
        return  # a page count needs where things go, never their drawing (see MeasuringCanvas)
    if isinstance(canvas, TaggingCanvas) and self._bk_elem is not ARTIFACT and has_links(self):
        with canvas.text_marked(self._bk_elem, self):
            super(type(self), self).drawOn(canvas, x, y, _sW)
        return
    with marking(canvas, self._bk_elem):
        super(type(self), self).drawOn(canvas, x, y, _sW)


def has_links(flowable: Any) -> bool:
    """A paragraph whose markup holds a link (its fragments may already be split into words)."""
    text = flowable.__dict__.get("text")
    return isinstance(text, str) and ("<a " in text or "<link" in text)


def _split(self: Any, width: float, height: float) -> list[Flowable]:
    parts: list[Flowable] = super(type(self), self).split(width, height)
    return [tag(part, self._bk_elem) for part in parts]


def artifact(flowable: Flowable) -> Flowable:
    """Mark ``flowable`` (a rule, a spacer-like ornament) as page furniture; returns it."""
    return tag(flowable, ARTIFACT)


ARTIFACT = Elem("Artifact")
"""Not a structure element: flowables bound to it are drawn inside ``/Artifact BMC … EMC``."""


def decoration_marker(table: Any, event: str, *_args: Any) -> None:
    """A reportlab ``Table(renderCB=…)`` callback: backgrounds and rules are artifacts, cells are not."""
    canvas = table.canv
    if not isinstance(canvas, TaggingCanvas):
        return
    if event in ("startBG", "startLines"):
        canvas.begin_artifact()
    elif event in ("endBG", "endLines"):
        canvas.end_artifact()


def label_bullets(flow: Any, labels: list[Elem]) -> None:
    """Bind each item's bullet or number in a ``ListFlowable`` to its ``Lbl`` element.

    reportlab draws the bullet of each ``ListItem`` through a ``BulletDrawer``
    on the indenter of the item's first flowable, one per item in order.
    """
    drawers = [c._bullet for c in getattr(flow, "_content", []) if getattr(c, "_bullet", None) is not None]
    for drawer, label in zip(drawers, labels, strict=False):
        drawer.__class__ = _labelled_bullet_class(type(drawer))
        drawer._bk_elem = label


def _labelled_bullet_class(cls: type) -> type:
    if getattr(cls, "_bk_tagged", False):
        return cls
    if cls not in _TAGGED:
        _TAGGED[cls] = type(cls.__name__, (cls,), {"_bk_tagged": True, "drawOn": _bullet_draw_on})
    return _TAGGED[cls]


def _bullet_draw_on(self: Any, indenter: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
    if getattr(canvas, "measuring", False):
        return  # as for flowables: a page count places bullets, never draws them
    with marking(canvas, self._bk_elem):
        super(type(self), self).drawOn(indenter, canvas, x, y, _sW)
