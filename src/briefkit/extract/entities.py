"""Organisations and places (placeholder until the full extractor lands)."""

from __future__ import annotations

from briefkit.content.model import Entity
from briefkit.extract.body import Sentence


def find_entities(sentences: list[Sentence]) -> tuple[list[Entity], list[Entity]]:
    """Organisations and places named in the sentences."""
    return [], []
