"""Quantity facts: every quantity of `pipeline.quantities` in a sentence that is a claim (not a date,
a name or a reference to a known set), with the frame of the predicate that governs it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..quantities import Quantity, QuantityReader
from ..spacy_text import doc_text, span_text
from .descriptions import description_name
from .frames import DE_WORDS, case_of, governor, head_token, infinitive, phrase_bounds
from .framing import FrameBuilder, holder_fields
from .holders import bracketed_phrase, changed_object, fronted_main_verb, object_bounds, noun_owner, place_of_relative, recipient, score_holder
from .names import Names
from .polls import Polls
from .turnout import Turnout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document
    from ..records import Entity

#: "les deux chefs d'État", "ces deux textes": a known pair, not a claim. Larger numbers after a
#: determiner are counts a fact-checker can check ("les 577 députés", "ses 14 vice-présidents").
KNOWN_PAIR = re.compile(r"(?:^|\s)(?:les|ces|leurs|nos|vos|aux|des)\s+$")
#: "les quatre premiers mois", "ses six derniers textes": a part of a series, not a count.
SERIES_WORDS = frozenset({"premiers", "premières", "derniers", "dernières", "prochains", "prochaines"})
#: Shares and their changes with no holder in their clause are about the article's main person or
#: party ("Elle est remontée de 6 points", "46 %, +4"); counts and money are too often not.
TOPIC_UNITS = frozenset({"percent", "point", "ratio", "EUR", "USD", "GBP", "CHF"})
FIRST_PERSON = frozenset({"je", "j'", "j’", "-je"})
FIRST_PLURAL = frozenset({"nous", "-nous"})
#: "..., un chiffre en hausse de 4,2 %", "soit un total en baisse de 3 %": a change of the figure just given.
RESTATED_FIGURE = re.compile(r"[,;(]\s*(?:soit\s+)?(?:un|ce|le)\s+(?:chiffre|nombre|total|montant|bilan)\s+"
                             r"(?:en\s+(?:hausse|baisse|progression|recul|augmentation|diminution)\s+)?de\s+$", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"(?:^|[\s(])(?:ces|cette|ce|cet)\s+$", re.IGNORECASE)
PLACE_CASES = frozenset({"en", "à", "au", "aux", "dans"})
PLURAL_PRONOUNS = frozenset({"ils", "elles", "-ils", "-elles"})
PRONOUN_WORDS = PLURAL_PRONOUNS | {"il", "elle", "-il", "-elle", "ça", "cela", "ce", "c'", "c’", "on"}
LIGHT_PREDICATES = frozenset({"être", "avoir", "faire", "se faire", "aller", "venir", "mettre", "donner", "passer"})
RESTATED_REACH = 600  # characters back to the fact a plural pronoun restates
AMONG = re.compile(r"d['’]entre\s+(?:eux|elles|nous|vous)$")


def overlaps_any(records: list, start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in records)


def counted(sent: "Span", q: Quantity, head: "Token") -> str | None:
    """What the quantity counts: the regex `of`, else a "de" noun under the quantity ("des voix")."""
    if q.of:
        token = head.doc.char_span(sent.start_char + q.of_start, sent.start_char + q.of_end, alignment_mode="expand") \
            if q.of_start is not None else None
        if token is not None and token.root.pos_ == "ADJ" and token.root.i + 1 < len(head.doc) \
                and head.doc[token.root.i + 1].pos_ == "NOUN":
            return head.doc[token.root.i + 1].text  # "sept nouveaux départements" counts départements
        return q.of
    for child in head.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and case_of(child) in DE_WORDS \
                and not (sent.start_char + q.start <= child.idx < sent.start_char + q.end):
            return child.text
    return None


def is_claim(doc: "Document", sent: "Span", q: Quantity) -> bool:
    """Drop numbers that are dates, parts of names ("France 2") or counts of non-nouns."""
    number_start, number_end = sent.start_char + q.number_start, sent.start_char + q.number_end
    if overlaps_any(doc.dates, number_start, number_end) or overlaps_any(doc.entities, number_start, number_end):
        return False
    if re.search(r"\d\.\d{1,2}(?!\d)", q.text):
        return False  # "49.3": an article number, not a French decimal
    if q.kind == "rank":
        return False  # an ordinal rank is no fact (annotation rules): "la seconde place", "arrivé troisième"
    if q.kind != "count":
        return True
    if q.value == 2 and KNOWN_PAIR.search(span_text(sent)[:q.number_start].lower()):
        return False  # "les deux chefs d'État": a reference to a known pair, not a claim
    if q.of is None:
        return AMONG.search(q.text) is not None  # "une cinquantaine d'entre eux"
    if q.of.lower() in SERIES_WORDS:
        return False
    of_span = sent.doc.char_span(sent.start_char + q.of_start, sent.start_char + q.of_end, alignment_mode="expand")
    if of_span is None or of_span.root.is_stop:
        return False
    root = of_span.root
    if root.pos_ == "ADJ" and root.i + 1 < len(sent.doc) and sent.doc[root.i + 1].pos_ in ("NOUN", "PROPN"):
        root = sent.doc[root.i + 1]  # "3 nouveaux ministres"
    return root.pos_ in ("NOUN", "PROPN") or root.pos_ == "ADJ" and after_de(sent.doc, root)  # "12 millions de pauvres"


def after_de(doc: "Doc", token: "Token") -> bool:
    """An adjective right after "de" is a noun in use ("12 millions de pauvres")."""
    return token.i > 0 and doc[token.i - 1].lower_ in DE_WORDS


class QuantityFacts:
    """Built once per stage; `facts(doc, names, polls, sent)` gives the quantity facts of one sentence."""

    def __init__(self, reader: QuantityReader, frames: FrameBuilder, turnout: Turnout) -> None:
        self.reader = reader
        self.frames = frames
        self.turnout = turnout

    def facts(self, doc: "Document", names: Names, polls: Polls, sent: "Span", earlier: list[dict] = ()) -> list[dict]:
        """`earlier`: the document's facts before this sentence ("ces 80 %" takes up one of them)."""
        out: list[dict] = []
        for q in self.reader.find(span_text(sent)):
            start, end = sent.start_char + q.start, sent.start_char + max(q.end, q.of_end or q.end)
            head = head_token(sent, start, end) if is_claim(doc, sent, q) else None
            if head is None:
                continue
            pred = governor(head)
            frame = self.frames(doc, names, sent, pred, start, end)
            of = counted(sent, q, head)
            scored = score_holder(doc, sent, q)
            turnout = self.turnout.fields(doc, sent, q) if scored is None else {}
            of = turnout.pop("of", of)
            before = [*earlier, *out]
            taken_up = (antecedent(doc, q, start, frame, before) or restated(doc, frame, start, before)) if scored is None else None
            frame.update(turnout or taken_up or self.holder(doc, names, polls, sent, q, head, frame, of, scored))
            frame["subject_canonical"] = frame["subject_canonical"] or described(sent, frame, start, end)
            if frame["source_canonical"] is None:
                institute = polls.institute_for(sent, q.unit, start)
                if institute is not None:
                    frame.update(holder_fields("source", doc.text[institute.start:institute.end], institute.start,
                                               institute.end, institute.canonical))
            if q.direction:
                frame["predicate"] = "hausse" if q.direction == "up" else "baisse"
            out.append({"kind": "quantity", "start": start, "end": end, **frame, "value": q.value, "unit": q.unit,
                        "of": of, "quantity_text": q.text, "bound": q.bound,
                        "approximate": q.approximate, "value_max": q.high})
        return out

    @staticmethod
    def holder(doc: "Document", names: Names, polls: Polls, sent: "Span", q: Quantity, head: "Token", frame: dict,
               of: str | None, holder: "Entity | None") -> dict:
        """Whose number it is, first rule that answers: the name a score stands beside ("Rachida Dati
        (22,7 %)", "contre 22,7 % pour X"), the one it goes to ("iraient à X"), a poll placing someone,
        the speaker of a quoted "je", what polled people judge, the party of counted members, the
        clause's subject, the article's topic. `holder`: the score's holder by word order, if any."""
        if holder is not None:
            return holder_fields("subject", holder.text, holder.start, holder.end, holder.canonical)
        placed = fronted_poll(doc, names, polls, sent, q)
        if placed:
            return placed
        thing = bracketed_phrase(doc, sent, sent.start_char + q.start, sent.start_char + q.end, names.names_people,
                                 names.words.change_nouns)
        named = names.canonical(thing) if thing is not None else None
        if thing is not None and (named or not names.is_attribute(thing)):
            # the noun phrase from its determiner, not "largement devant" nor "(28 %)"; a measure only with
            # its owner ("une bonne opinion de lui (56 %)"), never alone ("un taux de marge (65 %)")
            lo, hi = attribute_bounds(thing, (sent.start_char + q.start, sent.start_char + q.end))
            first = next(t for t in thing.subtree if t.idx >= lo and t.pos_ not in ("ADV", "ADP", "PUNCT"))
            lo = max(lo, first.idx)
            return holder_fields("subject", doc.text[lo:hi], lo, hi, named)
        pred = governor(head)
        given = recipient(names.words.recipient_verbs, pred, head)
        named = names.canonical(given) if given is not None else None
        if named:
            lo, hi = phrase_bounds(given)
            return holder_fields("subject", doc.text[lo:hi], lo, hi, named)
        party = own_party(doc, names, head, of)
        if party is not None:  # "200 des députés La République en marche", "membres du personnel de l'Élysée"
            return holder_fields("subject", party.text, party.start, party.end, party.canonical)
        owner = noun_owner(head, sent.start_char + max(q.end, q.of_end or q.end), names.words.estimation_verbs,
                           names.words.origins)
        if owner is not None:
            lo, hi = phrase_bounds(owner)
            return holder_fields("subject", doc.text[lo:hi], lo, hi, names.canonical(owner))
        specified = specified_attribute(names, pred, sent.start_char + q.start)
        if specified is not None:  # "Les sujets les plus discutés ont été les gilets jaunes, pour 74 %"
            lo, hi = attribute_bounds(specified, (sent.start_char + q.start, sent.end_char))
            return holder_fields("subject", doc.text[lo:hi], lo, hi, names.canonical(specified))
        changed = changed_object(pred, head, names.words.change_verbs) if q.unit is not None else None
        if changed is not None:  # "remonter le budget de la Défense à 3 % du PIB": the budget's
            lo, hi = object_bounds(changed)
            return holder_fields("subject", doc.text[lo:hi], lo, hi, names.canonical(changed))
        poll = polls.method(sent, q.unit, of)
        if poll is not None:  # the sample or the margin of a poll: the poll's, stated by its institute
            lo, hi = phrase_bounds(poll)
            institute = names.canonical(poll)
            source = holder_fields("source", doc.text[lo:hi], lo, hi, institute) if institute else {}
            return {**holder_fields("subject", doc.text[lo:hi], lo, hi, None), **source}
        subject = head_token(sent, frame["subject_start"], frame["subject_end"]) if frame["subject"] else None
        if subject is not None and polls.is_poll(subject):
            return polls.placed(doc, names, pred, subject)  # "le sondage place une liste LR conduite par X"
        if not is_holder(names, frame, subject, pred):
            subject, frame = None, {**frame, **holder_fields("subject", None, None, None, None)}
        return (quoted_speaker(names, pred, q, frame) or judged_fields(doc, polls, pred, subject, of)
                or member_party(doc, names, sent, q, frame, of, subject) or relative_place(doc, pred, frame, sent.start_char + q.start)
                or counted_place(doc, names, q, head, pred, frame, subject)
                or topic_fields(names, polls, sent, q, subject, frame, of)
                or holder_fields("subject", frame["subject"], frame["subject_start"], frame["subject_end"],
                                 frame["subject_canonical"]))


