"""Text normalisation rules shared by extraction, speaker matching, fingerprints and search.

Pure Python, no Django: the extraction package and the search backends import it too.
"""

import re
import unicodedata
from functools import lru_cache

# Characters that are invisible in print but break word matching: zero-width space/joiners,
# word joiner, BOM, soft hyphen, bidi marks and overrides.
INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)
# C0/C1 control characters other than tab and newline: PostgreSQL rejects NUL, XML (Atom) rejects the rest.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NON_WORD = re.compile(r"[^\w]+")


def strip_invisible(text: str) -> str:
    return text.translate(INVISIBLE)


def remove_control_characters(text: str) -> str:
    """Same length as the input (controls become spaces) so offsets into the text stay valid."""
    return CONTROL.sub(" ", text.replace("\r\n", " \n").replace("\r", "\n"))


def fold(text: str) -> str:
    """Case- and accent-insensitive form of `text`: 'Vučić' and 'Vucic' fold alike."""
    decomposed = unicodedata.normalize("NFKD", strip_invisible(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise_name(text: str) -> str:
    """Key for comparing names and quote texts: folded, punctuation dropped, spaces collapsed."""
    return _NON_WORD.sub(" ", fold(text)).replace("_", " ").strip()


# -- a person's identity: the same person however the article spells them ------------------------------

# Honorifics and titles written before a name; the person is the same with or without them ("Dr. Anthony
# Fauci", "Sen. Elizabeth Warren", "Taoiseach Micheal Martin"). Role nouns that are also surnames (Marshall,
# King) are left out: only words that never begin a person's name here.
NAME_TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady madam monsieur mme mlle herr frau rev reverend fr
    father sister brother sheikh sheik imam rabbi bishop archbishop cardinal pope patriarch hon honourable
    honorable excellency his her majesty highness president vice prime minister premier chancellor
    secretary general gen lt col maj brig adm sgt capt cmdr cpl pvt gov governor sen senator rep representative
    congressman congresswoman mayor judge justice attorney ambassador envoy commissioner chairman chairwoman
    chair director detective det inspector adv advocate superintendent supt chief officer sheriff deputy supervisor
    councillor councilman councilwoman alderman assemblyman assemblywoman minister taoiseach tanaiste
    crown prince princess king queen emir duke duchess
    """.split()
)
# Styles that make one name a full identity: a monarch's, royal's or religious leader's with a given name ("Prince
# Harry", "Queen Elizabeth II", "Pope Francis", "Emir Tamim", "Sheikh Hasina") and a peer's with a surname or title
# ("Lord Cameron", "Baroness Hale"). "Sir Keir", "Dr. Fauci" are short forms of a name, not identities.
NAME_STYLES = frozenset(
    "king queen prince princess pope emir sultan sheikh sheikha emperor empress lord lady baron baroness".split()
)
# A peerage style is a full identity too: "the Duchess of Sussex", "Meghan, Duchess of Sussex", "Prince of Wales".
_PEERAGE_STYLES = r"(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness|Prince|Princess)"
PEERAGE = re.compile(
    rf"(?:(?P<given>[A-Z][\w’'-]+),?\s+)?(?P<style>{_PEERAGE_STYLES}\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# What every PEERAGE match holds: a text without it has no peerage, and scanning for it is many times faster
# than scanning with PEERAGE (which tries every capitalised word as a given name).
PEERAGE_STYLE = re.compile(rf"{_PEERAGE_STYLES}\s+of\s")


def peerage_name(text: str) -> str | None:
    """The name of a peerage style, written as the style or "Given, Style" ("Meghan, Duchess of Sussex"), when
    `text` is one; else None."""
    text = text.strip().removesuffix("’s").removesuffix("'s")
    match = PEERAGE.fullmatch(text[4:] if text.lower().startswith("the ") else text)
    if match is None:
        return None
    given = match["given"]
    return f"{given}, {match['style']}" if given and given.lower() != "the" else match["style"]


_REGNAL = re.compile(r"[ivxl]+")  # "Pope Benedict XVI": a regnal number, after a royal style only ("Di Li")
# Generational and honorary suffixes: "Martin Luther King Jr." is Martin Luther King.
# A capital letter in a name, for regular expressions ("[{CAPITAL}]"): English's, and those of the names news writes
# with Latin-1, Latin Extended-A and Vietnamese letters ("Šefčovič", "İbrahim Kalın", "Émile", "Ș", "HÀ NỘI"); the
# Extended ranges also hold small letters, which never open a word of English text.
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſȘȚḀ-ỿ"
NAME_SUFFIXES = frozenset("jr junior sr senior ii iii iv v esq phd md qc kc mp".split())
# Romanisations of one name differ in a few letter groups (Zelensky/Zelenskyy/Zelenskiy, Dmitry/Dmitri/
# Dmitriy, Aleksandr/Alexander, Sergei/Sergey); each word is brought to one spelling, applied in order.
_TRANSLITERATION = (
    (re.compile(r"ks"), "x"),
    (re.compile(r"(?<=[a-z])(?:yy|iy|ii|yi|ij)$"), "y"),
    (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])i$"), "y"),
    (re.compile(r"(?<=[aeo])y$"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"(?<=[a-z])ndr$"), "nder"),
    (re.compile(r"dzh"), "j"),
)


# South Slavic surnames in -ić: "Vučić" folds to "vucic", and is written "Vucich", "Vuchich" (č and ć as "ch")
_SLAVIC_IC = re.compile(r"ich?$")
# Arabic names: the article of a surname ("al-Dbeibah", "el-Sisi") is written or left out, and "Abdul Hamid" is
# written "Abdulhamid"
_ARABIC_ARTICLES = frozenset({"al", "el"})
_ABD = frozenset({"abdul", "abdel", "abd"})


@lru_cache(maxsize=16384)
def spelling_key(word: str) -> str:
    """One romanisation of a folded name word: 'zelenskyy', 'zelenskiy' → 'zelensky'; 'vuchich', 'vucich' → 'vucic';
    'fitso' (Fico, romanised from Ukrainian) → 'fico'."""
    for pattern, replacement in _TRANSLITERATION:
        word = pattern.sub(replacement, word)
    if _SLAVIC_IC.search(word):
        word = word[:-1].replace("ch", "c") + word[-1] if word.endswith("ic") else word[:-3].replace("ch", "c") + "ic"
    return _TS_BETWEEN_VOWELS.sub("c", word)


_TS_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])ts(?=[aeiou])")  # Ukrainian and Russian "ts" for c: Fitso, Fico


@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    """The identity of a person's name: normalised (normalise_name), titles and honorifics before it, middle
    initials and suffixes after it dropped, each word in one romanisation. "Dr. Anthony S. Fauci Jr." and
    "Anthony Fauci" have the same key; so have "Volodymyr Zelenskyy" and "Volodymyr Zelensky". Memoised: the
    extractor keys the same few names of an article over and over, each word through seven regexes."""
    words = normalise_name(name).split()
    style = ""
    while len(words) > 1 and words[0] in NAME_TITLES:
        style = words.pop(0)
    while len(words) > 1 and (words[-1] in NAME_SUFFIXES or style in NAME_STYLES and _REGNAL.fullmatch(words[-1])):
        words.pop()
    if len(words) == 1 and style in NAME_STYLES:
        words.insert(0, style)  # "King Charles III" is "king charles", "Lord Cameron" "lord cameron"; "Dr. Fauci" stays "fauci"
    # initials: single letters other than the first word ("J. Smith" keeps its J. only when nothing else is left)
    kept = [word for index, word in enumerate(words) if len(word) > 1 or index == 0]
    if len(kept) > 1 and len(kept[0]) == 1:
        kept = kept[1:]
    last = len(kept) - 1
    kept = [word for index, word in enumerate(kept) if index in (0, last) or word not in _ARABIC_ARTICLES]
    joined: list[str] = []
    for word in kept:  # "abdul hamid" → "abdulhamid"
        if joined and joined[-1] in _ABD:
            joined[-1] += word
        else:
            joined.append(word)
    return " ".join(spelling_key(word) for word in joined)


def paragraph_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraph holding body[start:end] begins and ends: the one rule for "the paragraph a
    statement is in". A cleaned body separates paragraphs with blank lines and has no line break inside
    one, so the lines around the span are its paragraph (a body typed with single line breaks included)."""
    left = body.rfind("\n", 0, start) + 1
    right = body.find("\n", end)
    return left, len(body) if right < 0 else right


def paragraph_of(body: str, start: int, end: int) -> str:
    left, right = paragraph_span(body, start, end)
    return body[left:right]


# A sentence ends at . ! ? or … (closing quote marks and brackets kept with it) before a space and a
# capital, digit or opening quote; abbreviations such as "Mr." or "Gen." end no sentence.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’»)\]]*(?=\s+[“\"‘«(\[]?[A-Z0-9À-ÖØ-Þ])")
# Abbreviations written with a full stop that ends no sentence, titles first ("Govs. Jeb Bush and Chris Christie");
# extraction's sentence splitter (statements/extraction/sentences.py) reads them too, with its own longer tail.
ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Gen Lt Col Sen Sens Rep Reps Gov Govs Prof Capt Maj Sgt Adm Jr Sr Rev Hon No vs Jan Feb Mar Apr "
    "Aug Sep Sept Oct Nov Dec Inc Ltd Co Corp".split()
)
_ABBREVIATION = re.compile(r"(?:\b(?:" + "|".join(ABBREVIATIONS) + r"|U\.S|U\.N|U\.K|E\.U)|\b[A-Z])\.$")


def sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence(s) holding body[start:end] begin and end, inside its paragraph: the frame a
    statement is shown and cited with when extraction gave none (older rows). The one sentence rule
    outside extraction (which splits on quote-masked text and stores its own sentence)."""
    left, right = paragraph_span(body, start, end)
    sentence_start, sentence_end = left, right
    for match in _SENTENCE_END.finditer(body, left, right):
        if _ABBREVIATION.search(body, left, match.start() + 1):
            continue
        if match.end() <= start:
            sentence_start = match.end()
        elif match.end() >= end:
            sentence_end = match.end()
            break
    while sentence_start < start and body[sentence_start].isspace():
        sentence_start += 1
    return sentence_start, sentence_end


def sentence_of(body: str, start: int, end: int) -> str:
    if start is None or end is None or not 0 <= start < end <= len(body):
        return ""
    left, right = sentence_span(body, start, end)
    return body[left:right].strip()


def trim_fragment(text: str) -> str:
    """A stored span as it reads on its own: spaces collapsed, and the comma, semicolon or colon where
    the article's sentence went on ("…dangerous," he said) dropped."""
    return " ".join(text.split()).rstrip(",;:– ")
