"""Indirect speech: a reporting verb with a que-clause or a de-infinitive, or an inverted reporting
clause after unquoted content ("…, annonce la chaîne Belarus 1").

Why the content runs to the sentence end rather than to the parse's clause edge: the parser often
hangs the que-clause on the wrong verb (in the seed, "que" is an object of the embedded verb), while
the reported clause nearly always closes the sentence; a trailing incise or "selon" is cut off.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from ..spacy_text import doc_text
from .boundaries import appended_at, is_finite, stacked_at
from .candidates import Candidate
from .clauses import reporting_clause, starts_with_media_name
from .infinitives import after_cue, complement_start, complement_verb, infinitive_start, judgement_start, pour_start, self_description_start
from .lexicon import QuoteLexicon
from ..marks import MarkedSpan
from .phrases import TokenSpan, cue_extent, noun_phrase_from, is_clitic_subject, starts_according, token_index_at, token_mask

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUE = frozenset({"que", "qu'", "qu’"})
DE = frozenset({"de", "d'", "d’"})
OPENING_MARKS = frozenset("«“‹")
CLOSING_MARKS = frozenset("»”›")
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | {'"'}
QUE_WINDOW = 12
CLITICS_BEFORE_VERB = frozenset({"se", "s'", "s’", "ne", "n'", "n’", "y", "en", "le", "la", "les", "l'", "l’", "lui", "leur"})
COMPLEMENT_BREAKS = frozenset({"tandis", "alors", "mais", "car", "comme", "puisque", "lorsque", "quand", "si", "afin", "pour"})
#: Words before "que" that make it a conjunction ("tandis que", "alors que"), not a reporting complementizer.
CONJUNCTION_QUE = frozenset({"ce", "c'", "ainsi", "plus", "moins", "autant", "tant", "alors", "bien", "tandis", "parce",
                             "lors", "dès", "pendant", "avant", "après", "sans", "pour", "afin", "depuis", "même", "sitôt"})
PHRASE_PREPOSITIONS = frozenset({"à", "au", "aux", "dans", "sur", "lors", "devant", "via", "en", "auprès"})
MIN_CONTENT_TOKENS = 3
BETWEEN_VERB_AND_QUE = frozenset({"ADV", "NUM", "ADP", "DET", "PROPN", "PRON", "PUNCT", "NOUN", "ADJ"})
NO_SPEAKER = frozenset({"je", "j'", "j’", "nous", "vous", "tu", "on", "-on", "-je", "-nous", "-vous", "ce", "c'", "c’", "cela", "ça", "qui"})
SPEAKER_WORDS = frozenset({"dernier", "dernière", "derniers", "dernières", "%"})
TIME_NOUNS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
                        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre", "semaine", "jour", "veille", "lendemain", "an", "année"})


class IndirectQuoteFinder:
    """Finds reporting verbs outside quote marks and the content they introduce."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: "Doc", blocked: list[tuple[int, int]], direct: list[tuple[int, int]] = ()) -> list[Candidate]:
        """`blocked`: character ranges inside quote marks, where a verb is the quoted speaker's own;
        `direct`: those of direct quotes, which no inverted cue takes as its content."""
        found = []
        skip = token_mask(doc, blocked)
        owned = token_mask(doc, list(direct))
        for sent in doc.sents:
            for verb in sent:
                if skip[verb.i]:
                    continue
                candidate = self.candidate_for(doc, sent, verb, owned)
                if candidate is not None:
                    found.append(candidate)
        return found

    def candidate_for(self, doc: "Doc", sent: "Span", verb: "Token", owned: bytearray) -> Candidate | None:
        lemma = self.lexicon.verb_lemma(verb) or self.verb_before_que(verb)
        if lemma is None:
            return None
        content = self.que_clause(sent, verb, lemma) or self.infinitive_clause(sent, verb, lemma) \
            or self.colon_clause(sent, verb)
        inverted = False
        if content is None:
            content = self.comme_clause(sent, verb, owned)
            inverted = content is not None
        if content is None:
            content = self.before_inverted_cue(sent, verb, owned)
            inverted = content is not None
        if content is None:
            return None
        clause = reporting_clause(verb, lemma, self.lexicon, inverted=inverted)
        if clause.speaker is None and is_fronted_participle(sent, verb):
            clause = replace(clause, speaker=main_subject(sent, content[1]))
        if clause.speaker is None and lemma in self.lexicon.frames.accusation and not inverted:
            return Candidate("indirect", content[0], content[1], clause.cue, lemma, None, clause.medium)
        if clause.speaker is None or not self.can_speak(doc[clause.speaker.head]):
            return None
        start, end = content
        relay = inverted and self.is_relayer(doc, clause.speaker)
        return Candidate("indirect", start, end, clause.cue, lemma, clause.speaker, clause.medium, relay=relay)

    def is_cue(self, token: "Token") -> bool:
        """A reporting verb (a second one in a sentence starts a quote of its own)."""
        return self.lexicon.verb_lemma(token) is not None

    def can_speak(self, head: "Token") -> bool:
        """A pronoun, a name, or a noun of a speaker class ("sa candidature" cannot speak)."""
        if head.lower_ in NO_SPEAKER:
            return False
        if head.lower_ in SPEAKER_WORDS:
            return True  # "Ce dernier affirme", "77 % des Français estiment" (a poll's respondents)
        if head.pos_ in ("PRON", "PROPN") or head.ent_type_ or head.text[:1].isupper():
            return True
        lemma = head.lemma_.lower()
        return any(self.lexicon.noun_class(lemma, key) or self.lexicon.noun_class(head.lower_, key)
                   for key in ("person", "group", "media", "document", "service"))

    def is_relayer(self, doc: "Doc", speaker: TokenSpan) -> bool:
        """A medium or a journalist ("rapporte Le Parisien", "relate notre envoyé spécial", "écrit
        Jean Dupont, correspondant du Monde"): who relays a statement rather than makes it."""
        head = doc[speaker.head]
        if any(self.lexicon.noun_class(word, key) for word in (head.lemma_, head.lower_) for key in ("media", "journalist")):
            return True
        if starts_with_media_name(doc[speaker.start:speaker.end].text, self.lexicon):
            return True
        if speaker.end + 1 < len(doc) and doc[speaker.end].text == ",":  # "Jean Dupont, l'envoyé spécial du Monde"
            apposed = noun_phrase_from(doc, speaker.end + 1, doc[speaker.head].sent.end)
            return apposed is not None and self.lexicon.noun_class(doc[apposed.head].lemma_, "journalist")
        return False

    def verb_before_que(self, token: "Token") -> str | None:
        """A reporting verb the tagger missed ("estime/NOUN que")."""
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lower_ in QUE and token.pos_ in ("NOUN", "ADJ", "PROPN"):
            return self.lexicon.verb_lemma(token, loose=True)
        return None

    def que_clause(self, sent: "Span", verb: "Token", lemma: str = "") -> tuple[int, int] | None:
        doc = verb.doc
        for k in range(verb.i + 1, min(sent.end, verb.i + QUE_WINDOW)):
            token = doc[k]
            if token.lower_ in QUE or token.lower_.startswith(("qu'", "qu’")):
                if doc[k - 1].lower_ in CONJUNCTION_QUE:
                    return None
                if is_relative_que(doc, k) and lemma not in self.lexicon.frames.que_object:
                    return None  # "a averti les grévistes qu'ils …": the object's que is the complementizer
                if token.lower_ not in QUE:  # the tokenizer glued a quote mark: qu'"en
                    content = content_to_end(sent, k, is_cue=self.is_cue)
                    return (token.idx + 3, content[1]) if content else None
                before = coordinated_verb(sent, verb, k + 1)
                if is_fronted_participle(sent, verb):
                    before = next((t.i for t in doc[k + 1:sent.end] if t.text == ","), before)
                return content_to_end(sent, k + 1, before=before, is_cue=self.is_cue)
            if token.pos_ in ("VERB", "AUX", "SCONJ") or token.pos_ not in BETWEEN_VERB_AND_QUE:
                return None
            if token.text in (".", ";", ":") or (token.pos_ == "NOUN" and token.dep_ == "obj" and token.lower_ not in TIME_NOUNS
                                                  and lemma not in self.lexicon.frames.que_object):
                return None  # "a averti les grévistes que …" (que_object) reports; "a dit la vérité que" does not
        return None

    def colon_clause(self, sent: "Span", verb: "Token") -> tuple[int, int] | None:
        """"a déclaré : il n'y aura pas d'élections": a colon right after the cue (and its adverbs or
        time words), with no quote mark after it, opens a clause of the speaker's (a finite verb)."""
        doc = verb.doc
        k = after_cue(doc, verb, sent.end)
        if k + 1 >= sent.end or doc[k].text != ":" or doc[k + 1].text in QUOTE_MARKS or doc[k + 1].is_space:
            return None
        content = content_to_end(sent, k + 1, is_cue=self.is_cue)
        if content is None or not any(is_finite(t) for t in doc[k + 1:sent.end]):
            return None
        return content

    def comme_clause(self, sent: "Span", verb: "Token", owned: bytearray) -> tuple[int, int] | None:
        """"Comme le rapporte X, Y" (content after the comma) and "Y, comme l'a indiqué X" (content
        before it): the cue's object clitic stands for the reported clause. A direct quote after it
        (tokens in `owned`) is not part of it."""
        doc = verb.doc
        cue_start, _ = cue_extent(verb)
        at = cue_start - 1
        if at < sent.start + 1 or doc[at].lower_ not in ("le", "l'", "l’") or doc[at - 1].lower_ != "comme":
            return None
        comme = at - 1
        owned_at = next((t.i for t in doc[verb.i + 1:sent.end] if owned[t.i]), sent.end)
        if all(t.is_punct or t.is_space or t.lower_ in ("et", "mais", "or") for t in doc[sent.start:comme]):
            right = next((t.i for t in doc[verb.i + 1:sent.end] if t.text == ","), None)
            return content_to_end(sent, right + 1, before=owned_at, is_cue=self.is_cue) if right is not None else None
        if doc[comme - 1].text == ",":
            return trimmed(doc, sent.start, comme - 1)
        return None

    def infinitive_clause(self, sent: "Span", verb: "Token", lemma: str) -> tuple[int, int] | None:
        """"a promis de baisser les impôts", "affirme avoir renoncé", "a appelé les grévistes à
        reprendre", "se dit prêt à": the infinitive clause (or adjective) to the sentence end."""
        frames = self.lexicon.frames
        start = infinitive_start(verb.doc, verb, lemma, frames, sent.end)
        if start is None:
            start = self_description_start(verb.doc, verb, lemma, frames, sent.end) \
                or judgement_start(verb.doc, verb, lemma, frames, sent.end)
        if start is None:
            start = pour_start(verb.doc, verb, lemma, frames, sent.end)
            content = content_to_end(sent, start, is_cue=self.is_cue) if start is not None else None
            quoted = content is not None and any(c in doc_text(verb.doc)[content[0]:content[1]] for c in '«"“')
            return content if quoted else None  # a blame without quote marks reports no words
        return content_to_end(sent, start, before=apposition_end(sent, verb, start), is_cue=self.is_cue)

    def complements(self, doc: "Doc", fragments: list[MarkedSpan]) -> list[Candidate]:
        """Quoted words in the object of a reporting verb: 'a salué un « accord historique »' is a
        mixed quote from the object's start to the sentence end, said by the verb's subject."""
        found = []
        for span in fragments:
            mark = token_index_at(doc, span.open)
            sent = doc[mark].sent
            governing = complement_verb(doc, sent, mark, self.lexicon.frames, self.lexicon.verb_lemma)
            if governing is None:
                continue
            verb, lemma = governing
            if is_quoted_name(doc, span, mark):
                continue
            start = infinitive_start(doc, verb, lemma, self.lexicon.frames, sent.end)
            if start is None or start > mark:
                start = complement_start(doc, verb, lemma, self.lexicon.frames, mark)
            clause = reporting_clause(verb, lemma, self.lexicon)
            if clause.speaker is None or not self.can_speak(doc[clause.speaker.head]):
                continue
            before = clause.speaker.start - 1 if clause.speaker.start > mark else None
            content = content_to_end(sent, start, before=complement_end(doc, span, before or sent.end), is_cue=self.is_cue)
            if content is None:
                continue
            found.append(Candidate("mixed", content[0], content[1], clause.cue, lemma, clause.speaker, clause.medium))
        return found

    def before_inverted_cue(self, sent: "Span", verb: "Token", owned: bytearray) -> tuple[int, int] | None:
        """"Content, annonce la chaîne X." — content is the sentence before the comma (or after the
        incise when it stands first: "Mais, estime-t-il, …"). Quoted words in that content make it
        mixed ('L\'usine de « Rouen doit rester ouverte », a insisté la ministre'); a direct quote
        there (token in `owned`) is the direct rules' own."""
        doc = verb.doc
        if "Part" in verb.morph.get("VerbForm") and (cue_extent(verb)[0] == verb.i or verb.lower_.endswith("ant")):
            return None  # "…, dénonçant …", "…, se revendiquant chrétiens", "…, dévoilée par X": a participle continues its sentence
        cue_start, _ = cue_extent(verb)
        comma = cue_start - 1
        if comma <= sent.start or doc[comma].text != ",":
            return None
        left = [t for t in doc[sent.start:comma] if not t.is_punct]
        if any(owned[k] for k in range(sent.start, comma)):
            return None
        if len(left) >= MIN_CONTENT_TOKENS:
            first = sent.start
            colon = next((t.i for t in reversed(doc[sent.start:comma]) if t.text == ":" and not owned[t.i]), None)
            if colon is not None and any(is_verb(t) for t in doc[colon + 1:comma]):
                first = colon + 1  # "Présidentielle : Les Républicains « … », s'alarme X"
            return trimmed(doc, first, comma) if any(is_verb(t) for t in doc[first:comma]) else None
        right = next((t.i for t in doc[verb.i + 1:sent.end] if t.text == ","), None)
        return content_to_end(sent, right + 1, is_cue=self.is_cue) if right is not None else None


