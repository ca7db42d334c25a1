"""A second look at the figures of each sentence, as a reader of the chart sees them.

The figure finder labels each number from the words around it.  Read one by one, some of its labels
say nothing on a chart ("Close", "89%", "Respondents") and some facts come twice.  This pass works on
the figures of one sentence together:

- **one fact once**: an approximate figure restated exactly in apposition ("close to nine out of 10
  food banks, 89%, surveyed …", "nearly three-quarters (73%) of charities", "50 basis points (0.5%)")
  is one fact: the exact figure stays, the approximate wording goes (the chart drew both side by side);
- **labels that say something**: a label that is the number itself, a lone qualifier word, or a lone
  population noun ("Respondents" for "80% of respondents said they had experienced …") gives way to
  the noun phrase with what is said of it; a gapped clause ("71% blamed rising fuel bills and 47% low
  pay") labels its figure with its own words ("Blamed low pay"), not its neighbour's; a number in
  brackets belongs to the noun phrase before it ("benefit delay (29%)"); a sum "of" something is that
  something ("£220 million of Covid funding"); when nothing better is found, a trimmed clause beats a
  stray word;
- **no chart of a range**: the two ends of "3萬元-5萬元" are one measure, not two bars;
- Chinese labels lose the speaker clause before them ("李靜儀亦表示2013年…") and never start inside
  another number's phrase (:mod:`briefkit.extract.labelfix_zh`).

Every word of a label stays the article's (provenance checks the figures' sentences, not labels, but a
reviewer reads both).
"""

from __future__ import annotations

import re
from itertools import groupby, pairwise

from briefkit.content.model import Figure
from briefkit.extract.currencies import currency_code
from briefkit.extract.labeldates import dated_labels
from briefkit.extract.labelfix_zh import better_zh_label
from briefkit.extract.labelphrases import owned_label, purpose_after, purpose_label, zh_fallback
from briefkit.extract.restatements import restates
from briefkit.extract.wordcount import CJK

_QUALIFIER_WORDS = ("close nearly almost around about some over more less up down just roughly approximately "
                    "only fully another total all well under above below barely little")
_QUALIFIERS = frozenset(_QUALIFIER_WORDS.split())
_REPORTING = r"(?:said|say|says|reported|report|reports|stated|state|told|agreed|agree|believe|believed|think|" \
             r"thought|expect|expected|indicated|noted|claimed|admitted|felt|feel)"
_OF_REPORTING = re.compile(r"^\s*\)?\s*of\s+(?:the\s+|all\s+|those\s+)?(?P<noun>[A-Za-z][\w'’ -]{1,40}?)\s+"
                           + _REPORTING + r"\s+(?:that\s+)?(?:they\s+|it\s+)?(?P<rest>[^,;:.!?()]+)")
_SUBJECT_REPORTING = re.compile(r"(?P<noun>[A-Z][\w'’ -]{1,40}?)\s+" + _REPORTING
                                + r"\s+(?:that\s+)?(?:they\s+|it\s+)?(?P<rest>[^,;:.!?()]+?)\s*\($")
# what follows a gapped figure is its own object, never a time, a place or a comparison ("5% in March and 3% in
# April", "4% this year and 3% next year" carry the first figure's label)
_NOT_A_GAP = re.compile(r"^(?:of|in|on|at|to|from|for|by|with|than|a|an|the|per|each|every|more|less|higher|lower|"
                        r"up|down|rise|rises|rose|fall|falls|fell|increase|decrease|last|this|next|year|month|week|"
                        r"quarter|earlier|later|ago|previously|before|after|respectively|annually|overall|alone)\b",
                        re.IGNORECASE)
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                     "said", "says", "did", "do", "does"})
_DANGLING = frozenset({"the", "a", "an", "of", "for", "in", "on", "at", "to", "and", "or", "with", "by", "its",
                       "their", "from", "as", "that", "than", "which", "while", "who", "is", "are", "was",
                       "were", "be", "been"})
MAX_WORDS = 12
_RANGE_GAP = re.compile(r"\s*(?:[-–—~～至到]|to|and)\s*")
_MONEY = re.compile(r"[A-Z]{3}")  # a currency code: the figure finder's unit for a sum of money
_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|new\s+|extra\s+|additional\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
                      r"(?=\s+(?:to|for|in|on|at|by|from|with|that|which|was|were|is|are|has|have|will|would|this|"
                      r"last|next|over)\b|\s*[,.;:()]|$)")
