"""Fact frames read off the dependency parse: who (subject), does what (predicate), to what (object),
says who (source), when (time), how sure (hedging), for the facts stage.

One module a job: `frames` (subject, predicate, object of a clause), `sources` (quote speaker,
"selon X", reporting verbs, shared with the quotes stage's lexicon), `hedging` (conditional,
hedge verbs and adverbs), `times` (a date of the clause or of the election it talks about),
`holders` (whose number it is by word order and phrase: brackets, "pour X", "Avec 38 %, X", "N
points devant Y", a noun phrase's owner, a change verb's object), `subjects` (the subject rules in the
order they are tried, over one `Clause`), `descriptions` (the short noun phrase, or the name the
article gives a thing, for a subject that names no entity), `names` (the canonical name of a
holder: who a phrase names is asked of `pipeline.coreference.resolver`; polls, measures and ranks
here), `polls` (a poll's institute as source, what polled people judge), `turnout` (a turnout's
election), `measures` (what a quantity fact is, and the loop over a sentence's quantities) and
`events` (event and statement facts).
"""
