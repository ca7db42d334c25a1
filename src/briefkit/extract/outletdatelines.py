"""The outlet a dateline credits, in the forms :mod:`briefkit.extract.datelines` reads and a spaced Chinese one.

A Chinese agency's dateline is its name, the town it filed from and the day, then 电 ("中新社北京1月4日电"); a copy
may set a space between the name and the town ("中新社 香港1月4日电"), which the strict form there does not allow
(there the name and the town run together, so the name is read lazily up to its last 社/网/报/台).  With the space
the name is the run before it, as long as it ends the way an outlet's does.
"""

from __future__ import annotations

import re

from briefkit.extract.datelines import dateline_source as _strict_source
from briefkit.extract.zhscript import without_pinyin

# "中新社 香港1月4日电", "【湖滨网 河口3月2日電】": the outlet, a space, the town (or none) and the day it filed
_SPACED = re.compile(r"^\s*[【\[(（]?(?P<agency>[\u3400-\u9fff]{2,8}(?:社|网|網|报|報|台|臺))[ \u3000]+"
                     r"[\u3400-\u9fff]{0,8}(?:1[0-2]|[1-9])月[1-3]?\d[日号號]\s*[电電]")


def dateline_source(text: str) -> str | None:
    """The outlet a dateline or credit opening ``text`` names (:func:`briefkit.extract.datelines.dateline_source`),
    or the agency of a Chinese dateline with a space after its name ("中新社 香港1月4日电" → "中新社")."""
    if found := _strict_source(text):
        return found
    spaced = _SPACED.match(without_pinyin(text[:80]))
    return spaced["agency"] if spaced and not spaced["agency"].startswith(("本", "我")) else None
