"""Who published a page: outlets named in credits, site suffixes, agency lines and notes.

Pages name their outlet in many places besides a labelled "Source:" field:
a lead's credit ("(CNN) —", "BBC: Russia's central bank …"), a byline's
affiliation ("By Jane Smith, CNN", "Jane Smith, Bloomberg News"), a line of
its own under the title ("Reuters", "From Reuters"), the title's site suffix
("Rates climb again | The Guardian"), a closing note ("This article was
originally published on The Conversation") and a copyright notice.  A name
is taken as an outlet when it is a wire agency, an acronym, or ends like a
publication (News, Times, Post, Press …); a bare person's name beside a date
("March 5, 2021 | John Smith") is a byline, not an outlet.
"""

from __future__ import annotations

import re

from briefkit.extract import agencies, notwriters
from briefkit.extract.hostnames import AGENCY_NAMES
from briefkit.extract.hostnames import domain_label as domain_label
from briefkit.extract.hostnames import is_domain as is_domain
from briefkit.extract.hostnames import outlet_of_domain as outlet_of_domain
from briefkit.extract.notices import copyright_holder as copyright_holder
from briefkit.extract.notices import republished as republished
from briefkit.extract.notices import republished_zh as republished_zh
from briefkit.extract.textcache import text_cache

# with the broad list kept as data (world, national and newswire agencies): a case-blind test looks names up here
AGENCIES = frozenset(name.lower() for name in AGENCY_NAMES) | agencies.loose_forms()
_OUTLET_WORD = re.compile(
    r"\b(?:News|Times|Post|Press|Daily|Journal|Herald|Tribune|Gazette|Wire|Newswire|Telegraph|Guardian|"
    r"Observer|Chronicle|Review|Weekly|Magazine|Media|Agency|Network|Broadcasting|Radio|TV|Television|Insider|"
    r"Today|Monitor|Standard|Mail|Express|Independent|Courier|Register|Bulletin|Dispatch|Examiner|Globe|Mirror|"
    r"Economist|Online|Newsroom|Conversation|Advocate|Sentinel|Enquirer|Inquirer|Ledger|Beacon|Messenger|Banner|"
    r"Argus|Courant|Statesman|Picayune|Clarion|Free\s+Press|"
    # a syndicate selling commentary to papers ("Project Syndicate"), a government's news service ("Lakeland
    # Information Services"): publishers, though no paper's word names them
    r"Syndicate|Information\s+Services?|"
    # the words other languages' papers are named by ("Asahi Shimbun", "Chosun Ilbo", "Neue Zürcher Zeitung")
    r"Shimbun|Ilbo|Nippo|Zeitung|Gazeta|Gazette|Diario|Heraldo|Tageblatt|Corriere|Nación|Nacion|Kurier)\b")
# Words that make a short capitalised line a section name, not a person.
_SECTION_WORD = re.compile(
    r"\b(?:News|World|Business|Politics|Sports?|Opinion|Markets?|Economy|Technology|Tech|Health|Science|Asia|"
    r"Europe|Africa|Americas?|Middle|East|West|North|South|Culture|Lifestyle|Travel|Local|National|Latest|"
    r"Nationwide|Statewide|Regional|Community|Podcasts?|Watch|Listen|Audio|Photos?|"
    r"Home|Video|Analysis|Commentary|Editorials?|Features?|Money|Finance|Energy|Climate|Environment|Education|"
    r"Top|Stories|Breaking|Live|Updates?|Press|Releases?|Statement|Government|Ministry|Department|Office|"
    r"Council|Committee|Policy|International|Global|China|India|Region|Metro|Weather|Entertainment|Arts|"
    r"Society|Blog|Blogs|Letters|Columns?|Reviews?|Tags?|Topics?|Related|Share|Print|Email|Menu|Search|"
    r"View|Comments?|Archived|Content|Advertisement|Sponsored|Subscribe|Newsletter|Gallery|Accessibility)\b",
    re.IGNORECASE)
_NOT_FIRST = frozenset({"from", "via", "by", "source", "the", "in", "on", "at", "for", "with", "and", "of", "to",
                        "our", "your", "my", "about", "contact"})
