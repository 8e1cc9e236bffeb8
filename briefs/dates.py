"""Time expressions ("Friday", "next week", "later this year", "early December") resolved
against an article's date to TIMEX3 values ("2023-06-30", "2023-W27", "2023", "2023-12").

Rules over one expression; the word lists live in `timex_words.json`. The expression's tense
is the caller's business: `tense="future"` (a next step) or `"past"` picks which Friday a bare
"Friday" means; without it, the last one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import NextStep

Resolver = Callable[["_Ctx", "re.Match[str]"], str | None]

PRESENT_REF = "PRESENT_REF"
PAST_REF = "PAST_REF"
FUTURE_REF = "FUTURE_REF"


@functools.cache
def _words() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("timex_words.json").read_text("utf-8"))


def _alts(names: Any) -> str:
    """A regex alternation of words, longest first, dots escaped."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


class _Ctx:
    def __init__(self, anchor: dt.date | None, tense: str | None) -> None:
        self.anchor = anchor
        self.tense = tense


# -- value formatting ---------------------------------------------------------------------


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- year choice for a month or a day written without its year ----------------------------


def _year_for(ctx: _Ctx, month: int, day: int = 1, rel: str | None = None) -> int | None:
    """The year of "June" / "June 26" / "last June" seen from the anchor."""
    a = ctx.anchor
    if a is None:
        return None
    here = (a.month, a.day if day != 1 or rel else 1)
    there = (month, day)
    direction = rel or ctx.tense
    if direction in ("last", "past"):
        if rel == "last" and there >= (a.month, 1) and month == a.month:
            return a.year - 1  # "last June" written in June: a year ago
        return a.year - 1 if there > here else a.year
    if direction == "next":
        return a.year + 1 if there <= (a.month, a.day) or month == a.month else a.year
    if direction == "future":
        # A date a few weeks back is this year's (a step that already happened, or the
        # article's own news); only one well behind the anchor is next year's.
        days_back = (a - _safe_date(a.year, month, min(day, 28))).days  # type: ignore[operator]
        return a.year + 1 if days_back > 31 else a.year
    # No direction: the article's year, unless the month is far on the other side of a
    # year's turn ("January" in a December article is the coming one).
    if a.month >= 11 and month <= 2:
        return a.year + 1
    if a.month <= 2 and month >= 11 and ctx.tense != "future":
        return a.year - 1
    return a.year


# -- the patterns -------------------------------------------------------------------------

_RULES: list[tuple[re.Pattern[str], Resolver]] = []


def _rule(pattern: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        _RULES.append((re.compile(rf"^(?:{pattern})$", re.VERBOSE), fn))
        return fn

    return register


W = _words()
MONTH = _alts(W["months"])
WEEKDAY = _alts(W["weekdays"])
SEASON = _alts(W["seasons"])
NUMBER = _alts(W["numbers"]) + r"|\d+"
ORDINAL = _alts(W["ordinals"])
HOLIDAY = _alts(W["holidays"])
PART = r"(?:\s+(?:morning|afternoon|evening|night|noon|midday))?"
YEAR = r"(?:1[0-9]|20|21)\d\d"
MOD = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|" \
    r"the\s+rest\s+of|the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|" \
    r"earlier|later|later\s+in|earlier\s+in|throughout|all\s+of|end\s+of|start\s+of)[\s-]+)?"


def _month_no(name: str) -> int:
    return int(W["months"][name.rstrip(".")])


@_rule(rf"(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?:[t\s](?P<h>\d\d):(?P<mi>\d\d)(?::\d\d)?.*)?")
def _iso(ctx: _Ctx, m: re.Match[str]) -> str | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return f"{_day(d)}T{m['h']}:{m['mi']}" if m["h"] else _day(d)


@_rule(rf"(?P<y>{YEAR})-(?P<m>\d\d)")
def _iso_month(ctx: _Ctx, m: re.Match[str]) -> str | None:
    return _month(int(m["y"]), int(m["m"])) if 1 <= int(m["m"]) <= 12 else None


@_rule(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})")
def _us_numeric(ctx: _Ctx, m: re.Match[str]) -> str | None:
    first, second = int(m["m"]), int(m["d"])
    if first > 12:  # 26/06/2023: day first, as most of the world writes it
        first, second = second, first
    d = _safe_date(int(m["y"]), first, second)
    return _day(d) if d else None


@_rule(rf"""(?:(?:{WEEKDAY})\.?,?\s+)?(?:(?P<rel>last|next|this)\s+)?
           (?:(?P<mon>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?
             |(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH})\.?)
           (?:,?\s+(?P<y>{YEAR}))?{PART}""")
