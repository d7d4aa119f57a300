"""Typed fields from a reply: who an applicant is, what a client needs.

Rules, not a model: spaCy PhraseMatchers over the vocabularies in `vocab.py` on a blank
multilingual tokenizer (built once, cached), plus regular expressions for URLs, e-mail
addresses and money. Only the sender's own words are read (new text, signature, forwarded
text, CV attachments), never the quoted newsletter, which mentions CVs, clients and LinkedIn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mailbot.classify import vocab
from mailbot.classify.features import (
    FORWARD_HEADER_LINE_RE,
    MessageMemo,
    alternatives,
    blank_pipeline,
    detect_cv,
    finditer_in_chunks,
    finditer_in_windows,
    finditer_near,
    folded,
    grouped_by_first_letter,
    occurrences,
    on_folded,
    own_signature,
    own_text,
    per_message,
    replace_matches,
    sender_text,
    span_text,
)
from mailbot.models import (
    Address,
    ApplicantFields,
    Budget,
    ClientFields,
    Evidence,
    ParsedMessage,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

# Attachment text beyond this adds cost and no signal (CV headers hold name and links).
CV_TEXT_CHARS = 6000

# --- URLs and addresses --------------------------------------------------------------------

LINKEDIN_RE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com/(?:in|pub)/"
    r"(?P<slug>[^\s/?#&\"'<>()\[\]]+)",
    re.IGNORECASE,
)
GITHUB_RE = re.compile(
    r"(?:https?://)?(?:www\.)?github\.com/(?P<user>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w.-]*@)",
    re.IGNORECASE,
)
URL_TLDS = r"dev|io|me|site|page|design|codes|tech|xyz|com|net|org"
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()\[\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:"
    + URL_TLDS
    + r")/?[^\s<>\"'()\[\]]*",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
MACHINE_LOCAL_RE = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?|"
    r"notifications?|forms?|wordpress|webmaster|contact-form|typeform|jobs-noreply)\b|"
    r"(?:-request|-bounces)$|^owner-",
    re.IGNORECASE,
)
# Links that never are somebody's portfolio.
NON_PORTFOLIO_HOSTS = re.compile(
    r"linkedin\.com|github\.com|calendly\.com|cal\.com|zoom\.us|meet\.google|google\.com|"
    r"substack\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|"
    r"mailchimp|list-manage|unsubscribe|wa\.me|whatsapp|bit\.ly|t\.co/|aka\.ms|microsoft\.com|"
    r"apple\.com|outlook|example\.(?:com|org|net)",
    re.IGNORECASE,
)

# --- names ---------------------------------------------------------------------------------

NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’\-]+"
PERSON_NAME = (
    rf"{NAME_WORD}(?:\s+(?:(?:da|de|do|dos|das|del|van|von|der|le|la|di)\s+)?{NAME_WORD}){{0,3}}"
)
# Plain phrases, so that a search can start only where one occurs (see name_from_intro).
INTRO_PHRASES = (
    "I'm",
    "Im",
    "I am",
    "my name is",
    "this is",
    "me llamo",
    "mi nombre es",
    "soy",
    "meu nome é",
    "me chamo",
    "sou o",
    "sou a",
    "sou",
    "ich bin",
    "ich heiße",
    "mein name ist",
    "je m'appelle",
    "je m’appelle",
    "je suis",
    "moi c'est",
)
INTRO_RE = re.compile(
    r"(?i:"
    + "|".join(r"\b" + re.escape(phrase) for phrase in INTRO_PHRASES)
    + r")\s+(?P<name>"
    + PERSON_NAME
    + ")"
)
# Words that follow "I'm" but are not a name.
NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "cto",
        "ceo",
        "coo",
        "founder",
        "co-founder",
        "fractional",
        "senior",
        "junior",
        "lead",
        "staff",
        "principal",
        "head",
        "vp",
        "engineer",
        "developer",
        "designer",
        "qa",
        "product",
        "writing",
        "reaching",
        "interested",
        "looking",
        "available",
        "based",
        "currently",
        "also",
        "just",
        "very",
        "really",
        "happy",
        "glad",
        "excited",
        "here",
        "from",
        "in",
        "on",
        "at",
        "um",
        "uma",
        "un",
        "una",
        "ein",
        "eine",
        "le",
        "la",
        "el",
        "o",
        "a",
        "de",
        "desenvolvedor",
        "desarrollador",
        "entwickler",
        "développeur",
        "ingeniero",
        "engenheiro",
        "ingénieur",
        "freelance",
        "freelancer",
        "hiring",
        "building",
        "working",
        "sure",
        "not",
        "responding",
        "replying",
        "following",
        "sorry",
        "thrilled",
        "keen",
        "open",
        "out",
        "away",
        "traveling",
        "travelling",
        "actuellement",
        "atualmente",
        "actualmente",
        "derzeit",
        "gerade",
        "aqui",
        "ici",
        "hier",
        "aquí",
    ]
)
SIGN_OFF_RE = re.compile(
    r"^(?:best|best regards|regards|kind regards|warm regards|cheers|thanks|thank you|"
    r"many thanks|all the best|sincerely|abraços?|abs|atenciosamente|obrigad[oa]|"
    r"saludos|un saludo|atentamente|gracias|un abrazo|viele grüße|beste grüße|"
    r"liebe grüße|mit freundlichen grüßen|grüße|gruß|lg|vg|cordialement|bien à vous|"
    r"merci|bonne journée|amicalement|respectfully|yours truly|yours sincerely|"
    r"freundliche grüße|mit besten grüßen|schöne grüße|herzliche grüße|"
    r"cordialmente|saludos cordiales|um abraço|un saludo cordial|bien cordialement|"
    r"sincères salutations|à bientôt|até mais|hasta pronto|bis bald|take care|talk soon)"
    r"[\s,.!]*$",
    re.IGNORECASE,
)

# --- company, referral ---------------------------------------------------------------------

COMPANY_WORD = r"[A-Z0-9][\w&'’+.-]*[\w&+]|[A-Z]"
COMPANY = rf"(?:{COMPANY_WORD})(?:\s+(?:&\s+)?(?:{COMPANY_WORD})){{0,3}}"
TITLE = (
    r"(?:co-?founder|founder|ceo|coo|cfo|cpo|cmo|cto|president|owner|director|head of [a-z]+|"
    r"vp [a-z]+|product manager|managing director|partner|fundador[a]?|cofundador[a]?|"
    r"sócio|socio|diretor[a]?|director[a]?|gründer(?:in)?|mitgründer(?:in)?|"
    r"geschäftsführer(?:in)?|inhaber(?:in)?|fondateur|fondatrice|cofondateur|cofondatrice|"
    r"directeur|directrice|gérant[e]?|pdg|dg)"
)
# Each pattern only starts at a word start: Python's re otherwise tries every alternative at
# every character, four times slower.
COMPANY_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(r"(?<!\w)" + p)
    for p in (
        # "I'm the CEO of Acme", "co-founder at Acme", "fundadora da Acme", "CEO bei Acme"
        rf"(?i:{TITLE})(?:\s+(?i:and|&|e|y|und|et)\s+(?i:{TITLE}))?\s*"
        rf"(?:(?i:of|at|@|da|do|de|na|no|en|bei|von|chez|de la|du)\s+|,\s*|@\s*|\|\s*|-\s+)"
        rf"(?P<company>{COMPANY})",
        # "we are Acme", "we're Acme,", "somos a Acme", "wir sind Acme", "nous sommes Acme"
        rf"(?i:we are|we're|we’re|somos a|somos o|somos|wir sind|nous sommes|on est)\s+"
        rf"(?P<company>{COMPANY})",
        # "here at Acme", "I work at Acme", "trabalho na Acme", "trabajo en Acme"
        rf"(?i:here at|work at|working at|team at|aqui na|aqui no|trabalho na|trabalho no|"
        rf"trabajo en|aquí en|arbeite bei|hier bei|travaille chez|ici chez)\s+"
        rf"(?P<company>{COMPANY})",
        # "my company, Acme", "our startup Acme", "minha empresa, Acme", "nuestra startup Acme"
        rf"(?i:my company|our company|my startup|our startup|minha empresa|nossa empresa|"
        rf"nossa startup|mi empresa|nuestra empresa|nuestra startup|meine firma|"
        rf"unser startup|unsere firma|mon entreprise|notre entreprise|notre startup|ma startup)"
        rf"[,:]?\s+(?i:called\s+|chamada\s+|llamada\s+|namens\s+|appelée\s+)?(?P<company>{COMPANY})",
        # "the company is Acme", "la empresa es Acme", "die Firma heißt Acme", "I founded Acme"
        rf"(?i:the company is(?: called)?|our company is(?: called)?|company name is|"
        rf"a empresa é|a empresa chama-se|a empresa se chama|la empresa es|la empresa se llama|"
        rf"die firma heißt|das unternehmen heißt|l'entreprise s'appelle|la société s'appelle|"
        rf"l'entreprise est|i founded|i co-founded|i've founded|i have founded|fundei a|fundei o|"
        rf"fundé|j'ai fondé|j'ai cofondé|ich habe)\s+(?P<company>{COMPANY})",
        # "Acme is a seed-stage startup", "Acme é uma", "Acme es una", "Acme ist ein"
        rf"(?:^|[.!?]\s+|\n)(?P<company>{COMPANY})\s+"
        rf"(?i:is an?|é uma?|es una?|ist eine?|est une?)\s+"
        rf"(?i:[\w-]+\s+){{0,3}}(?i:startup|start-up|company|platform|marketplace|app|"
        rf"empresa|plataforma|unternehmen|entreprise|plateforme|saas|fintech|healthtech|scale-?up)",
    )
)
NOT_COMPANIES = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "the",
        "a",
        "an",
        "our",
        "my",
        "this",
        "that",
        "hi",
        "hello",
        "hey",
        "thanks",
        "linkedin",
        "cv",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "cto",
        "ceo",
        "fractional",
        "newsletter",
        "sergio",
        "remote",
        "work",
        "series",
        "seed",
        "pre-seed",
        "mvp",
    ]
)

# --- money ---------------------------------------------------------------------------------

CURRENCY_WORDS: dict[str, str] = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "r$": "BRL",
    "brl": "BRL",
    "reais": "BRL",
    "real": "BRL",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "libras": "GBP",
    "chf": "CHF",
    "cad": "CAD",
    "aud": "AUD",
    "c$": "CAD",
    "a$": "AUD",
    "mxn": "MXN",
    "ars": "ARS",
}
CURRENCY = (
    r"(?:US\$|R\$|C\$|A\$|\$|€|£|(?i:usd|eur|gbp|brl|chf|cad|aud|mxn|ars)\b|"
    r"(?i:dollars?|dólares|dolares|reais|euros?|pounds|libras)\b)"
)
NUMBER = r"\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
MULTIPLIER = (
    r"(?:\s?(?:k|K)\b|\s?(?i:mil|thousand|mille|tsd\.?|tausend|thousands)\b|"
    r"\s?(?:m|M|mm|MM)\b|\s?(?i:million|millions|milhões|milhão|millones|millón|mio\.?|"
    r"millionen)\b)"
)
PERIOD_WORDS: dict[str, str] = {}
for _period, _words in {
    "hour": "hour hours hr hrs h hora horas stunde std heure heures",
    "day": "day days dia dias día días tag tage jour jours",
    "week": "week weeks semana semanas woche wochen semaine semaines",
    "month": "month months mo mês mes meses monat monate mois",
    "year": "year years yr ano anos año años jahr jahre an ans",
}.items():
    for _word in _words.split():
        PERIOD_WORDS[_word] = _period
ADVERB_PERIODS: dict[str, str] = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "mensal": "month",
    "mensais": "month",
    "mensual": "month",
    "mensuales": "month",
    "monatlich": "month",
    "mensuel": "month",
    "mensuels": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "anual": "year",
    "jährlich": "year",
    "annuel": "year",
    "total": "project",
    "in total": "project",
    "no total": "project",
    "en total": "project",
    "insgesamt": "project",
    "au total": "project",
    "fixed": "project",
    "fixed price": "project",
    "for the project": "project",
    "for the whole project": "project",
    "pelo projeto": "project",
    "para o projeto": "project",
    "por el proyecto": "project",
    "para el proyecto": "project",
    "für das projekt": "project",
    "pour le projet": "project",
    "one-off": "project",
    "all-in": "project",
    "tjm": "day",
}
PERIOD = (
    r"(?i:\s*(?:/|per|a|an|por|al|ao|pro|par|each|every|p\.|por cada|la|le|the)\s*"
    r"(?P<unit>" + "|".join(sorted(map(re.escape, PERIOD_WORDS), key=len, reverse=True)) + r")\b"
    r"|\s*(?P<adverb>"
    + "|".join(sorted(map(re.escape, ADVERB_PERIODS), key=len, reverse=True))
    + r")\b)"
)


def _amount(number_group: str, multiplier_group: str) -> str:
    return rf"(?P<{number_group}>{NUMBER})(?P<{multiplier_group}>{MULTIPLIER})?"


RANGE_JOIN = r"\s?(?:-|–|to|a|até|bis|à|y|and|e)\s?"
MONEY_RE = re.compile(
    r"(?<![\w.,])(?:"
    + r"(?P<pre>"
    + CURRENCY
    + r")\s?"
    + _amount("a1", "m1")
    + r"(?:"
    + RANGE_JOIN
    + r"(?:"
    + CURRENCY
    + r")?\s?"
    + _amount("a2", "m2")
    + r")?"
    + r"(?:\s?(?P<post1>"
    + CURRENCY
    + r"))?"
    + r"|"
    + _amount("b1", "n1")
    + r"(?:"
    + RANGE_JOIN
    + _amount("b2", "n2")
    + r")?"
    + r"(?:\s?(?P<post>"
    + CURRENCY
    + r"))?"
    + r")"
    + PERIOD
    + r"?"
)
BUDGET_CUE_RE = re.compile(
    r"budget|orçamento|orcamento|verba|presupuesto|budget|etat|tarif|pay|paying|spend|"
    r"investimento|inversión|investir|invest|can afford|podemos pagar|podemos gastar|"
    r"können .{0,20}zahlen|pouvons payer|price|preço|precio|preis|prix|rate|taxa|tarifa|"
    r"stundensatz|tagessatz|tjm",
    re.IGNORECASE,
)

TIMELINE_RE = re.compile(
    r"(?<!\w)(?P<t>asap|as soon as possible|urgent(?:ly)?|right away|immediately|"
    r"(?:within|in|over) (?:the next )?(?:\d+|a|one|two|three|four|six|few) "
    r"(?:weeks?|months?|days?)|by (?:the end of )?(?:q[1-4]|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|next month|next quarter|"
    r"end of (?:the )?year|summer|spring|autumn|fall|winter)(?: \d{4})?|"
    r"(?:next|this) (?:month|quarter|week)|q[1-4](?: \d{4})?|"
    r"o quanto antes|urgente|(?:em|dentro de|nos próximos) \d+ (?:semanas|meses|dias)|"
    r"até (?:o fim de |o final de )?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|"
    r"setembro|outubro|novembro|dezembro|q[1-4])|próximo mês|"
    r"lo antes posible|cuanto antes|(?:en|dentro de|en los próximos) \d+ (?:semanas|meses|días)|"
    r"para (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre)|el próximo mes|"
    r"so schnell wie möglich|schnellstmöglich|dringend|(?:in|innerhalb von) \d+ "
    r"(?:wochen|monaten|tagen)|bis (?:ende )?(?:januar|februar|märz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember|q[1-4])|nächsten monat|"
    r"dès que possible|au plus vite|rapidement|(?:en|d'ici|sous) \d+ (?:semaines|mois|jours)|"
    r"d'ici (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|la fin de l'année|q[1-4])|le mois prochain)",
    re.IGNORECASE,
)
SENIORITY_RE = re.compile(
    r"\b(?P<s>senior|sênior|sr\.?|staff|principal|lead|líder|junior|júnior|jr\.?|"
    r"mid-level|mid level|pleno|semi-senior|intermediate)\b"
    r"|(?P<years>\d{1,2})\+?\s*(?:years|yrs|anos|años|jahre|ans)\b",
    re.IGNORECASE,
)
LOCATION_RE = re.compile(
    r"(?:based (?:in|out of)|living in|located in|I live in|from|moro em|vivo em|estou em|"
    r"baseado em|baseada em|radicado en|radicada en|vivo en|desde|wohne in|lebe in|"
    r"ansässig in|aus|basé à|basée à|basé en|basée en|j'habite à|je vis à|depuis)\s+"
    r"(?P<loc>" + NAME_WORD + r"(?:[ ,]+" + NAME_WORD + r"){0,2})"
)
TIMEZONE_RE = re.compile(
    r"\b(?P<tz>(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|UTC|GMT|CET|CEST|WET|WEST|EET|"
    r"EST|EDT|CST|CDT|MST|PST|PDT|BRT|ART|IST|BST|[A-Z][a-z]+/[A-Z][A-Za-z_]+)\b"
)
# What every TIMEZONE_RE match starts with: a capital and the rest of a zone's abbreviation,
# or a capitalised word and a slash. Led by a capital, a search for it skips the other
# characters fast, which TIMEZONE_RE's leading \b keeps the engine from doing.
TIMEZONE_HINT_RE = re.compile(r"[A-Z](?:TC|MT|ET|EST|ST|DT|RT|[a-z]+/[A-Z])")
AVAILABILITY_RE = re.compile(
    r"(?<!\w)(?P<a>(?:available|availability|disponível|disponibilidade|disponible|disponibilidad|"
    r"verfügbar|verfügbarkeit|disponibilité)[^.\n]{0,60}|\d{1,2}\s*(?:-\s*\d{1,2}\s*)?"
    r"(?:h|hours|hrs|horas|stunden|heures)\s*(?:/|per|a|por|pro|par)\s*"
    r"(?:week|wk|semana|woche|semaine)|part[- ]time|full[- ]time|meio período|tempo integral|"
    r"media jornada|tiempo completo|teilzeit|vollzeit|temps partiel|temps plein|"
    r"immediately|imediatamente|inmediatamente|sofort|immédiatement)",
    re.IGNORECASE,
)
SENIORITY_FOLDED_RE = on_folded(SENIORITY_RE)
AVAILABILITY_FOLDED_RE = on_folded(AVAILABILITY_RE)
TIMELINE_FOLDED_RE = on_folded(TIMELINE_RE)
SKILL_STOP_GO = re.compile(r"\bgo(?:lang)?\b", re.IGNORECASE)


PHRASE_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "skills": vocab.SKILLS,
    "roles": vocab.ROLES,
    "needs": vocab.NEEDS,
    "industries": vocab.INDUSTRIES,
    "stages": vocab.STAGES,
    "cues": vocab.LABEL_CUES,
}


@dataclass(frozen=True)
class _Matchers:
    nlp: Language
    skills: PhraseMatcher
    roles: PhraseMatcher
    needs: PhraseMatcher
    industries: PhraseMatcher
    stages: PhraseMatcher
    cased_skills: PhraseMatcher
    cues: PhraseMatcher
    # The six case-insensitive vocabularies in one matcher, keys "kind:label": one pass over
    # a text finds what each kind's own matcher finds (_kind_matches).
    lowered: PhraseMatcher


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    """Build the tokenizer and phrase matchers once per process (about 50 ms)."""
    from spacy.attrs import IS_SPACE, LOWER
    from spacy.matcher import PhraseMatcher

    nlp = blank_pipeline()
    # A word new to the vocabulary gets every lexical attribute spaCy knows (shape, like_num,
    # like_url, ..., twenty Python calls), and most words of a message are new to it at
    # first. Matching reads LOWER (and ORTH, always set); find_skills reads is_space.
    # (Vocab.lex_attr_getters is public, but missing from spaCy's type stubs.)
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    nlp.vocab.lex_attr_getters = {  # type: ignore[attr-defined]
        attr: getters[attr] for attr in (LOWER, IS_SPACE)
    }

    def build(table: dict[str, tuple[str, ...]], attr: str = "LOWER") -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        for key, phrases in table.items():
            if phrases:
                matcher.add(key, [nlp.make_doc(HYPHEN_RE.sub(" ", p)) for p in phrases])
        return matcher

    return _Matchers(
        nlp=nlp,
        skills=build(vocab.SKILLS),
        roles=build(vocab.ROLES),
        needs=build(vocab.NEEDS),
        industries=build(vocab.INDUSTRIES),
        stages=build(vocab.STAGES),
        cased_skills=build(vocab.CASE_SENSITIVE_SKILLS, attr="ORTH"),
        cues=build(vocab.LABEL_CUES),
        lowered=build(
            {
                f"{kind}:{label}": phrases
                for kind, table in PHRASE_TABLES.items()
                for label, phrases in table.items()
            }
        ),
    )


def warm_up_extraction() -> None:
    """Build the tokenizer and matchers now rather than on the first message."""
    _matchers()


# --- public helpers ------------------------------------------------------------------------


# The case-sensitive twins of the IGNORECASE patterns, for folded text (features.folded), and
# what lets a search skip most of a text: each LinkedIn or GitHub URL holds its host at most
# 12 characters ("https://www.") after its start; every URL holds "://", "www." or a
# ".tld", and no whitespace nor URL_STOPS character.
LINKEDIN_FOLDED_RE = on_folded(LINKEDIN_RE)
GITHUB_FOLDED_RE = on_folded(GITHUB_RE)
URL_FOLDED_RE = on_folded(URL_RE)
URL_ANCHOR_RE = re.compile(r"://|www\.|\.(?:" + URL_TLDS + ")")
URL_STOPS = "<>\"'()[]"
HOST_REACH = len("https://www.")


def linkedin_matches(text: str) -> Iterator[re.Match[str]]:
    """LINKEDIN_RE.finditer(text), as matches in folded(text)."""
    low = folded(text)
    if "linkedin.com/" not in low:
        return iter(())
    return finditer_near(LINKEDIN_FOLDED_RE, low, occurrences(low, "linkedin.com/"), HOST_REACH)


def url_matches(text: str) -> Iterator[re.Match[str]]:
    """URL_RE.finditer(text), as matches in folded(text)."""
    low = folded(text)
    anchors = [match.start() for match in URL_ANCHOR_RE.finditer(low)]
    if not anchors:
        return iter(())
    return finditer_in_chunks(URL_FOLDED_RE, low, anchors, URL_STOPS)


def normalize_linkedin(text: str) -> str:
    """First LinkedIn profile URL in `text` as `https://www.linkedin.com/in/<slug>`, or ""."""
    for match in linkedin_matches(text):
        slug = span_text(text, match, "slug").rstrip(".,;:!?*_>'\"")
        if slug:
            return f"https://www.linkedin.com/in/{slug.lower()}"
    return ""


def normalize_github(text: str) -> str:
    low = folded(text)
    if "github.com/" not in low:
        return ""
    for match in finditer_near(GITHUB_FOLDED_RE, low, occurrences(low, "github.com/"), HOST_REACH):
        user = span_text(text, match, "user")
        if user.lower() not in {"features", "about", "pricing", "orgs", "topics", "sponsors"}:
            return f"https://github.com/{user}"
    return ""


def find_portfolio(text: str) -> str:
    for match in url_matches(text):
        url = span_text(text, match).rstrip(".,;:!?)>'\"")
        if "@" in url or NON_PORTFOLIO_HOSTS.search(url):
            continue
        if not url.lower().startswith(("http://", "https://")):
            url = "https://" + url
        return url
    return ""


def is_machine_address(email: str) -> bool:
    local = email.split("@", 1)[0]
    return bool(MACHINE_LOCAL_RE.search(local))


def _parse_number(number: str, multiplier: str | None) -> float:
    digits = number.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    # A separator followed by exactly three digits groups thousands ("8,000", "8.000");
    # otherwise it is the decimal mark ("8.5k", "8,5k").
    groups = re.split(r"[.,]", digits)
    if (
        len(groups) > 1
        and all(len(g) == 3 for g in groups[1:])
        and not (multiplier and len(groups) == 2 and groups[0] == "0")
    ):
        value = float("".join(groups))
    elif len(groups) > 1:
        value = float("".join(groups[:-1]) + "." + groups[-1])
    else:
        value = float(digits)
    scale = (multiplier or "").strip().lower().rstrip(".")
    if scale in {"k", "mil", "thousand", "thousands", "mille", "tsd", "tausend"}:
        value *= 1_000
    elif scale in {
        "m",
        "mm",
        "million",
        "millions",
        "milhões",
        "milhão",
        "millones",
        "millón",
        "mio",
        "millionen",
    }:
        value *= 1_000_000
    return value


# An amount starts with its number, or with a currency (at most "dollars" and a space) before
# it; the number's first digit follows no digit. So a search for amounts need only start in
# the 8 characters before each run of digits.
MONEY_REACH = len("dollars ")
DIGITS_RE = re.compile(r"\d+")
# Used for a yes/no only, which no ordering of the alternatives changes.
BUDGET_CUE_FOLDED_RE = re.compile(
    grouped_by_first_letter(alternatives(on_folded(BUDGET_CUE_RE).pattern))
)


# What a currency ends with ("us$", "eur", "reais", "euro", ...), folded.
CURRENCY_LAST_CHARS = frozenset("$€£drplfnso")


def _money_matches(text: str) -> Iterator[re.Match[str]]:
    """MONEY_RE.finditer(text), trying only where an amount can start: at a run of digits,
    and in the 8 characters before it when a currency can end there (just before it, or
    before one whitespace character). A currency holds no digit, so an amount's currency
    ends just before its own number; see finditer_near for the rest of the argument."""
    low = folded(text)

    def windows() -> Iterator[tuple[int, int]]:
        for digits in DIGITS_RE.finditer(text):
            at = digits.start()
            before = at - 1
            if before >= 0 and low[before].isspace():
                before -= 1
            currency = before >= 0 and low[before] in CURRENCY_LAST_CHARS
            yield (at - MONEY_REACH if currency else at), at

    return finditer_in_windows(MONEY_RE, text, windows())


def parse_money(text: str, *, require_cue: bool = False) -> Budget | None:
    """The first budget-like amount in `text`.

    Normalisation: thousands separators and k/mil/M multipliers are applied; a range
    ("10-15k", "$8k to $10k") is reported as its LOWER bound, the amount the sender has
    committed to (a rule "budget >= 10k" should not pass on an optimistic upper end);
    the verbatim text keeps the whole range. A bare number without currency, multiplier or
    period is not money (it is a year, a team size, ...). With `require_cue`, only amounts
    within 80 characters after a budget/price/rate word count.
    """
    for budget, cued in _amounts(text):
        if not require_cue or cued():
            return budget
    return None


def budget_from_text(text: str) -> Budget | None:
    """parse_money(text, require_cue=True) or parse_money(text), in one pass over `text`."""
    first: Budget | None = None
    for budget, cued in _amounts(text):
        if cued():
            return budget
        if first is None:
            first = budget
    return first


def _amounts(text: str) -> Iterator[tuple[Budget, Callable[[], bool]]]:
    """Each budget-like amount in `text` (see parse_money), with a test whether it has a
    currency or a budget cue in the 80 characters before it."""
    for match in _money_matches(text):
        # Most matches are bare numbers: read the groups one by one, not all fourteen.
        group = match.group
        number = group("a1") or group("b1")
        if not number:
            continue
        multiplier = group("m1") or group("n1")
        # "10-15k": a multiplier written once after the range applies to both ends.
        if multiplier is None:
            multiplier = group("m2") or group("n2")
        currency_word = group("pre") or group("post1") or group("post") or ""
        unit, adverb = group("unit"), group("adverb")
        scale = (multiplier or "").strip().lower()
        # A bare number is not money (a year, a team size): it needs a currency sign, a
        # thousands multiplier, or a per-period unit.
        if not currency_word and not scale and not unit:
            continue
        try:
            amount = _parse_number(number, multiplier)
        except ValueError:
            continue
        if not currency_word and amount < 100:
            continue
        period = ""
        if unit:
            period = PERIOD_WORDS.get(unit.lower(), "")
        elif adverb:
            period = ADVERB_PERIODS.get(adverb.lower(), "")
        currency = CURRENCY_WORDS.get(currency_word.strip().lower(), "") if currency_word else ""
        verbatim = match.group(0).strip()
        yield (
            Budget(verbatim=verbatim, amount=amount, currency=currency, period=period),
            _has_cue(text, match.start()) if not currency_word else _yes,
        )


def _yes() -> bool:
    return True


def _has_cue(text: str, at: int) -> Callable[[], bool]:
    def cued() -> bool:
        return BUDGET_CUE_FOLDED_RE.search(folded(text)[max(0, at - 80) : at]) is not None

    return cued


# --- text selection ------------------------------------------------------------------------


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


# A hyphen between letters; a list separator between word characters. The lookbehind comes
# after the character (and looks back over it) so that the search scans for the character.
HYPHEN_RE = re.compile(r"[-‐–](?<=[^\W\d_].)(?=[^\W\d_])")
LIST_SEPARATOR_RE = re.compile(r"([/+·|])(?<=\w.)(?=\w)")


def _matchable(text: str) -> str:
    """Text for phrase matching: URLs and addresses out, list separators spaced.

    spaCy keeps "Node.js/React" in one token (it looks like a URL), and a URL's path words
    ("github.com/react") are not skills.
    """
    text = replace_matches(text, url_matches(text), " ")
    # Each substitution only where its one required character occurs: most texts have no
    # address, and a pass of these patterns costs more than the phrase matching.
    if "@" in text:
        text = EMAIL_RE.sub(" ", text)
    # "Fractional-CTO", "full-stack", "QA-Managerin": one spelling for hyphen and space.
    if "-" in text or "‐" in text or "–" in text:
        text = HYPHEN_RE.sub(" ", text)
    if "/" in text or "+" in text or "·" in text or "|" in text:
        text = LIST_SEPARATOR_RE.sub(r" \1 ", text)
    return text


# The matchable form of a text, kept: a span's text is sliced from it (see _phrase_labels).
_doc_text = lru_cache(maxsize=64)(_matchable)


@lru_cache(maxsize=64)
def _doc(text: str) -> Doc:
    """The tokenized matchable form of `text`; one message asks for the same text many times."""
    return _matchers().nlp.make_doc(_doc_text(text))


@lru_cache(maxsize=64)
def _kind_matches(text: str) -> dict[str, list[tuple[str, int, int]]]:
    """(label, start, end) of each phrase match in `text` by kind: what each kind's own
    matcher finds, in its order (by start, then end; no kind holds a phrase twice). A
    message asks for several kinds in the same text: one matcher pass instead of several."""
    doc = _doc(text)
    strings = doc.vocab.strings
    found: dict[str, list[tuple[str, int, int]]] = {}
    for match_id, start, end in _matchers().lowered(doc):
        kind, _, label = strings[match_id].partition(":")
        found.setdefault(kind, []).append((label, start, end))
    return found


def _phrase_labels(kind: str, text: str) -> list[tuple[str, str]]:
    """(label, matched text) for every phrase of `kind` (a key of PHRASE_TABLES) in `text`,
    longest-first, no overlaps."""
    if not text:
        return []
    found = _kind_matches(text).get(kind)
    if not found:
        return []
    doc = _doc(text)
    # spacy.util.filter_spans on the (id, start, end) tuples, without a Span for every match:
    # the longest first (the earliest among equals), no token twice; then in text order.
    kept: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    for match in sorted(found, key=_longest_first, reverse=True):
        _, start, end = match
        if start not in seen and end - 1 not in seen:
            kept.append(match)
            seen.update(range(start, end))
    kept.sort(key=_match_start)
    # A span's text is the doc's text (the matchable text) from its first token to its last
    # token's end: sliced without building a Span, which joins its tokens' texts.
    source = _doc_text(text)
    labels: list[tuple[str, str]] = []
    for label, start, end in kept:
        last = doc[end - 1]
        labels.append((label, source[doc[start].idx : last.idx + len(last)]))
    return labels


def _longest_first(match: tuple[str, int, int]) -> tuple[int, int]:
    return (match[2] - match[1], -match[1])


def _match_start(match: tuple[str, int, int]) -> int:
    return match[1]


# Names the tokenizer cuts in odd places ("C#/.NET", "Node.js/React"): found by regex.
PUNCTUATED_SKILLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w])(?:c#|\.net\b|asp\.net\b)", re.IGNORECASE), ".net"),
    (re.compile(r"(?<![\w])next\.?js\b", re.IGNORECASE), "next.js"),
    (re.compile(r"(?<![\w])node\.?js\b", re.IGNORECASE), "node"),
    (re.compile(r"(?<![\w])vue\.?js\b", re.IGNORECASE), "vue"),
    (re.compile(r"(?<![\w])react\.?js\b", re.IGNORECASE), "react"),
    (re.compile(r"(?<![\w])c\+\+", re.IGNORECASE), "cpp"),
    (re.compile(r"(?<![\w])ci/cd\b", re.IGNORECASE), "ci_cd"),
)
PUNCTUATED_SKILLS_FOLDED = tuple(
    (on_folded(pattern), label) for pattern, label in PUNCTUATED_SKILLS
)
# Each of them holds one of these: most texts hold none, and looking costs less than a search.
PUNCTUATED_SKILL_HINTS = ("#", ".net", "js", "++", "ci/cd")
SEASON_CONTEXT = frozenset({"in", "this", "next", "last", "early", "late", "until", "by", "the"})


def find_skills(original: str) -> tuple[str, ...]:
    skills = [label for label, _ in _phrase_labels("skills", original)]
    m = _matchers()
    doc = _doc(original)
    for match_id, start, end in m.cased_skills(doc):
        previous = doc[start - 1].text if start > 0 else ""
        # A capital after a sentence boundary says nothing: "Go ahead", "Rust never sleeps".
        if not previous or previous in {".", "!", "?"} or "\n" in doc[start - 1].whitespace_:
            continue
        if doc[start - 1].text.endswith("\n") or doc[start - 1].is_space:
            continue
        label = m.nlp.vocab.strings[match_id]
        following = doc[end].text.lower() if end < len(doc) else ""
        if label == "spring" and (previous.lower() in SEASON_CONTEXT or following.isdigit()):
            continue
        if label == "go" and following in {"ahead", "to", "for", "live", "back", "through"}:
            continue
        skills.append(label)
    low = folded(original)
    if any(hint in low for hint in PUNCTUATED_SKILL_HINTS):
        for pattern, label in PUNCTUATED_SKILLS_FOLDED:
            if label not in skills and pattern.search(low):
                skills.append(label)
    return _dedupe(skills)


# Specialisations are kinds of engineer: "a data engineer" is an engineer too.
ENGINEER_SPECIALISATIONS = frozenset(
    {"backend", "frontend", "fullstack", "mobile", "devops", "data", "ml"}
)


def find_roles(text: str) -> tuple[str, ...]:
    labels = [label for label, _ in _phrase_labels("roles", text)]
    if ENGINEER_SPECIALISATIONS.intersection(labels):
        labels.append("engineer")
    return _dedupe(labels)


def score_needs(text: str) -> dict[str, float]:
    scores: dict[str, float] = {}
    for label, phrase in _phrase_labels("needs", text):
        weight = 2.0 if phrase.lower() in vocab.STRONG_NEED_CUES else 1.0
        scores[label] = scores.get(label, 0.0) + weight
    return scores


def find_need(text: str) -> str:
    """The client need with the most cue weight; ties go to the more committed need."""
    scores = score_needs(text)
    if not scores:
        return ""
    order = ["fractional_cto", "fixed_scope_project", "team_extension", "advice"]
    return max(order, key=lambda need: (scores.get(need, 0.0), -order.index(need)))


def _first_phrase_label(kind: str, text: str) -> str:
    counts: dict[str, int] = {}
    for label, _ in _phrase_labels(kind, text):
        counts[label] = counts.get(label, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or "@" in name or any(ch.isdigit() for ch in name):
        return False
    return all(
        w[:1].isupper()
        or w.lower()
        in {"da", "de", "do", "dos", "das", "del", "van", "von", "der", "le", "la", "di"}
        for w in words
    )


def _clean_display_name(name: str) -> str:
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name)  # "Ana Costa (via Typeform)"
    name = re.sub(r"\s+(?:via|através de|vía|über|par)\s+.*$", "", name, flags=re.IGNORECASE)
    name = name.strip(" \"'")
    if "," in name:  # "Costa, Ana"
        last, _, first = name.partition(",")
        if first.strip() and _looks_like_name(first.strip()) and _looks_like_name(last.strip()):
            name = f"{first.strip()} {last.strip()}"
    return " ".join(name.split())


def phrase_starts(text: str, phrases: Iterable[str]) -> list[int]:
    """Where any of `phrases` (folded) starts in folded `text`, ascending."""
    starts: set[int] = set()
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            starts.add(at)
            at = text.find(phrase, at + 1)
    return sorted(starts)


# Every match of these starts with one of its phrases: the search tries only there.
INTRO_FOLDED_PHRASES = tuple(folded(phrase) for phrase in INTRO_PHRASES)


def name_from_intro(text: str) -> str:
    starts = phrase_starts(folded(text), INTRO_FOLDED_PHRASES)
    for match in finditer_near(INTRO_RE, text, starts, 0):
        words = match.group("name").split()
        while words and words[-1].lower() in NOT_NAMES:
            words.pop()
        if not words or words[0].lower() in NOT_NAMES:
            continue
        # Stop at the first word that is a role or filler ("I'm Ana Costa Senior ...").
        kept: list[str] = []
        for word in words:
            if word.lower() in NOT_NAMES:
                break
            kept.append(word)
        if kept and (
            len(kept) >= 2
            or match.group(0)
            .lower()
            .startswith(
                (
                    "my name",
                    "meu nome",
                    "mi nombre",
                    "me llamo",
                    "je m",
                    "mein name",
                    "ich heiße",
                    "me chamo",
                )
            )
        ):
            return " ".join(kept)
    return ""


def name_from_sign_off(text: str) -> str:
    """The name line under a sign-off ("Best,\\nAna Costa") or a signature's first line."""
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if SIGN_OFF_RE.match(line):
            for candidate in lines[index + 1 : index + 3]:
                candidate = candidate.strip("-–— ")
                if candidate and _looks_like_name(candidate):
                    return candidate
    return ""


