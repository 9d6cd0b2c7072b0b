"""Who said it: speaker phrases the quote finders read across layout and word order (issue 13).

Each case is (text, words of the quote, expected speaker text, expected canonical or ANY); the
sentences are written for these tests. The quote is the one whose content holds the given words.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ANY = object()
REPEATED = ('Le maire Paul Girard a parlé de sa retraite. "Je lis beaucoup, je marche.\n\nEt je ne regrette rien !", '
            'confie l\'ancien élu.\n\nSa rivale Marie Lefort a répondu : "Il reviendra bien assez tôt."\n\n'
            '"JE NE REGRETTE RIEN"\n\nLa ville prépare sa succession.')

CASES = [
    # a bare title whose name a paragraph break pushed to the next line
    ('"Nous irons jusqu\'au bout de cette réforme", a déclaré M.\n\nDurand, maire de la ville.',
     "jusqu'au bout", "M.\n\nDurand", ANY),
    # an adverbial phrase between the inverted verb and its subject
    ('"Le projet est mort-né", tranche de son côté un cadre du parti.',
     "mort-né", "un cadre du parti", None),
    ('"Nous voterons contre ce texte", annonce pour sa part la sénatrice Claire Martin.',
     "voterons contre", "la sénatrice Claire Martin", "Claire Martin"),
    # "ce dernier" as an inverted subject
    ('Un habitant a interpellé la ministre. "Pourquoi fermer la gare ?", lui a demandé ce dernier.',
     "fermer la gare", "ce dernier", None),
    # a prepositional phrase the parse takes for the subject: the name or phrase after it speaks
    ("Sur son site, Julie Moreau affirme que la loi ne sera jamais appliquée.",
     "jamais appliquée", "Julie Moreau", "Julie Moreau"),
    ("Au micro de la radio locale, l'ancien maire de la commune a assuré que les comptes étaient justes.",
     "comptes étaient justes", "l'ancien maire de la commune", ANY),
    # the antecedent of "qui" may stand in a phrase: it still speaks
    ("Le parti a porté plainte contre la Banque Lemaire, qui a demandé au parti de fermer tous ses comptes.",
     "fermer tous ses comptes", "la Banque Lemaire", ANY),
    # an inverted subject after the relative "que"
    ('Des critiques que balaie Paul Girard, président du groupe : "Nous restons unis sur l\'essentiel."',
     "restons unis", "Paul Girard", "Paul Girard"),
    # a lead-in that names nobody: the subject of the sentence before, same paragraph
    ('La présidente du groupe, Sophie Marchand, a tenté de calmer les frondeurs. En vain : "Ils ne reviendront '
     'pas, c\'est fini."', "ne reviendront pas", "La présidente du groupe", "Sophie Marchand"),
    # "selon X" in a lead-in whose subject cannot speak: X speaks, not the person named last
    ('Marc Petit veut ouvrir un restaurant. Un projet qui, selon ses proches, enchante sa femme Lucie Petit :\n\n'
     '"Il cuisine depuis toujours et il en rêvait."', "cuisine depuis toujours", "ses proches", ANY),
    # ... but a lead-in subject who can speak keeps the quote
    ('Le sénateur Paul Girard a été plus sévère selon le quotidien : "Ce budget est une faute politique."',
     "faute politique", "Le sénateur Paul Girard", "Paul Girard"),
    # an infinitive after "de" speaks with the voice of the verb it hangs on
    ('La ministre Claire Martin a parlé. "C\'est d\'abord la santé qui me préoccupe", assure-t-elle, avant '
     'd\'affirmer : "Je reste au gouvernement."', "Je reste", "elle", "Claire Martin"),
    # a quote whose closing mark is a paragraph further is one quote of the incise's speaker, and a
    # subheading in capitals that repeats its words is that speaker's
    (REPEATED, "Je lis beaucoup", "l'ancien élu", "Paul Girard"),
    (REPEATED, "JE NE REGRETTE RIEN", ANY, "Paul Girard"),
    # a name the tagger takes for a pronoun ("Angela" as PRON) is still that name
    ("Le président a menacé les grévistes. Angela Merkel a répondu lundi en appelant le président à "
     "traiter les grévistes avec respect.", "traiter les grévistes", "Angela Merkel", "Angela Merkel"),
    # "elles" inside a sentence whose subject is a plural group the coreference resolved ("les autorités"
    # of an article about one foreign country): that group
    ('Le Mali traverse une crise. Au Mali, l\'armée recule. Les autorités, qui refusent tout dialogue avec les '
     'rebelles qu\'elles qualifient de "bandits", ont envoyé des renforts.', "bandits", "elles", "Mali"),
    # a document whose complement is a government named by a common noun and a demonym: its country
    ("La Russie a réagi mardi. « Nous rejetons ces accusations », a indiqué un communiqué du ministère russe "
     "de la Défense.", "Nous rejetons", ANY, "Russie"),
    ("Le Japon et la Corée du Sud négocient. « Aucun accord n'a été trouvé », affirme la déclaration du "
     "gouvernement japonais publiée jeudi.", "Aucun accord", ANY, "Japon"),
    # without a demonym or a country, nobody: "le ministère" alone is left to the reader
    ("La Hongrie a voté la loi. « Le texte entrera en vigueur en janvier », précise un communiqué du ministère.",
     "Le texte entrera", ANY, None),
]


@pytest.fixture(scope="module")
def speaker_pipeline(fr_nlp):
    import pipeline

    return pipeline.load(stages=["segmentation", "entities", "coreference", "quotes"], nlp=fr_nlp)


@pytest.mark.parametrize("text, words, speaker, canonical", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_speaker(speaker_pipeline, text, words, speaker, canonical):
    doc = speaker_pipeline(text, doc_id="t")
    quotes = [q for q in doc.quotes if words in q.text]
    assert len(quotes) == 1, [(q.text, q.speaker) for q in doc.quotes]
    if speaker is not ANY:
        assert quotes[0].speaker == speaker
    if canonical is not ANY:
        assert quotes[0].speaker_canonical == canonical
    assert doc.offset_errors() == []
