"""A drafted brief prints whole sentences: no teaser's dek cut with "...", no agency's sign-off, no stop missing.

A page may cut a sentence to length ("… while fuel an..."), close on the wire's sign-off ("… prices. — Bernama")
or print a quotation's attribution without its stop ("…,” Governor Jane Okello said").  The summary, the key
points and the background of its draft, and so the products built from it, read as the article's sentences, each
one whole (:mod:`briefkit.extract.sentenceends`).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.document import nodes as n
from briefkit.packs import find_pack
from briefkit.render import document_for

STORY = """Central bank holds its key rate at 8.5 percent

The central bank kept its key lending rate at 8.5 percent on Thursday, saying inflation had started to ease.

Inflation slowed to 6.2 percent in March from 7.1 percent in February, the statistics office said last week.

The bank said it would keep a close watch on food prices, which rose 9.4 percent in the year to March, while fuel an...

Economists had expected the bank to hold its rate, with most analysts in a survey predicting no change this month.

"We remain committed to bringing inflation back to the target range of 3 to 5 percent," Governor Jane Okello said

The bank's next policy meeting is due in May, when it will publish new forecasts for growth and prices. — Bernama
"""


def _note_text(tmp_path: Path) -> str:
    brief = drafted(tmp_path, STORY)
    doc = document_for(brief, find_pack("note", None), "draft", None)
    return " ".join(n.block_text(b) for b in doc.blocks if not isinstance(b, n.Notes))


def test_a_draft_prints_no_sentence_cut_short_nor_a_sign_off(tmp_path: Path) -> None:
    brief = drafted(tmp_path, STORY)
    texts = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    assert not any("fuel an" in t for t in texts), texts
    assert not any("Bernama" in t for t in texts), texts
    assert any("next policy meeting is due in May" in t for t in texts)  # the sentence stays, less its sign-off
    note = _note_text(tmp_path)
    # the wire is the draft's source (the note names it so), not the end of a sentence
    assert "fuel an" not in note and "prices. — Bernama" not in note and "prices." in note


def test_a_whole_sentence_the_page_left_without_its_stop_gets_one(tmp_path: Path) -> None:
    brief = drafted(tmp_path, STORY)
    texts = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    said = [t for t in texts if "Governor Jane Okello said" in t]
    assert said and all(t.endswith("Governor Jane Okello said.") for t in said), said
