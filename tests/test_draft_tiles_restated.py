"""Key-figure tiles of a draft never print a sum twice: not under a label made of its own words, and a sum the
article restates in another currency ("12.25 Egyptian pounds ($0.25)") only where nothing else is left."""

from __future__ import annotations

from briefkit.content.model import Figure
from briefkit.draftview import key_tiles


def _fig(label: str, value: float, unit: str, display: str) -> Figure:
    return Figure(label=label, value=value, unit=unit, display=display,
                  source_text="Diesel rose to 11.50 Egyptian pounds ($0.24) from 10 pounds.")


def test_a_label_made_of_the_figures_own_words_is_no_tile() -> None:
    figures = [_fig("Egyptian pounds", 11.5, "EGP", "11.50 Egyptian pounds"), _fig("Lb", 10, "lb", "10 pounds"),
               _fig("Diesel price", 11.5, "EGP", "11.50 EGP")]
    shown = [f.label for f in key_tiles(figures, 6)]
    assert shown == ["Diesel price"]


def test_a_restated_sum_comes_last() -> None:
    figures = [_fig("Diesel price", 11.5, "EGP", "11.50 Egyptian pounds"),
               _fig("Diesel price (in USD)", 0.24, "USD", "$0.24"),
               _fig("Petrol price", 12.25, "EGP", "12.25 Egyptian pounds"),
               _fig("Fuel subsidies", 331e9, "EGP", "331 billion Egyptian pounds")]
    assert [f.label for f in key_tiles(figures, 3)] == ["Diesel price", "Petrol price", "Fuel subsidies"]
    # with room for it the restated sum is shown, in the article's order
    assert [f.label for f in key_tiles(figures, 4)][1] == "Diesel price (in USD)"


def test_a_label_holding_an_amount_or_only_a_time_gives_way() -> None:
    figures = [Figure(label="Down 2.8% to $223.1 billion", value=2.8, unit="%", display="2.8%"),
               Figure(label="Year earlier", value=4.7, unit="%", display="4.7 percent"),
               Figure(label="Said the inflation rate", value=13.8, unit="%", display="13.8%"),
               Figure(label="Exports", value=223.1e9, unit="USD", display="$223.1 billion"),
               Figure(label="Policy rate", value=5.5, unit="%", display="5.5%")]
    assert [f.label for f in key_tiles(figures, 2)] == ["Exports", "Policy rate"]
    # a time alone fills a tile only where labels run out; a clause holding its own amount never does
    assert [f.label for f in key_tiles(figures, 5)] == ["Year earlier", "Exports", "Policy rate"]


def test_a_label_holding_the_figures_own_number_is_no_tile() -> None:
    figures = [Figure(label="Raising it to 6,000 pounds", value=6000, unit="EGP", display="6,000 pounds"),
               Figure(label="Monthly minimum wage", value=50, unit="%", display="50%")]
    assert [f.label for f in key_tiles(figures, 6)] == ["Monthly minimum wage"]
