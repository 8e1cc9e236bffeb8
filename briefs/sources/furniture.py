"""Page furniture removal: what sits around an article body but is not the article.

Works on blocks (paragraphs) from a web page or a text file, with patterns
from the data file `furniture.txt` and a few structural rules (link-dense
blocks, bracketed inserts, bios and non-sentences at the very end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..wordlists import read_word_list

# Bios and credits are only trusted as furniture near the end of the body.
_BIO_WINDOW = 4
_BIO_MAX_WORDS = 45
# A block whose text is mostly link text is navigation, not prose.
_LINK_DENSE = 0.6
# Trailing lines shorter than this that do not end like a sentence are credits or tags.
_SHORT_TAIL_WORDS = 12
# Lines above the first paragraph shorter than this, not ending like a sentence, are page chrome.
_HEAD_LABEL_WORDS = 6
_SENTENCE_END = re.compile(r"""[.!?]['"\u201d\u2019)\]]*$|[:;]$""")
_BRACKETED = re.compile(r"^\[[^\[\]]*\]$|^\[[^\]]{0,200}$|^\([^()]{0,200}\)$")
_BYLINE = re.compile(r"^by\s+[A-Z][^.!?]{1,80}$", re.IGNORECASE)
# A short paragraph made only of furniture sentences ("This article originally appeared at X.
# Copyright 2014. Follow X on Twitter.") is furniture; a longer one is story.
_COMPOSITE_MAX_WORDS = 40
_SENTENCE_SPLIT = re.compile(r"""(?<=[.!?])['"\u201d\u2019)]*\s+(?=["'\u201c\u2018(]?[A-Z#@*\u00a9])""")
# A question to the reader ("Are you caught in the storm?") goes with the prompt that follows it.
_READER_QUESTION = re.compile(r"^(are|were|have|did|do) you\b[^.!?]{0,150}\?$", re.IGNORECASE)
# A photo credit glued to the front of its caption: "Jane Roe/Getty Images Crowds march ...";
# one or more of them, each a name of capitalised words (not "Prices rose/AP ...") and an agency.
_CREDIT_PREFIX = re.compile(
    r"^(?:(?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+){0,3}\s*/\s*"
    r"(?:getty images|afp|ap|reuters|epa|shutterstock|bloomberg)(?: via getty images)?\s+)+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


# A wire service's story code left in the text ("[L2N1AB23C]", "[nL1N2XY0AB]", "[ID:nN1234567]"):
# capitals and digits (both), no spaces, in square brackets.
_WIRE_CODE = re.compile(r"\s*\[(?:ID:)?n?(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,14}\](?=\s|$|[.,;])")
# Where a paragraph's sentences meet: a full stop, ! or ? (closing quotes kept with it), space, then a
# capital; group 1 is the space between them.
_SENTENCE_GAP = re.compile(r"""[.!?]['"\u201d\u2019)]*(\s+)(?=["'\u201c\u2018(]?[A-Z#@*\u00a9])""")
# The text of a link glued into a paragraph with its full stop outside it ("Officials explain the
# new rules ." or "Floods: what we know ."): a short sentence that ends in a space and a full stop
# (not an ellipsis, ". . ."; not a sentence telling what someone said, a story's sentence with a
# stray space: "Crews said the work was finished .").
_LINK_SENTENCE = re.compile(r"""^(?!.*["\u201c\u201d])[^.!?]{3,120}[\w)'\u2019]\s\.$""")
_STORY_VERB = re.compile(r"\b(said|told|asked|added|according to)\b", re.IGNORECASE)
_LINK_SENTENCE_WORDS = 15
# A full stop after a space, and one after a word: a text that writes most of its full stops
# after a space is tokenized ("Nobody was hurt . Three tugs attended ."), and its short
# sentences are story, not link lines.
_SPACED_STOP = re.compile(r"(?<=[\w)'\u2019])\s\.(?=\s|$)")
_CLOSED_STOP = re.compile(r"(?<=[\w)'\u2019\"\u201d])\.(?=\s|$)")
# A section heading written as a question ("Why did the minister resign?"): a paragraph of its own,
# short, opening with a question word, with no quotation marks; story follows it.
_QUESTION_HEADING = re.compile(
    r"""^(?:who|what|why|how|when|where|which|is|are|was|were|will|would|can|could|does|do|did|"""
    r"""should|has|have)\b[^"\u201c\u201d.!?:;]{2,100}\?$""",
    re.IGNORECASE,
)
_QUESTION_HEADING_WORDS = 12
# An answer in the first person: the question above it is an interviewer's, not a heading.
_FIRST_PERSON_ANSWER = re.compile(r"^[\"'\u201c\u2018]?(?:I|I['\u2019](?:m|ve|d|ll)|We|We['\u2019](?:re|ve|d|ll)|My|Our|Yes|No|Well)\b")


# A photographer's name on a line of its own ("Jane Roe" under a picture): a given name the
# engine's lexicon knows and one or two capitalised words, nothing else. A name line whose surname
# the paragraph before or after it also names is a label of the story (a round-up's "Jane Roe",
# then "Roe, the mayor, said ..."), and stays.
_NAME_WORD = r"(?-i:[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*)"
_NAME_LINE = re.compile(rf"^{_NAME_WORD}(?:\s(?:(?-i:[A-Z]\.)|{_NAME_WORD}))?\s{_NAME_WORD}$")
_GIVEN_NAMES_FILE = ("engine", "lexicons", "given_names.txt")
# A paragraph that goes on about a person without naming them: the name line above it is its label
# ("Maria Lopez" over "A former nurse, she has run ...", "He is a teacher ...", "The 52-year-old ...").
_ABOUT_THE_LABEL = re.compile(r"^(?:(?:She|He)\b|[^.!?,]{2,60},\s(?:she|he)\b|The\s\d{1,3}-year-old\b)")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The engine's lexicon of given names, read as a data file (adding a page must not load the engine)."""
    return frozenset(read_word_list("briefs", *_GIVEN_NAMES_FILE))


@dataclass(frozen=True)
class Block:
    """One paragraph of a body, with what its markup said about it."""

    text: str
    link_ratio: float = 0.0  # share of the text that is link text
    emphasised: bool = False  # the whole block is italic/emphasised
    has_link: bool = False
    heading: bool = False


@dataclass(frozen=True)
class _Patterns:
    drop: tuple[re.Pattern[str], ...]  # [drop] and [chart_source]
    tail: tuple[re.Pattern[str], ...]
    bio: tuple[re.Pattern[str], ...]
    chart_source: tuple[re.Pattern[str], ...]
    chart: tuple[re.Pattern[str], ...]
    sentence: tuple[re.Pattern[str], ...]  # one furniture sentence, cut from its paragraph


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    raw = resources.files(__package__).joinpath("furniture.txt").read_text(encoding="utf-8")
    sections: dict[str, list[re.Pattern[str]]] = {
        "drop": [], "tail": [], "bio": [], "chart_source": [], "chart": [], "sentence": [],
    }
    current = "drop"
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and line[1:-1] in sections:
            current = line[1:-1]
            continue
        sections[current].append(re.compile(line, re.IGNORECASE))
    return _Patterns(
        drop=tuple(sections["drop"] + sections["chart_source"]), tail=tuple(sections["tail"]),
        bio=tuple(sections["bio"]), chart_source=tuple(sections["chart_source"]),
        chart=tuple(sections["chart"]), sentence=tuple(sections["sentence"]),
    )


def _matches(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _is_insert(block: Block) -> bool:
    """Editorial inserts and promos: bracketed lines, link-dense or emphasised link blocks."""
    text = block.text
    if _BRACKETED.match(text):
        return True
    if block.link_ratio >= _LINK_DENSE:
        return True
    # A wholly italic paragraph carrying a link is a promo or a "read more" line.
    return block.emphasised and block.has_link and len(text.split()) < 60


def _is_composite_furniture(text: str, drop: tuple[re.Pattern[str], ...]) -> bool:
    """Every sentence of a short paragraph is furniture (and at least two of them are)."""
    if len(text.split()) > _COMPOSITE_MAX_WORDS:
        return False
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    if len(sentences) < 2:
        return False
    furniture = [_matches(drop, s) for s in sentences]
    if not any(furniture):
        return False
    return all(f or _READER_QUESTION.match(s) for f, s in zip(furniture, sentences, strict=True))


# A live page's update stamp before the paragraph it introduces ("Update at 4:20 p.m. ET: The
# vote passed ..."): the stamp goes, the paragraph stays.
_UPDATE_STAMP = re.compile(
    r"^(?:update|updated)\s+(?:at\s+)?\d{1,2}(?::\d{2}\s*(?:[ap]\.m\.|[ap]m)?|\s*(?:[ap]\.m\.|[ap]m))(?:\s*(?-i:[A-Z]{2,4})\b)?"
    r"\s*[:.\u2013\u2014-]?\s+(?=\S)",
    re.IGNORECASE,
)
_SENTENCE_CLOSE = re.compile(r"""[.!?]['"\u201d\u2019)]*$""")


def strip_credit(text: str) -> str:
    """The paragraph without a photo credit glued to its front (the caption stays)."""
    return _CREDIT_PREFIX.sub("", text.strip(), count=1)


def _spaces_its_full_stops(texts: list[str]) -> bool:
    """Whether the body writes most of its full stops after a space (tokenized text)."""
    spaced = sum(len(_SPACED_STOP.findall(t)) for t in texts if " ." in t)
    return spaced > 0 and spaced > sum(len(_CLOSED_STOP.findall(t)) for t in texts)


# Furniture glued into a paragraph of story, cut wherever it stands: a wire's pointer to its graphic
# in brackets ("(For a graphic on ferry traffic, click reut.rs/2abc)") and a link marker after a
# name ("Hurricane Ida (search) moved north").
_INLINE_POINTER = re.compile(
    r"""\s?\((?i:for\s(?:a|an|the|more)\b)[^()]{0,160}\b(?i:click|tap|see|visit)\b[^()]{0,100}\)"""
    r"""|\s\((?i:search)\)(?=[\s.,;:'"\u2019\u201d)]|$)"""
)
# A gallery's counter before its caption ("1 of 4. Divers search the harbour ..."): the counter goes.
_GALLERY_COUNTER = re.compile(r"^\d{1,2} of \d{1,3}\.\s+(?=[A-Z])")

# A credit at the end of a paragraph of story, after its last sentence: a photo's credit after the
# caption ("... on Tuesday. REUTERS/Jane Roe", "... in Rome. (Jane Roe/AFP/Getty Images)", "... in
# 2006 Credit: Jane Roe/ AFP"), or a prompt to follow the outlet ("... said. Follow Example News:").
_TRAILING_CREDIT = re.compile(
    r"""
    (?:(?<=[.!?'"\u2019\u201d)])|(?<=[a-z0-9]\s))\s*
    (?:
        (?-i:REUTERS|AFP|AP|EPA|XINHUA|ANP|UPI)/(?-i:[A-Z])[\w.'-]+(?:\s(?-i:[A-Z])[\w.'-]+){0,3}
            (?:/(?:file(?:\sphoto)?|pool|handout))*\.?          # REUTERS/Jane Roe/File Photo
      | (?P<bracketed>[(\[](?-i:[A-Z])[\w.'-]+(?:\s(?-i:[A-Z])[\w.'-]+){0,3}\s?/\s?
            (?-i:[A-Z])[\w.&'-]+(?:[\s/](?-i:[A-Z])[\w.&'-]+){0,4}[)\]]\.?)  # (Jane Roe/AFP/Getty Images)
      | credit:?\s(?-i:[A-Z])[\w.' -]{1,40}/\s?(?-i:[A-Z])[\w.&' -]{1,40}(?:,?\svia\s[\w.&' -]{2,30})?  # Credit: Jane Roe/ AFP
      | (?P<follow>follow\s(?-i:[A-Z])[\w.&' -]{1,40}:)      # Follow Example News:
    )\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_REACH = 200
# A sentence crediting reporters: a list of names (and outlets) that "contributed" or "reported
# from" somewhere, with no other word of its own ("Example News' John Doe in Leeds contributed to
# this report." "Roe reported from Rome, and Sam Poe from Paris.").
_CREDIT_VERB = re.compile(r"\b(?:contributed|reported from|wrote from)\b")
_CREDIT_WORDS = frozenset(
    "a an and also additional at by contributed contributing for from in of on reported reporting "
    "report article story the this to while with wrote writer writers reporter reporters "
    "correspondent correspondents photographer freelancer producer".split()
)
# What is left before a cut credit stays when it ends like a statement (a question before a credit
# is a linked headline: "Who was the pilot? Jane Roe contributed to this report." goes whole).
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")
_ENDS_LIKE_STATEMENT = re.compile(r"""[.!]['"\u201d\u2019)]*$""")


def _credit_sentence(sentence: str) -> bool:
    """A sentence that only credits reporters (every lower-case word is a word of credits)."""
    if not _CREDIT_VERB.search(sentence):
        return False
    words = re.findall(r"[A-Za-z\u2019']+", sentence)
    return all(w[0].isupper() or w.lower() in _CREDIT_WORDS for w in words)


def _is_caption(text: str) -> bool:
    """One sentence with no one speaking in it: what stands under a photo."""
    return _SENTENCE_GAP.search(text) is None and not _STORY_VERB.search(text) and "\u201c" not in text \
        and '"' not in text


def _strip_trailing_credit(text: str) -> str:
    """The paragraph without a credit after its last sentence, when sentences of story come first."""
    stripped = text
    if "/" in text or "follow" in text.lower() or "credit" in text.lower():
        # (a credit is short: only the paragraph's end is searched)
        credit = _TRAILING_CREDIT.search(text, max(0, len(text) - _CREDIT_REACH))
        if credit and credit.start() > 0:
            stripped = text[: credit.start()].rstrip()
            # (a name and an outlet in brackets, "(Labour/Green).", closes a sentence of story, and
            # "follow" a name and a colon ends one, "the steps to follow Monday's vote:", unless a
            # sentence ends before them)
            if (credit.group("bracketed") or credit.group("follow")) and not _ENDS_LIKE_STATEMENT.search(stripped):
                return text
            # A photo's caption (one sentence, nobody speaking: "Divers inspect the pier on May 2.")
            # goes with its credit: left in, it reads as the story's lead and its own next step.
            if not credit.group("follow") and _is_caption(stripped):
                return ""
    if " contributed" in stripped or " reported from " in stripped or " wrote from " in stripped:
        # (not after an initial: "Tony G. Gabriel contributed" is one sentence)
        gaps = [g for g in _SENTENCE_GAP.finditer(stripped) if not _INITIAL.search(stripped, max(0, g.start(1) - 3), g.start(1))]
        end = len(stripped)
        # (the last sentences, one by one, while they are credits)
        while gaps and _credit_sentence(stripped[gaps[-1].end(1):end]):
            end = gaps.pop().start(1)
        if end < len(stripped) and _ENDS_LIKE_STATEMENT.search(stripped, 0, end):
            stripped = stripped[:end]
    return stripped or text


def _strip_inline(text: str, sentence_patterns: tuple[re.Pattern[str], ...], *, link_lines: bool = True) -> str:
    """The paragraph without the furniture glued into it: a photo credit at its front or after its
    last sentence, wire story codes and pointers, and whole sentences that are furniture (a link's
    text, a pointer to another post)."""
    text = _strip_trailing_credit(strip_credit(text))
    if "(" in text:
        text = _INLINE_POINTER.sub("", text)
    if text[:1].isdigit():
        text = _GALLERY_COUNTER.sub("", text, count=1)
    if text[:6].lower().startswith("update"):
        stamped = _UPDATE_STAMP.sub("", text, count=1)
        # (the stamp over a heading of a few words, "Update at 3 p.m. ET. Toll rises:", goes whole)
        if stamped != text and not _SENTENCE_CLOSE.search(stamped) and len(stamped.split()) < _SHORT_TAIL_WORDS:
            return ""
        text = stamped
    if "[" in text:
        text = _WIRE_CODE.sub("", text).strip()
    if not text:
        return text
    starts = _sentence_starts(sentence_patterns)
    if (not link_lines or " ." not in text) and (starts is None or not starts.search(text)):
        return text
    sentences = _sentences(text)
    # (a sentence inside a quotation is the speaker's: "The pier is closed. We will update our
    # page when we know more. Ferries are cancelled," the operator said. So is one inside single
    # quotation marks: 'The pier is closed. We will update ...', the note said.)
    kept = [
        sentence for sentence, quoted in sentences
        if quoted or not _furniture_sentence(sentence, sentence_patterns, link_lines=link_lines)
    ]
    if len(kept) == len(sentences):
        return text
    return " ".join(kept)


def _sentences(text: str) -> list[tuple[str, bool]]:
    """Each sentence of a paragraph (stripped), and whether a quotation opened before it is still
    open there."""
    spans: list[tuple[int, int]] = []  # each sentence's start and end in `text`
    start = 0
    for gap in _SENTENCE_GAP.finditer(text):
        spans.append((start, gap.start(1)))
        start = gap.end(1)
    spans.append((start, len(text)))
    quoted = _inside_quotation(text, [a for a, _ in spans])
    return [(text[a:b].strip(), q) for (a, b), q in zip(spans, quoted, strict=True)]


# The marks that open and close a quotation. Double marks are counted (straight ones by their
# parity). A single mark opens a quotation at the start of a word (\u2018The, 'The before a capital)
# and closes one after the quotation's own punctuation or before punctuation (,\u2019  .\u2019  \u2019,);
# an apostrophe inside or after a word ("don\u2019t", "the workers\u2019 union", "\u201990s") is neither.
_QUOTE_MARK = re.compile(
    r"""
    (?P<straight>")
    | (?P<open>\u201c)
    | (?P<close>\u201d)
    | (?P<single_open>(?<![^\s(\[:\u2013\u2014"\u201c])(?:\u2018|'(?=[A-Z])))
    | (?P<single_close>(?<=[.,!?;\u2026])[\u2019']|(?<=\S)[\u2019'](?=[,.;:!?)\]]|$))
    """,
    re.VERBOSE,
)


def _inside_quotation(text: str, starts: list[int]) -> list[bool]:
    """For each position in `starts` (ascending), whether a quotation opened before it is still open."""
    marks = _QUOTE_MARK.finditer(text)
    mark = next(marks, None)
    straight = opening = closing = 0
    single = False
    inside: list[bool] = []
    for start in starts:
        while mark is not None and mark.start() < start:
            kind = mark.lastgroup
            if kind == "straight":
                straight += 1
            elif kind == "open":
                opening += 1
            elif kind == "close":
                closing += 1
            else:
                single = kind == "single_open"
            mark = next(marks, None)
        inside.append(straight % 2 == 1 or opening > closing or single)
    return inside


@lru_cache(maxsize=4)
def _sentence_starts(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The [sentence] patterns found anywhere (a sentence's start inside a paragraph), in one
    pattern: a quick test of whether a paragraph needs splitting at all."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern.removeprefix('^').removesuffix('$')})" for p in patterns),
                      re.IGNORECASE)


def _furniture_sentence(sentence: str, patterns: tuple[re.Pattern[str], ...], *, link_lines: bool) -> bool:
    if link_lines and _LINK_SENTENCE.match(sentence) and len(sentence.split()) <= _LINK_SENTENCE_WORDS:
        return not sentence.endswith(". .") and not _STORY_VERB.search(sentence)
    return _matches(patterns, sentence)


def _is_name_credit(blocks: list[Block], index: int) -> bool:
    """A photographer's credit: a bare name between paragraphs that do not name that person nor
    go on about them."""
    text = blocks[index].text.strip()
    if index == 0 or index + 1 >= len(blocks) or not _NAME_LINE.match(text):
        return False
    words = text.split()
    if words[0] not in _given_names():
        return False
    surname = words[-1].lower()
    if _ABOUT_THE_LABEL.match(blocks[index + 1].text.strip()):
        return False
    return not any(surname in blocks[i].text.lower() for i in (index - 1, index + 1))


def _is_question_heading(blocks: list[Block], index: int) -> bool:
    """A short question standing alone between paragraphs of story, the story following it (an
    explainer's section heading: "Why did the minister resign?"); not an interviewer's question,
    answered in the first person."""
    text = blocks[index].text.strip()
    if index == 0 or index + 1 >= len(blocks) or len(text.split()) > _QUESTION_HEADING_WORDS:
        return False
    if not _QUESTION_HEADING.match(text):
        return False
    # (a run of questions is the writer asking them, not headings)
    before, following = blocks[index - 1].text.strip(), blocks[index + 1].text.strip()
    if before.endswith("?") or following.endswith("?"):
        return False
    return len(following.split()) >= _QUESTION_HEADING_WORDS and not _FIRST_PERSON_ANSWER.match(following)


def drop_furniture(
    blocks: list[Block], *, title: str = "", byline: str | None = None
) -> list[str]:
    """The text of the blocks that are article, in order."""
    return [text for _, text in _kept_blocks(blocks, title=title, byline=byline)]


def _kept_blocks(
    blocks: list[Block], *, title: str = "", byline: str | None = None
) -> list[tuple[int, str]]:
    """(index in `blocks`, text without its credit) of the blocks that are article, in order."""
    pats = _patterns()
    title_key = _key(title)
    byline_key = _key(byline or "")
    repeated = _repeated_labels(blocks)
    link_lines = not _spaces_its_full_stops([b.text for b in blocks])
    texts = [_strip_inline(b.text, pats.sentence, link_lines=link_lines) for b in blocks]
    # (a source line glued to a footnote in one paragraph counts: sentence by sentence; only a
    # paragraph that says "source" is split)
    charted = any(
        _matches(pats.chart_source, s.strip())
        for text in texts
        if "source" in text.lower()
        for s in _SENTENCE_SPLIT.split(text)
    )
    kept: list[Block] = []
    where: dict[int, int] = {}  # id of a kept block -> its index in `blocks`
    for index, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        if not text:
            continue
        if text != block.text:
            block = replace(block, text=text)
        key = _key(text)
        if key in repeated:
            continue
        if not kept and title_key and key == title_key:
            continue  # the headline repeated at the top of the body
        if byline_key and (key == byline_key or key == "by " + byline_key):
            continue
        if _BYLINE.match(text) and len(kept) < 3:
            continue
        if _is_insert(block) or _is_composite_furniture(text, pats.drop):
            continue
        if _matches(pats.drop, text):
            text = _story_around(text, pats.drop)
            if not text:
                continue
            block = replace(block, text=text)
        if charted and _matches(pats.chart, text):
            continue
        kept.append(block)
        where[id(block)] = index

    kept = [b for i, b in enumerate(kept) if not (_is_question_heading(kept, i) or _is_name_credit(kept, i))]
    kept = _cut_head(kept)
    kept = _cut_tail(kept, pats)
    return [(where[id(b)], b.text.strip()) for b in kept]


# A paragraph of story this long, with a [drop] pattern inside it, is not furniture: a whole article
# kept in one paragraph (a dataset or a feed with no paragraph breaks) with its copyright line or a
# photo credit glued in. Only what the pattern finds goes: a bracketed credit, else its sentence.
_LONG_BLOCK_WORDS = 50
_LONG_BLOCK_SENTENCES = 3
_BRACKETED_PART = re.compile(r"\s*\([^()]{1,80}\)")


def _story_around(text: str, drop: tuple[re.Pattern[str], ...]) -> str:
    """The sentences of a long paragraph that are not furniture ("" when it is furniture: short,
    or little story left once the furniture is out)."""
    if len(text.split()) < _LONG_BLOCK_WORDS:
        return ""
    sentences = _sentences(text)
    if len(sentences) < _LONG_BLOCK_SENTENCES:
        return ""
    kept: list[str] = []
    for sentence, quoted in sentences:
        if quoted or not _matches(drop, sentence):
            kept.append(sentence)
            continue
        # (a credit in brackets glued to the next sentence: "(AFP via Getty Images) Councillors said")
        unbracketed = _BRACKETED_PART.sub(
            lambda m: "" if _matches(drop, m.group(0).strip()[1:-1]) else m.group(0), sentence
        ).strip()
        if unbracketed != sentence and unbracketed and not _matches(drop, unbracketed):
            kept.append(unbracketed)
    story = " ".join(kept)
    if len(kept) < _LONG_BLOCK_SENTENCES - 1 or len(story.split()) < _LONG_BLOCK_WORDS // 2:
        return ""
    return story


def _cut_head(blocks: list[Block]) -> list[Block]:
    """Menu items, kickers and labels above the first paragraph: a few words, not a sentence."""
    start = 0
    while start < len(blocks) - 1:
        text = blocks[start].text.strip()
        if len(text.split()) >= _HEAD_LABEL_WORDS or _SENTENCE_END.search(text):
            break
        start += 1
    return blocks[start:]


def _repeated_labels(blocks: list[Block]) -> set[str]:
    """Short non-sentence lines that occur more than once: chart titles, widget labels."""
    seen: dict[str, int] = {}
    for block in blocks:
        text = block.text.strip()
        if text and len(text.split()) < _SHORT_TAIL_WORDS and not _SENTENCE_END.search(text):
            key = _key(text)
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def _cut_tail(blocks: list[Block], pats: _Patterns) -> list[Block]:
    half = len(blocks) // 2
    for index in range(max(1, half), len(blocks)):
        if _matches(pats.tail, blocks[index].text.strip()):
            blocks = blocks[:index]
            break
    # Bios, credits and stray labels at the very end; never the article's only paragraph.
    while len(blocks) > 1:
        last = blocks[-1].text.strip()
        if _is_bio(last, pats):
            blocks = blocks[:-1]
            continue
        if len(last.split()) < _SHORT_TAIL_WORDS and not _SENTENCE_END.search(last):
            blocks = blocks[:-1]
            continue
        break
    # A bio can also sit just above a last credit line that survived; look a few back.
    if len(blocks) <= 1:
        return blocks
    window = blocks[-_BIO_WINDOW:]
    start = len(blocks) - len(window)
    return [b for i, b in enumerate(blocks) if i < start or not _is_bio(b.text.strip(), pats)]


def _is_bio(text: str, pats: _Patterns) -> bool:
    # Bios and credits are short; a long closing paragraph that happens to match is story.
    return len(text.split()) <= _BIO_MAX_WORDS and _matches(pats.bio, text)


def _key(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .")


# Markup typed into a plain-text file: a tag (`<b>`, `</script>`, `<!--`) or a closing
# square-bracket tag (`[/bold]`, `[/]`, `[/link]`).
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|<!--|\[/[^\[\]]{0,40}\]")


def clean_paragraphs(paragraphs: list[str], *, title: str = "", markup_is_text: bool = False) -> list[str]:
    """`drop_furniture` for plain text, where each paragraph is one block.

    `markup_is_text` (a .txt file): a paragraph holding markup (`<b>note</b>`, `[bold]x[/bold]`)
    is the writer's words, kept as written wherever it stands; the furniture rules (short labels
    at the head and tail, bracketed inserts) are for the other paragraphs. A web page's markup
    was read as markup before its blocks come here, and a Markdown file's is Markdown.
    """
    if not markup_is_text or not any(_MARKUP.search(p) for p in paragraphs):
        return drop_furniture([Block(p) for p in paragraphs], title=title)
    # The furniture pass sees only the plain paragraphs and says which of them it keeps (by index,
    # so that a paragraph whose credit was cut, or two equal paragraphs, stay in their places).
    plain = [i for i, p in enumerate(paragraphs) if not _MARKUP.search(p)]
    kept = {plain[i]: text for i, text in _kept_blocks([Block(paragraphs[i]) for i in plain], title=title)}
    shown: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index in kept:
            shown.append(kept[index])
        elif _MARKUP.search(paragraph) and paragraph.strip():
            shown.append(paragraph.strip())
    return shown
