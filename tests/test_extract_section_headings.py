"""A theme's heading, drawn from its block when the article has no headings of its own, names what the block is
about: never a word that merely opens sentences ("It’s about …", "Under …"), and never a linking clause
("That’s why, this winter, …") standing for the sentence that follows it."""

from __future__ import annotations

from briefkit.extract.body import Sentence
from briefkit.extract.sections import _block_heading, _inside_names, opening_words


def test_a_linking_clause_gives_way_to_the_sentence_after_it() -> None:
    assert opening_words("That’s why, this winter, we are going further to protect working people.") \
        == "We are going further to protect working people"
    assert opening_words("In addition, the council will spend more on roads.") \
        == "The council will spend more on roads"


def test_a_short_clause_that_says_something_stays() -> None:
    assert opening_words("In Kenya, maize prices rose again in May.") == "In Kenya"


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text, i, i, None) for i, text in enumerate(texts)]


def test_a_word_that_only_opens_sentences_is_no_name() -> None:
    block = _sentences("It’s about peace of mind.", "It’s about fairness for every family.",
                       "Under the old rules, many missed out.")
    assert _block_heading(block, set(), _inside_names(block)) == "It’s about peace of mind"


def test_a_surname_opening_sentences_is_a_name_when_the_article_names_the_person() -> None:
    block = _sentences("Mayor Jacob Frey wrote about duty last week.", "Frey says the city must act.",
                       "Frey goes on to ask for patience.")
    assert _block_heading(block[1:], set(), _inside_names(block)) == "Frey"
