"""Wire credits in an article's text: the agency or newswire that a lead, a closing line or a label names.

A wire story carries its agency's name in a few fixed places whatever site reposts it: a tag near
the start of the lead ("PARIS, March 5 (AFP) -", "MOSCOW, March 5. /TASS/.", "SPRINGFIELD, Ill.--
(BUSINESS WIRE)--", "NEW YORK, NY / ACCESSWIRE / March 5, 2024 /", "[Reuters]"), a note closing a
paragraph ("… on Monday.-VNA", "(With inputs from PTI)") and a source label whose value spells the
agency twice ("Islamic Republic News Agency – IRNA").  What makes the tag a credit is the name, so
only names in the agency list (:mod:`briefkit.extract.agencies`) count: "(File)" or "(Photo)" never do.
"""

from __future__ import annotations

import itertools
import re

from briefkit.extract import agencies

# The lead's start before a tag: a dateline's place and date only, no sentence ("SPRINGFIELD, Ill., March 05,
# 2024", "New Delhi [India], March 5", "ABU DHABI, 5th March, 2024"). Lower-case words are the few a date may hold.
_LEAD_PREFIX = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w.'’\u00c0-\u024f-]*|\d{1,4}(?:st|nd|rd|th)?|de|del|am|le|la|of|"
                          r"on|[\[\](),./\s–—-])*$")
# "(Newsfile Corp. - date)", "(MENAFN - Trend News Agency)": a tag's name, then a date or a wire after a dash
_TAG = re.compile(r"\((?P<paren>[A-Za-z][\w .&'’-]{1,40}?)(?:\s+[-–—]\s+(?P<after>[^()]{3,40}))?\)"
                  r"|/\s*(?P<slash>[A-Za-z][\w .&'’-]{1,40}?)\s*/"
                  r"|^\s*[\[【](?P<bracket>[A-Za-z][\w .&'’-]{1,40})[\]】]")


_COPY_STAMP = re.compile(r"^date\s+(?:19|20)\d{2}-\d{2}-\d{2}\s*")
# a lead opening on "NAME - NAME)" with no opening bracket before it: the tag's first character lost in the copy
_LOST_OPENER = re.compile(r"^[A-Za-z][\w .&'’-]{1,40}?\s+[-–—]\s+[^()]{3,40}\)")
_PRIOR_TAG = re.compile(r"^/[^/]{2,30}/\s*[-–—]*\s*")
# "(Eds: Adds Mayawati reax, minor edits) Lucknow, Sep 3 (PTI)": a wire's note to editors on a new version, before
# the dateline it sends
_EDITORS_NOTE = re.compile(r"^\((?i:eds?|editors?)\s*:[^()]{0,120}\)\s*")


def lead_tag(paragraph: str) -> str | None:
    """The agency or newswire tagged in a lead's dateline: "(AFP)", "/TASS/", "--(BUSINESS WIRE)--", "[Reuters]".

    The tag must come before the lead's first sentence word: "… told the Associated Press (AP)" is no credit.
    """
    if tagged := tag_line(paragraph):
        return tagged
    # a stored copy's " date 2020-01-30" stamp and a reposting site's own tag ("/EIN News/ --") may come first
    head = _EDITORS_NOTE.sub("", _PRIOR_TAG.sub("", _COPY_STAMP.sub("", paragraph.strip()[:260])))
    if _LOST_OPENER.match(head):
        head = "(" + head  # "MENAFN - Trend News Agency)The Board …": a copy that dropped the tag's opening bracket
    for match in _TAG.finditer(head):
        name = (match["paren"] or match["slash"] or match["bracket"] or "").strip()
        if len(head[:match.start()]) > 140 or not _LEAD_PREFIX.match(head[:match.start()]):
            return None
        if agencies.is_agency(name):
            return _service(name)
        if (after := (match["after"] or "").strip()) and agencies.is_agency(after):
            return _service(after)  # "(MENAFN - Trend News Agency)": a reposting service's tag naming the wire
        if (_ACRONYM.fullmatch(name) or _reports(name, paragraph)) and name not in _NOT_CREDIT \
                and _DASH_AFTER.match(head[match.end():]) and "," in head[:match.start()]:
            # "BRUSSELS, 06 April 2022, (TON):": an outlet's own initials in its dateline; "BAKU, May 4 (Trend):
            # … Trend reports": any name there that the lead then has reporting
            return name
        if _dated_outlet(name, head[:match.start()]) and _DASH_AFTER.match(head[match.end():]):
            return name  # "20 March 2024 (Lakeview Post) - The …": a dateline of a date alone, then its outlet
    return None


