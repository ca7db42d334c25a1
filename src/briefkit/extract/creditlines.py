"""Credit lines in the forms the labelled fields and "By" bylines leave out.

Each form here is common across sites rather than one page's habit:

- a byline sharing its line with the page's time stamp or reading time ("Maria Lopez 3 hours ago",
  "Maria Lopez · 5 min read", "Maria Lopez | Updated 10:32 AM"), the stamp being what marks it a byline;
- a name and the writer's town under the title ("Maria Lopez, Springfield", "Maria Lopez in Washington");
- a writer's name alone just above or below the title, or two named together ("A and B", "李明 王芳"),
  taken only when each reads as a person's name (a known given name, or a Chinese surname) and
  nothing else names the writers, with a warning that it is a guess;
- "Story by A", "Analysis by A, CNN" (a credit's verb other than "By"), "By Global Times" (an outlet
  in a byline's place);
- a closing "— Maria Lopez, The Springfield Herald" or "Contact Maria Lopez at …";
- the Chinese writer's label that field labels leave out: 撰稿 (a reviewer, 审核, is no editor: the
  corpus and tests/test_extract_credits.py keep "编辑:王五 审核:赵六" to the one editor), a closing
  "（编辑 王芳）" note, "本文来自微信公众号“…”" and "转载自…" notes naming where the text came from;
- "Issued by: Government Communications (GCIS)", "From:" over "HM Treasury": the issuing body;
- "Opinions expressed by Entrepreneur contributors are their own.": the publisher.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefkit.extract import (
    authorcands,
    bylineforms,
    bylinenames,
    bylines_en,
    credits,
    credits_zh,
    fields,
    givennames,
    notwriters,
    outletnotes,
    signoffs,
)
from briefkit.extract.dates import parse_date
from briefkit.extract.regexguard import guarded


@dataclass
class Found:
    """Writers, editors and outlets the extra credit forms give; ``weak`` says the writers are a guess."""

    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    weak: bool = False


# What a site prints beside a byline: times, reading times, stamp words, separators
_FURNITURE = guarded(re.compile(r"\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|secs?|seconds?)\s+(?:ago|read)\b|"
                        r"\b(?:published|updated|posted|last\s+updated|modified|created)\b\s*:?|"
                        r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?|\b(?:ago|today|yesterday)\b|"
                        r"[|｜·•/]", re.IGNORECASE))


def stamped_name(line: str) -> str | None:
    """"Maria Lopez 3 hours ago", "Maria Lopez · 5 min read · March 5, 2024": the writer beside the page's stamp."""
    if len(line) > 120:
        return None
    rest = _COPY_STAMP.sub("", line.strip())
    if found := parse_date(rest):
        rest = rest.replace(found.original, " ")
    stripped = _FURNITURE.sub(" ", rest)
    if stripped == rest and not found:
        return None  # no stamp on the line: a name alone is no byline by this rule
    text = " ".join(stripped.replace(",", " ").split()).strip(" -–—")
    name = _printed_together(credits.person_line(text), line) if text else None
    if not name:
        return None
    if found and stripped == rest:
        # beside a date alone the name must be no place ("March 5, 2024 New York") and no dateline in capitals
        # ("ROTTERDAM, Netherlands, March 4, 2024"); beside other stamps it must read as a person's
        parts = [p.strip().title() for p in stripped.split(",") if p.strip()]
        if text.split()[0].isupper() or any(_is_place(p) for p in [*parts, name]):
            return None
        # nor a heading of common words ("date 2025-11-13 Main Points": a live page's first section), unless
        # a known given name opens it ("Jane Young")
        return None if givennames.has_frequent_word(name) and not givennames.reads_as_person(name) else name
    return name if givennames.reads_as_person(name) else None


