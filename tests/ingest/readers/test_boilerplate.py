from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.readers.boilerplate import _paragraphs, _stoplist, _stoplists, remove_boilerplate
from ingest.readers.header import split_header
from tests.conftest import ROOT

DOCS = Path(__file__).parent / "docs"
DEV = ROOT.parent / "shared" / "eval" / "dev"


def kept(name: str) -> str:
    return remove_boilerplate((DOCS / name).read_text(encoding="utf-8"))


def test_offsets_and_line_breaks_are_the_files() -> None:
    original = (DOCS / "web_dump.txt").read_text(encoding="utf-8")
    text = remove_boilerplate(original)
    assert len(text) == len(original)
    assert [m.start() for m in re.finditer("\n", text)] == [
        m.start() for m in re.finditer("\n", original)
    ]
    start = original.index("Japan's Ministry")
    assert text[start : start + 16] == "Japan's Ministry"


def test_web_dump_keeps_the_article_prose() -> None:
    text = kept("web_dump.txt")
    for sentence in [
        "Japan's Ministry of Economy, Trade and Industry has committed billions of yen",
        "The largest share went to Kitakaze Cloud",
        "Two telecom operators also received grants",
        "Critics reply that the money is spread too thinly",
        "Why it matters",
    ]:
        assert sentence in text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Skip to main content",  # skip link
        "Nairobi",  # office menu
        "Deutschland (Deutsch)",  # language picker
        "日本",  # other script
        "We use cookies",  # cookie banner
        "Share this article",
        "Europe's compute gap",  # related-articles list
        "Meridian Policy Institute",  # footer
        "Privacy Policy",
        "Japan bets on domestic compute",  # title printed twice, no header to confirm it
    ],
)
def test_web_dump_loses_menus_pickers_banners_and_footer(boilerplate: str) -> None:
    assert boilerplate not in kept("web_dump.txt")


def test_clean_press_release_keeps_every_line() -> None:
    header, original = split_header((DOCS / "press_release.txt").read_text(encoding="utf-8"))
    assert remove_boilerplate(original, title=header.title) == original


def test_a_short_note_without_prose_paragraphs_is_kept() -> None:
    assert remove_boilerplate("Nvidia invests in Mistral.\n") == "Nvidia invests in Mistral.\n"


def test_a_short_note_still_loses_a_copyright_line() -> None:
    text = remove_boilerplate("Nvidia invests in Mistral.\n© 2025 Example Corp\n")
    assert "Nvidia" in text and "Example" not in text


def test_hard_wrapped_prose_is_one_paragraph() -> None:
    wrapped = (
        "The government of Denmark and the Novo Nordisk Foundation financed the new\n"
        "supercomputer, which was built by Eviden with Nvidia chips and is operated by\n"
        "a new national centre for AI innovation in Copenhagen, officials said.\n"
    )
    assert remove_boilerplate(wrapped) == wrapped


def test_link_heavy_lines_go() -> None:
    text = "Home | https://example.org/a | https://example.org/b\n" + "Prose. " * 50 + "\n"
    assert "example.org" not in remove_boilerplate(text)


