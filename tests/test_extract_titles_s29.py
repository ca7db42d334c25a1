"""Title kinds of round 29, on English pages: a photo's alt text over its caption, the items of a bulleted menu,
an issuer's release label and a standfirst under its headline are never taken for the headline.

Made-up pages in each kind's form, through :func:`briefkit.extract.extract_article` and the head-line scorer."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import COUNCIL_STORY as BODY
from tests.conftest import extracted

from briefkit.content.model import Brief
from briefkit.extract import headlines, titlepick
from briefkit.readers import read_article


def _extract(tmp_path: Path, text: str, name: str = "page.txt") -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, name)


def _pick(lines: list[str], body: str = BODY) -> str | None:
    picked = headlines.pick_title(lines, None, [False] * len(lines), [False] * len(lines), [], body)
    return None if picked is None else picked.value


def test_a_photos_alt_text_over_its_caption_is_no_headline_or_echo() -> None:
    lines = ["Council passes a lean budget for the coming year", "Finance Chair Mary Olsen",
             "Finance Chair Mary Olsen presents the county budget to council members on Tuesday"]
    assert _pick(lines) == "Council passes a lean budget for the coming year"


def test_a_headline_and_its_site_suffix_still_echo() -> None:
    lines = ["County budget keeps taxes flat - Valley Courier", "Opinion", "County budget keeps taxes flat"]
    assert _pick(lines) == "County budget keeps taxes flat"


def test_the_items_of_a_bulleted_menu_are_no_headline() -> None:
    lines = ["• Latest news", "• Dairy farming", "• Sheep & beef farming", "• Rural life"]
    assert _pick(lines) is None


def test_a_bulleted_menu_over_the_headline_leaves_the_headline(tmp_path: Path) -> None:
    text = ("• Home\n• Local news\n• Council & city hall\n• Schools\n\n"
            f"County budget keeps property taxes flat\n\nMarch 3, 2024\n\n{BODY}")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "County budget keeps property taxes flat"


def test_an_issuers_release_label_is_no_headline(tmp_path: Path) -> None:
    for label in ("Valley County Press Release", "Ministry of Finance Media Statement"):
        text = f"{label}\n\n3 March 2024\n\nCounty budget keeps property taxes flat\n\n{BODY}"
        brief, _ = _extract(tmp_path, text)
        assert brief.meta.title == "County budget keeps property taxes flat", label


def test_a_pictures_credit_under_a_standfirst_is_no_date_or_byline() -> None:
    lines = ["County budget keeps property taxes flat", "Two deputies added; library hours extended",
             "Image Credit: File"]
    assert _pick(lines) == "County budget keeps property taxes flat"


def test_a_government_pages_issuer_line_is_no_headline(tmp_path: Path) -> None:
    issuer = "From Department of Transport\n\nPublished on 3 March 2024\n\n"
    brief, _ = _extract(tmp_path, f"County budget keeps property taxes flat\n\n{issuer}{BODY}")
    assert brief.meta.title == "County budget keeps property taxes flat"
    brief, _ = _extract(tmp_path, f"{issuer}{BODY}")
    assert brief.meta.title != "From Department of Transport"


def test_a_deck_without_its_subject_is_no_headline(tmp_path: Path) -> None:
    deck = "Says the county will not raise property taxes this year"
    brief, _ = _extract(tmp_path, f"{deck}\n\nBy Jane Doe\n\n{BODY}")
    assert brief.meta.title != deck
    text = f"Council chair defends lean budget\n\n{deck}\n\nBy Jane Doe\n\n{BODY}"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Council chair defends lean budget"


def test_a_widgets_names_are_no_headline_and_a_columns_label_leads_its_headline() -> None:
    headline = "COMMENT | Why the county's lean budget leaves the library short"
    assert _pick(["Most Read", "Most Commented", headline]) == headline


def test_a_widgets_name_is_no_byline_under_another() -> None:
    assert _pick(["Most Read", "Most Commented"]) is None


def test_the_ledes_opening_printed_as_a_standfirst_is_no_headline() -> None:
    excerpt = "The county council said its budget for the coming year rises 4% to $12 million"
    lines = ["Lean county budget", excerpt, "Editorial March 3, 2024"]
    assert _pick(lines) == "Lean county budget"


def test_a_blogs_name_over_the_story_yields_to_the_heading_about_it(tmp_path: Path) -> None:
    text = ("A Quiet Corner\n\nRead our other posts and follow us on Facebook at the Valley Notes page. "
            "Read our other posts and follow us on Facebook at the Valley Notes page.\n\n"
            "Tuesday, 5 March 2024\n\nCounty budget keeps property taxes flat\n\n"
            "Two deputies join the sheriff's office. Photo: AP\n\n"
            "Jane Doe, Valley Courier | Monday, 4 March 2024\n\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "County budget keeps property taxes flat"


def test_a_teaser_over_its_date_after_the_story_is_no_headline(tmp_path: Path) -> None:
    story = BODY + ("\nThe library will open on Sundays from April, the council said in a statement on its website.\n\n"
                    "The sheriff's office said the two new deputies would start work in the summer.\n\n")
    text = ("Utilities\n" + story + "Follow us on Twitter and Facebook for more news.\n\nOpinion\n\nEditorial\n\n"
            "River towns count the cost\n26 Apr, 2024\n\n"
            "WITH the floods receding, the river towns face a long and costly clean-up that the province must help "
            "pay for ...\nMusical chairs\n26 Apr, 2024\n")
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    picked = titlepick.pick(read_article(page))  # the layout's pick, before the line labeller weighs it
    assert picked is None or picked.value != "River towns count the cost"
