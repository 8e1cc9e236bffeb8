"""Open issues, round 10: a blind batch on the false-line class that recurs across the three
families of gold articles (dev and fixtures, Wikinews, other outlets): a past event told as
background, dated by a month and a year, a clock time or "years ago", whose only cue is an event
word (a crash, a raid, a fire). Written before the engine was run on them, in the styles of a
wire, a UK broadsheet, Wikinews, a business page, a court report and a US regional paper; the
open issues beside them mention a past date too, and must stay.

First pass (the engine of 2ab3f6e): 4 of 8 background sentences rejected, 4 of 6 open issues found.
A rule for the class (a clause whose only cue is an event word, in a sentence dated "in <Month>
<year>" or "years ago" with nothing still open, dropped) passed the batch but cost matched lines
on the families it was not written on (Wikinews -1, outlets -2, one false line fewer): left out,
so the gaps stay strict xfails."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, open_issues_in

_DATED_GAP = (
    "gap: a dated past event with an event cue is still taken; the rule that dropped it (round 10) "
    "cost matched lines on Wikinews and the outlets, so it was left out"
)

# Past events told as background: a reader would not list them as open.
DATED_BACKGROUND = (
    "In May 2015, a cargo rocket exploded two minutes after lift-off over the Atlantic.",
    pytest.param(
        "At 3:15 a.m. on a Sunday in March 2009, officers raided the farmhouse and seized a dozen rifles.",
        marks=pytest.mark.xfail(strict=True, reason=_DATED_GAP),
    ),
    pytest.param(
        "The plant suffered a similar fire in October 2011 that injured four workers.",
        marks=pytest.mark.xfail(strict=True, reason=_DATED_GAP),
    ),
    "Twelve years ago, a landslide buried part of the village and killed 31 people.",
    pytest.param(
        "In January 2008 the club was relegated after a season of heavy losses.",
        marks=pytest.mark.xfail(strict=True, reason=_DATED_GAP),
    ),
    "The firm's shares crashed in August 2015, wiping a third off its value in a week.",
    "Two decades ago, the region was hit by a drought that destroyed most of its harvest.",
    pytest.param(
        "The same ferry ran aground in February 2012 off the coast of Kerala, injuring 14 passengers.",
        marks=pytest.mark.xfail(strict=True, reason=_DATED_GAP),
    ),
)

# (sentence, a word the issue's line or topic must hold): open issues that mention a past date.
DATED_OPEN_ISSUES = (
    ("The inquiry, opened in March 2018, has still not explained why the alarm failed.", "alarm"),
    pytest.param(
        "Residents who lost homes in the August 2017 floods say they are still waiting for compensation.",
        "compensation",
        marks=pytest.mark.xfail(strict=True, reason="gap: 'still waiting for' is no cue"),
    ),
    ("Investigators have yet to determine what caused the blast at 2:40 a.m. on Tuesday.", "blast"),
    ("The dispute over the contract signed in June 2014 remains unresolved and could go to arbitration.", "dispute"),
    pytest.param(
        "Twenty years ago the government promised a new hospital for the town, but no site has been chosen.",
        "hospital",
        marks=pytest.mark.xfail(strict=True, reason="gap: a promise not kept ('no site has been chosen') is no cue"),
    ),
    ("The bank faces a lawsuit over losses its clients suffered in the crash of October 2008.", "lawsuit"),
)


@pytest.mark.parametrize("sentence", DATED_BACKGROUND)
def test_a_dated_past_event_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.parametrize(("sentence", "term"), DATED_OPEN_ISSUES)
def test_an_open_issue_that_mentions_a_past_date_is_found(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


# A second blind batch (written before the engine was run on it; first pass 4 of 8, after the rule
# below 5 of 8): an issue told in a later clause
# of a sentence short enough to read whole, after its subject. A line cut from inside the sentence
# on no subject ("admitted that it had no estimate ...", "raising fresh doubts over ...") does not
# read alone; the line must name who or what the issue is about, as the sentence does. The rule
# kept (issues._opens_on_no_subject): such a chosen line reads as its whole sentence.
# (sentence, the subject word the issue's line or topic must hold)
SUBJECT_KEPT = (
    ("The ministry confirmed the outbreak on Tuesday and admitted that it had no estimate of how "
     "many farms were affected.", "ministry"),
    ("Opposition MPs questioned the chancellor's figures on Wednesday and accused him of hiding the "
     "true cost of the scheme.", "MPs"),
    ("Shares in Halvorsen fell sharply after the lender reported a surge in bad loans and declined "
     "to rule out a rights issue.", "Halvorsen"),
    ("The defendant appeared by video link and complained that his lawyers had still not seen the "
     "evidence against him.", "defendant"),
    pytest.param(
        "The striker trained alone on Friday, raising fresh doubts over whether he will be fit for "
        "Sunday's derby.",
        "striker",
        marks=pytest.mark.xfail(strict=True, reason="gap: an open question keeps its 'Unclear: whether he ...' "
                                "line, its pronoun not resolved to the subject"),
    ),
    pytest.param(
        "Senators from both parties met the nominee privately but remained unconvinced that she had "
        "enough experience in foreign policy.",
        "Senators",
        marks=pytest.mark.xfail(strict=True, reason="gap: 'remained unconvinced' is no cue"),
    ),
    pytest.param(
        "Local authorities moved 300 residents out overnight, but admitted they did not know when the "
        "families could return home.",
        "authorities",
        marks=pytest.mark.xfail(strict=True, reason="gap: an open question reads 'Unknown: when the "
                                "families could return home.', without who does not know"),
    ),
    ("Rescue teams reached the village on Sunday but were unable to say how many people remained "
     "trapped under the rubble.", "Rescue"),
)


@pytest.mark.parametrize(("sentence", "subject"), SUBJECT_KEPT)
def test_an_issue_in_a_later_clause_keeps_its_subject(sentence: str, subject: str) -> None:
    assert_issue_holds(sentence, subject)


def test_a_fragment_line_shown_whole_keeps_the_sentence_as_its_evidence() -> None:
    text = (
        "Rescue teams reached the village on Sunday but were unable to say how many people remained "
        "trapped under the rubble."
    )
    (issue,) = open_issues_in(text)
    assert issue.text == text
    assert issue.span == (0, len(text))


def test_a_line_cut_on_its_own_subject_stays_cut() -> None:
    # "..., and the cause of the disaster remains unknown": the cut opens on its subject and reads alone.
    text = "The ferry capsized off the coast of Crete late on Saturday, and the cause of the disaster remains unknown."
    issues = open_issues_in(text)
    assert [i.text for i in issues] == ["The cause of the disaster remains unknown."], issues


def test_a_fragment_line_stays_cut_when_its_sentence_gave_another_chosen_line() -> None:
    """Review of round 10: widened to its sentence, the fragment would say the sibling line again."""
    from briefs.engine import brief_article
    from briefs.model import Article

    text = (
        "Lawmakers returned to parliament on Wednesday after the court's ruling.\n\n"
        "The former leader Anna Berg has accused the premier of misleading the council, and argued that "
        "the suspension of the assembly was unlawful and could not stand.\n\n"
        "The premier said he disagreed with the ruling but would respect it. Officials said the assembly "
        "would sit again on Thursday.\n"
    )
    lines = [i.text for i in brief_article(Article(text=text, source="x.txt")).open_issues]
    assert "The former leader Anna Berg has accused the premier of misleading the council" in lines
    repeats = [(a, b) for a in lines for b in lines if a != b and a.rstrip(".") in b]
    assert not repeats, lines
