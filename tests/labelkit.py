"""Helpers for tests of figure labels: one figure's label read off a draft."""

from __future__ import annotations

from briefkit.content.model import Brief


def label_of(brief: Brief, value: float) -> str:
    """The label of the brief's first figure whose value is ``value``."""
    return next(f.label for f in brief.figures if abs(f.value - value) < 1e-6)
