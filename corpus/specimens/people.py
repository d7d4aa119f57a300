"""Specimens of people: applicants who want into the network and clients who need help.

Every message is composed from phrase banks in five languages and poured into one of many
message shapes (a one-line LinkedIn drop, a long story, a bullet card, a phone-typed scrawl, a
formal cover letter, a contact-form relay...). The classifier is judged on mail written by
other people, so what matters here is variety, not volume.

Split discipline: every bank is a list, and `_Picker` hands the "dev" split only every 4th
entry (index % 4 == 3) and "train" only the rest, so dev measures phrasing the model never
saw. A few message shapes exist only in dev. Same rng state -> same specimens.

`specimens(rng, split)` is an endless generator; the builder takes what it needs.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from corpus.specimen import AttachmentSpec, Specimen

T = TypeVar("T")

LANGUAGES = ("en", "pt", "es", "de", "fr")
LANGUAGE_WEIGHTS = (0.5, 0.14, 0.12, 0.12, 0.12)

# The fixed vocabularies the manifest uses (documented in corpus/README.md).
ROLES = ("fractional_cto", "cto", "engineer", "qa", "designer", "product_manager")
NEEDS = ("fractional_cto", "fixed_scope_project", "team_extension", "advice")
INDUSTRIES = (
    "fintech",
    "healthtech",
    "edtech",
    "ecommerce",
    "logistics",
    "proptech",
    "insurtech",
    "hrtech",
    "legaltech",
    "climatetech",
    "foodtech",
    "travel",
    "media",
    "saas",
    "marketplace",
    "gaming",
    "cybersecurity",
    "agritech",
    "mobility",
)

NEWSLETTER_TITLE = "My Fractional CTO career is a roller coaster"

DEV_EVERY = 4  # every 4th entry of every bank is reserved for dev


class _Picker:
    """Chooses from banks, seeing only the split's share of each bank."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        self._views: dict[int, list[Any]] = {}

    def view(self, bank: Sequence[T]) -> list[T]:
        key = id(bank)
        cached = self._views.get(key)
        if cached is not None:
            return cached
        items = list(bank)
        if len(items) >= DEV_EVERY:
            if self.split == "dev":
                items = [x for i, x in enumerate(items) if i % DEV_EVERY == DEV_EVERY - 1]
            else:
                items = [x for i, x in enumerate(items) if i % DEV_EVERY != DEV_EVERY - 1]
        self._views[key] = items
        return items

    def one(self, bank: Sequence[T]) -> T:
        return self.rng.choice(self.view(bank))

    def some(self, bank: Sequence[T], k: int) -> list[T]:
        items = self.view(bank)
        return self.rng.sample(items, min(k, len(items)))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def _ascii(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return "".join(c for c in normalized if not unicodedata.combining(c) and ord(c) < 128)


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", _ascii(text).lower())


# ---------------------------------------------------------------------------------------------
# People: names by language, gender for the languages that inflect roles.
# ---------------------------------------------------------------------------------------------

FIRST_NAMES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("James", "m"),
        ("Emily", "f"),
        ("Priya", "f"),
        ("Chinedu", "m"),
        ("Olivia", "f"),
        ("Tomasz", "m"),
        ("Hannah", "f"),
        ("Rahul", "m"),
        ("Grace", "f"),
        ("Daniel", "m"),
        ("Aisha", "f"),
        ("Michael", "m"),
        ("Sophie", "f"),
        ("Oleksandr", "m"),
        ("Mei", "f"),
        ("Kwame", "m"),
        ("Rachel", "f"),
        ("Arjun", "m"),
        ("Zoe", "f"),
        ("Liam", "m"),
        ("Fatima", "f"),
        ("Nathan", "m"),
        ("Chloe", "f"),
        ("Vikram", "m"),
        ("Ngozi", "f"),
        ("Ethan", "m"),
        ("Maya", "f"),
        ("Bogdan", "m"),
        ("Isla", "f"),
        ("Tunde", "m"),
        ("Kate", "f"),
        ("Ryan", "m"),
        ("Anika", "f"),
        ("Marcus", "m"),
        ("Leah", "f"),
        ("Dmitri", "m"),
        ("Sarah", "f"),
        ("Kenji", "m"),
        ("Amara", "f"),
        ("Connor", "m"),
    ],
    "pt": [
        ("João", "m"),
        ("Ana", "f"),
        ("Lucas", "m"),
        ("Mariana", "f"),
        ("Rafael", "m"),
        ("Beatriz", "f"),
        ("Thiago", "m"),
        ("Camila", "f"),
        ("Gustavo", "m"),
        ("Larissa", "f"),
        ("Felipe", "m"),
        ("Fernanda", "f"),
        ("Rodrigo", "m"),
        ("Juliana", "f"),
        ("Bruno", "m"),
        ("Letícia", "f"),
        ("André", "m"),
        ("Patrícia", "f"),
        ("Diogo", "m"),
        ("Inês", "f"),
        ("Vinícius", "m"),
        ("Gabriela", "f"),
        ("Caio", "m"),
        ("Marta", "f"),
        ("Tiago", "m"),
        ("Renata", "f"),
        ("Leandro", "m"),
        ("Carolina", "f"),
    ],
    "es": [
        ("Javier", "m"),
        ("Lucía", "f"),
        ("Alejandro", "m"),
        ("Carmen", "f"),
        ("Diego", "m"),
        ("Valentina", "f"),
        ("Pablo", "m"),
        ("Sofía", "f"),
        ("Andrés", "m"),
        ("Marta", "f"),
        ("Sergio", "m"),
        ("Paula", "f"),
        ("Mateo", "m"),
        ("Camila", "f"),
        ("Jorge", "m"),
        ("Daniela", "f"),
        ("Raúl", "m"),
        ("Elena", "f"),
        ("Nicolás", "m"),
        ("Ximena", "f"),
        ("Martín", "m"),
        ("Alba", "f"),
        ("Iván", "m"),
        ("Gabriela", "f"),
    ],
    "de": [
        ("Lukas", "m"),
        ("Anna", "f"),
        ("Jonas", "m"),
        ("Lea", "f"),
        ("Maximilian", "m"),
        ("Katharina", "f"),
        ("Felix", "m"),
        ("Julia", "f"),
        ("Tobias", "m"),
        ("Sarah", "f"),
        ("Florian", "m"),
        ("Lena", "f"),
        ("Matthias", "m"),
        ("Johanna", "f"),
        ("Stefan", "m"),
        ("Miriam", "f"),
        ("Jürgen", "m"),
        ("Sabine", "f"),
        ("Niklas", "m"),
        ("Franziska", "f"),
        ("Benedikt", "m"),
        ("Carolin", "f"),
        ("Moritz", "m"),
        ("Jana", "f"),
    ],
    "fr": [
        ("Julien", "m"),
        ("Camille", "f"),
        ("Nicolas", "m"),
        ("Claire", "f"),
        ("Thomas", "m"),
        ("Manon", "f"),
        ("Antoine", "m"),
        ("Léa", "f"),
        ("Sébastien", "m"),
        ("Chloé", "f"),
        ("Maxime", "m"),
        ("Élodie", "f"),
        ("Guillaume", "m"),
        ("Aurélie", "f"),
        ("Hugo", "m"),
        ("Mathilde", "f"),
        ("Karim", "m"),
        ("Inès", "f"),
        ("François", "m"),
        ("Pauline", "f"),
        ("Yanis", "m"),
        ("Margaux", "f"),
        ("Benoît", "m"),
        ("Salomé", "f"),
    ],
}

LAST_NAMES: dict[str, list[str]] = {
    "en": [
        "Smith",
        "Johnson",
        "Patel",
        "Okafor",
        "Williams",
        "Kowalski",
        "Brown",
        "Sharma",
        "O'Brien",
        "Taylor",
        "Nguyen",
        "Anderson",
        "Mensah",
        "Kim",
        "Walker",
        "Shevchenko",
        "Chen",
        "Murphy",
        "Adeyemi",
        "Clarke",
        "Iyer",
        "Campbell",
        "Novak",
        "Hughes",
        "Fitzgerald",
        "Reddy",
        "Lindqvist",
        "Baker",
        "Tanaka",
        "Hall",
        "Mitchell",
        "Osei",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Costa",
        "Pereira",
        "Almeida",
        "Ferreira",
        "Rodrigues",
        "Carvalho",
        "Gomes",
        "Martins",
        "Araújo",
        "Ribeiro",
        "Barbosa",
        "Lima",
        "Rocha",
        "Teixeira",
        "Moreira",
        "Nogueira",
        "Cardoso",
        "Monteiro",
        "Azevedo",
        "Pinto",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "González",
        "Pérez",
        "Rodríguez",
        "Fernández",
        "Gómez",
        "Díaz",
        "Ruiz",
        "Hernández",
        "Jiménez",
        "Moreno",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Ramírez",
        "Castillo",
        "Vargas",
        "Ortega",
        "Molina",
        "Herrera",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Vogel",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Garcia",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Benali",
        "Mercier",
    ],
}

CITIES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("London", "the UK"),
        ("Manchester", "the UK"),
        ("Austin", "the US"),
        ("Toronto", "Canada"),
        ("Bangalore", "India"),
        ("Lagos", "Nigeria"),
        ("Kraków", "Poland"),
        ("Dublin", "Ireland"),
        ("Cape Town", "South Africa"),
        ("Sydney", "Australia"),
        ("Kyiv", "Ukraine"),
        ("Denver", "the US"),
        ("Nairobi", "Kenya"),
        ("Edinburgh", "Scotland"),
        ("Bucharest", "Romania"),
        ("Chicago", "the US"),
        ("Accra", "Ghana"),
        ("Pune", "India"),
    ],
    "pt": [
        ("São Paulo", "Brasil"),
        ("Florianópolis", "Brasil"),
        ("Belo Horizonte", "Brasil"),
        ("Lisboa", "Portugal"),
        ("Porto", "Portugal"),
        ("Recife", "Brasil"),
        ("Curitiba", "Brasil"),
        ("Porto Alegre", "Brasil"),
        ("Campinas", "Brasil"),
        ("Braga", "Portugal"),
        ("Rio de Janeiro", "Brasil"),
        ("Brasília", "Brasil"),
    ],
    "es": [
        ("Madrid", "España"),
        ("Barcelona", "España"),
        ("Valencia", "España"),
        ("Buenos Aires", "Argentina"),
        ("Ciudad de México", "México"),
        ("Bogotá", "Colombia"),
        ("Medellín", "Colombia"),
        ("Santiago", "Chile"),
        ("Lima", "Perú"),
        ("Montevideo", "Uruguay"),
        ("Sevilla", "España"),
        ("Guadalajara", "México"),
    ],
    "de": [
        ("Berlin", "Deutschland"),
        ("München", "Deutschland"),
        ("Hamburg", "Deutschland"),
        ("Wien", "Österreich"),
        ("Zürich", "der Schweiz"),
        ("Köln", "Deutschland"),
        ("Leipzig", "Deutschland"),
        ("Frankfurt", "Deutschland"),
        ("Graz", "Österreich"),
        ("Stuttgart", "Deutschland"),
        ("Basel", "der Schweiz"),
        ("Dresden", "Deutschland"),
    ],
    "fr": [
        ("Paris", "France"),
        ("Lyon", "France"),
        ("Bordeaux", "France"),
        ("Nantes", "France"),
        ("Montréal", "Canada"),
        ("Bruxelles", "Belgique"),
        ("Lille", "France"),
        ("Toulouse", "France"),
        ("Genève", "Suisse"),
        ("Marseille", "France"),
        ("Casablanca", "Maroc"),
        ("Rennes", "France"),
    ],
}

FREEMAIL: dict[str, list[str]] = {
    "en": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "hotmail.co.uk",
        "icloud.com",
        "proton.me",
        "yahoo.com",
        "fastmail.com",
        "hey.com",
        "me.com",
        "protonmail.com",
    ],
    "pt": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "outlook.com",
        "yahoo.com.br",
        "uol.com.br",
        "icloud.com",
        "sapo.pt",
        "terra.com.br",
        "bol.com.br",
        "live.com",
    ],
    "es": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "hotmail.es",
        "outlook.es",
        "yahoo.es",
        "icloud.com",
        "hotmail.com",
        "yahoo.com.ar",
        "gmail.com",
        "proton.me",
        "live.com.mx",
    ],
    "de": [
        "gmail.com",
        "gmx.de",
        "web.de",
        "gmail.com",
        "t-online.de",
        "posteo.de",
        "gmx.net",
        "mailbox.org",
        "outlook.de",
        "icloud.com",
        "gmx.at",
        "bluewin.ch",
    ],
    "fr": [
        "gmail.com",
        "gmail.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "outlook.fr",
        "hotmail.fr",
        "sfr.fr",
        "yahoo.fr",
        "icloud.com",
        "wanadoo.fr",
        "gmail.com",
    ],
}

COUNTRY_TLD = {
    "en": [".com", ".io", ".co.uk", ".dev"],
    "pt": [".com.br", ".pt", ".com"],
    "es": [".es", ".com", ".com.ar", ".mx"],
    "de": [".de", ".at", ".ch", ".com"],
    "fr": [".fr", ".com", ".be", ".ca"],
}

LINKEDIN_SUBDOMAINS = {
    "en": ["uk", "in", "ca", "ng", "au", "pl"],
    "pt": ["br", "pt"],
    "es": ["es", "mx", "ar", "co", "cl"],
    "de": ["de", "at", "ch"],
    "fr": ["fr", "be", "ca", "ch"],
}


