"""A summary is the story's sentences, never a list's lines run together ("Ministry of Defence: Rs. 142 billion")."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article

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
