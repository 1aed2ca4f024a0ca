"""Where the reported content of a speech act begins and ends (the archive's convention: a statement's text is
what was said, never the speaker or the cue): *Peskov said on Monday that* [*Russia expects …*], *the Kremlin
called for* [*calm in the region*] *after Azerbaijan launched …*, [*Moscow welcomes all efforts*]*, Peskov said.*

Works on the masked sentence (quote contents hidden), so a "that" inside a quote never moves a boundary.
"""

from __future__ import annotations

import re

from statements.extraction.cues import HABITS_OF_SPEECH, NEWS_OUTLET_NAMES, TOLD
from statements.extraction.quotes import word_count

_OUTLETS = "|".join(re.escape(name) for name in sorted(NEWS_OUTLET_NAMES, key=len, reverse=True))
# What may stand between a cue and its "that": a time, place, channel or audience, never a clause of its own.
# "said on Monday that", "told reporters in Moscow that", "said in a statement on Wednesday that",
# "assured Aliyev that", "wrote on Telegram that".
# (not the pronoun "that" as the clause's subject: "said that was a natural part of running")
_THAT = re.compile(r",?\s+that,?\s+(?!(?:was|is|were|are|wasn[’']t|isn[’']t|would|will|could|has|had)\b)")
# "rejected that claim.": "that" and one noun are the object, not a clause (which needs a subject and a verb)
_DEMONSTRATIVE = re.compile(r",?\s+that\s+[a-z]+\s*[.!?]")
_TAIL_WORDS = frozenset(
    """in at on during to after before with from via through by over late earlier later afterward afterwards this last
    again also further once repeatedly publicly yesterday today tonight separately previously recently a an the his
    her its their only statement news conference briefing interview press release televised speech address post
    posts social media video message meeting session call phone telephone week weekend month year morning afternoon
    evening night monday tuesday wednesday thursday friday saturday sunday of and reporters journalists too written
    joint brief emailed letter email e-mail note memo website site page blog account feed podcast programme program
    show broadcast channel newsletter however though nevertheless nonetheless moreover meanwhile instead without
    evidence proof offering providing any overnight several many two three times twice
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
    october november december""".split()  # ("said Oct. 3 that", "said overnight that")
)
_OBJECT_WORDS = frozenset("him her them us me reporters journalists lawmakers parliament".split())
_MAX_TAIL = 12  # ("told a joint news conference with his Egyptian counterpart Badr Abdelatty in Cairo that")
_SETTING_OPENERS = frozenset("in at on via through during after before when while following posted published issued "
                              "released carried broadcast aired here".split())  # ("said here on Sunday that": PTI, APP)
_PLACE_PREPOSITIONS = frozenset("in on at to via from".split())
_QUOTED_TITLE = re.compile(r"[“\"]~+[”\"]")
_AUDIENCE_OPENERS = frozenset("the a an his her their its our him them us me reporters journalists investigators".split())
_NOT_OBJECT = frozenset("is was were are had has have would will could should did that which who".split())


# A demonstrative object and at most an adverbial, then the sentence's end: "said that more than once", "has said so"
_BACK_REFERENCE = re.compile(r"(?:that|this|so|it)(?:\s+(?:more\s+than\s+once|before|repeatedly|again|often|"
                             r"many\s+times|in\s+the\s+past|publicly|too|as\s+well|for\s+years|himself|herself|"
                             r"themselves))*\s*[.!?]"
                             # "who said this while speaking with journalists", "He said this to reporters after …"
                             r"|this\s+(?:while|when|to|at|during|after|before|in\s+(?:an?\s+)?(?:interview|address|"
                             r"speech))\b")


# Words opening an aside on how the source spoke, between the cue and "that"
_ASIDE_OPENERS = frozenset("citing quoting without speaking briefing declining requesting asking as according".split())


