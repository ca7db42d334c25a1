"""The learned name scorer's general cues and how it reads a credit line (:mod:`briefkit.extract.authorscore`).

Small made-up lines and pages: the writers of one credit printed in capitals or joined by the Chinese list
comma, and the cues of where a name stands against the story.
"""

from __future__ import annotations

from briefkit.extract import authorscore


def test_a_credit_in_capitals_joins_its_writers() -> None:
    line = "BY MARTA QUINTERO and OWEN T. BRAKE, HERALD STAFF WRITERS"
    assert authorscore.joined(["Marta Quintero", "Owen T. Brake"], "Owen T. Brake", line) == \
        ["Marta Quintero", "Owen T. Brake"]


def test_a_chinese_credit_joins_its_writers_on_the_list_comma() -> None:
    line = "本台记者 郑小雨、何文、罗一鸣"
    assert authorscore.joined(["郑小雨", "何文", "罗一鸣"], "郑小雨", line) == ["郑小雨", "何文", "罗一鸣"]


def test_a_name_further_on_after_other_words_is_not_joined() -> None:
    line = "Posted by Marta Quintero “We will not wait,” Owen Brake wrote"
    assert authorscore.joined(["Marta Quintero", "Owen Brake"], "Marta Quintero", line) == ["Marta Quintero"]
