"""Fast unit tests of the quote-finding helpers of issue 14, on hand-built records and blank docs."""
from __future__ import annotations

import spacy

from pipeline.attribution.lexicon import QuoteLexicon, VerbFrames
from pipeline.attribution.phrases import adverbial_at, adverbial_ending_at, cue_extent
from pipeline.records import Quote
from pipeline.stages.quotes import after_que, content_words, with_repeated_speakers, words_key


def quote(i: int, text: str, start: int, cue: str | None, speaker: str | None) -> Quote:
    return Quote(doc_id="d", id=f"d:q{i}", kind="direct", start=start, end=start + len(text), text=text,
                 speaker=speaker, speaker_start=0 if speaker else None, speaker_end=len(speaker) if speaker else None,
                 speaker_canonical=speaker, cue=cue)


def test_words_key_folds_case_and_punctuation():
    assert words_key("VOUS SAVEZ, JE M'EMMERDE !") == words_key("Vous savez, je m'emmerde !") == "vous savez je m emmerde"


def test_repeated_words_take_the_speaker_of_the_attributed_quote():
    headline = quote(0, "NOUS NE CÉDERONS RIEN", 0, None, None)
    body = quote(1, "Je le redis : nous ne céderons rien.", 40, "a lancé", "Jean Dupont")
    other = quote(2, "Autre chose encore", 90, None, "Marie Curie")
    result = with_repeated_speakers([headline, body, other])
    assert result[0].speaker == "Jean Dupont" and result[0].speaker_canonical == "Jean Dupont"
    assert result[1:] == [body, other]  # attributed quotes and unrelated ones are left alone


def test_short_repeats_are_not_matched():
    label = quote(0, "Oui", 0, None, None)
    body = quote(1, "Oui, nous partirons", 10, "a dit", "Jean Dupont")
    assert with_repeated_speakers([label, body])[0].speaker is None


def test_a_subheading_rewording_a_quote_takes_its_speaker():
    text = ('Intro.\n\n"Il faudra fermer trois usines"\n\n"Si les ventes baissent, il faudra fermer vite trois sites '
            'et trois usines", a prévenu le patron. "Nous verrons", a dit Marie Curie.')
    heading = quote(0, "Il faudra fermer trois usines", text.index("Il faudra"), None, "Marie Curie")
    body_start = text.index("Si les")
    body = quote(1, text[body_start:text.index('", a prévenu')], body_start, "a prévenu", "le patron")
    other = quote(2, "Nous verrons", text.index("Nous verrons"), "a dit", "Marie Curie")
    assert with_repeated_speakers([heading, body, other], text)[0].speaker == "le patron"
    # without the document text (is it a paragraph of its own?) only exact repeats count
    assert with_repeated_speakers([heading, body, other])[0].speaker == "Marie Curie"


def test_a_quote_inside_a_paragraph_is_no_subheading():
    text = 'Intro. Il a dit : "Il faudra fermer trois usines" hier.\n\n"Il faudra fermer vite trois usines", a dit Paul.'
    inline = quote(0, "Il faudra fermer trois usines", text.index("Il faudra"), None, None)
    body_start = text.rindex("Il faudra")
    body = quote(1, "Il faudra fermer vite trois usines", body_start, "a dit", "Paul")
    assert with_repeated_speakers([inline, body], text)[0].speaker is None


def test_content_words_leave_function_words_and_short_words_out():
    assert content_words("Il faudra changer la moitié du gouvernement") == {"faudra", "changer", "moitié", "gouvernement"}


def test_after_que():
    text = "Il a dit que « nous partirons » et qu'« il reste »"
    assert after_que(text, text.index("«"))
    assert after_que(text, text.rindex("«"))
    assert not after_que("Il a dit « non »", len("Il a dit "))


def test_adverbial_phrases_inside_a_cue():
    doc = spacy.tokens.Doc(spacy.blank("fr").vocab, words=["a", "-t-il", "par", "ailleurs", "rappelé"])
    assert adverbial_at(doc, 2) == 2 and adverbial_at(doc, 1) == 0
    assert adverbial_ending_at(doc, 4) == 2 and adverbial_ending_at(doc, 3) == 0


def test_cue_extent_runs_over_an_adverbial_phrase():
    vocab = spacy.blank("fr").vocab
    doc = spacy.tokens.Doc(vocab, words=["«", "Non", "»", ",", "a", "-t-il", "par", "ailleurs", "rappelé", "."],
                           pos=["PUNCT", "ADV", "PUNCT", "PUNCT", "AUX", "PRON", "ADP", "ADV", "VERB", "PUNCT"],
                           sent_starts=[True] + [False] * 9)
    assert cue_extent(doc[8]) == (4, 9)


def test_verb_frames_are_consistent_with_the_verb_list():
    """Every verb of a frame is a reporting verb, or the frame could never fire."""
    lexicon = QuoteLexicon.load()
    frames: VerbFrames = lexicon.frames
    for name in ("bare", "de", "a", "object", "self", "qualify", "accusation"):
        missing = {verb for verb in getattr(frames, name) if verb not in lexicon.verbs}
        assert not missing, (name, missing)
    assert frames.object <= frames.de | frames.a  # an object is only skipped before de/à
    assert "souhaiter" not in frames.bare  # "n'a pas souhaité s'exprimer" reports nothing
