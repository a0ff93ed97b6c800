"""Vietnamese-aware text analysis shared by every search engine backend (pure functions, no Django)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "MAX_TOKEN_CHARS",
    "STOPWORDS",
    "WORD_RE",
    "AnalyzedToken",
    "Token",
    "analyze",
    "canonical",
    "damerau_levenshtein",
    "exact_form",
    "first_letter_variants",
    "fold",
    "html_to_text",
    "is_acronym",
    "is_folded",
    "keyword",
    "nfc",
    "normalize_tone_placement",
    "tokenize",
]

# Tokens longer than this are noise (hashes, base64, run-on URLs); engines reject very long terms anyway.
MAX_TOKEN_CHARS = 60

# Vietnamese tone marks as combining characters (NFD): huyền, sắc, ngã, hỏi, nặng.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Vowel-quality marks: circumflex (â ê ô), breve (ă), horn (ơ ư). They decide where the tone goes.
_QUALITY_MARKS = frozenset("\u0302\u0306\u031b")
_VOWELS = frozenset("aeiouy")
# Single final consonants plus the digraph finals (ch, ng, nh) all start with one of these letters.
_FINAL_CONSONANT_STARTS = frozenset("cmnpt")

# A word is a run of letters/digits; "_" is excluded so snake_case splits like other punctuation.
_WORD_RE = WORD_RE = re.compile(r"[^\W_]+")
# Letters only, used to find the words whose tone mark may need moving.
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")

# Small, deliberately conservative list used only where noise words hurt (more-like-this term
# selection); query matching never drops words because Vietnamese syllables are short and meaningful.
STOPWORDS = frozenset(
    {
        # Vietnamese function words
        "và", "của", "các", "là", "có", "cho", "được", "trong", "với", "những", "một", "này", "để",
        "không", "đã", "sẽ", "đang", "thì", "mà", "như", "khi", "từ", "theo", "về", "tại", "do",
        "nên", "cũng", "rất", "lại", "ra", "vào", "hay", "hoặc", "nhưng", "bị", "bởi", "vì", "nếu",
        "đến", "trên", "dưới", "sau", "trước", "nhiều", "đó", "ở", "thể", "việc",
        # English function words
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of",
        "on", "or", "that", "the", "to", "was", "with",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the input with its character offsets (into the NFC text) and ordinal position."""

    text: str
    start: int
    end: int
    position: int


@dataclass(frozen=True, slots=True)
class AnalyzedToken:
    """A token in its three searchable forms: as typed (NFC), exact (accented, lower) and folded."""

    surface: str
    exact: str
    folded: str
    position: int


