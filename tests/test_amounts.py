"""Monetary figures: parsing in fr/en/es styles, whole-report extraction, stated sums."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from extractors.amounts import amounts_to_sums, document_to_amounts, parse_amount
from pipeline.records import Meeting, Provenance
from pipeline.text import document_from_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_04bc718c71204c5f.txt"
NBSP, NNBSP = "\u00a0", "\u202f"


# ------------------------------------------------------------------ parse_amount

@pytest.mark.parametrize("text,lang,value,currency", [
    ("955 k€", "fr", 955_000, "EUR"),
    ("715 k€", "fr", 715_000, "EUR"),
    ("446 783 €", "fr", 446_783, "EUR"),
    (f"446{NBSP}783{NBSP}€", "fr", 446_783, "EUR"),
    (f"446{NNBSP}783 €", "fr", 446_783, "EUR"),
    ("6.000 £", "fr", 6_000, "GBP"),
    ("50 milliards d'euros", "fr", 50e9, "EUR"),
    ("50 milliards d’euros", "fr", 50e9, "EUR"),
    ("730 000 €", "fr", 730_000, "EUR"),
    ("$1.2 million", "en", 1_200_000, "USD"),
    ("USD 450,000", "en", 450_000, "USD"),
    ("€85k", "en", 85_000, "EUR"),
    ("EUR 12 500", "fr", 12_500, "EUR"),
    ("1,250,000 US dollars", "en", 1_250_000, "USD"),
    ("1.500.000 €", "es", 1_500_000, "EUR"),
    ("250 mil euros", "es", 250_000, "EUR"),
    ("USD 30.000", "es", 30_000, "USD"),
    ("1 200 000$", "fr", 1_200_000, "USD"),
    ("11740€", "fr", 11_740, "EUR"),
    ("12,5 M€", "fr", 12_500_000, "EUR"),
    ("2,5 millions d'euros", "fr", 2_500_000, "EUR"),
    ("3 millones de pesos mexicanos", "es", 3_000_000, "MXN"),
    ("1.200 millones de dólares", "es", 1_200_000_000, "USD"),   # es: "." groups
    ("1,5 millones de dólares", "es", 1_500_000, "USD"),
    ("US$3´734,282.00", "es", 3_734_282, "USD"),
    ("CHF 1'234.50", "fr", 1_234.5, "CHF"),
    ("1.68€", "fr", 1.68, "EUR"),                                 # 2 digits: decimal
    ("$5m", "en", 5_000_000, "USD"),
    ("£2.5bn", "en", 2_500_000_000, "GBP"),
    ("R$ 100", "es", 100, "BRL"),
    ("5 000 dollars canadiens", "fr", 5_000, "CAD"),
    ("20 pounds sterling", "en", 20, "GBP"),
])
def test_parse_amount_styles(text, lang, value, currency):
    got = parse_amount(text, lang)
    assert got is not None, text
    assert got[1] == currency
    assert got[0] == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("text,lang", [
    ("2021", "fr"), ("page 12", "fr"), ("7-6", "fr"), ("107 nouvelles organisations", "fr"),
    ("42 %", "fr"), ("60 à 70%", "fr"), ("COP 26", "fr"), ("la COP26", "en"),
    ("5 réunions", "fr"), ("3 millones de pesos", "es"),       # which peso is not said
    ("$3´734,282.00", "es"),                                   # "$" in Spanish: a peso
    ("12 livres", "fr"),                                       # books, not pounds
])
def test_not_amounts(text, lang):
    assert parse_amount(text, lang) is None


# ------------------------------------------------------------- property-based

def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


cents = st.integers(min_value=0, max_value=10**11)


@settings(max_examples=150, deadline=None)
@given(cents, st.sampled_from([" ", NBSP, NNBSP]), st.booleans())
def test_roundtrip_fr(c, sep, with_cents):
    units, frac = divmod(c, 100)
    text = _group(str(units), sep) + (f",{frac:02d}" if with_cents else "") + f"{sep}€"
    expect = Decimal(c) / 100 if with_cents else Decimal(units)
    assert parse_amount(text, "fr") == (float(expect), "EUR")


@settings(max_examples=150, deadline=None)
@given(cents, st.booleans())
def test_roundtrip_en(c, with_cents):
    units, frac = divmod(c, 100)
    text = "$" + _group(str(units), ",") + (f".{frac:02d}" if with_cents else "")
    expect = Decimal(c) / 100 if with_cents else Decimal(units)
    assert parse_amount(text, "en") == (float(expect), "USD")


@settings(max_examples=150, deadline=None)
@given(cents, st.booleans())
def test_roundtrip_es(c, with_cents):
    units, frac = divmod(c, 100)
    text = _group(str(units), ".") + (f",{frac:02d}" if with_cents else "") + " €"
    expect = Decimal(c) / 100 if with_cents else Decimal(units)
    assert parse_amount(text, "es") == (float(expect), "EUR")


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 999), st.integers(0, 9), st.sampled_from(["k", "M"]),
       st.sampled_from(["fr", "en", "es"]))
def test_roundtrip_multipliers(whole, tenth, mult, lang):
    factor = {"k": 1000, "M": 1_000_000}[mult]
    dec = "." if lang == "en" else ","
    text = f"{whole}{dec}{tenth} {mult}€" if lang != "en" else f"€{whole}{dec}{tenth}{mult}"
    expect = (Decimal(whole) + Decimal(tenth) / 10) * factor
    assert parse_amount(text, lang) == (float(expect), "EUR")


# ------------------------------------------------------------ in documents

def _doc(text: str, lang: str, headings: tuple[str, ...] = ()):
    return document_from_text(text, language=lang, headings=headings)


def test_years_pages_codes_counts_are_not_amounts():
    doc = _doc("Le Bureau a tenu 5 réunions en 2021 (voir document 7-6, page 12). "
               "107 nouvelles organisations, soit 42 % du total, en marge de la COP 26.", "fr")
    assert document_to_amounts(doc) == ()


def test_peso_and_dollar_follow_the_country_named():
    doc = _doc("En Colombia el programa costó 3 millones de pesos y $ 435 000 al mes.", "es")
    got = [(a.value, a.currency) for a in document_to_amounts(doc)]
    assert got == [(3_000_000, "COP"), (435_000, "COP")]
    # no country named: "$" in Spanish text is a peso of an unsaid country, not USD
    none = _doc("El programa costó 3 millones de pesos y $ 435 000 al mes.", "es")
    assert document_to_amounts(none) == ()
    ecuador = _doc("En Ecuador el programa costó $ 435 000 al mes y 3 millones de pesos.", "es")
    assert [(a.value, a.currency) for a in document_to_amounts(ecuador)] == [(435_000, "USD")]


def test_dollar_is_that_of_the_country_the_report_is_about():
    """A Canadian city council's "$" is CAD even when it names the United States once;
    naming no dollar country keeps USD in English and French."""
    canada = ("Canada " * 4 + "and the United States. The Province of Manitoba adds $7 million "
              "and 250,000 dollars.")
    assert [(a.value, a.currency) for a in document_to_amounts(_doc(canada, "en"))] == [
        (7e6, "CAD"), (250_000, "CAD")]
    even = "Canada and the United States agreed on $7 million."
    assert [a.currency for a in document_to_amounts(_doc(even, "en"))] == []
    assert [a.currency for a in document_to_amounts(_doc("A grant of $7 million.", "en"))] == ["USD"]
    quebec = "La Ville de Québec verse 1 200 000 $ et 5 000 dollars."
    assert [a.currency for a in document_to_amounts(_doc(quebec, "fr"))] == ["CAD", "CAD"]


@pytest.mark.parametrize("text, lang, want", [
    ("Réunion à Niamey (Niger). Budget de 971 millions de FCFA.", "fr", [(971e6, "XOF")]),
    ("Réunion à Cotonou (Bénin) ; le Burkina Faso et le Mali ont apporté 25 millions de FCFA.",
     "fr", [(25e6, "XOF")]),
    ("Réunion à Yaoundé (Cameroun) : contribution de 25 000 000 F CFA.", "fr", [(25e6, "XAF")]),
    ("Siège de l'UEMOA : 4 milliards de francs CFA.", "fr", [(4e9, "XOF")]),
    ("Meeting in Bamako, Mali: a grant of 3 million CFA francs.", "en", [(3e6, "XOF")]),
    ("Reunión en N'Djamena (Chad): 5 millones de francos CFA.", "es", [(5e6, "XAF")]),
    # both zones named, or none: which CFA franc is not said
    ("Réunion à Dakar (Sénégal) et à Libreville (Gabon) : 25 millions de FCFA.", "fr", []),
    ("Une contribution de 25 millions de FCFA.", "fr", []),
    # explicit codes and issuers need no country
    ("Dakar (Sénégal) : 25 millions de francs CFA BEAC et 3 000 000 XOF.", "fr",
     [(25e6, "XAF"), (3e6, "XOF")]),
])
def test_cfa_franc_zone_follows_the_countries_named(text, lang, want):
    got = [(a.value, a.currency) for a in document_to_amounts(_doc(text, lang))]
    assert got == want


def test_code_ending_a_line_and_symbol_glued_to_the_next_word():
    """Real minutes: "contribution of EUR" / "1,789,522 as Host" (UN decisions wrap the
    code away from its figure) and "+ 20 000 €pour l'appartement" (a missing space)."""
    doc = _doc("the special contribution of EUR\n1,789,522 as Host Government; "
               "+ 20 000 €pour l'appartement; 2018 (EUR)\n2019 (EUR); secretariat EUR\n25 "
               "Maintaining.", "en")
    assert [(a.value, a.currency) for a in document_to_amounts(doc)] == [
        (1_789_522, "EUR"), (20_000, "EUR")]


def test_range_first_figure_takes_the_unit():
    doc = _doc("Trois devis d'environ 26.500 à 28.500€ et de 2 à 3 millions d'euros.", "fr")
    assert [a.value for a in document_to_amounts(doc)] == [26_500, 28_500, 2e6, 3e6]


def test_year_from_sentence_then_heading_then_meeting():
    text = ("Budget 2019\n\nLe coût de la salle était de 1 200 €.\n\n"
            "Divers\n\nUne contribution de 300 € a été reçue.\n\n"
            "En 2020 la subvention est de 50 k€.")
    doc = _doc(text, "fr", headings=("Budget 2019", "Divers"))
    prov = Provenance(doc_id="test", page=1, start=0, end=1, extractor="t", version="0")
    meeting = Meeting(meeting_id="m", doc_id="test", body=None, ordinal=None,
                      date="2018-05-02", place=None, prov=prov)
    got = [(a.value, a.year, a.category) for a in document_to_amounts(doc, meeting)]
    assert got == [(1200, 2019, "cost"), (300, 2018, "contribution"),
                   (50_000, 2020, "contribution")]


# ------------------------------------------------------------------ stated sums

def _sums(text: str, lang: str):
    doc = _doc(text, lang)
    return [(s.total.value, [p.value for p in s.parts])
            for s in amounts_to_sums(doc, document_to_amounts(doc))]


def test_sum_in_parentheses_recorded_even_when_wrong():
    assert _sums("Le budget est de 900 k€ (600 k€ + 250 k€).", "fr") == [
        (900_000, [600_000, 250_000])]


def test_sum_total_first_english():
    assert _sums("We approved a total of $700,000 ($300,000 for training + $350,000 "
                 "for travel).", "en") == [(700_000, [300_000, 350_000])]


def test_sum_parts_then_total():
    assert _sums("Un budget principal de 730 000 €, auquel s'ajouteraient 240 000 € pour "
                 "les réunions, soit un budget annuel total de 970 000 €.", "fr") == [
        (970_000, [730_000, 240_000])]
    assert _sums("Se asignan 100 000 € para A y 50 000 € para B, en total 150 000 €.",
                 "es") == [(150_000, [100_000, 50_000])]


def test_dont_and_plain_lists_are_not_sums():
    assert _sums("Un budget de 1 000 € dont 300 € et 200 € de frais.", "fr") == []
    assert _sums("Devis cloche : 3400 €\nDevis beffroi et abat-son : 12 924€\n"
                 "Total : 65800€", "fr") == []
    assert _sums("446 783 € étaient disponibles et 307 316 € dépensés.", "fr") == []


# --------------------------------------------------------------- the seed report

SEED_EXPECTED = [  # (as written, value, currency, year, category), read by hand
    ("955 k€", 955_000, "EUR", 2021, "budget_adopted"),
    ("715 k€", 715_000, "EUR", 2021, "budget"),
    ("240 k€", 240_000, "EUR", 2021, None),
    ("446 783 €", 446_783, "EUR", 2021, "available"),
    ("307 316 €", 307_316, "EUR", 2021, "spent"),
    ("31 148 €", 31_148, "EUR", 2021, "overheads"),
    ("43 000 €", 43_000, "EUR", 2021, "in_kind"),
    ("6.000 £", 6_000, "GBP", 2021, "cost"),
    ("730 000 €", 730_000, "EUR", 2022, "budget"),
    ("240 000 €", 240_000, "EUR", 2022, None),
    ("970 000 €", 970_000, "EUR", 2022, "budget"),
    ("150 k€", 150_000, "EUR", 2022, None),
    ("100 k€", 100_000, "EUR", 2022, None),
    ("50 milliards d'euros", 50e9, "EUR", None, "cost"),
]


@pytest.fixture(scope="module")
def seed_doc():
    if not SEED.is_file():
        pytest.skip("../shared is absent")
    headings = ("Budget 2021", "Programme de travail pour 2022 : Feuille de Route et Budget",
                "Présentations pour information")
    return document_from_text(SEED.read_text(encoding="utf-8"), doc_id="seed",
                              language="fr", headings=headings)


def test_seed_amounts_exact(seed_doc):
    got = [(a.text, a.value, a.currency, a.year, a.category)
           for a in document_to_amounts(seed_doc)]
    assert got == SEED_EXPECTED
    for a in document_to_amounts(seed_doc):
        assert seed_doc.text[a.prov.start:a.prov.end] == a.text
        assert a.text.replace("\n", " ") in a.sentence


def test_seed_stated_sums(seed_doc):
    sums = amounts_to_sums(seed_doc, document_to_amounts(seed_doc))
    assert [(s.total.text, [p.text for p in s.parts]) for s in sums] == [
        ("955 k€", ["715 k€", "240 k€"]),
        ("970 000 €", ["730 000 €", "240 000 €"]),
    ]


def test_apostrophe_grouped_figures_after_a_minus_sign_are_read_whole():
    """Swiss-style grouping as in real council minutes: "-8’355,59€" is 8355.59, not 355.59."""
    from extractors.amounts import document_to_amounts
    from pipeline.text import document_from_text
    doc = document_from_text("Mouvement de -8’355,59€ du 28.156 au 28.13 et de -22'973,41€ "
                             "du 10.222 au 10.68 ; voir document 7-6.", language="fr")
    assert [(a.value, a.currency) for a in document_to_amounts(doc, None)] == [
        (8355.59, "EUR"), (22973.41, "EUR")]


# ------------------------------------------- written pesos, breakdowns (invented text)


def _amounts(text: str, lang: str):
    doc = document_from_text(text, doc_id="t", language=lang)
    return doc, document_to_amounts(doc)


@pytest.mark.parametrize("text, lang, want", [
    # a Spanish acta that never names its country but writes its peso out
    ("El aporte fue de $ 12.000.000 (doce millones de pesos colombianos) y el saldo de $ 3.500.000.",
     "es", [(12e6, "COP"), (3.5e6, "COP")]),
    # the ISO code as a column label settles it too
    ("Valores en MXN.\n\nEl gasto de papelería fue de $ 250.000.", "es", [(250_000, "MXN")]),
    # in English, "$" is the peso only when the report writes that peso and no dollar
    ("The grant of $ 8,000,000 (eight million Colombian pesos) was paid.", "en", [(8e6, "COP")]),
    ("The delegate of Colombia asked about the office, at a cost of $340k a year.", "en",
     [(340_000, "USD")]),
    ("A fee of $ 500 was set; the Mexican pesos fund holds USD 2,000.", "en",
     [(500, "USD"), (2000, "USD")]),
])
def test_dollar_sign_is_the_peso_the_report_writes_out(text, lang, want):
    _, found = _amounts(text, lang)
    assert [(a.value, a.currency) for a in found] == want


def test_a_conference_named_cop_does_not_settle_the_peso():
    _, found = _amounts("En la COP 28 se anunció un fondo de $ 100 millones.", "es")
    assert found == ()          # "$" of an unsaid country is left out, "COP 28" is no label


@pytest.mark.parametrize("text, lang, total, parts", [
    ("The society's income reached £7,500, made up of grants of £4,000, sales of £2,100 and "
     "donations of £900.", "en", "£7,500", ["£4,000", "£2,100", "£900"]),
    ("Les recettes s'élèvent à 12 000 €, composées de 8 000 € de cotisations et de 4 000 € de dons.",
     "fr", "12 000 €", ["8 000 €", "4 000 €"]),
    ("Los ingresos suman € 10.000, compuestos por cuotas de € 6.000, donaciones de € 3.000 y "
     "ventas de € 1.500.", "es", "€ 10.000", ["€ 6.000", "€ 3.000", "€ 1.500"]),
])
def test_total_then_breakdown_cue_then_parts(text, lang, total, parts):
    doc, found = _amounts(text, lang)
    sums = amounts_to_sums(doc, found)
    assert [(s.total.text, [p.text for p in s.parts]) for s in sums] == [(total, parts)]


@pytest.mark.parametrize("text", [
    "Income was £5,000, compared with £4,200 and £3,900 in the two previous years.",
    "The fund of £9,000, made up of £5,000, £3,000, stays open.",            # no closing "and"
    "The reserve of £9,000, made up of £5,000 (of which £3,000 restricted) and £4,000, stays.",
])
def test_lists_that_are_not_breakdowns(text):
    doc, found = _amounts(text, "en")
    assert amounts_to_sums(doc, found) == ()


def test_breakdown_takes_the_closed_list_that_adds_up():
    doc, found = _amounts("The budget of £10,000, split between staff of £6,000 and rent of £4,000 and "
                          "a reserve of £1,000 held apart.", "en")
    (s,) = amounts_to_sums(doc, found)
    assert [p.text for p in s.parts] == ["£6,000", "£4,000"]


# ------------------------------------------ symbols of every territory, colon breakdowns

@pytest.mark.parametrize("text, lang, value, currency", [
    ("₡ 1 450 000", "es", 1_450_000, "CRC"),
    ("₦2,500,000", "en", 2_500_000, "NGN"),
    ("GH₵ 4,500", "en", 4_500, "GHS"),
    ("RD$ 3.200.000", "es", 3_200_000, "DOP"),
    ("₸ 900 000", "fr", 900_000, "KZT"),
    ("₩ 50,000", "en", 50_000, "KRW"),
    ("R$ 1.200,50", "es", 1_200.5, "BRL"),
])
def test_currency_symbols_of_the_territories_that_write_them(text, lang, value, currency):
    got = parse_amount(text, lang)
    assert got is not None and got[1] == currency and abs(got[0] - value) < 1e-6


def test_a_one_letter_dollar_prefix_names_no_currency():
    # "C$" is the Canadian dollar to some and the Nicaraguan córdoba to others
    assert parse_amount("C$ 400", "en") is None


def _stated_sums(text: str, lang: str):
    doc = document_from_text(text, language=lang)
    return amounts_to_sums(doc, document_to_amounts(doc))


def test_a_total_then_a_colon_announces_its_parts():
    sums = _stated_sums("The lottery raised £84,000 this season: £50,000 from ticket sales, £21,000 from "
                 "sponsors and £9,000 from the raffle.", "en")
    assert len(sums) == 1
    assert sums[0].total.value == 84_000 and [p.value for p in sums[0].parts] == [50_000, 21_000, 9_000]
    sums = _stated_sums("La subvention atteint 90 000 € : 50 000 € pour la voirie, 25 000 € pour les écoles "
                 "et 15 000 € pour le sport.", "fr")
    assert len(sums) == 1 and len(sums[0].parts) == 3


@pytest.mark.parametrize("text, lang", [
    ("Spending reached £2.4 million this year: £300,000 more than planned and £150,000 above 2022.", "en"),
    ("The reserve stands at £40,000: £90,000 was received and £50,000 was spent.", "en"),
])
def test_a_colon_before_differences_or_larger_figures_states_no_sum(text, lang):
    assert _stated_sums(text, lang) == ()


def test_a_letter_for_the_naira_counts_only_where_the_report_writes_the_naira():
    text = ("The club paid ₦ 80,000 in fees. The hall cost N4.2 million and the levy is N150,000; "
            "the office is on road N12, grid N7.5.")
    doc = document_from_text(text, doc_id="t", language="en")
    found = sorted((a.value, a.currency) for a in document_to_amounts(doc, None))
    assert found == [(80000.0, "NGN"), (150000.0, "NGN"), (4200000.0, "NGN")]
    bare = document_from_text("The hall cost N4.2 million.", doc_id="t", language="en")
    assert document_to_amounts(bare, None) == ()


# ------------------------------------------------- issue 14: real layouts (invented)


def _figures(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(a.text, a.value, a.currency) for a in document_to_amounts(document_from_text(text, language=lang))]


def test_a_space_after_the_symbol_and_a_budget_cell():
    """"$ 54,522.10", "€ 1 200", "£ 45.00": the symbol stands apart from its figure, as in
    the cells of a budget table."""
    assert _figures("ACCION: (100231) Producción del programa $ 12,345.60\nTOTAL: $ 98,010.00", "es") == [
        ("$ 12,345.60", 12345.6, "MXN"), ("$ 98,010.00", 98010.0, "MXN")]
    assert _figures("Subvention : € 1 200 pour le club.", "fr") == [("€ 1 200", 1200.0, "EUR")]
    assert _figures("Grass cutting | £ 45.00", "en") == [("£ 45.00", 45.0, "GBP")]


def test_a_spanish_dollar_sign_is_settled_by_how_its_figures_are_written():
    """No country named: "$ 54,522.10" and "$3´734,282.00" (decimal point, comma groups)
    are Mexico's writing; "$ 72.000" is another peso country's, which the report does not
    name, so it stays out; both writings together settle nothing."""
    assert _figures("Presupuesto: $3´734,282.00 para personal.", "es") == [("$3´734,282.00", 3734282.0, "MXN")]
    assert _figures("Cuota social: $ 72.000 por año.", "es") == []
    assert _figures("Gastos: $ 1,500.50 y cuota $ 72.000.", "es") == []
    # a country named settles it whatever the writing
    assert _figures("Club de Montevideo, Uruguay. Cuota: $ 1,500.50.", "es") == [("$ 1,500.50", 1500.5, "UYU")]
    # in English "$" stays the dollar
    assert _figures("The grant is $ 54,522.10.", "en") == [("$ 54,522.10", 54522.1, "USD")]
