"""Lexicons the extractor matches against: speech verbs, role and organisation nouns, words that are
never speakers. Kept as plain data so they can be read, reviewed and extended without touching logic.

The verb list is the GGT/textacy reporting-verb core plus the diplomatic register from the
extraction notes; belief verbs (believe, think, hope, expect, fear) are left out on purpose because
they produced false positives in GGT and the gold labels do not count them.
"""

from __future__ import annotations

import re
from typing import Iterable

# Finite forms (past and 3rd person present) of verbs that report speech. The present forms double as
# nouns ("claims", "notes"), which is why a verb only counts after a valid subject (see mentions.py).
FINITE_CUES = frozenset(
    """
    said says told tells added adds noted stressed stresses emphasized emphasised emphasizes emphasises
    underlined underlines underscored underscores reiterated reiterates urged urges warned warns denied denies
    recalled recalls announced announces confirmed confirms claimed claims insisted insists argued argues
    explained explains acknowledged acknowledges admitted admits accused accuses condemned condemns rejected
    rejects welcomed welcomes promised pledged pledges vowed vows expressed expresses voiced assured assures
    reassured reassures
    asserted asserts suggested suggests proposed proposes demanded demands declared declares indicated
    indicates mentioned mentions stated wrote writes tweeted posted commented remarked observed dismissed
    dismisses criticised criticized criticises criticizes praised praises alleged alleges contended contends
    replied replies responded answered threatened threatens reaffirmed reaffirms clarified clarifies
    signalled signaled hinted cautioned cautions conceded complained complains lamented laments reminded
    reminds informed predicted predicts countered retorted objected protested appealed assessed described
    describes blamed blames thanked thanks congratulated deplored regretted regrets reads read reported reports
    called calls maintained maintains hailed hails slammed slams decried decries listed lists
    touted touts cited cites advised advises mocked mocks ridiculed ridicules lambasted lambastes
    derided derides chided chides scolded scolds notes observes remarks responds answers comments concedes
    defended defends repeated repeats likened likens attributed attributes divulged divulges
    denounced denounces rebuked rebukes refuted refutes affirmed affirms castigated disputed disputes
    instructed instructs termed reckoned reckons surmised surmises appreciated appreciates
    branded brands labelled labeled labels dubbed dubs
    """.split()
)

# Verbs that attribute a quote right after it ("“…,” Varga sighed") but report nothing on their own ("began the
# talks", "agreed a deal"): used only in a direct quote's frame.
QUOTE_ONLY_CUES = frozenset(
    """
    asked asks states concluded concludes agreed agrees testified testifies implored implores interjected interjects
    sighed sighs began begins boasted boasts quipped quips joked jokes laughed shouted yelled snapped mused wondered
    recounted continued continues offered exclaimed cried whispered muttered pleaded pleads explained chimed
    remembers remembered recounts reflected reflects laughs exclaims shouts whispers charged interrupted
    chanted barked growled scoffed cracked teased sniped fumed gushed screamed deadpanned bellowed thundered
    marveled marvelled opined ranted echoed sang sings rapped raps queried queries posed disclosed enthused averred
    counters reacted reacts exulted exults shared shares
    """.split()
)

# Verbs that report speech only with a clause after them ("estimated that …", "questioned whether …"; not "found
# the body", "accepted the award"): a cue only when "that", "whether" or "if" follows.
CLAUSE_ONLY_CUES = frozenset(
    """
    estimated estimates found finds determined determines questioned questions accepted accepts asked asks
    acknowledged acknowledges
    conceded concedes disclosed discloses testified testifies concluded concludes recalled recalls
    revealed reveals hinted hints ruled rules state states speculated speculates forecast forecasts projected
    projects signals posited posits joked jokes quipped quips boasted boasts mused muses agreed agrees
    insinuated insinuates submitted submits shouted shouts yelled yells screamed screams whispered whispers
    charged charges opined opines averred avers rued rues iterated iterates reasoned highlighted highlights
    conveyed conveys apprised requested requests guaranteed guarantees recommended recommends counters
    note confirm emphasize emphasise reiterate observe indicate declare
    """.split()  # (base forms too, only with their clause: "advocacy groups note that …", not "a 10-year note")
)

