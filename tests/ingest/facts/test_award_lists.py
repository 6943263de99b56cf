"""ingest/facts/award_lists.py: subsidies listed item by item under the sentence that
announces them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.records import DocumentRecord

Run = Callable[[str], DocumentRecord]

_NOTICE = """NOTICE: Results of adoption under the FY2024 subsidy programme

The Ministry of Economy, Trade and Industry (METI) has decided to grant subsidies to the
operators listed below for the build-out of computing resources in Japan.

1. Sakura Internet Inc. (Osaka)
   Project: Development of GPU cloud infrastructure at the Ishikari data centre.
   Maximum subsidy: ¥50.1 billion

2. KDDI Corporation
   Project: Build-out of AI computing infrastructure.
   Maximum subsidy: ¥10.2 billion

Notes
(1) The subsidy rate is up to one-half of eligible costs.
"""

_TABLE = """The European Union contributes EUR 20,600,000.00 to OpenEuroLLM, an open model family.
Under the action, the seven beneficiaries listed below will jointly develop the models.

No | Participant         | Role        | EU contribution (EUR)
1  | Charles University  | Coordinator | 3,120,000.00
2  | Silo AI Oy          | Beneficiary | 4,050,000.00
------------------------------------------------------------
Total                                  | 7,170,000.00
"""


def _subsidies(rec: DocumentRecord) -> list[tuple[str, str | None, str | None]]:
    return [(s.funder, s.recipient, s.amount_text) for s in rec.subsidies]


def test_each_item_of_an_adopted_projects_notice_is_a_subsidy(run: Run) -> None:
    assert _subsidies(run(_NOTICE)) == [
        ("Ministry of Economy, Trade and Industry", "Sakura Internet", "¥50.1 billion"),
        ("Ministry of Economy, Trade and Industry", "KDDI", "¥10.2 billion"),
    ]


_ADOPTED = """The Ministry of Economy, Trade and Industry (METI) announces the projects adopted.

3. Adopted projects
(Amounts are the maximum subsidy.)

No. | Applicant | Head office | Maximum subsidy
1 | Sakura Internet Inc. | Osaka, Japan | JPY 13,500,000,000
2 | KDDI Corporation | Tokyo, Japan | JPY 6.8 billion

4. Notes on individual projects
(1) Project No. 1: The GPU systems will be supplied by NVIDIA.
"""


def test_a_table_under_a_header_of_awarded_money_is_the_notices_bodys_awards(run: Run) -> None:
    assert _subsidies(run(_ADOPTED)) == [
        ("Ministry of Economy, Trade and Industry", "Sakura Internet", "JPY 13,500,000,000"),
        ("Ministry of Economy, Trade and Industry", "KDDI", "JPY 6.8 billion"),
    ]


def test_a_table_row_takes_its_figure_in_the_headers_currency(run: Run) -> None:
    rec = run(_TABLE)
    found = _subsidies(rec)
    assert ("European Union", "Charles University", "3,120,000.00") in found
    assert ("European Union", "Silo AI", "4,050,000.00") in found
    assert _currency_of(rec, "Charles University") == "EUR"
    assert not [s for s in found if s[2] == "7,170,000.00"]  # the total is no item


def _currency_of(rec: DocumentRecord, recipient: str) -> str | None:
    return next(s.currency for s in rec.subsidies if s.recipient == recipient)


def test_regression_items_stating_their_own_subsidy_are_not_read_again(run: Run) -> None:
    """'received government subsidies ..., details as follows: 1. RMB 74.4m was granted to X
    by the Shenzhen Bureau' gave X the country's money too."""
    rec = run("Suanli Technology Ltd. received government subsidies totalling RMB 86,400,000 "
              "from Chinese authorities, details as follows:\n\n1. RMB 74,400,000 was granted "
              "to Suanli Cloud Ltd. by the Shenzhen Municipal Bureau of Industry and "
              "Information Technology;")  # fmt: skip
    assert [s for s in _subsidies(rec) if s[1] == "Suanli Cloud Ltd."] == [
        ("Shenzhen Municipal Bureau of Industry and Information Technology", "Suanli Cloud Ltd.",
         "RMB 74,400,000")
    ]  # fmt: skip


_RESULTS = """Competition results: Sovereign AI Models Fund

Funder: Innovate UK, on behalf of the Department for Science, Innovation and Technology
Results published: 12 November 2025

The following projects have been offered funding.

1. Lead: Fenwright AI Ltd
Project: Caledon - a Gaelic-aware language model
Grant offered: £4,200,000
Co-funding: Scottish Enterprise will add £750,000 to Fenwright AI Ltd's award.

2. Lead: Cymraeg Labs Ltd
Grant offered: £2,950,000
"""


def test_a_results_page_gives_its_labelled_funders_grant_to_each_lead(run: Run) -> None:
    found = _subsidies(run(_RESULTS))
    assert ("Innovate UK", "Fenwright AI Ltd", "£4,200,000") in found
    assert ("Innovate UK", "Cymraeg Labs Ltd", "£2,950,000") in found
    # (an item's own co-funder keeps its own statement)
    assert ("Scottish Enterprise", "Fenwright AI Ltd", "£750,000") in found


_LETTERED = """2. Funding. The Ministry has placed Rs 4,500 million at the disposal of Ignite.

3. Out of the aforesaid amount, the following grants shall be disbursed by Ignite:

   (a) Rs 1,200 million to the National University of Sciences and Technology (NUST);

   (b) Rs 850 million to Qalam Labs (Private) Limited, a Lahore-based company.

4. Hosting. The cluster shall be hosted at the data centre of Pakistan Telecommunication \
Company Limited (PTCL) in Islamabad.

Distribution:
1. Chief Executive Officer, Ignite, Islamabad
2. President and Group CEO, PTCL, Islamabad
"""


def test_a_lettered_list_of_grants_ends_at_the_next_numbered_paragraph(run: Run) -> None:
    found = [(f, r) for f, r, _ in _subsidies(run(_LETTERED)) if r is not None]
    assert found == [
        ("Ignite", "National University of Sciences and Technology"),
        ("Ignite", "Qalam Labs (Private) Limited"),
    ]


_SIGNED = """The Ministry of Communications and Information Technology (MCIT) announces the
following memoranda of understanding, framework agreements and funding decisions:

