"""A copied page's trail and tags around its headline: "Business Economy Budget 2019: <headline>" run into one line
over the headline alone gives the headline alone; a person's name in lower case under the headline ("jane citizen",
a tag) is no second line of it, and a lower-case tag line set apart like a heading heads no theme.

Made-up pages through :func:`briefkit.extract.extract_article`, made-up lines through
:func:`briefkit.extract.titleshapes.with_wrapped`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.titleshapes import with_wrapped

_STORY = ("The state treasurer is expected to announce on Tuesday that the budget will return to surplus a year "
          "earlier than forecast, with more than $4 billion set aside for new roads, officials said.\n\n"
          "The surplus is projected at $2.1 billion for 2019-20, up from a deficit of $1.3 billion the year before, "
          "according to figures released by the treasury on Monday.\n\n"
          "\"We have kept spending in check while revenue grew,\" the treasurer told reporters in the capital.\n")


def test_a_trail_run_into_the_headline_gives_the_headline_alone(tmp_path: Path) -> None:
    text = ("Business Economy State Budget Budget 2019: Surplus brought forward, billions for roads\n\n"
            "Budget 2019: Surplus brought forward, billions for roads\n\n" + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "Budget 2019: Surplus brought forward, billions for roads"


def test_a_name_in_lower_case_under_the_headline_is_a_tag() -> None:
    assert with_wrapped("Surplus brought forward, billions for roads", "jane citizen") \
        == "Surplus brought forward, billions for roads"
    # a headline broken over two lines still goes on in lower case
    assert with_wrapped("State plans road upgrades", "across its rural districts") \
        == "State plans road upgrades across its rural districts"


def test_a_lower_case_tag_line_heads_no_theme(tmp_path: Path) -> None:
    text = ("Why does the price cap keep going up, and what can we do?\n\n"
            "renewable energy suppliers\n\n" + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert all(s.heading != "renewable energy suppliers" for s in brief.sections)
    assert brief.meta.title == "Why does the price cap keep going up, and what can we do?"
