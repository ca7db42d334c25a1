"""Key figures (placeholder until the full extractor lands)."""

from __future__ import annotations

from briefkit.content.model import Figure
from briefkit.extract.body import Sentence


def find_figures(sentences: list[Sentence]) -> list[Figure]:
    """Every quantity in the sentences."""
    return []
