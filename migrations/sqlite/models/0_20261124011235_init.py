from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "miniapp_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "openid" VARCHAR(64) NOT NULL UNIQUE,
    "unionid" VARCHAR(64),
    "phone" VARCHAR(20),
    "created_at" TIMESTAMP NOT NULL,
    "last_login_at" TIMESTAMP
) /* A citizen or merchant known through the mini-program (openid from code2Session). */;
CREATE INDEX IF NOT EXISTS "idx_miniapp_use_unionid_f4ee0a" ON "miniapp_user" ("unionid");
CREATE TABLE IF NOT EXISTS "staff_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "roles" JSON NOT NULL,
    "district" VARCHAR(32),
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS "subscriber" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "openid" VARCHAR(64) NOT NULL UNIQUE,
    "unionid" VARCHAR(64),
    "following" INT NOT NULL,
    "audience" VARCHAR(16) NOT NULL,
    "district" VARCHAR(32),
    "tags" JSON NOT NULL,
    "scene" VARCHAR(64),
    "first_seen_at" TIMESTAMP NOT NULL,
    "last_interaction_at" TIMESTAMP,
    "unsubscribed_at" TIMESTAMP
) /* A follower of the official account: the audience of bot replies and campaigns. */;
CREATE INDEX IF NOT EXISTS "idx_subscriber_unionid_2c0bae" ON "subscriber" ("unionid");
CREATE INDEX IF NOT EXISTS "idx_subscriber_followi_449cc1" ON "subscriber" ("following");
CREATE INDEX IF NOT EXISTS "idx_subscriber_distric_c31274" ON "subscriber" ("district");
CREATE INDEX IF NOT EXISTS "idx_subscriber_last_in_732d36" ON "subscriber" ("last_interaction_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztmltv2zYUgP8KoScXSINYcdyiGAbYmYdmqOMhdrehwyDQEiUTpkhVpJp6Xf77SF2sqx"
    "3L8B16snwuFPWRIs854g/NZRYi/HqIKYae95kjX/sAfmgUukheVKmvgCYvU6USCDglkX1k"
    "aASJ5ZQLH5pC6mxIOJIiC3HTx57AjCqPHjCxwP8iCpgPXOSbM0gFmFP2TIGY+SxwZvIXAd"
    "XyW89njg9d0GIeotgCts9cYMpu6GPEuWzxzbW6q8VMeVtMnX3dIKD4a4AMwRwkXRWyv/+R"
    "Ykwt9B3x5K83N2yMiJUjii3VQCg3xMILZQ9U/Boaqr5PDZORwKWpsbcQM0aX1pgKJXUQRT"
    "4USDUv/EChpQEh8UgktKOepiZRFzM+FrJhQNQAKe+oA6lMM4zH0cQYDyaGoZUGL/HI4I5F"
    "JqNq4GVXefj0jurCW73dedd5f9vtvJcmYTeXkncv0a1TMJFjiOdxor2EeihgZBEyTqFGo1"
    "UGez+DfjXZ1KNAV3a7SDdhebp4XfjdIIg6Yib/djtrWP7Re7r/2HtqdTtv1A2ZfDmjN/cx"
    "1uihSuFO8cqnZDX5Zly2AhzjW/JNTC4TsCcBoTp4lw57gpsu1genq99sQFe/WUlXqfJ0TR"
    "8pFgYUZcS/SI3ALqrGnPcssLZi1+vkYpt149jo5QNaI0oW8axYg37yMByMJ73h7+p2Ludf"
    "ScivNxkojR5KFwVpq1sYpmUj4M+HyUeg/oIvo8dBiJdx4fjhHVO7yRdN9QkGghlyyzaglX"
    "n3E2lCLTfqBHJhEOZgusXAl5x3MPYn9tadyVAnTEpjrSIse54JB5RgCs35M/Qto6RhOltl"
    "W1a5uluUQAqdcJAUTdXPODQeC2jbPdNkARVVoXNOvzZ25srSgBnT14Ln1WPdBKinFaCqfC"
    "i8rhNCZXyaIPXVGMrC3CNwYdTFXPTbDepj7+t7hu0zgniZ8m/j0WM15aVDcSPFpgD/AYJ5"
    "ac3YFWbtJzugpiIIpgEmAlN+re73s3b4nVUBym2qCeTWsPdXkf/9p1G/uFuqBvrlmS87ZF"
    "YEOWtn/dLn8nKIW32DCX+rr5zwSpVnLNgcUWMG+awO5bxXs4i/uq7IaAd/q1i++0yuH5BW"
    "U06dCoSn0mtfq0pC/bDrR380+pRbP/oPkwLdz8P+4KnVDqFLIyxQNkRpsuImKzY4QlsnxR"
    "nfJiducuLqnDiYKvzT6o9JGe3V2nw4b7fBlySbEcKekQ+YHX7SYbaNTQwJiJPqD6EUBhZG"
    "1FRqMGUC+MgjGHEAqQVM6HoQOzJCrPiOtOvmmyT9tJL05itS8xXpnAFH65PqQb34Oee3tx"
    "C6RPrsI+hkpa8zo7M+h6s0afERiH1VPPIzu93dYGa3i7FROrOV6iwqHMdbPPZQ4IBOrYJe"
    "Yt/U83Zez+MmqncaYOlweZW8PeyS2N8+BS45N9WPU0mKN65+yOdEKpOUWLYtgpSbOEgt5J"
    "D7zZmM+spSSD7zWNYStql3Vrg3pa9TG+8TKX31kIw5Z1pF2SvWXK0recHUpjn7cbD9bs9l"
    "pW/IVyfH6wR0GZcLPI6g391tcsTz7m71GU+lKyTj8qWqQTg2v0C67ZtNDtBKq9X59035CC"
    "2TEQ+t2DlXJ4gZl8PniMfZKHeWDR51M3v5H+AEqQs="
)
