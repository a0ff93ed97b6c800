"""Page models, one page type per module."""

from .home import HomePage

__all__ = ["HomePage"]
