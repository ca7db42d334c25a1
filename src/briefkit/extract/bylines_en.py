"""English bylines and credits: "By A and B", "By: Rep. NAME", "By A for the Associated Press",
"Written by A for Reuters", "Submitted by A on …", "Write to A at …", "Edited by B", "(Reporting by A; editing by B)",
and the outlet a head line names beside them ("RealClear Politics" over a byline).

A byline's names end at a role ("By Jane Doe Staff Writer"), an outlet ("By Jane Doe, The Daily
Star") or "for OUTLET", which is the outlet the piece was written for.  Also here: a byline run into
the first paragraph up to its dateline ("By JANE SMITH Associated Press SPRINGFIELD, Ill. (AP) —"),
the wires' Spanish and French forms ("Por A y B", "Editado en español por C"), and the writers a
page's metadata declares ("By Jane Smith, Staff Writer", "Jane Smith | The Daily Star").
"""

from __future__ import annotations

import itertools
import re

from briefkit.extract import bylineforms, bylinenames, bylines_zh, credits, givennames, headlines
from briefkit.extract.boilerplate import EMAIL
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import names

# "by A (reporting) and B (photography)": the role notes go, the names stay.
CREDIT_ROLE = re.compile(r"\s*\((?:additional\s+)?(?:reporting|photography|photos?|writing|editing|video|graphics|"
                          r"text|interview)\)", re.IGNORECASE)
# "By A and B", "Par A et B", "Por A y B", "Von A und B": a byline in the languages of the wires' services
# "Ana de la Cruz", "Ludwig van Dijk", "Siti Aminah binti Yusof": a particle in small letters inside a name
_PARTICLE = r"(?:van|von|de|da|del|der|den|di|du|la|le|dos|das|ter|ten|bin|binti|bint|ibn|al)"
# "Abdel-Fattah el-Khatib", "Mohammed al-Amin": an Arabic article joined to the surname by a hyphen
_JOINED_ARTICLE = r"(?:(?:el|al|ul|ud|ad|ar|as|ash|at|az)-)?"
_INSIDE = r"(?:\s+(?:" + _PARTICLE + r"\s+){0,2}" + _JOINED_ARTICLE + r"[A-Z][\w.'’-]{1,40}){0,4}"
BYLINE = re.compile(r"^\s*(?i:by|par|de|por|von)\s*:?\s+(?P<names>[A-Z][\w.'’-]{1,40}" + _INSIDE +
                    # "A, B, and C": the serial comma before the last name
                    # "A/B": a slash parts two writers as "and" does
                    r"(?:\s*(?:,\s*(?:and|&)|,|and|et|y|und|&|/)\s*[A-Z][\w.'’-]{1,40}" + _INSIDE + r"){0,6})"
                    r"(?:\s*,\s*(?P<role>[^,|]{2,60}))?", re.UNICODE)
# "(Reporting by A and B, editing by C)": a credit's names end where the next credit starts
# Spanish services credit the same way: "(Reportes de A y B en Bengaluru; reporte adicional de C. Editado en español
# por D)"
_KIND = (r"(?:(?:additional\s+)?reporting|writing|editing)\s+by|reportes?(?:\s+adicional(?:es)?)?\s+de"
         r"|redacci[oó]n\s+de|editado(?:\s+en\s+español)?\s+por|edici[oó]n\s+de")
# A Reuters page glues its "Our Standards: The Thomson Reuters Trust Principles." to the credits' last name
# ("Editing by Andrew HeavensOur Standards: …"), whichever site reposts the story: the names end there.
_GLUED_FURNITURE = r"|(?<=[a-z])(?-i:Our\s+Standards)"
CREDIT = re.compile(r"\b(?P<kind>" + _KIND + r")\s+(?P<names>(?:(?![,;.]?\s*(?:" + _KIND + r")\b" + _GLUED_FURNITURE
                    + r")[^;)])+)", re.IGNORECASE)
CREDITS_PARENTHESIS = re.compile(r"\s*\((?:[^()]*\b(?:" + _KIND + r")\b[^()]*)\)\s*$", re.IGNORECASE)


