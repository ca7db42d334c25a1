"""The page's address as the source of last resort (issue 12): where nothing on the page names an outlet and the
address is known (a Markdown file's ``url:``, an HTML page's canonical link), its host stands in as a warned guess,
in the spelling the page writes for it; an outlet the page names always wins.  Made-up pages through
``extract_article``."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

STORY = ("The central bank kept its policy rate at 5.5 percent on Thursday, citing sticky services inflation, "
         "officials said.\n\nThe bank said it would review the rate in June, when new figures are due.\n")


def _markdown(url: str, body: str = STORY) -> str:
    return f"---\nurl: {url}\n---\n\n# Rates on hold as prices climb\n\n{body}"


def test_the_host_stands_in_for_an_unnamed_outlet_with_a_warning(tmp_path: Path) -> None:
    brief, warnings = extracted(tmp_path, _markdown("https://www.lakeviewpost.com/news/2024/rates"), "page.md")
    assert brief.meta.source == "lakeviewpost.com"
    assert any(w.startswith("meta.source is the page's address") for w in warnings)
    assert "lakeviewpost.com" not in [org.name for org in brief.organisations]


def test_the_host_takes_the_spelling_the_page_writes(tmp_path: Path) -> None:
    body = STORY + "\nFollow the story as it develops: more on LakeviewPost tomorrow morning.\n"
    brief, _ = extracted(tmp_path, _markdown("https://lakeviewpost.com/news/rates", body), "page.md")
    assert brief.meta.source == "LakeviewPost"


def test_an_outlet_the_page_names_wins_over_the_address(tmp_path: Path) -> None:
    body = STORY + "\nSource: Ridgeway Chronicle\n"
    brief, warnings = extracted(tmp_path, _markdown("https://www.lakeviewpost.com/news/rates", body), "page.md")
    assert brief.meta.source == "Ridgeway Chronicle"
    assert not any(w.startswith("meta.source is the page's address") for w in warnings)


def test_an_address_with_no_site_name_gives_none(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, _markdown("http://localhost:8000/rates"), "page.md")
    assert brief.meta.source is None
