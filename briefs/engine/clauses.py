"""Clause-level helpers shared by meetings, open issues and next steps.

A brief's item is a condensed line: the clause that carries the cue, not the
whole sentence. These functions cut sentences into clauses, find time
expressions and durations, and trim attributions, always by character offsets
into the document text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import ParamSpec, TypeVar

from .doc import Document, Sentence
from .lexicons import load_tagged

P = ParamSpec("P")
R = TypeVar("R")

MAX_ITEM_TOKENS = 40  # the scoring rules treat anything longer as a copied sentence
TARGET_TOKENS = 32  # leave room: condensed lines read better well under the cap

# Everything but the lower-case (then the upper-case) letters case_counts counts.
_NOT_LOWER = re.compile(r"[^a-z\u00df-\u00ff]+")
_NOT_UPPER = re.compile(r"[^A-Z\u00c0-\u00de]+")
_LATIN1_LETTER = re.compile("[\u00c0-\u00ff]")  # the letters case_counts counts beside ASCII's
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_ASCII_UPPER = _ASCII_LOWER.upper()
_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_NUMBER_WORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|forty-five|fifty|sixty|ninety|several|a few|few|many|\d+(?:[.,]\d+)?(?:-\d/\d|\s?\u00bd)?)"
)


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019-]*")


@lru_cache(maxsize=8)
def word_counts(text: str) -> Counter[str]:
    """How often each word (lower-cased, outer apostrophes stripped) occurs in a document's text.

    Open issues and next steps both rank by what the article repeats; counted once per text.
    """
    counts = Counter(_WORD.findall(lower(text)))  # the text lower-cased once for every matcher
    for word in [w for w in counts if w.endswith(("'", "\u2019"))]:
        # "members'" counts as "members" (a word starts with a letter: only its end can be a mark)
        counts[word.rstrip("'\u2019")] += counts.pop(word)
    return counts


@lru_cache(maxsize=4096)
def case_counts(text: str) -> tuple[int, int]:
    """(lower-case letters, upper-case letters): prose has many more of the first."""
    if text.isascii() or not _LATIN1_LETTER.search(text):
        # Only ASCII letters count: in UTF-8 every other character is bytes of 0x80 and above, so
        # the letters are the bytes a translation deletes (about four times faster than sub).
        data = text.encode("utf-8", "surrogatepass")
        return len(data) - len(data.translate(None, _ASCII_LOWER)), len(data) - len(data.translate(None, _ASCII_UPPER))
    # Deleting every other character and measuring what is left builds no list of matches.
    return len(_NOT_LOWER.sub("", text)), len(_NOT_UPPER.sub("", text))


@lru_cache(maxsize=1024)
def lower(text: str) -> str:
    """`text.lower()`, kept: every lexicon matcher and cue gate lower-cases the same clause."""
    return text.lower()


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """The word tokens of `text`; stages count the same clauses and lines again and again."""
    return tuple(_TOKEN.findall(text))


class Phrases:
    """A lexicon compiled for matching: `finditer`/`search` like a regex, case-insensitive.

    Matching runs on the lower-cased text with a case-sensitive pattern: Python's
    regex engine can skip ahead by literal prefixes only without IGNORECASE, which
    makes it about four times faster. Match offsets are those of the text (when
    lower-casing changes the length, as for "\u0130", the slow pattern is used).
    """

    def __init__(self, body: str, phrases: Iterable[str] = ()) -> None:
        self._fast = re.compile(r"(?<![\w-])" + body)
        self._slow = re.compile(r"(?<![\w-])" + body, re.IGNORECASE)
        self._source = body
        self.phrases = frozenset(p.lower() for p in phrases)  # as written in the lexicons

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        lowered = lower(text)
        return (self._fast, lowered) if len(lowered) == len(text) else (self._slow, text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern, target = self._target(text)
        return pattern.finditer(target)

    def search(self, text: str) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.search(target)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """`(start, end)` of every match `finditer` gives, found through the one shared scan of
        the text when this matcher's phrases are all in it (see `share_scan`)."""
        lowered = lower(text)
        shared = _shared_scan()
        if len(lowered) != len(text) or not self._in_shared(shared):
            return [(m.start(), m.end()) for m in self.finditer(text)]
        # finditer's matches, from the places where any shared phrase starts: each match is
        # the one this matcher gives at the first such place at or after the last match's end.
        body = self._body
        out: list[tuple[int, int]] = []
        end = 0
        for at in _shared_starts(lowered):
            if at >= end:
                match = body.match(lowered, at)
                if match:
                    end = match.end()
                    out.append((at, end))
        return out

    @cached_property
    def _body(self) -> re.Pattern[str]:
        """The phrases without the look-behind (which the shared scan has checked)."""
        return re.compile(self._source)

    def _in_shared(self, shared: _SharedScan) -> bool:
        covered = self._covered
        if covered is None or covered[0] is not shared:
            ok = bool(self.phrases) and self.phrases <= shared.phrases and not self._body.match("")
            self._covered = covered = (shared, ok)
        return covered[1]

    _covered: tuple[_SharedScan, bool] | None = None


