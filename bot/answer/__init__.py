"""The answer stage: a Frame -> an Answer. One handler per intent (handlers.HANDLERS), asking back and
answering for each department (respond), all wording (compose), questions over labelled facts (facts)."""
