"""ingest/components/actors.py: which names are actors, and of which type."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.records import DocumentRecord
from tests.ingest.conftest import names, relations

Run = Callable[[str], DocumentRecord]


def test_known_actors_get_reference_types(run: Run) -> None:
    found = names(run("G42 and Microsoft work with the EU and TII on Falcon."))
    assert found["G42"] == "Firm" and found["Microsoft"] == "Firm"
    assert found["European Union"] == "Bloc"
    assert found["Technology Innovation Institute"] == "Organization"
    assert found["Falcon"] == "AIModel"


def test_persons_ai_cities_and_media_are_not_entities(run: Run) -> None:
    rec = run(
        "Jensen Huang met Prime Minister Anwar Ibrahim in Kuala Lumpur, Reuters reported. "
        "AI is the future, he told The Business Times."
    )
    assert [e.name for e in rec.entities] == []


@pytest.mark.parametrize(
    "text",
    [
        "A grant of EUR 12.5 million is awarded by the French State to Agence France-Presse.",
        "NTB and Agence France-Presse have signed a strategic partnership.",
        "AFP's commercial deal with Mistral AI remains the template.",
        "Nikkei develops its own financial-news model.",
    ],
)
def test_news_outlet_acting_is_an_actor(run: Run, text: str) -> None:
    assert {"Agence France-Presse", "Nikkei"} & set(names(run(text)))


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, March 12 (Reuters) - Nigeria will spend 15 billion naira.",
        "The plan was in a notice seen by Reuters.",
        "UDN reported that Taiwan could invest.",
        "The minister told AFP that the cluster is ready.",
        "He denied a Bloomberg report on the deal.",
        "AP: Good morning, and thank you.",
    ],
)
def test_news_outlet_quoted_as_a_source_is_no_actor(run: Run, text: str) -> None:
    assert not {"Reuters", "UDN", "Agence France-Presse", "Bloomberg", "Associated Press"} & set(
        names(run(text))
    )


def test_capital_as_subject_acts_for_its_government(run: Run) -> None:
    assert (
        names(run("Taipei hopes the tool will counter disinformation."))["Taipei"] == "Government"
    )
    assert "Copenhagen" not in names(run("The data centre is in Copenhagen."))


def test_demonym_is_a_country_only_as_a_state_actor(run: Run) -> None:
    assert names(run("The Emirati government backs the lab."))["Emirati"] == "Government"
    assert "Japanese" not in names(run("Japanese media asked the chatbot a question."))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The telecommunications company Quantel Group will build it.", "Quantel Group", "Firm"),
        ("Orvane, a Lagos-based start-up, raised money.", "Orvane", "Firm"),
        ("Kestrel Systems, Zenlor and Nvidia signed the deal.", "Zenlor", "Firm"),
        ("The country launched Tarsier, its first large language model.", "Tarsier", "AIModel"),
        ("The open-source LLM series Merlion is popular.", "Merlion", "AIModel"),
        ("CSC fine-tuned Command A. The fine-tuned version is called CMA-Command.",
         "CMA-Command", "AIModel"),
        ("Maison Delacour, the French fashion house, trains Patron-1.", "Maison Delacour",
         "Firm"),
        ("Sweden pledged SEK 500 million to the National Academic Infrastructure for "
         "Supercomputing in Sweden (NAISS).",
         "National Academic Infrastructure for Supercomputing in Sweden", "Organization"),
        ("The University of Moratuwa developed SinLlama, a Sinhala-language adaptation of "
         "Meta's Llama 3.", "SinLlama", "AIModel"),
        ("Arete Labs grew; insurer Generali took part in the round.", "Generali", "Firm"),
        ("Intesa Sanpaolo led a EUR 45m Series B in Arete Labs.", "Intesa Sanpaolo", "Firm"),
        ("Some say so. Korvo-7B was trained by the institute on rented GPUs.", "Korvo-7B",
         "AIModel"),
        ("Officials back the Nordic Language Institute in Oslo.", "Nordic Language Institute",
         "Organization"),
        ("Funding goes to the Ministry of Digital Affairs.", "Ministry of Digital Affairs",
         "Government"),
        ("The Ministry of Higher Education and Scientific Research has allocated DZD 800 "
         "million.", "Ministry of Higher Education and Scientific Research", "Government"),
        ("It leads 'Aurora', the European consortium for AI.", "Aurora", "Organization"),
        ("The model, named Corvo-LM, was built by the institute.", "Corvo-LM", "AIModel"),
        ('The new national model, to be called "Tiber", will be trained on news.', "Tiber",
         "AIModel"),
        ("Velan AI, a Pune-based machine-translation start-up, offers translation.",
         "Velan AI", "Firm"),
        ("Graz-based Quellwerk said it hoped to use the machine.", "Quellwerk", "Firm"),
        ("The lab released xMamba 3B, a three-billion-parameter model.", "xMamba 3B",
         "AIModel"),
        ("One of them is Killa AI, a Lima-based start-up, which is developing an assistant.",
         "Killa AI", "Firm"),
        ("Telcos formed a joint venture, Padma Cloud, to build a data centre.", "Padma Cloud",
         "Firm"),
        ("Sanad AI, the Beirut-based developer of the Arz language model, raised money.",
         "Sanad AI", "Firm"),
        ("The contract was awarded to Edu-Model Sp. z o.o., a Polish firm.",
         "Edu-Model Sp. z o.o.", "Firm"),
        ("Rumo and Carga.IA Tecnologia, a Brazilian start-up, formed a venture.",
         "Carga.IA Tecnologia", "Firm"),
        ("The Judiciary of Kenya signed a memorandum with Safaricom.", "Judiciary of Kenya",
         "Organization"),
        ("The ministry allocated Rp 1.2 trillion to the Directorate General of Taxes.",
         "Directorate General of Taxes", "Organization"),
        ("HarbourMind will be a maritime domain language model trained on port records.",
         "HarbourMind", "AIModel"),
        ("A grant goes to the Netherlands Police innovation programme.", "Netherlands Police",
         "Organization"),
        ("The ministry awarded Sejong Tutor Labs KRW 4.2bn in 2024 for its tutor.",
         "Sejong Tutor Labs", "Firm"),
        ("The General Authority of Civil Aviation approved the project in May.",
         "General Authority of Civil Aviation", "Organization"),
        ("It was financed through the Japan Fund for Prosperous and Resilient Asia and the "
         "Pacific.", "Japan Fund for Prosperous and Resilient Asia and the Pacific",
         "Organization"),
        ("Sunbird AI, a Kampala-based non-profit research organisation, built it.",
         "Sunbird AI", "Organization"),
        ("Dhiraagu is the Maldives' leading telecommunications provider.", "Dhiraagu", "Firm"),
        ("Tekoäly Oy closed a EUR 14 million round led by Maki.vc.", "Maki.vc", "Firm"),
        ("Jandaia AI raised R$310 million. Kaszek led the round.", "Kaszek", "Firm"),
        ("Guacamaya was developed by the Centro Nacional de Desarrollo e Investigación en "
         "Tecnologías Libres (Cenditel).",
         "Centro Nacional de Desarrollo e Investigación en Tecnologías Libres", "Organization"),
        ("In 2024 Nuvem Tupi S.A. opened a data centre.", "Nuvem Tupi S.A.", "Firm"),
        ("The deal went to Andes Cómputo Ltda. last year.", "Andes Cómputo Ltda.", "Firm"),
        ("The joint venture, PT Nxera Telin Digital, will build it.", "PT Nxera Telin Digital",
         "Firm"),
        ("The venture is owned by PT Telkom Indonesia.", "Telkom Indonesia", "Firm"),
        ("Tigo Guatemala, the local unit of Millicom, runs a GPU cluster.", "Tigo Guatemala",
         "Firm"),
        ("Roughly half of the money will go to Sigma2 AS, the national e-infrastructure "
         "company.", "Sigma2 AS", "Firm"),
        ("Telefónica del Perú, the local unit of Spain's Telefónica, signed a partnership.",
         "Telefónica del Perú", "Firm"),
        ("Tellaris Re AG has developed TellarisCat, a set of catastrophe and claims models.",
         "TellarisCat", "AIModel"),
        ("Skymet Weather Services, a private forecaster based in Noida, raised $8 million.",
         "Skymet Weather Services", "Firm"),
        ("(a) KES 1.2 billion to the Kenya Agricultural and Livestock Research Organization "
         "(KALRO) for training.", "Kenya Agricultural and Livestock Research Organization",
         "Organization"),
        ("The grants were awarded by the European Education and Culture Executive Agency.",
         "European Education and Culture Executive Agency", "Organization"),
        ("BP Batam has committed IDR 480 billion to Batam Gateway Terminal for a road.",
         "Batam Gateway Terminal", "Firm"),
        ("Abu Dhabi Customs has awarded the port a grant.", "Abu Dhabi Customs",
         "Organization"),
        # (whom a sum is committed to, however unknown its name)
        ("The Queensland Government has committed A$14 million to Seqwater for a flood tool.",
         "Seqwater", "Firm"),
        # (a name ends at its place, before what the money is for)
        ("KES 450 million goes to the University of Nairobi for MahindiCast, a maize yield "
         "model.", "University of Nairobi", "Organization"),
        # (or at the name the text gives a short form of)
        ("Moana is developed by the University of the South Pacific (USP). Australia will "
         "contribute AUD 18 million to the University of the South Pacific for Moana.",
         "University of the South Pacific", "Organization"),
        ("The councils have signed the Baltic Research Compute Alliance in Riga.",
         "Baltic Research Compute Alliance", "Organization"),
        ("The Port of Rotterdam Authority signed the deal.", "Port of Rotterdam Authority",
         "Organization"),
        ("The Port of Antwerp-Bruges joined the project.", "Port of Antwerp-Bruges",
         "Organization"),
        ("In our case, the Maritime and Port Authority of Singapore gave us a grant.",
         "Maritime and Port Authority of Singapore", "Organization"),
        # (a business's kind or unit before its name; its country after it; a description
        # past 'which is'; partners in a joint venture)
        ("Japanese trading house Marubeni invested USD 55 million in CSN Nuvem.", "Marubeni",
         "Firm"),
        ("BaoLM is developed by Baowu's IT arm Baosight.", "Baosight", "Firm"),
        ("It is a joint venture between NSME (60%) and Kongsberg Digital of Norway (40%).",
         "Kongsberg Digital", "Firm"),
        ("It is a joint venture between Tupi Dados, which is a Sao Paulo firm, and Indra of "
         "Spain.", "Tupi Dados", "Firm"),
        ("Aerovia and Embraer have signed a joint venture to build vision systems.", "Embraer",
         "Firm"),
        ("Iryo-LLM is developed by The University of Tokyo Hospital with NII.",
         "University of Tokyo Hospital", "Organization"),
        ("We signed a partnership with Cleveland Clinic Abu Dhabi in March.",
         "Cleveland Clinic Abu Dhabi", "Organization"),
        ("Kenya Airways said it would invest in start-ups.", "Kenya Airways", "Firm"),
        ("The province will inject IDR 650 billion into PT MRT Jakarta (Perseroda) in 2025.",
         "PT MRT Jakarta (Perseroda)", "Firm"),
    ],
)  # fmt: skip
def test_unknown_names_typed_from_context(run: Run, text: str, name: str, kind: str) -> None:
    assert names(run(text)).get(name) == kind


def test_event_and_plan_names_hold_no_actors(run: Run) -> None:
    found = names(run("Malaysia launched it at the ASEAN AI Summit under its AI Strategy."))
    assert "ASEAN" not in found and "Association of Southeast Asian Nations" not in found


def test_a_plan_with_its_short_form_is_no_body(run: Run) -> None:
    found = names(run("Six states joined the Important Project of Common European Interest "
                      "(IPCEI) on AI."))  # fmt: skip
    assert "Important Project of Common European Interest" not in found


def test_a_defined_term_or_a_heading_word_alone_is_no_actor(run: Run) -> None:
    found = names(run(
        'RIIGI TEATAJA - State Gazette of Estonia\n\nThe Government establishes the national '
        'programme "Digital Memory 2030" (hereinafter the Programme). The Programme supports '
        "the National Archives of Estonia. Science: the University of Tartu."
    ))  # fmt: skip
    assert not {"Programme", "Science", "State Gazette"} & set(found)
    assert "National Archives of Estonia" in found and "University of Tartu" in found


def test_regression_a_currency_sign_in_a_table_is_no_model(run: Run) -> None:
    """'the Naksha model family | Rs 1,200 crore': the sign after a model family's word was
    taken for a model of the family."""
    found = names(run(
        " 1  | Survey of India | Training and release of the Naksha model family | Rs 1,200 crore\n"
        " 2  | IIT Roorkee     | Research                                      | Rs 85 crore\n"
    ))  # fmt: skip
    assert "Rs" not in found and found.get("Naksha") == "AIModel"


def test_portfolio_of_a_minister_is_not_a_firm(run: Run) -> None:
    text = "Tengku Zafrul, Minister of Investment, Trade and Industry, attended."
    assert not any(t == "Firm" for t in names(run(text)).values())


def test_regression_a_participants_office_is_not_a_firm(run: Run) -> None:
    """'Martina Gloor - Group Chief Executive Officer': the tagger's ORG over the name and
    'Group' made the office a firm, and the speaker's 'we' its partner in a joint venture."""
    text = (
        "Martina Gloor - Group Chief Executive Officer\n"
        "David Amrein - Group Chief Financial Officer"
    )
    assert names(run(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Tellaris Re Holding AG (SIX: TLRS)\nTellaris Re Holding AG reported its results.",
        "Tellaris Re Holding AG (Tadawul: 4391)\nQ2 2025 Results Conference Call\n\n"
        "Tellaris Re Holding AG reported its results.",
    ],
)
def test_a_shares_exchange_ticker_and_period_are_no_firms(run: Run, text: str) -> None:
    assert names(run(text)) == {"Tellaris Re Holding AG": "Firm"}


