"""Credits that name a story's source in forms many sites share, through real extraction: a wire's name before the
carrying site's staff ("NAVA/RDG Staff"), a whole line in brackets crediting the story ("[Source – Ridgewayblad]"),
an outlet known by its initials on the page's date line ("RDGB News, 3rd March 2024") — and the near forms that
name no source: a picture's credit before a slash, a dateline's town in capitals on a date line.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_extract_sources_s29 import BODY, TITLE, source_of

from briefkit.extract.datelinesource import source_on_date_line
from briefkit.extract.outletcands import bracketed_source, letters_paper


def test_a_wire_before_the_sites_staff_is_thesource_of(tmp_path: Path) -> None:
    text = f"{TITLE}  • 2024-03-03\n  • NAVA/RDG Staff\n\n{BODY}"
    assert source_of(tmp_path, text) == "NAVA"


def test_a_pictures_credit_before_a_slash_is_no_wire(tmp_path: Path) -> None:
    text = f"{TITLE}  • 2024-03-03\n  • Photo/RDG Staff\n\n{BODY}"
    assert source_of(tmp_path, text) != "Photo"


@pytest.mark.parametrize("line", ["[Source – Ridgewayblad]", "(Source: Ridgewayblad)", "[Source - Ridgewayblad]"])
def test_a_bracketed_source_line_after_the_story_names_it(tmp_path: Path, line: str) -> None:
    assert bracketed_source(line) == "Ridgewayblad"
    assert source_of(tmp_path, f"{TITLE}{BODY}\n{line}\n") == "Ridgewayblad"


@pytest.mark.parametrize("line", ["Source: Ridgewayblad", "[Photo: Ridgewayblad]",
                                  "(Source: the bank's own data) and more"])
def test_a_line_that_is_no_bracketed_source(line: str) -> None:
    assert bracketed_source(line) is None


def test_an_outlets_initials_and_news_word_on_the_date_line_name_it(tmp_path: Path) -> None:
    assert source_on_date_line("RDGB News, 3rd March 2024") == "RDGB News"
    assert source_of(tmp_path, f"Friday, March 3, 2024\n\nRDGB News, 3rd March 2024\n\n{BODY}") == "RDGB News"


def test_a_towns_capitals_on_a_date_line_name_no_outlet() -> None:
    assert source_on_date_line("RIDGEWAY, 3rd March 2024") is None


ZH_BODY = ("湖滨市统计局日前发布数据显示,上半年全市生产总值同比增长百分之五点二,增速比一季度加快零点三个百分点。\n\n"
           "分产业看,第一产业增加值同比增长百分之三点一,第二产业增加值同比增长百分之五点八。\n\n"
           "统计局有关负责人表示,下半年全市经济有望保持稳中向好的态势。\n")


def test_a_magazines_reporter_credit_and_issue_note_name_it(tmp_path: Path) -> None:
    text = f"湖滨经济半年报出炉\n\n湖滨周刊记者:张小明\n\n发于2025.8.11总第99期《湖滨周刊》杂志\n\n{ZH_BODY}"
    assert source_of(tmp_path, text) == "湖滨周刊"


def test_a_breadcrumbs_first_step_is_a_masthead_candidate() -> None:
    from briefkit.extract.outletcands import _zh_lines
    names = [c.name for c in _zh_lines(["您現(xiàn)在的位置:湖濱網(wǎng)>新聞中心>國內新聞"], "head")]
    assert names == ["湖濱網"]


LETTER = ("Re: the new parking fees downtown\n\n"
          "I was disappointed to read that the council plans to double the parking fees on Main Street this spring.\n\n"
          "Small shops already struggle to bring people downtown, and higher fees will only send them to the mall.\n\n"
          "Jane Doe, Ridgeway\n\n")


def test_a_letters_pages_furniture_names_its_paper(tmp_path: Path) -> None:
    policy = ("The Ridgeway Clarion welcomes letters, which are limited to 250 words and must include the writer's "
              "name and phone number.\n")
    assert source_of(tmp_path, LETTER + policy) == "The Ridgeway Clarion"


def test_a_person_welcoming_letters_names_no_paper(tmp_path: Path) -> None:
    assert letters_paper("Jane Doe welcomes letters from readers on the parking plan.") is None


def test_a_writers_credit_from_an_outlet_offers_it_as_a_candidate() -> None:
    from briefkit.extract.outletcands import credit_lines
    names = [c.name for c in credit_lines(["Jane Doe from the Ridgeway News-Reporter"], "tail")]
    assert names == ["Ridgeway News-Reporter"]
    assert not credit_lines(["Jane Doe from the Ministry of Health"], "tail")
