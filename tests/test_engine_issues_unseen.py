"""Open issues on news nobody tuned for: invented sentences of varied constructions (wire style,
passive voice, reported speech, leads) that a careful reader calls open issues, and some that are not."""

from __future__ import annotations

import pytest
from issue_probe_support import open_issues_in

OPEN_ISSUES = (
    # a cause or a fact still being established
    "Investigators have not determined what caused the blaze, which destroyed three warehouses on the edge of the town.",
    "The cause of the derailment is still under investigation, the rail operator said.",
    "The regulator is examining whether the bank misled its customers.",
    "Prosecutors are weighing whether to bring charges against the former director.",
    "Reports that the general had been arrested could not be independently verified.",
    "The authorities have not said how many people were detained during the protests.",
    "Whether the bridge can be repaired before winter is an open question for the county.",
    "It remains unclear whether the ceasefire agreed on Tuesday will hold.",
    # people missing, someone not found, an attack no one has owned
    "Three crew members are still unaccounted for, the coast guard said on Sunday.",
    "The gunman, who fled the scene on a motorbike, has not been found.",
    "No group has claimed responsibility for the bombing of the market.",
    # disputes, appeals, demands, refusals, charges pending
    "The company has appealed the ruling, which it called unfair to small suppliers.",
    "Opposition parties have demanded the resignation of the health minister over the delays.",
    "The union rejected the latest pay offer from the hospital trust as inadequate.",
    "Charges against the driver of the lorry are pending, police said.",
    "The two neighbours have long disputed ownership of the islands in the strait.",
    "Her family disputes the police account of the arrest and wants the footage released.",
    "The airline is facing a class action from passengers stranded by the cancellations.",
    "Talks on a new contract for the drivers broke down on Friday.",
    # lacks and hardships still in force
    "Funding for the second phase of the hospital project has not been secured.",
    "The government has yet to respond to the petition, which gathered 200,000 signatures.",
    "Several villages in the valley remain cut off by the floodwaters.",
    "Residents were told they may not be able to return to their homes for weeks.",
    "The hospital says it is struggling to cope with the number of patients.",
    "Doctors say the boy remains in a critical condition.",
    # a second batch, written before the engine was run on it
    "Officials declined to say whether the plant would reopen.",
    "It is not known how many people were inside the building when it collapsed.",
    "The identity of the victim has not been released.",
    "Local residents have complained for years about the smell from the landfill.",
    "The mining company denies any wrongdoing.",
    "The deal still requires the approval of shareholders and regulators.",
    "Critics have questioned the cost of the stadium, which has doubled since 2019.",
    "The exact number of casualties remains unclear.",
    "The opposition has threatened to boycott the vote.",
    "Rebels have refused to lay down their arms until their demands are met.",
    "Officials fear the outbreak could spread to neighbouring provinces.",
    "Police are still trying to establish a motive.",
    "The two parties remain far apart on the question of pensions.",
    "The ruling is likely to be challenged in the Supreme Court.",
    "The fate of the hostages is unknown.",
    "Farmers say compensation for the flooded fields has still not arrived.",
    "Environmental groups accused the government of breaking its promise to protect the forest.",
    # a third batch, on the classes of unresolved states a careful reader looks for
    "An investigation into the crash is under way.",
    "Police have launched an investigation into the death of the 19-year-old.",
    "The incident is being investigated by the transport safety board.",
    "Officials did not say what caused the explosion at the refinery.",
    "At least 12 people are missing after the landslide hit the village.",
    "Two fishermen were reported missing on Thursday.",
    "No charges have been filed in connection with the shooting.",
    "The driver has not been charged, police said.",
    "She faces charges of fraud and money laundering.",
    "Her lawyers have lodged an appeal against the sentence.",
    "The claims could not be verified by independent sources.",
    "According to unverified reports, dozens of soldiers were killed.",
    "Protesters are demanding the release of the detained students.",
    "The lender has made further loans conditional on spending cuts.",
    "The truce will hold only if both sides withdraw their heavy weapons.",
    "The families say they have received no explanation for the delay.",
    "The mayor is under fire over the handling of the flood.",
    "The company is accused of dumping waste into the river.",
    "Nobody knows how long the drought will last.",
    "Teachers say the reforms were rushed through without consultation.",
    # a fifth batch: headline-like leads, passive voice, reported speech (9 of 12 found before)
    "Thousands march against pension reform as unions threaten more strikes.",
    "Questions mount over the safety of the new bridge after a second crack was found.",
    "The vaccine's long-term side effects have yet to be studied, experts cautioned.",
    "Concerns have been raised by residents about the noise from the new runway.",
    "It is feared that more bodies lie under the rubble, a local official said.",
    "The whereabouts of the opposition leader remain unknown.",
    "Calls are growing for the chief executive to resign.",
    "The government has been criticised for its slow response to the floods.",
    "The result was contested by the losing candidate, who alleged widespread fraud.",
    "Investigators are yet to establish why the pilot turned back.",
    "A legal challenge to the ban has been lodged by a group of shop owners.",
    "The company was warned by regulators that it faced heavy fines.",
)

NOT_OPEN_ISSUES = (
    "The museum, which opened in 1998, holds more than 2,000 paintings.",
    "The team won the final 3-1 in front of a crowd of 60,000.",
    "The minister was born in Leeds and studied law at Oxford.",
    "The new ferry can carry 800 passengers and 200 cars.",
    "Shares in the company rose 4% after the results were published.",
    "The ceremony was attended by the king and queen and hundreds of guests.",
    "Firefighters brought the blaze under control after two hours.",
    "The company reported record profits of $4bn for the year.",
    "The park attracts about a million visitors each summer.",
    "She has written four novels and a collection of poems.",
    "The festival closed on Sunday with a concert in the main square.",
    "He thanked the rescue teams for their work.",
    "The bridge, damaged by floods in 2010, was rebuilt two years later.",
    "The investigation, completed in 2015, found no wrongdoing.",
    "The actor, who was born in Dublin, moved to London in 1990.",
    "The company employs 4,000 people at its plant in the north.",
    "The festival has raised more than 2 million pounds for charity since 1990.",
    "Sales rose 8% in the third quarter, the company said.",
)


@pytest.mark.parametrize("sentence", OPEN_ISSUES)
def test_an_unresolved_state_in_news_language_is_an_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_OPEN_ISSUES)
def test_a_background_fact_or_a_settled_event_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


def test_a_response_still_awaited_is_named_by_the_act_awaited() -> None:
    (issue,) = open_issues_in("The government has yet to respond to the petition, which gathered 200,000 signatures.")
    assert issue.topic == "has yet to respond"
    (issue,) = open_issues_in("Farmers say compensation for the flooded fields has still not arrived.")
    assert issue.topic == "has still not arrived"


def test_the_last_member_of_a_list_is_not_cut_off_as_its_own_line() -> None:
    sentence = (
        '"These are branches that are losing customers, short of staff, and in danger of closing within a year," '
        "said the bank's regional director in a call with reporters."
    )
    lines = [issue.text for issue in open_issues_in(sentence)]
    assert lines
    assert all(not line.startswith(("In danger", "in danger")) for line in lines), lines
    assert any("losing customers" in line for line in lines), lines


def test_a_cause_left_unsaid_and_what_nobody_knows_are_open_questions() -> None:
    (issue,) = open_issues_in("Officials did not say what caused the explosion at the refinery.")
    assert issue.text.startswith("Unclear: what caused the explosion")
    (issue,) = open_issues_in("Nobody knows how long the drought will last.")
    assert issue.text.startswith("Unknown: how long the drought")
