"""A site's web address read as its name: the host's label, and the outlet a domain stands for.

"https://www.dailyherald.com/x" is the site "dailyherald", which a page spelling itself "Daily Herald" names;
"reuters.com" is Reuters.  Split from :mod:`briefkit.extract.credits` (which re-exports these names) because
the address, unlike the credits, is read without the page's lines.
"""

from __future__ import annotations

import re

# The wire agencies and broadcasters whose names carry no publication word.
AGENCY_NAMES = (
    "Reuters", "Associated Press", "The Associated Press", "AP", "AFP", "Agence France-Presse", "Xinhua",
    "Xinhua News Agency", "Bloomberg", "CNN", "BBC", "PA", "PA Media", "Kyodo", "Yonhap", "Dow Jones", "ANI",
    "PTI", "IANS", "UPI", "dpa", "EFE", "ANSA", "TASS", "Interfax", "Anadolu", "Bernama", "Antara", "CNA",
    "Canadian Press", "The Canadian Press", "AAP", "NPR", "Press Association", "Nikkei", "Al Jazeera",
    "CGTN", "Sputnik", "RIA Novosti", "Jiji", "Jiji Press", "WAM", "SPA", "IRNA", "APA", "Prensa Latina")


def domain_label(domain: str) -> str:
    """"https://www.dailyherald.com/x" → "dailyherald"; "news.bbc.co.uk" → "bbc"."""
    host = re.sub(r"^[a-z]+://", "", domain.strip().lower()).split("/")[0]
    parts = [p for p in host.split(".") if p not in {"www", "m", "amp", "news", "en", "english"}]
    while len(parts) > 1 and (len(parts[-1]) <= 3 or parts[-1] in {"info", "news", "online"}):
        parts.pop()  # .com, .co.uk, .cn: the public suffix
    return parts[-1] if parts else ""


def _squeeze(name: str) -> set[str]:
    """A name's letters and digits only, with and without a leading "The"."""
    lower = name.lower().strip()
    return {re.sub(r"[^a-z0-9]", "", lower), re.sub(r"[^a-z0-9]", "", lower.removeprefix("the "))} - {""}


def is_domain(value: str) -> bool:
    """A site name that is only a host name ("dailyherald.com")."""
    return bool(re.fullmatch(r"(?:[a-z]+://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", value.strip().lower()))


def outlet_of_domain(domain: str, names: list[str]) -> str | None:
    """The outlet a domain stands for, among ``names`` the page spells (title suffix, copyright holder).

    "dailyherald.com" is "Daily Herald" when the page calls itself that; a wire agency's domain is
    the agency ("reuters.com" → "Reuters", "apnews.com" → "AP").
    """
    label = domain_label(domain)
    if len(label) < 2:
        return None
    for name in names:
        if any(s == label or (label.startswith(s) and len(s) >= 4) or (s.startswith(label) and len(label) >= 4)
               for s in _squeeze(name)):
            return name
    return next((agency for agency in AGENCY_NAMES
                 if any(s in {label, label.removesuffix("news")} or (label.startswith(s) and len(s) >= 5)
                        for s in _squeeze(agency))), None)
