"""Chinese places no town or province list holds: named economic regions, state-level new areas and autonomous
prefectures; and a people's name (朝鲜族, 蒙古族) that holds a country's name without naming the country.

Small made-up articles in the shapes Chinese news pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _places(tmp_path: Path, text: str) -> list[str]:
    return [p.name for p in drafted(tmp_path, f"经济运行情况通报\n\n{text}\n").places]


@pytest.mark.parametrize(("text", "present"), [
    ("长三角、珠三角和京津冀地区的经济总量占全国的40%以上。",
     ["Yangtze River Delta", "Pearl River Delta", "Beijing-Tianjin-Hebei"]),
    ("粤港澳大湾区今年引进项目120个，总投资超过800亿元。", ["Greater Bay Area"]),
    # jieba splits 雄安 and tags 天府 as no place; the new areas are named all the same
    ("在雄安新区和天府新区，一批重点项目集中开工，总投资超过500亿元。", ["Xiong'an New Area", "Tianfu New Area"]),
    # an autonomous prefecture by the stem before its peoples' names, as a county without its suffix
    ("延边朝鲜族自治州和恩施土家族苗族自治州的旅游收入分别增长15%和12%。", ["Yanbian", "Enshi"]),
])
def test_chinese_areas_no_list_holds(tmp_path: Path, text: str, present: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places


def test_a_peoples_name_names_no_country(tmp_path: Path) -> None:
    places = _places(tmp_path, "牧区的蒙古族群众和朝鲜族群众收入增长8%，全年增收2000元。")
    assert "Mongolia" not in places and "North Korea" not in places, places
