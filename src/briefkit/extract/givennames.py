"""Is a word a person's given name?  The gender-guesser dictionary, names it lacks, and common Chinese surnames.

A name alone on a line ("Maria Lopez" over a date, "王晓晖" under a title) is a byline only if it
reads as a person's name; the capitalised words of a heading ("Council Votes Today") do not.  The
dictionary of about 40,000 given names from many countries that gender-guesser ships (its
``nam_dict.txt``) is the cue for Latin script, with the names from Africa, Asia and the Pacific it lacks that
``data/given_names_extra.txt`` lists; both are read once, lazily, and only the names are kept.  Common English
words that are also rare given names ("Will", "May", "Said") do not count.

A name guessed only from where it stands (no credit word before it) must also read as a person's name by
:func:`plausible_guess`: a Chinese word the segmenter's dictionary holds ("时事", a column's label over the
title, led by the surname 时) is no name, and neither are three capitalised words with no given name among
them ("Operation Tidal Wave", a letter's title under its "Letter to the Editor" label) nor, without a given
name, words the page also writes in lower case ("Inflation Watch" over a story on inflation).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

# Words a heading uses that the dictionary also holds as someone's given name somewhere.
_WORDS = frozenset({"the", "will", "may", "said", "march", "june", "april", "august", "sun", "rose", "mark", "art",
                    "bill", "grant", "hope", "joy", "faith", "page", "love", "king", "major", "new", "york", "city",
                    "china", "india", "paris",
                    "home", "news", "world", "top", "live", "more", "read", "share", "an", "in", "on", "by", "to",
                    "all", "de", "la", "le", "du", "van", "von", "al", "el", "san", "long", "young", "summer",
                    "winter", "autumn", "spring", "guy", "ray", "dean", "chase", "dawn", "else", "fan", "gay",
                    "hunter", "lane", "penny", "rich", "rusty", "sandy", "sunny", "win", "wood", "ran", "can",
                    "do", "man", "says"})


_ENTRY = re.compile(r"^[MF?1]{1,2}\s+([^\s+#][^+\r\n]*?)\s{2,}", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    try:
        text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # the dictionary is optional: without it, only the extra list
        text = ""
    found = set()
    # "M  John      A99 A …", "?F Aaf": a gender code of one or two characters, then the name (a "+" joins
    # spellings of one name), then the frequency columns
    for name in _ENTRY.findall(text):
        found.update(name.lower().split())
    return frozenset((found | _extra()) - _WORDS)


def _extra() -> set[str]:
    """The given names of ``data/given_names_extra.txt``: the dictionary was gathered mostly in Europe and the
    Americas and lacks many names bylines print ("Kwame", "Oluwaseun", "Wanjiru", "Somchai", "Tenzin")."""
    text = resources.files("briefkit.extract").joinpath("data/given_names_extra.txt").read_text(encoding="utf-8")
    return {w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split()}


def is_given_name(word: str) -> bool:
    """Whether ``word`` ("Maria", "OLUWASEUN", "Jean-Pierre") is a given name in the dictionary."""
    word = word.strip(".,'’").lower()
    if "-" in word:
        return all(part in _given() for part in word.split("-") if part)
    return word in _given()


def reads_as_person(name: str) -> bool:
    """A Latin-script name whose first word (after an initial) is a known given name: "Maria Q. Lopez"."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    return len(name.split()) >= 2 and bool(words) and is_given_name(words[0])


# The hundred most common Chinese surnames and the common double ones, simplified and traditional
_ZH_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣"
    "蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎"
    "贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申"
    "欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻"
    "祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米"
    "柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺封"
    # more of the common ones, none the first character of an everyday word ("强调", "计划", "银行" stay out)
    "傅赖賴洪阎閻郁冼丘邸匡鞠蔺藺谌諶屠奚郜仝胥钮鈕荆荊竺粟"
    # and Taiwan's own (辜, 鐘 beside 鍾, 粘, 闕)
    "辜鐘粘闕")