def antecedent(doc: "Document", q: Quantity, start: int, frame: dict, earlier: list[dict]) -> dict | None:
    """"la taxe d'habitation va baisser pour 80 % des Français mais pour ces 80 %, ça se fera en trois
    fois": a number after a demonstrative takes up the last earlier fact of the same value and unit,
    and its subject. "341.000 mineurs étaient pris en charge en France, un chiffre en hausse de 4,2 %":
    a change of a restated figure is about what the figure before it in the sentence was about."""
    if RESTATED_FIGURE.search(doc.text[max(0, start - 40):start]):
        line_start = doc.text.rfind("\n", 0, start) + 1
        before = [f for f in earlier if f["kind"] == "quantity" and f["subject_canonical"] and line_start <= f["start"]
                  and start - f["end"] <= 120]
        return {k: before[-1][k] for k in ("subject", "subject_start", "subject_end", "subject_canonical")} if before else None
    if not DEMONSTRATIVE.search(doc.text[max(0, start - 8):start]) or frame["subject"] is not None \
            and (frame["subject"] or "").lower() not in PRONOUN_WORDS:
        return None  # "La mort de ces treize militaires est ...": the clause has its own subject
    same = [f for f in earlier if f["kind"] == "quantity" and f["value"] == q.value and f["unit"] == q.unit
            and f["subject_canonical"]]
    if not same:
        return None
    return {k: same[-1][k] for k in ("subject", "subject_start", "subject_end", "subject_canonical")}


