"""Listed Chinese companies named by their short name (证券简称), which no institutional word ends.

A listed firm is written by its four-character short name ("宝钢股份", "精工科技", "万达电影"), which the
segmenter reads as two common words and :mod:`briefkit.extract.companies_zh` cannot end on a legal word.  Three
cues say the short name is a firm's, whatever the firm:

- the exchange's warning prefix: "ST中泰", "*ST卓朗" (a firm under special treatment);
- a trade's word ending a short name that opens a clause and files or speaks: "宝钢股份30日晚间公布",
  "精工科技拟投资3.5亿元", "宝钢股份表示";
- a firm's officer after a name that opens a clause: "万达电影副总经理…", "小米集团总裁…" (a brand jieba reads as a
  common word, "小米", gives the legal word's reader no proper part); four characters or more: a person's name
  before a title, "王明董事长", has two or three.
"""

from __future__ import annotations

import re

# (a clause opens after punctuation, a space or a line's start)
_OPENS = r"(?:^|(?<=[\s，,。、；;：:“”\"「」（(！？!?]))"
_ST = re.compile(r"(?<![A-Za-z0-9])\*?ST[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff]{0,6}|[\s，,。、；;：:（(])")
# a trade's word that ends the short names of listed firms
_TRADE = (r"股份|科技|电影|電影|药业|藥業|实业|實業|控股|电子|電子|汽车|汽車|证券|證券|银行|銀行|保险|保險|"
          r"化工|钢铁|鋼鐵|地产|地產|传媒|傳媒|物流|食品|环保|環保|水务|水務|电气|電氣|通信|通讯|通訊")
# what a listed firm does in a sentence: files, speaks, plans to invest or buy
_FILES = (r"(?:\d{1,2}日)?(?:晚间|晚間)?(?:公布|披露|表示|宣布|公告|发布公告|發布公告|称|稱|"
          r"拟投资|擬投資|拟收购|擬收購|拟募资|擬募資)")
_SPEAKS = re.compile(_OPENS + r"(?P<n>[\u4e00-\u9fff]{2,4}?(?:" + _TRADE + r"))(?=" + _FILES + r")", re.MULTILINE)
_OFFICER = re.compile(_OPENS + r"(?P<n>[\u4e00-\u9fff]{4,8}?)(?=副?(?:董事长|董事長|总经理|總經理|总裁|總裁)"
                      r"|首席执行官|首席執行官)", re.MULTILINE)
# words that open a clause before a firm's officer or a trade's word without naming a firm: "该公司董事长",
# "时任公司总经理", "国有控股", "上市公司"
_NOT_FIRM = re.compile(r"^(?:该|該|本|这|這|其|原|前|时任|時任|现任|現任|国有|國有|上市|相关|相關|部分|多家|"
                       r"各|全|新)|^(?:集团|集團|公司|控股|股份|有限|子|分|母|总|總)?(?:公司|集团|集團|企业|企業)$"
                       # a clause's words before the name: "他并向传媒表示" (no firm's name holds these)
                       r"|[他她它我你们們的了是在由对對据據经經从從向和与與及并並也还還将將已都又亦把被为為]")


def listed_firms_zh(text: str) -> list[str]:
    """The listed firms ``text`` names by their short name, first found first (see the module)."""
    if not re.search(r"ST|" + _TRADE + r"|董事|总经理|總經理|总裁|總裁|首席", text):
        return []
    names = [m.group(0) for m in _ST.finditer(text)]
    names += [m["n"] for m in _SPEAKS.finditer(text) if not _NOT_FIRM.search(m["n"])]
    names += [m["n"] for m in _OFFICER.finditer(text) if not _NOT_FIRM.search(m["n"])]
    return list(dict.fromkeys(names))
