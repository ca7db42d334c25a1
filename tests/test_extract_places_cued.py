"""Places of any country found where the sentence says a place is meant, and Chinese places as news writes them.

Small articles in the shapes local pages use (a page that never names its own country), run end to end
through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _places(tmp_path: Path, text: str, title: str = "Council raises water levies") -> list[str]:
    return [p.name for p in drafted(tmp_path, f"{title}\n\n{text}\n").places]


@pytest.mark.parametrize(("text", "present"), [
    # a region of a country the page never names, after a preposition opening the sentence
    ("In Tasman, elected members from the two councils voted against the levy on Tuesday.\n\n"
     "The levy would cost ratepayers $315,000 a year.", ["Tasman"]),
    # after "across" in the sentence
    ("Flooding across Sabah has closed 40 schools, officials said on Monday.", ["Sabah"]),
    # a region's officer, then a person's name
    ("Kirinyaga Senator James Murango asked the minister to raise the payment to Sh21 per kilo.", ["Kirinyaga"]),
    # two compass points as a statistics office names a region; England's "East of England"
    ("Prices rose 4.1% in London and 3.2% in the South East, while the East of England saw a 2.5% rise.",
     ["London", "South East", "East of England"]),
    # a town the sentence goes on to say something happens in
    ("The largest annual growth was Wellingborough, where prices increased by 15.3 per cent.", ["Wellingborough"]),
    # a place's officer before it: a town too small for the lists
    ("Councillor Mary Byrne was elected the Mayor of Knockbeg at the meeting on Friday.", ["Knockbeg"]),
    # a city taken with its suburbs: no person's name
    ("Metropolitan Calgary was the top contributor to the January rise, with prices up 1.3 per cent.", ["Calgary"]),
])
def test_cued_places_of_any_country(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _places(tmp_path, text)
    assert all(p in found for p in present), found


def test_a_city_brings_its_countrys_regions(tmp_path: Path) -> None:
    # the page never names Malaysia, but Kota Kinabalu is a Malaysian city: Sabah and Selangor are its regions
    text = "Flooding in Kota Kinabalu on Monday closed 40 schools. Sabah officials said Selangor sent 12 boats."
    found = _places(tmp_path, text)
    assert all(p in found for p in ("Kota Kinabalu", "Sabah", "Selangor")), found
    # without a city of that country, a region standing alone is not read (it could be anyone's word)
    assert "Sabah" not in _places(tmp_path, "Sabah officials said 40 schools closed on Monday.")


@pytest.mark.parametrize(("text", "absent"), [
    # a longer name that opens with the compass points is not the region
    ("Exports to South East Asia rose 12% in the first half, the ministry said.", ["South East"]),
    # a word the article also writes in lower case is a word there
    ("Sales in Normal rose 3% this year, above the normal pace, the mayor said.", ["Normal"]),
    # "In Brief," opening a sentence names nothing
    ("In Brief, the council raised rates by 4% on Tuesday.", ["Brief"]),
    # two months joined by a hyphen are a span of time
    ("The grain grew well thanks to the rains in May-June, the ministry said.", ["May-June"]),
    # a heading in title case: its capitals say nothing of a town's name (Date is a Japanese town)
    ("Building the Movement: A Look at Our Work to Date\n\nThe fund has granted $12 million so far.", ["Date"]),
])
def test_cues_name_no_place_where_a_word_is_meant(tmp_path: Path, text: str, absent: list[str]) -> None:
    found = _places(tmp_path, text)
    assert not any(a in found for a in absent), found


def test_chinese_places_inside_book_titles_count(tmp_path: Path) -> None:
    # a province or city named in a document's title (《…》) is a place in Chinese gold; a country inside a
    # publication's title is not read there
    text = "根据《四川省机关公文处理办法》要求,我州今年共精简文件30%。阿坝州各县要抓好落实。"
    places = _places(tmp_path, text, title="精简文件通知")
    assert "Sichuan" in places and "Aba" in places, places


def test_a_traditional_page_names_countries_as_a_simplified_one(tmp_path: Path) -> None:
    text = "3月訪日外國遊客達到250萬人,其中韓國遊客為48.84萬人,同比增加30.6%。"
    places = _places(tmp_path, text, title="訪日遊客增加")
    assert "South Korea" in places, places


def test_a_dateline_with_a_colon_is_where_the_story_was_filed(tmp_path: Path) -> None:
    text = "Kathmandu: The central bank on Monday kept its policy rate at 6.5 per cent, citing 4.8% inflation."
    assert "Kathmandu" not in _places(tmp_path, text, title="Central bank holds rate")


def test_a_national_capital_standing_alone_is_a_place(tmp_path: Path) -> None:
    text = "The central bank kept its rate at 9%. Bishkek has asked lenders to cut fees by 2% this year."
    assert "Bishkek" in _places(tmp_path, text, title="Central bank holds rate")


def test_a_dateline_after_a_date_stamp_is_where_the_story_was_filed(tmp_path: Path) -> None:
    text = (" date 2025-01-29 New Delhi, Jan 29 (AGENCY) The cabinet approved a mission worth Rs 16,300 crore.\n\n"
            "The mission will set up 100 plants, the minister said.")
    assert "New Delhi" not in _places(tmp_path, text, title="Cabinet approves mission")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a development zone or a venue named after its county: the county is the place
    ("青岛莱西经济开发区今年引进项目12个,总投资100亿元。", ["Laixi"], ["China"]),
    # a state-level new area is a place of its own, named as a reader writes it
    ("武汉长江新区今年计划投资300亿元,建设项目50个。", ["Wuhan", "Changjiang New Area"], ["Changjiang"]),
    # a city in English letters as a reader writes them, without geonames' diacritics
    ("乌鲁木齐市今年新增就业岗位5万个,同比增长8%。", ["Urumqi"], ["Ürümqi"]),
])
def test_chinese_zones_new_areas_and_cities(
        tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _places(tmp_path, text, title="园区建设加快")
    assert all(p in places for p in present), places
    assert not any(a in places for a in absent), places


def test_towns_joined_by_dashes_name_one_area(tmp_path: Path) -> None:
    # a metropolitan area named by its towns joined with en dashes is one place, not its first town
    text = "Prices fell 0.3 per cent in the Kitchener–Cambridge–Waterloo region for the second month."
    found = _places(tmp_path, text, title="New house prices fall")
    assert "Kitchener–Cambridge–Waterloo" in found and "Kitchener" not in found, found
