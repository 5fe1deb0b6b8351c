"""Stage 7: the HTTP API, yente-compatible, with keys, rate limits and an audit log.

`create_app(config)` builds the FastAPI app; `ApiConfig` holds the server settings; `KeyRing`
manages API keys.
"""

from saring.api.app import create_app
from saring.api.config import ApiConfig
from saring.api.keys import KeyRing

__all__ = ["ApiConfig", "KeyRing", "create_app"]
