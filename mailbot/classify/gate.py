"""The cue gate: a model's "applicant" or "client" must be backed by at least one word.

A bag-of-words model trained on our corpus has only ever seen applicants, clients and eight
kinds of "other"; mail unlike all of them (a MIME test message, a weather bulletin in Italian,
"Hello", an empty body) lands wherever its few words happen to point, often with high
confidence. Every false applicant or client gets a reply draft, so the classifier asks for
evidence the model cannot invent: an applicant says *something* about a role, experience, a
CV or profile, the network, freelancing or availability; a client says *something* about a
need, hiring, a project, a product, a budget, help, a team or a company. The cue lists are
broad and in five languages (vocab.APPLICANT_GATE_STEMS / CLIENT_GATE_STEMS plus the role,
need, stage and industry phrases), so the gate never fires on real applicants and clients of
the dev corpus; it fires on mail that says nothing of the kind.

The text is what the sender wrote (subject unless a reply's, new text, own signature, a
forwarded part), the attachment names and a CV's text. A message whose own text is empty or
near-empty and that carries no CV and no LinkedIn profile is never an applicant or a client,
whatever its words: "Hello", "Test - body content", "Wow".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from mailbot.classify import vocab
from mailbot.classify.extract import linkedin_matches, unicodedata_fold
from mailbot.classify.features import detect_cv, grouped_by_first_letter, sender_text
from mailbot.models import Label, ParsedMessage

MAX_GATE_CHARS = 12_000
# Fewer letters-words than this in the sender's own text (subject excluded) is "near-empty".
NEAR_EMPTY_WORDS = 4
WORD_RE = re.compile(r"[^\W\d_]{2,}")

NEAR_EMPTY = "near-empty message without a CV or profile"
NO_APPLICANT_CUE = "no applicant cue in the text"
NO_CLIENT_CUE = "no client cue in the text"


def fold(text: str) -> str:
    """Lower-case without accents: "Experiência" -> "experiencia"."""
    return unicodedata_fold(text.lower()).replace("ß", "ss")


def _alternation(phrases: set[str]) -> str:
    # Longest first so that the alternation prefers the fuller phrase; hyphens match hyphens
    # or spaces ("part-time" / "part time").
    parts = [
        re.escape(p).replace(r"\-", "[- ]").replace(r"\ ", r"\s+")
        for p in sorted(phrases, key=len, reverse=True)
        if p
    ]
    # Grouped by first letter: at each word start the search tries one group, not hundreds
    # of phrases; it finds what the flat alternation finds (see grouped_by_first_letter).
    return grouped_by_first_letter(parts)


def _cue_regex(
    stems: tuple[str, ...], words: tuple[str, ...], *tables: dict[str, tuple[str, ...]]
) -> re.Pattern[str]:
    """Word-start prefixes (`stems`) or whole words and phrases (`words`, the tables)."""
    whole = {fold(word) for word in words}
    for table in tables:
        whole.update(fold(phrase) for values in table.values() for phrase in values)
    prefixes = {fold(stem) for stem in stems}
    return re.compile(
        rf"(?<![^\W_])(?:(?:{_alternation(prefixes)})|(?:{_alternation(whole)})(?![^\W_]))"
    )


@lru_cache(maxsize=1)
def _applicant_re() -> re.Pattern[str]:
    return _cue_regex(vocab.APPLICANT_GATE_STEMS, vocab.APPLICANT_GATE_WORDS, vocab.ROLES)


@lru_cache(maxsize=1)
def _client_re() -> re.Pattern[str]:
    return _cue_regex(
        vocab.CLIENT_GATE_STEMS,
        vocab.CLIENT_GATE_WORDS,
        vocab.NEEDS,
        vocab.STAGES,
        vocab.INDUSTRIES,
    )


def gate_text(parsed: ParsedMessage) -> str:
    """What the gate reads, folded: the sender's words, attachment names and a CV's text."""
    return _gate_text(fold(sender_text(parsed)), parsed)


def _gate_text(folded_own: str, parsed: ParsedMessage) -> str:
    """gate_text, given the folded sender text: folding works character by character (its
    only context rule, the final sigma, and NFKD's reordering of combining marks both stop
    at a line break), so the folded parts joined by line breaks are the folded whole."""
    parts = [a.filename for a in parsed.attachments if a.filename]
    cv = detect_cv(parsed.attachments)
    if cv is not None and cv.text:
        parts.append(cv.text[:4000])
    if not parts:
        return folded_own[:MAX_GATE_CHARS]
    return (folded_own + "\n" + fold("\n".join(parts)))[:MAX_GATE_CHARS]


def applicant_cue(text: str) -> str:
    """The first applicant cue in folded `text`, or ""."""
    match = _applicant_re().search(text)
    return match.group(0) if match else ""


def client_cue(text: str) -> str:
    """The first client cue in folded `text`, or ""."""
    match = _client_re().search(text)
    return match.group(0) if match else ""


def is_near_empty(parsed: ParsedMessage) -> bool:
    """The sender wrote (next to) nothing and sent no CV and no LinkedIn profile."""
    own = sender_text(parsed)
    without_subject = own.split("\n", 1)[1] if "\n" in own else ""
    # Counting stops at the few words needed.
    if (
        sum(1 for _ in islice(WORD_RE.finditer(without_subject), NEAR_EMPTY_WORDS))
        >= NEAR_EMPTY_WORDS
    ):
        return False
    return detect_cv(parsed.attachments) is None and next(linkedin_matches(own), None) is None


def gate_reason(label: Label, parsed: ParsedMessage) -> str:
    """Why `label` (the model's applicant or client) lacks support, or "" when it has it."""
    if label not in (Label.APPLICANT, Label.CLIENT):
        return ""
    if is_near_empty(parsed):
        return NEAR_EMPTY
    cue = _applicant_re() if label is Label.APPLICANT else _client_re()
    # The sender's own words come first in gate_text and usually hold a cue: a cue in them
    # is a cue in gate_text (what follows them there is a line break, a non-word character
    # like the end of the text), so the attachment names and the CV are folded only when
    # they are not enough.
    own = fold(sender_text(parsed))
    if cue.search(own, 0, MAX_GATE_CHARS) is not None:
        return ""
    if cue.search(_gate_text(own, parsed)) is not None:
        return ""
    return NO_APPLICANT_CUE if label is Label.APPLICANT else NO_CLIENT_CUE


def warm_up_gate() -> None:
    """Compile the cue expressions now rather than on the first message."""
    _applicant_re()
    _client_re()