# Latin letters with their accents ("José Álvarez", "Zoë Brünner", "Nguyễn Văn An", "Łukasz Nowak"): the
# extended ranges hold capitals and small letters in turn, so each class admits both there
UPPER = "A-ZÀ-ÖØ-ÞĀ-žḀ-ỿ"
LOWER = "a-zß-öø-ÿĀ-žḀ-ỿ"
# a surname's prefix written before a capital: "McClure", "MacLean", "O'Brien", "D'Souza"
SURNAME_PREFIX = r"(?:Mc|Mac|[OD]['’])?"
_UP, _LOW = UPPER, LOWER
_NAME_WORD = rf"(?:{SURNAME_PREFIX}[{_UP}][{_LOW}'’]+(?:-[A-Za-z][{_LOW}'’]+)?|[A-Z]\.|[{_UP}][{_UP}'’-]{{1,20}})"
_PERSON = re.compile(r"^" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3}$")
# A courtesy or office title before a name ("Rep. Troy Balderson", "By: Dr. Jane Smith"): not part of the name.
# An academic title is printed as part of the name ("Dr. Priya Raman") and stays; an office does not.
HONORIFIC = re.compile(r"^(?:(?:Rep|Sen|Gov|Lt|Mr|Mrs|Ms|Mx|Hon|Del|Amb|Gen|Col|Capt|Sgt)\.|"
                       r"(?:Senator|Congressman|Congresswoman|Representative|Councilman|Councilwoman|"
                       r"Councilmember|Assemblyman|Assemblywoman|Mayor|Judge)\b)\s*")
_ACADEMIC = re.compile(r"^(?:Dr|Prof)\.\s*")


def strip_honorific(name: str) -> str:
    """"Rep. Troy Balderson" → "Troy Balderson"; a bare "Rep. Gallagher" keeps the surname."""
    return HONORIFIC.sub("", name.strip(), count=1)
_CAP_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w&'’-]*){0,5}"
_LEAD_CREDIT = re.compile(r"^(?:\((?P<paren>[A-Z][\w .&'-]{1,30})\)\s*(?:[-–—]+\s*)?"
                          # "FILE: The shortfall …", "PHOTO: …": a picture caption's label, not an outlet
                          r"|(?!(?:FILE|PHOTO|PHOTOS|PIC|IMAGE|VIDEO|WATCH|LISTEN|READ|UPDATE|NOTE)\s*[:：])"
                          r"(?P<colon>[A-Z]{2,6}|Reuters|Xinhua|Bloomberg|Associated Press)\s*[:：]\s+)"
                          r"(?=[A-Z\"“‘'\u3400-\u9fff])")
_AGENCY_LINE = re.compile(r"^(?:(?:from|via|source|by)\s+)?(?P<name>[\w .&'’-]{2,40}?)\.?$", re.IGNORECASE)
_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?P<sep>[|｜]|[-–—]|::)\s+(?P<site>[^|｜–—]{2,40})$")
_ROLE_WORD = re.compile(r"\b(?:staff|writers?|reporters?|correspondents?|contributors?|columnists?|editors?|"
                        r"journalists?|analysts?|producers?|interns?)\b", re.IGNORECASE)
_CREDIT_BYLINE = re.compile(r"^(?:[Bb]y\s+)?(?P<names>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3}"
                            r"(?:\s+and\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3})?)"
                            r"(?:\s*(?:,|\||｜|/)|\s+[-–—])\s*(?P<outlet>[^,|｜/]{2,40})$")

# "Kamcilla Pillay|Published", "Jane Smith | Published Jun 12, 2015": a news site's byline beside its time stamp
_STAMPED_BYLINE = re.compile(r"^(?P<names>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3}"
                             r"(?:\s+and\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3})?)"
                             r"\s*[|｜]\s*(?i:published|posted|updated)\b")


def is_outlet(name: str) -> bool:
    """A name that reads as a publisher: a wire agency, an acronym, or a publication's name."""
    name = name.strip()
    return (name.lower() in AGENCIES or bool(_OUTLET_WORD.search(name))
            or bool(re.fullmatch(r"[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?", name)))


def is_role(text: str) -> bool:
    """A byline's role, not a name or an outlet: "Staff Reporter", "Senior Correspondent"."""
    return bool(_ROLE_WORD.search(text)) and len(text.split()) <= 3


_DESK_WORDS = frozenset({"desk", "newsroom", "team", "bureau"})
# A picture's credit after a photographer's name ("Thomas MacMillan Photo", "Jane Smith/Getty Images")
_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "photography", "image", "images", "illustration", "video",
                           "file", "graphic", "graphics", "courtesy", "handout", "pool"})


