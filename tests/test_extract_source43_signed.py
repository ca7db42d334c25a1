"""Source credits a site signs with its own brand, a writer run into a wire, a spaced Chinese dateline, pointers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract.notices import republished
from briefkit.extract.outletcredits import writer_off
from briefkit.extract.outletdatelines import dateline_source
from briefkit.extract.outletnotes import pointer_line
from briefkit.extract.outletsigned import dash_signoff, host_byline, host_lead
from conftest import HARBOUR_BODY, HARBOUR_TITLE, source_of


@pytest.mark.parametrize(("text", "source"), [
    (HARBOUR_TITLE + "By Odile Marchetti Associated Press\n\n" + HARBOUR_BODY, "Associated Press"),
    (HARBOUR_TITLE + HARBOUR_BODY + "\nBy: harbourwatch.com/Fiji\n", "harbourwatch.com"),
    (HARBOUR_TITLE + HARBOUR_BODY + "\n–Harbourwatchonline\n", "Harbourwatchonline"),
    (HARBOUR_TITLE + "HARBOURWATCH.CO, Suva – " + HARBOUR_BODY, "HARBOURWATCH.CO"),
    (HARBOUR_TITLE + HARBOUR_BODY + "\nRead the full article @ harbourwatch.com\n", "harbourwatch.com"),
    (HARBOUR_TITLE + HARBOUR_BODY + "\nThis story was originally published by the Harbour Ledger.\n", "Harbour Ledger"),
])
def test_a_page_signed_by_its_own_brand_names_it(tmp_path: Path, text: str, source: str) -> None:
    assert source_of(tmp_path, text) == source


def test_a_place_after_a_dash_signs_nothing(tmp_path: Path) -> None:
    assert source_of(tmp_path, HARBOUR_TITLE + HARBOUR_BODY + "\n- Fiji\n") is None


def test_writer_before_a_wire_leaves_the_wire() -> None:
    assert writer_off("Odile Marchetti Associated Press") == "Associated Press"
    assert writer_off("Harbour News Tribune") == "Harbour News Tribune"  # no writer's name: the outlet stays
    assert writer_off("Reuters") == "Reuters"


def test_spaced_chinese_dateline_names_the_agency() -> None:
    assert dateline_source("中新社 香港1月4日电 香港港口货运量按年上升。") == "中新社"
    assert dateline_source("中新社香港1月4日电 香港港口货运量按年上升。") == "中新社"
    assert dateline_source("本报 香港1月4日电 香港港口货运量按年上升。") is None


def test_signed_forms_read_apart() -> None:
    assert host_byline(["By: harbourwatch.com/Fiji"]) == "harbourwatch.com"
    assert host_byline(["By www.HarbourWatch.info"]) == "HarbourWatch.info"
    assert host_byline(["By Jane Doe"]) is None
    assert dash_signoff(["–Harbourwatchonline"]) == "Harbourwatchonline"
    assert dash_signoff(["--Advertisement--"]) is None
    assert dash_signoff(["– Editor"]) is None
    assert host_lead("HARBOURWATCH.CO, Suva – The board said …") == "HARBOURWATCH.CO"
    assert host_lead("SUVA, Fiji – The board said …") is None


def test_pointer_line_names_an_outlet_not_a_headline() -> None:
    pointer = "Friday May 3 Read more: Harbour Broadcasting Corporation"
    assert pointer_line([pointer]) == "Harbour Broadcasting Corporation"
    assert pointer_line(["Read more: Cargo volumes climb again"]) is None
    assert pointer_line(["Read more: Harbour Board Reports Record Cargo"]) is None
    assert pointer_line(["Read more at www.harbourwatch.com about cranes"]) is None
    assert pointer_line(["Read more: https://tinyurl.com/abc123"]) is None


def test_republished_by_address_in_lower_case() -> None:
    assert republished("This article first appeared on harbourwatch.com.") == "harbourwatch.com"
    assert republished("It first appeared in print on Monday.") is None
