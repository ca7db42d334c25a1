"""What the page shows of each rendered file: page images, the HTML as is, the Word outline.

PDFs are rasterised with pypdfium2 (PDFium, the renderer in Chromium), the
same pages a reader sees.  The Word summary is shown as the outline of its
heading styles, read back from the .docx with python-docx, so it is the
outline Word's navigation pane will show.
"""

from __future__ import annotations

import io
from typing import Any

from briefkit.preview.store import Store

PAGE_WIDTH_PX = 960
"""Pages are rasterised this wide: sharp as an enlarged slide, light enough for a thumbnail grid."""


def pdf_view(data: bytes, store: Store) -> dict[str, Any]:
    """Each page of a PDF as a stored JPEG, plus the PDF itself."""
    import pypdfium2 as pdfium

    pages: list[str] = []
    size = (0.0, 0.0)
    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            size = page.get_size()
            bitmap = page.render(scale=PAGE_WIDTH_PX / size[0])
            buffer = io.BytesIO()
            # JPEG without chroma subsampling: a tenth of the time of the fastest PNG for the same bytes,
            # and coloured text keeps clean edges (the encoding was most of a deck's update time).
            bitmap.to_pil().save(buffer, "JPEG", quality=92, subsampling=0)
            pages.append(store.put(buffer.getvalue(), ".jpg"))
            page.close()
    finally:
        pdf.close()
    return {"kind": "pages", "pages": pages, "pdf": store.put(data, ".pdf"),
            "aspect": round(size[1] / size[0], 4) if size[0] else 0}


def html_view(data: bytes, store: Store) -> dict[str, Any]:
    """The HTML note, stored as rendered."""
    return {"kind": "html", "html": store.put(data, ".html")}


def docx_view(data: bytes, store: Store) -> dict[str, Any]:
    """The outline (title and headings with their levels) of a .docx, plus the file."""
    import docx

    outline: list[dict[str, Any]] = []
    for paragraph in docx.Document(io.BytesIO(data)).paragraphs:
        level = heading_level(paragraph.style.name if paragraph.style is not None else "")
        text = paragraph.text.strip()
        if level is not None and text:
            outline.append({"level": level, "text": text})
    return {"kind": "outline", "outline": outline, "docx": store.put(data, ".docx")}


def heading_level(style: str) -> int | None:
    """0 for ``Title``, N for ``Heading N``, None for any other style."""
    if style == "Title":
        return 0
    name, _, number = style.rpartition(" ")
    return int(number) if name == "Heading" and number.isdigit() else None


MAKERS = {"html": html_view, "pdf": pdf_view, "docx": docx_view}
"""The view made from each preview format."""