def _printed_together(name: str | None, line: str) -> str | None:
    """The opening words of ``name`` that stand together on the line: "Tom Lee | Springfield" holds the writer
    and a place (or a section, an agency) beside him, and the separator taken out must not run them into one
    name ("Tom Lee Springfield"); None when fewer than two words of a longer name stand together."""
    words = (name or "").split()
    if len(words) == 1:  # a name of one word (李明) has nothing to run into
        return name
    for size in range(len(words), 1, -1):
        if re.search(r"[\s,]+".join(map(re.escape, words[:size])), line, re.IGNORECASE):
            return " ".join(words[:size])
    return None


_COPY_STAMP = re.compile(r"^date\s+(?=(?:19|20)\d{2}-\d{2}-\d{2})")


def _is_place(name: str) -> bool:
    from briefkit.extract.places import is_place

    return is_place(name)


_VERB_BY = re.compile(r"^(?:story|words|report|text|article|reporting|column|written|opinion|analysis|commentary|"
                      r"essay|review|interview|perspective)\s+by\s*:?\s+(?P<names>.{3,80})$",
                      re.IGNORECASE)
# "— Maria Lopez, The Springfield Herald": a closing credit with the writer's paper
_DASHED = re.compile(r"^[—–-]+\s*(?P<rest>[A-Z].{3,80})$")
_CONTACT = re.compile(r"^(?:contact|reach|email|e-mail)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+"
                      r"(?:at|on|via)\s+\S+@\S+", re.IGNORECASE)
# "Issued by: Government Communications (GCIS)", "Issued by the Ministry of Finance": a statement's issuing body
_ISSUED = re.compile(r"^(?i:issued|released|distributed|published)\s+(?i:by)\s*(?::\s*|\s(?:[Tt]he\s+)?)"
                     r"(?P<name>[A-Z][^.;]{2,80}?)\.?$")
# "From:" alone, the issuers on the next line ("HM Treasury and The Rt Hon Jane Doe MP"): a statement page's header
_ISSUER_LABEL = re.compile(r"^(?:from|issued\s+by|published\s+by)\s*:?$", re.IGNORECASE)
_ISSUER_SPLIT = re.compile(r"\s*,\s*|\s+and\s+(?=[A-Z])")
_PERSON_TITLE = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+)?(?:Hon\.?\s+)|\bMP$|\b(?:Lord|Baroness|Sir|Dame)\b")


def _issuer_after_label(found: Found, lines: list[str]) -> None:
    for label, value in itertools.pairwise(lines):
        if _ISSUER_LABEL.match(label.strip()) and value.strip() and len(value) <= 160:
            bodies = [p for p in _ISSUER_SPLIT.split(value.strip()) if p and not _PERSON_TITLE.search(p)]
            if bodies and bodies[0][:1].isupper() and not credits.person_line(bodies[0]):
                found.sources.append(bodies[0])
                return


# a name ends at the next label ("撰稿:张三 编辑:李四": 编辑 is a label, not a second writer)
_ZH_ROLE = re.compile(r"(?<![\u3400-\u9fff])(?P<label>撰稿)\s*[:：︱｜|/／]\s*"
                      r"(?P<names>[\u3400-\u9fff]{2,4}(?:(?:[、,，]|\s+)[\u3400-\u9fff]{2,4}(?![:：/／|︱\u3400-\u9fff])){0,4})")


# "Maria Lopez in Washington" under the title: the writer and where they filed from
_NAME_IN_PLACE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+in\s+"
                            r"(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})$")
# "From Abel Leonard, Lafia": the writer and the town they filed from, the byline of many West African papers
_FROM_PLACE = re.compile(r"^(?i:from)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*,\s*"
                         r"(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\.?$")
# "By Global Times Published: …", "By AFP | Updated …": an outlet in a byline's place
_BY_OUTLET = re.compile(r"^(?i:by)\s*:?\s+(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)"
                        # "By Medicine Hat News on March 4, 2020.", "By FMT in August 28, 2025": the date after
                        # "on" or "in" closes the name too
                        r"(?=\s*\.?$|\s*[|,/]|\s+(?i:published|updated|posted|(?:on|in)\s+(?:\w+\s+)?\d))")


