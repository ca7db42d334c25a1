"""A letters page's salutation is no editor credit, through real extraction.

Letters pages open each letter with "Editor:" and run straight into the letter; the label is the one a
newsroom's "Editor: NAME" credit uses, and the sentence after it must not become a list of editors.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article

LETTER = ("Letter: Thanks to the council for its candour\n\n"
          "Editor: I see from the paper's front page this week that local politics is becoming a blood sport. "
          "While I, too, am frustrated with high taxes and red tape, I want to assure the council that I am "
          "thankful for its leadership, honesty and accessibility.\n\n"
          "The budget rose 4% this year, and the council held 12 open meetings.\n\n"
          "Jane Porter, Riverside\n")


def _extract(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return list(extract_article(path)[0].meta.editors)


def test_a_letter_opening_editor_is_no_editor(tmp_path: Path) -> None:
    assert _extract(tmp_path, LETTER) == []


def test_an_editor_credit_still_names_its_editor(tmp_path: Path) -> None:
    text = LETTER.replace("Editor: I see", "Editor: Tom Lee\n\nI see")
    assert _extract(tmp_path, text) == ["Tom Lee"]
