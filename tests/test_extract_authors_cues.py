"""Writers found by scoring name candidates by cues, where no byline form matches exactly.

Each case is a small made-up page whose credit is in a form the exact byline rules leave out: a
role word before the name ("Columnist Jane Doe"), a label the rules do not list ("STORY: Jane Doe"),
a closing contact line, a closing wire credit glued to the last paragraph, a name with the writer's
handle beside it, a Chinese 执笔 credit.  Against them: a photographer's credit, a press contact and a
source the body quotes are never taken, and every such writer comes with a warning to check it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import extracted

TITLE = "Council passes budget after long debate\n\n"
DATE = "March 5, 2024\n\n"
BODY = ("The council approved a new budget on Tuesday after weeks of debate over road repairs and school funding.\n\n"
        "Officials said the plan raises spending by 4 percent and keeps taxes flat for homeowners next year.\n\n"
        "\"This is a budget for working families,\" council member Ana Ruiz said after the vote on Tuesday.\n")
ZH_TITLE = "市议会通过新预算方案\n\n"
ZH_BODY = ("市议会周二通过了新的预算方案，增加道路维修和学校经费。\n\n"
           "官员表示，该计划将支出提高4%，明年房主税收保持不变。\n")


@pytest.mark.parametrize("page", [
    TITLE + "Columnist Maria Lopez\n" + DATE + BODY,
    TITLE + "STORY: Maria Lopez\n" + DATE + BODY,
    TITLE + DATE + BODY + "\nReach Maria Lopez at 555-0100 or mlopez@valleytimes.example.\n",
    TITLE + "Photo: Kyle Reese\nColumnist Maria Lopez\n" + DATE + BODY,
])
def test_a_writer_credited_in_a_form_no_rule_lists(tmp_path: Path, page: str) -> None:
    brief, warnings = extracted(tmp_path, page)
    assert brief.meta.authors == ["Maria Lopez"]
    assert any("meta.authors is a guess" in w for w in warnings)


def test_a_closing_wire_credit_glued_to_the_last_paragraph(tmp_path: Path) -> None:
    closing = ("The poll of economists had predicted a smaller rise in spending for the coming fiscal year, and "
               "several council members said they expected a second vote before the summer recess. "
               "(Story by Maria Lopez; photos by Kyle Reese)\n")
    brief, _ = extracted(tmp_path, TITLE + DATE + BODY + "\n" + closing)
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_source_the_body_quotes_is_no_writer(tmp_path: Path) -> None:
    # the contact line names a council member the story quotes: she is a source, the columnist the writer
    page = TITLE + "Columnist Maria Lopez\n" + DATE + BODY + "\nContact Ana Ruiz at aruiz@city.example.\n"
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_press_contact_and_a_photographer_are_no_writers(tmp_path: Path) -> None:
    page = TITLE + "Photographer: Kyle Reese\n" + DATE + BODY + "\nMedia contact: Reach Tom Baker at 555-0100.\n"
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == []


def test_a_chinese_writer_credited_as_executive_drafter(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, ZH_TITLE + "2024年3月5日\n\n" + ZH_BODY + "\n执笔：张伟 摄影：王芳\n")
    assert brief.meta.authors == ["张伟"]


@pytest.mark.parametrize("line", ["Maria Lopez (Reuters)", "Maria Lopez for The Valley Times",
                                  "Maria Lopez, Special to the Valley Times"])
def test_a_writer_beside_the_outlet_is_a_byline_not_the_title(tmp_path: Path, line: str) -> None:
    brief, _ = extracted(tmp_path, TITLE + line + "\n" + DATE + BODY)
    assert brief.meta.title == TITLE.strip()
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_name_over_photographer_is_no_writer(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, TITLE + "Kyle Reese\nPhotographer\n" + DATE + BODY)
    assert brief.meta.authors == []


@pytest.mark.parametrize(("page", "writers"), [
    (ZH_TITLE + "张伟/文\n\n" + ZH_BODY, ["张伟"]),
    (ZH_TITLE + ZH_BODY + "\n作者简介：张伟，北京大学经济学院教授。\n", ["张伟"]),
    (ZH_TITLE + ZH_BODY + "\n（作者：张伟，系北京大学经济学院教授）\n", ["张伟"]),
])
def test_chinese_writer_marks_after_the_name_and_bio_notes(tmp_path: Path, page: str, writers: list[str]) -> None:
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == writers


@pytest.mark.parametrize("page", [
    TITLE + "OPINION | Maria Lopez\n" + DATE + BODY,
    TITLE + DATE + BODY + "\n(Maria Lopez is a senior fellow at the Brookings Institution.)\n",
])
def test_a_piece_label_or_a_bracketed_bio_credits_the_writer(tmp_path: Path, page: str) -> None:
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_chinese_marked_line_of_names_is_a_byline(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, ZH_TITLE + "□ 张伟\n\n" + ZH_BODY)
    assert brief.meta.authors == ["张伟"]