# The lexicons (and phrases) whose whole-text matches several stages look for: one scan of the
# text finds where any of them starts, and each matcher's `spans` reads its own matches there.
_SHARED_NAMES: list[str] = []
_SHARED_EXTRA: list[str] = []


def share_scan(names: Iterable[str] = (), extra: Iterable[str] = ()) -> None:
    """Add lexicons `names` and phrases `extra` to the one shared whole-text scan."""
    _SHARED_NAMES.extend(n for n in names if n not in _SHARED_NAMES)
    _SHARED_EXTRA.extend(extra)


class _SharedScan:
    """Every place of a lower-cased text where a phrase of the shared lexicons starts."""

    def __init__(self, size: tuple[int, int], phrases: frozenset[str]) -> None:
        self.size = size  # how many lexicons and extra phrases it was built from
        self.phrases = phrases
        self.starts = re.compile(r"(?<![\w-])(?=" + _trie_of(sorted(phrases)) + ")")


_shared: list[_SharedScan] = []


def _shared_scan() -> _SharedScan:
    """The shared scan of the lexicons added so far (built again when one was added since)."""
    size = (len(_SHARED_NAMES), len(_SHARED_EXTRA))
    if not _shared or _shared[0].size != size:
        phrases = frozenset(
            [phrase.lower() for name in _SHARED_NAMES for _tag, phrase in load_tagged(name)]
            + [phrase.lower() for phrase in _SHARED_EXTRA]
        )
        _shared[:] = [_SharedScan(size, phrases)]
        _shared_starts.cache_clear()
    return _shared[0]


@lru_cache(maxsize=2)
def _shared_starts(lowered: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _shared_scan().starts.finditer(lowered))


@cache
def _compiled_phrases(name: str) -> Phrases:
    """The phrases of lexicon `name` as one matcher; a trailing `*` means any word ending.

    The phrases are folded into a character trie before compiling, so the regex
    follows the letters actually there instead of trying every phrase in turn.
    """
    phrases = [phrase for _tag, phrase in load_tagged(name)]
    return Phrases(_trie_of(phrases), phrases)


def _trie_of(phrases: Iterable[str]) -> str:
    trie: dict = {}
    for phrase in phrases:
        phrase = phrase.lower()
        stem = phrase.endswith("*")
        node = trie
        for char in phrase.rstrip("*"):
            node = node.setdefault(char, {})
        node["*" if stem else ""] = True
    return _trie_regex(trie)


@cache
def phrase_union(names: tuple[str, ...], extra: tuple[str, ...] = ()) -> Phrases:
    """One matcher for the phrases of several lexicons and of `extra` (phrases written as in a
    lexicon): a single scan of the text where a rule only needs to know which sentences hold any
    cue. One trie, so the scan costs about what one lexicon's does."""
    phrases = [phrase for name in names for _tag, phrase in load_tagged(name)] + list(extra)
    return Phrases(_trie_of(phrases), phrases)