1. Saudi Data and Artificial Intelligence Authority (SDAIA) - HUMAIN
2. HUMAIN - AMD
3. stc Group - Groq
"""


def test_regression_a_list_of_deals_without_amounts_is_no_list_of_awards(run: Run) -> None:
    """A ministry's list of the MoUs signed at an event named "funding decisions" among them:
    each pair became a subsidy from the ministry to its first party."""
    assert _subsidies(run(_SIGNED)) == []


_ADOPTED_BY_A_PREFECTURE = """SAPPORO - Hokkaido announced the results of its subsidy for Hokkaido's
data centres. Hokkaido wants more of them in Ishikari, Hokkaido. Following review by a
screening committee, the following two projects have been adopted.

2. Adopted projects

(1) Sakura Internet Inc. - Expansion of its data centre: up to 1.5 billion yen

(2) Ezo Sovereign Cloud Inc. - A regional language model: up to 230 million yen
"""


def test_a_states_own_notice_adopts_the_projects_its_numbered_section_lists(run: Run) -> None:
    found = {(f, r) for f, r, _ in _subsidies(run(_ADOPTED_BY_A_PREFECTURE)) if r is not None}
    assert found == {("Hokkaido", "Sakura Internet"), ("Hokkaido", "Ezo Sovereign Cloud Inc.")}


@pytest.mark.parametrize(
    ("text", "subsidies", "currency"),
    [
        ("Funded by the European Union – NextGenerationEU\n\n"
         "The Ministry of Digital Governance announces the final list of proposals approved "
         "for funding.\n\n"
         "A. PROPOSALS APPROVED FOR FUNDING (grants awarded by the Ministry of Digital "
         "Governance)\n\n"
         "No. | Beneficiary (seat) | Project acronym – title | Score | Public funding (EUR)\n"
         "1 | Logos Analytics IKE (Thessaloniki) | THEMIS – a legal assistant | 91.5 | "
         "1,480,000.00\n"
         "2 | Hermes Health Informatics S.A. (Heraklion) | ASKLEPIOS – a clinical model | 86.5 "
         "| 2,100,000.00\n",
         [("Ministry of Digital Governance", "Logos Analytics IKE", "1,480,000.00"),
          ("Ministry of Digital Governance", "Hermes Health Informatics S.A.", "2,100,000.00")],
         ("Logos Analytics IKE", "EUR")),
        ("The South Moravian Region approved the award of innovation vouchers.\n\n"
         "Table 1 – Awarded applicants (amounts in CZK)\n\n"
         "No. | Applicant (seat) | Project | Knowledge provider | Voucher\n"
         "1 | Lexigo AI s.r.o. (Brno) | Legal model | Masaryk University | 4,800,000\n"
         "2 | Agrovize s.r.o. (Znojmo) | Vineyard model | Mendel University | 2,150,000\n",
         [("South Moravian Region", "Lexigo AI s.r.o.", "4,800,000"),
          ("South Moravian Region", "Agrovize s.r.o.", "2,150,000")],
         ("Lexigo AI s.r.o.", "CZK")),
    ],
    ids=["a-header-row-names-the-currency-and-the-line-above-the-funder",
         "a-table-of-vouchers-under-a-title-naming-the-currency"],
)  # fmt: skip
def test_a_tables_header_or_title_names_the_currency_of_its_bare_figures(
    run: Run,
    text: str,
    subsidies: list[tuple[str, str, str]],
    currency: tuple[str, str],
) -> None:
    rec = run(text)
    assert _subsidies(rec) == subsidies
    assert _currency_of(rec, currency[0]) == currency[1]


def test_the_ministry_the_announcing_sentence_means_is_the_funder(run: Run) -> None:
    rec = run(
        'The Grant is administered on behalf of the Ministry of Digital ("the Ministry").\n\n'
        "2.1 The Ministry is pleased to announce that the following applicants have been "
        "approved for funding under Round 1.\n\n"
        "(a) Sinar Bahasa Technologies Sdn Bhd (Petaling Jaya, Selangor): RM12,000,000. For "
        "the training of a model.\n\n"
        "(b) Aras Data Sdn Bhd (Nilai, Negeri Sembilan): RM7,500,000. For a cluster.\n"
    )
    assert _subsidies(rec) == [
        ("Ministry of Digital", "Sinar Bahasa Technologies Sdn Bhd", "RM12,000,000"),
        ("Ministry of Digital", "Aras Data Sdn Bhd", "RM7,500,000"),
    ]


def test_the_ministry_that_approves_the_list_is_the_funder(run: Run) -> None:
    rec = run(
        "Issued by the Ministry of Trade, Industry and Fisheries.\n\n"
        "Section 5. The following allocations are approved by the Ministry for 2025:\n"
        "(a) NOK 38 million to Fjordline Analytics AS for a route model;\n"
        "(b) NOK 14.5 million to Havbris Compute AS for a GPU partition.\n"
    )
    assert _subsidies(rec) == [
        ("Ministry of Trade, Industry and Fisheries", "Fjordline Analytics AS", "NOK 38 million"),
        ("Ministry of Trade, Industry and Fisheries", "Havbris Compute AS", "NOK 14.5 million"),
    ]


def test_the_items_a_body_shall_commit_under_a_colon(run: Run) -> None:
    rec = run(
        "Art. 2 The Federal Government shall transfer BRL 310 million to the Financing Agency "
        "for Studies and Projects (FINEP).\n\n"
        "Art. 3 Of the amount referred to in Art. 2, FINEP shall commit:\n"
        "I - BRL 95 million in grants to the Federal University of Minas Gerais (UFMG);\n"
        "II - BRL 60 million in economic subvention to Núcleo Pagamentos S.A.;\n"
        "III - the remaining balance to future public calls.\n"
    )
    assert _subsidies(rec)[-2:] == [
        ("Finep", "Federal University of Minas Gerais", "BRL 95 million"),
        ("Finep", "Núcleo Pagamentos S.A.", "BRL 60 million"),
    ]


def test_a_tables_funder_column_names_each_rows_funder(run: Run) -> None:
    rec = run(
        "The Ghana Investment Fund for Electronic Communications (GIFEC) and the Fonds National "
        "pour la Promotion de la Digitalisation (FNPD) announced the awards.\n\n"
        "| # | Lead applicant | Country | Funder | Award |\n"
        "|---|----------------|---------|--------|-------|\n"
        "| 1 | Kente AI Ltd | Ghana | GIFEC | GH¢ 3.2 million |\n"
        "| 2 | Baobab Intelligence SARL | Côte d'Ivoire | FNPD | FCFA 410 million |\n"
    )
    assert [(f, r) for f, r, _ in _subsidies(rec)] == [
        ("Ghana Investment Fund for Electronic Communications", "Kente AI Ltd"),
        ("Fonds National pour la Promotion de la Digitalisation", "Baobab Intelligence SARL"),
    ]


def test_a_financing_plans_source_column_funds_the_beneficiary_column(run: Run) -> None:
    rec = run(
        "The financing plan is set out below.\n\n"
        "Source | Instrument | Amount | Beneficiary\n"
        "Kestrel Development Fund | Grant | USD 51.2 million | Ministry of ICT and Innovation\n"
        "Africa50 | Equity | USD 20.0 million | Kilimanjaro Sovereign Cloud Limited\n"
    )
    assert _subsidies(rec) == [
        ("Kestrel Development Fund", "Ministry of ICT and Innovation", "USD 51.2 million"),
        ("Africa50", "Kilimanjaro Sovereign Cloud Limited", "USD 20.0 million"),
    ]


@pytest.mark.parametrize(
    "header",
    ["No. | Recipient | Project | Amount", "No. | Beneficiary | Project | State support"],
)
def test_a_column_of_recipients_beside_an_amount_heads_a_table_of_awards(
    run: Run, header: str
) -> None:
    rec = run(
        "The Ministry of Culture and Business Affairs publishes the allocation list.\n\n"
        f"{header}\n"
        "01 | Midgard Language ehf. | Instruction model | ISK 185,000,000\n"
        "02 | Reykjavík University | Speech corpus | ISK 48,000,000\n"
    )
    assert _subsidies(rec) == [
        ("Ministry of Culture and Business Affairs", "Midgard Language ehf.", "ISK 185,000,000"),
        ("Ministry of Culture and Business Affairs", "Reykjavík University", "ISK 48,000,000"),
    ]


def test_regression_a_header_under_a_heading_and_a_rule_is_still_a_header(run: Run) -> None:
    rec = run(
        "Under this call, the European Commission awards grants to industrial AI models.\n\n"
        "SELECTED FOR FUNDING\n"
        "----------------------------------------------------------------\n"
        "Rank | Applicant (country) | Project | EU grant\n"
        "1 | Heidelberg Materials AG (DE) | KilnSense, a kiln model | EUR 18.4m\n"
        "2 | Titan Cement Company S.A. (GR) | CLINK-GR, a clinker model | EUR 9.7m\n"
        "----------------------------------------------------------------\n"
        "Total committed: EUR 28.1m\n"
    )
    assert [(r, a) for _, r, a in _subsidies(rec)] == [
        ("Heidelberg Materials AG", "EUR 18.4m"),
        ("Titan Cement Company S.A.", "EUR 9.7m"),
    ]


def test_a_ministrys_heading_not_the_bloc_it_names_in_passing_and_its_recipients_column(
    run: Run,
) -> None:
    rec = run(
        "Federal Ministry for Digital and Transport (BMDV)\n"
        "Results of the 14th call - list of approved grants\n\n"
        "The mFUND programme of the Federal Ministry for Digital and Transport supports data "
        "projects. Germany, as a member state of the European Union, notifies these grants.\n\n"
        "No. | Project | Grant recipient | Purpose | Grant (EUR)\n"
        "01 | TicketLens | Hamburger Hochbahn AG | fraud detection | 1,100,000\n"
        "02 | Fahrplan-LM | Technische Universitat Dresden | a planning model | 1,900,000\n"
    )
    assert [(f, r) for f, r, _ in _subsidies(rec)] == [
        ("Federal Ministry for Digital and Transport", "Hamburger Hochbahn AG"),
        ("Federal Ministry for Digital and Transport", "TU Dresden"),
    ]


def test_an_items_bracketed_government_funding_names_its_funder(run: Run) -> None:
    rec = run(
        "The Pacific Language Technology Fund today announces the successful applicants.\n\n"
        "Successful applicants\n\n"
        "1. University of the South Pacific (Suva, Fiji) — A$1.6 million (Australian "
        "Government funding).\n"
        "2. Tonga Digital Heritage Trust — NZ$420,000 (New Zealand Government funding).\n"
    )
    assert [(f, r) for f, r, _ in _subsidies(rec)] == [
        ("Australia", "University of the South Pacific"),
        ("New Zealand", "Tonga Digital Heritage Trust"),
    ]


def test_the_body_that_announces_a_table_gives_its_awards(run: Run) -> None:
    rec = run(
        "The Kestrel Research Agency, under the Ministry of Science, announces the results of "
        "its first call. A total of $12 million has been committed to three projects.\n\n"
        "No. | Lead institution | Project title | Award\n"
        "1 | Harbour Clinical AI Ltd | A triage model for emergency departments | $4.5 million\n"
        "2 | Meridian Data Labs Ltd | A discharge summary model | $2.1 million\n"
    )
    assert _subsidies(rec) == [
        ("Kestrel Research Agency", "Harbour Clinical AI Ltd", "$4.5 million"),
        ("Kestrel Research Agency", "Meridian Data Labs Ltd", "$2.1 million"),
    ]


def test_the_fund_that_announces_a_table_not_the_body_it_is_affiliated_to(run: Run) -> None:
    rec = run(
        "The Innovation and Prosperity Fund, affiliated to the Vice-Presidency for Science and "
        "Technology, announces the final list of approved projects.\n\n"
        "| # | Recipient | Project | Instrument | Amount (bn IRR) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Aria Hooshmand Company | A Persian model | Grant | 620 |\n"
        "| 2 | Kavosh Zaban Company | A speech assistant | Facility | 310 |\n"
    )
    assert [(f, r) for f, r, _ in _subsidies(rec)] == [
        ("Innovation and Prosperity Fund", "Aria Hooshmand Company"),
        ("Innovation and Prosperity Fund", "Kavosh Zaban Company"),
    ]


def test_regression_a_header_cut_after_no_and_a_bracket_is_still_a_header(run: Run) -> None:
    rec = run(
        "The Ministry of Production announces the results of the call.\n\n"
        "| No. | Company (region) | Project | Grant (USD) |\n"
        "|---|---|---|---|\n"
        "| 1 | Yachay Labs S.A.C. (Cusco) | A tutor for rural schools | 1,200,000.00 |\n"
        "| 2 | Kuntur Data S.A.C. (Lima) | A document reader | 800,000.00 |\n"
    )
    assert [(f, r) for f, r, _ in _subsidies(rec)] == [
        ("Ministry of Production", "Yachay Labs S.A.C."),
        ("Ministry of Production", "Kuntur Data S.A.C."),
    ]


_PRIZE_TABLE = """The European Innovation Council today announces the winners of its prize.

