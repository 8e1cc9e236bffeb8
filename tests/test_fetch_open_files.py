"""A refresh of many hosts stays within the process's open-file limit (macOS starts programs at 256)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from briefs.sources.fetch import FILES_KEPT_FREE, socket_budget


def _in_child(code: str, nofile: int) -> dict:
    """Run `code` in a fresh interpreter whose open-file limit (soft and hard) is `nofile`."""
    script = "import json, resource\n" + f"resource.setrlimit(resource.RLIMIT_NOFILE, ({nofile}, {nofile}))\n" + code
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_limit_that_cannot_be_raised_shrinks_the_connections_kept_and_run_at_once():
    got = _in_child(textwrap.dedent("""
        from briefs.sources.fetch import socket_budget
        print(json.dumps(socket_budget(128, 288)))
    """), nofile=128)
    jobs, idle = got
    assert jobs + idle + FILES_KEPT_FREE <= 128
    assert jobs >= 1 and idle >= 1


def test_a_limit_high_enough_keeps_the_configured_figures():
    assert socket_budget(4, 40) == (4, 40)  # the test run's own limit holds 108 files


def test_a_fetcher_under_a_low_limit_holds_no_more_sockets_than_fit():
    # jobs 128 keeps up to 288 idle connections: 416 sockets, where macOS gives a program 256 files
    jobs, idle = _in_child(textwrap.dedent("""
        import asyncio
        from briefs.config import Config
        from briefs.sources.fetch import Fetcher
        async def limits():
            async with Fetcher(Config(jobs=128)) as fetcher:
                return fetcher._global._value, fetcher._transport._max_idle
        print(json.dumps(asyncio.run(limits())))
    """), nofile=256)
    assert jobs + idle + FILES_KEPT_FREE <= 256
    assert jobs >= 64  # half the sockets left may be in flight
