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
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFPage, PDFString
from reportlab.platypus import Flowable

from briefkit.writers.rltext import TextCanvas


@dataclass(eq=False)
class Elem:
    """One structure element: a standard role (``H1``, ``P``, ``LI``, ``TD``…) and its children."""

    role: str
    parent: Elem | None = None
    alt: str | None = None
    """The text alternative (figures)."""
    attrs: dict[str, str] = field(default_factory=dict)
    """Layout/table attributes, e.g. ``{"O": "Table", "Scope": "Column"}`` for a header cell."""
    kids: list[Elem | tuple[int, int]] = field(default_factory=list)
    """Child elements and marked content (page index, MCID), in reading order."""
    annotation: tuple[Any, int] | None = None
    """For a ``Link``: its annotation dictionary and page index."""

    def add(self, role: str, alt: str | None = None, **attrs: str) -> Elem:
        """A new child element, appended in reading order."""
        child = Elem(role, self, alt, dict(attrs))
        self.kids.append(child)
        return child


class TaggingCanvas(TextCanvas):
    """A canvas that marks content for the structure tree and writes the tree on save."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = kwargs.get("lang") or "en"  # runs in another language are marked with theirs
        self.root = Elem("Document")
        self._marks: list[list[Elem]] = [[]]
        """Per page, the element of each MCID in order."""
        self._open: list[Elem] = []
        self._links: list[Elem] = []

    def showPage(self) -> None:  # reportlab's name
        """Close the page; MCIDs start again at 0 on the next one."""
        super().showPage()
        self._marks.append([])

    def begin_marked(self, elem: Elem) -> None:
        """Open a marked-content sequence of ``elem`` on the current page."""
        page = len(self._marks) - 1
        mcid = len(self._marks[page])
        self._marks[page].append(elem)
        elem.kids.append((page, mcid))
        self._open.append(elem)
        self._code.append(f"/{elem.role} <</MCID {mcid}>> BDC")

    def end_marked(self) -> None:
        """Close the innermost marked-content sequence."""
        self._open.pop()
        self._code.append("EMC")

    def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> None:
        """A hyperlink drawn inside tagged text becomes a ``Link`` element of that text's element."""
        is_link = isinstance(annotation, PDFDictionary) and annotation.dict.get("Subtype") == PDFName("Link")
        if addtopage and self._open and is_link:
            link = self._open[-1].add("Link")
            link.annotation = (annotation, len(self._marks) - 1)
            self._links.append(link)
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
        StructureWriter(self._doc, self._marks, self._links).write(self.root)
        super().save()


def prune(elem: Elem) -> bool:
    """Drop elements that drew nothing (a label whose bullet was never drawn); True if ``elem`` has content."""
    elem.kids = [kid for kid in elem.kids if not isinstance(kid, Elem) or prune(kid)]
    return bool(elem.kids) or elem.annotation is not None


class StructureWriter:
    """The tree as PDF objects: StructElems, the ParentTree, and the catalog and page entries."""

    def __init__(self, doc: Any, marks: list[list[Elem]], links: list[Elem]) -> None:
        self.doc = doc
        self.marks = marks
        self.links = links
        self.pages: list[PDFPage] = list(doc.Pages.pages)
        self.objects: dict[int, PDFDictionary] = {}
        self.refs: dict[int, Any] = {}

    def write(self, root: Elem) -> None:
        """Add the structure tree to the document ``doc``."""
        tree = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        tree_ref = self.doc.Reference(tree)
        prune(root)
        self._register(root)
        self._fill(root, tree_ref)
        tree.dict["K"] = self.refs[id(root)]
        nums: list[Any] = []
        for index, page in enumerate(self.pages):
            elems = self.marks[index] if index < len(self.marks) else []
            nums += [index, PDFArray([self.refs[id(e)] for e in elems])]
            page.__NoDefault__ = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = index
            page.Tabs = PDFName("S")  # tab order follows the structure
        for key, link in enumerate(self.links, start=len(self.pages)):
            annotation = link.annotation[0] if link.annotation else None
            if annotation is not None:
                annotation.dict["StructParent"] = key
                nums += [key, self.refs[id(link)]]
        tree.dict["ParentTree"] = self.doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
        tree.dict["ParentTreeNextKey"] = len(self.pages) + len(self.links)
        catalog = self.doc.Catalog
        catalog.StructTreeRoot = tree
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})

    def _register(self, elem: Elem) -> None:
        """Give every element an indirect object first, so parents and children can point at each other."""
        obj = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(elem.role)})
        self.objects[id(elem)] = obj
        self.refs[id(elem)] = self.doc.Reference(obj)
        for kid in elem.kids:
            if isinstance(kid, Elem):
                self._register(kid)

    def _fill(self, elem: Elem, parent_ref: Any) -> None:
        obj = self.objects[id(elem)]
        obj.dict["P"] = parent_ref
        kids: list[Any] = []
        for kid in elem.kids:
            if isinstance(kid, Elem):
                self._fill(kid, self.refs[id(elem)])
                kids.append(self.refs[id(kid)])
            else:
                page, mcid = kid
                kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": self.doc.Reference(self.pages[page]),
                                           "MCID": mcid}))
        if elem.annotation is not None:
            annotation, page = elem.annotation
            kids.append(PDFDictionary({"Type": PDFName("OBJR"), "Obj": self.doc.Reference(annotation),
                                       "Pg": self.doc.Reference(self.pages[page])}))
            target = annotation.dict.get("A")
            uri = target.dict.get("URI") if isinstance(target, PDFDictionary) else None
            if uri is not None and "Contents" not in annotation.dict:
                annotation.dict["Contents"] = uri  # what a screen reader announces for the link
        obj.dict["K"] = PDFArray(kids)
        if elem.alt:
            obj.dict["Alt"] = PDFString(elem.alt)
        if elem.attrs:
            obj.dict["A"] = PDFDictionary({k: PDFName(v) for k, v in elem.attrs.items()})


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


def marking(canvas: Any, elem: Elem) -> AbstractContextManager[None]:
    """``canvas.marked(elem)`` on a tagging canvas; nothing on any other (handouts, forms)."""
    return canvas.marked(elem) if isinstance(canvas, TaggingCanvas) else nullcontext()


def as_artifact(canvas: Any) -> AbstractContextManager[None]:
    """Page furniture on a tagging canvas; nothing on any other."""
    return marking(canvas, ARTIFACT)


def _draw_on(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # reportlab's name
    with marking(canvas, self._bk_elem):
        super(type(self), self).drawOn(canvas, x, y, _sW)


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
    with marking(canvas, self._bk_elem):
        super(type(self), self).drawOn(indenter, canvas, x, y, _sW)
