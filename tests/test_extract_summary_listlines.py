"""A summary is the story's sentences, never a list's lines run together ("Ministry of Defence: Rs. 142 billion")."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article
from conftest import drafted

LEAD = ("The Treasury told Parliament on Tuesday that spending for the first four months of the year is "
        "estimated at Rs. 2,600 billion, under an interim budget.")
ITEMS = ["Ministry of Transport and Highways: Rs. 220.06 billion",
         "Ministry of Finance and Planning: Rs. 186.02 billion",
         "Ministry of Health and Mass Media: Rs. 161.99 billion", "Ministry of Defence: Rs. 142.95 billion",
         "Ministry of Education and Vocational Training: Rs. 92 billion"]


def test_list_lines_are_points_not_the_summary(tmp_path: Path) -> None:
    page = tmp_path / "interim-budget.txt"
    page.write_text("Interim budget sets out four months of spending\n\n" + LEAD
                    + "\n\nKey allocations in the interim budget include:\n\n"
                    + "\n".join(f"• {item}" for item in ITEMS) + "\n", encoding="utf-8")
    brief, _ = extract_article(page)
    assert brief.summary.split() == LEAD.split()
    shown = [p.text for p in brief.key_points] + list(brief.background)
    assert any(item in shown for item in ITEMS)  # the lines still say their facts, as points or background


def test_a_ledes_dateline_opens_no_summary_or_point(tmp_path: Path) -> None:
    page = ("Central bank holds rates\n\n"
            "date 2021-06-24 LAKEVIEW - The central bank kept its main rate at 2.5 percent on Thursday, as analysts "
            "had expected.\n\n"
            "Inflation was steady at 3.1 percent in June, the statistics office said on Friday.\n\n"
            "The bank raised its growth forecast for the year to 4.2 percent from 3.8 percent.\n\n"
            "Economists polled by the newspaper expect the next move to be a cut in the autumn.\n")
    brief = drafted(tmp_path, page)
    said = [brief.summary, *(point.text for point in brief.key_points)]
    assert any(text.startswith("The central bank kept its main rate") for text in said)
    assert not any("LAKEVIEW" in text or "2021-06-24" in text for text in said)