def name_from_signature(signature: str) -> str:
    for line in signature.splitlines():
        line = line.strip().strip("-–—_ ")
        if not line:
            continue
        if SIGN_OFF_RE.match(line):
            continue
        line = re.split(r"\s*[|,·•]\s*", line)[0]
        return line if _looks_like_name(line) and len(line.split()) >= 2 else ""
    return ""


def name_from_cv(cv_text: str) -> str:
    for line in cv_text.splitlines()[:5]:
        line = line.strip()
        if not line:
            continue
        head = re.split(r"\s*[|,·•–-]\s+", line)[0]
        if _looks_like_name(head) and 2 <= len(head.split()) <= 4:
            return head
        return ""
    return ""


def name_from_email(email: str) -> str:
    """ "hugo.durand@x" -> "Hugo Durand"; "" unless the local part is two or three words."""
    local = email.partition("@")[0]
    parts = [p for p in re.split(r"[._-]", local) if p]
    if not 2 <= len(parts) <= 3 or not all(p.isalpha() and len(p) > 1 for p in parts):
        return ""
    return " ".join(p.capitalize() for p in parts)


def best_person_name(display: str, *candidates: str) -> str:
    """Prefer the display name when it is a full name; else the first longer candidate."""
    display = _clean_display_name(display)
    display_ok = _looks_like_name(display)
    if display_ok and len(display.split()) >= 2:
        for candidate in candidates:
            # "Ana" in the From header, "Ana Costa" in the body: take the fuller one.
            if candidate and candidate.lower().startswith(display.lower() + " "):
                return candidate
        return display
    for candidate in candidates:
        if candidate and (not display_ok or candidate.lower().startswith(display.lower())):
            return candidate
    return display if display_ok else next((c for c in candidates if c), "")