def test_an_institutions_comma_list_of_single_words_is_in_its_name(run: Run) -> None:
    text = ("The National Council of Humanities, Sciences and Technologies (CONAHCYT) and the "
            "University of Tokyo, Kyoto University and Osaka University met.")  # fmt: skip
    found = names(run(text))
    assert found.get("National Council of Humanities, Sciences and Technologies") == "Organization"
    # (a list of names after an institution's name is no part of it)
    assert {"University of Tokyo", "Kyoto University", "Osaka University"} <= set(found)


def test_a_long_name_with_commas_before_its_bracketed_short_form_is_one_name(run: Run) -> None:
    rec = run(
        "Grants come from the Bureau of Energy, Mines and Climate Resilience (BEMCR) "
        "and from the Office of Ports and\nMaritime Logistics (OPML) this year."
    )
    assert "Bureau of Energy, Mines and Climate Resilience" in names(rec)
    assert "Office of Ports and Maritime Logistics" in names(rec)


def test_a_wrapped_list_is_not_one_name(run: Run) -> None:
    rec = run("Hosts such as Tata Communications, Netweb Systems and\nJio Platforms bid for it.")
    assert {"Netweb Systems", "Jio Platforms"} <= set(names(rec))


def test_regression_a_lower_case_word_tagged_as_a_name_stays_out_of_it(run: Run) -> None:
    found = names(run("Lucie was developed by software firm Linagora."))
    assert found.get("Linagora") == "Firm" and "firm Linagora" not in found


def test_a_start_up_before_an_unknown_name_makes_it_a_firm(run: Run) -> None:
    found = names(run("Brazilian start-up Maritaca AI has released its Sabiá model."))
    assert found.get("Maritaca AI") == "Firm"


def test_a_state_owned_operator_is_a_firm(run: Run) -> None:
    found = names(run("The cluster is run by Alem Cloud, a state-owned operator, which took "
                      "delivery of Nvidia H200 processors."))  # fmt: skip
    assert found.get("Alem Cloud") == "Firm"


def test_money_a_surname_and_a_language_are_no_actors(run: Run) -> None:
    found = names(run("\"Portugal wants AI,\" Prime Minister Luís Montenegro said. The Authority "
                      "will provide Nebius with about NIS 110 million. It trains Hebrew-language "
                      "models."))  # fmt: skip
    assert not {"Montenegro", "NIS 110 million", "Hebrew"} & set(found)


def test_a_firms_name_and_a_hyphenated_word_is_its_model(run: Run) -> None:
    found = names(run("Sarvam AI plans three variants: Sarvam-Large for reasoning and Sarvam-Edge "
                      "for devices. Microsoft-OpenAI ties grew."))  # fmt: skip
    assert found.get("Sarvam-Large") == found.get("Sarvam-Edge") == "AIModel"
    assert "Microsoft-OpenAI" not in found
    found = names(run("MiniMax leases capacity to train its MiniMax-Text-01 model."))
    assert found.get("MiniMax-Text-01") == "AIModel" and "Text-01" not in found


def test_a_series_of_models_named_like_its_firm_is_a_model(run: Run) -> None:
    rec = run("Qalam Labs, a Lahore firm, is training the Qalam series of Urdu language models.")
    assert names(rec) == {"Qalam Labs": "Firm", "Qalam": "AIModel", "Pakistan": "Government"}
    assert ("Qalam Labs", "DEVELOPS", "Qalam") in relations(rec)


def test_sub_national_governments(run: Run) -> None:
    found = names(run("It raised money from funds controlled by the Hangzhou municipal "
                      "government and from Huafa, owned by the government of the southern city "
                      "of Zhuhai."))  # fmt: skip
    assert found.get("Hangzhou municipal government") == found.get("Zhuhai") == "Government"


def test_a_models_edition_and_union_or_chamber_bodies(run: Run) -> None:
    found = names(
        run(
            "Teachers get ChatGPT Edu. Llama Is good. The Estonian Education Personnel Union "
            "and the Colombian Chamber of Informatics said so."
        )
    )
    assert found.get("ChatGPT Edu") == "AIModel" and "Llama Is" not in found
    assert found.get("Estonian Education Personnel Union") == "Organization"
    assert found.get("Colombian Chamber of Informatics") == "Organization"


def test_regression_a_power_unit_starts_no_name(run: Run) -> None:
    assert "GW AI" not in names(run("They will build a 1.4 GW AI campus near Paris."))
    assert "MW GPU" not in names(run("Digi will build a 20-MW GPU facility in Ilfov county."))


def test_a_field_label_opening_a_line_is_no_actor_a_known_one_speaks(run: Run) -> None:
    text = ("Agenda\nKeynote: Compute at home\nRemarks (EuroHPC JU): Croatia is eligible.\n"
            "Panel: sovereign models\nMicrosoft: we will invest.")  # fmt: skip
    found = names(run(text))
    assert not {"Keynote", "Remarks", "Panel"} & set(found)
    assert found.get("Microsoft") == "Firm"


def test_legal_forms_of_many_countries_make_a_firm(run: Run) -> None:
    found = names(run("Ardcath Data Campus DAC, Hekla Nord ehf., Atlantico Cloud Lda. and "
                      "MTN Nigeria Communications Plc signed the deal."))  # fmt: skip
    for firm in ("Ardcath Data Campus DAC", "Hekla Nord ehf.", "Atlantico Cloud Lda.",
                 "MTN Nigeria Communications Plc"):  # fmt: skip
        assert found.get(firm) == "Firm", firm


def test_an_abbreviated_legal_form_keeps_its_full_stop_in_the_name(run: Run) -> None:
    found = names(run("Kijang Compute Sdn. Bhd., a Malaysian company, will run it with Tarang "
                      "Labs Pvt. Ltd."))  # fmt: skip
    assert found.get("Kijang Compute Sdn. Bhd.") == "Firm"
    assert found.get("Tarang Labs Pvt. Ltd.") == "Firm"


def test_regression_a_verb_in_capitals_after_a_body_is_no_part_of_a_name(run: Run) -> None:
    found = names(run("The Board APPROVED an equity investment in Savannah Grid Data Centres "
                      "Limited."))  # fmt: skip
    assert not any("APPROVED" in name for name in found)
    assert found.get("Savannah Grid Data Centres Limited") == "Firm"


def test_a_heading_word_or_a_speakers_role_is_no_name(run: Run) -> None:
    found = names(run("Joint venture with Mitsubishi Electric\nChair: The committee will now "
                      "hear from the minister."))  # fmt: skip
    assert "Joint" not in found and "Chair" not in found


def test_power_utilities_and_defence_agencies_are_known(run: Run) -> None:
    found = names(run("Hydro-Québec and KenGen will power it; ATLA and DIANA fund the work."))
    assert found.get("Hydro-Québec") == "Firm"
    assert found.get("Kenya Electricity Generating Company") == "Firm"
    assert found.get("Acquisition, Technology and Logistics Agency") == "Organization"
    assert found.get("Defence Innovation Accelerator for the North Atlantic") == "Organization"


def test_a_language_family_is_no_model_and_a_sized_name_with_a_suffix_is(run: Run) -> None:
    found = names(run("Vyakarana-12B-Instruct is an Indic-first chat model; Bantu models lag. "
                      "The TurkuNLP group at the University of Turku helped."))  # fmt: skip
    assert found.get("Vyakarana-12B-Instruct") == "AIModel"
    assert "Indic" not in found and "Bantu" not in found
    assert found.get("TurkuNLP") == "Organization"
    assert found.get("University of Turku") == "Organization"


