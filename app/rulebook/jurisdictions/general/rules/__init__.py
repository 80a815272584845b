"""The rules of this jurisdiction, one module per topic."""
