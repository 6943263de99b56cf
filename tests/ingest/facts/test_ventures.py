"""ingest/facts/ventures.py: joint ventures and partnerships with all their partners."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.reference import load_reference
from kg.records import DocumentRecord
from tests.ingest.conftest import relations


def reference_name(name: str) -> object:
    return load_reference().by_name(name)


Run = Callable[[str], DocumentRecord]


def ventures(rec: DocumentRecord) -> list[tuple[set[str], str]]:
    canon = {n: (ref.name if (ref := reference_name(e.name)) else e.name)
             for e in rec.entities for n in (e.name, *e.aliases)}  # fmt: skip
    return [({canon[p] for p in j.partners}, j.kind) for j in rec.joint_ventures]


def test_joint_venture_between_three_named_and_its_name(run: Run) -> None:
    rec = run(
        "A joint venture between Indosat Ooredoo Hutchison (IOD), Lintasarta and BDx Data "
        "Centers (BDx), BDx Indonesia launched an AI data center park in Indonesia."
    )
    [(partners, kind)] = ventures(rec)
    assert kind == "joint_venture"
    assert {"Indosat Ooredoo Hutchison", "Lintasarta", "BDx Data Centers"} <= partners
    assert rec.joint_ventures[0].name == "BDx Indonesia"


def test_the_country_a_partner_is_headquartered_in_is_no_partner(run: Run) -> None:
    rec = run(
        "It starts Rasd Hexagon Mapping, a joint venture formed in 2025 by Riyadh-based Rasd "
        "Geospatial Company and Hexagon, the technology group headquartered in Sweden."
    )
    assert ventures(rec) == [({"Rasd Geospatial Company", "Hexagon"}, "joint_venture")]


def test_their_partnership_takes_the_whole_list(run: Run) -> None:
    rec = run("G42, OpenAI, Oracle, NVIDIA, SoftBank Group and Cisco today announced their "
              "partnership to build Stargate UAE.")  # fmt: skip
    assert ventures(rec) == [({"G42", "OpenAI", "Oracle", "Nvidia", "SoftBank Group", "Cisco"},
                              "partnership")]  # fmt: skip


def test_agreement_with_a_government_and_a_named_partnership(run: Run) -> None:
    rec = run("US chipmaker Nvidia has entered an agreement with the Vietnamese government.")
    assert ventures(rec) == [({"Nvidia", "Vietnam"}, "partnership")]
    rec = run('A framework by the U.S. and UAE governments, the "U.S.-UAE AI Acceleration '
              'Partnership," deepens ties.')  # fmt: skip
    assert ({"United States", "United Arab Emirates"}, "partnership") in ventures(rec)


def test_listed_partners_are_pairs_with_the_owner(run: Run) -> None:
    rec = run("Domyn builds Colosseum. The company's partners include Microsoft and NVIDIA.")
    assert sorted(ventures(rec), key=lambda v: sorted(v[0])) == [
        ({"Domyn", "Microsoft"}, "partnership"),
        ({"Domyn", "Nvidia"}, "partnership"),
    ]


def test_the_subjects_that_enter_into_a_partnership_are_its_partners(run: Run) -> None:
    rec = run("ASML and Mistral AI have also entered into a strategic partnership aimed at "
              "applying AI across ASML's product portfolio.")  # fmt: skip
    assert ventures(rec) == [({"ASML", "Mistral AI"}, "partnership")]


def test_a_partnership_concluded_with(run: Run) -> None:
    rec = run("Bokamoso Digital Holdings has concluded a five-year strategic partnership "
              "agreement with Oracle Corporation.")  # fmt: skip
    assert ventures(rec) == [({"Bokamoso Digital Holdings", "Oracle"}, "partnership")]


def test_a_venture_formed_at_a_time_between_two(run: Run) -> None:
    rec = run("Gulf Sovereign Compute W.L.L. (GSC), a joint venture formed in March 2025 between "
              "Ooredoo Group and Burgan Digital Holding, builds halls.")  # fmt: skip
    assert ventures(rec) == [({"Ooredoo Group", "Burgan Digital Holding"}, "joint_venture")]


def test_a_joint_venture_company_between_two(run: Run) -> None:
    rec = run("The Company was incorporated on 2 September 2024 as a joint venture company "
              "between Ipê Dados S.A. and Oracle Corporation.")  # fmt: skip
    assert ventures(rec) == [({"Ipê Dados S.A.", "Oracle"}, "joint_venture")]


def test_a_joint_venture_company_they_formed_is_their_venture_and_named_after(run: Run) -> None:
    rec = run("RailTel Corporation of India Limited, a Central Public Sector Enterprise, and "
              "Hitachi Limited of Japan have formed a joint venture company, RH Mobility "
              "Private Limited, in 2025.")  # fmt: skip
    assert ventures(rec) == [({"RailTel Corporation of India Limited", "Hitachi"}, "joint_venture")]
    assert rec.joint_ventures[0].name == "RH Mobility Private Limited"


def test_a_legal_form_before_and_ends_the_first_partners_name(run: Run) -> None:
    rec = run("Kestrel Data Ltd and Orion Labs Ltd signed a partnership in 2024.")
    assert ventures(rec) == [({"Kestrel Data Ltd", "Orion Labs Ltd"}, "partnership")]


def test_a_partner_of_a_country_is_the_partner_not_the_country(run: Run) -> None:
    rec = run("NK Digital is a joint venture between NSME (60%) and Kongsberg Digital of Norway "
              "(40%), incorporated in 2025.")  # fmt: skip
    assert ventures(rec) == [({"NSME", "Kongsberg Digital"}, "joint_venture")]
    rec = run("Tebrau Daejin Test is a joint venture between Tebrau Holdings Berhad, a Johor "
              "conglomerate, and Daejin Test Solutions of South Korea.")  # fmt: skip
    assert ventures(rec) == [({"Tebrau Holdings Berhad", "Daejin Test Solutions"}, "joint_venture")]


def test_a_company_established_jointly_is_their_venture_and_the_jv_company_is_it(
    run: Run,
) -> None:
    rec = run('Acme Data and China Mobile will jointly establish Pengcheng Hengyi Computing '
              'Co., Ltd. (hereinafter "the JV Company"), which will build a computing centre. '
              "The JV Company will buy chips from Cambricon.")  # fmt: skip
    assert ventures(rec) == [({"Acme Data", "China Mobile"}, "joint_venture")]
    assert rec.joint_ventures[0].name == "Pengcheng Hengyi Computing Co., Ltd."
    assert "JV Company" not in {e.name for e in rec.entities}


def test_one_partner_alone_is_no_partnership(run: Run) -> None:
    assert run("Nvidia has announced partnerships with leading companies.").joint_ventures == []


def test_the_partnership_refers_back_to_the_two_firms_before(run: Run) -> None:
    rec = run(
        "Oracle will put $2 billion into Mistral AI, the companies said on Monday. "
        "The strategic partnership also gives Oracle a board seat."
    )
    assert ventures(rec) == [({"Oracle", "Mistral AI"}, "partnership")]


def test_the_deal_does_not_refer_back_as_a_partnership(run: Run) -> None:
    rec = run("Oracle sold servers to Mistral AI. The deal was announced on Monday in Paris.")
    assert ventures(rec) == []


def test_regression_the_company_is_the_topic_firm_not_the_supplier_named_last(run: Run) -> None:
    rec = run("Domyn is building Colosseum. Domyn said the system will run on NVIDIA GPUs. "
              "The company's partners include Microsoft.")  # fmt: skip
    assert ventures(rec) == [({"Domyn", "Microsoft"}, "partnership")]


def test_a_list_after_between_survives_descriptions_and_a_colon(run: Run) -> None:
    rec = run("The project is a joint venture between MGX, the Abu Dhabi-based investment firm, "
              "Bpifrance, France's public investment bank, and two companies that have become "
              "symbols of the European push: Mistral AI and US chipmaker Nvidia.")  # fmt: skip
    assert ventures(rec) == [({"MGX", "Bpifrance", "Mistral AI", "Nvidia"}, "joint_venture")]


def test_a_company_several_own_is_a_joint_venture(run: Run) -> None:
    rec = run("The company is owned by drugmaker AstraZeneca, telecoms equipment maker "
              "Ericsson and the telecom Nokia.")  # fmt: skip
    assert ventures(rec) == [({"AstraZeneca", "Ericsson", "Nokia"}, "joint_venture")]


def test_equipment_named_with_a_deal_is_no_partner(run: Run) -> None:
    rec = run("A partnership between Orange and Mistral AI to build data centres with Nvidia "
              "chips was announced.")  # fmt: skip
    assert ventures(rec) == [({"Orange", "Mistral AI"}, "partnership")]


def test_two_firms_announcing_one_package_are_partners(run: Run) -> None:
    rec = run("Microsoft and G42 announced a $1 billion package of investments in Kenya.")
    assert ventures(rec) == [({"Microsoft", "G42"}, "partnership")]
    assert ventures(run("Microsoft and Google announced results.")) == []


def test_a_memorandum_signed_by_several_and_a_launched_hub(run: Run) -> None:
    rec = run(
        "The project is carried out under a memorandum signed in June by the Ministry of "
        "Digital Transformation, the WINWIN AI Center of Excellence and Kyivstar."
    )
    signers = {"Ministry of Digital Transformation", "WINWIN AI Center of Excellence", "Kyivstar"}
    assert ventures(rec) == [(signers, "partnership")]
    rec = run("In Kigali, the Gates Foundation and the Rwandan government launched the Rwanda AI "
              "Scaling Hub, a partnership to take AI tools to farmers.")  # fmt: skip
    assert ventures(rec) == [({"Gates Foundation", "Rwanda"}, "partnership")]


def test_a_letter_of_intent_and_projects_unveiled_with_partners(run: Run) -> None:
    rec = run("OpenAI and Argentine energy company Sur Energy have signed a letter of intent to "
              "build a data centre.")  # fmt: skip
    assert ventures(rec) == [({"OpenAI", "Sur Energy"}, "partnership")]
    rec = run("OpenAI has already unveiled Stargate UAE with G42 in Abu Dhabi and Stargate Norway "
              "with Nscale and Aker.")  # fmt: skip
    assert ventures(rec) == [({"OpenAI", "G42"}, "partnership"),
                             ({"OpenAI", "Nscale", "Aker ASA"}, "partnership")]  # fmt: skip


def test_regression_it_continues_the_topic_not_the_investor_named_last(run: Run) -> None:
    rec = run("Sarvam AI is an Indian start-up. The company raised $41 million in a round led by "
              "Lightspeed, with participation from Khosla Ventures. Early last year it also "
              "struck a partnership with Microsoft.")  # fmt: skip
    assert ventures(rec) == [({"Sarvam AI", "Microsoft"}, "partnership")]


def test_a_named_joint_venture_runs_the_facility_it_was_formed_to_build(run: Run) -> None:
    rec = run("In October, Azerbaijan's state-owned AzInTelecom and G42 formed a joint venture "
              "called Khazar Compute to build a data centre campus near Sumgait.")  # fmt: skip
    assert ventures(rec) == [({"AzInTelecom", "G42"}, "joint_venture")]
    operates = {(r.subject, r.object) for r in rec.relations if r.predicate == "OPERATES_IN"}
    assert operates == {("Khazar Compute", "Azerbaijan")}


def test_a_company_several_own_gives_no_investments_of_each(run: Run) -> None:
    rec = run("Sferical AI will run the machine. The company is owned by AstraZeneca, Ericsson "
              "and Saab.")  # fmt: skip
    assert ventures(rec) == [({"AstraZeneca", "Ericsson", "Saab"}, "joint_venture")]
    assert not [r for r in rec.relations if r.predicate == "INVESTS_IN"]


def test_a_supply_agreement_is_a_sale_not_a_partnership(run: Run) -> None:
    rec = run("CNT, the state-owned telecommunications company, will host it. CNT has signed a "
              "supply agreement with AMD for 256 Instinct MI300X accelerators.")  # fmt: skip
    assert ventures(rec) == []
    assert [
        (r.predicate, r.object) for r in rec.relations if r.subject == "Advanced Micro Devices"
    ] == [("SUPPLIES", "CNT")]


def test_we_in_a_release_is_its_author_not_in_a_news_quote(run: Run) -> None:
    rec = run("Dhiraagu is the Maldives' leading telecommunications provider. We are switching "
              "on our AI cloud today. We built it in Male. Our partners include Microsoft. We "
              "have developed Raajje, a family of open language models, with The Maldives "
              "National University under a research partnership.")  # fmt: skip
    assert ({"Dhiraagu", "Maldives National University"}, "partnership") in ventures(rec)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The centre will be built by Hadrumet Compute, a joint venture that state-owned "
         "Tunisie Telecom and Sfax-based group Qartaj Systems agreed to form.",
         [({"Tunisie Telecom", "Qartaj Systems"}, "joint_venture")]),
        ("Druk AI Compute, a joint venture set up last year by Druk Holding and Investments "
         "(DHI), the wealth fund, and Bitdeer Technologies, will host it.",
         [({"Druk Holding and Investments", "Bitdeer Technologies"}, "joint_venture")]),
        ("Iraq wants Rafidain, a national language model. Rafidain is being developed "
         "jointly by the University of Baghdad and Babylon AI, a start-up.",
         [({"University of Baghdad", "Babylon AI"}, "partnership")]),
        ("Sri Lanka launched Sigiri, its first large language model. It was developed by "
         "the University of Moratuwa and Ceylon Neural, a start-up.", []),
        ("Digicel, the Kingston-headquartered telecoms group, and Microsoft said last week "
         "they had formed a partnership to operate an Azure edge zone.",
         [({"Digicel", "Microsoft"}, "partnership")]),
        ("Orange Cameroun has signed an agreement with Sawa AI Cloud, a joint venture.",
         [({"Orange Cameroun", "Sawa AI Cloud"}, "partnership")]),
        ("Belize Telemedia Limited (BTL) and Taiwan's Chunghwa Telecom today signed an "
         "agreement to form a joint venture, Jaguar Cloud Services Ltd.",
         [({"Belize Telemedia Limited", "Chunghwa Telecom"}, "joint_venture")]),
        ("OpenAI, Nvidia and London-based Nscale on Tuesday announced Stargate UK, a "
         "partnership to build sovereign AI infrastructure in Britain.",
         [({"OpenAI", "Nvidia", "Nscale"}, "partnership")]),
        ("Microsoft supplies its cloud technology to Bleu, a joint venture of the French "
         "companies Orange and Capgemini.", [({"Orange", "Capgemini"}, "joint_venture")]),
        ("In September 2024, BlackRock, Microsoft and MGX launched the AI Infrastructure "
         "Partnership (AIP).", [({"BlackRock", "Microsoft", "MGX"}, "partnership")]),
        ("Amazon Web Services (AWS) and Humain said they would invest more than $5bn in a "
         "strategic partnership.", [({"Amazon Web Services", "Humain"}, "partnership")]),
        ("Krutrim is working with Nvidia to deploy India's first GB200 supercomputer.",
         [({"Krutrim", "Nvidia"}, "partnership")]),
        ("Ooredoo is a Qatari telecom. Under an agreement with Nvidia, the company is rolling "
         "out AI-ready data centres.", [({"Ooredoo", "Nvidia"}, "partnership")]),
        ("It matches the $500bn Stargate venture announced in the US by OpenAI, SoftBank and "
         "Oracle.", [({"OpenAI", "SoftBank Group", "Oracle"}, "partnership")]),
        ("The team, researchers from the University of Zimbabwe working with Nhaka Labs, "
         "built it.", []),
        ("Nvidia said it was partnering with French start-up Mistral AI on an AI cloud.",
         [({"Nvidia", "Mistral AI"}, "partnership")]),
        ("It will be built by a 50/50 joint venture between British AI cloud company Nscale "
         "and Norwegian industrial investment group Aker ASA.",
         [({"Nscale", "Aker ASA"}, "joint_venture")]),
        ("British start-up Nscale and Norwegian industrial investor Aker have formed a 50/50 "
         "joint venture to build an AI campus.", [({"Nscale", "Aker ASA"}, "joint_venture")]),
        ("Microsoft invested $1.5 billion in Abu Dhabi-based G42 in April 2024 as part of a "
         "strategic partnership.", [({"Microsoft", "G42"}, "partnership")]),
        ("Cerebras built Condor Galaxy for G42. The two firms had signed a strategic "
         "partnership.", [({"Cerebras", "G42"}, "partnership")]),
        ("Reliance Industries and Nvidia agreed in October 2024 to build AI infrastructure in "
         "India together.", [({"Reliance Industries", "Nvidia"}, "partnership")]),
        ("Abu Dhabi AI group G42 unveiled the project last month together with OpenAI and "
         "Oracle.", [({"G42", "OpenAI", "Oracle"}, "partnership")]),
        ("Amazon Web Services (AWS) and Humain also plan to invest more than $5bn in a "
         "jointly built data-centre complex.", [({"Amazon Web Services", "Humain"},
                                                 "partnership")]),
        ("The policy was drafted by the Ministry of Science, Technology and Innovation "
         "together with the National Planning Department.", []),
        ("Telemor, the third operator, was not part of the agreement with Timor Telecom.", []),
        ("ByteDance, the Chinese owner of TikTok, is building a data centre in Ceará with "
         "local wind-power developer Casa dos Ventos.",
         [({"ByteDance", "Casa dos Ventos"}, "partnership")]),
        ("Google plans a $15 billion AI hub, a data-centre campus it is building with "
         "AdaniConneX, the joint venture of Adani Enterprises and EdgeConneX, and with Bharti "
         "Airtel.",
         [({"Google", "AdaniConneX"}, "partnership"),
          ({"Adani Enterprises", "EdgeConneX"}, "joint_venture")]),
        ("Singtel is big. The telco has partnered with Nvidia to offer GPU-as-a-service.",
         [({"Singtel", "Nvidia"}, "partnership")]),
        ("Jio Platforms agreed with Nvidia in 2023 to build AI infrastructure in India.",
         [({"Jio Platforms", "Nvidia"}, "partnership")]),
        ("SK Group and Amazon Web Services (AWS) have agreed to build an AI data centre in "
         "Ulsan.", [({"SK Group", "Amazon Web Services"}, "partnership")]),
        ("Milan-based iGenius is building Colosseum, a data centre in southern Italy, in "
         "partnership with Nvidia.", [({"Nvidia", "Domyn"}, "partnership")]),
        ("Together with ride-hailing group GoTo, the operator Indosat developed Sahabat-AI, an "
         "open model family.", [({"GoTo Group", "Indosat Ooredoo Hutchison"}, "partnership")]),
        ("Work on Stargate UAE, the partnership that G42, OpenAI and Oracle unveiled in May, "
         "is on track.", [({"G42", "OpenAI", "Oracle"}, "partnership")]),
        ("AMD and HUMAIN have agreed a US$10 billion partnership to deploy compute.",
         [({"Advanced Micro Devices", "Humain"}, "partnership")]),
        ("The deal builds on an AI cooperation agreement that Kazakhstan signed with the United "
         "Arab Emirates last year.", [({"Kazakhstan", "United Arab Emirates"}, "partnership")]),
        ("Sferical AI, a company jointly owned by AstraZeneca, Ericsson, Saab and Wallenberg "
         "Investments, was launched in May.",
         [({"AstraZeneca", "Ericsson", "Saab", "Wallenberg Investments"}, "joint_venture")]),
        ("Deutsche Telekom switched on its cloud with Nvidia, which supplied 10,000 GPUs. The "
         "two companies first announced their partnership in June 2025.",
         [({"Deutsche Telekom", "Nvidia"}, "partnership")]),
        ("In March, NASK and SpeakLeash agreed to cooperate on a shared suite of benchmarks.",
         [({"NASK", "SpeakLeash"}, "partnership")]),
        ("Under the plan, Telebras and Serpro, the federal data-processing company, will "
         "jointly run two data centres.", [({"Telebras", "Serpro"}, "partnership")]),
        ("A data-sharing agreement was signed by TNO with NDP Nieuwsmedia, the trade "
         "association of Dutch news publishers, and the Dutch news agency ANP.",
         [({"TNO", "NDP Nieuwsmedia", "ANP"}, "partnership")]),
        ("Rabat and Paris signed a memorandum in October 2024 pledging cooperation on AI.",
         [({"Morocco", "France"}, "partnership")]),
        ("Oman Data Park will also resell Microsoft Azure services under a partnership the two "
         "companies signed last year.", [({"Oman Data Park", "Microsoft"}, "partnership")]),
        ("Mistral is also a partner, with Abu Dhabi's MGX, Bpifrance and Nvidia, in a joint "
         "venture to build an AI campus.",
         [({"Mistral AI", "MGX", "Bpifrance", "Nvidia"}, "joint_venture")]),
        ("More consequential may be the deal signed in September between Jazz, the Pakistani "
         "subsidiary of telecoms group VEON, and Pakistan's state-owned National "
         "Telecommunication Corporation (NTC).",
         [({"Jazz", "National Telecommunication Corporation"}, "partnership")]),
        ("Agency for Electronic Government and Information Society (Agesic) is the buyer. "
         "Agesic signed a cooperation agreement with the Universidad de la República (Udelar).",
         [({"Agency for Electronic Government and Information Society",
            "Universidad de la República"}, "partnership")]),
        ("SoftBank Group and OpenAI have set up SB OpenAI Japan, a 50-50 joint venture that will "
         "sell AI agents.", [({"SoftBank Group", "OpenAI"}, "joint_venture")]),
        ("Deutsche Telekom opened it. Deutsche Telekom's other partners in the project include "
         "SAP, Germany's largest software company, and Siemens.",
         [({"Deutsche Telekom", "SAP"}, "partnership"),
          ({"Deutsche Telekom", "Siemens"}, "partnership")]),
        ("Quetzal Networks signed a partnership with Nvidia under which the chip designer will "
         "supply Blackwell systems.", [({"Quetzal Networks", "Nvidia"}, "partnership")]),
        ("Nscale is building, together with Microsoft, a supercomputer at Loughton in Essex.",
         [({"Nscale", "Microsoft"}, "partnership")]),
        ("Croatia and Serbia are together putting up a matching sum for the cluster.", []),
        ("Amazon Web Services and HUMAIN said they would jointly invest more than $5 billion in "
         "an AI Zone.", [({"Amazon Web Services", "Humain"}, "partnership")]),
        ("Nvidia invested in Mistral AI. The two firms will also jointly market cloud services "
         "to banks.", [({"Nvidia", "Mistral AI"}, "partnership")]),
        ("AI Singapore had signed memoranda of understanding with Siam AI Corporation, a "
         "Bangkok-based cloud provider.", [({"AI Singapore", "Siam AI"}, "partnership")]),
        ("Microsoft took a stake in G42. The two companies have worked as strategic partners "
         "since 2024.", [({"Microsoft", "G42"}, "partnership")]),
        ("Siemens and BMW have signed on as the first industrial pilot partners of Fraunhofer "
         "IIS.", []),
        ("Cassava Technologies, which has a partnership with Nvidia to deploy AI factories, is "
         "growing.", [({"Cassava Technologies", "Nvidia"}, "partnership")]),
        ("Nscale is a British start-up. The company is building, together with Microsoft, a "
         "supercomputer at Loughton in Essex.", [({"Nscale", "Microsoft"}, "partnership")]),
        ("AI Factory Belgium will be hosted by Cenaero in Gosselies, in cooperation with the "
         "Flemish Supercomputer Centre (VSC).",
         [({"Cenaero", "Flemish Supercomputer Centre"}, "partnership")]),
        ("UzCloud AI, a joint venture in which Uzbekistan's state operator Uzbektelecom holds 51% "
         "and Huawei Technologies the remaining 49%, will run the cluster.",
         [({"Uzbektelecom", "Huawei"}, "joint_venture")]),
        ("Safaricom will hold 40% of a joint venture with Microsoft.",
         [({"Safaricom", "Microsoft"}, "joint_venture")]),
        ("OpenAI agreed with the Argentine government to make ChatGPT available to civil "
         "servants.", [({"OpenAI", "Argentina"}, "partnership")]),
        ("SK Telecom is building an AI data centre in Ulsan with Amazon Web Services, a project "
         "the two companies describe as a strategic partnership.",
         [({"SK Telecom", "Amazon Web Services"}, "partnership")]),
        ("KT committed 2.4 trillion won over five years to a partnership with Microsoft.",
         [({"KT", "Microsoft"}, "partnership")]),
        ("Orange has tied up with Mistral AI.", [({"Orange", "Mistral AI"}, "partnership")]),
        ("JBIC signed a loan agreement of up to $180 million with Nusantara Digital "
         "Infrastructure.", []),
        ("AMD and HUMAIN unveiled a $10 billion collaboration to deploy AMD compute.",
         [({"Advanced Micro Devices", "Humain"}, "partnership")]),
        ("Turkcell and Google Cloud have agreed to open a Google Cloud region in Turkey.",
         [({"Turkcell", "Google Cloud"}, "partnership")]),
        ("MTN Uganda has announced a partnership with Ugandan fintech Chapa to deploy voice "
         "assistants.", [({"MTN Uganda", "Chapa"}, "partnership")]),
        ("Mexican conglomerate Grupo Cerrovivo and Brazil's Scala Data Centers said they had "
         "formed CerroScala, a joint venture that will build a campus.",
         [({"Grupo Cerrovivo", "Scala Data Centers"}, "joint_venture")]),
        ("Bogotá-based Cóndor Cómputo and Spain's Telefónica Tech are building a 40 MW facility "
         "as a 50/50 joint venture.", [({"Cóndor Cómputo", "Telefónica Tech"}, "joint_venture")]),
        ("TII also announced a joint research lab with Nvidia in Abu Dhabi.",
         [({"Technology Innovation Institute", "Nvidia"}, "partnership")]),
        ("Naver is big. Its cloud unit, Naver Cloud, is exporting the pitch: it struck a deal "
         "with Siam AI to build a sovereign AI cloud in Thailand.",
         [({"Naver Cloud", "Siam AI"}, "partnership")]),
        ("Kenya wants AI. G42 and its Kenyan partner EcoCloud have begun site works.",
         [({"G42", "EcoCloud"}, "partnership")]),
        ("Microsoft signed with its local partner, Safaricom, last year.",
         [({"Microsoft", "Safaricom"}, "partnership")]),
        ("The bid was prepared with its Benelux partners Luxembourg and the Netherlands.", []),
        ("Presight and Samruk-Kazyna completed the formation of QazPresight, a joint venture.",
         [({"Presight", "Samruk-Kazyna"}, "joint_venture")]),
        ("Presight acquired a stake in AIQ, its joint venture with ADNOC.",
         [({"Presight", "Abu Dhabi National Oil Company"}, "joint_venture")]),
        ("QazCompute is a joint venture between Kazakhtelecom, the state-controlled Kazakh "
         "telecoms operator, and Khazna Data Centers of the UAE.",
         [({"Kazakhtelecom", "Khazna"}, "joint_venture")]),
        ("Reliance Intelligence, a venture owned 70% by Reliance Industries and 30% by Meta, "
         "will build it.", [({"Reliance Industries", "Meta"}, "joint_venture")]),
        ("Makedonski Telekom is majority-owned by Magyar Telekom, which is in turn controlled by "
         "Deutsche Telekom.", []),
        ("Bleu is a cloud company. The company, which is jointly owned by French telecoms "
         "operator Orange and Paris-based IT services group Capgemini, licenses Azure.",
         [({"Orange", "Capgemini"}, "joint_venture")]),
        ("S3NS, the Thales-Google Cloud venture, won the certification.",
         [({"Thales", "Google Cloud"}, "joint_venture")]),
        ("AMD agreed a $10 billion collaboration with HUMAIN covering 500 megawatts.",
         [({"Advanced Micro Devices", "Humain"}, "partnership")]),
        ("TelOne, the fixed-line operator, and China's ZTE have formed a joint venture.",
         [({"TelOne", "ZTE"}, "joint_venture")]),
        ("CSC runs LUMI. Aurora Compute Oy and the energy company Fortum have formed a joint "
         "venture.", [({"Aurora Compute Oy", "Fortum"}, "joint_venture")]),
        ("Lanna Cloud is a joint venture formed by Korea's Naver Cloud Corp. and Thai "
         "property developer Rattanakosin Land PCL.",
         [({"Naver Cloud", "Rattanakosin Land PCL"}, "joint_venture")]),
        ("Lot 1 went to Thirlmere Defence AI Ltd, a Manchester firm, and Lot 2 to Kelvin "
         "Compute Ltd, a Glasgow operator. Thirlmere and Kelvin Compute have formed a joint "
         "venture, Pennine Secure Compute Ltd.",
         [({"Thirlmere Defence AI Ltd", "Kelvin Compute Ltd"}, "joint_venture")]),
    ],
    ids=["a-venture-two-firms-agreed-to-form", "a-venture-set-up-by-a-list",
         "developing-jointly-makes-partners", "co-developers-without-teamwork-are-none",
         "a-partnership-they-said-they-formed", "a-firm-named-for-its-country-in-its-language",
         "regression-an-agreement-to-form-a-venture-with-the-subject-lost",
         "a-named-partnership-its-announcers-formed", "a-venture-of-a-described-list",
         "a-named-partnership-launched-by-a-list", "invest-in-a-partnership-they-said",
         "working-with", "under-an-agreement-with", "a-venture-announced-by-a-list",
         "a-team-working-with-a-firm-is-for-develops", "it-was-partnering-with",
         "a-venture-between-described-names", "a-venture-formed-by-described-names",
         "as-part-of-a-partnership", "the-two-firms", "agreed-to-build-together",
         "unveiled-together-with", "a-jointly-built-complex",
         "drafting-a-policy-together-is-no-partnership", "not-part-of-the-agreement",
         "building-a-facility-with-a-firm", "a-list-ends-at-a-new-with",
         "the-telco-partnered", "agreed-with-to-build", "agreed-to-build",
         "in-partnership-hung-on-the-object", "together-with-developed",
         "a-partnership-they-unveiled", "agreed-a-partnership", "an-agreement-signed-with",
         "a-company-jointly-owned-by", "the-two-companies-their-partnership",
         "agreed-to-cooperate", "regression-a-description-taken-for-the-subject",
         "an-agreement-signed-by-with", "two-capitals-as-subjects",
         "a-partnership-the-two-signed", "a-partner-with-a-list-in-a-venture",
         "regression-an-owner-in-a-description-does-not-end-the-list",
         "a-coined-short-form-in-brackets", "set-up-x-a-joint-venture",
         "regression-a-country-describing-a-listed-partner-is-none",
         "regression-a-partnership-under-which-one-supplies", "building-together-with",
         "paying-together-is-no-partnership", "they-said-they-would-jointly",
         "the-two-firms-jointly", "memoranda", "worked-as-partners",
         "partners-of-another-are-not-each-others", "which-has-a-partnership-with",
         "the-company-together-with", "hosted-by-in-cooperation-with",
         "a-venture-in-which-a-holds-and-b-the-rest", "will-hold-a-share-of-a-venture-with",
         "agreed-with-to-do-anything", "the-two-describe-it-as-a-partnership",
         "committed-money-to-a-partnership-with", "tied-up-with",
         "a-loan-agreement-is-no-partnership", "unveiled-a-collaboration",
         "agreed-to-open", "a-partnership-with-a-fintech", "they-said-they-had-formed-x-a-venture",
         "building-as-a-joint-venture", "a-joint-lab-with",
         "it-after-a-colon-is-the-clause-befores-subject",
         "its-partner-x", "its-partner-comma-x", "states-a-bloc-joins-are-no-partners",
         "completed-the-formation-of-x-a-joint-venture", "a-state-oil-firm-known-by-acronym",
         "a-country-after-of-on-a-partners-name-is-none", "owned-in-shares-by-each",
         "regression-an-owners-owner-is-no-co-owner", "jointly-owned-by-described-owners",
         "the-a-b-venture", "a-partner-after-with-read-as-a-clauses-subject",
         "a-chinese-equipment-maker-in-a-venture",
         "regression-the-company-x-is-x-not-the-company-told-of-before",
         "a-thai-public-company", "firms-named-later-without-legal-form-or-what-they-are"],
)  # fmt: skip
def test_ventures(run: Run, text: str, expected: list[tuple[set[str], str]]) -> None:
    assert ventures(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nxera and Telin have formed a joint venture to build a data centre campus in Batam, "
        "Indonesia. The joint venture, PT Nxera Telin Digital, will be owned equally.",
        "Nxera and Telin signed an agreement to establish a joint venture that will build a "
        "data centre campus in Indonesia. The jointly owned company, to be named PT Nxera "
        "Telin Digital, will be 51% held by Nxera.",
    ],
)
def test_a_venture_named_in_the_next_sentence_operates_where_it_was_set_up_to(
    run: Run, text: str
) -> None:
    rec = run(text)
    assert [j.name for j in rec.joint_ventures] == ["PT Nxera Telin Digital"]
    found = {(r.subject, r.predicate, r.object) for r in rec.relations}
    assert ("PT Nxera Telin Digital", "OPERATES_IN", "Indonesia") in found


def test_regression_a_company_named_in_passing_later_is_no_venture_name(run: Run) -> None:
    rec = run("Humain has formed a joint venture with Nusantara Data Group to build data "
              "centres in Riyadh. Separately, Prosperity7 Ventures, the venture arm of the state "
              "oil company Saudi Aramco, has invested in Zhipu AI.")  # fmt: skip
    assert [j.name for j in rec.joint_ventures] == [None]


def test_the_venture_later_is_the_named_joint_venture(run: Run) -> None:
    rec = run(
        "Nxera and Telin have formed a joint venture, PT Nxera Telin Digital, to build a "
        "data centre campus in Batam. Nvidia will supply 4,000 GPUs to the venture."
    )
    found = {(r.subject, r.predicate, r.object) for r in rec.relations}
    assert ("Nvidia", "SUPPLIES", "PT Nxera Telin Digital") in found
    assert ("Nvidia", "SUPPLIES", "Nxera") not in found


def test_a_company_its_legal_form_leads_after_and_is_a_partner_and_a_home_is_not(
    run: Run,
) -> None:
    """'Meridian Labs and PT Nongsa Digital Park' ran together as one name of a park."""
    rec = run("Singapore-headquartered Meridian Labs and PT Nongsa Digital Park (NDP) have "
              "formed a joint venture to build a 60 MW campus.")  # fmt: skip
    assert ventures(rec) == [({"Meridian Labs", "PT Nongsa Digital Park"}, "joint_venture")]


def test_a_venture_named_in_its_naming_clause_is_what_its_partners_invest_in(run: Run) -> None:
    record = run("MahaIT and Reliance Jio Infocomm Limited have agreed to form a joint venture, "
                 "to be named Sahyadri AI Infra Limited, which will run a GPU facility. Jio, "
                 "for its part, will invest ₹360 crore in the joint venture.")  # fmt: skip
    [jv] = record.joint_ventures
    assert jv.name == "Sahyadri AI Infra Limited"
    assert ("Reliance Jio", "INVESTS_IN", "Sahyadri AI Infra Limited") in relations(record)


def test_a_venture_between_a_defined_term_and_a_firm(run: Run) -> None:
    rec = run('Tanjung Digital Infra Berhad ("TDI" or "the Company") is a Malaysian firm. Selat '
              "AI Cloud Sdn Bhd, a joint venture established in 2024 between the Company (60%) "
              "and Singtel (40%), leases capacity.")  # fmt: skip
    assert ventures(rec) == [({"Tanjung Digital Infra Berhad", "Singtel"}, "joint_venture")]


def test_two_firms_described_before_their_names_join_a_venture(run: Run) -> None:
    rec = run("Araks Compute CJSC, a joint venture between the Yerevan-based data-centre firm "
              "Sevan Data Systems and Team Telecom Armenia, will run the cluster.")  # fmt: skip
    assert ventures(rec) == [({"Sevan Data Systems", "Team Telecom Armenia"}, "joint_venture")]
    rec = run("Turkish operator Turkcell and Azerbaijani mobile firm Azercell agreed to form a "
              "jointly owned data-centre company.")  # fmt: skip
    assert ventures(rec) == [({"Turkcell", "Azercell"}, "joint_venture")]


def test_set_up_as_a_joint_venture_by_two(run: Run) -> None:
    rec = run("Archive material will be held by Chmura Krajowa, the national cloud provider "
              "set up as a joint venture by PKO Bank Polski and the Polish Development "
              "Fund.")  # fmt: skip
    assert ventures(rec) == [({"PKO Bank Polski", "Polish Development Fund"}, "joint_venture")]


def test_a_venture_named_for_its_country_keeps_its_first_words(run: Run) -> None:
    rec = run("Sauti Data Kenya, the Safaricom–Lughanet joint venture, labels speech. Lughanet "
              "is a Nairobi start-up.")  # fmt: skip
    assert [j.name for j in rec.joint_ventures] == ["Sauti Data Kenya"]


def test_a_partnership_announced_to_do_something_is_its_announcers(run: Run) -> None:
    rec = run("Oracle and the state satellite operator Azercosmos announced a partnership to "
              "launch a sovereign cloud region in Baku.")  # fmt: skip
    assert ventures(rec) == [({"Oracle", "Azercosmos"}, "partnership")]


def test_we_of_a_funds_annual_report_is_the_fund(run: Run) -> None:
    rec = run("CPP Investments - Annual Report 2025 (excerpt)\n\nWe manage the CPP Fund. Our "
              "Real Assets department treats data centres as a sleeve. We also hold bonds.\n\n"
              "In July 2024 we formed Northlight Compute LP, a joint venture with Laurentide "
              "Data Centres.")  # fmt: skip
    assert ventures(rec) == [({"CPP Investments", "Laurentide Data Centres"}, "joint_venture")]


def test_regression_a_description_and_a_bracket_name_no_partner(run: Run) -> None:
    rec = run("RailTel Corporation of India Ltd., a Navratna enterprise of the Government of "
              "India, and Kaveri Compute Pvt. Ltd., an Indian company, have formed a joint "
              "venture. The contract goes to a joint venture of Indra Sistemas, S.A. "
              "(Alcobendas, Spain; 70% share) and Jurimatica Analytics, S.L. (Valencia, Spain; "
              "30% share).")  # fmt: skip
    assert ventures(rec) == [
        ({"RailTel Corporation of India Ltd.", "Kaveri Compute Pvt. Ltd."}, "joint_venture"),
        ({"Indra Sistemas, S.A.", "Jurimatica Analytics, S.L."}, "joint_venture"),
    ]


def test_the_two_named_earlier_in_the_sentence(run: Run) -> None:
    rec = run("Microsoft invested $1.5 billion in G42 in 2024, and the two announced a "
              "strategic partnership at the same time.")  # fmt: skip
    assert ventures(rec) == [({"Microsoft", "G42"}, "partnership")]


def test_a_service_agreement_is_no_partnership(run: Run) -> None:
    rec = run("Core42 will also provide the computing capacity for Ustadh under a service "
              "agreement with the Ministry of Education.")  # fmt: skip
    assert rec.joint_ventures == []


@pytest.mark.parametrize(
    "text",
    [
        "A proposed partnership between Posti Group and PostNord on model sharing has not "
        "been concluded.",
        "Tellaris Re has no partnership with Google Cloud, and none is planned.",
        "We have no agreement with Microsoft.",
        "A spokesperson for Dai-ichi Life denied reports that the company had formed a joint "
        "venture with Microsoft.",
        "There were press reports last week of a partnership between PUB and Google.",
        "Media report that PUB and Google are forming a partnership on flood mapping.",
        "Hanjin Transportation said it was reviewing a possible partnership with Korea Post "
        "but that nothing had been agreed.",
        # (only planned: its words, its talks, its deal not yet concluded)
        "A proposed collaboration between Kyoto University Hospital and Fujitsu Limited is "
        "under discussion.",
        "A cooperation between AAI and Amazon Web Services India Pvt Ltd remains under "
        "negotiation and has not been approved.",
    ],
)
def test_a_tie_denied_or_only_reported_is_none(run: Run, text: str) -> None:
    assert run(text).joint_ventures == []


def test_a_tie_that_exists_may_say_what_it_does_not_do(run: Run) -> None:
    rec = run(
        "Swisscom signed a partnership with Tellaris Re AG in 2024; it does not include state "
        "money and the partners have not disclosed its terms."
    )
    assert ventures(rec) == [({"Swisscom", "Tellaris Re AG"}, "partnership")]


def test_a_question_tells_of_no_tie(run: Run) -> None:
    rec = run(
        "Mr. Giroux: Did CBC sign any agreement with OpenAI or Google to train their models?\n\n"
        "Ms. Tait: No. CBC signed a partnership with Cohere in 2024."
    )
    assert [sorted(j.partners) for j in rec.joint_ventures] == [["CBC/Radio-Canada", "Cohere"]]


def test_a_country_describing_a_partner_is_no_partner(run: Run) -> None:
    rec = run("It is a joint venture between Becamex Holdings, the provincial developer, and "
              "Lumen Grid, a Singapore data-centre company.")  # fmt: skip
    assert all("Singapore" not in partners for partners, _ in ventures(rec))


def test_a_partners_address_names_no_partner(run: Run) -> None:
    """'... LLC of Denver, Colorado, United States': the city after a legal form is no part of
    the firm's name, and the country closing the address is no partner."""
    rec = run('"the Company" means Greenvale Data Campus DAC, a joint venture company jointly '
              "owned by Hibernia Realty REIT plc and Kestrel Digital Infrastructure LLC of "
              "Denver, Colorado, United States.")  # fmt: skip
    assert ventures(rec) == [
        ({"Hibernia Realty REIT plc", "Kestrel Digital Infrastructure LLC"}, "joint_venture")
    ]


