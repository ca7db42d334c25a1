"""Key points that are someone's words (issue 12): a sentence from inside a quotation running over several is
shown as a quotation with its speaker, or not taken when the article names none; a quotation left open after a
speech tag counts as one; a closing mark set the wrong way round closes.  Made-up articles through
``extract_article`` and the real quotation helpers."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.keypoints import dangles
from briefkit.extract.quotedpoints import all_quotation, attributed
from briefkit.extract.sentences import inside_quotations, unturned

STATEMENT = """Union responds to the drought report

Thandi Mokoena, the union's president, said on Monday that the report confirmed what farmers already knew.

"The drought has cut this year's maize harvest by 40 percent. Farms across the province report losses of \
R2.5 billion. The government must release relief funding of R40 million now. Every week of delay costs jobs."
"""

UNNAMED = """Drought statement

The drought report was published on Monday.

Maize farms in all nine provinces were surveyed.

"The drought has cut this year's maize harvest by 40 percent. Farms across the province report losses of \
R2.5 billion. The government must release relief funding of R40 million now. Every week of delay costs jobs."
"""


def _inside_texts(brief_points: list[str]) -> list[str]:
    inner = ("Farms across the province", "The government must release", "Every week of delay")
    return [text for text in brief_points if any(words in text for words in inner)]


def test_a_point_from_inside_a_quotation_shows_its_speaker(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, STATEMENT)
    inside = _inside_texts([point.text for point in brief.key_points])
    assert inside, "a statement that is one quotation still makes points"
    assert all(text.startswith("Thandi Mokoena: \u201c") and text.endswith("\u201d") for text in inside)
    # the source is the sentence as printed: the draft stays traceable
    assert all(point.source_text and point.source_text in STATEMENT for point in brief.key_points)


def test_a_point_from_inside_an_unattributed_quotation_is_not_taken(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, UNNAMED)
    assert not _inside_texts([point.text for point in brief.key_points])
    assert not _inside_texts([brief.summary or ""])  # nor a summary sentence


def test_a_page_that_is_one_quotation_speaks_for_itself(tmp_path: Path) -> None:
    # no sentence outside the quotation but its heading's lead-in: the quotation is the article's text
    brief, _ = extracted(tmp_path, UNNAMED.replace("Maize farms in all nine provinces were surveyed.\n\n", ""))
    assert _inside_texts([brief.summary or "", *(point.text for point in brief.key_points)])


def test_a_quotation_left_open_after_a_speech_tag_runs_on() -> None:
    run = ["The Minister said: \u201cThis round brings no cuts.", "It funds health by \u00a3200million."]
    assert inside_quotations(run) == {1}
    # an unpaired mark mid-sentence is still no evidence
    assert inside_quotations(["He bought a 5\" pipe.", "It was laid in May."]) == set()


def test_a_closing_mark_set_the_wrong_way_round_closes() -> None:
    tail = "If these remain unchecked, they could feed into inflation,\u201c the SBP said."
    assert unturned(tail).count("\u201d") == 1
    assert dangles(tail)  # it closes a quotation opened in the sentence before
    assert unturned("He called it \u201cthe plan\u201d.") == "He called it \u201cthe plan\u201d."


def test_attribution_forms() -> None:
    assert attributed("We will act.", "Jane Doe") == "Jane Doe: \u201cWe will act.\u201d"
    assert attributed("\u201c例如，补贴。\u201d", "安华") == "安华：\u201c例如，补贴。\u201d"
    assert all_quotation("\u201c例如，补贴。\u201d") and not all_quotation("\u201cIt works,\u201d he said.")


def test_speakers_named_in_more_shapes() -> None:
    from briefkit.extract.speakers import speaker

    assert speaker("Oliver Wendell Holmes Jr once famously said that \u201ctaxes are the price we pay.\u201d")[0] \
        == "Oliver Wendell Holmes Jr"
    assert speaker("Lee Chang-yong \uc774\ucc3d\uc6a9, governor of the central bank, said the rate \u201cshould "
                   "have been lowered,\u201d noting that demand is weak.")[0] == "Lee Chang-yong"
    assert speaker("In a statement, the Bretton Wood institution said the aid is for \u201cimmediate health "
                   "needs of the pandemic\u201d.")[0] == "Bretton Wood institution"


def test_a_name_given_or_a_term_is_no_quotation() -> None:
    from briefkit.content.model import Quote
    from briefkit.extract.body import Sentence
    from briefkit.extract.quotefix import said_quotes
    from briefkit.extract.quotes import find_quotes

    named = "李光耀曾将这段时期的新加坡称为“只有心脏，没有身体的经济体”。"
    assert not find_quotes([Sentence(text=named, index=0, paragraph=0, heading=None)])
    term = 'The latest idea is a PR-ish idea about a "project coalition", the paper says.'
    assert not said_quotes([Quote(text="project coalition", attribution=None, source_text=term)])


def test_titles_and_the_sites_call_to_follow_it_are_no_content() -> None:
    from briefkit.extract.body import Sentence
    from briefkit.extract.quotes import find_quotes
    from briefkit.extract.sentences_site import site_sentences

    fair = 'The 1939 fair was themed "The World of Tomorrow." and drew crowds.'
    assert not find_quotes([Sentence(text=fair, index=0, paragraph=0, heading=None)])
    promo = "要看最快最熱資訊，請來Follow我們《東方日報》WhatsApp Channel."
    story = "安华称，政府所有的决定和政策，都是经过深思熟虑后所制定。"
    assert site_sentences([Sentence(text=story, index=0, paragraph=0, heading=None),
                           Sentence(text=promo, index=1, paragraph=1, heading=None)]) == {1}
