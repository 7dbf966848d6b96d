"""jieba, loaded once per process, with a user dictionary generated from the knowledge base."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

_lock = threading.Lock()
_tokenizer = None
_name_tokenizer = None
_added: set[str] = set()


def _new_tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def tokenizer():
    """The process-wide jieba tokenizer for questions (its dictionary is built on first use, then kept)."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            _tokenizer = _new_tokenizer()
        return _tokenizer


def cut_name(name: str) -> list[str]:
    """Segment a project name with jieba's own dictionary only.

    The question tokenizer learns whole names from the knowledge base; a name segmented with it would
    come out as one word, and its short forms ("法律顾问") would depend on what the process loaded before.
    """
    global _name_tokenizer
    with _lock:
        if _name_tokenizer is None:
            _name_tokenizer = _new_tokenizer()
    return _name_tokenizer.lcut(name, HMM=False)


def add_words(words: Iterable[str], freq: int = 2000) -> None:
    """Teach jieba the knowledge base's terms (names, categories, vocabulary); each word once.

    An explicit freq keeps add_word cheap (without it jieba computes one, ~8x slower).
    """
    tk = tokenizer()
    with _lock:
        for word in words:
            if len(word) >= 2 and word not in _added:
                tk.add_word(word, freq=freq)
                _added.add(word)


def cut(text: str) -> list[str]:
    """Precise-mode segmentation without the HMM (no invented words: unknown text stays in pieces)."""
    return tokenizer().lcut(text, HMM=False)
