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