def _dated_outlet(name: str, prefix: str) -> bool:
    """Whether a lead's tag ``name`` reads as a publication's name (an outlet's word: "Lakeview Post", "Harbour
    Radio") and all before it is a date ("20 March 2024", "Tuesday, March 5, 2024"): a dateline with no town, whose
    tag is where a wire's would stand."""
    from briefkit.extract import credits  # (late: credits reads the agency lists this module is read by)
    from briefkit.extract.dates import parse_date

    found = parse_date(prefix)
    return found is not None and not prefix.replace(found.original, "").strip(" ,.-–—") \
        and bool(credits.is_outlet(name)) and not re.fullmatch(r"[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?", name)


def _reports(name: str, paragraph: str) -> bool:
    """Whether the lead has ``name`` reporting ("… Trend reports citing the ministry"), as an outlet does its story."""
    return bool(re.match(r"[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}$", name)) \
        and re.search(r"(?<![\w-])" + re.escape(name) + r"\s+reports\b", paragraph[:400]) is not None


# a dateline alone on its line ("BAKU, Azerbaijan, May 4") and under it the tag a copy split off ("Trend:", "(AFP) -")
_SPLIT_TAG = re.compile(r"^\(?(?P<name>[A-Za-z][\w .&'’-]{1,40}?)\)?\s*[:–—-]{1,2}$")


def split_tag(lines: list[str], lead: str) -> str | None:
    """The lead tag a copy set on a line of its own under the dateline ("BAKU, Azerbaijan, May 4" over "Trend:"),
    read as the one-line dateline it was ("BAKU, Azerbaijan, May 4 (Trend): …")."""
    for dateline, tag in itertools.pairwise(lines):
        dateline = dateline.strip()
        if (match := _SPLIT_TAG.match(tag.strip())) and re.search(r"\d", dateline) and "," in dateline \
                and len(dateline) <= 80 and _LEAD_PREFIX.match(dateline):
            return lead_tag(f"{dateline} ({match['name']}): {lead}")
    return None


# "IANS  |  Kuala Lumpur", "Reuters | London | 5 March": a reposting site prints the wire's tag on a line of its
# own over the story; the agency leads the line and a place or date follows it.
_TAG_LINE = re.compile(r"^(?P<name>[A-Za-z][\w .&'’-]{1,40}?)(?:\s*[|｜/·•]\s*[A-Z\d][^|｜]{1,40}"
                       r"(?:\s*[|｜]\s*[^|｜]{1,40})?"
                       # "UNB, Gazipur :": the agency, a comma and the town on a line of their own, as a South Asian
                       # paper sets a wire's dateline over the story
                       r"|,\s*[A-Z][A-Za-z .'’-]{1,30}?\s*[:：])$")


# "(Inside Costa Rica) - The government has declared …": a lead opening on its outlet's tag, without a dateline
_OPEN_TAG = re.compile(r"^\s*\((?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})\)\s*[-–—]{1,2}\s+"
                       r"(?=[A-Z\d\u201c\"])")


# "(LAKEVIEW NEWS | RIDGEWAY) – The minister …", "(Ridgeway / Lakeview News) -": a lead's tag holding the outlet and
# the town it files from, parted by a bar or a slash, in either order
_OPEN_PAIR = re.compile(r"^\s*\((?P<a>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*[|｜/]\s*"
                        r"(?P<b>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\)\s*[-–—]{1,2}\s+(?=[A-Z\d\u201c\"])")


def opening_tag(paragraph: str) -> str | None:
    """The name a lead opens on in brackets before a dash ("(Inside Costa Rica) - The …"), any name: what a wire's
    tag says of the agency, a site's tag in the same place says of the site (the caller rules out places).  A tag
    pairing a name with a town ("(LAKEVIEW NEWS | RIDGEWAY) –") gives the name."""
    text = _COPY_STAMP.sub("", paragraph)
    if pair := _OPEN_PAIR.match(text):
        return _paired(pair["a"], pair["b"])
    match = _OPEN_TAG.match(text)
    if match is None or match["name"].upper() in _NOT_CREDIT or match["name"].split()[0].upper() in _NOT_CREDIT:
        return None
    return _service(match["name"])


def _paired(first: str, second: str) -> str | None:
    """Of a tag's two names, the one that is not a town, when the other is (a dateline's town, in capitals too)."""
    from briefkit.extract.places import is_place  # (late: places reads modules that read this one)

    def town(name: str) -> bool:
        return is_place(name) or (name.isupper() and is_place(name.title()))

    if town(second) and not town(first) and first.upper() not in _NOT_CREDIT:
        return _service(first)
    if town(first) and not town(second) and second.upper() not in _NOT_CREDIT:
        return _service(second)
    return None


