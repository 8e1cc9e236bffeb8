"""The sources stage: bytes in from the network, feeds, OPML, files and pages; articles out.

`fetch` (the one HTTP client), `feeds` (RSS/Atom/JSON Feed parsing and discovery), `opml`,
`files` (text, Markdown and HTML files, folders, stdin), `pages` (page URLs), `extract`
(readable text from HTML, with `furniture` dropping page chrome) and `decode` (every
bytes-to-text path). Nothing here reads or writes the library.
"""
