"""Writers on pages of kinds nobody tuned on: names that are no person's, and bylines in less common forms.

Each case is a small made-up page in one kind's form, extracted end to end: a place the story is about read
where a writer's credit could stand, a column's label over a Chinese title, a letter's title under its
"Letter to the Editor" label, and the "From NAME, PLACE" byline of many West African papers.  Controls
keep what must still be found: a writer whose given name no list holds, alone under the title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import creditlines, givennames, notwriters
from conftest import extracted

BODY = ("Governor Kunle Bello has sworn in 12 new commissioners at the Government House, the state government "
        "said on Tuesday.\n\nThe governor said the appointments would strengthen the executive council ahead "
        "of the budget.\n")
ZH_BODY = ("据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。港口方面表示,集装箱业务增长最快。\n\n"
           "港口集团表示,三月份航线将继续增加,预计吞吐量保持增长。\n")


def test_a_place_that_opens_a_sentence_is_no_writer(tmp_path: Path) -> None:
    # "Greater Vancouver was the top contributor …": a role word after a capitalised pair, but a place
    text = ("OTTAWA - The national statistics office says its wholesale price index rose 0.4 per cent in March, "
            "after a flat February.\nGreater Vancouver was the top contributor to the March rise, with prices up "
            "1.1 per cent, the largest gain since 2019.\nPrices fell in four of the ten regions surveyed, led by "
            "the Atlantic provinces.\n")
    brief, warnings = extracted(tmp_path, text)
    assert brief.meta.authors == []
    assert not any("meta.authors" in w for w in warnings)


@pytest.mark.parametrize(("name", "place"), [("Greater Vancouver", True), ("NEW SOUTH WALES", True),
                                             ("Western Cape", True), ("Kota Kinabalu", True), ("Marina Bay", True),
                                             ("Tinubu Square", True), ("Jim Preston", False), ("Jane Park", False),
                                             ("Tevita Vakalalabure", False)])
def test_place_name_needs_a_place_and_no_given_name(name: str, place: bool) -> None:
    assert notwriters.place_name(name) is place


def test_a_from_name_place_byline_names_the_writer_and_is_no_title(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, "From Tobi Adeyemi, Ibadan\n\n" + BODY)
    assert brief.meta.authors == ["Tobi Adeyemi"]
    assert brief.meta.title != "From Tobi Adeyemi, Ibadan"


@pytest.mark.parametrize("line", ["From Our Correspondent, Abuja", "From Farm To Fork, Lagos",
                                  "From Greater Manchester, London"])
def test_a_from_line_without_a_person_is_no_byline(line: str) -> None:
    assert creditlines.name_in_place(line) is None


def test_a_column_label_over_a_chinese_title_is_no_writer(tmp_path: Path) -> None:
    # 时 is a surname, but 时评 (commentary) is a word of the dictionary: the column's label, not a name
    brief, warnings = extracted(tmp_path, "时评\n港口吞吐量再创新高\n\n" + ZH_BODY)
    assert brief.meta.authors == []
    assert not any("meta.authors" in w for w in warnings)


def test_a_chinese_name_beside_the_title_is_still_a_guess(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, "港口吞吐量再创新高\n王晓晖\n\n" + ZH_BODY)
    assert brief.meta.authors == ["王晓晖"]


def test_a_letters_title_under_its_label_is_no_writer(tmp_path: Path) -> None:
    text = ("Letter to the Editor\n\nMission Quiet Waters\n\nEvery spring when the port sends out its new berth "
            "fees, I hear from dozens of small boat owners who are unhappy about the higher charges. The council "
            "sets the fees by bylaw, and it is the council that should explain them to the people who pay.\n\n"
            "Reader Comments(0)\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == []


def test_a_two_word_name_no_list_holds_is_kept_under_the_title(tmp_path: Path) -> None:
    text = ("Harbour fees rise for a third year\n\nTevita Vakalalabure\n\nThe port authority raised its berth "
            "fees by 4% on Monday, the third rise in as many years, it said in a statement.\n\nSmall boat owners "
            "said the rise would cost them more than 200 dollars a year.\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["Tevita Vakalalabure"]


@pytest.mark.parametrize(("name", "plausible"), [("Mission Quiet Waters", False), ("Chusnul Ch Manan", True),
                                                 ("Maria Q. de la Cruz Lopez", True), ("时评", False),
                                                 ("王晓晖", True)])
def test_plausible_guess(name: str, plausible: bool) -> None:
    assert givennames.plausible_guess(name) is plausible


FERRY = ("More than 300 passengers were stranded at the wharf on Monday after the inter-island ferry was delayed "
         "by a storm, the operator said.\n\nThe operator said the ferry would sail on Tuesday morning if the "
         "weather cleared.\n")


def test_a_name_over_the_dateline_is_the_writer_even_when_she_took_the_photo(tmp_path: Path) -> None:
    text = ("Ferry delayed by storm\n\nPassengers wait at the wharf in Suva yesterday. Photo: Mere Tuilau\n\n"
            "MERE TUILAU\n\nSUVA\n\n" + FERRY)
    brief, _ = extracted(tmp_path, text)
    assert [a.lower() for a in brief.meta.authors] == ["mere tuilau"]


def test_a_headline_over_the_dateline_is_no_writer(tmp_path: Path) -> None:
    # its words are the story's own ("ferry", "delayed"): a heading in capitals, not a name
    brief, _ = extracted(tmp_path, "Ferry news\n\nFERRY DELAYED\n\nSUVA\n\n" + FERRY)
    assert brief.meta.authors == []


PORT = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday, while "
        "inflation in the region held at 3%.\n\nContainer traffic was the strongest part of the rise, with "
        "shipping lines adding calls at the terminal.\n")


@pytest.mark.parametrize(("line", "authors"), [("Inflation Watch", []), ("Special Report", []),
                                               ("Tevita Vakalalabure", ["Tevita Vakalalabure"])])
def test_a_label_under_the_title_made_of_the_storys_words_is_no_writer(tmp_path: Path, line: str,
                                                                       authors: list[str]) -> None:
    brief, _ = extracted(tmp_path, f"Port volumes climb for a third month\n\n{line}\n\n" + PORT)
    assert brief.meta.authors == authors


def test_the_lower_case_words_leave_out_addresses() -> None:
    # "chusnul@…" beside "Chusnul Manan" is the writer's own address, no common word
    lowered = givennames.lower_words("Chusnul Manan | chusnul@example.com, see www.example.com/watch: the watch")
    assert "chusnul" not in lowered and "watch" in lowered
    assert givennames.plausible_guess("Chusnul Manan", lowered)
    assert not givennames.plausible_guess("Inflation Watch", lowered)


LETTER = ("Harbour fees rise again\n\nEvery spring when the port sends out its new berth fees, I hear from dozens "
          "of small boat owners who are unhappy about the higher charges. The council sets the fees by bylaw, and "
          "it is the council that should explain them to the people who pay.\n\n")


@pytest.mark.parametrize(("signature", "authors"), [("Mission Quiet Waters", []),
                                                    ("Tevita Vakalalabure", ["Tevita Vakalalabure"])])
def test_the_learned_scorers_guess_must_read_as_a_person(tmp_path: Path, signature: str,
                                                         authors: list[str]) -> None:
    # a sign-off's place after the last paragraph: the scorer's cues fit both lines, only one is a name
    brief, _ = extracted(tmp_path, LETTER + signature + "\n")
    assert brief.meta.authors == authors


@pytest.mark.parametrize(("line", "authors"), [("José Álvarez", ["José Álvarez"]), ("Łukasz Nowak", ["Łukasz Nowak"]),
                                               ("Western Cape", [])])
def test_a_name_with_accents_over_the_date_is_the_writer_and_a_region_is_not(tmp_path: Path, line: str,
                                                                           authors: list[str]) -> None:
    brief, _ = extracted(tmp_path, f"Port volumes climb for a third month\n\n{line}\n\nMarch 4, 2021\n\n" + PORT)
    assert brief.meta.authors == authors


@pytest.mark.parametrize(("line", "authors"), [("Chidi Okafor, Enugu", ["Chidi Okafor"]),
                                               ("Chidi Okafor in Enugu", ["Chidi Okafor"]),
                                               ("Victoria Island, Lagos", []), ("Tinubu Square, Lagos", []),
                                               ("George Town, Penang", [])])
def test_a_name_beside_a_known_town_under_the_title(tmp_path: Path, line: str, authors: list[str]) -> None:
    # the town vouches for a name no list of given names holds; a place beside its town is no writer
    brief, _ = extracted(tmp_path, f"Port volumes climb for a third month\n\n{line}\n\n" + PORT)
    assert brief.meta.authors == authors


def test_a_guess_made_of_the_pages_common_nouns_in_either_number_is_no_name() -> None:
    # "Investor Events" over a story about "retail investors": the page writes the noun in the plural only
    lowered = givennames.lower_words("Shares puts on free Investor Events for retail investors across the country.")
    assert not givennames.plausible_guess("Investor Events", lowered)
    assert givennames.plausible_guess("Waisea Nasokia", lowered)
