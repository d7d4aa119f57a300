"""The text the classifier sees for one message.

Only what the sender wrote counts: the subject without reply/forward prefixes, the new text
(never the quoted history: the quoted newsletter says "CV", "clients" and "LinkedIn", which
would make every reply look like an applicant), attachment names, the head of a CV, a short
excerpt of a forwarded message's body, and a few synthetic tokens for header facts the words cannot
show. The result is bounded, so one huge message costs no more than a normal one, then
lower-cased with long words cut to 5 letters (see `normalise_for_model`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, TypeVar

from mailbot.models import Attachment, ParsedMessage, SafetyVerdict

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

MAX_SUBJECT_CHARS = 200
MAX_NEW_TEXT_CHARS = 3000
MAX_CV_CHARS = 1500
MAX_FORWARDED_CHARS = 600
MAX_SIGNATURE_CHARS = 300

SUBJECT_PREFIX_RE = re.compile(
    r"^\s*(?:(?:re|fwd?|aw|wg|res|enc|tr|rv|sv|vs|antw|ref|r)\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
DSN_TYPES = frozenset(
    {"message/delivery-status", "message/global-delivery-status", "text/rfc822-headers"}
)
LINK_RE = re.compile(
    r"https?://\S+|www\.\S+|\b[\w.-]*(?:linkedin\.com|github\.com)/\S*", re.IGNORECASE
)
LINKEDIN_HINT_RE = re.compile(r"linkedin\.com/in/", re.IGNORECASE)
GITHUB_HINT_RE = re.compile(r"github\.com/", re.IGNORECASE)
# A line of 40+ characters without a space is an encoded blob pasted into the body (uuencode,
# base64, a hex dump): its pieces are not words, and hashed into the bag of words they vote at
# random, with full confidence.
ENCODED_LINE_RE = re.compile(r"^[ \t]*\S{40,}[ \t]*$\n?", re.MULTILINE)
MONEY_HINT_RE = re.compile(r"[$€£]\s?\d|\d\s?(?:k|mil)\b|R\$|\b(?:usd|eur|brl|gbp)\b", re.I)

# --- case-insensitive search, fast --------------------------------------------------------
# Python's re pays for IGNORECASE twice: every character comparison folds case, and a pattern
# under IGNORECASE loses the scan for its first character. Most of our patterns are
# case-insensitive, and they dominated the time to classify a message. So each gets a
# case-sensitive twin (`on_folded`) that runs over `folded(text)`: the same matches at the
# same positions, two to eight times faster.


@lru_cache(maxsize=64)
def folded(text: str) -> str:
    """`text` lower-cased character for character (same length, same positions), with the
    characters that IGNORECASE matches to an ASCII letter (İ, ı, ſ) mapped onto it.

    A pattern of lower-case literals, compiled without IGNORECASE, finds in `folded(text)`
    exactly the matches that it finds in `text` with IGNORECASE: str.lower() maps every
    other character that IGNORECASE equates with a letter of our patterns onto that letter,
    and keeps \\w, \\d and \\s as they are (tests/test_classify_speed.py checks every code point).
    """
    if text.isascii():
        return text.lower()
    # "İ".lower() is two characters ("i" and a combining dot): map it first.
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


_GROUP_NAME_RE = re.compile(r"\(\?P(?:<[^>]*>|=[^)]*\))")


def on_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of IGNORECASE `pattern`, to run over `folded` text.

    The source is lower-cased except escapes (\\S is not \\s) and group names.
    """
    source = pattern.pattern
    out: list[str] = []
    index = 0
    while index < len(source):
        if source[index] == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        name = _GROUP_NAME_RE.match(source, index)
        if name is not None:
            out.append(name.group(0))
            index = name.end()
            continue
        out.append(source[index].lower())
        index += 1
    return re.compile("".join(out), pattern.flags & ~re.IGNORECASE)


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts: list[str] = []
    depth = start = index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" first in a class ("[]a]", "[^]a]") is a member, not the end.
            if source.startswith("^", index + 1):
                index += 1
            if source.startswith("]", index + 1):
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


