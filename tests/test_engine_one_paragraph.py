"""An article given as one paragraph (an RSS description, a row of a news data set, pasted text)
reads as the same article with its paragraphs.

The quote rules use paragraph bounds (a speaker in the same paragraph, a quotation running on into
the next paragraph, a pronoun resolved to the paragraph before), so a long block with no break is
given inferred paragraph bounds: at sentence ends outside an open quotation. The text and every
offset stay as they were. Every story here is invented; each is written twice, with its paragraphs
and joined into one, and the speakers must come out the same.
"""

from __future__ import annotations

import time

import pytest
from quote_probe_support import assert_quotations

from briefs.engine.doc import Document
from briefs.engine.people import find_people
from briefs.engine.quotes import find_quotes

PIER = [
    "Harbour town votes to close its ferry pier",
    "PORTLEVEN -- The council of Portleven voted on Monday to close the old ferry pier after engineers found cracks in its pilings.",
    "The decision, taken by seven votes to four, ends a service that has run since 1952.",
    'Mayor Ingrid Salvesen said the pier had become a danger to the public. "We cannot ask families to walk on a structure that may not hold," she said.',
    "Ferry operator Tomas Brekke said he would appeal.",
    '"This is a rushed decision. Nobody asked the people who use the boat every day."',
    "Engineers say the pilings could give way within a year.",
    "Brekke added that about 300 passengers a day would have to drive around the bay instead.",
    'Councillor Anya Moss, who voted against the closure, said repairs would cost less than a new pier. "The engineers gave us two options and we picked the expensive one," Moss said.',
    "She said she would ask the regional government for money.",
    'The pier will close on March 1. "It is a sad day for the town," the mayor said.',
]
PIER_SPEAKERS = [
    ("We cannot ask families to walk on a structure", "salvesen"),
    ("This is a rushed decision. Nobody asked the people", "brekke"),
    ("The engineers gave us two options", "moss"),
    ("It is a sad day for the town", "salvesen"),
]

PLANT = [
    "Chip maker delays new plant as demand cools",
    "BRANTFORD -- Velora Semiconductors said on Thursday it would delay its new factory in Brantford by a year.",
    "The company had planned to start production in 2027.",
    "Chief executive Marcus Oyelaran said orders from carmakers had fallen sharply since the spring.",
    "\u201cWe still believe in this plant,\u201d he said in a statement. \u201cBut we will build it when customers need the chips.\u201d",
    "Analyst Priya Nair of Hallett Research said the delay was expected.",
    "\u201cThey were building for a market that did not arrive,\u201d she said.",
    "Local union leader Dan Kowalczyk said workers were told of the delay at a meeting on Wednesday.",
    "\u201cPeople had already moved here for these jobs,\u201d he added.",
    "The province had promised 400 million dollars in support.",
    "A spokeswoman for the province said the money would stay on offer.",
    "Oyelaran said the company would review the timetable in six months.",
    "\u201cNothing is cancelled,\u201d he said.",
]
PLANT_SPEAKERS = [
    ("We still believe in this plant", "oyelaran"),
    ("But we will build it when customers need the chips", "oyelaran"),
    ("They were building for a market that did not arrive", "nair"),
    ("People had already moved here for these jobs", "kowalczyk"),
    ("Nothing is cancelled", "oyelaran"),
]

# A quotation left open at its paragraph's end runs on in the next paragraph.
FLOOD = [
    "Flood defences to be raised after record river levels",
    "The Environment Agency will raise flood walls along the River Tamsin after water came within inches of the top last week.",
    'Engineer Ruth Adebayo, who leads the project, told reporters: "The walls were built for a storm that comes once a century. We have now had two in ten years.',
    '"So we are raising them by half a metre, and we are starting in the spring."',
    "The last major flood in the town was in 1998.",
    "Residents of Lower Marsh welcomed the plan.",
    "Shopkeeper Colin Hart said his store had flooded three times.",
    '"I have stopped counting the insurance forms."',
    "Officials say the new walls should also lower insurance costs.",
    "The work is expected to cost 12 million pounds.",
    "Adebayo said the town would be protected by the end of next year.",
    'She added that the agency would hold a public meeting in March. "Everyone will have a say," she said.',
]
FLOOD_SPEAKERS = [
    ("The walls were built for a storm that comes once a century", "adebayo"),
    ("So we are raising them by half a metre", "adebayo"),
    ("I have stopped counting the insurance forms", "hart"),
    ("Everyone will have a say", "adebayo"),
]

