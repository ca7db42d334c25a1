"""The hundredths of currencies beyond the cent and the penny, as local pages write a small price in them: "an 84
paisa per unit hike" (Pakistan's or India's rupee), "20 centavos per kilo" (a peso), "50 pesewas" (the cedi),
"25 piastres" (the Egyptian pound), "halalas" (the riyal), "satang" (the baht).

Each is a hundredth of its currency, so "84 paisa" is 0.84 rupees: a sum in the main currency, as "3 cents" is
0.03 USD.  A name several countries share ("paisa", "centavos", "piastres") is given one country's code, and the
page's country decides in :mod:`briefkit.extract.localmoney` ("84 paisa" on a Pakistani page is PKR).
"""

from __future__ import annotations

SUBUNITS = {"paisa": "INR", "paisas": "INR", "centavos": "MXN", "centavo": "MXN", "pesewas": "GHS",
            "piastres": "EGP", "piasters": "EGP", "halalas": "SAR", "satang": "THB"}
"""A hundredth's name and the code of the currency it divides (the shared names' default country)."""

# the names as the number reader's suffix alternatives, longest first ("paisas" before "paisa")
SUBUNIT_PATTERN = "|".join(sorted(SUBUNITS, key=len, reverse=True))
