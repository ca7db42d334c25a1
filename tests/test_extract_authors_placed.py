"""Writer cues that hold across sites, read by the learned name scorer (:mod:`briefkit.extract.authorfeatures`).

Small made-up pages: a Chinese reporter's note in brackets after the dateline or closing a paragraph, a name on
its own line under the title (also where the page prints its title twice), a name alone after the story's last
sentence, a press contact's telephone number, and name shapes a byline run into the story or a hyphenated
given name make.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import authorscore
from briefkit.extract.authorcues import zh_notes
from briefkit.extract.authorfeatures import Cand, candidates
from briefkit.extract.namespans import names_on
from briefkit.readers import Article, read_article

TITLE = "Harbour freight climbs for a third month"
BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday, "
        "with container traffic the strongest part of the rise.\n\n"
        "Shipping lines added calls at the terminal, and the authority expects the busiest spring in a decade "
        "as two new quays open.\n")


def _page(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def _cands(article: Article, name: str) -> list[Cand]:
    return [c for c in candidates(article, TITLE, TITLE) if c.name == name]


def test_a_reporters_note_after_the_dateline_or_closing_a_paragraph() -> None:
    assert zh_notes("本报讯(记者 张伟 通讯员 李明)近日,市统计局发布数据,全市港口货物吞吐量同比增长12%。") == [["张伟"]]
    assert zh_notes("（中央社記者陳明台北20日電）港務局今天公布貨物吞吐量。") == [["陳明"]]
    assert zh_notes("全市港口货物吞吐量同比增长12%,创同期新高。(王斌)") == [["王斌"]]
    assert zh_notes("本网讯(通讯员 赵丽)5月19日,学校举行学术沙龙。") == [["赵丽"]]


def test_a_bracketed_name_inside_a_sentence_is_no_note() -> None:
    text = ("据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高,港口集团负责人(王斌)在会上介绍了"
            "集装箱业务的情况,并表示今年将新开多条航线。")
    assert zh_notes(text) == []


def test_the_scorer_reads_a_closing_reporters_note(tmp_path: Path) -> None:
    article = _page(tmp_path, "港口货物吞吐量连续三月增长\n2021-03-04\n\n"
                              "据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。(王斌)\n")
    found = authorscore.guess(article, "港口货物吞吐量连续三月增长", "港口货物吞吐量连续三月增长")
    assert found is not None and found.names == ["王斌"]


def test_a_name_alone_under_the_title_even_where_the_title_is_printed_twice(tmp_path: Path) -> None:
    text = f"{TITLE}\nMore news\nPorts\nWeather\nSport\nBusiness\n{TITLE}\nMaria Santos\nMarch 4, 2021\n\n{BODY}"
    (cand,) = _cands(_page(tmp_path, text), "Maria Santos")
    assert {"under_title", "alone_under_title"} <= set(cand.features)


def test_a_name_alone_after_the_last_sentence_is_a_sign_off(tmp_path: Path) -> None:
    (cand,) = _cands(_page(tmp_path, f"{TITLE}\nMarch 4, 2021\n\n{BODY}\nMaria Santos\n"), "Maria Santos")
    assert "signoff" in cand.features and "under_title" not in cand.features


def test_a_telephone_number_marks_a_press_contacts_line(tmp_path: Path) -> None:
    text = f"{TITLE}\nMarch 4, 2021 | Maria Santos (202) 555-0143\n\n{BODY}"
    (cand,) = _cands(_page(tmp_path, text), "Maria Santos")
    assert "phone" in cand.features


def test_name_shapes_a_byline_run_into_the_story_and_a_hyphenated_given_name_make() -> None:
    assert names_on("By Maria Santos The central bank said on Tuesday that prices rose") == ["Maria Santos"]
    assert names_on("By Lee Ji-hoon") == ["Lee Ji-hoon"]
    assert names_on("Short URL") == []


def test_a_long_closing_note_on_the_writer_is_not_read_as_prose(tmp_path: Path) -> None:
    note = ("Maria Santos is a veteran journalist who has reported on ports, shipping and the harbour authority "
            "for the paper since 2004, and before that covered the city council for ten years.")
    (cand,) = _cands(_page(tmp_path, f"{TITLE}\nMarch 4, 2021\n\n{BODY}\n{note}\n"), "Maria Santos")
    assert "bio" in cand.features and "long_line" not in cand.features


def test_a_wires_credits_closing_a_long_last_paragraph(tmp_path: Path) -> None:
    last = ("Economists polled before the release had expected a smaller rise, and the authority said the quays "
            "would need more cranes if traffic kept growing at this pace through the summer months, when the "
            "shipping lines add their seasonal calls and the terminal works around the clock to clear the backlog "
            "of containers. (Reporting by Maria Santos; Editing by Tom Lee)")
    article = _page(tmp_path, f"{TITLE}\nMarch 4, 2021\n\n{BODY}\n{last}\n")
    (cand,) = _cands(article, "Maria Santos")
    assert "closing_credit" in cand.features and "long_line" not in cand.features
    (editor,) = _cands(article, "Tom Lee")
    assert "closing_credit" not in editor.features
