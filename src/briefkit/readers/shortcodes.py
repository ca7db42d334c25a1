"""WordPress shortcodes copied into the text: ``[caption id="attachment_279488" width="380"]…[/caption]``.

A page copied from a WordPress editor, or from a feed that skipped rendering, keeps the content system's tags in
square brackets.  Left in, their attributes read as words and numbers ("width 380" becomes a key figure, "align
alignleft" a key point's words).  The tags come off and what they wrapped stays, since a caption's own words or an
embedded quote are the page's; the attributes, the system's settings, go with their tag.
"""

from __future__ import annotations

import re

# the tags WordPress and its common page builders print; any other tag counts only where the text also closes it
_KNOWN = r"caption|wp_caption|embed|gallery|video|audio|playlist|et_pb_\w+|vc_\w+|fusion_\w+|av_\w+"
_QUOTED = r"(?:\"[^\"]*\"|“[^”]*”|'[^']*'|[^\s\]\"“']+)"
_ATTRS = r"(?:\s+[\w-]+\s*=\s*" + _QUOTED + r"|\s+" + _QUOTED + r")*\s*/?"


def _tag(name: str) -> re.Pattern[str]:
    return re.compile(r"\[(?:" + name + r")" + _ATTRS + r"\]|\[/(?:" + name + r")\]")


_KNOWN_TAG = _tag(_KNOWN)
_CLOSING = re.compile(r"\[/([a-z][\w-]{1,30})\]")


def without_shortcodes(text: str) -> str:
    """``text`` without the content system's shortcode tags; the text between an opening and a closing tag stays."""
    if "[" not in text:
        return text
    text = _KNOWN_TAG.sub("", text)
    for name in set(_CLOSING.findall(text)):  # "[pullquote]…[/pullquote]": a tag the text opens and closes
        text = _tag(re.escape(name)).sub("", text)
    return text