def credit_notes(paragraphs: list[str]) -> list[str]:
    """The paragraphs that are a wire credit note and nothing else ("(Reporting by A in Tokyo; Editing by B)"),
    wherever they stand: a syndicating site prints its own footer and a list of other stories after the note."""
    return [p for p in paragraphs if len(p) <= 300 and CREDITS_PARENTHESIS.match(p)]


def is_editing(kind: str) -> bool:
    """A credit's kind that names editors: "editing by", "Editado por", "Edición de"."""
    return bool(re.match(r"(?i:edit|edici)", kind))


# " for the Associated Press", " (Reuters)", " | Reuters": the outlet after a byline's names
FOR_OUTLET = re.compile(r"^\s*(?:\s+for\s+(?:the\s+)?|\(\s*|[|｜]\s*)"
                        r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*\)?\s*$")
TRAILING_ROLE = re.compile(r"\s+(?:(?:Senior|Staff|Special|Chief|Political|Business|Foreign)\s+)?(?:Writer|Reporter|"
                            r"Correspondent|Contributor|Columnist|Editor)s?$")


# A stamp that follows a byline's names on the same line
_STAMP_WORD = re.compile(r"\s+(?:Published|Updated|Posted|Last\s+[Uu]pdated|Modified|Created|Filed)\b"
                         r"|\s+on\s+(?=[A-Z][a-z]+\s+\d)")
# "By Agencies", "By Web Desk", "By Our Correspondent", "Staff Report": a desk or the wires, no person
_DESK_WORDS = frozenset({"agencies", "agency", "wires", "wire", "desk", "web", "news", "online", "digital", "our",
                         "correspondent", "correspondents", "staff", "report", "reports", "reporter", "bureau", "team",
                         "editorial", "board", "special", "from", "a", "the", "sports", "business", "city", "metro",
                         "national", "international", "tribune", "service", "services"})


# Words no name holds: a clause opened by "By" ("By Tuesday, the council …", "By End Of Year") or a headline
# opened by "De", "Von" ("De Beers Cuts Prices") is read as a byline only by its first word
# (months that are also given names, "April", "June", "August", and "Will", "Day" are left out: "Will Day" is one)
_NOT_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|"
                       r"September|October|November|December|Of|The|Be|To|In|For|With|Is|Are|Was|Has|Have|Its|"
                       r"Their|This|That|Year|Week|Month|Time|Now|Then)\b", re.IGNORECASE)


def name_like(name: str) -> bool:
    """At most four words and none that no name holds: a byline's name, not a clause or a headline.  A Malay or an
    Iberian name may hold five ("Tengku Noor Shamsiah Tengku Abdullah"): then two of them are given names and none
    is one of English's frequent words ("De Beers Cuts Diamond Prices Again" is a headline)."""
    words = name.split()
    long_name = len(words) == 5 and len([w for w in words if givennames.is_given_name(w)]) >= 2 \
        and not givennames.has_frequent_word(name)
    return (len(words) <= 4 or long_name) and not _NOT_NAME.search(name)


# "By: Minister for Public Expenditure and Reform; Michael McGrath": a statement's byline gives the office, then its
# holder's name; the name is the author
_OFFICE_FIRST = re.compile(r"^(?P<by>\s*(?i:by)\s*:?\s+)(?:(?:Deputy|Junior|Prime|Chief|Acting|Assistant)\s+)?"
                           r"(?:Minister|Secretary|Commissioner|Chancellor|Governor|Director|Mayor|President|Chair\w*|"
                           r"Head)\b[^;]{0,80};\s*")