def is_verb(token: "Token") -> bool:
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in ("cop", "ROOT"))


def apposition_end(sent: "Span", verb: "Token", start: int) -> int | None:
    """"Soupçonné d'avoir menti, le ministre démissionne", "X, accusé d'avoir frappé un élu, et Y":
    a participle with no auxiliary is an apposition; its content ends at the next comma."""
    if "Part" not in verb.morph.get("VerbForm") or verb.lower_.endswith("ant") or cue_extent(verb)[0] != verb.i:
        return None
    return next((t.i for t in sent.doc[start:sent.end] if t.text == ","), None)


def is_quoted_name(doc: "Doc", span: MarkedSpan, mark: int) -> bool:
    """'la coalition « Maintenant le peuple »', 'le mouvement « En marche »': capitalised words in
    marks right after a common noun name it (a title or slogan's name), they report nothing."""
    return mark > 0 and doc[mark - 1].pos_ == "NOUN" and doc_text(doc)[span.start:span.start + 1].isupper()


def marks_state(text: str, inside: bool) -> bool:
    """Whether the words after a token with `text` are inside quote marks, given they were
    `inside` before it (a straight mark opens or closes by turns)."""
    if text in OPENING_MARKS:
        return True
    if text in CLOSING_MARKS:
        return False
    return not inside if text == '"' else inside


