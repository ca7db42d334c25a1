"""writers.pdf.page.BodyFrame: its own deep copy is the one copy.deepcopy's generic walk makes."""

from __future__ import annotations

import copy

from reportlab.platypus import Frame

from briefkit.writers.pdf.page import BodyFrame


def _frame(cls: type[Frame]) -> Frame:
    frame = cls(50, 60, 400, 700, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame._frameBGs = [("bg", [1, 2])]
    frame._generated_content = ["x"]
    return frame


def test_the_copy_equals_the_generic_one_and_shares_nothing_mutable() -> None:
    ours, generic = copy.deepcopy(_frame(BodyFrame)), copy.deepcopy(_frame(Frame))
    assert type(ours) is BodyFrame
    assert ours.__dict__ == generic.__dict__
    original = _frame(BodyFrame)
    clone = copy.deepcopy(original)
    assert clone is not original
    assert clone._frameBGs == original._frameBGs and clone._frameBGs is not original._frameBGs
    assert clone._frameBGs[0][1] is not original._frameBGs[0][1]
    clone._y -= 100  # laying out into the copy leaves the page's frame where it was
    del clone._generated_content
    assert original._y != clone._y and original._generated_content == ["x"]


def test_a_shared_value_is_copied_once() -> None:
    frame = _frame(BodyFrame)
    shared: list[int] = [1]
    frame.a, frame.b = shared, shared
    clone = copy.deepcopy(frame)
    assert clone.a is clone.b and clone.a is not shared
