"""Chinese organisations in forms the stop-50 study batch showed: the verb 报到 (register) that the segmenter cuts
after a noun is no paper ("学生报"), and a development zone the segmenter tags as a person's name ("高新区") stays
inside the body it opens."""

from __future__ import annotations

from pathlib import Path

from conftest import drafted

_NOTICE = ("关于做好秋季学期中小学开学工作的通知\n\n"
           "各县(市、区)教育局,市直各学校:\n\n"
           "根据省教育厅相关文件精神,我市秋季学期开学报到时间为9月1日,上午8时前到校。"
           "请各地督促师生按时返岗返校,并做好学生报到入学及教学各项准备工作,确保开学平稳有序。\n\n"
           "{extra}\n")


def _organisations(tmp_path: Path, extra: str) -> list[str]:
    return [o.name for o in drafted(tmp_path, _NOTICE.format(extra=extra)).organisations]


def test_registering_students_is_no_newspaper(tmp_path: Path) -> None:
    names = _organisations(tmp_path, "开学典礼由市教育局统一安排。")
    assert not any(n.endswith("报") for n in names)


def test_a_development_zone_opens_the_body_it_names(tmp_path: Path) -> None:
    assert "盐城高新区管委会" in _organisations(tmp_path, "开学安全检查由盐城高新区管委会牵头负责。")
