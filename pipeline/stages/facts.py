"""Claim extraction: checkable facts with their numbers, subjects, sources and times.

Why rules on the dependency parse: no French claim extractor exists to reuse, and a fact-checker
needs to see why a fact was read the way it was. A fact is StatCheck's "an entity has a value at a
time", plus who says so and how sure they are:

- quantity facts: every quantity of `pipeline.quantities` (percent, money, counts, ratios, changes)
  with its frame: the predicate that governs it, that predicate's subject, the object;
  a range ("entre 10 et 20 %") has `value` 10 and `value_max` 20;
- event facts: a clause headed by an event verb (`resources/facts_event_verbs.txt`) anchored by an
  entity or a date ("Des manifestations se déroulent à Minsk depuis ...");
- statements: reported claims (indirect quotes, or "X estime que ...") that name an entity.

Subject and source are given twice: the words that hold them (`subject`, `subject_start`,
`subject_end`; `source`, `source_start`, `source_end`: offsets into the document, possibly in another
sentence) and the entity those words name (`subject_canonical`, `source_canonical`). Every canonical
name is read through `pipeline.claims.names.Names`, which asks the document's one resolver
(`pipeline.coreference.resolver.Resolver`, the quotes stage's too: entity on the phrase or in
apposition, "il"/"elle", a role such as "le chef de l'État", a document's organisation, the
article's topic) and adds a poll's institute, a measure's owner and a rank's holder. A canonical without words (`subject_start` None)
was read from the article, not from the clause: a share or a sum whose clause names no holder is about
the article's main person or organisation.

Subject, first rule that answers (the order is `claims.subjects`): a score's holder by word order
("Rachida Dati (22,7 %)", "contre 22,7 % pour X", "Avec 38 %, X ...", "sept points devant Y", a name
before a date and a bracket; a list's score is its leader's: "une liste LR conduite par X"); a
number restating an earlier one ("pour ces 70 %", "un chiffre en recul de 2,6 %", "Elles reculeront
de 4 milliards"); a turnout's election ("la participation a atteint 66 %" -> "la présidentielle",
`claims.turnout`); then `PHRASE_RULES`: a score opening the sentence before a poll that places
someone; a thing a bracketed score follows ("la réforme des retraites (58 %)"); the one a number goes
to ("24 % des voix iraient à X"); the party a count of members names ("200 des députés LREM"); the
owner its noun phrase names ("la hausse de 3 euros du forfait hospitalier", "l'aide réclamée par Air France",
"quatorze protagonistes de l'affaire", "un tiers venus du PS"); the attribute of a specificational
copula ("Les thèmes les plus cités ont été les retraites"); a change verb's object
("remonter le budget de la Défense à 3 %"); a poll's sample and margin (the poll); then the clause's
subject, read through the coreference layer (a noun a subject exemplifies: "les sénateurs tels que
X"; a person before an apposition: "X, 25 ans, ..., a tué"; a verb of intent's subject for its
infinitive), unless it cannot hold the number (the source, an institute, a quoted sentence), with
`FALLBACKS`: a quote's "je" (its speaker) and "nous" with a vote share (the speaker's party); what
polled people judge ("62 % des Français estiment que le président ..." -> the president); the party
of counted members ("sept députés ont quitté LR", "une cinquantaine d'entre eux"); a place a clause
opens with "où" or a count happens in ("en France où 23.000 manifestants", "262 classes fermées en
France"); a holderless share or sum is the article's topic (the person or organisation with most
mentions, roles and pronouns included). A subject that names no entity gets its short noun phrase
as canonical ('une liste "gilets jaunes"' -> "liste gilets jaunes"), a definite description the name
the article gives the thing ("l'affaire" -> "affaire Bygmalion"; `claims.descriptions`).

Source: the speaker of the quote the fact sits in, "selon X" / "d'après X", the subject of a reporting
verb above it when it can speak (not "l'étiquette" of a misparse), an outlet description as the
medium named ("le journal d'investigation" -> Mediapart), the agent of an estimate ("évalué par X"),
else, for a share in a poll article, the poll's institute ("selon un sondage Ifop", "Cette enquête
Odoxa ..."); never a bare pronoun. Time: the TIMEX3 value of a date of the dates stage in the same
clause (a "depuis" date right after a change dates that change only), else the date of the election
the clause talks about. Without those stages the fields stay empty; nothing fails. The rules live in
`pipeline.claims`.

Quantities that are no facts (annotation rules): ordinal ranks ("la troisième place"), dates, names,
a known pair ("les deux chefs d'État").

Units: "percent", "point" (percentage points), ISO 4217 codes for money ("EUR", "USD"), "ratio",
"rank", SI-like names for dimensions; None for counts, whose `of` names what is counted.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ..attribution.lexicon import QuoteLexicon
from ..claims.events import ClauseFacts
from ..claims.framing import FrameBuilder
from ..claims.hedging import Hedging
from ..claims.names import Names, NameWords
from ..claims.measures import QuantityFacts
from ..claims.polls import Polls
from ..claims.sources import SourceFinder
from ..claims.times import ClauseTime
from ..claims.turnout import Turnout
from ..document import Document
from ..lexicons import read_lines
from ..quantities import QuantityReader
from ..records import Fact
from ..stage import Stage
from ..coreference.clusters import with_fact_clusters

if TYPE_CHECKING:
    from spacy.language import Language


class FactExtractor(Stage):
    """Extracts quantity, event and statement facts.

    Example:
        >>> import pipeline  # doctest: +SKIP
        >>> nlp = pipeline.load(stages=["segmentation", "entities", "facts"])  # doctest: +SKIP
        >>> doc = nlp("Selon l'Insee, le chômage a atteint 8,1% des actifs.", doc_id="a1")  # doctest: +SKIP
        >>> f = doc.facts[0]; (f.value, f.unit, f.of, f.source_canonical)  # doctest: +SKIP
        (8.1, 'percent', 'actifs', 'Insee')
    """

    name: ClassVar[str] = "facts"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "sentences", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"facts"})

    def __init__(self, nlp: "Language") -> None:
        super().__init__(nlp)
        self.lexicon = QuoteLexicon.load()
        self.words = NameWords.load()
        sources = SourceFinder(self.lexicon, frozenset(read_lines("facts_not_sources.txt")),
                               frozenset(read_lines("facts_results_nouns.txt")))
        frames = FrameBuilder(sources, Hedging(), ClauseTime(frozenset(read_lines("facts_event_nouns.txt"))))
        self.quantities = QuantityFacts(QuantityReader(), frames, Turnout(self.words.turnout, self.words.election_nouns))
        self.clauses = ClauseFacts(frames, frozenset(read_lines("facts_event_verbs.txt")))

    def __call__(self, doc: Document) -> Document:
        spacy_doc = self.parsed(doc)
        names = Names(doc, spacy_doc, self.lexicon, self.words)
        polls = Polls(doc, names)
        facts: list[dict] = []
        for sentence in doc.sentences:
            span = spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            quantity_facts = self.quantities.facts(doc, names, polls, span, facts)
            taken = [(f["start"], f["end"]) for f in quantity_facts]
            facts.extend(quantity_facts)
            facts.extend(self.clauses.facts(doc, names, span, taken))
        facts.sort(key=lambda f: (f["start"], f["end"]))
        doc.facts = [Fact(doc_id=doc.doc_id, id=doc.record_id("f", i), text=doc.text[f["start"]:f["end"]],
                          sentence=doc.sentence_id_at(f["start"]), **f) for i, f in enumerate(facts)]
        doc.facts = with_fact_clusters(doc.facts, doc)
        return doc