def byline_names(value: str) -> list[str]:
    """The people a byline names; "By Reuters Staff" names the outlet's staff, no person (its source).

    A role after the name without a comma ("By Jane Doe Staff Writer") and an outlet after one
    ("By Jane Doe, The Daily Star") are no names; a wire agency after one without a comma ("By Jane Doe Reuters")
    is no part of it.
    """
    value = re.split(r"\s+By\s+", value.strip())[0]  # "By Afton Spriggs By Afton Spriggs": a byline printed twice
    value = _STAMP_WORD.split(value)[0]  # "By Jane Doe Published: …", "By Jane Doe Updated 5 March": the stamp
    value = TRAILING_ROLE.sub("", value)
    value = re.sub(r"(?<=[a-z]{2})\.\s*$", "", value.strip())  # "By Jane Doe. Updated: …": the sentence's stop
    # "By Reuters Staff", "By DH Web Desk": a desk or staff byline names the outlet (its source), no person
    # (the corpus convention, benchmarks/articles/README.md "Desk and staff bylines")
    return [n for n in map(bylinenames.without_agency, names(value)) if not credits.is_outlet(n)
            and not n.lower().startswith("the ")
            and not set(re.findall(r"[a-z]+", n.lower())) <= _DESK_WORDS and name_like(n) and not desk_name(n)]


# the closing word of a desk's or a staff's credit: "Reuters Staff", "DH Web Desk", "Business Team", "联合日报newsroom"
_DESK_END = re.compile(r"(?i)(?:\b|(?<=[\u3400-\u9fff]))(?:staff|desk|newsroom|team|bureau|staff\s+writers?|"
                       r"staff\s+reporters?|wires|agencies|editorial\s+board)\s*$")


def desk_name(name: str) -> bool:
    """A byline's "name" that is a desk or an outlet's staff ("Reuters Staff", "DH Web Desk"), no person."""
    return bool(_DESK_END.search(name.strip(" .")))


def before_date(line: str) -> str:
    """A byline without the date or the lead run into it: "By Jane Smith March 5, 2021" → "By Jane Smith",
    "By Jane Smith The ministry said …" → "By Jane Smith"."""
    line = _OFFICE_FIRST.sub(r"\g<by>", line)
    if run_in := _run_into_sentence(line):
        return "By " + run_in[0][0]
    found = parse_date(line)
    return line[:found.start].rstrip(" ,|-–—") if found and found.start > 3 else line


# "Author: AAP", "Writer: Reuters": a wire agency in the writer's field credits the agency, not a person
_AGENCY_AUTHOR = re.compile(r"^(?i:author|writer|written\s+by|reporter|words|story)\s*[:：]\s*"
                            r"(?P<name>[\w .&'’-]{2,40}?)\.?$")


def unmailed(line: str) -> str:
    """A byline without the writer's address ("By Jane Smith jsmith@example.com", "Write to Jane Smith at
    jsmith@example.com"), which makes it no notice; a writer's field naming a wire agency ("Author: AAP")
    read as the source credit it is."""
    line = bylineforms.without_furniture(line)
    if (agency := _AGENCY_AUTHOR.match(line.strip())) and agency["name"].strip().lower() in credits.AGENCIES:
        return "Source: " + agency["name"].strip()
    line = bylines_zh.writer_field(line)  # "作者:新华每日电讯记者邵香云 宋 瑞": the names alone
    return " ".join(EMAIL.sub(" ", line).split()) if re.match(r"(?i:by|write\s+to)\b", line.strip()) else line


def declared_authors(value: str) -> tuple[list[str], str | None]:
    """The writers a page's metadata declares ("By Jane Smith, Staff Writer", "Jane Smith | The Daily Star")
    and the outlet beside them; a role alone ("Trade Desk") is kept as the publisher meant it."""
    value = re.sub(r"^(?i:by)\s*:?\s+", "", value.strip())
    outlet = None
    if " | " in value and credits.is_outlet(last := value.rsplit(" | ", 1)[1].strip()):
        value, outlet = value.rsplit(" | ", 1)[0], last
    found = names(value, roles=True)
    if len(found) == 1 and re.sub(r"^the\s+", "", found[0].lower()) in credits.AGENCIES:
        return [], outlet or found[0]  # "Associated Press" declared as the author of its wire copy: the outlet
    people = [n for n in found if not credits.is_role(n)]
    return people or found, outlet


def written_for(rest: str) -> str | None:
    """The outlet after a byline's names: " for the Associated Press" → "Associated Press"."""
    match = FOR_OUTLET.match(rest)
    return match["name"] if match and credits.is_outlet(match["name"]) else None


