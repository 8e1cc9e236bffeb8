"""Installed as terminal tools are: a wheel built from this tree, installed in a fresh virtualenv,
gives a working `newsbrief` that finds its bundled seeds, and click's shell completion works."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TREE = ("pyproject.toml", "README.md", "briefs", "tui", "seeds")


def _build_wheel(src: Path, out: Path) -> Path:
    """`pip wheel --no-deps`: offline with the build tools at hand, else with pip's isolated build."""
    attempts = (["--no-build-isolation"], [])
    errors = []
    for extra in attempts:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *extra, "-w", str(out), str(src)],
            capture_output=True, text=True, timeout=120,
        )
        wheels = sorted(out.glob("newsbrief-*.whl"))
        if done.returncode == 0 and wheels:
            return wheels[0]
        errors.append(done.stderr.strip().splitlines()[-1:] or [""])
    pytest.skip(f"cannot build a wheel here (no build tools and no package index): {errors}")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv with only the newsbrief wheel in it; its dependencies are borrowed from
    the running environment through a path file (no editable hooks, no network).
    Under pytest-xdist (`make test`) the workers' temp folders share one parent, this run's own:
    the first worker to get here builds the venv there and the others wait for it and use it."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return _install(tmp_path_factory.mktemp("wheel"))
    shared = tmp_path_factory.getbasetemp().parent
    with open(shared / "wheel.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        base = shared / "wheel"
        if not (base / "installed").exists():
            shutil.rmtree(base, ignore_errors=True)  # a worker that skipped or failed half-way
            base.mkdir()
            _install(base)
            (base / "installed").touch()
        return base / "venv"


def _install(base: Path) -> Path:
    src = base / "src"
    src.mkdir()
    for name in TREE:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, src / name)
    wheel = _build_wheel(src, base / "dist")
    venv = base / "venv"
    # No pip of its own (seeding one is most of a venv's set-up time): the running pip installs into it.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, timeout=120, capture_output=True)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # A plain path line: the dependencies import, but the editable install's hooks are not run.
    (Path(site) / "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def _run(venv: Path, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run([str(venv / "bin" / "newsbrief"), *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**os.environ, **(env or {})})


def test_the_wheel_installs_a_newsbrief_that_briefs_its_bundled_seed(installed, tmp_path):
    python = installed / "bin" / "python"
    where = subprocess.run([str(python), "-c", "import briefs, tui; from briefs import seeds_dir; "
                            "print(briefs.__file__); print(tui.__file__); print(seeds_dir())"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout.split("\n")
    assert all(str(ROOT) not in line for line in where[:3]), f"not the installed copy: {where}"
    seed = Path(where[2]) / "blinken-xi-beijing.txt"
    assert seed.is_file(), "the seeds are installed with the wheel"
    result = _run(installed, "--home", str(tmp_path / "home"), "brief", "--format", "json", str(seed),
                  cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Xi Jinping" in result.stdout and "newsbrief.brief/1" in result.stdout
    tcss = Path(where[1]).with_name("newsbrief.tcss")
    assert tcss.is_file(), "the reader's stylesheet ships in the wheel"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_scripts_come_from_click(installed, tmp_path, shell):
    result = _run(installed, env={"_NEWSBRIEF_COMPLETE": f"{shell}_source"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "_NEWSBRIEF_COMPLETE" in result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"_NEWSBRIEF_COMPLETE={shell}_source newsbrief" in readme
