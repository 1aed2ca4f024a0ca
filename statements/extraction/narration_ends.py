"""Where the narrator's words end a reported statement: the clause the narrator adds after the content ("…, while
…", "…, putting them ahead of …", "…, but declined to comment"), and the tails after a frame that tell how the source
spoke or who relays it ("…, a diplomat said, declining to be named", "…, the ministry said, according to TASS").
"""

from __future__ import annotations

import re

from statements.extraction.cues import FINITE_CUES, PARTICIPLE_CUES, PASSIVE_AT_END, trie_pattern

# "…, putting them ahead of …", "“…,” echoing commentators who …", ", escalating a trade dispute", ", quoting an
# unnamed official": the narrator's account of a consequence, or a relay, after the content or after its frame
NARRATOR_PARTICIPLES = (
    r"putting|leaving|making|giving|bringing|echoing|marking|prompting|sending|drawing|placing|capping|meaning|"
    r"setting\s+up|underscoring\s+how|escalating|deepening|heightening|intensifying|reviving|raising|fuell?ing|"
    r"stoking|sparking|triggering|renewing|dashing|adding\s+to|casting|quoting|dealing|extending|prolonging|"
    r"reversing|compounding|continuing|plunging|throwing|"
    r"referring\s+to|alluding\s+to|"  # "…, referring to the party’s July convention": the narrator's gloss
    # the market's reaction: "…, easing fears of a glut", "…, weighing on the lira", "…, lifting the yen"
    r"easing|boosting|lifting|weighing\s+on|dragging|pushing|denting|dampening"
)
# "…, the army said, shortly before midnight", "…, officials said, two days after the deadline", "…, officials said,
# the highest number this year": when it happened, or the narrator's apposition, after a frame (no content of it)
NARRATED_AFTER_FRAME = (
    r"(?:(?:shortly|just|moments|(?:a|an|one|two|three|four|five|several|some|nearly|almost|about)\s+"
    r"(?:hours?|days?|weeks?|months?|minutes?|years?)|hours|days|weeks)\s+(?:after|before|later|earlier|late|ago)\b"
    r"|the\s+(?:[a-z]+est|most|first|latest)\s)"
)
# ", in a move likely to anger Guyana", ", in the latest in a string of tests": the narrator's comment on the act
NARRATOR_COMMENT = r"in\s+(?:a|the)\s+(?:move|sign|step|bid|rare|sharp|fresh|latest)\b"
# A thing said, named again as the object of someone else's verb: "a result his challenger denounced", "a claim
# Israel denies", "something Russian officials denied"
_NARRATED_OBJECT = (r"(?:something|(?:a|an)\s+(?:[a-z-]+\s+)?(?:result|figure|step|move|claim|number|tally|count|sum|"
                    r"account|charge|decision|assessment|estimate|assertion|allegation|characteri[sz]ation|description|"
                    r"proposal|label))\s+(?:that\s+|which\s+)?")