def grouped_by_first_letter(parts: Iterable[str]) -> str:
    """An alternation of `parts` with those that start with the same letter or digit grouped
    ("ab|ac|x" -> "a(?:b|c)|x"): at each position the search then tries one group instead of
    every part, several times faster for long lists.

    Within a group the parts keep their order, and parts with different first letters never
    match at the same position, so for parts that start with a letter or digit (not
    followed by a quantifier) the search finds what the flat alternation finds. Parts
    that start otherwise stay as they are, after the groups: where that could change which
    part matches at a position, use this only for a yes/no or the leftmost start, which no
    ordering changes.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for part in parts:
        if part[:1].isalnum() and part[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(part[0], []).append(part[1:])
        else:
            others.append(part)
    grouped = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "|".join(grouped + others)


def span_text(text: str, match: re.Match[str], group: int | str = 0) -> str:
    """A match's group as written in `text`, for a match found in `folded(text)`."""
    start, end = match.span(group)
    return text[start:end]


def replace_matches(text: str, matches: Iterable[re.Match[str]], replacement: str) -> str:
    """`text` with each (non-overlapping, ordered) match replaced, like `re.sub` with a
    plain replacement string, for matches found in `folded(text)`."""
    pieces: list[str] = []
    last = 0
    for match in matches:
        start, end = match.span()
        pieces.append(text[last:start])
        pieces.append(replacement)
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Every position of `needle` in `text`, overlapping ones included."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def finditer_near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], reach: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only the positions up to `reach` characters before
    each anchor (ascending positions).

    For a pattern that never matches the empty string and whose every match starts at most
    `reach` characters before an anchor: then every match starts at a position tried here,
    positions are tried in order, and after a match the search goes on from its end, as
    finditer's does. A lookbehind or \\b at a tried position sees the characters before it.
    """
    return finditer_in_windows(pattern, text, ((at - reach, at) for at in anchors))


def finditer_in_windows(
    pattern: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """finditer_near with a reach of its own for each anchor: `windows` are (first position
    to try, anchor), anchors ascending."""
    position = 0
    for first, at in windows:
        position = max(position, first)
        while position <= at:
            match = pattern.match(text, position)
            if match is None:
                position += 1
            else:
                yield match
                position = max(match.end(), position + 1)


def finditer_in_chunks(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], stops: str = ""
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, searching only the chunks (runs of characters that are
    neither whitespace nor in `stops`) that hold an anchor (ascending positions).

    For a pattern whose matches hold no whitespace and no `stops`, and whose every match
    lies in a chunk with an anchor. A chunk is searched with its bounds as pos/endpos: what
    follows its end is a stop or the end of the text, both non-word characters for \\b and
    lookaheads, and a lookbehind sees what precedes it.
    """
    done = 0
    size = len(text)
    for at in anchors:
        if at < done:
            continue
        start = at
        while start > done and not (text[start - 1].isspace() or text[start - 1] in stops):
            start -= 1
        end = at
        while end < size and not (text[end].isspace() or text[end] in stops):
            end += 1
        yield from pattern.finditer(text, start, end)
        done = end


T = TypeVar("T")
_Memo = dict[int, tuple[ParsedMessage, dict[Callable[..., object], object]]]
_memo: ContextVar[_Memo | None] = ContextVar("mailbot_message_memo", default=None)


class MessageMemo:
    """Within this block, each `per_message` function computes once per message.

    Classifying one message reads its signature, own text and sender text a dozen times
    (model text, gate, extraction, cue evidence), each a few regular-expression passes.
    classify_many holds one memo for its batch, so the entries live as long as the batch;
    nested blocks share the outer memo. Context-local, so threads do not share it.
    """

    def __enter__(self) -> None:
        self._token = _memo.set({}) if _memo.get() is None else None

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _memo.reset(self._token)


