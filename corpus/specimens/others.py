"""Specimens labelled "other": everything in the inbox that is neither an applicant nor a client.

Eight kinds (auto_reply, bounce, unsubscribe, vendor_pitch, feedback, mailing_list, personal,
spam) in five languages, composed from phrase banks and several structurally different shapes
per kind, because the classifier is judged on mail written by other people: a single template
per kind would teach it the template, not the kind.

Every bank is cut in two by position (every fourth entry goes to "dev", the rest to "train"),
so the dev split measures how the classifier does on phrasings it never saw in training.
"""

from __future__ import annotations

import quopri
import random
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import TypeVar

from corpus.specimen import AttachmentSpec, Specimen

T = TypeVar("T")
LangBank = Mapping[str, Sequence[str]]

NEWSLETTER_SUBJECT = "My Fractional CTO career is a roller coaster"
OWNER_NAME = "Sergio Pereira"
OWNER_EMAIL = "sergio@sergiopereira.io"

LANGUAGES = ("en", "pt", "es", "de", "fr")
# English is about half of what arrives; the rest is spread over the readers' languages.
LANGUAGE_WEIGHTS = (50, 14, 12, 12, 12)

KINDS = (
    "auto_reply",
    "bounce",
    "unsubscribe",
    "vendor_pitch",
    "feedback",
    "mailing_list",
    "personal",
    "spam",
)
KIND_WEIGHTS = (20, 9, 11, 16, 15, 10, 10, 9)

# ---------------------------------------------------------------------------------------------
# splitting banks between train and dev

_PART_CACHE: dict[tuple[int, str], Sequence[object]] = {}


def bank_part(bank: Sequence[T], split: str) -> Sequence[T]:
    """The part of `bank` reserved for `split`: every 4th entry is dev, the rest train."""
    if split not in ("train", "dev") or len(bank) < 2:
        return bank
    key = (id(bank), split)
    cached = _PART_CACHE.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    if len(bank) < 4:
        dev: list[T] = [bank[-1]]
        train: list[T] = list(bank[:-1])
    else:
        dev = [item for index, item in enumerate(bank) if index % 4 == 3]
        train = [item for index, item in enumerate(bank) if index % 4 != 3]
    _PART_CACHE[(id(bank), "dev")] = dev
    _PART_CACHE[(id(bank), "train")] = train
    return dev if split == "dev" else train


class _Slots(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(f"template slot {{{key}}} has no value")


class _Ctx:
    """One specimen being composed: the random source, the split, the language, the slots."""

    def __init__(self, rng: random.Random, split: str, lang: str) -> None:
        self.rng = rng
        self.split = split
        self.lang = lang
        self.slots = _Slots()

    def pick(self, bank: Sequence[T]) -> T:
        return self.rng.choice(bank_part(bank, self.split))

    def pick_any(self, bank: Sequence[T]) -> T:
        """For values that carry no phrasing (hosts, numbers): not split."""
        return self.rng.choice(bank)

    def say(self, bank: LangBank) -> str:
        return self.fill(self.pick(bank[self.lang]))

    def fill(self, template: str) -> str:
        return template.format_map(self.slots)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def some(self, bank: LangBank, low: int, high: int) -> list[str]:
        """Several distinct phrases from one bank, in random order."""
        options = list(bank_part(bank[self.lang], self.split))
        count = min(len(options), self.rng.randint(low, high))
        return [self.fill(text) for text in self.rng.sample(options, count)]


def _paragraphs(*parts: str | None, sep: str = "\n\n") -> str:
    return sep.join(part for part in parts if part)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in ".-")


# ---------------------------------------------------------------------------------------------
# people, places, dates

_FIRST: LangBank = {
    "en": [
        "James",
        "Emily",
        "Michael",
        "Sarah",
        "David",
        "Jessica",
        "Daniel",
        "Laura",
        "Chris",
        "Hannah",
        "Ryan",
        "Olivia",
        "Tom",
        "Rachel",
        "Kevin",
        "Megan",
        "Andrew",
        "Priya",
        "Raj",
        "Wei",
        "Aisha",
        "Omar",
        "Sophie",
        "Ben",
        "Grace",
        "Jake",
        "Natalie",
        "Mark",
        "Chloe",
        "Nathan",
        "Ethan",
        "Zoe",
        "Liam",
        "Ava",
        "Noah",
        "Mia",
        "Marcus",
        "Kate",
        "Sam",
        "Tyler",
    ],
    "pt": [
        "João",
        "Maria",
        "Ana",
        "Pedro",
        "Rita",
        "Tiago",
        "Inês",
        "Miguel",
        "Beatriz",
        "Rui",
        "Carla",
        "Luís",
        "Sofia",
        "Gonçalo",
        "Mariana",
        "Bruno",
        "Camila",
        "Rafael",
        "Fernanda",
        "Lucas",
        "Juliana",
        "Thiago",
        "Larissa",
        "Gustavo",
        "Diogo",
        "Marta",
        "Vinícius",
        "Patrícia",
        "Henrique",
        "Leonor",
    ],
    "es": [
        "Javier",
        "Lucía",
        "Carlos",
        "María",
        "Alejandro",
        "Carmen",
        "Pablo",
        "Elena",
        "Diego",
        "Sofía",
        "Marta",
        "Andrés",
        "Paula",
        "Miguel Ángel",
        "Valentina",
        "Mateo",
        "Camila",
        "Jorge",
        "Isabel",
        "Álvaro",
        "Nuria",
        "Raúl",
        "Cristina",
        "Iñaki",
        "Daniela",
        "Hugo",
        "Ximena",
        "Rodrigo",
    ],
    "de": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lena",
        "Felix",
        "Laura",
        "Maximilian",
        "Julia",
        "Tobias",
        "Katharina",
        "Sebastian",
        "Sarah",
        "Florian",
        "Miriam",
        "Jan",
        "Sophie",
        "Matthias",
        "Hannah",
        "Stefan",
        "Claudia",
        "Jörg",
        "Anja",
        "Till",
        "Franziska",
        "Niklas",
        "Birgit",
        "Moritz",
        "Ute",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Chloé",
        "Thomas",
        "Léa",
        "Nicolas",
        "Manon",
        "Antoine",
        "Élodie",
        "Maxime",
        "Pauline",
        "Hugo",
        "Claire",
        "Romain",
        "Sarah",
        "Mathieu",
        "Inès",
        "Guillaume",
        "Aurélie",
        "Baptiste",
        "Margaux",
        "Théo",
        "Sébastien",
        "Océane",
        "Yannick",
        "Hélène",
        "Quentin",
        "Anaïs",
    ],
}

_LAST: LangBank = {
    "en": [
        "Smith",
        "Johnson",
        "Brown",
        "Taylor",
        "Wilson",
        "Patel",
        "Nguyen",
        "Kim",
        "O'Brien",
        "Murphy",
        "Clarke",
        "Hughes",
        "Walker",
        "Evans",
        "Robinson",
        "Chen",
        "Singh",
        "Cohen",
        "Martin",
        "Reed",
        "Foster",
        "Hayes",
        "Bennett",
        "Mitchell",
        "Carter",
        "Gupta",
        "Russo",
        "Palmer",
        "Ward",
        "Fletcher",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Almeida",
        "Ribeiro",
        "Carvalho",
        "Lopes",
        "Barbosa",
        "Nascimento",
        "Araújo",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Pinto",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "González",
        "Rodríguez",
        "Fernández",
        "Pérez",
        "Gómez",
        "Díaz",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Herrera",
        "Morales",
        "Castillo",
        "Vargas",
        "Ortega",
        "Iglesias",
        "Molina",
        "Castro",
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
        "Braun",
        "Zimmermann",
        "Krüger",
        "Hartmann",
        "Lange",
        "Vogel",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Fournier",
        "Girard",
        "Bonnet",
        "Lambert",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Mercier",
        "Gauthier",
    ],
}

_PERSONAL_DOMAINS: LangBank = {
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "icloud.com",
        "hotmail.co.uk",
        "proton.me",
        "fastmail.com",
        "hey.com",
        "me.com",
        "aol.com",
    ],
    "pt": [
        "gmail.com",
        "sapo.pt",
        "hotmail.com",
        "outlook.pt",
        "uol.com.br",
        "yahoo.com.br",
        "bol.com.br",
        "icloud.com",
        "live.com.pt",
    ],
    "es": [
        "gmail.com",
        "hotmail.es",
        "yahoo.es",
        "outlook.es",
        "telefonica.net",
        "icloud.com",
        "hotmail.com",
        "movistar.es",
    ],
    "de": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "mailbox.org",
        "gmx.net",
        "outlook.de",
        "freenet.de",
    ],
    "fr": [
        "orange.fr",
        "free.fr",
        "laposte.net",
        "gmail.com",
        "sfr.fr",
        "wanadoo.fr",
        "hotmail.fr",
        "yahoo.fr",
        "outlook.fr",
    ],
}

_COMPANY_HEAD: LangBank = {
    "en": [
        "Northwind",
        "Bluepeak",
        "Brightlane",
        "Cobalt",
        "Harbor",
        "Lumen",
        "Quarry",
        "Redwood",
        "Silverline",
        "Tidewater",
        "Kestrel",
        "Oakridge",
        "Foxglove",
        "Ironbark",
        "Meridian",
        "Pinecrest",
    ],
    "pt": [
        "Atlântico",
        "Tejo",
        "Serra",
        "Maré",
        "Pinhal",
        "Ribeira",
        "Aurora",
        "Alvorada",
        "Douro",
        "Caravela",
        "Ipê",
        "Jacarandá",
    ],
    "es": [
        "Sierra",
        "Alba",
        "Levante",
        "Brisa",
        "Olivar",
        "Mirador",
        "Cierzo",
        "Aljibe",
        "Albufera",
        "Pampa",
        "Ceiba",
        "Tramontana",
    ],
    "de": [
        "Nordlicht",
        "Bergmann",
        "Rheinwerk",
        "Alpenblick",
        "Elbufer",
        "Spreeblick",
        "Lindenhof",
        "Falkenstein",
        "Eichwald",
        "Hafenkante",
        "Isarwerk",
        "Brückner",
    ],
    "fr": [
        "Lumière",
        "Azur",
        "Hexagone",
        "Atelier Nord",
        "Rivage",
        "Mistral",
        "Bocage",
        "Garance",
        "Calanque",
        "Vercors",
        "Ondine",
        "Belvédère",
    ],
}
_COMPANY_TAIL: LangBank = {
    "en": [
        "Labs",
        "Health",
        "Analytics",
        "Logistics",
        "Capital",
        "Software",
        "Systems",
        "Media",
        "Insurance",
        "Foods",
        "Partners",
        "Robotics",
    ],
    "pt": [
        "Tecnologia",
        "Seguros",
        "Logística",
        "Digital",
        "Consultoria",
        "Saúde",
        "Engenharia",
        "Energia",
    ],
    "es": [
        "Tecnología",
        "Seguros",
        "Logística",
        "Digital",
        "Consultores",
        "Salud",
        "Ingeniería",
        "Energía",
    ],
    "de": [
        "GmbH",
        "Software GmbH",
        "Logistik",
        "Digital",
        "Beratung",
        "Versicherung",
        "Systeme AG",
        "Medien",
    ],
    "fr": [
        "Conseil",
        "Solutions",
        "Santé",
        "Assurances",
        "Numérique",
        "Logistique",
        "Ingénierie",
        "Énergie",
    ],
}
_TLDS: LangBank = {
    "en": [".com", ".io", ".co.uk", ".co", ".com", ".net"],
    "pt": [".pt", ".com.br", ".com", ".pt"],
    "es": [".es", ".com", ".com.mx", ".es"],
    "de": [".de", ".de", ".com", ".at", ".ch"],
    "fr": [".fr", ".fr", ".com", ".be"],
}

_TITLES: LangBank = {
    "en": [
        "Head of Engineering",
        "Product Manager",
        "Senior Software Engineer",
        "CTO",
        "Engineering Manager",
        "Co-founder & CEO",
        "VP Engineering",
        "Tech Lead",
        "Operations Director",
        "Account Executive",
        "Data Scientist",
        "QA Lead",
    ],
    "pt": [
        "Diretor de Tecnologia",
        "Gestora de Produto",
        "Engenheiro de Software",
        "CTO",
        "Gerente de Engenharia",
        "Sócio-fundador",
        "Analista de Sistemas",
        "Tech Lead",
    ],
    "es": [
        "Director de Tecnología",
        "Product Manager",
        "Ingeniera de Software",
        "CTO",
        "Responsable de Ingeniería",
        "Cofundador",
        "Jefe de Proyecto",
        "Tech Lead",
    ],
    "de": [
        "Leiter Softwareentwicklung",
        "Produktmanagerin",
        "Softwareentwickler",
        "CTO",
        "Teamleiterin IT",
        "Geschäftsführer",
        "Projektleiter",
        "Tech Lead",
    ],
    "fr": [
        "Directeur technique",
        "Cheffe de produit",
        "Ingénieur logiciel",
        "CTO",
        "Responsable R&D",
        "Cofondateur",
        "Chef de projet",
        "Lead développeur",
    ],
}

_MONTHS: LangBank = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
_WEEKDAYS: LangBank = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
# How a return date is written after "until" in each language; all fit after the prepositions
# the banks use ("until", "até", "hasta el", "bis", "jusqu'au").
_DATE_FORMATS: LangBank = {
    "en": [
        "{weekday} {d} {month}",
        "{month} {d}",
        "{weekday}, {month} {d}",
        "{d}/{mm}",
        "{month} {d}, {yyyy}",
        "{d} {month}",
        "{mm}/{d}",
    ],
    "pt": ["{d} de {month}", "{d}/{mm}", "{d}/{mm}/{yyyy}", "{weekday}, {d} de {month}"],
    "es": ["{d} de {month}", "{d}/{mm}", "{weekday} {d} de {month}", "{d}/{mm}/{yyyy}"],
    "de": ["{d}. {month}", "{d}.{mm}.", "{d}.{mm}.{yyyy}", "{d}. {month} {yyyy}"],
    "fr": ["{d} {month}", "{weekday} {d} {month}", "{d}/{mm}", "{d}/{mm}/{yyyy}"],
}

_BASE_DAY = datetime(2024, 5, 24, 9, 0, tzinfo=UTC)


def _when(ctx: _Ctx, days_ahead: int) -> str:
    day = _BASE_DAY + timedelta(days=days_ahead)
    return ctx.pick_any(_DATE_FORMATS[ctx.lang]).format(
        d=day.day,
        mm=f"{day.month:02d}",
        yyyy=day.year,
        month=_MONTHS[ctx.lang][day.month - 1],
        weekday=_WEEKDAYS[ctx.lang][day.weekday()],
    )


def _sent_at(ctx: _Ctx) -> datetime:
    minutes = ctx.rng.randint(0, 60 * 24 * 21)
    offset = timezone(timedelta(hours=ctx.pick_any([-7, -5, -4, 0, 1, 2, 3, 5, 8])))
    return (_BASE_DAY + timedelta(minutes=minutes)).astimezone(offset)


def _phone(ctx: _Ctx) -> str:
    r = ctx.rng.randint
    return {
        "en": ctx.pick_any(
            [
                f"+1 415 555 0{r(100, 199)}",
                f"+44 7700 900{r(100, 999)}",
                f"(646) 555-0{r(100, 199)}",
            ]
        ),
        "pt": ctx.pick_any(
            [
                f"+351 91{r(0, 9)} {r(100, 999)} {r(100, 999)}",
                f"+55 11 9{r(1000, 9999)}-{r(1000, 9999)}",
            ]
        ),
        "es": f"+34 6{r(10, 99)} {r(100, 999)} {r(100, 999)}",
        "de": ctx.pick_any([f"+49 151 {r(1000000, 9999999)}", f"0170 {r(100000, 9999999)}"]),
        "fr": f"+33 6 {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
    }[ctx.lang]


def _mailbox(first: str, last: str, domain: str, rng: random.Random) -> str:
    first_a, last_a = _ascii(first.split()[0]), _ascii(last.replace("'", ""))
    local = rng.choice(
        [
            f"{first_a}.{last_a}",
            f"{first_a}{last_a}",
            f"{first_a[0]}{last_a}",
            first_a,
            f"{first_a}_{last_a}",
            f"{first_a}.{last_a}{rng.randint(1, 99)}",
            f"{last_a}.{first_a}",
        ]
    )
    return f"{local}@{domain}"


def _company(ctx: _Ctx) -> tuple[str, str]:
    head, tail = ctx.pick_any(_COMPANY_HEAD[ctx.lang]), ctx.pick_any(_COMPANY_TAIL[ctx.lang])
    name = f"{head} {tail}"
    domain = _ascii(head).replace("-", "") + ctx.pick_any(_TLDS[ctx.lang])
    return name, domain


def _base_slots(ctx: _Ctx) -> None:
    """Fill the slots every bank may use: the sender, their company, dates, a colleague."""
    lang = ctx.lang
    first, last = ctx.pick(_FIRST[lang]), ctx.pick(_LAST[lang])
    company, company_domain = _company(ctx)
    work = ctx.chance(0.55)
    domain = company_domain if work else ctx.pick_any(_PERSONAL_DOMAINS[lang])
    backup_first, backup_last = ctx.pick_any(_FIRST[lang]), ctx.pick_any(_LAST[lang])
    away_from = ctx.rng.randint(-3, 2)
    away_until = away_from + ctx.rng.randint(3, 24)
    ctx.slots.update(
        first=first,
        last=last,
        full=f"{first} {last}",
        email=_mailbox(first, last, domain, ctx.rng),
        company=company,
        company_domain=company_domain,
        title=ctx.pick_any(_TITLES[lang]),
        backup_name=f"{backup_first} {backup_last}",
        backup_first=backup_first,
        backup_email=_mailbox(backup_first, backup_last, company_domain, ctx.rng),
        team_email=ctx.pick_any(["support", "hello", "team", "office", "info", "contact"])
        + "@"
        + company_domain,
        new_email=_mailbox(first, last, ctx.pick_any(_PERSONAL_DOMAINS[lang]), ctx.rng),
        phone=_phone(ctx),
        date=_when(ctx, away_until),
        away_until=str(away_until),
        away_from=str(away_from),
        date_from=_when(ctx, away_from),
        ticket=str(ctx.rng.randint(1000, 999999)),
        hours=str(ctx.pick_any([4, 12, 24, 24, 48, 48, 72])),
        orig=NEWSLETTER_SUBJECT,
        owner="Sergio",
        owner_full=OWNER_NAME,
        owner_email=OWNER_EMAIL,
        weekday=ctx.pick_any(_WEEKDAYS[lang][:5]),
        n=str(ctx.rng.randint(3, 40)),
    )


def _sender_is_work(ctx: _Ctx) -> bool:
    return ctx.slots["email"].endswith("@" + ctx.slots["company_domain"])


# ---------------------------------------------------------------------------------------------
# shared conversational pieces

_GREETING: LangBank = {
    "en": [
        "Hi {owner},",
        "Hey {owner}!",
        "Hello {owner},",
        "{owner},",
        "Hi there,",
        "Dear {owner},",
        "Hey,",
        "Morning {owner},",
        "Hi {owner} -",
        "Hello,",
        "Hey {owner},",
        "Dear Mr. Pereira,",
    ],
    "pt": [
        "Olá {owner},",
        "Oi {owner}!",
        "Caro {owner},",
        "Bom dia {owner},",
        "Olá,",
        "Boa tarde,",
        "Oi, tudo bem?",
        "Olá Sérgio,",
        "Prezado Sergio,",
        "Ei {owner},",
    ],
    "es": [
        "Hola {owner},",
        "Buenas {owner},",
        "Estimado Sergio:",
        "Hola,",
        "Buenos días, Sergio:",
        "Qué tal {owner}:",
        "Hola {owner}!",
        "Buenas tardes,",
    ],
    "de": [
        "Hallo {owner},",
        "Hi {owner},",
        "Lieber {owner},",
        "Guten Tag Herr Pereira,",
        "Moin {owner},",
        "Servus {owner},",
        "Hallo,",
        "Sehr geehrter Herr Pereira,",
    ],
    "fr": [
        "Bonjour {owner},",
        "Salut {owner} !",
        "Cher {owner},",
        "Bonjour,",
        "Hello {owner},",
        "Bonsoir {owner},",
        "Coucou {owner},",
        "Bonjour Monsieur Pereira,",
    ],
}

_SIGNOFF: LangBank = {
    "en": [
        "Best,",
        "Cheers,",
        "Thanks,",
        "Best regards,",
        "All the best,",
        "Kind regards,",
        "Talk soon,",
        "Warmly,",
        "Regards,",
        "Thanks!",
        "-",
        "Take care,",
    ],
    "pt": [
        "Abraço,",
        "Um abraço,",
        "Cumprimentos,",
        "Atenciosamente,",
        "Obrigado,",
        "Abs,",
        "Saudações,",
        "Até breve,",
    ],
    "es": [
        "Un saludo,",
        "Saludos,",
        "Un abrazo,",
        "Atentamente,",
        "Gracias,",
        "Saludos cordiales,",
        "Hasta pronto,",
        "Abrazos,",
    ],
    "de": [
        "Viele Grüße",
        "Beste Grüße",
        "LG",
        "Mit freundlichen Grüßen",
        "Gruß",
        "Herzliche Grüße",
        "Schöne Grüße",
        "VG",
    ],
    "fr": [
        "Cordialement,",
        "Bien à vous,",
        "À bientôt,",
        "Merci,",
        "Belle journée,",
        "Bonne journée,",
        "Bien cordialement,",
        "Amitiés,",
    ],
}


def _signed(ctx: _Ctx, *, full: bool = False) -> str:
    name = ctx.slots["full"] if full or ctx.chance(0.3) else ctx.slots["first"]
    return f"{ctx.say(_SIGNOFF)}\n{name}"


_REPLY_PREFIX: LangBank = {
    "en": ["Re: "],
    "pt": ["Re: ", "RE: ", "RES: "],
    "es": ["Re: ", "RE: "],
    "de": ["Re: ", "AW: "],
    "fr": ["Re: ", "RE : "],
}


def _reply_subject(ctx: _Ctx) -> str:
    return ctx.pick_any(_REPLY_PREFIX[ctx.lang]) + NEWSLETTER_SUBJECT


def _pick_language(rng: random.Random) -> str:
    return rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]


# ---------------------------------------------------------------------------------------------
# auto_reply: out-of-office, autoresponders, ticket acknowledgements, changed addresses

_OOO_LEAD: LangBank = {
    "en": [
        "I am currently out of the office until {date} with limited access to email.",
        "Thank you for your email. I'm out of the office and will return on {date}.",
        "I'm away on annual leave until {date}.",
        "I'm on vacation and will be back on {date}.",
        "I am out of the office from {date_from} to {date}, with no access to email.",
        "I'm travelling until {date} and checking email only occasionally.",
        "I'm currently on parental leave and will return on {date}.",
        "I'm at a conference this week and will have limited access to my inbox until {date}.",
        "I'm off sick today and will respond when I'm back.",
        "Thanks for reaching out! I'm currently OOO and back on {date}.",
        "I am out of the office on business travel until {date}.",
        "I'm taking some time off to recharge and will be back online {date}.",
        "Please note that I am on holiday until {date}.",
        "I'm currently away from my desk and will be back {date}.",
        "Our office is closed for the holidays until {date}.",
        "I'm at a company offsite until {date}, so replies will be slow.",
        "Hello! I'm offline until {date} - hiking somewhere without signal.",
        "I'm out of office with no laptop until {date}.",
        "I am on leave and will not be checking messages until {date}.",
        "Thanks for your message. I'm away until {date} and will reply when I'm back.",
    ],
    "pt": [
        "Estou fora do escritório até {date}, com acesso limitado ao e-mail.",
        "Obrigado pela sua mensagem. Estou de férias e regresso a {date}.",
        "Estou de férias até {date}.",
        "Encontro-me ausente até {date}, sem acesso ao correio eletrónico.",
        "Estou em viagem de trabalho até {date} e responderei assim que possível.",
        "Estou de licença parental e volto a {date}.",
        "No momento estou fora do escritório. Retorno em {date}.",
        "Estarei ausente de {date_from} a {date}.",
        "Estou de folga hoje e respondo assim que voltar.",
        "Estou participando de um evento e com acesso restrito ao e-mail até {date}.",
        "Informo que estarei de férias até {date}.",
        "O escritório está encerrado para férias coletivas até {date}.",
        "Olá! Estou de férias, sem computador, até {date}.",
        "Agradeço o seu contacto. Estou ausente e só leio e-mails a partir de {date}.",
    ],
    "es": [
        "Estoy fuera de la oficina hasta el {date} con acceso limitado al correo.",
        "Gracias por tu mensaje. Estoy de vacaciones hasta el {date}.",
        "Me encuentro fuera de la oficina hasta el {date}.",
        "Estaré ausente del {date_from} al {date}, sin acceso al correo electrónico.",
        "Estoy de viaje de trabajo hasta el {date} y revisaré el correo de forma esporádica.",
        "Estoy de baja por paternidad y volveré el {date}.",
        "En este momento no me encuentro en la oficina. Vuelvo el {date}.",
        "Estoy disfrutando de unos días libres; regreso el {date}.",
        "Hoy estoy de baja médica y responderé a mi vuelta.",
        "Nuestras oficinas permanecen cerradas por vacaciones hasta el {date}.",
        "Estoy en un congreso hasta el {date} y apenas podré leer el correo.",
        "Le informo de que estaré de vacaciones hasta el {date}.",
        "¡Hola! Estoy desconectado hasta el {date}.",
        "Gracias por escribir. Estoy ausente y leeré tu correo a partir del {date}.",
    ],
    "de": [
        "Ich bin bis {date} nicht im Büro und habe nur eingeschränkten Zugriff auf E-Mails.",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} im Urlaub.",
        "Ich bin vom {date_from} bis {date} abwesend.",
        "Ich befinde mich bis {date} auf Dienstreise.",
        "Ich bin derzeit in Elternzeit und ab {date} wieder erreichbar.",
        "Danke für deine Mail! Ich bin gerade im Urlaub und ab {date} wieder da.",
        "Aktuell bin ich außer Haus und ab {date} wieder im Büro.",
        "Ich bin heute krankgeschrieben und melde mich, sobald ich wieder da bin.",
        "Unser Büro ist bis {date} wegen Betriebsferien geschlossen.",
        "Ich besuche diese Woche eine Konferenz und lese meine E-Mails erst ab {date} wieder.",
        "Ich bin bis {date} nicht erreichbar.",
        "Ich bin bis {date} in einer Auszeit und lese keine E-Mails.",
        "Vielen Dank für Ihre E-Mail. Ich bin leider bis {date} abwesend.",
        "Hallo! Ich bin im Urlaub und ab {date} zurück.",
    ],
    "fr": [
        "Je suis absent(e) du bureau jusqu'au {date} avec un accès limité à mes e-mails.",
        "Merci pour votre message. Je suis en congés jusqu'au {date} inclus.",
        "Je serai absent du {date_from} au {date}.",
        "Je suis actuellement en déplacement professionnel jusqu'au {date}.",
        "Je suis en congé parental et serai de retour le {date}.",
        "Merci pour ton mail ! Je suis en vacances et je reviens le {date}.",
        "Je suis en arrêt maladie et traiterai votre message à mon retour.",
        "Nos bureaux sont fermés jusqu'au {date}.",
        "Je participe à un salon cette semaine et lirai mes e-mails à partir du {date}.",
        "Je suis absente jusqu'au {date} et n'aurai pas accès à ma messagerie.",
        "Actuellement en congés, je prendrai connaissance de votre message à mon retour.",
        "Je suis en RTT aujourd'hui, je vous réponds dès demain.",
        "Bonjour, je suis en vacances jusqu'au {date}.",
        "Je suis en formation jusqu'au {date} et consulte rarement ma messagerie.",
    ],
}

