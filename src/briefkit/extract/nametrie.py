"""One regular expression for a long list of names, written as a trie.

Python's ``re`` tries the alternatives of ``(?:Alabama|Alaska|…)`` one by one at
every position of the text; with hundreds of names (countries, regions, cities)
and ``re.IGNORECASE`` (where it cannot skip an alternative by its first letter)
that costs milliseconds per article.  Written as a trie (``Ala(?:bama|ska)``)
the engine follows one branch per letter instead.

The trie matches what the list sorted longest first matches, at every
position: where two names match there, one is a prefix of the other, and the
trie tries every longer continuation of a name before it accepts the name
itself (a greedy ``(?:…)?``), so it picks the longest one that the context
after it allows, as the sorted alternation does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# A trie node: each branch's key (what makes two letters one branch) → (its regex text, the node below it);
# the key ``_END`` marks a node where a name ends.
_Node = dict[str, "tuple[str, _Node]"]
_END = ""


def _default_token(char: str) -> str:
    return re.escape(char)


def _default_key(char: str) -> str:
    return char


def trie_pattern(names: Iterable[str], token: Callable[[str], str] = _default_token,
                 key: Callable[[str], str] = _default_key) -> str:
    """The regex text (no group around it) matching any of ``names``, the longest first where several match.

    ``token`` gives a character's regex text (escaped by default; ``"[ -]"`` for a separator, say) and ``key``
    the branch it belongs to: characters the pattern's flags make equal must share a key (with
    ``re.IGNORECASE``, ``str.lower``), so that a name's every continuation stays under one branch.
    """
    root: _Node = {}
    for name in names:
        node = root
        for char in name:
            branch = key(char)
            if branch not in node:
                node[branch] = (token(char), {})
            node = node[branch][1]
        if node is not root:  # an empty name matches nothing here
            node.setdefault(_END, ("", {}))
    return _emit(root)


def _emit(node: _Node) -> str:
    """The regex text of a node's continuations: the branches in one group, optional where a name ends here."""
    branches = [text + _emit(below) for key, (text, below) in node.items() if key != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # greedy: every longer name is tried before this one is accepted
        return "(?:" + body + ")?"
    return body
