"""Stage 5: scoring query entities against candidates, with explanations."""
