"""Organisations named by their legal form, by what a sentence does to them, or by an acronym they define.

Bodies without an institutional word that the shapes of
:mod:`briefkit.extract.orgs_en` miss, found by signals that hold in any country:

- a legal-form suffix as other countries write it, dotted or in lower case, after
  a capitalised name: "Slovenska pošta, a.s.", "Acme Sp. z o.o.", "Beta S.A.",
  "Gamma s.r.o." (the form is kept, as the article writes the name);
- a body that fines or is fined, or in which a stake is bought: "AMO SR fined X",
  "the regulator fined Acme", "a stake in TRANSCARGO" (a person fined is left to
  the person checks of :mod:`briefkit.extract.entities`);
- a body written in lower case and defined by its acronym: "the monetary policy
  committee (MPC)" (its words' initials spell the acronym and it ends on a
  body's word; "gross domestic product (GDP)" ends on none).
"""

from __future__ import annotations

import re

from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgshapes import LEADING, MONTH, NOT_ORG, ORG, PERSONISH
from briefkit.extract.places import is_place

# legal forms written with dots or in lower case (the undotted capital ones, "GmbH", "AG", "Ltd", are
# institutional words of :data:`briefkit.extract.orgshapes.ORG_WORDS` already)
_FORMS = (r"a\.[ \t]?s\.|s\.[ \t]?r\.[ \t]?o\.|spol\.[ \t]s[ \t]r\.[ \t]?o\.|S\.A\.(?:S\.)?|S\.p\.A\.|"
          r"Sp\.[ \t]z[ \t]o\.[ \t]?o\.|d\.o\.o\.|d\.d\.|Kft\.|Zrt\.|Nyrt\.|B\.V\.|N\.V\.|A/S|S\.L\.|S\.R\.L\.|"
          r"K\.K\.|A\.Ş\.|S\.A\.B\.[ \t]de[ \t]C\.V\.")
_CAPWORD = r"[A-Z][\w’'&-]*"
# a capitalised name, its last word in lower case as Slavic and Romance names write it ("Slovenska pošta")
_LEGAL = re.compile(r"(?<![\w’'-])(?P<name>" + _CAPWORD + r"(?:[ \t]+" + _CAPWORD + r"){0,4}(?:[ \t]+[a-z][\w’'-]*)?)"
                    r"(?P<sep>,?[ \t]+)(?P<form>" + _FORMS + r")(?![\w/])")
_NAME = r"(?:[A-Z][\w’'&-]*|[A-Z]{2,})(?:[ \t]+(?:of[ \t]+|for[ \t]+)?(?:[A-Z][\w’'&-]*|[A-Z]{2,})){0,4}"
# "AMO SR fined", "the Competition Bureau has fined": whoever fines is an authority
_FINES = re.compile(r"(?<![\w’'-])(?P<a>" + _NAME + r")[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?fined\b"
                    # "fined Acme", "fined the carrier Acme": whoever is fined (a person is checked later)
                    r"|\bfined[ \t]+(?:the[ \t]+)?(?P<b>" + _NAME + r")(?=[ \t]*[,.;(]|[ \t]+(?:for|over|after|a|an"
                    r"|the|\d|[€£$¥]|[A-Z]{3}[ \t]?\d)\b|[ \t]+\d)"
                    # "a stake in TRANSCARGO", "the takeover of Acme": a business is bought
                    r"|\b(?:stake|stakes|shareholding)[ \t]+in[ \t]+(?P<c>" + _NAME + r")"
                    r"|\b(?:takeover|acquisition|buyout)[ \t]+of[ \t]+(?P<d>" + _NAME + r")")
_BODY_WORDS = ("committee|commission|council|board|authority|agency|bureau|office|ministry|department|court|"
               "tribunal|fund|bank|union|association|federation|institute|organi[sz]ation|corporation|company|"
               "directorate|secretariat|assembly|parliament|senate|service|inspectorate|regulator")
_LOWER_DEFINED = re.compile(r"(?<![\w’'-])(?P<name>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){1,6})[ \t]*\([ \t]*[“\"]?"
                            r"(?P<acr>[A-Z]{2,6})[”\"]?[ \t]*\)")
_MINOR = frozenset(["of", "for", "and", "the", "on", "&"])
# a body named in a Romance language in English copy: its kind first, then its remit or its place, joined by the
# language's particles ("Banco Central do Brasil", "Comisión Federal de Electricidad", "Hospital Particular do Algarve")
_ROMANCE_HEAD = (r"Banco|Banca|Instituto|Istituto|Ministerio|Ministério|Ministero|Universidad|Universidade|Università|"
                 r"Université|Comisión|Comissão|Commissione|Agencia|Agência|Agenzia|Consejo|Conselho|Consiglio|"
                 r"Tribunale|Autoridad|Autoridade|Autorità|Autorité|Secretaría|Superintendencia|Superintendência|"
                 r"Fundación|Fundação|Fondazione|Corporación|Compañía|Companhia|Compagnie|Société|Sociedad|Sociedade|"
                 r"Società|Grupo|Gruppo|Groupe|Ospedale|Hôpital|Cámara|Câmara|Chambre|Asociación|Associação|"
                 r"Associazione|Federación|Federação|Federazione|Confederación|Confederação|Partido|Partito|"
                 r"Servicio|Serviço|Servizio|Dirección|Direção|Direzione|Caja|Caixa|Cassa|Caisse|Hospital|Tribunal")
