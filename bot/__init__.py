"""Channel: the official account (公众号) callback and conversations. Calls domain services only."""

from bot.routes import routes
from bot.runtime import bot_ctx

ROUTE_TABLES = [routes]
CLEANUP_CTX = [bot_ctx]
