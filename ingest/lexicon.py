"""Word lists the rules share: what kind of thing a head word names, and verb classes.

These are general English patterns of the field's reports, not names of any document.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.names import LEGAL_FORMS

# A region's or an oblast's own name ("the South Moravian Region", "Kharkiv Oblast"): its
# government
REGION_HEADS = ("Region", "Oblast")
# Head words of institution names, to the entity type they imply ("X Institute").
NAME_HEADS: dict[str, str] = {
    **dict.fromkeys(
        [
            "Ministry",
            "Ministries",
            "Department",
            "Government",
            "Cabinet",
            "Directorate",
            "Secretariat",
            "Treasury",
            # a president's or vice-president's office ("Vice-Presidency for Science, ...")
            "Presidency",
            "Ministerio",
            "Ministère",
            "Ministero",
            "Ministerium",
            "Secretaría",
            "Secretaria",
            # Spain's regional governments ("Junta de Andalucía", "Xunta de Galicia") and
            # Poland's provinces ("Masovian Voivodeship")
            "Junta",
            "Xunta",
            "Voivodeship",
            *REGION_HEADS,
        ],
        "Government",
    ),
    **dict.fromkeys(
        [
            "Institute",
            "Institution",
            "Organization",
            "Organisation",
            "Survey",  # "Geological Survey of Canada"
            "Customs",  # "Abu Dhabi Customs", "Singapore Customs"
            "Cooperative",
            "Hub",
            "Hospital",
            "Hospitals",
            "Clinic",
            "Alliance",  # "Czech NLP Alliance" (the blocs called so are reference rows)
            # the EU's public-private bodies ("Chips Joint Undertaking")
            "Undertaking",
            "University",
            "Universiti",
            "Universitas",
            "Universiteit",
            "Universitat",
            "Universitet",
            "Uniwersytet",
            "Univerzita",
            "Universität",
            "College",
            "Academy",
            "Academies",
            "Association",
            "Foundation",
            "Fund",
            "Authority",
            "Agency",
            "Office",
            "Commission",
            "Council",
            "Center",
            "Centre",
            "Laboratory",
            "Lab",
            "Network",
            "Society",
            "Consortium",
            "Mission",
            "Board",
            "Observatory",
            "Library",
            "Archives",
            "Museum",
            "Bureau",
            "Trust",
            "Administration",
            "Service",
            "Parliament",
            "Senate",
            "Committee",
            "Federation",
            "Union",
            "Chamber",
            # courts and audit offices ("General Court", "Cour des comptes", "Algemene
            # Rekenkamer", "Bundesrechnungshof" is one word and needs no head)
            "Court",
            "Courts",
            "Cour",
            # the judiciary and the police as bodies ("Judiciary of Kenya", "Netherlands
            # Police", "Policía Nacional")
            "Judiciary",
            "Police",
            "Policía",
            "Policia",
            "Rekenkamer",
            # the same heads in the languages names keep ("Institut National Polytechnique")
            "Institut",
            "Instituto",
            "Istituto",
            "Universidad",
            "Universidade",
            "Università",
            "Université",
            "Escuela",
            "École",
            "Centro",
            "Agencia",
            "Agence",
            "Consejo",
            "Conseil",
            "Comisión",
            "Comissão",
            "Fondo",
            "Fonds",
            "Fundo",
            "Fundación",
            "Fundação",
            "Autorité",
            "Autorità",
            "Autoridad",
            "Autoridade",
            "Urząd",
            "Archief",
            "Archiv",
            "Archivo",
            "Arquivo",
            "Archivio",
            "Bibliotheek",
            "Bibliothek",
            "Biblioteca",
            "Bibliothèque",
            "Biblioteka",
            "Museo",
            "Musée",
            "Muzeum",
        ],
        "Organization",
    ),
    **dict.fromkeys(
        [
            *LEGAL_FORMS,
            "Corporation",
            "Company",
            "Co",
            "Co.",
            "Group",
            "Holdings",
            "Holding",
            "Technologies",
            "Technology",
            "Systems",
            "Labs",
            "Telecom",
            "Telekom",
            "Télécom",
            "Telecoms",
            "Telecommunications",
            "Networks",
            "Capital",
            "Partners",
            "Ventures",
            "Semiconductor",
            "Semiconductors",
            "Electronics",
            "Computing",
            "Data Centers",
            "Datacenters",
            "Datacentres",
            "Centers",
            "Centres",
            "Robotics",
            "Platforms",
            "Terminal",  # "Batam Gateway Terminal": a port operator
            "Terminals",
            "Logistics",
            "Industries",
            "Corporación",
            "Compañía",
            "Empresa",
        ],
        "Firm",
    ),
}

# Banks, and the words that make one a public body ("World Bank", "Asian Development Bank",
# "Banco Português de Fomento"; "Deutsche Bank" is a firm)
BANKS = frozenset("Bank Banco Banque Banca".split())
PUBLIC_BANK_WORDS = frozenset(
    """World Development Investment Central National Reserve Fomento Desarrollo
    Desenvolvimento Nacional Développement Investissement Sviluppo""".split()
)

# A capitalised name ending in one of these is an event, plan or product line, not an actor;
# actor names inside it are not mentions ("Asean AI Summit", "Artificial Intelligence Strategy").
NON_ACTOR_HEADS = frozenset(
    """Summit Conference Congress Forum Expo Day Days Week Awards Award Festival Show Fair
    Strategy Plan Act Programme Program Initiative Report Framework Partnership Agreement
    Accord Declaration Roadmap Challenge Campus Park Cluster Supercomputer Project
    Index Prize Olympiad Hackathon Cup Games Law Bill Regulation Policy Desk Wire Estimates
    Hansard Minutes Transcript Call Note Room Annexe Auditorium Gazette Round Road Street
    Avenue Boulevard Lane Marg""".split()
)
# ... also before an 'of' ("State Gazette of Estonia", "Official Journal of the European Union")
PUBLICATION_HEADS = frozenset("Gazette Journal Hansard Bulletin Minutes Record".split())
# ... and a name opening with one of these ("Project Beethoven", "Programme Nós")
NON_ACTOR_FIRST_WORDS = frozenset("Project Programme Program Operation".split())

# the "-tech" start-ups of a sector ("São Paulo proptech Lote Certo", "the legaltech")
SECTOR_TECHS = frozenset(
    """fintech proptech insurtech healthtech medtech edtech legaltech regtech govtech agritech
    agtech cleantech climatetech foodtech martech adtech""".split()
)
# Nouns that make a demonym or country name before them a state actor or a home country
# ("the Emirati government", "US chipmaker Nvidia", "an Italian company").
ACTOR_NOUNS = SECTOR_TECHS | frozenset(
    """government governments authorities authority state ministry minister ministers
    officials regulator regulators president premier military army agency agencies
    company companies firm firms start-up startup start-ups startups scale-up scaleup
    chipmaker chipmakers chip-maker group operator operators telecom telco carrier
    conglomerate giant lab labs developer developers provider providers champion champions
    unicorn maker manufacturer insurer bank lender investor fund institute university
    entities entity consortium corporation multinational supplier vendor designer hyperscaler
    drugmaker carmaker automaker utility manager megabank megabanks banks funds lenders
    investors telcos groups cooperative broadcaster publisher foundry foundries toolmaker
    integrator assembler reseller distributor exporter marketplace retailer
    wholesaler airline reit reits socimi landlord""".split()
)

# Actor nouns that stand for the state even in the plural ("Chinese authorities").
STATE_NOUNS = frozenset(
    "government governments authorities officials ministries agencies regulators".split()
)

# People who work at a body: "researchers at MBZUAI", "former Google engineers".
STAFF_NOUNS = frozenset("researcher scientist engineer team expert academic employee".split())
# Nouns for people by their role: "NVIDIA founder Jensen Huang" is a person, not NVIDIA.
ROLE_NOUNS = frozenset(
    """founder co-founder ceo cto cfo coo cio executive chairman chairwoman president director
    minister spokesperson spokesman spokeswoman official head chief secretary fellow analyst
    economist professor adviser advisor""".split()
)

# What is left of a sum or a shipment: "the remainder coming from X", "the rest to Y".
REST_NOUNS = frozenset("rest remainder balance bulk".split())

# Nouns that say the thing named beside them is a firm ("telecommunications company X").
FIRM_NOUNS = SECTOR_TECHS | frozenset(
    """company companies firm start-up startup scale-up scaleup chipmaker chip-maker
    conglomerate giant operator telco carrier provider unicorn maker manufacturer
    hyperscaler subsidiary group venture developer investor integrator utility
    contractor marketplace retailer wholesaler airline studio publisher exporter distributor
    processor reit socimi landlord miner producer automaker carmaker shipbuilder refiner
    weaver""".split()
)

# A sentence's capitalised first words that are no name ("Rival PLDT Inc.", "Meanwhile, the
# operator ..."): sentence adverbs and a rival's or a fellow's description
SENTENCE_OPENERS = frozenset(
    """rival fellow meanwhile separately elsewhere however also moreover besides still then
    overall instead likewise today yesterday hence thus indeed""".split()
)

# Nouns that say the thing named beside them is a non-firm body.
ORG_NOUNS = frozenset(
    """consortium institute institution agency authority foundation university nonprofit
    non-profit body regulator alliance association council commission centre center
    laboratory lab observatory organisation organization""".split()
)

# Nouns that say the thing named beside them is an AI model.
MODEL_NOUNS = frozenset(
    """model models LLM LLMs llm chatbot chatbots assistant family encoder encoders""".split()
)

# Prefixes a hyphen glues to a name to make an adjective ("Inter-American", "Pan-African").
HYPHEN_PREFIXES = frozenset("inter pan trans intra anti pro non afro euro latin sub".split())

# A state's executive by the name of its organ: the country itself as an actor.
# "the Hangzhou municipal government", "the Gauteng provincial government", "the Walloon Region"
LOCAL_WORDS = frozenset("municipal city provincial prefectural regional local metropolitan".split())
GOVERNING_BODIES = frozenset("government cabinet council region".split())
# the words between a place and its government ("the Johor state government", "the Inner
# Mongolia Autonomous Region")
GOVERNMENT_QUALIFIERS = LOCAL_WORDS | {"state", "autonomous"}
NATIONAL_GOVERNMENTS = frozenset(
    f"{level} Government" for level in ("Union", "Federal", "Central", "National")
)
NATIONAL_ORGANS = NATIONAL_GOVERNMENTS | {"Union Cabinet", "Federal Cabinet"}
# the state's own account: its money is the state's ("from the Consolidated Fund of India")
STATE_ACCOUNTS = frozenset({"Consolidated Fund", "Consolidated Revenue Fund"})
STATE_ORGANS = (
    NATIONAL_ORGANS | STATE_ACCOUNTS | {"Council of Ministers", "Cabinet", "State Cabinet"}
)

# Words that are never the whole name of an actor even when the tagger says ORG.
GENERIC_NAMES = frozenset(
    """ai a.i. llm llms gpu gpus cpu cpus npu npus tpu tpus cloud data api saas genai gen ai
    ceo cto cfo covid covid-19 figure table chapter government ministry state r&d esg m&a ipo
    it ict joint chair mou ebitda capex opex arr yoy issuer""".split()
) | {"societas europaea"}  # (what "SE" stands for, spelt out in a prospectus)

# Capitalised common words that make no name on their own ("Sovereign AI Cloud").
GENERIC_WORDS = GENERIC_NAMES | frozenset(
    """sovereign nation national digital artificial intelligence technology technologies tech
    smart global public private new open source model models infrastructure computing compute
    supercomputer platform agentic generative center centre network networks system systems
    core tensor the a an and of for in on grace blackwell hopper gb200 gb300 h100 h200 b200
    sustainable development goals tier i ii iii iv language languages""".split()
)

# Capitalised words a heading, a table or a defined term makes look like a name on their own
# ("Science", "Lot", "Recipient") or a form of address ("Madam"), which name no actor alone.
LONE_COMMON_NOUNS = frozenset(
    """Science Research Innovation Grant Grants Record Engineering Lot Universities School
    Communication Communications Physics Member Recipient Industry Energy Base Amount
    Training Article Section Information Knowledge Applicants Summary Review Date Name
    Operations Payments Funding Financing Testing Studies Owner Shareholder Venture Madam
    Madame Sir""".split()
)

# "a Lima-based start-up", "the Kingston-headquartered group": a place-word's suffix.
BASED_WORDS = frozenset({"based", "headquartered", "incorporated", "domiciled"})
# a university's or institute's units, which make and are named as the body they are of ("the
# Faculty of Computing of Khon Kaen University", "the University of Zambia's Department of X")
UNIT_OF_A_BODY = frozenset("faculty school department centre center lab laboratory".split())
# the same after a hyphen, where a founding place is a home too ("the Algiers-founded app")
HOME_SUFFIXES = BASED_WORDS | {"founded"}
# The units a university teaches in, which reports' readers count as the university itself
# ("the University's School of Information Technology"; its "Centre for X" is often a body of
# its own).
TEACHING_UNITS = frozenset("School Faculty Department College".split())

# The marks a list item starts with ("• Saudi Arabia builds ALLaM", "- Fundy Ocean Analytics").
LIST_BULLETS = frozenset("• · ▪ ‣ - * –".split())

# Month and day names: a date before a name is not part of it ("In April BH Telecom ...").
CALENDAR_WORDS = frozenset(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)

# Verbs whose subject acts as a business or public body.
BUSINESS_VERBS = frozenset(
    """announce launch partner invest acquire develop build sign raise operate supply provide
    unveil release open deploy fund back lead own sell buy offer expand establish create
    collaborate join team agree train host power purchase lease procure form receive
    win constitute incorporate""".split()
)

# Verbs and nouns of reporting: a news outlet as their subject, object or holder is a source
# quoted ("Reuters reported", "told AFP", "a Bloomberg report"), not an actor.
REPORTING_WORDS = frozenset(
    """say report tell write learn quote cite reveal publish broadcast interview speak talk
    see note add state comment claim reporting article story piece column statement
    coverage source sources""".split()
)

# Verbs of buying what a seller supplies ("Yotta buys its GPUs from NVIDIA", "will purchase
# cloud capacity from X").
BUY_VERBS = frozenset("buy purchase procure source lease rent order".split())

# Facilities whose building or operating places a firm in a country.
FACILITY_NOUNS = frozenset(
    """center centre centers centres datacenter datacentre campus park factory
    facility facilities cluster supercomputer region regions hub infrastructure site
    sites zone zones""".split()
)

# Nouns for a firm's unit ("a unit of X", "its subsidiary Y", "the local arm of Z").
UNIT_NOUNS = frozenset("unit subsidiary arm affiliate division branch".split())

# Computers whose host ("at the X Centre") buys their parts and receives their money.
# What a named undertaking is called: "the facility, called BRAIN++", "the project" (later,
# for the same one). Such names are organisations in the ontology.
PROJECT_NOUNS = frozenset(
    "project initiative programme program factory facility consortium proposal".split()
)

MACHINE_NOUNS = FACILITY_NOUNS | frozenset("machine system computer partition node".split())
# A computer itself, not the building or site it stands in.
COMPUTER_NOUNS = MACHINE_NOUNS - FACILITY_NOUNS | {"supercomputer"}

# Verb lemmas, by the fact they signal.
DEVELOP_VERBS = frozenset(
    """develop build train create launch release unveil design introduce coordinate publish
    make commercialise commercialize maintain co-develop""".split()
)
# raising a funding round: "X raised / closed / secured a Series B"
ROUND_VERBS = frozenset("raise close complete secure land".split())
# ... and naming it: "led the round", "a Series B"
ROUND_NOUNS = frozenset("round series".split())
FUND_VERBS = frozenset(
    """subsidize subsidise subsidy fund finance back grant allocate earmark pledge assign
    award commit invest spend contribute provide inject channel budget approve sanction
    disburse pay mobilise mobilize pour give bankroll capitalise capitalize seed
    reimburse deploy add hand promise lend transfer allot vote donate extend""".split()
)
SUPPLY_PREPS = frozenset("with on by using from thanks around".split())
OPERATE_VERBS = frozenset(
    """build operate open launch run develop house construct establish deploy host manage
    expand invest""".split()
)
PARTNER_NOUNS = frozenset(
    """partnership alliance collaboration cooperation agreement deal pact memorandum memoranda
    mou consortium""".split()
)

# what a tie or a sum not yet made is: "a proposed partnership", "a proposed second allocation"
_NOT_YET = frozenset(
    "proposed planned possible potential prospective mooted envisaged intended hypothetical".split()
)
# what a joint venture is: "a joint venture company", "a JV entity"
VENTURE_HEADS = frozenset("company entity firm vehicle corporation".split())


def not_yet(tok: Token) -> bool:
    """'a proposed partnership', 'a possible grant': a word for a tie or a sum not yet made."""
    return any(c.dep_ == "amod" and c.lower_ in _NOT_YET for c in tok.children)


def joint_venture_word(noun: Token) -> bool:
    """'a JV', 'a joint venture' (not 'venture capital', 'a venture fund')."""
    if noun.lower_ in ("jv", "jvs"):
        return True
    return noun.lower_ == "venture" and any(c.lower_ == "joint" for c in noun.children)


def word(tok: Token) -> str:
    """The token's lower-case lemma, with a hyphenated compound put back together: the
    tokenizer splits "start-up" and "non-profit", the word lists hold them whole."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower()


