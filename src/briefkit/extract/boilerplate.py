"""Boilerplate that must never reach a brief.

Disclaimers ("Special statement: …"), copyright notices, contact e-mails and
share/follow prompts are site furniture, not the article.  They are removed
line by line from the head and tail and sentence by sentence from the body.
"""

from __future__ import annotations

import re

from briefkit.extract.interfacewords import PROMPTS, alternation
from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache

# Bounded parts and a start anchor keep a 2 MB run of letters from taking quadratic time.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PATTERNS = guarded(re.compile(
    r"special\s+statement|disclaimer|copyright|©|\(c\)\s*\d{4}|all\s+rights\s+reserved|"
    r"reproduced\s+or\s+quoted|infring\w*\s+(?:(?:up)?on\s+)?your\b|please\s+contact|contact\s+(?:us|this\s+site)|"
    + alternation(PROMPTS) + r"|"
    # Cookie banners and newsletter prompts that survive a page's boilerplate removal.
    r"we\s+use\s+cookies|(?:accept|reject)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences)|"
    r"by\s+clicking|privacy\s+policy|terms\s+of\s+(?:use|service)|never\s+miss\s+a\s+(?:story|thing)|"
    r"delivered\s+to\s+your\s+inbox|"
    # A subscription menu's offers: "Access from all your digital devices …", "Select the text alerts you want to
    # receive", "We'll deliver news & updates to your inbox.", "News, sports, local … entertainment and more!"
    r"\ball\s+your\s+(?:digital\s+)?devices\b|\btext\s+alerts\b|\bdeliver\s+(?:the\s+)?(?:news|updates|headlines)\b"
    r".{0,30}\binbox\b|\bentertainment\s+and\s+more!|"
    # A comment form's notes and a site's disclaimers under the story: "Your email address will not be published.",
    # "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "The views expressed
    # therein are not necessarily those of …", "This media house does not correct any spelling …"
    r"your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|\buses\s+akismet\b|"
    r"comment\s+data\s+is\s+processed|views\s+expressed\b.{0,40}\bnot\s+necessarily\b|"
    r"does\s+not\s+correct\s+any\s+(?:spelling|grammatical)|posted\s+in\s+its\s+entirety\s+as\s+received|"
    # Paywall prompts: "This content is for our paying subscribers only", "Already a subscriber?"
    r"\bsubscribers?\s+only\b|already\s+a\s+subscriber|\bsupport\s+(?:our|us)\b.{0,40}\bby\s+subscribing\b|"
    # … and a subscriber's offer to give articles away ("Subscribe to gift this article", "Gift 5 articles to anyone")
    r"\bsubscribe\s+to\s+gift\b|\bgift\s+(?:this|\d{1,3}|an?)\s+articles?\b|"
    # A live page greeting its reader ("Live blog | Welcome to the … reporting season blog for 2015", "Welcome to our
    # live coverage of …"): the page describing itself, no news
    r"\bwelcome\s+to\s+(?:the\s+|our\s+)+[^.!?]{0,80}?\b(?:blog|live\s+coverage|live\s+updates|live\s+page)\b|"
    r"sign\s+in\s+or\s+(?:create|register)\b|"
    r"\bregister\s+to\s+(?:access|continue|read)\b|to\s+continue\s+(?:reading|viewing)\b|"
    # The outlet asking its readers for money: "Readers like you keep news free for everyone", "… pitched in to
    # keep free access", "help keep paywalls away", "Support independent journalism"
    r"\breaders\s+like\s+you\s+(?:keep|help|make|support)\b|\bkeep\s+(?:free\s+access|paywalls?\s+away|news\s+free)\b|"
    r"\bsupport\s+(?:our|independent|quality)\s+journalism\b|\bbecome\s+a\s+(?:member|supporter)\s+(?:of|today)\b|"
    r"声明|版权|免责|转载|联系我们|分享到|"
    # a reporters' credit left as a sentence of its own ("。记者 刘超" closing the last paragraph): the byline
    r"^\s*[(（]?\s*(?:记者|記者|通讯员|通訊員)\s*[\u3400-\u9fff]{2,4}(?:[、\s]+[\u3400-\u9fff]{2,4}){0,3}\s*[)）]?\s*$",
    re.IGNORECASE,
))


