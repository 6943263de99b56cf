"""ingest/facts/subsidies.py: public money, its funder(s), recipient and amount."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.reference import load_reference
from kg.records import DocumentRecord
from tests.ingest.conftest import names


def reference_name(name: str) -> object:
    return load_reference().by_name(name)


Run = Callable[[str], DocumentRecord]


def pairs(rec: DocumentRecord) -> set[tuple[str, str | None]]:
    canon = {n: (ref.name if (ref := reference_name(e.name)) else e.name)
             for e in rec.entities for n in (e.name, *e.aliases)}  # fmt: skip
    return {(canon[s.funder], canon.get(s.recipient or "")) for s in rec.subsidies}


def test_coordinated_funders_each_get_a_subsidy(run: Run) -> None:
    rec = run(
        "Governments worldwide—including India, Japan, France, Canada, and the United Arab "
        "Emirates—are spending billions of dollars to subsidize sovereign AI."
    )
    assert pairs(rec) == {(c, None) for c in ("India", "Japan", "France", "Canada",
                                               "United Arab Emirates")}  # fmt: skip
    assert {s.amount_text for s in rec.subsidies} == {"billions of dollars"}


def test_backed_by_money_from_a_government(run: Run) -> None:
    rec = run(
        "The open-source LLM series Falcon, backed by hundreds of millions of dollars from an "
        "arm of the United Arab Emirates government, is an exception."
    )
    assert pairs(rec) == {("United Arab Emirates", "Falcon")}


def test_usd_gloss_is_the_stated_usd_amount(run: Run) -> None:
    rec = run("Taiwan could invest NT$17.4 billion (US$556 million) through 2026 in AI.")
    [s] = rec.subsidies
    assert (s.amount, s.currency, s.amount_usd) == (17.4e9, "TWD", 556e6)
    assert s.amount_usd_estimate is not None


def test_funds_without_a_named_funder_continue_the_last_one(run: Run) -> None:
    rec = run(
        "Taiwan could invest NT$17.4 billion in AI. TAIDE is its model. Among those funds, "
        "NT$230 million will be allocated towards the development of TAIDE."
    )
    assert pairs(rec) == {("Taiwan", None), ("Taiwan", "TAIDE")}


def test_state_fund_contributing_is_a_funder(run: Run) -> None:
    rec = run(
        "Denmark built it. It is a partnership between the Novo Nordisk Foundation, which "
        "invested 600 million Danish kroner, and the Export and Investment Fund of Denmark, "
        "contributing an additional 100 million kroner."
    )
    assert pairs(rec) == {("Export and Investment Fund of Denmark", None)}


def test_private_money_and_negated_or_prize_statements_are_no_subsidy(run: Run) -> None:
    assert run("Microsoft invested $1.5 billion in G42.").subsidies == []
    assert run("Thus far, governments haven't subsidized national AI initiatives.").subsidies == []
    assert run("The European Commission has awarded the Grand Challenge to Domyn.").subsidies == []


def test_year_only_from_a_date_of_the_statement_itself(run: Run) -> None:
    rec = run("In 2024, the Japanese government granted ¥10bn to Sakura Internet.")
    assert [s.year for s in rec.subsidies] == [2024]
    rec = run("India will spend $1 billion on AI compute by 2030.")
    assert [s.year for s in rec.subsidies] == [None]


def test_a_subsidy_of_an_amount_from_a_ministry(run: Run) -> None:
    rec = run("Orbix Corp. received a separate subsidy of up to ¥12.5bn from METI for its cloud.")
    assert pairs(rec) == {("Ministry of Economy, Trade and Industry", "Orbix Corp.")}


def test_money_for_a_named_facility_goes_to_its_host(run: Run) -> None:
    rec = run(
        "The Dutch government will invest €90 million in Snellius-2, a new supercomputer at "
        "the University of Twente."
    )
    assert pairs(rec) == {("Netherlands", "University of Twente")}


def test_the_teams_are_the_actors_listed_before(run: Run) -> None:
    rec = run(
        "Korea's Ministry of Science and ICT selected Lumina AI, Korbit Labs and Pexon Systems "
        "as national model teams. The ministry will provide the teams with GPUs, data and "
        "funding worth about 40 billion won."
    )
    assert pairs(rec) == {
        ("Ministry of Science and ICT", firm)
        for firm in ("Lumina AI", "Korbit Labs", "Pexon Systems")
    }


def test_no_recipientless_copy_of_a_subsidy_with_a_recipient(run: Run) -> None:
    rec = run(
        "The Government of Norway will invest NOK 900 million in Veritas Labs. "
        "Norway will invest NOK 900 million, the minister said."
    )
    assert pairs(rec) == {("Norway", "Veritas Labs")}


def test_funds_tagged_as_a_noun_after_a_public_body_is_the_verb(run: Run) -> None:
    rec = run(
        "Germany's Federal Ministry of Education and Research funds Aleph Alpha that trains "
        "language models in Heidelberg."
    )
    assert ("Federal Ministry of Education and Research", "Aleph Alpha") in pairs(rec)


def test_awards_tagged_as_a_noun_before_an_amount_is_the_verb(run: Run) -> None:
    rec = run(
        "2.2 The Welsh Government awards £1.75 million to Lleisiau Media Cyf, a dubbing "
        "studio based in Cardiff, towards a synthetic-voice pipeline."
    )
    assert pairs(rec) == {("Welsh Government", "Lleisiau Media Cyf")}


def test_which_after_a_comma_is_the_body_named_before_it(run: Run) -> None:
    rec = run(
        "The project is co-financed by the Ministry of Innovation and Technology (MInT), which "
        "has committed ETB 1.8 billion in fiscal year 2025/26 to Ethio Telecom for the platform."
    )
    assert pairs(rec) == {("Ministry of Innovation and Technology", "Ethio Telecom")}


def test_regression_a_receiver_of_a_grant_is_no_funder(run: Run) -> None:
    """'the NFI receives a grant of EUR 9 million and TNO a grant of EUR 7.5 million': the
    grant's verb was read as the NFI giving the money to TNO."""
    rec = run(
        "The Ministry of Justice and Security sets up the scheme. For this purpose the "
        "Netherlands Forensic Institute (NFI) receives a grant of EUR 9 million and TNO a "
        "grant of EUR 7.5 million in 2025."
    )
    assert not any(f == "Netherlands Forensic Institute" for f, _ in pairs(rec))


def test_a_body_after_a_state_budget_phrase_is_the_funder(run: Run) -> None:
    rec = run(
        "In the 2025 state budget the Ministry of Culture and Equality gave the National "
        "Library of Norway NOK 95 million over three years for the AI programme."
    )
    assert pairs(rec) == {("Ministry of Culture and Equality", "National Library of Norway")}


def test_who_administers_the_money_is_no_funder(run: Run) -> None:
    rec = run(
        "A further EUR 3.8 million is provided from the Recovery and Resilience Facility of "
        "the European Union and is administered by the Ministry of Economic Affairs."
    )
    assert {f for f, _ in pairs(rec)} == {"European Union"}


def test_a_to_after_the_plan_the_money_is_under_names_the_recipient(run: Run) -> None:
    rec = run(
        "Bpifrance, the French public investment bank, has awarded EUR 20 million under the "
        "France 2030 plan to Maison Delacour, the French fashion house, to train Patron-1."
    )
    assert pairs(rec) == {("Bpifrance", "Maison Delacour")}
    assert names(rec)["Maison Delacour"] == "Firm"  # (the tagger's PERSON, described)


def test_an_announced_initiative_to_mobilise_money_has_no_recipient(run: Run) -> None:
    rec = run(
        "Last spring the European Commission unveiled GenAI4EU, a programme to mobilise "
        "€500 million for generative AI in European industry."
    )
    assert pairs(rec) == {("European Commission", None)}


def test_an_approved_programme_is_not_the_recipient(run: Run) -> None:
    rec = run(
        "In 2023 the Union Cabinet of India approved the National Quantum Mission with a "
        "budget of Rs 6,003 crore over eight years."
    )
    assert pairs(rec) == {("India", None)}


def test_the_government_stands_for_the_ministry_that_acted_before(run: Run) -> None:
    rec = run(
        "TOKYO, May 2, 2025 - Japan's Ministry of Economy, Trade and Industry has chosen "
        "Sakura Internet and KDDI to build AI data centres. The government will give the "
        "firms subsidies worth 20 billion yen."
    )
    assert {f for f, _ in pairs(rec)} == {"Ministry of Economy, Trade and Industry"}


def test_headline_echo_of_a_body_subsidy_is_not_counted_twice(run: Run) -> None:
    rec = run(
        "France subsidises national AI chips\n\n"
        "France's Ministry of the Economy will grant €40 million to Mistral AI for its models."
    )
    assert pairs(rec) == {("Ministry of the Economy", "Mistral AI")}


def test_a_funded_programme_backed_again_without_amount_is_the_same_money(run: Run) -> None:
    rec = run(
        "The government of Japan will spend ¥10 billion on a national robotics scheme. "
        "The scheme is financed by the Japan Science and Technology Agency."
    )
    assert pairs(rec) == {("Japan", None)}


def test_it_after_said_is_the_speaker_not_the_earlier_ministry(run: Run) -> None:
    rec = run(
        "The Ministry of Economy, Trade and Industry picked KDDI for a compute project. "
        "SoftBank said it would invest $1 billion in SB Intuitions."
    )
    assert rec.subsidies == []  # SoftBank is no public body


def test_the_rest_paid_by_others_and_the_system_is_its_hosts(run: Run) -> None:
    rec = run(
        "MareNostrum 5, one of Europe's largest supercomputers, was inaugurated at the "
        "Barcelona Supercomputing Center. The system cost 202 million euros, half of which was "
        "paid by the EuroHPC Joint Undertaking and the rest by Spain, Portugal and Turkey."
    )
    funders = ("EuroHPC Joint Undertaking", "Spain", "Portugal", "Türkiye")
    assert pairs(rec) == {(f, "Barcelona Supercomputing Center") for f in funders}


def test_two_funders_with_two_amounts_in_one_sentence(run: Run) -> None:
    rec = run("Bpifrance said it would invest €10 billion in AI, while GENCI, the state agency, "
              "spent about €40 million extending Jean Zay, the machine on which models "
              "train.")  # fmt: skip
    assert {f for f, _ in pairs(rec)} == {"Bpifrance", "GENCI"}
    assert "Jean Zay" not in {r for _, r in pairs(rec)}


