"""Key figures: every quantity with its unit, what it measures and its sentence.

Bare years are dates, not figures.  A sentence opening "Among them" inherits
the unit, source and period of the figure before it, and figures that share a
unit in one sentence (or in such a run) form a group that can be charted.
Ranks ("ranking first", "位居世界第一") are no figures (the corpus convention settled at stop 25: a
briefing cites how much, not which place); :func:`rank_values` still reads them for ``briefkit check``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from briefkit.content.model import Figure
from briefkit.extract.body import Sentence
from briefkit.extract.countwords import counts_noun_after
from briefkit.extract.dates import find_dates, inside
from briefkit.extract.durations import lasted_state, lasting_clause
from briefkit.extract.fignouns import NUMBER_WORD, VERB_START, unit_noun
from briefkit.extract.figtonnes import million_tonne_marks
from briefkit.extract.figunits import compound_unit
from briefkit.extract.figuredisplay import shown
from briefkit.extract.figurepairs import label_restated, restated_whole
from briefkit.extract.figureranks import rank_values
from briefkit.extract.figurescales import written_scale
from briefkit.extract.figuresources import figure_period, figure_source
from briefkit.extract.labelphrases import change_noun, purpose_after, sum_noun, without_aside, without_lede_caps
from briefkit.extract.labels import (
    MAX_LABEL_WORDS,
    around,
    capitalise,
    clause_before,
    group_of,
    is_share,
    phrase_after,
    previous_clause,
    unit_after,
)
from briefkit.extract.labels_zh import zh_label
from briefkit.extract.moneycarry import MONEY_SCALE, carried_currency, with_lost_signs
from briefkit.extract.notfigures import is_advert, is_cut_dek, not_a_figure
from briefkit.extract.nounlabels import after_label, gapped_label, noun_label, short_phrase
from briefkit.extract.numbers import Quantity, find_numbers
from briefkit.extract.tablecolumns import column_percents
from briefkit.extract.teasers import teaser_sentences
from briefkit.extract.weakmoney import page_signs
from briefkit.extract.wordcount import CJK
from briefkit.readers.plaintext import words as count_words

__all__ = ["find_figures", "rank_values", "sentence_figures"]

_INHERIT = re.compile(r"^(?:其中|among\s+them|of\s+these|of\s+them|of\s+which|of\s+this\s+total)\b", re.IGNORECASE)
_MIN_LABEL_WORDS = 3
# A label never ends on a word that wants the number after it ("… rose to", "a forecast of")
_DANGLING = re.compile(r"\b(?:to|by|of|at|from|a|an|the|for|with|than|and|or|on|in|about|around|nearly|almost|"
                       r"over|under|up|versus|between|as)$", re.IGNORECASE)
_WHERE = re.compile(r"(?:in|among|across|for|at)\s", re.IGNORECASE)  # "83% … — in the United Kingdom"
# … but "in May", "in the first quarter", "at the end of June" say when, not where
_WHEN = re.compile(r"\w+\s+(?:the\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|first|second|third|fourth|"
                   r"last|past|previous|next|same|end|start|beginning|year|month|quarter|week|period|\d)",
                   re.IGNORECASE)
_SYMBOLIC = {"%", "percentage points", "USD", "EUR", "GBP", "CNY", "JPY", "CHF"}
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|an|ian|ish|ch|i)\s+(?=[a-z])")
_DURATION_UNIT = re.compile(r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)
@dataclass
class _Context:
    """What a sentence hands down to an "Among them" sentence after it."""

    unit: str | None = None
    source: str | None = None
    as_of: str | None = None
    group: str | None = None


def _label(q: Quantity, text: str, unit: str | None, lead: str | None) -> str:
    """What the number measures; a label under three words gives way to the noun phrase of the number's
    clause, and without one to the clause itself."""
    text = without_lede_caps(without_aside(text, q.start))
    if _LENGTH_OF.search(q.display) and (what := phrase_after(text[q.end:])):
        return capitalise(what)  # "a two-day strike", "a five-year partnership project": what lasts that long
    if unit and _DURATION_UNIT.match(unit) and (state := lasted_state(text[:q.start])):
        return capitalise(_capped(state))  # "has been on a rising trend for the past 10 months": what lasted
    if unit and _DURATION_UNIT.match(unit) and (lasting := lasting_clause(text[:q.start])):
        return capitalise(_capped(lasting))  # "the strike would last six weeks": what lasts that long
    if q.unit == "%" and re.match(r"\s+majority\b", text[q.end:]) and (what := phrase_after(text[q.end:])):
        return capitalise(what)  # "a two-thirds majority in a poll of analysts": the majority is what it measures
    if q.value < 1000 and (part := _PART_OF.match(text, q.end)) and (what := phrase_after(text[part.end():])):
        return capitalise(what)  # "five out of six members voted …", "Four of the five commissioners agreed …"
    if q.unit and _CURRENCY.match(q.unit) and (noun := sum_noun(text, q.start, q.end)):
        return noun  # "a one-off $350 sweetener": "One-off sweetener", not the clause around the sum ("One-off")
    if q.unit and _CURRENCY.match(q.unit) and (purpose := purpose_after(text, q.end)) \
            and not purpose.endswith("ing"):
        return capitalise(purpose)  # "a record $11.1 billion for the health system": not "Counterbalanced by a record"
    if q.unit in {"%", "percentage points"} and (change := change_noun(text, q.end)):
        return change  # "the 10.2% growth in exports": "Growth in exports", not "The result was driven up"
    label = _raw_label(q, text, unit, lead)
    if count_words(label) >= _MIN_LABEL_WORDS and not _DANGLING.search(label):
        return label
    if (phrase := noun_label(text[:q.start])) and _lone_verb(phrase, text[:q.start]) \
            and (after := _object_after(text[q.end:])):
        return capitalise(after)  # "I have made £5.5million available for co-ownership homes": not "Made"
    if phrase and not (phrase.isalpha() and NUMBER_WORD.fullmatch(phrase)):  # "Four of the five": no label
        # "three years" shows its unit already: "Electric bills", not "Electric bills: years"
        shown = unit is not None and unit.rstrip("s").lower() in q.display.lower()
        return capitalise(phrase if not unit or _symbolic(unit) or unit in phrase or shown else f"{phrase}: {unit}")
    if label and not _DANGLING.search(label):
        return label
    if not CJK.search(text) and (phrase := after_label(text[q.end:])):
        return capitalise(phrase)
    if not CJK.search(text) and (after := phrase_after(text[q.end:])) and (phrase := short_phrase(after)):
        return capitalise(phrase)  # "a 49 percent jump in the budget for …": what follows names it
    if unit and not _symbolic(unit) and not CJK.search(unit):
        return capitalise(unit)  # "affecting an estimated 250,000 passengers": passengers
    if unit and _CURRENCY.match(unit) and (purpose := purpose_after(text, q.end)):
        return capitalise(purpose)  # "a total of nearly $9 million for the parks department"
    return capitalise(_capped(around(text, q.start, q.end)))


def _object_after(after: str) -> str | None:
    """The noun phrase after a number: what follows it, or, where a verb follows ("… $79.8 million has been
    allocated for ongoing roads"), what the verb's clause gives it to ("ongoing roads")."""
    phrase = phrase_after(after) or ""
    if phrase.split()[:1] and phrase.split()[0].lower() in VERB_START:
        return after_label(after)
    return short_phrase(phrase)


_VERB_BEFORE_WORDS = ("i we you they he she it this that is are was were am have has had will would can could "
                      "should may might must and to already also")
_VERB_BEFORE = frozenset(_VERB_BEFORE_WORDS.split())


def _lone_verb(phrase: str, before: str) -> bool:
    """True when a one-word label is the verb just before the number ("I am allocating £12 million", "and
    support up to 250,000"): the predicate, not what the number measures."""
    words = re.findall(r"[\w'’]+", before)[-4:]
    if " " in phrase or phrase not in words or not phrase.islower():
        return False
    at = len(words) - 1 - words[::-1].index(phrase)
    return phrase.endswith(("ed", "ing")) or (at > 0 and words[at - 1].lower() in _VERB_BEFORE)


def _capped(clause: str) -> str:
    """A clause cut to a label's ten words, never ending on a word that wants what follows."""
    if CJK.search(clause):
        return clause
    words = clause.split()[:MAX_LABEL_WORDS]
    while len(words) > 1 and _DANGLING.search(words[-1]):
        words.pop()
    return " ".join(words).rstrip(",;:")


# the part of a tally: what its whole counts labels both ("five out of six members voted to …")
_PART_OF = re.compile(r"\s+(?:out\s+of|of\s+(?:the|its|their|[A-Z][\w-]*['’]s)(?:\s+[\w-]+['’]s)?)\s+"
                      r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                      r"(?!hundred|thousand|million|billion)", re.IGNORECASE)
_LENGTH_OF = re.compile(r"-(?:second|minute|hour|day|week|month|year|decade)$", re.IGNORECASE)


def _raw_label(q: Quantity, text: str, unit: str | None, lead: str | None) -> str:
    before, after = text[:q.start], text[q.end:]
    of_phrase = re.match(r"\s*(?:(?:of|des|de|du)\s+|的)(.*)", after)
    if q.unit == "%" and is_share(before):
        if re.search(r"[\u3400-\u9fff]", before[-12:]):
            # "…现代工业产业体系增加值占比91.6%": the Chinese clause names the share itself, in the page's language
            return re.split(r"[，,；;。：:（(]", before)[-1].strip()[-20:] or "占比"
        if of_phrase and (whole := phrase_after(of_phrase.group(1))):
            return f"Share of {whole}"
        what = previous_clause(before)
        return f"Share of the total ({what})" if what else "Share of the total"
    if of_phrase and q.unit in {"%", "percentage points"} and (label := phrase_after(of_phrase.group(1))):
        return capitalise(label)
    if q.unit is not None and (gapped := gapped_label(before)):
        return capitalise(gapped)  # "… fell by 3.6% and exports to Russia by 7.4% in May": Russia's, not "in May"
    where = phrase_after(after)
    if q.unit in {"%", "percentage points"} and lead and where and not re.search(r"\d", where) \
            and _WHERE.match(where) and not _WHEN.match(where) and count_words(where) <= 6:
        return f"{capitalise(_DEMONYM.sub('', lead))} — {where}"
    if (phrase := phrase_after(after)) and unit and phrase.startswith(unit.split()[0]):
        if not CJK.search(unit):
            return capitalise(phrase)
        # "3068名中外记者…": the measure word counts, the noun after it is what is counted
        if label := zh_label(before, phrase[len(unit):]):
            return label
    clause = clause_before(before)
    if clause and unit and CJK.search(unit) and (label := zh_label(before, "")):
        return label  # "本次活动参与者达100人": the clause names them, the measure word 人 adds nothing
    if clause and _MIN_LABEL_WORDS <= count_words(clause) <= 6 and unit and not clause.endswith(unit) \
            and not _symbolic(unit):
        return capitalise(f"{clause} {unit}")  # "China applied for" 38000 "patent applications"
    if clause and not CJK.search(clause):
        return ""  # a clause ("Exports rose 10.5 percent to"): its noun phrase instead (see _label)
    if phrase and phrase.split()[0].lower() in VERB_START:
        return ""  # "£96.1 million is being allocated to …": what it is allocated to, see _label
    return capitalise(clause or phrase or (unit if unit and not _symbolic(unit) else ""))


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _symbolic(unit: str) -> bool:
    """A unit a reader sees in the number itself ("%", "USD", "INR"): never part of a label."""
    return unit in _SYMBOLIC or bool(_CURRENCY.match(unit))
_SPAN_GAP = re.compile(r"\s+(?:to|or)\s+|\s*[-–~～至到]\s*")  # "5至10年有期徒刑", "2到3倍": Chinese spans too


def _span_unit(text: str, q: Quantity, following: list[Quantity]) -> str | None:
    """"three to four hundred kilograms", "20 to 30 people", "5至10年": the unit after a span's second end is the
    first's."""
    if not following or following[0].unit is not None or not _SPAN_GAP.fullmatch(text[q.end:following[0].start]):
        return None
    return unit_noun(unit_after(text[following[0].end:]))


# "14.4 billion euros ($15.69 billion)", "7.67 trillion yuan, or about $1.12 trillion", "(equivalent to $60m)"
_CONVERSION_GAP = re.compile(r"\s*(?:[(（]|,?\s*(?:or|i\.e\.|equivalent\s+to|worth)\s)\s*"
                             r"(?:(?:about|around|some|roughly|approximately|equivalent\s+to)\s*)?")


def _converts(previous: Figure, unit: str | None, gap: str) -> bool:
    """True when a sum in brackets right after another currency's sum converts it ("20 billion euros ($22
    billion)"): it measures what the first does."""
    return bool(unit and previous.unit and unit != previous.unit and _CURRENCY.match(unit)
                and _CURRENCY.match(previous.unit) and _CONVERSION_GAP.fullmatch(gap))


_BRACKETED = re.compile(r"\s*[(（]\s*")
# … and the colon of a ratio's parts ("结构比为22.8:38.8:38.4": one measure; spans.py reads only ratios so)
_LIST_GAP = re.compile(r"\s*(?:[,、，]\s*(?:and\s+)?|\sand\s|[:：])\s*")
_LIST_END = re.compile(r"\s*(?:[,、，]\s*)?and\s|\s*、|\s*[:：]")


def _in_list(text: str, prev_end: int, q: Quantity, following: Quantity | None) -> bool:
    """True when a number continues a list of numbers ("11.7, 5.1 and 3.6 percent"): its last member or one
    the list goes on after ("In addition to the £219.9million, £96.1 million is …" is two clauses)."""
    gap = text[prev_end:q.start]
    if not _LIST_GAP.fullmatch(gap):
        return False
    return bool(_LIST_END.match(gap)) or (following is not None
                                          and bool(_LIST_GAP.fullmatch(text[q.end:following.start])))


def _bare(display: str) -> bool:
    """True for a number written without its unit ("two", "2.5"), as a span's first end is."""
    return bool(re.fullmatch(r"[\w.,\s-]+", display)) and not re.search(r"\d\s*[a-zA-Z]|cent", display)


def _range_span(text: str, q: Quantity, following: Quantity | None) -> Quantity | None:
    """"between US$42 and US$47 per share", "6-6.5 percent": a range is one measure, labelled as a whole (its
    first end's label is not the clause before it, nor its second's the first end's number)."""
    if following is None or following.start - q.end > 8:
        return None
    gap, before = text[q.end:following.start], text[:q.start]
    # … and "two to four percent", a span writing its unit once (not "from 2 to 4 percent", a change from one level
    # to the other, nor "rise by £96 to £1,138", a change and the level it reaches)
    if re.fullmatch(r"\s*[-–]\s*", gap) or (re.fullmatch(r"\s+and\s+", gap)
                                            and re.search(r"\bbetween\s+$", before, re.IGNORECASE)) \
            or (re.fullmatch(r"\s+to\s+", gap) and following.unit == q.unit and _bare(q.display)
                and not re.search(r"\b(?:from|by)\s+$", before, re.IGNORECASE)):
        return replace(following, start=q.start)
    return None


def _figures_of(sentence: Sentence, ctx: _Context, published: dt.date | None,
                signs: frozenset[str] = frozenset(), last_money: str | None = None) -> list[Figure]:
    """The figures of one sentence; ``last_money``, the currency of the sentence before's last sum."""
    text = sentence.text
    dates = find_dates(text, published)
    quantities = [q for q in find_numbers(text, counts=True, signs=signs)
                  # "月收入在2000元以上": a sum of money is no date, whatever a date reader made of its digits, nor is
                  # a number with a scale ("2000万吨", "2010 million")
                  if not q.is_year and not (inside(dates, q.start) and q.unit is None and q.scale == 1.0)
                  and not not_a_figure(text, q)]
    quantities = column_percents(text, quantities)  # "…, % TOTAL 3.4 Food 5.7": a table's percent column
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    purposes = [purpose_after(text, q.end) if q.unit and _CURRENCY.match(q.unit) else None for q in quantities]
    if sum(p is not None for p in purposes) < 2:
        purposes = [None] * len(quantities)  # one "£5m for X" is labelled as any sum; a list of them by purpose
    lead: str | None = None
    count_unit: str | None = None
    money: str | None = None
    prev_end: int | None = None
    span_label: str | None = None
    for i, q in enumerate(quantities):
        if not math.isfinite(q.value):
            continue  # a digit string too long for a float: no figure a brief can hold (the model refuses it)
        # "2.2 billion people … and 3.5 billion lack …": the unit carries over within a sentence
        # … and a span's first end takes the unit after its second ("40-50 people": people, not "50 people")
        # "1.4-million tons‚ almost 23%": the low quote some pages write for a comma ends the noun as a comma does
        tail = text[q.end:].split("\u201a", 1)[0]
        noun = unit_noun(compound_unit(tail) or unit_after(tail))
        group = group_of(text[:q.start]) if q.unit is None and noun is None else None
        # … and "USD1.749 trillion, of which exports amounted to 958.34 billion": a bare sum the size of money
        # after a sum of money is in its currency (the sentence writes the currency once)
        scale = written_scale(q)
        # "270 light years from Earth, is host to six confirmed exoplanets": a number before the plural noun it
        # counts is a count of that noun, whatever unit came before it
        counted = q.unit is None and noun is None and group is None \
            and counts_noun_after(text, q.start, q.end, q.value)
        unit = q.unit or _span_unit(text, q, quantities[i + 1:i + 2]) or noun \
            or ("members" if group else None) or (money if scale >= MONEY_SCALE else None) \
            or (None if counted else count_unit or ctx.unit or carried_currency(text, scale, last_money))
        if q.unit and _CURRENCY.match(q.unit):
            money = q.unit
        if q.unit is None and not _DURATION_UNIT.match(unit or ""):
            count_unit = unit  # "out of work for 27 weeks; up from 5.6 million": a duration counts nothing after it
        if group is not None:
            label = f"{capitalise(group)} members"  # "led by a team of 12": how many the team has
        elif purposes[i] is not None:
            label = capitalise(purposes[i] or "")  # "£72million for health, £30million for education …"
        elif span_label is not None:
            label, span_label = span_label, None  # the second end of "between $42 and $47 per share"
        elif figures and prev_end is not None and figures[-1].unit == unit \
                and _in_list(text, prev_end, q, quantities[i + 1] if i + 1 < len(quantities) else None):
            label = figures[-1].label  # "rose by 11.7 percent, 5.1 percent and 3.6 percent": one list, one measure
        else:
            span = _range_span(text, q, quantities[i + 1] if i + 1 < len(quantities) else None)
            label = _label(span or q, text, unit, lead if q.unit else None)
            span_label = label if span else None
        if figures and prev_end is not None and figures[-1].unit == unit \
                and _BRACKETED.fullmatch(text[prev_end:q.start]) and text[q.end:].lstrip().startswith((")", "）")) \
                and unit in {"%", "percentage points"} and re.search(r"\d", label):
            # "Quebec 7.6% (7.3%)": the same rate at another time, as a table's columns, whose own label is only
            # numbers ("7.3%)"); a label of its own ("one in five (18%) fear …") stays
            label = figures[-1].label
        if figures and prev_end is not None and _converts(figures[-1], unit, text[prev_end:q.start]):
            label = f"{figures[-1].label} (in {unit})"  # "7.67 trillion yuan ($1.12 trillion)": the same sum
        if q.unit == "%" and lead is None and not label.startswith("Share"):
            lead = label
        figures.append(Figure(label=label, value=q.value, unit=unit, display=shown(text, q.start, q.end, q.unit, noun),
                              qualifier=q.qualifier,
                              source=ctx.source, as_of=ctx.as_of, source_text=text))
        spans.append((q.start, q.end))
        prev_end = q.end
    label_restated(text, spans, figures)  # "€47.8 billion, up €4.3 billion or 10 per cent on …": one change
    return figures


def _group(figures: list[Figure], ctx: _Context) -> None:
    """Figures of one unit in one sentence (or an inherited run) are a group."""
    by_unit: dict[str | None, list[Figure]] = {}
    for figure in figures:
        if figure.unit != "rank" and not figure.label.startswith("Share"):
            by_unit.setdefault(figure.unit, []).append(figure)
    for unit, members in by_unit.items():
        lead = capitalise(_DEMONYM.sub("", members[0].label))
        name = ctx.group if ctx.group and unit == ctx.unit else lead if len(members) > 1 else None
        for member in members:
            member.group = name


def find_figures(sentences: list[Sentence], published: dt.date | None = None) -> list[Figure]:
    """Every quantity in the sentences, in text order."""
    figures: list[Figure] = []
    previous: list[Figure] = []
    ctx = _Context()
    last_money: str | None = None
    # a box of teasers whose deks the page cut ("… in January 2024..."): two or more such sentences (a story the
    # page cut ends on its own dots once, and keeps its figures)
    cut = {s.index for s in sentences if is_cut_dek(s.text)}
    teasers = teaser_sentences(sentences) | (cut if len(cut) > 1 else set())
    signs = page_signs([s.text for s in sentences if s.index not in teasers])
    for sentence in sentences:
        if sentence.index in teasers or is_advert(sentence.text):
            continue  # "Top Stories", "Related": links to other articles, whose numbers are theirs; an advert's offer
        inherit = bool(_INHERIT.match(sentence.text)) and bool(previous)
        ctx = ctx if inherit else _Context(source=figure_source(sentence.text), as_of=figure_period(sentence.text))
        found = [f for f in _figures_of(sentence, ctx, published, signs, last_money)
                 if not restated_whole(f, sentence.text, figures)]
        last_money = next((f.unit for f in reversed(found) if f.unit and _CURRENCY.match(f.unit)), None) \
            if found else last_money
        if inherit and ctx.group is None and previous[-1].unit == ctx.unit:
            ctx.group = previous[-1].label
            previous[-1].group = ctx.group
        _group(found, ctx)
        if found:
            counts = [f for f in found if f.unit not in {"%", "rank", "percentage points"}]
            ctx = _Context(counts[-1].unit if counts else ctx.unit, ctx.source, ctx.as_of, ctx.group)
            previous = found
        figures += found
    # "revenue fell to 130.1m" on a page of pence: its pounds; "144.10 MT" on a page of million tonnes: those
    return million_tonne_marks(with_lost_signs(figures))


def sentence_figures(text: str, published: dt.date | None = None) -> list[Figure]:
    """The figures of one text read apart from any other (a headline, a standfirst)."""
    return _figures_of(Sentence(text, -1, -1, None), _Context(), published)
