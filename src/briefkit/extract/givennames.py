"""Given names, to tell a person's name from a body's: "John Smith said", not "Deutsche Bahn said".

gender-guesser's list holds about 40,000 given names of many countries; it is
loaded once, the first time a name is asked about (about 0.4 s), and never for
an article whose candidates need no such check.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=4096)
def given_name(word: str) -> bool:
    """True when ``word`` is a given name ("John", "Daniela", "Ahmed"), whatever its case."""
    return bool(_detector().get_gender(word) != "unknown")


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)