def tidy_figures(figures: list[Figure]) -> list[Figure]:
    """``figures`` with restated facts once and labels that say what each number measures."""
    out: list[Figure] = []
    for text, run in groupby(figures, key=lambda f: f.source_text):
        members = list(run)
        out += _tidy_sentence(text, members) if text else members
    return dated_labels(out)  # one label, one measure across the page (labeldates.py)


def _tidy_sentence(text: str, figures: list[Figure]) -> list[Figure]:
    spans = _spans(text, figures)
    kept: list[tuple[Figure, tuple[int, int], str]] = []  # with the noun an apposition put between its figures
    merged_from: dict[int, list[str]] = {}  # a merged figure's labels before the merge
    for figure, span in zip(figures, spans, strict=True):
        noun = ""
        if kept and span[1] and kept[-1][1][1] and restates(text, kept[-1][:2], (figure, span)):
            dropped, dropped_span, _ = kept.pop()
            noun = re.sub(r"[^\w\s'’-]", "", text[dropped_span[1]:span[0]]).strip()
            labels = [dropped.label, figure.label]
            figure = _merged(dropped, figure)
            merged_from[id(figure)] = labels
        kept.append((figure, span, noun))
    renamed: dict[str, str] = {}
    for i, (figure, span, noun) in enumerate(kept):
        old = figure.label
        previous = kept[i - 1][1] if i and kept[i - 1][0].unit == figure.unit else None  # a gap keeps its unit
        label = _better(text, span, previous, old, noun, figure.display, figure.unit) if span[1] else None
        if not CJK.search(text):
            label = numberless(label or old) or label
            label = purpose_label(label or old, figure.unit) or owned_label(label or old, text, span[1]) or label
        elif span[1] and len(CJK.findall(label or old)) <= 1:
            label = zh_fallback(text, span) or label  # "由", "达", "约": a preposition or a verb is no label
        if label and label != old:
            figure.label = label
            renamed.setdefault(old, label)
        for before in merged_from.get(id(figure), []):
            renamed.setdefault(before, figure.label)
    for figure, _, _ in kept:  # a group named after a label that changed follows it
        if figure.group in renamed:
            figure.group = renamed[figure.group]
    for figure, _, _ in kept:  # a restatement was its group's second bar: alone, it is no chart
        if id(figure) in merged_from and sum(f.group == figure.group for f, _, _ in kept) == 1:
            figure.group = None
    _ranges_uncharted(text, kept)
    _changes_uncharted([f for f, _, _ in kept])
    return [f for f, _, _ in kept]


# "80 000 tons more than last year": a label naming a difference from another value, not a level of its own
_DIFFERENCE = re.compile(r"\b(?:more|less|fewer|higher|lower)\s+than\b", re.IGNORECASE)


def _changes_uncharted(figures: list[Figure]) -> None:
    """A difference ("80 000 tons more than last year") charted beside the level it changes ("260 thousand tons
    of barley") would draw two unlike measures as one: it leaves its group, and a group left with one bar is none."""
    for figure in figures:
        if figure.group is not None and _DIFFERENCE.search(figure.label):
            group, figure.group = figure.group, None
            rest = [f for f in figures if f.group == group]
            if len(rest) == 1:
                rest[0].group = None


def _ranges_uncharted(text: str, kept: list[tuple[Figure, tuple[int, int], str]]) -> None:
    """The two ends of a range ("3萬元-5萬元", "between $42 and $47") are one measure: two bars of one label
    would chart a difference the article never states, so the pair is no chart group."""
    for (low, low_span, _), (high, high_span, _) in pairwise(kept):
        gap = text[low_span[1]:high_span[0]]
        if low.label == high.label and low.unit == high.unit and low_span[1] and high_span[1] \
                and _RANGE_GAP.fullmatch(gap) and low.group is not None and low.group == high.group:
            members = sum(f.group == low.group for f, _, _ in kept)
            if members == 2:
                low.group = high.group = None


def _spans(text: str, figures: list[Figure]) -> list[tuple[int, int]]:
    """Where each figure's display stands in its sentence, in order; (0, 0) when it cannot be found."""
    spans: list[tuple[int, int]] = []
    at = 0
    for figure in figures:
        display = figure.display or ""
        where = text.find(display, at) if display else -1
        if where < 0:
            spans.append((0, 0))
            continue
        spans.append((where, where + len(display)))
        at = where + len(display)
    return spans


