"""Person-shaped names on a line of a page's furniture: the spans a byline, a sign-off or a credit may hold.

A name is two to four capitalised words or initials ("Jane Doe", "J. R. Doe", "JANE DOE"), with a particle
inside ("Ludwig van Beethoven") or a Korean given name romanised with a hyphen ("Kang Yoon-seung"); the cue
words before it ("By", "Columnist") and the roles or stamps after it ("Staff Writer", "Updated") are not its
own.  Shared by the writer candidates (:mod:`briefkit.extract.authorcands`) and the features the learned
writer score reads (:mod:`briefkit.extract.authorfeatures`).
"""

from __future__ import annotations

import re

from briefkit.extract import bylines_en, credits
from briefkit.extract.textcache import text_cache

# A person's name: two to four capitalised words or initials, a particle ("van", "de") allowed inside
# ("Kang Yoon-seung": a Korean given name's second syllable is hyphenated in lower case)
# ("José Álvarez", "Derrick McClure": letters with accents, a surname's prefix before a capital)
_UP, _LOW = credits.UPPER, credits.LOWER
_WORD = (rf"(?:{credits.SURNAME_PREFIX}[{_UP}][{_LOW}'’]+(?:-[A-Za-z][{_LOW}'’]+)?|[A-Z]\.(?:[A-Z]\.)?|"
         rf"[{_UP}][{_UP}'’]+(?:-[{_UP}][{_UP}'’]+)?)")
_PARTICLE = r"(?:(?:van|von|de|da|del|der|di|du|la|le|bin|al|ibn|dos|das)\s+){1,2}"  # "Ana de la Cruz"
# "Park ki-rock", "Lee jae-won": a Korean name romanised surname first, its given name's two syllables hyphenated
# in lower case, as some Korean outlets print their bylines
# (each given syllable romanised as Korean spells it: "The well-known", "The so-called" are no names)
_SYLLABLE = r"(?:[bcdghjkmnprstwy]{0,2})(?:ae|ya|yae|eo|yeo|ye|wa|wae|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)" \
            r"(?:ng|ck|n|k|l|m|p|t|r)?"
_KOREAN = r"(?!(?:The|This|That|Its|Our|Their|New|Non|Co)\s)[A-Z][a-z]{1,4}\s+" + _SYLLABLE + "-" + _SYLLABLE
_SPAN = re.compile(r"(?<![\w.@])(?:" + _KOREAN + r"|" + _WORD + r"(?:\s+(?:" + _PARTICLE + r")?" + _WORD
                   + r"){1,3})(?![\w@])")
# Words a span may open with that are cues or titles, not the name's own
_LEADING = re.compile(r"^(?:(?:By|BY|Reporting|Reported|Additional|Posted|Presented|Hosted|"
                      r"(?:Posts|Articles|Stories|Columns)\s+(?:From|By|from|by)|"
                      r"Columnist|Correspondent|Reporter|Writer|Author|Contributor|Story|STORY|Words|"
                      r"Text|Opinion|Analysis|Commentary|Editor|Reach|Contact|Email|Follow|Written|Dr\.|Prof\.|"
                      r"Mr\.|Ms\.|Mrs\.|Staff|Senior|Guest|Special|Chief)\s+)+")
_TRAILING = re.compile(r"(?:\s+(?:Special|Staff|Senior|Writer|Reporter|Correspondent|Contributor|Columnist|Editor|"
                       r"Is|IS|"
                       r"Published|Updated|Posted|Photo|Photos|Reuters|AP|AFP|PA))+$")
_SENTENCE_OPENS = re.compile(r"\s+(?:The|THE)\b")
MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
                        r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday)\b\.?", re.IGNORECASE)
# interface words a page's furniture capitalises like a name ("1 Min Read", "Read More", "Listen Now")
_NOT_NAME = re.compile(r"\b(?:Of|OF|The|THE|And|To|Be|Is|Are|Was|Were|Has|Have|Its|Their|This|That|Year|Week|Month|"
                       r"Read|Min|Mins|Share|Url|URL|Link|Listen|Watch|Save|Print|Comments?|Subscribe|Follow|More|Now|Sign|"
                       r"Log|Login|Click|Here|Next|Previous|Back|Top|Home|Menu|Search|Close|Open|Download|Advertisement|"
                       r"Sponsored|Copyright|Rights|Reserved|Inc|Ltd|LLC|Corp|Co|Group|Company|University|Institute|"
                       r"Street|Road|Avenue|County|State|City|Park|Hall|House|Centre|Center|Department|Ministry)\b")


# (a pure function of its text, asked again for the same lines by several readers of one page)
@text_cache(maxsize=1024)
def _clean_span(span: str) -> str | None:
    """The name inside a capitalised span, without cue words before it or roles and stamps after it."""
    # "By Chino Leyco The Bangko Sentral said …": a byline run into the story's first sentence
    span = _TRAILING.sub("", _LEADING.sub("", _SENTENCE_OPENS.split(span)[0])).strip()
    if re.fullmatch(_KOREAN, span):
        return None if credits.is_outlet(span) else span
    if len(span.split()) < 2 or MONTH_DAY.search(span) or _NOT_NAME.search(span):
        return None
    name = credits.person_line(span)
    if name is None and _PARTICLES.search(span):
        # "Ludwig van Dijk", "Ana de la Cruz": the name's capitalised words read as a person's, with its particles
        bare = credits.person_line(_PARTICLES.sub(" ", span))
        name = span if bare and len(span.split()) <= 5 else None
    if name is None or credits.is_outlet(name) or bylines_en.desk_name(name):
        return None
    return name


_PARTICLES = re.compile(r"\s+" + _PARTICLE)


_ADDRESS = re.compile(r"(?<!\S)\S+@\S+|https?://\S+|@\w+")
"""E-mail addresses, links and handles: never part of a name."""
# "Alex BlakeIsle of Man": a page that drops the break between a byline's name and its place runs them into one
# word; a capital after four lower-case letters parts them ("McDonald", "DeSantis", "FitzGerald" stay whole)
_GLUED = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")


def names_on(line: str) -> list[str]:
    """The person-shaped names on a line, in their order (capitals made title case)."""
    return list(_names_on(line))  # a fresh list: the cached tuple is shared


# (the byline, outlet and writer readers each ask for the names of the same head lines)
@text_cache(maxsize=1024)
def _names_on(line: str) -> tuple[str, ...]:
    # Anchored at a word's start: unanchored, "\S+@" rescans a 60,000-character word from every offset.
    text = _GLUED.sub(" · ", _ADDRESS.sub(" ", line))
    found: list[str] = []
    for span in _SPAN.finditer(text):
        if (name := _clean_span(span.group(0))) and name not in found:
            found.append(name)
    return tuple(found)