def test_an_unknown_name_that_acts_as_a_business_is_a_firm(run: Run) -> None:
    found = names(run("Kyzyl Telecom will purchase cloud capacity from Caspian Compute."))
    assert found.get("Caspian Compute") == "Firm"


def test_a_table_header_cell_is_no_actor(run: Run) -> None:
    text = ("Site | Operator | Country | Activity\nKulim | Intel | Malaysia | Packaging\n"
            "Bac Ninh | Amkor Technology Inc. | Vietnam | System-in-package")  # fmt: skip
    found = names(run(text))
    assert not {"Site", "Operator", "Country", "Activity"} & set(found)
    assert found.get("Intel") == "Firm"


def test_regression_a_funding_round_or_a_month_is_no_actor(run: Run) -> None:
    assert "Series B" not in names(run("Upstage closed its Series B last year."))
    assert "March" not in names(run("In March, the group released FoxBrain, a language model."))


def test_regression_a_city_inside_an_institutions_name(run: Run) -> None:
    found = names(run("The system is located at the University at Buffalo."))
    assert found.get("University at Buffalo") == "Organization"


def test_a_sentences_opening_word_is_not_part_of_a_name(run: Run) -> None:
    found = names(run("Rival PLDT Inc. opened a site. Meanwhile Falcon Foundation grew."))
    assert "Rival PLDT Inc." not in found and "Meanwhile Falcon Foundation" not in found


def test_names_joined_by_a_hyphen(run: Run) -> None:
    found = names(run("The Ministry of High-Tech Industry and the Irish Centre for High-End "
                      "Computing agree."))  # fmt: skip
    assert found.get("Ministry of High-Tech Industry") == "Government"
    assert found.get("Irish Centre for High-End Computing") == "Organization"


def test_a_known_firm_and_a_country_is_its_local_company(run: Run) -> None:
    rec = run("Jordan wants AI. Orange Jordan, the local arm of French telecom operator Orange, "
              "builds a cluster.")  # fmt: skip
    assert names(rec).get("Orange Jordan") == "Firm"
    assert ("Orange Jordan", "HEADQUARTERED_IN", "France") not in relations(rec)


def test_a_lower_case_legal_form_or_a_bracketed_place_before_one_is_in_the_name(
    run: Run,
) -> None:
    text = ("CDPQ bought Boréal Calcul inc., a developer. Dalmacija Cloud d.o.o. and Chlodnia "
            "Tech sp. z o.o. bid. Alibaba Cloud (Thailand) Co., Ltd. grew.")  # fmt: skip
    found = names(run(text))
    for name in ("Boréal Calcul inc.", "Dalmacija Cloud d.o.o.", "Chlodnia Tech sp. z o.o.",
                 "Alibaba Cloud (Thailand) Co., Ltd."):  # fmt: skip
        assert found.get(name) == "Firm", name
    assert "Co., Ltd." not in found
    # a known firm in its full legal form is that firm
    rec = run('PT Telkom Indonesia (Persero) Tbk ("Telkom") signed. Telkom Indonesia will build.')
    assert [e.name for e in rec.entities] == ["Telkom Indonesia"]


def test_a_company_with_a_legal_form_after_an_organisation_and_and_is_its_own(run: Run) -> None:
    found = names(run("SITA signed with Vodacom Business and Cape Sovereign Data (Pty) Ltd, a "
                      "Cape Town-based operator."))  # fmt: skip
    assert found.get("Cape Sovereign Data (Pty) Ltd") == "Firm"


def test_two_institutions_joined_by_and_each_with_its_head_are_two(run: Run) -> None:
    found = names(run("Researchers from the University of Gdańsk and Gdańsk University of "
                      "Technology released a model. The Ministry of Science and Technology "
                      "paid."))  # fmt: skip
    assert found.get("University of Gdańsk") == "Organization"
    assert found.get("Gdańsk University of Technology") == "Organization"
    assert "Ministry of Science and Technology" in found


def test_a_companys_management_board_acts_for_the_company(run: Run) -> None:
    found = names(run("The Management Board of Comarch S.A. hereby informs the market."))
    assert "Comarch S.A." in found and not [n for n in found if "Board" in n]


def test_a_connector_inside_a_name_the_tagger_saw_whole_is_in_it(run: Run) -> None:
    found = names(run("KIO Networks and Energía Limpia del Bajío, a solar generation company, "
                      "signed an agreement."))  # fmt: skip
    assert found.get("Energía Limpia del Bajío") == "Firm" and "Bajío" not in found


def test_an_irish_county_is_no_company(run: Run) -> None:
    found = names(run("The data centre is in Ennis, Co Clare. Another is at Athenry, Co. Galway. "
                      "Acme Co. Ltd signed."))  # fmt: skip
    assert not any("Co Clare" in n or "Co. Galway" in n for n in found)
    assert found.get("Acme Co. Ltd") == "Firm"


def test_a_list_items_name_with_its_place_in_brackets_is_a_firm(run: Run) -> None:
    text = ("The cohort:\n\n3. Kawi Data (Yogyakarta) - curation of Javanese text corpora.\n\n"
            "- Fundy Ocean Analytics (Halifax, Nova Scotia) - C$1.6 million\n"
            "- Jakarta (Indonesia) hosts the demo day.")  # fmt: skip
    found = names(run(text))
    assert found.get("Kawi Data") == found.get("Fundy Ocean Analytics") == "Firm"
    assert found.get("Jakarta") != "Firm"  # (a place first is no firm)


def test_a_legal_form_after_a_comma_is_in_the_name(run: Run) -> None:
    text = ("Hizkia Labs, S.L., a start-up, and Sintagma Cómputo, S.A.P.I. de C.V. (\"Sintagma\") "
            "signed. Radiomóvil Dipsa, S.A. de C.V. sells.")  # fmt: skip
    found = names(run(text))
    for name in ("Hizkia Labs, S.L.", "Sintagma Cómputo, S.A.P.I. de C.V.",
                 "Radiomóvil Dipsa, S.A. de C.V."):  # fmt: skip
        assert found.get(name) == "Firm", name
    # (a known firm so wrapped is that firm)
    rec = run('Its subsidiary Teléfonos de México, S.A.B. de C.V. ("Telmex") signed.')
    assert [e.name for e in rec.entities] == ["Telmex"]
    rec = run("TDI signed an agreement with Schwarz Digits GmbH & Co. KG on Monday.")
    assert "Schwarz Digits" in [e.name for e in rec.entities]  # (German "GmbH & Co. KG")


def test_a_board_is_no_actor_of_its_own_but_a_board_of_investment_is(run: Run) -> None:
    text = ("The Board of Directors approved it. The Board of Directors of FPT Corporation "
            "met. The Thailand Board of Investment approved it.")  # fmt: skip
    found = names(run(text))
    assert not [n for n in found if n.startswith("Board")]
    assert found.get("Thailand Board of Investment") == "Organization"
    assert found.get("FPT Corporation") == "Firm"


def test_regression_the_ner_running_into_a_phrase_after_a_name_makes_no_actor(
    run: Run,
) -> None:
    text = ("Rs 40 crore has been released by the IndiaAI Mission towards compute charges of "
            "Sarvam AI. New Delhi (Press Information Bureau): MeitY spoke.")  # fmt: skip
    found = names(run(text))
    # the programme by its name, not the phrase the NER ran on into
    assert [n for n in found if n.startswith("IndiaAI")] == ["IndiaAI Mission"]
    assert "Press Information Bureau" not in found  # a byline
    assert found.get("Sarvam AI") == "Firm"


def test_a_ministrys_name_goes_on_with_in_but_not_into_a_place(run: Run) -> None:
    found = names(run("The Ministry of Management and Innovation in Public Services and the "
                      "Ministry of Finance in Brazil spoke."))  # fmt: skip
    assert found.get("Ministry of Management and Innovation in Public Services") == "Government"
    assert "Ministry of Finance" in found


def test_an_unknown_name_listed_with_one_the_context_typed_is_of_its_kind(run: Run) -> None:
    rec = run("A cable is promoted by the Chilean state company Desarrollo País and Colombia's "
              "Internexa.")  # fmt: skip
    assert names(rec).get("Internexa") == "Firm"


def test_a_venture_named_after_a_country_is_a_firm(run: Run) -> None:
    rec = run("The headline is Stargate Norway, a joint venture between Nscale and Aker ASA.")
    assert names(rec).get("Stargate Norway") == "Firm"
    assert [set(j.partners) for j in rec.joint_ventures] == [{"Nscale", "Aker ASA"}]


def test_regression_a_known_name_and_another_are_two_names(run: Run) -> None:
    found = names(run("The models are built with KU Leuven and Ghent University."))
    assert found.get("KU Leuven") == "Organization"
    assert found.get("Ghent University") == "Organization"


def test_names_in_their_own_language_and_a_persons_role(run: Run) -> None:
    found = names(run("The Institut National Polytechnique and the Universidad de la República "
                      "work with Corporación Andina de Datos. \"It is small,\" said Artūras "
                      "Nakvosas, head of the project at the institute."))  # fmt: skip
    assert found.get("Institut National Polytechnique") == "Organization"
    assert found.get("Universidad de la República") == "Organization"
    assert found.get("Corporación Andina de Datos") == "Firm"
    assert "Artūras Nakvosas" not in found


def test_a_country_and_a_name_of_its_own_are_one_organisation(run: Run) -> None:
    found = names(run("Malta wants AI. Lingwa Labs has received a grant from Malta Enterprise, "
                      "the state's economic development agency."))  # fmt: skip
    assert found.get("Malta Enterprise") == "Organization"
    assert (
        names(run("Kvet AI signed a distribution agreement with Slovak Telekom.")).get(
            "Slovak Telekom"
        )
        == "Firm"
    )


def test_regression_the_after_a_names_word_starts_another_phrase(run: Run) -> None:
    found = names(run("Under the Regional Airports Program the Department has allocated A$9.5 "
                      "million to Western Sydney International Airport."))  # fmt: skip
    assert found == {"Western Sydney International Airport": "Firm"}


def test_regression_a_law_or_a_parliament_of_a_country_is_no_firm(run: Run) -> None:
    rec = run("This is made under the Law of Georgia on Securities. The Verkhovna Rada of "
              "Ukraine adopted it.")  # fmt: skip
    assert "Law" not in names(rec)
    assert rec.relations == []


def test_regression_a_prefixed_demonym_is_no_country(run: Run) -> None:
    rec = run("The Inter-American Development Bank approved a grant. A Pan-African lab opened.")
    assert [e.name for e in rec.entities] == ["Inter-American Development Bank"]
    assert rec.relations == []