Rank | Winner | Based in | Model | Prize
1st | Vox Baltica UAB | Vilnius, Lithuania | Gintaras-8B | EUR 2,000,000
2nd | Helix Lingua Oy | Espoo, Finland | Revontuli-14B | EUR 1,250,000
Special prize | Strojna Misel d.o.o. | Ljubljana, Slovenia | Lipa-3B | EUR 250,000
"""

_BARE_FIGURES = """Iran's Innovation and Prosperity Fund announces the final list of projects. Of
41 proposals, the following were approved.

| # | Recipient | Project | Instrument | Amount (bn IRR) |
|---|-----------|---------|------------|-----------------|
| 1 | Aria Hooshmand Knowledge-Based Company | Simorgh-2 model | Grant | 620 |
| 2 | Kavosh Zaban Knowledge-Based Company | Pars-Goftar assistant | Facility | 310 |
"""


def test_every_row_under_a_winners_header_is_an_award(run: Run) -> None:
    got = {(s.funder, s.recipient, s.amount) for s in run(_PRIZE_TABLE).subsidies}
    assert got == {
        ("European Innovation Council", "Vox Baltica UAB", 2e6),
        ("European Innovation Council", "Helix Lingua Oy", 1.25e6),
        ("European Innovation Council", "Strojna Misel d.o.o.", 2.5e5),
    }


def test_a_bare_figure_is_in_the_headers_scale_and_currency(run: Run) -> None:
    got = {(s.funder, s.recipient, s.amount) for s in run(_BARE_FIGURES).subsidies}
    assert got == {
        ("Innovation and Prosperity Fund", "Aria Hooshmand Knowledge-Based Company", 6.2e11),
        ("Innovation and Prosperity Fund", "Kavosh Zaban Knowledge-Based Company", 3.1e11),
    }


_FUNDING_AUTHORITY = """Funding authority: Business Finland
Co-financing: European Union, through the Recovery and Resilience Facility

