"""Writers the candidate generators must offer, and names they must not credit.

Each case is a small made-up page or line in one form seen on pages nobody tuned on: a surname with a prefix
before a capital ("McClure", "O'Brien") or with accents, a five-word Malay name after "By", a Taiwanese
special correspondent's note, a short page whose own byline stands among its last lines, a letter signed
with its writer's address, two writers joined by a slash or by "and"; and names that are no writer's: an
office's title ("Prime Minister"), a "by" in a sentence's phrase ("by contrast") that credits no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import authorcands, authorscore, bylines_en, notwriters, signoffs
from briefkit.extract.authorcues import CREDIT_BEFORE
from briefkit.extract.authorfeatures import Cand, candidates
from briefkit.readers import read_article
from conftest import extracted

BODY = ("The central bank kept its policy rate at 3.5% on Thursday, saying inflation had eased for a third month "
        "in a row and growth was close to its estimate.\n\nEconomists polled last week had expected the decision, "
        "and most see the first cut late next year.\n")


@pytest.mark.parametrize(("line", "name"), [("By Derrick McClure", "Derrick McClure"),
                                            ("By Sean O’Brien", "Sean O’Brien"),
                                            ("By José Álvarez", "José Álvarez"),
                                            ("By Sylvia Torres-Guillén", "Sylvia Torres-Guillén")])
def test_a_prefixed_or_accented_surname_is_a_candidate(line: str, name: str) -> None:
    assert authorcands.names_on(line) == [name]


def test_a_five_word_name_with_given_names_is_a_byline() -> None:
    assert bylines_en.byline_names("Tengku Noor Shamsiah Tengku Abdullah") == ["Tengku Noor Shamsiah Tengku Abdullah"]
    assert bylines_en.byline_names("Beers Cuts Diamond Prices Again") == []


def test_a_special_correspondents_note_names_the_writer(tmp_path: Path) -> None:
    text = ("港口吞吐量再创新高\n\n【南區特派員林志明/高雄報導】高雄港今年二月貨物吞吐量為1200萬噸,同比增長12%,"
            "創同期新高。港口方面表示,貨櫃業務增長最快。\n\n港務公司表示,三月份航線將繼續增加。\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["林志明"]


def test_a_short_pages_own_byline_is_no_teasers(tmp_path: Path) -> None:
    # the whole page is shorter than the foot read for the teasers listed under a story: its own headline and
    # byline stand among its last lines, and the story's prose comes after them
    text = "Central bank holds rate at 3.5% (Update2)\n\nBy Marta Quintero\n\n" + BODY
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["Marta Quintero"]


def test_by_in_a_phrase_credits_no_one() -> None:
    assert CREDIT_BEFORE.search("What, by contrast, is J") is None
    assert CREDIT_BEFORE.search("Story by J") is not None


def test_a_letter_signed_with_an_address_is_a_sign_off(tmp_path: Path) -> None:
    text = ("Sir, – the council's plan for the harbour misses what the town needs most, which is a proper "
            "breakwater before the winter storms arrive again.\nOur boats cannot wait another year while the "
            "councillors argue about who should pay for the work that everyone agrees must be done.\n"
            "Derrick McClure, Rosehill Terrace, Aberdeen.\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.name: c.features for c in candidates(read_article(path), None, None)}
    assert "signoff" in found["Derrick McClure"]
    assert "signoff" not in found.get("Rosehill Terrace", {})


@pytest.mark.parametrize(("name", "office"), [("Prime Minister", True), ("Chief Executive Officer", True),
                                              ("Vice President", True), ("Jane Speaker", False),
                                              ("Tom Chancellor", False)])
def test_an_office_is_no_writer(name: str, office: bool) -> None:
    assert notwriters.office(name) is office


def test_a_guess_joins_the_names_its_line_credits_together() -> None:
    # the second name of "By A and B" has weaker cues of its own than the first; the editor after
    # "; editing by" is no part of the writers' credit whatever order the names were scored in
    line = "(Reporting By Jane Doe and Tom Lee; editing by Ann Roe and Bob Poe)"
    scored = [(0.05, Cand("Ann Roe", line, "tail", 7)), (0.9, Cand("Jane Doe", line, "tail", 7)),
              (0.2, Cand("Bob Poe", line, "tail", 7)), (0.3, Cand("Tom Lee", line, "tail", 7))]
    found = authorscore.pick(scored, 0.5)
    assert found is not None and found.names == ["Jane Doe", "Tom Lee"]
    assert authorscore.pick(scored, 0.95) is None


def test_two_writers_joined_by_a_slash_after_by_are_no_picture_credit(tmp_path: Path) -> None:
    text = "Bank holds its rate\n\nBy: Jarp Davies/Prince Kordorwalee\n\n" + BODY + "\nPhoto: Ann Roe/Getty Images\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.name: c.features for c in candidates(read_article(path), None, None)}
    assert "picture" not in found["Prince Kordorwalee"]
    assert "picture" in found["Ann Roe"]


def test_a_headings_words_are_no_writer() -> None:
    lines = ["Meta Outage Sparks Surge in Downdetector Reports",
             "The outage sparked a surge of reports from users on three continents."]
    assert notwriters.not_writers(["Meta Outage Sparks Surge"], lines, []) == []
    assert notwriters.not_writers(["Maria Park Lopez"], [*lines, "The park was closed."], []) == ["Maria Park Lopez"]


def test_a_letter_signed_with_a_street_and_town_names_one_writer() -> None:
    assert signoffs.signature(["Derrick McClure, Rosehill Terrace, Aberdeen."]) == ["Derrick McClure"]
    assert signoffs.signature(["Jeanne Swyers, Jean Hanson"]) == ["Jeanne Swyers", "Jean Hanson"]
    assert signoffs.signature(["The council met, the mayor said, again."]) == []
