"""Head lines that describe or credit a picture, or mark a part of the story: shaped like headlines, never titles.

Kinds held on any site's page, not one layout:

- a caption saying what the picture is ("A file photo of some nurses", "File picture of the port", "Photo
  shows the minister …"): a headline says what happened, a caption what the picture holds;
- a caption closed by a newspaper group's credit run onto its sentence ("… on January 7. PHOTO | JANE DOE |
  NATION MEDIA GROUP", "… in Nairobi. FILE PHOTO | NMG"): the credit's capital label, then a bar or a slash;
- a Chinese line opening on a box or triangle mark ("■新宅量跌价升…", "▲广州市海心桥夜色。", "□ 本刊记者 …"):
  print and web copies set a part's subheading, a caption or a credit line that way, never the page's headline
  (which stands alone, unmarked, over them).
"""

from __future__ import annotations

import re

from briefkit.extract.wordcount import CJK

# "A file photo of …", "An undated handout picture shows …", "Photo shows …", "Image taken on …"
_DESCRIBES = re.compile(r"^(?:(?:an?|the)\s+)?(?:(?:file|stock|archive|archival|undated|handout|aerial)\s+)+"
                        r"(?:photo(?:graph)?|picture|image|pic|footage)s?\b"
                        r"|^(?:an?\s+)?(?:photo(?:graph)?|picture|image)s?\s+(?:shows?|showing|taken|of\s+(?:an?|the)\b)",
                        re.IGNORECASE)
# "… January 7. PHOTO | ISAAC WALE | NATION MEDIA GROUP", "… FILE PHOTO/AFP": a sentence, then the picture's credit
_GROUP_CREDIT = re.compile(r"(?:^|[.!?)”\"’]\s+)(?:FILE\s+)?(?:PHOTO|PHOTOS|PICTURE|IMAGE|PIC|PHOTOGRAPH)"
                           r"\s*[|｜/]\s*\S")
# a box, diamond or triangle mark opening a Chinese line (a bullet list's "•" and "·" are left to the list rules)
_PART_MARK = re.compile(r"^\s*[■□◆◇▲△▼▽▶►]")


def picture_caption(line: str) -> bool:
    """``line`` describes a picture or closes on a picture's group credit (see the module's text)."""
    text = line.strip()
    return bool(_DESCRIBES.match(text)) or bool(_GROUP_CREDIT.search(text))


def marked_part(line: str) -> bool:
    """``line`` (as printed, mark and all) is a Chinese line opening on a box, diamond or triangle mark: a part's
    subheading, a caption or a credit, never the page's title."""
    return bool(_PART_MARK.match(line)) and bool(CJK.search(line))