def tag_line(paragraph: str) -> str | None:
    """The agency of a short "AGENCY | Place" or "AGENCY, Place :" line: a wire repost credits the agency, whatever
    masthead it wears."""
    match = _TAG_LINE.match(_COPY_STAMP.sub("", paragraph.strip()))
    if match is None or not agencies.is_agency(name := match["name"].strip()):
        return None
    return _service(name)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_DASH_AFTER = re.compile(r"\s*[-–—:]")
# Tags a wire puts in a lead or a headline that are no outlet: "(UPDATE 2)", "(LEAD)", "(FILE)"
_NOT_CREDIT = frozenset({"UPDATE", "LEAD", "CORRECTED", "AMENDED", "FILE", "PHOTO", "PHOTOS", "VIDEO", "AUDIO", "WATCH",
                         "LIVE", "EXCLUSIVE", "URGENT", "BREAKING", "RECASTS", "REFILE", "ADDS", "WRAPUP", "NEWS",
                         "USA", "UK", "EU", "UN", "US", "AM", "PM", "ET", "GMT", "EST", "EDT", "PST", "UTC"})


def credit(name: str | None) -> str | None:
    """A credit as the source names it: a newswire's service as the newswire, a wire's tag ("LEAD") as none."""
    if name is None or name.strip().upper() in _NOT_CREDIT:
        return None
    site, dash, wire = name.strip().rpartition(" - ")
    if dash and agencies.is_agency(wire) and not agencies.is_agency(site):
        return _service(wire.strip())  # "(MENAFN - Trend News Agency)": a reposting service's tag naming the wire
    return one_name(_service(name.strip()))


def _service(name: str) -> str:
    """"PRNewswire-FirstCall", "PRNewswire-USNewswire": a newswire's service, credited as the newswire."""
    base = name.split("-")[0]
    return base if base != name and agencies.kind(base) == "newswire" else name


# "(With inputs from PTI)", "— With AFP", "(Additional reporting by AFP)": an agency credited at a story's end
_WITH = re.compile(r"(?:\bwith\s+(?:inputs?|input|reporting|additional\s+reporting)\s+from|\bwith\s+|"
                   r"additional\s+reporting\s+by|(?:agency\s+)?inputs?\s+from)\s+(?:the\s+)?"
                   r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})", re.IGNORECASE)


# "(FRANCE 24 with AFP)", "(ST with Reuters)": the outlet that wrote the story with the wires' copy
_OUTLET_WITH = re.compile(r"\((?P<name>[A-Z][\w .&'’-]{1,30}?)\s+with\s+(?P<wire>[A-Z][\w .&,'’-]{1,40})\)\s*$")


def closing_credit(text: str) -> str | None:
    """An agency credited in a closing note: "(With inputs from PTI)", "— With AFP"; None for "agencies".

    "(FRANCE 24 with AFP)" credits the outlet that wrote the story, not the wire it drew on.
    """
    tail = text.strip()[-120:]
    if (both := _OUTLET_WITH.search(tail)) and all(agencies.is_agency(w) for w in re.split(r"\s*,\s*|\s+and\s+",
                                                                                          both["wire"])):
        return both["name"].strip()
    for match in _WITH.finditer(tail):
        name = match["name"].strip()
        if agencies.is_agency(name) and len(tail) - match.end() <= 3:
            return name
    return None