def company_from_text(text: str) -> tuple[str, str]:
    """(company, the phrase that named it), or ("", "")."""
    best: tuple[int, str, str] | None = None
    for pattern in COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            company = _trim_company(match.group("company"))
            if company and (best is None or match.start() < best[0]):
                best = (match.start(), company, match.group(0).strip())
                break
    return (best[1], best[2]) if best else ("", "")


def _trim_company(raw: str) -> str:
    words = raw.strip().rstrip(".,;:!").split()
    # Drop trailing words that are sentence glue, not part of a name.
    while words and (
        words[-1].lower() in NOT_COMPANIES
        or words[-1].lower() in {"and", "&", "e", "y", "und", "et", "in", "we", "i"}
    ):
        words.pop()
    if not words or words[0].lower() in NOT_COMPANIES:
        return ""
    company = " ".join(words).rstrip(".,;:!")
    return company if len(company) >= 2 else ""


def _domain_core(email: str) -> str:
    domain = email.rpartition("@")[2].lower()
    if not domain or domain in vocab.FREE_MAIL_DOMAINS:
        return ""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net"}:
        core = labels[-3]
    else:
        core = labels[-2] if len(labels) >= 2 else labels[0]
    return "" if core in {"example", "test", "localhost", "invalid"} else core


CAPITALISED_RUN_RE = re.compile(rf"(?:{COMPANY_WORD})(?:[ \t]+(?:{COMPANY_WORD})){{0,3}}")


