"""Named entities: fr_core_news_md's NER corrected for French political news.

Why a package: the model's mentions need a dozen corrections that each read something different
(pattern lists, the parse around a span, the lemmatizer's word lists, the other mentions of the
document), and every one of them is a rule over data in `pipeline/resources/`. One module a job:

- `mentions`: the mention record the rules pass around, and how a rebuilt name takes its place;
- `corrections`: the order the rules are applied in (patterns, trims, filters, propagation, labels);
- `spans`: names the model cuts up, rebuilt from typography (acronym expansions, streets, quoted names);
- `roles`: role phrases, portfolios and demonyms, which are no entities;
- `words`: capitalised common words at the start of a line or sentence;
- `labels`: one label per name string in a document;
- `seats`: a seat of power where something takes place is a place;
- `persons`: a MISC or ORG span that reads as "<first name> <surname>" is a person;
- `propagation`: a name found once is found everywhere in the document;
- `names`: the written form of a name (prefixes, bracketed other names, article forms).

The stage `pipeline.stages.entities.EntityRecognizer` runs them and clusters the mentions
(`pipeline.coreference.names`).
"""
