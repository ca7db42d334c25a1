"""Units a sentence writes once, found on pages nobody tuned on (the a34-a37 batches): a sum of money whose
currency an earlier sum in the sentence gave ("USD1.749 trillion, of which exports amounted to 958.34 billion"), a
sum with its scale word before a percentage ("imports to 827.87 billion, 3.7% lower": no percent), a rate's new
level written bare before its old one ("to 11.5 down from 12 percent"), a flattened table under a percent column
("…, % TOTAL 3.4 Food 5.7 Communications -4.1"), a Chinese list's count after 等 ("A、B、C、D等4家": the four
names) and "两位数" (double digits, no count of people).

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return {(round(f.value, 4), f.unit) for f in drafted(tmp_path, HEAD + body + "\n").figures}


@pytest.mark.parametrize(("body", "value", "unit"), [
    ("Trade totalled USD2.31 trillion in the half, of which exports amounted to 1.24 billion, up 2% on the year, "
     "the customs office said.", 1.24e9, "USD"),
    ("The fund raised €4.5 billion this year, while 800 million went to the bonds it holds, officials said.",
     800e6, "EUR"),
])
def test_bare_sum_takes_the_sentence_currency(tmp_path: Path, body: str, value: float, unit: str) -> None:
    assert (value, unit) in _figures(tmp_path, body)


def test_scaled_sum_before_a_percent_is_no_percent(tmp_path: Path) -> None:
    found = _figures(tmp_path, "Imports fell to 612.5 billion, 4.2% lower than a year ago, the bureau said.")
    assert (612.5e9, "%") not in found
    assert (4.2, "%") in found


@pytest.mark.parametrize(("body", "value"), [
    ("The central bank cut its key rate to 9.5 down from 10 percent on Tuesday, the governor said.", 9.5),
    ("The bank raised the deposit rate to 4.75 from 4.5 per cent, the statement said.", 4.75),
])
def test_new_level_before_old_takes_its_percent(tmp_path: Path, body: str, value: float) -> None:
    assert (value, "%") in _figures(tmp_path, body)


def test_table_under_a_percent_column(tmp_path: Path) -> None:
    body = ("Change of producer prices by branch, 2023 Branch 2022–2023, % TOTAL 2.6 Mining 7.3 Energy -3.2 "
            "Manufacturing 1.8 Water supply 0.9")
    found = _figures(tmp_path, body)
    assert {(2.6, "%"), (7.3, "%"), (-3.2, "%"), (1.8, "%"), (0.9, "%")} <= found


@pytest.mark.parametrize(("body", "absent"), [
    ("近日，甲科技、乙药业、丙能源、*ST丁材等4家上市公司收到监管部门的问询函，涉及金额3.5亿元。", 4.0),
    ("一季度，全市规模以上工业增加值增长12.1%，其中6个行业增速达到两位数。", 2.0),
])
def test_chinese_counts_that_state_no_quantity(tmp_path: Path, body: str, absent: float) -> None:
    assert absent not in {value for value, _ in _figures(tmp_path, body)}


def test_bare_sum_after_a_sentence_of_sums_takes_its_currency(tmp_path: Path) -> None:
    body = ("Exports reached $812.4 billion in the period, the customs office said. The trade surplus was 96.3 "
            "billion, up 12% on the year.")
    assert (96.3e9, "USD") in _figures(tmp_path, body)


def test_bare_count_after_a_sentence_of_sums_stays_a_count(tmp_path: Path) -> None:
    body = ("The scheme cost £2.1 billion last year, the ministry said. Unemployment hit 1.4 million in March, "
            "the statistics office said.")
    found = _figures(tmp_path, body)
    assert (1.4e6, "GBP") not in found
    assert 1.4e6 in {value for value, _ in found}


def test_cut_teaser_dek_gives_no_figures(tmp_path: Path) -> None:
    body = ("The bank held its policy rate at 6.5 percent on Tuesday, the governor said.\n\n"
            "More like this\n\n"
            "The weekly price indicator declined by 0.83% during the week ended on March 3, 2024,...\n\n"
            "According to the statistics bureau, the trade deficit narrowed by 17.4% to $2.3 billion in February...")
    found = {value for value, _ in _figures(tmp_path, body)}
    assert 6.5 in found
    assert not found & {0.83, 17.4, 2.3e9}


def test_story_cut_by_the_page_keeps_its_last_figure(tmp_path: Path) -> None:
    body = ("The bank held its policy rate at 6.5 percent on Tuesday, the governor said.\n\n"
            "Headline inflation rose to 4.1 per cent, higher than the 3.7 per cent recorded the previous month...")
    assert 3.7 in {value for value, _ in _figures(tmp_path, body)}


def test_range_with_a_mojibake_dash_takes_its_percent(tmp_path: Path) -> None:
    body = "Inflation is expected to stay within the 3 ÔÇô 6 percent objective range, the bank said."
    assert (3.0, "%") in _figures(tmp_path, body)