@dataclass
class Person:
    first: str
    last: str
    gender: str
    language: str
    email: str
    linkedin_written: str
    linkedin: str  # normalised https://www.linkedin.com/in/<slug>
    city: str
    country: str
    phone: str
    slug: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _phone(rng: random.Random, language: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    return rng.choice(
        {
            "en": [f"+44 7{d(3)} {d(6)}", f"+1 ({d(3)}) {d(3)}-{d(4)}", f"+91 9{d(4)} {d(5)}"],
            "pt": [
                f"+55 11 9{d(4)}-{d(4)}",
                f"(21) 9{d(4)}-{d(4)}",
                f"+351 91{d(1)} {d(3)} {d(3)}",
            ],
            "es": [
                f"+34 6{d(2)} {d(3)} {d(3)}",
                f"+54 9 11 {d(4)}-{d(4)}",
                f"+52 55 {d(4)} {d(4)}",
            ],
            "de": [f"+49 151 {d(8)}", f"+49 (0)176 {d(7)}", f"+43 664 {d(7)}", f"0171 {d(7)}"],
            "fr": [f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        }[language]
    )


def linkedin_forms(rng: random.Random, slug: str, language: str) -> tuple[str, str]:
    """(as written in the mail, normalised) for one LinkedIn profile."""
    sub = rng.choice(LINKEDIN_SUBDOMAINS[language])
    written = rng.choice(
        [
            f"https://www.linkedin.com/in/{slug}",
            f"https://www.linkedin.com/in/{slug}/",
            f"linkedin.com/in/{slug}",
            f"www.linkedin.com/in/{slug}",
            f"https://linkedin.com/in/{slug}/",
            f"https://{sub}.linkedin.com/in/{slug}",
            f"https://{sub}.linkedin.com/in/{slug}/",
            f"http://linkedin.com/in/{slug}",
            f"https://www.linkedin.com/in/{slug}?utm_source=share&utm_campaign=share_via"
            f"&utm_content=profile&utm_medium=ios_app",
            f"https://www.linkedin.com/in/{slug}/?originalSubdomain={sub}",
            f"https://www.linkedin.com/in/{slug}?utm_source=share&utm_medium=member_android",
            f"www.linkedin.com/in/{slug}/",
            f"https://www.LinkedIn.com/in/{slug}",
            f"{sub}.linkedin.com/in/{slug}",
        ]
    )
    return written, f"https://www.linkedin.com/in/{slug}"


def make_person(
    rng: random.Random, language: str, *, corporate_domain: str | None = None
) -> Person:
    first, gender = rng.choice(FIRST_NAMES[language])
    last = rng.choice(LAST_NAMES[language])
    if language == "pt" and rng.random() < 0.3:
        last = f"{rng.choice(LAST_NAMES['pt'])} {last}"
    f, la = _slugify(first), _slugify(last.split()[-1])
    hexid = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([6, 8, 9])))
    slug = rng.choice(
        [
            f"{f}{la}",
            f"{f}-{la}",
            f"{f}-{la}-{hexid}",
            f"{f}{la}{rng.randrange(1, 99)}",
            f"{f}-{la}-{rng.choice(['dev', 'cto', 'eng', 'qa', 'pm'])}",
            f"{f[0]}{la}",
            f"{la}{f}",
            f"{f}-{_slugify(last).replace(la, '')[:3] or 'x'}-{la}",
        ]
    )
    slug = slug.strip("-")
    if corporate_domain:
        local = rng.choice([f, f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}"])
        email = f"{local}@{corporate_domain}"
    else:
        domain = rng.choice(FREEMAIL[language])
        local = rng.choice(
            [
                f"{f}.{la}",
                f"{f}{la}",
                f"{f}.{la}{rng.randrange(1, 99)}",
                f"{f[0]}.{la}",
                f"{f}_{la}",
                f"{la}.{f}",
                f"{f}{la}.dev",
                f"{f}.{la}{rng.randrange(70, 99)}",
            ]
        )
        if rng.random() < 0.12:
            domain = f"{f}{la}{rng.choice(COUNTRY_TLD[language])}"
            local = rng.choice(["hello", "contact", f, "hi", "mail"])
        email = f"{local}@{domain}"
    written, normal = linkedin_forms(rng, slug, language)
    city, country = rng.choice(CITIES[language])
    return Person(
        first,
        last,
        gender,
        language,
        email.lower(),
        written,
        normal,
        city,
        country,
        _phone(rng, language),
        slug,
    )


# ---------------------------------------------------------------------------------------------
# Technology vocabulary: canonical token -> how people write it.
# ---------------------------------------------------------------------------------------------

TECH: dict[str, list[str]] = {
    "python": ["Python", "python", "Python 3"],
    "django": ["Django", "django"],
    "fastapi": ["FastAPI", "fastapi"],
    "flask": ["Flask"],
    "node": ["Node.js", "Node", "NodeJS", "node"],
    "typescript": ["TypeScript", "TS", "Typescript"],
    "javascript": ["JavaScript", "JS", "Javascript"],
    "react": ["React", "React.js", "ReactJS", "react"],
    "react native": ["React Native", "react-native"],
    "next.js": ["Next.js", "NextJS", "Nextjs"],
    "vue": ["Vue", "Vue.js", "VueJS"],
    "angular": ["Angular", "AngularJS"],
    "go": ["Go", "Golang", "golang"],
    "java": ["Java", "Java 17"],
    "spring": ["Spring Boot", "Spring"],
    "kotlin": ["Kotlin"],
    "swift": ["Swift", "SwiftUI"],
    "flutter": ["Flutter", "Flutter/Dart"],
    "ruby": ["Ruby"],
    "rails": ["Rails", "Ruby on Rails", "RoR"],
    "php": ["PHP", "php"],
    "laravel": ["Laravel"],
    ".net": [".NET", "C#/.NET", ".NET Core", "dotnet"],
    "rust": ["Rust"],
    "elixir": ["Elixir", "Elixir/Phoenix"],
    "scala": ["Scala"],
    "postgres": ["PostgreSQL", "Postgres", "postgres"],
    "mysql": ["MySQL", "mysql"],
    "mongodb": ["MongoDB", "Mongo"],
    "redis": ["Redis"],
    "aws": ["AWS", "Amazon Web Services", "aws"],
    "gcp": ["GCP", "Google Cloud"],
    "azure": ["Azure", "MS Azure"],
    "kubernetes": ["Kubernetes", "k8s", "K8s"],
    "docker": ["Docker", "docker"],
    "terraform": ["Terraform"],
    "kafka": ["Kafka"],
    "airflow": ["Airflow"],
    "dbt": ["dbt"],
    "spark": ["Spark", "PySpark"],
    "snowflake": ["Snowflake"],
    "sql": ["SQL"],
    "pytorch": ["PyTorch"],
    "tensorflow": ["TensorFlow"],
    "llm": ["LLMs", "LLM", "GenAI/LLMs"],
    "graphql": ["GraphQL"],
    "firebase": ["Firebase"],
    "supabase": ["Supabase"],
    "cypress": ["Cypress"],
    "selenium": ["Selenium"],
    "playwright": ["Playwright"],
    "appium": ["Appium"],
    "jmeter": ["JMeter"],
    "postman": ["Postman"],
    "figma": ["Figma"],
    "shopify": ["Shopify"],
    "wordpress": ["WordPress"],
    "bubble": ["Bubble"],
    "salesforce": ["Salesforce"],
}

# Skills an applicant of each flavour plausibly lists, canonical tokens.
SKILL_POOLS: dict[str, list[list[str]]] = {
    "backend": [
        ["python", "django", "postgres", "aws"],
        ["node", "typescript", "postgres", "redis"],
        ["go", "kubernetes", "postgres", "kafka"],
        ["java", "spring", "mysql", "aws"],
        ["ruby", "rails", "postgres", "redis"],
        ["php", "laravel", "mysql"],
        [".net", "azure", "sql"],
        ["elixir", "postgres"],
        ["python", "fastapi", "mongodb", "gcp"],
        ["rust", "go", "aws"],
        ["scala", "kafka", "spark"],
    ],
    "frontend": [
        ["react", "typescript", "next.js"],
        ["vue", "javascript"],
        ["angular", "typescript"],
        ["react", "graphql", "typescript"],
    ],
    "fullstack": [
        ["react", "node", "typescript", "postgres"],
        ["vue", "laravel", "mysql"],
        ["next.js", "supabase", "typescript"],
        ["react", "django", "python", "aws"],
        ["angular", ".net", "azure"],
        ["react", "rails", "postgres"],
    ],
    "mobile": [
        ["flutter", "firebase"],
        ["react native", "typescript"],
        ["swift", "kotlin"],
        ["kotlin", "java"],
    ],
    "devops": [
        ["aws", "terraform", "kubernetes", "docker"],
        ["gcp", "kubernetes", "terraform"],
        ["azure", "docker", "terraform"],
    ],
    "data": [
        ["python", "sql", "airflow", "dbt"],
        ["spark", "snowflake", "python"],
        ["python", "pytorch", "llm"],
        ["python", "tensorflow", "sql"],
    ],
    "qa": [
        ["cypress", "playwright", "postman"],
        ["selenium", "java", "jmeter"],
        ["appium", "cypress"],
        ["playwright", "typescript"],
        ["selenium", "python", "postman"],
    ],
    "designer": [["figma"], ["figma"], []],
    "product_manager": [["sql"], []],
    "cto": [
        ["aws", "python", "react"],
        ["node", "aws", "kubernetes"],
        ["java", "gcp"],
        ["go", "aws", "terraform"],
        ["python", "llm", "gcp"],
        ["rails", "react", "aws"],
    ],
}


def tech_surface(rng: random.Random, canon: str) -> str:
    return rng.choice(TECH[canon])


def join_list(rng: random.Random, items: list[str], language: str) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    and_word = {"en": "and", "pt": "e", "es": "y", "de": "und", "fr": "et"}[language]
    style = rng.randrange(6)
    if style == 0:
        return ", ".join(items[:-1]) + f" {and_word} " + items[-1]
    if style == 1:
        return ", ".join(items)
    if style == 2:
        return " / ".join(items)
    if style == 3:
        return " + ".join(items)
    if style == 4:
        return " · ".join(items)
    return (
        ", ".join(items[:-1]) + f", {and_word} " + items[-1]
        if language == "en"
        else (", ".join(items))
    )


def render_tech(rng: random.Random, canon: list[str], language: str) -> str:
    return join_list(rng, [tech_surface(rng, c) for c in canon], language)


def fill(template: str, ctx: dict[str, Any]) -> str:
    return template.format_map(ctx)


# ---------------------------------------------------------------------------------------------
# Phrase banks. Each language is its own dict; templates use {slots} filled by the composers.
# Role phrases are a str or a (masculine, feminine) pair. English role phrases carry an article.
# ---------------------------------------------------------------------------------------------

EN: dict[str, Any] = {
    "roles": {
        "fractional_cto": [
            "a fractional CTO",
            "a part-time CTO",
            "an interim CTO",
            "a freelance CTO",
            "a Fractional CTO",
            "a CTO-as-a-service",
            "a fractional Head of Engineering",
            "a fractional tech lead/CTO",
        ],
        "cto": [
            "a CTO",
            "a startup CTO",
            "a VP of Engineering",
            "a Head of Engineering",
            "a former CTO",
            "a technical co-founder",
            "a Chief Technology Officer",
            "an engineering director",
        ],
        "backend": [
            "a backend engineer",
            "a senior backend developer",
            "a Python developer",
            "a software engineer",
            "a backend dev",
            "a Staff Engineer",
            "a senior software developer",
            "a Go developer",
        ],
        "frontend": [
            "a frontend engineer",
            "a senior front-end developer",
            "a React developer",
            "a UI engineer",
        ],
        "fullstack": [
            "a full-stack developer",
            "a fullstack engineer",
            "a senior software engineer",
            "a full stack dev",
            "a tech lead",
            "a product engineer",
            "a full-stack web developer",
            "a lead developer",
        ],
        "mobile": [
            "a mobile developer",
            "an iOS/Android engineer",
            "a Flutter developer",
            "a mobile engineer",
        ],
        "devops": ["a DevOps engineer", "an SRE", "a cloud engineer", "a platform engineer"],
        "data": [
            "a data engineer",
            "a data scientist",
            "an ML engineer",
            "an AI engineer",
            "a machine learning engineer",
            "an analytics engineer",
        ],
        "qa": [
            "a QA engineer",
            "a QA automation engineer",
            "an SDET",
            "a software tester",
            "a QA lead",
            "a test automation engineer",
            "a quality assurance analyst",
            "a manual and automation tester",
        ],
        "designer": [
            "a product designer",
            "a UX/UI designer",
            "a UX designer",
            "a senior product designer",
        ],
        "product_manager": [
            "a product manager",
            "a senior PM",
            "a product owner",
            "a Head of Product",
        ],
    },
    "greet": [
        "Hi Sergio,",
        "Hey Sergio!",
        "Hello Sergio,",
        "Dear Sergio,",
        "Hi Sergio -",
        "Hey Sergio,",
        "Dear Mr. Pereira,",
        "Hi there,",
        "Sergio,",
        "Hey man,",
        "Good morning Sergio,",
        "Hi Sérgio,",
        "Hello,",
        "Hi,",
        "Hey there Sergio,",
        "Howdy Sergio,",
        "Hi Sergio, hope you're well.",
        "Greetings Sergio,",
        "Hello Mr Pereira,",
        "Yo Sergio,",
    ],
    "signoff": [
        "Best,",
        "Cheers,",
        "Thanks,",
        "Kind regards,",
        "Best regards,",
        "Thanks in advance,",
        "Talk soon,",
        "All the best,",
        "Warm regards,",
        "Regards,",
        "Sincerely,",
        "Take care,",
        "Thank you,",
        "Many thanks,",
        "Best wishes,",
        "Thx,",
        "Looking forward,",
        "Speak soon,",
        "Have a great trip,",
        "Ciao,",
    ],
    "a_ctx": [
        "Just read your newsletter about the fractional CTO roller coaster and it really "
        "resonated.",
        "Replying to your latest edition, the one about famine and feast.",
        "I saw you're building a network of CTOs, engineers and QAs, count me in!",
        "Long-time reader here, first time replying.",
        "Your post about delegating client work to people in your network caught my eye.",
        "Loved the honesty in this week's email about the ups and downs of freelancing.",
        "You asked for a CV/LinkedIn and some context, so here it goes.",
        "I've been following the Remote Work newsletter for about a year now.",
        "The 'famine or feast' part hit home. I've been on the famine side for a few months.",
        "A friend forwarded me your newsletter and I'm glad she did.",
        "Saw your note about assembling small teams for client projects.",
        "Thanks for being so transparent about budget splits, that's rare.",
        "I'm replying to your call for fractional CTOs and engineers.",
        "Been reading you since the Product Engineer piece.",
        "Your decision tree (take it / assemble a team / refer it) makes a lot of sense to me.",
        "Congrats on the feast season, well deserved!",
        "This week's email came at the perfect time for me.",
        "I read the whole thing, as always.",
        "You mentioned you'd reply to everyone next week, so here's my shot.",
        "Your newsletter is one of the few I actually open.",
    ],
    "a_intro": [
        "I'm {name}, {a_role} based in {city}.",
        "My name is {name} and I've been working as {a_role} for {years} years.",
        "Quick intro: {first}, {role}, {years}+ years in the game.",
        "I'm {a_role} with {years} years of experience, currently living in {city}, {country}.",
        "About me: {role}, fully remote since {since_year}.",
        "I'm {first}. I've spent the last {years} years as {a_role}, mostly with early-stage "
        "startups.",
        "{name} here, {role} from {country}.",
        "A bit about myself: I'm {a_role} and have been doing this for about {years} years.",
        "I've been {a_role} for {years} years, the last {years_recent} of them remote.",
        "Let me introduce myself: {name}, {role} ({years} yrs).",
        "I'm {a_role} who loves working with small, scrappy teams.",
        "I work as {a_role} out of {city}.",
        "For context, I'm {a_role} with a background in {ind1} and {ind2}.",
        "I've been working in tech for {years} years, these days as {a_role}.",
        "Name's {first}, I'm {a_role} in {city} ({tz}).",
        "I am {name}, {a_role} with {years} years under my belt.",
    ],
    "a_exp": [
        "Previously I spent {years_recent} years at {prev1}. {ach}",
        "Most recently I was at {prev1}. {ach}",
        "I've worked with startups in {ind1} and {ind2}. {ach}",
        "Some highlights: {ach} {ach2}",
        "Before going independent I was at {prev1} and {prev2}.",
        "My background: {prev1}, then {prev2}, now freelancing.",
        "{ach}",
        "I've been freelancing since {since_year}, mostly for US and European startups. {ach}",
        "Past companies include {prev1} and {prev2}.",
        "At {prev1}: {ach}",
        "{ach} Before that I was at {prev2}.",
        "Over the years I've worked at {prev1}, {prev2} and a couple of early-stage startups.",
    ],
    "ach": {
        "lead": [
            "I grew the engineering team from 3 to 25 people.",
            "I took the company through a Series A technical due diligence.",
            "I helped six startups ship their MVPs as a fractional CTO.",
            "I ran technical due diligence for two VC funds.",
            "I rebuilt the platform after an acquisition and cut hosting costs by half.",
            "I set up the hiring process, the on-call rotation and the architecture reviews.",
            "I was interim CTO for three seed-stage companies in the last two years.",
            "I led the move from an agency-built app to an in-house team.",
        ],
        "build": [
            "I built the payments backend from scratch.",
            "I migrated a monolith to microservices without downtime.",
            "I cut our cloud bill by 40%.",
            "I scaled the API to 10k requests per second.",
            "I shipped a mobile app that passed 1M downloads.",
            "I led a squad of 5 developers.",
            "I built data pipelines processing 2TB a day.",
            "I rewrote the frontend and halved page load times.",
            "I built an LLM-powered support bot that handles 60% of tickets.",
            "I set up CI/CD and infrastructure as code for the whole company.",
        ],
        "qa": [
            "I set up test automation from zero.",
            "I reduced regression testing from 3 days to 2 hours.",
            "I built the QA process for a fintech with 2M users.",
            "I introduced contract testing between 30 microservices.",
            "I led a QA team of 4 and cut production bugs by 70%.",
            "I own performance testing for a high-traffic e-commerce site.",
        ],
        "design": [
            "I redesigned the onboarding flow and doubled activation.",
            "I built a design system used by four squads.",
            "I ran user research for a B2B SaaS from zero to 10k users.",
            "I designed a banking app used by half a million people.",
        ],
        "product": [
            "I launched three B2B products from discovery to revenue.",
            "I took a marketplace from 0 to 50k monthly users.",
            "I ran discovery and roadmapping for a Series B healthtech.",
            "I introduced OKRs and a proper product process at a 60-person startup.",
        ],
    },
    "prev": [
        "Monzo",
        "Deliveroo",
        "a Series B fintech",
        "Shopify",
        "a YC-backed healthtech",
        "Accenture",
        "Thoughtworks",
        "Booking.com",
        "a small agency",
        "Canva",
        "Wise",
        "Atlassian",
        "IBM",
        "Spotify",
        "an e-commerce unicorn",
        "Infosys",
        "Revolut",
        "a logistics scale-up",
        "Amazon",
        "Andela",
        "Toptal clients",
        "a Berlin startup",
    ],
    "ind": [
        "fintech",
        "healthtech",
        "e-commerce",
        "edtech",
        "logistics",
        "SaaS",
        "marketplaces",
        "insurtech",
        "proptech",
        "media",
        "climate tech",
        "HR tech",
    ],
    "a_skills": [
        "My main stack is {skills}.",
        "I work mostly with {skills}.",
        "Tech I'm comfortable with: {skills}.",
        "Skills: {skills}",
        "Day to day I use {skills}.",
        "Strong in {skills}.",
        "Stack-wise: {skills}.",
        "I'm most productive in {skills}, but happy to pick up whatever the client uses.",
        "Mostly {skills} these days.",
        "Tools of the trade: {skills}.",
        "I know my way around {skills}.",
        "Core skills are {skills}.",
    ],
    "a_ask": [
        "I'd love to join your network and help out on client projects.",
        "If you ever need an extra pair of hands on a project, I'm available.",
        "Happy to take referrals for clients you can't take on.",
        "Would be great to be part of your network of fractional CTOs.",
        "Please keep me in mind for anything that fits.",
        "Let me know if there's a fit, happy to jump on a call.",
        "I'm interested in joining the ad hoc network you mentioned.",
        "Would love to be considered for the teams you put together for fixed-scope projects.",
        "Count me in.",
        "I'm keen to get my fractional career going and this looks like a great way to start.",
        "If you need help delivering for your clients, I'd be glad to contribute.",
        "I'd be happy to work under your lead on any of the overflow projects.",
        "Would you consider adding me to your bench?",
        "If any client needs someone like me, I'm all ears.",
        "Open to part-time or project-based work through your network.",
        "Feel free to refer clients my way, I have room for one or two more.",
    ],
    "a_avail": [
        "I have capacity for about {hours} hours a week starting {start}.",
        "Available {start}, around {hours}h/week.",
        "My usual rate is {rate}, but I'm flexible for the right project.",
        "I can start {start}.",
        "Currently available for {hours} hours per week, {tz}.",
        "Rate: {rate}. Availability: {hours}h/week.",
        "I'm in {tz}, so overlap with both Europe and the US is easy.",
        "I'm free from {start} onwards.",
    ],
    "a_li": [
        "LinkedIn: {li}",
        "Here's my LinkedIn: {li}",
        "You can find my profile at {li}",
        "My LinkedIn is {li}",
        "Profile: {li}",
        "{li}",
        "More about me on LinkedIn: {li}",
        "My LinkedIn profile ({li}) has the details.",
        "Linkedin -> {li}",
        "Everything is on my LinkedIn: {li}",
    ],
    "a_cv": [
        "CV attached.",
        "I've attached my CV.",
        "Please find my resume attached.",
        "Attaching my CV for context.",
        "My CV is attached (PDF).",
        "Resume attached, in case it's useful.",
        "I'm attaching my latest CV.",
        "Attached you'll find my résumé.",
        "See my CV attached.",
        "Sending my CV along.",
    ],
    "a_close": [
        "Thanks for reading and enjoy the trip!",
        "Looking forward to hearing from you.",
        "Thanks for considering me.",
        "Hope to hear back next week.",
        "Enjoy the long weekend!",
        "Thanks for sharing your journey so openly.",
        "Keep up the great newsletter.",
        "No rush, I know you're travelling.",
    ],
    "a_oneliner": [
        "Here's my LinkedIn: {li}",
        "{li} - would love to be part of it!",
        "In! {li}",
        "Interested. My profile: {li}",
        "Count me in: {li}",
        "Would love to join. {li}",
        "{li}\n\n{role_cap}, {years} yrs, {city}. Interested!",
        "+1, interested. LinkedIn below.\n{li}",
        "I'm in. {li} ({role})",
        "Sign me up! {li}",
        "Hi Sergio, interested in joining your network: {li}",
        "Replying as requested: {li}",
    ],
    "a_terse": [
        "Interested. {cv_or_li}",
        "{role_cap} here, {years} years. {cv_or_li} Keen to help.",
        "Keen to join. {cv_or_li}",
        "Interested in the network. {cv_or_li}",
        "{role_cap}, available now. {cv_or_li}",
        "Happy to help with overflow work. {cv_or_li}",
        "Would like to be considered. {cv_or_li}",
        "Fractional work would suit me perfectly. {cv_or_li}",
    ],
    "a_cvonly": [
        "Please find my CV attached. I'd love to be part of your network.",
        "As requested, my CV is attached.",
        "Attached is my CV. Let me know if you need anything else.",
        "Sending my CV as you asked in the newsletter.",
        "My resume is attached, happy to share more context on a call.",
        "CV attached as per your newsletter. Thanks!",
        "Here's my CV. Available for freelance work right away.",
        "Attaching my resume for your network of engineers and QAs.",
    ],
    "a_myclients": [
        "I currently work with two clients, a fintech and a healthtech, and I have room for one "
        "more.",
        "My clients are mostly seed-stage founders who need an MVP fast.",
        "Most of my clients come from referrals, which is great until it isn't.",
        "Last year one of my clients ran out of money and I was on the famine side for months.",
        "I'd be happy to bring you into projects with my clients when there's a CTO-level gap.",
        "My clients usually hire me for architecture reviews and hiring their first engineers.",
        "I know the feeling of juggling clients: right now I have three and it's a lot.",
        "One of my clients just got acquired, so I'm looking for the next engagement.",
        "I've been serving clients as a freelancer for {years_recent} years.",
        "My clients say I'm good at translating between business and tech.",
        "I'm looking for more clients, so your referral network sounds perfect.",
        "Happy to share overflow from my own clients with your network too.",
    ],
    "a_story": [
        "I left my full-time job at {prev1} last year to go independent.",
        "The first months were exactly the famine you describe.",
        "I landed a couple of small gigs, but the pipeline is still lumpy.",
        "What I miss most is having peers to bounce ideas off.",
        "I've learned that I like the variety of working with different startups.",
        "Honestly, your newsletter has been a sort of compass for me.",
        "Right now I'm between engagements and looking for the next one.",
        "I also have a family, so remote and flexible is a must for me.",
        "Last month a client asked me for help with a mobile app and I had to say no, which hurt.",
        "I think a network like yours is exactly what people like me need.",
        "I started coding at 14 and never stopped.",
        "After {years} years I wanted to work closer to founders.",
    ],
    "a_formal_open": [
        "I am writing in response to your latest newsletter, in which you invited fractional "
        "CTOs and engineers to join your network.",
        "I would like to express my interest in joining your network of remote professionals.",
        "Further to your newsletter, I would like to present my candidacy for your network.",
        "Please allow me to introduce myself as a candidate for your network of fractional "
        "professionals.",
    ],
    "a_formal_body": [
        "I have {years} years of professional experience as {a_role}, most recently at {prev1}.",
        "Throughout my career I have worked with {skills} in demanding production environments.",
        "I am confident that my experience would allow me to contribute to your clients' "
        "projects from day one.",
        "I hold a degree in Computer Science and have worked with teams across several time zones.",
    ],
    "a_formal_close": [
        "I would welcome the opportunity to discuss how I could contribute.",
        "Thank you for your time and consideration.",
        "I remain at your disposal for any further information.",
        "I look forward to your reply.",
    ],
    "a_qfirst": [
        "Is this open to {role_plural} too? If so, I'm very interested.",
        "Quick question: do you also take on {role_plural}? Asking for myself :)",
        "Are you still looking for people for the network? I'd love to apply.",
        "Does the network include people outside Europe? I'm in {city}.",
    ],
    "labels": {
        "role": ["Role", "What I do", "Position", "Title"],
        "exp": ["Experience", "Background", "Years of experience", "Track record"],
        "stack": ["Stack", "Skills", "Tech", "Main skills"],
        "location": ["Location", "Based in", "Where", "Timezone"],
        "linkedin": ["LinkedIn", "Linkedin", "Profile", "LI"],
        "cv": ["CV", "Resume", "Résumé", "CV/Resume"],
        "avail": ["Availability", "Available", "Capacity", "Hours"],
        "context": ["Context", "About me", "Why", "Some context"],
        "name": ["Name", "Full name", "Name", "Your name"],
        "email": ["Email", "E-mail", "Email address", "Your email"],
        "company": ["Company", "Company name", "Organisation", "Startup"],
        "message": ["Message", "Your message", "How can we help?", "Details"],
        "need": ["What we need", "Need", "Looking for", "The ask"],
        "budget": ["Budget", "Budget range", "Budget", "Money"],
        "timeline": ["Timeline", "When", "Start date", "Deadline"],
        "about": ["About us", "Who we are", "Company", "What we do"],
    },
    "years_word": "years",
    "role_plural": {
        "qa": "QA engineers",
        "designer": "designers",
        "product_manager": "product managers",
        "engineer": "developers",
        "cto": "CTOs",
        "fractional_cto": "fractional CTOs",
    },
    "cv_attached_short": ["CV attached.", "Resume attached.", "CV in attachment."],
    "tz": ["CET", "GMT", "UTC+1", "EST", "PST", "IST", "UTC-3", "CET/CEST", "WAT", "EET"],
    "start": [
        "next month",
        "immediately",
        "in two weeks",
        "from June",
        "right away",
        "after the summer",
        "from the 1st",
        "in March",
    ],
    "rate": [
        "$90/h",
        "€650/day",
        "$120 an hour",
        "£550 a day",
        "$8k/month",
        "€75/hour",
        "$100/hr",
        "around €700 per day",
    ],
}

# Non-native English: the same moves as written by people thinking in another language.
EN_NN: dict[str, Any] = {
    "a_ctx": [
        "I have read your newsletter and I am very identified with the story.",
        "I am following your newsletter since long time and I like it very much.",
        "About your last email, I want to participate in the network.",
        "I see in your newsletter that you search CTOs and developers.",
        "Your newsletter arrived me today and I decided to write you.",
        "Regarding the network you are building, I am very interested to be part.",
        "Like you asked, I send my CV and some context.",
        "I am reading your post with attention, very good content.",
    ],
    "a_intro": [
        "I am {name}, I work like {role} since {years} years.",
        "My name is {name}, I am {role} from {city} with {years} years of experience.",
        "I present myself: {name}, {role}, living in {country}.",
        "I am {role} with experience of {years} years in startups and big companies.",
        "I have {years} years working as {role}.",
        "Me, I am {first}, {role} since {since_year}.",
        "I am working as {role} in {city} since {since_year}.",
        "Myself {name}, {role} having {years} years experience.",
    ],
    "a_ask": [
        "I would like very much to be part from your network.",
        "If you have some project where I can help, I am available.",
        "Please let me know if I can collaborate with you in the future projects.",
        "I am looking for new opportunities and I think I can add value to your clients.",
        "Kindly consider my profile for your network.",
        "I would be glad to make part of your team of freelancers.",
        "It would be a pleasure to work together with you.",
        "Kindly revert if there is some opportunity.",
    ],
    "a_close": [
        "Thank you in advance for your attention.",
        "I stay at your disposal.",
        "Waiting your answer.",
        "Thanks and have a nice travel.",
    ],
}

EN.update(
    {
        "c_ctx": [
            "I've been reading your newsletter for a while and you seem like the right person "
            "to talk to.",
            "Your latest email mentioned you're taking on more clients, so I figured I'd reach "
            "out.",
            "A friend forwarded your newsletter and said you might be able to help us.",
            "Saw you're assembling small teams for fixed-scope projects, which is exactly what "
            "we need.",
            "I'm a subscriber, and your point about fixed-scope projects for startups caught my "
            "attention.",
            "Not replying to apply, this is more of a client inquiry :)",
            "I know you're swamped right now, but hopefully this is interesting.",
            "I found you through your LinkedIn posts.",
            "You wrote that when you lack bandwidth you put a small team together. That's "
            "perfect for us.",
            "We've never worked with a fractional CTO before, so bear with me.",
            "I read your piece on the Product Engineer role and thought of our situation.",
            "Your newsletter is how I learned what a fractional CTO even is.",
        ],
        "c_ref": [
            "{ref_name} from {ref_company} suggested I reach out.",
            "{ref_name} gave me your email and said you're the person to talk to.",
            "I got your contact from {ref_name}, who worked with you at {ref_company}.",
            "{ref_name} ({ref_company}) speaks very highly of you and recommended I get in touch.",
            "Our investor {ref_name} at {ref_company} recommended you.",
            "{ref_name} mentioned you helped them at {ref_company} and might have bandwidth.",
            "I was referred to you by {ref_name}.",
            "My friend {ref_name} told me you're the go-to person for this.",
        ],
        "c_intro": [
            "I'm the {title} of {company}, {product}.",
            "We're {company}: {product}.",
            "I run {company}, {product}, based in {city}.",
            "I'm the founder of {company}. We're building {product}.",
            "My name is {name}, {title} at {company}. We're {product}.",
            "{company} is {product}. I'm the {title}.",
            "Quick context: I'm {first}, {title} at {company} ({website}), {product}.",
            "We're a small team ({team_n} people) building {product}; the company is {company}.",
            "I'm {name}; together with my cofounder I started {company}, {product}.",
            "At {company} we're building {product}.",
            "I'm reaching out on behalf of {company}, {product}.",
            "Some background: {company} is {product}, headquartered in {city}.",
        ],
        "c_stage": [
            "We're {stage}.",
            "Stage-wise, we're {stage}.",
            "For context, we're {stage} with {team_n} people.",
            "We're {stage} and growing fast.",
        ],
        "stage": [
            "pre-seed",
            "bootstrapped and profitable",
            "fresh off our seed round",
            "Series A",
            "pre-revenue",
            "post-seed and about to raise our A",
            "angel-funded",
            "at about $1M ARR",
            "running a few paid pilots",
            "a spin-off from a larger company",
            "seed-funded",
            "self-funded so far",
        ],
        "c_need": {
            "fractional_cto": [
                "We're looking for a fractional CTO to own our tech strategy and manage our two "
                "developers.",
                "We need someone senior on the tech side, maybe one or two days a week.",
                "Our CTO left last month and we need someone to step in while we hire.",
                "We don't have a technical cofounder and need someone to guide architecture and "
                "hiring.",
                "We need a part-time CTO to help us make the right tech calls before we raise.",
                "I'm a non-technical founder and need a tech partner I can trust, part-time is "
                "fine.",
                "We're looking for an interim CTO for about six months.",
                "We need someone to manage our outsourced dev team and keep them honest.",
                "We need technical leadership: roadmap, vendor management and eventually "
                "building an in-house team.",
                "I'm looking for a fractional CTO who can also talk to investors.",
                "What we're missing is a senior technical person who can set direction and keep "
                "our engineers pointed the right way, even if it's only a couple of days a week.",
                "our tech lead quit and theres nobody steering the engineering side now can u "
                "cover that for a few months while we find someone permanent",
                "I am business founder, no technical background. We need a person who takes the "
                "technology decisions together with us and is responsible for them, not full "
                "time is OK.",
                "I'm wondering whether you'd take on the head-of-technology role for us "
                "part-time, owning the roadmap and making the big architecture calls.",
                "We've outsourced our build to an agency abroad and frankly none of us can tell "
                "whether they're doing a good job. We need someone senior on our side to "
                "oversee them and hold them to account.",
                "Would you be willing to act as our technical leader on a part-time basis until "
                "we're big enough to hire one full-time?",
                "Need someone to run engineering for us. Part-time. Roadmap, devs, vendors.",
                "We're recruiting a CTO but it's taking ages; would you consider doing the job "
                "fractionally in the meantime, or even longer term?",
                "Our investors have been quite clear that we need senior technical leadership "
                "in the business, and I'd rather bring in someone experienced for a day or two "
                "each week than rush a permanent appointment.",
                "Is there any chance you could be the grown-up in the room for our developers a "
                "few days a month, setting priorities and reviewing their decisions?",
                "We would like to retain an experienced technology executive on a part-time "
                "basis to own our technical strategy and sit in on board discussions.",
                "honestly we just need somebody who knows what theyre doing to lead the devs "
                "and own the tech side, doesnt have to be full time",
                "Since our co-founder stepped back from the technical side, decisions on "
                "architecture, hiring and tooling have been drifting, so we're looking for "
                "someone to take ownership of all of that on an interim basis.",
                "We have {n_devs} engineers and nobody senior above them; could you lead them a "
                "couple of days a week and help us shape how the team should grow?",
            ],
            "fixed_scope_project": [
                "We need an MVP built in {weeks} weeks.",
                "We want to migrate our {old_tech} monolith to {new_tech}.",
                "We need a code and security audit before our Series A.",
                "We're looking for a team to rebuild our mobile app from scratch.",
                "We need a technical due diligence on a company we're acquiring.",
                "We need to move off Heroku to AWS and set up proper CI/CD.",
                "We'd like a fixed-price quote to build a customer portal connected to our ERP.",
                "We need a proof of concept for an AI assistant on top of our data.",
                "Our app needs a performance overhaul: it's slow and it crashes.",
                "We need the first version of our platform built, fixed scope and fixed price if "
                "possible.",
                "We need an integration between our platform and three insurance APIs.",
                "We want a clean rebuild of our booking system in {new_tech}.",
                "We'd like you to build the first working version of our product so we can put "
                "it in front of paying customers within {weeks} weeks.",
                "need a clickable prototype of the app to show investors, nothing fancy, just "
                "enough to demo",
                "An investor has asked for an independent technical review of our platform "
                "before they commit; could you carry out that assessment and write up the "
                "findings?",
                "Our current system was written years ago by a freelancer and nobody dares "
                "touch it. We want it rewritten properly, with a clear scope and a fixed price "
                "agreed up front.",
                "Could you quote for a well-defined piece of work: connecting our platform to "
                "our partners' systems so that orders sync automatically?",
                "I'm wondering whether you could take on a one-off job for us: moving our whole "
                "setup from our old hosting provider to a modern cloud environment without any "
                "downtime.",
                "Looking for someone to audit our code and security, produce a prioritised "
                "report, and that's it. No ongoing engagement needed.",
                "The app is painfully slow and falls over whenever traffic spikes; we need "
                "someone to find out why and fix it as a bounded piece of work.",
                "We have an idea we want to validate technically before investing further. "
                "Could you build a small proof of concept in a few weeks?",
                "We'd like to commission a full rebuild of our customer app, properly scoped "
                "and costed, rather than keep patching the existing one.",
                "i have the designs ready just need someone to turn them into a working app and "
                "hand it over",
                "Is it possible to get a fixed quote for developing our admin dashboard and "
                "customer app? The specs are already written and we want a clear price and "
                "timeline.",
                "We need all our data moved off the legacy database onto the new one, cleanly "
                "and with nothing lost, and then we're done.",
                "Our company want to make a pilot version of the platform for testing with "
                "three customers. We would like a proposal with scope and timeline for this.",
            ],
            "team_extension": [
                "We have {n_devs} developers in-house but need {k} more senior engineers for the "
                "next six months.",
                "We're looking to add a QA engineer and two backend devs to our team.",
                "We need to extend our team with people who can start quickly.",
                "Our team is drowning, we need two or three experienced developers to help ship "
                "the roadmap.",
                "We need a dedicated frontend developer and a designer for about four months.",
                "Could your network provide a couple of engineers to work alongside our team?",
                "We need extra hands: {k} developers, ideally overlapping with {tz} hours.",
                "We need to staff up a squad for a new product line: backend, mobile and QA.",
                "Our engineers can't keep up with the roadmap; we'd like {k} experienced "
                "developers to work with them day to day inside our sprints.",
                "need 2 more senior devs asap to work with our guys, ideally starting within a "
                "couple of weeks",
                "We have a solid in-house team and a clear backlog; what we're missing is "
                "capacity. Could you supply a few additional engineers who would slot into our "
                "existing processes?",
                "Would it be possible to have a dedicated developer embedded with us for about "
                "six months, working to our lead's priorities?",
                "We're after a QA tester and a mobile developer to reinforce our current crew "
                "for a few months.",
                "I'm wondering whether you could lend us a small group of engineers (backend, "
                "frontend and a tester) to work alongside our people on a new product line.",
                "Our CTO is happy with the team but we're short-handed; we'd like to add {k} "
                "contractors who overlap with {tz} working hours.",
                "We are a team of {n_devs} developers and we need reinforcement of {k} more "
                "people for some months, preferably with experience in backend.",
                "Can you provide a designer and a frontend dev to work with us full time for a "
                "few months? Our team will manage them directly.",
                "short on hands. need a couple devs plugged into our team asap, we handle the "
                "management",
                "We'd like to scale our engineering capacity temporarily without going through "
                "permanent hiring: two or three mid-to-senior developers working inside our "
                "team for {weeks} weeks.",
                "What we really need right now is more people writing code, not more advice: "
                "experienced engineers who can join our daily stand-ups and pick up tickets.",
                "Our in-house developers are excellent but there simply aren't enough of them; "
                "would you be able to second a couple of your engineers to us for several "
                "months?",
                "Is there a way to rent a couple of experienced developers from you, working on "
                "our codebase under our own lead, until we manage to hire?",
            ],
            "advice": [
                "Could I book an hour of your time to get advice on {topic}?",
                "I'm not looking for a full engagement, just a second opinion on {topic}.",
                "Would you be open to a paid call to discuss {topic}?",
                "I'd love to pick your brain about {topic}.",
                "We need some guidance on {topic}, nothing long-term.",
                "Could you advise us on {topic}? A few sessions would probably be enough.",
                "I'd pay for a couple of hours of your advice on {topic}.",
                "We're at a crossroads regarding {topic} and would value an outside view.",
                "I'd value an hour on the phone with you about {topic}; happy to pay for your "
                "time.",
                "Before we commit to anything big, could you sanity-check our thinking on {topic}?",
                "We've received a proposal from a development agency and I've no idea whether "
                "it's reasonable. Could you look it over and tell us what you think?",
                "We're interviewing candidates for our first technical lead and I'd like "
                "someone experienced to sit in on the interviews and help us judge them.",
                "quick question would you do a paid call about {topic} just need someone whos "
                "been there",
                "Not after an ongoing arrangement, I simply want an experienced outside view on "
                "{topic}.",
                "I'm wondering whether you'd be open to two or three sessions with me to think "
                "through {topic}.",
                "Could we schedule a short consultation? My co-founder and I disagree about "
                "{topic} and we need a neutral expert opinion.",
                "What I'm really looking for is a sounding board on {topic}, a couple of "
                "conversations at most.",
                "I would like to ask you some advices about {topic}, maybe in one call. Of "
                "course I will pay for your time.",
                "Could you give us a one-off review of our technical plan and tell us honestly "
                "where the gaps are?",
                "Any chance you'd do a paid hour with the founders to talk through {topic}? We "
                "just want to make sure we're not missing something obvious.",
                "Would you mind if I booked a session to go over {topic} with you? A bit of "
                "mentoring is really all I need at this stage.",
                "I'd appreciate your honest take on {topic} before we make a decision; a "
                "one-off consultation would be perfect.",
            ],
        },
        "need_short": {
            "fractional_cto": [
                "a fractional CTO",
                "a part-time CTO",
                "a CTO two days a week",
                "an interim CTO",
            ],
            "fixed_scope_project": [
                "an MVP build",
                "a platform migration",
                "a code audit",
                "a rebuild of our app",
            ],
            "team_extension": [
                "two senior devs",
                "extra developers",
                "a QA and a backend dev",
                "a small dev team",
            ],
            "advice": [
                "some technical advice",
                "a second opinion on our architecture",
                "an hour of advice",
                "advice on hiring",
            ],
        },
        "topic": [
            "our architecture",
            "whether to rebuild or refactor our app",
            "how to hire our first engineers",
            "choosing between an agency and an in-house team",
            "our AI roadmap",
            "our cloud costs",
            "a quote we got from a dev agency",
            "equity for a technical cofounder",
            "preparing for tech due diligence",
        ],
        "c_hiring_cto": [
            (
                "fractional_cto",
                "We're hiring a CTO and I was wondering if you'd be interested, "
                "even part-time to start.",
            ),
            (
                "fractional_cto",
                "We're looking to hire a CTO. Would you consider a fractional "
                "role until we find the right person?",
            ),
            (
                "fractional_cto",
                "We're hiring a Chief Technology Officer. If it's not for you, "
                "maybe someone in your network?",
            ),
            (
                "advice",
                "We're about to hire our first CTO and I'd love your help running the "
                "interviews and reviewing candidates.",
            ),
            (
                "fractional_cto",
                "We have an open CTO position. Is that something you'd do on a fractional basis?",
            ),
            (
                "fractional_cto",
                "Our job ad for a CTO has been up for 3 months with no luck. "
                "Could a fractional CTO from your network fill the gap?",
            ),
            (
                "advice",
                "We're recruiting a CTO and I'd like an experienced person to help us "
                "assess candidates' CVs and run the technical interviews.",
            ),
            (
                "fractional_cto",
                "We're hiring a CTO (equity + salary), but honestly we'd take a "
                "fractional one right now.",
            ),
        ],
        "c_stack": [
            "Current stack: {stack}.",
            "We're built on {stack}.",
            "The app is {stack}.",
            "Tech-wise we use {stack}, but we're open to changing.",
            "Our developers work with {stack}.",
            "Stack is {stack}, hosted wherever was cheapest at the time.",
            "It's a {stack} codebase.",
            "Everything runs on {stack}.",
        ],
        "c_budget": [
            "Budget is around {budget}.",
            "We have {budget} set aside for this.",
            "We can pay {budget}.",
            "Budget: {budget}",
            "We were thinking {budget}, but we're flexible.",
            "Our budget is {budget}, is that realistic?",
            "We've raised enough to spend {budget} on this.",
            "Ballpark budget: {budget}.",
        ],
        "c_nobudget": [
            "We haven't defined a budget yet.",
            "Budget is open, depending on the proposal.",
            "Not sure what budget makes sense, would love your input.",
            "Happy to discuss budget on a call.",
        ],
        "c_timeline": [
            "We'd like to start {timeline}.",
            "Timeline: {timeline}",
            "Ideally we'd kick this off {timeline}.",
            "We need to move {timeline}.",
            "The goal is to get going {timeline}.",
            "We're hoping to start {timeline}.",
        ],
        "timeline": [
            "ASAP",
            "next month",
            "by the end of Q3",
            "within the next 3 months",
            "before Black Friday",
            "in January",
            "in the next few weeks",
            "before our fundraise in the autumn",
            "by September",
            "this quarter",
        ],
        "c_ask": [
            "Would you have time for a quick call next week?",
            "Are you taking new clients at the moment?",
            "Let me know if this is something you or your network could help with.",
            "Could we set up a 30-minute call?",
            "What would be the next steps?",
            "Happy to share more details on a call.",
            "Here's my Calendly if it's easier: calendly.com/{cal}/30min",
            "If you don't have bandwidth, a referral would be much appreciated.",
            "Would love to hear how you'd approach this.",
            "Could you send me a proposal?",
            "Is this the kind of project you'd take on?",
            "When would be a good time to chat?",
        ],
        "c_sig": [
            "{signoff}\n{name}\n{title}, {company}",
            "{signoff}\n{first}\n{company}",
            "{signoff}\n{name} | {title} @ {company}",
            "{signoff}\n{name}\n{title}\n{company} · {website}\n{phone}",
            "{signoff}\n\n{name}\n{company}",
            "{signoff}\n{name}\n{title} - {company}\nM: {phone}",
        ],
        "a_sig": [
            "{signoff}\n{name}",
            "{signoff}\n{name}\n{phone}",
            "{signoff}\n{name}\n{li}",
            "-- \n{name}\n{role_cap}",
            "{signoff}\n{name} | {role_cap}",
            "{name}",
        ],
        "title": [
            "CEO",
            "co-founder",
            "founder",
            "COO",
            "Head of Product",
            "CEO & co-founder",
            "Managing Director",
            "product manager",
            "founder and CEO",
            "CPO",
            "operations lead",
            "General Manager",
        ],
        "c_techfounder": [
            "I'm technical myself ({years} years as a backend developer at {prev1}), but I "
            "can't code and run the company at the same time.",
            "I wrote the first version of the product myself in {stack_one}, but it won't "
            "scale and I need to focus on sales.",
            "As a former engineer I know what good looks like, I just don't have the time anymore.",
            "I'm a developer by background, so I can talk shop, but we need a proper CTO.",
            "I built the MVP over weekends; now we have paying customers and I need help.",
            "I still do the code reviews, but I need someone senior to own the architecture.",
            "My background is {years} years of full-stack work, mostly {stack_one}, so I'm "
            "happy to stay hands-on.",
            "I was a software engineer at {prev1} before starting this.",
        ],
        "c_cvs": [
            "Could you send me the CVs of the people you'd put on this?",
            "Please share profiles or CVs of the engineers you have in mind.",
            "If you assemble a team, I'd like to see their CVs before we commit.",
            "Our board will want to see CVs of whoever works on this.",
            "Do you have CVs or LinkedIn profiles of available developers?",
            "Send me a couple of CVs and we can move fast.",
        ],
        "c_questions": [
            "Do you work with pre-seed startups?",
            "What's your typical monthly rate?",
            "Do you do fixed-price projects?",
            "How quickly could someone start?",
            "Can you also help us hire permanent engineers later?",
            "Do you sign NDAs?",
            "Do you work with non-technical founders?",
            "Would you work with a team in {city}'s timezone?",
        ],
        "c_rescue": [
            "Our previous agency disappeared halfway through the project.",
            "We paid a freelancer for eight months and the app still doesn't work.",
            "The code is a mess and nobody on the team understands it.",
            "Our only developer quit last week and we're flying blind.",
            "Customers complain about bugs every single day.",
            "We need someone to come in, assess the damage and fix it.",
            "I'm losing sleep over this, to be honest.",
            "We're stuck between throwing it away and patching it.",
        ],
        "c_terse": [
            "Need {need_short} for {company} ({ind_word}). {budget_clause}Call this week?",
            "Looking for {need_short}. {company}, {stage}. {budget_clause}",
            "Hi, we're {company}. We need {need_short}. {budget_clause}Interested?",
            "{company} here. {need_short_cap} needed. {budget_clause}Let me know.",
            "Do you have capacity for {need_short}? {company}, {ind_word}. {budget_clause}",
            "Any chance you could help {company} with {need_short}? {budget_clause}",
        ],
        "budget_clause": [
            "Budget {budget}. ",
            "We can do {budget}. ",
            "{budget} available. ",
            "Budget around {budget}. ",
        ],
        "c_rfp_open": [
            "We are seeking a technology partner for the project described below.",
            "{company} is looking for an experienced partner to support the following project.",
            "On behalf of {company}, I would like to request a proposal.",
            "We would like to invite you to submit a proposal for the following engagement.",
        ],
        "c_rfp_close": [
            "Please send us your proposal and availability.",
            "We look forward to receiving your proposal.",
            "Kindly confirm whether this falls within your scope.",
            "We would appreciate a response by the end of next week.",
        ],
        "rfp_labels": ["Project", "Scope", "Budget", "Timeline", "Technology", "Contact"],
        "c_investor": [
            "I'd like to introduce you to {name}, {title} of {company} (cc'd). {company} is "
            "{product}, and one of our portfolio companies at {fund}.",
            "Meet {name} ({title}, {company}), cc'd. We invested in {company} last year; "
            "they're {product}.",
            "Connecting you with {name} from {company}, one of {fund}'s portfolio companies. "
            "They're {product}.",
            "Hope the trip is going well. Intro time: {name} is the {title} of {company}, "
            "{product}.",
        ],
        "c_investor_mid": [
            "They're looking for {need_short} and I immediately thought of you.",
            "{first} needs {need_short}, and you're the first person who came to mind.",
            "They need {need_short}. I told {first} about your network.",
        ],
        "c_investor_close": [
            "I'll let you two take it from here.",
            "Moving myself to bcc.",
            "{first}, over to you!",
            "Hope you two can find a way to work together.",
        ],
        "fund": [
            "Harbor Ventures",
            "Northlight Capital",
            "Lumen VC",
            "Bluefield Partners",
            "Seedcamp-style fund Orbit",
            "Tallwood Ventures",
        ],
    }
)

# Budgets: generated from a number so they vary; each entry is (period, template).
BUDGETS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("month", "${k}k/month"),
        ("month", "${k},000 per month"),
        ("month", "around ${k}k a month"),
        ("month", "US$ {k}k monthly"),
        ("month", "£{k},000 a month"),
        ("month", "{k}k USD/mo"),
        ("month", "€{k}k per month"),
        ("day", "€{d}/day"),
        ("day", "£{d} a day"),
        ("hour", "${h}/hour"),
        ("hour", "{h} USD per hour"),
        ("project", "{p}k EUR total"),
        ("project", "${p}k for the whole project"),
        ("project", "around {lo}-{hi}k"),
        ("project", "between ${lo}k and ${hi}k"),
        ("project", "roughly £{p}k"),
        ("project", "${p},000 fixed"),
        ("project", "up to {p}k USD"),
    ],
    "pt": [
        ("month", "R$ {k2} mil por mês"),
        ("month", "R$ {k2}.000/mês"),
        ("month", "uns R$ {k2} mil mensais"),
        ("month", "US$ {k}k por mês"),
        ("month", "€{k}.000 por mês"),
        ("hour", "R$ {h2}/hora"),
        ("hour", "R$ {h2} a hora"),
        ("day", "€{d} por dia"),
        ("project", "R$ {p2} mil no total"),
        ("project", "entre R$ {lo2} e {hi2} mil"),
        ("project", "cerca de R$ {p2}.000"),
        ("project", "{p}k euros"),
        ("project", "até R$ {p2} mil"),
        ("month", "R$ {k2}k/mês"),
    ],
    "es": [
        ("month", "{k}.000 € al mes"),
        ("month", "unos {k}k USD mensuales"),
        ("month", "US$ {k}.000 por mes"),
        ("month", "hasta {k}.000 dólares al mes"),
        ("day", "{d} €/día"),
        ("hour", "{h} USD la hora"),
        ("project", "{p}.000 € en total"),
        ("project", "entre {lo} y {hi} mil euros"),
        ("project", "unos {p}k €"),
        ("project", "{p} mil dólares"),
        ("month", "€{k}k/mes"),
        ("project", "alrededor de {p}.000 USD"),
    ],
    "de": [
        ("month", "{k}.000 € im Monat"),
        ("month", "ca. {k}k €/Monat"),
        ("day", "{d} € pro Tag"),
        ("day", "Tagessatz bis {d} €"),
        ("day", "CHF {d}.- pro Tag"),
        ("hour", "{h} €/Std."),
        ("project", "{p}.000 € gesamt"),
        ("project", "zwischen {lo} und {hi} Tsd. Euro"),
        ("project", "rund {p}k EUR"),
        ("project", "max. {p}.000 Euro"),
        ("month", "EUR {k}.000 monatlich"),
        ("project", "{p} TEUR"),
    ],
    "fr": [
        ("month", "{k} 000 € par mois"),
        ("month", "environ {k}k€/mois"),
        ("day", "TJM {d}€"),
        ("day", "{d} € HT par jour"),
        ("day", "{d} €/jour"),
        ("hour", "{h} € de l'heure"),
        ("project", "{p} 000 € au total"),
        ("project", "entre {lo} et {hi} k€"),
        ("project", "une enveloppe de {p}k€"),
        ("project", "{p} k€ HT"),
        ("month", "{k} k€ mensuels"),
        ("project", "autour de {p} 000 euros"),
    ],
}

PRODUCTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("healthtech", "a telemedicine platform for small clinics"),
        ("healthtech", "an app that helps nurses swap shifts"),
        ("fintech", "a payments API for marketplaces in Africa"),
        ("fintech", "a budgeting app for freelancers"),
        ("edtech", "an online tutoring marketplace for maths"),
        ("edtech", "a platform that teaches kids to code"),
        ("ecommerce", "a D2C coffee subscription brand"),
        ("ecommerce", "an online store for second-hand furniture"),
        ("logistics", "route optimisation software for last-mile delivery"),
        ("logistics", "a freight booking platform for SMEs"),
        ("proptech", "a rental management tool for small landlords"),
        ("insurtech", "pet insurance sold through vets"),
        ("hrtech", "a payroll tool for remote teams"),
        ("legaltech", "contract automation for law firms"),
        ("climatetech", "carbon accounting software for manufacturers"),
        ("foodtech", "a restaurant ordering system"),
        ("travel", "a booking engine for boutique hotels"),
        ("media", "a podcast analytics platform"),
        ("saas", "a CRM for construction companies"),
        ("saas", "a scheduling tool for hair salons"),
        ("marketplace", "a marketplace connecting farmers and restaurants"),
        ("marketplace", "a two-sided marketplace for home cleaners"),
        ("gaming", "a mobile puzzle game studio"),
        ("cybersecurity", "phishing simulation software for SMBs"),
        ("agritech", "IoT sensors for vineyards"),
        ("mobility", "an e-scooter fleet management platform"),
        ("healthtech", "a mental health app for teenagers"),
        ("fintech", "an SME lending platform"),
        ("edtech", "a corporate training platform"),
        ("saas", "a B2B analytics dashboard for retailers"),
        ("hrtech", "an applicant tracking system for hospitals"),
        ("proptech", "a platform that digitises property inspections"),
    ],
    "pt": [
        ("healthtech", "uma plataforma de telemedicina para clínicas pequenas"),
        ("healthtech", "um app de agendamento para consultórios"),
        ("fintech", "uma fintech de crédito para pequenas empresas"),
        ("fintech", "um app de controle financeiro para autônomos"),
        ("edtech", "uma edtech de preparação para o ENEM"),
        ("edtech", "uma plataforma de cursos online para professores"),
        ("ecommerce", "um e-commerce de cosméticos naturais"),
        ("logistics", "uma startup de logística de última milha"),
        ("proptech", "uma plataforma de aluguel sem fiador"),
        ("insurtech", "uma insurtech de seguro para celulares"),
        ("hrtech", "um software de RH para o varejo"),
        ("legaltech", "uma lawtech que automatiza petições"),
        ("agritech", "uma agtech de monitoramento de lavouras"),
        ("foodtech", "um sistema de pedidos para restaurantes"),
        ("marketplace", "um marketplace de serviços domésticos"),
        ("saas", "um SaaS de gestão para oficinas mecânicas"),
        ("mobility", "um app de caronas corporativas"),
        ("travel", "uma plataforma de reservas para pousadas"),
        ("climatetech", "uma startup de créditos de carbono"),
        ("media", "uma plataforma de streaming de podcasts"),
        ("saas", "um ERP simples para pequenos negócios"),
        ("healthtech", "um app de saúde mental para empresas"),
        ("fintech", "uma conta digital para MEIs"),
        ("gaming", "um estúdio de jogos mobile"),
    ],
    "es": [
        ("healthtech", "una plataforma de telemedicina para clínicas pequeñas"),
        ("healthtech", "una app para gestionar citas médicas"),
        ("fintech", "una fintech de préstamos para pymes"),
        ("fintech", "una app de pagos para comercios de barrio"),
        ("edtech", "una plataforma de clases online de inglés"),
        ("edtech", "una edtech para formación de docentes"),
        ("ecommerce", "un e-commerce de moda sostenible"),
        ("logistics", "una startup de logística de última milla"),
        ("proptech", "una proptech de alquiler de pisos para estudiantes"),
        ("insurtech", "una insurtech de seguros para mascotas"),
        ("hrtech", "un software de nóminas para pymes"),
        ("legaltech", "una legaltech que automatiza contratos"),
        ("agritech", "una agritech de riego inteligente"),
        ("foodtech", "una app de pedidos para restaurantes"),
        ("marketplace", "un marketplace de reformas del hogar"),
        ("saas", "un SaaS de gestión para gimnasios"),
        ("mobility", "una app de movilidad compartida"),
        ("travel", "un motor de reservas para hoteles boutique"),
        ("climatetech", "una plataforma de medición de huella de carbono"),
        ("media", "un medio digital de noticias locales"),
        ("saas", "un CRM para inmobiliarias"),
        ("healthtech", "una app de bienestar emocional"),
        ("fintech", "una billetera digital para remesas"),
        ("gaming", "un estudio de videojuegos indie"),
    ],
    "de": [
        ("healthtech", "eine Telemedizin-Plattform für Arztpraxen"),
        ("healthtech", "eine App für die Dienstplanung in Pflegeheimen"),
        ("fintech", "eine Buchhaltungssoftware für Selbstständige"),
        ("fintech", "eine Plattform für KMU-Kredite"),
        ("edtech", "eine Lernplattform für Berufsschulen"),
        ("edtech", "eine Nachhilfe-App für Mathe"),
        ("ecommerce", "einen Onlineshop für nachhaltige Mode"),
        ("logistics", "eine Software zur Tourenplanung für Speditionen"),
        ("proptech", "eine Plattform für Hausverwaltungen"),
        ("insurtech", "eine digitale Fahrradversicherung"),
        ("hrtech", "ein Recruiting-Tool für Handwerksbetriebe"),
        ("legaltech", "eine Legal-Tech-Lösung für Vertragsprüfung"),
        ("climatetech", "eine CO2-Bilanzierungssoftware für den Mittelstand"),
        ("foodtech", "ein Bestellsystem für die Gastronomie"),
        ("marketplace", "einen Marktplatz für gebrauchte Maschinen"),
        ("saas", "eine SaaS-Lösung für Terminbuchungen"),
        ("mobility", "eine Sharing-Plattform für Lastenräder"),
        ("travel", "eine Buchungsplattform für Ferienwohnungen"),
        ("agritech", "Sensorik für die Landwirtschaft"),
        ("media", "eine Podcast-Plattform"),
        ("cybersecurity", "eine Security-Awareness-Plattform"),
        ("saas", "ein ERP für kleine Produktionsbetriebe"),
        ("healthtech", "eine DiGA für Rückenschmerzen"),
        ("fintech", "eine App für Vermögensverwaltung"),
    ],
    "fr": [
        ("healthtech", "une plateforme de téléconsultation pour les cliniques"),
        ("healthtech", "une appli de gestion des plannings infirmiers"),
        ("fintech", "une néobanque pour les indépendants"),
        ("fintech", "une solution de paiement fractionné pour les commerçants"),
        ("edtech", "une plateforme de soutien scolaire en ligne"),
        ("edtech", "une edtech de formation professionnelle"),
        ("ecommerce", "un e-shop de produits bio"),
        ("logistics", "une solution de livraison du dernier kilomètre"),
        ("proptech", "une plateforme de gestion locative"),
        ("insurtech", "une assurance habitation 100 % en ligne"),
        ("hrtech", "un logiciel RH pour les PME"),
        ("legaltech", "une legaltech d'automatisation de contrats"),
        ("climatetech", "un outil de bilan carbone pour les entreprises"),
        ("foodtech", "une appli de commande pour restaurants"),
        ("marketplace", "une marketplace d'artisans du bâtiment"),
        ("saas", "un SaaS de gestion pour les cabinets comptables"),
        ("mobility", "une plateforme d'autopartage"),
        ("travel", "un moteur de réservation pour gîtes"),
        ("agritech", "une agritech de capteurs pour les vignobles"),
        ("media", "un média en ligne sur la tech"),
        ("gaming", "un studio de jeux mobiles"),
        ("saas", "un CRM pour les agences immobilières"),
        ("healthtech", "une appli de santé mentale"),
        ("fintech", "une plateforme d'épargne salariale"),
    ],
}