def _month_day(ctx: _Ctx, m: re.Match[str]) -> str | None:
    month = _month_no(m["mon"] or m["mon2"])
    day = int(m["d"] or m["d2"])
    year = int(m["y"]) if m["y"] else _year_for(ctx, month, day, m["rel"])
    if year is None:
        return None
    d = _safe_date(year, month, day)
    return _day(d) if d else None


@_rule(rf"""{MOD}(?:(?P<rel>last|next|this|the|coming)\s+)?(?P<mon>{MONTH})\.?
           (?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?""")
def _month_only(ctx: _Ctx, m: re.Match[str]) -> str | None:
    month = _month_no(m["mon"])
    rel = {"coming": "next", "the": None, "this": None}.get(m["rel"] or "", m["rel"])
    if m["yrel"]:
        if ctx.anchor is None:
            return None
        return _month(ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["yrel"]], month)
    year = int(m["y"]) if m["y"] else _year_for(ctx, month, 1, rel)
    return None if year is None else _month(year, month)


@_rule(rf"{MOD}(?:the\s+)?(?:year\s+|fiscal\s+(?:year\s+)?|fy\s*)?(?P<y>{YEAR})(?:'s)?")
def _year(ctx: _Ctx, m: re.Match[str]) -> str | None:
    return m["y"]


@_rule(r"(?:the\s+)?(?:early\s+|late\s+|mid[\s-]?)?(?P<dec>(?:1[0-9]|20)\d)0'?s")
def _decade(ctx: _Ctx, m: re.Match[str]) -> str | None:
    return m["dec"]


@_rule(r"(?P<rel>this|last|next|previous|the\s+previous|the\s+next|the\s+current|current|the\s+coming|coming)\s+(?:fiscal\s+)?quarter")
def _relative_quarter(ctx: _Ctx, m: re.Match[str]) -> str | None:
    if ctx.anchor is None:
        return None
    rel = m["rel"].split()[-1]
    shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    index = ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3 + shift
    return f"{index // 4:04d}-Q{index % 4 + 1}"


@_rule(r"(?P<h>h[12]|q[1-4])\s+(?:fy\s*)?(?P<y>(?:1[0-9]|20|21)\d\d)")
def _half_year(ctx: _Ctx, m: re.Match[str]) -> str | None:
    return f"{m['y']}-{m['h'].upper()}"


@_rule(rf"""{MOD}(?:(?P<q>q[1-4])|(?:the\s+)?(?P<ord>{ORDINAL})[\s-]+(?P<unit>quarter|half))
           (?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|next|last|the)\s+(?:fiscal\s+)?year))?
           (?:\s+(?P<y2>{YEAR}))?""")
def _quarter(ctx: _Ctx, m: re.Match[str]) -> str | None:
    if m["q"]:
        tag, n = "Q", int(m["q"][1])
    else:
        tag = "Q" if m["unit"] == "quarter" else "H"
        n = int(W["ordinals"][m["ord"]])
        if tag == "H":
            n = 2 if m["ord"] in ("second", "2nd", "last", "final") else 1
    year_text = m["y"] or m["y2"]
    if year_text:
        year = int(year_text)
    elif ctx.anchor is None:
        return None
    else:
        year = ctx.anchor.year + {"next": 1, "last": -1}.get(m["rel"] or "", 0)
    return f"{year:04d}-{tag}{n}"


@_rule(rf"{MOD}(?:(?P<rel>this|last|next|the|coming|this\s+past|past)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?")
def _season(ctx: _Ctx, m: re.Match[str]) -> str | None:
    code = W["seasons"][m["s"]]
    if m["y"]:
        return f"{m['y']}-{code}"
    a = ctx.anchor
    if a is None:
        return None
    start = W["season_months"][code]
    rel = m["rel"] or ""
    year = a.year
    if rel in ("last", "this past", "past") or (rel in ("", "the") and ctx.tense == "past"):
        if a.month <= start + 2 and not (code == "WI" and a.month <= 2):
            year -= 1
    elif rel in ("next", "coming") or (rel in ("", "the") and ctx.tense == "future"):
        if a.month > start + 2 or (rel in ("next", "coming") and a.month >= start):
            year += 1
    if code == "WI" and a.month <= 2 and rel in ("this", "the", ""):
        year -= 1  # January's winter began the December before
    return f"{year:04d}-{code}"


