"""The shapes of an outlet's name in a candidate's span (a dateline or a counter run into it, a date or a menu holding
no name at all) and the forms in which a story's own sentences and captions name its outlet, read as candidates for
the learned source scorer."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import page_article

from briefkit.extract.outletfeatures import page_features
from briefkit.extract.outletmentions import mentions
from briefkit.extract.outletnames import nameless, trimmed
from briefkit.extract.outletscore import usable
from briefkit.extract.sourcedecide import plausible

STORY = ("The council voted on Tuesday to extend the water restrictions for another month, citing low reservoirs.\n\n"
         "The mayor said the restrictions would be reviewed at the end of March, when the rains are due.\n\n"
         "Residents have been asked to water gardens only on weekends, and to report leaks to the utility.\n")


@pytest.mark.parametrize(("span", "name"), [
    ("Ridgeway. March 4. Lakeview Post", "Lakeview Post"),
    ("RIDGEWAY, Mar. 4, 2021 - Lakeview Post", "Lakeview Post"),
    ("湖滨网阅读量:1234", "湖滨网"),
    ("Lakeview Post Views: 120", "Lakeview Post"),
    ("KLVW 7", "KLVW 7"),
    ("Lakeview24", "Lakeview24"),
    ("Business Report", "Business Report"),
])
def test_a_dateline_or_counter_run_into_a_name_is_taken_off(span: str, name: str) -> None:
    assert trimmed(span) == name


@pytest.mark.parametrize(("span", "empty"), [
    ("Tuesday 9 March 2021", True),
    ("An", True),
    ("Broadcasting", True),
    ("Older Entries Newer Entries", True),
    ("Previous Story Next Story", True),
    ("Home Politics Sports Business", True),
    ("The Sun", False),
    ("Business Report", False),
    ("Lakeview Daily News", False),
    ("Channel 9 News", False),
])
def test_a_date_or_a_menu_run_holds_no_outlet(span: str, empty: bool) -> None:
    assert nameless(span) is empty
    assert usable(span) is not empty


def test_a_rule_pick_with_a_counter_gives_the_name_and_a_date_gives_none() -> None:
    assert plausible("湖滨网点击:88") == "湖滨网"
    assert plausible("Tuesday 9 March 2021") is None


def _cues(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(c.name, c.cue) for c in mentions(page_article(tmp_path, text))]


@pytest.mark.parametrize(("text", "outlet", "cue"), [
    ("Council extends water limits\n\nThe council voted on Tuesday. Ridgeway Ledger has confirmed that the limits "
     "stay until March.\n\n" + STORY, "Ridgeway Ledger", "newsroom"),
    ("Council extends water limits\n\nThe council voted on Tuesday. Ridgeway TODAY has confirmed that the limits "
     "stay.\n\n" + STORY, "Ridgeway TODAY", "newsroom"),
    ("Council extends water limits\n\nThe council voted on Tuesday. When Ridgeway Ledger contacted the mayor, she "
     "said the limits stay.\n\n" + STORY, "Ridgeway Ledger", "newsroom"),
    ("Council extends water limits\n\n" + STORY + "\nThe limits stay until March, Tarnland Press Agency reports.\n",
     "Tarnland Press Agency", "clause"),
    ("Council extends water limits\n\nRidgeway, March 2, 2021 (TPA/Valley Beacon) The council voted on Tuesday to "
     "extend the limits.\n\n" + STORY, "TPA", "slashfirst"),
    ("Council extends water limits\n\nBy Maria Ostrova – Valley Beacon:\n\n" + STORY, "Valley Beacon", "writer"),
    ("Council extends water limits\n\n" + STORY + "\nThe articles above do not necessarily represent the opinion of "
     "Valley Beacon or its members.\n", "Valley Beacon", "disclaimer"),
    ("Council extends water limits\n\n" + STORY + "\nValley Beacon is the valley's oldest independent newspaper.\n",
     "Valley Beacon", "about"),
    ("湖滨限水延长\n\n" + "湖滨市议会周二投票决定将限水措施再延长一个月。\n\n" * 3
     + "湖滨报(HBB)是湖滨历史最悠久的报纸。\n", "湖滨报", "about"),
    ("Council extends water limits\n\nThe council has extended the limits, learns Ridgeway Ledger from sources in the "
     "council.\n\n" + STORY, "Ridgeway Ledger", "learns"),
])
def test_a_story_naming_its_outlet_in_a_newsroom_form_gives_a_candidate(tmp_path: Path, text: str, outlet: str,
                                                                        cue: str) -> None:
    assert (outlet, cue) in _cues(tmp_path, text)


def test_a_wire_opening_the_headline_gives_a_candidate_and_a_speaker_does_not(tmp_path: Path) -> None:
    assert ("AFP", "titletag") in _cues(tmp_path, "AFP: Lakeland, coal and inflation\n\n" + STORY)
    assert not [c for c in _cues(tmp_path, "Mayor: the limits stay\n\n" + STORY) if c[1] == "titletag"]


def test_a_speakers_clause_and_a_pronoun_give_no_candidate(tmp_path: Path) -> None:
    text = ("Council extends water limits\n\n" + STORY + "\nThe limits stay until March, Maria Ostrova said. "
            "He has confirmed the date. Senator Maria Ostrova has confirmed it. Residents share the views of the "
            "Governor.\n")
    assert _cues(tmp_path, text) == []


def test_two_outlets_credited_together_are_weighed_one_by_one(tmp_path: Path) -> None:
    text = "Council extends water limits\n\n" + STORY + "\nThis is reported by Ridgeway Ledger and TRV online.\n"
    names = [name for name, _ in page_features(page_article(tmp_path, text), None, "", None)]
    assert "Ridgeway Ledger" in names and "TRV" in names


def test_a_place_is_marked_for_the_scorer_and_a_stock_image_library_is_no_outlet(tmp_path: Path) -> None:
    text = ("Council extends water limits\n\n" + STORY + "\nWales saw prices rise, Ridgeway Ledger reported.\n\n"
            "© Shutterstock\n")
    feats = dict(page_features(page_article(tmp_path, text), None, "", None))
    assert feats["Wales"]["place"] == 1.0 and feats["Ridgeway Ledger"]["place"] == 0.0
    assert "Shutterstock" not in feats and not usable("Getty Images")