COMPANY_HEADS = [
    "Nimbus",
    "Orbit",
    "Kasa",
    "Verde",
    "Lumen",
    "Pixel",
    "Tango",
    "Atlas",
    "Quanta",
    "Brisa",
    "Fjord",
    "Boreal",
    "Sendero",
    "Cobalt",
    "Mosaic",
    "Helio",
    "Nova",
    "Sprout",
    "Ferro",
    "Kaleido",
    "Zephyr",
    "Pampa",
    "Alto",
    "Volta",
    "Koru",
    "Indigo",
    "Maré",
    "Caju",
    "Lince",
    "Falke",
    "Brume",
    "Olivo",
    "Tidal",
    "Ember",
    "Quokka",
    "Vela",
    "Norte",
    "Aurora",
    "Birch",
    "Saffron",
]
COMPANY_TAILS: dict[str, list[str]] = {
    "healthtech": ["Health", "Care", "Med", "Clinic", "Vita", "Saúde"],
    "fintech": ["Pay", "Money", "Capital", "Finance", "Cash", "Ledger"],
    "edtech": ["Learn", "Academy", "School", "Edu", "Tutor"],
    "ecommerce": ["Shop", "Store", "Goods", "Market", "Box"],
    "logistics": ["Logistics", "Freight", "Route", "Cargo", "Fleet"],
    "proptech": ["Homes", "Living", "Keys", "Rent", "Estate"],
    "insurtech": ["Insure", "Cover", "Shield", "Seguros"],
    "hrtech": ["People", "HR", "Talent", "Crew"],
    "legaltech": ["Legal", "Law", "Contracts", "Lex"],
    "climatetech": ["Carbon", "Climate", "Green", "Energy"],
    "foodtech": ["Foods", "Kitchen", "Eats", "Menu"],
    "travel": ["Travel", "Trips", "Stay", "Voyage"],
    "media": ["Media", "Studio", "Sound", "News"],
    "saas": ["Labs", "Software", "Cloud", "Works", "Systems", "HQ"],
    "marketplace": ["Market", "Hub", "Connect", "Exchange"],
    "gaming": ["Games", "Play", "Studios"],
    "cybersecurity": ["Security", "Guard", "Secure"],
    "agritech": ["Agro", "Farm", "Fields", "Harvest"],
    "mobility": ["Mobility", "Ride", "Move", "Go"],
}
LEGAL_SUFFIX = {
    "en": ["Ltd", "Inc.", "LLC"],
    "pt": ["Ltda.", "S.A.", "Lda."],
    "es": ["S.L.", "SAS", "S.A."],
    "de": ["GmbH", "UG", "AG"],
    "fr": ["SAS", "SARL", "SA"],
}

PT: dict[str, Any] = {
    "roles": {
        "fractional_cto": [
            ("CTO fracionado", "CTO fracionada"),
            "CTO part-time",
            "CTO as a service",
            ("CTO interino", "CTO interina"),
            "CTO freelancer",
            "Fractional CTO",
            "CTO sob demanda",
            ("CTO externo", "CTO externa"),
        ],
        "cto": [
            "CTO",
            "ex-CTO",
            "Head de Engenharia",
            "VP de Engenharia",
            ("diretor de tecnologia", "diretora de tecnologia"),
            ("cofundador técnico", "cofundadora técnica"),
            "CTO de startup",
            ("gerente de engenharia", "gerente de engenharia"),
        ],
        "backend": [
            ("desenvolvedor backend", "desenvolvedora backend"),
            ("engenheiro de software", "engenheira de software"),
            "dev backend",
            ("programador Python", "programadora Python"),
            ("engenheiro de software sênior", "engenheira de software sênior"),
            ("desenvolvedor Java", "desenvolvedora Java"),
        ],
        "frontend": [
            ("desenvolvedor front-end", "desenvolvedora front-end"),
            "dev frontend React",
            ("engenheiro frontend", "engenheira frontend"),
            "dev front",
        ],
        "fullstack": [
            ("desenvolvedor full stack", "desenvolvedora full stack"),
            "dev fullstack",
            "tech lead",
            ("engenheiro full stack", "engenheira full stack"),
        ],
        "mobile": [
            ("desenvolvedor mobile", "desenvolvedora mobile"),
            "dev Flutter",
            ("desenvolvedor iOS", "desenvolvedora iOS"),
            "dev mobile",
        ],
        "devops": [
            ("engenheiro DevOps", "engenheira DevOps"),
            "SRE",
            ("engenheiro de cloud", "engenheira de cloud"),
            "especialista DevOps",
        ],
        "data": [
            ("engenheiro de dados", "engenheira de dados"),
            "cientista de dados",
            ("engenheiro de machine learning", "engenheira de machine learning"),
            "engenheiro de IA",
        ],
        "qa": [
            "analista de QA",
            ("engenheiro de qualidade", "engenheira de qualidade"),
            "QA automation",
            ("testador", "testadora"),
            "analista de testes",
            "QA sênior",
        ],
        "designer": ["designer de produto", "UX/UI designer", "designer UX", "product designer"],
        "product_manager": ["gerente de produto", "product manager", "PO", "product owner"],
    },
    "greet": [
        "Olá Sergio,",
        "Oi Sergio, tudo bem?",
        "Fala Sergio!",
        "Bom dia, Sergio.",
        "Prezado Sergio,",
        "Caro Sérgio,",
        "E aí Sergio, beleza?",
        "Olá Sérgio!",
        "Boa tarde Sergio,",
        "Oi, Sergio!",
        "Olá,",
        "Sergio, tudo certo?",
        "Prezado Sr. Pereira,",
        "Olá Sergio, espero que esteja bem.",
        "Bom dia!",
        "Oi Sergião,",
    ],
    "signoff": [
        "Abraço,",
        "Abs,",
        "Att,",
        "Atenciosamente,",
        "Um abraço,",
        "Obrigado,",
        "Valeu!",
        "Grande abraço,",
        "Cumprimentos,",
        "Obrigada,",
        "Abraços,",
        "Fico no aguardo,",
        "Muito obrigado,",
        "Saudações,",
        "Boa viagem!",
        "Até mais,",
    ],
    "a_ctx": [
        "Acabei de ler sua newsletter sobre a montanha-russa da carreira de CTO fracionado e "
        "me identifiquei muito.",
        "Respondendo à sua última edição, aquela sobre fome e fartura.",
        "Vi que você está montando uma rede de CTOs, engenheiros e QAs e quero participar!",
        "Leio sua newsletter há um tempo, primeira vez que respondo.",
        "Sua ideia de dividir o trabalho com pessoas da sua rede me chamou a atenção.",
        "Curti muito a sinceridade do texto desta semana.",
        "Você pediu CV/LinkedIn e um pouco de contexto, então aqui vai.",
        "Acompanho a newsletter Remote Work há quase um ano.",
        "A parte do 'oito ou oitenta' me pegou, estou na fase da fome há uns meses.",
        "Um amigo me encaminhou sua newsletter e fiquei feliz com isso.",
        "Vi que você monta times pequenos para projetos de clientes.",
        "Parabéns pela fase boa, merecido!",
        "Seu email chegou na hora certa pra mim.",
        "Você disse que vai responder todo mundo na semana que vem, então lá vai.",
    ],
    "a_intro": [
        "Sou {name}, {role} em {city}.",
        "Meu nome é {name} e trabalho como {role} há {years} anos.",
        "Rápida apresentação: {first}, {role}, {years}+ anos de estrada.",
        "Sou {role} com {years} anos de experiência, moro em {city}.",
        "Sobre mim: {role}, trabalhando remoto desde {since_year}.",
        "Me chamo {first}. Nos últimos {years} anos atuei como {role}, principalmente em startups.",
        "Aqui é {name}, {role} de {city}.",
        "Um pouco sobre mim: sou {role} e faço isso há uns {years} anos.",
        "Trabalho há {years} anos como {role}, os últimos {years_recent} de forma remota.",
        "Prazer, {name}! Sou {role} ({years} anos de experiência).",
        "Sou {role} e gosto muito de trabalhar com times pequenos.",
        "Atuo como {role} a partir de {city}.",
    ],
    "a_exp": [
        "Passei {years_recent} anos em {prev1}. {ach}",
        "Meu último trabalho foi em {prev1}. {ach}",
        "Já trabalhei com startups de {ind1} e {ind2}. {ach}",
        "Alguns destaques: {ach} {ach2}",
        "Antes de virar freelancer passei por {prev1} e {prev2}.",
        "Experiência em empresas como {prev1} e {prev2}.",
        "{ach}",
        "Sou freelancer desde {since_year}, atendendo startups do Brasil e de fora. {ach}",
        "Em {prev1}: {ach}",
        "{ach} Antes disso estive em {prev2}.",
    ],
    "ach": {
        "lead": [
            "Cresci o time de engenharia de 3 para 25 pessoas.",
            "Conduzi a due diligence técnica de uma rodada Série A.",
            "Ajudei seis startups a lançar o MVP como CTO fracionado.",
            "Fiz due diligence técnica para dois fundos de VC.",
            "Reestruturei a plataforma depois de uma aquisição e cortei o custo de cloud pela "
            "metade.",
            "Montei o processo de contratação e a cultura de engenharia do zero.",
        ],
        "build": [
            "Construí o backend de pagamentos do zero.",
            "Migrei um monólito para microsserviços sem downtime.",
            "Reduzi a conta da AWS em 40%.",
            "Escalei a API para 10 mil requisições por segundo.",
            "Lancei um app que passou de 1 milhão de downloads.",
            "Liderei uma squad de 5 devs.",
            "Montei pipelines de dados que processam 2 TB por dia.",
            "Reescrevi o front e reduzi o tempo de carregamento pela metade.",
        ],
        "qa": [
            "Implantei automação de testes do zero.",
            "Reduzi a regressão de 3 dias para 2 horas.",
            "Estruturei o processo de QA de uma fintech com 2 milhões de usuários.",
            "Liderei um time de 4 QAs e reduzimos os bugs em produção em 70%.",
        ],
        "design": [
            "Redesenhei o onboarding e dobrei a ativação.",
            "Criei um design system usado por quatro squads.",
            "Conduzi pesquisa com usuários para um SaaS B2B.",
            "Desenhei um app de banco usado por meio milhão de pessoas.",
        ],
        "product": [
            "Lancei três produtos B2B da descoberta até a receita.",
            "Levei um marketplace de 0 a 50 mil usuários mensais.",
            "Cuidei de discovery e roadmap numa healthtech Série B.",
            "Implantei OKRs e um processo de produto numa startup de 60 pessoas.",
        ],
    },
    "prev": [
        "Nubank",
        "iFood",
        "Stone",
        "uma fintech Série B",
        "Mercado Livre",
        "Itaú",
        "uma consultoria",
        "PicPay",
        "a Totvs",
        "uma agência pequena",
        "Olist",
        "uma startup de saúde",
        "Farfetch",
        "OutSystems",
        "Thoughtworks",
        "Creditas",
    ],
    "ind": [
        "fintech",
        "saúde",
        "e-commerce",
        "educação",
        "logística",
        "SaaS",
        "varejo",
        "seguros",
        "agro",
        "imobiliário",
    ],
    "a_skills": [
        "Minha stack principal é {skills}.",
        "Trabalho principalmente com {skills}.",
        "Tecnologias: {skills}.",
        "Skills: {skills}",
        "No dia a dia uso {skills}.",
        "Forte em {skills}.",
        "Stack: {skills}.",
        "Tenho mais experiência com {skills}, mas aprendo rápido o que o cliente usar.",
    ],
    "a_ask": [
        "Adoraria entrar na sua rede e ajudar em projetos de clientes.",
        "Se precisar de mais uma mão em algum projeto, estou disponível.",
        "Topo receber indicações de clientes que você não puder atender.",
        "Seria ótimo fazer parte da sua rede de CTOs fracionados.",
        "Pode contar comigo para o que precisar.",
        "Se fizer sentido, podemos marcar uma call.",
        "Tenho interesse em participar dessa rede que você mencionou.",
        "Gostaria de ser considerado para os times de projetos de escopo fechado.",
        "Tô dentro!",
        "Quero começar minha carreira como fracionado e isso parece um ótimo caminho.",
        "Se precisar de alguém para entregar projetos dos seus clientes, conte comigo.",
        "Estou aberto a trabalhos part-time ou por projeto através da sua rede.",
    ],
    "a_avail": [
        "Tenho disponibilidade de umas {hours} horas por semana a partir de {start}.",
        "Disponível {start}, cerca de {hours}h/semana.",
        "Meu valor costuma ser {rate}, mas sou flexível.",
        "Posso começar {start}.",
        "Disponibilidade: {hours}h semanais, fuso {tz}.",
        "Valor/hora: {rate}. Disponibilidade: {hours}h/semana.",
    ],
    "a_li": [
        "LinkedIn: {li}",
        "Segue meu LinkedIn: {li}",
        "Meu perfil: {li}",
        "Meu LinkedIn é {li}",
        "{li}",
        "Mais sobre mim no LinkedIn: {li}",
        "Linkedin -> {li}",
        "Tá tudo no meu LinkedIn: {li}",
    ],
    "a_cv": [
        "Segue meu currículo em anexo.",
        "CV em anexo.",
        "Anexei meu currículo.",
        "Mando meu CV anexo.",
        "Segue o CV anexado.",
        "Meu currículo está em anexo (PDF).",
        "Anexo meu currículo atualizado.",
        "Vai o currículo em anexo.",
    ],
    "a_close": [
        "Obrigado pela leitura e boa viagem!",
        "Fico no aguardo do seu retorno.",
        "Obrigada pela consideração.",
        "Espero falar contigo semana que vem.",
        "Aproveita o feriado!",
        "Valeu por compartilhar sua trajetória.",
        "Continua com a newsletter, é muito boa.",
        "Sem pressa, sei que você está viajando.",
    ],
    "a_oneliner": [
        "Segue meu LinkedIn: {li}",
        "{li} - adoraria participar!",
        "Tô dentro! {li}",
        "Tenho interesse. Meu perfil: {li}",
        "Conta comigo: {li}",
        "Quero participar. {li}",
        "{li}\n\n{role_cap}, {years} anos, {city}. Topo!",
        "Respondendo como pediu: {li}",
    ],
    "a_terse": [
        "Tenho interesse. {cv_or_li}",
        "{role_cap}, {years} anos. {cv_or_li} Bora!",
        "Quero entrar na rede. {cv_or_li}",
        "{role_cap}, disponível agora. {cv_or_li}",
        "Posso ajudar com projetos excedentes. {cv_or_li}",
        "Gostaria de ser considerada. {cv_or_li}",
        "Topo trabalhos fracionados. {cv_or_li}",
        "Interesse total. {cv_or_li}",
    ],
    "a_cvonly": [
        "Segue meu currículo em anexo. Gostaria muito de fazer parte da sua rede.",
        "Como pedido, envio meu CV em anexo.",
        "Em anexo meu currículo. Qualquer coisa, estou à disposição.",
        "Mandando meu CV como você pediu na newsletter.",
        "Currículo anexo, posso dar mais contexto numa call.",
        "CV em anexo conforme a newsletter. Obrigado!",
        "Aqui está meu currículo. Disponível para freelas imediatamente.",
        "Anexo meu currículo para sua rede de engenheiros e QAs.",
    ],
    "a_myclients": [
        "Hoje atendo dois clientes, uma fintech e uma healthtech, e tenho espaço para mais um.",
        "Meus clientes são principalmente fundadores em fase seed que precisam de um MVP rápido.",
        "A maioria dos meus clientes vem por indicação, o que é ótimo até parar de vir.",
        "Ano passado um cliente meu quebrou e fiquei meses na fase da fome.",
        "Posso te envolver em projetos dos meus clientes quando precisarem de alguém nível CTO.",
        "Meus clientes costumam me contratar para revisão de arquitetura e primeiras contratações.",
        "Estou com três clientes agora e está puxado.",
        "Um dos meus clientes acabou de ser adquirido, então procuro o próximo projeto.",
    ],
    "a_story": [
        "Saí do meu emprego CLT em {prev1} ano passado para virar PJ.",
        "Os primeiros meses foram exatamente a fome que você descreve.",
        "Consegui alguns freelas pequenos, mas o pipeline ainda é irregular.",
        "O que mais sinto falta é de ter colegas para trocar ideia.",
        "Descobri que gosto da variedade de trabalhar com várias startups.",
        "Sua newsletter tem sido uma espécie de bússola pra mim.",
        "Agora estou entre projetos, buscando o próximo.",
        "Tenho família, então remoto e flexível é essencial.",
    ],
    "a_formal_open": [
        "Escrevo em resposta à sua última newsletter, na qual convida CTOs fracionados e "
        "engenheiros a integrarem sua rede.",
        "Gostaria de manifestar meu interesse em fazer parte da sua rede de profissionais remotos.",
        "Venho por meio deste apresentar minha candidatura à sua rede.",
        "Permita-me apresentar-me como candidato à sua rede de profissionais.",
    ],
    "a_formal_body": [
        "Possuo {years} anos de experiência profissional como {role}, mais recentemente em "
        "{prev1}.",
        "Ao longo da carreira trabalhei com {skills} em ambientes de produção exigentes.",
        "Acredito que minha experiência permitiria contribuir com os projetos dos seus clientes "
        "desde o primeiro dia.",
        "Sou formado em Ciência da Computação e já trabalhei com equipes em vários fusos.",
    ],
    "a_formal_close": [
        "Fico à disposição para uma conversa.",
        "Agradeço desde já a atenção.",
        "Permaneço à disposição para quaisquer esclarecimentos.",
        "Aguardo seu retorno.",
    ],
    "a_qfirst": [
        "Isso vale para {role_plural} também? Se sim, tenho muito interesse.",
        "Pergunta rápida: você também procura {role_plural}? Pergunto por mim mesmo :)",
        "Ainda está procurando gente para a rede? Quero me candidatar.",
        "A rede aceita gente de fora da Europa? Estou em {city}.",
    ],
    "labels": {
        "role": ["Cargo", "O que faço", "Função", "Área"],
        "exp": ["Experiência", "Histórico", "Anos de experiência", "Trajetória"],
        "stack": ["Stack", "Skills", "Tecnologias", "Competências"],
        "location": ["Localização", "Cidade", "Onde", "Fuso"],
        "linkedin": ["LinkedIn", "Linkedin", "Perfil", "LI"],
        "cv": ["CV", "Currículo", "Currículo", "CV"],
        "avail": ["Disponibilidade", "Disponível", "Horas", "Carga horária"],
        "context": ["Contexto", "Sobre mim", "Por quê", "Um pouco de contexto"],
        "name": ["Nome", "Nome completo", "Nome", "Seu nome"],
        "email": ["E-mail", "Email", "Endereço de e-mail", "Seu e-mail"],
        "company": ["Empresa", "Nome da empresa", "Organização", "Startup"],
        "message": ["Mensagem", "Sua mensagem", "Como podemos ajudar?", "Detalhes"],
        "need": ["O que precisamos", "Necessidade", "Procuramos", "Demanda"],
        "budget": ["Orçamento", "Budget", "Verba", "Orçamento"],
        "timeline": ["Prazo", "Quando", "Início", "Cronograma"],
        "about": ["Sobre nós", "Quem somos", "Empresa", "O que fazemos"],
    },
    "role_plural": {
        "qa": "QAs",
        "designer": "designers",
        "product_manager": "gerentes de produto",
        "engineer": "devs",
        "cto": "CTOs",
        "fractional_cto": "CTOs fracionados",
    },
    "tz": ["GMT-3", "BRT", "horário de Brasília", "WET", "UTC-3", "Lisboa"],
    "start": [
        "mês que vem",
        "imediatamente",
        "em duas semanas",
        "a partir de junho",
        "já",
        "depois das férias",
        "a partir do dia 1º",
        "em março",
    ],
    "rate": [
        "R$ 150/hora",
        "R$ 180 a hora",
        "US$ 60/h",
        "€500/dia",
        "R$ 20 mil/mês",
        "US$ 7k por mês",
    ],
    "c_ctx": [
        "Leio sua newsletter há um tempo e você parece a pessoa certa para conversar.",
        "No seu último email você disse que está pegando mais clientes, então resolvi escrever.",
        "Um amigo me encaminhou sua newsletter e disse que você poderia nos ajudar.",
        "Vi que você monta times pequenos para projetos de escopo fechado, é exatamente o que "
        "precisamos.",
        "Não estou respondendo para entrar na rede, é mais um pedido de cliente :)",
        "Sei que você está sem tempo, mas acho que vai curtir.",
        "Te encontrei pelos seus posts no LinkedIn.",
        "Nunca trabalhamos com um CTO fracionado, então me perdoe se a pergunta for básica.",
        "Foi pela sua newsletter que descobri o que é um CTO fracionado.",
        "Você escreveu que quando não tem banda monta um time. Perfeito pra gente.",
    ],
    "c_ref": [
        "{ref_name}, da {ref_company}, sugeriu que eu te procurasse.",
        "O {ref_name} me passou seu contato e disse que você é a pessoa certa.",
        "Peguei seu email com {ref_name}, que trabalhou com você na {ref_company}.",
        "{ref_name} ({ref_company}) fala muito bem de você e recomendou que eu entrasse em "
        "contato.",
        "Nosso investidor {ref_name}, da {ref_company}, te recomendou.",
        "Fui indicado por {ref_name}.",
        "Meu amigo {ref_name} disse que você é a referência nisso.",
        "A indicação veio de {ref_name}, da {ref_company}.",
    ],
    "c_intro": [
        "Sou {title} da {company}, {product}.",
        "Somos a {company}: {product}.",
        "Toco a {company}, {product}, aqui em {city}.",
        "Sou fundador da {company}. Estamos construindo {product}.",
        "Meu nome é {name}, {title} da {company}.",
        "A {company} é {product}. Sou {title}.",
        "Contexto rápido: sou {first}, {title} na {company} ({website}), {product}.",
        "Somos um time pequeno ({team_n} pessoas) construindo {product}; a empresa se chama "
        "{company}.",
        "Na {company} estamos construindo {product}.",
        "Escrevo em nome da {company}, {product}.",
    ],
    "c_stage": [
        "Estamos {stage}.",
        "Hoje estamos {stage}.",
        "Para contexto: estamos {stage}, com {team_n} pessoas.",
        "Momento atual: {stage}.",
    ],
    "stage": [
        "em pré-seed",
        "bootstrapped e lucrativos",
        "recém-saídos de uma rodada seed",
        "na Série A",
        "ainda sem receita",
        "faturando uns R$ 5 milhões por ano",
        "com investimento anjo",
        "rodando alguns pilotos pagos",
    ],
    "c_need": {
        "fractional_cto": [
            "Procuramos um CTO fracionado para cuidar da estratégia de tecnologia e liderar "
            "nossos dois devs.",
            "Precisamos de alguém sênior em tecnologia, uns dois dias por semana.",
            "Nosso CTO saiu mês passado e precisamos de alguém enquanto contratamos.",
            "Não temos sócio técnico e precisamos de alguém para guiar arquitetura e contratações.",
            "Queremos um CTO part-time para tomar as decisões certas antes da rodada.",
            "Sou fundadora não técnica e preciso de um parceiro de tecnologia de confiança.",
            "Buscamos um CTO interino por uns seis meses.",
            "Precisamos de alguém para gerenciar a software house que terceirizamos.",
            "Precisávamos de alguém que assumisse a liderança técnica da empresa dois ou três "
            "dias por semana, sem ser uma contratação em tempo integral.",
            "Estou a pensar se faz sentido ter um diretor de tecnologia a tempo parcial até "
            "termos dimensão para contratar um a tempo inteiro.",
            "O que nos falta é uma cabeça técnica sênior que defina o rumo da tecnologia e "
            "coordene os {n_devs} programadores que já temos.",
            "nosso socio tecnico saiu e ficamos sem ninguem pra liderar os devs vc conseguiria "
            "segurar essa posicao uns meses ate acharmos alguem",
            "Terceirizamos o desenvolvimento para uma software house e ninguém aqui sabe "
            "avaliar o que eles entregam; precisamos de alguém do nosso lado acompanhando isso "
            "de forma contínua.",
            "Sou o único sócio e venho da área comercial. Preciso de alguém experiente que "
            "responda pela tecnologia da empresa, mesmo que só algumas horas por semana.",
            "Estaria disponível para ser o nosso responsável técnico a meio tempo, com reuniões "
            "semanais com a equipa e voz nas decisões de produto?",
            "Queremos alguém que seja dono do roadmap técnico e das escolhas de arquitetura, "
            "mas não temos como bancar um executivo full-time.",
            "head de tecnologia part-time. é isso que a gente procura.",
            "Estamos contratando um CTO, mas o processo vai demorar; você assumiria a função de "
            "forma interina enquanto isso, quem sabe até ficar de vez em regime parcial?",
            "Gostaríamos de contar com o senhor como liderança técnica da empresa em regime "
            "parcial, participando do planejamento, das contratações e das decisões de "
            "arquitetura.",
            "A agência que faz nosso app precisa de alguém que cobre prazos e qualidade em "
            "nosso nome, todo mês, sem prazo para acabar. Topa ser essa pessoa?",
            "Os devs são bons, mas estão sem direção. Faltava alguém para liderá-los e alinhar "
            "a tecnologia com o negócio, nem que fosse uma vez por semana.",
            "Seria possível termos você como CTO durante uma transição de umas {weeks} semanas, "
            "enquanto a pessoa nova não chega?",
        ],
        "fixed_scope_project": [
            "Precisamos de um MVP pronto em {weeks} semanas.",
            "Queremos migrar nosso monólito em {old_tech} para {new_tech}.",
            "Precisamos de uma auditoria de código e segurança antes da Série A.",
            "Procuramos um time para refazer nosso app do zero.",
            "Precisamos de uma due diligence técnica numa empresa que vamos adquirir.",
            "Queremos um orçamento fechado para construir um portal de clientes integrado ao "
            "nosso ERP.",
            "Precisamos de uma prova de conceito de um assistente com IA sobre nossos dados.",
            "Nosso app está lento e caindo, precisamos de uma revisão de performance.",
            "Queremos colocar no ar uma primeira versão enxuta do produto em até {weeks} "
            "semanas, com escopo e preço fechados.",
            "Antes de fecharmos a compra de uma empresa, precisamos que alguém avalie a fundo o "
            "código e a infraestrutura dela.",
            "O sistema atual virou uma colcha de retalhos e decidimos reescrevê-lo do zero. "
            "Você toparia fazer essa reconstrução de ponta a ponta?",
            "precisamos tirar tudo do servidor antigo e passar pra uma infra nova sem parar a "
            "operacao consegue orcar isso",
            "Gostaria de receber uma proposta de preço fixo para desenvolver a integração entre "
            "a nossa plataforma e o sistema de faturação de um parceiro.",
            "Estou pensando se conseguimos validar a ideia com um protótipo funcional antes de "
            "montar equipe; você construiria isso para nós?",
            "O que nos falta é uma revisão de segurança completa do app, com relatório e "
            "correções priorizadas, antes de abrirmos para clientes grandes.",
            "As telas demoram uma eternidade para carregar e o sistema cai em horário de pico; "
            "queremos contratar uma otimização com entregáveis claros.",
            "Temos um escopo bem definido e um prazo de {weeks} semanas. Só precisamos de quem "
            "execute e entregue.",
            "Seria possível o senhor realizar uma auditoria independente do código entregue "
            "pelo nosso fornecedor, com parecer por escrito?",
            "Queremos trocar a base de dados e reescrever o módulo de pagamentos, nada além "
            "disso: um trabalho com começo, meio e fim.",
            "Precisamos de uma prova de conceito funcionando para mostrar aos investidores "
            "daqui a {weeks} semanas.",
            "app do zero, escopo fechado, prazo curto. da pra fazer?",
            "A ideia é entregar a alguém a construção da primeira versão da plataforma inteira, "
            "desde o desenho dos ecrãs até a publicação nas lojas, com um orçamento fechado e "
            "entregas por etapas, porque queremos saber exatamente quanto vamos gastar e quando "
            "fica pronto.",
        ],
        "team_extension": [
            "Temos {n_devs} devs internos mas precisamos de mais {k} seniores pelos próximos seis "
            "meses.",
            "Queremos adicionar um QA e dois devs backend ao time.",
            "Precisamos reforçar o time com gente que comece rápido.",
            "O time está afogado, precisamos de dois ou três devs experientes para entregar o "
            "roadmap.",
            "Precisamos de um dev front e um designer dedicados por uns quatro meses.",
            "Sua rede poderia alocar alguns engenheiros junto com nosso time?",
            "Nosso time interno não está dando conta da demanda; precisávamos de mais {k} "
            "desenvolvedores experientes trabalhando junto com eles.",
            "Conseguiria alocar um dev dedicado ao nosso squad por umas {weeks} semanas?",
            "O que nos falta é braço: temos liderança técnica e processo, mas pouca gente para "
            "tocar o backlog.",
            "precisamos de mais gente no time rapido uns 2 ou 3 devs senior no fuso {tz}",
            "Gostaríamos de reforçar a nossa equipa com dois programadores e um testador, "
            "integrados nas nossas rotinas diárias.",
            "Estou pensando se vocês conseguiriam montar um squad pequeno para trabalhar lado a "
            "lado com os nossos {n_devs} devs.",
            "O senhor teria profissionais disponíveis para compor o nosso time de produto, sob "
            "a gestão do nosso líder técnico?",
            "Temos designer de menos e tela demais. Dá pra colocar um designer de produto com a "
            "gente por alguns meses?",
            "Mais mãos. É basicamente isso: devs que entrem no nosso fluxo e comecem a entregar "
            "já na primeira semana.",
            "O nosso responsável técnico está satisfeito com a equipa, mas o roadmap duplicou; "
            "precisamos de reforço temporário sem passar por um processo de recrutamento.",
            "Você conseguiria alocar {k} engenheiros para trabalharem no nosso repositório, com "
            "as nossas ferramentas e no nosso horário?",
            "Estamos sem ninguém de QA: queríamos alguém para acompanhar as sprints do time "
            "durante {weeks} semanas.",
            "vc tem algum dev mobile disponivel pra entrar no nosso time por uns meses",
            "Seria possível aumentarmos a equipa com um pequeno grupo de engenheiros em regime "
            "de alocação, reportando ao nosso CTO, enquanto não concluímos as contratações "
            "internas?",
        ],
        "advice": [
            "Posso agendar uma hora com você para pedir conselhos sobre {topic}?",
            "Não busco um projeto longo, só uma segunda opinião sobre {topic}.",
            "Toparia uma call paga para falarmos sobre {topic}?",
            "Queria muito trocar uma ideia sobre {topic}.",
            "Precisamos de uma orientação pontual sobre {topic}.",
            "Você poderia nos dar uma consultoria sobre {topic}? Algumas sessões bastam.",
            "Teria disponibilidade para uma conversa de uma hora sobre {topic}? Pagamos pelo "
            "seu tempo, claro.",
            "Preciso de um conselho sobre quantas pessoas técnicas contratar primeiro e em que "
            "ordem; uma boa conversa já resolve.",
            "Estou pensando se estamos no caminho certo com {topic} e gostaria de ouvir alguém "
            "de fora.",
            "Vamos entrevistar candidatos para liderar a tecnologia e eu não sei avaliar a "
            "parte técnica; você participaria de algumas entrevistas conosco?",
            "so queria uma call rapida pra tirar umas duvidas sobre {topic}",
            "Gostaríamos de agendar duas ou três sessões com o senhor para discutir {topic}; "
            "não se trata de um trabalho contínuo.",
            "Seria possível marcarmos uma reunião para validar o nosso plano técnico para o "
            "próximo ano? Queremos apenas um parecer.",
            "Posso roubar um pouco do seu tempo, devidamente remunerado, para falar de {topic}?",
            "O que nos falta não é execução, é uma visão experiente de fora: uma ou duas "
            "conversas já resolveriam.",
            "Queria pedir a sua opinião sincera sobre {topic}. É uma decisão grande e não quero "
            "errar.",
            "Sanity check: montamos um plano para os próximos meses e queria que alguém sênior "
            "apontasse os furos.",
            "Estaria disposto a fazer uma mentoria curta, umas poucas sessões, para me ajudar a "
            "organizar as ideias?",
            "Recebemos uma proposta de uma software house e não sabemos se o preço e o prazo "
            "são razoáveis; poderia revê-la connosco?",
            "Uma hora de conversa sobre {topic} já seria ótimo pra nós. Quanto você cobra por "
            "isso?",
        ],
    },
    "need_short": {
        "fractional_cto": [
            "um CTO fracionado",
            "um CTO part-time",
            "um CTO interino",
            "um CTO dois dias por semana",
        ],
        "fixed_scope_project": [
            "construir um MVP",
            "uma migração de plataforma",
            "uma auditoria de código",
            "refazer nosso app",
        ],
        "team_extension": [
            "dois devs seniores",
            "reforço no time",
            "um QA e um dev backend",
            "um time pequeno",
        ],
        "advice": [
            "uma consultoria técnica",
            "uma segunda opinião sobre a arquitetura",
            "uma hora de mentoria",
            "conselhos sobre contratação",
        ],
    },
    "topic": [
        "nossa arquitetura",
        "refazer ou refatorar o app",
        "como contratar os primeiros devs",
        "agência ou time interno",
        "nosso roadmap de IA",
        "custos de cloud",
        "uma proposta de software house",
        "equity para um sócio técnico",
    ],
    "c_hiring_cto": [
        (
            "fractional_cto",
            "Estamos contratando um CTO e queria saber se você teria interesse, "
            "nem que seja part-time no começo.",
        ),
        (
            "fractional_cto",
            "Temos uma vaga de CTO aberta. Você toparia algo fracionado até "
            "acharmos a pessoa certa?",
        ),
        (
            "advice",
            "Vamos contratar nosso primeiro CTO e queria sua ajuda nas entrevistas e na "
            "análise dos currículos.",
        ),
        (
            "fractional_cto",
            "Estamos contratando um CTO. Se não for pra você, talvez alguém da sua rede?",
        ),
    ],
    "c_stack": [
        "Stack atual: {stack}.",
        "Usamos {stack}.",
        "O app é em {stack}.",
        "Em tecnologia usamos {stack}, mas estamos abertos a mudar.",
        "Nossos devs trabalham com {stack}.",
        "Tudo roda em {stack}.",
    ],
    "c_budget": [
        "O orçamento é de {budget}.",
        "Temos {budget} reservados para isso.",
        "Conseguimos pagar {budget}.",
        "Orçamento: {budget}",
        "Pensamos em {budget}, mas somos flexíveis.",
        "Nosso budget é {budget}, é realista?",
    ],
    "c_nobudget": [
        "Ainda não definimos orçamento.",
        "Orçamento em aberto, depende da proposta.",
        "Não sei qual orçamento faz sentido, queria sua opinião.",
    ],
    "c_timeline": [
        "Queremos começar {timeline}.",
        "Prazo: {timeline}",
        "O ideal seria começar {timeline}.",
        "Precisamos andar {timeline}.",
    ],
    "timeline": [
        "o quanto antes",
        "mês que vem",
        "até o fim do trimestre",
        "nos próximos 3 meses",
        "antes da Black Friday",
        "em janeiro",
        "nas próximas semanas",
        "até setembro",
    ],
    "c_ask": [
        "Você teria um tempo para uma call semana que vem?",
        "Está pegando clientes novos no momento?",
        "Me diz se você ou sua rede conseguem ajudar.",
        "Podemos marcar 30 minutos?",
        "Quais seriam os próximos passos?",
        "Posso explicar melhor numa call.",
        "Se não tiver banda, uma indicação já ajudaria muito.",
        "Pode me mandar uma proposta?",
        "Segue meu Calendly: calendly.com/{cal}/30min",
    ],
    "c_sig": [
        "{signoff}\n{name}\n{title}, {company}",
        "{signoff}\n{first}\n{company}",
        "{signoff}\n{name} | {title} @ {company}",
        "{signoff}\n{name}\n{title}\n{company} · {website}\n{phone}",
        "{signoff}\n\n{name}\n{company}",
    ],
    "a_sig": [
        "{signoff}\n{name}",
        "{signoff}\n{name}\n{phone}",
        "{signoff}\n{name}\n{li}",
        "-- \n{name}\n{role_cap}",
        "{signoff}\n{name} | {role_cap}",
        "{name}",
    ],
    "title": [
        "CEO",
        ("cofundador", "cofundadora"),
        ("fundador", "fundadora"),
        "COO",
        "Head de Produto",
        ("sócio-fundador", "sócia-fundadora"),
        ("diretor", "diretora"),
        "gerente de produto",
        ("CEO e cofundador", "CEO e cofundadora"),
        ("sócio", "sócia"),
    ],
    "c_techfounder": [
        "Sou técnico ({years} anos como dev backend em {prev1}), mas não dá para programar e "
        "tocar a empresa ao mesmo tempo.",
        "Escrevi a primeira versão sozinho em {stack_one}, mas não vai escalar e preciso focar "
        "em vendas.",
        "Como ex-engenheira sei o que é bom, só não tenho mais tempo.",
        "Sou dev de formação, então falo a língua, mas precisamos de um CTO de verdade.",
        "Fiz o MVP nos fins de semana; agora temos clientes pagantes e preciso de ajuda.",
        "Ainda faço code review, mas preciso de alguém sênior cuidando da arquitetura.",
    ],
    "c_cvs": [
        "Você pode me mandar os currículos das pessoas que colocaria no projeto?",
        "Pode compartilhar perfis ou CVs dos engenheiros que tem em mente?",
        "Se você montar um time, gostaria de ver os currículos antes de fechar.",
        "Nosso conselho vai querer ver os CVs de quem for trabalhar nisso.",
        "Tem CVs ou LinkedIn de devs disponíveis?",
    ],
    "c_questions": [
        "Vocês trabalham com startups pré-seed?",
        "Qual o valor mensal típico?",
        "Fazem projetos de preço fechado?",
        "Em quanto tempo alguém começa?",
        "Podem ajudar a contratar devs CLT depois?",
        "Assinam NDA?",
        "Trabalham com fundadores não técnicos?",
    ],
    "c_rescue": [
        "A software house que contratamos sumiu no meio do projeto.",
        "Pagamos um freelancer por oito meses e o app ainda não funciona.",
        "O código é uma bagunça e ninguém do time entende.",
        "Nosso único dev pediu demissão semana passada.",
        "Os clientes reclamam de bugs todo dia.",
        "Precisamos de alguém para avaliar o estrago e consertar.",
    ],
    "c_terse": [
        "Preciso de {need_short} para a {company} ({ind_word}). {budget_clause}Call essa semana?",
        "Procuro {need_short}. {company}, {stage}. {budget_clause}",
        "Oi, somos a {company}. Precisamos de {need_short}. {budget_clause}Topa?",
        "{company} aqui. Buscamos {need_short}. {budget_clause}Me avisa.",
    ],
    "budget_clause": [
        "Orçamento {budget}. ",
        "Podemos pagar {budget}. ",
        "Temos {budget}. ",
        "Budget de {budget}. ",
    ],
    "c_rfp_open": [
        "Buscamos um parceiro de tecnologia para o projeto descrito abaixo.",
        "A {company} procura um parceiro experiente para o seguinte projeto.",
        "Em nome da {company}, gostaria de solicitar uma proposta.",
        "Gostaríamos de convidá-lo a enviar uma proposta para o projeto abaixo.",
    ],
    "c_rfp_close": [
        "Aguardamos sua proposta e disponibilidade.",
        "Ficamos no aguardo da proposta.",
        "Por gentileza, confirme se está dentro do seu escopo.",
        "Agradecemos um retorno até o fim da próxima semana.",
    ],
    "rfp_labels": ["Projeto", "Escopo", "Orçamento", "Prazo", "Tecnologia", "Contato"],
    "c_investor": [
        "Quero te apresentar {name}, {title} da {company} (em cópia). A {company} é {product} e "
        "faz parte do portfólio da {fund}.",
        "Conheça {name} ({title}, {company}), em cópia. Investimos na {company} ano passado; eles "
        "são {product}.",
        "Conectando vocês: {name} é {title} da {company}, {product}.",
    ],
    "c_investor_mid": [
        "Eles procuram {need_short} e lembrei de você na hora.",
        "{first} precisa de {need_short}, e você foi o primeiro nome que veio.",
        "Eles precisam de {need_short}. Contei pro {first} sobre sua rede.",
    ],
    "c_investor_close": [
        "Deixo vocês seguirem daqui.",
        "Me movo para cópia oculta.",
        "{first}, contigo!",
    ],
    "fund": ["Atlântico Ventures", "Semente Capital", "Pampa VC", "Canary-style fund Ipê"],
}

