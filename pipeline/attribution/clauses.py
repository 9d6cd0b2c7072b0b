"""The reporting clause of a cue verb: its extent, its speaker phrase and the medium it addresses."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..coreference.phrases import after_de
from .lexicon import QuoteLexicon
from .phrases import (
    MEDIUM_PREPOSITIONS,
    TokenSpan,
    clitic_after,
    clitic_inside,
    cue_extent,
    inverted_subject,
    noun_phrase_from,
    preverbal_subject,
    subject_phrase,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

OPENING_CONTEXT = frozenset({",", "»", "”", '"', "›", "–", "—", "(", "-"})
MEDIUM_WINDOW = 15
#: Endings of past participles ("jugé", "appelée", "dit", "promis", "reconnu", "ouvert").
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "it", "ite", "its", "u", "ue", "us", "ert", "erte")
MAX_GERUND_DEPTH = 2
#: Prepositions that open an adverbial phrase, never a subject ("Dans un entretien", "Sur son blog").
ADVERBIAL_PREPOSITIONS = frozenset({"dans", "à", "a", "au", "aux", "en", "sur", "lors", "pendant", "après", "avant",
                                    "depuis", "chez", "devant", "selon", "par", "via", "avec"})


@dataclass(frozen=True)
class ReportingClause:
    cue: tuple[int, int]
    lemma: str
    speaker: TokenSpan | None
    medium: TokenSpan | None


def is_impersonal_passive(verb: "Token", cue: tuple[int, int]) -> bool:
    """"est-il écrit", "il est précisé que": an impersonal passive names no speaker."""
    doc = verb.doc
    words = [t.lower_ for t in doc[cue[0]:cue[1]]]
    # Not the tagger's Voice=Pass: it marks inverted "a-t-il mis en garde" as passive.
    return any(t.lemma_ == "être" for t in doc[cue[0]:cue[1]]) and not {"se", "s'", "s’"} & set(words)


def is_passive(verb: "Token", cue: tuple[int, int]) -> bool:
    """"est jugé", "ont été priés de": a participle after a form of "être" (not "s'est dit"); its
    subject is who is spoken about, the speaker is the "par" agent if any."""
    doc = verb.doc
    if "Part" not in verb.morph.get("VerbForm") or verb.lower_.endswith("ant"):
        return False
    words = {t.lower_ for t in doc[cue[0]:cue[1]]}
    return any(t.lemma_ == "être" for t in doc[cue[0]:verb.i]) and not {"se", "s'", "s’"} & words


def is_inverted_position(verb: "Token", cue_start: int) -> bool:
    """The cue opens its clause: after a comma or closing quote, or first in the sentence."""
    if cue_start == verb.sent.start:
        return True
    return verb.doc[cue_start - 1].text in OPENING_CONTEXT


def reporting_clause(verb: "Token", lemma: str, lexicon: QuoteLexicon, inverted: bool | None = None,
                     depth: int = 0) -> ReportingClause:
    """Cue, speaker and medium of the reporting verb `verb` (lemma from the lexicon).

    A gerund ("…, arguant que", "en mettant en garde contre") or an infinitive after "de" ("assure-t-il,
    avant d'affirmer : « … »") speaks with the voice of the verb it hangs on, whose subject may be inverted ("a précisé le ministre, arguant que"); an adjectival
    participle names its speaker with "par" ("des mesures jugées « utiles » par le
    préfet")."""
    cue = cue_extent(verb)
    if " " in lemma:  # "mettre en garde": the cue runs over the phrase's words
        cue = (cue[0], min(verb.sent.end, cue[1] + lemma.count(" ")))
    limit = verb.sent.end
    infinitive = is_linked_infinitive(verb, cue)
    gerund = verb.lower_.endswith("ant") and "Part" in verb.morph.get("VerbForm") or infinitive
    apposition_allowed = inverted is None  # not when the caller read the content before the cue
    if inverted is None:
        inverted = is_inverted_position(verb, cue[0])
    bare_participle = cue[0] == verb.i and "Part" in verb.morph.get("VerbForm") and is_second_participle(verb)
    inverted = inverted and not gerund and not bare_participle  # "…, soulignant que": the subject is the main clause's
    speaker = None
    clitic = None if gerund else clitic_inside(cue[0], cue[1], verb.doc) or clitic_after(verb)
    if clitic is not None and not is_impersonal_passive(verb, cue):
        speaker = TokenSpan(clitic.i, clitic.i + 1, clitic.i)
    elif inverted or after_relative_que(verb.doc, cue[0]):
        speaker = inverted_subject(verb, limit, lexicon.media_names)  # "Des départs que minimise X, chef de file…"
    if speaker is None and is_passive(verb, cue):
        return ReportingClause(cue, lemma, agent_phrase(verb), None)  # "a été qualifié de … par X"
    if speaker is None and infinitive and depth < MAX_GERUND_DEPTH:
        speaker = governing_speaker(verb, lexicon, depth)  # the parse gives it the main verb's subject, often wrong
    if speaker is None and gerund and not infinitive and depth < MAX_GERUND_DEPTH:
        speaker = governing_speaker(verb, lexicon, depth)  # ", ajoutant que": not the reported clause's subject
    if speaker is None and (not inverted or apposition_allowed and after_apposition(verb, cue)):
        subject = preverbal_subject(verb)
        if subject is not None and is_prepositional(subject):
            speaker = subject_after_adverbial(verb.doc, subject, cue[0])  # "Dans un entretien accordé à X, son ami Y révèle"
        elif subject is not None and not (subject.lower_ == "il" and is_impersonal_passive(verb, cue)):
            speaker = with_named_apposition(verb.doc, with_leading_name(verb.doc, subject_phrase(subject)), cue[0])
    if speaker is None and gerund and depth < MAX_GERUND_DEPTH:
        speaker = governing_speaker(verb, lexicon, depth)
    if speaker is None and cue[0] == verb.i and "Part" in verb.morph.get("VerbForm") and not gerund:
        speaker = agent_phrase(verb)
        if speaker is None and depth < MAX_GERUND_DEPTH and bare_participle:
            speaker = governing_speaker(verb, lexicon, depth)  # "Elle a dénoncé X, jugé Y « … »"
    return ReportingClause(cue, lemma, speaker, find_medium(verb, lexicon, speaker))


def after_apposition(verb: "Token", cue: tuple[int, int]) -> bool:
    """"Le chef de l'opposition, Marc Durand, a appelé": a comma before the cue closes an apposition
    when the parse gives the verb a subject before it (an incise after content has none: the
    content's subject hangs on the content's verb)."""
    doc = verb.doc
    if cue[0] == verb.i or cue[0] < verb.sent.start + 2 or doc[cue[0] - 1].text != ",":
        return False  # a bare participle ("…, jugé « pas humble »") is no finite reporting clause
    if doc[cue[0] - 2].pos_ not in ("NOUN", "PROPN", "ADJ") or any(t.text in '«»"“”' for t in doc[verb.sent.start:cue[0]]):
        return False  # '« … », écrit sur sa page X': an incise after quoted words
    return inverted_subject(verb, verb.sent.end) is None


def is_second_participle(verb: "Token") -> bool:
    """A bare past participle after a comma or "et" ("a dénoncé X, jugé Y", "a salué X et estimé
    que"): the auxiliary and the subject of the reporting verb before it are its own."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or not (before.text == "," or before.lower_ in ("et", "puis")) or verb.lower_.endswith("ant"):
        return False
    if not verb.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
        return False  # the tagger calls "lance" a participle too
    for previous in reversed(verb.doc[verb.sent.start:verb.i - 1]):
        if previous.pos_ != "VERB":
            continue
        if "Part" not in previous.morph.get("VerbForm"):
            return False  # not "reste X, jugé « … »"
        if any(child.dep_.startswith("aux") for child in previous.children):
            marks = sum(t.text in '«»"“”' for t in verb.doc[previous.i:verb.i])
            return marks % 2 == 0  # '« J'ai été bien traitée », dit X': the verb before is the quote's own
    return False  # past bare participles ("a dénoncé A, jugé B, et appelé C") to the one with the auxiliary


def is_linked_infinitive(verb: "Token", cue: tuple[int, int]) -> bool:
    """A bare infinitive cue right after "de" / "d'" ("avant d'affirmer", "afin de préciser"): it
    has no subject of its own."""
    return "Inf" in verb.morph.get("VerbForm") and cue[0] == verb.i and verb.i > 0 \
        and verb.doc[verb.i - 1].lower_ in ("de", "d'", "d’")


def after_relative_que(doc, cue_start: int) -> bool:
    """The cue follows the object relative "que" ("les départs que minimise X"): its subject is
    inverted after it."""
    if cue_start == 0:
        return False
    before = doc[cue_start - 1]
    return before.lower_ in ("que", "qu'", "qu’") and before.pos_ == "PRON" and cue_start >= 2 \
        and doc[cue_start - 2].pos_ in ("NOUN", "PROPN")


def is_prepositional(subject: "Token") -> bool:
    """A subject the parse gave a preposition ("Dans un entretien accordé à …, X révèle", "Sur son
    blog, X explique"): an adverbial, not who speaks. Only the verb's own subject: the antecedent
    of "qui" may well sit in a phrase ("contre la banque, qui a demandé")."""
    return subject.dep_.startswith("nsubj") and any(
        child.dep_ == "case" and child.i < subject.i and child.lower_ in ADVERBIAL_PREPOSITIONS for child in subject.children)


def subject_after_adverbial(doc, subject: "Token", cue_start: int) -> TokenSpan | None:
    """The real subject behind an adverbial the parse took for it: a name right before the cue
    (not a "de" complement: "l'ex-ministre de la Justice"), else the phrase after the adverbial's
    comma ("A l'antenne de X, l'ex-ministre de la Justice a assuré")."""
    for ent in doc.ents:
        if ent.end == cue_start and ent.label_ in ("PER", "ORG") and not after_de(doc, doc[ent.start].idx):
            return TokenSpan(ent.start, ent.end, ent.start)
    comma = next((t.i for t in doc[subject.i:cue_start] if t.text == ","), None)
    return noun_phrase_from(doc, comma + 1, cue_start) if comma is not None else None


def governing_speaker(verb: "Token", lexicon: QuoteLexicon, depth: int) -> TokenSpan | None:
    """The speaker of the verb a gerund hangs on: its head in the parse when a verb before it, else
    the nearest reporting verb before it in the sentence, outside quote marks (the parse often hangs
    the gerund elsewhere: "a insisté X, notamment sur le plan social, en mettant en garde contre …").
    A head inside a que-clause is the reported clause's verb, not the speaker's: "a affirmé que
    l'armée se retirerait, précisant que …" goes to the reporting verb."""
    head = verb.head
    if head is not verb and head.i < verb.i and head.pos_ in ("VERB", "AUX") and not is_completive(head):
        lemma = lexicon.verb_lemma(head, loose=True) or head.lemma_.lower()
        speaker = reporting_clause(head, lemma, lexicon, depth=depth + 1).speaker
        if speaker is not None:
            return speaker
    quoted = False
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.text in '«»"“”':
            quoted = not quoted
        if quoted:
            continue
        incise = token.i > 0 and token.doc[token.i - 1].text == ","  # ", juge/NOUN le maire"
        lemma = lexicon.verb_lemma(token, loose=incise) if not token.lower_.endswith("ant") else None
        if lemma is not None:
            return reporting_clause(token, lemma, lexicon, depth=depth + 1).speaker
    return None


def is_completive(verb: "Token") -> bool:
    """The verb heads a que-clause ("que l'armée se retirerait")."""
    return any(child.dep_ == "mark" and child.lower_ in ("que", "qu'", "qu’") for child in verb.children)


def agent_phrase(verb: "Token") -> TokenSpan | None:
    """The noun phrase after "par" following a participle, within its sentence."""
    doc, limit = verb.doc, verb.sent.end
    for k in range(verb.i + 1, min(limit, verb.i + MEDIUM_WINDOW)):
        if doc[k].lower_ == "par":
            return noun_phrase_from(doc, k + 1, limit)
        if doc[k].is_punct and doc[k].text not in '«»"“”' or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def with_named_apposition(doc, speaker: TokenSpan, cue_start: int) -> TokenSpan:
    """"La rivale d'Alexandre Loukachenko, Svetlana Tikhanovskaïa, a affirmé": the name set off by
    commas between the subject and the verb belongs to the speaker phrase."""
    if speaker.end >= cue_start or doc[speaker.end].text != "," or doc[cue_start - 1].text != ",":
        return speaker
    first = speaker.end + 1  # the entity that starts there, read off the tokens (not all of doc.ents)
    if doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "PER":
        return speaker
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return TokenSpan(speaker.start, end, speaker.head) if end < cue_start else speaker


def with_leading_name(doc, speaker: TokenSpan) -> TokenSpan:
    """"Jeanne Martin, la cheffe des sénateurs centristes, a été plus sévère": a name opening the sentence
    before the role in apposition is the speaker phrase's head."""
    comma = speaker.start - 1
    if comma < 1 or doc[comma].text != ",":
        return speaker
    last = doc[comma - 1]  # the entity that ends before the comma, read off the tokens
    if last.ent_type_ != "PER" or doc[comma].ent_iob_ == "I":
        return speaker
    start = last.i
    while doc[start].ent_iob_ == "I":
        start -= 1
    return TokenSpan(start, speaker.end, start) if start == doc[comma].sent.start else speaker


def find_medium(verb: "Token", lexicon: QuoteLexicon, speaker: TokenSpan | None) -> TokenSpan | None:
    """The addressee or channel of the statement: "à la chaîne Euronews", "sur France Inter"."""
    doc = verb.doc
    end = min(verb.sent.end, verb.i + MEDIUM_WINDOW)
    for i in range(verb.i + 1, end):
        if doc[i].lower_ not in MEDIUM_PREPOSITIONS or (speaker and speaker.start <= i < speaker.end):
            continue
        phrase = noun_phrase_from(doc, i + 1, verb.sent.end, split_names=True)
        if phrase is not None and is_media_phrase(doc[phrase.start:phrase.end], lexicon):
            return with_outlet(doc, phrase, verb.sent.end)
    return None


def with_outlet(doc, phrase: TokenSpan, limit: int) -> TokenSpan:
    """"un entretien au Parisien", "au micro de France Inter": the outlet after the format noun."""
    i = phrase.end
    if i < limit and doc[i].lower_ in ("à", "au", "aux", "de", "du", "d'", "d’"):
        outlet = noun_phrase_from(doc, i + 1, limit, split_names=True)
        if outlet is not None:
            return TokenSpan(phrase.start, outlet.end, phrase.head)
    return phrase


def is_media_phrase(tokens, lexicon: QuoteLexicon) -> bool:
    """A phrase headed by a media noun ("la chaîne", "le micro") or starting with a media name."""
    if any(lexicon.noun_class(t.lemma_, "media") or lexicon.noun_class(t.lower_, "media") for t in tokens if t.pos_ == "NOUN"):
        return True
    return starts_with_media_name(tokens.text, lexicon)


def starts_with_media_name(text: str, lexicon: QuoteLexicon) -> bool:
    """The text (or "le"/"la"/"les"/"l'" + text) is a media name or starts with one and a space.

    Looks up each word-boundary prefix in the set, so the cost follows the text, not the list.
    """
    text = text.lower().replace("’", "'")
    names = lexicon.media_names
    for variant in (text, "le " + text, "la " + text, "les " + text, "l'" + text):
        if variant in names:
            return True
        at = variant.find(" ")
        while at >= 0:
            if variant[:at] in names:
                return True
            at = variant.find(" ", at + 1)
    return False
