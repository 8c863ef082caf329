from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL UNIQUE,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT,
    "actor_name" VARCHAR(64) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "target" VARCHAR(128) NOT NULL,
    "details" JSONB NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_entry_at_c3f19e" ON "audit_entry" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_actor_i_89ae59" ON "audit_entry" ("actor_id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_action_a20b3a" ON "audit_entry" ("action");
COMMENT ON TABLE "audit_entry" IS 'One staff action, chained to the previous entry by SHA-256 (core.audit); rows are never updated.';
        CREATE TABLE IF NOT EXISTS "campaign_send_receipt" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "msg_id" BIGINT NOT NULL,
    "recipients" INT NOT NULL,
    "status" VARCHAR(64),
    "total_count" INT,
    "filter_count" INT,
    "sent_count" INT,
    "error_count" INT,
    "sent_at" TIMESTAMPTZ,
    "reported_at" TIMESTAMPTZ,
    "campaign_id" INT REFERENCES "campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_se_kind_8c56bc" UNIQUE ("kind", "msg_id")
);
COMMENT ON COLUMN "campaign_send_receipt"."kind" IS 'MASS: mass\nTEMPLATE: template';
COMMENT ON TABLE "campaign_send_receipt" IS 'A message job WeChat numbered, and the delivery receipt it pushes for it when the job is done.';
        ALTER TABLE "staff_account" ADD "totp_enabled" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "staff_account" ADD "password_must_change" BOOL NOT NULL DEFAULT True;
        ALTER TABLE "staff_account" ADD "password_changed_at" TIMESTAMPTZ;
        ALTER TABLE "staff_account" ADD "totp_secret" VARCHAR(64);
        ALTER TABLE "staff_account" ADD "failed_logins" INT NOT NULL DEFAULT 0;
        ALTER TABLE "staff_account" ADD "token_issued_at" TIMESTAMPTZ;
        ALTER TABLE "staff_account" ADD "locked_until" TIMESTAMPTZ;
        ALTER TABLE "staff_account" ADD "password_hash" VARCHAR(255);
        ALTER TABLE "complaint_market" ADD "fair_scale" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "complaint_market" ADD "longitude" DOUBLE PRECISION;
        ALTER TABLE "complaint_market" ADD "latitude" DOUBLE PRECISION;
        ALTER TABLE "subscribe_quota" ADD "accepted" BOOL NOT NULL DEFAULT True;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "complaint_market" DROP COLUMN "fair_scale";
        ALTER TABLE "complaint_market" DROP COLUMN "longitude";
        ALTER TABLE "complaint_market" DROP COLUMN "latitude";
        ALTER TABLE "staff_account" DROP COLUMN "totp_enabled";
        ALTER TABLE "staff_account" DROP COLUMN "password_must_change";
        ALTER TABLE "staff_account" DROP COLUMN "password_changed_at";
        ALTER TABLE "staff_account" DROP COLUMN "totp_secret";
        ALTER TABLE "staff_account" DROP COLUMN "failed_logins";
        ALTER TABLE "staff_account" DROP COLUMN "token_issued_at";
        ALTER TABLE "staff_account" DROP COLUMN "locked_until";
        ALTER TABLE "staff_account" DROP COLUMN "password_hash";
        ALTER TABLE "subscribe_quota" DROP COLUMN "accepted";
        DROP TABLE IF EXISTS "audit_entry";
        DROP TABLE IF EXISTS "campaign_send_receipt";"""


MODELS_STATE = (
    "eJztXWtz2zbW/isYfXmTGScbK3HsOjs7IztKo61vteR2u3WHgUlIwpoiFQK0o+72v78AKV"
    "K8gBRBURTF4Etak3hA6gEInBvO+W9nZhvIJK97roFp36LOonMK/tux4Ayx/xHcPQAdOJ+v"
    "7vELFD6YXnPI22kobPhAqAN1ym6NoUkQu2Qgojt4TrFtccC1hQChcDwGrBm7dgD0KcQWMg"
    "C1AZ0iMHfQE7ZdArxOwcMCDD/3XnWP3oMXuu2g194TX34Ajv1MAHQQsNATcoA7NyBFxmv+"
    "Foats9fA1qSuB7oW/uoijdoTxHp02GN//4NdxpaBviES/Dl/1MYYmUaMb2zwDrzrGl3MvW"
    "sDi37yGvLf8qDptunOrFXj+YJObStsjS3Kr06QhRz+RuwadVxOveWa5nKggtHw33TVxH/F"
    "CMZAY+iafAA52n+B1bWOpl1dj7Rhf6RpndTgBogI/ctLum3xicFelXi/fsJf4VX38N3xu5"
    "O379+dsCbea4ZXjv/yH70ixgd69FyNOn959yGFfguP4xWpBH1Ns3qGJ5nELgHrmQ14bDq1"
    "P3S7b98ed9+8fX9y9O74+OjkTchx+lYe2WeDHznfrIHNPmz/ow8GYEU4pGm+PzLKKJ4hMe"
    "M+IkG4sYS8Dv6nDP3Bhd3wn0PlaHDZH456lze8+xkhX02Ppt6oz+90vauLxNUX71/GuQ87"
    "Ab8ORp8B/xP8+/qq77FpEzpxvCeu2o3+3eHvBF1qa5b9rEEjSmRwObgUH1Wd2o4mtUJFIa"
    "W+puVYNWQ0q1mokox6f6U4PZ9CJ4/UAJWglb1uNV/JasOug9gZ/KaZyJrQKfvz/bscFn/p"
    "3Z5/7t2+eP8u8SlcLe90vVtxovFchmC/dX3Edjp7SqsvQknO3SViW/TWuh5smV8KHSZCyv"
    "C7QrRu+h52Twrwy1plEuzdizNsIAqxr8TEKf7n8PpKTHEEkpRXsE7B/4CJSSlBsRDXfx+7"
    "lvcNgQcXmxRb5DV/7D+2NQY5lHOKYrJLwPSLy96/koNwfnF9lhRKeAdniQHh6pc2hWQqM+"
    "tjILUhFlhZZBlW5K4hl2v048eI+skvPED98Rk6hpa6Y3ftrLbpW7PuLHkFWnDiEcd/IX//"
    "paHmElsYzud3xDM7pOw40dsHeYacmd9Qc4OWay05PaBjiv9EFrAdMEOOPoUWBY9MmbAAnT"
    "q2O5l69hXe86u5Y08cOAMv7DmysAHGjj0DOnuN7hARwnp8mbbcbOMBylLTLEuNP1oyC9MK"
    "Uc3StFt6t7zqs19pS/IbgZQiuGEK/JYJnjOCpHT5ELAlcne4r3bfFGC3+yaTXX4rzq7uIM"
    "6FJm9ejCPrMTPWSz37gca1ZS6Ws2JP7I7LCZxrdjQhoZppT7BVYuBT4ArGvmFf3Z4MdaaJ"
    "WUJyjiwF9mxu+hSkZsTZEvvpp1tkwgx701IgPg/62cNv/q9gsgdXV9++gCiNbTXUroquG9"
    "5ZWzkj7gPv/AFpX12bwg05Gwa9/cw7axNn21Rkh9xH39N12/Wel9JkY/cP8lRZz9uvwUjT"
    "dbpsNjNKX2yWvsjNE7LusyhG6YxrVRoDE7bkL6S9lEmcshwWINuxTSTljAgBzXBF8Oe1xh"
    "XBZjB7IV3K/xbFtE+lf9stMOHfdjMnPL+V8HDaj8iS9vfEUWoRX+9I9gjDhLilzCcCuNKj"
    "m6ZHJwMzngTb9ZnN9gtoZcdmPIn26geG2tYuEnxl9Q7o2fX1RWwszwaJoMaru8uz/u2LQ2"
    "8QWSNMUVQkVUZJZZTUCEKlbZIRrFpKm7yUziEhz7ZjyAelJIHtkwe7R0dFfDxHR9lOHn7v"
    "LzHhM5d9J9zLP5HdybK6UPta8X0t5NCnr8wGl9GFWu+avN6NITbZUHk+M4EpItNkmcJVc3"
    "qmyMi+2dZiV3G4v2nrj4wi16LYlBYaElj1ETX5I6I2nTMRj0n4ctHbcVj7BIZtWDYYZcji"
    "P17gYMmVEpLQGqWD8MpeiQcNiXENHarCENfI3YNct2C8XYH41rFtmvYzcoA99gJN7fEY6x"
    "iaYOlbPPWu8vPByNL5bfBgU+CguYkRAdAygA5nc4gnFhFFt1bdvfJVNstXqWJbVWzrPhPs"
    "r0/8DeS22Rhua3tsium9V8CDlV5mRkcxNR4AXB7M6NQysw/fFzkGmJT+I6cA3wtCHJro6N"
    "3d4rEFPy+cSMU1BO1VWENsNakirIHoSO6MQghQ+miBXRI75T1DKbByCjbF7FPYKch+J3L8"
    "NAdlfYPpLmqx9qm8OOWMfa4V2hLKeEkEcGXcbdp4N8T09RN7JxMZE5SZqS/R4iDPBPYYtJ"
    "XN2Pep97OfHu8D+IKNLwATzzZF7TnWATHdCSBMmkAGeMZ0Ch4fXv+HMHGKm6j8638bw69/"
    "81oT75Y4Td9WnlKxVSwniZAy3ORJTNl2MvaTiWxaoSimhYHm3TfFztLmHaZNnaaFJuUHIX"
    "jMn5RqlsQpFa1yFe0RLXjchNSwRDFqSCofEmiRZ99VFB+QEfqWlfswRLRiRcqT4Pr/GuUT"
    "HgpwF9dXPwbNk6OQiKtl1ExsXyopug1EMbXll6sp/Vn1Njlfw5Rb+1cQtcZUvsbM3Qf2e6"
    "bSgQwxnPKwFPawPCGHCAXNTF93BFFfeNvhttaXisPb1EmIbKrba/RcJr4vY/iKIdWoN2XU"
    "BUawVIqMYOweFnIJwVO4LWUFr3ecK1hIUwZGEddpoj/ZDsIT6ye08PgesPeCYv9/Rt6M/W"
    "I6KxUJu+zA59Bml55mjAj285EvCbC3AFd3Fxedv3Zjxb2zfN0QGT8HdiuBJVfQ6qCYNdcN"
    "kcVMuj0Q2M88AysPKzSwASz2X78jwAgfYwNZ1FwcgIlju3Nk8NIomBLWzJlBJn/yEipMGT"
    "4AY9tZllihNmBLjm0+IVHAYz0PVWGQzQqDXI2cjGYfR7XOqr4VAy//MGQ4Dtq3wlxVA7/8"
    "VJuFBCd5cgxUK0gLWa4+Mi8UUwouwmF7pZ0ntfMHxEOLeAkzgRRp2jCD0TgsQeuY47ZF7J"
    "vX2zrXl8Pbx+u7s4s+uLntnw+Gg6WNL1S8vJtxq9Jtv3eRslxbTJJhbEiZVuMoZV2t3LrK"
    "pEPqCoaEr9Z9y52lFKh4EGSIrs+xwM9/SLLfub7pX50Cjry3eqNR7/xz/+MpgJRCfYqMe+"
    "vjYHg5GA75RQOTGSZLkWr3a70f/AjJYyljUhqtDEpNMSgVjp0sO/gpcPsKCbZ46JfaepmB"
    "T0BV3GRzTMY54yxrNE4DldU4LeCHLHkxk0KGsxVTIVid9yhY6ylrECqw16fjefeL/6IWe+"
    "EEzLDaZywqyjsiy3Uz3SOrmgwCr0isYEO2M0SPNas04fvvnaAoGjbQbG5TZOkL7REtOn8o"
    "x8IOHQt8iB/ZCzD5Q8rqHYe10LVQyPItUYYpOe0lyBZAW2gHr/5U6f7ZrubIMpY5H2TMVz"
    "f9q4+Dqx9PwRJ/b/XOz/s3I8+IpetoTrkR67b/6c4zYTlozBZjduWy/3HQG3nIGTIwpB7W"
    "v8ob+hd5y1H/9nJw5V+lyJlhy7/O9Z+Pt71fr06980QG2zGtZhjGglqX0iUYUsAWfmuHhT"
    "x7hzmevcO0Z8+09bCoT1Gyo5gW8rwVD+pOEm80zbC37Sh/QpgKxIT9MmQLwYr19axPbFt0"
    "fCub6RDQwrXjqMjScZS9chylQy/25XDQHk9h9jOpNmcfvUDm+Ih0PINmRoxvDJi0yfvI18"
    "se9nBu50UP9M8Hl72LF4fdg27i9EkwBO9Sc9ljSuOkyczmOKqFi8ZJgfl8kjmdT1Lb4Izb"
    "9LQ5FNlecqdzAqnm85r5zFQOhyd7f0Z4MqWaIF1gLt0iuOJ8DedjNkVLM54GK77X8O0gjy"
    "5thhhRko62JLKFa3f1wsjc5aYMUq4MRQLbwsCgNoUJRClIjXR2uoUErBVfVe05F2yLQt0r"
    "FS6XIjIFbAX923akQEIQITMkCnHPycEQQ9UfKLyb+b6dpC4hldoTcgx545gA3T7TwjaOdV"
    "iU06ZPkf5Y1quV6qRG5xYb+s09Wze94ZD9yfriHq1fBv1fuUPrCaNn9vdg+NNv7E9MHhdl"
    "vFAVa88OmrimtEskjmrhllD9lzG3TawLzJrZ28EKobaCDbYCB+kI85go0RTn+kXWFI/B8l"
    "SLdg0CVxVSBzh4AbgZW5al6mQmYO3bP/PCmoKZe5y5Rhyn03bxMAjNcJHkXE0Bv+vZugwT"
    "4ZGP0kyKsBuS2cxQ0oJcyjNYI28NSWsuog1Bw8QW0ngejJn3G1MU5iZ+E3eg6thJ5IDzIs"
    "igqTkIElnpNolU5yXWRzIGIXd88ZTnXIxuH+9bibbiE9YyNN+fKekjSmE3dhE1jP/KvaD2"
    "jCn6xJ+qpSjP6EERn0+87VLGHNIsmwpM2Nn+gySuDYtK3f4DXsiEQoviErJMCltOjNmfEa"
    "hSiPHi3dOED9mKYGYfqw1RLTpO+7Z7/D48WcT/yNO+h2x1uciikzE1E/tmcmTCFLINy0jC"
    "uV9INnmbI5u8FcgmJXPIRnHq9H+T3foqO3T299Xe3B4qO3TbRl3wsaeyQ+umXS5UKwZU63"
    "lzhjj9Zc+g84ioXCKXGKZFQmdlOVzCE5tytMZR9eW+3CNmec4GyVT1K4RitECWeiIqjyWd"
    "geUSWxjO53fL3vaM46IZWCJzK5Z65bw3PO997HeEi0IV7Ea6aim1icWwAL3eplQFuWFH+7"
    "WJFWY2untLZwxaEY6eEH9yivCzJe7TT7coM2wsmQao/4RaNZ1jU9OyKR5jP69AVYRdRfps"
    "K2/zqU3tqgi74Z2156v+q5bUXf5nmZe/K/xwCyTx0lDYuNJUXipf1w7zdfm1JGWs6ytEC2"
    "OJqz8zN3bsmZaXOSojHjMOa58Do/qobWqX4DkGauGErp5m9v3bjvbIfp2Y5/VnRuI9NJn0"
    "zvlgNPg3z+WvY4r/5On8h6Pep0+nfpUr9tdvw1H/kv25IBTNOiUGqOoMCx63UltlFKLMgW"
    "mjlc+PbNq3OKq+SV5TIezqYxJlQ4U2ChFqFrW1nzBWXuCW+QOLeIFXipzU9pCEKTP8ejN8"
    "LPH1hgbNWK7tPaO5qFEzOcfE9uIiZk1lrGuYDSpGXp4pKslyEYuUlcQow9Q+raAHOYYppk"
    "6xQaZIsoRKAtZk5bIxknfT85oLJHHW1EXB6BfW5n++69/xjOM+mmnv/asR092RRe+tq2vt"
    "57vrUY8Ngq19dW0KRRnOb/uj29+8BBIOos7CyyDxqTe44I3GkJ+hLmMDOCyWPTsneXbKDE"
    "D5hyDy7+VHo0dx9Ql62yoxWmE0OnIcne1EEgt9BKGsKkJCZ0RwWiJ7aV8h2mcN305pbKXm"
    "f4dqvgr2btuoFwn25kJMiSGPwFSgd3OGVxnvahVFeFyLHK9RiOJUGUR3YxBNTeIq2W1bTG"
    "eS4ugnLGtvrsVy6oc85plMw6DIIrbSedh4nZG007MAesIGYhMFeLAD4KBX7E/Wv+EVZrNd"
    "CmaIQm6++wDcuWlDfmuMHUIPAKQU6lPedIosQKcI6JAggAnw0sy9TtpIanmgMvA2y8BLKF"
    "uaDOm4igSsdZVCt1JKL8jS69EkQXYS10JzevUBcgT/ibSHBUUC62vmqhEHKZFSIKY/Y0OU"
    "0zST0rC9YlPA5tSrNCNB5wqg+BTwSaawe/ReaicLES1cVqv3UnoZ5nMjvAtkq0/0UaPHsr"
    "JSzHuUsN6nmysbsm78NHJLPp/dCXpb+EKUv6dllv+mh3U2zOCv0lU0kVGVrmIH6Sp2ZXBv"
    "2IpQVwDyNg3CHyE2F0PE+OSjJLAHxxscFDMHGxykkShqrV14NEXAhIQC3u6R8f6KSdwPyA"
    "FBN4BHyQHbAhAYcAFeYItJFjwJJ7sKqT3DOjTNBXhYAGgBd84mNH2ZtgZv7zEb2IDZg2QE"
    "2GXz1pknK9EQso3CfNi1J2i6MpF2cVBrwhar3XR3tHYta2Pc+PWxRItXvEXR1SuoubEqvF"
    "XAreWf2n3F6B7jieuw1eIJOYTdBfaYrSWrSmn/RwBXdICJZ5iSD8BCrCFABmYT6AAQd85g"
    "iPuf+BLD7j6zu479LHBs1fJI5dpqlmuryYX62lTBcllL69l2uJTARJqFfMC7uIs2KW9VhL"
    "+vam1tQnZ2L4rvREjaeIx0ip+QxhPBiM15GZFpKeR3XWBOZRUQ2ji3mVXgQaAoZZshYyBl"
    "hEwvBcqqn011u6z6DdHZlhlUBbraKrdqER1tldK1iGrmtwa2A8jUns/ZsAPWj44+gC/+rd"
    "O/Y+MfX8DPt4DobJoSAClgmhK4d48O3+vsX3T89t49/gG9A3ObPR8wTQiJNLItPkmgiP3e"
    "MTB/ul+X3iP0D6Wc7VA5kw04rD+F037HGkane2FraQTTPsW3+qSSbB9hW41UosMIpAWybQ"
    "2nZ6GnRaUpzq2ftwLVWP83mNl7WzlvDLGjER2asnTHgarksgTn3NJIXVFGg0+mDTM9LStQ"
    "gu0xR+2ftpZnTbi+O7vog5vb/vlgOLi+iusI3s04ybf93kWSZdualKA5ilI8F+BZKcnZW+"
    "V3qyQLomGqSgm3tx9gfsmGoGzLhjRJFLjZF5a2anAJ6BKZXCJUFjK6RNsX84ibZmALAZAE"
    "ia4J4C8CMD0A/FwmT7Pn+565IcSynRk0MQ/C8VrxA5qYR+OsTCuBRpfhEt/+M5VPXJldGr"
    "Os1GB28b8YutAekVSgWhLXuoi17tFREePA0VG2cYDfU0auuo1cpq1Lx9BEMcrMpZLEKc1J"
    "1Q3eqsiTc7hFlbQMZlBNJS13oeU3bc3aiQI7dB/4yz6gn3ne5I5AjU20OMhTZknQ1k/DXE"
    "yTHSLLIEwb5IekwMSB3lmQMVMKIQj7ezVDhLBfAIIk4eCFbSEwZwg/DBQwhfL522uHHzMh"
    "NHznSx8mOKlS21OFgQXB6bloznMVW6CS1jdiIdr2YXcHzdizlhkVCk7jGEadE0oXOuPLER"
    "JM3TU+7xVMeb2Le2BVoubsmb2fmlfAUV6iZpVTQOUUaI7qtTanwG5CkNl+8+j/vJQmEdzK"
    "VSHYHR6Yy4+Eaw8RgCoPtU8feZ6k7R2odWb+aTLLlpG2BdD2OT2KyNvdbHm7u3dFolJcc+"
    "HzEUnXiGIC3k+8mpOPvrfOP/fP2QVtwItA86xkTO7CFrt+fXlz0R/xpp7diS2cvHXv6rx/"
    "4ZWD0jkRpsmvXl1rw8/Xv57y0lJkyuSCEiNa/elZzJ/memukbruiTDHZq5QAqmQTgYzPem"
    "fyv1YiXjuNbGHVo6Mik5q1ynHNpqa1+MRnTqBBe058xtk9KuQuPMpxFx5luwvrPuTZ9oVC"
    "uWGzqd5PY0Ch3I2BjFBm3BNYVb+pOVYfwUiHomOZoU6C1VjvyVjLbZNJnAqyEGyUgbJV5j"
    "tKYNVn1OTPiOdzdOYOJmJ3auZnlMIpgVNUr8C0JeO/IgjF6Ho/xGoaVuCN6Mc62zOiizoj"
    "Uh/u+jTHfE5WQO9w2U1LiY18uTFKb9kafTs4HxULr8MUzTaMrFs6bwaspxbRHZuRU5sTtx"
    "FLg9C6+tn21+G2EFWDz9CbW9l+w2DqSfkONRyg1sYhXlsIrKzjfpLXZS8H3pk17zDbE3Lw"
    "GPtHFQATmRj7wOaJrR2k244hKpFYZcfCaMKIn3T1HBVPuFMvJ6/yIx2PtQKVi8baH5Wmwm"
    "AsHTnU/3KQrDs5hWyfo6b68E1/oWKauOh8V3Z20wRsw9SmzSoPlZciI53Y1GAL+AMaM0lX"
    "hr84auv0NWWhEPDnb46arLcwAVNOwyJOw0D4kDOHJlDKGJretUKK5G2hCagyhTbZFBrqIT"
    "JCdhykTHaC7ycSxySnvyRxit31BtGIgrmhuS4SA7xnFBe12MW/3fV20IjGvjm9g1hnLWU4"
    "9Qk3Kf79HFJo2hMXXTOFx8EG6ggsWulGB0XtWnoA1ewotmgFJcBEB4dXmfDLGPHjrGGPgP"
    "XvLMAL7xCshZ79v19+AM+MccAfB+gUATLF8zkv12YZgCftMMEYm4hkVlDa8iM3CO8npitY"
    "03LKfi/bty7mvCojQbY5jN9IU/3P4fVVhra7bJ8UbrFOwf+AickeL3AikjkTMZE2VdYjWc"
    "EjIavyDpJlPYLDhlK6WxykpCN1/FOK6v2M+BSocqHXqwF1PT666BbN+JA6InEieruwIMHt"
    "iU4UVUCEYJhXxPb8Uz7wA/AnnpcTYyWXHfCWgE9jf8tmc8IrkXgAiA0wBZgA4rnCmDArkh"
    "u29hyh+ywugXNefBM1784vc6Zcabt0pa1GRMZWXomboWnLq5yhfDWBi0/KGEbt/uq8x3ew"
    "+xc578H3kRJDHoEpO31zhLv0+DpIx3OMhBno8vxcEZBKS6SM9Ds00itDcqsMyZG4cYHKF4"
    "8qL6bxxcPaVUaVvfrwD3IUJJWgf5Vro3tSJNlG9yQ72wa/l7D3EV2X4Tdo3zo/wWEhcnO4"
    "TVGrsvEnOf5+S07WRvFWkpewJ1K2nWqyi3ES10K+q49BDkibM6pKsR0CW0h3t1itiZxSE/"
    "ufQWyOLGMZZyRBeOemf/VxcPXjKVji763ezc3t9S88KxgTpR37iScFu+3/s3/u5Q9z0H+Q"
    "vkygu/u0YP7baA6CRK72SgrYvnMQW4qOnjBZBDny8dEJnLJvCEOknzB6luc2hlKx5znElo"
    "k9j0GVTbvJNm1sPfFEhLotKmKcU1cuDqtkL2iSEruFdJweYejbHLPRK/FVCTtQ31aTvy3l"
    "Bc7+3NrrBVaRf20b9Qoi/1LnZKpJtbKHc6BQmpUZmj0gZ0OOVv6vS6+7tpK1clFWlpmmTV"
    "TV44BdTrFcN+xqGso6Y7XZClqpT/b3RCKzoGKIimbdpbO2kVWE9o/giDXDNjPU2/Wm6QBb"
    "YzKI1dcuY5jufbzkZSygMeMVLC77PDfOKYj0tXMluOk+AsFQsJUWPyHZoRD4CM5Hg1/6bH"
    "RW/e18OJR+mk39fmoqRfRTlXi3xoBLlSZ2S2lidxNwGdGQBJJ+XH8qJuPHI3KLHLBbOQa9"
    "0lSuSWxn8SqWGjKSSfLFvXs0fgvv3fcn+hv2/+/fn7B/D4+P2b8/vDnm19+dCGpfb/E5Bd"
    "QQJs1iaPKEe0oR2WnFa9Zek02BEAO1L/iu+kglb4mQYTgEtDAyqXp6V4uJBMUxkKK5yCxG"
    "kLj8DTQHWhMpb7IA2rrUi9UTDnXdZQ0Xmm5CydDdFLJ1dFcfIs2TCgX286JERzGto3hL5y"
    "iQBpnyLcNyFNPCpfr7s8OlY3WxpblE2gw3uNLuhv1T4KPvreHo+uaGx+QSavNkYTxMdzS4"
    "9aN0KXaaEqTLVmWqlcyhLcJ+z5mgeZ6PR/amZWd7FF/jEo4tTJkAKj/jB6NB74JPeQ/PZ/"
    "gv/dvBp9/4FPemxYJfu7nonff5pbkJ9YaYoy30zU85JDfhE7DvOGm8qt6rsrkoP4mK41Oj"
    "LhfHp7xjyjvWDJl2+94xQdUBVfhPzH3iPJSfZXJDphJpONvClJTPNV5NMZvPawuNbPbPFk"
    "oqNlOjFfNayj3t8ZDrog6YknVTa8GgrfdVj6aIp2J/BI79DO47dIpJ1GU8hQRAaxkRFVQ7"
    "vGdAnv49mcQVWWPb0ZEBHhZeune2Bs6gswCPaJF2Xtf54E0SHTUr9VmrPdlKh8umfj+l+S"
    "I6nKqspGr/NEyCL1L7Rya4rVhyx0CWKjgMm50E2ulGUnQcyiR23Ch2cOhXp02JZN71woIY"
    "CVoXiBSMxepx4KknweiYLv6PgHv35AEe3rs/HOrjMGzv4QcewnfsBfIdn7wDvOgOk5RcNk"
    "m40smkINsQCFxbfpZKJtksYUolk9xuEMQm/sr6fZXyXLMpNhwNRncjzzdPKKYuRfdW7270"
    "+fp2MPQyaYXLQDOck01NQrnDqa+yUO5nFkrphIg7SIS4t1GCEbHS7y3Fc3ZBOxG2/uJ2nb"
    "+PXcsvxfjgYpOyt3rNn/ePbQ1JzhBspeTd6ghmwu5s2yaCVlbIbABKjAjT58xtDUUgM9ZL"
    "+tn19UWM9LPBKEH1HT9b/OLQGwHWyNdsVOSE1ELULqtbqVw4xLQ3zVkyZF3s4ejvJFuJx5"
    "XIArHksKAFImhdwALBv03AAbyqL/TsAh/AFx3OITcMfPEq8n3hFjFkfAG67Vo04nsh3qHC"
    "t+M39+47NH4vPKRY/QOUraFZtgam5jq0TMLEGLCeDaQhoaFN2i8EMVdpNw2yjDIjHIG1UE"
    "Bo0wDPMtPLrjdozTbJMVtOA2JoSWWnc9E7OwUMd29dXw0H3LDFRnNpq9+99SrYECX2pyhE"
    "+UAFuo0vVUj6lVHNPuV9qQKodHKlkzdgiWiXTh478smTh0spKBGEWv/Xx8AEm/2GATBBNM"
    "CekVs06iIyqTaOXFcplOs0Hp3D2RyyqdwRGJDCewd5RiQ92qriLLY6ZNKzAR3tEXkSa/j3"
    "AkFHJZHabRIpTLOyr4qJDQEt9OhuIb2RO+MB6TIERyAtpLhbqIxXN6eMVzddxovHoqUpHq"
    "FvmcqeUZ7fZh5PEYrB/X+N8h20oRR8cX31Y9A86bVNKIMOxey25jpSWdESsDYwX0N9Ot1+"
    "Qo4s1TGQIroQ0UxYkYuaDAHtI/iwEMGHOQQfZhCsOeirG2TykbAlpcE12pTCK/trVJpCy8"
    "pKYrnexh+BN1kg6Qzvzobnt4Oz/ikg7gO/9YDurfO74ej68hToLqH27N667A2Hp2C2TK23"
    "e+s/RbM504bF9p+c9ScOa98qVL0sHlLGlaE019mhfylgM+L++GPbE/fnGhgtV5+i4xLFqC"
    "GpfEgIsso4IiIwVQGzyX7/ZQyOXEK3GOh7Tl3oxbfIcReBfM/M7V+CU8OBYyq5rHc+3vY+"
    "jU6Bh723Blfabf+XQf9XL+GpX4X73hqef+5/vLvwsp7qU2S4Js97OgwKFJGgQBG7MvL+ZD"
    "3d9G55FsmL37RPvYEHnXPjCjTNhTaG2OvhvHd13r/wbuqcRdMsd1SrW0QI62YLYd2UEJb0"
    "BRQ2aiRw7RN4qz/uEvezpMjOiS5K4Eq5mJtGdtV5JwOSnpBDJDOPi7BqQhc4grgU+LWxY/"
    "+JBJTnRySl0cqMJGFGcpCO55ifMvBi9SUWFAFSRdmp0C8V+qUS2bZv1AW6dyphpadFlxr1"
    "OFIZWJozyOlve4wtTKalhjkBVePc5HGG87ljP3lp+uWieNNApWllC0ay7KZwitw0ucR9mG"
    "Fahl4BUhG8NhI9rwyIfDw6heNxTw+Vqv1iumhYeuo7FgenZ81qxXNBngUf9HqmI1uYIrog"
    "0eltv/xxC/TEcyUILGEShy2CEwL9p5I5RRvKe8J6VUmNgICrNhYKiKXUQybmaUNFSbKkai"
    "r4/SzaypODdMS63jRRDrKMW7+n9ix7tZx48tesnGNP4aK2/uyThsK269PnuAamgP9e8xTw"
    "2n0LwOMkJ8jPdRN0eQCepzYwsAEw5f+P2BWe9uZ5KkrUW02fKklOs45YQV22MvEK0eSA28"
    "a4BceOPdPyokoybGxxWPscsNVHb1C7BM8xkGJ5PcuWLTqtnn2cLWjfBm5rP84mbZpX/rZm"
    "meiLeFnZhmo7krb5CETZNUXxT0uhWc4mH0ep3CUFLMaRzAwbmteiqSD2jOTCxuL4BCtgwO"
    "TfuTJdFqQ3uipuXh6penNAaJbLsQhETXcFjAJOtHmBtLpBe0BtQPikAHQKqae/+1GfoSIP"
    "MAFMdgOBPRgsEP0Q1jkMW3Hdnk7ZZsiLO4ry7NbwxIy8LqvlxIALoj2gMftsVEaXnZob/N"
    "kgeTQlBtrwcEpDt46Cp1OiE7n45EyglFwjkBhniBC2esuYDiKQFlrCtpILR4URZ7PfZgX3"
    "kd0ykTEpNfQCuAo5bHLIodK+lfbdQPWwkPa9Gw0xDEQQaIbRIIUCGqERbb5WI7xm2lV4AI"
    "p7crm6FfT1wSvE6g8zYFccrqE9c+1tBh8RYTocWzTcGdPU+FlgQB7xnClwPH+dp6Q5aM72"
    "7OWVtGpY76PX6ohhVh7PgpDUEhNtfY/RH1K64xmefC/q4w/d7tu3x903b9+fHL07Pj46eR"
    "MufOlbeSvg2eBHvgjGdrIChV9iQ1l8B0rh1B4k0JTsObLk0kGtEC3Uk7aQlrXhKSjSZHfm"
    "fi6IjhzjnZsgl8Q8yCVxftFjAijPDGFCJscb8ewSQU6JIJPE3dV5/3bUG1ydsq1CRw5lY8"
    "QQPw1ubrysFWxXmFeZcaL6BGuQ8vxdogi9bN9fBKIOKidXJwt9o9qSohK6pgCudM1G65p8"
    "nWBi3aMo40JOkos4rA3BKdsOZDMRJEhzLYoFyTrzv6oEVH1RTf6ikOPYDhs8Ud21zE0pDl"
    "IhKemNyWfIYV+CXLhtEqeWqvVLFZcWyyWHVJv+PixRX12bqf4z22LzR+JTSsDa9yXlrUjB"
    "h3Sc+R0dp1O0KTu+suMrO35xO/4lJIQfl/uZrzQdgTE/3uCgkEWfp4PXvoaAtTZ9/gzPLM"
    "7N5GPbNO1n5ADvLCCPqsJWNPjKWw3Bix7B8G9Dfp5rCvHLD+BXdO5FaXEwAe+AzUEEOU9Y"
    "RwD6gYRpk36tTxZa9FMmXH+1V0FfOy3Eruzx24xckhWDNhOAGkfnNiUglyCZCRs0V2ZZoc"
    "Czmz05enxdsCMnTrcX2I+9GgJOBFIg7noZKwj+Yz8EO5zlztjKhoyDZUQzAoHrHiw7B5iC"
    "uUumiLDN1OF/8fPUXlPeDybAsC0kCrre5uPurXvrV4fnYrH8Bs/Id8K/mJEJW6gPVl598n"
    "J59nvZTfAg6DjsyQS88J1V/hsx+cYkLw+4lIAw39GB7RjIYc/7ElD/hb/EFY8T4C8Iw/68"
    "E+j8HS1+j4cSuKuAcU8ioeDFI5rTU/6rWB+EYtNkmCgF7GkvswWLR/YV+urxRBQfoASKOg"
    "WKYDDK+EcDbJM3v86qDtS9Nepf3lz0Rn02hMtSP81wXS6/hNQw5MW5rDBtEuVqCXcRpLqW"
    "8RrHQUpASaUalM4c0Oa0AVuob8a3d+nc7AmU8iulJ+4YmxQ50swmYYpawZpQppwA2bySQM"
    "tpDXzFcrwmUIrYjPmq3J6tdXs6aG6XzMyfgKpxbvI4787v2rBBbaXbtWEct8Dr2kMO1qcd"
    "gXF3eecgz64LV23WGXKzSVVpLZtlISxR927TcneNM07Fj/MfHRU5zn90lH2cn99LnF5gH5"
    "UEw8vmLWT3sFCyhMOcZAmHgmQJtkWRSEfKLjoegdRfc3w30l1l1cV36q786/8BgNYJ7A=="
)
