"""Organisations and places named in the article.

Places are found in :mod:`briefkit.extract.places`.  Organisations are found
by shape, not from a list:

- capitalised names ending in an institutional word (Organization, Council,
  Coalition, Energy, Water, Media, Corp…), with "of", "and", "for" inside;
- names the sentence says are organisations: "regulator Ofgem", "the water
  regulator, Ofwat", "pharmaceutical company Krka", "Goldman Sachs analysts",
  "Mike Keil, chief executive of the CCW", "according to Le Figaro";
- acronyms defined in brackets after a capitalised name, and well-known ones;
- the cues of :mod:`briefkit.extract.orgcues`: "Tennessee-based AOC", "ABSA's",
  "BBC Scotland", "a spokesperson for Children in Need", "UI said" (spelt out as
  "United Illuminating" when the text does), "lenders such as Barclays";
- in Chinese, names found by the segmenter (:mod:`briefkit.extract.entities_zh`,
  with company names from :mod:`briefkit.extract.companies_zh`).

Places found inside an organisation's name are the body's, not places (see
:func:`briefkit.extract.places.find_places`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.content.model import Entity
from briefkit.extract import orgmodel
from briefkit.extract.body import Sentence
from briefkit.extract.captions import is_caption
from briefkit.extract.countrycues import country_names
from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgactors import add_actors
from briefkit.extract.orgcited import cited_bodies, party_acronyms
from briefkit.extract.orgcredits import byline_bodies, copyright_holders, credited, named_in_text, only_as_tag
from briefkit.extract.orgcues import DEMONYMS, add_english_cues, not_a_body, owned_by_acronym
from briefkit.extract.orgfirms_zh import listed_firms_zh
from briefkit.extract.orgknown import known_bodies, known_chinese_bodies
from briefkit.extract.orgnoise import is_menu, not_a_body_shape, without_date_tail, without_kind_opening
from briefkit.extract.orgpersons import office, officer, titled_person, without_person_tail
from briefkit.extract.orgroles import role_bodies
from briefkit.extract.orgs_en import (
    LEGAL_FORMS,
    add_list_mates,
    add_speakers,
    english_shapes,
    is_person,
    speaks_as_person,
)
from briefkit.extract.orgsame import without_repeats
from briefkit.extract.orgshapes import (
    ACRONYM_ORG,
    BUDGET_FUND,
    CJK,
    DEFINED,
    LEADING,
    NOT_ORG,
    ORG,
    ORG_WORDS,
    ORG_ZH,
    PERSONISH,
    SCHEME,
    WEAK_WORDS,
    ZH_LEAD,
)
from briefkit.extract.orgslips import person_before, slip, trimmed
from briefkit.extract.orgterms import LAW_AFTER, LAW_BEFORE, PROJECT_AFTER, TERM_AFTER
from briefkit.extract.orgtitle import headline_subject, in_title, title_case_tail
from briefkit.extract.orgunits import organ_and_body, programme, without_role, without_units
from briefkit.extract.places import find_places, is_place
from briefkit.extract.teasers import teaser_sentences
from briefkit.extract.wordfind import find_word, has_word
from briefkit.extract.zhscript import without_pinyin

# "Auchan`s trial": a typewriter's backtick written for an apostrophe
_BACKTICK = re.compile(r"(?<=\w)`(?=s\b)")
# a news or online edition's word after an outlet's acronym ("RNZ News deputy political editor", "from BBC Online,")
_EDITION = re.compile(r"[ \t]+(?:News|Online)(?![\w’'-]|[ \t]+[A-Z])")


def _organisations(text: str, language: str, title: bool = False) -> list[Entity]:
    # "Head of Policy at the X Foundation": X only; "價(jià)格認(rèn)證中心": a converter's pinyin is no part of a name
    text = without_units(text) if language != "zh" else without_pinyin(text)
    text = _BACKTICK.sub("’", text) if "`" in text else text
    found = english_shapes(text) if not CJK.search(text[:2000]) or language != "zh" else {}
    defined: set[str] = set()
    if language != "zh":
        roles, defined = role_bodies(text)
        for name in roles:
            found.setdefault(name)
        add_english_cues(text, found, ACRONYM_ORG)
        add_speakers(text, found)
        add_actors(text, found)
        for name in cited_bodies(text):  # "told Sky News", "Olaf Scholz (SPD)"
            found.setdefault(name)
    if found and " and " in text:
        add_list_mates(text, found)
    # Chinese names in another language's text; a Chinese article goes through the segmenter, which
    # knows where a name starts ("主动对政府创新进行制度化和组织" is a clause, not a body).
    for match in ORG_ZH.finditer(text) if language != "zh" else ():
        name = ZH_LEAD.sub("", match.group(0))
        if len(name) >= 4:
            found.setdefault(name)
    if language == "zh":
        from briefkit.extract.entities_zh import chinese_organisations

        for name in [*chinese_organisations(text), *known_chinese_bodies(text), *listed_firms_zh(text)]:
            found.setdefault(name)
    else:
        for name in known_bodies(text):  # "OSHA and EPA", "WGXC", "the Lok Sabha": bodies no shape finds
            found.setdefault(name)
    initials = {"".join(w[0] for w in name.split() if w[0].isupper()) for name in found}
    # "the Association of Southeast Asian Nations (ASEAN)": the acronym is the name already found
    initials |= {m["acr"] for m in DEFINED.finditer(text) if any(f"{name} ({m['acr']})" in text for name in found)}
    initials |= defined
    for match in ACRONYM_ORG.finditer(text):
        acronym = match.group(0)
        if text[match.start() - 1:match.start()] in {"(", "/"} and text[match.end():match.end() + 1] in {"/", ")"}:
            continue  # "(Xinhua/Ding Ting)", "(Photo/AFP)": a photo's credit, not a body the article names
        if owner := re.search(r"((?:[A-Z][\w&'’-]+\s+){1,3})$", text[max(0, match.start() - 60):match.start()]):
            acronym = owner.group(1) + acronym  # "Thomson Reuters", not "Reuters"
            if LEADING.match(acronym):
                acronym = match.group(0)
        elif edition := _EDITION.match(text, match.end()):
            acronym += edition.group(0)  # "RNZ News", "BBC Online": the outlet's edition, as the article names it
        if text[max(0, match.start() - 12):match.start()].rstrip().endswith(("Picture:", "Photo:", "Credit:")):
            continue  # "Picture: AFP.": a photo's credit
        if acronym not in initials and not any(acronym in name and not is_place(name.removeprefix(acronym + " "))
                                               for name in found):
            found.setdefault(acronym)  # "BBC" besides "BBC Scotland", not besides "BBC News"
    # "FEMA’s Hazard Mitigation Grant Program": the acronym that owns it is the body
    found = dict.fromkeys(owned_by_acronym(n) or n for n in found)
    # "General Manager of Funding Information Service": the body after a role; "Head of Banking": no body
    found = dict.fromkeys(b for b in (without_role(n) for n in found) if b)
    # "the Monetary Policy Committee of the Bank of Ghana": the committee and the bank
    found = dict.fromkeys(part for n in found for part in organ_and_body(n))
    # "Ministry of Finance Allyson West", "… of Jamaica President Christopher Zacca": the person after the body
    found = dict.fromkeys(trimmed(without_kind_opening(without_date_tail(without_person_tail(n)))) for n in found)
    names = [_without_country(n) for n in found if may_be_body(n, text)]
    # ("Connecticut Public Utilities Regulatory Authority" … "PURA": the acronym may leave the place out)
    # (a thing's name dropped by ``slip`` still owns its acronym: "Goods and Services Tax Voucher" … "GSTV")
    acronyms = {_initials(" ".join(n.split()[i:])) for n in [*names, *filter(slip, found)] if len(n.split()) >= 2
                for i in (0, 1)}
    # "the Kiel Institute for the World Economy (IfW)": an acronym the text defines for a name found is that name
    acronyms |= {m["acr"] for m in DEFINED.finditer(text)
                 if any(n.endswith(m["name"]) or m["name"].endswith(n) for n in names if " " in n)}
    acronyms |= defined  # "the monetary policy committee (MPC)": its short form, no second body
    parties = party_acronyms(text) if language != "zh" else ()  # "Olaf Scholz (SPD)": bracketed, yet no tag
    names = [n for n in dict.fromkeys(names) if not ((n.isupper() or " " not in n) and n in acronyms)
             and (title or n in parties or not only_as_tag(n, text))]  # a title is a line alone, and names no tag
    # "National Critical Mineral Mission" and "… Minerals Mission", "Labour" and "Labour's": one body, the first
    # spelling kept
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(_stem(name), name)
    names = list(first.values())
    # a name inside a longer one found as well ("Steel" in "Tata Steel UK") is the same organisation
    return [Entity(name=n, kind="organisation") for n in names
            if not any(n != other and n in other and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", other)
                       and not is_place(other.removeprefix(n + " "))  # "BBC" and "BBC Scotland"
                       and not _parent_acronym(n, other, text) for other in names)
            or CJK.search(n)]


def _parent_acronym(acronym: str, other: str, text: str) -> bool:
    """"the NHS" beside "Royal United Hospitals NHS Trust": an acronym inside a longer name, neither opening nor
    closing it, that the text also names on its own is the body the longer one belongs to, a body of its own
    ("BBC" opens "BBC Scotland", the same body's branch)."""
    if not acronym.isupper() or " " in acronym or len(acronym) < 2 or other.startswith(acronym + " ") \
            or other.endswith(" " + acronym):
        return False  # ("Tallahassee ABC": a place's station, the network's branch)
    return re.search(r"(?<![\w’'-])" + re.escape(acronym) + r"(?![\w’'-])", text.replace(other, "")) is not None


def may_be_body(name: str, text: str) -> bool:
    """Whether ``name``, found in ``text`` by a shape, a cue or the scorer, may be a body: not a person's name or
    office, a country, a place ("District of Columbia": a place's name with a body's word), a people, a fund or a
    scheme, a phrase in capitals or a fragment a pattern cut."""
    n, countries = name, country_names("en")[1]
    return not is_person(n, text) and n not in NOT_ORG and n not in countries \
        and not BUDGET_FUND.search(n) and n not in DEMONYMS and not SCHEME.search(n) and not programme(n) \
        and not (PERSONISH.match(n + " ") and not ORG.search(n)) \
        and not titled_person(n) and not _common_words(n, text) and not _place_kinded(n, text) \
        and not _PARTICLE_OPENING.match(n) and not _common_word(n, text) and n not in LEGAL_FORMS \
        and not _ADJECTIVE_OR_PEOPLE.fullmatch(n) and not office(n, countries) and not officer(n, text) \
        and not not_a_body_shape(n, text) and not slip(n, text) and not _speaks_as_one(n, text) \
        and not (" " in n and is_place(n)) \
        and bool(ACRONYM_ORG.fullmatch(n) or not not_a_body(n, text))  # ("Mayor Thomas Koch": PERSONISH)


def _speaks_as_one(name: str, text: str) -> bool:
    """"Van Rooyen said in his statement", "K Palaniswami": a name of one to three words, no body's word among them,
    that the article gives a person's pronoun or writes after an initial (a body is "it")."""
    if " " not in name:
        return not name.isupper() and person_before(name, text)
    return len(name.split()) <= 3 and not ORG.search(name) and speaks_as_person(name, text)


def _may_be_added(name: str, text: str) -> bool:
    """Whether the scorer's ``name`` may be added: a body by the rules' test, not only a credit's tag, and named
    somewhere outside a law's title or a term's ("the Treaty on the Functioning of the Andean Union", "Central
    Bank Rate"), as the rules' shapes are."""
    if not may_be_body(name, text) or only_as_tag(name, text) or _writer_for(name):
        return False
    if name.isupper() and all(_INDEFINITE.search(text, max(0, m.start() - 4), m.start())
                              for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text)):
        return False  # "through an API or downloading datasets": an acronym only ever "a" or "an" one is a thing
    return any(not LAW_BEFORE.search(text, max(0, m.start() - 60), m.start())
               and not LAW_AFTER.match(text, m.end()) and not TERM_AFTER.match(text, m.end())
               and not PROJECT_AFTER.match(text, m.end())
               for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text))


