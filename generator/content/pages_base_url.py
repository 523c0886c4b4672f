"""Whether briefing.toml's base_url says where GitHub Pages serves the site: the Pages workflow's
check, made with the build's own reading of base_url so that the two never disagree.

    python -m generator.content.pages_base_url CONTENT PAGES_URL

PAGES_URL is the address configure-pages gives ("https://user.github.io/repo", a custom domain's
"https://news.example.org"). It prints one GitHub Actions warning when base_url does not fit it,
and nothing when it does; it never fails the workflow, since the site itself works either way:
only the 404 page, the feed and sitemap.xml use base_url.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from generator.content.config import CONFIG_NAME, load_config
from generator.errors import ConfigError
from generator.links import base_path, is_absolute


def mismatch(base_url: str, pages_url: str) -> str:
    """What is wrong with `base_url` (as the build reads it: a path or a full address, with or
    without its trailing "/") for a site served at `pages_url`, or "" when it fits. A path must
    be the path Pages serves the site under; a full address must also name Pages' scheme and
    host, since sitemap.xml and the feed give it to readers and search engines as it is."""
    pages = urlsplit(pages_url.strip())
    path = _directory(pages.path)
    if is_absolute(base_url):
        given = urlsplit(base_url)
        if (given.scheme, given.hostname) != (pages.scheme, pages.hostname):
            return f"the site is served from {pages.scheme}://{pages.hostname}, not {base_url}"
    return "" if _directory(base_path(base_url)) == path else f"its path is not {path}"


def _directory(path: str) -> str:
    """A path as a folder: "/repo" and "/repo/" are one, as the build adds the "/"; "" is "/"."""
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def workflow_warning(content: Path, pages_url: str) -> str:
    """The `::warning` line for the workflow's log, or "" when base_url fits `pages_url`."""
    try:
        config, _ = load_config(content)
    except ConfigError:
        return ""  # the build has already reported it, and failed
    wrong = mismatch(config.base_url, pages_url)
    if not wrong:
        return ""
    served = pages_url.strip().rstrip("/") + "/"
    path = _directory(urlsplit(served).path)
    return (
        f"::warning file={content / CONFIG_NAME}::base_url is {config.base_url!r} but {wrong}: "
        f'set base_url = "{path}" (or "{served}" to also get sitemap.xml) so that the 404 page, '
        "the feed and sitemap.xml work on GitHub Pages"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(
            "usage: python -m generator.content.pages_base_url CONTENT PAGES_URL", file=sys.stderr
        )
        return 2
    warning = workflow_warning(Path(argv[0]), argv[1])
    if warning:
        print(warning)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
