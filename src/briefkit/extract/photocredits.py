"""The people a page credits for its pictures: photographers are never its authors.

A name over "Photographer", or on a picture credit's line ("Photo: Jane Doe", "Jane Doe/Getty Images"), took
the pictures.  A name the page also credits as a writer is kept: "By Jane Doe" elsewhere, "JANE DOE" alone over
the dateline, and a Chinese writer's mark before the picture word ("文、攝:Liona Li", "文/圖 張三": the writer
took the pictures too).
"""

from __future__ import annotations

import re

from briefkit.extract import bylineforms
from briefkit.extract.authorcues import CREDIT_BEFORE, PICTURE_WORD, ROLE_AFTER
from briefkit.extract.namespans import names_on

# a picture's credit alone on the line under a name ("Jane Doe" / "Photographer")
_PICTURE_ROLE = re.compile(r"^(?:staff\s+|chief\s+|senior\s+)?(?:photographer|photojournalist|photo(?:graph)?s?|"
                           r"photography|illustrator|illustration|videographer|camera)\s*$", re.IGNORECASE)
# "文、攝:", "文/圖 ", "撰文/攝影:": the writer's mark, then the picture's, before one credit's names
_WRITER_SHOT = re.compile(r"(?:^|\s)(?:撰文|文)\s*[、/／]\s*(?:[图圖]|摄影|攝影|[摄攝])")


def photographers(lines: list[str]) -> set[str]:
    """Names the page credits for its pictures: a name over "Photographer", or on a picture credit's line.

    Photographers are never authors; a name also credited as a writer elsewhere on the page is kept, and so
    is one alone over the dateline, and one the writer's mark credits with the pictures ("文、攝:Liona Li").
    """
    found: set[str] = set()
    for i, line in enumerate(lines):
        below = lines[i + 1].strip() if i + 1 < len(lines) else ""
        credited = CREDIT_BEFORE.search(line) or _WRITER_SHOT.search(line)
        if _PICTURE_ROLE.match(below) or (PICTURE_WORD.search(line) and not credited):
            found.update(names_on(line.strip()))
    for line in lines:
        if not PICTURE_WORD.search(line) and (CREDIT_BEFORE.search(line) or ROLE_AFTER.search(line)):
            found -= set(names_on(line.strip()))
    # "Photo: Jane Doe" under the picture and "JANE DOE" over the dateline: she took it and wrote the story
    return found - set(bylineforms.name_over_dateline(lines, ""))