_INDEFINITE = re.compile(r"\b(?:[Aa]n?)\s+$")
_WRITER_FOR = re.compile(r"^(?P<given>[A-Z][a-z]+)\s+[A-Z][\w’'-]+\s+for\s+[A-Z]")


def _writer_for(name: str) -> bool:
    """"Josh White for Sharecast.com": a credit's writer and the outlet written for ("Reporting by … for …"), not a
    body's name ("Center for …" holds no given name before "for")."""
    match = _WRITER_FOR.match(name)
    return match is not None and is_given_name(match["given"])


_STRONG = re.compile(ORG_WORDS)


def _common_words(name: str, text: str) -> bool:
    """"Domestic Energy", "Goods and Services", "Automated Growing Systems": a short name ending in a weak
    institutional word whose every word the article also writes in lower case is a phrase in capitals (a
    heading's, a table's), not a body ("Thames Water": "thames" is written nowhere in lower case)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[-1] not in WEAK_WORDS:
        return False
    if any(w not in WEAK_WORDS and _STRONG.fullmatch(w) for w in words[:-1]):
        return False  # "Ministry of Energy": a body's own word heads the name, whatever the remit's word
    return all(re.search(r"(?<![\w./@-])" + re.escape(w.lower()) + r"(?![\w@-]|\.\w)", text)
               for w in words if w not in {"and", "of", "for", "the", "&"})


# "Presidential spokesperson", "told Senators": one word that is an adjective of office or a plural of people
_ADJECTIVE_OR_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ial|ional|ental|ical|ators|isters|akers|idents|ians)")
# "for Water", "of Seniors and Member of Parliament": a name a pattern cut after its opening words; "Billion for
# Health" (from "Rs. 20 Billion for Health"): a sum's magnitude and what it is for, cut after its number
_PARTICLE_OPENING = re.compile(r"^(?:of|for|and|the|in|on|at|to|by|with"
                               r"|(?:Billion|Million|Trillion|Thousand|Hundred|Crores?|Lakhs?|Percent)(?=\s+(?:for|on|in|to)\s))\s")


def _common_word(name: str, text: str) -> bool:
    """"Business", "Jail", "Senators": one capitalised word the article also writes in lower case is a word that
    opened a sentence or a heading, not a body's name ("Eskom", "Oxfam" are written no other way)."""
    return " " not in name and not name.isupper() and len(name) > 1 and name[1:].islower() \
        and has_word(text, name.lower(), left="’'@./-", right="’'@-")