def based_suffix_at(doc: Doc, i: int) -> bool:
    """Whether '-based' (or '-headquartered') starts at `i`: "a Lima-based start-up"."""
    return (
        i >= 0
        and i + 1 < len(doc)
        and doc[i].text in ("-", "–")
        and doc[i + 1].lower_ in HOME_SUFFIXES
    )


def hyphen_prefix_at(doc: Doc, i: int) -> bool:
    """Whether the word at `i` is a prefix a hyphen glues to the next word ("Inter-American",
    "Pan-African")."""
    return (
        i >= 0
        and i + 2 < len(doc)
        and doc[i].lower_ in HYPHEN_PREFIXES
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
    )


# the words after a firm's own name ("Kestrel AI", "Mawingu AI Cloud", "Thirlmere Defence
# AI Ltd")
FIRM_TAIL_WORDS = frozenset(
    """AI Cloud Internet Labs Lab Technologies Technology Group Systems Compute Computing Data
    Digital Defence Defense Intelligence Networks Solutions Semiconductor Semiconductors Robotics
    Analytics Dynamics Holdings Capital Ventures Partners Energy Infrastructure Research
    Cognition Communications Telecom Software Security Quantum Power Grid Language Infra
    Centres Centers Datacenter Datacenters Datasenter Fibre Fiber Hyperscale Services Mobile
    Telecommunications Platforms Hosting Health Media Studios Studio Games Entertainment
    Animation Pictures Productions Foods Logistics Airways Airlines Aviation Aerospace Airports
    Steel Motors Shipping Mining Metals Cement Chemicals Pharma Pharmaceuticals Electronics
    Insurance Retail""".split()
)

# the events of a body's founding, whose 'of' names it ("the launch of QSI, a joint venture")
FOUNDING_NOUNS = frozenset("launch creation formation establishment founding incorporation".split())
