"""A Chinese lead's own credit as a candidate for the source scorer, where a copy garbled it: a converter's pinyin
glossing the outlet's characters ("湖(hú)滨(bīn)日报讯"), and a space between a dateline's outlet and its town
("湖滨社 河口1月4日电").

Each text is made up, in the form of its kind (none is a copy of a corpus page).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import page_article

from briefkit.extract.outletcontext import openings

STORY = "市统计局日前发布数据显示,前三季度全市外贸进出口总值同比增长百分之六点二,其中出口增长较快,进口保持平稳。"


def _found(tmp_path: Path, lead: str) -> list[tuple[str, str]]:
    article = page_article(tmp_path, f"全市外贸前三季度稳中有升\n\n{lead}{STORY}\n\n{STORY}\n")
    return [(c.name, c.cue) for c in openings(article)]


def test_a_lead_tag_glossed_in_pinyin_names_the_outlet(tmp_path: Path) -> None:
    assert ("湖滨日报", "opening") in _found(tmp_path, "湖(hú)滨(bīn)日报讯 记者李明报道:")


def test_a_dateline_with_a_space_after_the_outlet_names_it(tmp_path: Path) -> None:
    assert ("湖滨社", "dateline") in _found(tmp_path, "湖滨社 河口1月4日电 ")
    assert ("湖滨网", "dateline") in _found(tmp_path, "湖滨网河口3月2日電 ")


def test_this_papers_own_dateline_names_no_outlet(tmp_path: Path) -> None:
    assert _found(tmp_path, "本报 河口1月4日电 ") == []