_TAG_RE = re.compile(r"<[^>]*>")
_BLOCK_END_RE = re.compile(r"</(p|div|li|h[1-6]|blockquote|pre|tr|td|th)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Plain text of sanitised HTML (rendered Markdown, rich text): tags dropped, entities decoded, block
    ends kept as line breaks so words of two paragraphs never run together."""
    if not markup:
        return ""
    import html

    text = _TAG_RE.sub("", _BLOCK_END_RE.sub("\n", markup))
    return "\n".join(line.strip() for line in html.unescape(text).splitlines() if line.strip())


def nfc(text: str) -> str:
    """Compose ``text`` to NFC; pasted Vietnamese often arrives decomposed (NFD)."""
    return unicodedata.normalize("NFC", text)


def _retone_word(word: str) -> str:
    """Move the tone mark of one Vietnamese syllable onto its canonical vowel (classic placement).

    Both placements are in everyday use ("hòa"/"hoà", "thủy"/"thuỷ"); we canonicalise to the
    classic one, which the official province names use ("Thanh Hóa", "Khánh Hòa"). Words that do
    not look like a single Vietnamese syllable (foreign words such as "café") are returned as is.
    """
    decomposed = unicodedata.normalize("NFD", word)
    letters: list[tuple[str, list[str]]] = []
    tone: str | None = None
    for char in decomposed:
        if unicodedata.combining(char):
            if char in _TONE_MARKS:
                if tone is not None and tone != char:
                    return word  # two different tones: not a Vietnamese syllable
                tone = char
            elif letters:
                letters[-1][1].append(char)
            else:
                return word  # a stray mark with no base letter
        else:
            letters.append((char, []))
    if tone is None:
        return word

    lowered = [base.lower() for base, _ in letters]
    vowel_idx = [i for i, base in enumerate(lowered) if base in _VOWELS]
    if not vowel_idx or vowel_idx[-1] - vowel_idx[0] + 1 != len(vowel_idx):
        return word  # no vowel, or vowels in several groups: not one syllable
    # "qu" and "gi" are consonants when another vowel follows (quý, giữa); "gì" keeps its i.
    if (
        len(vowel_idx) > 1
        and vowel_idx[0] == 1
        and ((lowered[0] == "q" and lowered[1] == "u") or (lowered[0] == "g" and lowered[1] == "i"))
    ):
        vowel_idx = vowel_idx[1:]
    if len(vowel_idx) > 3:
        return word

    qualified = [i for i in vowel_idx if _QUALITY_MARKS.intersection(letters[i][1])]
    if qualified:
        target = qualified[-1]  # ươ takes the tone on ơ (người); otherwise the only marked vowel
    elif len(vowel_idx) == 3:
        target = vowel_idx[1]  # oai, oay, uya, uyu: the middle vowel (khoái, khuỷu)
    elif len(vowel_idx) == 2:
        has_final = vowel_idx[-1] + 1 < len(lowered) and lowered[vowel_idx[-1] + 1] in _FINAL_CONSONANT_STARTS
        # Closed syllables put the tone on the second vowel (hoàng, toán); open ones on the first
        # in the classic placement (hòa, thủy, múa, tài).
        target = vowel_idx[1] if has_final else vowel_idx[0]
    else:
        target = vowel_idx[0]

    rebuilt = []
    for i, (base, marks) in enumerate(letters):
        # Quality marks before the tone: "ấ" is a + circumflex + acute, in that order.
        rebuilt.append(base + "".join(marks) + (tone if i == target else ""))
    return unicodedata.normalize("NFC", "".join(rebuilt))


def normalize_tone_placement(text: str) -> str:
    """Return ``text`` (NFC) with every syllable's tone mark on its canonical vowel.

    >>> normalize_tone_placement("hoà thuỷ Thanh Hoá") == normalize_tone_placement("hòa thủy Thanh Hóa")
    True
    """
    return _LETTER_RUN_RE.sub(lambda m: _retone_cached(m.group(0)), nfc(text))


@lru_cache(maxsize=65536)
def _retone_cached(word: str) -> str:
    # Vietnamese has only a few thousand distinct syllables, so caching makes analysis cheap.
    return _retone_word(word)


def canonical(text: str) -> str:
    """NFC with canonical tone placement, case preserved: the form to display or group by."""
    return normalize_tone_placement(text).strip()


def exact_form(text: str) -> str:
    """The accented matching form: NFC, canonical tone placement, lower case."""
    return normalize_tone_placement(text).lower()


def fold(text: str) -> str:
    """Strip every diacritic and map đ→d, then lower-case: "Đà Nẵng" → "da nang".

    đ/Đ have no Unicode decomposition, so removing combining marks alone would leave them.
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).lower()


def keyword(text: str) -> str:
    """Normalise a whole value for keyword equality (filters): exact form, whitespace collapsed."""
    return " ".join(exact_form(text).split())


def is_folded(text: str) -> bool:
    """True when ``text`` carries no diacritics (the user typed it without accents)."""
    return fold(text) == text.lower()


def is_acronym(surface: str) -> bool:
    """True for all-capitals words of two or more letters ("AI", "CĐS", "UBND")."""
    return len(surface) >= 2 and surface.isupper() and surface.isalpha()


def tokenize(text: str) -> list[Token]:
    """Split NFC ``text`` into words, keeping offsets into the NFC string for highlighting."""
    text = nfc(text)
    tokens = []
    position = 0
    for match in _WORD_RE.finditer(text):
        word = match.group(0)
        if len(word) > MAX_TOKEN_CHARS:
            continue
        tokens.append(Token(word, match.start(), match.end(), position))
        position += 1
    return tokens


def _analyze_iter(text: str) -> Iterator[AnalyzedToken]:
    for token in tokenize(text):
        surface = _retone_cached(token.text) if token.text.isalpha() else normalize_tone_placement(token.text)
        exact = surface.lower()
        yield AnalyzedToken(surface=surface, exact=exact, folded=fold(exact), position=token.position)


def analyze(text: str) -> list[AnalyzedToken]:
    """Tokenize and normalise ``text`` into exact and folded forms, in order."""
    return list(_analyze_iter(text))


