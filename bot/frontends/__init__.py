"""Front ends: thin shells over Engine.ask() (command line, evaluation, Telegram)."""
