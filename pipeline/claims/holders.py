"""Whose number it is, when the parse does not say: a score in brackets after a name ("Julien Poix
(8,8 %)"), after "contre ... pour X" or "donne N % à X", at the head of a clause ("Avec 38 %, Valérie
Pécresse ..."), a lead in points ("X caracole en tête, sept points devant Y"), or a name right before
the verb the parse lost. Pronouns and descriptions are resolved in `names`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..attribution.phrases import cue_extent
from ..spacy_text import doc_text
from .frames import A_WORDS, DE_WORDS, NAMED_LABELS, case_of, infinitive, phrase_bounds, possessed, subject_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document
    from ..quantities import Quantity
    from ..records import Entity

TITLE_POS = frozenset({"DET", "NOUN", "ADJ", "PROPN"})
#: Totals of votes a share is taken from ("60 % des 2.000 voix"): the election's, not the share's holder.
VOTE_NOUNS = frozenset({"voix", "suffrages", "votes", "bulletins"})
TITLE_DE = frozenset({"de", "du", "d'", "d’"})  # "pour le chef de l'État sortant Alexandre X"  # "Avec 38 %, la présidente de région Valérie Pécresse"
BRACKET_REACH = 40  # characters between "(" and the score: "Rachida Dati (LR, 22,7 %)"
AFTER_POUR = re.compile(r"[ \u00a0]+pour[ \u00a0]+([^,;()]*?)(?:,|;|\(|\)| et | contre |\.|$)")
GIVEN_TO = re.compile(r"(?:[ \u00a0]+de[ \u00a0]+vote)?[ \u00a0]+à[ \u00a0]+((?:[A-ZÀ-Ý]|(?:son|sa|leur|la|l['’]|un|une)[ \u00a0])"
                      r"[^,;()]*?)(?:,|;|\(|\)| et | contre |\.|$)")
LIST_GAP = re.compile(r"[ \u00a0]*(?:\([^()]{1,30}\)|(?::|,|(?:de|d['’]|avec|à))?)[ \u00a0]*")
LIST_REACH = 40  # characters between a name and its score: "Samia Ghali (DVG) 2,7 %"
LIST_OPENING = re.compile(r"(?:[,;][ \u00a0]*|[ \u00a0]et[ \u00a0]+)$")
GAP_AFTER = re.compile(r"[ \u00a0]+(?:points?[ \u00a0]+)?(?:devant|derrière)\b")
#: A name behind a comparison ("devant le candidat LREM Benjamin Griveaux") is the one led, not the leader.
BEHIND = re.compile(r"\b(?:devant|derrière|contre)\b[^,;()]*$", re.IGNORECASE)
#: A name in the complement of a polled group: "auprès des sympathisants des Républicains (29 %)".
POLLED_BEFORE = re.compile(r"\b(?:sympathisants|électeurs|électorat|partisans|proches)\s+(?:des?|du|de la|d['’])\s*"
                           r"(?:[^.;:]*\bet\s+(?:des?|du|de la|d['’])\s*)?$", re.IGNORECASE)
CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*|\bet\s+)(?:(?:en|à la)\s+[\wÀ-ÿ]+\s+(?:place|position)\s+)?"
                            r"(?:avec|crédités?|créditées?)\s+(?:seulement\s+|à peine\s+|près de\s+)?$", re.IGNORECASE)

#: "avec" right before a number: "le Brésil avec 128.539 morts".
WITH_BEFORE = re.compile(r"(?:^|[\s,(])(?P<avec>avec)[ \u00a0]+$", re.IGNORECASE)
APPOSED_REACH = 60  # characters of an apposition between a name and "avec": ", pays le plus touché"
#: One or two comma-delimited appositions between a name and its verb: ", 25 ans, connu des services,".
APPOSITION = re.compile(r"\s*,(?:[^,;:.!?\"«»()\n]{1,70},){1,2}\s*")
APPOSITION_REACH = 150
#: DATE_LEAD is only tried on names ending this close before the date (a few spaces and a word)
DATE_LEAD_REACH = 200
DATE_LEAD = re.compile(r"[ \u00a0]+(?:(?:en|le|la|l['’]|au|à|dès|depuis|début|fin)[ \u00a0]*)?", re.IGNORECASE)
#: A measure of the noun it governs: "le niveau des dépenses" changes the expenses.
MEASURE_NOUNS = frozenset({"niveau", "montant", "nombre", "total", "volume", "taux", "part", "plafond", "seuil"})
#: Nouns that never hold a bracketed score: times ("au moment de sa nomination (59 %)") and units
#: ("perd un point (5,5 %)").
NOT_THINGS = frozenset({"moment", "époque", "mois", "année", "an", "semaine", "jour", "période", "niveau", "fois",
                        "point", "pourcent", "pour-cent"})
#: A sentence opening with a past participle, up to the score, with no comma or verb group between:
#: "Arrivé en tête avec", "Crédité de", "Réélue avec", "Battu de".
FRONTED_PARTICIPLE = re.compile(r"\s*(?!(?:Parmi|Aussi|Ainsi|Ici|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Midi|Jusqu)\b)"
                                r"[A-ZÀ-Ý][a-zà-ÿ-]*(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\b[^,;:.!?«»\"]{0,60}$")
#: How a noun phrase holding a bracketed score may be introduced: as an argument, a "de" complement
#: or the term of a comparison ("loin devant la hausse de la CSG (31 %)").
THING_CASES = frozenset({"", *DE_WORDS, "devant", "derrière", "contre"})


def entity_holding(doc: "Document", lo: int, hi: int, labels: tuple[str, ...] = ("PER", "ORG")) -> "Entity | None":
    hits = [e for e in doc.entities if e.label in labels and lo <= e.start and e.end <= hi]
    return hits[0] if hits else None


def score_holder(doc: "Document", sent: "Span", q: "Quantity") -> "Entity | None":
    """The entity a score belongs to by word order: brackets, "pour X", "Avec N %, X"."""
    start = sent.start_char + q.start
    end = sent.start_char + max(q.end, q.of_end or q.end)
    return (bracketed_holder(doc, start) or listed_holder(doc, start) or pour_holder(doc, sent, end)
            or opening_holder(doc, sent, start, end) or gap_holder(doc, sent, q, start) or with_holder(doc, sent, start))


def bracketed_holder(doc: "Document", start: int) -> "Entity | None":
    """"Julien Poix (8,8%)", "Rachida Dati (LR, 22,7%)": the name right before the bracket."""
    opening = doc.text.rfind("(", max(0, start - BRACKET_REACH), start)
    if opening < 0 or ")" in doc.text[opening:start]:
        return None
    before = opening
    while before > 0 and doc.text[before - 1].isspace():  # len(doc.text[:opening].rstrip()), no copy
        before -= 1
    dated = [d for d in doc.dates if d.end == before]
    if dated:  # "Édouard Philippe le mois dernier (54 %)", "X en mars (51 %)": the name before the date
        at = dated[-1].start
        ends = [e for e in doc.entities if e.label in NAMED_LABELS and at - DATE_LEAD_REACH <= e.end <= at
                and DATE_LEAD.fullmatch(doc.text[e.end:at])]
    else:
        ends = [e for e in doc.entities if e.label in NAMED_LABELS and 0 <= opening - e.end <= 1]
    if ends and POLLED_BEFORE.search(doc.text[max(0, ends[-1].start - 80):ends[-1].start]):
        return None  # "auprès des sympathisants des Républicains (29 %)": the share of a group polled
    return ends[-1] if ends else None


def bracketed_phrase(doc: "Document", sent: "Span", start: int, end: int, excluded: "Callable[[Token], bool]",
                     changes: frozenset[str]) -> "Token | None":
    """"lui reprochent la réforme des retraites (58 %), devant la hausse de la CSG (31 %)": a score alone
    in brackets after a noun phrase naming a thing is that thing's; a change ("suppression", `changes`)
    is named with what it changes ("la suppression du service militaire"). Only a singular common noun
    that names no people ("les retraités (45 %)" are a group polled; `excluded`), is not in a
    circumstance ("dans une moindre mesure (64 %)") and is no name (`bracketed_holder` reads those). A
    measure ("une bonne opinion de lui (56 %)") is its owner's: the caller reads it through `Names`."""
    spacy_doc, text = sent.doc, doc.text
    opening = text.rfind("(", sent.start_char, start)
    if opening < 0 or text[opening + 1:start].strip() or not re.match(r"\s*\)", text[end:end + 3]):
        return None
    before = spacy_doc.char_span(sent.start_char, opening, alignment_mode="contract")
    if before is None or not len(before):
        return None
    t = before[-1]
    while (t.dep_ in ("amod", "flat:name", "fixed") or t.dep_ == "nmod" and (t.pos_ == "PROPN" or bare_de(t))) \
            and t.head.i < t.i:
        t = t.head  # "l'ISF" -> "suppression", "des APL" -> "baisse", "taux de marge"; not "désastre des européennes"
    if t.dep_ == "nmod" and t.head.i < t.i and t.head.lemma_.lower() in changes:
        t = t.head  # "la suppression du service militaire"
    if t.pos_ != "NOUN" or "Plur" in t.morph.get("Number") or excluded(t) or case_of(t) not in THING_CASES \
            or any(c.dep_ == "nummod" for c in t.children) or t.lemma_.lower() in NOT_THINGS \
            or t.dep_ == "nmod" and t.head.pos_ == "NOUN" \
            or any(e.start <= t.idx < e.end for e in [*doc.entities, *doc.dates]) or person_acts(doc, t):
        return None  # "la population" in "une partie de la population (44 %)": a complement, not the thing
    return t


