"""Understand: a normalised question -> a Parse (mentions, concepts, filters), computed once."""
