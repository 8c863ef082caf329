"""Channel: the JSON API of the WeChat mini-program, for citizens and enterprises (/api/v1/miniapp/...)."""

from miniapp_api import auth, complaints, credit, enterprises, knowledge, public_credit

ROUTE_TABLES = [
    auth.routes,
    knowledge.routes,
    complaints.routes,
    enterprises.routes,
    credit.routes,
    public_credit.routes,
]
