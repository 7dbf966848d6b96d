"""Entry point: `python -m bot COMMAND`."""

from bot.frontends.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
