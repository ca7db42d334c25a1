"""wordfind: the boundary search gives what the equivalent pattern gives, on texts that try every edge."""

from __future__ import annotations

import random
import re

from briefkit.extract.wordfind import find_word, has_word, iter_words, word_match

_ALPHABET = "ab a-b’'_@./\t\n1²٣éÉ ,"
_EDGES = [("’'-", "-"), ("’'-", "’'-"), ("’'@./-", "’'@-"), ("-", "-"), ("", "")]


def _pattern(word: str, left: str, right: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w" + re.escape(left) + r"])" + re.escape(word) + r"(?![\w" + re.escape(right) + r"])")


def test_find_word_agrees_with_the_pattern_on_random_texts() -> None:
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14)))
        word = "".join(rng.choice("ab-’") for _ in range(rng.randint(0, 2)))
        left, right = rng.choice(_EDGES)
        pos, endpos = rng.randint(0, len(text) + 1), rng.randint(0, len(text) + 2)
        expected = _pattern(word, left, right).search(text, pos, endpos)
        assert find_word(text, word, pos, endpos, left=left, right=right) == (expected.start() if expected else -1)
        found = word_match(text, word, pos, endpos, left=left, right=right)
        assert (found and (found.start(), found.end(), found.group(0))) == \
            (expected and (expected.start(), expected.end(), expected.group(0)))
        assert has_word(text, word, left=left, right=right) == bool(_pattern(word, left, right).search(text))
        assert list(iter_words(text, word, left=left, right=right)) == \
            [m.start() for m in _pattern(word, left, right).finditer(text)]


def test_find_word_on_names() -> None:
    text = "Orange juice prices rose; orange-growers and Orange’s rivals said so."
    assert find_word(text, "orange", left="’'-", right="’'-") == -1  # only "orange-growers"
    assert find_word(text, "Orange", left="’'-", right="-") == 0
    assert list(iter_words(text, "Orange", left="’'-", right="’'-")) == [0]
    assert list(iter_words(text, "Orange", left="-", right="-")) == [0, 45]
