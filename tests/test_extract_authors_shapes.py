"""Chinese writer candidates found by the line's shape alone, with no writer's label
(:func:`briefkit.extract.authorcues.zh_shapes`), and the cues of where such a line stands.

Small made-up pages: a name alone after the story's last paragraph (a sign-off), a name opening the first
paragraph before a slash (a byline run into the story), a speaker's name the story quotes, and words that
only look like a name.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.authorcues import zh_shapes
from briefkit.extract.authorfeatures import Cand, candidates
from briefkit.readers import Article, read_article

TITLE = "港口货物吞吐量连续三月增长"
PARAGRAPH = ("据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高,集装箱业务增长最快,"
             "港口集团表示今年将新开多条航线。")


def _cands(tmp_path: Path, text: str, name: str) -> list[Cand]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article: Article = read_article(path)
    return [c for c in candidates(article, TITLE, TITLE) if c.name == name]


def test_a_line_of_names_alone_and_a_name_before_a_separator() -> None:
    assert zh_shapes("王斌") == [(["王斌"], "zh_alone")]
    assert zh_shapes("(王斌、李明)") == [(["王斌", "李明"], "zh_alone")]
    assert zh_shapes("陈明 / 港务局今天公布货物吞吐量") == [(["陈明"], "zh_lead")]
    assert zh_shapes("陈明\\台中报导 港务局今天公布货物吞吐量") == [(["陈明"], "zh_lead")]


def test_words_that_are_no_name_give_no_candidate() -> None:
    assert zh_shapes("分享至") == []  # no surname opens it
    assert zh_shapes("港务局今天公布货物吞吐量") == []  # a sentence, not a line of names
    assert zh_shapes("王斌表示,港口今年将新开多条航线") == []  # a name opening a sentence, no separator


def test_a_name_alone_after_the_last_paragraph_is_a_sign_off_candidate(tmp_path: Path) -> None:
    (cand,) = _cands(tmp_path, f"{TITLE}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n王斌\n", "王斌")
    assert {"zh_alone", "zh_after_prose"} <= set(cand.features)
    assert "zh_in_body" not in cand.features


def test_a_name_the_story_quotes_is_marked_as_named_in_the_body(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n王斌表示,港口今年将新开多条航线。\n\n王斌\n"
    (cand,) = _cands(tmp_path, text, "王斌")
    assert "zh_in_body" in cand.features


def test_a_name_under_an_editors_label_is_marked(tmp_path: Path) -> None:
    (cand,) = _cands(tmp_path, f"{TITLE}\n\n{PARAGRAPH}\n\n责任编辑:\n\n王斌\n", "王斌")
    assert "zh_label_above" in cand.features


def test_a_name_opening_the_first_paragraph_before_a_slash(tmp_path: Path) -> None:
    (cand,) = _cands(tmp_path, f"{TITLE}\n\n陈明 / {PARAGRAPH}\n\n{PARAGRAPH}\n", "陈明")
    assert {"zh_lead", "zh_under_title"} <= set(cand.features)


def test_a_sign_off_run_into_the_last_line_after_a_dash(tmp_path: Path) -> None:
    story = ("Harbour freight climbs for a third month\n\n"
             "Freight volumes rose 12% in February, the port authority said in its monthly report on Monday, with "
             "container traffic the strongest part of the rise and two new quays due to open in the spring. "
             "- MARIA SANTOS, Harbour Times\n")
    path = tmp_path / "article.txt"
    path.write_text(story, encoding="utf-8")
    found = [c for c in candidates(read_article(path), None, None) if c.name == "Maria Santos"]
    assert found and "signed_end" in found[0].features and "long_line" not in found[0].features


def test_a_name_before_a_colon_opens_what_the_person_said() -> None:
    assert zh_shapes("陈明:港口今年将新开多条航线") == []


def test_a_name_the_story_quotes_as_a_speaker_is_marked(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{PARAGRAPH}\n\n陈明表示,港口今年将新开多条航线。\n\n陈明\n"
    (cand,) = _cands(tmp_path, text, "陈明")
    assert "zh_speaker" in cand.features
