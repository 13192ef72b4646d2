"""Turn action-plan text in the source's layout into structured drafts."""
