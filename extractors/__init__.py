"""One module per kind of fact; each takes an in-memory Document and returns records."""
