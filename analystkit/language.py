"""Language: which language an article is written in, from its function words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicons import toml_table

#: Words sampled from the start of the text; enough to be sure, cheap to count.
SAMPLE_WORDS = 250
#: At least this share of sampled words must be function words of the winner.
MIN_SHARE = 0.08
#: And at least this many: in a few words one function word shared by chance says
#: nothing ("Rent per month" is no Italian, though "per" is an Italian word), and a
#: wrong language reads "1,150" with a decimal comma.
MIN_FUNCTION_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")
#: Every ASCII character that is no letter, as a space, but digits as "0": ASCII text
#: translated with it splits on whitespace into the words _WORD finds (several times
#: faster), and a run of letters and digits stays one token with a "0" in it, no word
#: ("de4d5e6f…" of a hash, "1a" of a MAC address; left out by _words).
_ASCII_NON_LETTERS = str.maketrans({chr(c): "0" if chr(c).isdigit() else " "
                                    for c in range(128) if not _WORD.match(chr(c))})
#: The same for the bytes of UTF-8 text; the bytes of UTF-8 sequences (>= 0x80) stay.
_UTF8_NON_LETTERS = bytes(c if c >= 0x80 or _WORD.match(chr(c)) else
                          0x30 if chr(c).isdigit() else 0x20 for c in range(256))
#: Unicode ranges of the East Asian scripts, as regex character-class parts; the
#: language, claim and figure readers build their classes from these.
KANA = "\u3040-\u30ff"  # hiragana, katakana
HAN = "\u4e00-\u9fff\u3400-\u4dbf"  # CJK ideographs and extension A
HAN_COMPATIBILITY = "\uf900-\ufaff"
HANGUL_SYLLABLES = "\uac00-\ud7af"
HANGUL_JAMO = "\u1100-\u11ff\u3130-\u318f"
CJK_PUNCTUATION = "\u3000-\u303f"
#: Scripts that tell the language by themselves (first match wins: Japanese mixes
#: kana with Chinese characters). Scripts shared by many languages (Latin,
#: Cyrillic, Arabic, Devanagari) are left to the function words.
OWN_SCRIPTS = (
    ("ja", KANA),
    ("ko", HANGUL_SYLLABLES),
    ("zh", HAN),  # CJK ideographs, no kana
    ("el", "\u0370-\u03ff"),  # Greek
    ("he", "\u0590-\u05ff"),  # Hebrew
    ("th", "\u0e00-\u0e7f"),  # Thai
)
#: Share of the sample's letters in one of OWN_SCRIPTS that settles the language.
MIN_SCRIPT_SHARE = 0.3
_OWN_SCRIPT = re.compile("[" + "".join(ranges for _, ranges in OWN_SCRIPTS) + "]")
_SCRIPT_OF = tuple((language, re.compile(f"[{ranges}]")) for language, ranges in OWN_SCRIPTS)


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in toml_table("stopwords.toml").items()}


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Map each function word to its languages (a word can be in several)."""
    found: dict[str, list[str]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            found.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in found.items()}


def function_words(language: str) -> frozenset[str]:
    """Return the frequent function words of ``language`` (empty for a language not read).

    Examples
    --------
    >>> "der" in function_words("de"), "der" in function_words("fr")
    (True, False)
    """
    return _stopwords().get(language, frozenset())


def is_function_word(word: str) -> bool:
    """Return whether ``word`` is one of the frequent function words of a language read.

    Examples
    --------
    >>> is_function_word("der"), is_function_word("farmer")
    (True, False)
    """
    return word.lower() in _languages_of_word()


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None if unsure.

    Parameters
    ----------
    text : str
        Article text.

    Returns
    -------
    str or None
        ``"en"``, ``"es"``, ``"fr"``, ``"de"``, ``"pt"``, ``"it"``, ``"nl"``, ``"ru"``,
        ``"pl"``, ``"tr"`` or ``"ar"`` from
        function words, or a language its own script tells (OWN_SCRIPTS: ``"ja"``,
        ``"ko"``, ``"zh"``, ``"el"``, ``"he"``, ``"th"``); None for too little text
        (fewer than MIN_FUNCTION_WORDS function words) or a language not in
        ``data/stopwords.toml``.

    Examples
    --------
    >>> detect_language("The workers said that the plant was closed for the winter.")
    'en'
    """
    sample = text[: SAMPLE_WORDS * 12]
    if not sample.isascii():
        by_script = _language_of_script(sample)
        if by_script:
            return by_script
    words = _words(sample.lower())[:SAMPLE_WORDS]
    if len(words) < 5:
        return None
    scores = dict.fromkeys(_stopwords(), 0)
    languages_of = _languages_of_word()
    for word, count in Counter(words).items():
        for lang in languages_of.get(word, ()):
            scores[lang] += count
    best = max(scores, key=scores.get)
    if scores[best] < MIN_FUNCTION_WORDS or scores[best] < MIN_SHARE * len(words):
        return None
    return best


def _words(text: str) -> list[str]:
    """Return the words of ``text`` (what ``_WORD.findall`` returns) outside tokens with digits.

    Non-ASCII text has its few distinct non-ASCII non-letters turned into
    spaces, then its UTF-8 bytes translated as ASCII text is: faster than
    testing the Unicode category of every character.
    """
    if text.isascii():
        tokens = text.translate(_ASCII_NON_LETTERS).split()
    else:
        for char in set(text):
            if char > "\x7f" and _WORD.match(char) is None:
                text = text.replace(char, " ")
        tokens = text.encode().translate(_UTF8_NON_LETTERS).decode().split()
    # a token holding a digit is no word of any language: hashes, MAC addresses and codes
    # ("de4d5e6f…", "00:1A:2B:…") would otherwise split into letters that read as
    # function words ("de", "e", "a")
    return [token for token in tokens if "0" not in token]


def _language_of_script(sample: str) -> str | None:
    """Return the language whose own script writes most of the sample's letters, or None."""
    found = _OWN_SCRIPT.findall(sample)
    if not found:
        return None  # the common case: no letter of those scripts at all
    letters = sum(1 for c in sample if c.isalpha())
    if len(found) < MIN_SCRIPT_SHARE * letters:
        return None
    chars = "".join(found)
    for language, script in _SCRIPT_OF:
        if script.search(chars):
            return language
    return None
