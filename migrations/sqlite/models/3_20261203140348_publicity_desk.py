from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "publicity_cube_article_day" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "msgid" VARCHAR(64) NOT NULL,
    "msg_data_id" BIGINT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "read_user" INT NOT NULL,
    "read_count" INT NOT NULL,
    "share_user" INT NOT NULL,
    "share_count" INT NOT NULL,
    "fetched_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_publicity_c_day_0cc269" UNIQUE ("day", "msgid")
) /* WeChat's figures for one mass-sent article on one day (datacube getarticlesummary). */;
CREATE INDEX IF NOT EXISTS "idx_publicity_c_msg_dat_1d14fa" ON "publicity_cube_article_day" ("msg_data_id");
        CREATE TABLE IF NOT EXISTS "publicity_cube_user_day" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL UNIQUE,
    "new_user" INT NOT NULL,
    "cancel_user" INT NOT NULL,
    "cumulate_user" INT NOT NULL,
    "fetched_at" TIMESTAMP NOT NULL
) /* WeChat's follower figures for one day (datacube getusersummary + getusercumulate). */;
        CREATE TABLE IF NOT EXISTS "publicity_wechat_tag" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(30) NOT NULL UNIQUE,
    "wechat_id" INT UNIQUE,
    "synced_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
) /* A WeChat user tag the office manages; members are followers whose Subscriber.tags name it. */;
        CREATE TABLE IF NOT EXISTS "publicity_article_send" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "msg_id" BIGINT NOT NULL,
    "msg_data_id" BIGINT NOT NULL UNIQUE,
    "recipients" INT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE
) /* One mass-send call that carried a campaign's article: the msg_data_id the data cube reports reads under. */;
        CREATE TABLE IF NOT EXISTS "publicity_media" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "media_id" VARCHAR(128) NOT NULL UNIQUE,
    "url" VARCHAR(500) NOT NULL,
    "body_url" VARCHAR(500),
    "filename" VARCHAR(128) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "content_type" VARCHAR(32) NOT NULL,
    "data" BLOB NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "uploaded_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL
) /* An image uploaded once to WeChat's permanent material (素材) and reused by media_id. */;
CREATE INDEX IF NOT EXISTS "idx_publicity_m_sha256_b126ba" ON "publicity_media" ("sha256");
        CREATE TABLE IF NOT EXISTS "publicity_article" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(32) NOT NULL,
    "author" VARCHAR(16) NOT NULL,
    "digest" VARCHAR(128) NOT NULL,
    "body" TEXT NOT NULL,
    "source_url" VARCHAR(500) NOT NULL,
    "draft_media_id" VARCHAR(128),
    "content_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "cover_id" INT NOT NULL REFERENCES "publicity_media" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL,
    "updated_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL
) /* One 图文 article; `draft_media_id` is its WeChat draft, `content_hash` the version last saved there. */;
        CREATE TABLE IF NOT EXISTS "publicity_article_image" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "article_id" INT NOT NULL REFERENCES "publicity_article" ("id") ON DELETE CASCADE,
    "media_id" INT NOT NULL REFERENCES "publicity_media" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_publicity_a_article_d631e9" UNIQUE ("article_id", "media_id")
) /* Which material an article's body uses (the media library's "where used"). */;
        CREATE TABLE IF NOT EXISTS "publicity_article_preview" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "openid" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "article_id" INT NOT NULL REFERENCES "publicity_article" ("id") ON DELETE CASCADE,
    "staff_id" INT NOT NULL REFERENCES "staff_account" ("id") ON DELETE CASCADE
) /* A preview WeChat accepted (mass\/preview): who saw exactly which version on which WeChat account. */;
        CREATE TABLE IF NOT EXISTS "publicity_campaign_article" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "audience_count" INT,
    "approved_hash" VARCHAR(64),
    "approved_at" TIMESTAMP,
    "approved_by_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL,
    "article_id" INT NOT NULL REFERENCES "publicity_article" ("id") ON DELETE RESTRICT,
    "campaign_id" INT NOT NULL UNIQUE REFERENCES "campaign" ("id") ON DELETE CASCADE
) /* A campaign sent as an article by media_id; `approved_hash` is the version its reviewer previewed. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "publicity_article_image";
        DROP TABLE IF EXISTS "publicity_article_preview";
        DROP TABLE IF EXISTS "publicity_cube_article_day";
        DROP TABLE IF EXISTS "publicity_wechat_tag";
        DROP TABLE IF EXISTS "publicity_media";
        DROP TABLE IF EXISTS "publicity_cube_user_day";
        DROP TABLE IF EXISTS "publicity_article_send";
        DROP TABLE IF EXISTS "publicity_campaign_article";
        DROP TABLE IF EXISTS "publicity_article";"""


MODELS_STATE = (
    "eJztXWtz2zbW/isYfakzr5ONlfhSZ2dnZEdptPWtltxud73DQCQkYU2RCkHaUXf731+AN/"
    "ECUoREUhSDL2lN4pDUg9u54Tn/7cxNDenkTc/RsN03bGvZOQf/7Rhwjuj/cO4egg5cLFb3"
    "2AUbjnW3OWTtFBQ2HBPbgqpNb02gThC9pCGiWnhhY9NgArcGAsSGkwmgzei1Q6DOIDaQBm"
    "wT2DMEFhZ6xqZDgPtQMF6C4efe6+7xCThQTQu9cd/46gOwzBcCoIWAgZ6RBZyFBm2kvWFf"
    "oZkq/QxsTOt6oWPgrw5SbHOK6BMt+tp//ZtexoaGviES/Ll4UiYY6VoMb6yxB7jXFXu5cK"
    "8NDPuT25D9lrGimrozN1aNF0t7Zhpha2zY7OoUGchiX0Sv2ZbDoDccXfc7KugN70tXTbxP"
    "jMhoaAIdnXUgk/Y+YHWtoyg3tyNl2B8pSifVuYFEBH7/kmoabGDQTyXur5+yT3jdPXp/+v"
    "7s3cn7M9rE/czwyumf3qtXwHiCLjw3o86f7n1oQ6+Fi/EKVIK+plG9wNNMYH2B9cgGODYd"
    "2h+73XfvTrtv352cHb8/PT0+extinL6VB/bF4CeGN21g0ontTfqgA1aAQzuN90cKmY3niI"
    "+4J5EAXPNF3gT/swn8wYXd4J8D5Whw3R+Oetd37PFzQr7qLky9UZ/d6bpXl4mrByev4tiH"
    "DwG/DUafAfsT/PP2pu+iaRJ7arlvXLUb/bPDvgk6tqkY5osCtSiQweXgUrxXVdu0FKEVKi"
    "qy0Wzy+6ohvVnOQpVE1P0rhenlDFp5oAZSCVjp55YzS1Ybdh3AzuE3RUfG1J7RP0/e56D4"
    "a+/+8nPv/uDkfWIq3Ph3uu6tONB4IQKw17o+YDudPYXVU6EEx64vURW8ta4HFeNrQ4uqkC"
    "L4riRaN3yPumcF8KWtMgF278UR1pANsWfExCH++/D2hg9xRCSpr2DVBv8DOiYbKYqFsP7r"
    "xDHcOQTGDtZtbJA37LV/q6oPciBnEMV0lwDpg+veP5KdcHl1e5FUStgDLhIdwswvZQbJTG"
    "TUx4TkhlhgZRFFWIK7Blxm0U+eIuYnuzCG6tMLtDQldcfsmllt07fm3XnyCjTg1AWO/UL2"
    "/b6j5hobGC4WD8R1O6T8ONHbh3mOnLnXUHGClms9OT2gYhv/gQxgWmCOLHUGDRs8UWPCAP"
    "bMMp3pzPWvsCe/Xljm1IJzcGAukIE1MLHMOVDpZ3SHiBD6xFdpz00VL5CemmZ5arzeElmY"
    "VhLlLE27hbfiVZ/+SlMQ34jIRgA3zICvGOAFBUjIlg8FKgJ3h/tq920BdLtvM9Flt+Loqh"
    "ZiWCji7sW4ZD1uxnqhpz9QuzX0pT8q9sTv6A/gXLejDomt6OYUGxt0fEq4hL5v2Kzbk67O"
    "dDELaM6RpcCcL3QPgtSIuPBlP/18j3SY4W/yFeLL4Dl7OOf/DAZ7cHU19zlAKXSrsc2y4L"
    "pjD2srZsQZs4ePkfLVMW24JWbD4Gm/sIe1CbMqDdkhi9H3VNV03PelLNnY/cM8U9aN9isw"
    "0nSdLZuNjLQXm2UvMveEaPgsKiNtxrUmjYYJXfKXwlHKpJz0HBYA2zJ1JBSMCAWaEYpg72"
    "tNKIKOYPpBqlD8LSrTPpP+XbfAgH/XzRzw7FYiwmk+IUM43hOXkov4+kCyCxgmxNnIfcIR"
    "l3Z00+zoZGLGM2e7vjDpfgGN7NyMZ95ePaZSVe0iwSyrt0Mvbm+vYn15MUgkNd48XF/07w"
    "+O3E6kjbCNoiqpdEpKp6RCENrYJxmRlUtpk5fSBSTkxbQ08aSUpGD79MHu8XGRGM/xcXaQ"
    "h937kw/43KHzhEX5p6I7WdYj5L5WfF8LMfTg22SDy3iEXO+avN5NINZpV7kxM44rItNlmZ"
    "Ir5/RMkZ59W9ViV3K6v26qTxQix7CxLqw0JGTlJGryJLJNe0FVPKrhi2Vvx8XapzBU4dmg"
    "kCGD/XhOgCVXS0iK1qgdhFf2Sj1oSI5rGFDlprhG7h7mhgXj7Qrkt05MXTdfkAXMiZtoak"
    "4mWMVQB35s8dy9ys4HI0Nlt8HYtIGFFjpGBEBDAyqcLyCeGoSX3Vr242WsslmxSpnbKnNb"
    "9xlgb31iXyC2zcbkKttjU0jvvQEerPQiIzoqU+MBQP9gRqeWkX10UuQYYFL7j5wCPOGkOD"
    "Qx0Lu7xaOCOC+cCuU1BO1lWkNsNSkjrYGoSOyMQigg7dECuyS2No8MpYRlULApbp/CQUH6"
    "O5Hl0RxsGhtMP6IWb5/kxdnM2ecYoS9hkygJR1w6d5vW3w1xff1Mv0lH2hRlMvUlWhzmuc"
    "CegraijH2fer949HgfwBesfQGYuL4p21xgFRDdmQJCtQmkgRdsz8DT+M1/CFWnmIvKu/6X"
    "Cfz6F7c1cW/xafoqeUvJXrEcEiHpuMnTmLL9ZPQnE1FaoahMCxPNu2+LnaXNO0ybOk0LdZ"
    "sdhGA5f0KmWVJOmmilm2hPaMnyJoS6JSoju6T0LoEGefFCRfEOGaFvWdyHoUQrVqQ8Da7/"
    "j1E+4KECd3V781PQPNkLibxaCs3U9LSSottAVKY2frma6M/K98l5FqbY2r8SkWtM6WvMwh"
    "nT3zMTTmSIyckIS+EIyzOyCFfRzIx1RyTqS287qmp9KTm9TZ6EyIa6vU5Pn/h+E8dXTFL2"
    "elN6neMES1FkBH03XooRgqfkKmIFr7efS1hIUw5GHtZpoD+ZFsJT42e0dPEe0O+C/Ph/Bm"
    "/GfiGdRUVCL1vwJfTZpYcZBYL+fORpAvQrwM3D1VXnz914cR8MzzZE2i+B34rjyeW0Oizm"
    "zXVCyWIu3R4I/Geug5WlFWpYAwb9r/cgQAGfYA0Ztr48BFPLdBZIY6VRsE1oM2sOqf7JSq"
    "hQY/gQTEzLL7Fim4AuOab+jHgJj/W8VKZBNisNctVzIpZ9XKp1XvVKHLxsYohgHLRvhbuq"
    "BnzZqTYDcU7y5DioViItRLn8zLxQTSm4CIftpXWetM7HiKUWsRJmHC1SN2EGonGxBKwTJl"
    "cVsG/fVHWuLwe3j7cPF1d9cHffvxwMB76PLzS83Jtxr9J9v3eV8lwbVJOhaAi5VuNS0rta"
    "uneVaoe2w+kStlr3DWeeMqDiSZChdH2BBXb+QxD9zu1d/+YcMMlHozca9S4/9z+eA2jbUJ"
    "0h7dH4OBheD4ZDdlHDZI6Jr1Ltfq33kh8hedrImZSWlg6lpjiUCudObtr5KeH2FRJscdf7"
    "1vomHZ8QlXmTzXEZ5/SzqNM4LSi9xmkFP0TJzZnkIpxtmHKF5XmPgrWesjqhBH99Op93v/"
    "Av6rHnDsAMr33GoiKjI6JYNzM8sqrJwImKxAo2ZAdD1FizUgnf/9UJiqJhDc0Xpo0Mdak8"
    "oWXn3zKwsMPAAuviJ/oBVP8Q8nrHxVoYWijk+RYow5Qc9gJgc0Rb6Acv/1Tp/vmuFsjQfM"
    "4HEffVXf/m4+Dmp3Pgyz8avcvL/t3IdWKpKlrYzIl13//04LqwLDShizG9ct3/OOiNXMk5"
    "0jC0XVnvKmvoXWQtR/3768GNd9VG1hwb3nVm/3y87/12c+6eJ9Lojmk0wzEW1LoULsGQEm"
    "zhXDsqFNk7yonsHaUje7qphkV9ioIdlWkhzpVEUHdCvNE0x17VWf6EUBOIKvubgM0Vlqiv"
    "R31qmrzjW9lIhwItXDuOiywdx9krx3E69WJfDgft8RCmP9NWFnTSc3SOj0jFc6hn5PjGBJ"
    "M+eU/yjf+EPRzbedkD/cvBde/q4Kh72E2cPgm64H1qLLtIKQw0kdEcl2rhonFWYDyfZQ7n"
    "s9Q2OGc+PWUBeb6X3OGckJTjec14piaHxcjeXxCezmyFQxeYCzdPXGK+BvMJHaIbI54Wln"
    "ivwdtCLlzKHFGgBANtSckWrt3lKyMLh7kyyGZlKBKyLUwMalOaQBSCVE9n0y0kxFoxq2rn"
    "XDANG6puqXAxisiUYCvgrzqQAglBhMwRL8U9h4MhJlV/ovBuxns1pC4hlMozsjRx5xhHun"
    "2uhSqOdRg2g02dIfVp06hW6iE1Brdo128f2brrDYf0T/osFtH6ddD/jQW0njF6oX8Phj//"
    "Tv/E5Gm5SRSqZOvZQlNHFw6JxKVauCWUPzMWpo5VjlszeztYScitYIutwEIqwiwnijfEmX"
    "2RNcRjYnmmRbs6gZkKqQMcrADcnC7LQnUyE2Lt2z/z0pqCkXuauUacpmm7WBqEojlIcKym"
    "BL/r0eqnibDMR2EkebJbgtnMVNKCWIojWCNuDaE158GGoKZjAymMB2Pu/sYUhLnEb/wHyD"
    "p2AhxwbgYZ1BULQSKq3SYl5XmJ9ZmMQcodWzzFMedLtw/3SrKt2IA1NMWLZwrGiFKyW4eI"
    "GoZ/6VFQc04NfeIN1Y0gz3iCBD4feNOxKXJIMUyb48LOjh8k5dqwqNQdP2CFTGxo2HgDXS"
    "Ylu5kasz89UKYS4+a7pwEf0hVBzz5WG0q16Djtu+7pSXiyiP2RZ30P6epylQUnRWrOj83k"
    "6IQpyTYsI4ngfiHd5F2ObvKOo5tsyCEblZOn/5sc1pfs0Nnzq73cHpIdum29zpnsKXZoVT"
    "c3S9WKCcr1vDldnJ7Zc2g9IVuMyCUm0yKlszQOl/DEphiscan6uC/3CFnG2SBIVb+SkIgW"
    "YKknvPJYwgws19jAcLF48J+2ZxgXZWCJjK0Y9cplb3jZ+9jvcBeFMtCNPKql0CYWwwLwup"
    "tSGeCGD9qvTawwstHdW5gxaAU4ekbszSnAL3y5Tz/fo8y0sSQNUP8ZtWo4x4amYdp4gj1e"
    "gbIAu4k8s624LWambZYF2B17WHtm9Z+1UHd50zKPvyucuAVIvBQUNi6Vykvyde2Qr8urJS"
    "niXV9JtDCXuPwzcxPLnCt5zFEZ+ZhxsfYFMMrP2rbNDXCOCbVwQJcPM53/pqU80V/Hx3n9"
    "mZH4E5oMeudyMBr8k3H5q9jGfzA6/+Go9+nTuVfliv71+3DUv6Z/LomN5p0NOqhshgUXW6"
    "GtMioi3YFpp5WHjyjtW1yqvkFeUyHs8nMSRVOFtkoRaha0tZ8wllHglsUDi0SBV4ac0PaQ"
    "FJNu+PVu+Bjx9ZYOzRjX9p7BXNSpmRxjfH9xEbemdNY1zAcVAy/PFZVEuYhHykjKSMfUPq"
    "2ghzmOKWpO0U62kWAJlYRYk43LxmjeTec152jitKmDgt4vbM3/8tB/YIzjnjS13vs3I2q7"
    "I8N+NG5ulV8ebkc92gmm8tUxbchjOL/vj+5/dwkkLGRbS5dB4lNvcMUaTSA7Q72JD+CoGH"
    "t2Dnl2yg1gs4nAi+/lZ6NH5epT9KoqMVpiNjqyLJXuRAILfURCelW4gM4J57RE9tK+kmif"
    "N7ya0tjSzP8OzXyZ7N22Xi+S7M2UmA26PCImE72b073SeVerKsLyWsRwjYpITKVDdDcO0d"
    "QgLhPdtuV0JiGOTmFRf3MtnlMv5THPZRomRRbxlS7CxuucpJ2eAdAz1hAdKMAVOwQWek3/"
    "pM/X3MJspmODObIhc999AM5CNyG7NcEWsQ8BtG2ozljTGTKAPUNAhQQBTIBLM/cm6SOp5Y"
    "XSwdssBy+x6dKkCedVJMRaVym0klJ6AUuvC5MA2Em5FrrTy0+QI/gPpIyXNuJ4XzNXjbiQ"
    "VCk5avoL1nicppmQhu0lmhw0Z26lGQE4VwISTw6eZAa7xydCO1ko0cJltfwopcswn5vhXY"
    "CtPvGMGiOWpZVi3iPCeg9uZmyIhvHTkhXFfHan6FUwQ2S8p2We/6andTbM4S/pKpqIqKSr"
    "2AFdxa4c7g1bEepKQK7SIfwRYn05RBRP1kscf3C8wWExd7DGhBQSlVrrFx7NENAhsQFr90"
    "Rxf0017jGyQPAYwLLkgGkACDS4BAfYoJoFI+GkV6FtzrEKdX0JxksADeAs6IC2X6W9wdW9"
    "ZgsfMH2RiALrN2+de7IUCyHbKcy6XXmGuiOSaRcXak3aYrmb7o7WLr82xp1XH4u3eMVbFF"
    "29gpobq8JbBcJa3qnd1xTuCZ46Fl0tnpFF6F1gTuhasqqU9gMBzNABOp5jm3wABqINAdIw"
    "HUCHgDgLKoZY/IktMfTuC71rmS+cwFYtr5ShrWaFtppcqK9NFSz9WlovpsW0BKrSLMUT3v"
    "mPaJPxVkb6+6rW1jZgZz9F4p1ISZtMkGrjZ6QwIhi+Oy8jMy0l+V0XmJOsAlwfZ5WsAmOO"
    "oZTthowJSSdkeimQXv1sqNvl1W+IzeYzqHJstRW3ahEbbUXpWsQ081oD0wJkZi4WtNsBfY"
    "6KPoAv3q3zv2Ltb1/AL/eAqHSYEgBtQC0l8OgcH52o9F90+u7ROf0RvQcLk74fUEsI8Syy"
    "Ct/EMcT+1dEwe7tXl94F9N/SONuhcSaacFg/hdN+5xpGh3thb2lEpn2Gb/mkknQfoVuNEN"
    "FhRKQFum0Np2eha0WlIc6tn7cSqrH+bzCy97Zy3gRiSyEq1EXhjgvKkssCmDNPo+3wGA0+"
    "6SbMjLSshBJoT5jU/llred6E24eLqz64u+9fDoaD25u4jeDejIN83+9dJVE2jekGMEelJM"
    "4FcJZGcvZW+d0ayZxsmLIo4fZ2AuaXbAjKtmwJk0CBm31BqVKHSwAXz+USgbKQ0yXavlhE"
    "XNcDXwiAJCC6JoB9CMD2IWDnMhnNnhd7Zo4Qw7TmUMcsCcdtxQ5oYpaNs3KtBBZdRki8+n"
    "fKmLh0uzRmWanB7eLNGHupPCGhRLWkXOsy1rrHx0WcA8fH2c4Bdk86uep2cummKpxDE5WR"
    "bi5JEictJ1k3uFKVJ+dwiyxpGYygmkpa7sLKb9qatRMDduiM2ceO0S+MN7nDMWMTLQ7zjF"
    "kStPVomItZskNkaIRag+yQFJha0D0LMqFGIQTh817PESH0F4CAJBwcmAYCCyrhpYECalC+"
    "fHtjsWMmxA6/+doT45xUqe2t3MSC4PRclPNc5hZI0vpGLERVH3a30Jy+y2dUKDiMYzLynF"
    "C60BlbjhBn6K6Jea/EZNS7eARWEjVnj+z9tLwCjPKImiWngOQUaI7ptZZTYDcpyHS/efJ+"
    "XsqSCG7lmhD0DkvMZUfClXFEQJaH2qdJnqdpuwdqrbl3mswwRbRtjmj7gh5F9O1utr7d3b"
    "siUSmsmfL5hIRrRFEF72dWzcmTfjQuP/cv6QVlwIpAM1Yyqndhg16/vb676o9YU9fvRBdO"
    "1rp3c9m/cstBqQwIXWdXb26V4efb385ZaSkyo3rBBj1a/ulZzN7muGukajo8ppjsVYojKn"
    "UTjo5Pn071f2WDfO20ZAurHh0XGdS0VU5oNjWs+Sc+cxIN2nPiM47ucaFw4XFOuPA4O1xY"
    "9yHPti8UMgybDfV+OgMKcTcGOsIm/Z6QlfWbmuP14fR0qDpu0tVJYdnXe9LXYttkUk4mWX"
    "A2ysDY2mQeJWTlNGryNGJ8jtbCwoQfTs2cRik5qXDy6hXopmD+V0RCIro+DrEahiVEI/qx"
    "h+0Z0EWDEamJu57mmI3JEuAd+o9pKbCRmRuD9J6u0feDy1Gx9Dpso/mWmXV+8GZAn9QiuG"
    "MjcmYy4LZCaRB6Vz+b3jrcFqBqiBm6Yys7bhgMPaHYoYIDqbV5iLcGAivvuEfy6j/l0D2z"
    "5h5me0YWnmDvqAKgKhNFH5iM2NpCqmlpvBKJZT6Ym00YiZOu3iPzCXca5WRVfoTzsVZCm2"
    "Vj7Y9JU2Iyloos25s5SDScnJJsX6Cm/PRNb6GiljjvfFc2u2lCbEtq02aVh8qjyEgTm2p0"
    "AR+jCdV0RfCLS1UOX1MWCg5+3uaoiEYLE2IyaFgkaBgoH2Lu0ISUdIamd60QInFfaEJUuk"
    "Kb7AoN7RARJTsuJF12nPkTyWMSs1+SchLd9Q7RiIG5pbsukgO8ZxAX9djF5+56P2jEYt8e"
    "3kHsYS1FODWFm5T/fgltqJtTB91Sg8fCGupwPFrpRodF/VpqIKqYUdmiFZQAVR0sVmXCK2"
    "PEjrOGTwT0+dYSHLiHYA304v396gN4oYgD9jpgzxAgM7xYsHJthgYYaYcOJlhHJLOCUsWv"
    "3CK9n+gOZ03LKfvtt29dznlZToJsdxi7kYb678Pbmwxr12+fVG6xaoP/AR2TPV7geCAzJG"
    "IqbaqsR7KCR0JXZQ9IlvUIDhsK2W5xIakdyeOfQlDvZ8Ynx5QLo14NqOvx0UH3aM661OKp"
    "E9HbhRUJ5k+0olIFVAgq85qYbnzKE/wAvIHncmKs9LJD1hKwYext2XRMuCUSDwExAbYBJo"
    "C4oTCqzPL0hsreww2fxTVwhovnomaP88qcyVDaLkNpqx4R8ZWXEmZo2vIq5ihfDeDigzIm"
    "I3d/ed7jO9j9i5z3YPvIBl0eEZN++uYod+n+tZCKFxhxGejy4lwRIUlLJJ30O3TSS0dyqx"
    "zJkbxxjskXzyovZvHF09olo8peTfzDHANJEvSvuDa6Z0XINrpn2Wwb7F7C30dUVQTfoH3r"
    "4gRHhcDNwTYFrWTjT2L8/ZacrA3iSshL6Bttup0qootxUq6FeJefgxyAtqBQbYR2KNhCuL"
    "vFak3klJrYfwaxBTI0P89IAPDOXf/m4+Dmp3Pgyz8avbu7+9tfGSsYVaUt85mRgt33/96/"
    "dPnDLPQfpPoEurunBfO+RrEQJGK1V1KC7TsHUVF29JTqIsgSz49OyEn/BjdF+hmjF3FsY1"
    "Iy9zwH2E1yz2Oi0qfdZJ82Np4ZEaFq8ooY59SVi4uVshc0yYitgI7TBQx9W2DaexvMKu4D"
    "5Nxq8tySUeDs6dbeKLDM/Gtbr5eQ+Zc6J1MO1coejoFCNCtzNB8ja0uMVvGva/dxbQVrFa"
    "IsjZmmTVDVE4D1h1huGHY1DEWDscp8JVpqTPZfCSKzoGKIzGbdZbC2kVWE9g/giDfD1DPM"
    "2/Wu6UC2RjKI1WwXcUz3Pl6zMhZQm7MKFtd9xo1zDiLP2rkR3PQYAacr6EqLn5FoV3BiBJ"
    "ejwa992jur5+28O6R9mg39floqRexTSbxbY8KlpImtiCZ2NwmXEQuJo+nH7adiOn48I7fI"
    "AbtVYNAtTeXoxLSWr2PUkBEmyYNH53jyDj46J2fqW/r/Jydn9N+j01P6749vT9n192ec2t"
    "cVvqeAGUK1WQx1RrgnDZGdVrym7RVRCoSYUPuS78rPVHKXCBGEQ4EWZiaVD+9qMRGAOCYk"
    "YS4yihEkDvsCxYLGVCiazBFtHfVi+YBDVXVow6Wi6lAwdTcl2Tq4y0+RZqRCgf+8KNBRmd"
    "ZBXNE5CqRAanyLoByVaeFS/f354dK5uthQHCLshhvcKA/D/jnwpB+N4ej27o7l5BLbZGRh"
    "LE13NLj3snRtbDUlSZeuyrayIYc2T/Z7ZoJmPB9P9Es3He1R+RqXcGxgmyqg4iN+MBr0rt"
    "iQd+XZCP+1fz/49Dsb4u6wWLJrd1e9yz67tNCh2hB3tIG+eZRDYgM+IfYdk8bL6r2SzUXG"
    "SWQen+x1sTw+GR2T0bFm6LTVR8c4VQdk4T8+9onzUB7L5JZIJWg424KUUMw1Xk0xG89bA4"
    "1M+k8FJRWbadHycd0oPO3ikBuiDpASDVMrQaetj1WPZohRsT8By3wBjx17hkk0ZDyDBEDD"
    "z4gKqh0+UkFG/54kcUXGxLRUpIHx0qV7p2vgHFpL8ISW6eB1nS/ehuioWdRnrY5kSxsuG/"
    "r91OaL2HCyspKs/dMwDb5I7R+R5LZi5I6BLlWwG7Y7CbTTjaRoP2xC7LhV7uDQq06bUsnc"
    "64UVMRK0LpApGMvVY4LnrgajYnv5AwGPztkYHj06Px6pkzBtb/wjS+E7dRP5Ts/eA1Z0h2"
    "pKDh0kzOikWpCpcRSuit8lySSbpUxJMslqkyC2iVfWH6sUx5oOseFoMHoYubF5YmPbsdGj"
    "0XsYfb69HwxdJq1wGWhGcLKpJJQ7HPqShXI/WSiFCRF3QIS4t1mCEbXSe1oK5+yCdjzZ+o"
    "vbdf46cQyvFOPYwbpNv+oNe9/fquqSnC6opOTd6ghmwu9smjqCRlbKbCCU6BFqz+lVdUWg"
    "M9YL+sXt7VUM9IvBKAH1AztbfHDk9gBt5Fk2MnNCaCFql9dtIy4copvbcpYM6SP2sPd3wl"
    "biYsXzQPgYFvRABK0LeCDY3ARMgFX1ha5f4AP4osIFZI6BL25Fvi/MI4a0L0A1HcOOxF6I"
    "e6jw3eTto/MeTU64hxTLf4H0NTTL10DNXMvehDAxJljPBtKQ1NAm7RecnKt0mAYZ2iY9HB"
    "FroYLQpg6eZ9LLrndozbfhmN3MAqLSgsZO56p3cQ6o3KNxezMcMMcW7U3fV79771WwIQrs"
    "T1ERGQPl2DaeViEYV0Y1x5T3pQqgtMmlTd6AJaJdNnnsyCcjDxcyUCIScv1fnwMTbPZbJs"
    "AE2QB7Bm7RrIvIoNo6c11SKNfpPLqE8wWkQ7nDcSCF9w7znEhqtFXJLLYqpNqzBi3lCbka"
    "a/j3EkFLkkjtlkQK21nsq3xgQ4EWRnQroDdy5iwhXQTgiEgLIe4WKuPVzSnj1U2X8WK5aG"
    "mIR+hbprGnbY5vM4+ncNXg/j9G+QHaUAu+ur35KWiejNomjEHLxvS24lhCrGgJsTYgX0N9"
    "OtV8RpYo1DEhCXQhoKmyIpY1GQq0D+CjQgAf5QB8lAGwYqGvTsDkI+BLSgvX6FMKr+yvU2"
    "kGDSOLxHK9jz8i3mSFpDN8uBhe3g8u+ueAOGN2a4wejcuH4ej2+hyoDrHN+aNx3RsOz8Hc"
    "p9bbvfffRvMFtYb5/p+c9Scu1r5VqHxdPISMGUNprLNT/1KCzcj7Y69tT96fo2Hkrz5F+y"
    "UqI7uk9C4hyNgkEBERkxUwmxz393NwxAjdYkLfM3Whm98ihl1E5HtGbv8ITjULTmzBZb3z"
    "8b73aXQOXNlHY3Cj3Pd/HfR/cwlPvSrcj8bw8nP/48OVy3qqzpDm6Iz3dBgUKCJBgSJ6Ze"
    "T+SZ9017tnLJJXvyufegNXdMGcK1DXl8oEYvcJl72by/6Ve1NlKOr6Zke1ukWUsG62EtZN"
    "KWHJWEBhp0ZCrn0Kb/nHXeJxlhTYOdlFCbmNQsxNA7ts3skApGdkEUHmcZ6sHNAFjiD6Cr"
    "8yscw/EAfy/IyktLR0Iwm4kSyk4gVmpwzcXH2BBYUjKbPsZOqXTP2SRLbt63WO7Z0irHSt"
    "6I16PS4pHSzN6eT03J5gA5PZRt2cEJX93OR+houFZT67NP1iWbxpQWlpZStGouim5CS4aX"
    "CJM55jexN4OZIS4LWZ6HllQMTz0W04mfTU0KjaL6SLpqWn5jE/OT1rVEucC+LMmdDrkY5s"
    "YRLogkCnt/3Nj1ugZ8aVwPGECRy2CE4I9J835BRtKO4J71UpNQICrNpYKCBGqYd0zGhDeS"
    "RZQjUVvOcs24qThVREH70tUQ4ytHvvSe1Z9jYtPBGkiuvYeMqGtXgBimDK9rzntgzgDU6J"
    "eet8zlGxcCNYf15MQWHb9ZRDjoZtwH6Cfg5YvcMlYLmlU+TxAwWPPAQvMxNoWAPYZv+P6B"
    "VGFfQy45Ebl/NMSSzUrGNpUBWt5rySaHKScmNCqRPLnCt5mTgZfsm4WPuC1uVnvNjmBjjH"
    "hCTK61E2TN4J/+wjgEH7NmBb+xFA4XCGjFE2K6xRJDJNN1TTEoxnRESkL5iXM+YrzWJxjL"
    "iU5Hsp4GWPsFls6ZKM0mfsGciFHezxAVbA6cvmuXT3FoQ3uipuX1KqfNKY0JWZ4xGIujsL"
    "OAWsaPMCVMRBe2CbgLBBAewZtF373cuUDQ15gAmguhsIfOhgiewPYW3IsBWz7e0Z3QxZQU"
    "weN3ENb8zgwlktJxpcEmWMJnTaSBacnbobvNEgeJwnJrTlgZ6Gbh0FT/REB3LxwZmQknoN"
    "R2OcI0Lo6i3iOoiItNATVgl/kEy9zka/zQbuE72lI226UddzxGWaZpPTNKX1La3vBpqHha"
    "zv3ViIYfIGxzKMJnYUsAi1aPO1FuEtta7CQ2MsksvMreBZH9zitV43A3rFYhbaC7Pe5vAJ"
    "EWrD0UXDmVNLjZ2fBuQJL6gBxzj/XCPNQgu6Z/tX0qZhva9eayOGTEauByFpJSbaehGjfw"
    "vZjhd4+r2Yjz92u+/enXbfvjs5O35/enp89jZc+NK38lbAi8FPbBGM7WQFiuXEurL4DpSS"
    "k3sQx1IyF8gQo9BaSbTQTqqAyrbhtB1psDsLjz+jI4Z45y7g31gE/BuXVz2qgDI2DR1SPV"
    "6LM3IEPBwB+8bDzWX/ftQb3JzTrUJFlk37iEr8PLi7c5k+6K6wKJOlo3xSOmgzzjNeVmN2"
    "7C8iIg93J1cnA32zFR+iDWxNjri0NRtta7J1gqp1TzyWihxikLhYG5JTqk5k0xEkSHEMG3"
    "MITvNnVUJUzqgmzyhkWaZFO49Xqy5zU4oLyZSU9MbkIWTRmSCWbpuUk0vV+qWKaYubEWrK"
    "TX8flqivjklN/7lp0PEjMJUSYu2bSXkrUjCRTjPn0Wma1k768aUfX/rxi/vxryEh7IjhL2"
    "yl6XCc+fEGh4U8+oxCX/kaCqz16bN3uG5x5iafmLpuviALuOcnWVYVNqLJV+5qCA56BMO/"
    "DNl5rhnErz6A39Clm6XFhAl4D0wmRJD1jFUEoJdImHbp1/pmrkc/5cL1VnuZ9LXT4vXSH1"
    "9l5pKoGrSdAtQ4OKvUgByCRAZs0Fy6ZbkKz2725OiRf86OnGAEKLAfu3UXrIhIgbxrP1cQ"
    "/MccBzuc4czpyoa0Qz+jGYEgdA/8hwNsg4VDZojQzdRif7Hz1G5T9hxMgGYaiJd0XeXrHo"
    "1H4zeL8dcYXoMX5AXhD+ZkShfqw1VUn7zyz377jwleBC2LvpmAAy9Y5X0R1W908uqQaQkI"
    "sx0dmJaGLPq+LwH0X9hH3LA8AfaBMHyeewKdfaPB7rFUAmeVMO5qJDY4eEIL+5z9KvoMYm"
    "NdpzJRCOjbXmUrFk90Fnrm8ZSXHyAVijoViqAzNomPBrJN3vw6q9pZj8aof3131Rv1aRf6"
    "5ZGaEbr0Z0KqG/LyXFYybVLlakl34dCDi0SN40JSQUnRMwozB7SZNqCCmnBsexfms09Iyb"
    "hSeuBOsG4jSxjZpJiElrMmbFKCgWxffaHlsAaxYjFcE1IS2IzxKsOerQ17WmhhbljNICEq"
    "+7nJ/by7uGvDOrWVYdeGYdyCqGvAN8rx7kaoSLM9uwtnrGMV20sFRpoXOjv16ByfTNCjc3"
    "J8dgp86Q/gi1uLUpkjDUOKl+u2xDYJXLHu3UPwhWJus713Bsnsi+sg9cvUAR0SGxDIgqbM"
    "Bcnx8db9csnb2SwXqI1tXYitIBRosuOzMRmEdH+e8ZiXcmhRQ4kaz910aoG3fN+xhqeIcJ"
    "TYbHhXEu2Dt3tWBN/uWTbA7F4cYXbwNY1vNk1n0L4Vq0OeMVAFTycxHUtFimNxTkbkOJBj"
    "Uq0b1seFCGSOcwhkjtMEMnHdRmgBSUm2z21fyUoSVRRFAE/KtWJlqTpMIgmSsqFvL0GSrE"
    "3btl7n+PlSFW1U81k0IzYq0qYMClnCch/ADRYbUXBTchLc9b5pNtNLcExfM4W3Rwjax9Wh"
    "sG86sizGHNP3dI2+H1yOOhmLRAkAfx/U2vmlQelXgJuHq6tOxnIhYS4Ic2qlzIA5O84Scb"
    "vP4XTbooJ++GQw93luW7J+xIbpwkLPGL2Ug9Sd97C2YhXm1G8HlnihwL1Bq4Y4pzcbs4Od"
    "4WwViHgqOBRaG/f8bYbVGZjTzrIw1AE0gtjjDwS4DIwOYWc7WEjRdbcBHY8taC3p7cfOC4"
    "soshbaY+dVOqxZ8rO5RzkiQV73GfIwx24rEAYjUKgAUkxImsJcRvssJ3n28Yxs7/j3i2mO"
    "kRZZSbZUb9u3EyZV2/iMXV/6yFuat0f2uzCAoxM3wwDeaWpWoBZnKy0RxVlEbVlExAocw/"
    "WbhyQTqooWdDCAA3bU7i/+3Vfnbg1jAl8A+kYfqC/p30wtCRKkTMO/sHoMnw+jjhfKxKxm"
    "qTMyXFpjuFRyUVcMsKxAu++RyEIFeqQJVtWh4slEkPMoIiIxlSbYLk0wdyzWH7vZV3ijU7"
    "eBx2MY0VEn2wBzbx+KWV8kkCl0VoaZPK9dpiAV6rpXBlZlVEDUHoIhXc8PJHD5nrunUhhl"
    "iKtsY5+1iP4/UJ0xYxNiZxoJYPsyAQ4rMss/J1PXi6Up1ixTTDLU7IihJjJ1xNGPCJbTBU"
    "0Y45IiaP8pgqQt/D3YwpL0vNWn75sGcguO3yezeTg2Bifhp4idEf5ooXP5vVCl95g/IYnk"
    "kYDxEgTRsg/gC/0Ky3xGmn8MHpPYSXjsKvksRIOsIJSDNF6cp4Y3SuuiWdYFdDSqLKlImM"
    "kqLSjz4TnaVnSeiER4UoLtO+dZQZwnAG0DJTcuKqmlmnPkjBPpCTpL9AxPWlAuWpxFSwbS"
    "qjnW1xyjbO91GhlMqzqYxj91FllB64+pNWzdLQxyatcRPhCVtnyLuCBuDTQy6T81OCB2uq"
    "BU537YzqXgjJG/hHyEyw7PoxBvcVjQoUClwuil5sutP/DiZl3+QMAETx3LL49iRgKLdmjr"
    "u8maLFa4BAfMcnTjhdRg9+8TZz6H1pJ38KWad3APwPg/fE6mspLJjp0Iflek7S0+rH7zPB"
    "trf7dcHoLMaEoHF8VSPkMBmfFZwBPQrNhtGuz2B2/3gdqzJg658oc3C1wqDuFxa+QExiMy"
    "Mi6eTjag8Ig6weNCEtRU6jCd7Uh0oMaFJKh8UIUrusSlJKypEkTIVmcbxQ7ikjJRpsGxhJ"
    "DdogElXZnx/0BXuRzfQHD7UMAxwBbOTbwCQaHzpOmestDZC3zzHPxfcEF15g6r6pjrFCjz"
    "FTKRQPoAGgaxmAfAQC+imlFURG7g6fCaoSJdFNOElIQ1Bau/7AoDm5ST0EqVU6qcO1U5Iz"
    "QyHI0zTjJTROEM6W0K5LMawGVnA85CN6GGNKr5qQjYJgj1wwWy6JezIFFInXbw6Jxq3beP"
    "zsnp8dtXABoasBDjRovmo3JSWSt+mVQ+m6V8blJKY+siGg2DuPoaGoKVYWovCVMbupUUhW"
    "HEkKLFd6Iy7UsQrgTmCabPh3Oh0FRUpoXDuZLFgsxg9/hEBOWVRFUY7249Lj8ESPAfnDGc"
    "7f73m8vEXJ6J67OWuagIjNikXAvXhvKLUjIlLg3yBTagtczyFXoSCXjHS9tjht8zgPNSK1"
    "hVvsOIFUtxvBjc9O5/5xf2C9pHLdSL30f9nizI1XJHQ7GCXJ7xu0Gpm6SgPCaz9thBBLQ0"
    "1DIzPqNSSHKgbVEqxK2fU04BjD1cx7Igj68IRNZS4aNUpdf1N6TOoD2C0w7H6bq6eVjM5/"
    "riCii2L1GASMDnW2ZxGEDF3KP65mSCVZaXz76ZfABzNB/T2QOghcI4PWGEzgSBoTNmT6T3"
    "31BxAtgvAJjLFF3lq6TTtVlOV1EvSrkelAY5W98VcVO9y/ZSvUs5qfw5LjRsYzKl6GstGL"
    "0Rf8mS6lubWEAxQckL0JzAatrgkWZu9nRql5nbkHh6D1lYnfHUOv9Ork4HV23WaXHZ/Sy1"
    "omZpRT4HlohiFBFpoQe5e3xcQD2irTL1I/deiulHBGG/eQvRPSoUIz3KiZEepWOkflwjjf"
    "Dfh7c3uaEQ3u6JVRv8D+iY7GOoKQdcBkZsiwwwDX31EbgvOZ569oALnlOxzs3sz/8HHpnB"
    "Uw=="
)