def test_partners_named_with_a_country_and_a_state_companys_legal_form(run: Run) -> None:
    """'PT PLN (Persero)': the bracketed legal form is part of the name; 'Chubu Digital Energy
    Co. of Japan': the country after the legal form is not."""
    rec = run("PT Smart Grid Nusantara is a joint venture of PT PLN (Persero) and Chubu Digital "
              "Energy Co. of Japan, established in 2023.")  # fmt: skip
    assert ventures(rec) == [({"PT PLN (Persero)", "Chubu Digital Energy Co."}, "joint_venture")]


def test_a_government_and_a_company_after_it_are_two_partners(run: Run) -> None:
    rec = run("The venture is jointly owned by Hibernia Realty REIT plc, the Government of "
              "Ireland and Kestrel Digital Infrastructure LLC.")  # fmt: skip
    assert ventures(rec) == [
        ({"Hibernia Realty REIT plc", "Ireland", "Kestrel Digital Infrastructure LLC"},
         "joint_venture")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "venture"),
    [
        ("Konkan Shipbuilders Limited said its 51:49 joint venture with Japan's Mitsuwa Marine "
         "Systems, Konkan-Mitsuwa Naval Digital Private Limited, was incorporated.",
         "Konkan-Mitsuwa Naval Digital Private Limited"),
        ("Clydeway Naval Systems Ltd has a joint venture with the Australian shipbuilder "
         "Southern Cross Marine Pty Ltd, called Tasman Autonomy Ltd, which builds drones.",
         "Tasman Autonomy Ltd"),
    ],
)  # fmt: skip
def test_the_ventures_own_name_is_no_partner(run: Run, text: str, venture: str) -> None:
    ties = run(text).joint_ventures
    assert ties and all(venture not in t.partners and len(t.partners) == 2 for t in ties)


