"""Writers in the forms of pages scored blind at stop 37, and a heading that is no writer.

Each case is a small made-up article in one kind's form (not a copy of a corpus page), extracted end to end
through ``extract_article``: a byline in mixed case run straight into the dateline's capitals ("by Jane Doe
NAIROBI (Xinhua) --"); two or more writers listed beside the page's stamp under the title ("A, B • 17 October
2022 14:52"); a live page's first heading beside the copy's date ("date 2025-11-13 Main Points"), no writer; a
reporter's name alone on the page's last line, after the story, where no given-name list holds it
("Batzorig Enkhtuvshin", "邵明远"), a "Keep reading…" prompt between; a Chinese writer's label opening a short
block before a reprint's permission ("作者:贰哥,作者授权…转载。"); a name alone over the story of a page that
prints no title; a Chinese name and a slash opening the story ("邵明远 / …"); and a Chinese writer's mark with
the pictures' before a name in Latin letters ("文、攝:Liona Kwan").
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.content.model import Brief

BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n\n"
        "Container traffic was the strongest part of the rise, with shipping lines adding calls at the terminal.\n\n"
        "Officials expect the growth to continue through the spring as two new cranes enter service.\n")


def _brief(tmp_path: Path, text: str) -> Brief:
    return extracted(tmp_path, text, "article.txt")[0]


def test_a_mixed_case_byline_run_into_the_dateline_ends_at_its_capitals(tmp_path: Path) -> None:
    text = ("Port freight rises in February\n\n"
            "by Odhiambo Wekesa KISUMU (Xinhua) -- Freight volumes rose 12% in February, the port authority "
            "said on Monday in its monthly report on the lake traffic.\n\n" + BODY)
    assert _brief(tmp_path, text).meta.authors == ["Odhiambo Wekesa"]


def test_writers_listed_beside_the_stamp_under_the_title(tmp_path: Path) -> None:
    text = ("Port freight rises in February\n\n"
            "Kadek Suryawan, Ratna Dewi Lestari • 4 March 2024 10:20\n\n" + BODY)
    assert _brief(tmp_path, text).meta.authors == ["Kadek Suryawan", "Ratna Dewi Lestari"]


def test_one_writer_beside_the_stamp_stays_one(tmp_path: Path) -> None:
    text = "Port freight rises in February\n\nKadek Suryawan • 4 March 2024 10:20\n\n" + BODY
    assert _brief(tmp_path, text).meta.authors == ["Kadek Suryawan"]


def test_a_heading_of_common_words_beside_the_date_is_no_writer(tmp_path: Path) -> None:
    text = "date 2024-03-04 Main Points\n\n" + BODY
    assert _brief(tmp_path, text).meta.authors == []
    text = "date 2024-03-04 Jane Young\n\n" + BODY
    assert _brief(tmp_path, text).meta.authors == ["Jane Young"]


ZH_BODY = ("据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。\n\n"
           "港口方面表示,集装箱业务增长最快,两台新吊机将于春季投入使用。\n\n")


def test_a_name_alone_closing_the_page_signs_it(tmp_path: Path) -> None:
    text = "Port freight rises in February\n\n" + BODY + "\nBatzorig Enkhtuvshin\n"
    assert _brief(tmp_path, text).meta.authors == ["Batzorig Enkhtuvshin"]
    text = "Port freight rises in February\n\n" + BODY + "\nKeep reading…\n\nBatzorig Enkhtuvshin\n"
    assert _brief(tmp_path, text).meta.authors == ["Batzorig Enkhtuvshin"]
    text = "港口吞吐量创新高\n\n" + ZH_BODY + "邵明远\n"
    assert _brief(tmp_path, text).meta.authors == ["邵明远"]


def test_a_closing_name_the_story_speaks_of_or_a_label_is_no_signature(tmp_path: Path) -> None:
    body = BODY + "\nBatzorig Enkhtuvshin, the port's director, welcomed the figures.\n"
    text = "Port freight rises in February\n\n" + body + "\nBatzorig Enkhtuvshin\n"
    assert _brief(tmp_path, text).meta.authors == []
    for heading in ("Container Traffic", "Read More", "Harbor Lights"):  # a heading's words, a plural's ending
        text = "Port freight rises in February\n\n" + BODY + "\n" + heading + "\n"
        assert _brief(tmp_path, text).meta.authors == []


def test_a_writers_label_before_a_reprint_permission_names_the_writer(tmp_path: Path) -> None:
    # a pen name led by no surname ("贰哥"), which only the label credits
    text = "港口吞吐量创新高\n作者:贰哥,作者授权港口周刊转载。\n" + ZH_BODY
    assert _brief(tmp_path, text).meta.authors == ["贰哥"]


def test_a_name_alone_over_the_story_of_a_page_with_no_title_is_its_writer(tmp_path: Path) -> None:
    text = "Batzorig Enkhtuvshin\n\n" + BODY
    assert _brief(tmp_path, text).meta.authors == ["Batzorig Enkhtuvshin"]
    # a name the story speaks of is whom it is about
    text = "Batzorig Enkhtuvshin\n\n" + BODY + "\nBatzorig Enkhtuvshin, the port's director, welcomed the figures.\n"
    assert _brief(tmp_path, text).meta.authors == []


def test_a_chinese_name_and_a_slash_opening_the_story_is_its_reporter(tmp_path: Path) -> None:
    # the name runs into a long first paragraph, a line of prose where a name alone would stand apart
    lead = ZH_BODY.replace("\n\n", "") * 3
    text = "港口吞吐量创新高\n\n邵明远 / " + lead + "\n\n" + ZH_BODY * 3
    assert _brief(tmp_path, text).meta.authors == ["邵明远"]
    text = "港口吞吐量创新高\n\n上海／" + ZH_BODY  # a place's dateline
    assert _brief(tmp_path, text).meta.authors == []


def test_a_chinese_writers_mark_with_the_pictures_credits_a_latin_name(tmp_path: Path) -> None:
    text = "港口吞吐量创新高\n\n" + ZH_BODY + "文、攝:Liona Kwan\n#PORT20240304\n"
    assert _brief(tmp_path, text).meta.authors == ["Liona Kwan"]
    text = "港口吞吐量创新高\n\n" + ZH_BODY + "攝:Liona Kwan\n#PORT20240304\n"  # the photographer alone
    assert _brief(tmp_path, text).meta.authors == []
