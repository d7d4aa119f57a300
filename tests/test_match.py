"""Matching network members to a client: ranking, exclusions, fairness, teams, explanations."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from mailbot.match import (
    Candidate,
    Match,
    assemble_team,
    candidate_from_applicant,
    candidate_from_member,
    explain,
    parse_utc_offset,
    rank,
    team_size,
    working_hours_overlap,
)
from mailbot.models import ApplicantFields, ClientFields

WINTER = datetime(2025, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2025, 7, 15, 12, 0, tzinfo=UTC)


def member(
    email: str,
    roles: tuple[str, ...] = ("engineer",),
    skills: tuple[str, ...] = (),
    industries: tuple[str, ...] = (),
    timezone: str = "",
    **extra: int | bool,
) -> Candidate:
    name = email.split("@")[0].title()
    return Candidate("", name, email, roles, skills, industries, timezone, **extra)  # type: ignore[arg-type]


def keys(matches: list[Match]) -> list[str]:
    return [m.candidate.key for m in matches]


def factor(match: Match, name: str) -> float:
    return sum(line.points for line in match.lines if line.factor == name)


# --- ranking ----------------------------------------------------------------------------------


def test_more_of_the_clients_stack_ranks_higher() -> None:
    client = ClientFields(stack=("python", "react", "aws", "kubernetes"))
    people = [
        member("a@x.io", skills=("python",)),
        member("b@x.io", skills=("python", "react", "aws")),
        member("c@x.io", skills=("go", "java")),
    ]
    ranked = rank(client, people, now=WINTER)
    assert keys(ranked) == ["b@x.io", "a@x.io", "c@x.io"]
    assert factor(ranked[0], "skills") == pytest.approx(30.0)
    assert factor(ranked[2], "skills") == 0.0


def test_skill_spellings_are_normalised_and_related_tech_counts_half() -> None:
    client = ClientFields(stack=("node", "kubernetes", "django"))
    spelled = member("spelled@x.io", skills=("Node.js", "k8s"))
    related = member("related@x.io", skills=("python",))
    ranked = {m.candidate.key: m for m in rank(client, [spelled, related], now=WINTER)}
    assert spelled.skills == ("node", "kubernetes")
    assert factor(ranked["spelled@x.io"], "skills") == pytest.approx(40 * 2 / 3, abs=0.01)
    assert factor(ranked["related@x.io"], "skills") == pytest.approx(40 * 0.5 / 3, abs=0.01)
    assert "django via python" in ranked["related@x.io"].lines[0].why


def test_industry_experience_breaks_an_otherwise_equal_pair() -> None:
    client = ClientFields(stack=("python",), industry="Fintech")
    # "a" would win the tie-break; the industry must beat it.
    people = [
        member("a@x.io", skills=("python",)),
        member("z@x.io", ("engineer",), ("python",), ("fintech",)),
    ]
    ranked = rank(client, people, now=WINTER)
    assert keys(ranked) == ["z@x.io", "a@x.io"]
    assert factor(ranked[0], "industry") == 15.0


def test_working_hours_overlap_orders_by_timezone() -> None:
    client = ClientFields(stack=("python",))
    people = [
        member("a-sydney@x.io", skills=("python",), timezone="Australia/Sydney"),
        member("b-saopaulo@x.io", skills=("python",), timezone="Brazil"),
        member("c-lisbon@x.io", skills=("python",), timezone="Europe/Lisbon"),
        member("d-unknown@x.io", skills=("python",), timezone="somewhere nice"),
    ]
    ranked = rank(client, people, client_timezone="Europe/Berlin", now=WINTER)
    assert keys(ranked) == ["c-lisbon@x.io", "b-saopaulo@x.io", "d-unknown@x.io", "a-sydney@x.io"]
    by_key = {m.candidate.key: m for m in ranked}
    assert factor(by_key["c-lisbon@x.io"], "timezone") == pytest.approx(
        20 * (8 / 9 - 0.5), abs=0.01
    )
    assert factor(by_key["d-unknown@x.io"], "timezone") == 0.0
    assert factor(by_key["a-sydney@x.io"], "timezone") == -10.0


def test_unknown_client_timezone_is_neutral_for_everyone() -> None:
    client = ClientFields(stack=("python",))
    people = [
        member("a@x.io", skills=("python",), timezone="Pacific/Auckland"),
        member("b@x.io", skills=("python",), timezone="UTC+1"),
    ]
    ranked = rank(client, people, now=WINTER)
    assert [factor(m, "timezone") for m in ranked] == [0.0, 0.0]
    assert keys(ranked) == ["a@x.io", "b@x.io"]


def test_fractional_cto_need_prefers_fractional_cto_then_cto() -> None:
    client = ClientFields(need="fractional_cto", stack=("python",))
    people = [
        member("a-eng@x.io", ("engineer",), ("python",)),
        member("b-cto@x.io", ("cto",), ("python",)),
        member("c-fcto@x.io", ("fractional_cto",), ("python",)),
    ]
    assert keys(rank(client, people, now=WINTER)) == ["c-fcto@x.io", "b-cto@x.io", "a-eng@x.io"]


def test_team_extension_need_prefers_engineers_over_leads() -> None:
    client = ClientFields(need="team_extension", stack=("react",))
    people = [
        member("a@x.io", ("fractional_cto",), ("react",)),
        member("b@x.io", ("engineer",), ("react",)),
    ]
    assert keys(rank(client, people, now=WINTER)) == ["b@x.io", "a@x.io"]


# --- exclusions -------------------------------------------------------------------------------


def test_unavailable_and_at_capacity_members_are_left_out_with_a_reason() -> None:
    client = ClientFields(stack=("python",))
    people = [
        member("busy@x.io", skills=("python",), capacity=2, active_load=2),
        member("away@x.io", skills=("python",), available=False),
        member("none@x.io", skills=("python",), capacity=0),
        member("free@x.io", skills=("python",), capacity=2, active_load=1),
    ]
    assert keys(rank(client, people, now=WINTER)) == ["free@x.io"]
    everyone = rank(client, people, now=WINTER, include_excluded=True)
    reasons = {m.candidate.key: m.excluded for m in everyone}
    assert reasons["free@x.io"] == ""
    assert reasons["away@x.io"] == "unavailable"
    assert reasons["busy@x.io"] == "at capacity (2 of 2)"
    assert reasons["none@x.io"] == "at capacity (0 of 0)"
    assert everyone[0].eligible and not any(m.eligible for m in everyone[1:])


def test_exclude_skips_members_already_asked_whatever_the_case() -> None:
    client = ClientFields(stack=("python",))
    people = [member("best@x.io", skills=("python",)), member("next@x.io", skills=())]
    assert keys(rank(client, people, now=WINTER, exclude={"Best@X.io"})) == ["next@x.io"]


def test_the_client_is_never_matched_to_themselves_and_duplicates_count_once() -> None:
    client = ClientFields(stack=("python",), contact_email="Founder@acme.io")
    people = [
        member("founder@acme.io", skills=("python",)),
        member("dup@x.io", skills=("python",)),
        member("DUP@x.io", skills=()),
    ]
    ranked = rank(client, people, now=WINTER, include_excluded=True)
    assert [(m.candidate.key, m.excluded) for m in ranked] == [
        ("dup@x.io", ""),
        ("dup@x.io", "listed twice; the first entry counts"),
        ("founder@acme.io", "is the client"),
    ]
    assert factor(ranked[0], "skills") == 40.0


# --- fairness and determinism -----------------------------------------------------------------


def test_a_member_with_recent_intros_drops_below_an_equal_one() -> None:
    client = ClientFields(need="fractional_cto", stack=("python",), industry="saas")
    # Identical except "a" (who would win the tie-break) had an intro last week.
    a = member("a@x.io", ("fractional_cto",), ("python",), ("saas",), "UTC", recent_intros=1)
    b = member("b@x.io", ("fractional_cto",), ("python",), ("saas",), "UTC")
    ranked = rank(client, [a, b], now=WINTER)
    assert keys(ranked) == ["b@x.io", "a@x.io"]
    assert factor(ranked[1], "fairness") == -6.0


def test_active_load_also_spreads_work() -> None:
    client = ClientFields(stack=("python",))
    a = member("a@x.io", skills=("python",), capacity=3, active_load=1)
    b = member("b@x.io", skills=("python",), capacity=3)
    assert keys(rank(client, [a, b], now=WINTER)) == ["b@x.io", "a@x.io"]


def test_intros_rotate_when_each_intro_is_counted() -> None:
    client = ClientFields(need="fractional_cto", stack=("python",))
    people = {
        e: member(e, ("fractional_cto",), ("python",)) for e in ("a@x.io", "b@x.io", "c@x.io")
    }
    picked = []
    for _ in range(6):
        best = rank(client, list(people.values()), now=WINTER)[0].candidate
        picked.append(best.key)
        people[best.key] = Candidate(**{**best.__dict__, "recent_intros": best.recent_intros + 1})
    assert picked == ["a@x.io", "b@x.io", "c@x.io"] * 2


def test_ranking_ignores_input_order() -> None:
    client = ClientFields(need="fixed_scope_project", stack=("python", "react"), industry="saas")
    people = [
        member(
            f"m{i}@x.io",
            (("engineer",), ("qa",), ("cto",))[i % 3],
            (("python",), ("react",), ())[i % 3],
        )
        for i in range(12)
    ]
    expected = keys(rank(client, people, client_timezone="CET", now=WINTER))
    shuffled = people[:]
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert keys(rank(client, shuffled, client_timezone="CET", now=WINTER)) == expected
        team = assemble_team(client, shuffled, client_timezone="CET", now=WINTER)
        assert keys(team) == keys(assemble_team(client, people, client_timezone="CET", now=WINTER))


# --- teams ------------------------------------------------------------------------------------


def team_pool() -> list[Candidate]:
    return [
        member("eng1@x.io", ("engineer",), ("python", "react", "aws")),
        member("eng2@x.io", ("engineer",), ("python", "react")),
        member("lead@x.io", ("fractional_cto",), ("python",)),
        member("cto@x.io", ("cto",), ("python", "aws")),
        member("qa@x.io", ("qa",), ("cypress",)),
    ]


def test_team_has_a_lead_and_complementary_roles() -> None:
    client = ClientFields(need="fixed_scope_project", stack=("python", "react", "aws"))
    team = assemble_team(client, team_pool(), now=WINTER)
    assert keys(team) == ["cto@x.io", "eng1@x.io", "qa@x.io"]
    roles = [m.candidate.roles for m in team]
    assert roles[0][0] in {"fractional_cto", "cto"}
    assert len({r for rs in roles for r in rs}) == 3  # no two people with the same role
    assert [line.why for line in team[0].lines if line.factor == "team"] == ["lead as cto"]


def test_fractional_cto_need_makes_the_fractional_cto_lead() -> None:
    client = ClientFields(need="fractional_cto", stack=("python", "react"))
    team = assemble_team(client, team_pool(), now=WINTER)
    assert keys(team) == ["lead@x.io", "eng1@x.io"]


def test_team_of_two_for_a_narrow_stack_three_for_a_broad_one() -> None:
    narrow = ClientFields(need="advice", stack=("python",))
    broad = ClientFields(need="advice", stack=("python", "react", "aws", "kubernetes"))
    assert len(assemble_team(narrow, team_pool(), now=WINTER)) == 2
    assert len(assemble_team(broad, team_pool(), now=WINTER)) == 3
    assert team_size(ClientFields(need="team_extension")) == 3
    assert team_size(ClientFields(need="fractional_cto"), (1, 4)) == 1
    with pytest.raises(ValueError):
        team_size(narrow, (3, 2))


def test_a_second_engineer_only_when_no_other_role_is_left() -> None:
    client = ClientFields(need="team_extension", stack=("python", "react", "aws", "go"))
    without_qa = [m for m in team_pool() if m.key != "qa@x.io"]
    team = assemble_team(client, without_qa, now=WINTER)
    assert keys(team) == ["cto@x.io", "eng1@x.io", "eng2@x.io"]
    assert "no new role available" in [line.why for line in team[2].lines][-1]


def test_team_without_any_cto_is_led_by_the_best_match() -> None:
    client = ClientFields(stack=("python",))
    people = [member("e@x.io", ("engineer",), ("python",)), member("q@x.io", ("qa",), ())]
    team = assemble_team(client, people, now=WINTER)
    assert keys(team) == ["e@x.io", "q@x.io"]
    assert "no CTO available" in team[0].lines[-1].why


def test_too_few_eligible_members_gives_what_there_is() -> None:
    client = ClientFields(need="fixed_scope_project", stack=("python",))
    people = [member("only@x.io", ("cto",), ("python",)), member("off@x.io", available=False)]
    assert keys(assemble_team(client, people, now=WINTER)) == ["only@x.io"]
    assert assemble_team(client, [], now=WINTER) == []
    assert assemble_team(client, people, now=WINTER, exclude={"only@x.io"}) == []


# --- explain ----------------------------------------------------------------------------------


def test_explain_names_each_factor_its_points_and_exclusions() -> None:
    client = ClientFields(
        need="fractional_cto",
        stack=("python", "aws"),
        industry="fintech",
        contact_email="c@acme.io",
    )
    people = [
        member(
            "ana@x.pt",
            ("fractional_cto",),
            ("python",),
            ("fintech",),
            "Europe/Lisbon",
            recent_intros=2,
        ),
        member("bob@x.io", ("engineer",), ("aws",), (), "", active_load=1, capacity=2),
        member("cy@x.io", available=False),
    ]
    text = explain(rank(client, people, client_timezone="UTC+1", now=WINTER, include_excluded=True))
    lines = text.splitlines()
    assert lines[0].startswith(" 1. Ana <ana@x.pt>")
    for expected in (
        "skills",
        "+20.0  python (1 of 2 stack techs)",
        "role       +30.0  fractional_cto fits need fractional_cto",
        "industry   +15.0  fintech",
        "8h of 9h working-day overlap (UTC+0 vs client UTC+1)",
        "fairness   -12.0  2 recent intro(s)",
        "load        -4.0  1 of 2 in progress",
        "member's time zone not given: neutral",
        "excluded: unavailable",
    ):
        assert expected in text, expected
    assert lines[-1].strip().startswith("-  Cy <cy@x.io>")
    assert explain([]) == "no network members to match"


# --- time zones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "winter", "summer"),
    [
        ("Europe/Lisbon", 0.0, 1.0),
        ("America/Sao_Paulo", -3.0, -3.0),
        ("Etc/GMT+3", -3.0, -3.0),
        ("UTC+1", 1.0, 1.0),
        ("UTC +01:00", 1.0, 1.0),
        ("GMT-3", -3.0, -3.0),
        ("UTC−3", -3.0, -3.0),  # a typographic minus
        ("+05:30", 5.5, 5.5),
        ("-0330", -3.5, -3.5),
        ("UTC", 0.0, 0.0),
        ("GMT", 0.0, 0.0),
        ("CET", 1.0, 2.0),
        ("cet", 1.0, 2.0),
        ("CET/CEST", 1.0, 2.0),
        ("MEZ", 1.0, 2.0),
        ("EST", -5.0, -4.0),
        ("PST", -8.0, -7.0),
        ("IST", 5.5, 5.5),
        ("BRT", -3.0, -3.0),
        ("Brazil", -3.0, -3.0),
        ("horário de Brasília", -3.0, -3.0),
        ("Lisboa", 0.0, 1.0),
        ("hora de Bogotá", -5.0, -5.0),
        ("Berliner Zeit", 1.0, 2.0),
        ("heure de Montréal", -5.0, -4.0),
        ("São Paulo (GMT-3)", -3.0, -3.0),
        ("Meine Zeitzone ist CET", 1.0, 2.0),
    ],
)
def test_parse_utc_offset_reads_what_people_write(
    written: str, winter: float, summer: float
) -> None:
    assert parse_utc_offset(written, WINTER) == winter
    assert parse_utc_offset(written, SUMMER) == summer


@pytest.mark.parametrize(
    "written", ["", "   ", "Mars", "flexible", "2024-05-01", "UTC+25", "Europe/Atlantis"]
)
def test_parse_utc_offset_gives_none_when_it_cannot_tell(written: str) -> None:
    assert parse_utc_offset(written, WINTER) is None


def test_parse_utc_offset_treats_a_naive_moment_as_utc() -> None:
    assert parse_utc_offset("Europe/Lisbon", datetime(2025, 7, 15, 12)) == 1.0


def test_working_hours_overlap_wraps_around_midnight() -> None:
    assert working_hours_overlap(1, 1) == 9
    assert working_hours_overlap(-3, 1) == 5
    assert working_hours_overlap(12, -11) == 8  # 23 h apart is 1 h apart
    assert working_hours_overlap(-8, 8) == 1  # 16 h apart is 8 h apart the other way
    assert working_hours_overlap(-8, 4) == 0


# --- building candidates ----------------------------------------------------------------------


@dataclass(frozen=True)
class FakeMember:
    name: str = "Ana Silva"
    email: str = "Ana@Example.PT"
    roles: tuple[str, ...] = ("Fractional CTO",)
    skills: tuple[str, ...] = ("Python", "PostgreSQL")
    industries: tuple[str, ...] = ("FinTech",)
    timezone: str = "Europe/Lisbon"
    rate: str = "€120/h"
    capacity: int = 2
    available: bool = True


def test_candidates_from_members_and_applicants_are_normalised() -> None:
    from_file = candidate_from_member(FakeMember(), recent_intros=1)
    assert from_file.key == "ana@example.pt"
    assert from_file.roles == ("fractional_cto",)
    assert from_file.skills == ("python", "postgres")
    assert from_file.industries == ("fintech",)
    assert (from_file.capacity, from_file.recent_intros) == (2, 1)

    applicant = ApplicantFields(
        name="Bo", email="BO@x.io", roles=("engineer", "qa"), skills=("react",), timezone="UTC-3"
    )
    promoted = candidate_from_applicant(applicant, industries=("saas",), active_load=1)
    assert (promoted.key, promoted.roles, promoted.industries) == (
        "bo@x.io",
        ("engineer", "qa"),
        ("saas",),
    )
    assert promoted.active_load == 1 and promoted.capacity == 1
