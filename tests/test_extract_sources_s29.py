"""Outlets a page names in forms many sites share, through real extraction: a masthead with its slogan, a desk line
signed with an editor's initials, a rights notice naming whose permission it needs, a notice over a closing pager,
a lead opening on the site's bracketed tag, a release label naming its issuer, a labelled source with its date —
and the forms that must name no outlet: a "Source:" whose value is another field's label, a town's tag, a headline
with a date in it, a person's name before a separator.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract.copyrights import notice_holder
from briefkit.extract.credits import site_suffix
from briefkit.extract.datelinesource import source_on_date_line
from briefkit.extract.outletcands import desk_initials, slogan_masthead
from briefkit.extract.sourcedecide import plausible, undated
from briefkit.extract.wires import opening_tag

TITLE = "Rates on hold as prices climb\n\n"
BODY = ("The central bank kept its policy rate at 5.5 percent on Thursday, citing sticky services inflation.\n\n"
        "Governor Ana Ruiz said the committee would watch wage data closely before any cut.\n\n"
        "Analysts had expected the hold after two months of rising prices.\n")


def source_of(tmp_path: Path, text: str) -> str | None:
    brief, _ = extracted(tmp_path, text, "page.txt")
    return brief.meta.source


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("Lagoon Island Times - only positive news from the islands", "Lagoon Island Times"),
    ("The Ridgeway Chronicle | Your trusted voice since 1902", "The Ridgeway Chronicle"),
])
def test_a_masthead_with_its_slogan_names_the_outlet(tmp_path: Path, masthead: str, outlet: str) -> None:
    assert source_of(tmp_path, f"{masthead}\n\n{TITLE}{BODY}") == outlet


@pytest.mark.parametrize("line", [
    "Jane Doe - a life in music and letters",  # a person's name is no masthead
    "Ridgeway Post | Dhaka",  # a desk's line with its town, not a slogan
    "Ridgeway Post - By Jane Doe, March 3, 2024",  # a byline's line
])
def test_a_line_that_is_no_masthead_and_slogan(line: str) -> None:
    assert slogan_masthead(line) is None


def test_a_desk_line_signed_with_initials_credits_the_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, f"{TITLE}{BODY}\nRidgeway2Trade News Desk (JD)\n") == "Ridgeway2Trade"


@pytest.mark.parametrize("label", ["Source: Author", "Source: Date", "Source: Tags"])
def test_a_source_label_whose_value_is_another_label_names_no_outlet(tmp_path: Path, label: str) -> None:
    assert source_of(tmp_path, f"{TITLE}{label}\n\n{BODY}") is None


def test_a_rights_notice_names_whose_permission_it_needs(tmp_path: Path) -> None:
    notice = ("All rights reserved. This material may not be reproduced, published or redistributed in whole or in "
              "part without prior express written permission from RIDGEWAY.")
    assert notice_holder(notice) == "RIDGEWAY"
    assert source_of(tmp_path, f"{TITLE}{BODY}\n{notice}\n") == "RIDGEWAY"


def test_permission_outside_a_rights_notice_names_no_holder() -> None:
    assert notice_holder("The council gave permission from Monday for the market to reopen.") is None


def test_a_notice_over_a_closing_pager_names_the_outlet(tmp_path: Path) -> None:
    text = f"{TITLE}{BODY}\n©Ridgeway Syndicate Review\n\nFirst « 1 2 3 » Next\n"
    assert source_of(tmp_path, text) == "Ridgeway Syndicate Review"


def test_a_lead_opening_on_the_sites_tag_credits_it(tmp_path: Path) -> None:
    text = f"{TITLE}(Inside Lagoonia) - {BODY}"
    assert source_of(tmp_path, text) == "Inside Lagoonia"


@pytest.mark.parametrize("lead", ["(UPDATE) - The bank held.", "(Video) - The bank held.", "(Kabul) the bank"])
def test_a_bracketed_word_that_is_no_outlet_opens_no_tag(lead: str) -> None:
    assert opening_tag(lead) is None


def test_a_town_in_brackets_opening_the_lead_is_no_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, f"{TITLE}(London) - {BODY}") is None


def test_a_release_label_naming_its_issuer_gives_the_issuer(tmp_path: Path) -> None:
    text = f"{TITLE}Ridgeway Relief Press Release\n\n{BODY}"
    assert source_of(tmp_path, text) == "Ridgeway Relief"


def test_a_labelled_source_loses_the_date_its_line_runs_on(tmp_path: Path) -> None:
    assert undated("RTP, Nov 4, 2016") == "RTP"
    assert undated("Ridgeway Post") == "Ridgeway Post"
    assert source_of(tmp_path, f"{TITLE}Source : RTP, Nov 4, 2016\n\n{BODY}") == "RTP"


def test_a_headline_with_a_date_in_it_names_no_outlet() -> None:
    title = "Operator Holding Licence Post February 2, 2012, After Licence Quashed Liable To Pay Reserve Price: Court"
    assert source_on_date_line(title) is None
    assert source_on_date_line("Ridgeway Post | @ridgewaypost | 16 Sep 2023") == "Ridgeway Post"


@pytest.mark.parametrize("desk", ["RTP Report", "RTP Report | 12 March, 2024", "Source: RTP Report"])
def test_a_desk_line_of_the_papers_initials_credits_the_initials(tmp_path: Path, desk: str) -> None:
    assert source_of(tmp_path, f"{TITLE}{desk}\n\n{BODY}") == "RTP"


def test_an_outlet_spelt_out_keeps_its_report_word() -> None:
    assert desk_initials("Business Report") is None
    assert desk_initials("By RTP Report") == "RTP"


def test_a_title_suffix_before_the_sites_slogan_names_the_site(tmp_path: Path) -> None:
    title = "Rates on hold as prices climb | Ridgeway Chronicle | Local news that matters"
    assert site_suffix(title) == ("Rates on hold as prices climb", "Ridgeway Chronicle")
    assert site_suffix("Rates on hold as prices climb | Jane Doe | our view of the world") is None
    assert source_of(tmp_path, f"{title}\n\n{BODY}") == "Ridgeway Chronicle"


def test_a_given_name_alone_is_no_source() -> None:
    assert plausible("Ana") is None
    assert plausible("Herald") == "Herald"  # a given name that is an outlet's word
    assert plausible("Ridgeway Chronicle") == "Ridgeway Chronicle"


def test_a_banners_file_name_is_no_sites_address(tmp_path: Path) -> None:
    text = f"{TITLE}ridgeway-party-website-banner-2014.jpg\n\n{BODY}"
    assert source_of(tmp_path, text) is None


def test_a_dateline_with_its_agency_in_square_brackets_credits_it(tmp_path: Path) -> None:
    text = f"{TITLE}LAGOONTOWN [LIN] – {BODY}"
    assert source_of(tmp_path, text) == "LIN"
