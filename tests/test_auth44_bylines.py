"""Writers in byline forms the extractor missed, each a small made-up page extracted end to end.

The forms: names from Africa and Asia that the given-name dictionary lacked ("Kwame Mensah and Ama Serwaa" alone
under the title); a correspondent's "From NAME in City"; a "Report: NAME" label; a feature's "Words NAME Pictures
NAME" credits; an Arabic article joined to a surname ("el-Khatib"); a site's "Follow" button pasted after the
name.  And names that are no writer's: a standfirst opening on a speaker and a quotation, a body after "Report:".
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from tests.conftest import extracted

from briefkit.extract import bylinenames, bylines_en, givennames
from briefkit.readers import htmlpage

TITLE = "Port freight volumes climb 12% as new cranes enter service\n\n"
BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n\n"
        "Container traffic was the strongest part of the rise, with shipping lines adding calls at the terminal.\n\n"
        "Officials expect the growth to continue through the spring as two new cranes enter service.\n\n"
        "\"We are seeing demand we have not seen in a decade,\" said Maria Lopez, the authority's chief executive.\n")


def _authors(tmp_path: Path, line: str) -> list[str]:
    return extracted(tmp_path, TITLE + line + "\n\n" + BODY)[0].meta.authors


@pytest.mark.parametrize("name", ["Kwame", "Oluwaseun", "Wanjiru", "Abdoulaye", "Somchai", "Tenzin", "Thandiwe"])
def test_given_names_the_dictionary_lacked(name: str) -> None:
    assert givennames.is_given_name(name)


@pytest.mark.parametrize("word", ["Gift", "Memory", "Yoga", "Samba"])
def test_an_english_word_or_a_place_is_no_listed_given_name(word: str) -> None:
    assert not givennames.is_given_name(word)


@pytest.mark.parametrize("line", ["Kwame Mensah and Ama Serwaa", "Chukwuemeka Eze, Wanjiru Kamau"])
def test_two_writers_alone_under_the_title_with_african_names(tmp_path: Path, line: str) -> None:
    assert _authors(tmp_path, line) == bylinenames.people_line(line) != []


@pytest.mark.parametrize(("line", "names"), [
    ("From Kwame Mensah in Accra", ["Kwame Mensah"]),
    ("From Sarah Jones, Nairobi", ["Sarah Jones"]),
    ("Report: Kwame Mensah", ["Kwame Mensah"]),
    ("Words Kwame Mensah Pictures Ama Serwaa", ["Kwame Mensah"]),
    ("Text: Sarah Jones Photos: Tom Brady", ["Sarah Jones"]),
    ("By Abdel-Fattah el-Khatib", ["Abdel-Fattah el-Khatib"]),
    ("By Mohammed al-Amin and Sarah Jones", ["Mohammed al-Amin", "Sarah Jones"]),
    ("Kwame Mensah Follow", ["Kwame Mensah"]),
])
def test_a_byline_in_a_less_common_form(tmp_path: Path, line: str, names: list[str]) -> None:
    assert _authors(tmp_path, line) == names


@pytest.mark.parametrize("line", [
    "Kofi Boakye: 'We are ready for the rush'",
    "Sarah Jones: \u201cDemand is back\u201d",
    "Report: Central Bank of Ghana",
    "From Accra to Lagos",
])
def test_a_line_that_names_no_writer(tmp_path: Path, line: str) -> None:
    assert _authors(tmp_path, line) == []


def _draft(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    meta = extracted(tmp_path, text)[0].meta
    return meta.authors, meta.editors


def test_a_wire_credit_note_is_found_wherever_it_stands() -> None:
    note = "(Reporting by Yuka Obayashi in Tokyo; Editing by Chang-Ran Kim)"
    paragraphs = ["Freight volumes rose 12% in February (the most in a year).", note,
                  "Read the original article on the wire's site.", "- Other story", "- Another story"]
    assert bylines_en.credit_notes(paragraphs) == [note]


@pytest.mark.parametrize("line", [
    "Associated Press writer Daniel Osei in Accra contributed to this report.",
    "Daniel Osei in Accra contributed reporting.",
])
def test_a_contributor_at_the_foot_is_no_writer(tmp_path: Path, line: str) -> None:
    assert _draft(tmp_path, TITLE + BODY + "\n" + line + "\n")[0] == []


@pytest.mark.parametrize(("line", "names"), [
    ("Story and photos by Daniel Osei", ["Daniel Osei"]),
    ("Author Daniel Osei", ["Daniel Osei"]),
    ("By Databank Research", []),
    ("By Sarah Jones and Ghana Consulting Limited", ["Sarah Jones"]),
])
def test_a_credit_label_a_photographing_writer_and_a_firm(tmp_path: Path, line: str, names: list[str]) -> None:
    assert _authors(tmp_path, line) == names


def test_a_byline_linked_with_rel_author_outside_the_main_text(tmp_path: Path) -> None:
    story = "".join(f"<p>{p}</p>" for p in BODY.strip().split("\n\n"))
    page = ("<html><head><title>Port freight volumes climb 12%</title></head><body>"
            "<h1>Port freight volumes climb 12% as new cranes enter service</h1>"
            "<div class='meta'><h4><span>By:</span> <a href='/author/jdoe/' rel='author'>Jared Miller</a></h4>"
            "<a href='/author/jdoe/' rel='author'><img src='jdoe.png'></a></div>"
            f"<article>{story}</article></body></html>")
    assert extracted(tmp_path, page, "page.html")[0].meta.authors == ["Jared Miller"]


def test_rel_author_links_naming_several_writers_are_a_rail_of_other_stories() -> None:
    rail = "".join(f"<li><a href='/s{n}'>Story {n}</a> <a rel='author' href='/a{n}'>{name}</a></li>"
                   for n, name in enumerate(["Jane Smith", "Tom Brady"]))
    one = "<p>By <a rel='author' href='/a'>Jane Smith</a></p><a rel='author' href='/a'><img src='a.png'></a>"
    assert htmlpage.labelled_authors(lxml.html.fromstring(f"<html><body><ul>{rail}</ul></body></html>")) == []
    assert htmlpage.labelled_authors(lxml.html.fromstring(f"<html><body>{one}</body></html>")) == ["Author: Jane Smith"]


@pytest.mark.parametrize(("line", "names"), [
    ("Daniel Osei, Accra | March 3, 2024", ["Daniel Osei"]),
    ("Kofi Boakye addresses workers at Tema port", []),
    ("Kwame Mensah reports from Accra", ["Kwame Mensah"]),
])
def test_a_place_after_the_name_and_a_sentence_about_a_person(tmp_path: Path, line: str, names: list[str]) -> None:
    assert _authors(tmp_path, line) == names
