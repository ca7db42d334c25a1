"""The glyphs pages print before a list's items.

One set for every reader of list lines (body text, headline candidates, writer names, teaser runs, key
points), so a glyph learned on one page is known to all of them.  Each reader builds its own pattern
around the set, since a list's number or dash means different things to each.
"""

from __future__ import annotations

BULLETS = "•·▪◦●■◆◇▶►‣⁃★☆"
"""Bullet glyphs as a regular-expression character class body (no brackets): "•", "▪", "►", "★"…"""
