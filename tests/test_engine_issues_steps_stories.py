"""Open issues and next steps of whole invented stories (a court case, an earthquake, a strike, a
merger, an outbreak, a summit, an election, a data breach, a launch), written for these tests in wire
style: the items a careful reader lists."""

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
"election": """Voters in the island nation of Tavora elected a new parliament on Sunday, but no party won a majority, leaving the shape of the next government in doubt.

The centre-left Unity Party won 41 of the 90 seats, according to preliminary results published by the electoral commission on Monday. Final results are expected on Thursday, once postal votes have been counted.

Unity's leader, Clara Mendes, said she would begin talks with smaller parties this week. The conservative National Alliance, which won 33 seats, has ruled out joining a coalition led by Mendes.

Turnout fell to 58 per cent, the lowest since independence. Observers from the regional monitoring mission reported long queues and a shortage of ballot papers in several northern districts, and said they would publish a full assessment within two weeks.

The opposition has said it will challenge the results in two constituencies where the margin was fewer than 50 votes.
""",
"breach": """A hacker stole the personal details of about 2.4 million customers of the mobile operator Linka, the company said on Wednesday, in one of the largest data breaches in the country.

Names, addresses, dates of birth and passport numbers were taken, but Linka said no passwords or payment details had been accessed. It has not said how the attacker got into its systems.

The national privacy regulator said it had opened an investigation and could fine the company up to 4 per cent of its annual turnover. Linka's chief executive, Omar Saleh, apologised and said the firm would write to every affected customer by the end of next week.

Security experts warned that the stolen data could be used for identity fraud for years. Linka has offered affected customers a free credit-monitoring service for 12 months.

A parliamentary committee has asked Saleh to appear before it on 3 April to explain why the breach went undetected for nine days.
""",
"launch": """The launch of a weather satellite built by the national space agency was postponed on Tuesday after engineers found a fault in the rocket's second stage, minutes before lift-off.

The agency said the fault, in a valve that controls fuel flow, had been found during final checks. It did not say when a new launch date would be set.

The 300-million-dollar satellite is designed to improve storm forecasts for the region and was due to replace an ageing craft that has been in orbit for 15 years. Officials have warned that the old satellite could fail at any time.

The agency's director, Henrik Lund, said the rocket would be returned to its hangar for repairs. "Safety comes first," he said. "We will fly when we are ready."

It is the second delay for the mission, which was first scheduled for last November.
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
    ("election", "leaving the shape of the next government in doubt"),
    ("election", "has ruled out joining a coalition"),
    ("election", "shortage of ballot papers"),
    ("breach", "how the attacker got into its systems"),
    ("breach", "could be used for identity fraud"),
    ("launch", "when a new launch date would be set"),
    ("launch", "found a fault"),
    ("launch", "could fail at any time"),
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
    ("election", "Final results are expected on Thursday"),
    ("election", "would begin talks with smaller parties this week"),
    ("election", "will challenge the results"),
    ("breach", "would write to every affected customer by the end of next week"),
    ("breach", "has asked Saleh to appear before it on 3 April"),
    ("launch", "would be returned to its hangar for repairs"),
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
