from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "publicity_cube_article_day" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "msgid" VARCHAR(64) NOT NULL,
    "msg_data_id" BIGINT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "read_user" INT NOT NULL,
    "read_count" INT NOT NULL,
    "share_user" INT NOT NULL,
    "share_count" INT NOT NULL,
    "fetched_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_publicity_c_day_0cc269" UNIQUE ("day", "msgid")
);
CREATE INDEX IF NOT EXISTS "idx_publicity_c_msg_dat_1d14fa" ON "publicity_cube_article_day" ("msg_data_id");
COMMENT ON TABLE "publicity_cube_article_day" IS 'WeChat''s figures for one mass-sent article on one day (datacube getarticlesummary).';
        CREATE TABLE IF NOT EXISTS "publicity_cube_user_day" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL UNIQUE,
    "new_user" INT NOT NULL,
    "cancel_user" INT NOT NULL,
    "cumulate_user" INT NOT NULL,
    "fetched_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "publicity_cube_user_day" IS 'WeChat''s follower figures for one day (datacube getusersummary + getusercumulate).';
        CREATE TABLE IF NOT EXISTS "publicity_wechat_tag" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(30) NOT NULL UNIQUE,
    "wechat_id" INT UNIQUE,
    "synced_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "publicity_wechat_tag" IS 'A WeChat user tag the office manages; members are followers whose Subscriber.tags name it.';
        CREATE TABLE IF NOT EXISTS "credit_business" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL,
    "sector" VARCHAR(16) NOT NULL,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(256) NOT NULL,
    "enterprise_id" INT,
    "market_id" INT,
    "opening_hours" VARCHAR(64) NOT NULL,
    "registered_by" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_credit_busi_sector_ba3e9e" ON "credit_business" ("sector");
CREATE INDEX IF NOT EXISTS "idx_credit_busi_distric_b18439" ON "credit_business" ("district");
CREATE INDEX IF NOT EXISTS "idx_credit_busi_enterpr_abbe94" ON "credit_business" ("enterprise_id");
CREATE INDEX IF NOT EXISTS "idx_credit_busi_market__dd19da" ON "credit_business" ("market_id");
COMMENT ON COLUMN "credit_business"."sector" IS 'MARKET: market\nMARKET_STALL: market_stall\nFUEL_STATION: fuel_station\nOPTICIAN: optician\nSUPERMARKET: supermarket\nCLINIC: clinic\nPREPACKAGED: prepackaged';
COMMENT ON TABLE "credit_business" IS 'A business under 诚信计量: linked to its enterprise record (appointments) or its market (complaints).';
        CREATE TABLE IF NOT EXISTS "credit_inspection_campaign" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(100) NOT NULL,
    "target_type" VARCHAR(16) NOT NULL,
    "district" VARCHAR(32),
    "sample_size" INT NOT NULL,
    "inspectors_per_target" INT NOT NULL,
    "seed" VARCHAR(64) NOT NULL,
    "draw_version" VARCHAR(16) NOT NULL,
    "target_inputs" JSONB NOT NULL,
    "inspector_inputs" JSONB NOT NULL,
    "inputs_hash" VARCHAR(64) NOT NULL,
    "result" JSONB NOT NULL,
    "checklist_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "published_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_credit_insp_target__a6150b" ON "credit_inspection_campaign" ("target_type");
CREATE INDEX IF NOT EXISTS "idx_credit_insp_status_f5ef12" ON "credit_inspection_campaign" ("status");
COMMENT ON COLUMN "credit_inspection_campaign"."status" IS 'DRAWN: drawn\nPUBLISHED: published\nCLOSED: closed';
COMMENT ON TABLE "credit_inspection_campaign" IS 'A 双随机、一公开 campaign: the draw''s seed, its published inputs (sorted, hashed) and its result.';
        CREATE TABLE IF NOT EXISTS "publicity_article_send" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "msg_id" BIGINT NOT NULL,
    "msg_data_id" BIGINT NOT NULL UNIQUE,
    "recipients" INT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "publicity_article_send" IS 'One mass-send call that carried a campaign''s article: the msg_data_id the data cube reports reads under.';
        CREATE TABLE IF NOT EXISTS "publicity_media" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "media_id" VARCHAR(128) NOT NULL UNIQUE,
    "url" VARCHAR(500) NOT NULL,
    "body_url" VARCHAR(500),
    "filename" VARCHAR(128) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "content_type" VARCHAR(32) NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "uploaded_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_publicity_m_sha256_b126ba" ON "publicity_media" ("sha256");
COMMENT ON TABLE "publicity_media" IS 'An image uploaded once to WeChat''s permanent material (素材) and reused by media_id.';
        CREATE TABLE IF NOT EXISTS "publicity_article" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(32) NOT NULL,
    "author" VARCHAR(16) NOT NULL,
    "digest" VARCHAR(128) NOT NULL,
    "body" TEXT NOT NULL,
    "source_url" VARCHAR(500) NOT NULL,
    "draft_media_id" VARCHAR(128),
    "content_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "cover_id" INT NOT NULL REFERENCES "publicity_media" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL,
    "updated_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "publicity_article" IS 'One 图文 article; `draft_media_id` is its WeChat draft, `content_hash` the version last saved there.';
        CREATE TABLE IF NOT EXISTS "publicity_article_image" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "article_id" INT NOT NULL REFERENCES "publicity_article" ("id") ON DELETE CASCADE,
    "media_id" INT NOT NULL REFERENCES "publicity_media" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_publicity_a_article_d631e9" UNIQUE ("article_id", "media_id")
);
COMMENT ON TABLE "publicity_article_image" IS 'Which material an article''s body uses (the media library''s \"where used\").';
        CREATE TABLE IF NOT EXISTS "publicity_article_preview" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "content_hash" VARCHAR(64) NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "article_id" INT NOT NULL REFERENCES "publicity_article" ("id") ON DELETE CASCADE,
    "staff_id" INT NOT NULL REFERENCES "staff_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "publicity_article_preview" IS 'A preview WeChat accepted (mass/preview): who saw exactly which version on which WeChat account.';
        CREATE TABLE IF NOT EXISTS "publicity_campaign_article" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "audience_count" INT,
    "approved_hash" VARCHAR(64),
    "approved_at" TIMESTAMPTZ,
    "approved_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL,
    "article_id" INT NOT NULL REFERENCES "publicity_article" ("id") ON DELETE RESTRICT,
    "campaign_id" INT NOT NULL UNIQUE REFERENCES "campaign" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "publicity_campaign_article" IS 'A campaign sent as an article by media_id; `approved_hash` is the version its reviewer previewed.';
        CREATE TABLE IF NOT EXISTS "credit_award_application" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "user_id" INT NOT NULL,
    "statement" VARCHAR(1000) NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "policy_version" VARCHAR(32) NOT NULL,
    "first_reviewer" INT,
    "first_reviewed_at" TIMESTAMPTZ,
    "second_reviewer" INT,
    "second_reviewed_at" TIMESTAMPTZ,
    "publicity_starts_on" DATE,
    "publicity_ends_on" DATE,
    "awarded_on" DATE,
    "valid_until" DATE,
    "decision_note" VARCHAR(500) NOT NULL,
    "revoked_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "business_id" INT NOT NULL REFERENCES "credit_business" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_credit_awar_status_0fa49f" ON "credit_award_application" ("status");