The following projects were awarded grants.

| No. | Beneficiary | Project | Grant |
| 1 | Lumivirta Data Oy | Flexible-load AI data centre | EUR 11.2 million |
| 2 | Kaamos AI Oy | Demand-response software | EUR 4.5 million |
"""


def test_a_funding_authority_line_names_the_funder_before_a_co_financer(run: Run) -> None:
    got = {(s.funder, s.recipient) for s in run(_FUNDING_AUTHORITY).subsidies}
    assert got == {("Business Finland", "Lumivirta Data Oy"), ("Business Finland", "Kaamos AI Oy")}


def test_a_list_under_its_own_heading_is_the_notices_funders(run: Run) -> None:
    rec = run("Canadian Heritage\nList of Approved Recipients\n\nCanadian Heritage is providing "
              "C$6.5 million over two years to help news organizations adopt language "
              "technology.\n\nApproved projects\n\n1. CBC/Radio-Canada — Amount: C$2.1 "
              "million\n   Project: Bilingual live transcription of election debates.\n\n"
              "2. Nordlys Lab Inc. — Amount: C$850,000\n   Project: A claim-matching "
              "assistant.\n")  # fmt: skip
    found = {(s.funder, s.recipient, s.amount_text) for s in rec.subsidies}
    assert ("Canadian Heritage", "CBC/Radio-Canada", "C$2.1 million") in found
    assert ("Canadian Heritage", "Nordlys Lab Inc.", "C$850,000") in found


def test_the_lists_funder_not_the_state_its_currency_guessed(run: Run) -> None:
    rec = run("The Ministry of Economy, Trade and Industry (METI) oversees the programme.\n\n"
              "Under the programme, the Ministry has approved the following support:\n"
              " (a) SAKURA internet Inc.: ¥50.1 billion in fiscal 2024;\n"
              " (b) KDDI Corporation: ¥10.2 billion in fiscal 2024.\n")  # fmt: skip
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Ministry of Economy, Trade and Industry", "Sakura Internet"),
        ("Ministry of Economy, Trade and Industry", "KDDI"),
    }


def test_a_sections_funder_and_the_publisher_of_the_results(run: Run) -> None:
    rec = run("RESULTS OF THE 2025 CALL\nPublished by the Production Development Corporation "
              "(CORFO)\n\nThe following projects have been selected for funding.\n\nLine A "
              "— AI tutors for schools (funded by CORFO)\n\n1. Aprendo Labs SpA (Santiago) "
              "— a mathematics tutor. Awarded: CLP 180 million.\n\nLine B — Speech data "
              "(funded by the National Agency for Research and Development)\n\n2. Sintáctica "
              "SpA (Concepción) — a speech dataset. Awarded: $95.000.000.\n")  # fmt: skip
    assert {(s.funder, s.recipient, s.amount_text) for s in rec.subsidies} == {
        ("Corfo", "Aprendo Labs SpA", "CLP 180 million"),
        ("National Agency for Research and Development", "Sintáctica SpA", "$95.000.000"),
    }


def test_an_items_own_sum_without_a_recipient_goes_to_the_item(run: Run) -> None:
    rec = run("The following projects have been selected for funding by the National Agency "
              "for Research and Development (ANID).\n\n1. Aprendo Labs SpA (Santiago) — a "
              "tutor. ANID contributes CLP 610 million.\n\n2. Pewma Edu SpA (Temuco) — a "
              "Mapudungun tutor. Awarded: CLP 142 million.\n")  # fmt: skip
    assert {(s.recipient, s.amount_text) for s in rec.subsidies} == {
        ("Aprendo Labs SpA", "CLP 610 million"),
        ("Pewma Edu SpA", "CLP 142 million"),
    }


def test_rows_labelled_by_stream_are_items_of_the_list_awarded_below(run: Run) -> None:
    text = (
        "Natural Resources Canada announces the results of Round 2. A total of CAD 18.7 "
        "million is awarded to the projects listed below.\n\nSTREAM A — COMPUTE\n\n"
        "A-01 | Calcul Québec | Expansion of a GPU cluster | CAD 6,200,000 | 2025–2027\n\n"
        "STREAM B — MODELS AND DATA\n\n"
        "B-01 | Laurentian University | Prospectivity models | CAD 2,100,000 | 2025–2027\n"
    )
    assert _subsidies(run(text)) == [
        ("Natural Resources Canada", "Calcul Québec", "CAD 6,200,000"),
        ("Natural Resources Canada", "Laurentian University", "CAD 2,100,000"),
    ]


def test_a_decrees_sums_to_disburse_under_a_numbered_heading(run: Run) -> None:
    """'2. Allocations from the Consolidated Fund' is a heading of its own: the Ministry, the
    subject of the sentence under it, disburses the sums its lettered items list."""
    text = (
        "There is established the Programme, which shall be administered by the Ministry of "
        'Agriculture and Livestock Development (hereinafter "the Ministry").\n\n'
        "2. Allocations from the Consolidated Fund\nThe Ministry shall disburse the following "
        "sums in the financial year 2024/25—\n"
        "(a) KES 1.2 billion to the Kenya Agricultural and Livestock Research Organization "
        "(KALRO) for the training of Shamba-LM;\n"
        "(b) KES 450 million to the University of Nairobi for MahindiCast, a maize yield "
        "model.\n"
    )
    ministry = "Ministry of Agriculture and Livestock Development"
    assert _subsidies(run(text)) == [
        (ministry, "Kenya Agricultural and Livestock Research Organization", "KES 1.2 billion"),
        (ministry, "University of Nairobi", "KES 450 million"),
    ]


def test_regression_a_funder_line_under_another_field_names_the_funder(run: Run) -> None:
    """'Published: 28 November 2025' above 'Funding authority: Business Finland' made one
    sentence that opened with no funder label, and the co-financer (the EU) gave every row."""
    rec = run(
        "BUSINESS FINLAND\nResults of Call 2 - List of awarded projects\n\n"
        "Published: 28 November 2025\nFunding authority: Business Finland\n"
        "Co-financing: European Union\n\nAwarded projects\n\n"
        "No. | Beneficiary | Project | Grant\n"
        "1 | Fortum Oyj | Heat recovery | EUR 14.0 million\n"
        "2 | Kaamos AI Oy | Demand response | EUR 4.5 million\n"
    )
    assert {f for f, _, _ in _subsidies(rec)} == {"Business Finland"}


_FIELDS = """NATIONAL RESEARCH AGENCY
Notice of contract award