def restated(doc: "Document", frame: dict, start: int, earlier: list[dict]) -> dict | None:
    """"les prélèvements obligatoires baisseront de 20 milliards d'euros [...] Ils baisseront d'environ 7
    milliards en 2018": a plural pronoun subject of a predicate stated just before of a thing is that
    thing (the coreference stage resolves pronouns to people and organisations, not to things)."""
    if (frame["subject"] or "").lower() not in PLURAL_PRONOUNS or frame["subject_canonical"] \
            or frame["predicate"] in LIGHT_PREDICATES:
        return None  # "ils sont une majorité à ... (53 %)" restates nothing
    named = {e.canonical for e in doc.entities}  # people and organisations are the coreference stage's
    same = [f for f in earlier if f["kind"] == "quantity" and f["predicate"] == frame["predicate"] and f["subject"]
            and f["subject"].lower() not in PLURAL_PRONOUNS and f["subject_canonical"] not in named
            and 0 < start - f["start"] <= RESTATED_REACH]
    if not same:
        return None
    return {k: same[-1][k] for k in ("subject", "subject_start", "subject_end", "subject_canonical")}


def relative_place(doc: "Document", pred: "Token", frame: dict, start: int) -> dict:
    """A clause without a named holder, opened by "où" after a place, is that place's."""
    place = place_of_relative(doc, pred, start) if frame["subject_canonical"] is None else None
    return holder_fields("subject", place.text, place.start, place.end, place.canonical) if place else {}


