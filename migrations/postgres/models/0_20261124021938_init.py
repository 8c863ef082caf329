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
CREATE TABLE IF NOT EXISTS "knowledge_entry" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "question" VARCHAR(200) NOT NULL,
    "alternatives" JSONB NOT NULL,
    "keywords" JSONB NOT NULL,
    "answer" TEXT NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "actions" JSONB NOT NULL,
    "published" BOOL NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_knowledge_e_categor_71b2bc" ON "knowledge_entry" ("category");
CREATE INDEX IF NOT EXISTS "idx_knowledge_e_publish_f11ba5" ON "knowledge_entry" ("published");
COMMENT ON TABLE "knowledge_entry" IS 'One FAQ entry; `id` is the topic slug shared with kb.json and shared/faq/topics.json.';
CREATE TABLE IF NOT EXISTS "knowledge_unanswered" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "normalised" VARCHAR(200) NOT NULL UNIQUE,
    "text" VARCHAR(200) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "count" INT NOT NULL,
    "best_score" DOUBLE PRECISION NOT NULL,
    "candidates" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "first_asked_at" TIMESTAMPTZ NOT NULL,
    "last_asked_at" TIMESTAMPTZ NOT NULL,
    "resolved_at" TIMESTAMPTZ,
    "resolved_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL,
    "resolved_entry_id" VARCHAR(64) REFERENCES "knowledge_entry" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_knowledge_u_status_582417" ON "knowledge_unanswered" ("status");
CREATE INDEX IF NOT EXISTS "idx_knowledge_u_last_as_b9c394" ON "knowledge_unanswered" ("last_asked_at");
COMMENT ON COLUMN "knowledge_unanswered"."status" IS 'OPEN: open\nATTACHED: attached\nDISMISSED: dismissed';
COMMENT ON TABLE "knowledge_unanswered" IS 'A question the bot did not answer confidently, grouped by its normalised text, for staff to resolve.';
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
CREATE TABLE IF NOT EXISTS "campaign" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(64) NOT NULL,
    "summary" VARCHAR(200) NOT NULL,
    "body" TEXT,
    "article_url" VARCHAR(500),
    "cover_url" VARCHAR(500),
    "theme" VARCHAR(100),
    "theme_required" BOOL NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "template_id" VARCHAR(64),
    "template_data" JSONB NOT NULL,
    "audience" JSONB NOT NULL,
    "send_at" TIMESTAMPTZ,
    "starts_on" DATE,
    "ends_on" DATE,
    "status" VARCHAR(24) NOT NULL,
    "calendar_key" VARCHAR(32),
    "calendar_year" INT,
    "calendar_version" VARCHAR(32),
    "audience_frozen" BOOL NOT NULL,
    "recipient_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "approved_by_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    "submitted_by_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_calenda_7b229d" UNIQUE ("calendar_key", "calendar_year")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_status_635758" ON "campaign" ("status");
COMMENT ON COLUMN "campaign"."channel" IS 'SUBSCRIBE: subscribe\nCUSTOM: custom\nMASS: mass';
COMMENT ON COLUMN "campaign"."status" IS 'DRAFT: draft\nIN_REVIEW: in_review\nSCHEDULED: scheduled\nSENDING: sending\nSENT: sent\nPARTIALLY_FAILED: partially_failed\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "campaign_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24),
    "note" TEXT,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "campaign_event" IS 'Audit trail: every change of a campaign, who did it, when, and why.';
