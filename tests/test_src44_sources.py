"""Source kinds of stop 44: a release's issuer over its label or under a byline, an image's alt text closing on its
picture's credit, and publishers named by a syndicate's or an information service's word."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article
from briefkit.extract.sourcecaptions import picture_text
from briefkit.extract.sourcereleases import byline_body, release_masthead
from briefkit.extract.sources import pick_source
from briefkit.readers import read_article
from briefkit.readers.model import Block

TITLE = "Harbour freight climbs in spring\n\n"
BODY = ("The harbour board said cargo volumes rose 3.8 percent in April from a year earlier, helped by timber "
        "shipments and a rebound in container calls after the March gales.\n\n"
        "Board officials expect the rise to hold through the summer as two new cranes come into service, the "
        "board said in a statement on Wednesday.\n\nShipping agents called the figures encouraging.\n")


def _source(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    brief, _ = extract_article(path)
    return brief.meta.source


@pytest.mark.parametrize(("text", "source"), [
    ("Lakeland Reserve Bank\n\nPress release\n\n" + TITLE + BODY, "Lakeland Reserve Bank"),
    ("Office of the Harbour Commissioner (OHC)\nNews/Press Releases\n" + TITLE + BODY,
     "Office of the Harbour Commissioner"),
    (TITLE + "By: Odile Marchetti\n\nLakeland Information Services\n\n" + BODY, "Lakeland Information Services"),
])
def test_a_statements_issuing_body_is_its_source(tmp_path: Path, text: str, source: str) -> None:
    assert _source(tmp_path, text) == source


def test_a_headline_over_a_release_label_names_no_issuer() -> None:
    assert release_masthead(["Reserve Bank Raises Rates", "Press release"]) is None
    assert release_masthead(["Publications and Research", "Media Releases"]) is None
    assert release_masthead(["MINISTRY OF HEALTH", "", "PRESS RELEASE"]) == "Ministry of Health"
    assert byline_body(["By Jane Doe", "Harbour freight climbs"]) is None


def test_a_syndicates_notice_closing_a_comment_names_it(tmp_path: Path) -> None:
    text = (TITLE + BODY + "\nOdile Marchetti is professor of economics at Lakeland University.\n\n"
            "©Harbour Syndicate\n\nFirst « 1 2 3 » Next\n")
    assert _source(tmp_path, text) == "Harbour Syndicate"


def test_an_images_alt_text_credits_the_picture_not_the_page(tmp_path: Path) -> None:
    alt = ("News imageAFP Odile Marchetti is wearing a navy suit and spotted tie. She's standing in front of a brick "
           "building and has short fair hair.AFP")
    assert picture_text(alt)
    assert not picture_text("Pictures of the harbour were shown to the board, the chairman said on Monday.")
    path = tmp_path / "page.txt"
    path.write_text(TITLE + BODY, encoding="utf-8")
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
    assert _source(tmp_path, "DOH News\n\n" + TITLE + lead + BODY) is None
    # a news service's initials are an outlet's: its newsroom line stays a guess at the source
    assert _source(tmp_path, "LNS News\n\n" + TITLE + BODY) == "LNS News"


@pytest.mark.parametrize(("text", "source"), [
    (TITLE + BODY + "\nReprinted with permission from the Lakeland Ledger.\n", "Lakeland Ledger"),
    ("PRESS RELEASE: Ministry of Harbours\n\n" + TITLE + BODY, "Ministry of Harbours"),
])
def test_a_reprint_note_and_a_run_on_release_label_name_the_source(tmp_path: Path, text: str, source: str) -> None:
    assert _source(tmp_path, text) == source


@pytest.mark.parametrize("wire", ["Reuters", "Bloomberg"])
def test_a_world_wire_the_story_cites_for_its_news_is_no_source(tmp_path: Path, wire: str) -> None:
    told = BODY.replace("the board said in a statement on Wednesday", f"a board member said, {wire} reported")
    assert _source(tmp_path, TITLE + told) is None
