"""Structured content: the :class:`Brief` model and its loader.

``content`` imports no renderer: it knows nothing about templates or writers.
"""

from briefkit.content.loader import load_brief, validate
from briefkit.content.model import (
    Brief,
    Entity,
    Event,
    Figure,
    Meta,
    Point,
    Quote,
    Section,
    SourceRef,
)

__all__ = [
    "Brief", "Entity", "Event", "Figure", "Meta", "Point", "Quote", "Section", "SourceRef",
    "load_brief", "validate",
]