_ZH_DOUBLE = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "公孙", "公孫",
              "慕容", "令狐", "长孙", "長孫", "宇文", "司徒", "夏侯", "端木", "百里", "呼延", "南宫", "南宮")


def is_chinese_name(text: str) -> bool:
    """"王晓晖", "欧阳修": two to four characters led by a common surname."""
    text = text.strip()
    if not re.fullmatch(r"[\u3400-\u9fff]{2,4}", text):
        return False
    if text.startswith(_ZH_DOUBLE):
        return len(text) >= 3
    return text[0] in _ZH_SURNAMES and len(text) <= 3


def zh_word(text: str) -> bool:
    """Whether ``text`` ("时事", "社论") is one word of jieba's dictionary not tagged as a person's name (nr):
    a common word that a surname happens to open.  Only a name the page gives no credit word is tested, so a
    reporter whose name is also a word ("记者 高峰") keeps it."""
    if not re.fullmatch(r"[\u3400-\u9fff]{2,4}", text.strip()):
        return False
    import zhconv  # (lazy, as jieba: both load on a Chinese page only)

    from briefkit.extract.segment_zh import tokens

    # jieba's dictionary is in simplified characters: "商業" (a section's label) is its "商业" written traditionally
    found = tokens(str(zhconv.convert(text.strip(), "zh-hans")))
    return len(found) == 1 and not found[0][1].startswith("nr")


def plausible_guess(name: str, lowered: frozenset[str] = frozenset()) -> bool:
    """Whether a name guessed from where it stands reads as a person's: a Chinese name that is not a common
    word, or a Latin-script name with a known given name, or else at most two words besides initials none of
    which the page writes in lower case (``lowered``): "Waisea Nasokia" and "Amarjargal Munkhbat" are in no
    list of given names, while a column's label ("Inflation Watch", "Special Report") is made of the common
    nouns its story uses."""
    if re.search(r"[\u3400-\u9fff]", name):
        return not zh_word(name)
    words = [w for w in name.split() if not re.fullmatch(r"[A-Za-z]{1,2}\.?", w)]  # initials: "J.", "Ch"
    if any(is_given_name(w) for w in words):
        return True
    return len(words) <= 2 and not any(common_noun(w.lower().strip(".,'’"), lowered) for w in words)


def common_noun(word: str, lowered: frozenset[str]) -> bool:
    """Whether the page writes ``word`` in lower case, in the singular or the plural: "Investor Events" over a
    story about "retail investors" is a heading made of common nouns, not a name."""
    return bool({word, word + "s", word + "es", word.removesuffix("s")} & lowered)


@functools.lru_cache(maxsize=1)
def _frequent_words() -> frozenset[str]:
    try:  # jusText's English stop list (trafilatura's dependency), English's most frequent words: "more", "popular"
        text = resources.files("justext").joinpath("stoplists/English.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # the cue is optional, as the given names are
        return frozenset()
    # the list was counted on web text, where "david" and "robert" are as frequent as "more": a given name is no
    # frequent word
    return frozenset(text.lower().split()) - _given()


def has_frequent_word(name: str) -> bool:
    """Whether a word of ``name`` is one of English's most frequent words, given names left out ("READ MORE",
    "Most Popular", "Check Also"): the labels of a page's links and buttons, which a person's name seldom holds."""
    return any(w.lower().strip(".,'’") in _frequent_words() for w in name.split() if len(w) > 1)


def lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: common words, never a person's name (an e-mail address,
    a handle or a link is left out: "chusnul@…" is the writer's own name)."""
    return frozenset(re.findall(r"\b[a-z]{2,}\b", _ADDRESS.sub(" ", text)))


# anchored at a word's start: unanchored, "\S*" would rescan a very long word from every offset
_ADDRESS = re.compile(r"(?<!\S)(?:\S*[@#]|\S*://|\S+\.(?:com|org|net|gov|edu|co|info|news)\b)\S*")
