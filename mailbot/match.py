"""Rank network members for a client, assemble small teams, and say why.

Pure: no I/O beyond the system time-zone database (zoneinfo) and, when the caller gives no
`now`, the clock (which only matters for daylight saving). Every point a member earns or
loses is a `ScoreLine`, so `explain` can print the whole sum.

Score of one member for one client (higher is better):

- skills: up to +40, the share of the client's stack the member knows; a related technology
  counts half (python for a django stack, node for typescript). No stack: 0, neutral.
- role: up to +30, how well the member's roles fit the client's need. For a `fractional_cto`
  need a fractional CTO earns 30 and a CTO 20 (the owner's own offer, so strongly preferred);
  `advice` 20 for either; `fixed_scope_project` 10 for a lead or an engineer, 5 for QA;
  `team_extension` 15 for an engineer, 10 for QA. Unknown need: 0.
- industry: +15 when the member lists the client's industry. Unknown industry: 0.
- timezone: -10 to +10 by the overlap of two 09:00-18:00 working days (9 h overlap: +10,
  4.5 h: 0, none: -10). Either time zone unknown: 0, neutral.
- fairness: -6 per intro to this member in the recent window, so intros spread out.
- load: -4 per engagement or intro currently in progress with this member.

A member who is unavailable, at or over capacity, excluded by the caller (already asked and
declined), is the client, or is listed twice is not ranked; `rank(include_excluded=True)`
returns them after the ranked ones with the reason, for `explain`. Ties are broken by the
lower-cased e-mail address, so the same input always gives the same order.

A team (`assemble_team`) is a lead (fractional CTO, else CTO) plus members chosen for roles
the team lacks (engineer, QA) and for the part of the client's stack nobody covers yet, as
the newsletter describes: 2 people, 3 for a broad stack (more than 3 techs) or a project or
team-extension need.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .models import ApplicantFields, ClientFields, ClientNeed

SKILLS_WEIGHT = 40.0
RELATED_SKILL_CREDIT = 0.5
INDUSTRY_POINTS = 15.0
TIMEZONE_WEIGHT = 20.0  # spread from -10 (no overlap) to +10 (same working day)
RECENT_INTRO_PENALTY = 6.0
ACTIVE_LOAD_PENALTY = 4.0

WORKDAY_START_HOUR = 9.0
WORKDAY_HOURS = 9.0

LEAD_ROLES = ("fractional_cto", "cto")
# A fractional CTO and a CTO do the same job in a team: a second one is not complementary.
ROLE_FAMILY = {"fractional_cto": "lead", "cto": "lead"}
# The roles a team adds around its lead, as the newsletter describes it: engineers and QA.
TEAM_ROLES = frozenset({"engineer", "qa"})
# Needs that call for a third member even when the stack is narrow.
BIG_TEAM_NEEDS = frozenset({ClientNeed.FIXED_SCOPE_PROJECT, ClientNeed.TEAM_EXTENSION})
BROAD_STACK = 3  # more techs than this makes a team of the upper size

NEED_ROLE_POINTS: dict[str, dict[str, float]] = {
    ClientNeed.FRACTIONAL_CTO: {"fractional_cto": 30.0, "cto": 20.0},
    ClientNeed.ADVICE: {"fractional_cto": 20.0, "cto": 20.0},
    ClientNeed.FIXED_SCOPE_PROJECT: {
        "fractional_cto": 10.0,
        "cto": 10.0,
        "engineer": 10.0,
        "qa": 5.0,
    },
    ClientNeed.TEAM_EXTENSION: {"engineer": 15.0, "qa": 10.0},
}

# Spellings owners type in rules.yaml, mapped to the canonical tech tokens the extractor emits.
SKILL_ALIASES = {
    "nodejs": "node",
    "node.js": "node",
    "node js": "node",
    "k8s": "kubernetes",
    "postgresql": "postgres",
    "psql": "postgres",
    "golang": "go",
    "ts": "typescript",
    "js": "javascript",
    "reactjs": "react",
    "react.js": "react",
    "react-native": "react native",
    "reactnative": "react native",
    "nextjs": "next.js",
    "next": "next.js",
    "vuejs": "vue",
    "vue.js": "vue",
    "angularjs": "angular",
    "ror": "rails",
    "ruby on rails": "rails",
    "dotnet": ".net",
    "c#": ".net",
    "amazon web services": "aws",
    "google cloud": "gcp",
    "mongo": "mongodb",
    "springboot": "spring",
    "spring boot": "spring",
}

# A framework and the language under it: knowing one is half-way to the other.
RELATED_SKILLS: dict[str, frozenset[str]] = {
    "django": frozenset({"python"}),
    "fastapi": frozenset({"python"}),
    "flask": frozenset({"python"}),
    "python": frozenset({"django", "fastapi", "flask"}),
    "rails": frozenset({"ruby"}),
    "ruby": frozenset({"rails"}),
    "laravel": frozenset({"php"}),
    "php": frozenset({"laravel"}),
    "spring": frozenset({"java", "kotlin"}),
    "java": frozenset({"spring", "kotlin"}),
    "kotlin": frozenset({"java", "spring"}),
    "node": frozenset({"typescript", "javascript"}),
    "typescript": frozenset({"javascript", "node"}),
    "javascript": frozenset({"typescript", "node"}),
    "next.js": frozenset({"react"}),
    "react": frozenset({"next.js", "react native"}),
    "react native": frozenset({"react"}),
    "postgres": frozenset({"sql", "mysql"}),
    "mysql": frozenset({"sql", "postgres"}),
    "sql": frozenset({"postgres", "mysql"}),
    "kubernetes": frozenset({"docker"}),
    "docker": frozenset({"kubernetes"}),
    "cypress": frozenset({"playwright", "selenium"}),
    "playwright": frozenset({"cypress", "selenium"}),
    "selenium": frozenset({"cypress", "playwright"}),
}

ROLE_ALIASES = {
    "fractional cto": "fractional_cto",
    "interim cto": "fractional_cto",
    "part-time cto": "fractional_cto",
    "freelance cto": "fractional_cto",
    "vp engineering": "cto",
    "vp of engineering": "cto",
    "head of engineering": "cto",
    "developer": "engineer",
    "software engineer": "engineer",
    "dev": "engineer",
    "tester": "qa",
    "quality assurance": "qa",
    "product manager": "product_manager",
    "pm": "product_manager",
}


class MemberLike(Protocol):
    """What a network member in rules.yaml offers (config.NetworkMember has these)."""

    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def roles(self) -> tuple[str, ...]: ...
    @property
    def skills(self) -> tuple[str, ...]: ...
    @property
    def industries(self) -> tuple[str, ...]: ...
    @property
    def timezone(self) -> str: ...
    @property
    def capacity(self) -> int: ...
    @property
    def available(self) -> bool: ...


@dataclass(frozen=True)
class Candidate:
    """A network member as matching sees it: from rules.yaml or a promoted applicant.

    Roles, skills and industries are normalised on construction (lower case, canonical
    spellings), and an empty `key` becomes the lower-cased e-mail address.
    """

    key: str
    name: str
    email: str
    roles: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    timezone: str = ""
    capacity: int = 1
    available: bool = True
    active_load: int = 0
    recent_intros: int = 0

    def __post_init__(self) -> None:
        email = self.email.strip().lower()
        object.__setattr__(self, "email", email)
        object.__setattr__(self, "key", (self.key or email).strip().lower())
        object.__setattr__(self, "roles", _dedupe(normalize_role(r) for r in self.roles))
        object.__setattr__(self, "skills", _dedupe(normalize_skill(s) for s in self.skills))
        object.__setattr__(self, "industries", _dedupe(_lower(i) for i in self.industries))

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class ScoreLine:
    factor: str
    points: float
    why: str


@dataclass(frozen=True)
class Match:
    """A candidate's score and every line of it. `excluded` says why it was not ranked."""

    candidate: Candidate
    score: float
    lines: tuple[ScoreLine, ...] = field(default=())
    excluded: str = ""

    @property
    def eligible(self) -> bool:
        return not self.excluded


