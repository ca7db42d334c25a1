"""A drafted chart's bars measure one thing: one unit, no change or total beside levels (draftcharts)."""

from __future__ import annotations

from briefkit.content.model import Figure
from briefkit.draftcharts import chart_bars


def _count(label: str, value: float, unit: str) -> Figure:
    return Figure(label=label, value=value, unit=unit, display=f"{value:,g}")


def test_bars_of_two_units_are_not_one_chart() -> None:
    figures = [_count("Treatments at the end of May", 7_600_000, "treatments"),
               _count("Patients at the end of May", 6_380_000, "patients"),
               _count("Treatments at the end of April", 7_570_000, "treatments")]
    assert {fig.unit for fig in chart_bars(figures)} == {"treatments"}


def test_a_total_or_a_change_named_inside_a_label_leaves_the_levels() -> None:
    cases = [_count("New confirmed cases", 1117, "cases"), _count("Recovered from the virus", 866, "cases"),
             _count("Bringing the total recoveries to", 7489, "cases"),
             _count("Cases in the capital", 2177, "cases")]
    assert [fig.value for fig in chart_bars(cases)] == [1117, 866, 2177]
    budget = [_count("Allocation for national defence", 18.4, "INR"),
              _count("Showing an increase compared to the previous year's budget", 15.2, "INR"),
              _count("Allocation for health", 12.1, "INR")]
    assert [fig.value for fig in chart_bars(budget)] == [18.4, 12.1]
    deaths = [_count("New deaths", 7, "deaths"), _count("Bringing the death toll to", 96, "deaths")]
    assert chart_bars(deaths) == []  # one bar left: no chart


def test_lengths_of_time_are_no_chart() -> None:
    spans = [_count("Waiting more than a year for surgery", 18, "months"),
             _count("Longest wait for a scan", 6, "months"),
             _count("Average wait for a clinic", 3, "months")]
    assert chart_bars(spans) == []
    assert chart_bars([_count("近5年預算", 5, "年"), _count("連續未刪", 21, "年")]) == []
    counts = [_count("Patients waiting for surgery", 310, "patients"),
              _count("Patients waiting for a scan", 235, "patients")]
    assert len(chart_bars(counts)) == 2  # the same check keeps a count's bars


def test_a_ranges_two_ends_are_no_bars() -> None:
    from briefkit.content.model import Figure
    from briefkit.draftcharts import chart_bars

    said = "Prices are expected to rise 7% to 8% this year, while wages rose 5% and rents 9%."
    figures = [Figure(label="Price rise", value=7, unit="%", display="7%", source_text=said),
               Figure(label="Expected price rise", value=8, unit="%", display="8%", source_text=said),
               Figure(label="Wages", value=5, unit="%", display="5%", source_text=said),
               Figure(label="Rents", value=9, unit="%", display="9%", source_text=said)]
    assert [f.label for f in chart_bars(figures)] == ["Wages", "Rents"]
    between = "Growth is seen between 2 and 4 percent."
    assert chart_bars([Figure(label="Growth", value=2, unit="%", display="2", source_text=between),
                       Figure(label="Growth seen", value=4, unit="%", display="4 percent", source_text=between)]) == []