def _merged(approximate: Figure, exact: Figure) -> Figure:
    """The exact figure of a restatement, in the approximate one's group (the chart the sentence drew)."""
    if approximate.qualifier is None and exact.qualifier is None:
        if exact.unit != "%":  # "50 basis points (0.5%)": the percentage, with the label the first had
            approximate, exact = exact, approximate
    elif approximate.qualifier is None or exact.qualifier is not None:
        approximate, exact = exact, approximate  # "89% (almost nine in ten)": the exact one stays either way
    if _says_nothing(exact.label, exact.display) and not _says_nothing(approximate.label, approximate.display):
        exact.label = approximate.label
    exact.group = approximate.group or exact.group
    exact.emphasis = exact.emphasis or approximate.emphasis
    return exact


def _better(text: str, span: tuple[int, int], previous: tuple[int, int] | None, label: str,
            noun: str = "", display: str | None = None, unit: str | None = None) -> str | None:
    """A label that says what the number at ``span`` measures, or None to keep ``label``.

    ``noun``: what an apposition counted ("nine out of 10 *food banks*, 89%, surveyed by …")."""
    if CJK.search(text):
        return better_zh_label(text, span, label)
    start, end = span
    if previous and previous[1] and (gapped := _gapped(text, previous, span)):
        return gapped
    if _MONEY.fullmatch(unit or "") and (of := _OF_NOUN.match(text[end:])) and of[1].lower() not in label.lower():
        return _cap_first(of[1])  # "almost £220 million of Covid funding": what the sum is
    if unit and label.lower() in {unit.lower(), unit.lower()[:2]} and (of := _OF_NOUN.match(text[end:])):
        return _cap_first(of[1])  # "14.7-million pounds of copper": copper, not "Lb" (the unit says itself)
    if (copula := re.match(r"(?:Were|Was|Are|Is)\s+(?=\S+\s+\S)", label)) and not _says_nothing(label, display):
        return _cap_first(label[copula.end():])  # "with 41% stating they were severely affected": severely affected
    population = match["noun"] if (match := _OF_REPORTING.match(text[end:])) else None
    if not (_says_nothing(label, display) or (population and label.lower() in population.lower())
            or (noun and label.lower() in {noun.lower(), ""})):
        return None
    if match:  # "80% of respondents said they had experienced …": who, and what they said
        return _who(match["noun"], match["rest"])
    if noun:  # "nine out of 10 food banks, 89%, surveyed by FareShare are worried …"
        rest = re.split(r"[;:.!?()]", text[end:].lstrip(",)–—- "), maxsplit=1)[0].split()
        rest = [w for i, w in enumerate(rest) if not (w in {"is", "are", "was", "were"} and i < 8)][:MAX_WORDS]
        return _capped(" ".join([noun, *rest]))
    if match := _SUBJECT_REPORTING.search(text[:start]):  # "Charities said they expect … (71%)"
        return _who(match["noun"], match["rest"])
    if _MONEY.fullmatch(unit or "") and (purpose := purpose_after(text, end)):
        return _cap_first(purpose)  # "a total of nearly $9 million for the parks department": not the clause cut
    return _bracketed(text[:start]) or _fallback(text, span)


# where the noun phrase before a bracket starts: after a verb of being or a linking word ("of", "in", "for" join
# a noun phrase: "a delay in benefits")
_LINK_WORDS = frozenset({"was", "were", "is", "are", "by", "among", "to", "as", "from", "with", "and", "or", "while",
                         "including", "like", "such", "at"})


def _bracketed(before: str) -> str | None:
    """What a number in brackets or after ', at' belongs to: the noun phrase just before it ("benefit delay
    (29%)", "among core-aged women (+43,000; +0.7%)", "The county's positive test rate, at 2.37 percent")."""
    if match := re.search(r"\(([^()]*)$", before):
        if len(match[1]) > 25 or not re.fullmatch(r"[\s\d.,;:%+\-−$£€A-Za-z]*", match[1]):
            return None
        head = before[:match.start()]
    elif match := re.search(r",\s+(?:at|or|about|around|roughly)\s+$", before):
        head = before[:match.start()]
    else:
        return None
    clause = re.split(r"[,;:(]", head)[-1].split()
    words: list[str] = []
    for word in reversed(clause):
        if word.lower() in _LINK_WORDS or re.search(r"\d", word):
            break
        words.insert(0, word)
    while words and words[0].lower() in {"the", "a", "an", "its", "their"}:
        words = words[1:]
    if not words or len(words) > 6 or all(w.lower() in _DANGLING for w in words):
        return None
    return _cap_first(" ".join(words))


