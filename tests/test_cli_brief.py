"""`newsbrief brief`: formats, stdin, folders, URLs, saving, errors and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefs.cli import cli
from briefs.errors import FetchError
from briefs.sources.pages import fetch_page

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = FIXTURES / "blinken-xi-beijing.txt"
STORY = "Harbour reopens\n\nThe harbour reopened on Tuesday after repairs, the port authority said.\n"


def run(*args: str, input: bytes | str | None = None, home: Path | None = None):
    runner = CliRunner()
    prefix = ["--home", str(home)] if home else []
    return runner.invoke(cli, [*prefix, "brief", *args], input=input, catch_exceptions=False)


# --- the schema of DESIGN.md, checked key by key ---------------------------------------------

STR, OPT_STR = (str,), (str, type(None))


def _span(value, text: str, where: str) -> None:
    assert isinstance(value, list) and len(value) == 2, f"{where}: span {value!r}"
    start, end = value
    assert isinstance(start, int) and isinstance(end, int), where
    assert 0 <= start <= end <= len(text), f"{where}: span {value} outside article.text ({len(text)})"


def _keys(obj: dict, expected: dict, where: str) -> None:
    assert isinstance(obj, dict), where
    assert set(obj) == set(expected), f"{where}: keys {sorted(obj)} != {sorted(expected)}"
    for key, kinds in expected.items():
        if kinds is not None:
            assert isinstance(obj[key], kinds), f"{where}.{key}: {obj[key]!r} is not {kinds}"


def validate_brief(data: dict) -> None:
    """Every key and type of the `newsbrief.brief/1` object, and every span inside article.text."""
    top = {"schema": STR, "engine": STR, "article": (dict,), "summary": (dict,), "meetings": (list,),
           "quotes": (list,), "open_issues": (list,), "next_steps": (list,), "people": (list,)}
    if "notes" in data:
        top["notes"] = (list,)
    _keys(data, top, "brief")
    assert data["schema"] == "newsbrief.brief/1"
    assert data["engine"].startswith("rules/")
    article = data["article"]
    _keys(article, {"id": STR, "title": STR, "url": OPT_STR, "source": STR, "published": OPT_STR,
                    "byline": OPT_STR, "text": STR}, "article")
    text = article["text"]
    _keys(data["summary"], {"text": STR, "spans": (list,)}, "summary")
    for span in data["summary"]["spans"]:
        _span(span, text, "summary")
    for i, m in enumerate(data["meetings"]):
        _keys(m, {"participants": (list,), "place": OPT_STR, "when": OPT_STR, "duration": OPT_STR,
                  "text": STR, "span": None}, f"meetings[{i}]")
        _span(m["span"], text, f"meetings[{i}]")
        for p in m["participants"]:
            _keys(p, {"name": STR, "role": OPT_STR}, f"meetings[{i}].participants")
    for i, q in enumerate(data["quotes"]):
        _keys(q, {"text": STR, "span": None, "speaker": OPT_STR, "speaker_role": OPT_STR,
                  "speaker_span": None, "kind": STR, "cue": OPT_STR, "score": (int, float)}, f"quotes[{i}]")
        _span(q["span"], text, f"quotes[{i}]")
        if q["speaker_span"] is not None:
            _span(q["speaker_span"], text, f"quotes[{i}].speaker_span")
        assert q["kind"] in ("direct", "partial", "indirect")
    for i, issue in enumerate(data["open_issues"]):
        _keys(issue, {"text": STR, "topic": OPT_STR, "span": None}, f"open_issues[{i}]")
        _span(issue["span"], text, f"open_issues[{i}]")
    for i, step in enumerate(data["next_steps"]):
        _keys(step, {"text": STR, "who": (list,), "when": OPT_STR, "date": OPT_STR, "certainty": STR, "span": None},
              f"next_steps[{i}]")
        _span(step["span"], text, f"next_steps[{i}]")
        assert all(isinstance(w, str) for w in step["who"])
        assert step["certainty"] in ("agreed", "planned", "expected", "possible")
    for i, person in enumerate(data["people"]):
        _keys(person, {"name": STR, "role": OPT_STR, "mentions": (int,)}, f"people[{i}]")


# --- formats ----------------------------------------------------------------------------------


def test_the_default_format_is_the_markdown_brief():
    result = run(str(SEED))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("---\ntitle: \"Blinken Xi Beijing\"\n")
    assert "## Summary" in result.stdout and "## Source" in result.stdout


def test_json_prints_exactly_the_schema_object():
    result = run(str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_brief(data)
    assert data["article"]["title"] == "Blinken Xi Beijing"
    assert "Comments are moderated" not in data["article"]["text"]


def test_json_of_a_real_web_page_validates():
    data = json.loads(run(str(FIXTURES / "wapo-1.html"), "--format", "json").stdout)
    validate_brief(data)
    assert data["article"]["byline"] == "Erin Cunningham"


def test_json_with_several_inputs_prints_an_array(tmp_path):
    other = tmp_path / "harbour.txt"
    other.write_text(STORY, encoding="utf-8")
    result = run(str(SEED), str(other), "--format", "json")
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 2
    for item in data:
        validate_brief(item)
    assert [d["article"]["title"] for d in data] == ["Blinken Xi Beijing", "Harbour reopens"]


def test_jsonl_over_a_folder_gives_one_object_per_file_in_order(tmp_path):
    for name in ("b.txt", "a/c.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Story {name}\n\nThe story in {name} has a body of its own, officials said.\n",
                        encoding="utf-8")
    shutil.copy(FIXTURES / "te3-memorial-raids.txt", tmp_path / "a" / "d.txt")
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 3
    objects = [json.loads(line) for line in lines]
    for obj in objects:
        validate_brief(obj)
    assert [Path(o["article"]["source"]).name for o in objects] == ["c.md", "d.txt", "b.txt"]


def test_stdin_is_read_with_a_dash():
    result = run("-", "--format", "json", input=STORY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["source"] == "-"
    assert data["article"]["title"] == "Harbour reopens"


def test_stdin_html_is_extracted():
    page = (FIXTURES / "nytimes-1.html").read_bytes()
    data = json.loads(run("-", "--format", "json", input=page).stdout)
    assert data["article"]["title"] == "United States to Lift Sudan Sanctions"
    assert "Continue reading the main story" not in data["article"]["text"]


# --- errors and exit codes --------------------------------------------------------------------


def test_a_missing_file_is_one_line_naming_it_and_exit_2(tmp_path):
    missing = tmp_path / "missing.txt"
    result = run(str(missing))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and str(missing) in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_folder_is_exit_2(tmp_path):
    result = run(str(tmp_path))
    assert result.exit_code == 2
    assert str(tmp_path) in result.stderr and "no articles" in result.stderr


def test_a_binary_file_is_exit_2(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    result = run(str(path))
    assert result.exit_code == 2 and "blob.txt: binary" in result.stderr


def test_an_empty_article_is_exit_2(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("   \n\n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 2 and "empty.md" in result.stderr


def test_one_bad_input_of_several_exits_1_and_the_others_are_printed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    result = run(str(tmp_path / "missing.txt"), str(good), "--format", "jsonl")
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    objects = [json.loads(line) for line in result.stdout.strip().split("\n")]
    assert [o["article"]["title"] for o in objects] == ["Harbour reopens"]


def test_a_bad_file_inside_a_folder_is_reported_and_the_rest_briefed(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00" * 50)
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert "a.txt: binary" in result.stderr
    assert len(result.stdout.strip().split("\n")) == 1


def test_a_file_name_with_escape_sequences_is_shown_harmlessly(tmp_path):
    result = run(str(tmp_path / "evil\x1b]0;title\x07\x1b[2J.txt"))
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_a_non_http_url_is_refused_with_exit_2():
    result = run("file:///etc/passwd")
    assert result.exit_code == 2
    assert "file" in result.stderr and "only http and https" in result.stderr


# --- URLs, over a loopback server -------------------------------------------------------------


class _Pages(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict]] = {}
    agents: list[str] = []

    def do_GET(self):  # noqa: N802  (http.server's naming)
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000000")  # never reached: 12,000 drops of 27 bytes
            self.end_headers()
            try:
                for _ in range(12_000):  # 10 min of drip: far longer than any bound the test allows
                    self.wfile.write(b"<p>" + b"x" * 20 + b"</p>")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass  # the client gave up, as it should
            return
        status, ctype, body, headers = self.routes.get(self.path, (404, "text/plain", b"not found", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    page = (FIXTURES / "wapo-1.html").read_bytes()
    _Pages.agents = []
    _Pages.routes = {
        "/story": (200, "text/html; charset=utf-8", page, {}),
        "/moved": (301, "text/plain", b"", {"Location": "/story"}),
        "/gone": (410, "text/plain", b"gone", {}),
        "/loop": (302, "text/plain", b"", {"Location": "/loop"}),
        "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, {}),
    }
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_and_extracted_following_redirects(server):
    result = run(f"{server}/moved", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_brief(data)
    assert data["article"]["source"] == f"{server}/moved"
    assert data["article"]["title"] == "Attack stokes instability fears in North Africa"
    assert "[Read:" not in data["article"]["text"]


@pytest.mark.parametrize(("path", "message"), [("/gone", "HTTP 410"), ("/loop", "redirects"),
                                               ("/image", "not an article")])
def test_a_bad_url_is_one_line_naming_it_and_exit_2(server, path, message):
    result = run(f"{server}{path}")
    assert result.exit_code == 2
    assert f"{server}{path}" in result.stderr and message in result.stderr


def test_a_page_over_the_size_limit_is_refused(server):
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        fetch_page(f"{server}/story", max_bytes=1000)


def test_brief_url_uses_the_configured_user_agent_and_size_limit(server, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('user_agent = "brief-test-agent/9"\nmax_bytes = 100000\n')
    story = len((FIXTURES / "wapo-1.html").read_bytes())
    assert story > 100000, "the fixture page must be over the configured limit"
    result = run(f"{server}/gone", home=home)
    assert result.exit_code == 2 and "HTTP 410" in result.stderr
    assert _Pages.agents == ["brief-test-agent/9"]
    result = run(f"{server}/story", home=home)
    assert result.exit_code == 2
    assert "larger than 100000 bytes" in result.stderr, result.stderr


def test_a_server_dripping_bytes_hits_the_overall_deadline(server):
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}/drip", timeout=0.2)
    # The drip lasts 10 min (ended early by the client giving up); a loaded machine may be slow
    # to notice the 0.2 s deadline, by seconds, never by the 60 s bound.
    assert time.monotonic() - start < 60


# --- saving -----------------------------------------------------------------------------------


def test_save_writes_the_files_into_dir_and_prints_their_paths(tmp_path):
    out = tmp_path / "out"
    result = run(str(SEED), "--save-to", str(out))
    assert result.exit_code == 0, result.output
    printed = result.stdout.strip().split("\n")
    assert len(printed) == 2
    md, js = (Path(p) for p in printed)
    assert md.parent == out and md.suffix == ".md" and js == md.with_suffix(".json")
    assert md.name.endswith("-blinken-xi-beijing.md")
    validate_brief(json.loads(js.read_text(encoding="utf-8")))


def test_save_without_dir_uses_the_home_briefs_folder(tmp_path):
    home = tmp_path / "home"
    result = run(str(SEED), "--save", home=home)
    assert result.exit_code == 0, result.output
    md = Path(result.stdout.strip().split("\n")[0])
    assert md.parent == home / "briefs"
    assert md.exists()


def test_save_before_an_input_briefs_that_input_into_the_briefs_folder(tmp_path):
    home = tmp_path / "home"
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "cnet.html", page)
    result = run("--save", str(page), home=home)
    assert result.exit_code == 0, result.output
    md, js = (Path(p) for p in result.stdout.strip().split("\n"))
    assert md.parent == home / "briefs" and js == md.with_suffix(".json")
    assert page.read_bytes() == (FIXTURES / "cnet.html").read_bytes()


@pytest.mark.parametrize("form", [["--save-to"], ["--save="]])
def test_an_input_file_is_never_taken_as_the_folder_to_save_into(tmp_path, form):
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "cnet.html", page)
    args = [*form, str(page)] if form == ["--save-to"] else [form[0] + str(page), str(SEED)]
    result = run(*args, home=tmp_path / "home")
    assert result.exit_code == 2, result.output
    assert page.read_bytes() == (FIXTURES / "cnet.html").read_bytes()
    assert not (tmp_path / "home" / "briefs").exists()


def test_saving_the_same_file_twice_keeps_one_pair_of_files(tmp_path):
    out = tmp_path / "out"
    first = run(str(SEED), "--save-to", str(out)).stdout
    second = run(str(SEED), "--save-to", str(out)).stdout
    assert first == second
    assert len(list(out.iterdir())) == 2


# --- the installed console script -------------------------------------------------------------


def test_the_installed_newsbrief_script_briefs_a_file(tmp_path):
    script = Path(sys.executable).with_name("newsbrief")
    if not script.exists():
        pytest.skip("newsbrief console script not installed in this environment")
    proc = subprocess.run(
        [str(script), "--home", str(tmp_path), "brief", str(SEED), "--format", "jsonl"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    validate_brief(json.loads(proc.stdout))
    bad = subprocess.run(
        [str(script), "--home", str(tmp_path), "brief", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("newsbrief:") and "nope.txt" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_an_impossibly_long_path_is_one_line_with_the_reason(tmp_path):
    result = run(str(tmp_path / ("x" * 5000)))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "name too long" in result.stderr.lower() or "no such file" in result.stderr


def test_a_file_name_that_is_not_utf8_is_briefed_and_printed_safely(tmp_path):
    folder = os.fsencode(tmp_path)
    name = folder + b"/caf\xe9-news.txt"
    with open(name, "wb") as handle:
        handle.write(STORY.encode())
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["source"].endswith("caf\ufffd-news.txt")
    assert data["article"]["title"] == "Harbour reopens"
    saved = run(str(tmp_path), "--save-to", str(tmp_path / "out"))
    assert saved.exit_code == 0 and saved.stdout.count("\n") == 2
