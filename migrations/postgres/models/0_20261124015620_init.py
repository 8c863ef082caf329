from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "miniapp_user" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "openid" VARCHAR(64) NOT NULL UNIQUE,
    "unionid" VARCHAR(64),
    "phone" VARCHAR(20),
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_login_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_miniapp_use_unionid_f4ee0a" ON "miniapp_user" ("unionid");
COMMENT ON TABLE "miniapp_user" IS 'A citizen or merchant known through the mini-program (openid from code2Session).';
CREATE TABLE IF NOT EXISTS "staff_account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "roles" JSONB NOT NULL,
    "district" VARCHAR(32),
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_seen_at" TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS "subscriber" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "openid" VARCHAR(64) NOT NULL UNIQUE,
    "unionid" VARCHAR(64),
    "following" BOOL NOT NULL,
    "audience" VARCHAR(16) NOT NULL,
    "district" VARCHAR(32),
    "tags" JSONB NOT NULL,
    "scene" VARCHAR(64),
    "first_seen_at" TIMESTAMPTZ NOT NULL,
    "last_interaction_at" TIMESTAMPTZ,
    "unsubscribed_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_subscriber_unionid_2c0bae" ON "subscriber" ("unionid");
CREATE INDEX IF NOT EXISTS "idx_subscriber_followi_449cc1" ON "subscriber" ("following");
CREATE INDEX IF NOT EXISTS "idx_subscriber_distric_c31274" ON "subscriber" ("district");
CREATE INDEX IF NOT EXISTS "idx_subscriber_last_in_732d36" ON "subscriber" ("last_interaction_at");
COMMENT ON TABLE "subscriber" IS 'A follower of the official account: the audience of bot replies and campaigns.';
CREATE TABLE IF NOT EXISTS "complaint_daily_sequence" (
    "day" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_value" INT NOT NULL
);
COMMENT ON TABLE "complaint_daily_sequence" IS 'The last tracking-number sequence used on a day (incremented atomically by an upsert).';
CREATE TABLE IF NOT EXISTS "complaint_deadline_policy" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "regulation" VARCHAR(16) NOT NULL,
    "accept_working_days" SMALLINT NOT NULL,
    "mediation_working_days" SMALLINT NOT NULL,
    "effective_from" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "created_by" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_complaint_d_regulat_9980aa" ON "complaint_deadline_policy" ("regulation");
COMMENT ON TABLE "complaint_deadline_policy" IS 'A staff-configured version of a regulation''s time limits; never edited, superseded by a newer row.';
CREATE TABLE IF NOT EXISTS "complaint_market" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_complaint_m_distric_754914" UNIQUE ("district", "name")
);
CREATE INDEX IF NOT EXISTS "idx_complaint_m_distric_578b86" ON "complaint_market" ("district");
COMMENT ON TABLE "complaint_market" IS 'A market or shopping place; `market:<id>` QR scenes at its 公平秤 point here.';
CREATE TABLE IF NOT EXISTS "complaint_merchant" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "identity_key" VARCHAR(255) NOT NULL UNIQUE,
    "district" VARCHAR(32) NOT NULL,
    "location" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "market_id" INT REFERENCES "complaint_market" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_complaint_m_distric_b927b1" ON "complaint_merchant" ("district");