# An attribution given a sentence of its own after a quotation that ends on a question mark.
BUSES = [
    "City to run night buses on four routes",
    "The city will run buses through the night on four routes from next month, the transport board said on Friday.",
    "The trial will last six months and cost about two million dollars.",
    "Board member Rosa Delgado said shift workers had asked for the service for years.",
    '"How is a nurse supposed to get home at three in the morning?" Delgado asked.',
    "Drivers' union chief Owen Pike said his members would need new safety screens.",
    '"We support the plan. But nobody should drive alone at night without protection," Pike said.',
    "The board said screens would be fitted on every night bus by the start of the trial.",
    "Fares will be the same as in the day.",
    "Riders can buy tickets on the bus or through the city's app.",
    "A review of the trial is due in the autumn.",
    'Delgado said the routes were chosen by where hospitals and factories are. "We went where the night shifts are," she said.',
]
BUSES_SPEAKERS = [
    ("How is a nurse supposed to get home at three in the morning", "delgado"),
    ("We support the plan. But nobody should drive alone at night", "pike"),
    ("We went where the night shifts are", "delgado"),
]

STORIES = {"buses": (BUSES, BUSES_SPEAKERS), "pier": (PIER, PIER_SPEAKERS), "plant": (PLANT, PLANT_SPEAKERS), "flood": (FLOOD, FLOOD_SPEAKERS)}


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text)
    return sorted((q.text, q.speaker) for q in find_quotes(doc, find_people(doc)))


def test_an_attribution_in_a_sentence_of_its_own_stays_with_its_quotation():
    doc = Document(" ".join(BUSES))
    quoted = doc.text.index("How is a nurse")
    asked = doc.text.index("Delgado asked.")
    assert doc.paragraph_at(quoted) is doc.paragraph_at(asked)
    # but a sentence reporting speech of its own after a quotation is not its attribution
    doc = Document(" ".join(PIER))
    assert doc.paragraph_at(doc.text.index("Nobody asked")) is not doc.paragraph_at(doc.text.index("Engineers say"))


def test_a_quotation_opening_a_sentence_stays_with_the_sentence_that_leads_into_it():
    # "Brekke said he would appeal. "This is a rushed decision. …"": a paragraph of news, as the
    # quotation's lead-in names who speaks; the report after it ("Engineers say …") is not in it.
    text = " ".join(PIER)
    doc = Document(text)
    lead_in = doc.paragraph_at(text.index("Ferry operator Tomas Brekke"))
    assert lead_in is doc.paragraph_at(text.index("This is a rushed decision"))
    assert lead_in is not doc.paragraph_at(text.index("Engineers say"))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_story_with_its_paragraphs_has_the_expected_speakers(name):
    paragraphs, expected = STORIES[name]
    assert_quotations("\n\n".join(paragraphs), expected, count=len(expected))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_story_joined_into_one_paragraph_has_the_same_speakers(name):
    paragraphs, expected = STORIES[name]
    joined = " ".join(paragraphs)
    assert_quotations(joined, expected, count=len(expected))
    assert _speakers(joined) == _speakers("\n\n".join(paragraphs))


# One long paragraph whose quotation runs over several sentences: no inferred bound may cut it.
SPEECH_AFTER_COLON = (
    "Stadium plan approved after long debate. The city's planning board approved the new stadium on "
    "Tuesday night after a six-hour meeting. The vote was five to two. Board chair Lena Okafor spoke "
    "last. She said: \u201cThis was not an easy choice. The neighbours raised fair points about traffic. "
    "We have asked for a second bus route. We have asked for a cap on night games. I believe the plan "
    "is better for it.\u201d The club welcomed the vote. Its owners expect to open the stadium in 2029. "
    "Opponents said they would take the decision to court. A hearing has not been set. The board will "
    "meet again next month."
)
SPEECH_BEFORE_CUE = (
    "Bakery chain to pay staff for breaks. A bakery chain with 40 shops will pay its staff for their "
    "breaks after a ruling by the labour court. The court found on Friday that the unpaid breaks broke "
    "the law. \"We accept the ruling. We should have changed this years ago. Our staff deserved better. "
    "We are sorry,\" said Hugo Brandt, the chain's owner. The union that brought the case called it a "
    "victory. About 600 workers will receive back pay. The payments will start in June. Other chains "
    "are now checking their own rules. The union said it would watch them closely. The court's ruling "
    "can still be appealed. Brandt said he would not appeal."
)
LONG_QUOTES = {
    "after-colon": (SPEECH_AFTER_COLON, "This was not an easy choice", "I believe the plan is better for it", "okafor"),
    "before-cue": (SPEECH_BEFORE_CUE, "We accept the ruling", "We are sorry", "brandt"),
}


