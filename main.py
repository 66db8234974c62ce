"""公开目录编制工具 — ``python main.py`` opens the app; ``python main.py <command>`` runs the CLI.

Run ``python main.py -h`` for the commands.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from desktop import cli

    if argv and (argv[0] in cli.COMMANDS or argv[0] in ("-h", "--help")):
        return cli.main(argv)
    from desktop.ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
