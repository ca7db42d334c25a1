"""The cues of every person-name candidate in a page's head and foot, as features a learned scorer weighs.

:mod:`briefkit.extract.authorcands` scores candidates with weights set by hand on the pages the rules were
written on; they carried badly to pages nobody had seen.  Here each candidate (a person-shaped name on one of
the first lines, near the title line, or on one of the last lines) gets the same cues as named features, and
:mod:`briefkit.extract.authorscore` weighs them with weights learned from the development corpus's gold and
checked batch by batch (``benchmarks/train_authors.py --cv``).  The cues are habits shared across sites, not
one page's form:

- where the name stands: the first lines, beside the title or the date line, on its own line under the title
  (wherever the page prints the title), alone after the story's last sentence (a sign-off), the last lines;
- a credit word before it (By, Written by, Posted by, Author, a writer's role) on its segment or the line above,
  a role after it or alone on the next line, an e-mail address or handle, an outlet after it;
- a closing note on the writer ("Jane Doe is a professor at …", "Jane Doe, a Nobel laureate, is …"), an
  "About the author" heading above;
- its shape: a known given name, a line the name fills alone, capitals, the name printed again elsewhere;
- the dateline's place alone on the next line ("WAISEA NASOKIA" over "NADI");
- a Chinese reporter's note in brackets after the dateline or closing a paragraph ("(记者 张伟)", "(王斌)"), and
  Chinese names by their line's shape alone (a line of names, a name before a slash opening the first
  paragraph), weighed by where the line stands: under the title, after the story's last sentence, under an
  editor's label, and whether the story quotes the person;
- a sign-off run into the story's last line after a dash ("… stop you. -JANE DOE, Peshawar"), and the lines
  around the story's last paragraph however much furniture follows;
- a listing of stories, each with its writer alone on a line (three such names or more);
- a name printed in any case where its line says it is a writer's ("By vivian", "KJ Wilson, Edinburgh"):
  :mod:`briefkit.extract.authorloose`'s *loose* candidates, and a short line just over the story's first
  paragraph;
- and the cues against: an office before the name ("taken by Deputy Commissioner Jane Doe"), a picture credit,
  an editing or contact role, a telephone number, prose around it
  (a closing note on the writer is long and no prose about someone else), the body quoting the
  person as a source, the headline naming them, another story's headline and stamp above it (a teaser), a
  place's name with no given name ("Metropolitan Calgary").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefkit.extract import (
    authorcands,
    authorloose,
    bylineforms,
    bylines_en,
    credits,
    givennames,
    namespans,
    notwriters,
)
from briefkit.extract.authorcues import (
    BIO,
    CONTACT,
    CREDIT_BEFORE,
    EDIT_WORD,
    HANDLE,
    OUTLET_AFTER,
    PICTURE_WORD,
    PIECE_LABEL,
    PRESS_CONTACT,
    QUOTE,
    ROLE_AFTER,
    ROLE_ALONE,
    STAMP,
    WORD_CREDIT_LINE,
    zh_candidates,
    zh_notes,
    zh_shapes,
)
from briefkit.extract.credits import is_outlet
from briefkit.extract.dates import parse_date
from briefkit.readers import Article

HEAD_LINES = 25
NEAR_TITLE = 4  # lines either side of the title line, wherever it stands (a portal prints many headlines first)
TAIL_LINES = 15
OPENING = 120  # a long line is read only at its opening, where a byline run into the story stands

# "jpgBy Jane Doe", "Posted by Jane Doe": a credit's verb glued to what a pasted page printed before it
_GLUED_BY = re.compile(r"(?:(?<=[a-z0-9])|\b)(?:(?:posted|written|reported|story|words)\s+)?by\s*:?\s*$",
                       re.IGNORECASE)
# "published by", "joined by", "chaired by": "by" after another participle names an agent, not a writer
# "taken by", "led by", "chosen by": any other word in lower case before "by" is prose naming an agent, not a credit
_AGENT_BY = re.compile(r"(?i)\b(?!(?:posted|written|reported|compiled|contributed|submitted)\b)[a-z]+ed\s+by\s*:?\s*$"
                       r"|(?<![\w-])(?!(?:and|story|words|text|article|column|report|analysis|interview|photos?|"
                       r"posted|written|reported|compiled|contributed|submitted)\b)[a-z]{2,}\s+by\s*:?\s*$")
# an office before a name or opening it ("Deputy Commissioner Richard Stewart"): an official the story is about
_OFFICE = re.compile(r"\b(?:Deputy|Commissioner|Minister|President|Governor|Senator|Secretary|Chairman|Chairwoman|"
                     r"Chairperson|Director|Judge|Justice|Mayor|Premier|Chancellor|Ambassador|Inspector|Superintendent|"
                     r"Commander|General|Colonel|Captain|Sergeant|Constable|Officer|Spokesperson|Spokesman|"
                     r"Spokeswoman|MP|Councillor|Councilor|Attorney|Prosecutor|Sheriff|Chief|CEO)\s*$")
# "Jane Doe, a Nobel laureate in economics, is professor …": a closing note opened by its subject's name
_LOOSE_BIO = re.compile(r"^\s*,?\s*(?:(?:an?|the)\s+[^.;]{0,120}?,\s*)?(?:is|was|has\s+been|serves\s+as|"
                        r"writes|teaches|leads|heads|directs)\b")
_ABOUT = re.compile(r"(?i)^\s*(?:about\s+the\s+authors?|the\s+authors?|author\s+bio(?:graphy)?|about\s+me)\s*:?\s*$")
_CONTACT_ABOVE = re.compile(r"(?i)\b(?:contacts?|enquiries|inquiries|spokes(?:person|man|woman)|press\s+office)\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
# "(202) 225-9446", "+44 20 7946 0958": a telephone number, what a press contact's line gives and a byline never does
_PHONE = re.compile(r"\(\d{3}\)\s*\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\+\d{1,3}[\s-]\d[\d\s-]{6,}\d")
# a line of the story's prose: many words closing on a sentence's end (the line above a sign-off)
_PROSE_END = re.compile(r"[.!?][”\"’')]?\s*$")
# "Jane Doe, Rosehill Terrace, Aberdeen.": a letter's sign-off gives where its writer lives after the name, in a
# few short comma-separated parts
_ADDRESSED = re.compile(r"^(?:,\s*[^,.;:!?]{2,30}){1,3}\.?$")
# an editor's, photographer's or source's label closing the line above ("责任编辑:", "摄影", "来源:"): the name
# under it is theirs
_ZH_LABEL_ABOVE = re.compile(r"(?:编辑|編輯|责编|責編|审核|審核|校对|校對|摄影|攝影|来源|來源|图|圖)\s*[:：]?\s*$")
# "… no authority will stop you. -SHAHRYAR KHAN BASEER, Peshawar", "… in 2021. - Jane Doe, The Valley Times": a
# sign-off run into the story's last line after its last sentence, a dash before the name
_SIGNED_END = re.compile(r"[.!?”\"’)]\s*[-–—]\s*(?P<sign>[A-Z][^.!?]{2,80}?)[.,]?\s*$")
_ZH_SAYS = r"\s*(?:表示|说|說|指出|称|稱|认为|認為|介绍|介紹|强调|強調|回应|回應|[:：])"
_HAN = re.compile(r"[\u3400-\u9fff]")
# a Chinese writer's label before a name in Latin letters: "文、攝:", "作者：", "記者 ", "撰文/"
_ZH_WRITER_BEFORE = re.compile(r"(?:^|\s)(?:文|作者|撰文|撰稿|记者|記者)(?:[、/／]\s*(?:[图圖]|[摄攝]影?))?"
                               r"\s*[:：/／|丨]?\s*$")
_SEGMENTS = re.compile(r"\s*(?:[;|｜•·]|\s[-–—]\s)\s*")


@dataclass
class Cand:
    """One name on one line, where it stands and its cues."""

    name: str
    line: str
    zone: str
    index: int  # the line's place among the page's non-empty lines
    features: dict[str, float] = field(default_factory=dict)


def page_lines(article: Article) -> list[str]:
    """The page's non-empty lines, as printed."""
    return [line for line in article.text.split("\n") if line.strip()]