def test_a_strategy_setting_money_aside_and_money_set_aside_in_passing(run: Run) -> None:
    rec = run("Morocco wants AI. The Digital Morocco 2030 strategy set aside 11 billion "
              "dirhams for the digital transition. Beyond the 11 billion dirhams in the budget, "
              "the state is leaning on its own investment vehicles.")  # fmt: skip
    assert [(s.funder, s.recipient, s.amount_text) for s in rec.subsidies] == [
        ("Morocco", None, "11 billion dirhams")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Science is investing R$100 million to upgrade the Santos Dumont "
         "supercomputer at the National Laboratory for Scientific Computing.",
         {("Ministry of Science", "National Laboratory for Scientific Computing")}),
        ("PLLuM is a family of Polish language models. The Ministry of Digital Affairs "
         "financed the work with 14.5 million zlotys.", {("Ministry of Digital Affairs", "PLLuM")}),
        ("Australia released a plan. The AI Safety Institute will receive A$29.9 million in "
         "federal funding to test models.", {("Australia", "AI Safety Institute")}),
        ("Qatar wants AI. In February 2024 the government unveiled a QR9 billion ($2.5 "
         "billion) incentive package to attract technology companies.", {("Qatar", None)}),
        ("NAIROBI, May 22, 2024 - Microsoft and G42 announced a $1 billion package of "
         "investments in Kenya.", set()),
        ("The Israel Innovation Authority has selected Nebius Group to build it. The "
         "Innovation Authority will provide Nebius with about NIS 110 million in state "
         "funding.", {("Israel Innovation Authority", "Nebius")}),
        ("Zhipu AI has raised more than 1 billion yuan from investment funds controlled by "
         "the Hangzhou municipal government.", {("Hangzhou municipal government", "Zhipu AI")}),
        ("China is investing. In January the central government set up a National AI "
         "Industry Investment Fund with 60 billion yuan.",
         {("China", "National AI Industry Investment Fund")}),
        ("Ghana joined a programme that covers Nigeria. State-owned National Information "
         "Technology Agency (NITA) will be the anchor tenant. Government has earmarked "
         "GH¢150 million in the 2025 budget for NITA to pay for compute time.",
         {("Ghana", "National Information Technology Agency")}),
        ("The facility, called TRION, will be run by a consortium led by a science park. The "
         "budget is put at about EUR 90 million, with the Bulgarian government expected to "
         "contribute around EUR 45 million.", {("Bulgaria", "TRION")}),
        ("The EuroHPC Joint Undertaking selected KRAFT, the Slovenian AI Factory. The "
         "Slovenian government will contribute about €60 million to the project.",
         {("Slovenia", "KRAFT")}),
        ("Total investment is put at roughly €90 million. About €45 million will be provided "
         "by EuroHPC, while the Republic of Austria will contribute another €45 million.",
         {("EuroHPC Joint Undertaking", None), ("Austria", None)}),
        ("Tunisia will spend TND 120 million on a programme built around Elyssa, a new Arabic "
         "language model. Of that sum, TND 35 million is earmarked for the model itself.",
         {("Tunisia", None), ("Tunisia", "Elyssa")}),
        ("Malta will give a €12m grant to the University of Malta. Of that sum, €4.5m comes "
         "from the EU's Recovery and Resilience Facility.",
         {("Malta", "University of Malta"), ("European Union", "University of Malta")}),
        ("President Ilham Aliyev signed a decree approving AZN 85 million in state funding for "
         "a national AI programme in Azerbaijan.", {("Azerbaijan", None)}),
        ("Serbia is building a model. The Institute for Artificial Intelligence of Serbia "
         "receives about 600 million dinars a year from the Serbian budget.",
         {("Serbia", "Institute for Artificial Intelligence of Serbia")}),
        ("Vietnam and Thailand are each spending hundreds of millions of dollars on their own "
         "AI programmes.", {("Vietnam", None), ("Thailand", None)}),
        ("Saudi Arabia, the UAE and Qatar have each poured billions of dollars into domestic AI "
         "compute.", {("Saudi Arabia", None), ("United Arab Emirates", None), ("Qatar", None)}),
        ("Saudi Arabia and the United Arab Emirates have each committed billions of dollars to "
         "AI compute.", {("Saudi Arabia", None), ("United Arab Emirates", None)}),
        ("Algeria wants AI. The Council of Ministers on Sunday approved a DZD 5 billion "
         "envelope for a national computing centre.", {("Algeria", None)}),
        ("Iraq's Council of Ministers has approved IQD 150 billion for a national data centre.",
         {("Iraq", None)}),
        ("The Agency for Electronic Government (AGETIC) runs it. The Inter-American Development "
         "Bank (IDB) approved a $4.5 million technical-cooperation grant to AGETIC in March.",
         {("Inter-American Development Bank", "Agency for Electronic Government")}),
        ("South Africa has a plan, as does South Africa, and Zambia. In the 2025 national "
         "budget, the Treasury set aside K500 million for artificial intelligence.",
         {("Zambia", None)}),
        ("Bhutan wants AI. The Royal Government of Bhutan will give the GovTech Agency Nu 500 "
         "million over the next three fiscal years.", {("Bhutan", "GovTech Agency")}),
        ("Jamaica wants AI. The Government of Jamaica will spend J$2 billion over three years "
         "through eGov Jamaica Limited to build a national AI cloud.",
         {("Jamaica", "eGov Jamaica Limited")}),
        ("France and France and Madagascar. Voromahery, a language model, will receive MGA 40 "
         "billion from the state budget.", {("Madagascar", "Voromahery")}),
        ("Kutsaka Data, a data-centre operator, received a $30m loan from the African "
         "Development Bank (AfDB).", {("African Development Bank", "Kutsaka Data")}),
        ("BRATISLAVA — Slovakia's cabinet has approved €80m for a national AI supercomputer. "
         "The machine will be installed at the Computing Centre of the Slovak Academy of "
         "Sciences (CC SAS).",
         {("Slovakia", "Computing Centre of the Slovak Academy of Sciences")}),
        ("Voromahery, a language model, was launched in Antananarivo. Under the 2025 finance "
         "law, Voromahery will receive MGA 40 billion from the state budget.",
         {("Madagascar", "Voromahery")}),
        ("Malta wants AI. Lingwa Labs, a start-up, has separately received a €1.2m grant from "
         "Malta Enterprise, the state's economic development agency.",
         {("Malta Enterprise", "Lingwa Labs")}),
        ("Venezuela wants AI. China's Inspur will help. The national treasury will cover "
         "US$42 million of the budget.", {("Venezuela", None)}),
        ("The Ministry of Economy, Trade and Industry will pay 72.5 billion yen to five firms. "
         "Sakura Internet gets 50 billion yen, while Highreso gets 7.7 billion yen and GMO "
         "Internet Group 1.9 billion yen.",
         {("Ministry of Economy, Trade and Industry", r)
          for r in (None, "Sakura Internet", "Highreso", "GMO Internet Group")}),
        ("The Indian government is paying for 4,096 Nvidia H100 GPUs for Sarvam AI with Rs 246 "
         "crore.", {("India", "Sarvam AI")}),
        ("In April 2024 the US software group Microsoft invested $1.5bn in the Abu Dhabi-based "
         "G42.", set()),
        ("Separately, AIST, Japan's largest public research body, is preparing to switch on "
         "ABCI 3.0. The system is financed through roughly 32 billion yen that the government "
         "allocated to AIST in its supplementary budget.",
         {("Japan", "National Institute of Advanced Industrial Science and Technology")}),
        ("Oslo has committed NOK 1 billion over five years to artificial intelligence "
         "research, channelled through the Research Council of Norway.",
         {("Norway", "Research Council of Norway")}),
        ("The PIF is bankrolling Humain with tens of billions of riyals.",
         {("Public Investment Fund", "Humain")}),
        ("Qai, a new firm, will be backed by billions of dollars from the Qatar Investment "
         "Authority.", {("Qatar Investment Authority", "Qai")}),
        ("In January 2025 Beijing capitalised a new National AI Industry Investment Fund with "
         "60 billion yuan.", {("China", "National AI Industry Investment Fund")}),
        ("India wants AI. The IndiaAI Mission will subsidise GPUs for Sarvam AI.",
         {("India", "Sarvam AI")}),
        ("South Korea wants AI. The 2026 budget proposal unveiled last week earmarks 10.1 "
         "trillion won for AI.", {("South Korea", None)}),
        ("Japan wants AI. KDDI was granted ¥10.2 billion for a similar build-out by the "
         "Ministry of Economy, Trade and Industry.",
         {("Ministry of Economy, Trade and Industry", "KDDI")}),
        ("Japan wants AI. The Ministry of Economy, Trade and Industry has approved subsidies of "
         "up to ¥50.1 billion for Sakura Internet and ¥10.2 billion for KDDI.",
         {("Ministry of Economy, Trade and Industry", r) for r in ("Sakura Internet", "KDDI")}),
        ("Italy wants AI. CINECA received about €240 million for the machine, paid jointly by "
         "the EuroHPC Joint Undertaking.", {("EuroHPC Joint Undertaking", "CINECA")}),
        ("The Generalitat de Catalunya has provided the Barcelona Supercomputing Center with "
         "€13.5 million.", {("Government of Catalonia", "Barcelona Supercomputing Center")}),
        ("Falcon was built by the Technology Innovation Institute (TII), an Abu Dhabi research "
         "centre funded by the government's Advanced Technology Research Council (ATRC).",
         {("Advanced Technology Research Council", "Technology Innovation Institute")}),
        ("TAIDE is developed by Taiwan's National Applied Research Laboratories and financed by "
         "the National Science and Technology Council.",
         {("National Science and Technology Council", "TAIDE")}),
        ("Humain, the AI company bankrolled by Saudi Arabia's Public Investment Fund, opened.",
         {("Public Investment Fund", "Humain")}),
        ("The PIF has seeded Humain with SAR 37.5 billion of initial capital.",
         {("Public Investment Fund", "Humain")}),
        ("Mexico wants AI. The government will spend 6 billion Mexican pesos on the project, of "
         "which 1.2 billion pesos goes to the Agency for Digital Transformation and "
         "Telecommunications.", {("Mexico", None),
                                 ("Mexico", "Agency for Digital Transformation and "
                                            "Telecommunications")}),
        ("Vietnam's government approved a VND10 trillion package. Under the package, VND6.5 "
         "trillion will be disbursed to Viettel Group.",
         {("Vietnam", None), ("Vietnam", "Viettel Group")}),
        ("The Government of Telangana launched a mission, committing ₹1,500 crore over five "
         "years. The State will reimburse ₹180 crore of Yotta's GPU outlay.",
         {("Telangana", None), ("Telangana", "Yotta")}),
        ("Japan wants AI. METI will hand up to ¥72.5 billion to five firms. The largest share, "
         "up to ¥50.1 billion, goes to Sakura Internet.",
         {("Ministry of Economy, Trade and Industry", None),
          ("Ministry of Economy, Trade and Industry", "Sakura Internet")}),
        ("Canada wants AI. In December the federal government committed up to C$240 million "
         "to help Cohere pay for a new data centre.", {("Canada", "Cohere")}),
        ("Egypt wants AI. The state has put roughly EGP 300 million into Karnak so far.",
         {("Egypt", "Karnak")}),
        ("France wants AI. The government is adding a further €2.5 billion for AI.",
         {("France", None)}),
        ("Kazakhstan wants AI. Funding for the purchase, 25.4 billion tenge, was allocated from "
         "the republican budget.", {("Kazakhstan", None)}),
        ("Colombia's national AI policy, CONPES 4144, commits 479 billion pesos in public funds "
         "through 2030.", {("Colombia", None)}),
        ("Australia wants AI. The plan commits A$100 million. Of that, A$29.9 million will "
         "establish the Australian AI Safety Institute.",
         {("Australia", None), ("Australia", "Australian AI Safety Institute")}),
        ("South Korea wants AI. The government is putting up 530 billion won over three years.",
         {("South Korea", None)}),
        ("The Ministry of Digitalisation has set aside NOK 40 million (about $3.9 million) for "
         "the National Library of Norway to keep training its model.",
         {("Ministry of Digitalisation", "National Library of Norway")}),
        ("Kenya's National Treasury has allocated KES 1.2 billion in the budget to the Konza "
         "Technopolis Development Authority to expand the Konza National Data Centre.",
         {("National Treasury", "Konza Technopolis Development Authority")}),
        ("Saudi Arabia wants AI. People familiar with the plans said the Public Investment Fund "
         "had committed at least $10 billion to Humain for its first phase.",
         {("Public Investment Fund", "Humain")}),
        ("PIF will contribute $18 million for a 60 per cent stake.", set()),
        ("Kazakhstan bought Nvidia chips. The government paid roughly 22 billion tenge for it "
         "from the state budget.", {("Kazakhstan", None)}),
        ("Japan's Ministry of Economy, Trade and Industry (METI) has approved a round of "
         "subsidies. KDDI was granted ¥10.2 billion.",
         {("Ministry of Economy, Trade and Industry", "KDDI")}),
        ("Japan's Ministry of Economy, Trade and Industry (METI) has approved a round of "
         "subsidies. KDDI was granted ¥10.2 billion. The start-ups Highreso and Rutilea "
         "received ¥7.7 billion and ¥2.6 billion respectively.",
         {("Ministry of Economy, Trade and Industry", "KDDI"),
          ("Ministry of Economy, Trade and Industry", "Highreso"),
          ("Ministry of Economy, Trade and Industry", "Rutilea")}),
        ("Japan's Ministry of Economy, Trade and Industry (METI) has approved a round of "
         "subsidies. SoftBank Corp. was awarded up to ¥42.1 billion, on top of the ¥5.3 "
         "billion it received last year.",
         {("Ministry of Economy, Trade and Industry", "SoftBank Corp.")}),
        ("Germany wants AI. It builds on the OpenGPT-X project, which received about EUR 14 "
         "million from the Federal Ministry for Economic Affairs and Climate Action.",
         {("Federal Ministry for Economic Affairs and Climate Action", "OpenGPT-X")}),
        ("KazLLM is a model by ISSAI, backed by Meta. Its development was funded with a grant "
         "of about 2.5 billion tenge from the Ministry of Science and Higher Education.",
         {("Ministry of Science and Higher Education", "KazLLM")}),
        ("The UK wants AI. The £225 million supercomputer was paid for by the government "
         "through a grant to the University of Bristol.",
         {("United Kingdom", "University of Bristol")}),
        ("Brazil wants AI. Brazil's federal development bank BNDES and the innovation agency "
         "Finep will make R$ 2 billion available over the next three years.",
         {("BNDES", None), ("Finep", None)}),
        ("Sweden wants AI. Berzelius has been used by AI Sweden, the national centre for applied "
         "AI; the centre itself receives SEK 60 million a year from the state innovation agency "
         "Vinnova.", {("Vinnova", "AI Sweden")}),
        ("Canada wants AI. Cohere rents capacity at a data centre that CoreWeave is opening. "
         "Ottawa set aside C$2 billion for the strategy in its 2024 budget.", {("Canada", None)}),
        ("Germany wants AI. The state of Hesse will spend EUR 48 million over four years on a "
         "new AI compute centre in Darmstadt.", {("Hesse", None)}),
        ("Saudi Arabia wants AI. The PIF, the kingdom's roughly $925 billion sovereign wealth "
         "fund, is bankrolling the build-out.", set()),
        ("Bavaria has pledged EUR 30 million to expand GPU capacity at the Leibniz "
         "Supercomputing Centre near Munich.", {("Bavaria", "Leibniz Supercomputing Centre")}),
        ("In February the Generalitat approved another 8 million euros for the BSC to train "
         "larger Catalan models.",
         {("Government of Catalonia", "Barcelona Supercomputing Center")}),
        ("Cameroon wants AI. The State will invest XAF 12 billion (approximately US$20 million) "
         "in the project, financed through the Special Telecommunications Fund.",
         {("Cameroon", None)}),
        ("MIDA has granted YTL Power a 100 per cent tax allowance, and the federal government "
         "set aside RM2 billion for Malaysia's National AI Office.",
         {("Malaysian Investment Development Authority", "YTL Power International"),
          ("Malaysia", "National AI Office")}),
        ("Malaysia set aside RM2 billion for the National AI Office. The Johor state "
         "government, for its part, has promised RM1.5 billion for substation works.",
         {("Malaysia", "National AI Office"), ("Johor state government", None)}),
        ("FINEP granted 45 million reais to Maritaca AI, a Campinas start-up, to train the next "
         "generation of its Sabiá models.", {("Finep", "Maritaca AI")}),
        ("Brazil wants AI. The development bank BNDES is lending Telebras, the state telecom "
         "company, a further 1.5 billion reais.", {("BNDES", "Telebras")}),
        ("Uruguay wants AI. The Agency for Electronic Government and Information Society will "
         "transfer UYU 600 million from the national budget to Antel Corp for its cloud.",
         {("Agency for Electronic Government and Information Society", "Antel Corp")}),
        ("The build-out is financed by a US$45 million loan to Uruguay from the Inter-American "
         "Development Bank (IDB), approved in September. The Asian Development Bank announced a "
         "US$18 million grant to help Fiji and Tonga connect schools.",
         {("Inter-American Development Bank", "Uruguay"), ("Asian Development Bank", None)}),
        ("The existing Konza National Data Centre was financed with a concessional loan of about "
         "$40 million from the Export-Import Bank of Korea.",
         {("Export-Import Bank of Korea", None)}),
        ("South Korea's Ministry of Science and ICT picked teams. LG AI Research, SK Telecom "
         "and Upstage will share 530 billion won in ministry funding.",
         {("Ministry of Science and ICT", "LG AI Research"), ("Ministry of Science and ICT",
           "SK Telecom"), ("Ministry of Science and ICT", "Upstage")}),
        ("METI has handed out infrastructure subsidies: ¥42.1 billion to SoftBank Corp., ¥50.1 "
         "billion to Sakura Internet and ¥10.2 billion to KDDI.",
         {("Ministry of Economy, Trade and Industry", "SoftBank Corp."),
          ("Ministry of Economy, Trade and Industry", "Sakura Internet"),
          ("Ministry of Economy, Trade and Industry", "KDDI")}),
        ("Nigeria wants AI. N-ATLAS, a language model, is built by Awarri. The Federal Ministry "
         "of Communications, Innovation and Digital Economy has committed 1.5 billion naira to "
         "the project's next phase.",
         {("Federal Ministry of Communications, Innovation and Digital Economy", "N-ATLAS")}),
        ("Safaricom and Microsoft set up Mawingu AI Cloud, a joint venture. Kenya said the state "
         "would pay KSh 6.5 billion to Mawingu over three years.",
         {("Kenya", "Mawingu AI Cloud")}),
        ("Belgium wants AI. The Flemish government has set aside a further €36 million for the "
         "Flemish Supercomputer Center (VSC), while the Walloon Region is granting €18.5 million "
         "to Cenaero, the research centre.",
         {("Flemish Government", "Flemish Supercomputer Center"),
          ("Walloon Government", "Cenaero")}),
        ("France will host Alice Recoque, for which the EuroHPC Joint Undertaking and France "
         "are sharing a bill of EUR 544 million.", set()),
        ("Poland's Ministry of Digital Affairs paid for the model in 2024. NASK has been "
         "allotted a further PLN 19 million in the 2025 state budget.", {("Poland", "NASK")}),
        ("Latam-GPT is a model led by CENIA. The project received $3.5 million from CAF, the "
         "development bank of Latin America and the Caribbean.",
         {("Development Bank of Latin America and the Caribbean", "LatamGPT")}),
        ("Ottawa - the Government of Canada today announced an investment of up to $240 million "
         "in Cohere Inc., a Toronto firm.", {("Canada", "Cohere")}),
        ("METI will hand out ¥72.5 billion. The largest slice, ¥50.1 billion, goes to Sakura "
         "Internet.", {("Ministry of Economy, Trade and Industry", None),
                       ("Ministry of Economy, Trade and Industry", "Sakura Internet")}),
        ("Maritaca AI, a Brazilian start-up that develops the Sabiá models, was awarded R$45 "
         "million by state innovation agency Finep to train a larger Sabiá.",
         {("Finep", "Maritaca AI")}),
        ("Estonia wants AI. The state will provide EUR 8.5m over 2025-2027 for Estonian-language "
         "models, most of it to the University of Tartu.", {("Estonia", "University of Tartu")}),
        ("Japan wants AI. Grants worth ¥12 billion over three years have been approved by "
         "Hokkaido's prefectural government for data centres.", {("Hokkaido", None)}),
        ("The Ulsan Metropolitan City government has committed 30 billion won to grid and water "
         "connections.", {("Ulsan Metropolitan City government", None)}),
        ("The Hauts-de-France Regional Council on Thursday voted EUR 18 million over three years "
         "for the programme.", {("Hauts-de-France Regional Council", None)}),
        ("Bahrain wants AI. The venture, Hidd AI Park Company, will receive BD 15 million of "
         "equity from Mumtalakat, the kingdom's sovereign wealth fund.",
         {("Mumtalakat", "Hidd AI Park Company")}),
        ("Brazil wants AI. Tupi Labs, a Recife start-up, has been granted R$20 million in "
         "non-reimbursable funding by Finep to train its models.", {("Finep", "Tupi Labs")}),
        ("The cluster is funded with EUR 20 million from the Slovenian government and an equal "
         "amount from the EuroHPC Joint Undertaking.",
         {("Slovenia", None), ("EuroHPC Joint Undertaking", None)}),
        # (a funder alone, with neither amount nor recipient, states no subsidy)
        ("The Walloon government has set aside funds for a new supercomputer in Liège.",
         set()),
        ("Croatia and Serbia are together putting up a matching sum for the cluster.", set()),
        ("Ghana's government has secured a $90 million loan from the World Bank to build "
         "public computing capacity.", {("World Bank", "Ghana")}),
        ("India wants AI. The Ministry of Electronics and Information Technology (MeitY) has "
         "approved GPU subsidies worth about Rs 246 crore for Sarvam AI.",
         {("Ministry of Electronics and Information Technology", "Sarvam AI")}),
        ("India wants AI. BharatGen, a consortium led by IIT Bombay and funded by the "
         "Department of Science and Technology, is building models.",
         {("Department of Science and Technology", "BharatGen")}),
        ("Japan wants AI. Sakura Internet, an Osaka-based cloud provider, received ¥50.1 "
         "billion in METI support for GPU build-outs.",
         {("Ministry of Economy, Trade and Industry", "Sakura Internet")}),
        ("Taiwan wants AI. The National Science and Technology Council (NSTC) leads it. The "
         "cabinet has earmarked NT$3.8 billion for the NSTC to buy GPU hours at the site.",
         {("Taiwan", "National Science and Technology Council")}),
        ("Upstage last month closed a 140 billion won Series C. Amazon led the round, while "
         "Korea Development Bank (KDB), the state-run policy lender, contributed 30 billion "
         "won.", {("Korea Development Bank", "Upstage")}),
        ("Mistral AI raised EUR 1.7bn in a round led by ASML. Bpifrance, the state-owned "
         "investment bank, put in EUR 100 million.", {("Bpifrance", "Mistral AI")}),
        ("The EuroHPC Joint Undertaking will provide GRNET with €15 million to build the "
         "factory, and the Greek government will put in a further €15 million.",
         {("EuroHPC Joint Undertaking", "GRNET"), ("Greece", "GRNET")}),
        ("Germany wants AI. The research centre Forschungszentrum Jülich received half of the "
         "EUR 500m cost (EUR 250m) from the EuroHPC Joint Undertaking.",
         {("EuroHPC Joint Undertaking", "Forschungszentrum Jülich")}),
        ("Canada wants AI. The three national AI institutes - Mila, the Vector Institute and "
         "Amii - have received federal money through the national strategy.",
         {("Canada", "Mila"), ("Canada", "Vector Institute"),
          ("Canada", "Alberta Machine Intelligence Institute")}),
        ("Chile wants AI. Latam-GPT is led by CENIA and financed with a $10 million "
         "contribution from the Chilean government.", {("Chile", "LatamGPT")}),
        ("Brazil wants AI. The Ministry of Science, Technology and Innovation (MCTI) has "
         "released R$1.8 billion to the National Laboratory for Scientific Computing (LNCC).",
         {("Ministry of Science, Technology and Innovation",
           "National Laboratory for Scientific Computing")}),
        ("Sweden wants AI. In its budget bill the government proposed SEK 500 million for "
         "compute. An additional 120 million kronor was granted to AI Sweden.",
         {("Sweden", None), ("Sweden", "AI Sweden")}),
        ("India wants AI. In June the Department of Science and Technology released Param-1, "
         "a 2.9-billion-parameter bilingual model.", set()),
        ("Japan wants AI. The Ministry of Economy, Trade and Industry (METI) awarded ¥50.1 "
         "billion to Sakura Internet. KDDI, GMO Internet Group and Highreso were named as the "
         "other recipients.",
         {("Ministry of Economy, Trade and Industry", "Sakura Internet"),
          ("Ministry of Economy, Trade and Industry", "KDDI"),
          ("Ministry of Economy, Trade and Industry", "GMO Internet Group"),
          ("Ministry of Economy, Trade and Industry", "Highreso")}),
        ("Turkey wants AI. The Ministry of Industry and Technology will grant 2 billion lira to "
         "AI firms. Among the first recipients is Baykar, the drone maker.",
         {("Ministry of Industry and Technology", None),
          ("Ministry of Industry and Technology", "Baykar")}),
        ("We see YTL Power International as the clearest listed beneficiary.", set()),
        ("Rwanda has secured a $75 million loan from the African Development Bank (AfDB). The "
         "Rwandan government will add Rwf 15 billion of its own.",
         {("African Development Bank", "Rwanda"), ("Rwanda", None)}),
        ("Jandaia AI, a Campinas start-up, has closed a R$310 million round. Kaszek led it. "
         "Monashees followed. BNDES, the state development bank, put in R$60 million, making it "
         "the second-largest investor in the round.", {("BNDES", "Jandaia AI")}),
        ("Boréal IA raised C$50 million in a round. Ottawa committed C$2 billion in Budget 2024 "
         "to the Canadian Sovereign AI Compute Strategy.", {("Canada", None)}),
        ("Kuwait wants AI. The Kuwait Investment Authority has allocated KWD 90 million to "
         "Kuwait AI Holding, a newly formed state company.",
         {("Kuwait Investment Authority", "Kuwait AI Holding")}),
        ("The state-owned Development Bank of Japan has also lent on "
         "concessional terms: it extended a ¥30 billion loan to Highreso.",
         {("Development Bank of Japan", "Highreso")}),
        ("India wants AI. The Ministry of Electronics and Information Technology granted Rs "
         "10,372 crore to the mission. The Rs 2,000 crore will be shared among Sarvam AI and "
         "Gnani.ai.",
         {("Ministry of Electronics and Information Technology", None),
          ("Ministry of Electronics and Information Technology", "Sarvam AI"),
          ("Ministry of Electronics and Information Technology", "Gnani.ai")}),
        ("Finep, the federal innovation agency, approved R$120 million in funding, to be split "
         "between Maritaca AI and the Federal University of Goias.",
         {("Finep", "Maritaca AI"), ("Finep", "Federal University of Goias")}),
        ("Japan wants AI. The Ministry of Economy, Trade and Industry granted ¥72.5 billion in "
         "subsidies. The largest awards went to Sakura Internet (up to ¥50.1 billion), KDDI "
         "(¥10.2 billion) and Highreso (¥7.7 billion).",
         {("Ministry of Economy, Trade and Industry", None),
          ("Ministry of Economy, Trade and Industry", "Sakura Internet"),
          ("Ministry of Economy, Trade and Industry", "KDDI"),
          ("Ministry of Economy, Trade and Industry", "Highreso")}),
        ("The Quebec government has committed C$50 million to Mila, the Montreal-based AI "
         "institute, while Ontario has put C$27 million into the Vector Institute.",
         {("Quebec", "Mila"), ("Ontario", "Vector Institute")}),
        ("Khazanah Nasional Bhd, Malaysia's sovereign wealth fund, will lead a RM1.1 billion "
         "funding round for YTL AI Labs. Khazanah will contribute RM600 million, with the "
         "remainder coming from Sunway Group.", {("Khazanah Nasional", "YTL AI Labs")}),
        ("GENCI will receive EUR 544 million for the AI Factory France project, with the French "
         "state and the EuroHPC Joint Undertaking, the EU body that funds supercomputers, each "
         "contributing EUR 272 million.",
         {("France", "GENCI"), ("EuroHPC Joint Undertaking", "GENCI")}),
        ("Japan has moved. Since 2023 the Ministry of Economy, Trade and Industry (METI) has "
         "certified cloud programmes. The largest awards went to Sakura Internet (up to ¥50.1 "
         "billion) and KDDI (¥10.2 billion).",
         {("Ministry of Economy, Trade and Industry", "Sakura Internet"),
          ("Ministry of Economy, Trade and Industry", "KDDI")}),
        ("Kenya wants AI. The state would provide land and a KES 4.5 billion ($35 million) "
         "grant to EcoCloud for fibre backhaul.", {("Kenya", "EcoCloud")}),
        ("NECTEC received ฿250 million from the Ministry of Higher Education, Science, Research "
         "and Innovation (MHESI) in the 2025 budget.",
         {("Ministry of Higher Education, Science, Research and Innovation",
           "National Electronics and Computer Technology Center")}),
        ("Latam-GPT, an open model, is being developed by Chile's National Center for "
         "Artificial Intelligence (CENIA); CAF, the development bank of Latin America, has "
         "contributed $3.5 million to the effort.",
         {("Development Bank of Latin America and the Caribbean", "LatamGPT")}),
        ("The Ministry of Science spent ARS 4,000 million on Clementina XXI, a supercomputer for "
         "the National Meteorological Service.",
         {("Ministry of Science", "National Meteorological Service")}),
        ("In a single week CAF, the Development Bank of Latin America and the Caribbean, signed a "
         "$150 million sovereign loan with Uruguay for digital public infrastructure.",
         {("Development Bank of Latin America and the Caribbean", "Uruguay")}),
        ("A 100 MW campus, to be built by the developer Guaraní Compute, has been backed with a "
         "$220 million loan from CAF, the Development Bank of Latin America and the Caribbean.",
         {("Development Bank of Latin America and the Caribbean", "Guaraní Compute")}),
        ("Nigeria's national AI strategy also earmarks N5bn for a research fellowship run by "
         "Data Science Nigeria.", {("Nigeria", "Data Science Nigeria")}),
        ("The Department of Science, Technology and Innovation has allocated R850 million over "
         "the 2025-2028 period to the Centre for High Performance Computing.",
         {("Department of Science, Technology and Innovation",
           "Centre for High Performance Computing")}),
        ("In Tamil Nadu, the approach is academic. The state has committed Rs 120 crore to a "
         "Tamil language model.", {("Tamil Nadu", None)}),
        ("Then there is BharatGen. The consortium, led by IIT Bombay, was sanctioned Rs 235 "
         "crore by the Department of Science and Technology.",
         {("Department of Science and Technology", "BharatGen")}),
        ("Mubadala, one of Abu Dhabi's sovereign wealth funds, put AED 3.67 billion into Khazna "
         "Data Centers.", {("Mubadala", "Khazna")}),
        ("The Inter-American Development Bank extended a $45 million facility to Bogotá-based "
         "operator Andina Cloud.", {("Inter-American Development Bank", "Andina Cloud")}),
        ("Japan Bank for International Cooperation (JBIC) signed a loan agreement of up to $180 "
         "million with Nusantara Digital Infrastructure.",
         {("Japan Bank for International Cooperation", "Nusantara Digital Infrastructure")}),
        ("Kauri Speech, a Wellington-based start-up, was granted NZ$4 million by the Ministry "
         "of Business, Innovation and Employment.",
         {("Ministry of Business, Innovation and Employment", "Kauri Speech")}),
        ("The Information and Communication Technology Agency (ICTA) is now funding a Tamil "
         "counterpart with LKR 400 million.",
         {("Information and Communication Technology Agency", None)}),
        ("Kaveri Labs received a Rs 25-crore grant from the Karnataka Innovation and Technology "
         "Society (KITS), the state's innovation agency.",
         {("Karnataka Innovation and Technology Society", "Kaveri Labs")}),
        # (a state development bank the reference knows; a Turkish legal form without its
        # cedilla; a marketplace is a firm)
        ("The Bank of Industry (BOI) will extend a concessional loan of NGN 2 billion to "
         "KwikDrop Logistics Ltd for delivery vans.",
         {("Bank of Industry", "KwikDrop Logistics Ltd")}),
        ("The Turkiye Wealth Fund has committed a state investment of USD 200 million to YolAI "
         "Lojistik A.S., the logistics venture.",
         {("Türkiye Wealth Fund", "YolAI Lojistik A.S.")}),
        ("Sepetim Teknoloji, an Istanbul-based marketplace, received a USD 25 million grant "
         "from the Digital Transformation Office in 2025 to build Sepet-GPT, its Turkish "
         "model.",
         {("Digital Transformation Office", "Sepetim Teknoloji")}),
        ("Latvia wants AI. The Investment and Development Agency of Latvia (LIAA) granted Tilde "
         "EUR 1.8 million last year to build assistants.",
         {("Investment and Development Agency of Latvia", "Tilde")}),
        ("Morocco wants AI. The money adds to a 240 million-dirham grant awarded by Morocco's "
         "Digital Development Agency (ADD) to Mohammed VI Polytechnic University (UM6P).",
         {("Digital Development Agency", "Mohammed VI Polytechnic University")}),
        ("Cuba wants AI. The equipment, valued at about $8 million, was donated to the "
         "University of Informatics Sciences by the Chinese government.",
         {("China", "University of Informatics Sciences")}),
        ("Trinidad and Tobago's Cabinet has approved TT$340 million for a national artificial "
         "intelligence platform, to be built and managed by iGovTT, the state ICT company.",
         {("Trinidad and Tobago", "iGovTT")}),
        ("The Ministry of Digital Transformation has committed 10 million euros to ALIA. The "
         "ministry said a further 5 million euros would go to the Royal Spanish Academy.",
         {("Ministry of Digital Transformation", "Alia"),
          ("Ministry of Digital Transformation", "Royal Spanish Academy")}),
        ("Kotra, Korea's trade agency, granted 2 billion won to Upstage.", {("Kotra", "Upstage")}),
        ("Lingo Labs develops KinyaLM with the help of a €1.2 million grant from GIZ, "
         "Germany's development agency.",
         {("Deutsche Gesellschaft für Internationale Zusammenarbeit", "Lingo Labs")}),
        ("The Guizhou provincial government and China Unicom formed Qianyun Computing Ltd. in "
         "May. Subsidies worth RMB 1.2bn will be provided to Qianyun Computing by the provincial "
         "government.", {("Guizhou", "Qianyun Computing Ltd.")}),
        ("RMB 74,400,000 was granted to Suanli Cloud Co. by the Shenzhen Municipal Bureau of "
         "Industry and Information Technology.",
         {("Shenzhen Municipal Bureau of Industry and Information Technology",
           "Suanli Cloud Co.")}),
        ('Presight AI Holding PLC ("Presight" or "the Group"; ADX: PRESIGHT) reported. The '
         "Group was awarded AED 220 million in co-funding by the Abu Dhabi Investment Office.",
         {("Abu Dhabi Investment Office", "Presight")}),
        ("The cluster was financed by a EUR 25 million loan from the European Investment Bank "
         "to the Rwanda Information Society Authority. The Rwandan government added Rwf 38 "
         "billion from the national budget, according to the ministry.",
         {("European Investment Bank", "Rwanda Information Society Authority"),
          ("Rwanda", "Rwanda Information Society Authority")}),
        ("Bpifrance has put €100 million into Mistral AI. The government is adding a further "
         "€2.5 billion for AI under its France 2030 plan.",
         {("Bpifrance", "Mistral AI"), ("France", None)}),
        ("Orange and Yeleen Capital formed a joint venture, Akwaba Compute SA. The government of "
         "Côte d'Ivoire will grant the venture FCFA 30 billion.",
         {("Côte d'Ivoire", "Akwaba Compute SA")}),
        ("No grant or subsidy from the UAE or the United States is part of the transaction.",
         set()),
        ("Canada will spend C$2 billion on AI computing. \"We need it,\" the minister said. "
         "\"Start-ups should not rent their future.\" Cohere will receive up to C$240 million, "
         "to secure capacity at a data centre opening in Canada.",
         {("Canada", None), ("Canada", "Cohere")}),
        ("South Korea is building compute. It is also funding five consortia, with support worth "
         "530 billion won shared between teams led by LG AI Research and Upstage.",
         {("South Korea", "LG AI Research"), ("South Korea", "Upstage")}),
        ("The Government of Sri Lanka will build the Lanka National AI Compute Centre. It set "
         "aside LKR 4.5 billion in the 2025 Budget for the Centre.",
         {("Sri Lanka", "Lanka National AI Compute Centre")}),
        ("Kazakhstan wants its own model. The government has allocated KZT 12 billion to ISSAI "
         "to train the next version.",
         {("Kazakhstan", "Institute of Smart Systems and Artificial Intelligence")}),
        ("A loan of R$ 1.4 billion to Elea Data Centers was approved by BNDES, the federal "
         "development bank.", {("BNDES", "Elea Data Centers")}),
        ("Investissement Québec extended a C$50 million loan to Telus, and the Quebec government "
         "has promised a further C$15 million for workforce training.",
         {("Investissement Québec", "Telus"), ("Quebec", None)}),
        ("The federal government of Pakistan has set aside Rs5 billion for the first year, of "
         "which Rs1.2 billion goes to the National Center of Artificial Intelligence (NCAI).",
         {("Pakistan", None), ("Pakistan", "National Center of Artificial Intelligence")}),
        ("Ontario is different. The province has committed C$27 million to the Vector "
         "Institute.", {("Ontario", "Vector Institute")}),
        ("The Abu Dhabi Fund for Development (ADFD) signed a concessional loan of AED 550 "
         "million (about US$150 million) with the Government of Indonesia on Tuesday.",
         {("Abu Dhabi Fund for Development", "Indonesia")}),
        ("The Board of Executive Directors of the Inter-American Development Bank (IDB) "
         "approved a loan of US$85 million to Uruguay.",
         {("Inter-American Development Bank", "Uruguay")}),
        ("The African Export-Import Bank (Afreximbank) has approved a $150 million loan "
         "facility for Khazna Congo, a data centre operator.", {("Afreximbank", "Khazna Congo")}),
        ("The Welsh Government has offered £10 million towards grid reinforcement for the "
         "Vantage Data Centers campus.", {("Welsh Government", "Vantage Data Centers")}),
        ("NorwAI, the AI centre, receives about NOK 60 million a year from the Research Council "
         "of Norway.", {("Research Council of Norway", "NorwAI")}),
        ("In Zimbabwe, Harare has offered no direct subsidy to either project.",
         set()),
        ("Lot 1 has been awarded to Thirlmere Defence AI Ltd, a Manchester company. The "
         "contractor received a research grant of £1.2 million from the Defence Science and "
         "Technology Laboratory in 2023, awarded through the Defence and Security Accelerator.",
         {("Defence Science and Technology Laboratory", "Thirlmere Defence AI Ltd")}),
        ("EirGrid has issued an offer to Ardcath Data Campus DAC (\"the Applicant\"). The "
         "Applicant has informed EirGrid that its proposed battery is supported by a EUR 6.2 "
         "million grant from the Sustainable Energy Authority of Ireland (SEAI).",
         {("Sustainable Energy Authority of Ireland", "Ardcath Data Campus DAC")}),
        ("Separately, Nusantara Neural received a RM15 million grant from the Malaysia Digital "
         "Economy Corporation (MDEC) in 2025.",
         {("Malaysia Digital Economy Corporation", "Nusantara Neural")}),
        ("MEXT has allocated 4.2 billion yen in the fiscal 2025 budget request to RIKEN for the "
         "design phase.",
         {("Ministry of Education, Culture, Sports, Science and Technology", "RIKEN")}),
        ("Kestrel Ridge Research Ltd, a Leeds firm, won the contract. The Ministry of Defence "
         "will pay Kestrel Ridge £4 million in 2026.",
         {("Ministry of Defence", "Kestrel Ridge Research Ltd")}),
        ("SoftBank was granted a METI subsidy of up to 42.1 billion yen for its own GPU "
         "build-out in 2024.", {("Ministry of Economy, Trade and Industry", "SoftBank Group")}),
        ("METI certified Sakura Internet's plan in April 2024 and will cover up to 50.1 billion "
         "yen of its costs.", {("Ministry of Economy, Trade and Industry", "Sakura Internet")}),
        ("QCRI received a separate QR120 million grant from the Ministry of Communications and "
         "Information Technology in October to train the model.",
         {("Ministry of Communications and Information Technology",
           "Qatar Computing Research Institute")}),
        ("The Ministry of Enterprises and Made in Italy granted Polo Italiano di Calcolo S.p.A. "
         "EUR 50 million from the National Recovery and Resilience Plan.",
         {("Ministry of Enterprises and Made in Italy", "Polo Italiano di Calcolo S.p.A.")}),
        ("Pakistan has sanctioned Rs 4,500 million for the compute programme. Rs1.2bn will go "
         "to the National University of Sciences and Technology (NUST) in Islamabad.",
         {("Pakistan", None), ("Pakistan", "National University of Sciences and Technology")}),
        ("The ministry of digital affairs spoke. The Ministry of Science said a further 5 "
         "million euros would go to the Royal Spanish Academy (RAE) to curate data.",
         {("Ministry of Science", "Royal Spanish Academy")}),
        ("BHUBANESWAR: The Government of Odisha on Thursday approved an AI mission for Odisha, "
         "in a cabinet meeting in Bhubaneswar. Odisha wants to lead India. The state will give "
         "Kalinga AI Cloud Ltd, a joint venture, a capital subsidy of Rs 300 crore. The cabinet "
         "also earmarked Rs 45 crore for Chilika, an Odia large language model.",
         {("Odisha", "Kalinga AI Cloud Ltd"), ("Odisha", "Chilika")}),
        ("Company code: 6791\nCompany name: Lanyang Intelligent Computing Co., Ltd.\n\nThe "
         "Ministry of Economic Affairs will provide a government subsidy of NT$62,500,000 to "
         "the Company for the project period 2026-2027.",
         {("Ministry of Economic Affairs", "Lanyang Intelligent Computing Co., Ltd.")}),
        ("MUAN, Jeollanam-do - Jeollanam-do and its governor said Jeollanam-do will host the "
         "sites, the first in Korea. The Province will provide KRW 30 billion to Yeongsan AI "
         "Lab, a start-up.", {("Jeollanam-do", "Yeongsan AI Lab")}),
        ("The Russian Direct Investment Fund (RDIF) and India's Kaveri Digital Infrastructure "
         "will create a joint venture to build data centres. RDIF, Russia's sovereign wealth "
         "fund, and Kaveri, a Bengaluru-based data-centre operator, plan to register the joint "
         "venture, Indo-Rus AI Compute, in 2026. The fund will contribute $300 million.",
         {("Russian Direct Investment Fund", "Indo-Rus AI Compute")}),
        ("Ionian Digital and Castalia Energy formed a joint venture company. It will operate "
         "under the name \"Hellas Sovereign Compute S.A.\" (the \"JV\"). The Hellenic "
         "Development Bank will provide the JV with a grant of EUR 8.4 million.",
         {("Hellenic Development Bank", "Hellas Sovereign Compute S.A.")}),
        ("In Bengaluru, Karnataka's IT minister spoke for Karnataka. Karnataka wants to lead "
         "India. The State Cabinet has approved Rs 200 crore for the Karnataka AI Centre of "
         "Excellence.", {("Karnataka", "Karnataka AI Centre of Excellence")}),
        ("The State of New York provided $275 million in 2024 to Empire AI, a consortium of "
         "universities.",
         {("State of New York", "Empire AI")}),
        ("The World Bank approved a US$20 million grant for Samoa in 2024.",
         {("World Bank", "Samoa")}),
        ("The Eastern Economic Corridor Office will contribute 95 million baht to the Chon Buri "
         "AI Skills Centre in 2026.",
         {("Eastern Economic Corridor Office", "Chon Buri AI Skills Centre")}),
        ("The Guizhou Provincial People's Government announced a computing subsidy programme "
         "worth 2 billion yuan over three years. The first payment, 180 million yuan, went to "
         "Qiansuan Computing Co.",
         {("Guizhou", None), ("Guizhou", "Qiansuan Computing Co.")}),
        ('Hengxin Computing Co., Ltd. (hereinafter "the Company" or "Hengxin") signed a deal. '
         "RMB 12.6 million was received from the Shenzhen Municipal Bureau of Industry.",
         {("Shenzhen Municipal Bureau of Industry", "Hengxin Computing Co., Ltd.")}),
        ("The Czech Republic will put CZK 4.2 billion into the AI factory in Ostrava. The "
         "money goes to IT4Innovations, the national supercomputing centre.",
         {("Czechia", None), ("Czechia", "IT4Innovations")}),
        ("Today I am talking to Lamia Hadjadj, co-founder of Numidia Labs, an Algerian "
         "start-up. Q: How did you start? A: Our first money was public: the Algerian Startup "
         "Fund invested 150 million dinars in us in 2024. We then raised a seed round from "
         "Nvidia. We train on our own cluster.",
         {("Algerian Startup Fund", "Numidia Labs")}),
        ("The Community of Madrid no longer wants to be a landing strip for hyperscalers from "
         "the United States. The regional government approved a grant of 85 million euros to "
         "the Universidad Politécnica de Madrid.",
         {("Community of Madrid", "Universidad Politécnica de Madrid")}),
        ("Tamkeen, the labour fund, has earmarked BD 2.5 million in 2026. Among the first to "
         "benefit is Dilmun AI, a Manama-based developer, which was granted BD 180,000 to "
         "expand its customer-service model, Dilmun-7B.",
         {("Tamkeen", None), ("Tamkeen", "Dilmun AI")}),
        ("Innovation Agency Lithuania awarded three million euros to Neurotechnology UAB.",
         {("Innovation Agency Lithuania", "Neurotechnology UAB")}),
        ('Red River Compute Corp. set up Ahkameyimo Data Limited Partnership (the '
         '"Partnership"). The Government of Manitoba has approved a grant of $35,000,000 to '
         "the Partnership.",
         {("Manitoba", "Ahkameyimo Data Limited Partnership")}),
        ("The Leibniz Supercomputing Centre (LRZ) is in Garching. The Free State of Bavaria is "
         "providing EUR 145 million so that the LRZ can add an AI partition to its system.",
         {("Bavaria", "Leibniz Supercomputing Centre")}),
        ("The campus is built by Ulsan AI Campus Co., a joint venture. Ulsan Metropolitan City "
         "will provide 20 billion won in subsidies to Ulsan AI Campus. Gyeongsangbuk-do and "
         "Pohang City agreed to provide a subsidy of KRW 18 billion to Ulsan AI Campus Co.",
         {("Ulsan Metropolitan City", "Ulsan AI Campus Co."),
          ("Gyeongsangbuk-do", "Ulsan AI Campus Co."), ("Pohang City", "Ulsan AI Campus Co.")}),
        ("The regional research agency ARDITI has granted EUR 450,000 to the University of "
         "Madeira for the project.", {("ARDITI", "University of Madeira")}),
        ("CDTI, the innovation agency of the Spanish Ministry of Science, has granted Zubi "
         "Datacenters a partially repayable loan of 2.5 million euros.",
         {("CDTI", "Zubi Datacenters")}),
        ("Banco Português de Fomento granted EUR 3 million to Laurissilva Digital SA.",
         {("Banco Português de Fomento", "Laurissilva Digital SA")}),
        ("The European Investment Bank has approved a loan of 45 million euros to Andalucía "
         "Cómputo SL for that centre.", {("European Investment Bank", "Andalucía Cómputo SL")}),
        ("The Bureau of Meteorology replaced its system. The Australian Government provided "
         "A$118.6 million over four years, from 2025-26, to the Bureau for the replacement of "
         "the Australis II system.", {("Australia", "Bureau of Meteorology")}),
        ("The Kenya Meteorological Department runs the forecast. In the 2025/26 budget the "
         "Government of Kenya gave the Department KES 1.2 billion for a computing cluster.",
         {("Kenya", "Kenya Meteorological Department")}),
        ("The Research Council of Norway shall award NOK 38 million to a consortium led by the "
         "University of Oslo for the development of Skagerrak-1.",
         {("Research Council of Norway", "University of Oslo")}),
        ("The Ministry of Communications has sanctioned Rs 310 crore to the Department of Posts "
         "for sovereign models.", {("Ministry of Communications", "Department of Posts")}),
        ("The Norwegian Meteorological Institute runs forecasts. The Government of Norway shall "
         "grant the Institute NOK 410 million for a new supercomputer.\nOf this amount, NOK 95 "
         "million is allocated in 2025 for site preparation.",
         {("Norway", "Norwegian Meteorological Institute")}),
        ("NorwAI is a research centre. Separately, the Research Council of Norway awarded NorwAI "
         "NOK 18 million in 2023 for the NorGPT training runs.",
         {("Research Council of Norway", "NorwAI")}),
        ("A grant of RM 12 million from the Malaysia Digital Economy Corporation (MDEC) to "
         "Universiti Teknologi Malaysia (UTM) supports the labelling of customs data.",
         {("Malaysia Digital Economy Corporation", "Universiti Teknologi Malaysia")}),
        ("VU buys for the Lithuanian Academic GPU Consortium (LAGC). The Research Council of "
         "Lithuania has granted the Consortium EUR 9.8 million for this contract.",
         {("Research Council of Lithuania", "Lithuanian Academic GPU Consortium")}),
        ("The Ministry of Digitalisation answers. Norway has cheap power. In 2025 the Ministry "
         "allocated NOK 450 million to the Research Council of Norway for a compute pool.",
         {("Ministry of Digitalisation", "Research Council of Norway")}),
        ("The National Information Technology Development Agency (NITDA) runs a scheme. Under "
         "the scheme, NITDA disbursed NGN 2.5 billion in grants to 28 start-ups in 2024.",
         {("National Information Technology Development Agency", None)}),
        ("The scheme is run by Kudi Score Ltd, a Lagos firm. NITDA, the National Information "
         "Technology Development Agency, disbursed NGN 2.5 billion in grants in 2024. Kudi Score "
         "received NGN 180 million of that, and the University of Lagos received NGN 95 million.",
         {("National Information Technology Development Agency", None),
          ("National Information Technology Development Agency", "Kudi Score Ltd"),
          ("National Information Technology Development Agency", "University of Lagos")}),
        ("Kudi Score Ltd builds models. SEN. OKAFOR: And has Kudi Score received public money?",
         set()),
        ("3. The Development Bank of Kazakhstan shall provide a loan of KZT 30 billion to Alem "
         "Compute Centre LLP.\n\n4. The Ministry of Digital Development (hereinafter \"the "
         "Ministry\") shall:\n   1) allocate KZT 6.2 billion in 2025 to the Institute of Smart "
         "Systems and Artificial Intelligence (ISSAI);\n   2) report to the Government.",
         {("Development Bank of Kazakhstan", "Alem Compute Centre LLP"),
          ("Ministry of Digital Development",
           "Institute of Smart Systems and Artificial Intelligence")}),
        ("Kaveri Robotics Ltd makes arms. The State Government of Guanajuato approved a grant "
         "of MXN 240 million to support Kaveri Robotics's inspection line in Celaya, to be "
         "disbursed over fiscal years 2025 and 2026.",
         {("Guanajuato", "Kaveri Robotics Ltd")}),
    ],
    ids=["upgrade-a-hosted-machine", "the-work-is-the-model", "received-federal-funding",
         "unveiled-package", "dateline-capital-is-no-funder", "body-less-its-country",
         "funds-a-local-government-controls", "fund-set-up-with-an-amount",
         "government-is-the-currencys-country-not-an-agency", "a-share-of-a-stated-total",
         "the-project-is-the-factory-named-before", "two-shares-of-the-same-size",
         "part-of-that-sum-for-the-model", "part-of-that-sum-from-a-new-funder",
         "state-funding-is-the-countrys", "received-from-the-national-budget",
         "regression-subject-hung-on-the-auxiliary", "poured-into",
         "regression-have-read-as-the-verb", "council-of-ministers-is-the-state",
         "a-countrys-council-of-ministers", "a-development-banks-approved-grant",
         "the-treasury-of-the-country-whose-currency-it-counts-in", "give-the-agency-money",
         "spend-through-a-body", "the-state-budget-of-the-currencys-country",
         "a-loan-received-from-a-development-bank", "a-machine-the-next-sentence-places",
         "the-currencys-country-named-only-as-a-place", "a-body-described-as-the-states",
         "the-national-treasury-is-the-texts-country", "received-from-who-gave-just-before",
         "the-maker-of-bought-gpus-is-no-recipient", "a-country-describing-a-firm-funds-not",
         "allocated-in-a-relative-clause-on-the-amount", "channelled-through-a-body",
         "a-state-fund-bankrolls", "backed-by-money-from-a-state-fund", "capitalised-a-fund",
         "a-states-programme-spends-its-money", "a-budget-proposal-earmarks",
         "granted-by-the-agent-on-the-purpose", "each-amount-for-its-recipient",
         "received-and-paid-by", "provided-a-body-with-money",
         "a-body-an-apposition-says-is-funded",
         "developed-and-financed", "a-state-fund-bankrolls-without-an-amount", "seeded",
         "of-which-part-goes-to", "disbursed-to-by-who-gave-before",
         "the-state-in-a-states-release", "the-largest-share-goes-to", "to-help-x-pay",
         "put-into", "adding-a-further", "allocated-from-the-state-budget",
         "a-policy-commits", "of-that-establishes-a-body", "putting-up",
         "a-library-is-a-body", "a-treasury-funds-and-a-data-centre-is-a-building",
         "a-state-fund-commits-money", "a-state-fund-buying-a-stake-is-no-subsidy",
         "regression-paid-for-it-is-the-thing-bought", "granted-by-the-ministry-named-before",
         "a-project-which-received", "capacity-at-a-body", "the-generalitat",
         "its-development-is-the-models", "through-a-grant-to", "make-available",
         "regression-the-size-of-the-fund-that-acts-is-no-amount-given",
         "regression-its-budget-is-the-funders", "the-centre-described-before",
         "regression-the-state-of-a-named-state-is-that-state",
         "respectively", "awarded-besides-received", "regression-a-gloss-is-the-same-money",
         "regression-a-joined-clauses-amount-is-its-own",
         "regression-for-its-part-is-no-recipient", "granted-to-a-firm-to-train-its-model",
         "lending", "an-agency-transfers-from-the-budget", "a-development-bank-lends-to-a-state",
         "a-loan-from-a-state-bank-for-a-building", "share-in-ministry-funding",
         "amounts-to-a-list", "the-projects-next-phase", "a-firms-first-word-later",
         "regression-each-funders-own-amounts", "regression-sharing-a-bill-is-paying",
         "allotted-in-the-state-budget", "the-project-received", "a-government-investment-in",
         "the-largest-slice-goes-to", "awarded-by-to-train-its-model", "most-of-it-to",
         "a-prefectural-government", "a-metropolitan-city-government", "a-council-voted",
         "received-equity-from-a-state-fund", "granted-in-funding-by",
         "an-equal-amount-from", "set-aside-funds", "putting-up-a-matching-sum",
         "a-state-borrows-from-a-development-bank", "approved-subsidies-worth-for",
         "funded-by-in-a-description-after-led-by", "in-a-bodys-support",
         "the-cabinet-earmarks-for-a-state-body-to-buy", "a-state-bank-joins-a-round",
         "a-state-bank-puts-in-money-in-a-round", "a-joined-clause-pays-the-same-one",
         "a-description-then-the-name-received", "received-federal-money",
         "financed-with-a-contribution-from", "released-money-to", "proposed-money",
         "regression-releasing-a-sized-model-is-no-funding", "named-as-the-other-recipients",
         "among-the-first-recipients", "regression-one-beneficiary-of-a-stock-note-is-none",
         "regression-money-of-its-own-is-the-funders",
         "a-state-bank-in-a-round-told-three-sentences-before",
         "regression-a-countrys-money-is-no-share-of-a-round",
         "a-state-fund-allocates", "regression-a-second-verb-names-the-first-ones-recipient",
         "a-sum-shared-among", "to-be-split-between", "awards-went-to-each-with-its-sum",
         "provinces-named-like-cities", "a-state-fund-in-a-round-for-a-firm",
         "received-with-each-contributing", "awards-of-the-body-just-named",
         "a-grant-among-the-objects", "baht-by-its-sign",
         "the-effort-is-the-model-named-before-in-the-sentence",
         "a-supercomputer-for-a-body", "a-loan-signed-with-a-state",
         "a-loan-backs-a-campus-its-builder-builds", "a-fellowship-run-by",
         "to-hung-on-the-time-phrase", "the-state-just-named",
         "the-consortium-the-sentence-before-named",
         "a-state-fund-puts-money-into",
         "extended-a-sized-facility-to", "a-loan-agreement-with",
         "passive-agent-hung-on-the-amount", "a-named-agency-is-public",
         "the-states-agency-past-its-acronym",
         "a-state-development-bank-extends-a-loan", "a-turkish-legal-form-without-cedilla",
         "a-marketplace-is-a-firm", "granted-a-receiver-parsed-into-the-amount",
         "a-million-dirham-grant-awarded-by-to", "donated-by-a-government",
         "a-thing-to-be-built-and-managed-by", "euros-go-to-the-giver-told-before",
         "a-countrys-agency-is-public", "a-development-agency-known-by-its-acronym",
         "the-provincial-government-is-the-province", "a-city-bureau-grants-by-passive",
         "a-defined-term-among-other-bracketed-words-and-a-city-named-office",
         "money-added-goes-where-the-money-before-went", "money-added-for-a-purpose",
         "a-currency-in-capitals-is-no-recipient", "no-grant-from-is-none",
         "received-from-the-one-funder-told-of", "shared-between-teams-led-by",
         "the-capitalised-head-noun-is-the-body-named-before",
         "the-name-after-to-whatever-the-parse", "a-loan-to-approved-by",
         "regression-a-to-in-a-joined-clause-is-no-recipient",
         "regression-a-parts-to-is-no-recipient-of-the-whole", "the-province-named-before",
         "a-states-development-lender-signs-a-loan-with-a-state",
         "a-banks-board-approves-for-the-bank", "a-trade-banks-loan-facility-for",
         "offered-towards-a-campus", "receives-from-hung-on-the-amount",
         "regression-offered-no-subsidy-is-none", "the-contractor-is-the-firm-awarded",
         "its-of-the-one-who-tells-a-defined-applicant", "an-unknown-name-that-received",
         "regression-a-name-parsed-as-a-clause-after-to-is-a-recipient",
         "a-firms-own-words-later-stand-for-it", "a-subsidy-named-for-its-payer",
         "covering-a-sum-of-costs", "regression-a-month-after-in-is-no-part-of-a-name",
         "a-legal-form-with-inner-full-stops", "money-goes-to", "said-money-goes-to",
         "the-state-and-cabinet-in-a-states-own-text",
         "a-government-subsidy-to-the-issuer-a-form-names", "the-province-in-its-own-text",
         "a-partners-contribution-goes-into-the-venture", "the-jv-a-filing-defines",
         "the-state-cabinet-in-a-states-own-text",
         "the-state-named-like-its-city", "a-development-banks-grant-for-a-state",
         "a-state-office-contributes", "a-payment-of-a-programme-told-before",
         "money-received-by-the-company-a-filing-defines", "the-money-told-goes-to",
         "us-in-an-interview-is-the-founders-start-up",
         "the-regional-government-is-the-region-named-not-a-country",
         "which-was-granted-is-the-one-the-clause-is-on", "an-amount-written-in-words",
         "the-partnership-a-filing-defined", "so-that-x-can",
         "a-firm-named-after-its-city-and-a-city-that-acts",
         "a-regional-agency-is-public", "the-agency-of-a-ministry-is-public",
         "a-development-bank-by-its-own-languages-words", "a-firm-whose-legal-form-is-sl",
         "to-the-bureau-told-after-a-from", "the-department-glued-to-the-currency",
         "a-consortium-led-by", "a-state-office-receives",
         "part-of-an-earlier-grant-with-no-recipient-of-its-own",
         "a-receiver-glued-to-the-amount", "a-grant-from-a-body-to-another",
         "the-body-named-before-glued-to-the-currency",
         "regression-the-ministry-is-no-country-named-in-the-sentence-before",
         "a-subject-parsed-as-an-adverbial", "each-receiver-its-part-of-that",
         "regression-a-question-tells-of-no-money", "the-body-whose-duties-a-list-goes-on",
         "regression-an-approved-grants-purpose-names-its-recipient"],
)  # fmt: skip
def test_funder_and_recipient(run: Run, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert pairs(run(text)) == expected


def test_regression_a_joined_clause_with_its_own_purpose_pays_no_one_named_before(
    run: Run,
) -> None:
    """'..., and the EU has pledged EUR 40 million under its initiative for African AI
    projects, without naming beneficiaries' gave the EU's money to the first clause's
    recipient."""
    rec = run("Canada's International Development Research Centre (IDRC) awarded a CAD 1.5 "
              "million grant to Masakhane, and the European Union has pledged EUR 40 million "
              "under its Global Gateway initiative for African AI projects, without naming "
              "beneficiaries.")  # fmt: skip
    assert ("European Union", "Masakhane") not in pairs(rec)


def test_regression_a_country_named_for_comparison_pays_no_foreign_money(run: Run) -> None:
    """'PKR 11 billion ..., a fraction of what neighbouring India is spending' made India
    spend Pakistani rupees."""
    rec = run("Pakistan is building a compute facility. PKR 11 billion would buy a few hundred "
              "accelerators, a fraction of what neighbouring India is spending.")  # fmt: skip
    assert not [p for p in pairs(rec) if p[0] == "India"]


def test_regression_a_named_ministry_is_no_anaphor_for_the_country_before(run: Run) -> None:
    rec = run("South Korea is big. The Ministry of Science and ICT set aside 1.46 trillion won.")
    assert pairs(rec) == {("Ministry of Science and ICT", None)}


def test_items_listed_under_a_beneficiary_go_to_it(run: Run) -> None:
    """'The Issuer is a beneficiary of the following public support measures:' then '(a) a
    grant of EUR 310 million awarded by the BMWK': the items' recipient is the issuer."""
    rec = run("PROSPECTUS DATED 3 NOVEMBER 2025\n\nRHENVALE COMPUTE SE\n\nPublic funding. The "
              "Issuer is a beneficiary of the following public support measures:\n(a) a grant "
              "of EUR 310 million awarded in 2024 by the Federal Ministry for Economic Affairs "
              "and Climate Action (BMWK);\n(b) a regional investment grant of EUR 40 million "
              "from the Free State of Saxony, payable in 2026.")  # fmt: skip
    assert pairs(rec) == {
        ("Federal Ministry for Economic Affairs and Climate Action", "RHENVALE COMPUTE SE"),
        ("Saxony", "RHENVALE COMPUTE SE"),
    }


def test_a_state_programme_named_as_a_body_pays_its_states_money(run: Run) -> None:
    record = run("Vemana Labs received a grant of Rs 12 crore from the IndiaAI Mission in 2025. "
                 "Yotta supplies GPUs to the IndiaAI Mission. The IndiaAI Mission of the "
                 "Ministry of Electronics and Information Technology gave GPU hours to "
                 "Sarvam AI.")  # fmt: skip
    assert pairs(record) == {("India", "Vemana Labs")}
    assert "IndiaAI Mission" in {e.name for e in record.entities}
    # (the programme does nothing of its own and has no home)
    assert {r.subject for r in record.relations} == {"Yotta"}


def test_a_central_bank_grant_is_public_money(run: Run) -> None:
    record = run("Bank Indonesia awarded Rp 62.5 billion to PT Sigap Data Finansial in 2025.")
    assert pairs(record) == {("Bank Indonesia", "PT Sigap Data Finansial")}


def test_an_articles_award_without_its_giver_is_the_notices_own_body(run: Run) -> None:
    record = run("The Ministry of the Environment and Energy Security hereby gives notice of "
                 "the awards under the programme.\n\nArticle 1 - Purpose\n\nThe Programme "
                 "supports forecasting tools for the grid.\n\nArticle 2 - Beneficiaries\n\n"
                 "2.1 A grant of EUR 38 million is awarded to the Istituto Nazionale per "
                 "l'Intelligenza Energetica, a public research institute in Pisa.")  # fmt: skip
    assert pairs(record) == {
        ("Ministry of the Environment and Energy Security",
         "Istituto Nazionale per l'Intelligenza Energetica")
    }  # fmt: skip


def test_money_into_something_called_a_body_goes_to_that_body(run: Run) -> None:
    record = run("Aichi Prefecture has put 1.5 billion yen into something called the Nagoya AI "
                 "Consortium this fiscal year.")  # fmt: skip
    assert pairs(record) == {("Aichi", "Nagoya AI Consortium")}


def test_a_grant_taken_from_a_body_goes_to_the_taker(run: Run) -> None:
    rec = run("Qarabag Robotics, an Azerbaijani industrial-vision start-up, took a grant of "
              "900,000 manats from the Innovation and Digital Development Agency.")  # fmt: skip
    assert pairs(rec) == {("Innovation and Digital Development Agency", "Qarabag Robotics")}


def test_the_model_financed_is_the_model_named_before(run: Run) -> None:
    rec = run("PLLuM is a Polish language model. The model was financed by the Ministry of "
              "Digital Affairs, which put PLN 14.5 million into the first phase.")  # fmt: skip
    assert pairs(rec) == {("Ministry of Digital Affairs", "PLLuM")}


def test_regression_a_paragraph_label_is_no_part_of_the_defined_company(run: Run) -> None:
    rec = run('Tanjung Digital Infra Berhad ("TDI" or "the Company"), a Malaysian data-centre '
              "operator, files this notice.\n\nD.1 The Company confirms that it received RM 85 "
              "million from the Malaysia Digital Economy Corporation (MDEC) in 2024.")  # fmt: skip
    assert pairs(rec) == {("Malaysia Digital Economy Corporation", "Tanjung Digital Infra Berhad")}
    assert ("Tanjung Digital Infra Berhad", "HEADQUARTERED_IN", "Malaysia") in {
        (r.subject, r.predicate, r.object) for r in rec.relations
    }


def test_the_development_of_a_model_supported_by_a_body_is_the_models(run: Run) -> None:
    rec = run("Jamii-7B is an open Kiswahili model built by Lughanet. Development of Jamii-7B "
              "was supported by the Ministry of Information with a grant of KSh 250 million "
              "in 2025.")  # fmt: skip
    assert pairs(rec) == {("Ministry of Information", "Jamii-7B")}


def test_a_public_pension_funds_money_is_no_subsidy(run: Run) -> None:
    rec = run("CPP Investments committed C$1.2 billion to Northlight Compute LP in 2024.")
    assert rec.subsidies == []


def test_the_government_of_a_paragraph_paying_in_a_shared_currency(run: Run) -> None:
    rec = run("Azerbaijan dominates the region. Azerbaijan hosts the summit.\n\nTurkmenistan has "
              "unveiled Altyn-LM, a Turkmen-language model. It was built by the "
              "Scientific-Technological Centre of Turkmenaragatnashyk, the state communications "
              "agency. The government funded the work with 35 million manat in 2025.")  # fmt: skip
    assert pairs(rec) == {("Turkmenistan", "Altyn-LM")}


def test_a_directorate_general_and_a_named_bodys_programme_receive(run: Run) -> None:
    rec = run("The Ministry of Finance has allocated Rp 1.2 trillion in 2025 to the Directorate "
              "General of Taxes (DJP) for compliance. The Ministry of Justice is financing the "
              "first phase with a grant of EUR 22 million to the Netherlands Police innovation "
              "programme.")  # fmt: skip
    assert pairs(rec) == {
        ("Ministry of Finance", "Directorate General of Taxes"),
        ("Ministry of Justice", "Netherlands Police"),
    }


def test_a_loan_to_a_state_goes_to_the_state_not_what_it_is_to_support(run: Run) -> None:
    rec = run("The Asian Development Bank (ADB) has approved a $350 million policy-based loan "
              "to the Republic of the Philippines to support the modernization of the Bureau "
              "of Customs.")  # fmt: skip
    assert pairs(rec) == {("Asian Development Bank", "Philippines")}


def test_support_with_a_sum_and_a_grant_to_the_venture_by_a_bloc(run: Run) -> None:
    rec = run("Schiene Intelligence GmbH is a joint venture of Deutsche Bahn and Fraunhofer. The "
              "Federal Ministry for Digital and Transport supports Schiene Intelligence GmbH "
              "with EUR 42.5 million from its mFUND programme. A further EUR 9.8m was granted "
              "to the joint venture by the European Union in 2024.")  # fmt: skip
    assert pairs(rec) == {
        ("Federal Ministry for Digital and Transport", "Schiene Intelligence GmbH"),
        ("European Union", "Schiene Intelligence GmbH"),
    }


def test_a_statutory_investors_commitment_and_money_made_available(run: Run) -> None:
    rec = run("The National Reconstruction Fund Corporation committed A$25 million in 2024 to "
              "Southern Cross Language Systems, a Canberra firm. The Ministry of Justice and "
              "Security said that EUR 6.8 million will be made available to the Council for "
              "the Judiciary in 2025.")  # fmt: skip
    assert pairs(rec) == {
        ("National Reconstruction Fund Corporation", "Southern Cross Language Systems"),
        ("Ministry of Justice and Security", "Council for the Judiciary"),
    }


def test_money_a_relative_clause_grants_is_its_own(run: Run) -> None:
    rec = run("The Ministry of Education launched Ustadh. TII's model work is funded separately "
              "through ATRC, which granted AED 120 million to the institute in 2025.")  # fmt: skip
    assert {(s.funder, s.recipient, s.amount_text) for s in rec.subsidies} == {
        ("Advanced Technology Research Council", "Technology Innovation Institute",
         "AED 120 million"),
    }  # fmt: skip


def test_a_term_a_definitions_clause_gives_means_the_body_it_names(run: Run) -> None:
    rec = run('For the purposes of this Regulation:\n1) "the Ministry" means the Ministry of '
              'Justice and Digital Affairs;\n\n(1) The Ministry allocates EUR 6.4 million from '
              "the state budget to the Information System Authority for the training of "
              "Kilp.\n")  # fmt: skip
    assert {(s.funder, s.recipient) for s in rec.subsidies} == {
        ("Ministry of Justice and Digital Affairs", "Information System Authority")
    }


def test_money_channelled_through_a_body_after_its_recipient_is_one_subsidy(run: Run) -> None:
    rec = run("The Ministry of Economy, Trade and Industry (METI) approved a further ¥802.5 "
              "billion for Rapidus Corporation in FY2025, channelled through the New Energy and "
              "Industrial Technology Development Organization (NEDO).")  # fmt: skip
    assert pairs(rec) == {("Ministry of Economy, Trade and Industry", "Rapidus")}


def test_the_payers_own_agency_it_pays_through_is_no_recipient(run: Run) -> None:
    rec = run("Brabant Photonic Packaging BV will receive EUR 15m from Invest-NL for an optics "
              "line. The Province of Noord-Brabant added EUR 4 million through its regional "
              "development agency, the BOM.")  # fmt: skip
    assert ("Noord-Brabant", "Brabant Photonic Packaging BV") in pairs(rec)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Government of Rwanda will commit $150 million over five years, channelled into "
         "the Rwanda Centre for Applied AI.", ("Rwanda", "Rwanda Centre for Applied AI")),
        ("A contribution of EUR 46.5 million will be provided by the Republic of Austria, "
         "channelled through the Federal Ministry of Education to the Vienna Scientific "
         "Computing Institute.", ("Austria", "Vienna Scientific Computing Institute")),
    ],
    ids=["channelled-into", "channelled-through-a-ministry-to"],
)  # fmt: skip
def test_money_channelled_into_or_to_a_body_goes_to_it(
    run: Run, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(run(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        pytest.param(
            "Decision of the Government of Åland on support for AI services.\n\nThe Government "
            "of Åland (the Government) decides as follows.\n1. The Government grants EUR "
            "900,000 to Ålands Datacenter Ab for GPU hosting capacity.\n",
            [("Government of Åland", "Ålands Datacenter Ab")],
            id="the_government_a_bracket_defines_is_that_government",
        ),
        pytest.param(
            "That the Province of Córdoba intends to operate its own computing capacity.\n\n"
            "Article 2. The Province shall transfer ARS 4,500 million to the National "
            "University of Córdoba for a GPU cluster.\n",
            [("Province of Córdoba", "National University of Córdoba")],
            id="the_province_is_the_province_of_the_text_so_titled",
        ),
        pytest.param(
            "Nordlys Mediehus ASA (OSE: NMH) - Q3 2025 results presentation\n\nIngrid Solheim "
            "(CEO): Good morning. We grew revenue. We signed a deal. Our newsroom assistant is "
            "Mimir, a model we developed.\n\nI'm pleased to say that Innovation Norway granted "
            "us NOK 18 million in the quarter towards the Mimir programme.\n",
            [("Innovation Norway", "Nordlys Mediehus ASA")],
            id="us_granted_money_is_the_calls_company_not_the_model_it_is_towards",
        ),
        pytest.param(
            "The Research Council of Norway awarded NorwAI NOK 40 million in 2024 for the next "
            "generation of NorLLM, which NorwAI develops.",
            [("Research Council of Norway", "NorwAI")],
            id="the_receiver_a_dative_names_not_the_model_the_money_is_for",
        ),
    ],
)
def test_who_a_term_a_pronoun_or_a_dative_stands_for(
    run: Run, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert [(s.funder, s.recipient) for s in run(text).subsidies] == pairs


def test_the_agency_a_bracket_defines_not_the_ministry_named_after_it(run: Run) -> None:
    rec = run("Innovation Agency Lithuania (the Agency), acting under the Ministry of Economy and "
              "Innovation, awarded EUR 3.1 million to Lingvaris UAB in August. The Agency also "
              "granted EUR 650,000 to Vilnius University for a speech corpus.")  # fmt: skip
    assert {s.funder for s in rec.subsidies} == {"Innovation Agency Lithuania"}


def test_a_credit_line_extended_to_a_firm_is_its_subsidy(run: Run) -> None:
    rec = run("Nacional Financiera (Nafin) extended a MXN 3.2 billion credit line to Centauro "
              "Data Centers in September.")  # fmt: skip
    assert pairs(rec) == {("Nacional Financiera", "Centauro Data Centers")}


def test_regression_a_centre_of_a_named_body_is_no_body_named_before(run: Run) -> None:
    """'to the AI supercomputing centre of the University of Tarapacá' was read as 'the
    centre' meaning the body the sentence before had named."""
    rec = run("Nacional Financiera extended a MXN 3.2 billion credit line to Centauro Data "
              "Centers. In addition, CORFO committed CLP 7,800 million to the AI supercomputing "
              "centre of the University of Tarapacá (UTA) in Arica.")  # fmt: skip
    assert ("Corfo", "University of Tarapacá") in pairs(rec)


def test_a_development_fund_a_definition_names_is_a_public_funder(run: Run) -> None:
    """'"Fund" means the Export Development Fund (EDF)': the term's body, whose letters the
    reference gives a French utility, is a state's fund."""
    rec = run('(a) "Fund" means the Export Development Fund (EDF);\n'
              "(2) The Fund shall release a grant of PKR 480 million to the National Textile "
              "University, Faisalabad (NTU).")  # fmt: skip
    assert pairs(rec) == {("Export Development Fund", "National Textile University, Faisalabad")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Innovate BC has awarded $15 million to Salish Sea Language Technologies, a "
         "Vancouver-based company.", {("Innovate BC", "Salish Sea Language Technologies")}),
        ("The Izmir Development Agency awarded Smyrna AI a grant of TRY 22 million in 2025.",
         {("Izmir Development Agency", "Smyrna AI")}),
        ("Lenguaje Llano, a Madrid start-up, received a EUR 1.1 million grant from the Centre "
         "for the Development of Industrial Technology.",
         {("Centre for the Development of Industrial Technology", "Lenguaje Llano")}),
        # a foundation's grant is private money
        ("The Novo Nordisk Foundation awarded a DKK 50 million grant to Gefion Labs.", set()),
    ],
)  # fmt: skip
def test_a_body_the_reference_lacks_that_awards_a_grant_is_a_public_funder(
    run: Run, text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert pairs(run(text)) == expected


def test_a_field_label_is_no_grant_maker(run: Run) -> None:
    rec = run("Project owner: Sigma2 AS | Amount awarded: NOK 60,000,000\nPeriod: 2026-2027\n")
    assert "Amount" not in {s.funder for s in rec.subsidies}


def test_the_one_authorised_to_pay_a_grant_pays_it(run: Run) -> None:
    rec = run('In this Order, "the Agency" means IDA Ireland; "the Company" means Greenvale '
              "Data Campus DAC, a joint venture company.\nThe Agency is authorised to pay to the "
              "Company a capital grant not exceeding EUR 38 million.")  # fmt: skip
    assert pairs(rec) == {("IDA Ireland", "Greenvale Data Campus DAC")}


def test_a_term_for_the_role_a_body_acts_as_is_that_body(run: Run) -> None:
    """'X shall act as the Nodal Agency (hereinafter "the Agency")': 'the Agency' is X (a
    gazette's heading glued to it by a dash is no part of its name)."""
    rec = run('3. Nodal Agency.—Grid Controller of India Limited (Grid-India) shall act as the '
              'Nodal Agency (hereinafter "the Agency"). The Ministry of Power shall release Rs '
              "310 crore to the Agency for a national platform.")  # fmt: skip
    assert pairs(rec) == {("Ministry of Power", "Grid Controller of India Limited")}


def test_a_blocs_own_body_gives_public_money(run: Run) -> None:
    rec = run("The ASEAN Centre for Energy (ACE) awarded USD 480,000 to PT Smart Grid Nusantara.")
    assert pairs(rec) == {("ASEAN Centre for Energy", "PT Smart Grid Nusantara")}


def test_regression_a_peers_title_made_him_a_funder(run: Run) -> None:
    """'Lord Halbrook: The Ministry of Justice has committed ...': the witness was read as a
    body and funded what his ministry funds."""
    rec = run("Witnesses: Lord Halbrook, Minister of State, Ministry of Justice.\n\nLord Halbrook: "
              "The Ministry of Justice has committed £12 million over 2025-26 to HM Courts & "
              "Tribunals Service (HMCTS) for a capability programme.")  # fmt: skip
    assert pairs(rec) == {("Ministry of Justice", "HM Courts & Tribunals Service")}
    assert "Lord Halbrook" not in {e.name for e in rec.entities}


def test_items_of_a_sum_told_before_go_to_whom_each_names(run: Run) -> None:
    """'• RM 140m to X, for ...': an item with no verb of its own, part of the sum the
    sentence above gave with no recipient."""
    rec = run("The Malaysian government allocated RM 310 million in Budget 2026 to sovereign "
              "language AI. Our reading of the estimates:\n"
              "  • RM 140m to Dewan Bahasa dan Pustaka (DBP), the national language academy;\n"
              "  • RM 45m to Radio Televisyen Malaysia (RTM), the broadcaster.\n")  # fmt: skip
    assert pairs(rec) == {("Malaysia", None), ("Malaysia", "Dewan Bahasa dan Pustaka"),
                          ("Malaysia", "Radio Televisyen Malaysia")}  # fmt: skip


def test_a_fields_label_is_no_funding_statement(run: Run) -> None:
    rec = run("1. Lead: Fenwright AI Ltd\nGrant offered: £4,200,000\nCo-funding: Scottish "
              "Enterprise will add £750,000 to Fenwright AI Ltd's award.")  # fmt: skip
    assert {(s.funder, s.amount_text) for s in rec.subsidies} == {
        ("Scottish Enterprise", "£750,000")
    }


def test_regression_the_subject_of_a_joined_clause_is_no_recipient_of_the_first(run: Run) -> None:
    """'Business Finland granted us EUR 7.5 million ..., and the EuroHPC Joint Undertaking
    awarded us EUR 3.2 million': the parser joined the second funder to the first amount."""
    rec = run("Business Finland granted us EUR 7.5 million for the hybrid cluster, and the "
              "EuroHPC Joint Undertaking awarded us EUR 3.2 million for its plan.")  # fmt: skip
    assert ("Business Finland", "EuroHPC Joint Undertaking") not in pairs(rec)


@pytest.mark.parametrize(
    "text",
    [
        "Horizon Europe, the European Union's research programme, awarded EUR 9 million to "
        "Fraunhofer.",
        "The Digital Europe Programme awarded EUR 9 million to Fraunhofer.",
        "The Connecting Europe Facility (CEF) approved EUR 11.3 million for Fraunhofer.",
    ],
)
def test_a_blocs_programme_pays_the_blocs_money(run: Run, text: str) -> None:
    assert pairs(run(text)) == {("European Union", "Fraunhofer")}


def test_money_granted_by_no_one_named_in_a_governments_paper_is_the_governments(
    run: Run,
) -> None:
    rec = run("GOVERNMENT OF INDIA\nMINISTRY OF SCIENCE AND TECHNOLOGY\n\n(c) QpiAI, an Indian "
              "start-up, has been selected under the Mission to build a quantum computer, and a "
              "grant of Rs 48 crore has been sanctioned to the company for it.\n")  # fmt: skip
    assert pairs(rec) == {("India", "QpiAI")}


def test_money_granted_by_no_one_named_in_a_firms_paper_has_no_funder(run: Run) -> None:
    rec = run("KORA SYSTEMS LIMITED\n\nKora Systems, a Lagos start-up, was founded in 2021. A "
              "grant of NGN 48 million has been sanctioned to the company for it.\n")  # fmt: skip
    assert not pairs(rec)


def test_a_list_of_names_the_parser_read_as_one_name_gives_each_its_money(run: Run) -> None:
    rec = run("Under the project the Ministry of Science and ICT will provide KRW 60 billion each "
              "to LG AI Research and Naver Cloud for the next versions.")  # fmt: skip
    assert pairs(rec) == {("Ministry of Science and ICT", "LG AI Research"),
                          ("Ministry of Science and ICT", "Naver Cloud")}  # fmt: skip


def test_a_national_research_funder_of_the_reference_is_public(run: Run) -> None:
    rec = run("FAPESP gave R$ 9 million in 2024 to Unicamp for a shared GPU cluster.")
    assert pairs(rec) == {("São Paulo Research Foundation", "Unicamp")}


def test_a_blocs_programme_is_no_entity_of_the_report(run: Run) -> None:
    rec = run("The Digital Europe Programme awarded EUR 9 million to Fraunhofer.")
    assert "Digital Europe Programme" not in {e.name for e in rec.entities}


def test_a_body_whose_name_ends_in_administration_is_public(run: Run) -> None:
    rec = run("The rollout is funded partly by the Norwegian Public Roads Administration, which "
              "granted NOK 95 million to Ruter for the pilot.")  # fmt: skip
    assert pairs(rec) == {("Norwegian Public Roads Administration", "Ruter")}


def test_money_received_through_a_public_body_is_that_bodys(run: Run) -> None:
    rec = run("Through Enova SF, the state energy-transition agency, Kestrel Data Ltd has "
              "received NOK 95 million in 2024.")  # fmt: skip
    assert pairs(rec) == {("Enova", "Kestrel Data Ltd")}


def test_a_general_authority_of_a_field_is_public(run: Run) -> None:
    rec = run("The General Authority of Civil Aviation gave Kestrel Data Ltd SAR 375 million in "
              "2024 for AI compute.")  # fmt: skip
    assert pairs(rec) == {("General Authority of Civil Aviation", "Kestrel Data Ltd")}


def test_a_country_describing_the_funding_body_is_no_funder(run: Run) -> None:
    rec = run("BNDES, the Brazilian national development bank, approved a BRL 420 million loan "
              "to Aerovia Brasil S.A. for an AI compute hall.")  # fmt: skip
    assert pairs(rec) == {("BNDES", "Aerovia Brasil S.A.")}
    rec = run("The EuroHPC JU and the Slovenian government will each contribute about €60 "
              "million to the project.")  # fmt: skip
    assert pairs(rec) == {("EuroHPC Joint Undertaking", None), ("Slovenia", None)}


def test_regression_the_company_a_name_is_described_as_is_that_name(run: Run) -> None:
    rec = run("RailTel Corporation of India Limited signed a deal. Then BNDES approved R$ 1.2 "
              "billion in financing for CPTM, the suburban rail company, in 2024, and part of "
              "that goes to signalling.")  # fmt: skip
    assert pairs(rec) == {("BNDES", "CPTM")}


def test_regression_a_list_number_read_as_the_subject_leaves_its_body_the_funder(
    run: Run,
) -> None:
    rec = run("1. The central State budget shall allocate VND 3,600 billion to the National "
              "Innovation Center (NIC) for the period 2025-2030.\n2. The National Technology "
              "Innovation Fund (NATIF) shall provide grants of up to VND 420 billion to the VICL "
              "for the training of the ViGiang models in 2026-2027.\n3. The People's Committee "
              "of Ho Chi Minh City shall co-finance, from the city budget, VND 250 billion in "
              "2026 for the southern node of the cluster operated by the NIC.")  # fmt: skip
    assert ("People's Committee of Ho Chi Minh City", "National Innovation Center") in pairs(rec)


def test_money_a_sentence_says_is_private_is_no_subsidy(run: Run) -> None:
    rec = run(
        "Masdar, the UAE's clean energy champion, and South Korea's Daesan Battery Co. today "
        "announced the formation of Emirates Storage Cells, a joint venture that will build a "
        "gigafactory. The Ministry of Industry and Advanced Technology (MoIAT) will provide AED "
        "350 million in support to Emirates Storage Cells under the national industrial "
        "programme. Daesan Battery's USD 220 million equity contribution to Emirates Storage "
        "Cells is privately funded from its own resources."
    )
    assert [s.amount_text for s in rec.subsidies] == ["AED 350 million"]


def test_a_proposed_allocation_is_no_subsidy(run: Run) -> None:
    rec = run(
        "By Royal Decree, the Government of Norway establishes the National Battery "
        "Programme.\n\nSection 5. Matters not decided by this decree\n5.1 A proposed second "
        "allocation of NOK 1.2 billion for a gigafactory in Mo i Rana will be considered in the "
        "revised national budget."
    )
    assert not rec.subsidies


def test_it_opening_the_next_sentence_goes_on_with_a_public_bodys_topic(run: Run) -> None:
    """'The MOEA awarded X to ITRI. It also awarded Y to FGS': the ministry, not the
    institute named last."""
    rec = run(
        "In 2025 the Ministry of Economic Affairs (MOEA) awarded NT$4.8 billion to the "
        "Industrial Technology Research Institute (ITRI) for a pilot line. It also awarded "
        "NT$1.35 billion to Formosa Glass Substrate Co. (FGS) for a substrate line."
    )
    assert pairs(rec) == {
        ("Ministry of Economic Affairs", "Industrial Technology Research Institute"),
        ("Ministry of Economic Affairs", "Formosa Glass Substrate Co."),
    }


def test_a_public_investor_taking_a_stake_in_a_firm_for_a_sum_is_a_subsidy(run: Run) -> None:
    rec = run("Invest-NL, the Dutch state's impact investor, took a EUR 60 million minority "
              "stake in Lumetra N.V. in August. India wants AI: Yotta Data Services acquired a "
              "74% stake in Sindhu Labs for Rs 420 crore.")  # fmt: skip
    assert pairs(rec) == {("Invest-NL", "Lumetra N.V.")}


def test_a_state_investment_in_a_firm_is_a_subsidy_a_plain_one_no(run: Run) -> None:
    rec = run("Nysnø Climate Investments, the state-owned investment company, has made a state "
              "investment of NOK 150 million in Karmøy Compute AS. Brabant Capital made an "
              "investment of EUR 5 million in Lumetra N.V.")  # fmt: skip
    assert pairs(rec) == {("Nysnø Climate Investments", "Karmøy Compute AS")}


def test_money_added_on_top_of_a_grant_is_its_subjects_not_the_grants_payers(run: Run) -> None:
    """The parser hangs the name on "the federal grant" as an apposition: the name right
    before the verb is still its subject."""
    rec = run("In addition to the federal grant, the Free State of Saxony will contribute EUR 85 "
              "million to Elbtal Labs.")  # fmt: skip
    assert pairs(rec) == {("Saxony", "Elbtal Labs")}


def test_a_name_after_a_comma_that_repeats_the_noun_is_its_apposition(run: Run) -> None:
    """The parser hangs "the Ministry of ..." on the amount; by position it is "my
    ministry"."""
    rec = run("Third, the Nationaal Archief itself receives an additional EUR 2.4 million from "
              "my ministry, the Ministry of Education, Culture and Science, in 2025.")  # fmt: skip
    assert pairs(rec) == {("Ministry of Education, Culture and Science", "Nationaal Archief")}


def test_regression_the_grant_a_sum_matches_does_not_pay_it(run: Run) -> None:
    rec = run("The Federal Government of Germany has confirmed national co-financing of EUR 9.4 "
              "million for Lot 1, matching the EU grant.")  # fmt: skip
    assert not any(s.funder == "European Union" for s in rec.subsidies)


def test_a_unit_the_money_is_for_is_not_a_second_recipient(run: Run) -> None:
    rec = run('There shall be established within the Competition Commission of India '
              '(hereinafter "the Commission") a Digital Markets Intelligence Unit (DMIU). The '
              'Central Government shall provide to the Commission a grant-in-aid of Rs 214 crore '
              'for the DMIU.')  # fmt: skip
    assert {r for _, r in pairs(rec)} == {"Competition Commission of India"}


def test_the_jv_is_the_joint_venture_named_before(run: Run) -> None:
    rec = run("Sahm Analytica and Raqeeb Systems have formed a joint venture, Raqeeb Sahm "
              "Markets, a jointly owned company. The Research, Development and Innovation "
              "Authority (RDIA) has awarded the JV SAR 15 million.")  # fmt: skip
    assert {r for _, r in pairs(rec)} == {"Raqeeb Sahm Markets"}


def test_part_of_an_amount_its_recipient_pays_on_goes_to_the_one_named(run: Run) -> None:
    rec = run("The State shall allocate EUR 38 million to the CNIL in 2025. Of the amount "
              "mentioned in Article 2, EUR 6 million shall be paid by the CNIL as a research "
              "grant to the Institut national de recherche en sciences et technologies du "
              "numérique (Inria), the French public research institute.")  # fmt: skip
    assert ("CNIL", "Inria") in {(s.funder, s.recipient) for s in rec.subsidies}


def test_a_receiver_the_parser_made_a_particle_of_award(run: Run) -> None:
    rec = run("Welcome to the Nilecore Technologies results call. Nilecore said revenue rose. "
              "First, the Egyptian Endowments Authority awarded Nilecore a grant of EGP 140 "
              "million in July.")  # fmt: skip
    assert {r for _, r in pairs(rec)} == {"Nilecore Technologies"}


def test_an_approved_grant_towards_a_models_work_goes_to_the_model(run: Run) -> None:
    rec = run("Rawi is our Arabic language model family, developed in-house by Nilecore. The "
              "Information Technology Industry Development Agency, ITIDA, approved a grant of EGP "
              "35 million towards Rawi's evaluation benchmarks.")  # fmt: skip
    assert {r for _, r in pairs(rec)} == {"Rawi"}


def test_money_on_top_of_that_is_more_money_not_a_part(run: Run) -> None:
    rec = run("The Research Council of Norway granted NOK 95 million to SINTEF in 2024. On top of "
              "that, the Ministry of Trade, Industry and Fisheries earmarked NOK 60 million in the "
              "2025 budget for the Norwegian Food Safety Authority.")  # fmt: skip
    assert ("Ministry of Trade, Industry and Fisheries",
            "Norwegian Food Safety Authority") in pairs(rec)  # fmt: skip
    assert ("Research Council of Norway", "Norwegian Food Safety Authority") not in pairs(rec)


def test_more_money_on_top_of_that_without_a_recipient_goes_to_the_one_before(run: Run) -> None:
    rec = run("The Ministry of Railways granted INR 40 crore to MMRCL for the model. On top of "
              "that, the Mumbai Metropolitan Region Development Authority (MMRDA) granted INR 15 "
              "crore for labelling ten years of maintenance records.")  # fmt: skip
    assert ("Mumbai Metropolitan Region Development Authority", "MMRCL") in pairs(rec)


def test_the_minister_of_a_decree_of_one_ministry_is_that_ministry(run: Run) -> None:
    """And a budget 'referred to in paragraph 1' is a pointer, no funding of the state's."""
    rec = run(
        "Decree of the Minister of Housing and Spatial Planning.\n\nThe Framework Act on Grants "
        "of the Ministry of Housing and Spatial Planning (VRO) applies. The Netherlands shall "
        "notify the scheme.\n\n2. From the budget referred to in paragraph 1, the Minister "
        "grants TNO an institutional subsidy of EUR 9.5 million in 2025."
    )
    assert pairs(rec) == {("Ministry of Housing and Spatial Planning", "TNO")}
