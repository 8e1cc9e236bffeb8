"""How news reports meetings, probed with invented sentences (none copied from any corpus).

Each probe is a short article and what a careful reader takes from it, in the terms of
corpus/GOLD_FORMAT.md: the key meeting's participants (matched by last word), place and day,
or no meeting at all, or parties that must not be paired. The probes cover the ways news tells
a meeting (talks, calls, visits, hearings, sittings, debates, addresses to a body present) and
the ways it tells something that is not one (a cancelled, hoped-for or future meeting, a match,
a topic country, a website visit, "received" as got).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from meeting_probe_support import KeyMeetingProbe, described, key_meeting_problems, meetings_of


@dataclass(frozen=True)
class Probe(KeyMeetingProbe):
    apart: tuple[tuple[str, str], ...] = ()  # last words no meeting may pair


def _last(name: str) -> str:
    return name.split()[-1].lower()


PROBES = (
    # --- X met Y, held talks, coordinated subjects ---
    Probe(
        "met",
        "Japanese Prime Minister Kenji Arai met South African President Thabo Nkosi in Pretoria on Tuesday.\n",
        key=("Arai", "Nkosi"), place="Pretoria", when="Tuesday",
    ),
    Probe(
        "held-talks-at-venue",
        "German Chancellor Lena Vogt held talks with Brazilian President Marcos Lima at the Planalto Palace "
        "on Friday.\n",
        key=("Vogt", "Lima"), place="Planalto Palace", when="Friday",
    ),
    Probe(
        "x-and-y-met",
        "Spanish Foreign Minister Ana Ruiz and Jordanian Foreign Minister Omar Haddad met in Madrid on Wednesday "
        "to discuss the crisis.\n",
        key=("Ruiz", "Haddad"), place="Madrid", when="Wednesday",
    ),
    Probe(
        "talks-between",
        "Talks between Indian Prime Minister Ravi Menon and Pakistani Prime Minister Imran Qadir ended without "
        "agreement in Geneva on Monday.\n",
        key=("Menon", "Qadir"), place="Geneva", when="Monday",
    ),
    Probe(
        "met-with",
        "Union leader Grace Obi met with Transport Secretary Neil Ward on Thursday in a bid to end the strike.\n",
        key=("Obi", "Ward"), when="Thursday",
    ),
    Probe(
        "sat-down-with",
        "Mayor Ken Ito sat down with striking teachers on Monday for the first time since the walkout began.\n",
        key=("Ito", "teachers"), when="Monday",
    ),
    Probe(
        "possessive-meeting",
        "President Maria Costa's meeting with Chancellor Lena Vogt on Monday was described as warm by aides.\n",
        key=("Costa", "Vogt"), when="Monday",
    ),
    Probe(
        "two-leaders",
        "Kenyan President David Otieno flew to Addis Ababa on Saturday to see Ethiopian Prime Minister Dawit "
        "Bekele.\nThe two leaders met for three hours at the National Palace.\n",
        key=("Otieno", "Bekele"), place="National Palace",
    ),
    Probe(
        "present-progressive",
        "Defence Secretary Paul Grant is meeting his Japanese counterpart Kenji Sato in Tokyo today, the ministry "
        "said.\n",
        key=("Grant", "Sato"), place="Tokyo", when="today",
    ),
    Probe(
        "present-progressive-pair",
        "Chinese President Li Wen and US President Tom Harris are meeting in Lima on the sidelines of a regional "
        "summit.\n",
        key=("Wen", "Harris"), place="Lima",
    ),
    # --- hosted, received, welcomed, visits ---
    Probe(
        "hosted",
        "President Maria Costa hosted Canadian Prime Minister Luke Tremblay at the presidential palace on "
        "Thursday.\n",
        key=("Costa", "Tremblay"), when="Thursday",
    ),
    Probe(
        "received-at-palace",
        "King Felipe Ortega received Portuguese President Rui Alves at the Royal Palace on Monday.\n",
        key=("Ortega", "Alves"), place="Royal Palace", when="Monday",
    ),
    Probe(
        "welcomed-to",
        "Pope Leo welcomed President Maria Costa to the Vatican on Saturday for a private audience.\n",
        key=("Leo", "Costa"), when="Saturday",
    ),
    Probe(
        "visited-where-he-met",
        "Kenyan President David Otieno visited Tokyo on Sunday, where he met Prime Minister Kenji Arai.\n",
        key=("Otieno", "Arai"), place="Tokyo", when="Sunday",
    ),
    Probe(
        "travelled-to-meet",
        "Trade Minister Paul Okafor travelled to Seoul on Monday to meet his South Korean counterpart, Park "
        "Min-jun.\nThe two ministers held talks for two hours.\n",
        key=("Okafor", "Min-jun"), place="Seoul",
    ),
    Probe(
        "during-his-visit",
        "During his visit to Nairobi on Tuesday, Chinese Premier Zhao Ming met President David Otieno and "
        "signed a rail deal.\n",
        key=("Ming", "Otieno"), place="Nairobi", when="Tuesday",
    ),
    Probe(
        "role-linked-participant",
        "Defence adviser Tom Reyes left Washington on Sunday.\nThe defence adviser arrived in Lima on Monday, "
        "where he met the premier, Ana Soto.\n",
        key=("Reyes", "Soto"), place="Lima", when="Monday",
    ),
    Probe(
        "minister-met-farmers",
        "Agriculture Minister Sean Byrne toured flooded farms in the west on Thursday.\nThe minister met "
        "farmers in Cork on Friday.\n",
        key=("Byrne", "farmers"), place="Cork",
    ),
    # --- calls ---
    Probe(
        "spoke-by-phone",
        "Chancellor Lena Vogt and French President Pierre Durand spoke by phone on Saturday about the war.\n",
        key=("Vogt", "Durand"), when="Saturday",
    ),
    Probe(
        "phone-call-between",
        "A phone call between US President Tom Harris and Russian President Ivan Petrov on Tuesday lasted 90 "
        "minutes, the Kremlin said.\n",
        key=("Harris", "Petrov"), when="Tuesday",
    ),
    Probe(
        "video-call",
        "Prime Minister Sarah Kemp held a video call with NATO Secretary General Jens Holm on Wednesday.\n",
        key=("Kemp", "Holm"), when="Wednesday",
    ),
    Probe(
        "conversation-between",
        "A conversation between Tom Harris and Ivan Petrov on Monday focused on Ukraine and Georgia.\n",
        key=("Harris", "Petrov"), when="Monday", apart=(("Harris", "Ukraine"), ("Petrov", "Georgia")),
    ),
    # --- addresses to a body or an audience present ---
    Probe(
        "addressed-un",
        "President Maria Costa addressed the UN General Assembly in New York on Tuesday, calling for a "
        "ceasefire.\n",
        key=("Costa", "Assembly"), place="New York", when="Tuesday",
    ),
    Probe(
        "addressed-rally",
        "Opposition leader Mark Ellis addressed a rally of 20,000 supporters in Leeds on Saturday.\n",
        key=("Ellis", "supporters"), place="Leeds", when="Saturday",
    ),
    Probe(
        "speech-to-parliament",
        "In a speech to the European Parliament in Strasbourg on Wednesday, Irish Prime Minister Sean Kelly "
        "urged unity.\n",
        key=("Kelly", "Parliament"), place="Strasbourg", when="Wednesday",
    ),
    Probe(
        "faced-questions-from-mps",
        "Prime Minister Sarah Kemp faced questions from MPs in the House of Commons on Wednesday over the "
        "leak.\n",
        key=("Kemp", "MPs"), when="Wednesday",
    ),
    # --- hearings, courts ---
    Probe(
        "testified-before-committee",
        "Tech chief Dana Wu testified before the Senate Commerce Committee on Thursday about data leaks.\n",
        key=("Wu", "Committee"), when="Thursday",
    ),
    Probe(
        "hearing-before",
        "At a hearing before the House Ethics Committee on Thursday, Congressman Rick Vale denied the "
        "charges.\n",
        key=("Vale", "Committee"), when="Thursday",
    ),
    Probe(
        "questioned-by-committee",
        "Central bank governor Ian Shaw was questioned by the Treasury Committee for three hours on Tuesday.\n",
        key=("Shaw", "Committee"), when="Tuesday",
    ),
    Probe(
        "appeared-in-court",
        "Former mayor John Blake appeared in court in Dublin on Tuesday, where Judge Mary Keane refused him "
        "bail.\n",
        key=("Blake", "Keane"), place="Dublin", when="Tuesday",
    ),
    Probe(
        "trial-opened",
        "The trial of former minister Jo Park opened at the Seoul Central District Court on Monday.\n",
        key=("Park", "Court"), when="Monday",
    ),
    Probe(
        "verdict-is-no-meeting",
        "The Supreme Court ruled on Friday that the law was unconstitutional.\n",
        none=True,
    ),
    # --- sittings, summits, debates ---
    Probe(
        "council-voted",
        "The city council voted 7-2 on Monday to approve the budget proposed by Mayor Ken Ito.\n",
        key=("council", "Ito"), when="Monday",
    ),
    Probe(
        "board-met-and-voted",
        "The board of Acme Corp met on Monday and voted to replace chief executive Tom Hale.\n",
        key=("Corp", "Hale"), when="Monday",
    ),
    Probe(
        "summit-of-leaders",
        "Leaders of France, Italy and Japan gathered for a two-day summit in Rome on Friday.\n",
        key=("France", "Italy", "Japan"), place="Rome", when="Friday",
    ),
    Probe(
        "televised-debate",
        "Candidates Ann Lowe and Rick Ford clashed over taxes in a televised debate on Tuesday night.\n",
        key=("Lowe", "Ford"), when="Tuesday",
    ),
    Probe(
        "debate-between",
        "A debate between mayoral candidates Ann Lowe and Rick Ford in Boston on Tuesday turned bitter.\n",
        key=("Lowe", "Ford"), place="Boston", when="Tuesday",
    ),
    # --- not meetings: undone, hoped-for, future ---
    Probe(
        "cancelled",
        "A planned meeting between Anna Vogt and Pierre Durand on Friday was cancelled after the attack.\n",
        none=True,
    ),
    Probe(
        "postponed",
        "The summit between Tom Harris and Ivan Petrov, set for Monday, has been postponed.\n",
        none=True,
    ),
    Probe(
        "hoped-for",
        "Tom Harris said he hoped to meet Ivan Petrov before the end of the year.\n",
        none=True,
    ),
    Probe(
        "wants-to-meet",
        "Sarah Kemp said she wanted to meet Tom Harris as soon as possible.\n",
        none=True,
    ),
    Probe(
        "will-meet-next-week",
        "Anna Vogt will meet Pierre Durand in Paris next week.\n",
        none=True,
    ),
    Probe(
        "is-due-to-visit",
        "Ana Ruiz is due to visit Amman next month to meet King Omar Haddad.\n",
        none=True,
    ),
    Probe(
        "plans-to-host",
        "Maria Costa plans to host Anna Vogt in Lisbon in the spring.\n",
        none=True,
    ),
    # --- not meetings: matches, concerts, things ---
    Probe(
        "tennis-final",
        "Serena Lowe met Ana Kim in the final at Wimbledon on Sunday, winning in straight sets.\n",
        none=True,
    ),
    Probe(
        "football-match",
        "Rovers beat United 2-1 at Ibrox on Saturday, with Tom Reid scoring twice.\n",
        none=True,
    ),
    Probe(
        "concert",
        "Singer Ella Moss performed for 50,000 fans at Wembley Stadium on Friday.\n",
        # round 8: a performance before an audience present is a meeting to the gold (dev's
        # "Mike Pence" and "Hamilton cast"; issue 13's reading), no longer "no meeting"
        key=("Moss", "fans"), place="Wembley", when="Friday",
    ),
    Probe(
        "website-visit",
        "More than a million people visited the Acme Corp website on Tuesday after Tom Hale resigned.\n",
        none=True,
    ),
    Probe(
        "received-a-letter",
        "Luke Tremblay received a letter from Maria Costa on Monday asking for help.\n",
        none=True,
    ),
    Probe(
        "received-an-award",
        "Novelist Ben Ode received the Booker Prize from Prince Carl Lind at a ceremony on Tuesday.\n",
        apart=(("Ode", "Prize"),),
    ),
    # --- not parties: topics, the same entity twice ---
    Probe(
        "topic-countries",
        "Norwegian Foreign Minister Eva Dahl held talks with Chilean Foreign Minister Pablo Soto on Monday that "
        "focused on Venezuela and Cuba.\n",
        key=("Dahl", "Soto"), when="Monday", apart=(("Venezuela", "Cuba"), ("Dahl", "Venezuela")),
    ),
    Probe(
        "talks-on-a-country",
        "Diplomats from Egypt and Qatar held talks on Sudan in Cairo on Sunday.\n",
        key=("Egypt", "Qatar"), place="Cairo", apart=(("Egypt", "Sudan"), ("Qatar", "Sudan")),
    ),
    Probe(
        "self-pair",
        "Officials of the World Health Organization met WHO staff in Geneva on Monday.\n",
        apart=(("Organization", "WHO"),),
    ),
    # --- which meeting is key ---
    Probe(
        "key-is-the-lead",
        "Chancellor Lena Vogt hosted Brazilian President Marcos Lima in Berlin on Tuesday, the first visit by a "
        "Brazilian leader in a decade.\nEarlier this month, Lima held talks with Argentine President Juan Paz "
        "in Buenos Aires.\nPaz and Lima had also met in 2019 in Montevideo.\n",
        key=("Vogt", "Lima"), place="Berlin", when="Tuesday",
    ),
    Probe(
        "key-not-the-background-gerund",
        "Three weeks after meeting Pope Leo in Rome, President Maria Costa held talks with Chancellor Lena Vogt "
        "in Berlin on Monday.\n",
        key=("Costa", "Vogt"), place="Berlin", when="Monday",
    ),
    Probe(
        "key-lead-meeting-told-later-again",
        "Union leaders and rail bosses held talks on Monday to end a week-long strike.\nLast year the two sides "
        "met 14 times before a deal was struck.\nUnion chief Grace Obi met rail boss Neil Ward at the Acas offices "
        "in London, officials said.\n",
        key=("Obi", "Ward"), when="Monday",
    ),
    # --- a second batch, written after the first was fixed ---
    Probe(
        "was-received-by",
        "Indian Prime Minister Arjun Rao was received by Russian President Ivan Petrov at the Kremlin on "
        "Thursday.\n",
        key=("Rao", "Petrov"), when="Thursday",
    ),
    Probe(
        "meeting-took-place",
        "The meeting between Ana Ruiz and Omar Haddad took place in Amman on Sunday.\n",
        key=("Ruiz", "Haddad"), place="Amman", when="Sunday",
    ),
    Probe(
        "on-the-sidelines",
        "Ana Ruiz and Omar Haddad held a 40-minute meeting on the sidelines of the G20 summit in Rome on "
        "Saturday.\n",
        key=("Ruiz", "Haddad"), place="Rome", when="Saturday",
    ),
    Probe(
        "paid-a-visit-meeting",
        "Chancellor Lena Vogt paid a surprise visit to Kyiv on Friday, meeting President Olena Bondar.\n",
        key=("Vogt", "Bondar"), place="Kyiv", when="Friday",
    ),
    Probe(
        "spoke-with-by-telephone",
        "Tom Harris spoke with Ivan Petrov by telephone on Tuesday, the White House said.\n",
        key=("Harris", "Petrov"), when="Tuesday",
    ),
    Probe(
        "phoned",
        "Tom Harris phoned Ivan Petrov on Tuesday to warn him.\n",
        key=("Harris", "Petrov"), when="Tuesday",
    ),
    Probe(
        "had-a-phone-conversation",
        "Tom Harris and Ivan Petrov had a phone conversation on Tuesday.\n",
        key=("Harris", "Petrov"), when="Tuesday",
    ),
    Probe(
        "told-in-a-call",
        "Tom Harris told Ivan Petrov in a phone call on Tuesday that sanctions would stay.\n",
        key=("Harris", "Petrov"), when="Tuesday",
    ),
    Probe(
        "received-a-call",
        "Ana Ruiz received a call from Omar Haddad on Monday.\n",
        key=("Ruiz", "Haddad"), when="Monday",
    ),
    Probe(
        "met-families",
        "Prime Minister Sarah Kemp met the families of the victims in Manchester on Saturday.\n",
        key=("Kemp", "families"), place="Manchester", when="Saturday",
    ),
    Probe(
        "gave-a-speech-at",
        "Prime Minister Sarah Kemp gave a speech at the Oxford Union on Thursday.\n",
        key=("Kemp", "Union"), when="Thursday",
    ),
    Probe(
        "keynote-at-forum",
        "Sarah Kemp delivered the keynote address at the World Economic Forum in Davos on Wednesday.\n",
        key=("Kemp", "Forum"), place="Davos", when="Wednesday",
    ),
    Probe(
        "judge-sentenced",
        "Judge Mary Keane sentenced John Blake to five years in prison at Dublin Circuit Court on Friday.\n",
        key=("Keane", "Blake"), when="Friday",
    ),
    Probe(
        "jury-found-guilty",
        "A jury at the Old Bailey found Tom Reid guilty of murder on Monday.\n",
        key=("Reid", "jury"), when="Monday",
    ),
    Probe(
        "security-council-met",
        "The UN Security Council met in emergency session on Sunday at the request of France.\n",
        key=("Council", "France"), when="Sunday",
    ),
    Probe(
        "delegation-led-by",
        "A delegation of US senators led by Tom Reid met Spanish Prime Minister Ana Ruiz in Madrid on Monday.\n",
        key=("Reid", "Ruiz"), place="Madrid", when="Monday",
    ),
    Probe(
        "speaking-after-talks",
        "Speaking after talks with Anna Vogt in Paris on Monday, Pierre Durand said a deal was close.\n",
        key=("Vogt", "Durand"), place="Paris", when="Monday",
    ),
    Probe(
        "who-met",
        "Pierre Durand, who met Anna Vogt in Paris on Monday, said a deal was close.\n",
        key=("Durand", "Vogt"), place="Paris", when="Monday",
    ),
    Probe(
        "hosted-a-dinner-for",
        "President Maria Costa hosted a dinner for Canadian Prime Minister Luke Tremblay at the palace on "
        "Friday.\n",
        key=("Costa", "Tremblay"), when="Friday",
    ),
    Probe(
        "countries-leaders-met",
        "The leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday.\n",
        key=("Egypt", "Jordan", "Iraq"), place="Baghdad", when="Sunday",
    ),
    Probe(
        "reported-had-met",
        "Anna Vogt said on Tuesday that she had met Pierre Durand in Paris on Monday.\n",
        key=("Vogt", "Durand"), place="Paris", when="Monday",
    ),
    Probe(
        "role-subject-next-sentence",
        "Chinese Foreign Minister Wang Li arrived in Canberra on Monday.\nThe minister held talks with his "
        "Australian counterpart, Penny Marsh, on Tuesday.\n",
        key=("Li", "Marsh"), when="Tuesday",
    ),
    Probe(
        "travelled-for-talks",
        "President Maria Costa travelled to Berlin for talks with Chancellor Lena Vogt on Friday.\n",
        key=("Costa", "Vogt"), place="Berlin", when="Friday",
    ),
    Probe(
        "met-virtually",
        "Anna Vogt and Pierre Durand met virtually on Monday.\n",
        key=("Vogt", "Durand"), when="Monday",
    ),
    Probe(
        "key-is-the-first-sentence",
        "Spanish Foreign Minister Ana Ruiz met Jordanian Foreign Minister Omar Haddad in Amman on Sunday.\n"
        "Ruiz also met King Abdul Salem later that day, and the king and Ruiz toured a refugee camp, where the "
        "pair spoke with families.\n",
        key=("Ruiz", "Haddad"), place="Amman", when="Sunday",
    ),
    Probe(
        "past-and-future-in-one-sentence",
        "Ana Ruiz met Omar Haddad last week and will meet him again next month.\n",
        key=("Ruiz", "Haddad"), when="last week",
    ),
    Probe(
        "did-not-meet",
        "Ana Ruiz did not meet Omar Haddad during her trip to Amman.\n",
        none=True,
    ),
    Probe(
        "refused-to-meet",
        "Omar Haddad refused to meet Ana Ruiz on Monday.\n",
        none=True,
    ),
    Probe(
        "has-never-met",
        "Ana Ruiz has never met Omar Haddad.\n",
        none=True,
    ),
    Probe(
        "due-but-cancelled",
        "Ana Ruiz had been due to meet Omar Haddad on Monday, but the meeting was cancelled.\n",
        none=True,
    ),
    Probe(
        "is-to-meet",
        "Ana Ruiz is to meet Omar Haddad in Amman on Monday.\n",
        none=True,
    ),
    Probe(
        "expected-to-meet",
        "Tom Harris is expected to meet Ivan Petrov on the sidelines of the summit.\n",
        none=True,
    ),
    Probe(
        "leaders-will-gather",
        "EU leaders will gather in Brussels on Thursday for a summit with Ukrainian President Olena Bondar.\n",
        none=True,
    ),
    Probe(
        "protest-march",
        "Thousands of protesters marched through Paris on Saturday against the pension reform.\n",
        none=True,
    ),
    Probe(
        "semi-final",
        "Rafael Ortiz beat Karl Brandt in the semi-final on Friday and will meet Tom Reid in the final.\n",
        none=True,
    ),
    Probe(
        "received-complaints",
        "Acme Corp received 500 complaints on Monday, chief executive Tom Hale said.\n",
        none=True,
    ),
    Probe(
        "visit-our-website",
        "Readers who want to help can visit the Red Cross website, spokeswoman Ana Ruiz said.\n",
        none=True,
    ),
    # --- a third batch: days, places, and the key meeting of a longer story ---
    Probe(
        "opening-yesterday",
        "Yesterday, the city council voted 6-3 to approve the plan proposed by Mayor Ken Ito.\n",
        key=("council", "Ito"), when="yesterday",
    ),
    Probe(
        "opening-today-previous-sentence",
        "Today, President Maria Costa opened the new session of parliament.\nAddressing the National Assembly, "
        "Costa was heckled by opposition deputies.\n",
        key=("Costa", "Assembly"), when="today",
    ),
    Probe(
        "fronted-day",
        "On Tuesday, Spanish Foreign Minister Ana Ruiz met Jordanian Foreign Minister Omar Haddad in Amman.\n",
        key=("Ruiz", "Haddad"), place="Amman", when="Tuesday",
    ),
    Probe(
        "palace-venue",
        "Pierre Durand and Anna Vogt met at the Elysee Palace on Tuesday.\n",
        key=("Durand", "Vogt"), place="Elysee Palace", when="Tuesday",
    ),
    Probe(
        "place-in-next-sentence",
        "US envoy Tom Reid held talks with Vietnamese Foreign Minister Tran Van Minh on Friday.\nThe talks were "
        "held at the Hotel Metropole in Hanoi.\n",
        key=("Reid", "Minh"), place="Hanoi", when="Friday",
    ),
    Probe(
        "told-during-their-meeting",
        "Chinese President Li Wen told US President Tom Harris during their meeting in Lima on Saturday that "
        "trade must stay open.\n",
        key=("Wen", "Harris"), place="Lima", when="Saturday",
    ),
    Probe(
        "raised-during-a-meeting",
        "Tom Harris raised human rights with President Li Wen during a three-hour meeting in Lima on Saturday.\n",
        key=("Harris", "Wen"), place="Lima", when="Saturday",
    ),
    Probe(
        "is-in-for-talks",
        "President Maria Costa is in Berlin for talks with Chancellor Lena Vogt.\n",
        key=("Costa", "Vogt"), place="Berlin",
    ),
    Probe(
        "hosted-a-summit-of",
        "Chancellor Lena Vogt hosted a summit of EU leaders in Berlin on Friday.\n",
        key=("Vogt", "EU"), place="Berlin", when="Friday",
    ),
    Probe(
        "house-voted-to-impeach",
        "The House of Representatives voted 220-211 on Wednesday to impeach President Tom Harris.\n",
        key=("Representatives", "Harris"), when="Wednesday",
    ),
    Probe(
        "headline-present",
        "Spanish minister Ana Ruiz meets Jordan's King Omar Haddad in Amman\n\nThe two discussed refugees on "
        "Sunday.\n",
        key=("Ruiz", "Haddad"), place="Amman",
    ),
    Probe(
        "key-summit-over-side-talks",
        "Leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday for a summit on water.\n\nOn the "
        "sidelines, Egyptian President Karim Fahmy held talks with Jordanian Prime Minister Ali Nasser.\n\n"
        "Fahmy and Nasser discussed trade, and the two leaders met again over dinner, officials said.\n",
        key=("Egypt", "Jordan", "Iraq"), place="Baghdad", when="Sunday",
    ),
    Probe(
        "key-lead-call-then-background-visit",
        "Tom Harris and Ivan Petrov spoke by phone on Thursday about the prisoner swap.\n\nHarris last visited "
        "Moscow in 2019, when he met Petrov at the Kremlin.\n",
        key=("Harris", "Petrov"), when="Thursday",
    ),
    Probe(
        "negotiators-met",
        "A ceasefire was agreed on Monday after talks between Israeli and Hamas negotiators in Cairo.\n",
        key=("Israeli", "Hamas"), place="Cairo",
    ),
    Probe(
        "will-travel-to-meet",
        "Ana Ruiz will travel to Amman on Monday to meet Omar Haddad.\n",
        none=True,
    ),
    Probe(
        "talks-collapsed-before",
        "Talks between Ana Ruiz and Omar Haddad were called off on Monday.\n",
        none=True,
    ),
    # --- a fourth batch: wire copy, courts, joint appearances, things that are no meetings ---
    Probe(
        "dateline-place",
        "GENEVA (Reuters) - Iranian and European negotiators resumed nuclear talks on Monday.\n",
        key=("Iranian", "European"), place="Geneva", when="Monday",
    ),
    Probe(
        "pleaded-guilty-at-court",
        "Tom Reid, 42, pleaded guilty to fraud at Leeds Crown Court on Monday.\n",
        key=("Reid", "Court"), when="Monday",
    ),
    Probe(
        "appeared-at-court",
        "Former mayor John Blake appeared at Dublin District Court on Monday charged with fraud.\n",
        key=("Blake", "Court"), when="Monday",
    ),
    Probe(
        "grilled-by-mps",
        "Prime Minister Sarah Kemp was grilled by MPs on the Liaison Committee on Wednesday.\n",
        key=("Kemp", "MPs"), when="Wednesday",
    ),
    Probe(
        "joint-press-conference",
        "Tom Harris held a joint press conference with Ivan Petrov after their talks in Geneva on Monday.\n",
        key=("Harris", "Petrov"), place="Geneva", when="Monday",
    ),
    Probe(
        "told-reporters-after-meeting",
        "Tom Harris told reporters after meeting Ivan Petrov on Monday that the talks were constructive.\n",
        key=("Harris", "Petrov"), when="Monday",
    ),
    Probe(
        "apposed-tour",
        "Ana Ruiz, on a three-day tour of the Gulf, met Omar Haddad in Doha on Monday.\n",
        key=("Ruiz", "Haddad"), place="Doha", when="Monday",
    ),
    Probe(
        "three-parties",
        "Ana Ruiz met Omar Haddad and Qatar's emir, Sheikh Tamim Khalid, in Doha on Monday.\n",
        key=("Ruiz", "Haddad", "Khalid"), place="Doha", when="Monday",
    ),
    Probe(
        "pronoun-subject-next-paragraph",
        "Ana Ruiz arrived in Doha on Monday for a Gulf tour.\n\nShe met Sheikh Tamim Khalid at the Amiri Diwan, "
        "where the two discussed gas prices.\n",
        key=("Ruiz", "Khalid"), place="Amiri Diwan",
    ),
    Probe(
        "delegations-met",
        "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks in three "
        "years.\n",
        key=("Russian", "Ukrainian"), place="Istanbul", when="Friday",
    ),
    Probe(
        "visited-and-met-survivors",
        "Prime Minister Sarah Kemp visited the scene of the bombing on Monday and met survivors.\n",
        key=("Kemp", "survivors"), when="Monday",
    ),
    Probe(
        "emergency-meeting-with",
        "The city council held an emergency meeting on Monday with police chief Ann Bell.\n",
        key=("council", "Bell"), when="Monday",
    ),
    Probe(
        "jailed-is-no-hearing",
        "John Blake was jailed for five years on Friday.\n",
        none=True,
    ),
    Probe(
        "overturned-is-a-ruling",
        "The Court of Appeal overturned the conviction of Tom Reid on Friday.\n",
        none=True,
    ),
    Probe(
        "concert-played-to",
        "Singer Taylor Reed played to 60,000 fans at Wembley Stadium on Saturday night.\n",
        key=("Reed", "fans"), place="Wembley",  # round 8: a performance before an audience (see "concert")
    ),
    Probe(
        "exchanged-letters",
        "Tom Harris and Ivan Petrov exchanged letters in March.\n",
        none=True,
    ),
    Probe(
        "wrote-to",
        "Tom Harris wrote to Ivan Petrov on Monday to ask for the release.\n",
        none=True,
    ),
    Probe(
        "are-due-to-meet",
        "Tom Harris and Ivan Petrov are due to meet on Friday.\n",
        none=True,
    ),
    Probe(
        "welcomed-a-decision",
        "Ana Ruiz welcomed the ceasefire on Monday, and Omar Haddad welcomed her remarks.\n",
        none=True,
    ),
    Probe(
        "received-backing",
        "Ana Ruiz received Omar Haddad's backing on Monday.\n",
        none=True,
    ),
    # --- a fifth batch: more verbs and bodies ---
    Probe(
        "greeted-on-arrival",
        "President Maria Costa greeted Canadian Prime Minister Luke Tremblay at the airport on Monday.\n",
        key=("Costa", "Tremblay"), when="Monday",
    ),
    Probe(
        "greeted-the-news",
        "Tom Hale greeted the news on Monday, and Ana Ruiz welcomed it too.\n",
        none=True,
    ),
    Probe(
        "dined-with",
        "Tom Harris dined with Ivan Petrov at the Kremlin on Friday.\n",
        key=("Harris", "Petrov"), when="Friday",
    ),
    Probe(
        "had-lunch-with",
        "Spanish Foreign Minister Ana Ruiz had lunch with Jordanian Foreign Minister Omar Haddad on Sunday.\n",
        key=("Ruiz", "Haddad"), when="Sunday",
    ),
    Probe(
        "members-of-a-body",
        "Prime Minister Sarah Kemp met members of the Trades Union Congress in London on Monday.\n",
        key=("Kemp", "Congress"), place="London", when="Monday",
    ),
    Probe(
        "told-a-senate-hearing",
        "Defence Secretary Paul Grant told a Senate hearing on Tuesday that the army needed more money.\n",
        key=("Grant", "Senate"), when="Tuesday",
    ),
    Probe(
        "told-a-house-committee",
        "Tech chief Dana Wu told a House committee on Thursday that no data was lost.\n",
        key=("Wu", "House"), when="Thursday",
    ),
    Probe(
        "prime-ministers-questions",
        "During Prime Minister's Questions on Wednesday, Prime Minister Sarah Kemp defended the plan.\n",
        key=("Kemp", "Commons"), when="Wednesday",
    ),
    Probe(
        "mediated-talks-between",
        "Qatari envoy Ali Nasser mediated talks between Ana Ruiz and Omar Haddad in Doha on Monday.\n",
        key=("Nasser", "Ruiz", "Haddad"), place="Doha", when="Monday",
    ),
    Probe(
        "hosted-talks-between",
        "Egypt hosted talks between Israeli and Hamas negotiators in Cairo on Monday.\n",
        key=("Egypt", "Israeli", "Hamas"), place="Cairo", when="Monday",
    ),
    Probe(
        "congratulated-in-a-call",
        "Tom Harris congratulated Ivan Petrov on his re-election in a phone call on Tuesday.\n",
        key=("Harris", "Petrov"), when="Tuesday",
    ),
    Probe(
        "address-to-the-nation",
        "President Maria Costa addressed the nation on Sunday night, urging calm.\n",
        none=True,
    ),
    Probe(
        "name-and-address",
        "John Blake spoke only to confirm his name and address, and Judge Mary Keane adjourned the case.\n",
        apart=(("Blake", "Keane"),),
    ),
    Probe(
        "courtesy-call",
        "Ana Ruiz paid a courtesy call on Omar Haddad at his office on Monday.\n",
        key=("Ruiz", "Haddad"), when="Monday",
    ),
    # --- a sixth batch: assemblies that enact, courts that hear ---
    Probe(
        "parliament-approved-nomination",
        "Parliament approved the nomination of Ana Ruiz as prime minister on Monday.\n",
        key=("Parliament", "Ruiz"), when="Monday",
    ),
    Probe(
        "assembly-rejected-budget",
        "Lawmakers in the National Assembly rejected the budget proposed by Finance Minister Omar Haddad on "
        "Friday.\n",
        key=("Assembly", "Haddad"), when="Friday",
    ),
    Probe(
        "passed-away",
        "Former senator Tom Reid passed away on Monday, the Senate said.\n",
        none=True,
    ),
    Probe(
        "approved-by-a-regulator",
        "The merger of Acme Corp and Beta Inc was approved by the competition regulator on Monday.\n",
        none=True,
    ),
    Probe(
        "law-of-the-past",
        "In 2009, when Congress passed a stimulus bill drafted by Senator Tom Reid, the economy was shrinking.\n",
        none=True,
    ),
    Probe(
        "court-heard-arguments",
        "The Supreme Court heard arguments on Tuesday in a case brought by Acme Corp against the Federal Trade "
        "Commission.\n",
        key=("Court", "Corp", "Commission"), when="Tuesday",
    ),
    Probe(
        "the-two-sides",
        "Russia and Ukraine agreed to a prisoner swap.\nThe two sides met in Istanbul on Friday.\n",
        key=("Russia", "Ukraine"), place="Istanbul", when="Friday",
    ),
    Probe(
        "sworn-in-by",
        "Ana Ruiz was sworn in as prime minister by President Maria Costa on Monday.\n",
        key=("Ruiz", "Costa"), when="Monday",
    ),
    Probe(
        "spoke-at-a-rally",
        "Tom Harris spoke at a rally in Ohio on Saturday.\n",
        key=("Harris", "rally"), place="Ohio", when="Saturday",
    ),
    Probe(
        "addressed-a-crowd-of-supporters",
        "Tom Harris addressed a crowd of supporters in Ohio on Saturday.\n",
        key=("Harris", "supporters"), place="Ohio", when="Saturday",
    ),
    Probe(
        "told-the-crowd-is-a-speech-tag",
        "\"We will not wait,\" Ana Ruiz told the crowd.\n",
        none=True,
    ),
    Probe(
        "will-speak-at-a-rally",
        "Tom Harris will speak at a rally in Ohio on Saturday.\n",
        none=True,
    ),
    Probe(
        "sentenced-at-a-court",
        "John Blake was sentenced at Leeds Crown Court on Monday to five years in prison.\n",
        key=("Blake", "Court"), place="Leeds Crown Court", when="Monday",
    ),
    Probe(
        "states-signed",
        "Iran and Iraq signed a security agreement in Baghdad on Monday.\n",
        key=("Iran", "Iraq"), place="Baghdad", when="Monday",
    ),
    Probe(
        "companies-signed",
        "Acme Corp and Beta Inc signed a merger agreement on Friday.\n",
        none=True,
    ),
    Probe(
        "represented-by",
        "Nurses and hospital managers met for four hours on Monday without a deal.\n\nUnion leader Grace Obi "
        "said the managers had not moved.\n\nThe managers, represented by health board chief Neil Ward, said "
        "the offer was final.\n",
        key=("Nurses", "managers", "Ward"), when="Monday",
    ),
    # --- a seventh batch, written after all fixes and measured once before any change ---
    Probe(
        "b7-wire-talks",
        "BRUSSELS (AP) — European Commission President Clara Weiss held talks with Turkish President Kemal "
        "Aydin on Thursday, the first such meeting in two years.\n",
        key=("Weiss", "Aydin"), place="Brussels", when="Thursday",
    ),
    Probe(
        "b7-met-behind-closed-doors",
        "Finance ministers Paul Okafor and Ana Ruiz met behind closed doors in Lagos on Tuesday.\n",
        key=("Okafor", "Ruiz"), place="Lagos", when="Tuesday",
    ),
    Probe(
        "b7-visit-then-meeting",
        "Indian Prime Minister Arjun Rao arrived in Tokyo on Monday for a three-day visit.\nRao met Japanese "
        "Prime Minister Kenji Arai at his official residence on Tuesday.\n",
        key=("Rao", "Arai"), when="Tuesday",
    ),
    Probe(
        "b7-held-a-meeting-with",
        "Mayor Ken Ito held a meeting with business leaders at City Hall on Wednesday.\n",
        key=("Ito", "leaders"), place="City Hall", when="Wednesday",
    ),
    Probe(
        "b7-phone-talks",
        "German Chancellor Lena Vogt held phone talks with US President Tom Harris on Sunday.\n",
        key=("Vogt", "Harris"), when="Sunday",
    ),
    Probe(
        "b7-speech-to-congress",
        "Ukrainian President Olena Bondar gave a speech to Congress on Wednesday, asking for more aid.\n",
        key=("Bondar", "Congress"), when="Wednesday",
    ),
    Probe(
        "b7-testified",
        "Former FBI director Tom Reid testified before the House Intelligence Committee on Monday.\n",
        key=("Reid", "Committee"), when="Monday",
    ),
    Probe(
        "b7-court-appearance",
        "Ana Ruiz, 34, appeared before Westminster Magistrates' Court on Friday charged with fraud.\n",
        key=("Ruiz", "Court"), when="Friday",
    ),
    Probe(
        "b7-parliament-voted",
        "The Bundestag voted 412-201 on Thursday to approve the defence budget proposed by Defence Minister "
        "Paul Grant.\n",
        key=("Bundestag", "Grant"), when="Thursday",
    ),
    Probe(
        "b7-key-lead-over-later",
        "Tom Harris and Ivan Petrov met in Geneva on Wednesday for their first summit.\n\nPetrov later "
        "spoke by phone with Chinese President Li Wen, the Kremlin said.\n\nPetrov and Li Wen also met in "
        "Beijing in May, and the two leaders spoke again in June.\n",
        key=("Harris", "Petrov"), place="Geneva", when="Wednesday",
    ),
    Probe(
        "b7-will-host",
        "Ana Ruiz will host Omar Haddad in Madrid next month, her office said on Monday.\n",
        none=True,
    ),
    Probe(
        "b7-plans-for-talks",
        "Tom Harris and Ivan Petrov plan to hold talks in Vienna in the autumn.\n",
        none=True,
    ),
    Probe(
        "b7-hoping-for",
        "Officials are hoping for a meeting between Ana Ruiz and Omar Haddad before the summer.\n",
        none=True,
    ),
    Probe(
        "b7-declined-to-meet",
        "Omar Haddad declined to meet Ana Ruiz during her visit.\n",
        none=True,
    ),
    Probe(
        "b7-match",
        "Real Madrid faced Bayern Munich at the Bernabeu on Tuesday, with Tom Reid scoring the winner.\n",
        none=True,
    ),
    Probe(
        "b7-topic-country",
        "Foreign ministers Ana Ruiz and Omar Haddad held talks on Monday about Syria and Lebanon.\n",
        key=("Ruiz", "Haddad"), when="Monday", apart=(("Syria", "Lebanon"), ("Ruiz", "Syria")),
    ),
    Probe(
        "b7-visitors-website",
        "Visitors to the Acme Corp website on Monday found it offline, spokeswoman Ana Ruiz said.\n",
        none=True,
    ),
    Probe(
        "b7-received-criticism",
        "Tom Hale received criticism from Ana Ruiz over the plan on Monday.\n",
        none=True,
    ),
    Probe(
        "called-for-calm-after-meeting",
        "Tom Harris called for calm after meeting Ivan Petrov in Geneva on Monday.\n",
        key=("Harris", "Petrov"), place="Geneva", when="Monday",
    ),
    Probe(
        "raided-the-offices-of",
        "Tax inspectors and police raided the offices of the opposition newspaper Daily Star on Friday.\n",
        key=("police", "Star"), place="offices", when="Friday",
    ),
)


def _check(probe: Probe) -> list[str]:
    meetings = meetings_of(probe)
    problems = key_meeting_problems(probe, meetings)
    for a, b in probe.apart:
        for m in meetings:
            names = {_last(p.name) for p in m.participants}
            if a.lower() in names and b.lower() in names:
                problems.append(f"{a} and {b} paired: {described(meetings)}")
    return problems


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_a_meeting_as_news_tells_it(probe: Probe) -> None:
    assert _check(probe) == []
