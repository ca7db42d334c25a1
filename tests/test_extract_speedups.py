"""What the extractor's speed-ups must not change: caches that could leak, and fast paths that must agree.

No timings here (the speed is measured by benchmarks/extract_eval.py).  Each cache the extractor keeps
is a function of its text alone: a second article in the same process, or the first one again, must
get its own answers.  Each fast path (a name looked up in cues found once per text, a trie for a long
list of names, a scan skipped where it cannot match) must agree with the pattern it replaces.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract import textcache
from briefkit.extract.captions import _CREDIT_END, _without_credit, is_caption
from briefkit.extract.countrycues import alternation
from briefkit.extract.dates import parse_date
from briefkit.extract.dump import dump_brief
from briefkit.extract.keypoints import bag, said_before
from briefkit.extract.nametrie import trie_pattern
from briefkit.extract.orgs_en import _named_as_person, is_person
from briefkit.extract.places import _persons_name
from briefkit.extract.regions import english_regions

_FIRST = """Water bills to rise in Kent

Southern Water will raise bills by 8 percent from April, the company said on Monday.
Margaret Russell, 64, a retired teacher from Ashford, said the rise was hard to bear.
Russell said she would write to Ofwat, the water regulator, about the increase.
Gov. Eliot Spitzer visited New Jersey and Virginia on Tuesday.
"""

_SECOND = """Train fares to rise in Yorkshire

