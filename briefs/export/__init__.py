"""Output: a brief as Markdown (`render`) and saved to disk (`save`), a story's Markdown
(`story_save`), the HTML/Markdown digest (`digest`) and the agenda as iCalendar (`ics`).
Files are written atomically.
"""
