"""The fingerprint chain: each key changes with what it stands for, and with nothing else."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import fingerprints
from generator.analysis.analyse import ranking_key
from tests.conftest import REPO


@pytest.fixture
def fresh_fingerprints() -> object:
    """Forget the fingerprints worked out so far, before and after the test."""
    clear = [
        fingerprints.analysis_fingerprint,
        fingerprints.code_fingerprint,
        fingerprints.ranking_fingerprint,
    ]
    for cached in clear:
        cached.cache_clear()
    yield
    for cached in clear:
        cached.cache_clear()


def test_the_analysis_key_covers_the_title_and_the_body() -> None:
    key = fingerprints.analysis_key("Body text.", "Title")
    assert key == fingerprints.analysis_key("Body text.", "Title")
    assert key != fingerprints.analysis_key("Body text!", "Title")
    assert key != fingerprints.analysis_key("Body text.", "Title!")
    assert fingerprints.analysis_key("ab", "c") != fingerprints.analysis_key("b", "ca")


@pytest.mark.usefixtures("fresh_fingerprints")
def test_the_analysis_key_covers_the_version_and_the_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = fingerprints.analysis_key("Body text.", "Title")
    with monkeypatch.context() as patch:
        patch.setattr(fingerprints, "ANALYSIS_VERSION", "test")
        fingerprints.analysis_fingerprint.cache_clear()
        assert fingerprints.analysis_key("Body text.", "Title") != key
    fingerprints.analysis_fingerprint.cache_clear()
    with monkeypatch.context() as patch:
        patch.setattr(fingerprints, "library_version", lambda name: f"{name}-99")
        fingerprints.ranking_fingerprint.cache_clear()
        fingerprints.analysis_fingerprint.cache_clear()
        assert fingerprints.analysis_key("Body text.", "Title") != key


@pytest.mark.usefixtures("fresh_fingerprints")
def test_every_analysis_module_decides_the_analysis_key_and_no_other_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "generator"
    shutil.copytree(REPO / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprints, "_PACKAGE", package)
    analysis, code = fingerprints.analysis_fingerprint(), fingerprints.code_fingerprint()
    for module in sorted((package / "analysis").rglob("*.py")) + [package / "models.py"]:
        module.write_text(module.read_text() + "\n# edited\n")
        fingerprints.analysis_fingerprint.cache_clear()
        fingerprints.code_fingerprint.cache_clear()
        assert fingerprints.analysis_fingerprint() != analysis, module.name
        assert fingerprints.code_fingerprint() != code, module.name
        analysis, code = fingerprints.analysis_fingerprint(), fingerprints.code_fingerprint()
    page_code = package / "site" / "render.py"
    page_code.write_text(page_code.read_text() + "\n# edited\n")
    fingerprints.analysis_fingerprint.cache_clear()
    fingerprints.code_fingerprint.cache_clear()
    assert fingerprints.analysis_fingerprint() == analysis  # cached analyses survive
    assert fingerprints.code_fingerprint() != code  # but every page is made again


@pytest.mark.usefixtures("fresh_fingerprints")
def test_the_ranking_key_covers_the_text_the_size_and_the_versions_not_our_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = ranking_key("Harbour Bridge closed.", 40)
    assert key != ranking_key("Harbour Bridge closed!", 40)
    assert key != ranking_key("Harbour Bridge closed.", 200)
    with monkeypatch.context() as patch:
        patch.setattr(fingerprints, "library_version", lambda name: f"{name}-99")
        fingerprints.ranking_fingerprint.cache_clear()
        assert ranking_key("Harbour Bridge closed.", 40) != key
    fingerprints.ranking_fingerprint.cache_clear()
    assert ranking_key("Harbour Bridge closed.", 40) == key
    with monkeypatch.context() as patch:  # a new release of digest alone does not change it
        patch.setattr(fingerprints, "ANALYSIS_VERSION", "99")
        fingerprints.analysis_fingerprint.cache_clear()
        assert ranking_key("Harbour Bridge closed.", 40) == key


def test_the_library_version_is_read_without_importing_the_library() -> None:
    code = (
        "import sys; from generator.fingerprints import library_version as v; "
        "print(v('yake'), 'yake' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    version, imported = result.stdout.split()
    assert version.startswith("yake-") and imported == "False"
