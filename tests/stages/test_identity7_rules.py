"""Rules of the fourth round on issue 23, sentences invented for these tests:
- an indefinite person phrase the lexicons write no mention for ("un témoin", "une habitante")
  that speaks after a quote or is a main clause's subject is a person the article does not name: the
  next incise pronoun and "cet homme" continue it, not the person named before;
- "l'ancien X" is never the person the article gave the bare head "X" to ("l'actuel Premier
  ministre" is not "l'ancien Premier ministre")."""
import pytest


@pytest.mark.model
def test_an_unnamed_witness_keeps_the_incise_pronoun(resolve):
    found = resolve("Le juge Paul Girard a ouvert l'audience lundi. Un témoin, dont l'identité reste secrète, a "
                    "demandé une peine exemplaire. \"Il ne doit jamais sortir de prison\", a-t-il ajouté.")
    assert found.get(("il", "pronoun")) is None, found  # written as nobody, or not at all


@pytest.mark.model
def test_an_incise_pronoun_after_a_named_speaker_is_still_resolved(resolve):
    found = resolve("Le juge Paul Girard a ouvert l'audience lundi. \"Il ne doit jamais sortir de prison\", "
                    "a-t-il ajouté.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_demonstrative_description_after_an_unnamed_speaker_names_nobody(resolve):
    found = resolve("Marc Lenoir, ancien préfet, a quitté la ville en mars. Une habitante a raconté la crue de mai. "
                    "\"Nous avons tout perdu\", témoigne cette femme de 60 ans.")
    assert found.get(("cette femme de 60 ans", "description"), "absent") is None, found


@pytest.mark.model
def test_a_thing_with_a_persons_ending_opens_no_unnamed_person(resolve):
    found = resolve("Le maire Paul Girard a parlé mardi. Une main tendue que ce dernier n'a pas voulu saisir.")
    assert found.get(("ce dernier", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_former_role_is_not_the_current_holder_of_its_head(resolve):
    found = resolve("Michel Durand a reçu Luc Berger mardi. Il remercie l'actuel ministre de la Culture, Luc Berger, "
                    "de son soutien. L'ancien ministre de la Culture regrette pourtant un projet dilué.")
    assert found.get(("L'ancien ministre de la Culture", "role")) != "Luc Berger", found


@pytest.mark.model
def test_an_ex_role_is_a_role(resolve):
    found = resolve("Paul Girard a quitté le parti Renouveau en mars. Marc Lenoir a salué son départ. "
                    "L'ex-porte-parole du parti a dénoncé mardi une dérive autoritaire.")
    assert found.get(("L'ex-porte-parole du parti", "role")) in ("Paul Girard", "Marc Lenoir"), found


@pytest.mark.model
def test_an_ex_role_with_an_apposed_name(resolve):
    found = resolve("Le gouvernement a changé lundi. L'ex-secrétaire d'État au Numérique, Sophie Martin, a "
                    "rejoint l'opposition.")
    assert found.get(("L'ex-secrétaire d'État au Numérique", "role")) == "Sophie Martin", found


@pytest.mark.model
def test_an_ex_role_speaking_after_a_quote_keeps_the_next_incise(resolve):
    found = resolve("Paul Girard a critiqué Marc Lenoir lundi. \"Il faut une réforme profonde\", a lancé l'ex-chef "
                    "du parti, Paul Girard. \"Il ne comprend rien\", a-t-il encore dit.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_second_bare_role_before_the_name_is_the_same_person(resolve):
    found = resolve("Le maire Paul Girard a présenté sa liste. Elle compte l'ancienne ministre de la Culture et "
                    "députée de Paris, Sophie Martin, et un ancien préfet.")
    assert found.get(("l'ancienne ministre de la Culture", "role")) == "Sophie Martin", found


@pytest.mark.model
def test_a_second_role_with_a_determiner_is_another_person(resolve):
    found = resolve("Le maire Paul Girard a présenté sa liste lundi. Le ministre de la Culture et le préfet, "
                    "Marc Lenoir, étaient présents.")
    assert found.get(("Le ministre de la Culture", "role")) != "Marc Lenoir", found


@pytest.mark.model
def test_an_anonymous_source_keeps_the_incise_pronoun(resolve):
    found = resolve("Le ministre Paul Girard s'est tu mardi. Une source policière a confié à l'AFP que Marc Lenoir "
                    "avait été arrêté. \"Il est soupçonné de fraude\", a-t-elle affirmé.")
    assert found.get(("elle", "pronoun")) is None, found


@pytest.mark.model
def test_a_subordinate_pronoun_takes_the_subject_of_the_clause_above(resolve):
    found = resolve("Le maire Paul Girard a été entendu. Il a estimé que le président du parti, Marc Lenoir, se "
                    "comporte mal lorsqu'il tente de diviser la majorité.")
    assert found.get(("il", "pronoun")) == "Marc Lenoir", found


@pytest.mark.model
def test_a_pronoun_reported_two_clauses_down_takes_the_nearest_subject(resolve):
    found = resolve("Paul Girard a rappelé mardi que le ministre Marc Lenoir avait promis qu'il viendrait.")
    assert found.get(("il", "pronoun")) == "Marc Lenoir", found


@pytest.mark.model
def test_a_reported_pronoun_still_takes_the_speaker(resolve):
    found = resolve("Marc Lenoir a parlé mardi. Paul Girard a affirmé qu'il ne serait pas candidat.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_an_adjective_after_an_elided_article_tells_the_gender(resolve):
    found = resolve("Le maire de Dole, Paul Girard, a été réélu. Sophie Martin a salué sa victoire. "
                    "L'actuel maire de Dole a remercié ses électeurs.")
    assert found.get(("L'actuel maire de Dole", "role")) == "Paul Girard", found


@pytest.mark.model
def test_ex_and_ancien_are_one_former_role(resolve):
    found = resolve("Après le discours de Marc Lenoir, l'ancien ministre Paul Girard quitte le parti. "
                    "L'ex-ministre regrette les errements de la direction.")
    assert found.get(("L'ex-ministre", "description")) == "Paul Girard", found


@pytest.mark.model
def test_a_name_after_an_eponym_thing_ranks_as_a_complement(resolve):
    found = resolve("Le président du Sénat Paul Girard s'exprime sur l'affaire Lenoir dans un entretien. "
                    "Pour lui, l'enquête est close.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_coordinated_adjective_before_the_name_keeps_the_apposition(resolve):
    found = resolve("Marc Lenoir a parlé lundi. Les critiques visent l'ex-ministre de la Transition écologique et "
                    "solidaire Paul Girard.")
    assert found.get(("l'ex-ministre de la Transition écologique", "description")) == "Paul Girard", found


@pytest.mark.model
def test_selon_lui_is_the_subject_not_the_last_name(resolve):
    found = resolve("Le secrétaire national du parti Paul Girard a critiqué vendredi le gouvernement de Marc Lenoir, "
                    "qui, selon lui, hésite sur la réforme.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_contre_lui_is_the_clauses_subject(resolve):
    found = resolve("Le juge Marc Lenoir a rejeté la demande lundi. Le ministre Paul Girard dénonce un complot "
                    "ourdi contre lui.")
    assert found.get(("lui", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_a_second_bare_role_without_a_comma_is_the_same_person(resolve):
    found = resolve("Le parti Renouveau a perdu les élections. L'eurodéputé du parti et ex-secrétaire national "
                    "Paul Girard a reconnu la défaite.")
    assert found.get(("L'eurodéputé du parti", "role")) == "Paul Girard", found


@pytest.mark.model
def test_an_impersonal_il_before_a_quotation_mark_names_nobody(resolve):
    found = resolve("Le député Paul Girard a parlé lundi. Il estime qu'il \"faut changer l'image du parti\".")
    assert ("il", "pronoun") not in found or found[("il", "pronoun")] is None, found


def test_a_new_holder_holds_the_office():
    from pipeline.coreference.lexicon import coref_lexicon
    lexicon = coref_lexicon()
    assert lexicon.office_of("nouveau premier ministre") == lexicon.office_of("premier ministre")
    assert lexicon.office_of("nouveau président") is None  # any country's, said alone
    assert lexicon.office_of("président") == "président de la république"


@pytest.mark.model
def test_il_est_libre_de_is_a_person(resolve):
    found = resolve("L'opposant Paul Girard est sorti de l'hôpital mardi. Le gouvernement a affirmé qu'il "
                    "\"était libre de\" rentrer au pays.")
    assert found.get(("il", "pronoun")) == "Paul Girard", found


@pytest.mark.model
def test_an_apposed_descriptions_determiner_tells_the_gender(resolve):
    found = resolve("Paul Girard pourrait voir sa cote baisser avec la sortie d'un livre sur sa vie. La journaliste "
                    "Gaël Martin s'est intéressée à l'autre face de l'homme politique, côté famille. Elle a rencontré "
                    "ses proches.")
    assert found.get(("l'homme politique", "description")) == "Paul Girard", found
    assert found.get(("Elle", "pronoun")) == "Gaël Martin", found


@pytest.mark.model
def test_president_with_a_coordinated_second_role_is_no_head_of_state(resolve):
    found = resolve("Le chef de l'État Paul Girard sera interrogé dimanche par le journaliste Luc Berger et par le "
                    "président et directeur de la publication du journal, Marc Lenoir. Le président de la "
                    "République devra rendre des comptes.")
    assert found.get(("le président", "role")) == "Marc Lenoir", found
    assert found.get(("Le président de la République", "role")) == "Paul Girard", found


@pytest.mark.model
def test_a_second_role_whose_complement_is_the_name_is_no_apposition(resolve):
    found = resolve("Sophie Martin est morte à 76 ans. Ancienne sénatrice et ministre sous le second mandat de "
                    "Paul Girard, elle avait quitté la vie politique.")
    assert found.get(("sénatrice", "role")) != "Paul Girard", found