def _windows(lines: list[str], title_line: str | None, story_end: int | None = None) -> list[tuple[int, str]]:
    """The indices of the lines read and their zone: the first lines, those near the title, the last, and those
    around the story's last line (``story_end``)."""
    chosen: dict[int, str] = {i: "head" for i in range(min(HEAD_LINES, len(lines)))}
    if title_line is not None and title_line in lines:
        at = lines.index(title_line)
        chosen.update({i: "head" for i in range(max(0, at - NEAR_TITLE), min(len(lines), at + NEAR_TITLE + 1))
                       if i not in chosen})
    for i in range(max(0, len(lines) - TAIL_LINES), len(lines)):
        chosen.setdefault(i, "tail")
    # the story's last lines, however much furniture follows them: where a sign-off stands
    if story_end is not None:
        for i in range(max(0, story_end - 1), min(len(lines), story_end + 3)):
            chosen.setdefault(i, "tail")
    return sorted(chosen.items())


def _short_date(line: str) -> bool:
    return len(line) < 80 and parse_date(line) is not None


def _headline_like(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 16 and line[:1].isupper() and not line.rstrip().endswith((".", ":", "?", "!", ","))


def candidates(article: Article, title_line: str | None, title: str | None) -> list[Cand]:
    """Every person-shaped name on the lines a byline or a sign-off stands on, with its cues."""
    lines = page_lines(article)
    body = "\n".join(article.paragraphs)
    anchors = {i for i, line in enumerate(lines) if line == title_line or (i < 60 and _short_date(line))}
    # every place the title stands: a page may print it in its breadcrumb or a list of stories before its own head
    at_title = {i for i, line in enumerate(lines) if line == title_line}
    counts: dict[str, int] = {}
    found: list[Cand] = []
    loose: set[tuple[str, int]] = set()
    lowered = set(re.findall(r"\b[a-z]{2,}\b", body))  # the words the story writes in lower case
    last = article.paragraphs[-1].split("\n")[-1].strip() if article.paragraphs else ""
    ends = [i for i, line in enumerate(lines) if last and line.strip() == last]
    windows = _windows(lines, title_line, ends[-1] if ends else None)
    head_end = max((i for i, zone in windows if zone == "head"), default=-1)
    for i, zone in windows:
        raw = lines[i].strip()
        line = raw if len(raw) <= 150 or raw.count(" ") <= 25 else raw[:OPENING]
        # and at its close, where a wire's credits end the story ("… (Reporting by Jane Doe; Editing by Tom Lee)")
        closing = bylines_en.CREDITS_PARENTHESIS.search(raw[len(line):]) if len(line) < len(raw) else None
        signed = _SIGNED_END.search(raw[-OPENING:]) if len(line) < len(raw) else None
        shaped = namespans.names_on(line) + (namespans.names_on(closing.group(0)) if closing else []) \
            + (namespans.names_on(signed["sign"]) if signed else [])
        for name in shaped:
            found.append(Cand(name, raw, zone, i))
        # a name printed in any case ("By vivian", "KJ Wilson, Edinburgh"), when the shape above found no other
        for name in authorloose.loose_names(line):
            if not any(name.lower() == n.lower() for n in shaped):
                found.append(Cand(name, raw, zone, i))
                loose.add((name, i))
        for names, _, strength in zh_candidates([line]):
            found += [Cand(n, raw, zone, i, {"zh_cue": 1.0, "zh_short": float(strength >= 4.0)}) for n in names]
        for names in zh_notes(raw):  # read on the whole line: a note may close a long paragraph
            found += [Cand(n, raw, zone, i, {"zh_note": 1.0}) for n in names if n not in {c.name for c in found
                                                                                        if c.index == i}]
        for names, kind in zh_shapes(raw):  # a name by the line's shape alone, weighed by where the line stands
            found += [Cand(n, raw, zone, i, {kind: 1.0}) for n in names if n not in {c.name for c in found
                                                                                  if c.index == i}]
    for cand in found:
        counts[cand.name] = counts.get(cand.name, 0) + 1
    # a listing of stories prints each one's writer alone on a line: three names or more so printed are theirs
    listing = len({c.name for c in found if c.line.strip(" .,:-–—|") in (c.name, c.name.upper())}
                  - {name for name, _ in loose}) >= 3
    for cand in found:
        cues = _zh_features(cand, lines, body, at_title, title or title_line or "") if cand.features else \
            _placed(cand, lines, at_title, _features(cand, lines, anchors, body, title or title_line or "", counts))
        if not any(key.startswith("zh_") for key in cand.features):  # a Chinese line has no English words
            cues.update(_story_cues(cand))
            cues.update(_shape_cues(cand, lines, (cand.name, cand.index) in loose))
        common = _common(cand.name, lowered)
        cand.features = {**cand.features, **cues, **_where(cand, len(lines), head_end),
                         **({"common_word": 1.0} if common else {}), **({"listing": 1.0} if listing else {}),
                         **({"unlisted": 1.0} if not common and "given" not in cues and _name_shape(cand.name)
                            else {})}
    return found


def _shape_cues(cand: Cand, lines: list[str], loose: bool) -> dict[str, float]:
    """The cues every page has: where a short line stands against the story's prose, and a name found in any case
    (``loose``) or of one word."""
    words = cand.name.split()
    cues = {"loose": loose, "one_word": len(words) == 1, "lower_case": any(w[:1].islower() for w in words)}
    short = len(cand.line.split()) <= 8
    return {**{key: 1.0 for key, value in cues.items() if value}, **authorloose.prose_cues(lines, cand.index, short)}


def _where(cand: Cand, total: int, head_end: int) -> dict[str, float]:
    """Where the line stands: among the first lines, the last lines, or both on a short page."""
    i = cand.index
    cues = {"head": i <= head_end, "tail": i >= total - TAIL_LINES, "top3": i < 3, "top10": 3 <= i < 10,
            "last3": i >= total - 3}
    return {key: 1.0 for key, value in cues.items() if value}


def _placed(cand: Cand, lines: list[str], at_title: set[int], cues: dict[str, float]) -> dict[str, float]:
    """Where a name stands against the story: on one of the three lines under the title (where bylines stand
    on most sites), on the line after the story's last sentence, alone or with where its writer lives (a
    sign-off: letters, op-eds, a byline printed at the foot), or beside a telephone number (a press contact's
    line); added to the other ``cues``."""
    i, line = cand.index, cand.line
    above = lines[i - 1].strip() if i > 0 else ""
    alone = "alone" in cues  # the name is all its segment holds, but for a date or a stamp
    under_title = any(0 < i - at <= 3 for at in at_title)
    placed = {"under_title": under_title,
              # the commonest byline of all: a name on a line of its own under the title
              "alone_under_title": alone and under_title,
              "signoff": ("whole_line" in cues or _addressed(cand.name, line)) and i > 0
              and len(above.split()) >= 12 and bool(_PROSE_END.search(above)),
              "phone": bool(_PHONE.search(line))}
    return {**cues, **{key: 1.0 for key, value in placed.items() if value}}


def _addressed(name: str, line: str) -> bool:
    """Whether ``line`` is ``name`` and where its writer lives, as a letter is signed."""
    line = line.strip()
    return line.startswith(name) and bool(_ADDRESSED.match(line[len(name):]))


# "Jane Doe contributed to this report", "Tom Lee contributed reporting": a writer credited at the foot
_CONTRIBUTED = re.compile(r"(?i)^\W{0,3}(?:and\s+[^.]{0,60}?)?\s*contributed\s+(?:to\s+)?(?:this|the)\s+"
                          r"(?:report|story|article)|^\W{0,3}(?:and\s+[^.]{0,60}?)?\s*contributed\s+(?:additional\s+)?"
                          r"reporting")


def _story_cues(cand: Cand) -> dict[str, float]:
    """The shape of the line against the story: a short line the name opens (a byline, or a sign-off such as
    "Jane Doe, Portland" after a letter's last sentence), a "contributed to this report" credit, and a link's
    label made of English's most frequent words ("READ MORE", "Most Popular"), which no person's name is.

    (The story's prose just above or below the line, a list of names alone on the lines beside it and a given
    name after the first word were tried too: left out, each lowered the leave-one-batch-out figures.)"""
    line, name = cand.line.strip(), cand.name
    at = line.lower().find(name.lower())
    cues = {"short_opener": len(line.split()) <= 8 and 0 <= at <= 4,
            "contributed": at >= 0 and bool(_CONTRIBUTED.match(line[at + len(name):])),
            "frequent_word": givennames.has_frequent_word(name)}
    return {key: 1.0 for key, value in cues.items() if value}


def _common(name: str, lowered: set[str]) -> bool:
    """Whether a word of the name is one the story writes in lower case ("Federal Budget", "Just In"): a
    person's name is not an everyday word."""
    return any(w.lower() in lowered for w in name.split() if len(w) > 1 and not w.endswith("."))


_NAME_WORD = re.compile(rf"{credits.SURNAME_PREFIX}[{credits.UPPER}][{credits.LOWER}'’]+(?:-[{credits.UPPER}]?"
                        rf"[{credits.LOWER}'’]+)?")


def _name_shape(name: str) -> bool:
    """Whether a name has a person's shape whether or not any list knows it: two or three words, each a capital
    and small letters ("Amarjargal Munkhbat", "Souksakhone Vaenkeo"), none of English's most frequent words.
    With no common noun of the page among them (weighed apart), this is what sets a name from Mongolia or Laos,
    which no list of given names holds, apart from a heading's capitalised words."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not givennames.has_frequent_word(name)


def _elsewhere(body: str, line: str) -> str:
    """The story without the candidate's own line: the rest, where a name printed again is someone the story
    is about or quotes.  Only the line itself goes (a name alone on its line, "Jane Doe", must not take the
    "Jane Doe said" of the story with it)."""
    kept = [part for part in body.split("\n") if part.strip() != line.strip()]
    return "\n".join(kept).replace(line, " ") if len(line.strip()) > 40 else "\n".join(kept)


def _zh_features(cand: Cand, lines: list[str], body: str, at_title: set[int], title: str) -> dict[str, float]:
    """The cues of a Chinese name found after a writer's label ("作者:", "文/", "记者") or by its line's shape:
    whether the story names the person elsewhere (someone it is about, or a speaker), and where the line stands
    (under the title, after the story's last sentence, under an editor's or photographer's label)."""
    i, line = cand.index, cand.line
    above = lines[i - 1].strip() if i > 0 else ""
    cues = {"zh_in_body": cand.name in _elsewhere(body, line), "long_line": len(line) > 60,
            "picture": bool(PICTURE_WORD.search(line)), "edit": bool(EDIT_WORD.search(line)),
            "zh_under_title": any(0 < i - at <= 3 for at in at_title),
            "zh_after_prose": len(above) >= 40 and above.endswith(("。", "！", "？", "”", "」")),
            "zh_label_above": bool(_ZH_LABEL_ABOVE.search(above)) and len(above) <= 20,
            "zh_in_title": cand.name in title,
            # "陳茂波表示", "王斌说:": the story quotes the person, a speaker and no writer
            "zh_speaker": bool(re.search(re.escape(cand.name) + _ZH_SAYS, _elsewhere(body, line)))}
    return {key: 1.0 for key, value in cues.items() if value}


def _features(cand: Cand, lines: list[str], anchors: set[int], body: str, title: str,
              counts: dict[str, int]) -> dict[str, float]:
    """The named cues of one candidate (1.0 when present; absent cues are left out)."""
    i, line, name = cand.index, cand.line, cand.name
    above = lines[i - 1].strip() if i > 0 else ""
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    at = line.find(name) if name in line else line.find(name.upper())
    before = line[:max(at, 0)]
    after = line[at + len(name):] if at >= 0 else ""
    segment = next((s for s in _SEGMENTS.split(line) if name in s or name.upper() in s), line)
    zh_label = bool(_ZH_WRITER_BEFORE.search(before))  # "文、攝:Liona Li": a Chinese page's writer label
    credited = zh_label or ((bool(CREDIT_BEFORE.search(before + name[:1])) or bool(_GLUED_BY.search(before)))
                            and not _AGENT_BY.search(before) and not EDIT_WORD.search(before[-25:]))
    # "(Reporting by Jane Doe; Editing by Tom Lee)" closing the story's last paragraph: a wire's credits
    closing = bool((wire := bylines_en.CREDITS_PARENTHESIS.search(line)) and at >= wire.start())
    # a closing note on the writer, a wire's credits and a byline run into the first paragraph ("By Jane Doe The
    # bank said …") stand on long lines, set off from the prose around them
    signed = bool((sign := _SIGNED_END.search(line)) and at >= sign.start("sign"))
    set_off = closing or signed or (credited and len(before) < 60) or bool(BIO.search(line)) \
        or (at <= 2 and bool(_LOOSE_BIO.match(after)))
    cues = {
        "near_anchor": cand.zone == "head" and any(abs(i - a) <= 2 and a != i for a in anchors),
        "closing_credit": closing and not EDIT_WORD.search(line[wire.start():at] if wire else ""),
        "signed_end": signed and len(line) > OPENING,
        "date_below": _short_date(below),
        "date_on_line": _short_date(line) or bool(STAMP.search(line)),
        "credit_before": credited,
        "credit_opens": credited and len(before) < 60,
        "placed": bool(authorcands._PLACED.search(before)),
        "credit_above": bool(WORD_CREDIT_LINE.match(above)) or bool(PIECE_LABEL.match(line)),
        "role_after": bool(ROLE_AFTER.search(segment)) and not bool(ROLE_AFTER.search(before)),
        "role_below": bool(ROLE_ALONE.match(below)),
        "handle": bool(HANDLE.search(line)) or bool(HANDLE.fullmatch(below)),
        "contact": bool(CONTACT.search(line)),
        "outlet_after": bool((m := OUTLET_AFTER.match(line)) and is_outlet(m["outlet"])),
        "bio": bool(BIO.search(line)) or (at <= 2 and bool(_LOOSE_BIO.match(after))),
        "short_word": any(len(w) <= 2 and not w.endswith(".") for w in name.split()),
        "about_above": any(_ABOUT.match(lines[k]) for k in range(max(0, i - 3), i)),
        # "Jane Doe/Getty Images" credits a picture; "By: Jane Doe/Tom Lee" after a credit word is two writers
        "picture": not zh_label and (bool(PICTURE_WORD.search(segment.replace("/", " / ") if credited else segment))
                                     or (bool(PICTURE_WORD.search(above)) and len(above) < 30)),
        "edit": bool(EDIT_WORD.search(segment)),
        "press_contact": bool(PRESS_CONTACT.match(line)) or (len(above) < 40 and bool(_CONTACT_ABOVE.search(above))),
        # (a Chinese sentence has no spaces: its characters count)
        "long_line": (len(line.split()) > 25 or len(_HAN.findall(line)) > 40) and not set_off,
        "quote": bool(QUOTE.search(line)),
        "given": givennames.reads_as_person(name),
        "alone": authorcands._alone(name, segment),
        "whole_line": line.strip(" .,:-–—|") in (name, name.upper()),
        "caps": line.isupper(),
        "quoted": authorcands._quoted_in_body(name, _elsewhere(body, line)),
        "in_title": name in title,
        # (a surname of one letter, "Katherine S", is found in any text)
        "in_body": len(name.split()[-1]) > 1 and name.split()[-1] in _elsewhere(body, line),
        "office": bool(_OFFICE.search(before)) or bool(_OFFICE.search(name.split()[0])),
        "repeated": counts.get(name, 0) > 1,
        "many_names": len(namespans.names_on(line)) > 2,
        "time_on_line": bool(_TIME.search(line)),
        "teaser": cand.zone == "tail" and (bool(STAMP.search(line)) or bool(_TIME.search(line)))
        and any(_headline_like(lines[k].strip()) for k in range(max(0, i - 3), i)),
        "desk": bylines_en.desk_name(name),
        "place": notwriters.place_name(name),
        "dateline_below": bylineforms.dateline_place(below),
    }
    return {key: 1.0 for key, value in cues.items() if value}
