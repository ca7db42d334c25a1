"""Organisation and place kinds the j49- study batch missed or found wrongly, in English and Chinese."""

from __future__ import annotations

from briefkit.extract.body import Sentence
from briefkit.extract.entities import find_entities
from briefkit.extract.entities_zh import chinese_organisations
from briefkit.extract.places import find_places


def _orgs(text: str, language: str = "en") -> list[str]:
    sentences = [Sentence(text=line, index=i, paragraph=i, heading=None) for i, line in enumerate(text.split("\n"))]
    return [o.name for o in find_entities(sentences, language)[0]]


def _places(text: str, language: str = "en") -> list[str]:
    return [p.name for p in find_places(text, language)]


def test_a_kinds_members_in_apposition_are_bodies() -> None:
    found = _orgs("The following are match reports from 3 of the 4 Coastal Cup teams, UBC, TWU and UVic. "
                  "The only report missing is another side's.")
    assert {"UBC", "TWU", "UVic"} <= set(found)
    assert _orgs("The rules apply to teams, players and coaches alike.") == []


def test_a_venue_is_no_body() -> None:
    found = _orgs("A sunny afternoon set the stage for a bout at Gerald McGavin UBC Rugby Centre.\n"
                  "The chief minister spoke at the City Convention Centre on Monday.")
    assert found == []
    found = _orgs("The Public Interest Advocacy Centre said the rules were unfair.")
    assert found == ["Public Interest Advocacy Centre"]


def test_a_fuel_defined_by_its_acronym_is_no_body() -> None:
    found = _orgs("High-Speed Diesel (HSD) is sold at the same price of Rs247.43, the Oil and Gas Regulatory "
                  "Authority (OGRA) said.")
    assert "High-Speed Diesel" not in found and "Oil and Gas Regulatory Authority" in found


def test_a_towns_hospital_reporting_is_no_body_named_for_the_town() -> None:
    found = _orgs("On July 29, three dengue positive cases were reported by Phuntsholing hospital to the ministry.")
    assert "Phuntsholing" not in found


def test_a_planet_is_no_place() -> None:
    assert _places("TOI-1136, a dwarf star located more than 270 light years from Earth, is host to six planets.") == []
    assert _places("The rover's mission to Mars was delayed.") == []


def test_a_citys_former_name_is_the_city() -> None:
    assert _places("Does knowing how many mynahs live in Bangalore city arouse our interest?") == ["Bangalore"]


def test_a_french_towns_hyphenated_name_with_its_province() -> None:
    assert _places("The Kiena mine complex in Val-d’Or, Que. In June, the company released results.") == [
        "Val-d’Or", "Quebec"]


def test_a_district_written_after_its_city_is_a_place() -> None:
    assert "Longhai" in _places("日前,漳州市龙海区市场监管局积极组织执法力量。", "zh")
    assert "Longhai" in _places("漳州市龍海區(qū)市場監(jiān)管局", "zh")  # a converter's pinyin after each character
    assert "Shuangtaizi" in _places("【盘锦•双台子区:累计改造老旧小区6个】", "zh")
    assert "Dangchang" in _places("日前,在甘肃省陇南市宕昌县官亭镇付家村", "zh")


def test_an_old_town_quarter_or_a_zone_after_a_city_is_no_district() -> None:
    found = _places("双台子区是盘锦市的主城区、老城区。上海市嘉定工业区叶城路。内蒙古自治区行政区域内公共数据。", "zh")
    assert "Laocheng" not in found and "Gongye" not in found and "Xingzheng" not in found


def test_a_bureaus_short_remit_jieba_cuts_into_characters() -> None:
    assert chinese_organisations("阜新市住建局启动建设阜新市2023年老旧小区改造。") == ["阜新市住建局"]
    assert chinese_organisations("市卫健委、市财政局负责") == ["市卫健委", "市财政局"]
    assert chinese_organisations("他住建筑工地。") == []