CREATE INDEX IF NOT EXISTS "idx_credit_awar_publici_67f912" ON "credit_award_application" ("publicity_ends_on");
CREATE INDEX IF NOT EXISTS "idx_credit_awar_valid_u_1a560a" ON "credit_award_application" ("valid_until");
COMMENT ON COLUMN "credit_award_application"."status" IS 'SUBMITTED: submitted\nFIRST_APPROVED: first_approved\nPUBLICITY: publicity\nAWARDED: awarded\nREJECTED: rejected\nREVOKED: revoked\nEXPIRED: expired';
COMMENT ON TABLE "credit_award_application" IS 'An application for 诚信计量示范单位: two-person review, 公示 with objections, award with validity.';
        CREATE TABLE IF NOT EXISTS "credit_commitment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "text_version" VARCHAR(32) NOT NULL,
    "signer_name" VARCHAR(32) NOT NULL,
    "user_id" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "committed_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "revoked_by" INT,
    "revoke_reason" VARCHAR(200),
    "business_id" INT NOT NULL REFERENCES "credit_business" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_credit_comm_status_385044" ON "credit_commitment" ("status");
COMMENT ON COLUMN "credit_commitment"."status" IS 'ACTIVE: active\nREVOKED: revoked';
COMMENT ON TABLE "credit_commitment" IS 'An online 诚信计量自我承诺, with the exact text version signed.';
        CREATE TABLE IF NOT EXISTS "credit_inspection" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "inspector_ids" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "answers" JSONB NOT NULL,
    "findings" VARCHAR(1000) NOT NULL,
    "photos" JSONB NOT NULL,
    "passed" BOOL,
    "follow_up" VARCHAR(16) NOT NULL,
    "inspected_on" DATE,
    "recorded_by" INT,
    "business_id" INT NOT NULL REFERENCES "credit_business" ("id") ON DELETE CASCADE,
    "campaign_id" INT NOT NULL REFERENCES "credit_inspection_campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_credit_insp_campaig_c3a4fd" UNIQUE ("campaign_id", "business_id")
);
CREATE INDEX IF NOT EXISTS "idx_credit_insp_status_cad6e6" ON "credit_inspection" ("status");
COMMENT ON COLUMN "credit_inspection"."status" IS 'PLANNED: planned\nDONE: done';
        CREATE TABLE IF NOT EXISTS "credit_objection" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "text" VARCHAR(500) NOT NULL,
    "contact" VARCHAR(32) NOT NULL,
    "upheld" BOOL,
    "decided_by" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "application_id" INT NOT NULL REFERENCES "credit_award_application" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "credit_objection" IS 'A member of the public objects to an award during its 公示.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "publicity_article_preview";
        DROP TABLE IF EXISTS "publicity_cube_user_day";
        DROP TABLE IF EXISTS "credit_inspection_campaign";
        DROP TABLE IF EXISTS "publicity_media";
        DROP TABLE IF EXISTS "publicity_wechat_tag";
        DROP TABLE IF EXISTS "credit_inspection";
        DROP TABLE IF EXISTS "publicity_campaign_article";
        DROP TABLE IF EXISTS "credit_commitment";
        DROP TABLE IF EXISTS "publicity_article_image";
        DROP TABLE IF EXISTS "credit_business";
        DROP TABLE IF EXISTS "publicity_cube_article_day";
        DROP TABLE IF EXISTS "publicity_article_send";
        DROP TABLE IF EXISTS "credit_award_application";
        DROP TABLE IF EXISTS "credit_objection";
        DROP TABLE IF EXISTS "publicity_article";"""


MODELS_STATE = (
    "eJztfet32zby9r+Coy9NzutkbTm+1Nmz58iO0mrrWy252e5qDwORkIU1RbIEaUf72/7vL8"
    "CbeAEpQiIlisGXtCYxJPXgNvPMYOb/OnNTQzp533M17PQNx150LsD/dQw4R/R/OHcPQAda"
    "1vIeu+DAie41h6ydgqKGE+LYUHXorSnUCaKXNERUG1sONg0mcGcgQBw4nQLajF47AOoMYg"
    "NpwDGBM0PAstELNl0CvIeCyQIMf+69656cgjeqaaP33hvffgS2+UoAtBEw0AuygWtp0EHa"
    "e/YVmqnSz8DG07Ze6Br4DxcpjvmE6BNt+tp//ZtexoaGviES/mk9K1OMdC2BN9bYA7zrir"
    "OwvGsDw/nsNWS/ZaKopu7OjWVja+HMTCNqjQ2HXX1CBrLZF9Frju0y6A1X14OOCnvD/9Jl"
    "E/8TYzIamkJXZx3IpP0PWF7rKMrt3UgZ9keK0sl0bigRgz+4pJoGGxj0U4n365/YJ7zrHn"
    "04+3B+fPrhnDbxPjO6cvan/+olML6gB8/tqPOndx860G/hYbwElaA/sqhe4qdcYAOB1ciG"
    "ODYd2h+73ePjs+7h8en5yYezs5Pzwwjj7K0isC8HPzG8aQOTTmx/0ocdsAQcOlm8P1HIHD"
    "xHfMR9iRTgWiDyPvyfdeAPL+wG/wIoR4Ob/nDUu7lnj58T8ofuwdQb9dmdrnd1kbr65vRt"
    "EvvoIeDLYPQzYH+Cf97d9j00TeI82d4bl+1G/+ywb4KuYyqG+apALQ5keDm8lOxV1TFtRW"
    "iFiousNZuCvmpIb1azUKUR9f7KYHo1g3YRqKFUClb6udXMkuWGvQ1g5/CboiPjyZnRP08/"
    "FKD4W+/h6ufew5vTD6mpcBvc6Xq3kkBjSwRgv/X2gO109hRWX4USHLuBRF3wbnU9qBlfB9"
    "pUhRTBdynRuuF71D0vgS9tlQuwdy+JsIYciH0jJgnx34d3t3yIYyJpfQWrDvgf0DFZS1Es"
    "hfVfp67hzSEwcbHuYIO8Z6/9W119UAA5gyihu4RIv7np/SPdCVfXd5dppYQ94DLVIcz8Um"
    "aQzERGfUJIboglVhZRhCW4K8BlFv30OWZ+sgsTqD6/QltTMnfMrpnXNntr3p2nr0ADPnnA"
    "sV/Ivj8gam6wgaFlPRKPdsjwOPHbB0VEztxvqLhhy5VMTg+o2MH/RQYwbTBHtjqDhgOeqT"
    "FhAGdmm+7TzONX2JPfWbb5ZMM5eGNayMAamNrmHKj0M7pDRAh94tssc1PHCyRT0yymxu8t"
    "kYVpKVHN0rRbeGte9emvNAXxjYmsBXDDDPiaAbYoQEK2fCRQE7g73Fe7hyXQ7R7mostuJd"
    "FVbcSwUMTpxaTkdmjG7UJPf6B2Z+iLYFTsCe8YDOBC2lGHxFF08wkba3R8RriCvm/YrNuT"
    "rs6lmAU059hSYM4t3YcgMyIuA9nPvzwgHebwTYFCfBU+Zw/n/J/hYA+vLuc+ByiFbjWOWR"
    "Vc9+xhbcWMuBP28AlS/nBNB26I2TB82q/sYW3CrE5Ddsh89D1VNV3vfRlLNnH/oMiU9bz9"
    "Cow1XWXL5iMj7cVm2YuMnhB1n8VlpM240qTRMKFL/kLYS5mWk8xhCbBtU0dCzohIoBmuCP"
    "a+1rgi6AimH6QK+d/iMu0z6Y+7JQb8cTd3wLNbKQ+n+YwMYX9PUkou4qsdyR5gmBB3LfqE"
    "Iy7t6KbZ0enAjBfOdn1p0v0CGvmxGS+8vXpCperaRcJZtt0Ovby7u0705eUgFdR4+3hz2X"
    "94c+R1Im2EHRRXSSUpKUlJhSC0NicZk5VLaZOXUgsS8mramnhQSlqwffpg9+SkjI/n5CTf"
    "ycPu/ckHfO7SecK8/E+iO1neI+S+Vn5fizD04Vtng8t5hFzvmrzeTSHWaVd5PjMOFZFLWW"
    "bkqjk9U6ZnD+ta7CoO99dN9ZlC5BoO1oWVhpSsnERNnkSO6VhUxaMavlj0dlKsfQpDHcwG"
    "hQwZ7MdzHCyFWkJadIvaQXRlr9SDhsS4Rg5Vbohr7O5BoVsw2a5EfOvU1HXzFdnAnHqBpu"
    "Z0ilUMdRD4Fi+8q+x8MDJUdhtMTAfYyNIxIgAaGlDh3IL4ySC86NaqHy99lc3yVcrYVhnb"
    "us8A++sT+wKxbTYhV9sem0F67w3wcKUXGdFxmS0eAAwOZnS2MrKPTsscA0xr/7FTgKecEI"
    "cmOnp3t3jU4OeFT0JxDWF7GdaQWE2qCGsgKhI7oxAJSHu0xC6J7fU9Qxlh6RRsCu1T2ilI"
    "fyey/TQH6/oGs4/YCtsn8+KsR/a5RsQlrOMl4YhLcrdp/d0Q6usX+k060p5Qbqa+VIuDIg"
    "rsOWwrmrHvc+9XPz3eR/AVa18BJh435ZgWVgHR3SdAqDaBNPCKnRl4nrz/D6HqFKOo/Ot/"
    "mcI//uK1Jt4tfpq+Wt5SMStWkERIEjdFGlM+T0Z/MhFNKxSXaWGgefew3FnaosO0mdO0UH"
    "fYQQgW8ydkmqXlpIlWuYn2jBYsbkKoW+Iysksq7xJokFffVZTskBH6lpf7MJJoxYpUpMH1"
    "/zEqBjxS4K7vbn8Km6d7IRVXS6F5Mn2tpOw2EJfZWn65LaU/q56T8y1MsbV/KSLXmMrXGM"
    "ud0N8zEw5kSMhJD0tpD8sLsglX0cz1dcckthfedlTX+lJxeJs8CZEPdXtJzyDx/TrEV0JS"
    "9npTep1DgmVSZIR9N1mIJQTPyNWUFXy7/VzBQpohGHlYZ4H+bNoIPxm/oIWH94B+F+T7/3"
    "PyZuwX0nmpSOhlG75GnF12mFEg6M9HviZAvwLcPl5fd/7cDYv7aPi2IdJ+DXkrDpPLaXVQ"
    "js11I8lylG4PhPyZR7CysEINa8Cg//UfBCjgU6whw9EXB+DJNl0Laaw0CnYIbWbPIdU/WQ"
    "kVagwfgKlpByVWHBPQJcfUXxAv4HE7L5VhkM0Kg1z2nIhln5RqHateC8HLJoYIxmH7VtBV"
    "W8CXnWozEOckTwFBtRRpIcrVR+ZFakrJRThqL63ztHU+QSy0iJUw42iRuglzEE2KpWCdMr"
    "m6gD18X9e5vgLcPt09Xl73wf1D/2owHAQcX2R4eTeTrNJDv3edYa4NqslQNISo1aSUZFcr"
    "Z1epdui4nC5hq3XfcOcZAyoZBBlJb8+xwM5/CKLfubvv314AJjk2eqNR7+rn/qcLAB0Hqj"
    "OkjY1Pg+HNYDhkFzVM5pgEKtXu13o/+BGS57XIpKy0JJSaQiiVjp1ct/Mzwu0rJNjirg+s"
    "9XU6PiUq4yabQxkX9LMoaZwVlKxxVsGPUPJiJrkI5xumXGF53qNkrae8TqiAr8/G8+4X/m"
    "UZe+4AzGHtcxYV6R0RxbqZ7pFlTQaOVyRRsCHfGaImmlWa8P1fnbAoGtbQ3DIdZKgL5Rkt"
    "Ov+WjoUdOhZYFz/TD6D6hxDrnRRroWuhFPMtUIYpPewFwOaItpAHr/5U6f5xVxYytCDngw"
    "h9dd+//TS4/ekCBPJjo3d11b8feSSWqiLLYSTWQ//zo0dh2WhKF2N65ab/adAbeZJzpGHo"
    "eLL+VdbQv8hajvoPN4Nb/6qD7Dk2/OvM/vn00Ptye+GdJ9Lojmk0gxgLa10Kl2DICLZwrh"
    "2V8uwdFXj2jrKePd1Uo6I+ZcGOy7QQ51o8qDtJvNE0Yq/uKH9CqAlElf11wOYKS9RXo/5k"
    "mrzjW/lIRwItXDtOyiwdJ/krx0k29GJfDgft8RCmP9NRLDrpOTrHJ6TiOdRzYnwTgmlO3p"
    "d8HzxhD8d2UfRA/2pw07t+c9Q96KZOn4Rd8CEzlj2kFAaayGhOSrVw0TgvMZ7Pc4fzeWYb"
    "nDNOT7Egj3spHM4pSTmeV4xnanLYLNn7K8JPM0fhpAsshJsnLjFfgfmUDtG1Ec8KS7xX4G"
    "0jDy5ljihQgo62tGQL1+7qlRHLZVQGWa8MRUq2hYFBbQoTiEOQ6en8dAspsVbMqq3nXDAN"
    "B6peqXCxFJEZwVbAX7cjBRKCCJkjXoh7QQ6GhNT2A4V3M97rSeoSQam8IFsTJ8c40u2jFu"
    "o41mE4DDZ1htTndb1amYds0blFu35zz9Z9bzikf9JnMY/Wb4P+F+bQesHolf49GP7yO/0T"
    "k+fFOl6oiq1nGz25urBLJCnVwi2h+plhmTpWObRm/nawlJBbwQZbgY1UhFlMFG+IM/sib4"
    "gnxIpMi3Z1AjMVMgc4WAG4OV2WhepkpsTat38WhTWFI/csd404y6btYmEQiuYiwbGaEfyu"
    "R2sQJsIiH4WR5MluCGYzQ0lLYimO4BZxa0hacx5sCGo6NpDC8mDMvd+YgbAw8Rv/AbKOnU"
    "AOOC+CDOqKjSAR1W7TkvK8xOpIxjDkji2e4pjzpduHey3RVmzAGpri+zMFfUQZ2Y1dRA3D"
    "v3IvqDmnhj7xh+pakOc8QQJfDLzpOhQ5pBimw6Gw8/0Habk2LCrb9h+wQiYONBy8hi6TkV"
    "1PjdmfHqhSifHi3bOAD+mKoOcfq42kWnSc9rh7dhqdLGJ/FFnfQ7q6XOfBSZGa830zBTph"
    "RrINy0jKuV9KNzku0E2OObrJmjlk43Ly9H+T3foyO3T+/Gpvbg+ZHbptvc6Z7Jns0Kpurh"
    "eqlRCU63lzujg7s+fQfkaOWCKXhEyLlM7KcrhEJzbFYE1KbS/35R4hy3I2CKaqX0pIREtk"
    "qSe88ljCGVhusIGhZT0GT9szjMtmYImNrUTqlave8Kr3qd/hLgpVoBt7VEuhTS2GJeD1Nq"
    "UqwI0etF+bWGlk47u3cMagJeDoBbE3ZwC/DOQ+//KAcsPG0mmA+i+oVcM5MTQN08FT7OcV"
    "qAqw29gz24qbNTMdsyrA7tnD2jOr/9xK6i5/Whbl74ombokkXgqKGleaykvm69phvi6/lq"
    "QIu76UaGEscfVn5qa2OVeKMkflxGMmxdrnwKg+atsx18A5IdTCAV09zHT+m7byTH8dH+fV"
    "Z0aST2gy6J2rwWjwT5bLX8UO/i9L5z8c9T5/vvCrXNG/fh+O+jf0zwVx0LyzRgdVnWHBw1"
    "Zoq4yLSDowS1r5+IimfUtKbW+Qb6kQdvUxiaKhQhuFCDUL2q2fMJZe4Jb5A8t4gZeGnND2"
    "kBaTNPxqGj6R+HpDQjORa3vPYC5LaqbHGJ8vLkNrSrKuYRxUArwiKiqNchlGykjLSGJqn1"
    "bQgwJiippTtJMdJFhCJSXWZOOyMZp30/OaczRx2tRFYe+XtuZ/few/sozjvjS13vu3I2q7"
    "I8MZG7d3yq+Pd6Me7QRT+cM1HcjLcP7QHz387iWQsJFjL7wMEp97g2vWaArZGep1OICjct"
    "mzC5JnZ2gAh00Enn+vOBo9Lrc9Ra+uEqMVRqMj21bpTiSw0MckJKvCBXROOKcl8pf2pUT7"
    "2PB6SmNLM/87NPNlsHfber1MsDdTYtbo8piYDPRuTvdK8m6rqgiLaxHDNS4iMZWE6G4I0c"
    "wgrhLdtsV0piGOT2FRvnkrzKkf8lhEmUZBkWW4UitqvIok7fQMgF6whuhAAZ7YAbDRO/on"
    "fb7mFWYzXQfMkQMZffcRuJZuQnZrim3iHADoOFCdsaYzZABnhoAKCQKYAC/N3Ps0R7KVF0"
    "qCt1kEL3Ho0qQJx1WkxFpXKbSWUnphll4PJgGw03ItpNOrD5Aj+L9ImSwcxGFfc1eNpJBU"
    "KTlq+ivWeDlNcyGN2ks0OWjOvEozAnAuBSSeHDzJDHZPToV2skiihctq9V5KL8N8YYR3iW"
    "z1qWds0WNZWSnmPUpY78PNjA1RN35Wsiafz+4UvRpmiPT3tIz5b3pYZ8MIf5muoomIynQV"
    "O0hXsSvCvWErwrYCkOskhD9BrC+GiOLJeonDBycbHJSjgzUmpJC41EpeeDRDQIfEAazdM8"
    "X9HdW4J8gG4WMAi5IDpgEg0OACvMEG1SxYEk56FTrmHKtQ1xdgsgDQAK5FB7TzNssG1/ea"
    "DThg+iIRBTZo3jp6shILIZ8UZt2uvEDdFYm0Swq1Jmyx2k13R2tXUBvj3q+PxVu8ki3Krl"
    "5hzY1l4a0Sbi3/1O47CvcUP7k2XS1ekE3oXWBO6VqyrJT2AwHM0AE6nmOHfAQGog0B0jAd"
    "QAeAuBYVQ8z/xJYYeveV3rXNV45jayuvlK6tZrm2mlyor00VLINaWq+mzbQEqtIsxAPe+Y"
    "9ok/FWRfj7stbWJmDnP0XinQpJm06R6uAXpLBEMHw6LycyLSP5XReYk1kFuBxnnVkFJhxD"
    "KZ+GTAhJEjK7FEhWPx/qdrH6DbHZggyqHFttmVu1jI22TOlaxjTzWwPTBmRmWhbtdkCfo6"
    "KP4Kt/6+KvWPvbV/DrAyAqHaYEQAdQSwmM3ZOjU5X+i86Ox+7Zj+gDsEz6fkAtIcSzyGp8"
    "E8cQ+1dHw+ztfl16D9B/S+Nsh8aZaMDh9lM47XesYXy4l2ZLYzLtM3yrTypJ9xG61QglOo"
    "yJtEC33cLpWehZUVmIC+vnLYW2WP83HNl7WzlvCrGtEBXqonAnBWXJZQHMGdPouLyMBp91"
    "E+Z6WpZCKbSnTGr/rLUiNuHu8fK6D+4f+leD4eDuNmkjeDeTID/0e9dplE3jaQ2Y41IS5x"
    "I4SyM5f6v8bo1kTjRMVSnh9nYCFpdsCMu2bAiTQIGbfUGpVsIlhItHucSgLEW6xNuX84jr"
    "esiFAEjCRNcEsA8B2DkA7FwmS7Pn+54ZEWKY9hzqmAXheK3YAU3MonGW1Epo0eW4xOt/p/"
    "SJS9qlMcvKFmgXf8Y4C+UZCQWqpeVaF7HWPTkpQw6cnOSTA+yeJLm2TXLppiocQxOXkTSX"
    "TBInLSdZN7hWlafgcIssaRmOoC2VtNyFld+0NWsnBuzQnbCPnaBfWd7kDseMTbU4KDJmSd"
    "jWT8NczpIdIkMj1Bpkh6TAkw29syBTahRCED3v3RwRQn8BCJOEgzemgYBFJfwwUEANytdv"
    "7212zIQ40Tff+GKckypbeys3sCA8PRfPeS5jC2TS+kYsRHUfdrfRnL4ryKhQchgnZOQ5oW"
    "yhM7YcIc7QXeHzXopJr3d5D6xM1Jw/svfT8goxKkrULHMKyJwCzTG9VuYU2E0IMt1vnv2f"
    "l7EkwluFJgS9wwJz2ZFwZRITkOWh9mmSF2na3oFae+6fJjNMEW2bI9o+p0cZfbubr29396"
    "5IVAZrpnw+I+EaUVTB+4VVc/Klx8bVz/0rekEZsCLQLCsZ1buwQa/f3dxf90esqcc70YWT"
    "te7dXvWvvXJQKgNC19nV2ztl+PPdlwtWWorMqF6wRo9Wf3oWs7e53hqpmi4vU0z+KsURlb"
    "oJR8enT6f6v7JGvHZWsoVVj07KDGraqsA1mxnW/BOfBYEG7TnxmUT3pJS78KTAXXiS7y7c"
    "9iHPti8U0g2bD/V+kgGlcjeGOsI6/Z6SlfWbmsP6cHo6Uh3X6eq0sOzrPelrsW0yLSeDLD"
    "gbZWhsrTOPUrJyGjV5GrF8jrZlY8J3p+ZOo4ycVDh59Qp0UzD+KyYhEV3th1gOwwq8Ef3E"
    "w/YM6LLOiMzEXZ3mmI3JCuAdBo9pKbCxmZuA9IGu0Q+Dq1G58DrsoPmGkXWB82ZAn9QiuB"
    "MjcmYy4DZCaRCxqz+b/jrcFqC24DP0xla+3zAcekK+QwWHUivjEO8MBJbsuJ/kNXjKgXdm"
    "zTvM9oJsPMX+UQVAVSaKPjBZYmsbqaat8UokVvlgbjRhzE+6fI+MJ9ypl5NV+RGOx1oKrR"
    "eNtT8mTYXBWCqyHX/mIFF3ckayfY6a6sM3/YWKWuK881352U1TYhumNm1WeaiiFBnZxKYa"
    "XcAnaEo1XRH8klK1w9eUhYKDn785KqLewpSYdBqWcRqGyocYHZqSkmRodteKIBLnQlOikg"
    "ptMhUa2SEiSnZSSFJ2nPkTi2MSs1/SchLd1YRozMDckK6LxQDvGcRlGbvk3F3Ng8Ys9s3h"
    "HSQe1lKEM1O4SfHvV9CBuvnkojtq8NhYQx0Oo5VtdFCW11JDUcWMy5atoASo6mCzKhN+GS"
    "N2nDV6IqDPtxfgjXcI1kCv/t9vP4JXijhgrwPODAEyw5bFyrUZGmBJO3QwxToiuRWUan7l"
    "BuH9RHc5a1pB2e+gfetizqsiCfLpMHYjC/Xfh3e3OdZu0D6t3GLVAf8DOiZ7vMDxQGZIJF"
    "TaTFmPdAWPlK7KHpAu6xEeNhSy3ZJCUjuSxz+FoN7PiE+OKRd5vRpQ1+OTix7QnHWpzVMn"
    "4rdLKxKMT7TjUiVUCCrzjpief8oX/Aj8geflxFjqZQesJWDD2N+y6ZjwSiQeAGIC7ABMAP"
    "FcYVSZ5ekNtb2H6z5LauAMF5+iZo/zy5xJV9ouXWnLHhHhyitxMzRteRUjypcDuPygTMjI"
    "3V+e9/gOdv8y5z3YPrJGl8fEJE/fHOUu2782UrGFETcDXZGfKyYk0xJJkn6HJL0kkltFJM"
    "fixjkmXzKqvJzFlwxrlxlV9mriHxQYSDJB/zLXRve8TLKN7nl+tg12L8X3EVUVwTds3zo/"
    "wVEpcAuwzUArs/GnMf5+S05uDeJakpfQNzp0O1VEF+O0XAvxrj4GOQTNolCthXYk2EK4u+"
    "VqTRSUmtj/DGIWMrQgzkgA8M59//bT4PanCxDIj43e/f3D3W8sKxhVpW3zhSUFe+j/vX/l"
    "5Q+z0X+QGiTQ3X1aMP9rFBtBIlZ7JSPYvnMQNUVHP1FdBNni8dEpOclvcEOkXzB6Fcc2IS"
    "VjzwuAXSf2PCEqOe0mc9rYeGGJCFWTV8S4oK5cUqySvaBJRmwN6Tg9wNA3C9PeW2NWcR8g"
    "51aT55b0AudPt/Z6gWXkX9t6vYLIv8w5mWpSrezhGCiVZmWO5hNkb4jR0v914z2urWAtXZ"
    "SVZaZpE1TbccAGQ6zQDbschqLOWGW+FK3UJ/uvVCKzsGKIjGbdpbO2kVWE9g/gGJth6jnm"
    "7WpqOpTdYjKI5WwXIaZ7n25YGQuozVkFi5s+y41zAWLP2rkR3HQfAacr6EqLX5BoV3B8BF"
    "ejwW992jvL5+28O6R9mg/9floqZexTmXh3iwGXMk1sTWlidxNwGbOQOJp+0n4qp+MnI3LL"
    "HLBbOga90lSuTkx78S6RGjKWSfLN2D2ZHsOxe3quHtL/Pz09p/8enZ3Rf388PGPXP5xzal"
    "/X+J4SZgjVZjHUWcI9aYjstOI1ba+IpkBICLUv+K76SCVviRBBOBJoYWRS9fAuFxMBiBNC"
    "EuYyoxhB4rIvUGxoPAl5kzmirUu9WD3gUFVd2nChqDoUDN3NSLYO7upDpFlSoZA/Lwt0XK"
    "Z1ENd0jgIpkBrfIijHZVq4VH9/PFw2VhcbikuEabjBrfI47F8AX3psDEd39/csJpc4JksW"
    "xsJ0R4MHP0rXwXZTgnTpquwoa+bQ5sl+z5mgWZ6PZ/ql6472uPwWl3BsYIcqoOIjfjAa9K"
    "7ZkPfk2Qj/rf8w+Pw7G+LesFiwa/fXvas+u2TpUG0IHW2gb37KIbEBnxL7jpPGy+q9MpuL"
    "9JPIOD7Z62JxfNI7Jr1jzdBp6/eOcaoOyMJ/fOxT56H8LJMbIpVKw9kWpIR8rslqivl43h"
    "loZNJ/aiip2EyLlo/rWu5pD4dCF3WIlKibWgk7bbWvejRDLBX7M7DNVzDuODNM4i7jGSQA"
    "GkFEVFjtcEwFWfr3dBJXZExNW0UamCy8dO90DZxDewGe0SLrvN7mizdJdNSs1Get9mRLGy"
    "4f+v3U5svYcLKykqz90zANvkztH5HgtnLJHUNdqmQ3bHYSaKcbSdl+WCex40axg0O/Om1G"
    "JfOul1bESNi6RKRgIlaPCV54GoyKncUPBIzd8wk8Grs/HqnTKGxv8iML4TvzAvnOzj8AVn"
    "SHakouHSTM6KRakKlxFK6a3yWTSTZLmZLJJOsNgtjEX7l9X6U41nSIDUeD0ePI880TBzuu"
    "g8ZG73H0893DYOhl0oqWgWY4J5uahHKHQ19modzPLJTCCRF3kAhxb6MEY2ql/7QMzvkF7X"
    "iy2y9u1/nr1DX8UowTF+sO/ar37H1/q6tLCrqglpJ3yyOYKd7ZNHUEjbyQ2VAo1SPUntPr"
    "6opQZ9wu6Jd3d9cJ0C8HoxTUj+xs8ZsjrwdoI9+ykZETQgtRu1i3tXLhEN3cNGfJkD5iD3"
    "t/J9lKPKx4DESAYUkGImxdgoFgcxMwAVbVF3q8wEfwVYUWZMTAV68i31fGiCHtK1BN13Bi"
    "vhfiHSo8nh6O3Q9oeso9pFj9CyTX0CyugZq5trNOwsSE4HY2kIaEhjZpv+DEXGXdNMjQ1u"
    "nhmFgLFYQ2dfA8N73sakJrvkmO2fUsICotaOx0rnuXF4DKjY272+GAEVu0NwOufvfsVbgh"
    "CuxPcRHpA+XYNr5WIehXRlv2Ke9LFUBpk0ubvAFLRLts8sSRT5Y8XMhAiUnI9X91DEy42W"
    "8YABNGA+wZuGWjLmKDauPIdZlCeZvk0RWcW5AO5Q6HQIruHRSRSGq8VcVZbFVItWcN2soz"
    "8jTW6O8FgrZMIrXbJFLYycu+ygc2EmihR7eG9EbunAWkiwAcE2khxN1SZby6BWW8utkyXi"
    "wWLQvxCH3LNfa09fFt5vEUrhrc/8eo2EEbacHXd7c/hc3TXtuUMWg7mN5WXFsoK1pKrA3I"
    "b6E+nWq+IFsU6oSQBLoU0FRZEYuajATaB/BRKYCPCgA+ygFYsdEfbpjJR4BLygpvkVOKru"
    "wvqTSDhpGXxHI1xx8Tb7JC0hk+Xg6vHgaX/QtA3Am7NUFj4+pxOLq7uQCqSxxzPjZuesPh"
    "BZgHqfV2z/47aG5Ra5jP/xSsP0mx9q1C1eviEWTMGMpinR/6lxFsRtwfe2174v5cDaNg9S"
    "nbL3EZ2SWVdwlBxjqOiJiYrIDZZL9/EIMjltAtIfQ9py704lvEsIuJfM/I7V+CU82GU0dw"
    "We98euh9Hl0AT3ZsDG6Vh/5vg/4XL+GpX4V7bAyvfu5/erz2sp6qM6S5Ost7OgwLFJGwQB"
    "G9MvL+pE+67z2wLJLXvyufewNP1GLkCtT1hTKF2HvCVe/2qn/t3VQZirq+3lGtbhklrJuv"
    "hHUzSljaF1Ca1EjJtU/hrf64S9LPkgG7ILooJbeWi7lpYFeddzIE6QXZRDDzOE9WDugSRx"
    "ADhV+Z2uZ/EQfy4oikrLSkkQRoJBup2MLslIEXqy+woHAkZZSdDP2SoV8ykW37ep1je2cS"
    "VnpW9Fq9npSUBEtzOjk7t6fYwGS2VjenRGU/N7mfoWXZ5ouXpl8sijcrKC2tfMVIFN2MnA"
    "Q3Cy5xJ3PsrAMvR1ICvDISvagMiHg8ugOn054aGVX7hXTZsPTMPOYHp+eNaolzSZw5E3o1"
    "0rEtTAJdEujstr/+cQv0wnIlcJgwgcMW4QmB/suaOUUbinuKvaqkRkCIVRsLBSRS6iEds7"
    "ShvCRZQjUV/Ocs2oqTjVREH71pohxkaA/+k9qz7K1beCIMFdex8ZwPa/kCFOGU7fnPbRnA"
    "a5wS89f5gqNi0Uaw+ryYgqK2q1MOuRp2APsJ+gVg9Q4XgMWWPiE/P1D4yAPwOjOBhjWAHf"
    "b/iF5hqYJeZ7zkxtU8UyYWataxNKiKVnNeSjQ5SLkxrtSpbc6VokicHF4yKdY+p3X1ES+O"
    "uQbOCSGJ8mqUDZN3wj//CGDYvg3Ybv0IoLA7Q/oom+XWKOOZphuqaQv6M2IikgvmxYwFSr"
    "OYHyMpJfO9lGDZY9ksNqQk4+kz9gzk0gR7coCVIH3ZPJd0b0l446vi5iWlqk8aE1GZBYxA"
    "nO4sQQrY8eYlUhGH7YFjAsIGBXBm0PHsdz9SNjLkASaA6m4g5NDBAjkfo9qQUStm2zszuh"
    "mygpi83MRbeGNOLpzlcqLBBVEmaEqnjcyCs1O6wR8Ngsd5EkIbHuhp6NZR8kRPfCCXH5wp"
    "KanXcDTGOSKErt4i1EFMpIVMWC35g2TodT76bTZwn+ktHWlPa3U9R1yGaTY5TFNa39L6bq"
    "B5WMr63o2FGAVvcCzDeGBHCYtQizdfaRHeUesqOjTGPLnM3Aqf9dErXut3M6BXbGahvTLr"
    "bQ6fEaE2HF003Dm11Nj5aUCesUUNOJbzzzPSbGTRPTu4kjUNt/vqlTZilMnIYxDSVmKqre"
    "8x+reQ7XiJn74X8/HHbvf4+Kx7eHx6fvLh7Ozk/DBa+LK3ilbAy8FPbBFM7GQliuUkurL8"
    "DpSRk3sQx1IyLWSIpdBaSrTQTqohlW3D03Zkwe5Yfv6Mjhjinfsw/4YV5t+4uu5RBZRl09"
    "Ah1eO1ZEaOMA9HmH3j8faq/zDqDW4v6FahItuhfUQlfhnc33uZPuiuYFWZpaP6pHTQYTnP"
    "eFGN+b6/mIg83J1enQz0zVECiNawNTni0tZstK3J1gmq1j3zslQUJAZJirUhOKXuQDYdQY"
    "IU13AwJ8Fp8axKicoZ1eQZhWzbtGnn8WrV5W5KSSEZkpLdmHyEbDoTxMJt03JyqVq9VDFt"
    "cb2EmnLT34cl6g/XpKb/3DTo+BGYSimx9s2kohUpnEhnufPoLJvWTvL4kseXPH55Hv8GEs"
    "KOGP7KVpoOh8xPNjgoxeizFPrKH5HASk6fvcOjxRlNPjV13XxFNvDOT7KoKmzEg6+81RC8"
    "6REM/zJk57lmEL/9CL6gKy9KiwkT8AGYTIgg+wWrCEA/kDBL6W/1zVxGP0Ph+qu9DPraaf"
    "F6ycfXGbkkqgZtpgA1Ds46NSCXIJEBGzaXtCxX4dnNnhw/8s/ZkVMZAUrsx17dBTsmUiLu"
    "OogVBP8xJ+EOZ7hzurIh7SCIaEYgdN2D4OEAO8ByyQwRupna7C92ntpryp6DCdBMA/GCru"
    "t83dgYG19slr/G8Bu8It8J/2ZOnuhCfbD06pO3wdnv4DHhi6Bt0zcT8MZ3VvlfRPUbnbw9"
    "YFoCwmxHB6atIZu+72sI/Vf2EbcsToB9IIye551AZ99osHsslMBdBox7GokD3jwjy7lgv4"
    "o+gzhY16lMHAL6trf5isUznYW+efzEiw+QCsU2FYqwM9bxj4ayTd78OsvaWWNj1L+5v+6N"
    "+rQLg/JIzXBdBjMh0w1FcS5LmTapclsJd+GkBxfxGieFpIKSSc8onDmgzWkDaqgJx7Z34X"
    "z2KSnpV8oO3CnWHWQLI5sWk9By1oR1SjCQzasvtBzW0FcshmtKSgKbM16l27O1bk8bWeaa"
    "1QxSorKfm9zPu/O7NqxTW+l2bRjGLfC6hvlGOexuLBVpPrNruRMdq9hZKDDWvNTZqbF7cj"
    "pFY/f05PwMBNIfwVevFqUyRxqGFC+PtsQOCalY7+4B+Eoxd9jeO4Nk9tUjSIMydUCHxAEE"
    "MqcpoyA5HO+2Xy7zdjaLAnWwowtlK4gEmkx8NiaCkO7PM17mpYK0qJHEFs/ddLYCb/XcsY"
    "afEOEosfnwLiXaB2/3vAy+3fN8gNm9JMLs4GsW3/w0nWH7VqwORcZAHXk6ienaKlJcm3My"
    "ooBATki1bliflEogc1KQQOYkm0AmqdsILSAZyfbR9rWsJHFFUQTwtFwrVpa63SQyQVI+9O"
    "1NkCRr07at1zk8X6aijWq+iEbExkXaFEEhS1juA7jhYiMKbkZOgruam2YzvQJi+oYpvD1C"
    "0D6uDqW56diymCCmH+ga/TC4GnVyFokKAP4+UmsXlwalXwFuH6+vOznLhYS5JMyZlTIH5n"
    "w/S4x2n8OnTYsKBu6TwTzIc9uS9SMxTC0bvWD0Wg1S9/7D2opVFFO/GVjihQL3Bq0t+Dn9"
    "2Zjv7Ixmq4DHU8GR0Eq/55cZVmdgTjvLxlAH0Ah9jz8Q4GVgdAk728Fcih7dBnQ8saG9oL"
    "fHnVfmUWQttHHnbdatWfGzuUc5Yk5e7xnyMMduKxCGI1CoAFJCSJrC3Iz2eSR5/vGMfHb8"
    "+8W0wEiLrSQbqrft2wnTqm1yxq4ufeQvzZsj+10YwPGJm2MA7zQ0K1SL85WWmOIsorZYMb"
    "ESx3CD5lGSCVVFFh0M4A07aveX4O7bC6+GMYGvAH2jD9QX9G+mloQBUqYRXFg+hp8PYxsv"
    "lIFZzVJnpLt0i+5SmYu6ZoBlBdp990SWKtAjTbC6DhVPp4I5j2IiElNpgu3SBPPG4vZ9N/"
    "sKb3zqNvB4DEt01Mk3wLzbB2LWFwllSp2VYSbPOy9TkAp13S8Dq7JUQNQeglG6nh9ISPle"
    "eKdSWMoQT9nGQdYi+v9AdScsmxA700gA25cJcFmRWf45mW29WJpizTLFZIaaHWWoiU0dcf"
    "RjgtV0QRPGuEwRtP8pgqQt/D3YwjLpeatP3zcN5BYcv09H83BsDE7ATxk7I/rRQufye5FK"
    "72f+hCQWRwImCxB6yz6Cr/QrbPMFacExeEwSJ+Gxp+QzFw2yQ1cO0nh+ni28UVoXzbIuoK"
    "tRZUlFwpmssoIyHp6jbcXniYiHJyPYvnOeNfh5QtDWUHKTojK1VHOOnHE8PWFniZ7hyQrK"
    "RYuzaElHWj3H+ppjlO29TiOdaXU70/inzmIr6PZ9ag1bd0uDnNl1hA9EZS3fMhTEnYFGJv"
    "1nCwTETheU+uiHzSgFd4KCJeQTXHR4jEKyxUFJQoFKRd5LLZBbfeDFi7r8gYApfnLtoDyK"
    "GXMsOpGt7wVrMl/hArxhlqPnL6QGe3CfuPM5tBe8gy/1vIN7ACb44XPyJCuZ7JhECLoia2"
    "/xYQ2aF9lY+7vl8hBkRlPWuSgW8hkJyIjPEkxAs3y3WbDb77zdh9SeW8ohV/3wZo5LxSW8"
    "3BoFjvGYjPSLZ4MNKDyiJHhSSIKaCR2msx2JDtSkkASVD6pwRZeklIQ1U4IIOepsLd9BUl"
    "IGyjTYlxBlt2hASVdm/D/SVa6AGwhvHwgQA2zhXIcVCAudp033jIXOXhCY5+D/hRdUd+6y"
    "qo6FpECVr5CBBJIDaBjEYgyAgV5FNaO4iNzAs+41Q0W6KKYpKQlrBtZg2RUGNi0noZUqp1"
    "Q5d6pyxtLIcDTOZJKZMgpnlN6mRDyrAbzsbMC1dBNqSKOan4qAY4JIP7SQTb+cOYmi1Glv"
    "xu6Z1j0cu6dnJ4dvATQ0YCOWGy0ej8oJZa35ZVL5bJbyuU4pjY2LaDQM4vpraAhWhtl6SZ"
    "itoVtLURiWGFK0+E5cpn0BwrXAPMX0+XAu5JqKy7RwONeyWJAZ7J6ciqC8lKgL492tx9W7"
    "AAn+L2cM59P/QXMZmMszcYOsZR4qAiM2LdfCtaH6opRMicuCfIkNaC/yuEJfIgXvZOH4me"
    "H3DOCi0ApWle8gZsVSHC8Ht72H3/mF/cL2cQv18vdRvycLcrWcaChXkMs3ftcodZMWlMdk"
    "Vh47iIGWhVpGxudUCkkPtA1KhXj1c6opgLGH61ge5MkVgchaKnyU6mRdvyB1Bp0RfOpwSN"
    "flzYNynOurJ6A4gUSJRAJBvmXmhwFUzDuqb06nWGVx+eybyUcwR/MJnT0A2ijy0xOW0Jkg"
    "MHQn7In0/nsqTgD7BQBzM0XX+SpJujaLdBVlUaplUBpEth6XoamO81mq4wxJFcxxoWGbkK"
    "lEX2vB6I3xJQuqb61jASUEZV6A5jhWswaPNHPzp1O7zNyG+NN77BE9y6KqGQx6JJuZNt2m"
    "UM+jA1HDjgK9b4MpqTJO9piMF185ds8nGhy7H6boiP0/pP/+eKROx+7Zj8f0+vnx4fHYPT"
    "k+OWFtPmgU81fznUVVMvoAP3XTAX3IydGp6ouAV+zMgDn5D1LZS8gB8D7Wv/wCdUy/f8F1"
    "yTfo06Qu2Sxd0gtaFuOoiKwhXqjvOPS3zxHvjEiBCy4u1EJvxtFhKZcya5bv6zzMOpXpWq"
    "ShgM9LYv334d0tH+u4TFrhwKoD/gd0TGobyZ2/Tl3DWyXBxMW6gw3ynr3vb53t65kMo4Su"
    "EYIdOT1i/XDFcXmwB1xyxr/LIbvY4O8b7jzDw2YmgsvLIFyfL7pD3MkcO+yZYl3QGT5e3g"
    "xGo/6nCxA9Y2x8HjwMR0rv/v7h7jd2a4pt4ihhLpKxcf94eT24Gox+vwARuTQ2el96D59Y"
    "c2/nZO0e+n/vX3kPtxHbWP1rv9394l96MZ/Zlf4/7gcP7Ar6ZmE7+A2is/O0zNxMa5qxmX"
    "manpeWSX/XQgnyUoqshFnJFi6H1Tt3/UEW5v4U2M6zgtLlxAkYj6O0Vtw47wGS1GgyqUEQ"
    "/XHaOnOKIyknFUdTTsC0FkXIfYKcVk2eVkuHGmE5p4jC0w/yzy/miG94nnF/+ptzoHEJCT"
    "K09fGMCdeOZnNPhwbqtyCKSanveTB6bJ/iGg7mBNTnA5gS+44HoIZUzEwfuoA6Qm7ejGDr"
    "8jnVci4hsKQFJ3xS6nue8NL3lz962+X7Sxyacgk2ECFivoOUlPQfrI5uDSHLoiwc2noZe9"
    "SegVw2rjU1wETrHMVKw0e+zCzwImGbd+FzWgR6rTGb0SDlePTjA3ilJz8+ccoEa4bt/Yqs"
    "uT7yC6Bjg+787Ew7K7eEDAfZlo0JK+yqmrYG3tBPMylazJ1H3gLT9trNof2MHPBGNeeW7k"
    "HMydi0s6+QbvlmueV3G+K56x11C4dk6aJscijdkk7KSLrBB2Y7N72HX/qji2DOjw3/b4Uq"
    "ftfX4VVGoun62Pj82L9md0aDu1v6PS7S2R32pLFxdz8aXA169LpJn61iSK8NH+/7D+ELiO"
    "vl9PDfcnU9uB1cXQCVLlBYHRv3D/373tUvvZ+Yj9KykUV3CW/lX2coVO6n1DD7AFUoViMu"
    "0+D+b4xrkhoVNleBLSjCthRpHYnRPSkzimmrXIi9e6k4mGj/FzPIMnI1+an2b2+OKZ/+Si"
    "mEa0JGYprB1LSQQd+nzEyXd3Iwf2XICLZufagjaf0T3bKQnXNEtiDJekpOOrE5KSwk/fmd"
    "0J8CRx9S7sRNj/5yDjLs2VAodUhaNedz7BMWmwF2FT2orVBhg1iV8JOD6EFtgqpOgjI2uH"
    "jJ4xNDbyVJqSablzlnZBrUskYFZ3jOjxC9fto9OmL/nrErkyk88A/jsHPh6Bt9B3DQNycq"
    "HE/wk8EtTV//+yT12CzqkfXTOoHbabkWUpHVcyPePLAVUbo3JSahLgG1POlWx0m3/TrpQ/"
    "ch/BJ+SmkivXc1GvzWvwC+dPYQTjOobF+VWNMUTclKY7Tpxigvgk2835OSMm6+yXHzYV8J"
    "UnhxIcnf8cpPMoQUujoQMX03I9i+PODdUvG23YJ42y4n3bqMHJSRg7vniA6qjRysk3GKcX"
    "QcxinJ4K1knHCy+SrGKR9nDm/zr44K5xakQ4s9Oxp//5Z8zg75nKDDTWbKctaC/DwZGcHt"
    "J8vYjWoo02J4OFs6NAzxpBj3173bWy/Yy5cfG5+oRnwBNNNAzbCUoUFeuQmL8+dCTKQZKW"
    "PYa1uTMmZKfz39HqFAkLhM62JA6kqXZM1MxxQa+EuJZoz7VqVKsiAhiKPzXJqmjqCR0yOR"
    "ULosB5XaP4uzAPPLu7vrBOaXg1EK6cebyz6dB14H0EbY19c5+Vu8dNeKawktMXGh9q0xle"
    "+rgcIofJY2Lfc9n6b1T++I03wJKcnzZVcASTvVFgEZ2PxiyKakJLKrCb04ubIhobckja5i"
    "D90zuMtSe6mhxqf2eGuFZE5bw5xGw7yQQY1PBgEmVYnPzDJnjVlybVUduz+enk9Z1WuWdP"
    "v48PBo7H5Ah4dhZu2T6eEhCB994YXSaRT5HwggCGkH3oFeL30TmSENYMNy6YU3xLQddncG"
    "2WW/mjZrSe0QOjx4Z453/DUyALBZhLGDHV0oGi0SaGEc2lFZIqaIh0kbSg606Vj3cRLBOS"
    "nWvrOnLTnf2zRLqu4YVron6EgRrYuclJL6P8eyijxwRLGQrfjzX2THy5PfHtrdPYGa6TAi"
    "i0TYvoVbXvUHUJmeuM6RgrRcC8GufssLtARfARdx9WQEpb9/A99OLHpCuCd4srIzNuoMBq"
    "PCjFCR9Scl1sLlp45kA8ywFxntSwk5xjcY4+oMqc8Mq3V2Wq5wC8d7DdbP3sV1Ma3KEPQx"
    "dz499L7cXniMnxGUMBr+7EV5hZQfS/11N2SXVN0kjTkVFSTZEHKnJoWkaSrTnghB3d6TZt"
    "FkX6Pf07LytFnTTputleBGZiKJdf12M5Esc0tznJqJxNMrfZlmonUJD+YczSfIBubUcwT6"
    "RWSCAsCEJSWGRlACWHMZcJ7PL14xmOeHrOSZ0pvYMG8i+ibkfQnbt9D4qKV8CX2jA8UcXD"
    "GR1kW11pA3xJoFIAoEaS+FZJB26SBtVsBIOPQ1KSQjX6WpJk019gi4zBcpFpibFZQEyOrY"
    "XJhMz7lh1GiLM34epKJHs8OtSQGkPWRjddbh2FfBnYMi4wou21R6zl4aNDs0aNbwrrTbp9"
    "I9OSmTJebkpKCgwUnmjLYldFQvaN5CdGsJQGUWYJBztqyXNiYi3bSCbloBYrX6zezP/w+q"
    "vwXd"
)