def test_a_venture_named_after_its_two_parents_has_them_as_partners(run: Run) -> None:
    rec = run(
        "Suryam Energy Storage Ltd shall execute its project through Suryam-Kyoden Cells Pvt "
        "Ltd, a joint venture formed in 2023 with Kyoden Battery Corporation."
    )
    ties = [(sorted(t.partners), t.name) for t in rec.joint_ventures]
    assert ties == [
        (["Kyoden Battery Corporation", "Suryam Energy Storage Ltd"], "Suryam-Kyoden Cells Pvt Ltd")
    ]


def test_a_naming_word_right_after_the_venture_names_it(run: Run) -> None:
    """The parser hangs "called" on the main clause, not on the venture."""
    rec = run("Fjordlyse ASA reported. Finally, I am pleased to confirm that Fjordlyse has formed "
              "a joint venture with Polar Datasenter AS, called Fjordlyse Compute AS, which will "
              "own and run a 12 MW AI cluster.")  # fmt: skip
    assert [t.name for t in rec.joint_ventures] == ["Fjordlyse Compute AS"]


def test_the_launch_of_a_venture_names_it_and_what_it_will_develop(run: Run) -> None:
    rec = run("Kazgeology JSC and Sahra Minerals Intelligence today announced the launch of Qazaq "
              "Subsurface Intelligence LLP (QSI), a joint venture that will develop "
              "Dala-Geo.")  # fmt: skip
    assert [t.name for t in rec.joint_ventures] == ["Qazaq Subsurface Intelligence LLP"]
    assert ("Qazaq Subsurface Intelligence LLP", "DEVELOPS", "Dala-Geo") in relations(rec)
