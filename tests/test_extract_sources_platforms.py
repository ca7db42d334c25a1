"""A social network a photo or a quote came from ("Source: Twitter" under a picture) is never the page's source:
it hosts posts, it does not publish the story.  Read back through real extraction on small made-up pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract.sourcedecide import plausible

PAGE = ("Telco posts record profit as mobile money grows\n\n"
        "Safari Mobile chief executive Jane Achieng at the results briefing in Nairobi.\n"
        "Source: {credit}\n\n"
        "Safari Mobile has recorded a 12% rise in net profit to KSh 40 billion in the year to March, driven by its "
        "mobile money service.\n\n"
        "The company said mobile money revenue grew by 25% to KSh 90 billion.\n")


@pytest.mark.parametrize("platform", ["Twitter", "Facebook", "YouTube", "Instagram"])
def test_a_social_network_under_a_photo_is_no_source(tmp_path: Path, platform: str) -> None:
    brief, _ = extracted(tmp_path, PAGE.format(credit=platform))
    assert brief.meta.source is None


def test_an_outlet_on_the_same_line_is_still_the_source(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, PAGE.format(credit="Business Daily"))
    assert brief.meta.source == "Business Daily"


@pytest.mark.parametrize(("name", "kept"), [("Twitter", None), ("微博", None), ("Reuters", "Reuters")])
def test_plausible_turns_platforms_away(name: str, kept: str | None) -> None:
    assert plausible(name) == kept
