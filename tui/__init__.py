"""newsbrief's Textual app: panes driven from the keyboard. Calls only `briefs`' public API."""
