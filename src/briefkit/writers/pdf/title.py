"""The PDF title block: title, subtitle, date and source line, and a thin accent rule."""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable

from briefkit.document import nodes as n
from briefkit.writers.front_matter import TitleParts
from briefkit.writers.pdf.inline import InlineMarkup
from briefkit.writers.pdf.page import HeadingParagraph
from briefkit.writers.pdf.styles import Styles
from briefkit.writers.rlpara import Para
from briefkit.writers.rltagging import Elem, artifact, tag


def title_block(parts: TitleParts, styles: Styles, markup: InlineMarkup, root: Elem) -> list[Flowable]:
    """Flowables of the title block (tagged under ``root``); empty when the document has no title."""
    if not parts.title:
        return []
    out: list[Flowable] = [tag(HeadingParagraph(markup.render(parts.title), styles.title,
                                                n.plain_text(parts.title), 0), root.add("H1"))]
    if parts.subtitle:
        out.append(tag(Para(markup.render(parts.subtitle), styles.subtitle), root.add("P")))
    if parts.byline:
        out.append(tag(Para(markup.render(parts.byline), styles.byline), root.add("P")))
    out.append(artifact(HRFlowable(width="100%", thickness=1.5, color=styles.colors.accent, spaceBefore=7,
                                   spaceAfter=9, hAlign="LEFT")))
    return out
