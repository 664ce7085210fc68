"""The issue #3 experiment's re-ranker (experiments/agreement_ranker): its candidates come from the
facts around an agreement, its features say where they stand, its models are deterministic and
learn a separable toy problem. Invented sentences only."""

from __future__ import annotations

import numpy as np

from experiments.agreement_ranker.ranker import (
    NONE,
    USA,
    Candidate,
    DocumentContext,
    DocumentFacts,
    FoundAgreement,
    PartyModel,
    StartModel,
    as_record,
    fit_logistic,
    from_record,
)

TEXT = ("Defense Ties\n\nIn 2015, Ruritania and the United States signed a Status of Forces "
        "Agreement, renewed in 2020 with support from France.")


def facts() -> DocumentFacts:
    sofa = TEXT.index("Status")
    return DocumentFacts(
        TEXT, ((14, len(TEXT)),),
        ((TEXT.index("the United"), TEXT.index(" signed"), USA),
         (TEXT.index("France"), TEXT.index("France") + 6, "FRA")),
        ((TEXT.index("2015"), TEXT.index("2015") + 4, "date", "2015-01-01", "year"),
         (TEXT.index("2020"), TEXT.index("2020") + 4, "date", "2020-01-01", "year")),
        (FoundAgreement(sofa, sofa + len("Status of Forces Agreement"), "sofa",
                        ("RUR", USA), "2015-01-01", "signed"),))


def test_a_record_reads_back_as_the_same_facts() -> None:
    assert from_record(as_record(facts())) == facts()


def test_candidates_are_the_mentions_around_the_agreement_and_the_rules_choice() -> None:
    doc = facts()
    context = DocumentContext(doc)
    agreement = doc.agreements[0]
    parties = {c.value: dict(c.features) for c in context.party_candidates(agreement)}
    assert set(parties) == {USA, "FRA", "RUR"}  # RUR: the rules' choice with no mention
    assert parties["FRA"]["m:after"] == 1.0 and "rules" not in parties["FRA"]
    assert parties["RUR"]["rules_only"] == 1.0
    starts = {c.value: dict(c.features) for c in context.start_candidates(agreement)}
    assert set(starts) == {NONE, "2015-01-01", "2020-01-01"}
    assert starts["2020-01-01"]["d:between:renewed"] == 1.0
    assert starts["2015-01-01"]["rules"] == 1.0
    without = context.start_candidates(agreement, with_rules=False)
    assert not any(n.startswith("rules") for c in without for n, _ in c.features)


def _toy(value: str, good: bool) -> Candidate:
    return Candidate(value, (("bias", 1.0), ("good" if good else "bad", 1.0)))


def test_the_models_learn_a_separable_signal_deterministically() -> None:
    groups = [[_toy("A", True), _toy("B", False)], [_toy("C", False), _toy("D", True)]] * 5
    gold_parties = [("A",), ("D",)] * 5
    first = PartyModel.train(groups, gold_parties)
    again = PartyModel.train(groups, gold_parties)
    assert np.array_equal(first.weights, again.weights)
    assert first.parties([_toy("X", True), _toy("Y", False)]) == ("X",)
    start = StartModel.train(groups, ["A", "D"] * 5)
    assert start.start([_toy("E", False), _toy("F", True)]) == "F"


def test_logistic_regression_fits_the_mean_of_a_constant_feature() -> None:
    x = np.ones((4, 1))
    w = fit_logistic(x, np.array([1.0, 1.0, 1.0, 0.0]), l2=0.0)
    assert abs(1 / (1 + np.exp(-w[0])) - 0.75) < 1e-6
