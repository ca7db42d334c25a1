"""Organisations and places by kinds of miss seen at stop 28 (issue 12): bodies no shape finds, roles'
units taken for bodies, Chinese bodies with their level or joined remits, and the headline's places.

Small made-up articles in the shapes news pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _found(tmp_path: Path, text: str, title: str = "Rates news of the week") -> tuple[list[str], list[str]]:
    brief = drafted(tmp_path, f"{title}\n\n{text}\n")
    return [o.name for o in brief.organisations], [p.name for p in brief.places]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # well-known agencies by their acronym alone, in a letter's list
    ("I also remember when OSHA and EPA were supposed to be the death of small firms in this town. They were "
     "not, and the wage rise will not be either.", ["OSHA", "EPA"], []),
    # a broadcaster's call sign, with or without its channel; a word in a shouted headline is none
    ("KXQT 9 reported the vote on Monday. The station WRBN obtained the figures through a records request. "
     "WALL STREET WEEK returns tonight.", ["KXQT 9", "WRBN"], ["WALL"]),
    # legislatures named in their own language
    ("The bill was passed by the Lok Sabha on Tuesday after a long debate. In Dublin, the Dáil will vote on "
     "the budget next week.", ["Lok Sabha", "Dáil"], []),
    # a company named with its legal form after a comma, whatever its name's shape
    ("Halvex Software said it had agreed to buy QORTIX, Inc. and Brandt & Mole, Inc. for 40 million dollars "
     "in cash.", ["QORTIX, Inc", "Brandt & Mole, Inc"], []),
])
def test_bodies_no_shape_finds(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    names = _found(tmp_path, text)[0]
    assert all(n in names for n in present), names
    assert not any(n.startswith(a) for n in names for a in absent), names


def test_the_council_said_is_no_surname(tmp_path: Path) -> None:
    """A body's short name after "the" ("the Council said") is not a surname that makes the full name a
    person's."""
    text = ("The Monetary Council raised the base rate to 3.4 percent at its meeting on Tuesday. The Council "
            "said inflation risks remained high, and the Council said it would act again if needed.")
    assert "Monetary Council" in _found(tmp_path, text)[0]


def test_a_roles_unit_is_no_body(tmp_path: Path) -> None:
    """"Head of Policy and Campaigns at the X Foundation": the foundation is the body, the unit is not."""
    text = ("Maria Olsen, Head of Policy and Campaigns at the Brightwater Giving Foundation, said the budget "
            "let charities down. Tom Ade, Head of Banking and Finance Department, Kessel State University, said "
            "rates would rise by 50 basis points.")
    names = _found(tmp_path, text)[0]
    assert "Brightwater Giving Foundation" in names and "Kessel State University" in names, names
    assert not any(n.startswith(("Policy", "Head of", "Banking")) for n in names), names


def test_acronym_spelling_the_whole_name_keeps_it_whole(tmp_path: Path) -> None:
    """"National Economic and Social Development Council (NESDC)": one body, not two split at "and", and the
    acronym used later is the same body."""
    text = ("The Office of the National Economic and Social Development Council (NESDC) said growth slowed to "
            "1.5 percent. The NESDC expects exports to recover next year.")
    names = _found(tmp_path, text)[0]
    assert "Office of the National Economic and Social Development Council" in names, names
    assert "NESDC" not in names and "Social Development Council" not in names, names