URL_HOST_RE = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/|\b)", re.I)


def company_from_domain_in_text(email: str, text: str, exclude: Sequence[str] = ()) -> str:
    """A capitalised phrase in `text` that spells the sender's domain or a linked site's
    ("Olivo Secure" for olivosecure.com): the company's own spelling, which a domain alone
    cannot give. Phrases that are a person's name (`exclude`) do not count: people have
    personal domains too."""
    excluded = {unicodedata_fold(e.lower()) for e in exclude if e}
    cores = [_domain_core(email)]
    cores += [_domain_core("x@" + host) for host in _url_hosts(text[-1500:])]
    runs: list[tuple[list[str], list[str], str]] | None = None
    spelled: str | None = None
    for core in dict.fromkeys(NOT_SPELLING_RE.sub("", c) for c in cores if c):
        if len(core) < 3:
            continue
        # A run's spelling is a piece of the text's: most texts never spell the domain.
        if spelled is None:
            spelled = _spelled(text)
        if core not in spelled:
            continue
        if runs is None:
            # What each word spells, once: a run's spelling is its words' spellings joined
            # (folding and dropping non-[a-z0-9] work character by character).
            runs = []
            for match in CAPITALISED_RUN_RE.finditer(text):
                words = match.group(0).split()
                spellings = [_spelling(word) for word in words]
                runs.append((words, spellings, "".join(spellings)))
        for words, spellings, whole in runs:
            # A sub-run's spelling is a piece of the whole run's.
            if core not in whole:
                continue
            # Any contiguous sub-run may be the name: "Olivo Studio" in "La Olivo Studio".
            for start in range(len(words)):
                for end in range(len(words), start, -1):
                    if "".join(spellings[start:end]) != core:
                        continue
                    candidate = " ".join(words[start:end]).rstrip(".,;:")
                    if unicodedata_fold(candidate.lower()) not in excluded:
                        return candidate
    return ""


