"""Numbers a careful reader never tiles as key figures: a date's day, a time of day, an age, a list's item
number, a note marker, an exchange-rate note, a score, a code, a page, a phone line, a time zone's offset, a police
report's address ("the 1700 block of"), and a length of time that only places another figure in time (see
:mod:`briefkit.extract.durations`).
"""

from __future__ import annotations

import re

from briefkit.extract.durations import anniversary, countdown, covered_period, lasted, relative_time, tenor
from briefkit.extract.listcounts import restated_count
from briefkit.extract.namednumbers import named_number
from briefkit.extract.quantity import Quantity
from briefkit.extract.references import is_reference
from briefkit.extract.spans import in_count_range

# whole month names or their abbreviations only: "Junction 5" and "Mayor 12" are no dates
_MONTH_ABBR = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
               r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# … and a month glued to a link's slug before it by a scraper ("…-rises-sharplyMarch 15, 2017")
_MONTH_BEFORE = re.compile(r"(?:\b|(?<=[a-z]))" + _MONTH_ABBR + r"\s*$")
# "10 oct (Reuters)", "5 ene": lower-case months as other languages write them (not "may" or "mar", which are words)
_MONTH_AFTER = re.compile(r"^\s+(?:" + _MONTH_ABBR + r"|(?:jan(?:uary)?|ene(?:ro)?|feb(?:ruary|rero)?|apr(?:il)?"
                          r"|abr(?:il)?|jun(?:e|io)?|jul(?:y|io)?|aug(?:ust)?|ago(?:sto)?|sep(?:t|tember|tiembre)?"
                          r"|oct(?:ober|ubre)?|nov(?:ember|iembre)?|dec(?:ember)?|dic(?:iembre)?)\.?)(?![a-z])")
_CLOCK = re.compile(r"^\s*(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock|h\d{2}|hrs\b|hours\s+(?:GMT|UTC|local)|local\s+time"
                    r"|(?-i:GMT|UTC|BST|EST|EDT|CET|CEST|IST|PST|PDT|CST|CDT|MST|MDT|JST|KST|HKT|SGT|AEST|AEDT|WAT|EAT"
                    r"|SAST|ET|PT)\b)", re.IGNORECASE)
_AGO = re.compile(r"^\s*(?:seconds?|minutes?|mins?|hours?|hrs?)\s+(?:ago|earlier|later|before|after)\b"
                  r"|^\s*days?\s+ago\b"
                  # "Updated: 9 hours 20 min ago": a stamp of hours and minutes
                  r"|^\s*(?:hours?|hrs?)\s+(?:and\s+)?\d{1,2}\s*(?:minutes?|mins?)\s+ago\b", re.IGNORECASE)
# … "people over 60 years of age": an age however the sentence writes it
_AGE_AFTER = re.compile(r"^\s*(?:-\s*|\s)?years?[\s-]+old\b|^-year-old|^\s+years?\s+of\s+age\b"
                        # "everyone 6 months and older", "people 65 years and over": an age threshold, whoever it names
                        r"|^\s+(?:months?|years?)\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b"
                        r"|^-?\s*(?:to|-|–|and)\s*\d{1,3}(?:\s*-\s*|\s+)years?[\s-]+olds?\b", re.IGNORECASE)
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s*$")
_NAME_PAREN = re.compile(r"[A-Z][a-z]+ [A-Z][\w'’-]+\s?\($")  # "John Smith (64)": an age
# "… and arrested Roland Cansler, 43.": a full name, a comma and a number closing the sentence is the person's age
# (not a place's tally after a preposition: "… in Los Angeles, 43.")
_FULL_NAME_COMMA = re.compile(r"(?<![\w,])(?!(?:in|at|from|of|to|for|on|and|or|across|near|by|with)\s)[a-z]+\s"
                              r"[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+)? [A-Z][\w'’-]+,\s*$")
