"""A regulator's statement in numbered paragraphs, and the key figures a draft shows.

A statement that a firm "has infringed" a law is the story, not a site's copyright notice; numbered
paragraphs whose first sentences are long are the text's paragraphs, not themes headed by half a sentence;
a year that names a law ("the Widgets Act 2001") dates no event; a paragraph's number neither stays behind
when its sentence is printed elsewhere nor opens a timeline event.  A draft's key-figure tiles show no
phrase cut out of a sentence, and a sum of money is labelled by what it is for.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.content.model import Figure
from briefkit.draftview import key_tiles
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.writers.repeats import sentence_key, sentences

STATEMENT = "\n".join([
    "The Widgets Regulator has written to two suppliers and an adviser setting out its provisional findings.",
    "The regulator alleges that the three firms shared prices before bidding for public contracts.",
    "The firms can answer the findings in writing before any decision is taken by the regulator's panel.",
    "1. The Widgets Regulator proposes to find that Alpha Supplies Limited, Beta Trading Limited and Gamma Advice "
    "Limited have infringed the prohibition on price fixing in the Widgets Act 2001.",
    "2. The Widgets Act 2001 prohibits agreements between firms that prevent, restrict or distort competition in "
    "the supply of widgets.",
    "3. A statement of objections gives notice of a proposed infringement decision to the firms under "
    "investigation, which may then answer it in writing and at an oral hearing.",
]) + "\n"


def _all_text(tmp_path: Path) -> tuple[str, list[str], list[str]]:
    brief = drafted(tmp_path, STATEMENT)
    texts = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background,
             *(p for s in brief.sections for p in s.paragraphs)]
    return " ".join(texts), [s.heading for s in brief.sections], [e.event for e in brief.timeline]


def test_a_finding_of_infringement_is_the_story_not_a_notice(tmp_path: Path) -> None:
    text, _, _ = _all_text(tmp_path)
    assert "have infringed the prohibition on price fixing" in text
    assert "proposed infringement decision" in text
    # a site's notice speaks to its reader: that one is still left out
    assert is_boilerplate("If any text reproduced here infringes your rights, tell the site.")
    assert not is_boilerplate("The court found that the firm infringed the patent.")


def test_long_numbered_paragraphs_head_no_theme(tmp_path: Path) -> None:
    _, headings, _ = _all_text(tmp_path)
    assert not any(h.startswith(("The Widgets Regulator proposes", "A statement of objections")) for h in headings)


def test_a_year_naming_a_law_is_no_event_and_an_event_has_no_list_number(tmp_path: Path) -> None:
    _, _, events = _all_text(tmp_path)
    assert not any("Widgets Act 2001" in e for e in events), events
    assert not any(e[:1].isdigit() for e in events), events


def test_a_paragraph_number_goes_with_its_sentence() -> None:
    paragraph = "3. A statement of objections gives notice of a decision. The firms may answer it in writing."
    parts = sentences(paragraph)
    assert parts == ["3. A statement of objections gives notice of a decision.", "The firms may answer it in writing."]
    # printed as a key point without its number, it is the same sentence
    assert sentence_key(parts[0]) == sentence_key("A statement of objections gives notice of a decision.")


def _money(label: str, value: float, unit: str = "GBP") -> Figure:
    return Figure(label=label, value=value, unit=unit, display=f"£{value:g}million")


def test_tiles_show_no_cut_phrase_and_name_what_money_is_for() -> None:
    figures = [_money("Funding allocations", 175), _money("For education", 30), _money("In April in THB", 593),
               _money("Government’s", 2), _money("Increase of", 4), _money("Towards supporting that skills agenda", 20),
               Figure(label="For the first time", value=3, unit="%", display="3%")]
    labels = [fig.label for fig in key_tiles(figures, 8)]
    assert "Funding allocations" in labels and "Education" in labels
    assert not any(label in labels for label in ("In April in THB", "Government’s", "Increase of")), labels
    # a phrase that runs on into a clause, or a share, is not reworded
    assert "Supporting that skills agenda" not in labels and "First time" not in labels
