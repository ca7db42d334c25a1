"""A picture's alt text or caption left among the story's first paragraphs, whose closing name credits the picture.

A copied page keeps an image's alt text as a paragraph: "News imageBBC Jane Doe is wearing a navy suit … and
has short fair hair.BBC", "Image caption: …", "Photo: A man stands …".  The agency or broadcaster that closes it
("… hair.BBC", "… the economy. AFP") owns the photograph; the story's own credit is elsewhere, or nowhere.  So such a
paragraph is no place for a closing credit (:func:`briefkit.extract.sources.pick_source`'s "… economy. AFP").
"""

from __future__ import annotations

import re

# an image's marker opening the paragraph ("News image", "Image caption", "Photo:", "Picture:"), a viewer's or
# template's word left in the copy before the alt text
_MARKER = re.compile(r"^(?:news\s+)?(?:image|photo|picture|pic)(?:\s+(?:caption|credit|source))?(?:\s*[:|-]|"
                     r"(?-i:(?=[A-Z])))", re.IGNORECASE)
# alt text describes how someone looks in the picture ("is wearing a navy suit", "He's standing in front of")
_LOOKS = re.compile(r"\b(?:is|are|'s|’s)\s+(?:wearing|pictured|standing\s+(?:in\s+front\s+of|beside|next\s+to))\b"
                    r"|\bhas\s+(?:short|long|grey|gray|dark|fair|blonde?|brown|black|white|curly)\s+(?:\w+\s+)?hair\b")


def picture_text(paragraph: str) -> bool:
    """Whether ``paragraph`` is a picture's alt text, not the story: an image marker opens it ("News image…",
    "Photo:") or it describes someone's looks ("is wearing a navy suit").  (A caption by the general test may be a
    standfirst with its wire's credit glued on, which does credit the story: that case has its own rule.)"""
    text = paragraph.strip()
    if len(text.split()) > 80:
        return False  # a story's paragraph, however it opens
    return bool(_MARKER.match(text) or _LOOKS.search(text))
