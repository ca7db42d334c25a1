"""Bare legislatures, a body before its head's title, and newspapers named by their one word (orgbare, TITLED)."""

from __future__ import annotations

from briefkit.extract.entities import _organisations
from briefkit.extract.orgbare import bare_bodies, bare_outlets


def _names(text: str) -> list[str]:
    return [e.name for e in _organisations(text, "en")]


def test_bare_legislature_after_any_word() -> None:
    text = "The minister presented the plan to Parliament on Monday.\n\nTreasury is forecasting slower growth."
    assert [n for _, n in bare_bodies(text)] == ["Parliament", "Treasury"]


def test_bare_legislature_not_part_of_a_longer_name_or_office() -> None:
    text = ("She is a Member of Parliament for Eastfield. The Indian Parliament met. Treasury yields rose. "
            "By the end of this Parliament the plan will be done. Cabinet ministers met.")
    assert bare_bodies(text) == []


def test_body_before_a_presidents_name() -> None:
    text = "Tarvo President Anna Lindqvist said wages must rise. Tarvo represents seven million workers."
    assert "Tarvo" in _names(text)


def test_acronym_before_board_member() -> None:
    text = '"Wages must rise," said KFU board member Lukas Brandt.'
    assert "KFU" in _names(text)


def test_country_before_president_is_no_body() -> None:
    assert "France" not in _names("France President Emmanuel Macron spoke. France is large.")


def test_newspapers_in_a_list_of_outlets() -> None:
    text = "The plan was covered widely, including by the Mirror, the Observer and more."
    assert [n for _, n in bare_outlets(text)] == ["Mirror", "Observer"]


def test_newspaper_word_before_a_noun_is_no_paper() -> None:
    assert bare_outlets("the Australian government said the Times Square event and the Sun rose") == []