NOT_SPELLING_RE = re.compile(r"[^a-z0-9]")
URL_HOST_FOLDED_RE = on_folded(URL_HOST_RE)
# Every host ends in a dot and two letters; no host holds whitespace.
HOST_ANCHOR_RE = re.compile(r"\.[a-z]{2}")


def _spelled(text: str) -> str:
    """`text` folded to [a-z0-9]: "Olivo-Secure" -> "olivosecure"."""
    low = text.lower()
    if low.isascii():
        # Nothing to fold; lower-case ASCII letters and digits only is spelled as it is.
        return low if low.isalnum() else NOT_SPELLING_RE.sub("", low)
    return NOT_SPELLING_RE.sub("", unicodedata_fold(low))


# Words repeat (names, signatures): each is spelled once.
_spelling = lru_cache(maxsize=1024)(_spelled)


def _url_hosts(text: str) -> list[str]:
    """URL_HOST_RE.findall(text)."""
    low = folded(text)
    anchors = [match.start() for match in HOST_ANCHOR_RE.finditer(low)]
    if not anchors:
        return []
    return [
        span_text(text, match, 1) for match in finditer_in_chunks(URL_HOST_FOLDED_RE, low, anchors)
    ]


def unicodedata_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    # Combining marks are never ASCII: only the non-ASCII runs need a look.
    return NON_ASCII_RUN_RE.sub(_without_combining, decomposed)