def per_message(func: Callable[[ParsedMessage], T]) -> Callable[[ParsedMessage], T]:
    """Compute `func(parsed)` once per message inside a `MessageMemo` block.

    Keyed by identity: a ParsedMessage is frozen, and the memo holds it, so an id cannot be
    reused by another message while its entry lives. Hashing the message itself would cost
    more than most of what is cached.
    """

    @wraps(func)
    def cached(parsed: ParsedMessage) -> T:
        memo = _memo.get()
        if memo is None:
            return func(parsed)
        entry = memo.get(id(parsed))
        if entry is None or entry[0] is not parsed:
            entry = (parsed, {})
            memo[id(parsed)] = entry
        results = entry[1]
        if func in results:
            return results[func]  # type: ignore[return-value]
        value = func(parsed)
        results[func] = value
        return value

    return cached


# A lean tokenizer: spaCy's multilingual affix rules (emoji, units, dozens of scripts) cost
# ~0.4 ms per e-mail, an order of magnitude more than everything else we do with the text.
# These few rules split what matters for bag-of-words features and phrase matching:
# punctuation around words, list separators ("Node/React", "A + B"), hyphenated compounds.
LEAN_PREFIX_RE = re.compile(r"""^[\[\({"'“‘«<*¿¡#~_-]""")
LEAN_SUFFIX_RE = re.compile(r"""(?:[\])}"'”’»>.,;:!?*_%…-]|'s|’s)$""")
LEAN_INFIX_RE = re.compile(
    r"""[/+·|,;:!?()\[\]"“”]|(?<=[^\W\d_])[-–.](?=[^\W\d_]{2})|(?<=\w)['’](?=\w)"""
)


def lean_tokenizer(nlp: Language) -> Tokenizer:
    from spacy.tokenizer import Tokenizer

    return Tokenizer(
        nlp.vocab,
        prefix_search=LEAN_PREFIX_RE.search,
        suffix_search=LEAN_SUFFIX_RE.search,
        infix_finditer=LEAN_INFIX_RE.finditer,
    )


def blank_pipeline() -> Language:
    """A blank multilingual pipeline with the lean tokenizer (no components)."""
    import spacy
    from thinc.api import Config

    # Built with an empty tokenizer, not the multilingual one that the lean one replaces:
    # its affix rules take ~0.1 s to compile. The config still names spaCy's tokenizer, as
    # a plain spacy.blank("xx") does, so a pipeline saved from this one loads anywhere.
    nlp = spacy.blank("xx", config=empty_tokenizer_config())
    config = nlp.config
    config["nlp"]["tokenizer"] = {"@tokenizers": SPACY_TOKENIZER}
    # The override put "nlp" first; spacy.blank puts it after "paths" and "system".
    head = {key: config[key] for key in ("paths", "system", "nlp") if key in config}
    nlp.config = Config(head | dict(config))
    nlp.tokenizer = lean_tokenizer(nlp)
    return nlp


EMPTY_TOKENIZER = "mailbot.EmptyTokenizer.v1"
SPACY_TOKENIZER = "spacy.Tokenizer.v1"  # what the configs of our pipelines name


def empty_tokenizer_config() -> dict[str, dict[str, dict[str, str]]]:
    """A config override that builds a pipeline with a tokenizer without rules, for one
    whose tokenizer is replaced at once (a saved one loaded from disk, the lean one)."""
    from spacy.util import registry

    if EMPTY_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer_factory)
    return {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


def _empty_tokenizer_factory() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


CV_NAME_RE = re.compile(
    r"(?:\bcv\b|resum[eé]|curr[ií]cul|lebenslauf|\bvitae\b|profile|perfil)", re.IGNORECASE
)
DOCUMENT_TYPES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt")
DOCUMENT_CONTENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/msword",
    }
)


