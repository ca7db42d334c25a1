"""Places as the article writes them: a country under the article's own name ("Kyrgyz Republic", "Viet Nam"),
a formal state name under its short one, a Chinese page's country under the name English news uses, and a
region inside a country's longer name, which is the country's.

Small made-up articles in the shapes news pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _places(tmp_path: Path, text: str, title: str = "Markets in brief") -> list[str]:
    return [p.name for p in drafted(tmp_path, f"{title}\n\n{text}\n").places]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development lenders name members by their own short forms, and a reader lists them so
    ("The lender approved grants for the Kyrgyz Republic, the Slovak Republic and The Gambia on Monday, "
     "worth $40 million in all.", ["Kyrgyz Republic", "Slovak Republic", "The Gambia"],
     ["Kyrgyzstan", "Slovakia", "Gambia"]),
    ("The bank said Viet Nam would receive $25 million, and Viet Nam's government welcomed the loan.",
     ["Viet Nam"], ["Vietnam"]),
    ("Aid to the Democratic Republic of Congo rose 12% this year, the agency said.",
     ["Democratic Republic of Congo"], ["Democratic Republic of the Congo"]),
    # a formal state name is listed under the short name
    ("Oil exports from the Islamic Republic of Iran fell 8% in May, traders said.", ["Iran"], []),
])
def test_a_country_is_listed_as_the_article_names_it(
        tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places
    assert not any(a in places for a in absent), places


def test_a_region_inside_a_countrys_name_is_no_place_of_its_own(tmp_path: Path) -> None:
    places = _places(tmp_path, "Grants went to Sao Tome and Principe and to Trinidad and Tobago, the fund said, "
                               "each receiving $5 million.")
    assert "Sao Tome and Principe" in places and "Trinidad and Tobago" in places, places
    assert "Principe" not in places and "Tobago" not in places, places


def test_a_chinese_page_names_countries_as_english_news_does(tmp_path: Path) -> None:
    places = _places(tmp_path, "今年前五个月，我国对俄罗斯出口增长20%，对巴勒斯坦援助增加。",
                     title="前五个月对外贸易情况")
    assert "Russia" in places and "Palestine" in places, places
    assert "Russian Federation" not in places, places


@pytest.mark.parametrize(("text", "present"), [
    # the kind of place in the plural, after the list or before it, says each name is one (no list needs to hold
    # it, nor the country to be named)
    ("The project prioritises the Lowa, Brekka, Sundal-Vik, and Tornby regional states, which host many displaced "
     "people.", ["Lowa", "Brekka", "Sundal-Vik", "Tornby"]),
    ("Heavy rain hit the provinces of Ha Tinh, Nghe An and Quang Binh last week, officials said.",
     ["Ha Tinh", "Nghe An", "Quang Binh"]),
    # a list a preposition of place opens goes on after its first region
    ("The governor met officials from Tatarstan and Bashkortostan on Friday to discuss the 4% rise.",
     ["Tatarstan", "Bashkortostan"]),
    # a city named as one is no person's surname when it "said" nothing ("the city of Basra said" is the city)
    ("Traders in the southern city of Basra said fuel was scarce and prices rose 9%.", ["Basra"]),
])
def test_places_a_list_or_a_kind_word_names(tmp_path: Path, text: str, present: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places


def test_a_plural_kind_word_after_common_words_names_no_place(tmp_path: Path) -> None:
    places = _places(tmp_path, "Member states of the union and the sales regions of the firm grew 3%, and "
                               "the northern and southern provinces reported gains.")
    assert places == [], places


@pytest.mark.parametrize(("text", "present"), [
    # a state named with its kind stays a place where the organisation finder takes it for the state's government
    ("The governor of Kaduna State said 30 schools had reopened, while Kano State closed 12.",
     ["Kaduna State", "Kano State"]),
    # a word of place opening the story is no dateline ("DURBAN -" is one, "Dhaka-based" none)
    ("Dhaka-based exporters said orders from abroad fell 15% in the quarter.", ["Dhaka"]),
    # a city of a million people written without its accents is the city all the same
    ("Sales in Bogota and Montreal rose 4%, and Sao Paulo stores grew 2%.", ["Bogota", "Montreal", "Sao Paulo"]),
])
def test_places_other_finders_or_spellings_hid(tmp_path: Path, text: str, present: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a place and what it is, side by side, in either order
    ("Abeokuta, the Ogun State capital, saw food prices rise 12% in May.", ["Abeokuta"], []),
    ("Levies rose 9%, while the country's smallest district, Tarnwick, would pay $22,925.", ["Tarnwick"], []),
    ("Oslo-listed Equinor said output rose 3% in the quarter.", ["Oslo"], []),
    # a kind word that opens a longer title or role names no place
    ("Smith, the city manager, said the budget would rise 4%, and John Brown, a village elder, agreed.", [],
     ["Smith", "John Brown"]),
])
def test_a_place_beside_what_it_is(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _places(tmp_path, text)
    assert all(p in places for p in present), places
    assert not any(a in places for a in absent), places


def test_a_british_county_is_a_region_wherever_it_stands(tmp_path: Path) -> None:
    places = _places(tmp_path, "The food bank fed 3,906 people in that part of Wiltshire alone, and demand in "
                               "Lancashire rose 12%.")
    assert "Wiltshire" in places and "Lancashire" in places, places
