from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "complaint_document_sequence" (
    "key" VARCHAR(40) NOT NULL PRIMARY KEY,
    "last_value" INT NOT NULL
);
COMMENT ON TABLE "complaint_document_sequence" IS 'The last number used in the bureau''s series of one kind of 文书 in one year (incremented by an upsert).';
        CREATE TABLE IF NOT EXISTS "complaint_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "year" SMALLINT NOT NULL,
    "sequence" INT NOT NULL,
    "number" VARCHAR(64) NOT NULL UNIQUE,
    "ground" VARCHAR(64),
    "fields_snapshot" JSONB NOT NULL,
    "issued_by" INT,
    "issued_by_name" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_complaint_d_kind_e771f0" UNIQUE ("kind", "year", "sequence")
);
CREATE INDEX IF NOT EXISTS "idx_complaint_d_kind_b0ccd5" ON "complaint_document" ("kind");
COMMENT ON TABLE "complaint_document" IS 'A 文书 issued on a case, numbered in the bureau''s series; the file is rendered again from these fields.';
        ALTER TABLE "complaint" ADD "complainant_name" VARCHAR(50) NOT NULL DEFAULT '';
        ALTER TABLE "complaint" ADD "track" VARCHAR(12) NOT NULL DEFAULT 'complaint';
        ALTER TABLE "complaint" ADD "anonymous" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "complaint" ADD "registered_12315_at" TIMESTAMPTZ;
        ALTER TABLE "complaint" ADD "complainant_address" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "complaint" ADD "intake_channel" VARCHAR(8) NOT NULL DEFAULT 'miniapp';
        ALTER TABLE "complaint" ADD "kind_facts" JSONB;
        ALTER TABLE "complaint" ADD "kind" VARCHAR(24) NOT NULL DEFAULT 'weighed';
        ALTER TABLE "complaint" ADD "staff_facts" JSONB;
        ALTER TABLE "complaint" ADD "registration_12315" VARCHAR(32);
        CREATE INDEX IF NOT EXISTS "idx_complaint_track_c07e0a" ON "complaint" ("track");
        CREATE INDEX IF NOT EXISTS "idx_complaint_kind_1fe061" ON "complaint" ("kind");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_complaint_kind_1fe061";
        DROP INDEX IF EXISTS "idx_complaint_track_c07e0a";
        ALTER TABLE "complaint" DROP COLUMN "complainant_name";
        ALTER TABLE "complaint" DROP COLUMN "track";
        ALTER TABLE "complaint" DROP COLUMN "anonymous";
        ALTER TABLE "complaint" DROP COLUMN "registered_12315_at";
        ALTER TABLE "complaint" DROP COLUMN "complainant_address";
        ALTER TABLE "complaint" DROP COLUMN "intake_channel";
        ALTER TABLE "complaint" DROP COLUMN "kind_facts";
        ALTER TABLE "complaint" DROP COLUMN "kind";
        ALTER TABLE "complaint" DROP COLUMN "staff_facts";
        ALTER TABLE "complaint" DROP COLUMN "registration_12315";
        DROP TABLE IF EXISTS "complaint_document_sequence";
        DROP TABLE IF EXISTS "complaint_document";"""


MODELS_STATE = (
    "eJztXf1z2zbS/lcw/uXSGScXK7GdOjc3IztKo6u/asnt9c43DExCEs4UqRKkXfXe/u8vlh"
    "QpfoAUIVEUxeCXNiaxIPUABHafXez+72BqG8Rkb7qeQd2e5TrzgzP0vwMLTwn/h+DuITrA"
    "s9nyHlxw8aPpN8fQTiNRw0fmOlh3+a0RNhnhlwzCdIfOXGpbIHBjEcRcPBoh3oxfO0T6BF"
    "OLGMi1kTshaOaQZ2p7DPmdosc5Gnzpvu4cn6BXuu2QN/4Tv/uIHPuFIewQZJFn4iBvZmCX"
    "GG/gLQxb569BrXFdD/Qs+ptHNNceE96jwx/77//wy9QyyO+EhX/OnrQRJaaRwJsa0IF/XX"
    "PnM/9a33I/+w3htzxqum16U2vZeDZ3J7YVtaaWC1fHxCIOvBG/5joeQG95prkYqHA0gjdd"
    "NgleMSZjkBH2TBhAkA5eYHntQNOub4baoDfUtIPM4IYSMfgXl3TbgonBX5X5v34Mr/C6c/"
    "T+9P2HdyfvP/Am/mtGV07/DB69BCYQ9OG5Hh786d/HLg5a+BgvQWXktyyq53ScC+xCYDWy"
    "IY5Nh/b7Tufdu9PO23cnH47fn54ef3gbYZy9VQT2ef8HwJs3sPmHHXz04QAsAcduFu9PHD"
    "KXTokY8UAiBbixEHkT/mMd+MMLu8G/AMph/6o3GHavbqH7KWO/mT5M3WEP7nT8q/PU1Vcn"
    "3yWxjzpBv/SHXxD8if51c93z0bSZO3b8Jy7bDf91AO+EPdfWLPtFw0YcyPByeCk5qrprO5"
    "rUChUXWetrWoxVQ0azmoUqjaj/VwbTiwl2ikANpVKw8tet5itZbth1ADvFv2smscbuhP95"
    "8r4AxZ+7dxdfunevTt6nPoXrxZ2OfysJNJ3JABy0rg/Yg4M9hTVQoSTn7kJiW/DWuh5sGV"
    "8XO1yFlMF3KdG66XvU+VACX94qF2D/XhJhg7iYBkZMEuJ/DG6uxRDHRNL6CtVd9H/IpGwt"
    "RbEU1n8beZb/DaFHj5outdgbeOzftzUGBZADRAndJUT61VX3n+lBuLi8OU8rJdDBeWpAwP"
    "zSJphNZGZ9QkhtiCVWFlmEFbgrwAWLfvQUMz/hwiPWn16wY2iZO3bHzmubvTXtTNNXsIXH"
    "PnDwC+H9F0TNFbUons3umU87ZHic+O3DIiJnGjTUvLDlSiani3Tq0j+IhWwHTYmjT7Dloi"
    "duTFjInTi2N574/Ar0/Hrm2GMHT9Ere0YsaqCRY0+Rzl+jMyCM8R6/yzI323iAYmqaxdQE"
    "oyWzMC0lqlmadgvvlld9/ittSXxjImsB3DADfssAzzhAUrZ8JLAlcHe4r3belkC38zYXXb"
    "iVRFd3CGChydOLScl6aMZ6oec/0LixzPliVuwJ77iYwIW0o4mZq5n2mFprDHxGuIKxb9hX"
    "tydDnUsxS2jOsaXAns7MAILMjDhfyH7+8Y6YOIdvWijEF2E/e/jN/xlO9vDq8tsXAKXxrc"
    "a1q4LrFjprK2bMe4TOH4n2m2e7eEPMBmFvP0FnbcJsm4bsAHz0XV23Pf95GUs2cf+wyJT1"
    "vf0ajjVdZcvmI6PsxWbZi0BPyLrP4jLKZlxp0hiU8SV/Lu2lTMsp5rAE2I5tEilnRCTQDF"
    "cEPK81rgg+g/kL6VL+t7hM+0z6d50SE/5dJ3fCw62Uh9N+Ipa0vycppRbx1Y5kHzDKmLcW"
    "fSIQV3Z00+zodGDGs2C7Prf5foGt/NiMZ9Fe/ciltrWLhF9ZvQN6fnNzmRjL834qqPH6/u"
    "q8d/fqyB9E3oi6JK6SKlJSkZIaI2RtTjImq5bSJi+lM8zYi+0Y8kEpacH26YOd4+MyPp7j"
    "43wnD9z7Uwz41OPfCXj5x7I7WV4Xal8rv69FGAbwrbPB5XSh1rsmr3cjTE0+VL7PTEBF5F"
    "KWGblqTs+UGdm321rsKg73N239iUPkWS41pZWGlKz6iJr8Ebm2O+MqHtfw5aK3k2LtUxi2"
    "wWxwyIgFP17gYCnUEtKiNWoH0ZW9Ug8aEuMaOVSFIa6xu4eFbsFkuxLxrSPbNO0X4iB75A"
    "ea2qMR1Sk20cK3eOZfhfPBxNLhNnq0XeSQmUkJQ9gykI6nM0zHFhNFt1bdvfJVNstXqWJb"
    "VWzrPgMcrE/wBnLbbEJua3tsBum9N8DDlV5mRsdlajwAuDiYcVDLzD46KXMMMK39x04Bng"
    "hCHJro6N3d4rEFPy8eS8U1hO1VWENiNakirIHpRO6MQiSg7NESuyR11vcMZYSVU7AptE9p"
    "pyD/ncQJ0hys6xvMdlEL26fy4qxH9nlWxCWs4yURiCtyt2nj3RDq60f+TiYxxiQ3U1+qxW"
    "ERBfYUtpXN2Pe5+1OQHu8j+kqNr4gyn5ty7RnVETO9MWJcmyAGeqHuBD09vvkv4+oUUFTB"
    "9b+O8G9/9Vsz/5Y4Td9WnlIxK1aQREgRN0UaUz5Pxn8yk00rFJdpYaB55225s7RFh2kzp2"
    "mx6cJBCIj5kzLN0nLKRKvcRHsic4ibkBqWuIwaksqHBFvsJXAVJQdkSH7Py30YSbRiRSrS"
    "4Hr/HBYDHilwlzfXP4TN06OQiqvl0IztQCspuw3EZWrLL1dT+rPqObnAwpRb+5ciao2pfI"
    "2ZeY/890ykAxkScsrDUtrD8kwcJlQ0c33dMYn6wtuOtrW+VBzepk5C5EPdXtJzkfh+HeIr"
    "IalGvSmjLiDBMikywrF7nMslBM/IbSkreL3jXMFCmiEYRVhngf5sO4SOrR/J3Me7z98Li/"
    "3/OXkz9gvpvFQk/LKDXyLOLjvNOBD855NAE+Bvga7vLy8P/twNi3tvBbYhMX4KeSsBkyto"
    "dViOzfUiyXKUbheF/JlPsEJYoUENZPH/Bx0hDviIGsRyzfkhGju2NyMGlEahLuPNnCnm+i"
    "eUUOHG8CEa2c6ixIprI77k2OYzEQU81vNQFQbZrDDI5cjJWPZJqdax6lsheOHDkME4bN8K"
    "uqoGfOFUm0UEJ3kKCKqlSAtRrj4yL1JTSi7CUXtlnaet80cCoUVQwkygRZo2zkE0KZaCdQ"
    "Ry2wL27ZttnesrwO3Tzf35ZQ/d3vUu+oP+guOLDC//ZpJVuut1LzPMtcU1GY6GFLWalFLs"
    "auXsKtcOXU8wJLBa9yxvmjGgkkGQkXR9jgU4/yGJ/sHNbe/6DIHkg9UdDrsXX3qfzhB2Xa"
    "xPiPFgfeoPrvqDAVw0KJtStlCpdr/WB8GPmD2tRSZlpRWh1BRCqXTs5LqDnxFuXyHBFg/9"
    "wlpfZ+BToipusjmUccE4y5LGWUHFGmcV/AglP2ZSiHC+YSoUVuc9StZ6yhuECvj6bDzvfu"
    "FflrEXTsAc1j5nUVHeEVmsm+keWdZkEHhFEgUb8p0heqJZpQnf/30QFkWjBpnObJdY+lx7"
    "IvOD/yjHwg4dCzDET/wFuP4hxXonxVroWijFfEuUYUpPewmwBaIt5MG3kOUIJqn0rK6XrU"
    "osuTU4G8rEwx7lx8MeZeJh+SogpTOH7euD+IVrM4swzxoWjjKzuJM/izuZWQyAaSO+Ecsd"
    "bEhIbUSMN1Nfq5MBH43kByAlpkZg/RHgz8VPRFvDc5yVrDG/y6IacD3rTpkq7/k13jMV3s"
    "NtCVuudA0bkWyNsNeD93EZBfE4X0E8zgZGxGDDhsG/hxy322rUY+KtA347pzot25pPbZGj"
    "s7j4Q1xOZcKUOEXikDHkgvKrAGpHnXdHx3LEq0i6fcxr9cfXAuQgyjXAbS33kbAL5UZqsh"
    "tp/+I4ZsQyFvkPZUI5bnvXn/rXP5yhhfyD1b246N0O/YAOXSczFwI67nqf7/1wDoeMPAZX"
    "rnqf+t2hLzklBuVLC8gGV6FhcBFaDnt3V/3r4Cr/DLiaF1yHQfx01/3l+szPrWE4+CUIRN"
    "l5kMiUOKACy6tyGcEW8k5HpRSKowKF4iirUJi2HhW4LQt2XKaFOG9FcdtJEsqmBbls+8Q7"
    "Y3Rs8d1+HbCFwgr11aiPbVuUyiQf6UighWvHFqztfUmUscdTmP9MV5vxj16gc3wiOp1iM+"
    "e8a0IwbVgEkm8WPezh3C6KpO9d9K+6l6+OOoedlA0dDsH7zFz2kdIANJnZnJRq4aJRMSWK"
    "pxDfos2wKA6hcDqnJNV8XjGfucnhQOEz33HnaoLU+YVwi8QV5iswH/EpujbiWWGF9wq8He"
    "LDpU0JB0oy6DQt2cK1u3plZOYBlcHWK8mYkm3hIZk2cZ1xCDIjnZ96MCXWiq+q9vyDtuVi"
    "nes6HDpJp3FKsBXwbzuoEDNGGJsS0XHvgnyECan6D822KDRlCaX2TBxDnhwTSLePWthGig"
    "PLBdj0CckL8Vzt1cp0UqNzCwfhGZt5tm67gwH/k/cFHq2f+71fwKH1TMkL/7s/+PFX/idl"
    "T/N1vFAVW88OGXumtEskKdXCLaH6L2Nmm1QX0Jr528FSQm0FG2wFDtEJhfNBoikO9kXeFE"
    "+IFZkW7RoEMBUyyQygGPqUL8sTmVUiJda+/bPoiE84c09z14jTbAprCIPQDI9IztWM4Dc9"
    "WxdhInAKUBpJkeyGYO5P8JQAS3kEa8StISW+RLARbJjUIhrkhJz6vzEDYWEAq7gDFckqFc"
    "k68hg2NYdgJqvdpiXbF8G6hVN9i5A7WDzlMRdLtw/3rURbwYS1DC3wZ0r6iDKyG7uIGoZ/"
    "5V5Qe8oNfRZM1bUgz+lBAV8MvO25HDmiWbYroLDz/QdpuTYsKnX7D6Cop4stl66hy2Rk11"
    "Nj9mcEqlRi/Hj3LOADviKY+SmmIqkWpZZ61zk9ibJswB9F1veAry6XeXBypKZi30yBTpiR"
    "bMMyknLul9JN3hXoJu8Eusma9VTicuoIU5Pd+qpSUv731d48l6pSUttGXfCxZyol6aa9Xq"
    "hWQlCt580Z4uyXPcXOE3HlkpomZFqkdFaWzzQ6sSkHa1KqvjoQe4Qs5C+ULNu2lFCIlqjY"
    "xkSloqWzkV4FaXfuF73tGcZls5HG5lYiDelFd3DR/dQ7EC4KVaAb66ql0KYWwxLw+ptSFe"
    "BGHe3XJlYa2fjuLZ09N+b2tHUP6BFRup6F6Ocf70hu5Fg6K+6nRX8tmtSJCUqeKwSr99xi"
    "pCzbpSMa5GGoCrDrWJ9txW02sV27KsBuobP2rIL+krb1tN/RGlaU/ju+0JVIA64Z8fYlKq"
    "I+eCfHH04fvPfk5ARRxjxiINtCGOkYBCxv+gh5oxBdlC/1HIK9vzDElRlK2Ef/IkTzcVnk"
    "ED6M0BiP+bugkWNP4T6DFgCNqDhq7c8XZjoPU9zOCfZVUEZ4G9j4VarzXaY6b3ym4vocMJ"
    "Wfrgynuoz3MJRpk21chfMwWi7KLwFxkTbBWRl5E6z8Ml//UqJ1xQ2qj8mDOuNyi+tSon3+"
    "7erxDbYzjVl4xrhynAU6/3SPQLQZZVLhsa0pkxromsJySvl6W1xG+TKyi3YEkHTeyqxk6/"
    "JgV7/IqPiKfOj309NeJr5iaexLGZ1pMaV1rnZwJWr9bOgqSFR02zOYy7oL0nNM7InJdxjU"
    "wrsFdHgR6RYR5mUYN/Jclm7Lh1tASiniaYfEE9Zl8x4sJVqY86B69gm4Wa0ow32OaZQUa5"
    "8hWn12Ca5IyOOcEGrhhK4eZv79246WT1ivzm2T7KHJoB9c9If9f/Wuz5BOXfoHsR4srtJ+"
    "/nyG/BJq/K9fB8PeFf9zzlwyTXt9ygxQ1ZlgfWyltsq4iDL1s6Z+gI+smZ+UUib+ShNf9k"
    "jjRkcZmwVt7ZkQFZui2BTFpig2pS1sigqSa2zsVwK8IioqjXIZRspKyyhiap9W0MMCYoqb"
    "U3yQXSLcrIpy6CTEmmxcNkbzbnr9RYEmzpt6JBz90tb8T/e9e6iMGEhz6713PeS2O7HcB+"
    "v6Rvvp/mbY5YNga795totFlRjvesO7X/1Etw5xnbmf6fZzt38JjUYYcj2uwwEclavyV1Dk"
    "L0MDuPAhiOLqi+Pe4nL1KXpvt7tGVRH4RhxH5zuRxEIfk1CsihDQKRNkdclf2pcS7WPDt5"
    "ISTZn5+ei318xXSSnaNuohRkVJKUCJWWPIY2IqIUVzhleRd7WqIhDXIodrXERhqgjR3RCi"
    "mUlcJbptO0udhjj+CTcyei84alxEmUaHkctwpbOo8erDshYiz9SAU1vIFztEDnnN/+T9G+"
    "iF8nnjuWhKXAz03UfkzUwbw60RdZh7iLDrYn0CTSckOM0KZ1zh4KpfDkNwOraGByqCt1kE"
    "L3P50mRIx1WkxFp3AO6oFBNwVMAEHAmYgEU1MR8mCbDTci2k06sPkGP0D6I9zl0iYF/zT8"
    "kmhJRKKVDTX6ghqr2UC2nUXqEpQHPiV8SWgHMpoPAU4MkmuHN8IrWTRRItXFa3cAQQKmEW"
    "RniXqKqZ6qNGj+WiMKasy3KvC2sGcIOxIevGz0puyefTpkwHyt+TD/1+Mv9ND+tsGOGv0u"
    "o2EdECWlil1d1WWt1dEe4NWxHacJz7E6bmfBBm0RLwwckGhyXTJ4KQFk/OtZoXHk4IMjFz"
    "EbR74ri/DjJRobAbBFFyQVZDA8/RK2pxzQKSNEKqQteeUh2b5hw9zhG2kDfjE9r9LssGb+"
    "8xG3DA/EEyCuyieevoyUoshHxSGIZde8amJxNplxRqTdhitZvujtauRQ3fW9uk+ly4eCVb"
    "lF29wtrAs6VYiRyw/qnd1xzuER17kD/1mTgMMn/ZI76WOGTsBYdC/sIQGDrIpFPqso/IIr"
    "whIgblE+gQMW/GxQj4n2CJ4Xdf+F3HfhGlfa3jkcq11SzX1nJUZbaMpFT7MrtuIxWBTmau"
    "9mI7oCVwlWYuH/Au7qJNxlsV4e9TvhAFtXo3ATu/F4V3KiRtNCK6S5+JBolgxHReTmRaRr"
    "KIzttDlAvABDpOZRXYdVYBqUSjSSFFQmaXAsXq50PdLla/KTbborBGIeWUbnMoV7RjXeJp"
    "QQT5/I+4UAbYVbZFEKSXgn8ny25Y/j3I7p9kjcoyUvU9fwOb7olIUVWL5q2jqt6XCaR7nx"
    "9H9/6tYqu+LbZqUeNOsN4tq9+VWeWWRffKkFJBa2Q7iE3s2YxjjXg/OvmIvga3zv5Gjb9/"
    "RT/dIabzicEQdhF1GV9ajo9OdP5fcvruwTv9nrxHM5s/H/H1goi4qC0+SVhsyKDwdN1Hwg"
    "dUFRnaJS0lG2pdf/K6/Y6yjk/30n6imEz7KL/q0+lyDZor2VIpXmMiLbDqa8gbgH3+KAvx"
    "uW2bBFt5RGoolAL5kUttC+VwZtfLnpzf3FwmzMjzfpoeub867/H1w0edN6JBIEHWuB9h6m"
    "hMx6Ys3EnBGiGPruwt5uBjcT1RLpfPpo1ztfalUArtEUjtH09VxKPe3J9f9tDtXe+iP+gv"
    "ShJF7Ih/MwnyXa97mUbZtsZrwByXUjiXwFnRg/lb5TdLDwriAKtKhrm3H2BxkegpcfQJ3h"
    "imq0U3LUJpq4RLCJeIcolBWYp0ibcvFwtkmiEXgjALU/wzBC+CqHuI4EQ6JBgNCFogQizb"
    "mWKTAv3rt4Kj6RTiEJfUSmjR5QQDbf+ZKhpI0S6NWVZqoF2CL8ada5J+j7Rc6xwgnePjMu"
    "TA8XE+OQD3FMlVN8ll2rp09GBcRtFcKj2mspzExyUDpUnuVF9CRsUorTzWt/R/bnjybOl2"
    "3S98yx47S0ysxJkz/gbo+v7yslzVi11Y+U1bs3ZiwA68R3jZR/ITZIw/EJixqRaHRcYsC9"
    "sGCejLWbIDYhmMW4NwPBSNHezHE424UYhR1N/rKWGM/wIUlkdAryAOacYlggB4iEx6+f2N"
    "A1FZzI3e+SoQE0RE1fZUYWBBeG44Xu1BxRaoch2NWIi2nebDIVP+rEUumZLTOCGjYs6yJR"
    "5hOSKCqbvC570UU17v8h5YlaI+f2bvp+UVYlSUol5lU1HZVJpjeq3MprKbEGS+3zwFPy9j"
    "SYS3Ck0IfgcCc/0zFo8xAVUYb58+8iJN208l4EyDc7SWLaNtC0Tb5/Qoo2938vXtzt6Vx8"
    "tgDcrnE5GujscVvB+hjl0g/WBdfOld8Ata//oM+fkYud5FLX795ur2sjeEpj7vxBdOaN29"
    "vuhd+oXwdADCNOHq9Y02+HLzyxkU1WMTrhesMaLV5w2g8LTgHJpue6IcWfmrlEBU6SYCHZ"
    "/3zvV/bY147axkC+u9HZeZ1LxVgWs2M63FZ90LAg3ac9Y9ie5xKXfhcYG78DjfXVj38fa2"
    "LxTKDZsP9X6SAaWy1oY6wjrjnpJVleuaw/oIRjpSHdcZ6rSwGus9GWu5bTItp4IsBBtlaG"
    "yt8x2lZNVn1OTPCHKCODOHMrE7NfczysgphVNUqcW0JeO/YhIK0dV+iOU0rMAb0Ut0tmdA"
    "l3VGZD7c1QneYU5WAO9g0U1LgY19uQlI7/gafde/GJYLr6MumW4YWbdw3vR5Ty2COzEjJz"
    "YAtxFK/Yhd/WIH63BbgKrBZ+jPrXy/YTj1pHyHGg2lVsYh3lgELdnxIL31opdD/8yaf5jt"
    "mTh0RIOjCoirTBx9ZENKf4fotmOIisNW2bEwmjDmJ10+R8UT7tTLCfXNpOOxlkLrRWPtj0"
    "lTYTCWThw3+HKIrDs5I9k+R0314ZvBQsUtcdH5rvy8zimxDZM6N6swXlGKjGxKZ4Mv4I9k"
    "xDVdGfySUluHrykLhQC/YHPUZL2FKTHlNCzjNAyVDzk6NCWlyNDsrhVBJM+FpkQVFdpkKj"
    "SyQ2SU7KSQouwE308sjknOfknLKXRXE6IxA3NDui4WA7xnEJdl7JLf7moeNGaxbw5vP9FZ"
    "SxHOfMJNin+/wC427bFHbrjB41CDHAgYrWyjw7K8lh6KanZctmztOMRVBwfq6wQF3OA4a9"
    "Qj4v07c/TKPwRrkZfg7+8+oheOOILH+fUC2ITOZlCo0jIQJO0w0YiahOXWjtvyIzcI72em"
    "J1jT8i2IsH3rYs6rIgny6TC4kYX6H4Ob6xxrd9E+rdxS3UX/h0zK9niBE4EMSCRU2kxBo3"
    "TtopSuCh2kCxqFhw2lbLekkNKO1PFPKaj3M+JTYMpFXq8G1PX45JE7MoUhdUTqRPx2aUUC"
    "+EQnLlVCheAyr5nt+6cCwY8omHh+ToylXnYILRFM42DL5nPCLw57iJiNqIsoFBuyAv+WSG"
    "/Y2nOE7rOkBg64BBQ1dBcUeFSutF260pYjIsOVV+JmaNryKkeULydw+UmZkFG7vzrv8Q3s"
    "/mXOe8A+ssaQx8QUT98c5S47vg7R6YwSYQa6Ij9XTEilJVIk/Q5JekUkt4pIjsWNC0y+ZF"
    "R5OYsvGdauMqrs1Yd/WGAgqQT9y1wbnQ9lkm10PuRn24B7Kb6P6boMvmH71vkJjkqBW4Bt"
    "BlqVjT+N8bdbcrI2iLeSvIQ/0eXbqSa7GKflWoh39THIIWgzDtVaaEeCLYS7U67WREGpif"
    "3PIDYjlrGIM5IA/OC2d/2pf/3DGVrIP1jd29u7m58hKxhXpR37GZKC3fX+0bvw84c55L9E"
    "XyTQ3X1asOBtNIdgJld7JSPYvnMQW4qOHnNdhDjy8dEpOcVvCEOknyl5kcc2IaVizwuAXS"
    "f2PCGqOO0mc9rUeoZEhLotKmJcUFcuKVbJXtAkI3YL6Th9wMjvM8pHb42vStiB+raa/G0p"
    "L3D+59ZeL7CK/GvbqFcQ+Zc5J1NNqpU9nAOl0qxMyfSROBtitPR/XfndtRWspYuyssw0bY"
    "KqHgfsYooVumGX01DWGatNl6KV+mT/nUpkFlYMUdGsu3TWNrKK0P4BHGMzbDPHvF1NTYey"
    "NSaDWH7tMsR099MVlLHAxhQqWFz1IDfOGYr1tXMjuOk+AsFQ8JWWPhPZoRD4CC6G/Z97fH"
    "SW/e18OJR9mg/9floqZexTlXi3xoBLlSZ2S2lidxNwGbOQBJp+0n4qp+MnI3LLHLBbOgb9"
    "0lSeyWxn/jqRGjKWSfLVg3c8eocfvJMP+lv+75OTD/y/R6en/L/fvz2F6+8/CGpfb/E5Jc"
    "wQrs1SbELCPWWI7LTiNW+vyaZASAi1L/iu+kglf4mQQTgSaGFkUvXwLhcTCYgTQgrmMrOY"
    "YObBG2gOtsZS3mSBaOtSL1YPONZ1jzeca7qJJUN3M5Ktg7v6EGlIKhTy52WBjsu0DuItna"
    "MgGubGtwzKcZkWLtXfHg+XjdWlluYxaRquf63dD3pnKJB+sAbDm9tbiMllrg3JwiBMd9i/"
    "C6J0Xeo0JUiXr8qutmYObZHst5wJGvJ8PPE3XXe2x+VrXMKpRV2ugMrP+P6w372EKe/Lww"
    "z/uXfX//wrTHF/Wszh2u1l96IHl2Ym1htCR1vk9yDlkNyET4l9w0njVfVelc1F+UlUHJ8a"
    "dbk4PuUdU96xZui02/eOCaoOqMJ/YuxT56GCLJMbIpVKw9kWpKR8rslqivl43lhkaPP/bK"
    "GkYjMtWjGua7mnfRwKXdQhUrJuai0ctNW+6uGEQCr2J+TYL+jhwJ1QFncZTzBD2FpERIXV"
    "Dh+4IKR/TydxJdbIdnRioMe5n+6dr4FT7MzRE5lnndd1PniTREfNSn3Wak+2suHyod9Pbb"
    "6MDacqK6naPw3T4MvU/pEJbiuX3DHUpUoOw2YngXa6kZQdh3USO24UOzgIqtNmVDL/emlF"
    "jIWtS0QKJmL1QPDM12B06s7/wtCD9+ERHz143x/poyhs7/F7COE79QP5Tj+8R1B0h2tKHp"
    "8kYHRyLcg2BArXlp+lkkk2S5lSySS3GwSxib+yfl+lPNZ8ig2G/eH90PfNM5e6nkserO79"
    "8MvNXX/gZ9KKloFmOCebmoRyh1NfZaHczyyU0gkRd5AIcW+jBGNqZdBbBuf8gnYi2fqL2x"
    "38beRZQSnGR4+aLn+rN/C8v29rSAqGYCsl75ZHMFO8s22bBFt5IbOhUGpEuD1nbmsoQp2x"
    "XtDPb24uE6Cf94cpqO/hbPGrI38EeKPAslGRE1ILUbtYt7Vy4TDT3jRnyYB3sYejv5NsJT"
    "5WIgZigWFJBiJsXYKBgG8TgQBU9cU+L/ARfdXxDAMx8NWvyPcVGDFifEW67VluzPfC/EOF"
    "70ZvH7z3ZHQiPKRY/QMU19AsroGbuY67TsLEhGA9G0hDQkObtF8IYq6ybhpiGeuMcEyshQ"
    "pCmwZ4mptedjWhNd0kx+x6FhCXljR2Di6752eIyz1YN9eDPhBbfDQXXP3u2atwQ5TYn+Ii"
    "ygcqsG0CrULSr0xq9invSxVAZZMrm7wBS0S7bPLEkU9IHi5loMQk1Pq/OgYm3Ow3DIAJow"
    "H2DNyyURexSbVx5LpKoVwneXSBpzPMp/KBgECK7h0WkUh6vFXFWWx1zLVnAzvaE/E11ujv"
    "OcGOSiK12yRS1M3LvioGNhJooUd3C+mNvCkEpMsAHBNpIcSdUmW8OgVlvDrZMl4Qi5aFeE"
    "h+zzX2jPXxbebxFKEa3PvnsNhBG2nBlzfXP4TN017blDHouJTf1jxHKitaSqwNyNdQn063"
    "n4kjC3VCSAFdCmiurMhFTUYC7QP4qBTARwUAH+UArDnkNy/M5CPBJWWFa+SUoiv7SypNsG"
    "XlJbFczfHHxJuskBwM7s8HF3f9894ZYt4j3HokD9bF/WB4c3WGdI+59vTBuuoOBmdoukit"
    "t3v23yXTGbeGxfxPwfqTFGvfKlS9Lh5BBsZQFuv80L+MYDPi/uCx7Yn78wxKFqtP2XGJy6"
    "ghqXxIGLHWcUTExFQFzCb7/RcxOHIJ3RJC33LqQj++RQ67mMi3jNz+JTg1HDxyJZf1g093"
    "3c/DM+TLPlj9a+2u93O/94uf8DSowv1gDS6+9D7dX/pZT/UJMTwT8p4OwgJFLCxQxK8M/T"
    "95T7fdO8giefmr9rnb90VnQK5g05xrI0z9Hi661xe9S/+mDiia5npHtTpllLBOvhLWyShh"
    "aV9AaVIjJdc+hbf64y5JP0sG7ILoopTcWi7mpoFddd7JEKRn4jDJzOMiWTWhSxxBXCj82s"
    "ix/yACyIsjkrLSikaSoJEcotMZhVMGfqy+xIIikFRRdir0S4V+qUS27Rt1ge2dSVjpW9Fr"
    "jXpSUhEszRnk7Lc9ohZlk7WGOSWqxrnJ44xnM8d+9tP0y0XxZgWVpZWvGMmim5FT4GbBZd"
    "7jlLrrwCuQVACvjEQvKgMiH4/u4tGoq0dG1X4hXTYsPfMdi4PT82a1wrkkzoIPejXSsS1M"
    "AV0S6Oy2v/5xC/IMuRIETJjEYYvwhEDvec2cog3FPcVeVVIjIMSqjYUCEin1iEkhbagoSZ"
    "ZUTYWgn3lbcXKITnjXmybKIZZxF/TUnmWvlhNPwZpVcOwpWtRWn33SSNR2dfocz6Augt9r"
    "niGo3TdHECc5JkGum7DLQ/QysZFBDURd+DfhVyDtzctElKi3mj5VkpxmHbHCumxl4qVEkw"
    "NuG+MWHDn2VCuKKsnh2JJi7XPAVh+94dpr4JwQUiivRtmyRafV84+zhe3bgG3tx9mkqXnl"
    "b2sWRV/Gy8o3VNuR5OZjIorXFMU/LZRmOU4+KaVyl5RgjGOZGTak1+KpIPYM5NJkcXKClS"
    "Aw4TtX1GVJeOOr4ublkaqnAyJaroARiFN3JUgBJ968RFrdsD1ybcRgUiB3gl3ffg+iPiND"
    "HlGGuO6GQj4YzYn7MapzGLUC296d8M0QijuK8uzW8MScvC7L5cTAc6Y9khH/bFRGl53SDc"
    "FskDyakhDa8HBKQ7eOkqdT4hO5/ORMSSm9RqAxTgljfPWWoQ5iIi1kwraSC0eFEeej32YD"
    "94nfMokxXmvoBeIq5LDJIYfK+lbWdwPNw1LW924sxCgQQWAZxoMUSliERrz5SovwhltX0Q"
    "Eo8OSCuRX29dEvxBoMM+JXHLDQXsB6m+InwrgNxxcNb8otNTgLjNgTnXEDDvLX+UaaQ2Z8"
    "z15cyZqG9T56pY0YZeXxGYS0lZhqG3iM/iNlO57T8bdiPn7f6bx7d9p5++7kw/H709PjD2"
    "+jhS97q2gFPO//AItgYicrUfglMZTld6CMnNqDBJaSPSOWXDqopUQL7aQtpGVteAqKLNgH"
    "syAXxIEc4ge3YS6JWZhL4uKyyxVQyAxhYq7HG8nsEmFOiTCTxP31Re9u2O1fn/GtQieOy8"
    "eIS/zYv731s1bwXWFWZcaJ6hOsYRfyd4ki9PJ9fzERdVA5vTpZ5HdXW0C0hq0pEFe2ZqNt"
    "TVgnuFr3JMq4UJDkIinWhuCUbQeymQQzonmWSwXJOou/qpSo+qKa/EURx7EdPniiumu5m1"
    "JSSIWkZDemACGHfwly4bZpObVUrV6qQFtcLzmk2vT3YYn6zbO56T+1LT5/JD6llFj7vqSi"
    "FSn8kE5zv6PTbIo2xeMrHl/x+OV5/CvMGByX+wlWmgMBmZ9scFiK0Yd08NpvkcBKTh+e4d"
    "PiQJOPbNO0X4iD/LOAEFVFrXjwlb8aolddRvFfB3Cea4Lpdx/RL+TCj9ICYYbeIxuEGHGe"
    "qU4QDgIJs5R+rU8WMvoZCjdY7VXQ104LsSs+fpuRS7Jq0GYKUOPg3KYG5DEiM2HD5oqWFS"
    "o8u9mT48fXBTty6nR7if3YryHgxERKxF0vYgXRf+3HcIezvClf2YhxuIhoJih03aNF54i6"
    "aOaxCWF8M3XgLzhP7TeFfihDhm0RUdD1Nh/3YD1YvziQi8UKGryQwAn/asrGfKE+XHr12X"
    "eLs9+LbsIHYcfhT2boVeCsCt6I6zcm++4QtARCYUdHtmMQhz/vawj9V3iJa4gTgBfEUX/+"
    "CXR4RwvuQSiBtwwY9zUSF716IjP3DH4V74O51DS5TBwC/rTv8hWLJ/4VBubxWBQfoBSKOh"
    "WKcDDW8Y+Gsk3e/A6WdaAerGHv6vayO+zxIVyU+mmG63LxJWSGoSjOZSnTJlWulnAXQapr"
    "Ga9xUkgpKJlUg9KZA9qcNmAL9c1ge5fOzZ6SUn6l7MQdUdMljjSyaTEFrWBNWKecANu8kk"
    "DLYQ19xXK4pqQUsDnzVbk9W+v2dMjMXjMzf0pUjXOTx3l3fteGDWor3a4Nw7gFXtcucag+"
    "ORCQu4s7h0W8Ll62WUXk5oOq0lo2iyFco+7dpuXuGkdOJY/zHx+XOc5/fJx/nB/upU4v8I"
    "9KAuFF8xaie1QqWcJRQbKEI0GyBNtyichGyi86HhOpv+b4brS7yqqL79Rd+ef/A9OBF8U="
)
