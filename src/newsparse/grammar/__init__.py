"""The one field grammar: normalized lines to a record, for HTML and text alike."""
