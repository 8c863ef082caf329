"""Channel: the official account (公众号) callback and conversations. Calls domain services only."""

from bot.routes import routes
from bot.runtime import bot_ctx
from core.components import OperationDocs

ROUTE_TABLES = [routes]
CLEANUP_CTX = [bot_ctx]
OPERATION_DOCS = OperationDocs(
    extra_errors={"wechatVerify": frozenset({403}), "wechatReceive": frozenset({400, 403, 413})},
    no_outage=frozenset({"wechatVerify"}),
)
