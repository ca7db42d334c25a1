"""Small towns, a person's town, a place's government, "X State" regions and Chinese districts, through the
extractor on small constructed articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted

from briefkit.extract.smalltowns import small_town_names


def _places(tmp_path: Path, text: str, title: str = "Schools weigh a merger") -> list[str]:
    return [p.name for p in drafted(tmp_path, f"{title}\n\n{text}\n").places]


def test_the_small_towns_list_holds_towns_under_fifteen_thousand() -> None:
    names = small_town_names()
    assert "Port Talbot" in names and "Waldport" in names
    assert "London" not in names  # (a big city is the other list's)


@pytest.mark.parametrize(("text", "present"), [
    # a town of fewer than 15,000 people after a preposition, the name going on past the closing words
    ("The company said steel making in Port Talbot after the transition would use an electric furnace.",
     ["Port Talbot"]),
    # small towns listed together after "in"
    ("Schools in Houlton, Perham and Danforth could share one superintendent from next year.",
     ["Houlton", "Perham", "Danforth"]),
    # a district's town in brackets after its number
    ("Officials from SAD 14 (Danforth) and SAD 29 (Houlton) met for two hours last Thursday.",
     ["Danforth", "Houlton"]),
    # a person said to be of a town
    ("“We are between a rock and a hard place,” said moderator David Lyon of Perham, who chaired the meeting.",
     ["Perham"]),
    # a region's government in lower case, of a country the page never names
    ("The Sindh government announced a relief package for 40,000 farmers on Monday.", ["Sindh"]),
    # a region of a country the page never names, owning a thing
    ("Sabah's tourism sector grew 5 per cent last year, the state's figures show.", ["Sabah"]),
    # a country's named part that is no subdivision, as its statistics office reports on it
    ("Hospitals in New England reported 1,200 more cases than a year earlier.", ["New England"]),
    # a region named with "State", as Nigerian copy writes it
    ("Abeokuta, the Ogun State capital, recorded the highest food inflation of 24 per cent in March.",
     ["Ogun State"]),
])
def test_places_named_where_a_cue_stands(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _places(tmp_path, text)
    assert all(p in found for p in present), found


@pytest.mark.parametrize(("text", "absent"), [
    # a small town's name that is a body's short name on the page ("Emmaus" of "Emmaus UK")
    ("Charlotte Talbott, chief executive of Emmaus UK, said demand had doubled.\n\n"
     "“Here at Emmaus we are doing all we can,” she said.", ["Emmaus"]),
    # a news agency's credit in brackets, though a county bears its name
    ("BEIJING, March 20 (Xinhua) -- China's foreign trade rose 3.5 percent in the first two months.", ["Xinhua"]),
    # the first word of a longer name going on in a particle
    ("Mayors met at the C40 summit in Rio de Janeiro last year to agree the targets.", ["Rio"]),
    # a US state with "State" names a university's team, not a region called so
    ("Ohio State beat Michigan 30-24 on Saturday, and 100,000 fans watched.", ["Ohio State"]),
])
def test_no_place_where_the_name_is_something_else(tmp_path: Path, text: str, absent: list[str]) -> None:
    found = _places(tmp_path, text)
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a district jieba knows whole, though 湾 is also an area's kind (大湾区 is no district)
    ("在龙湾区委、区政府的坚强领导下,全区财政收入增长5.2%。粤港澳大湾区建设加快推进。", ["Longwan"], ["Dawan"]),
    # a district written straight after its city, without a suffix
    ("3月,一艘大型滚装船从广州南沙汽车口岸驶往北美,装载汽车3000辆。", ["Guangzhou", "Nansha"], []),
])
def test_chinese_districts(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    found = _places(tmp_path, text, title="财政收入增长")
    assert all(p in found for p in present) and not any(a in found for a in absent), found
