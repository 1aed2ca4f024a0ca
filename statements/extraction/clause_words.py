"""The words that build a clause around its subject, which the subject scans skip or stop at (mentions.py,
sentence_subjects.py, mention_after.py, appositions.py, narration_notes.py): a module of their own, so that those
scans share them without importing one another.
"""

BE_FORMS = frozenset("was were is are been be being".split())
SUBORDINATORS = frozenset(
    "after as when while because since although though if before until once whereas unless that which who".split()
)
COMMON_VERBS = frozenset(
    """
    is was has had have will would can could may might must should did does met spoke made gave took held went came left
    sent sees seems visited phoned telephoned arrived signed agreed struck brought kept sought found saw won lost
    led began became chose drew flew fought stood ran set put hit cut shut bit cast quit shed
    tore threw wrote broke drove rode rose sang sat shook sold spent stole swore taught understood withdrew woke
    wore knew grew blew bought caught dealt fled froze heard meant paid slept swept oversaw overtook upheld
    withheld undertook hid fell felt ate drank sank lent dug fed clung strode stuck built forgot got
    makes takes gives goes comes gets keeps holds brings remains appears becomes leaves puts wants knows thinks
    believes hopes plans faces
    """.split()
)