_KIND_AFTER = re.compile(r"[ \t]+(?:municipal[ \t]+)?(?:district|area|region|province|suburb|village|township|"
                         r"county|neighbou?rhood)\b")


def _place_kinded(name: str, text: str) -> bool:
    """"members of the Newcastle West municipal district": a name the kind of place after it (in lower case)
    says is a place's, whatever role the sentence gives it ("members of", "a spokesperson for")."""
    if " " not in name or ORG.search(name):
        return False
    at = find_word(text, name, left="’'-")  # each place it stands, overlaps too (as a pattern's search tries them)
    while at >= 0 and not _KIND_AFTER.match(text, at + len(name)):
        at = find_word(text, name, at + 1, left="’'-")
    return at >= 0


def _stem(name: str) -> str:
    """A name without its plural and possessive endings, for comparing two spellings of one body."""
    return " ".join(re.sub(r"(?:['’]s|s)$", "", w) for w in name.split())


def _without_captions(text: str) -> str:
    """``text`` without its photo captions' lines ("… on Friday. (Sean Kilpatrick/The Canadian Press)")."""
    return "\n".join("" if line.strip() and is_caption(line) else line for line in text.split("\n"))


def _initials(name: str) -> str:
    """"Consumer Council for Water" → "CCW"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _without_country(name: str) -> str:
    """"United Kingdom and Tata Steel" → "Tata Steel", "France’s Young Farmers’ Association" → "Young Farmers’
    Association": a country joined to a name, or owning it, is not part of it (whichever pattern found it)."""
    left, sep, right = name.partition(" and ")
    if sep and left in country_names("en")[1] and right[:1].isupper():
        return right
    owner, sep, owned = name.partition("’s ") if "’s " in name else name.partition("'s ")
    if sep and owner in country_names("en")[1] and owned[:1].isupper() and " " in owned:
        return owned
    return name


