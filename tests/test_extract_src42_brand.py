"""A site's brand set as one token ("NewsDay", "kfmradio.com") is a feature of the source scorer, and on one name line
alone may be weighed as the source, where one name line of ordinary words (a menu's, a section's) or a domain alone may
not.

Each name is made up, in the form of its kind (none is a copy of a corpus page).
"""

from __future__ import annotations

import pytest

from briefkit.extract import outletmodel
from briefkit.extract.outletfeatures import _glued_brand


@pytest.mark.parametrize("name", ["LakeNews", "RidgeTimes24", "NewsLakeview", "lakeviewradio.com",
                                  "channel9ridge.co.uk"])
def test_a_brand_set_as_one_token_is_glued(name: str) -> None:
    assert _glued_brand(name)


@pytest.mark.parametrize("name", ["Posts", "Newsroom Policy", "News", "wordpress.com", "ridgeway.gov",
                                  "Lake-News-Banner-2014.jpg", "McDonald"])
def test_a_word_a_platform_or_a_file_is_no_glued_brand(name: str) -> None:
    assert not _glued_brand(name)


def test_a_glued_brand_may_stand_on_one_line_alone() -> None:
    assert outletmodel.eligible({"cue_line": 1.0, "glued_brand": 1.0})
    assert not outletmodel.eligible({"cue_domain": 1.0, "glued_brand": 1.0})  # a pointer's address, "Read more at …"
    assert not outletmodel.eligible({"cue_line": 1.0})
    assert not outletmodel.eligible({"cue_suffix": 1.0, "glued_brand": 1.0})  # a title bar's suffix still needs a 2nd
