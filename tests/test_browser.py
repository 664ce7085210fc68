"""report.html in a real browser: Debian's headless Chromium runs the page's script.

The page has a self-test (``report.js``, only when the address ends in ``#selftest``): it
records every highlight's text and offset as the browser laid them out, then applies each
filter (type, severity, document, country) and writes what stays visible into
``<pre id="selftest">``. ``chromium --dump-dom`` gives us the DOM after the script ran; the
expectations are computed here from the CSVs of a real run. Console errors are caught twice:
by the page (``window.reportErrors``) and in Chromium's log on stderr.

Skipped when /usr/bin/chromium is missing (CI: ``apt-get install -y --no-install-recommends
chromium``).
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from pipeline.run import run

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and shutil.which("chromium") is None,
                                reason="needs Debian's chromium (apt-get install chromium)")

CORPUS = {
    "a.txt": "The United States and Uzbekistan signed an Acquisition and Cross-Servicing "
             "Agreement in 2016. In FY 2021, Congress appropriated $10 million in Foreign "
             "Military Financing (FMF) for Kazakhstan.\n\nSince 2002, the United States has "
             "provided roughly $5.5 million to Kyrgyzstan for border security.\n",
    "b.txt": "The United States and Uzbekistan signed an Acquisition and Cross-Servicing "
             "Agreement in 2018.\n\nIn FY 2021, Congress appropriated $25 million in Foreign "
             "Military Financing (FMF) for Kazakhstan. Tajikistan partnered with the Virginia "
             "National Guard in 2003.\n",
    "reports/kaz.html": "<html><head><title>Kazakhstan</title><script>var s = 'Uzbekistan';"
                        "</script></head><body><nav class='main-nav'><a href='/'>Kyrgyzstan</a>"
                        "</nav><main><h1>U.S. Security Cooperation with Kazakhstan</h1>"
                        "<p>In August&nbsp;2019, Kazakhstan entered into a General Security of "
                        "Information Agreement with the United States.</p></main>"
                        "<footer>Contact &amp; Turkmenistan</footer></body></html>",
    "broken.txt": "caf\udcff",  # written as invalid UTF-8: a quarantined document
}
FACT_FILES = {"money": "money.csv", "date": "dates.csv", "country": "countries.csv",
              "agreement": "agreements.csv"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def chromium(url: str, width: int, profile: Path) -> tuple[str, str]:
    """(DOM after the scripts ran, Chromium's log)."""
    binary = str(CHROMIUM) if CHROMIUM.exists() else str(shutil.which("chromium"))
    done = subprocess.run(
        [binary, "--headless=new", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-sync", "--disable-extensions", f"--user-data-dir={profile}",
         f"--window-size={width},900", "--enable-logging=stderr", "--v=0", "--dump-dom", url],
        capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def selftest_of(dom: str) -> dict[str, Any]:
    found = re.search(r'<pre id="selftest"[^>]*>(.*?)</pre>', dom, re.S)
    assert found, "the page's self-test did not run (a script error?)"
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    raw = root / "raw"
    for name, text in CORPUS.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    out = root / "out"
    run(raw, out)
    return out


@pytest.fixture(scope="module")
def desktop(outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    dom, log = chromium((outputs / "report.html").as_uri() + "#selftest", 1280,
                        tmp_path_factory.mktemp("profile"))
    return selftest_of(dom), log


@pytest.fixture(scope="module")
def rows(outputs: Path) -> dict[str, list[dict[str, str]]]:
    return {t: read_csv(outputs / name) for t, name in FACT_FILES.items()}


def all_facts(rows: dict[str, list[dict[str, str]]]) -> list[dict[str, str]]:
    return [dict(r, _type=t) for t, rs in rows.items() for r in rs]


def countries_of(fact: dict[str, str]) -> set[str]:
    cells = {"country": fact.get("iso3", ""), "money": fact.get("countries", ""),
             "agreement": fact.get("parties", "")}.get(fact["_type"], "")
    return {c for c in cells.split(";") if re.fullmatch(r"[A-Z]{3}", c)}


def test_the_page_loads_without_console_errors(desktop: tuple[dict[str, Any], str]) -> None:
    result, log = desktop
    assert result["errors"] == []
    console = [line for line in log.splitlines() if "CONSOLE" in line]
    assert console == []


def test_every_highlight_is_its_csv_row_as_the_browser_lays_it_out(
        desktop: tuple[dict[str, Any], str], rows: dict[str, list[dict[str, str]]],
        outputs: Path) -> None:
    spans = desktop[0]["spans"]
    facts = all_facts(rows)
    assert len(facts) > 20
    assert set(spans) == {f["fact_id"] for f in facts}
    for f in facts:
        text = f["text"][1:] if f["text"][:2] in ("'=", "'+", "'-", "'@") else f["text"]
        assert spans[f["fact_id"]] == {"doc": f["doc_id"], "start": int(f["start"]),
                                       "text": text}, f["fact_id"]
    # The HTML page's facts index its extracted text, written beside the CSVs.
    page_text = (outputs / "text" / "reports" / "kaz.html.txt").read_text(encoding="utf-8")
    kaz = [f for f in facts if f["doc_id"] == "reports/kaz.html"]
    assert {f["text"] for f in kaz} >= {"August\u00a02019", "Kazakhstan"}
    assert all(page_text[int(f["start"]):int(f["end"])] == f["text"] for f in kaz)
    assert not {"Kyrgyzstan", "Turkmenistan", "Uzbekistan"} & {f["text"] for f in kaz}


def test_nothing_is_filtered_at_first(desktop: tuple[dict[str, Any], str],
                                      rows: dict[str, list[dict[str, str]]],
                                      outputs: Path) -> None:
    state = desktop[0]["states"]["initial"]
    ids = sorted(f["fact_id"] for f in all_facts(rows))
    assert sorted(state["rows"]) == sorted(state["highlights"]) == ids
    assert sorted(state["docs"]) == sorted(d["doc_id"] for d in read_csv(outputs / "documents.csv"))
    findings = read_csv(outputs / "findings.csv")
    assert len(findings) >= 2
    assert sorted(state["findings"]) == sorted(g["finding_id"] for g in findings)
    assert desktop[0]["copyButtons"] == len(ids)


@pytest.mark.parametrize("fact_type", list(FACT_FILES))
def test_the_type_filter_shows_one_type(desktop: tuple[dict[str, Any], str],
                                        rows: dict[str, list[dict[str, str]]],
                                        fact_type: str) -> None:
    state = desktop[0]["states"][f"type={fact_type}"]
    expected = sorted(r["fact_id"] for r in rows[fact_type])
    assert expected
    assert sorted(state["rows"]) == sorted(state["highlights"]) == expected


def test_the_severity_filter(desktop: tuple[dict[str, Any], str], outputs: Path) -> None:
    findings = read_csv(outputs / "findings.csv")
    for severity in ("error", "warning"):
        state = desktop[0]["states"][f"severity={severity}"]
        assert sorted(state["findings"]) == sorted(
            g["finding_id"] for g in findings if g["severity"] == severity)


def test_the_document_filter(desktop: tuple[dict[str, Any], str],
                             rows: dict[str, list[dict[str, str]]], outputs: Path) -> None:
    findings = read_csv(outputs / "findings.csv")
    doc_ids = [d["doc_id"] for d in read_csv(outputs / "documents.csv")]
    for doc_id in doc_ids:
        state = desktop[0]["states"][f"doc={doc_id}"]
        assert state["docs"] == [doc_id]
        assert sorted(state["rows"]) == sorted(
            f["fact_id"] for f in all_facts(rows) if f["doc_id"] == doc_id)
        assert sorted(state["findings"]) == sorted(
            g["finding_id"] for g in findings if doc_id in g["doc_ids"].split(";"))


def test_the_country_filter(desktop: tuple[dict[str, Any], str],
                            rows: dict[str, list[dict[str, str]]], outputs: Path) -> None:
    facts = all_facts(rows)
    countries = sorted({c for f in facts for c in countries_of(f)})
    assert {"KAZ", "UZB", "KGZ"} <= set(countries)
    by_id = {f["fact_id"]: f for f in facts}
    findings = read_csv(outputs / "findings.csv")
    for country in countries:
        state = desktop[0]["states"][f"country={country}"]
        about = sorted(f["fact_id"] for f in facts if country in countries_of(f))
        assert sorted(state["rows"]) == sorted(state["highlights"]) == about, country
        assert sorted(state["docs"]) == sorted({by_id[i]["doc_id"] for i in about})
        assert sorted(state["findings"]) == sorted(
            g["finding_id"] for g in findings
            if any(country in countries_of(by_id[i]) for i in g["fact_ids"].split(";")
                   if i in by_id))


def test_readable_at_phone_width(outputs: Path, desktop: tuple[dict[str, Any], str],
                                 tmp_path_factory: pytest.TempPathFactory) -> None:
    assert desktop[0]["overflow"] <= 0
    dom, _ = chromium((outputs / "report.html").as_uri() + "#selftest", 375,
                      tmp_path_factory.mktemp("phone"))
    phone = selftest_of(dom)
    assert phone["errors"] == []
    assert phone["overflow"] <= 0, "the page scrolls sideways at phone width"