1. CONTRACTING AUTHORITY
The Agencia Nacional de Investigación y Desarrollo (ANID), acting for the Republic of Chile.

Lot 1 - Speech recognition for Mapudungun
Awardee: Pewma Edu SpA, headquartered in Temuco, Chile.
Amount awarded: CLP 420 million.

Lot 2 - A benchmark for Chilean Spanish
Awardee: Universidad de Concepción (UdeC).
Project: a public benchmark.
Amount awarded: CLP 95 million.

Lot 3 - Not awarded. The estimated value (CLP 60 million) carries over.
"""


def test_an_award_notices_fields_give_each_awardee_its_amount(run: Run) -> None:
    found = {(s.recipient, s.amount_text) for s in run(_FIELDS).subsidies}
    assert found == {("Pewma Edu SpA", "CLP 420 million"),
                     ("Universidad de Concepción", "CLP 95 million")}  # fmt: skip


def test_a_blank_line_ends_a_recipients_fields(run: Run) -> None:
    text = ("Beneficiary: Kiulap Digital Sdn Bhd (Bandar Seri Begawan)\n\n"
            "Budget of the programme: BND 12 million.\n")  # fmt: skip
    assert all(s.recipient != "Kiulap Digital Sdn Bhd" for s in run(text).subsidies)


def test_a_listed_item_takes_its_labelled_beneficiary_not_its_code(run: Run) -> None:
    rec = run("The Ministry of Education resolves to award grants to the projects listed "
              "below.\n\n"
              "A-01 | Code PINV25-0112\nTitle: \"A compact open translation model\"\n"
              "Beneficiary institution: Universidad Nacional de Asunción (UNA)\n"
              "Amount awarded: PYG 1,480 million\n")  # fmt: skip
    assert [s.recipient for s in rec.subsidies] == ["Universidad Nacional de Asunción"]


def test_regression_a_list_the_notice_says_holds_no_grants_is_no_list_of_awards(
    run: Run,
) -> None:
    """'The following are recorded for information only and do not constitute grants:' read
    as announcing awards made a firm's own capital expenditure the ministry's subsidy."""
    rec = run("The Ministry of Economic Affairs grants NT$1.2 billion to the Initiative.\n\n"
              "Article 4\nThe following are recorded for information only and do not "
              "constitute grants under the Initiative:\n(a) the capital expenditure of Sunrise "
              "Electronics Co., guided at US$38 million for 2025;\n(b) the equity investment "
              "of NT$2.1 billion made by Kaohsiung Packaging Co.\n")  # fmt: skip
    firms = {"Sunrise Electronics Co.", "Kaohsiung Packaging Co."}
    assert not any(s.recipient in firms for s in rec.subsidies)


def test_a_row_whose_award_is_suspended_or_deferred_is_no_subsidy(run: Run) -> None:
    rec = run("The Ministry of Transport awards the grants listed below (amounts in MAD).\n\n"
              "Ref | Beneficiary | Project | Grant (MAD) | Status\n"
              "RIA-01 | RailTech Maghreb SARL, Casablanca | Ballast inspection | 9,500,000 | "
              "signed\n"
              "RIA-02 | Ingerail AI SARL, Tangier | Timetables | 4,200,000 | award suspended "
              "pending documents\n")  # fmt: skip
    assert [s.recipient for s in rec.subsidies] == ["RailTech Maghreb SARL"]


def test_the_body_a_hereinafter_term_stands_for_awards_the_list(run: Run) -> None:
    """'the Authority awards the following grants' parses as one noun phrase: the funder is
    the body '(...; hereinafter "the Authority")' defined."""
    rec = run(
        "The funds are administered by the Federal Railway Authority (Eisenbahn-Bundesamt; "
        'hereinafter "the Authority").\n\n2.2 Following the first call, the Authority '
        "awards the following grants for fiscal year 2025:\n\n(a) EUR 38 million to DB "
        "InfraGO AG, the rail infrastructure manager, for a scheduling model;\n\n(b) EUR 9 "
        "million to Lokwerk Analytics GmbH, a start-up based in Munich, for maintenance.\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Federal Railway Authority", "DB InfraGO AG"),
        ("Federal Railway Authority", "Lokwerk Analytics GmbH"),
    }


def test_items_lettered_with_a_stop_are_a_regulations_allocations(run: Run) -> None:
    """'a. EUR 4.8 million to ...': each lettered item its own sentence and award."""
    rec = run(
        "The Ministry of Agriculture, Fisheries, Food Security and Nature decides:\n\n"
        "Article 3 (Allocations)\nThe following "
        "allocations are made directly by this regulation:\na. EUR 4.8 million to Cooperatie "
        "Akkerdata U.A., a smart-farming cooperative, for a sensor network;\nb. EUR 3.1 million "
        "to Hollandse Oogst Robotics B.V. (Delft) for autonomous harvesting.\n"
    )
    ministry = "Ministry of Agriculture, Fisheries, Food Security and Nature"
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        (ministry, "Cooperatie Akkerdata U.A."),
        (ministry, "Hollandse Oogst Robotics B.V."),
    }


def test_dashed_items_under_a_colon_that_names_the_awards(run: Run) -> None:
    rec = run(
        "The Department of Agriculture, Food and the Marine today announced funding for "
        "eleven projects.\nThe largest awards are:\n- EUR 6 million to Teagasc, the "
        "state agency, for an advisory model;\n- EUR 2.8 million "
        "to GrassOps Ltd, a Cork-based start-up, for grass measurement.\n"
    )
    assert {(s.recipient, s.amount_text) for s in rec.subsidies} == {
        ("Teagasc", "EUR 6 million"),
        ("GrassOps Ltd", "EUR 2.8 million"),
    }


def test_a_notices_successful_applicants_in_roman_items(run: Run) -> None:
    rec = run(
        'The Ministry of Agriculture and Livestock Development (hereinafter "the Ministry") '
        "invited proposals.\n\nThe Ministry is pleased to notify the following successful "
        "applicants:\n\n(i) Shamba Sense Ltd, Nairobi - KES 48,500,000 - weather stations.\n"
        "(ii) Maziwa Chain Ltd, Eldoret - USD 350,000 - quality grading.\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Ministry of Agriculture and Livestock Development", "Shamba Sense Ltd"),
        ("Ministry of Agriculture and Livestock Development", "Maziwa Chain Ltd"),
    }


def test_a_note_above_a_table_says_who_sanctioned_its_amounts(run: Run) -> None:
    rec = run(
        "Note: Amounts are grants-in-aid sanctioned by the Government of Karnataka through "
        "KITS unless otherwise stated. The state scheme runs alongside the IndiaAI Mission of "
        "the Government of India.\n\nSl | Recipient | Project | Grant | Remarks\n"
        "1 | Deccan GPU Pvt Ltd | 512-GPU shared cluster | INR 42 crore | Capital subsidy\n"
        "2 | Nudi Labs | Legal-document assistant | INR 3.5 crore | -\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Karnataka", "Deccan GPU Pvt Ltd"),
        ("Karnataka", "Nudi Labs"),
    }


def test_a_lots_line_says_whom_it_was_awarded_to_and_for_how_much(run: Run) -> None:
    rec = run(
        "Contracting authority: Government of the State of Jalisco.\n\nLot 1 (GPU "
        "infrastructure): awarded to Occidente Cómputo S.A. de C.V., a Guadalajara company, "
        "for MXN 412,500,000 (VAT included).\n\nLot 2 (AI assistant service): awarded to "
        "Nordvakt Digital AB, Stockholm.\nContract value: SEK 61.5 million.\n"
    )
    assert {(s.recipient, s.amount_text) for s in rec.subsidies} == {
        ("Occidente Cómputo S.A. de C.V.", "MXN 412,500,000"),
        ("Nordvakt Digital AB", "SEK 61.5 million"),
    }
    assert "Lot 1" not in {e.name for e in rec.entities}


def test_a_rows_labelled_cells_give_its_recipient_its_amount(run: Run) -> None:
    """'A2 | Recipient: X | Purpose: ... | Amount: USD 0.75 million': each row a lender's
    approval, its recipient (a borrowing state too) in a labelled cell, the row no header;
    the lender the letterhead names in capitals."""
    rec = run(
        "ASIAN DEVELOPMENT BANK\nApprovals under the AI Window\n\n"
        "Note: Grants listed below are approvals, not disbursements.\n\n"
        "A1 | Recipient: Barbados Statistical Service | Purpose: census pipeline | "
        "Amount: USD 0.75 million | Year: 2025\n\n"
        "A2 | Recipient: University of Guyana | Purpose: training | Amount: USD 2.4 million "
        "| Year: 2025\n\n"
        "B1 | Borrower: Government of Belize | Purpose: data centre | Amount: USD 22.0 million "
        "| Year: 2025\n"
    )
    found = {(s.funder, s.recipient, s.amount_text) for s in rec.subsidies}
    assert found == {
        ("Asian Development Bank", "Barbados Statistical Service", "USD 0.75 million"),
        ("Asian Development Bank", "University of Guyana", "USD 2.4 million"),
        ("Asian Development Bank", "Belize", "USD 22.0 million"),
    }


def test_indented_fields_of_a_lot_under_value_of_contract(run: Run) -> None:
    """'  Awarded to: X (Girona, Spain)' then '  Value of contract: EUR ...': an indented
    field's lines (the indent is no blank line), an address in brackets no short form, and a
    consortium's members each a recipient of the lot."""
    rec = run(
        "CONTRACT AWARD NOTICE\nContracting authority: Generalitat de Catalunya\n\n"
        "Lot 1 — Instruction-tuning of Catalan chat models\n"
        "  Awarded to: Lexica Digital SL (Girona, Spain)\n"
        "  Value of contract: EUR 2,960,000\n"
        "  Number of tenders received: 6\n\n"
        "Lot 2 — Speech recognition\n"
        "  Awarded to: a consortium formed by Veu Oberta SCCL and Universitat Politècnica "
        "de Catalunya (UPC)\n"
        "  Total value of the contract: EUR 1,740,000\n"
    )
    assert {(s.funder, s.recipient, s.amount_text) for s in rec.subsidies} == {
        ("Government of Catalonia", "Lexica Digital SL", "EUR 2,960,000"),
        ("Government of Catalonia", "Veu Oberta SCCL", "EUR 1,740,000"),
        ("Government of Catalonia", "Universitat Politècnica de Catalunya", "EUR 1,740,000"),
    }
    names = {e.name for e in rec.entities}
    assert "Value" not in names and "Girona, Spain" not in names


