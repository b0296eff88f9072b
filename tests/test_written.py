"""When a document's words were written: the front matter's date and each comment's byline."""

from __future__ import annotations

import pytest

from pipeline.written import written_years

_THREAD = """# Post

Body text, written with the post.

## Comments

**Dan W.** — March 17, 2024 at 9:12 pm
First comment.

**Mike_B** · Nov 3, 2023
Second comment.

- **Carla** | 2021-05-02
Third comment.
"""


def test_a_sentence_takes_the_year_of_the_last_byline_above_it() -> None:
    w = written_years(_THREAD, {"date": "2020-03-18"})
    assert w.at(_THREAD.index("Body")) == 2020
    assert w.at(_THREAD.index("First")) == 2024
    assert w.at(_THREAD.index("Second")) == 2023
    assert w.at(_THREAD.index("Third")) == 2021


def test_no_front_matter_date_and_no_byline_say_no_year() -> None:
    assert written_years("# Notes\n\nIH was formed in 1902.\n", {}).at(10) is None


@pytest.mark.parametrize("line", [
    "The Dutch firm Philips · founded 1891",  # no date after the mark, a year only
    "Halifax — 1935",
    "**Note** · see the 1935 patent",
])
def test_a_line_that_is_no_byline_gives_no_year(line: str) -> None:
    assert written_years(line + "\n", {}).bylines == ()


def test_a_dated_event_or_a_date_before_the_post_is_no_byline() -> None:
    text = "- Gagarin orbits Earth — April 12, 1961\n\n**Dan W.** — March 17, 2019\nA comment.\n"
    assert written_years(text, {}).bylines == ((text.index("**Dan"), 2019),)
    assert written_years(text, {"date": "2020-01-01"}).bylines == ()
