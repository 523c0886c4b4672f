"""Where the default templates are: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from pathlib import Path

from generator.errors import TemplateProblem

_PACKAGE = Path(__file__).resolve().parents[1]  # generator/

# A wheel carries the repository's templates/ as generator/templates (pyproject.toml maps it
# there); a checkout, and so the editable install `make install` makes, has it at the top of the
# repository beside generator/. importlib.resources cannot find both: templates/ has no
# __init__.py, so setuptools' editable finder does not expose it as generator.templates
# (setuptools issue 4943), and in a wheel that namespace package's files() is a MultiplexedPath,
# not a Path. Jinja2's loader and the copy of static/ need a real folder, so look for one.
_LOCATIONS = (_PACKAGE / "templates", _PACKAGE.parent / "templates")


def default_templates() -> Path:
    """The folder of the default templates; TemplateProblem if this install has none."""
    for folder in _LOCATIONS:
        # index.html, the page every build renders, rather than any folder of that name: a
        # stray site-packages/templates from another distribution is no theme.
        if (folder / "index.html").is_file():
            return folder
    looked = " or ".join(str(folder) for folder in _LOCATIONS)
    raise TemplateProblem(
        f"the default templates are missing (looked in {looked}); reinstall digest, "
        "or pass --templates FOLDER"
    )