def person_acts(doc: "Document", thing: "Token") -> bool:
    """"Nicolas Sarkozy est celui qui incarne le mieux la droite (86 %)": the object of a verb whose
    subject is a person (a name, a pronoun) is not what the share is about; the person is."""
    if thing.dep_ != "obj":
        return False
    subject = subject_token(thing.head)
    return subject is not None and (subject.pos_ == "PRON" or any(
        e.label == "PER" and e.start <= subject.idx < e.end for e in doc.entities))


def bare_de(token: "Token") -> bool:
    """A "de" complement without determiner, part of its head's name ("taux de marge")."""
    return case_of(token) in ("de", "d'", "d’") and not any(c.dep_ == "det" for c in token.children)


def listed_holder(doc: "Document", start: int) -> "Entity | None":
    """A list of scores: "..., Eric Zemmour de 13 à 15 %", "et Yannick Jadot 7 %", ", Samia Ghali
    (DVG) 2,7 %": the name right before the score (a bracketed label between them), itself right
    after a comma or "et"."""
    for e in doc.entities:
        if e.label == "PER" and 0 <= start - e.end <= LIST_REACH and LIST_GAP.fullmatch(doc.text[e.end:start]) \
                and LIST_OPENING.search(doc.text[max(0, e.start - 6):e.start]):
            return e
    return None


