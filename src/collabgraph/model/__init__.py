"""The graph's vocabulary, names and the batch every seed file becomes."""
