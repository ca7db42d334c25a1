"""A sum of money is labelled by the noun the article names right after it ("a $19 billion deficit" → "Deficit",
"USD 5.4 billion in exports" → "Exports"), not by the clause around it; words after a sum that are no noun (a
preposition, a verb, "a year") leave the label to the other rules.

Small synthetic articles in news shapes, run end to end through the reader.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.labelphrases import sum_noun
from labelkit import label_of

ARTICLE = """Budget sets out relief payments

More than two million people will get a one-off $350 sweetener as part of the budget.

A large $19 billion deficit is expected this year, returning to surplus in 2025.

In the third week, the country saw USD 5.421 billion in exports and USD 3.409 billion in imports.

The council expects to raise $28.6 million against a target of $30 million.
"""


def _brief(tmp_path: Path) -> Brief:
    return drafted(tmp_path, ARTICLE)


def test_a_sum_is_labelled_by_the_noun_after_it(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    assert label_of(brief, 350) == "One-off sweetener"
    assert label_of(brief, 19e9) == "Deficit"
    assert label_of(brief, 5.421e9).startswith("Exports")
    assert label_of(brief, 3.409e9).startswith("Imports")


def test_words_that_name_no_noun_leave_the_label_to_the_clause(tmp_path: Path) -> None:
    assert label_of(_brief(tmp_path), 28.6e6) != "Against"
    text = "It will pay $27 a week, $500 more per person and $5.5 million available for homes."
    for number in ("$27", "$500", "$5.5 million"):
        end = text.index(number) + len(number)
        assert sum_noun(text, end - len(number), end) is None, number


def test_a_rate_is_labelled_by_the_change_it_sizes(tmp_path: Path) -> None:
    path = tmp_path / "rates.txt"
    path.write_text("Tariffs rise again\n\nThe result was driven up by the 10.2% growth in exports of basic goods, "
                    "such as oil.\n\nThe proposal comes on the heels of a 12.74% increase in electricity tariffs "
                    "which came into effect last year.\n\nForeign sales of finished products tumbled 10.7%.\n",
                    encoding="utf-8")
    brief = extract_article(path)[0]
    assert label_of(brief, 10.2) == "Growth in exports of basic goods"
    assert label_of(brief, 12.74) == "Increase in electricity tariffs"
    assert label_of(brief, 10.7).startswith("Foreign sales of finished products")
