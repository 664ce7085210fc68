"""Metamorphic properties of the whole run on generated corpora of the genre.

A world of facts (agreements, State Partnership pairings, FMF amounts per fiscal year) is told
by several documents, each in its own words: country aliases, a year or a month, an exact or a
rounded "about" amount. Then:
- the corpus is consistent, so the run finds no error;
- plant one contradiction in a new document: exactly one error, naming it and a document it
  contradicts;
- write the documents in another order: the findings do not change.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pipeline.run import run

COUNTRIES = {"KGZ": ["the Kyrgyz Republic", "Kyrgyzstan"], "TUR": ["Türkiye", "Turkey"],
             "MNG": ["Mongolia"], "GEO": ["Georgia"], "UZB": ["Uzbekistan"],
             "KAZ": ["Kazakhstan"], "ARM": ["Armenia"], "MDA": ["Moldova"]}
AGREEMENTS = ["Acquisition and Cross-Servicing Agreement", "Status of Forces Agreement",
              "General Security of Information Agreement"]
STATES = ["Alaska", "Montana", "Arizona", "Vermont", "Kansas", "Nevada", "Oregon", "Utah"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
FILLER = ("The United States will continue to work with its partners to strengthen their "
          "defense institutions.")


@dataclass(frozen=True)
class World:
    country: str
    agreement: str
    signed: tuple[int, int]  # year, month index
    state: str
    paired: int
    fiscal_year: int
    tenths: int  # the FMF amount in tenths of a million


def article(name: str) -> str:
    return "an" if name[0] in "AEIOU" else "a"


def say(world: World, rng: random.Random) -> list[str]:
    """The world's facts, each said one of several ways."""
    name = rng.choice(COUNTRIES[world.country])
    year, month = world.signed
    a = world.agreement
    amount = world.tenths / 10
    return [
        rng.choice([
            f"The United States and {name} signed {article(a)} {a} in {MONTHS[month]} {year}.",
            f"In {year}, {name} signed {article(a)} {a} with the United States.",
        ]),
        rng.choice([
            f"Since {world.paired}, the {world.state} National Guard and {name} have been "
            "partners in the State Partnership Program.",
            f"The {world.state} National Guard State partnership with {name} began in "
            f"{world.paired}.",
        ]),
        rng.choice([
            f"In FY {world.fiscal_year}, the United States provided ${amount:.1f} million in "
            f"Foreign Military Financing (FMF) to {name}.",
            f"In fiscal year {world.fiscal_year}, Foreign Military Financing (FMF) for {name} "
            f"totaled about ${int(amount + 0.5)} million.",
        ]),
        FILLER,
    ]


worlds = st.builds(
    World,
    country=st.sampled_from(sorted(COUNTRIES)),
    agreement=st.sampled_from(AGREEMENTS),
    signed=st.tuples(st.integers(1995, 2022), st.integers(0, len(MONTHS) - 1)),
    state=st.sampled_from(STATES),
    paired=st.integers(1993, 2015),
    fiscal_year=st.integers(2015, 2024),
    tenths=st.integers(25, 900),
)
corpora = st.lists(worlds, min_size=1, max_size=3, unique_by=lambda w: w.country)


def write_corpus(folder: Path, world_list: list[World], seed: int, copies: int = 3,
                 order: list[int] | None = None) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(copies):
        sentences = [s for w in world_list for s in say(w, rng)]
        rng.shuffle(sentences)
        texts.append(" ".join(sentences))
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"doc{i}" for i in range(copies)]
    for i in order if order is not None else range(copies):
        (folder / f"{names[i]}.txt").write_text(texts[i], encoding="utf-8")
    return names


def errors(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    result = run(folder, folder.parent / "out", None, write=False)
    return sorted((f.check, f.doc_ids) for f in result.findings if f.severity == "error")


# Each example is several whole runs: no shrinking (it would take minutes); a failure is
# reported as generated.
PROPERTY = settings(max_examples=12, deadline=None, phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(world_list=corpora, seed=st.integers(0, 10_000))
@PROPERTY
def test_a_consistent_corpus_told_in_other_words_has_no_error(
        tmp_path_factory, world_list: list[World], seed: int) -> None:
    folder = tmp_path_factory.mktemp("consistent") / "raw"
    write_corpus(folder, world_list, seed)
    assert errors(folder) == []


@given(world_list=corpora, seed=st.integers(0, 10_000),
       plant=st.sampled_from(["agreement", "pairing", "money"]), shift=st.integers(2, 6))
@PROPERTY
def test_a_planted_contradiction_is_found_and_names_both_documents(
        tmp_path_factory, world_list: list[World], seed: int, plant: str, shift: int) -> None:
    folder = tmp_path_factory.mktemp("planted") / "raw"
    names = write_corpus(folder, world_list, seed)
    w = world_list[0]
    if plant == "agreement":
        year, month = w.signed
        liar = World(**{**w.__dict__, "signed": (year + shift, month)})
        check = "cross_doc:agreement_date"
        said = say(liar, random.Random(seed))[0]
    elif plant == "pairing":
        liar = World(**{**w.__dict__, "paired": w.paired + shift})
        check = "cross_doc:pairing_start"
        said = say(liar, random.Random(seed))[1]
    else:
        liar = World(**{**w.__dict__, "tenths": w.tenths * shift})
        check = "cross_doc:money"
        said = say(liar, random.Random(seed))[2]
    (folder / "planted.txt").write_text(f"{said} {FILLER}", encoding="utf-8")
    found = errors(folder)
    assert len(found) == 1, found
    (got_check, doc_ids) = found[0]
    assert got_check == check
    assert "planted" in doc_ids and len(doc_ids) == 2 and set(doc_ids) - {"planted"} <= set(names)


@given(world_list=corpora, seed=st.integers(0, 10_000), order_seed=st.integers(0, 100))
@PROPERTY
def test_the_order_documents_are_written_in_does_not_change_the_findings(
        tmp_path_factory, world_list: list[World], seed: int, order_seed: int) -> None:
    base = tmp_path_factory.mktemp("shuffle")
    order = list(range(3))
    random.Random(order_seed).shuffle(order)
    write_corpus(base / "a", world_list, seed)
    write_corpus(base / "b", world_list, seed, order=order)
    (base / "a" / "planted.txt").write_text(say(world_list[0], random.Random(1))[0].replace(
        str(world_list[0].signed[0]), str(world_list[0].signed[0] + 3)), encoding="utf-8")
    (base / "b" / "planted.txt").write_bytes((base / "a" / "planted.txt").read_bytes())
    first = run(base / "a", base / "oa", None, write=False).findings
    second = run(base / "b", base / "ob", None, write=False).findings
    assert first == second
