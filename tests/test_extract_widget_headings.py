"""A widget's label or a caption run into itself, standing where a section heading would, names no theme.

Pages keep an advert's control ("Hide Ad"), a text-size switch ("字號") or a photo caption printed several
times over as a short line of their own; read as headings they became the draft's themes and slides."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

PARAGRAPH = ("The council approved a budget of $12 million for road repairs on Monday, the mayor said. "
             "Work on the first five streets begins in March and should finish by the end of the summer.")
OTHER = ("Residents have complained about potholes for three years, and the council said the money would "
         "come from a rise in parking charges agreed last autumn.")


def _headings(tmp_path: Path, text: str) -> list[str]:
    brief, _ = extracted(tmp_path, text, "article.txt")
    return [section.heading for section in brief.sections]


@pytest.mark.parametrize("widget", ["Hide Ad", "Advertisement", "Skip ad",
                                    "Mayor Ann Lee at the council meetingMayor Ann Lee at the council meeting"])
def test_a_widget_or_a_repeated_caption_is_no_theme(tmp_path: Path, widget: str) -> None:
    text = (f"Council backs road repairs\n\n{PARAGRAPH}\n\nRoad works\n\n{OTHER}\n\n{widget}\n\n"
            f"{PARAGRAPH.replace('12', '14')}\n\nParking charges\n\n{OTHER.replace('three', 'four')}\n")
    headings = _headings(tmp_path, text)
    assert "Road works" in headings and "Parking charges" in headings
    assert widget not in headings


def test_a_chinese_text_size_switch_is_no_theme(tmp_path: Path) -> None:
    body = "据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。港口方面表示,集装箱业务增长最快。"
    text = (f"港口吞吐量创新高\n\n{body}\n\n一、集装箱\n\n{body.replace('12%', '15%')}\n\n字號\n\n"
            f"{body.replace('1200', '1300')}\n")
    assert "字號" not in _headings(tmp_path, text)