def _unit_value(d: dt.date, unit: str) -> str:
    if unit.startswith("day") or unit in ("night", "morning", "evening", "afternoon"):
        return _day(d)
    if unit.startswith("week"):
        return _week(d)
    if unit.startswith("weekend"):
        return _week(d) + "-WE"
    if unit.startswith("month"):
        return _month(d.year, d.month)
    if unit.startswith("decade"):
        return f"{d.year // 10:03d}"
    if unit.startswith("centur"):
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def _shift(a: dt.date, unit: str, n: int) -> dt.date:
    if unit.startswith("day"):
        return a + dt.timedelta(days=n)
    if unit.startswith("week"):
        return a + dt.timedelta(weeks=n)
    if unit.startswith("month"):
        y, mo = _add_months(a.year, a.month, n)
        return dt.date(y, mo, 1)
    if unit.startswith("decade"):
        return dt.date(a.year + 10 * n, 1, 1)
    if unit.startswith("centur"):
        return dt.date(a.year + 100 * n, 1, 1)
    return dt.date(a.year + n, 1, 1)


UNIT = r"day|week|weekend|month|year|decade|century"


@_rule(rf"""{MOD}(?:(?P<rel>this\s+past|this|last|next|the\s+coming|the\s+following|the\s+previous|previous|following
                     |coming|the\s+past|past|the\s+next|the\s+last|the\s+same|that|the)\s+)?(?P<u>{UNIT})
           (?:\s+(?:after\s+next|before\s+last))?""")
def _relative_unit(ctx: _Ctx, m: re.Match[str]) -> str | None:
    a = ctx.anchor
    rel = " ".join((m["rel"] or "").split())
    text = m.group(0)
    if rel in ("the past", "past", "the last"):
        return None  # "the past week": a stretch of time, not a point
    if rel in ("the same", "that", "the following", "following", "the previous", "previous"):
        return None  # relative to another event the expression does not name
    if a is None:
        return None
    n = {"last": -1, "next": 1, "coming": 1, "the coming": 1, "the next": 1, "this past": -1}.get(rel, 0)
    if text.endswith("after next"):
        n = 2
    elif text.endswith("before last"):
        n = -2
    unit = m["u"]
    if unit == "weekend":
        sunday = a + dt.timedelta(days=6 - a.weekday())
        return _week(sunday + dt.timedelta(weeks=n)) + "-WE"
    if unit == "day" and not rel:
        return _day(a) if "later" in text or "earlier" in text else None
    if not rel and not text.startswith(("later", "earlier", "the end", "end", "early", "late", "mid")):
        return None
    return _unit_value(_shift(a, unit, n), unit)


@_rule(r"(?:later|earlier)\s+(?:in\s+)?(?:the\s+)?(?P<u>day|week|month|year|decade)"
       r"|(?:the\s+)?(?P<u2>year|month|week)[\s-]end")
def _later_in_the(ctx: _Ctx, m: re.Match[str]) -> str | None:
    a = ctx.anchor
    if a is None:
        return None
    return _unit_value(a, m["u"] or m["u2"])


@_rule(r"(?P<w>today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|tomorrow|last\s+night"
       r"|overnight|(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow"
       r"|yesterday\s+(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening|night)"
       r"|later\s+today|earlier\s+today|(?:late|early)\s+(?:today|tonight|yesterday|tomorrow))")
def _deictic_day(ctx: _Ctx, m: re.Match[str]) -> str | None:
    a = ctx.anchor
    if a is None:
        return None
    w = m["w"]
    if "before yesterday" in w:
        return _day(a - dt.timedelta(days=2))
    if "after tomorrow" in w:
        return _day(a + dt.timedelta(days=2))
    if "yesterday" in w or w == "last night":
        return _day(a - dt.timedelta(days=1))
    if "tomorrow" in w:
        return _day(a + dt.timedelta(days=1))
    return _day(a)


@_rule(rf"(?:(?P<rel>last|next|this|coming|this\s+coming|this\s+past|past|early|late|earlier|later)\s+(?:on\s+)?)?"
       rf"(?P<wd>{WEEKDAY})\.?(?:'s)?{PART}(?:\s+(?P<rel2>next\s+week|last\s+week|this\s+week))?")
def _weekday(ctx: _Ctx, m: re.Match[str]) -> str | None:
    a = ctx.anchor
    if a is None:
        return None
    wd = int(W["weekdays"][m["wd"]])
    back = (a.weekday() - wd) % 7
    ahead = (wd - a.weekday()) % 7
    rel = " ".join((m["rel"] or "").split())
    rel2 = m["rel2"] or ""
    if rel2:
        monday = a - dt.timedelta(days=a.weekday())
        shift = {"next week": 7, "last week": -7, "this week": 0}[" ".join(rel2.split())]
        return _day(monday + dt.timedelta(days=shift + wd))
    if rel in ("last", "this past", "past"):
        return _day(a - dt.timedelta(days=back or 7))
    if rel == "next":
        return _day(a + dt.timedelta(days=ahead or 7))
    if rel in ("coming", "this coming"):
        return _day(a + dt.timedelta(days=ahead or 7))
    if rel == "this":
        return _day(a + dt.timedelta(days=ahead) if ctx.tense != "past" else a - dt.timedelta(days=back))
    if ctx.tense == "future":
        return _day(a + dt.timedelta(days=ahead))
    # News reports what happened: a bare "Friday" is the last one (or today), unless the
    # caller says the sentence looks ahead.
    return _day(a - dt.timedelta(days=back))


