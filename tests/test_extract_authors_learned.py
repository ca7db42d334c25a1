"""The learned name scorer's general cues and how it reads a credit line (:mod:`briefkit.extract.authorscore`).

Small made-up lines and pages: the writers of one credit printed in capitals or joined by the Chinese list
comma, and the cues of where a name stands against the story (a short line it opens), a "contributed to
this report" credit, and a link's label made of frequent words.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import authorscore
from briefkit.extract.authorfeatures import candidates
from briefkit.readers import read_article


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


TITLE = "Harbour freight climbs for a third month"
STORY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday, "
         "with container traffic the strongest part of the rise.\n\n"
         "Shipping lines added calls at the terminal, and the authority expects the busiest spring in a decade "
         "as two new quays open.\n\n")


def _features(tmp_path: Path, text: str, name: str) -> dict[str, float]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    found = [c for c in candidates(read_article(path), TITLE, TITLE) if c.name == name]
    assert found, f"{name} is no candidate"
    return found[0].features


def test_a_link_label_made_of_frequent_words_is_marked(tmp_path: Path) -> None:
    features = _features(tmp_path, f"{TITLE}\n\nREAD MORE\n\n{STORY}", "Read More")
    assert "frequent_word" in features
    # the frequency list also counts common given names ("David", "Robert"): those are left out
    for name in ("Tenzin Dorje", "David Rowe"):
        assert "frequent_word" not in _features(tmp_path, f"{TITLE}\n\n{name}\n\n{STORY}", name)


def test_a_short_line_a_name_opens_after_the_last_sentence(tmp_path: Path) -> None:
    assert "short_opener" in _features(tmp_path, f"{TITLE}\n\n{STORY}Halvard Mbeki, Tromsø\n", "Halvard Mbeki")
    assert "short_opener" not in _features(tmp_path, f"{TITLE}\n\n{STORY}Owen Brake, who chairs the port's "
                                                      "board, would not comment on the figures.\n", "Owen Brake")


def test_a_writer_credited_with_contributing_to_the_report(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{STORY}Marta Quintero contributed to this report.\n"
    assert "contributed" in _features(tmp_path, text, "Marta Quintero")

