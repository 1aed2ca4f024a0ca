"""Speech verbs that also name an act, and what follows them when they do ("declared independence", "claimed
victory", "expressed frustration", "the Senate confirmed the nominations"): no statement. `NOT_SPEECH_AFTER` maps a
cue to the pattern that, matched right after it, makes it an act; the attribution walk (attribution.py) skips it.
"""

from __future__ import annotations

import re

from statements.extraction.cues import ADDED_TO, PERSON_ROLE_NOUNS, trie_pattern

# Speech verbs that also name an act, and what follows them when they do.
_DECLARED_ACT = re.compile(
    r"\s+(?:its\s+|their\s+)?(?:independence|war|martial\s+law|a\s+state\s+of\s+emergency|victory|sovereignty)\b"
)
# "expressed frustration with …": a feeling the reporter describes, not something said
_FEELING = re.compile(
    r"\s+(?:(?:his|her|their|its|some|deep|growing|great)\s+)?(?:frustration|anger|disappointment|sadness|dismay|"
    r"outrage|shock|surprise|exasperation|irritation|annoyance|joy|delight|relief|gratitude|sympathy|condolences|"
    r"satisfaction|pride|happiness)\b"
)
# Speech verbs that also name an act in campaign news: "claimed victory", "adding to his lead", "maintains a lead"
_WON = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:victory|victories|win|wins|seat|seats|"
                  r"title|titles|prize|delegates|nomination|lead|scalp|scalps|crown|medal|medals|trophy|record)\b"
                  r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|should)\b)")  # ("claimed the record was …")
# "the Senate confirmed the nominations of …", "confirmed Peter Orszag to be director": a vote, not a confirmation
_CONFIRMED_BY_VOTE = re.compile(
    r"(?!\s+that\b)\s+(?:[^,;“”\"]{0,40}?\s)?(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:nominations?|"
    r"nominees?|appointments?)\b|\s+(?:[A-Z][\w’'.-]+\s+){1,4}to\s+(?:be|lead|head|serve|become|run)\b")
# "added to his lead", "These messages add some level of urgency", "added a new feature": a thing added, no words
# "maintains a lead", "maintains her lead", "maintained above-average costs", "maintained 24-hour pickets": kept, not
# said ("maintained that …", "his innocence" are)
_HELD = re.compile(r"\s+(?!that\b|innocence\b|(?:his|her|their|its)\s+(?:innocence|position|stance|views?|belief|claim|"
                   r"account|version)\b)[a-z\d]")
_TOPIC_ONLY = re.compile(r"(?!\s+(?:how|what|why|when|where|who|whether)\b)(?![^.;:!?]*?(?:\bas\b|[“\"‘]))")
_THING_WRITTEN = re.compile(r"\s+(?:about\s|(?:his|her|their|its|the|a|an|some|several|many|dozens\s+of)\s+)"
                            r"(?!(?:[\w’'-]+\s+){0,6}?(?:saying|calling|urging|asking|warning|accusing)\b)")
_POSTED_ABOUT = re.compile(r"\s+(?:(?:on|to)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w.’'-]+\s+){1,3})?"
                           r"about\s+(?!(?:how|what|why|whether|who)\b)")
_DISPUTED = re.compile(r"\s+(?:over|about)\s+(?:why|how|what|whether|who)\b")
_GUEST_WELCOMED = re.compile(
    r"\s+(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*(?![’'])|the\s+(?:[a-z-]+\s+){0,2}(?:"
    + trie_pattern(PERSON_ROLE_NOUNS) + r"))"
    r"(?:\s+and\s+(?:his|her|their)\s+\w+)?(?:,\s+(?:[A-Z][\w’'-]*\s*){1,3})?,?"
    r"\s+(?:to|at|in|into|on)\s+(?:(?:the|a|an|his|her|their|its)\s|[A-Z])")