def _that_after_tail(masked: str, cue: str, position: int, limit: int) -> int | None:
    """The content start after "<tail> that" when only a tail stands between the cue and "that"."""
    found = _THAT.search(masked, position - 1 if position else 0, min(limit, position + 120))
    if found is None or _DEMONSTRATIVE.match(masked, found.start(), limit):
        return None
    tail = masked[position : found.start()]
    aside = tail.find(", ")
    opener = tail[aside + 2 :].split()[:1] if aside >= 0 else tail.split()[:1]
    if masked[found.start()] == "," and opener and opener[0] in _ASIDE_OPENERS and (
            len(tail[: max(aside, 0)].split()) <= 8):
        # "reported, citing government sources, that", "said, without elaborating, that", "told reporters on a
        # call, speaking on condition of anonymity, that": how the source spoke, between commas, then the content
        return found.end() if found.end() < limit else None
    words = tail.replace(",", " ").split()
    setting = bool(words) and words[0].lower() in _SETTING_OPENERS
    # (a setting may name its channel in full: "in a statement carried by the Korean Central News Agency (KCNA) that")
    if len(words) > _MAX_TAIL + (4 if setting else 0):
        return None
    # (commas only in a list: "in a posting to authors, illustrators and agents that")
    if setting and ("," not in tail or re.search(
            r"\s(?:and|or)\s", tail[tail.rfind(",") :]) and "," not in tail[tail.rfind(",") + 1 :].rstrip(",")):
        return found.end() if found.end() < limit else None  # "said in a statement after the recording became public that"
    objects = cue.lower() in _TELL or cue.lower() in _OBJECTS
    # "pledged to the board in July that", "admitted to investigators that": "to" and an audience, not "to cut taxes"
    audience = len(words) > 1 and words[0] == "to" and (words[1].lower() in _AUDIENCE_OPENERS or words[1][:1].isupper())
    for word in words:
        low = word.lower().strip(".")
        if low in _TAIL_WORDS or low.isdigit() or (objects and (low in _OBJECT_WORDS or word[:1].isupper())):
            continue
        if low.endswith("ly") and word.islower() and len(low) > 4:
            continue  # "acknowledge privately that", "reported just today that": an adverb of the speech act
        if (cue.lower() in _TELL or audience) and low not in _NOT_OBJECT:
            continue  # "told his Ukrainian counterpart on Wednesday that"
        if word[:1].isupper() and any(w.lower() in _PLACE_PREPOSITIONS for w in words[: words.index(word)]):
            continue  # "in Moscow", "on Telegram", "to TASS", "Sunday on NBC's"
        if _QUOTED_TITLE.fullmatch(word) and any(w[:1].isupper() for w in words[: words.index(word)]):
            continue  # "on NBC's “Meet the Press” that": a programme's or paper's quoted name
        return None
    return found.end() if found.end() < limit else None


# The audience or channel of "told" without a "that": "told reporters the talks had stalled".
_AUDIENCE = re.compile(
    rf"\s*(?:reporters|journalists|the\s+press|lawmakers|parliament|(?:the\s+)?(?:pollsters|interviewers)"
    rf"|(?:the\s+)?(?:{_OUTLETS}))"
    r"(?:\s+(?:on|in|at)\s+(?:[A-Z][\w’'-]*|the\s+\w+|a\s+\w+(?:\s+\w+)?))?\s+(?=[^\s,;:.])"
)
# "told supporters he would win", "assured his audience he will …", "told Fox News he had no plans": an audience of a
# few words, then a clause opened by a subject pronoun
# "told TechCrunch the models …", "told The Associated Press the talks …": a named audience, then a clause opening
# with a determiner or a pronoun
_NAMED_AUDIENCE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4}(?:(?:program|programme|show)\s+)?"  # ("the ABC's Insiders program")
    r"(?=(?:the|a|an|his|her|its|their|this|these|those|it|he|she|they|we"
    r"|there|no|some|many|most|all)\s)")
