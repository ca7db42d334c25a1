"""Who a sentence credits its figures to and which years they cover: "according to the ONS", "Statistics Canada
reported", "据世界卫生组织", "from 2019 to 2023".  Split from figures.py."""

from __future__ import annotations

import re

_SOURCE = re.compile(r"(?i:according\s+to\s+(?:data\s+(?:from|by)\s+|figures\s+from\s+|a\s+report\s+by\s+)?(?:the\s+)?)"
                     r"(?P<a>[A-Z][\w&'-]{0,40}(?:\s+(?:of|for|and|on|[A-Z][\w&'-]{0,40})){0,10})"
                     r"|(?P<b>[A-Z][\w&'-]{0,40}(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&'-]{0,40}){0,8})\s+(?:recently\s+)?"
                     r"(?:reported|said|found|estimated|published|released|surveyed)"
                     r"|据(?P<c>[\u3400-\u9fff]{2,20}?(?:组织|联盟|机构|公司|银行|部|局|署|中心|研究院|大学|协会))")
_TITLED = re.compile(r"The\s+(?!(?:Government|Ministry|Department|Bank|Company|Council|Commission|Agency|Office|"
                     r"Board|Fund|Bureau|Authority|Court|Report|Survey|Study|Index|State|City|Group|Committee)$)"
                     r"[A-Z][a-z]+$")
_RANGE = re.compile(r"((?:19|20)\d{2})年?\s*(?:to|until|through|-|–|至|到)\s*((?:19|20)\d{2})(?!\d)")


def figure_source(text: str) -> str | None:
    """The body a sentence credits its figures to ("according to the ONS", "据世界卫生组织")."""
    match = _SOURCE.search(text)
    if not match:
        return None
    name = (match["a"] or match["b"] or match["c"]).strip()
    # "The Australian reported", "The Guardian found": a one-word name after "The" is a title, which
    # keeps its article; "The Bank of England said" does not.
    if not _TITLED.match(name):
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
    return re.sub(r"\s+(?:of|for|and|on)$", "", name) or None


def figure_period(text: str) -> str | None:
    """The span of years a sentence's figures cover ("2019 to 2023" → "2019–2023")."""
    match = _RANGE.search(text)
    return f"{match[1]}–{match[2]}" if match else None
