"""Organisations whose kind the unseen-page calibration (``benchmarks/org_calibration.py``) found mostly spurious."""

from __future__ import annotations

from briefkit.extract.body import Sentence
from briefkit.extract.entities import find_entities
from briefkit.extract.orgs_en import english_shapes
from briefkit.extract.orgsame import without_repeats


def _orgs(text: str) -> list[str]:
    sentences = [Sentence(text=line, index=i, paragraph=i, heading=None) for i, line in enumerate(text.split("\n"))]
    return [o.name for o in find_entities(sentences)[0]]


def test_a_weak_word_name_cut_short_is_dropped() -> None:
    """"The Australian Financial Review", "Winter Energy Payment": the name runs on past its weak word."""
    found = english_shapes("Welcome to The Australian Financial Review blog. The Winter Energy Payment rises.")
    assert "The Australian Financial" not in found and "Winter Energy" not in found


def test_a_weak_word_name_before_an_office_or_after_a_head_stays() -> None:
    """"Thames Water Chief Executive …" names the company; "Ministry of Health Speed up …" a ministry."""
    found = english_shapes("Thames Water Chief Executive Sarah Bentley said. Ministry of Health Speed up jabs.")
    assert "Thames Water" in found and any(n.startswith("Ministry of Health") for n in found)


def test_a_remit_before_the_ministry_is_the_ministry_of_it() -> None:
    assert without_repeats(["Ministry of Finance", "General Hospital", "Finance Ministry"]) == [
        "Ministry of Finance", "General Hospital"]
    assert without_repeats(["Health Ministry", "Ministry of Finance"]) == ["Health Ministry", "Ministry of Finance"]


def test_a_place_with_a_body_word_is_no_body() -> None:
    found = _orgs("Thirteen states and the District of Columbia have high unemployment, the Labor Department said.")
    assert "District of Columbia" not in found and "Labor Department" in found


def test_a_countrys_mission_abroad_is_a_body() -> None:
    """"the Indian Consulate in Herat", "the US Embassy": a diplomatic mission, named by its kind's word."""
    found = english_shapes("The attack today on the Indian Consulate in Herat Province. The US Embassy said.")
    assert "Indian Consulate" in found and "US Embassy" in found