_AUDIENCE_THEN_CLAUSE = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+"
    r"(?=(?:he|she|they|we|I)\s+[a-z]|(?:it|there)\s+(?:[a-z]+[’'][a-z]+|would|will|was|were|is|are|had|has|have"
    r"|could|should|can|did|does|do|must|might|may|[a-z]+ed)\b)"  # (a personal pronoun then any verb: "told me she grew")
)
_PRONOUN_AUDIENCE = re.compile(r"(?:me|us|him|her|them)\s+")
# "told me the company had laid off …", "told council members the package would …", "told the jury the money was
# …": a pronoun or a short audience, then a clause whose subject opens with a determiner ("her" left out: "told her
# mother …")
_SHORT_AUDIENCE_THEN_CLAUSE = re.compile(
    r"(?:me|us|him|them|(?:[a-z]+\s+){0,2}[a-z]+s|the\s+[a-z]+)\s+"
    r"(?=(?:the|a|an|his|their|its|this|these|those)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:was|were|is|are|had|has|have|would|will|could|should|did|can|may|might|must|[a-z]+ed)\b)")
# "told me Hanoi was under watch": a pronoun audience, then a clause whose subject is a name
_PRONOUN_THEN_NAMED = re.compile(r"(?:me|us|him|them)\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
                                 r"(?:was|were|is|are|had|has|have|would|will|could|should|did|can|may|might|must)\b)")
# "told his supporters, “…”": the audience, then the quote; the quote alone is what was said.
_AUDIENCE_THEN_QUOTE = re.compile(r"(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s*(?=[“\"«])")
# "said of Varga, “…”", "said about the plan: “…”": the topic, then the quote; an adverb too.
_TOPIC_THEN_QUOTE = re.compile(
    r"(?:(?:of|about)\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+|[a-z]+ly|(?:at|in)\s+(?:one|some)\s+point)"
    r"[,:]?\s*(?=[“\"«])"
)  # also "said simply, “No.”", "said at one point, “…”"
# "asked the mayor how …", "told the inspectors why …": the addressee, then the question or account
_ADDRESSEE_THEN_QUESTION = re.compile(
    r"(?:(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w’'-]+\s+){1,3}?(?=(?:how|why|what|when|where|whether)\s)")
_ASKS_OR_TELLS = TOLD | {"asked", "asks"}
_FEELING_THAT = re.compile(r"(?:(?:his|her|their|its|some|deep|great|the)\s+)?[a-z]+\s+that\s+")  # ("the hope that")
_TELL = TOLD | frozenset(
    "telling informed informs assured assures assuring reassured reassures reassuring reminded reminds instructed "
    "instructs".split())
