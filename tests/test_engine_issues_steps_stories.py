"""Open issues and next steps of whole invented stories (a court case, an earthquake, a strike, a
merger, an outbreak, a summit), written for these tests in wire style: the items a careful reader
lists."""

from __future__ import annotations

import pytest
from engine_support import analysed

from briefs.engine.issues import find_open_issues
from briefs.engine.steps import find_next_steps

STORIES = {
"court": """A former regional health chief was found guilty on Tuesday of taking bribes from a medical supplies firm, in a case that has shaken public trust in the region's hospitals.

Judge Maria Lindqvist said Peter Hale, 58, had accepted more than 400,000 euros in return for steering contracts to Medora Supplies between 2016 and 2020. Hale denied the charges throughout the three-week trial.

He will be sentenced on 14 March and faces up to eight years in prison. His lawyer, Anna Berg, said outside the court that her client would appeal the verdict.

Prosecutors said they were still examining whether other officials had received payments. Medora's former sales director, who is accused of arranging the bribes, has not been found and is believed to be abroad.

The health ministry said it would review all contracts signed by the region during Hale's time in office. Opposition politicians have called for an independent inquiry into how the payments went unnoticed for four years.
""",
"quake": """A strong earthquake struck the mountainous north of the country early on Sunday, killing at least 37 people and leaving hundreds homeless, officials said.

The magnitude 6.4 quake hit at 3:12 am local time near the town of Karsu, the national seismology centre said. Dozens of people are still missing, and rescuers fear the death toll will rise as they reach remote villages cut off by landslides.

The interior minister, Leyla Demir, said the army had been deployed to help search the rubble. She said tents and food would be flown to the area on Monday.

Aid groups warned that night-time temperatures below freezing put survivors sleeping outdoors at risk. It was not clear how many buildings had collapsed, and several roads into the region remained closed.

The president is expected to visit the area on Tuesday. Schools in the province will stay closed for the rest of the week.
""",
"strike": """Rail workers will walk out for 48 hours next week after talks over pay and staffing broke down, the drivers' union said on Thursday.

The union, which represents about 12,000 drivers, said the strike would begin at midnight on Tuesday and would halt most intercity services. It said the operator's offer of a 3% rise was well below inflation and did nothing to address staff shortages.

The operator called the walkout "deeply disappointing" and said it remained open to further talks. It has not said how many trains it expects to run during the strike.

Passenger groups said commuters were being used as pawns in the dispute. The transport minister, Ian Crowe, urged both sides to return to the negotiating table and said the government would not intervene directly.

A second strike could follow later this month if no agreement is reached, the union warned.
""",
"merger": """Shareholders of Northbay Foods approved its 2.1-billion-dollar takeover by rival Calden Group on Wednesday, but the deal still needs the approval of competition regulators in three countries.

Calden said it hoped to complete the purchase by the end of the year. The combined company would become the region's second-largest food retailer, with about 900 stores.

Unions representing Northbay's 18,000 workers said they had received no guarantees on jobs and would seek talks with Calden's management next week. Calden has said it plans to close some overlapping stores but has not said how many.

Consumer groups have raised concerns that the merger could push up prices in small towns where the two chains are the only supermarkets. The competition authority is expected to announce by March whether it will open an in-depth investigation.
""",
"outbreak": """Health officials confirmed 14 new cases of measles in the city on Friday, bringing the total in the outbreak to 61, and urged parents to check that their children are vaccinated.

Most of the cases are in children under five who had not received both doses of the vaccine, the city's public health director, Dr Samuel Okoye, told reporters. Three children are being treated in hospital.

Officials have not traced the source of the outbreak. Vaccination rates in some neighbourhoods have fallen below 80 per cent, well short of the 95 per cent needed to stop the virus spreading.

Extra vaccination clinics will open at 12 schools from Monday, and the health department plans to send nurses door to door in the worst-affected districts. Dr Okoye warned that the number of cases was likely to keep rising for several weeks.
""",
"summit": """The leaders of the two neighbouring countries failed to agree on a new water-sharing treaty at a summit in the border town of Velin on Saturday, but said talks would continue.

The dispute over the river, which supplies drinking water to about 30 million people, has worsened since a drought cut its flow by a third last year. Farmers downstream accuse the upstream country of diverting water to fill a new reservoir.

President Amara Sele said the two sides were "closer than ever" but that differences remained over how much water should be released in the dry season. Prime Minister Jonas Ruud said his government would not accept any deal that left its farmers short.

Officials said negotiators would meet again in the capital within a month, and that a joint commission would study the reservoir's effect on the river. Neither leader said when a treaty might be signed.
""",
}

# (story, words of an open issue's line a careful reader expects)
OPEN_ISSUES = (
    ("court", "still examining whether other officials"),
    ("court", "has not been found"),
    ("court", "called for an independent inquiry"),
    ("quake", "still missing"),
    ("quake", "how many buildings had collapsed"),
    ("quake", "put survivors sleeping outdoors at risk"),
    ("strike", "how many trains"),
    ("strike", "did nothing to address staff shortages"),
    ("merger", "still needs the approval of competition regulators"),
    ("merger", "received no guarantees on jobs"),
    ("merger", "raised concerns that the merger could push up prices"),
    ("outbreak", "have not traced the source"),
    ("summit", "failed to agree on a new water-sharing treaty"),
    ("summit", "dispute over the river"),
)
NEXT_STEPS = (
    ("court", "will be sentenced on 14 March"),
    ("court", "would appeal the verdict"),
    ("court", "would review all contracts"),
    ("quake", "would be flown to the area on Monday"),
    ("quake", "expected to visit the area on Tuesday"),
    ("quake", "will stay closed for the rest of the week"),
    ("strike", "will walk out for 48 hours next week"),
    ("strike", "would begin at midnight on Tuesday"),
    ("strike", "A second strike could follow later this month"),
    ("merger", "hoped to complete the purchase by the end of the year"),
    ("merger", "would seek talks with Calden's management next week"),
    ("outbreak", "will open at 12 schools from Monday"),
    ("outbreak", "plans to send nurses door to door"),
    ("summit", "would meet again in the capital within a month"),
)


def _brief(story: str):
    doc, people = analysed(STORIES[story])
    return find_open_issues(doc, people), find_next_steps(doc, people)


@pytest.mark.parametrize(("story", "words"), OPEN_ISSUES)
def test_a_story_lists_the_open_issue_a_careful_reader_sees(story: str, words: str) -> None:
    issues, _ = _brief(story)
    assert any(words in issue.text for issue in issues), [issue.text for issue in issues]


@pytest.mark.parametrize(("story", "words"), NEXT_STEPS)
def test_a_story_lists_the_next_step_a_careful_reader_sees(story: str, words: str) -> None:
    _, steps = _brief(story)
    assert any(words in step.text for step in steps), [step.text for step in steps]


def test_the_stories_list_no_background_as_a_step() -> None:
    for story in STORIES:
        _, steps = _brief(story)
        assert not any("between 2016 and 2020" in step.text for step in steps)
        assert len(steps) <= 5, [step.text for step in steps]


def test_a_line_cut_after_its_that_reads_without_it() -> None:
    _, steps = _brief("summit")
    assert any(step.text.startswith("A joint commission would study") for step in steps), [
        step.text for step in steps
    ]
