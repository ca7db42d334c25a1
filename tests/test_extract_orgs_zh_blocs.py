"""Supranational blocs a Chinese article names by their short names (東盟, 歐盟, 東協) are bodies; a bloc's organ
(欧盟委员会) is a longer body of its own, and the bloc's short name inside it is no second one.

Small made-up articles run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

_TAIL = "海关表示，今年以来外贸运行总体平稳，一季度进出口总值同比增长5.2%。"


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"前两月外贸数据公布\n\n{text}\n\n{_TAIL}\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


def test_a_bloc_by_its_short_name_is_a_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "前两个月，我国对東盟出口增长9.1%，对歐盟出口下降2.3%，"
                                     "東盟继续保持第一大贸易伙伴地位。")
    assert "東盟" in found and "歐盟" in found


def test_a_blocs_organ_is_not_the_bloc_again(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "欧盟委员会3日发布报告称，今年欧元区经济增长预期下调至0.8%。")
    assert "欧盟" not in found