# Page furniture standing on a line of its own inside the body: ad slots, read-more links, newsletter
# prompts, reading times, caption labels.  A line, not a sentence: "Read more about the plan in the
# report." inside a paragraph is text.
_FURNITURE_LINE = re.compile(
    r"^(?:advertisements?|advertising|ad|sponsored(?:\s+content)?|promoted|featured|trending|recommended(?:\s+for\s+you)?"
    r"|story\s+continues\s+(?:below|after).*|continue\s+reading.*|(?:read|see)\s+(?:more|also)\b.{0,120}"
    r"|(?:also|must)\s+read\s*[|｜:：-].{0,300}|(?:also|must)\s+read\b.{0,120}|related(?:\s+(?:articles?|stories|content|coverage|news|links?|topics?))?"
    r"(?:\s*[:：].{0,120})?|more\s+on\s+(?:this|that)\s+story.*|most\s+(?:read|popular|viewed|shared)"
    r"|listen\s+to\s+(?:this|the)\s+(?:article|story).*|\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read"
    r"|image\s+(?:caption|source)\b.*|(?:photo|image|picture)\s*(?:credit)?\s*[:：].{0,120}"
    r"|sign\s+up\b.{0,120}|(?:get|receive)\s+(?:our|the)\b.{0,60}newsletters?.*|.{0,80}\bnewsletters?"
    r"|our\s+standards\s*:.*|this\s+(?:article|story)\s+is\s+more\s+than\s+.{1,20}\s+old|reuse\s+this\s+content"
    r"|(?:watch|video|listen|podcast)\s*[:：].{0,120}|(?:chart|graphic|infographic|map|photo|video)s?\s+of\s+the\s+"
    r"(?:day|week)\s*[:：]?|loading\W*|topics?\s*[:：]?|share(?:\s+this)?(?:\s+(?:article|story))?"
    r"|print|e-?mail|comments?(?:\s*\(\d+\))?|back\s+to\s+top"
    r"|\(?[\d,.]+\s*k?\s+(?:posts?|comments?|views?|replies|shares?|likes?|reads?|followers?)\)?"  # "(57,391 posts)"
    # a visit counter: "(Visited 58 times, 1 visits today)", "Read 2532 times", "Views: 1,204"
    r"|\(?(?:visited|viewed|read)\s+[\d,]+\s+times?(?:\s*,\s*[\d,]+\s+visits?\s+today)?\)?"
    r"|(?:views?|hits|visits)\s*[:：]\s*[\d,]+"
    r"|(?:click|tap)\s+(?:here|to)\b.{0,120}"
    # a comment box's prompt under the story: "You need to be Logged In to leave a comment."
    r"|(?:you\s+(?:need\s+to|must|have\s+to)\s+be|please)\s+log(?:ged)?\s*in\s+to\s+(?:post|leave|add|write|submit)\s+a\s+"
    r"(?:comment|reply)\b.{0,20}"
    r"|相关(?:阅读|新闻|文章|報導|报道)[:：]?.{0,60}|延伸阅读.{0,60}|推荐阅读.{0,60}|热点推荐.{0,60}|更多精彩.{0,60}"
    r"|点击(?:进入|查看|阅读).{0,60}|扫一扫.{0,60}|广告|廣告)[.:!]?$",
    re.IGNORECASE,
)


def is_furniture(line: str) -> bool:
    """True when a body line is page furniture: an ad slot, a read-more link, a prompt, a reading time.

    A line that is one text said twice ("Site - slogan Site - slogan") is a page's banner and its alt text;
    a line of nothing but punctuation (a layout table's empty row) says nothing.
    """
    line = line.strip()
    half = len(line) // 2
    return bool(_FURNITURE_LINE.match(line)) or (len(line) >= 40 and line[:half].strip() == line[half:].strip()) \
        or (bool(line) and not any(c.isalnum() for c in line))  # a table's empty row: "| ||||||||"


# (a pure function of its text, asked again of the same lines by the title, date, tail and body readers)
@text_cache(maxsize=2048)
def is_boilerplate(text: str) -> bool:
    """True when a line or sentence is a disclaimer, notice, prompt or address, or scrambled text."""
    return bool(_PATTERNS.search(text) or ("@" in text and EMAIL.search(text))) or garbled(text)


# the characters a paywall's scrambled copy is full of ("kA 4=2DDlQAbQm“~FC 4:E:K6?D @F89E E@ …", a ROT47 of the
# story) and prose almost never holds
_SCRAMBLE = re.compile(r"[<>@~^`|{}=\[\]\\]")


def garbled(text: str) -> bool:
    """Whether ``text`` is scrambled, no prose: past 40 characters, one in twelve is a sign prose hardly uses."""
    return len(text) > 40 and len(_SCRAMBLE.findall(text)) * 12 > len(text)


def strip_boilerplate(lines: list[str]) -> tuple[list[str], int]:
    """The lines that are not boilerplate, and how many were dropped."""
    kept = [line for line in lines if not is_boilerplate(line)]
    return kept, len(lines) - len(kept)