# The same as the subject of a closing verb: no frame ("…, a figure the opposition rejected.")
NARRATED_OBJECT_OPENING = re.compile(_NARRATED_OBJECT + r"(?:[\w’'.-]+\s*){1,5}$")
# Where the narrator takes over inside a reported sentence.
_NARRATOR = re.compile(
    # (not "…, while insisting that …": the same speaker's second act, second_acts.py)
    r",\s+(?:while|whereas)\b(?!\s+(?:" + trie_pattern(PARTICIPLE_CUES) + r")\b)"
    r"|,\s+so\s+(?:maybe|perhaps)\b"  # "…, so maybe he is …": the narrator's guess
    # "…, something Russian officials denied", "…, a figure the opposition rejected", "…, a step the agency described
    # as “extreme”": what others made of it (not "which": "…, which Cambodia claims as its territory but Thailand
    # disputes" is what the source said)
    r"|(?:,|(?<=,[”\"]))\s+" + _NARRATED_OBJECT + r"(?:[\w’'.-]+\s+){1,5}?(?:[a-z]+ly\s+)?[a-z]+(?:ed|es|s)\b"
    r"|(?:,|(?<=,[”\"]))\s+" + NARRATOR_COMMENT +  # "…, in the latest in a string of takeovers"
    # "…, without giving details", "without providing evidence": the reporter's remark on the statement
    r"|,\s+without\s+(?:giving|providing|offering|citing|elaborating|presenting|specifying)\b"
    r"(?![^,;:~“”\"]{0,60},\s+that\s)"  # (but "said, without elaborating, that …": an aside before the content)
    r"|(?:,|(?<=,[”\"]))\s+as\s+"
    r"(?!well\b|much\b|long\b|soon\b|far\b|a\b|an\b|part\b|of\b|at\b|yet\b|(?:many|few|little|high|early|late)\s+as\b)"
    # (", as many as 40 Republicans opposed it", ", as of Monday, …": the content's, not the narrator's)
    r"|;\s|\s[-–—]\s"
    r"|,\s+(?:a|an)\s+[a-z]+\s+(?:[a-z]+ed|that|which|shared|echoed)\b"
    r"|(?:,|(?<=,[”\"]))\s+(?:" + NARRATOR_PARTICIPLES + r")\s"
    # "…, a day after talks in Brussels ended", "…, hours after Kurti visited": the narrator's time line
    r"|,\s+(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s"
    r"(?=[^,;:~“”\"]*?\s[a-z]{3,}ed\b)"  # (an event narrated, not the content's "until October, one month after X")
    r"|,\s+without\s+(?:naming|mentioning|identifying)\s"  # "…, without naming other member states": narrated
    # "…, in an interview with Kommersant", "…, according to a transcript", "…, repeating a position that …": where
    # and how it was said, or the narrator's note on it (not "said, in an interview, that …": an aside)
    r"|(?:,|(?<=,[”\"]))\s+(?:in|during)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:interview|remarks|comments|speech|address|op-ed|podcast|broadcast)\b(?![^,;:~“”\"]{0,60},\s+that\s)"
    r"|,\s+according\s+to\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,2}?(?:transcript|readout|recording|summary)\b"
    r"|,\s+(?:repeating|reiterating|restating)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:position|stance|view|line|call|claim|demand|pledge|argument|refrain|message)\b"
    r"|,\s+(?:in\s+)?(?:an?\s+)?(?:apparent\s+|veiled\s+|thinly\s+veiled\s+|an\s+apparent\s+)?(?:reference|nod|"
    r"allusion|swipe|dig)\s+(?:to|at)\b|,\s+a\s+(?:move|step|decision)\s+(?:that|which|[A-Z])"
    r"|,\s+(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|view|position|stance|sentiment)\b"
    # "…, a line traders took as a sign that …": how others took what was said
    r"|,\s+a\s+(?:line|remark|comment|phrase|message|signal|warning)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:took|read|saw|viewed|interpreted|seen|taken)\b"
    r"|,\s+(?:after|amid|following|even\s+as)\s|,\s+despite\s+(?![a-z]+ing\b)"
    r"|,?\s+(?:but|though|although)\s+(?:(?:he|she|it|they|the\s+[a-z]+|[A-Z][\w’'-]+)\s+)?"
    r"(?:(?:did|does|do|would|could)(?:\s+not|n[’']t)"
    # (what the speaker would not say; not "wanted peace but would not bow to threats", the content going on)
    r"\s+(?:say|give|comment|elaborate|specify|disclose|reveal|confirm|discuss|answer|provide|name|offer|detail|"
    r"explain|respond|identify|address|go\s+into|immediately|publicly|directly)"
    r"|declined|refused|gave\s+no|offered\s+no|stopped\s+short|never\s+(?:explicitly\s+|publicly\s+)?[a-z]+ed)\b"
    # "…, but the campaign refused to answer", "…, but never stated which role": the speaker's next act, narrated
    r"|,\s+where\s+(?:he|she|they|it|[a-z]+s)\s+(?:[a-z]+ed|was|were|is|are|had|has)\b"  # ", where he trailed …"
    r"|,?\s+and\s+(?:declined|refused)\s+to\s"  # "… were continuing and declined to give figures": narrated
    r"|,\s+compared\s+(?:with|to)\s"  # "…, compared with 64 percent who say …": the narrator's comparison
    # "…, and has championed an agenda …": the speaker's own next act, narrated
    r"|,\s+and\s+(?:has|have|had)\s+(?:also\s+|since\s+|long\s+)?[a-z]+(?:ed|en)\b"
    # "… “an insult,” and its members briefly walked out": after the quote, the narrator on what the speaker's people
    # did next (without a quote, "…, and its troops remained on alert" may be what was said)
    r"|(?<=,[”\"])\s+and\s+(?:its|his|her|their)\s+[a-z]+\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
    # "… of subjecting her to a smear while Sanders suggests …": a second subject's clause
    r"|\s+(?:while|whereas)\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:" + trie_pattern(FINITE_CUES) + r")\b)"
)
_DASH = re.compile(r"\s[-–—]\s")
# "the best deal for consumers — who would buy more books": a relative clause after a dash goes on with the content
_RELATIVE_AFTER_DASH = re.compile(r"(?:who|whose|which|whom)\s")
# "X called the strikes “…,” Iranian state media reported.": the relaying outlet right after a closing quote mark
RELAY_AFTER_QUOTE = re.compile(r"(?<=[”\"])\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+|(?:state|news|media)\s+){1,4}"
                               r"(?:reported|reports)\s*[.!?]?\s*$")