COMMENT ON TABLE "complaint_merchant" IS 'A stall or shop as citizens name it, identified by its normalised name within a market or district.';
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tracking_no" VARCHAR(20) NOT NULL UNIQUE,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "merchant_name" VARCHAR(100) NOT NULL,
    "location" VARCHAR(200) NOT NULL,
    "district" VARCHAR(32) NOT NULL,
    "assigned_district" VARCHAR(32) NOT NULL,
    "goods" VARCHAR(50) NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "unit_price" DECIMAL(12,2) NOT NULL,
    "price_unit" VARCHAR(8) NOT NULL,
    "amount_paid" DECIMAL(12,2) NOT NULL,
    "charged_weight_g" DECIMAL(12,2) NOT NULL,
    "found_weight_g" DECIMAL(12,2) NOT NULL,
    "reweigh_method" VARCHAR(32) NOT NULL,
    "purchased_at" TIMESTAMPTZ NOT NULL,
    "description" TEXT NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,
    "assessment" JSONB NOT NULL,
    "assessment_verdict" VARCHAR(16) NOT NULL,
    "content_check" VARCHAR(8) NOT NULL,
    "regulation" VARCHAR(16) NOT NULL,
    "policy" JSONB NOT NULL,
    "received_on" DATE NOT NULL,
    "filed_month" VARCHAR(7) NOT NULL,
    "accept_due_on" DATE NOT NULL,
    "mediation_due_on" DATE,
    "due_on" DATE,
    "deadline_estimated" BOOL NOT NULL,
    "refusal_reason" VARCHAR(64),
    "termination_reason" VARCHAR(200),
    "refund_amount" DECIMAL(12,2),
    "compensation_amount" DECIMAL(12,2),
    "outcome_note" TEXT,
    "substantiated" BOOL,
    "rating" SMALLINT,
    "rating_comment" VARCHAR(300),
    "rated_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "market_id" INT REFERENCES "complaint_market" ("id") ON DELETE SET NULL,
    "merchant_id" INT NOT NULL REFERENCES "complaint_merchant" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "miniapp_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_complaint_user_id_5bc0ba" UNIQUE ("user_id", "idempotency_key")
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_6c3aef" ON "complaint" ("status");
CREATE INDEX IF NOT EXISTS "idx_complaint_distric_dd60cf" ON "complaint" ("district");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_01cbb3" ON "complaint" ("assigned_district");
CREATE INDEX IF NOT EXISTS "idx_complaint_categor_bdb0a5" ON "complaint" ("category");
CREATE INDEX IF NOT EXISTS "idx_complaint_assessm_e397c2" ON "complaint" ("assessment_verdict");
CREATE INDEX IF NOT EXISTS "idx_complaint_content_47acb9" ON "complaint" ("content_check");
CREATE INDEX IF NOT EXISTS "idx_complaint_filed_m_debc26" ON "complaint" ("filed_month");
CREATE INDEX IF NOT EXISTS "idx_complaint_due_on_b7ea99" ON "complaint" ("due_on");
COMMENT ON COLUMN "complaint"."status" IS 'PENDING: pending\nACCEPTED: accepted\nREFUSED: refused\nMEDIATING: mediating\nMEDIATED: mediated\nTERMINATED: terminated\nWITHDRAWN: withdrawn';
COMMENT ON COLUMN "complaint"."content_check" IS 'PENDING: pending\nPASS: pass\nREVIEW: review\nRISKY: risky';
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16) NOT NULL,
    "actor_kind" VARCHAR(8) NOT NULL,
    "actor_id" INT,
    "actor_name" VARCHAR(64) NOT NULL,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "complaint_event"."actor_kind" IS 'CITIZEN: citizen\nSTAFF: staff\nSYSTEM: system';
CREATE TABLE IF NOT EXISTS "complaint_notification" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "errcode" INT,
    "errmsg" VARCHAR(200),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE CASCADE,
    "event_id" INT NOT NULL REFERENCES "complaint_event" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "complaint_notification"."status" IS 'QUEUED: queued\nSENT: sent\nNO_QUOTA: no_quota\nREFUSED: refused\nRETRYING: retrying\nFAILED: failed';
CREATE TABLE IF NOT EXISTS "complaint_photo" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "stored_name" VARCHAR(100) NOT NULL UNIQUE,
    "content_type" VARCHAR(16) NOT NULL,
    "size_bytes" INT NOT NULL,
    "width" INT NOT NULL,
    "height" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "check_status" VARCHAR(8) NOT NULL,
    "check_trace_id" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "miniapp_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_complaint_p_check_t_06509c" ON "complaint_photo" ("check_trace_id");