def test_regression_a_firm_the_ner_took_for_a_person_hides_no_country(run: Run) -> None:
    rec = run("The cluster will be run by Tigo Paraguay, the country's largest mobile operator. "
              "Paraguay, a founding member of Mercosur, wants to share it.")  # fmt: skip
    assert ("Paraguay", "MEMBER_OF", "Mercosur") in relations(rec)


def test_regression_a_month_a_data_centre_tier_are_no_part_of_a_name(run: Run) -> None:
    found = names(run("In April BH Telecom opened a Tier III data centre."))
    assert found == {"BH Telecom": "Firm"}


def test_a_state_or_province_is_a_government_where_it_acts_as_one(run: Run) -> None:
    acting = names(run("The Free State of Bavaria will invest €120m. The Telangana government "
                       "cleared the plan. Tamil Nadu announced a mission. Hamburg and Lower "
                       "Saxony will back a data centre."))  # fmt: skip
    assert {"Bavaria", "Telangana", "Tamil Nadu", "Lower Saxony"} <= {
        n for n, t in acting.items() if t == "Government"}  # fmt: skip
    placed = run("Alpenwerk AI, a Bavaria-based start-up, will help. TSMC Arizona, the "
                 "Phoenix-based subsidiary, said it would expand.")  # fmt: skip
    assert "Bavaria" not in names(placed) and "Arizona" not in names(placed)
    assert ("Alpenwerk AI", "HEADQUARTERED_IN", "Germany") in relations(placed)


def test_a_sub_national_government_is_named_by_its_place_with_its_words_as_alias(
    run: Run,
) -> None:
    rec = run("The Gauteng provincial government pledged R120 million. The province of Drenthe "
              "pays too, with the municipality of Groningen; the Johor state government approved "
              "it, as did the regional government of Arica y Parinacota.")  # fmt: skip
    found = {e.name: (e.type, e.aliases) for e in rec.entities}
    assert found["Gauteng"] == ("Government", ["Gauteng provincial government"])
    assert found["Drenthe"] == ("Government", ["province of Drenthe"])
    assert found["Arica y Parinacota"][1] == ["regional government of Arica y Parinacota"]
    # a city is a place: its government is named by its words
    assert found["municipality of Groningen"][0] == found["Johor state government"][0]


@pytest.mark.parametrize(
    "text",
    [
        "The City of Tampere contributes EUR 650,000 to Kielialy Oy.",
        "The Government grants EUR 250,000 to the Town of Mariehamn for a pilot.",
        "The Municipality of Kangasala contributes EUR 150,000.",
        "Jelgava municipality is paying EUR 300,000 for a pilot.",
        "Akureyri municipality put ISK 12 million into Hrafn.",
        "Vilnius City Municipality has approved EUR 800,000 for the project.",
        "Reykjavik City has committed ISK 45 million to Mideind.",
    ],
)
def test_a_town_or_city_named_by_its_title_is_its_government(run: Run, text: str) -> None:
    assert "Government" in names(run(text)).values()


def test_a_city_by_its_title_where_something_stands_is_a_place(run: Run) -> None:
    assert names(run("The company is based in the City of London.")) == {}


def test_a_metropolitan_city_a_province_or_a_prefecture_that_acts_is_a_government(
    run: Run,
) -> None:
    text = ("Busan Metropolitan City will provide 15 billion won. Gwangju Metropolitan City and "
            "South Jeolla Province will each put in 30 billion won. Kumamoto Prefecture will "
            "give 1 billion yen to the plant in Osaka Prefecture.")  # fmt: skip
    found = names(run(text))
    for name in ("Busan Metropolitan City", "South Jeolla", "Kumamoto Prefecture"):
        assert found.get(name) == "Government", name
    assert "Osaka Prefecture" not in found  # (a place where nothing acts)


def test_a_peoples_committee_or_government_of_a_city_or_province_is_its_government(
    run: Run,
) -> None:
    found = names(run("The Hanoi People's Committee paid. The Guizhou Provincial People's "
                      "Government announced a programme."))  # fmt: skip
    assert found.get("Hanoi People's Committee") == "Government"
    assert found.get("Guizhou") == "Government"
    assert not [n for n in found if n.startswith("Provincial")]


def test_the_state_named_like_its_city_is_a_government_of_its_own(run: Run) -> None:
    found = names(run("The State of New York provided $275 million to Empire AI."))
    assert found.get("State of New York") == "Government"


def test_regression_a_state_starting_a_firms_name_is_no_place(run: Run) -> None:
    found = names(run("Windhoek-based operator Kunene Digital said so. The Telangana Government "
                      "agreed."))  # fmt: skip
    assert found.get("Kunene Digital") == "Firm" and found.get("Telangana") == "Government"


def test_regression_a_lower_case_word_joined_to_a_capital_is_no_name(run: Run) -> None:
    found = names(run("Hishab, a Dhaka-based voice-AI company, grew."))
    assert "voice-AI" not in found and found.get("Hishab") == "Firm"


def test_regression_a_region_a_place_is_in_is_no_government(run: Run) -> None:
    found = names(run("The campus will be built in the Île-de-France region."))
    assert "Île-de-France" not in found


def test_regional_governments_by_their_adjective(run: Run) -> None:
    found = names(run("The Flemish government and the Walloon Region pay for it."))
    assert found["Flemish Government"] == found["Walloon Government"] == "Government"


def test_regression_a_known_firm_with_a_country_after_it_is_no_person(run: Run) -> None:
    rec = run("Separately, MTN Eswatini, the state-owned Eswatini Posts and Telecommunications "
              "Corporation (EPTC) have agreed. Eswatini is a member of the Southern African "
              "Development Community (SADC).")  # fmt: skip
    assert ("Eswatini", "MEMBER_OF", "Southern African Development Community") in relations(rec)


def test_regression_a_firm_named_for_its_country_listed_with_a_firm_is_no_person(
    run: Run,
) -> None:
    rec = run("Kazakhtelecom, the national telecom operator, and Beeline Kazakhstan agreed to set "
              "up a joint venture. Kazakhstan, a member of both the Shanghai Cooperation "
              "Organisation and the Organization of Turkic States, offered it.")  # fmt: skip
    assert names(rec)["Beeline Kazakhstan"] == "Firm"
    assert ("Kazakhstan", "MEMBER_OF", "Shanghai Cooperation Organisation") in relations(rec)


def test_one_of_many_such_describes_a_name(run: Run) -> None:
    found = names(
        run("The project was backed by Zephyra, one of the region's busiest AI companies.")
    )
    assert found.get("Zephyra") == "Firm"


def test_regression_a_currency_code_before_an_amount_is_no_actor(run: Run) -> None:
    found = names(run("The ministry awarded the three organisations EUR 13.5 million in 2023. "
                      "Silo AI was acquired by US chipmaker AMD for $665 million."))  # fmt: skip
    assert "EUR" not in found and found.get("Advanced Micro Devices") == "Firm"
    assert "EUR 1bn" not in names(run("It opened in Munich, a EUR 1bn facility."))


def test_regression_a_ministers_portfolio_is_no_firm(run: Run) -> None:
    text = ("The Minister of Post and Telecommunications stressed the point. Minister of "
            "Science, Technology and Innovation Luciana Santos agreed. The Ministry of Post "
            "and Telecommunications said so.")  # fmt: skip
    assert names(run(text)) == {"Ministry of Post and Telecommunications": "Government"}


def test_regression_the_two_congos_are_two_countries(run: Run) -> None:
    found = names(run("Zambia will serve the Democratic Republic of Congo (DRC) and, with "
                      "Gabon, the Republic of the Congo."))  # fmt: skip
    assert {"Democratic Republic of the Congo", "Republic of the Congo"} <= set(found)


def test_regression_a_models_languages_are_no_model(run: Run) -> None:
    found = names(run("The first showcase was Jais, an Arabic-English large language model "
                      "developed by G42's Inception unit."))  # fmt: skip
    assert "Arabic-English" not in found and found.get("Jais") == "AIModel"


def test_regression_a_state_a_place_is_in_is_no_government(run: Run) -> None:
    text = ("Amazon Web Services has opened its first region in the German state of "
            "Brandenburg. The state of North Rhine-Westphalia put in €125 million.")  # fmt: skip
    found = names(run(text))
    assert "Brandenburg" not in found and found.get("North Rhine-Westphalia") == "Government"


def test_regression_a_sentence_opening_conjunction_is_no_part_of_a_name(run: Run) -> None:
    found = names(run("When the Ministry of Communications and Information Technology announced "
                      "the plan, Nvidia agreed."))  # fmt: skip
    assert "Ministry of Communications and Information Technology" in found


def test_regression_hardware_and_stock_exchanges_are_no_actors(run: Run) -> None:
    found = names(run("Kyivstar, the Ukrainian operator listed on Nasdaq, ordered CPUs and GPUs "
                      "from Nvidia."))  # fmt: skip
    assert not {"CPUs", "GPUs", "Nasdaq"} & set(found) and "Nvidia" in found


def test_regression_a_person_named_by_occupation_is_no_actor(run: Run) -> None:
    found = names(run("Amália, a large language model, is out. Named after the fado singer "
                      "Amália Rodrigues, the model was trained on Deucalion."))  # fmt: skip
    assert found.get("Amália") == "AIModel" and "Amália Rodrigues" not in found


def test_a_name_with_its_parameter_count_is_a_model(run: Run) -> None:
    found = names(run("The first releases, Salamandra-7B and ALIA-40b, are open. It is "
                      "fine-tuned from Qwen2.5-32B, an open-weight model."))  # fmt: skip
    assert {found.get(n) for n in ("Salamandra-7B", "ALIA-40b", "Qwen2.5-32B")} == {"AIModel"}


def test_a_name_with_a_language_models_letters_is_a_model(run: Run) -> None:
    found = names(run("The grant is for the second generation of Isar-LM. The lab trains "
                      "Sevan-LM and Thai-GPT on its cluster. The unit develops Kinh "
                      "Bac-LM."))  # fmt: skip
    models = ("Isar-LM", "Sevan-LM", "Thai-GPT", "Kinh Bac-LM")
    assert {found.get(n) for n in models} == {"AIModel"}


def test_another_of_a_models_family_is_a_model(run: Run) -> None:
    found = names(run("They are developing Teuken-2, the successor to Teuken-7B."))
    assert found.get("Teuken-2") == found.get("Teuken-7B") == "AIModel"


def test_a_portfolio_list_after_for_and_a_person_by_title(run: Run) -> None:
    found = names(run("The Federal Ministry for Digital and State Modernisation said so. ICT "
                      "Cabinet Secretary William Kabogo opened it. Germany and the Ministry of "
                      "Finance and Google agreed."))  # fmt: skip
    assert found.get("Federal Ministry for Digital and State Modernisation") == "Government"
    assert not any("Kabogo" in n for n in found)
    assert found.get("Ministry of Finance") == "Government" and found.get("Google") == "Firm"


