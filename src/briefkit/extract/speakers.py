"""Who said it: the speaker a sentence names for its quotation, in English and Chinese.

A quotation shown without its speaker where the article names one is half a quotation; one shown under
"It" or "They" is worse.  A sentence names its speaker in one of these shapes (quotations removed first,
so that a name inside the quoted words is never taken):

- "said X", "X said", "X, the minister, said", "according to X" (English, with the usual speech verbs);
- "the policymakers reiterated", "officials said": a body or role named by a common noun;
- "X表示", "X说", "X指出", "据X介绍" (Chinese, the clause before the verb after the last punctuation);
- a pronoun ("he said", "they added", 他说): the speaker named last, a few sentences before, the way a
  news story names someone once and goes on with "he".  With no such speaker the pronoun names no one;
- a sentence that is all quotation, naming no one, right after a speaker's words: a quotation running
  on over paragraphs, each opened with a quotation mark; or one followed by a short tag (“……。”他说。).
"""

from __future__ import annotations

import re

from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache

_VERBS = (r"said|says|told|stated|noted|added|wrote|declared|explained|reiterated|argued|warned|insisted|stressed|"
          r"emphasi[sz]ed|acknowledged|admitted|asserted|cautioned|urged|recalled|observed|commented|announced|"
          r"continued|concluded|replied|responded|predicted|claimed|confirmed|remarked")
# Any verb a statement is reported by, for the question whether a story has a name speak at all (a headline's
# closing "— BSP" is its speaker when the story says "(BSP) has suggested"): the speech verbs and the verbs of a
# stance or a call, which introduce no quotation of their own
REPORTING_VERBS = (_VERBS + r"|suggested|proposed|appealed|demanded|disclosed|revealed|condemned|welcomed|"
                   r"criticised|criticized|expects?|sees|believes|called(?:\s+(?:on|for))?")
_NAME = r"((?:[A-Z][\w.'’-]{1,40})(?:\s+(?:[A-Z][\w.'’-]{1,40}|of|the|and|de|van|von|der|da|di|du|al|bin|le|la)){0,6})"
_QUOTED = re.compile(r'"[^"]{2,600}"|“[^”]{2,600}”|«[^»]{2,600}»|「[^」]{2,600}」|『[^』]{2,600}』')
_TITLES = (r"moderator|chair(?:man|woman|person)?|director|minister|secretary|president|governor|spokes(?:wo)?man|"
           r"spokesperson|economist|analyst|professor|chief|executive|mayor|councill?or|senator|official|lawyer|"
           r"founder|author|researcher|manager|head|deputy|commissioner|treasurer|ceo|cfo")
_RANKS = r"state|former|acting|senior|vice|local|county|city|federal|provincial|deputy|assistant"
# "said X" (not "told X": the one told is the listener, "…, told The Associated Press")
_SAID = re.compile(rf"\b(?!told\b)(?:{_VERBS})\s+(?:the\s+)?(?:(?:{_RANKS})\s+)?(?:(?:{_TITLES})\s+)?" + _NAME)
# "X once famously said", "X has also said": up to two adverbs between the name and its verb
_SAID_BY = re.compile(_NAME + rf",?\s+(?:\([^)]*\)\s+)?(?:has\s+|have\s+|had\s+)?(?:(?:also|further|later|once|"
                      rf"[a-z]+ly)\s+){{0,2}}(?:{_VERBS})\b")
_NATIVE = r"(?:\s+[\u1100-\u11ff\uac00-\ud7af\u3040-\u30ff\u3400-\u9fff]{1,8})?"
"""A name in its own script after its romanisation ("Lee Chang-yong 이창용, governor of …, said")."""
_APPOSED = re.compile(_NAME + _NATIVE + rf",\s+[^,“”\"]{{3,120}},\s+(?:also\s+)?(?:{_VERBS})\b")
_OFFICE = re.compile(_NAME + r"['’]s\s+((?:[a-z]+\s+){0,2}(?:office|ministry|department|spokes(?:wo)?man|"
                     rf"spokesperson|campaign|team|lawyers?|government|party))\s+(?:also\s+)?(?:{_VERBS})\b")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?" + _NAME)
