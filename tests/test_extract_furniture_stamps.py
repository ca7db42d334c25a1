"""A box of other stories stamped with their age, and a writer's bio: page furniture, not the story."""

from __future__ import annotations

from briefkit.extract.body import Sentence
from briefkit.extract.furniture import bio_sentences, opens_with_stamp, stamped_runs
from briefkit.extract.teasers import teaser_sentences


def _paragraphs(*texts: str, heading: str | None = None) -> list[Sentence]:
    return [Sentence(text, i, i, heading) for i, text in enumerate(texts)]


STORY = (
    "The city council approved a new budget on Tuesday after a long debate.",
    "Spending on roads will rise by a tenth, the mayor said.",
    "Opponents said the plan leaves the harbour district without new money.",
    "A second vote is due next month.",
)


def test_a_run_of_stamped_teasers_mid_page_is_furniture() -> None:
    sentences = _paragraphs(STORY[0], STORY[1], "• 4 minutes Rail strike spreads to Lisbon",
                            "• 2 hours Why Norway banks on wind", "• 3 days Brazil weighs new tariffs",
                            STORY[2], STORY[3])
    assert stamped_runs(sentences) == {2, 3, 4}
    assert {2, 3, 4} <= teaser_sentences(sentences)


def test_bare_stamps_take_the_title_above_them() -> None:
    sentences = _paragraphs(*STORY, "Floods close the coast road", "3 hours ago", "Port workers vote to strike",
                            "5 hours ago", "New ferry route opens", "an hour ago")
    assert stamped_runs(sentences) == set(range(4, 10))


def test_two_stamped_lines_opening_the_body_end_a_box_the_head_kept() -> None:
    sentences = _paragraphs("• 5 days The Alps are warming fast. Glaciers shrink in Austria and Italy.",
                            "• 17 hours Chile's $3 billion lithium plan", *STORY)
    assert stamped_runs(sentences) == {0, 1}


def test_a_story_sentence_opening_with_a_duration_stays() -> None:
    sentences = _paragraphs("5 days after the vote, prices rose.", "3 hours of talks ended without a deal.",
                            "2 days later, the minister resigned.", "4 weeks, the union said, is too long.",
                            *STORY)
    assert stamped_runs(sentences) == set()


def test_one_stamped_line_mid_story_stays() -> None:
    sentences = _paragraphs(STORY[0], "24 hours Was all it took for the fire to spread.", *STORY[1:])
    assert stamped_runs(sentences) == set()


def test_a_closing_bio_with_a_bio_cue_is_furniture() -> None:
    sentences = _paragraphs(*STORY, "Maria Lopez is a freelance journalist based in Lima. She studied at the "
                                    "University of Chile.")
    assert bio_sentences(sentences) == {4}


def test_a_bio_under_the_writers_name_is_furniture_wherever_it_stands() -> None:
    sentences = [Sentence("Tom Reed is a British writer based in Porto. He reports on…", 0, 0, "Tom Reed"),
                 *[Sentence(t, i + 1, i + 1, "Budget passes") for i, t in enumerate(STORY)]]
    assert bio_sentences(sentences) == {0}
    assert 0 in teaser_sentences(sentences, titled=True)


def test_a_story_about_a_journalist_stays() -> None:
    # mid-story, no author box: the story's own subject
    sentences = _paragraphs(STORY[0], "Ana Silva is a journalist based in Quito who was detained on Monday.",
                            *STORY[1:])
    assert bio_sentences(sentences) == set()


def test_a_closing_writer_line_without_a_bio_cue_stays() -> None:
    # the wire the writer founded is a body a reader may cite
    sentences = _paragraphs(*STORY, "Joe Park is a veteran journalist who has reported on the state since 1990.")
    assert bio_sentences(sentences) == set()


def test_short_stamps_with_ago_count() -> None:
    sentences = _paragraphs(*STORY, "Wildfire near Perth 3h ago", "2d ago Dockers win again", "5m ago")
    assert opens_with_stamp("3h ago") and opens_with_stamp("• 4 days Why Norway banks on wind")
    assert not opens_with_stamp("3h of talks") and not opens_with_stamp("A second vote is due next month.")
    assert {5, 6} <= stamped_runs(sentences)
