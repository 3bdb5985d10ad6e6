"""English text of our own, in the site's shape: headlines, kickers, sentences, list items."""

from __future__ import annotations

import random

PARKS = [
    "Pardis Technology Park",
    "Guilan Science and Technology Park",
    "Isfahan Science and Technology Town",
    "Tehran Province Science and Technology Park",
    "Khorasan Razavi Science and Technology Park",
    "Yazd Science and Technology Park",
    "Fars Science and Technology Park",
]
ORGS = [
    "the Innovation and Prosperity Fund",
    "the Iran Nanotechnology Innovation Council",
    "the Biotechnology Development Council",
    "the Vice-Presidency for Science and Technology",
    "the Center for International Scientific Studies and Collaboration",
    "the National Elites Foundation",
    "Sharif University of Technology",
]
FIELDS = [
    "nanotechnology",
    "biotechnology",
    "medical equipment",
    "artificial intelligence",
    "aerospace",
    "renewable energy",
    "new materials",
    "pharmaceuticals",
    "agricultural technologies",
    "water treatment",
    "electronics",
]
PRODUCTS = [
    "dialysis filters",
    "ultrasound probes",
    "industrial catalysts",
    "solar panels",
    "diagnostic kits",
    "smart meters",
    "water filters",
    "drone engines",
    "orthopaedic implants",
    "nano fertilizers",
    "radiopharmaceuticals",
]
CITIES = ["Tehran", "Isfahan", "Tabriz", "Mashhad", "Shiraz", "Rasht", "Yazd", "Kerman"]
COUNTRIES = (
    "Kenya Armenia Iraq Russia China Turkey Uzbekistan Kazakhstan Oman Vietnam Serbia Belarus"
    " Tanzania"
).split()
FIRST_NAMES = ["Parviz", "Mahsa", "Reza", "Narges", "Hamid", "Leila", "Saeed", "Zahra", "Omid"]
LAST_NAMES = ["Karami", "Ahmadi", "Rahimi", "Tavakoli", "Moradi", "Sadeghi", "Jafari", "Nouri"]
ORDINALS = ["second", "third", "fifth", "seventh", "tenth", "twelfth"]

HEADLINES = [
    "{n} knowledge-based companies of {park} exported {product} to {m} countries in the past year",
    "{Org} opens a new accelerator for {field} start-ups in {city}",
    "Iranian researchers produce {product} using {field}",
    "{city} hosts the {ord} exhibition of {field} achievements",
    "Support package of {org} for {field} companies doubles in the new year",
    "Knowledge-based companies in {city} sign {n} contracts with partners from {country}",
    "Memorandum of understanding signed between {org} and a university in {country}",
    "{n} start-ups graduate from the innovation centres of {park}",
    "Exports of {product} by Iranian technology firms reach {n} million dollars",
    "Young engineers of {park} design {product} for hospitals in {city}",
    "Delegation from {country} visits the laboratories of {park}",
]
QUESTIONS = [
    "Can {field} start-ups in {city} compete in the markets of {country}",
    "What does the {field} ecosystem of {city} need to grow",
    "Why do knowledge-based companies of {park} export {product}",
]
QUOTED = [
    'Head of {park}: "Knowledge-based companies will lead the exports of {product}"',
    'Vice-President for Science and Technology: "{field} is the way forward"',
]
CLAUSES = [
    "while the share of {field} in the exports of the region grew for the third year in a row",
    "and the park plans to open {n} new branches in {city} and {city2} by the end of the year",
    "according to the managing director of {org}, who spoke at a press conference in {city}",
    "as {n} new companies joined the accelerator programmes of {park} in the same period",
]
KICKERS = [
    "Managing director of the park announced",
    "Head of {org2} said",
    "In a meeting with the heads of technology parks",
    "Vice-President for Science and Technology",
    "At the closing ceremony in {city}",
    "Secretary of the council for {field} announced",
]
QUOTE_KICKERS = ['At the opening of "Innovation Week"', 'Sattari in the programme "Tomorrow"']
BARE_KICKERS = ["Afshin", "Sattari", "Dehghani", "Report"]