_NAMING_CUES = frozenset("described describes dismissed dismisses branded brands labelled labeled termed".split())
_OBJECTS = frozenset("warned warns urged urges assured assures reassured reassures reminded reminds informed".split())
# Verbs whose content is their object, not a clause ("called for calm", "condemned the killing"): narration
# starts at a subordinate clause with its own subject ("… after Azerbaijan launched an operation").
_CLAUSE_CUES = frozenset(
    """said says say saying told tells telling added adds adding noted notes noting stressed stresses stressing
    warned warns warning claimed claims claiming insisted insists insisting argued argues arguing explained
    explains explaining recalled recalls recalling announced announces announcing confirmed confirms
    confirming indicated indicates indicating wrote writes writing tweeted tweeting posted suggested suggests
    acknowledged acknowledges admitted admits emphasized emphasised emphasizes emphasises underlined
    underscored reiterated reported replied responded answered asserted asserts declared declares stated
    maintained maintains predicted countered retorted observed remarked according revealed reveals hinted hints
    ruled rules state states stated contended contends conceded concedes speculated speculates forecast
    forecasts projected projects posited posits signals acknowledging admitting conceding predicting suggesting
    asserting contending maintaining highlighting revealing reckoned reckons surmised surmises counters""".split()
) | frozenset(HABITS_OF_SPEECH
)
_NARRATION_AFTER_OBJECT = re.compile(
    r"\s(?:after|before|when|while|as|since|following|amid|during)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
    r"\s+(?:[a-z]+ed|launched|began|said|was|were|had|has|is)\b"
    # "calling him a “nice guy” and he didn’t mention Kasich": a clause with its own subject after the object
    # "called out X for alienating voters, which he believes will …": a relative clause on the object, narrated
    r"|,\s(?:which|in\s+which|where)\s"
    r"|,?\s(?:and|but)\s+(?:he|she|they|we)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|n[’']t)?\b"
    # "called for the resignation of the governor, but his battles with Harlan have drawn …": a clause of its own
    r"|,\s+but\s+(?:his|her|their|its|the)\s+"
    # "branded the Met Police “institutionally racist” and the commissioner faced criticism": after the quoted words,
    # a clause with a subject of its own
    r"|(?<=[”\"])\s+(?:and|but)\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+\s+"
    r"(?:[a-z]{2,}ed|was|were|had|has|is|are|will|would)\b"
)
# Where and when the speech act took place, closing the sentence: "at an emergency session of the UN Security
# Council on Sunday", "during a press conference in Yerevan".
_SETTING_AT_END = re.compile(
    r"\s(?:at|during|in|on|after|following|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:session|meeting|conference|summit|briefing|rally|ceremony|hearing|interview|speech|call|visit|address|forum"
    r"|show|program|programme|broadcast|podcast|post|statement|video|message|letter|tweet)"  # ("… in a post on X")
    r"\b[^,;:~“”\"]*$"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "said Tuesday, “…”", "said at a rally in Iowa, “…”", "wrote on Twitter, “…”": when and where, then the quote,
# which alone is what was said.
# The prepositions that open where or when something was said
_SETTING = "on|in|at|during|after|before|while|from|via"
_SETTING_THEN_QUOTE = re.compile(
    rf"(?:(?:{_SETTING}|to|late|early|earlier|last|this)\s+[^,;:~“”\"]{{1,60}}?"
    rf"|(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
    # "joked, smiling, “…”", "joked, again using an exaggerated accent, “…”": how the speaker spoke
    r"|(?:(?:again|still|then)\s+)?[a-z]{2,}ing(?:\s+[^,;:~“”\"]{1,50}?)?),\s*(?=[“\"«])"
)
# "said during a taping of a town hall meeting in Buffalo, New York, that …": a setting, then the clause
_SETTING_THEN_THAT = re.compile(rf"(?:{_SETTING})\s+[^;:~“”\"]{{1,100}}?,\s+that\s+")
_DAY_THEN_FOR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+for\s+")
_WHEN = re.compile(
    rf"(?:(?:(?:on|late|early|earlier|last|this)\s+)?(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?!\s+(?:was|is|will|would|has|had|could)\b)"  # "said Monday he …", not "said Monday was the best day"
    rf"|(?:on|late|early|earlier|last|this)\s+(?:week|month|year)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|in\s+a\s+statement|in\s+an\s+interview"
    # "said last night he would …", "said at the weekend …"
    r"|(?:last|this)\s+(?:night|morning|afternoon|evening)|overnight|earlier\s+today|(?:at|over)\s+the\s+weekend"
    # "said in Hoklo she was …", "said in Moscow it would …": a language or a place, then a clause of its own
    r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s+(?:he|she|they|we|I|it)\s))\s+(?=[^\s,.;:])"
)
# A lead-in before the content: "During the talks,", "On Sunday,", "Turning to Kosovo,".
_INTRODUCTION = re.compile(  # (not "At least three people were killed, …": a count opens the content)
    r"(?!At\s+(?:least|most)\b)"
    r"(?:[A-Z][a-z]+ing|In|On|At|During|After|Before|Following|Earlier|Later|Meanwhile|Separately|Still|Also|"
    r"Then|Now|Today|Yesterday)\b[^,;:~“”\"]{0,60},\s+"
)