def _given_first(name: str) -> int:
    """1 when the name opens with a given name that an agency also bears ("Ana Dumbadze", "Ani Petrosyan",
    "Efe Kerem": ANA, ANI and EFE are wires), written as a given name is, before more words; else 0."""
    first, *rest = name.split() or [""]
    from briefkit.extract.givennames import is_given_name  # (late: the name list loads only when asked)

    return int(bool(rest) and first.istitle() and len(first) > 2 and is_given_name(first))


# (a pure function of its text, asked again for the same lines by several readers of one page)
@text_cache(maxsize=1024)
def person_line(line: str) -> str | None:
    """"JANE SMITH" or "Jane Q. Smith" alone on a line: a name, not a section or an outlet."""
    line = strip_honorific(line)
    academic = _ACADEMIC.match(line)
    bare = line[academic.end():] if academic else line
    words = bare.lower().split()
    if not _PERSON.match(bare) or _SECTION_WORD.search(line) or is_outlet(line) or words[0] in _NOT_FIRST \
            or any(w in AGENCIES for w in words[_given_first(bare):]) or _ROLE_WORD.search(line) \
            or words[-1].strip(".:") in _CREDIT_WORDS \
            or words[-1].strip(".:") in _DESK_WORDS:  # "Staff Reporter" is a role, "Tom Lee Photo" a credit
        # and "DH Web Desk" a desk (README convention: a desk byline names the outlet, no person)
        return None
    return line.title() if line.isupper() else line


def agency_line(line: str) -> str | None:
    """A head line naming a wire agency alone: "Reuters", "From Reuters", "Source Xinhua"."""
    match = _AGENCY_LINE.match(line.strip(" ·•|｜-–—"))  # "CBC News ·": the byline slot's separator
    # a Chinese masthead line is the paper's name, weaker than its dateline ("中国新闻社" over "中新网…电")
    if match and match["name"].strip().lower() in AGENCIES and not re.search(r"[\u3400-\u9fff]", match["name"]):
        return match["name"].strip()
    return None


def credit_byline(line: str) -> tuple[list[str], str | None] | None:
    """"By Jane Smith, CNN", "Jane Smith, Bloomberg News", "Jane Smith, Staff Writer": names and their outlet.

    A courtesy title goes ("Rep. Troy Balderson, Guest Columnist"), and a role may follow the name
    without a comma ("Larry Elliott Economics editor").
    """
    line = line.strip()
    if (by := re.match(r"(?i:by)\s*:?\s+", line)) is not None:
        line = line[by.end():]
    line = strip_honorific(line)
    if (stamped := _STAMPED_BYLINE.match(line)) and all(person_line(n) for n in stamped["names"].split(" and ")):
        return [n.title() if n.isupper() else n for n in stamped["names"].split(" and ")], None
    match = _CREDIT_BYLINE.match(line)
    if match and re.search(r"\S/\S", line[match.end("names") - 1:match.start("outlet") + 1]):
        return None  # "Jeff Chiu/AP", "Sean Kilpatrick/The Canadian Press": a photographer's credit, no byline
    if not match:
        return name_and_role(line)
    # "Special to the Valley Times", "Writing for The Post": the paper the writer filed for
    outlet = re.sub(r"^(?i:special\s+to|writing\s+for)\s+(?:[Tt]he\s+)?", "", match["outlet"].strip())
    outlet = outlet.title() if outlet.isupper() and len(outlet) > 6 else outlet  # "THE DAILY STAR"; "CNN" stays
    role = bool(_ROLE_WORD.search(outlet))
    if notwriters.is_postnominal(outlet):  # "Femi Falana, SAN", "Jane Doe, CFA": an honour, no outlet
        return ([n.strip() for n in match["names"].split(" and ")], None) \
            if all(person_line(n.strip()) for n in match["names"].split(" and ")) else None
    if not role and not is_outlet(outlet):
        return None
    names = [n.strip() for n in re.split(r"\s+and\s+", match["names"])]
    if not all(person_line(n) for n in names):
        return None
    return [n.title() if n.isupper() else n for n in names], None if role else outlet


# Words that may stand before a role word in a byline: a beat, a rank ("Economics editor", "Senior Staff Writer").
BEAT = frozenset({"senior", "staff", "special", "chief", "political", "politics", "business", "foreign",
    "economics", "economic", "economy", "education", "health", "science", "sports", "technology", "tech",
    "environment", "environmental", "climate", "legal", "diplomatic", "defence", "defense", "security",
    "investigative", "courts", "crime", "data", "energy", "markets", "finance", "financial", "features", "arts",
    "contributing", "associate", "deputy", "managing", "executive", "guest", "local", "national", "international",
    "world", "global", "metro", "city", "state", "washington", "europe", "asia", "africa", "china",
    "correspondent",
    # a business section's beats ("Corporate News", "Company News" beside a date stamp)
    "corporate", "company", "companies"})
