"""Writers on pages whose byline forms nobody tuned on: the kinds of author misses seen across batches.

Each case is a small made-up article in one kind's form (not a copy of a corpus page), extracted end to end
through ``extract_article``: desk and staff bylines (no person, the outlet as source), a byline glued to
what a pasted page printed before or after it, a name alone on its line between a caption and the date, a
closing note whose subject is set off by an appositive, Chinese labels in less common forms, and the names a
page prints that are not its writers (teasers' bylines at the foot, a release's press contact).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n\n"
        "Container traffic was the strongest part of the rise, with shipping lines adding calls at the terminal.\n")
ZH_BODY = "据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。港口方面表示,集装箱业务增长最快。\n"


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)


@pytest.mark.parametrize(("byline", "source"), [("By Reuters Staff", "Reuters"), ("By Harbour Web Desk", None),
                                                 ("Harbour Web Desk", None)])
def test_a_desk_or_staff_byline_names_no_author(tmp_path: Path, byline: str, source: str | None) -> None:
    # README (benchmarks/articles), "Desk and staff bylines": the outlet is the source, and no author
    brief, _ = _extract(tmp_path, f"Port volumes climb for a third month\n{byline}\nMarch 4, 2021\n\n" + BODY)
    assert brief.meta.authors == []
    if source:
        assert brief.meta.source == source


def test_a_staff_byline_with_a_person_names_the_person_and_without_one_no_one(tmp_path: Path) -> None:
    person, _ = _extract(tmp_path, "Port volumes climb for a third month\nBy Jane Doe, Reuters Staff\n"
                                   "March 4, 2021\n\n" + BODY)
    staff, _ = _extract(tmp_path, "Port volumes climb for a third month\nBy Reuters Staff\nMarch 4, 2021\n\n" + BODY)
    assert (person.meta.authors, staff.meta.authors) == (["Jane Doe"], [])
    assert person.meta.source == staff.meta.source == "Reuters"


def test_a_byline_glued_to_an_image_file_name(tmp_path: Path) -> None:
    text = ("Harbour freight: who gains from the new routes?\n\n"
            "HarbourChart_2 (1).jpgBy Maria Lopez, originally published in Coastal Weekly, June 7, 2018, and looks at "
            "how the terminals shared the new traffic during the busiest three months of the year.\n\n" + BODY)
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.authors == ["Maria Lopez"]
    assert any(w.startswith("meta.authors is a guess") for w in warnings)


def test_a_posted_by_byline_run_into_the_first_quotation(tmp_path: Path) -> None:
    text = ("The case for bigger ports\n"
            "Posted by Daniel Foster“If the ships keep coming,” Helen Marsh, of the Harbour Trust, wrote on Wednesday, "
            "“the quays will be full by spring.” For the past twenty years, studying port traffic has been a "
            "growth industry, and the debate about who pays for the new berths has not gone away.\n\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Daniel Foster"]


def test_a_name_alone_between_a_caption_and_the_date(tmp_path: Path) -> None:
    text = ("The largest rise in the quarter was in container traffic. (Image: Unsplash)\nMaria Lopez\n"
            "Wed, 19 Jul 2023\n" + BODY)
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.authors == ["Maria Lopez"]
    assert any(w.startswith("meta.authors is a guess") for w in warnings)


def test_the_bylines_of_teasers_at_the_foot_are_not_the_writers(tmp_path: Path) -> None:
    text = ("Port volumes climb for a third month\n\n" + BODY + "\nTechnology\n\n"
            "Robot cranes now part of the terminal's routine, says harbour master\n\n"
            "The harbour master says the cranes have cut waiting times by a third.\n\nDaniel Foster 2:10pm\n\n"
            "Media\n\nLocal radio hires new morning host amid cuts\n\n"
            "The station has hired a former newspaper editor to lead its breakfast show.\n\nHelen Marsh 1:38pm\n")
    brief, _ = _extract(tmp_path, text)
    assert "Daniel Foster" not in brief.meta.authors
    assert "Helen Marsh" not in brief.meta.authors


def test_a_press_contact_under_a_contact_heading_is_no_writer(tmp_path: Path) -> None:
    text = ("Commenting on the port figures published today, Tom Reed, head of policy at Harbour Watch, said:\n"
            "\"The figures show the terminal is full.\"\n" + BODY + "Notes to editors\nSee the port's monthly report.\n"
            "Contact information\nAnna Whitcombe, anna.whitcombe@harbourwatch.org, +44 7700 900123\n"
            "Follow on Twitter: @HarbourWatch.\nSee the port's monthly report.\n"
            "Anna Whitcombe, anna.whitcombe@harbourwatch.org, +44 7700 900123\n")
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.authors == []
    assert not any(w.startswith("meta.authors is a guess") for w in warnings)


def test_a_closing_note_with_the_writers_role_set_off_by_commas(tmp_path: Path) -> None:
    text = ("Why ports need more berths\n\n" + BODY + "\n"
            "Helen J. Marsh, a 2019 winner of the Harbour Prize, is professor of transport economics at Bayside "
            "University and the author of \"Full Quays\".\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Helen J. Marsh"]


@pytest.mark.parametrize(("credit", "authors", "editors"), [
    ("者 | 张伟\n\n编辑 | 王芳", ["张伟"], ["王芳"]),
    ("文| 某某投资有限公司董事长、前副总裁 陈九霖\n\n责编:王芳", ["陈九霖"], ["王芳"]),
])
def test_chinese_writer_labels_in_less_common_forms(tmp_path: Path, credit: str, authors: list[str],
                                                    editors: list[str]) -> None:
    brief, _ = _extract(tmp_path, "港口吞吐量连续三个月增长\n\n2021-03-04\n\n" + credit + "\n\n" + ZH_BODY)
    assert brief.meta.authors == authors
    assert brief.meta.editors == editors


def test_a_chinese_closing_credit_of_words_and_pictures(tmp_path: Path) -> None:
    # "图文:" credits the words and the pictures: the writer; review roles (初审, 审核) are no editors
    brief, _ = _extract(tmp_path, "港口吞吐量连续三个月增长\n\n时间:2025-03-05浏览:10\n\n" + ZH_BODY
                        + "\n(图文:张伟 初审:李明 编辑:王芳 审核:赵强)\n")
    assert brief.meta.authors == ["张伟"]
    assert brief.meta.editors == ["王芳"]
