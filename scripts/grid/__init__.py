"""A generated grid of news pages with the truth known by construction.

`python -m scripts.grid` composes page variants from parts (chrome blocks, article features,
markups), renders each one with the saving tools, parses every capture with newsparse and
prints the share of captures whose record is fully right.  The parser is never consulted
for the truth: every expected value is computed from the parts that built the page.
"""
