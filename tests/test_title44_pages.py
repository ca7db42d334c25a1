"""Pages whose top line is prose or an office's line get no title; a headline under a body's name is the title; a
headline broken over its first heading is joined.  Made-up pages through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

_NO_TITLE = "no title line found"
_STORY = ("The county government plans to repair forty rural bridges this year, officials said on Tuesday.\n\n"
          "The works will cost 12 million dollars and start in March, the county engineer said.\n\n"
          "\"We have mapped every bridge that needs repair,\" the engineer said.\n")


def _untitled(warnings: list[str]) -> bool:
    return any(w.startswith(_NO_TITLE) for w in warnings)


def test_page_under_an_office_line_gets_no_title(tmp_path: Path) -> None:
    brief, warnings = extracted(tmp_path, f"Office of the Premier\n\n{_STORY}")
    assert _untitled(warnings), brief.meta.title


def test_page_opening_on_its_standfirst_gets_no_title(tmp_path: Path) -> None:
    text = ("The early start of the repairs will be in line with the improved road budget and the rise in traffic "
            "across the county\nTHE county government has proposed to repair forty rural bridges sooner, rather than "
            "by the end of next year.\nRoads chief Jane Doe said the proposal considers the county's current budget, "
            "which has improved with most revenues seen growing.\n“The county takes note of the demands of some "
            "parties to expedite the repairs due to the rising traffic,” Doe told the council yesterday.\n")
    brief, warnings = extracted(tmp_path, text)
    assert _untitled(warnings), brief.meta.title


def test_page_opening_on_a_sentence_in_full_grammar_gets_no_title(tmp_path: Path) -> None:
    text = ("The bridge budget has in recent times experienced significant growth\n\nThe Ministry of Roads says the "
            "county has approved a number of far-reaching measures aimed at repairing forty rural bridges.\n\nThis "
            "was revealed at the quarterly council retreat held at the county lodge.\n\nA statement from the "
            "ministry added that the measures will ensure spending discipline.\n")
    brief, warnings = extracted(tmp_path, text)
    assert _untitled(warnings), brief.meta.title


def test_headline_under_a_body_name_is_the_title(tmp_path: Path) -> None:
    text = f"Central Bank of Norway\n\nNorwegian Central Bank Hike\n\nMarch 23, 2023\n\n{_STORY}"
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.title == "Norwegian Central Bank Hike"


def test_headline_going_on_in_its_first_heading_is_joined(tmp_path: Path) -> None:
    text = ("Released February 27, 2003\n\nApproval received to proceed\nwith Affordable Housing Agreement\n\n"
            "Jane Doe, Minister Responsible for Housing, today announced that she has received government direction "
            "to proceed with the finalization of an Affordable Housing Agreement with the federal government.\n\n"
            "Ms. Doe said: “This agreement will be good news for the province and will make a positive difference "
            "in the lives of many people.”\n\nOfficials will finalize details of the agreement in the near future.\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.title == "Approval received to proceed with Affordable Housing Agreement"
