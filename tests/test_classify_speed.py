"""The fast paths of classification find exactly what the plain patterns find.

Classifying a message ran ~60 regular-expression passes over its text; most now run
case-sensitive twins over folded text, start only where an anchor allows, or skip a text
that cannot match. Each of those rests on a claim (folding keeps every IGNORECASE match,
every match holds its anchor, ...). These tests check the claims: against every code point
where a claim is about characters, and against the plain pattern on realistic and random
text where it is about matches.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Iterator

import pytest

from mailbot.classify import extract, features, gate, language, vocab
from mailbot.classify.features import (
    MessageMemo,
    alternatives,
    finditer_in_chunks,
    finditer_near,
    folded,
    grouped_by_first_letter,
    on_folded,
    per_message,
    replace_matches,
)
from mailbot.models import ParsedMessage

SAMPLES = [
    "Hi Sergio, I'm Ana Costa, a senior backend engineer (Python/Go, C#/.NET, Node.js).",
    "My LinkedIn: https://www.LinkedIn.com/in/Ana-Costa/ and www.github.com/anacosta",
    "Portfolio: anacosta.dev/work, mail ana.costa@example.org, see https://x.io/a?b=c.",
    "Budget: US$ 10-15k per month; rate 120 EUR/hour, R$ 8.000,00 por mês, 5k€, 3 mil reais",
    "We are Acme Health, a seed-stage startup. I'm the CEO of Acme Health.",
    "Sou a Joana Silva, engenheira sênior. Meu nome é João. Moi c'est Hélène Dubois.",
    "Ich bin Jürgen Groß, Geschäftsführer bei Groß & Söhne GmbH. Budget: 20.000 €",
    "Let me introduce you to Maria Lopez, founder of Olivo Studio (olivostudio.com).",
    "I'my name is Ana Costa",  # a cue inside another cue's match
    "İ'M ANA COSTA; ſenior; KELVIN K; ıntroducing Dotless Idris",
    "Σίσυφος ΟΔΟΣ ΑΒΓ σς; 10 ½ ² x²; __under__score_ 1_000",
    "Full-stack – part‐time — node-js / react + vue · angular | svelte",
    "ASAP, within 2 weeks, by Q3 2025; available from March, 20h/week, full-time",
    "Fwd: From: Dmitri <dmitri@example.com>\nwrote:\n-----Original Message-----",
    "a friend told me, my colleague recommended you; große Stücke; de la part de Paul Martin",
    "Senior: 12+ years; 7 anos; Based in Lisbon, Portugal (UTC+1, Europe/Lisbon).",
    "Call me at +351 912 345 678 or 2024-05-12 10:30; invoice #4521 of 1,234.56 USD",
    "wehttp://ana.dev/x and lınkedin.com/in/ana and LINKEDİN.COM/IN/ANA and ſite.com/x",
]
FRAGMENTS = [
    *SAMPLES,
    "http://",
    "https://www.",
    "www.",
    ".com",
    ".io/",
    "linkedin.com/in/",
    "github.com/",
    "@",
    "$",
    "US$",
    "R$",
    "€",
    "£",
    "dollars",
    "usd",
    "eur",
    "k",
    " mil",
    "/h",
    " per month",
    "I'm",
    "i am",
    "sou o",
    "je m’appelle",
    "introducing",
    "meet",
    "intro:",
    "İ",
    "ı",
    "ſ",
    "K",
    "ẞ",
    "Σ",
    "-",
    "–",
    "/",
    "+",
    "·",
    "|",
    "_",
    "\n",
    "\t",
    " ",
    "  ",
    ". ",
    "Ana Costa",
    "ACME",
    "1",
    "10",
    "2024",
    "12,500",
    "8.000",
    "½",
]


def fuzz(count: int = 3000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = list(SAMPLES)
    for _ in range(count):
        texts.append("".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12))))
    return texts


TEXTS = fuzz()
ALL_CHARS = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


def spans(matches: Iterator[re.Match[str]], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), text[match.start() : match.end()]) for match in matches]


def all_groups(
    matches: Iterator[re.Match[str]], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    out = []
    for match in matches:
        groups = tuple(
            text[match.start(g) : match.end(g)] if match.start(g) >= 0 else None
            for g in range(1, (match.re.groups or 0) + 1)
        )
        out.append((match.span(), groups))
    return out


# --- folding ---------------------------------------------------------------------------------

TWINS = {
    "LINKEDIN_RE": (extract.LINKEDIN_RE, extract.LINKEDIN_FOLDED_RE),
    "GITHUB_RE": (extract.GITHUB_RE, extract.GITHUB_FOLDED_RE),
    "URL_RE": (extract.URL_RE, extract.URL_FOLDED_RE),
    "URL_HOST_RE": (extract.URL_HOST_RE, extract.URL_HOST_FOLDED_RE),
    "SENIORITY_RE": (extract.SENIORITY_RE, extract.SENIORITY_FOLDED_RE),
    "AVAILABILITY_RE": (extract.AVAILABILITY_RE, extract.AVAILABILITY_FOLDED_RE),
    "TIMELINE_RE": (extract.TIMELINE_RE, extract.TIMELINE_FOLDED_RE),
    "LINK_RE": (features.LINK_RE, features.LINK_FOLDED_RE),
    "MONEY_HINT_RE": (features.MONEY_HINT_RE, features.MONEY_HINT_FOLDED_RE),
    "ATTRIBUTION_RE": (features.ATTRIBUTION_RE, features.ATTRIBUTION_FOLDED_RE),
    **{
        f"PUNCTUATED_SKILLS[{label}]": (pattern, twin)
        for (pattern, label), (twin, _) in zip(
            extract.PUNCTUATED_SKILLS, extract.PUNCTUATED_SKILLS_FOLDED, strict=True
        )
    },
}
# Patterns used for a yes/no only: their alternatives are regrouped.
YES_NO_TWINS = {
    "REFERRAL_CUE_RE": (extract.REFERRAL_CUE_RE, extract.REFERRAL_CUE_FOLDED_RE),
    "BUDGET_CUE_RE": (extract.BUDGET_CUE_RE, extract.BUDGET_CUE_FOLDED_RE),
}
# Plain strings looked up in folded text in place of an IGNORECASE search.
FOLDED_STRINGS = [
    *extract.INTRO_FOLDED_PHRASES,
    *extract.INTRODUCTION_FOLDED_PHRASES,
    *extract.PUNCTUATED_SKILL_HINTS,
    *features.CURRENCY_CODES,
    "linkedin.com/in/",
    "linkedin.com/",
    "github.com/",
    *extract.CURRENCY_LAST_CHARS,
]


def test_folded_keeps_positions_and_classes_of_every_code_point() -> None:
    low = folded(ALL_CHARS)
    assert len(low) == len(ALL_CHARS)
    for name in (r"\w", r"\d", r"\s"):
        pattern = re.compile(name)
        assert [m.start() for m in pattern.finditer(ALL_CHARS)] == [
            m.start() for m in pattern.finditer(low)
        ], name


def test_folded_maps_ignorecase_equivalents_onto_the_pattern_letters() -> None:
    """For every letter of the twins and folded strings: a character matches it with
    IGNORECASE exactly when the character folds to it."""
    syntax = re.compile(r"\\.|\(\?P<[^>]*>|\(\?P=[^)]*\)")  # escapes, group names
    sources = [
        syntax.sub("", twin.pattern) for _, twin in (*TWINS.values(), *YES_NO_TWINS.values())
    ]
    letters = {ch for source in [*sources, *FOLDED_STRINGS] for ch in source if ch.isalpha()}
    low = folded(ALL_CHARS)
    for letter in sorted(letters):
        assert letter == letter.lower(), letter
        by_ignorecase = {m.start() for m in re.finditer(re.escape(letter), ALL_CHARS, re.I)}
        by_folding = {m.start() for m in re.finditer(re.escape(letter), low)}
        assert by_ignorecase == by_folding, letter


def test_on_folded_lowers_only_literals() -> None:
    twin = on_folded(re.compile(r"(?P<Slug>\S+)[A-Z]\w\B(?P=Slug)", re.I))
    assert twin.pattern == r"(?P<Slug>\S+)[a-z]\w\B(?P=Slug)"
    assert not twin.flags & re.IGNORECASE


@pytest.mark.parametrize("name", sorted(TWINS))
def test_twin_finds_the_same_matches(name: str) -> None:
    pattern, twin = TWINS[name]
    for text in TEXTS:
        assert all_groups(twin.finditer(folded(text)), text) == all_groups(
            pattern.finditer(text), text
        ), text


@pytest.mark.parametrize("name", sorted(YES_NO_TWINS))
def test_regrouped_twin_says_the_same_yes_or_no(name: str) -> None:
    pattern, twin = YES_NO_TWINS[name]
    for text in TEXTS:
        for piece in [text, *re.split(r"\s+", text)]:
            assert bool(twin.search(folded(piece))) == bool(pattern.search(piece)), piece


def test_alternatives_split_at_top_level_only() -> None:
    assert alternatives(r"a|b(c|d)|[|]x|[]|]y|[^]|]z|\|w") == [
        "a",
        "b(c|d)",
        "[|]x",
        "[]|]y",
        "[^]|]z",
        r"\|w",
    ]
    assert grouped_by_first_letter(["ab", "ac", "(?<!x)y", "d?e", "b"]) == (
        "a(?:b|c)|b(?:)|(?<!x)y|d?e"
    )


# --- anchored searches ---------------------------------------------------------------------


def test_linkedin_github_url_and_host_searches() -> None:
    for text in TEXTS:
        assert all_groups(extract.linkedin_matches(text), text) == all_groups(
            extract.LINKEDIN_RE.finditer(text), text
        ), text
        assert spans(extract.url_matches(text), text) == spans(
            extract.URL_RE.finditer(text), text
        ), text
        assert extract._url_hosts(text) == extract.URL_HOST_RE.findall(text), text
        low = folded(text)
        github = finditer_near(
            extract.GITHUB_FOLDED_RE, low, features.occurrences(low, "github.com/"), 12
        )
        assert all_groups(github, text) == all_groups(extract.GITHUB_RE.finditer(text), text)


def test_links_money_hints_and_amounts() -> None:
    for text in TEXTS:
        assert features.without_links(text) == features.LINK_RE.sub(" __url__ ", text), text
        assert features.has_money_hint(text) == bool(features.MONEY_HINT_RE.search(text)), text
        assert all_groups(extract._money_matches(text), text) == all_groups(
            extract.MONEY_RE.finditer(text), text
        ), text


def test_intro_searches_start_only_at_their_phrases() -> None:
    for text in TEXTS:
        starts = extract.phrase_starts(folded(text), extract.INTRO_FOLDED_PHRASES)
        assert all_groups(finditer_near(extract.INTRO_RE, text, starts, 0), text) == all_groups(
            extract.INTRO_RE.finditer(text), text
        ), text
        starts = extract.phrase_starts(folded(text), extract.INTRODUCTION_FOLDED_PHRASES)
        found = next(finditer_near(extract.INTRODUCTION_RE, text, starts, 0), None)
        plain = extract.INTRODUCTION_RE.search(text)
        assert (found and found.span()) == (plain and plain.span()), text
    assert extract.name_from_intro("I'my name is Ana Costa") == "Ana Costa"


def test_intro_phrases_spell_the_old_expressions() -> None:
    intro = re.compile(
        r"(?i:\bI'?m|\bI am|\bmy name is|\bthis is|\bme llamo|\bmi nombre es|\bsoy|\bmeu nome é|"
        r"\bme chamo|\bsou (?:o|a)|\bsou|\bich bin|\bich heiße|\bmein name ist|\bje m'appelle|"
        r"\bje m’appelle|\bje suis|\bmoi c'est)\s+(?P<name>" + extract.PERSON_NAME + ")"
    )
    for text in TEXTS:
        assert all_groups(extract.INTRO_RE.finditer(text), text) == all_groups(
            intro.finditer(text), text
        )


def test_generic_anchored_iterators() -> None:
    word = re.compile(r"(?<![\w.])\w+\.(?:com|io)\b")
    for text in TEXTS:
        anchors = [m.start() for m in re.finditer(r"\.(?:com|io)", text)]
        assert spans(finditer_in_chunks(word, text, anchors), text) == spans(
            word.finditer(text), text
        )
        dots = [m.start() + 1 for m in re.finditer(r"\w\.", text)]
        near = finditer_near(word, text, [d for d in dots if d >= 0], 60)
        assert spans(near, text) == spans(word.finditer(text), text)
    assert replace_matches("a b c", re.finditer("b", "a b c"), "X") == "a X c"


def test_list_separators_and_hyphens() -> None:
    hyphen = re.compile(r"(?<=[^\W\d_])[-‐–](?=[^\W\d_])")
    separator = re.compile(r"(?<=\w)([/+·|])(?=\w)")
    for text in TEXTS:
        assert extract.HYPHEN_RE.sub(" ", text) == hyphen.sub(" ", text)
        assert extract.LIST_SEPARATOR_RE.sub(r" \1 ", text) == separator.sub(r" \1 ", text)
        assert extract._matchable(text) == separator.sub(
            r" \1 ",
            hyphen.sub(" ", extract.EMAIL_RE.sub(" ", extract.URL_RE.sub(" ", text))),
        )


# --- the rest --------------------------------------------------------------------------------


def test_fold_is_lowercase_without_combining_marks() -> None:
    def reference(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.lower())
        return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")

    assert gate.fold(ALL_CHARS) == reference(ALL_CHARS)
    for text in TEXTS:
        assert gate.fold(text) == reference(text)


def test_gate_cues_find_what_the_flat_alternation_finds() -> None:
    def flat(phrases: set[str]) -> str:
        return "|".join(
            re.escape(p).replace(r"\-", "[- ]").replace(r"\ ", r"\s+")
            for p in sorted(phrases, key=len, reverse=True)
            if p
        )

    original = gate._alternation
    try:
        gate._alternation = flat
        gate._applicant_re.cache_clear()
        gate._client_re.cache_clear()
        flat_applicant, flat_client = gate._applicant_re(), gate._client_re()
    finally:
        gate._alternation = original
        gate._applicant_re.cache_clear()
        gate._client_re.cache_clear()
    words = [w for values in vocab.ROLES.values() for w in values][:200]
    texts = [gate.fold(t) for t in TEXTS] + [gate.fold(" ".join(words[i::7])) for i in range(7)]
    for text in texts:
        for fast, slow in (
            (gate._applicant_re(), flat_applicant),
            (gate._client_re(), flat_client),
        ):
            assert spans(fast.finditer(text), text) == spans(slow.finditer(text), text)


def test_detect_language_counts_every_word() -> None:
    def reference(text: str) -> str:
        counts = dict.fromkeys(language.STOPWORDS, 0)
        for word in re.findall(r"[^\W\d_]+", text[:2000].lower()):
            for name, words in language.STOPWORDS.items():
                if word in words:
                    counts[name] += 1
        best = max(counts, key=lambda k: counts[k])
        return best if counts[best] > 0 else "en"

    for text in TEXTS:
        assert language.detect_language(text) == reference(text)


def test_company_from_domain_in_text_tries_every_sub_run() -> None:
    def reference(email: str, text: str, exclude: tuple[str, ...] = ()) -> str:
        excluded = {extract.unicodedata_fold(e.lower()) for e in exclude if e}
        cores = [extract._domain_core(email)]
        cores += [extract._domain_core("x@" + h) for h in extract.URL_HOST_RE.findall(text[-1500:])]
        for core in dict.fromkeys(re.sub(r"[^a-z0-9]", "", c) for c in cores if c):
            if len(core) < 3:
                continue
            for match in extract.CAPITALISED_RUN_RE.finditer(text):
                words = match.group(0).split()
                for start in range(len(words)):
                    for end in range(len(words), start, -1):
                        candidate = " ".join(words[start:end]).rstrip(".,;:")
                        low = extract.unicodedata_fold(candidate.lower())
                        if re.sub(r"[^a-z0-9]", "", low) == core and low not in excluded:
                            return candidate
        return ""

    cases = [
        ("maria@olivostudio.com", "Thanks, La Olivo Studio. Maria Lopez"),
        ("x@acme-health.co.uk", "Acme Health Ltd. see https://www.AcmeHealth.io/about"),
        ("x@gmail.com", "We are Ólivo Secure, see olivosecure.com. Olivo-Secure!"),
        ("x@k-labs.dev", "K-Labs: KLabs, K Labs, ǨLabs"),
    ]
    for email, text in cases:
        for exclude in ((), ("Maria Lopez", "Olivo Studio")):
            assert extract.company_from_domain_in_text(email, text, exclude) == reference(
                email, text, exclude
            ), text
    for text in TEXTS:
        assert extract.company_from_domain_in_text("a@acmehealth.com", text) == reference(
            "a@acmehealth.com", text
        )


def test_phrase_labels_filter_overlaps_like_filter_spans() -> None:
    from spacy.util import filter_spans

    matchers = extract._matchers()
    for text in TEXTS:
        # Each kind's own matcher is the reference for its share of the combined one.
        for kind in extract.PHRASE_TABLES:
            found = getattr(matchers, kind)(extract._doc(text), as_spans=True)
            expected = [
                (s.label_, s.text) for s in sorted(filter_spans(found), key=lambda s: s.start)
            ]
            assert extract._phrase_labels(kind, text) == (expected if text else [])


def test_budget_from_text_is_the_cued_amount_or_the_first() -> None:
    for text in [*TEXTS, "Budget: 12k/month", "in 2024 we pay 500 per day; our budget is $40k"]:
        expected = extract.parse_money(text, require_cue=True) or extract.parse_money(text)
        assert extract.budget_from_text(text) == expected


def test_per_message_caches_only_inside_a_memo() -> None:
    calls: list[str] = []

    @per_message
    def subject_of(parsed: ParsedMessage) -> str:
        calls.append(parsed.subject)
        return parsed.subject.upper()

    parsed = ParsedMessage(
        message_id="<m@x>", subject="hello", from_addr=None, sender=None, reply_to=(), to=(),
        cc=(), date=None, in_reply_to=None, references=(), headers=(), body_text="",
        new_text="", quoted_text="", signature="", attachments=(),
    )  # fmt: skip
    assert subject_of(parsed) == subject_of(parsed) == "HELLO"
    assert len(calls) == 2
    with MessageMemo():
        with MessageMemo():
            assert subject_of(parsed) == "HELLO"
        assert subject_of(parsed) == "HELLO"
    assert len(calls) == 3
    assert subject_of(parsed) == "HELLO"
    assert len(calls) == 4


def test_timezone_search_at_hints_is_the_plain_search() -> None:
    zones = "UTC+3, GMT -03:00, CEST, WEST, BST, America/Sao_Paulo, Europe/Berlin, xUTC, EST."
    for text in [*TEXTS, zones, zones.lower(), "Based in BEST / Test NYC/LA"]:
        plain = extract.TIMEZONE_RE.search(text)
        fast = extract._search_at_hints(extract.TIMEZONE_RE, extract.TIMEZONE_HINT_RE, text)
        assert (fast and (fast.span(), fast.group("tz"))) == (
            plain and (plain.span(), plain.group("tz"))
        ), text
