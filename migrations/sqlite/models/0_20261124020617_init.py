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
CREATE TABLE IF NOT EXISTS "complaint_daily_sequence" (
    "day" VARCHAR(8) NOT NULL PRIMARY KEY,
    "last_value" INT NOT NULL
) /* The last tracking-number sequence used on a day (incremented atomically by an upsert). */;
CREATE TABLE IF NOT EXISTS "complaint_deadline_policy" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "regulation" VARCHAR(16) NOT NULL,
    "accept_working_days" SMALLINT NOT NULL,
    "mediation_working_days" SMALLINT NOT NULL,
    "effective_from" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "created_by" INT,
    "created_at" TIMESTAMP NOT NULL
) /* A staff-configured version of a regulation's time limits; never edited, superseded by a newer row. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_d_regulat_9980aa" ON "complaint_deadline_policy" ("regulation");
CREATE TABLE IF NOT EXISTS "complaint_market" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_complaint_m_distric_754914" UNIQUE ("district", "name")
) /* A market or shopping place; `market:<id>` QR scenes at its 公平秤 point here. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_m_distric_578b86" ON "complaint_market" ("district");
CREATE TABLE IF NOT EXISTS "complaint_merchant" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "identity_key" VARCHAR(255) NOT NULL UNIQUE,
    "district" VARCHAR(32) NOT NULL,
    "location" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "market_id" INT REFERENCES "complaint_market" ("id") ON DELETE SET NULL
) /* A stall or shop as citizens name it, identified by its normalised name within a market or district. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_m_distric_b927b1" ON "complaint_merchant" ("district");
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tracking_no" VARCHAR(20) NOT NULL UNIQUE,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nACCEPTED: accepted\nREFUSED: refused\nMEDIATING: mediating\nMEDIATED: mediated\nTERMINATED: terminated\nWITHDRAWN: withdrawn */,
    "merchant_name" VARCHAR(100) NOT NULL,
    "location" VARCHAR(200) NOT NULL,
    "district" VARCHAR(32) NOT NULL,
    "assigned_district" VARCHAR(32) NOT NULL,
    "goods" VARCHAR(50) NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "unit_price" VARCHAR(40) NOT NULL,
    "price_unit" VARCHAR(8) NOT NULL,
    "amount_paid" VARCHAR(40) NOT NULL,
    "charged_weight_g" VARCHAR(40) NOT NULL,
    "found_weight_g" VARCHAR(40) NOT NULL,
    "reweigh_method" VARCHAR(32) NOT NULL,
    "purchased_at" TIMESTAMP NOT NULL,
    "description" TEXT NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,
    "assessment" JSON NOT NULL,
    "assessment_verdict" VARCHAR(16) NOT NULL,
    "content_check" VARCHAR(8) NOT NULL /* PENDING: pending\nPASS: pass\nREVIEW: review\nRISKY: risky */,
    "regulation" VARCHAR(16) NOT NULL,
    "policy" JSON NOT NULL,
    "received_on" DATE NOT NULL,
    "filed_month" VARCHAR(7) NOT NULL,
    "accept_due_on" DATE NOT NULL,
    "mediation_due_on" DATE,
    "due_on" DATE,
    "deadline_estimated" INT NOT NULL,
    "refusal_reason" VARCHAR(64),
    "termination_reason" VARCHAR(200),
    "refund_amount" VARCHAR(40),
    "compensation_amount" VARCHAR(40),
    "outcome_note" TEXT,
    "substantiated" INT,
    "rating" SMALLINT,
    "rating_comment" VARCHAR(300),
    "rated_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "closed_at" TIMESTAMP,
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
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16) NOT NULL,
    "actor_kind" VARCHAR(8) NOT NULL /* CITIZEN: citizen\nSTAFF: staff\nSYSTEM: system */,
    "actor_id" INT,
    "actor_name" VARCHAR(64) NOT NULL,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "complaint_notification" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* QUEUED: queued\nSENT: sent\nNO_QUOTA: no_quota\nREFUSED: refused\nRETRYING: retrying\nFAILED: failed */,
    "attempts" SMALLINT NOT NULL,
    "errcode" INT,
    "errmsg" VARCHAR(200),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE CASCADE,
    "event_id" INT NOT NULL REFERENCES "complaint_event" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "complaint_photo" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stored_name" VARCHAR(100) NOT NULL UNIQUE,
    "content_type" VARCHAR(16) NOT NULL,
    "size_bytes" INT NOT NULL,
    "width" INT NOT NULL,
    "height" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "check_status" VARCHAR(8) NOT NULL /* PENDING: pending\nPASS: pass\nREVIEW: review\nRISKY: risky */,
    "check_trace_id" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "miniapp_user" ("id") ON DELETE CASCADE
) /* An evidence photo, re-encoded without metadata; uploaded first, attached when the case is filed. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_p_check_t_06509c" ON "complaint_photo" ("check_trace_id");
CREATE TABLE IF NOT EXISTS "subscribe_quota" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "remaining" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "miniapp_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_subscribe_q_user_id_249ef6" UNIQUE ("user_id", "template_id")
) /* Sends a user granted for a subscribe-message template (one per accept in wx.requestSubscribeMessage). */;
CREATE TABLE IF NOT EXISTS "appointment_catalogue_override" (
    "slug" VARCHAR(64) NOT NULL PRIMARY KEY,
    "data" JSON NOT NULL,
    "updated_by" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A staff correction of one catalogue entry (or a new entry); wins over the shipped and local files. */;
CREATE TABLE IF NOT EXISTS "appointment_enterprise" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL UNIQUE,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(256) NOT NULL,
    "contact_name" VARCHAR(64) NOT NULL,
    "contact_phone" VARCHAR(20) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "reject_reason" VARCHAR(500),
    "registered_by" INT NOT NULL,
    "reviewed_by" INT,
    "reviewed_at" TIMESTAMP,
    "invite_code" VARCHAR(16) UNIQUE,
    "invite_expires_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_appointment_distric_4fb906" ON "appointment_enterprise" ("district");
CREATE INDEX IF NOT EXISTS "idx_appointment_status_c14a58" ON "appointment_enterprise" ("status");
CREATE TABLE IF NOT EXISTS "appointment_enterprise_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" INT NOT NULL,
    "role" VARCHAR(16) NOT NULL /* ADMIN: admin\nMEMBER: member */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nACTIVE: active */,
    "created_at" TIMESTAMP NOT NULL,
    "enterprise_id" INT NOT NULL REFERENCES "appointment_enterprise" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_enterpr_c37a4f" UNIQUE ("enterprise_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_user_id_083b74" ON "appointment_enterprise_member" ("user_id");
CREATE TABLE IF NOT EXISTS "appointment_instrument" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type_slug" VARCHAR(64) NOT NULL,
    "model" VARCHAR(64) NOT NULL,
    "serial_no" VARCHAR(64) NOT NULL,
    "measuring_range" VARCHAR(64) NOT NULL,
    "accuracy_class" VARCHAR(32) NOT NULL,
    "location" VARCHAR(128) NOT NULL,
    "use_area" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* IN_USE: in_use\nSTOPPED: stopped\nRETIRED: retired */,
    "last_verified_on" DATE,
    "due_kind" VARCHAR(16) NOT NULL /* INITIAL: initial\nREVERIFY: reverify\nREPLACE: replace */,
    "next_due_on" DATE,
    "created_by" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "enterprise_id" INT NOT NULL REFERENCES "appointment_enterprise" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_enterpr_e6df5c" UNIQUE ("enterprise_id", "serial_no")
) /* A registered compulsory-verification instrument (强检器具备案). */;
CREATE INDEX IF NOT EXISTS "idx_appointment_type_sl_84f333" ON "appointment_instrument" ("type_slug");
CREATE INDEX IF NOT EXISTS "idx_appointment_status_b3c469" ON "appointment_instrument" ("status");
CREATE INDEX IF NOT EXISTS "idx_appointment_next_du_23513e" ON "appointment_instrument" ("next_due_on");
CREATE TABLE IF NOT EXISTS "appointment_due_reminder" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "due_on" DATE NOT NULL,
    "lead_days" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "recipients" INT NOT NULL,
    "instrument_id" INT NOT NULL REFERENCES "appointment_instrument" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_instrum_8e17c2" UNIQUE ("instrument_id", "due_on", "lead_days")
) /* A due-soon reminder; unique per instrument, due date and lead time, so it is sent once. */;
CREATE TABLE IF NOT EXISTS "appointment_site" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* INSTITUTE: institute\nAUTHORISED: authorised */,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(256) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "instrument_types" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A verification site: the city's 计量检定机构 or an authorised body. */;
CREATE TABLE IF NOT EXISTS "appointment_slot" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "mode" VARCHAR(16) NOT NULL /* LAB: lab\nONSITE: onsite */,
    "capacity" INT NOT NULL,
    "booked" INT NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "site_id" INT NOT NULL REFERENCES "appointment_site" ("id") ON DELETE CASCADE
) /* A time slot of a site; `capacity` and `booked` count instruments (台件). */;
CREATE INDEX IF NOT EXISTS "idx_appointment_starts__49f2ba" ON "appointment_slot" ("starts_at");
CREATE TABLE IF NOT EXISTS "appointment_booking" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "confirmation_no" VARCHAR(24) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* BOOKED: booked\nCHECKED_IN: checked_in\nCOMPLETED: completed\nCANCELLED: cancelled\nNO_SHOW: no_show */,
    "instrument_count" INT NOT NULL,
    "onsite_address" VARCHAR(256),
    "note" VARCHAR(500) NOT NULL,
    "created_by" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "cancelled_at" TIMESTAMP,
    "checked_in_at" TIMESTAMP,
    "checked_in_by" INT,
    "completed_at" TIMESTAMP,
    "enterprise_id" INT NOT NULL REFERENCES "appointment_enterprise" ("id") ON DELETE CASCADE,
    "slot_id" INT NOT NULL REFERENCES "appointment_slot" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_appointment_status_03d037" ON "appointment_booking" ("status");
