"""String hygiene shared by the content model.

python-docx and XML in general refuse control characters and lone
surrogates, so they are removed once here, when content is loaded, and no
writer has to think about them again.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

# XML 1.0 allows TAB, LF, CR and everything from U+0020 except surrogates and
# U+FFFE/U+FFFF.  Everything else is dropped, and so are DEL and the C1 controls
# (U+007F-U+009F): XML merely discourages them, but YAML (front matter, chart
# blocks) refuses them and no font draws them - they are mojibake, not text.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Return ``value`` in NFC with XML-illegal characters removed."""
    value = _ILLEGAL.sub("", value)
    return unicodedata.normalize("NFC", value)


def clean_line(value: str) -> str:
    """Like :func:`clean_text`, and fold runs of whitespace into one space."""
    return " ".join(clean_text(value).split())


def _drop_illegal(value: object) -> object:
    # Before pydantic's own check: it refuses a string holding a lone surrogate
    # (YAML and JSON escapes such as "\ud800" make one) instead of letting us clean it.
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_drop_illegal), AfterValidator(clean_text)]
"""A block of text: paragraphs keep their line breaks."""

Line = Annotated[str, BeforeValidator(_drop_illegal), AfterValidator(clean_line)]
"""A single-line string (titles, labels, names)."""