def test_the_headlines_places(tmp_path: Path) -> None:
    """A city the headline names is a place the article is about, though the body names it no more."""
    text = ("The city council voted on Tuesday to spend 2 million dollars on new bus routes. Officials said "
            "the routes would open in the spring.")
    assert "Winnipeg" in _found(tmp_path, text, title="Council to spend $2 million on new bus routes in Winnipeg")[1]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a county's party committee and government as a pair, without the county's name
    ("2023年,全县地区生产总值增长5.2%。在县委、县政府的坚强领导下,全县经济稳中向好。", ["县委", "县政府"], []),
    # a body with its level written before it, and remits joined by 和 inside one name (two bodies joined by 和
    # stay two)
    ("县交通局要加强春运管理。国家发展和改革委员会6日发布通知,要求各地做好保供稳价。天府新区党工委和管委会联合发布"
     "通知,对企业给予100万元补助。",
     ["县交通局", "国家发展和改革委员会"], ["改革委员会", "交通局", "天府新区党工委和管委会"]),
    # a legislature by its own name
    ("財政司司長今日向立法會提交預算案,預計赤字為1000億元。", ["立法會"], []),
])
def test_chinese_bodies(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    names = _found(tmp_path, text, title="统计公报发布")[0]
    assert all(n in names for n in present), names
    assert not any(n in names for n in absent), names


def test_counties_in_a_counted_list(tmp_path: Path) -> None:
    """"A、B、C3县": names listed and then counted as counties are counties, under their pinyin names."""
    text = "2023年,全市松溪、政和、光泽3县分别获得中央补助资金1.2亿元,带动农户增收。"
    found = _found(tmp_path, text, title="三县获得补助")[1]
    assert {"Songxi", "Zhenghe", "Guangze"} <= set(found), found


def test_a_role_opening_a_name_leaves_the_body(tmp_path: Path) -> None:
    """"General Manager of Marlow Funding Service": the service is the body, the role is the person's."""
    text = ("Kevin Hart, General Manager of Marlow Funding Service, said the budget gave the sector 40 million "
            "dollars more than last year.")
    names = _found(tmp_path, text)[0]
    assert "Marlow Funding Service" in names and not any(n.startswith("General Manager") for n in names), names


def test_a_programme_is_no_body(tmp_path: Path) -> None:
    """A programme a body runs is no organisation; the United Nations' own programmes are bodies."""
    text = ("The budget gives N102 billion to the Subsidy Reinvestment and Empowerment Programme, the finance "
            "ministry said. The World Food Programme said it would need 40 percent more money.")
    names = _found(tmp_path, text)[0]
    assert "World Food Programme" in names, names
    assert not any("Empowerment" in n for n in names), names


def test_a_titled_person_who_acts_is_no_body(tmp_path: Path) -> None:
    """"represented President Goodwin Ekpo said": a person's title before two capitalised words that act."""
    text = ("The Minister of Finance, who represented President Goodwin Ekpo said it comprises N2.6 trillion "
            "for recurrent spending. Tarnwell Holdings said profits rose 4 percent.")
    names = _found(tmp_path, text)[0]
    assert "Tarnwell Holdings" in names and "Goodwin Ekpo" not in names, names


def test_a_town_closed_by_a_spaced_dash(tmp_path: Path) -> None:
    """"the council's meeting in Kaitangi – on the eve of the holiday": a spaced dash closes the town's name as
    a comma does."""
    text = ("Councillors voted at the council's meeting in Kaitangi – on the eve of the holiday – to raise water "
            "rates by 9 percent from July.")
    assert "Kaitangi" in _found(tmp_path, text)[1]


def test_outlets_a_person_writes_for_or_speaks_to(tmp_path: Path) -> None:
    """"writing for The Comet", "in an interview on Radio Valmont": outlets with no institutional word; "in an
    interview on Monday" names none."""
    text = ("The health service is broken, the minister said, writing for The Comet. In an interview on Radio "
            "Valmont, the farm minister said 30 percent of farms were in debt. In an interview on Monday, he "
            "said more.")
    names = _found(tmp_path, text)[0]
    assert "The Comet" in names and "Radio Valmont" in names and "Monday" not in names, names


def test_a_country_owning_a_body_is_a_place_not_part_of_the_name(tmp_path: Path) -> None:
    """"head of France’s Young Growers’ Association": the body is the association, France the country."""
    text = ("Damien Roux, head of France’s Young Growers’ Association, said 12 demonstrators were arrested on "
            "Tuesday.")
    names, places = _found(tmp_path, text)
    assert "Young Growers’ Association" in names and "France" in places, (names, places)


def test_a_power_station_is_no_body(tmp_path: Path) -> None:
    """"the Kendal Power Station": a plant is a facility, as an airport is; the utility that runs it is the body."""
    text = "Two units at the Kendal Power Station broke down on Monday, Volta Grid said, cutting 1,200 megawatts."
    names = _found(tmp_path, text)[0]
    assert not any(n.startswith("Kendal") for n in names), names