def ends_complement(token: "Token") -> bool:
    """After a comma, a finite verb (the main clause resumes: 'les rebelles qu'elles qualifient de
    « terroristes », ont renforcé …') or a subordinator ('…, tandis que …') ends a quoted noun-phrase
    complement; a list ('évoque « A », « B » et « C »') or an apposition goes on to the other rules."""
    return is_finite(token) or token.lower_ in COMPLEMENT_BREAKS


def complement_end(doc: "Doc", span: MarkedSpan, limit: int) -> int:
    """A quoted complement is a noun phrase: it ends at the first comma after its closing mark
    ('les rebelles qu'elles qualifient de « criminels », ont renforcé …'), else at `limit`."""
    inside = False  # a later pair of marks in the same complement holds its own commas
    for token in doc[token_index_at(doc, span.outer_end - 1) + 1:limit]:
        inside = marks_state(token.text, inside)
        if token.text == "," and not inside and token.i + 1 < limit and ends_complement(doc[token.i + 1]):
            return token.i

    return limit


def coordinated_verb(sent: "Span", verb: "Token", first: int) -> int | None:
    """The comma before a second verb of the reporting verb's subject ("Les Français considèrent que
    X, désapprouvent Y et trouvent que Z"): the reported clause ends there."""
    doc = sent.doc
    for k in range(first, sent.end - 1):
        nxt = doc[k + 1]
        if doc[k].text == "," and nxt.pos_ == "VERB" and nxt.dep_ == "conj" and nxt.head.i == verb.i:
            return k
    return None


