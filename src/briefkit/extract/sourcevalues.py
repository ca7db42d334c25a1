"""A labelled source's value that names no publisher, and the medium a value names beside its publisher.

A "Source:" line sits under a photo or a chart as often as under a story, and no caption mark need stand beside
it.  Three families of value name no outlet on any site (:func:`provenance_only`):

- a picture's provenance: "Supplied", "Handout", "File photo", "Screenshot", or a stock library ("Unsplash",
  "Getty Images", "Shutterstock"), which sells pictures and publishes no news;
- a figure's provenance: the compiler's own work or a body's records, said with a small-letter noun of data at
  the end ("Own research", "Authors' calculations", "Company reports", "IMF staff estimates", "company filings").
  An outlet's name capitalises its words ("AIM Reports", "Harbour Data"), so such a value is no name;
- a kind of source, no source's name: every word a generic one ("Social media", "News agencies", "Various",
  "The author", "Staff report", "Original article"), or social networks only ("Twitter/X").

And a value may name its publisher with the medium the word came by ("Harbour Board press release", "Press release
from Harbour Board", "X Facebook page") or the agencies a site adds to its own name ("X & agencies"): the name
without them is the source (:func:`unmedium`).
"""

from __future__ import annotations

import re

__all__ = ["provenance_only", "unmedium"]

# a picture's provenance, or a stock library's name (each a word or two, matched whole, any case)
_PICTURE = re.compile(
    r"^(?:supplied|handout|hand\s*out|file|files|file\s+(?:photo|picture|image|pic)|archive\s+(?:photo|picture)|"
    r"screen\s*shot|screen\s*grab|stock\s+(?:photo|image|picture)|"
    r"unsplash|pexels|pixabay|shutterstock|getty(?:\s+images)?|istock(?:photo)?|adobe\s+stock|alamy|dreamstime|"
    r"freepik|wikimedia(?:\s+commons)?|depositphotos|canva|flickr)$", re.IGNORECASE)
# a small-letter noun of data closing the value: the figures' provenance, not a publisher's name
_DATA_NOUN = re.compile(r"\s(?:calculations?|estimates?|research|compilations?|projections|elaborations?|"
                        r"computations|reports|data|surveys|figures|records|filings|statements|analysis|forecasts)$")


# words that say what kind of source gave the story, never which ("Social media", "Various", "Staff report"); no
# outlet is named by these alone, while one named by a generic word and another keeps it ("The Wire", "The Reporter",
# "The Post" and "Local News" are left to the section and outlet tests: "wire", "reporter", "post" are not here)
_GENERIC = frozenset({"the", "a", "an", "our", "and", "other", "others", "various", "several", "multiple", "social",
                      "local", "foreign", "international", "media", "news", "agencies", "agency", "reports", "report",
                      "sources", "source", "author", "authors", "staff", "team", "desk", "online", "internet", "web",
                      "original", "article", "here", "click", "read", "more", "ai", "official", "government", "company",
                      "joint", "with"})
# social networks, which host a post and publish no story ("Twitter/X", "Facebook/Instagram")
_NETWORKS = frozenset({"x", "twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "threads", "whatsapp",
                       "telegram", "snapchat", "weibo", "wechat"})


def provenance_only(value: str) -> bool:
    """Whether a labelled source names only a picture's or a figure's provenance, or a kind of source (see the
    module), no outlet."""
    bare = unmedium(" ".join(value.split()).strip(" .:;,-"))  # "Official website": a kind of source once bare
    words = re.findall(r"[^\W\d_]+", bare.lower())
    generic = bool(words) and all(w in _GENERIC for w in words) and not re.search(r"[\u3400-\u9fff]", bare)
    networks = "/" in bare and all(part.strip().lower() in _NETWORKS for part in bare.split("/"))
    return bool(_PICTURE.match(bare)) or bool(_DATA_NOUN.search(bare)) or generic or networks


# the medium a body's word reached the page by, after its name ("Harbour Board press release", "X (press release)",
# "X Facebook page") or before it ("Press release from X"), and the agencies a site names beside itself ("X &
# agencies"): the name is the source (a release label gives its issuer, corpus README), the medium no part of it
_MEDIUM_AFTER = re.compile(r"(?:['’]s)?\s+\(?(?:(?i:(?:official\s+)?(?:press|media|news)\s+release)|statement|"
                           r"newsletter|web\s*site|(?:official\s+)?(?:Facebook|facebook)\s+page|(?:Twitter|twitter)\s+account|"
                           r"(?:YouTube|youtube)\s+channel)\)?$|\s*(?:&|\band\b|\bwith\b)\s+(?i:agencies|wires)$")
# (the medium's words in small letters, but a release's label in any case: a name may end in a capitalised
# "Statement" or "Newsletter", "World Vision Press Release" is a label, README)
_MEDIUM_BEFORE = re.compile(r"^(?i:(?:press|media|news)\s+release|statement|web\s*site|facebook\s+page)\s+"
                            r"(?:from|of|by)\s+(?:the\s+)?(?=[A-Z])|^(?i:agencies)\s*[/,&]\s*")


def unmedium(value: str) -> str:
    """A labelled source without the medium it names beside the body ("Harbour Board press release", "Press release
    from Harbour Board" → "Harbour Board"), or the agencies beside a site ("Lakeview Times & agencies"); a value that
    is the medium alone ("Press release") is left to the other tests."""
    bare = value.strip()
    cut = _MEDIUM_BEFORE.sub("", _MEDIUM_AFTER.sub("", bare)).strip(" ,;:-")
    return cut if cut != bare and re.search(r"[A-Z\u3400-\u9fff]", cut) and len(cut) >= 2 else value
