"""A labelled source's value that says where a picture or a figure came from, never who published the story.

A "Source:" line sits under a photo or a chart as often as under a story, and no caption mark need stand beside
it.  Two families of value name no outlet on any site:

- a picture's provenance: "Supplied", "Handout", "File photo", "Screenshot", or a stock library ("Unsplash",
  "Getty Images", "Shutterstock"), which sells pictures and publishes no news;
- a figure's provenance: the compiler's own work or a body's records, said with a small-letter noun of data at
  the end ("Own research", "Authors' calculations", "Company reports", "IMF staff estimates", "company filings").
  An outlet's name capitalises its words ("AIM Reports", "Harbour Data"), so such a value is no name;
- a kind of source, no source's name: every word a generic one ("Social media", "News agencies", "Various",
  "The author", "Staff report", "Our reporter", "Original article"), or social networks only ("Twitter/X").
"""

from __future__ import annotations

import re

__all__ = ["provenance_only"]

# a picture's provenance, or a stock library's name (each a word or two, matched whole, any case)
_PICTURE = re.compile(
    r"^(?:supplied|handout|hand\s*out|file|files|file\s+(?:photo|picture|image|pic)|archive\s+(?:photo|picture)|"
    r"screen\s*shot|screen\s*grab|stock\s+(?:photo|image|picture)|"
    r"unsplash|pexels|pixabay|shutterstock|getty(?:\s+images)?|istock(?:photo)?|adobe\s+stock|alamy|dreamstime|"
    r"freepik|wikimedia(?:\s+commons)?|depositphotos|canva|flickr)$", re.IGNORECASE)
# a small-letter noun of data closing the value: the figures' provenance, not a publisher's name
_DATA_NOUN = re.compile(r"\s(?:calculations?|estimates?|research|compilations?|projections|elaborations?|"
                        r"computations|reports|data|surveys|figures|records|filings|statements|websites?|analysis|"
                        r"forecasts)$")


# words that say what kind of source gave the story, never which ("Social media", "Various", "Staff report"); no
# outlet is named by these alone, while one named by a generic word and another keeps it ("The Wire", "The Reporter",
# "The Post" and "Local News" are left to the section and outlet tests: "wire", "reporter", "post" are not here)
_GENERIC = frozenset({"the", "a", "an", "our", "and", "other", "others", "various", "several", "multiple", "social",
                      "local", "foreign", "international", "media", "news", "agencies", "agency", "reports", "report",
                      "sources", "source", "author", "authors", "staff", "team", "desk", "online", "internet", "web",
                      "original", "article", "here", "click", "read", "more", "ai"})
# social networks, which host a post and publish no story ("Twitter/X", "Facebook/Instagram")
_NETWORKS = frozenset({"x", "twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "threads", "whatsapp",
                       "telegram", "snapchat", "weibo", "wechat"})


def provenance_only(value: str) -> bool:
    """Whether a labelled source names only a picture's or a figure's provenance, or a kind of source (see the
    module), no outlet."""
    bare = " ".join(value.split()).strip(" .:;,-")
    words = re.findall(r"[^\W\d_]+", bare.lower())
    generic = bool(words) and all(w in _GENERIC for w in words) and not re.search(r"[\u3400-\u9fff]", bare)
    networks = "/" in bare and all(part.strip().lower() in _NETWORKS for part in bare.split("/"))
    return bool(_PICTURE.match(bare)) or bool(_DATA_NOUN.search(bare)) or generic or networks