ES: dict[str, Any] = {
    "roles": {
        "fractional_cto": [
            "CTO fraccional",
            "CTO a tiempo parcial",
            ("CTO interino", "CTO interina"),
            "CTO freelance",
            "CTO as a service",
            "Fractional CTO",
            ("CTO externo", "CTO externa"),
            "CTO por horas",
        ],
        "cto": [
            "CTO",
            "ex CTO",
            ("director de tecnología", "directora de tecnología"),
            "Head of Engineering",
            ("cofundador técnico", "cofundadora técnica"),
            "VP de Ingeniería",
            "CTO de startup",
            "responsable de ingeniería",
        ],
        "backend": [
            ("desarrollador backend", "desarrolladora backend"),
            ("ingeniero de software", "ingeniera de software"),
            ("programador Python", "programadora Python"),
            "dev backend",
            ("desarrollador senior", "desarrolladora senior"),
            ("programador Java", "programadora Java"),
        ],
        "frontend": [
            ("desarrollador frontend", "desarrolladora frontend"),
            ("maquetador y dev React", "maquetadora y dev React"),
            "dev front",
            ("ingeniero frontend", "ingeniera frontend"),
        ],
        "fullstack": [
            ("desarrollador full stack", "desarrolladora full stack"),
            ("ingeniero full stack", "ingeniera full stack"),
            "tech lead",
            "dev fullstack",
        ],
        "mobile": [
            ("desarrollador mobile", "desarrolladora mobile"),
            ("desarrollador de apps", "desarrolladora de apps"),
            "dev Flutter",
            ("desarrollador iOS", "desarrolladora iOS"),
        ],
        "devops": [
            ("ingeniero DevOps", "ingeniera DevOps"),
            "SRE",
            ("ingeniero cloud", "ingeniera cloud"),
            "especialista DevOps",
        ],
        "data": [
            ("ingeniero de datos", "ingeniera de datos"),
            ("científico de datos", "científica de datos"),
            ("ingeniero de ML", "ingeniera de ML"),
            "data engineer",
        ],
        "qa": [
            "QA",
            "tester",
            ("ingeniero de QA", "ingeniera de QA"),
            "analista QA",
            "QA automation",
            ("especialista en testing", "especialista en testing"),
        ],
        "designer": [
            ("diseñador UX/UI", "diseñadora UX/UI"),
            ("diseñador de producto", "diseñadora de producto"),
            "UX designer",
            "product designer",
        ],
        "product_manager": [
            "product manager",
            "product owner",
            ("jefe de producto", "jefa de producto"),
            "PM",
        ],
    },
    "greet": [
        "Hola Sergio,",
        "¡Buenas Sergio!",
        "Estimado Sergio:",
        "Buenos días Sergio,",
        "Qué tal Sergio,",
        "Hola Sergio, ¿cómo estás?",
        "¡Hola Sergio!",
        "Hola,",
        "Estimado Sr. Pereira:",
        "Buenas tardes Sergio,",
        "Sergio,",
        "Hola Sergio, espero que estés bien.",
        "Querido Sergio,",
        "Buenas,",
        "Saludos Sergio,",
        "Hey Sergio,",
    ],
    "signoff": [
        "Saludos,",
        "Un saludo,",
        "Un abrazo,",
        "Gracias,",
        "Atentamente,",
        "Saludos cordiales,",
        "Quedo atento,",
        "Cordialmente,",
        "Muchas gracias,",
        "Quedo atenta,",
        "Abrazo,",
        "Buen viaje,",
        "Un saludo cordial,",
        "¡Gracias!",
        "Nos vemos,",
        "Besos,",
    ],
    "a_ctx": [
        "Acabo de leer tu newsletter sobre la montaña rusa de ser CTO fraccional y me sentí "
        "muy identificado.",
        "Respondo a tu última edición, la de las vacas flacas y las vacas gordas.",
        "Vi que estás armando una red de CTOs, ingenieros y QAs, ¡me apunto!",
        "Te leo desde hace tiempo, es la primera vez que respondo.",
        "Me llamó la atención lo de delegar trabajo de clientes a gente de tu red.",
        "Me encantó la honestidad del correo de esta semana.",
        "Pedías CV/LinkedIn y algo de contexto, así que aquí va.",
        "Sigo la newsletter Remote Work desde hace casi un año.",
        "Lo de 'o todo o nada' me tocó de cerca, llevo unos meses sin clientes.",
        "Un amigo me reenvió tu newsletter y me alegro de que lo hiciera.",
        "Vi que armas equipos pequeños para proyectos de clientes.",
        "¡Enhorabuena por la buena racha!",
        "Tu correo llegó en el momento justo.",
        "Dijiste que responderías a todos la semana que viene, así que aquí estoy.",
    ],
    "a_intro": [
        "Soy {name}, {role} en {city}.",
        "Me llamo {name} y trabajo como {role} desde hace {years} años.",
        "Presentación rápida: {first}, {role}, más de {years} años en esto.",
        "Soy {role} con {years} años de experiencia y vivo en {city}.",
        "Sobre mí: {role}, trabajando en remoto desde {since_year}.",
        "Soy {first}. Los últimos {years} años he trabajado como {role}, sobre todo en startups.",
        "Aquí {name}, {role} desde {city}.",
        "Un poco sobre mí: soy {role} y llevo unos {years} años haciéndolo.",
        "Llevo {years} años como {role}, los últimos {years_recent} en remoto.",
        "Encantado, soy {name}, {role} ({years} años de experiencia).",
        "Soy {role} y me encanta trabajar con equipos pequeños.",
        "Trabajo como {role} desde {city}.",
    ],
    "a_exp": [
        "Pasé {years_recent} años en {prev1}. {ach}",
        "Lo último fue en {prev1}. {ach}",
        "He trabajado con startups de {ind1} y {ind2}. {ach}",
        "Algunos logros: {ach} {ach2}",
        "Antes de ser freelance estuve en {prev1} y {prev2}.",
        "Experiencia en empresas como {prev1} y {prev2}.",
        "{ach}",
        "Soy freelance desde {since_year}, con clientes de Europa y Latinoamérica. {ach}",
        "En {prev1}: {ach}",
        "{ach} Antes estuve en {prev2}.",
    ],
    "ach": {
        "lead": [
            "Hice crecer el equipo de ingeniería de 3 a 25 personas.",
            "Llevé la due diligence técnica de una ronda Serie A.",
            "Ayudé a seis startups a lanzar su MVP como CTO fraccional.",
            "Hice due diligence técnica para dos fondos de venture capital.",
            "Rehice la plataforma tras una adquisición y reduje a la mitad el gasto en cloud.",
            "Monté el proceso de contratación y la cultura de ingeniería desde cero.",
        ],
        "build": [
            "Construí el backend de pagos desde cero.",
            "Migré un monolito a microservicios sin caídas.",
            "Reduje la factura de AWS un 40 %.",
            "Escalé la API a 10.000 peticiones por segundo.",
            "Lancé una app que superó el millón de descargas.",
            "Lideré un equipo de 5 desarrolladores.",
            "Monté pipelines de datos que procesan 2 TB al día.",
            "Reescribí el frontend y reduje a la mitad los tiempos de carga.",
        ],
        "qa": [
            "Implanté la automatización de pruebas desde cero.",
            "Reduje la regresión de 3 días a 2 horas.",
            "Monté el proceso de QA de una fintech con 2 millones de usuarios.",
            "Lideré un equipo de 4 QAs y bajamos los bugs en producción un 70 %.",
        ],
        "design": [
            "Rediseñé el onboarding y duplicamos la activación.",
            "Creé un design system que usan cuatro equipos.",
            "Hice investigación de usuarios para un SaaS B2B.",
            "Diseñé una app bancaria con medio millón de usuarios.",
        ],
        "product": [
            "Lancé tres productos B2B desde el discovery hasta facturar.",
            "Llevé un marketplace de 0 a 50.000 usuarios mensuales.",
            "Llevé discovery y roadmap en una healthtech Serie B.",
            "Implanté OKRs y un proceso de producto en una startup de 60 personas.",
        ],
    },
    "prev": [
        "Glovo",
        "Cabify",
        "Mercado Libre",
        "una fintech Serie B",
        "BBVA",
        "Rappi",
        "una consultora",
        "Typeform",
        "Globant",
        "una agencia pequeña",
        "Wallapop",
        "una startup de salud",
        "Telefónica",
        "Kavak",
        "Jobandtalent",
        "Ualá",
    ],
    "ind": [
        "fintech",
        "salud",
        "e-commerce",
        "educación",
        "logística",
        "SaaS",
        "retail",
        "seguros",
        "agro",
        "inmobiliario",
    ],
    "a_skills": [
        "Mi stack principal es {skills}.",
        "Trabajo sobre todo con {skills}.",
        "Tecnologías: {skills}.",
        "Skills: {skills}",
        "En el día a día uso {skills}.",
        "Fuerte en {skills}.",
        "Stack: {skills}.",
        "Donde más rindo es con {skills}, pero me adapto a lo que use el cliente.",
    ],
    "a_ask": [
        "Me encantaría formar parte de tu red y ayudar en proyectos de clientes.",
        "Si necesitas una mano extra en algún proyecto, estoy disponible.",
        "Encantado de recibir clientes que tú no puedas atender.",
        "Sería genial estar en tu red de CTOs fraccionales.",
        "Tenme en cuenta para lo que encaje.",
        "Si hay encaje, hablamos por videollamada cuando quieras.",
        "Me interesa unirme a la red que mencionas.",
        "Me gustaría que me tuvieras en cuenta para los equipos de proyectos cerrados.",
        "¡Cuenta conmigo!",
        "Quiero arrancar mi carrera como fraccional y esto parece un gran primer paso.",
        "Si necesitas gente para entregar proyectos de tus clientes, aquí estoy.",
        "Abierto a trabajo a tiempo parcial o por proyecto a través de tu red.",
    ],
    "a_avail": [
        "Tengo unas {hours} horas semanales libres a partir de {start}.",
        "Disponible {start}, unas {hours}h/semana.",
        "Mi tarifa suele ser {rate}, pero soy flexible.",
        "Puedo empezar {start}.",
        "Disponibilidad: {hours}h semanales, zona {tz}.",
        "Tarifa: {rate}. Disponibilidad: {hours}h/semana.",
    ],
    "a_li": [
        "LinkedIn: {li}",
        "Te dejo mi LinkedIn: {li}",
        "Mi perfil: {li}",
        "Mi LinkedIn es {li}",
        "{li}",
        "Más sobre mí en LinkedIn: {li}",
        "Linkedin -> {li}",
        "Todo está en mi LinkedIn: {li}",
    ],
    "a_cv": [
        "Te adjunto mi CV.",
        "CV adjunto.",
        "Adjunto mi currículum.",
        "Va mi CV en el adjunto.",
        "Te paso el currículum adjunto.",
        "Mi CV va adjunto (PDF).",
        "Adjunto mi currículum actualizado.",
        "Encontrarás mi CV adjunto.",
    ],
    "a_close": [
        "¡Gracias por leer y buen viaje!",
        "Quedo a la espera de tu respuesta.",
        "Gracias por tenerme en cuenta.",
        "Espero hablar contigo la semana que viene.",
        "¡Disfruta del puente!",
        "Gracias por compartir tu camino con tanta sinceridad.",
        "Sigue así con la newsletter.",
        "Sin prisa, sé que estás de viaje.",
    ],
    "a_oneliner": [
        "Te dejo mi LinkedIn: {li}",
        "{li} - ¡me encantaría participar!",
        "¡Me apunto! {li}",
        "Me interesa. Mi perfil: {li}",
        "Cuenta conmigo: {li}",
        "Quiero unirme. {li}",
        "{li}\n\n{role_cap}, {years} años, {city}. ¡Interesado!",
        "Respondo como pediste: {li}",
    ],
    "a_terse": [
        "Me interesa. {cv_or_li}",
        "{role_cap}, {years} años. {cv_or_li} ¡Vamos!",
        "Quiero entrar en la red. {cv_or_li}",
        "{role_cap}, disponible ya. {cv_or_li}",
        "Puedo ayudar con proyectos que te sobren. {cv_or_li}",
        "Me gustaría que me consideraras. {cv_or_li}",
        "Lo fraccional me encaja perfecto. {cv_or_li}",
        "Muy interesada. {cv_or_li}",
    ],
    "a_cvonly": [
        "Te adjunto mi CV. Me encantaría formar parte de tu red.",
        "Como pediste, te envío mi currículum adjunto.",
        "Adjunto mi CV. Cualquier cosa, quedo a disposición.",
        "Te mando mi CV como pedías en la newsletter.",
        "Currículum adjunto, puedo darte más contexto en una llamada.",
        "CV adjunto según tu newsletter. ¡Gracias!",
        "Aquí va mi currículum. Disponible para proyectos freelance ya.",
        "Adjunto mi CV para tu red de ingenieros y QAs.",
    ],
    "a_myclients": [
        "Ahora trabajo con dos clientes, una fintech y una healthtech, y tengo hueco para uno más.",
        "Mis clientes suelen ser fundadores en fase semilla que necesitan un MVP rápido.",
        "Casi todos mis clientes vienen por recomendación, lo cual va genial hasta que deja de ir.",
        "El año pasado un cliente cerró y pasé meses de vacas flacas.",
        "Puedo sumarte a proyectos de mis clientes cuando necesiten a alguien nivel CTO.",
        "Mis clientes me contratan sobre todo para revisar arquitectura y primeras contrataciones.",
        "Ahora mismo tengo tres clientes y es mucho.",
        "A uno de mis clientes lo acaban de comprar, así que busco el siguiente proyecto.",
    ],
    "a_story": [
        "El año pasado dejé mi trabajo en {prev1} para ser independiente.",
        "Los primeros meses fueron justo las vacas flacas que describes.",
        "Conseguí algunos proyectos pequeños, pero el flujo sigue siendo irregular.",
        "Lo que más echo de menos es tener colegas con quienes contrastar ideas.",
        "Descubrí que me gusta la variedad de trabajar con distintas startups.",
        "Tu newsletter ha sido una especie de brújula para mí.",
        "Ahora estoy entre proyectos, buscando el siguiente.",
        "Tengo familia, así que remoto y flexible es imprescindible.",
    ],
    "a_formal_open": [
        "Le escribo en respuesta a su última newsletter, en la que invitaba a CTOs fraccionales "
        "e ingenieros a unirse a su red.",
        "Quisiera manifestar mi interés en formar parte de su red de profesionales remotos.",
        "Por medio de la presente presento mi candidatura a su red.",
        "Permítame presentarme como candidato a su red de profesionales.",
    ],
    "a_formal_body": [
        "Cuento con {years} años de experiencia profesional como {role}, más recientemente en "
        "{prev1}.",
        "A lo largo de mi carrera he trabajado con {skills} en entornos de producción exigentes.",
        "Considero que mi experiencia me permitiría aportar a los proyectos de sus clientes "
        "desde el primer día.",
        "Soy ingeniero informático y he trabajado con equipos en varias zonas horarias.",
    ],
    "a_formal_close": [
        "Quedo a su disposición para conversar.",
        "Agradezco de antemano su atención.",
        "Quedo a su entera disposición.",
        "Quedo a la espera de su respuesta.",
    ],
    "a_qfirst": [
        "¿Esto vale también para {role_plural}? Si es así, me interesa mucho.",
        "Pregunta rápida: ¿también buscas {role_plural}? Pregunto por mí :)",
        "¿Sigues buscando gente para la red? Me gustaría postularme.",
        "¿La red acepta gente fuera de Europa? Estoy en {city}.",
    ],
    "labels": {
        "role": ["Rol", "A qué me dedico", "Puesto", "Perfil"],
        "exp": ["Experiencia", "Trayectoria", "Años de experiencia", "Historial"],
        "stack": ["Stack", "Skills", "Tecnologías", "Competencias"],
        "location": ["Ubicación", "Ciudad", "Dónde", "Zona horaria"],
        "linkedin": ["LinkedIn", "Linkedin", "Perfil", "LI"],
        "cv": ["CV", "Currículum", "Curriculum vitae", "CV"],
        "avail": ["Disponibilidad", "Disponible", "Horas", "Dedicación"],
        "context": ["Contexto", "Sobre mí", "Por qué", "Algo de contexto"],
        "name": ["Nombre", "Nombre completo", "Nombre", "Tu nombre"],
        "email": ["Correo", "Email", "Correo electrónico", "Tu email"],
        "company": ["Empresa", "Nombre de la empresa", "Organización", "Startup"],
        "message": ["Mensaje", "Tu mensaje", "¿En qué podemos ayudarte?", "Detalles"],
        "need": ["Qué necesitamos", "Necesidad", "Buscamos", "Requerimiento"],
        "budget": ["Presupuesto", "Budget", "Presupuesto", "Inversión"],
        "timeline": ["Plazos", "Cuándo", "Inicio", "Calendario"],
        "about": ["Sobre nosotros", "Quiénes somos", "Empresa", "Qué hacemos"],
    },
    "role_plural": {
        "qa": "QAs",
        "designer": "diseñadores",
        "product_manager": "product managers",
        "engineer": "desarrolladores",
        "cto": "CTOs",
        "fractional_cto": "CTOs fraccionales",
    },
    "tz": ["CET", "GMT-5", "GMT-3", "hora de Madrid", "UTC-6", "hora de Bogotá"],
    "start": [
        "el mes que viene",
        "de inmediato",
        "en dos semanas",
        "a partir de junio",
        "ya mismo",
        "después del verano",
        "el día 1",
        "en marzo",
    ],
    "rate": [
        "50 €/hora",
        "600 €/día",
        "US$ 45 la hora",
        "5.000 € al mes",
        "US$ 6k/mes",
        "45 USD/h",
    ],
    "c_ctx": [
        "Te leo desde hace tiempo y creo que eres la persona indicada.",
        "En tu último correo dijiste que estás cogiendo más clientes, así que te escribo.",
        "Un amigo me reenvió tu newsletter y me dijo que podrías ayudarnos.",
        "Vi que armas equipos pequeños para proyectos cerrados, justo lo que necesitamos.",
        "No respondo para unirme a la red, es más bien una consulta de cliente :)",
        "Sé que vas a tope, pero creo que esto te puede interesar.",
        "Te encontré por tus publicaciones en LinkedIn.",
        "Nunca hemos trabajado con un CTO fraccional, perdona si pregunto algo obvio.",
        "Gracias a tu newsletter supe lo que es un CTO fraccional.",
        "Escribiste que cuando no tienes tiempo montas un equipo. Perfecto para nosotros.",
    ],
    "c_ref": [
        "{ref_name}, de {ref_company}, me sugirió que te escribiera.",
        "{ref_name} me pasó tu correo y me dijo que eres la persona indicada.",
        "Conseguí tu contacto a través de {ref_name}, que trabajó contigo en {ref_company}.",
        "{ref_name} ({ref_company}) habla maravillas de ti y me recomendó contactarte.",
        "Nuestro inversor {ref_name}, de {ref_company}, te recomendó.",
        "Vengo recomendado por {ref_name}.",
        "Mi amigo {ref_name} dice que eres el referente en esto.",
        "La recomendación viene de {ref_name}, de {ref_company}.",
    ],
    "c_intro": [
        "Soy {title} de {company}, {product}.",
        "Somos {company}: {product}.",
        "Dirijo {company}, {product}, en {city}.",
        "Soy fundador de {company}. Estamos construyendo {product}.",
        "Me llamo {name}, {title} en {company}.",
        "{company} es {product}. Yo soy {title}.",
        "Contexto rápido: soy {first}, {title} en {company} ({website}), {product}.",
        "Somos un equipo pequeño ({team_n} personas) construyendo {product}; la empresa es "
        "{company}.",
        "En {company} estamos construyendo {product}.",
        "Te escribo en nombre de {company}, {product}.",
    ],
    "c_stage": [
        "Estamos {stage}.",
        "Ahora mismo estamos {stage}.",
        "Para que tengas contexto: estamos {stage}, somos {team_n} personas.",
        "Momento actual: {stage}.",
    ],
    "stage": [
        "en fase pre-semilla",
        "bootstrapped y siendo rentables",
        "recién salidos de la ronda semilla",
        "en Serie A",
        "sin facturación todavía",
        "facturando alrededor de 1 M€ al año",
        "financiados por business angels",
        "con varios pilotos de pago",
    ],
    "c_need": {
        "fractional_cto": [
            "Buscamos un CTO fraccional que lleve la estrategia tecnológica y dirija a nuestros "
            "dos desarrolladores.",
            "Necesitamos a alguien senior en tecnología, uno o dos días por semana.",
            "Nuestro CTO se fue el mes pasado y necesitamos a alguien mientras contratamos.",
            "No tenemos socio técnico y necesitamos a alguien que guíe la arquitectura y las "
            "contrataciones.",
            "Queremos un CTO a tiempo parcial para tomar buenas decisiones antes de levantar.",
            "Soy fundadora no técnica y necesito un socio tecnológico de confianza.",
            "Buscamos un CTO interino durante unos seis meses.",
            "Necesitamos a alguien que gestione la agencia externa que nos desarrolla la app.",
            "Lo que nos falta es alguien que se siente con nosotros un par de días a la semana "
            "y tome las decisiones técnicas que hoy nadie toma.",
            "Somos tres fundadores de perfil negocio y ninguno sabe programar; necesitamos a "
            "alguien que sea nuestra cabeza técnica, aunque no sea a jornada completa.",
            "hola, nuestro responsable tecnico se fue y necesitamos alguien q lleve el area "
            "tecnica hasta q encontremos reemplazo",
            "¿Estaría usted dispuesto a asumir la dirección tecnológica de nuestra empresa de "
            "forma interina, unas horas por semana, mientras completamos el proceso de "
            "selección?",
            "Tenemos una dev shop externa que nos hace todo y la verdad no sabemos si lo hacen "
            "bien; buscamos a alguien de nuestro lado que los supervise y les marque el rumbo.",
            "Estamos buscando CTO y se me ocurrió preguntarte directamente: ¿lo harías a tiempo "
            "parcial?",
            "Necesito a alguien que se adueñe del roadmap técnico y lidere a los {n_devs} devs "
            "que tenemos, sin que tenga que ser un fichaje full-time.",
            "Me pregunto si te interesaría ser nuestro líder técnico a medio tiempo; el equipo "
            "crece y nadie está marcando la dirección.",
            "Che, necesitamos a alguien con experiencia que agarre toda la parte técnica de la "
            "empresa unos días por semana, porque yo vengo de ventas y no doy más.",
            "Buscamos una figura de dirección técnica part-time que pueda dar la cara ante "
            "inversores, ordenar al equipo de desarrollo y decidir hacia dónde va el producto.",
            "Dirección técnica interina, dos días por semana, hasta cerrar la contratación "
            "definitiva.",
            "Le escribo porque mi socio técnico dejó la empresa y me he quedado sola con un "
            "producto que no entiendo; necesitaría a alguien que ocupe ese rol de forma "
            "temporal y a tiempo parcial.",
            "nesecitamos alguien senior q dirija a los programadores y defina la estrategia "
            "tecnica, no a tiempo completo, un par de dias x semana",
            "Queremos a alguien que se haga cargo de la estrategia tecnológica, defina cómo "
            "crece el equipo y participe en las reuniones de dirección, aunque sea solo parte "
            "de la semana y en horario de {tz}.",
        ],
        "fixed_scope_project": [
            "Necesitamos un MVP listo en {weeks} semanas.",
            "Queremos migrar nuestro monolito en {old_tech} a {new_tech}.",
            "Necesitamos una auditoría de código y seguridad antes de la Serie A.",
            "Buscamos un equipo que rehaga nuestra app desde cero.",
            "Necesitamos una due diligence técnica de una empresa que vamos a comprar.",
            "Queremos un presupuesto cerrado para construir un portal de clientes conectado al "
            "ERP.",
            "Necesitamos una prueba de concepto de un asistente con IA sobre nuestros datos.",
            "Nuestra app va lenta y se cae; necesitamos una revisión de rendimiento.",
            "Tenemos la idea validada con clientes y ahora necesitamos una primera versión "
            "funcional del producto en unas {weeks} semanas.",
            "¿Podría enviarnos una propuesta con alcance y precio cerrados para desarrollar la "
            "plataforma que le describo más abajo?",
            "Queremos pasar todo lo que tenemos en servidores propios a la nube sin parar el "
            "servicio; buscamos a alguien que se encargue de esa mudanza de principio a fin.",
            "Antes de cerrar la ronda, los inversores nos piden que alguien independiente "
            "revise el código y la seguridad de la plataforma.",
            "estamos por comprar una empresa chica y necesitamos q alguien revise a fondo su "
            "tecnologia antes de firmar",
            "La app actual es un parche sobre otro parche; queremos reescribirla bien de una "
            "vez, con un alcance cerrado y una entrega clara.",
            "Me pregunto si podrías montarnos un prototipo clicable para enseñárselo a clientes "
            "piloto en {weeks} semanas.",
            "Necesitamos conectar nuestra plataforma con el sistema de facturación de un "
            "cliente grande; es un trabajo acotado y con un plazo definido.",
            "Las pantallas tardan muchísimo en cargar y en horas pico se cae todo. Queremos que "
            "alguien lo deje rápido y estable, y después cada uno por su lado.",
            "Lo que nos falta es demostrar que la idea es técnicamente viable: una prueba "
            "pequeña y rápida que podamos enseñar a inversores.",
            "Encargo concreto: construir la versión uno de la app, entregarla y documentarla. "
            "Nada más.",
            "Buenas, queremos cotizar el desarrollo de un panel de administración para nuestros "
            "clientes, con entregables y plazos bien definidos.",
            "hola! tenemos q sacar la beta antes del lanzamiento, son {weeks} semanas, buscamos "
            "alguien q la construya de punta a punta",
            "Le agradecería que nos indicara si aceptaría encargarse, a precio fijo, de "
            "trasladar nuestra base de datos antigua a una nueva arquitectura sin perder "
            "información.",
        ],
        "team_extension": [
            "Tenemos {n_devs} desarrolladores en plantilla pero necesitamos {k} seniors más "
            "durante seis meses.",
            "Queremos sumar un QA y dos devs backend al equipo.",
            "Necesitamos reforzar el equipo con gente que empiece rápido.",
            "El equipo no da abasto, necesitamos dos o tres desarrolladores con experiencia.",
            "Necesitamos un frontend y un diseñador dedicados unos cuatro meses.",
            "¿Tu red podría aportar un par de ingenieros que trabajen con nuestro equipo?",
            "Nuestro equipo va a tope y nos vendrían genial {k} devs más que se integren con "
            "los que ya tenemos.",
            "Buscamos reforzar la plantilla con {k} ingenieros senior durante unos meses, "
            "trabajando codo con codo con nuestro equipo interno.",
            "necesitamos manos extra, somos {n_devs} programadores y no llegamos con el backlog",
            "¿Podrían proporcionarnos un squad pequeño, tipo dos devs y un QA, que se sume a "
            "nuestras dailies?",
            "Lo que nos falta es capacidad: el equipo sabe lo que hace, pero son pocos para "
            "todo lo que tenemos en la hoja de ruta.",
            "Queremos un desarrollador dedicado a jornada completa durante unos seis meses, "
            "dentro de nuestro equipo y siguiendo nuestros procesos.",
            "Me pregunto si tienes gente disponible para sumarse a nuestro equipo por un "
            "tiempo; necesitaríamos un diseñador de producto y un dev de frontend.",
            "vos tenés gente para prestarnos? nos faltan un par de devs que laburen con nuestro "
            "equipo en horario de {tz}",
            "Staff augmentation: {k} perfiles senior, integrados en nuestro equipo, mínimo tres "
            "meses.",
            "Le escribo porque necesitamos ampliar temporalmente nuestro departamento de "
            "desarrollo con ingenieros que se incorporen a nuestras rutinas y reporten a "
            "nuestro jefe de equipo.",
            "El área de QA es una sola persona y ya no da más; buscamos un par de testers que "
            "trabajen junto a ella.",
            "La dirección técnica la tenemos cubierta; lo que necesitamos son {k} "
            "desarrolladores más que se sumen al equipo actual.",
            "¿Sería posible contar con una célula de desarrollo que trabaje en paralelo con "
            "nuestro equipo mientras sacamos la nueva versión?",
            "hola! se nos juntaron muchas cosas y necesitamos refuerzos ya, gente que se ponga "
            "a codear con nosotros desde la primera semana",
        ],
        "advice": [
            "¿Podría reservar una hora contigo para pedirte consejo sobre {topic}?",
            "No busco algo largo, solo una segunda opinión sobre {topic}.",
            "¿Te animarías a una llamada pagada para hablar de {topic}?",
            "Me encantaría comentar contigo {topic}.",
            "Necesitamos una orientación puntual sobre {topic}.",
            "¿Podrías asesorarnos sobre {topic}? Con unas sesiones bastaría.",
            "¿Te puedo robar una hora, pagada por supuesto, para que me des tu visión sobre "
            "{topic}?",
            "Me vendría muy bien una call corta para contrastar ideas sobre {topic} con alguien "
            "que ya haya pasado por esto.",
            "Estamos entrevistando candidatos para CTO y no sabemos evaluarlos; ¿nos ayudarías "
            "en un par de entrevistas?",
            "Una agencia nos ha pasado un presupuesto y no tengo forma de saber si es "
            "razonable; ¿le echarías un ojo?",
            "Nada de contratos largos: un par de sesiones para ordenar las ideas sobre {topic}.",
            "Quería pedirle una revisión rápida de nuestro plan técnico antes de "
            "comprometernos; una consulta de una o dos horas sería suficiente.",
            "me pregunto si podria pedirte consejo sobre {topic}, aunque sea una charla de "
            "media hora, pagada obviamente",
            "Lo único que busco es que alguien con experiencia me diga qué haría en nuestro "
            "lugar respecto a {topic}.",
            "¿Ofrecés sesiones sueltas de mentoría? Quisiera picarte el cerebro sobre {topic}.",
            "Le agradecería una sesión de asesoramiento puntual sobre {topic}; no buscamos un "
            "compromiso continuado.",
            "Antes de contratar a nadie quiero una opinión independiente: ¿tiene sentido lo que "
            "nos propone el equipo sobre {topic}?",
            "Necesito un sanity check de nuestro plan antes de la reunión con inversores. "
            "¿Tendrías un hueco para una llamada?",
            "quiero agendar una llamada para hablar de {topic}, cuanto cobras la hora?",
            "Llevamos semanas dándole vueltas a {topic} y nos vendría bien hablarlo con alguien "
            "de fuera; con dos o tres sesiones nos arreglamos.",
        ],
    },
    "need_short": {
        "fractional_cto": [
            "un CTO fraccional",
            "un CTO a tiempo parcial",
            "un CTO interino",
            "un CTO dos días por semana",
        ],
        "fixed_scope_project": [
            "construir un MVP",
            "una migración de plataforma",
            "una auditoría de código",
            "rehacer nuestra app",
        ],
        "team_extension": [
            "dos devs senior",
            "refuerzo para el equipo",
            "un QA y un dev backend",
            "un equipo pequeño",
        ],
        "advice": [
            "asesoría técnica",
            "una segunda opinión sobre la arquitectura",
            "una hora de mentoría",
            "consejo para contratar",
        ],
    },
    "topic": [
        "nuestra arquitectura",
        "si rehacer o refactorizar la app",
        "cómo contratar a los primeros desarrolladores",
        "agencia o equipo interno",
        "nuestra hoja de ruta de IA",
        "los costes de cloud",
        "un presupuesto de una agencia",
        "el equity para un socio técnico",
    ],
    "c_hiring_cto": [
        (
            "fractional_cto",
            "Estamos contratando un CTO y quería saber si te interesaría, aunque "
            "sea a tiempo parcial al principio.",
        ),
        (
            "fractional_cto",
            "Tenemos abierta una posición de CTO. ¿Harías algo fraccional hasta "
            "que encontremos a la persona?",
        ),
        (
            "advice",
            "Vamos a contratar a nuestro primer CTO y me gustaría tu ayuda con las "
            "entrevistas y revisando currículums.",
        ),
        ("fractional_cto", "Buscamos CTO. Si no es para ti, ¿quizá alguien de tu red?"),
    ],
    "c_stack": [
        "Stack actual: {stack}.",
        "Usamos {stack}.",
        "La app está hecha con {stack}.",
        "A nivel técnico usamos {stack}, pero estamos abiertos.",
        "Nuestros devs trabajan con {stack}.",
        "Todo corre sobre {stack}.",
    ],
    "c_budget": [
        "El presupuesto es de {budget}.",
        "Tenemos {budget} para esto.",
        "Podemos pagar {budget}.",
        "Presupuesto: {budget}",
        "Pensábamos en {budget}, pero somos flexibles.",
        "Nuestro presupuesto es {budget}, ¿es realista?",
    ],
    "c_nobudget": [
        "Todavía no tenemos presupuesto definido.",
        "Presupuesto abierto según la propuesta.",
        "No sé qué presupuesto tiene sentido, me vendría bien tu opinión.",
    ],
    "c_timeline": [
        "Queremos empezar {timeline}.",
        "Plazo: {timeline}",
        "Lo ideal sería arrancar {timeline}.",
        "Necesitamos movernos {timeline}.",
    ],
    "timeline": [
        "cuanto antes",
        "el mes que viene",
        "antes de fin de trimestre",
        "en los próximos 3 meses",
        "antes del Black Friday",
        "en enero",
        "en las próximas semanas",
        "para septiembre",
    ],
    "c_ask": [
        "¿Tendrías un rato para una llamada la semana que viene?",
        "¿Estás cogiendo clientes nuevos?",
        "Dime si tú o tu red podéis ayudar.",
        "¿Hacemos una llamada de 30 minutos?",
        "¿Cuáles serían los siguientes pasos?",
        "Te cuento más en una llamada.",
        "Si no tienes hueco, una recomendación nos ayudaría mucho.",
        "¿Me podrías enviar una propuesta?",
        "Mi Calendly: calendly.com/{cal}/30min",
    ],
    "c_sig": [
        "{signoff}\n{name}\n{title}, {company}",
        "{signoff}\n{first}\n{company}",
        "{signoff}\n{name} | {title} @ {company}",
        "{signoff}\n{name}\n{title}\n{company} · {website}\n{phone}",
        "{signoff}\n\n{name}\n{company}",
    ],
    "a_sig": [
        "{signoff}\n{name}",
        "{signoff}\n{name}\n{phone}",
        "{signoff}\n{name}\n{li}",
        "-- \n{name}\n{role_cap}",
        "{signoff}\n{name} | {role_cap}",
        "{name}",
    ],
    "title": [
        "CEO",
        ("cofundador", "cofundadora"),
        ("fundador", "fundadora"),
        "COO",
        "Head of Product",
        ("socio fundador", "socia fundadora"),
        ("director general", "directora general"),
        "product manager",
        ("CEO y cofundador", "CEO y cofundadora"),
        ("socio", "socia"),
    ],
    "c_techfounder": [
        "Soy técnico ({years} años como backend en {prev1}), pero no puedo programar y llevar "
        "la empresa a la vez.",
        "Escribí la primera versión yo mismo en {stack_one}, pero no escala y tengo que "
        "centrarme en ventas.",
        "Como ex ingeniera sé lo que es bueno, pero ya no tengo tiempo.",
        "Soy desarrollador de formación, hablo el idioma, pero necesitamos un CTO de verdad.",
        "Hice el MVP los fines de semana; ahora tenemos clientes de pago y necesito ayuda.",
        "Sigo haciendo code reviews, pero necesito a alguien senior que lleve la arquitectura.",
    ],
    "c_cvs": [
        "¿Me podrías enviar los CVs de las personas que pondrías en el proyecto?",
        "¿Puedes compartir perfiles o currículums de los ingenieros que tienes en mente?",
        "Si montas un equipo, me gustaría ver sus CVs antes de cerrar.",
        "Nuestro consejo querrá ver los currículums de quien trabaje en esto.",
        "¿Tienes CVs o LinkedIn de desarrolladores disponibles?",
    ],
    "c_questions": [
        "¿Trabajáis con startups pre-semilla?",
        "¿Cuál es vuestra tarifa mensual habitual?",
        "¿Hacéis proyectos a precio cerrado?",
        "¿En cuánto tiempo podría empezar alguien?",
        "¿Podéis ayudarnos a contratar en plantilla después?",
        "¿Firmáis NDA?",
        "¿Trabajáis con fundadores no técnicos?",
    ],
    "c_rescue": [
        "La agencia que contratamos desapareció a mitad del proyecto.",
        "Pagamos a un freelance durante ocho meses y la app sigue sin funcionar.",
        "El código es un desastre y nadie del equipo lo entiende.",
        "Nuestro único desarrollador se fue la semana pasada.",
        "Los clientes se quejan de errores todos los días.",
        "Necesitamos a alguien que evalúe el daño y lo arregle.",
    ],
    "c_terse": [
        "Necesito {need_short} para {company} ({ind_word}). {budget_clause}¿Llamada esta semana?",
        "Busco {need_short}. {company}, {stage}. {budget_clause}",
        "Hola, somos {company}. Necesitamos {need_short}. {budget_clause}¿Te interesa?",
        "{company} por aquí. Buscamos {need_short}. {budget_clause}Avísame.",
    ],
    "budget_clause": [
        "Presupuesto {budget}. ",
        "Podemos pagar {budget}. ",
        "Tenemos {budget}. ",
        "Budget de {budget}. ",
    ],
    "c_rfp_open": [
        "Buscamos un socio tecnológico para el proyecto que se describe abajo.",
        "{company} busca un partner con experiencia para el siguiente proyecto.",
        "En nombre de {company}, quisiera solicitar una propuesta.",
        "Nos gustaría invitarle a enviar una propuesta para el siguiente proyecto.",
    ],
    "c_rfp_close": [
        "Quedamos a la espera de su propuesta y disponibilidad.",
        "Esperamos recibir su propuesta.",
        "Le agradeceríamos que confirmara si entra dentro de su alcance.",
        "Agradeceríamos una respuesta antes del final de la próxima semana.",
    ],
    "rfp_labels": ["Proyecto", "Alcance", "Presupuesto", "Plazo", "Tecnología", "Contacto"],
    "c_investor": [
        "Te presento a {name}, {title} de {company} (en copia). {company} es {product} y forma "
        "parte del portafolio de {fund}.",
        "Conoce a {name} ({title}, {company}), en copia. Invertimos en {company} el año pasado; "
        "son {product}.",
        "Os conecto: {name} es {title} de {company}, {product}.",
    ],
    "c_investor_mid": [
        "Buscan {need_short} y pensé en ti enseguida.",
        "{first} necesita {need_short} y fuiste el primero que me vino a la cabeza.",
        "Necesitan {need_short}. Le hablé a {first} de tu red.",
    ],
    "c_investor_close": [
        "Os dejo que sigáis vosotros.",
        "Me paso a copia oculta.",
        "{first}, ¡todo tuyo!",
    ],
    "fund": ["Sierra Ventures", "Kibo-style fund Alba", "Andes Capital", "Faro VC"],
}

