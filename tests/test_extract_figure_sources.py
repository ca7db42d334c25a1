"""Who a drafted figure is credited to: the body a sentence names ("X reported", "according to X")."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

ARTICLE = """Budget brings the surplus forward

Treasurer Jane Doe will announce a surplus within two years in tomorrow's budget.

That is despite $24.5 billion in new infrastructure funding across the nation, The Australian reported.

Inflation rose to 3.2 per cent in March, the Bank of England said.

Unemployment fell to 4.1 per cent, according to the Office for National Statistics.
"""


def _sources(tmp_path: Path) -> dict[str, str | None]:
    brief, _ = extracted(tmp_path, ARTICLE)
    return {f.display: f.source for f in brief.figures}


def test_a_newspaper_named_the_x_keeps_its_article(tmp_path: Path) -> None:
    assert _sources(tmp_path)["$24.5 billion"] == "The Australian"


def test_a_body_named_with_of_is_credited_whole_without_its_article(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    assert sources["3.2 per cent"] == "Bank of England"
    assert sources["4.1 per cent"] == "Office for National Statistics"