COMMENT ON COLUMN "complaint_photo"."check_status" IS 'PENDING: pending\nPASS: pass\nREVIEW: review\nRISKY: risky';
COMMENT ON TABLE "complaint_photo" IS 'An evidence photo, re-encoded without metadata; uploaded first, attached when the case is filed.';
CREATE TABLE IF NOT EXISTS "subscribe_quota" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "template_id" VARCHAR(64) NOT NULL,
    "remaining" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "miniapp_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_subscribe_q_user_id_249ef6" UNIQUE ("user_id", "template_id")
);
COMMENT ON TABLE "subscribe_quota" IS 'Sends a user granted for a subscribe-message template (one per accept in wx.requestSubscribeMessage).';
CREATE TABLE IF NOT EXISTS "appointment_catalogue_override" (
    "slug" VARCHAR(64) NOT NULL PRIMARY KEY,
    "data" JSONB NOT NULL,
    "updated_by" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "appointment_catalogue_override" IS 'A staff correction of one catalogue entry (or a new entry); wins over the shipped and local files.';
CREATE TABLE IF NOT EXISTS "appointment_enterprise" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL UNIQUE,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(256) NOT NULL,
    "contact_name" VARCHAR(64) NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reject_reason" VARCHAR(500),
    "registered_by" INT NOT NULL,
    "reviewed_by" INT,
    "reviewed_at" TIMESTAMPTZ,
    "invite_code" VARCHAR(16) UNIQUE,
    "invite_expires_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_appointment_distric_4fb906" ON "appointment_enterprise" ("district");
CREATE INDEX IF NOT EXISTS "idx_appointment_status_c14a58" ON "appointment_enterprise" ("status");
COMMENT ON COLUMN "appointment_enterprise"."status" IS 'PENDING: pending\nAPPROVED: approved\nREJECTED: rejected';
CREATE TABLE IF NOT EXISTS "appointment_enterprise_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "user_id" INT NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "enterprise_id" INT NOT NULL REFERENCES "appointment_enterprise" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_enterpr_c37a4f" UNIQUE ("enterprise_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_user_id_083b74" ON "appointment_enterprise_member" ("user_id");
COMMENT ON COLUMN "appointment_enterprise_member"."role" IS 'ADMIN: admin\nMEMBER: member';
COMMENT ON COLUMN "appointment_enterprise_member"."status" IS 'PENDING: pending\nACTIVE: active';
CREATE TABLE IF NOT EXISTS "appointment_instrument" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "type_slug" VARCHAR(64) NOT NULL,
    "model" VARCHAR(64) NOT NULL,
    "serial_no" VARCHAR(64) NOT NULL,
    "measuring_range" VARCHAR(64) NOT NULL,
    "accuracy_class" VARCHAR(32) NOT NULL,
    "location" VARCHAR(128) NOT NULL,
    "use_area" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "last_verified_on" DATE,
    "due_kind" VARCHAR(16) NOT NULL,
    "next_due_on" DATE,
    "created_by" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "enterprise_id" INT NOT NULL REFERENCES "appointment_enterprise" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_enterpr_e6df5c" UNIQUE ("enterprise_id", "serial_no")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_type_sl_84f333" ON "appointment_instrument" ("type_slug");
CREATE INDEX IF NOT EXISTS "idx_appointment_status_b3c469" ON "appointment_instrument" ("status");
CREATE INDEX IF NOT EXISTS "idx_appointment_next_du_23513e" ON "appointment_instrument" ("next_due_on");
COMMENT ON COLUMN "appointment_instrument"."status" IS 'IN_USE: in_use\nSTOPPED: stopped\nRETIRED: retired';
COMMENT ON COLUMN "appointment_instrument"."due_kind" IS 'INITIAL: initial\nREVERIFY: reverify\nREPLACE: replace';
COMMENT ON TABLE "appointment_instrument" IS 'A registered compulsory-verification instrument (强检器具备案).';
CREATE TABLE IF NOT EXISTS "appointment_due_reminder" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "due_on" DATE NOT NULL,
    "lead_days" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "recipients" INT NOT NULL,
    "instrument_id" INT NOT NULL REFERENCES "appointment_instrument" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_instrum_8e17c2" UNIQUE ("instrument_id", "due_on", "lead_days")
);
COMMENT ON TABLE "appointment_due_reminder" IS 'A due-soon reminder; unique per instrument, due date and lead time, so it is sent once.';
CREATE TABLE IF NOT EXISTS "appointment_site" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(256) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "instrument_types" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "appointment_site"."kind" IS 'INSTITUTE: institute\nAUTHORISED: authorised';
COMMENT ON TABLE "appointment_site" IS 'A verification site: the city''s 计量检定机构 or an authorised body.';
CREATE TABLE IF NOT EXISTS "appointment_slot" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "capacity" INT NOT NULL,
    "booked" INT NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "site_id" INT NOT NULL REFERENCES "appointment_site" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_appointment_starts__49f2ba" ON "appointment_slot" ("starts_at");
COMMENT ON COLUMN "appointment_slot"."mode" IS 'LAB: lab\nONSITE: onsite';
COMMENT ON TABLE "appointment_slot" IS 'A time slot of a site; `capacity` and `booked` count instruments (台件).';
CREATE TABLE IF NOT EXISTS "appointment_booking" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "confirmation_no" VARCHAR(24) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "instrument_count" INT NOT NULL,
    "onsite_address" VARCHAR(256),
    "note" VARCHAR(500) NOT NULL,
    "created_by" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cancelled_at" TIMESTAMPTZ,
    "checked_in_at" TIMESTAMPTZ,
    "checked_in_by" INT,
    "completed_at" TIMESTAMPTZ,
    "enterprise_id" INT NOT NULL REFERENCES "appointment_enterprise" ("id") ON DELETE CASCADE,
    "slot_id" INT NOT NULL REFERENCES "appointment_slot" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_appointment_status_03d037" ON "appointment_booking" ("status");
COMMENT ON COLUMN "appointment_booking"."status" IS 'BOOKED: booked\nCHECKED_IN: checked_in\nCOMPLETED: completed\nCANCELLED: cancelled\nNO_SHOW: no_show';
CREATE TABLE IF NOT EXISTS "appointment_booking_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "passed" BOOL,
    "certificate_no" VARCHAR(64),
    "verified_on" DATE,
    "due_before" DATE,
    "result_note" VARCHAR(500) NOT NULL,
    "recorded_by" INT,
    "recorded_at" TIMESTAMPTZ,
    "booking_id" INT NOT NULL REFERENCES "appointment_booking" ("id") ON DELETE CASCADE,
    "instrument_id" INT NOT NULL REFERENCES "appointment_instrument" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_booking_d0be39" UNIQUE ("booking_id", "instrument_id")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_verifie_8a7e6d" ON "appointment_booking_item" ("verified_on");
COMMENT ON TABLE "appointment_booking_item" IS 'One instrument of a booking, with its verification result once recorded.';
CREATE TABLE IF NOT EXISTS "appointment_instrument_hold" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "appointment_booking" ("id") ON DELETE CASCADE,
    "instrument_id" INT NOT NULL PRIMARY KEY REFERENCES "appointment_instrument" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "appointment_instrument_hold" IS 'The lock row \"this instrument has an active booking\": one per instrument, enforced by the primary key.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz2zbW/isYfVl3xsnESnyp0+mMbCuNWltyLaXdtu4wEAlJeE0SKi92tLv57y9Aiu"
    "INpAiJkkgGX9qYxANSDy48N5zz35ZBNKTbr++wieF8/slGVusS/LdlQgPRf/BuH4MW/Wd4"
    "k11w4Fj32/sNFTdoObYdC6oOvTeBuo3oJQ3ZqoXnDiYmQ3SAih38H2QCYgEDWeoMmg54Ms"
    "mLCZyZRdzpjP4fAdbzq7lFphY0wBGZIxNrYGIRA6j0NdpDZNu0x+9es6dqRKWPxeZ0Vw9w"
    "TfyPixSHTBGFMsr++ptexqaGviA7+HP+pEww0rUYo1hjHXjXFWcx9671TOeD15C9+1hRie"
    "4aZth4vnBmxFy1xqbDrk6RiSzoINa9Y7mMWtPV9eVIBGz7bxo28V8xgtHQBLo6GyCG9l8g"
    "vNZSlP5gpAy7I0VppQYvQEToXl5SickGnr6q7f36KXuFV+2Td+fvLt6evbugTbzXXF05/+"
    "o/OiTGB3r09Eetr9596EC/hcdxSKo/Wmlir2fQ4jMbIhLs0tdOshtwWV16DfhF0ZE5dWb0"
    "z7N3OVz+1nm4/th5ODp79x17IKGL01+5/eWdtneL0R3SS38lEeQ3AtmI4CV9K36DJs0keE"
    "4JQiL0rgA7IjfcrPfObvtNAXbbbzLZZbfi7KoWYlwo0ElTfEPvONhAfJrjyATX2hL6OvjH"
    "JvvGoamnP1AbmPpiOStyqB/17rrDUefunj3OsO1/dI+/zqjL7rS9q4vE1aOzxDCtOgG/90"
    "YfAfsT/Dnodz16ie1MLe+JYbvRny32TtB1iEI/2QrUIms/uBqwFht1HdqOopMpNjcY+BS4"
    "hLGv2KqryVAHnKTGmklYk6eIOMAujKH69AItTYndiWwFxJjrPgWpGXG1xH745QHp0KMzPf"
    "BLgfg66KeGa/5rMNmDq+Ha5xCl0E+NQ8qi65511lTObHfMOh8j5R+XOHBLzoZBb7+yzprE"
    "GVuopE2ylm76ltE2klegCafeT2LPZk8KWHPgZNJRVeJ6z0tpsrH7x3mqrM1aKjDSdJ0um8"
    "2M1BerpS8y84T3bwGRO4qROuNalUbDNt3yF4oozUlcOVQfWszeMdkW0RHnc/PzcNDns7wC"
    "JOVarDrgf0DH9s4km9YPE9dUGYNg7GLdwab9mj3vx9b+BV1GUEzGDUg+uuv8O8n/9e3gKi"
    "m8sg6u0jOfvpDK0TlyZ/0K0zyV/m27wIR/286c8OxWnGOHPCFTmUF7JsJyHCU38bX7CpV2"
    "8DNn+74idP+AJp/lEJRgeExRu9pVAtb3u39cDQa3sf3jqjdKsPvp7qr7cHTikU4bYQdFRR"
    "RppJJGKsVGaGMbVQQrTVQ1NlHtVCcOLAlc327k7nGuPhxvV8CxOyG6Tl6QBcjE87CSyQSr"
    "GOpgqVRfelehq2Fkquw2GBMHWGiuY2QDaGpAhcYc4imVEDlu3bK7l0p6tZR06dSVTt06E+"
    "zvT+wNxOTnGG5nInSK6dpL0MFOLzKjo5j9WZpay4ikXVk84jP75KzAzD5JykbhzGa3amHh"
    "ONzmsQMDB5wKGfSC9tKeV7o9z1aRWHDOCtA8S94OvpLY2lwFToGl9aMqSnFh6wf9nYhpkp"
    "SWTY0g6S72YgvZ5/emJqOeaQqJax4rW8Im9k4OXJq+qjbeFTF9hXFaHMtXLIgr2/ClxpqV"
    "GgTyVys4KIE1ZMyJQ3WRhfKEFq2/penpgKYnNsRP9AXolBbyL8ZhjTNClR+anZz2AmRzoD"
    "JWpIDAbTvQcTm6JWO6a7qGx3aPvhJc2kXius0KvSuyU9O7NUemtjSHCRDeuu/2b3r9ny7B"
    "Ev9odq6vu/ej7s0lcxGgOX3LR/Oh++HTkF2y0IRuxvTKXfem1xl5SANpGDoe1r/KGvoXWc"
    "tR9+Gu1/evUgnUwKZ/nX1Sbx46v/cvwQt2ZpoFX8ykA+Mwlpvg/JtwWFYK2MC1dvKmyP5G"
    "W2UT/ia1w+lEXQX6FiU7imkgz+1CPLdzeG6neT6ITXKT7azGRklo23hqUq1rE7K5YMn6et"
    "anhGgZ32s+0ytAA/eO0yJbx2n2znGaPh1IqZgSS0j2jGLkFF4/henPdJQ5XfQcmeMGqdiA"
    "eqbHOQJMmnl85OtlDzWc2zk833Sve3ed26OT9nE74foMhuBdai57TCmMNJHZHEc1cNO4KD"
    "CfLzKn80XqM2iw8CJlDnm2l9zpnEDK+bxmPlOVw5pSkeEF4enMUTiRFLl08+CS8zWcT+gU"
    "3ZjxNFjyvYZvC3l0KQaiRAmFY6WRDdy7yxdG5i4zZdgb+Z6S2Ab6m+vueYoZBSIUpEZ6hL"
    "5kuEkSsEasqrxh7f57FBvRVNTMalRvB/2fgubJUJrEp5uYDlS99AFi0TMpYCPo37UjBdo2"
    "sm0DmZwtLTtqLI7af+zYYeb7TqLEQiqVZ2Rp4sYxDrp5poXyPRpsu2C0qTOkPm3q1Up1sk"
    "fnFh367T1b953hkP5J+2Ierd963d+ZQ+sZoxf6d2/4yx/0T2w/LTbxQpWsPVto6urCLpE4"
    "qoGfhPJXxpzoWOWYNbM/ByFCfgq2+BRYSEX4meoIvCnO9IusKR6D5akWzRoEpiqkooJ1So"
    "RBt2WhA/4JWPO+n3lhTcHMPc/cI87T5/tZGISiuUhwrqaA3/RsXYaJ0N8vziQPuyWZ9Qll"
    "5XApzuAeeatIxDePNgQ1HZtIQTb9yd5vTFGYe+qQ38EeM3isrtT2AKIXQQZ1xULQFpVuk0"
    "h5dGh9JGMQcsc2T3HO+ejm8b6TaCs2YU1N8f2Zgj6iFHZrF1HF+C/dC0oMqujb/lTdiPKM"
    "HiTx+cQT16HMIcUkDseEne0/SOKasKns23/Azng50HTwBrJMCruZGFOfEShTiPHi3dOED+"
    "mOoGceLApR6w8XVZ/p5fGit+3zs9XJIvZHnvY9pLvLbRadlCmD75vJkQlTyCZsIwnnfiHZ"
    "5G2ObPKWI5tsmEcvipMHSqvs1pe5ErPXV3OzBbhzbcNRjyPlqFdl1DmLPV2IQiebhWrFgH"
    "I/r84Qp1e2Aa0n5ChCR9ljmAYJnVueaecc9RSjNY7aiNjK7Y4lM8tyNoixGkFIRpeMpjKE"
    "xAlOs/uBWAhPzV/QIhXMw6+gk6haWjOOvwaTKFE+55hpKi+rTCDRucWciEhHvmp/3Rled2"
    "66Le6mUAa7ka4aSm1iMyxAr/dRKoPcVUf1+ogVZjb69Y7xSt8A9D/d3ra+ZmcMCglHz6i8"
    "Wm7dZ9So6RybmiZx8AT7eQXKIqwf6bOpvB2k/F1NVvVOK7kllmVe/q7Vwi2QxEtBq8aynl"
    "ud5MVjkJ2vy8/9KGJdDxENjCUu/8zcxCKGkpc5KiMeMw5rngOj/Khth2zAcwzUwAldPs10"
    "/RNLeaK/js/z+jMj8R6qTHrrujfq/dntX4Jl3vlHczjqfPhwCbwap/SvP4aj7h39c2E7yG"
    "htMEBlZ1jwuBX6VEYh0hzIqY7g8SOa9i2O2mOFhNZe9pXyYxJFQ4W2ChGqFrV7P2EsvcAN"
    "8wcW8QKHipzQ5yEJk2b49Wb4WOLrLQ2asVzbNaO5qFEzOcf49uIiZk1prKuYDSpGXp4pKs"
    "lyEYuUmcRIw1SddtDjHMMUVafoIDuI+7HKO5sSg1VZuayM5F31vOYcSZw2dVEw+oW1+V8/"
    "dT+xjOM+mmrv3f6I6u7IdB7N/kD59dNg1KGDQJR/XOJAXobzh+7o4Q8vgYSFHGvhZZD40O"
    "ndskYTyM5Qb2IDOCmWPTsneXbKDOCwhcDz7+VHo0dx+xP03ux2jyojGh1Zlkq/RAIbfQQh"
    "rSpcQg2bc1oie2sPEc2zhu/kqKFU87PZb66aL4O9mzbqRYK9mRCzwZBHYDLQuzrDK413ex"
    "VFWFyLGK9RiORUGkQPYxBNTeIy2W1aTGeS4ugSFrU378Vy6oc85plMV0GRRWyl81XjdUbS"
    "VscE6BlriE4U4MGOgYVe0T9p/5pXmI24DjCQA5n57j1w5zqB7JZXVfoYQMeB6ow1nSETOD"
    "MEVGgjgG3gpZl7nbSR7OWB0sBbLQOv7dCtSROOq0jAGlcpdCel9IIsvR5NAmQncQ00p5cf"
    "IGfj/yBlvHAQx/qauWvEQVKk5IjpL1jj5TTNpHTVXrLJYXPmVZoRoDMESD45fNoz2D49E/"
    "qSrRAN3FbL91J6GeZzI7wLZKtP9LFHj2VppZhrlLDep5spG6Ju/DRyRz6fwwl6O1gh0t/T"
    "MMt/1cM6K2bwl+kqqsioTFdxgHQVhzK4V2xH2FcA8i4NwjcQ64shonyyUeLYg+MNjouZgz"
    "UGUuwoaq1deDRDQIe2A1i7J8r7Kypxj5EFgm4Ai5IDxAQQaHABjrBJJQuWhJNehQ4xsAp1"
    "fQHGCwBN4M7phHa+S1uDd/eYLWzA9EEiAuyyeePMk6VoCNlGYTbsyjPUXZFIuzioMWGL5X"
    "50D7R3LWtj3Pv1sXibV7xF0d0rqLkRFt4q4NbyT+2+onRP8NS16G7xjCyb3gVkQveSsFLa"
    "v2zAFB2gYwM79ntgItoQIA3TCXQMbHdOYYj5n9gWQ+++0LsWeeE4tvbySOnaqpZrq8qF+p"
    "pUwXJZS+uFWExKoCLNQjzgnd9Fk5S3MsLfw1pb25Cd3YvkOxGSNpkg1cHPSGGJYPjmvIzI"
    "tBTymy4wJ7MKcG2cu8wqMOYoStlmyBhIGiHTW4G06mdT3SyrfkV0tmUGVY6uFuZWLaKjhS"
    "ldi6hmfmtALGDPyHxOhx3QflT0Hnz2b13+gLUfP4NfH4Ct0mlqA+gAqimBR/f05Eyl/0Xn"
    "bx/d8+/ROzAn9PmAakKIp5Ht8EkcReyvlobZ0/269B6hf0vl7IDKmWjA4f5TONU71jA63Q"
    "tbSyOY5im+5SeVpN8R+qkRSnQYgTRAtt3D6VnoaVFpinPr54WgPdb/DWZ2bSvnSRFXirg5"
    "OZ1WImVZCZ3qp1Rm+bETRjq/6MKWNAmUp6gLSztVlwK6eApThMpCKlO0fTF/lq4HmgyAdp"
    "Cm1gbsRajScgzYqSqWJMv3HDE1xiSWAXXMXOheK3a8CjNfeqgYBfJYhkNr98+UHi2pNFVm"
    "W9mD0uSvGGehPCGhMJMkrnHxJu3T0yKi/elptmjP7kkVdd8qqk5UYQ94FCOVVJniSWpOsu"
    "rnTkWenNB0WZAumEF7Kkh3CC2/anvWQRTYoTtmLztGv7Kspy2OGptocZynzNpBWz+JajFN"
    "dohMzabaIDviAKYW9CK5J1QphGDV3ysD2Tb9BSBI8QuOiInAnCL8IC5AFcqXL68tFiRuO6"
    "t3vvNhnDjzvT2V6xYMzr5EMxZLz6BMOV2JjWjXR1UtZNBnLc9DF5zGMYyM8k8dVpR5Pxum"
    "CgQc5eX9lEdU5RHV6ugCa4+oHiai7YqQJ//npUTb4FauTEvvsDgvdsJQGUcAstpInRZ5nu"
    "jnnc+yDP9wgklExD8OtHlW+CICYDtbAGzXruZIimsWwfOEhEuOXA0Gv7DiID760bz+2L2m"
    "F5QeqynKktxQuQub9Prg7v62O2JNPUMI3ThZ607/unvrVRdRGRG6zq72B8rw4+D3S1apxJ"
    "5RuWCDES3/MBZmT3O9PVIlLi/xQPYuxYFK2YQj49PeMVU0Nwj/SyMbWETjtMikpq1yfIWp"
    "ac0/QJTj+W7OAaI4u6eF/FenOf6r02z/1b7PDDV9o5B+wWyq62kMKJQKLJARNhn3BFaWA6"
    "mO1Ycz0ivRcZOhToLlWNdkrMU+k0mc9PpzPpSBsrXJOkpg5TKq8jJi6cGsuYVtvn8vcxml"
    "cFLg5KW/1olgQFIEIRld74cIp2EJ3ohurLOaEV3UGZFauOuzZrI5WQK9w2U3DSU2snJjlD"
    "7QPfqhdz0qFu+FHWRsGeq1dN70aE8Nojs2I2eEEbcVS72VdfUj8ffhphC1B5+hN7ey/YbB"
    "1BPyHSo4QK0NjBuYCITWcT9n4LKXY+8QlXe66hlZeIL92HlARSbKPiAsT6qFVGJpvIpbZX"
    "bMDW+L+EnD58gAt4N6OVnRCMQhNvdIewja7Eh7fVSaMk+0I8vxVw4SdSenkM1z1JQfT+hv"
    "VFQT5x04yk6Wl4BtmSmvWtVGcijm5MnT6AY+RhMq6YrwF0ftnL6qbBQc/vyPoyLqLUzApN"
    "OwiNMwED7EzKEJlDSGpr9aK4rEbaEJqDSFVtkUutJDRITsOEia7DjrJxLHJKa/JHGS3fUG"
    "0YiCuaW5LhIDXDOKi1rs4mt3vR00orFvT28v1llDGU4t4SrFv19DB+pk6qIBVXgsrKEWx6"
    "KVbnRc1K6lBlCFRLFFC3IAKjpYLGm5XxWDna9c9Qho/9YCHHmnMk304v/93XvwQhkH7HFe"
    "uXd7hudzVv3H1ADLIqF7hd/tzIIcO37kFuH9tu5y9rScKrLL9o2LOS/LSJBtDmM30lT/PB"
    "z0M7TdZfukcItVB/wP6Niu8QbHI5kxERNpU1nikwnhE7Iq6yCZJT44bCiku8VBUjqSxz+F"
    "qK5nxCdHlVt5vSqQJv7GRQ/IYENq8cSJ6O3CggSzJ1pRVAERgmJe2cTzT/nA98CfeF6Shl"
    "AuO2YtAZvG/iebzgmv4tYxsAnADsA2sD1XGBVmeXLDzp7DdZ/FJXDGi2+iZt35VXOkK+2Q"
    "rrRwRERs5aW4Gaq2vYoZysMJXHxSxjDy6y/Pe3wDX/8i5z3Yd2SDIY/ApJ2+OsJdenwtpO"
    "I5RtyUaHl+rghI5smRRvoDGumlIblRhuRI3DhH5YtHlRfT+OJh7TKjSq0W/nGOgiQzxoe5"
    "NtoXRZJttC+ys22wewl7n62qIvwG7RvnJzgpRG4OtylqZXr4JMffbgWzvVG8k+Ql9IkO/Z"
    "wqoptxEtdAvsuPQQ5Im1OqNmJ7BWwg3e1ixQ9yah/UP4PYHJnaMs5IgPDWfbd/0+v/dAmW"
    "+Eezc3//MPiNZQWjorRFnllSsIfuz91rL3+Yhf4Pqc4yVdnB04L5b6NYCNpixUBSwOadg9"
    "hRdPSUyiLIEo+PTuCkfYMbIv2M0Ys4tzGUjD3PIXaT2PMYVNq0q2zTxuYzS0SoEk1IRkrA"
    "SvkWVEmJ3UE6To8w9GWO6ehtsKq4Hci1VeW1Jb3A2cutuV5gGfnXtFEvIfIvdU6mnFQrNZ"
    "wDhdKsGMgYI2tLjkL/153XXVPJCl2UpWWmaRJV+3HALqdYrhs2nIaizljFCKGl+mT/SiQy"
    "CyqGyGjWQzprK1lFqH4ER6wZRM9Qb9ebpgPsHpNBhKtdxDDdubljZSygZrAKFnddlhvnEk"
    "T6OrgSXHUfAWco6E6Ln5HoUHB8BNej3m9dOjphfwcfDqmfZlNfT02liH4qE+/uMeBSpond"
    "UZrYwwRcRjQkjqQf15+KyfjxiNwiB+xCx6BXmsrVbWItXsVSQ0YySR49uqeTt/DRPbtQ39"
    "B/n51d0P+enJ/T/37/5pxdf3fBKca8w+cUUEOoNIuhzhLuSUXkoCWYaXtFNAVCDNS84Lvy"
    "I5W8LUKE4RWggZFJ5dMbbiYCFMdAkuYisxhB22VvoFjQnAp5kznQxqVeLJ9wqKoubbhQVB"
    "0Khu6mkI2ju/wQaZZUKLCfFyU6imkcxTs6R4EUSJVvEZajmAZu1d+eHS4dq4tNxbWFzXC9"
    "vvJp2L0EPvrRHI4G9/csJtd2CEsWxsJ0R70HP0rXwVZVgnTpruwoG+bQ5mG/5UzQLM/HE3"
    "3TTWd7FL/HLRyb2KECqPiM7416nVs25T08m+G/dR96H/5gU9ybFgt27f62c91ll+Y6VCti"
    "jjbRFz/lkNiET8C+4aTxsnqvzOYi/SQyjk+Oulgcn/SOSe9YNWTa3XvHOFUHZOE/PveJ81"
    "B+lsktmUqk4WwKU0I+13g1xWw+ByYaEfqfHZRUrKZGy+d1I/e0x0OuizpgStRNrQSDtt5X"
    "PZohlor9CVjkBTy2nBm2oy7jGbQBNJcRUUG1w0cKZOnfk0lckTkhloo0MF546d7pHmhAaw"
    "Ge0CLtvN7ng7dJdFSt1GeN9mRLHS6b+npK80V0OFlZSdb+qZgEX6T2j0hwW7HkjoEsVXAY"
    "tjsJdNAPSdFx2CSx41axg0O/Om1KJPOuFxbE7KB1gUjBWKweA156EoyKncW/bPDoXozhya"
    "P7/Yk6WYXtjb9nIXznXiDf+cU7wIruUEnJpZOEKZ1UCiIaR+Da8bNkMslqCVMymeRugyC2"
    "8Vfu31cpzjWdYsNRb/Rp5PnmbQc7roMezc6n0cfBQ2/oZdJabQPVcE5WNQnlAae+zEJZzy"
    "yUwgkRD5AIsbZRghGx0u8txXN2QTsedv/F7Vo/TFzTL8U4drHu0Ld6zZ73466GJGcIdlLy"
    "LjyCmbA7E6IjaGaFzAagxIhQfU7f1VAEMuN+Sb8aDG5jpF/1RgmqP7GzxUcn3gjQRr5mIy"
    "MnhDaiZlndNsqFY+tk25wlQ9pFDUf/INlKPK54FoglhwUtEEHrAhYItjYBA7CqvtCzC7wH"
    "n1U4h8ww8NmryPeZWcSQ9hmoxDWdiO/F9g4Vvp28eXTfockZ95Bi+Q+QtoZq2Rqomms5my"
    "RMjAH38wGpSGholb4XnJirtJsGmdomIxyBNVBAaNIAG5npZdcbtIxtcsxupgFRtKCy07rt"
    "XF0Cins0B/1hjxm26GgubfWHt14FH0SB71MUIn2gHN3GlyoE/cpozz7lulQBlDq51MkrsE"
    "U0SyePHflkycOFFJQIQu7/62Nggo/9lgEwQTRAzcgtGnURmVRbR67LFMr7NB51kIXVWYtj"
    "PlreOc41IIVtZE3ROu14xzmmmWdk2YIJMSKQRrprTwu5a09z3LWnKac4XVQCDC+bN5Ddk0"
    "LluU5yynOdpMtzsWJ/3IjJbDdtBLJ/7+xhDE6l+WEF3ETlf8y+/j/4THg6"
)
