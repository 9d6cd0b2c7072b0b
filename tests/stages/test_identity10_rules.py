"""Rules of the seventh round on issue 23. Each is shown on a sentence invented for the test and on one
taken (shortened) from corpus articles outside both dev sets:
- a clitic "lui" is not the person its own clause's subject names when that subject is a role or a
  description ("ce dernier lui a répondu", "le ministre lui a promis"), as it already was not for a name
  or a pronoun: that would be "se";
- a generic person noun after a noun of rights or conditions ("les droits de l'homme", "la condition de
  la femme", "les droits du citoyen") names a kind of person: no mention, so nobody;
- a phrase opened by a preposition after an incise's verb ('"...", a-t-il rétorqué à ce militant') is
  spoken to, not the speaker, so it is not the person of the incise's subject; and the subject of an
  inverted incise ("-t-il") counts as the verb's subject whatever the parse made of the clitic;
- "son successeur", "son prédécesseur" of a holder of an office of `office_holders.json` is the holder
  right after or before them, when the article names that person and no apposition named one before;
  nobody otherwise (a salience guess would be the owner's circle), and never the subject of the phrase's
  own clause. Such an answer is the owner's: it is not remembered as a role, and no cataphora fills it.
  Read on 800 corpus articles: 10 answers changed, all right;
- other tenses of impersonal verbs: "il semblerait que", "il suffirait d'un" (before "que"/"de" only: "il
  semblait vouloir" is a person), "il restait quelques", "il existe aussi un" (before a determiner, a
  quantifier or a number: "il restait concentré", "il resterait à son poste" are persons), and "Toujours
  est-il que". Read on 1,200 corpus articles: 14 answers changed, all right;
- a title's role guessed from the names around it ("X, Y : la porte-parole du gouvernement a fait son
  choix") yields to the holder the text names later with the same role ("la porte-parole du
  gouvernement, Z"): the title's phrase and the later repeats are Z's. Read on 1,200 corpus articles: 3
  answers changed (one article), right; letting any guess yield, not only the title's, made 2 of 5 wrong;
- a phrase inside a prepositional complement opening the sentence, then a comma and a name a finite verb
  follows ("Au lendemain des révélations sur les emplois de sa femme, X s'expliquait"), is not apposed to
  that name, the main clause's subject; a predicative opening is ("En tant que chef du gouvernement, X").
  Read on 1,200 corpus articles: 3 answers made right, 1 made wrong, 4 wrong either way;
- an organisation or place noun ending a title is not apposed to the name opening the lead ("... le logo
  du parti / France 2 révèle"), as a person's role already was not. 1,200 corpus articles: 3 changes, right;
- (after the verdict draw, from its row 44) a clitic "lui" is not the speaker named after its verb
  ('"...", lui a répondu M. X'), whatever the parse made of that name; and a question or an exclamation
  closing its quotation needs no comma before the incise ('"Excusez-moi ?" lui a demandé X', '« ... ? » a
  écrit X'). 1,200 corpus articles: 2 answers made right, 1 made wrong (a later "d'elle" now the speaker);
- (after the verdict draw, from its row 33) a gendered first name alone, tagged MISC, that is a verb's subject
  or stands right after its verb ("se souvient Diana", "a ajouté Elli") is a person; a clitic "lui" in a
  relative clause is not the person its "qui" stands for ("X, qui lui a offert le gîte"). 1,200 corpus
  articles: 3 entities relabelled and 8 answers made right, 1 made wrong ("à X, qui lui auraient été versés":
  the "qui" of a sum of money, read as X's).
"""
import pytest


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jeanne Roux reçoit le ministre Paul Martin. Ce dernier lui a aussi serré la main.",
    # corpus (orangesum-25090), shortened
    'Et alors qu\'un homme lance à François Hollande : "On vous regrette déjà", ce dernier lui a répondu une '
    "phrase très sibylline.",
])
def test_a_clitic_lui_is_not_the_role_or_description_subject_of_its_clause(resolve, text):
    found = resolve(text)
    subject = found.get(("ce dernier", "pronoun"), found.get(("Ce dernier", "pronoun")))
    assert subject is not None and found.get(("lui", "pronoun")) != subject


