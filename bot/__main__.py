"""Entry point: `python -m bot COMMAND`."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
