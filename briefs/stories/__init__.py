"""Stories: articles about the same event clustered (`clusters`), merged into one story brief
(`merge`), the next-step agenda (`agenda`) and the index both keep up to date (`index`).

Above the store (they read the library), below export and the CLI.
"""
