"""Fact frames read off the dependency parse: who (subject), does what (predicate), to what (object),
says who (source), when (time), how sure (hedging), for the facts stage.

One module a job: `frames` (subject, predicate, object of a clause), `sources` (quote speaker,
"selon X", reporting verbs, shared with the quotes stage's lexicon), `hedging` (conditional,
hedge verbs and adverbs), `times` (a date of the clause or of the election it talks about),
`holders` (whose score a number is: brackets, "pour X", "Avec 38 %, X", "N points devant Y"),
`names` (the one resolver of canonical names: entities, pronouns, roles, polls, the article's topic),
`polls` (a poll's institute as source, what polled people judge), `measures` (quantity facts) and
`events` (event and statement facts).
"""