SUBMITTED_BY = re.compile(r"^(?i:submitted|posted|published|written)\s+(?i:on\s+[^|]{4,40}?\s+)?(?i:by)\s+"
                           r"(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?=\s+(?:on|at)\b|\s*[|,]|$)")
# "Write to Eric J. Savitz at eric.savitz@barrons.com": the Dow Jones papers' closing line names the writer
WRITE_TO = re.compile(r"^(?i:write\s+to)\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
                      r"(?:\s*(?:,|and)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}){0,3})\s+at\b")
EDITED_BY = re.compile(r"^\(?(?:edited|compiled)\s+by\s+(?P<names>[^()]{3,80}?)\)?\.?$", re.IGNORECASE)


def credit_line(line: str) -> tuple[list[str], list[str], str | None]:
    """Authors, editors and outlet of "Jane Smith, Bloomberg News", "By Jane Smith, CNN", "Edited by Tom Lee"."""
    if credited := credits.credit_byline(line):
        # "City Hall Reporter" under a name is a role with its beat, not a name and a role
        people = [n for n in credited[0] if not any(w.lower() in credits.BEAT for w in n.split())]
        return (people, [], credited[1]) if people else ([], [], None)
    if edited := EDITED_BY.match(line):
        return [], names(edited["names"]), None
    if written := WRITE_TO.match(line):
        return names(written["names"]), [], None
    if submitted := SUBMITTED_BY.match(line):  # "Submitted by Jane Smith on Fri, 03/05/2021 - 09:30"
        return names(submitted["names"]), [], None
    return [], [], None


def outlet_under_byline(head: list[str]) -> list[str]:
    """"By Jane Smith and Tom Lee" then "The Daily Star": the outlet on the line under a byline."""
    found = []
    for previous, line in itertools.pairwise(head):
        words = line.split()
        line = re.sub(r",\s*[A-Z][\w .'’-]{2,30}$", "", line.strip())  # "BBC News, Washington": the bureau's city
        words = line.split()
        if BYLINE.match(headlines.clean(previous)) and credits.is_outlet(line) and 1 <= len(words) <= 5 \
                and all(w[:1].isupper() or w in {"of", "and", "&"} for w in words) and not parse_date(line):
            found.append(line.strip())
    return found


def outlet_lines(head: list[str], title_line: str | None) -> list[str]:
    """An outlet's name alone on a head line ("Newark (OH) Advocate"), or just above a byline
    ("RealClear Politics" over "By: Rep. Gallagher"): where an op-ed ran, a weak source."""
    found = []
    for i, line in enumerate(head):
        if line == title_line:
            continue
        following = headlines.clean(head[i + 1]) if i + 1 < len(head) else ""
        above = bool(BYLINE.match(following) or credits.credit_byline(following))
        text = _LIST_MARK.sub("", headlines.clean(line))  # "1. ITV Report": a menu's list number, left in the copy
        name = credits.outlet_line(text, above_byline=above) or desk_line(text) or logo_line(text)
        if name and not credits.furniture_words(name):  # "Premium Business News": a section, no outlet
            found.append(name)
    return found


# "Samaa Logo", "The Daily Star logo": a site's logo image keeps its alt text in the copied page, naming the site
_LOGO = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)\s+(?i:logo)$")


def logo_line(line: str) -> str | None:
    """The site named by its logo's alt text alone on a head line ("Samaa Logo"): a weak source."""
    match = _LOGO.match(line.strip())
    return match["name"] if match and not credits.is_role(match["name"]) else None


_LIST_MARK = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")
# "ITV Report", "CNN Exclusive": a label for the kind of item, which no outlet is named by
_ITEM_KIND = frozenset({"Report", "Reports", "Exclusive", "Investigates", "Explains", "Explainer"})
_DESK_TAIL = re.compile(r"^(?P<outlet>[A-Z]{2,6}|[A-Z][\w&.'’-]+(?:\s+[A-Z][\w&.'’-]+){0,2})\s+(?P<desk>[A-Z][a-z]+)$")


