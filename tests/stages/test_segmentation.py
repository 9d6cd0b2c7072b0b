"""Sentence segmentation: rule table on a blank French tokenizer, and the seed gold with the model."""
import pytest
import spacy

from pipeline.document import Document
from pipeline.stages import Segmenter

CASES = [
    ("M. Dupont et Mme Durand sont là. Ils parlent.", ["M. Dupont et Mme Durand sont là.", "Ils parlent."]),
    ("Le vote a donné 80,1 % des voix. La suite.", ["Le vote a donné 80,1 % des voix.", "La suite."]),
    ("Il cite J. Chirac, etc. et le n° 3. Fin.", ["Il cite J. Chirac, etc. et le n° 3.", "Fin."]),
    ("«Nous partons. Nous revenons», dit-il. Puis rien.", ["«Nous partons.", "Nous revenons», dit-il.", "Puis rien."]),
    ("«Vraiment?» a-t-il demandé. Oui.", ["«Vraiment?» a-t-il demandé.", "Oui."]),
    ("Il a dit: «Non!» Le silence suivit.", ["Il a dit: «Non!»", "Le silence suivit."]),
    ("L’opposition estime que l’élection est volée. Elle manifeste.", ["L’opposition estime que l’élection est volée.", "Elle manifeste."]),
    ("Le Dr. Martin arrive. En 2020. Voilà...", ["Le Dr. Martin arrive.", "En 2020.", "Voilà..."]),
    ("Une phrase sans point final", ["Une phrase sans point final"]),
]


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter(spacy.blank("fr"))


@pytest.mark.parametrize("text,expected", CASES)
def test_sentence_table(segmenter, text, expected):
    doc = segmenter(Document(text))
    assert [s.text for s in doc.sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


def test_paragraphs_and_headings(segmenter):
    text = "Un titre sans point\n\nPremier paragraphe. Suite.\nDeuxième « citation ».\n\nIl a dit :\n«Oui.»"
    doc = segmenter(Document(text, doc_id="p"))
    got = [(s.text, s.paragraph, s.heading) for s in doc.sentences]
    assert got == [
        ("Un titre sans point", 0, True),
        ("Premier paragraphe.", 1, False),
        ("Suite.", 1, False),
        ("Deuxième « citation ».", 2, False),
        ("Il a dit :", 3, False),
        ("«Oui.»", 4, False),
    ]
    assert [s.id for s in doc.sentences][:2] == ["p:s0", "p:s1"]


def test_crlf_and_trailing_spaces_keep_offsets(segmenter):
    text = "Titre\r\nUne phrase.  Une autre.  \r\n"
    doc = segmenter(Document(text))
    assert [s.text for s in doc.sentences] == ["Titre", "Une phrase.", "Une autre."]
    assert doc.sentences[0].heading


@pytest.mark.model
def test_seed_boundaries_match_gold_exactly(fr_nlp, seed_text, seed_gold):
    doc = Segmenter(fr_nlp)(Document(seed_text))
    got = [(s.start, s.end, s.heading) for s in doc.sentences]
    assert got == [(s["start"], s["end"], s["heading"]) for s in seed_gold["sentences"]]


@pytest.mark.model
def test_parser_keeps_the_preset_boundaries(fr_nlp):
    text = "«Les dirigeants ont discuté. Ils ont évoqué la situation», indique la chaîne. Voilà."
    doc = Segmenter(fr_nlp)(Document(text))
    assert len(doc.sentences) == 3
    assert doc.spacy_doc.has_annotation("DEP")