_SENTENCE_END = re.compile(r"^\s*[.;]?\s*$")
# "The patient, 45, and his wife, 43,": a person's noun and the number between commas; "who turned 60"
_PERSON_NOUN = (r"\b(?:man|woman|boy|girl|wife|husband|son|daughter|mother|father|mum|mom|dad|grandmother|"
                r"grandfather|patient|driver|victim|suspect|resident|teenager|pensioner|officer|worker|"
                r"student|child|brother|sister|partner|friend|neighbou?r|owner|passenger|pedestrian|"
                r"motorist|rider|cyclist|widow|widower|veteran|nurse|doctor|teacher|farmer)")
_PERSON_COMMA = re.compile(_PERSON_NOUN + r",\s*$", re.IGNORECASE)
# "the mayor, 45, said", "a spokesman, 52, who": a person's role (any singular noun) and a number between commas
# before a verb of speech or a relative clause: an age, as after a name
_ROLE_COMMA = re.compile(r"\b(?!(?:to|from|by|of|and|or|at|in|on|about|nearly|than|was|is|be|between|with|for|per|"
                         r"cent|percent|points?|million|billion|this|that|year|total|all|which|these|those)\b)"
                         r"[a-z]{3,}(?<!s),\s*$")
_SPEECH_AFTER = re.compile(r"^\s*,\s+(?:who|said|says|told|was|is|has|had|added|explained|recalled|of|from)\b")
_TURNED = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.IGNORECASE)
# "aged 25 to 54", "children ages 5 to 11", "at age 65", "died at the age of 99": both ends
_AGED = re.compile(r"\b(?:aged|ages?|age\s+(?:of|at))\s*(?:\d{1,2}\s*(?:to|-|–|and|through)\s*)?$", re.IGNORECASE)
# "adults 18 and older", "people 65 or over", "anyone 16 and up": an age threshold after a word for people
_AGE_FLOOR = re.compile(r"^\s*(?:and|or)\s+(?:older|over|above|up|under|younger)\b", re.IGNORECASE)
_PERSON_PAREN = re.compile(_PERSON_NOUN + r"\s?\($", re.IGNORECASE)  # "a man (34) from Leeds"
# a digit group before a number: "1300 175 070", "01632 960 123" (a dialling code's leading zero)
_GROUP_BEFORE = re.compile(r"(?<![\d,.])(?:\d{3,4}|0\d{4})\s$")
_PEOPLE_BEFORE = re.compile(r"\b(?:adults|people|persons|individuals|those|anyone|everyone|children|kids|teens"
                            r"|teenagers|youths?|residents|seniors|women|men|girls|boys|workers|voters|drivers"
                            r"|students|patients|citizens)\s+$", re.IGNORECASE)
# "children under 12", "people over 65", "workers younger than 25": an age bound after a word for people
_PEOPLE_BOUND = re.compile(_PEOPLE_BEFORE.pattern[:-4] + r"\s+(?:under|over|below|above|(?:younger|older)\s+than)\s+$",
                           re.IGNORECASE)
