"""The structure tree of a tagged PDF: its elements, and how they are written as PDF objects.

:mod:`briefkit.writers.rltagging` records, while pages are drawn, which marked
content each element owns; this module holds the element type and writes the
finished tree with reportlab's own PDF objects (``StructTreeRoot``, one
``StructElem`` per element, the ``ParentTree``, ``/MarkInfo``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFArray, PDFDictionary, PDFPage, PDFString

# reportlab's PDFName escapes each key character by character; the tree names the same few roles thousands of
# times a file, so it takes the remembering one (the same names: see rlserial).
from briefkit.writers.rlserial import pdf_name as PDFName


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
    annotations: list[tuple[Any, int]] = field(default_factory=list)
    """For a ``Link``: its annotations (one per line the link's words run over) and their page index."""

    def add(self, role: str, alt: str | None = None, **attrs: str) -> Elem:
        """A new child element, appended in reading order."""
        child = Elem(role, self, alt, dict(attrs))
        self.kids.append(child)
        return child



def prune(elem: Elem) -> bool:
    """Drop elements that drew nothing (a label whose bullet was never drawn); True if ``elem`` has content."""
    elem.kids = [kid for kid in elem.kids if not isinstance(kid, Elem) or prune(kid)]
    return bool(elem.kids) or bool(elem.annotations)


class StructureWriter:
    """The tree as PDF objects: StructElems, the ParentTree, and the catalog and page entries."""

    def __init__(self, doc: Any, marks: list[list[Elem]], links: list[tuple[Elem, Any]]) -> None:
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
        for key, (link, annotation) in enumerate(self.links, start=len(self.pages)):
            if isinstance(annotation, LinkAnnotation):
                annotation.otherkw["StructParent"] = key
            else:
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
        kids: list[Any] = []  # a Link's annotations first, then its words
        for annotation, page in elem.annotations:
            kids.append(PDFDictionary({"Type": PDFName("OBJR"), "Obj": self.doc.Reference(annotation),
                                       "Pg": self.doc.Reference(self.pages[page])}))
            target = annotation.dict.get("A") if isinstance(annotation, PDFDictionary) else None
            uri = target.dict.get("URI") if isinstance(target, PDFDictionary) else None
            if uri is not None and not annotation.dict.get("Contents"):
                annotation.dict["Contents"] = uri  # what a screen reader announces for the link
        for kid in elem.kids:
            if isinstance(kid, Elem):
                self._fill(kid, self.refs[id(elem)])
                kids.append(self.refs[id(kid)])
            else:
                page, mcid = kid
                kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": self.doc.Reference(self.pages[page]),
                                           "MCID": mcid}))
        obj.dict["K"] = PDFArray(kids)
        if elem.alt:
            obj.dict["Alt"] = PDFString(elem.alt)
        if elem.attrs:
            obj.dict["A"] = PDFDictionary({k: PDFName(v) for k, v in elem.attrs.items()})