NON_ASCII_RUN_RE = re.compile(r"[^\x00-\x7f]+")


def _without_combining(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group(0) if not unicodedata.combining(ch))


def company_from_domain(email: str) -> str:
    domain = email.rpartition("@")[2].lower()
    if not domain or domain in vocab.FREE_MAIL_DOMAINS:
        return ""
    labels = domain.split(".")
    # "mail.acme-health.co.uk" -> "acme-health"
    core = (
        labels[-3]
        if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net"}
        else (labels[-2] if len(labels) >= 2 else labels[0])
    )
    if core in {"example", "test", "localhost", "invalid"}:
        return ""
    return " ".join(part.capitalize() for part in re.split(r"[-_]", core) if part)


JOB_WORD_RE = re.compile(
    r"manager|officer|director|head|lead|founder|engineer|developer|designer|consultant|"
    r"president|partner|owner|chief|gerente|diretor|directora?|fundador|sócio|socio|"
    r"geschäftsführer|leiter|gründer|inhaber|directeur|directrice|gérant|responsable|"
    r"fondat|produkt|product|ceo|cto|coo|cfo|cmo|cpo",
    re.IGNORECASE,
)
SENT_FROM_RE = re.compile(
    r"^(?:sent from|enviado d|envoyé de|von meinem|get outlook|obtenir outlook|"
    r"descargar outlook)",
    re.IGNORECASE,
)