def candidate_from_member(
    member: MemberLike, *, active_load: int = 0, recent_intros: int = 0
) -> Candidate:
    return Candidate(
        key=member.email,
        name=member.name,
        email=member.email,
        roles=tuple(member.roles),
        skills=tuple(member.skills),
        industries=tuple(member.industries),
        timezone=member.timezone,
        capacity=member.capacity,
        available=member.available,
        active_load=active_load,
        recent_intros=recent_intros,
    )


def candidate_from_applicant(
    applicant: ApplicantFields,
    *,
    industries: tuple[str, ...] = (),
    capacity: int = 1,
    available: bool = True,
    active_load: int = 0,
    recent_intros: int = 0,
) -> Candidate:
    """A promoted applicant; the owner supplies what the applicant's mail could not say."""
    return Candidate(
        key=applicant.email,
        name=applicant.name,
        email=applicant.email,
        roles=applicant.roles,
        skills=applicant.skills,
        industries=industries,
        timezone=applicant.timezone,
        capacity=capacity,
        available=available,
        active_load=active_load,
        recent_intros=recent_intros,
    )


# --- normalisation -------------------------------------------------------------------------


def _lower(text: str) -> str:
    return " ".join(text.strip().lower().split())


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def normalize_skill(skill: str) -> str:
    token = _lower(skill)
    return SKILL_ALIASES.get(token, token)


