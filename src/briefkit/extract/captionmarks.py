"""Photo captions by their credit: lines that describe a picture, never a headline.

A caption closes on who took or supplied the picture: "… — Picture by Jane Doe" (Malaysian and Indian
papers), "(Image: Unsplash)", "(Niall Carson/PA)", "(REUTERS/Jane Doe)" (British and wire photo credits,
name and agency parted by a slash).  The reader's CAPTION pattern knows only "(Photo: …)" forms.
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"(?:[—–-]\s*(?i:picture|photo|image|pic)s?\s*(?i:by|:)\s*\S.{0,60}"
    r"|\(\s*(?i:picture|photo|image|pic)s?\s*:\s*[^()]{1,60}\)"
    r"|\((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+\s*/\s*[A-Z][\w .&'’-]{1,30}\))\s*$")


def is_caption(line: str) -> bool:
    """``line`` ends on a photo credit: a picture's caption."""
    return bool(_CREDIT.search(line.strip()))