def content_after_cue(masked: str, cue: str, cue_end: int, limit: int) -> int:
    """The first character of the content a cue ending at `cue_end` introduces (before `limit`)."""
    position = cue_end
    while position < limit and masked[position] in " \t,:":
        position += 1
    if _BACK_REFERENCE.match(masked, position, limit):
        return limit  # "Donald Trump has said that more than once.": what he said is before, nothing here
    if cue.lower() in ("called on", "calls on") and (day := _DAY_THEN_FOR.match(masked, position, limit)):
        return day.end()  # "The CGT called on Monday for an inquiry": "called … for", a day between
    if cue.lower() in _NAMING_CUES and masked.startswith("as ", position):
        return position + 3  # "which he described as “…”": the naming, not the word "as"
    if cue.lower() in ("expressed", "expresses", "expressing", "voiced"):
        feeling = _FEELING_THAT.match(masked, position, limit)
        if feeling is not None:
            return feeling.end()  # "expressed amusement that X …": the clause is what was said
    topic = _TOPIC_THEN_QUOTE.match(masked, position, limit) or _SETTING_THEN_QUOTE.match(masked, position, limit)
    if topic is not None:
        return topic.end()
    setting = _SETTING_THEN_THAT.match(masked, position, limit) if masked.find(", that ", position, limit) > 0 else None
    if setting is not None and not cue.lower().startswith("according"):
        return setting.end()
    after_that = _that_after_tail(masked, cue, position, limit)
    if after_that is not None:
        return after_that
    # (not after "according to X,": "this morning an attack was made" is the sentence's own time)
    when = None if cue.lower().startswith("according") else _WHEN.match(masked, position, limit)
    if when is not None and when.end() < limit:
        position = when.end()  # "The Kremlin said on Monday it was worried …"
    if cue.lower() in _ASKS_OR_TELLS:
        question = _ADDRESSEE_THEN_QUESTION.match(masked, position, limit)
        if question is not None:
            return question.end()  # "asked the mayor how …", "told the inspectors how …": the question is the content
    if cue.lower() in _TELL:
        audience = (_AUDIENCE.match(masked, position, limit) or _AUDIENCE_THEN_QUOTE.match(masked, position, limit)
                    or _AUDIENCE_THEN_CLAUSE.match(masked, position, limit)
                    or _SHORT_AUDIENCE_THEN_CLAUSE.match(masked, position, limit)
                    or _NAMED_AUDIENCE.match(masked, position, limit)
                    or _PRONOUN_THEN_NAMED.match(masked, position, limit))
        pronoun = _PRONOUN_AUDIENCE.match(masked, position, limit) if audience is None else None
        if pronoun is not None:  # "tells me at her family's cellar in Rech, “…”"
            audience = _SETTING_THEN_QUOTE.match(masked, pronoun.end(), limit)
        if audience is not None:
            return audience.end()
    if cue.lower() in ("asked", "asks"):
        addressee = _AUDIENCE_THEN_QUOTE.match(masked, position, limit)  # "a reporter asked Varga, “…?”"
        if addressee is not None:
            return addressee.end()
    return position


def reports_clause(cue: str) -> bool:
    """Whether a cue reports a clause ("said", "warned"), not an object ("blamed X", "called for calm")."""
    return cue.lower() in _CLAUSE_CUES


def object_end(masked: str, cue: str, content_start: int, content_end: int) -> int:
    """Where the object of a non-clause cue ends ("called for calm in X after Azerbaijan launched …", "condemned the
    offensive at an emergency session of the Council on Sunday")."""
    if reports_clause(cue) or masked[content_start - 5 : content_start].strip() == "that":
        return content_end
    setting = _SETTING_AT_END.search(masked, content_start, content_end)
    if setting is not None and setting.start() > content_start:
        content_end = setting.start()
    found = _NARRATION_AFTER_OBJECT.search(masked, content_start, content_end)
    return found.start() if found is not None else content_end


def after_introduction(masked: str, start: int, end: int) -> int:
    """Skip a short lead-in phrase ("During the talks, ") opening a sentence whose content comes first."""
    found = _INTRODUCTION.match(masked, start, end)
    return found.end() if found is not None and found.end() < end else start


def says_nothing(content: str, cue: str) -> bool:
    """Whether the words after a cue report nothing: "told reporters [on Monday.]", "said [nothing about the deal]",
    "announced [this at a press conference.]", "told [The Associated Press.]"."""
    if word_count(content) < 2:
        return not _one_word_object(content, cue)
    if cue.lower() in ("claims", "claimed", "claim") and _TERRITORY.match(content):
        return True  # "China claims almost all of the South China Sea": a territory claimed, nothing said
    return (_ONLY_SETTING.fullmatch(content) is not None
            or _NOTHING_SAID.match(content) is not None or _ONLY_POINTER.fullmatch(content) is not None
            or cue.lower() in TOLD and (_ONLY_AUDIENCE.fullmatch(content) is not None
                                                      or _only_addressee(content)))


