"""The brief's summary against human-written reference summaries, beside the article's first two
sentences (lead-2), scored with ROUGE F-measure (Google's `rouge-score`, the field's standard).

    .venv/bin/python bench/summary_rouge.py [--dir DIR] [--show] [--json]

DIR holds one folder per dataset (or is itself one dataset), each with `<n>.txt` (the article,
paragraphs separated by blank lines) and `<n>.ref.txt` (the reference summary, one sentence a
line). Default: bench/sets/sumref/ when its pairs are there (third-party texts, not committed:
that folder's README and SOURCES.tsv say where they come from), else the small in-repo sample
tests/fixtures/sumref/.

Per pair:
  engine  the summary the reader shows: `shown_brief(brief_article(Article(text))).summary`
  lead-2  the article's first two sentences as the engine's own splitter
          (`briefs.engine.Document(text).sentences`) cuts them, joined by a space, nothing
          removed (no dateline or byline stripping: the plain lead baseline)
each scored against the reference with ROUGE-1, ROUGE-2 and ROUGE-L F-measure (rouge-score's
default tokenizer, Porter stemming on, as in the summarisation literature). An empty engine
summary scores 0.

Prints per dataset and over all pairs: the means (x100) for engine and lead-2, the ratio
engine/lead-2 on ROUGE-1, how often the engine's ROUGE-1 is below lead-2's (and how often the
two summaries are the same text), and the mean length in words of each. A measurement: exit
status 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from briefs import Article, brief_article, shown_brief  # noqa: E402
from briefs.engine import Document  # noqa: E402

RESTORED = REPO / "bench" / "sets" / "sumref"
FIXTURE = REPO / "tests" / "fixtures" / "sumref"
METRICS = ("rouge1", "rouge2", "rougeL")


def default_dir() -> Path:
    return RESTORED if any(RESTORED.glob("*/*.ref.txt")) else FIXTURE


def lead_sentences(text: str, n: int = 2) -> str:
    """The article's first `n` sentences, as the engine's sentence splitter cuts them."""
    return " ".join(s.text for s in Document(text).sentences[:n])


def engine_summary(text: str) -> str:
    """The summary the reader shows for an article of this text."""
    return shown_brief(brief_article(Article(text=text, source="sumref"))).summary


def _scorer():  # rouge-score is a bench-only dependency (the `bench` extra)
    try:
        from rouge_score import rouge_scorer
    except ImportError:  # pragma: no cover - told, not raised
        sys.exit("bench/summary_rouge.py needs rouge-score: .venv/bin/pip install -e '.[bench]'")
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def rouge_f(scorer, reference: str, candidate: str) -> dict[str, float]:
    """ROUGE F-measure (0..1) of `candidate` against `reference` for each metric."""
    if not candidate.strip():
        return {m: 0.0 for m in METRICS}
    scores = scorer.score(reference, candidate)
    return {m: scores[m].fmeasure for m in METRICS}


@dataclass
class Pair:
    dataset: str
    name: str
    engine: str
    lead2: str
    reference: str
    engine_f: dict[str, float] = field(default_factory=dict)
    lead2_f: dict[str, float] = field(default_factory=dict)


def datasets(folder: Path) -> list[tuple[str, Path]]:
    """(dataset name, folder) for each subfolder holding pairs, or the folder itself."""
    subs = [(d.name, d) for d in sorted(folder.iterdir()) if d.is_dir() and any(d.glob("*.ref.txt"))]
    if subs:
        return subs
    return [(folder.name, folder)] if any(folder.glob("*.ref.txt")) else []


def score_dir(folder: Path) -> list[Pair]:
    scorer = _scorer()
    pairs = []
    for name, sub in datasets(folder):
        for ref_path in sorted(sub.glob("*.ref.txt")):
            stem = ref_path.name[: -len(".ref.txt")]
            article_path = sub / f"{stem}.txt"
            if not article_path.is_file():
                continue
            text = article_path.read_text(encoding="utf-8")
            reference = ref_path.read_text(encoding="utf-8").strip()
            pair = Pair(name, stem, engine_summary(text), lead_sentences(text), reference)
            pair.engine_f = rouge_f(scorer, reference, pair.engine)
            pair.lead2_f = rouge_f(scorer, reference, pair.lead2)
            pairs.append(pair)
    return pairs


def totals(pairs: list[Pair]) -> dict[str, object]:
    n = len(pairs)
    if not n:
        return {"pairs": 0}
    out: dict[str, object] = {"pairs": n}
    for m in METRICS:
        out[f"engine_{m}"] = round(100 * sum(p.engine_f[m] for p in pairs) / n, 2)
        out[f"lead2_{m}"] = round(100 * sum(p.lead2_f[m] for p in pairs) / n, 2)
    lead = out["lead2_rouge1"]
    out["ratio_rouge1"] = round(out["engine_rouge1"] / lead, 3) if lead else None
    out["engine_below_lead2"] = sum(p.engine_f["rouge1"] < p.lead2_f["rouge1"] - 1e-12 for p in pairs)
    out["engine_above_lead2"] = sum(p.engine_f["rouge1"] > p.lead2_f["rouge1"] + 1e-12 for p in pairs)
    out["same_text"] = sum(p.engine.split() == p.lead2.split() for p in pairs)
    out["engine_words"] = round(sum(len(p.engine.split()) for p in pairs) / n, 1)
    out["lead2_words"] = round(sum(len(p.lead2.split()) for p in pairs) / n, 1)
    return out


def report(pairs: list[Pair], show: bool) -> str:
    lines = []
    if show:
        lines.append(f"{'pair':<14} {'eng R1':>6} {'lead R1':>7}  engine summary | lead-2")
        for p in pairs:
            lines.append(f"{p.dataset + '/' + p.name:<14} {100 * p.engine_f['rouge1']:6.1f} "
                         f"{100 * p.lead2_f['rouge1']:7.1f}  {p.engine[:90]} | {p.lead2[:60]}")
        lines.append("")
    header = (f"{'set':<8} {'pairs':>5}  {'R1 eng':>6} {'R1 lead2':>8} {'ratio':>6}  {'R2 eng':>6} "
              f"{'R2 lead2':>8}  {'RL eng':>6} {'RL lead2':>8}  {'eng<lead2':>9} {'eng>lead2':>9} "
              f"{'same':>4}  {'words eng/lead2':>15}")
    lines.append(header)
    groups = sorted({p.dataset for p in pairs})
    rows = [(g, [p for p in pairs if p.dataset == g]) for g in groups]
    if len(groups) > 1:
        rows.append(("all", pairs))
    for name, group in rows:
        t = totals(group)
        ratio = f"{t['ratio_rouge1']:.3f}" if t["ratio_rouge1"] is not None else "-"
        lines.append(
            f"{name:<8} {t['pairs']:>5}  {t['engine_rouge1']:6.2f} {t['lead2_rouge1']:8.2f} {ratio:>6}  "
            f"{t['engine_rouge2']:6.2f} {t['lead2_rouge2']:8.2f}  {t['engine_rougeL']:6.2f} "
            f"{t['lead2_rougeL']:8.2f}  {t['engine_below_lead2']:>9} {t['engine_above_lead2']:>9} "
            f"{t['same_text']:>4}  {t['engine_words']:>7}/{t['lead2_words']:<7}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=None,
                        help=f"pairs folder (default {RESTORED.relative_to(REPO)} if its pairs are there, else {FIXTURE.relative_to(REPO)})")
    parser.add_argument("--show", action="store_true", help="one row per pair before the totals")
    parser.add_argument("--json", action="store_true", help="totals per dataset as JSON")
    args = parser.parse_args(argv)
    folder = args.dir if args.dir is not None else default_dir()
    if not folder.is_dir():
        parser.error(f"--dir {folder}: not a folder")
    pairs = score_dir(folder)
    if not pairs:
        parser.error(f"{folder}: no <n>.txt / <n>.ref.txt pairs")
    if args.json:
        groups = sorted({p.dataset for p in pairs})
        out = {g: totals([p for p in pairs if p.dataset == g]) for g in groups}
        out["all"] = totals(pairs)
        print(json.dumps(out, indent=2))
    else:
        print(f"# {folder}")
        print(report(pairs, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