_PRONOUN = re.compile(rf"\b(he|she|they|it|we)\s+(?:also\s+|further\s+|later\s+)?(?:{_VERBS})\b", re.IGNORECASE)
_ROLE_NOUNS = (r"policy\s?makers|policymakers|officials?|ministry|ministers?|government|spokes(?:wo)?m[ae]n|"
               r"spokesperson|statement|report|bank|council|committee|board|authorities|analysts?|economists?|"
               r"company|firm|regulator|agency|department|court|judges?|police|researchers|experts?|organi[sz]ers|"
               r"lawmakers|legislators|residents|chairman|chairwoman|chair|president|governor|mayor|minister|"
               r"institution|lender|memorandum")
_ROLE = re.compile(rf"\b(?:[Tt]he\s+)?((?:[a-z-]+\s+){{0,2}}(?:{_ROLE_NOUNS}))\s+(?:also\s+)?(?:{_VERBS})\b"
                   rf"|\b(?:{_VERBS})\s+(?:the\s+)?((?:[a-z-]+\s+){{0,2}}(?:{_ROLE_NOUNS}))\b")
_NAMED_ROLE = re.compile(rf"\bthe\s+((?:[A-Z][\w-]*\s+){{1,3}}(?:{_ROLE_NOUNS}))\s+(?:also\s+)?(?:{_VERBS})\b")
"""A body named by its name and a common noun ("the Bretton Wood institution said"): the name is part of it."""
_ACCORDING_ROLE = re.compile(rf"\baccording to\s+the\s+((?:[a-z-]+\s+){{0,2}}(?:{_ROLE_NOUNS}))\b")
"""A document or body named by a common noun ("according to the explanatory memorandum")."""
SPEECH_TAG = re.compile(rf"\s*(?:[\w.'’-]+\s+){{0,4}}?(?:{_VERBS})\b")
"""What follows a quotation when it is a speech tag ("he said", "the Council's spokesman added")."""
_CUE = re.compile(rf"\b(?:{_VERBS}|according)\b|表示|指出|强调|認為|认为|介绍|介紹|坦言|透露|称|稱|说|說")
_NOT_NAMES = frozenset(["He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "There",
                        "In", "On", "At", "But", "And", "Yet", "So", "Like", "Share", "Reply", "Follow", "Read",
                        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
                        "Yesterday", "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December", "Last", "Next", "Earlier", "Later"])
_ZH_VERB = re.compile(r"([\u3400-\u9fff·A-Za-z]{1,24}?)(?:也|还|则|进一步|同时|随后|再次|明确)?"
                      r"(?:表示|指出|强调|強調|认为|認為|介绍|介紹|坦言|透露|[称稱](?!为|為|号|號|之)|[说說](?!明|法|服))[,，:：]?")
_ZH_ACCORDING = re.compile(r"[据據]([\u3400-\u9fff·]{2,24}?)(?:介绍|介紹|透露|表示|[称稱])")
_ZH_PRONOUNS = frozenset(["他", "她", "他们", "她们", "我们", "其", "对方", "它"])
_ZH_LEAD = re.compile(r"^(?:会上|会议上|发布会上|记者会上|此外|另外|同时|对此|对于此|当天|目前|随后|其中)")
_PERSONAL = re.compile(rf"\b(?:he|she)\s+(?:also\s+|further\s+|later\s+)?(?:{_VERBS})\b|^[^他她]*[他她](?!们)",
                       re.IGNORECASE)
_BODIES = frozenset(["bank", "council", "ministry", "department", "office", "agency", "committee", "board",
                     "government", "commission", "authority", "group", "inc", "ltd", "fund", "association", "union",
                     "institute", "university", "service", "news", "statistics", "bureau", "court", "police",
                     "company", "corporation", "policymakers", "officials", "makers", "statement", "report"])
REACH = 4
"""A pronoun points back at most this many sentences: further back, the story has moved on."""
_RUN_ON = 2
_TAG_CHARS = 24
_CLOSERS = frozenset('"”»」』')
_OPENERS = frozenset('"“«「『')


def without_quotations(sentence: str) -> str:
    """``sentence`` with its quoted passages blanked (a name inside the quotation is no speaker)."""
    return _QUOTED.sub(" ", sentence)