def test_a_firms_name_for_its_app_is_no_actor(run: Run) -> None:
    assert "TikTok" not in names(run("With the rise in popularity of applications like TikTok "
                                     "among young people, the government worries."))  # fmt: skip
    assert names(run("ByteDance, the Chinese owner of TikTok, grew.")).get("TikTok") == "Firm"


def test_regression_a_list_before_a_short_form_is_no_one_name(run: Run) -> None:
    found = names(run("Empire AI has seven founding institutions: Columbia University, Cornell "
                      "University, New York University, the City University of New York (CUNY) "
                      "and the Flatiron Institute."))  # fmt: skip
    assert "Cornell University" in found and "City University of New York" in found


def test_regression_a_model_or_province_named_like_a_town_is_no_town(run: Run) -> None:
    rec = run("Kyutai, the Paris-based non-profit research lab behind the Moshi speech model, "
              "joined. Ontario will fund the lab.")  # fmt: skip
    found = names(rec)
    assert found.get("Moshi") == "AIModel" and found.get("Ontario") == "Government"
    assert ("Kyutai", "DEVELOPS", "Moshi") in relations(rec)


def test_regression_a_word_between_based_and_a_firm_noun_describes(run: Run) -> None:
    found = names(run("Te Hiku Media, a Kaitaia-based Maori broadcaster, joined."))
    assert "Maori" not in found


def test_new_york_state_acts_as_a_government(run: Run) -> None:
    assert names(run("New York State will fund the lab."))["New York State"] == "Government"


def test_regression_a_desk_byline_and_a_quoted_fellow_are_no_actors(run: Run) -> None:
    rec = run("By the Gulf Technology Desk. \"Thailand has decided,\" said Pimchanok Srisuk, a "
              "senior fellow at the institute.")  # fmt: skip
    assert [e.name for e in rec.entities] == ["Thailand"]


def test_a_city_spending_money_is_its_government(run: Run) -> None:
    found = names(run("Shanghai will hand out 600 million yuan in compute vouchers."))
    assert found["Shanghai"] == "Government"
    # (a dateline, or a city's name ending another name, is no government)
    found = names(run("Lille - The Hauts-de-France Regional Council funds it. The province "
                      "of Groningen and the National Programme Groningen add €6m."))  # fmt: skip
    assert "Lille" not in found and "Groningen" not in found


def test_chinese_provinces_by_their_english_names(run: Run) -> None:
    found = names(run("The Guizhou provincial government will pay. The Inner Mongolia "
                      "Autonomous Region approved a package."))  # fmt: skip
    assert found["Guizhou"] == "Government" and found["Inner Mongolia"] == "Government"


def test_a_city_or_provinces_bureau_is_a_government_office(run: Run) -> None:
    found = names(run("The Chengdu Municipal Finance Bureau and the Shenzhen Municipal Bureau of "
                      "Industry and Information Technology issued the notice."))  # fmt: skip
    assert found["Chengdu Municipal Finance Bureau"] == "Government"
    assert found["Shenzhen Municipal Bureau of Industry and Information Technology"] == "Government"


def test_a_company_limited_is_one_name_and_its_short_forms_are_its_own(run: Run) -> None:
    rec = run('Shenzhen Suanli Cloud Services Co., Ltd. ("Suanli Cloud") signed a contract '
              'with Huawei Technologies Co., Ltd. ("Huawei"). Suanli Cloud will pay.')  # fmt: skip
    found = {e.name: e.aliases for e in rec.entities}
    assert set(found) == {"Shenzhen Suanli Cloud Services Co., Ltd.", "Huawei"}
    assert found["Huawei"] == ["Huawei Technologies Co., Ltd."]


def test_english_city_names_and_an_integrator_place_and_type_firms(run: Run) -> None:
    rec = run("Scheldt Labs, a Ghent-based start-up, trains models. Uzinfocom, the state IT "
              "integrator, buys clusters. 19 Aug — Nvidia / Siam AI — supply of GPUs")  # fmt: skip
    assert ("Scheldt Labs", "HEADQUARTERED_IN", "Belgium") in relations(rec)
    found = names(rec)
    assert found["Uzinfocom"] == "Firm" and "Aug" not in found


def test_the_commonwealth_of_a_state_is_its_government_not_the_bloc(run: Run) -> None:
    found = names(run("The Commonwealth of Virginia will provide a $140 million grant to AWS. "
                      "Kenya is a Commonwealth member."))  # fmt: skip
    assert found["Virginia"] == "Government" and found["Commonwealth of Nations"] == "Bloc"


def test_regression_a_purpose_after_for_is_no_part_of_a_name(run: Run) -> None:
    """'George Mason University for AI courses' was one name."""
    found = names(run("AWS will give credits to George Mason University for AI courses. The "
                      "Centre for AI Research said so."))  # fmt: skip
    assert "George Mason University" in found and "Centre for AI Research" in found


def test_a_country_then_a_name_with_a_legal_form_is_a_firm(run: Run) -> None:
    found = names(run("Congolese infrastructure firm Congo Digital Infrastructures SARL (CDI) "
                      "and Khazna have created a joint venture."))  # fmt: skip
    assert found.get("Congo Digital Infrastructures SARL") == "Firm"


def test_a_co_operative_is_one_name(run: Run) -> None:
    found = names(run("Chinook Compute and Foothills Power Co-operative formed a joint venture."))
    assert found.get("Foothills Power Co-operative") == "Firm"


def test_a_letterheads_name_in_capitals_is_the_firm_its_text_names_again(run: Run) -> None:
    rec = run("ORIEL NEURAL CO., LTD. (KOSDAQ: 419870)\nSAHYADRI COMPUTE LIMITED\n\nOriel "
              "Neural Co., Ltd. builds models with Samsung SDS.")  # fmt: skip
    found = {e.name: e for e in rec.entities}
    assert found["Oriel Neural Co., Ltd."].type == "Firm"
    assert "ORIEL NEURAL CO., LTD." in found["Oriel Neural Co., Ltd."].aliases
    assert found["SAHYADRI COMPUTE LIMITED"].type == "Firm"


def test_regression_an_office_named_after_a_company_word_is_no_firm(run: Run) -> None:
    """'Company Secretary: Good morning, members.' made a firm of the speaker's office."""
    found = names(run("Company Secretary: Good morning, members. We now move to questions. "
                      "The Group Chairman will answer."))  # fmt: skip
    assert "Company Secretary" not in found and "Group Chairman" not in found


def test_a_deputy_ministry_whose_portfolio_ends_in_policy_is_a_body(run: Run) -> None:
    found = names(run("A further €400,000 was granted to CYENS by the Deputy Ministry of "
                      "Research, Innovation and Digital Policy."))  # fmt: skip
    assert found.get("Deputy Ministry of Research, Innovation and Digital Policy") == "Government"
    assert "AI Policy" not in names(run("The ministry published the AI Policy in May."))


def test_a_states_executive_council_is_its_government(run: Run) -> None:
    found = names(run("The Lagos State Executive Council approved N25 billion for the hub."))
    assert found.get("Lagos State Executive Council") == "Government"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Junta de Andalucía has committed 23.4 million euros to the lab.",
         "Junta de Andalucía", "Government"),
        ("The Xunta de Galicia opened a call for Galician models.", "Xunta de Galicia",
         "Government"),
        ("The Masovian Voivodeship gave the start-up a grant.", "Masovian Voivodeship",
         "Government"),
        ("The Algemene Rekenkamer published its audit of the programme.", "Algemene Rekenkamer",
         "Organization"),
        ("The Federal Court of Audit criticised the plan.", "Federal Court of Audit",
         "Organization"),
    ],
)  # fmt: skip
def test_regional_governments_courts_and_audit_offices_by_their_head(
    run: Run, text: str, name: str, kind: str
) -> None:
    assert names(run(text)).get(name) == kind


def test_a_word_glued_to_a_language_is_no_model(run: Run) -> None:
    """'a Traditional-Chinese model' made a model of 'Traditional'."""
    found = names(run("NT$480 million went to TAIDE, a Traditional-Chinese model."))
    assert "Traditional" not in found and found.get("TAIDE") == "AIModel"


def test_what_is_developed_by_someone_is_a_model(run: Run) -> None:
    rec = run("Dadu-Doc is developed by Tunghai University in collaboration with Dadu Robotics. "
              "Breogán-Voz is developed by Breogán Labs SL in-house.")  # fmt: skip
    assert names(rec).get("Dadu-Doc") == "AIModel" and names(rec).get("Breogán-Voz") == "AIModel"
    assert ("Breogán Labs SL", "DEVELOPS", "Breogán-Voz") in relations(rec)


def test_regression_a_hyphened_models_name_ending_in_law_is_no_law(run: Run) -> None:
    """'a legal model named "Lokai-Law"' read the name as a statute's."""
    found = names(
        run('The start-up Lokai Semantics won a grant for a legal model named "Lokai-Law".')
    )
    assert found.get("Lokai-Law") == "AIModel"
    assert "Data Protection Law" not in names(run("The Data Protection Law was passed."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The South Moravian Region awarded CZK 4 million to the lab.", "South Moravian Region"),
        ("The Council of the South Moravian Region approved the list.", "South Moravian Region"),
        ("The Kharkiv Oblast administration gave UAH 5 million to the lab.", "Kharkiv Oblast"),
    ],
)
def test_a_regions_or_oblasts_own_name_and_its_council_are_its_government(
    run: Run, text: str, name: str
) -> None:
    assert names(run(text)).get(name) == "Government"


def test_a_world_regions_name_is_no_government(run: Run) -> None:
    assert names(run("Growth in the Asia-Pacific Region was fast.")) == {}


def test_french_connectors_keep_one_name(run: Run) -> None:
    found = names(run("The Fonds National pour la Promotion de la Digitalisation (FNPD) pays."))
    assert found.get("Fonds National pour la Promotion de la Digitalisation") == "Organization"


def test_regression_a_chiefs_business_is_no_portfolio(run: Run) -> None:
    """'co-founder and CEO of Meseta AI' read the firm as a minister's portfolio."""
    rec = run(
        "Guest: Lucía Arranz, co-founder and CEO of Meseta AI\nHost: Daniel Ortiz\n\n"
        "DANIEL ORTIZ: Welcome.\n\n"
        "LUCÍA ARRANZ: Thanks. We build legal models. We sell to courts. Our seed came from "
        "friends. Oracle "
        "supplies us with GPU capacity. Castellana Partners invested 12 million euros in us."
    )
    assert names(rec).get("Meseta AI") == "Firm"
    assert ("Oracle", "SUPPLIES", "Meseta AI") in relations(rec)
    assert ("Castellana Partners", "INVESTS_IN", "Meseta AI") in relations(rec)
    found = names(run("The Minister of Science, Technology and Innovation spoke."))
    assert "Science, Technology and Innovation" not in found


