"""Chinese places that no list of towns or provinces holds, under the English names readers give them.

- China's named economic regions (长三角 is the Yangtze River Delta, 京津冀 Beijing-Tianjin-Hebei, 粤港澳大湾区 the
  Greater Bay Area): the areas policy and statistics speak of, as the US's "Midwest" is one.  A release's own
  groupings by compass (东部地区, 西部地区) are no place, and the old great regions (华北, 华南) are left out too:
  they name as many markets and schools (华南海鲜市场, 华东师范大学) as areas.
- The state-level new areas the State Council set up (雄安新区, 天府新区, 浦东新区): nineteen, each with an English
  name of its own ("Xiong'an New Area", "West Coast New Area"), which jieba often splits or tags as no place.
- Autonomous prefectures, counties and banners (延边朝鲜族自治州, 阿坝藏族羌族自治州), named by the stem before
  the peoples' names, in pinyin ("Yanbian", "Aba"), as a county is named without its suffix.
"""

from __future__ import annotations

import functools
import re

from briefkit.extract.countrycues import alternation

# (traditional forms are read through the page's simplified text)
_ECONOMIC_REGIONS = {
    "长三角": "Yangtze River Delta", "长江三角洲": "Yangtze River Delta",
    "珠三角": "Pearl River Delta", "珠江三角洲": "Pearl River Delta",
    "京津冀": "Beijing-Tianjin-Hebei", "粤港澳大湾区": "Greater Bay Area", "大湾区": "Greater Bay Area",
    "长江经济带": "Yangtze River Economic Belt", "成渝地区": "Chengdu-Chongqing", "成渝经济圈": "Chengdu-Chongqing",
    "成渝双城": "Chengdu-Chongqing",
}
_NEW_AREAS = {
    "浦东新区": "Pudong New Area", "滨海新区": "Binhai New Area", "两江新区": "Liangjiang New Area",
    "舟山群岛新区": "Zhoushan Archipelago New Area", "兰州新区": "Lanzhou New Area", "南沙新区": "Nansha New Area",
    "西咸新区": "Xixian New Area", "贵安新区": "Gui'an New Area", "西海岸新区": "West Coast New Area",
    "金普新区": "Jinpu New Area", "天府新区": "Tianfu New Area", "湘江新区": "Xiangjiang New Area",
    "江北新区": "Jiangbei New Area", "福州新区": "Fuzhou New Area", "滇中新区": "Central Yunnan New Area",
    "哈尔滨新区": "Harbin New Area", "长春新区": "Changchun New Area", "赣江新区": "Ganjiang New Area",
    "雄安新区": "Xiong'an New Area",
}
# China's 55 recognised minority peoples, as autonomous areas' names write them (the longest first in the pattern)
_PEOPLES = ("朝鲜", "土家", "苗", "藏", "羌", "彝", "壮", "回", "蒙古", "维吾尔", "哈萨克", "傣", "景颇", "白", "哈尼",
            "布依", "侗", "黎", "傈僳", "纳西", "瑶", "畲", "满", "锡伯", "柯尔克孜", "土", "达斡尔", "鄂温克",
            "鄂伦春", "仡佬", "水", "毛南", "仫佬", "拉祜", "佤", "普米", "怒", "独龙", "基诺", "德昂", "布朗", "阿昌",
            "撒拉", "东乡", "保安", "裕固", "塔吉克", "乌孜别克", "俄罗斯", "塔塔尔", "京", "门巴", "珞巴", "高山")
_PEOPLE = "(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + ")族"
# "延边朝鲜族自治州", "恩施土家族苗族自治州", "阿坝藏族羌族自治州": a stem of two characters, then one to three peoples
_AUTONOMOUS = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2})(?:" + _PEOPLE + r"){1,3}自治(?:州|县|旗)")


@functools.lru_cache(maxsize=1)
def _named_areas() -> re.Pattern[str]:
    return alternation({**_ECONOMIC_REGIONS, **_NEW_AREAS})


def named_areas(text: str) -> list[tuple[int, str]]:
    """(start, English name) of the economic regions and state-level new areas a simplified Chinese ``text``
    names (see the module's notes)."""
    names = {**_ECONOMIC_REGIONS, **_NEW_AREAS}
    return [(m.start(), names[m.group(0)]) for m in _named_areas().finditer(text)]


def autonomous_stems(text: str) -> list[tuple[int, str]]:
    """(start, stem) of the autonomous prefectures, counties and banners ``text`` names (延边朝鲜族自治州 → 延边)."""
    return [(m.start(), m["stem"]) for m in _AUTONOMOUS.finditer(text) if "自治" in text]