def detect_cv(attachments: tuple[Attachment, ...] | list[Attachment]) -> Attachment | None:
    """The attachment that looks like a CV: a document named like one, else any PDF/DOCX."""
    documents = [
        a
        for a in attachments
        if a.filename.lower().endswith(DOCUMENT_TYPES) or a.content_type in DOCUMENT_CONTENT_TYPES
    ]
    for attachment in documents:
        if CV_NAME_RE.search(attachment.filename):
            return attachment
    for attachment in documents:
        if not attachment.filename.lower().endswith(".txt"):
            return attachment
    return None


# An attribution line or header block marks real quoted history ("On Fri, X wrote:",
# "-----Original Message-----", "From: ..."). A short `>` block without one is the sender's
# own text formatted as a quote: a profile card ("> LI: linkedin.com/in/...").
ATTRIBUTION_RE = re.compile(
    r"(?:wrote|escreveu|escribió|schrieb|a écrit|ha scritto)\s*:|"
    r"^\W*(?:from|de|von|da|expéditeur|remitente|envoyé|sent|gesendet|enviado)\s*:|"
    r"-{3,}\s*(?:original|ursprüngliche|mensagem original|mensaje original|message d)",
    re.IGNORECASE | re.MULTILINE,
)
ATTRIBUTION_FOLDED_RE = on_folded(ATTRIBUTION_RE)
MAX_OWN_QUOTE_CHARS = 1000
QUOTE_MARK_RE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


@per_message
def own_signature(parsed: ParsedMessage) -> str:
    """The signature, cut at an attribution line: quoted history sometimes ends up in it."""
    match = ATTRIBUTION_FOLDED_RE.search(folded(parsed.signature))
    return parsed.signature[: match.start()].rstrip() if match else parsed.signature


@per_message
def own_quoted_block(parsed: ParsedMessage) -> str:
    """The quoted part when it is the sender's own card rather than quoted history, else ""."""
    quoted = parsed.quoted_text
    if (
        not quoted
        or len(quoted) > MAX_OWN_QUOTE_CHARS
        or ATTRIBUTION_FOLDED_RE.search(folded(quoted))
    ):
        return ""
    return QUOTE_MARK_RE.sub("", quoted).strip()


# What the sender wrote: read by the models, the gate and extraction alike.


@per_message
def own_text(parsed: ParsedMessage) -> str:
    """The sender's own words: new text, signature and a forwarded part, never quotes."""
    parts = [parsed.new_text, own_quoted_block(parsed), own_signature(parsed)]
    if parsed.forwarded_text:
        parts.append(parsed.forwarded_text[:4000])
    return "\n".join(p for p in parts if p)


REPLY_SUBJECT_RE = re.compile(
    r"^\s*(?:re|fwd?|aw|wg|res|enc|tr|rv|sv|vs|antw)\s*(?:\[\d+\])?\s*:", re.IGNORECASE
)


@per_message
def sender_text(parsed: ParsedMessage) -> str:
    """Subject (unless a reply's) + the sender's own words: what extraction and cues read."""
    return f"{own_subject(parsed)}\n{own_text(parsed)}"


def own_subject(parsed: ParsedMessage) -> str:
    """The subject when the sender wrote it; "" for a reply, whose subject is the newsletter's."""
    if REPLY_SUBJECT_RE.match(parsed.subject):
        return ""
    return parsed.subject


FORWARD_HEADER_LINE_RE = re.compile(
    r"^[ \t]*[*_]*(?:from|von|de|da|date|datum|data|fecha|subject|betreff|assunto|asunto|"
    r"objet|to|an|para|à|cc|sent|enviado|gesendet|envoyé)[*_]*[ \t]*:.*$|^-{3,}.*-{3,}$",
    re.IGNORECASE | re.MULTILINE,
)


def strip_subject_prefixes(subject: str) -> str:
    return SUBJECT_PREFIX_RE.sub("", subject).strip()


