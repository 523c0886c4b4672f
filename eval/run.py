"""`make eval`: every evaluation on the development sets in eval/, figures on the held-back part.

Each evaluation is a module of this folder with a main() that prints its figures.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVALUATIONS = ("cleaning", "keywords", "events", "quotes", "copies", "inference", "extraction")


def main(names: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    for name in names or EVALUATIONS:
        if not (HERE / f"{name}.py").is_file():
            print(f"== {name}: not written yet\n")
            continue
        print(f"== {name}")
        importlib.import_module(name).main()
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