CREATE TABLE IF NOT EXISTS "campaign_reminder" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "remind_on" DATE NOT NULL,
    "days_before" INT NOT NULL,
    "message" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_re_campaig_60ac9a" UNIQUE ("campaign_id", "days_before")
);
COMMENT ON TABLE "campaign_reminder" IS 'A reminder to staff that a calendar campaign is not approved yet; one per campaign and threshold.';
CREATE TABLE IF NOT EXISTS "campaign_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "subscriber_id" INT NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "claim_token" VARCHAR(32),
    "lease_until" TIMESTAMPTZ,
    "error_code" INT,
    "error_reason" VARCHAR(32),
    "sent_at" TIMESTAMPTZ,
    "quota_month" VARCHAR(7),
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_de_campaig_f50ee8" UNIQUE ("campaign_id", "subscriber_id")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_de_campaig_8d26dc" ON "campaign_delivery" ("campaign_id", "status");
COMMENT ON COLUMN "campaign_delivery"."status" IS 'PENDING: pending\nCLAIMED: claimed\nSENT: sent\nFAILED: failed\nUNCERTAIN: uncertain\nSKIPPED: skipped\nCANCELLED: cancelled';
COMMENT ON TABLE "campaign_delivery" IS 'One recipient of one campaign; the unique pair is what makes a resumed send skip nobody and repeat nobody.';
CREATE TABLE IF NOT EXISTS "campaign_mass_quota" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subscriber_id" INT NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "used" INT NOT NULL,
    CONSTRAINT "uid_campaign_ma_subscri_f3748f" UNIQUE ("subscriber_id", "month")
);
COMMENT ON TABLE "campaign_mass_quota" IS 'Mass sends a follower received in a calendar month (Asia/Shanghai); WeChat allows 4 on a service account.';
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
    "eJztXf13mzjW/ld0/MvbOSftNm7TdNI9e47juFPvJHEaOzM7O5lDZZBjbfhwQST17M7//k"
    "pgMB8CI4wxpvqljUEP2I+EuPe5V1f/7RiWhnTn1RU2MVws7hxkd87AfzsmNBD9g3f6CHTo"
    "n+uT7ACBU91v7zdU3KDl1CE2VAk9N4O6g+ghDTmqjRcEWyZD9ICKCf4TmcCygYFsdQ5NAh"
    "5N69kEZG5b7sOc/o8Au/LLhW092NAAL6wFMrEGZrZlAJV+je4YOQ694g+v2F01S6W3xebD"
    "rm7gmvirixRiPSAKZZT9/gc9jE0NfUNO8HHxqMww0rUYo1hjF/COK2S58I4NTfLRa8i++1"
    "RRLd01zHXjxZLMLTNsjU3Cjj4gE9mQIHZ5YruMWtPV9VVPBGz733TdxP+KEYyGZtDVWQcx"
    "tP8F1sc6inI9mijjwURROqnOCxARuleHVMtkHU+/quP9+gf2FV52j9+evn3/5t3b97SJ9z"
    "XDI6d/+bdeE+MDPXquJ52/vPOQQL+Fx/GaVL+30sT259DmM7tGJNilXzvJbsBlc+k14DdF"
    "R+YDmdOP797mcPlL77b/qXf74t3bH9gNLfpw+k/u9epM1zvF6F7TS3+lJchvBFKK4BV9Ib"
    "9Bk3YSvKAEIRF6Q8COyF1P1rWz231dgN3u60x22ak4u6qNGBcKJGmKL+gZgg3EpzmOTHCt"
    "raCvgj/KzBv7pp7+QG1k6svVqMihfjK8GownvasbdjvDcb7qHn+9yYCd6XpHl4mjL94lui"
    "m8CPh1OPkE2Efw79H1wKPXcsiD7d1x3W7y7w77TtAllkJf2QrUIs9+cDRgLdbrOnSIolsP"
    "2CzR8SlwBX3fsKfuQLo64CTV18zCmj1GzAF2YArVx2doa0rsTGQqsIyF7lOQGhHnK+zHn2"
    "+RDj060x2/Moj7wXUO8Jn/KxjswdH1s88hSqGvGmJVRdcNu1hbOXPcKbv4FClfXYvALTkb"
    "B1f7zC7WJs7Yg2p1raxHN33K6BrJI9CED95PYvdmdwpYI3A266mq5Xr3S3mysfNHea6sw1"
    "oqMNJ0ky+bzYz0F5vlLzJ5wvtbwOSOYqTPuNGl0bBDp/ylIkpzElcN1fs2s3dMtm3piPO6"
    "+ed4dM1nOQQk7VqsEvA/oGNnZ5ZN5+8z11QZg2DqYp1g03nF7vePTv2GLiMoZuMGJL+46v"
    "0ryX//cnSeNF7ZBc7TI59+IZXjc+SO+hDTPpf+TbfAgH/TzRzw7FScY2I9IlOZQ2cuwnIc"
    "JSfxjfMKtXbwE2f6Prfo/AFNPstrUILhKUXtalYJWK93/jgfjS5j88f5cJJg9+7qfHD74t"
    "gjnTbCBEVNFClSSZFKcRAqrVFFsFKiOmCJaqc+caAkcGO7kbNHuf5wvF2BwO7M0nXrGdnA"
    "mnkRVms2wyqGOlg51WfeUehqGJkqOw2mFgE2WugYOQCaGlChsYD4gVqInLBu1ZeXTnqznH"
    "QZ1JVB3UMm2J+f2DcQs59juJ2Z0CmmD96CDmZ6kREdxdSnNHVWGUm7UjziI/v4XYGRfZy0"
    "jdYjm506CIVjf5PHDgQO+CAk6AXtpZ5XuZ7nqEgsOScEtE/J28FbEtvlXeAUWKofTXGKC6"
    "sf9Hci5klSWsqKIOlL1KKF1Pm+OZBez5RC4p5HqCWU0Ts5cCl9Na2/GyJ9/Uy/k460BzQw"
    "ib3scOSvRIujPAnsMWiroLDxRh1sZCLwsfcZeJAP4AvWvgDseNoUsRZYBY7uPgCHWhNIA8"
    "+YzMHj9NV/HGpOMYnKP/63Gfz6N6+1451Ky2E7u0vFqli21SSFm1yLKVsnoz/ZCVLJipId"
    "xbQww6L7ulgSeV4WeSqNHOqEZQCx4KaQa5bESRetchftES2fLVsT6pYoRnZJ5V0CTefZDx"
    "XFO2SCvmXERdaIVsxIeRbc4F+TfMJDA+5ydP1T0DzZC4kEAkrNg+VbJUVfA1HMrkhPvXo7"
    "9cie1WtyvocpNvevIXKOqXyOWbhT+nvmiGNn5kZYYjgZYSkcYXlCtsM1NDNj3RHE5oB3Ve"
    "P+eFfzSyUBb5ny9X2Lnu5CK9nrcaTs9ab0OkcES60NC/puulSEkoVSuFLTaMPEzSom0pTA"
    "yOM6TfRHy0b4wfwZLT2+h/R7QX78P2PB2GExnbUGjx624XOo2aWHGSWC/nzkWwL0W4Dru8"
    "vLzl/7UXHvTN83RNrnQLfiKLmcVkfF1Fw3RBaTdHsg0M88gZWlFWpYAyb9378QoITPsIZM"
    "oi+PwINtuQukgekSYOLQZrYBqf1JjxDqDB+BmWUDb7UhIBagU46lPyFewmM9N5VpkM1Kg1"
    "z3nIhnH0e1TlXficDLHgwRjoP2rZCrauCXVd4ykS4kUK0hLWS5+sy80EwpOAmH7aV3nvTO"
    "p4ilFqnUXuRYkboFMxiNwxK0zhhuV8S+fvV6t1Ykj7eL0d355QDc3A76w/FwpfGFjpd3Mq"
    "4q3Q56lynl2qSWDGVDSFqNo6S6Wrm6Sq1D4nK6hM3WA9M1Ug5UPAkyRNcXWGDrPwTZ74xu"
    "BtdngCHvzd5k0ut/GlycAUgIVOdIuzcvhuOr4XjMDmrYMbCzMqn2P9f7yY/QeSwlJqXRUl"
    "BqiqBUOHeybOenwPX0fa3+Qnu7fuWtl+n4BFTmTTZHMs7pZ1HROA2UqnHawA9Z8nImuQxn"
    "O6ZcsFzvwc9ezNHq4zxWoNen83kPi/+iij13AGao9hmTioyOiHLdzPDIuhgpJyoSq1SaHQ"
    "xRY80qrXT4eyfYDQBryFhYBJnqUnlEy84fMrCwx8AC6+JH+gWo/SGkesdhLQwtFFK+BeqP"
    "J4e9ANkcaAt18OpXlR6edrVApraq+SAiX90Mri+G1z+dgRX+3uz1+4ObiSdiqSpaECZi3Q"
    "4+3nkSlo1mdDKmR64GF8PexEMaSMOQeFj/KGvoH2QtJ4Pbq+G1f5Qg28Cmf5z5Pxe3vV+v"
    "z7z1RBp9Y5rNEMaCTV6Ea4+mgC181o4LRfaOcyJ7x+nInm6pYTXromRHMS3keScR1L0U3m"
    "iasLfrLH/HoS4QNfbLkM0FS9Y3s/5gWbzlW9lMh4AWzh0nRaaOk+yZ4ySdenEoi4MOeAjT"
    "n0mUBX3oOTbHBVKxAfWMHN8YMKnJ+8hXqysc4NjOyx4Y9IdXvcsXx92jbmL1SdAFb1Nj2W"
    "NKYaSJjOY4qoWTxvsC4/l95nB+n3oNGkzTUxaQp73kDucEUo7nDeOZuhz2AzUZnhF+mBOF"
    "Uy4wl24eXHK+gfMZHaKlGU+DJd8b+LaRR5diIEqUYKAtiWzh3F29MbJwmZThlEoSSGJbmB"
    "jUpjSBKAWpns4ut5CAteKpqr3mgmUSqHp75ImViEwBW0H/rgMp0HGQ4xiIl+KeU4Mhhqo/"
    "UXg/4303RV1CKpUnZGvi4hgH3T5pYRfLOkzCaFPnSH0sG9VKXaTG4Bbt+u0jWze98Zh+pN"
    "diEa1fhoNfWUDrCaNn+nk4/vk3+hE7j8syUaiKvWcbPbi6cEgkjmrhK6H6J2Nh6VjlyJrZ"
    "r4M1Qr4KtngV2EhFmOVE8YY48y+yhngMludatKsTmKuQWsChUyIMOi0L7WKXgLXv/ZmX1h"
    "SM3NPMOeI0XbaLpUEomosEx2oK+F2P1lWaCMt8FGaSh92SzGamkhbkUpzBGnlrSFlzHm0I"
    "ajo2kcLqYBjeb0xRmFv4jX+BGrepDI8cbA04L4MM6oqNoCNq3SaRcr3E5kzGIOWOTZ7inP"
    "PR7eN9J9lWbMCamuLHMwVjRCns1iGihvFfeRTUMqij7/hDtRTlGVeQxOcTb7mEMocU0yIc"
    "CTs7fpDEtWFSqTt+wDYyIdAkuIQtk8KWM2MOpweqNGK8fPc04WM6I+jZy2pDVIuW077pnr"
    "4LVxaxD3ne95jOLpdZdFKmDH5sJscmTCHbMI0kgvuFbJM3ObbJG45tUrKGbBQnV/83Oawv"
    "q0NnP1/tre0hq0O3rdc5D3uqOrSqW+VStWJAOZ83p4vTT7YB7UdExAq5xDAtMjorq+ESrt"
    "gUozWOqq/25QExy2o2CJaqXyMkowWq1Du87bGEK7BcYRPDxeJudbUD47hoBZbI2IqVXun3"
    "xv3exaDDnRSqYDdyqZZSm5gMC9DrvZSqIDe80GG9xAozG317C1cMWhOOnhC7c4rw8xXu48"
    "+3KDNtLFkGaPCEWjWcY0PTtAieYb+uQFWEXUeu2VbeFnOLWFURdsMu1p6n+q9aSnf5j2Ve"
    "/a7wwS1QxEtBYeNKS3nJel17rNfl7yUpoq6vES3MJa5+zdzMtgwlr3JURj5mHNa+AEb1Wd"
    "vEKsFzDNTCAV09zfT5t2zlkf46Ps+b14zEr9Bk0jv94WT4b1bLX8UE/8nK+Y8nvY8fz/xd"
    "ruin38aTwRX9uHQIMjolOqjqCgset0KvyihEyoFp0crnR7TsWxxV3yCvaSPs6nMSRVOFtk"
    "oRaha1ta8wllHglsUDi0SB146c0OshCZMy/GYZPlb4ektBM1Zr+8BoLipqJscYXy8uImtK"
    "sa5hGlSMvDwpKslyEUXKTGKkMHVIM+hRjjBF3SnayQQJbqGSgDXZuWyM5d30uuYcS5w2dV"
    "HQ+4W9+c93gztWcdxHU+99cD2hvjsyyb15PVI+340mPdoJlvLVtQjkVTi/HUxuf/MKSNiI"
    "2EuvgsTH3vCSNZpBtoa6jAZwXKx6dk7x7JQMQNiDwIvv5WejR3H1GXq72mK0wmx0ZNsqfR"
    "MJTPQRhFRVuIQaDme1RPbUvka0Tw3fzdbY0s3/Dt18mezdtl4vkuzNjJgSXR6ByUTv5nSv"
    "FO9qNUVYXosYr1GI5FQKovsRRFODuEp225bTmaQ4+giL6s21KKd+ymOeZBomRRbRShdh40"
    "0iaadnAvSENUQHCvBgR8BGL+lHen3N25jNcgkwEIFMvvsA3IVuQXZqhm2HHAFICFTnrOkc"
    "mYDMEVChgwB2gFdm7lVSI6nlhlLgbZbA6xA6NWnCeRUJWOt2Ct3JVnpBlV6PJgGyk7gWyu"
    "nVJ8g5+E+kTJcEcdTXzFkjDpImJcdMf8Yar6ZpJqVhe8kmh825t9OMAJ1rgOSTw6czh92T"
    "d0JvshDRwmm1+iilV2E+N8O7QLX6xDVqjFhWthXzARWs9+lmzoZoGD+N3FHMZ3+G3g6eEB"
    "nvaZny3/S0zoYJ/rJcRRMZleUq9lCuYl+Ce8NmhLoSkHcpCF9ArC/HiPLJeomjB8cbHBWT"
    "gzUGUpwoaqMuPJkjoEOHANbukfL+klrcU2SD4DKAZckBywQQaHAJXmCTWhasCCc9CollYB"
    "Xq+hJMlwCawF3QAU1+SKvBu7vNFhowvZGIAbtq3jp5shIPIVsUZt2uPEHdFcm0i4Nak7ZY"
    "7Ut3T3PXam+MG39/LN7kFW9RdPYK9txYb7xVIKzlr9p9Seme4QfXprPFE7IdehZYMzqXrH"
    "dK+z8HMEcH6NjAxPkATEQbAqRhOoCOgOMuKAyx+BObYujZZ3rWtp45ga1abilDW80KbTV5"
    "o7427WC52kvr2bKZlUBNmqV4wjv/Em1y3qpIf1/vtbUN2dlXkXwnUtJmM6QS/IQUVgiGL+"
    "dlZKalkN/1BnOyqgBX49xlVYEpx1HKliFjIClCpqcCqepnU90uVb8hPtuqgirHV1vXVi3i"
    "o61LuhZxzfzWwLKBM7cWC9rtgF5HRR/AF//U2d+x9o8v4PMtcFQ6TB0ACaCeErh3T47fqf"
    "RfdPrm3j39Eb0FC4veH1BPCPE8sh3eieOI/d7RMLu7vy+9R+gf0jnbo3MmmnBYfwmnw841"
    "jA73wmppBNM+x7f6opL0PUJfNUKFDiOQFti2NayehZ4XlaY4d/+8NajG/X+DkX2wO+dJE1"
    "eauDk1nUKTsqqCTofnVGbFsRMinb/pwpY0CWxPcSgs7dRdCujiOUwRKgu5TNH2xeJZuh54"
    "MgA6QZlaB7AvQp2WI8BWVbEiWX7kiLkxpmUbUMcshO61YsurMIulrx2jwB7LCGjt/p4yoi"
    "WdpsZMKzU4Tf4TQ5bKIxJKM0niWpdv0j05KWLan5xkm/bsnHRR63ZRdUsVjoBHMdJJlSWe"
    "pOckd/3cqcmTk5ouN6QLRlBNG9Ltw8tv2py1Fwd27E7Zl52iz6zqaYfjxiZaHOU5s07Q1i"
    "+iWsyTHSNTc6g3yJY4gAcbepncM+oUQhBe76WBHIf+AhCU+AUvLBOBBUX4SVyAOpTP317Z"
    "LEncIeF3vvJhnDzz2u7KDQsGa1+iFYtlZFCWnG7ERLTrpao2Mui9VuuhCw7jGEZm+acWK8"
    "q6ny1zBQKO8up+yiWqcolqc3yBjUtU95PRdm5Zj/7PS5m2walcm5aeYXlebIWhMo0A5G4j"
    "h/SQ55l+3vos2/AXJ5iWiPnHgbZPhS9iAHazDcDuwe05kuKaZfA8IuEtR85Ho5/Z5iA++t"
    "7sfxr06QFlyPYUZUVuqN2FTXp8dHVzOZiwpp4QQidO1rp33R9ceruLqIwIXWdHr0fK+NPo"
    "1zO2U4kzp3ZBiR6tfjEWZndzvTlStVxe4YHsWYoDlbYJx8anV8fU0SyR/pdGtnATjZMig5"
    "q2yokVpoY1fwFRTuS7PQuI4uyeFIpfneTEr06y41d1rxlq+0Qh44LZVB+mGFCoFFhgI5Tp"
    "9wRWbgfSHNWH09Oh6Vimq5Ng2dcH0tdir8kkTkb9OS/KwNkq8xwlsPIxavJjxMqD2QsbO/"
    "z4XuZjlMJJg5NX/lq3BBOSIgjJ6OY4xHoYVhCNGMQudmBEFw1GpB7czVUz2ZisgN7x6jIt"
    "JTby5MYovaVz9O2wPymW74UJMrZM9VoFb4b0Si2iOzYi5xYjbiuWhqG6+sny5+G2EFVDzN"
    "AbW9lxw2DoCcUOFRygNibGjUwE1uq4XzNwdZUjbxGVt7rqCdl4hv3ceUBNJso+sFidVBup"
    "lq3xdtyq8sLc9LZInHR9H5ngttcoJ9s0AnGIzV3SvgaVW9J+OC5NlSvakU38JweJhpNTyP"
    "YFaqrPJ/QnKuqJ8xYcZRfLS8C2rJTXrN1Gcijm1MnT6AQ+RTNq6YrwF0ftnL6mTBQc/vyX"
    "oyIaLUzAZNCwSNAwMD7E5NAESoqh6bdWSJG4FpqASim0yVJo6IeIGNlxkJTsOM9PJI9JzH"
    "9J4iS7mwXRiIO5pVwXyQE+MIqLKnbxZ3ezDhrx2Lendxi7WEsZTj3CTcp/70MCdevBRSPq"
    "8NhYQx2OopVudFRU11IDqGJFsUU35ADUdLBZ0XJ/Vwy2vjK8IqDXt5fghbcq00TP/ucfPo"
    "Bnyjhgt/O2e3fmeLFgu/+YGmBVJHRv43cnc0OOHd9yi/R+R3c5c1rOLrKr9q3LOa9KJMiW"
    "w9iJNNX/HI+uM7zdVfukcYtVAv4HdOwc8ATHI5kxETNpU1XikwXhE7Yqu0CySnyw2FDId4"
    "uDpHUkl38KUX2YGZ8cVy6MejWgTPyFi26RwbrU5pkT0dOFDQmmJ9pRVAETgmJeOpYXn/KB"
    "H4A/8LwiDWu77Ii1BGwY+69sOia8HbeOgGMBTAB2gOOFwqgxy7MbdnYfbvgsboEzXnyJml"
    "3O3zVHhtL2GUpb94iIVl5JmKFp06uYUL4ewMUHZQwj3/5yvcd38PYvst6DvUdKdHkEJnX6"
    "5hh36f61kYoXGHFLouXFuSIgWSdHivR7FOmlkNwqITmSN85x+eJZ5cU8vnhau6yoclAP/l"
    "GOgyQrxq9rbXTfFym20X2fXW2DnUvofY6qivAbtG9dnOC4ELk53KaoleXhkxx/vzuY1Ubx"
    "ToqX0DsS+jpVRCfjJK6FfFefgxyQtqBUlWI7BLaQ7m6xzQ9y9j44/ApiC2RqqzwjAcI7N4"
    "Pri+H1T2dghb83ezc3t6NfWFUwakrb1hMrCnY7+Oeg79UPs9F/kEpWpcr2XhbM/zaKjaAj"
    "thlICti+dRA7yo5+oLYIssXzoxM4qW9wU6SfMHoW5zaGkrnnOcSWyT2PQaWm3WRNG5tPrB"
    "ChamlCNlICVsm7oElO7A7KcXqEoW8LTHuvxFPFvYB8tpr8bMkocPbj1t4osMz8a1uvV5D5"
    "l1onU02plQMcA4XKrBjImCJ7S47W8a8r73JtJWsdoqysMk2bqKonALsaYrlh2PUwFA3GKs"
    "YaWmlM9vdEIbNgxxCZzbrPYG0jdxE6PIIjaoalZ7i3m6XpAFtjMYj10y4iTPcurtg2FlAz"
    "2A4WVwNWG+cMRK61dye46TECTlfQmRY/IdGu4MQI+pPhLwPaO+vr7b07pH+aTf1heipF/F"
    "NZeLfGhEtZJnZHZWL3k3AZ8ZA4ln7cfypm48czcosssFsHBr2tqVzdsezly1hpyEglyRf3"
    "7snsDbx3371XX9O/3717T/89Pj2l//74+pQdf/uesxnzDu9TwA2h1iyGOiu4Jx2RvW7BTN"
    "sroiUQYqD2Jd9Vn6nkTREiDIeAFmYmVU/vejIRoDgGkjQXGcUIOi77BooNzQehaDIH2rrS"
    "i9UTDlXVpQ2XiqpDwdTdFLJ1dFefIs2KCgX6eVGio5jWUbyjdRRIgdT5FmE5imnhVP396X"
    "DpXF1sKq4jLMMNr5W78eAM+Oh7czwZ3dywnFyHWKxYGEvTnQxv/Sxdgu2mJOnSWZkoJWto"
    "87DfcyVoVufjkX7TsqM9iq9xCscmJtQAFR/xw8mwd8mGvIdnI/yXwe3w429siHvDYsmO3V"
    "z2+gN2aKFDtSFytIm++SWHxAZ8AvYdF42Xu/fKai4yTiLz+GSvi+XxyeiYjI41w6bdfXSM"
    "s+uA3PiPz31iPZRfZXJLphJlONvClFDMNb6bYjafIxNNLPrPDrZUbKZHy+e1VHja4yE3RB"
    "0wJRqmVoJO2xyrnswRK8X+CGzrGdx3yBw70ZDxHDoAmquMqGC3w3sKZOXfk0VckTmzbBVp"
    "YLr0yr3TOdCA9hI8omU6eF3njbcpdNSs0metjmRLHy6b+sO05ov4cHJnJbn3T8Ms+CJ7/4"
    "gktxUr7hjYUgW7YbuVQHt9kRTthzKFHbfKHRz7u9OmTDLveGFDzAlaF8gUjOXqMeCZZ8Go"
    "mCz/zwH37vspPL53fzxWZ2Ha3vRHlsJ36iXynb5/C9imO9RScukgYU4ntYIsjWNw7fhesp"
    "hks4wpWUxyt0kQ28Qr649VinNNh9h4MpzcTbzYvEMwcQm6N3t3k0+j2+HYq6QVTgPNCE42"
    "tQjlHoe+rEJ5mFUohQsi7qEQ4sFmCUbMSv9qKZ6zN7TjYevf3K7z95lr+lsxTl2sE/qtXr"
    "H7/WNXXZLTBTvZ8m69BDOhO1uWjqCZlTIbgBI9Qv05fVddEdiM9ZJ+Phpdxkg/H04SVN+x"
    "tcUvjr0eoI18z0ZmTghNRO1S3UrVwnF0a9uaJWN6iQPs/b1UK/G44ikQKw4LKhBB6wIKBH"
    "s2AQOwXX2hpwt8AF9UuIBMGPji7cj3hSliSPsCVMs1SST24niLCt/MXt+7b9HsHXeRYvU3"
    "kFpDs7QG6ubapEzBxBiwnhdIQ1JDm/S+4ORcpcM0yNTK9HAE1kIDoU0dbGSWl90saBnb1J"
    "gt5wFRtKCz07nsnZ8Birs3R9fjIRO2aG+utPr9q1fBC1Hg/RSFyBgox7fxrQrBuDKqOaZ8"
    "KLsASp9c+uQNmCLa5ZPHlnyy4uFCDkoEIef/zTkwwct+ywSYIBvgwMgtmnURGVRbZ67LEs"
    "p1ikd9aCwgHcodjoAUnjvKE5HUaKuKq9iqkFrPGrSVR+RZrOHnJYK2LCK13yJSmGRVX+UT"
    "GwJaGNHdQXkj12AJ6SIERyAtpLhbaBuvbs42Xt30Nl4sFy1N8QR9y3T2tPL8NnN5CtcMHv"
    "xrkh+gDa3gy9H1T0HzZNQ24QzaBNPTimsLVUVLwNrAfA3706nWE7JFqY6BJNGFiKbGiljW"
    "ZAhoH8HHhQg+ziH4OINgxUZf3aCSj4CWlAbXqCmFRw5XVJpD08wqYrlZ44/Am2yQdMZ35+"
    "P+7fB8cAYcd8pOTdG92b8bT0ZXZ0B1HWIZ9+ZVbzw+A8aqtN7+1X+CjAX1hvn6T878E4e1"
    "bxaq3hYPKWPOUJrr7NS/FLAZeX/stu3J+3M1jFazT9F+iWJkl1TeJQ4yywQiIjC5A2aT4/"
    "6rHByxgm4x0PdcutDLbxHjLgL5npk7vAKnmg1nRHBa71zc9j5OzoCHvTeH18rt4Jfh4Fev"
    "4Km/C/e9Oe5/GlzcXXpVT9U50lyd1T0dBxsUOcEGRfTIxPtIr3TTu2VVJC9/Uz72hh50wc"
    "QVqOtLZQaxd4V+77o/uPROqoxFXS+3VKtbxAjrZhth3ZQRlowFFBY1Erj2GbzVL3eJx1lS"
    "ZOdkFyVwpULMTSO76rqTAUlPyHYEK4/zsHJAF1iCuDL4lZlt/Yk4lOdnJKXRUkYSkJFspO"
    "IFZqsMvFx9gQmFg5RZdjL1S6Z+yUK27et1ju+dKljpedGlej2OlAJLczo5/WzPsImdealu"
    "TkBlPze5n+FiYVtPXpl+sSzeNFB6WtmGkSi7KZwkN02u404NTMrQy0FKgjdmoudtAyKej0"
    "7gbNZTQ6fqsJgumpaeeo75yelZo1ryXJBnzgO9menIK0wSXZDo9Gu//HIL9MRqJXCUMIHF"
    "FsEKgcFTyZqiDeU9oV5VskdAwFUbNwqIldRDOmZlQ3lFsoT2VPCvs2wTT3Ws5PGfxZzlPO"
    "HDunlNj4LCtpvLwrgaJoD9Xv0MsD3ploDl/z0gv4ZLcMkj8Dy3gIY1gAn7G9EjrJzL85xX"
    "gLaaa8riL81aOgRV0R1314gmJ5I2Jtw1sy1DycuWyNCO4rD2BRarz0ogVgmeYyDJ8maWTY"
    "u3Cjt7mVbQvg3c1r5MS1hylnGkZknPRaKH9IVq2YKacwQi9TpeXs/KaBbTmuMoWZOjgBIa"
    "qTiwpWwULXFwYCQXFkHjA6yAMMeecynJFaQ3Oituv+1P9XJAKDflKAJRSaqAKGBHmxcoFx"
    "u0B8QCDhsUgMwh8fx3P5sxdOQBdgC13UCgc4IlIh/C/fvCVsy3J3P6MmSbFvLqx9Zwx4x6"
    "JevpRINLR5miGX1sZKWSvcoN/mgQXHIRA2256KKhr46Cqy6iA7n44EygpF3DsRgN5Dh09h"
    "aRDiKQFiphO6nxItNjs9lvs4P7SE/pSHso1fUcuEyla3IqnfS+pffdQPewkPe9Hw8xDLBz"
    "PMNo8L2AR6hFm2/0CEfUuwoX9rBILnO3gmt98DYY9bsZ0CM289CemfdmwEfkUB+OThquQT"
    "01tsYVOI94QR04VpfNc9JstKDv7NWRtGtY7603+ohhtRlPQUh6iYm2fsToDyHf8Rw/fC/u"
    "44/d7ps3p93Xb969P3l7enry/nU48aVP5c2A58Of2CQYe5MV2NAk1pXF30ApnHwHcTwla4"
    "FMsTJHa0QL/aQdlBtteGmFNNmdhV/joCPGeOcmqJGwCGok9C971ABlFQ90SO14LV41IaiV"
    "EFRIuLvuD24nveH1GX1VqMgmtI8o4ufhzY1XjYG+FRZVVlKovnAYJKwuFS/3Mzv2F4HIBb"
    "jJ2clE34iyoqiEr8mBS1+z0b4mmyeoWffIqySQU7whDmtDcsquE9l0BB2kuCbBnCKU+U9V"
    "AiqfqCY/Uci2LZt2Hm8/scyXUhwkU1LSLyafIZs+CWLptkmcnKo2T1XMWixX9FC+9A9hiv"
    "rqWtT1NyyTjh+BRykBa9+TlDcjBQ/SaeZzdJouPSZ1fKnjSx2/uI5/BR1njEztM5tpOhwx"
    "P97gqJCiz8qcK19DwEZNn93Dk8WZTD6zdN16RjaT2hFmWVXYjCZfebMheNFzMPzbmK3nmk"
    "P8wwfwK+p7WVoM7IC3wGIgB9lPWEUA+omEaUm/1jtzFf2UhOvP9jLpa68bjEs9fpeZS6Jm"
    "0HYGUOPo3KUF5DpIZMAGzaUsyzV49vNO7iEbq3Pey3h1JvctDNdtKt1QUb6Q9vhCKlHtd9"
    "siv82eNrsnJ0WSPU9OspM92blEbIs+VAIMr5q3kN2d7MVF70gQr4Bv9lYrEUj9O63sR9qq"
    "bE+Vvb7M/vp/OD8DiA=="
)
