"""The lexicon registry: every word list a rule reads is a data file, and every data file is read."""

from __future__ import annotations

import re
from pathlib import Path

from briefs.engine.lexicons import load_list, load_tagged

ENGINE = Path(__file__).resolve().parents[1] / "briefs" / "engine"
LEXICONS = ENGINE / "lexicons"
# A loader called with a literal name: load_list("meeting_cues"), phrase_pattern("step_cues").
_LOADER_CALL = re.compile(
    r"\b(?:load_list|load_set|load_tagged|phrase_pattern|_certainties)\(\s*\"(?P<name>[a-z_]+)\""
)


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(ENGINE.glob("*.py")))


def test_every_lexicon_a_rule_asks_for_has_its_file() -> None:
    asked = {m.group("name") for m in _LOADER_CALL.finditer(_sources())}
    assert asked, "no loader call found: the pattern is out of date"
    missing = sorted(name for name in asked if not (LEXICONS / f"{name}.txt").is_file())
    assert missing == []


def test_every_lexicon_file_is_read_by_some_rule() -> None:
    sources = _sources()
    unused = sorted(
        path.stem for path in LEXICONS.glob("*.txt") if f'"{path.stem}"' not in sources
    )
    assert unused == []


def test_tagged_lexicons_read_tag_and_phrase() -> None:
    pairs = load_tagged("meeting_cues")
    assert ("verb", "met") in pairs and ("noun", "phone call") in pairs
    assert all(tag for tag, _phrase in pairs)
    # An untagged lexicon reads with an empty tag, the whole line its phrase.
    assert load_tagged("meeting_tones")[0] == ("", load_list("meeting_tones")[0])


# Composed from shared date and name parts; their parts are commented where they are defined.
_COMPOSED = {("clauses", "_PAST_WHEN"), ("clauses", "_FUTURE_WHEN"), ("clauses", "_FUTURE_WHEN_LOWER")}
_COMPOSED |= {("people", "_CANDIDATE")}


def test_every_long_engine_regex_is_verbose_with_its_parts_commented() -> None:
    import importlib

    long_plain = []
    for module_name in ("clauses", "doc", "issues", "meetings", "people", "quotes", "ranker", "steps", "summary"):
        module = importlib.import_module(f"briefs.engine.{module_name}")
        for name, value in vars(module).items():
            pattern = getattr(value, "pattern", None)
            pattern = value if isinstance(value, re.Pattern) else pattern
            if (
                isinstance(pattern, re.Pattern)
                and len(pattern.pattern) > 100
                and not pattern.flags & re.VERBOSE
                and (module_name, name) not in _COMPOSED
            ):
                long_plain.append(f"{module_name}.{name}")
    assert long_plain == []


def test_a_few_hours_is_still_a_duration_in_the_verbose_pattern() -> None:
    from briefs.engine.clauses import durations

    assert [d for *_, d in durations("They met for a few hours of talks.")] == ["a few hours"]


def test_the_page_furniture_reads_the_engines_given_names_with_the_one_reader() -> None:
    import subprocess
    import sys

    from briefs.sources.furniture import _given_names

    assert _given_names() == frozenset(load_list("given_names"))
    # and reading them does not load the engine (adding a page stays cheap)
    code = (
        "import sys\nfrom briefs.sources.furniture import _given_names\n_given_names()\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefs.engine')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
