"""The extractor's parts one by one: dates, numbers, sentences, metadata lines, other languages."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.check import check_content
from briefkit.extract import extract_article
from briefkit.extract.dates import find_dates, parse_date
from briefkit.extract.dump import dump_brief
from briefkit.extract.fields import labelled_fields
from briefkit.extract.numbers import find_numbers
from briefkit.extract.sentences import split_sentences
from briefkit.readers import read_article

PUBLISHED = dt.date(2024, 8, 16)  # a Friday


@pytest.mark.parametrize("line", [
    "2024-08-16", "2024/08/16 10:32", "2024.08.16", "16/08/2024", "August 16, 2024", "Aug. 16, 2024",
    "Friday, August 16, 2024 10:32 AM", "16 August 2024", "16th of August 2024", "16 août 2024",
    "2024年8月16日", "2024-08-16 10:32:00 Source: XinhuaNet",
])
def test_publication_date_formats(line: str) -> None:
    found = parse_date(line)
    assert found is not None and found.value == "2024-08-16" and found.precision == "day"


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("In October last year, China proposed", "2023-10", "month"),
    ("in July of this year, the assembly", "2024-07", "month"),
    ("since 2018, China has held", "2018", "year"),
    ("a forecast made in October", "2023-10", "month"),
    ("prices rose in March", "2024-03", "month"),
    ("the ministry said on Tuesday", "2024-08-13", "day"),
    ("the ministry said on Friday", "2024-08-16", "day"),
    ("officials said yesterday", "2024-08-15", "day"),
    ("l'an dernier", "2023", "year"),
    ("去年10月，中国提出", "2023-10", "month"),
    ("planned for December 2026", "2026-12", "month"),
])
def test_relative_dates_resolve_against_publication(text: str, value: str, precision: str) -> None:
    mentions = find_dates(text, PUBLISHED)
    assert [(m.value, m.precision) for m in mentions] == [(value, precision)]
    assert mentions[0].original in text


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("In October last year, China proposed") == ()


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("over 140 countries", 140, None, "over"),
    ("nearly 40% of the total", 40, "%", "nearly"),
    ("$24.01 trillion", 24.01e12, "USD", None),
    ("€480 million", 480e6, "EUR", None),
    ("4.6 billion yuan", 4.6e9, "CNY", None),
    ("up 0.3 percentage points", 0.3, "percentage points", None),
    ("6.8 per cent", 6.8, "%", None),
    ("7,5 %", 7.5, "%", None),
    ("38 000 trains", 38000, None, None),
    ("5.4万件", 54000, None, None),
    ("140多个国家", 140, None, "over"),
    ("one third of the world", 33.33, "%", None),
    ("fell by almost a third", 33.33, "%", "almost"),
])
def test_quantities(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    (found,) = find_numbers(text)
    assert found.value == pytest.approx(value) and found.unit == unit and found.qualifier == qualifier


@pytest.mark.parametrize("text", ["the G20 summit", "COVID-19 cases", "the COVID 19 restrictions", "Covid 19 funding",
                                  "the 78th session", "No. 10", "第78届",
                                  "half the time", "in 2024"])
def test_not_quantities(text: str) -> None:
    assert [q for q in find_numbers(text) if not q.is_year] == []


def test_sentences_survive_abbreviations() -> None:
    text = "The U.S. economy grew 2.5% in Q1. Dr. Smith met No. 10 officials at 9 a.m. on Monday. 他说。好的！"
    assert split_sentences(text) == ["The U.S. economy grew 2.5% in Q1.",
                                     "Dr. Smith met No. 10 officials at 9 a.m. on Monday.", "他说。", "好的！"]


def test_footer_fields() -> None:
    assert labelled_fields("Edit:Yi Jing Responsible editor:Li Nian") == [("edit", "Yi Jing"),
                                                                          ("responsible editor", "Li Nian")]
    assert labelled_fields("责任编辑：李念 来源：新华网") == [("责任编辑", "李念"), ("来源", "新华网")]


CHINESE = ("加强人工智能国际合作正当其时\n2024年08月16日 来源：新华网\n"
           "据世界知识产权组织数据，2014年至2023年，全球生成式人工智能专利申请量共计5.4万件，其中中国申请3.8万件，"
           "占比70%，位居世界第一。去年10月，中国提出《全球人工智能治理倡议》。\n责任编辑：李念\n")


def test_chinese_article_in_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_bytes(CHINESE.encode("gb18030"))
    brief, warnings = extract_article(path)
    assert any("gb18030" in w for w in warnings)
    assert brief.meta.title == "加强人工智能国际合作正当其时" and brief.meta.source == "新华网"
    assert brief.meta.editors == ["李念"] and brief.meta.language == "zh"
    assert {(f.value, f.unit) for f in brief.figures} >= {(54000, "件"), (38000, "件"), (70, "%")}
    # "位居世界第一" is a rank, no figure (the corpus convention settled at stop 25)
    assert not any(f.unit == "rank" or f.value == 1 for f in brief.figures)
    assert ("2023-10", "去年10月") in {(e.date, e.original) for e in brief.timeline}
    assert "世界知识产权组织" in {o.name for o in brief.organisations}
    assert "China" in {p.name for p in brief.places}
    content = tmp_path / "zh.yaml"
    content.write_text(dump_brief(brief, path), encoding="utf-8")
    assert check_content(content, path) == []


def test_html_article_extracts_metadata(tmp_path: Path) -> None:
    paragraph = ("The council approved a budget of 12 million euros for new schools on Monday, the mayor said, "
                 "after a debate that lasted most of the day.")
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Council approves school budget</title><meta name='author' content='Maria Rossi'>"
        "<meta property='article:published_time' content='2024-05-02'>"
        "<meta property='og:site_name' content='City News'></head><body><article>"
        f"<h1>Council approves school budget</h1><p>{paragraph}</p><p>{paragraph.replace('12', '14')}</p>"
        "</article><footer>Follow us on social media</footer></body></html>", encoding="utf-8")
    brief, _ = extract_article(path)
    assert brief.meta.title == "Council approves school budget"
    assert brief.meta.authors == ["Maria Rossi"] and brief.meta.source == "City News"
    assert brief.meta.date == dt.date(2024, 5, 2)
    assert {f.value for f in brief.figures} == {12e6, 14e6}
    assert ("2024-04-29", "on Monday") in {(e.date, e.original) for e in brief.timeline}


def test_corrupt_docx_is_one_clear_error(tmp_path: Path) -> None:
    from briefkit.errors import BriefkitError

    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(BriefkitError, match="not a readable Word document"):
        read_article(path)


def test_cli_warns_on_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Les ports accélèrent\n12 mars 2024\nSelon l'étude publiée à Genève, près de 38 000 "
                     "navires ont fait escale dans les ports européens l'an dernier.\n".encode("latin-1"))
    result = subprocess.run([sys.executable, "-m", "briefkit", "extract", str(path), "--out", "x.yaml"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "not valid UTF-8" in result.stderr and "Traceback" not in result.stderr
    assert "Genève" in (tmp_path / "x.yaml").read_text(encoding="utf-8")