SENTENCES = [
    "According to the public relations of {org}, {n} knowledge-based companies active in {field}"
    " took part in the event held in {city}.",
    "The head of {org} said that the share of {product} in the exports of the park has grown for"
    " the third year in a row.",
    "He added that more than {n} young engineers now work in the technology units settled in"
    " {park}.",
    "Last year, companies of the park shipped their first orders of {product} to {country} and"
    " {country2}.",
    "The new package pays up to half of the fees of international certificates for companies that"
    " already have a signed export contract.",
    "Companies that have exported for less than two years will receive priority, and a committee"
    " of the fund will make the selection.",
    "The programme also covers the rent of shared laboratories in {city}, so that small teams can"
    " test their prototypes within days instead of months.",
    "In her words, the greatest obstacle is no longer the quality of the products but the cost of"
    " certification, transport and banking.",
    "{Park} hosts more than {n} technology units in fields such as {field}, {field2} and {field3}.",
    "The managing director explained that each new market was opened after at least one trade"
    " mission organized with {org}.",
    "A delegation from {country} visited the laboratories of {park} and discussed joint projects"
    " in {field}.",
    "The fund has so far paid {n} billion rials of loans to start-ups working on {product}.",
    "Officials expect the number of knowledge-based companies in {city} to pass {n} by the end of"
    " the year.",
    "The exhibition showed {n} products made by Iranian companies, from {product} to {product2}.",
    "Several universities in {city} have agreed to share their equipment with the companies of"
    " the park.",
    "The secretary of the council said that training programmes for young researchers will"
    " continue in {city} and {city2}.",
    "Most of these companies were founded by graduates of local universities who returned from"
    " abroad.",
    "The next round of the programme will focus on {field} and on projects that replace imported"
    " {product}.",
]
DATE_SENTENCES = [
    "The call for proposals of the programme is open until {date}.",
    "The next meeting of the council will be held on {date} in {city}.",
    "The first shipment left the park on {date}, two months ahead of schedule.",
]
SUBHEADINGS = [
    "Export markets beyond the region",
    "New support packages",
    "Plans for the coming year",
    "A network of accelerators",
    "Training young engineers",
    "Cooperation with universities",
    "Products that replace imports",
    "Figures of the past year",
]
LIST_INTROS = [
    "The main parts of the new package are these.",
    "The companies of the park mostly sell the following products.",
]
SHORT_ITEMS = [
    "Dialysis filters and blood lines",
    "Patient monitoring systems",
    "Industrial catalysts",
    "Smart water meters",
    "Drone engines",
    "Diagnostic kits",
    "Nano fertilizers",
]
LONG_ITEMS = [
    "Loans with a grace period of one year for new exporters.",
    "Half of the fees of international certificates paid by the fund.",
    "Shared warehouses in two neighbouring countries for spare parts.",
    "Free legal advice on contracts with foreign distributors.",
    "Places at trade fairs in {country} and {country2} at a reduced price.",
]


def fill(rng: random.Random, template: str) -> str:
    """Fill the slots of a template with words from the lists above."""
    fields = rng.sample(FIELDS, 3)
    cities = rng.sample(CITIES, 2)
    countries = rng.sample(COUNTRIES, 2)
    products = rng.sample(PRODUCTS, 2)
    orgs = rng.sample(ORGS, 2)
    park = rng.choice(PARKS)
    return template.format(
        n=rng.randint(3, 480),
        m=rng.randint(4, 19),
        park=park,
        Park=park[0].upper() + park[1:],
        org=orgs[0],
        org2=orgs[1].removeprefix("the "),
        Org=orgs[0][0].upper() + orgs[0][1:],
        field=fields[0],
        field2=fields[1],
        field3=fields[2],
        product=products[0],
        product2=products[1],
        city=cities[0],
        city2=cities[1],
        country=countries[0],
        country2=countries[1],
        ord=rng.choice(ORDINALS),
    )


def headline(rng: random.Random) -> str:
    return fill(rng, rng.choice(HEADLINES))


def long_headline(rng: random.Random) -> str:
    """A title of more than 200 characters."""
    text = headline(rng)
    for clause in rng.sample(CLAUSES, len(CLAUSES)):
        if len(text) > 200:
            break
        text += ", " + fill(rng, clause)
    return text


def question(rng: random.Random) -> str:
    return fill(rng, rng.choice(QUESTIONS)) + "?"


def quoted(rng: random.Random) -> str:
    return fill(rng, rng.choice(QUOTED))


def kicker(rng: random.Random) -> str:
    return fill(rng, rng.choice(KICKERS))


def byline(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return f"Dr. {name}" if rng.random() < 0.5 else f"{name} *"


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(fill(rng, s) for s in rng.sample(SENTENCES, sentences))


def date_sentence(rng: random.Random, date_text: str) -> str:
    return fill(rng, rng.choice(DATE_SENTENCES).replace("{date}", date_text))


def list_items(rng: random.Random) -> list[str]:
    pool = SHORT_ITEMS if rng.random() < 0.5 else LONG_ITEMS
    return [fill(rng, item) for item in rng.sample(pool, rng.randint(3, 5))]


def subheading(rng: random.Random) -> str:
    return rng.choice(SUBHEADINGS)


def list_intro(rng: random.Random) -> str:
    return rng.choice(LIST_INTROS)
