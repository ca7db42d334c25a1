"""The words of a site's interface — menus, share bars, account and paywall prompts — in one list.

Three checks read them: the title's furniture filter (:mod:`briefkit.extract.titlefurniture`: a line
that *is* a menu word), the learned title's shape check (:mod:`briefkit.extract.linecues`: a line that
*holds* an account word is never a headline) and the boilerplate filter
(:mod:`briefkit.extract.boilerplate`: a sentence that *prompts* the reader).  Kept here so that a word
added for one is seen by all.  Each entry is a regular-expression fragment, matched case-blind.
"""

from __future__ import annotations

ACCOUNT = (r"skip\s+to", r"subscribe", r"sign\s+(?:in|up)", r"log\s*in", r"your\s+(?:web\s+)?browser",
           r"javascript", r"瀏覽器", r"浏览器")
"""Accessibility links, account prompts and a browser's warnings ("JavaScript is disabled", "您的瀏覽器不支援…"):
no headline holds them, wherever they stand on its line."""

MENU = (*ACCOUNT, r"advertisement", r"menu", r"home", r"news", r"search", r"close", r"open", r"share:?", r"print",
        r"comments?", r"read\s+more", r"related", r"next", r"prev(?:ious)?", r"more", r"video", r"photos?",
        r"google", r"follow\s+us:?",
        # a list widget's heading ("Latest Posts", "Recent News") and a page's anchor ("top of page"), as the line
        r"(?:latest|recent|popular|top)\s+(?:posts?|news|stories|articles|updates)\s*$",
        r"(?:back\s+to\s+)?top(?:\s+of\s+(?:the\s+)?page)\s*$|back\s+to\s+top\s*$")
"""Menu and widget words: furniture when one is the whole line, or nearly ("News", "Share:", "Read more")."""

DEVICE = (r"(?:customi[sz]e|manage|update)\s+(?:your\s+)?(?:consent|cookies?|privacy)", r"consent\s+preferences",
          r"cookies?\s+(?:settings|preferences|policy|consent)", r"accept\s+(?:all\s+)?cookies",
          r"(?:latest|newer|modern|supported|recommended)\s+(?:web\s+)?browsers?", r"browsers?\s+recommended",
          r"(?:download|get|install)\s+(?:the|our)\s+(?:new\s+|free\s+)?app", r"ctrl\s*\+\s*\S",
          r"(?:鍵盤|键盘)\s*(?:按|按住|按下)", r"(?:下載|下载)(?:本站|我們的|我们的)?\s*(?:APP|App|应用|應用)")
"""The vocabulary of the reader's device rather than the story: a cookie banner's consent prompt, a browser's
recommendation, a keyboard shortcut ("請利用鍵盤按住Ctrl + P開啟列印功能"), an app's download prompt.  A line
holding one speaks to the reader about the page, in any language the site prints it in; no headline does."""

# … but "an interim dividend of 15c a share to be paid on April 16", "$1.20 per share to shareholders": the noun of a
# company's stock after an article or "per", no button
PROMPTS = (r"(?<!\ba\s)(?<!\bper\s)(?<!\beach\s)(?<!\bthe\s)share\s+(?:this|on|to)\b", r"follow\s+us",
           r"subscribe\s+to", r"unsubscribe", r"click\s+here", r"sign\s+up\s+(?:for|today|now|here)")
"""A menu word asking something of the reader ("Share this", "Subscribe to …"): boilerplate in a sentence too."""


def alternation(fragments: tuple[str, ...]) -> str:
    """One non-capturing group matching any of ``fragments``."""
    return "(?:" + "|".join(fragments) + ")"


def anywhere(fragments: tuple[str, ...]) -> str:
    """A pattern finding any of ``fragments`` as whole words anywhere on a line (Chinese ones inside a run of
    Chinese, where no word boundary parts them)."""
    return r"(?i)(?<![a-z])" + alternation(fragments) + r"(?![a-z])"

NAME_WORDS = (r"commented", r"most", r"trending", r"popular", r"stories", r"articles", r"related", r"latest",
              r"premium", r"plan", r"subscriptions?", r"subscribers?", r"newsletters?", r"monthly", r"yearly",
              r"annual", r"digital", r"e-?paper", r"podcasts?", r"videos?", r"gallery", r"appeal", r"menu",
              r"login", r"register", r"advertise", r"sponsored", r"exclusive", r"opinion", r"editorial",
              r"comments?", r"viewed", r"shared", r"recommended", r"headlines", r"highlights",
              # a cookie-consent panel's category headings and toggles ("Always Active", "Necessary Cookies")
              r"always", r"active", r"cookies?", r"consent", r"preferences", r"necessary", r"analytics")
"""Words of widgets, offers and section labels that no person's name holds ("Most Commented", "Monthly Plan",
"Viva Premium", "Top Stories", a consent panel's "Always Active"): a byline-shaped line holding one names no writer
(:mod:`briefkit.extract.notwriters`)."""
