from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "staff_id" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "day" DATE NOT NULL,
    "dedupe_key" VARCHAR(96) NOT NULL UNIQUE,
    "openid" VARCHAR(64) NOT NULL,
    "summary" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "errcode" INT,
    "msg_id" BIGINT,
    "receipt" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "reported_at" TIMESTAMP
) /* One template message to a staff member's WeChat (core.staff_wechat), and what became of it. */;
CREATE INDEX IF NOT EXISTS "idx_staff_messa_staff_i_5f2157" ON "staff_message" ("staff_id");
CREATE INDEX IF NOT EXISTS "idx_staff_messa_msg_id_df7af6" ON "staff_message" ("msg_id");
        CREATE TABLE IF NOT EXISTS "complaint_document_sequence" (
    "key" VARCHAR(40) NOT NULL PRIMARY KEY,
    "last_value" INT NOT NULL
) /* The last number used in the bureau's series of one kind of 文书 in one year (incremented by an upsert). */;
        CREATE TABLE IF NOT EXISTS "complaint_document" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "year" SMALLINT NOT NULL,
    "sequence" INT NOT NULL,
    "number" VARCHAR(64) NOT NULL UNIQUE,
    "ground" VARCHAR(64),
    "fields_snapshot" JSON NOT NULL,
    "issued_by" INT,
    "issued_by_name" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_complaint_d_kind_e771f0" UNIQUE ("kind", "year", "sequence")
) /* A 文书 issued on a case, numbered in the bureau's series; the file is rendered again from these fields. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_d_kind_b0ccd5" ON "complaint_document" ("kind");
        CREATE TABLE IF NOT EXISTS "complaint_fair_scale" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "accuracy_class" VARCHAR(4) NOT NULL,
    "division_g" VARCHAR(40) NOT NULL,
    "max_capacity_g" VARCHAR(40) NOT NULL,
    "verified_on" DATE NOT NULL,
    "valid_until" DATE NOT NULL,
    "certificate_no" VARCHAR(50) NOT NULL,
    "active" INT NOT NULL,
    "updated_by" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "market_id" INT NOT NULL REFERENCES "complaint_market" ("id") ON DELETE CASCADE
) /* A 公平秤 of a market as its verification certificate describes it: what decides whether a re-weighing on it */;
        ALTER TABLE "staff_account" ADD "wechat_openid" VARCHAR(64);
        ALTER TABLE "staff_account" ADD "wechat_bound_at" TIMESTAMP;
        ALTER TABLE "complaint" ADD "kind" VARCHAR(24) NOT NULL DEFAULT 'weighed';
        ALTER TABLE "complaint" ADD "kind_facts" JSON;
        ALTER TABLE "complaint" ADD "registration_12315" VARCHAR(32);
        ALTER TABLE "complaint" ADD "intake_channel" VARCHAR(8) NOT NULL DEFAULT 'miniapp';
        ALTER TABLE "complaint" ADD "complainant_address" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "complaint" ADD "track" VARCHAR(12) NOT NULL DEFAULT 'complaint';
        ALTER TABLE "complaint" ADD "complainant_name" VARCHAR(50) NOT NULL DEFAULT '';
        ALTER TABLE "complaint" ADD "registered_12315_at" TIMESTAMP;
        ALTER TABLE "complaint" ADD "staff_facts" JSON;
        ALTER TABLE "complaint" ADD "anonymous" INT NOT NULL DEFAULT 0;
        ALTER TABLE "complaint_deadline_policy" ADD "mediation_unit" VARCHAR(16) NOT NULL DEFAULT 'working_days';
        ALTER TABLE "complaint_deadline_policy" ADD "confirmed_by" INT;
        ALTER TABLE "complaint_deadline_policy" ADD "accept_unit" VARCHAR(16) NOT NULL DEFAULT 'working_days';
        ALTER TABLE "complaint_deadline_policy" ADD "confirmed_at" TIMESTAMP;
        CREATE UNIQUE INDEX "uid_staff_accou_wechat__7b126a" ON "staff_account" ("wechat_openid");
        CREATE INDEX "idx_complaint_kind_1fe061" ON "complaint" ("kind");
        CREATE INDEX "idx_complaint_track_c07e0a" ON "complaint" ("track");
        UPDATE "complaint_deadline_policy" SET "confirmed_at" = "created_at", "confirmed_by" = "created_by" WHERE "confirmed_at" IS NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_complaint_track_c07e0a";
        DROP INDEX IF EXISTS "idx_complaint_kind_1fe061";
        DROP INDEX IF EXISTS "uid_staff_accou_wechat__7b126a";
        ALTER TABLE "staff_account" DROP COLUMN "wechat_openid";
        ALTER TABLE "staff_account" DROP COLUMN "wechat_bound_at";
        ALTER TABLE "complaint" DROP COLUMN "kind";
        ALTER TABLE "complaint" DROP COLUMN "kind_facts";
        ALTER TABLE "complaint" DROP COLUMN "registration_12315";
        ALTER TABLE "complaint" DROP COLUMN "intake_channel";
        ALTER TABLE "complaint" DROP COLUMN "complainant_address";
        ALTER TABLE "complaint" DROP COLUMN "track";
        ALTER TABLE "complaint" DROP COLUMN "complainant_name";
        ALTER TABLE "complaint" DROP COLUMN "registered_12315_at";
        ALTER TABLE "complaint" DROP COLUMN "staff_facts";
        ALTER TABLE "complaint" DROP COLUMN "anonymous";
        ALTER TABLE "complaint_deadline_policy" DROP COLUMN "mediation_unit";
        ALTER TABLE "complaint_deadline_policy" DROP COLUMN "confirmed_by";
        ALTER TABLE "complaint_deadline_policy" DROP COLUMN "accept_unit";
        ALTER TABLE "complaint_deadline_policy" DROP COLUMN "confirmed_at";
        DROP TABLE IF EXISTS "complaint_document";
        DROP TABLE IF EXISTS "complaint_fair_scale";
        DROP TABLE IF EXISTS "complaint_document_sequence";
        DROP TABLE IF EXISTS "staff_message";"""


MODELS_STATE = (
    "eJztXWt32zbS/is4/lLnvE7WluNLnD17juworVrfasnNdld7GIiELKx5UQnSjna3//0FeB"
    "MvIEVIpEQx+JLWJAakHoDAzDODmf/uGZaGdPKu62rY6ZmOPd+7AP/dM6GB6P9w7h6APTib"
    "Le6xCw4c615zyNopKGo4Jo4NVYfemkCdIHpJQ0S18czBlskE7kwEiAMnE0Cb0WsHQJ1CbC"
    "INOBZwpgjMbPSCLZcAr1MwnoPBT923nZNTsK9aNnrnPfHNR2BbrwRAGwETvSAbuDMNOkh7"
    "x95Cs1T6Gth82tQDXRP/4SLFsZ4Q7dGmj/3nv+hlbGroGyLhn7NnZYKRriXwxhrrwLuuOP"
    "OZd61vOp+9huy3jBXV0l3DXDSezZ2pZUatsemwq0/IRDZ7I3rNsV0GvenqejBQ4Wj4b7po"
    "4r9iTEZDE+jqbACZtP8Ci2t7inJ7N1QGvaGi7GUGN5SIwR9cUi2TTQz6qsT79U/sFd52jt"
    "6fvT8/Pn1/Tpt4rxldOfvTf/QCGF/Qg+d2uPendx860G/hYbwAlaA/sqhe4qdcYAOB5ciG"
    "ODYd2g+dzvHxWefw+PT85P3Z2cn5YYRx9lYR2Jf9HxnetIFFP2z/ow8HYAE4dLJ4f6KQOd"
    "hAfMR9iRTgWiDyLvyfVeAPL2wH/wIoh/2b3mDYvbln3RuE/KF7MHWHPXan412dp67un75J"
    "Yh91Ar70hz8B9if4x91tz0PTIs6T7T1x0W74jz32TtB1LMW0XhWoxYEML4eXkqOqOpatCK"
    "1QcZGVvqZgrBoymtUsVGlEvb8ymF5NoV0EaiiVgpW+bjVfyWLD3gSwBvym6Mh8cqb0z9P3"
    "BSj+1n24+qn7sH/6PvUp3AZ3Ot6tJNB4JgKw33pzwO7t7SisvgolOHcDibrg3eh6UDO+Dr"
    "SpCimC70KiddP3qHNeAl/aKhdg714SYQ05EPtGTBLinwd3t3yIYyJpfQWrDvgf0DFZSVEs"
    "hfVfJ67pfUNg7GLdwSZ5xx77t7rGoAByBlFCdwmR3r/p/j09CFfXd5dppYR1cJkaEGZ+KV"
    "NIpiKzPiEkN8QSK4sowhLcJeAyi37yHDM/2YUxVJ9foa0pmTtWx8prm71ldIz0FWjCJw84"
    "9gvZ+wdEzQ02MZzNHolHO2R4nPjtgyIix/AbKm7YcimT0wUqdvB/kAksGxjIVqfQdMAzNS"
    "ZM4Exty32aevwK6/ntzLaebGiAfWuGTKyBiW0ZQKWv0RkgQmiPb7LMTR0PkExNs5gaf7RE"
    "FqaFRDVL03bhrXnVp7/SEsQ3JrISwA0z4GsGeEYBErLlI4GawN3ivto5LIFu5zAXXXYria"
    "5qI4aFIk4vJiU3QzNuFnr6A7U7U58Hs2JHeMdgAhfSjjokjqJbT9hcYeAzwhWMfcO+uh0Z"
    "6lyKWUBzji0FljHTfQgyM+IykP38ywPSYQ7fFCjEV2E/O/jN/xlO9vDq4tvnAKXQrcaxqo"
    "LrnnXWVsyIO2adj5Hyh2s5cE3MBmFvv7LO2oRZnYbsgPnou6pqud7zMpZs4v5BkSnrefsV"
    "GGu6zJbNR0bai82yFxk9Ieo+i8tIm3GpSaNhQpf8ubCXMi0nmcMSYNuWjoScEZFAM1wR7H"
    "mtcUXQGUxfSBXyv8Vl2mfSH3dKTPjjTu6EZ7dSHk7rGZnC/p6klFzElzuSPcAwIe5K9AlH"
    "XNrRTbOj04EZL5zt+tKi+wU082MzXnh79ZhK1bWLhF/ZZgf08u7uOjGWl/1UUOPt481l72"
    "H/yBtE2gg7KK6SSlJSkpIKQWhlTjImK5fSJi+lM0jIq2Vr4kEpacH26YOdk5MyPp6Tk3wn"
    "D7v3Jx9ww6XfCfPyP4nuZHldyH2t/L4WYejDt8oGl9OFXO+avN5NINbpUHk+Mw4VkUtZZu"
    "SqOT1TZmQP61rsKg731y31mULkmg7WhZWGlKz8iJr8ETmWM6MqHtXwxaK3k2LtUxjqYDYo"
    "ZMhkP57jYCnUEtKiG9QOois7qx68IrqpO4p4wF5GsJJZ3mr2LoBsbLnmKmoYR1zuHk3bPR"
    "oSP+651W8QIdDTffhu9/D+wXK3uxFrWioZgINYhImDQCDJjuXD4MS+gYwxsn8g4Aui64sT"
    "HMj3H+RP8jcHAJoaeGV3x0il7w6sCcAOPw9ATc8amSPzqwbnX8H/ga/P9Hv4CkZ7Gn5CxB"
    "ntAUyA/82AGbITD7vwwtc1qkfPgd8cPFmIAMt1gGWqCKAXZIJX7EwBYTkHoD4yqXn1jGzy"
    "Dnw1yJOC6aNw+Mr03ek1rB0AAzrqFGkslwF7wrB3c39N5/mgd/vp57vLz/3b/uAnMHPJFO"
    "x/tZGK6Ih8lfHxTYx38OefELRxkbpMst2DeAEp+0BF9JewfQvjGY5OyxywTO+MsfOVp5ng"
    "ETjnays53nO/eZF2soMgF4DK1I3MiVTNnSHlGXGQK4g7SEi1ziP+oczM/JA/Mz9kZub2Tx"
    "o16tOv3mghrmFAW2gSx0RaCHHnsNyBmKITMZkjMXR3d1wOTVsAciSxwQwB9NPRGFI7uo0h"
    "22ZnRwW0rphETXlvNjuTK1a6fGOFw9cVJOVayLQnk9CG83IFxp3IchETkXT08l1PRgPlQ9"
    "/eaCCCTGeFIY+JSUK2aYRsct2cWfZqn3VKVI5z08a5KcR7eEqQm7cldvegkHRPtiuRtGVi"
    "6br1imzGXTNy2JpMsIqhDoIDcz4pzZLeIkZB01ZjywF0VusYEY8AV6Exg/jJJLyULVV3Lw"
    "npZhHS26dRGsRSyYQtOwewvz4F1IRA7EhCrrbAkQzSOx9VGq70IjM6LrNBzirINrarnFVD"
    "Ty9ub/Go4fAifBI6rBu2l2d1E6tJFWd1iYrEEm9FApLVKrFLYnv1404ZYcltNcUoLn3Sjf"
    "5OZPu5u1c98JbtYiNciCz2sBrl5ZoRl7AK7cURl9RX08a7IdTXL/SddKQ9odzyU6kWB0UU"
    "2HPYVrQM1efur37Np4/gaxBIybgpx5phFRDdfQKEahNI8yMwn8fv/k2oOsUoKv/6Xybwj7"
    "94rYl3ix9zWstTKmbFCipjSOKmSGPK58noTyaitTLiMjIeplw8DNQdlt2LJbIQMs3SctJE"
    "q9xEe0ZzdhhYaFjiMnJIKh8SaJJX31WUHJAh+pZX0CuSaMWKVKTB9f4+LAY8UuCu725/DJ"
    "unRyEVHkKhebLEoiLjMhsrmrShmj7Vc3K+hSm29i9E5BpT+Rozc8f090yFT+cm5KSHpbSH"
    "5QXZhKto5vq6YxKby9lwVNf6UnGkqgzoy4e6vaRnUM15FeIrISlHvSmjziHBMnnfw7Ebz8"
    "WOWGbkZMi/v5BmCEYe1lmgP1s2wk/mL2ju4d2n7wX5/v+cZPC7hfSf4XxK5denl234GnF2"
    "2WlGgaA/H/maAH0LcPt4fb3353ZY3EfTtw2R9mvIW3GYXE6rg3JsrhtJlqN0uyDkzzyClY"
    "UValgDJv2v3xGggE+whkxHnx+AJ9tyZ/4ZeewQ2sw2INU/6RWHGsMHYGKFh/UdC9Alx9Jf"
    "EC/gcTMPlWGQzQqDXIyciGWflGodq14Lwcs+DBGMw/atoKs2gC9L1WgiTnq6AoJqIdJClK"
    "uPzIvUlJKLcNReWudp63yMWGgRS83D0SJ1C+YgmhRLwTphcnUBe/iurmSVRVkm7h4vr3vg"
    "/qF31R/0A44vMry8m0lW6aHXvc4w1ybVZCgaQtRqUkqyq5Wzq0Xn/3uma2QMqA3nAsg6Ft"
    "j5D0H09+7ue7cXgEmOzO5w2L36qffpAkDHgSyv1cj81B/c9AcDdlHDxMAkUKm2v9b7wY+Q"
    "PK9EJmWlJaHUFEKpdOzkqoOfEd7M2G/UXmjv0AfW+mpHhhOiMm6yOZRxwTiLksZZQcka8z"
    "KWBCh5MZNchItyl3CE5XkPfvRiAVefxLECvj4bz7tb+Jdl7LkTMIe1z1lUpHdEFOtmukcW"
    "hcY5XpFEFfJ8Z4iaaFZpFeN/emVxWb9YQ8bMcpCpzr10kv+SjoUtOhbYED/TF6D6hxDrnR"
    "RroWuhFPNdQHynDfX0tBcAmyPaQh68htIdbJIKz+rNslWJJXcDzoYy8bBH+fGwR5l42Kal"
    "t85C/Eq1mSDMcwMLR5lZ3MmfxZ3MLGaAKRO6EYsdbEhIrUWMN1Nf2yQDPpmID0BKTI7A6i"
    "NAnwufkbKC5zgrucH8LgY2MdO1N7LunJdYds5zV53zrAvZ35ag6SjeNQHQebIbhH0zeJ+U"
    "URBP8hXEk2xgRAw2qGn0exBKu50j3jrg6znVaVrm3LB4js7iiuZxOVneTeAUiY2eWC4o6K"
    "XrOOocH52IEa886fYxr9UfX/ORY1GuPm4ruY+4XUg3UpPdSLsXx7FaSYe9+97tp/7tjxcg"
    "kB+Z3aur3v3QC+hQVTRzWEDHQ+/zoxfOYaOJS9iVm96nfnfoSRpIw3RpYbL+VdbQv8haDn"
    "sPN/1b/yr9DKia519ng/jpofvl9sLLraHZ8NUPRNl6kIiBbKYCi6tyGcEW8k5HpRSKowKF"
    "4iirUOiWCkXTccRlWohzLYrbVpJQNi3Ipe4T74TgJ5Pu9quAzRWWqC9H/cmyeKlM8pGOBF"
    "q4dtRgbe9KoowdnsL0ZzrKjH70HJ3jE1KxAfWc864JwbRh4Uu+C3rYwbldFEnfu+rfdK/3"
    "jzoHnZQNHQ7B+8xc9pBSGGgiszkp1cJFo2JKFBosvkWZQV4cQuF0TknK+bxkPlOTw36iKo"
    "PnuHMUTur8Qrh54hLzJZhP6BRdGfGssMR7Cd428uBSDESBEgw6TUu2cO2uXhmZuYzKICsF"
    "zKdlW3hIpk1cZxyCzEjnpx5MibXiq9p4/kHLdKBKdR0KnaDTOCXYCvjrDiqEhCBCDMQ77l"
    "2QjzAhtflDsy0KTVlAqbwgWxMnxzjS7aMW6khxYDoMNnWK8kI8l3u1Mp1s0LkF/fCM9Txb"
    "993BgP5J+2Ierd/6vS/MofWC0Sv9uz/45Xf6JybP81W8UBVbzzZ6cnVhl0hSqoVbQvVfxs"
    "zSscqhNfO3g4WE3ArW2Aq8QubsfBBvijP7Im+KJ8SKTIt2DQIzFTLJDHQKhEGX5anIKpES"
    "a9/+WXTEJ5y5Z7lrxFk2hTULg1A0FwnO1Yzgdz1bgzARdgpQGEme7Jpg7k7wFAdLcQQ3iF"
    "tDSnzxYENQ07GJFJYT0vB+YwbCwgBWfgcyklUoknXiEqgrNoJEVLtNS7YvgrWGU31ByB1b"
    "PMUx50u3D/daoq3YhDU1xfdnCvqIMrJru4gahn/lXlDLoIY+8afqSpDn9CCBLwbech2KHF"
    "JMy+FQ2Pn+g7RcGxaVTfsPWFFPB5oOXkGXyciupsbszghUqcR48e5ZwAd0RdDzU0xFUi1K"
    "LXXcOTuNsmywP4qs7wFdXa7z4KRIGXzfTIFOmJFswzKScu6X0k2OC3STY45usmI9lbicPM"
    "LUZLe+rJSU/321N8+lrJTUtlHnfOyZSkmqbq0WqpUQlOt5c4Y4+2Ub0H5GjlhS04RMi5TO"
    "yvKZRic2xWBNSm2uDsQOIcvyFwqWbVtISERLVGwjvFLRwtlIb/y0O49BbzuGcdlspLG5lU"
    "hDetUdXHU/9fa4i0IV6Ma6aim0qcWwBLzeplQFuFFHu7WJlUY2vnsLZ8+NuT0t1WX0CC9d"
    "TyD6+ZcHlBs5ls6K+ynor0WTOjFB0UuFYPVeWoyUaTl4gv08DFUBdhvrs624zaaWY1UF2D"
    "3rrD2roLek1Z72O1rDitJ/xxe6EmnAFS3evkRF1JF7enJ+NnLfo9NTgAlxkQYsE0CgQiZg"
    "usaY5Y0COChf6toIuj8QQJUZjMhH7yKL5qOywEZ0GFlj+ETfBUxsy2D3CWvBoOEVR93487"
    "mZzsMUt3MEPRWUINqGbfwy1fk2U503PlPx5hwwlZ+uDKe6iPcwlGmTbVyF8zBaLsovAXGR"
    "NsFZGXnjr/wiX/9ConXFDaqPyWN1xsUW14VE+/zb1ePrb2cKMeGMUOU4C3T+6R6OaDPKpL"
    "LHtqZMqq9rcssp5ettcRnpy8gu2hFAwnkrs5Kty4Nd/SIj4yvyod9NT3uZ+IqFsS9kdKbF"
    "pNa53MGVqPWzpqsgUdFtx2Au6y5IzzG+JybfYbAR3s2nw4tIt4gwL8O4oZeydFs+3BxSSh"
    "JPWySeoCqa92Ah0cKcB9WzT4ybVYoy3OeYRkmx9hmi1WeXoIqEOM4JoRZO6Ophpt+/ZSv5"
    "hPXy3DbJHpoM+t5Vf9j/R+/2AqjYwf9B5sikKu3nzxfAK6FG//p9MOzd0D/nxEFG2utTZo"
    "CqzgTrYSu0VcZFpKmfNfV9fETN/KSUNPGXmviiRxrXOsrYLGg3nglRsimSTZFsimRT2sKm"
    "yCC5xsZ+JcAroqLSKJdhpMy0jCSmdmkFPSggpqg5RQfZQdzNqiiHTkKsycZlYzTvptdf5G"
    "jitKmLwtEvbc3/+th7ZJURfWlqvfduh9R2R6YzMm/vlF8f74ZdOgiW8odrOZBXifGhN3z4"
    "3Ut0ayPHnnuZbj93+9es0QSyXI+rcABH5ar8FRT5y9AADvsQeHH1xXFvcbnNKXqH9a5RVQ"
    "S+IdtW6U4ksNDHJCSrwgXUIJysLvlL+0KifWx4LSnRpJmfj357zXyZlKJtox5iVJSUgikx"
    "Kwx5TEwmpGjO8ErybqOqCItrEcM1LiIxlYTodgjRzCSuEt22naVOQxz/hBsZvecfNS6iTK"
    "PDyGW40lnUePlhWROgF6yxU1vAEzsANnpL/6T9a+AV03njOsBADmT03UfgznQLslsTbBPn"
    "AEDHgeqUNZ0i/zQrO+PKDq565TA4p2M38EBJ8DaL4CUOXZo04biKlFjrDsAdlWICjgqYgC"
    "MOExBUE/NgEgA7LddCOr36ADmC/4OU8dxBHPY1/5RsQkiqlBw1/RVrvNpLuZBG7SWaHDSn"
    "XkVsATgXAhJPDp5kCjsnp0I7WSTRwmW1hiOArBJmYYR3iaqaqT426LEMCmOKuix3urCmDz"
    "czNkTd+FnJmnw+bcp0IP09+dDvJvPf9LDOhhH+Mq1uExEtoIVlWt260upui3Bv2IrQhuPc"
    "nyDW54MwixaHD042OCiZPpEJKfHkXMt54eEUAR0SB7B2zxT3t34mKhB2A1iUnJ/VUINzsI"
    "9NqlmwJI0sVaFjGViFuj4H4zmAJnBndEI7b7JscH2PWYMDpg8SUWCD5q2jJyuxEPJJYTbs"
    "ygvUXZFIu6RQa8IWq910t7R2BTV87y0dq3Pu4pVsUXb1CmsDzxZiJXLAeqd231K4J/jJZf"
    "lTX5BNWOYva0LXEhs9uf6hkB8IYIYO0LGBHfIRmIg2BEjDbIXZR99YqXHgWMDryTYAdt4c"
    "AOLOaG9Iy8YAb+7JI5MtelTqlUrZ1qv0fDXQ87UYbZEdJSnVvsSvdWQqYF+L8mrZTImgGs"
    "9cPB6e30WbbLsqouMDmOgvEyoomRLbIBubHtBdnN4G3RX8+snrzPD8XuQkz8NbdJ5nJeVU"
    "F5rqaDJBqoNfkMLyIvHZ7ZxAzYxkEbu9gxO8AGrGTsskG9tOsiGUdzcpJDn57CosnVz5UL"
    "fZyeWZu6uNe0pWHnRp9kGXcLTEFs6UmFw6m8UDBsWaCt0Y6TYHYoWgVnVmBM4Fz6fAL77E"
    "SDrLRIClLGT/nyzlZHr3WMWYpCeirJdjc89fgwh8RkLuj6B569wf78sEZ7/Pj81+fyg9IN"
    "/XyvcZYnugQp275C1ullzrJlRAIZFEqbJ3J0enKv0XnR2P3LMP6L3vcvDrnQJIAHYI80ZE"
    "iZSAShcM/y8E/P7GiDW7AK9T6NBLKqaX2Vkbtop47ou3ryw6mA4p88r6FEem/N0W3mNkYg"
    "K6tvMOnNLFdOR+gNo5exH1lL7C+SlirwNPwf7RtzfAsmmDs/H7D7wGHdrAoI+x5FmiJnpU"
    "RA8RbSEta3b+b4aMOymzY53k71gn2dxCqurShnNFpduOULLtrGQLI9/LhPXmR/Vmgno1/I"
    "KZo1jh5Mr5RFdAA+o5ESgJwbTR60u+C3rYQdCLeM/eVf+me71/dHhw7AFN7Vvsh3LFVbQU"
    "u0/HUIUzqGJnLox1Vvi7xLtz0CmNt7/TU3ud5wXP5/NTYt81mU8VfqwprulgXQjCpNh3DW"
    "FMxVRMS2Qvy0q2wEdSv+rAXHFZmC8tS0fQzNMaQqEUwmMqVRfEoXa82Rl6eXd3nSBqL/tp"
    "T9PjzWXvYf8otc5yzi4EybyEWNSkkORQpftJup/i34XMqdeWUef4ojI59XxqSuwAWEKmTR"
    "FUdR0B8wHLIix+CCzqaMcALntGKTG1mnRAKUCew28vxqQMub2YCmWI7YA4tmxAptZsxjhf"
    "2o+KPoKv/q2Lv2Ltb1/Brw+AqHRGEAAdj2PmMNEziz4fTJGNOLmp6nwSh0j+556G2dNVDw"
    "kP0H9JclmSy03gNmtJThWf7qWP18Vk2ncUovoqpFTpoXqRGFm/EGkds1FLunVJbmyM3Ei6"
    "wQXgTgpuEPLoys5izs6eOS6vBMZn3YK5gSkLoRTaEya1e4RSEb9893h53QP3D72r/qB/d5"
    "s0aL2bSZAfet3rNMqW+bQCzHEpiXMJnCWPl79V7iajk8fjCcSBcdKnVFVDcGc/wGzZQP5G"
    "vCZQiUi4HftgSiFlIFudwrUn1E3QTYvmU63UVAgXj5yKQVmKnoq3L5dsQtdD1ogFOAY15A"
    "lgLwKwcwBYynPHi2dg0dqMMjIt24A6ZrHgXiuW+xybizhJ2l1o+/Koqo08U0Y/SoKqMcvK"
    "Bggq/4tx5orgIYi0XOtOQ3ROTsrQKCcn+TQKuyfpwE3TgbqlCuefictIQlDWX5Q2Jj9WZD"
    "tRAw1T9lsXNNAwfNePGaBvAG4fr6+Lgga2y4c0bc3aigE7cMf+wbdfWUnyPY4Zm2pxUGTM"
    "krCtX+G8nCU7QKZGqDXI8g+DJxt6h4snFjtwF/X31kCE0F8AWPlwnR3Y22eHkmfsWJ6X5I"
    "sdU3799s5mR7SJE73zjS/GOR69sadyQzDCxNRhx+wLklEY2zRy4yMhoLWmxFpo8lZfR8JG"
    "Bn1WUKyk5DROyMgD6PwEiYgzdZdEByzEZHyA+OEHGa/dFsurTLy2LNchy3U0x/RaWq5jO8"
    "HadL959n9expIIbxWaEPQOC2H2Ei6NYwLLzIh8fKU7qVmadpBKzU9YK3goNivaPqdHGX27"
    "k69vdzL69no1DeuvZpjBmimfzygc/rJ4MwXvl96nC+BLj8yrn3pX9ILSv70AXsE/qndhk1"
    "6/u7m/7g1ZU493ogsna929vepdX3tXGRC6zq7e3imDn+6+0KGzFDKlesEKI1p9vmLMnuYn"
    "pVMtl1eEKX+V4ohK3YSj49Peqf6vrBDZnpWsqbjkFlmBzkmZSU1bFbhmM9Oanz26INCgPd"
    "mj05kRyqVGKMqNkOsu3HTC6LYvFNINmw/1bpIBpTJGhzrCKuOekpUZo5vD+nBGOlIdVxnq"
    "tLAc6x0Za7FtMi0ngyw4G2VobK2UZD8pKz+jJn9GLEG4PbMx4btTcz+jjJxUODnfEdEtwf"
    "ivmIREdLkfYjENK/BG9BKd7RjQZZ0RmQ93eQVxNicrgHcQdNNSYGNfbgLSB7pGP/SvhuXC"
    "67CDjDUj6wLnTZ/21CK4EzNyajHg1kKpH7GrP1n+OtwWoDbgM/TmVr7fMJx6Qr5DBYdSS+"
    "MQ70wEFuy4Xz0g6OXAO7OWrSBAVSaKPrBYzXgbqZatIS0balhlx9xowpifdPEcGU+4VS/n"
    "DBIiHI+1EFotGmt3TJoKg7G2nmO5YajXHb7ZiMzqyzHf5GJSlEwkmxRcowv4GE2opiuCX1"
    "KqdviaslBw8PM3R0XUW5gSk07DMk7DUPkQo0NTUpIMze5aEUTiXGhKVFKhTaZCIztERMlO"
    "CknKjvP9xOKYxOyXtJxEdzkhGjMw16TrYjHAOwZxWcYu+e0u50FjFvv68PYTnbUU4cwn3K"
    "T49yvoQN16ctEdNXhsrKE9DqOVbXRQltdSQ1HFisuWyxc1mQCqOlD9wSOZgqq/UY+A9m/P"
    "wb53CNZEr/7fbz6CV4o4YI/zigeTKZ7NkAagqQGWtEMHE6wjkpMuqvZHrhHeT3SXs6blWx"
    "Bh+9bFnFdFEuTTYexGFuqfB3e3OdZu0D6t3GLVAf8DOiY7vMDxQGZIJFTaENz9m+7f07hf"
    "Xd9dpnVV1sFlQ2o0NQ33qnVPefwzH+rdjPjkmHKR16sBRb4/uegBGWxIbZ46Eb9dWpFgfK"
    "IdlyqhQlCZt8Ty/FO+4EfgTzwvJ8ZCLztgLQGbxv6WTecEYBP6ABALYAdgAojnCqPKLE9v"
    "qO05XPdZUgNnuPgUNetO0eCcSFfaVl1pixER4cplAdfYBC4/KRMycveX5z2+g92/zHkPto"
    "+sMOQxMcnTN0e5y46vjVQ8w4ibga7IzxUTkmmJJEm/RZJeEsmtIpJjceMcky8ZVV7O4kuG"
    "tcuMKjv14R8UGEgyQf8i10bnvEyyjc55frYNdi/F9xFVFcE3bN86P8FRKXALsM1AK7Pxpz"
    "H+fotzbgziWpKX0Cc6dDtVRBfjtFwL8a4+BjkEbUahWgntSLCFcHfK1ZooKDWx+xnEZsjU"
    "gjgjAcD37nu3n/q3P16AQH5kdu/vH+5+Y1nBqCptWy8sKdhD7+felZc/zEb/RmqQQHf7ac"
    "H8t1FsBIlY7ZWMYPvOQdQUHf1EdRFki8dHp+Qkv8ENkX7B6FUc24SUjD0vAHaV2POEqOS0"
    "m8xpY/OFJSJULV6554K6ckmxSvaCJhmxNaTj9ABD32aYjt4KXxW3A/ltNfnbkl7g/M+tvV"
    "5gGfnXtlGvIPIvc06mmlQrOzgHSqVZMZAxRvaaGC38Xzded20Fa+GirCwzTZug2owDNphi"
    "hW7YxTQUdcYqxkK0Up/sP1OJzMKKITKadZvO2kZWEdo9gGNshqXnmLfLqelQdoPJIBZfuw"
    "gx3f10w8pYQM1gFSxueiw3zgWI9bV1I7jpPgLOUNCVFr8g0aHg+Aiuhv3fenR0Fv1tfTik"
    "fZoP/W5aKmXsU5l4d4MBlzJNbE1pYrcTcBmzkDiaftJ+KqfjJyNyyxywWzgGvdJUrk4se/"
    "42kRoylklyf+SeTI7hyD09Vw/p/5+entN/j87O6L8fDs/Y9ffnnNrXNT6nhBlCtVkMdZZw"
    "TxoiW614TdsroikQEkLtC76rPlLJWyJEEI4EWhiZVD28i8VEAOKEkIS5zCxGkLjsDRQbmk"
    "9C3mSOaOtSL1YPOFRVlzacK6oOBUN3M5Ktg7v6EGmWVCjkz8sCHZdpHcQ1naNACqTGtwjK"
    "cZkWLtXfHw+XjdXFpuISYRquf6s8DnoXwJcemYPh3f09i8kljsWShbEw3WH/wY/SdbDdlC"
    "Bduio7yoo5tHmy33MmaJbn45m+6aqzPS6/wSUcm9ihCqj4jO8P+91rNuU9eTbDf+s99D//"
    "zqa4Ny3m7Nr9dfeqxy7NdKg2hI420Tc/5ZDYhE+JfcdJ42X1XpnNRfpJZByfHHWxOD7pHZ"
    "PesWbotPV7xzhVB2ThPz72qfNQfpbJNZFKpeFsC1JCPtdkNcV8PO9MNLToPzWUVGymRcvH"
    "dSX3tIdDoYs6RErUTa2Eg7bcVz2cIpaK/RnY1isY7TlTTOIu4ykkAJpBRFRY7XBEBVn693"
    "QSV2ROLFtFGhjPvXTvdA00oD0Hz2iedV5v8sHrJDpqVuqzVnuypQ2XD/1uavNlbDhZWUnW"
    "/mmYBl+m9o9IcFu55I6hLlVyGNY7CbTVjaTsOKyS2HGt2MGBX502o5J510srYiRsXSJSMB"
    "GrxwQvPA1Gxc78BwJG7vkYHo3cD0fqJArbG39gIXxnXiDf2fl7wIruUE3JpZOEGZ1UC7I0"
    "jsJV87NkMslmKVMymWS9QRDr+Cs376sUx5pOscGwP3wcer554mDHddDI7D4Of7p76A+8TF"
    "rRMtAM52RTk1BucerLLJS7mYVSOCHiFhIh7myUYEyt9HvL4Jxf0I4nu/nidnt/nbimX4px"
    "7GLdoW/1jj3vb3UNScEQ1FLybnEEM8U7W5aOoJkXMhsKpUaE2nN6XUMR6oybBf3y7u46Af"
    "plf5iC+pGdLd4/8kaANvItGxk5IbQQtYt1WykXDtGtdXOWDGgXOzj6W8lW4mHFYyACDEsy"
    "EGHrEgwE+zYBE2BVfaHHC3wEX1U4g4wY+OpV5PvKGDGkfQWq5ZpOzPdCvEOFx5PDkfseTU"
    "65hxSrf4DkGprFNVAz13ZWSZiYENzMBtKQ0NAm7RecmKusmwaZ2iojHBNroYLQpgE2ctPL"
    "Lie0jHVyzK5mAVFpQWNn77p7eQGo3Mi8ux30GbFFRzPg6rfPXoUbosD+FBeRPlCObeNrFY"
    "J+ZbRhn/KuVAGUNrm0yRuwRLTLJk8c+WTJw4UMlJiEXP+Xx8CEm/2aATBhNMCOgVs26iI2"
    "qdaOXJcplDdJHl1BYwbpVN7jEEjRvYMiEkmNt6o4i60KqfasQVt5Rp7GGv09R9CWSaS2m0"
    "QKO3nZV/nARgIt9OjWkN7INVhAugjAMZEWQtwpVcarU1DGq5Mt48Vi0bIQD9G3XGNPWx3f"
    "Zh5P4arBvb8Pix20kRZ8fXf7Y9g87bVNGYO2g+ltxbWFsqKlxNqA/Abq06nWC7JFoU4ISa"
    "BLAU2VFbGoyUigfQAflQL4qADgoxyAFRv94YaZfAS4pKzwBjml6MrukkpTaJp5SSyXc/wx"
    "8SYrJHuDx8vB1UP/sncBiDtmt8ZoZF49DoZ3NxdAdYljGSPzpjsYXAAjSK23ffbfQcaMWs"
    "N8/qdg/UmKtW8Vql4XjyBjxlAW6/zQv4xgM+L+2GPbE/fnahgFq0/ZcYnLyCGpfEgIMldx"
    "RMTEZAXMJvv9gxgcsYRuCaHvOXWhF98ihl1M5HtGbvcSnGo2nDiCy/rep4fu5+EF8GRHZv"
    "9Weej91u998RKe+lW4R+bg6qfep8drL+upOkWaq7O8p4OwQBEJCxTRK0PvT9rTffeBZZG8"
    "/l353O17ojNGrkBdnysTiL0errq3V71r76bKUNT11Y5qdcooYZ18JayTUcLSvoDSpEZKrn"
    "0Kb/XHXZJ+lgzYBdFFKbmVXMxNA7vqvJMhSC/IJoKZx3myckKXOIIYKPzKxLb+gziQF0ck"
    "ZaUljSRAI9lIxTPMThl4sfoCCwpHUkbZydAvGfolE9m2b9Q5tncmYaVnRa806klJSbA0Z5"
    "Cz3/YEm5hMVxrmlKgc5yaPM5zNbOvFS9MvFsWbFZSWVr5iJIpuRk6CmwWXuGMDO6vAy5GU"
    "AC+NRC8qAyIej+7AyaSrRkbVbiFdNiw98x3zg9PzZrXEuSTOnA96OdKxLUwCXRLo7La/+n"
    "EL9MJyJXCYMIHDFuEJgd7LijlFG4p7ir2qpEZAiFUbCwUkUuohHbO0obwkWUI1Ffx+5m3F"
    "yUYqol2vmygHmdqD31N7lr1VC0+EoeI6Np/zYS1fgCL8ZLt+vy0DeIVTYv46X3BULNoIlp"
    "8XU1DUdnnKIVfDDmA/Qb8ArN7hHLDY0ifk5wcKuzwAr1MLaFgD2GH/j+gVlirodcpLblxN"
    "nzKxULOOpUFVtJrzQqLJQcqNcaVObMtQiiJxcnjJpFj7nNbVR7w41go4J4QkystRNi3eCf"
    "/8I4Bh+zZgu/EjgMLuDOmjbJZbo4xnmm6oli3oz4iJSC6YFzMWKM1ifoyklMz3UoJlj2Wz"
    "WJOSjKfP2DGQSxPsyQlWgvRl37mke0vCG18V1y8pVX3SmIjKLGAE4nRnCVLAjjcvkYo4bA"
    "8cCxA2KYAzhY5nv/uRspEhDzABVHcDIYcO5sj5GNWGjFox296Z0s2QFcTk5SbewBNzcuEs"
    "lhMNzokyRhP62cgsOFulG/zZIHicJyG05oGehm4dJU/0xCdy+cmZkpJ6DUdjNBAhdPUWoQ"
    "5iIi1kwmrJHyRDr/PRb7OB+0xv6Uh7WmnoOeIyTLPJYZrS+pbWdwPNw1LW93YsxCh4g2MZ"
    "xgM7SliEWrz5UovwjlpX0aEx5sll5lbY10eveK0/zIBesZmF9sqsNwM+I0JtOLpouAa11N"
    "j5aUCe8YwacCznn2ek2WhG9+zgStY03Oyjl9qIUSYjj0FIW4mptr7H6F9CtuMlfvpezMcP"
    "nc7x8Vnn8Pj0/OT92dnJ+WG08GVvFa2Al/0f2SKY2MlKFMtJDGX5HSgjJ/cgjqVkzZAplk"
    "JrIdFCO6mGVLYNT9uRBXtv5ufP2BNDfO8+zL8xC/NvXF13qQLKsmnokOrxWjIjR5iHI8y+"
    "8Xh71XsYdvu3F3SrUJHt0DGiEr/07++9TB90V5hVmaWj+qR00GE5z3hRjfm+v5iIPNydXp"
    "1M9M1RAohWsDU54tLWbLStydYJqtY987JUFCQGSYq1ITil7kA2HUGCFNd0MCfBafFXlRKV"
    "X1STvyhk25ZNB49Xqy53U0oKyZCU7MbkI2TTL0Es3DYtJ5eq5UsV0xZXS6gpN/1dWKL+cC"
    "1q+huWSeePwKeUEmvfl1S0IoUf0lnud3SWTWsneXzJ40sevzyPfwMJYUcMf2UrzR6HzE82"
    "OCjF6LMU+sofkcBSTp89w6PFGU0+sXTdekU28M5PsqgqbMaDr7zVEOx3CYZ/GbDzXFOI33"
    "wEX9CVF6XFhAl4DywmRJD9glUEoB9ImKX0N/pkLqOfoXD91V4GfW21eL3k4+uMXBJVg9ZT"
    "gBoHZ50akEuQyIQNm0talqvwbGdPjh/55+zIqYwAJfZjr+6CHRMpEXcdxAqCf1vjcIczXY"
    "OubEg7CCKaEQhd9yDoHGAHzFwyRYRupjb7i52n9pqyfjABmmUiXtB1nY8bmSPzi83y15h+"
    "g1fkO+H3DfJEF+qDhVefvAnOfgfdhA+Ctk2fTMC+76zy34jqNzp5c8C0BITZjg4sW0M2fd"
    "7XEPqv7CVuWZwAe0EY9eedQGfvaLJ7LJTAXQSMexqJA/af0cy5YL+K9kEcrOtUJg4Bfdqb"
    "fMXimX6Fvnn8xIsPkArFJhWKcDBW8Y+Gsk3e/PYWtbNG5rB3c3/dHfboEAblkZrhugy+hM"
    "wwFMW5LGTapMptJNyFkx5cxGucFJIKSiY9o3DmgDanDaihJhzb3oXz2aekpF8pO3EnWHeQ"
    "LYxsWkxCy1kTVinBQNavvtByWENfsRiuKSkJbM58lW7P1ro9bTSzVqxmkBKV49zkcd6e37"
    "Vhg9pKt2vDMG6B1zXMN8phd2OpSPOZ3Zk71rGKnbkCY81LnZ0auSenEzRyT0/Oz0Ag/RF8"
    "9WpRKgbSMKR4ebQldkhIxXp3D8BXirnD9t4pJNOvHkEalKkDOiQOIJA5TRkFyeF4N/1wmb"
    "ezWRSogx1dKFtBJNBk4rMxEYR0f57yMi8VpEWNJDZ47mZvI/BWzx1r+AkRjhKbD+9Con3w"
    "ds7L4Ns5zweY3UsizA6+ZvHNT9MZtm/F6lBkDNSRp5NYrq0ixbU5JyMKCOSEVOum9UmpBD"
    "InBQlkTrIJZJK6jdACkpFsH21fy0oSVxRFAE/LtWJlqdtNIhMk5UPf3gRJsjZt20adw/Nl"
    "Ktqo1otoRGxcpE0RFLKE5S6AGy42ouBm5CS4y7lp9qVXQEzfMIW3SwjaxdWhNDcdWxYTxP"
    "QDXaMf+lfDvZxFogKAv4/U2sWlQelbgNvH6+u9nOVCwlwS5sxKmQNzvp8lRrsb8GndooKB"
    "+6RvBHluW7J+JKbpzEYvGL1Wg9S931lbsYpi6tcDS7xQ4M6gtQE/p/815js7o69VwOOp4E"
    "hoqd/zyxSrU2DQwbIx1AE0Q9/jDwR4GRhdws52MJeiR7cBHY9taM/p7dHeK/MoshbaaO9N"
    "1q1Zcd/coxwxJ6/XhzzMsd0KhOEMFCqAlBCSpjA3o30eSZ5/PCOfHf9+MS0w0mIryZrqbf"
    "t2wrRqm/xil5c+8pfm9ZH9Lgzg+IebYwBvNTQrVIvzlZaY4iyitsxiYiWO4QbNoyQTqopm"
    "dDKAfXbU7i/B3TcXXg1jAl8B+kY71Of0b6aWhAFSlhlcWHTDz4exiQfKwKxmqTPSXbpBd6"
    "nMRV0zwLIC7a57IksV6JEmWF2HiicTwZxHMRGJqTTBtmmCeXNx876bXYU3/uk28HgMS3S0"
    "l2+AebcPxKwvEsqUOivDTJ63XqYgFeq6XwZWZamAqD0Eo3Q9P5CQ8r3wTqWwlCGeso2DrE"
    "X0/4Hqjlk2IXamkQC2LxPgsiKz/HMym3qwNMWaZYrJDDVbylAT+3TE0Y8JVjMETZjjMkXQ"
    "7qcIkrbw92ALy6TnrT593zSQW3D8Ph3Nw7ExOAE/ZeyM6EcLncvvRiq9n/kTklgcCRjPQe"
    "gt+wi+0rewrRekBcfgMUmchMeeks9cNMgOXTlI4/l5NvBEaV00y7qArkaVJRUJZ7LKCsp4"
    "eI62Ff9ORDw8GcH2nfOswc8TgraCkpsUlamlmnPkjOPpCQdL9AxPVlAuWpxFSzrS6jnW1x"
    "yjbOd1GulMq9uZxj91FltBN+9Ta9i6WxrkzK4jfCAqa/mWoSDuTDS06D8bICC2uqDURz+s"
    "Rym4YxQsIZ/gfI/HKCRbHJQkFKhU5L3UArnlB168qMsfCJjgJ9cOyqNYMceiE9n6XrAm8x"
    "XOwT6zHD1/ITXYg/vENQxoz3kHX+p5BvcATPDDDfIkK5lsmUQIhiJrb/FhDZoX2Vi7u+Xy"
    "EGRGU9a5KBbyGQnIiM8STECzfLdZsNvvvN2F1J4byiFX/fRmjkvFJbzcGgWO8ZiM9Itngw"
    "0oPKIkeFJIgpoJHaZfOxKdqEkhCSofVOGKLkkpCWumBBFy1OlKvoOkpAyUabAvIcpu0YCS"
    "rsz4f6SrXAE3EN4+ECAG2MK5CisQFjpPm+4ZC509IDDPwf+FF1TXcFlVx0JSoMpHyEACyQ"
    "E0DGIxBsBEr6KaUVxEbuBZ95qpIl0U05SUhDUDa7DsCgOblpPQSpVTqpxbVTljaWQ4Gmcy"
    "yUwZhTNKb1MintUEXnY24M50C2pIo5qfioBjgUg/nCGbvjlzEkWp0/ZH7pnWORy5p2cnh2"
    "8ANDVgI5YbLR6PygllrflhUvlslvK5SimNtYtoNAzi+mtoCFaG2XhJmI2hW0tRGJYYUrT4"
    "TlymfQHCtcA8wbR/aAi5puIyLZzOtSwWZAo7J6ciKC8k6sJ4e+tx9S5Agv/DmcP59H/QXA"
    "bm8kzcIGuZh4rAjE3LtXBtqL4oJVPisiBfYhPa8zyu0JdIwTueO35m+B0DuCi0glXlO4hZ"
    "sRTHy/5t9+F3fmG/sH3cQr38fdjryoJcLScayhXk8o3fFUrdpAXlMZmlxw5ioGWhlpHxOZ"
    "VC0hNtjVIhXv2cagpg7OA6lgd5ckUgspYKH6U6WdcvSJ1CZwif9jik6+LmQTnO9dUTUJxA"
    "okQigSDfMvPDACrmHdW3JhOssrh89s7kIzCQMaZfD4A2ivz0hCV0JggM3DHrkd5/R8UJYL"
    "8AYG6m6DofJUnXZpGuoixKtQxKg8jW4zI01XE+S3WcIamCb1xo2iZkKtHXWjB7Y3zJnOpb"
    "q1hACUGZF6A5jtWswSPN3PzPqV1mbkP86V3WRXc2o6oZDEYkm5k23aZQz6MTUcOOAr13gy"
    "mpMk72mIwXXzlyz8caHLnvJ+iI/T+k/344Uicj9+zDMb1+fnx4PHJPjk9OWJv3GsX81Xo7"
    "oyoZ7cBP3XRAOzk5OlV9EfCKnSmwxv9GKnsIOQDey/qXX6CO6fvPuS75Br2a1CWbpUt6Qc"
    "tiHBWRNcQL9R2H/nYD8c6IFLjg4kIt9GYcHZZyKbNm+b7Ow6xTma5FGgr4vCTWPw/ubvlY"
    "x2XSCgdWHfA/oGNS20ze++vENb1VEoxdrDvYJO/Y8/62t3k9k2GU0DVCsCOnR2wcrjguD9"
    "bBJWf+uxyyi03+nukaGR428yG4vAzC9fmi94g7NrDD+hQbgr3B4+VNfzjsfboAUR8j83P/"
    "YTBUuvf3D3e/sVsTbBNHCXORjMz7x8vr/lV/+PsFiMilkdn90n34xJp7Oydr99D7uXfldW"
    "4jtrH61367+8W/9GI9syu9v9/3H9gV9G2G7eA3iH6dp2W+zbSmGfsyT9Pf5cyiv2uuBHkp"
    "RVbCrGQLl8Pqnbv+JAtzfwps51lB6XLiBIzHUVopbpzXgSQ1mkxqEER/nLbKN8WRlB8VR1"
    "NOwLQSRcjtQX5WTf6sFg41wnJOEYWnH+SfX8wRX/M84+6MN+dA4wISZGqr4xkTrh3N5p4O"
    "DdRvQRSTUt/zZPTYPsU1HcwJqM8HMCX2HU9ADamYmT50AXWE3LwZwdblc6rlXEJgSQt+8E"
    "mp7/mDl76//NnbLt9f4tCUS7CJCBHzHaSkpP9geXRrCFkWZeHQ1stYVzsGctm41tQEE61z"
    "FCsNH/kys8CLhG3ehf20CPRaYzajScrx6Mcn8FJPfvzDKROsGbb3K7Lm+sgvgI5NuvOzM+"
    "2s3BIyHWTPbExYYVfVsjWwT1/Nomgxdx55Ayzba2dA+xk5YF+1jJnuQczJ2LS1t5Bu+Wa5"
    "5bcb4rntHXUDh2TpomxxKN2STspIusEHZvduug+/9IYXwTc/Mv2/Far4XV+HVxmJpusj8/"
    "Nj75rdGfbvbun7uEhnd1hPI/Pufti/6nfpdYv2rWJIrw0e73sP4QOI6+X08J9ydd2/7V9d"
    "AJUuUFgdmfcPvfvu1S/dH5mPcmajGd0lvJV/lalQuZ9Sw+wFVKFYjbhMg8e/Ma5JalTYXA"
    "W2oAjbQqR1JEbnpMwspq1yIfbupeJgov1fzCDLyNXkp9q9vTmmfPorpRCuCRmJaQZTa4ZM"
    "+jxlarm8k4P5K0NGsHXrQx1J65/oloXsnCOyBUnWU3LSic1JYSHpz++E/hQ4+pByJ6579J"
    "dzkGHHpkKpQ9KqZRjYJyzWA+wq6qitUGGTzCrhJ/tRR22Cqk6CMja5eMnjE1NvKUmpJpuX"
    "OWdkmdSyRgVneM6PEL1+2jk6Yv+esSvjCTzwD+Owc+HoG30GcNA3JyocT/CTyS1NX//zJP"
    "XYLOqRjdMqgdtpuRZSkdVzI953YCuidG9KTEJdAmp50q2Ok267ddKH7kP4JXyV0kR692rY"
    "/613AXzp7CGcZlDZviqxoimakpXGaNONUV4Em/i4JyVl3HyT4+bDsRKk8OJCkr/jlZ9kCC"
    "l0dSBi+m5GsH15wDul4m07BfG2HU66dRk5KCMHt88RHVQbOVgn4xTj6DiMU5LBW8o44WTz"
    "ZYxTPs4c3uafeyo0ZpBOLdZ3NP/+JfmcLfI5wYBbzJTlrAX5eTIygptPlrEd1VCmxfBwnu"
    "nQNMWTYtxfd29vvWAvX35kfqIa8QXQLBM1w1KGJnnlJizO/xZiIs1IGcMe25qUMRP66+n7"
    "CAWCxGVaFwNSV7qk2dRyLKGJv5BoxrxvVaqkGSQEcXSeS8vSETRzRiQSSpfloFK7Z3EWYH"
    "55d3edwPyyP0wh/Xhz2aPfgTcAtBH29XVO/hYv3bXizoSWmLhQ+9aYyvfVQGEUPkublvue"
    "T9P6p3fEab6ElOT5siuApJ1qi4AMbH4xZFNSEtnlhF6cXFmT0FuQRlexTncM7rLUXmqq8a"
    "k93lohmdPWMKfRNC9kUOMfgwCTqsS/zDJnjVlybVUduR9Ozyes6jVLun18eHg0ct+jw8Mw"
    "s/bJ5PAQhF1feKF0GkX+BwIIQtqBd6DXS99EpkgD2Jy59MI+sWyH3Z1Cdtmvps1aUjuETg"
    "/emeMtv40MAGwWYexgRxeKRosEWhiHdlSWiCniYdKGkgNtOtd9nERwToq17+xpS873Ns2S"
    "qjuGle4JOlJE6yInpaT+z7GsIg8cUWbIVvzvX2THy5PfHNqdHYGa6TAii0TYvoVbXvUHUJ"
    "meuMqRgrRcC8GufssLtARfARdx9WQEpb9/Dd9OLHpCeCR4snIw1hoMBqPCjFCR9Scl1sLl"
    "p45kA8ywF5ntCwk5x9eY4+oUqc8Mq1V2Wq5wC+d7DdbPzsV1Ma3KFPQx73166H65vfAYPz"
    "MoYTT4yYvyCik/lvrrbsAuqbpFGnMqKkiyIeROTQpJ01SmPRGCur0nzaKPfYVxT8vK02ZN"
    "O222UoIbmYkkNvSbzUSyyC3NcWomEk8v9WVaidYlPJgGMsbIBtbEcwT6RWSCAsCEJSWGZl"
    "ACWHMZcJ7PL14xmOeHrKRP6U1smDcRfRPyvoTtW2h81FK+hD7RgWIOrphI66Jaa8gbMpsG"
    "IAoEaS+EZJB26SBtVsBIOPQ1KSQjX6WpJk011gVc5IsUC8zNCkoCZHlsLkym51wzarTFGT"
    "8PUtGj2enWpADSLrKxOt3j2FfBnYMi4wou2lR6zl4aNFs0aFbwrrTbp9I5OSmTJebkpKCg"
    "wUnmjPZM6Khe0LyF6NYSgMoswCDnbFkvbUxEumkF3bQCxGr1m9mf/w/Jr25b"
)