def normalize_role(role: str) -> str:
    token = _lower(role).replace("_", " ")
    if token in ROLE_ALIASES:
        return ROLE_ALIASES[token]
    return token.replace(" ", "_").replace("-", "_")


# --- time zones ----------------------------------------------------------------------------

OFFSET_RE = re.compile(
    r"(?:\b(?:UTC|GMT)\s*|(?<![\w:]))(?P<sign>[+\-−–])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?"
    r"(?!\d)",
    re.IGNORECASE,
)
BARE_UTC_RE = re.compile(r"\b(?:UTC|GMT|Z)\b", re.IGNORECASE)

# Abbreviations people write for a zone that keeps summer time: resolved through the zone, so
# "CET" in July means UTC+2, which is what the writer's clock says.
ABBREVIATION_ZONES = {
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "BST": "Europe/London",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
    "IST": "Asia/Kolkata",
    "PKT": "Asia/Karachi",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "BRT": "America/Sao_Paulo",
    "BRST": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
}

# Countries, cities and demonyms as people write them (accents stripped, lower case).
PLACE_ZONES = {
    "brazil": "America/Sao_Paulo",
    "brasil": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "portugal": "Europe/Lisbon",
    "lisbon": "Europe/Lisbon",
    "lisboa": "Europe/Lisbon",
    "porto": "Europe/Lisbon",
    "spain": "Europe/Madrid",
    "espana": "Europe/Madrid",
    "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid",
    "germany": "Europe/Berlin",
    "deutschland": "Europe/Berlin",
    "berlin": "Europe/Berlin",
    "berliner": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "munchen": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "france": "Europe/Paris",
    "paris": "Europe/Paris",
    "lyon": "Europe/Paris",
    "uk": "Europe/London",
    "united kingdom": "Europe/London",
    "england": "Europe/London",
    "london": "Europe/London",
    "ireland": "Europe/Dublin",
    "dublin": "Europe/Dublin",
    "netherlands": "Europe/Amsterdam",
    "amsterdam": "Europe/Amsterdam",
    "italy": "Europe/Rome",
    "milan": "Europe/Rome",
    "rome": "Europe/Rome",
    "switzerland": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "austria": "Europe/Vienna",
    "vienna": "Europe/Vienna",
    "wien": "Europe/Vienna",
    "poland": "Europe/Warsaw",
    "warsaw": "Europe/Warsaw",
    "sweden": "Europe/Stockholm",
    "stockholm": "Europe/Stockholm",
    "romania": "Europe/Bucharest",
    "bucharest": "Europe/Bucharest",
    "greece": "Europe/Athens",
    "athens": "Europe/Athens",
    "ukraine": "Europe/Kyiv",
    "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
    "turkey": "Europe/Istanbul",
    "istanbul": "Europe/Istanbul",
    "israel": "Asia/Jerusalem",
    "tel aviv": "Asia/Jerusalem",
    "dubai": "Asia/Dubai",
    "uae": "Asia/Dubai",
    "india": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "pakistan": "Asia/Karachi",
    "singapore": "Asia/Singapore",
    "philippines": "Asia/Manila",
    "manila": "Asia/Manila",
    "vietnam": "Asia/Ho_Chi_Minh",
    "indonesia": "Asia/Jakarta",
    "jakarta": "Asia/Jakarta",
    "japan": "Asia/Tokyo",
    "tokyo": "Asia/Tokyo",
    "china": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "australia": "Australia/Sydney",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "new zealand": "Pacific/Auckland",
    "auckland": "Pacific/Auckland",
    "nigeria": "Africa/Lagos",
    "lagos": "Africa/Lagos",
    "kenya": "Africa/Nairobi",
    "nairobi": "Africa/Nairobi",
    "south africa": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg",
    "egypt": "Africa/Cairo",
    "cairo": "Africa/Cairo",
    "argentina": "America/Argentina/Buenos_Aires",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "colombia": "America/Bogota",
    "bogota": "America/Bogota",
    "mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "chile": "America/Santiago",
    "santiago": "America/Santiago",
    "peru": "America/Lima",
    "lima": "America/Lima",
    "uruguay": "America/Montevideo",
    "montevideo": "America/Montevideo",
    "canada": "America/Toronto",
    "toronto": "America/Toronto",
    "montreal": "America/Toronto",
    "vancouver": "America/Vancouver",
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "chicago": "America/Chicago",
    "austin": "America/Chicago",
    "texas": "America/Chicago",
    "denver": "America/Denver",
    "california": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
}
_PLACE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PLACE_ZONES, key=len, reverse=True)) + r")\b"
)
_ABBREVIATION_RE = re.compile(r"\b(?:" + "|".join(ABBREVIATION_ZONES) + r")\b")