def attribute_bounds(token: "Token", exclude: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase's bounds; for a copula's attribute, from the word after the copula ("Le thème le
    plus cité est [la sécurité] (38 %)", not its subject)."""
    lo, hi = phrase_bounds(token, exclude)
    cop = next((c for c in token.children if c.dep_ == "cop"), None)
    return (max(lo, token.doc[cop.i + 1].idx), hi) if cop is not None and cop.i < token.i else (lo, hi)


def specified_attribute(names: Names, pred: "Token", start: int) -> "Token | None":
    """A specificational copula ("La première préoccupation des Français reste le chômage (45 %)",
    "Les sujets les plus discutés ont été les gilets jaunes, pour 74 % d'entre eux"): when the subject
    is a category (`category_nouns`), the attribute is what the share is about."""
    if pred.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in pred.children) or pred.idx >= start:
        return None
    subject = next((c for c in pred.children if c.dep_.startswith("nsubj")), None)
    return pred if subject is not None and subject.lemma_.lower() in names.words.category_nouns else None


def counted_place(doc: "Document", names: Names, q: Quantity, head: "Token", pred: "Token", frame: dict,
                  subject: "Token | None") -> dict:
    """"262 classes sont fermées en France", "341.000 mineurs étaient pris en charge par les services
    sociaux en France": a count with no holder of its own (no subject, or only a passive's agent) is
    the place its clause puts it in ("en/à/dans" + a place, on the verb, the counted noun, a participle
    of it or the agent); never a seat of power ("reçu à l'Élysée une dizaine d'enfants")."""
    if q.unit is not None or frame["subject_canonical"] is not None:
        return {}
    agent_only = head.dep_ == "nsubj:pass" or head.head.dep_ == "nsubj:pass"
    if frame["subject"] is not None and not agent_only:
        return {}
    hosts = [pred, head, *(c for c in head.children if c.dep_ == "acl"), *([subject] if agent_only and subject else [])]
    for host in hosts:
        for c in host.children:
            if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and case_of(c) in PLACE_CASES:
                place = next((e for e in doc.entities if e.label == "LOC" and e.start <= c.idx < e.end
                              and not names.is_seat(e.canonical)), None)
                if place is not None:
                    return holder_fields("subject", place.text, place.start, place.end, place.canonical)
    return {}


def described(sent: "Span", frame: dict, start: int, end: int) -> str | None:
    """A subject that names no entity is given as its short noun phrase ('une liste "gilets jaunes"'
    -> "liste gilets jaunes"), a definite description as the name the article gives it ("l'affaire"
    -> "affaire Bygmalion"); never a pronoun's or a number's own words."""
    if frame["subject"] is None or frame["subject_start"] < end and start < frame["subject_end"]:
        return None  # "Vendu 45,5 millions d'euros": a phrase holding the number itself names nothing
    token = head_token(sent, frame["subject_start"], frame["subject_end"])
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    determiner = next((c.text for c in token.children if c.dep_ == "det"), None)
    return description_name(doc_text(sent.doc), (start, end), frame["subject"], token.lower_ if token.pos_ == "NOUN" else token.text,
                            determiner, frame["subject_start"])


def fronted_poll(doc: "Document", names: Names, polls: Polls, sent: "Span", q: Quantity) -> dict:
    """"En quatrième place avec 14 %, le sondage place une liste LR conduite par X": a score opening
    the sentence before a poll that places someone is that one's, stated by the poll."""
    start = sent.start_char + q.start
    verb = fronted_main_verb(doc, sent, start, sent.start_char + max(q.end, q.of_end or q.end))
    poll = next((c for c in verb.children if c.dep_ == "nsubj" and polls.is_poll(c)), None) if verb is not None else None
    return polls.placed(doc, names, verb, poll) if poll is not None else {}


def is_holder(names: Names, frame: dict, subject: "Token | None", pred: "Token") -> bool:
    """The clause's subject can hold the number: it is not the fact's source ("Selon « Le JDD », 40
    députés ..." parsed with the JDD as subject) unless it controls the infinitive that states the
    number under a verb of intent ("Le gouvernement prévoit de recourir à 29 ordonnances": it states
    and holds them), nor a
    poll institute (it polls, it is not polled), nor a quoted sentence the parse made a subject ('"C'est
    le plan du sapeur Camember", a déploré X')."""
    if frame["subject"] is None:
        return True
    if frame["source"] is not None and frame["subject_start"] < frame["source_end"] \
            and frame["source_start"] < frame["subject_end"] and not intends(names, pred):
        return False
    if subject is not None and any("Fin" in t.morph.get("VerbForm") for t in subject.doc.char_span(
            frame["subject_start"], frame["subject_end"], alignment_mode="expand") or ()):
        return False
    return frame["subject_canonical"] not in {n.canonical for n in names.institutes}


def intends(names: Names, pred: "Token") -> bool:
    """An infinitive under a verb of intent ("prévoit de recourir", "a proposé de restaurer"): its
    subject states the number and holds it; not under a verb of saying ("a dit assumer ...")."""
    return "Inf" in pred.morph.get("VerbForm") and pred.dep_ in ("xcomp", "ccomp") and pred.head.i != pred.i \
        and infinitive(pred.head) in names.words.intent_verbs


def judged_fields(doc: "Document", polls: Polls, pred: "Token", subject: "Token | None", of: str | None) -> dict:
    """"75 % des Français estiment que le président ...": the share is about the president."""
    token, judged = polls.judged(pred, subject, of)
    if not judged:
        return {}
    if token is None:
        return holder_fields("subject", None, None, None, judged)
    lo, hi = phrase_bounds(token)
    return holder_fields("subject", doc.text[lo:hi], lo, hi, judged)


def own_party(doc: "Document", names: Names, head: "Token", of: str | None) -> "Entity | None":
    """The organisation named inside a count of members' own noun phrase ("60 parlementaires de la
    majorité et du Modem", "200 des députés LREM"), never a medium."""
    if (of or "").lower() not in names.words.members:
        return None
    lo, hi = phrase_bounds(head)
    inside = [e for e in doc.entities if e.label == "ORG" and lo <= e.start and e.end <= hi and not names.is_medium(e.canonical)]
    return inside[0] if inside else None


def member_party(doc: "Document", names: Names, sent: "Span", q: Quantity, frame: dict, of: str | None,
                 subject: "Token | None") -> dict:
    """"huit députés ont quitté La République en marche": counted members (also "une cinquantaine
    d'entre eux" after "60 députés") belong to the organisation named nearest in their sentence,
    never a medium, else to the article's organisation; not when the clause's subject is a document or
    an inquiry that holds them ("L'enquête cible 17 députés")."""
    at = sent.start_char + q.start
    if of is None and AMONG.search(q.text):  # "une cinquantaine d'entre eux": of the members counted before
        before = re.findall(r"[\wÀ-ÿ-]+", doc.text[sent.start_char:at].lower())
        of = next((w for w in reversed(before) if w in names.words.members), None)
        at = doc.text.rfind(of, sent.start_char, at) if of else at  # the party named with them, not the nearest
    if frame["subject_canonical"] is not None or (of or "").lower() not in names.words.members \
            or subject is not None and names.is_document(subject):
        return {}
    party = sorted((e for e in doc.entities if e.label == "ORG" and sent.start_char <= e.start < sent.end_char
                    and not names.is_medium(e.canonical)), key=lambda e: abs(e.start - at))
    if party:
        return holder_fields("subject", party[0].text, party[0].start, party[0].end, party[0].canonical)
    if frame["subject"] is None and names.topic_is("ORG"):
        return holder_fields("subject", None, None, None, names.topic)
    return {}


def topic_fields(names: Names, polls: Polls, sent: "Span", q: Quantity, subject: "Token | None", frame: dict,
                 of: str | None) -> dict:
    """A share or a sum whose clause names no holder (no subject, an unresolved pronoun, the people
    polled) is about the article's main person or organisation; no span: it was read from the article."""
    if frame["subject_canonical"] is not None or not names.topic or q.unit not in TOPIC_UNITS:
        return {}
    polled = polls.counts_people(subject, of) and polls.institute_for(sent, q.unit, sent.start_char) is not None
    if frame["subject"] is None or is_pronoun(subject) or polled:
        return holder_fields("subject", None, None, None, names.topic)
    return {}


def quoted_speaker(names: Names, pred: "Token", q: Quantity, frame: dict) -> dict:
    """A quote's "je" is its speaker: the subject takes the source's words and name. Its "nous" with a
    vote share ("nous sommes passés d'un tiers des voix à 8 %") is the speaker's party, when the
    article names it with the speaker ("le maire LR de Saint-Étienne X")."""
    if not frame["source_canonical"]:
        return {}
    word = speaker_pronoun(pred)
    if word in FIRST_PERSON:
        return holder_fields("subject", frame["source"], frame["source_start"], frame["source_end"], frame["source_canonical"])
    if word in FIRST_PLURAL and q.unit in ("percent", "point"):
        party = names.affiliation(frame["source_canonical"])
        if party is not None:
            return holder_fields("subject", party.text, party.start, party.end, party.canonical)
    return {}


def speaker_pronoun(pred: "Token") -> str | None:
    """The first-person subject of the predicate or of the verb it is a conjunct or complement of."""
    t = pred
    for _ in range(3):
        subjects = [c.lower_ for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return subjects[0]
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def is_pronoun(token: "Token | None") -> bool:
    """An unresolved pronoun subject ("Elle est remontée de 6 points": the rating of the article's person)."""
    return token is not None and token.pos_ == "PRON"