def damerau_levenshtein(a: str, b: str, limit: int | None = None) -> int:
    """Optimal-string-alignment edit distance; returns ``limit + 1`` early once it is exceeded."""
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if limit is not None and min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=64)
def first_letter_variants(letter: str) -> tuple[str, ...]:
    """Every lower-case letter that folds to ``letter`` ("d" → ("d", "đ"); "a" → à, ắ, ậ …)."""
    letter = fold(letter)[:1]
    if not letter:
        return ()
    variants = {letter}
    # Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional hold every Vietnamese letter.
    for block_start, block_end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(block_start, block_end + 1):
            char = chr(code)
            marks = set(unicodedata.normalize("NFD", char)[1:])
            # Only Vietnamese letters: base letter plus tone and/or vowel-quality marks (or đ).
            if (
                char.islower()
                and fold(char) == letter
                and (char == "đ" or marks <= _TONE_MARKS | _QUALITY_MARKS)
            ):
                variants.add(char)
    return tuple(sorted(variants))


# Every Vietnamese letter by its base: a → a à á ả ã ạ ă ằ … â ầ …; d → d đ.
_SAME_BASE = {
    base: tuple(
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in forms
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    )
    for base, forms in {
        "a": ("a", "a\u0306", "a\u0302"),
        "e": ("e", "e\u0302"),
        "i": ("i",),
        "o": ("o", "o\u0302", "o\u031b"),
        "u": ("u", "u\u031b"),
        "y": ("y",),
    }.items()
}
_SAME_BASE["d"] = ("d", "đ")


def accent_variants(word: str) -> list[str]:
    """Exact forms one letter's diacritics away from ``word`` (lower case, canonical tone placement).

    A wrong or missing tone or vowel mark on one letter ("mình" → "minh", "tủ" → "tử", "dien" → "điện"
    is two letters, so not here), and d ↔ đ. The caller keeps the ones its index knows.
    """
    word = exact_form(word)
    if not word.isalpha() or len(word) > 12:
        return []
    variants = []
    for position, char in enumerate(word):
        for other in _SAME_BASE.get(fold(char), ()):
            if other != char:
                variants.append(_retone_cached(word[:position] + other + word[position + 1 :]))
    return [v for v in dict.fromkeys(variants) if v != word]


# Telex (aa, aw, dd, ow, uw, tone letters s f r x j) and VNI (a6, a8, d9, o7, tone digits 1-5) slips.
_TELEX_QUALITY = {"aa": "â", "aw": "ă", "ee": "ê", "oo": "ô", "ow": "ơ", "uw": "ư", "dd": "đ"}
_VNI_QUALITY = {"a6": "â", "a8": "ă", "e6": "ê", "o6": "ô", "o7": "ơ", "u7": "ư", "d9": "đ"}
_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VNI_TONES = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}


def _decode_keys(word: str, quality: dict[str, str], tones: dict[str, str]) -> str | None:
    out = word.replace("uow", "ươ").replace("uo7", "ươ")
    for keys, letter in quality.items():
        out = out.replace(keys, letter)
    tone = None
    letters = []
    for index, char in enumerate(out):
        # A tone key follows a vowel (or ends the word after one): "vieejt", "vie65t", "hoaf".
        if char in tones and index > 0 and tone is None and any(fold(c) in _VOWELS for c in out[:index]):
            tone = tones[char]
            continue
        letters.append(char)
    decoded = "".join(letters)
    if tone is not None:
        vowels = [i for i, c in enumerate(decoded) if fold(c) in _VOWELS]
        if not vowels:
            return None
        decoded = decoded[: vowels[-1] + 1] + tone + decoded[vowels[-1] + 1 :]
    decoded = _retone_word(nfc(decoded))
    if decoded == word or not decoded.isalpha():
        return None
    return decoded


def spelling_variants(word: str) -> list[str]:
    """Other spellings of one typed word: i ↔ y after a consonant ("lí" ↔ "lý", "kĩ" ↔ "kỹ") and the
    word decoded as a Telex or VNI slip ("thoong" → "thông", "vie65t" → "việt"). Exact forms."""
    word = exact_form(word)
    variants = []
    folded = fold(word)
    if len(folded) >= 2 and folded[-1] in "iy" and folded[-2] not in _VOWELS and word[-1].isalpha():
        last = unicodedata.normalize("NFD", word[-1])
        swapped = ("y" if last[0] == "i" else "i") + last[1:]
        variants.append(nfc(word[:-1] + swapped))
    if word.isascii() and word.isalnum() and len(word) <= 12:
        for quality, tones in ((_TELEX_QUALITY, _TELEX_TONES), (_VNI_QUALITY, _VNI_TONES)):
            decoded = _decode_keys(word, quality, tones)
            if decoded is not None:
                variants.append(decoded)
    return [v for v in dict.fromkeys(variants) if v != word]
