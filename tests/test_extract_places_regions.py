"""Places beyond a country list: provinces and states, towns the sentence names as places, and what is no place.

Small articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _places(tmp_path: Path, text: str, title: str = "Drought hits farms") -> list[str]:
    return [p.name for p in drafted(tmp_path, f"{title}\n\n{text}\n").places]


@pytest.mark.parametrize(("text", "present"), [
    # provinces of a country whose regions count wherever they are named, spelt as the article spells them
    ("The North West, Free State, KwaZulu-Natal and Northern Cape are hardest hit by the drought this year.",
     ["North West", "Free State", "KwaZulu-Natal", "Northern Cape"]),
    ("Quebec registered strong figures in April, and Alberta’s employment rate rose by 21,000 jobs.",
     ["Quebec", "Alberta"]),
    # a country the article names brings its own regions (under their ISO names): Saarland with Germany
    ("Germany will pay the subsidy, and the plant, which Saarland backs, will employ 2,000 people next year.",
     ["Germany", "Saarland"]),
])
def test_regions_are_places(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _places(tmp_path, text)
    assert all(p in found for p in present), found


@pytest.mark.parametrize(("text", "present"), [
    ("Piet Mothepo farms between Koppies and Sasolburg, where the maize crop has failed this season.",
     ["Koppies", "Sasolburg"]),
    ("Nippon Paint will acquire Tennessee-based AOC for $2.3 billion, the company said on Monday.",
     ["Tennessee"]),
    ("The company bought a US-based chemicals formulator for $2.3 billion, it said on Monday.",
     ["United States"]),
    ("Miles City resident Mary Dunphy opposed the increase at the hearing on Tuesday evening.",
     ["Miles City"]),
    ("The port of Vigo handled 782,000 tonnes of fish last year, up 4% on the year before.", ["Vigo"]),
    ("FEMA has awarded $2,315,164 to the city of Aurora, Ohio, for a flood risk reduction project.",
     ["Aurora", "Ohio"]),
    ("Houston officials said the flood reached downtown Houston, and the storm moved on to suburban Chicago.",
     ["Houston", "Chicago"]),
    ("The fighting in northern Ethiopia displaced thousands of people, Akron police said on Monday.",
     ["Ethiopia", "Akron"]),
    ("The utility serves 341,000 customers in Fairfield and New Haven Counties, including Bridgeport and "
     "New Haven.", ["Fairfield County", "New Haven County", "Bridgeport", "New Haven"]),
])
def test_towns_the_sentence_names_as_places(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _places(tmp_path, text)
    assert all(p in found for p in present), found


@pytest.mark.parametrize(("text", "absent"), [
    # a dateline's city is where the story was filed
    ("Durban - Drought is devastating food production, with farmers saying the maize crop is down by half.",
     ["Durban"]),
    ("BEIJING, March 20 (Xinhua) -- China's foreign trade has got off to a good start this year, officials said.",
     ["Beijing", "BEIJING"]),
    # a continent, a month, a town that is part of a body's name, a town that is a person's surname
    ("Exports from Asia are forecast to grow 3.4% this year, and imports in March rose 2%.", ["Asia", "March"]),
    ("The ratepayers filed suit in Delaware Chancery Court to enforce the deal, lawyers said on Friday.",
     ["Delaware"]),
    ("The broadcasting watchdog will examine whether Sunrise Radio misled its audience, a spokesman said.",
     ["Sunrise"]),
    ("Anne Tyler said the rates had doubled, according to Tyler, who runs the shop on the corner.", ["Tyler"]),
])
def test_what_is_no_place(tmp_path: Path, text: str, absent: list[str]) -> None:
    found = _places(tmp_path, text)
    assert not any(a in found for a in absent), found


def test_chinese_provinces_and_city_stems_under_english_names(tmp_path: Path) -> None:
    found = _places(tmp_path, "24日,在杭州举行的湖北浙江经贸洽谈会上,新洲区签下7个项目,投资总额达146.5亿元。"
                    "国家新乡经济技术开发区授牌仪式在新乡举行。", title="洽谈会七项目 总额达146.5亿元")
    assert {"Hangzhou", "Hubei", "Zhejiang", "Xinxiang"} <= set(found), found


def test_a_city_inside_a_chinese_company_name_is_a_place(tmp_path: Path) -> None:
    """Chinese gold lists a place inside any body's name, a company's as well (the company is of that city)."""
    found = _places(tmp_path, "当天签约的项目为:成都南辉实业股份有限公司计划投资17.48亿元建设物流园项目。",
                    title="三个项目签约")
    assert "Chengdu" in found, found


def test_a_county_is_named_with_its_word(tmp_path: Path) -> None:
    found = _places(tmp_path, "Gregg County recorded its 14th death on Monday, the Orange County Register said.")
    assert "Gregg County" in found and "Orange County" not in found, found


def test_a_chinese_country_name_inside_a_transliterated_name_is_a_person(tmp_path: Path) -> None:
    found = _places(tmp_path, "曼联CEO查德-阿诺德在近日和部分球迷直接会面,表示球队的转会预算为2亿英镑。",
                    title="曼联预算")
    assert "Chad" not in found, found


def test_a_country_that_is_a_surname_after_a_first_name_is_no_place(tmp_path: Path) -> None:
    found = _places(tmp_path, "Michael Jordan said he loved Chicago, where he played for 13 seasons.")
    assert "Jordan" not in found and "Chicago" in found, found


@pytest.mark.parametrize(("text", "present"), [
    # a region ISO writes in the country's language, under its English name, where the country is named by its
    # adjective only
    ("Heavy rain flooded towns across Bavaria, the German weather service said, and 3,000 people left home.",
     ["Bavaria"]),
    ("Wildfires in Catalonia burned 2,000 hectares, Spanish firefighters said.", ["Catalonia"]),
    # ISO's "Mimaropa (Region IV-B)", "Asturias, Principado de": the name without ISO's additions
    ("Prices in the Philippines rose 3.1%, with Mimaropa posting the fastest rise.", ["Mimaropa"]),
    ("Coal mines in Asturias will close by 2027, Spain's government said.", ["Asturias"]),
])
def test_a_region_under_its_english_name(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _places(tmp_path, text)
    assert all(p in found for p in present), found


def test_chinese_autonomous_regions_under_their_english_names(tmp_path: Path) -> None:
    found = _places(tmp_path, "西藏、内蒙古和宁夏的光伏装机容量分别增长12%、8%和15%。", title="西部新能源装机增长")
    assert {"Tibet", "Inner Mongolia", "Ningxia"} <= set(found), found
    assert "Mongolia" not in found, found


def test_a_traditional_page_is_read_in_simplified_characters_too(tmp_path: Path) -> None:
    found = _places(tmp_path, "懷化市人民政府辦公室發布通知,今年全市投入資金12億元。澳門特別行政區亦派員參加。",
                    title="懷化市發布通知")
    assert "Huaihua" in found, found
    assert "Macao" not in found or "Macau" not in found, found


def test_an_administrative_region_named_as_one_is_a_place(tmp_path: Path) -> None:
    page = ("Prices ease\n\nAcross regions, Region 4 recorded the lowest inflation at 1.1%, while the Upland Capital "
            "Region registered the highest at 4.9%. Prices fell 0.3% in the Ashby–Corran–Dale region as well. "
            "“We expect a slowdown,” said TREA Region 5 Regional Administrator Tom Vale.\n")
    places = [p.name for p in drafted(tmp_path, page).places]
    assert "Region 4" in places and "Upland Capital Region" in places and "Ashby–Corran–Dale" in places, places
    assert "Region 5" not in places, places