_ROMANCE_PARTICLE = r"(?:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las|do|da|dos|das|di|della|delle|degli|dei|des|du|y|e)"
_ROMANCE = re.compile(r"(?<![\w’'-])(?:" + _ROMANCE_HEAD + r")(?:[ \t]+(?:" + _ROMANCE_PARTICLE
                      + r"[ \t]+)?[A-ZÀ-Ý][\w’'-]*){1,6}(?![\w’'-])")
_ENGLISH_HEADS = ("Hospital", "Tribunal")


def role_bodies(text: str) -> tuple[list[str], set[str]]:
    """The bodies ``text`` names by a legal form, a fine or a stake, or as a lower-case name defined by its
    acronym; and the acronyms so defined (the body's short form, not a second body)."""
    names: list[str] = []
    for match in _LEGAL.finditer(text) if "." in text or "/" in text else ():
        name = LEADING.sub("", match["name"])
        if name and not is_place(name):
            names.append(name + match["sep"] + match["form"])  # "Slovenska pošta, a.s.": as the article writes it
    for match in _FINES.finditer(text) if re.search(r"fined|stake|takeover|acquisition|buyout", text) else ():
        name = _tail(match["a"] or match["b"] or match["c"] or match["d"])
        if name and not is_place(name) and not _personal(name):
            names.append(name)
    for match in _ROMANCE.finditer(text):
        name = match.group(0)
        # ("Hospital Trust", "Tribunal Service": an English head needs the language's particle inside)
        if not name.startswith(_ENGLISH_HEADS) or re.search(r"[ \t]" + _ROMANCE_PARTICLE + r"[ \t]", name):
            names.append(name)
    acronyms: set[str] = set()
    for match in _LOWER_DEFINED.finditer(text) if "(" in text else ():
        words = match["name"].split()
        for start in range(len(words) - 1):
            tail = words[start:]
            if "".join(w[0] for w in tail if w not in _MINOR).upper() == match["acr"] \
                    and re.fullmatch(_BODY_WORDS, tail[-1]) and tail[0] not in _MINOR:
                names.append(" ".join(tail))
                acronyms.add(match["acr"])
                break
    return names, acronyms


def _tail(name: str) -> str:
    """The name without what opened its sentence: "The", "On Monday", "In 2013"."""
    words = name.split()
    while words and (LEADING.match(words[0] + " ") or MONTH.match(words[0]) or words[0] in NOT_ORG):
        words = words[1:]
    return " ".join(words)


def _personal(name: str) -> bool:
    """"Judge Smith", "John Smith": a person's title, or a given name before a capitalised surname."""
    words = name.split()
    return bool(PERSONISH.match(name + " ")) or (2 <= len(words) <= 3 and is_given_name(words[0])
                                                 and all(w[1:].islower() for w in words))


# People named where a pattern looks for bodies (used by :func:`briefkit.extract.orgs_en.english_shapes`)
_HOLDERS = frozenset(["owner", "shareholder", "developer", "producer", "publisher", "distributor", "supplier",
                      "operator", "exporter", "grocer", "brewer", "miner"])


def owner_by_trade(match: re.Match[str]) -> bool:
    """A person's name before a kind a person can be as well ("Victoria Lopez, a shop owner", "Ana Ruiz, a
    coffee exporter"): a given name and a surname, no institutional word."""
    words = match["name"].split()
    return match.group(0).split()[-1].lower() in _HOLDERS and 2 <= len(words) <= 3 \
        and is_given_name(words[0]) and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words) \
        and not ORG.search(match["name"])


# "governor of the central bank", "chairman of construction giant": a role held in a body of that kind
_ROLE_OF_KIND = re.compile(r"\b(?i:governor|chairman|chairwoman|chair|head|chief|president|director|secretary|"
                           r"minister|boss|founder|owner|spokes(?:man|woman|person))\s+of\s+(?:the\s+|its\s+|a\s+)?"
                           r"(?:[a-z]+\s+){0,2}$")


def holder_of_kind(match: re.Match[str], text: str) -> bool:
    """"the governor of the central bank Jerome Powell": a role in a body of a kind, then a given name and a
    surname, names the role's holder ("chairman of construction giant Emaar" names the body)."""
    words = match["names"].split()
    return 2 <= len(words) <= 3 and is_given_name(words[0]) and not ORG.search(match["names"]) \
        and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words) \
        and _ROLE_OF_KIND.search(text, max(0, match.start() - 50), match.start()) is not None