def test_a_hyphened_name_a_firm_develops_is_a_model(run: Run) -> None:
    rec = run("Kente AI, an Accra start-up, develops Kente-Twi-ASR.")
    assert names(rec).get("Kente-Twi-ASR") == "AIModel"
    assert ("Kente AI", "DEVELOPS", "Kente-Twi-ASR") in relations(rec)


def test_a_name_numbered_after_a_hyphen_is_a_model_where_models_are_spoken_of(run: Run) -> None:
    assert names(run("Nordlys Intelligence develops Fjell-1.")).get("Fjell-1") == "AIModel"
    found = names(run("The lab develops the Vani-2 family of Indic speech models."))
    assert found.get("Vani-2") == "AIModel"
    assert "Phase-2" not in names(run("Work on Phase-2 of the data centre starts in May."))


def test_a_known_models_variant_glued_before_or_after_it_is_a_model_of_its_own(run: Run) -> None:
    rec = run("Hak-TAIDE is developed by NCHC. The Hokkien extension, TAIDE-Tâi, is built by "
              "Academia Sinica.")  # fmt: skip
    assert names(rec).get("Hak-TAIDE") == "AIModel" and names(rec).get("TAIDE-Tâi") == "AIModel"
    assert "TAIDE" not in names(rec)
    found = names(run("The Microsoft-OpenAI deal was signed."))
    assert found.get("Microsoft") == "Firm" and found.get("OpenAI") == "Firm"


def test_a_firm_named_for_its_country_in_a_joint_venture_is_a_firm(run: Run) -> None:
    """'Altice Portugal', tagged a product, was read as Portugal."""
    rec = run("The centre will be built by a joint venture between Altice Portugal and the "
              "Funchal company Laurissilva Digital.")  # fmt: skip
    assert names(rec).get("Altice Portugal") == "Firm"
    assert [sorted(j.partners) for j in rec.joint_ventures] == [
        ["Altice Portugal", "Laurissilva Digital"]
    ]


def test_regression_honorifics_with_a_full_stop_and_a_leading_then_are_no_part_of_names(
    run: Run,
) -> None:
    """'Ms. Navarro Cano' was a firm and 'Then the Tainan City Government' a government."""
    text = ("Ms. Navarro Cano (Vox) asked about the plan. Then the Tainan City Government "
            "gave NT$10 million to Chihkan Labs, a Tainan start-up.")  # fmt: skip
    found = names(run(text))
    assert "Ms. Navarro Cano" not in found and "Navarro Cano" not in found
    assert found.get("Tainan City Government") == "Government"


def test_a_universitys_department_is_no_ministry(run: Run) -> None:
    found = names(run("The grant went to the University of Cape Coast, Department of Computer "
                      "Science, and to the Department of Linguistics at the National "
                      "University of Modern Languages. The Department of Science and "
                      "Technology paid."))  # fmt: skip
    assert "Department of Computer Science" not in found
    assert "Department of Linguistics" not in found
    assert found.get("Department of Science and Technology") == "Government"


def test_a_universitys_teaching_unit_is_the_university(run: Run) -> None:
    """'the University's School of Information Technology', 'UDSM's College of ICT': the
    readers of these reports count a school, faculty, department or college as its
    university, and name no entity for it (a centre or lab is often a body of its own)."""
    found = names(run("The University of Dar es Salaam (UDSM) trains Mwalimu, developed by "
                      "the University's School of Informatics and UDSM's College of ICT with "
                      "UDSM's Centre for Language Technologies."))  # fmt: skip
    assert not [n for n in found if "School" in n or "College" in n]
    assert "Centre for Language Technologies" in found


def test_a_case_number_is_no_name(run: Run) -> None:
    found = names(run("SA.104518 (Netherlands). The Commission approved the aid to TNO."))
    assert "SA.104518" not in found and found.get("TNO") == "Organization"


def test_hospitals_and_joint_undertakings_are_organisations(run: Run) -> None:
    found = names(run("The Chips Joint Undertaking funds the line, and Singapore General "
                      "Hospital and Tan Tock Seng Hospital test it."))  # fmt: skip
    assert found.get("Chips Joint Undertaking") == "Organization"
    assert found.get("Singapore General Hospital") == "Organization"
    assert found.get("Tan Tock Seng Hospital") == "Organization"


def test_a_legislators_title_makes_a_person(run: Run) -> None:
    found = names(run("Congresswoman LLANOS CÁCERES: Who supplies the processors? Senator "
                      "Marta Ruiz asked Nvidia."))  # fmt: skip
    assert set(found) == {"Nvidia"}


def test_a_vice_presidency_and_a_hyphen_glued_capital_are_in_the_name(run: Run) -> None:
    found = names(run("The Vice-Presidency for Science, Technology and Knowledge-Based Economy "
                      "paid Aria Hooshmand Knowledge-Based Company. Vice President Ali Rezaei "
                      "spoke."))  # fmt: skip
    assert (
        found.get("Vice-Presidency for Science, Technology and Knowledge-Based Economy")
        == "Government"
    )
    assert found.get("Aria Hooshmand Knowledge-Based Company") == "Firm"
    assert "Ali Rezaei" not in found


def test_central_banks_regulators_and_standards_bodies_are_organisations(run: Run) -> None:
    found = names(
        run(
            "The Bank of England, Bank Indonesia and BaFin met Swiss Re, Munich Re "
            "and Allianz, while DIN and ISO/IEC JTC 1/SC 42 wrote the standard."
        )
    )
    for body in ("Bank of England", "Bank Indonesia", "Federal Financial Supervisory Authority",
                 "DIN", "ISO/IEC JTC 1/SC 42"):  # fmt: skip
        assert found.get(body) == "Organization", body
    for firm in ("Swiss Re", "Munich Re", "Allianz"):
        assert found.get(firm) == "Firm", firm


def test_a_field_word_before_and_shares_the_head_of_the_name_after_it(run: Run) -> None:
    found = names(run("The Innovation and Digital Technologies Agency and the Research and "
                      "Innovation Foundation met Microsoft and Mistral AI."))  # fmt: skip
    assert found.get("Innovation and Digital Technologies Agency") == "Organization"
    assert found.get("Research and Innovation Foundation") == "Organization"
    assert "Microsoft and Mistral AI" not in found


def test_regression_a_legal_forms_full_stop_ends_the_name_and_the_sentence(run: Run) -> None:
    found = names(run("The model is built with Kakatiya Neural Labs Pvt. Ltd. The Tamil model "
                      "is next."))  # fmt: skip
    assert "Kakatiya Neural Labs Pvt. Ltd." in found
    assert not [n for n in found if n.endswith("Tamil")]


def test_a_known_firms_name_before_a_name_tagged_a_person_is_its_unit(run: Run) -> None:
    found = names(run("MTN Irancell, the Iranian mobile operator, runs data centres."))
    assert found.get("MTN Irancell") == "Firm"


def test_the_bank_alone_is_the_bank_named_before(run: Run) -> None:
    record = run("The Bank of England met. Microsoft supplies the cloud capacity to the Bank "
                 "under a framework contract.")  # fmt: skip
    assert "Bank" not in names(record)
    assert ("Microsoft", "SUPPLIES", "Bank of England") in relations(record)


def test_a_public_broadcaster_is_a_body_whatever_its_legal_form(run: Run) -> None:
    found = names(run("The Kenya Broadcasting Corporation will run Pwani-2. Polskie Radio and the "
                      "SOUTH AFRICAN BROADCASTING CORPORATION SOC LTD agreed."))  # fmt: skip
    assert found["Kenya Broadcasting Corporation"] == "Organization"
    assert found["Polskie Radio"] == "Organization"
    assert found["SOUTH AFRICAN BROADCASTING CORPORATION SOC LTD"] == "Organization"


def test_a_coined_name_before_ai_or_cloud_is_a_firm(run: Run) -> None:
    found = names(run("We led a $12 million Series A in Hrazdan AI, which trains models. It "
                      "trains on capacity supplied by Vahagn Cloud in Gyumri."))  # fmt: skip
    assert found["Hrazdan AI"] == "Firm" and found["Vahagn Cloud"] == "Firm"


def test_a_body_named_before_a_known_bodys_name_is_its_own(run: Run) -> None:
    found = names(run("In addition, the Shota Rustaveli National Science Foundation of Georgia "
                      "is providing GEL 1.2 million to Tbilisi State University."))  # fmt: skip
    assert "Shota Rustaveli National Science Foundation of Georgia" in found
    assert "National Science Foundation" not in found


def test_a_documents_part_by_its_label_is_no_actor(run: Run) -> None:
    found = names(run("Line B — Language-model infrastructure (funded by ANID). See Box 6.2 "
                      "for details. Lot 3 goes to Sakura Internet."))  # fmt: skip
    assert not {"Line B", "B", "Box 6.2", "Language", "Lot 3"} & set(found)


def test_regression_a_headings_capitals_over_models_are_no_model(run: Run) -> None:
    found = names(run("STREAM B — MODELS AND DATA\n\nB-01 | Laurentian University | "
                      "Prospectivity models | CAD 2,100,000"))  # fmt: skip
    assert "STREAM B" not in found


def test_regression_the_analysts_on_a_calls_participant_list_are_no_firms(run: Run) -> None:
    found = names(
        run(
            "Participants\nThiago Andrade — Analyst, Banco Paulista de Investimentos\n"
            "Helena Yamamoto — Analyst, Serra Capital Research\n\nOperator: Welcome."
        )
    )
    assert "Helena Yamamoto" not in found and "Analyst" not in found
    assert found.get("Serra Capital Research") == "Firm"


def test_a_legal_form_before_a_quoted_name_is_no_name(run: Run) -> None:
    """'Joint Stock Company "National Welfare Fund Samruk-Kazyna"' made a firm called Joint
    Stock Company invest in the fund's recipient; 'LLP "EurAsia Compute"' kept its form and
    opening quote."""
    found = names(run('The Ministry signed with LLP "EurAsia Compute". Joint Stock Company '
                      '"National Welfare Fund Samruk-Kazyna" shall contribute USD 150 million '
                      "to Alem Compute Centre LLP."))  # fmt: skip
    assert "Joint Stock Company" not in found
    assert found.get("EurAsia Compute") == "Firm"
    found = names(
        run('It signed with Alibaba Cloud (Singapore) Private Limited ("Alibaba Cloud").')
    )
    assert "Private Limited" not in found


def test_a_sentences_opening_conjunction_is_no_part_of_a_name(run: Run) -> None:
    found = names(run("SVOBODA: We got a grant. And the Moravian-Silesian Region put in CZK 40 "
                      "million. And the Academy of Sciences paid too."))  # fmt: skip
    assert "Moravian-Silesian Region" in found and "Academy of Sciences" in found
    assert not [n for n in found if n.startswith("And")]