@_rule(rf"(?P<n>{NUMBER})\s+(?P<u>{UNIT}|days|weeks|months|years|decades|centuries)\s+(?P<dir>ago|earlier|before|later|after|afterwards|from\s+now|hence|on)")
@_rule(rf"(?P<dir>in|within|after)\s+(?:the\s+next\s+)?(?P<n>{NUMBER})\s+(?P<u>{UNIT}|days|weeks|months|years|decades|centuries|hours?|minutes?)(?:'?\s*time)?")
def _counted(ctx: _Ctx, m: re.Match[str]) -> str | None:
    if m.groupdict().get("dir") == "within":
        return FUTURE_REF  # a deadline ("within 90 days"), not a day
    a = ctx.anchor
    if a is None:
        return None
    if m["u"].startswith(("hour", "minute")):
        return _day(a)  # "in 48 hours": the time is more than the day can say; the day it starts
    raw = m["n"]
    n = float(W["numbers"][raw]) if raw in W["numbers"] else float(raw)
    if n != int(n):
        return None
    sign = -1 if m["dir"] in ("ago", "earlier", "before") else 1
    unit = m["u"].rstrip("s") if m["u"] != "centuries" else "century"
    return _unit_value(_shift(a, unit, sign * int(n)), unit)


@_rule(r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:the|this)\s+month)?")
def _ordinal_day(ctx: _Ctx, m: re.Match[str]) -> str | None:
    if ctx.anchor is None:
        return None
    d = _safe_date(ctx.anchor.year, ctx.anchor.month, int(m["d"]))
    return _day(d) if d else None


@_rule(rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?")
def _holiday(ctx: _Ctx, m: re.Match[str]) -> str | None:
    month, day = W["holidays"][m["h"]]
    rel = {"this": None}.get(m["rel"] or "", m["rel"])
    year = int(m["y"]) if m["y"] else _year_for(ctx, month, day, rel)
    return None if year is None else _day(dt.date(year, month, day))


# -- the public function ------------------------------------------------------------------

_LEAD = re.compile(
    r"^(?:(?:at\s+least|at\s+the\s+earliest|at\s+the\s+latest|on|in|at|by|until|till|til|from|since|before|after|during|around|about|as\s+early\s+as|"
    r"as\s+soon\s+as|no\s+later\s+than|not\s+before|not\s+until|sometime|some\s+time|some\s+time\s+in|"
    r"starting|beginning|ending|through|throughout|over|for|of|as\s+of|effective|due|scheduled\s+for|"
    r"expected|set\s+for|slated\s+for|towards?|toward\s+the\s+end\s+of|by\s+the\s+end\s+of|"
    r"at\s+the\s+end\s+of|at\s+the\s+start\s+of|at\s+the\s+beginning\s+of|in\s+the\s+middle\s+of|"
    r"either|possibly|probably|perhaps|as\s+late\s+as|as\s+recently\s+as|only|just|again)\s+)+"
)
_TIME = re.compile(
    r"""(?:(?:at|around|about|from|by|before|after|until)\s+)?
        (?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)(?:\s+(?:local\s+time|[a-z]{1,3}t|gmt|utc))?
          |(?P<hh>\d\d):(?P<mm>\d\d)(?:\s+(?:local\s+time|gmt|utc|hrs|hours|[a-z]{1,3}t))?
          |(?P<noon>noon|midday|midnight))""",
    re.VERBOSE,
)


def _normal(expression: str) -> str:
    text = expression.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"[\s,;]+$|^[\s,;]+", "", text)
    text = re.sub(r"[\"()]", " ", text)
    text = " ".join(text.split())
    return text.rstrip(".").strip()


def _resolve(text: str, ctx: _Ctx) -> str | None:
    for pattern, fn in _RULES:
        m = pattern.match(text)
        if m is not None:
            return fn(ctx, m)
    raise LookupError(text)