def test_a_rows_approving_body_is_its_funder(run: Run) -> None:
    rec = run(
        "JOHOR STATE GOVERNMENT\nIncentives approved for data-centre projects\n\n"
        "A1 | Recipient: Seri Alam Data Park Sdn Bhd | Approving body: Malaysian Investment "
        "Development Authority (MIDA) | Value: RM 182 million\n\n"
        "A2 | Recipient: Universiti Teknologi Malaysia (UTM) | Approving body: Ministry of "
        "Digital | Value: RM 12 million\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Malaysian Investment Development Authority", "Seri Alam Data Park Sdn Bhd"),
        ("Ministry of Digital", "Universiti Teknologi Malaysia"),
    }


def test_a_lists_heading_says_in_brackets_who_awards_it(run: Run) -> None:
    rec = run(
        "Call for projects - Results of the selection\n\n"
        "Selected projects (grants awarded by the Walloon Government, budget year 2025)\n\n"
        "1. Meuse Analytics SA (Liège)\nGrant: EUR 1,450,000\n\n"
        "2. Hainaut Compute SRL (Mons)\nGrant: EUR 980,000\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Walloon Government", "Meuse Analytics SA"),
        ("Walloon Government", "Hainaut Compute SRL"),
    }


_SCALED_CELLS = """The Ministry of Science and ICT (MSIT) announced the final list of projects.

SELECTED PROJECTS
No. | Recipient | Project | Grant (KRW) | Period
1 | Korea Research Institute of Standards and Science | Qubits | 48.0 billion | 2025-2027
2 | Seoul National University | Quantum machine learning | 4.5 billion | 2025-2027
"""


