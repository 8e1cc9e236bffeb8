"""The store: the SQLite library (`library`) and its schema and migrations (`schema`)."""