@cache
def phrases_of(phrases: tuple[str, ...]) -> Phrases:
    """A matcher for a fixed list of phrases (as in a lexicon), folded into a trie."""
    return Phrases(_trie_of(phrases), phrases)


def _trie_regex(node: dict) -> str:
    branches = []
    for char, child in sorted((k, v) for k, v in node.items() if k not in {"", "*"}):
        branches.append((r"\s+" if char == " " else re.escape(char)) + _trie_regex(child))
    # Longer phrases first: the regex takes the first branch that matches.
    if "*" in node:
        branches.append(r"\w*")
    if "" in node:
        branches.append(r"\b")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def phrase_pattern(name: str) -> Phrases:
    """The compiled alternation of lexicon `name` (case-insensitive, whole words)."""
    return _compiled_phrases(name)


_REGEX_META = frozenset("\\[](){}.*+?^$|#")


@lru_cache(maxsize=2)
def ascii_view(text: str) -> bytes:
    """`text` as bytes, one per character, every non-ASCII character a "?": ASCII letters stand
    where they stand in `text`, so a word of ASCII letters is in the one where it is in the
    other; and searching bytes is several times faster than searching a text holding curly quotes."""
    return text.encode("ascii", "replace")


@cache
def _literal_prefix(pattern: re.Pattern[str]) -> str:
    """The letters every match of `pattern` opens with ("told" of "told\\s"; "" when it opens on
    a class, a group or anything else): a text without them holds no match. ASCII letters and
    digits only, so that `ascii_view` can be searched for them."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    source = pattern.pattern
    if _has_top_level_bar(source):
        return ""  # "told|said": either may open a match
    prefix = ""
    for i, char in enumerate(source):
        if char in _REGEX_META or not (char.isascii() and char.isalnum()):
            if char in "*+?{":  # the letter before is optional or repeated: not part of every match
                prefix = prefix[:-1]
            break
        prefix = source[: i + 1]
    return prefix


def _has_top_level_bar(source: str) -> bool:
    """Whether `source` is an alternation at its top level (a "|" outside groups and classes)."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1  # "[^...]": the negation is no member
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]...]", "[^]...]": a closing bracket first is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


def sentences_with(doc: Document, *matchers: Phrases | re.Pattern[str]) -> set[int]:
    """Indices of the sentences where any matcher matches: one pass over the whole text,
    so a rule can skip the sentences without a cue instead of cutting every one into clauses."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    found: set[int] = set()
    text = doc.text
    for matcher in matchers:
        if isinstance(matcher, Phrases):
            at_starts = [s for s, _e in matcher.spans(text)]
        elif prefix := _literal_prefix(matcher):
            at_starts = _literal_led_starts(matcher, prefix.encode(), text)
        else:
            at_starts = [m.start() for m in matcher.finditer(text)]
        for at in at_starts:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < sentences[i].end:
                found.add(i)
    return found


def _literal_led_starts(pattern: re.Pattern[str], prefix: bytes, text: str) -> list[int]:
    """Where `pattern.finditer(text)` finds its matches, when every match opens with `prefix`:
    the pattern is tried only where the prefix stands (found in `ascii_view`, the same offsets),
    each place at or after the last match's end, as finditer goes on from there."""
    view = ascii_view(text)
    out: list[int] = []
    end = 0
    at = view.find(prefix)
    while at >= 0:
        if at >= end:
            match = pattern.match(text, at)
            if match:
                out.append(at)
                end = match.end()
        at = view.find(prefix, at + 1)
    return out