def pour_holder(doc: "Document", sent: "Span", end: int) -> "Entity | None":
    """"contre 22,7% pour Rachida Dati", "donne 38 % d'intentions de vote à Alain Juppé": the name that
    opens the complement, titles or an infinitive allowed ("pour la candidate LR X", "pour sauver X"),
    not one deeper in it ("pour un dommage chiffré par la Cour des comptes")."""
    after = AFTER_POUR.match(doc.text[end:end + 80]) or GIVEN_TO.match(doc.text[end:end + 80])
    if after is None:
        return None
    lo = end + after.start(1)
    hit = entity_holding(doc, lo, end + after.end(1), ("PER",)) or entity_holding(doc, lo, end + after.end(1))
    gap = sent.doc.char_span(lo, hit.start, alignment_mode="expand") if hit is not None and hit.start > lo else None
    if gap is not None and len(gap) and "Inf" in gap[0].morph.get("VerbForm"):
        gap = gap[1:]  # "donné sept milliards pour sauver Air France": the one the money goes to
    return None if gap is not None and any(t.pos_ not in TITLE_POS and t.lower_ not in TITLE_DE for t in gap) else hit


def pour_phrase(doc: "Document", sent: "Span", end: int) -> "Token | None":
    """"contre 62 % pour le chef du gouvernement sortant", "30 % à son rival": the head noun of the phrase
    after "pour" / "à" that follows a score (the caller asks `Names` whom it names)."""
    after = AFTER_POUR.match(doc.text[end:end + 80]) or GIVEN_TO.match(doc.text[end:end + 80])
    if after is None:
        return None
    span = sent.doc.char_span(end + after.start(1), end + after.end(1), alignment_mode="contract")
    if span is None or not len(span) or span[0].pos_ not in ("DET", "NOUN", "PROPN"):
        return None  # "pour sauver X", "pour cent"
    root = span.root
    return root if root.pos_ in ("NOUN", "PROPN") else None


