"""Channel: the JSON API of the WeChat mini-program, for citizens and enterprises (/api/v1/miniapp/...)."""

from core.components import OperationDocs
from core.openapi_contract import PHOTO_TYPES, binary_content, file_form, json_content
from miniapp_api import auth, complaints, credit, enterprises, knowledge, public_credit

ROUTE_TABLES = [
    auth.routes,
    knowledge.routes,
    complaints.routes,
    enterprises.routes,
    credit.routes,
    public_credit.routes,
]

# What the generated spec cannot see of these operations (core.openapi_contract applies it).
OPERATION_DOCS = OperationDocs(
    success={
        "citizenFileComplaint": {
            "200": {
                "description": "同一防重复提交标识再次提交：返回已有的投诉",
                "content": json_content({"$ref": "#/components/schemas/FilingResult"}),
            }
        },
        "citizenMyPhoto": {"200": {"description": "照片", "content": binary_content(*PHOTO_TYPES)}},
    },
    request_bodies={"citizenUploadPhoto": file_form("file", "一张 JPEG、PNG 或 WebP 照片，不超过 10MB")},
    extra_errors={
        "citizenLogin": frozenset({401, 403, 429, 503}),
        "citizenBindPhone": frozenset({503}),
        "citizenFileComplaint": frozenset({413, 429, 503}),
        "citizenUploadPhoto": frozenset({413, 429}),
        "enterpriseJoinEnterprise": frozenset({404, 429}),
        "enterpriseImportInstruments": frozenset({413}),
        "wechatPushVerify": frozenset({403}),
        "wechatPushEvent": frozenset({403, 413}),
        "wechatPhotoForWechat": frozenset({404}),
        # 诚信计量 look-ups: rate-limited per client address; 扫码验真 refuses a forged code with 404
        "publicCurrentCommitmentText": frozenset({429}),
        "publicFairScaleMarkets": frozenset({429}),
        "publicSearchBusinesses": frozenset({429}),
        "publicBusiness": frozenset({429}),
        "publicDemonstrationUnits": frozenset({429}),
        "publicObjectToAward": frozenset({429}),
        "publicVerificationSites": frozenset({429}),
        "publicInspectionPlans": frozenset({429}),
        "publicInspectionPlan": frozenset({429}),
        "publicVerify": frozenset({404, 429}),
    },
    public=frozenset({"citizenLogin", "citizenAsk"}),  # the rest of citizen/enterprise need a bearer token
    no_outage=frozenset({"wechatPushVerify"}),
)