def _who(noun: str, said: str) -> str:
    """'Charities who need more funding': the population and what it said, without the purpose or the
    circumstance after 'to' or 'for' ('… to keep up with the ever-increasing demand')."""
    words = said.split()
    cut = next((i for i, w in enumerate(words) if i >= 3 and w in {"to", "for"}), len(words))
    return _capped(f"{noun} who {' '.join(words[:cut])}")


def _says_nothing(label: str, display: str | None = None) -> bool:
    """A label that is the number itself ('89%', '71%)', 'To the £219.9million'), a lone qualifier word
    ('Close' of 'Close to nine out of 10'), or function words only ('To a more')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", label)
    if display and display in label:  # 'To the £219.9million': what is left besides the number says nothing
        words = re.findall(r"[A-Za-z][\w'’-]*", label.replace(display, " "))
    return not words or (len(words) == 1 and (words[0].lower() in _QUALIFIERS or _fragment(words[0]))) \
        or all(w.lower() in _DANGLING or w.lower() in _QUALIFIERS for w in words)


# one word that names no measure: a verb's form ("Resulted", "Placed", "Trying"), a manner or time adverb
# ("Marginally", "Currently", "Thereafter"), a comparison ("Lower", "Faster") or a pointer ("Figure", "Part");
# seen across sites as what was left of a clause ("… has resulted in 7.7 percent", "the rate was placed at …")
_FRAGMENT_WORDS = ("out new lower higher faster slower closer last next first other either today me amid approx "
                   "range figure part number percentage big able highest lowest robust surprising thereafter said "
                   "save owns represents made sold driven billion million thousand trillion rise fall increase "
                   "decrease high low up down more less "
                   # a lone base verb left of a clause ("Make" of "… make up 19%", "Calls" of "… calls for a 2.4
                   # percent hike"): the predicate, not the measure
                   "make makes take takes get gets give gives bring brings brought call calls cost costs account "
                   "accounts stand stands reach reaches hit hits put puts stable record")
_FRAGMENTS = frozenset(_FRAGMENT_WORDS.split())
_VERB_FORM = re.compile(r"(?-i:[A-Za-z][a-z]{3,}(?:ed|ly))|(?i:trying|expecting|paying|reaching|standing|bringing"
                        r"|making|taking|rising|falling|getting|putting|setting|hitting|seeing|showing|compared)")


def _fragment(word: str) -> bool:
    """True when a one-word label is what is left of a clause, not the name of a measure."""
    # … or a currency's sign left before the number ("Ksh" of "… of Ksh 9.6 billion")
    return word.lower() in _FRAGMENTS or bool(_VERB_FORM.fullmatch(word)) or currency_code(word) is not None


def _gapped(text: str, prev: tuple[int, int], span: tuple[int, int]) -> str | None:
    """The label of the second figure of a gapped clause: '71% blamed rising fuel bills and 47% low pay'
    is 'Blamed low pay' (the verb is carried over), never the first figure's object."""
    between = text[prev[1]:span[0]]
    match = re.fullmatch(r"\s+(?P<verb>[a-z]+)\s+[^,;:.()]*?\s*,?\s+(?:and|or|while|with)\s+", between)
    if not match:
        return None
    phrase = re.match(r"\s*([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})\s*(?:[.,;]|$)", text[span[1]:])
    if not phrase or _NOT_A_GAP.match(phrase[1]) or any(w in _FINITE for w in phrase[1].split()):
        return None
    verb = match["verb"]
    # "260 thousand tons of barley, or 80 000 tons more": the word after the first figure is its unit, the same
    # noun the second one's phrase opens on, not a verb to carry over ("Tons tons more …")
    carried = verb.endswith(("ed", "s")) and verb not in _FINITE and phrase[1].split()[0] != verb
    lead = verb if carried else ""
    return _cap_first(f"{lead} {phrase[1]}".strip())