_ROLE_END = re.compile(r"^(?:writers?|reporters?|correspondents?|editors?|columnists?|contributors?|journalists?)$",
                       re.IGNORECASE)


def name_and_role(line: str) -> tuple[list[str], str | None] | None:
    """"Jane Smith Economics correspondent", "Tom Lee Staff Writer": a name and its role on one line, no comma."""
    words = line.split()
    if not 3 <= len(words) <= 7 or not _ROLE_END.match(words[-1]):
        return None
    for cut in range(2, min(4, len(words) - 1) + 1):
        role = words[cut:]
        if all(w.lower() in BEAT for w in role[:-1]) and (name := person_line(" ".join(words[:cut]))):
            return [name], None
    return None


# "— Jane Smith is a professor of economics at Boston University.": an op-ed's closing note on its author
# "Robert J. Shiller, a 2013 Nobel laureate in economics, is professor of economics at …": a role set off by commas
# may stand between the name and its verb
_BIO = re.compile(r"^[—–-]?\s*(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3})"
                  r"(?:,\s+(?:a|an|the)\s+[^,]{3,80},)?\s+(?:is|was|has\s+been)\s+"
                  r"(?:a|an|the)?\s*(?:[\w-]+\s+){0,4}?(?:professor|fellow|director|writer|journalist|columnist|"
                  r"economist|analyst|author|editor|researcher|lecturer|member|president|chief|founder|partner|lawyer|"
                  r"consultant|student|scholar|reporter|correspondent|chair|head|minister|senator|executive|CEO|"
                  r"adviser|advisor|expert|historian|scientist|teacher|candidate|doctor|physician)\b")


# "Jane Smith writes about cities from Chicago.", "Rep. Jane Smith represents Ohio's 12th District.", "Jane Smith,
# a retired teacher, lives in Springfield.": a short closing note on the writer that names no role noun
_BIO_VERB = re.compile(r"^[—–-]?\s*(?P<name>(?:" + HONORIFIC.pattern[1:] + r")?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD
                       + r"){1,3})(?:,\s+(?:a|an|the)\s+[^,]{3,80},)?\s+(?:writes|wrote|represents|serves|served|"
                       r"teaches|taught|directs|leads|chairs|heads|works|worked|lives|lived|is\s+also|covers|"
                       r"reports\s+on)\b")
# "About the author:", "_Jane Doe is …_": a label or the italics' marks around a closing note
_BIO_FRAME = re.compile(r"^(?:[_*]+|(?i:about\s+the\s+(?:author|writer)s?)\s*[:：]\s*)+|[_*]+$")


def author_bio(text: str) -> str | None:
    """The author named in a closing note about them ("Jane Smith is a senior fellow at …")."""
    text = _BIO_FRAME.sub("", text.strip()).strip()
    match = _BIO.match(text) or (_BIO_VERB.match(text) if len(text.split()) <= 40 else None)
    return person_line(match["name"]) if match else None


def recurring_tag(paragraph: str, paragraphs: list[str]) -> bool:
    """Whether the tag ``paragraph`` opens on before a colon opens others too ("SFC: Gary Sice kicked …", "SFC:
    Castlebar Mitchels …"): a list's label for its items (a competition, a grade), where an outlet's tag opens the
    lead alone."""
    match = re.match(r"[^:：\n]{1,40}[:：]", paragraph)
    return match is not None and sum(1 for p in paragraphs if p.startswith(match.group())) >= 2


def lead_credit(paragraph: str) -> str | None:
    """An outlet crediting the lead: "(CNN) — …", "(CNN)Some text", "BBC: Russia's central bank …"."""
    match = _LEAD_CREDIT.match(paragraph)
    if not match:
        return None
    name = (match["paren"] or match["colon"]).strip()
    if match["colon"] and name.isupper() and name.lower() not in AGENCIES and (len(name) >= 5 or _town(name)):
        return None  # "CHUKAI: The state government …": a dateline's town in capitals, as "ISLAMABAD:" is
    return name if is_outlet(name) else None