def is_fronted_participle(sent: "Span", verb: "Token") -> bool:
    """"Estimant que Y, les syndicats …": a participle opening the sentence; its clause ends at the
    comma before the main clause, whose subject speaks."""
    first = cue_extent(verb)[0]
    if first > sent.start and sent.doc[first - 1].lower_ == "en":
        first -= 1
    return first == sent.start and verb.lower_.endswith("ant")


def main_subject(sent: "Span", content_end: int) -> TokenSpan | None:
    """The subject opening the main clause after a fronted participle's clause (which ends at
    character `content_end`): "Estimant que Y, | les syndicats multiplient …"."""
    doc = sent.doc
    comma = next((t.i for t in doc[token_index_at(doc, content_end):sent.end] if t.text == ","), None)
    phrase = noun_phrase_from(doc, comma + 1, sent.end) if comma is not None else None
    if phrase is None:
        return None
    end = phrase.end
    while end - 1 > phrase.head and doc[end - 1].lower_ in CLITICS_BEFORE_VERB:
        end -= 1  # "le président | se dit …"
    return TokenSpan(phrase.start, end, phrase.head)


def is_relative_que(doc: "Doc", k: int) -> bool:
    """"la crise que traverse le pays": que right after a noun or name is a relative pronoun, unless
    that noun ends a phrase introduced by "à", "dans"… ("a expliqué à la presse que", "a signalé dans
    un communiqué officiel que"), where it is the complementizer."""
    before = doc[k - 1]
    if before.pos_ not in ("NOUN", "PROPN", "ADJ") or before.lower_ in TIME_NOUNS:
        return False
    return not any(doc[j].lower_ in PHRASE_PREPOSITIONS for j in range(max(0, k - 5), k - 1))


