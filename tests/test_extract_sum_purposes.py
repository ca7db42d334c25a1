"""A sum followed by "for" and a noun phrase is labelled by what the money is for ("a record $11 billion for the
health system" → "Health system"), cut where the clause resumes; a span of time or a count after "for" is no
purpose. A hyphenated modifier after a sum ("cost-of-living package") stays with its noun, and a past-tense change
verb ("decreased") is a verb, not part of the label.

Small synthetic articles in news shapes, run end to end through the reader.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.content.model import Brief
from briefkit.extract.labelphrases import purpose_after
from labelkit import label_of

ARTICLE = """Council budget puts money into schools

The short-term support is offset by a record $4.2 billion for the school system as the council rebuilds.

The plan sets aside $12 million for roads and bridges, which were damaged in the storm.

The centrepiece is a $900 million cost-of-living relief package for renters.

Imports decreased $31.6 billion or 4.5 percent in the month.
"""


def _brief(tmp_path: Path) -> Brief:
    return drafted(tmp_path, ARTICLE)


def test_a_sum_is_labelled_by_its_purpose_not_the_clause_before(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    assert label_of(brief, 4.2e9) == "School system"
    assert label_of(brief, 12e6) == "Roads and bridges"


def test_a_hyphenated_modifier_stays_with_its_noun(tmp_path: Path) -> None:
    assert label_of(_brief(tmp_path), 900e6).startswith("Cost-of-living relief package")


def test_a_change_verb_is_not_left_in_a_rate_label(tmp_path: Path) -> None:
    assert label_of(_brief(tmp_path), 4.5) == "Imports"


def test_a_purpose_ends_where_the_clause_resumes() -> None:
    text = "$5 million for the health system as the government scraps boards"
    assert purpose_after(text, len("$5 million")) == "health system"


def test_a_span_of_time_or_a_count_is_no_purpose() -> None:
    for text in ("$5 million for the current fiscal year", "$44 billion for the three months ending in March",
                 "$2 million for January to June"):
        assert purpose_after(text, len(text.split(" for ")[0])) is None, text


def test_an_aside_and_a_rate_denominator_do_not_make_the_label(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Water bills to rise\n\nHousehold water charges will go up by, on average, 40 cents a "
                              "litre.\n\nThe board approved new fees for 12 other customer groups here on Tuesday.\n")
    assert label_of(brief, 0.4) == "Household water charges go up"
    assert label_of(brief, 12) == "Other customer groups"


def test_a_rate_that_stayed_is_labelled_by_what_stayed(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Prices hold\n\nThe statistics office confirmed on Monday that inflation remained at "
                              "6.2 per cent in June.\n")
    assert label_of(brief, 6.2) == "Inflation remained"


def test_a_conversion_in_words_and_a_modal_do_not_make_the_label(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Pay rises slowly\n\nAverage weekly pay rose four dollars or 0.3 percent in May.\n\n"
                              "The rise in the levy to 2.5 percent will give the city more money.\n\n"
                              "The jobless rate stays low, at 3.9%, the statistics office said.\n")
    assert label_of(brief, 0.3).startswith("Average weekly pay")
    assert label_of(brief, 3.9).startswith("Jobless rate")


def test_a_dropped_numbers_scale_goes_with_it(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Energy help widened\n\nThat is why, this winter, we are going further to help working "
                              "people, giving almost 3 million more households £150 off their energy bills.\n")
    assert "illion" not in label_of(brief, 150)