# "…, the ministry said, according to TASS.", "…, Dacic said, according to media reports.": who relays the frame
# (after a finite cue only)
_RELAYED_TAIL = re.compile(r",\s+(?:according\s+to|citing)\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*\s*){1,4}|"
                           r"(?:(?:local|state|foreign|news|press|media)\s+)+reports?\s*)[.!?]?\s*$")
# "…, a diplomat said, declining to be named.": how the source spoke, nothing it said
_UNSAID_TAIL = re.compile(
    r",\s+(?:declining\s+to\s+be\s+(?:named|identified)|asking\s+not\s+to\s+be\s+(?:named|identified)|"
    r"requesting\s+anonymity|speaking\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|"
    r"without\s+(?:elaborating|giving\s+(?:details|further\s+details|a\s+reason|evidence)|providing\s+"
    r"(?:details|evidence|further\s+details)|offering\s+(?:details|evidence)|further\s+comment)|"
    r"citing\s+(?:(?:a|an|two|three|several|unnamed|anonymous)\s|(?:[a-z-]+\s+)?(?:officials|sources|diplomats|"
    r"people|data|figures|documents|analysts|witnesses|residents|reports|estimates)\b))[^,;:~“”\"]*$")


# "said, as quoted by LRT, that …", "said, according to LRT, that …": the relaying outlet right after the cue
_RELAY_ASIDE = re.compile(r",\s+(?:as\s+(?:quoted|cited|reported)\s+by|according\s+to)\s[^,;:~“”\"]{1,60},")


def narration_start(masked: str, after: int, end: int) -> int:
    """Where the narrator takes over in masked[after:end] (`end` when nowhere)."""
    position = after
    while True:
        match = _NARRATOR.search(masked, position, end)
        if match is None:
            return end
        if match.group().strip() in "-–—" and _DASH.search(masked, match.end(), end):
            position = _DASH.search(masked, match.end(), end).end()
            continue  # "some 25 million people – half of the population – needed aid": an aside in dashes
        if masked.endswith("that", max(after, match.start() - 4), match.start()):
            position = match.end()
            continue  # "said that, while he is pleased, …": the clause opens the content, it ends nothing
        if match.start() <= after + 1 and _RELAY_ASIDE.match(masked, match.start(), end):
            position = _RELAY_ASIDE.match(masked, match.start(), end).end()
            continue  # "Nausėda said, as quoted by LRT, that …": who relays it, between the cue and its content
        if match.group().strip() in "-–—" and _RELATIVE_AFTER_DASH.match(masked, match.end(), end):
            position = match.end()
            continue  # "the best deal for consumers — who would buy more books": the content goes on
        return match.start()


def frame_end(masked: str, start: int, end: int, cues: list) -> int:
    """The end of masked[start:end] for the frame rules: before "…, declining to be named", "…, without
    elaborating", "…, citing a source" (how the source spoke, nothing it said) and before "…, according to TASS" after
    a finite cue (who relays the frame)."""
    tail = _UNSAID_TAIL.search(masked, start, end) or _RELAYED_TAIL.search(masked, start, end)
    if tail is not None and (tail.re is _UNSAID_TAIL or any(
            c.kind == "finite" and c.end <= tail.start() and not PASSIVE_AT_END.search(masked, start, c.start)
            for c in cues)):
        return tail.start()
    return end

# "…, officials said, with dozens more missing.": a toll's remainder after a frame, no clause of its own
TOLL_REMAINDER = (r"with\s+(?:[\w,-]+\s+){0,6}?(?:missing|injured|wounded|dead|displaced|homeless|unaccounted\s+for|"
                  r"hospitali[sz]ed|arrested|detained|trapped)\b")

# An outlet relaying a frame at the end of the sentence: "…, General Carsten Breuer announced, LRT reports." (the
# frame is the statement's; the outlet only passes it on)
RELAY_AFTER_FRAME = re.compile(
    r",?\s*(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}\s+report(?:s|ed)\s*[.!?]?\s*")
