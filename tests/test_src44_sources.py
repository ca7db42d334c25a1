"""Source kinds of stop 44: a release's issuer over its label or under a byline, an image's alt text closing on its
picture's credit, and publishers named by a syndicate's or an information service's word."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract.sourcecaptions import picture_text
from briefkit.extract.sourcereleases import byline_body, release_masthead
from briefkit.extract.sources import pick_source
from briefkit.readers import read_article
from briefkit.readers.model import Block
from conftest import HARBOUR_BODY, HARBOUR_TITLE, source_of


@pytest.mark.parametrize(("text", "source"), [
    ("Lakeland Reserve Bank\n\nPress release\n\n" + HARBOUR_TITLE + HARBOUR_BODY, "Lakeland Reserve Bank"),
    ("Office of the Harbour Commissioner (OHC)\nNews/Press Releases\n" + HARBOUR_TITLE + HARBOUR_BODY,
     "Office of the Harbour Commissioner"),
    (HARBOUR_TITLE + "By: Odile Marchetti\n\nLakeland Information Services\n\n" + HARBOUR_BODY,
     "Lakeland Information Services"),
])
def test_a_statements_issuing_body_is_its_source(tmp_path: Path, text: str, source: str) -> None:
    assert source_of(tmp_path, text) == source


def test_a_headline_over_a_release_label_names_no_issuer() -> None:
    assert release_masthead(["Reserve Bank Raises Rates", "Press release"]) is None
    assert release_masthead(["Publications and Research", "Media Releases"]) is None
    assert release_masthead(["MINISTRY OF HEALTH", "", "PRESS RELEASE"]) == "Ministry of Health"
    assert byline_body(["By Jane Doe", "Harbour freight climbs"]) is None


def test_a_syndicates_notice_closing_a_comment_names_it(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + HARBOUR_BODY + "\nOdile Marchetti is professor of economics at Lakeland University.\n\n"
            "©Harbour Syndicate\n\nFirst « 1 2 3 » Next\n")
    assert source_of(tmp_path, text) == "Harbour Syndicate"


def test_an_images_alt_text_credits_the_picture_not_the_page(tmp_path: Path) -> None:
    alt = ("News imageAFP Odile Marchetti is wearing a navy suit and spotted tie. She's standing in front of a brick "
           "building and has short fair hair.AFP")
    assert picture_text(alt)
    assert not picture_text("Pictures of the harbour were shown to the board, the chairman said on Monday.")
    path = tmp_path / "page.txt"
    path.write_text(HARBOUR_TITLE + HARBOUR_BODY, encoding="utf-8")
    article = read_article(path)
    # (the alt text as a copied page leaves it: the first paragraph, over the story)
    story = list(article.blocks)
    article.blocks = [Block(alt), *story]
    assert pick_source([], [], None, article).name is None
    lead = "Odile Marchetti chaired the board on Monday as the harbour's cargo volumes rose again. AFP"
    article.blocks = [Block(lead), *story]
    assert pick_source([], [], None, article).name == "AFP"  # a story's paragraph closing on its wire still credits it


def test_a_ministrys_own_newsroom_line_names_no_outlet(tmp_path: Path) -> None:
    lead = ("The Department of Harbours (DOH) announced that cargo volumes rose 3.8 percent in April from a year "
            "earlier, helped by timber shipments and a rebound in container calls after the March gales.\n\n")
    assert source_of(tmp_path, "DOH News\n\n" + HARBOUR_TITLE + lead + HARBOUR_BODY) is None
    # a news service's initials are an outlet's: its newsroom line stays a guess at the source
    assert source_of(tmp_path, "LNS News\n\n" + HARBOUR_TITLE + HARBOUR_BODY) == "LNS News"


@pytest.mark.parametrize(("text", "source"), [
    (HARBOUR_TITLE + HARBOUR_BODY + "\nReprinted with permission from the Lakeland Ledger.\n", "Lakeland Ledger"),
    ("PRESS RELEASE: Ministry of Harbours\n\n" + HARBOUR_TITLE + HARBOUR_BODY, "Ministry of Harbours"),
])
def test_a_reprint_note_and_a_run_on_release_label_name_the_source(tmp_path: Path, text: str, source: str) -> None:
    assert source_of(tmp_path, text) == source


@pytest.mark.parametrize("wire", ["Reuters", "Bloomberg"])
def test_a_world_wire_the_story_cites_for_its_news_is_no_source(tmp_path: Path, wire: str) -> None:
    told = HARBOUR_BODY.replace("the board said in a statement on Wednesday", f"a board member said, {wire} reported")
    assert source_of(tmp_path, HARBOUR_TITLE + told) is None
