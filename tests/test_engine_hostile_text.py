"""Text from a hostile page must not make the engine's work grow faster than the text.

The rules look at a sentence's words in pairs and at each quotation's neighbours, so two bounds keep
the work linear: no sentence is longer than `MAX_SENTENCE` characters, and the quotation lookups are
bisections. Timings live in `bench/hostile_text.py`; these tests check the bounds themselves.
"""

from __future__ import annotations

import random

from briefs.engine.doc import MAX_SENTENCE, Document
from briefs.engine.quotes import _Context


def test_a_text_with_no_sentence_end_is_cut_into_bounded_sentences_at_soft_breaks():
    text = ("The minister met the envoy, who spoke of trade; " * 200).rstrip()
    doc = Document(text)
    assert len(doc.sentences) > 1
    for sentence in doc.sentences:
        assert len(sentence.text) <= MAX_SENTENCE
        assert text[sentence.start : sentence.end] == sentence.text  # offsets still point into the text
    # cut after a ';' where there is one, so every piece is a whole clause run
    assert all(s.text.endswith(";") for s in doc.sentences[:-1])


def test_a_text_with_no_break_at_all_is_cut_at_the_limit():
    text = "x" * (3 * MAX_SENTENCE + 10)
    doc = Document(text)
    assert [len(s.text) for s in doc.sentences] == [MAX_SENTENCE] * 3 + [10]


def test_real_sentences_are_not_cut():
    sentence = "The talks, which lasted " + "many hours and " * 40 + "ended late, were cordial."
    assert len(sentence) < MAX_SENTENCE
    assert [s.text for s in Document(sentence).sentences] == [sentence]


def _scan_last_end(quoted, start, end):
    ends = [e for _s, e in quoted if start <= e <= end]
    return max(ends) if ends else None


def _scan_next_start(quoted, offset):
    return next((s for s, _e in quoted if s > offset), None)


def _scan_overlaps(quoted, start, end):
    return any(s < end and e > start for s, e in quoted)


def test_the_quotation_lookups_answer_as_a_scan_would():
    rng = random.Random(7)
    for _ in range(200):
        quoted, at = [], 0
        for _q in range(rng.randint(0, 12)):
            at += rng.randint(0, 30)
            length = rng.randint(1, 40)
            quoted.append((at, at + length))
            if rng.random() < 0.3:  # a quotation nested inside the one before
                inner = at + rng.randint(0, length - 1)
                quoted.append((inner, rng.randint(inner + 1, at + length)))
            at += rng.randint(0, length)
        quoted.sort()
        ctx = _Context(Document("x"), None, quoted)  # type: ignore[arg-type]
        for _probe in range(20):
            a = rng.randint(0, at + 40)
            b = a + rng.randint(0, 60)
            assert ctx.last_end_between(a, b) == _scan_last_end(quoted, a, b)
            assert ctx.next_start_after(a) == _scan_next_start(quoted, a)
            assert ctx.overlaps(a, b) == _scan_overlaps(quoted, a, b)


def _people_seconds(text: str) -> float:
    import time

    from briefs.engine.people import find_people

    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        find_people(Document(text))
        best = min(best, time.process_time() - start)
    return best


def test_titles_opening_sentences_cost_time_in_proportion_to_the_text():
    # Each "The minister said" looks back to the sentence before for its holder: looked up in every
    # mention of the text (or searched back through the text), eight times the text cost over 25.
    unit = "Tom Hale met Ann Lee. The minister said it was fine. "
    small, large = _people_seconds(unit * 1000), _people_seconds(unit * 8000)
    assert large / max(small, 1e-6) < 16  # about 8 when linear


def test_firms_named_after_partners_cost_time_in_proportion_to_the_text():
    # Whether anyone bears a partner's name as a surname was a regex scan of the whole text for
    # each possessive firm ("Ernst and Young's Sanjay Mehta"): eight times the text cost over 40.
    def text(count: int) -> str:
        return "".join(f"Holt and Ve{i:x}ra's Sanjay Mehta said it. " for i in range(count))

    small, large = _people_seconds(text(250)), _people_seconds(text(2000))
    assert large / max(small, 1e-6) < 16  # about 8 when linear


def _quotes_seconds(text: str) -> float:
    import time

    from briefs.engine import brief_article
    from briefs.model import Article

    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        brief_article(Article(text=text, source="hostile"))
        best = min(best, time.process_time() - start)
    return best


def test_a_paragraph_of_many_quotations_costs_time_in_proportion_to_it():
    # Each quotation's look back for the last speech verb listed every word back to the paragraph
    # before: one paragraph of a thousand short quotations cost its length squared.
    _quotes_seconds('"ok," the leader said. ' * 20)  # lexicons loaded outside the timing
    small, large = _quotes_seconds('"ok," the leader said. ' * 250), _quotes_seconds('"ok," the leader said. ' * 2000)
    assert large / max(small, 1e-6) < 16  # about 8 when linear


def test_the_backward_word_scan_gives_every_word_last_first():
    import random

    from briefs.engine.quotes import _WORDS, _words_backwards

    rng = random.Random(12)
    pieces = ["said", "Anne-Marie", "O'Neill", "won\u2019t", " ", "  ", "\n\n", ",", '"', "\u00e9t\u00e9", "x" * 700, "co\u00adop", "\U0001f600"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in reversed(list(_WORDS.finditer(text, start, end)))]
        assert [m.span() for m in _words_backwards(text, start, end, chunk=rng.choice([1, 7, 64, 512]))] == expected


def test_a_run_of_courtesy_titles_costs_time_in_proportion_to_it():
    # "If Mr. If Mr. ..." is one capitalised run (an abbreviation joins the next word): peeling its
    # last word asked each time whether any word before it was a given name, and every tail of the
    # run was joined to look it up as a country: 10,000 of them took seconds.
    _quotes_seconds("If Mr. " * 20)
    small, large = _quotes_seconds("If Mr. " * 1000), _quotes_seconds("If Mr. " * 8000)
    assert large / max(small, 1e-6) < 20  # about 8 when linear, 64 when quadratic


def test_many_people_sharing_given_names_cost_time_in_proportion_to_them():
    # Each kept name was compared with every name kept before it (and each full name with every
    # other person) to fold short forms into full ones.
    def text(count: int) -> str:
        names = ["Ve" + "".join("abcdefghij"[int(d)] for d in str(i)) + "son" for i in range(count)]
        return "".join(f"John {n} met Mary {n}. " for n in names)

    small, large = _people_seconds(text(100)), _people_seconds(text(800))
    assert large / max(small, 1e-6) < 20  # about 8 when linear, 64 when quadratic


def test_owned_hearings_and_trials_cost_time_in_proportion_to_a_long_word_of_capitals():
    # An owner's name was read from every capital of one endless word ("A-B-C-...") to its end.
    import time

    from briefs.engine.meetings import _OWNED_HEARING, _TRIAL_OF

    def seconds(pattern, text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            pattern.search(text)
            best = min(best, time.process_time() - start)
        return best

    for unit in ("A-", "Ab", "A.B.", "A'"):
        for pattern in (_OWNED_HEARING, _TRIAL_OF):
            small, large = seconds(pattern, unit * 2000), seconds(pattern, unit * 16000)
            assert large / max(small, 1e-6) < 20, (unit, pattern.pattern[:40])