# Present plural / base forms, for plural subjects ("officials say", "diplomats warn").
BASE_CUES = frozenset(
    "say tell warn urge insist argue stress add deny accuse claim contend predict suggest acknowledge concede "
    "maintain complain admit explain allege assert caution counter".split()
)

# "In his words, such formats undermine …": the speaker is the possessive's owner ("according to him")
IN_THEIR_WORDS = {f"{opening} {owner} words": pronoun for opening in ("In", "in")
                  for owner, pronoun in (("his", "he"), ("her", "she"), ("their", "they"))}
# "“Diplomacy,” Solvang liked to say, “is …”", "he used to say that …": a habit of speech, in profiles (a clause's
# cue or a quote's)
HABITS_OF_SPEECH = ("liked to say", "likes to say", "used to say", "was fond of saying")

# Phrasal cues written with a space; matched as whole phrases before single words.
PHRASAL_FINITE_CUES = (
    "called on", "called for", "calls on", "calls for", "call on", "call for", "pointed out", "points out",
    "called upon", "calls upon", "call upon",
    "appealed for", "appeals for",
    "spoken about", "spoken of", "speaks about", "speaks of",
    "went on to say", "made clear", "made it clear", "spoke of", "spoke about", "weighed in", "said in a statement",
    "warned of", "warns of", "complained of", "complains of",  # ("The weather bureau warned of heavy rain")
    "ruled out", "rules out", "asked whether", "asks whether", "asked if", "asks if", "asked for", "asks for", "fired back", "fires back",
    "shot back", "hit back at", "hits back at", "pushed back on", "called out", "calls out",
    # "…, as revealed by Prime Minister Nikol Pashinyan": a verb that reports only a clause after it, here after one
    "as revealed by", "as disclosed by", "as acknowledged by",
    # "Security analyst Imtiaz Gul was of the view that …" (South Asian English)
    "was of the view", "is of the view", "was of the opinion", "is of the opinion",
    *HABITS_OF_SPEECH,
) + tuple(  # "He went on to suggest that …", "goes on to claim": the subject's next statement
    f"{went} on to {verb}" for went in ("went", "goes") for verb in
    sorted(BASE_CUES | {"note", "describe", "call for"}) if verb != "say"
) + tuple(  # "Clinton is continuing to insist she will …", "he continued to deny that": the subject's statement
    f"{going} to {verb}" for going in ("continues", "continued", "continue", "is continuing", "are continuing")
    # (verbs of a clause, not of an object: "continues to assert its dominance", "continued to add pressure")
    for verb in "say insist argue deny claim contend maintain warn complain allege stress predict suggest".split()
) + tuple(  # "Priebus did note that …", "she does admit that": the emphatic auxiliary and its verb, one act
    f"{do} {verb}" for do in ("did", "does") for verb in sorted(BASE_CUES | {"note", "mention", "praise", "concede"})
)

# "added to the pressure", "adding new fuel to a conflict": "add" as an act, not speech; and a quantity added ("The
# Dow added 256.81 points", "Gallinari added 25 points", "added 0.4 percent") unless a verb follows it before a comma
# ("added 30 percent were undecided")
ADDED_TO = re.compile(r"\s+(?:to\s+(?:(?:a|an|the|his|her|their|its)\s+)|(?:some|more|new|extra|value|"
                      r"weight|fuel|pressure|momentum)\b(?![^.;:]*?[“\"])"
                      r"|(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|another)\s*"
                      r"(?:%|percent|per\s+cent|"
                      r"points?|basis\s+points|rebounds|assists|goals?|runs|yards|wickets|seats|jobs)(?![\w’'-])"
                      r"(?![^.;:,]*\b(?:is|are|was|were|had|has|have|will|would|could|should)\b))")

