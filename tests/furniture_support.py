"""The invented harbour page the furniture tests put their lines into: a lead, a second and a
last story paragraph around the lines under test, as a text file or an HTML page, loaded the
way the reader loads a file (`load_bytes`)."""

from __future__ import annotations

from briefs.sources.files import load_bytes

LEAD = "The harbour authority reopened the north pier on Tuesday after a week of repairs, officials said."
SECOND = "Ferries will run on the winter timetable until March, the operator said in a statement."
LAST = "The pier had been closed since a storm damaged its moorings on January 3, the authority said."


def harbour_page(*middle: str, html: bool = False) -> str:
    """The page: its headline, the lead, the lines under test, the second and last paragraphs."""
    paragraphs = [LEAD, *middle, SECOND, LAST]
    if html:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (f"<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
                f"{body}</article></body></html>")
    return "Harbour reopens\n\n" + "\n\n".join(paragraphs) + "\n"


def harbour_text(*middle: str, html: bool = False) -> list[str]:
    """The paragraphs of the page's article text, as the Article tab shows them."""
    name = "page.html" if html else "a.txt"
    return load_bytes(harbour_page(*middle, html=html).encode(), source=name, name=name).text.split("\n\n")