def content_to_end(sent: "Span", first: int, before: int | None = None,
                   is_cue: "Callable[[Token], bool] | None" = None) -> tuple[int, int] | None:
    """From token `first` to the sentence end (or token `before`, a trailing "par X" agent), without
    final punctuation, a trailing incise or what the journalist appends (`boundaries`; `is_cue` tells
    a reporting verb, whose second use starts a quote of its own)."""
    doc = sent.doc
    end = sent.end if before is None else before
    inside = False  # inside quote marks the words are the speaker's: nothing there is appended
    for k in range(first, end - 1):
        inside = marks_state(doc[k].text, inside)
        if doc[k].text == "," and (starts_according(doc, k + 1) or is_clitic_subject(doc[min(k + 3, sent.end - 1)])
                                   or is_clitic_subject(doc[min(k + 2, sent.end - 1)]) or new_predicate(doc, k + 1, sent.end)
                                   or k > first and not inside and appended_at(doc, k + 1, end, is_cue)):
            end = k
            break
        if k > first and not inside and stacked_at(doc, k, end, is_cue):
            end = k
            break
    return trimmed(doc, first, end)


def new_predicate(doc: "Doc", k: int, limit: int) -> bool:
    """", mais a rappelé …", ", et annonce …": a conjunction and a finite verb with no subject of its
    own start the main clause's next predicate, which the reported content does not run into."""
    if k + 1 >= limit or doc[k].lower_ not in ("mais", "et", "puis"):
        return False
    verb = doc[k + 1]
    return verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm")


def trimmed(doc: "Doc", first: int, end: int) -> tuple[int, int] | None:
    while end > first and (doc[end - 1].is_punct and doc[end - 1].text not in '»”"›)' or doc[end - 1].is_space):
        end -= 1
    while first < end and (doc[first].is_space or doc[first].text in (",", ":")):
        first += 1
    if end > first and doc[end - 1].text in "»”›" and not any(t.text in "«“‹" for t in doc[first:end - 1]):
        end -= 1  # 'a indiqué « que X »': the closing mark of a quote opened before the content
        while end > first and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
    if end - first < MIN_CONTENT_TOKENS:
        return None
    return TokenSpan(first, end, first).chars(doc)