def _town(name: str) -> bool:
    from briefkit.extract.places import is_place  # (late: the place lists load only when asked)

    return is_place(name.title())


def site_suffix(title: str) -> tuple[str, str] | None:
    """"Rates climb again | The Guardian" → (title, site); a dash only parts a site that reads as an outlet."""
    match = _SUFFIX.match(title.strip())
    if not match:
        return None
    site = match["site"].strip()
    words = site.split()
    if len(words) > 5 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return before_slogan(match["title"], words)
    if match["sep"] not in "|｜" and not is_outlet(site) and not masthead(site) \
            and not re.fullmatch(r"[A-Za-z0-9-]+\.(?:com|net|org|co\.uk|tv|news)", site):  # "… - KMOV.com"
        return None
    return match["title"].strip(), site


def slogan_suffix(title: str) -> tuple[str, str] | None:
    """The site named before a slogan closing a title line (see :func:`before_slogan`), else None."""
    match = _SUFFIX.match(title.strip())
    return before_slogan(match["title"], match["site"].split()) if match else None


def before_slogan(title: str, slogan: list[str]) -> tuple[str, str] | None:
    """"Rates climb | Lakeview Chronicle | Local news that matters": the site's name before its slogan (three words
    or more, not all capitalised), when the name reads as an outlet's."""
    if len(slogan) < 3 or all(w[:1].isupper() or not w[:1].isalpha() for w in slogan) \
            or (inner := site_suffix(title)) is None:
        return None
    site = inner[1]
    return inner if is_outlet(site) or masthead(site) or is_domain(site) else None


_GLUED = re.compile(r"[.!?”\"](?P<name>(?:The\s+)?[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})\s*$")


def glued_credit(paragraph: str) -> str | None:
    """"… of its issued shares.Canadian Press": an outlet's name glued to the last sentence of a pasted page."""
    match = _GLUED.search(paragraph)
    return match["name"] if match and is_outlet(match["name"]) else None


# "… the economy. AFP", "… on Monday. — Bernama", "… (Reuters)": a wire agency credited at a paragraph's end
_CLOSING_AGENCY = re.compile(r"(?:[.!?”\"]\s*(?:[-–—]+\s*)?|\s[-–—]+\s*|^\s*[-–—]+\s*|\s\()"
                             r"(?P<name>[A-Z][\w&-]{1,20}(?:\s[A-Z][\w&-]+){0,2})\)?\s*$")


def closing_agency(text: str) -> str | None:
    """The wire agency credited at the end of a paragraph or caption ("… second largest economy. AFP")."""
    match = _CLOSING_AGENCY.search(text)
    name = re.sub(r"^[Tt]he\s+", "", match["name"]) if match else ""
    return name if name.lower() in AGENCIES else None


# "Jane Smith Portrait The Minister of State, Department for … (Jane Smith)": a parliament page's speaker line,
# the portrait's alt text, then the speaker's office and name
_SPEAKER = re.compile(r"^(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3})\s+(?i:portrait|photo)\b.{0,160}"
                      r"\((?P=name)\)$")


def speaker_line(line: str) -> str | None:
    """The speaker of a statement's heading line ("Jane Smith Portrait The Minister … (Jane Smith)")."""
    match = _SPEAKER.match(line.strip())
    return person_line(match["name"]) if match else None