DE: dict[str, Any] = {
    "roles": {
        "fractional_cto": [
            "Fractional CTO",
            "Teilzeit-CTO",
            "Interim-CTO",
            ("freiberuflicher CTO", "freiberufliche CTO"),
            "CTO auf Zeit",
            "CTO as a Service",
            ("externer CTO", "externe CTO"),
            "Fractional-CTO",
        ],
        "cto": [
            "CTO",
            ("ehemaliger CTO", "ehemalige CTO"),
            "Head of Engineering",
            ("technischer Mitgründer", "technische Mitgründerin"),
            "VP Engineering",
            ("Technischer Leiter", "Technische Leiterin"),
            "Startup-CTO",
            ("Leiter Softwareentwicklung", "Leiterin Softwareentwicklung"),
        ],
        "backend": [
            ("Backend-Entwickler", "Backend-Entwicklerin"),
            ("Softwareentwickler", "Softwareentwicklerin"),
            ("Software-Ingenieur", "Software-Ingenieurin"),
            ("Python-Entwickler", "Python-Entwicklerin"),
            "Senior Backend Engineer",
            ("Java-Entwickler", "Java-Entwicklerin"),
        ],
        "frontend": [
            ("Frontend-Entwickler", "Frontend-Entwicklerin"),
            "Frontend Engineer",
            ("React-Entwickler", "React-Entwicklerin"),
            "UI-Engineer",
        ],
        "fullstack": [
            ("Full-Stack-Entwickler", "Full-Stack-Entwicklerin"),
            "Tech Lead",
            "Senior Fullstack Engineer",
            ("Webentwickler", "Webentwicklerin"),
        ],
        "mobile": [
            ("App-Entwickler", "App-Entwicklerin"),
            ("Mobile-Entwickler", "Mobile-Entwicklerin"),
            ("iOS-Entwickler", "iOS-Entwicklerin"),
            ("Flutter-Entwickler", "Flutter-Entwicklerin"),
        ],
        "devops": [
            "DevOps-Engineer",
            ("Cloud-Architekt", "Cloud-Architektin"),
            "SRE",
            "Platform Engineer",
        ],
        "data": [
            "Data Engineer",
            "Data Scientist",
            "ML-Engineer",
            ("KI-Entwickler", "KI-Entwicklerin"),
        ],
        "qa": [
            "QA-Engineer",
            ("Testautomatisierer", "Testautomatisiererin"),
            ("Softwaretester", "Softwaretesterin"),
            ("QA-Manager", "QA-Managerin"),
            "Testingenieur",
            "QA Lead",
        ],
        "designer": [
            ("Produktdesigner", "Produktdesignerin"),
            ("UX/UI-Designer", "UX/UI-Designerin"),
            "UX Designer",
            "Product Designer",
        ],
        "product_manager": [
            ("Produktmanager", "Produktmanagerin"),
            "Product Owner",
            "Product Manager",
            ("Produktverantwortlicher", "Produktverantwortliche"),
        ],
    },
    "greet": [
        "Hallo Sergio,",
        "Hi Sergio,",
        "Lieber Sergio,",
        "Sehr geehrter Herr Pereira,",
        "Servus Sergio,",
        "Moin Sergio,",
        "Guten Tag Herr Pereira,",
        "Hallo Sergio!",
        "Grüezi Sergio,",
        "Hey Sergio,",
        "Hallo,",
        "Guten Morgen Sergio,",
        "Lieber Herr Pereira,",
        "Hallo zusammen,",
        "Servus,",
        "Hallo Sergio, ich hoffe, es geht dir gut.",
    ],
    "signoff": [
        "Viele Grüße",
        "Beste Grüße",
        "Mit freundlichen Grüßen",
        "LG",
        "Liebe Grüße",
        "VG",
        "Danke und viele Grüße",
        "Schöne Grüße aus {city}",
        "Herzliche Grüße",
        "Freundliche Grüße",
        "MfG",
        "Gruß",
        "Danke vorab und beste Grüße",
        "Bis bald",
        "Sonnige Grüße",
        "Grüße",
    ],
    "a_ctx": [
        "Ich habe gerade deinen Newsletter über die Achterbahnfahrt als Fractional CTO gelesen "
        "und mich total wiedergefunden.",
        "Ich antworte auf deine letzte Ausgabe, die über Hunger und Überfluss.",
        "Du baust ein Netzwerk aus CTOs, Entwicklern und QAs auf? Da bin ich dabei!",
        "Ich lese schon länger mit, antworte aber zum ersten Mal.",
        "Die Idee, Kundenarbeit an Leute aus deinem Netzwerk abzugeben, finde ich spannend.",
        "Danke für die Ehrlichkeit in der Mail dieser Woche.",
        "Du hast um CV/LinkedIn und etwas Kontext gebeten, also bitte sehr.",
        "Ich verfolge den Remote-Work-Newsletter seit fast einem Jahr.",
        "Das mit 'Hunger oder Überfluss' kenne ich gut, ich stecke gerade in einer Flaute.",
        "Ein Freund hat mir deinen Newsletter weitergeleitet, zum Glück.",
        "Ich habe gelesen, dass du kleine Teams für Kundenprojekte zusammenstellst.",
        "Glückwunsch zur vollen Auftragslage!",
        "Deine Mail kam genau zur richtigen Zeit.",
        "Du schreibst, dass du nächste Woche allen antwortest, also versuche ich es.",
    ],
    "a_intro": [
        "Ich bin {name}, {role} aus {city}.",
        "Mein Name ist {name} und ich arbeite seit {years} Jahren als {role}.",
        "Kurz zu mir: {first}, {role}, über {years} Jahre Erfahrung.",
        "Ich bin {role} mit {years} Jahren Berufserfahrung und lebe in {city}.",
        "Zu meiner Person: {role}, seit {since_year} komplett remote.",
        "Ich heiße {first} und war die letzten {years} Jahre als {role} tätig, meist in Startups.",
        "Hier schreibt {name}, {role} aus {country}.",
        "Ein paar Worte zu mir: Ich bin {role} und mache das seit etwa {years} Jahren.",
        "Seit {years} Jahren bin ich {role}, davon {years_recent} Jahre remote.",
        "Darf ich mich vorstellen: {name}, {role} ({years} Jahre Erfahrung).",
        "Ich bin {role} und arbeite am liebsten mit kleinen Teams.",
        "Ich arbeite als {role} von {city} aus.",
    ],
    "a_exp": [
        "Ich war {years_recent} Jahre bei {prev1}. {ach}",
        "Zuletzt war ich bei {prev1}. {ach}",
        "Ich habe mit Startups aus den Bereichen {ind1} und {ind2} gearbeitet. {ach}",
        "Ein paar Highlights: {ach} {ach2}",
        "Bevor ich mich selbstständig gemacht habe, war ich bei {prev1} und {prev2}.",
        "Stationen: {prev1}, {prev2}, jetzt freiberuflich.",
        "{ach}",
        "Seit {since_year} bin ich freiberuflich unterwegs, vor allem für Startups im DACH-Raum. "
        "{ach}",
        "Bei {prev1}: {ach}",
        "{ach} Davor war ich bei {prev2}.",
    ],
    "ach": {
        "lead": [
            "Ich habe das Engineering-Team von 3 auf 25 Leute aufgebaut.",
            "Ich habe die technische Due Diligence einer Series-A-Runde begleitet.",
            "Als Fractional CTO habe ich sechs Startups zum MVP verholfen.",
            "Ich habe technische Due Diligence für zwei VC-Fonds gemacht.",
            "Nach einer Übernahme habe ich die Plattform neu aufgestellt und die Cloudkosten "
            "halbiert.",
            "Ich habe Recruiting-Prozess und Engineering-Kultur von null aufgebaut.",
        ],
        "build": [
            "Ich habe das Payment-Backend von Grund auf gebaut.",
            "Ich habe einen Monolithen ohne Downtime in Microservices zerlegt.",
            "Ich habe die AWS-Rechnung um 40 % gesenkt.",
            "Ich habe die API auf 10.000 Requests pro Sekunde skaliert.",
            "Ich habe eine App mit über einer Million Downloads ausgeliefert.",
            "Ich habe ein Team von 5 Entwicklern geleitet.",
            "Ich habe Datenpipelines gebaut, die 2 TB am Tag verarbeiten.",
            "Ich habe das Frontend neu geschrieben und die Ladezeiten halbiert.",
        ],
        "qa": [
            "Ich habe die Testautomatisierung von null aufgebaut.",
            "Ich habe den Regressionstest von 3 Tagen auf 2 Stunden verkürzt.",
            "Ich habe den QA-Prozess für ein Fintech mit 2 Mio. Nutzern aufgesetzt.",
            "Ich habe ein QA-Team von 4 Leuten geführt; die Produktionsfehler sanken um 70 %.",
        ],
        "design": [
            "Ich habe das Onboarding neu gestaltet und die Aktivierung verdoppelt.",
            "Ich habe ein Designsystem gebaut, das vier Teams nutzen.",
            "Ich habe User Research für ein B2B-SaaS gemacht.",
            "Ich habe eine Banking-App mit einer halben Million Nutzern gestaltet.",
        ],
        "product": [
            "Ich habe drei B2B-Produkte von der Discovery bis zum Umsatz gebracht.",
            "Ich habe einen Marktplatz von 0 auf 50.000 monatliche Nutzer gebracht.",
            "Ich habe Discovery und Roadmap bei einem Series-B-Healthtech verantwortet.",
            "Ich habe OKRs und einen Produktprozess in einem 60-köpfigen Startup eingeführt.",
        ],
    },
    "prev": [
        "Zalando",
        "N26",
        "SAP",
        "einem Series-B-Fintech",
        "Delivery Hero",
        "Siemens",
        "einer Agentur",
        "Personio",
        "HelloFresh",
        "einem kleinen Startup",
        "Trade Republic",
        "einem Healthtech",
        "Celonis",
        "Otto",
        "GetYourGuide",
        "Flix",
    ],
    "ind": [
        "Fintech",
        "Gesundheit",
        "E-Commerce",
        "Bildung",
        "Logistik",
        "SaaS",
        "Handel",
        "Versicherungen",
        "Landwirtschaft",
        "Immobilien",
    ],
    "a_skills": [
        "Mein Haupt-Stack: {skills}.",
        "Ich arbeite hauptsächlich mit {skills}.",
        "Technologien: {skills}.",
        "Skills: {skills}",
        "Im Alltag nutze ich {skills}.",
        "Stark in {skills}.",
        "Stack: {skills}.",
        "Am produktivsten bin ich mit {skills}, lerne aber gern, was der Kunde nutzt.",
    ],
    "a_ask": [
        "Ich würde mich freuen, Teil deines Netzwerks zu werden und bei Kundenprojekten zu helfen.",
        "Falls du bei einem Projekt Unterstützung brauchst, bin ich verfügbar.",
        "Gern übernehme ich Kunden, für die du keine Kapazität hast.",
        "Es wäre toll, Teil deines Netzwerks aus Fractional CTOs zu sein.",
        "Behalte mich gern im Hinterkopf, wenn etwas passt.",
        "Wenn es passt, lass uns gern kurz telefonieren.",
        "Ich hätte Interesse, deinem Netzwerk beizutreten.",
        "Ich würde gern bei Festpreisprojekten im Team mitarbeiten.",
        "Ich bin dabei!",
        "Ich möchte als Fractional durchstarten und das klingt nach einem guten Einstieg.",
        "Wenn du Hilfe bei der Umsetzung für deine Kunden brauchst, unterstütze ich gern.",
        "Offen für Teilzeit- oder Projektarbeit über dein Netzwerk.",
    ],
    "a_avail": [
        "Ich habe ab {start} etwa {hours} Stunden pro Woche frei.",
        "Verfügbar {start}, ca. {hours} h/Woche.",
        "Mein Tagessatz liegt üblicherweise bei {rate}, aber ich bin flexibel.",
        "Ich kann {start} starten.",
        "Verfügbarkeit: {hours} h pro Woche, Zeitzone {tz}.",
        "Satz: {rate}. Verfügbarkeit: {hours} h/Woche.",
    ],
    "a_li": [
        "LinkedIn: {li}",
        "Hier mein LinkedIn-Profil: {li}",
        "Mein Profil: {li}",
        "Mein LinkedIn: {li}",
        "{li}",
        "Mehr über mich auf LinkedIn: {li}",
        "Linkedin -> {li}",
        "Alles Weitere auf LinkedIn: {li}",
    ],
    "a_cv": [
        "Lebenslauf anbei.",
        "Meinen Lebenslauf habe ich angehängt.",
        "Im Anhang findest du meinen CV.",
        "Anbei mein Lebenslauf.",
        "CV hängt an.",
        "Mein Lebenslauf ist als PDF angehängt.",
        "Anbei mein aktueller Lebenslauf.",
        "Den CV findest du im Anhang.",
    ],
    "a_close": [
        "Danke fürs Lesen und gute Reise!",
        "Ich freue mich auf deine Rückmeldung.",
        "Danke, dass du mich in Betracht ziehst.",
        "Bis nächste Woche hoffentlich.",
        "Schönes langes Wochenende!",
        "Danke, dass du so offen über deinen Weg schreibst.",
        "Mach weiter so mit dem Newsletter.",
        "Keine Eile, du bist ja unterwegs.",
    ],
    "a_oneliner": [
        "Hier mein LinkedIn: {li}",
        "{li} - wäre gern dabei!",
        "Dabei! {li}",
        "Interesse. Mein Profil: {li}",
        "Zähl auf mich: {li}",
        "Ich würde gern mitmachen. {li}",
        "{li}\n\n{role_cap}, {years} Jahre, {city}. Interesse!",
        "Wie gewünscht: {li}",
    ],
    "a_terse": [
        "Interesse. {cv_or_li}",
        "{role_cap}, {years} Jahre. {cv_or_li} Gern dabei.",
        "Möchte ins Netzwerk. {cv_or_li}",
        "{role_cap}, sofort verfügbar. {cv_or_li}",
        "Kann bei Überlaufprojekten helfen. {cv_or_li}",
        "Würde mich über Berücksichtigung freuen. {cv_or_li}",
        "Fractional-Arbeit passt mir perfekt. {cv_or_li}",
        "Großes Interesse. {cv_or_li}",
    ],
    "a_cvonly": [
        "Anbei mein Lebenslauf. Ich wäre sehr gern Teil deines Netzwerks.",
        "Wie gewünscht, mein Lebenslauf im Anhang.",
        "Im Anhang mein CV. Bei Fragen melde dich gern.",
        "Ich schicke dir meinen Lebenslauf, wie im Newsletter erbeten.",
        "Lebenslauf anbei, mehr Kontext gern in einem Call.",
        "CV anbei, wie im Newsletter gewünscht. Danke!",
        "Hier mein Lebenslauf. Ab sofort für freie Projekte verfügbar.",
        "Anbei mein Lebenslauf für dein Netzwerk aus Entwicklern und QAs.",
    ],
    "a_myclients": [
        "Aktuell betreue ich zwei Kunden, ein Fintech und ein Healthtech, und habe Platz für "
        "einen weiteren.",
        "Meine Kunden sind meist Gründer in der Seed-Phase, die schnell ein MVP brauchen.",
        "Die meisten meiner Kunden kommen über Empfehlungen, was super ist, bis es stockt.",
        "Letztes Jahr ist ein Kunde pleitegegangen und ich hatte monatelang Flaute.",
        "Ich kann dich gern in Projekte meiner Kunden holen, wenn dort CTO-Know-how fehlt.",
        "Meine Kunden buchen mich vor allem für Architektur-Reviews und die ersten Einstellungen.",
        "Gerade habe ich drei Kunden gleichzeitig, das ist viel.",
        "Einer meiner Kunden wurde gerade übernommen, daher suche ich das nächste Mandat.",
    ],
    "a_story": [
        "Letztes Jahr habe ich meine Festanstellung bei {prev1} gekündigt, um mich "
        "selbstständig zu machen.",
        "Die ersten Monate waren genau die Flaute, die du beschreibst.",
        "Ein paar kleine Aufträge habe ich bekommen, aber die Pipeline ist noch holprig.",
        "Am meisten fehlen mir Kollegen zum Austauschen.",
        "Ich habe gemerkt, dass mir die Abwechslung mit verschiedenen Startups gefällt.",
        "Dein Newsletter ist für mich so etwas wie ein Kompass geworden.",
        "Im Moment bin ich zwischen zwei Projekten und suche das nächste.",
        "Ich habe Familie, remote und flexibel ist für mich ein Muss.",
    ],
    "a_formal_open": [
        "ich schreibe Ihnen in Bezug auf Ihren letzten Newsletter, in dem Sie Fractional CTOs "
        "und Entwickler einladen, Ihrem Netzwerk beizutreten.",
        "hiermit möchte ich mein Interesse bekunden, Teil Ihres Netzwerks zu werden.",
        "mit großem Interesse habe ich Ihren Newsletter gelesen und bewerbe mich hiermit für "
        "Ihr Netzwerk.",
        "gestatten Sie mir, mich als Kandidat für Ihr Netzwerk vorzustellen.",
    ],
    "a_formal_body": [
        "Ich verfüge über {years} Jahre Berufserfahrung als {role}, zuletzt bei {prev1}.",
        "Im Laufe meiner Karriere habe ich mit {skills} in anspruchsvollen Produktivumgebungen "
        "gearbeitet.",
        "Ich bin überzeugt, dass ich vom ersten Tag an zu den Projekten Ihrer Kunden beitragen "
        "kann.",
        "Ich habe Informatik studiert und mit Teams über mehrere Zeitzonen hinweg gearbeitet.",
    ],
    "a_formal_close": [
        "Über ein persönliches Gespräch würde ich mich sehr freuen.",
        "Vielen Dank für Ihre Zeit.",
        "Für Rückfragen stehe ich jederzeit zur Verfügung.",
        "Ich freue mich auf Ihre Antwort.",
    ],
    "a_qfirst": [
        "Gilt das auch für {role_plural}? Falls ja, habe ich großes Interesse.",
        "Kurze Frage: Suchst du auch {role_plural}? Frage für mich selbst :)",
        "Suchst du noch Leute fürs Netzwerk? Ich würde mich gern bewerben.",
        "Nimmt das Netzwerk auch Leute außerhalb der EU? Ich sitze in {city}.",
    ],
    "labels": {
        "role": ["Rolle", "Was ich mache", "Position", "Profil"],
        "exp": ["Erfahrung", "Werdegang", "Berufserfahrung", "Stationen"],
        "stack": ["Stack", "Skills", "Technologien", "Kenntnisse"],
        "location": ["Standort", "Wohnort", "Wo", "Zeitzone"],
        "linkedin": ["LinkedIn", "Linkedin", "Profil", "LI"],
        "cv": ["Lebenslauf", "CV", "Lebenslauf", "CV"],
        "avail": ["Verfügbarkeit", "Verfügbar", "Stunden", "Kapazität"],
        "context": ["Kontext", "Über mich", "Warum", "Etwas Kontext"],
        "name": ["Name", "Vollständiger Name", "Name", "Ihr Name"],
        "email": ["E-Mail", "Email", "E-Mail-Adresse", "Ihre E-Mail"],
        "company": ["Firma", "Unternehmen", "Organisation", "Startup"],
        "message": ["Nachricht", "Ihre Nachricht", "Wie können wir helfen?", "Details"],
        "need": ["Was wir brauchen", "Bedarf", "Gesucht", "Anliegen"],
        "budget": ["Budget", "Budgetrahmen", "Budget", "Kosten"],
        "timeline": ["Zeitplan", "Wann", "Start", "Deadline"],
        "about": ["Über uns", "Wer wir sind", "Unternehmen", "Was wir machen"],
    },
    "role_plural": {
        "qa": "QA-Leute",
        "designer": "Designer",
        "product_manager": "Produktmanager",
        "engineer": "Entwickler",
        "cto": "CTOs",
        "fractional_cto": "Fractional CTOs",
    },
    "tz": ["MEZ", "CET", "UTC+1", "MESZ", "Berliner Zeit"],
    "start": [
        "nächsten Monat",
        "sofort",
        "in zwei Wochen",
        "ab Juni",
        "ab sofort",
        "nach dem Sommer",
        "zum Ersten",
        "im März",
    ],
    "rate": [
        "90 €/h",
        "750 € am Tag",
        "Tagessatz 800 €",
        "CHF 1.100/Tag",
        "85 Euro pro Stunde",
        "8.000 € im Monat",
    ],
    "c_ctx": [
        "Ich lese deinen Newsletter schon eine Weile und du scheinst der Richtige zu sein.",
        "In deiner letzten Mail schreibst du, dass du mehr Kunden annimmst, daher melde ich mich.",
        "Ein Bekannter hat mir deinen Newsletter weitergeleitet und meinte, du könntest helfen.",
        "Du stellst kleine Teams für Festpreisprojekte zusammen, genau das brauchen wir.",
        "Ich antworte nicht als Bewerber, sondern als potenzieller Kunde :)",
        "Ich weiß, du hast gerade viel um die Ohren, aber vielleicht passt das.",
        "Ich bin über deine LinkedIn-Posts auf dich gestoßen.",
        "Wir haben noch nie mit einem Fractional CTO gearbeitet, sorry für die Basisfragen.",
        "Durch deinen Newsletter weiß ich überhaupt erst, was ein Fractional CTO ist.",
        "Du schreibst, dass du bei fehlender Kapazität ein Team zusammenstellst. Perfekt.",
    ],
    "c_ref": [
        "{ref_name} von {ref_company} hat mir empfohlen, mich bei dir zu melden.",
        "{ref_name} hat mir deine Adresse gegeben und meinte, du bist der richtige "
        "Ansprechpartner.",
        "Deinen Kontakt habe ich von {ref_name}, der mit dir bei {ref_company} gearbeitet hat.",
        "{ref_name} ({ref_company}) hält große Stücke auf dich und hat dich empfohlen.",
        "Unser Investor {ref_name} von {ref_company} hat dich empfohlen.",
        "Ich wurde von {ref_name} an dich verwiesen.",
        "Mein Bekannter {ref_name} sagt, du bist dafür die erste Adresse.",
        "Die Empfehlung kommt von {ref_name} ({ref_company}).",
    ],
    "c_intro": [
        "Ich bin {title} von {company}, wir bauen {product}.",
        "Wir sind {company} und entwickeln {product}.",
        "Ich leite {company} in {city}; wir machen {product}.",
        "Ich habe {company} gegründet. Wir entwickeln {product}.",
        "Mein Name ist {name}, {title} bei {company}.",
        "{company} entwickelt {product}. Ich bin {title}.",
        "Kurz zum Kontext: Ich bin {first}, {title} bei {company} ({website}), wir bauen "
        "{product}.",
        "Wir sind ein kleines Team ({team_n} Leute) und bauen {product}; die Firma heißt "
        "{company}.",
        "Bei {company} entwickeln wir {product}.",
        "Ich schreibe im Namen von {company}; wir bieten {product}.",
    ],
    "c_stage": [
        "Wir sind {stage}.",
        "Zur Phase: {stage}.",
        "Zum Kontext: {stage}, {team_n} Leute.",
        "Aktuell sind wir {stage}.",
    ],
    "stage": [
        "in der Pre-Seed-Phase",
        "gebootstrapped und profitabel",
        "frisch nach der Seed-Runde",
        "in der Series A",
        "noch vor dem ersten Umsatz",
        "bei rund 1 Mio. € ARR",
        "von Business Angels finanziert",
        "mit ein paar bezahlten Piloten am Start",
    ],
    "c_need": {
        "fractional_cto": [
            "Wir suchen einen Fractional CTO, der die Tech-Strategie verantwortet und unsere "
            "zwei Entwickler führt.",
            "Wir brauchen jemanden Erfahrenen für die Technik, ein bis zwei Tage pro Woche.",
            "Unser CTO ist letzten Monat gegangen, wir brauchen eine Übergangslösung.",
            "Uns fehlt ein technischer Mitgründer; wir brauchen jemanden für Architektur und "
            "Recruiting.",
            "Wir möchten einen Teilzeit-CTO, der uns vor der Finanzierungsrunde berät.",
            "Ich bin nicht-technische Gründerin und brauche einen Tech-Partner, dem ich vertraue.",
            "Wir suchen einen Interim-CTO für etwa sechs Monate.",
            "Wir brauchen jemanden, der unsere externe Agentur steuert.",
            "Wir suchen eine erfahrene Person, die bei uns zwei Tage pro Woche die technische "
            "Verantwortung übernimmt und unser kleines Entwicklerteam anleitet.",
            "Was uns fehlt, ist jemand, der technisch die Richtung vorgibt – nicht in Vollzeit, "
            "aber verbindlich und über längere Zeit.",
            "unser techchef ist weg und wir brauchen jemanden der das uebergangsweise "
            "uebernimmt bis wir wen festes gefunden haben",
            "Ich frage mich, ob du dir vorstellen könntest, bei uns als technischer Kopf "
            "einzusteigen, halt nur ein paar Tage im Monat.",
            "Unsere Entwicklung liegt komplett bei einem externen Dev-Shop und niemand bei uns "
            "kann beurteilen, ob die gute Arbeit machen. Wir bräuchten jemanden, der das "
            "dauerhaft auf unserer Seite steuert.",
            "Könnten Sie sich vorstellen, bei uns die technische Leitung in Teilzeit zu "
            "übernehmen, inklusive Roadmap und Führung der Devs?",
            "Wir wollen demnächst einen CTO einstellen – wärst du bereit, die Rolle erst einmal "
            "in Teilzeit zu machen?",
            "Wir suchen per sofort eine technische Leitung im Teilpensum, rund 40 Prozent, die "
            "unser Entwicklungsteam führt und die Architekturentscheide trifft.",
            "Wir täten jemanden brauchen, der bei uns technisch das Sagen hat, halt nicht "
            "Vollzeit, aber so ein, zwei Tage die Woche fix.",
            "Gesucht: Interim-Leitung Technik, ca. 2 Tage/Woche, bis die Stelle fest besetzt ist.",
            "Ich komme aus dem Vertrieb und merke langsam, dass ich bei technischen "
            "Entscheidungen im Blindflug unterwegs bin – ich hätte gern jemanden an meiner "
            "Seite, der diesen Teil des Unternehmens längerfristig verantwortet, auch wenn es "
            "erstmal nur ein paar Stunden pro Woche sind.",
            "Hättest du Lust, bei uns so eine Art Teilzeit-Technikchef zu werden, der Strategie "
            "und Team im Blick behält?",
            "Unsere Devs sind gut, aber ihnen fehlt jemand, der Prioritäten setzt, "
            "Architekturfragen entscheidet und mit mir die technische Roadmap verantwortet – "
            "als feste Rolle auf Teilzeitbasis.",
            "suchen wen erfahrenes fuer die technische fuehrung, teilzeit reicht voellig, "
            "hauptsache jemand der entscheidet und unsere leute anleitet",
        ],
        "fixed_scope_project": [
            "Wir brauchen ein MVP in {weeks} Wochen.",
            "Wir möchten unseren {old_tech}-Monolithen auf {new_tech} migrieren.",
            "Vor der Series A brauchen wir ein Code- und Security-Audit.",
            "Wir suchen ein Team, das unsere App neu baut.",
            "Wir brauchen eine technische Due Diligence für eine Firma, die wir kaufen wollen.",
            "Wir hätten gern ein Festpreisangebot für ein Kundenportal mit ERP-Anbindung.",
            "Wir brauchen einen Proof of Concept für einen KI-Assistenten auf unseren Daten.",
            "Unsere App ist langsam und stürzt ab; wir brauchen eine Performance-Überarbeitung.",
            "Wir möchten eine erste, abgespeckte Version unserer Plattform bauen lassen, mit "
            "der wir bei Pilotkunden testen können – klar umrissen und mit festem Ende.",
            "Könnten Sie uns ein Angebot mit festem Leistungsumfang für die Entwicklung der "
            "ersten Version unserer App machen?",
            "brauchen in {weeks} wochen einen klickbaren prototyp fuer die "
            "investorengespraeche, danach sehen wir weiter",
            "Bevor wir weiterbauen, soll sich jemand Unabhängiges einmal gründlich unseren Code "
            "und die Sicherheit anschauen und uns einen Bericht mit allen Baustellen liefern.",
            "Was uns fehlt, ist eine saubere Anbindung unserer Plattform an das "
            "Buchhaltungssystem – ein klar abgegrenztes Stück Arbeit, für das wir jemanden "
            "suchen.",
            "Wir übernehmen gerade ein kleineres Softwarehaus und bräuchten vorher eine "
            "technische Prüfung: Wie gut ist der Code, wie groß sind die Risiken?",
            "Unsere Anwendung ist über die Jahre so verbastelt, dass wir sie von Grund auf neu "
            "schreiben lassen wollen. Machst du sowas?",
            "Wir möchten unsere bestehende Lösung auf eine neue Plattform überführen und suchen "
            "dafür eine Offerte mit fixem Umfang und Termin.",
            "Wir hätten gern, dass uns wer in ca. {weeks} Wochen eine funktionierende "
            "Testversion hinstellt, mit der wir zu den ersten Kunden gehen können – geht sich "
            "das aus?",
            "Anfrage: Machbarkeitsnachweis für unseren Kernalgorithmus, ca. {weeks} Wochen, mit "
            "Abschlussbericht.",
            "Würdest du auch einen abgeschlossenen Auftrag übernehmen, also: Wir beschreiben "
            "die Funktionen unserer ersten Version, du baust sie, fertig?",
            "Bei uns dauert das Laden der Seiten mittlerweile ewig, die Kunden beschweren sich "
            "und intern traut sich keiner ran – wir suchen deshalb jemanden, der sich das "
            "einmal gezielt vornimmt, die Engpässe findet und behebt, und dann ist die Sache "
            "erledigt.",
            "Ich frage mich, ob ihr auch die Übertragung unserer Daten aus dem Altsystem in die "
            "neue Lösung übernehmen würdet – einmalig und mit klarem Enddatum.",
            "Uns geht es um ein klar abgegrenztes Vorhaben: Die Schnittstelle zu unseren "
            "Partnern muss gebaut werden, Umfang und Preis würden wir gern vorab fix "
            "vereinbaren.",
        ],
        "team_extension": [
            "Wir haben {n_devs} Entwickler im Haus, brauchen aber für sechs Monate {k} weitere "
            "Seniors.",
            "Wir möchten unser Team um einen QA-Engineer und zwei Backend-Entwickler ergänzen.",
            "Wir müssen das Team mit Leuten verstärken, die schnell starten können.",
            "Das Team ist überlastet, wir brauchen zwei bis drei erfahrene Entwickler.",
            "Wir brauchen für etwa vier Monate einen Frontend-Entwickler und einen Designer.",
            "Könnte dein Netzwerk ein paar Entwickler stellen, die mit unserem Team arbeiten?",
            "Unser Team kommt mit den Aufgaben nicht mehr hinterher; wir suchen {k} erfahrene "
            "Leute, die sich in unsere Sprints einklinken.",
            "Könnten Sie uns für einige Monate zusätzliche Entwicklerinnen und Entwickler zur "
            "Verfügung stellen, die direkt mit unserem internen Team zusammenarbeiten?",
            "brauchen ein paar extra haende im team, am liebsten 2 devs die sofort loslegen "
            "koennen und bei uns in den standups mitlaufen",
            "Was uns fehlt, sind schlicht Kapazitäten: Die Architektur steht, die Leute sind "
            "gut, aber es sind zu wenige.",
            "Hast du eine kleine Squad, die bei uns ein halbes Jahr mitarbeiten könnte? Wir "
            "haben {n_devs} eigene Devs, die die Richtung vorgeben.",
            "Wir suchen zur Verstärkung unseres Entwicklungsteams zwei erfahrene Fachkräfte im "
            "Vollpensum, befristet auf rund sechs Monate.",
            "Bei uns brennt der Hut, wir bräuchten für ein paar Monate zwei, drei Leute, die "
            "unseren Entwicklern unter die Arme greifen.",
            "Gesucht: 1 dedizierter Entwickler, 6 Monate, Vollzeit, eingebunden ins bestehende "
            "Team.",
            "Hättest du jemanden fürs Testen? Unsere Devs kommen vor lauter Features nicht mehr "
            "dazu, wir bräuchten eine QA-Person, die fest bei uns mitarbeitet.",
            "Wir haben intern ein gut eingespieltes Team und wollen an der Leitung nichts "
            "ändern, aber die Roadmap für das kommende Jahr ist mit den aktuellen Leuten "
            "schlicht nicht zu schaffen – deshalb suchen wir externe Entwickler, die sich für "
            "eine gewisse Zeit bei uns einreihen und wie Teammitglieder mitarbeiten.",
            "Ich frage mich, ob du uns Leute vermitteln könntest, die unser Team ergänzen und "
            "in der Zeitzone {tz} arbeiten – idealerweise einen Designer und ein, zwei "
            "Frontend-Leute.",
            "Für die kommenden Monate benötigen wir personelle Unterstützung in Form von {k} "
            "Senior-Entwicklern, die unter unserer technischen Leitung arbeiten.",
            "Kurz gesagt: Wir haben zu viel Arbeit und zu wenig Hände. Kannst du uns ein paar "
            "gute Leute ausleihen?",
            "Unser Lead hat alles im Griff, ihm fehlt nur Unterstützung im Backend – eine "
            "Person, die sich für längere Zeit in sein Team einfügt.",
        ],
        "advice": [
            "Könnte ich eine Stunde mit dir buchen, um Rat zu {topic} zu bekommen?",
            "Ich suche kein großes Mandat, nur eine Zweitmeinung zu {topic}.",
            "Wärst du offen für einen bezahlten Call zu {topic}?",
            "Ich würde mich gern mit dir zu {topic} austauschen.",
            "Wir brauchen punktuell Beratung zu {topic}.",
            "Könntest du uns zu {topic} beraten? Ein paar Sessions würden reichen.",
            "Hätten Sie Zeit für ein bezahltes Gespräch von ein bis zwei Stunden zu {topic}? "
            "Mehr brauchen wir im Moment nicht.",
            "Ich würde gern mal dein Hirn anzapfen, konkret zu {topic}.",
            "kurze frage haettest du mal ne stunde fuer nen call zu {topic} wir zahlen natuerlich",
            "Eine Agentur hat uns ein Angebot für unsere Plattform geschickt und wir können "
            "nicht einschätzen, ob das realistisch ist – würdest du einmal draufschauen?",
            "Wir stellen bald unsere erste technische Leitung ein und wären froh, wenn du bei "
            "den Gesprächen dabei sein und uns sagen könntest, wer was taugt.",
            "Was wir bräuchten, ist weniger eine Zusammenarbeit als ein ehrlicher Blick von "
            "außen auf unseren Plan – eine Art Sanity Check, bevor wir loslegen.",
            "Wären Sie bereit, uns in zwei, drei Sitzungen zu {topic} zu beraten? Eine "
            "längerfristige Zusammenarbeit ist nicht vorgesehen.",
            "Hättest du a Stünderl für uns? Wir bräuchten deine Meinung zu {topic}, gern gegen "
            "Honorar.",
            "Bitte um bezahlten Call zu {topic}, ca. 60 Minuten.",
            "Ich frage mich, ob wir bei {topic} auf dem richtigen Weg sind – vielleicht "
            "könntest du uns in einem Gespräch ehrliches Feedback geben?",
            "Wir stehen gerade vor einer Entscheidung, bei der wir ziemlich unsicher sind, und "
            "intern hat niemand genug Erfahrung, um das fundiert zu beurteilen – deshalb wäre "
            "mir ein Austausch mit jemandem wie dir, der so etwas schon oft gesehen hat, ein "
            "paar bezahlte Stunden wert.",
            "Machst du auch einzelne Beratungstermine? Wir haben eigentlich nur eine Frage: ob "
            "unser Plan für die nächste Ausbaustufe technisch Sinn ergibt.",
            "Wir würden Sie gern punktuell als Sparringspartner hinzuziehen, für zwei oder drei "
            "Sessions, ohne feste Rolle im Unternehmen.",
            "Kein großes Ding: Wir brauchen nur jemanden, der uns zu {topic} kurz die Richtung "
            "zeigt, der Rest läuft intern.",
        ],
    },
    "need_short": {
        "fractional_cto": [
            "einen Fractional CTO",
            "einen Teilzeit-CTO",
            "einen Interim-CTO",
            "einen CTO für zwei Tage die Woche",
        ],
        "fixed_scope_project": [
            "ein MVP",
            "eine Plattform-Migration",
            "ein Code-Audit",
            "einen Neubau unserer App",
        ],
        "team_extension": [
            "zwei Senior-Entwickler",
            "Verstärkung fürs Team",
            "einen QA und einen Backend-Entwickler",
            "ein kleines Dev-Team",
        ],
        "advice": [
            "technische Beratung",
            "eine Zweitmeinung zur Architektur",
            "eine Stunde Sparring",
            "Rat beim Recruiting",
        ],
    },
    "topic": [
        "unserer Architektur",
        "Neubau oder Refactoring",
        "den ersten Entwickler-Einstellungen",
        "Agentur vs. eigenes Team",
        "unserer KI-Roadmap",
        "unseren Cloudkosten",
        "einem Agenturangebot",
        "Equity für einen Tech-Mitgründer",
    ],
    "c_hiring_cto": [
        (
            "fractional_cto",
            "Wir stellen einen CTO ein und ich wollte fragen, ob du Interesse "
            "hättest, gern auch erst in Teilzeit.",
        ),
        (
            "fractional_cto",
            "Wir haben eine offene CTO-Stelle. Würdest du das als Fractional "
            "übernehmen, bis wir jemanden finden?",
        ),
        (
            "advice",
            "Wir wollen unseren ersten CTO einstellen und hätten gern deine Hilfe bei "
            "den Interviews und beim Sichten der Lebensläufe.",
        ),
        (
            "fractional_cto",
            "Wir suchen einen CTO. Wenn das nichts für dich ist, vielleicht "
            "jemand aus deinem Netzwerk?",
        ),
    ],
    "c_stack": [
        "Aktueller Stack: {stack}.",
        "Wir setzen auf {stack}.",
        "Die App basiert auf {stack}.",
        "Technisch nutzen wir {stack}, sind aber offen.",
        "Unsere Entwickler arbeiten mit {stack}.",
        "Alles läuft auf {stack}.",
    ],
    "c_budget": [
        "Das Budget liegt bei {budget}.",
        "Wir haben {budget} dafür eingeplant.",
        "Wir können {budget} zahlen.",
        "Budget: {budget}",
        "Wir dachten an {budget}, sind aber flexibel.",
        "Unser Budget: {budget} – ist das realistisch?",
    ],
    "c_nobudget": [
        "Ein Budget haben wir noch nicht festgelegt.",
        "Budget ist offen, je nach Angebot.",
        "Ich weiß nicht, welches Budget sinnvoll ist, deine Einschätzung wäre super.",
    ],
    "c_timeline": [
        "Wir würden gern {timeline} starten.",
        "Zeitplan: {timeline}",
        "Idealerweise legen wir {timeline} los.",
        "Wir müssen {timeline} loslegen.",
    ],
    "timeline": [
        "so bald wie möglich",
        "nächsten Monat",
        "bis Ende Q3",
        "in den nächsten 3 Monaten",
        "vor dem Weihnachtsgeschäft",
        "im Januar",
        "in den nächsten Wochen",
        "bis September",
    ],
    "c_ask": [
        "Hättest du nächste Woche Zeit für einen kurzen Call?",
        "Nimmst du gerade neue Kunden an?",
        "Sag gern Bescheid, ob du oder dein Netzwerk helfen könnt.",
        "Können wir einen 30-Minuten-Call ausmachen?",
        "Wie wären die nächsten Schritte?",
        "Gern erzähle ich mehr in einem Call.",
        "Falls du keine Kapazität hast, wäre eine Empfehlung super.",
        "Kannst du mir ein Angebot schicken?",
        "Mein Calendly: calendly.com/{cal}/30min",
    ],
    "c_sig": [
        "{signoff}\n{name}\n{title}, {company}",
        "{signoff}\n{first}\n{company}",
        "{signoff}\n{name} | {title} @ {company}",
        "{signoff}\n{name}\n{title}\n{company} · {website}\n{phone}",
        "{signoff}\n\n{name}\n{company}",
    ],
    "a_sig": [
        "{signoff}\n{name}",
        "{signoff}\n{name}\n{phone}",
        "{signoff}\n{name}\n{li}",
        "-- \n{name}\n{role_cap}",
        "{signoff}\n{name} | {role_cap}",
        "{name}",
    ],
    "title": [
        "CEO",
        ("Mitgründer", "Mitgründerin"),
        ("Gründer", "Gründerin"),
        ("Geschäftsführer", "Geschäftsführerin"),
        "Head of Product",
        "COO",
        ("Geschäftsführender Gesellschafter", "Geschäftsführende Gesellschafterin"),
        ("Produktmanager", "Produktmanagerin"),
        ("Gründer und CEO", "Gründerin und CEO"),
        ("Inhaber", "Inhaberin"),
    ],
    "c_techfounder": [
        "Ich bin selbst technisch ({years} Jahre Backend bei {prev1}), kann aber nicht "
        "gleichzeitig programmieren und die Firma führen.",
        "Die erste Version habe ich selbst in {stack_one} geschrieben, aber sie skaliert nicht "
        "und ich muss mich um den Vertrieb kümmern.",
        "Als ehemalige Entwicklerin weiß ich, wie gute Arbeit aussieht, mir fehlt nur die Zeit.",
        "Ich komme aus der Entwicklung und kann mitreden, aber wir brauchen einen echten CTO.",
        "Das MVP habe ich an Wochenenden gebaut; jetzt haben wir zahlende Kunden.",
        "Code-Reviews mache ich noch selbst, aber die Architektur braucht jemanden Erfahrenen.",
    ],
    "c_cvs": [
        "Kannst du mir die Lebensläufe der Leute schicken, die du einsetzen würdest?",
        "Kannst du Profile oder CVs der Entwickler teilen, an die du denkst?",
        "Falls du ein Team zusammenstellst, würde ich vorher gern die Lebensläufe sehen.",
        "Unser Beirat will die CVs der Beteiligten sehen.",
        "Hast du Lebensläufe oder LinkedIn-Profile verfügbarer Entwickler?",
    ],
    "c_questions": [
        "Arbeitet ihr mit Pre-Seed-Startups?",
        "Was kostet das typischerweise im Monat?",
        "Macht ihr Festpreisprojekte?",
        "Wie schnell könnte jemand starten?",
        "Könnt ihr später auch beim Recruiting helfen?",
        "Unterschreibt ihr NDAs?",
        "Arbeitet ihr mit nicht-technischen Gründern?",
    ],
    "c_rescue": [
        "Unsere Agentur ist mitten im Projekt abgetaucht.",
        "Wir haben einen Freelancer acht Monate bezahlt und die App läuft immer noch nicht.",
        "Der Code ist ein Chaos und niemand im Team versteht ihn.",
        "Unser einziger Entwickler hat letzte Woche gekündigt.",
        "Kunden beschweren sich täglich über Bugs.",
        "Wir brauchen jemanden, der den Schaden bewertet und aufräumt.",
    ],
    "c_terse": [
        "Brauche {need_short} für {company} ({ind_word}). {budget_clause}Call diese Woche?",
        "Suche {need_short}. {company}, {stage}. {budget_clause}",
        "Hallo, wir sind {company}. Wir brauchen {need_short}. {budget_clause}Interesse?",
        "{company} hier. Gesucht: {need_short}. {budget_clause}Gib Bescheid.",
    ],
    "budget_clause": [
        "Budget {budget}. ",
        "Wir zahlen {budget}. ",
        "{budget} verfügbar. ",
        "Budget ca. {budget}. ",
    ],
    "c_rfp_open": [
        "Wir suchen einen Technologiepartner für das unten beschriebene Projekt.",
        "{company} sucht einen erfahrenen Partner für folgendes Vorhaben.",
        "Im Namen von {company} möchte ich ein Angebot anfragen.",
        "Wir laden Sie ein, ein Angebot für das folgende Projekt abzugeben.",
    ],
    "c_rfp_close": [
        "Wir freuen uns auf Ihr Angebot und Ihre Verfügbarkeit.",
        "Wir sehen Ihrem Angebot mit Interesse entgegen.",
        "Bitte bestätigen Sie, ob dies in Ihren Leistungsumfang fällt.",
        "Über eine Rückmeldung bis Ende nächster Woche würden wir uns freuen.",
    ],
    "rfp_labels": ["Projekt", "Umfang", "Budget", "Zeitrahmen", "Technologie", "Kontakt"],
    "c_investor": [
        "darf ich dir {name} vorstellen, {title} von {company} (in CC)? {company} entwickelt "
        "{product} und gehört zum Portfolio von {fund}.",
        "ich möchte dich mit {name} ({title}, {company}) bekannt machen, in CC. Wir sind "
        "letztes Jahr bei {company} eingestiegen; sie bauen {product}.",
        "kurze Intro: {name} ist {title} von {company}, sie entwickeln {product}.",
    ],
    "c_investor_mid": [
        "Sie suchen {need_short} und ich musste sofort an dich denken.",
        "{first} braucht {need_short}, und du warst mein erster Gedanke.",
        "Sie brauchen {need_short}. Ich habe {first} von deinem Netzwerk erzählt.",
    ],
    "c_investor_close": [
        "Ich überlasse euch den Rest.",
        "Ich verschiebe mich ins BCC.",
        "{first}, übernimm gern!",
    ],
    "fund": ["Alpen Capital", "Spree Ventures", "Isar Partners", "Rhein VC"],
}

