"""The answers digest's stages keep in the process (their functools caches), and letting them go.

Watch mode builds again and again in one process, and asks most of the same questions after
each save: the stages keep their answers for it (a text casefolded, whether it has a word, a
quotation's passages). A single build asks them in one stage and never again, and held them to
its end: at 10,000 articles some 140 MB, more than the articles' records, while the pages were
rendered. It lets each stage's go once the stage is done.
"""

from __future__ import annotations

import sys


def forget(package: str) -> None:
    """Clear the functools caches of every loaded module of `package` ("generator.briefing"),
    and of what they import: each answer is made again if asked again, the same."""
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        for value in list(vars(module).values()):
            # Asked of the type, not the value: a lazy pattern (patterns.lazy_compile) asked for
            # an attribute compiles itself, and a build would compile all 300 to forget nothing.
            if callable(getattr(type(value), "cache_clear", None)):
                value.cache_clear()