_OUTLET_LINE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:\([A-Z]{2,4}\)|of|and|&|[A-Z][\w&.'’-]*)){0,5}$")


# Words a newspaper's name ends on that are also surnames ("Sun Yang") or common words: a masthead only as a
# name's last word after another ("The Kansas City Star", "Baltimore Sun"), never a sign of an outlet elsewhere.
_MASTHEAD_END = re.compile(r"^(?:Star|Sun|Record|Bee|Eagle|Leader|Pioneer|Patriot|Item|Register|Ledger|Mercury|"
                           r"Republic|Republican|Democrat|Advertiser|Plain\s+Dealer|Post-Gazette|Star-Ledger)$")


def masthead(name: str) -> bool:
    """"The Kansas City Star", "Baltimore Sun": a masthead word after "The", a place or two words more.

    "Sun Yang" and "Jane Star" are people: a name alone before the word is not enough.
    """
    from briefkit.extract.places import is_place

    words = [w for w in name.split() if w != "&"]  # ("Express & Star": the ampersand joins two of its words)
    if len(words) < 2 or not _MASTHEAD_END.match(words[-1]) or not all(w[:1].isupper() for w in words):
        return False
    return words[0] == "The" or len(words) >= 3 or is_place(" ".join(words[:-1]))


# Words of a page's sections, beats and controls beside a date or over a title ("Political News", "Watch Live",
# "Subscribers"): a name made only of these is the page's furniture. An outlet's name has a word of its own.
_FURNITURE_WORDS = frozenset({"watch", "listen", "subscribers", "subscriber", "premium", "exclusive", "members",
                              "free", "now", "here", "read", "just", "in"})


# a blog's or portal's list heading ("Latest Post", "Recent Posts", "Popular Articles", "Next Story"): no outlet,
# though "Post" alone may end one ("National Post"), so the heading is read whole
_LIST_HEADING = re.compile(r"(?i:latest|recent|popular|featured|trending|related|previous|next|older|newer|more)\s+"
                           r"(?i:posts?|articles?|stories|story|entries|entry|headlines)")


def furniture_words(segment: str) -> bool:
    """Whether every word of ``segment`` is a section, beat or interface word, so it names no outlet."""
    if _LIST_HEADING.fullmatch(segment.strip(" .:-|")):
        return True
    words = re.findall(r"[A-Za-z]+", segment)
    return bool(words) and all(w.lower() in _FURNITURE_WORDS or w.lower() in BEAT or _SECTION_WORD.fullmatch(w)
                               for w in words)


def section_label(line: str) -> bool:
    """"In The News", "Local News", "Top Stories": a label made of section words only, never a title."""
    words = re.findall(r"[A-Za-z]+", line)
    content = [w for w in words if w.lower() not in _NOT_FIRST]
    return bool(content) and len(words) <= 5 and not re.search(r"[\u3400-\u9fff\d]", line) \
        and all(_SECTION_WORD.fullmatch(w) for w in content) and not _BODY_OF.search(line)


# "Ministry of Health", "Department of Energy": a body named by its remit, made of section words but no section
_BODY_OF = re.compile(r"\b(?:Ministry|Department|Office|Council|Committee|Bureau)\s+(?:of|for)\s+[A-Z]")


# "芜湖日报" alone over a newspaper page's date and page label: the paper's masthead
_ZH_MASTHEAD = re.compile(r"^[\u3400-\u9fff]{2,6}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|都市报|都市報)$")


def styled_caps(name: str) -> str:
    """"The Kenyan DAILY POST" → "The Kenyan Daily Post": a masthead's words styled in capitals beside a word that is
    not, as a name's words are read; a line all in capitals ("RATES CLIMB AT THE POST", a headline) stays as it is."""
    words = name.split()
    if all(w.isupper() or w == "The" for w in words) or not any(w.isupper() and len(w) >= 4 for w in words):
        return name
    return " ".join(w.title() if w.isupper() and len(w) >= 4 else w for w in words)


def outlet_line(line: str, above_byline: bool = False) -> str | None:
    """A head line naming the outlet alone: "Newark (OH) Advocate"; above a byline, "RealClear Politics" too.

    Above a byline a short capitalised line that is no person, role or section label ("Opinion",
    "Local News", "Guest Column") is where the piece ran; elsewhere only a publication's name is.
    """
    line = line.strip()
    if _ZH_MASTHEAD.match(line):
        return line
    if _OUTLET_LINE.match(line) and masthead(line) and len(line.split()) <= 5:
        return line
    if not _OUTLET_LINE.match(line) or re.search(r"\d", line) or is_role(line) or person_line(line) \
            or line.split()[0].lower() in _NOT_FIRST - {"the"}:  # "In The News", "From the Archive"
        return None
    # "NewsLocal News": section links run together; "RealClear Politics" is one name
    pieces = [p for w in line.split() for p in re.split(r"(?<=[a-z])(?=[A-Z])", w.strip("()")) if p[:1].isupper()]
    plain = [p for p in pieces if not _SECTION_WORD.fullmatch(p) and p.lower() not in BEAT]
    if not plain:
        return None  # "Local News", "Guest Opinion": a section's label
    # a publication's name ends on its publication word ("Newark (OH) Advocate"), unlike a headline in
    # capitals that only has one inside ("Rates Climb At The Post Office Again")
    last = styled_caps(line).split()[-1].split("-")[-1]  # "The Capital-Journal": the word after the hyphen
    if (line.lower() in AGENCIES or _OUTLET_WORD.fullmatch(last)) and len(line.split()) <= 5:
        return line
    return line if above_byline and len(line.split()) >= 2 else None