def _zone_offset(key: str, when: datetime) -> float | None:
    try:
        offset = when.astimezone(ZoneInfo(key)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return None if offset is None else offset.total_seconds() / 3600


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_utc_offset(tz: str, when: datetime | None = None) -> float | None:
    """Hours east of UTC for what someone wrote as their time zone, or None if unknown.

    Accepts IANA names ("Europe/Lisbon"), offsets ("UTC+1", "GMT-3", "+05:30", "UTC−3"),
    common abbreviations ("CET", "EST", "IST": the zone's summer time applies at `when`) and
    places ("Brazil", "hora de Madrid", "Berliner Zeit"). `when` defaults to now.
    """
    text = tz.strip()
    if not text:
        return None
    moment = when if when is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if "/" in text and " " not in text:
        zone_offset = _zone_offset(text, moment)
        if zone_offset is not None:
            return zone_offset
    offset = OFFSET_RE.search(text)
    if offset is not None:
        hours, minutes = int(offset["hours"]), int(offset["minutes"] or 0)
        if hours > 14 or minutes >= 60:
            return None
        sign = -1.0 if offset["sign"] != "+" else 1.0
        return sign * (hours + minutes / 60)
    # Lower case is accepted only when the abbreviation is all there is: "ist" is German.
    abbreviation = text.upper() if text.upper() in ABBREVIATION_ZONES else None
    if abbreviation is None:
        found = _ABBREVIATION_RE.search(text)
        abbreviation = found.group(0) if found else None
    if abbreviation is not None:
        return _zone_offset(ABBREVIATION_ZONES[abbreviation], moment)
    if BARE_UTC_RE.search(text):
        return 0.0
    place = _PLACE_RE.search(_strip_accents(text).lower())
    if place is not None:
        return _zone_offset(PLACE_ZONES[place.group(0)], moment)
    return None


def working_hours_overlap(offset_a: float, offset_b: float) -> float:
    """Hours two 09:00-18:00 working days share, given each side's UTC offset."""
    gap = abs(offset_a - offset_b) % 24
    gap = min(gap, 24 - gap)
    return max(0.0, WORKDAY_HOURS - gap)


def _format_offset(offset: float) -> str:
    sign = "+" if offset >= 0 else "-"
    hours, minutes = divmod(round(abs(offset) * 60), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


# --- scoring -------------------------------------------------------------------------------


def _skill_credit(stack_tech: str, skills: Collection[str]) -> tuple[float, str]:
    """Credit for one tech of the client's stack, and the member's skill that earned it."""
    if stack_tech in skills:
        return 1.0, stack_tech
    related = sorted(RELATED_SKILLS.get(stack_tech, frozenset()) & set(skills))
    if related:
        return RELATED_SKILL_CREDIT, related[0]
    return 0.0, ""


def _client_stack(client: ClientFields) -> tuple[str, ...]:
    return _dedupe(normalize_skill(s) for s in client.stack)


def _skills_line(stack: Sequence[str], candidate: Candidate) -> ScoreLine:
    if not stack:
        return ScoreLine("skills", 0.0, "client named no stack")
    credits = [(tech, *_skill_credit(tech, candidate.skills)) for tech in stack]
    exact = [tech for tech, credit, _ in credits if credit == 1.0]
    related = [f"{tech} via {skill}" for tech, credit, skill in credits if 0 < credit < 1]
    if not exact and not related:
        return ScoreLine("skills", 0.0, f"none of {', '.join(stack)}")
    points = round(SKILLS_WEIGHT * sum(credit for _, credit, _ in credits) / len(stack), 2)
    named = ", ".join(exact) + (" + " if exact and related else "") + ", ".join(related)
    tally = f"{len(exact)} of {len(stack)} stack techs" + (
        f", {len(related)} related" if related else ""
    )
    return ScoreLine("skills", points, f"{named} ({tally})")


def _role_line(need: str, candidate: Candidate) -> ScoreLine:
    table = NEED_ROLE_POINTS.get(need)
    if table is None:
        return ScoreLine("role", 0.0, "client's need unknown" if not need else f"need {need}")
    fits = [(table[role], role) for role in candidate.roles if role in table]
    if not fits:
        roles = ", ".join(candidate.roles) or "no roles listed"
        return ScoreLine("role", 0.0, f"{roles}: no fit for {need}")
    points, role = max(fits, key=lambda fit: (fit[0], fit[1]))
    return ScoreLine("role", points, f"{role} fits need {need}")


def _industry_line(industry: str, candidate: Candidate) -> ScoreLine:
    if not industry:
        return ScoreLine("industry", 0.0, "client's industry unknown")
    if industry in candidate.industries:
        return ScoreLine("industry", INDUSTRY_POINTS, industry)
    return ScoreLine("industry", 0.0, f"no {industry} experience listed")


def _timezone_line(client_offset: float | None, candidate: Candidate, when: datetime) -> ScoreLine:
    if client_offset is None:
        return ScoreLine("timezone", 0.0, "client's time zone unknown: neutral")
    member_offset = parse_utc_offset(candidate.timezone, when)
    if member_offset is None:
        shown = f"{candidate.timezone!r} not understood" if candidate.timezone else "not given"
        return ScoreLine("timezone", 0.0, f"member's time zone {shown}: neutral")
    overlap = working_hours_overlap(client_offset, member_offset)
    points = round(TIMEZONE_WEIGHT * (overlap / WORKDAY_HOURS - 0.5), 2)
    return ScoreLine(
        "timezone",
        points,
        f"{overlap:g}h of {WORKDAY_HOURS:g}h working-day overlap "
        f"({_format_offset(member_offset)} vs client {_format_offset(client_offset)})",
    )


def _fairness_lines(candidate: Candidate) -> list[ScoreLine]:
    lines = []
    if candidate.recent_intros:
        lines.append(
            ScoreLine(
                "fairness",
                -RECENT_INTRO_PENALTY * candidate.recent_intros,
                f"{candidate.recent_intros} recent intro(s)",
            )
        )
    if candidate.active_load:
        lines.append(
            ScoreLine(
                "load",
                -ACTIVE_LOAD_PENALTY * candidate.active_load,
                f"{candidate.active_load} of {candidate.capacity} in progress",
            )
        )
    return lines


def _exclusion(candidate: Candidate, excluded_keys: Collection[str], client_email: str) -> str:
    if candidate.key in excluded_keys:
        return "excluded by caller (already asked)"
    if client_email and candidate.key == client_email:
        return "is the client"
    if not candidate.available:
        return "unavailable"
    if candidate.active_load >= candidate.capacity:
        return f"at capacity ({candidate.active_load} of {candidate.capacity})"
    return ""


def rank(
    client: ClientFields,
    candidates: Sequence[Candidate],
    *,
    client_timezone: str = "",
    now: datetime | None = None,
    exclude: Collection[str] = (),
    include_excluded: bool = False,
) -> list[Match]:
    """Eligible candidates, best first; with `include_excluded`, the rest follow with why."""
    when = now if now is not None else datetime.now(UTC)
    stack = _client_stack(client)
    industry = _lower(client.industry)
    client_offset = parse_utc_offset(client_timezone, when)
    excluded_keys = {_lower(key) for key in exclude}
    client_email = _lower(client.contact_email)
    ranked: list[Match] = []
    left_out: list[Match] = []
    seen: set[str] = set()
    for candidate in candidates:
        reason = "listed twice; the first entry counts" if candidate.key in seen else ""
        seen.add(candidate.key)
        reason = reason or _exclusion(candidate, excluded_keys, client_email)
        if reason:
            left_out.append(Match(candidate, 0.0, (), excluded=reason))
            continue
        lines = (
            _skills_line(stack, candidate),
            _role_line(client.need, candidate),
            _industry_line(industry, candidate),
            _timezone_line(client_offset, candidate, when),
            *_fairness_lines(candidate),
        )
        score = round(sum(line.points for line in lines), 2)
        ranked.append(Match(candidate, score, lines))
    ranked.sort(key=lambda match: (-match.score, match.candidate.key))
    if include_excluded:
        ranked.extend(sorted(left_out, key=lambda match: match.candidate.key))
    return ranked


# --- teams ---------------------------------------------------------------------------------


def team_size(client: ClientFields, size: tuple[int, int] = (2, 3)) -> int:
    """The upper size for a broad stack or a project/extension need, else the lower one."""
    smallest, largest = size
    if not 1 <= smallest <= largest:
        raise ValueError(f"team size must be 1 <= min <= max, got {size}")
    broad = len(_client_stack(client)) > BROAD_STACK
    return largest if broad or client.need in BIG_TEAM_NEEDS else smallest


def _coverage(stack: Sequence[str], members: Iterable[Candidate]) -> list[float]:
    people = list(members)
    return [max((_skill_credit(t, m.skills)[0] for m in people), default=0.0) for t in stack]


def assemble_team(
    client: ClientFields,
    candidates: Sequence[Candidate],
    *,
    size: tuple[int, int] = (2, 3),
    client_timezone: str = "",
    now: datetime | None = None,
    exclude: Collection[str] = (),
) -> list[Match]:
    """A lead (fractional CTO, else CTO, else the best match) plus complementary members.

    Each further slot goes to someone who adds an engineer or QA role the team lacks, else
    another role it lacks (a second CTO of either kind adds none), else anyone; within that,
    by score plus the share of the client's stack they newly cover. The size is the upper
    bound of `size` for a broad stack or a project/extension need, else the lower one. Fewer
    eligible candidates than that: the team is what there is, and the caller decides.
    """
    target = team_size(client, size)
    ranked = rank(client, candidates, client_timezone=client_timezone, now=now, exclude=exclude)
    if not ranked:
        return []
    stack = _client_stack(client)
    leads = [m for m in ranked if any(role in LEAD_ROLES for role in m.candidate.roles)]
    lead = leads[0] if leads else ranked[0]
    lead_role = next((r for r in lead.candidate.roles if r in LEAD_ROLES), "")
    lead_why = f"lead as {lead_role}" if lead_role else "lead: best match, no CTO available"
    team = [_with_team_line(lead, lead_why)]
    remaining = [m for m in ranked if m is not lead]
    while len(team) < target and remaining:
        members = [m.candidate for m in team]
        covered_roles = _role_families(role for member in members for role in member.roles)
        covered = _coverage(stack, members)

        chosen = min(remaining, key=lambda m: _slot_preference(m, covered_roles, stack, covered))
        remaining.remove(chosen)
        team.append(_with_team_line(chosen, _slot_why(chosen, covered_roles, stack, covered)))
    return team


def _role_families(roles: Iterable[str]) -> set[str]:
    return {ROLE_FAMILY.get(role, role) for role in roles}


def _slot_preference(
    match: Match, covered_roles: set[str], stack: Sequence[str], covered: Sequence[float]
) -> tuple[int, float, str]:
    """Sort key for a team slot: new engineer/QA role, then another new role, then merit."""
    new_roles = _role_families(match.candidate.roles) - covered_roles
    tier = 2 if new_roles & TEAM_ROLES else 1 if new_roles - {"lead"} else 0
    gain = _coverage_gain(stack, covered, match.candidate)
    return (-tier, -(match.score + gain), match.candidate.key)


def _coverage_gain(stack: Sequence[str], covered: Sequence[float], candidate: Candidate) -> float:
    if not stack:
        return 0.0
    own = _coverage(stack, [candidate])
    gain = sum(max(0.0, mine - theirs) for mine, theirs in zip(own, covered, strict=True))
    return round(SKILLS_WEIGHT * gain / len(stack), 2)


def _slot_why(
    match: Match, covered_roles: set[str], stack: Sequence[str], covered: Sequence[float]
) -> str:
    new_roles = [
        role
        for role in match.candidate.roles
        if ROLE_FAMILY.get(role, role) not in covered_roles and role not in LEAD_ROLES
    ]
    own = _coverage(stack, [match.candidate])
    new_techs = [t for t, mine, theirs in zip(stack, own, covered, strict=True) if mine > theirs]
    parts = [f"adds {', '.join(new_roles)}" if new_roles else "no new role available"]
    if new_techs:
        parts.append(f"covers {', '.join(new_techs)}")
    return "; ".join(parts)


def _with_team_line(match: Match, why: str) -> Match:
    return replace(match, lines=(*match.lines, ScoreLine("team", 0.0, why)))


# --- explanation ---------------------------------------------------------------------------


def explain(matches: Sequence[Match]) -> str:
    """A plain-text table: one block per member, one line per factor, exclusions last."""
    if not matches:
        return "no network members to match"
    name_width = max(len(m.candidate.label) for m in matches)
    out: list[str] = []
    position = 0
    for match in matches:
        label = match.candidate.label.ljust(name_width)
        if not match.eligible:
            out.append(f" -  {label}  excluded: {match.excluded}")
            continue
        position += 1
        out.append(f"{position:>2}. {label}  score {match.score:6.1f}")
        for line in match.lines:
            points = f"{line.points:+6.1f}" if line.factor != "team" else " " * 6
            out.append(f"      {line.factor:<9} {points}  {line.why}")
    return "\n".join(out)
