"""ingest/money.py: amounts, currencies, stated USD and the rate-table estimate."""

from __future__ import annotations

import pytest

from ingest.money import find_money, for_country, issuing_country


@pytest.mark.parametrize(
    ("text", "amount", "currency", "usd"),
    [
        ("India will spend $1.2 billion on compute", 1.2e9, "USD", 1.2e9),
        ("a US$200 million AI factory", 2e8, "USD", 2e8),
        ("EUR 20bn for AI", 2e10, "EUR", None),
        # digits grouped by spaces, a decimal comma after them
        ("shall allocate Kz 1 200 000 000,00 to the project", 1.2e9, "AOA", None),
        ("a budget of EUR 6 215 000 in 2025", 6.215e6, "EUR", None),
        # full stops between thousands ("$95.000.000" in a Chilean list, a Brazilian sum)
        ("Awarded: $95.000.000.", 9.5e7, "USD", 9.5e7),
        ("a budget of R$ 1.234.567,89", 1234567.89, "BRL", None),
        ("assigns 10 million euros for", 1e7, "EUR", None),
        # the scale words of the languages reports quote, and a Romance 'of' after them
        ("approved R$ 180 milhões in funding", 1.8e8, "BRL", None),
        ("EUR 40 Millionen für KI", 4e7, "EUR", None),
        ("3 milliards d'euros", 3e9, "EUR", None),
        ("2 miliardi di euro", 2e9, "EUR", None),
        ("Rs 10,372 crore outlay", 1.0372e11, "INR", None),
        ("a grant of ₹5,00,00,000 to KSUM", 5e7, "INR", None),
        ("Rs.1,250,00,00,000/- as capital support", 1.25e10, "INR", None),
        ("a ¥72.5bn subsidy", 7.25e10, "JPY", None),
        ("as much as NT$17.4 billion (US$556 million) through", 1.74e10, "TWD", 5.56e8),
        ("600 million Danish kroner ($87 million)", 6e8, "DKK", 8.7e7),
        ("RM2bn for data centres", 2e9, "MYR", None),
        ("financed the work with 14.5 million zlotys", 1.45e7, "PLN", None),
        ("about NIS 110 million", 1.1e8, "ILS", None),
        ("a QR9bn incentive package", 9e9, "QAR", None),
        ("NECTEC received ฿250 million", 2.5e8, "THB", None),
        ("a ₫2.3 trillion centre", 2.3e12, "VND", None),
        ("₺5 billion for chips", 5e9, "TRY", None),
        ("spent ARS 4,000 million (about $4.3 million at the time) on", 4e9, "ARS", 4.3e6),
        ("a 2.5-billion-euro plan", 2.5e9, "EUR", None),
        ("a 5 billion-rupee scheme", 5e9, "INR", None),
        ("will grant the venture FCFA 30 billion", 3e10, "XOF", None),
        ("earmarks CFA 1,105 billion of funds", 1.105e12, "XOF", None),
        ("Grant offered: £4,200,000", 4.2e6, "GBP", None),
        ("paid $750,000 to the lab", 7.5e5, "USD", 7.5e5),
        ("awarded three million euros to", 3e6, "EUR", None),
        ("twenty million Jordanian dinars in the budget", 2e7, "JOD", None),
        ("nine hundred thousand lira", 9e5, "TRY", None),
        ("one and a half billion CFA francs", 1.5e9, "XOF", None),
        ("Four Hundred and Eighty Billion Dong", 4.8e11, "VND", None),
        ("half a billion dollars", 5e8, "USD", 5e8),
    ],
)
def test_amounts(text: str, amount: float, currency: str, usd: float | None) -> None:
    [money] = find_money(text)
    assert money.amount == pytest.approx(amount)
    assert money.currency == currency
    assert money.usd_stated == (pytest.approx(usd) if usd is not None else None)
    assert money.usd_estimate is not None and money.usd_estimate > 0


@pytest.mark.parametrize(
    ("text", "currency"),
    [("a few hundred million kronor a year", "SEK"), ("several billion euros", "EUR")],
)
def test_a_scale_without_a_number_is_a_vague_amount(text: str, currency: str) -> None:
    [money] = find_money(text)
    assert (money.amount, money.currency) == (None, currency)