# Participles that continue an attribution ("..., adding that"): their subject is the clause's subject.
PARTICIPLE_CUES = frozenset(
    """
    saying adding noting stressing emphasizing emphasising underlining underscoring reiterating urging warning
    denying recalling announcing confirming claiming insisting arguing explaining acknowledging admitting
    accusing condemning rejecting welcoming promising pledging vowing expressing voicing assuring asserting
    suggesting proposing demanding declaring indicating mentioning stating writing telling describing
    blaming criticising criticizing threatening reaffirming calling pointing asking interjecting defending
    clarifying insinuating hinting conceding contending alleging cautioning complaining countering predicting
    questioning singing observing tweeting revealing highlighting characterizing characterising maintaining
    lamenting dismissing protesting finding concluding holding ruling
    """.split()
)
# Participles that report only with a that-clause after them ("blocked the order, finding that …"; not "the ruling
# party", "holding talks")
CLAUSE_PARTICIPLES = frozenset("finding concluding holding ruling".split())

# The participles that make a second speaker of "with X saying …" / "X left, saying …": the clearest speech acts
# only (adding "assuring", "blaming", "defending" … there took narration for speech on the fresh golds).
SPEAKING_PARTICIPLES = PARTICIPLE_CUES & frozenset(
    "saying stressing insisting claiming arguing warning noting telling promising pledging vowing calling describing "
    "accusing urging denying dismissing asking insinuating alleging contending conceding countering cautioning "
    "complaining hinting questioning emphasizing emphasising underlining underscoring reiterating stating "
    "explaining declaring observing tweeting writing condemning criticizing criticising".split()
) | CLAUSE_PARTICIPLES

# What an unnamed source is known by, right after its head: "sources familiar with the talks", "a source privy to
# the development", "people aware of the matter" (a regex fragment, for described_people.py and mention_after.py)
SOURCE_KNOWLEDGE = (r"familiar\s+with|close\s+to|briefed\s+on|involved\s+in|with\s+(?:direct\s+)?knowledge\s+of"
                    r"|privy\s+to|aware\s+of|accredited\s+to")  # ("a diplomat accredited to the IAEA")

# A style of address before a name or a title, never a possessive: "His Highness Sheikh Mohamed", "His Excellency the
# Minister of Foreign Affairs", "Her Majesty the Queen"
STYLE_OF_ADDRESS = re.compile(r"^(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty|Eminence|Holiness)"
                              r"(?:’s|'s)?\s+(?=\S)")

# Documents others often write about a body just quoted ("Rwanda has long denied backing M23. The report also said
# …"): one the narration did not say the body issued speaks for itself, not for the last body quoted
WRITTEN_BY_OTHERS = frozenset("report reports study letter memo document documents survey analysis assessment".split())

# Verbs whose grammatical object, not subject, is the channel ("told TASS"); listed for the docs, the
# subject logic already ignores objects.
CHANNEL_VERBS = frozenset("told tells telling".split())

