"""A seat of power where something takes place is the place, not the institution ("une réunion à
Matignon", "mardi matin à Matignon": LOC; "conseiller à l'Élysée" stays ORG; `entity_seats.txt`)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicons import prefixed_lines

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Seats:
    """Seats of power (`entity_seats.txt`) and the events that make one after "à" a place."""

    #: How many nouns up from the seat an event noun is looked for ("la réunion des responsables de
    #: la majorité à Matignon": the parser hangs "à Matignon" on "majorité").
    NOUN_REACH = 3
    TIME_WORDS = frozenset({"matin", "soir", "midi", "après-midi", "lundi", "mardi", "mercredi", "jeudi",
                            "vendredi", "samedi", "dimanche", "dernier", "prochain"})

    def __init__(self) -> None:
        self.names = prefixed_lines("entity_seats.txt", "seat:")
        self.events = prefixed_lines("entity_seats.txt", "event:")

    def relabelled(self, spacy_doc: "Doc", mentions: list) -> list:
        """LOC for an ORG seat that stands as a place; applied after `harmonised_labels`, since one
        article has "Matignon a tranché" (ORG) and "réunis mardi à Matignon" (LOC)."""
        return [replace(m, label="LOC") if m.label == "ORG" and self.is_place(spacy_doc, m) else m for m in mentions]

    def is_place(self, spacy_doc: "Doc", mention) -> bool:
        if spacy_doc[mention.start:mention.end].text not in self.names:
            return False
        before = [t.lower_.replace("’", "'") for t in spacy_doc[max(0, mention.start - 2):mention.start]]
        if not (before[-1:] in (["à"], ["au"]) or before == ["à", "l'"]):
            return False
        preposition = mention.start - (2 if before == ["à", "l'"] else 1)
        if any(t.lower_ in self.TIME_WORDS for t in spacy_doc[max(0, preposition - 3):preposition]):
            return True  # "mardi matin à Matignon", "jeudi 13 février à Matignon"
        head = spacy_doc[mention.start].head
        for _ in range(self.NOUN_REACH):
            if head.lemma_.lower() in self.events or head.lower_ in self.events:
                return True
            if head.pos_ != "NOUN" or head.head is head:
                return False
            head = head.head
        return False