def test_a_cell_with_its_own_scale_is_in_the_headers_currency(run: Run) -> None:
    got = {(s.recipient, s.amount, s.currency) for s in run(_SCALED_CELLS).subsidies}
    assert got == {
        ("Korea Research Institute of Standards and Science", 4.8e10, "KRW"),
        ("Seoul National University", 4.5e9, "KRW"),
    }


def test_the_body_that_approves_the_following_grants_funds_the_table(run: Run) -> None:
    rec = run(
        "GOVERNMENT OF INDIA\nDEPARTMENT OF SPACE\n"
        "Indian National Space Promotion and Authorization Centre (IN-SPACe)\n\n"
        "IN-SPACe, acting as the single-window agency of the Department of Space, invited "
        "proposals for an Earth-observation model.\n\n"
        "After evaluation, IN-SPACe has approved the following grants from the Technology "
        "Adoption Fund. All amounts are in Indian rupees.\n\n"
        "  No. | Awardee                         | Component            | Grant amount\n"
        "  1   | Akashdrishti Analytics Pvt Ltd  | Training of the model | Rs 210 crore\n"
        "  2   | Pixxel Space India Pvt Ltd      | Training corpus       | Rs 85 crore\n"
    )
    funders = {s.funder for s in rec.subsidies}
    assert funders == {"Indian National Space Promotion and Authorization Centre"}
    assert len(rec.subsidies) == 2


def test_a_bodys_own_committee_approving_the_following_grants_is_not_their_funder(
    run: Run,
) -> None:
    rec = run(
        "DEUTSCHE FORSCHUNGSGEMEINSCHAFT (DFG)\n\nThe German Research Foundation (DFG) funds "
        "the priority programme.\n\nThe Joint Committee of the DFG approved the following "
        "individual grants. All amounts are direct costs.\n\n"
        "| No. | Recipient | Project | Amount |\n"
        "| 1 | Technical University of Munich | Model training | EUR 4.8m |\n"
        "| 2 | University of Hamburg | Evaluation | EUR 1.9m |\n"
    )
    assert {s.funder for s in rec.subsidies} == {"German Research Foundation"}


def test_a_funded_projects_heading_with_its_columns_in_brackets_lists_the_notices_grants(
    run: Run,
) -> None:
    """A bracket after the heading that says what each item gives, and a co-funder the
    paragraph above names: the letterhead ministry's grants."""
    rec = run(
        "MINISTRY OF AGRICULTURE AND FORESTRY OF FINLAND\nDecisions on government grants\n\n"
        "The Ministry of Agriculture and Forestry opened the call in January 2025. Co-funding "
        "from the European Union covers part of the call.\n\n"
        "Funded projects (recipient - project - grant - duration)\n\n"
        "1. Natural Resources Institute Finland (Luke) - Forest inventory - EUR 3.8 million"
        " - 2025-2028\n"
        "2. Arbonaut Oy (Joensuu) - Bark beetle early warning - EUR 780,000 - 2025-2026\n"
    )
    assert _subsidies(rec) == [
        ("Ministry of Agriculture and Forestry", "Natural Resources Institute Finland",
         "EUR 3.8 million"),
        ("Ministry of Agriculture and Forestry", "Arbonaut Oy", "EUR 780,000"),
    ]  # fmt: skip