_RESPONDED_ACT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:to|within|with(?!\s+an?\s)|in\s+kind|by)\b")  # (not "with a sigh")
_CITED = re.compile(r"\s+(?:by|as|in|for)\b")  # "an official cited by the paper", "cited for speeding"
# "Paul Triolo, who advises companies on China policy": counsel given, not words reported (but "advised travellers
# to stay away", "advised that the border was closed")
_COUNSEL = re.compile(r"\s+\w(?![^,;:.“”\"]*\b(?:to|that|against)\b)")
# "In a statement read by his spokesperson, Guterres said", "read out on national television": a reading
_READING = re.compile(r"\s+(?:out|by|on|aloud|at|to)\b")
# "labelled the ceremony a “massive failure”" names with words of the speaker's; "labelled the boxes", "a brand
# dubbed Nova": a thing named, no words quoted
_NAMED_WITHOUT_QUOTE = re.compile(r"(?![^.;:!?]*?[“\"])")
NOT_SPEECH_AFTER = {
    **dict.fromkeys("branded brands labelled labeled labels dubbed dubs".split(), _NAMED_WITHOUT_QUOTE),
    "declared": _DECLARED_ACT,
    "declares": _DECLARED_ACT,
    "protested": re.compile(r"\s+(?:in|outside|near|at|on\s+the\s+streets|through)\b"),
    "asking": re.compile(r"(?!(?:\s+[\w’'-]+){1,4}?\s+to\s)"),  # "asking parents to …"; not "asking Berlin for arms"
    "cited": _CITED, "cites": _CITED,
    "advises": _COUNSEL, "advised": _COUNSEL,
    "read": _READING, "reads": _READING,
    "expressed": _FEELING,
    "expresses": _FEELING,
    "voiced": _FEELING,
    "claimed": _WON, "claims": _WON, "claiming": _WON, "claim": _WON,
    "confirmed": _CONFIRMED_BY_VOTE, "confirms": _CONFIRMED_BY_VOTE, "confirm": _CONFIRMED_BY_VOTE,
    "adding": ADDED_TO, "added": ADDED_TO, "adds": ADDED_TO, "add": ADDED_TO,
    "maintains": _HELD, "maintained": _HELD, "maintaining": _HELD,
    "thanks": re.compile(r"\s+(?:(?:in\s+)?(?:large\s+|small\s+)?part\s+|largely\s+|partly\s+|mostly\s+)?to\b"),
    # "did not respond to requests for comment", "responded to the report with a statement": no words given
    # ("responded within hours", "responded angrily to", "responded with fury": an act)
    "responded": _RESPONDED_ACT, "responds": _RESPONDED_ACT,
    # "banks accused of helping …", "firms alleged to have supplied …": a passive describing a noun, nobody speaks
    "accused": re.compile(r"\s+of\b"), "alleged": re.compile(r"\s+to\s+(?:be|have)\b"),
    "replied": re.compile(r"\s+to\b"), "replies": re.compile(r"\s+to\b"),
    # "is regularly called on by tribes": asked for help, not speaking
    "called on": re.compile(r"\s+by\b"), "called upon": re.compile(r"\s+by\b"),
    # "attributed to an unnamed official", "the quote was attributed to him": the reporter's attribution
    "attributed": re.compile(r"\s+to\b"),
    # "described his attempt to …", "described it during the Q&A": a topic told, no content; but "described the
    # attack as …", "described how …", "described the meeting as “productive”"
    "described": _TOPIC_ONLY, "describes": _TOPIC_ONLY,
    # "wrote his own title", "wrote the programs": a thing made; but "wrote that …", "wrote: “…”", "wrote in a
    # post"
    "wrote": _THING_WRITTEN, "writes": _THING_WRITTEN,
    # "posted on X about the stance of his party": a topic, no words given; but "posted on X that …"
    "posted": _POSTED_ABOUT, "posts": _POSTED_ABOUT,
    # "welcomed Zelenskyy and his wife, Olena Zelenska at the White House": a host's welcome; but "welcomed the
    # decision", "welcomed Biden's visit"
    "welcomed": _GUEST_WELCOMED, "welcomes": _GUEST_WELCOMED,
    # "Cafeteria staff reported to their assignments": went to work; but "reported to police that …"
    "reported": re.compile(r"\s+(?:back\s+)?to\s+(?:their|his|her|its|the)?\s*(?:assignments?|posts?|work|duty|"
                           r"stations?|jobs?|units?|bases?|school|class|camp)\b"),
    "argued": _DISPUTED, "argue": _DISPUTED, "argues": _DISPUTED,  # "Experts have argued over why."
    # "questioning how many companies would …": doubt said aloud; not "questioning the suspect"
    "questioning": re.compile(r"\s+(?!(?:how|why|whether|if|what|the\s+(?:wisdom|need|logic|timing|decision|"
                              r"legality|fairness)\b))"),
    # "Microsoft assessed the fee on direct emissions": a charge, not a judgement ("assessed that", "assessed it as")
    "assessed": _TOPIC_ONLY, "assesses": _TOPIC_ONLY,
    # "1,500 pledged delegates": the delegates bound to a candidate in campaign news, not a pledge
    "pledged": re.compile(r"\s+(?:and\s+un[a-z]+\s+)?(?:super)?delegates\b"),
    "went on": re.compile(r"\s+to\s+(?!say|add|tell|note|warn|argue|claim|insist|describe|call|accuse)"),
    # "explained the delay by saying: …": the participle reports the words, "the delay by" is no content
    "explained": re.compile(r"(?:\s+[\w’'-]+){1,4}?\s+by\s+(?:saying|noting|arguing|telling|pointing)\b"),
}
