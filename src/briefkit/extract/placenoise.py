"""Capitalised words after "in", "from" … that are no town, whatever the cue says.

- a currency's or a unit's short form written before its amount: "from Rs. 187,445 million", "from Sh 28
  billion" (South Asian and East African pages);
- a news agency or wire named as where copy comes from: "More from Reuters:", "in Bernama".
"""

from __future__ import annotations

import re

from briefkit.extract.agencies import is_agency


def not_a_town(name: str, text: str) -> bool:
    """Whether ``name``, a guess at a town no list holds, is a sum's currency or a news agency in ``text``."""
    if " " not in name and len(name) <= 4 \
            and re.search(r"(?<![\w’'-])" + re.escape(name) + r"\.?[ \t]?\d", text):
        return True  # "Rs. 205389", "Sh28.6": a short word that stands before an amount is its currency
    return is_agency(name)
