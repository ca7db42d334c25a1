"""Lengths of time: which of them are key figures, whether written in digits or in words.

One rule for "3 years" and "three years" (the corpus convention, benchmarks/articles/README.md): a length of
time is a figure when the sentence states it as a fact of its own — how long something lasts or lasted, a
term or a deadline ("a two-day strike", "for three years", "within 30 days", "in the next two months"), how long a
state has lasted ("on a rising trend for the past 10 months"), or
how far back a record reaches ("the worst drought in three decades", "the first decline in 13 months").
It is no figure when it only places another figure in time: the period a figure is counted over ("in the
first four months", "the past 12 months", "the 12 months ending in July", "1.5 million homes over the next
five years", "twelve-month inflation"), a point in time ("six months ago",
"one day after", "two years later", "five days left", "20年前"), a frequency ("every two years") or an age.
"""

from __future__ import annotations

import re

from briefkit.extract.regexguard import guarded

UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)"
# "two-day strike", "three years", "48-hour": the unit right after the number
DURATION_AFTER = guarded(re.compile(r"(?:[\s\u00a0]+|[\s\u00a0]*-[\s\u00a0]*)(?P<unit>" + UNITS + r")(?![\w-])",
                            re.IGNORECASE))
# the period another figure is counted over: "in the first four months", "the past 20 trading days", "前4个月"
# "over the next five years", "spread over seven years": the span a total is counted over ("1.5 million homes
# over the next five years"), not "for three years", a term
_COVERED_BEFORE = guarded(re.compile(
    r"(?:\b(?:first|last|past|previous|prior|latest|recent|every|each|other)\s*|前|过去|過去"
                             r"|\bover\s+the\s+(?:(?:next|coming|following)\s+)?"
                             r"|\b(?:spread|phased|staggered)\s+over\s+|\bover\s+a\s+period\s+of\s+)$",
                             re.IGNORECASE))
_COVERED_AFTER = re.compile(r"^[\s-]*(?:(?:trading|business|working|calendar|school)\s+)?" + UNITS
                            + r"(?:\s+(?:ending|ended|through|to\s+(?:the\s+end|(?-i:[A-Z][a-z]+)\b)))?"
                            r"|^\s*(?:个月|個月|季度|年|天)", re.IGNORECASE)
_COVERING = re.compile(r"^[\s-]*(?:(?:trading|business|working|calendar|school)\s+)?" + UNITS
                       # "the 12 months to July" (a month's name in capitals: "12 minutes to travel" is a length)
                       # … or to a day ("the 52 weeks to 2 March 2002": a company's reporting period)
                       + r"\s+(?:ending|ended|through|to\s+(?:the\s+end|(?-i:(?:\d{1,2}\s+)?[A-Z][a-z]+)\b))"
                       # "twelve-month CPI inflation", "three-month moving averages", "the biggest 12-month gain",
                       # "the 12-month trailing balance": the period a rate or a change is measured over (a "14-year
                       # high" is a record's reach)
                       r"|^-" + UNITS + r"\s+(?:[A-Z]{2,5}\s+)?(?:inflation|rates?|average|moving\s+averages?"
                       r"|changes?|gains?|increases?|rises?|falls?|declines?|drops?|growth|period|totals?"
                       r"|basis|window|rolling|trailing"
                       # "paid in three-month installments": how often a payment falls due, a frequency
                       r"|install?ments?)\b"
                       # "5年增量超过35万亿元", "3年累计", "两年间": the span a total is counted over ("14年來首次"
                       # is how far back a record reaches: a figure)
                       r"|^\s*(?:年|个月|個月|天)(?:间|間|累计|累計|增量|合计|合計|共计|共計)", re.IGNORECASE)
# a point in time or an age: "six months ago", "one day after", "two years on", "five days left", "ten years old"
# … and how much sooner or later than planned: "two months in advance", "a year early", "three weeks late", "two
# years ahead of schedule" (a point in time, as "可提早一年" in Chinese)
_RELATIVE_AFTER = re.compile(r"^[\s-]*" + UNITS + r"[\s-]+(?:ago|earlier|later|before|after|on\b|left|old|from\s+now"
                             r"|running|in\s+a\s+row|prior|in\s+advance|ahead|early|late|behind\s+schedule"
                             r"|sooner"
                             # … and how far into a match, a term or an event: "22 minutes in with the visitors
                             # scoring", "two years into his term" (a point in time, not a length)
                             r"|into|in(?=\s*[,.;:]|\s+(?:with|when|as|before|after)\b))\b", re.IGNORECASE)
