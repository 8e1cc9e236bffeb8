"""The features of a candidate key meeting, for bench/train_keymeet.py (bench only).

Binary, by name: the rules' own order components (`meetings._Order.weight`: a recent
meeting, the headline's, the lede's, the lead's, one on the lede's day, named parties), evidence and mention
buckets and whether they are the article's most, the position from the lede, the cue's
first word, the meeting's kind (sitting, background, call), how many parties, persons and
groups, whether it has a place, a day, a duration, a tone, a distant past day, and whether
its first sentence is mostly quoted. Kept apart from the script so that tests load it by
path without putting bench/ on sys.path.
"""

from __future__ import annotations

from typing import Any

from briefs.engine import meetings
from briefs.engine.clauses import quoted_share


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """ "0", "1", ... up to the last edge, then "<edge>+"."""
    for low, high in zip(edges, edges[1:], strict=False):
        if low <= value < high:
            return str(low) if high == low + 1 else f"{low}-{high - 1}"
    return f"{edges[-1]}+"


def features(order: Any, draft: Any, drafts: list[Any]) -> list[str]:
    """The binary features of one candidate meeting among the article's `drafts`."""
    doc = order.doc
    recent, headline, lede, lead, lede_day, evidence, named, salience, _neg_first = order.weight(draft)
    out = [f"r:{name}" for name, on in (
        ("recent", recent), ("headline", headline), ("lede", lede), ("lead", lead), ("lede_day", lede_day),
        ("named", named),
    ) if on]
    out.append(f"ev:{_bucket(evidence, (1, 2, 3))}")
    out.append(f"sal:{_bucket(salience, (0, 3, 6, 11))}")
    out.append(f"pos:{_bucket(max(0, draft.first_sentence - order.lede), (0, 1, 2, 3, 4, 8))}")
    weights = [order.weight(d) for d in drafts]
    mine = order.weight(draft)
    if evidence == max(w[5] for w in weights):
        out.append("top:evidence")
    if salience == max(w[7] for w in weights):
        out.append("top:salience")
    if draft.first_sentence == min(d.first_sentence for d in drafts):
        out.append("top:earliest")
    if mine == max(weights):
        out.append("top:rules")
    out.append(f"cue:{draft.cue.split()[0].lower() if draft.cue.split() else '-'}")
    if draft.sitting:
        out.append("kind:sitting")
    if draft.background:
        out.append("kind:background")
    if meetings._CALL_CUE.search(draft.cue):
        out.append("kind:call")
    persons = sum(1 for p in draft.participants if meetings._is_person(p))
    groups = sum(1 for p in draft.participants if isinstance(p, str))
    out.append(f"parts:{_bucket(len(draft.participants), (2, 3, 4))}")
    out.append(f"persons:{_bucket(persons, (0, 1, 2))}")
    if groups:
        out.append("has:group")
    out += [f"has:{name}" for name in ("place", "when", "duration") if getattr(draft, name)]
    if draft.tones:
        out.append("has:tone")
    if draft.when and meetings._DISTANT_PAST.search(draft.when):
        out.append("when:distant")
    start, end = draft.spans[0]
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is not None and quoted_share(doc, sentence.start, sentence.end) >= 0.5:
        out.append("quote:mostly")
    return out
