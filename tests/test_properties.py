"""Property tests: any Unicode text goes through every stage without raising, and every record's
offsets hold (`text[start:end] == record text`)."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NEWSY = st.sampled_from([
    "M.", "Mme", "Macron", "Poutine", "Élysée", "Kremlin", "«", "»", "“", "”", '"', "’", "'", "-t-elle", "a déclaré",
    "selon", "que", "samedi", "29", "août", "2020", "80,1", "%", "pour cent", "millions", "d'euros", "hier", ".", ",",
    "!", "?", "…", ":", "\n", "\n\n", " ", "\t", "\u00a0", "\u200b", "\x00", "🙂", "Минск", "l’opposition", "estime",
])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(NEWSY, max_size=60).map(" ".join),
    st.lists(st.one_of(NEWSY, st.text(max_size=5)), max_size=40).map("".join),
)


@pytest.mark.model
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_any_text_gives_valid_records(full_pipeline, text):
    doc = full_pipeline(text, doc_id="p", date="2020-08-30")
    assert doc.offset_errors() == []
    for name, records in doc.to_records().items():
        for record in records:
            assert record["doc_id"] == "p"
            if name != "documents":
                assert 0 <= record["start"] <= record["end"] <= len(text)
