"""Page-level cues of the line labeller: where a line stands against the story's lede, what it shares with it,
whether the page prints it twice, and how it is cased."""

from __future__ import annotations

from briefkit.extract.linecues import source_in
from briefkit.extract.linefeatures import line_features, sequence_features
from briefkit.extract.linepage import lede_index, page_cues

LEDE = ("The harbour board of Westport approved a new dredging plan on Tuesday, saying deeper berths would let "
        "larger container ships call at the port from next spring.")
SECOND = ("Board members voted six to one for the plan after a long debate about its cost, which the port will "
          "meet from its reserves and a loan from the regional bank.")
BLURB = ("Westport Daily is the independent voice of the western coast, bringing you news, sport and opinion "
         "from every town and village since nineteen hundred and five.")


def _page() -> tuple[list[str], list[str]]:
    lines = [BLURB, "Harbour board approves dredging plan | Westport Daily", "Home", "Sport",
             "Harbour board approves dredging plan", "12 March 2024", LEDE, SECOND, "Cinema reopens on Main Street"]
    kinds = ["block", "head", "heading", "heading", "heading", "block", "block", "block", "heading"]
    return lines, kinds


def _terms(line: str) -> set[str]:
    return {w.lower() for w in line.split() if len(w) >= 4}


def test_the_lede_is_where_the_story_runs_on_not_a_lone_blurb() -> None:
    lines, kinds = _page()
    assert lede_index(lines, kinds) == 6
    assert lede_index(lines[:1], kinds[:1]) == 0  # a lone long block is still the lede when nothing else is
    assert lede_index(["Home", "Sport"], ["heading", "heading"]) is None


def test_a_headline_stands_over_the_lede_and_shares_its_words_while_a_teaser_under_it_does_not() -> None:
    lines, kinds = _page()
    cues = page_cues(lines, kinds, [_terms(line) for line in lines])
    headline, teaser = cues[4], cues[8]
    assert "lede=over1" in headline  # two lines over it (one over it is "over0") and "lede=under" in teaser
    shared = [c for c in headline if c.startswith("lede_share=")]
    assert shared and shared[0] > next(c for c in teaser if c.startswith("lede_share="))


def test_a_headline_printed_again_in_a_title_and_site_line_is_marked_as_a_repeat() -> None:
    lines, kinds = _page()
    cues = page_cues(lines, kinds, [_terms(line) for line in lines])
    assert "repeat=inside" in cues[4] and "repeat=holds" in cues[1]
    assert not any(c.startswith("repeat=") for c in cues[2])  # "Home": too short for its repeat to say anything


def test_the_page_cues_reach_the_labellers_items() -> None:
    lines, kinds = _page()
    items = sequence_features(lines, kinds)
    assert "lede=at" in items[6] and "repeat=inside" in items[4]


def test_case_shape_tells_title_case_from_sentence_case_and_small_letters() -> None:
    assert line_features("Harbour Board Approves Dredging Plan")["case"] == "title"
    assert line_features("Harbour board approves dredging plan")["case"] == "sentence"
    assert line_features("read more about harbour plans")["case"] == "lower"


def test_a_source_read_from_a_dateline_keeps_no_dash() -> None:
    assert source_in("KUALA LUMPUR, Aug 18 (Bernama) -- Rates in the region are steady") == "Bernama"