# What a state claims as its own, not a claim it makes: "almost all of the South China Sea", "the Paracel Islands",
# "and calls the Diaoyu" ("which China claims and calls …": the object was the relative pronoun)
_TERRITORY = re.compile(r"\s*(?:and\s|(?:(?:almost|nearly|virtually|most|much|all|part|parts|sovereignty)\s+"
                        r"(?:of\s+|over\s+)?)*"
                        r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+|[a-z]+\s+){0,4}(?:Sea|Seas|Islands?|Islets?|Reef|Shoal|Strait|"
                        r"Peninsula|territory|territories|region|land|lands|waters|sovereignty)\b[^,;:~“”\"]*$)")


def is_object_content(content: str, cue: str) -> bool:
    """A short object that is a whole statement: "and called for [dialogue]", "and urged [a ceasefire]" (not
    "and demanded [to speak]")."""
    return (cue.lower().split()[0] in _OBJECT_CUES and not content.lstrip().startswith("to ")
            and not says_nothing(content, cue))


def _one_word_object(content: str, cue: str) -> bool:
    """"called for [restraint]", "urged [calm]", "condemned [violence]": one abstract noun is what a government
    asks for or condemns (not "denied [this]", "said [so]", "urged [him]")."""
    word = content.strip().rstrip(".!?").lower()
    return (cue.lower().split()[0] in _OBJECT_CUES and len(word) > 3 and word.replace("-", "").isalpha()
            and content.strip()[:1].islower() and word not in _NOT_AN_OBJECT and not word.endswith("ly"))


# cues whose object alone is a statement ("called for calm", "urged restraint", "condemned terrorism")
_OBJECT_CUES = frozenset("""called calls calling urged urges urging condemned condemns condemning demanded demands
    demanding welcomed welcomes welcoming pledged pledges pledging appealed appeals pressed presses advocated
    advocates denounced denounces rejected rejects stressed stresses denied denies threatened threatens
    questioned""".split())
_NOT_AN_OBJECT = frozenset("""this that these those them everything nothing something anything everyone nobody
    himself herself themselves itself otherwise again""".split())


def _only_addressee(content: str) -> bool:
    """"told the court.", "told a news conference in Geneva.": whom the speaker told, and nothing told."""
    words = _SETTING_TAIL.sub("", content).rstrip(".!? ").split()
    return 2 <= len(words) <= 4 and words[0].lower() in _DETERMINERS and not any(
        word.lower() in _CLAUSE_WORDS or word.lower().endswith("ed") for word in words[1:])


_DETERMINERS = frozenset("the a an his her their its".split())
# words that open or make a clause ("told the court it lied"), so the words are more than an addressee
_CLAUSE_WORDS = frozenset("""i you he she it we they him them me us this that these those there was were is are be been
    had has have would will could should can may might must did do does not""".split())
_SETTING_TAIL = re.compile(r"\s+(?:on|in|at|during|after|before|via|by)\s+[^,;:~“”\"]{1,40}$")


# "has said little about his plans", "said nothing about the deal": no content was reported
_NOTHING_SAID = re.compile(r"(?:little|nothing|very\s+little)(?:\s+(?:about|on|of|else|more|publicly)\b|\W*$)")
_ONLY_SETTING = re.compile(r"(?:on|in|at|during|last|this|from|(?:late|early)(?=\s+(?:on|in|this|next|last|today|"
                           r"tonight|yesterday|morning|afternoon|evening|night|week|month|year|[A-Z][a-z]+day)\b))"
                           r"\s+(?:\S+\s*){1,3}[.!?]?")  # (not "called for early elections")
# "announced this at a press conference.", "confirmed it to Reuters.": a word pointing back, and its setting
_ONLY_POINTER = re.compile(r"(?:this|that|it|so|these|those)(?:\s+(?:on|in|at|during|after|before|to|with|from)\s+"
                           r"[^,;:~“”\"]{1,60})?[.!?]?")
# "told JIS News.", "told The Associated Press.": the audience alone, nothing said
_ONLY_AUDIENCE = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){1,4}[.!?]?")
