"""HTML pages whose story sits where trafilatura's precise mode does not look (<nav>, <footer>)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article

SENTENCES = " ".join(f"The council said spending on line {i} rose by {i + 2} percent this year, officials told "
                     "the meeting on Tuesday." for i in range(6))


@pytest.mark.parametrize("wrapper", ["nav", "footer"])
def test_a_story_wrapped_in_a_navigation_or_footer_element_is_read(tmp_path: Path, wrapper: str) -> None:
    page = tmp_path / "story.html"
    page.write_text(f"<html><head><title>Council spending rises</title></head><body><{wrapper}>"
                    f"<h1>Council spending rises</h1><p>{SENTENCES}</p></{wrapper}></body></html>", encoding="utf-8")
    brief, _ = extract_article(page)
    assert brief.meta.title == "Council spending rises"
    assert sorted(f.value for f in brief.figures) == [2, 3, 4, 5, 6, 7]