Northern Trains will raise fares by 5 percent from March, the operator said on Friday.
Russell Street station in Leeds will close for three weeks while the platforms are rebuilt.
Russell said the closure would cost local shops about £40,000 a week.
Spitzer Energy said it would bid for the station's new solar roof in Texas.
"""


def _draft(tmp_path: Path, text: str, name: str) -> str:
    brief, warnings = extracted(tmp_path, text, name)
    return dump_brief(brief, Path(name)) + "\n".join(warnings)


def test_a_second_article_gets_its_own_answers(tmp_path: Path) -> None:
    """Extracting another article in between, with the same names in other roles, leaves a draft as it was."""
    textcache.clear()
    alone = _draft(tmp_path, _FIRST, "first.txt")
    _draft(tmp_path, _SECOND, "second.txt")
    assert _draft(tmp_path, _FIRST, "first.txt") == alone
    textcache.clear()
    assert _draft(tmp_path, _FIRST, "first.txt") == alone  # and the same from cold caches


def test_person_cues_belong_to_their_text() -> None:
    """"Russell, 64," makes Russell a person in the first text only; "Gov. Eliot Spitzer" likewise."""
    assert is_person("Russell", _FIRST)
    assert not is_person("Russell", _SECOND)
    assert is_person("Spitzer", _FIRST)
    assert not is_person("Spitzer", _SECOND)
    assert is_person("Russell", _FIRST)  # asked again after the other text


@pytest.mark.parametrize(("name", "text"), [
    ("Harris", "A.J. Harris said the plan would fail."), ("Harris", "Harris said the plan would fail."),
    ("Harris", "The firm, Harris Kamala said, would fail."), ("Lula", "President Lula spoke on Monday."),
    ("Lula", "McLula said so."), ("Tyler", "according to Tyler, the author"), ("Tyler", "Anne Tyler wrote it."),
    ("Tyler", "Anne Tyler lives in Tyler Park."), ("Tyler", "The Tyler County board met."),
    ("Tyler", "Tyler said it would."), ("Yu", "Yu Jianhua, head of the customs, said so. According to Yu, it rose."),
    ("Mothepo", "Mr  Piet Mothepo farms there."), ("Smith", "Mrs. Smith, 42, said."), ("Smith", "ProfSmith"),
])
def test_person_cues_agree_with_the_patterns_they_replace(name: str, text: str) -> None:
    """The look-ups give what the per-name patterns gave (kept here as the reference)."""
    escaped = re.escape(name)
    titled = re.search(r"\b(?:Gov|Dr|Mr|Mrs|Ms|Sen|Rep|Prof)\.?\s+(?:[A-Z]\w+\s+)?" + escaped + r"\b", text)
    aged = re.search(escaped + r",\s*\d{1,3},", text)
    role = re.search(escaped + r"\s+[A-Z][a-z]+,\s+(?:the\s+)?(?:head|chief)\b", text)
    assert is_person(name, text) == bool(aged or role or titled)
    named = (re.search(r"(?:\b[A-Z][a-z]+|\b[A-Z]\.(?:[A-Z]\.)?)\s+(?:[A-Z]\.\s+)?" + escaped + r"\b", text)
             or re.search(r"\b" + escaped + r"\s+[A-Z][a-z]+(?:,|\s+(?:said|says|told))", text)
             or re.search(r"\b(?:President|Minister)\s+" + escaped + r"\b", text))
    assert _named_as_person(name, text) == bool(named)
    first = r"\b(?!(?:The|In|At|From|To|Of|And|For|With|By|On)\s)(?:[A-Z][a-z]+|[A-Z]\.)\s+"
    persons = bool(re.search(first + escaped + r"\b(?!\s+(?:County|City|Council))", text)
                   and not re.search(r"\b(?:in|at|from|near|of|to|outside)\s+" + escaped + r"\s+[A-Z]", text)) \
        or bool(re.search(r"\b" + escaped + r"\s+(?:said|says|told|added)\b", text))
    assert _persons_name(name, text) == persons


def test_regions_belong_to_their_text() -> None:
    assert [r for _, _, r in english_regions(_FIRST, [])] == ["New Jersey", "Virginia"]
    assert [r for _, _, r in english_regions(_SECOND, [])] == ["Texas"]
    # a lower-case name still takes its span ("west Virginia" is no West Virginia, and no Virginia either)
    assert english_regions("Farms in west Virginia and Ohio.", []) == [(27, 31, "Ohio")]


def test_a_bag_handed_out_cannot_change_the_cache() -> None:
    first = bag("The council will raise bills by 8 percent in April.")
    first.add("extra")
    assert "extra" not in bag("The council will raise bills by 8 percent in April.")
    assert said_before("The council will raise bills by 8 percent in April.", [first])


def test_a_dates_cache_answers_per_line() -> None:
    assert parse_date("Published March 5, 2021").value == "2021-03-05"  # type: ignore[union-attr]
    assert parse_date("Published March 6, 2021").value == "2021-03-06"  # type: ignore[union-attr]
    assert parse_date("Published in spring") is None


@pytest.mark.parametrize("names", [
    ["New York", "New York City", "York", "Newark", "New", "Yorkshire"],
    ["Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea", "Niger", "Nigeria"],
    ["U.S.", "US", "USA", "U.K.", "UK", "中国", "中国香港", "香港"],
])
def test_a_trie_matches_what_the_sorted_list_matches(names: list[str]) -> None:
    """The longest name that the context allows, at every position, as the list sorted longest first."""
    text = " ".join(f"{n} {n}-based {n}s x{n} ({n}) {n}City {n}-Bissau" for n in names) + " 中国香港人 香港"
    listed = alternation({n: n for n in names})
    latin = sorted((n for n in names if n.isascii()), key=len, reverse=True)
    cjk = sorted((n for n in names if not n.isascii()), key=len, reverse=True)
    reference = re.compile("|".join(
        ([r"(?<![\w-])(?:" + "|".join(map(re.escape, latin))
          + r")(?!\w|-(?!(?:based|born|owned|listed|registered|headquartered)\b))"] if latin else [])
        + [re.escape(n) for n in cjk]))
    assert [m.span() for m in listed.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_a_case_blind_trie_keeps_each_name_under_one_branch() -> None:
    """With ``re.IGNORECASE`` the branches are keyed by the lower-case letter: "new york" and "New York City"
    share a path, so the longer is tried first whatever the case."""
    body = trie_pattern(["new york", "New York City"], key=str.lower)
    assert re.compile(body, re.IGNORECASE).match("NEW YORK CITY").group(0) == "NEW YORK CITY"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "Crowds gather in the square. (AP Photo/Jeff Chiu)", "A man walks home. REUTERS/Lisa Marie David",
    "Fans wait outside, 9 February 2022Reuters", "A view of the bay. Photo: Leon Neal", "中新社记者 易海菲 摄",
    "The market (Xinhua/Li Ming).", "The rise was steep, the bank said.", "A PİCTURE: the bay at dawn",
    "An ımage: the bay at dawn", "Prices rose 4 percent in the year to March",
])
def test_the_credit_scan_is_skipped_only_where_no_credit_can_be(text: str) -> None:
    assert _without_credit(text) == _CREDIT_END.sub("", text)
    assert is_caption(text) == is_caption(text + " ")  # the cached and uncached paths agree
