"""Source rules that must hold on pages from any site: a date's weekday in any language, or a label, set straight
before the date ("Kamis 23 Nov 2023", "Published 5 March 2024") names no outlet, though a name set apart on the same
line does; a dateline town set in capitals in a lead's brackets ("(MERIDA): The …") is where, not who; a
publication's name in brackets closing a story paragraph ("… on Friday. (Harbour Radio)") credits the story, a
writer's initials, a person or a photo's "(SUPPLIED)" there does not.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted
from tests.test_extract_sources_s29 import BODY, TITLE, source_of

from briefkit.extract.datelinesource import source_on_date_line
from briefkit.extract.outletnotes import closing_tag


def test_a_word_run_into_the_date_is_its_weekday_or_label_not_an_outlet(tmp_path: Path) -> None:
    assert source_on_date_line("Selasa 5 Mar 2024 09:10 WIB") is None
    assert source_on_date_line("Published 5 March 2024") is None
    # a listed agency run into the date is still the agency; a name set apart from the date names the outlet too
    assert source_on_date_line("Reuters 5 Mar 2024") == "Reuters"
    assert source_on_date_line("Lakeview Courier | 5 March 2024") == "Lakeview Courier"
    assert source_on_date_line("Lakeview 5 March 2024 | Harbour Courier") == "Harbour Courier"
    page = f"Selasa 5 Mar 2024 09:10 WIB\n\n{TITLE}{BODY}"
    assert source_of(tmp_path, page) != "Selasa"


def test_a_dateline_town_in_capitals_in_brackets_is_no_outlet(tmp_path: Path) -> None:
    lead = BODY.replace("The central bank", "(MANCHESTER): The central bank", 1)
    assert source_of(tmp_path, f"{TITLE}{lead}") is None
    tagged = BODY.replace("The central bank", "(Harbour Wire): The central bank", 1)
    brief, warnings = extracted(tmp_path, f"{TITLE}{tagged}")
    assert brief.meta.source == "Harbour Wire" or any("may credit 'Harbour Wire'" in w for w in warnings)


def test_a_publications_name_in_brackets_closing_a_paragraph_credits_the_story(tmp_path: Path) -> None:
    items = ("Parliament passed the estimates unanimously on Tuesday evening. (Harbour Radio)\n\n"
             "Island court registrars took their oaths this week and are now full time staff. (Harbour Radio)\n\n"
             "A weather warning was issued for the northern provinces on Wednesday.\n")
    assert source_of(tmp_path, f"{TITLE}{items}") == "Harbour Radio"
    assert closing_tag(["Rates were held at 5 percent, the governor said. (Lakeview Review)"]) == "Lakeview Review"
    for tag in ("(WAH)", "(SUPPLIED)", "(Greg Holmes)", "(Office for National Statistics)"):
        assert closing_tag([f"Rates were held at 5 percent, the governor said. {tag}"]) is None
    assert source_of(tmp_path, f"{TITLE}{BODY.rstrip()} (RKT)\n") is None
