"""Places (issue 12, stop 25 kinds): a country as the article names it, a region by its three-letter code,
Chinese places inside bodies' names (the Chinese gold's convention) and Chinese counties and districts that no
place list holds.

Small made-up articles in the shapes news pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _places(tmp_path: Path, text: str, title: str = "Markets in brief") -> list[str]:
    return [p.name for p in drafted(tmp_path, f"{title}\n\n{text}\n").places]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an abbreviation yields to the name written out in full anywhere in the article
    ("Exports to the US rose 5%, and the US took 12% of the total. Trade with the United States grew 8% "
     "in all.", ["United States"], ["US"]),
    ("Steel output in the UK fell 9% as the United Kingdom imported 2 million tonnes, the UK said.",
     ["United Kingdom"], ["UK"]),
])
def test_a_country_is_listed_under_the_name_the_article_writes(
        tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places
    assert not any(a in places for a in absent), places


@pytest.mark.parametrize(("text", "present"), [
    ("Households that had their power cut off in NSW last year were mostly in paid work, a survey of 800 "
     "found.", ["NSW"]),
    ("Growers in Australia expect a 12% smaller crop, with QLD hit hardest by the dry spring.", ["QLD"]),
])
def test_a_region_named_by_its_code_is_a_place(tmp_path: Path, text: str, present: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places


def test_a_three_letter_acronym_in_a_heading_is_no_region(tmp_path: Path) -> None:
    places = _places(tmp_path, "ACT NOW ON FEES\n\nThe council will act on fees, raising them 3% from July.")
    assert "ACT" not in places, places


def test_chinese_places_inside_bodies_names_are_listed(tmp_path: Path) -> None:
    text = ("湖北省人民政府8月16日发布通知，要求全省各地做好防汛工作。通知指出，今年以来降雨量比常年偏多30%。"
            "北京市气象局表示，未来一周仍有降雨。")
    places = _places(tmp_path, text, title="湖北部署防汛工作")
    assert "Hubei" in places and "Beijing" in places, places


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a county, a county-level city and districts, named in pinyin with the place-name readings (长葛, 朝阳)
    ("汉阴县今年新建茶园3000亩，全县茶叶产值增长12%。", ["Hanyin"], []),
    ("长葛市和朝阳区的企业今年共投资5亿元，其中长葛市占六成。", ["Changge", "Chaoyang"], ["Zhangge", "Zhaoyang"]),
    # 都 is du in place names; a syllable opening on a vowel is marked off (吉安 Ji'an)
    ("于都县和都昌县今年新建冷库3座，吉安县新增脐橙2万亩。", ["Yudu", "Duchang", "Ji'an"],
     ["Yudou", "Douchang", "Jian"]),
    # a kind of area is no district: 新区, 地区, 大湾区
    ("该地区今年引进项目20个，大湾区城市群的新区建设加快。", [], ["Gai", "Dawan", "Xin"]),
])
def test_chinese_counties_and_districts_are_places(
        tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _places(tmp_path, text, title="县域经济持续增长")
    assert all(p in places for p in present), places
    assert not any(a in places for a in absent), places


def test_a_photo_caption_names_no_place(tmp_path: Path) -> None:
    text = ("Hiring slowed in October, with employers adding 150,000 jobs, the Labor Department said.\n\n"
            "A worker stacks boxes at a warehouse in Reno, Nevada, on Oct. 3, 2023. (AP Photo/Jane Doe)\n\n"
            "Wages in Chicago rose 4.1% from a year earlier, economists said.")
    places = _places(tmp_path, text, title="Hiring slows")
    assert "Chicago" in places, places
    assert "Reno" not in places and "Nevada" not in places, places


@pytest.mark.parametrize(("text", "present"), [
    ("Wheat prices rose 4% after Australia cut its forecast. Separately, Canberra said it would review the "
     "export licence of a grain trader.", ["Australia", "Canberra"]),
    ("Japan and South Korea traded tariffs after Tokyo imposed curbs on chemicals and Seoul retaliated with "
     "its own list.", ["Tokyo", "Seoul"]),
])
def test_a_capital_acting_for_its_government_is_a_place(tmp_path: Path, text: str, present: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places


def test_a_capitals_name_given_to_a_person_is_no_place(tmp_path: Path) -> None:
    places = _places(tmp_path, "Coach Andre Lima named his squad on Monday. Lima said three players were injured.")
    assert "Lima" not in places, places


def test_a_country_after_a_given_name_is_a_surname(tmp_path: Path) -> None:
    places = _places(tmp_path, "Prime Minister Luís Montenegro said the government would release 40 million euros "
                               "for farmers in Portugal.")
    assert "Montenegro" not in places and "Portugal" in places, places


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a town the speakers are from is no surname that speaks
    ("Farmers near Tregarth said the drought had cut yields by 20%.", ["Tregarth"], []),
    # "Residents of" opens a sentence as well; towns no list holds, joined by "and"
    ("Residents of Kelsworth and Marbury were told to leave as 300mm of rain fell.", ["Kelsworth", "Marbury"], []),
    # a city after "the" in a list of places, but not a small town's name inside a body's
    ("Up to 300mm could fall between Yamba and the Gold Coast, said a fellow at the Brookings Institution.",
     ["Gold Coast"], ["Brookings"]),
])
def test_towns_the_sentence_places(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places
    assert not any(a in places for a in absent), places
