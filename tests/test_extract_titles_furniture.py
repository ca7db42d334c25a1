"""Title kinds from the h26- heads batch: widgets, tags, menu words, labelled titles, site suffixes, paywalls.

Made-up pages in each kind's form, read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = ("The port authority said freight volumes at the harbour rose 12% in February, the third monthly rise "
        "in a row, as container traffic recovered.\n\n"
        "Port officials said the harbour expects freight volumes to keep rising through the spring.\n")
BODY_ZH = ("(本报讯)港务局表示,今年二月港口货物吞吐量增长12%,集装箱运输持续恢复。\n\n"
           "港务局官员表示,预计港口货物吞吐量在春季将继续增长。\n")


def _title(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    brief: Brief = extract_article(page)[0]
    return brief.meta.title


def test_a_headline_labelled_with_a_menu_word_is_the_title(tmp_path: Path) -> None:
    title = "News Digest: Harbour Freight Volumes Report Available in Mid-March"
    assert _title(tmp_path, f"{title}\n\nPA 26-07\n{BODY}") == title


def test_a_column_tag_in_lenticular_brackets_belongs_to_the_headline(tmp_path: Path) -> None:
    title = "【港口】二月货物吞吐量增长12% 集装箱运输恢复"
    assert _title(tmp_path, f"{title}\n信息来自:港口网 · 日期:07-03-2024\n\n{BODY_ZH}") == title


def test_a_headline_printed_three_times_is_still_the_title(tmp_path: Path) -> None:
    # an op-ed opening on an anecdote: its first paragraphs share no words with the headline
    title = "Op-Ed: Raising Minimum Wage a Burden, Not a Benefit"
    opening = ("During his campaign, the governor liked to say he would focus like a laser on creating jobs.\n\n"
               "With his next breath, he outlined a plan that would discourage employment across the state.\n")
    text = (f"{title}\n\n{title}\n1-27-2014---Benefit.jpg\n\n{title}\n\n"
            f"Originally published by the Harbour Herald.\n\n{opening}")
    assert _title(tmp_path, text) == title


def test_a_labelled_original_title_beats_a_site_name_line(tmp_path: Path) -> None:
    text = f"中国港口网\n原标题:二月港口货物吞吐量增长12%\n{BODY_ZH}"
    assert _title(tmp_path, text) == "二月港口货物吞吐量增长12%"


def test_a_chinese_site_suffix_is_no_part_of_the_title(tmp_path: Path) -> None:
    assert _title(tmp_path, f"二月港口货物吞吐量增长12%-港口日报\n\n{BODY_ZH}") == "二月港口货物吞吐量增长12%"


def test_a_reading_time_run_onto_the_headline_is_cut(tmp_path: Path) -> None:
    text = f"Harbour freight volumes rise 12% in February1 min read . Updated: 05 Feb 2021, 02:27 PM IST\n\n{BODY}"
    assert _title(tmp_path, text) == "Harbour freight volumes rise 12% in February"


def test_paywall_prompts_and_a_weather_widget_do_not_hide_the_headline(tmp_path: Path) -> None:
    text = ("Please register to access this content.\n\n"
            "To continue viewing the content you love, please sign in or create a new account\n\n"
            "19° C, Sunny\n\nHarbour freight volumes rise again\n\n" + BODY)
    assert _title(tmp_path, text) == "Harbour freight volumes rise again"


@pytest.mark.parametrize("title", ["【预算】市政府拨款5亿元 建设新码头", "【预算】财政局:拨款5亿元 建设新码头"])
def test_a_column_tag_gives_no_words_to_a_headline_figure_label(tmp_path: Path, title: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{title}\n\n{BODY_ZH}", encoding="utf-8")
    figures = [f for f in extract_article(page)[0].figures if f.value == 5e8]
    assert figures, "the headline's figure is kept: the body does not repeat it"
    assert all("【" not in f.label and "】" not in f.label for f in figures), [f.label for f in figures]