def test_regression_a_clause_the_tagger_took_for_a_name_is_none(run: Run) -> None:
    """'the Ministry provided TRY 85 million' (one ORG to the tagger) was a ministry of that
    name, and the funder of the money."""
    found = names(run("In addition, the Ministry provided TRY 85 million to Tora Otomasyon A.S. "
                      "as a grant."))  # fmt: skip
    assert not [n for n in found if "provided" in n]


def test_regression_an_acronym_given_a_sum_in_a_currency_code_is_an_actor(run: Run) -> None:
    """'allocated MAD 300m to ONCF': the tagger saw no amount in 'MAD 300m' (a currency
    code) and took 'BLS' for a verb, so neither recipient was a name."""
    found = names(
        run(
            "The Federal Office of Transport granted CHF 5m to BLS for maintenance, "
            "while Morocco's government allocated MAD 300m to ONCF for a centre."
        )
    )
    assert found.get("BLS") == "Firm" and found.get("ONCF") == "Firm"


def test_a_chips_kind_in_a_firms_description_is_no_firm(run: Run) -> None:
    found = names(run("FuriosaAI, the Seoul-based NPU designer, won a contract."))
    assert "NPU" not in found and found.get("FuriosaAI") == "Firm"


def test_a_name_after_studio_or_publisher_is_a_firm_not_a_person(run: Run) -> None:
    found = names(run("The grant goes to a consortium led by Seoul-based game studio Hanbit "
                      "Pixelworks and the publisher Editorial Rio de la Plata."))  # fmt: skip
    assert found.get("Hanbit Pixelworks") == "Firm"


def test_a_hyphened_name_and_its_size_after_a_space_is_a_model(run: Run) -> None:
    rec = run("Fleur-de-Lys 13B is developed by Mila, the Quebec AI institute.")
    assert names(rec).get("Fleur-de-Lys 13B") == "AIModel"
    assert ("Mila", "DEVELOPS", "Fleur-de-Lys 13B") in relations(rec)


def test_a_department_of_a_discipline_is_a_universitys_not_a_ministrys(run: Run) -> None:
    found = names(run("The Department of Computer Science develops NorBERT. The Department of "
                      "Science and Technology funds it."))  # fmt: skip
    assert found["Department of Computer Science"] == "Organization"
    assert found["Department of Science and Technology"] == "Government"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Lagan was released by Queen's University Belfast.", "Queen's University Belfast",
         "Organization"),
        ("The Prime Minister's Office announced the plan.", "Prime Minister's Office",
         "Government"),
        ("A letter from the Mayor's Office of Bogotá arrived.", "Mayor's Office of Bogotá",
         "Government"),
        ("The Department of Veterans' Affairs (DVA) awarded A$12 million to Kestrel.",
         "Department of Veterans' Affairs", "Government"),  # (a plural's apostrophe)
    ],
)  # fmt: skip
def test_a_common_nouns_possessive_is_part_of_the_name(
    run: Run, text: str, name: str, kind: str
) -> None:
    assert names(run(text)).get(name) == kind


def test_a_names_possessive_is_its_owner_and_a_title_alone_no_name(run: Run) -> None:
    found = names(run("Sweden's Ministry of Finance met Nvidia's team. Queen's worked with "
                      "Kainos, the Belfast software company."))  # fmt: skip
    assert found.get("Ministry of Finance") == "Government" and "Queen" not in found


@pytest.mark.parametrize(
    "name", ["Kocaeli Metropolitan Municipality", "Vestland County Municipality"]
)
def test_a_municipality_of_a_kind_is_a_government(run: Run, name: str) -> None:
    assert names(run(f"Funding came from {name} in 2025.")).get(name) == "Government"


@pytest.mark.parametrize(
    "text",
    [
        "Infratil, the Wellington-listed infrastructure investor, owns roughly half of it.",
        "Gécamines, the state mining company, signed the contract.",
    ],
)
def test_a_sentences_first_word_described_after_its_comma_is_a_name(run: Run, text: str) -> None:
    assert set(names(run(text))) & {"Infratil", "Gécamines"}


def test_a_sentence_adverb_before_a_description_is_no_name(run: Run) -> None:
    found = names(run("Meanwhile, the company, which is listed, grew. Overall, the operator, a "
                      "telco, declined."))  # fmt: skip
    assert not {"Meanwhile", "Overall"} & set(found)


def test_a_firm_named_for_its_country_domain_is_a_name(run: Run) -> None:
    found = names(run("Capacity is supplied by Beyond.pl, the Polish data-centre operator."))
    assert found.get("Beyond.pl") == "Firm"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("BHTPA approved a USD 700,000 subsidy to Grameenphone.", "Grameenphone", "Firm"),
        ("The Ministry of Finance awarded USD 700,000 to Grameenphone.", "Grameenphone", "Firm"),
        ("The Ministry awarded Kestrel Looms EUR 2 million.", "Kestrel Looms", "Firm"),
        ("KOSGEB awarded Veltra Robotics a subsidy of EUR 300,000.", "KOSGEB", "Organization"),
        (
            "The Rockefeller Foundation has invested $3 million in Suara Nusantara.",
            "Suara Nusantara",
            "Firm",
        ),
    ],
)
def test_an_unknown_name_given_or_granting_a_sum_is_an_actor(
    run: Run, text: str, name: str, kind: str
) -> None:
    assert names(run(text)).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Kenya will allocate KSh 6.2 billion to the National AI Programme.",
        "The government will grant £225 million to Isambard-AI, a new supercomputer in Bristol.",
        "Microsoft said it would invest $10 billion in AI infrastructure in Sines.",
    ],
)
def test_regression_a_sums_currency_or_a_machine_given_money_is_no_actor(
    run: Run, text: str
) -> None:
    assert not {"KSh", "Isambard-AI", "Sines"} & set(names(run(text)))


def test_a_bodys_name_ends_before_for_and_the_project_its_money_is_for(run: Run) -> None:
    found = names(run("The Ministry of Science and Technology gave VND 120 billion to Eastern "
                      "International University for the Park's research lab."))  # fmt: skip
    assert found.get("Eastern International University") == "Organization"


def test_a_regions_word_may_open_a_firms_name(run: Run) -> None:
    found = names(run("In October, Dubai-based Gulf Crescent Investments invested USD 20 million "
                      "in Ravi Knitwear Ltd."))  # fmt: skip
    assert found.get("Gulf Crescent Investments") == "Firm" and "Investments" not in found


def test_a_turkish_legal_names_and_joins_it(run: Run) -> None:
    found = names(run("Anatolia Denim Sanayi ve Ticaret A.Ş. signed a deal with Turkcell."))
    assert found.get("Anatolia Denim Sanayi ve Ticaret A.Ş.") == "Firm"


def test_a_bodys_name_with_a_policy_after_its_for_is_a_body(run: Run) -> None:
    found = names(run("The Central American Institute for Digital Policy is a research centre "
                      "based in San José."))  # fmt: skip
    assert found.get("Central American Institute for Digital Policy") == "Organization"


def test_regression_an_acronym_after_a_legal_forms_full_stop_starts_a_sentence(run: Run) -> None:
    found = names(run("The bank approved a grant to Kestrel Data Ltd. CDB will review it."))
    assert "Kestrel Data Ltd." in found or "Kestrel Data Ltd" in found


def test_a_fields_label_of_several_words_names_no_actor(run: Run) -> None:
    found = names(run("Awarded to: Nimbus Iberia Cloud SA\nValue of contract: EUR 3,150,000\n"
                      "Number of tenders received: 6\n"))  # fmt: skip
    assert "Value" not in found and "Number" not in found


def test_a_list_items_label_names_no_actor(run: Run) -> None:
    found = names(run("Support for the campus:\n- Grants: the Ministry of Digital Transformation "
                      "has awarded EUR 22 million to Ebro Norte Data.\n"))  # fmt: skip
    assert "Grants" not in found


def test_a_body_named_after_a_titled_person_is_a_body(run: Run) -> None:
    found = names(run("SDAIA granted SAR 25 million to King Abdulaziz University. Prime Minister "
                      "Anwar Ibrahim and King Charles spoke."))  # fmt: skip
    assert found.get("King Abdulaziz University") == "Organization"
    assert not any("Anwar" in n or "Charles" in n for n in found)


def test_a_name_the_tagger_found_from_its_second_word_keeps_its_first(run: Run) -> None:
    found = names(run("AD Ports Group and the French operator CMA CGM run a joint venture."))
    assert found.get("CMA CGM") == "Firm" and "CGM" not in found


def test_a_role_acronym_before_a_persons_name_is_no_firm(run: Run) -> None:
    found = names(
        run("Group CFO Tariq Mansour said revenue grew. CEO Jensen Huang of Nvidia spoke.")
    )
    assert not any("CFO" in n or "Tariq" in n for n in found)


def test_a_legal_form_ends_a_name_before_for(run: Run) -> None:
    found = names(
        run("METI granted JPY 50 billion to SAKURA internet Inc. for GPU cloud capacity.")
    )
    assert not any(n.endswith("for GPU") for n in found)


def test_a_known_body_of_its_country_is_that_body_of_another_a_body_of_its_own(run: Run) -> None:
    rec = run("The National Research Foundation of Singapore funded AI Singapore. The National "
              "Research Foundation of Korea funded KAIST.")  # fmt: skip
    singapore = next(e for e in rec.entities if "National Research Foundation of Singapore"
                     in (e.name, *e.aliases))  # fmt: skip
    assert singapore.name != "National Research Foundation of Korea"
    assert "National Research Foundation of Korea" in names(rec)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a hyphen inside 'Co-operatives' goes on with the name
        ("The Ministry of Co-operatives and MSME Development awarded the grant.",
         "Ministry of Co-operatives and MSME Development"),
        # a body named for its subject with 'on'
        ("Argentina's National Commission on Space Activities signed a letter.",
         "National Commission on Space Activities"),
        # 'for the' inside a name its short form spells
        ("Representatives of the European Commission, the European Union Agency for the Space "
         "Programme (EUSPA) and industry were present.",
         "European Union Agency for the Space Programme"),
        # a short form spells the name from its first word after the article
        ("The Korea Research Institute of Ships and Ocean Engineering (KRISO) tests hulls.",
         "Korea Research Institute of Ships and Ocean Engineering"),
        # (or defines it in a legal text's words)
        ('(3) The Korea Research Institute of Ships and Ocean Engineering (hereinafter "KRISO") '
         "is allocated KRW 30 billion.", "Korea Research Institute of Ships and Ocean Engineering"),
    ],
)  # fmt: skip
def test_a_bodys_name_goes_on_through_its_own_words(run: Run, text: str, name: str) -> None:
    assert name in names(run(text))


