"""Write the rendered site into its output folder, all at once or not at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from generator.errors import UnsafeOutputError

# Left in every folder digest builds; digest only ever replaces a folder that carries it.
MARKER = ".digest-site"


def check_output(output: Path, protected: Sequence[Path]) -> None:
    """Refuse an output folder whose replacement could destroy something that is not a built site."""
    target = output.resolve()
    shown = str(output)
    if target == Path(target.anchor) or target == Path.home().resolve():
        raise UnsafeOutputError(
            "is the file-system root or your home folder; choose a folder like 'site'", shown
        )
    for folder in protected:
        folder = folder.resolve()
        if target == folder or target in folder.parents:
            raise UnsafeOutputError(
                f"would replace {folder}, which holds your work; choose a separate folder like 'site'",
                shown,
            )
    if target.exists() and not target.is_dir():
        raise UnsafeOutputError("exists and is not a folder; choose another output folder", shown)
    if target.is_dir() and not (target / MARKER).exists() and any(target.iterdir()):
        raise UnsafeOutputError(
            "exists and was not made by digest, so it will not be replaced; "
            "empty it yourself or choose another output folder",
            shown,
        )


def write_site(pages: Iterable[tuple[str, bytes]], static_dir: Path, output: Path) -> int:
    """Write every page into a staging folder beside `output`, then swap it into place.

    If rendering fails part-way, the staging folder is removed and `output` is untouched.
    Returns the number of files written.
    """
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    try:
        count = 0
        for relative_path, data in pages:
            _write_file(staging, relative_path, data)
            count += 1
        if static_dir.is_dir():
            shutil.copytree(static_dir, staging / "static", dirs_exist_ok=True)
        (staging / MARKER).write_text("Built by digest; this folder is replaced on every build.\n")
        staging.chmod(0o755)
        _swap_into_place(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


def _write_file(root: Path, relative_path: str, data: bytes) -> None:
    path = (root / relative_path).resolve()
    if root not in path.parents:  # paths come from slugs, but never trust that blindly
        raise UnsafeOutputError(f"page path {relative_path!r} escapes the output folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _swap_into_place(staging: Path, output: Path) -> None:
    if not output.exists():
        os.replace(staging, output)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    os.replace(output, retired / output.name)
    try:
        os.replace(staging, output)
    except OSError:
        os.replace(retired / output.name, output)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)