_DOUBLE = re.compile(r"^(?P<a>[^–—()|-]{2,60}?)\s*(?:[-–—|]\s*(?P<b>[^–—()|-]{2,40})|\((?P<c>[^()]{2,40})\))\s*$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in {"of", "the", "and", "for", "&"})


def one_name(value: str) -> str:
    """A source value naming one outlet twice ("Islamic Republic News Agency – IRNA", "Vietnam News Agency (VNA)")
    → its full name; a value naming two ("人民网-人民日报", "CNN - Atlanta") stays as it is."""
    match = _DOUBLE.match(value.strip())
    if not match:
        return value
    long, short = match["a"].strip(), (match["b"] or match["c"]).strip()
    if long.upper() == long and short.upper() != short:
        long, short = short, long
    if _initials(long).upper() == short.replace(".", "").upper() and len(short) >= 2:
        return long
    return value


# "WN/as/APA", "JN/APA": a wire's sign-off closing the copy, its editors' initials then the agency's name
_SIGNOFF = re.compile(r"^(?:[A-Za-z]{1,4}/){1,3}(?P<name>[A-Za-z][\w-]{1,20})\s*$")
# "… Small Business Development. – SAnews.gov.za", "… at mid year.-VNA": a dash credit closing the story, the
# agency's form of "— Bernama"; a news service's domain there credits it as well as a listed agency's name
# "… on Monday. (PNA)", "… on Monday. – PNA release": the agency's bracketed or dashed tag, a release word after it
_DASH_CREDIT = re.compile(r"[.!?”\"’)]\s*(?:[-–—]{1,2}\s*(?P<name>[A-Za-z][\w.&-]{1,30}?)|"
                          r"\((?P<paren>[A-Za-z][\w&-]{1,20})\))(?:\s+(?:release|report|news\s+release))?\s*$")


def closing_signoff(text: str) -> str | None:
    """The agency or news service a story's last line signs off with: "WN/as/APA", ".-VNA", "– SAnews.gov.za",
    "(PNA)", "– PNA release".

    Only a listed agency or a domain counts: a dash and a capitalised word alone may be a writer's initials."""
    tail = text.strip()[-80:]
    if (match := _SIGNOFF.match(tail)) and agencies.is_agency(match["name"]):
        return _service(match["name"])
    if match := _DASH_CREDIT.search(tail):
        name = (match["name"] or match["paren"]).rstrip(".")
        if agencies.is_agency(name):
            return _service(name)
        if re.fullmatch(r"[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,3}", name) and not name.lower().startswith("www."):
            return name  # "SAnews.gov.za": a government news service signing by its address
    return None


# "… as it battles to curb high inflation, reports Reuters.": a lead's first sentence closing on the wire that
# reported it, the way a paper rewriting an agency's copy credits it
_REPORTS_WIRE = re.compile(r",\s+(?:reports|reported|writes|wrote)\s+(?:the\s+)?"
                           r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,4})\s*\.(?:\s|$)")


def lead_reporter(paragraph: str) -> str | None:
    """The listed agency a lead's first sentence closes on as its reporter (", reports Reuters.")."""
    match = _REPORTS_WIRE.search(paragraph[:500])
    if match is None or paragraph[:match.start()].count(". ") > 0 or not agencies.is_agency(match["name"]):
        return None  # (only the first sentence: a later one may quote a rival's report)
    return _service(match["name"])



# "… made the prediction in an interview with the News Agency of Nigeria (NAN)", "… told Tanjug", "对新华社记者表示":
# the agency a speaker in the story addressed is the one whose reporter wrote it down
_TOLD = re.compile(r"\b(?:told|(?:in\s+an?\s+)?(?:exclusive\s+)?interview\s+with|speaking\s+to|spoke\s+to)\s+"
                   r"(?P<words>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,4})")
_TOLD_ZH = re.compile(r"(?:对|對|接受)(?P<name>[\u3400-\u9fff]{2,6}?(?:社|网|網|台))(?:记者|記者)"
                      r"(?:专访|專訪|采访|採訪|表示|说|說)")


def told_agency(paragraphs: list[str]) -> str | None:
    """The listed agency a speaker in the story tells something ("told the News Agency of Nigeria", "对新华社记者
    表示"): a story quoting what was said to an agency's reporter is that agency's copy, where nothing else credits."""
    for paragraph in paragraphs:
        for match in _TOLD.finditer(paragraph):
            words = re.sub(r"^(?:the|The)\s+", "", match["words"]).split()
            if name := next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                             if agencies.is_agency(" ".join(words[:n]))), None):
                return name  # the name the verb is followed by, not a name further on
        if (zh := _TOLD_ZH.search(paragraph)) and agencies.is_agency(zh["name"]):
            return zh["name"]
    return None


# "AMMONNEWS - Minister …": a lead opening on a word in capitals and a dash, which is a dateline's town unless the page
# names its outlet so elsewhere ("Ammon News, Editor's Choice" over the title)
_CAPS_TAG = re.compile(r"^(?P<tag>[A-Z][A-Z0-9]{3,20})\s*[-–—]+\s+\S")


def caps_tag(paragraph: str, lines: list[str]) -> str | None:
    """The outlet a lead's capitals tag stands for, as ``lines`` (the page's head) spell it: "AMMONNEWS -" beside a
    head line "Ammon News, Editor's Choice" gives Ammon News. A tag no line spells as a name is a town's."""
    match = _CAPS_TAG.match(_COPY_STAMP.sub("", paragraph.strip()))
    if match is None or match["tag"] in _NOT_CREDIT:
        return None
    for line in lines:
        for part in re.split(r"\s*[,|｜·•]\s*|\s+[-–—]\s+", line.strip()):
            if " " in part and re.sub(r"[\s.'’-]", "", part).upper() == match["tag"] and part[:1].isupper():
                return part
    return None
