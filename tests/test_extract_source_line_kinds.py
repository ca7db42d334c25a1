"""Kinds of place a page names its outlet in, read whatever the site: a stamp line whose date opens on a weekday, a
station's name with its frequency, a byline parting writer and outlet with a bar, a logo's text run into the
headline, a dateline holding its agency's initials, initials closing the story on a line of their own, a site's
disclaimer naming the body that owns it; and spans that name no outlet: a breadcrumb to a writer's page, a desk's
word alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import page_article

from briefkit.extract.outletfeatures import page_features
from briefkit.extract.outletforms import further
from briefkit.extract.outletmentions import mentions
from briefkit.extract.outletnames import nameless
from briefkit.extract.sourcedecide import plausible

STORY = ("The council voted on Tuesday to extend the water restrictions for another month, citing low reservoirs.\n\n"
         "The mayor said the restrictions would be reviewed at the end of March, when the rains are due.\n\n"
         "Residents have been asked to water gardens only on weekends, and to report leaks to the utility.\n")


def _found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(c.name, c.cue) for c in further(page_article(tmp_path, text))]


@pytest.mark.parametrize(("head", "outlet", "cue"), [
    ("Ridgeway Ledger - Tue, 14/03/2023 - 09:40", "Ridgeway Ledger", "stamped"),
    ("Wave 96.3  |  18 August 2020", "Wave 96.3", "stamped"),
    ("By Tamsin Orwell-Baptiste | The Ridgeway Clarion", "The Ridgeway Clarion", "writer"),
    ("Logo of Harbour Gazette newspaper Harbour Gazette - Water restrictions extended", "Harbour Gazette", "logo"),
])
def test_a_head_line_naming_the_outlet_gives_it_as_a_candidate(tmp_path: Path, head: str, outlet: str,
                                                               cue: str) -> None:
    text = "Water restrictions extended\n\n" + head + "\n\n" + STORY
    assert (outlet, cue) in _found(tmp_path, text)


def test_a_stations_name_with_its_frequency_is_no_persons(tmp_path: Path) -> None:
    text = "Water restrictions extended\n\nWave 96.3 | 18 August 2020\n\n" + STORY
    features = dict(page_features(page_article(tmp_path, text), None, "", None))
    assert features["Wave 96.3"].get("given_name", 0.0) == 0.0
    assert "shape_person" not in features["Wave 96.3"]


def test_a_datelines_agency_initials_between_town_and_date_are_a_candidate(tmp_path: Path) -> None:
    text = "Water restrictions extended\n\nLakeport, LKNA, March 14, 2023\n\n" + STORY
    assert ("LKNA", "dateline") in _found(tmp_path, text)
    # a town's state in capitals is where, not who
    text = "Water restrictions extended\n\nColumbia, SC, March 14, 2023\n\n" + STORY
    assert not [name for name, cue in _found(tmp_path, text) if cue == "dateline"]


@pytest.mark.parametrize(("closing", "initials"), [("LKN", "LKN"), ("(LKNA)", "LKNA")])
def test_initials_on_a_line_of_their_own_after_the_story_are_a_sign_off(tmp_path: Path, closing: str,
                                                                        initials: str) -> None:
    text = "Water restrictions extended\n\n" + STORY + "\n" + closing + "\n\n#LakeportDaily\n"
    assert (initials, "initials") in _found(tmp_path, text)


@pytest.mark.parametrize("closing", ["JD", "SOUR", "END"])
def test_a_writers_initials_a_cut_label_or_an_end_mark_are_no_sign_off(tmp_path: Path, closing: str) -> None:
    text = "Water restrictions extended\n\n" + STORY + "\n" + closing + "\n"
    assert not [name for name, cue in _found(tmp_path, text) if cue == "initials"]


@pytest.mark.parametrize("notice", [
    "Any person who relies on this page does so at their own risk. Lakeport Council is not responsible for any "
    "damage that may result.",
    "A number of pages on the Lakeport Council's website have been translated into French.",
])
def test_a_sites_disclaimer_names_the_body_that_owns_it(tmp_path: Path, notice: str) -> None:
    text = "Water restrictions extended\n\n" + STORY + "\n" + notice + "\n"
    assert ("Lakeport Council", "disclaimer") in [(c.name, c.cue) for c in mentions(page_article(tmp_path, text))]


@pytest.mark.parametrize("span", ["Home Authors Author", "Newsroom", "Home Contributors Writers"])
def test_a_breadcrumb_or_a_desks_word_alone_names_no_outlet(span: str) -> None:
    assert nameless(span)
    assert plausible(span) is None


@pytest.mark.parametrize("span", ["Lakeport Newsroom", "Authors Guild Review"])
def test_a_name_holding_a_desks_word_is_still_a_name(span: str) -> None:
    assert not nameless(span)