# Words allowed between a subject and its verb: "Peskov also said", "The Kremlin on Tuesday called".
SKIPPABLE_BEFORE_VERB = frozenset(
    """
    also further again once then later earlier previously repeatedly reportedly publicly recently separately
    subsequently specifically explicitly firmly strongly categorically flatly bluntly openly has have had
    will would could did does do too both all himself herself themselves itself only first
    initially yet just already clearly directly personally officially formally angrily sharply tersely quickly
    immediately simply likewise similarly however meanwhile nonetheless now still even later long since
    """.split()
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_ALT = "|".join(WEEKDAYS)
_FULL_MONTH_ALT = "|".join(month for month in MONTHS if len(month) > 3 or month == "may")

# Time phrases that may sit between subject and verb ("The Kremlin on Tuesday called for ...").
TIME_PHRASE_AT_END = re.compile(
    rf"(?:\b(?:on|late|early|earlier|later|last|this|on\s+the)\s+(?:{_DAY_ALT}|week|month|year|morning|afternoon|"
    rf"evening|night|weekend)(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\bon\s+(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|\b(?:in|last|early|late|earlier)\s+(?:{_FULL_MONTH_ALT})(?:\s+\d{{4}})?|\bat\s+(?:that|the)\s+time"
    rf"|\b(?:today|yesterday|tonight|earlier|later|again|also))\s*,?\s*$",
    re.IGNORECASE,
)

# Heads of the descriptions news gives unnamed sources ("a senior official", "people familiar with the matter").
UNNAMED_HEADS = frozenset(
    "official officials source sources diplomat diplomats person people aide aides insider insiders operative "
    "operatives strategist strategists staffer staffers expert experts analyst analysts critic critics observer "
    "observers resident residents witness witnesses councilmembers lawmakers activists workers doctors nurses "
    "students teachers voters prosecutors relatives researcher researchers scientist scientists economists "
    "supporters opponents organizers organisers volunteers donors delegates pollsters candidates commentators pundits "
    "citizens nationals migrants immigrants passengers customers parents families fans shoppers men women "
    "elders parishioners worshippers mourners veterans victims onlookers bystanders commuters landlords tenants "
    "homeowners retailers employers pupils conservationists environmentalists academics historians skeptics "
    "sceptics advocates proponents defenders tourists visitors pilgrims truckers fishermen physicians patients "
    "clients consumers users subscribers viewers listeners callers motorists travellers travelers executives "
    "investors bankers inhabitants settlers youths teenagers mothers fathers "
    "republican democrat policymakers regulators user consumer customer subscriber viewer listener caller motorist "
    "commuter passenger shopper fan voter mps meps msps commenter commenters protester protesters protestor "
    "protestors demonstrator demonstrators blogger bloggers netizen netizens refugee refugees villager villagers "
    "spectator spectators eyewitnesses nurse doctor trader worker farmer guard guards elder midwife midwives "
    "forecasters meteorologists family "
    "academic intellectual intellectuals hardliner backbencher backbenchers frontbencher frontbenchers grandee "
    "grandees figure tory tories conservative liberal peer peers clerics priests pastors imams rabbis bishops "
    "administrators rescuers"
    .split()
)
# Roles written as acronyms ("the CMO", "CEO Satya Nadella"): a role, never an institution's or a person's name.
ROLE_ACRONYMS = {
    "ceo": "chief executive", "cfo": "chief financial officer", "cmo": "chief medical officer",
    "coo": "chief operating officer", "cto": "chief technology officer", "cio": "chief information officer",
}

# Heads of person descriptors ("the spokesman", "a senior official", "Foreign Minister ...").
PERSON_ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople secretary minister ministers president vice-president
    premier chancellor head chief leader leaders official officials diplomat diplomats ambassador envoy
    representative representatives adviser advisor aide aides commander general director chairman chairwoman
    chair speaker mayor governor senator lawmaker lawmakers legislator deputy deputies mp member members
    negotiator negotiators source sources analyst analysts expert experts observer observers king queen emir
    sheikh pope patriarch ombudsman auditor comptroller treasurer registrar taoiseach tánaiste tanaiste
    prosecutor judge attorney lawyer officer officers colonel lieutenant captain
    sergeant admiral marshal counterpart counterparts secretary-general commissioner mediator rapporteur
    commandant commodore brigadier corporal
    coordinator resident residents witness witnesses activist activists campaigner prince crown
    doctor nurse surgeon paramedic medic teacher student farmer survivor survivors eyewitness worker workers
    volunteer journalist researcher researchers fellow professor historian economist scholar scientist priest
    imam rabbi bishop archbishop cardinal cleric fighter soldier pilot founder executive manager citizen civilian
    relative
    mother father woman man fm pm diplomat politician statesman superintendent inspector detective sheriff whip
    constable trooper operative operatives strategist strategists staffer staffers employee employees neighbor
    neighbour neighbors neighbours friend friends pal pals owner owners councilmember councilman councilwoman
    congressman
    congresswoman justice solicitor barrister advocate defender coroner
    magistrate pastor reverend epidemiologist physician
    spokesmen spokeswomen chairperson administrator superintendent principal dean provost chancellor coach
    economist attorney-general commentator columnist author novelist director-general president-elect
    candidate candidates nominee nominees contender contenders challenger challengers incumbent surrogate surrogates
    pollster pollsters consultant consultants delegate delegates donor donors organizer organizers organiser
    organisers supporter supporters opponent opponents campaigner campaigners host moderator interviewer reporter
    actress actor singer comedian rapper filmmaker businessman businesswoman retiree writer midfielder striker
    goalkeeper winger quarterback pitcher
    billionaire mogul tycoon magnate entrepreneur investor developer front-runner frontrunner hopeful firebrand
    newcomer pundit anchor celebrity star songwriter lady advisers advisors ally allies associate associates confidant
    confidants
    lawyers attorneys loyalists backers merchant merchants shopkeeper shopkeepers vendor vendors trader traders seller
    driver drivers waiter waitress winemaker winemakers baker fisherman fishermen miner miners logger loggers hunter
    hunters mechanic engineer engineers nurses farmers republican democrat policymaker policymakers regulator
    regulators producer artist artists assistant assistants intern interns editor editors publisher
    correspondent correspondents contributor contributors stylist agent agents publicist publicists player players
    teammate teammates firefighter predecessor successor rival champion titleholder seed sprinter skipper medallist
    medalist teenager collaborator colleague mentor pontiff mufti lama nuncio ayatollah prelate suspect victim
    """.split()
) | frozenset(ROLE_ACRONYMS)
# Kin ("his widow said", "the victim's brother told"): someone the article names by a given name after the word
# ("his brother Robert"), else an unnamed source; the plurals stay out ("the Doobie Brothers")
KIN_NOUNS = frozenset("widow widower wife husband son daughter brother sister cousin uncle aunt nephew niece mother "
                      "father grandmother grandfather grandson granddaughter fiance fiancé fiancee fiancée".split())
PERSON_ROLE_NOUNS = PERSON_ROLE_NOUNS | KIN_NOUNS


# "…, mediators said", "envoys told reporters": plural roles news gives unnamed sources
UNNAMED_HEADS = UNNAMED_HEADS | frozenset(
    "mediators envoys ambassadors legislators senators judges attorneys paramedics firefighters commanders unions "
    # the courtroom's and the clinic's people ("The defendant told jurors", "Virologists cautioned"; not "the
    # authors", whom the golds credit to the lead author the article named)
    "defendant defendants complainant complainants juror jurors clinician clinicians virologist virologists "
    "paediatrician paediatricians pediatrician pediatricians nutritionist nutritionists immunologist immunologists "
    "pharmacist pharmacists obstetrician obstetricians surgeons "
    # and crime's, the picket line's and the arts' ("The suspect told police", "A docker said", "Several actors said")
    "suspect suspects victim gunman gunmen attacker attackers assailant assailants shooter intruder bystander "
    "passer-by passers-by onlooker mourner parishioner worshipper picket pickets docker dockers steelworker "
    "steelworkers conductors curator curators dealer dealers actors directors writers publishers filmmakers "
    "poets "
    # and prison's ("An inmate who witnessed the violence said")
    "inmate inmates prisoner prisoners detainee detainees "
    "generals attendees participants survivors evacuees locals farmers soldiers campaigners employees advisers "
    "advisors negotiators investigators lawyers epidemiologists neighbors neighbours traders hawks "
    "doves hardliners moderates scholars watchers specialists delegations participant participants broker brokers "
    "shipbroker shipbrokers seafarer seafarers sailor sailors mariner mariners shipowner shipowners underwriter "
    "underwriters insurer insurers charterer charterers deckhand deckhands crewman crewmen members "
    # (singulars of the plurals above, and the trades of Gulf and African copy: "A banker familiar with the matter")
    "banker financier financiers labourer labourers laborer laborers rescuer rescuers contractor contractors "
    "landlord tenant pilgrim expatriate expatriates housewife housewives".split())

# Epithets of election and entertainment news for the person an article is about ("the “Poker Face” singer"):
# never an unnamed source of their own.
EPITHETS = frozenset("billionaire mogul tycoon magnate front-runner frontrunner hopeful firebrand newcomer singer "
                     "rapper comedian filmmaker celebrity star songwriter actress actor patriarch matriarch "
                     "midfielder striker goalkeeper winger quarterback pitcher champion titleholder seed sprinter "
                     "skipper medallist medalist teenager pontiff businessman businesswoman entrepreneur"
                     .split())  # (and sports' positions and titles)
# Roles of the people news is about ("the Florida senator", "the former secretary of state"): when no one the article
# names holds it, the person it is talking about; never staff roles, whose holder is someone else ("the spokesman").
STAFF_ROLES = frozenset("spokesman spokeswoman spokesperson aide adviser advisor staffer".split())
PRINCIPAL_ROLES = frozenset("senator governor congressman congresswoman mayor president secretary candidate nominee "
                            "lawmaker premier chancellor".split())

# Words that qualify a role without being a name: "Russian Presidential spokesman", "top official".
ROLE_MODIFIERS = frozenset(
    """
    foreign defense defence interior prime deputy vice senior top former acting first chief press presidential
    national security state affairs general high military political special permanent executive joint local
    regional federal provincial municipal emergency energy health economy economic finance justice education culture
    agriculture transport trade environment labour labor digital policy intelligence opposition information
    communications humanitarian assistant central external home
    """.split()
)

# A later descriptor may name the same role in other words: "the presidential aide" after "Assistant to
# the President …", "the premier" after "Prime Minister …".
ROLE_WORD_SYNONYMS = {
    "aide": frozenset({"assistant", "adviser", "advisor"}),
    "assistant": frozenset({"aide", "adviser", "advisor"}),
    "adviser": frozenset({"aide", "assistant", "advisor"}),
    "advisor": frozenset({"aide", "assistant", "adviser"}),
    "premier": frozenset({"prime"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "spokesman": frozenset({"spokesperson"}),
    "spokeswoman": frozenset({"spokesperson"}),
    "envoy": frozenset({"representative", "ambassador"}),
    # "the head of the Defense Ministry" after "the Minister of Defense … Jana Černohova": the office's holder
    "head": frozenset({"minister", "chief", "director", "chairman", "chairwoman", "chair", "leader", "secretary"}),
    "ministry": frozenset({"minister"}),
    # "the Armenian leader" after "Prime Minister Pashinyan": the head of a state or government
    "leader": frozenset({"president", "prime", "premier", "chancellor", "king", "emir", "supreme"}),
    # a role adjective names the office its noun holds: "the presidential aide" after "an aide to President …"
    "presidential": frozenset({"president", "presidency"}),
    "ministerial": frozenset({"minister", "ministry"}),
    "parliamentary": frozenset({"parliament"}),
    "governmental": frozenset({"government"}),
    # "the Fed chair noted" after "Federal Reserve Chairman Jerome Powell"
    "chair": frozenset({"chairman", "chairwoman", "chairperson"}),
    "fed": frozenset({"federal", "reserve"}),
}

# Collective speakers that are neither a person nor an institution ("Russian peacekeepers said").
GROUP_NOUNS = frozenset(
    """
    peacekeepers police gardaí gardai rebels separatists militants protesters demonstrators troops soldiers
    investigators
    rescuers groups organisations organizations monitors inspectors locals villagers refugees medics doctors media
    countries sides parties nations crowd crowds newspapers audience opposition insurgents jihadists
    paramilitaries militias
    """.split()
)

# Plural heads of people described, not named ("Trump supporters", "veteran volunteers", "party members").
PEOPLE_PLURALS = frozenset(
    w for w in UNNAMED_HEADS | GROUP_NOUNS | PERSON_ROLE_NOUNS if w.endswith("s") and not w.endswith("ss")
) | frozenset({"people"})  # (not "actress", "witness")

# Organisations usually written as a bare proper name or acronym; never a person's name.
# The legal-form word that ends a company's name ("Microsoft Corp", "Amazon.com Inc."): an organisation, never a
# person's surname, and the short form without it ("Microsoft") is the same company.
COMPANY_SUFFIXES = frozenset("corp corporation co inc incorporated ltd limited llc plc gmbh".split())

KNOWN_ORGANISATIONS = frozenset(
    """
    nato un eu osce csto iaea who imf opec g7 g20 kfor unesco unicef icrc unhcr pentagon kremlin hamas hezbollah
    taliban duma bundestag interpol europol frontex asean brics sco cis eaeu ecowas au oas wto icc icj
    """.split()
)

# Seats of power that stand for an institution under their own name ("the White House said").
SEATS_OF_POWER = frozenset(
    ["white house", "downing street", "elysee", "élysée", "elysee palace", "pentagon", "quai d orsay",
     "state department", "foreign office", "zhongnanhai", "bankova"]
)

# Heads of organisation speakers ("the ministry", "Armenia's Defense Ministry").
ORG_NOUNS = frozenset(
    """
    ministry ministries government office council cabinet kremlin parliament assembly committee commission
    department agency service embassy mission administration presidency party army military forces command
    headquarters union alliance organisation organization secretariat court bureau authorities side
    delegation coalition bloc board centre center institute company staff duma senate congress house
    group forum alliance movement network directorate force navy front guards corps foundation association
    federation fund programme program hub tribunal militia brigade brigades guard agencies governments campaign
    authority services trust operator unit team reserve bank security watch observatory monitor
    junta charity battalion regiment garrison panel mechanism wing society institution
    """.split()
)

# Last words of organisation names that no lexicon of organisation nouns holds ("American Airlines", "General
# Motors", "the American Theatre Wing", "The New York Times", "NBC News"): a capitalised name ending in one is no
# person's
NAME_HEADS = frozenset("airlines airways railways railway motors holdings industries pharmaceuticals technologies "
                       "systems international "
                       "communications energy foods brands partners wing club times journal tribune gazette "
                       "chronicle ledger inquirer examiner dispatch telegraph herald courier news review survey "
                       "division society league providers college maritime shipping tankers marine lines "
                       "logistics health healthcare analytics lab labs rights "
                       # ("The Virginia Museum of Fine Arts said": a museum, not Ms Virginia Museum)
                       "museum gallery library zoo orchestra theatre theater university hospital".split())

# What an outlet's name may be followed by: "the Daily Express newspaper", "The Guardian newspaper said".
OUTLET_HEADS = frozenset("newspaper magazine tabloid website broadcaster outlet channel radio".split())
# How news describes state media and bodies before their name ("the state-run Xinhua news agency")
OUTLET_MODIFIERS = frozenset("official semi-official state-run state-owned state-controlled government-run "
                             "pro-government pro-kremlin".split())

# Nouns for documents that stand in for their author ("a statement from the ministry said").
DOCUMENT_NOUNS = frozenset(
    "statement statements communique communiqué readout declaration release letter note decree message post "
    "tweet resolution report memo memorandum complaint indictment filing lawsuit affidavit ruling draft conclusions "
    "document cable order ad".split()  # ("A State Department cable warned that …", "Trump's order charged that")
)

# What someone said, named by its owner: "according to Blinken's explanations", "according to the ministry's
# statement" (and DOCUMENT_NOUNS): the owner speaks.
SPOKEN_NOUNS = frozenset(
    "remarks comments words explanation explanations account testimony version assessment telling speech".split()
)

# Findings that name their author after "by", "from" or a possessive ("an analysis by the Tax Policy Center",
# "a count from the Post and Courier", "Gallup's poll"): the author speaks; alone they are no speaker.
AUTHORED_NOUNS = frozenset("study paper poll survey analysis research count tally estimate estimates data".split())

# "According to X" where X is a document or data, not a speaker.
NON_SPEAKER_HEADS = frozenset(
    """
    constitution law laws data figures estimates statistics poll polls survey census agreement agreements treaty
    plan rules schedule reports map timeline forecast study research analysis calculations records
    document documents website reporting footage images video tally count results list terms text draft
    """.split()
)

# News outlets: the channel of a statement ("told TASS", "according to Reuters"), never the speaker.
NEWS_OUTLET_NAMES = frozenset(
    name.strip()
    for name in (
        "TASS", "RIA", "RIA Novosti", "Interfax", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse",
        "Anadolu", "Anadolu Agency", "Armenpress", "APA", "Xinhua", "Bloomberg", "CNN", "BBC", "Al Jazeera",
        "Sputnik", "RT", "Izvestia", "Kommersant", "Trend", "Azertac", "News.am", "Report.az", "Ukrinform",
        "UNIAN", "DPA", "EFE", "ANSA", "Kyodo", "Yonhap", "The Guardian", "Guardian", "The New York Times",
        "The Washington Post", "The Wall Street Journal", "Financial Times", "Politico", "Axios",
    )
)

PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural", "i": "self"}
# "Diplomats said … One said …", "One of them, a Yemeni man, said": one of a group, as a whole subject
# Words that open a sentence's setting, never its subject ("In Kabul, a spokesman …", "Speaking to reporters, …")
SETTING_OPENING_WORDS = frozenset("in at on from after before during for with by speaking meanwhile however but and "
                                  "earlier later last this according as under amid since throughout".split())
# A passive's auxiliary right before a cue: "No injuries were reported", "a woman who was reported missing"
PASSIVE_AT_END = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")
# Agencies named a survey, which are bodies, not polls: "the U.S. Geological Survey", "the British Antarctic Survey"
SURVEY_BODY = re.compile(r"\b(?:Geological|Antarctic|Ordnance|Hydrographic|Geographical|Seismological|Archaeological|"
                         r"Botanical|Zoological)\s+Survey\b")
ONE_OF_THEM = frozenset({"one", "another", "one of them", "one of those", "another of them"})
# "Some in the community said", "Many in the party say": a part of a group, unnamed, as the clause's whole subject
# (a bare "Some" or "Others" names nobody a reader could accept as a speaker)
SOME_OF_THEM = re.compile(r"(?:[Ss]ome|[Oo]thers|[Mm]any|[Mm]ost)\s+(?:in|of|among|within|on)\s+"
                          r"(?:the\s+|their\s+|his\s+|her\s+|its\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
                          r"|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)\s+others")  # ("…, while two others confirmed")
# "told Reuters", "sources tell Axios": the cues whose object is the audience, the outlet among them
TOLD = frozenset({"told", "tells", "tell"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def is_relative_pronoun(text: str) -> bool:
    """"who", "which", "that", "whom"; never "WHO", the World Health Organization."""
    return text.lower() in RELATIVE_PRONOUNS and not text.isupper()

# Imperatives opening a sentence before a name, never a first name: "Ask Damien Chazelle what …, and he will
# answer", "Meet Anna Varga, who …"
IMPERATIVES = frozenset("ask meet tell thank blame consider remember forget imagine".split())
# The narrator (a byline's writer) or the outlet: never someone the article quoted before.
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady baroness baron madam monsieur gen gen. lt lt. col col. maj maj. "
    "brig brig. "
    "adm adm. sgt sgt. capt capt. cmdr cmdr. gov gov. sen sen. rep rep. prof prof. rev rev. hon hon. supt supt. "
    "insp insp. det det. atty atty. adv adv. judge justice engr engr. barr barr. amb amb. cdre cdre. pharm pharm."
    .split()
)

# Determiners and connectors a speaker phrase may contain.
NP_CONNECTORS = frozenset("of for the to at on in from by and de da di van von bin al el la le du der".split())
DETERMINERS = frozenset("the a an its his her their our another one two three several some many both".split())


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` shaped as a trie ("sa(?:id|ys|ying)"): Python's re tries the branches
    of a flat alternation one by one, which made cue matching the slowest step of extraction."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    ends = "" in node
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
