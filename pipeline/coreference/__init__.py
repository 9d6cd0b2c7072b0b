"""Who is who in an article: one coreference layer that entities, quotes and facts share.

Why a package of its own: three stages need to know who a phrase names. The entities stage gives
every name a cluster and a canonical name; the quotes stage must know who "le porte-parole du
gouvernement", "elle" or "le communiqué" is; the facts stage who "l'élu socialiste" is when he cuts
his salary by 10 %. Written three times, the answers disagreed. Here they are written once:

- `names`: clusters of names ("Poutine", "M. Poutine", "Vladimir Poutine"; an acronym and its
  expansion, "RN" and "Rassemblement national"; "Parlement" after "Parlement européen"; "Carla" after
  "Carla Bruni") and each cluster's canonical name. The entities stage calls it.
- `chains`: the other mentions that refer to a named entity: appositions in both orders ("le
  ministre de l'Économie, Bruno Le Maire" / "Bruno Le Maire, ministre de l'Économie"), role nouns
  that keep their holder for the rest of the article, definite descriptions ("l'élu socialiste",
  "la capitale", "le parti"), demonstratives ("ce dernier"), pronouns (il, elle, lui, lequel) by
  gender and salience, and documents and services to their organisation ("le communiqué").
  The `coreference` stage (`pipeline.stages.coreference`) runs it and writes `mentions.jsonl`.
- `organisations`: what an organisation description may name: its head noun's kind agrees with the
  antecedent's ("la firme" never a medium cited as a source, "le parti" only a party), "le parti de X"
  is X's party, never X; "la société civile", "le mouvement pro-démocratie" name no organisation
  (`resources/coreference_organisations.json`). `chains` asks it.
- `index`: the per-document answer (`Coreference`): the mention at a span, its cluster and canonical
  name, the person salient at a point of the text. Quotes and facts only read it.
- `resolver`: the one answer to "which entity does this phrase name": `Resolver`, built once per
  document by the coreference stage and shared by quotes (with the speakers it remembers: the person
  last speaking takes "il" in the next quote) and facts. It asks `index` first, then its rules for
  what the chains left unresolved: `named` (a name on, beside or inside the phrase), `roles` (a
  role's or an office's holder), pronouns by gender and salience, documents and services, `topic`
  (the article's main person or organisation), `affiliation` (a person's party); `phrases` reads a
  noun phrase's extent for all of them.

Nothing here imports the quotes, facts, stages or report packages (`tests/test_layers.py`): they ask
this layer, never the other way round.

No French coreference model installs offline (no internet at run time, no GPU), hence rules; the
words they use are data: `resources/coreference_nouns.json`, `coreference_organisations.json`, `demonyms.txt`, the first names of
`quote_first_names.json`.
"""
