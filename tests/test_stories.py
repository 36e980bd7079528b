"""Whole stories nobody tuned the rules on before they were written: three folders of sources about one
story each (tests/data/stories), audited end to end, with what an editor must see in the findings.

- floods: a UN situation report, a news article and a blog on the 2022 monsoon floods in Pakistan.
- inflation: a statistics release, a paper and a broadcaster on UK inflation in September 2022.
- earnings: a company's press release (a fictional company), a wire story and a local paper.
- wildfires: a forest service's season figures (a fictional region), a wire story and a local paper: a
  rounded figure, a transposed one, a toll revised two days later, a fire moved to "last month", a
  year that slipped (2023's area given as 2022's), a series over four seasons, rival loss estimates.
- election: an electoral commission's declaration (a fictional city), a wire story and a local paper
  after a recount that changed the tallies; a turnout given for the wrong year, "four in ten".
- measles: a health agency's quarterly report, a wire story and a regional broadcaster: quarters,
  "per 100,000", "a year earlier", fractions in words, a count updated by later figures.
- layoffs: a carmaker's half-year results (a fictional company), a wire and the plant's local paper: a
  percentage rounded, a hedged job count, a transposed profit, the half-year's revenue put in the year
  before, "H1", "the first six months", "three in five", a series over three years, rival job counts.
- arrivals: a ministry's monthly bulletin on sea arrivals (a fictional country), a wire and an island
  paper: "more than", "nearly", "so far this year", a count revised two days later, a transposed count,
  series by month and by year, a record year slipped, rival death tolls.
- raids: a police press release on a week of drug raids (a fictional town), a wire and a local paper:
  "between 3 and 9 March", a hedged weight, a transposed and a rounded sum, "a third", an age range
  written two ways, a count raised two days later, a series over three years.
The expectations of the last six were written with the stories, before the audit had read them.
- waitlists: a health board's monthly performance summary (a fictional board), a wire and a local radio
  station: a hedged list size, "just under 72%", a transposed count of two-year waits, "one in four" for
  25.1%, last October's list given as the year before's, a series over three Octobers, waits "for a bed"
  for time spent in the department, attendances called patients, pathways against patients.
- port: a port authority's annual figures (a fictional port), a wire and a local paper after a dock
  strike: a hedged annual volume, a transposed count of vessel calls, the strike's cost raised two days
  later, rival costs from the authority and the union, "a dozen" ships, "two in five" for 38%, 2023's
  volume given as 2024's, the first half's volume put in the second, a series over four years, an owner's
  group revenue that looks like the port's revenue transposed.
- drought: a water company's resources update during a heatwave (a fictional region), a wire and a local
  paper: a hedged customer count, a mistyped peak demand, July's rainfall put in June, "less than a
  third", "less than two thirds", "almost two thirds", "on Monday last week", a series of one date's
  stocks over four years, rival leakage figures, one reservoir against all of them, people against homes.
The expectations of the last three were written with the stories, before the audit had read them.
- exams: an exams authority's results-day release (a fictional region), a wire and a town paper: a hedged
  and a rounded candidate count, a transposed count of candidates hit by a marking error, that count raised
  the next day, last year's pass rate put in the year before, a series over four years, "four in five",
  "three quarters", "more than a tenth", entries called students, rival counts of vacant teaching posts, a
  town's pass rate and a lower level's pass rate that look like the region's.
- ferry: a coast guard's statement after a ferry sank (a fictional country), a wire and an island paper
  two days later: a toll and a missing count that change, a transposed manifest, a hedged count aboard,
  rival counts aboard, people rescued called passengers, a series of yearly ferry deaths, 2024's deaths
  put in 2023, a licensed capacity, vehicles and hospital cases that look like other counts.
- airquality: a city council's annual air quality report (a fictional city), a wire and a local paper: a
  transposed annual mean, a hedged one, the city's means shifted a year back, a series over four years,
  "so far this year" for "the first four months", penalty notices corrected two days later, rival death
  estimates, "nearly nine in ten", sites called streets, one school's monitor and fine particles that look
  like the city's nitrogen dioxide.
The expectations of the last three were written with the stories, before the audit had read them.
- outage: a power network's statement the day after a storm (a fictional network), a wire and a local
  radio station two days later: customers hedged as "more than 210,000" homes and businesses, the count
  raised two days later, customers called homes, a transposed count of faults, "Twelve" and "a dozen",
  "about one in four" for 26%, "on Friday" and "last year" in documents of different days, a series over
  three years, rival insured losses, one district's count and the count still off on Monday.
- housing: a statistics office's quarterly housing starts (a fictional region), a wire and a local paper:
  a transposed quarter's starts, the second quarter's starts put in the first, "the first half of this
  year" hedged, "a quarter", "one in four" and "nearly two thirds", affordable homes called social
  homes, a series over three years and two quarters, rival housing shortfalls, and completions, permits,
  private starts, a target and the city's own starts that look like the region's starts.
- budget: a city council's budget release (a fictional city), a wire and a local paper two days later: a
  rounded budget, "almost 5%" for 4.99%, a transposed savings gap, the gap raised two days later, posts
  called jobs, rival estimates of what a fare rise brings in, 2023's journeys given as last year's, a
  series over three years, "Twelve" and "more than two fifths", and reserves, a fare rise and vacant posts
  that look like the savings, the council tax rise and the posts cut.
The expectations of the last three were written with the stories, before the audit had read them.
- breach: a telecoms company's statement on a cyber attack (a fictional company), a wire and a local
  paper two days later: customers hedged as "more than 2.1 million", the count raised two days later, a
  transposed count of bank details, "nearly one in four" for 23.6%, helpline calls called customers, "on
  Friday last week", "eleven days", a series of phishing emails over three years with 2024's put in 2023,
  a researcher's rival count, and staff, regulator reports and scam calls that look like other counts.
- festival: a folk festival's organisers (a fictional festival), a wire and the town's paper two days
  later: a hedged attendance, transposed ticket takings, arrests raised two days later, rival economic
  impact figures, people treated on site called people taken to hospital, "two thirds" for 67%, 2023's
  attendance given as last year's, a series over three years, and one day's crowd, campers, volunteers
  and "a dozen" volunteers that look like the weekend's counts and the 12 stages.
- bridge: a council's report on a bridge closure (a fictional town), a wire and a local paper four days
  later: a hedged daily traffic count, a transposed repair cost raised a day later, "about an eighth" for
  12.4%, "nine minutes", 2024's traffic given as 2023's, a series over three years, rival estimates of
  lost trade, and the diversion's traffic, people on foot and a funding bid that look like the bridge's.
The expectations of the last three were written with the stories, before the audit had read them.
- heatwave: a public health institute's report on a heatwave's excess deaths (a fictional region), a
  wire and a local radio station four days later: a hedged toll, the toll revised up with late
  registrations, a transposed count of admissions, "almost three quarters" and "nearly three quarters"
  for 73%, 2023's deaths given as last year's, a series over three summers, rival university and
  observatory estimates, "twelve" days, and calls, visits, admissions and outdoor workers that look like
  the toll.
- potholes: a county council's highways report (a fictional county), a wire and a local paper three days
  later: a hedged record repair count, a transposed compensation cost, claims corrected up three days
  later, claims called drivers paid, "one in five" and "almost a fifth" for 19.6%, "since January" and
  "the first four months of this year", 2022's repairs given as 2023's, a series over four years, an
  industry group's rival backlog, "a dozen" crews, and reports, payouts and next year's budget that look
  like the repairs, the claims and the spending.
- enrolment: a university's enrolment release (a fictional university), a wire and a local radio station
  four days later: a hedged and a "just over" count, a transposed count of Indian students, all
  international students called new ones, 2023's count given as last year's, a series over five years, a
  deficit raised four days later, rival counts of jobs at risk, "about one in four", "a quarter", "two
  thirds", and new entrants, applications, home students, staff and a hospital's staff that look like
  the university's counts.
The expectations of the last three were written with the stories, before the audit had read them.
- trial: a university's release of a clinical trial's results (a fictional drug), a wire and a local
  radio station three days later: the risk cut "by more than a quarter" and raised from 27% to 31%, a
  hedged count of patients, a transposed count of admissions, "about one in eight" and "about one in six",
  "just over three" years, an age range written two ways, rival sales forecasts, 2023's events put in the
  year before "last year", a series over three years, and the drug and placebo groups, one hospital's
  recruits and "the other 117 hospitals" that look like each other.
- transfer: a football club's statement on a record signing (a fictional club), a wire and a local paper
  two days later: a fee as "£38.5 million", "38.5 million pounds" and "£38.5m", a fee with add-ons,
  season tickets transposed and raised two days later, seasons written "2024-25", 2022-23's crowd given as
  2023-24's, a series over three seasons, "nearly three fifths" and "about a fifth", "last year" against
  "in 2024", rival wage reports, and a capacity, a wage bill and two shares that look like other counts.
- sentencing: an environment agency's release on a water company's sentencing for sewage spills (a
  fictional company), a wire and a local paper four days later: a fine in three forms, transposed costs,
  "more than 1,400" spills, a fish kill rounded and raised four days later, "nearly two thirds" for 64%,
  "on Thursday last week", 2023's fines put in 2022, a series over three years, rival clean-up costs, and
  a donation, customers against people, hours against spills and a fish stock's "two thirds" that look
  like the figures of the case.
The expectations of the last three were written with the stories, before the audit had read them.
- airline: an airline's traffic statement for the year (a fictional airline), a wire and the airport
  town's paper four days later: key figures as a list with the year before in brackets, a hedged and a
  rounded passenger count, "nearly 7 percent", a transposed count of storm cancellations, that count raised
  four days later, "four in five" twice, rival storm costs, a fuel bill in three forms, a forecast range
  in three forms, 2024's passengers given as 2023's, and the airport's passengers, the year's
  cancellations, punctuality and the staff at one base that look like the airline's figures.
- railstrike: a train operator's statement after a three-day strike (a fictional operator), a wire and a
  local radio bulletin's transcript four days later: a transposed count of cancelled trains, "about 70%"
  and "more than two thirds", lost fares in three forms raised four days later, rival counts of strikers,
  a pay offer in "%" and "percent", 2023's strike cost given as 2024's, a series over two years and over
  three days, and the timetable, one day's cancellations, the union's claim, inflation and basic pay that
  look like the figures of the strike.
- quota: a fisheries council's quota decision (a fictional council), a wire and a fishing town paper's
  questions and answers five days later: a hedged quota, "nearly a fifth" and "almost one fifth" for
  18%, a transposed quota, 2025's quota given as 2024's, a series over three years, a licence count
  corrected five days later, rival costs, "About a third", a range written "between 300 and 450" and
  "300-450", and the scientists' advice, landings, the haddock quota and a harbour's tonnage that look
  like the cod quota.
The expectations of the last three were written with the stories, before the audit had read them.
- appeal: a children's charity's telethon total (a fictional charity), a wire and the host town's paper
  three days later: the total as "£18,642,310", "about 18.6 million pounds" and "£18.64 million", raised
  to £19.1 million as late gifts were counted, donors raised too, "About three in five" for 61%, a
  transposed count of projects, 2023's total given as 2022's, a series over four years, "86p" and "86
  pence", rival costs of the broadcast, and the matched total, the government's match, companies' gifts
  and one town's events that look like the total.
- seabirds: a wildlife trust's seabird census (fictional islands), a wire and an island radio station
  four days later: a hedged burrow count, "about a quarter" and "almost a quarter" for 24%, 2023's count
  given as 2021's, a transposed count of nests, dead birds hedged and raised after a search, rival tolls,
  series over four censuses and two seasons, "two years ago", "eleven weeks", and guillemot pairs against
  birds, visitors, birds that tested positive and the estimated dead that look like other counts.
- recall: a food authority's statement on a salmonella outbreak (a fictional company), a wire and a
  local paper's live blog two days later: cases hedged and raised, hospital cases raised and written
  "Forty-one", "About a quarter" for 26%, a transposed count of packs, 2023's outbreaks given as 2024's,
  a series over three years, rival recall costs, an age range written two ways, shops called stores, and
  41 outbreaks that look like 41 people in hospital.
The expectations of the last three were written with the stories, before the audit had read them.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from factaudit import columns as col
from factaudit.audit import AuditConfig, AuditResult, run_audit

STORIES = Path(__file__).parent / "data" / "stories"


@functools.cache
def _audit(name: str) -> AuditResult:
    return run_audit(AuditConfig(sources=(str(STORIES / name),), cache=None))


def _kinds(result: AuditResult, left: tuple[str, str], right: tuple[str, str]) -> set[str]:
    """The kinds of the findings that hold the claim written `left[1]` in document `left[0]` and the one
    written `right[1]` in `right[0]`. A figure a document writes twice is either copy: an editor is told
    of the pair whichever copy the finding holds (and a pair that must not be found may be on neither)."""
    claims = result.claims
    ids: dict[tuple[str, str], set[str]] = {}
    for doc, text, claim_id in zip(claims[col.DOC_ID], claims[col.TEXT], claims[col.CLAIM_ID], strict=True):
        ids.setdefault((doc, text), set()).add(claim_id)
    lefts, rights = ids[left], ids[right]
    return {
        f.kind
        for f in result.findings
        if not lefts.isdisjoint(f.claim_ids) and not rights.isdisjoint(f.claim_ids)
    }


# (story, claim, claim, the kinds the pair must be found in, among others; an empty set: in no finding)
EXPECTED = [
    # The same 33 million, with a hedge added: a drift, not a conflict, though one side states no period.
    ("floods", ("blog", "33 million"), ("news", "About 33 million"), {"qualifier_drift"}),
    ("floods", ("blog", "Around 8 million"), ("ocha", "Around 7.9 million"), {"agreement"}),
    # 1,739 killed and 5.2 million people to be helped share "people" and nothing else.
    ("floods", ("blog", "1,739"), ("ocha", "5.2 million"), set()),
    # One rolling window, two figures: 14.6% and 14.5% food inflation in the year to September.
    ("inflation", ("ons", "14.6%"), ("paper", "14.5%"), {"number_conflict"}),
    # Revenue for the third quarter, written "$4.21 billion" and "third-quarter revenue ... $4.2 billion".
    ("earnings", ("pr", "$4.21 billion"), ("wire", "$4.2 billion"), {"agreement"}),
    ("earnings", ("pr", "$612 million"), ("wire", "$612 million"), {"wording_drift"}),
    # Wildfires. The season's area, rounded and hedged by the wire, rounded up by the local paper ("this
    # year" holds the season it reports).
    ("wildfires", ("agency", "84,312"), ("wire", "about 84,000"), {"qualifier_drift"}),
    ("wildfires", ("agency", "84,312"), ("local", "nearly 85,000"), {"qualifier_drift"}),
    ("wildfires", ("agency", "4,870"), ("wire", "Nearly 5,000"), {"qualifier_drift"}),
    ("wildfires", ("agency", "1,214"), ("local", "about 1,200"), {"qualifier_drift"}),
    # 312 homes destroyed, 321 in the wire on the same day: a transposed figure.
    ("wildfires", ("agency", "312"), ("wire", "321"), {"number_conflict"}),
    # Two days later the forest service raised the count to 340 after its damage survey.
    ("wildfires", ("agency", "312"), ("local", "340"), {"superseded"}),
    # The Valdemora fire burned in August; the wire's "last month" (of an October story) is September.
    ("wildfires", ("agency", "21,400"), ("wire", "21,400"), {"date_conflict"}),
    ("wildfires", ("agency", "21,400"), ("local", "21,400"), {"agreement"}),
    # Four seasons of one measure.
    ("wildfires", ("agency", "45,200"), ("agency", "52,800"), {"time_series"}),
    # The local paper put 2023's 61,000 hectares in 2022, when 97,500 burned.
    ("wildfires", ("local", "61,000"), ("agency", "97,500"), {"number_conflict"}),
    ("wildfires", ("agency", "66%"), ("local", "Two thirds"), {"agreement"}),
    ("wildfires", ("agency", "€48 million"), ("wire", "€48m"), {"agreement"}),
    ("wildfires", ("wire", "€120 million"), ("wire", "€75 million"), {"competing_estimates"}),
    # Election.
    ("election", ("commission", "41.6%"), ("wire", "nearly 42%"), {"qualifier_drift"}),
    ("election", ("commission", "41.6%"), ("local", "41.6 per cent"), {"agreement"}),
    ("election", ("commission", "311"), ("wire", "311"), {"agreement"}),
    # The recount changed the tallies and the majority: updates, not conflicts.
    ("election", ("commission", "311"), ("local", "287"), {"superseded"}),
    ("election", ("commission", "78,215"), ("local", "78,190"), {"superseded"}),
    # The local paper gave 2021's turnout (44.3%) as 2017's, when it was 46.0%: its year slipped. Each claim
    # is compared with its best counterpart in each other document, here the same figure: a date conflict.
    ("election", ("local", "44.3 per cent"), ("commission", "44.3%"), {"date_conflict"}),
    ("election", ("commission", "44.3%"), ("commission", "46.0%"), {"time_series"}),
    ("election", ("wire", "2,400"), ("wire", "1,932"), {"competing_estimates"}),
    ("election", ("commission", "24"), ("wire", "24"), {"agreement"}),
    # Two candidates' votes share every word but the name.
    ("election", ("commission", "78,215"), ("wire", "77,904"), set()),
    # Measles.
    ("measles", ("agency", "1,263"), ("wire", "1,200"), {"qualifier_drift"}),
    ("measles", ("agency", "586"), ("wire", "586"), {"agreement"}),
    ("measles", ("agency", "88.9%"), ("wire", "88.9%"), {"agreement"}),
    ("measles", ("agency", "2.2"), ("tv", "2.2"), {"agreement"}),
    # The first quarter's 677 cases, 767 on television.
    ("measles", ("agency", "677"), ("tv", "767"), {"number_conflict"}),
    ("measles", ("agency", "677"), ("agency", "586"), {"time_series"}),
    ("measles", ("agency", "88.9%"), ("agency", "89.3%"), {"time_series"}),
    # Four days later, more cases since January: an update.
    ("measles", ("agency", "1,263"), ("tv", "1,358"), {"superseded"}),
    ("measles", ("agency", "64%"), ("tv", "About two thirds"), {"qualifier_drift"}),
    # Layoffs. A rounded percentage, a hedged job count, a transposed profit, the first half's revenue put
    # in the year before, three in five for 60%, a series over three years, rival counts of German jobs.
    ("layoffs", ("pr", "6.2%"), ("wire", "6%"), {"agreement"}),
    ("layoffs", ("pr", "€18.4 billion"), ("wire", "€18.4bn"), {"agreement"}),
    ("layoffs", ("pr", "4,200"), ("wire", "about 4,200"), {"qualifier_drift"}),
    ("layoffs", ("pr", "4,200"), ("local", "4,200"), {"agreement"}),
    ("layoffs", ("pr", "1,350"), ("local", "More than 1,300"), {"qualifier_drift"}),
    # H1 operating profit €1.12 billion, €1.21bn on the wire the same day.
    ("layoffs", ("pr", "€1.12 billion"), ("wire", "€1.21bn"), {"number_conflict"}),
    ("layoffs", ("pr", "€1.87 billion"), ("wire", "€1.87bn"), {"agreement"}),
    ("layoffs", ("pr", "€9.1 billion"), ("wire", "€9.1bn"), {"agreement"}),
    ("layoffs", ("pr", "€650 million"), ("wire", "€650m"), {"agreement"}),
    # The local paper put 2025's first-half revenue in the first half of 2024, when it was €19.6 billion.
    ("layoffs", ("local", "€18.4 billion"), ("pr", "€19.6 billion"), {"number_conflict"}),
    ("layoffs", ("local", "€18.4 billion"), ("pr", "€18.4 billion"), {"date_conflict"}),
    ("layoffs", ("pr", "Around 60%"), ("local", "Roughly three in five"), {"agreement"}),
    ("layoffs", ("pr", "790,000"), ("pr", "871,000"), {"time_series"}),
    ("layoffs", ("wire", "as many as 2,000"), ("wire", "1,600"), {"competing_estimates"}),
    # Arrivals. A month's count hedged both ways and revised two days later, "so far this year" for "since 1
    # January", a transposed count, a series by month and one by year, 2024's record put in 2023.
    ("arrivals", ("ministry", "6,842"), ("wire", "More than 6,800"), {"qualifier_drift"}),
    ("arrivals", ("ministry", "6,842"), ("local", "Nearly 7,000"), {"qualifier_drift"}),
    ("arrivals", ("ministry", "6,842"), ("local", "7,015"), {"superseded"}),
    ("arrivals", ("ministry", "31,508"), ("wire", "31,508"), {"agreement"}),
    ("arrivals", ("ministry", "14%"), ("wire", "14%"), {"agreement"}),
    ("arrivals", ("ministry", "1,206"), ("wire", "Around 1,200"), {"qualifier_drift"}),
    ("arrivals", ("ministry", "3,975"), ("wire", "3,795"), {"number_conflict"}),
    ("arrivals", ("ministry", "4,390"), ("ministry", "6,842"), {"time_series"}),
    ("arrivals", ("ministry", "41,900"), ("ministry", "52,150"), {"time_series"}),
    ("arrivals", ("local", "52,150"), ("ministry", "41,900"), {"number_conflict"}),
    ("arrivals", ("ministry", "48%"), ("local", "almost half"), {"qualifier_drift"}),
    ("arrivals", ("wire", "at least 85"), ("wire", "61"), {"competing_estimates"}),
    # Raids. A hedged weight, a transposed and a rounded sum of cash, a count raised two days later, "a
    # third" for 34%, an age range written two ways, a series over three years.
    ("raids", ("police", "14.6"), ("wire", "nearly 15"), {"qualifier_drift"}),
    ("raids", ("police", "£312,000"), ("wire", "£321,000"), {"number_conflict"}),
    ("raids", ("police", "£312,000"), ("local", "around £300,000"), {"qualifier_drift"}),
    ("raids", ("police", "£1.2 million"), ("wire", "an estimated £1.2m"), {"agreement"}),
    ("raids", ("police", "27"), ("wire", "27"), {"agreement"}),
    ("raids", ("police", "27"), ("local", "31"), {"superseded"}),
    ("raids", ("police", "18"), ("wire", "18"), {"agreement"}),
    ("raids", ("police", "34%"), ("local", "A third"), {"agreement"}),
    ("raids", ("police", "between 16 and 54"), ("wire", "16 to 54"), {"agreement"}),
    ("raids", ("police", "38"), ("police", "51"), {"time_series"}),
    # "last year" of a 2025 story is 2024.
    ("raids", ("police", "63"), ("local", "63"), {"agreement"}),
    # Waiting lists. The list hedged and rounded by the wire, the share of 36-week waits as "one in four", a
    # transposed count of two-year waits, the radio's "October last year" holding October 2023's list.
    ("waitlists", ("board", "612,480"), ("wire", "about 612,000"), {"qualifier_drift"}),
    ("waitlists", ("board", "612,480"), ("radio", "612,480"), {"agreement"}),
    ("waitlists", ("board", "612,480"), ("board", "615,902"), {"time_series"}),
    ("waitlists", ("board", "71.8%"), ("wire", "Just under 72%"), {"qualifier_drift"}),
    ("waitlists", ("board", "24,316"), ("wire", "23,416"), {"number_conflict"}),
    ("waitlists", ("board", "25.1%"), ("radio", "One in four"), {"agreement"}),
    ("waitlists", ("board", "548,300"), ("board", "601,750"), {"time_series"}),
    # A November 2025 broadcast's "October last year" is October 2024, when the list was 601,750.
    ("waitlists", ("radio", "583,100"), ("board", "601,750"), {"number_conflict"}),
    ("waitlists", ("radio", "583,100"), ("board", "583,100"), {"date_conflict"}),
    # Twelve hours in the department is not twelve hours waiting for a bed: the same figure, what is
    # counted reworded.
    ("waitlists", ("board", "9,842"), ("wire", "9,842"), {"wording_drift"}),
    ("waitlists", ("board", "9,842"), ("radio", "More than 9,800"), {"qualifier_drift"}),
    ("waitlists", ("board", "9,842"), ("board", "9,215"), {"time_series"}),
    ("waitlists", ("board", "48.6%"), ("wire", "48.6%"), {"agreement"}),
    ("waitlists", ("board", "3,118"), ("wire", "3,118"), {"agreement"}),
    ("waitlists", ("board", "61.2%"), ("radio", "61.2%"), {"agreement"}),
    ("waitlists", ("board", "about 471,000"), ("radio", "about 471,000"), {"agreement"}),
    # "last month" of a November story is October: attendances, called patients.
    ("waitlists", ("board", "38,604"), ("radio", "38,604"), {"agreement"}),
    # Port. The year's volume hedged, a transposed count of calls, the strike's cost raised two days later,
    # rival costs, 2023's volume given as 2024's, the first half's volume put in the second half.
    ("port", ("authority", "1,284,600"), ("wire", "about 1.28 million"), {"qualifier_drift"}),
    ("port", ("authority", "1,284,600"), ("local", "1,284,600"), {"agreement"}),
    ("port", ("authority", "2,917"), ("wire", "2,971"), {"number_conflict"}),
    ("port", ("authority", "£214.5 million"), ("wire", "£214.5m"), {"agreement"}),
    ("port", ("authority", "41,000"), ("wire", "41,000"), {"agreement"}),
    ("port", ("authority", "£6.2 million"), ("wire", "£6.2m"), {"agreement"}),
    ("port", ("authority", "41,000"), ("local", "46,500"), {"superseded"}),
    ("port", ("wire", "£9 million"), ("wire", "£6.2m"), {"competing_estimates"}),
    ("port", ("authority", "12"), ("local", "A dozen"), {"agreement"}),
    ("port", ("authority", "38%"), ("wire", "Nearly two in five"), {"qualifier_drift"}),
    ("port", ("authority", "1,102,400"), ("authority", "1,244,800"), {"time_series"}),
    ("port", ("authority", "1,187,500"), ("authority", "1,284,600"), {"time_series"}),
    ("port", ("local", "1,187,500"), ("authority", "1,244,800"), {"number_conflict"}),
    ("port", ("local", "1,187,500"), ("authority", "1,187,500"), {"date_conflict"}),
    ("port", ("local", "671,900"), ("authority", "671,900"), {"date_conflict"}),
    ("port", ("authority", "3,480"), ("local", "3,480"), {"agreement"}),
    # Drought. A hedged customer count, a mistyped peak, July's rain put in June, shares as fractions,
    # stocks "on Monday" and "on Monday last week" (4 August), a series of 4 August stocks, rival leakage.
    ("drought", ("company", "1.46 million"), ("wire", "about 1.5 million"), {"qualifier_drift"}),
    ("drought", ("company", "1.46 million"), ("local", "1.46 million"), {"agreement"}),
    ("drought", ("company", "47.3%"), ("wire", "47.3%"), {"agreement"}),
    ("drought", ("company", "47.3%"), ("local", "47.3%"), {"agreement"}),
    ("drought", ("company", "47.3%"), ("wire", "less than half"), {"qualifier_drift"}),
    ("drought", ("company", "71.2%"), ("wire", "71.2%"), {"agreement"}),
    ("drought", ("company", "58.7%"), ("company", "80.5%"), {"time_series"}),
    ("drought", ("company", "76.4%"), ("local", "76.4%"), {"agreement"}),
    ("drought", ("company", "38.6%"), ("local", "38.6%"), {"agreement"}),
    # 1,912 megalitres on 12 July, 1,812 on the wire in last month's heatwave.
    ("drought", ("company", "1,912"), ("wire", "1,812"), {"number_conflict"}),
    ("drought", ("company", "18.2"), ("wire", "18.2"), {"agreement"}),
    ("drought", ("company", "29%"), ("wire", "less than a third"), {"qualifier_drift"}),
    # The local paper put July's 18.2mm in June, when 41.5mm fell.
    ("drought", ("local", "18.2"), ("company", "41.5"), {"number_conflict"}),
    ("drought", ("local", "18.2"), ("company", "18.2"), {"date_conflict"}),
    ("drought", ("company", "251"), ("local", "251"), {"agreement"}),
    ("drought", ("company", "62%"), ("local", "less than two thirds"), {"qualifier_drift"}),
    ("drought", ("company", "64%"), ("local", "Almost two thirds"), {"qualifier_drift"}),
    ("drought", ("company", "167"), ("wire", "167"), {"agreement"}),
    ("drought", ("wire", "240"), ("wire", "167"), {"competing_estimates"}),
    ("drought", ("company", "about 1,100"), ("local", "about 1,100"), {"agreement"}),
    # Exams. Candidates hedged and rounded, a transposed count of candidates hit by the marking error and
    # its rise the next day, 2024's pass rate put in 2023, a series over four years, shares in words, A
    # grades of entries given as A grades of students, rival counts of vacant posts.
    ("exams", ("authority", "148,620"), ("wire", "about 149,000"), {"qualifier_drift"}),
    ("exams", ("authority", "148,620"), ("local", "Nearly 150,000"), {"qualifier_drift"}),
    ("exams", ("authority", "77.4%"), ("wire", "77.4%"), {"agreement"}),
    ("exams", ("authority", "77.4%"), ("local", "77.4%"), {"agreement"}),
    # "last year" of an August 2025 release is 2024, as the wire says.
    ("exams", ("authority", "78.9%"), ("wire", "78.9%"), {"agreement"}),
    ("exams", ("authority", "81.1%"), ("authority", "79.8%"), {"time_series"}),
    ("exams", ("authority", "78.3%"), ("authority", "78.9%"), {"time_series"}),
    # The town paper put 2024's 78.9% in 2023, when the pass rate was 78.3%.
    ("exams", ("local", "78.9%"), ("authority", "78.3%"), {"number_conflict"}),
    ("exams", ("local", "78.9%"), ("authority", "78.9%"), {"date_conflict"}),
    # 28.6% of entries were graded A; 28.6% of students did not get an A.
    ("exams", ("authority", "28.6%"), ("wire", "28.6%"), {"wording_drift"}),
    # 2,310 candidates hit by the marking error, 2,130 on the wire the same day; 3,050 the next day.
    ("exams", ("authority", "2,310"), ("wire", "2,130"), {"number_conflict"}),
    ("exams", ("authority", "2,310"), ("local", "3,050"), {"superseded"}),
    ("exams", ("authority", "80.2%"), ("wire", "Roughly four in five"), {"qualifier_drift"}),
    ("exams", ("authority", "74.6%"), ("wire", "three quarters"), {"agreement"}),
    ("exams", ("authority", "9,480"), ("wire", "about 9,500"), {"qualifier_drift"}),
    ("exams", ("authority", "11.2%"), ("wire", "more than a tenth"), {"qualifier_drift"}),
    ("exams", ("wire", "1,900"), ("wire", "1,150"), {"competing_estimates"}),
    ("exams", ("authority", "6,740"), ("local", "almost 6,800"), {"qualifier_drift"}),
    # Ferry. A toll and a missing count raised and lowered two days later, a transposed manifest, rival
    # counts aboard, people rescued (crew among them) called passengers, a series of yearly ferry deaths,
    # 2024's deaths put in 2023.
    ("ferry", ("coastguard", "486"), ("wire", "468"), {"number_conflict"}),
    ("ferry", ("coastguard", "486"), ("local", "Nearly 500"), {"qualifier_drift"}),
    ("ferry", ("wire", "more than 600"), ("wire", "468"), {"competing_estimates"}),
    ("ferry", ("coastguard", "412"), ("wire", "412"), {"wording_drift"}),
    ("ferry", ("coastguard", "412"), ("local", "More than 400"), {"qualifier_drift"}),
    ("ferry", ("coastguard", "14"), ("wire", "At least 14"), {"qualifier_drift"}),
    ("ferry", ("coastguard", "14"), ("local", "19"), {"superseded"}),
    ("ferry", ("coastguard", "60"), ("local", "55"), {"superseded"}),
    ("ferry", ("coastguard", "58"), ("local", "58"), {"agreement"}),
    ("ferry", ("coastguard", "230"), ("wire", "More than 200"), {"qualifier_drift"}),
    # "Last year" of a March 2025 story is 2024.
    ("ferry", ("coastguard", "88"), ("wire", "88"), {"agreement"}),
    ("ferry", ("coastguard", "57"), ("coastguard", "41"), {"time_series"}),
    ("ferry", ("coastguard", "41"), ("coastguard", "88"), {"time_series"}),
    # The island paper put 2024's 88 deaths in 2023, when 41 died.
    ("ferry", ("local", "88"), ("coastguard", "41"), {"number_conflict"}),
    ("ferry", ("local", "88"), ("coastguard", "88"), {"date_conflict"}),
    # Air quality. A transposed annual mean, a hedged one, the city's means shifted a year back by the
    # local paper, a series over four years, "so far this year" for the first four months, penalty notices
    # corrected two days later, rival death estimates, sites called streets.
    ("airquality", ("council", "29.6"), ("wire", "26.9"), {"number_conflict"}),
    ("airquality", ("council", "32.8"), ("wire", "nearly 33"), {"qualifier_drift"}),
    ("airquality", ("council", "37.4"), ("council", "35.1"), {"time_series"}),
    ("airquality", ("council", "32.8"), ("council", "29.6"), {"time_series"}),
    # The local paper gave 2023's mean as last year's (2024) and 2022's as 2023's.
    ("airquality", ("local", "32.8"), ("council", "29.6"), {"number_conflict"}),
    ("airquality", ("local", "32.8"), ("council", "32.8"), {"date_conflict"}),
    ("airquality", ("local", "35.1"), ("council", "32.8"), {"number_conflict"}),
    ("airquality", ("council", "Seven"), ("wire", "Seven"), {"wording_drift"}),
    ("airquality", ("council", "46.3"), ("local", "46.3"), {"agreement"}),
    ("airquality", ("council", "27.1"), ("wire", "27.1"), {"agreement"}),
    ("airquality", ("council", "18,420"), ("wire", "18,420"), {"agreement"}),
    ("airquality", ("council", "18,420"), ("local", "21,960"), {"superseded"}),
    ("airquality", ("council", "87%"), ("wire", "87%"), {"agreement"}),
    ("airquality", ("council", "87%"), ("local", "Nearly nine in ten"), {"qualifier_drift"}),
    ("airquality", ("council", "about 240"), ("wire", "about 240"), {"agreement"}),
    ("airquality", ("wire", "410"), ("wire", "about 240"), {"competing_estimates"}),
    ("airquality", ("council", "£6.4 million"), ("local", "£6.4 million"), {"agreement"}),
    # Outage. Customers hedged and called homes and businesses, the count raised two days later, the
    # customers still off on Saturday called homes, a transposed count of faults, numbers in words.
    ("outage", ("utility", "214,600"), ("wire", "More than 210,000"), {"qualifier_drift"}),
    ("outage", ("utility", "214,600"), ("radio", "221,900"), {"superseded"}),
    ("outage", ("utility", "46,300"), ("wire", "46,300"), {"wording_drift"}),
    ("outage", ("utility", "46,300"), ("radio", "More than 46,000"), {"qualifier_drift"}),
    # 1,482 faults repaired, 1,842 on the wire the same day.
    ("outage", ("utility", "1,482"), ("wire", "1,842"), {"number_conflict"}),
    ("outage", ("utility", "312"), ("wire", "312"), {"agreement"}),
    ("outage", ("utility", "Twelve"), ("radio", "A dozen"), {"agreement"}),
    ("outage", ("utility", "26%"), ("radio", "about one in four"), {"qualifier_drift"}),
    ("outage", ("utility", "9,870"), ("radio", "9,870"), {"agreement"}),
    ("outage", ("utility", "£80"), ("radio", "£80"), {"agreement"}),
    ("outage", ("utility", "88,400"), ("utility", "131,700"), {"time_series"}),
    ("outage", ("utility", "131,700"), ("wire", "131,700"), {"agreement"}),
    # "Last year" of a January 2025 broadcast is 2024.
    ("outage", ("utility", "97,200"), ("radio", "97,200"), {"agreement"}),
    ("outage", ("wire", "£140 million"), ("wire", "up to £95 million"), {"competing_estimates"}),
    # Housing. A transposed quarter, the first half hedged, shares as words, affordable homes called
    # social homes, series by year and by quarter, rival shortfalls.
    ("housing", ("office", "8,412"), ("wire", "8,142"), {"number_conflict"}),
    ("housing", ("office", "6.3%"), ("wire", "6.3%"), {"agreement"}),
    ("housing", ("office", "16,938"), ("wire", "16,938"), {"agreement"}),
    # "the first half of this year" of an August 2025 paper is January to June 2025.
    ("housing", ("office", "16,938"), ("local", "Nearly 17,000"), {"qualifier_drift"}),
    ("housing", ("office", "7,930"), ("wire", "Nearly 8,000"), {"qualifier_drift"}),
    ("housing", ("office", "2,086"), ("wire", "2,086"), {"wording_drift"}),
    ("housing", ("office", "24.8%"), ("wire", "a quarter"), {"agreement"}),
    ("housing", ("office", "24.8%"), ("local", "One in four"), {"agreement"}),
    ("housing", ("office", "65.8%"), ("local", "nearly two thirds"), {"qualifier_drift"}),
    ("housing", ("office", "10,315"), ("local", "more than 10,000"), {"qualifier_drift"}),
    ("housing", ("office", "41,250"), ("office", "36,870"), {"time_series"}),
    ("housing", ("office", "36,870"), ("office", "33,940"), {"time_series"}),
    ("housing", ("office", "8,526"), ("office", "8,412"), {"time_series"}),
    ("housing", ("office", "33,940"), ("local", "33,940"), {"agreement"}),
    # The local paper put the second quarter's 8,412 starts in the first, when there were 8,526.
    ("housing", ("local", "8,412"), ("office", "8,526"), {"number_conflict"}),
    ("housing", ("local", "8,412"), ("office", "8,412"), {"date_conflict"}),
    ("housing", ("wire", "120,000"), ("wire", "about 78,000"), {"competing_estimates"}),
    # Budget. A rounded budget, a hedged council tax rise, a transposed savings gap raised two days later,
    # posts called jobs, rival fare income, 2023's journeys given as last year's, a series over three years.
    ("budget", ("council", "£1.84 billion"), ("wire", "£1.8bn"), {"agreement"}),
    ("budget", ("council", "4.99%"), ("wire", "almost 5%"), {"qualifier_drift"}),
    ("budget", ("council", "4.99%"), ("local", "4.99%"), {"agreement"}),
    ("budget", ("council", "15%"), ("wire", "15%"), {"agreement"}),
    # Savings of £62.5 million, £65.2 million on the wire the same day; £68.1 million two days later.
    ("budget", ("council", "£62.5 million"), ("wire", "£65.2 million"), {"number_conflict"}),
    ("budget", ("council", "£62.5 million"), ("local", "£68.1 million"), {"superseded"}),
    # 480 posts, 190 of them vacant, are not 480 jobs going.
    ("budget", ("council", "480"), ("wire", "480"), {"wording_drift"}),
    ("budget", ("council", "480"), ("local", "480"), {"agreement"}),
    ("budget", ("council", "£11.5 million"), ("wire", "£11.5 million"), {"agreement"}),
    ("budget", ("wire", "£11.5 million"), ("wire", "less than £7 million"), {"competing_estimates"}),
    ("budget", ("council", "118.4 million"), ("council", "126.9 million"), {"time_series"}),
    # "last year" of a February 2025 story is 2024.
    ("budget", ("council", "131.2 million"), ("wire", "131.2 million"), {"agreement"}),
    # The local paper gave 2023's journeys as last year's (2024), when there were 131.2 million.
    ("budget", ("local", "126.9 million"), ("council", "131.2 million"), {"number_conflict"}),
    ("budget", ("local", "126.9 million"), ("council", "126.9 million"), {"date_conflict"}),
    ("budget", ("council", "12"), ("local", "Twelve"), {"agreement"}),
    ("budget", ("council", "41%"), ("local", "more than two fifths"), {"qualifier_drift"}),
    ("budget", ("council", "£2,187"), ("local", "£2,187"), {"agreement"}),
    ("budget", ("council", "£2.30"), ("local", "£2.30"), {"agreement"}),
    ("budget", ("council", "£56.2 million"), ("local", "£56.2 million"), {"agreement"}),
    # Breach. Customers hedged and raised two days later, a transposed count of bank details, "nearly one in
    # four" for 23.6%, calls called customers, "eleven days", a series over three years, 2024's phishing
    # emails put in 2023, a researcher's rival count.
    ("breach", ("company", "2,148,600"), ("wire", "more than 2.1 million"), {"qualifier_drift"}),
    ("breach", ("company", "2,148,600"), ("local", "2,391,000"), {"superseded"}),
    # The bank details of 312,450 customers, 321,450 on the wire the same day.
    ("breach", ("company", "312,450"), ("wire", "321,450"), {"number_conflict"}),
    ("breach", ("company", "312,450"), ("local", "312,450"), {"agreement"}),
    ("breach", ("company", "11"), ("wire", "11"), {"agreement"}),
    ("breach", ("company", "11"), ("local", "eleven"), {"agreement"}),
    ("breach", ("company", "23.6%"), ("wire", "nearly one in four"), {"qualifier_drift"}),
    ("breach", ("company", "9.1 million"), ("wire", "9.1 million"), {"agreement"}),
    ("breach", ("company", "41,200"), ("wire", "tens of thousands"), {"qualifier_drift"}),
    # 41,200 calls are not 41,200 customers calling: the same figure, what is counted reworded.
    ("breach", ("company", "41,200"), ("local", "41,200"), {"wording_drift"}),
    ("breach", ("company", "1.2 million"), ("company", "1.9 million"), {"time_series"}),
    ("breach", ("company", "1.9 million"), ("company", "2.6 million"), {"time_series"}),
    # The local paper put 2024's 2.6 million phishing emails in 2023, when there were 1.9 million.
    ("breach", ("local", "2.6 million"), ("company", "1.9 million"), {"number_conflict"}),
    ("breach", ("local", "2.6 million"), ("company", "2.6 million"), {"date_conflict"}),
    ("breach", ("wire", "as many as 3 million"), ("wire", "2,148,600"), {"competing_estimates"}),
    # Festival. A hedged attendance, transposed takings, arrests raised two days later, rival economic
    # impact, people treated called people taken to hospital, two thirds for 67%, 2023's attendance given as
    # last year's (2024), a series over three years.
    ("festival", ("organisers", "86,400"), ("wire", "About 86,000"), {"qualifier_drift"}),
    ("festival", ("organisers", "86,400"), ("local", "86,400"), {"agreement"}),
    ("festival", ("organisers", "86,400"), ("organisers", "79,100"), {"time_series"}),
    ("festival", ("organisers", "79,100"), ("organisers", "71,800"), {"time_series"}),
    # "last year" of an August 2025 story is 2024.
    ("festival", ("organisers", "79,100"), ("wire", "79,100"), {"agreement"}),
    # The town paper gave 2023's 71,800 as last year's, when 79,100 came.
    ("festival", ("local", "71,800"), ("organisers", "79,100"), {"number_conflict"}),
    ("festival", ("local", "71,800"), ("organisers", "71,800"), {"date_conflict"}),
    # Takings of £7.46 million, £7.64 million on the wire the same day.
    ("festival", ("organisers", "£7.46 million"), ("wire", "£7.64 million"), {"number_conflict"}),
    ("festival", ("organisers", "67%"), ("wire", "around two thirds"), {"qualifier_drift"}),
    ("festival", ("organisers", "67%"), ("local", "Two thirds"), {"agreement"}),
    ("festival", ("wire", "£18.2 million"), ("wire", "about £11 million"), {"competing_estimates"}),
    ("festival", ("organisers", "1,126"), ("wire", "more than 1,100"), {"qualifier_drift"}),
    # 1,126 treated by the festival's medical teams, 23 of them taken to hospital: not 1,126 in hospital.
    ("festival", ("organisers", "1,126"), ("local", "1,126"), {"wording_drift"}),
    ("festival", ("organisers", "14"), ("local", "19"), {"superseded"}),
    ("festival", ("organisers", "34,250"), ("local", "34,250"), {"agreement"}),
    ("festival", ("organisers", "12"), ("local", "12"), {"agreement"}),
    ("festival", ("organisers", "1,450"), ("local", "1,450"), {"agreement"}),
    # Bridge. A hedged daily count, a transposed repair cost raised the next day, "about an eighth" for
    # 12.4%, "nine minutes", 2024's traffic given as 2023's, a series over three years, rival losses.
    # "last year" of an October 2025 story is 2024.
    ("bridge", ("council", "23,840"), ("wire", "nearly 24,000"), {"qualifier_drift"}),
    ("bridge", ("council", "23,840"), ("council", "23,160"), {"time_series"}),
    ("bridge", ("council", "23,160"), ("council", "22,310"), {"time_series"}),
    # The local paper put 2024's 23,840 vehicles a day in 2023, when there were 23,160.
    ("bridge", ("local", "23,840"), ("council", "23,160"), {"number_conflict"}),
    ("bridge", ("local", "23,840"), ("council", "23,840"), {"date_conflict"}),
    # A repair cost of £14.6 million, £16.4 million on the wire the same day; £19.8 million the next day.
    ("bridge", ("council", "£14.6 million"), ("wire", "£16.4 million"), {"number_conflict"}),
    ("bridge", ("council", "£14.6 million"), ("local", "£19.8 million"), {"superseded"}),
    ("bridge", ("council", "£14.6 million"), ("local", "£14.6 million"), {"agreement"}),
    ("bridge", ("council", "41%"), ("wire", "41%"), {"agreement"}),
    ("bridge", ("council", "9"), ("wire", "nine"), {"agreement"}),
    ("bridge", ("council", "12.4%"), ("wire", "about an eighth"), {"qualifier_drift"}),
    ("bridge", ("wire", "£1.8 million"), ("wire", "around £3 million"), {"competing_estimates"}),
    ("bridge", ("council", "146"), ("local", "Almost 150"), {"qualifier_drift"}),
    ("bridge", ("council", "£1.2 million"), ("local", "£1.2 million"), {"agreement"}),
    ("bridge", ("council", "31,270"), ("local", "31,270"), {"agreement"}),
    ("bridge", ("council", "1,950"), ("local", "Around 2,000"), {"qualifier_drift"}),
    ("bridge", ("council", "£10 million"), ("wire", "£10 million"), {"agreement"}),
    # Heatwave. A hedged toll revised up four days later, a transposed count of admissions, 2023's deaths
    # given as last year's (2024), a series over three summers, rival estimates, three quarters for 73%.
    ("heatwave", ("institute", "2,317"), ("wire", "more than 2,300"), {"qualifier_drift"}),
    ("heatwave", ("institute", "2,317"), ("radio", "2,684"), {"superseded"}),
    ("heatwave", ("institute", "2,317"), ("radio", "2,317"), {"agreement"}),
    ("heatwave", ("institute", "73%"), ("wire", "Almost three quarters"), {"qualifier_drift"}),
    ("heatwave", ("institute", "73%"), ("radio", "Nearly three quarters"), {"qualifier_drift"}),
    # 4,162 heat admissions in the report, 4,612 on the wire the same day.
    ("heatwave", ("institute", "4,162"), ("wire", "4,612"), {"number_conflict"}),
    ("heatwave", ("institute", "4,162"), ("radio", "More than 4,100"), {"qualifier_drift"}),
    ("heatwave", ("institute", "estimated 1,480"), ("institute", "1,925"), {"time_series"}),
    ("heatwave", ("institute", "1,925"), ("institute", "2,105"), {"time_series"}),
    # The wire gave 2023's 1,925 excess deaths as last year's, when there were 2,105.
    ("heatwave", ("wire", "1,925"), ("institute", "2,105"), {"number_conflict"}),
    ("heatwave", ("wire", "1,925"), ("institute", "1,925"), {"date_conflict"}),
    ("heatwave", ("radio", "2,105"), ("institute", "2,105"), {"agreement"}),
    ("heatwave", ("wire", "as many as 3,100"), ("wire", "around 2,800"), {"competing_estimates"}),
    ("heatwave", ("institute", "12"), ("wire", "twelve"), {"agreement"}),
    ("heatwave", ("institute", "41%"), ("radio", "41 per cent"), {"agreement"}),
    ("heatwave", ("institute", "9,350"), ("radio", "9,350"), {"agreement"}),
    ("heatwave", ("institute", "214"), ("radio", "214"), {"agreement"}),
    # Potholes. A hedged record, a transposed compensation cost, claims corrected up three days later,
    # claims called drivers paid, one in five for 19.6%, 2022's repairs given as 2023's, a series over
    # four years, a rival backlog. "last year" of a 2025 story is 2024.
    ("potholes", ("council", "48,715"), ("wire", "almost 49,000"), {"qualifier_drift"}),
    ("potholes", ("council", "48,715"), ("local", "48,715"), {"agreement"}),
    ("potholes", ("council", "31,200"), ("council", "37,940"), {"time_series"}),
    ("potholes", ("council", "42,380"), ("council", "48,715"), {"time_series"}),
    # The local paper put 2022's 37,940 repairs in 2023, when there were 42,380.
    ("potholes", ("local", "37,940"), ("council", "42,380"), {"number_conflict"}),
    ("potholes", ("local", "37,940"), ("council", "37,940"), {"date_conflict"}),
    ("potholes", ("council", "21,906"), ("wire", "21,906"), {"agreement"}),
    ("potholes", ("council", "21,906"), ("local", "nearly 22,000"), {"qualifier_drift"}),
    # £1.37 million paid out, £1.73 million on the wire the same day.
    ("potholes", ("council", "£1.37 million"), ("wire", "£1.73 million"), {"number_conflict"}),
    ("potholes", ("council", "£1.37 million"), ("local", "£1.37 million"), {"agreement"}),
    ("potholes", ("council", "2,904"), ("local", "3,118"), {"superseded"}),
    # 2,904 claims were made; 612 were paid. The wire says 2,904 drivers were paid.
    ("potholes", ("council", "2,904"), ("wire", "2,904"), {"wording_drift"}),
    ("potholes", ("council", "19.6%"), ("wire", "One in five"), {"agreement"}),
    ("potholes", ("council", "19.6%"), ("local", "Almost a fifth"), {"qualifier_drift"}),
    ("potholes", ("council", "£212 million"), ("wire", "£212 million"), {"agreement"}),
    ("potholes", ("wire", "£212 million"), ("wire", "£340 million"), {"competing_estimates"}),
    ("potholes", ("council", "61,420"), ("wire", "61,420"), {"agreement"}),
    ("potholes", ("council", "61,420"), ("local", "more than 61,000"), {"qualifier_drift"}),
    ("potholes", ("council", "12"), ("local", "a dozen"), {"agreement"}),
    # Enrolment. A hedged count, a transposed count, all students called new ones, 2023's count given as
    # last year's (2024), a series over five years, a deficit raised four days later, rival job counts.
    ("enrolment", ("university", "6,318"), ("wire", "About 6,300"), {"qualifier_drift"}),
    ("enrolment", ("university", "6,318"), ("radio", "Just over 6,300"), {"qualifier_drift"}),
    # 6,318 international students in all, 2,940 of them new: the wire calls all 6,318 new.
    ("enrolment", ("university", "6,318"), ("wire", "6,318"), {"wording_drift"}),
    ("enrolment", ("university", "14.2%"), ("wire", "about 14%"), {"qualifier_drift"}),
    ("enrolment", ("university", "7,364"), ("wire", "7,364"), {"agreement"}),
    ("enrolment", ("university", "5,120"), ("university", "6,480"), {"time_series"}),
    ("enrolment", ("university", "7,910"), ("university", "7,364"), {"time_series"}),
    # The radio station gave 2023's 7,910 as last year's, when 7,364 were enrolled.
    ("enrolment", ("radio", "7,910"), ("university", "7,364"), {"number_conflict"}),
    ("enrolment", ("radio", "7,910"), ("university", "7,910"), {"date_conflict"}),
    ("enrolment", ("radio", "5,120"), ("university", "5,120"), {"agreement"}),
    # 1,482 Indian students on taught postgraduate courses, 1,842 on the wire the same day.
    ("enrolment", ("university", "1,482"), ("wire", "1,842"), {"number_conflict"}),
    ("enrolment", ("university", "2,015"), ("wire", "2,015"), {"agreement"}),
    ("enrolment", ("university", "£18.2 million"), ("radio", "£23.5 million"), {"superseded"}),
    ("enrolment", ("university", "£18.2 million"), ("wire", "£18.2 million"), {"agreement"}),
    ("enrolment", ("wire", "about 250"), ("wire", "as high as 400"), {"competing_estimates"}),
    ("enrolment", ("radio", "around 250"), ("radio", "up to 400"), {"competing_estimates"}),
    ("enrolment", ("university", "around 250"), ("wire", "about 250"), {"agreement"}),
    ("enrolment", ("university", "25.3%"), ("wire", "About one in four"), {"qualifier_drift"}),
    ("enrolment", ("university", "25.3%"), ("radio", "A quarter"), {"agreement"}),
    ("enrolment", ("university", "66.4%"), ("wire", "about two thirds"), {"qualifier_drift"}),
    ("enrolment", ("university", "66.4%"), ("radio", "two thirds"), {"agreement"}),
    ("enrolment", ("university", "24,970"), ("radio", "24,970"), {"agreement"}),
    ("enrolment", ("university", "14,210"), ("radio", "14,210"), {"agreement"}),
    ("enrolment", ("university", "3,900"), ("radio", "3,900"), {"agreement"}),
    # Trial. The risk cut rounded and hedged by the wire and raised three days later, a hedged count of
    # patients, a transposed count of admissions, shares in words, rival forecasts, a series over three
    # years, 2023's events put in 2022 by the radio ("the year before" last year).
    ("trial", ("university", "27%"), ("wire", "more than a quarter"), {"qualifier_drift"}),
    ("trial", ("university", "27%"), ("radio", "31%"), {"superseded"}),
    ("trial", ("university", "6,482"), ("wire", "nearly 6,500"), {"qualifier_drift"}),
    ("trial", ("university", "6,482"), ("radio", "6,482"), {"agreement"}),
    ("trial", ("university", "412"), ("wire", "412"), {"agreement"}),
    ("trial", ("university", "548"), ("wire", "548"), {"agreement"}),
    # 186 heart-failure admissions on the drug, 168 on the wire the same day.
    ("trial", ("university", "186"), ("wire", "168"), {"number_conflict"}),
    ("trial", ("university", "8.4%"), ("wire", "About 8%"), {"qualifier_drift"}),
    ("trial", ("university", "£41.6 million"), ("wire", "£41.6m"), {"agreement"}),
    ("trial", ("university", "£41.6 million"), ("radio", "£41.6m"), {"agreement"}),
    ("trial", ("university", "£28 million"), ("radio", "£28m"), {"agreement"}),
    ("trial", ("university", "About 3.5 million"), ("wire", "Around 3.5 million"), {"agreement"}),
    ("trial", ("university", "3.1"), ("wire", "just over three"), {"qualifier_drift"}),
    ("trial", ("university", "50 to 79"), ("radio", "between 50 and 79"), {"agreement"}),
    ("trial", ("university", "12.7%"), ("radio", "About one in eight"), {"qualifier_drift"}),
    ("trial", ("university", "16.9%"), ("radio", "about one in six"), {"qualifier_drift"}),
    ("trial", ("university", "214"), ("radio", "214"), {"agreement"}),
    # "last year" of a September 2025 story is 2024.
    ("trial", ("university", "41,200"), ("wire", "about 41,000"), {"qualifier_drift"}),
    ("trial", ("university", "41,200"), ("radio", "41,200"), {"agreement"}),
    ("trial", ("university", "41,200"), ("university", "39,800"), {"time_series"}),
    # The radio put 2022's 38,100 in 2023 ("the year before" last year), when there were 39,800.
    ("trial", ("radio", "38,100"), ("university", "38,100"), {"date_conflict"}),
    ("trial", ("radio", "38,100"), ("university", "39,800"), {"number_conflict"}),
    ("trial", ("wire", "£1.9 billion"), ("wire", "£1.2 billion"), {"competing_estimates"}),
    # Transfer. A fee in three forms, season tickets transposed and raised two days later, a hedged
    # attendance, a series over three seasons, 2022-23's crowd given as 2023-24's, shares in words, the
    # previous record "last year" and "in 2024", rival wage reports.
    ("transfer", ("club", "£38.5 million"), ("wire", "38.5 million"), {"agreement"}),
    ("transfer", ("club", "£38.5 million"), ("local", "£38.5m"), {"agreement"}),
    # 24,610 season tickets, 26,410 on the wire the same day; 25,120 two days later.
    ("transfer", ("club", "24,610"), ("wire", "26,410"), {"number_conflict"}),
    ("transfer", ("club", "24,610"), ("local", "25,120"), {"superseded"}),
    ("transfer", ("club", "31,240"), ("wire", "about 31,000"), {"qualifier_drift"}),
    ("transfer", ("club", "31,240"), ("local", "31,240"), {"agreement"}),
    ("transfer", ("club", "31,240"), ("club", "29,870"), {"time_series"}),
    # The local paper put 2022-23's 27,410 in 2023-24, when the average was 29,870.
    ("transfer", ("local", "27,410"), ("club", "27,410"), {"date_conflict"}),
    ("transfer", ("local", "27,410"), ("club", "29,870"), {"number_conflict"}),
    ("transfer", ("club", "33,500"), ("local", "33,500"), {"agreement"}),
    ("transfer", ("club", "58%"), ("wire", "nearly three fifths"), {"qualifier_drift"}),
    ("transfer", ("club", "21%"), ("local", "About a fifth"), {"qualifier_drift"}),
    ("transfer", ("club", "£142.3 million"), ("wire", "142.3 million"), {"agreement"}),
    ("transfer", ("club", "£142.3 million"), ("local", "£142.3m"), {"agreement"}),
    # "last year" of an August 2025 statement is 2024, as the wire says.
    ("transfer", ("club", "£22 million"), ("wire", "22 million"), {"agreement"}),
    ("transfer", ("club", "£22 million"), ("local", "£22m"), {"agreement"}),
    ("transfer", ("club", "27"), ("local", "27"), {"agreement"}),
    ("transfer", ("wire", "about 120,000"), ("wire", "95,000"), {"competing_estimates"}),
    # Sentencing. A fine in three forms, transposed costs, hedged spills, a fish kill rounded and raised
    # four days later, "nearly two thirds" for 64%, a series over three years, 2023's fines put in 2022,
    # rival clean-up costs, customers hedged.
    ("sentencing", ("agency", "£4.2 million"), ("wire", "4.2 million"), {"agreement"}),
    ("sentencing", ("agency", "£4.2 million"), ("local", "£4.2m"), {"agreement"}),
    # Costs of £318,000, 381,000 pounds on the wire the same day.
    ("sentencing", ("agency", "£318,000"), ("wire", "381,000"), {"number_conflict"}),
    ("sentencing", ("agency", "1,437"), ("wire", "more than 1,400"), {"qualifier_drift"}),
    ("sentencing", ("agency", "1,437"), ("local", "1,437"), {"agreement"}),
    ("sentencing", ("agency", "9,812"), ("wire", "about 10,000"), {"qualifier_drift"}),
    ("sentencing", ("agency", "9,812"), ("local", "11,340"), {"superseded"}),
    ("sentencing", ("agency", "64%"), ("wire", "nearly two thirds"), {"qualifier_drift"}),
    ("sentencing", ("agency", "1.9 million"), ("wire", "about 1.9 million"), {"qualifier_drift"}),
    ("sentencing", ("agency", "1.9 million"), ("local", "nearly 2 million"), {"qualifier_drift"}),
    ("sentencing", ("agency", "£17.9 million"), ("agency", "£10.8 million"), {"time_series"}),
    # "last year" of an October 2025 story is 2024.
    ("sentencing", ("agency", "£17.9 million"), ("wire", "17.9 million"), {"agreement"}),
    ("sentencing", ("agency", "£17.9 million"), ("local", "£17.9m"), {"agreement"}),
    # The local paper put 2023's £10.8 million in 2022, when companies were fined £4.1 million.
    ("sentencing", ("local", "£10.8m"), ("agency", "£10.8 million"), {"date_conflict"}),
    ("sentencing", ("local", "£10.8m"), ("agency", "£4.1 million"), {"number_conflict"}),
    ("sentencing", ("agency", "£186 million"), ("local", "£186m"), {"agreement"}),
    ("sentencing", ("wire", "25 million"), ("wire", "8 million"), {"competing_estimates"}),
    # Airline. A hedged and a rounded passenger count, a transposed count of storm cancellations raised
    # four days later, shares in words, rival storm costs, a fuel bill in three forms, a forecast range in
    # three forms, series from a list of key figures, 2024's passengers given as 2023's.
    # "last year" of a January 2026 story is 2025.
    ("airline", ("release", "14.27 million"), ("wire", "about 14.3 million"), {"qualifier_drift"}),
    ("airline", ("release", "14.27 million"), ("local", "14.27 million"), {"agreement"}),
    ("airline", ("release", "14.27 million"), ("release", "13.36 million"), {"time_series"}),
    ("airline", ("release", "6.8%"), ("wire", "nearly 7 percent"), {"qualifier_drift"}),
    # 412 flights cancelled in the storm, 421 on the wire the same day; 436 four days later.
    ("airline", ("release", "412"), ("wire", "421"), {"number_conflict"}),
    ("airline", ("release", "412"), ("local", "436"), {"superseded"}),
    ("airline", ("release", "about 61,000"), ("wire", "some 61,000"), {"agreement"}),
    ("airline", ("release", "1,046,300"), ("wire", "almost 1.05 million"), {"qualifier_drift"}),
    ("airline", ("release", "78.6%"), ("wire", "Nearly four in five"), {"qualifier_drift"}),
    ("airline", ("release", "84.3%"), ("wire", "more than four in five"), {"qualifier_drift"}),
    ("airline", ("release", "84.3%"), ("release", "82.9%"), {"time_series"}),
    ("airline", ("release", "about €9 million"), ("wire", "about 9 million"), {"agreement"}),
    ("airline", ("wire", "as much as 15 million"), ("wire", "about 9 million"), {"competing_estimates"}),
    ("airline", ("release", "€1.18 billion"), ("wire", "1.18 billion"), {"agreement"}),
    ("airline", ("release", "€1.18 billion"), ("local", "€1.18bn"), {"agreement"}),
    ("airline", ("release", "€1.18 billion"), ("release", "€1.26 billion"), {"time_series"}),
    ("airline", ("release", "9.81 million"), ("wire", "9.8 million"), {"agreement"}),
    # The local paper put 2024's 13.36 million in 2023, when the airline carried 11.94 million.
    ("airline", ("local", "13.36 million"), ("release", "13.36 million"), {"date_conflict"}),
    ("airline", ("local", "13.36 million"), ("release", "11.94 million"), {"number_conflict"}),
    # "this year" of a January 2026 story is 2026.
    (
        "airline",
        ("release", "15.0 million to 15.4 million"),
        ("wire", "between 15 million and 15.4 million"),
        {"agreement"},
    ),
    ("airline", ("release", "15.0 million to 15.4 million"), ("local", "15.0-15.4 million"), {"agreement"}),
    ("airline", ("release", "4,820"), ("local", "about 4,800"), {"qualifier_drift"}),
    # Railstrike. A transposed count of cancellations, a share rounded and in words, lost fares in three
    # forms raised four days later, rival counts of strikers, a pay offer in two forms, 2023's strike cost
    # given as 2024's, series over two years and three days.
    # 4,386 services cancelled, 4,836 on the wire the same day.
    ("railstrike", ("operator", "4,386"), ("wire", "4,836"), {"number_conflict"}),
    ("railstrike", ("operator", "70.6%"), ("wire", "about 70%"), {"qualifier_drift"}),
    ("railstrike", ("operator", "70.6%"), ("radio", "More than two thirds"), {"qualifier_drift"}),
    ("railstrike", ("operator", "£3.8 million"), ("wire", "3.8 million"), {"agreement"}),
    ("railstrike", ("operator", "£3.8 million"), ("radio", "£4.3m"), {"superseded"}),
    ("railstrike", ("operator", "around 385,000"), ("wire", "Around 385,000"), {"agreement"}),
    ("railstrike", ("operator", "around 385,000"), ("radio", "nearly 400,000"), {"qualifier_drift"}),
    ("railstrike", ("operator", "About 1,650"), ("wire", "about 1,650"), {"agreement"}),
    ("railstrike", ("wire", "2,140"), ("wire", "about 1,650"), {"competing_estimates"}),
    ("railstrike", ("wire", "2,140"), ("radio", "More than 2,100"), {"qualifier_drift"}),
    ("railstrike", ("operator", "4.5%"), ("wire", "4.5 percent"), {"agreement"}),
    ("railstrike", ("operator", "4.5%"), ("radio", "4.5%"), {"agreement"}),
    # "next year" of a November 2025 story is 2026.
    ("railstrike", ("operator", "3%"), ("wire", "3 percent"), {"agreement"}),
    ("railstrike", ("operator", "£2.1 million"), ("operator", "£1.4 million"), {"time_series"}),
    # The wire put 2023's £1.4 million in 2024, when strikes cost £2.1 million.
    ("railstrike", ("wire", "1.4 million"), ("operator", "£1.4 million"), {"date_conflict"}),
    ("railstrike", ("wire", "1.4 million"), ("operator", "£2.1 million"), {"number_conflict"}),
    # "On Wednesday alone" of a Tuesday bulletin about last week's strike is 12 November.
    ("railstrike", ("operator", "1,512"), ("radio", "1,512"), {"agreement"}),
    ("railstrike", ("operator", "1,398"), ("operator", "1,512"), {"time_series"}),
    ("railstrike", ("operator", "£64,900"), ("radio", "£64,900"), {"agreement"}),
    # Quota. A hedged quota, a cut in words twice, a transposed quota, 2025's quota given as 2024's, a
    # series over three years, a licence count corrected five days later, rival costs, money in three
    # forms, a range in two forms. "next year" of a December 2025 story is 2026, "last year" 2024.
    ("quota", ("council", "21,460"), ("wire", "about 21,500"), {"qualifier_drift"}),
    ("quota", ("council", "21,460"), ("local", "21,460"), {"agreement"}),
    ("quota", ("council", "18%"), ("wire", "nearly a fifth"), {"qualifier_drift"}),
    ("quota", ("council", "18%"), ("local", "almost one fifth"), {"qualifier_drift"}),
    # 26,170 tonnes for 2025, 26,710 on the wire the same day.
    ("quota", ("council", "26,170"), ("wire", "26,710"), {"number_conflict"}),
    ("quota", ("council", "26,170"), ("council", "29,840"), {"time_series"}),
    # The local paper put 2025's 26,170 tonnes in 2024, when the quota was 29,840 tonnes.
    ("quota", ("local", "26,170"), ("council", "26,170"), {"date_conflict"}),
    ("quota", ("local", "26,170"), ("council", "29,840"), {"number_conflict"}),
    ("quota", ("council", "no more than 18,840"), ("wire", "18,840"), {"agreement"}),
    ("quota", ("council", "28%"), ("wire", "28 percent"), {"agreement"}),
    ("quota", ("council", "48,300"), ("wire", "48,300"), {"agreement"}),
    ("quota", ("council", "48,300"), ("local", "48,300"), {"agreement"}),
    ("quota", ("council", "12,500"), ("local", "12,500"), {"agreement"}),
    ("quota", ("council", "24,930"), ("wire", "24,930"), {"agreement"}),
    ("quota", ("council", "£71.2 million"), ("local", "£71.2m"), {"agreement"}),
    ("quota", ("council", "£21 million"), ("wire", "21 million"), {"agreement"}),
    ("quota", ("council", "£21 million"), ("local", "£21m"), {"agreement"}),
    ("quota", ("wire", "34 million"), ("wire", "21 million"), {"competing_estimates"}),
    # 212 vessels licensed, corrected to 236 five days later.
    ("quota", ("council", "212"), ("local", "236"), {"superseded"}),
    ("quota", ("council", "143"), ("local", "About 150"), {"qualifier_drift"}),
    ("quota", ("council", "34%"), ("local", "About a third"), {"qualifier_drift"}),
    ("quota", ("council", "between 300 and 450"), ("local", "300-450"), {"agreement"}),
    # Appeal. A total in two forms rounded and hedged, raised three days later, a donor count raised too,
    # a series over four years with 2023's total given as 2022's, "three in five" for 61%, a transposed
    # count of projects, money as "£2.45 million", "2.45 million pounds", "£1.2m" and "86p"/"86 pence",
    # rival costs of the broadcast. "last year" of a November 2025 story is 2024.
    ("appeal", ("trust", "£18,642,310"), ("wire", "about 18.6 million"), {"qualifier_drift"}),
    # £18.64 million on Saturday, £19.1 million after late gifts were counted on Monday.
    ("appeal", ("trust", "£18,642,310"), ("local", "£19.1 million"), {"superseded"}),
    ("appeal", ("trust", "£18,642,310"), ("trust", "£16.9 million"), {"time_series"}),
    ("appeal", ("trust", "£16.9 million"), ("wire", "16.9 million"), {"agreement"}),
    ("appeal", ("trust", "£16.9 million"), ("local", "£16.9m"), {"agreement"}),
    # The wire put 2023's £15.2 million in 2022, when the appeal raised £14.1 million.
    ("appeal", ("wire", "15.2 million"), ("trust", "£15.2 million"), {"date_conflict"}),
    ("appeal", ("wire", "15.2 million"), ("trust", "£14.1 million"), {"number_conflict"}),
    ("appeal", ("trust", "61%"), ("wire", "About three in five"), {"qualifier_drift"}),
    ("appeal", ("trust", "More than 412,000"), ("wire", "more than 412,000"), {"agreement"}),
    ("appeal", ("trust", "More than 412,000"), ("local", "more than 430,000"), {"superseded"}),
    ("appeal", ("trust", "up to £5 million"), ("wire", "up to 5 million"), {"agreement"}),
    ("appeal", ("trust", "£2.45 million"), ("wire", "2.45 million"), {"agreement"}),
    # 1,270 projects next year, 1,720 on the wire the same day.
    ("appeal", ("trust", "1,270"), ("wire", "1,720"), {"number_conflict"}),
    ("appeal", ("trust", "342"), ("local", "342"), {"agreement"}),
    ("appeal", ("trust", "86p"), ("local", "86"), {"agreement"}),
    ("appeal", ("trust", "£1.2 million"), ("local", "£1.2m"), {"agreement"}),
    ("appeal", ("local", "£1.2m"), ("local", "about £2 million"), {"competing_estimates"}),
    # Seabirds. A hedged burrow count, a fall of 24% as "about a quarter" and "almost a quarter", 2023's
    # count given as 2021's, a transposed count of kittiwake nests, a dead-bird count hedged and raised
    # four days later, rival tolls, series over four censuses and two seasons, "two years ago", "eleven".
    ("seabirds", ("trust", "31,460"), ("wire", "about 31,500"), {"qualifier_drift"}),
    ("seabirds", ("trust", "31,460"), ("radio", "31,460"), {"agreement"}),
    ("seabirds", ("trust", "24%"), ("wire", "about a quarter"), {"qualifier_drift"}),
    ("seabirds", ("trust", "24%"), ("radio", "almost a quarter"), {"qualifier_drift"}),
    ("seabirds", ("trust", "31,460"), ("trust", "41,390"), {"time_series"}),
    # "two years ago" of an August 2025 bulletin is 2023.
    ("seabirds", ("trust", "41,390"), ("radio", "41,390"), {"agreement"}),
    # The wire put 2023's 41,390 burrows in 2021, when the census found 44,870.
    ("seabirds", ("wire", "41,390"), ("trust", "41,390"), {"date_conflict"}),
    ("seabirds", ("wire", "41,390"), ("trust", "44,870"), {"number_conflict"}),
    # 2,184 kittiwake nests, 2,814 on the wire the same day.
    ("seabirds", ("trust", "2,184"), ("wire", "2,814"), {"number_conflict"}),
    ("seabirds", ("trust", "2,184"), ("trust", "3,050"), {"time_series"}),
    ("seabirds", ("trust", "At least 1,140"), ("wire", "More than 1,100"), {"qualifier_drift"}),
    # 1,140 dead birds in the report, 1,380 four days later after the outer islands were searched.
    ("seabirds", ("trust", "At least 1,140"), ("radio", "1,380"), {"superseded"}),
    ("seabirds", ("trust", "about 2,000"), ("wire", "about 2,000"), {"agreement"}),
    ("seabirds", ("wire", "about 2,000"), ("wire", "as high as 5,000"), {"competing_estimates"}),
    ("seabirds", ("trust", "about 58,000"), ("radio", "about 58,000"), {"agreement"}),
    ("seabirds", ("trust", "18,250"), ("radio", "18,250"), {"agreement"}),
    ("seabirds", ("radio", "16,900"), ("radio", "18,250"), {"time_series"}),
    ("seabirds", ("trust", "74"), ("radio", "74"), {"agreement"}),
    ("seabirds", ("trust", "11"), ("radio", "eleven"), {"agreement"}),
    # Recall. A case count hedged and raised two days later, a hospital count raised and written in words,
    # "about a quarter" for 26%, a transposed count of packs, 2023's outbreaks given as 2024's, a series
    # over three years, rival recall costs, an age range written two ways, shops called stores, a live
    # blog's timed entries.
    ("recall", ("authority", "147"), ("wire", "Nearly 150"), {"qualifier_drift"}),
    ("recall", ("authority", "147"), ("local", "163"), {"superseded"}),
    ("recall", ("authority", "38"), ("wire", "38"), {"agreement"}),
    ("recall", ("authority", "38"), ("local", "Forty-one"), {"superseded"}),
    ("recall", ("authority", "26%"), ("wire", "About a quarter"), {"qualifier_drift"}),
    # 264,000 packs recalled, 246,000 on the wire the same day.
    ("recall", ("authority", "264,000"), ("wire", "246,000"), {"number_conflict"}),
    ("recall", ("authority", "264,000"), ("local", "264,000"), {"agreement"}),
    ("recall", ("authority", "1,850"), ("local", "1,850"), {"agreement"}),
    ("recall", ("authority", "41"), ("authority", "33"), {"time_series"}),
    # The wire put 2023's 33 outbreaks in 2024, when the authority investigated 41.
    ("recall", ("wire", "33"), ("authority", "33"), {"date_conflict"}),
    ("recall", ("wire", "33"), ("authority", "41"), {"number_conflict"}),
    ("recall", ("wire", "4 million"), ("local", "£4m"), {"agreement"}),
    ("recall", ("wire", "4 million"), ("wire", "up to 7 million"), {"competing_estimates"}),
    ("recall", ("authority", "from 2 to 87"), ("local", "between 2 and 87"), {"agreement"}),
]

# (story, claim, claim, kinds the pair must not be found in): what an editor must not be told.
NEVER = [
    ("wildfires", ("wire", "321"), ("local", "340"), {"number_conflict"}),
    ("wildfires", ("local", "61,000"), ("agency", "61,050"), {"agreement"}),
    # Labour's count of rejected ballots against the commission's: rival estimates, not an error.
    ("election", ("wire", "2,400"), ("commission", "1,932"), {"number_conflict"}),
    ("election", ("local", "Just over four in ten"), ("commission", "41.6%"), {"number_conflict"}),
    ("election", ("local", "78,190"), ("wire", "78,215"), {"number_conflict"}),
    ("measles", ("agency", "21%"), ("tv", "one in five"), {"number_conflict"}),
    ("measles", ("agency", "368"), ("agency", "54"), {"number_conflict"}),
    ("measles", ("wire", "1,200"), ("tv", "1,358"), {"number_conflict"}),
    # A hospital's count since January is not the country's.
    ("measles", ("tv", "43"), ("agency", "1,263"), {"number_conflict", "superseded", "agreement"}),
    # Jobs at one plant, or in one country, are not the jobs cut worldwide; a quarter is not a half-year.
    ("layoffs", ("local", "More than 1,300"), ("wire", "about 4,200"), {"number_conflict"}),
    ("layoffs", ("wire", "as many as 2,000"), ("local", "More than 1,300"), {"number_conflict"}),
    ("layoffs", ("wire", "€9.1bn"), ("pr", "€18.4 billion"), {"number_conflict", "time_series"}),
    ("layoffs", ("pr", "412,000"), ("pr", "871,000"), {"time_series"}),
    ("layoffs", ("local", "about 6,800"), ("wire", "about 4,200"), {"number_conflict"}),
    # A month is not the year so far; children are not applications; a revision is no conflict.
    ("arrivals", ("local", "Nearly 7,000"), ("ministry", "31,508"), {"number_conflict", "time_series"}),
    ("arrivals", ("ministry", "1,206"), ("wire", "3,795"), {"number_conflict"}),
    ("arrivals", ("wire", "More than 6,800"), ("local", "7,015"), {"number_conflict"}),
    ("arrivals", ("ministry", "6,842"), ("ministry", "52,150"), {"time_series"}),
    # One week's seizure is not a year's; people held are not addresses searched; a raised count no error.
    ("raids", ("wire", "nearly 15"), ("police", "63"), {"number_conflict", "agreement", "time_series"}),
    ("raids", ("wire", "27"), ("police", "41"), {"number_conflict"}),
    ("raids", ("wire", "27"), ("local", "31"), {"number_conflict"}),
    ("raids", ("local", "Between 20 and 30"), ("police", "27"), {"number_conflict", "agreement"}),
    # Pathways are not patients; a cancer target is not an emergency one; 12-hour waits are no attendances.
    ("waitlists", ("radio", "about 471,000"), ("wire", "about 612,000"), {"number_conflict"}),
    ("waitlists", ("board", "about 471,000"), ("board", "612,480"), {"number_conflict", "time_series"}),
    ("waitlists", ("radio", "61.2%"), ("wire", "Just under 72%"), {"number_conflict"}),
    ("waitlists", ("board", "61.2%"), ("board", "71.8%"), {"number_conflict", "time_series"}),
    ("waitlists", ("radio", "More than 9,800"), ("wire", "9,215"), {"number_conflict"}),
    # The owner's group revenue is not the port's; a revision, a rival estimate and a union's count are no
    # errors; the other ports' TEU are not Brannock's bulk tonnes.
    ("port", ("local", "£241.5 million"), ("authority", "£214.5 million"), {"number_conflict"}),
    ("port", ("local", "46,500"), ("wire", "41,000"), {"number_conflict"}),
    ("port", ("wire", "£9 million"), ("authority", "£6.2 million"), {"number_conflict"}),
    ("port", ("local", "About 1,350"), ("authority", "3,480"), {"number_conflict"}),
    ("port", ("wire", "about 9 million"), ("authority", "8.37 million"), {"number_conflict", "agreement"}),
    ("port", ("local", "671,900"), ("authority", "1,284,600"), {"number_conflict", "time_series"}),
    # One reservoir is not all of them; people are not homes; July's share of its average is not the year's.
    ("drought", ("local", "38.6%"), ("wire", "47.3%"), {"number_conflict"}),
    ("drought", ("local", "about 2.1 million"), ("company", "1.46 million"), {"number_conflict"}),
    ("drought", ("wire", "less than a third"), ("company", "62%"), {"number_conflict"}),
    ("drought", ("company", "29%"), ("company", "62%"), {"number_conflict", "time_series"}),
    ("drought", ("wire", "240"), ("company", "167"), {"number_conflict"}),
    ("drought", ("company", "1,912"), ("company", "167"), {"time_series"}),
    # Candidates are not exams sat; a town's pass rate is not the region's, nor a lower level's the
    # Higher's; a revision is no conflict; science entries are not A grades; vacant posts are not grades.
    ("exams", ("wire", "about 149,000"), ("authority", "412,300"), {"number_conflict"}),
    ("exams", ("local", "71.3%"), ("authority", "77.4%"), {"number_conflict"}),
    ("exams", ("authority", "88.2%"), ("authority", "77.4%"), {"number_conflict", "time_series"}),
    ("exams", ("wire", "2,130"), ("local", "3,050"), {"number_conflict"}),
    ("exams", ("local", "One in five"), ("authority", "28.6%"), {"number_conflict"}),
    ("exams", ("wire", "1,150"), ("authority", "1,180"), {"number_conflict", "agreement"}),
    # A licence is not a count aboard; a rising toll, a rival count, missing children, people in hospital
    # and vehicles carried are no conflicts of the counts they resemble.
    ("ferry", ("coastguard", "450"), ("local", "Nearly 500"), {"number_conflict"}),
    ("ferry", ("coastguard", "450"), ("coastguard", "486"), {"number_conflict"}),
    ("ferry", ("wire", "At least 14"), ("local", "19"), {"number_conflict"}),
    ("ferry", ("wire", "more than 600"), ("coastguard", "486"), {"number_conflict"}),
    ("ferry", ("local", "A dozen"), ("coastguard", "60"), {"number_conflict"}),
    ("ferry", ("local", "55"), ("coastguard", "58"), {"number_conflict"}),
    ("ferry", ("coastguard", "63"), ("coastguard", "57"), {"number_conflict", "time_series"}),
    # One school's monitor is not the city's mean, nor fine particles nitrogen dioxide; a correction and a
    # rival estimate are no errors; a limit is not a reading; 2022's share is not December 2024's.
    ("airquality", ("local", "35.2"), ("council", "29.6"), {"number_conflict"}),
    ("airquality", ("council", "9.8"), ("council", "29.6"), {"number_conflict", "time_series"}),
    ("airquality", ("council", "68%"), ("council", "87%"), {"number_conflict"}),
    ("airquality", ("wire", "18,420"), ("local", "21,960"), {"number_conflict"}),
    ("airquality", ("wire", "410"), ("council", "about 240"), {"number_conflict"}),
    ("airquality", ("council", "40"), ("local", "46.3"), {"number_conflict"}),
    # One district is not the region; customers restored are not customers cut off; Monday's count still
    # off is not Saturday's; a raised count and a rival estimate are no errors.
    ("outage", ("radio", "55,800"), ("utility", "214,600"), {"number_conflict"}),
    ("outage", ("utility", "168,300"), ("utility", "214,600"), {"number_conflict"}),
    ("outage", ("radio", "About 2,400"), ("utility", "46,300"), {"number_conflict"}),
    ("outage", ("wire", "More than 210,000"), ("radio", "221,900"), {"number_conflict"}),
    ("outage", ("wire", "£140 million"), ("wire", "up to £95 million"), {"number_conflict"}),
    # The city's starts are not the region's affordable starts (the same digits in another order);
    # completions, permits and private starts are not all starts; a quarter is not a half-year; a target
    # is not a count; rival shortfalls are no error.
    ("housing", ("local", "2,068"), ("office", "2,086"), {"number_conflict"}),
    ("housing", ("office", "7,930"), ("office", "8,412"), {"number_conflict"}),
    ("housing", ("wire", "Nearly 8,000"), ("office", "8,412"), {"number_conflict"}),
    ("housing", ("office", "10,315"), ("office", "8,412"), {"number_conflict"}),
    ("housing", ("office", "6,326"), ("office", "8,412"), {"number_conflict"}),
    ("housing", ("office", "8,526"), ("office", "16,938"), {"number_conflict", "time_series"}),
    ("housing", ("wire", "40,000"), ("office", "33,940"), {"number_conflict"}),
    ("housing", ("wire", "about 78,000"), ("wire", "120,000"), {"number_conflict"}),
    # Reserves are not savings (the same digits in another order); a fare rise is not the council tax
    # rise; vacant posts are not the posts cut; a raised gap and a rival estimate are no errors; England's
    # funding gap is not Bramford's budget.
    ("budget", ("local", "£56.2 million"), ("council", "£62.5 million"), {"number_conflict"}),
    ("budget", ("wire", "£65.2 million"), ("local", "£68.1 million"), {"number_conflict"}),
    ("budget", ("wire", "less than £7 million"), ("wire", "£11.5 million"), {"number_conflict"}),
    ("budget", ("council", "15%"), ("council", "4.99%"), {"number_conflict"}),
    ("budget", ("council", "190"), ("council", "480"), {"number_conflict"}),
    ("budget", ("wire", "£2.3 billion"), ("council", "£1.84 billion"), {"number_conflict"}),
    # A researcher's rival count, a raised count and a share of the raised count are no errors; bank
    # details are not all the data taken; all customers are not those affected; headquarters staff are not
    # all staff; scam calls in one town are not breaches reported to the regulator.
    ("breach", ("wire", "as many as 3 million"), ("company", "2,148,600"), {"number_conflict"}),
    ("breach", ("local", "2,391,000"), ("wire", "more than 2.1 million"), {"number_conflict"}),
    ("breach", ("local", "more than a quarter"), ("company", "23.6%"), {"number_conflict"}),
    ("breach", ("local", "312,450"), ("wire", "more than 2.1 million"), {"number_conflict"}),
    ("breach", ("company", "9.1 million"), ("local", "2,391,000"), {"number_conflict"}),
    ("breach", ("local", "about 2,000"), ("company", "6,800"), {"number_conflict"}),
    ("breach", ("local", "27"), ("wire", "3,800"), {"number_conflict"}),
    # One day's crowd is not the weekend's; campers are not visitors; volunteers are not patients; a
    # council's estimate is a rival, not an error; more arrests later are no conflict; a dozen volunteers
    # are not the 12 stages.
    ("festival", ("organisers", "34,250"), ("local", "86,400"), {"number_conflict"}),
    ("festival", ("organisers", "21,300"), ("wire", "About 86,000"), {"number_conflict"}),
    ("festival", ("local", "1,450"), ("organisers", "1,126"), {"number_conflict"}),
    ("festival", ("wire", "about £11 million"), ("organisers", "£18.2 million"), {"number_conflict"}),
    ("festival", ("local", "19"), ("organisers", "14"), {"number_conflict"}),
    ("festival", ("local", "A dozen"), ("organisers", "12"), {"agreement"}),
    # The diversion's traffic is not the bridge's; people on foot are not vehicles; a raised cost and a
    # rival loss are no errors; a funding bid is not the cost; a share of businesses is not traffic.
    ("bridge", ("local", "31,270"), ("council", "23,840"), {"number_conflict"}),
    ("bridge", ("local", "Around 2,000"), ("wire", "nearly 24,000"), {"number_conflict"}),
    ("bridge", ("wire", "£16.4 million"), ("local", "£19.8 million"), {"number_conflict"}),
    ("bridge", ("wire", "around £3 million"), ("wire", "£1.8 million"), {"number_conflict"}),
    ("bridge", ("wire", "£10 million"), ("council", "£14.6 million"), {"number_conflict"}),
    ("bridge", ("local", "Two thirds"), ("council", "41%"), {"number_conflict"}),
    # Calls, visits, admissions and outdoor workers are not deaths; a rival estimate is no error; a later
    # toll is no conflict; the share of a city's excess is not the share of the old; a region's share of
    # over-65s is not the share of the dead.
    ("heatwave", ("institute", "9,350"), ("institute", "4,162"), {"number_conflict"}),
    ("heatwave", ("institute", "about 38,000"), ("institute", "2,317"), {"number_conflict"}),
    ("heatwave", ("radio", "Seventeen"), ("institute", "2,317"), {"number_conflict"}),
    ("heatwave", ("wire", "as many as 3,100"), ("institute", "2,317"), {"number_conflict"}),
    ("heatwave", ("wire", "around 2,800"), ("radio", "2,684"), {"number_conflict"}),
    ("heatwave", ("radio", "2,684"), ("wire", "more than 2,300"), {"number_conflict"}),
    ("heatwave", ("institute", "41%"), ("institute", "73%"), {"number_conflict"}),
    ("heatwave", ("wire", "about one in four"), ("institute", "73%"), {"number_conflict"}),
    ("heatwave", ("radio", "2,105"), ("wire", "1,925"), {"time_series"}),
    # Reports are not repairs; claims paid are not claims made; a corrected count is no conflict; a rival
    # backlog is no error; this year's budget at last year's level is no date conflict; a dozen cars a
    # week are not the crews.
    ("potholes", ("council", "61,420"), ("council", "48,715"), {"number_conflict"}),
    ("potholes", ("council", "612"), ("council", "2,904"), {"number_conflict"}),
    ("potholes", ("local", "3,118"), ("wire", "2,904"), {"number_conflict"}),
    ("potholes", ("wire", "£340 million"), ("council", "£212 million"), {"number_conflict"}),
    ("potholes", ("local", "£18.5 million"), ("council", "£18.5 million"), {"date_conflict"}),
    ("potholes", ("council", "16.1%"), ("council", "19.6%"), {"number_conflict"}),
    ("potholes", ("council", "£4.2 million"), ("council", "£18.5 million"), {"number_conflict"}),
    ("potholes", ("local", "8,400"), ("council", "2,904"), {"number_conflict"}),
    # New entrants are not all students; applications are not enrolments; home students are not
    # international ones; the hospital's staff are not the university's; a raised deficit is no conflict;
    # the union's count is a rival, not an error; last year's Indian students are not this year's.
    ("enrolment", ("university", "2,940"), ("university", "6,318"), {"number_conflict"}),
    ("enrolment", ("university", "11,750"), ("university", "6,318"), {"number_conflict"}),
    ("enrolment", ("university", "14,210"), ("university", "6,318"), {"number_conflict"}),
    ("enrolment", ("radio", "about 6,000"), ("university", "3,900"), {"number_conflict"}),
    ("enrolment", ("radio", "£23.5 million"), ("wire", "£18.2 million"), {"number_conflict"}),
    ("enrolment", ("wire", "as high as 400"), ("university", "around 250"), {"number_conflict"}),
    ("enrolment", ("wire", "1,842"), ("wire", "2,015"), {"number_conflict"}),
    ("enrolment", ("wire", "More than 40%"), ("university", "66.4%"), {"number_conflict"}),
    ("enrolment", ("university", "31%"), ("university", "25.3%"), {"number_conflict"}),
    # The drug group is not the placebo group; one hospital's recruits and the other hospitals are not the
    # trial's; a raised figure and a rival forecast are no conflicts; the cost is not the grant.
    ("trial", ("university", "412"), ("university", "548"), {"number_conflict"}),
    ("trial", ("university", "8.4%"), ("university", "7.9%"), {"number_conflict"}),
    ("trial", ("university", "186"), ("university", "251"), {"number_conflict"}),
    ("trial", ("university", "118"), ("radio", "117"), {"number_conflict"}),
    ("trial", ("radio", "31%"), ("wire", "more than a quarter"), {"number_conflict"}),
    ("trial", ("wire", "£1.9 billion"), ("wire", "£1.2 billion"), {"number_conflict"}),
    ("trial", ("university", "£41.6 million"), ("university", "£28 million"), {"number_conflict"}),
    # A fee with add-ons is not the fee; capacity is not attendance; broadcasting is not matchday income;
    # wages are not revenue; a raised count and rival reports are no conflicts.
    ("transfer", ("club", "£38.5 million"), ("wire", "up to 44.5 million"), {"number_conflict"}),
    ("transfer", ("club", "33,500"), ("club", "31,240"), {"number_conflict", "time_series"}),
    ("transfer", ("club", "58%"), ("club", "21%"), {"number_conflict"}),
    ("transfer", ("club", "£142.3 million"), ("club", "£96.8 million"), {"number_conflict"}),
    ("transfer", ("local", "25,120"), ("club", "24,610"), {"number_conflict"}),
    ("transfer", ("wire", "95,000"), ("wire", "about 120,000"), {"number_conflict"}),
    # A donation is not the costs; hours are not spills; customers are not people served; a fish stock's
    # two thirds are not the fall in spills; a raised count and rival estimates are no conflicts.
    ("sentencing", ("local", "£250,000"), ("agency", "£318,000"), {"number_conflict"}),
    ("sentencing", ("agency", "21,650"), ("agency", "1,437"), {"number_conflict", "time_series"}),
    ("sentencing", ("agency", "1.9 million"), ("agency", "2.4 million"), {"number_conflict"}),
    ("sentencing", ("local", "Two thirds"), ("agency", "64%"), {"qualifier_drift", "agreement"}),
    ("sentencing", ("local", "11,340"), ("agency", "9,812"), {"number_conflict"}),
    ("sentencing", ("wire", "25 million"), ("wire", "8 million"), {"number_conflict"}),
    # Added after the first run, which found it: matchday income's fifth is not broadcasting's three fifths.
    ("transfer", ("local", "About a fifth"), ("wire", "nearly three fifths"), {"number_conflict"}),
    # The airport's passengers are not the airline's; the storm is not the year; load factor is not
    # punctuality; one base's staff are not all staff; a raised count and rival estimates are no conflicts.
    ("airline", ("release", "9.81 million"), ("release", "14.27 million"), {"number_conflict"}),
    ("airline", ("wire", "9.8 million"), ("wire", "about 14.3 million"), {"number_conflict"}),
    ("airline", ("release", "412"), ("release", "1,372"), {"number_conflict"}),
    ("airline", ("release", "84.3%"), ("release", "78.6%"), {"number_conflict"}),
    ("airline", ("local", "1,900"), ("release", "4,820"), {"number_conflict"}),
    # Written in the other order than the must-see series check of the same pair: KNOWN_GAPS is keyed by
    # the pair as written, and the series is a known gap while this check passes.
    ("airline", ("release", "13.36 million"), ("release", "14.27 million"), {"number_conflict"}),
    ("airline", ("local", "436"), ("wire", "421"), {"number_conflict"}),
    ("airline", ("wire", "as much as 15 million"), ("wire", "about 9 million"), {"number_conflict"}),
    # Cancelled trains are not the timetable; one day is not three; an offer is not a claim, nor inflation;
    # basic pay today is not pay after the offer; a raised cost, a growing count of claims and rival counts
    # are no conflicts.
    ("railstrike", ("operator", "4,386"), ("operator", "6,210"), {"number_conflict"}),
    ("railstrike", ("operator", "4,386"), ("radio", "1,512"), {"number_conflict"}),
    ("railstrike", ("operator", "1,398"), ("operator", "1,512"), {"number_conflict"}),
    ("railstrike", ("wire", "6 percent"), ("wire", "4.5 percent"), {"number_conflict"}),
    ("railstrike", ("radio", "3.8%"), ("radio", "4.5%"), {"number_conflict"}),
    ("railstrike", ("radio", "£59,200"), ("radio", "£64,900"), {"number_conflict"}),
    ("railstrike", ("radio", "£4.3m"), ("operator", "£3.8 million"), {"number_conflict"}),
    ("railstrike", ("radio", "more than 19,000"), ("operator", "12,840"), {"number_conflict"}),
    ("railstrike", ("wire", "2,140"), ("wire", "about 1,650"), {"number_conflict"}),
    # The advice is not the quota; haddock and whiting are not cod; landings are not the quota; a harbour's
    # fish of all kinds are not the cod landed; a corrected count and rival costs are no conflicts.
    ("quota", ("council", "21,460"), ("council", "no more than 18,840"), {"number_conflict"}),
    ("quota", ("council", "18%"), ("council", "28%"), {"number_conflict"}),
    ("quota", ("council", "48,300"), ("council", "21,460"), {"number_conflict"}),
    ("quota", ("council", "12,500"), ("council", "21,460"), {"number_conflict"}),
    ("quota", ("council", "24,930"), ("council", "29,840"), {"number_conflict"}),
    ("quota", ("local", "31,200"), ("council", "24,930"), {"number_conflict"}),
    ("quota", ("council", "21,460"), ("council", "26,170"), {"number_conflict"}),
    ("quota", ("local", "236"), ("council", "212"), {"number_conflict"}),
    ("quota", ("wire", "34 million"), ("wire", "21 million"), {"number_conflict"}),
    # What the matched gifts make available is not what was raised; the government's match is not the
    # companies' gifts; one town's events are not the total; a revised total and rival costs are no
    # conflicts; new projects are not all projects.
    ("appeal", ("trust", "£23.6 million"), ("trust", "£18,642,310"), {"number_conflict"}),
    ("appeal", ("trust", "up to £5 million"), ("trust", "£2.45 million"), {"number_conflict"}),
    ("appeal", ("local", "£186,400"), ("trust", "£18,642,310"), {"number_conflict"}),
    ("appeal", ("wire", "about 18.6 million"), ("local", "£19.1 million"), {"number_conflict"}),
    ("appeal", ("trust", "£16.9 million"), ("trust", "£18,642,310"), {"number_conflict"}),
    ("appeal", ("trust", "342"), ("trust", "1,270"), {"number_conflict"}),
    # (Written the other way round: the must-see check of the pair is a known gap.)
    ("appeal", ("local", "about £2 million"), ("local", "£1.2m"), {"number_conflict"}),
    ("appeal", ("trust", "£1.2 million"), ("trust", "£2.45 million"), {"number_conflict"}),
    # Guillemot pairs are not guillemots, nor puffin burrows; visitors are not burrows; birds that tested
    # positive, or died, are not the birds collected; a series, a raised count and a transposed count
    # are no conflicts with other years.
    ("seabirds", ("radio", "roughly 29,000"), ("trust", "about 58,000"), {"number_conflict"}),
    ("seabirds", ("radio", "roughly 29,000"), ("trust", "31,460"), {"number_conflict"}),
    ("seabirds", ("trust", "18,250"), ("trust", "31,460"), {"number_conflict"}),
    ("seabirds", ("radio", "16,900"), ("trust", "18,250"), {"number_conflict"}),
    ("seabirds", ("trust", "392"), ("trust", "At least 1,140"), {"number_conflict"}),
    ("seabirds", ("trust", "about 2,000"), ("trust", "At least 1,140"), {"number_conflict"}),
    ("seabirds", ("wire", "2,814"), ("trust", "3,050"), {"number_conflict"}),
    ("seabirds", ("radio", "1,380"), ("wire", "More than 1,100"), {"number_conflict"}),
    ("seabirds", ("trust", "31,460"), ("trust", "44,870"), {"number_conflict"}),
    # People in hospital are not outbreaks; a factory's staff are not shops; a raised count, a series and
    # rival costs are no conflicts.
    ("recall", ("authority", "38"), ("authority", "41"), {"number_conflict"}),
    ("recall", ("local", "Forty-one"), ("authority", "41"), {"agreement", "number_conflict", "superseded"}),
    ("recall", ("local", "620"), ("authority", "1,850"), {"number_conflict"}),
    ("recall", ("local", "163"), ("wire", "Nearly 150"), {"number_conflict"}),
    ("recall", ("local", "163"), ("authority", "147"), {"number_conflict"}),
    ("recall", ("authority", "33"), ("authority", "41"), {"number_conflict"}),
    ("recall", ("wire", "4 million"), ("wire", "up to 7 million"), {"number_conflict"}),
]


# Checks of the stories written in this round that the audit still fails, and why (strict: a fix that
# makes one pass must remove it from here).
KNOWN_GAPS: dict[tuple[str, tuple[str, str], tuple[str, str]], str] = {
    ("drought", ("company", "about 1,100"), ("local", "about 1,100")): (
        "periods: the company's 'our teams are fixing about 1,100 leaks a week' takes 'in 2024-25' from the "
        "clause before it ('Leakage fell to 167 megalitres a day in 2024-25'), now a split year (April 2024 "
        "to March 2025) that the local's 'on Monday' of August 2025 lies outside: a series, not an agreement "
        "(it agreed while '2024-25' read as two whole calendar years)"
    ),
    # Layoffs, arrivals, raids (written before the audit read them).
    ("layoffs", ("pr", "4,200"), ("local", "4,200")): (
        "'4,200 cuts worldwide' keys 'cut' (a plural change noun counts changes), but the press release "
        "counts 'jobs': different heads, and the second pass needs a period with a start ('by the end of "
        "2026' has none); cuts are no synonym of jobs outside 'job cuts'"
    ),
    ("arrivals", ("local", "52,150"), ("ministry", "41,900")): (
        "both are dated 2023 now, but 'people' and 'Annual sea arrivals' share no head and the contexts "
        "score 37"
    ),
    ("raids", ("police", "£1.2 million"), ("wire", "an estimated £1.2m")): (
        "'street value' against 'cocaine' ('The cocaine is worth an estimated £1.2m on the street'), "
        "contexts 44; reading 'worth' as a value was tried and rejected on BBC ('a deal worth $9.4bn')"
    ),
    ("raids", ("police", "34%"), ("local", "A third")): (
        "not matched now: subjects 100 but contexts 54, no periods, and a share pair below "
        "CONFLICT_CONTEXT_MIN is kept only by _share_mates, which asks the documents for a distinctive "
        "figure in common (they state none); classify would give wording_drift (sentences 74)"
    ),
    # Waiting lists, port, drought (written before the audit read them).
    ("waitlists", ("board", "612,480"), ("wire", "about 612,000")): (
        "the wire's figure counts 'hospital waiting list' now ('in a row' is blanked), the board's 'patient "
        "pathways' ('The number of patient pathways ... was 612,480'): heads differ, never matched"
    ),
    ("waitlists", ("radio", "583,100"), ("board", "601,750")): (
        "matched now (subjects 100, contexts 78: 601,750 takes the list's subject), but 'In October last "
        "year' (the month) holds 'at the end of October 2024' (its last day): nested periods never conflict"
    ),
    ("waitlists", ("radio", "583,100"), ("board", "583,100")): (
        "matched now (subjects 100, contexts 78: the board's 583,100 takes the list's subject), but in no "
        "finding: a date_conflict needs a rewritten sentence (REWRITE_MIN)"
    ),
    ("waitlists", ("board", "9,842"), ("wire", "9,842")): (
        "classify: an agreement; 'spent' -> 'waited' is 2 replaced words (WORDING_MIN_CHANGED is 3) and the "
        "added 'for a bed', which changes what is counted, is an insertion, not a replacement"
    ),
    ("waitlists", ("board", "61.2%"), ("radio", "61.2%")): (
        "classify: sentences 74 >= REWRITE_MIN and 4 words replaced near the figure ('62 days of cancer "
        "first being suspected' -> '62-day target'), so a wording_drift (the expectation asked an agreement)"
    ),
    ("waitlists", ("board", "about 471,000"), ("radio", "about 471,000")): (
        "'individual patients' against 'people' (the participle of 'people waiting' is dropped now): heads "
        "differ, no periods: never matched"
    ),
    ("port", ("authority", "41,000"), ("local", "46,500")): (
        "46,500 is a claim now ('TEU', dated 'September' by 'The September dock strike'), but the local "
        "paper's own 41,000 ('On Wednesday the authority had put the loss at 41,000 TEU') joins it in a "
        "time_series, and no superseded finding holds the authority's 41,000"
    ),
    ("port", ("authority", "1,187,500"), ("authority", "1,284,600")): (
        "series_finding takes shorter periods first: the first half's 671,900 (linked into the yearly series "
        "as one measure, 'TEU') overlaps 2025, so 1,284,600 is left out of the series"
    ),
    ("port", ("local", "1,187,500"), ("authority", "1,244,800")): (
        "matched, both in 2024, but the contexts score 54 < CONFLICT_CONTEXT_MIN ('In 2024 the port handled "
        "1,187,500 TEU, according to the authority's annual figures'); the local figure's best counterpart "
        "in the release is 2023's 1,187,500 (100), a series"
    ),
    ("drought", ("company", "1.46 million"), ("wire", "about 1.5 million")): (
        "matched (contexts 73), but 'from Friday 15 August' and 'from next week' (11 August) are two 'since' "
        "periods with different starts: overlapping, not nested, so no finding unless rewritten"
    ),
    ("drought", ("company", "1.46 million"), ("local", "1.46 million")): (
        "'household customers' against 'homes', the local figure without a period: no block, contexts 38"
    ),
    ("drought", ("company", "47.3%"), ("wire", "less than half")): (
        "'less than half full' is a claim now, but its subject is 'full' against the company's 'capacity', "
        "and it is dated 'from next week' (the ban's start): no block in common"
    ),
    ("drought", ("company", "1,912"), ("wire", "1,812")): (
        "matched (contexts 73): 'on 12 July' lies within 'last month' (July) and nested periods never "
        "conflict, although a peak of the month is the peak of its day"
    ),
    ("drought", ("local", "18.2"), ("company", "18.2")): (
        "one counterpart per document: the local June 18.2's best in the release is June's 41.5 (contexts "
        "100, a number_conflict, found); the pair itself scores 49 and is not matched"
    ),
    # Exams, ferry, air quality (written before the audit read them).
    ("exams", ("authority", "148,620"), ("wire", "about 149,000")): (
        "'candidates' against 'students' (no synonym), the release's figure without a period ('today' is not "
        "read): no block in common (subjects 25, contexts 58); the wire's figure is also dated 2024 from "
        "'from 78.9% in 2024' in its clause"
    ),
    ("exams", ("authority", "148,620"), ("local", "Nearly 150,000")): (
        "'candidates' against 'pupils', the release's figure without a period: no block (subjects 14, "
        "contexts 72); classify would give qualifier_drift"
    ),
    ("exams", ("authority", "81.1%"), ("authority", "79.8%")): (
        "extraction: 81.1% has no subject and 79.8% counts 'teachers assessments' (the clause 'when grades "
        "were based on teachers' assessments'): heads differ and periods differ, no block (contexts 100, "
        "classify would give a series)"
    ),
    ("exams", ("authority", "78.3%"), ("authority", "78.9%")): (
        "extraction: 78.3% counts 'teachers assessments', 78.9% 'entries', in two sentences (contexts 49): "
        "no block"
    ),
    ("exams", ("local", "78.9%"), ("authority", "78.3%")): (
        "match.same_names: nameless sentences, documents' main names disjoint (see 77.4%); heads 'rate' "
        "against 'assessment' (contexts 41)"
    ),
    ("exams", ("local", "78.9%"), ("authority", "78.9%")): (
        "match.same_names as above; contexts 44 < CONFLICT_CONTEXT_MIN, so classify would find no slipped "
        "period either"
    ),
    ("exams", ("authority", "28.6%"), ("wire", "28.6%")): (
        "'entries' against 'students' (the reworded count itself), no periods: no block (contexts 42); a "
        "wording_drift needs a matched pair and a rewritten sentence (46 < REWRITE_MIN)"
    ),
    ("exams", ("authority", "80.2%"), ("wire", "Roughly four in five")): (
        "matched and classify gives qualifier_drift, but the share's best counterpart in the release is 74.6%"
        " (score 100: token_set_ratio scores a context that holds the other's words 100, and the wire's "
        "sentence holds girls and boys)"
    ),
    ("exams", ("authority", "74.6%"), ("wire", "three quarters")): (
        "matched (agreement), but 74.6%'s best counterpart in the wire is 'Roughly four in five' (score 100, "
        "a tie broken by label order): one counterpart per document"
    ),
    ("exams", ("authority", "9,480"), ("wire", "about 9,500")): (
        "extraction: the wire's figure counts 'tenth' ('rose by more than a tenth, to about 9,500'): heads "
        "differ, no period (contexts 66)"
    ),
    ("exams", ("authority", "11.2%"), ("wire", "more than a tenth")): (
        "match: contexts 66 lie in the share band (SHARE_CONTEXT_MIN-CONFLICT_CONTEXT_MIN) and _share_mates "
        "needs the share to hold the percentage: 'more than a tenth' does not hold 11.2% (classify: differs)"
    ),
    ("ferry", ("coastguard", "486"), ("local", "Nearly 500")): (
        "'passengers and crew' (head 'passenger') against 'people' on Saturday night: the generic-head rule "
        "needs one period (the statement's manifest states none), contexts 37"
    ),
    ("ferry", ("wire", "more than 600"), ("wire", "468")): (
        "'people' against 'passengers' and no period: no block (contexts 54); updates finds no rival without "
        "a pair"
    ),
    ("ferry", ("coastguard", "412"), ("wire", "412")): (
        "'people' (on Sunday) against 'passengers' (no period): heads differ, one period, contexts 53 < "
        "GENERIC_HEAD_CONTEXT_MIN"
    ),
    ("ferry", ("coastguard", "14"), ("wire", "At least 14")): (
        "'bodies of 14 people' (head 'people') against 'killed' (head 'death', on Saturday): heads differ, "
        "contexts 70 < SECOND_PASS_CONTEXT_MIN; classify would give qualifier_drift"
    ),
    ("ferry", ("coastguard", "14"), ("local", "19")): (
        "'people' against 'death toll' on Monday: heads differ, contexts 34; a rising toll is not linked "
        "without a pair"
    ),
    ("ferry", ("coastguard", "60"), ("local", "55")): (
        "matched (contexts 70, classify: number_conflict), but the local 55's best counterpart in the "
        "statement is 2023's 41 deaths (94 against 90): no update link, no finding"
    ),
    ("ferry", ("coastguard", "58"), ("local", "58")): (
        "extraction: the statement's '58 were taken to Corvalis General Hospital' has no subject (the local's"
        " counts 'survivors'): heads differ, one period (contexts 74)"
    ),
    ("ferry", ("coastguard", "230"), ("wire", "More than 200")): (
        "'personnel' against 'rescuers' (no synonym): no block, contexts 40"
    ),
    ("ferry", ("local", "88"), ("coastguard", "41")): (
        "matched, both 2023, classify number_conflict (contexts 93), then dropped by audit._SentenceMates: "
        "the statement's sentence states 88 too (2024's); a mate of another period is let through only when "
        "the figure is in date conflict with it, and the local 88 and the statement's 88 are no pair"
    ),
    ("ferry", ("local", "88"), ("coastguard", "88")): (
        "'deaths' against 'people', different years: no block; classify (contexts 93) gives a series, as the "
        "slipped-period rule needs the pair"
    ),
    ("airquality", ("council", "32.8"), ("wire", "nearly 33")): (
        "extraction: micrograms per cubic metre is no unit (kind count); the report's '32.8 µg/m3 in 2023' "
        "has no subject, the wire's counts 'microgram': heads differ, contexts 93 but the second pass keys "
        "exact periods and only one figure is bare"
    ),
    ("airquality", ("council", "32.8"), ("council", "29.6")): (
        "extraction: 29.6 has no period ('in 2024' is in the sentence before) and 32.8 no subject: never in "
        "one block; classify would call it a number_conflict (relation unknown)"
    ),
    ("airquality", ("local", "32.8"), ("council", "29.6")): (
        "matched (subjects 100, contexts 72), but the report's 29.6 has no period (as above): relation "
        "unknown, no rewrite, figures differ, classify: differs"
    ),
    ("airquality", ("local", "32.8"), ("council", "32.8")): (
        "the report's 32.8 has no subject and the local one counts 'microgram': heads differ, periods differ,"
        " no block; classify would give date_conflict (contexts 93)"
    ),
    ("airquality", ("local", "35.1"), ("council", "32.8")): (
        "'the year before' is read as 'Last year' (2024), not 2023, and the report's 32.8 has no subject: no "
        "block"
    ),
    ("airquality", ("council", "Seven"), ("wire", "Seven")): (
        "'sites' against 'streets' (the reworded count): heads differ, no period on the wire (contexts 63); "
        "the wire's title 'seven' is its best counterpart"
    ),
    ("airquality", ("council", "46.3"), ("local", "46.3")): (
        "extraction: the report's 46.3 has no subject, the local's counts 'microgram'; no periods (contexts "
        "42): no block"
    ),
    ("airquality", ("council", "18,420"), ("wire", "18,420")): (
        "the wire's 'first ten months' is read as January to October 2025 (the zone began in March 2024), the"
        " report's 'By 31 December 2024' has no start: not matched (subjects 100, contexts 66) and relation "
        "unknown below CONFLICT_CONTEXT_MIN"
    ),
    ("airquality", ("council", "87%"), ("wire", "87%")): (
        "'vehicles' against 'emission standards' ('rose to 87% by December'), 'In December' against 'by "
        "December' (no start): heads differ, contexts 74 < SECOND_PASS_CONTEXT_MIN"
    ),
    ("airquality", ("council", "37.4"), ("council", "35.1")): (
        "'µg/m3' is no unit (read as the subject 'µ g'), so 'It was 37.4 µg/m3 in 2021 and 35.1 µg/m3 in "
        "2022' gives 35.1 the period 'in 2021' ('35.1 micrograms in 2022' reads right); a series keeps one "
        "figure per period of one document (classify._one_figure_per_period), and 37.4 leaves it"
    ),
    ("airquality", ("council", "£6.4 million"), ("local", "£6.4 million")): (
        "matched (subjects 100), but no periods and contexts 42 < SAME_FIGURE_CONTEXT_MIN (45), nor a name"
        " in common in the sentences: classify returns nothing"
    ),
    # Outage, housing, budget (written before the audit read them).
    ("outage", ("utility", "46,300"), ("wire", "46,300")): (
        "matched by the sixth pass (one distinctive figure; 'customer' against 'home', contexts 51), but "
        "the sentences score 57 < REWRITE_MIN, and a wording_drift is only read in a rewritten sentence: "
        "classify agrees customers with homes"
    ),
    ("outage", ("utility", "46,300"), ("radio", "More than 46,000")): (
        "matched (subjects 100, contexts 65), but the utility's 'A further 46,300 customers remain without "
        "power' has no period ('By 6pm on Saturday' is in the sentence before): relation unknown, contexts "
        "< CONFLICT_CONTEXT_MIN, classify returns nothing; the radio figure's best counterpart is 214,600"
    ),
    ("outage", ("utility", "£80"), ("radio", "£80")): (
        "classify: sentences 76 >= REWRITE_MIN and words replaced near the figure ('without power' -> 'off "
        "supply', 'receive compensation of' -> 'get ... in compensation'): a wording_drift of one payment"
    ),
    ("housing", ("office", "8,412"), ("wire", "8,142")): (
        "extraction: 'Housing starts in Corrinth were 8,412' counts 'Corrinth', the wire's 'homes': one "
        "quarter, but contexts 55 < SECOND_PASS_CONTEXT_MIN, the sixth pass leaves out pairs dated on both "
        "sides, and _same_measure needs figures that can be the same; classify would give number_conflict"
    ),
    ("housing", ("office", "7,930"), ("wire", "Nearly 8,000")): (
        "'Completions' against 'homes' ('Nearly 8,000 homes were completed in the quarter': 'in the "
        "quarter' is no period): heads differ, one period, no block (contexts 73); classify would give "
        "qualifier_drift"
    ),
    ("housing", ("office", "2,086"), ("wire", "2,086")): (
        "matched (subjects 100: 'homes' and 'social homes' share the head), the wire states no period, "
        "contexts 67 < CONFLICT_CONTEXT_MIN: the same-figure rule agrees it (the documents' main names stand"
        " in for a name), but sentences 54 < REWRITE_MIN and a wording_drift is only read in a rewritten "
        "sentence"
    ),
    ("housing", ("office", "24.8%"), ("wire", "a quarter")): (
        "matched, but contexts 49 < SHARE_PAIR_CONTEXT_MIN (50) and the wire states no period: classify "
        "returns nothing (the local's 'One in four' agrees, contexts higher)"
    ),
    ("housing", ("office", "33,940"), ("local", "33,940")): (
        "'Annual starts' against 'homes', both 2024: contexts 46 < SECOND_PASS_CONTEXT_MIN and < "
        "HEAD_MISMATCH_OVERLAP_CONTEXT_MIN (48), and the sixth pass leaves out pairs dated on both sides: "
        "never matched; classify would agree"
    ),
    ("housing", ("local", "8,412"), ("office", "8,526")): (
        "'homes' against 'starts', both the first quarter of 2025: contexts 47 < SECOND_PASS_CONTEXT_MIN, "
        "not matched; classify would say 'differs' (< CONFLICT_CONTEXT_MIN)"
    ),
    ("housing", ("local", "8,412"), ("office", "8,412")): (
        "'homes' against 'Corrinth' (extraction, as above), periods disjoint: only the sixth pass shares a "
        "block and it leaves out pairs dated on both sides; classify returns nothing (contexts 41 < "
        "CONFLICT_CONTEXT_MIN for a slipped period, sentences 49)"
    ),
    ("budget", ("council", "£1.84 billion"), ("wire", "£1.8bn")): (
        "'net spending' against 'budget', and 'for the year from 1 April' is read as 1 April 2024 to the "
        "release's day (a past 'since', not the coming year), the wire's figure as 'on Tuesday night' (the"
        " vote): no block in common (contexts 62); classify would agree"
    ),
    ("budget", ("council", "4.99%"), ("local", "4.99%")): (
        "'Bills will go up by 4.99%' counts 'Bills' (the heading 'Council tax' is the sentence before): "
        "heads differ, no periods, contexts 17: never matched"
    ),
    ("budget", ("council", "15%"), ("wire", "15%")): (
        "the release's 15% counts 'rise' (no subject words: a change noun) and 'on 6 April' is read as 6 "
        "April 2024 (more than COMING_DAY_WINDOW after the release); the wire's counts 'bus fares' on the "
        "night of the vote: only the share pass shares a block, which keeps shares in words; contexts 39"
    ),
    ("budget", ("council", "£62.5 million"), ("wire", "£65.2 million")): (
        "matched (subjects 100), but no periods on either side, contexts 44 and sentences 46: the "
        "transposed-figure rule needs SERIES_CONTEXT_MIN (55), so classify says 'differs', and updates "
        "links £65.2 million into the superseded chain £62.5m -> £65.2m -> £68.1m instead"
    ),
    ("budget", ("council", "480"), ("wire", "480")): (
        "a claim on every side now ('the loss of 480 posts' is prose, not a byline), but classify calls "
        "'480 posts' and '480 jobs will go' an agreement: the counted noun changed (posts -> jobs) in "
        "sentences written apart, and a wording_drift is only read in a rewritten sentence"
    ),
    ("budget", ("wire", "£11.5 million"), ("wire", "less than £7 million")): (
        "updates: 'The council expects the fare rise to bring in £11.5 million' is credited to no one "
        "('expects' is no word of attribution) and the next sentence ('said it would raise less than £7 "
        "million') has no _CONTESTS word: no rival"
    ),
    ("budget", ("local", "126.9 million"), ("council", "131.2 million")): (
        "matched (both 2024, subjects 74: 'tram journeys' against 'Passenger journeys'), but contexts 34"
        " < CONFLICT_CONTEXT_MIN: classify says 'differs'"
    ),
    ("budget", ("local", "126.9 million"), ("council", "126.9 million")): (
        "matched (subjects 74, 'tram journeys' against 'Passenger journeys'), periods disjoint (2024, "
        "2023), but contexts 53 < CONFLICT_CONTEXT_MIN for a slipped period: classify returns nothing"
    ),
    ("budget", ("council", "£2.30"), ("local", "£2.30")): (
        "two figures now (a rise 'from £2.00 to £2.30'), but the local paper's 'will cost £2.30' counts "
        "'cost' (a money verb read as the subject) against 'single adult fare', and both '6 April's are "
        "dated 2024: 39 days after the documents' dates, beyond COMING_DAY_WINDOW (31)"
    ),
    # Breach, festival, bridge (written before the audit read them).
    ("breach", ("company", "2,148,600"), ("local", "2,391,000")): (
        "the check reads the local paper's last '2,391,000' (the MP's letter: subject 'customers live', "
        "contexts 44, not matched); the revision sentence's copy is dated 'by last month' (from 'last "
        "month's cyber attack') and states 2,148,600 beside it, so audit._Revisions finds a nearer figure"
        " in the later sentence, and 'raised its estimate ... to' is no _REVISION_CUE ('raised the')"
    ),
    ("breach", ("company", "11"), ("wire", "11")): (
        "'11 days' has only its unit for a subject: the third pass, contexts 66, not matched; 11 is no "
        "distinctive figure, so classify would say nothing below CONFLICT_CONTEXT_MIN"
    ),
    ("breach", ("company", "11"), ("local", "eleven")): (
        "match.same_names: both sentences name nothing and the documents share one main name (Norvale), "
        "not STORY_NAMES_IN_COMMON; classify would agree (contexts 74)"
    ),
    ("breach", ("company", "9.1 million"), ("wire", "9.1 million")): (
        "the check reads the release's last '9.1 million' (notes to editors); the wire's figure pairs "
        "with the first copy, as a wording_drift: 'make up 23.6% of' -> 'amount to nearly one in four "
        "of', the other figure reworded beside it, counts as words replaced"
    ),
    ("breach", ("wire", "as many as 3 million"), ("wire", "2,148,600")): (
        "updates: the researcher is named in apposition ('A security researcher ..., Tomasz Reuter, "
        "said') 110 characters before the figure (_SAID reads 80): the 3 million is credited to no one"
    ),
    ("festival", ("organisers", "79,100"), ("wire", "79,100")): (
        "'visitors' against 'people', and the wire's 'up from last year, when 79,100 people attended' is "
        "read as a period from 2024 to the story's day: overlapping, heads differ, contexts 38: no block"
    ),
    ("festival", ("local", "71,800"), ("organisers", "79,100")): (
        "extraction: 'Last year's festival drew 71,800' counts \"year's festival\" (the period's possessive"
        " read as the subject) against 'visitors': contexts 30, no block"
    ),
    ("festival", ("local", "71,800"), ("organisers", "71,800")): (
        "extraction as above (\"year's festival\" against 'visitors'), contexts 32: no block; a slipped "
        "period needs the pair"
    ),
    ("festival", ("wire", "£18.2 million"), ("wire", "about £11 million")): (
        "updates: the organisers' £18.2 million is credited ('Kestrel Bay's organisers say'), but the "
        "council's 'puts the figure lower: its own estimate, published in March, is that visitors spend "
        "about £11 million' credits no one (_PUT_AT needs 'at' before the figure)"
    ),
    ("festival", ("organisers", "1,126"), ("local", "1,126")): (
        "classify: an agreement; 'treated' -> 'taken to hospital' changes what is counted, but the "
        "sentences score 50 < REWRITE_MIN and a wording_drift is only read in a rewritten sentence"
    ),
    ("festival", ("organisers", "12"), ("local", "12")): (
        "matched (subjects 100), the local's '12 stages this year' dated, the release's not: relation "
        "unknown, contexts 49, and 12 is no distinctive figure: classify returns nothing"
    ),
    ("festival", ("organisers", "1,450"), ("local", "1,450")): (
        "matched (contexts 60), but the local sentence names the Arnmouth Rotary Club, which the "
        "release's main names lack (_names_other), and 1,450 has fewer than PRECISE_DIGITS: classify "
        "returns nothing"
    ),
    ("bridge", ("council", "£14.6 million"), ("wire", "£16.4 million")): (
        "extraction: 'The estimated cost of repairing the bridge is £14.6 million' counts 'bridge', the "
        "wire's figure 'cost' and is dated by the dateline ('Oct 9'): heads differ, contexts 52, no block"
    ),
    ("bridge", ("council", "£14.6 million"), ("local", "£19.8 million")): (
        "extraction: 'bridge' against 'cost' (as above), no periods: not matched (contexts 81); the local"
        " sentence also restates £14.6 million"
    ),
    ("bridge", ("council", "£14.6 million"), ("local", "£14.6 million")): (
        "extraction: 'bridge' against 'cost' (as above), contexts 38: no block"
    ),
    ("bridge", ("council", "41%"), ("wire", "41%")): (
        "matched (subjects 100), but 'In September' against no period: relation unknown, contexts 52 < "
        "CONFLICT_CONTEXT_MIN, and 41% (two digits) is no distinctive figure: classify returns nothing"
    ),
    ("bridge", ("council", "9"), ("wire", "nine")): (
        "'minutes' against 'minutes longer', the wire's figure dated 'a year earlier' (from the clause "
        "before it): not matched (contexts 60); 9 is no distinctive figure"
    ),
    ("bridge", ("council", "1,950"), ("local", "Around 2,000")): (
        "'pedestrians' against 'people' ('Around 2,000 people a day still walk or cycle'), contexts 30: "
        "no block"
    ),
    ("bridge", ("council", "£10 million"), ("wire", "£10 million")): (
        "extraction: the council's 'asked the Department for Transport for £10 million' counts "
        "'Transport', the wire's 'repairs': no block; classify would agree (contexts 74)"
    ),
    # Heatwave, potholes, enrolment (written before the audit read them).
    ("heatwave", ("institute", "2,317"), ("wire", "more than 2,300")): (
        "extraction: '2,317 more people died than would be expected between 12 and 27 July 2025' counts "
        "'people' and states no period (the range of days is not read), the wire's 'excess deaths': no "
        "block (the institute's 2,317 meets only '4.6 million', '4,612' and 'More than 4,100')"
    ),
    ("heatwave", ("institute", "2,317"), ("radio", "2,684")): (
        "extraction as above ('people', no period): not matched; the radio's 2,684 does supersede the "
        "wire's 'more than 2,300' (an official health body, a later day, a larger toll)"
    ),
    ("heatwave", ("institute", "2,317"), ("radio", "2,317")): (
        "extraction: 'a provisional figure of 2,317' counts 'provisional figure', the institute's 'people':"
        " no block"
    ),
    ("heatwave", ("institute", "4,162"), ("radio", "More than 4,100")): (
        "'emergency admissions' against 'people' ('More than 4,100 people were admitted'), no periods: no "
        "block; classify would give qualifier_drift (contexts 58)"
    ),
    ("heatwave", ("institute", "12"), ("wire", "twelve")): (
        "'on 12 days' has no period, 'on twelve days in July' has July: not matched (no candidate pair); "
        "12 is no distinctive figure, so classify would need contexts 70 (80 here)"
    ),
    ("potholes", ("council", "£1.37 million"), ("wire", "£1.73 million")): (
        "matched, but the council's 'It paid out on 612 of them, at a cost of £1.37 million' takes no "
        "period from the sentence before (2024) and its words say little alike (contexts 33 < "
        "SERIES_CONTEXT_MIN): a transposition needs 55, classify 'differs'"
    ),
    ("potholes", ("council", "2,904"), ("wire", "2,904")): (
        "classify: an agreement (contexts 76, both 2024); 'claims from drivers' -> 'drivers were paid "
        "compensation' changes what is counted, but the sentences score 64 < REWRITE_MIN and a "
        "wording_drift is only read in a rewritten sentence"
    ),
    ("potholes", ("council", "19.6%"), ("wire", "One in five")): (
        "extraction: '19.6% of B and C roads' counts 'B', the wire's share \"county's minor roads\": no "
        "block (the council's 19.6% meets the local's 'Almost a fifth' and its own 16.1%)"
    ),
    ("enrolment", ("university", "6,318"), ("wire", "About 6,300")): (
        "classify gives qualifier_drift (contexts 66), but each claim's one counterpart per document is "
        "taken first: the university's 6,318 by the wire's 6,318 (agreement) and the wire's 'About 6,300' "
        "by the university's 6,480 of 2022 (a qualifier_drift, wrong: 'About' reaches 6,480)"
    ),
    ("enrolment", ("university", "6,318"), ("wire", "6,318")): (
        "classify: an agreement (contexts 93, both this autumn); 'international students' -> 'new "
        "international students' changes what is counted (2,940 are new), but the sentences score 55 < "
        "REWRITE_MIN and a wording_drift is only read in a rewritten sentence"
    ),
    ("enrolment", ("university", "7,364"), ("wire", "7,364")): (
        "extraction: '14.2% fewer than the 7,364 enrolled in autumn 2024' counts 'fewer': no block"
    ),
    ("enrolment", ("university", "7,910"), ("university", "7,364")): (
        "extraction: 'reaching a peak of 7,910 in 2023' counts 'peak', the 7,364 'fewer': neither joins "
        "the series of international students"
    ),
    ("enrolment", ("radio", "7,910"), ("university", "7,364")): (
        "extraction: the university's 7,364 counts 'fewer' (as above): no block; the radio's 7,910 "
        "('last year') against the wire's 7,364 ('in 2024') is matched but says little alike (contexts 67 "
        "< CONFLICT_CONTEXT_MIN): classify 'differs'"
    ),
    ("enrolment", ("radio", "7,910"), ("university", "7,910")): (
        "extraction: the university's 7,910 counts 'peak' (as above): no block"
    ),
    ("enrolment", ("radio", "5,120"), ("university", "5,120")): (
        "extraction: 'Kelverton had 5,120 in 2021' counts 'Kelverton' (the name before 'had'): no block; "
        "classify would agree (both 2021)"
    ),
    ("enrolment", ("radio", "around 250"), ("radio", "up to 400")): (
        "updates: 'The university has said' is no _SAID ('has' between; 'university' is not in _BODIES) "
        "and 'The union says up to 400 jobs are at risk' has no _CONTESTS word: no rival"
    ),
    ("enrolment", ("university", "around 250"), ("wire", "about 250")): (
        "matched ('posts' against 'jobs', subjects 100), no periods, contexts 48 < CONFLICT_CONTEXT_MIN; 250"
        " is no distinctive figure: classify returns nothing"
    ),
    ("enrolment", ("university", "24,970"), ("radio", "24,970")): (
        "matched on context (subjects 15: \"university's total enrolment\" against 'students'), contexts 53; "
        "the same-figure rule needs the sentences named alike, and the radio's sentence names Nigeria, "
        "which the university's release is not mainly about (_names_other)"
    ),
    ("enrolment", ("university", "3,900"), ("radio", "3,900")): (
        "'staff' against 'people' ('The university employs 3,900 people'), contexts 38: no block"
    ),
    # Trial, transfer, sentencing (written before the audit read them).
    ("trial", ("university", "27%"), ("wire", "more than a quarter")): (
        "extraction: the release's 27% counts 'heart disease' ('deaths from heart disease by 27%'), the "
        "wire's share 'people' and is dated 'on Monday' (the day it was said): heads differ and only one "
        "side has a period, no block (contexts 88); classify would give qualifier_drift"
    ),
    ("trial", ("university", "6,482"), ("wire", "nearly 6,500")): (
        "'adults aged' against 'patients', the release's figure dated 'between March 2020 and June 2022' "
        "(the enrolment), the wire's 'on Monday': disjoint periods, contexts 45: no block"
    ),
    ("trial", ("university", "412"), ("wire", "412")): (
        "extraction: subjects 'patients given velnastat' against \"patients given Corvane Pharma's\": "
        "heads differ, contexts 69 < SECOND_PASS_CONTEXT_MIN, no periods: no block"
    ),
    ("trial", ("university", "548"), ("wire", "548")): (
        "extraction: the wire's '548 of those given a placebo' counts 'given', the release's 'patients': "
        "heads differ, contexts 67, no periods: no block"
    ),
    ("trial", ("university", "£41.6 million"), ("radio", "£41.6m")): (
        "matched on context ('trial' against 'cost', contexts 57), no periods: the same-figure rule needs "
        "the sentences named alike, and the radio's names the National Institute for Health Research while "
        "the documents share one main name (Halden); £41.6m has fewer than PRECISE_DIGITS"
    ),
    ("trial", ("university", "About 3.5 million"), ("wire", "Around 3.5 million")): (
        "match.same_names: the release's sentence names the UK, the wire's Britain (no alias), and neither "
        "is a main name of the other document (subjects 100, contexts 94)"
    ),
    ("trial", ("university", "3.1"), ("wire", "just over three")): (
        "'median' against no subject ('followed for just over three years': 'years' is the unit), no "
        "periods: no block (contexts 76)"
    ),
    ("trial", ("university", "214"), ("radio", "214")): (
        "classify gives wording_drift: the sentences score 83 >= REWRITE_MIN and 'more than any other "
        "hospital in the trial' against 'to the trial, more than any of the other 117 hospitals taking "
        "part' replaces words beside the figure, though the fact told is the same"
    ),
    ("trial", ("university", "41,200"), ("wire", "about 41,000")): (
        "the release's '41,200 of them' has no subject ('them'), the wire's counts 'people' and names "
        "Britain: the second pass keys only figures with subject words, no block (contexts 100); the "
        "radio's 41,200, whose sentence names the UK as the release does, agrees"
    ),
    ("trial", ("radio", "38,100"), ("university", "39,800")): (
        "the release's '39,800 in 2023' has no subject ('them'): the second pass keys only figures with "
        "subject words, the third only pairs of two without, so no block (contexts 81). Keying such figures"
        " in the second pass found it (and three airquality gaps) but added 12 wrong number conflicts on "
        "the generated 10,000-document corpus (identical sentences of distinct stories, '4.3% ... a year "
        "earlier' against '3% in December'): dropped"
    ),
    ("transfer", ("club", "£38.5 million"), ("local", "£38.5m")): (
        "'club-record fee' against 'signing' (\"the club's record £38.5m signing\"), the local's figure dated"
        " 'on Sunday' (the debut, from the clause before): no block (contexts 42)"
    ),
    ("transfer", ("club", "24,610"), ("wire", "26,410")): (
        "matched (subjects 100, contexts 100), the wire's figure without a period: a transposition without "
        "one period needs _copied_transposed, and the wire's sentence names Fenwick Road, which the club's "
        "release names but not among its three main names (_names_other): classify 'differs'"
    ),
    ("transfer", ("club", "31,240"), ("wire", "about 31,000")): (
        "extraction: the wire's figure counts 'season' ('last season was about 31,000'), the club's "
        "'league attendance'; no periods ('last season' is not read): no block (contexts 73)"
    ),
    ("transfer", ("club", "31,240"), ("local", "31,240")): (
        "'league attendance' against 'crowds', no periods ('last season' is not read against '2024-25'): "
        "no block (contexts 45)"
    ),
    ("transfer", ("local", "27,410"), ("club", "27,410")): (
        "the local's 'In 2023-24, the average was 27,410' has no subject: no pair (the seasons, read as "
        "split years since, no longer overlap)"
    ),
    ("transfer", ("local", "27,410"), ("club", "29,870")): (
        "the local's 'In 2023-24, the average was 27,410' has no subject: the second pass keys only figures"
        " with subject words, no block (contexts 100; see the trial's 38,100 for the rule tried and dropped)"
    ),
    ("transfer", ("club", "58%"), ("wire", "nearly three fifths")): (
        "the club's 'Broadcasting brought in 58% of it' has no subject ('it'): a share pair with a bare side"
        " at contexts from CONFLICT_CONTEXT_MIN needs EMPTY_SUBJECT_CONTEXT_MIN (71 here); classify would "
        "give qualifier_drift"
    ),
    ("transfer", ("club", "21%"), ("local", "About a fifth")): (
        "the local's context stops before 'came from matchday income' ('club sale year'): contexts 24, "
        "subjects 'matchday income' against 'club': no block"
    ),
    ("transfer", ("wire", "about 120,000"), ("wire", "95,000")): (
        "updates: 'according to British media' credits the first figure, but 'Swedish newspaper Sydposten "
        "put his wages lower, at 95,000 pounds a week' credits no one (_PUT_AT needs 'at' after 'put ... "
        "at', not 'lower, at') and has no _CONTESTS word"
    ),
    ("sentencing", ("agency", "£4.2 million"), ("local", "£4.2m")): (
        "matched (subjects 100), but the release's undated copy against the local's 'on Thursday last week'"
        " is relation unknown with contexts 38 < SAME_FIGURE_CONTEXT_MIN, and its dated copy takes the "
        "offences' 'between 2019 and 2022': disjoint"
    ),
    ("sentencing", ("agency", "£318,000"), ("wire", "381,000")): (
        "'cost' against 'payment' ('ordered to pay 381,000 pounds in costs'), subjects 18: no block; the "
        "release's costs take the offences' 'between 2019 and 2022', the wire's 'on Thursday': disjoint, so"
        " classify would give a series (contexts 72)"
    ),
    ("sentencing", ("agency", "1,437"), ("local", "1,437")): (
        "paired (subjects 100: 'occasions' and 'times' are one measure), contexts 56: the same distinctive "
        "figure agrees from SAME_FIGURE_CONTEXT_MIN (45) only in sentences that name a name in common, and "
        "these name 'Environment Agency' and 'Tarnside'; each drifts against the wire's 'more than 1,400'"
    ),
    ("transfer", ("local", "About a fifth"), ("wire", "nearly three fifths")): (
        "extraction: both shares count 'club' ('of the club's £142.3m revenue'), their parts ('matchday "
        "income', 'Broadcasting') are not read as what is counted: both in 'the year to May', contexts 78"
    ),
    # Airline, railstrike, quota (written before the audit read them).
    ("airline", ("release", "412"), ("wire", "421")): (
        "periods: the release's 'between Friday 19 and Sunday 21 December' now reads 19-21 December 2025, "
        "but the wire's 'before Christmas' has no start (relation 'until', to 24 December): period_relation "
        "is 'unknown', and the pair gives no finding"
    ),
    ("airline", ("release", "84.3%"), ("wire", "more than four in five")): (
        "extraction: the list item 'Load factor: 84.3% (2024: 82.9%)' dates 84.3% by the bracket's 2024 "
        "and counts 'Load factor'; the wire's share counts 'seats' in 'last year' (2025): disjoint, "
        "contexts 17, no block"
    ),
    ("airline", ("release", "84.3%"), ("release", "82.9%")): (
        "extraction: both figures of 'Load factor: 84.3% (2024: 82.9%)' are dated 2024 (matched, contexts "
        "100): one period, no series"
    ),
    ("airline", ("release", "about €9 million"), ("wire", "about 9 million")): (
        "extraction: the release's figure counts 'revenue' ('cost us about €9 million in lost revenue'), "
        "the wire's \"airline's own estimate\": heads differ, contexts 45, no periods: no block"
    ),
    ("airline", ("release", "€1.18 billion"), ("release", "€1.26 billion")): (
        "periods: 'The airline's fuel bill for the year was €1.18 billion, down from €1.26 billion in 2024' "
        "gives the first figure no period ('for the year' is not read against the January release): "
        "matched (contexts 100), relation unknown, no series"
    ),
    ("airline", ("local", "13.36 million"), ("release", "13.36 million")): (
        "extraction: 'In 2023 it carried 13.36 million' has no subject ('it', and no noun after the "
        "figure): the release's copies count 'passengers'; the second pass keys only figures with subject "
        "words and the figure pass only pairs with one side undated (contexts 100): no block"
    ),
    ("airline", ("local", "13.36 million"), ("release", "11.94 million")): (
        "extraction: the local's figure has no subject (as above), the release's 11.94 million is the "
        "list's 'Passengers' of 2023 (contexts 17): no block"
    ),
    ("railstrike", ("operator", "4,386"), ("wire", "4,836")): (
        "matched (subjects 100, contexts 63); the release's 'Over the three days' takes no period and the "
        "wire's figure is dated 'on Friday' (the day it was said): a transposition without one period "
        "needs _copied_transposed, and the wire's sentence names its dateline ('LONDON, Nov 14': stems "
        "'londo', 'nov') and 'British', beyond the release's main names (Alan, Trains, Westline) "
        "(_names_other): classify 'differs'. Leaving out the names a sentence's own document is mainly "
        "about was tried: the dateline's names still part them"
    ),
    ("railstrike", ("operator", "£3.8 million"), ("wire", "3.8 million")): (
        "matched (subjects 100, contexts 59), the release's figure undated, the wire's 'this week': the "
        "same distinctive figure agrees from SAME_FIGURE_CONTEXT_MIN only in sentences named alike, and "
        "the documents share one main name (Westline) of STORY_NAMES_IN_COMMON (2); both are in the "
        "superseded chain to the radio's £4.3m"
    ),
    ("railstrike", ("operator", "around 385,000"), ("radio", "nearly 400,000")): (
        "periods: the radio's figure takes 'from Tuesday to Thursday last week' (the strike's three days), "
        "the release's none; matched at contexts 50 < ROUNDED_CONTEXT_MIN, and _rounded_from needs one "
        "exact side"
    ),
    ("railstrike", ("wire", "2,140"), ("radio", "More than 2,100")): (
        "match.same_names: the transcript's sentence names its speaker ('KATE ANSELL: More than 2,100 of "
        "our members walked out'), the wire's the Rail Transport Union, and neither is a main name of the "
        "other document: no pair (subjects 100, contexts 68)"
    ),
    ("railstrike", ("operator", "3%"), ("wire", "3 percent")): (
        "extraction: the release's '3% in 2026' takes 'this year' from the offer's first figure ('a 4.5% "
        "pay rise this year and 3% in 2026'); the wire's counts 'Westline' ('Westline has offered ... 3 "
        "percent next year'): heads 'pay rise' and 'Westline', periods disjoint, contexts 61: no block"
    ),
    ("railstrike", ("wire", "1.4 million"), ("operator", "£1.4 million")): (
        "extraction: the wire's 'Strikes cost Westline 1.4 million pounds in 2024' counts 'Strikes', the "
        "release's 'fares' ('in lost fares'): heads differ, both dated (2024 and 2023), contexts 67 < "
        "SECOND_PASS_CONTEXT_MIN: no block"
    ),
    ("railstrike", ("wire", "1.4 million"), ("operator", "£2.1 million")): (
        "extraction: heads 'Strikes' against 'fares' (as above), both 2024, contexts 67 < "
        "SECOND_PASS_CONTEXT_MIN: no block"
    ),
    ("quota", ("council", "18%"), ("wire", "nearly a fifth")): (
        "extraction: the council's 18% counts 'tonnes' ('a cut of 18% from the 26,170 tonnes'), the wire's "
        "share its headline's 'Northern cod quota': contexts 45 < SHARE_CONTEXT_MIN, no block"
    ),
    ("quota", ("council", "26,170"), ("wire", "26,710")): (
        "both only their unit ('tonnes'), both 2025, contexts 62 < EMPTY_SUBJECT_CONTEXT_MIN; the figure "
        "pass leaves out pairs dated on both sides, and _copied_transposed would part them anyway (the "
        "council's sentence names the Northern Waters Fisheries Council, the wire's main names hold "
        "'Northern' and 'Fisheries' only): no block; each joins the series of quotas"
    ),
    ("quota", ("council", "no more than 18,840"), ("wire", "18,840")): (
        "extraction: the council's figure counts 'catch', the wire's only its unit ('to 18,840 tonnes'): "
        "a claim with subject words never meets one without in the passes (contexts 65)"
    ),
    ("quota", ("council", "28%"), ("wire", "28 percent")): (
        "extraction: the council's 28% counts 'tonnes' (no subject words), the wire's 'Scientists': no "
        "pass pairs them (contexts 50)"
    ),
    ("quota", ("council", "£21 million"), ("wire", "21 million")): (
        "extraction: the council's figure counts 'fleet' ('the cost of the cod cut to the fleet at £21 "
        "million'), the wire's \"council's estimate\": heads differ, contexts 42, both 2026: no block"
    ),
    ("quota", ("council", "143"), ("local", "About 150")): (
        "extraction: 'About 150 of them fish from Brennock' counts 'them' (no subject words), the "
        "council's 'vessels hold licences': a claim with subject words never meets one without in the "
        "passes, though the contexts score 100"
    ),
    # Appeal, seabirds, recall (written before the audit read them).
    ("appeal", ("trust", "£18,642,310"), ("local", "£19.1 million")): (
        "extraction: the local's £19.1 million counts 'late donations' ('as late donations were counted'), "
        "the release's figure 'funds raised': heads differ, no block (the local's restated '£18.64 million "
        "it announced on Saturday' agrees with the release's headline)"
    ),
    ("appeal", ("trust", "61%"), ("wire", "About three in five")): (
        "extraction: '61% of them online' counts 'broadcast' (read past 'them'), the wire's share has no "
        "subject: no block"
    ),
    ("appeal", ("trust", "More than 412,000"), ("wire", "more than 412,000")): (
        "'people' against 'donors', neither sentence naming a name: heads differ, no block"
    ),
    ("appeal", ("trust", "More than 412,000"), ("local", "more than 430,000")): (
        "matched (subjects 100, contexts 65), classify 'differs'; the local's 'has risen to more than "
        "430,000, from 412,000' names no source (the trust is named the sentence before) and restates the "
        "old figure without 'the' and a pronoun: no revision cue reads it (a bare 'to X, from Y' is a "
        "change over time as often)"
    ),
    ("appeal", ("trust", "up to £5 million"), ("wire", "up to 5 million")): (
        "extraction: the release's figure counts 'night' ('donations made on the night up to £5 million'), "
        "the wire's 'gifts': heads differ, no block"
    ),
    ("appeal", ("trust", "342"), ("local", "342")): (
        "matched (contexts 100, sentences 72): a rewrite by its sentence score, and the local's sentence "
        "adds 'surrounding district' (its 28 projects in Harwick): classify gives wording_drift"
    ),
    ("appeal", ("trust", "86p"), ("local", "86")): (
        "extraction: the release's 86p counts 'spending', the local's '86 pence in every pound' (text "
        "'86') counts 'trust': heads differ, no block"
    ),
    ("appeal", ("trust", "£1.2 million"), ("local", "£1.2m")): (
        "extraction: 'broadcast' against 'night' ('the cost of staging the night, £1.2m'): heads differ, "
        "no block"
    ),
    ("appeal", ("local", "£1.2m"), ("local", "about £2 million")): (
        "updates: 'The watchdog group Charity Scrutiny disputes this, estimating the true cost of the "
        "broadcast at about £2 million' credits no one (_SAID needs a verb of saying right after the name, "
        "_PUT_AT 'puts')"
    ),
    ("seabirds", ("trust", "24%"), ("radio", "almost a quarter")): (
        "extraction: the radio's share takes 'two years ago' (2023) from the clause before its colon "
        "('compared with 41,390 two years ago: almost a quarter of the puffins have gone'): matched "
        "(contexts 62), periods disjoint"
    ),
    ("seabirds", ("trust", "41,390"), ("radio", "41,390")): (
        "extraction: the radio's 41,390 takes 'this year' from the clause before it ('31,460 occupied "
        "puffin burrows this year, compared with 41,390 two years ago'): 2025 against 2023, a date "
        "conflict (contexts 59)"
    ),
    ("seabirds", ("trust", "At least 1,140"), ("wire", "More than 1,100")): (
        "periods: 'between May and July' against 'this summer' (June to August) overlap without one "
        "holding the other; matched at contexts 67 < CONFLICT_CONTEXT_MIN: classify gives nothing"
    ),
    ("seabirds", ("trust", "about 2,000"), ("wire", "about 2,000")): (
        "'seabirds' against 'deaths' ('estimates that about 2,000 died of bird flu'): heads differ, no block"
    ),
    ("seabirds", ("trust", "about 58,000"), ("radio", "about 58,000")): (
        "extraction: 'Guillemots, which are counted as birds on the cliff ledges rather than as nests, "
        "numbered about 58,000' counts 'nests', the radio's figure 'birds': no block"
    ),
    ("seabirds", ("radio", "16,900"), ("radio", "18,250")): (
        "periods: 'this season' is not read, so 18,250 has no period against 16,900 'last year': matched "
        "(contexts 100), relation unknown, no series"
    ),
    ("recall", ("authority", "147"), ("wire", "Nearly 150")): (
        "'cases' against 'people' ('Nearly 150 people have fallen ill'): heads differ, no block"
    ),
    ("recall", ("authority", "38"), ("local", "Forty-one")): (
        "matched (contexts 100): number_conflict; 'Forty-one people have now been admitted to hospital' "
        "names no source (the Food Standards Authority is named the sentence before, and 'Authority' is "
        "not one of updates._OFFICIAL): no update"
    ),
    ("recall", ("authority", "26%"), ("wire", "About a quarter")): (
        "extraction: '26% are children under 10' counts 'years' (from the age range before it), the "
        "wire's share 'ill': no block"
    ),
    ("recall", ("wire", "4 million"), ("local", "£4m")): (
        "matched (subjects 100) at contexts 36 < SAME_FIGURE_CONTEXT_MIN, and '4 million' is no "
        "distinctive figure: no finding"
    ),
    ("recall", ("authority", "from 2 to 87"), ("local", "between 2 and 87")): (
        "'years' against 'age' ('aged between 2 and 87'): heads differ, no block"
    ),
}


def _params(cases: list[tuple[str, tuple[str, str], tuple[str, str], set[str]]]) -> list[Any]:
    return [
        pytest.param(
            *case,
            id=f"{case[0]}:{case[1][1]}:{case[2][1]}",
            marks=[pytest.mark.xfail(reason=KNOWN_GAPS[case[:3]], strict=True)]
            if case[:3] in KNOWN_GAPS
            else [],
        )
        for case in cases
    ]


@pytest.mark.parametrize(("name", "left", "right", "kinds"), _params(EXPECTED))
def test_what_an_editor_must_see(
    name: str, left: tuple[str, str], right: tuple[str, str], kinds: set[str]
) -> None:
    found = _kinds(_audit(name), left, right)
    # The inflation pair also stands in a series that joins the paper's all-items 9.9% with the food
    # figures (both "prices"): a known flaw, so found kinds may exceed those asked.
    assert kinds <= found if kinds else found == set(), found


@pytest.mark.parametrize(("name", "left", "right", "kinds"), _params(NEVER))
def test_what_an_editor_must_not_be_told(
    name: str, left: tuple[str, str], right: tuple[str, str], kinds: set[str]
) -> None:
    assert not kinds & _kinds(_audit(name), left, right)


@pytest.mark.parametrize(
    "name",
    [
        "floods",
        "inflation",
        "earnings",
        "wildfires",
        "election",
        "measles",
        "layoffs",
        "arrivals",
        "raids",
        "waitlists",
        "port",
        "drought",
        "exams",
        "ferry",
        "airquality",
        "outage",
        "housing",
        "budget",
        "breach",
        "festival",
        "bridge",
        "heatwave",
        "potholes",
        "enrolment",
        "trial",
        "transfer",
        "sentencing",
        "airline",
        "railstrike",
        "quota",
        "appeal",
        "seabirds",
        "recall",
    ],
)
def test_no_story_reports_a_series_across_measures(name: str) -> None:
    # A series joins one measure over time: its figures stay within SERIES_MAX_RATIO of each other.
    result = _audit(name)
    values = dict(zip(result.claims[col.CLAIM_ID], result.claims[col.VALUE], strict=True))
    for finding in result.findings:
        if finding.kind == "time_series":
            figures = [abs(values[i]) for i in finding.claim_ids if values[i]]
            assert max(figures) <= 5 * min(figures), finding.message