@pytest.mark.parametrize("name", sorted(LONG_QUOTES))
def test_a_quotation_over_several_sentences_in_one_long_paragraph_stays_whole(name):
    text, first, last, speaker = LONG_QUOTES[name]
    doc = Document(text)
    opened, closed = text.index(first), text.index(last) + len(last)
    assert not any(opened < p.start < closed for p in doc.paragraphs), [(p.start, p.end) for p in doc.paragraphs]
    assert_quotations(text, [(text[opened:closed], speaker)], count=1)


@pytest.mark.parametrize("name", sorted(STORIES) + sorted(LONG_QUOTES))
def test_inferred_paragraphs_keep_the_text_and_every_offset(name):
    text = " ".join(STORIES[name][0]) if name in STORIES else LONG_QUOTES[name][0]
    doc = Document(text)
    assert doc.text == text
    assert [p.index for p in doc.paragraphs] == list(range(len(doc.paragraphs)))
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
    # the bounds cover the block: only white space between one paragraph and the next
    for before, after in zip(doc.paragraphs, doc.paragraphs[1:], strict=False):
        assert before.end <= after.start and not text[before.end : after.start].strip()


def test_a_text_with_its_paragraphs_keeps_them_as_written():
    text = "\n\n".join(PIER)
    doc = Document(text)
    assert [text[p.start : p.end] for p in doc.paragraphs] == PIER


def test_a_one_paragraph_story_is_given_news_sized_paragraphs():
    doc = Document(" ".join(PLANT))
    assert len(doc.paragraphs) >= 5
    per_paragraph = [sum(1 for s in doc.sentences if s.paragraph == p.index) for p in doc.paragraphs]
    assert max(per_paragraph) <= 3


def test_inferring_paragraphs_is_linear_on_a_long_hostile_block():
    # One paragraph of many sentences and unbalanced marks: eight times the text must not cost
    # much more than eight times the time (generous slack for a shared machine).
    unit = " ".join(PLANT[1:]) + ' He said "maybe. She said \u201cno. '

    def cost(copies: int) -> float:
        text = unit * copies
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            Document(text)
            best = min(best, time.process_time() - started)
        return best

    small, large = cost(20), cost(160)
    assert large < 8 * small * 2.5 + 0.05, (small, large)


# A stray straight mark ('wrote Ortiz,"' where the writer closed twice) must not hold the rest of
# the block inside one quotation.
STRAY_MARK = (
    "Bridge repairs to run into next year. Repairs to the Kessel river bridge will not finish "
    "before next summer, the roads agency said on Monday. The bridge has been closed to lorries "
    "since March. \"The steel is in worse shape than we thought,\" wrote engineer Lina Ortiz,\" "
    "adding \"it will take longer and cost more.\" The agency said it had no new cost estimate. "
    "Mayor Piet Vos said shops on both banks were losing trade. \"People simply stopped coming "
    "across,\" he said. The detour adds twenty minutes to the trip. Buses still use the bridge. "
    "A second crossing has been discussed for years. The council will vote on it in the autumn. "
    "Vos said he would back it. \"We cannot rely on one bridge,\" he said."
)


def test_a_stray_quotation_mark_does_not_hold_the_rest_of_the_block_in_one_paragraph():
    doc = Document(STRAY_MARK)
    later = STRAY_MARK.index("The agency said it had no new cost estimate")
    assert doc.paragraph_at(later).start == later
    assert_quotations(STRAY_MARK, [("People simply stopped coming across", "vos"), ("We cannot rely on one bridge", "vos")], count=None)