def find_entities(sentences: list[Sentence], language: str = "en",
                  title: str = "") -> tuple[list[Entity], list[Entity]]:
    """Organisations and places named in the sentences, first mention first.

    A body the ``title`` alone names ("Volkswagen to cut jobs", "Ofgem fines supplier") is one of the
    article's subjects: it counts when its shape is sure in a title's capitals, or when it is the
    headline's subject and the body speaks of a body (see :mod:`briefkit.extract.orgtitle`).
    """
    # teaser lines after the story (a box of links to other stories) name no body or place of this one (README,
    # "Conventions settled at stop 25"); captions (index -1) are judged by their own rule below
    teasers = teaser_sentences([s for s in sentences if s.index >= 0])
    text = "\n".join(s.text for s in sentences if s.index < 0 or s.index not in teasers)
    # a photo's caption names no body the story is about (README, "Conventions settled at stop 25")
    plain = _without_captions(text)
    organisations = _organisations(plain, language)
    if title.strip():
        # the title alone is searched (cheap), and what it names checked against the body's people
        # (apostrophes compared straight: a title's "Sheriff's Office" is the body's "Sheriff’s Office")
        body = text.replace("’", "'")
        titled = [Entity(name=title_case_tail(o.name), kind="organisation")
                  for o in _organisations(title, language, title=True)]
        organisations += [o for o in titled if o.name.replace("’", "'") not in body
                          and in_title(o.name, title) and not is_person(o.name, text)]
        subject = headline_subject(title, text)
        if subject and not any(subject in o.name or o.name in subject or subject == _initials(o.name)
                               for o in organisations) \
                and not is_person(subject, text):
            organisations.append(Entity(name=subject, kind="organisation"))
    if language != "zh":
        # bodies no rule finds ("YouGov said"), weighed by the learned scorer when one is installed
        organisations = orgmodel.extend(plain, organisations, _may_be_added)
    # "the Central Bank" after "the Bank of Jamaica", "Georgian National Bank" and "National Bank of Georgia": one
    # body each, whichever rule found the second spelling
    kept = without_repeats([o.name for o in organisations])
    organisations = [o for o in organisations if o.name in kept]
    # a place the headline names is one the article is about ("two Limerick villages", "Duluth is looking at …"),
    # read after the body so that the body's first lines stay where datelines are looked for
    return organisations, find_places(f"{text}\n{title}" if title.strip() else text, language,
                                      tuple(o.name for o in organisations))


