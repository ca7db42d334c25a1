"""The organisation scorer's candidates: a role's cut that would leave a dangling joiner, a two-word title, and a
document's name written in a heading's capitals (see briefkit.extract.orgfeatures)."""

from briefkit.extract.orgfeatures import candidates, unlikely
from briefkit.extract.orgmodel import chosen


def test_an_office_of_the_president_is_no_body_cut_before_its_owner() -> None:
    text = "The letter was copied to the Offices of the President and the Prime Minister on Monday."
    found = candidates(text)
    assert "Offices of the President" in found
    assert not any(name.endswith((" the", " of")) for name in found)


def test_a_cabinet_secretary_is_cut_off_whole() -> None:
    found = candidates("National Treasury Cabinet Secretary Henry Rotich said the allocations would fall.")
    assert "National Treasury" in found
    assert "National Treasury Cabinet" not in found


def test_the_single_word_role_cut_still_holds() -> None:
    assert "United Nations" in candidates("United Nations Secretary-General Ban Ki-moon spoke in Geneva.")


def test_a_statement_in_capitals_is_a_document() -> None:
    assert unlikely("GROUP CASH FLOW STATEMENT")
    assert unlikely("Group Income Statement")
    assert not unlikely("Federal Reserve")
    assert chosen([("GROUP CASH FLOW STATEMENT", 0.96), ("Safaricom", 0.9)], []) == ["Safaricom"]