def opening_holder(doc: "Document", sent: "Span", start: int, end: int) -> "Entity | None":
    """"Avec 38 % des voix, Valérie Pécresse devance ...", "Arrivé en tête avec 29,8 %, X affrontera
    ...", "Crédité de 12 %, le candidat écologiste X progresse": the person that opens the main clause
    after a score in an opening phrase or a fronted participle."""
    before = doc.text[sent.start_char:start]
    participle = FRONTED_PARTICIPLE.match(before) is not None and sent[0].pos_ in ("VERB", "NOUN", "ADJ")
    if not CLAUSE_OPENING.search(before) and not participle:
        return None  # not "Mathieu Klein recueille 53 %, ...", not "Mais elles n'accueillent que 22 %, ..."
    comma = re.match(r"[^,;.]{0,40}?,\s*", doc.text[end:end + 60])
    if comma is None:
        return None
    lo = end + comma.end()
    hit = entity_holding(doc, lo, lo + 60, ("PER",))
    gap = sent.doc.char_span(lo, hit.start, alignment_mode="expand") if hit is not None and hit.start > lo else None
    if hit is None or gap is not None and any(t.pos_ not in TITLE_POS for t in gap):
        return None  # "Avec 6 %, elle est loin derrière Emmanuel Macron": Macron holds nothing
    return hit


def with_holder(doc: "Document", sent: "Span", start: int) -> "Entity | None":
    """"suivi par le Brésil avec 128.539 morts", "la Lombardie, région la plus touchée avec 900 morts":
    a number after "avec" is the name right before it (not one in a circumstance: "s'est imposé à
    Paris avec 52 %"), or the name an apposition ending on it describes (no finite verb between)."""
    before = doc.text[sent.start_char:start]
    m = WITH_BEFORE.search(before)
    if m is None:
        return None
    at = sent.start_char + m.start("avec")
    lead = doc.text[sent.start_char:at].rstrip()
    last = sent.start_char + len(lead)
    right = [e for e in doc.entities if e.end == last and e.start >= sent.start_char]
    if right:
        token = sent.doc.char_span(right[-1].start, right[-1].end, alignment_mode="expand")
        return right[-1] if token is not None and case_of(token.root) in ("", "par") else None
    comma = lead.rfind(",")
    if comma < 0 or last - (sent.start_char + comma) > APPOSED_REACH:
        return None
    between = sent.doc.char_span(sent.start_char + comma + 1, last, alignment_mode="expand")
    if between is None or not any(t.pos_ == "NOUN" for t in between) \
            or any(t.pos_ == "AUX" or t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm") for t in between):
        return None  # "X, qui a obtenu ..., avec": a clause, not an apposition; "face à X, avec": none
    named = [e for e in doc.entities if e.end == sent.start_char + len(lead[:comma].rstrip()) and e.start >= sent.start_char]
    if not named and "Part" in between[0].morph.get("VerbForm"):
        named = participle_holder(doc, sent, sent.start_char + comma)  # "X (79 ans) en poste depuis 1990, reconduit avec"
    token = sent.doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand") if named else None
    return named[-1] if token is not None and case_of(token.root) in ("", "par") else None


def participle_holder(doc: "Document", sent: "Span", comma: int) -> list["Entity"]:
    """The person a participial phrase after a comma describes ("le président X (79 ans) en poste
    depuis 1990, reconduit avec 68 %"): the last person named before the comma, with no verb between."""
    people = [e for e in doc.entities if e.label == "PER" and sent.start_char <= e.start and e.end <= comma]
    if not people:
        return []
    between = sent.doc.char_span(people[-1].end, comma, alignment_mode="expand")
    if between is not None and any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in between):
        return []
    return people[-1:]


