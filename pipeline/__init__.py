"""The data model, text utilities, checks, publishing and evaluation of minutes."""
