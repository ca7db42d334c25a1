"""A field's label alone on its line and its value on the next (:func:`briefkit.extract.fields.joined_labels`):
how a page laid out as a table of label and value cells copies, read as one field.

Small made-up pages in Chinese and English; the name under an editor's label is an editor, the name under an
author's label a writer, and a label followed by another label takes nothing from it.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.fields import joined_labels
from conftest import extracted

BODY_ZH = ("港口集团近日发布数据,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高,"
           "集装箱业务增长最快。\n\n"
           "港口集团表示,今年将新开多条航线,并扩建两座码头,预计全年吞吐量将再创新高。\n")
BODY_EN = ("The council approved a new budget on Tuesday after weeks of debate over road repairs and school "
           "funding.\n\n"
           "Officials said the plan raises spending by 4 percent and keeps taxes flat for homeowners next year.\n")


def test_a_label_alone_takes_the_short_line_under_it() -> None:
    assert joined_labels(["編輯:", "孫丁玲", "正文"]) == ["編輯:孫丁玲", "正文"]
    assert joined_labels(["Author:", "Maria Lopez"]) == ["Author:Maria Lopez"]
    assert joined_labels([]) == []


def test_a_label_over_another_label_or_a_long_line_stays_alone() -> None:
    assert joined_labels(["来源:", "编辑:王斌"]) == ["来源:", "编辑:王斌"]
    long_line = "The council approved a new budget on Tuesday after weeks of debate."
    assert joined_labels(["Author:", long_line]) == ["Author:", long_line]


def test_the_name_under_an_editors_label_is_an_editor(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, f"港口货物吞吐量连续三月增长\n编辑:\n孙丽\n\n{BODY_ZH}")
    assert brief.meta.editors == ["孙丽"]
    assert "孙丽" not in brief.meta.authors


def test_the_name_under_an_authors_label_is_a_writer(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, f"Council passes budget after long debate\nAuthor:\nMaria Lopez\n\n{BODY_EN}")
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_heading_under_an_empty_label_is_no_value() -> None:
    assert joined_labels(["责任编辑:", "相关新闻"]) == ["责任编辑:", "相关新闻"]
    assert joined_labels(["Editor:", "more stories from the desk"]) == ["Editor:", "more stories from the desk"]


def test_a_given_name_an_agency_also_bears_opens_a_writers_name(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, f"Council passes budget after long debate\nBy Ana Kovac\nMarch 5, 2024\n\n{BODY_EN}")
    assert brief.meta.authors == ["Ana Kovac"]