CREATE TABLE IF NOT EXISTS "appointment_booking_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "passed" INT,
    "certificate_no" VARCHAR(64),
    "verified_on" DATE,
    "due_before" DATE,
    "result_note" VARCHAR(500) NOT NULL,
    "recorded_by" INT,
    "recorded_at" TIMESTAMP,
    "booking_id" INT NOT NULL REFERENCES "appointment_booking" ("id") ON DELETE CASCADE,
    "instrument_id" INT NOT NULL REFERENCES "appointment_instrument" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_booking_d0be39" UNIQUE ("booking_id", "instrument_id")
) /* One instrument of a booking, with its verification result once recorded. */;
CREATE INDEX IF NOT EXISTS "idx_appointment_verifie_8a7e6d" ON "appointment_booking_item" ("verified_on");
CREATE TABLE IF NOT EXISTS "appointment_instrument_hold" (
    "created_at" TIMESTAMP NOT NULL,
    "booking_id" INT NOT NULL REFERENCES "appointment_booking" ("id") ON DELETE CASCADE,
    "instrument_id" INT NOT NULL PRIMARY KEY REFERENCES "appointment_instrument" ("id") ON DELETE CASCADE
) /* The lock row "this instrument has an active booking": one per instrument, enforced by the primary key. */;
CREATE TABLE IF NOT EXISTS "campaign" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "summary" VARCHAR(200) NOT NULL,
    "body" TEXT,
    "article_url" VARCHAR(500),
    "cover_url" VARCHAR(500),
    "theme" VARCHAR(100),
    "theme_required" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* SUBSCRIBE: subscribe\nCUSTOM: custom\nMASS: mass */,
    "template_id" VARCHAR(64),
    "template_data" JSON NOT NULL,
    "audience" JSON NOT NULL,
    "send_at" TIMESTAMP,
    "starts_on" DATE,
    "ends_on" DATE,
    "status" VARCHAR(24) NOT NULL /* DRAFT: draft\nIN_REVIEW: in_review\nSCHEDULED: scheduled\nSENDING: sending\nSENT: sent\nPARTIALLY_FAILED: partially_failed\nCANCELLED: cancelled */,
    "calendar_key" VARCHAR(32),
    "calendar_year" INT,
    "calendar_version" VARCHAR(32),
    "audience_frozen" INT NOT NULL,
    "recipient_count" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "approved_by_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    "submitted_by_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_calenda_7b229d" UNIQUE ("calendar_key", "calendar_year")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_status_635758" ON "campaign" ("status");