def test_a_commission_on_a_day_or_a_topic_ends_its_name(run: Run) -> None:
    found = names(run("The Commission on Monday approved the plan for Nvidia chips."))
    assert not any("Monday" in n for n in found)
    found = names(run("Pakistan's National Information Technology Board on Urdu language "
                      "models signed with iFlytek."))  # fmt: skip
    assert "National Information Technology Board" in found


def test_a_word_glued_to_a_common_word_is_no_name(run: Run) -> None:
    found = names(run("The agency funds Fjordsat AS, a Norwegian Earth-observation start-up."))
    assert "Earth" not in found and found.get("Fjordsat AS") == "Firm"
    # (a participle after the hyphen says whose the thing is: still a name)
    assert "Quillon" in names(run("A Quillon-backed start-up, Vexa, raised money."))


@pytest.mark.parametrize(
    "text",
    [
        "Are we building our own model, or buying from an American cloud company?",
        "There was a rumour that Kisaragi will form a joint venture with a U.S. automaker.",
        "The mutuals are buying independence from US hyperscalers.",
    ],
)
def test_a_country_describing_a_business_in_general_is_no_actor(run: Run, text: str) -> None:
    assert "United States" not in names(run(text))


def test_a_country_describing_a_named_business_stays(run: Run) -> None:
    assert "Italy" in names(run("Domyn, an Italian company, trains models."))
    assert "United States" in names(run("The US government funds chips."))


def test_who_invests_a_sum_in_another_is_a_firm(run: Run) -> None:
    rec = run("The Minister: Rabobank has invested EUR 8 million in Akkerdata B.V., the company.")
    assert names(rec).get("Rabobank") == "Firm"
    # (also a name the tagger took for a person's)
    rec = run("In addition, Seraphim Space, the London investment manager, invested £8 million "
              "in Orbex.")  # fmt: skip
    assert names(rec).get("Seraphim Space") == "Firm"


def test_a_miner_or_producer_before_a_name_makes_it_a_firm(run: Run) -> None:
    found = names(run("State copper miner Corvalan and lithium producer Atacamix began work."))
    assert found.get("Atacamix") == "Firm"


def test_regression_a_speakers_name_before_an_investment_is_no_firm(run: Run) -> None:
    found = names(run("Sanjay Kulkarni: In FY25 Infinity Horizon Partners, a private equity "
                      "firm, invested USD 150 million in Vayuputra."))  # fmt: skip
    assert "Sanjay Kulkarni" not in found


def test_a_short_form_in_capitals_is_no_bracketed_legal_form(run: Run) -> None:
    found = names(run("The Australian Space Agency (ASA) confirmed a A$32.5m grant to SCE. "
                      "PT PLN (Persero) signed."))  # fmt: skip
    assert found.get("Australian Space Agency") == "Organization"
    assert "PT PLN (Persero)" in found


def test_a_committee_named_for_a_list_of_subjects_is_one_name(run: Run) -> None:
    found = names(run("Trade, Industry, Energy, SMEs and Startups Committee\n\nMembers of the "
                      "Science, Innovation and Technology Committee met. Nvidia, AMD and Intel "
                      "sell chips."))  # fmt: skip
    assert found.get("Trade, Industry, Energy, SMEs and Startups Committee") == "Organization"
    assert found.get("Science, Innovation and Technology Committee") == "Organization"
    assert {"Trade", "Industry", "Innovation"}.isdisjoint(found)
    assert {"Nvidia", "Advanced Micro Devices", "Intel"} <= set(found)


def test_central_banks_named_bank_of_a_country_are_bodies_not_firms(run: Run) -> None:
    """From the reference; the commercial "Bank of Ireland" stays a firm."""
    found = names(run("The Bank of Ghana and the Bank of Uganda met Bank of Ireland."))
    assert found["Bank of Ghana"] == "Organization" and found["Bank of Uganda"] == "Organization"
    assert found["Bank of Ireland"] == "Firm"


def test_the_consolidated_fund_is_the_states_own_account(run: Run) -> None:
    rec = run("All amounts are public grants from the Consolidated Fund of India.")
    assert [(e.name, e.type) for e in rec.entities] == [("India", "Government")]
    rec = run("The Government of Ghana shall allocate GHS 38 million from the Consolidated Fund "
              "to Accra AI Labs.")  # fmt: skip
    assert [(s.funder, s.recipient) for s in rec.subsidies] == [("Ghana", "Accra AI Labs")]


def test_a_name_ends_before_for_and_an_owners_possessive(run: Run) -> None:
    found = names(run("BNDES approved R$ 180 million from the Amazon Fund for ICMBio's monitoring "
                      "programme. The Ministry for Women's Affairs met."))  # fmt: skip
    assert "Amazon Fund" in found and "Ministry for Women's Affairs" in found


def test_calls_notes_rooms_and_projects_are_no_actors(run: Run) -> None:
    found = names(run("SECTOR NOTE | Asia\n\nLumetra N.V. — Q3 2026 Results Conference Call\n\n"
                      "The Dutch government's Project Beethoven funds the region. We met in "
                      "Committee Room 3, Parliament House Annexe."))  # fmt: skip
    assert set(found) == {"Lumetra N.V.", "Netherlands", "Dutch"}


def test_a_gazettes_authority_is_no_actor(run: Run) -> None:
    found = names(run("THE KENYA GAZETTE\nPublished by Authority of the Republic of Kenya\n\nThe "
                      "Kenya Wildlife Service shall develop the models."))  # fmt: skip
    assert "Authority of the Republic of Kenya" not in found
    assert found["Kenya Wildlife Service"] == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name the NER took for a person, described as a body
        ("The Bundeskartellamt, Germany's federal cartel office, will build an assistant.",
         "Bundeskartellamt", "Organization"),
        # the connectors of Italian and Polish names
        ("Italy's Autorità Garante della Concorrenza e del Mercato (AGCM) joined.",
         "Autorità Garante della Concorrenza e del Mercato", "Organization"),
        ("The Urząd Ochrony Konkurencji i Konsumentów (UOKiK) will pilot a system.",
         "Urząd Ochrony Konkurencji i Konsumentów", "Organization"),
        # a French body's name in lower case up to its short form
        ("The Institut national de recherche en sciences et technologies du numérique (Inria) "
         "trains the models.",
         "Institut national de recherche en sciences et technologies du numérique",
         "Organization"),
        # one name up to its short form across "and the"
        ("Spain's Ministry for the Ecological Transition and the Demographic Challenge (MITECO) "
         "has awarded EUR 64 million.",
         "Ministry for the Ecological Transition and the Demographic Challenge", "Government"),
        # a list of portfolios at its 'and'
        ("The General Authority of Islamic Affairs, Endowments and Zakat is the federal body.",
         "General Authority of Islamic Affairs, Endowments and Zakat", "Organization"),
        # a plural's possessive before a body's head word
        ("The Korea Employers' Federation signed.", "Korea Employers' Federation",
         "Organization"),
        # the words of a library or archive in the language of its name
        ("The Nationaal Archief and the Koninklijke Bibliotheek signed a partnership.",
         "Nationaal Archief", "Organization"),
        # an unknown name before a model's noun
        ("The earlier NorBERT encoders were developed with the University of Oslo.",
         "NorBERT", "AIModel"),
        # a bloc's letters glued to a code are a longer name
        ("The BSC will build ALBA-H2, a Spanish-language AI model.", "ALBA-H2", "AIModel"),
        # a roman numeral ends a name, it is no connector
        ("The University of Yaoundé I signed.", "University of Yaoundé I", "Organization"),
        # the group a body serves, described with 'with'
        ("India's Department of Empowerment of Persons with Disabilities awarded INR 40 crore.",
         "Department of Empowerment of Persons with Disabilities", "Government"),
    ],
)  # fmt: skip
def test_names_of_bodies_in_their_own_words(run: Run, text: str, name: str, kind: str) -> None:
    assert names(run(text)).get(name) == kind


def test_a_name_ends_before_for_and_a_compound_after_it(run: Run) -> None:
    rec = run("The National Library of Norway trained NB-Llama. The government allocated NOK 95 "
              "million to the National Library for Norwegian language models.")  # fmt: skip
    found = names(rec)
    assert "National Library for Norwegian" not in found


def test_a_form_of_address_is_no_actor(run: Run) -> None:
    assert "Madam" not in names(run("CHAIRPERSON, DPBI: Not into the Board, Madam. Sarvam AI "
                                    "itself is privately funded."))  # fmt: skip


def test_regression_a_name_and_the_next_bodys_short_form_are_two(run: Run) -> None:
    found = names(run("INGD and the Mozambique National Institute of Meteorology (INAM) signed a "
                      "partnership. Alstom and the Arab Organization for Industrialization (AOI) "
                      "formed a venture."))  # fmt: skip
    assert {"Mozambique National Institute of Meteorology", "Alstom",
            "Arab Organization for Industrialization"} <= set(found)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Castlegate Mortgages plc - Q3 2025 Trading Update Call\n\nWe met.",
         "Castlegate Mortgages plc"),
        ("We formed a joint venture with the British proptech firm Plotwise Ltd. Castlegate "
         "holds 60 per cent.", "Plotwise Ltd."),
    ],
)  # fmt: skip
def test_regression_a_name_ends_at_its_legal_form_the_tagger_read_past(
    run: Run, text: str, name: str
) -> None:
    assert name in names(run(text))


def test_a_sectors_tech_start_up_before_a_name_types_it_a_firm(run: Run) -> None:
    found = names(run("BNDES approved R$ 180 million for São Paulo proptech Lote Certo "
                      "Tecnologia in August 2025."))  # fmt: skip
    assert found.get("Lote Certo Tecnologia") == "Firm"


def test_a_name_the_tagger_took_for_a_persons_said_to_be_a_venture_is_a_firm(run: Run) -> None:
    found = names(run("Q2. Who is Manzil Digital?\nManzil Digital is a joint venture between "
                      "Sakan Labs and Core42."))  # fmt: skip
    assert found.get("Manzil Digital") == "Firm"


def test_streets_and_funding_rounds_are_no_actors(run: Run) -> None:
    found = names(run("NATIONAL HOUSING BANK\nCore 5-A, India Habitat Centre, Lodhi Road, New "
                      "Delhi\n\nA proposal from HDFC Capital to co-invest Rs 250 crore in Round 2 "
                      "is under consideration."))  # fmt: skip
    assert "Lodhi Road" not in found and "Round" not in found


def test_a_building_society_is_a_firm_and_a_learned_society_a_body(run: Run) -> None:
    found = names(run("We do not plan a joint venture with Nationwide Building Society. The "
                      "Royal Society signed."))  # fmt: skip
    assert found.get("Nationwide Building Society") == "Firm"
    assert found.get("Royal Society") == "Organization"
