"""Helpers for tests of figure labels: draft a small article end to end and read one figure's label."""

from __future__ import annotations

from pathlib import Path

from briefkit.content.model import Brief
from briefkit.extract import extract_article


def drafted(tmp_path: Path, text: str, name: str = "article.txt") -> Brief:
    """The Brief ``briefkit extract`` drafts from ``text`` saved as a plain-text article."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_article(path)[0]


def label_of(brief: Brief, value: float) -> str:
    """The label of the brief's first figure whose value is ``value``."""
    return next(f.label for f in brief.figures if abs(f.value - value) < 1e-6)
