"""The wheel: built from the checkout and installed in a fresh environment, it builds a site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO

# The slow packaging test (~25 s: build the wheel, make an environment, install into it). It runs
# in `make test` like every other test; `pytest -m "not packaging"` leaves it out while iterating.
pytestmark = pytest.mark.packaging

ARTICLE_TEXT = "cracks in two of its main cables"  # from conftest's CLOSURE_ARTICLE
# Long enough for a cold pip cache; a hung pip fails the test instead of hanging `make test`.
TIMEOUT = 600


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command without the checkout's environment leaking in, and fail with its output."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env={**env, "PYTHONNOUSERSITE": "1"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, f"{command[:3]} failed:\n{result.stdout}\n{result.stderr}"
    return result


def source_files() -> list[str]:
    """The checkout's files a commit would hold, new ones included, as git sees them."""
    listed = run("git", "ls-files", "--cached", "--others", "--exclude-standard", cwd=REPO)
    return [name for name in listed.stdout.splitlines() if (REPO / name).is_file()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the checkout."""
    # A copy, because setuptools builds in ./build and never empties it: a module deleted from
    # the checkout would still ship, and a concurrent build in the checkout could mix files in.
    source = tmp_path_factory.mktemp("source")
    for name in source_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    # No build isolation: the test extra puts setuptools>=77 in the venv, so nothing is
    # downloaded to build.
    run(
        sys.executable,
        *("-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"),
        *("--wheel-dir", dist, source),
        cwd=source,
    )
    (built,) = dist.glob("digest-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh virtual environment, outside the checkout, holding the wheel."""
    env = tmp_path_factory.mktemp("env")
    # Without pip of its own (ensurepip takes seconds) and without system site-packages: the
    # venv's pip installs into it with --python. Dependencies come from the package index the
    # way a user's would (a few seconds from pip's cache); a .pth borrowing the checkout venv's
    # site-packages would be quicker but would also see its editable digest.
    venv.create(env, with_pip=False, symlinks=True)
    python = env / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", wheel, cwd=env)
    return env / "bin"


def test_wheel_holds_the_package_and_the_templates_and_nothing_else(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    # pyproject.toml maps templates/ into the package as generator/templates.
    expected = {
        f"generator/{name}" if name.startswith("templates/") else name
        for name in source_files()
        if name.startswith(("generator/", "templates/"))
    }
    assert sorted(expected - names) == []  # a sub-package or data file pyproject.toml misses
    tops = {name.split("/", 1)[0] for name in names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"generator"}


def test_installed_digest_builds_a_site_outside_the_checkout(
    installed: Path, make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    where = run(
        installed / "python",
        "-c",
        "from generator.site.theme import default_templates; print(default_templates())",
        cwd=tmp_path,
    )
    # The templates found are the wheel's own, not the checkout's.
    assert Path(where.stdout.strip()).is_relative_to(installed.parent.resolve())

    run(installed / "digest", "build", "--content", content, "--output", "site", cwd=tmp_path)

    site = tmp_path / "site"
    assert (site / "index.html").is_file()
    assert (site / "static" / "style.css").is_file()
    pages = [page.read_text(encoding="utf-8") for page in (site / "articles").glob("*.html")]
    assert any(ARTICLE_TEXT in page for page in pages)
