"""Labels a reader sees on a figure (issue 12, item 2): a gapped clause's own subject, "U.S." with its stops,
a conversion in brackets labelled as its primary, both ends of a range and every member of a list labelled as
one measure, no label made of another figure's digits, and Chinese labels that never start with a measure word.
Small made-up articles run end to end through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.labels import around


def _brief(tmp_path: Path, body: str, title: str = "Trade figures for the month") -> Brief:
    path = tmp_path / "article.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    brief, _ = extract_article(path)
    return brief


def _labels(brief: Brief) -> dict[float, str]:
    return {f.value: f.label for f in brief.figures}


@pytest.mark.parametrize("sentence", [
    "Exports to the U.S. fell by 3.6% and exports to Russia by 7.4% in May, the office said.",
    "In May, exports to the U.S. fell by 3.6% and exports to Russia by 7.4%, the office said.",
])
def test_a_gapped_clause_has_its_own_subject(tmp_path: Path, sentence: str) -> None:
    labels = _labels(_brief(tmp_path, sentence))
    assert labels[7.4] == "Exports to Russia", labels
    assert labels[3.6].startswith("Exports to the U.S."), labels


def test_those_in_a_gapped_clause_takes_the_first_subjects_noun(tmp_path: Path) -> None:
    labels = _labels(_brief(tmp_path, "Imports from the U.K. rose 2.2% and those from Japan 3.3% last month."))
    assert labels[3.3] == "Imports from Japan", labels


def test_an_abbreviation_keeps_its_stops(tmp_path: Path) -> None:
    labels = _labels(_brief(tmp_path, "New tariffs cut exports to the U.S. by 3.6% in the year, officials said."))
    assert labels[3.6] == "Exports to the U.S.", labels


@pytest.mark.parametrize("sentence", [
    "Exports were 7.67 trillion yuan, or about $1.12 trillion, the customs office said on Friday.",
    "The plan costs Rs 500 crore (about $60 million), the ministry said on Friday.",
])
def test_a_conversion_takes_its_primarys_label(tmp_path: Path, sentence: str) -> None:
    figures = _brief(tmp_path, sentence).figures
    primary, converted = figures[0], figures[1]
    assert converted.unit == "USD" and converted.label == f"{primary.label} (in USD)", \
        [(f.value, f.label) for f in figures]
    assert primary.unit not in primary.label  # "The plan costs INR": a currency code is no label word


def test_both_ends_of_a_range_have_one_label(tmp_path: Path) -> None:
    brief = _brief(tmp_path, "The company says it will pay between US$42 and US$47 per share, which is between "
                             "0.4 and 11.5 per cent higher than the average price.")
    labels = _labels(brief)
    assert labels[42.0] == labels[47.0] and labels[0.4] == labels[11.5], labels
    assert not any(ch.isdigit() for ch in labels[0.4]), labels


def test_a_list_of_figures_is_one_measure(tmp_path: Path) -> None:
    labels = _labels(_brief(tmp_path, "Trade with the EU, ASEAN and Japan rose by 11.7 percent, 5.1 percent and "
                                      "3.6 percent respectively, the customs office said."))
    assert labels[11.7] == labels[5.1] == labels[3.6], labels
    assert labels[3.6] != "%" and not any(ch.isdigit() for ch in labels[3.6]), labels


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("会议邀请了5个国家。", 5.0, "会议邀请国家"),
    ("本次活动参与者达100人。", 100.0, "本次活动参与者"),
    ("全市共有企业3万家。", 30000.0, "全市共有企业"),
    ("大会吸引了2万名中外记者。", 20000.0, "中外记者"),
])
def test_chinese_labels_never_start_with_a_measure_word(tmp_path: Path, sentence: str, value: float,
                                                        label: str) -> None:
    labels = _labels(_brief(tmp_path, sentence, title="新闻发布会举行"))
    assert labels[value] == label, labels


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("Dockers returned to work after ending a two-day strike that had left ships waiting.", 2.0, "Strike"),
    ("The company said electric bills will rise for three years under the new plan.", 3.0, "Electric bills rise"),
])
def test_a_length_of_time_is_labelled_by_what_lasts(tmp_path: Path, sentence: str, value: float,
                                                     label: str) -> None:
    labels = _labels(_brief(tmp_path, sentence))
    assert labels[value] == label, labels


def test_a_clause_label_keeps_an_abbreviations_stop() -> None:
    text = "Prices were 12 percent higher across the U.S."
    at = text.index("12")
    assert around(text, at, at + 2).endswith("across the U.S.")
    assert not around("Prices were 12 percent higher in May.", at, at + 2).endswith(".")