_OOO_FOLLOW: LangBank = {
    "en": [
        "For urgent matters, please contact {backup_name} at {backup_email}.",
        "If it's urgent, call me on {phone}.",
        "For anything time-sensitive, reach out to {backup_email}.",
        "In my absence, {backup_name} ({backup_email}) is covering for me.",
        "Your email will not be forwarded.",
        "I'll respond to your message as soon as possible after I return.",
        "I will have no access to email, so please expect a delay in my response.",
        "If your matter can't wait, please email {team_email} and someone will help.",
        "I'll get back to you when I'm back. Thanks for your patience!",
        "Please resend anything important after {date}.",
        "Messages received during this time will be read, but not necessarily answered.",
        "For billing questions, write to {team_email}.",
    ],
    "pt": [
        "Para assuntos urgentes, contacte {backup_name} através de {backup_email}.",
        "Em caso de urgência, ligue para {phone}.",
        "Durante a minha ausência, {backup_name} ({backup_email}) poderá ajudar.",
        "A sua mensagem não será reencaminhada.",
        "Responderei assim que regressar.",
        "Para assuntos urgentes, escreva para {team_email}.",
        "A resposta poderá demorar, peço desculpa pelo incómodo.",
        "Se for urgente, me manda mensagem no WhatsApp: {phone}.",
        "Qualquer assunto urgente, fale com {backup_first}.",
    ],
    "es": [
        "Para asuntos urgentes, contacta con {backup_name} en {backup_email}.",
        "Si es urgente, llámame al {phone}.",
        "Durante mi ausencia, {backup_name} ({backup_email}) atenderá tus consultas.",
        "Tu correo no será reenviado.",
        "Responderé a tu mensaje lo antes posible a mi regreso.",
        "Para cualquier urgencia, escribe a {team_email}.",
        "Disculpa las molestias.",
        "Contestaré en cuanto vuelva.",
        "Si no puede esperar, habla con {backup_first}.",
    ],
    "de": [
        "In dringenden Fällen wenden Sie sich bitte an {backup_name} ({backup_email}).",
        "Bei dringenden Anliegen erreichen Sie mich unter {phone}.",
        "Meine Vertretung übernimmt {backup_name}: {backup_email}.",
        "Ihre Nachricht wird nicht weitergeleitet.",
        "Ich beantworte Ihre E-Mail nach meiner Rückkehr.",
        "Für dringende Anfragen schreiben Sie bitte an {team_email}.",
        "Danke für Ihr Verständnis.",
        "Deine Mail lese ich, sobald ich zurück bin.",
        "E-Mails werden in dieser Zeit nicht gelesen.",
    ],
    "fr": [
        "Pour toute urgence, merci de contacter {backup_name} à l'adresse {backup_email}.",
        "En cas d'urgence, vous pouvez me joindre au {phone}.",
        "Pendant mon absence, {backup_name} ({backup_email}) assure le relais.",
        "Votre message ne sera pas transféré.",
        "Je vous répondrai dès mon retour.",
        "Pour les demandes urgentes, écrivez à {team_email}.",
        "Merci de votre compréhension.",
        "Je traiterai votre e-mail dès que possible.",
        "Les messages reçus pendant cette période ne seront pas lus.",
    ],
}

_OOO_SHORT: LangBank = {
    "en": [
        "Away until {date}. Limited email.",
        "OOO until {date}.",
        "Back {date}.",
        "On holiday, back {date}. No email access.",
        "Out until {date} - will reply then.",
        "I'm away this week. Back {date}.",
        "Offline until {date}.",
        "On leave, returning {date}.",
    ],
    "pt": [
        "De férias até {date}.",
        "Ausente até {date}.",
        "Fora até {date}, sem e-mail.",
        "Volto {date}.",
        "Férias! Retorno em {date}.",
    ],
    "es": [
        "De vacaciones hasta el {date}.",
        "Fuera hasta el {date}.",
        "Ausente hasta el {date}, sin correo.",
        "Vuelvo el {date}.",
        "Desconectado hasta el {date}.",
    ],
    "de": [
        "Im Urlaub bis {date}.",
        "Abwesend bis {date}.",
        "Bis {date} nicht erreichbar.",
        "Ab {date} wieder da.",
        "Urlaub! Zurück am {date}.",
    ],
    "fr": [
        "En congés jusqu'au {date}.",
        "Absent jusqu'au {date}.",
        "De retour le {date}.",
        "En vacances, sans e-mail, jusqu'au {date}.",
        "Absente, retour le {date}.",
    ],
}

_OOO_SECOND_LANG_EN = [
    "I am out of the office until {date} with limited access to email.",
    "I'm on holiday until {date}; your email will not be forwarded.",
    "I'm away until {date}. For urgent matters please contact {backup_email}.",
    "Thank you for your message. I am currently out of the office.",
]

_AUTORESPONDER: LangBank = {
    "en": [
        "Thanks for your email! I check my inbox twice a day (around 11am and 4pm) "
        "and will reply within {hours} hours.",
        "This is an automatic reply to let you know I received your message. "
        "I usually answer within 2 business days.",
        "I'm heads-down on a project this month and only check email on Fridays.",
        "Thanks for getting in touch. I'm batching email to stay focused, so expect a reply "
        "within {hours}h.",
        "Your message has arrived safely. Due to high volume, replies may take up to a week.",
        "Thanks for writing! I read every email but can't always reply quickly.",
        "Got it, thanks. I'll get back to you as soon as I can, usually within {hours} hours.",
        "Hi! I'm trying to spend less time in my inbox. If it's important, I'll get back to "
        "you by the end of the week.",
    ],
    "pt": [
        "Obrigado pelo seu e-mail! Verifico a caixa de entrada duas vezes por dia e "
        "respondo em até {hours} horas.",
        "Esta é uma resposta automática para confirmar que recebi a sua mensagem.",
        "Recebi o seu e-mail e responderei em breve, normalmente em 2 dias úteis.",
        "Devido ao grande volume de mensagens, a resposta pode demorar alguns dias.",
        "Estou focado num projeto e só leio e-mails às sextas-feiras.",
    ],
    "es": [
        "¡Gracias por tu correo! Reviso la bandeja dos veces al día y responderé en "
        "menos de {hours} horas.",
        "Esta es una respuesta automática para confirmar que he recibido tu mensaje.",
        "He recibido tu correo y te contestaré lo antes posible, normalmente en 2 días hábiles.",
        "Debido al alto volumen de mensajes, la respuesta puede tardar unos días.",
        "Estoy centrado en un proyecto y solo leo el correo los viernes.",
    ],
    "de": [
        "Danke für Ihre E-Mail! Ich lese meine Mails zweimal täglich und antworte innerhalb "
        "von {hours} Stunden.",
        "Dies ist eine automatische Antwort: Ihre Nachricht ist bei mir angekommen.",
        "Ich habe Ihre Nachricht erhalten und melde mich in der Regel innerhalb von zwei "
        "Werktagen.",
        "Aufgrund des hohen Aufkommens kann die Antwort einige Tage dauern.",
        "Ich arbeite gerade konzentriert an einem Projekt und lese E-Mails nur freitags.",
    ],
    "fr": [
        "Merci pour votre e-mail ! Je consulte ma boîte deux fois par jour et réponds "
        "sous {hours} heures.",
        "Ceci est une réponse automatique pour confirmer la bonne réception de votre message.",
        "J'ai bien reçu votre message et vous répondrai rapidement, en général sous "
        "2 jours ouvrés.",
        "En raison d'un volume important de messages, le délai de réponse peut être allongé.",
        "Je suis concentré sur un projet et ne lis mes e-mails que le vendredi.",
    ],
}

_MOVED: LangBank = {
    "en": [
        "{full} is no longer with {company}. Please direct your message to {backup_email}.",
        "Thank you for your email. This mailbox is no longer monitored. "
        "Please contact {team_email} instead.",
        "My email address has changed. Please update your contacts: {new_email}. "
        "This address will stop working on {date}.",
        "I have left {company}. For anything related to my previous role, please reach out "
        "to {backup_name} ({backup_email}).",
        "Please note my new address is {new_email}; this one will be closed soon.",
        "This address is no longer in use. Your message has not been forwarded.",
    ],
    "pt": [
        "{full} já não faz parte da {company}. Por favor, contacte {backup_email}.",
        "Esta caixa de correio já não é monitorizada. Escreva para {team_email}.",
        "O meu endereço de e-mail mudou. Por favor, atualize os seus contactos: {new_email}.",
        "Deixei a {company}. Para assuntos relacionados, fale com {backup_name}.",
    ],
    "es": [
        "{full} ya no trabaja en {company}. Por favor, escribe a {backup_email}.",
        "Este buzón ya no se revisa. Escribe a {team_email}.",
        "Mi dirección de correo ha cambiado. Por favor, actualiza tus contactos: {new_email}.",
        "He dejado {company}. Para cualquier tema pendiente, contacta con {backup_name}.",
    ],
    "de": [
        "{full} ist nicht mehr bei {company} tätig. Bitte wenden Sie sich an {backup_email}.",
        "Dieses Postfach wird nicht mehr gelesen. Bitte schreiben Sie an {team_email}.",
        "Meine E-Mail-Adresse hat sich geändert. Bitte nutzen Sie ab sofort {new_email}.",
        "Ich habe {company} verlassen. Ansprechpartner ist jetzt {backup_name}.",
    ],
    "fr": [
        "{full} ne fait plus partie de {company}. Merci d'écrire à {backup_email}.",
        "Cette boîte n'est plus consultée. Merci d'écrire à {team_email}.",
        "Mon adresse e-mail a changé. Merci de mettre à jour vos contacts : {new_email}.",
        "J'ai quitté {company}. Pour toute question, contactez {backup_name}.",
    ],
}

_TICKET_ACK: LangBank = {
    "en": [
        "Thank you for contacting {company} Support. We have received your request "
        "(#{ticket}) and a member of our team will get back to you within {hours} hours.",
        "This is an automated response confirming that we received your email. "
        "Your ticket number is {ticket}.",
        "Hi there, thanks for reaching out! Your request #{ticket} has been logged and our "
        "team will reply as soon as possible.",
        "We've received your message and created ticket #{ticket}. Our typical response "
        "time is {hours} hours on business days.",
        "Your case has been opened with reference {ticket}. Please keep this number for "
        "future correspondence.",
        "Thanks for your email to {company}. We're a small team and aim to respond within "
        "{hours} hours.",
    ],
    "pt": [
        "Obrigado por contactar o apoio ao cliente da {company}. Recebemos o seu pedido "
        "(#{ticket}) e responderemos em até {hours} horas.",
        "Esta é uma resposta automática. O seu pedido foi registado com o número {ticket}.",
        "Recebemos a sua mensagem e abrimos o chamado #{ticket}. Em breve entraremos em contato.",
        "A sua solicitação {ticket} foi recebida. O prazo médio de resposta é de {hours} horas.",
    ],
    "es": [
        "Gracias por contactar con el soporte de {company}. Hemos recibido tu solicitud "
        "(#{ticket}) y te responderemos en un plazo de {hours} horas.",
        "Esta es una respuesta automática. Tu incidencia ha sido registrada con el número "
        "{ticket}.",
        "Hemos recibido tu mensaje y hemos abierto el ticket #{ticket}.",
        "Tu consulta {ticket} ha sido recibida. El tiempo medio de respuesta es de {hours} horas.",
    ],
    "de": [
        "Vielen Dank für Ihre Anfrage an den {company} Support. Wir haben Ihr Anliegen "
        "(#{ticket}) erhalten und melden uns innerhalb von {hours} Stunden.",
        "Dies ist eine automatische Eingangsbestätigung. Ihre Ticketnummer lautet {ticket}.",
        "Wir haben Ihre Nachricht erhalten und das Ticket #{ticket} angelegt.",
        "Ihre Anfrage {ticket} ist eingegangen. Die durchschnittliche Bearbeitungszeit "
        "beträgt {hours} Stunden.",
    ],
    "fr": [
        "Merci d'avoir contacté le support {company}. Nous avons bien reçu votre demande "
        "(#{ticket}) et reviendrons vers vous sous {hours} heures.",
        "Ceci est un accusé de réception automatique. Votre ticket porte le numéro {ticket}.",
        "Nous avons bien reçu votre message et ouvert le ticket #{ticket}.",
        "Votre demande {ticket} a été enregistrée. Délai moyen de réponse : {hours} heures.",
    ],
}

_TICKET_FOOTER: LangBank = {
    "en": [
        "Please do not reply to this email.",
        "To add comments, simply reply to this email.",
        "-- {company} Help Center",
        "This is an automated message.",
        "You can check the status of your request at https://help.{company_domain}/",
        "Reply above this line.",
    ],
    "pt": [
        "Por favor, não responda a este e-mail.",
        "Esta é uma mensagem automática.",
        "-- Equipa {company}",
        "Acompanhe o seu pedido em https://ajuda.{company_domain}/",
    ],
    "es": [
        "Por favor, no respondas a este correo.",
        "Este es un mensaje automático.",
        "-- Equipo de {company}",
        "Consulta el estado en https://ayuda.{company_domain}/",
    ],
    "de": [
        "Bitte antworten Sie nicht auf diese E-Mail.",
        "Dies ist eine automatische Nachricht.",
        "-- Ihr {company} Team",
        "Status abrufen: https://hilfe.{company_domain}/",
    ],
    "fr": [
        "Merci de ne pas répondre à cet e-mail.",
        "Ceci est un message automatique.",
        "-- L'équipe {company}",
        "Suivez votre demande sur https://aide.{company_domain}/",
    ],
}

_AUTO_SUBJECT: LangBank = {
    "en": [
        "Automatic reply: {orig}",
        "Out of Office: {orig}",
        "Auto: {orig}",
        "Autoreply: {orig}",
        "Out of office",
        "Away until {date}",
        "OOO",
        "Re: {orig}",
        "Auto Response",
        "[Auto-Reply] {orig}",
        "Out of Office AutoReply: {orig}",
        "I'm on vacation",
        "Automatic reply: Re: {orig}",
        "Away from my desk",
        "On leave",
        "Re: {orig} (out of office)",
    ],
    "pt": [
        "Resposta automática: {orig}",
        "Ausente: {orig}",
        "Fora do escritório",
        "Férias",
        "Re: {orig}",
        "Resposta Automática - Ausência",
        "Ausência temporária",
        "Automática: {orig}",
        "Resposta automática: Re: {orig}",
        "Fora do escritório: {orig}",
    ],
    "es": [
        "Respuesta automática: {orig}",
        "Fuera de la oficina: {orig}",
        "Ausente",
        "Vacaciones",
        "Re: {orig}",
        "Respuesta automática de ausencia",
        "Fuera de oficina",
        "Automático: {orig}",
        "Respuesta automática: RE: {orig}",
        "Ausencia: {orig}",
    ],
    "de": [
        "Abwesenheitsnotiz: {orig}",
        "Automatische Antwort: {orig}",
        "Abwesend: {orig}",
        "Außer Haus",
        "Urlaub bis {date}",
        "AW: {orig}",
        "Abwesenheit",
        "Re: {orig}",
        "Abwesenheitsnotiz",
        "Automatische Antwort: AW: {orig}",
    ],
    "fr": [
        "Réponse automatique : {orig}",
        "Absence du bureau : {orig}",
        "Absent(e) : {orig}",
        "Absence",
        "Congés",
        "RE : {orig}",
        "Message d'absence",
        "Réponse automatique d'absence",
        "Absent : {orig}",
        "Réponse automatique : RE : {orig}",
    ],
}

_TICKET_SUBJECT: LangBank = {
    "en": [
        "[#{ticket}] Re: {orig}",
        "Request received: {orig}",
        "Ticket #{ticket} created",
        "We've received your request [#{ticket}]",
        "[{company}] Request #{ticket}",
        "Thanks for contacting us (#{ticket})",
    ],
    "pt": [
        "[#{ticket}] Re: {orig}",
        "Pedido recebido: {orig}",
        "Chamado #{ticket} aberto",
        "Recebemos a sua mensagem [#{ticket}]",
    ],
    "es": [
        "[#{ticket}] Re: {orig}",
        "Solicitud recibida: {orig}",
        "Ticket #{ticket} creado",
        "Hemos recibido tu mensaje [#{ticket}]",
    ],
    "de": [
        "[#{ticket}] AW: {orig}",
        "Eingangsbestätigung: {orig}",
        "Ticket #{ticket} erstellt",
        "Ihre Anfrage [#{ticket}] ist eingegangen",
    ],
    "fr": [
        "[#{ticket}] RE : {orig}",
        "Demande reçue : {orig}",
        "Ticket #{ticket} créé",
        "Accusé de réception [#{ticket}]",
    ],
}