def header_tokens(parsed: ParsedMessage, verdict: SafetyVerdict | None) -> list[str]:
    """Synthetic tokens for facts in headers and structure (they never occur in prose)."""
    tokens: list[str] = []
    # One pass over the headers: each value is the first of its name, as parsed.header's.
    first: dict[str, str] = {}
    has_list = has_autoreply = False
    for name, value in parsed.headers:
        first.setdefault(name, value)
        has_list = has_list or name.startswith("list-")
        has_autoreply = has_autoreply or name.startswith(
            ("x-autoreply", "x-autorespond", "x-auto-response")
        )
    auto_submitted = (first.get("auto-submitted") or "").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        tokens.append("__hdr_autosubmitted__")
    if has_list:
        tokens.append("__hdr_list__")
    precedence = (first.get("precedence") or "").strip().lower()
    if precedence in {"bulk", "list", "junk", "auto_reply"}:
        tokens.append("__hdr_bulk__")
    if has_autoreply:
        tokens.append("__hdr_autoreply__")
    if (
        first.get("x-failed-recipients") is not None
        or parsed.content_type.startswith("multipart/report")
        or any(a.content_type in DSN_TYPES for a in parsed.attachments)
    ):
        tokens.append("__bounce_ct__")
    spam_flag = (first.get("x-spam-flag") or first.get("x-spam-status") or "").lower()
    if spam_flag.strip().startswith("yes"):
        tokens.append("__hdr_spam__")
    if first.get("feedback-id") is not None:
        tokens.append("__hdr_feedback_id__")
    if parsed.html_only:
        tokens.append("__html_only__")
    if any(
        a.content_type == "application/pdf" or a.filename.lower().endswith(".pdf")
        for a in parsed.attachments
    ):
        tokens.append("__has_pdf__")
    if any(a.filename.lower().endswith((".docx", ".doc", ".odt")) for a in parsed.attachments):
        tokens.append("__has_doc__")
    if parsed.forwarded_text:
        tokens.append("__forwarded__")
    if verdict is not None:
        if verdict.relayed:
            tokens.append("__relay__")
        if verdict.is_machine:
            tokens.append("__machine__")
    if parsed.in_reply_to or parsed.references:
        tokens.append("__is_reply__")
    if not parsed.new_text.strip():
        tokens.append("__empty_body__")
    return tokens


def content_tokens(text: str) -> list[str]:
    """Tokens for things the tokenizer would split into noise (URLs, money)."""
    tokens: list[str] = []
    low = folded(text)
    # The hints are plain strings: in folded text, IGNORECASE is a substring test.
    if "linkedin.com/in/" in low:
        tokens.append("__linkedin_url__")
    if "github.com/" in low:
        tokens.append("__github_url__")
    if has_money_hint(text):
        tokens.append("__money__")
    return tokens


MONEY_HINT_FOLDED_RE = on_folded(MONEY_HINT_RE)
# Without a currency sign, MONEY_HINT_RE can only find an amount with a multiplier or one of
# the currency codes.
NUMBER_HINT_RE = re.compile(r"\d\s?(?:k|mil)\b")
CURRENCY_CODE_HINT_RE = re.compile(r"\b(?:usd|eur|brl|gbp)\b")
CURRENCY_CODES = ("usd", "eur", "brl", "gbp")


def has_money_hint(text: str) -> bool:
    """MONEY_HINT_RE.search(text), fast: the pattern searches only text with a currency sign
    ("$", "€", "£"; "R$" has one too); without, an amount with a multiplier or a currency
    code is all it can find, and a code is only checked where its letters occur."""
    low = folded(text)
    if "$" in text or "€" in text or "£" in text:
        return MONEY_HINT_FOLDED_RE.search(low) is not None
    if NUMBER_HINT_RE.search(low):
        return True
    return any(
        CURRENCY_CODE_HINT_RE.match(low, at)
        for code in CURRENCY_CODES
        for at in occurrences(low, code)
    )


