"""Channel: the official account (公众号) callback and conversations. Calls domain services only."""

from bot.routes import routes

ROUTE_TABLES = [routes]
