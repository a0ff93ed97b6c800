"""Views of the community app: thin, they parse, authorise, call a service or selector, render."""
