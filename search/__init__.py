"""Find: every number the study states, searchable by its words, names and digits.

`entries` lists what can be found (one entry per stated number, with the card that shows it),
`terms` turns text and a reader's query into search terms, `index` keeps them in SQLite's FTS5
and answers queries, ranked by relevance and highlighted.
"""