# Clause boundaries: semicolons, dashes, and a comma before a coordinating or
# concessive conjunction. A bare comma is not a boundary: it also sits inside
# appositions and lists, which must stay with their clause.
_CLAUSE_BREAK = re.compile(
    r"""
    [;:,\s]                                # the character a break opens with: the engine skips to it
    (?:(?<=;)\s+                           # a semicolon
    |(?<=\s)[\u2014\u2013]\s|(?<=\s)--?\s  # a dash between spaces
    |(?<=:)\s+(?=[A-Z\"\u201c])            # a colon before a sentence or a quotation
    |(?<=,)\s+(?=(?:and|but|though|although|while|whereas|yet|as|because|so|after|before
              |including|despite)\b)       # a comma before a conjunction
    |(?<=\s)\s*(?=(?:but|though|although|whereas)\s))   # a concessive conjunction without a comma
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=4096)
def clauses(sentence: Sentence) -> tuple[Clause, ...]:
    """The sentence cut at clause boundaries; offsets are document offsets."""
    out: list[Clause] = []
    pos = 0
    text = sentence.text
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() > pos:
            out.append(_clause(sentence, pos, match.start()))
        pos = match.end()
    if pos < len(text):
        out.append(_clause(sentence, pos, len(text)))
    return tuple(c for c in out if c.text.strip())


def _clause(sentence: Sentence, start: int, end: int) -> Clause:
    return Clause(sentence.start + start, sentence.start + end, sentence.text[start:end])


_LEAD_CONNECTIVE = re.compile(
    r"""
    ^(?:and|but|though|although|while|whereas|yet|so|however|meanwhile|also|still|instead
      |in\ return|in\ addition|earlier|later|separately|including)\b,?\s*
    """,
    re.IGNORECASE | re.VERBOSE,
)
# ", the State Department said." / ", he said on Sunday." / ", according to X."
_TRAILING_ATTRIBUTION = re.compile(
    r"""
    [,\s]+
    (?:(?:[\w.'\u2019-]+\s+){1,7}                                          # "the State Department"
       (?:said|says|told\s+\w+|added|noted|reported|wrote|explained)       # "said"
       (?:\s+(?:on\s+)?\w+)?                                              # "on Sunday"
     |according\ to\s+[^,.;]{2,80})                                       # "according to X"
    \W*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
# ", adding Iran will pursue the case": a report cut after its speaker's verb; the report reads alone.
_LEAD_SAYING = re.compile(r"^(?:adding|saying|noting|stating|insisting)\s+(?:that\s+)?(?=\S)")
# "... and that a joint commission would study the river": a clause cut after its "that" reads
# without it; "that office stands vacant" keeps its determiner.
_LEAD_THAT = re.compile(r"^that\s+(?=(?:a|an|the|his|her|its|their|he|she|they|it|we|[A-Z]\w*)\s)")
# Each alternative of _TRAILING_ATTRIBUTION holds one of these, lower-cased.
_ATTRIBUTION_VERBS = ("said", "says", "told", "added", "noted", "reported", "wrote", "explained", "according")
# The only non-ASCII letters Python's IGNORECASE matches to ASCII letters (\u0130 and \u0131 to
# "i", \u017f to "s", the Kelvin sign to "k").
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_ATTRIBUTION_REACH = 200  # longer than any match of _TRAILING_ATTRIBUTION (7 words or 80 chars)
_OPEN_QUOTE_NO_CLOSE = re.compile(r"^[\"\u201c](?!.*[\"\u201d])")


def tidy(text: str) -> str:
    """A clause as an item line: connectives and attributions trimmed, one line, capitalised."""
    text = " ".join(text.split())
    # The attribution sits at the end: match in the tail only (the pattern ends at "$", and
    # tried from every offset of a long line it is the slowest step of an item).
    tail_at = max(0, len(text) - _ATTRIBUTION_REACH)
    tail = text[tail_at:]
    # Most lines hold no verb of saying: the pattern is tried only where the tail holds one, or
    # holds a letter IGNORECASE matches to an ASCII one ("\u017f" to "s": then always tried).
    low = tail.lower()
    attribution = (
        _TRAILING_ATTRIBUTION.search(text, tail_at)
        if any(verb in low for verb in _ATTRIBUTION_VERBS) or any(c in tail for c in _FOLDS_TO_ASCII)
        else None
    )
    if attribution:
        text = text[: attribution.start()]
    for _ in range(2):
        text = _LEAD_CONNECTIVE.sub("", text)
    text = _LEAD_SAYING.sub("", text)
    text = _LEAD_THAT.sub("", text)
    text = text.strip(" ,;:-\u2014\u2013")
    if text.count('"') + text.count("\u201c") + text.count("\u201d") == 1:
        # A clause cut out of a quotation keeps one orphan mark: drop it, wherever it is.
        text = re.sub(r'\s*["\u201c\u201d]\s*', " ", text).strip()
        text = re.sub(r"\s+([,.;:])", r"\1", text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


# Where a condensed line may start inside a long clause: after one of these words.
_LINE_START = re.compile(
    r"(?:,|;|\b(?:as|that|which|while|because|and|but|so|when|after|since|where))\s+", re.IGNORECASE
)


_RELATIVE = re.compile(r"(?:who|which|whose)\b", re.IGNORECASE)
_ANTECEDENT = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+(?P<np>(?:[\w'\u2019-]+\s+){1,4}?)$", re.IGNORECASE
)


def from_cue(text: str, cue_start: int, max_before: int = 10) -> str:
    """A long clause shortened to start where the cue's own statement starts.

    "Blinken's trip, which was postponed ..., is closely followed worldwide as
    further deterioration of ties could have ..." starts at "further deterioration".
    """
    best = None
    for match in _LINE_START.finditer(text, 0, cue_start):
        if len(tokens(text[match.end() : cue_start])) <= max_before:
            best = match.end()  # the last boundary before the cue: the cue's own clause
    if best is None:
        # No boundary near: the six words before the cue.
        starts = [m.start() for m in re.finditer(r"\S+", text[:cue_start])]
        best = starts[-6] if len(starts) >= 6 else 0
    if _RELATIVE.match(text, best):
        # "... an Israeli prime minister who has declared ...": keep the noun the clause is about.
        antecedent = _ANTECEDENT.search(text, max(0, best - 60), best)
        if antecedent:
            best = antecedent.start("np")
    return truncate_tokens(tidy(text[best:]))


def truncate_tokens(text: str, limit: int = TARGET_TOKENS) -> str:
    """At most `limit` word tokens, cut at a word end; adds an ellipsis when it cuts."""
    count = 0
    for match in _TOKEN.finditer(text):
        count += 1
        if count == limit:
            return text[: match.end()].rstrip(" ,;:") + "\u2026"
    return text


_LOST_SUBJECT = re.compile(
    r"and\s+(?:is|are|was|were|will|would|has|have|had|could|may|might)\s", re.IGNORECASE
)


def window(
    sentence: Sentence, parts: Sequence[Clause], index: int, budget: int = TARGET_TOKENS
) -> tuple[int, int]:
    """Document span of clause `index`, widened by neighbours while under `budget` tokens.

    Short clauses ("and agreed on working to increase passenger flights") borrow
    the clause before or after them so the line keeps its subject or object.
    """
    lo = hi = index
    size = len(tokens(parts[index].text))
    if lo > 0 and _LOST_SUBJECT.match(parts[index].text):
        # "..., and is planned till March 10": a second predicate; its subject is in the clause before.
        previous = len(tokens(parts[lo - 1].text))
        if size + previous <= budget:
            lo -= 1
            size += previous
    while size < 5:
        grew = False
        if hi + 1 < len(parts) and size + len(tokens(parts[hi + 1].text)) <= budget:
            hi += 1
            size += len(tokens(parts[hi].text))
            grew = True
        elif lo > 0 and size + len(tokens(parts[lo - 1].text)) <= budget:
            lo -= 1
            size += len(tokens(parts[lo].text))
            grew = True
        if not grew:
            break
    return parts[lo].start, parts[hi].end


# -- time ----------------------------------------------------------------------------------

_PAST_WHEN = re.compile(
    r"\b(?:(?:early|late)\s+(?:on\s+)?)?(?:(?:on|last|this|earlier)\s+)?"
    + _WEEKDAY
    + r"(?:'s)?(?:\s+(?:night|morning|evening))?"
    r"|\b(?:last|this|past|previous)\s+(?:few\s+)?(?:week|month|year|weekend|days)s?\b"
    r"|\b(?:on\s+)?" + _MONTH + r"\s+\d{1,2}\b(?:,?\s+\d{4})?"
    r"|\b(?:in\s+)?" + _MONTH + r"(?!\w)(?:\s+\d{4})?"  # not "May" in "Mayor"
    r"|\b(?:in\s+)?(?:19|20)\d\d\b"
    r"|\b" + _NUMBER_WORD + r"\s+(?:days|weeks|months|years)\s+ago\b"
    r"|\b(?:yesterday|today|tonight|earlier this (?:week|month|year)|over the weekend)\b"
    r"|\b(?:on\s+)?\d{1,2}\s+" + _MONTH + r"(?!\w)(?:\s+\d{4})?",
)
_FUTURE_WHEN = re.compile(
    r"\blater\s+(?:in|this)\s+(?:the\s+)?(?:year|month|week|day|decade)\b"
    r"|\blater\s+(?:on\s+)?"
    + _WEEKDAY
    + r"|\bin\s+(?:the\s+)?(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years|decade)\b"
    r"|\bover\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years|decade)\b"
    r"|\b(?:next|coming)\s+(?:week|month|year|decade|spring|summer|autumn|fall|winter|session)\b"
    r"|\bwithin\s+(?:the\s+next\s+)?(?:"
    + _NUMBER_WORD
    + r"\s+)?(?:working\s+|business\s+)?(?:hours?|days?|weeks?|months?|years?)\b(?!\s+of\b)"  # "within weeks",
    # "within ten working days", not "within hours of"
    r"|\bin\s+(?:a|two|three)\s+(?:fortnight|weeks?|months?)\b"
    r"|\bbefore\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?:year|month|election|summer|deadline)\b"
    r"|\bat\s+the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:season|year|month|week|term|decade)\b"
    r"|\bby\s+(?:19|20)\d\d\b|\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+|this\s+|next\s+)?(?:year|month|week)\b"
    r"|\bby\s+(?:the\s+)?year[- ]end\b"  # "by the end of the year", "by year end"
    r"|\b(?:by|before)\s+the\s+end\s+of\s+" + _MONTH + r"(?!\w)"  # "by the end of March"
    r"|\b(?:on|this|next|from|starting)\s+" + _WEEKDAY + r"|\b(?:on\s+)?" + _MONTH + r"\s+\d{1,2}\b"
    r"|\bin\s+(?:early|mid|late)[- ]"
    + _MONTH
    + r"|\bstarting\s+next\s+\w+|\bthis\s+(?:week|month|year)\b|\bsoon\b(?<!\btoo\ssoon)(?<!\bso\ssoon)|\btomorrow\b"
    r"|\bin\s+(?:the\s+)?future\b|\bno\s+date\s+(?:was|has\s+been|had\s+been)?\s*(?:announced|set)\b"
    r"|\buntil\s+further\s+notice\b"
    r"|\b(?:for|until)\s+the\s+rest\s+of\s+the\s+(?:day|week|month|year|season)\b"  # "for the rest of the week"
    # "on 14 February", "by Monday", "until at least Monday", "in January" (not "in January 2020")
    r"|\b(?:on\s+|by\s+)?\d{1,2}\s+" + _MONTH + r"(?!\w)(?!\s+\d)"
    r"|\b(?:by|until|till)\s+(?:at\s+least\s+)?(?:early\s+|late\s+)?(?:"
    + _WEEKDAY
    + r"|"
    + _MONTH
    + r"(?:\s+\d{1,2})?)"
    r"|\bin\s+" + _MONTH + r"(?!\w)(?!,?\s+\d)"
    r"|\b(?:through|over)\s+the\s+(?:coming\s+)?weekend\b"
    r"|\bas\s+(?:early|soon)\s+as\s+(?:" + _WEEKDAY + r"|next\s+\w+|" + _MONTH + r")",
    re.IGNORECASE,
)


# _PAST_WHEN's cheap test (the pattern is case-sensitive): every branch holds a day word (the
# weekdays, "today", "yesterday"), "week", "month", "year", "ago", "tonight", a month's first
# three letters or a year's first two digits. Most clauses asked about hold none.
_PAST_WHEN_WORDS = (
    "day", "week", "month", "year", "ago", "tonight", "19", "20", "Jan", "Feb", "Mar", "Apr", "May",
    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)


@lru_cache(maxsize=4096)
def past_when(text: str) -> tuple[re.Match[str], ...]:
    """Day words, dates and relative past times ("Monday", "last week", "March 3", "in 2011")."""
    for word in _PAST_WHEN_WORDS:  # a plain loop: no generator set up for a handful of words
        if word in text:
            return tuple(_PAST_WHEN.finditer(text))
    return ()


# The same pattern, lower-cased, run on lower-cased text: Python's regex engine is about four
# times faster without IGNORECASE (the pattern has no upper-case escapes to lose).
_FUTURE_WHEN_LOWER = re.compile(_FUTURE_WHEN.pattern.lower())


class Found:
    """A match found in the lower-cased text, read back from the original: `start`, `end`, `group`."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self, _group: int = 0) -> int:
        return self._start

    def end(self, _group: int = 0) -> int:
        return self._end

    def group(self, _group: int = 0) -> str:
        return self._text[self._start : self._end]


@lru_cache(maxsize=4096)
def future_when(text: str) -> tuple[re.Match[str] | Found, ...]:
    """Future or scheduled times ("later in the year", "in coming months", "next year", "on Friday")."""
    lowered = lower(text)
    if len(lowered) != len(text):
        return tuple(_FUTURE_WHEN.finditer(text))  # lower-casing moved offsets ("\u0130")
    for word in _FUTURE_WHEN_WORDS:  # a plain loop: no generator set up for a handful of words
        if word in lowered:
            return tuple(Found(text, m.start(), m.end()) for m in _FUTURE_WHEN_LOWER.finditer(lowered))
    return ()


# _FUTURE_WHEN_LOWER's cheap test: every branch holds one of these (a time unit or season, a
# day word, "next", "soon", a month's first three letters, a year's first two digits ...).
_FUTURE_WHEN_WORDS = (
    "day", "week", "month", "year", "decade", "spring", "summer", "autumn", "fall", "winter", "session",
    "hour", "fortnight", "election", "deadline", "season", "term", "19", "20", "next", "soon",
    "tomorrow", "future", "date", "notice", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
    "sep", "oct", "nov", "dec",
)


def clean_when(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:in|on)\s+(?=(?:the\s+)?(?:coming|next))", "", text)
    return (
        re.sub(r"^(?:on|in)\s+", "", text)
        if not re.match(r"^(?:in\s+(?:a|two|three)\s)", text)
        else text
    )


# -- durations -------------------------------------------------------------------------------

_DURATION = re.compile(
    r"""
    \b(?P<q>about|roughly|around|nearly|almost|approximately|some|more\ than|over|less\ than
      |under|at\ least|fewer\ than|just\ over|just\ under|well\ over)?\s*      # "more than"
    (?P<n>""" + _NUMBER_WORD.replace(" ", r"\ ") + r"""(?:\s+and\s+a\s+half)?)  # "three and a half"
    (?:[-\s](?P<unit>minute|hour|day|week|month|year)s?)\b(?P<adj>-long)?       # "-hour", " days"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DURATION_CONTEXT = re.compile(
    r"^\s*(?:of|long|-long|meeting|talks|session|call|visit|interview|discussion)", re.IGNORECASE
)
_APPROX = {"roughly": "about", "around": "about", "approximately": "about", "some": "about"}


def durations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised) durations: "roughly 30-minute meeting" gives "about 30 minutes".

    A length of time counts only where it measures something ("three hours of
    talks", "a 30-minute meeting", "for more than a year"), not an age ("93 year-old").
    """
    out = []
    for match in _DURATION.finditer(text):
        number, unit = match.group("n"), match.group("unit")
        after = text[match.end() :]
        before = text[max(0, match.start() - 12) : match.start()]
        if re.match(r"\s*-?\s*old\b", after, re.IGNORECASE) or re.search(r"\bages?\s*$", before):
            continue
        hyphenated = text[match.start("n") : match.end()].find("-" + unit) >= 0
        if not (
            hyphenated
            or _DURATION_CONTEXT.match(after)
            or re.search(r"\b(?:for|during|lasting|after)\s*$", before)
        ):
            continue
        qualifier = (match.group("q") or "").lower()
        qualifier = _APPROX.get(qualifier, qualifier)
        plural = "" if number.lower() in {"a", "an", "one", "1"} else "s"
        value = f"{qualifier + ' ' if qualifier else ''}{number} {unit.lower()}{plural}"
        out.append((match.start(), match.end(), " ".join(value.split())))
    return out


def any_phrase(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def first(items: Iterable[str]) -> str | None:
    for item in items:
        return item
    return None


_PER_TEXT: list[Callable[[], None]] = []  # the cache_clear of every per_text cache


def per_text(function: Callable[P, R]) -> Callable[P, R]:
    """`function` (a pure function of its arguments) cached until `clear_caches`, like the
    caches of this module: stages ask the same clause the same question again and again."""
    cached = lru_cache(maxsize=4096)(function)
    _PER_TEXT.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def clear_caches() -> None:
    """Forget cached clauses and dates (benchmarks use it so repeated runs stay honest)."""
    for cache_clear in _PER_TEXT:
        cache_clear()
    clauses.cache_clear()
    lower.cache_clear()
    tokens.cache_clear()
    word_counts.cache_clear()
    case_counts.cache_clear()
    past_when.cache_clear()
    future_when.cache_clear()
    _quoted_ranges.cache_clear()
    _shared_starts.cache_clear()
    ascii_view.cache_clear()


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


@lru_cache(maxsize=1024)
def _quoted_ranges(paragraph: str) -> tuple[tuple[int, int], ...]:
    """The stretches of a paragraph inside quote marks (offsets into the paragraph); a quote
    opened and never closed runs to the paragraph's end."""
    if '"' not in paragraph and "\u201c" not in paragraph and "\u201d" not in paragraph:
        return ()
    ranges: list[tuple[int, int]] = []
    inside, open_at = False, 0
    for mark in _QUOTE_MARK.finditer(paragraph):
        char = mark.group(0)
        opening = char == "\u201c" or (char == '"' and not inside)
        if opening and not inside:
            inside, open_at = True, mark.end()
        elif not opening and inside:
            ranges.append((open_at, mark.start()))
            inside = False
    if inside:
        ranges.append((open_at, len(paragraph)))
    return tuple(ranges)


def quoted_share(doc: Document, start: int, end: int) -> float:
    """The share of `[start, end)` that lies inside quote marks of its paragraph: 1.0 for a
    line of someone's own words ("We have run out of other options."), 0.0 for reporting.

    A paragraph that opens a quote and never closes it continues a quotation to its end.
    """
    paragraph = doc.paragraph_at(start)
    if paragraph is None or end <= start:
        return 0.0
    base = paragraph.start
    covered = sum(
        max(0, min(end, base + b) - max(start, base + a))
        for a, b in _quoted_ranges(doc.text[paragraph.start : paragraph.end])
    )
    return covered / (end - start)
