"""A site's prompts that name the site itself: the outlet asking to be followed, subscribed to or supported.

Wherever a news site pastes its own promotions (under the title, between paragraphs, after the story), it
names itself in a few forms that every site uses: "Follow Dawn Business on Twitter, LinkedIn …", "Subscribe
now and get access to the Trinidad Express E-paper", "… pitched in to keep free access to The Journal",
"Add Tribune As Your Trusted Source", "Keep up with The Valley Times", "Download the Valley Times app",
"Support the Valley Times", "Habari Daily brings you …".  One prompt alone is a weak cue (a prompt may
advertise a sister title), so each is one candidate among the page's others with the cue ``promo``:
:mod:`briefkit.extract.outletmodel` gives it only when another place agrees (a masthead, a title's suffix,
a copyright line) or the learned weights say the prompt alone is enough.
"""

from __future__ import annotations

import re

# a capitalised name of one to five words ("Trinidad Express", "Dawn Business", "The Journal")
_WORD = r"[A-Z][\w&'’.-]*"
# (partners' names listed with commas before the "&" are one firm's name: "Sandler, Travis & Rosenberg Trade Report",
# not "Sandler" and a comma)
_FIRM = _WORD + r"(?:,\s+" + _WORD + r"){1,3}\s+&\s+" + _WORD
_NAME = r"(?P<name>(?:[Tt]he\s+)?(?:" + _FIRM + "|" + _WORD + r")(?:\s+(?:of\s+|&\s+)?" + _WORD + r"){0,4}?)"
# what a prompt may put after the name that is no part of it ("E-paper", "newsletter", "app", "on Twitter")
_AFTER = r"(?=\s*(?:[’']s\s+)?(?:\b(?i:E-?paper|e-?edition|newsletters?|app|apps|on|for|today|now|and|as|with|"\
         r"journalism|digital)\b|[.,!:;)]|$))"
# an imperative prompt opens its line or sentence ("Support the Valley Times."); "access to" may sit mid-sentence
_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*"
_PROMPTS = [re.compile(p) for p in (
    r"\b(?i:follow|like)\s+" + _NAME + r"\s+(?i:on)\s+(?i:facebook|twitter|x\b|instagram|linkedin|whatsapp|"
    r"telegram|youtube|threads|bluesky|google|social)",
    r"\b(?i:subscribe|sign\s+up|register)\b[^.]{0,40}?\b(?i:to|for)\s+" + _NAME + _AFTER,
    r"\b(?i:access\s+to)\s+" + _NAME + _AFTER,
    _OPENS + r"(?i:support|keep\s+up\s+with|download|add|read)\s+" + _NAME + _AFTER,
    r"^" + _NAME + r"\s+(?i:brings\s+you|is\s+on\s+(?:whatsapp|telegram)|is\s+now\s+on)\b",
    # "Lakeview Post App Available Now!", "Get the Lakeview Post app": the site's own app advertised by name
    r"^" + _NAME + r"\s+(?i:app|apps)\s+(?i:(?:is\s+)?(?:available|out|now|free))\b",
)]
# "请来Follow我们《湖滨日报》WhatsApp Channel", "关注《湖滨日报》微信公众号": a Chinese page's prompt names the site in
# book marks before the channel it asks to be followed on
_ZH_PROMPT = re.compile(r"(?:Follow|follow|关注|關注|订阅|訂閱)[^《]{0,8}《(?P<name>[\u3400-\u9fff]{2,10})》\s*"
                        r"(?:WhatsApp|Telegram|Facebook|YouTube|Instagram|微信|微博|公众号|公眾號|频道|頻道|[Cc]hannel|"
                        r"官方|App|APP|应用|應用)")
# words a prompt names that are no outlet ("Subscribe to our newsletter", "access to the E-paper")
_NOT_OUTLET = frozenset({"our", "the", "this", "e-paper", "epaper", "premium", "plus", "all", "unlimited", "free",
                         "digital", "print", "newsletter", "newsletters", "updates", "alerts", "notifications",
                         "google", "facebook", "twitter", "instagram", "whatsapp", "telegram", "youtube", "news",
                         "us", "more", "breaking", "latest", "today", "home", "edition", "page", "story", "stories"})


def _cleaned(name: str) -> str | None:
    """The prompt's name without a trailing dot or possessive, or None when it names no outlet."""
    name = re.sub(r"(?:[’']s)$", "", name.strip(" .,:;"))
    name = re.sub(r"^the\s+", "", name)  # "access to the Trinidad Express": the prompt's article, not the name's
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if not bare or bare.lower() in _NOT_OUTLET or bare.split()[0].lower() in _NOT_OUTLET or len(bare) < 3:
        return None
    return name


def promo_outlets(lines: list[str]) -> list[str]:
    """The site names the prompts among ``lines`` name, in page order (short lines only: a prompt is short)."""
    found = []
    for line in lines:
        text = line.strip()
        if len(text) > 220:
            continue
        for pattern in _PROMPTS:
            found += [n for m in pattern.finditer(text) if (n := _cleaned(m["name"]))]
        found += [m["name"] for m in _ZH_PROMPT.finditer(text)]
    return found
