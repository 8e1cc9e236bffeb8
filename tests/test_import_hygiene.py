"""briefs never pulls in the screen; tui never parses feeds or HTML itself."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import briefs
import tui


def _modules(package) -> list[str]:
    return [package.__name__] + [
        m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
    ]


def _loaded_after_importing(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_importing_every_briefs_module_loads_no_textual_rich_or_tui():
    loaded = _loaded_after_importing(_modules(briefs))
    offending = {m for m in loaded if m.split(".")[0] in {"textual", "rich", "tui"}}
    assert not offending, f"briefs pulled in: {sorted(offending)[:10]}"


def test_tui_modules_do_not_import_feed_or_html_parsers_themselves():
    # tui may load them indirectly through briefs; it must never name them itself.
    import ast
    from pathlib import Path

    forbidden = {"feedparser", "readability", "lxml"}
    for path in Path(tui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in forbidden, f"{path} imports {name}"


def test_every_public_name_of_briefs_resolves():
    code = (
        "import briefs\n"
        "for name in briefs.__all__:\n"
        "    getattr(briefs, name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_showing_a_stored_brief_does_not_load_the_engine():
    # The brief pane and the saved files render a brief the library kept; the issue labels read
    # the engine's word lists as data. Loading the engine there froze the screen once, ~0.3 s.
    loaded = _loaded_after_importing(["briefs.export.render", "briefs.export.labels"])
    assert not {m for m in loaded if m.startswith("briefs.engine")}