@pytest.mark.model
@pytest.mark.parametrize("text, phrase", [
    ("Paul Biya a reçu des militants des droits de l'Homme et des défenseurs des droits du citoyen.", "l'Homme"),
    ("Marie Dupont a longuement parlé de la condition de la femme en prison.", "la femme"),
    # corpus (orangesum-34788), shortened
    ("Dans un autre rapport, le Centre Abdorrahman Boroumand pour les droits de l'homme en Iran, dirigé par "
     "Hadi Ghaemi, a estimé que la propagation du virus était plus importante.", "l'homme"),
])
def test_a_person_noun_after_a_noun_of_rights_names_nobody(resolve, text, phrase):
    found = resolve(text)
    assert not any(text_ == phrase or text_.startswith(phrase + " ") for text_, _ in found)


@pytest.mark.model
def test_a_generic_person_noun_elsewhere_is_still_a_mention(resolve):
    found = resolve("Paul Biya a reçu des militants. L'homme a souri.")
    assert found.get(("L'homme", "description")) == "Paul Biya"


@pytest.mark.model
@pytest.mark.parametrize("text, phrase", [
    ('"Nous ne céderons pas", a lancé Jeanne Roux. "Vous avez tort", a-t-elle ensuite répliqué à cette militante.',
     "cette militante"),
    # corpus (orangesum-11638), shortened
    ('"C\'est aussi les Français", lui a répondu M. Djebbari. "Je parle avec d\'autres syndicats de la SNCF et vous '
     'représentez une vision", a-t-il aussi rétorqué à ce militant.', "ce militant"),
])
def test_a_phrase_spoken_to_after_an_incise_is_not_its_speaker(resolve, text, phrase):
    assert resolve(text).get((phrase, "description")) is None


@pytest.mark.model
def test_the_speaker_after_a_quote_is_still_the_incise_subject(resolve):
    found = resolve('Jeanne Roux a reçu les grévistes. "Nous verrons", a répondu la porte-parole du collectif.')
    assert found.get(("la porte-parole du collectif", "role")) == "Jeanne Roux"


@pytest.mark.model
@pytest.mark.parametrize("text, date, phrase, holder", [
    ("Nicolas Sarkozy a déjeuné avec François Hollande. L'ancien président a félicité son successeur.",
     "2013-02-01", "son successeur", "François Hollande"),
    ("Emmanuel Macron a reçu François Hollande à l'Élysée. Le président a salué son prédécesseur.",
     "2018-03-01", "son prédécesseur", "François Hollande"),
    # corpus (orangesum-1165), shortened
    ("Au cours d'un déjeuner, Emmanuel Macron et François Hollande se sont entretenus sur l'après-coronavirus. "
     "L'ancien chef de l'État a demandé à son successeur de faire de l'urgence économique sa priorité.",
     "2020-06-28", "son successeur", "Emmanuel Macron"),
])
def test_a_successor_of_a_known_office_holder_is_the_next_holder_the_article_names(resolve, text, date, phrase, holder):
    assert resolve(text, date=date).get((phrase, "description")) == holder


@pytest.mark.model
@pytest.mark.parametrize("text, date, phrase", [
    ("Paul Martin a quitté la mairie de Lyon. Son successeur n'est pas encore connu.", "2020-01-01", "Son successeur"),
    # the owner's neighbour is not named: nobody, not the salient person
    ("François Hollande a visité Tulle. Il a rendu hommage à son prédécesseur.", "2014-01-01", "son prédécesseur"),
])
def test_a_successor_of_an_unknown_holder_names_nobody(resolve, text, date, phrase):
    assert resolve(text, date=date).get((phrase, "description")) is None


@pytest.mark.model
def test_a_successor_is_not_the_subject_of_its_own_clause(resolve):
    # corpus (orangesum-1165), shortened: the successor of the last person named is not the one receiving him
    found = resolve("Le président Macron s'est entretenu mardi avec l'ancien président Nicolas Sarkozy, avant de "
                    "recevoir son successeur, dans le cadre de ses consultations. François Hollande était attendu.",
                    date="2020-05-05")
    assert found.get(("son successeur", "description")) != "Emmanuel Macron"


