"""The PDF title block: title, subtitle, date and source line, and a thin accent rule."""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable

from briefkit.document import nodes as n
from briefkit.writers.front_matter import TitleParts
from briefkit.writers.pdf.inline import InlineMarkup
from briefkit.writers.pdf.page import HeadingParagraph
from briefkit.writers.pdf.styles import Styles
from briefkit.writers.rlpara import Para


def title_block(parts: TitleParts, styles: Styles, markup: InlineMarkup) -> list[Flowable]:
    """Flowables of the title block; empty when the document has no title."""
    if not parts.title:
        return []
    out: list[Flowable] = [HeadingParagraph(markup.render(parts.title), styles.title,
                                            n.plain_text(parts.title), 0)]
    if parts.subtitle:
        out.append(Para(markup.render(parts.subtitle), styles.subtitle))
    if parts.byline:
        out.append(Para(markup.render(parts.byline), styles.byline))
    out.append(HRFlowable(width="100%", thickness=1.5, color=styles.colors.accent, spaceBefore=7, spaceAfter=9,
                          hAlign="LEFT"))
    return out