def name_in_place(line: str) -> str | None:
    """"Maria Lopez in Washington", "From Abel Leonard, Lafia" → the name, when it reads as a person's.

    After "From" the form itself is the credit, so a name no given-name list holds ("From Chidi Okafor,
    Enugu") is taken too unless it is a place, a body or a desk ("From Our Correspondent, Abuja")."""
    text = line.strip()
    if (sent := _FROM_PLACE.match(text)) and (name := credits.person_line(sent["name"])):
        if not bylines_en.name_like(name):  # "From Farm To Fork, Lagos": a headline's words, no name's
            return None
        return name if givennames.reads_as_person(name) or not (
            notwriters.place_name(name) or notwriters.institution(name) or bylines_en.desk_name(name)
            or credits.is_outlet(name)) else None
    match = _NAME_IN_PLACE.match(text)
    name = credits.person_line(match["name"]) if match else None
    return name if name and givennames.reads_as_person(name) else None


def names_line(line: str) -> list[str]:
    """"Donald B. Marron and Adele C. Morris", "Jane Doe, Tom Lee": two or more people alone on a line, one at
    least with a known given name and each read as a person (:func:`bylinenames.people_line`)."""
    return bylinenames.people_line(line)


def zh_names_line(line: str) -> bool:
    """"王晓晖", "李明 王芳": one to four Chinese names alone on a line."""
    parts = line.split()
    return 1 <= len(parts) <= 4 and all(givennames.is_chinese_name(p) for p in parts)


def is_byline(line: str) -> bool:
    """A head line that credits the writer in one of these forms, never a title."""
    text = line.strip()
    if len(text) > 100:
        return False
    signed = signoffs.signers(text) if "," in text else []
    return bool(stamped_name(text) or _VERB_BY.match(text) or name_in_place(text) or zh_names_line(text)
                or names_line(text) or bylineforms.line_authors(text) or bylineforms.role_alone(text)
                or bylineforms.email_line(text) or authorcands.credit_form(text)
                or (signed and all(givennames.reads_as_person(n) for n in signed)))


# "Opinions expressed by Entrepreneur contributors are their own.": the publisher's disclaimer under a byline
_DISCLAIMER = re.compile(r"^(?:the\s+)?(?:opinions|views)\s+expressed\s+by\s+"
                         r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
                         r"(?:contributors|columnists|writers|authors)\s+are\s+their\s+own", re.IGNORECASE)


def _names(value: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|\band\b|&)\s*", value) if p.strip()]
    return [n for p in parts if (n := credits.person_line(p))]


def _line(found: Found, line: str) -> None:
    text = line.strip()
    if stamped := stamped_name(text):
        found.authors.append(stamped)
    if placed := name_in_place(text) or bylinenames.glued_credit(text):
        found.authors.append(placed)
    found.authors += bylineforms.line_authors(text)
    found.sources.append(bylineforms.outlet_after_role(text) or bylineforms.staff_outlet(text) or "")
    if at := bylineforms.name_at_outlet(text):
        found.sources.append(at[1])
    if (by := _BY_OUTLET.match(text)) and credits.is_outlet(by["name"]) and not credits.person_line(by["name"]):
        found.sources.append(by["name"])
    if verb := _VERB_BY.match(text):
        found.authors += _names(re.split(r"\s*[|,]\s*(?=[A-Z][a-z]{2}\w*\s+\d)", verb["names"])[0])
        if (credited := credits.credit_byline(verb["names"])) and credited[1]:  # "Analysis by A, CNN"
            found.sources.append(credited[1])
    if issued := _ISSUED.match(text):
        found.sources.append(issued["name"].strip())
    if disclaimer := _DISCLAIMER.match(text):
        found.sources.append(disclaimer["name"])
    for role in _ZH_ROLE.finditer(text):
        names = [n for n in re.split(r"[\s、,，]+", role["names"]) if n]
        found.authors.extend(names)


# "本文来自微信公众号“财经早餐”（ID：cjzc），作者：李明": a portal's note on the account it took the text from
_ZH_FROM_ACCOUNT = re.compile(r"^本文(?:来自|來自|转载自|轉載自)\s*(?:微信)?(?:公众号|公眾號)?\s*[:：]?\s*[“\"「『]?"
                              r"(?P<name>[^”\"」』（(，,：:\s]{2,20})[”\"」』]?")