# … and in Chinese: "20年前" (20 years ago), "3个月后" (three months later), "两天之后": a point in time
_RELATIVE_AFTER_ZH = re.compile(r"^\s*(?:年|个月|個月|天|日|周|週|星期|小时|小時)"
                                r"(?:以前|之前|以后|以後|之后|之後|前|后|後)")


# "exports cross a record 43b in 10 months", "sold 2 million tickets in six months": "in" a length of time after
# another figure is the span that figure was counted over (not "within 30 days" or "in the next two months")
# … and "£4.4billion over three years", "$11bn to Nigeria in 3 years": "over" or "across" too, and a place's name
# between (the sum is spread over the span; the span is no fact of its own)
_FIGURE_IN = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent|percent|bn|b|mn|m|k|million|billion|trillion|thousand)?"
                        r"(?:\s+(?-i:[a-z]+|[A-Z][a-z]+)){0,2}\s+(?:in|over|across)\s+(?:just\s+|only\s+)?$",
                        re.IGNORECASE)


# a bond's, a rate's or a mortgage's term names the instrument: "the 10-year yield", "the five-year LPR",
# "30-year fixed mortgage rates", "two-year Treasuries", "the 1-day repos", "1年期LPR", "5年期以上": no length of
# time of its own
_TENOR = re.compile(r"^[\s-]*(?:year|month|week|day)s?[\s-]+(?:(?:[A-Za-z]+[\s-]+){0,3}?(?:bond|note|bill|gilt|"
                    r"bund|JGB|treasur(?:y|ies)|yield|(?:loan\s+prime|swap|mortgage|deposit|lending|repo|repurchase|policy)"
                    r"[\s-]+rate|repo|LPR|MLF|breakeven|(?:fixed(?:[\s-]+rate)?[\s-]+)?mortgage)s?\b|(?:T-bill|CD)s?\b)"
                    r"|^\s*(?:年期|个月期|個月期|天期)", re.IGNORECASE)


def tenor(after: str) -> bool:
    """True when the length of time after a number is an instrument's term ("the 10-year yield")."""
    return bool(_TENOR.match(after))


# "the strike would last six weeks", "is expected to last 18 months": "last" the verb, how long something lasts (not
# "the last six weeks", the span another figure covers)
_LAST_VERB = re.compile(r"\b(?:will|would|could|can|may|might|should|must|shall|to|not|does|do|did|usually|typically"
                        r"|normally|generally|often|only)\s+last\s*$", re.IGNORECASE)


def lasting_clause(before: str) -> str | None:
    """The clause whose length the number after ``before`` gives when it ends on "last" the verb ("The strike
    would last" for "… would last six weeks"), the label of how long something lasts; else None."""
    if not _LAST_VERB.search(before):
        return None
    clause = re.split(r"[,;:()]", before)[-1].strip()
    return clause if len(clause.split()) >= 3 else None


# "stuck at $7.25 an hour for five years", "held at 5% for two years": how long a level the clause states has
# held, the span that figure holds over (the stop-30 rule), not a length of its own ("a warrant exercisable at
# $0.35 for 24 months" states the warrant's term: a state's verb must hold the level)
_LEVEL_FOR = re.compile(r"\b(?:stuck|held|kept|remained|remains|stayed|stays|frozen|unchanged|steady|stable|hovered"
                        r"|hovering|sat|sitting|lingered|been)\s+at\s+(?:[$£€¥]|[A-Z]{1,3}\$?\s?)?\d(?:[\d.,]*\d)?\s*"
                        r"(?:%|per\s?cent|percent|bn|mn|m|k|million|billion|trillion)?"
                        r"(?:\s+(?:an?|per)\s+[a-z]+)?\s+for\s+$", re.IGNORECASE)


def covered_period(before: str, after: str) -> bool:
    """True when the length of time after a number is the period another figure is counted over."""
    if _LAST_VERB.search(before):
        return bool(_COVERING.match(after))
    return bool(((_COVERED_BEFORE.search(before) or _FIGURE_IN.search(before) or _LEVEL_FOR.search(before))
                 and _COVERED_AFTER.match(after))
                or _COVERING.match(after))


# "has been on a rising trend for the past 10 months", "rates have stayed on hold for the last two years": how long
# a state has lasted, when the clause states no figure of its own before it ("growth of 0.5 per cent for the last
# 13 quarters" and a sentence opening "For the last seven days, the average …" give the span a figure covers)
_FOR_THE_PAST = re.compile(r"\bfor\s+the\s+(?:past|last)\s+$", re.IGNORECASE)
_NUMBER_IN_CLAUSE = guarded(re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million"
                               r"|billion|half|third|quarter)\b", re.IGNORECASE))


