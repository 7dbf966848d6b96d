"""Answer: wording of every reply (compose) and the handlers that fill it."""