def with_outlet(organisations: list[Entity], outlet: str | None, body: str, lines: list[str],
                blocks: Sequence[str] = ()) -> list[Entity]:
    """The organisations, with the page's ``outlet`` and copyright holders when the article names them as bodies.

    An agency or a government issuing a statement has often no institutional word ("Xinhua",
    "Welsh Government" is found, "懷化市人民政府辦公室" signing a notice is not): it counts when a
    sentence of the ``body`` names it, or a credit written out in words does (a copyright line, a byline
    "By The Associated Press", a logo line: see :mod:`briefkit.extract.orgcredits`).  A short tag names
    no body: "(Reuters) -", "/PRNewswire/", "Source: eNCA", a closing "— Bernama".  ``lines`` are the page's
    head, tail and heading lines, ``blocks`` all its blocks (a copyright line may sit among them).
    """
    found = list(organisations)
    short_blocks = [b for b in blocks if len(b) < 200]
    chinese = bool(CJK.search(body[:2000]))
    for name in copyright_holders([*lines, *short_blocks]):
        if chinese and not (outlet and _same_body(name, outlet)):
            continue  # a Chinese page's copyright line in English is its portal's, a repost's furniture
        if not any(_same_body(name, o.name) for o in found):
            found.append(Entity(name=name, kind="organisation"))
    for name in [] if chinese else byline_bodies(lines):
        if not any(_same_body(name, o.name) for o in found):
            found.append(Entity(name=name, kind="organisation"))
    if not outlet or any(_same_body(outlet, o.name) for o in found):
        return found
    spelt = credited(outlet, [*lines, *short_blocks[:3]]) or (outlet if named_in_text(outlet, body) else None)
    # a line that is the outlet's name alone is its masthead or a statement's signature
    spelt = spelt or (outlet if any(line.strip() == outlet for line in lines) else None)
    # ("News Reports Sports Business": a menu's run of links taken for the masthead is no body)
    if spelt and not any(_same_body(spelt, o.name) for o in found) and not is_menu(spelt):
        found.append(Entity(name=spelt, kind="organisation"))
    return found


def _same_body(one: str, other: str) -> bool:
    """"AP" and "The Associated Press", "Bloomberg" and "Bloomberg L.P.": one body, written two ways."""
    a, b = one.removeprefix("The ").lower(), other.removeprefix("The ").lower()
    if a in b or b in a:
        return True
    # "RTT News" and "RTTNews.com": one name, with and without its spaces and its domain
    squeezed = [re.sub(r"[\s.]", "", re.sub(r"\.(?:com|net|org)$", "", x)) for x in (a, b)]
    if min(len(x) for x in squeezed) >= 5 and squeezed[0] == squeezed[1]:
        return True
    short, long = sorted((one, other.removeprefix("The ")), key=len)
    return short.isupper() and _initials(long) == short