# "作者:壹叔,作者授权早读课转载。": a writer's label opening a short block, a reprint's permission after it (the
# head's reading drops the whole line as a reprint notice)
_ZH_WRITER_OPENS = re.compile(r"^(?:作者|作\s*者)\s*[:：]\s*[\u3400-\u9fff]")


def _zh_role_block(found: Found, text: str) -> None:
    """"撰稿：李明 编辑：王芳" or "本文来自微信公众号“…”，作者：…" read as a paragraph: its writer, editors, outlet."""
    text = text.strip()
    account = _ZH_FROM_ACCOUNT.match(text)
    if len(text) > 100 or not (_ZH_ROLE.match(text) or account or _ZH_WRITER_OPENS.match(text)):
        return
    _line(found, text)
    if account:
        found.sources.append(account["name"])
    for label, value in fields.labelled_fields(text):
        kind = fields.kind(label)
        if kind in {"editors", "authors"}:
            names = [n for n in fields.names(value) if _CJK_NAME.fullmatch(n)]
            (found.editors if kind == "editors" else found.authors).extend(names)


_CJK_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")


# "（编辑 王芳）" closing the last paragraph; "（转载自：经济日报）", "转自人民网": where a Chinese page took the text
_ZH_EDITOR_END = re.compile(r"[(（【\[]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]?\s*"
                            r"(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3})\s*[)）】\]]\s*$")
_ZH_TAKEN_FROM = re.compile(r"(?:转载自|轉載自|转自|轉自|原载于|原載於|原载|原載|选自|選自)\s*[:：]?\s*《?"
                            r"(?P<name>[\u3400-\u9fff]{2,12}?(?:日报|日報|晚报|晚報|报|報|网|網|社|台|杂志|雜誌|周刊|週刊|"
                            r"新闻|新聞))》?")


def _closing(found: Found, texts: list[str]) -> None:
    for text in texts:
        text = text.strip()
        if note := _ZH_EDITOR_END.search(text[-40:]):
            found.editors += re.split(r"[\s、]+", note["names"].strip())  # "（责任编辑：李华、张三）": two editors
        if taken := _ZH_TAKEN_FROM.search(text[-60:]):
            found.sources.append(taken["name"])
        if (dashed := _DASHED.match(text)) and (credited := credits.credit_byline(dashed["rest"])):
            found.authors += credited[0]
            found.sources.append(credited[1] or "")
        if contact := _CONTACT.match(text):
            found.authors += [n for n in [credits.person_line(contact["name"])] if n]


# "Chidi Okafor, Enugu", "Chidi Okafor in Enugu": a writer and the town they filed from
_NAME_TOWN = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:\s*,\s*|\s+in\s+)"
                        r"(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})$")


def name_at_town(line: str, lowered: frozenset[str]) -> str | None:
    """"Chidi Okafor, Enugu" → "Chidi Okafor": a name no given-name list need hold, beside a known town.

    The town vouches for the form where the name alone would not; the name must still read as a person's
    (no place, no word the page writes in lower case: :func:`briefkit.extract.givennames.plausible_guess`)."""
    from briefkit.extract.places import known_place, town_names  # (lazy: the place lists load on first use)

    match = _NAME_TOWN.match(line.strip())
    name = credits.person_line(match["name"]) if match else None
    if not match or not name or notwriters.place_name(name) or not bylines_en.name_like(name):
        return None
    town = match["place"].title() if match["place"].isupper() else match["place"]
    known = town in town_names() or known_place(town)
    return name if known and givennames.plausible_guess(name, lowered) else None


