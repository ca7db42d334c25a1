"""Copyright lines, read once for every field that needs them.

"© 2024 Example Media. All rights reserved.", "Copyright © The Valley Times 2024", "Copyright 2018 NPR.
To see more", "Chinanews.com. All rights reserved.", "版权所有 湖滨日报": a notice names the holder of a
page's text, which the source finders take as a guess at the outlet and the organisation finders as a
body the page is by.  A photo's copyright ("© Getty Images") names neither.
"""

from __future__ import annotations

import re

# the mark, in any of its spellings ("©", "(c)", "Copyright", "Copyrights", several together)
MARK = r"(?:(?i:copyrights?)|©|\([cC]\))"
_MARKED = re.compile(r"©|(?i:copyright)|\([cC]\)")
YEARS = r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
# "© 2024 Valley Media LLC": the company's legal form is no part of the outlet's name
_LEGAL_FORM = re.compile(r",?\s+(?:LLC|L\.L\.C\.|L\.P|Inc|Ltd|Limited|Corp|Corporation|PLC|plc|GmbH|S\.A|"
                         r"Pty\s+Ltd)\.?$")
# a photo's notice, not the page's
_PICTURE = re.compile(r"\b(?:provided|photo|image|getty)\b", re.IGNORECASE)

# --- one holder per line, as the outlet (source finders) ---------------------------------------------------------
# "All content © 2024 Valley Times, Inc.": what the notice covers may open it
_COVERS = re.compile(r"^\s*(?i:all\s+(?:content|contents|material|text)\s+)?")
_NOTICE_SITE = re.compile(r"^\s*copyrights?\s*(?:©|\(c\))?\s*(?:" + YEARS + r"\s*)?"
                          r"(?P<name>(?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)


def copyright_holder(line: str) -> str | None:
    """"© 2021 The Associated Press. All rights reserved." → "The Associated Press": the holder of a notice that
    opens the line, as the outlet's name (its legal form left off: "© 2024 Valley Media LLC" → "Valley Media").

    A notice naming a site ("Copyrights(C)example.jp") names the site as its holder; a photo's copyright
    ("© Getty Images") names none.
    """
    if site := _NOTICE_SITE.match(line):
        return site["name"]
    text = _COVERS.sub("", line, count=1)
    if not re.match(MARK, text) or _PICTURE.search(line):
        return None
    # a line that opens with the mark is a notice, year or none ("©Project Syndicate" closing a page); the caller
    # reads only lines where a notice stands (the page's end, its first lines)
    found = _holders_of(text, "", opening=True)
    name = _LEGAL_FORM.sub("", found[0]) if found else ""
    return name if len(name) >= 2 and not re.fullmatch(r"(?i:all|the|by|copyright)", name) else None


# a site's domain in a rights line ("Chinanews.com. All rights reserved.")
_DOMAIN = re.compile(r"(?<![@\w.])(?P<host>(?:[A-Za-z0-9-]+\.)+(?:com|net|org|news|tv|fm|co\.uk|com\.au|co\.nz|"
                     r"co\.za|ca|ie|in|cn|com\.cn|jp|ph|ng|ke|pk|sg|my|info))(?![\w.]*@)(?:/\S*)?(?=[\s.,;)]|$)")
# "All rights reserved. This material … may not be reproduced … without prior express written permission from
# PUNCH.": a rights notice naming its holder as the one whose permission it needs
_RESERVED = re.compile(r"(?i:all\s+rights\s+reserved|may\s+not\s+be\s+(?:reproduced|republished|copied))")
_PERMISSION = re.compile(r"(?i:permission)\s+(?i:of|from)\s+(?:the\s+)?(?P<name>[A-Z0-9][\w.&'’-]*"
                         r"(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,4}?)\s*(?:[.,;]|$)")
_ZH_MARK = re.compile(r"(?:版权所有|版權所有|Copyright|©)")
_ZH_OUTLET = re.compile(r"(?P<name>[\u3400-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|"
                        r"都市报|都市報|报|報|网|網|电视台|電視台|广播电台|廣播電臺|新闻社|新聞社|通讯社|通訊社|社))")


# "Lakeview Post © 2024", "Lakeview Post (c) 2009-2024. All rights reserved.": a line that is a name, then the mark
# and the years, names its holder first
_HOLDER_FIRST = re.compile(r"^\s*(?!.*(?i:copyright))(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
                           r"(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,4})"
                           r"\s*,?\s*(?:©|\([cC]\))\s*" + YEARS + r"\s*[.,]?\s*(?i:all\s+rights\s+reserved\.?)?\s*$")


def notice_holder(line: str) -> str | None:
    """The holder a rights line names in any form: a notice's holder, a name before the mark and its years
    ("Lakeview Post © 2024"), else the domain of an "All rights reserved" line ("Chinanews.com. All rights
    reserved."), else the Chinese outlet of a 版权所有 line."""
    if holder := copyright_holder(line):
        return holder
    if (first := _HOLDER_FIRST.match(line)) and not _PICTURE.search(line):
        return _LEGAL_FORM.sub("", first["name"])
    if re.search(r"(?i:all\s+rights\s+reserved)", line) and (site := _DOMAIN.search(line)):
        return site["host"]
    if (rights := _PERMISSION.search(line)) and _RESERVED.search(line):
        return _LEGAL_FORM.sub("", rights["name"].rstrip("."))
    if _ZH_MARK.search(line) and (zh := _ZH_OUTLET.search(line)):
        return zh["name"]
    return None


# --- every holder a page's lines name, as bodies (organisation finders) -------------------------------------------
# "Copyright © 2022 by The Associated Press.", "©2024 Bloomberg L.P.", "(c) Copyright Thomson Reuters 2022.",
# "© Provided by The Canadian Press": the holder follows the mark, a year and "by"
_ANYWHERE = re.compile(MARK + r"(?:\s*" + MARK + r")*\s*"
                       r"(?:\d{4}(?:\s*[-–]\s*\d{4})?[.,]?\s*)?(?:(?i:provided\s+by|by)\s+)?"
                       r"(?P<name>(?:[A-Z0-9][\w.&'’-]*|[a-z][\w-]*\.(?:com|net|org|jp|cn|co\.\w\w))"
                       r"(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w.&'’-]*){0,5})")
# what makes a "© Name" a page's copyright, not a photo's credit ("© Pixels")
# ("(c) 2023 Fisheries Weekly" stays no body's notice: tests/test_extract_credits.py keeps it out of the organisations)
_RIGHTS = re.compile(r"(?i:copyright|all\s+rights\s+reserved|provided\s+by)|©\s*\d{4}|\d{4}\s*$")
_HOLDER_END = re.compile(r"\s+(?:All|To|Click|Reproduction|Contact|Privacy|Terms)\b.*$|\s+\d+$|[.,;:|]+$")


def copyright_holders(lines: list[str]) -> list[str]:
    """The bodies the page's copyright lines name ("Copyright 2018 NPR. To see more" → "NPR"), wherever on a
    line the notice stands, the holder on the next line when the mark's line has only years."""
    names: list[str] = []
    for index, line in enumerate(lines):
        names += _holders_of(line, lines[index + 1] if index + 1 < len(lines) else "")
    return list(dict.fromkeys(names))


def _holders_of(line: str, after: str, opening: bool = False) -> list[str]:
    """The holders the notices on ``line`` name (``after``: the next line, which may hold the holder).

    A mark amid a line is a notice only with a year, "Copyright" or "All rights reserved" by it ("© Pixels" in a
    caption is a photo's); with ``opening``, the first notice of a line that opens with one, whatever follows."""
    names: list[str] = []
    for match in _ANYWHERE.finditer(line) if _MARKED.search(line) else ():
        name = _holder(match["name"])
        if not name and re.search(r"(?i)all\s+rights\s+reserved", after):
            name = _holder(after.split(". ")[0])  # "Copyright ©1999-2018" / "Chinanews.com. All rights …"
        if name and (opening or _RIGHTS.search(line[:match.end() + 40] + (after if name in after else ""))):
            names.append(name)
        if opening:
            break
    return names


def _holder(name: str) -> str:
    """The holder's name without what follows it on the line (a year, "All Rights Reserved")."""
    name, previous = name.strip(), ""
    while name != previous:  # "Thomson Reuters 2022.": the dot, then the year
        name, previous = _HOLDER_END.sub("", name), name
    name = re.sub(r"\.$", "", name) if not re.search(r"\b[A-Z]\.[A-Z]\.$", name) else name  # "Bloomberg L.P."
    return name if re.search(r"[A-Za-z]{2}", name) and not re.fullmatch(r"(?i)(?:all|the|rights?)", name) else ""