def test_the_office_table_gives_the_neighbouring_holders():
    from pipeline.coreference.lexicon import coref_lexicon

    lexicon = coref_lexicon()
    assert lexicon.neighbour_holders("François Hollande", after=True) == {"Emmanuel Macron"}
    assert lexicon.neighbour_holders("Hollande", after=False) == {"Nicolas Sarkozy"}
    assert lexicon.neighbour_holders("Manuel Valls", after=False) == {"Jean-Marc Ayrault"}
    assert lexicon.neighbour_holders("Paul Martin", after=True) == frozenset()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Paul Martin a parlé. Lundi soir, il restait quelques 14.000 amendements en discussion.",  # corpus (orangesum-9885)
    "Paul Martin a parlé. Dans la soirée, il ne restait plus de manifestants sur la place.",
    "Paul Martin a salué l'annonce mais prévenu qu'il restait \"beaucoup de travail à faire\".",
    "Paul Martin est un général. Il existe aussi un fort qui porte son nom.",
    "Paul Martin a parlé. Il semblerait donc que le choix soit fait.",
    # corpus (orangesum-28048), shortened
    "Depuis le rejet des comptes de campagne de Nicolas Sarkozy en 2012, il semblerait que les banques rechignent à prêter.",
    "Paul Martin n'a que huit députés. Mais il suffirait d'un tout petit geste du président.",
    "Paul Martin a commenté les chiffres. Toujours est-il que Paul Martin veut peser.",
])
def test_impersonal_tenses_name_nobody(resolve, text):
    found = resolve(text)
    assert found.get(("il", "pronoun")) is None and found.get(("Il", "pronoun")) is None


@pytest.mark.model
@pytest.mark.parametrize("text, pronoun", [
    ("Paul Martin a quitté la salle. Il restait concentré sur l'avenir.", "Il"),
    ("Paul Martin a quitté la salle. Il semblait vouloir partir.", "Il"),
    ("Paul Martin a précisé qu'il resterait à son poste jusqu'à l'été.", "il"),
])
def test_personal_readings_of_those_verbs_keep_their_person(resolve, text, pronoun):
    assert resolve(text).get((pronoun, "pronoun")) == "Paul Martin"


@pytest.mark.model
@pytest.mark.parametrize("text, holder", [
    ("Valérie Pécresse, Anne Hidalgo : la ministre de la Culture a fait son choix\n\nDans un entretien, la ministre "
     "de la Culture, Julie Martin, a confirmé son choix. La ministre de la Culture regrette la polémique.", "Julie Martin"),
    # corpus (orangesum-15519), shortened
    ("Mélenchon, Le Pen : la porte-parole du gouvernement a fait son choix\n\nDans un entretien, la porte-parole du "
     "gouvernement, Sibeth Ndiaye, a reconnu qu'elle voterait pour Jean-Luc Mélenchon plutôt que Marine Le Pen. "
     "La porte-parole du gouvernement regrette surtout l'état des partis.", "Sibeth Ndiaye"),
])
def test_a_title_role_guessed_from_the_names_before_it_yields_to_the_holder_the_lead_names(resolve, text, holder):
    found = resolve(text)
    roles = {phrase: canonical for (phrase, kind), canonical in found.items() if kind == "role"}
    assert roles and set(roles.values()) == {holder}


@pytest.mark.model
@pytest.mark.parametrize("text, phrase, kind, not_holder", [
    ("Au lendemain des révélations sur les emplois de sa femme, Paul Martin s'expliquait jeudi au JT.",
     "sa femme", "description", "Paul Martin"),
    # corpus (orangesum-21475), shortened
    ("Emmanuel Macron estimait que la France dépensait trop. Au secours de son président, Marlène Schiappa faisait une "
     "mise au point.", "son président", "role", "Marlène Schiappa"),
])
def test_a_phrase_in_a_fronted_complement_is_not_the_subject_named_after_its_comma(resolve, text, phrase, kind, not_holder):
    assert resolve(text).get((phrase, kind)) != not_holder


