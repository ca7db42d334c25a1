"""Datelines, bylines and credits are not content; a Chinese sentence is printed once too.

Briefs are rendered through the real templates and writers (the note's
Markdown and PDF); what a reader gets is searched.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SAMPLE, SAMPLE_ZH, pdftotext

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief
from briefkit.writers.credits import is_credit


def render_note(brief: Brief, content: Path, tmp_path: Path) -> dict[str, str]:
    """The note's Markdown and its PDF's text."""
    request = RenderRequest(content, tmp_path, products=("note",), formats=("md", "pdf"))
    files = render_brief(brief, request, content.name).files
    data = {path.suffix: blob for path, blob in files.items()}
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(data[".pdf"])
    return {"md": data[".md"].decode("utf-8"), "pdf": " ".join(pdftotext(pdf).split())}


def _with_points(brief: Brief, points: list[str], **extra: object) -> Brief:
    data = brief.model_dump(mode="json")
    data["key_points"] = [{"text": p} for p in points]
    data.update(extra)
    return Brief.model_validate(data)


CREDITS = ["By Jane Doe", "By Jane Doe, Staff Writer", "(Reporting by Jane Doe; Editing by Bob Lee)",
           "中新社记者易海菲摄", "（责编：可黎明、杨牧）", "(責(zé)編:可黎明(實(shí)習(xí)生)、楊牧)",
           "2017年04月20日10:28 | 来源：中国新闻网", "图为美国中文网记者提问。",
           "The press release issued by the Scottish Government on 16 October 2022."]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_lines_are_recognised(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize("line", ["By 2050, demand for water is expected to rise by 20% to 30%.",
                                  "By rush hour, the subway system was virtually paralyzed.",
                                  "记者：实施地区生产总值统一核算改革的背景和重大意义是什么？",
                                  "2023年，记者在走访调研中，感受真实的中国。",
                                  "The press release was welcomed by farmers across the region."])
def test_content_is_not_a_credit(line: str) -> None:
    assert not is_credit(line)


def test_english_bylines_and_tags_are_not_key_points(tmp_path: Path) -> None:
    brief = load_brief(SAMPLE)
    first, *rest = [p.text for p in brief.key_points]
    points = [f"date 2020-06-30 {first}", *rest, "By Jane Doe", "(Reporting by Jane Doe; Editing by Bob Lee)"]
    figures = brief.model_dump(mode="json")["figures"]
    label = figures[0]["label"]
    figures[0]["label"] = f"date 2020-06-30 {label}"  # in the key figures table, a cell of its own
    out = render_note(_with_points(brief, points, figures=figures), SAMPLE, tmp_path)
    assert f"| {label}" in out["md"]
    for text in out.values():
        assert "Jane Doe" not in text
        assert "2020-06-30" not in text
    assert f"- {first}" in out["md"]
    assert " ".join(first.split()) in out["pdf"]


def test_chinese_credits_go_and_a_sentence_is_printed_once(tmp_path: Path) -> None:
    brief = load_brief(SAMPLE_ZH)
    points = [p.text for p in brief.key_points]
    extra = ["中新社记者易海菲摄", "（责编：可黎明、杨牧）", "2017年04月20日10:28 | 来源：中国新闻网"]
    twice = points[1]
    mixed = [f"【环球时报综合报道】{points[0]}", *points[1:], twice, *extra]
    background = [*brief.background, f"{points[2]}这一段的其余部分说了新的东西。"]
    out = render_note(_with_points(brief, mixed, background=background), SAMPLE_ZH, tmp_path)
    md = out["md"]
    for line in extra:
        assert line not in md
    assert "环球时报" not in md and "环球时报" not in out["pdf"]
    assert f"- {points[0]}" in md
    assert md.count(twice) == 1
    # The background paragraph keeps its new sentence and loses the one the key points hold.
    assert md.count(points[2]) == 1
    assert "这一段的其余部分说了新的东西。" in md


def test_a_masthead_line_as_a_theme_heading_and_a_credit_inside_a_paragraph_go(tmp_path: Path) -> None:
    brief = load_brief(SAMPLE_ZH)
    data = brief.model_dump(mode="json")
    meta_line = "支援← →鍵翻頁發佈時間: 2015-03-10 | 來源: 中國網 | 作者: 楊楠 | 責任編輯: 楊楠"
    data["sections"][0]["heading"] = meta_line
    data["sections"][0]["paragraphs"] = ["外媒記者都關心哪些問題，又在記錄著怎樣的中國故事？中國網記者郭天虎攝影"]
    data["sections"][0]["bullets"] = []
    md = render_note(Brief.model_validate(data), SAMPLE_ZH, tmp_path)["md"]
    assert "楊楠" not in md and "郭天虎" not in md
    assert "外媒記者都關心哪些問題" in md