CREATE TABLE IF NOT EXISTS "campaign_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24),
    "note" TEXT,
    "at" TIMESTAMP NOT NULL,
    "actor_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE
) /* Audit trail: every change of a campaign, who did it, when, and why. */;
CREATE TABLE IF NOT EXISTS "campaign_reminder" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "remind_on" DATE NOT NULL,
    "days_before" INT NOT NULL,
    "message" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_re_campaig_60ac9a" UNIQUE ("campaign_id", "days_before")
) /* A reminder to staff that a calendar campaign is not approved yet; one per campaign and threshold. */;
CREATE TABLE IF NOT EXISTS "campaign_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subscriber_id" INT NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nCLAIMED: claimed\nSENT: sent\nFAILED: failed\nUNCERTAIN: uncertain\nSKIPPED: skipped\nCANCELLED: cancelled */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "claim_token" VARCHAR(32),
    "lease_until" TIMESTAMP,
    "error_code" INT,
    "error_reason" VARCHAR(32),
    "sent_at" TIMESTAMP,
    "quota_month" VARCHAR(7),
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_de_campaig_f50ee8" UNIQUE ("campaign_id", "subscriber_id")
) /* One recipient of one campaign; the unique pair is what makes a resumed send skip nobody and repeat nobody. */;
CREATE INDEX IF NOT EXISTS "idx_campaign_de_campaig_8d26dc" ON "campaign_delivery" ("campaign_id", "status");
CREATE TABLE IF NOT EXISTS "campaign_mass_quota" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subscriber_id" INT NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "used" INT NOT NULL,
    CONSTRAINT "uid_campaign_ma_subscri_f3748f" UNIQUE ("subscriber_id", "month")
) /* Mass sends a follower received in a calendar month (Asia\/Shanghai); WeChat allows 4 on a service account. */;
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
    "eJztXWtz2kjW/itdfNlMlZM3JnHscba2CmMyYcYGj8EzOzue0jRSA72W1EQXO+zu/Pe3W0"
    "JCl5ZQCwFC6S+JkfqR4OnbufU5/20ZREO6/eYWmxguFg82slqX4L8tExqI/sG7fQJa9M/1"
    "TXbBgRPdb+83VNyg5cR2LKg69N4U6jailzRkqxZeOJiYDNEBKnbwf5AJiAUMZKlzaDrgyS"
    "QvJnDmFnFnc/o/AuzJrxcWmVnQAK/IAplYA1OLGEClX6M9QrZNn/jdG/ZWjaj0tdic7eoF"
    "rom/uEhxyAxRKKPs9z/oZWxq6Cuyg4+LJ2WKka7FGMUae4B3XXGWC+9a33Q+eQ3Zd58oKt"
    "Fdw1w3XiydOTHD1th02NUZMpEFHcQe71guo9Z0dX3VEwHb/jddN/G/YgSjoSl0ddZBDO1/"
    "gfW1lqIMhmNl1BsrSivVeQEiQvfqkkpM1vH0q9rer5+xr/C6ffr+/P3Fuw/vL2gT72uGV8"
    "7/8l+9JsYHevQMxq2/vPvQgX4Lj+M1qX5vpYntzqHFZ3aNSLBLv3aS3YDL+tJrwK+KjsyZ"
    "M6cfP7zP4fKXzn33c+f+1Yf337EXEjo5/Zk7WN1pe7cY3Wt66a8kgvxGIKUIXtEX8hs0aS"
    "bBC0oQEqE3BOyI3PVivXd2228LsNt+m8kuuxVnV7UQ40KBTpria3rHwQbi0xxHJrjWVtA3"
    "wR9l1o1DU09/oDY09eVqVORQP+7f9kbjzu0de51h2190j7/OuMfutL2ry8TVVx8S3RQ+BP"
    "zaH38G7CP413DQ8+gltjOzvDeu243/1WLfCboOUeiWrUAtMveDqwFrsV7Xoe0oOplhs0TH"
    "p8AV9H3NZt2RdHXASaqvmYQ1fYqIA+zCBKpPL9DSlNidyFJAjIXuU5AaEVcr7Kef7pEOPT"
    "rTHb8SiLvBc45wzv8VDPbg6nruc4hS6FbjkKroumMPaypntjthD58g5YtLHLglZ6PgaT+z"
    "hzWJMzZRSZtkTd30LaNtJK9AE868n8Tezd4UsObA6bSjqsT13pfSZGP3T/JUWZu1VGCk6S"
    "ZdNpsZqS/WS19k5gnvbwGRO4qROuNGlUbDNl3yl4oozUlcNVQfWszeMdkW0RFnu/lxNBzw"
    "WQ4BSbkWqw74H9CxvTPJpvX3qWuqjEEwcbHuYNN+w973j9b+BV1GUEzGDUh+ddv5Z5L/7s"
    "3wKim8sgdcpUc+/UIqR+fIHfUhpnkq/bt2gQH/rp054NmtOMcOeUKmMof2XITlOEou4hvX"
    "FSrt4GfO8n1F6PoBTT7La1CC4QlF7WpVCVjf7/pxNRzexNaPq/44we7D7VXv/tWpRzpthB"
    "0UFVGkkUoaqRQbodI2qghWmqiO2ES1U504sCRwfbuRuye5+nC8XQHH7pToOnlBFiBTz8NK"
    "plOsYqiDlVJ96V2FroaRqbLbYEIcYKGFjpENoKkBFRoLiGdUQuS4dat+vFTS66WkS6eudO"
    "oeM8H++sS+gZj8HMPtTIROMX30EnSw0ouM6Chmf5am1ioiaVcWj/jIPv1QYGSfJmWj9chm"
    "t47CwnG4xWMHBg44EzLoBe2lPa9ye56tIrHgnBDQPEveDnZJbJVXgVNgaf2oi1Jc2PpBfy"
    "dimiSlpawRJP2IvdhC9rnfHEmvZ5pC4ppHaEsoY+/kwKXpq279XRPT1zpOi2P5igVxZRu+"
    "1FizSoNAfm8FByWwhowFcaguslSe0LL1hzQ9HdD0xLr4iX4BOqSF/ItxWOOMUNWHZieHvQ"
    "DZHKiMFSkgcNsOdFyObsmY7pmu4bHdp18Jruwicd0mRO+K7NTwbi2Qqa3MYQKEt+56g+v+"
    "4IdLsMI/mp1ut3c37l1fMhcBWtBv+Wje9z49jNglC03pYkyv3Pau+52xhzSQhqHjYf2rrK"
    "F/kbUc9+5v+wP/KpVADWz619mWen3f+XVwCV6wM9cs+GImHRiHsdwE59+Ew7JSwAbOtdO3"
    "RdY32iqb8LepFU4nahjoW5TsKKaBPLcL8dzO4bmd5vkgNskyy9kRGyWhbeOZSbWuMmRzwZ"
    "L1zazPCNEy9ms+0yGggWvHWZGl4yx75ThLnw6kVMyIJSR7RjFyCG8ewvRnOsqCTnqOzHGN"
    "VGxAPdPjHAEmzTw+8s3qCUc4tnN4vu51+7edm1en7ZN2wvUZdMH71Fj2mFIYaSKjOY5q4K"
    "JxUWA8X2QO54vUNmiw8CJlAXm2l9zhnEDK8bxhPFOVw5pRkeEF4dncUTiRFLl08+CS8w2c"
    "T+kQLc14Giz53sC3hTy6FANRooTCsdLIBq7d1QsjC5eZMuxSvqcktoH+5mP3PMWMAhEKUj"
    "09Rl8z3CQJWCNmVV639v45jvVoKmom7NWb4eCHoHkylCaxdRPTgaqXPkAseiYFbAT9u3ak"
    "QNtGtm0gk7OkZUeNxVH7jx07zHjfSZTYmkrlGVmauHGMg26eaaF6jwZbLhht6hypT2W9Wq"
    "mH7NG5Rbt+e8/WXWc0oh/ps5hH65d+71fm0HrG6IV+7o9++o1+xPbTsowXqmLt2UIzVxd2"
    "icRRDdwSqp8ZC6JjlWPWzN4O1gi5FWyxFVhIRfiZ6gi8Ic70i6whHoPlqRbN6gSmKqSign"
    "VKhEGXZaED/glY8/bPvLCmYOSeZ64R5+nz/SwMQtFcJDhWU8BverSuwkTo7xdnkofdkszj"
    "CWXlcCnO4B55q0nEN482BDUdm0hBNv3J3m9MUZh76pD/gD1m8AivHO0BRC+CDOqKhaAtKt"
    "0mkfLo0OZIxiDkji2e4pzz0c3jfSfRVmzAmpri+zMFfUQp7NYuoprxX7kXlBhU0bf9oVqK"
    "8ownSOLziSeuQ5lDikkcjgk723+QxDVhUdm3/4Cd8XKg6eASskwKW06MOZ4eqFKI8eLd04"
    "SP6IqgZx4sWqM2Hy6qP9Or40Xv2ucfwpNF7EOe9j2iq8tNFp2UKYPvm8mRCVPIJiwjCed+"
    "IdnkXY5s8o4jm5TMoxfFyQOldXbry1yJ2fOrudkC3IVWstfjSNnrdel1zmRPF6LQSblQrR"
    "hQruf16eL0zDag9YQcRegoewzTIKFzyzPtnKOeYrTGUaWIrd3qWDGzLGeDGKsRhGR0xWgq"
    "Q0ic4DS7n4iF8Mz8CS1TwTz8CjqJqqVHxvFfwSBKlM85YZrKS5gJJDq2mBMR6chX7budUb"
    "dz3WtxF4Uq2I08qqHUJhbDAvR6m1IV5IYPOq5NrDCz0d07xiv9BmDwcHPT+is7Y9CacPSM"
    "qqvl1ntGjRrOsaFpEgdPsZ9XoCrCBpFnNpW3g5S/O5JZvdNKbolpmZe/K5y4BZJ4KShsLO"
    "u5HZO8eAKy83X5uR9FrOtrRANjias/Mze1iKHkZY7KiMeMw5rnwKg+atshJXiOgRo4oKun"
    "mc5/YilP9Nfxed58ZiT+hDqT3ur2x/1/9QaXYJV3/tEcjTufPl0Cr8Yp/fTbaNy7pR+Xto"
    "OMVokOqjrDgset0FYZhUhzIKc6gsePaNq3OGqPFRJae1lXqo9JFA0V2ipEqF7U7v2EsfQC"
    "N8wfWMQLvFbkhLaHJEya4Teb4WOJr7c0aMZybR8ZzUWNmskxxrcXFzFrSmNdzWxQMfLyTF"
    "FJlotYpMwkRhqmjmkFPckxTFF1inayg7ibVd7ZlBiszsplbSTvuuc150jitKmLgt4vrM3/"
    "/NB7YBnHfTTV3nuDMdXdkek8moOh8vPDcNyhnUCULy5xIC/D+X1vfP+bl0DCQo619DJIfO"
    "r0b1ijKWRnqMvYAE6LZc/OSZ6dMgM4bCLw/Hv50ehR3P4Evbe7XaOqiEZHlqXSnUhgoY8g"
    "pFWFS6hhc05LZC/ta0TzrOE7OWoo1fxs9pur5stg76b1epFgbybElOjyCEwGetene6Xxbq"
    "+iCItrEeM1CpGcSoPoYQyiqUFcJbtNi+lMUhydwqL25r1YTv2QxzyTaRgUWcRWuggbbzKS"
    "tjomQM9YQ3SgAA92Aiz0mn6kz9e8wmzEdYCBHMjMdx+Bu9AJZLe8qtInADoOVOes6RyZwJ"
    "kjoEIbAWwDL83cm6SNZC8vlAbeehl4bYcuTZpwXEUC1rhKoTsppRdk6fVoEiA7iWugOb36"
    "ADkb/wcpk6WDONbXzFUjDpIiJUdMf8EaL6dpJqVhe8kmh825V2lGgM41QPLJ4dOew/bZB6"
    "GdLEQ0cFmt3kvpZZjPjfAukK0+8Yw9eiwrK8V8RAnrfbqZsiHqxk8jd+TzOZygt4MZIv09"
    "DbP81z2ss2YGf5muoo6MynQVB0hXcSiDe81WhH0FIO/SIHwNsb4cIcon6yWOPTje4KSYOV"
    "hjIMWOojbahcdzBHRoO4C1e6K8v6YS9wRZIHgMYFFygJgAAg0uwStsUsmCJeGkV6FDDKxC"
    "XV+CyRJAE7gLOqCd79LW4N29ZgsbMH2RiAC7at4482QlGkK2UZh1u/IMdVck0i4OakzYYr"
    "Wb7oHWrlVtjDu/PhZv8Yq3KLp6BTU31oW3Cri1/FO7ryndUzxzLbpaPCPLpncBmdK1ZF0p"
    "7W82YIoO0LGBHfsjMBFtCJCG6QA6Aba7oDDE/E9siaF3X+hdi7xwHFt7eaV0bdXLtVXnQn"
    "1NqmC5qqX1QiwmJVCRZike8M5/RJOUtyrC39e1trYhO/spku9ESNp0ilQHPyOFJYLhm/My"
    "ItNSyG+6wJzMKsC1ce4yq8CEoyhlmyFjIGmETC8F0qqfTXWzrPo10dlWGVQ5uto6t2oRHW"
    "2d0rWIaua3BsQC9pwsFrTbAX2Oij6CP/1bl3/H2j/+BD/fA1ulw9QG0AFUUwKP7tnpB5X+"
    "i87fPbrn36P3YEHo+wHVhBBPI9vhmziK2O8tDbO3+3XpPUL/kMrZAZUz0YDD/adwOu5Yw+"
    "hwL2wtjWCap/hWn1SS7iN0qxFKdBiBNEC23cPpWehpUWmKc+vnrUF7rP8bjOyjrZwnRVwp"
    "4ubkdApFyqoSOh2fUpnlx04Y6fyiC1vSJFCe4lhY2qm6FNDFU5giVBZSmaLti/mzdD3QZA"
    "C0gzS1NmBfhCotJ4CdqmJJsnzPEVNjTGIZUMfMhe61YserMPOlrxWjQB7LcGjt/p3SoyWV"
    "ptosK3tQmvwZ4yyVJyQUZpLENS7epH12VkS0PzvLFu3ZPami7ltF1Ykq7AGPYqSSKlM8Sc"
    "1JVv3cqciTE5ouC9IFI2hPBekOoeXXbc06iAI7cifsy07QzyzraYujxiZanOQps3bQ1k+i"
    "WkyTHSFTs6k2yI44gJkFvUjuKVUKIQif99pAtk1/AQhS/IJXxERgQRF+EBegCuXL1zcWCx"
    "K3nfA73/owTpz53t7KdQsGZ1+iGYulZ1CmnK7FQrTro6oWMui7VuehCw7jGEZG+acOK8q8"
    "nw1TBQKO8vJ+yiOq8ohqfXSBjUdUDxPRdkXIk//zUqJtcCtXpqV3WJwXO2GoTCIAWW3kmC"
    "Z5nujnnc+yDP9wgklExD8OtHlW+CICYDtbAGwfXc2RFNcsgucJCZccuRoOf2LFQXz0o9n9"
    "3OvSC0qf1RRlSW6o3IVNen14e3fTG7OmniGELpysdWfQ7d141UVURoSus6uDoTL6PPz1kl"
    "UqsedULijRo9UfxsLsba63RqrE5SUeyF6lOFApm3BkfPp0TBXNEuF/aWQDi2icFRnUtFWO"
    "rzA1rPkHiHI83805QBRn96yQ/+osx391lu2/2veZoaYvFNIvmE31cRoDCqUCC2SEMv2ewM"
    "pyIPWx+nB6OhQdy3R1Eiz7+kj6WmybTOKk15+zUQbKVpl5lMDKaVTnacTSg1kLC9t8/17m"
    "NErhpMDJS3+tE8GApAhCMrrZD7EehhV4I3qxhx0Z0UWdEamJuzlrJhuTFdA7Wj2mocRGZm"
    "6M0nu6Rt/3u+Ni8V7YQcaWoV4r502fPqlBdMdG5Jww4rZiqR9aVz8Tfx1uClF78Bl6Yyvb"
    "bxgMPSHfoYID1MbAuKGJwNo67ucMXD3lxDtE5Z2uekYWnmI/dh5QkYmyDwjLk2ohlVgar+"
    "JWlQ/mhrdF/KTr98gAt4N6OVnRCMQhNvdI+xpU7kj78ag0VZ5oR5bjzxwk6k5OIZvnqKk+"
    "ntBfqKgmzjtwlJ0sLwHbMlNevaqN5FDMyZOn0QV8gqZU0hXhL47aOX11WSg4/PmboyLqLU"
    "zApNOwiNMwED7EzKEJlDSGpnetkCJxW2gCKk2hdTaFhnqIiJAdB0mTHWf+ROKYxPSXJE6y"
    "u9kgGlEwtzTXRWKAj4zioha7+NzdbAeNaOzb09uPPayhDKemcJ3i37vQgTqZuWhIFR4La6"
    "jFsWilG50UtWupAVQhUWzRghyAig4WS1ruV8Vg5yvDJwL6fGsJXnmnMk304n/+7iN4oYwD"
    "9jqv3Ls9x4sFq/5jaoBlkdC9wu92ZkGOHb9yi/B+W3c5a1pOFdlV+8bFnFdlJMg2h7Ebaa"
    "p/HA0HGdruqn1SuMWqA/4HdGwf8QLHI5kxERNpU1nikwnhE7Iqe0AyS3xw2FBId4uDpHQk"
    "j38KUX2cEZ8cVS70etUgTfy1i+6RwbrU4okT0duFBQlmT7SiqAIiBMW8tonnn/KBH4E/8L"
    "wkDWu57IS1BGwY+1s2HRNexa0TYBOAHYBtYHuuMCrM8uSGnb2H6z6LS+CMF99EzR7nV82R"
    "rrRDutLWPSJiK6/EzVC35VXMUL4ewMUHZQwjd3953uMb2P2LnPdg+0iJLo/ApJ2+PsJdun"
    "8tpOIFRtyUaHl+rghI5smRRvoDGumlIblRhuRI3DhH5YtHlRfT+OJh7TKjylFN/JMcBUlm"
    "jF/n2mhfFEm20b7IzrbB7iXsfbaqivAbtG+cn+C0ELk53Kaolenhkxx/uxXM9kbxTpKX0D"
    "c6dDtVRBfjJK6BfFcfgxyQtqBUlWI7BDaQ7nax4gc5tQ+OP4PYApnaKs5IgPDWXW9w3R/8"
    "cAlW+Eezc3d3P/yFZQWjorRFnllSsPvej72ulz/MQv9GqrNKVXbwtGD+t1EsBG2xYiApYP"
    "POQewoOnpGZRFkicdHJ3DSvsENkX7G6EWc2xhKxp7nEFsm9jwGlTbtOtu0sfnMEhGqRBOS"
    "kRKwSvaCOimxO0jH6RGGvi4w7b0Ss4r7ADm36jy3pBc4e7o11wssI/+a1usVRP6lzslUk2"
    "rlCMdAoTQrBjImyNqSo7X/69Z7XFPJWrsoK8tM0ySq9uOAXQ2xXDfsehiKOmMVYw2t1Cf7"
    "eyKRWVAxREazHtJZW8sqQsdHcMSaQfQM9XazaTrA7jEZxHq2iximO9e3rIwF1AxWweK2x3"
    "LjXILIsw6uBNfdR8DpCrrS4mck2hUcH0F33P+lR3tn/byDd4fUT7OpP05NpYh+KhPv7jHg"
    "UqaJ3VGa2MMEXEY0JI6kH9efisn48YjcIgfs1o5BrzSVq9vEWr6OpYaMZJJ89eieTd/BR/"
    "fDhfqW/v3hwwX99/T8nP77/dtzdv39BacY8w7fU0ANodIshjpLuCcVkYOWYKbtFdEUCDFQ"
    "84Lvqo9U8pYIEYZDQAMjk6qnd72YCFAcA0mai4xiBG2XfQPFguZMyJvMgTYu9WL1hENVdW"
    "nDpaLqUDB0N4VsHN3Vh0izpEKB/bwo0VFM4yje0TkKpECqfIuwHMU0cKn+9uxw6VhdbCqu"
    "LWyG6w+Uh1HvEvjoR3M0Ht7dsZhc2yEsWRgL0x337/0oXQdbdQnSpauyo5TMoc3DfsuZoF"
    "mejyf6TcuO9ih+j0s4NrFDBVDxEd8f9zs3bMh7eDbCf+nd9z/9xoa4NyyW7NrdTafbY5cW"
    "OlRrYo420Vc/5ZDYgE/AvuGk8bJ6r8zmIv0kMo5P9rpYHJ/0jknvWD1k2t17xzhVB2ThPz"
    "73ifNQfpbJLZlKpOFsClNCPtd4NcVsPocmGhP6zw5KKtZTo+XzWso97fGQ66IOmBJ1UytB"
    "p232VY/niKVifwIWeQGPLWeO7ajLeA5tAM1VRFRQ7fCRAln692QSV2ROiaUiDUyWXrp3ug"
    "Ya0FqCJ7RMO6/3+eJtEh3VK/VZoz3ZUofLpv44pfkiOpysrCRr/9RMgi9S+0ckuK1YcsdA"
    "lirYDdudBDroRlK0H8okdtwqdnDkV6dNiWTe9cKCmB20LhApGIvVY8BLT4JRsbP8mw0e3Y"
    "sJPH10vz9Vp2HY3uR7FsJ37gXynV+8B6zoDpWUXDpImNJJpSCicQSuHb9LJpOslzAlk0nu"
    "NghiG3/l/n2V4lzTITYa98cPY883bzvYcR30aHYexp+H9/2Rl0krXAbq4ZysaxLKAw59mY"
    "XyOLNQCidEPEAixKONEoyIlf7TUjxnF7TjYfdf3K7196lr+qUYJy7WHfqt3rD3/WNXXZLT"
    "BTspebc+gpmwOxOiI2hmhcwGoESPUH1O31VXBDLjfkm/Gg5vYqRf9ccJqh/Y2eJXp14P0E"
    "a+ZiMjJ4QWomZZ3UrlwrF1sm3OkhF9xBH2/kGylXhc8SwQKw4LWiCC1gUsEGxuAgZgVX2h"
    "Zxf4CP5U4QIyw8CfXkW+P5lFDGl/ApW4phPxvdjeocJ307eP7ns0/cA9pFj9C6StoV62Bq"
    "rmWk6ZhIkx4H42kJqEhtZpv+DEXKXdNMjUyvRwBNZAAaFJHWxkppfdbNAytskxW04DomhB"
    "Zad107m6BBT3aA4Hoz4zbNHeXNnqD2+9CjZEgf0pCpE+UI5u40sVgn5ltGef8rFUAZQ6ud"
    "TJa7BENEsnjx35ZMnDhRSUCEKu/5tjYILNfssAmCAa4MjILRp1ERlUW0euyxTK+zQedaGx"
    "gHQotzgGpPDeSZ4RSY22qjiLrQqp9KxBS3lCnsQafl4iaMkkUodNIoWdrOyrfGJDQAM9uj"
    "tIb+QaLCBdhOAIpIEUtwuV8WrnlPFqp8t4sVi0NMVj9DVT2dPK81vP4ylcMbj3z3G+gzaU"
    "gm+Ggx+C5kmvbUIZtBxMbyuuJZQVLQFrAvN7qE+nkmdkiVIdA0miCxFNhRWxqMkQ0DyCTw"
    "sRfJpD8GkGwYqFvrhBJh8BW1IavEebUnjleI1Kc2iaWUksN9v4I/A6CySt0cPVqHvfv+pd"
    "AtudsFsT9Gh2H0bj4e0lUF3bIcajedsZjS6BsUqtd3jrv4OMBdWG+fafnPUnDmveKlS9LB"
    "5SxpShNNfZoX8pYD3i/thrmxP352oYrVafov0SxcguqbxLbGSWcUREYLICZp39/qsYHLGE"
    "bjHQt5y60ItvEeMuAvmWmTu+BKeaBaeO4LLeur7vfBpfAg/7aPYHyn3vl37vVy/hqV+F+9"
    "EcdT/3rh9uvKyn6hxprs7yno6CAkV2UKCIXhl7H+mT7jr3LIvkzW/Kp07fgy6YcQXq+lKZ"
    "Quw9odsZdHs33k2Vsajr5Y5qtYsIYe1sIaydEsKSvoDCRo0ErnkCb/XHXeJ+lhTZOdFFCV"
    "wpF3PdyK4672RA0jOybMHM4zysHNAFjiCuBH5lapH/IA7l+RFJabQ0IwmYkSyk4gVmpwy8"
    "WH2BBYWDlFF2MvRLhn7JRLbN63WO7p1KWOlp0aV6PY6UBpb6dHJ6bk+xie15qW5OQGU/17"
    "mf4WJhkWcvTb9YFG8aKDWtbMFIlN0UTpKbJtd2JwZ2ytDLQUqCN0ai55UBEY9Hd+B02lFD"
    "peq4mC4alp6ax/zg9KxRLXkuyDNnQm9mOrKFSaILEp3e9ssft0DPLFcCxxImcNgiOCHQey"
    "6ZU7SmvCesV5XUCAi4amKhgFhKPaRjljaUlyRLqKaC/5xlk3jax0kefy7mHOcJJ+vmMz0K"
    "CttuTgvjatgB7Pfql4DVpFsCFv83Q34Ol+CRJ+BlToCGNYAd9jeiV1g6l5c5LwFtNc+UyV"
    "/qdXQIqqIVd9eIOgeS1sbdNbWIoeRFS2TYjuKw5jkWq49KcEgJnmMgyfJmlk3CO4WdfUwr"
    "aN8Ebvd+TEvY5Cz9SPUyPRfxHtINlViCNucIRNrreHE9K6FZzNYcR8mcHAUsoZGMA1uaja"
    "IpDo6M5MJG0PgAK2CYY/NcmuQK0htdFbcv+1O9OSA0N+VYBKImqQJGASvavEC62KA9cAiw"
    "2aAAzhw6nv7uRzOGijzANqCyGwjsnGCJnI9h/b6wFdPtnTndDFnRQl7+2D28MSNfyXo50e"
    "DSViZoSqeNzFRyUHODPxoEj1zEQFseuqjp1lHw1EV0IBcfnAmUlGs4EqOBbJuu3iKmgwik"
    "gZawneR4keGx2ew3WcF9ord0pM1KdT0HLkPp6hxKJ7VvqX3XUD0spH0fRkMMHewczTDqfC"
    "+gEWrR5hs1wiHVrsKDPcyTy9St4FkfvQKjfjcDesViGtoL094M+IRsqsPRRcM1qKbGzrgC"
    "+wkvqALH8rJ5SpqFFnTPXl1Jq4b7ffVGHTHMNuNZEJJaYqKt7zH6Q0h3vMKzb0V9/L7dfv"
    "fuvP323YeLs/fn52cXb8OFL30rbwW86v/AFsHYTlagoEmsK4vvQCmc3IM4mhJZIFMszdEa"
    "0UA9aQfpRmueWiFNdmvh5zhoiTHeugtyJCyCHAndmw4VQFnGAx1SOV6LZ00IciUEGRIeBt"
    "3e/bjTH1zSrUJFlkP7iCJ+6t/dedkY6K6wqDKTQvWJw6DD8lLxYj+zfX8RiDyAm1ydTPTV"
    "UVYUldA1OXCpa9Za12TrBBXrnniZBHKSN8RhTQhO2XUgm46gjRTXdDAnCWX+rEpA5Yyq84"
    "xClkUs2nm8emKZm1IcJENS0huTz5BFZ4JYuG0SJ5eqzUsVkxbLJT2Um/4xLFFfXEJVf4OY"
    "dPwITKUErHkzKW9FCibSeeY8Ok+nHpN2fGnHl3b84nb8W2jbI2RqP7OVpsUx5scbnBSy6L"
    "M058qXELDRps/e4ZnFmZl8SnSdvCCLmdoRZlFV2IwGX3mrIXjVsTH8vxE7zzWH+LuP4FfU"
    "9aK0GNgG7wFhIBtZz1hFAPqBhGmT/l7fzLXop0y4/movg74OWmBc2uN3GbkkKgZtJwDVjs"
    "5dSkCujUQGbNBcmmW5As9h9uQOsrA6523Gqzu5uzBct6m0oKLckA64IZXI9rttkt96L5vt"
    "s7MiwZ5nZ9nBnuxewrdFJ5UAw6vmDWR3J7W46BsdxEvgm11qJQLZf6WVw5i2KqupctDN7K"
    "//B6NF7BY="
)
