"""The speed-ups of the regex guard, the new text caches and the line features: the same answers, sooner.

A guarded pattern (:func:`briefkit.extract.regexguard.guarded`) must find exactly what the pattern alone
finds, spans and groups alike, whatever letters ``re.IGNORECASE`` makes equal ("ſ" to "s", the Kelvin sign
to "k"); a pattern whose first character cannot be bounded is handed back untouched.  The caches added
(boilerplate, sign-offs, link texts, provenance's folding, absolute dates) must answer per text.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import briefkit.extract
from briefkit.extract import boilerplate, dates, linefeatures, sentenceends, textcache
from briefkit.extract.provenance import normalise
from briefkit.extract.regexguard import guarded
from briefkit.extract.teasers import link_text

_TEXTS = [
    "Special statement: this article is reproduced for reference only.",
    "ſpecial ſtatement and a DİSCLAIMER, then a Kelvin-sign \u212aeep free access note.",
    "记者 刘超",
    "  （记者 王小明 李四）",
    "The council said on Monday it would raise rates by 3 percent in March last year.",
    "Share this story on Facebook. Follow us on X. Contact us at news@example.com.",
    "… the economy grew 2.1 percent. — Bernama",
    "The fares rose 4 percent.Patrick Doyle / THE CANADIAN PRESS",
    "This report was first published by the Guardian. Reuters contributed reporting to this story.",
    "请关注我们的微信公众号，订阅我们的 WhatsApp Channel。",
    "Please note this does not constitute financial advice. Our journalism depends on you.",
    "Updated: 10:42 a.m. ET | Posted by staff reporter | Herald Tribune News",
    "Chapter two ", "one in five adults, a third of them, two-thirds of the rest", "See page 4 and section 12.",
    "1 USD = 7.2 yuan; the dollar bought 150 yen", "[Name of author] [insert date]", "",
    "In 2019 and 2020-21, from January to March of last year, since the end of 2008.",
    "Residents of Lismore and Ballina, the Tigray region, Miles City residents; Aurora, Ohio; Salem, OR, 97301.",
    "Officials in Kent said. In Tasman, the Mayor of Cobh met Metro Manila's mayor in Washington, D.C. on Jan 3.",
    "\u0130stanbul, \u0131zmir and Kelvin \u212a: letters case-blind matching treats as i, s or k.",
]
_GUARDED = [pattern for module in pkgutil.iter_modules(briefkit.extract.__path__)
            for pattern in vars(importlib.import_module(f"briefkit.extract.{module.name}")).values()
            if isinstance(pattern, re.Pattern) and str(pattern.pattern).startswith(("(?=[", "(?:(?=["))]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _original(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, without the guard's lookahead in front."""
    body = re.sub(r"\A\(\?(?::\(\?=\[.*?\]\)\|\\A\)|=\[.*?\]\))\(\?:", "", pattern.pattern, count=1, flags=re.S)
    return re.compile(body[:-1].removesuffix("\n"), pattern.flags)


@pytest.mark.parametrize("pattern", _GUARDED, ids=lambda p: p.pattern[:40])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    """Each pattern the extractor guards (found in its modules) matches the same spans and groups as it did
    unguarded."""
    original = _original(pattern)
    assert guarded(original).pattern == pattern.pattern
    for text in _TEXTS + [t.upper() for t in _TEXTS] + [" ".join(_TEXTS)]:
        assert _found(pattern, text) == _found(original, text)
        assert pattern.sub("#", text) == original.sub("#", text)


@pytest.mark.parametrize(("source", "flags"), [
    (r"special|(?<![\w-])keep|\bsubscribers?\b", re.IGNORECASE), (r"^\s*记者|(?:copy|disclaim)\w+", re.IGNORECASE),
    (r"(?i)s(?P<rest>\w+)", 0), (r"(?:x|y)?(?:zz|k)+", 0), (r"^abc|def", re.MULTILINE), (r"\Aab|[cd]e", 0),
    ("a # a comment\n| b # another", re.VERBOSE), (r"(?=i)\w{2}|[\d-]x", re.IGNORECASE),
])
def test_a_guard_keeps_case_blind_letters_anchors_and_flags(source: str, flags: int) -> None:
    """Letters that ignore-case equates ("ſ" with "s", "\u212a" with "k", "İ" with "i"), anchors, inline flags
    and a verbose pattern's comments: the guarded pattern agrees everywhere."""
    pattern = re.compile(source, flags)
    quick = guarded(pattern)
    assert quick is not pattern
    texts = [*_TEXTS, "ſpecial \u212aeep SUBSCRIBER", "ab\nabc\ndef", "sſ\u212ak\u0130i\u0131", "a b #", "-x 7x II"]
    for text in texts:
        assert _found(quick, text) == _found(pattern, text)


@pytest.mark.parametrize("source", [r".foo", r"[^a]b", r"a*", r"(a)?\1b", r"(?i:a)b", r"(?:a|)", r"\bx?"])
def test_a_pattern_that_may_start_anywhere_is_left_alone(source: str) -> None:
    """Any character, a negated class, a back-reference, a flag switched inside, an empty match: unguarded."""
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_the_bucket_is_the_first_edge_the_value_falls_under() -> None:
    """The bisected bucket is the index of the first edge at or over the value, as the scan of edges gave."""
    for edges in ((0.0, 0.3, 0.6, 0.9), (1, 2, 4, 8, 14, 24, 40), (0, 1), (0.0, 0.5)):
        for value in (-1, 0, 0.0, 0.2, 0.3, 0.31, 0.9, 1, 3, 4, 40, 41, 100.5):
            expected = str(next((i for i, edge in enumerate(edges) if value <= edge), len(edges)))
            assert linefeatures._bucket(value, edges) == expected


def test_the_new_text_caches_answer_per_text() -> None:
    """Asked of two texts in turn, and again after the caches are emptied, each answer stays its text's."""
    first, second = "Share this on Facebook. The rate rose.", "The rate rose 2 percent in May 2024. — Bernama"
    for _ in range(2):
        assert boilerplate.is_boilerplate(first) and not boilerplate.is_boilerplate(second)
        assert sentenceends.without_signoff(second) == "The rate rose 2 percent in May 2024."
        assert sentenceends.without_signoff(first) == first
        assert normalise("“A”\u00a0 ‘b’\n") == "\"A\" 'b'" and normalise(second) == second
        assert link_text("Read the latest on the rate rise") and not link_text("The rate rose 2 percent in May.")
        assert [d.value for d in dates._absolute(second)] == ["2024-05"] and dates._absolute(first) == ()
        textcache.clear()
