"""Organisations found by general cues (issue 12, pass 24): the title, bodies of several words that act,
legal forms and kinds of body as last words, acronyms defined in brackets, and people told apart.

Small made-up articles in the shapes news pages use, run end to end through the extractor.  Each case
names a body the extractor used to miss, and what it must still leave out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str, title: str = "Jobs news of the week") -> list[str]:
    return [o.name for o in drafted(tmp_path, f"{title}\n\n{text}\n").organisations]


@pytest.mark.parametrize(("title", "text", "present", "absent"), [
    # a sentence-case headline capitalises names only: the body it opens on is the article's subject
    ("Brightwell to cut 300 jobs as orders slow",
     "The company said on Tuesday it would close two plants in the north, and analysts expect rivals of "
     "Brightwell to follow within 6 months.", ["Brightwell"], []),
    # its first word is capitalised whatever it is: a common noun is no body's name
    ("Chipmaker to cut 300 jobs at Northvale Semiconductor",
     "The company said on Tuesday it would close two plants by 2026.", ["Northvale Semiconductor"], ["Chipmaker"]),
    # a title-case headline capitalises every word: only a name with an institutional word is sure there
    ("Harbour Energy Authority Approves New Tariff After Long Review",
     "The regulator said on Monday that bills would rise by 3% from April for most households in the area.",
     ["Harbour Energy Authority"], ["Approves New Tariff", "Long Review"]),
    # a title-case run into the headline's verb is no name, however institutional its last word
    ("Tarrow Reports Results For Marlow Water Trust",
     "Sales rose 4% in the year to August, the cooperative said.", ["Marlow Water Trust"],
     ["Tarrow Reports Results For Marlow Water Trust"]),
    # "UN agency warns": the acronym qualifies what the title is about; "City Council": a body's kind, not name
    ("UN agency warns Grainfield Trust of hunger", "Some 2 million people needed food aid this year, it said.",
     ["Grainfield Trust"], ["UN"]),
    ("City Council approves $40 million plan of Marlow Water Trust",
     "The Lakeside City Council voted 7-2 on Monday night to pass it.", ["Marlow Water Trust"], ["City Council"]),
])
def test_a_body_the_title_alone_names_is_found(tmp_path: Path, title: str, text: str, present: list[str],
                                               absent: list[str]) -> None:
    found = _organisations(tmp_path, text, title)
    assert all(p in found for p in present) and not any(a in found for a in absent), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bodies of several capitalised words with no institutional word, named by what they do; a person's name
    # acts the same way, and given names, a role before it or the surname alone later tell it
    ("Civic Rights Watch said the police had fired on the crowd. Daniela Marchetti said the deal was fair. "
     "Marchetti added that talks would resume in May.", ["Civic Rights Watch"], ["Daniela Marchetti"]),
    ("Medecins Sans Frontieres said its clinic was hit. Economist Peter Lindqvist said the rise was 2%.",
     ["Medecins Sans Frontieres"], ["Economist Peter Lindqvist", "Peter Lindqvist"]),
    ("Nordbahn Verkehr has announced 500 job cuts. Central Bureau Chairman Tom Hallett said rates would stay "
     "at 4%.", ["Nordbahn Verkehr"], ["Central Bureau Chairman Tom Hallett"]),
    # "Goldbrook Harlan raised its forecast": "its" is a body's; "EDF and Northgas Supply": two bodies
    ("Goldbrook Harlan raised its forecast for the year to 3%. Suppliers EDF and Northgas Supply announced "
     "rises of 9% this winter.", ["Goldbrook Harlan"], ["EDF and Northgas Supply"]),
    ("Keep the Rivers Clean said on Friday that it would appeal against the ruling within 30 days.",
     ["Keep the Rivers Clean"], []),
])
def test_bodies_of_several_words_that_act_are_found(tmp_path: Path, text: str, present: list[str],
                                                    absent: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(p in found for p in present) and not any(a in found for a in absent), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # legal forms and kinds of body as the last word, across countries
    ("Halvorsen Shipping ASA and Pemberton Foods Limited signed the contract, worth $20 million, on Monday.",
     ["Halvorsen Shipping ASA", "Pemberton Foods Limited"], []),
    ("Amnesty Northern International and the Riverside Football Club both objected to the 12% rise.",
     ["Amnesty Northern International", "Riverside Football Club"], []),
    # an airport is a place of work, not a body, whatever its "International"
    ("Flights at Kestrel International Airport fell 5%, the Harbour Watch said on Monday.",
     ["Harbour Watch"], ["Kestrel International", "Kestrel International Airport"]),
    # "Name (ACR)" and the acronym later: one body, not two
    ("The Kiel Institute for the World Economy (IfW) expects a 1% fall. IfW economists said exports fell.",
     ["Kiel Institute for the World Economy"], ["IfW"]),
])
def test_suffixes_and_acronyms(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(p in found for p in present) and not any(a in found for a in absent), found


def test_a_rival_and_a_body_a_possessive_describes(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Shares of Volkner rose 2%, while rival BMW gained 1%. Metallbund, the "
                                     "country's largest union, called the decision a betrayal of 5,000 workers.")
    assert "BMW" in found and "Metallbund" in found, found


def test_a_hyphenated_name_that_speaks_is_whole(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Sales fell 3% in the quarter. Mercedes-Benz declined to comment on the "
                                     "figures.")
    assert "Mercedes-Benz" in found and "Benz" not in found, found


def test_a_one_word_body_that_has_spoken(tmp_path: Path) -> None:
    # "Grainaid has warned": an auxiliary between the name and the verb of speech
    found = _organisations(tmp_path, "Grainaid has warned that 2 million people face hunger, and Tellco has "
                                     "confirmed a 5% price rise.")
    assert "Grainaid" in found and "Tellco" in found, found


def test_names_joined_by_an_ampersand_in_a_sentence_are_a_firms(tmp_path: Path) -> None:
    # "the Hollis & Brandt vaccine": a firm's name in running text; a menu line of sections is not one
    found = _organisations(tmp_path, "News & Events\n\nRegulators paused the Hollis & Brandt vaccine after 6 "
                                     "reports, and Carver & Sons said sales fell 3%.")
    assert "Hollis & Brandt" in found and "Carver & Sons" in found and "News & Events" not in found, found


def test_a_chinese_title_names_a_body(tmp_path: Path) -> None:
    # a Chinese title has no capitals: the segmenter's name with its institutional word counts
    found = _organisations(tmp_path, "前三季度国内生产总值同比增长4.8%。有关负责人表示,经济运行总体平稳。",
                           title="国家统计局发布三季度经济数据")
    assert "国家统计局" in found, found


def test_a_possessive_ends_the_owners_name(tmp_path: Path) -> None:
    # "the Bank of Lorraine's Monetary Policy Committee": two bodies; "People's Bank" keeps its possessive
    found = _organisations(tmp_path, "The Bank of Lorraine's Monetary Policy Committee held the rate at 0.1%, "
                                     "while the People's Bank of Ostria cut its rate by 0.25 points.")
    assert {"Bank of Lorraine", "Monetary Policy Committee", "People's Bank of Ostria"} <= set(found), found


def test_a_national_arm_that_reports_opens_a_sentence(tmp_path: Path) -> None:
    # "Statistics Canada reported": a body's word and a country, reporting; "Yesterday China said" is no body
    found = _organisations(tmp_path, "Statistics Canada reported last week that output fell 1.6%. Yesterday "
                                     "China said exports rose 2%.")
    assert "Statistics Canada" in found and "Yesterday China" not in found, found