def fronted_main_verb(doc: "Document", sent: "Span", start: int, end: int) -> "Token | None":
    """"En quatrième place avec 14 %, l'enquête met en tête une liste ...": the verb of the main clause
    after a score that opens the sentence (the parse often hangs the clause on the score)."""
    if not CLAUSE_OPENING.search(doc.text[sent.start_char:start]):
        return None
    comma = re.match(r"[^,;.]{0,40}?,\s*", doc.text[end:end + 60])
    if comma is None:
        return None
    after = [t for t in sent if t.idx >= end + comma.end()]
    return next((t for t in after if t.pos_ == "VERB"), None)


def gap_holder(doc: "Document", sent: "Span", q: "Quantity", start: int) -> "Entity | None":
    """"X caracole en tête, sept points devant Y, et neuf devant Z": a lead in points belongs to the
    last name before it that is not itself behind "devant" / "derrière" / "contre"."""
    if q.unit != "point" or not GAP_AFTER.match(doc.text, sent.start_char + q.end):
        return None
    names = [e for e in doc.entities if e.label in ("PER", "ORG") and sent.start_char <= e.start and e.end <= start
             and not BEHIND.search(doc.text[max(sent.start_char, e.start - 40):e.start])]
    return names[-1] if names else None


def recipient(words: frozenset[str], pred: "Token", head: "Token") -> "Token | None":
    """"19 % des suffrages reviendraient à la liste de X", "les sondages donnent 20 % à X": a verb that
    hands its subject or object over (`recipient_verbs` of facts_names.json) gives it to its "à"
    complement."""
    if head.head.i != pred.i or head.dep_ not in ("nsubj", "nsubj:pass", "obj") or infinitive(pred) not in words:
        return None
    for child in pred.children:
        if child.dep_ in ("obl:arg", "obl", "obl:mod", "iobj") and child.i > pred.i and case_of(child) in A_WORDS:
            return child
    return None


#: Third-person possessive determiners: "ses deux enfants", "leur 30 sièges"; "mon", "notre" are the speaker's.
THIRD_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
OBJECT_DEPS = frozenset({"obl:arg", "iobj", "obj"})