def _near_title(found: Found, head: list[str], title_line: str | None, lowered: frozenset[str]) -> None:
    """A name alone, or a name and town, on the line just above or below the title."""
    if title_line not in head:
        # without a title line, only two or more people named together at the top ("A and B") are its writers
        if people := next((p for line in head[:4] if (p := names_line(line))), None):
            found.authors += people
            found.weak = True
        return
    at = head.index(title_line)
    # two or more people named together may stand a little lower, under a repeated title or a label
    if people := next((p for line in head[at + 1:at + 5] if (p := names_line(line))), None):
        found.authors += people
        found.weak = True
        return
    for line in [*head[at + 1:at + 3], *head[max(0, at - 1):at]]:
        text = line.strip()
        if zh_names_line(text):
            found.authors += text.split()
            found.weak = True
            return
        name = credits.person_line(text)
        if name and givennames.reads_as_person(name):
            found.authors.append(name)
            found.weak = True
            return
        if people := names_line(text):
            found.authors += people
            found.weak = True
            return
        signed = signoffs.signers(text) if "," in text else []
        if signed and all(givennames.reads_as_person(n) for n in signed):  # "Maria Lopez, Springfield"
            found.authors += signed
            found.weak = True
            return
        if placed := name_at_town(text, lowered):
            found.authors.append(placed)
            found.weak = True
            return


def scan(head: list[str], tail: list[str], paragraphs: list[str], title_line: str | None,
         have_authors: bool) -> Found:
    """The writers, editors and outlets named in the extra credit forms of a page's head, tail and ends.

    ``paragraphs`` are the body's blocks, headings among them: a short credit line is often read as one.
    """
    found = Found()
    for line in [*head, *tail]:
        _line(found, line)
    for text in [*paragraphs[:3], *paragraphs[-2:]]:
        _zh_role_block(found, text)
    for text in [*paragraphs[:4], *paragraphs[-2:]]:
        if len(text.split()) <= 14 and (issued := _ISSUED.match(text.strip())):
            found.sources.append(issued["name"].strip())
        if disclaimer := _DISCLAIMER.match(text.strip()):
            found.sources.append(disclaimer["name"])
    _issuer_after_label(found, head)
    if reported := next((r for text in paragraphs[:3] if (r := outletnotes.reporter_in(text))), None):
        found.authors.append(reported[0])  # "Jane Doe is reporting in the Register-Star …": the story's writer
    _closing(found, [*paragraphs[-2:], *tail[:3]])
    found.authors += bylineforms.name_over_email(head) or bylineforms.name_over_email(tail) \
        or bylineforms.name_over_dateline(head, "\n".join(paragraphs))
    _chinese(found, head, tail, paragraphs, have_authors)
    if not have_authors and not found.authors:
        _near_title(found, head, title_line, givennames.lower_words("\n".join(paragraphs)))
    found.sources = [s for s in found.sources if s]
    found.authors = list(dict.fromkeys(found.authors))
    found.editors = list(dict.fromkeys(found.editors))
    return found


def _chinese(found: Found, head: list[str], tail: list[str], paragraphs: list[str], have_authors: bool) -> None:
    """The Chinese forms of :mod:`briefkit.extract.credits_zh`: notes below furniture, run-in sources, units."""
    names, outlet = credits_zh.opening_notes(paragraphs)
    found.authors += names
    source, reporters = credits_zh.run_in_source(paragraphs)
    found.authors += reporters
    found.sources += [s for s in (outlet, source) if s]
    found.authors += credits_zh.names_after_source(head)
    found.sources += credits_zh.issuing_units([*head, *tail])
    found.editors += credits_zh.editor_lines([*head, *tail], paragraphs)
    wrote, account = credits_zh.wechat_header(head)
    found.authors += wrote
    found.sources += [s for s in (account, credits_zh.lead_tag(paragraphs) or credits_zh.lead_tag(tail[:2])) if s]
    if paragraphs:
        closing_names, closing_source = credits_zh.closing_credit(paragraphs[-1])
        found.authors += [] if have_authors else closing_names
        found.sources.append(closing_source or "")
    if not have_authors and not found.authors:
        found.authors += credits_zh.bracketed_reporters(paragraphs) or credits_zh.correspondents(paragraphs) \
            or credits_zh.slashed_reporters(paragraphs)