def test_a_long_menu_is_removed_entirely() -> None:
    # Tens of thousands of short lines: the context revision must stay linear.
    menu = "".join(f"• Item {i}\n" for i in range(30000))
    assert remove_boilerplate(menu + "Prose sentence here. " * 20 + "\n").count("Item") == 0


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev set is not beside the repository")
def test_dev_web_dump_loses_its_menus_and_footer_but_keeps_the_gold_sentences() -> None:
    doc = next((DEV / "docs").glob("000_*.txt"))
    text = remove_boilerplate(doc.read_text(encoding="utf-8"))
    for name in ["Atlanta", "Brazil (Português)", "Bain & Company", "São Paulo", "Seoul"]:
        assert name not in text
    gold = json.loads(next((DEV / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
    for fact in gold["subsidies"]:
        assert fact["evidence"] in text


SHORT_NEWS_PAGE = """Home
News
World
Business
Technology
Sign in
India's cabinet approved a plan to subsidise GPU access for start-ups.
The programme will cost Rs 10,372 crore over five years.
Officials said Sarvam AI and Krutrim are among the first recipients.
The partners are:
• Nvidia
• Yotta Data Services
• Tata Communications
• Reliance Jio
• E2E Networks
Most read
Markets rally on rate hopes
Monsoon arrives early in Kerala
Example Media Group
Terms of Use | Privacy Policy
"""


def test_one_sentence_paragraphs_anchor_the_context_when_nothing_is_longer() -> None:
    text = remove_boilerplate(SHORT_NEWS_PAGE)
    for kept_line in [
        "India's cabinet approved",
        "Rs 10,372 crore",
        "Sarvam AI and Krutrim",
        "The partners are:",
        "Tata Communications",  # a list a colon announces is content
    ]:
        assert kept_line in text
    for gone in ["Business", "Sign in", "Markets rally", "Kerala", "Example Media", "Privacy"]:
        assert gone not in text


def test_lines_are_joined_only_in_hard_wrapped_text() -> None:
    # Regression: a long title swallowed the next line ("en") in a page of one-line paragraphs.
    text = "A title that is rather longer than forty characters\nen\n" + "Prose words. " * 20
    assert [p.text[:7] for p in _paragraphs(text, [])] == ["A title", "en", "Prose w"]


ARTICLE = (
    "The Ministry of Science and ICT has ordered 10,000 Nvidia GPUs for public use, the "
    "largest purchase of its kind, and will rent them cheaply to universities and start-ups "
    "across the country from next spring.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "Most read\n  1. Infineon opens Dresden fab expansion\n  2. Poland picks a cloud\n",
        "Trending\n  1. Emirates NBD posts record profit\n  2. Aramco prices $5bn bond sale\n",
        "Related Stories\n  • Swiggy Instamart launches pharmacy delivery\n"
        "  • Ola Electric shares slide after Q2 miss\n",
        "RELATED ARTICLES\n  • Saudi Arabia's HUMAIN and AMD sign $10 billion compute pact\n"
        "    Commentary | 28 August 2025\n  • Mistral AI opens its first data centre\n",
        "Tags: Reliance | Meta | Generative AI\n",
        "Related insights\n  • ARTICLE  Germany's Mittelstand and the AI productivity gap\n"
        "  • REPORT  How Siemens and Bosch are industrialising generative AI\n",
        "Partner content\n  Sponsored by Hitachi Vantara: Building data platforms you control\n",
        "Also Read: How Groww, Razorpay and CRED are using GenAI to cut support costs\n",
        "MORE FROM ASIATECH LEDGER\n  • Microsoft opens Jakarta cloud region, pledges $1.7bn\n"
        "  • Gulf Energy, AIS and Singtel expand GSA Data Center campus in Bangkok\n",
        "Home > Newsroom > Commentary > Korea\nTech | Riyadh | 14 May 2025, 6:42 PM | 4 min read\n",
        "We and our 212 partners, including Google, Meta and Criteo, store and access information "
        "on your device, such as cookies, and process personal data for personalised advertising, "
        "audience measurement and content development. You can accept, reject or manage your "
        "choices at any time via \"Privacy settings\" at the bottom of the page.\n",
        "We and our 214 partners, including Criteo, The Trade Desk, Outbrain and Taboola, store "
        "and access information on a device and process personal data for personalised ads "
        "and content, ad and content measurement and audience research.\n",
    ],
    ids=["most-read", "trending", "related", "related-with-dates", "tags", "related-insights",
         "partner-content", "also-read", "more-from-the-site",
         "label-rows", "consent-banner", "consent-without-cookies"],
)  # fmt: skip
def test_lists_of_other_articles_and_label_rows_go(page: str) -> None:
    text = remove_boilerplate(ARTICLE + "\n" + page + "\n" + ARTICLE)
    assert text.count("Ministry of Science and ICT") == 2
    assert not [line for line in page.splitlines() if line.strip() in text]


def test_a_sentence_or_subheading_with_a_link_word_stays() -> None:
    page = (ARTICLE + "\nMore compute, more questions\n\n" + ARTICLE +
            "\nRelated projects include a Korean model trained on public data.\n")  # fmt: skip
    text = remove_boilerplate(page)
    assert "More compute, more questions" in text and "Related projects include" in text


_GRANT_TABLE = """Home | News | Programmes | Contact

The European Union contributes EUR 20,600,000.00 to OpenEuroLLM, a family of open models.
Under the action, the seven beneficiaries listed below will jointly develop the models.

BENEFICIARIES
----------------------------------------------------------------
No | Participant         | Role        | EU contribution (EUR)
---+---------------------+-------------+----------------------
1  | Charles University  | Coordinator | 3,120,000.00
2  | Silo AI Oy          | Beneficiary | 4,050,000.00
----------------------------------------------------------------

Notes: amounts are maximum grant amounts, and payments depend on accepted deliverables.
"""


def test_an_announced_table_is_kept_and_a_menu_row_is_not() -> None:
    text = remove_boilerplate(_GRANT_TABLE)
    assert "2  | Silo AI Oy          | Beneficiary | 4,050,000.00" in text
    assert "No | Participant" in text and "BENEFICIARIES" in text
    assert "Home | News" not in text


_ADOPTION_TABLE = """Home | News | Policy | Contact

The Ministry of Economy, Trade and Industry announces the projects adopted under the second
public call for subsidies for computing resources for generative AI in Japan.

3. Adopted projects
(Amounts are the maximum subsidy. Applicants are listed in the order of application.)

No. | Applicant | Head office | Maximum subsidy
1 | Sakura Internet Inc. | Osaka, Japan | JPY 13,500,000,000
2 | KDDI Corporation | Tokyo, Japan | JPY 6.8 billion

4. Notes on individual projects
"""


def test_a_table_whose_header_names_awarded_money_is_kept_unannounced() -> None:
    text = remove_boilerplate(_ADOPTION_TABLE)
    assert "2 | KDDI Corporation | Tokyo, Japan | JPY 6.8 billion" in text
    assert "No. | Applicant | Head office | Maximum subsidy" in text


_SITES_TABLE = """Home | News | Policy | Contact
English | Deutsch | Français

Governments mostly buy the same accelerators, and the back end is moving to Southeast Asia.

Table 1: Selected back-end sites
Site | Operator | Country | Activity
Kulim, Kedah | Intel | Malaysia | Advanced packaging
Bac Ninh | Amkor Technology | Vietnam | System-in-package
Hoa Lac | Viettel Semiconductor | Vietnam | Pilot fab, 32nm and above
"""


def test_a_table_of_data_is_kept_unannounced_and_menu_rows_are_not() -> None:
    text = remove_boilerplate(_SITES_TABLE)
    assert "Bac Ninh | Amkor Technology | Vietnam | System-in-package" in text
    assert "Site | Operator | Country | Activity" in text
    assert "Home | News" not in text and "English | Deutsch" not in text


_TOTALLED_TABLE = """Home | News | Calls | Contact
We use cookies to improve the site.

The agency publishes the final list of proposals approved for funding under the call.

No. | Recipient | Project | Amount (BRL) | Term
01 | Empresa Brasileira de Correios e Telegrafos | Address normalisation | 48,000,000 | 2025-2027
02 | CPQD Foundation | Edge AI for sorting centres | 13,000,000 | 2025-2027
      | TOTAL | | 61,000,000 |
"""


def test_regression_a_totals_row_with_fewer_cells_kept_its_table_from_being_data() -> None:
    """A results list's totals row had fewer cells than the rows above it, so the table was
    not taken for data and, on a page with a menu and a cookie line, its rows were blanked."""
    text = remove_boilerplate(_TOTALLED_TABLE)
    assert "02 | CPQD Foundation | Edge AI for sorting centres | 13,000,000 | 2025-2027" in text
    assert "| TOTAL | | 61,000,000 |" in text
    assert "Home | News" not in text


def test_regression_a_tie_between_stoplists_goes_to_english_in_every_process() -> None:
    """Marathi's stoplist holds English's words too: a short English press release scored
    the same for both, and which one won changed with each process's hash seed, so the text
    kept (and its content hash) changed from run to run."""
    shared = sorted(_stoplists()["English"] & _stoplists()["Marathi"])[:40]
    assert _stoplist(" ".join(shared)) == _stoplists()["English"]


_SLIDES = """\
ORIEL NEURAL CO., LTD. (KOSDAQ: 419870)
Investor Presentation | 1H 2025 Results
IR contact: ir@orielneural.co.kr

[Slide 3 - Company at a glance]
- Founded 2019 in Pangyo; headquartered in Seongnam, Republic of Korea
- Flagship products: ORIEL-K foundation model family; Oriel Studio fine-tuning platform
- Largest shareholders: founder group (28.4%), Samsung SDS (9.1%, acquired March 2024)

[Slide 7 - Compute strategy]
- Primary training cluster: 1,024 Nvidia H100 GPUs leased from Naver Cloud
- Additional 2,048 Nvidia Blackwell-generation GPUs ordered directly from Nvidia
"""


def test_the_terse_list_items_of_a_text_that_is_no_web_page_are_kept() -> None:
    """A slide deck's bullets are sparse in stopwords and jusText took them for boilerplate;
    with next to nothing of a web page around them (one contact row) they are the content."""
    text = remove_boilerplate(_SLIDES)
    assert "Samsung SDS (9.1%, acquired March 2024)" in text
    assert "GPUs leased from Naver Cloud" in text
    assert "ordered directly from Nvidia" in text


def test_the_same_terse_items_on_a_web_page_are_weighed_as_before() -> None:
    page = "Home\nNews\nPolicy\nCompute\nEvents\nAbout\n\nWe use cookies to improve the site.\n\n"
    assert "ordered directly from Nvidia" not in remove_boilerplate(page + _SLIDES)


# a wire service's corrections digest: items one paragraph long, each line unwrapped
_DIGEST = "\n\n".join(
    [
        "CORRECTIONS AND CLARIFICATIONS",
        "The following items replace stories distributed on the technology services this"
        " week. Subscribers who used the earlier versions are asked to substitute them.",
        "---",
        "CORRECTED-Vietnam to fund FPT's national AI factory (Feb. 9)\n(Corrects amount in"
        " second paragraph to 2.4 trillion dong from 24 trillion dong)",
        "HANOI, Feb 9 - Vietnam's Ministry of Science and Technology will provide 2.4 trillion"
        " dong in 2026 to FPT Corp to build a national AI factory, the ministry said. It is"
        " the largest sum that the state has put into a single computing project so far, and"
        " it will be paid out over three years as the site is built.",
        "---",
        "CORRECTED-Nigeria funds multilingual model (Feb. 11)\n(Corrects to show that the"
        " N-ATLAS model was developed by Awarri, not by the ministry)",
        "LAGOS, Feb 11 - Nigeria's Federal Ministry of Communications, Innovation and Digital"
        " Economy gave 5 billion naira (about $3.3 million) in 2025 to Lagos-based Awarri, a"
        " Nigerian startup. Awarri developed N-ATLAS, a model covering Yoruba, Hausa, Igbo"
        " and Nigerian-accented English. Nigeria, a member of the African Union, has pledged"
        " to train three million technical workers by 2027.",
        "---",
        "CLARIFICATION-Egypt sovereign cloud (Feb. 12)",
        "CAIRO, Feb 12 - A story on Feb. 12 about Egypt's sovereign cloud should have said"
        " that the partner of Nile Data Systems is Orange Egypt, the local unit, and not its"
        " French parent. The company signed a partnership with it to host all of the"
        " government's workloads, and it is the one that will run them.",
        "---",
    ]
)


def test_regression_the_rules_between_a_digests_items_are_no_repeated_boilerplate() -> None:
    """A '---' line repeats like a footer's line, and as 'bad' it dragged the name-dense
    item between two rules down with it."""
    assert "to Lagos-based Awarri" in remove_boilerplate(_DIGEST)


# a programme's web page: its table of contents and section headings repeat, which makes it a
# page, and the list its sentence announces has terse items with a line of prose under each
_SELECTED = "\n".join(
    [
        "Department of Digital Affairs",
        "",
        "Regional Compute Fund: first round - funded companies",
        "",
        "Date modified: 2025-09-12",
        "",
        "On this page",
        "1. About the Fund",
        "2. Funded companies",
        "3. Providers",
        "4. Next round",
        "",
        "1. About the Fund",
        "",
        "The Regional Compute Fund helps small firms pay for the computing they need to"
        " train and deploy AI models. The Government has committed 200 million to the"
        " Fund, which is part of the national compute strategy announced in the 2024"
        " budget. The Department administers it.",
        "",
        "The Fund covers up to half of eligible costs for compute hosted in the country."
        " Contributions are non-repayable.",
        "",
        "2. Funded companies",
        "",
        "The following companies were funded in the first round (listed in order of"
        " amount). Amounts are in local currency.",
        "",
        "- Korvath Legal Inc. (Lyon, Rhône) - EUR 2,400,000",
        "  Training Korvath-FR 12B, a French-language legal model for civil law,"
        " developed in-house by Korvath Legal.",
        "- Brinemark Analytics (Brest, Brittany) - EUR 1.6 million",
        "  Scaling WaveCast, its ocean and storm-surge forecasting model, to cover the"
        " full Atlantic coast.",
        "- Lichen Genomics (Grenoble, Isère) - EUR 1.1 million",
        "  Pre-training Lichen-1, a protein-structure model that Lichen Genomics is"
        " building for alpine crop research.",
        "- Bastion AI (Paris, Île-de-France) - EUR 900,000",
        "  Red-teaming and evaluation of large language models for state departments,"
        " including testing of Mistral Large.",
        "- Ouessant Voice (Rennes, Brittany) - EUR 650,000",
        "  Speech recognition for Breton, built in partnership with a regional language"
        " society, which controls the recordings.",
        "",
        "Twenty further companies received contributions below 500,000; they are listed"
        " in the downloadable table (CSV, 4 kB).",
        "",
        "3. Providers",
        "",
        "Recipients chose their own providers from an eligible list. For the companies above:",
        "- Scaleway supplies GPU capacity to Korvath Legal from its data centre near Paris.",
    ]
)


def test_regression_a_list_a_sentence_announces_keeps_its_items_and_their_lines() -> None:
    """'The following companies were funded ...' announces the list (no colon): its items and
    the line under each were weighed as a web page's terse lines and dropped."""
    text = remove_boilerplate(_SELECTED)
    assert "Korvath Legal Inc. (Lyon, Rhône)" in text
    assert "Training Korvath-FR 12B" in text
    assert "Scaling WaveCast" in text


def test_a_hearings_list_of_witnesses_is_kept() -> None:
    text = (
        "Energy Committee\nOral evidence: Powering AI Growth Zones, HC 412\n\n"
        "Witnesses: Sarah Whitcombe, Director of Connections, National Grid plc; Dr Amir "
        "Kazemi, Chief Technology Officer, Nscale; Helen Rhys, Chief Executive, Pennine "
        "Compute Ltd.\n\nQ101 Chair: Good morning. Let us start with the queue of projects "
        "that are waiting for a connection to the transmission network in the north.\n\n"
        "Sarah Whitcombe: Across the applications we hold, the figure is a little over 50 "
        "gigawatts, and a large part of that will not proceed to construction at all.\n"
    )
    assert "Helen Rhys, Chief Executive, Pennine Compute Ltd." in remove_boilerplate(text)
    appearing = text.replace("Witnesses:", "Appearing:")
    assert "Helen Rhys, Chief Executive, Pennine Compute Ltd." in remove_boilerplate(appearing)


def test_a_circulars_letterhead_is_kept_as_its_issuer() -> None:
    text = ("Ministry of Economy, Trade and Industry (METI)\nTrade Control Department\n\n"
            "CIRCULAR No. 2025-TC-07\nDate: 5 December 2025\n\n1. Purpose\n\nThis circular "
            "informs subsidised operators and equipment exporters of the obligations that "
            "arise from the amended ordinance and from the conditions attached to public "
            "support for domestic AI compute, which the Ministry approved in 2024.\n")  # fmt: skip
    assert remove_boilerplate(text).startswith("Ministry of Economy, Trade and Industry (METI)")


_RESULTS_CALL = (
    "Tellaris Re Holding AG (SIX: TLRS)\nHalf-Year 2025 Results - Conference Call Transcript\n"
    "31 July 2025, 14:00 CET\n\nPARTICIPANTS\nMartina Gloor - Group Chief Executive Officer\n"
    "Analysts: Rahul Menon (Bergmann Kepler Securities), Claire Whitford (Northgate Capital)\n\n"
    "MARTINA GLOOR: Thank you. Tellaris Re delivered net income of USD 1.1 billion in the "
    "first half, and our combined ratio came in at 86.4%. I want to spend a few minutes on "
    "technology, because it is becoming central to how we price the risks we write.\n"
)


def test_regression_a_companys_letterhead_with_its_legal_form_and_the_analysts_are_kept() -> None:
    """A results call's first line names the company ("... Holding AG"), which says who 'we'
    are; with no head word such as 'Ministry' it was blanked, and so were the analysts' firms."""
    kept = remove_boilerplate(_RESULTS_CALL)
    assert kept.startswith("Tellaris Re Holding AG (SIX: TLRS)")
    assert "Claire Whitford (Northgate Capital)" in kept


def test_a_company_named_as_such_heads_its_results_call() -> None:
    text = (
        "Sahm Sports Media Company (Tadawul: 4391)\nQ2 2025 Results Conference Call\n\n"
        "Faisal Al-Otaibi: Thank you. We had a strong quarter, and our revenue grew by a fifth "
        "as advertising and subscriptions recovered across the markets where we broadcast.\n"
    )
    assert remove_boilerplate(text).startswith("Sahm Sports Media Company (Tadawul: 4391)")


def test_a_notices_fields_are_kept() -> None:
    text = (
        "CONTRACT AWARD NOTICE\n\nRef. No.: BWDB/FFWC/ICB-07/2024-25\n"
        "Procuring entity: Bangladesh Water Development Board (BWDB), Flood Forecasting and "
        "Warning Centre (FFWC), WAPDA Building, Motijheel, Dhaka\n\n1. Source of funds\n"
        "1.1 The Government of Bangladesh (GoB) has allocated BDT 1,150 million from the "
        "Annual Development Programme to BWDB for the flood early warning system.\n"
    )
    assert "Procuring entity: Bangladesh Water Development Board (BWDB)" in remove_boilerplate(text)


def test_regression_a_notices_label_and_value_lines_are_no_menu() -> None:
    """Five short field lines in a row ("File reference: ...", "CPV codes: ...") were taken
    for a menu, the text for a web page, and its contracting authority was blanked."""
    text = (
        "PLATAFORMA DE CONTRATACION DEL SECTOR PUBLICO\nContract award notice\n\n"
        "Contracting authority: Secretaria de Estado de Digitalizacion (SEDIA), Ministry for "
        "Digital Transformation, Government of Spain\nFile reference: SEDIA/2025/0173-LN\n"
        "Procedure: open procedure, harmonised, with lots\nCPV codes: 72212000, 48000000\n"
        "Date of award: 22 September 2025\n\n1. Object of the contract\nLicensing of news "
        "archives and training of a Spanish-language news model for use by public "
        "administrations, which the ministry will make available to all of its agencies.\n"
    )
    assert "Contracting authority: Secretaria de Estado" in remove_boilerplate(text)


def test_regression_prose_on_terms_of_service_is_no_footer() -> None:
    text = (
        "Considering that general-purpose models offered by firms established outside the "
        "Union, such as GPT-4o, which is developed by OpenAI, are subject to terms of "
        "service that the Council cannot negotiate;\n\nTerms of use | Privacy policy\n"
    )
    kept = remove_boilerplate(text)
    assert "developed by OpenAI" in kept and "Terms of use" not in kept


def test_a_title_line_opening_with_a_companys_name_and_legal_form_is_kept() -> None:
    """'Hanbit Energy Holdings Co., Ltd. (KRX: 09471) - Q4 ... Earnings Conference Call': too
    long a line for a letterhead, but the company it opens with is who 'we' are."""
    text = (
        "Hanbit Energy Holdings Co., Ltd. (KRX: 09471) - Q4 and Full-Year 2024 Earnings "
        "Conference Call\nEdited transcript, 6 February 2025\n\nPark Ji-hoon (CEO): Thank you. "
        "2024 was the year our AI strategy moved from slides to steel, and we developed our "
        "grid-forecasting model in-house together with KAIST and the regional dispatch teams.\n"
    )
    assert remove_boilerplate(text).startswith("Hanbit Energy Holdings Co., Ltd. (KRX: 09471)")


def test_a_letterhead_whose_legal_form_has_several_words_is_kept() -> None:
    """'Grupo Autopartes del Bajio, S.A.B. de C.V. (BMV: GABAJIO)' over a results call was
    blanked, and no 'we' of the call had a firm."""
    text = (
        "Grupo Autopartes del Bajio, S.A.B. de C.V. (BMV: GABAJIO)\n"
        "Third Quarter 2025 Earnings Conference Call - Edited Transcript\n\n"
        "Mariana Ocampo: Thank you, and good morning, everyone. Revenue for the quarter was "
        "MXN 7.9 billion, up 11% year on year, driven by brake modules for our customers.\n"
    )
    assert remove_boilerplate(text).startswith("Grupo Autopartes del Bajio")


_REGISTER = """GOVERNMENT OF INDIA
India Semiconductor Mission (ISM)

Note: figures in Rs crore unless stated.

A. FABRICATION

A1 | Tata Electronics Pvt. Ltd. | Dholera, Gujarat | 28-110 nm fab for AI logic
    Central support: Rs 45,600 crore

B. ASSEMBLY AND PACKAGING

B1 | CG Semi Pvt. Ltd. | Sanand, Gujarat | OSAT for AI and power devices
    Central support: Rs 3,501 crore

B2 | Narmada Advanced Packaging Ltd. | Dholera, Gujarat | 2.5D packaging
    Central support: Rs 1,240 crore
"""


def test_a_registers_coded_rows_split_by_headings_and_fields_are_kept() -> None:
    text = remove_boilerplate(_REGISTER)
    for row in ("A1 | Tata Electronics", "B1 | CG Semi", "B2 | Narmada Advanced Packaging"):
        assert row in text


def test_a_state_papers_heading_in_capitals_is_no_menu() -> None:
    text = ("GOVERNMENT OF INDIA\nMINISTRY OF SCIENCE AND TECHNOLOGY\n\nLOK SABHA\n"
            "UNSTARRED QUESTION NO. 2417\n\nWill the Minister be pleased to state whether the "
            "Government has approved the Mission and, if so, the details thereof?\n\n"
            "ANSWER\n\nYes, Sir. The Union Cabinet approved the Mission in April 2023 with a "
            "total outlay of Rs 6003.65 crore for the period to 2030-31.\n")  # fmt: skip
    assert remove_boilerplate(text).startswith("GOVERNMENT OF INDIA\nMINISTRY OF SCIENCE")


def test_a_menu_in_title_case_at_the_top_is_still_a_menu() -> None:
    text = ("Ministry of Digital Affairs\nHome\nNews\nServices\nAbout us\n\nThe Ministry "
            "announced today that it will fund three national language models with EUR 12 "
            "million over the next two years, the minister told reporters.\n")  # fmt: skip
    assert "Services" not in remove_boilerplate(text)
