"""A synthetic archive for benchmarks: deterministic (seeded), news-like, written with bulk inserts.

Statements are drawn from a Zipf-distributed vocabulary of diplomatic news words, with lengths like
real quotes (a few words to a long paragraph), several per article, dated over fifteen years, by
speakers who have aliases and roles, about conflicts with keywords. Article bodies hold their
statements as quoted paragraphs, so offsets, highlighting and the article page work as for real news.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from django.db import transaction

from statements.web.generation import data_changed
from statements.models import (
    Article,
    Conflict,
    Outlet,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
    Statement,
    fingerprint,
    review_priority_of,
)
from statements.text import normalise_name, person_key

# Ordered roughly by frequency in diplomatic news: the Zipf weights follow this order.
WORDS = """the to of and in that is a we for on with this will be are it not our as by have all
has its at from they was an which their Russia Armenia Azerbaijan Ukraine Kosovo Serbia security peace
talks border sides situation president minister foreign ministry government settlement process region
support cooperation dialogue agreement international forces military territory countries republic
parties negotiations position must should would can continue ready need important issue question
stability sovereignty integrity ceasefire humanitarian efforts call urge believe consider concerned
escalation tension clashes troops withdrawal demarcation delimitation peacekeepers mission mandate
sanctions aggression provocation statement contacts meeting summit visit partners allies people
civilians refugees corridor infrastructure energy economic trade transport relations history future
commitment obligations responsibility principles law charter resolution council union alliance
diplomatic political solution compromise guarantees mechanisms format mediation platform initiative
trilateral bilateral regional global strategic joint comprehensive constructive necessary possible
unacceptable dangerous serious deep firm clear strong full immediate lasting sustainable legitimate
reject condemn welcome support stress underline emphasise reiterate warn demand deny confirm announce
propose discuss resolve ensure protect guarantee restore respect violate threaten undermine provoke
Baku Yerevan Moscow Kyiv Belgrade Pristina Brussels Washington Ankara Tehran Karabakh Syunik Donbas
Crimea Mitrovica Lachin Stepanakert Geneva Vienna Minsk Istanbul Dushanbe Sochi Astana Tbilisi
partners neighbours colleagues counterparts experts observers monitors journalists reporters""".split()

FIRST_NAMES = """Dmitry Maria Sergei Nikol Ilham Armen Aleksandar Jeyhun Ararat Antony Josep Albin
Olaf Emmanuel Recep Hakan Volodymyr Dmytro Andrzej Annalena Kaja Ursula Charles Mikhail Anna Elena
Viktor Peter David Rishi Giorgia Pedro Mark Jens Antonio Hikmet Alen Ruben Tigran Zurab Irakli""".split()
SURNAMES = """Peskov Zakharova Lavrov Pashinyan Aliyev Grigoryan Vucic Bayramov Mirzoyan Blinken Borrell
Kurti Scholz Macron Erdogan Fidan Zelensky Kuleba Duda Baerbock Kallas Leyden Michel Galuzin Popova
Ivanova Orban Szijjarto Cameron Sunak Meloni Sanchez Rutte Stoltenberg Guterres Hajiyev Simonyan
Rubinyan Avinyan Kobakhidze Garibashvili Markarov Abramyan Overchuk Rudenko Shoigu Ryabkov""".split()
ROLES = ["Foreign Minister", "spokesman", "spokeswoman", "President", "Prime Minister", "Defence Minister",
         "Deputy Foreign Minister", "ambassador", "special envoy", "National Security Adviser"]
COUNTRIES = ["Russia", "Armenia", "Azerbaijan", "Ukraine", "Serbia", "Kosovo", "Türkiye", "France",
             "Germany", "United States", "European Union", "Georgia", "Iran", "United Kingdom", "Poland"]
CUES = ["said", "told reporters", "stressed", "noted", "added", "warned", "urged", "said in a statement"]
CONFLICT_NAMES = ["Armenia–Azerbaijan", "Russia–Ukraine war", "Kosovo–Serbia", "Transnistria", "Abkhazia",
                  "South Ossetia", "Cyprus", "Western Sahara", "Israel–Palestine", "Syria", "Yemen", "Libya",
                  "Sudan", "Ethiopia–Eritrea", "India–Pakistan", "Korea", "Taiwan Strait", "South China Sea",
                  "Venezuela–Guyana", "Sahel"]
START = date(2011, 1, 1)
DAYS = 15 * 365


@dataclass(frozen=True)
class CorpusSize:
    statements: int
    per_article: int = 4

    @property
    def articles(self) -> int:
        return max(1, -(-self.statements // self.per_article))

    @property
    def speakers(self) -> int:
        return max(40, self.statements // 2000)

    @property
    def outlets(self) -> int:
        return 30


def generate_corpus(
    statements: int, *, seed: int = 1, batch_size: int = 5000, progress: Callable[[int, int], None] | None = None
) -> dict[str, int]:
    """Add `statements` synthetic statements (and their articles, speakers, outlets, conflicts)."""
    rng = random.Random(seed)
    size = CorpusSize(statements)
    outlets = _outlets(rng, size.outlets, seed)
    conflicts = _conflicts(seed)
    speakers = _speakers(rng, size.speakers, seed)
    words = _zipf_sampler(rng, WORDS)
    speaker_weights = list(accumulate(1 / (rank + 1) for rank in range(len(speakers))))
    through = Statement.conflicts.through
    made = 0
    article_number = 0
    while made < statements:
        chunk = min(batch_size, statements - made)
        with transaction.atomic():
            articles, planned = [], []
            while sum(len(p) for p in planned) < chunk:
                count = min(rng.randint(1, 2 * size.per_article - 1), chunk - sum(len(p) for p in planned))
                article_number += 1
                article, parts = _article(rng, words, speakers, speaker_weights, outlets, count, seed, article_number)
                articles.append(article)
                planned.append(parts)
            Article.objects.bulk_create(articles, batch_size=1000)
            rows, tags = [], []
            for article, parts in zip(articles, planned):
                for speaker, text, start, cue, kind in parts:
                    rows.append(
                        Statement(
                            article=article, speaker=speaker, speaker_mention=speaker.name, text=text, kind=kind,
                            cue=cue, start=start, end=start + len(text), paragraph=text, said_on=article.published_on,
                            confidence=round(rng.uniform(0.5, 1.0), 2), fingerprint=fingerprint(text),
                            review_priority=review_priority_of(speaker),
                        )
                    )
                    tags.append(rng.sample(conflicts, k=rng.choice((1, 1, 1, 2))))
            Statement.objects.bulk_create(rows, batch_size=1000)
            through.objects.bulk_create(
                (through(statement_id=row.id, conflict_id=c.id) for row, cs in zip(rows, tags) for c in cs),
                batch_size=2000,
            )
        data_changed()  # bulk inserts send no signals: cached list counts must still see the new rows
        made += len(rows)
        if progress:
            progress(made, statements)
    return {"statements": made, "articles": article_number, "speakers": len(speakers), "conflicts": len(conflicts)}


def _zipf_sampler(rng: random.Random, vocabulary: list[str]) -> Callable[[int], list[str]]:
    cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    return lambda k: rng.choices(vocabulary, cum_weights=cumulative, k=k)


def _sentence(rng: random.Random, words: Callable[[int], list[str]]) -> str:
    n = max(3, min(120, int(rng.lognormvariate(3.1, 0.6))))
    drawn = words(n)
    drawn[0] = drawn[0][:1].upper() + drawn[0][1:]
    return " ".join(drawn) + "."


def _article(rng, words, speakers, speaker_weights, outlets, count, seed, number):
    published = START + timedelta(days=rng.randrange(DAYS))
    title = " ".join(words(rng.randint(5, 11))).capitalize()
    paragraphs, parts, offset = [title], [], len(title) + 2
    for _ in range(count):
        speaker = rng.choices(speakers, cum_weights=speaker_weights)[0]
        text = " ".join(_sentence(rng, words) for _ in range(rng.choice((1, 1, 2, 3))))
        cue = rng.choice(CUES)
        kind = rng.choice(("direct", "direct", "indirect", "mixed"))
        paragraph = f"\u201c{text}\u201d {speaker.name} {cue}."
        parts.append((speaker, text, offset + 1, cue, kind))
        paragraphs.append(paragraph)
        offset += len(paragraph) + 2
    body = "\n\n".join(paragraphs)
    article = Article(
        outlet=rng.choice(outlets), title=title[:500], url=f"https://example.org/synthetic/{seed}/{number}",
        published_on=published, body=body, raw_text=body, source_name=f"synthetic-{seed}-{number}",
        content_hash=Article.hash_content(f"synthetic:{seed}:{number}"),
    )
    return article, parts


def _outlets(rng: random.Random, n: int, seed: int) -> list[Outlet]:
    outlets = []
    for i in range(n):
        slug = f"synthetic-{seed}-outlet-{i}"
        outlet, _ = Outlet.objects.get_or_create(
            slug=slug, defaults={"name": f"Outlet {i} ({seed})", "domain": f"outlet{i}.example", "country": rng.choice(COUNTRIES)}
        )
        outlets.append(outlet)
    return outlets


def _conflicts(seed: int) -> list[Conflict]:
    conflicts = list(Conflict.objects.all())
    existing = {c.name for c in conflicts}
    for name in CONFLICT_NAMES:
        if name not in existing:
            slug = f"synthetic-{seed}-" + "".join(ch if ch.isalnum() else "-" for ch in name.lower())
            conflicts.append(Conflict.objects.get_or_create(slug=slug, defaults={"name": name, "keywords": name})[0])
    return conflicts


def _speakers(rng: random.Random, n: int, seed: int) -> list[Speaker]:
    speakers = []
    for i in range(n):
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        country, role = rng.choice(COUNTRIES), rng.choice(ROLES)  # drawn always, so reruns stay deterministic
        name = f"{first} {last}" if i < len(SURNAMES) else f"{first} {last}-{i}"
        speaker, created = Speaker.objects.get_or_create(
            slug=f"synthetic-{seed}-speaker-{i}",
            defaults={"name": name, "kind": "person", "country": country},
        )
        if created:
            SpeakerAlias.objects.bulk_create(
                [
                    SpeakerAlias(speaker=speaker, name=alias, normalised=normalise_name(alias), identity=person_key(alias))
                    for alias in (name, f"Mr {last}")
                ]
            )
            SpeakerRole.objects.create(speaker=speaker, title=f"{country} {role}")
        speakers.append(speaker)
    return speakers