FR: dict[str, Any] = {
    "roles": {
        "fractional_cto": [
            "CTO à temps partagé",
            ("CTO fractionné", "CTO fractionnée"),
            "CTO freelance",
            "CTO de transition",
            ("CTO externalisé", "CTO externalisée"),
            "Fractional CTO",
            "CTO à temps partiel",
            "CTO as a service",
        ],
        "cto": [
            "CTO",
            ("ancien CTO", "ancienne CTO"),
            ("directeur technique", "directrice technique"),
            "VP Engineering",
            ("cofondateur technique", "cofondatrice technique"),
            "Head of Engineering",
            "CTO de startup",
            ("responsable technique", "responsable technique"),
        ],
        "backend": [
            ("développeur backend", "développeuse backend"),
            ("ingénieur logiciel", "ingénieure logiciel"),
            ("développeur Python", "développeuse Python"),
            "dev back-end",
            ("développeur senior", "développeuse senior"),
            ("développeur Java", "développeuse Java"),
        ],
        "frontend": [
            ("développeur front", "développeuse front"),
            ("intégrateur React", "intégratrice React"),
            "dev front-end",
            ("ingénieur frontend", "ingénieure frontend"),
        ],
        "fullstack": [
            ("développeur full-stack", "développeuse full-stack"),
            "lead dev",
            ("ingénieur full stack", "ingénieure full stack"),
            "tech lead",
        ],
        "mobile": [
            ("développeur mobile", "développeuse mobile"),
            "dev Flutter",
            ("développeur iOS", "développeuse iOS"),
            "dev mobile",
        ],
        "devops": [
            ("ingénieur DevOps", "ingénieure DevOps"),
            "SRE",
            ("architecte cloud", "architecte cloud"),
            "ingénieur plateforme",
        ],
        "data": [
            "data engineer",
            "data scientist",
            ("ingénieur machine learning", "ingénieure machine learning"),
            ("ingénieur IA", "ingénieure IA"),
        ],
        "qa": [
            ("ingénieur QA", "ingénieure QA"),
            ("testeur", "testeuse"),
            ("ingénieur en automatisation de tests", "ingénieure en automatisation de tests"),
            "QA lead",
            "QA automaticien",
            "responsable qualité logicielle",
        ],
        "designer": ["designer produit", "UX/UI designer", "designer UX", "product designer"],
        "product_manager": [
            ("chef de produit", "cheffe de produit"),
            "product manager",
            "product owner",
            "PM",
        ],
    },
    "greet": [
        "Bonjour Sergio,",
        "Salut Sergio,",
        "Cher Sergio,",
        "Bonjour Monsieur Pereira,",
        "Hello Sergio,",
        "Coucou Sergio !",
        "Bonjour,",
        "Bonsoir Sergio,",
        "Salut Sergio !",
        "Bonjour Sergio, j'espère que tu vas bien.",
        "Sergio,",
        "Madame, Monsieur,",
        "Cher Monsieur Pereira,",
        "Hello,",
        "Bonjour à toi Sergio,",
        "Yo Sergio,",
    ],
    "signoff": [
        "Cordialement,",
        "Bien à vous,",
        "Merci,",
        "Belle journée,",
        "Bonne journée,",
        "À bientôt,",
        "Bien cordialement,",
        "Amicalement,",
        "Merci d'avance,",
        "Au plaisir,",
        "Bonne route,",
        "Bises,",
        "Belle fin de semaine,",
        "À très vite,",
        "Salutations,",
        "Merci beaucoup,",
    ],
    "a_ctx": [
        "Je viens de lire ta newsletter sur les montagnes russes du métier de CTO fractionné et "
        "je m'y suis complètement retrouvé.",
        "Je réponds à ta dernière édition, celle sur la famine et l'abondance.",
        "J'ai vu que tu montes un réseau de CTOs, d'ingénieurs et de QA, j'en suis !",
        "Je te lis depuis un moment, c'est la première fois que je réponds.",
        "L'idée de déléguer du travail client à ton réseau m'a interpellé.",
        "J'ai adoré l'honnêteté de ton mail de cette semaine.",
        "Tu demandais un CV/LinkedIn et un peu de contexte, alors voilà.",
        "Je suis la newsletter Remote Work depuis presque un an.",
        "Le passage sur 'la famine ou le festin' m'a parlé, je suis en pleine disette.",
        "Un ami m'a transféré ta newsletter et j'en suis ravi.",
        "J'ai vu que tu montes de petites équipes pour des projets clients.",
        "Bravo pour cette période faste !",
        "Ton mail est arrivé au bon moment.",
        "Tu as dit que tu répondrais à tout le monde la semaine prochaine, alors je tente.",
    ],
    "a_intro": [
        "Je suis {name}, {role} à {city}.",
        "Je m'appelle {name} et je travaille comme {role} depuis {years} ans.",
        "Petite présentation : {first}, {role}, plus de {years} ans d'expérience.",
        "Je suis {role} avec {years} ans d'expérience, basé à {city}.",
        "Côté parcours : {role}, en full remote depuis {since_year}.",
        "Moi c'est {first}. Ces {years} dernières années j'ai été {role}, surtout en startup.",
        "Ici {name}, {role} depuis {city}.",
        "Quelques mots sur moi : je suis {role} et je fais ça depuis environ {years} ans.",
        "Je suis {role} depuis {years} ans, dont {years_recent} en remote.",
        "Enchanté, {name}, {role} ({years} ans d'XP).",
        "Je suis {role} et j'adore travailler avec des petites équipes.",
        "J'exerce comme {role} depuis {city}.",
    ],
    "a_exp": [
        "J'ai passé {years_recent} ans chez {prev1}. {ach}",
        "Dernièrement j'étais chez {prev1}. {ach}",
        "J'ai travaillé avec des startups dans la {ind1} et la {ind2}. {ach}",
        "Quelques faits marquants : {ach} {ach2}",
        "Avant de me lancer en freelance, j'étais chez {prev1} puis {prev2}.",
        "Parcours : {prev1}, {prev2}, et maintenant freelance.",
        "{ach}",
        "Je suis freelance depuis {since_year}, surtout pour des startups françaises et belges. "
        "{ach}",
        "Chez {prev1} : {ach}",
        "{ach} Avant ça, j'étais chez {prev2}.",
    ],
    "ach": {
        "lead": [
            "J'ai fait passer l'équipe tech de 3 à 25 personnes.",
            "J'ai piloté la due diligence technique d'une série A.",
            "J'ai aidé six startups à sortir leur MVP en tant que CTO à temps partagé.",
            "J'ai réalisé des due diligences techniques pour deux fonds de VC.",
            "J'ai refondu la plateforme après un rachat et divisé par deux les coûts cloud.",
            "J'ai mis en place le recrutement et la culture engineering de zéro.",
        ],
        "build": [
            "J'ai construit le backend de paiement from scratch.",
            "J'ai migré un monolithe en microservices sans interruption.",
            "J'ai réduit la facture AWS de 40 %.",
            "J'ai fait monter l'API à 10 000 requêtes par seconde.",
            "J'ai livré une appli qui a dépassé le million de téléchargements.",
            "J'ai encadré une équipe de 5 développeurs.",
            "J'ai monté des pipelines de données qui traitent 2 To par jour.",
            "J'ai réécrit le front et divisé les temps de chargement par deux.",
        ],
        "qa": [
            "J'ai mis en place l'automatisation des tests de zéro.",
            "J'ai fait passer la non-régression de 3 jours à 2 heures.",
            "J'ai construit le process QA d'une fintech à 2 millions d'utilisateurs.",
            "J'ai dirigé une équipe de 4 QA et réduit les bugs en prod de 70 %.",
        ],
        "design": [
            "J'ai repensé l'onboarding et doublé l'activation.",
            "J'ai créé un design system utilisé par quatre équipes.",
            "J'ai mené la recherche utilisateur pour un SaaS B2B.",
            "J'ai conçu une appli bancaire utilisée par un demi-million de personnes.",
        ],
        "product": [
            "J'ai lancé trois produits B2B, de la discovery au chiffre d'affaires.",
            "J'ai fait passer une marketplace de 0 à 50 000 utilisateurs mensuels.",
            "J'ai piloté discovery et roadmap dans une healthtech en série B.",
            "J'ai introduit les OKR et un vrai process produit dans une startup de 60 personnes.",
        ],
    },
    "prev": [
        "Doctolib",
        "BlaBlaCar",
        "Qonto",
        "une fintech en série B",
        "Criteo",
        "Capgemini",
        "une ESN",
        "Alan",
        "Back Market",
        "une petite agence",
        "OVHcloud",
        "une startup santé",
        "Ubisoft",
        "Deezer",
        "Mirakl",
        "Swile",
    ],
    "ind": [
        "fintech",
        "santé",
        "e-commerce",
        "éducation",
        "logistique",
        "SaaS",
        "retail",
        "assurance",
        "agritech",
        "immobilier",
    ],
    "a_skills": [
        "Ma stack principale : {skills}.",
        "Je travaille surtout avec {skills}.",
        "Technos : {skills}.",
        "Compétences : {skills}",
        "Au quotidien j'utilise {skills}.",
        "Solide en {skills}.",
        "Stack : {skills}.",
        "Je suis le plus efficace en {skills}, mais je m'adapte à la stack du client.",
    ],
    "a_ask": [
        "J'adorerais rejoindre ton réseau et aider sur des projets clients.",
        "Si tu as besoin de renfort sur un projet, je suis disponible.",
        "Je prends volontiers les clients que tu ne peux pas accompagner.",
        "Ce serait top de faire partie de ton réseau de CTO à temps partagé.",
        "N'hésite pas à penser à moi si quelque chose colle.",
        "Si ça matche, on peut s'appeler quand tu veux.",
        "Je serais ravi de rejoindre le réseau dont tu parles.",
        "J'aimerais être considéré pour les équipes sur des projets au forfait.",
        "J'en suis !",
        "Je veux lancer ma carrière en temps partagé et ça me semble un super point de départ.",
        "Si tu as besoin de bras pour livrer tes clients, je suis là.",
        "Ouvert à des missions à temps partiel ou au forfait via ton réseau.",
    ],
    "a_avail": [
        "J'ai environ {hours} heures par semaine de dispo à partir de {start}.",
        "Disponible {start}, environ {hours} h/semaine.",
        "Mon TJM est en général de {rate}, mais je suis flexible.",
        "Je peux démarrer {start}.",
        "Dispo : {hours} h par semaine, fuseau {tz}.",
        "Tarif : {rate}. Dispo : {hours} h/semaine.",
    ],
    "a_li": [
        "LinkedIn : {li}",
        "Voici mon LinkedIn : {li}",
        "Mon profil : {li}",
        "Mon LinkedIn : {li}",
        "{li}",
        "Plus d'infos sur mon LinkedIn : {li}",
        "Linkedin -> {li}",
        "Tout est sur mon LinkedIn : {li}",
    ],
    "a_cv": [
        "CV en pièce jointe.",
        "Je joins mon CV.",
        "Vous trouverez mon CV en PJ.",
        "Mon CV est en PJ.",
        "Ci-joint mon CV.",
        "Mon CV est joint (PDF).",
        "Je te joins mon CV à jour.",
        "Tu trouveras mon CV en pièce jointe.",
    ],
    "a_close": [
        "Merci pour la lecture et bon voyage !",
        "Au plaisir d'échanger.",
        "Merci de considérer mon profil.",
        "En espérant te lire la semaine prochaine.",
        "Bon long week-end !",
        "Merci de partager ton parcours aussi ouvertement.",
        "Continue comme ça avec la newsletter.",
        "Rien ne presse, je sais que tu voyages.",
    ],
    "a_oneliner": [
        "Voici mon LinkedIn : {li}",
        "{li} - je serais ravi d'en être !",
        "J'en suis ! {li}",
        "Intéressé. Mon profil : {li}",
        "Compte sur moi : {li}",
        "Je veux rejoindre le réseau. {li}",
        "{li}\n\n{role_cap}, {years} ans, {city}. Partant !",
        "Comme demandé : {li}",
    ],
    "a_terse": [
        "Intéressé. {cv_or_li}",
        "{role_cap}, {years} ans d'XP. {cv_or_li} Partant.",
        "Je veux rejoindre le réseau. {cv_or_li}",
        "{role_cap}, dispo tout de suite. {cv_or_li}",
        "Je peux aider sur les projets en trop. {cv_or_li}",
        "J'aimerais être considérée. {cv_or_li}",
        "Le temps partagé me convient parfaitement. {cv_or_li}",
        "Très intéressée. {cv_or_li}",
    ],
    "a_cvonly": [
        "Vous trouverez mon CV en pièce jointe. J'aimerais beaucoup rejoindre votre réseau.",
        "Comme demandé, mon CV est en PJ.",
        "Ci-joint mon CV. N'hésite pas si tu as besoin d'autre chose.",
        "Je t'envoie mon CV comme demandé dans la newsletter.",
        "CV en PJ, je peux donner plus de contexte en visio.",
        "CV ci-joint suite à ta newsletter. Merci !",
        "Voici mon CV. Disponible pour des missions freelance dès maintenant.",
        "Je joins mon CV pour ton réseau d'ingénieurs et de QA.",
    ],
    "a_myclients": [
        "En ce moment j'accompagne deux clients, une fintech et une healthtech, et j'ai de la "
        "place pour un troisième.",
        "Mes clients sont surtout des fondateurs en seed qui ont besoin d'un MVP rapidement.",
        "La plupart de mes clients viennent du bouche-à-oreille, super jusqu'au jour où ça "
        "s'arrête.",
        "L'an dernier un client a fait faillite et j'ai connu des mois de disette.",
        "Je peux t'impliquer dans des projets de mes clients quand il manque un profil CTO.",
        "Mes clients me sollicitent surtout pour des revues d'architecture et leurs premiers "
        "recrutements.",
        "J'ai trois clients en parallèle en ce moment et c'est beaucoup.",
        "Un de mes clients vient d'être racheté, donc je cherche ma prochaine mission.",
    ],
    "a_story": [
        "L'an dernier j'ai quitté mon CDI chez {prev1} pour me mettre à mon compte.",
        "Les premiers mois ont été exactement la disette que tu décris.",
        "J'ai décroché quelques petites missions, mais le pipe reste irrégulier.",
        "Ce qui me manque le plus, ce sont des pairs avec qui échanger.",
        "J'ai découvert que j'aime la variété de travailler avec plusieurs startups.",
        "Ta newsletter est devenue une sorte de boussole pour moi.",
        "Là je suis entre deux missions et je cherche la suivante.",
        "J'ai une famille, donc le remote et la flexibilité sont indispensables.",
    ],
    "a_formal_open": [
        "Je me permets de vous écrire suite à votre dernière newsletter, dans laquelle vous "
        "invitiez CTO à temps partagé et ingénieurs à rejoindre votre réseau.",
        "Je souhaite vous faire part de mon intérêt pour rejoindre votre réseau de "
        "professionnels à distance.",
        "Par la présente, je vous adresse ma candidature pour intégrer votre réseau.",
        "Permettez-moi de me présenter en tant que candidat à votre réseau.",
    ],
    "a_formal_body": [
        "Je dispose de {years} ans d'expérience professionnelle en tant que {role}, "
        "dernièrement chez {prev1}.",
        "Au cours de ma carrière, j'ai travaillé avec {skills} dans des environnements de "
        "production exigeants.",
        "Je suis convaincu que mon expérience me permettrait de contribuer aux projets de vos "
        "clients dès le premier jour.",
        "Diplômé d'une école d'ingénieurs, j'ai travaillé avec des équipes sur plusieurs fuseaux "
        "horaires.",
    ],
    "a_formal_close": [
        "Je serais ravi d'en discuter avec vous.",
        "Je vous remercie pour votre attention.",
        "Je reste à votre disposition pour tout complément d'information.",
        "Dans l'attente de votre retour.",
    ],
    "a_qfirst": [
        "Est-ce que c'est ouvert aux {role_plural} aussi ? Si oui, je suis très intéressé.",
        "Petite question : tu cherches aussi des {role_plural} ? Je demande pour moi :)",
        "Tu cherches toujours du monde pour le réseau ? Je voudrais candidater.",
        "Le réseau accepte des gens hors d'Europe ? Je suis à {city}.",
    ],
    "labels": {
        "role": ["Poste", "Ce que je fais", "Rôle", "Profil"],
        "exp": ["Expérience", "Parcours", "Années d'expérience", "Historique"],
        "stack": ["Stack", "Compétences", "Technos", "Savoir-faire"],
        "location": ["Localisation", "Ville", "Où", "Fuseau"],
        "linkedin": ["LinkedIn", "Linkedin", "Profil", "LI"],
        "cv": ["CV", "Curriculum", "Résumé", "CV"],
        "avail": ["Disponibilité", "Dispo", "Heures", "Charge"],
        "context": ["Contexte", "À propos de moi", "Pourquoi", "Un peu de contexte"],
        "name": ["Nom", "Nom complet", "Nom", "Votre nom"],
        "email": ["E-mail", "Email", "Adresse e-mail", "Votre e-mail"],
        "company": ["Entreprise", "Société", "Organisation", "Startup"],
        "message": ["Message", "Votre message", "Comment pouvons-nous vous aider ?", "Détails"],
        "need": ["Notre besoin", "Besoin", "Nous cherchons", "Demande"],
        "budget": ["Budget", "Enveloppe", "Budget", "Montant"],
        "timeline": ["Calendrier", "Quand", "Démarrage", "Échéance"],
        "about": ["À propos", "Qui sommes-nous", "Entreprise", "Ce que nous faisons"],
    },
    "role_plural": {
        "qa": "QA",
        "designer": "designers",
        "product_manager": "chefs de produit",
        "engineer": "développeurs",
        "cto": "CTO",
        "fractional_cto": "CTO à temps partagé",
    },
    "tz": ["CET", "heure de Paris", "UTC+1", "GMT+1", "heure de Montréal"],
    "start": [
        "le mois prochain",
        "immédiatement",
        "dans deux semaines",
        "à partir de juin",
        "dès maintenant",
        "après l'été",
        "au 1er du mois",
        "en mars",
    ],
    "rate": [
        "TJM 600 €",
        "650 €/jour",
        "80 € de l'heure",
        "TJM 750€ HT",
        "7 000 € par mois",
        "550 € HT/jour",
    ],
    "c_ctx": [
        "Je te lis depuis un moment et tu me sembles la bonne personne.",
        "Dans ton dernier mail tu disais prendre plus de clients, alors je me lance.",
        "Un ami m'a transféré ta newsletter en me disant que tu pourrais nous aider.",
        "Tu montes de petites équipes pour des projets au forfait, c'est pile ce qu'il nous faut.",
        "Je ne réponds pas pour rejoindre le réseau, c'est plutôt une demande client :)",
        "Je sais que tu es débordé, mais ça pourrait t'intéresser.",
        "Je t'ai découvert via tes posts LinkedIn.",
        "Nous n'avons jamais travaillé avec un CTO à temps partagé, pardon si mes questions sont "
        "basiques.",
        "C'est grâce à ta newsletter que j'ai découvert le métier de CTO à temps partagé.",
        "Tu écris que quand tu manques de temps tu montes une équipe. Parfait pour nous.",
    ],
    "c_ref": [
        "{ref_name}, de chez {ref_company}, m'a conseillé de te contacter.",
        "{ref_name} m'a donné ton adresse en me disant que tu étais la bonne personne.",
        "J'ai eu ton contact par {ref_name}, qui a travaillé avec toi chez {ref_company}.",
        "{ref_name} ({ref_company}) dit le plus grand bien de toi et m'a recommandé de t'écrire.",
        "Notre investisseur {ref_name}, chez {ref_company}, t'a recommandé.",
        "C'est {ref_name} qui m'a orienté vers toi.",
        "Mon ami {ref_name} dit que tu es la référence sur le sujet.",
        "La recommandation vient de {ref_name} ({ref_company}).",
    ],
    "c_intro": [
        "Je suis {title} de {company}, {product}.",
        "Nous sommes {company} : {product}.",
        "Je dirige {company}, {product}, à {city}.",
        "J'ai fondé {company}. Nous construisons {product}.",
        "Je m'appelle {name}, {title} chez {company}.",
        "{company}, c'est {product}. J'en suis {title}.",
        "Pour le contexte : je suis {first}, {title} chez {company} ({website}), {product}.",
        "Nous sommes une petite équipe ({team_n} personnes) qui construit {product} ; la boîte "
        "s'appelle {company}.",
        "Chez {company}, nous développons {product}.",
        "Je vous écris au nom de {company}, {product}.",
    ],
    "c_stage": [
        "Nous sommes {stage}.",
        "Côté maturité : {stage}.",
        "Pour le contexte : {stage}, {team_n} personnes.",
        "On est {stage}.",
    ],
    "stage": [
        "en pré-amorçage",
        "autofinancés et rentables",
        "tout juste sortis d'une levée d'amorçage",
        "en série A",
        "pas encore en revenus",
        "à environ 1 M€ d'ARR",
        "financés par des business angels",
        "avec quelques pilotes payants",
    ],
    "c_need": {
        "fractional_cto": [
            "Nous cherchons un CTO à temps partagé pour porter la stratégie tech et encadrer nos "
            "deux développeurs.",
            "Il nous faut quelqu'un de senior côté tech, un ou deux jours par semaine.",
            "Notre CTO est parti le mois dernier, il nous faut quelqu'un le temps de recruter.",
            "Nous n'avons pas d'associé technique et avons besoin de quelqu'un pour "
            "l'architecture et le recrutement.",
            "Nous voulons un CTO à temps partiel pour prendre les bonnes décisions avant la levée.",
            "Je suis fondatrice non technique et j'ai besoin d'un partenaire tech de confiance.",
            "Nous cherchons un CTO de transition pour environ six mois.",
            "Il nous faut quelqu'un pour piloter l'agence qui développe notre appli.",
            "Ce qui nous manque, c'est quelqu'un qui tienne la barre côté technique deux jours "
            "par semaine, sans forcément être chez nous à plein temps.",
            "salut je cherche qqn pour prendre la direction tech a mi temps on a {n_devs} devs "
            "et personne pour les encadrer",
            "Seriez-vous disposé à assumer la direction technique de notre société à temps "
            "partiel, le temps que nous trouvions la bonne personne en interne ?",
            "Je suis plutôt côté business et je n'y connais rien en technique : j'ai besoin de "
            "quelqu'un qui prenne les décisions techniques avec moi et me dise quand on fait "
            "fausse route.",
            "Notre prestataire développe l'appli mais personne chez nous n'est capable de "
            "vérifier ce qu'il fait ; on cherche quelqu'un pour les tenir à l'œil et valider "
            "leurs choix, quelques jours par mois.",
            "On se cherche un genre de VP techno à temps partiel, quelqu'un qui va prendre en "
            "charge toute la patente technique pendant qu'on se trouve une personne à temps "
            "plein.",
            "Tu saurais reprendre la direction technique chez nous une fois, deux jours par "
            "semaine, le temps qu'on engage quelqu'un ?",
            "Nous recherchons une personne qui puisse reprendre la responsabilité de la feuille "
            "de route technique à un taux de 40 %, le temps de stabiliser l'équipe.",
            "Est-ce que tu accepterais de devenir notre directeur technique, mais seulement "
            "quelques jours par semaine ?",
            "Besoin d'un CTO freelance, 2 j/semaine, pour lead l'équipe et fixer le cap.",
            "Je me demande si tu accepterais de jouer chez nous le rôle d'associé technique, "
            "mais en temps partagé : porter la vision, arbitrer les choix, faire grandir "
            "l'équipe.",
            "Pour tout vous dire, depuis le départ de notre associé technique c'est un peu le "
            "flou : les devs font de leur mieux mais personne ne fixe le cap ni ne tranche sur "
            "l'archi, et c'est précisément ce rôle-là, même à temps partiel, que nous voudrions "
            "confier à quelqu'un d'expérimenté.",
            "On a ouvert un poste de direction technique mais le recrutement traîne ; tu serais "
            "partant pour l'occuper en part-time en attendant, voire plus si affinités ?",
            "On a besoin d'un head of tech par intérim pendant {weeks} semaines, le temps de "
            "structurer l'équipe et de poser la roadmap.",
        ],
        "fixed_scope_project": [
            "Nous avons besoin d'un MVP en {weeks} semaines.",
            "Nous voulons migrer notre monolithe {old_tech} vers {new_tech}.",
            "Il nous faut un audit de code et de sécurité avant notre série A.",
            "Nous cherchons une équipe pour refaire notre appli mobile.",
            "Nous avons besoin d'une due diligence technique sur une société que nous rachetons.",
            "Nous aimerions un devis au forfait pour un portail client connecté à notre ERP.",
            "Il nous faut un POC d'assistant IA branché sur nos données.",
            "Notre appli est lente et plante ; il nous faut une refonte des performances.",
            "Nous souhaiterions vous confier la réalisation d'une première version de notre "
            "plateforme, avec un périmètre et un délai arrêtés dès le départ.",
            "slt on voudrait faire developper une 1ere version de l app en {weeks} semaines tu "
            "pourrais nous faire un chiffrage",
            "Avant de signer le rachat d'une petite boîte, on aimerait que quelqu'un passe leur "
            "code et leur infra au peigne fin et nous rende un rapport écrit.",
            "Tu prendrais en charge la réécriture complète de notre back-office, livrée clé en "
            "main ?",
            "Besoin d'un prototype fonctionnel pour nos démos investisseurs, livrable en "
            "{weeks} semaines.",
            "Ce qui nous manque, c'est une version qui tienne la route pour nos premiers "
            "clients : on a les maquettes, il faut maintenant quelqu'un pour la construire de A "
            "à Z.",
            "On aurait besoin que tu nous bâtisses la première mouture de notre application, du "
            "début à la fin, avec un prix fixe pis un échéancier clair.",
            "Nous voudrions faire réaliser un audit de sécurité de notre application avant de "
            "la proposer à de plus gros clients, tu saurais t'en charger ?",
            "Nous aurions besoin d'une offre pour l'interfaçage de notre outil avec ceux de nos "
            "partenaires ; le cahier des charges est déjà validé de notre côté.",
            "Notre site met une éternité à charger, les utilisateurs décrochent et l'équipe n'a "
            "ni le temps ni le recul pour s'y attaquer ; l'idée serait de vous confier un "
            "chantier bien délimité pour remettre tout ça d'aplomb, avec des objectifs "
            "mesurables à la clé.",
            "On doit basculer toutes nos données et nos utilisateurs de l'ancienne plateforme "
            "vers la nouvelle sans rien casser, et on cherche quelqu'un pour prendre ce "
            "chantier de bout en bout.",
            "Je me demande si vous pourriez nous chiffrer une preuve de concept, histoire de "
            "valider la faisabilité technique de l'idée avant d'aller plus loin.",
            "On cherche quelqu'un pour nous build la V1 from scratch, scope fermé, livrée et "
            "documentée, et après on verra.",
            "Notre appli a été codée à la va-vite et il faut tout reprendre proprement ; on "
            "voudrait un engagement sur un résultat livré, pas sur du temps passé.",
        ],
        "team_extension": [
            "Nous avons {n_devs} développeurs en interne mais il nous en faut {k} de plus, "
            "seniors, pour six mois.",
            "Nous voulons ajouter un QA et deux devs back-end à l'équipe.",
            "Nous devons renforcer l'équipe avec des gens qui démarrent vite.",
            "L'équipe est sous l'eau, il nous faut deux ou trois développeurs expérimentés.",
            "Il nous faut un dev front et un designer dédiés pendant environ quatre mois.",
            "Ton réseau pourrait-il fournir quelques ingénieurs pour travailler avec notre "
            "équipe ?",
            "Nous souhaiterions renforcer notre équipe de développement avec {k} ingénieurs "
            "confirmés, intégrés à nos rituels et à nos outils, pour les prochains mois.",
            "on est {n_devs} devs et on coule sous les tickets il nous faudrait 2 renforts des "
            "que possible pour bosser avec nous",
            "Tu aurais une squad de deux-trois devs dispo pour bosser avec nos gars sur le "
            "backlog actuel ?",
            "Cherche un dev mobile en régie, {weeks} semaines, intégré à l'équipe.",
            "Ce qui nous manque, ce sont des bras : l'équipe sait exactement ce qu'elle a à "
            "faire, elle n'a juste pas assez de monde pour le faire.",
            "Notre équipe est débordée pis on cherche une couple de programmeurs d'expérience "
            "pour venir prêter main-forte pendant quelques mois.",
            "On cherche un testeur et un développeur à mettre à disposition de notre équipe, tu "
            "saurais nous trouver ça assez vite ?",
            "Nous aurions besoin de renfort à 100 % pour notre équipe produit : un développeur "
            "et un designer UX, pour une durée d'environ six mois.",
            "Notre lead dev gère très bien l'équipe et l'architecture, là n'est pas le "
            "problème, mais avec les nouveaux clients la charge a explosé et il nous faut {k} "
            "développeurs supplémentaires qui s'intègrent à ses sprints et suivent nos process.",
            "Seriez-vous en mesure de mettre à notre disposition un développeur dédié à plein "
            "temps, qui travaillerait sous la responsabilité de notre responsable technique ?",
            "Grosso modo on a besoin d'extra hands côté back, deux seniors qui codent avec nous "
            "; pas de gestion de projet, on s'en occupe.",
            "Je me demande si tu pourrais nous détacher un ingénieur QA pour quelques mois, "
            "histoire de soulager nos devs qui testent tout eux-mêmes.",
            "On cherche quelques freelances pour rejoindre notre équipe existante et bosser en "
            "{tz}, au moins sur une bonne partie de la journée.",
            "Il nous faudrait du staff augmentation : {k} profils full-stack à ajouter à "
            "l'équipe pour tenir la cadence.",
        ],
        "advice": [
            "Pourrais-je réserver une heure avec toi pour avoir ton avis sur {topic} ?",
            "Je ne cherche pas une longue mission, juste un deuxième avis sur {topic}.",
            "Serais-tu ouvert à un appel payant pour parler de {topic} ?",
            "J'aimerais beaucoup échanger avec toi sur {topic}.",
            "Nous avons besoin d'un conseil ponctuel sur {topic}.",
            "Pourrais-tu nous conseiller sur {topic} ? Quelques sessions suffiraient.",
            "Serait-il possible de convenir d'un entretien d'une heure, rémunéré bien entendu, "
            "afin de recueillir votre regard sur {topic} ?",
            "dispo pour un call rapide j aimerais ton avis sur {topic} je paie ton temps "
            "evidemment",
            "Une agence nous a envoyé une proposition et je ne sais pas du tout si elle tient "
            "la route ; tu accepterais d'y jeter un œil et de me dire ce que tu en penses ?",
            "On s'apprête à recruter notre premier responsable technique et j'aimerais que tu "
            "m'aides à mener les entretiens techniques des candidats.",
            "Juste besoin d'un sanity check sur notre plan technique. Une heure max.",
            "Je me demande si tu accepterais que je te pique un peu de ton temps pour te poser "
            "quelques questions concernant {topic}, rémunérées bien sûr.",
            "J'aimerais ça jaser avec toi une heure ou deux sur {topic}, juste pour valider "
            "qu'on s'en va dans la bonne direction.",
            "Tu saurais m'accorder deux ou trois séances pour m'aider à y voir plus clair ? Pas "
            "plus que ça.",
            "Nous aurions besoin d'un regard externe ponctuel concernant {topic}, sous la forme "
            "de deux ou trois séances, pas d'un mandat de longue durée.",
            "On n'a besoin ni de renfort dans l'équipe ni de faire développer quoi que ce soit, "
            "on a déjà tout ça ; ce qu'il nous faudrait, c'est simplement un œil expérimenté "
            "pour challenger nos choix avant qu'on s'engage pour de bon.",
            "Je pourrais profiter de ton expérience le temps d'un call ? J'hésite entre deux "
            "approches et un avis extérieur m'aiderait à trancher.",
            "Ce qui nous aiderait, c'est une session de mentoring sur {topic}, rien de plus.",
            "Avant de lancer quoi que ce soit, j'aimerais faire relire notre plan par quelqu'un "
            "qui est passé par là ; tu ferais ça sous forme d'une séance payante ?",
            "tu fais du coaching ponctuel j ai 2 3 questions sur {topic} et personne a qui les "
            "poser",
        ],
    },
    "need_short": {
        "fractional_cto": [
            "un CTO à temps partagé",
            "un CTO à temps partiel",
            "un CTO de transition",
            "un CTO deux jours par semaine",
        ],
        "fixed_scope_project": [
            "un MVP",
            "une migration de plateforme",
            "un audit de code",
            "une refonte de notre appli",
        ],
        "team_extension": [
            "deux devs seniors",
            "du renfort pour l'équipe",
            "un QA et un dev back",
            "une petite équipe",
        ],
        "advice": [
            "du conseil technique",
            "un deuxième avis sur l'architecture",
            "une heure de mentorat",
            "des conseils pour recruter",
        ],
    },
    "topic": [
        "notre architecture",
        "refonte ou refactoring",
        "le recrutement de nos premiers devs",
        "agence ou équipe interne",
        "notre roadmap IA",
        "nos coûts cloud",
        "un devis d'agence",
        "le BSPCE pour un associé technique",
    ],
    "c_hiring_cto": [
        (
            "fractional_cto",
            "Nous recrutons un CTO et je me demandais si ça pourrait "
            "t'intéresser, même à temps partiel au début.",
        ),
        (
            "fractional_cto",
            "Nous avons un poste de CTO ouvert. Accepterais-tu un format temps "
            "partagé le temps de trouver la bonne personne ?",
        ),
        (
            "advice",
            "Nous allons recruter notre premier CTO et j'aimerais ton aide pour les "
            "entretiens et l'analyse des CV.",
        ),
        (
            "fractional_cto",
            "Nous recrutons un CTO. Si ce n'est pas pour toi, peut-être quelqu'un de ton réseau ?",
        ),
    ],
    "c_stack": [
        "Stack actuelle : {stack}.",
        "Nous utilisons {stack}.",
        "L'appli est en {stack}.",
        "Côté tech on est sur {stack}, mais ouverts au changement.",
        "Nos devs travaillent avec {stack}.",
        "Tout tourne sur {stack}.",
    ],
    "c_budget": [
        "Le budget est d'environ {budget}.",
        "Nous avons prévu {budget} pour ça.",
        "Nous pouvons payer {budget}.",
        "Budget : {budget}",
        "Nous pensions à {budget}, mais c'est flexible.",
        "Notre budget est de {budget}, c'est réaliste ?",
    ],
    "c_nobudget": [
        "Nous n'avons pas encore défini de budget.",
        "Budget ouvert selon la proposition.",
        "Je ne sais pas quel budget prévoir, ton avis m'aiderait.",
    ],
    "c_timeline": [
        "Nous aimerions démarrer {timeline}.",
        "Calendrier : {timeline}",
        "L'idéal serait de commencer {timeline}.",
        "Il faut avancer {timeline}.",
    ],
    "timeline": [
        "au plus vite",
        "le mois prochain",
        "d'ici la fin du trimestre",
        "dans les 3 prochains mois",
        "avant le Black Friday",
        "en janvier",
        "dans les prochaines semaines",
        "d'ici septembre",
    ],
    "c_ask": [
        "Aurais-tu un créneau pour un appel la semaine prochaine ?",
        "Prends-tu de nouveaux clients en ce moment ?",
        "Dis-moi si toi ou ton réseau pouvez aider.",
        "Peut-on caler un appel de 30 minutes ?",
        "Quelles seraient les prochaines étapes ?",
        "Je peux t'en dire plus en visio.",
        "Si tu n'as pas de disponibilité, une recommandation nous aiderait beaucoup.",
        "Peux-tu m'envoyer une proposition ?",
        "Mon Calendly : calendly.com/{cal}/30min",
    ],
    "c_sig": [
        "{signoff}\n{name}\n{title}, {company}",
        "{signoff}\n{first}\n{company}",
        "{signoff}\n{name} | {title} @ {company}",
        "{signoff}\n{name}\n{title}\n{company} · {website}\n{phone}",
        "{signoff}\n\n{name}\n{company}",
    ],
    "a_sig": [
        "{signoff}\n{name}",
        "{signoff}\n{name}\n{phone}",
        "{signoff}\n{name}\n{li}",
        "-- \n{name}\n{role_cap}",
        "{signoff}\n{name} | {role_cap}",
        "{name}",
    ],
    "title": [
        "CEO",
        ("cofondateur", "cofondatrice"),
        ("fondateur", "fondatrice"),
        ("directeur général", "directrice générale"),
        "Head of Product",
        "COO",
        ("président", "présidente"),
        ("chef de produit", "cheffe de produit"),
        ("fondateur et CEO", "fondatrice et CEO"),
        ("gérant", "gérante"),
    ],
    "c_techfounder": [
        "Je suis moi-même technique ({years} ans de back-end chez {prev1}), mais je ne peux "
        "pas coder et diriger la boîte en même temps.",
        "J'ai écrit la première version moi-même en {stack_one}, mais ça ne tiendra pas la "
        "charge et je dois me concentrer sur les ventes.",
        "Ancienne ingénieure, je sais ce qu'est un bon travail, je n'ai juste plus le temps.",
        "Je suis dev de formation, je parle le langage, mais il nous faut un vrai CTO.",
        "J'ai codé le MVP le week-end ; maintenant on a des clients payants et j'ai besoin d'aide.",
        "Je fais encore les code reviews, mais il faut quelqu'un de senior sur l'architecture.",
    ],
    "c_cvs": [
        "Peux-tu m'envoyer les CV des personnes que tu mettrais sur le projet ?",
        "Peux-tu partager les profils ou CV des ingénieurs auxquels tu penses ?",
        "Si tu montes une équipe, j'aimerais voir les CV avant de m'engager.",
        "Notre board voudra voir les CV des intervenants.",
        "As-tu des CV ou des LinkedIn de développeurs disponibles ?",
    ],
    "c_questions": [
        "Travaillez-vous avec des startups en pré-amorçage ?",
        "Quel est votre tarif mensuel habituel ?",
        "Faites-vous du forfait ?",
        "Sous quel délai quelqu'un pourrait-il démarrer ?",
        "Pouvez-vous nous aider à recruter en CDI ensuite ?",
        "Signez-vous des NDA ?",
        "Travaillez-vous avec des fondateurs non techniques ?",
    ],
    "c_rescue": [
        "Notre agence a disparu en plein milieu du projet.",
        "Nous avons payé un freelance pendant huit mois et l'appli ne marche toujours pas.",
        "Le code est un chantier et personne dans l'équipe ne le comprend.",
        "Notre seul développeur a démissionné la semaine dernière.",
        "Les clients se plaignent de bugs tous les jours.",
        "Il nous faut quelqu'un pour évaluer les dégâts et réparer.",
    ],
    "c_terse": [
        "Besoin {need_de} pour {company} ({ind_word}). {budget_clause}Un appel cette semaine ?",
        "Je cherche {need_short}. {company}, {stage}. {budget_clause}",
        "Bonjour, nous sommes {company}. Nous cherchons {need_short}. {budget_clause}Intéressé ?",
        "{company} ici. On cherche {need_short}. {budget_clause}Tiens-moi au courant.",
    ],
    "budget_clause": [
        "Budget {budget}. ",
        "On peut mettre {budget}. ",
        "{budget} dispo. ",
        "Enveloppe de {budget}. ",
    ],
    "c_rfp_open": [
        "Nous recherchons un partenaire technologique pour le projet décrit ci-dessous.",
        "{company} recherche un partenaire expérimenté pour le projet suivant.",
        "Au nom de {company}, je souhaiterais solliciter une proposition.",
        "Nous vous invitons à nous soumettre une proposition pour le projet suivant.",
    ],
    "c_rfp_close": [
        "Dans l'attente de votre proposition et de vos disponibilités.",
        "Nous restons dans l'attente de votre proposition.",
        "Merci de nous confirmer si cela entre dans votre périmètre.",
        "Une réponse d'ici la fin de la semaine prochaine serait appréciée.",
    ],
    "rfp_labels": ["Projet", "Périmètre", "Budget", "Calendrier", "Technologie", "Contact"],
    "c_investor": [
        "je te présente {name}, {title} de {company} (en copie). {company} développe {product} "
        "et fait partie du portefeuille de {fund}.",
        "je te mets en relation avec {name} ({title}, {company}), en copie. Nous avons investi "
        "dans {company} l'an dernier ; ils font {product}.",
        "petite intro : {name} est {title} de {company}, {product}.",
    ],
    "c_investor_mid": [
        "Ils cherchent {need_short} et j'ai tout de suite pensé à toi.",
        "{first} a besoin {need_de}, et tu es le premier nom qui m'est venu.",
        "Ils ont besoin {need_de}. J'ai parlé de ton réseau à {first}.",
    ],
    "c_investor_close": [
        "Je vous laisse poursuivre.",
        "Je passe en copie cachée.",
        "{first}, à toi de jouer !",
    ],
    "fund": ["Capital Boréal", "Seine Ventures", "Lumière Partners", "Alpes VC"],
}

