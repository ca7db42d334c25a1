"""No key point that only gives again a figure the summary or an earlier point gave, about the same thing."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.samefigure import repeats_figure

SAID = "That is despite $24.5 billion in new infrastructure funding across the entire nation."


def test_the_same_figure_about_the_same_thing_is_a_repeat() -> None:
    assert repeats_figure("Funds of $24.5 billion have been set aside for infrastructure across the nation.", [SAID])


def test_a_figure_of_its_own_or_another_subject_is_news() -> None:
    assert not repeats_figure("The $24.5 billion includes one-third for transport links.", [SAID])
    assert not repeats_figure("Of the $24.5 billion, $5 billion goes to rail.", [SAID])
    assert not repeats_figure("Unemployment at 4.1 per cent is the lowest since records began in 1971.",
                              ["Unemployment fell to 4.1 per cent in March."])
    assert not repeats_figure("Funds of $12.5 billion were set aside for infrastructure across the nation.", [SAID])


ARTICLE = """Budget brings the surplus forward

Treasurer Jane Doe is expected to announce a surplus within two years in tomorrow's budget.

The government will bring the balance sheet back to surplus in the 2019-20 financial year, a year early.

The budget includes $24.5 billion in new infrastructure funding across the entire nation, the paper reported.

Rail lines connecting the new airport will receive $5 billion, and the metro line $2 billion.

Opposition leaders said the plan was built on optimistic forecasts for iron ore prices.

Funds of $24.5 billion have been set aside for infrastructure across the nation.

Economists said the surplus depended on wage growth picking up to 3.5 per cent next year.

The budget will be delivered at 7.30pm on Tuesday in Canberra.
"""


def test_a_drafts_points_do_not_give_a_figure_again(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, ARTICLE)
    said = [brief.summary or "", *(p.text for p in brief.key_points)]
    assert sum("24.5 billion" in text for text in said) == 1, said
    assert any("$5 billion" in text for text in said), said  # a sentence with figures of its own stays