_AUTO_HEADER_SETS: list[dict[str, str]] = [
    {"Auto-Submitted": "auto-replied"},
    {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    {"X-Autoreply": "yes"},
    {"Precedence": "auto_reply"},
    {"Auto-Submitted": "auto-replied (vacation)"},
    {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    {"X-Autorespond": "yes", "Precedence": "bulk"},
    {"Precedence": "junk"},
    {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
    {"X-Auto-Response-Suppress": "OOF"},
    {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    {"Auto-submitted": "auto-replied"},
]


_AUTO_GREETING: LangBank = {
    "en": ["Hello,", "Hi,", "Dear sender,", "Hi there,", "Good day,", "Hello and thank you."],
    "pt": ["Olá,", "Caro(a) remetente,", "Bom dia,", "Prezados,", "Olá, obrigado pelo contacto."],
    "es": ["Hola,", "Estimado/a remitente:", "Buenos días,", "Saludos,", "Hola, gracias."],
    "de": [
        "Guten Tag,",
        "Hallo,",
        "Sehr geehrte Damen und Herren,",
        "Moin,",
        "Vielen Dank für Ihre Nachricht.",
    ],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour et merci.", "Hello,", "Bonjour à tous,"],
}


def _auto_signature(ctx: _Ctx) -> str:
    style = ctx.rng.randint(0, 4)
    if style == 0:
        return ctx.slots["first"]
    if style == 1:
        return f"{ctx.slots['full']}\n{ctx.slots['title']} | {ctx.slots['company']}"
    if style == 2:
        return f"{ctx.say(_SIGNOFF)}\n{ctx.slots['full']}"
    if style == 3:
        return f"--\n{ctx.slots['full']}\n{ctx.slots['title']}\n{ctx.slots['phone']}"
    return ""


def _auto_reply(ctx: _Ctx) -> Specimen:
    shape = ctx.pick_any(
        ["ooo", "ooo", "ooo", "short", "bilingual", "autoresponder", "moved", "ticket"]
    )
    subject = ctx.say(_AUTO_SUBJECT)
    sender_name, sender_email = ctx.slots["full"], ctx.slots["email"]
    if shape == "moved" or (not _sender_is_work(ctx) and ctx.chance(0.6)):
        # out-of-office and "I have left" notices come mostly from work mailboxes
        sender_email = _mailbox(
            ctx.slots["first"], ctx.slots["last"], ctx.slots["company_domain"], ctx.rng
        )
    greeting = ctx.say(_AUTO_GREETING) if ctx.chance(0.35) else ""
    if shape == "ooo":
        follows = ctx.some(_OOO_FOLLOW, 0, 2)
        body = _paragraphs(greeting, ctx.say(_OOO_LEAD), " ".join(follows), _auto_signature(ctx))
    elif shape == "short":
        body = _paragraphs(
            ctx.say(_OOO_SHORT), ctx.slots["first"] if ctx.chance(0.5) else None, sep="\n"
        )
    elif shape == "bilingual":
        lead = ctx.say(_OOO_LEAD)
        follow = ctx.say(_OOO_FOLLOW)
        if ctx.lang == "en":
            other = _Ctx(ctx.rng, ctx.split, ctx.pick_any(LANGUAGES[1:]))
            other.slots.update(ctx.slots)
            # the same return date, written the way the second language writes dates
            other.slots.update(
                date=_when(other, int(ctx.slots["away_until"])),
                date_from=_when(other, int(ctx.slots["away_from"])),
            )
            second = other.say(_OOO_LEAD)
        else:
            second = ctx.fill(ctx.pick(_OOO_SECOND_LANG_EN))
        separator = ctx.pick_any(["\n\n---\n\n", "\n\n", "\n\n*****\n\n", "\n\n[EN]\n"])
        body = _paragraphs(f"{lead} {follow}" + separator + second, _auto_signature(ctx))
    elif shape == "autoresponder":
        body = _paragraphs(
            greeting,
            ctx.say(_AUTORESPONDER),
            ctx.say(_OOO_FOLLOW) if ctx.chance(0.5) else None,
            _auto_signature(ctx),
        )
    elif shape == "moved":
        body = _paragraphs(ctx.say(_MOVED), _auto_signature(ctx) if ctx.chance(0.5) else None)
    else:
        subject = ctx.say(_TICKET_SUBJECT)
        sender_name = ctx.pick_any(
            [
                f"{ctx.slots['company']} Support",
                ctx.slots["company"],
                f"{ctx.slots['company']} Help Desk",
            ]
        )
        local = ctx.pick_any(
            ["support", "help", "noreply", "no-reply", "helpdesk", "service", "contact"]
        )
        sender_email = f"{local}@{ctx.slots['company_domain']}"
        body = _paragraphs(greeting or None, ctx.say(_TICKET_ACK), ctx.say(_TICKET_FOOTER))
    with_header = ctx.chance(0.55 if shape != "ticket" else 0.75)
    headers = dict(ctx.pick_any(_AUTO_HEADER_SETS)) if with_header else {}
    return Specimen(
        label="other",
        other_kind="auto_reply",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=sender_name,
        sender_email=sender_email,
        difficulty="easy" if with_header else "hard",
        must_not_autoreply=True,
        headers=headers,
        may_quote_newsletter=ctx.chance(0.6),
        notes=f"auto_reply/{shape}" + ("" if with_header else " without auto-reply headers"),
    )


# ---------------------------------------------------------------------------------------------
# bounce: delivery status notifications, built as whole raw messages

_NEWSLETTER_OPENING = (
    "Hey,\n"
    "I'm Sergio Pereira, and this is the Remote Work newsletter 👋\n"
    "Last week I wrote about the growth of the Product Engineer role, and how Software "
    "Engineers can reap the opportunities that come with this market trend.\n"
    "Today I'll tell you about my Fractional CTO career, and the ups and downs that come with "
    "it. As I wrote many times, a freelance career is a fine balance between two extremes:\n"
    "• Anxiety from having no clients.\n"
    "• Burn out from having too many clients.\n"
    "It's a famine or feast type of career. Gotta adapt to the bumpy nature of income.\n"
)

_OWNER_REPLIES = [
    "Hi {rcpt_first},\n\nThanks for reaching out and for sending your CV! I'm travelling this "
    "week, but I'll get back to you properly next week.\n\nBest,\nSergio",
    "Hi {rcpt_first},\n\nGreat to hear from you. Do you have 30 minutes next Tuesday for a "
    "quick call? Here's my calendar: https://cal.com/sergiopereira/30min\n\nCheers,\nSergio",
    "Hey {rcpt_first},\n\nThanks! I've added you to my network list and will ping you when a "
    "matching client comes up.\n\nSergio",
    "Hi {rcpt_first},\n\nFollowing up on my last email - are you still interested?\n\nSergio",
]

# (status, diagnostic from the remote server, what it means in each language, delayed?)
_FAILURES: list[tuple[str, str, dict[str, str]]] = [
    (
        "5.1.1",
        "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
        {
            "en": "The email account that you tried to reach does not exist.",
            "pt": "A conta de e-mail que você tentou contactar não existe.",
            "es": "La cuenta de correo a la que has intentado escribir no existe.",
            "de": "Das E-Mail-Konto, das Sie erreichen wollten, existiert nicht.",
            "fr": "Le compte de messagerie que vous avez essayé de joindre n'existe pas.",
        },
    ),
    (
        "5.1.1",
        "550 5.1.1 User unknown",
        {
            "en": "The recipient's mailbox could not be found on the destination server.",
            "pt": "A caixa de correio do destinatário não foi encontrada no servidor de destino.",
            "es": "No se encontró el buzón del destinatario en el servidor de destino.",
            "de": "Das Postfach des Empfängers wurde auf dem Zielserver nicht gefunden.",
            "fr": "La boîte aux lettres du destinataire est introuvable sur le serveur.",
        },
    ),
    (
        "5.4.4",
        "Host or domain name not found. Name service error for name={rdomain} "
        "type=MX: Host not found",
        {
            "en": "The domain {rdomain} couldn't be found. Check for typos or unnecessary spaces.",
            "pt": "O domínio {rdomain} não foi encontrado. Verifique se há erros de digitação.",
            "es": "No se ha encontrado el dominio {rdomain}. Comprueba si hay errores.",
            "de": "Die Domain {rdomain} wurde nicht gefunden. Prüfen Sie die Schreibweise.",
            "fr": "Le domaine {rdomain} est introuvable. Vérifiez l'orthographe de l'adresse.",
        },
    ),
    (
        "5.2.2",
        "552 5.2.2 The email account that you tried to reach is over quota.",
        {
            "en": "The recipient's mailbox is full and can't accept messages now.",
            "pt": "A caixa de correio do destinatário está cheia e não pode receber mensagens.",
            "es": "El buzón del destinatario está lleno y no puede recibir mensajes.",
            "de": "Das Postfach des Empfängers ist voll und kann keine Nachrichten annehmen.",
            "fr": "La boîte aux lettres du destinataire est pleine.",
        },
    ),
    (
        "5.2.1",
        "550 5.2.1 The email account that you tried to reach is disabled.",
        {
            "en": "The account you tried to reach has been disabled.",
            "pt": "A conta que você tentou contactar foi desativada.",
            "es": "La cuenta a la que intentaste escribir está desactivada.",
            "de": "Das Konto, das Sie erreichen wollten, wurde deaktiviert.",
            "fr": "Le compte que vous avez essayé de joindre a été désactivé.",
        },
    ),
    (
        "5.7.1",
        "554 5.7.1 Message rejected due to content restrictions",
        {
            "en": "Your message was rejected by the recipient's server because of its content.",
            "pt": "A sua mensagem foi rejeitada pelo servidor do destinatário devido ao conteúdo.",
            "es": "El servidor del destinatario rechazó tu mensaje por su contenido.",
            "de": "Ihre Nachricht wurde vom Empfängerserver wegen ihres Inhalts abgelehnt.",
            "fr": "Votre message a été refusé par le serveur du destinataire en raison du contenu.",
        },
    ),
    (
        "5.7.1",
        "550 5.7.1 Relaying denied. Proper authentication required.",
        {
            "en": "The recipient's server refused to accept the message.",
            "pt": "O servidor do destinatário recusou a mensagem.",
            "es": "El servidor del destinatario se negó a aceptar el mensaje.",
            "de": "Der Empfängerserver hat die Annahme der Nachricht verweigert.",
            "fr": "Le serveur du destinataire a refusé le message.",
        },
    ),
    (
        "5.2.0",
        "550 5.2.0 Requested action not taken: mailbox unavailable",
        {
            "en": "The recipient's mailbox is unavailable.",
            "pt": "A caixa de correio do destinatário está indisponível.",
            "es": "El buzón del destinatario no está disponible.",
            "de": "Das Postfach des Empfängers ist nicht verfügbar.",
            "fr": "La boîte aux lettres du destinataire n'est pas disponible.",
        },
    ),
    (
        "5.3.4",
        "552 5.3.4 Message size exceeds fixed maximum message size",
        {
            "en": "Your message is too large for the recipient's server.",
            "pt": "A sua mensagem é demasiado grande para o servidor do destinatário.",
            "es": "Tu mensaje es demasiado grande para el servidor del destinatario.",
            "de": "Ihre Nachricht ist zu groß für den Server des Empfängers.",
            "fr": "Votre message est trop volumineux pour le serveur du destinataire.",
        },
    ),
    (
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        {
            "en": "The recipient's email address wasn't found in the recipient's email system.",
            "pt": "O endereço do destinatário não foi encontrado no sistema de e-mail dele.",
            "es": "No se encontró la dirección del destinatario en su sistema de correo.",
            "de": "Die Adresse wurde im E-Mail-System des Empfängers nicht gefunden.",
            "fr": "L'adresse du destinataire est introuvable dans son système de messagerie.",
        },
    ),
    (
        "5.1.2",
        "550 5.1.2 Bad destination system address",
        {
            "en": "The destination system doesn't accept mail for this address.",
            "pt": "O sistema de destino não aceita mensagens para este endereço.",
            "es": "El sistema de destino no acepta correo para esta dirección.",
            "de": "Das Zielsystem nimmt für diese Adresse keine Nachrichten an.",
            "fr": "Le système de destination n'accepte pas de courrier pour cette adresse.",
        },
    ),
    (
        "5.0.0",
        "550 Mailbox quota exceeded / Account inactive",
        {
            "en": "The recipient's account is inactive or over its storage limit.",
            "pt": "A conta do destinatário está inativa ou excedeu o limite de armazenamento.",
            "es": "La cuenta del destinatario está inactiva o ha superado su cuota.",
            "de": "Das Konto des Empfängers ist inaktiv oder hat sein Speicherlimit erreicht.",
            "fr": "Le compte du destinataire est inactif ou a dépassé son quota.",
        },
    ),
]

_DELAYS: list[tuple[str, str, dict[str, str]]] = [
    (
        "4.4.1",
        "connect to {rmx}[{ip}]:25: Connection timed out",
        {
            "en": "The recipient's server isn't responding. We'll keep trying to deliver it.",
            "pt": "O servidor do destinatário não está a responder. Vamos continuar a tentar.",
            "es": "El servidor del destinatario no responde. Seguiremos intentándolo.",
            "de": "Der Empfängerserver antwortet nicht. Wir versuchen es weiter.",
            "fr": "Le serveur du destinataire ne répond pas. Nous continuons d'essayer.",
        },
    ),
    (
        "4.2.2",
        "452 4.2.2 Mailbox full, please try again later",
        {
            "en": "The recipient's mailbox is temporarily full. Delivery will be retried.",
            "pt": "A caixa do destinatário está temporariamente cheia. A entrega será repetida.",
            "es": "El buzón del destinatario está lleno temporalmente. Se reintentará la entrega.",
            "de": "Das Postfach ist vorübergehend voll. Die Zustellung wird wiederholt.",
            "fr": "La boîte du destinataire est temporairement pleine. Nouvel essai prévu.",
        },
    ),
    (
        "4.4.3",
        "Host or domain name not found. Name service error for name={rdomain}: try again",
        {
            "en": "A temporary DNS problem is preventing delivery. No action is needed yet.",
            "pt": "Um problema temporário de DNS impede a entrega. Ainda não é preciso fazer nada.",
            "es": "Un problema temporal de DNS impide la entrega. No hace falta hacer nada aún.",
            "de": "Ein vorübergehendes DNS-Problem verhindert die Zustellung.",
            "fr": "Un problème DNS temporaire empêche la remise. Aucune action requise.",
        },
    ),
    (
        "4.7.1",
        "450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, try again later",
        {
            "en": "The message was temporarily deferred by the recipient's server.",
            "pt": "A mensagem foi adiada temporariamente pelo servidor do destinatário.",
            "es": "El servidor del destinatario ha aplazado temporalmente el mensaje.",
            "de": "Die Nachricht wurde vom Empfängerserver vorübergehend zurückgestellt.",
            "fr": "Le message a été temporairement différé par le serveur du destinataire.",
        },
    ),
    (
        "4.3.0",
        "451 4.3.0 Temporary server error. Please try again later",
        {
            "en": "There was a temporary problem delivering your message.",
            "pt": "Houve um problema temporário ao entregar a sua mensagem.",
            "es": "Hubo un problema temporal al entregar tu mensaje.",
            "de": "Beim Zustellen Ihrer Nachricht ist ein vorübergehender Fehler aufgetreten.",
            "fr": "Un problème temporaire a empêché la remise de votre message.",
        },
    ),
]

_OWNER_MTAS = [
    "smtp.sergiopereira.io",
    "mail.sergiopereira.io",
    "mx.zoho.eu",
    "out.mailhop.org",
    "mail-out.fastmail.com",
    "smtp-relay.sendinblue.com",
    "mta-07.mailgun.net",
    "o1.email.beehiiv.com",
]
_REMOTE_MX = [
    "mx1.{rdomain}",
    "mx.{rdomain}",
    "{rdomain_dash}.mail.protection.outlook.com",
    "mail.{rdomain}",
    "mx-in.{rdomain}",
    "mx01.{rdomain}",
]

_GMAIL_HEAD = {
    "en": ("Address not found", "Message not delivered", "Delivery incomplete"),
    "pt": ("Endereço não encontrado", "Mensagem não entregue", "Entrega incompleta"),
    "es": ("No se ha encontrado la dirección", "Mensaje no entregado", "Entrega incompleta"),
    "de": ("Adresse nicht gefunden", "Nachricht nicht zugestellt", "Zustellung unvollständig"),
    "fr": ("Adresse introuvable", "Message non remis", "Remise incomplète"),
}
_GMAIL_NOTFOUND = {
    "en": "Your message wasn't delivered to {rcpt} because the address couldn't be found, or "
    "is unable to receive mail.",
    "pt": "A sua mensagem não foi entregue a {rcpt} porque o endereço não foi encontrado ou "
    "não pode receber e-mails.",
    "es": "Tu mensaje no se ha entregado a {rcpt} porque no se ha encontrado la dirección o "
    "no puede recibir correo.",
    "de": "Ihre Nachricht wurde nicht an {rcpt} zugestellt, weil die Adresse nicht gefunden "
    "wurde oder keine E-Mails empfangen kann.",
    "fr": "Votre message n'a pas été remis à {rcpt}, car l'adresse est introuvable ou ne peut "
    "pas recevoir d'e-mails.",
}
_GMAIL_DELAY = {
    "en": "There was a temporary problem delivering your message to {rcpt}. Gmail will retry "
    "for {n} more hours. You'll be notified if the delivery fails permanently.",
    "pt": "Houve um problema temporário ao entregar a sua mensagem a {rcpt}. O Gmail vai "
    "tentar novamente durante mais {n} horas.",
    "es": "Se ha producido un problema temporal al entregar tu mensaje a {rcpt}. Gmail lo "
    "volverá a intentar durante {n} horas más.",
    "de": "Beim Zustellen Ihrer Nachricht an {rcpt} ist ein vorübergehendes Problem "
    "aufgetreten. Gmail versucht es noch {n} Stunden lang.",
    "fr": "Un problème temporaire a empêché la remise de votre message à {rcpt}. Gmail "
    "réessaiera pendant encore {n} heures.",
}
_REMOTE_SAID = {
    "en": "The response from the remote server was:",
    "pt": "A resposta do servidor remoto foi:",
    "es": "La respuesta del servidor remoto ha sido:",
    "de": "Antwort des Remoteservers:",
    "fr": "La réponse du serveur distant était :",
}
_EXCHANGE = {
    # subject prefix failed, subject prefix delayed, lead failed, lead delayed, diagnostics
    "en": (
        "Undeliverable: ",
        "Delivery delayed: ",
        [
            "Delivery has failed to these recipients or groups:",
            "Your message to {rcpt} couldn't be delivered.",
        ],
        "Delivery is delayed to these recipients or groups:",
        "Diagnostic information for administrators:",
    ),
    "pt": (
        "Não entregue: ",
        "Entrega atrasada: ",
        [
            "Falha na entrega para estes destinatários ou grupos:",
            "A sua mensagem para {rcpt} não pôde ser entregue.",
        ],
        "A entrega está atrasada para estes destinatários ou grupos:",
        "Informações de diagnóstico para administradores:",
    ),
    "es": (
        "No se puede entregar: ",
        "Entrega retrasada: ",
        [
            "Error en la entrega a estos destinatarios o grupos:",
            "No se pudo entregar su mensaje a {rcpt}.",
        ],
        "La entrega a estos destinatarios o grupos se ha retrasado:",
        "Información de diagnóstico para administradores:",
    ),
    "de": (
        "Unzustellbar: ",
        "Zustellung verzögert: ",
        [
            "Fehler bei der Zustellung an diese Empfänger oder Gruppen:",
            "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.",
        ],
        "Die Zustellung an diese Empfänger oder Gruppen ist verzögert:",
        "Diagnoseinformationen für Administratoren:",
    ),
    "fr": (
        "Non remis : ",
        "Remise différée : ",
        [
            "La remise du message a échoué pour ces destinataires ou groupes :",
            "Votre message à {rcpt} n'a pas pu être remis.",
        ],
        "La remise à ces destinataires ou groupes est différée :",
        "Informations de diagnostic pour les administrateurs :",
    ),
}
_ISP = {
    # subjects, from, lead
    "en": (
        ["Returned mail: see transcript for details", "Mail delivery failed"],
        ["Mail Delivery Subsystem <MAILER-DAEMON@{mta}>"],
        "The original message was received at {date}\nfrom {owner_mta}\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n"
        "    (reason: {diag})\n\n   ----- Transcript of session follows -----\n"
        "... while talking to {rmx}.:\n>>> RCPT To:<{rcpt}>\n<<< {diag}",
    ),
    "pt": (
        ["Falha na entrega da mensagem", "Mensagem não entregue", "Mensagem devolvida"],
        ["MAILER-DAEMON@sapo.pt", "Sistema de Entrega de Correio <postmaster@uol.com.br>"],
        "Esta mensagem foi gerada automaticamente pelo sistema de correio.\n\n"
        "Não foi possível entregar a sua mensagem a um ou mais destinatários. {human}\n"
        "Endereço(s) afetado(s):\n\n  {rcpt}\n    {diag}",
    ),
    "es": (
        ["Notificación de error de entrega", "Mensaje no entregado", "Correo devuelto"],
        [
            "MAILER-DAEMON@telefonica.net",
            "Sistema de entrega de correo <mailer-daemon@movistar.es>",
        ],
        "Este mensaje ha sido generado automáticamente por el sistema de correo.\n\n"
        "No se ha podido entregar tu mensaje a uno o más destinatarios. {human}\n"
        "Dirección(es) afectada(s):\n\n  {rcpt}\n    {diag}",
    ),
    "de": (
        [
            "Mail delivery failed: returning message to sender",
            "Unzustellbare Nachricht",
            "Nachricht konnte nicht zugestellt werden",
        ],
        [
            "Mail Delivery System <mailer-daemon@gmx.net>",
            "MAILER-DAEMON@web.de",
            "Mailer-Daemon@t-online.de",
        ],
        "Diese Nachricht wurde automatisch vom Mail-System erzeugt.\n\n"
        "Die Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden. "
        "{human}\nFolgende Adresse(n) sind betroffen:\n\n  {rcpt}\n    {diag}",
    ),
    "fr": (
        ["Echec de remise du message", "Message non délivré", "Retour de message"],
        [
            "Mail Delivery System <MAILER-DAEMON@orange.fr>",
            "postmaster@free.fr",
            "MAILER-DAEMON@laposte.net",
        ],
        "Ce message a été généré automatiquement par le système de messagerie.\n\n"
        "Votre message n'a pas pu être remis à un ou plusieurs destinataires. {human}\n"
        "Adresse(s) concernée(s) :\n\n  {rcpt}\n    {diag}",
    ),
}


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _text_part(text: str, description: str | None = None) -> str:
    head = f"Content-Description: {description}\n" if description else ""
    if text.isascii():
        return (
            f"{head}Content-Type: text/plain; charset=us-ascii\n"
            f"Content-Transfer-Encoding: 7bit\n\n{text}\n"
        )
    return (
        f"{head}Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(text)}\n"
    )


def _html_of(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in escaped.split("\n\n"))
    return f'<html><body style="font-family:Segoe UI,sans-serif">{paragraphs}</body></html>'


def _original_message(ctx: _Ctx, sent: datetime) -> tuple[str, str]:
    """Headers and body of the message of the owner's that bounced."""
    s = ctx.slots
    if ctx.chance(0.6):
        subject, body = NEWSLETTER_SUBJECT, _NEWSLETTER_OPENING
    else:
        subject = "Re: " + NEWSLETTER_SUBJECT
        body = ctx.fill(ctx.pick_any(_OWNER_REPLIES))
    headers = (
        f"From: {OWNER_NAME} <{OWNER_EMAIL}>\n"
        f"To: {s['rcpt']}\n"
        f"Subject: {subject}\n"
        f"Date: {format_datetime(sent)}\n"
        f"Message-ID: <{ctx.rng.getrandbits(64):016x}@sergiopereira.io>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
    )
    return headers, _qp(body)


def _bounce(ctx: _Ctx) -> Specimen:
    rng, s, lang = ctx.rng, ctx.slots, ctx.lang
    rcpt_first, rcpt_last = ctx.pick_any(_FIRST[lang]), ctx.pick_any(_LAST[lang])
    rdomain = s["company_domain"] if ctx.chance(0.5) else ctx.pick_any(_PERSONAL_DOMAINS[lang])
    s.update(
        rcpt=_mailbox(rcpt_first, rcpt_last, rdomain, rng),
        rcpt_first=rcpt_first,
        rdomain=rdomain,
        rdomain_dash=rdomain.replace(".", "-"),
        owner_mta=ctx.pick_any(_OWNER_MTAS),
        ip=f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
        f"{rng.randint(1, 254)}",
    )
    s["rmx"] = ctx.fill(ctx.pick_any(_REMOTE_MX))
    delayed = ctx.chance(0.18)
    status, diag_template, meaning = ctx.pick(_DELAYS if delayed else _FAILURES)
    s["diag"] = ctx.fill(diag_template)
    human = ctx.fill(meaning[lang])
    s["human"] = human
    styles = ["gmail", "exchange", "isp"]
    if lang == "en":
        styles += ["postfix", "postfix", "exim", "qmail"]
    style = ctx.pick_any(styles)
    sent = _sent_at(ctx)
    bounced_at = sent + timedelta(minutes=rng.randint(0, 60 * 8) if not delayed else 60 * 4)
    s["date"] = format_datetime(bounced_at)
    headers: dict[str, str] = {}
    with_html = False
    difficulty = "easy"
    if style == "postfix":
        mta = s["owner_mta"]
        s["mta"] = mta
        from_header = ctx.pick_any(
            [
                f"MAILER-DAEMON@{mta} (Mail Delivery System)",
                f"Mail Delivery System <MAILER-DAEMON@{mta}>",
            ]
        )
        if delayed:
            subject = "Delayed Mail (still being retried)"
            text = ctx.fill(
                "This is the mail system at host {mta}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for 4.0 hours.\n"
                "It will be retried until it is 5.0 days old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n<{rcpt}>: {diag}"
            )
        else:
            subject = "Undelivered Mail Returned to Sender"
            text = ctx.fill(
                "This is the mail system at host {mta}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n<{rcpt}>: host {rmx}[{ip}] said: {diag} "
                "(in reply to RCPT TO command)"
            )
        headers["Auto-Submitted"] = "auto-replied"
    elif style == "exim":
        mta = s["owner_mta"]
        s["mta"] = mta
        from_header = f"Mail Delivery System <Mailer-Daemon@{mta}>"
        if delayed:
            subject = f"Warning: message {rng.getrandbits(40):010x} delayed 24 hours"
            text = ctx.fill(
                "This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on {mta}.\n\n"
                "  {rcpt}\n    Delay reason: {diag}\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you."
            )
        else:
            subject = "Mail delivery failed: returning message to sender"
            text = ctx.fill(
                "This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "  {rcpt}\n    host {rmx} [{ip}]\n    SMTP error from remote mail server after "
                "RCPT TO:<{rcpt}>:\n    {diag}"
            )
        headers["X-Failed-Recipients"] = s["rcpt"]
        headers["Auto-Submitted"] = "auto-replied"
    elif style == "qmail":
        mta = s["owner_mta"]
        s["mta"] = mta
        from_header = f"MAILER-DAEMON@{mta}"
        subject = "failure notice"
        text = ctx.fill(
            "Hi. This is the qmail-send program at {mta}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<{rcpt}>:\n{ip} does not like recipient.\nRemote host said: {diag}\n"
            "Giving up on {ip}."
        )
    elif style == "gmail":
        from_header = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        s["mta"] = "mx.google.com"
        not_found, not_delivered, incomplete = _GMAIL_HEAD[lang]
        if delayed:
            subject = "Delivery Status Notification (Delay)"
            lead = incomplete + "\n\n" + ctx.fill(_GMAIL_DELAY[lang])
        else:
            subject = "Delivery Status Notification (Failure)"
            if status.startswith("5.1"):
                lead = not_found + "\n\n" + ctx.fill(_GMAIL_NOTFOUND[lang])
            else:
                lead = not_delivered + "\n\n" + human
        text = f"{lead}\n\n{_REMOTE_SAID[lang]}\n\n{s['diag']}"
        headers["X-Failed-Recipients"] = s["rcpt"]
        with_html = True
    elif style == "exchange":
        fail_prefix, delay_prefix, fail_leads, delay_lead, diagnostics = _EXCHANGE[lang]
        mta = (
            f"{ctx.pick_any(['AM0', 'DB8', 'VI1', 'PAXP', 'BN6', 'CY4'])}PR0{rng.randint(1, 9)}"
            f"MB{rng.randint(1000, 9999)}.{ctx.pick_any(['eurprd07', 'namprd04', 'eurprd03'])}"
            ".prod.outlook.com"
        )
        from_header = ctx.pick_any(
            [
                "Microsoft Outlook <postmaster@outlook.com>",
                f"postmaster@{s['company_domain']}",
                f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{s['company_domain']}",
                "Mail Delivery System <MAILER-DAEMON@outlook.com>",
            ]
        )
        original = ctx.pick_any([NEWSLETTER_SUBJECT, "RE: " + NEWSLETTER_SUBJECT])
        subject = (delay_prefix if delayed else fail_prefix) + original
        lead = ctx.fill(delay_lead if delayed else ctx.pick_any(fail_leads))
        text = (
            f"{lead}\n\n{s['rcpt']}\n{human}\n\n{diagnostics}\n\n"
            f"Generating server: {mta}\n\n{s['rcpt']}\nRemote Server returned '{s['diag']}'"
        )
        s["mta"] = mta
        with_html = ctx.chance(0.7)
        difficulty = "hard" if "postmaster@" in from_header and lang != "en" else "easy"
    else:
        subjects, froms, lead = _ISP[lang]
        subject = ctx.pick_any(subjects)
        s["mta"] = s["owner_mta"]
        from_header = ctx.fill(ctx.pick_any(froms))
        text = ctx.fill(lead)
        difficulty = "hard" if lang != "en" else "easy"
    if "<" in from_header:
        sender_name, sender_email = from_header[:-1].split(" <")
    elif " (" in from_header:
        sender_email, sender_name = from_header[:-1].split(" (")
    else:
        sender_name, sender_email = "", from_header
    raw = _dsn_bytes(
        ctx,
        style,
        from_header,
        subject,
        text,
        status,
        delayed,
        with_html,
        headers,
        sent,
        bounced_at,
    )
    return Specimen(
        label="other",
        other_kind="bounce",
        language=lang,
        subject=subject,
        body=text,
        sender_name=sender_name,
        sender_email=sender_email,
        difficulty=difficulty,
        must_not_autoreply=True,
        headers={"Return-Path": "<>", **headers},
        may_quote_newsletter=False,
        raw=raw,
        notes=f"bounce/{style} status {status}" + (" delayed" if delayed else ""),
    )


def _dsn_bytes(
    ctx: _Ctx,
    style: str,
    from_header: str,
    subject: str,
    text: str,
    status: str,
    delayed: bool,
    with_html: bool,
    extra: dict[str, str],
    sent: datetime,
    bounced_at: datetime,
) -> bytes:
    rng, s = ctx.rng, ctx.slots
    host = s.get("mta") or "mx.google.com"
    lines = [
        "Return-Path: <>",
        f"Received: from {host} ({host} [{s['ip']}])\n\tby mx.sergiopereira.io with ESMTPS "
        f"id {rng.getrandbits(48):012X}\n\tfor <{OWNER_EMAIL}>; {format_datetime(bounced_at)}",
        f"Date: {format_datetime(bounced_at)}",
        f"From: {from_header}",
        f"To: {OWNER_NAME} <{OWNER_EMAIL}>" if ctx.chance(0.5) else f"To: {OWNER_EMAIL}",
        f"Subject: {subject}",
        f"Message-ID: <{rng.getrandbits(64):016x}.{rng.getrandbits(20)}@{host}>",
        "MIME-Version: 1.0",
    ]
    lines += [f"{name}: {value}" for name, value in extra.items()]
    original_headers, original_body = _original_message(ctx, sent)
    if style == "qmail":
        lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        copy = original_headers + "\n" + quopri.decodestring(original_body).decode("utf-8")
        message = (
            "\n".join(lines) + "\n\n" + text + "\n\n--- Below this line is a copy of "
            "the message.\n\n" + copy
        )
        return message.replace("\n", "\r\n").encode("utf-8")
    boundary = f"{rng.getrandbits(64):016X}.{rng.randint(1000000000, 9999999999)}/{host}"
    lines.append(
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"'
    )
    parts: list[str] = []
    if with_html:
        inner = f"alt-{rng.getrandbits(48):012x}"
        html = _html_of(text)
        parts.append(
            f'Content-Type: multipart/alternative; boundary="{inner}"\n\n'
            f"--{inner}\n{_text_part(text)}\n--{inner}\n"
            f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: "
            f"quoted-printable\n\n{_qp(html)}\n--{inner}--\n"
        )
    else:
        parts.append(_text_part(text, "Notification"))
    action = "delayed" if delayed else "failed"
    report = (
        f"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\nArrival-Date: {format_datetime(sent)}\n\n"
        f"Final-Recipient: rfc822; {s['rcpt']}\nOriginal-Recipient: rfc822;{s['rcpt']}\n"
        f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; {s['rmx']}\n"
        f"Diagnostic-Code: smtp; {s['diag']}\n"
    )
    if delayed:
        report += f"Will-Retry-Until: {format_datetime(sent + timedelta(days=5))}\n"
    parts.append(report)
    attach = ctx.pick_any(["message", "message", "headers", "none"])
    if attach == "message":
        parts.append(
            f"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n"
            f"\n{original_headers}\n{original_body}\n"
        )
    elif attach == "headers":
        parts.append(
            f"Content-Description: Undelivered Message Headers\n"
            f"Content-Type: text/rfc822-headers\n\n{original_headers}"
        )
    body = "".join(f"--{boundary}\n{part}\n" for part in parts) + f"--{boundary}--\n"
    message = "\n".join(lines) + "\n\nThis is a MIME-encapsulated message.\n\n" + body
    return message.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# unsubscribe: people (and a few machines) asking to stop receiving the newsletter

_UNSUB_CORE: LangBank = {
    "en": [
        "unsubscribe",
        "Unsubscribe",
        "UNSUBSCRIBE",
        "unsubscribe me please",
        "Please remove me from your mailing list.",
        "Please take me off this list.",
        "Stop sending me these emails.",
        "I never signed up for this. Remove me.",
        "How do I unsubscribe? The link at the bottom doesn't work.",
        "remove",
        "Stop",
        "Please unsubscribe {email} from all future mailings.",
        "I'd like to unsubscribe, thanks.",
        "Take me off your list. This is the third time I'm asking.",
        "Not interested, please remove my address.",
        "Please stop emailing my work address.",
        "unsub",
        "Remove me from this list please",
        "Kindly remove my email from your distribution list.",
        "Can you please unsubscribe me? I can't find the link.",
        "STOP EMAILING ME",
        "Please delete my email address from your database.",
        "Opt me out, please.",
        "no more emails please",
    ],
    "pt": [
        "desinscrever",
        "Descadastrar",
        "Por favor, removam-me da vossa lista.",
        "Quero cancelar a inscrição.",
        "Parem de me enviar estes e-mails.",
        "Nunca me inscrevi nisto. Tirem-me da lista.",
        "Como faço para cancelar a inscrição? O link não funciona.",
        "remover",
        "Por favor, retire o meu e-mail {email} da lista.",
        "Não tenho interesse, obrigado. Favor descadastrar.",
        "Cancelar assinatura",
        "Por favor, não me enviem mais nada.",
        "Quero sair da lista, obrigado.",
        "Pare de mandar e-mail, por favor.",
    ],
    "es": [
        "darse de baja",
        "Baja",
        "Por favor, eliminadme de vuestra lista.",
        "Quiero darme de baja de la newsletter.",
        "Dejad de enviarme estos correos.",
        "Nunca me suscribí a esto. Borradme.",
        "¿Cómo me doy de baja? El enlace no funciona.",
        "eliminar",
        "Por favor, dad de baja la dirección {email}.",
        "No me interesa, gracias. Baja por favor.",
        "Cancelar suscripción",
        "Por favor, no me enviéis más correos.",
        "Quiero salir de la lista.",
        "BAJA",
    ],
    "de": [
        "abmelden",
        "Abmelden",
        "Bitte nehmen Sie mich aus Ihrem Verteiler.",
        "Ich möchte den Newsletter abbestellen.",
        "Hören Sie auf, mir diese E-Mails zu schicken.",
        "Ich habe mich nie angemeldet. Bitte löschen Sie meine Adresse.",
        "Wie kann ich mich abmelden? Der Link funktioniert nicht.",
        "austragen",
        "Bitte tragen Sie {email} aus allen Verteilern aus.",
        "Kein Interesse, bitte abmelden.",
        "Newsletter abbestellen",
        "Bitte keine weiteren E-Mails.",
        "Bitte austragen, danke.",
        "ABMELDEN",
    ],
    "fr": [
        "désabonner",
        "Désinscription",
        "Merci de me retirer de votre liste de diffusion.",
        "Je souhaite me désabonner de la newsletter.",
        "Arrêtez de m'envoyer ces e-mails.",
        "Je ne me suis jamais inscrit. Retirez-moi.",
        "Comment se désabonner ? Le lien ne marche pas.",
        "supprimer",
        "Merci de désinscrire l'adresse {email}.",
        "Pas intéressé, merci de me désabonner.",
        "Se désinscrire",
        "Merci de ne plus m'écrire.",
        "Je veux quitter la liste, merci.",
        "STOP",
    ],
}

_UNSUB_REASON: LangBank = {
    "en": [
        "I get too many emails these days.",
        "I'm no longer in tech.",
        "This isn't relevant to me anymore.",
        "I subscribed by mistake.",
        "I'm cleaning up my inbox.",
        "I've changed roles and don't need this anymore.",
        "I'm not a CTO and I don't have clients, no idea why I'm getting this.",
        "I switched careers and the fractional CTO stuff isn't relevant anymore.",
        "Nothing personal, I just can't keep up with newsletters.",
        "I went back to a full-time job, so the freelance content isn't for me now.",
        "Someone must have signed me up.",
        "I already get this on LinkedIn.",
    ],
    "pt": [
        "Recebo e-mails demais.",
        "Já não trabalho em tecnologia.",
        "Já não é relevante para mim.",
        "Inscrevi-me por engano.",
        "Não sou CTO nem tenho clientes, não sei porque recebo isto.",
        "Voltei a um emprego a tempo inteiro.",
        "Nada pessoal, só estou a limpar a caixa.",
    ],
    "es": [
        "Recibo demasiados correos.",
        "Ya no trabajo en tecnología.",
        "Ya no me resulta relevante.",
        "Me suscribí por error.",
        "No soy CTO ni tengo clientes, no sé por qué me llega esto.",
        "He vuelto a un trabajo a tiempo completo.",
        "Nada personal, estoy limpiando el correo.",
    ],
    "de": [
        "Ich bekomme zu viele E-Mails.",
        "Ich arbeite nicht mehr in der IT.",
        "Das ist für mich nicht mehr relevant.",
        "Ich habe mich aus Versehen angemeldet.",
        "Ich bin kein CTO und habe keine Kunden, keine Ahnung, warum ich das bekomme.",
        "Ich bin wieder fest angestellt.",
        "Nichts Persönliches, ich räume nur auf.",
    ],
    "fr": [
        "Je reçois trop d'e-mails.",
        "Je ne travaille plus dans la tech.",
        "Ce n'est plus pertinent pour moi.",
        "Je me suis inscrit par erreur.",
        "Je ne suis pas CTO et je n'ai pas de clients, je ne sais pas pourquoi je reçois ça.",
        "J'ai repris un poste salarié.",
        "Rien de personnel, je fais le tri.",
    ],
}

_UNSUB_SUBJECT: LangBank = {
    "en": [
        "unsubscribe",
        "Unsubscribe",
        "Remove",
        "remove me",
        "Stop",
        "Please remove",
        "Unsubscribe request",
        "take me off",
    ],
    "pt": ["desinscrever", "Descadastrar", "Remover", "Cancelar inscrição", "Sair da lista"],
    "es": ["Baja", "darse de baja", "Eliminar", "Cancelar suscripción", "Baja de la lista"],
    "de": ["abmelden", "Abmeldung", "Austragen", "Newsletter abbestellen", "Abbestellen"],
    "fr": ["désabonner", "Désinscription", "Désabonnement", "Se désinscrire", "Retirer"],
}

_UNSUB_MACHINE: LangBank = {
    "en": [
        "This message was automatically generated by Gmail.",
        "Unsubscribe request sent from Outlook.",
        "unsubscribe\n\nSent via one-click unsubscribe",
        "This is an automated unsubscribe request.",
        "Automatically generated by Apple Mail: the user asked to unsubscribe.",
    ],
    "pt": [
        "Esta mensagem foi gerada automaticamente pelo Gmail.",
        "Pedido automático de cancelamento de subscrição.",
        "Mensagem gerada automaticamente: o utilizador pediu para sair da lista.",
    ],
    "es": [
        "Este mensaje lo ha generado automáticamente Gmail.",
        "Solicitud automática de baja.",
        "Mensaje generado automáticamente: el usuario ha pedido la baja.",
    ],
    "de": [
        "Diese Nachricht wurde automatisch von Gmail generiert.",
        "Automatische Abmeldeanfrage.",
        "Automatisch erzeugt: Der Nutzer möchte sich abmelden.",
    ],
    "fr": [
        "Ce message a été généré automatiquement par Gmail.",
        "Demande de désinscription automatique.",
        "Message généré automatiquement : l'utilisateur souhaite se désabonner.",
    ],
}

_UNSUB_NOTICE: LangBank = {
    "en": [
        "{email} has unsubscribed from Remote Work.",
        "Unsubscribe notification: {full} ({email}) left your list 'Remote Work newsletter'.",
        "A subscriber unsubscribed: {email}\nReason given: {reason}",
        "You lost a subscriber. {email} unsubscribed from your publication today.",
    ],
    "pt": [
        "{email} cancelou a subscrição da Remote Work.",
        "Notificação: {full} ({email}) saiu da sua lista.",
        "Um assinante cancelou: {email}\nMotivo: {reason}",
    ],
    "es": [
        "{email} se ha dado de baja de Remote Work.",
        "Notificación: {full} ({email}) ha abandonado tu lista.",
        "Un suscriptor se ha dado de baja: {email}\nMotivo: {reason}",
    ],
    "de": [
        "{email} hat Remote Work abbestellt.",
        "Benachrichtigung: {full} ({email}) hat sich von Ihrer Liste abgemeldet.",
        "Ein Abonnent hat sich abgemeldet: {email}\nGrund: {reason}",
    ],
    "fr": [
        "{email} s'est désabonné de Remote Work.",
        "Notification : {full} ({email}) a quitté votre liste.",
        "Un abonné s'est désinscrit : {email}\nRaison : {reason}",
    ],
}
_UNSUB_NOTICE_SUBJECT: LangBank = {
    "en": [
        "Unsubscribe notification",
        "{full} unsubscribed",
        "You have a new unsubscribe",
        "Subscriber left: {email}",
    ],
    "pt": ["Notificação de cancelamento", "{full} cancelou a subscrição"],
    "es": ["Notificación de baja", "{full} se ha dado de baja"],
    "de": ["Abmeldebenachrichtigung", "{full} hat sich abgemeldet"],
    "fr": ["Notification de désabonnement", "{full} s'est désabonné"],
}
_NEWSLETTER_PLATFORMS = [
    ("Substack", "no-reply@substack.com"),
    ("Mailchimp", "noreply@mailchimp.com"),
    ("ConvertKit", "notifications@convertkit.com"),
    ("beehiiv", "no-reply@mail.beehiiv.com"),
    ("Buttondown", "notifications@buttondown.email"),
]


_UNSUB_RUDE: LangBank = {
    "en": [
        "This is spam.",
        "I'll report you.",
        "Seriously?",
        "Last warning.",
        "Why do I keep getting this???",
        "I never asked for this.",
        "Enough.",
    ],
    "pt": ["Isto é spam.", "Vou denunciar.", "Chega!", "Que chatice."],
    "es": ["Esto es spam.", "Os voy a denunciar.", "¡Basta ya!", "Qué pesados."],
    "de": ["Das ist Spam.", "Ich melde das.", "Jetzt reicht's!", "Nervt."],
    "fr": ["C'est du spam.", "Je vais signaler.", "Ça suffit !", "Pénible."],
}

_UNSUB_GDPR: LangBank = {
    "en": [
        "Under Article 17 GDPR I request the erasure of my personal data, including "
        "my email address {email}. Please confirm once done.",
        "Please unsubscribe me and delete any personal data you hold about me (GDPR Art. 17).",
        "I am exercising my right to erasure. Remove {email} from every list and confirm.",
        "Under CCPA/GDPR, please delete my data and tell me where you got my address.",
    ],
    "pt": [
        "Ao abrigo do artigo 17.º do RGPD, solicito a eliminação dos meus dados "
        "pessoais, incluindo o e-mail {email}.",
        "Nos termos da LGPD, peço a exclusão dos meus dados e do e-mail {email}.",
    ],
    "es": [
        "En virtud del artículo 17 del RGPD, solicito la supresión de mis datos "
        "personales, incluido el correo {email}.",
        "Ejerzo mi derecho de supresión: borrad {email} de todas vuestras listas.",
    ],
    "de": [
        "Gemäß Art. 17 DSGVO verlange ich die Löschung meiner personenbezogenen "
        "Daten, einschließlich meiner E-Mail-Adresse {email}.",
        "Bitte löschen Sie meine Daten und teilen Sie mir mit, woher Sie meine Adresse haben.",
    ],
    "fr": [
        "Conformément à l'article 17 du RGPD, je demande l'effacement de mes données "
        "personnelles, y compris mon adresse {email}.",
        "J'exerce mon droit à l'effacement : supprimez {email} de toutes vos listes.",
    ],
}


def _unsubscribe(ctx: _Ctx) -> Specimen:
    shape = ctx.pick_any(
        ["bare", "bare", "reasoned", "reasoned", "rude", "gdpr", "machine", "notice"]
    )
    s = ctx.slots
    sender_name, sender_email = s["full"], s["email"]
    headers: dict[str, str] = {}
    machine = False
    difficulty = "easy"
    quote = ctx.chance(0.5)
    subject = _reply_subject(ctx) if quote else ctx.say(_UNSUB_SUBJECT)
    if shape == "bare":
        body = ctx.say(_UNSUB_CORE)
        if ctx.chance(0.3):
            body += "\n\n" + (s["first"] if ctx.chance(0.5) else s["full"])
    elif shape == "reasoned":
        reason = ctx.say(_UNSUB_REASON)
        parts = [ctx.say(_UNSUB_CORE), reason]
        if ctx.chance(0.4):
            parts.reverse()
        body = _paragraphs(
            ctx.say(_GREETING) if ctx.chance(0.5) else None,
            " ".join(parts),
            _signed(ctx) if ctx.chance(0.6) else None,
        )
        difficulty = "hard" if any(w in reason for w in ("CTO", "client", "freelance")) else "easy"
    elif shape == "rude":
        body = ctx.say(_UNSUB_CORE).upper() if ctx.chance(0.3) else ctx.say(_UNSUB_CORE)
        body = _paragraphs(body, ctx.say(_UNSUB_RUDE), sep=" ")
        subject = subject.upper() if ctx.chance(0.3) else subject
    elif shape == "gdpr":
        body = _paragraphs(ctx.say(_GREETING), ctx.say(_UNSUB_GDPR), _signed(ctx, full=True))
    elif shape == "machine":
        subject = ctx.pick_any(["unsubscribe", "Unsubscribe", "unsubscribe " + s["email"]])
        body = ctx.say(_UNSUB_MACHINE)
        headers = dict(
            ctx.pick_any(
                [
                    {"Auto-Submitted": "auto-generated"},
                    {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
                    {},
                ]
            )
        )
        machine, quote = True, False
        difficulty = "easy" if headers else "hard"
    else:
        s["reason"] = ctx.say(_UNSUB_REASON)
        platform, platform_email = ctx.pick_any(_NEWSLETTER_PLATFORMS)
        sender_name, sender_email = platform, platform_email
        subject = ctx.say(_UNSUB_NOTICE_SUBJECT)
        body = _paragraphs(
            ctx.say(_UNSUB_NOTICE), f"-- \n{platform} · https://{platform.lower()}.com/settings"
        )
        headers = dict(
            ctx.pick_any(
                [
                    {"Auto-Submitted": "auto-generated"},
                    {"Precedence": "bulk"},
                    {"X-Mailer": platform},
                ]
            )
        )
        machine, quote = True, False
    return Specimen(
        label="other",
        other_kind="unsubscribe",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=sender_name,
        sender_email=sender_email,
        difficulty=difficulty,
        must_not_autoreply=machine,
        headers=headers,
        may_quote_newsletter=quote,
        notes=f"unsubscribe/{shape}",
    )


# ---------------------------------------------------------------------------------------------
# vendor_pitch: agencies, outsourcing, SEO, lead-gen, recruiters with CVs, tools, sponsors

_VENDOR_HEAD = [
    "Code",
    "Dev",
    "Byte",
    "Pixel",
    "Stack",
    "Cloud",
    "Sprint",
    "Agile",
    "Nova",
    "Hyper",
    "Bright",
    "Swift",
    "Blue",
    "Iron",
    "Apex",
    "Quantum",
    "Lead",
    "Growth",
    "Talent",
    "Hire",
]
_VENDOR_TAIL = [
    "Nest",
    "Forge",
    "Crafters",
    "Bridge",
    "Works",
    "Squad",
    "Labs",
    "Minds",
    "Hive",
    "Point",
    "Scale",
    "Flow",
    "Path",
    "Loop",
    "Force",
    "Spark",
]
_VENDOR_SUFFIX = [
    "",
    "",
    " Solutions",
    " Technologies",
    " Consulting",
    " Group",
    " Studio",
    " Partners",
]
_VENDOR_COUNTRY: LangBank = {
    "en": [
        "Ukraine",
        "Poland",
        "India",
        "Brazil",
        "Argentina",
        "Vietnam",
        "Portugal",
        "Romania",
        "Pakistan",
        "Mexico",
        "Colombia",
        "Serbia",
        "the Philippines",
        "Egypt",
    ],
    "pt": ["Brasil", "Portugal", "Índia", "Ucrânia", "Polónia", "Argentina", "Vietname"],
    "es": ["Argentina", "Colombia", "México", "España", "Uruguay", "India", "Ucrania"],
    "de": ["Polen", "Rumänien", "Ukraine", "Indien", "Serbien", "Bulgarien", "Vietnam"],
    "fr": ["Maroc", "Tunisie", "Roumanie", "Madagascar", "Inde", "Ukraine", "Sénégal"],
}
_VENDOR_TITLES = [
    "Business Development Manager",
    "Partnerships Lead",
    "Head of Sales",
    "Growth Manager",
    "Account Executive",
    "Founder",
    "CEO",
    "Talent Partner",
    "Client Partner",
    "Sales Director",
]

_PITCH_HOOK: LangBank = {
    "en": [
        "I just read your latest newsletter about having too many clients - congrats!",
        "Came across your post about the famine-or-feast cycle and it really resonated.",
        "I've been following your content on LinkedIn for a while.",
        "Hope you're doing well.",
        "I noticed you mentioned you're short on bandwidth right now.",
        "I'll keep this short.",
        "Saw that you're building a network to take on more client work.",
        "I came across your profile while researching fractional CTOs in Europe.",
        "Quick one - I know your inbox must be busy after that last edition.",
        "Hope this email finds you well.",
        "Your newsletter popped up in my feed and I had to reach out.",
        "I'm reaching out because we work with a lot of people in your position.",
        "Congrats on the growth of Remote Work!",
        "I promise this isn't another generic pitch.",
    ],
    "pt": [
        "Acabei de ler a sua newsletter sobre ter clientes demais - parabéns!",
        "Espero que esteja tudo bem consigo.",
        "Vi que mencionou estar sem disponibilidade neste momento.",
        "Sigo o seu conteúdo no LinkedIn há algum tempo.",
        "Vou ser breve.",
        "Encontrei o seu perfil ao pesquisar CTOs fracionados na Europa.",
    ],
    "es": [
        "Acabo de leer tu newsletter sobre tener demasiados clientes, ¡enhorabuena!",
        "Espero que estés muy bien.",
        "Vi que comentabas que ahora mismo no tienes disponibilidad.",
        "Sigo tu contenido en LinkedIn desde hace tiempo.",
        "Seré breve.",
        "Encontré tu perfil buscando CTOs fraccionales en Europa.",
    ],
    "de": [
        "ich habe gerade Ihren Newsletter über zu viele Kunden gelesen - Glückwunsch!",
        "ich hoffe, es geht Ihnen gut.",
        "Sie schreiben, dass Ihnen gerade die Kapazität fehlt.",
        "ich verfolge Ihre Beiträge auf LinkedIn schon eine Weile.",
        "ich fasse mich kurz.",
        "ich bin bei der Recherche nach Interim-CTOs auf Ihr Profil gestoßen.",
    ],
    "fr": [
        "je viens de lire votre newsletter sur le fait d'avoir trop de clients, bravo !",
        "j'espère que vous allez bien.",
        "vous mentionnez manquer de disponibilité en ce moment.",
        "je suis vos publications sur LinkedIn depuis un moment.",
        "je serai bref.",
        "j'ai découvert votre profil en cherchant des CTO à temps partagé en Europe.",
    ],
}

_PITCH_INTRO: LangBank = {
    "en": [
        "I'm {vfirst}, {vtitle} at {vendor}.",
        "My name is {vfirst} and I run partnerships at {vendor}, a {size}-person team based "
        "in {vcountry}.",
        "{vendor} is a {size}-strong software house in {vcountry}.",
        "I lead business development at {vendor}.",
        "We're {vendor} ({vendor_domain}), founded in 2016 in {vcountry}.",
        "I'm the founder of {vendor}.",
        "I'm {vfirst} from {vendor}.",
        "A bit about us: {vendor} has {size} people across {vcountry} and the US.",
    ],
    "pt": [
        "Sou {vfirst}, {vtitle} na {vendor}.",
        "Chamo-me {vfirst} e trabalho na {vendor}, uma equipa de {size} pessoas no {vcountry}.",
        "A {vendor} é uma software house com {size} profissionais no {vcountry}.",
        "Sou o fundador da {vendor}.",
        "Meu nome é {vfirst}, da {vendor}.",
    ],
    "es": [
        "Soy {vfirst}, {vtitle} en {vendor}.",
        "Me llamo {vfirst} y llevo las alianzas de {vendor}, un equipo de {size} personas "
        "en {vcountry}.",
        "{vendor} es una software factory con {size} profesionales en {vcountry}.",
        "Soy el fundador de {vendor}.",
        "Te escribe {vfirst}, de {vendor}.",
    ],
    "de": [
        "mein Name ist {vfirst}, {vtitle} bei {vendor}.",
        "ich bin {vfirst} von {vendor}, einem Team mit {size} Entwicklern in {vcountry}.",
        "{vendor} ist ein Softwaredienstleister mit {size} Mitarbeitenden in {vcountry}.",
        "ich bin Gründer von {vendor}.",
        "hier schreibt {vfirst} von {vendor}.",
    ],
    "fr": [
        "je m'appelle {vfirst}, {vtitle} chez {vendor}.",
        "je suis {vfirst}, de {vendor}, une équipe de {size} personnes basée en {vcountry}.",
        "{vendor} est une ESN de {size} collaborateurs implantée en {vcountry}.",
        "je suis le fondateur de {vendor}.",
        "ici {vfirst}, de chez {vendor}.",
    ],
}

_OFFER: dict[str, LangBank] = {
    "agency": {
        "en": [
            "We provide dedicated React, Node and Python developers who can join your projects "
            "within a week.",
            "We build MVPs for startups in 8-12 weeks at a fixed price.",
            "Our offshore team can take over development so you can focus on strategy.",
            "We offer senior engineers at ${rate}/hour, fully managed, no long contracts.",
            "We specialise in mobile apps (Flutter, React Native) and have 40+ apps in stores.",
            "Our developers work in your time zone and speak fluent English.",
            "We can spin up a squad of 3-5 engineers and a PM in under two weeks.",
            "We do end-to-end product development: design, backend, frontend, QA and DevOps.",
            "Whether it's a legacy rewrite or a greenfield platform, we deliver.",
        ],
        "pt": [
            "Fornecemos programadores React, Node e Python dedicados que começam numa semana.",
            "Desenvolvemos MVPs para startups em 8 a 12 semanas, a preço fixo.",
            "A nossa equipa offshore pode assumir o desenvolvimento enquanto foca na estratégia.",
            "Oferecemos engenheiros seniores a {rate} €/hora, sem contratos longos.",
            "Montamos um squad de 3 a 5 devs com PM em menos de duas semanas.",
        ],
        "es": [
            "Ofrecemos desarrolladores React, Node y Python dedicados que empiezan en una semana.",
            "Desarrollamos MVPs para startups en 8-12 semanas a precio cerrado.",
            "Nuestro equipo nearshore puede encargarse del desarrollo mientras tú te centras en "
            "la estrategia.",
            "Tenemos ingenieros senior desde {rate} USD/hora, sin permanencia.",
            "Montamos un squad de 3-5 devs con PM en menos de dos semanas.",
        ],
        "de": [
            "Wir stellen dedizierte React-, Node- und Python-Entwickler, die innerhalb einer "
            "Woche starten.",
            "Wir entwickeln MVPs für Startups in 8-12 Wochen zum Festpreis.",
            "Unser Nearshore-Team übernimmt die Umsetzung, damit Sie sich auf die Strategie "
            "konzentrieren können.",
            "Senior-Entwickler ab {rate} €/Stunde, ohne lange Vertragsbindung.",
            "Wir stellen in unter zwei Wochen ein Team aus 3-5 Entwicklern plus PM.",
        ],
        "fr": [
            "Nous proposons des développeurs React, Node et Python dédiés, disponibles sous "
            "une semaine.",
            "Nous réalisons des MVP pour startups en 8 à 12 semaines, au forfait.",
            "Notre équipe offshore peut prendre en charge le développement pendant que vous "
            "vous concentrez sur la stratégie.",
            "Des ingénieurs seniors à partir de {rate} €/heure, sans engagement.",
            "Nous montons une équipe de 3 à 5 devs avec un chef de projet en deux semaines.",
        ],
    },
    "whitelabel": {
        "en": [
            "Since you're turning down clients for lack of bandwidth, we could be your "
            "white-label delivery team: you keep the client relationship, we do the build.",
            "Many fractional CTOs use us as their silent engineering arm - we deliver under "
            "your brand and you never have to decline a project again.",
            "Instead of assembling a new team for every client, you could plug in our "
            "ready-made squad and keep a margin on top.",
            "We partner with consultants like you: you bring the clients, we bring a vetted "
            "team of engineers and QAs. Typical split is 70/30.",
            "Your decision tree is great, but option 2 gets much easier with a partner who "
            "already has the team in place.",
            "We'd love to be the people you refer clients to when you're at capacity - and "
            "we pay a 10% referral fee.",
        ],
        "pt": [
            "Como está a recusar clientes por falta de disponibilidade, podemos ser a sua "
            "equipa de entrega white-label: o cliente continua seu, nós desenvolvemos.",
            "Trabalhamos com consultores como você: você traz os clientes, nós a equipa. "
            "Pagamos 10% de comissão por indicação.",
            "Em vez de montar uma equipa para cada cliente, pode usar o nosso squad pronto.",
            "Muitos CTOs fracionados usam-nos como braço de engenharia, com a marca deles.",
        ],
        "es": [
            "Ya que estás rechazando clientes por falta de tiempo, podemos ser tu equipo de "
            "entrega en marca blanca: tú mantienes al cliente, nosotros desarrollamos.",
            "Trabajamos con consultores como tú: tú traes los clientes, nosotros el equipo. "
            "Pagamos un 10% por cada referido.",
            "En lugar de montar un equipo para cada cliente, puedes usar nuestro squad.",
            "Muchos CTOs fraccionales nos usan como su brazo técnico bajo su propia marca.",
        ],
        "de": [
            "Da Sie Kunden mangels Kapazität ablehnen: Wir könnten Ihr White-Label-Team sein - "
            "Sie behalten die Kundenbeziehung, wir setzen um.",
            "Wir arbeiten mit Beratern wie Ihnen: Sie bringen die Kunden, wir das Team. "
            "Für Empfehlungen zahlen wir 10 % Provision.",
            "Statt für jeden Kunden ein Team zusammenzustellen, nutzen Sie einfach unseres.",
            "Viele Interim-CTOs nutzen uns als stillen Engineering-Partner unter eigener Marke.",
        ],
        "fr": [
            "Puisque vous refusez des clients faute de disponibilité, nous pourrions être "
            "votre équipe de réalisation en marque blanche : vous gardez le client, on développe.",
            "Nous travaillons avec des consultants comme vous : vous apportez les clients, nous "
            "l'équipe. Commission de 10 % sur chaque recommandation.",
            "Plutôt que de monter une équipe pour chaque client, utilisez la nôtre.",
            "Beaucoup de CTO à temps partagé nous utilisent comme bras armé technique.",
        ],
    },
    "seo": {
        "en": [
            "I checked your website and it isn't ranking for 'fractional CTO' or 'startup CTO "
            "for hire' - that's a lot of inbound you're missing.",
            "We can get your newsletter to 50k subscribers in 6 months with our growth playbook.",
            "Our LinkedIn ghostwriting service can keep your content going while you're busy - "
            "3 posts a week in your voice.",
            "We noticed a few technical SEO issues on your site: slow pages, missing meta "
            "descriptions and broken links.",
            "We manage paid ads for B2B consultants and typically cut cost per lead by 40%.",
            "You mentioned you've had no bandwidth for social media - we can run your X and "
            "LinkedIn for you.",
        ],
        "pt": [
            "Verifiquei o seu site e não aparece nas pesquisas por 'CTO fracionado'.",
            "Podemos gerir o seu LinkedIn enquanto está ocupado: 3 publicações por semana.",
            "Detetámos problemas de SEO técnico no seu site.",
            "Fazemos a sua newsletter crescer para 50 mil assinantes em 6 meses.",
        ],
        "es": [
            "He revisado tu web y no aparece en las búsquedas de 'CTO fraccional'.",
            "Podemos gestionar tu LinkedIn mientras estás ocupado: 3 posts por semana.",
            "Hemos detectado varios problemas de SEO técnico en tu sitio.",
            "Hacemos crecer tu newsletter hasta 50.000 suscriptores en 6 meses.",
        ],
        "de": [
            "Ihre Website rankt nicht für 'Interim CTO' oder 'Fractional CTO'.",
            "Wir übernehmen Ihr LinkedIn, während Sie ausgelastet sind: drei Posts pro Woche.",
            "Uns sind einige technische SEO-Probleme auf Ihrer Seite aufgefallen.",
            "Wir bringen Ihren Newsletter in sechs Monaten auf 50.000 Abonnenten.",
        ],
        "fr": [
            "Votre site n'apparaît pas sur les recherches 'CTO à temps partagé'.",
            "Nous pouvons gérer votre LinkedIn pendant que vous êtes débordé : 3 posts par "
            "semaine.",
            "Nous avons relevé plusieurs problèmes de SEO technique sur votre site.",
            "Nous faisons passer votre newsletter à 50 000 abonnés en six mois.",
        ],
    },
    "leadgen": {
        "en": [
            "We book 10-15 qualified meetings a month with funded founders who need technical "
            "leadership.",
            "Our outbound engine finds Series A startups that just lost their CTO and puts "
            "them on your calendar.",
            "We run done-for-you cold email campaigns for consultants. You only pay per "
            "meeting held.",
            "We have a database of 12,000 startups that raised in the last 6 months, "
            "filterable by stack and industry.",
            "Imagine never worrying about the famine part again: a predictable pipeline of "
            "clients every month.",
            "We guarantee 8 sales calls with decision makers in 30 days or you don't pay.",
        ],
        "pt": [
            "Marcamos 10 a 15 reuniões por mês com fundadores financiados que precisam de "
            "liderança técnica.",
            "Fazemos campanhas de cold email para consultores; só paga por reunião realizada.",
            "Temos uma base de 12 mil startups que captaram investimento recentemente.",
            "Garantimos 8 reuniões com decisores em 30 dias.",
        ],
        "es": [
            "Agendamos 10-15 reuniones al mes con fundadores con financiación que necesitan "
            "liderazgo técnico.",
            "Hacemos campañas de cold email para consultores; solo pagas por reunión.",
            "Tenemos una base de 12.000 startups que han levantado ronda recientemente.",
            "Garantizamos 8 reuniones con decisores en 30 días.",
        ],
        "de": [
            "Wir vereinbaren 10-15 qualifizierte Termine pro Monat mit finanzierten Gründern, "
            "die technische Führung brauchen.",
            "Wir übernehmen Ihre Kaltakquise per E-Mail; Sie zahlen nur pro stattgefundenem "
            "Termin.",
            "Wir haben eine Datenbank mit 12.000 frisch finanzierten Startups.",
            "Wir garantieren 8 Gespräche mit Entscheidern in 30 Tagen.",
        ],
        "fr": [
            "Nous décrochons 10 à 15 rendez-vous qualifiés par mois avec des fondateurs "
            "financés qui ont besoin d'un leadership technique.",
            "Nous gérons vos campagnes de prospection ; vous ne payez qu'au rendez-vous.",
            "Nous avons une base de 12 000 startups ayant levé récemment.",
            "Nous garantissons 8 rendez-vous avec des décideurs en 30 jours.",
        ],
    },
    "tool": {
        "en": [
            "{product} is a CRM built for fractional executives: clients, retainers, invoices "
            "and time tracking in one place.",
            "{product} automatically matches incoming client requests with freelancers in your "
            "network - perfect for the network you're building.",
            "With {product} you can split invoices and payouts between team members in one "
            "click, fully transparent.",
            "{product} is an AI assistant that triages your inbox and drafts replies while "
            "you travel.",
            "We built {product}, a scheduling tool that cuts back-and-forth with clients by 80%.",
            "{product} helps consultants run their business: proposals, contracts and payments.",
        ],
        "pt": [
            "O {product} é um CRM para executivos fracionados: clientes, faturas e horas num "
            "só lugar.",
            "O {product} cruza pedidos de clientes com freelancers da sua rede.",
            "Com o {product} divide faturas e pagamentos entre a equipa num clique.",
            "O {product} é um assistente de IA que organiza a sua caixa de entrada.",
        ],
        "es": [
            "{product} es un CRM para ejecutivos fraccionales: clientes, facturas y horas en "
            "un solo sitio.",
            "{product} empareja solicitudes de clientes con freelancers de tu red.",
            "Con {product} repartes facturas y pagos entre el equipo en un clic.",
            "{product} es un asistente de IA que organiza tu bandeja de entrada.",
        ],
        "de": [
            "{product} ist ein CRM für Interim-Manager: Kunden, Verträge, Rechnungen und "
            "Zeiterfassung an einem Ort.",
            "{product} ordnet Kundenanfragen automatisch passenden Freelancern zu.",
            "Mit {product} teilen Sie Rechnungen und Auszahlungen im Team mit einem Klick.",
            "{product} ist ein KI-Assistent, der Ihr Postfach sortiert.",
        ],
        "fr": [
            "{product} est un CRM pour dirigeants à temps partagé : clients, factures et "
            "temps passé au même endroit.",
            "{product} associe automatiquement les demandes clients aux freelances de votre "
            "réseau.",
            "Avec {product}, vous répartissez factures et paiements dans l'équipe en un clic.",
            "{product} est un assistant IA qui trie votre boîte de réception.",
        ],
    },
    "sponsor": {
        "en": [
            "We'd love to sponsor an upcoming edition of Remote Work. What are your rates for "
            "a primary placement?",
            "I'd like to invite you as a guest on {podcast}, our podcast for remote leaders "
            "(12k monthly listeners).",
            "We're putting together a list of the 'Top 50 Fractional CTOs of 2024' and would "
            "like to feature you (small listing fee applies).",
            "Would you be open to a paid newsletter swap or a dedicated send?",
            "We're organising a virtual summit for tech leaders and would love you as a "
            "speaker - sponsorship packages start at $1,500.",
            "Our brand would like to partner with you on a sponsored LinkedIn post series.",
        ],
        "pt": [
            "Gostaríamos de patrocinar uma edição da Remote Work. Quais são os valores?",
            "Queremos convidá-lo para o {podcast}, o nosso podcast sobre liderança remota.",
            "Estamos a criar o ranking 'Top 50 CTOs fracionados' e queremos incluí-lo.",
            "Teria interesse numa troca de divulgação entre newsletters?",
        ],
        "es": [
            "Nos gustaría patrocinar una edición de Remote Work. ¿Qué tarifas tienes?",
            "Queremos invitarte a {podcast}, nuestro podcast sobre liderazgo remoto.",
            "Estamos preparando el ranking 'Top 50 CTOs fraccionales' y queremos incluirte.",
            "¿Te interesaría un intercambio de menciones entre newsletters?",
        ],
        "de": [
            "Wir würden gern eine Ausgabe von Remote Work sponsern. Was kostet eine Platzierung?",
            "Wir möchten Sie als Gast in {podcast} einladen, unserem Podcast für Remote-Leader.",
            "Wir erstellen die Liste 'Top 50 Fractional CTOs' und möchten Sie aufnehmen.",
            "Hätten Sie Interesse an einem Newsletter-Tausch?",
        ],
        "fr": [
            "Nous aimerions sponsoriser une édition de Remote Work. Quels sont vos tarifs ?",
            "Nous voudrions vous inviter dans {podcast}, notre podcast sur le management à "
            "distance.",
            "Nous préparons le classement 'Top 50 des CTO à temps partagé' et aimerions vous "
            "y faire figurer.",
            "Seriez-vous ouvert à un échange de visibilité entre newsletters ?",
        ],
    },
    "mimic_client": {
        "en": [
            "We help startups like yours find a CTO - vetted fractional CTOs from ${rate}00 a "
            "month, matched in 48 hours.",
            "Is your startup looking for technical leadership? Our network of 300 fractional "
            "CTOs can start next week.",
            "Need a CTO but not ready for a full-time hire? We place senior technical leaders "
            "on a part-time basis.",
            "Struggling to scale your engineering team? We can take the hiring off your plate.",
            "Are you hiring engineers this quarter? We have pre-vetted remote developers ready "
            "to interview.",
            "Looking for a fixed-scope build partner for your next project? That's exactly "
            "what we do.",
        ],
        "pt": [
            "Ajudamos startups como a sua a encontrar um CTO: CTOs fracionados verificados em "
            "48 horas.",
            "A sua startup precisa de liderança técnica? Temos 300 CTOs prontos a começar.",
            "Está a contratar programadores este trimestre? Temos candidatos pré-avaliados.",
            "Precisa de um CTO mas não de alguém a tempo inteiro? Nós tratamos disso.",
        ],
        "es": [
            "Ayudamos a startups como la tuya a encontrar un CTO: CTOs fraccionales validados "
            "en 48 horas.",
            "¿Tu startup necesita liderazgo técnico? Tenemos 300 CTOs listos para empezar.",
            "¿Contratas desarrolladores este trimestre? Tenemos candidatos ya evaluados.",
            "¿Necesitas un CTO pero no a tiempo completo? Nosotros nos encargamos.",
        ],
        "de": [
            "Wir helfen Startups wie Ihrem, einen CTO zu finden - geprüfte Interim-CTOs in "
            "48 Stunden.",
            "Braucht Ihr Startup technische Führung? 300 CTOs in unserem Netzwerk können "
            "sofort starten.",
            "Stellen Sie dieses Quartal Entwickler ein? Wir haben vorgeprüfte Kandidaten.",
            "Sie brauchen einen CTO, aber nicht in Vollzeit? Wir übernehmen das.",
        ],
        "fr": [
            "Nous aidons les startups comme la vôtre à trouver un CTO : des CTO à temps "
            "partagé vérifiés en 48 heures.",
            "Votre startup a besoin d'un leadership technique ? 300 CTO prêts à démarrer.",
            "Vous recrutez des développeurs ce trimestre ? Nous avons des profils pré-qualifiés.",
            "Besoin d'un CTO, mais pas à temps plein ? On s'en occupe.",
        ],
    },
}

_PROOF: LangBank = {
    "en": [
        "We've delivered 150+ projects for startups in the US and EU.",
        "Clients include two YC companies and a Series B fintech.",
        "Our average client stays with us for 3+ years.",
        "We're rated 4.9 on Clutch with 60 reviews.",
        "Last quarter we helped a healthtech startup ship their MVP in 9 weeks.",
        "We only hire the top 3% of applicants.",
        "Happy to share case studies.",
        "We've been doing this for 8 years.",
    ],
    "pt": [
        "Já entregámos mais de 150 projetos nos EUA e na Europa.",
        "Temos nota 4,9 no Clutch.",
        "Posso enviar estudos de caso.",
        "Trabalhamos com startups há 8 anos.",
        "Contratamos apenas os 3% melhores.",
    ],
    "es": [
        "Hemos entregado más de 150 proyectos en EE. UU. y Europa.",
        "Tenemos una valoración de 4,9 en Clutch.",
        "Puedo enviarte casos de éxito.",
        "Llevamos 8 años trabajando con startups.",
        "Solo contratamos al 3% mejor.",
    ],
    "de": [
        "Wir haben über 150 Projekte in den USA und Europa umgesetzt.",
        "Auf Clutch sind wir mit 4,9 bewertet.",
        "Gern schicke ich Referenzen.",
        "Wir arbeiten seit 8 Jahren mit Startups.",
        "Wir stellen nur die besten 3 % ein.",
    ],
    "fr": [
        "Nous avons livré plus de 150 projets aux États-Unis et en Europe.",
        "Nous sommes notés 4,9 sur Clutch.",
        "Je peux vous envoyer des cas clients.",
        "Nous accompagnons des startups depuis 8 ans.",
        "Nous ne recrutons que les 3 % meilleurs.",
    ],
}

_CTA: LangBank = {
    "en": [
        "Would you be open to a 15-minute call next week?",
        "Here's my calendar if it's easier: {link}",
        "Worth a quick chat?",
        "Reply 'yes' and I'll send over a short deck.",
        "Are you the right person to talk to about this?",
        "Do you have time on {weekday} or {weekday2}?",
        "Let me know if this is of interest.",
        "Can I send you some profiles?",
        "Open to exploring?",
        "Happy to jump on a call whenever suits you.",
    ],
    "pt": [
        "Teria 15 minutos para uma conversa na próxima semana?",
        "Aqui está a minha agenda: {link}",
        "Faz sentido conversarmos?",
        "Posso enviar uma apresentação?",
        "Tem disponibilidade na {weekday}?",
    ],
    "es": [
        "¿Tendrías 15 minutos para una llamada la semana que viene?",
        "Aquí tienes mi agenda: {link}",
        "¿Te parece que hablemos?",
        "¿Te envío una presentación?",
        "¿Tienes hueco el {weekday}?",
    ],
    "de": [
        "Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?",
        "Hier mein Kalender: {link}",
        "Wollen wir kurz telefonieren?",
        "Darf ich Ihnen Unterlagen schicken?",
        "Passt Ihnen {weekday}?",
    ],
    "fr": [
        "Auriez-vous 15 minutes la semaine prochaine pour un échange ?",
        "Voici mon agenda : {link}",
        "On en parle ?",
        "Puis-je vous envoyer une présentation ?",
        "Seriez-vous disponible {weekday} ?",
    ],
}

_BUMP: LangBank = {
    "en": [
        "Just bumping this to the top of your inbox.",
        "Following up on my email below.",
        "Did you get a chance to read my previous message?",
        "Any thoughts on this?",
        "Circling back on this one.",
        "I know you're busy, so I'll keep it short.",
    ],
    "pt": [
        "Só para trazer este e-mail de volta ao topo.",
        "Conseguiu ler a minha mensagem anterior?",
        "Retomando o contacto abaixo.",
    ],
    "es": [
        "Solo para subir este correo en tu bandeja.",
        "¿Pudiste leer mi mensaje anterior?",
        "Retomo el correo de abajo.",
    ],
    "de": [
        "ich wollte meine E-Mail unten noch einmal nach oben holen.",
        "hatten Sie schon Gelegenheit, meine Nachricht zu lesen?",
        "kurze Nachfrage zu meiner letzten Mail.",
    ],
    "fr": [
        "je me permets de relancer mon message ci-dessous.",
        "avez-vous eu le temps de lire mon précédent e-mail ?",
        "petite relance concernant mon e-mail.",
    ],
}

_PITCH_SUBJECT: dict[str, LangBank] = {
    "agency": {
        "en": [
            "Quick question",
            "Dev capacity for your clients",
            "{owner} <> {vendor}",
            "Senior developers available",
            "Scaling your delivery",
            "Partnership?",
            "Offshore team for your projects",
            "Idea for you",
        ],
        "pt": ["Pergunta rápida", "Equipa de desenvolvimento", "{owner} <> {vendor}", "Parceria"],
        "es": ["Pregunta rápida", "Equipo de desarrollo", "{owner} <> {vendor}", "Colaboración"],
        "de": ["Kurze Frage", "Entwicklerkapazitäten", "{owner} <> {vendor}", "Zusammenarbeit"],
        "fr": ["Petite question", "Renfort de développeurs", "{owner} <> {vendor}", "Partenariat"],
    },
    "seo": {
        "en": [
            "Your website",
            "Quick SEO audit",
            "Growing Remote Work",
            "Ghostwriting for you?",
            "Noticed something on your site",
        ],
        "pt": ["O seu site", "Auditoria SEO gratuita", "Crescer a sua newsletter"],
        "es": ["Tu web", "Auditoría SEO gratuita", "Hacer crecer tu newsletter"],
        "de": ["Ihre Website", "Kostenloser SEO-Check", "Newsletter-Wachstum"],
        "fr": ["Votre site", "Audit SEO offert", "Faire grandir votre newsletter"],
    },
    "leadgen": {
        "en": [
            "More clients, less famine",
            "10 meetings next month?",
            "Pipeline",
            "Founders who need a CTO",
        ],
        "pt": ["Mais clientes", "10 reuniões no próximo mês?"],
        "es": ["Más clientes", "¿10 reuniones el mes que viene?"],
        "de": ["Mehr Kunden", "10 Termine im nächsten Monat?"],
        "fr": ["Plus de clients", "10 rendez-vous le mois prochain ?"],
    },
    "tool": {
        "en": [
            "Built for fractional CTOs",
            "{product} for your network",
            "Early access to {product}",
            "Saw your newsletter - {product}",
        ],
        "pt": ["{product} para consultores", "Acesso antecipado ao {product}"],
        "es": ["{product} para consultores", "Acceso anticipado a {product}"],
        "de": ["{product} für Berater", "Früher Zugang zu {product}"],
        "fr": ["{product} pour consultants", "Accès anticipé à {product}"],
    },
    "sponsor": {
        "en": [
            "Sponsorship inquiry",
            "Podcast invitation",
            "Collaboration",
            "Feature in Top 50 list",
            "Newsletter swap?",
        ],
        "pt": ["Patrocínio", "Convite para podcast", "Colaboração"],
        "es": ["Patrocinio", "Invitación a podcast", "Colaboración"],
        "de": ["Sponsoring-Anfrage", "Podcast-Einladung", "Kooperation"],
        "fr": ["Demande de sponsoring", "Invitation podcast", "Collaboration"],
    },
}

_PRODUCTS = [
    "Fractionly",
    "RetainerHQ",
    "CTOdesk",
    "Splitwise Pro",
    "Inboxly",
    "Calendo",
    "Gigstack",
    "Consultify",
    "PartnerLoop",
    "BenchBoard",
]
_PODCASTS = [
    "Remote Leaders",
    "The CTO Cut",
    "Async Talks",
    "Build in Public FM",
    "Tech Founders Daily",
]

_CV_SKILLS = [
    ("Senior Backend Engineer", "Python, Django, PostgreSQL, AWS, Docker"),
    ("Fractional CTO / Engineering Leader", "Architecture, team building, Node.js, GCP"),
    ("Senior Frontend Developer", "React, TypeScript, Next.js, GraphQL"),
    ("QA Automation Engineer", "Cypress, Playwright, Selenium, CI/CD"),
    ("DevOps Engineer", "Kubernetes, Terraform, AWS, Prometheus"),
    ("Full-stack Developer", "Ruby on Rails, React, Redis, Heroku"),
    ("Mobile Developer", "Flutter, Kotlin, Swift, Firebase"),
    ("Data Engineer", "Spark, Airflow, dbt, Snowflake"),
]

_RECRUITER_PITCH: LangBank = {
    "en": [
        "I represent {cand}, a {role} with {years} years of experience ({skills}). "
        "{cand_first} is available for contract work from next month. CV attached.",
        "I'm reaching out on behalf of a candidate who would be a great fit for your "
        "network: {cand}, {role}, {years} years, strong in {skills}. Please find the CV "
        "attached.",
        "We have several pre-vetted engineers on our bench right now. Attached is the CV of "
        "{cand}, {role} - available immediately at ${rate}/hour.",
        "Since you're building a network of engineers, I thought you might want to see "
        "{cand_first}'s profile ({role}, {skills}). Our placement fee is 15% of the first "
        "year.",
        "Attached is the resume of {cand}, one of our top {role}s. We can also share 5 more "
        "profiles if you're staffing client projects.",
    ],
    "pt": [
        "Represento {cand}, {role} com {years} anos de experiência ({skills}). Segue o CV em "
        "anexo.",
        "Temos engenheiros pré-selecionados disponíveis. Em anexo, o CV de {cand}, {role}.",
        "Como está a construir uma rede de engenheiros, partilho o perfil de {cand_first} "
        "({role}). A nossa comissão é de 15%.",
    ],
    "es": [
        "Represento a {cand}, {role} con {years} años de experiencia ({skills}). Adjunto su CV.",
        "Tenemos ingenieros preseleccionados disponibles. Adjunto el CV de {cand}, {role}.",
        "Como estás montando una red de ingenieros, te comparto el perfil de {cand_first} "
        "({role}). Nuestra comisión es del 15%.",
    ],
    "de": [
        "ich vertrete {cand}, {role} mit {years} Jahren Erfahrung ({skills}). Den Lebenslauf "
        "finden Sie im Anhang.",
        "wir haben vorgeprüfte Entwickler verfügbar. Anbei der CV von {cand}, {role}.",
        "da Sie ein Netzwerk von Entwicklern aufbauen, sende ich Ihnen das Profil von "
        "{cand_first} ({role}). Unsere Vermittlungsgebühr beträgt 15 %.",
    ],
    "fr": [
        "je représente {cand}, {role} avec {years} ans d'expérience ({skills}). Vous trouverez "
        "son CV en pièce jointe.",
        "nous avons des ingénieurs présélectionnés disponibles. Ci-joint le CV de {cand}, {role}.",
        "puisque vous constituez un réseau d'ingénieurs, voici le profil de {cand_first} "
        "({role}). Nos honoraires sont de 15 %.",
    ],
}
_RECRUITER_SUBJECT: LangBank = {
    "en": [
        "Candidate for your network: {cand}",
        "Available now: {role}",
        "Re: {orig}",
        "Senior talent available",
        "{role} - CV attached",
        "Profiles for your client projects",
    ],
    "pt": ["Candidato disponível: {cand}", "Disponível já: {role}", "CV em anexo"],
    "es": ["Candidato disponible: {cand}", "Disponible ya: {role}", "CV adjunto"],
    "de": ["Kandidat für Ihr Netzwerk: {cand}", "Sofort verfügbar: {role}", "CV anbei"],
    "fr": ["Candidat disponible : {cand}", "Disponible immédiatement : {role}", "CV en PJ"],
}

_STAFF_LIST_LEAD: LangBank = {
    "en": [
        "Here are a few engineers from our bench who are available this month:",
        "Available profiles this week:",
        "Our current bench (all remote, EU/LatAm time zones):",
        "Some of the developers we could place on your client projects:",
    ],
    "pt": ["Alguns engenheiros disponíveis este mês:", "Perfis disponíveis esta semana:"],
    "es": ["Algunos ingenieros disponibles este mes:", "Perfiles disponibles esta semana:"],
    "de": ["Einige Entwickler, die diesen Monat verfügbar sind:", "Verfügbare Profile:"],
    "fr": ["Quelques ingénieurs disponibles ce mois-ci :", "Profils disponibles cette semaine :"],
}


def _cv_text(ctx: _Ctx, name: str, role: str, skills: str, years: int) -> str:
    rng = ctx.rng
    employers = rng.sample(
        [
            "Globant",
            "EPAM",
            "Endava",
            "Andela",
            "Toptal",
            "N26",
            "Farfetch",
            "Revolut",
            "Booking.com",
            "Talkdesk",
            "Mercado Libre",
            "Zalando",
            "Deliveroo",
            "OLX",
            "Nubank",
        ],
        3,
    )
    return (
        f"{name}\n{role}\n\nSUMMARY\n{role} with {years} years of experience building products "
        f"for startups and scale-ups. Skills: {skills}.\n\nEXPERIENCE\n"
        f"{employers[0]} - {role} (2020 - present)\n- Led a team of {rng.randint(3, 9)} "
        f"engineers\n- Migrated the core platform to the cloud\n"
        f"{employers[1]} - Software Engineer (2016 - 2020)\n- Built APIs serving "
        f"{rng.randint(1, 40)}M requests a day\n{employers[2]} - Developer (2013 - 2016)\n\n"
        f"EDUCATION\nBSc Computer Science\n\nPresented by {ctx.slots['vendor']} - "
        f"confidential, not for redistribution."
    )


def _vendor_slots(ctx: _Ctx) -> None:
    rng, s = ctx.rng, ctx.slots
    vendor = ctx.pick_any(_VENDOR_HEAD) + ctx.pick_any(_VENDOR_TAIL)
    vendor_name = vendor + ctx.pick_any(_VENDOR_SUFFIX)
    tld = ctx.pick_any([".com", ".io", ".co", ".dev", ".tech", ".agency"])
    vfirst = ctx.pick(_FIRST[ctx.pick_any(LANGUAGES)])
    vlast = ctx.pick_any(_LAST[ctx.pick_any(LANGUAGES)])
    s.update(
        vendor=vendor_name,
        vendor_domain=vendor.lower() + tld,
        vfirst=vfirst,
        vfull=f"{vfirst} {vlast}",
        vemail=_mailbox(vfirst, vlast, vendor.lower() + tld, rng),
        vtitle=ctx.pick_any(_VENDOR_TITLES),
        vcountry=ctx.pick_any(_VENDOR_COUNTRY[ctx.lang]),
        size=str(ctx.pick_any([12, 25, 40, 60, 85, 120, 250, 500])),
        rate=str(ctx.pick_any([25, 29, 35, 39, 45, 49, 55])),
        link=f"https://calendly.com/{_ascii(vfirst)}-{vendor.lower()}/15min",
        weekday2=ctx.pick_any(_WEEKDAYS[ctx.lang][:5]),
        product=ctx.pick_any(_PRODUCTS),
        podcast=ctx.pick_any(_PODCASTS),
    )


def _vendor_pitch(ctx: _Ctx) -> Specimen:
    _vendor_slots(ctx)
    s = ctx.slots
    kind = ctx.pick_any(
        [
            "agency",
            "agency",
            "whitelabel",
            "seo",
            "leadgen",
            "recruiter",
            "recruiter",
            "tool",
            "sponsor",
            "mimic_client",
            "staff_list",
        ]
    )
    attachments: list[AttachmentSpec] = []
    hard = kind in ("whitelabel", "recruiter", "mimic_client", "staff_list", "leadgen")
    greeting = ctx.say(_GREETING)
    if ctx.lang in ("de", "fr") and not greeting.endswith(","):
        greeting = greeting.rstrip("!: ") + ","
    if kind in ("recruiter", "staff_list"):
        s["vendor"] = (
            s["vendor"].split()[0]
            + " "
            + ctx.pick_any(["Talent", "Recruitment", "Staffing", "Search", "People"])
        )
        cand_lang = ctx.pick_any(LANGUAGES)
        cand_first = ctx.pick_any(_FIRST[cand_lang])
        role, skills = ctx.pick(_CV_SKILLS)
        years = ctx.rng.randint(5, 18)
        s.update(
            cand=f"{cand_first} {ctx.pick_any(_LAST[cand_lang])}",
            cand_first=cand_first,
            role=role,
            skills=skills,
            years=str(years),
        )
    sign = _paragraphs(
        ctx.say(_SIGNOFF),
        s["vfull"],
        f"{s['vtitle']} | {s['vendor']}" if ctx.chance(0.6) else None,
        f"{s['vendor_domain']}" if ctx.chance(0.4) else None,
        sep="\n",
    )
    if kind == "recruiter":
        subject = ctx.say(_RECRUITER_SUBJECT)
        core = ctx.say(_RECRUITER_PITCH)
        body = _paragraphs(
            greeting, ctx.say(_PITCH_HOOK) if ctx.chance(0.5) else None, core, ctx.say(_CTA), sign
        )
        filename = ctx.pick_any(
            [
                "{cand}_CV.pdf",
                "CV_{cand}.pdf",
                "{role} - profile.pdf",
                "Resume - {cand}.pdf",
                "{vendor} candidate - {cand}.pdf",
            ]
        )
        attachments.append(
            AttachmentSpec(
                filename=ctx.fill(filename).replace(" ", "_")
                if ctx.chance(0.5)
                else ctx.fill(filename),
                kind="cv_pdf" if ctx.chance(0.8) else "cv_docx",
                text=_cv_text(ctx, s["cand"], s["role"], s["skills"], years),
            )
        )
        if attachments[0].kind == "cv_docx":
            attachments[0].filename = attachments[0].filename[:-4] + ".docx"
    elif kind == "staff_list":
        subject = ctx.say(_RECRUITER_SUBJECT)
        rows = []
        for role, skills in ctx.rng.sample(_CV_SKILLS, ctx.rng.randint(3, 5)):
            rows.append(
                f"- {role} ({skills.split(', ')[0]}, {skills.split(', ')[1]}), "
                f"{ctx.rng.randint(4, 15)} yrs, ${ctx.rng.randint(25, 70)}/h"
            )
        body = _paragraphs(
            greeting,
            ctx.say(_PITCH_INTRO),
            ctx.say(_STAFF_LIST_LEAD),
            "\n".join(rows),
            ctx.say(_CTA),
            sign,
        )
    else:
        offers = ctx.some(_OFFER[kind], 1, 2)
        subject_bank = _PITCH_SUBJECT.get(kind, _PITCH_SUBJECT["agency"])
        subject = ctx.say(subject_bank) if ctx.chance(0.75) else _reply_subject(ctx)
        shape = ctx.rng.randint(0, 3)
        if shape == 0:
            body = _paragraphs(
                greeting,
                ctx.say(_PITCH_HOOK),
                ctx.say(_PITCH_INTRO),
                " ".join(offers),
                ctx.say(_PROOF),
                ctx.say(_CTA),
                sign,
            )
        elif shape == 1:
            bullets = "\n".join(f"• {offer}" for offer in offers + ctx.some(_PROOF, 1, 2))
            body = _paragraphs(greeting, ctx.say(_PITCH_INTRO), bullets, ctx.say(_CTA), sign)
        elif shape == 2:
            body = _paragraphs(
                greeting, f"{ctx.say(_PITCH_HOOK)} {offers[0]}", ctx.say(_CTA), s["vfirst"]
            )
        else:
            previous = _paragraphs(ctx.say(_PITCH_INTRO), " ".join(offers), ctx.say(_CTA))
            quoted = "\n".join("> " + line for line in previous.splitlines())
            body = _paragraphs(
                greeting,
                ctx.say(_BUMP),
                sign,
                f"On {s['weekday']}, {s['vfull']} <{s['vemail']}> wrote:",
                quoted,
            )
            subject = "Re: " + subject.removeprefix("Re: ")
    return Specimen(
        label="other",
        other_kind="vendor_pitch",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=s["vfull"],
        sender_email=s["vemail"],
        difficulty="hard" if hard else "easy",
        must_not_autoreply=False,
        attachments=attachments,
        may_quote_newsletter=subject.endswith(NEWSLETTER_SUBJECT) and ctx.chance(0.7),
        notes=f"vendor_pitch/{kind}",
    )


# ---------------------------------------------------------------------------------------------
# feedback: readers answering the edition with opinions, typos and questions

_FB_REACTION: LangBank = {
    "en": [
        "Loved this issue.",
        "Great edition this week!",
        "This one hit home.",
        "Thanks for writing this.",
        "Really enjoyed this one.",
        "Best issue so far.",
        "Such an honest post, thank you.",
        "Just wanted to say this was a great read.",
        "Brilliant piece.",
        "Reading this on my commute and nodding the whole time.",
        "This is the most relatable thing I've read all week.",
        "Great newsletter as always.",
        "Wow, this was refreshingly transparent.",
        "Thank you for sharing the lows too.",
        "Good stuff this week.",
        "Hard-hitting one today!",
    ],
    "pt": [
        "Adorei esta edição.",
        "Excelente newsletter esta semana!",
        "Esta tocou-me.",
        "Obrigado por escrever isto.",
        "Gostei muito desta.",
        "A melhor edição até agora.",
        "Texto muito honesto, obrigado.",
        "Que leitura boa!",
        "Muito bom, como sempre.",
        "Li no metro e concordei com tudo.",
    ],
    "es": [
        "Me encantó esta edición.",
        "¡Gran newsletter esta semana!",
        "Esta me llegó.",
        "Gracias por escribir esto.",
        "Me gustó mucho.",
        "La mejor edición hasta ahora.",
        "Un texto muy honesto, gracias.",
        "¡Qué buena lectura!",
        "Muy bueno, como siempre.",
        "Lo leí en el metro asintiendo todo el rato.",
    ],
    "de": [
        "Tolle Ausgabe!",
        "Super Newsletter diese Woche.",
        "Das hat mich echt abgeholt.",
        "Danke für diesen Text.",
        "Hat mir sehr gefallen.",
        "Die beste Ausgabe bisher.",
        "Sehr ehrlicher Beitrag, danke.",
        "Richtig gute Lektüre.",
        "Stark wie immer.",
        "Habe beim Lesen die ganze Zeit genickt.",
    ],
    "fr": [
        "J'ai adoré ce numéro.",
        "Super newsletter cette semaine !",
        "Celle-ci m'a parlé.",
        "Merci d'avoir écrit ça.",
        "Vraiment apprécié celle-ci.",
        "Le meilleur numéro jusqu'ici.",
        "Un texte très honnête, merci.",
        "Très bonne lecture.",
        "Top, comme d'habitude.",
        "Lu dans le métro en hochant la tête tout du long.",
    ],
}

_FB_DETAIL: LangBank = {
    "en": [
        "The famine or feast part is so true.",
        "Your decision tree (take it / assemble a team / refer) is a neat way to think about it.",
        "The line about bandwidth being a bug, not a feature, made me laugh.",
        "I appreciate how transparent you are about budget splits.",
        "The bit about remembering the lows really resonated.",
        "Harvest season is such a good metaphor for content compounding over years.",
        "Your point that clients are also a way to learn new industries is underrated.",
        "The 'I haven't learned to say No' confession is painfully familiar.",
        "Sharing work with your network instead of building an agency is a smart model.",
        "I liked that you admitted you work for profit but it's not only about the money.",
        "The anxiety of having one client and being afraid to lose it - been there.",
        "Warm intros beat everything, you're right.",
    ],
    "pt": [
        "A parte do 'fome ou fartura' é tão verdadeira.",
        "A sua árvore de decisão (aceitar / montar equipa / indicar) é muito clara.",
        "A frase sobre a falta de disponibilidade ser um bug e não uma feature fez-me rir.",
        "Admiro a transparência sobre a divisão do orçamento.",
        "A parte sobre lembrar os momentos baixos tocou-me.",
        "Partilhar trabalho com a rede em vez de montar uma agência faz todo o sentido.",
        "A ansiedade de ter um só cliente e medo de o perder - já passei por isso.",
    ],
    "es": [
        "Lo de 'o hambre o atracón' es muy cierto.",
        "Tu árbol de decisión (aceptar / montar equipo / derivar) es muy claro.",
        "Lo de que no tener tiempo es un bug y no una feature me hizo reír.",
        "Valoro mucho la transparencia sobre el reparto del presupuesto.",
        "La parte de recordar los momentos malos me llegó.",
        "Compartir trabajo con tu red en vez de montar una agencia tiene mucho sentido.",
        "La ansiedad de tener un solo cliente y miedo a perderlo: lo he vivido.",
    ],
    "de": [
        "Das mit 'Hungersnot oder Festmahl' ist so wahr.",
        "Dein Entscheidungsbaum (annehmen / Team bilden / weiterempfehlen) ist sehr klar.",
        "Der Satz, dass fehlende Kapazität ein Bug und kein Feature ist, hat mich zum Lachen "
        "gebracht.",
        "Ich schätze deine Transparenz bei der Budgetaufteilung.",
        "Der Teil über die schlechten Zeiten hat mich berührt.",
        "Arbeit mit dem Netzwerk zu teilen statt eine Agentur aufzubauen, ist klug.",
        "Die Angst, den einzigen Kunden zu verlieren - kenne ich gut.",
    ],
    "fr": [
        "Le côté 'famine ou festin' est tellement vrai.",
        "Ton arbre de décision (accepter / monter une équipe / recommander) est très clair.",
        "La phrase sur le manque de disponibilité, un bug et pas une feature, m'a fait rire.",
        "J'apprécie ta transparence sur le partage du budget.",
        "Le passage sur les périodes creuses m'a touché.",
        "Partager le travail avec ton réseau plutôt que monter une agence, c'est malin.",
        "L'angoisse d'avoir un seul client et la peur de le perdre : je connais.",
    ],
}

_FB_STORY: LangBank = {
    "en": [
        "I went freelance last year and had exactly the same experience: zero clients for "
        "three months, then four at once.",
        "As a founder I've been on the other side of this, hiring a fractional CTO, and it "
        "was the best decision we made.",
        "My partner is a fractional CTO and I forwarded this to her - she says it's spot on.",
        "I'm a full-time engineering manager and this made me appreciate the stability, honestly.",
        "We tried the 'small team around one senior person' model at my last company and "
        "it worked really well.",
        "I've been freelancing for 10 years and the feast periods are just as dangerous as "
        "the famine ones.",
        "I shared this with my cofounder because we keep debating whether we need a CTO.",
    ],
    "pt": [
        "Tornei-me freelancer no ano passado e foi igual: três meses sem clientes, depois "
        "quatro de uma vez.",
        "Como fundador já estive do outro lado, a contratar um CTO fracionado.",
        "A minha namorada é CTO fracionada e reencaminhei-lhe isto - diz que é exatamente assim.",
        "Sou engenheiro a tempo inteiro e isto fez-me valorizar a estabilidade.",
    ],
    "es": [
        "Me hice freelance el año pasado y me pasó lo mismo: tres meses sin clientes y luego "
        "cuatro a la vez.",
        "Como fundador he estado al otro lado, contratando un CTO fraccional.",
        "Mi pareja es CTO fraccional y se lo reenvié: dice que es exactamente así.",
        "Trabajo a tiempo completo y esto me hizo valorar la estabilidad.",
    ],
    "de": [
        "Ich bin letztes Jahr in die Selbstständigkeit gegangen und es war genau so: drei "
        "Monate keine Kunden, dann vier auf einmal.",
        "Als Gründer war ich auf der anderen Seite und habe einen Interim-CTO engagiert.",
        "Meine Frau ist Fractional CTO, ich habe ihr das weitergeleitet - sie sagt, es stimmt.",
        "Ich bin fest angestellt und weiß die Stabilität jetzt mehr zu schätzen.",
    ],
    "fr": [
        "Je suis passé freelance l'an dernier et c'était pareil : trois mois sans clients, "
        "puis quatre d'un coup.",
        "En tant que fondateur, j'ai été de l'autre côté, à recruter un CTO à temps partagé.",
        "Ma compagne est CTO à temps partagé, je lui ai transféré : elle dit que c'est exact.",
        "Je suis salarié et ça m'a fait apprécier la stabilité.",
    ],
}

_FB_NOT_APPLYING: LangBank = {
    "en": [
        "Not looking to join the network, just wanted to say thanks.",
        "No CV from me - I'm happy in my full-time job - but I enjoyed reading.",
        "Not a client, not a candidate, just a fan.",
        "I don't need anything, this isn't a pitch, just appreciation.",
        "No need to reply!",
    ],
    "pt": [
        "Não quero entrar na rede, só queria agradecer.",
        "Não precisa responder!",
        "Sem CV da minha parte, só queria dizer obrigado.",
    ],
    "es": [
        "No busco unirme a la red, solo quería darte las gracias.",
        "¡No hace falta que respondas!",
        "Sin CV por mi parte, solo quería felicitarte.",
    ],
    "de": [
        "Ich will nicht ins Netzwerk, wollte nur Danke sagen.",
        "Keine Antwort nötig!",
        "Kein Lebenslauf von mir, nur ein Dankeschön.",
    ],
    "fr": [
        "Je ne cherche pas à rejoindre le réseau, juste merci.",
        "Pas besoin de répondre !",
        "Pas de CV de ma part, juste un petit mot.",
    ],
}

_FB_DISAGREE: LangBank = {
    "en": [
        "I have to push back a bit: taking every client because you fear the famine is "
        "exactly how people burn out.",
        "Respectfully, what you describe is an agency, just without the payroll.",
        "I'm not sure delegating client work to people you barely know is fair to the client.",
        "Counterpoint: saying no is the most valuable skill a freelancer can learn.",
        "I think you're underestimating how much clients care about who actually does the work.",
        "Hot take: 'too many clients' is a pricing problem. Raise your rates.",
    ],
    "pt": [
        "Tenho de discordar um pouco: aceitar todos os clientes por medo é o caminho "
        "para o burnout.",
        "Com todo o respeito, isso é uma agência sem folha de pagamento.",
        "Contraponto: dizer não é a competência mais valiosa de um freelancer.",
        "'Clientes demais' é um problema de preço. Suba as tarifas.",
    ],
    "es": [
        "Tengo que discrepar un poco: aceptar a todos los clientes por miedo es el "
        "camino al burnout.",
        "Con todo respeto, eso es una agencia sin nómina.",
        "Contrapunto: decir que no es la habilidad más valiosa de un freelance.",
        "'Demasiados clientes' es un problema de precios. Sube las tarifas.",
    ],
    "de": [
        "Ich muss etwas widersprechen: Jeden Kunden aus Angst anzunehmen, führt direkt "
        "in den Burnout.",
        "Bei allem Respekt: Das ist eine Agentur, nur ohne Gehaltsliste.",
        "Gegenargument: Nein sagen ist die wichtigste Fähigkeit als Freelancer.",
        "'Zu viele Kunden' ist ein Preisproblem. Erhöh deine Sätze.",
    ],
    "fr": [
        "Je ne suis pas tout à fait d'accord : accepter tous les clients par peur, c'est "
        "la voie du burn-out.",
        "Sauf votre respect, c'est une agence sans masse salariale.",
        "Contrepoint : savoir dire non est la compétence clé d'un freelance.",
        "'Trop de clients', c'est un problème de prix. Augmente tes tarifs.",
    ],
}

_FB_TYPO: LangBank = {
    "en": [
        "Small typo: 'enjoying to share' should probably be 'enjoying sharing'.",
        "Tiny nitpick: it's 'LinkedIn', not 'Linkedin' :)",
        "'kick starting' is usually written as one word, 'kickstarting'.",
        "The 'read all past editions here' link seems broken for me.",
        "Heads up: the signature runs into the next line ('Remote Work LoverOn...').",
        "Minor: 'Burn out' as a noun is 'burnout'.",
        "FYI the link to last week's Product Engineer post returns a 404.",
        "The email rendered weirdly in Outlook, the bullet points were missing.",
    ],
    "pt": [
        "Pequena gralha: 'enjoying to share' deveria ser 'enjoying sharing'.",
        "O link para as edições anteriores não funciona.",
        "Detalhe: escreve-se 'LinkedIn', não 'Linkedin'.",
        "No Outlook a formatação apareceu estranha.",
    ],
    "es": [
        "Pequeña errata: 'enjoying to share' debería ser 'enjoying sharing'.",
        "El enlace a las ediciones anteriores no funciona.",
        "Detalle: se escribe 'LinkedIn', no 'Linkedin'.",
        "En Outlook el formato se ve raro.",
    ],
    "de": [
        "Kleiner Tippfehler: 'enjoying to share' sollte 'enjoying sharing' heißen.",
        "Der Link zu den alten Ausgaben funktioniert bei mir nicht.",
        "Kleinigkeit: Es heißt 'LinkedIn', nicht 'Linkedin'.",
        "In Outlook war die Formatierung kaputt.",
    ],
    "fr": [
        "Petite coquille : 'enjoying to share' devrait être 'enjoying sharing'.",
        "Le lien vers les anciens numéros ne fonctionne pas.",
        "Détail : on écrit 'LinkedIn', pas 'Linkedin'.",
        "Dans Outlook la mise en forme était cassée.",
    ],
}

_FB_QUESTION: LangBank = {
    "en": [
        "Where can I find past editions?",
        "Is there an RSS feed?",
        "Do you mind if I share this on LinkedIn?",
        "Could I translate this into Portuguese for my blog, with credit?",
        "Which tool do you use to send the newsletter?",
        "Is the newsletter weekly or every other Friday?",
        "Would you ever write about how you price fixed-scope projects?",
        "Can I forward this to my team, or is there a public link?",
        "Any chance of a podcast version?",
        "How do you decide which clients you 'like'? Would love a follow-up post on that.",
    ],
    "pt": [
        "Onde encontro as edições anteriores?",
        "Há feed RSS?",
        "Posso partilhar isto no LinkedIn?",
        "Posso traduzir para o meu blog, com crédito?",
        "Vai escrever sobre como define preços em projetos de âmbito fechado?",
    ],
    "es": [
        "¿Dónde encuentro las ediciones anteriores?",
        "¿Hay feed RSS?",
        "¿Puedo compartirlo en LinkedIn?",
        "¿Puedo traducirlo para mi blog, citándote?",
        "¿Escribirás sobre cómo pones precio a los proyectos cerrados?",
    ],
    "de": [
        "Wo finde ich die alten Ausgaben?",
        "Gibt es einen RSS-Feed?",
        "Darf ich das auf LinkedIn teilen?",
        "Darf ich es für meinen Blog übersetzen?",
        "Schreibst du mal darüber, wie du Festpreisprojekte kalkulierst?",
    ],
    "fr": [
        "Où trouver les anciens numéros ?",
        "Y a-t-il un flux RSS ?",
        "Je peux le partager sur LinkedIn ?",
        "Je peux le traduire pour mon blog, en te citant ?",
        "Tu écriras sur la façon dont tu chiffres les projets au forfait ?",
    ],
}

_FB_CLOSER: LangBank = {
    "en": [
        "Keep it up!",
        "Enjoy the long weekend!",
        "Safe travels!",
        "Looking forward to next Friday.",
        "Keep writing!",
        "Hope the trip is going well.",
        "Take care of yourself with all those clients!",
        "Thanks again.",
    ],
    "pt": [
        "Continue assim!",
        "Boa viagem!",
        "Bom fim de semana prolongado!",
        "Até sexta!",
        "Obrigado mais uma vez.",
    ],
    "es": [
        "¡Sigue así!",
        "¡Buen viaje!",
        "¡Disfruta del puente!",
        "¡Hasta el viernes!",
        "Gracias de nuevo.",
    ],
    "de": [
        "Weiter so!",
        "Gute Reise!",
        "Schönes langes Wochenende!",
        "Bis Freitag!",
        "Nochmals danke.",
    ],
    "fr": [
        "Continue comme ça !",
        "Bon voyage !",
        "Bon long week-end !",
        "À vendredi !",
        "Merci encore.",
    ],
}

_FB_SUBJECT: LangBank = {
    "en": [
        "Loved this one",
        "Typo",
        "Quick question about the newsletter",
        "Thanks!",
        "Great issue",
        "Your last edition",
        "Small correction",
        "A thought on famine/feast",
    ],
    "pt": ["Adorei", "Gralha", "Pergunta sobre a newsletter", "Obrigado!", "Ótima edição"],
    "es": ["Me encantó", "Errata", "Pregunta sobre la newsletter", "¡Gracias!", "Gran edición"],
    "de": ["Tolle Ausgabe", "Tippfehler", "Frage zum Newsletter", "Danke!", "Dein Newsletter"],
    "fr": [
        "Super numéro",
        "Coquille",
        "Question sur la newsletter",
        "Merci !",
        "Ta dernière newsletter",
    ],
}


def _feedback(ctx: _Ctx) -> Specimen:
    shape = ctx.pick_any(
        ["short", "medium", "medium", "long", "typo", "disagree", "question", "not_applying"]
    )
    greeting = ctx.say(_GREETING) if ctx.chance(0.75) else None
    hard = shape in ("long", "not_applying", "disagree")
    if shape == "short":
        body = _paragraphs(ctx.say(_FB_REACTION), ctx.say(_FB_CLOSER), sep=" ")
        body = _paragraphs(greeting, body, ctx.slots["first"] if ctx.chance(0.6) else None)
    elif shape == "medium":
        body = _paragraphs(
            greeting,
            f"{ctx.say(_FB_REACTION)} {ctx.say(_FB_DETAIL)}",
            ctx.say(_FB_CLOSER),
            _signed(ctx),
        )
    elif shape == "long":
        body = _paragraphs(
            greeting,
            ctx.say(_FB_REACTION),
            " ".join(ctx.some(_FB_DETAIL, 1, 2)),
            ctx.say(_FB_STORY),
            ctx.say(_FB_QUESTION) if ctx.chance(0.4) else None,
            ctx.say(_FB_CLOSER),
            _signed(ctx),
        )
    elif shape == "typo":
        body = _paragraphs(
            greeting,
            ctx.say(_FB_REACTION) if ctx.chance(0.5) else None,
            ctx.say(_FB_TYPO),
            _signed(ctx) if ctx.chance(0.6) else None,
        )
    elif shape == "disagree":
        body = _paragraphs(
            greeting,
            ctx.say(_FB_DISAGREE),
            ctx.say(_FB_DETAIL) if ctx.chance(0.5) else None,
            ctx.say(_FB_CLOSER) if ctx.chance(0.5) else None,
            _signed(ctx),
        )
    elif shape == "question":
        body = _paragraphs(
            greeting,
            ctx.say(_FB_REACTION) if ctx.chance(0.6) else None,
            ctx.say(_FB_QUESTION),
            _signed(ctx),
        )
    else:
        body = _paragraphs(
            greeting,
            f"{ctx.say(_FB_REACTION)} {ctx.say(_FB_DETAIL)}",
            ctx.say(_FB_NOT_APPLYING),
            _signed(ctx),
        )
    subject = _reply_subject(ctx) if ctx.chance(0.75) else ctx.say(_FB_SUBJECT)
    return Specimen(
        label="other",
        other_kind="feedback",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=ctx.slots["full"],
        sender_email=ctx.slots["email"],
        difficulty="hard" if hard else "easy",
        must_not_autoreply=False,
        may_quote_newsletter=True,
        notes=f"feedback/{shape}",
    )


# ---------------------------------------------------------------------------------------------
# mailing_list: discussion lists, digests, other people's newsletters, platform notifications

_LISTS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Fractional CTO Circle", "fractional-cto", "groups.io"),
        ("Remote Leaders", "remote-leaders", "googlegroups.com"),
        ("Python-list", "python-list", "python.org"),
        ("CTO Craft Community", "community", "lists.ctocraft.com"),
        ("Indie Hackers EU", "ih-eu", "googlegroups.com"),
        ("Lisbon Tech Founders", "lisbon-founders", "groups.io"),
        ("devops-weekly-discuss", "devops-discuss", "lists.devopsweekly.com"),
        ("Freelance Engineers", "freelance-eng", "googlegroups.com"),
    ],
    "pt": [
        ("Comunidade CTO Portugal", "cto-pt", "googlegroups.com"),
        ("Python Brasil", "python-brasil", "googlegroups.com"),
        ("Remote Portugal", "remote-pt", "groups.io"),
        ("Startups Porto", "startups-porto", "googlegroups.com"),
    ],
    "es": [
        ("CTOs Hispanos", "ctos-hispanos", "googlegroups.com"),
        ("Python España", "python-es", "python.org"),
        ("Remoto Latam", "remoto-latam", "groups.io"),
        ("Startups Madrid", "startups-madrid", "googlegroups.com"),
    ],
    "de": [
        ("CTO-Stammtisch Berlin", "cto-stammtisch", "lists.berlin-cto.de"),
        ("debian-user-german", "debian-user-german", "lists.debian.org"),
        ("Freelancer DACH", "freelancer-dach", "groups.io"),
        ("Python Deutschland", "python-de", "python.org"),
    ],
    "fr": [
        ("Communauté CTO France", "cto-france", "googlegroups.com"),
        ("Discussions AFPy", "discuss", "lists.afpy.org"),
        ("Freelances Tech Lyon", "freelances-lyon", "groups.io"),
        ("Startups Paris", "startups-paris", "googlegroups.com"),
    ],
}

_LIST_TOPICS: LangBank = {
    "en": [
        "Pricing: retainer vs hourly for fractional work?",
        "How do you handle IP clauses in fractional contracts?",
        "Recommendations for an accountant who understands freelancers?",
        "Anyone going to Web Summit this year?",
        "[JOB] Senior Rails developer, remote EU, 6-month contract",
        "How many clients is too many?",
        "Tooling for time tracking across several clients",
        "[ANN] Meetup next Thursday: scaling teams without burning out",
        "Insurance for fractional execs - who do you use?",
        "Moving from hourly billing to value pricing",
        "Is anyone hiring a fractional CTO in healthtech?",
        "Best way to structure a referral fee?",
        "Python 3.13 free-threading experiences",
        "Handing over a client to another member: etiquette?",
    ],
    "pt": [
        "Preços: avença ou hora para trabalho fracionado?",
        "Como lidam com cláusulas de propriedade intelectual?",
        "Recomendações de contabilista para freelancers?",
        "Alguém vai ao Web Summit este ano?",
        "[VAGA] Programador Django sénior, remoto, 6 meses",
        "Quantos clientes é demasiado?",
        "[ANÚNCIO] Meetup na próxima quinta-feira",
    ],
    "es": [
        "Precios: iguala o por hora en trabajo fraccional?",
        "¿Cómo gestionáis las cláusulas de propiedad intelectual?",
        "¿Recomendaciones de gestor para autónomos?",
        "¿Alguien va al South Summit este año?",
        "[EMPLEO] Desarrollador Node senior, remoto, 6 meses",
        "¿Cuántos clientes son demasiados?",
        "[ANUNCIO] Meetup el próximo jueves",
    ],
    "de": [
        "Preise: Retainer oder Stundensatz bei Interim-Mandaten?",
        "Wie geht ihr mit IP-Klauseln in Verträgen um?",
        "Steuerberater-Empfehlung für Freelancer?",
        "Fährt jemand zur Republica?",
        "[JOB] Senior Go-Entwickler (m/w/d), remote, 6 Monate",
        "Ab wie vielen Kunden wird es zu viel?",
        "[ANKÜNDIGUNG] Stammtisch nächsten Donnerstag",
    ],
    "fr": [
        "Tarifs : forfait mensuel ou TJM pour les missions à temps partagé ?",
        "Comment gérez-vous les clauses de propriété intellectuelle ?",
        "Un expert-comptable à recommander pour freelances ?",
        "Quelqu'un va à VivaTech cette année ?",
        "[OFFRE] Dev React senior, full remote, 6 mois",
        "Combien de clients, c'est trop ?",
        "[ANNONCE] Meetup jeudi prochain",
    ],
}

_LIST_POST: LangBank = {
    "en": [
        "I've been doing fractional work for two years and I'm still torn on this. Curious "
        "what everyone here does.",
        "Context: three clients, all early stage, all want more hours than we agreed.",
        "We discussed this at the last meetup but never reached a conclusion.",
        "Posting on behalf of a friend who isn't on the list yet.",
        "Would love to hear war stories, good and bad.",
        "Replying to the thread from last week with an update: we went with the monthly "
        "retainer and it's working fine so far.",
        "Details in the link below, happy to answer questions off-list.",
        "+1 to what Marco said. The key for me was a clear scope document.",
    ],
    "pt": [
        "Faço trabalho fracionado há dois anos e ainda não decidi. Como fazem vocês?",
        "Contexto: três clientes, todos early stage.",
        "Falámos disto no último meetup.",
        "+1 ao que o Marco disse.",
        "Detalhes no link abaixo, respondo em privado.",
    ],
    "es": [
        "Llevo dos años en trabajo fraccional y aún no lo tengo claro. ¿Cómo lo hacéis?",
        "Contexto: tres clientes, todos en fase temprana.",
        "Lo hablamos en el último meetup.",
        "+1 a lo que dijo Marco.",
        "Detalles en el enlace, respondo por privado.",
    ],
    "de": [
        "Ich mache seit zwei Jahren Interim-Mandate und bin immer noch unsicher. Wie "
        "handhabt ihr das?",
        "Kontext: drei Kunden, alle in der Frühphase.",
        "Wir hatten das beim letzten Stammtisch schon.",
        "+1 zu dem, was Marco schrieb.",
        "Details im Link, Fragen gern per PN.",
    ],
    "fr": [
        "Je fais des missions à temps partagé depuis deux ans et j'hésite encore. "
        "Vous faites comment ?",
        "Contexte : trois clients, tous en early stage.",
        "On en a parlé au dernier meetup.",
        "+1 à ce qu'a dit Marco.",
        "Détails dans le lien, je réponds en privé.",
    ],
}

_LIST_GREETING: LangBank = {
    "en": ["Hi all,", "Hey folks,", "Hello everyone,", "Hi list,", ""],
    "pt": ["Olá a todos,", "Olá pessoal,", "Boas,", ""],
    "es": ["Hola a todos,", "Buenas,", "Hola lista,", ""],
    "de": ["Hallo zusammen,", "Moin in die Runde,", "Hallo Liste,", ""],
    "fr": ["Bonjour à tous,", "Salut la liste,", "Hello tout le monde,", ""],
}

_LIST_FOOTER: LangBank = {
    "en": [
        "-- \nYou received this message because you are subscribed to the Google Groups "
        '"{list_name}" group.\nTo unsubscribe from this group and stop receiving emails from '
        "it, send an email to {list_local}+unsubscribe@googlegroups.com.",
        "_______________________________________________\n{list_name} mailing list\n"
        "{list_addr}\nhttps://{list_domain}/mailman/listinfo/{list_local}",
        "-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this "
        "group.\nView/Reply Online (#{n}): https://groups.io/g/{list_local}/message/{n}\n"
        "Leave Group: https://groups.io/g/{list_local}/leave",
        "--\nTo unsubscribe, e-mail: {list_local}-unsubscribe@{list_domain}\nFor additional "
        "commands, e-mail: {list_local}-help@{list_domain}",
    ],
    "pt": [
        '-- \nRecebeu esta mensagem porque está inscrito no grupo "{list_name}" dos Grupos '
        "do Google.\nPara anular a subscrição, envie um e-mail para "
        "{list_local}+unsubscribe@googlegroups.com.",
        "_______________________________________________\nLista {list_name}\n{list_addr}\n"
        "Para sair: https://{list_domain}/g/{list_local}/leave",
    ],
    "es": [
        '-- \nHas recibido este mensaje porque estás suscrito al grupo "{list_name}" de '
        "Grupos de Google.\nPara cancelar la suscripción, envía un correo a "
        "{list_local}+unsubscribe@googlegroups.com.",
        "_______________________________________________\nLista {list_name}\n{list_addr}\n"
        "https://{list_domain}/mailman/listinfo/{list_local}",
    ],
    "de": [
        "-- \nSie erhalten diese Nachricht, weil Sie Mitglied der Google Groups-Gruppe "
        '"{list_name}" sind.\nUm sich abzumelden, senden Sie eine E-Mail an '
        "{list_local}+unsubscribe@googlegroups.com.",
        "_______________________________________________\n{list_name} Mailingliste\n"
        "{list_addr}\nAbmelden: https://{list_domain}/mailman/listinfo/{list_local}",
    ],
    "fr": [
        '-- \nVous avez reçu ce message, car vous êtes abonné au groupe "{list_name}" de '
        "Google Groupes.\nPour vous désabonner, envoyez un e-mail à "
        "{list_local}+unsubscribe@googlegroups.com.",
        "_______________________________________________\nListe {list_name}\n{list_addr}\n"
        "https://{list_domain}/sympa/info/{list_local}",
    ],
}

_OTHER_NEWSLETTERS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("The Pragmatic Engineer", "pragmaticengineer@substack.com"),
        ("Lenny's Newsletter", "lenny@substack.com"),
        ("TLDR", "dan@tldrnewsletter.com"),
        ("Remote OK Weekly", "weekly@remoteok.com"),
        ("CTO Craft Digest", "hello@ctocraft.com"),
        ("Indie Hackers", "news@indiehackers.com"),
        ("DevOps Weekly", "news@devopsweekly.com"),
        ("Founder Notes", "notes@beehiiv.com"),
    ],
    "pt": [
        ("Startup Portugal News", "news@startupportugal.com"),
        ("Newsletter do Código", "ola@codigo.pt"),
        ("Remoto BR", "contato@remotobr.com.br"),
    ],
    "es": [
        ("Loogic", "newsletter@loogic.com"),
        ("Tecnología Semanal", "hola@tecsemanal.es"),
        ("Remoto Latam", "boletin@remotolatam.com"),
    ],
    "de": [
        ("t3n Newsletter", "newsletter@t3n.de"),
        ("Gründerszene Daily", "daily@gs.de"),
        ("Heise Developer", "newsletter@heise.de"),
    ],
    "fr": [
        ("Maddyness", "newsletter@maddyness.com"),
        ("Journal du Net", "lettre@jdn.fr"),
        ("La Tech Hebdo", "bonjour@techhebdo.fr"),
    ],
}

_NEWS_HEADLINES: LangBank = {
    "en": [
        "Why every startup will have a fractional CTO by 2026",
        "The state of remote hiring: salaries are flattening",
        "How we cut our AWS bill by 43%",
        "Five mistakes first-time engineering managers make",
        "Interview: building a 20-person agency without investors",
        "The end of the 10x engineer myth",
        "What founders get wrong about technical due diligence",
        "Async standups, one year later",
        "Pricing your consulting services in a downturn",
        "Is Product Engineer the new Full-stack?",
        "This week's top remote jobs",
        "The quiet return of the monolith",
    ],
    "pt": [
        "Porque é que todas as startups vão ter um CTO fracionado",
        "O estado do recrutamento remoto em Portugal",
        "Como reduzimos a fatura da AWS em 43%",
        "Cinco erros de quem começa a gerir equipas",
        "As melhores vagas remotas da semana",
        "Entrevista: crescer uma agência sem investidores",
    ],
    "es": [
        "Por qué todas las startups tendrán un CTO fraccional",
        "El estado de la contratación en remoto",
        "Cómo recortamos un 43% la factura de AWS",
        "Cinco errores de los nuevos managers de ingeniería",
        "Las mejores ofertas en remoto de la semana",
        "Entrevista: una agencia sin inversores",
    ],
    "de": [
        "Warum jedes Startup bald einen Interim-CTO hat",
        "Remote-Recruiting: Gehälter gleichen sich an",
        "Wie wir unsere AWS-Rechnung um 43 % gesenkt haben",
        "Fünf Fehler neuer Engineering-Manager",
        "Die besten Remote-Jobs der Woche",
        "Interview: Eine Agentur ohne Investoren aufbauen",
    ],
    "fr": [
        "Pourquoi chaque startup aura bientôt un CTO à temps partagé",
        "Recrutement à distance : les salaires convergent",
        "Comment nous avons réduit notre facture AWS de 43 %",
        "Cinq erreurs des nouveaux managers tech",
        "Les meilleures offres en remote de la semaine",
        "Entretien : une agence sans investisseurs",
    ],
}

_NEWS_INTRO: LangBank = {
    "en": [
        "Good morning! Here's what you need to know this week.",
        "Hey friends,",
        "Welcome to issue #{n}.",
        "In today's edition:",
        "Happy Friday, readers!",
        "Here are this week's picks.",
    ],
    "pt": [
        "Bom dia! Eis o que precisa de saber esta semana.",
        "Olá, leitores!",
        "Bem-vindo à edição #{n}.",
        "Nesta edição:",
    ],
    "es": [
        "¡Buenos días! Esto es lo que necesitas saber esta semana.",
        "¡Hola, lectores!",
        "Bienvenido al número #{n}.",
        "En esta edición:",
    ],
    "de": [
        "Guten Morgen! Das Wichtigste der Woche.",
        "Hallo zusammen,",
        "Willkommen zu Ausgabe #{n}.",
        "In dieser Ausgabe:",
    ],
    "fr": [
        "Bonjour ! Voici l'essentiel de la semaine.",
        "Bonjour à tous,",
        "Bienvenue dans le numéro #{n}.",
        "Au sommaire :",
    ],
}

_NEWS_FOOTER: LangBank = {
    "en": [
        "You're receiving this email because you subscribed to {news}.\nUnsubscribe | "
        "Manage preferences | View in browser",
        "{news}, 548 Market St, San Francisco, CA 94104\nUnsubscribe from this list",
        "Don't want these emails? Unsubscribe here: https://{news_host}/unsubscribe",
        "Forwarded this email? Subscribe here. Want out? Unsubscribe.",
    ],
    "pt": [
        "Recebe este e-mail porque subscreveu {news}.\nCancelar subscrição | Preferências",
        "Não quer receber estes e-mails? Cancele aqui: https://{news_host}/sair",
    ],
    "es": [
        "Recibes este correo porque te suscribiste a {news}.\nDarse de baja | Preferencias",
        "¿No quieres recibir más correos? Date de baja aquí: https://{news_host}/baja",
    ],
    "de": [
        "Sie erhalten diese E-Mail, weil Sie {news} abonniert haben.\nAbmelden | "
        "Einstellungen | Impressum",
        "Keine E-Mails mehr? Hier abmelden: https://{news_host}/abmelden",
    ],
    "fr": [
        "Vous recevez cet e-mail car vous êtes abonné à {news}.\nSe désabonner | Préférences",
        "Vous ne souhaitez plus recevoir nos e-mails ? Désinscrivez-vous : "
        "https://{news_host}/desinscription",
    ],
}

_NOTIFICATIONS: LangBank = {
    "en": [
        "You appeared in {n} searches this week.",
        "New event in Lisbon Tech Founders: 'Fractional leadership panel' on {weekday}.",
        "{full} and {n} others commented on a post you might like.",
        "Your weekly summary: {n} new members joined Remote Leaders.",
        "Reminder: the {list_name} meetup is this {weekday}. {n} people are going.",
        "Jobs you may be interested in: Fractional CTO at {company} and {n} more.",
    ],
    "pt": [
        "Apareceu em {n} pesquisas esta semana.",
        "Novo evento em Startups Porto na {weekday}.",
        "{full} e mais {n} pessoas comentaram uma publicação.",
        "Vagas que podem interessar: CTO fracionado na {company} e mais {n}.",
    ],
    "es": [
        "Has aparecido en {n} búsquedas esta semana.",
        "Nuevo evento en Startups Madrid el {weekday}.",
        "{full} y {n} personas más comentaron una publicación.",
        "Empleos que te pueden interesar: CTO fraccional en {company} y {n} más.",
    ],
    "de": [
        "Sie wurden diese Woche in {n} Suchen gefunden.",
        "Neues Event beim CTO-Stammtisch am {weekday}.",
        "{full} und {n} weitere haben einen Beitrag kommentiert.",
        "Jobs für Sie: Interim-CTO bei {company} und {n} weitere.",
    ],
    "fr": [
        "Vous êtes apparu dans {n} recherches cette semaine.",
        "Nouvel événement chez Startups Paris {weekday}.",
        "{full} et {n} autres ont commenté une publication.",
        "Offres pour vous : CTO à temps partagé chez {company} et {n} autres.",
    ],
}
_NOTIFIERS = [
    ("LinkedIn", "messages-noreply@linkedin.com"),
    ("Meetup", "info@meetup.com"),
    ("Slack", "notification@slack.com"),
    ("Circle", "no-reply@circle.so"),
    ("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
    ("Xing", "mailrobot@mail.xing.com"),
]


def _list_headers(ctx: _Ctx, *, discussion: bool) -> dict[str, str]:
    s = ctx.slots
    headers: dict[str, str] = {}
    if discussion or ctx.chance(0.6):
        headers["List-Id"] = f"{s['list_name']} <{s['list_local']}.{s['list_domain']}>"
    if ctx.chance(0.8):
        headers["List-Unsubscribe"] = (
            f"<mailto:{s['list_local']}-unsubscribe@{s['list_domain']}>, "
            f"<https://{s['list_domain']}/unsubscribe/{s['list_local']}>"
        )
        if ctx.chance(0.5):
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if discussion and ctx.chance(0.6):
        headers["List-Post"] = f"<mailto:{s['list_addr']}>"
        headers["List-Archive"] = f"<https://{s['list_domain']}/archives/{s['list_local']}>"
    if ctx.chance(0.6) or not headers:
        headers["Precedence"] = "list" if discussion else ctx.pick_any(["bulk", "list"])
    if discussion and ctx.chance(0.4):
        headers["Sender"] = f"{s['list_local']}-bounces@{s['list_domain']}"
    if ctx.chance(0.2):
        headers["X-Mailing-List"] = s["list_addr"]
    return headers


def _mailing_list(ctx: _Ctx) -> Specimen:
    s = ctx.slots
    list_name, list_local, list_domain = ctx.pick_any(_LISTS[ctx.lang])
    s.update(
        list_name=list_name,
        list_local=list_local,
        list_domain=list_domain,
        list_addr=f"{list_local}@{list_domain}",
    )
    shape = ctx.pick_any(
        ["discussion", "discussion", "digest", "newsletter", "newsletter", "notification"]
    )
    sender_name, sender_email = s["full"], s["email"]
    hard = False
    if shape == "discussion":
        topic = ctx.say(_LIST_TOPICS)
        tag = ctx.pick_any([f"[{list_local}] ", f"[{list_name}] ", ""])
        subject = tag + (ctx.pick_any(["", "", "Re: "]) + topic)
        body = _paragraphs(
            ctx.say(_LIST_GREETING),
            topic if ctx.chance(0.3) else None,
            " ".join(ctx.some(_LIST_POST, 1, 3)),
            _signed(ctx),
            ctx.say(_LIST_FOOTER),
        )
        headers = _list_headers(ctx, discussion=True)
        if ctx.chance(0.3):
            sender_email = s["list_addr"]
            sender_name = f"{s['full']} via {list_name}"
        hard = True
    elif shape == "digest":
        vol, issue = ctx.rng.randint(3, 40), ctx.rng.randint(1, 200)
        topics = ctx.some(_LIST_TOPICS, 3, 6)
        lines = [
            f"   {i}. {t} ({ctx.pick_any(_FIRST[ctx.lang])} {ctx.pick_any(_LAST[ctx.lang])})"
            for i, t in enumerate(topics, 1)
        ]
        label = {
            "en": "Today's Topics:",
            "pt": "Tópicos de hoje:",
            "es": "Temas del día:",
            "de": "Themen des Tages:",
            "fr": "Sujets du jour :",
        }[ctx.lang]
        subject = f"{list_name} Digest, Vol {vol}, Issue {issue}"
        body = _paragraphs(
            ctx.fill(f"Send {list_name} mailing list submissions to\n\t{{list_addr}}"),
            label + "\n\n" + "\n".join(lines),
            "----------------------------------------------------------------------",
            ctx.say(_LIST_POST),
            ctx.say(_LIST_FOOTER),
        )
        sender_name = f"{list_name}"
        sender_email = f"{list_local}-request@{list_domain}"
        headers = _list_headers(ctx, discussion=True)
    elif shape == "newsletter":
        news, news_email = ctx.pick_any(_OTHER_NEWSLETTERS[ctx.lang])
        s.update(news=news, news_host=news_email.split("@")[1])
        s.update(
            list_name=news,
            list_local=news_email.split("@")[0],
            list_domain=news_email.split("@")[1],
            list_addr=news_email,
        )
        headlines = ctx.some(_NEWS_HEADLINES, 2, 4)
        numbered = ctx.chance(0.5)
        items = "\n\n".join(
            (f"{i}. " if numbered else "▶ ") + h for i, h in enumerate(headlines, 1)
        )
        subject = ctx.pick_any(
            [headlines[0], f"{news} #{s['n']}: {headlines[0]}", f"{news} - {headlines[0]}"]
        )
        body = _paragraphs(ctx.say(_NEWS_INTRO), items, ctx.say(_NEWS_FOOTER))
        sender_name, sender_email = news, news_email
        headers = _list_headers(ctx, discussion=False)
    else:
        notifier, notifier_email = ctx.pick_any(_NOTIFIERS)
        s.update(
            list_name=notifier,
            list_local="notifications",
            list_domain=notifier_email.split("@")[1],
            list_addr=notifier_email,
        )
        line = ctx.say(_NOTIFICATIONS)
        subject = line if len(line) < 70 else line.split(".")[0]
        body = _paragraphs(
            line,
            f"https://www.{notifier_email.split('@')[1]}/notifications",
            ctx.fill("{company} · Unsubscribe · Help") if ctx.chance(0.3) else "Unsubscribe · Help",
        )
        sender_name, sender_email = notifier, notifier_email
        headers = _list_headers(ctx, discussion=False)
    return Specimen(
        label="other",
        other_kind="mailing_list",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=sender_name,
        sender_email=sender_email,
        difficulty="hard" if hard else "easy",
        must_not_autoreply=True,
        headers=headers,
        may_quote_newsletter=False,
        notes=f"mailing_list/{shape}",
    )


# ---------------------------------------------------------------------------------------------
# personal: friends, family and old colleagues

_PERSONAL_OPEN: LangBank = {
    "en": [
        "Hey man!",
        "Sergio!",
        "Hi mate,",
        "Yo,",
        "Hey you,",
        "Hi Serge,",
        "Hey!",
        "Hiya,",
        "Hey buddy,",
        "Hi Sergio :)",
    ],
    "pt": [
        "Olá filho,",
        "Oi Sergio, tudo bem?",
        "Olá primo!",
        "Boas Sérgio!",
        "Então pá,",
        "Querido,",
        "Olá mano,",
        "E aí, Sergio?",
    ],
    "es": ["¡Hola Sergio!", "¡Ey!", "¿Qué tal, tío?", "Hola guapo,", "¡Buenas!", "Querido Sergio,"],
    "de": ["Hey Sergio!", "Na du,", "Hallo mein Lieber,", "Servus!", "Moin!", "Hi Sergio :)"],
    "fr": [
        "Salut Sergio !",
        "Coucou !",
        "Hello toi,",
        "Salut vieux,",
        "Cher Sergio,",
        "Yo Sergio,",
    ],
}

_PERSONAL_TOPIC: LangBank = {
    "en": [
        "Are we still on for dinner next {weekday}? I booked the Thai place at 8.",
        "Congrats on the newsletter, saw it pop up everywhere! How's the trip going?",
        "Happy birthday!! Hope you're celebrating somewhere sunny.",
        "Sending you the photos from the wedding - some of you dancing are priceless.",
        "Do you still have my camping stove? Need it for the weekend.",
        "We're having a barbecue on Saturday, bring whoever you want.",
        "Mum says you haven't called in two weeks. Call her!",
        "Did you watch the match last night? Unbelievable second half.",
        "We finally moved into the new flat. You have to come and see it.",
        "Any tips for Lisbon? We're going in July with the kids.",
        "Long time no see! I'm in town next week, coffee?",
        "Just landed, thanks again for letting us stay at your place.",
        "The little one started walking this week, video attached!",
        "Can you pick me up from the airport on {weekday}? Landing at 22:40.",
    ],
    "pt": [
        "Ainda está de pé o jantar de {weekday}? Já reservei no sítio do costume.",
        "Parabéns pela newsletter, vi-a em todo o lado! Como está a correr a viagem?",
        "Parabéns pelo aniversário, filho! Beijinhos da mãe.",
        "Envio as fotos do casamento - as tuas a dançar são impagáveis.",
        "Ainda tens a minha tenda? Preciso dela para o fim de semana.",
        "Vamos fazer um churrasco no sábado, aparece!",
        "A avó pergunta quando vens cá almoçar.",
        "Viste o jogo ontem? Que segunda parte!",
        "Já mudámos para a casa nova. Tens de vir ver.",
        "Estou em Lisboa na próxima semana, bebemos um café?",
        "Chegámos bem, obrigado por nos deixares ficar em tua casa.",
    ],
    "es": [
        "¿Sigue en pie la cena del {weekday}? He reservado en el tailandés.",
        "¡Enhorabuena por la newsletter, la he visto por todas partes! ¿Qué tal el viaje?",
        "¡Feliz cumpleaños! Espero que lo estés celebrando al sol.",
        "Te mando las fotos de la boda, las tuyas bailando no tienen precio.",
        "¿Aún tienes mi tienda de campaña? La necesito el finde.",
        "Hacemos barbacoa el sábado, vente.",
        "¿Viste el partido anoche? Qué segunda parte.",
        "Ya nos hemos mudado al piso nuevo. Tienes que venir.",
        "Estoy en Lisboa la semana que viene, ¿un café?",
        "Llegamos bien, gracias por dejarnos tu casa.",
    ],
    "de": [
        "Steht das Abendessen am {weekday} noch? Ich habe beim Thailänder reserviert.",
        "Glückwunsch zum Newsletter, hab ihn überall gesehen! Wie läuft die Reise?",
        "Alles Gute zum Geburtstag! Hoffentlich feierst du irgendwo in der Sonne.",
        "Hier die Fotos von der Hochzeit - die, wo du tanzt, sind unbezahlbar.",
        "Hast du noch meinen Campingkocher? Brauche ihn am Wochenende.",
        "Wir grillen am Samstag, komm doch vorbei.",
        "Hast du gestern das Spiel gesehen? Wahnsinn.",
        "Wir sind endlich umgezogen. Du musst vorbeikommen!",
        "Bin nächste Woche in Lissabon, Kaffee?",
        "Gut angekommen, danke nochmal fürs Übernachten.",
    ],
    "fr": [
        "Toujours ok pour le dîner de {weekday} ? J'ai réservé chez le thaï.",
        "Bravo pour la newsletter, je la vois partout ! Et ce voyage ?",
        "Joyeux anniversaire ! J'espère que tu fêtes ça au soleil.",
        "Je t'envoie les photos du mariage, celles où tu danses sont collector.",
        "Tu as toujours mon réchaud de camping ? J'en ai besoin ce week-end.",
        "On fait un barbecue samedi, passe !",
        "Tu as vu le match hier soir ? Incroyable.",
        "On a enfin emménagé. Il faut que tu viennes voir.",
        "Je suis à Lisbonne la semaine prochaine, un café ?",
        "Bien arrivés, merci encore de nous avoir hébergés.",
    ],
}

_PERSONAL_WORK: LangBank = {
    "en": [
        "Work's crazy as usual, we're launching the new app next month.",
        "My boss finally approved my remote request, so I might join you in Lisbon!",
        "Saw your newsletter on LinkedIn - you're a CTO celebrity now, haha.",
        "Still at the bank, still hating Jira.",
        "By the way, my team is hiring too, but I know you're swamped so don't worry.",
        "I told my manager about your famine/feast post, she loved it.",
        "Don't work too much with all those clients!",
    ],
    "pt": [
        "O trabalho está uma loucura, lançamos a app nova no próximo mês.",
        "Vi a tua newsletter no LinkedIn - agora és uma estrela dos CTOs, haha.",
        "Não trabalhes demais com esses clientes todos!",
        "Continuo no banco, continuo a odiar o Jira.",
    ],
    "es": [
        "El trabajo, una locura, lanzamos la app nueva el mes que viene.",
        "Vi tu newsletter en LinkedIn, ya eres un CTO famoso, jaja.",
        "¡No trabajes demasiado con tantos clientes!",
        "Sigo en el banco, sigo odiando Jira.",
    ],
    "de": [
        "Bei der Arbeit ist die Hölle los, nächsten Monat launchen wir die neue App.",
        "Hab deinen Newsletter auf LinkedIn gesehen - du bist jetzt ein CTO-Star, haha.",
        "Arbeite nicht zu viel mit den ganzen Kunden!",
        "Immer noch bei der Bank, immer noch Jira-geschädigt.",
    ],
    "fr": [
        "Au boulot c'est la folie, on lance la nouvelle appli le mois prochain.",
        "J'ai vu ta newsletter sur LinkedIn, tu es une star des CTO maintenant, haha.",
        "Ne travaille pas trop avec tous ces clients !",
        "Toujours à la banque, toujours fâché avec Jira.",
    ],
}

_PERSONAL_CLOSE: LangBank = {
    "en": [
        "Let me know!",
        "Miss you.",
        "Say hi to everyone.",
        "Talk soon x",
        "Love, Mum",
        "See ya",
        "Hugs",
        "xx",
    ],
    "pt": [
        "Diz qualquer coisa!",
        "Beijinhos da mãe",
        "Saudades!",
        "Abraço grande",
        "Um beijo",
        "Até logo",
    ],
    "es": ["¡Dime algo!", "Te echo de menos.", "Un abrazo fuerte", "Besos", "Hasta pronto"],
    "de": ["Meld dich!", "Vermisse dich.", "Drück dich", "Bis bald", "Liebe Grüße, Mama"],
    "fr": ["Dis-moi !", "Tu me manques.", "Bises", "Gros bisous", "À plus"],
}

_PERSONAL_SUBJECT: LangBank = {
    "en": [
        "dinner?",
        "photos",
        "Happy birthday!",
        "long time!",
        "Saturday",
        "quick q",
        "",
        "this weekend",
        "hey",
        "Lisbon trip",
    ],
    "pt": ["Jantar?", "fotos", "Parabéns!", "", "sábado", "Olá", "fim de semana"],
    "es": ["¿Cena?", "fotos", "¡Felicidades!", "", "sábado", "Hola", "finde"],
    "de": ["Abendessen?", "Fotos", "Alles Gute!", "", "Samstag", "Hallo", "Wochenende"],
    "fr": ["Dîner ?", "photos", "Joyeux anniversaire !", "", "samedi", "Coucou", "ce week-end"],
}


def _names_sender(closer: str) -> bool:
    return any(word in closer for word in ("Mum", "mãe", "Mama"))


def _personal(ctx: _Ctx) -> Specimen:
    s = ctx.slots
    s["email"] = _mailbox(s["first"], s["last"], ctx.pick_any(_PERSONAL_DOMAINS[ctx.lang]), ctx.rng)
    mentions_work = ctx.chance(0.4)
    topics = ctx.some(_PERSONAL_TOPIC, 1, 2)
    if mentions_work:
        topics.insert(ctx.rng.randint(0, len(topics)), ctx.say(_PERSONAL_WORK))
    one_line = ctx.chance(0.3)
    closer = ctx.say(_PERSONAL_CLOSE)
    body = _paragraphs(
        ctx.say(_PERSONAL_OPEN) if ctx.chance(0.8) else None,
        " ".join(topics) if one_line else "\n\n".join(topics),
        closer,
        s["first"] if ctx.chance(0.5) and not _names_sender(closer) else None,
    )
    replying = ctx.chance(0.25)
    subject = _reply_subject(ctx) if replying else ctx.say(_PERSONAL_SUBJECT)
    return Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=s["full"] if ctx.chance(0.8) else s["first"],
        sender_email=s["email"],
        difficulty="hard" if mentions_work or replying else "easy",
        must_not_autoreply=False,
        may_quote_newsletter=replying,
        notes="personal" + (" mentioning work" if mentions_work else ""),
    )


# ---------------------------------------------------------------------------------------------
# spam: phishing, crypto, SEO spam, fake invoices, lottery, CEO fraud, fake clients

_SPAM: dict[str, LangBank] = {
    "phishing": {
        "en": [
            "Your mailbox storage is full ({n}GB/{n}GB). Incoming messages will be rejected. "
            "Click below to upgrade your quota for free:\n{bad_link}",
            "Your Microsoft 365 password expires today. Keep your current password here: "
            "{bad_link}",
            "You have received a secure document via DocuSign. REVIEW DOCUMENT: {bad_link}",
            "Unusual sign-in activity detected on your account. If this wasn't you, verify "
            "your identity within 24 hours: {bad_link}",
            "Your account has been suspended due to a billing problem. Update your payment "
            "details: {bad_link}",
            "{full} shared a file with you: 'Q3 Payment Details.pdf'. Open: {bad_link}",
            "Your parcel could not be delivered. Pay the 1.99 EUR customs fee: {bad_link}",
        ],
        "pt": [
            "A sua caixa de correio está cheia. Clique para aumentar a quota: {bad_link}",
            "A sua palavra-passe expira hoje. Mantenha-a aqui: {bad_link}",
            "A sua encomenda não foi entregue. Pague a taxa de 1,99 EUR: {bad_link}",
            "Atividade suspeita na sua conta. Verifique a sua identidade: {bad_link}",
        ],
        "es": [
            "Tu buzón está lleno. Haz clic para ampliar la cuota: {bad_link}",
            "Tu contraseña caduca hoy. Consérvala aquí: {bad_link}",
            "Tu paquete no pudo entregarse. Paga la tasa de 1,99 EUR: {bad_link}",
            "Actividad sospechosa en tu cuenta. Verifica tu identidad: {bad_link}",
        ],
        "de": [
            "Ihr Postfach ist voll. Klicken Sie hier, um den Speicher zu erweitern: {bad_link}",
            "Ihr Passwort läuft heute ab. Behalten Sie es hier: {bad_link}",
            "Ihr Paket konnte nicht zugestellt werden. Zahlen Sie 1,99 EUR Zollgebühr: {bad_link}",
            "Verdächtige Anmeldung erkannt. Bestätigen Sie Ihre Identität: {bad_link}",
        ],
        "fr": [
            "Votre boîte aux lettres est pleine. Cliquez pour augmenter le quota : {bad_link}",
            "Votre mot de passe expire aujourd'hui. Conservez-le ici : {bad_link}",
            "Votre colis n'a pas pu être livré. Réglez 1,99 EUR de frais : {bad_link}",
            "Activité suspecte sur votre compte. Vérifiez votre identité : {bad_link}",
        ],
    },
    "crypto": {
        "en": [
            "Earn up to 15% DAILY with our AI trading bot. Limited spots left!",
            "Congratulations! Your wallet has received 2.5 BTC. Claim before it expires: "
            "{bad_link}",
            "Exclusive presale: the next 100x token. Early investors only.",
            "I made $42,000 in 3 weeks with this crypto method, and so can you.",
            "Your USDT withdrawal of $18,450.00 is pending. Confirm: {bad_link}",
        ],
        "pt": [
            "Ganhe até 15% POR DIA com o nosso robô de trading com IA!",
            "A sua carteira recebeu 2,5 BTC. Resgate antes que expire: {bad_link}",
            "Pré-venda exclusiva: o próximo token 100x.",
        ],
        "es": [
            "¡Gana hasta un 15% DIARIO con nuestro bot de trading con IA!",
            "Tu monedero ha recibido 2,5 BTC. Reclámalo antes de que caduque: {bad_link}",
            "Preventa exclusiva: el próximo token 100x.",
        ],
        "de": [
            "Verdienen Sie bis zu 15 % TÄGLICH mit unserem KI-Trading-Bot!",
            "Ihr Wallet hat 2,5 BTC erhalten. Jetzt abholen: {bad_link}",
            "Exklusiver Presale: der nächste 100x-Token.",
        ],
        "fr": [
            "Gagnez jusqu'à 15 % PAR JOUR avec notre robot de trading IA !",
            "Votre portefeuille a reçu 2,5 BTC. Réclamez-les : {bad_link}",
            "Prévente exclusive : le prochain token x100.",
        ],
    },
    "seo_spam": {
        "en": [
            "Dear Webmaster, we provide high quality DA 50+ backlinks at cheap price. "
            "Guest post available on 2000+ sites.",
            "I found 37 broken links and SEO errors on your website. Reply for free report!!",
            "Do you accept guest post? We pay $50 per article with dofollow link.",
            "Get 10,000 real Instagram followers in 24 hours. 100% safe.",
            "We will make your website rank #1 on Google guaranteed. Price only $99/month.",
        ],
        "pt": [
            "Prezado webmaster, oferecemos backlinks DA 50+ a preço baixo.",
            "Encontrei 37 erros de SEO no seu site. Responda para o relatório grátis!!",
            "Aceita guest post? Pagamos 50 USD por artigo.",
        ],
        "es": [
            "Estimado webmaster, ofrecemos backlinks DA 50+ a buen precio.",
            "He encontrado 37 errores SEO en tu web. ¡¡Responde para el informe gratis!!",
            "¿Aceptas guest posts? Pagamos 50 USD por artículo.",
        ],
        "de": [
            "Sehr geehrter Webmaster, wir bieten günstige DA-50+-Backlinks.",
            "Ich habe 37 SEO-Fehler auf Ihrer Website gefunden. Antworten Sie für den "
            "Gratis-Bericht!!",
            "Akzeptieren Sie Gastbeiträge? Wir zahlen 50 USD pro Artikel.",
        ],
        "fr": [
            "Cher webmaster, nous proposons des backlinks DA 50+ à petit prix.",
            "J'ai trouvé 37 erreurs SEO sur votre site. Répondez pour le rapport gratuit !!",
            "Acceptez-vous les articles invités ? 50 USD par article.",
        ],
    },
    "invoice": {
        "en": [
            "Please find attached invoice INV-{ticket} which is now overdue. Kindly arrange "
            "payment today to avoid late fees.",
            "Your payment of $1,249.00 to PayPal has been processed. If you did not authorise "
            "this, call +1 (888) 555-0{n}.",
            "Attached is the remittance advice for your recent payment. Open the file to "
            "confirm the amount.",
            "FINAL NOTICE: invoice #{ticket} is 30 days past due. See attachment.",
        ],
        "pt": [
            "Segue em anexo a fatura FT {ticket}, já vencida. Regularize hoje.",
            "AVISO FINAL: a fatura #{ticket} está em atraso. Ver anexo.",
        ],
        "es": [
            "Adjuntamos la factura F-{ticket}, ya vencida. Por favor, abónela hoy.",
            "ÚLTIMO AVISO: la factura #{ticket} está impagada. Ver adjunto.",
        ],
        "de": [
            "Anbei die überfällige Rechnung RE-{ticket}. Bitte begleichen Sie sie heute.",
            "LETZTE MAHNUNG: Rechnung #{ticket} ist seit 30 Tagen fällig. Siehe Anhang.",
        ],
        "fr": [
            "Veuillez trouver ci-joint la facture FA-{ticket}, échue. Merci de régler aujourd'hui.",
            "DERNIER RAPPEL : la facture n°{ticket} est impayée. Voir PJ.",
        ],
    },
    "lottery": {
        "en": [
            "Your email address has won $850,000 in the International Email Lottery. Contact "
            "our claims agent with your full name and bank details.",
            "I am Barrister James Okafor, attorney to a late client who shares your surname. "
            "I need your consent to present you as next of kin for $7.2M.",
            "Dear Beneficiary, your compensation fund of $2,500,000 has been approved.",
            "I am a dying widow and wish to donate my fortune to charity through you.",
        ],
        "pt": [
            "O seu e-mail ganhou 850.000 € na Lotaria Internacional. Contacte o agente.",
            "Caro beneficiário, o seu fundo de compensação de 2.500.000 USD foi aprovado.",
        ],
        "es": [
            "Su correo ha ganado 850.000 € en la Lotería Internacional. Contacte con el agente.",
            "Estimado beneficiario, su fondo de 2.500.000 USD ha sido aprobado.",
        ],
        "de": [
            "Ihre E-Mail-Adresse hat 850.000 € in der Internationalen E-Mail-Lotterie gewonnen.",
            "Sehr geehrter Begünstigter, Ihr Entschädigungsfonds über "
            "2.500.000 USD wurde genehmigt.",
        ],
        "fr": [
            "Votre adresse a gagné 850 000 € à la Loterie Internationale. Contactez l'agent.",
            "Cher bénéficiaire, votre fonds de compensation de 2 500 000 USD a été approuvé.",
        ],
    },
    "ceo_fraud": {
        "en": [
            "Are you available? I need you to handle something for me discreetly.",
            "Quick favour - I need 5 Apple gift cards for a client, $200 each. Can you "
            "get them today? I'll reimburse you.",
            "Are you at your desk? Reply asap.",
            "Send me your WhatsApp number, I have an urgent task for you.",
        ],
        "pt": [
            "Está disponível? Preciso que trate de algo com discrição.",
            "Envie-me o seu WhatsApp, tenho uma tarefa urgente.",
        ],
        "es": [
            "¿Estás disponible? Necesito que gestiones algo con discreción.",
            "Pásame tu WhatsApp, tengo una tarea urgente.",
        ],
        "de": [
            "Sind Sie erreichbar? Ich brauche diskret Ihre Hilfe.",
            "Schicken Sie mir Ihre WhatsApp-Nummer, dringende Aufgabe.",
        ],
        "fr": [
            "Êtes-vous disponible ? J'ai besoin que vous gériez quelque chose discrètement.",
            "Envoyez-moi votre WhatsApp, j'ai une tâche urgente.",
        ],
    },
    "fake_job": {
        "en": [
            "Remote job: earn $500/day working 2 hours from home. No experience needed!",
            "We have reviewed your profile and offer you a Remote CTO position, $12,000/"
            "month. Register on our portal to start: {bad_link}",
            "Hiring now: data entry assistants, $45/hour, start today on Telegram.",
        ],
        "pt": [
            "Trabalho remoto: ganhe 500 € por dia, 2 horas em casa, sem experiência!",
            "Analisámos o seu perfil e oferecemos um cargo de CTO remoto. Registe-se: {bad_link}",
        ],
        "es": [
            "Trabajo remoto: gana 500 € al día, 2 horas desde casa, ¡sin experiencia!",
            "Hemos revisado tu perfil y te ofrecemos un puesto de CTO remoto. Regístrate: "
            "{bad_link}",
        ],
        "de": [
            "Homeoffice-Job: 500 € am Tag in 2 Stunden, keine Erfahrung nötig!",
            "Wir bieten Ihnen eine Remote-CTO-Stelle an. Registrieren Sie sich: {bad_link}",
        ],
        "fr": [
            "Job à domicile : gagnez 500 € par jour en 2 heures, sans expérience !",
            "Nous vous proposons un poste de CTO à distance. Inscrivez-vous : {bad_link}",
        ],
    },
    "fake_client": {
        "en": [
            "I want to hire you for a project for my startup. Budget $50,000. Please view "
            "the project brief here: {bad_link}",
            "Kindly check the attached RFQ for our new mobile app and send your quotation.",
            "Hello, I'm interested in your services for my company. I'm deaf so we can only "
            "communicate by email. I will pay by cheque.",
            "We need a fractional CTO urgently. Please log in with your email to download "
            "the NDA and requirements: {bad_link}",
        ],
        "pt": [
            "Quero contratá-lo para um projeto. Orçamento 50.000 USD. Veja o briefing: {bad_link}",
            "Veja o pedido de orçamento em anexo e envie a sua proposta.",
        ],
        "es": [
            "Quiero contratarte para un proyecto. Presupuesto 50.000 USD. Mira el brief: "
            "{bad_link}",
            "Revisa la solicitud de presupuesto adjunta y envía tu oferta.",
        ],
        "de": [
            "Ich möchte Sie für ein Projekt beauftragen. Budget 50.000 USD. Briefing: {bad_link}",
            "Bitte prüfen Sie die angehängte Anfrage und senden Sie ein Angebot.",
        ],
        "fr": [
            "Je souhaite vous confier un projet. Budget 50 000 USD. Voir le brief : {bad_link}",
            "Merci de consulter l'appel d'offres ci-joint et d'envoyer votre devis.",
        ],
    },
}

_SPAM_SUBJECT: dict[str, LangBank] = {
    "phishing": {
        "en": [
            "Action required: mailbox full",
            "Password expiry notice",
            "You have 1 new document to sign",
            "Security alert",
            "[Notification] Account suspended",
            "Delivery failed - pay fee",
        ],
        "pt": [
            "Ação necessária: caixa cheia",
            "Aviso de expiração de senha",
            "Alerta de segurança",
        ],
        "es": [
            "Acción requerida: buzón lleno",
            "Aviso de caducidad de contraseña",
            "Alerta de seguridad",
        ],
        "de": ["Handlungsbedarf: Postfach voll", "Passwort läuft ab", "Sicherheitswarnung"],
        "fr": ["Action requise : boîte pleine", "Expiration du mot de passe", "Alerte de sécurité"],
    },
    "crypto": {
        "en": [
            "💰 Your profit is waiting",
            "2.5 BTC received",
            "Last chance!!!",
            "Make $$$ from home",
        ],
        "pt": ["💰 O seu lucro espera", "2,5 BTC recebidos"],
        "es": ["💰 Tu beneficio te espera", "2,5 BTC recibidos"],
        "de": ["💰 Ihr Gewinn wartet", "2,5 BTC erhalten"],
        "fr": ["💰 Vos gains vous attendent", "2,5 BTC reçus"],
    },
    "seo_spam": {
        "en": ["Guest post", "SEO proposal", "Backlinks offer", "Website errors"],
        "pt": ["Guest post", "Proposta SEO"],
        "es": ["Guest post", "Propuesta SEO"],
        "de": ["Gastbeitrag", "SEO-Angebot"],
        "fr": ["Article invité", "Proposition SEO"],
    },
    "invoice": {
        "en": [
            "Invoice INV-{ticket} overdue",
            "Payment confirmation",
            "FINAL NOTICE",
            "Remittance advice",
        ],
        "pt": ["Fatura em atraso", "AVISO FINAL"],
        "es": ["Factura vencida", "ÚLTIMO AVISO"],
        "de": ["Rechnung überfällig", "LETZTE MAHNUNG"],
        "fr": ["Facture impayée", "DERNIER RAPPEL"],
    },
    "lottery": {
        "en": ["CONGRATULATIONS WINNER", "Urgent business proposal", "Your compensation fund"],
        "pt": ["PARABÉNS VENCEDOR", "Proposta urgente"],
        "es": ["ENHORABUENA GANADOR", "Propuesta urgente"],
        "de": ["HERZLICHEN GLÜCKWUNSCH", "Dringender Vorschlag"],
        "fr": ["FÉLICITATIONS GAGNANT", "Proposition urgente"],
    },
    "ceo_fraud": {
        "en": ["Quick request", "Are you available?", "Urgent", "Task"],
        "pt": ["Pedido rápido", "Urgente"],
        "es": ["Petición rápida", "Urgente"],
        "de": ["Kurze Bitte", "Dringend"],
        "fr": ["Petite demande", "Urgent"],
    },
    "fake_job": {
        "en": ["Job offer", "Remote position available", "You're hired!"],
        "pt": ["Oferta de emprego", "Vaga remota"],
        "es": ["Oferta de empleo", "Puesto remoto"],
        "de": ["Jobangebot", "Remote-Stelle"],
        "fr": ["Offre d'emploi", "Poste à distance"],
    },
    "fake_client": {
        "en": [
            "New project inquiry",
            "Request for quotation",
            "Project brief",
            "Need your services",
        ],
        "pt": ["Novo projeto", "Pedido de orçamento"],
        "es": ["Nuevo proyecto", "Solicitud de presupuesto"],
        "de": ["Projektanfrage", "Angebotsanfrage"],
        "fr": ["Nouveau projet", "Demande de devis"],
    },
}

_SPAM_DOMAINS = [
    "secure-verify-login.com",
    "m1crosoft-support.xyz",
    "docu-sign-files.net",
    "wallet-claims.io",
    "seo-rank-pro.biz",
    "invoice-portal.top",
    "mail-quota.info",
    "global-lottery-claims.org",
    "fastcash-jobs.work",
    "projectbrief-share.site",
]
_SPAM_HEADER_SETS: list[dict[str, str]] = [
    {"X-Mailer": "PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)"},
    {"Precedence": "bulk"},
    {"X-Priority": "1 (Highest)", "Importance": "High"},
    {"X-Spam-Flag": "YES", "X-Spam-Status": "Yes, score=9.3"},
    {"List-Unsubscribe": "<mailto:remove@{spam_domain}>", "Precedence": "bulk"},
    {},
    {},
]


def _spam(ctx: _Ctx) -> Specimen:
    s = ctx.slots
    kind = ctx.pick_any(list(_SPAM))
    spam_domain = ctx.pick_any(_SPAM_DOMAINS)
    s.update(
        spam_domain=spam_domain,
        bad_link=f"https://{spam_domain}/{ctx.pick_any(['login', 'verify', 'claim', 'doc'])}"
        f"?id={ctx.rng.getrandbits(40):x}",
    )
    core = ctx.say(_SPAM[kind])
    subject = ctx.say(_SPAM_SUBJECT[kind])
    attachments: list[AttachmentSpec] = []
    if kind == "phishing":
        brand = ctx.pick_any(
            [
                "Microsoft 365",
                "IT Helpdesk",
                "DocuSign",
                "Mail Administrator",
                "Security Team",
                "Google Workspace",
                "DHL Express",
            ]
        )
        sender_name = brand
        sender_email = f"{ctx.pick_any(['no-reply', 'security', 'admin', 'support'])}@{spam_domain}"
        body = _paragraphs(
            ctx.pick_any(["Dear user,", "Hello,", f"Dear {OWNER_EMAIL},", ""]),
            core,
            f"© 2024 {brand}. All rights reserved.",
        )
    elif kind in ("ceo_fraud", "fake_client"):
        sender_name = s["full"]
        sender_email = _mailbox(
            s["first"],
            s["last"],
            ctx.pick_any(["gmail.com", "outlook.com", "mail.ru", "consultant.com", spam_domain]),
            ctx.rng,
        )
        body = _paragraphs(
            ctx.say(_GREETING) if ctx.chance(0.6) else None,
            core,
            s["full"]
            if kind == "fake_client"
            else ctx.pick_any(["Sent from my iPhone", s["first"], ""]),
        )
    else:
        sender_name = ctx.pick_any(
            [
                s["full"],
                "Customer Service",
                "Claims Department",
                "Investment Team",
                "Accounts Payable",
                s["company"],
            ]
        )
        sender_email = f"{_ascii(s['first'])}{ctx.rng.randint(10, 9999)}@{spam_domain}"
        body = _paragraphs(ctx.pick_any(["", "Dear Friend,", "Hello,", "Dear Sir/Madam,"]), core)
    if kind == "invoice" or (kind == "fake_client" and "attach" in core.lower()):
        attachments.append(
            AttachmentSpec(
                filename=ctx.fill(
                    ctx.pick_any(
                        [
                            "INV-{ticket}.pdf",
                            "Invoice_{ticket}.pdf",
                            "RFQ_{ticket}.pdf",
                            "Payment_Advice.pdf",
                        ]
                    )
                ),
                kind="pdf",
                text=ctx.fill(
                    "INVOICE {ticket}\nAmount due: 4,860.00 EUR\nPay via the secure "
                    "portal: {bad_link}"
                ),
            )
        )
    headers = {name: ctx.fill(value) for name, value in ctx.pick_any(_SPAM_HEADER_SETS).items()}
    hard = kind in ("ceo_fraud", "fake_client", "fake_job") or (
        kind == "phishing" and "mailbox" in core.lower()
    )
    return Specimen(
        label="other",
        other_kind="spam",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=sender_name,
        sender_email=sender_email,
        difficulty="hard" if hard else "easy",
        must_not_autoreply=True,
        headers=headers,
        attachments=attachments,
        may_quote_newsletter=False,
        notes=f"spam/{kind}",
    )


# ---------------------------------------------------------------------------------------------
# the stream

_MAKERS: dict[str, Callable[[_Ctx], Specimen]] = {
    "auto_reply": _auto_reply,
    "bounce": _bounce,
    "unsubscribe": _unsubscribe,
    "vendor_pitch": _vendor_pitch,
    "feedback": _feedback,
    "mailing_list": _mailing_list,
    "personal": _personal,
    "spam": _spam,
}


def make_specimen(rng: random.Random, split: str, kind: str, language: str) -> Specimen:
    """One specimen of `kind` in `language`, composed from the `split` part of the banks."""
    ctx = _Ctx(rng, split, language)
    _base_slots(ctx)
    specimen = _MAKERS[kind](ctx)
    specimen.split = split
    return specimen


def specimens(rng: random.Random, split: str) -> Iterator[Specimen]:
    """An endless stream of varied "other" specimens; take what you need (itertools.islice).

    `split` is "train" or "dev" (anything else draws from every bank). Bodies already yielded
    are skipped, so a long draw does not repeat itself until the banks run dry.
    """
    seen: set[str] = set()
    misses = 0
    while True:
        kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
        language = _pick_language(rng)
        if kind == "bounce" and language != "en" and rng.random() < 0.4:
            language = "en"  # most delivery reports come from English-speaking MTAs
        specimen = make_specimen(rng, split, kind, language)
        if specimen.body in seen and misses < 50:
            misses += 1
            continue
        misses = 0
        seen.add(specimen.body)
        yield specimen
