"""Speech transcripts: the speaker is no author (README conventions: "a speech has no author", h26 to h37).

A ministry's or a parliament's copy of a speech credits its speaker as a byline would ("Budget Vote Speech
2017/18 by Honourable MEC Jane Doe, Fourth Raadzaal"), yet the drafted brief's authors are who wrote the page,
and a transcript has none.  A speech is told by how it opens: the speaker addresses the room ("Madam Speaker",
"Honourable Premier", "Programme Director", "Ladies and gentlemen") in the first paragraphs, and the page calls
itself a speech, an address or remarks.
"""

from __future__ import annotations

import re

from briefkit.readers import Article

# the forms of address a speech opens on, each on a paragraph of its own or opening one
_ADDRESS = re.compile(r"^(?:madam|mister|mr\.?|madame)\s+(?:speaker|chair(?:person|man|woman)?|president|deputy\s+"
                      r"speaker)\b|^(?:honourable|honorable|hon\.?)\s+(?:premier|members?|speaker|chair|minister|"
                      r"president|mayor)\b|^programme\s+director\b|^ladies\s+and\s+gentlemen\b|"
                      r"^distinguished\s+(?:guests|delegates)\b|^your\s+(?:excellency|excellencies|honour)\b",
                      re.IGNORECASE)
_CALLED = re.compile(r"\b(?:speech|address|remarks|keynote|statement\s+delivered|delivered\s+by)\b", re.IGNORECASE)


def is_speech(article: Article) -> bool:
    """Whether ``article`` is a speech's transcript: the room addressed in its first blocks and the page calling
    itself a speech, an address or remarks over them."""
    # (the forms of address are short lines: a copy may keep them over the first paragraph, among the head's lines)
    top = [line.strip() for line in article.head[-8:]] + [b.text.strip() for b in article.blocks[:8]]
    called = any(_CALLED.search(line) for line in [*article.head[:4], *top[:3]])
    return called and any(_ADDRESS.match(text) for text in top)