# a number inside a label ("9.9 percent and private investment grew", "A weakening of nearly 8%", "Sh28.63 billion
# against a planned expenditure"): another figure's words, or its own, left in when the label was cut from the
# clause; a year ("First half of 2017") dates the label and stays
_LABEL_NUMBER = re.compile(r"(?<![\w.,])(?:US\$|[$€£₹₦]|Rs\.?\s?|K?[Ss]h\s?|RM|R|N)?\d[\d.,]*(?![\w])"
                           r"(?:\s?(?:%|per\s?cent|percent|million|billion|trillion|lakh\s+crore|crore|bn|m)\b|%)?")
_LEAD_LINKS = frozenset({"and", "while", "but", "against", "compared", "with", "versus", "vs", "to", "from", "of",
                         "as", "by", "or", "at", "than", "whereas", "between"})


_APPROXIMATE_WORDS = "nearly almost about around some over under up down just roughly approximately only more less"
_APPROXIMATE = frozenset(_APPROXIMATE_WORDS.split())


def numberless(label: str) -> str | None:
    """The words of ``label`` without the numbers cut into it (years stay), or None when it has none or too
    little is left to name a measure."""
    numbers = [m for m in _LABEL_NUMBER.finditer(label) if not re.fullmatch(r"(?:19|20)\d{2}", m.group(0))]
    if not numbers:
        return None
    pieces, at = [], 0
    for match in numbers:
        pieces.append(label[at:match.start()])
        at = match.end()
    pieces.append(label[at:])
    trimmed = [_trim_piece(piece) for piece in pieces]
    # the words nearest the figure, after the last number ("… of Sh12.4 billion against a planned expenditure"),
    # name it when they can; else the fullest piece when nothing of substance follows it
    best = len(trimmed) - 1
    if _content(trimmed[-1]) < 2:
        best = max(range(len(trimmed)), key=lambda i: _content(trimmed[i]))
    # "Private investment grew 4.8 percent increased": words of substance after the piece kept belong to another
    # clause, which no piece names whole; the label stays as it was
    if _content(trimmed[best]) < 2 or any(_content(rest) for rest in trimmed[best + 1:]):
        return None
    return _cap_first(" ".join(trimmed[best]))


def _trim_piece(piece: str) -> list[str]:
    """A piece of a label between numbers, without the linking words at its edges."""
    words = [w for w in re.split(r"[\s()]+", piece.strip(" ,;:()–—-")) if w]
    while words and (words[0].lower() in _LEAD_LINKS or words[0].lower() in {"a", "an", "the"}):
        words = words[1:]
    while words and (words[-1].lower() in _DANGLING or words[-1].lower() in _LEAD_LINKS
                     or words[-1].lower() in _APPROXIMATE):
        words.pop()
    return words


def _content(words: list[str]) -> int:
    """How many words of substance (not function words) ``words`` holds."""
    return len([w for w in words if w.lower() not in _DANGLING and w.lower() not in _LEAD_LINKS])


def _fallback(text: str, span: tuple[int, int]) -> str | None:
    """The clause around the number, trimmed, when the label is a stray word: 'Close to nine out of 10 food
    banks …' says more than 'Close'."""
    start, end = span
    clause_start = max(text.rfind(c, 0, start) for c in ",;:(") + 1
    after = re.split(r"[,;:.()]", text[end:], maxsplit=1)[0].strip()
    # one side of the number, never both joined over it: "brought in an additional in tax revenues" reads as a
    # quotation with its number cut out
    for _ in range(2):  # "Net loss for the year ended December 31, 2004 was $12.0 million": the clause before too
        for side in (text[clause_start:start].strip(), after):
            words = side.split()
            if len([w for w in words if w.lower() not in _DANGLING and not w[0].isdigit()]) >= 2:
                return _capped(" ".join(words))
        clause_start = max(text.rfind(c, 0, max(0, clause_start - 1)) for c in ",;:(") + 1
    return None  # 'In addition': a connective is no better than the label it would replace


def _capped(phrase: str) -> str:
    """At most MAX_WORDS words, never ending on a word that wants the next; first letter upper case."""
    words = phrase.split()[:MAX_WORDS]
    while len(words) > 1 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return _cap_first(" ".join(words).rstrip(",;:"))


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]
