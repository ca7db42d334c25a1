"""Headings under which a page lists other stories ("Top Stories", "Related posts", "You may also like", "相关新闻").

Kept apart from :mod:`briefkit.extract.teasers` (which reads the sentences under such a heading) so that the page's
metadata reader may know the heading too without importing the body's sentences.
"""

from __future__ import annotations

import re

__all__ = ["is_teaser_heading"]

_LIST_WORDS = (r"(?:stories|news|articles|posts|headlines|reads?|videos?|coverage|links|from\s+[\w .&'’-]{1,40}"
               r"|in\s+[\w .&'’-]{1,30}|on\s+[\w .&'’-]{1,30})")
# "Related", "Trending" alone head a box of links; "Latest", "More", "Top" only with the word for stories ("Latest
# news", "More from Business", "Top Stories"): a live page's "Latest" heads its own updates
_TEASER_HEADING = re.compile(
    r"^\W*(?:(?:related|trending|recommended|most\s+(?:read|popular|viewed|shared)|editor['’]?s\s+picks?|"
    r"must\s+read|also\s+read|read\s+(?:more|next|also)|see\s+also|don['’]t\s+miss|what\s+to\s+read\s+next|"
    r"more\s+like\s+this|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)|in\s+case\s+you\s+missed(?:\s+it)?)"
    r"(?:\s+" + _LIST_WORDS + r")?"
    r"|(?:top|latest|more|other|popular|featured|similar|recent)\s+" + _LIST_WORDS
    + r"|相关(?:新闻|阅读|文章|报道|链接|推荐)|相關(?:新聞|閱讀|文章|報導|連結|推薦)|推荐阅读|推薦閱讀|"
    r"延伸阅读|延伸閱讀|"
    r"热点(?:新闻|推荐)?|熱點(?:新聞)?|猜你喜欢|猜你喜歡|更多(?:新闻|新聞|阅读|閱讀)|热门(?:新闻|文章|推荐)|熱門(?:新聞|文章))"
    r"\W*$", re.IGNORECASE)


def is_teaser_heading(heading: str | None) -> bool:
    """True when ``heading`` introduces a list of other stories ("Top Stories", "Related", "相关新闻")."""
    return bool(heading) and bool(_TEASER_HEADING.match(heading or ""))
