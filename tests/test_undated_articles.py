"""An article whose page gives no date is shown as undated: a blank age, never "now"."""

from __future__ import annotations

from datetime import datetime, timezone

from briefs.store.library import ArticleRow
from tui.render import age_cell

NOW = datetime(2026, 3, 5, 9, 30, tzinfo=timezone.utc)


def _row(published: str | None) -> ArticleRow:
    return ArticleRow(id="a", title="t", source_id=None, source_title="s", url=None,
                      published=published, added="2026-03-05T09:29:00+00:00", state="unread",
                      saved_path=None)


def test_the_age_cell_of_an_undated_article_is_blank_not_the_fetch_time():
    assert age_cell(_row(None), NOW).plain.strip() == ""
    assert age_cell(_row("2026-03-03T09:30:00+00:00"), NOW).plain.strip() == "2d"
