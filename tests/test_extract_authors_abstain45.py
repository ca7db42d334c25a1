"""Names a page prints where no byline stands are no writers: the extractor abstains (stop 45).

Small made-up pages, one per kind seen on pages nobody tuned on:

- a caption under the title whose verb is followed by a writer's role word ("Mayor Tom Reed speaks to
  reporters …"): the reporters are his audience, not his role;
- a name beside a place or section after a separator ("Tom Reed | Northfield"): the separator taken out must
  not run the two into one name;
- a name under a pull quote closing the page (the quote, then "Tom Reed, Mayor"): the quote's speaker, no
  letter's signature;
- a release's press officer: over a press role ("Communications Manager") or under "For further information
  please contact:";
- a sentence about a person under the title, its verb in the past ("Ann Moore presented the budget.");
- readers' comments under the story ("3 Comments", then a commenter's name over the comment's date);
- a caption closed by "(Supplied)", the picture's credit;
- a caption's marks after a name under the title: where the person stands ("(left)"), the person's age, what the
  person is doing where ("at the council meeting"), or a local office before the name ("Councillor Ann Moore").

Each has its positive twin: a real byline in the same spot is still read.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article

TITLE = "Council approves 4.2 million budget for roads"
BODY = ("The council approved a new budget of 4.2 million dollars on Tuesday after a long debate about road "
        "repairs and library hours.\n\n"
        "Officials said the money would cover road repairs in the northern districts, where potholes have "
        "damaged cars for two winters.\n\n"
        "The vote was five to two, with two members arguing that the library cuts went too far.\n\n"
        "Residents will be able to comment on the plan at a public meeting next month.\n")


def _authors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    brief, _ = extract_article(path)
    return brief.meta.authors


def test_a_caption_with_reporters_as_audience_names_no_writer(tmp_path: Path) -> None:
    caption = "Mayor Tom Reed speaks to reporters outside city hall on Tuesday."
    assert _authors(tmp_path, f"{TITLE}\n\n{caption}\n\n{BODY}") == []
    caption = "Tom Reed talks with reporters after the council meeting in Northfield."
    assert _authors(tmp_path, f"{TITLE}\n\n{caption}\n\n{BODY}") == []
    # a writer's role beside the name itself still credits the writer
    for line in ("Maria Lopez, Staff Reporter", "Maria Lopez | Staff Writer", "Senior reporter Maria Lopez"):
        assert _authors(tmp_path, f"{TITLE}\n\n{line}\n\n{BODY}") == ["Maria Lopez"]


def test_a_caption_crediting_its_photographer_names_no_writer(tmp_path: Path) -> None:
    caption = "Mayor Tom Reed speaks to reporters outside city hall on Tuesday. (Maria Lopez)"
    assert _authors(tmp_path, f"{TITLE}\n\n{caption}\n\n{BODY}") == []


def test_a_name_and_a_place_across_a_separator_are_not_one_name(tmp_path: Path) -> None:
    quoted = BODY + "\n\u201cWe fixed the roads first,\u201d Reed said after the vote.\n"
    assert _authors(tmp_path, f"{TITLE}\n\nTom Reed | Northfield\n\n{quoted}") == []
    # beside a real stamp the writer is read as before
    assert _authors(tmp_path, f"{TITLE}\n\nMaria Lopez | 3 hours ago\n\n{BODY}") == ["Maria Lopez"]


def test_a_pull_quote_attribution_is_no_signature(tmp_path: Path) -> None:
    closing = "\n\u201cThis is a budget for everyone in Northfield.\u201d\nTom Reed, Mayor\n"
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}{closing}") == []
    closing = '\n"This is a budget for everyone in Northfield."\nTom Reed\n'
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}{closing}") == []
    # a letter's signature under its last sentence is still read
    letter = BODY + "\nI urge the council to think again about the library.\n\nGary Smith, Wakefield\n"
    assert _authors(tmp_path, f"Letter: Keep the library open\n\n{letter}") == ["Gary Smith"]


def test_a_press_officer_closing_a_release_is_no_writer(tmp_path: Path) -> None:
    block = "\nAnn Moore\nCommunications Manager\nNorthfield Council\nann.moore@northfield.example\n"
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}{block}") == []
    block = "\nFor further information please contact:\nAnn Moore\nNorthfield Council\n"
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}{block}") == []
    # an official signing with her office is still the signer (a governor's message, a shadow minister's)
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}\nAnn Moore\nGovernor, Central Bank of Northfield\n") == ["Ann Moore"]


def test_a_sentence_about_a_person_under_the_title_is_no_byline(tmp_path: Path) -> None:
    assert _authors(tmp_path, f"{TITLE}\n\nAnn Moore presented the budget.\n\n{BODY}") == []
    # a byline beside its stamp's verb is still read
    assert _authors(tmp_path, f"{TITLE}\n\nBy Ann Moore\nUpdated 3 hours ago\n\n{BODY}") == ["Ann Moore"]


def test_readers_comments_under_the_story_name_no_writer(tmp_path: Path) -> None:
    comments = "\n3 Comments\nAnn Moore\nMarch 3, 2024 at 5:12 pm\nAbout time they fixed the roads.\nReply\n"
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}{comments}") == []
    comments = "\nComments\nAnn Moore\n3 hours ago\nAbout time they fixed the roads.\n"
    assert _authors(tmp_path, f"{TITLE}\n\n{BODY}{comments}") == []
    # the story's own byline stands above them
    assert _authors(tmp_path, f"{TITLE}\nBy Maria Lopez\n\n{BODY}{comments}") == ["Maria Lopez"]


def test_a_caption_closed_by_a_supplied_credit_names_no_writer(tmp_path: Path) -> None:
    caption = "Tom Reed, Mayor of Northfield. (Supplied)"
    assert _authors(tmp_path, f"{TITLE}\n\n{caption}\n\n{BODY}") == []


def test_a_caption_under_the_title_names_no_writer(tmp_path: Path) -> None:
    for caption in ("Ann Moore (left) and Tom Reed", "Tom Reed at the council meeting",
                    "Tom Reed during the vote on Tuesday", "Tom Reed, 54, a retired teacher", "Councillor Ann Moore"):
        assert _authors(tmp_path, f"{TITLE}\n{caption}\n\n{BODY}") == [], caption
    # a writer and the place or outlet a byline names are still read
    assert _authors(tmp_path, f"{TITLE}\nMaria Lopez in Northfield\n\n{BODY}") == ["Maria Lopez"]