BANKS: dict[str, dict[str, Any]] = {"en": EN, "pt": PT, "es": ES, "de": DE, "fr": FR}

SUBJECTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "applicant": [
            "Joining your network",
            "Fractional CTO - interested",
            "Re: your newsletter",
            "CV - {name}",
            "{role_cap} interested in your network",
            "Interested!",
            "My CV / LinkedIn",
            "Your network of fractional CTOs",
            "Application: {role_cap}",
            "Hello from {city}",
            "Count me in",
            "Network",
            "Reply to your call for CTOs & engineers",
            "{name} - {role_cap}",
            "re roller coaster",
            "Quick intro",
        ],
        "client": [
            "Looking for a fractional CTO",
            "Project inquiry - {company}",
            "Intro: {company} <> Sergio",
            "{company} - need help with our tech",
            "Need help with our tech",
            "Quick question",
            "Referral from {ref_or_friend}",
            "CTO role at {company}",
            "Potential project",
            "Request for proposal: {company}",
            "Can you help us?",
            "{company} x Sergio",
            "Fractional CTO for {company}?",
            "Tech help for a {ind_word} startup",
            "Hello from {company}",
            "Consulting inquiry",
        ],
    },
    "pt": {
        "applicant": [
            "Quero entrar na rede",
            "CTO fracionado - interesse",
            "Currículo - {name}",
            "{role_cap} com interesse na sua rede",
            "Interesse!",
            "Meu CV / LinkedIn",
            "Sobre a rede de CTOs",
            "Candidatura: {role_cap}",
            "Oi de {city}",
            "Tô dentro",
            "Rede",
            "Apresentação",
        ],
        "client": [
            "Procuro um CTO fracionado",
            "Projeto - {company}",
            "Apresentação: {company}",
            "{company} - ajuda com tecnologia",
            "Dúvida rápida",
            "Indicação de {ref_or_friend}",
            "Vaga de CTO na {company}",
            "Possível projeto",
            "Pedido de proposta: {company}",
            "Pode nos ajudar?",
            "Orçamento de projeto",
            "Consultoria",
        ],
    },
    "es": {
        "applicant": [
            "Quiero unirme a la red",
            "CTO fraccional - interesado",
            "CV - {name}",
            "{role_cap} interesado en tu red",
            "¡Me interesa!",
            "Mi CV / LinkedIn",
            "Sobre la red de CTOs",
            "Candidatura: {role_cap}",
            "Hola desde {city}",
            "Me apunto",
            "Red",
            "Presentación",
        ],
        "client": [
            "Busco un CTO fraccional",
            "Consulta de proyecto - {company}",
            "Presentación: {company}",
            "{company} - ayuda con tecnología",
            "Pregunta rápida",
            "Recomendación de {ref_or_friend}",
            "Puesto de CTO en {company}",
            "Posible proyecto",
            "Solicitud de propuesta: {company}",
            "¿Nos puedes ayudar?",
            "Presupuesto de proyecto",
            "Consultoría",
        ],
    },
    "de": {
        "applicant": [
            "Interesse an deinem Netzwerk",
            "Fractional CTO - Interesse",
            "Lebenslauf - {name}",
            "{role_cap} mit Interesse",
            "Bin dabei!",
            "Mein CV / LinkedIn",
            "Netzwerk aus CTOs",
            "Bewerbung: {role_cap}",
            "Grüße aus {city}",
            "Kurze Vorstellung",
            "Netzwerk",
            "Bewerbung",
        ],
        "client": [
            "Suche Fractional CTO",
            "Projektanfrage - {company}",
            "Intro: {company}",
            "{company} - Unterstützung gesucht",
            "Kurze Frage",
            "Empfehlung von {ref_or_friend}",
            "CTO-Stelle bei {company}",
            "Mögliches Projekt",
            "Angebotsanfrage: {company}",
            "Könnt ihr helfen?",
            "Anfrage",
            "Beratungsanfrage",
        ],
    },
    "fr": {
        "applicant": [
            "Rejoindre ton réseau",
            "CTO à temps partagé - intéressé",
            "CV - {name}",
            "{role_cap} intéressé par ton réseau",
            "Intéressé !",
            "Mon CV / LinkedIn",
            "Réseau de CTO",
            "Candidature : {role_cap}",
            "Bonjour de {city}",
            "J'en suis",
            "Réseau",
            "Présentation",
        ],
        "client": [
            "Recherche CTO à temps partagé",
            "Demande de projet - {company}",
            "Mise en relation : {company}",
            "{company} - besoin d'aide tech",
            "Petite question",
            "Recommandation de {ref_or_friend}",
            "Poste de CTO chez {company}",
            "Projet potentiel",
            "Demande de devis : {company}",
            "Pouvez-vous nous aider ?",
            "Demande de proposition",
            "Conseil",
        ],
    },
}

YEARS_WORD = {"en": "years", "pt": "anos", "es": "años", "de": "Jahre", "fr": "ans"}
ATTACHED_WORD = {"en": "attached", "pt": "em anexo", "es": "adjunto", "de": "anbei", "fr": "en PJ"}
AND_WORD = {"en": "and", "pt": "e", "es": "y", "de": "und", "fr": "et"}
FORMAL_GREET = {
    "en": ["Dear Mr. Pereira,", "Dear Sergio Pereira,", "Dear Sir,", "Dear Mr Pereira,"],
    "pt": [
        "Prezado Sr. Sergio Pereira,",
        "Prezado Sergio,",
        "Caro Sr. Pereira,",
        "Exmo. Sr. Sergio Pereira,",
    ],
    "es": [
        "Estimado Sr. Pereira:",
        "Estimado Sergio:",
        "Apreciado Sr. Pereira:",
        "Distinguido Sr. Pereira:",
    ],
    "de": [
        "Sehr geehrter Herr Pereira,",
        "Sehr geehrter Herr Pereira,",
        "Guten Tag Herr Pereira,",
        "Sehr geehrter Sergio Pereira,",
    ],
    "fr": ["Monsieur,", "Bonjour Monsieur Pereira,", "Cher Monsieur Pereira,", "Madame, Monsieur,"],
}
FORMAL_SIGNOFF = {
    "en": ["Sincerely,", "Yours sincerely,", "Kind regards,", "Respectfully,"],
    "pt": ["Atenciosamente,", "Cordialmente,", "Respeitosamente,", "Com os melhores cumprimentos,"],
    "es": ["Atentamente,", "Cordialmente,", "Reciba un cordial saludo,", "Un saludo cordial,"],
    "de": ["Mit freundlichen Grüßen", "Mit besten Grüßen", "Hochachtungsvoll", "Freundliche Grüße"],
    "fr": [
        "Cordialement,",
        "Bien cordialement,",
        "Veuillez agréer mes salutations distinguées.",
        "Respectueusement,",
    ],
}

# Machine chrome around relayed people: website contact forms and job platforms.
FORM_RELAYS = [
    ("Remote Work Website", "no-reply@forms.example"),
    ("Webflow", "no-reply@webflow-forms.example"),
    ("WordPress", "wordpress@remotework.example"),
    ("Typeform", "notifications@typeform-mail.example"),
    ("Contact form", "noreply@sitebuilder.example"),
    ("Tally", "no-reply@tally-forms.example"),
]
FORM_HEADLINES = {
    "en": [
        "New submission from remotework.example",
        "You have a new form submission",
        "New contact form entry",
        "New response: Work with me",
        "Form: Contact us",
    ],
    "pt": ["Nova mensagem do formulário de contato", "Novo envio do formulário"],
    "es": ["Nuevo envío del formulario de contacto", "Nueva respuesta del formulario"],
    "de": ["Neue Nachricht über das Kontaktformular", "Neue Formular-Einsendung"],
    "fr": ["Nouveau message via le formulaire de contact", "Nouvelle soumission du formulaire"],
}
PLATFORMS = [
    ("FreelanceHub", "notifications@freelancehub.example", "en"),
    ("Hirely", "jobs-noreply@hirely.example", "en"),
    ("Malterie", "no-reply@malterie.example", "fr"),
    ("Trabalha.io", "naoresponda@trabalha.example", "pt"),
    ("Workea", "no-reply@workea.example", "es"),
    ("Projektbörse", "noreply@projektboerse.example", "de"),
]


