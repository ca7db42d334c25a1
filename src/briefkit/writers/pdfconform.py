"""What a reportlab PDF declares about itself: XMP metadata, PDF/UA-1, PDF/A-2b.

reportlab's open-source edition writes neither XMP metadata nor output
intents.  :func:`declare` adds them to a document just before it is saved:

- an XMP packet mirroring the document information (title, author,
  subject, keywords, dates, producer, language) — PDF/UA and PDF/A both
  require it, and the two must agree;
- ``pdfuaid:part 1`` for the tagged products (note, newsletter, deck), whose
  structure is checked in ``tests/test_pdfua.py``; never for untagged ones
  (handouts), nor in PDF/A files (see :func:`xmp_packet`);
- for PDF/A-2b (``--pdfa``): ``pdfaid:part 2``/``conformance B``, an sRGB
  output intent (the ICC profile ships in ``templates/base/icc``), a print
  flag on every annotation, and no page transition dictionaries.

Fonts are already embedded (TrueType subsets) and nothing is transparent
except images' soft masks, which PDF/A-2 allows.  Everything is derived from
the document, never from the clock, so bytes stay reproducible.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFArray, PDFCatalog, PDFDictionary, PDFName, PDFStream, PDFString

from briefkit.packs import builtin_dir

ICC_NAME = "sRGB.icc"
"""The output intent's profile: sRGB IEC61966-2.1 (ICC v2, "no copyright, use freely")."""


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The sRGB ICC profile's bytes."""
    return (builtin_dir() / "base" / "icc" / ICC_NAME).read_bytes()


class _PlainStream(PDFStream):  # type: ignore[misc]  # reportlab is untyped
    """A stream written without filters: XMP must stay readable by tools that do not inflate."""

    def format(self, document: Any) -> bytes:
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        dictionary["Length"] = len(self.content)
        return bytes(dictionary.format(document) + b"\nstream\n" + self.content + b"endstream\n")


def _iso(doc: Any) -> str:
    """The document's timestamp (the one in its information dictionary) as an XMP date."""
    stamp = doc._timeStamp
    offset = dt.timedelta(hours=stamp.dhh, minutes=stamp.dmm)
    year, month, day, hour, minute, second = stamp.YMDhms[:6]
    when = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.timezone(offset))
    return when.isoformat()


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'


def xmp_packet(doc: Any, lang: str, ua: bool, pdfa: bool) -> bytes:
    """The XMP packet for ``doc`` (a reportlab ``PDFDocument``), mirroring its information dictionary."""
    info = doc.info
    when = _iso(doc)
    fields = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{_alt(info.title)}</dc:title>",
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>",
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{when}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>",
    ]
    if info.author:
        fields.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>")
    if info.subject:
        fields.append(f"<dc:description>{_alt(info.subject)}</dc:description>")
    if info.keywords:
        fields.append(f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>")
    if pdfa:
        fields += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"]
    if ua and not pdfa:
        # PDF/A-2 admits only the XMP 2005 schemas: pdfuaid would need an extension schema, which
        # the PDF/A checker we run (pikepdf's) cannot verify, so PDF/A files claim PDF/A alone.
        fields.append("<pdfuaid:part>1</pdfuaid:part>")
    body = "\n   ".join(fields)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def declare(doc: Any, ua: bool, pdfa: bool) -> None:
    """Add XMP metadata (and, for ``pdfa``, the PDF/A-2b requirements) to ``doc`` before it is saved."""
    lang = getattr(doc.Catalog.Lang, "s", None) or "en"
    metadata = PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")})
    catalog = doc.Catalog
    catalog.Metadata = doc.Reference(_PlainStream(metadata, xmp_packet(doc, lang, ua, pdfa)))
    if not pdfa:
        return
    doc.info.trapped = "False"
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"), "Info": PDFString("sRGB IEC61966-2.1"),
        "DestOutputProfile": doc.Reference(profile),
    })
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
    for page in doc.Pages.pages:
        page.Trans = None  # reportlab writes an empty transition dictionary, which PDF/A does not know
    for obj in doc.idToObject.values():  # PDF/A: annotations print, and none is hidden
        if isinstance(obj, PDFDictionary) and obj.dict.get("Type") == PDFName("Annot"):
            obj.dict["F"] = 4
        elif isinstance(obj, LinkAnnotation):
            obj.otherkw["F"] = 4