def test_vague_amount_has_currency_but_no_number() -> None:
    [money] = find_money("backed by hundreds of millions of dollars from the state")
    assert money.text == "hundreds of millions of dollars"
    assert money.amount is None and money.currency == "USD" and money.usd_stated is None


def test_gloss_joins_its_amount_and_offsets_point_into_text() -> None:
    text = "Taiwan could invest NT$17.4 billion (US$556 million) by 2026."
    [money] = find_money(text)
    assert text[money.start : money.end] == money.text == "NT$17.4 billion (US$556 million)"


@pytest.mark.parametrize(
    "text",
    ["VND 480 billion (four hundred and eighty billion dong)", "six billion kyat—K 6 billion",
     "One Hundred Twenty Million Pesos (PHP 120,000,000.00)"],
)  # fmt: skip
def test_an_amount_written_twice_is_one_amount(text: str) -> None:
    [money] = find_money(f"{text} for the centre")
    assert money.text == text


def test_number_words_without_a_currency_or_a_scale_are_no_amount() -> None:
    assert find_money("three million people and two funds worth five euros") == []
    assert find_money("between five and six million euros") == []


def test_regression_a_romance_of_needs_a_scale_word_before_it() -> None:
    assert find_money("in 2024 de dollars") == []


def test_no_money_in_plain_numbers() -> None:
    assert find_money("1,528 H100 GPUs and 65 kilometers of cable") == []


def test_a_one_letter_symbol_needs_its_scale() -> None:
    [money] = find_money("it would spend R300-million on the CHPC")
    assert (money.amount, money.currency) == (3e8, "ZAR")
    assert find_money("DeepSeek R1 and R2 models") == []


def test_drams_and_tugriks_not_the_chip_maker() -> None:
    assert [m.currency for m in find_money("4.5 billion drams and MNT 8.5 billion")] == [
        "AMD",
        "MNT",
    ]
    assert find_money("AMD 5 billion") == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [("GH¢150 million", "GHS"), ("BD 10 million", "BHD"), ("JD25 million", "JOD"),
     ("₡1,000 million", "CRC"), ("KHR 20 billion", "KHR"), ("TL 3.1 billion", "TRY"),
     ("MOP60 million", "MOP"), ("E£ 100 million", "EGP"), ("S/ 20 million", "PEN"),
     ("TSh 15 billion", "TZS"), ("USh 40 billion", "UGX")],
)  # fmt: skip
def test_local_currency_signs(text: str, currency: str) -> None:
    [money] = find_money(text)
    assert money.currency == currency


@pytest.mark.parametrize(
    ("code", "country"),
    [("GHS", "GHA"), ("JOD", "JOR"), ("RON", "ROU"), ("USD", None), ("EUR", None),
     ("XOF", None), (None, None)],
)  # fmt: skip
def test_issuing_country_of_a_national_currency(code: str | None, country: str | None) -> None:
    assert issuing_country(code) == country


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [("600 million dinars", "SRB", "RSD"), ("600 million dinars", "TUN", "TND"),
     ("P120 million", "BWA", "BWP"), ("P300 million", "PHL", "PHP"),
     ("40 million pesos", "URY", "UYU"), ("TND 35 million", "SRB", "TND"),
     ("11 billion dirhams", "MAR", "MAD"), ("11 billion dirhams", "ARE", "AED"),
     ("B$4 million", "BHS", "BSD"), ("B$4 million", "BRN", "BND")],
)  # fmt: skip
def test_a_shared_form_is_the_currency_of_the_texts_country(
    text: str, country: str, currency: str
) -> None:
    [money] = find_money(text)
    assert for_country(money, country).currency == currency


def test_a_shared_sign_takes_the_first_named_country_that_issues_one() -> None:
    [money] = find_money("K500 million")
    assert for_country(money, "ZAF", "ZMB").currency == "ZMW"


def test_a_sign_marked_before_only_is_no_unit_after_a_number() -> None:
    assert [m.currency for m in find_money("KM 20 million")] == ["BAM"]
    assert find_money("a 1,200 km cable and 20 million km of fibre") == []
