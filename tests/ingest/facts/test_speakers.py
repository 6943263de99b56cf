"""ingest/facts/speakers.py: a transcript's 'we' is the body its speaker is introduced with."""

from __future__ import annotations

from collections.abc import Callable

from kg.records import DocumentRecord
from tests.ingest.conftest import relations

Run = Callable[[str], DocumentRecord]

_HEARING = """TREASURY COMMITTEE

Witnesses: Catherine Ashdown, Executive Director, Bank of England; Priya Hollis, Chief
Executive, Ledgerlight AI Ltd.

Q101 Chair: Ms Ashdown, how is the Bank's own work funded?

Catherine Ashdown: From our own resources. Microsoft supplies cloud capacity to us.

Q105 Tom Reeve: Ms Hollis, who backs your company?

Priya Hollis: Plural Ventures invested £9 million in our seed-extension round last March.
"""

_HEARING_IN_CAPITALS = """WITNESSES:
Dr. Marcus Feld, Chief Executive Officer, Sierra Photonic Foundry, Inc.

MR. BRANDT. Dr. Feld, who buys your chips?

DR. FELD. Our first customer is Cerebras Systems. Cerebras buys our dies, and Nvidia invested
$20 million in us last year.
"""


def test_each_speakers_we_is_the_body_they_were_introduced_with(run: Run) -> None:
    found = relations(run(_HEARING))
    assert ("Microsoft", "SUPPLIES", "Bank of England") in found
    assert ("Plural Ventures", "INVESTS_IN", "Ledgerlight AI Ltd.") in found


def test_a_speaker_label_in_capitals_ending_in_a_full_stop(run: Run) -> None:
    found = relations(run(_HEARING_IN_CAPITALS))
    assert ("Nvidia", "INVESTS_IN", "Sierra Photonic Foundry, Inc.") in found


def test_a_speaker_label_in_capitals_with_a_colon_and_a_dateline_that_is_none(run: Run) -> None:
    found = relations(run("HOST: With me today is Vikram Menon, who heads model research at "
                          "the Reserve Bank Innovation Hub.\n\nVIKRAM MENON: Yotta supplies us "
                          "the H100 capacity."))  # fmt: skip
    assert ("Yotta", "SUPPLIES", "Reserve Bank Innovation Hub") in found
    dateline = relations(run("NAIROBI: Nairobi-based Savanna Labs said that Microsoft supplies "
                             "us, a spokesman for the ministry said."))  # fmt: skip
    assert ("Microsoft", "SUPPLIES", "Savanna Labs") not in dateline


_ESTIMATES = """SENATE ENVIRONMENT AND COMMUNICATIONS LEGISLATION COMMITTEE
Budget Estimates - Monday, 2 June 2025 - Canberra

CHAIR (Senator Grogan): I welcome officers of the Bureau of Meteorology.

Senator WHISH-WILSON: Dr Johnson, who builds the new machine?

Dr Johnson (Chief Executive Officer, Bureau of Meteorology): It will be supplied by Hewlett
Packard Enterprise. We are developing a forecasting model called Kookaburra-W with CSIRO.
"""


def test_a_speakers_body_in_the_labels_bracket_is_their_we(run: Run) -> None:
    rec = run(_ESTIMATES)
    assert ("Bureau of Meteorology", "DEVELOPS", "Kookaburra-W") in relations(rec)
    assert "Budget Estimates" not in {e.name for e in rec.entities}


_WITNESSES = """STANDING COMMITTEE ON INDUSTRY AND TECHNOLOGY

Witness (President, Digital Research Alliance of Canada): The Alliance runs the national
research computing platform for the country's universities and hospitals.

Witness (Co-founder and Chief Executive Officer, Polaris Lexica Inc.): We build Tundra, a
family of legal language models, and we buy GPU capacity from Bell Canada.
"""


def test_regression_each_witness_speaks_for_the_body_in_their_own_label(run: Run) -> None:
    """A hearing labels several speakers "Witness": the first label's body stood for all."""
    found = relations(run(_WITNESSES))
    assert ("Polaris Lexica Inc.", "DEVELOPS", "Tundra") in found
    assert ("Bell Canada", "SUPPLIES", "Polaris Lexica Inc.") in found


_CALL = """Fjordlyse ASA - Q2 2025 Results Conference Call

Operator: Today's speakers are Chief Executive Officer Ingrid Solberg and Chief Financial
Officer Martin Haugen.

Ingrid Solberg, CEO: Thank you. Fjordlyse is a Norwegian manufacturer of electrolysers. We
signed 140 megawatts of contracts. We also opened our second line. We hired 40 engineers.

On AI: in June, Enova awarded us NOK 95 million. Fjord-H is developed by Fjordlyse together
with the Norwegian Open AI Lab at NTNU.
"""

_PODCAST = """[00:00] HOST: With me is Fr. Dennis Cabral, who heads the archives commission of the
Manila Archdiocesan Archives Council, and Paolo Villanueva, co-founder of Tala Analytics.

[00:24] FR. DENNIS CABRAL: Happy to be here.

[01:05] FR. DENNIS: The Department of Information and Communications Technology gave us a
grant of PHP 250 million this year.
"""


def test_regression_a_paragraphs_lead_in_is_no_speaker(run: Run) -> None:
    """A lead-in, "On AI:", had made a speaker called AI, and NTNU's Open AI Lab its body."""
    rec = run(_CALL)
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {("Enova", "Fjordlyse ASA")}


def test_a_speaker_labelled_by_first_name_and_title_is_the_one_introduced(run: Run) -> None:
    rec = run(_PODCAST)
    assert {s.recipient for s in rec.subsidies} == {"Manila Archdiocesan Archives Council"}
