"""Photo captions by their credit: lines that describe a picture, never a headline.

A caption closes on who took or supplied the picture: "… — Picture by Jane Doe" (Malaysian and Indian
papers), "(Image: Unsplash)", "(Niall Carson/PA)", "(REUTERS/Jane Doe)" (British and wire photo credits,
name and agency parted by a slash), "… in 2022. Courtesy" (a sentence closed, then the picture's courtesy).
The reader's CAPTION pattern knows only "(Photo: …)" forms.
"""

from __future__ import annotations

import re

from briefkit.extract import agencies

_CREDIT = re.compile(
    r"(?:[—–-]\s*(?i:picture|photo|image|pic)s?\s*(?i:by|:)\s*\S.{0,60}"
    r"|\(\s*(?i:picture|photo|image|pic)s?\s*:\s*[^()]{1,60}\)"
    r"|\((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+\s*/\s*[A-Z][\w .&'’-]{1,30}\)"
    # "… effective 23rd June 2022. Courtesy", "… in Kampala. Photo courtesy of the Bank": a sentence, then its credit
    r"|[.)]\s+(?i:(?:photo|picture|image|file)\s+)?(?i:courtesy)"
    r"(?:\s+(?i:of\s+)?(?i:the\s+)?[A-Z][\w.&'’ -]{1,40})?)\s*$")


# "… at port in YokohamaThomson Reuters": the credit run into the caption's last word by the copy
_GLUED = re.compile(r"[a-z](?P<credit>[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,2})\s*$")


# "(图表来源:百年英才教育)", "图片来源：视觉中国": a Chinese picture's or chart's credit on a line of its own
_CREDIT_ZH = re.compile(r"^[（(]?\s*(?:图片|圖片|照片|图表|圖表|配图|配圖|题图|題圖)\s*(?:来源|來源)\s*[:：/／]"
                        r"[^（）()]{1,40}[）)]?$")


def is_caption(line: str) -> bool:
    """``line`` ends on a photo credit: a picture's caption, its credit apart or glued to its last word, or is a
    picture's or a chart's credit alone."""
    text = line.strip()
    glued = _GLUED.search(text)
    return bool(_CREDIT.search(text)) or bool(_CREDIT_ZH.match(text)) \
        or (glued is not None and len(text.split()) >= 6 and agencies.is_agency(glued["credit"]))


def head_captions(head: list[str]) -> list[str]:
    """The head lines that are photo captions by their credit ("… effective 23rd June 2022. Courtesy"), long
    enough to state something: a caption over the story is no headline, but what it states counts as a
    caption's does."""
    return [line for line in head if len(line.split()) >= 6 and is_caption(line)]
