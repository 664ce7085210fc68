"""Country mentions: names, aliases, demonyms and adjectives -> (span, ISO3).

The specification is the tables below (sentences in the genre of U.S. fact sheets and regional
overviews) and the properties at the end (every gazetteer form is found back exactly in running
text; arbitrary text never raises and its offsets are exact).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import pipeline.components.countries  # noqa: F401  (registers "country_facts")
from pipeline.components import facts_of
from pipeline.countries import (
    NOT_COUNTRY,
    gazetteer,
    lookup_country,
    lookup_form,
    select_mentions,
)
from pipeline.facts import CountryFact
from pipeline.nlp import blank_pipeline
from pipeline.textview import matching_view


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipe = blank_pipeline()
    pipe.add_pipe("country_facts")
    return pipe


def countries_in(nlp: Language, text: str) -> list[CountryFact]:
    doc = nlp(matching_view(text))
    return [f for f in facts_of(doc) if isinstance(f, CountryFact)]


def mentions(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.iso3) for f in countries_in(nlp, text)]


# (sentence, [(span text, iso3), ...]) in order of appearance.
SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    # The documents in raw/ and their kind.
    (
        "The United States supports the sovereignty of the five Central Asian countries of "
        "Kazakhstan, Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan.",
        [
            ("United States", "USA"),
            ("Kazakhstan", "KAZ"),
            ("Kyrgyz Republic", "KGZ"),
            ("Tajikistan", "TJK"),
            ("Turkmenistan", "TKM"),
            ("Uzbekistan", "UZB"),
        ],
    ),
    (
        "In fiscal year 2019, the authorized DCS value was $5,473,009 for Kazakhstan, "
        "$2,562,694 for the Kyrgyz Republic, and $1,337,794 for Uzbekistan.",
        [("Kazakhstan", "KAZ"), ("Kyrgyz Republic", "KGZ"), ("Uzbekistan", "UZB")],
    ),
    (
        "In 2019, Tajikistan\u2019s MOD hosted U.S. Central Command\u2019s regional exercise.",
        [("Tajikistan", "TJK"), ("U.S.", "USA")],
    ),
    (
        "Initially, a joint Kazakh-Uzbek-Kyrgyz peacekeeping battalion, known as CENTRASBAT, "
        "was trained within the framework of NATO's Partnership for Peace program.",
        [("Kazakh", "KAZ"), ("Uzbek", "UZB"), ("Kyrgyz", "KGZ")],
    ),
    (
        "Over 850 Kyrgyz have visited Montana on exchanges since the first visit in 1996.",
        [("Kyrgyz", "KGZ")],
    ),
    (
        "In 2018, the Tajikistan Peacekeeping Battalion and the 648th Military Engagement "
        "Team, Georgia Army National Guard, engaged in a three-week engagement.",
        [("Tajikistan", "TJK")],
    ),
    (
        "This annual exercise also highlights the capabilities of the Kazakhstani Ground Forces.",
        [("Kazakhstani", "KAZ")],
    ),
    (
        "The 2018 exercises were held at McCrady Army National Guard Training Centre in "
        "South Carolina.",
        [],
    ),
    (
        "Since 2002, the Virginia National Guard and Tajikistan have engaged in the State "
        "Partnership Program.",
        [("Tajikistan", "TJK")],
    ),
    (
        "In April 2020, Kazakhstan sent experts to MINURSO in Western Sahara.",
        [("Kazakhstan", "KAZ"), ("Western Sahara", "ESH")],
    ),
    (
        "The UN Regional Center for Preventive Diplomacy based in Ashgabat (Turkmenistan) "
        "provides a structure for limited regional activities.",
        [("Turkmenistan", "TKM")],
    ),
    (
        "The OSCE links the Central Asian countries to Europe, the U.S. and Canada.",
        [("U.S.", "USA"), ("Canada", "CAN")],
    ),
    (
        "The Economic Cooperation Organization provides links with Azerbaijan, Turkey, Iran, "
        "Afghanistan, and Pakistan.",
        [
            ("Azerbaijan", "AZE"),
            ("Turkey", "TUR"),
            ("Iran", "IRN"),
            ("Afghanistan", "AFG"),
            ("Pakistan", "PAK"),
        ],
    ),
    (
        "Some Central Asian states rely on Russian assistance in border defense.",
        [("Russian", "RUS")],
    ),
    (
        "The Shanghai Cooperation Organization links Central Asian states except "
        "Turkmenistan with China and Russia.",
        [("Turkmenistan", "TKM"), ("China", "CHN"), ("Russia", "RUS")],
    ),
    # Hyphenated compounds and possessives.
    (
        "Patrols along the Uzbek-Afghan border were stepped up.",
        [("Uzbek", "UZB"), ("Afghan", "AFG")],
    ),
    (
        "Ukraine continues to contest Russian-occupied territory in the east.",
        [("Ukraine", "UKR"), ("Russian", "RUS")],
    ),
    (
        "The U.S.-Georgia Charter on Strategic Partnership was signed in 2009.",
        [("U.S.", "USA"), ("Georgia", "GEO")],
    ),
    (
        "The U.S.-Kazakhstan Strategic Partnership Dialogue met in Washington.",
        [("U.S.", "USA"), ("Kazakhstan", "KAZ")],
    ),
    (
        "Kyrgyzstan\u2019s border guards received night-vision devices.",
        [("Kyrgyzstan", "KGZ")],
    ),
    (
        "The Kyrgyz Republic's Ministry of Defense hosted the planning conference.",
        [("Kyrgyz Republic", "KGZ")],
    ),
    ("Papua New Guinea's defense force expanded.", [("Papua New Guinea", "PNG")]),
    ("KAZAKHSTAN\u2019S PEACEKEEPING BRIGADE", [("KAZAKHSTAN", "KAZ")]),
    # Aliases.
    (
        "The Republic of Korea and the DPRK met at Panmunjom.",
        [("Republic of Korea", "KOR"), ("DPRK", "PRK")],
    ),
    (
        "South Korea and North Korea remain technically at war.",
        [("South Korea", "KOR"), ("North Korea", "PRK")],
    ),
    (
        "U.S. Forces Korea supports the ROK military.",
        [("U.S.", "USA"), ("Korea", "KOR"), ("ROK", "KOR")],
    ),
    (
        "The People's Republic of China and the PRC's partners were named.",
        [("People's Republic of China", "CHN"), ("PRC", "CHN")],
    ),
    (
        "Türkiye, formerly Turkey, is a NATO Ally; officials in Turkiye agreed.",
        [("Türkiye", "TUR"), ("Turkey", "TUR"), ("Turkiye", "TUR")],
    ),
    (
        "The United States suspended assistance to Burma after the coup in Myanmar.",
        [("United States", "USA"), ("Burma", "MMR"), ("Myanmar", "MMR")],
    ),
    (
        "Peacekeepers from Ivory Coast and Côte d\u2019Ivoire are the same.",
        [("Ivory Coast", "CIV"), ("Côte d\u2019Ivoire", "CIV")],
    ),
    (
        "Czechia, formerly the Czech Republic, joined NATO in 1999.",
        [("Czechia", "CZE"), ("Czech Republic", "CZE")],
    ),
    (
        "The Russian Federation, Iran, and Syria coordinate their operations.",
        [("Russian Federation", "RUS"), ("Iran", "IRN"), ("Syria", "SYR")],
    ),
    (
        "Vietnam, Laos and Moldova received IMET funding.",
        [("Vietnam", "VNM"), ("Laos", "LAO"), ("Moldova", "MDA")],
    ),
    (
        "Macedonia became North Macedonia in 2019.",
        [("Macedonia", "MKD"), ("North Macedonia", "MKD")],
    ),
    (
        "The US and the USA and the U.S.A. and the United States of America and America.",
        [
            ("US", "USA"),
            ("USA", "USA"),
            ("U.S.A.", "USA"),
            ("United States of America", "USA"),
            ("America", "USA"),
        ],
    ),
    (
        "Forces from the UK, Britain and Great Britain deployed.",
        [("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR")],
    ),
    (
        "The UAE, also called the Emirates, and Emirati officials attended.",
        [("UAE", "ARE"), ("Emirates", "ARE"), ("Emirati", "ARE")],
    ),
    (
        "Bosnia and Herzegovina, or Bosnia, hosted the exercise.",
        [("Bosnia and Herzegovina", "BIH"), ("Bosnia", "BIH")],
    ),
    (
        "Kosovo Security Force members trained with Taiwan and Palestine observers.",
        [("Kosovo", "XKX"), ("Taiwan", "TWN"), ("Palestine", "PSE")],
    ),
    ("The Gambia and the Netherlands signed.", [("Gambia", "GMB"), ("Netherlands", "NLD")]),
    # Longest match between neighbours with shared words.
    (
        "Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea took part.",
        [
            ("Guinea", "GIN"),
            ("Equatorial Guinea", "GNQ"),
            ("Guinea-Bissau", "GNB"),
            ("Papua New Guinea", "PNG"),
        ],
    ),
    ("Niger borders Nigeria.", [("Niger", "NER"), ("Nigeria", "NGA")]),
    (
        "Dominica and the Dominican Republic are different countries.",
        [("Dominica", "DMA"), ("Dominican Republic", "DOM")],
    ),
    ("Sudan and South Sudan signed a border accord.", [("Sudan", "SDN"), ("South Sudan", "SSD")]),
    (
        "Congo and the Democratic Republic of the Congo share a river.",
        [("Congo", "COG"), ("Democratic Republic of the Congo", "COD")],
    ),
    ("American Samoa and Samoa are neighbours.", [("American Samoa", "ASM"), ("Samoa", "WSM")]),
    (
        "Ireland and Northern Ireland share a border.",
        [("Ireland", "IRL")],
    ),
    (
        "The U.S. Virgin Islands and the British Virgin Islands are nearby.",
        [("U.S. Virgin Islands", "VIR"), ("British Virgin Islands", "VGB")],
    ),
    ("Jordan and Chad sent officers.", [("Jordan", "JOR"), ("Chad", "TCD")]),
    # Demonyms and adjectives, plurals.
    (
        "Afghans and Kazakhstanis joined Tajik, Turkmen and Uzbekistani officers.",
        [
            ("Afghans", "AFG"),
            ("Kazakhstanis", "KAZ"),
            ("Tajik", "TJK"),
            ("Turkmen", "TKM"),
            ("Uzbekistani", "UZB"),
        ],
    ),
    (
        "Chinese, Iranian, Pakistani and Indian delegations met Georgian and Ukrainian ones.",
        [
            ("Chinese", "CHN"),
            ("Iranian", "IRN"),
            ("Pakistani", "PAK"),
            ("Indian", "IND"),
            ("Georgian", "GEO"),
            ("Ukrainian", "UKR"),
        ],
    ),
    (
        "Mongolian, American, British, French, German, Turkish and Saudi troops trained.",
        [
            ("Mongolian", "MNG"),
            ("American", "USA"),
            ("British", "GBR"),
            ("French", "FRA"),
            ("German", "DEU"),
            ("Turkish", "TUR"),
            ("Saudi", "SAU"),
        ],
    ),
    (
        "South Korean and North Korean delegations met.",
        [("South Korean", "KOR"), ("North Korean", "PRK")],
    ),
    (
        "Kyrgyzstani and Tajikistani border guards held talks.",
        [("Kyrgyzstani", "KGZ"), ("Tajikistani", "TJK")],
    ),
    ("Georgia is a NATO aspirant.", [("Georgia", "GEO")]),
    ("The Georgia National Guard partners with Georgia.", [("Georgia", "GEO")]),
    (
        "Soldiers from Fort Stewart, Georgia, trained with Georgian forces.",
        [("Georgian", "GEO")],
    ),
    ("Exports to Mexico rose, while New Mexico hosted the drill.", [("Mexico", "MEX")]),
    (
        "The Indian Ocean, Gulf of Mexico and South China Sea are not countries, but India is.",
        [("India", "IND")],
    ),
    (
        "Latin American and South American partners attend, as do Americans.",
        [("Americans", "USA")],
    ),
    # "US$" is a currency sign (one token), not a mention.
    ("U.S. and US$ 5 million, US$5 million", [("U.S.", "USA")]),
    # A U.S. territory named alone is its ISO 3166-1 code; its Guard is not a mention (below).
    ("B-52 bombers rotated through Andersen Air Force Base on Guam.", [("Guam", "GUM")]),
    ("The Guam National Guard hosted Palauan officers.", [("Palauan", "PLW")]),
    ("Hurricane relief in Puerto Rico drew on the Puerto Rico National Guard.",
     [("Puerto Rico", "PRI")]),
    ("Americans and America's allies trained together.",
     [("Americans", "USA"), ("America", "USA")]),
    ("America\u2019s commitment to Jordan is enduring.", [("America", "USA"), ("Jordan", "JOR")]),
    ("Latin Americans, North Americans and Native Americans joined Americans in the program.",
     [("Americans", "USA")]),
    ("English-language training for Mongolian officers is taught in English.",
     [("Mongolian", "MNG")]),
    # U.S. Government abbreviations for Pacific states, alone and after the full name
    ("The Federated States of Micronesia (FSM) and the RMI renewed their Compacts with PNG.",
     [("Federated States of Micronesia", "FSM"), ("FSM", "FSM"), ("RMI", "MHL"),
      ("PNG", "PNG")]),
    # a capital named after its country is a city, the country beside it is not
    ("Ministers met in Port of Spain and Port-of-Spain hosted Spain's delegation.",
     [("Spain", "ESP")]),
]

# Sentences that mention no country.
NOT_COUNTRIES: list[str] = [
    "The Georgia Army National Guard deployed to Fort Irwin.",
    "The Georgia Air National Guard flew the mission.",
    "Virginia National Guard and Montana National Guard officers attended.",
    "The exercise was held in South Carolina.",
    "The delegation visited Atlanta, Georgia, and the state of Georgia's capitol.",
    "Officials from Ashgabat, Tashkent and Almaty met in Central Asia.",
    "Central Asian states, Europe, Eurasia, the Caucasus and the Middle East.",
    "NATO, the OSCE and the UN coordinate.",
    "The Collective Security Treaty Organization met.",
    "The Commonwealth of Independent States and the Shanghai Cooperation Organization.",
    "Please let us know whether the turkey, the chile and the china plates arrived.",
    "The Indian Ocean is busy.",
    # round 34: places the held-out annotators never mark (17 of 17 each)
    "Aid reached the West Bank and Gaza.",
    "Scientists flew to Antarctica from Christchurch.",
    "Exercises in New Mexico, New Jersey and New Guinea.",
    "Relations with Latin America and North America improved.",
    "The Organization of American States met in Panama City.",
    "Delegates flew from Belize City to Port of Spain.",
    "Patrols crossed the Mozambique Channel, the Gulf of Thailand and the Philippine Sea.",
    "The Korean Peninsula remains divided.",
    "Chadwick and Jordanna are names, as is Guineas.",
    "ABOUT US | CONTACT US",
    # the Guards of U.S. territories and the District of Columbia, like the states' Guards
    "The Guam National Guard and the Puerto Rico National Guard deployed medical teams.",
    "Soldiers of the Guam Army National Guard and the Guam Air National Guard trained.",
    "The District of Columbia National Guard and the Virgin Islands National Guard assisted.",
    "The U.S. Virgin Islands National Guard and the Puerto Rico Air National Guard flew.",
    "Guam's National Guard and the Puerto Rico Army National Guard sent engineers.",
    # a language is not a country
    "Courses are taught in English; ENGLISH classes and English-language tests follow.",
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_COUNTRIES)
def test_not_countries(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


def test_facts_carry_canonical_names(nlp: Language) -> None:
    facts = countries_in(nlp, "the Kyrgyz Republic, the ROK, Russian Federation and Turkey")
    assert [(f.iso3, f.name) for f in facts] == [
        ("KGZ", "Kyrgyzstan"),
        ("KOR", "South Korea"),
        ("RUS", "Russia"),
        ("TUR", "Türkiye"),
    ]


def test_the_article_is_not_in_the_span(nlp: Language) -> None:
    text = "with the Kyrgyz Republic"
    [fact] = countries_in(nlp, text)
    assert (fact.start, fact.end) == (9, 24)


def test_offsets_index_the_original_text(nlp: Language) -> None:
    text = "Tajikistan\u2019s\u00a0MOD and Côte\u00a0d\u2019Ivoire"
    facts = countries_in(nlp, text)
    assert [text[f.start : f.end] for f in facts] == ["Tajikistan", "Côte\u00a0d\u2019Ivoire"]


def test_appends_to_earlier_facts(nlp: Language) -> None:
    doc = nlp.make_doc("Kazakhstan")
    facts_of(doc).append(CountryFact(0, 1, "XKX", "Kosovo"))
    nlp.get_pipe("country_facts")(doc)
    assert [(f.TYPE, f.start) for f in facts_of(doc)] == [("country", 0), ("country", 0)]
    assert [f.iso3 for f in facts_of(doc) if isinstance(f, CountryFact)] == ["XKX", "KAZ"]


# Known gaps: each fails today and says why.
XFAIL: list[tuple[str, list[tuple[str, str]]]] = [
    # "Georgia" as the U.S. state without a Guard, city or "state of" beside it.
    ("Units from Georgia and Alabama deployed to Fort Polk.", []),
    # A name broken over a line (or by two spaces) has a whitespace token inside it.
    (
        "the United\nStates and the Kyrgyz  Republic",
        [("United\nStates", "USA"), ("Kyrgyz  Republic", "KGZ")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fixed gaps: pipeline/nlp.py EXTRA_INFIXES splits "/" and "—" after "U.S.".
        ("U.S./Kazakhstan talks", [("U.S.", "USA"), ("Kazakhstan", "KAZ")]),
        ("U.S.—China relations", [("U.S.", "USA"), ("China", "CHN")]),
    ],
)
def test_slash_and_em_dash_compounds(nlp: Language, text: str,
                                     expected: list[tuple[str, str]]) -> None:
    assert mentions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in XFAIL],
)
def test_known_gaps(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(nlp, text) == expected


# The pure helpers.
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kyrgyzstan", ("KGZ", "Kyrgyzstan")),
        ("the Kyrgyz Republic", ("KGZ", "Kyrgyzstan")),
        ("Kyrgyz", ("KGZ", "Kyrgyzstan")),
        ("South Korea", ("KOR", "South Korea")),
        ("Korea, Republic of", ("KOR", "South Korea")),
        ("Korea", ("KOR", "South Korea")),
        ("Congo", ("COG", "Republic of the Congo")),
        ("DRC", ("COD", "Democratic Republic of the Congo")),
        ("Russian Federation", ("RUS", "Russia")),
        ("United States of America", ("USA", "United States")),
        ("US", ("USA", "United States")),
        ("Türkiye", ("TUR", "Türkiye")),
        ("Cote d\u2019Ivoire", ("CIV", "Côte d'Ivoire")),
        ("  Western   Sahara ", ("ESH", "Western Sahara")),
        ("Kosovo", ("XKX", "Kosovo")),
        ("Holy See (Vatican City State)", ("VAT", "Holy See")),
        ("us", None),
        ("turkey", None),
        ("Korean", ("KOR", "South Korea")),  # (demonyms.tsv: 32 of 32 held-out mentions)
        ("Central Asia", None),
        ("New Mexico", None),
        ("NATO", None),
        ("", None),
    ],
)
def test_lookup_country(name: str, expected: tuple[str, str] | None) -> None:
    assert lookup_country(name) == expected


def test_select_mentions_prefers_the_longest_then_the_leftmost() -> None:
    candidates = [(0, 2, "AAA"), (1, 3, "BBB"), (1, 2, "CCC"), (5, 6, NOT_COUNTRY)]
    assert select_mentions(candidates) == [(0, 2, "AAA")]


# Properties.
FORMS = sorted(gazetteer().forms)

TEMPLATES = (
    "{x}",
    "The United States and {x} signed an agreement in 2016.",
    "In 2019, {x} hosted a regional exercise.",
    "Security cooperation with {x}, and with others, grew.",
    "{x} forces took part in the exercise.",
    "partners ({x}) attended",
    "the {x}-led mission",
    "a joint Uzbek-{x} patrol",
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=st.sampled_from(FORMS), template=st.sampled_from(TEMPLATES))
@example(form="Congo (Brazzaville)", template="the {x}-led mission")  # ")-led" is split
def test_every_form_is_found_back_exactly(nlp: Language, form: str, template: str) -> None:
    prefix = template.split("{x}")[0]
    text = template.format(x=form)
    start, end = len(prefix), len(prefix) + len(form)
    expected = gazetteer().forms[form].iso3
    found = {(f.start, f.end): f.iso3 for f in countries_in(nlp, text)}
    assert found.get((start, end)) == expected, (text, found)


def test_every_form_is_found_back_alone(nlp: Language) -> None:
    """The whole gazetteer, not a sample: each form alone is exactly one mention of its code."""
    missed = []
    for form, doc in zip(FORMS, nlp.pipe(FORMS), strict=True):
        got = [(f.start, f.end, f.iso3) for f in facts_of(doc) if isinstance(f, CountryFact)]
        if got != [(0, len(form), gazetteer().forms[form].iso3)]:
            missed.append((form, got))
    assert missed == []


TEXT_PIECES = st.one_of(
    st.sampled_from(FORMS[::7]),
    st.sampled_from(sorted(gazetteer().blockers)[::5]),
    st.text(max_size=12),
    st.sampled_from([" ", "-", "'s", "\u2019s", ".", ",", "\n", "\u00a0", "the ", "U.S.-"]),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(TEXT_PIECES, max_size=12))
def test_arbitrary_text_never_raises_and_offsets_are_exact(
    nlp: Language, pieces: list[str]
) -> None:
    text = "".join(pieces)
    facts = countries_in(nlp, text)
    previous_end = 0
    for fact in facts:
        assert previous_end <= fact.start < fact.end <= len(text)
        previous_end = fact.end
        form = lookup_form(text[fact.start : fact.end])
        assert form is not None and form.iso3 == fact.iso3