# Whole words of 6+ letters (not parts of __synthetic__ tokens), cut to their first 5.
LONG_WORD_RE = re.compile(r"(?<!\w)([^\W\d_]{5})[^\W\d_]+(?!\w)")


def normalise_for_model(text: str) -> str:
    """Lower-case and cut long words to 5 letters: a crude stemmer for five languages.

    Measured on three corpus seeds, this ties plain lower-casing on macro-F1 and beats
    case-sensitive text; it also merges inflections the training data never showed
    ("precisamos"/"precisa", "buscamos"/"buscando") and makes the model smaller and faster.
    """
    return LONG_WORD_RE.sub(_first_group, text.lower())


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def model_text(parsed: ParsedMessage, verdict: SafetyVerdict | None) -> str:
    """The bounded text the model classifies; see the module docstring for what goes in."""
    return normalise_for_model(readable_model_text(parsed, verdict))


def readable_model_text(parsed: ParsedMessage, verdict: SafetyVerdict | None) -> str:
    """model_text before normalisation, for people reading what the model saw."""
    subject = strip_subject_prefixes(parsed.subject)[:MAX_SUBJECT_CHARS]
    new_text = parsed.new_text[:MAX_NEW_TEXT_CHARS]
    card = own_quoted_block(parsed)
    if card:
        new_text = f"{new_text}\n{card}"
    signature = own_signature(parsed)[:MAX_SIGNATURE_CHARS]
    own = f"{new_text}\n{signature}"
    parts = [" ".join(header_tokens(parsed, verdict) + content_tokens(own)), subject]
    # URLs are kept only as the hint tokens above: their hashed pieces overfit.
    parts.append(without_blobs(without_links(new_text)))
    if signature:
        parts.append(without_links(signature))
    names = [a.filename for a in parsed.attachments if a.filename]
    if names:
        parts.append("__attachment__ " + " ".join(names[:5]))
    cv = detect_cv(parsed.attachments)
    if cv is not None and cv.text:
        parts.append("__cv__ " + without_links(cv.text[:MAX_CV_CHARS]))
    if parsed.forwarded_text:
        parts.append("__fwd__ " + forwarded_excerpt(parsed))
    return "\n".join(part for part in parts if part)


LINK_FOLDED_RE = on_folded(LINK_RE)
# Every link holds one of these, and no whitespace.
LINK_ANCHOR_RE = re.compile(r"://|www\.|linkedin\.com/|github\.com/")


def without_links(text: str) -> str:
    """LINK_RE.sub(" __url__ ", text), searching only the words that hold a link's anchor."""
    low = folded(text)
    anchors = [match.start() for match in LINK_ANCHOR_RE.finditer(low)]
    if not anchors:
        return text
    return replace_matches(text, finditer_in_chunks(LINK_FOLDED_RE, low, anchors), " __url__ ")


def without_blobs(text: str) -> str:
    """`text` without encoded-data lines (see ENCODED_LINE_RE)."""
    return ENCODED_LINE_RE.sub("", text)


def forwarded_excerpt(parsed: ParsedMessage) -> str:
    """The head of a forwarded message's body, without its From/Date/Subject/To block.

    The header block is the same whatever was forwarded (a client's request, an invoice
    dispute): its names, dates and labels only taught the model who forwards what.
    """
    head = parsed.forwarded_text[: 4 * MAX_FORWARDED_CHARS]
    body = without_blobs(FORWARD_HEADER_LINE_RE.sub("", head))
    return body.strip()[:MAX_FORWARDED_CHARS]


def need_model_text(parsed: ParsedMessage) -> str:
    """What the need model reads: the sender's own words, normalised like model_text."""
    return normalise_for_model(sender_text(parsed)[:MAX_NEW_TEXT_CHARS])