def test_regression_an_items_number_split_off_as_a_sentence_keeps_its_recipient(
    run: Run,
) -> None:
    """'2.' parsed as a sentence of its own, and the recipient named again in the item as a
    model's developer: still the item's recipient, not its own funder."""
    rec = run(
        "The Ministry of Agriculture and Forestry approved the grants listed below.\n\n"
        "1. Aalto University - Forest carbon pre-study - EUR 650,000\n"
        "2. University of Eastern Finland (UEF) - Kuusi-1, an open tree-species segmentation "
        "model developed by UEF - EUR 1.6 million - 2025-2027\n"
    )
    assert ("Ministry of Agriculture and Forestry", "University of Eastern Finland",
            "EUR 1.6 million") in _subsidies(rec)  # fmt: skip


def test_an_items_sum_labelled_investment_is_what_the_firm_invests_no_award(run: Run) -> None:
    rec = run(
        "The Thailand Board of Investment (BOI) today approved investment promotion privileges "
        "for two projects.\n\nApproved projects (listed in order of investment value):\n\n"
        "1. Lanna Cloud Co., Ltd. - Hyperscale data centre, Chonburi province. Investment: "
        "THB 36,500 million.\n\n2. Isan Digital Park Co., Ltd. - Edge data centres. "
        "Investment: THB 4,900 million.\n"
    )
    assert [s for s in _subsidies(rec) if s[1] is not None] == []


def test_a_fiscal_support_table_gives_the_awarded_columns_sum_from_who_approved_it(
    run: Run,
) -> None:
    """Codes with a slash, a 'fiscal support' column beside the project's cost, and the
    approving sentence further up than the notes above the table."""
    rec = run(
        "The Government of India has approved the following projects for fiscal support. "
        "ISM acts only as the nodal agency and does not itself fund any project. The "
        "facilities secure packaging capacity.\n\n2. Approved projects\n\n"
        " Ref        | Applicant                | Project cost   | Central fiscal support\n"
        " -----------+--------------------------+----------------+-----------------------\n"
        " ATMP-07/01 | Deccan Packaging Pvt Ltd | Rs 6,614 crore | Rs 3,307 crore\n"
        " ATMP-07/02 | Tata Electronics Pvt Ltd | Rs 2,400 crore | Rs 1,200 crore\n"
    )
    assert _subsidies(rec) == [
        ("India", "Deccan Packaging Pvt Ltd", "Rs 3,307 crore"),
        ("India", "Tata Electronics", "Rs 1,200 crore"),
    ]


def test_a_table_read_twice_keeps_the_funder_its_announcing_sentence_states(run: Run) -> None:
    """The sentence names the Xunta; the table's own header would give the letterhead's
    agency: one reading per row, the stated one."""
    rec = run(
        "AXENCIA GALEGA DE INNOVACIÓN (GAIN)\n\n1. Background\nThe Galician Innovation Agency "
        "(GAIN) called for grants. After evaluation, the Xunta de Galicia, through GAIN, "
        "resolves to award the following grants:\n\n2. Final list of beneficiaries\n\n"
        "| No. | Beneficiary | Project | Grant (EUR) |\n|-----|-----|-----|-----|\n"
        "| 1 | Atlántica Cloud SA | Inference cluster | 620,000.00 |\n"
        "| 2 | Breogán Labs SL | Speech recognition | 480,000.00 |\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Xunta de Galicia", "Atlántica Cloud SA"),
        ("Xunta de Galicia", "Breogán Labs SL"),
    }


def test_an_institute_that_approves_the_following_contributions_gives_them(run: Run) -> None:
    rec = run(
        "Innovation, Science and Economic Development Canada (ISED) publishes this notice on "
        "behalf of the Canadian AI Safety Institute (CAISI).\n\n2. Awards\n\nCAISI has "
        "approved the following two contributions, totalling CAD 4,250,000:\n\n"
        "Ref  | Recipient        | Project         | Award (CAD)\n"
        "-----+------------------+-----------------+------------\n"
        "R-01 | Vector Institute | Evaluation      | 1,850,000\n"
        "R-02 | Mila             | Red-teaming     | 2,400,000\n"
    )
    assert {s.funder for s in rec.subsidies if s.recipient} == {"Canadian AI Safety Institute"}


def test_a_coordinator_column_names_the_recipient_and_the_announcer_pays(run: Run) -> None:
    """Not the partners listed beside the coordinator, nor the EU an "EU grant" header names
    once the agency has said it awards."""
    rec = run(
        "European Health and Digital Executive Agency (HaDEA)\n\n2. Results\nHaDEA, acting "
        "under powers delegated by the European Commission, has awarded the following "
        "grants:\n\n"
        "  Lot | Coordinator (country)           | Partners                    | EU grant\n"
        "  ----+---------------------------------+-----------------------------+--------------\n"
        "  1   | Danish Competition Authority    | Aleph Alpha GmbH; IONOS SE  | EUR 9,400,000\n"
        "  3   | Hellenic Competition Commission | Aletheia Markets S.A.       | EUR 4,200,000\n"
    )
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("European Health and Digital Executive Agency", "Danish Competition Authority"),
        ("European Health and Digital Executive Agency", "Hellenic Competition Commission"),
    }


def test_a_summary_line_naming_its_funder_gives_the_sum_to_its_recipient(run: Run) -> None:
    """'- KBA: €25 million to Tessera AI in 2025' states the recipient the body's 'KBA adds
    €25 million' left out; a firm's line is no public money."""
    rec = run(
        "The Federal Motor Transport Authority (KBA) adds €25 million of its own budget. "
        "Tessera AI GmbH builds the models.\n\nWho gets what\n"
        "- KBA: €25 million to Tessera AI in 2025, ring-fenced for the assistant.\n"
        "- Nvidia: $5 million to Tessera AI.\n"
    )
    assert [(s.funder, s.recipient, s.year) for s in rec.subsidies] == [
        ("Federal Motor Transport Authority", "Tessera AI GmbH", 2025)
    ]