def desk_line(line: str) -> str | None:
    """"ABC Rural", "SCMP Editorial", "Reuters Breakingviews": an agency's or acronym's name and one of its desks.

    A desk that is a section word ("Editorial", "Opinion") is no part of the outlet's name; a named desk
    ("Rural") is how the page signs, and stays.
    """
    match = _DESK_TAIL.match(line.strip())
    if not match or credits.person_line(line):
        return None
    outlet, desk = match["outlet"], match["desk"]
    if not (credits.is_outlet(outlet) and (outlet.isupper() or outlet.lower() in credits.AGENCIES)):
        return None
    if desk == "News":
        return line.strip()  # "CBC News", "ABC News": the outlet's own name
    return outlet if credits.section_label(desk) or desk in _ITEM_KIND else line.strip()


# A name's words are never the "AND" between two names: without that, "JANE SMITH AND TOM LEE" has many readings
_CAPS_NAME = r"(?!AND\b)[A-Z][A-Z.'’-]+(?:\s+(?!AND\b)[A-Z][A-Z.'’-]+){1,3}"
_MIXED_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|(?!and\b)[A-Z][a-z'’-]+)){1,3}"
_DATELINE_AHEAD = r"(?=[A-Z]{3,}[A-Z .'’-]*(?:,\s*[A-Z][\w.]*\.?){0,2}\s*(?:\([\w .&-]{1,30}\))?\s*[-–—]{1,2}\s)"
# "By JANE SMITH Associated Press SPRINGFIELD, Ill. (AP) — …", "By Jane Smith — SPRINGFIELD — …": a byline run
# into the first paragraph, up to its dateline
_GLUED = re.compile(r"^(?i:by)\s+(?:(?P<caps>" + _CAPS_NAME + r"(?:\s+(?:and|AND|&)\s+" + _CAPS_NAME + r"){0,4})"
                    r"(?:,?\s+(?P<role>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?))?\s+"
                    # "by Jane Doe NAIROBI (Xinhua) --": a mixed-case name ends where the dateline's capitals begin
                    r"|(?P<mixed>" + _MIXED_NAME + r"(?:\s+and\s+" + _MIXED_NAME + r"){0,4})(?:\s*[-–—,]+\s*|\s+))"
                    + _DATELINE_AHEAD)


def glued_byline(paragraph: str) -> tuple[list[str], str | None, str] | None:
    """The names, agency and remaining text of a first paragraph that opens with its byline."""
    paragraph = paragraph.strip()
    match = _GLUED.match(paragraph[:300])  # a byline and dateline are short: never search a long paragraph
    if match is None:
        return _run_into_sentence(paragraph)
    found = names(match["caps"] or match["mixed"])
    role = match["role"] or ""
    agency = credits.agency_line(role) or headlines.agency_of_role(role)
    return found, agency, paragraph[match.end():]


# "By Chino Leyco The Bangko Sentral … said": a byline run into the lead with no dateline between. The name ends
# where a word that opens a sentence, and never ends a name, begins: the lead's first word.
_SENTENCE_OPENER = (r"(?:The|A|An|In|On|At|After|As|While|When|With|This|These|It|Its|According|Despite|Amid|For|"
                    r"Following|Officials?|Government|President|Prime|Finance|Several|Some|More|Most|Prices?|Inflation)")
# "By Jane Doe (Valley State University) On Saturday …": the writer's affiliation in brackets may stand between
_RUN_IN = re.compile(r"^(?i:by)\s+(?P<mixed>" + _MIXED_NAME + r")\s+(?:\([^()]{2,60}\)\s+)?(?="
                     + _SENTENCE_OPENER + r"\s+[A-Za-z])")


def _run_into_sentence(paragraph: str) -> tuple[list[str], str | None, str] | None:
    """The name and the lead of a first paragraph opening "By Jane Doe The ministry said …"."""
    match = _RUN_IN.match(paragraph[:200])
    if match is None:
        return None
    words = match["mixed"].split()
    # the name's own words never include a sentence opener ("By Jane Doe The …" is two words of name)
    while words and re.fullmatch(_SENTENCE_OPENER, words[-1]):
        words.pop()
    if len(words) < 2 or credits.is_role(" ".join(words)) or credits.is_outlet(" ".join(words)):
        return None
    return [" ".join(words)], None, paragraph[match.end():]
