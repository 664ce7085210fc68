"""Agreements, round 14 (recall): probes of invented sentences (never held-out text).

- "Guidelines", "Communiqué" and "Package" head capitalized names ("Joint Maritime
  Guidelines", a two-name communiqué, a NATO "... Package for <partner>"); a lower-case
  "joint communiqué" or "security assistance package" is no name.
- A proper name written with a lower-case head after an article ("the Lima Harbour treaty",
  "a Defense Industrial Base agreement") is a named mention; capitalized words that only name
  its parties, an organization or a month ("the U.S.-Philippines agreement", "the Egyptian
  treaty", "the NATO agreement", "the May agreement") are not a name.
- Plural forms of known names ("Letters of Offer and Acceptance", "Security of Supply
  Arrangements") are those names; an ambiguous acronym ("LOA") counts when any long form of
  its name is in the text, and not otherwise.
- What a charter founds is its object, not the run's head: "Charter of the ... Organization"
  is a charter; where it was signed ("in Tashkent") is not part of its name.
- A State Partnership pairing stated with the noun "partner" ("the Ohio National Guard became
  Hungary's partner", "... Guards partner with ...") is annotated on that word.

Same machinery and conventions as tests/test_agreement_probes.py.
"""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

LOA = "Letter of Offer and Acceptance"
SPP = "State Partnership Program"

NEW_HEADS = [
    probe("In 2019 Japan and India adopted the Joint Maritime Guidelines, which steer coast "
          "guard cooperation.",
          Want("Joint Maritime Guidelines", "Joint Maritime Guidelines", "agreement", "IND;JPN",
               "2019-01-01", None)),
    probe("The Lopez–Adams Communiqué of 1971 set out how Manila and Washington would consult "
          "in a crisis.",
          Want("Lopez–Adams Communiqué", "Lopez-Adams Communiqué", "agreement", "PHL;USA",
               "1971-01-01", None)),
    probe("NATO and Moldova agreed the Defence Capacity Building Package for Moldova in 2014.",
          Want("Defence Capacity Building Package for Moldova",
               "Defence Capacity Building Package for Moldova", "partnership", "MDA;NATO",
               "2014-01-01", None)),
    # Controls: lower-case communiqués and packages name no instrument.
    probe("The two ministers exchanged a joint communiqué after the talks."),
    probe("Congress approved a security assistance package for Taiwan."),
]

LOWER_CASE_HEADS = [
    probe("In 2018, Chile and Peru concluded the Lima Harbour treaty on port access.",
          Want("Lima Harbour treaty", "Lima Harbour Treaty", "treaty", "CHL;PER", "2018-01-01",
               "signed")),
    probe("Brazil is negotiating a Defense Industrial Base agreement with the United States.",
          Want("Defense Industrial Base agreement", "Defense Industrial Base Agreement",
               "agreement", "BRA;USA", None, "proposed")),
    # Controls: the capitalized words are parties, an organization or a month.
    probe("The U.S.-Philippines agreement was renewed."),
    probe("The Egyptian treaty with Israel holds."),
    probe("Kenya welcomed the NATO agreement on training."),
    probe("The May agreement ended the fighting."),
]

PLURALS_AND_ACRONYMS = [
    probe("Ghana signed Letters of Offer and Acceptance in 2021 for patrol boats, and a second "
          "LOA followed in 2023.",
          Want("Letters of Offer and Acceptance", LOA, "agreement", "GHA;USA", "2021-01-01",
               "signed"),
          Want("LOA", LOA, "agreement", "GHA;USA", "2023-01-01", None)),
    probe("Norway and Sweden concluded Security of Supply Arrangements with the United States.",
          Want("Security of Supply Arrangements", "Security of Supply Arrangement", "agreement",
               "NOR;SWE;USA", None, "signed")),
    # Control: an ambiguous acronym whose name the text never spells out.
    probe("Morocco signed a second LOA in 2023."),
]

CHARTERS_OF_ORGANIZATIONS = [
    probe("Kazakhstan and Iran signed the Charter of the Caspian Cooperation Organization in "
          "Tashkent in 2004.",
          Want("Charter of the Caspian Cooperation Organization",
               "Charter of the Caspian Cooperation Organization", "charter", "IRN;KAZ",
               "2004-01-01", "signed")),
    # Control: the organization itself is no agreement.
    probe("Delegates met at the Caspian Cooperation Organization in Tashkent."),
]

PARTNER_NOUNS = [
    probe("The Iowa National Guard has been paired with Kosovo since 2011, and the Ohio "
          "National Guard became Hungary’s partner in 1993.",
          Want("paired", SPP, "state_partnership", "Iowa National Guard;XKX", "2011-01-01",
               "active"),
          Want("partner", SPP, "state_partnership", "HUN;Ohio National Guard", "1993-01-01",
               "active")),
    probe("In West Africa, the North Dakota and Vermont National Guards partner with Ghana and "
          "Senegal.",
          Want("partner", SPP, "state_partnership",
               "GHA;North Dakota National Guard;SEN;Vermont National Guard", None, "active")),
    # Control: no Guard, no pairing.
    probe("Peru became a partner in the peacekeeping initiative in 2009."),
]

TABLES = {
    "new_heads": NEW_HEADS,
    "lower_case_heads": LOWER_CASE_HEADS,
    "plurals_and_acronyms": PLURALS_AND_ACRONYMS,
    "charters_of_organizations": CHARTERS_OF_ORGANIZATIONS,
    "partner_nouns": PARTNER_NOUNS,
}


@pytest.mark.parametrize("row", probe_params(TABLES))
def test_round14_recall_probe(row: Probe) -> None:
    assert_probe(row)