@pytest.mark.model
def test_a_fronted_predicative_role_is_still_its_subjects(resolve):
    # corpus (orangesum-22627), shortened
    found = resolve("En tant que chef du gouvernement, Manuel Valls a fait usage six fois de l'article 49.3.")
    assert found.get(("chef du gouvernement", "role")) == "Manuel Valls"


@pytest.mark.model
@pytest.mark.parametrize("text, phrase, holder", [
    ("La République en marche veut changer le logo du parti\nFrance 2 a révélé jeudi que le parti présidentiel "
     "souhaitait un nouveau logo.", "le parti présidentiel", "La République en marche"),
    # corpus (orangesum-11339), shortened
    ("Municipales 2020 : quand LREM conseille à ses candidats de ne pas afficher le logo du parti\n\nFrance 2 révèle "
     "que La République en marche a distribué un guide aux candidats. Le parti présidentiel leur a remis un guide.",
     "Le parti présidentiel", "La République en marche"),
])
def test_a_title_ending_on_an_organisation_noun_is_not_apposed_to_the_leads_first_name(resolve, text, phrase, holder):
    found = resolve(text)
    assert found.get((phrase, "description")) == holder
    assert "France 2" not in {canonical for (_, kind), canonical in found.items() if kind == "description"}


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("Un agent s'est approché de Paul Martin. \"Excusez-moi ?\" lui a demandé Paul Martin.", "Paul Martin"),
    # corpus (orangesum-11638), shortened
    ('Le ministre Jean-Baptiste Djebbari a été interpellé par des grévistes. "C\'est aussi les Français", lui a '
     'répondu M. Djebbari.', "Jean-Baptiste Djebbari"),
])
def test_a_clitic_lui_is_not_the_speaker_named_after_its_verb(resolve, text, speaker):
    assert resolve(text).get(("lui", "pronoun")) != speaker


@pytest.mark.model
def test_a_question_closing_its_quotation_needs_no_comma_before_the_speaker(resolve):
    # corpus (orangesum-27748), shortened
    found = resolve("Cécile Duflot a interpellé la ministre. « Pourquoi n'êtes-vous pas au débat ? » a écrit Cécile "
                    "Duflot sur le réseau social. Cette réflexion n'a pas plu à Ségolène Royal qui lui a répondu en "
                    "publiant une photo.")
    assert found.get(("lui", "pronoun")) == "Cécile Duflot"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ('"Il parlait à peine", se souvient Diana, qui l\'a hébergé trois mois.', "Diana"),
    # corpus (orangesum-4262), shortened
    ('"Je suis soulagée, je viens de France", a ajouté Elli, une jeune Française.', "Elli"),
    # corpus (orangesum-16932), shortened
    ("Une journaliste aborde une mère de famille. Danielle raconte le calvaire qu'elle a vécu.", "Danielle"),
])
def test_a_lone_first_name_that_speaks_is_a_person(fr_nlp, text, name):
    import pipeline

    nlp = pipeline.load(stages=["segmentation", "entities"], nlp=fr_nlp)
    assert ("PER", name) in [(e.label, e.text) for e in nlp(text, doc_id="t").entities]


@pytest.mark.model
def test_a_storm_named_after_a_first_name_is_no_person(fr_nlp):
    import pipeline

    nlp = pipeline.load(stages=["segmentation", "entities"], nlp=fr_nlp)
    assert "PER" not in [e.label for e in nlp("L'ouragan Irma a frappé la Floride.", doc_id="t").entities]


@pytest.mark.model
@pytest.mark.parametrize("text, not_holder", [
    ("Paul Martin a reçu Jean Dupont, qui lui a remis une lettre.", "Jean Dupont"),
    # corpus (orangesum-24587), a title
    ("« Judas! »: Marine Le Pen insulte Gérald Darmanin qui lui répond", "Gérald Darmanin"),
])
def test_a_clitic_lui_is_not_the_person_its_relative_qui_stands_for(resolve, text, not_holder):
    assert resolve(text).get(("lui", "pronoun")) != not_holder
