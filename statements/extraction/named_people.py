"""A speaker named by a person's name: the gazetteer's identity or role holder, one the article named before (by
surname, honorific or spelling), or the fuller form the article writes elsewhere ("Szijjarto" after "Peter
Szijjarto"). Mixed into `SpeakerResolver` (speakers.py), whose memory of the people named (speaker_memory.py) and
article names it uses.
"""

from __future__ import annotations

from statements.extraction.alias_index import role_signature
from statements.extraction.given_names import first_names_differ
from statements.extraction.keys import name_key
from statements.extraction.speaker_memory import written_gender
from statements.extraction.speaker_names import expand_role
from statements.extraction.types import GazetteerSpeaker, SpeakerRef
from statements.text import NAME_SUFFIXES, peerage_name, person_key, spelling_key


def _longer_surname(written: str, known: str) -> bool:
    """"Serrano" and the gazetteer's "Serra": one surname the other with two letters or more added, another family
    (a spelling's variant differs inside: "Zelenskyy", "Zelensky")."""
    return (written.startswith(known) or known.startswith(written)) and abs(len(written) - len(known)) >= 2


class NamedPeople:
    """Mixin: `_person` and the gazetteer references it gives."""

    def _gazetteer_ref(self, speaker: GazetteerSpeaker, mention: str, role: str) -> SpeakerRef:
        return SpeakerRef(name=speaker.name, mention=mention, slug=speaker.slug, role=role, kind=speaker.kind)

    def _person(self, name: str, role: str, mention: str) -> SpeakerRef:
        name = name.removeprefix("The ")  # ("The Dalai Lama", a style opening a sentence: no one's name has "The")
        key = name_key(name)
        known = (self.index.identities.get(person_key(name)) or self.index.identities.get(person_key(mention))
                 or self._role_holder_named(name, role))  # "Lord Cameron": the style the name was cut from
        if known is not None:
            return self._gazetteer_ref(known, mention, role)  # "Volodymyr Zelenskyy", "Dr. Anthony S. Fauci"
        if " " in key:
            best = self.index.fuzzy_alias(key, people_only=True)
            if best is not None and not _longer_surname(key.split()[-1], best.split()[-1]):
                return self._gazetteer_ref(self.index.aliases[best], mention, role)
        surname = key.split()[-1] if key else ""
        honorific = written_gender(mention.split()[0].lower() if mention.split() else "", set())  # "Mr Anderson"
        relative = self._family_member(name.strip(), surname) if " " not in key and not honorific else None
        if relative is not None:
            return self._person(relative, role, mention)
        for entity in reversed(self.entities):
            known = name_key(entity.ref.name).split()
            if honorific and entity.gender not in ("", honorific):
                continue  # "Mr Kral" is not his daughter Lena Kral, named before him
            if entity.ref.kind == "person" and known and (
                    known[-1] == surname or key == " ".join(known) or len(surname) >= 4 and (
                        spelling_key(known[-1]) == spelling_key(surname))):  # "Vuchich" after "Aleksandar Vučić"
                if first_names_differ(key.split(), known):
                    continue  # "Bill Clinton" after "Hillary Clinton": two people of one family
                if not entity.ref.slug and peerage_name(entity.ref.name) and key.endswith(f" {' '.join(known)}"):
                    break  # "Amara, Duchess of Wessex" after "the Duchess of Wessex": the fuller form
                return SpeakerRef(entity.ref.name, mention, entity.ref.slug, role or entity.ref.role, "person")
        if key and " " not in name.strip():
            # "Szijjarto, for his part, said": the article named him in full before ("Peter Szijjarto").
            full = self.names.full_person_name(name, honorific)
            parts = full.split() if full is not None else []
            after = parts[parts.index(name) + 1 :] if name in parts[1:-1] else []
            if after and not all(w.rstrip(".").lower() in NAME_SUFFIXES for w in after) and not any(
                    entity.ref.name == full for entity in self.entities):
                # (but "Rocha" after the speaker "José Ángel Rocha Pérez": the first of two surnames)
                full = " ".join(parts[: parts.index(name) + 1])  # "Kimmel" in "Jimmy Kimmel Live" (not "… Kennedy Jr.")
            vox_pop = full is not None and full.split()[0] == name and role.lower().startswith(("a ", "an "))
            if full is not None and full != name and not vox_pop:
                # (but "said Maria, a 19-year-old student" after "Maria Kolesnikova": someone else, by a given name)
                return self._person(full, role, mention)
        elif key and (longer := self.names.longer_name(name) or self.names.name_ending(name)) is not None:
            # "says Te Kaurinui" after "Te Kaurinui Robert Parata"; "Eriksson Ek said" after "Joel Eriksson Ek"
            return self._person(longer, role, mention)
        return SpeakerRef(name=name, mention=mention, role=role, kind="person")

    def _role_holder_named(self, name: str, role: str) -> GazetteerSpeaker | None:
        """"British Foreign Secretary Elizabeth Truss": the one holder of the role on the article's date, when the
        surname is theirs (the gazetteer knows her as Liz Truss)."""
        if not role or " " not in name.strip():
            return None
        signature = role_signature(" ".join(expand_role(role.split())))
        holder = self.index.roles.get(signature) or self.index.holder(signature, self.on_date)
        if holder is None or holder.kind != "person":
            return None
        return holder if person_key(holder.name).split()[-1] == person_key(name).split()[-1] else None
