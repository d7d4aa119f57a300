"""The language of a sender's words (en/pt/es/de/fr), by stopword counts.

Its own module, apart from the model: the read-ahead worker guesses the language next to
the parse (classify/prepare.py) and imports no more of the classifier than this.
"""

from __future__ import annotations

import re

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "are",
            "you",
            "your",
            "i",
            "my",
            "we",
            "our",
            "to",
            "of",
            "in",
            "for",
            "with",
            "this",
            "that",
            "have",
            "be",
            "it",
            "on",
            "at",
            "as",
            "would",
            "will",
            "looking",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "é",
            "um",
            "uma",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "em",
            "no",
            "na",
            "para",
            "com",
            "que",
            "não",
            "você",
            "eu",
            "meu",
            "minha",
            "nós",
            "nosso",
            "nossa",
            "estou",
            "sou",
            "muito",
            "obrigado",
            "obrigada",
            "seu",
            "sua",
            "também",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "es",
            "un",
            "una",
            "de",
            "del",
            "en",
            "para",
            "con",
            "que",
            "no",
            "usted",
            "tu",
            "yo",
            "mi",
            "nosotros",
            "nuestro",
            "nuestra",
            "estoy",
            "soy",
            "muy",
            "gracias",
            "su",
            "también",
            "hola",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "ein",
            "eine",
            "einen",
            "ich",
            "mein",
            "meine",
            "wir",
            "unser",
            "unsere",
            "zu",
            "mit",
            "für",
            "nicht",
            "sie",
            "ihr",
            "ihre",
            "auf",
            "bin",
            "sind",
            "auch",
            "danke",
            "hallo",
            "von",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "un",
            "une",
            "de",
            "des",
            "du",
            "en",
            "pour",
            "avec",
            "que",
            "ne",
            "pas",
            "vous",
            "je",
            "mon",
            "ma",
            "nous",
            "notre",
            "suis",
            "sommes",
            "très",
            "merci",
            "bonjour",
            "votre",
            "aussi",
        ]
    ),
}
_WORD_RE = re.compile(r"[^\W\d_]+")
# Each stopword's languages ("de" is pt, es and fr), so a word is looked up once, not five times.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(language for language, words in STOPWORDS.items() if word in words)
    for word in set().union(*STOPWORDS.values())
}


def detect_language(text: str) -> str:
    """en/pt/es/de/fr by stopword counts over the first 2,000 chars; "en" when unsure."""
    counts = dict.fromkeys(STOPWORDS, 0)
    languages_of = _LANGUAGES_OF.get
    # The words are _WORD_RE's (runs of letters), found cheaply: whitespace never is in a
    # word, and a whitespace-delimited chunk of letters only is one word; other chunks go
    # through the expression.
    for chunk in text[:2000].lower().split():
        for word in (chunk,) if chunk.isalpha() else _WORD_RE.findall(chunk):
            for language in languages_of(word, ()):
                counts[language] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > 0 else "en"
