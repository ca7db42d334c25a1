"""Boilerplate that must never reach a brief.

Disclaimers ("Special statement: …"), copyright notices, contact e-mails and
share/follow prompts are site furniture, not the article.  They are removed
line by line from the head and tail and sentence by sentence from the body.
"""

from __future__ import annotations

import re

# Bounded parts and a start anchor keep a 2 MB run of letters from taking quadratic time.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PATTERNS = re.compile(
    r"special\s+statement|disclaimer|copyright|©|\(c\)\s*\d{4}|all\s+rights\s+reserved|"
    r"reproduced\s+or\s+quoted|infringe|please\s+contact|contact\s+(?:us|this\s+site)|"
    r"share\s+(?:this|on|to)\b|follow\s+us|subscribe\s+to|unsubscribe|click\s+here|sign\s+up\s+(?:for|today|now|here)|"
    # Cookie banners and newsletter prompts that survive a page's boilerplate removal.
    r"we\s+use\s+cookies|(?:accept|reject)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences)|"
    r"by\s+clicking|privacy\s+policy|terms\s+of\s+(?:use|service)|never\s+miss\s+a\s+(?:story|thing)|"
    r"delivered\s+to\s+your\s+inbox|"
    r"声明|版权|免责|转载|联系我们|分享到",
    re.IGNORECASE,
)


def is_boilerplate(text: str) -> bool:
    """True when a line or sentence is a disclaimer, notice, prompt or address."""
    return bool(_PATTERNS.search(text) or ("@" in text and EMAIL.search(text)))


def strip_boilerplate(lines: list[str]) -> tuple[list[str], int]:
    """The lines that are not boilerplate, and how many were dropped."""
    kept = [line for line in lines if not is_boilerplate(line)]
    return kept, len(lines) - len(kept)