def timex(
    expression: str,
    anchor: dt.date | dt.datetime | None,
    *,
    tense: str | None = None,
) -> str | None:
    """The TIMEX3 value of `expression` read from `anchor` (the article's date), or None.

    Values: "2023-06-26", "2023-06", "2023", "2023-W26", "2023-SU", "2023-Q3",
    "2023-06-26T14:00", "PRESENT_REF", "PAST_REF", "FUTURE_REF". With no anchor, only
    expressions that carry their own date resolve. `tense` ("past" or "future") says which
    way a bare "Friday" or "June" points; without it, the last Friday and the article's year.
    """
    if not expression or len(expression) > 200:
        return None
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    ctx = _Ctx(anchor, tense if tense in ("past", "future") else None)
    text = _normal(expression)
    try:
        return _value(text, ctx)
    except LookupError:
        pass
    stripped = _LEAD.sub("", text)
    try:
        return _value(stripped, ctx) if stripped != text else _vague(text)
    except LookupError:
        return _vague(stripped)


def _value(text: str, ctx: _Ctx) -> str | None:
    """The value of a normalised expression; LookupError when no rule reads it."""
    words = _words()
    if text in words["none"]:
        return None
    if text in words["present"]:
        return PRESENT_REF
    if text in words["past"]:
        return PAST_REF
    if text in words["future"]:
        return FUTURE_REF
    time = _TIME.search(text)
    if time is None:
        return _resolve(text, ctx)
    if time["noon"]:
        clock = (0 if time["noon"] == "midnight" else 12, 0)
    elif time["hh"]:
        clock = (int(time["hh"]), int(time["mm"]))
    else:
        clock = (int(time["h"]) % 12 + (12 if time["ap"].startswith("p") else 0), int(time["mi"] or 0))
    if not (0 <= clock[0] < 24 and 0 <= clock[1] < 60):
        return None
    rest = " ".join((text[: time.start()] + " " + text[time.end():]).split())
    rest = re.sub(r"^(?:on|of|,)\s*|\s*(?:on|of|,)$", "", _LEAD.sub("", rest)).strip(" ,")
    rest = re.sub(r"\s+on\s+", " ", rest)
    if not rest:
        value = None if ctx.anchor is None else _day(ctx.anchor)
    else:
        value = _resolve(rest, ctx)
    if value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value
    return f"{value}T{clock[0]:02d}:{clock[1]:02d}"


def anchor_date(published: str | None) -> dt.date | None:
    """The day an article was published, from its ISO 8601 date or datetime; None if unreadable."""
    if not published:
        return None
    text = published.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def step_date(when: str | None, published: str | None) -> str | None:
    """The TIMEX3 value of a next step's `when`, read as the future from the publication day."""
    if not when:
        return None
    return timex(when, anchor_date(published), tense="future")


def dated_steps(steps: Iterable[NextStep], published: str | None) -> tuple[NextStep, ...]:
    """`steps` with `date` filled in from their `when` and the article's publication date."""
    return tuple(
        dataclasses.replace(s, date=step_date(s.when, published)) for s in steps
    )


_FUTURE_HINT = re.compile(r"\b(?:coming|upcoming|next|ahead|future|soon|later|to\s+come)\b")
_PAST_HINT = re.compile(r"\b(?:ago|recent|recently|past|previous|earlier|former|last)\b")


def _vague(text: str) -> str | None:
    """What is left: an expression no rule reads whole. Its direction words decide, if any."""
    if re.search(r"\d", text):
        return None
    if _FUTURE_HINT.search(text):
        return FUTURE_REF
    if _PAST_HINT.search(text):
        return PAST_REF
    return None





def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 value covers ("2023-W26": that Monday to Sunday);
    None for PRESENT_REF, PAST_REF, FUTURE_REF and anything unreadable."""
    if not value:
        return None
    try:
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if m:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        m = re.fullmatch(r"(\d{4})-(\d\d)", value)
        if m:
            year, month = int(m[1]), int(m[2])
            ny, nm = _add_months(year, month, 1)
            return dt.date(year, month, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            year, start = int(m[1]), int(_words()["season_months"][m[2]])
            ey, em = _add_months(year, start, 3)
            return dt.date(year, start, 1), dt.date(ey, em, 1) - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
        if m:
            year, months = int(m[1]), 3 if m[2] == "Q" else 6
            start = (int(m[3]) - 1) * months + 1
            ey, em = _add_months(year, start, months)
            return dt.date(year, start, 1), dt.date(ey, em, 1) - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})", value)
        if m:
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        m = re.fullmatch(r"(\d{3})", value)
        if m:
            return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None
__all__ = ["FUTURE_REF", "PAST_REF", "PRESENT_REF", "anchor_date", "dated_steps", "interval", "step_date", "timex"]
