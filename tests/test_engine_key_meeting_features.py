"""The key meeting's candidates and their order (meetings._candidates, _Order), and the features
bench/train_keymeet.py gives each candidate (bench/keymeet_features.py, loaded by path)."""

from __future__ import annotations

from engine_support import analysed, load_bench

from briefs.engine import meetings


def _features_module():
    return load_bench("keymeet_features")


# Invented: the story's talks in the lede, a meeting of last year told later in the story.
STORY = (
    "Foreign Minister Anna Berg held talks with Prime Minister Tomas Novak in Prague on Tuesday.\n\n"
    "The two discussed energy prices and a new rail link, officials said.\n\n"
    "Berg last met President Karl Weiss in 2019, when the two signed a trade pact.\n\n"
    "Novak told reporters the talks had been useful."
)


def _names(draft) -> set[str]:
    return {meetings._name(p).split()[-1] for p in draft.participants}


def test_the_candidates_are_the_meetings_of_two_parties_in_text_order() -> None:
    doc, people = analysed(STORY)
    drafts, order = meetings._candidates(doc, people, "Berg and Novak hold talks in Prague")
    assert [_names(d) for d in drafts] == [{"Berg", "Novak"}, {"Berg", "Weiss"}]
    assert order.lede == 0 and order.lead_limit == 2


def test_the_key_meeting_is_the_candidate_of_the_highest_weight() -> None:
    doc, people = analysed(STORY)
    drafts, order = meetings._candidates(doc, people, "")
    best = max(drafts, key=order.weight)
    found = meetings.find_meetings(doc, people)
    assert {p.name.split()[-1] for p in found[0].participants} == _names(best) == {"Berg", "Novak"}
    recent, _headline, lede, lead, *_rest = order.weight(best)
    assert recent and lede and lead


def test_the_features_name_the_rules_order_and_the_candidates_shape() -> None:
    features = _features_module().features
    doc, people = analysed(STORY)
    drafts, order = meetings._candidates(doc, people, "Berg and Novak hold talks in Prague")
    lede_talks, background = (features(order, d, drafts) for d in drafts)
    for name in ("r:recent", "r:headline", "r:lede", "r:lead", "top:rules", "top:earliest", "pos:0", "has:place"):
        assert name in lede_talks
    assert "parts:2" in lede_talks and "persons:2+" in lede_talks
    assert "r:recent" not in background and "top:rules" not in background
    assert "when:distant" in background and "pos:2" in background
    assert len(set(lede_talks)) == len(lede_talks)  # binary: each name once


def test_buckets_name_ranges_and_an_open_top() -> None:
    bucket = _features_module()._bucket
    assert [bucket(v, (0, 1, 2, 3, 4, 8)) for v in (0, 1, 3, 4, 7, 8, 40)] == ["0", "1", "3", "4-7", "4-7", "8+", "8+"]
    assert [bucket(v, (2, 3, 4)) for v in (2, 3, 9)] == ["2", "3", "4+"]
