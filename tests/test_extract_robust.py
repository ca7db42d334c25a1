"""Pathological article text: every shape completes cleanly (a regex gone quadratic would hang here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.errors import BriefkitError
from briefkit.extract import extract_article

SHAPES = {
    "one long word": "a" * 60_000,
    "capitals": "A" * 60_000,
    "capitalised words": "Aa " * 20_000 + ".",
    "digits": "1" * 60_000,
    "thousand separators": "1," * 30_000,
    "at signs": "a@" * 30_000,
    "open quotes": '"a ' * 20_000,
    "dots": "a." * 30_000,
    "years": "2024 " * 12_000,
    "months": "in March " * 8_000,
    "said names": "word " * 10_000 + "said Aa" + " Aa" * 10_000,
    "cjk": "中" * 60_000,
    "percent signs": "5% " * 2_000,
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pathological_text_completes(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("A title line\n" + SHAPES[shape] + "\n", encoding="utf-8")
    try:
        brief, _ = extract_article(path)
    except BriefkitError as exc:  # refusing is fine, as long as it is one clear line
        assert "\n" not in str(exc)
        return
    assert brief.meta.title == "A title line"


BANNERS_ONLY = """<!doctype html><html><head><title>Home - Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main>
<div class="cookie"><p>We use cookies and similar technologies to improve your experience on our website,
to analyse traffic and to personalise the advertising you see. By clicking accept all cookies you agree.</p></div>
<p>Subscribe to our newsletter to get the latest news delivered to your inbox every morning.
Sign up today and never miss a story.</p>
<p>Follow us on Twitter, Facebook and Instagram for breaking news from our newsroom.</p>
</main>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>
"""


def test_a_page_of_cookie_and_newsletter_banners_is_no_article(tmp_path: Path) -> None:
    page = tmp_path / "home.html"
    page.write_text(BANNERS_ONLY, encoding="utf-8")
    with pytest.raises(BriefkitError, match=r"home\.html: no article text left once boilerplate is removed"):
        extract_article(page)


def test_a_copyright_year_is_not_taken_for_the_date(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    story = ("<p>The city council approved a budget of 12 million euros for new cycle lanes on Tuesday, "
             "after a debate that lasted most of the afternoon and drew a large crowd.</p>") * 3
    page.write_text(BANNERS_ONLY.replace("<main>", f"<main><article><h1>Cycle lanes</h1>{story}</article>"),
                    encoding="utf-8")
    brief, _ = extract_article(page)
    assert brief.meta.title == "Cycle lanes" or "Cycle lanes" in brief.meta.title
    assert str(brief.meta.date) != "2024-01-01"
