"""Reading French numbers and quantities in running text, without spaCy.

`numbers` finds numbers written in digits ("80,1", "100 000", "1,2M") or words ("quatre-vingts",
"vingt et un", "deuxième") and gives their value; `quantities` turns them into measured amounts
(percent, money, counts, ratios, changes, ranks) with their bounds ("plus de", "près de").
Both work on plain strings with character offsets, so the facts stage and the peer test suites
share one code path.
"""
from __future__ import annotations

from .numbers import NumberMention, NumberReader
from .quantities import Quantity, QuantityReader

__all__ = ["NumberMention", "NumberReader", "Quantity", "QuantityReader"]
