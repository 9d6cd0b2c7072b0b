"""Quote finding on the patterns of issue 14, one table of (sentence, expected quotes) per pattern.

Each expected quote is (kind, content, speaker text or None), compared as exact strings of the
document; the sentences are written for these tests. `speaker_canonical` is the coreference layer's
business and is not checked here.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

INFINITIVES = [  # issue item 1: a reporting verb with an infinitive clause
    ("La sénatrice a déclaré vouloir rouvrir le dossier des retraites.",
     [("indirect", "vouloir rouvrir le dossier des retraites", "La sénatrice")]),
    ("Le maire de Lille affirme ne rien savoir de ce projet immobilier.",
     [("indirect", "ne rien savoir de ce projet immobilier", "Le maire de Lille")]),
    ("Le ministre a annoncé avoir renoncé à sa prime de fin d'année.",
     [("indirect", "avoir renoncé à sa prime de fin d'année", "Le ministre")]),
    ("La présidente de région promet de baisser les impôts locaux.",
     [("indirect", "baisser les impôts locaux", "La présidente de région")]),
    ("Le député a promis mercredi de supprimer trois taxes sur le tabac.",
     [("indirect", "supprimer trois taxes sur le tabac", "Le député")]),
    ("La syndicaliste a appelé les cheminots à reprendre le travail dès lundi.",
     [("indirect", "reprendre le travail dès lundi", "La syndicaliste")]),
    ("Le Premier ministre demande aux préfets de faire respecter le couvre-feu.",
     [("indirect", "faire respecter le couvre-feu", "Le Premier ministre")]),
    ("Marc Durand a exhorté les électeurs à se mobiliser dimanche prochain.",
     [("indirect", "se mobiliser dimanche prochain", "Marc Durand")]),
    ("Les juges soupçonnent l'ancien trésorier d'avoir détourné des fonds publics.",
     [("indirect", "avoir détourné des fonds publics", "Les juges")]),
    ("Ce dernier assure n'avoir jamais reçu cette lettre.",
     [("indirect", "n'avoir jamais reçu cette lettre", "Ce dernier")]),
    # an accusation in apposition: nobody named, the content ends with the apposition
    ("Soupçonné de travailler pour un autre pays, le conseiller du ministre démissionne.",
     [("indirect", "travailler pour un autre pays", None)]),
    # no reporting verb, or a verb that takes no reported infinitive: nothing
    ("Le conseil municipal a décidé de fermer la piscine.", []),
    ("La ministre a dénoncé la décision de fermer la maternité.", []),
]

MIXED = [  # issue item 2: quoted words inside a reporting clause
    ("L'opposante a qualifié d'« inacceptable » la hausse des loyers.",
     [("mixed", "d'« inacceptable » la hausse des loyers", "L'opposante")]),
    ("Le sénateur qualifie son adversaire d'« amateur ».",
     [("mixed", "d'« amateur »", "Le sénateur")]),
    ("La maire a salué un « accord historique » avec la région.",
     [("mixed", "un « accord historique » avec la région", "La maire")]),
    ("Le syndicat a dénoncé une atteinte « grave » au droit de grève.",
     [("mixed", "une atteinte « grave » au droit de grève", "Le syndicat")]),
    ("Sophie Martin a mis en garde contre « une dérive autoritaire » du pouvoir.",
     [("mixed", "contre « une dérive autoritaire » du pouvoir", "Sophie Martin")]),
    ("La députée estime que la réforme est « injuste » pour les retraités.",
     [("indirect", "la réforme est « injuste » pour les retraités", "La députée")]),
    ("Le candidat se dit « prêt à gouverner » avec les écologistes.",
     [("mixed", "« prêt à gouverner » avec les écologistes", "Le candidat")]),
    ("Des propositions jugées « sérieuses » par la ministre de la Santé.",
     [("mixed", "« sérieuses »", "la ministre de la Santé")]),
    ("Le député Paul Lenoir a estimé que le texte « ne protège plus personne et doit être retiré ».",
     [("mixed", "le texte « ne protège plus personne et doit être retiré »", "Le député Paul Lenoir")]),
    # a few quoted words in narration with no reporting verb: scare quotes, no quote
    ("Les « gilets jaunes » ont manifesté samedi à Bordeaux.", []),
    ("Le texte sur la « sécurité globale » arrive au Sénat.", []),
    ("Le président est jugé « pas assez proche » des Français.", []),
]

AFTER_THE_VERB = [  # issue item 3: the quote after its verb, in lower case or after a colon
    ("Le président a déclaré « nous verrons bien ».", [("direct", "nous verrons bien", "Le président")]),
    ("Il a lancé : « nous ne lâcherons rien ».", [("direct", "nous ne lâcherons rien", "Il")]),
    # a lower-case noun phrase after the verb, even with a relative clause, stays a mixed complement
    ("Les maires évoquent « la hausse des violences qui touche les communes ».",
     [("mixed", "« la hausse des violences qui touche les communes »", "Les maires")]),
    ("Il a indiqué « que son contrat était exclusif ».", [("indirect", "son contrat était exclusif", "Il")]),
    ("Le ministre a parlé longtemps. Il a lancé : « Nous ne céderons rien ».",
     [("direct", "Nous ne céderons rien", "Il")]),
    ("La ministre a répondu aux députés. « La loi sera appliquée », a-t-elle tout d'abord affirmé.",
     [("direct", "La loi sera appliquée", "elle")]),
    ("Le sénateur est venu à Lyon. « Tout reste à faire », a-t-il par ailleurs rappelé.",
     [("direct", "Tout reste à faire", "il")]),
    ("Le député a pris la parole. « Le texte est mauvais », a-t-il mis en garde.",
     [("direct", "Le texte est mauvais", "il")]),
    ("« Vous avez raison », lui répond alors la présidente.",
     [("direct", "Vous avez raison", "la présidente")]),
    ("Le ministre a parlé. « Nous verrons bien », a précisé le ministre, ajoutant que « rien n'est décidé ».",
     [("direct", "Nous verrons bien", "le ministre"), ("direct", "rien n'est décidé", "le ministre")]),
]

HEADLINES = [  # issue item 4 (finding): headline quotes and subheadings
    ("« Nous ne reculerons pas » : la maire de Paris défend son plan vélo\n\nLa maire a présenté son plan.",
     [("direct", "Nous ne reculerons pas", "la maire de Paris")]),
    ("« Le pays tiendra bon » : Castex répond aux maires\n\nLe Premier ministre a écrit aux élus.",
     [("direct", "Le pays tiendra bon", "Castex")]),
    ("La foule a applaudi. Le maire a clamé « vive la République » devant la mairie.",
     [("mixed", "« vive la République » devant la mairie", "Le maire")]),
    # a quoted subheading repeating words the article quotes with a reporting clause: that speaker
    ("Le ministre était à Nice.\n\n« JE ME LASSE DE TOUT ÇA ! »\n\n« Je vous vois souvent. Je me lasse de tout ça ! », "
     "a lancé Jean Dupont.",
     [("direct", "JE ME LASSE DE TOUT ÇA !", "Jean Dupont"),
      ("direct", "Je vous vois souvent. Je me lasse de tout ça !", "Jean Dupont")]),
    # a colon lead-in without a reporting verb: its named subject speaks
    ("Le débat a duré. Paul Durand, le chef des députés, a été plus virulent encore : « Ils partent, tant pis ! »",
     [("direct", "Ils partent, tant pis !", "Paul Durand")]),
    ("Retraites : les syndicats « ne lâcheront rien », prévient Luc Moreau\n\nLe texte arrive.",
     [("mixed", "les syndicats « ne lâcheront rien »", "Luc Moreau")]),
    # a quoted subheading that is a label, and a quoted topic before a colon: no quote
    ("Le congrès s'est ouvert.\n\n« Les coulisses d'un accord »\n\nLes délégués ont voté.", []),
    ("« Gilets jaunes » : la préfecture interdit la manifestation\n\nLa décision est tombée.", []),
]

SELON = [  # issue item 5: "Selon X" boundaries
    ("Selon un sondage Ifop publié dimanche, 62 % des Français soutiennent la réforme.",
     [("according_to", "62 % des Français soutiennent la réforme", "un sondage Ifop")]),
    ("La cote du ministre a baissé de 4 points, selon un sondage Elabe publié lundi.",
     [("according_to", "La cote du ministre a baissé de 4 points", "un sondage Elabe")]),
    ("Selon « Le Courrier du soir », une trentaine d'élus pourraient quitter le parti.",
     [("according_to", "une trentaine d'élus pourraient quitter le parti", "Le Courrier du soir")]),
]

SPURIOUS = [  # issue item 6: relative and participial clauses, purpose clauses
    ("Cette ancienne avocate, créditée de 10 % des intentions de vote, vise le second tour.", []),
    ("Passée inaperçue, cette facture, révélée par la presse locale, a fait scandale.", []),
    ("Le sondage a été réalisé auprès de 1 000 personnes, interrogées par téléphone.", []),
    ("La ministre s'est rendue à Lyon pour s'exprimer lors d'une conférence de presse.", []),
    ("Le ministère n'a pas voulu commenter cette affaire, mais a rappelé que le règlement interdit ces cadeaux.",
     [("indirect", "le règlement interdit ces cadeaux", "Le ministère")]),
]

INCISES = [  # issue item 7: a quote split by an incise keeps one speaker
    ("Le ministre est arrivé. « Nous sommes prêts, dit-il. Nous partirons demain. »",
     [("direct", "Nous sommes prêts", "il"), ("direct", "Nous partirons demain.", "il")]),
    ("Un conseiller parle. « Ça se complique, confie un proche du ministre. Personne ne veut céder. »",
     [("direct", "Ça se complique", "un proche du ministre"), ("direct", "Personne ne veut céder.", "un proche du ministre")]),
    ("Le député a conclu. Car « la crise est profonde, il faut agir vite », a-t-il insisté.",
     [("direct", "la crise est profonde, il faut agir vite", "il")]),
]

DATED_INVERSIONS = [  # a date with its determiner between the verb and the inverted subject is no speaker
    ("« Nous ne partirons pas avant la fin de l'année », a assuré le 12 mars devant les sénateurs la ministre des Armées Claire Martin.",
     [("direct", "Nous ne partirons pas avant la fin de l'année", "la ministre des Armées Claire Martin")]),
    ("« Le dialogue reste ouvert », a déclaré ce lundi à la presse le porte-parole du gouvernement.",
     [("direct", "Le dialogue reste ouvert", "le porte-parole du gouvernement")]),
    ("« Rien n'est décidé », a affirmé le 3 juin Paul Legrand, le maire de la ville.",
     [("direct", "Rien n'est décidé", "Paul Legrand")]),
]

CASES = [pytest.param(text, expected, id=f"{name}-{i}")
         for name, table in (("infinitive", INFINITIVES), ("mixed", MIXED), ("after-verb", AFTER_THE_VERB),
                             ("headline", HEADLINES), ("selon", SELON), ("spurious", SPURIOUS), ("incise", INCISES), ("dated", DATED_INVERSIONS))
         for i, (text, expected) in enumerate(table)]


@pytest.fixture(scope="module")
def quote_pipeline(fr_nlp):
    import pipeline

    return pipeline.load(stages=["segmentation", "entities", "quotes"], nlp=fr_nlp)


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_patterns(quote_pipeline, text, expected):
    doc = quote_pipeline(text, doc_id="t")
    assert [(q.kind, q.text, q.speaker) for q in doc.quotes] == expected
    assert doc.offset_errors() == []
