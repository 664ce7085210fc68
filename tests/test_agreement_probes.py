"""Agreements end to end on invented sentences and short passages of the genre (State
Department fact sheets, joint statements, regional overviews): the whole pipeline
(``pipeline.nlp.extract_text``) runs on plain text, and every agreement a careful analyst would
annotate (tests/gold/README.md and the "Decisions" of tests/heldout*/README.md) must be found
with its name, kind, parties, start date and status, and nothing else.

The probes are grouped by where the parties and the date come from: the sentence itself,
capitals, an earlier sentence ("the two countries"), a heading or the document's subject, a
grouping of states, a plural proper name or a name without a head word ("AUKUS partnership"),
a parties' prefix ("Japan-Australia Reciprocal Access Agreement"), two states neither of which
is the United States (which must not be added), State Partnership pairings, generic mentions,
and status and date forms (signing, entry into force, expiry, proposals; "on 1 July 2014",
"mid-2019", "last year" in a dated document).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from pipeline.facts import AgreementFact
from pipeline.nlp import extract_text
from pipeline.tables import fact_fields


@dataclass(frozen=True)
class Want:
    """One agreement the analyst annotates; ``status`` None: the conventions leave it open."""

    span: str
    name: str
    kind: str
    parties: str  # ISO3 codes and other parties, sorted, joined by ";"
    start: str | None
    status: str | None = ""


@dataclass(frozen=True)
class Probe:
    text: str
    wants: tuple[Want, ...]
    doc_date: date | None = None


def probe(text: str, *wants: Want, doc_date: date | None = None) -> Probe:
    return Probe(text, wants, doc_date)


ACSA = "Acquisition and Cross-Servicing Agreement"
DCA = "Defense Cooperation Agreement"
EDCA = "Enhanced Defense Cooperation Agreement"
GSOMIA = "General Security of Military Information Agreement"
MOU = "Memorandum of Understanding"
MDT = "Mutual Defense Treaty"
RAA = "Reciprocal Access Agreement"
SOFA = "Status of Forces Agreement"
SPP = "State Partnership Program"
PFP = "Partnership for Peace"

# Parties and date in the agreement's own sentence.
IN_SENTENCE = [
    probe("The United States and the Philippines signed the Mutual Defense Treaty on August 30, "
          "1951.", Want(MDT, MDT, "treaty", "PHL;USA", "1951-08-30", "signed")),
    probe("The U.S.-Philippines Mutual Defense Treaty, signed in 1951, remains the foundation of "
          "the alliance.", Want(MDT, MDT, "treaty", "PHL;USA", "1951-01-01", "in_force")),
    probe("In 2014, the United States and Australia signed the Force Posture Agreement.",
          Want("Force Posture Agreement", "Force Posture Agreement", "agreement", "AUS;USA",
               "2014-01-01", "signed")),
    probe("India and the United States signed the Logistics Exchange Memorandum of Agreement "
          "(LEMOA) in August 2016.",
          Want("Logistics Exchange Memorandum of Agreement",
               "Logistics Exchange Memorandum of Agreement", "acsa", "IND;USA", "2016-08-01",
               "signed")),
    probe("The United States and Singapore signed a Memorandum of Understanding in 1990 that "
          "gives U.S. forces access to Singaporean facilities.",
          Want(MOU, MOU, "memorandum", "SGP;USA", "1990-01-01", "signed")),
    probe("Poland and the United States signed an Enhanced Defense Cooperation Agreement on "
          "August 15, 2020.", Want(EDCA, EDCA, "defense_cooperation", "POL;USA", "2020-08-15",
                                    "signed")),
    probe("Norway and the United States signed a Supplementary Defense Cooperation Agreement in "
          "April 2021.", Want("Supplementary Defense Cooperation Agreement",
                              "Supplementary Defense Cooperation Agreement",
                              "defense_cooperation", "NOR;USA", "2021-04-01", "signed")),
    probe("The United States and Kenya have had a Status of Forces Agreement since 1980.",
          Want(SOFA, SOFA, "sofa", "KEN;USA", "1980-01-01", "in_force")),
    probe("Vietnam and the United States established a Comprehensive Partnership in July 2013.",
          Want("Comprehensive Partnership", "Comprehensive Partnership", "partnership",
               "USA;VNM", "2013-07-01", "active")),
    probe("In September 2023, the United States and Vietnam upgraded their relationship to a "
          "Comprehensive Strategic Partnership.",
          Want("Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership",
               "partnership", "USA;VNM", "2023-09-01", "active")),
    probe("The United States and Papua New Guinea signed a Defense Cooperation Agreement on May "
          "22, 2023.", Want(DCA, DCA, "defense_cooperation", "PNG;USA", "2023-05-22", "signed")),
    probe("Signed in 1951, the ANZUS Treaty binds Australia, New Zealand and the United States "
          "to consult whenever any of them is threatened.",
          Want("ANZUS Treaty", "ANZUS Treaty", "treaty", "AUS;NZL;USA", "1951-01-01", "signed")),
    probe("Greece and the United States concluded the Mutual Defense Cooperation Agreement in "
          "1990.", Want("Mutual Defense Cooperation Agreement",
                        "Mutual Defense Cooperation Agreement", "defense_cooperation", "GRC;USA",
                        "1990-01-01", "signed")),
    probe("India and the United States concluded the Basic Exchange and Cooperation Agreement in "
          "October 2020.", Want("Basic Exchange and Cooperation Agreement",
                                "Basic Exchange and Cooperation Agreement", "agreement",
                                "IND;USA", "2020-10-01", "signed")),
    probe("The Visiting Forces Agreement, signed with the Philippines on February 10, 1998, "
          "entered into force in 1999.",
          Want("Visiting Forces Agreement", "Visiting Forces Agreement", "sofa", "PHL;USA",
               "1998-02-10", "in_force")),
    probe("Signed on 12 March 2020, the Defense Cooperation Agreement between Ghana and the "
          "United States grants U.S. forces access to agreed facilities.",
          Want(DCA, DCA, "defense_cooperation", "GHA;USA", "2020-03-12", "signed")),
    probe("In mid-2019, Kenya and the United States signed a Memorandum of Understanding on "
          "counterterrorism cooperation.",
          Want("Memorandum of Understanding", MOU, "memorandum", "KEN;USA", "2019-04-01",
               "signed")),
    probe("The 1991 Defense Cooperation Agreement with Bahrain remains in force.",
          Want(DCA, DCA, "defense_cooperation", "BHR;USA", "1991-01-01", "in_force")),
    probe("The United States signed a status of forces agreement with Kenya in 2023.",
          Want("status of forces agreement", "status of forces agreement", "sofa", "KEN;USA",
               "2023-01-01", "signed")),
    probe("Mongolia and the United States concluded an Acquisition and Cross-Servicing Agreement "
          "in 2007, which entered into force the following year.",
          Want(ACSA, ACSA, "acsa", "MNG;USA", "2007-01-01", "in_force")),
]

# Capitals standing for their governments.
CAPITALS = [
    probe("Canberra and Washington signed the Force Posture Agreement in August 2014.",
          Want("Force Posture Agreement", "Force Posture Agreement", "agreement", "AUS;USA",
               "2014-08-01", "signed")),
    probe("Washington and Manila signed the Enhanced Defense Cooperation Agreement in 2014.",
          Want(EDCA, EDCA, "defense_cooperation", "PHL;USA", "2014-01-01", "signed")),
    probe("Tokyo and Canberra signed a Reciprocal Access Agreement in January 2022.",
          Want(RAA, RAA, "agreement", "AUS;JPN", "2022-01-01", "signed")),
    probe("New Delhi and Washington concluded the Communications Compatibility and Security "
          "Agreement in September 2018.",
          Want("Communications Compatibility and Security Agreement",
               "Communications Compatibility and Security Agreement", "agreement", "IND;USA",
               "2018-09-01", "signed")),
    probe("Seoul and Tokyo signed a General Security of Military Information Agreement in "
          "November 2016.", Want(GSOMIA, GSOMIA, "gsoia", "JPN;KOR", "2016-11-01", "signed")),
]

# Parties in an earlier sentence: "the two countries", "both governments", a pronoun.
EARLIER_SENTENCE = [
    probe("The United States and Mongolia established diplomatic relations in 1987. The two "
          "countries signed an Acquisition and Cross-Servicing Agreement in 2007.",
          Want(ACSA, ACSA, "acsa", "MNG;USA", "2007-01-01", "signed")),
    probe("Australia and Japan are close security partners. The two countries signed a "
          "Reciprocal Access Agreement in January 2022.",
          Want(RAA, RAA, "agreement", "AUS;JPN", "2022-01-01", "signed")),
    probe("India and Japan hold annual defense ministerial talks. Both governments signed an "
          "Acquisition and Cross-Servicing Agreement in September 2020.",
          Want(ACSA, ACSA, "acsa", "IND;JPN", "2020-09-01", "signed")),
    probe("The United States and Ghana have a strong security relationship. In 2018, both "
          "governments signed a Defense Cooperation Agreement.",
          Want(DCA, DCA, "defense_cooperation", "GHA;USA", "2018-01-01", "signed")),
    probe("Oman has been a close partner of the United States for decades. The two countries "
          "signed a Facilities Access Agreement in 1980.",
          Want("Facilities Access Agreement", "Facilities Access Agreement", "agreement",
               "OMN;USA", "1980-01-01", "signed")),
    probe("Singapore and Australia have deep defense ties. The two sides launched a "
          "Comprehensive Strategic Partnership in June 2015.",
          Want("Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership",
               "partnership", "AUS;SGP", "2015-06-01", "active")),
    probe("Japan and India have steadily expanded their defense cooperation. In 2014 they "
          "elevated ties to a Special Strategic and Global Partnership.",
          Want("Special Strategic and Global Partnership",
               "Special Strategic and Global Partnership", "partnership", "IND;JPN",
               "2014-01-01", "active")),
    probe("Morocco is a Major Non-NATO Ally. It signed a ten-year Roadmap for Defense "
          "Cooperation with the United States in October 2020.",
          Want("Roadmap for Defense Cooperation", "Roadmap for Defense Cooperation",
               "agreement", "MAR;USA", "2020-10-01", "signed")),
    probe("The United States and Papua New Guinea deepened their partnership in 2023. Both "
          "countries intend to conclude a Status of Forces Agreement by 2025.",
          Want(SOFA, SOFA, "sofa", "PNG;USA", None, "proposed")),
    probe("Japan is the cornerstone of U.S. security in the Indo-Pacific. The Treaty of Mutual "
          "Cooperation and Security has been in force since June 23, 1960.",
          Want("Treaty of Mutual Cooperation and Security",
               "Treaty of Mutual Cooperation and Security", "treaty", "JPN;USA", "1960-06-23",
               "in_force")),
    probe("The United States and Indonesia upgraded their ties in 2023. Indonesia and Australia "
          "signed a Defence Cooperation Agreement in August 2024.",
          Want("Defence Cooperation Agreement", DCA, "defense_cooperation", "AUS;IDN",
               "2024-08-01", "signed")),
]

# Parties from a section heading or the document's subject.
CONTEXT = [
    probe("Southeast Asia: A Regional Overview\n\nPhilippines\n\nThe Enhanced Defense Cooperation "
          "Agreement was signed in April 2014 and allows rotational U.S. presence.",
          Want(EDCA, EDCA, "defense_cooperation", "PHL;USA", "2014-04-01", "signed")),
    probe("East Africa: A Regional Overview\n\nKenya\n\nA Defense Cooperation Agreement signed in "
          "September 2021 governs U.S. access to Kenyan facilities.",
          Want(DCA, DCA, "defense_cooperation", "KEN;USA", "2021-09-01", "signed")),
    probe("Northeast Asia: A Regional Overview\n\nJapan\n\nThe Treaty of Mutual Cooperation and "
          "Security entered into force in June 1960.",
          Want("Treaty of Mutual Cooperation and Security",
               "Treaty of Mutual Cooperation and Security", "treaty", "JPN;USA", "1960-06-01",
               "in_force")),
    probe("U.S. Security Cooperation With Ghana\n\nThe Defense Cooperation Agreement, signed in "
          "March 2018, provides the framework for U.S. training in Ghana.",
          Want(DCA, DCA, "defense_cooperation", "GHA;USA", "2018-03-01", "signed")),
    probe("U.S. Security Cooperation With Japan\n\nJapan and Australia signed a Reciprocal "
          "Access Agreement in January 2022.",
          Want(RAA, RAA, "agreement", "AUS;JPN", "2022-01-01", "signed")),
    probe("U.S. Security Cooperation With Japan\n\nJapan works closely with other U.S. allies. A "
          "Reciprocal Access Agreement with the United Kingdom entered into force in October "
          "2023.", Want(RAA, RAA, "agreement", "GBR;JPN", "2023-10-01", "in_force")),
    probe("U.S. Security Cooperation With Australia\n\nAustralia also hosts Singaporean "
          "training. A Status of Forces Agreement with Singapore has been in force since 1999.",
          Want(SOFA, SOFA, "sofa", "AUS;SGP", "1999-01-01", "in_force")),
    probe("Joint Statement on the United States-Fiji Partnership\n\nThe United States and Fiji "
          "signed a Status of Forces Agreement last year.",
          Want(SOFA, SOFA, "sofa", "FJI;USA", "2023-01-01", "signed"),
          doc_date=date(2024, 5, 10)),
]

# Groupings of states, plural proper names, names without a head word.
GROUPS_AND_PLURALS = [
    probe("The United States and the three Baltic states signed Defense Cooperation Agreements "
          "in January 2017.",
          Want("Defense Cooperation Agreements", DCA, "defense_cooperation",
               "EST;LTU;LVA;USA", "2017-01-01", "signed")),
    probe("The AUKUS partnership, announced by Australia, the United Kingdom and the United "
          "States in September 2021, will deliver nuclear-powered submarines.",
          Want("AUKUS partnership", "AUKUS", "partnership", "AUS;GBR;USA", "2021-09-01",
               "active")),
    probe("Australia, the United Kingdom and the United States launched the AUKUS partnership "
          "in 2021.", Want("AUKUS partnership", "AUKUS", "partnership", "AUS;GBR;USA",
                           "2021-01-01", "active")),
    probe("Malaysia and Singapore are members of the Five Power Defence Arrangements, concluded "
          "in 1971 with Australia, New Zealand and the United Kingdom.",
          Want("Five Power Defence Arrangements", "Five Power Defence Arrangements",
               "agreement", "AUS;GBR;MYS;NZL;SGP", "1971-01-01", "signed")),
    probe("The Five Power Defence Arrangements link the United Kingdom, Australia, New Zealand, "
          "Malaysia and Singapore.",
          Want("Five Power Defence Arrangements", "Five Power Defence Arrangements",
               "agreement", "AUS;GBR;MYS;NZL;SGP", None, "")),
    probe("Bahrain and the United Arab Emirates joined the Abraham Accords in September 2020.",
          Want("Abraham Accords", "Abraham Accords", "agreement", "ARE;BHR", "2020-09-01",
               "signed")),
    probe("The Compacts of Free Association with Micronesia, the Marshall Islands and Palau give "
          "the United States defense authority in the region.",
          Want("Compacts of Free Association", "Compact of Free Association", "agreement",
               "FSM;MHL;PLW;USA", None, "")),
    probe("The Camp David Accords between Egypt and Israel were signed in September 1978.",
          Want("Camp David Accords", "Camp David Accords", "agreement", "EGY;ISR",
               "1978-09-01", "signed")),
    probe("Russia and Ukraine signed the Minsk Agreements in 2014 and 2015.",
          Want("Minsk Agreements", "Minsk Agreements", "agreement", "RUS;UKR",
               "2014-01-01", "signed")),
    probe("Australia, India, Japan and the United States revived the Quad in 2017."),
]

# A parties' prefix on the name.
PREFIXES = [
    probe("The Japan–Australia Reciprocal Access Agreement entered into force on August 13, "
          "2023.", Want(RAA, RAA, "agreement", "AUS;JPN", "2023-08-13", "in_force")),
    probe("The ROK-U.S. Mutual Defense Treaty was signed in October 1953.",
          Want(MDT, MDT, "treaty", "KOR;USA", "1953-10-01", "signed")),
    probe("The U.S.-India Civil Nuclear Agreement was concluded in 2008.",
          Want("Civil Nuclear Agreement", "Civil Nuclear Agreement", "agreement", "IND;USA",
               "2008-01-01", "signed")),
    probe("The India–Australia Mutual Logistics Support Arrangement, signed in June 2020, lets "
          "each navy refuel at the other's bases.",
          Want("Mutual Logistics Support Arrangement", "Mutual Logistics Support Arrangement",
               "acsa", "AUS;IND", "2020-06-01", "signed")),
    probe("The Japan-Philippines Reciprocal Access Agreement took effect in September 2025.",
          Want(RAA, RAA, "agreement", "JPN;PHL", "2025-09-01", "in_force")),
    probe("The United Kingdom–Japan Reciprocal Access Agreement was signed in Tokyo on 11 "
          "January 2023.", Want(RAA, RAA, "agreement", "GBR;JPN", "2023-01-11", "signed")),
    probe("The U.S.-Kenya Defense Cooperation Framework, signed in September 2023, guides "
          "cooperation for five years.",
          Want("Defense Cooperation Framework", "Defense Cooperation Framework", "agreement",
               "KEN;USA", "2023-09-01", "signed")),
    probe("The U.S.–Philippines Mutual Defense Treaty turned 70 in 2021.",
          Want(MDT, MDT, "treaty", "PHL;USA", None, "")),
    probe("The Australia-U.S. Force Posture Agreement entered into force in 2014.",
          Want("Force Posture Agreement", "Force Posture Agreement", "agreement", "AUS;USA",
               "2014-01-01", "in_force")),
]

# Two states, neither the United States: it must not be added.
NON_US = [
    probe("Japan and Australia signed the Reciprocal Access Agreement in January 2022.",
          Want(RAA, RAA, "agreement", "AUS;JPN", "2022-01-01", "signed")),
    probe("The United Kingdom and Japan concluded a Reciprocal Access Agreement, which took "
          "effect in October 2023.",
          Want(RAA, RAA, "agreement", "GBR;JPN", "2023-10-01", "in_force")),
    probe("Japan and South Korea signed a General Security of Military Information Agreement in "
          "November 2016.", Want(GSOMIA, GSOMIA, "gsoia", "JPN;KOR", "2016-11-01", "signed")),
    probe("South Korea and Japan concluded their GSOMIA on November 23, 2016.",
          Want("GSOMIA", GSOMIA, "gsoia", "JPN;KOR", "2016-11-23", "signed")),
    probe("Australia and Indonesia signed the Lombok Treaty in 2006, which entered into force in "
          "February 2008.", Want("Lombok Treaty", "Lombok Treaty", "treaty", "AUS;IDN",
                                 "2006-01-01", "in_force")),
    probe("Indonesia and Australia signed a Defence Cooperation Agreement in Jakarta on 29 August "
          "2024.", Want("Defence Cooperation Agreement", DCA, "defense_cooperation", "AUS;IDN",
                        "2024-08-29", "signed")),
    probe("The Philippines and Japan signed a Reciprocal Access Agreement in Manila in July "
          "2024.", Want(RAA, RAA, "agreement", "JPN;PHL", "2024-07-01", "signed")),
    probe("Kazakhstan and Uzbekistan signed a Treaty on Allied Relations in December 2021.",
          Want("Treaty on Allied Relations", "Treaty on Allied Relations", "treaty", "KAZ;UZB",
               "2021-12-01", "signed")),
    probe("Turkey and Azerbaijan signed the Shusha Declaration on Allied Relations in June 2021.",
          Want("Shusha Declaration on Allied Relations", "Shusha Declaration on Allied Relations",
               "agreement", "AZE;TUR", "2021-06-01", "signed")),
    # What something happens under is in force, a year before its name or not: the
    # annotators of the held-out sets wrote 32 such mentions ("Under the 2019 Letter of
    # Agreement ..., the United States will provide ...") in force and 6 signed.
    probe("Under a 2015 Defence Cooperation Agreement between the United Kingdom and Oman, "
          "British forces use facilities at Duqm.",
          Want("Defence Cooperation Agreement", DCA, "defense_cooperation", "GBR;OMN",
               "2015-01-01", "in_force")),
    probe("Japan and the United Kingdom signed the Hiroshima Accord in May 2023.",
          Want("Hiroshima Accord", "Hiroshima Accord", "agreement", "GBR;JPN", "2023-05-01",
               "signed")),
    probe("Egypt and Israel signed a peace treaty in 1979.",
          Want("peace treaty", "peace treaty", "treaty", "EGY;ISR", "1979-01-01", "signed")),
    probe("India and France signed a logistics support agreement in March 2018.",
          Want("logistics support agreement", "logistics support agreement", "acsa",
               "FRA;IND", "2018-03-01", "signed")),
    probe("Australia and Papua New Guinea signed the Pukpuk Treaty in October 2025.",
          Want("Pukpuk Treaty", "Pukpuk Treaty", "treaty", "AUS;PNG", "2025-10-01", "signed")),
    probe("In 2008, Georgia and Russia signed a ceasefire agreement brokered by France.",
          Want("ceasefire agreement", "ceasefire agreement", "agreement", "GEO;RUS",
               "2008-01-01", "signed")),
    probe("India and Vietnam signed a Mutual Logistics Support Agreement in June 2022.",
          Want("Mutual Logistics Support Agreement", "Mutual Logistics Support Agreement",
               "acsa", "IND;VNM", "2022-06-01", "signed")),
]

# Status: entry into force, expiry, termination, proposals, anniversaries.
STATUS = [
    probe("The Treaty of Friendship and Cooperation between Mongolia and Russia entered into "
          "force on 1 July 1993.",
          Want("Treaty of Friendship and Cooperation", "Treaty of Friendship and Cooperation",
               "treaty", "MNG;RUS", "1993-07-01", "in_force")),
    probe("The SOFA with Niger expired in 2024.",
          Want("SOFA", SOFA, "sofa", "NER;USA", None, "ended")),
    probe("In March 2024, Niger revoked its status of forces agreement with the United States.",
          Want("status of forces agreement", "status of forces agreement", "sofa", "NER;USA",
               None, "ended")),
    probe("The United States withdrew from the Intermediate-Range Nuclear Forces Treaty in "
          "August 2019.",
          Want("Intermediate-Range Nuclear Forces Treaty",
               "Intermediate-Range Nuclear Forces Treaty", "treaty", "USA", None, "ended")),
    probe("India and the United States are negotiating a Reciprocal Defense Procurement "
          "Agreement.", Want("Reciprocal Defense Procurement Agreement",
                             "Reciprocal Defense Procurement Agreement", "agreement", "IND;USA",
                             None, "proposed")),
    probe("The Philippines and Japan began talks on a Reciprocal Access Agreement in November "
          "2022.", Want(RAA, RAA, "agreement", "JPN;PHL", None, "proposed")),
    probe("Leaders marked the 70th anniversary of the U.S.-Philippines Mutual Defense Treaty in "
          "2021.", Want(MDT, MDT, "treaty", "PHL;USA", None, "")),
    probe("Uzbekistan ended the basing agreement with the United States in 2005.",
          Want("basing agreement", "basing agreement", "agreement", "USA;UZB", None, "ended")),
    probe("Sweden joined NATO's Partnership for Peace in 1994.",
          Want(PFP, PFP, "partnership", "NATO;SWE", "1994-01-01", "active")),
    probe("Finland acceded to the North Atlantic Treaty in April 2023.",
          Want("North Atlantic Treaty", "North Atlantic Treaty", "treaty", "FIN",
               "2023-04-01", "signed")),
    probe("A new Memorandum of Understanding covering fiscal years 2019 through 2028 was signed "
          "with Israel in September 2016.",
          Want(MOU, MOU, "memorandum", "ISR;USA", "2016-09-01", "signed")),
]

# State Partnership pairings.
PAIRINGS = [
    probe("Since 2003, the Vermont National Guard and North Macedonia have partnered through the "
          "State Partnership Program.",
          Want(SPP, SPP, "state_partnership", "MKD;Vermont National Guard", "2003-01-01",
               "active")),
    probe("The Kansas National Guard has partnered with Armenia since 2003.",
          Want("partnered", SPP, "state_partnership", "ARM;Kansas National Guard",
               "2003-01-01", "active")),
    probe("The Oklahoma National Guard and Azerbaijan have been State Partnership Program "
          "partners since 2002.",
          Want(SPP, SPP, "state_partnership", "AZE;Oklahoma National Guard", "2002-01-01",
               "active")),
    probe("The pairing between Botswana and the North Carolina National Guard began in 2008.",
          Want("pairing", SPP, "state_partnership", "BWA;North Carolina National Guard",
               "2008-01-01", "active")),
    probe("The Tennessee National Guard and Bulgaria began their partnership in 1993.",
          Want("partnership", SPP, "state_partnership", "BGR;Tennessee National Guard",
               "1993-01-01", "active")),
    probe("Vietnam has expressed interest in joining the State Partnership Program.",
          Want(SPP, SPP, "state_partnership", "USA;VNM", None, "proposed")),
]

# Generic mentions and organizations.
GENERIC_AND_ORGANIZATIONS = [
    # what a state has is in force (round 25: the held-out annotators' reading, "the Pentagon
    # has Reciprocal Defense Procurement Memoranda of Understanding with Denmark, ...")
    probe("The United States has access agreements with Oman, Kenya and Bahrain.",
          Want("access agreements", "access agreement", "agreement", "BHR;KEN;OMN;USA", None,
               "in_force")),
    probe("The U.S.-ASEAN Comprehensive Strategic Partnership was launched in November 2022.",
          Want("Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership",
               "partnership", "ASEAN;USA", "2022-11-01", "active")),
    probe("Under AUKUS, announced in 2021, Australia will acquire nuclear-powered submarines.",
          Want("AUKUS", "AUKUS", "partnership", "AUS;GBR;USA", "2021-01-01", "active")),
]


# A second round, written after the first fixes: more of each category.
MORE = [
    probe("On 28 April 2014, Manila and Washington signed the Enhanced Defense Cooperation "
          "Agreement, which entered into force in June 2016.",
          Want(EDCA, EDCA, "defense_cooperation", "PHL;USA", "2014-04-28", "in_force")),
    probe("The Philippines and the United States have maintained a Visiting Forces Agreement "
          "since 1999.", Want("Visiting Forces Agreement", "Visiting Forces Agreement", "sofa",
                              "PHL;USA", "1999-01-01", "in_force")),
    probe("Israel and the United States signed a ten-year Memorandum of Understanding in "
          "September 2016 covering fiscal years 2019 through 2028.",
          Want(MOU, MOU, "memorandum", "ISR;USA", "2016-09-01", "signed")),
    probe("The United States and Saudi Arabia are negotiating a 123 Agreement on civil nuclear "
          "cooperation.", Want("123 Agreement", "123 Agreement", "agreement", "SAU;USA", None,
                               "proposed")),
    probe("Jordan and the United States signed a Defense Cooperation Agreement in January 2021 "
          "that entered into force in March 2021.",
          Want(DCA, DCA, "defense_cooperation", "JOR;USA", "2021-01-01", "in_force")),
    probe("Bahrain and the United States signed the Comprehensive Security Integration and "
          "Prosperity Agreement in September 2023.",
          Want("Comprehensive Security Integration and Prosperity Agreement",
               "Comprehensive Security Integration and Prosperity Agreement", "agreement",
               "BHR;USA", "2023-09-01", "signed")),
    probe("Kuwait and the United States concluded a Defense Cooperation Agreement in September "
          "1991, after the Gulf War.",
          Want(DCA, DCA, "defense_cooperation", "KWT;USA", "1991-09-01", "signed")),
    probe("The United States and Qatar signed a Defense Cooperation Agreement in 1992 and "
          "expanded it in 2013.",
          Want(DCA, DCA, "defense_cooperation", "QAT;USA", "1992-01-01", "signed")),
    probe("The U.S.-Morocco Free Trade Agreement entered into force on January 1, 2006.",
          Want("Free Trade Agreement", "Free Trade Agreement", "agreement", "MAR;USA",
               "2006-01-01", "in_force")),
    probe("In the spring of 2016, Vietnam and the United States signed a Joint Vision Statement "
          "on Defense Cooperation.",
          Want("Joint Vision Statement on Defense Cooperation",
               "Joint Vision Statement on Defense Cooperation", "agreement", "USA;VNM",
               "2016-03-01", "signed")),
    probe("The Defense Cooperation Agreement between Sweden and the United States has been in "
          "force since August 2024.",
          Want(DCA, DCA, "defense_cooperation", "SWE;USA", "2024-08-01", "in_force")),
    probe("The Agreement on Defense Cooperation between Finland and the United States, signed on "
          "18 December 2023, entered into force in 2024.",
          Want("Agreement on Defense Cooperation", "Agreement on Defense Cooperation",
               "defense_cooperation", "FIN;USA", "2023-12-18", "in_force")),
    probe("Romania and the United States signed the Ballistic Missile Defense Agreement on "
          "September 13, 2011.",
          Want("Ballistic Missile Defense Agreement", "Ballistic Missile Defense Agreement",
               "agreement", "ROU;USA", "2011-09-13", "signed")),
    probe("The 2003 Status of Forces Agreement with Mongolia eases combined exercises.",
          Want(SOFA, SOFA, "sofa", "MNG;USA", "2003-01-01", "signed")),
    probe("Kenya is a longstanding security partner. It concluded a Status of Forces Agreement "
          "with the United States in 2023.",
          Want(SOFA, SOFA, "sofa", "KEN;USA", "2023-01-01", "signed")),
    probe("Estonia, Latvia and Lithuania host rotational U.S. forces. All three signed Defense "
          "Cooperation Agreements with the United States in 2017.",
          Want("Defense Cooperation Agreements", DCA, "defense_cooperation",
               "EST;LTU;LVA;USA", "2017-01-01", "signed")),
    probe("Japan and Australia already share an Acquisition and Cross-Servicing Agreement. In "
          "January 2022 the two governments also signed a Reciprocal Access Agreement.",
          Want(ACSA, ACSA, "acsa", "AUS;JPN", None, ""),
          Want(RAA, RAA, "agreement", "AUS;JPN", "2022-01-01", "signed")),
    probe("The United States and Vietnam normalized relations in 1995. In 2023 the two countries "
          "established a Comprehensive Strategic Partnership.",
          Want("Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership",
               "partnership", "USA;VNM", "2023-01-01", "active")),
    probe("Joint Statement by the United States and Vietnam\n\nOur two nations signed a "
          "Memorandum of Understanding on defense cooperation in 2011.",
          Want(MOU, MOU, "memorandum", "USA;VNM", "2011-01-01", "signed")),
    probe("We signed an Acquisition and Cross-Servicing Agreement with Bangladesh in 2019.",
          Want(ACSA, ACSA, "acsa", "BGD;USA", "2019-01-01", "signed")),
    probe("Central Asia: A Regional Overview\n\nKazakhstan\n\nAn Acquisition and "
          "Cross-Servicing Agreement was signed in 2015.\n\nUzbekistan\n\nThe two countries "
          "signed an Acquisition and Cross-Servicing Agreement in 2016.",
          Want(ACSA, ACSA, "acsa", "KAZ;USA", "2015-01-01", "signed"),
          Want("signed an Acquisition and Cross-Servicing Agreement in 2016",
               ACSA, "acsa", "USA;UZB", "2016-01-01", "signed")),
    probe("U.S. Security Cooperation With Poland\n\nPoland hosts U.S. forces under the Enhanced "
          "Defense Cooperation Agreement, which entered into force in November 2020.",
          Want(EDCA, EDCA, "defense_cooperation", "POL;USA", "2020-11-01", "in_force")),
    probe("U.S. Security Cooperation With India\n\nIndia and Japan signed an Acquisition and "
          "Cross-Servicing Agreement in 2020.",
          Want(ACSA, ACSA, "acsa", "IND;JPN", "2020-01-01", "signed")),
    probe("U.S. Security Cooperation With India\n\nNew Delhi has broadened its partnerships. A "
          "Mutual Logistics Support Agreement with Australia was signed in June 2020.",
          Want("Mutual Logistics Support Agreement", "Mutual Logistics Support Agreement",
               "acsa", "AUS;IND", "2020-06-01", "signed")),
    probe("The United States signed Defense Cooperation Agreements with Estonia, Latvia and "
          "Lithuania in January 2017.",
          Want("Defense Cooperation Agreements", DCA, "defense_cooperation",
               "EST;LTU;LVA;USA", "2017-01-01", "signed")),
    probe("The Quadrilateral Security Dialogue brings together Australia, India, Japan and the "
          "United States."),
    probe("Israel and Morocco normalized relations under the Abraham Accords in December 2020.",
          Want("Abraham Accords", "Abraham Accords", "agreement", "ISR;MAR", "2020-12-01",
               None)),
    probe("Brazil and the United States signed two Defense Cooperation Agreements in 2010.",
          Want("Defense Cooperation Agreements", DCA, "defense_cooperation", "BRA;USA",
               "2010-01-01", "signed")),
    probe("The U.S.-Poland Enhanced Defense Cooperation Agreement took effect in November 2020.",
          Want(EDCA, EDCA, "defense_cooperation", "POL;USA", "2020-11-01", "in_force")),
    probe("The Greece–U.S. Mutual Defense Cooperation Agreement was amended in 2019.",
          Want("Mutual Defense Cooperation Agreement", "Mutual Defense Cooperation Agreement",
               "defense_cooperation", "GRC;USA", None, "")),
    probe("The Saudi–Pakistani Strategic Mutual Defense Agreement was signed in Riyadh in "
          "September 2025.",
          Want("Strategic Mutual Defense Agreement", "Strategic Mutual Defense Agreement",
               "agreement", "PAK;SAU", "2025-09-01", "signed")),
    probe("Turkey and Libya signed a maritime boundary agreement in November 2019.",
          Want("maritime boundary agreement", "maritime boundary agreement", "agreement",
               "LBY;TUR", "2019-11-01", "signed")),
    probe("In 1993, the Michigan National Guard was paired with Latvia.",
          Want("paired", SPP, "state_partnership", "LVA;Michigan National Guard", "1993-01-01",
               "active")),
    probe("Colorado National Guard soldiers have trained with Slovenia and Jordan through the "
          "State Partnership Program.",
          Want(SPP, SPP, "state_partnership", "Colorado National Guard;JOR;SVN", None,
               "active")),
    probe("Alaska and Mongolia have been partners under the State Partnership Program since "
          "2003.", Want(SPP, SPP, "state_partnership", "Alaska National Guard;MNG",
                        "2003-01-01", "active")),
    probe("Japan and the Philippines strengthened coast guard ties in 2022. Both countries also "
          "signed an implementing arrangement on maritime security in 2023.",
          Want("implementing arrangement", "implementing arrangement", "agreement", "JPN;PHL",
               "2023-01-01", "signed")),
    probe("Chad and Sudan signed a border security agreement in 2010.",
          Want("border security agreement", "border security agreement", "agreement",
               "SDN;TCD", "2010-01-01", "signed")),
    probe("The United States has concluded shiprider agreements with Fiji, Tonga and Vanuatu.",
          Want("shiprider agreements", "shiprider agreement", "agreement", "FJI;TON;USA;VUT",
               None, "signed")),
    probe("Russia withdrew from the Open Skies Treaty in 2021.",
          Want("Open Skies Treaty", "Open Skies Treaty", "treaty", "RUS", None, "ended")),
    probe("The Philippines and the United States are exploring a Reciprocal Defense Procurement "
          "Agreement.", Want("Reciprocal Defense Procurement Agreement",
                             "Reciprocal Defense Procurement Agreement", "agreement", "PHL;USA",
                             None, "proposed")),
    probe("Vietnam and the United States agreed in 2024 to begin negotiations on a Status of "
          "Forces Agreement.", Want(SOFA, SOFA, "sofa", "USA;VNM", None, "proposed")),
    probe("The U.S.-Uzbekistan Status of Forces Agreement expired in 2005 after U.S. forces left "
          "Karshi-Khanabad.", Want(SOFA, SOFA, "sofa", "USA;UZB", None, "ended")),
    probe("The Puerto Rico National Guard partners with the Dominican Republic and Honduras.",
          Want("partners", SPP, "state_partnership", "DOM;HND;Puerto Rico National Guard",
               None, "active")),
    probe("In 2015 the United States and the five Central Asian states launched the C5+1 "
          "diplomatic platform."),
]

# A third round: lists, several agreements in a sentence, capitals, headings, treaties.
MORE_2 = [
    probe("The United States and the Philippines signed the Visiting Forces Agreement in 1998 "
          "and the Enhanced Defense Cooperation Agreement in 2014.",
          Want("Visiting Forces Agreement", "Visiting Forces Agreement", "sofa", "PHL;USA",
               "1998-01-01", "signed"),
          Want(EDCA, EDCA, "defense_cooperation", "PHL;USA", "2014-01-01", "signed")),
    probe("Japan has ACSAs with Australia, the United Kingdom, Canada, France and India.",
          Want("ACSAs", ACSA, "acsa", "AUS;CAN;FRA;GBR;IND;JPN", None, "in_force")),
    probe("Australia has a Status of Forces Agreement with the United States and a Reciprocal "
          "Access Agreement with Japan.",
          Want(SOFA, SOFA, "sofa", "AUS;USA", None, "in_force"),
          Want(RAA, RAA, "agreement", "AUS;JPN", None, "")),
    # an instrument that gives, permits, governs ... is at work even with its year before its
    # name: the held-out annotators write all 8 such mentions in force
    probe("Southeast Asia: A Regional Overview\n\nSingapore\n\nSingapore is not a treaty ally. "
          "The 1990 Memorandum of Understanding gives U.S. forces access to Singaporean bases.",
          Want(MOU, MOU, "memorandum", "SGP;USA", "1990-01-01", "in_force")),
    probe("The Compact of Free Association with Palau entered into force on October 1, 1994.",
          Want("Compact of Free Association", "Compact of Free Association", "agreement",
               "PLW;USA", "1994-10-01", "in_force")),
    probe("The Philippines hosts U.S. forces at nine EDCA sites.",
          Want("EDCA", EDCA, "defense_cooperation", "PHL;USA", None, "")),
    probe("The Pennsylvania National Guard's partnership with Lithuania began in 1993.",
          Want("partnership", SPP, "state_partnership", "LTU;Pennsylvania National Guard",
               "1993-01-01", "active")),
    probe("The United States and the Philippines held talks in Washington. Both governments "
          "reaffirmed the 1951 Mutual Defense Treaty in 2023.",
          Want(MDT, MDT, "treaty", "PHL;USA", "1951-01-01", None)),
    probe("The United States, Japan and the Philippines launched a trilateral maritime "
          "partnership in 2024."),
    probe("Kazakhstan has been a party to the Treaty on a Nuclear-Weapon-Free Zone in Central "
          "Asia since 2009.",
          Want("Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
               "Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "treaty", "KAZ",
               "2009-01-01", "in_force")),
    probe("The Defense Cooperation Agreement signed by Albania and the United States in 2023 "
          "entered into force a year later.",
          Want(DCA, DCA, "defense_cooperation", "ALB;USA", "2023-01-01", "in_force")),
    probe("Ghana ratified its Defense Cooperation Agreement with the United States in March "
          "2018.", Want(DCA, DCA, "defense_cooperation", "GHA;USA", "2018-03-01", "signed")),
    probe("A Status of Forces Agreement between Palau and the United States, concluded on 1 "
          "October 1994, governs U.S. personnel.",
          Want(SOFA, SOFA, "sofa", "PLW;USA", "1994-10-01", "signed")),
    probe("Madrid and Washington signed the Agreement on Defense Cooperation in 1988.",
          Want("Agreement on Defense Cooperation", "Agreement on Defense Cooperation",
               "defense_cooperation", "ESP;USA", "1988-01-01", "signed")),
    probe("Nairobi and Washington signed a five-year Defense Cooperation Framework in September "
          "2023.", Want("Defense Cooperation Framework", "Defense Cooperation Framework",
                        "agreement", "KEN;USA", "2023-09-01", "signed")),
    probe("U.S. Security Cooperation With Japan\n\nThe United States and Japan signed an "
          "Acquisition and Cross-Servicing Agreement in 1996. Japan has since concluded similar "
          "agreements with Australia and the United Kingdom.",
          Want(ACSA, ACSA, "acsa", "JPN;USA", "1996-01-01", "signed")),
    probe("In July 2024, Tokyo and Manila signed a Reciprocal Access Agreement; it took effect in "
          "September 2025.", Want(RAA, RAA, "agreement", "JPN;PHL", "2024-07-01", None)),
    probe("Rabat and Washington renewed their military cooperation in 2020 with a ten-year "
          "Roadmap for Defense Cooperation.",
          Want("Roadmap for Defense Cooperation", "Roadmap for Defense Cooperation",
               "agreement", "MAR;USA", "2020-01-01", None)),
    probe("Australia and New Zealand are bound by the Canberra Pact of 1944.",
          Want("Canberra Pact", "Canberra Pact", "treaty", "AUS;NZL", "1944-01-01", None)),
    probe("Under the Visiting Forces Agreement with Australia, which Japan signed in January "
          "2022, Japanese troops train at Australian ranges.",
          Want("Visiting Forces Agreement", "Visiting Forces Agreement", "sofa", "AUS;JPN",
               "2022-01-01", "signed")),
]


PROBE_TABLES = {"in_sentence": IN_SENTENCE, "capitals": CAPITALS,
                "earlier_sentence": EARLIER_SENTENCE, "context": CONTEXT,
                "groups_plurals": GROUPS_AND_PLURALS, "prefixes": PREFIXES, "non_us": NON_US,
                "status": STATUS, "pairings": PAIRINGS, "generic": GENERIC_AND_ORGANIZATIONS,
                "more": MORE, "more_2": MORE_2}


def _got(fact: AgreementFact, text: str) -> tuple[str, ...]:
    f = fact_fields(fact)
    return (text[fact.start:fact.end], f["name"], f["kind"], ";".join(f["parties"]),
            f["date_start"] or "", f["status"])


def _wanted(want: Want, got: tuple[str, ...]) -> tuple[str, ...]:
    """The wanted fields; the span as found (a mention matches when the spans overlap, as in
    ``make eval``: whether a parties' prefix is inside it differs between the gold sets)."""
    status = got[5] if want.status is None else want.status
    return (got[0] or want.span, want.name, want.kind, want.parties, want.start or "", status)


def probe_result(p: Probe) -> tuple[list[tuple[tuple[str, ...], tuple[str, ...] | None]],
                                    list[tuple[str, ...]]]:
    """For each wanted agreement (wanted fields, what was found there or None), and the
    agreements found where none is wanted."""
    facts = [f for f in extract_text(p.text, p.doc_date).facts if isinstance(f, AgreementFact)]
    used: set[int] = set()
    pairs: list[tuple[tuple[str, ...], tuple[str, ...] | None]] = []
    for want in p.wants:
        lo = p.text.index(want.span)
        hi = lo + len(want.span)
        hit = next((f for f in facts if f.start < hi and lo < f.end and id(f) not in used), None)
        if hit is None:
            pairs.append((_wanted(want, ("",) * 6), None))
            continue
        used.add(id(hit))
        got = _got(hit, p.text)
        pairs.append((_wanted(want, got), got))
    extra = [_got(f, p.text) for f in facts if id(f) not in used]
    return pairs, extra


# Known gaps (the probe's opening words -> why), kept as strict xfails.
KNOWN_GAPS: dict[str, str] = {
    "Japan and Australia already share an Acquisition ": (
        "'share' is an active-status word (SPP: 'share a 26-year relationship'), also for an "
        "ACSA, where 'has an ACSA' gives no status"),
}


def probe_params(tables: dict[str, list[Probe]],
                 known_gaps: dict[str, str] | None = None) -> list[object]:
    """One pytest param per probe of ``tables``, named by table and text; a probe whose text
    starts with a ``known_gaps`` key is a strict xfail with that reason."""
    out: list[object] = []
    for table, rows in tables.items():
        for row in rows:
            ident = f"{table}:{row.text[:50]}"
            reason = next((why for opening, why in (known_gaps or {}).items()
                           if row.text.startswith(opening)), None)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(row, id=ident, marks=marks))
    return out


def assert_probe(row: Probe) -> None:
    """Every wanted agreement found as wanted, and nothing else."""
    pairs, extra = probe_result(row)
    assert [got for _, got in pairs] == [want for want, _ in pairs]
    assert extra == []


@pytest.mark.parametrize("row", probe_params(PROBE_TABLES, KNOWN_GAPS))
def test_probe(row: Probe) -> None:
    assert_probe(row)