def company_from_signature(signature: str, person_name: str) -> str:
    lines = [line.strip().strip("-–—_ ") for line in signature.splitlines()]
    lines = [line for line in lines if line and not SIGN_OFF_RE.match(line)]
    for line in lines[:4]:
        company, _ = company_from_text(line)
        if company:
            return company
        # "CEO, Acme Health" / "Founder | Acme" / "Acme Health" alone under the name
        parts = [p.strip() for p in re.split(r"\s*[|,·•@]\s*|\s+-\s+|\s+at\s+", line) if p.strip()]
        for part in parts:
            low = part.lower()
            if person_name and low == person_name.lower():
                continue
            if re.fullmatch(TITLE, low) or EMAIL_RE.search(part) or URL_RE.fullmatch(part):
                continue
            if JOB_WORD_RE.search(low) or SIGN_OFF_RE.match(part) or SENT_FROM_RE.match(part):
                continue
            if re.search(r"\d{3}", part):  # phone numbers
                continue
            if re.fullmatch(COMPANY, part) and len(part.split()) <= 4 and part != person_name:
                if part.lower() in NOT_COMPANIES or (
                    _looks_like_name(part) and part in person_name
                ):
                    continue
                if re.search(TITLE, low):
                    continue
                return part
    return ""


REFERRAL_CUE_RE = re.compile(
    r"(?<!\w)referr|recommend|introduc|suggested|told me|pointed me|gave me your|passed me|"
    r"speaks highly|spoke highly|go-to person|my friend|my colleague|a friend|"
    r"recomend|indica|fala muito bem|falou muito bem|meu amigo|minha amiga|"
    r"habla muy bien|habló muy bien|mi amigo|mi amiga|empfehl|empfohl|große stücke|"
    r"mein freund|meine freundin|recommand|beaucoup de bien|mon ami|mon amie|de la part",
    re.IGNORECASE,
)
# Used for a yes/no only, which no ordering of the alternatives changes.
REFERRAL_CUE_FOLDED_RE = re.compile(
    grouped_by_first_letter(alternatives(on_folded(REFERRAL_CUE_RE).pattern))
)
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?;])\s+|\n+")
NAME_IN_TEXT_RE = re.compile(r"(?<![\w@.])" + PERSON_NAME)
OWNER_NAME_WORDS = frozenset({"sergio", "sérgio", "pereira", "sergião"})


def referral_from_text(text: str, exclude: Sequence[str] = ()) -> str:
    """Who referred the sender: the first full name in a sentence with a referral cue.

    The name must have two words, and not be the sender's (`exclude`) or the owner's.
    """
    head = text[:3000]
    # A cue in a sentence is a cue in the text (the cues hold no sentence break): most texts
    # have none, and one search of the text costs less than one per sentence.
    if not REFERRAL_CUE_FOLDED_RE.search(folded(head)):
        return ""
    excluded = {e.lower() for e in exclude if e}
    for sentence in SENTENCE_SPLIT_RE.split(head):
        if not REFERRAL_CUE_FOLDED_RE.search(folded(sentence)):
            continue
        for match in NAME_IN_TEXT_RE.finditer(sentence):
            words = [w for w in match.group(0).split() if w.lower() not in NOT_NAMES]
            while words and not words[0][:1].isupper():
                words.pop(0)
            name = " ".join(words)
            if len(words) < 2 or name.lower() in excluded:
                continue
            if OWNER_NAME_WORDS.intersection(w.lower() for w in words):
                continue
            if any(w.lower() in REFERRAL_STOP_WORDS for w in words):
                continue
            return name
    return ""


# Capitalised sentence openers and cue words that the name pattern would otherwise take.
REFERRAL_STOP_WORDS = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "my",
        "our",
        "we",
        "i",
        "la",
        "le",
        "el",
        "die",
        "der",
        "das",
        "the",
        "la",
        "recomendação",
        "recommendation",
        "empfehlung",
        "recomendación",
        "recommandation",
        "vc",
        "capital",
        "ventures",
        "partners",
        "fund",
    ]
)


# --- the two extractors --------------------------------------------------------------------


def _person_email(parsed: ParsedMessage, person: Address | None, text: str) -> str:
    if person is not None and person.email and not is_machine_address(person.email):
        return person.email.lower()
    for match in EMAIL_RE.finditer(text):
        email = match.group(0).lower().rstrip(".")
        if not is_machine_address(email):
            return email
    return person.email.lower() if person is not None else ""


