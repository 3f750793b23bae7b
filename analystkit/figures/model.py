"""What a figure is.

The public ``FoundFigure`` and the mutable reading built while scanning, and the mask of
spans (citation markers, URLs) a scan must skip.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

#: Characters a digit token (_TOKEN) may run on with, and the fewest characters
#: a token search skips at the end of a masked span (_Mask.skip).
_TOKEN_CHARS = frozenset("0123456789,.\u00a0\u202f\u2009")
_WORTH_SKIPPING = 3


@dataclass(slots=True)
class FoundFigure:
    """A figure found in a text, before ids are given."""

    start: int
    end: int
    text: str
    value: float | None
    value_high: float | None
    kind: str
    unit: str | None
    qualifier: str | None
    subject: str | None


@dataclass(slots=True)
class _Figure:
    """A figure while it is being read: the public fields plus what range merging needs."""

    start: int
    end: int
    value: float | None
    value_high: float | None = None
    kind: str = "number"
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    scale: float = 1.0
    per: str | None = None
    qualifier_start: int | None = None
    fraction: bool = False
    qualifier_key: str | None = None
    bare_start: int = 0
    #: Whether the unit is joined to the number by a hyphen ("a 12-mile hike"): the
    #: noun after it is then what is measured.
    compound: bool = False


class _Mask:
    """Spans to keep figures out of, merged into disjoint sorted runs and queried by bisection."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(spans):
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self.starts = starts
        self.ends = ends

    def hits(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def next_start(self, position: int, limit: int) -> int:
        """Where the first span at or after ``position`` starts, or ``limit``."""
        i = bisect.bisect_left(self.starts, position)
        return min(self.starts[i], limit) if i < len(self.starts) else limit

    def cut_before(self, start: int, end: int) -> int | None:
        """Where ``[start, end)``, starting outside every span, first runs into one, or None."""
        i = bisect.bisect_right(self.starts, start)
        if i < len(self.starts) and self.starts[i] < end and (i == 0 or self.ends[i - 1] <= start):
            return self.starts[i]
        return None

    def skip(self, text: str, start: int, end: int, limit: int) -> int | None:
        """Tell where a token search may go on after the masked ``text[start:end]``.

        None when the token overlaps no span (it is not masked).

        Every token that starts inside a masked span is masked too. So when the
        token starts inside a span that no token can run on past (its last
        character is no digit or separator), the search may go on at the span's
        end, or stop at ``limit``; it does so when that skips a few characters
        (a run of citation markers, a URL), and otherwise goes on at ``end``.
        """
        i = bisect.bisect_left(self.starts, end) - 1
        if i < 0 or self.ends[i] <= start:
            return None
        span_end = self.ends[i]
        if self.starts[i] > start or span_end - end < _WORTH_SKIPPING:
            return end
        if span_end >= limit:
            return limit
        return end if text[span_end - 1] in _TOKEN_CHARS else span_end


#: Significant digits a value is rounded to: a float holds about 15.9, so rounding to
#: 15 undoes the error of scaling a decimal ("$2.05 billion" is 2.05 × 1e9 =
#: 2049999999.9999998 in binary).
VALUE_DIGITS = 15
#: Most significant digits of a number as printed: the rounded value is kept only when
#: it has no more (a third, 0.333…, keeps all its binary digits).
PRINTED_DIGITS = 12


#: Whole numbers below this (2**53) are exact in a float: no rounding needed.
EXACT_INTEGERS = 2.0 ** 53


def exact(value: float | None) -> float | None:
    """Return ``value`` as the decimal it was printed as: 2.05e9, not 2049999999.99….

    Rounded to VALUE_DIGITS significant digits where that leaves at most
    PRINTED_DIGITS of them; any other value (a fraction, 1/3) is kept as it is.
    """
    if value is None or value != value or value in (float("inf"), float("-inf")) \
            or value.is_integer() and -EXACT_INTEGERS < value < EXACT_INTEGERS:
        return value  # most values: a whole number a float holds exactly
    rounded = f"{value:.{VALUE_DIGITS}g}"
    mantissa = rounded.split("e")[0].lstrip("-").replace(".", "").strip("0")
    return float(rounded) if len(mantissa) <= PRINTED_DIGITS else value


def _public(text: str, f: _Figure) -> FoundFigure:
    return FoundFigure(f.start, f.end, text[f.start:f.end], exact(f.value), exact(f.value_high),
                       f.kind, f.unit, f.qualifier, f.subject)
