"""briefkit: articles into briefing notes, slide decks and Word summaries."""

__version__ = "0.1.0"

__all__ = ["__version__"]
