"""Quote finding on the constructions of international news (issue 22): stacked attribution, what
the journalist appends after the content, and cues the rules had not met.

Each expected quote is (kind, content, speaker text or None), compared as exact strings of the
document. The sentences are invented, or paraphrase corpus articles outside both dev sets (the
OrangeSum id is given where one did).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

STACKED = [  # a second reporting verb starts a quote of its own
    # orangesum-11078: "a menacé de rompre … et assuré qu'il ne souhaitait plus …"
    ("Le président a menacé de rompre toute relation avec ce pays et assuré qu'il ne voulait plus parler à son dirigeant.",
     [("indirect", "rompre toute relation avec ce pays", "Le président"),
      ("indirect", "il ne voulait plus parler à son dirigeant", "Le président")]),
    ("Le ministre a salué un accord équilibré et estimé que les négociations devaient reprendre rapidement.",
     [("indirect", "les négociations devaient reprendre rapidement", "Le ministre")]),
    # orangesum-1498: "a estimé que …, ajoutant que …"
    ("La présidente a assuré que le texte serait voté avant l'été, ajoutant que les syndicats seraient reçus lundi.",
     [("indirect", "le texte serait voté avant l'été", "La présidente"),
      ("indirect", "les syndicats seraient reçus lundi", "La présidente")]),
    ("Le porte-parole a affirmé que l'armée se retirerait de la ville, précisant que les soldats resteraient aux frontières.",
     [("indirect", "l'armée se retirerait de la ville", "Le porte-parole"),
      ("indirect", "les soldats resteraient aux frontières", "Le porte-parole")]),
    # orangesum-4520: 'a dénoncé une « violence … » et appelé les manifestants à rentrer chez eux'
    ('Elle a dénoncé une "dérive autoritaire", jugé la situation "alarmante", et appelé "les dirigeants à négocier sans attendre".',
     [("mixed", 'une "dérive autoritaire"', "Elle"), ("mixed", 'la situation "alarmante"', "Elle"),
      ("mixed", '"les dirigeants à négocier sans attendre"', "Elle")]),
    ('"Nous ne reculerons pas", a lancé le Premier ministre, en soulignant que la réforme était nécessaire.',
     [("direct", "Nous ne reculerons pas", "le Premier ministre"),
      ("indirect", "la réforme était nécessaire", "le Premier ministre")]),
    # a reflexive participle continues its sentence: no inverted cue ("…, se revendiquant chrétiens")
    ("Ces milices sont issues de groupes ruraux, se revendiquant chrétiens, et de bandes armées.", []),
    # a participle after a quote's own verb is no second cue
    ('"J\'ai été bien reçue", dit Valentina.', [("direct", "J'ai été bien reçue", "Valentina")]),
]

APPENDED = [  # what the journalist appends after the content stays out of it
    # orangesum-6159: ", portant à 8.281 morts le bilan de l'épidémie"
    ("Le chef de l'Etat a annoncé que le Parlement serait dissous, provoquant ainsi la chute du gouvernement.",
     [("indirect", "le Parlement serait dissous", "Le chef de l'Etat")]),
    ("Le diplomate a estimé que la crise était terminée, dans un entretien à l'AFP.",
     [("indirect", "la crise était terminée", "Le diplomate")]),
    ("Le ministre a déclaré que les élections auraient lieu en mars, lors d'une conférence de presse à Kinshasa.",
     [("indirect", "les élections auraient lieu en mars", "Le ministre")]),
    # an apposition to the last noun, with or without a relative clause
    ('Les habitants disent avoir été menacés par les "Tigres noirs", les rebelles du Nord.',
     [("indirect", 'avoir été menacés par les "Tigres noirs"', "Les habitants")]),
    ("Le porte-parole a assuré que l'armée tenait toujours Sirte, la ville que les rebelles veulent reprendre.",
     [("indirect", "l'armée tenait toujours Sirte", "Le porte-parole")]),
    # a detached participle and a relative clause with a preposition
    ("Les autorités ont dit qu'il pourrait désigner lui-même le futur patriarche, aujourd'hui âgé de 90 ans.",
     [("indirect", "il pourrait désigner lui-même le futur patriarche", "Les autorités")]),
    ("Selon la police, 12 soldats ont été tués depuis l'opération Harmattan, à laquelle a succédé une mission de l'ONU.",
     [("according_to", "12 soldats ont été tués depuis l'opération Harmattan", "la police")]),
    ('Le ministre a annoncé la signature d\'un "accord de principe", à savoir une ébauche de traité, au terme de longues négociations.',
     [("mixed", 'la signature d\'un "accord de principe"', "Le ministre")]),
    # but inside quote marks nothing is appended, and a list of nouns goes on
    ('L\'agence précise que les détenus séjournaient "dans un centre près de Rome, accueillant des toxicomanes".',
     [("mixed", 'les détenus séjournaient "dans un centre près de Rome, accueillant des toxicomanes"', "L'agence")]),
    ("Le maire a dit que la France, l'Allemagne et l'Italie soutiendraient le projet.",
     [("indirect", "la France, l'Allemagne et l'Italie soutiendraient le projet", "Le maire")]),
]

COMPLEMENTS = [  # a quoted noun-phrase complement ends with the phrase
    ('Les autorités, qui refusent de négocier avec les rebelles qu\'elles qualifient de "criminels", ont renforcé leur présence.',
     [("mixed", 'de "criminels"', "elles")]),
    ('Le syndicat évoque "la colère" des agents, "la fatigue des équipes" et "le manque de moyens" pour justifier la grève.',
     [("mixed", '"la colère" des agents, "la fatigue des équipes" et "le manque de moyens" pour justifier la grève', "Le syndicat")]),
    # a quoted name after a noun reports nothing (orangesum-2861: l'ONG « La Paix Maintenant »)
    ('Le député a défendu la cause de la coalition "Unis pour demain" lors du congrès.', []),
]

APPOSITION = [  # a long apposition between the speaker and the cue
    ('Le chef de l\'opposition, Marc Durand, a appelé samedi à des grèves "massives" dans tout le secteur public.',
     [("mixed", 'à des grèves "massives" dans tout le secteur public', "Le chef de l'opposition, Marc Durand")]),
    ("Le chef de la diplomatie, qui s'exprimait devant la presse à l'issue d'une réunion à Bruxelles, a déclaré que les sanctions seraient maintenues.",
     [("indirect", "les sanctions seraient maintenues", "Le chef de la diplomatie")]),
    # an apposition is never the content of an inverted cue
    ("Le gouverneur Paul Reed, qui était opposé au débat, a déclaré qu'il signerait la loi.",
     [("indirect", "il signerait la loi", "Le gouverneur Paul Reed")]),
]

CASES = [pytest.param(text, expected, id=f"{name}-{i}")
         for name, table in (("stacked", STACKED), ("appended", APPENDED), ("complement", COMPLEMENTS),
                             ("apposition", APPOSITION))
         for i, (text, expected) in enumerate(table)]


@pytest.fixture(scope="module")
def quote_pipeline(fr_nlp):
    import pipeline

    return pipeline.load(stages=["segmentation", "entities", "quotes"], nlp=fr_nlp)


@pytest.mark.parametrize("text, expected", CASES)
def test_issue22_quotes(quote_pipeline, text, expected):
    doc = quote_pipeline(text, doc_id="t")
    assert [(q.kind, q.text, q.speaker) for q in doc.quotes] == expected
    assert doc.offset_errors() == []


CUES = [  # cues the rules had not met
    # a colon after the cue, without quote marks
    ("Le président a déclaré : il n'y aura pas de nouvelles élections cette année.",
     [("indirect", "il n'y aura pas de nouvelles élections cette année", "Le président")]),
    # "selon lequel/laquelle": the antecedent is the source
    ("Le rapport, selon lequel les forces de l'ordre ont tiré sur la foule, a été rendu public jeudi.",
     [("according_to", "les forces de l'ordre ont tiré sur la foule", "Le rapport")]),
    ("L'ONG a publié une enquête selon laquelle 300 civils ont été tués depuis janvier.",
     [("according_to", "300 civils ont été tués depuis janvier", "une enquête")]),
    # "selon lui" in mid-sentence: the clause around it
    ("Le gouvernement a selon lui commis une faute grave en signant cet accord.",
     [("according_to", "Le gouvernement a selon lui commis une faute grave en signant cet accord", "lui")]),
    # an adverb before the infinitive
    ("Le sénateur a promis de rapidement réformer la loi électorale.",
     [("indirect", "rapidement réformer la loi électorale", "Le sénateur")]),
    # "avertir X que Y" -> Y
    ("Le ministre a averti les manifestants que la police interviendrait dès ce soir.",
     [("indirect", "la police interviendrait dès ce soir", "Le ministre")]),
    # 'critiquer X pour avoir « Y »' -> from "pour"; without quote marks, no quote
    ('Le ministre a salué la décision, en critiquant l\'opposition pour avoir "bloqué le pays" pendant des semaines.',
     [("mixed", 'pour avoir "bloqué le pays" pendant des semaines', "Le ministre")]),
    ("Il a critiqué le gouvernement pour avoir abandonné les agriculteurs.", []),
    # "appeler/demander qqn à/de + infinitive": the infinitive clause, past an apposition to the addressee
    ("Le député a revendiqué la victoire et demandé au président Paul Biya, au pouvoir depuis 40 ans, de céder la place.",
     [("indirect", "céder la place", "Le député")]),
    ("Le chancelier de son côté appelle Poutine à respecter les accords de Minsk.",
     [("indirect", "respecter les accords de Minsk", "Le chancelier")]),
    # "Comme le rapporte X, Y" (orangesum-15446: "comme le révèle le Washington Post")
    ("Comme le rapporte le Washington Post ce mardi, deux diplomates ont été expulsés du pays.",
     [("indirect", "deux diplomates ont été expulsés du pays", "le Washington Post")]),
    ("Le prince a été testé positif au coronavirus, comme l'a annoncé le Palais princier.",
     [("indirect", "Le prince a été testé positif au coronavirus", "le Palais princier")]),
    # an opinion verb, an adjective and a de-infinitive: from the adjective
    ("La ministre estime nécessaire de négocier avec les syndicats avant l'été.",
     [("indirect", "nécessaire de négocier avec les syndicats avant l'été", "La ministre")]),
    ("Le député juge utile la réforme.", []),
    # a participle opening the sentence: the main clause's subject speaks
    ("Jugeant que la réforme menace leurs emplois, les syndicats multiplient les grèves.",
     [("indirect", "la réforme menace leurs emplois", "les syndicats")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=f"cue-{i}") for i, (t, e) in enumerate(CUES)])
def test_issue22_cues(quote_pipeline, text, expected):
    doc = quote_pipeline(text, doc_id="t")
    assert [(q.kind, q.text, q.speaker) for q in doc.quotes] == expected
    assert doc.offset_errors() == []
