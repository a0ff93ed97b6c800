"""Local settings for `make run`: the embedded stack, served by Daphne's runserver.

Debug pages are off by default so the demo shows the real error pages; DEBUG=1 turns them on.
"""

from .base import *
from .base import env

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-not-secret-6f1d0c2a")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
INTERNAL_IPS = ["127.0.0.1"]
# No nginx in front: WhiteNoise serves static files straight from the source folders,
# and Django serves uploaded media.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
