"""Further places a page names its outlet, read as candidates for the source scorer: a writer's line naming the
outlet, a correspondent's report, an "About X" or logo line, a label other than "Source:", a stamp line, a
statement's issuer, a desk's credit, a dateline on a head line, glued initials, a Chinese 原创 notice; a domain
given by the name the page writes for it; the title's site suffix on a repeated title line; a list item is no lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import page_article

from briefkit.extract.outletcands import gather
from briefkit.extract.outletcontext import openings
from briefkit.extract.outletfeatures import page_features
from briefkit.extract.outletforms import further, spelled
from briefkit.extract.sourcedecide import publisher

STORY = ("The council voted on Tuesday to extend the water restrictions for another month, citing low reservoirs.\n\n"
         "The mayor said the restrictions would be reviewed at the end of March, when the rains are due.\n\n"
         "Residents have been asked to water gardens only on weekends, and to report leaks to the utility.\n")



def _found(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(c.name, c.cue) for c in further(page_article(tmp_path, text))]


@pytest.mark.parametrize(("head", "tail", "outlet", "cue"), [
    ("Jane Holloway, Ridgeway Courier | Lakeview Monday, 23 May 2011", "", "Ridgeway Courier", "writer"),
    ("", "Martha Quill from the Lakeview News-Reporter", "Lakeview News-Reporter", "writer"),
    ("About Ridgeway Mirror", "", "Ridgeway Mirror", "about"),
    ("Site icon Lakeview18", "", "Lakeview18", "logo"),
    ("", "Attribution: Lakeland Monetary Authority", "Lakeland Monetary Authority", "attributed"),
    ("", "Source 4-harbours", "4-harbours", "attributed"),
    ("", "This post was sourced from Harbour Freight 360: View the original article here.", "Harbour Freight 360",
     "attributed"),
    ("RVN|Published 04. Dec 2018", "", "RVN", "stamped"),
    ("[Ridgeway Sentinel - Lakeland] - 20/05/2025", "", "Ridgeway Sentinel", "stamped"),
    ("Monetary Policy Statement by the Bank of Lakeland", "", "Bank of Lakeland", "issuer"),
    ("By Ridgeway Bhaskar Bureau", "", "Ridgeway Bhaskar", "staff"),
    ("Rédaction Ridgeway Links 24 with Paul Marche", "", "Ridgeway Links 24", "staff"),
    ("by University of Lakeland", "", "University of Lakeland", "bybody"),
])
def test_a_form_naming_the_outlet_gives_it_as_a_candidate(tmp_path: Path, head: str, tail: str, outlet: str,
                                                          cue: str) -> None:
    text = "Water restrictions extended\n\n" + (head + "\n\n" if head else "") + STORY \
        + ("\n" + tail + "\n" if tail else "")
    assert (outlet, cue) in _found(tmp_path, text)


@pytest.mark.parametrize("line", ["About Us", "About the author", "Jane Holloway, Nairobi", "By Jane Holloway",
                                  "Jane Holloway, Senior Reporter", "Logo", "Attribution: Jane Holloway"])
def test_a_person_a_place_a_role_or_an_interface_word_is_no_candidate(tmp_path: Path, line: str) -> None:
    text = "Water restrictions extended\n\n" + line + "\n\n" + STORY
    assert _found(tmp_path, text) == []


def test_the_story_speaking_of_its_outlet_names_it(tmp_path: Path) -> None:
    story = STORY.replace("The mayor said", "The mayor said at a briefing, a Ridgeway Wire correspondent reports, "
                                            "that", 1).replace("Residents have", "Ridgeway Mirror learns that "
                                                                                  "residents have", 1)
    found = _found(tmp_path, "Water restrictions extended\n\n" + story)
    assert ("Ridgeway Wire", "correspondent") in found
    assert ("Ridgeway Mirror", "learns") in found


def test_a_writer_closing_the_story_and_glued_initials_name_an_outlet(tmp_path: Path) -> None:
    closing = STORY.rstrip() + " - MARTHA QUILL, The Lakeland Review\n"
    assert ("The Lakeland Review", "writer") in _found(tmp_path, "Water restrictions extended\n\n" + closing)
    glued = STORY.rstrip() + " RDW\n"
    assert ("RDW", "initials") in _found(tmp_path, "Water restrictions extended\n\n" + glued)


def test_a_dateline_left_among_hard_wrapped_head_lines_names_its_agency(tmp_path: Path) -> None:
    # (broken after a word a sentence may end on: broken after "to", the reader joins the two lines again)
    text = ("WATER CURBS EXTENDED\nBy Jane Holloway\nLAKEVIEW, Aug 18 (Ridgewire) -- The council voted on Tuesday\n"
            "to extend the water restrictions.\n\n" + STORY)
    assert ("Ridgewire", "dateline") in _found(tmp_path, text)


def test_a_chinese_notice_that_the_article_is_the_outlets_own_names_it(tmp_path: Path) -> None:
    text = ("县委召开会议\n\n7月8日,县委召开常委会议,研究部署当前重点工作,会议由县委书记主持,各部门负责人参加。\n\n"
            "▌文章为湖滨融媒体中心原创,转载请联系我们。\n")
    assert ("湖滨融媒体中心", "original") in _found(tmp_path, text)


def test_a_domain_is_given_by_the_name_the_page_writes_for_it() -> None:
    assert spelled("RIDGEWAYPOST.CO.LK", "Photo: Ridgewaypost/Jane Holloway. RIDGEWAYPOST.CO.LK, LAKEVIEW --") \
        == "Ridgewaypost"
    assert spelled("RidgewayNews.info", "More at RidgewayNews.info. RidgewayNews.info") is None


def test_an_opening_domain_becomes_the_spelling_the_page_writes(tmp_path: Path) -> None:
    text = ("Water restrictions extended\n\nPhoto: Ridgewaypost/Jane Holloway\n\n"
            "RIDGEWAYPOST.CO.LK, LAKEVIEW -- " + STORY)
    names = [name for name, _ in page_features(page_article(tmp_path, text), None, "", None)]
    assert "Ridgewaypost" in names


def test_a_list_item_over_the_story_is_no_lead(tmp_path: Path) -> None:
    text = ("Water restrictions extended\n\n- Market report: Storm of disappointing developments keeps buyers away\n\n"
            "Lakeview, Lakeland, Ridgeway Capital Review — " + STORY)
    assert ("Ridgeway Capital Review", "opening") in [(c.name, c.cue) for c in openings(page_article(tmp_path, text))]


def test_a_title_line_printed_twice_under_a_menu_gives_its_site_suffix(tmp_path: Path) -> None:
    title = "Lakeland: Communiqué from the Council of Ministers of 28 February – Ridgeway press agency"
    text = f"Home Lakeland News\n\n{title}\n\n{title}\n\n" + STORY
    assert ("Ridgeway press agency", "suffix") in [(c.name, c.cue) for c in gather(page_article(tmp_path, text))]


def test_a_lead_opening_on_its_own_headline_names_no_outlet(tmp_path: Path) -> None:
    text = ("Rise in Harbour Water Charges: The harbour board has announced higher water charges for the coming year, "
            "effective from March.\n\nThe board said the rise would cover the cost of new pipes.\n\n"
            "## Notice: Rise in Harbour Water Charges\n\nResidents may object in writing before the end of February.\n")
    assert not [c for c in openings(page_article(tmp_path, text)) if c.cue == "opening"]


def test_a_statement_signed_for_its_body_or_titled_with_it_names_the_body(tmp_path: Path) -> None:
    signed = "Water restrictions extended\n\n" + STORY + "\nMartha Quill\nGovernor – Central Bank of Lakeland\n"
    assert ("Central Bank of Lakeland", "signed") in _found(tmp_path, signed)
    titled = "Lakeland Communications Office statement on the water restrictions\n\n" + STORY
    assert ("Lakeland Communications Office", "issuer") in _found(tmp_path, titled)


def test_a_bodys_news_page_is_named_as_the_body(tmp_path: Path) -> None:
    text = "GOVERNMENT OF LAKELAND NEWS\n\nWater restrictions extended\n\n" + STORY
    names = [name.lower() for name, _ in page_features(page_article(tmp_path, text), None, "", None)]
    assert "government of lakeland" in names
    assert "government of lakeland news" not in names


@pytest.mark.parametrize(("value", "source"), [
    ("Consumer Price Index 2005, January. Statistics Lakeland", "Statistics Lakeland"),
    ("Annual report 2023, p. 4. Lakeland Audit Office", "Lakeland Audit Office"),
    ("St. Louis Post-Dispatch", "St. Louis Post-Dispatch"),
    ("U.S. Census Bureau", "U.S. Census Bureau"),
])
def test_a_labelled_publication_and_its_publisher_give_the_publisher(value: str, source: str) -> None:
    assert publisher(value) == source
