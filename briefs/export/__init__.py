"""Output: a brief as Markdown (`render`) and saved to disk (`save`), a story's Markdown
(`story_save`) and the HTML/Markdown digest (`digest`). Every file is written atomically.
"""
