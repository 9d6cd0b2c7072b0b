"""Who speaks when the reporting clause names someone else too: the addressee of an inverted cue,
a journalist relaying the words, a medium that reports a statement (issues 22 and 23).

Each expected quote is (kind, content, speaker text or None), compared as exact strings of the
document. The sentences are invented, or paraphrase corpus articles outside both dev sets (the
OrangeSum id is given where one did).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ADDRESSEE = [  # the addressee of an inverted cue ends at its medium; the speaker follows it
    # orangesum-1195: '…", a déclaré à l'AFP Darien Chen, organisateur de la marche'
    ('"Nous marcherons malgré tout", a déclaré à l\'AFP Karin Olsen, organisatrice du cortège.',
     [("direct", "Nous marcherons malgré tout", "Karin Olsen")]),
    # orangesum-6259: '…", confie à l'AFP Deniece Laurent-Mantey, Afro-Américaine de 31 ans'
    ('"Nous sommes revenus avec un message d\'espoir", confie à l\'AFP Mariam Diallo, une étudiante de 22 ans.',
     [("direct", "Nous sommes revenus avec un message d'espoir", "Mariam Diallo")]),
    # a listed medium of several words
    ('"La réforme est enterrée", a assuré au Washington Post Peter Miles, un sénateur de l\'Ohio.',
     [("direct", "La réforme est enterrée", "Peter Miles")]),
    # orangesum-11355: '…", a assuré à l'AFP, un responsable de l'Organisation internationale …'
    ('"Les camps sont pleins", a indiqué à Reuters, un responsable humanitaire de la région.',
     [("direct", "Les camps sont pleins", "un responsable humanitaire de la région")]),
    # orangesum-27849: '…", a expliqué au Point, le sénateur LR Pierre Charon'
    ('"Le texte ne passera pas", a expliqué au Point, le sénateur Paul Girard.',
     [("direct", "Le texte ne passera pas", "le sénateur Paul Girard")]),
    # the medium alone, then a participle: nobody after the comma
    ('"Le texte ne passera pas", a expliqué le sénateur à l\'AFP, ajoutant que le vote serait reporté.',
     [("direct", "Le texte ne passera pas", "le sénateur"),
      ("indirect", "le vote serait reporté", "le sénateur")]),
]

RELAYED = [  # a medium or a journalist relaying a statement: the statement is its speaker's, once
    # orangesum-20575: 'un de ses collaborateurs a révélé que l'ex-ministre "avait …", rapporte Le Parisien'
    ('Un proche du maire a révélé que l\'élu "avait préparé sa démission depuis des semaines", rapporte Le Parisien.',
     [("mixed", 'l\'élu "avait préparé sa démission depuis des semaines"', "Un proche du maire")]),
    # orangesum-27262: '…, a assuré lundi l'ancien président, lors d'une visite en Alsace, rapporte le Figaro'
    ("S'il est réélu, il nommera un nouveau préfet dès son arrivée, a assuré lundi le sénateur, rapporte le Figaro.",
     [("indirect", "S'il est réélu, il nommera un nouveau préfet dès son arrivée", "le sénateur")]),
    # a journalist named with an apposition, or "notre envoyé spécial"
    ('Le ministre a dit que la réforme serait "reportée sans date", relate Paul Durand, l\'envoyé spécial du Figaro à Bruxelles.',
     [("mixed", 'la réforme serait "reportée sans date"', "Le ministre")]),
    ('La ministre a annoncé que le sommet aurait lieu "avant la fin de l\'année", rapporte notre envoyé spécial à Berlin.',
     [("indirect", 'le sommet aurait lieu "avant la fin de l\'année"', "La ministre")]),
    # no statement inside: the medium's own report (orangesum-27336, "Comme le relate L'Obs, X a gagné …")
    ("Comme le relate le Canard enchaîné, le ministre a dîné mercredi avec trois grands patrons.",
     [("indirect", "le ministre a dîné mercredi avec trois grands patrons", "le Canard enchaîné")]),
]

TRIBUTES = [  # a tribute reports the words it quotes
    # orangesum-16102: 'a rendu hommage à "un brillant visionnaire juridique"'
    ('Le maire a rendu hommage à "un grand serviteur de la ville".',
     [("mixed", 'à "un grand serviteur de la ville"', "Le maire")]),
    # 'a honoré dimanche 17 mai "l'esprit de résistance"'
    ('La présidente a honoré "le courage de ceux qui ont dit non", relate notre correspondante.',
     [("mixed", '"le courage de ceux qui ont dit non"', "La présidente")]),
    # without quote marks, no words to report
    ("Le gouvernement honorera ses engagements envers les agriculteurs.", []),
]

NESTED = [  # a quoted sentence that reports a third party's statement gives that statement too
    # orangesum-36019: '"Les talibans ont dit que si les 400 sont libérés, …", a déclaré le président Ashraf Ghani'
    ('"Les rebelles ont dit que les otages seraient libérés lundi", a déclaré le gouverneur.',
     [("direct", "Les rebelles ont dit que les otages seraient libérés lundi", "le gouverneur"),
      ("indirect", "les otages seraient libérés lundi", "Les rebelles")]),
    # orangesum-9098: '"La commission a estimé que ces fonctions sont anciennes …", a détaillé la source judiciaire'
    ('"Le tribunal a estimé que la plainte était irrecevable", a précisé une source judiciaire.',
     [("direct", "Le tribunal a estimé que la plainte était irrecevable", "une source judiciaire"),
      ("indirect", "la plainte était irrecevable", "Le tribunal")]),
    # a hypothesis, a pronoun, or a speaker naming itself in the present: one record
    ('"Si le ministre avait dit que la crise était finie, il aurait perdu", estime le politologue.',
     [("direct", "Si le ministre avait dit que la crise était finie, il aurait perdu", "le politologue")]),
    ('"Il a dit que la réforme serait votée", a raconté la députée.',
     [("direct", "Il a dit que la réforme serait votée", "la députée")]),
    ('"La compagnie confirme que le vol est revenu à Istanbul", a indiqué la compagnie dans un communiqué.',
     [("direct", "La compagnie confirme que le vol est revenu à Istanbul", "la compagnie")]),
]

HEADINGS = [  # a heading "NAME <preposition> TOPIC : « … »": the name speaks
    # orangesum-25784: 'Aubry sur Macron: "On est sur un programme des libéraux des années 80"'
    ('Jean Castex sur le couvre-feu : "Nous ne pouvons pas attendre"\n\nLe Premier ministre Jean Castex a parlé mardi.',
     [("direct", "Nous ne pouvons pas attendre", "Jean Castex")]),
    # a participle used as a preposition, in a long lead
    ('Jean Castex concernant la fermeture des écoles dans les zones rouges : "Nous ne pouvons pas attendre"'
     '\n\nLe Premier ministre Jean Castex a parlé mardi.',
     [("direct", "Nous ne pouvons pas attendre", "Jean Castex")]),
]

INCISES = [  # verbs that order a speech are cues in an incise after quoted words, with a speaker
    # 31 corpus hits such as '", a commencé Donald Trump' (orangesum-18192), '", continue l'élu du Calvados', '", débute-t-il'
    ('"Ce sommet nous a permis d\'avancer", commence la chancelière.',
     [("direct", "Ce sommet nous a permis d'avancer", "la chancelière")]),
    ('"Nous verrons bien", a continué Paul Girard.', [("direct", "Nous verrons bien", "Paul Girard")]),
    ('"Rien ne change pour nous", reprend-elle.', [("direct", "Rien ne change pour nous", "elle")]),
    # never a cue outside an incise, nor without a speaker
    ("La réunion a commencé à midi, a précisé le porte-parole.",
     [("indirect", "La réunion a commencé à midi", "le porte-parole")]),
    ('"Le procès", débute jeudi à Paris.', []),
    ('"Une faute lourde", repris par la députée Anne Roy, a fait polémique.', []),
]

RESUMED = [  # «A», dit X, «b …»: the quoted words after the incise are the rest of the quote
    # orangesum-26948: '"Ce n'est pas simplement leur devoir", a martelé le chef de l'Etat, "c'est leur intérêt …"'
    ('"Ce n\'est pas une défaite", a martelé la ministre, "c\'est un début".',
     [("direct", "Ce n'est pas une défaite", "la ministre"), ("direct", "c'est un début", "la ministre")]),
    # orangesum-33855: '…", déplore un résident, Famil Akhmedov, retraité octogénaire, "nous sommes …"'
    ('"Nous ne pouvons plus pêcher", déplore un habitant, Pierre Lemaire, retraité, "nous sommes abandonnés".',
     [("direct", "Nous ne pouvons plus pêcher", "un habitant"), ("direct", "nous sommes abandonnés", "un habitant")]),
    # quoted words inside the next clause are not the rest of the quote
    ('"Nous partirons", a dit le ministre, évoquant "une crise grave".',
     [("direct", "Nous partirons", "le ministre"), ("mixed", '"une crise grave"', "le ministre")]),
]

SELON_INSIDE = [  # "selon X" between commas after a non-finite verb: the smallest span holding what is reported
    # orangesum-2855: 'a fait des dizaines de milliers de morts et provoqué, selon l'ONU, la pire crise humanitaire'
    ("La guerre a ravagé le pays et provoqué, selon les ONG, un exode massif vers le sud.",
     [("according_to", "provoqué, selon les ONG, un exode massif vers le sud", "les ONG")]),
    ("Le ministre a quitté ses fonctions après avoir reçu, selon ses proches, des menaces.",
     [("according_to", "avoir reçu, selon ses proches, des menaces", "ses proches")]),
    # after an auxiliary or a finite verb, the clause is the sentence (orangesum-8197, -14411)
    ("Le suspect avait, selon la police, deux complices.",
     [("according_to", "Le suspect avait, selon la police, deux complices", "la police")]),
]

VERB_INSIDE = [  # the subject before the marks, its reporting verb inside them
    # orangesum-35645: 'Elle "exige la libération immédiate" du président malien et "de tous les officiels arrêtés"'
    ('La ministre a lancé un appel. Elle "demande aux maires de rouvrir les écoles dès lundi".',
     [("direct", "demande aux maires de rouvrir les écoles dès lundi", "Elle")]),
    # orangesum-32577: 'Il "appelle à une mobilisation citoyenne indispensable et urgente" par la diffusion …'
    ('Le syndicat "réclame une hausse immédiate" des salaires et des primes.',
     [("mixed", '"réclame une hausse immédiate" des salaires et des primes', "Le syndicat")]),
    # no reporting verb, a subject that cannot speak, or an incise after the marks: not this rule
    ('Le ministre "est très inquiet".', []),
    ('Cette décision "encouragera la violence", ont déploré les élus.',
     [("mixed", 'Cette décision "encouragera la violence"', "les élus")]),
]


@pytest.fixture(scope="module")
def quote_pipeline(fr_nlp):
    import pipeline

    return pipeline.load(stages=["segmentation", "entities", "quotes"], nlp=fr_nlp)


def found(quote_pipeline, text):
    doc = quote_pipeline(text, doc_id="t")
    assert doc.offset_errors() == []
    return [(q.kind, q.text, q.speaker) for q in doc.quotes]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"addressee-{i}") for i, (t, e) in enumerate(ADDRESSEE)])
def test_addressee_then_speaker(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"relayed-{i}") for i, (t, e) in enumerate(RELAYED)])
def test_relayed_statement(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"tribute-{i}") for i, (t, e) in enumerate(TRIBUTES)])
def test_tribute(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"nested-{i}") for i, (t, e) in enumerate(NESTED)])
def test_statement_inside_a_quote(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"heading-{i}") for i, (t, e) in enumerate(HEADINGS)])
def test_heading_lead(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"incise-{i}") for i, (t, e) in enumerate(INCISES)])
def test_incise_verbs(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"resumed-{i}") for i, (t, e) in enumerate(RESUMED)])
def test_quote_resumed_after_incise(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"selon-{i}") for i, (t, e) in enumerate(SELON_INSIDE)])
def test_selon_inside_the_clause(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"verb-inside-{i}") for i, (t, e) in enumerate(VERB_INSIDE)])
def test_reporting_verb_inside_the_marks(quote_pipeline, text, expected):
    assert found(quote_pipeline, text) == expected