# (a pure function of its sentence, asked again for the same sentences by the quotes, the key points and the
# organisations)
@text_cache(maxsize=1024)
def speaker(sentence: str) -> tuple[str | None, bool]:
    """The speaker ``sentence`` names (None if none) and whether it speaks through a pronoun instead."""
    if not _CUE.search(sentence):
        return None, False  # most sentences name no speaker: one cheap look instead of every pattern
    outside = without_quotations(sentence)
    if re.search(r"[\u3400-\u9fff]", outside):
        return _chinese(outside)
    office = _OFFICE.search(outside)  # "a news release from Freeland's office said"
    if office and office.group(1).split()[0] not in _NOT_NAMES:
        return f"{office.group(1)}’s {office.group(2)}", False
    for pattern in (_SAID, _APPOSED, _SAID_BY, _ACCORDING):
        for match in pattern.finditer(outside):
            name = re.sub(r"^(?:The|the|and|of)\s+", "", match.group(1).strip().rstrip(".,"))
            if _CUT_ON_THE_LEFT.search(outside[:match.start(1)]):
                name = _from_office(name)
            if name and name[0].isupper() and name.split()[0] not in _NOT_NAMES:
                return name, False
    role = _NAMED_ROLE.search(outside) or _ROLE.search(outside) or _ACCORDING_ROLE.search(outside)
    if role:
        words = (role.group(1) or role.group(2)).strip()
        return words[:1].upper() + words[1:], False
    return None, bool(_PRONOUN.search(outside))


_CUT_ON_THE_LEFT = re.compile(r"\b[A-Z][\w.'’-]*\s+$")
_OFFICE_WORD = guarded(re.compile(rf"\b(?:{_TITLES})\b(?!.*\b(?:{_TITLES})\b)", re.IGNORECASE))


def _from_office(name: str) -> str:
    """A name the pattern's reach cut on the left ("[Private] Sector Organization of Jamaica President
    Christopher Zacca"): the person from their office on ("President Christopher Zacca"), else as found."""
    office = _OFFICE_WORD.search(name)
    return name[office.start():] if office and office.start() > 0 else name


def _chinese(outside: str) -> tuple[str | None, bool]:
    match = _ZH_ACCORDING.search(outside)
    for found in ([match] if match else []) + list(_ZH_VERB.finditer(outside)):
        clause = re.split(r"[,，。;；:：!！?？、\s]", outside[:found.end(1)])[-1]
        clause = _ZH_LEAD.sub("", clause.removeprefix("据").removeprefix("據"))
        if clause in _ZH_PRONOUNS:
            return None, True
        if 2 <= len(clause) <= 24:
            return clause, False
    return None, False


def _person(name: str) -> bool:
    """A speaker "he" or "she" can point back to: no acronym ("NHS England") and no body's word in it (a
    Chinese speaker is taken as named: 发言人付凌晖 holds its body's name too)."""
    words = name.split()
    return bool(re.search(r"[\u3400-\u9fff]", name)) \
        or not any((len(w) > 1 and w.isupper()) or w.lower() in _BODIES for w in words)


def speakers(sentences: list[str]) -> list[str | None]:
    """Each sentence's speaker, a pronoun resolved to the speaker named last within :data:`REACH` sentences
    ("he" and "she" to the last person named, "it" and "they" to anyone)."""
    out: list[str | None] = []
    last: dict[bool, tuple[str, int]] = {}
    for i, sentence in enumerate(sentences):
        name, pronoun = speaker(sentence)
        tag = sentences[i + 1] if i + 1 < len(sentences) else ""
        if name is None and not pronoun and sentence.rstrip()[-1:] in _CLOSERS and 0 < len(tag) <= _TAG_CHARS:
            name, pronoun = speaker(tag)  # “……。”他说。: the speech tag is a sentence of its own
        personal = bool(_PERSONAL.search(without_quotations(sentence))) if pronoun else False
        before = last.get(personal)
        if name is None and before is not None:
            # a quotation running on over paragraphs opens each with a quotation mark and names no one again
            goes_on = not pronoun and sentence.lstrip()[:1] in _OPENERS and i - before[1] <= _RUN_ON
            if goes_on or (pronoun and i - before[1] <= REACH):
                name = before[0]
        if name is not None:
            last[False] = (name, i)
            if _person(name):
                last[True] = (name, i)
        out.append(name)
    return out
