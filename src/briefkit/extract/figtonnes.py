""""MT" for million tonnes: "estimated at 144.10 MT" on a page that writes "290.25 million tonnes" elsewhere.

"MT" is a metric tonne in trade copy ("50,000 MT of wheat"), but Indian and South Asian crop and output reports
write it for million tonnes, and say so once in full.  When a page writes a sum in million tonnes and its "MT"
sums are of the same size (the largest within a factor of ten of the largest in million tonnes), its "MT" is
million tonnes; a page that writes no million tonnes, or whose "MT" sums are far smaller or larger, keeps tonnes.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefkit.content.model import Figure

__all__ = ["million_tonne_marks"]

_MILLION = 1e6
_TONNES = frozenset({"tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"})
_SPREAD = 10.0  # how far apart the largest sums in the two notations may be and still be one page's size


def _mark(figure: Figure) -> bool:
    """True when ``figure`` is written in "MT" (a word the unit reader took along may follow: "MT vis-a-vis")."""
    return (figure.unit or "").split(" ", 1)[0] == "MT"


def million_tonne_marks(figures: Sequence[Figure]) -> list[Figure]:
    """The figures with each "MT" sum read in million tonnes where the page writes its size in million tonnes."""
    full = [f.value / _MILLION for f in figures if (f.unit or "").lower() in _TONNES and f.value >= _MILLION
            and "million" in (f.display or "").lower()]
    marks = [f.value for f in figures if _mark(f)]
    if not full or not marks or not max(full) / _SPREAD <= max(marks) <= max(full) * _SPREAD:
        return list(figures)
    unit = next(f.unit for f in figures if (f.unit or "").lower() in _TONNES and f.value >= _MILLION)
    return [f.model_copy(update={"value": round(f.value * _MILLION, 6), "unit": unit}) if _mark(f) else f
            for f in figures]