def possessor(head: "Token") -> "Token | None":
    """Whose "ses trois fils" or "son équipe de 12 ministres" is when the clause says it: walking up
    from the possessed noun (the counted noun, or the noun its "de" complement hangs on), the first
    nominal subject of a verb on the way, the one an infinitive's governing verb hands it to ("autorise
    la maire X à doubler ses crèches"), the noun the infinitive hangs on, or a name the clause hangs on
    ("X, arrivée avec ses trois fils"). A relative pronoun is passed over for its antecedent; a personal
    pronoun stops the walk (its referent is the resolver's, not the parse's)."""
    noun = head if own_possessive(head) else head.head if head.dep_ == "nmod" and case_of(head) in DE_WORDS \
        and head.head.i < head.i and own_possessive(head.head) else None
    if noun is None:
        return None
    token = noun
    for _ in range(8):  # a clause's depth; the root is its own head
        if token.head.i == token.i:
            return None
        came_from, token = token, token.head
        if token.pos_ == "PROPN" or came_from.dep_ in ("acl:relcl", "xcomp") and token.pos_ == "NOUN":
            return token  # a name, the antecedent of "qui", the noun an infinitive hangs on
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != came_from.i), None)
        if subject is not None and subject.pos_ != "PRON":
            return subject
        if subject is not None and "Rel" not in subject.morph.get("PronType"):
            return None
        if subject is None and came_from.dep_ == "xcomp":
            given = next((c for c in token.children if c.dep_ in OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
            if given is not None:
                return given
    return None


def own_possessive(noun: "Token") -> bool:
    return any(c.dep_ == "det" and c.lower_ in THIRD_POSSESSIVES for c in noun.children)


def noun_owner(head: "Token", end: int, estimation_verbs: frozenset[str], origins: frozenset[str]) -> "Token | None":
    """Whose thing a number measures when its noun phrase goes on to say it: a "de" complement right
    after the fact ("la hausse de 3 euros du forfait hospitalier", "les 40 000 lits des hôpitaux"), the agent of a
    participle right after it ("l'aide de 2 milliards d'euros réclamée par la compagnie") or where
    the counted come from ("près d'un tiers venus du PS"; `origins`), on the quantity or on the noun
    it is a complement of. Not across a comma ("7 %, suivis par X"), and an estimate's agent
    ("recensés par le ministère") is its source, not its holder."""
    nouns = [head]
    if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        nouns.append(head.head)  # "la baisse [de 5 euros]", "le prêt [de 5 milliards]"
    text = doc_text(head.doc)
    for noun in nouns:
        for child in noun.children:
            if child.idx < end or text[end:child.left_edge.idx].strip():
                continue
            case = case_of(child)
            if child.lower_ in VOTE_NOUNS and any(c.dep_ == "nummod" for c in child.children):
                continue  # "60 % des 2.000 voix": a total of votes the share is taken from, not its holder
            if child.dep_ == "nmod" and case in DE_WORDS \
                    and (child.pos_ == "PROPN" or child.pos_ == "NOUN" and (case in ("des", "du") or definite(child))):
                return child
            if child.dep_ in ("amod", "acl") and child.lemma_.lower() in origins:
                source = next((c for c in child.children if c.dep_.startswith("obl") and case_of(c) in DE_WORDS), None)
                if source is not None:
                    return source
            if child.dep_ == "acl" and "Part" in child.morph.get("VerbForm") and infinitive(child) not in estimation_verbs:
                agent = next((a for a in child.children if a.dep_ == "obl:agent"), None)
                if agent is not None:
                    return agent
    return None


def place_of_relative(doc: "Document", pred: "Token", start: int) -> "Entity | None":
    """"en France où plus de 23.000 manifestants ont défilé": a clause opened by "où" right after a place
    is about that place (the parse often hangs the relative on another noun, or the number on the main
    verb): the predicate's "où", or one right before the number."""
    where = next((c.idx for c in pred.children if c.lower_ == "où" and c.i < pred.i), None)
    opening = re.search(r"\boù[ \u00a0]+$", doc.text[max(0, start - 12):start])
    if opening is not None:
        where = start - len(opening.group())
    if where is None:
        return None
    before = doc.text[:where].rstrip(" ,\u00a0")
    places = [e for e in doc.entities if e.label == "LOC" and e.end == len(before)]
    return places[-1] if places else None


def changed_object(pred: "Token", head: "Token", change_verbs: frozenset[str]) -> "Token | None":
    """"remonter le budget de la Défense à 3 % du PIB", "baisser le niveau des dépenses de 4 points": a
    change verb's amount ("de N", "à N") is about its object, not about who changes it; a measure noun
    ("le niveau des dépenses") gives way to what it measures. Not the subject's own thing ("a réduit son
    salaire de 10 %": the person's)."""
    if infinitive(pred) not in change_verbs or case_of(head) not in (*DE_WORDS, *A_WORDS) \
            or not (head.head.i == pred.i or inside_object(head, pred)):
        return None  # the amount hangs on the verb, or the parse hangs it inside the object
    obj = next((c for c in pred.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.i != head.i), None)
    if obj is None or obj.pos_ == "PROPN" or possessed(obj) or any(c.dep_ == "nummod" for c in obj.children):
        return None  # "X remonte de 4 points, Martine Aubry (48 %) de 3": a gapped clause, no object
    measured = next((c for c in obj.children if c.dep_ == "nmod" and case_of(c) in DE_WORDS and c.i != head.i), None)
    return measured if measured is not None and obj.lemma_.lower() in MEASURE_NOUNS else obj


def inside_object(head: "Token", pred: "Token") -> bool:
    """The parse hung the amount inside the verb's object through "de" complements only ("baisser le
    niveau des dépenses de 4 points"), not in a circumstance ("la vitesse sur la boucle de 35 km")."""
    t = head.head
    while t.dep_ == "nmod" and case_of(t) in DE_WORDS and t.head.i != t.i:
        t = t.head
    return t.dep_ == "obj" and t.head.i == pred.i and t.i != head.i


def object_bounds(obj: "Token") -> tuple[int, int]:
    """The object's phrase without its complements that hold a number ("l'indemnité [de trois
    conseillers]", "la vitesse [de 70 à 50 km/h ...]")."""
    size = len(doc_text(obj.doc))
    numbered = [c.left_edge.idx for c in obj.children if c.i > obj.i and any(t.like_num for t in c.subtree)]
    return phrase_bounds(obj, (min(numbered, default=size), size))


def definite(token: "Token") -> bool:
    """A noun with a definite article ("de l'affaire", "de la ville"), not a quantifier ("de toutes les
    tendances")."""
    determiners = [c.lower_ for c in token.children if c.dep_ == "det" or c.lemma_.lower() == "tout"]
    return bool(determiners) and all(d in ("le", "la", "l'", "l’", "les") for d in determiners)


def name_before_verb(doc: "Document", pred: "Token") -> "Entity | None":
    """A name right before the verb group (or copula) when the parser lost the subject ("Selon un
    sondage, Marine Le Pen obtiendrait 20 %": the parse hangs the name on "sondage"; "Stéphane
    Séjourné, est en 7e position": the parse makes "position" a conjunct of the name), or a person
    before an apposition between commas ("X, 25 ans, connu des services de renseignements, a tué";
    "X, présidente du RN, s'est contentée de deux tweets": the person, not the party in the apposition)."""
    named = name_right_before(doc, pred)
    if named is None and pred.dep_ == "conj" and pred.head.i < pred.i and pred.head.pos_ == "VERB":
        named = name_right_before(doc, pred.head)  # "X, 25 ans, a tué quatre personnes et en a blessé ..."
    return named


def name_right_before(doc: "Document", pred: "Token") -> "Entity | None":
    copulas = [c for c in pred.children if c.dep_ == "cop" and c.i < pred.i]
    if pred.pos_ != "VERB" and not copulas:
        return None
    first, _ = cue_extent(copulas[0] if copulas else pred)
    at = pred.doc[first].idx
    apposed = [e for e in doc.entities if e.label == "PER" and 0 < at - e.end <= APPOSITION_REACH
               and APPOSITION.fullmatch(doc.text[e.end:at])]
    if apposed:  # "Marine Le Pen, présidente du Rassemblement national, s'est contentée de": not the party
        return apposed[-1]
    hits = [e for e in doc.entities if e.label in ("PER", "ORG") and 0 <= at - e.end <= 3
            and re.fullmatch(r"[\s,]*", doc.text[e.end:at])]
    return hits[-1] if hits else None
