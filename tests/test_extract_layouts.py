"""Drafts from real page layouts: metadata lines, figures that are and are not figures, Chinese, salience.

Each case is a small article in a layout seen on real pages (benchmarks/articles/ holds the pages
themselves); the extractor runs end to end through the reader, as ``briefkit extract`` does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.dates import find_dates
from briefkit.extract.dump import dump_brief
from briefkit.extract.numbers import find_numbers
from briefkit.yamlio import parse_text

BODY = "Shipping rates rose 12% in February, the industry group said in its monthly report for members.\n"


def _extract(tmp_path: Path, text: str, name: str = "article.txt") -> tuple[Brief, list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_article(path)


@pytest.mark.parametrize(("text", "title", "date", "source", "authors"), [
    ("Global shipping rates climb again\nBy Jane Smith and Tom Lee, staff reporters\n"
     "March 5, 2021 at 9:30 am Updated March 6, 2021 at 10:00 am\n\n" + BODY,
     "Global shipping rates climb again", "2021-03-05", None, ["Jane Smith", "Tom Lee"]),
    ("Rates climb again\n\nTue 5 Mar 2021 09.30 GMT\n\n" + BODY, "Rates climb again", "2021-03-05", None, []),
    ("Skip to main content\nHome > World > Asia\nChina's exports rise in June\n2021-03-05 Xinhua\n\n" + BODY,
     "China's exports rise in June", "2021-03-05", "Xinhua", []),
    ("Bridge reopens after repairs\nby Ann Lee (reporting) and Bo Chan (photography)\n12 June 2023\n\n" + BODY,
     "Bridge reopens after repairs", "2023-06-12", None, ["Ann Lee", "Bo Chan"]),
    ("Rain cripples city transit By JANE DOE and JOHN ROE, Associated Press Writers\n"
     "Wednesday, August 8, 2007\n\n" + BODY,
     "Rain cripples city transit", "2007-08-08", "Associated Press", ["Jane Doe", "John Roe"]),
    ("Port traffic surges\n\nBEIJING, July 19, 2024 (Xinhua) -- " + BODY,
     "Port traffic surges", "2024-07-19", "Xinhua", []),
])
def test_metadata_from_common_layouts(tmp_path: Path, text: str, title: str, date: str, source: str | None,
                                      authors: list[str]) -> None:
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == title
    assert brief.meta.date == dt.date.fromisoformat(date)
    assert brief.meta.source == source
    assert brief.meta.authors == authors


def test_a_title_past_other_candidates_is_a_weak_guess(tmp_path: Path) -> None:
    text = "Menu\nPort traffic rose in the spring months\nOther story headline goes right here\n12 June 2023\n\n" + BODY
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.title == "Other story headline goes right here"  # the line the date line follows
    assert any(w.startswith("meta.title is a guess") for w in warnings)


def test_wire_credits_close_the_story_and_leave_the_body(tmp_path: Path) -> None:
    text = ("Krka to delist shares\n\nLJUBLJANA, June 3, 2014 (Reuters) - Krka said it would delist 7.4 percent "
            "of its shares and buy back up to 10 percent over the next three years.\n"
            "Krka shares rose 0.55 percent to 69 euros ($93.89). ($1 = 0.7349 Euros) (Reporting By Marja Novak; "
            "editing by Louise Heavens and Jane Baird)\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "Reuters"
    assert brief.meta.authors == ["Marja Novak"] and brief.meta.editors == ["Louise Heavens", "Jane Baird"]
    assert sorted(f.value for f in brief.figures) == [0.55, 7.4, 10, 69, 93.89]
    assert "Reporting" not in dump_brief(brief, Path("a.txt"))


def test_chinese_portal_and_dateline(tmp_path: Path) -> None:
    text = ("天津港吞吐量创新高\n2024年8月16日 来源：中新网 责任编辑：李念)\n\n"
            "中新社天津8月15日电（记者 刘亮 王芳）天津港今年前7个月货物吞吐量达1.6亿吨，同比增长近四成。"
            "上月，港口新开3条航线，百分之五十的集装箱运往东南亚。8月16日，交通运输部发布了新规划。\n")
    brief, _ = _extract(tmp_path, text)
    meta = brief.meta
    assert (meta.title, meta.date) == ("天津港吞吐量创新高", dt.date(2024, 8, 16))
    assert (meta.source, meta.language) == ("中新网", "zh")
    assert meta.authors == ["刘亮", "王芳"] and meta.editors == ["李念"]
    figures = {(f.value, f.unit) for f in brief.figures}
    assert {(160000000.0, "吨"), (40.0, "%"), (50.0, "%"), (3.0, "条")} <= figures
    assert 7.0 not in {f.value for f in brief.figures}  # 前7个月 is the period, not a figure
    assert {"2024-07", "2024-08-16"} <= {e.date for e in brief.timeline}
    assert "交通运输部" in {o.name for o in brief.organisations}
    assert not any(s.startswith("中新社") for s in [brief.summary, *brief.background])


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a 4.2-percent rise seen in May", 4.2, "%"),
    ("CNY2.5 trillion in loans", 2.5e12, "CNY"),
    ("13.3 trillion U.S. dollars", 13.3e12, "USD"),
    ("a Rs 16,300-crore mission", 1.63e11, "INR"),
    ("C$27,501,000 worth of shares", 27501000, "CAD"),
    ("约5955亿港元", 5.955e11, "HKD"),
    ("收窄6.1個百分點", 6.1, "percentage points"),
    ("722786億元", 7.22786e13, "CNY"),
    ("seven percent year on year", 7, "%"),
    ("the bull weighed 300 pounds", 300, "lb"),
    ("a fine of 300 pounds", 300, "GBP"),
])
def test_units_of_figures(text: str, value: float, unit: str) -> None:
    (found,) = [q for q in find_numbers(text) if not q.is_year]
    assert found.value == pytest.approx(value) and found.unit == unit


def test_ranges_and_lists_carry_their_unit() -> None:
    assert [(q.value, q.unit) for q in find_numbers("between 0.4 and 11.5 per cent")] == [(0.4, "%"), (11.5, "%")]
    assert [(q.value, q.unit) for q in find_numbers("a target of 6-6.5 percent")] == [(6, "%"), (6.5, "%")]
    assert [q.unit for q in find_numbers("分别收窄1.7、0.7、8.3个百分点")] == ["percentage points"] * 3


def test_what_is_not_a_figure(tmp_path: Path) -> None:
    text = ("City budget passes\n12 June 2023\n\n"
            "The plan, approved at 9 a.m. on Aug. 11 after a vote 59 minutes earlier, adds 54,000 homes [1]. "
            "\"It will help,\" said Ruby Russell, 64, a tenant. Growth in the first half of the year was 3.1%. "
            "Rents fell in the first 11 months, and the second phase starts soon.\n")
    brief, _ = _extract(tmp_path, text)
    assert {(f.value, f.display) for f in brief.figures} == {(54000.0, "54,000"), (3.1, "3.1%")}


def test_summary_key_points_and_background_share_no_sentence(tmp_path: Path) -> None:
    sentences = [f"The council said project {n} would cost {n * 7} million pounds and employ {n * 40} people."
                 for n in range(1, 13)]
    brief, _ = _extract(tmp_path, "Council projects\n12 June 2023\n\n" + "\n\n".join(sentences) + "\n")
    summary = {s for s in sentences if s in brief.summary}
    points = {p.text for p in brief.key_points}
    background = {s for s in sentences if any(s in paragraph for paragraph in brief.background)}
    assert summary and points and not (summary & points) and not (summary & background) and not (points & background)
    assert len(brief.key_points) <= 5 and all(len(p.text.split()) <= 35 for p in brief.key_points)


def test_an_op_ed_without_numbers_gets_key_points(tmp_path: Path) -> None:
    text = ("Government oversight is necessary\n\n" + " ".join(
        f"Argument {word} shows that public oversight protects citizens in ways markets cannot match."
        for word in ("one", "two", "three", "four", "five", "six")) + "\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.figures == [] and 1 <= len(brief.key_points) <= 5


def test_timeline_is_sorted_and_merged(tmp_path: Path) -> None:
    text = ("Rail works\n12 June 2023\n\nThe line closes in March 2024 for repairs. It reopened in May 2021 after "
            "a fire. Work began in January 2022 with new tracks. The line closes in March 2024 for repairs.\n")
    brief, _ = _extract(tmp_path, text)
    assert [e.date for e in brief.timeline] == ["2021-05", "2022-01", "2024-03"]


def test_interface_words_are_not_quotes(tmp_path: Path) -> None:
    text = ("Forum opens\n12 June 2023\n\nReaders can press \"Like\" or \"Share\" below the article about the "
            "forum. Delegates met at the \"Promoting High-Quality Development\" Forum in Beijing, and the minister "
            "called the plan \"a step towards cleaner air for every city\".\n")
    brief, _ = _extract(tmp_path, text)
    assert [q.text for q in brief.quotes] == ["a step towards cleaner air for every city"]


def test_relative_chinese_dates() -> None:
    published = dt.date(2024, 8, 20)
    assert [m.value for m in find_dates("8月16日，会议召开", published)] == ["2024-08-16"]
    assert [m.value for m in find_dates("12月30日举行", published)] == ["2023-12-30"]
    assert [m.value for m in find_dates("上月，销量增长", published)] == ["2024-07"]
    assert [m.value for m in find_dates("昨天发布", published)] == ["2024-08-19"]


def test_a_draft_says_it_is_one(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "Rates climb again\n\nTue 5 Mar 2021 09.30 GMT\n\n" + BODY)
    text = dump_brief(brief, Path("article.txt"))
    data = parse_text(text, "draft")
    assert data["meta"]["status"] == "draft"
    for key in ("marking", "prepared_for", "prepared_by", "contact", "reference", "date_prepared"):
        assert f"  # {key}:" in text and key not in data["meta"]
    assert "\n# recommendation:" in text and "\n# decision:" in text