FORWARD_FROM_RE = re.compile(
    r"^[ \t]*[*_]*(?:from|von|de|da|expéditeur|remitente)[*_]*[ \t]*:[ \t]*(?P<value>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
# A note above a forward longer than this is a message of its own, not a cover note.
MAX_COVER_NOTE_CHARS = 400


@per_message
def forwarded_sender(parsed: ParsedMessage) -> Address | None:
    """Who wrote the forwarded message, when the sender only passes it along.

    The sender's own note must be short (a cover note), and the forwarded author must be
    someone else than the sender and the recipients (not the owner's newsletter).
    """
    if not parsed.forwarded_text or len(parsed.new_text.strip()) > MAX_COVER_NOTE_CHARS:
        return None
    match = FORWARD_FROM_RE.search(parsed.forwarded_text[:2000])
    if match is None:
        return None
    from email.utils import parseaddr

    name, email = parseaddr(match.group("value").strip())
    email = email.lower()
    if "@" not in email or is_machine_address(email):
        return None
    known = {a.email.lower() for a in (*parsed.to, *parsed.cc)}
    if parsed.from_addr is not None:
        known.add(parsed.from_addr.email.lower())
    if email in known:
        return None
    return Address(" ".join(name.split()), email)


def _forwarded_body(parsed: ParsedMessage) -> str:
    return FORWARD_HEADER_LINE_RE.sub("", parsed.forwarded_text[:4000]).strip()


def _primary_text(parsed: ParsedMessage, person: Address | None) -> str:
    """Where the person's own words are: the forwarded body when the person wrote that."""
    if person is not None and parsed.forwarded_text:
        forwarded = forwarded_sender(parsed)
        if forwarded is not None and forwarded.email == person.email.lower():
            return _forwarded_body(parsed)
    return parsed.new_text


def extract_applicant(parsed: ParsedMessage, person: Address | None) -> ApplicantFields:
    with MessageMemo():
        return _extract_applicant(parsed, person)


def _extract_applicant(parsed: ParsedMessage, person: Address | None) -> ApplicantFields:
    own = own_text(parsed)
    subject_and_text = sender_text(parsed)
    cv_attachment = detect_cv(parsed.attachments)
    cv = cv_attachment.text[:CV_TEXT_CHARS] if cv_attachment is not None else ""
    everything = f"{own}\n{cv}"
    display = person.name if person is not None else ""
    primary = _primary_text(parsed, person)
    signature = own_signature(parsed) if primary is parsed.new_text else ""
    name = best_person_name(
        display,
        name_from_intro(primary),
        name_from_sign_off(primary + "\n" + signature),
        name_from_signature(signature or _last_lines(primary)),
        name_from_cv(cv),
        name_from_email(person.email if person is not None else ""),
    )
    seniority = ""
    seniority_found = _folded_search(SENIORITY_FOLDED_RE, own, cv)
    if seniority_found is not None:
        seniority_match, seniority_text = seniority_found
        if seniority_match.group("s"):
            seniority = span_text(seniority_text, seniority_match, "s").lower().rstrip(".")
        else:
            years = int(seniority_match.group("years"))
            seniority = "senior" if years >= 7 else ("mid" if years >= 3 else "junior")
    location_match = LOCATION_RE.search(own) or LOCATION_RE.search(cv)
    timezone_match = _search_at_hints(TIMEZONE_RE, TIMEZONE_HINT_RE, own)
    availability_match = AVAILABILITY_FOLDED_RE.search(folded(own))
    rate = parse_money(own)
    return ApplicantFields(
        name=name,
        email=_person_email(parsed, person, own),
        linkedin=normalize_linkedin(own)
        or normalize_linkedin(cv)
        or normalize_linkedin(parsed.body_text.replace(parsed.quoted_text, "")),
        github=normalize_github(everything),
        portfolio=find_portfolio(own),
        roles=find_roles(subject_and_text) or find_roles(cv[:1500]),
        skills=_dedupe([*find_skills(subject_and_text), *find_skills(cv)]),
        seniority=seniority,
        location=location_match.group("loc").strip(" ,") if location_match else "",
        timezone=timezone_match.group("tz") if timezone_match else "",
        rate=rate.verbatim if rate is not None and rate.period in {"hour", "day", "month"} else "",
        availability=span_text(own, availability_match, "a").strip() if availability_match else "",
        has_cv_attachment=cv_attachment is not None,
        cv_filename=cv_attachment.filename if cv_attachment is not None else "",
    )


INTRODUCTION_PHRASES = (
    "introduce you to",
    "introducing",
    "let me introduce",
    "meet",
    "connecting you with",
    "connect you with",
    "looping in",
    "conheça",
    "te apresentar",
    "apresento",
    "apresentar vocês",
    "os conecto",
    "te presento a",
    "te presento",
    "les presento",
    "quiero presentarte a",
    "presentarte a",
    "kurze intro",
    "vorstellen",
    "ich stelle dir",
    "darf ich vorstellen",
    "bekannt machen mit",
    "je te présente",
    "je vous présente",
    "petite intro",
    "mets en relation avec",
    "intro time",
    "intro",
    "mettre en relation avec",
)
INTRODUCTION_RE = re.compile(
    r"(?<!\w)(?i:"
    + "|".join(map(re.escape, INTRODUCTION_PHRASES))
    + r")\s*[:,\-–]?\s*(?P<name>"
    + PERSON_NAME
    + ")"
)
INTRODUCTION_FOLDED_PHRASES = tuple(folded(phrase) for phrase in INTRODUCTION_PHRASES)


def introduced_person(parsed: ParsedMessage, text: str) -> Address | None:
    """The founder a sender (an investor, a friend) introduces, with their Cc address if any."""
    sender = parsed.from_addr.email.lower() if parsed.from_addr is not None else ""
    # An introduction copies the person introduced: a Cc'd person named in the text.
    for address in parsed.cc:
        name = " ".join(address.name.split())
        if (
            len(name.split()) >= 2
            and address.email.lower() != sender
            and not is_machine_address(address.email)
            and name.split()[0].lower() in text[:2000].lower()
            and not OWNER_NAME_WORDS.intersection(w.lower() for w in name.split())
        ):
            return Address(name, address.email.lower())
    head = text[:2000]
    starts = phrase_starts(folded(head), INTRODUCTION_FOLDED_PHRASES)
    match = next(finditer_near(INTRODUCTION_RE, head, starts, 0), None)
    if match is None:
        return None
    words = [w for w in match.group("name").split() if w.lower() not in NOT_NAMES]
    if len(words) < 2 or OWNER_NAME_WORDS.intersection(w.lower() for w in words):
        return None
    name = " ".join(words)
    email = ""
    first = unicodedata_fold(words[0].lower())
    for address in parsed.cc + parsed.to:
        label = unicodedata_fold(f"{address.name} {address.email}".lower())
        if address.email.lower() != sender and first in label:
            email = address.email.lower()
            break
    return Address(name, email)


def extract_client(
    parsed: ParsedMessage, person: Address | None, *, need_from_rules: bool = True
) -> ClientFields:
    """Client fields. `need_from_rules=False` leaves `need` empty for a caller that has a
    learned need model (the keyword rules are the fallback)."""
    with MessageMemo():
        return _extract_client(parsed, person, need_from_rules=need_from_rules)


def _extract_client(
    parsed: ParsedMessage, person: Address | None, *, need_from_rules: bool
) -> ClientFields:
    own = own_text(parsed)
    display = person.name if person is not None else ""
    primary = _primary_text(parsed, person)
    signature = own_signature(parsed) if primary is parsed.new_text else ""
    contact_name = best_person_name(
        display,
        name_from_intro(primary),
        name_from_sign_off(primary + "\n" + signature),
        name_from_signature(signature or _last_lines(primary)),
        name_from_email(person.email if person is not None else ""),
    )
    email = _person_email(parsed, person, own)
    referred_by = referral_from_text(
        primary, exclude=(contact_name, person.name if person is not None else "")
    )
    introduced = introduced_person(parsed, primary)
    company = ""
    if introduced is not None:
        # The sender introduces someone: they are the referrer, their domain is not the
        # client's, and the contact is the person introduced.
        referred_by, contact_name, email = contact_name, introduced.name, introduced.email
        company, _ = company_from_text(primary)
    else:
        company = company_from_domain_in_text(
            email, f"{primary}\n{signature}", exclude=(contact_name, display)
        )
    if not company:
        company, _ = company_from_text(primary)
    if not company:
        company = company_from_signature(signature or _last_lines(primary), contact_name)
    if not company:
        company, _ = company_from_text(signature)
    if not company and introduced is None:
        company = company_from_domain(email)
    subject_and_text = sender_text(parsed)
    return ClientFields(
        company=company,
        contact_name=contact_name,
        contact_email=email,
        need=find_need(subject_and_text) if need_from_rules else "",
        budget=budget_from_text(own),
        timeline=_first_group_folded(TIMELINE_FOLDED_RE, own, "t"),
        stack=find_skills(subject_and_text),
        industry=_first_phrase_label("industries", subject_and_text),
        stage=_first_phrase_label("stages", subject_and_text),
        referred_by=referred_by,
    )


def _last_lines(text: str, count: int = 4) -> str:
    return "\n".join(line for line in text.strip().splitlines()[-count:])


def _search_at_hints(
    pattern: re.Pattern[str], hint: re.Pattern[str], text: str
) -> re.Match[str] | None:
    """pattern.search(text), for a `pattern` whose every match starts where `hint` matches:
    the leftmost match is `pattern.match` at the first such place where it matches."""
    found = hint.search(text)
    while found is not None:
        match = pattern.match(text, found.start())
        if match is not None:
            return match
        found = hint.search(text, found.start() + 1)
    return None


def _first_group(pattern: re.Pattern[str], text: str, group: str) -> str:
    match = pattern.search(text)
    return match.group(group).strip() if match else ""


def _first_group_folded(pattern: re.Pattern[str], text: str, group: str) -> str:
    """_first_group for the folded twin `pattern`: the group as written in `text`."""
    match = pattern.search(folded(text))
    return span_text(text, match, group).strip() if match else ""


def _folded_search(pattern: re.Pattern[str], *texts: str) -> tuple[re.Match[str], str] | None:
    """The first match of folded twin `pattern` in the first of `texts` that has one, and
    that text (for the groups as written)."""
    for text in texts:
        match = pattern.search(folded(text))
        if match is not None:
            return match, text
    return None


def find_cues(label: str, text: str, limit: int = 4) -> list[str]:
    """Phrases in `text` that point at `label` (vocab.LABEL_CUES), first occurrence each."""
    seen: dict[str, None] = {}
    for cue_label, phrase in _phrase_labels("cues", text):
        if cue_label == label and phrase.lower() not in seen:
            seen[phrase.lower()] = None
            if len(seen) >= limit:
                break
    return list(seen)


def field_evidence(
    applicant: ApplicantFields | None, client: ClientFields | None
) -> tuple[Evidence, ...]:
    """Short evidence entries for the fields that were found."""
    found: list[Evidence] = []
    if applicant is not None:
        if applicant.linkedin:
            found.append(Evidence("linkedin", applicant.linkedin))
        if applicant.cv_filename:
            found.append(Evidence("cv", applicant.cv_filename))
        if applicant.roles:
            found.append(Evidence("roles", ", ".join(applicant.roles)))
    if client is not None:
        if client.need:
            found.append(Evidence("need", client.need))
        if client.budget is not None:
            found.append(Evidence("budget", client.budget.verbatim))
    return tuple(found)
