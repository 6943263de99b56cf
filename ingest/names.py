"""Name strings: the normal form names are compared in, and what counts as a short form."""

from __future__ import annotations

import re
import unicodedata


def is_short_form(short: str, name: str) -> bool:
    """'TII' of 'Technology Innovation Institute', 'YTL Power' of 'YTL Power International
    Berhad'; not 'Português' after 'Brazil' (a language picker, not a short form)."""
    if len(short) >= len(name):
        return False
    capitals = sum(c.isupper() for c in short)
    words = name.split()
    # "Agency for Electronic Government ... (Agesic)", "Universidad de la República (Udelar)":
    # one word of the name's first letter, no word of the name itself
    coined = (
        len(words) >= 3
        and short.istitle()
        and short.isalpha()
        and len(short) >= 4
        and short[0] == name[0]
        and short not in words
    )
    return capitals >= 2 or words[: len(short.split())] == short.split() or coined


def letters_in_order(short: str, name: str) -> bool:
    """Whether the letters of a short form stand in the name in order, from the name's first
    ('MeitY' in 'Ministry of Electronics and Information Technology')."""
    letters = [c for c in short.lower() if c.isalpha()]
    rest = iter(name.lower())
    return bool(letters) and letters[0] == name[:1].lower() and all(c in rest for c in letters)


def spells(short: str, name: str) -> bool:
    """Whether an acronym spells the name: 'KHIDI' of 'Korea Health Industry Development
    Institute', 'DoH' of 'Department of Health' (two capitals at least, and a capital at
    either end)."""
    return (
        short[:1].isupper()
        and short[-1:].isupper()
        and sum(c.isupper() for c in short) >= 2
        and letters_in_order(short, name)
    )


def initials(name: str) -> str:
    """The capitals a name's words start with ('CDB' of 'Caribbean Development Bank')."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def acronyms_of(name: str) -> set[str]:
    """The acronyms a long name may go by without the text defining them: its capitalised
    words' initials, with or without the "of" ('MTIE', 'MOTIE' of 'Ministry of Trade,
    Industry and Energy'); none for a name of fewer than three such words."""
    own = without_legal_form(name)
    plain = initials(own)
    if len(plain) < 3:
        return set()
    with_of = "".join(w[0].upper() for w in own.split() if w[:1].isupper() or w == "of")
    return {plain, with_of}


# the words that open a term a text defines in brackets: '(hereinafter "Sernageomin")',
# '(hereinafter referred to as "the Fund")'
DEFINING = r"(?:herein(?:after)?|hereafter)(?:\s+(?:referred\s+to\s+as|called))?"


# Legal forms of companies ("Nuvem Tupi S.A.", "Deutsche Telekom AG", "Silo AI Oy"): a name
# ending in one names a firm, and a text may name the firm without it.
LEGAL_FORMS = frozenset(
    """Inc Inc. Corp Corp. Ltd Ltd. Limited LLC LLP PLC plc Plc Berhad Bhd AG SA SE GmbH Tbk NV BV
    KK K.K. S.A. S.A Ltda Ltda. S.p.A. SpA N.V. B.V. Pte Pty Oy Oyj ASA AS AB A/S JSC PJSC Sdn
    SARL Sàrl SAS S.A.S. Srl S.r.l. SRL Pvt Pvt. DAC Lda Lda. SL S.L. SLU S.L.U. UAB SIA OÜ Kft
    Kft. Zrt. Nyrt. KGaA S.E.C. SAOG QPSC WLL W.L.L. FZE FZCO ApS S.A.C. S.A.A. A.Ş. A.S. PCL Sdn.
    Bhd. Pte. Pty. L.L.C. FZ-LLC LP L.P. CJSC OJSC OOO Teoranta Teo Teo. Cyf Cyf.
    Cyfyngedig U.A. S.A.U. SAU S.A.P.I. S.M.E. S.E. Persero Perseroda""".split()
)

_BEFORE_LEGAL_FORMS = frozenset("Co., Holding Holdings".split())


def is_legal_word(text: str, words: frozenset[str] = LEGAL_FORMS) -> bool:
    """Whether `text` is one of `words` (a legal form), or one in a letterhead's capitals
    ("LIMITED", "CO.,")."""
    return text in words or (text.isupper() and text.title() in words)


# Legal forms written in lower case ("Boréal Calcul inc.", "Dalmacija Cloud d.o.o.",
# "Chlodnia Tech sp. z o.o.", "Hekla Nord ehf.") or in several words ("Radiomóvil Dipsa,
# S.A. de C.V.", "Acme, S. de R.L. de C.V.", Mexican; "Schwarz Digits GmbH & Co. KG",
# German): they end a name as the capitalised ones do.
_LOWER_LEGAL_FORM = re.compile(
    r"(?:inc\.|ltée|d\.o\.o\.|d\.d\.|s\.r\.o\.|a\.s\.|[Ss]p\. z o\.o\.|s\.a\.|s\.p\.a\.|s\.r\.l\.|"
    r"e?hf\.|gGmbH|"
    r"(?:S\.A\.(?:[BP]\.(?:I\.)?)?|S\. de R\.L\.) de C\.V\.|"
    r"(?:GmbH|AG|SE) & Co\. KG(?:aA)?)"
    r"(?![\w.])"
)


def lower_legal_form_at(text: str) -> int:
    """The length of the lower-case legal form `text` starts with, or 0."""
    found = _LOWER_LEGAL_FORM.match(text)
    return found.end() if found else 0


def lower_legal_form_start(name: str) -> int | None:
    """Where the lower-case legal form that ends the name starts ('Zeta a.s.' -> 5)."""
    starts = (m.end() for m in re.finditer(" ", name))
    return next((i for i in starts if lower_legal_form_at(name[i:]) == len(name) - i), None)


def without_legal_form(name: str) -> str:
    """'Deutsche Telekom AG' -> 'Deutsche Telekom', 'Huawei Technologies Co., Ltd.' ->
    'Huawei Technologies': the legal form is no part of the name a text uses for the firm."""
    lower = lower_legal_form_start(name)
    if lower is not None:
        return name[: lower - 1].rstrip(",")  # ("Boréal Calcul inc.", "Acme, S.A. de C.V.")
    words = name.split()
    end = len(words)
    while end > 1 and (
        is_legal_word(words[end - 1])
        # (before a legal form: "Huawei Technologies Co., Ltd.", "Presight AI Holding PLC")
        or (end < len(words) and is_legal_word(words[end - 1], _BEFORE_LEGAL_FORMS))
        or (end == len(words) and words[-1] == "Co.")  # "SK Gas Co.", "Ulsan AI Campus Co."
    ):
        end -= 1
    return " ".join(words[:end]).rstrip(",")  # ("Likha Intelligence, Inc.")


def fold_diacritics(name: str) -> str:
    """'Māori' -> 'Maori', 'Reykjavík' -> 'Reykjavik'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^\w&+]+", " ", s).strip()


_CAMEL = re.compile(r"[a-z][A-Z]")


def is_camel_case(text: str) -> bool:
    """'TituLLM', 'SpeakLeash': a capital inside a word, which makes it a name."""
    return _CAMEL.search(text) is not None