# … the number reader keeps "under" or "over" as the number's qualifier: the people's word is right before it
_BOUND_QUALIFIERS = frozenset({"under", "over", "below", "above"})
# "25至59歲的民眾", "60岁以上", "年满18周岁": an age in Chinese, both ends of a span of ages (岁月 is "time")
_AGE_ZH = re.compile(r"^\s*(?:(?:至|到|~|～|-|–|—)\s*\d{1,3}\s*)?(?:周岁|週歲|周歲|岁(?!月)|歲(?!月))")
# "20 and 21 March", "3-5 June", "from 8 to 10 am": the first day of a span of dates, or the first hour of a span of
# times (the second end is read as the date or the time)
_DAY_SPAN_EN = re.compile(r"^\s*(?:and|to|-|–|&|or|through)\s*\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_ABBR + r"(?![a-z])")
_HOUR_SPAN = re.compile(r"^\s*(?:and|to|-|–|until|till)\s*\d{1,2}(?:[:.]\d{2})?\s*"
                        r"(?:[ap]\.?\s?m\b\.?|o['’]clock|hrs\b)", re.IGNORECASE)
# "On Tuesday 5, the council …": a weekday and its date (not "on Friday 12 people died": a count's noun follows)
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s$")
# "1至6月", "1~5月", "10至16日": the first month or day of a span of dates (the second is read as a date)
_DATE_SPAN_ZH = re.compile(r"^\s*(?:至|到|~|～|-|–|—)\s*\d{1,2}\s*(?:月|日|号|號)")
# a list item's number: "1. We hurt …", "1.The establishment …" (glued), "说明:1、…", "2.龙湾区本级"
_ITEM_MARK = re.compile(r"[.)](?:\s|$|[\u3400-\u9fff])|[、．）]|\.(?=[A-Z][a-z])")
# "21世纪" (the 21st century, or a name that opens on it: "21世纪经济报道"): an ordinal, no count
_CENTURY_ZH = re.compile(r"^\s*(?:世纪|世紀)")
# a Taiwanese page's Republic-of-China years: "111至113年" (2022 to 2024), "113年度" (the 2024 fiscal year)
_ROC_SPAN_AFTER = re.compile(r"^\s*(?:至|到|-|–|~|～)\s*1[0-3]\d\s*年|^\s*年度")
# "15年以来，我市…": a year in two digits opening its clause (since 2015), no length of time ("近15年来" is one)
_SINCE_YEAR_ZH = re.compile(r"^\s*年(?:以来|以來)")
# "在这5个年度中", "這3家企業": a demonstrative points back to a set the story has named, as "这五个年度" does in
# numerals (numbers_zh.py) and "the two countries" in English; no quantity of its own
_POINTED_ZH = re.compile(r"(?:这|這|该|該|此|上述|前述)\s*$")
_MEASURE_ZH = re.compile(r"^\s*(?:个|個|家|项|項|名|位|件|类|類|条|條|座|所|款|批)")
_CLAUSE_OPENS = re.compile(r"(?:^|[，,。；;：:！？!?\s])$")
_ROC_SPAN_BEFORE = re.compile(r"(?<!\d)1[0-3]\d\s*(?:至|到|-|–|~|～)\s*$")
# "市政府3楼会议室", "5号楼", "12層": a floor's or a building's number in an address, no count (not "3层次")
_FLOOR_ZH = re.compile(r"^(?:号|號)?(?:楼|樓)(?![市盘盤价價宇])|^(?:层|層)(?![次面级級])")
_RATE = re.compile(r"^\s*=|=\s*$")
_ZONE = re.compile(r"(?:UTC|GMT)\s?[+−-]$")
_PAGER = re.compile(r"(?:^|\s)\d{1,2}\s+\d{1,2}\s+\d{1,2}(?:\s|$)")
# "(Visited 58 times, 1 visits today)", "Views: 1,204", "Read 310 times": a page's visit counter, furniture
# that counts the page's readers, never a fact of the story (a story's "1.2 million visits" has no "today")
_COUNTER_BEFORE = re.compile(r"(?:\b(?:Visited|Viewed|Read)\s+|\b(?:Views?|Hits|Reads|Visits)\s*:\s*)$")
_COUNTER_AFTER = re.compile(r"^\s+(?:visits?|views?|hits|reads)\s+today\b|^\s+times\b", re.IGNORECASE)
# "… | 12 comments | 3 min read", "October 13th, 2025 - 13 comments": a counter standing as a segment of a line
# of page furniture, between bars, bullets or dashes ("the council received 1,200 comments" is a figure)
_SEGMENT_START = re.compile(r"(?:^|[|•·–—]|\s-)\s*$")
_COUNTER_SEGMENT = re.compile(r"^\s+(?:comments?|replies|reactions?|likes|views|shares)\s*(?:$|[|•·–—:]|-\s)",
                              re.IGNORECASE)
# "(郵政編碼529700)", "postcode 2000", "P.O. Box 3412": an address's code, never a count
_POSTCODE = re.compile(r"(?:邮政编码|郵政編碼|邮编|郵編"
                       r"|\b(?:post\s?code|postal\s+code|zip(?:\s+code)?|P\.?\s?O\.?\s+Box))\s*[:：]?\s*$",
                       re.IGNORECASE)
# a betting or shopping advert or the site's appeal for money between a story's paragraphs: "Win up to N50,000
# when you register on …", "Enjoy a 150% WELCOME BONUS", "Bet now": its sums are the advertiser's offer, no fact of
# the story
_ADVERT = re.compile(r"\bwelcome\s+bonus\b"
                     # … and a paywall's offer: "Gift 5 articles to anyone you choose each month when you subscribe"
                     r"|\b(?:win|get|earn|claim|enjoy|gift|unlock|share|read)\b.{0,60}"
                     r"\bwhen\s+you\s+(?:register|sign\s*up|join|deposit|subscribe)\b"
                     r"|\b(?:bet|register|sign\s*up|deposit)\s+(?:now|today)\b"
                     # … and a site's own appeal: "From just £1 a month you can help fund our work – become a member"
                     r"|\b(?:help\s+)?(?:fund|support)\s+our\s+(?:work|journalism|reporting|newsroom)\b"
                     r"|\bbecome\s+a\s+(?:member|supporter|subscriber|patron)\s+(?:today|now)\b"
                     # … and its subscription offer: "Subscribe now for just $1.99 a month and get 50% off"
                     r"|^\W*(?:subscribe|sign\s*up|join|try|unlock|get)\b(?!-).{0,100}?"
                     r"(?:\b(?:just|only)\s+\S{0,4}\d|\b(?:a|per)\s+(?:month|week|year)\b|%\s+off\b|\bfree\b)",
                     re.IGNORECASE)


# "Two years (…)", "5 months [...]": a teaser's sentence cut right after its number (and the number's one unit
# word) by an ellipsis states nothing: what lasted two years is gone with the cut
_CUT_AFTER = re.compile(r"^[\s\u00a0]*(?:[A-Za-z]+[\s\u00a0]*)?(?:[(\[]\s*(?:…|\.{3})\s*[)\]]|…|\.{3})\W*$")


def _cut_off(text: str, q: Quantity) -> bool:
    """True when the number is all its sentence holds before an ellipsis cuts it ("Two years (…)")."""
    return not text[:q.start].strip(" \t\"“‘'(") and bool(_CUT_AFTER.match(text[q.end:]))


# a line that leads the reader to another story ("READ ALSO: Inflation falls to 5.1% in May", "Also read:",
# "RELATED:", "SEE ALSO:"), kept inline where a page's link box was flattened into the story's paragraphs, and a
# line about the writer ("About the author: … has covered economics for 15 years", "The writer is a fellow at …"):
# their numbers are another story's or the author's, none of this one
_NOT_STORY = re.compile(r"^\W*(?:(?:read|see)\s+(?:also|more|next)|also\s+read|related(?:\s+(?:story|news|article))?"
                        r"|recommended|trending|don['’]t\s+miss)\s*[:：|–—-]"
                        r"|^\W*(?:about\s+the\s+(?:author|writer)s?\b|the\s+(?:author|writer)s?\s+(?:is|are|was)\s"
                        r"|\(?\s*the\s+views\s+expressed\b)"
                        # … and a blog's links to the posts either side ("previous post Weather warnings … next post
                        # Government reaches deal with two …")
                        r"|\bprevious\s+(?:post|article|story)\b.{0,300}?\bnext\s+(?:post|article|story)\b"
                        # … and a Chinese site's appeal to follow its account ("扫码关注公众号，已有12万人关注")
                        r"|扫码关注|掃碼關注|关注(?:我们|我們|本公众号|公众号|微信公众号)|關注(?:我們|公眾號)"
                        r"|长按(?:识别)?二维码|長按(?:識別)?二維碼", re.IGNORECASE)


# a teaser's dek cut by the page where its link's text runs out ("… declined by 0.78% during the week ended on
# February 15, 2024,...", "… to $1.95 billion in January 2024..."): a word or a comma, then the dots, at the end
# (not "……", with which Chinese copy ends a list, nor a quotation's "…" before its closing mark)
_CUT_DEK = re.compile(r"[\w%,)](?:\.{3}|…)\s*$")


def is_advert(sentence: str) -> bool:
    """True for an advert's line between a story's paragraphs ("Win up to N50,000 when you register on …"), or
    for a line that is no part of the story: a link's lead ("READ ALSO: …") or a note on the author."""
    return bool(_ADVERT.search(sentence) or _NOT_STORY.search(sentence))


def is_cut_dek(sentence: str) -> bool:
    """True for a story's sentence that is a teaser's dek the page cut off ("… in January 2024...")."""
    return bool(_CUT_DEK.search(sentence)) and not re.search(r"[\u3400-\u9fff]", sentence)


def _visit_counter(before: str, after: str) -> bool:
    """True for a page's visit counter: "1 visits today", "Visited 58 times", "Views: 1,204", "| 12 comments |"."""
    if _SEGMENT_START.search(before) and _COUNTER_SEGMENT.match(after):
        return True
    if _COUNTER_AFTER.match(after) and not re.match(r"\s+times", after):
        return True
    return bool(_COUNTER_BEFORE.search(before)) and (before.rstrip().endswith(":") or bool(_COUNTER_AFTER.match(after)))


# a forum's anti-copy noise between a post's words ("8 t- E& [* e1 [$ u;", "5 Z0 f3 o7 g) W*"): runs of one or two
# characters that mix a letter with a digit or a sign, which no sentence writes three times around a number
_NOISE_TOKEN = re.compile(r"(?<!\S)(?:[A-Za-z][^\sA-Za-z]|[^\sA-Za-z][A-Za-z])(?!\S)")


def _in_noise(text: str, q: Quantity) -> bool:
    """True when a one-digit number stands among a forum's anti-copy noise."""
    return len(q.display) == 1 and len(_NOISE_TOKEN.findall(text[max(0, q.start - 16):q.end + 16])) >= 3


# a rank's top or bottom places: "排在前10的", "排名后5位", "位列前三", "进入前20强" (the places, not a count)
_RANK_ZH = re.compile(r"(?:排[在名]?|排名|位[居列]|居|进入|進入|跻身|躋身|列)\s*(?:全[国國省市]\s*)?[前后後]$")
_RANK_AFTER_ZH = re.compile(r"(?:名|位(?![数數])|强|強)")


# a vote's or a match's tally written with a spaced hyphen ("a 3 - 1 vote", "(4 - 0)"), in a sentence of voting
_TALLY_AFTER = re.compile(r"\s-\s\d{1,3}(?![\d.,%])(?!\s*(?:percent|per\s+cent))", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}\s-\s$")
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b|\b(?:won|beat|defeated|score|scored)\b", re.IGNORECASE)
# "the top 10 best drill results", "Top 5 picks": how far down a ranking a list goes, no quantity of anything
_TOP_BEFORE = re.compile(r"\btop\s+$", re.IGNORECASE)
_LEVEL = re.compile(r"-level\b", re.IGNORECASE)
_CAPS_LINE = re.compile(r"[ \t]+(?-i:[A-Z][A-Z’'&.-]{2,})(?:[ \t]+(?-i:[A-Z’'&.-]+|[–—-]))*[ \t]*(?:\n|$)")
# "width=“380”", 'height="200"': an attribute's value in a markup tag or a shortcode left in the text
_ATTRIBUTE = re.compile(r"\b[a-z_-]+=\s?[\"“”'‘’]$", re.IGNORECASE)
# the word before a price base's year: "to 2014 dollars", "in constant 2010 euros", "of 2015 prices"
_PRICE_BASE = re.compile(r"\b(?:to|in|into|of|constant|real)\s+$", re.IGNORECASE)


def not_a_figure(text: str, q: Quantity) -> bool:
    """The numbers a careful reader never tiles: a date's day ("Mar 12", "16 Sep"), a time of day,
    "59 minutes ago", an age ("Ruby Russell, 64,", "John Smith (64)", "his wife, 43,", "who turned 60"), a note
    marker "[1]", an exchange-rate note
    ("$1 = 0.73 euros"), a pager "1 2 3", a left-over character reference ("163;"), a list item's
    number ("1. We hurt …"), a page, a law, a product or a phone line ("Windows 11") and zero."""
    before, after = text[max(0, q.start - 40):q.start], text[q.end:q.end + 40]
    bare = q.unit is None and q.scale == 1.0
    if bare and q.value <= 31 and q.decimals == 0 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)
                                                        or _DATE_SPAN_ZH.match(after)):
        return True
    if bare and (_CLOCK.match(after) or _AGO.match(after)):
        return True
    if bare and q.decimals == 0 and q.value <= 31 and (
            _DAY_SPAN_EN.match(after) or (q.value <= 24 and _HOUR_SPAN.match(after))
            or (_WEEKDAY_BEFORE.search(before) and not re.match(r"\s+[a-z]", after))):
        return True  # "20 and 21 March", "from 8 to 10 am", "Tuesday 5": a date's or a time's first part
    if bare and q.value < 120 and (_AGE_AFTER.match(after) or _AGED.search(before) or _AGE_ZH.match(after)
                                   or (_NAME_COMMA.search(before) and after.lstrip().startswith(","))
                                   or (_FULL_NAME_COMMA.search(before) and bool(_SENTENCE_END.match(after)))
                                   or (_PERSON_COMMA.search(before) and after.lstrip().startswith((",", ";", ")")))
                                   or _TURNED.search(before)
                                   or (_AGE_FLOOR.match(after) and _PEOPLE_BEFORE.search(before))
                                   or _PEOPLE_BOUND.search(before)
                                   or (q.qualifier in _BOUND_QUALIFIERS and _PEOPLE_BEFORE.search(before))
                                   or (_ROLE_COMMA.search(before) and _SPEECH_AFTER.match(after))
                                   or ((_NAME_PAREN.search(before) or _PERSON_PAREN.search(before))
                                       and after.startswith(")"))):
        return True
    if bare and ((covered_period(before, after) and not lasted(text[:q.start])) or relative_time(after, before)
                 or tenor(after) or anniversary(before, after) or countdown(before, after)):
        return True  # "the first 11 months", "前4个月", "six months ago", "the 10-year yield": see durations.py
    if before.endswith("[") and after.startswith("]"):
        return True
    if bare and q.decimals == 0 and q.value < 100 and _ITEM_MARK.match(after) \
            and (not before.strip(" \t(（") or before.rstrip(" \t(（").endswith((":", ";", "：", "；", "。"))):
        return True  # "1. We hurt US industry …", "说明:1、如无特殊说明…", "2.龙湾区本级": a list's item number
    if _RATE.search(before[-3:]) or _RATE.match(after) or (bare and re.match(r";\d", after)) or _ZONE.search(before):
        # an exchange-rate note, a left-over character reference ("163;5") or a time zone's offset ("UTC+8"); a
        # sum before a list's half-width semicolon ("总投资643亿元;50亿元至…") is a figure
        return True
    if bare and (re.match(r"\s?[–—]\s?\d", after) or re.search(r"\d\s?[–—]\s?$", before)) \
            and not in_count_range(text, q):
        return True  # "won 3–1", "voted 52–48", "pages 12–15": a score or a span, as with a hyphen
    if bare and q.decimals == 0 and (_TALLY_AFTER.match(after) or _TALLY_BEFORE.search(before)) \
            and _VOTE.search(text) and not in_count_range(text, q):
        return True  # "with a 3 - 1 yes vote", "voted in favor (4 - 0)": a tally spaced around a hyphen
    if bare and _ATTRIBUTE.search(before):
        return True  # "[caption id=… width=“380”": a shortcode's or a tag's attribute a scraper left in the text
    if bare and len(q.display) > 1 and q.display.startswith("0") and q.display.isdigit():
        return True  # "01 版", "007": a leading zero writes a code or a page, never a count
    if bare and not before.strip() and re.match(r"\s?[-–—]\s(?!\s*\d)", after):
        return True  # "6345.0 - Wage Price Index", "5 – Methods": a code or a number labelling the line
    if bare and "," not in q.display and (re.match(r"\s\d{3}", after) or _GROUP_BEFORE.search(before)):
        return True  # "on 1300 175 070": digit groups side by side write a phone number or a code, never two figures
    if bare and q.decimals == 0 and (_TOP_BEFORE.search(before) or (before.endswith("the ") and _LEVEL.match(after))):
        return True  # "the top 10 best results": a ranking's cut, as "top three" is; "the 166-level": a mine's level
    if bare and q.decimals == 0 and not before.strip() and _CAPS_LINE.match(text, q.end):
        return True  # "1 KIENA – WESDOME GOLD MINES": the number of a list's entry, heading a line in capitals
    if bare and named_number(text, q):
        return True  # "SAD 29", "Exhibits 3, 6, and 7", "call … on 101", a 100-year anniversary
    if restated_count(text, q):
        return True  # "廣東、江蘇…福建7個省市", "these two categories": how many the sentence names, no figure
    if bare and q.decimals == 0 and (_RANK_ZH.search(before) or (before.endswith(("前", "后", "後"))
                                                                 and _RANK_AFTER_ZH.match(after))):
        return True  # "排在前10的省份", "前10名", "进入前20强": a rank's top (stop-25 ranks), no quantity
    if bare and _in_noise(text, q):
        return True  # "8 t- E& [* e1 [$ u;": a forum's anti-copy noise
    if bare and q.decimals == 0 and q.value % 100 == 0 and re.match(r"\s+block\s+of\s", after):
        return True  # "in the 1700 block of S. 8th Street": a street address as police reports write it, no count
    if bare and q.decimals == 0 and q.value < 200 and _FLOOR_ZH.match(after):
        return True  # "3楼会议室": a floor of an address
    if bare and q.decimals == 0 and ((q.value <= 30 and _CENTURY_ZH.match(after)) or (100 <= q.value <= 139 and (
            _ROC_SPAN_AFTER.match(after) or (_ROC_SPAN_BEFORE.search(before) and after.lstrip().startswith("年"))))):
        return True  # "21世纪", "111至113年", "113年度": a century or a Taiwanese year
    if bare and q.decimals == 0 and 2 <= q.value < 100 and _POINTED_ZH.search(before) and _MEASURE_ZH.match(after):
        return True  # "在这5个年度中": the set the story has named, pointed back to
    if bare and q.decimals == 0 and 10 <= q.value <= 99 and _SINCE_YEAR_ZH.match(after) \
            and _CLAUSE_OPENS.search(before):
        return True  # "15年以来,我市…": since 2015
    if bare and (_visit_counter(before, after) or _POSTCODE.search(before)):
        return True  # "(Visited 58 times, 1 visits today)", "Views: 1,204", "(郵政編碼529700)"
    if _cut_off(text, q):
        return True  # "Two years (…)": a cut teaser names no quantity
    if q.unit and q.decimals == 0 and 1900 <= q.value <= 2099 and _PRICE_BASE.search(before) \
            and re.fullmatch(r"(?:19|20)\d\d\s+\w+", q.display):
        return True  # "adjusted for inflation to 2014 dollars", "in constant 2010 prices": a price base's year
    if is_reference(text, q):
        return True  # "page 12", "Windows 11", "Flight 370", a phone number
    return (bare and q.value == 0) or (bare and bool(_PAGER.search(text[max(0, q.start - 6):q.end + 6])))
