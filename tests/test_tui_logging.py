"""While the reader owns the screen, warnings from briefs go to a log file beside the library."""

from __future__ import annotations

import logging

from briefs import resolve_home
from tui.app import _log_to_file


def test_warnings_from_briefs_are_written_to_newsbrief_log(tmp_path):
    home = resolve_home(tmp_path / "home")
    logger = logging.getLogger("briefs")
    before = list(logger.handlers)
    try:
        _log_to_file(home)
        logging.getLogger("briefs.refresh").warning("feed %s failed: %s", "http://x/feed", "HTTP 500")
        logging.getLogger("briefs.refresh").info("routine detail not worth a line")
        for handler in logger.handlers:
            handler.flush()
        text = (home.data_dir / "newsbrief.log").read_text(encoding="utf-8")
    finally:
        for handler in set(logger.handlers) - set(before):
            logger.removeHandler(handler)
            handler.close()
    assert "WARNING briefs.refresh: feed http://x/feed failed: HTTP 500" in text
    assert "routine detail" not in text