class _Ctx(dict[str, Any]):
    """Template values that remember which slots a message actually used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.used: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.used.add(key)
        return super().__getitem__(key)


def _gendered(entry: Any, gender: str) -> str:
    if isinstance(entry, tuple):
        return str(entry[0] if gender == "m" else entry[1])
    return str(entry)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _strip_article(text: str) -> str:
    for article in ("a ", "an "):
        if text.startswith(article):
            return text[len(article) :]
    return text


class _Composer:
    """Shared helpers for one language: pick a template, fill it, remember usage."""

    def __init__(self, p: _Picker, language: str, ctx: _Ctx, non_native: bool = False) -> None:
        self.p = p
        self.lang = language
        self.bank = BANKS[language]
        self.ctx = ctx
        self.non_native = non_native

    def raw(self, key: str) -> Any:
        if self.non_native and key in EN_NN and self.p.chance(0.7):
            return self.p.one(EN_NN[key])
        return self.p.one(self.bank[key])

    def t(self, key: str) -> str:
        return fill(str(self.raw(key)), self.ctx)

    def label(self, key: str) -> str:
        return str(self.p.one(self.bank["labels"][key]))


def _paragraphs(p: _Picker, blocks: list[list[str]]) -> str:
    """Join sentences into paragraphs with the small irregularities people have."""
    paras = [" ".join(s for s in block if s) for block in blocks]
    paras = [x for x in paras if x.strip()]
    mode = p.rng.random()
    if mode < 0.7:
        return "\n\n".join(paras)
    if mode < 0.9:
        return "\n".join(paras)
    # one dense paragraph, but keep the sign-off block on its own lines
    head, tail = paras[:-1], paras[-1:]
    return " ".join(head) + ("\n\n" + tail[0] if tail else "")


# ---------------------------------------------------------------------------------------------
# Styles: how a message is typed.
# ---------------------------------------------------------------------------------------------

ABBREVIATIONS = {
    "en": {
        "you": "u",
        "your": "ur",
        "please": "pls",
        "thanks": "thx",
        "because": "bc",
        "with": "w/",
        "are": "r",
        "really": "rly",
        "about": "abt",
        "people": "ppl",
    },
    "pt": {
        "você": "vc",
        "para": "pra",
        "também": "tb",
        "porque": "pq",
        "quando": "qdo",
        "beleza": "blz",
        "muito": "mto",
        "abraço": "abs",
        "obrigado": "obg",
        "que": "q",
    },
    "es": {
        "que": "q",
        "por favor": "porfa",
        "también": "tmb",
        "porque": "xq",
        "para": "pa",
        "gracias": "grax",
        "saludos": "slds",
        "mucho": "mxo",
    },
    "de": {
        "vielleicht": "vllt",
        "nicht": "nich",
        "grüße": "grüsse",
        "gerne": "gern",
        "eigentlich": "eigtl",
        "danke": "thx",
    },
    "fr": {
        "beaucoup": "bcp",
        "s'il te plaît": "stp",
        "aujourd'hui": "auj",
        "c'est": "c",
        "je suis": "chuis",
        "quelque chose": "qqch",
        "pour": "pr",
        "tout": "tt",
    },
}
EMOJI = ["🚀", "🙌", "🔥", "😊", "💪", "🙏", "✨", "👋", "😀", "🤝"]


def _protected_split(text: str, protect: list[str]) -> list[tuple[bool, str]]:
    """Cut text into (is_protected, piece) so styles never mangle URLs, names or budgets."""
    keys = sorted({x for x in protect if x}, key=len, reverse=True)
    url_like = r"(?:https?://|www\.)\S+|\S+@\S+|\S*linkedin\.com\S*|calendly\.com\S*"
    pattern = "|".join([url_like, *(re.escape(k) for k in keys)])
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for m in re.finditer(pattern, text):
        if m.start() > pos:
            pieces.append((False, text[pos : m.start()]))
        pieces.append((True, m.group(0)))
        pos = m.end()
    if pos < len(text):
        pieces.append((False, text[pos:]))
    return pieces


def phone_style(rng: random.Random, text: str, language: str, protect: list[str]) -> str:
    """Lowercase, little punctuation, abbreviations and the odd typo: typed on a phone."""
    abbrev = ABBREVIATIONS[language]
    drop_accents = language in ("pt", "es", "fr") and rng.random() < 0.5

    def word_fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in abbrev and rng.random() < 0.6:
            return abbrev[low]
        if len(word) >= 6 and rng.random() < 0.07:
            i = rng.randrange(1, len(word) - 2)
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if len(word) >= 7 and rng.random() < 0.03:
            i = rng.randrange(1, len(word) - 1)
            word = word[:i] + word[i + 1 :]
        return word

    out: list[str] = []
    for protected, piece in _protected_split(text, protect):
        if protected:
            out.append(piece)
            continue
        piece = piece.lower() if language != "de" or rng.random() < 0.7 else piece
        piece = re.sub(r"\w+", word_fix, piece)
        piece = re.sub(r"[.;:](?=\s|$)", "", piece) if rng.random() < 0.8 else piece
        piece = re.sub(r",(?=\s)", "", piece) if rng.random() < 0.6 else piece
        piece = piece.replace("'", "") if language == "en" and rng.random() < 0.5 else piece
        if drop_accents:
            piece = _ascii_keep_case(piece)
        out.append(piece)
    result = "".join(out)
    if rng.random() < 0.4:
        result = re.sub(r"\n\n+", "\n", result)
    return result


def _ascii_keep_case(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return "".join(c for c in normalized if not unicodedata.combining(c))


def enthusiastic_style(rng: random.Random, text: str, protect: list[str]) -> str:
    out: list[str] = []
    for protected, piece in _protected_split(text, protect):
        if protected:
            out.append(piece)
            continue

        def bang(m: re.Match[str]) -> str:
            r = rng.random()
            if r < 0.35:
                return "!" + m.group(1)
            if r < 0.5:
                return "!! " + rng.choice(EMOJI) + m.group(1)
            if r < 0.6:
                return ". " + rng.choice(EMOJI) + m.group(1)
            return m.group(0)

        out.append(re.sub(r"\.(\s)", bang, piece))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Applicants
# ---------------------------------------------------------------------------------------------

PRIMARY_ROLES = [
    ("fractional_cto", 24),
    ("cto", 10),
    ("engineer", 38),
    ("qa", 14),
    ("designer", 7),
    ("product_manager", 7),
]
ENGINEER_FLAVOURS = ["backend", "frontend", "fullstack", "mobile", "devops", "data"]
SECOND_ROLE = {
    "fractional_cto": ["engineer", "product_manager"],
    "cto": ["fractional_cto"],
    "engineer": ["qa", "fractional_cto"],
    "qa": ["engineer"],
    "designer": ["product_manager"],
    "product_manager": ["designer"],
}
ACH_GROUP = {
    "fractional_cto": "lead",
    "cto": "lead",
    "engineer": "build",
    "qa": "qa",
    "designer": "design",
    "product_manager": "product",
}

CV_HEADINGS = {
    "en": (
        "Summary",
        "Experience",
        "Skills",
        "Education",
        "Languages",
        "BSc Computer Science",
        "English (native), Spanish (B1)",
    ),
    "pt": (
        "Resumo",
        "Experiência",
        "Competências",
        "Formação",
        "Idiomas",
        "Bacharelado em Ciência da Computação",
        "Português (nativo), inglês (fluente)",
    ),
    "es": (
        "Perfil",
        "Experiencia",
        "Habilidades",
        "Formación",
        "Idiomas",
        "Ingeniería Informática",
        "Español (nativo), inglés (C1)",
    ),
    "de": (
        "Profil",
        "Berufserfahrung",
        "Kenntnisse",
        "Ausbildung",
        "Sprachen",
        "M.Sc. Informatik",
        "Deutsch (Muttersprache), Englisch (verhandlungssicher)",
    ),
    "fr": (
        "Profil",
        "Expérience professionnelle",
        "Compétences",
        "Formation",
        "Langues",
        "Diplôme d'ingénieur, informatique",
        "Français (natif), anglais (courant)",
    ),
}
CV_FILENAMES = {
    "en": [
        "CV_{First}_{Last}.{ext}",
        "{First} {Last} - Resume 2025.{ext}",
        "resume.{ext}",
        "{First}{Last}_CV.{ext}",
        "{first}-{last}-cv.{ext}",
        "Resume_{Last}.{ext}",
    ],
    "pt": [
        "Curriculo_{First}_{Last}.{ext}",
        "CV {First} {Last}.{ext}",
        "curriculo.{ext}",
        "{First}{Last}_CV_2025.{ext}",
        "cv-{first}-{last}.{ext}",
    ],
    "es": [
        "CV_{First}_{Last}.{ext}",
        "Curriculum {First} {Last}.{ext}",
        "cv.{ext}",
        "{First}_{Last}_CV_ES.{ext}",
        "curriculum-{first}.{ext}",
    ],
    "de": [
        "Lebenslauf_{First}_{Last}.{ext}",
        "CV_{Last}.{ext}",
        "lebenslauf.{ext}",
        "{First} {Last} Lebenslauf 2025.{ext}",
        "cv-{first}-{last}.{ext}",
    ],
    "fr": [
        "CV_{First}_{Last}.{ext}",
        "CV {First} {Last} 2025.{ext}",
        "cv.{ext}",
        "{First}{Last}_CV_FR.{ext}",
        "resume-{first}-{last}.{ext}",
    ],
}


def _role_text(p: _Picker, language: str, role: str, flavour: str, gender: str) -> tuple[str, str]:
    """(role without article, role with article where the language has one)."""
    key = flavour if role == "engineer" else role
    entry = p.one(BANKS[language]["roles"][key])
    text = _gendered(entry, gender)
    if language == "en":
        return _strip_article(text), text
    return text, text


def make_cv_text(
    rng: random.Random,
    language: str,
    person: Person,
    role_title: str,
    years: int,
    prev: list[str],
    achievements: list[str],
    skills_text: str,
    with_linkedin: bool,
) -> str:
    summary_h, exp_h, skills_h, edu_h, lang_h, degree, langs = CV_HEADINGS[language]
    contact = [person.email, person.phone, person.city]
    if with_linkedin:
        contact.append(person.linkedin_written)
    end = 2025
    lines = [
        person.name,
        _cap(role_title),
        " | ".join(contact),
        "",
        summary_h,
        f"{_cap(role_title)} — {years}+ {YEARS_WORD[language]}.",
        "",
        exp_h,
    ]
    for i, company in enumerate(prev):
        start = end - rng.randint(1, 4)
        lines.append(
            f"{start}–{end if i else ('present' if language == 'en' else end)}  {_cap(company)}"
        )
        for ach in achievements[i :: len(prev)][:2]:
            lines.append(f"  • {ach}")
        end = start
    lines += ["", skills_h, skills_text, "", edu_h, degree, "", lang_h, langs]
    return "\n".join(lines)


def _applicant(p: _Picker, language: str) -> Specimen:
    rng = p.rng
    person = make_person(rng, language)
    non_native = language == "en" and p.chance(0.22)
    bank = BANKS[language]
    roles_w = PRIMARY_ROLES
    primary = rng.choices([r for r, _ in roles_w], [w for _, w in roles_w])[0]
    flavour = rng.choice(ENGINEER_FLAVOURS)
    roles = [primary]
    role, a_role = _role_text(p, language, primary, flavour, person.gender)
    if p.chance(0.18):
        second = rng.choice(SECOND_ROLE[primary])
        flav2 = rng.choice(ENGINEER_FLAVOURS)
        role2, _ = _role_text(p, language, second, flav2, person.gender)
        if role2.lower() != role.lower():
            roles.append(second)
            joiner = f" {AND_WORD[language]} " if p.chance(0.7) else " / "
            role, a_role = role + joiner + role2, a_role + joiner + role2
    pool_key = {"fractional_cto": "cto", "cto": "cto", "engineer": flavour}.get(primary, primary)
    pool = list(rng.choice(SKILL_POOLS[pool_key]))
    if "engineer" in roles and primary != "engineer":
        pool += rng.choice(SKILL_POOLS[flavour])
    skills = list(dict.fromkeys(pool))[: rng.randint(1, 5)] if pool else []
    skills_text = render_tech(rng, skills, language) if skills else ""
    years = rng.randint(3, 22) if primary not in ("fractional_cto", "cto") else rng.randint(9, 25)
    prev = p.some(bank["prev"], 2)
    ach_bank = bank["ach"][ACH_GROUP[primary]]
    achs = p.some(ach_bank, 3)
    inds = p.some(bank["ind"], 2)
    has_li = p.chance(0.72)
    has_cv = p.chance(0.36)
    if not has_li and not has_cv and p.chance(0.6):
        has_li = True
    ctx = _Ctx(
        name=person.name,
        first=person.first,
        last=person.last,
        role=role,
        a_role=a_role,
        role_cap=_cap(role),
        years=years,
        since_year=2025 - rng.randint(1, 9),
        years_recent=rng.randint(2, min(6, years - 1)),
        city=person.city,
        country=person.country,
        skills=skills_text or role,
        prev1=prev[0],
        prev2=prev[-1],
        ach=achs[0],
        ach2=achs[-1],
        ind1=inds[0],
        ind2=inds[-1],
        hours=rng.choice([10, 15, 20, 25, 30, 40]),
        start=p.one(bank["start"]),
        rate=p.one(bank["rate"]),
        tz=p.one(bank["tz"]),
        li=person.linkedin_written,
        phone=person.phone,
        role_plural=bank["role_plural"][primary],
    )
    c = _Composer(p, language, ctx, non_native)
    ctx["signoff"] = c.t("signoff")
    li_line = c.t("a_li")
    cv_line = c.t("a_cv")
    if has_cv and has_li:
        ctx["cv_or_li"] = f"{cv_line} {li_line}" if p.chance(0.5) else f"{li_line}\n{cv_line}"
    elif has_cv:
        ctx["cv_or_li"] = cv_line
    else:
        ctx["cv_or_li"] = li_line if has_li else ""
    traps: list[str] = []
    difficulty = "easy"

    def links() -> list[str]:
        out = []
        if has_li:
            out.append(c.t("a_li"))
        if has_cv:
            out.append(c.t("a_cv"))
        rng.shuffle(out)
        return out

    def sig() -> str:
        return c.t("a_sig")

    shapes: list[tuple[str, float]] = [
        ("standard", 30),
        ("oneliner", 8 if has_li and not has_cv else 0),
        ("bullets", 10),
        ("story", 8),
        ("terse", 7),
        ("cv_only", 8 if has_cv else 0),
        ("my_clients", 7),
        ("qa_answer", 6),
        ("formal", 6),
        ("forgot_cv", 2 if not has_cv else 0),
        ("form_relay", 3),
        ("platform_relay", 3),
    ]
    if p.split == "dev":
        shapes += [("question_first", 7), ("pipe_card", 6)]
    shape = rng.choices([s for s, _ in shapes], [w for _, w in shapes])[0]
    greet = c.t("greet") if p.chance(0.85) else ""
    relay: tuple[str, str, dict[str, str], str] | None = None

    if shape == "standard":
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("a_ctx") if p.chance(0.6) else "", c.t("a_intro")],
                [
                    c.t("a_exp") if p.chance(0.7) else "",
                    c.t("a_skills") if skills and p.chance(0.75) else "",
                ],
                [c.t("a_avail") if p.chance(0.3) else "", c.t("a_ask")],
                links(),
                [c.t("a_close") if p.chance(0.4) else ""],
                [sig()],
            ],
        )
    elif shape == "oneliner":
        line = c.t("a_oneliner")
        body = line if p.chance(0.5) else f"{greet}\n\n{line}\n\n{sig()}".strip()
    elif shape == "bullets":
        bullet = rng.choice(["- ", "* ", "• ", "– ", "> "])
        items = [
            f"{c.label('role')}: {_cap(role)}",
            f"{c.label('exp')}: {years} {YEARS_WORD[language]}"
            + (f", {prev[0]}" if p.chance(0.6) else ""),
        ]
        if skills:
            items.append(f"{c.label('stack')}: {skills_text}")
        if p.chance(0.6):
            items.append(f"{c.label('location')}: {person.city}")
        if p.chance(0.3):
            items.append(f"{c.label('avail')}: {ctx['hours']}h")
        if has_li:
            items.append(f"{c.label('linkedin')}: {person.linkedin_written}")
        if has_cv:
            items.append(f"{c.label('cv')}: {ATTACHED_WORD[language]}")
        ctx.used.update({"role", "skills"} if skills else {"role"})
        if p.chance(0.3):
            rng.shuffle(items)
        listing = "\n".join(bullet + x for x in items)
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("a_ctx") if p.chance(0.6) else c.t("a_ask")],
                [listing],
                [c.t("a_ask") if p.chance(0.5) else ""],
                [sig()],
            ],
        )
    elif shape == "story":
        story = p.some(bank["a_story"], rng.randint(3, 5))
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("a_ctx")],
                [c.t("a_intro"), *[fill(x, ctx) for x in story[:2]]],
                [*[fill(x, ctx) for x in story[2:]], c.t("a_exp")],
                [c.t("a_skills") if skills else "", c.t("a_ask")],
                links(),
                [c.t("a_close")],
                [sig()],
            ],
        )
    elif shape == "terse":
        body = c.t("a_terse")
        body = body + "\n" + (person.name if p.chance(0.7) else person.first)
        ctx.used.add("name")
    elif shape == "cv_only":
        body = _paragraphs(p, [[greet], [c.t("a_cvonly")], [li_line if has_li else ""], [sig()]])
    elif shape == "my_clients":
        traps.append("talks_about_clients")
        difficulty = "hard"
        mine = p.some(bank["a_myclients"], rng.randint(2, 4))
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("a_ctx") if p.chance(0.5) else "", c.t("a_intro")],
                [fill(x, ctx) for x in mine],
                [c.t("a_skills") if skills and p.chance(0.6) else "", c.t("a_ask")],
                links(),
                [sig()],
            ],
        )
    elif shape == "qa_answer":
        ctx_label, li_label, cv_label = c.label("context"), c.label("linkedin"), c.label("cv")
        lines = []
        if has_li:
            lines.append(f"{li_label}: {person.linkedin_written}")
            ctx.used.add("li")
        if has_cv:
            lines.append(f"{cv_label}: {ATTACHED_WORD[language]}")
        lines.append(
            f"{ctx_label}: {c.t('a_intro')} {c.t('a_exp') if p.chance(0.6) else ''}".strip()
        )
        body = _paragraphs(p, [[greet], ["\n".join(lines)], [c.t("a_ask")], [sig()]])
    elif shape == "formal":
        fgreet = p.one(FORMAL_GREET[language])
        body = _paragraphs(
            p,
            [
                [fgreet],
                [c.t("a_formal_open")],
                [fill(x, ctx) for x in p.some(bank["a_formal_body"], 2)],
                links(),
                [c.t("a_formal_close")],
                [f"{p.one(FORMAL_SIGNOFF[language])}\n{person.name}"],
            ],
        )
        ctx.used.update({"skills", "role"})
    elif shape == "forgot_cv":
        traps.append("mentions_cv_without_attachment")
        difficulty = "hard"
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("a_intro"), cv_line],
                [li_line if has_li else "", c.t("a_ask")],
                [sig()],
            ],
        )
    elif shape == "question_first":
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("a_qfirst")],
                [c.t("a_intro"), c.t("a_skills") if skills else ""],
                links(),
                [sig()],
            ],
        )
    elif shape == "pipe_card":
        parts = [person.name, _cap(role)]
        if skills:
            parts.append(skills_text)
        parts.append(person.city)
        if has_li:
            parts.append(person.linkedin_written)
        ctx.used.update({"role", "skills", "li"} if has_li else {"role", "skills"})
        body = _paragraphs(
            p, [[greet], [" | ".join(parts)], [c.t("a_ask")], [c.t("a_cv") if has_cv else ""]]
        )
    else:  # form_relay / platform_relay
        difficulty = "hard"
        traps.append(shape)
        msg = " ".join(
            x for x in [c.t("a_intro"), c.t("a_skills") if skills else "", c.t("a_ask")] if x
        )
        if shape == "form_relay":
            relay = _form_relay(
                p,
                language,
                person,
                msg,
                li=person.linkedin_written if has_li else "",
                company="",
                role=_cap(role),
            )
            ctx.used.update({"role", "skills"})
            if has_li:
                ctx.used.add("li")
            has_cv = False
        else:
            relay = _platform_relay(
                p,
                person,
                msg,
                applying=True,
                has_cv=has_cv,
                li=person.linkedin_written if has_li else "",
            )
            ctx.used.update({"role", "skills", "li"} if has_li else {"role", "skills"})
        body = relay[3]

    style = ""
    protect = [
        person.name,
        person.first,
        person.last,
        person.email,
        skills_text,
        *[tech for tech in skills_text.split(" ") if tech],
    ]
    if relay is None and shape not in ("formal",) and p.chance(0.12):
        style = "phone"
        body = phone_style(rng, body, language, protect)
    elif relay is None and shape in ("standard", "story", "oneliner", "terse") and p.chance(0.12):
        style = "enthusiastic"
        body = enthusiastic_style(rng, body, protect)
    if non_native:
        style = (style + " non_native").strip()

    # The expected name must be findable: in From, or in the body when From lacks it.
    display = _display_name(p, person)
    if display.lower() != person.name.lower() and person.name.lower() not in body.lower():
        body = body.rstrip() + "\n" + person.name
    mentions_role = bool(ctx.used & {"role", "a_role", "role_cap", "role_plural"})
    mentions_skills = "skills" in ctx.used and bool(skills) and skills_text in body
    attachments: list[AttachmentSpec] = []
    cv_has_li = False
    if has_cv and shape != "forgot_cv":
        cv_lang = language if p.chance(0.75) else "en"
        cv_has_li = p.chance(0.6)
        cv_role = (
            role if cv_lang == language else _role_text(p, "en", primary, flavour, person.gender)[0]
        )
        cv_prev = [prev[0], prev[-1]] if prev[0] != prev[-1] else [prev[0]]
        cv_text = make_cv_text(
            rng,
            cv_lang,
            person,
            cv_role,
            years,
            cv_prev,
            achs,
            render_tech(rng, skills, cv_lang) if skills else "",
            cv_has_li,
        )
        ext = "pdf" if p.chance(0.7) else "docx"
        fname = rng.choice(CV_FILENAMES[cv_lang]).format(
            First=_ascii(person.first),
            Last=_ascii(person.last.replace(" ", "_")),
            first=_slugify(person.first),
            last=_slugify(person.last),
            ext=ext,
        )
        attachments.append(AttachmentSpec(fname, f"cv_{ext}", cv_text))
        mentions_role = mentions_skills = True
    mentions_skills = mentions_skills or (bool(skills_text) and skills_text in body)
    li_in_text = person.linkedin_written in body or cv_has_li
    expected = {
        "name": person.name,
        "email": person.email,
        "linkedin": person.linkedin if li_in_text else None,
        "roles": roles if mentions_role else [],
        "skills": skills if mentions_skills else [],
        "has_cv_attachment": bool(attachments),
    }
    subject = fill(
        p.one(SUBJECTS[language]["applicant"]),
        _Ctx(name=person.name, role_cap=_cap(role), city=person.city),
    )
    spec = Specimen(
        label="applicant",
        other_kind=None,
        language=language,
        subject=subject,
        body=body,
        sender_name=display,
        sender_email=person.email,
        difficulty=difficulty,
        applicant=expected,
        attachments=attachments,
        split=p.split,
        notes=f"shape={shape}"
        + (f" style={style}" if style else "")
        + (f" traps={','.join(traps)}" if traps else "")
        + f" roles={'+'.join(roles)}",
    )
    if relay is not None:
        _apply_relay(spec, relay, person)
    return spec


def _display_name(p: _Picker, person: Person) -> str:
    r = p.rng.random()
    if r < 0.72:
        return person.name
    if r < 0.78:
        return person.name.lower()
    if r < 0.86:
        return person.first
    if r < 0.9:
        return person.name.upper()
    return ""


def _form_relay(
    p: _Picker, language: str, person: Person, message: str, *, li: str, company: str, role: str
) -> tuple[str, str, dict[str, str], str]:
    """(relay From, subject, headers, body) of a website contact form carrying a person."""
    rng = p.rng
    relay_name, relay_addr = rng.choice(FORM_RELAYS)
    form_lang = language if p.chance(0.4) else "en"
    labels = BANKS[form_lang]["labels"]
    lab = {k: rng.choice(v) for k, v in labels.items()}
    lines = [rng.choice(FORM_HEADLINES[form_lang]), ""]
    fields = [(lab["name"], person.name), (lab["email"], person.email)]
    if company:
        fields.append((lab["company"], company))
    if li:
        fields.append(("LinkedIn", li))
    if role and not company and p.chance(0.6):
        fields.append((lab["role"], role))
    fields.append((lab["message"], message))
    layout = rng.randrange(3)
    for key, value in fields:
        if layout == 0:
            lines.append(f"{key}: {value}")
        elif layout == 1:
            lines.append(f"{key}:\n{value}\n")
        else:
            lines.append(f"**{key}**\n{value}\n")
    lines += [
        "",
        rng.choice(["—", "--", "---"]),
        rng.choice(
            [
                f"Sent via {relay_name}",
                f"This message was sent from the contact form on "
                f"remotework.example ({relay_name}).",
                "Do not reply to this email address.",
                f"Powered by {relay_name}",
            ]
        ),
    ]
    headers = {"Auto-Submitted": "auto-generated"} if p.chance(0.7) else {}
    if p.chance(0.4):
        headers["X-Mailer"] = f"{relay_name} Forms"
    subject = rng.choice(
        [
            f"New submission: {lines[0]}",
            f"[Remote Work] {lines[0]}",
            f"New message from {person.name}",
            lines[0],
            f"{relay_name}: new form response",
        ]
    )
    return f"{relay_name} <{relay_addr}>", subject, headers, "\n".join(lines)


def _platform_relay(
    p: _Picker, person: Person, message: str, *, applying: bool, has_cv: bool, li: str
) -> tuple[str, str, dict[str, str], str]:
    rng = p.rng
    name, addr, _ = rng.choice(PLATFORMS)
    ref = rng.randrange(100000, 999999)
    if applying:
        lines = [
            f'New application: {person.name} applied to "Fractional CTO & engineers '
            f'network (remote)"',
            "",
            "Cover letter:",
            message,
            "",
        ]
        if li:
            lines.append(f"LinkedIn: {li}")
        lines.append(f"Resume: {'attached' if has_cv else 'not provided'}")
        subject = rng.choice(
            [
                f"New applicant: {person.name}",
                f"{person.name} applied to your listing",
                f"[{name}] New application",
            ]
        )
    else:
        lines = [f"{person.name} sent you a message on {name}:", "", f'"{message}"', ""]
        subject = rng.choice(
            [
                f"New message from {person.name}",
                f"[{name}] You have a new message",
                f"{person.first} contacted you on {name}",
            ]
        )
    lines += [
        f"View on {name}: https://{addr.split('@')[1]}/inbox/{ref}",
        "Reply to this email to respond."
        if p.chance(0.5)
        else "Please do not reply directly to this notification.",
        "",
        f"© {name} · Unsubscribe from these notifications",
    ]
    headers = {"Auto-Submitted": "auto-generated"} if p.chance(0.6) else {}
    if p.chance(0.5):
        headers["X-Auto-Response-Suppress"] = "All"
    return f"{name} <{addr}>", subject, headers, "\n".join(lines)


def _apply_relay(
    spec: Specimen, relay: tuple[str, str, dict[str, str], str], person: Person
) -> None:
    relay_from, subject, headers, _ = relay
    spec.relay_from = relay_from
    spec.reply_to = f"{person.name} <{person.email}>"
    spec.headers.update(headers)
    spec.subject = subject
    spec.must_not_autoreply = True
    spec.may_quote_newsletter = False
    spec.difficulty = "hard"


# ---------------------------------------------------------------------------------------------
# Clients
# ---------------------------------------------------------------------------------------------

NEED_WEIGHTS = [
    ("fractional_cto", 35),
    ("fixed_scope_project", 35),
    ("team_extension", 15),
    ("advice", 15),
]
BUDGET_PERIODS = {
    "fractional_cto": ("month", "day", "hour"),
    "fixed_scope_project": ("project",),
    "team_extension": ("month", "day", "hour"),
    "advice": ("hour", "project"),
}
CLIENT_STACKS = (
    SKILL_POOLS["backend"]
    + SKILL_POOLS["fullstack"]
    + SKILL_POOLS["mobile"]
    + [
        ["bubble"],
        ["wordpress", "php"],
        ["shopify"],
        ["firebase", "flutter"],
        ["salesforce"],
        ["python", "llm", "aws"],
        [".net", "azure"],
    ]
)
MIGRATIONS = [
    ("php", "node"),
    ("rails", "go"),
    (".net", "java"),
    ("php", "python"),
    ("angular", "react"),
    ("mysql", "postgres"),
    ("django", "fastapi"),
    ("wordpress", "next.js"),
    ("bubble", "react"),
    ("java", "kotlin"),
]
INDUSTRY_WORD = {
    "en": {
        "fintech": "fintech",
        "healthtech": "healthtech",
        "edtech": "edtech",
        "ecommerce": "e-commerce",
        "logistics": "logistics",
        "proptech": "proptech",
        "insurtech": "insurtech",
        "hrtech": "HR tech",
        "legaltech": "legaltech",
        "climatetech": "climate tech",
        "foodtech": "foodtech",
        "travel": "travel",
        "media": "media",
        "saas": "B2B SaaS",
        "marketplace": "marketplace",
        "gaming": "gaming",
        "cybersecurity": "security",
        "agritech": "agritech",
        "mobility": "mobility",
    },
}
for _lang in ("pt", "es", "de", "fr"):
    INDUSTRY_WORD[_lang] = dict(INDUSTRY_WORD["en"])
INDUSTRY_WORD["pt"].update(
    {
        "ecommerce": "e-commerce",
        "hrtech": "RH",
        "climatetech": "clima",
        "travel": "turismo",
        "saas": "SaaS B2B",
        "logistics": "logística",
        "agritech": "agro",
        "mobility": "mobilidade",
        "gaming": "games",
    }
)
INDUSTRY_WORD["es"].update(
    {
        "hrtech": "RR. HH.",
        "climatetech": "clima",
        "travel": "turismo",
        "saas": "SaaS B2B",
        "logistics": "logística",
        "gaming": "videojuegos",
        "mobility": "movilidad",
    }
)
INDUSTRY_WORD["de"].update(
    {
        "hrtech": "HR",
        "climatetech": "Klima",
        "travel": "Reisen",
        "logistics": "Logistik",
        "saas": "B2B-SaaS",
        "mobility": "Mobilität",
        "gaming": "Games",
        "agritech": "Agrar",
    }
)
INDUSTRY_WORD["fr"].update(
    {
        "hrtech": "RH",
        "climatetech": "climat",
        "travel": "tourisme",
        "logistics": "logistique",
        "saas": "SaaS B2B",
        "mobility": "mobilité",
        "gaming": "jeu vidéo",
        "media": "médias",
    }
)


def _company(p: _Picker, industry: str, language: str) -> str:
    rng = p.rng
    head = p.one(COMPANY_HEADS)
    r = rng.random()
    if r < 0.55:
        name = f"{head} {rng.choice(COMPANY_TAILS[industry])}"
    elif r < 0.75:
        name = f"{head}{rng.choice(COMPANY_TAILS[industry]).lower()}"
    elif r < 0.88:
        name = head
    else:
        name = f"{head}{rng.choice(['ly', 'io', 'ify', 'a', 'o'])}"
    if rng.random() < 0.1:
        name = f"{name} {rng.choice(LEGAL_SUFFIX[language])}"
    return name


def _budget(p: _Picker, language: str, need: str) -> str:
    rng = p.rng
    options = [(per, t) for per, t in BUDGETS[language] if per in BUDGET_PERIODS[need]]
    _, template = rng.choice(options or BUDGETS[language])
    lo = rng.randrange(10, 60, 5)
    lo2 = rng.randrange(30, 200, 10)
    return template.format(
        k=rng.randint(3, 15),
        d=rng.randrange(400, 1250, 50),
        h=rng.randrange(60, 185, 5),
        p=rng.randrange(15, 150, 5),
        lo=lo,
        hi=lo + rng.randrange(5, 30, 5),
        k2=rng.randrange(10, 65, 5),
        h2=rng.randrange(100, 320, 20),
        p2=rng.randrange(50, 400, 10),
        lo2=lo2,
        hi2=lo2 + rng.randrange(20, 100, 10),
    )


def _need_de_fr(phrase: str) -> str:
    for det, repl in (("un ", "d'un "), ("une ", "d'une "), ("du ", "de "), ("des ", "de ")):
        if phrase.startswith(det):
            return repl + phrase[len(det) :]
    return "de " + phrase


def _client(p: _Picker, language: str) -> Specimen:
    rng = p.rng
    bank = BANKS[language]
    industry, product = p.one(PRODUCTS[language])
    company = _company(p, industry, language)
    base = _slugify(
        re.sub(
            r"\s+(Ltd|Inc\.|LLC|Ltda\.|S\.A\.|Lda\.|S\.L\.|SAS|SA|GmbH|UG|AG|"
            r"SARL)$",
            "",
            company,
        )
    )
    domain = base + rng.choice(COUNTRY_TLD[language] + [".io", ".com", ".ai", ".co"])
    corporate = p.chance(0.72)
    person = make_person(rng, language, corporate_domain=domain if corporate else None)
    need = rng.choices([n for n, _ in NEED_WEIGHTS], [w for _, w in NEED_WEIGHTS])[0]
    stack = list(rng.choice(CLIENT_STACKS))[: rng.randint(1, 4)]
    old_new = rng.choice(MIGRATIONS)
    ref = make_person(rng, rng.choice([language, "en"]))
    ref_company = (
        _company(p, rng.choice(INDUSTRIES), language) if p.chance(0.6) else (p.one(bank["fund"]))
    )
    title = _gendered(p.one(bank["title"]), person.gender)
    ctx = _Ctx(
        name=person.name,
        first=person.first,
        title=title,
        company=company,
        product=product,
        city=person.city,
        team_n=rng.randint(2, 40),
        website=rng.choice([domain, f"www.{domain}", f"https://{domain}"]),
        stage=p.one(bank["stage"]),
        weeks=rng.choice([6, 8, 10, 12, 16]),
        old_tech=tech_surface(rng, old_new[0]),
        new_tech=tech_surface(rng, old_new[1]),
        n_devs=rng.randint(2, 8),
        k=rng.randint(2, 4),
        tz=p.one(bank["tz"]),
        topic=p.one(bank["topic"]),
        ref_name=ref.name,
        ref_company=ref_company,
        fund=p.one(bank["fund"]),
        phone=person.phone,
        cal=_slugify(person.first + person.last),
        years=rng.randint(5, 15),
        prev1=p.one(bank["prev"]),
        ind_word=INDUSTRY_WORD[language][industry],
        stack_one=tech_surface(rng, stack[0]),
    )
    stack_text = render_tech(rng, stack, language)
    ctx["stack"] = stack_text
    budget = _budget(p, language, need) if p.chance(0.55) else None
    ctx["budget"] = budget or ""
    need_short = p.one(bank["need_short"][need])
    ctx["need_short"] = need_short
    ctx["need_short_cap"] = _cap(need_short)
    ctx["need_de"] = _need_de_fr(need_short)
    ctx["timeline"] = p.one(bank["timeline"])
    c = _Composer(p, language, ctx)
    ctx["signoff"] = c.t("signoff")
    referred_by: str | None = None
    traps: list[str] = []
    difficulty = "easy"
    cc: str | None = None
    sender = person

    def need_line() -> str:
        return fill(p.one(bank["c_need"][need]), ctx)

    def extras(stack_p: float = 0.55, time_p: float = 0.5) -> list[str]:
        out = []
        if p.chance(stack_p):
            out.append(c.t("c_stack"))
        out.append(c.t("c_budget") if budget else (c.t("c_nobudget") if p.chance(0.3) else ""))
        if p.chance(time_p):
            out.append(c.t("c_timeline"))
        return out

    def sig() -> str:
        return c.t("c_sig")

    def intro_with_company() -> str:
        for _ in range(6):
            line = c.t("c_intro")
            if company in line:
                return line
        return fill("{company}: {product}.", ctx)

    shapes: list[tuple[str, float]] = [
        ("standard", 30),
        ("referral", 10),
        ("investor_intro", 5),
        ("bullets", 9),
        ("terse", 8),
        ("hiring_cto", 6),
        ("rfp", 6),
        ("tech_founder", 6),
        ("wants_cvs", 5),
        ("form_relay", 4),
        ("platform_relay", 3),
    ]
    if p.split == "dev":
        shapes += [("question_list", 7), ("rescue", 7)]
    shape = rng.choices([s for s, _ in shapes], [w for _, w in shapes])[0]
    greet = c.t("greet") if p.chance(0.88) else ""
    relay: tuple[str, str, dict[str, str], str] | None = None

    if shape == "hiring_cto":
        options = [x for x in p.view(bank["c_hiring_cto"])]
        need, hiring_line = rng.choice(options)
        traps.append("hiring_a_cto")
        difficulty = "hard"
        if budget and need == "advice":
            budget = None
            ctx["budget"] = ""
    if shape == "standard":
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("c_ctx") if p.chance(0.6) else "", intro_with_company()],
                [c.t("c_stage") if p.chance(0.4) else "", need_line()],
                extras(),
                [c.t("c_ask")],
                [sig()],
            ],
        )
    elif shape == "referral":
        referred_by = ref.name
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("c_ref"), intro_with_company()],
                [need_line()],
                extras(),
                [c.t("c_ask")],
                [sig()],
            ],
        )
    elif shape == "investor_intro":
        traps.append("investor_intro")
        difficulty = "hard"
        investor = make_person(rng, language, corporate_domain=_slugify(ctx["fund"]) + ".vc")
        referred_by = investor.name
        sender = investor
        cc = f"{person.name} <{person.email}>"
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("c_investor")],
                [c.t("c_investor_mid"), c.t("c_budget") if budget else ""],
                [c.t("c_investor_close")],
                [f"{ctx['signoff']}\n{investor.name}\n{ctx['fund']}"],
            ],
        )
    elif shape == "bullets":
        bullet = rng.choice(["- ", "* ", "• ", ""])
        items = [f"{c.label('about')}: {company}, {product}", f"{c.label('need')}: {need_line()}"]
        if p.chance(0.7):
            items.append(f"{c.label('stack')}: {stack_text}")
            ctx.used.add("stack")
        if budget:
            items.append(f"{c.label('budget')}: {budget}")
            ctx.used.add("budget")
        if p.chance(0.6):
            items.append(f"{c.label('timeline')}: {ctx['timeline']}")
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("c_ctx") if p.chance(0.5) else ""],
                ["\n".join(bullet + x for x in items)],
                [c.t("c_ask")],
                [sig()],
            ],
        )
    elif shape == "terse":
        clause = c.t("budget_clause") if budget else ""
        ctx["budget_clause"] = clause
        body = c.t("c_terse").strip()
        body += "\n" + (person.name if p.chance(0.6) else person.first)
    elif shape == "hiring_cto":
        body = _paragraphs(
            p,
            [
                [greet],
                [intro_with_company(), c.t("c_stage") if p.chance(0.5) else ""],
                [hiring_line],
                extras(0.5, 0.3),
                [c.t("c_ask")],
                [sig()],
            ],
        )
    elif shape == "rfp":
        labels = bank["rfp_labels"]
        items = [f"{labels[0]}: {need_short}", f"{labels[1]}: {need_line()}"]
        if budget:
            items.append(f"{labels[2]}: {budget}")
            ctx.used.add("budget")
        items.append(f"{labels[3]}: {ctx['timeline']}")
        if p.chance(0.7):
            items.append(f"{labels[4]}: {stack_text}")
            ctx.used.add("stack")
        items.append(f"{labels[5]}: {person.name}, {title}, {person.email}")
        body = _paragraphs(
            p,
            [
                [p.one(FORMAL_GREET[language])],
                [c.t("c_rfp_open"), intro_with_company()],
                ["\n".join(items)],
                [c.t("c_rfp_close")],
                [f"{p.one(FORMAL_SIGNOFF[language])}\n{person.name}\n{title}\n{company}"],
            ],
        )
    elif shape == "tech_founder":
        traps.append("technical_founder")
        difficulty = "hard"
        body = _paragraphs(
            p,
            [
                [greet],
                [intro_with_company()],
                [c.t("c_techfounder"), need_line()],
                extras(0.8),
                [c.t("c_ask")],
                [sig()],
            ],
        )
        if "stack_one" in ctx.used:
            stack = list(dict.fromkeys([*stack]))
    elif shape == "wants_cvs":
        traps.append("asks_for_cvs")
        difficulty = "hard"
        body = _paragraphs(
            p,
            [
                [greet],
                [c.t("c_ctx") if p.chance(0.5) else "", intro_with_company()],
                [need_line()],
                extras(),
                [c.t("c_cvs"), c.t("c_ask")],
                [sig()],
            ],
        )
    elif shape == "question_list":
        qs = p.some(bank["c_questions"], rng.randint(2, 4))
        numbered = p.chance(0.5)
        qtext = "\n".join(
            (f"{i + 1}) " if numbered else "- ") + fill(q, ctx) for i, q in enumerate(qs)
        )
        body = _paragraphs(
            p, [[greet], [intro_with_company(), need_line()], [qtext], extras(0.4, 0.3), [sig()]]
        )
    elif shape == "rescue":
        need = rng.choice(["fixed_scope_project", "fractional_cto"])
        story = p.some(bank["c_rescue"], rng.randint(2, 4))
        body = _paragraphs(
            p,
            [
                [greet],
                [intro_with_company()],
                [fill(x, ctx) for x in story],
                [need_line()],
                extras(),
                [c.t("c_ask")],
                [sig()],
            ],
        )
    else:  # form_relay / platform_relay
        difficulty = "hard"
        traps.append(shape)
        msg = " ".join(x for x in [need_line(), *extras(0.5, 0.4)] if x)
        if shape == "form_relay":
            relay = _form_relay(p, language, person, msg, li="", company=company, role="")
        else:
            msg = fill("{company}: {product}. ", ctx) + msg
            relay = _platform_relay(p, person, msg, applying=False, has_cv=False, li="")
        body = relay[3]

    style = ""
    protect = [
        person.name,
        person.first,
        company,
        budget or "",
        stack_text,
        ctx["website"],
        ref.name,
        *stack_text.split(" "),
    ]
    if relay is None and shape in ("standard", "terse", "referral", "wants_cvs") and p.chance(0.1):
        style = "phone"
        body = phone_style(rng, body, language, protect)
    if budget and budget not in body:
        budget = None  # a style or a shape dropped it: the answer key follows the text
    display = _display_name(p, sender)
    if (
        sender is person
        and display.lower() != person.name.lower()
        and (person.name.lower() not in body.lower())
    ):
        body = body.rstrip() + "\n" + person.name
    expected: dict[str, Any] = {
        "company": company,
        "contact_name": person.name,
        "need": need,
        "budget": budget,
        "stack": stack
        if "stack" in ctx.used
        else ([s for s in stack if "stack_one" in ctx.used and s == stack[0]]),
        "industry": industry,
        "referred_by": referred_by,
    }
    if "old_tech" in ctx.used:
        expected["stack"] = list(dict.fromkeys([*expected["stack"], *old_new]))
    subject_template = p.one(SUBJECTS[language]["client"])
    while "{ref_or_friend}" in subject_template and not referred_by:
        subject_template = p.one(SUBJECTS[language]["client"])
    subject = fill(
        subject_template,
        _Ctx(company=company, ref_or_friend=referred_by or "", ind_word=ctx["ind_word"]),
    )
    headers = {"Cc": cc} if cc else {}
    spec = Specimen(
        label="client",
        other_kind=None,
        language=language,
        subject=subject,
        body=body,
        sender_name=display,
        sender_email=sender.email,
        difficulty=difficulty,
        client=expected,
        headers=headers,
        split=p.split,
        notes=f"shape={shape} need={need}"
        + (f" style={style}" if style else "")
        + (f" traps={','.join(traps)}" if traps else ""),
    )
    if relay is not None:
        _apply_relay(spec, relay, person)
    return spec


def specimens(rng: random.Random, split: str) -> Iterator[Specimen]:
    """Endless applicants (4 in 7) and clients (3 in 7), about half of them in English."""
    picker = _Picker(rng, split)
    while True:
        language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
        if rng.random() < 4 / 7:
            yield _applicant(picker, language)
        else:
            yield _client(picker, language)


def make_forwarder(rng: random.Random, language: str, domain: str | None = None) -> Person:
    """A colleague or friend who forwards someone's message (used by the builder)."""
    return make_person(rng, language, corporate_domain=domain)
