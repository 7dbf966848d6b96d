"""Language: vocabulary and intent rules from knowledge/, normalisation, numbers, segmentation, the lexicon and fuzzy index."""
