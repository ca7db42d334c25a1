"""General outlet marks read as candidates for the source scorer: a name line stamped with a date or a short label, a
town-agency dateline, a desk's "X Report", a logo's text in any case, a Chinese account's label or metadata line, the
story crediting an outlet after its verb, describing it as a news agency or pointing to the piece's whole; the story
credits' "According to" at a sentence's start and an outlet named after a day; what is no outlet's name in those
places; and a desk's line or a name stamp letting a person-shaped name stand as a source."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import page_article

from briefkit.extract import outletmodel
from briefkit.extract.outletfeatures import page_features
from briefkit.extract.outletmarks import marks
from briefkit.extract.storycredits import story_credits

STORY = ("The council voted on Tuesday to extend the water restrictions for another month, citing low reservoirs.\n\n"
         "The mayor said the restrictions would be reviewed at the end of March, when the rains are due.\n\n"
         "Residents have been asked to water gardens only on weekends, and to report leaks to the utility.\n")



def _marks(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(c.name, c.cue) for c in marks(page_article(tmp_path, text))]


@pytest.mark.parametrize(("line", "outlet", "cue"), [
    ("Ridgeway Ledger·2026-02-09 01:28", "Ridgeway Ledger", "namestamp"),
    ("Lakeview Courant - Exclusive", "Lakeview Courant", "namestamp"),
    ("MarshPress, en Español", "MarshPress", "namestamp"),
    ("NAIROBI-RNA", "RNA", "dateline"),
    ("Tarn Valley Voice Report", "Tarn Valley Voice", "desk"),
    ("The ridgeway messenger logo", "The Ridgeway Messenger", "logo"),
    ("公众号:湖滨集(ID:huhuji)", "湖滨集", "attributed"),
    ("张明 李华 湖滨城市规划 2022-07-10", "湖滨城市规划", "namestamp"),
])
def test_a_top_line_naming_the_outlet_in_a_general_shape_gives_a_candidate(tmp_path: Path, line: str, outlet: str,
                                                                          cue: str) -> None:
    text = "Water restrictions extended in the valley\n\n" + line + "\n\n" + STORY
    assert (outlet, cue) in _marks(tmp_path, text)


@pytest.mark.parametrize("line", ["Administrator | Jun 11, 2023 | Comments 0", "Published Mon · 2024-03-11",
                                  "Jane Holloway - 12 March 2024", "Water restrictions - Opinion",
                                  "發表日期 2022-03-30", "Tue · 2024-03-12", "Site logo"])
def test_a_stamp_of_a_writer_a_date_or_a_label_is_no_candidate(tmp_path: Path, line: str) -> None:
    text = "Water restrictions extended in the valley\n\n" + line + "\n\n" + STORY
    assert _marks(tmp_path, text) == []


@pytest.mark.parametrize(("sentence", "outlet", "cue"), [
    ("The rains are late this year, the utility's spokesperson said, reports RNA. More rain is due.", "RNA",
     "teller"),
    ("The deficit will widen, the official RNA news agency cited the ministry as saying.", "RNA", "teller"),
    ("The bank expects prices to ease (...) [Read the article in Ridgeway Business Insider]",
     "Ridgeway Business Insider", "published"),
])
def test_the_story_crediting_an_outlet_gives_a_candidate(tmp_path: Path, sentence: str, outlet: str,
                                                         cue: str) -> None:
    text = "Water restrictions extended in the valley\n\n" + STORY + "\n" + sentence + "\n"
    assert (outlet, cue) in _marks(tmp_path, text)


def test_a_sentence_opening_on_according_to_and_an_outlet_named_after_a_day_are_story_credits() -> None:
    found = story_credits(["According to Lakeland News Agency, the minister spoke of the budget.",
                           "The residents wrote a letter shared with the Saturday Sentinel about their bills.",
                           "He told Monday's meeting that the dam is full."])
    assert [(c.name, c.kind) for c in found] == [("Lakeland News Agency", "according"), ("Saturday Sentinel", "told")]


def test_a_desk_line_lets_a_person_shaped_name_stand_where_a_byline_does_not() -> None:
    shaped = {"bias": 1.0, "shape_person": 1.0, "person": 1.0}
    assert not outletmodel.eligible({**shaped, "cue_credit": 1.0})
    assert outletmodel.eligible({**shaped, "cue_staff": 1.0})
    assert outletmodel.eligible({**shaped, "cue_desk": 1.0})
    assert not outletmodel.eligible({**shaped, "given_name": 1.0, "cue_staff": 1.0})  # "By Jane Doe Staff Writer"
    assert outletmodel.eligible({**shaped, "cue_namestamp": 1.0})


def test_the_scorer_sees_a_stamped_name_line_among_the_candidates(tmp_path: Path) -> None:
    article = page_article(tmp_path, "Water restrictions extended in the valley\n\nRidgeway Ledger·2026-02-09 01:28\n\n"
                       + STORY)
    rows = dict(page_features(article, None, "", None))
    assert rows["Ridgeway Ledger"]["cue_namestamp"] == 1.0