def lasted_state(before: str) -> str | None:
    """The clause of the state whose length the number after ``before`` (its sentence up to the number) gives
    ("has been on a rising trend" for "… for the past 10 months"), or None when the length is no such thing."""
    match = _FOR_THE_PAST.search(before)
    if not match:
        return None
    clause = re.split(r"[,;:()]", before[:match.start()])[-1].strip()
    return clause if len(clause.split()) >= 3 and not _NUMBER_IN_CLAUSE.search(clause) else None


def lasted(before: str) -> bool:
    """True when the length of time after ``before`` says how long a state has lasted ("has been rising for the
    past 10 months"): a length of its own, not the span a figure covers."""
    return lasted_state(before) is not None


# an age of a body or of an event the sentence celebrates: "celebrated 15 years since M-Pesa's inception",
# "commemorated seventy years", "marks 50 years since independence" (an anniversary, as "the 70th anniversary";
# "the first rise in 15 years" is how far back a record reaches and stays a figure)
_CELEBRATED = re.compile(r"\b(?:celebrat|commemorat|mark)(?:e|es|ed|ing|s)?\s+(?:its\s+|their\s+|the\s+)?$",
                         re.IGNORECASE)
_SINCE_FOUNDING = re.compile(r"^[\s-]*years?\s+(?:since|of)\s+(?:(?:its|their|the|our|his|her)\s+|[\w'’&.-]+['’]s\s+)?"
                             r"(?:[\w-]+\s+)?(?:inception|founding|foundation|launch|establishment|creation|birth"
                             r"|opening|independence|existence)\b", re.IGNORECASE)


def anniversary(before: str, after: str) -> bool:
    """True when the years after a number are the age a sentence celebrates ("celebrated 15 years since its
    inception", "commemorated seventy years"), an anniversary rather than a length of time."""
    if _CELEBRATED.search(before) and re.match(r"[\s-]*years?\b", after, re.IGNORECASE):
        return True
    # … but "has run for 20 years since its launch" says how long something has lasted: a figure
    return bool(_SINCE_FOUNDING.match(after)) and not _TERM_BEFORE.search(before)


_TERM_BEFORE = re.compile(r"\b(?:for|in|over|within|after|than)\s+(?:(?:the|nearly|almost|about|over|more|than"
                          r"|some|around|past|last|first)\s+)*$", re.IGNORECASE)


# "just over 2 weeks until the Budget", "three days to go", "a month away": the time left before an event, a point
# in time counted down to (not "closed for 2 weeks until June", how long something lasts)
# … and "just eight months out from an election", "two weeks out from polling day": the same count, as campaign
# copy writes it
_COUNTDOWN_AFTER = re.compile(r"^[\s-]*" + UNITS + r"[\s-]+(?:until|till|to\s+go|away|out\s+(?:from|before)\b)\b",
                              re.IGNORECASE)
_LASTS_BEFORE = re.compile(r"\b(?:for|within|lasting|lasted|lasts|last)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def countdown(before: str, after: str) -> bool:
    """True when the length of time after a number is the time left before an event ("just over 2 weeks until
    the Budget", "three days to go"): a point in time, no figure."""
    return bool(_COUNTDOWN_AFTER.match(after)) and not _LASTS_BEFORE.search(before)


# "载客试运营满1年后": once a full year has passed, a required length (满, "full"), not a point in time
_FULL_BEFORE_ZH = re.compile(r"(?:满|滿)\s*$")


def relative_time(after: str, before: str = "") -> bool:
    """True when the length of time after a number places something in time ("six months ago"); ``before``, the
    text before the number, keeps "满1年后" a length."""
    return bool(_RELATIVE_AFTER.match(after)
                or (_RELATIVE_AFTER_ZH.match(after) and not _FULL_BEFORE_ZH.search(before)))


def duration_figure(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit of a length of time written in words from ``start`` to ``end`` ("three years", "a two-day
    strike") and where the unit ends, when the rule above makes it a figure, else None."""
    match = DURATION_AFTER.match(text, end)
    if not match:
        return None
    before, after = text[max(0, start - 40):start], text[end:end + 60]
    if (covered_period(before, after) and not lasted(text[:start])) or relative_time(after, before) or tenor(after) \
            or anniversary(before, after) or countdown(before, after):
        return None
    unit = match["unit"].lower()
    return (unit if unit.endswith("s") else unit + "s"), match.end()
