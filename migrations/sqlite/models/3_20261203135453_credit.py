from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "credit_business" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "sector" VARCHAR(16) NOT NULL /* MARKET: market\nMARKET_STALL: market_stall\nFUEL_STATION: fuel_station\nOPTICIAN: optician\nSUPERMARKET: supermarket\nCLINIC: clinic\nPREPACKAGED: prepackaged */,
    "district" VARCHAR(32) NOT NULL,
    "address" VARCHAR(256) NOT NULL,
    "enterprise_id" INT,
    "market_id" INT,
    "opening_hours" VARCHAR(64) NOT NULL,
    "registered_by" INT,
    "created_at" TIMESTAMP NOT NULL
) /* A business under 诚信计量: linked to its enterprise record (appointments) or its market (complaints). */;
CREATE INDEX IF NOT EXISTS "idx_credit_busi_sector_ba3e9e" ON "credit_business" ("sector");
CREATE INDEX IF NOT EXISTS "idx_credit_busi_distric_b18439" ON "credit_business" ("district");
CREATE INDEX IF NOT EXISTS "idx_credit_busi_enterpr_abbe94" ON "credit_business" ("enterprise_id");
CREATE INDEX IF NOT EXISTS "idx_credit_busi_market__dd19da" ON "credit_business" ("market_id");
        CREATE TABLE IF NOT EXISTS "credit_inspection_campaign" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "target_type" VARCHAR(16) NOT NULL,
    "district" VARCHAR(32),
    "sample_size" INT NOT NULL,
    "inspectors_per_target" INT NOT NULL,
    "seed" VARCHAR(64) NOT NULL,
    "draw_version" VARCHAR(16) NOT NULL,
    "target_inputs" JSON NOT NULL,
    "inspector_inputs" JSON NOT NULL,
    "inputs_hash" VARCHAR(64) NOT NULL,
    "result" JSON NOT NULL,
    "checklist_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAWN: drawn\nPUBLISHED: published\nCLOSED: closed */,
    "created_by" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "published_at" TIMESTAMP
) /* A 双随机、一公开 campaign: the draw's seed, its published inputs (sorted, hashed) and its result. */;
CREATE INDEX IF NOT EXISTS "idx_credit_insp_target__a6150b" ON "credit_inspection_campaign" ("target_type");
CREATE INDEX IF NOT EXISTS "idx_credit_insp_status_f5ef12" ON "credit_inspection_campaign" ("status");
        CREATE TABLE IF NOT EXISTS "credit_award_application" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" INT NOT NULL,
    "statement" VARCHAR(1000) NOT NULL,
    "evidence" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SUBMITTED: submitted\nFIRST_APPROVED: first_approved\nPUBLICITY: publicity\nAWARDED: awarded\nREJECTED: rejected\nREVOKED: revoked\nEXPIRED: expired */,
    "policy_version" VARCHAR(32) NOT NULL,
    "first_reviewer" INT,
    "first_reviewed_at" TIMESTAMP,
    "second_reviewer" INT,
    "second_reviewed_at" TIMESTAMP,
    "publicity_starts_on" DATE,
    "publicity_ends_on" DATE,
    "awarded_on" DATE,
    "valid_until" DATE,
    "decision_note" VARCHAR(500) NOT NULL,
    "revoked_on" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "business_id" INT NOT NULL REFERENCES "credit_business" ("id") ON DELETE CASCADE
) /* An application for 诚信计量示范单位: two-person review, 公示 with objections, award with validity. */;
CREATE INDEX IF NOT EXISTS "idx_credit_awar_status_0fa49f" ON "credit_award_application" ("status");
CREATE INDEX IF NOT EXISTS "idx_credit_awar_publici_67f912" ON "credit_award_application" ("publicity_ends_on");
CREATE INDEX IF NOT EXISTS "idx_credit_awar_valid_u_1a560a" ON "credit_award_application" ("valid_until");
        CREATE TABLE IF NOT EXISTS "credit_commitment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "text_version" VARCHAR(32) NOT NULL,
    "signer_name" VARCHAR(32) NOT NULL,
    "user_id" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nREVOKED: revoked */,
    "committed_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "revoked_by" INT,
    "revoke_reason" VARCHAR(200),
    "business_id" INT NOT NULL REFERENCES "credit_business" ("id") ON DELETE CASCADE
) /* An online 诚信计量自我承诺, with the exact text version signed. */;
CREATE INDEX IF NOT EXISTS "idx_credit_comm_status_385044" ON "credit_commitment" ("status");
        CREATE TABLE IF NOT EXISTS "credit_inspection" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "inspector_ids" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PLANNED: planned\nDONE: done */,
    "answers" JSON NOT NULL,
    "findings" VARCHAR(1000) NOT NULL,
    "photos" JSON NOT NULL,
    "passed" INT,
    "follow_up" VARCHAR(16) NOT NULL,
    "inspected_on" DATE,
    "recorded_by" INT,
    "business_id" INT NOT NULL REFERENCES "credit_business" ("id") ON DELETE CASCADE,
    "campaign_id" INT NOT NULL REFERENCES "credit_inspection_campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_credit_insp_campaig_c3a4fd" UNIQUE ("campaign_id", "business_id")
);
CREATE INDEX IF NOT EXISTS "idx_credit_insp_status_cad6e6" ON "credit_inspection" ("status");
        CREATE TABLE IF NOT EXISTS "credit_objection" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "contact" VARCHAR(32) NOT NULL,
    "upheld" INT,
    "decided_by" INT,
    "created_at" TIMESTAMP NOT NULL,
    "application_id" INT NOT NULL REFERENCES "credit_award_application" ("id") ON DELETE CASCADE
) /* A member of the public objects to an award during its 公示. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "credit_award_application";
        DROP TABLE IF EXISTS "credit_inspection";
        DROP TABLE IF EXISTS "credit_commitment";
        DROP TABLE IF EXISTS "credit_objection";
        DROP TABLE IF EXISTS "credit_business";
        DROP TABLE IF EXISTS "credit_inspection_campaign";"""


MODELS_STATE = (
    "eJztXe9zozjS/ldU/nIzVdm5xBkn2czVVTkez45vkjhrO7u3d75iMMixLhhYBMl4793//Z"
    "XAYH4IjDDYmNGX2Q2oBX4kpO6nW93/ay0NFWr4XddRkd3XbWvVugb/a+nyEpL/Ydw9AS3Z"
    "NDf36AVbnmluc5m2k2DQcIZtS1ZscmsuaxiSSyrEioVMGxk6FRjqEGBbns8BaUaunQBlIS"
    "MdqsA2gL2AwLTgCzIcDNxOwWwFxp+7P7Q7F+CNYljwnfvEtx+AZbxiIFsQ6PAFWsAxVdmG"
    "6jv6FqqhkNdA+tO+Hujo6HcHSrbxBEmPFnnsv/9DLiNdhd8g9v80n6U5gpoawRuptAP3um"
    "SvTPfaQLc/uQ3pb5lJiqE5S33T2FzZC0MPWiPdplefoA4t+kbkmm05FHrd0bT1QPmj4b3p"
    "pon3iiEZFc5lR6MDSKW9F9hca0nS/XAijfsTSWolBteXCMG/vqQYOp0Y5FWx++uf6Cv80D"
    "57f/n+6vzi/RVp4r5mcOXyT+/RG2A8QRee+0nrT/e+bMteCxfjDagY/p5E9QY9pQK7FtiO"
    "rI9j3aH9sd0+P79sn55fXHXeX152rk4DjJO3ssC+GfxE8SYNDPJhex+9PwAbwGU7ifdHAp"
    "mNlpCNuCcRA1xdi7zz/6cI/P6Fw+CfAeVkcNcfT7p3D7T7Jca/ay5M3Umf3mm7V1exq28u"
    "3kaxDzoBvw4mnwH9E/xreN930TSw/WS5T9y0m/yrRd9JdmxD0o1XSVbDQPqX/UvRUVVsw5"
    "K4VqiwSKGvaT1WNRnNchaqOKLuXwlMewvZygLVl4rBSl63nK9ks2HvA9il/E3SoP5kL8if"
    "F+8zUPylO+p97o7eXLyPfQr36ztt91YUaGTyAOy13h+wrdaRwuqpUJxzdy1RFbx7XQ8qxt"
    "eWLaJC8uC7kWjc9D1rX+XAl7RKBdi9F0VYhbaMPCMmCvE/xsN7NsQhkbi+ghQb/B/QEC6k"
    "KObC+m9zR3e/ITBzkGYjHb+jj/17VWOQATmFKKK7+Ei/uev+Mz4IvdvhTVwpoR3cxAaEml"
    "/SQsYLnlkfERIbYo6VhRdhAe4WcKlFP38OmZ/0wkxWnl9lS5USd4y2kdY2eWvZXsavyLr8"
    "5AJHfyF9/zVRc4d0JJvmI3ZphwSPE759kkXkLL2GkuO33MrkdIGCbPQH1IFhgSW0lIWs2+"
    "CZGBM6sBeW4TwtXH6F9vyDaRlPlrwEbwwT6kgFc8tYAoW8RnsMMSY9vk0yN1U8QDA19WJq"
    "vNHiWZg2EuUsTYeFt+JVn/xKgxPfkEghgGtmwFcMsEkA4rLlA4GKwD3gvto+zYFu+zQVXX"
    "oriq5iQYqFxE8vRiX3QzPuF3ryA9Whrq3Ws+JIeMf1BM6kHTUZ25JmPCG9wMAnhEsY+5p9"
    "dUcy1KkUM4fmHFoKjKWpeRAkZsTNWvbTlxHU5BS+aa0Q9/x+jvCb/9Of7P7VzbfPAEoiW4"
    "1tlAXXA+2sqZhhZ0Y7n0Hpd8ew5R0xG/u9/Uw7axJmVRqyY+qj7yqK4bjPS1iykfsnWaas"
    "6+2X5FDTbbZsOjLCXqyXvUjpCV73WVhG2IxbTRoVYbLkr7i9lHE5wRzmANsyNMjljAgE6u"
    "GKoM9rjCuCzGDyQgqX/y0s0zyT/rydY8Kft1MnPL0V83Aaz1Dn9vdEpcQivt2R7AKGMHYK"
    "0ScMcWFH182OjgdmvDC26xuD7Beynh6b8cLaq2dEqqpdxP/K9jugN8PhbWQsbwaxoMb7x7"
    "ub/ujNmTuIpBGyYVglFaSkICUlDGFhTjIkK5bSOi+lpozxq2Gp/EEpccHm6YPtTiePj6fT"
    "SXfy0Ht/sgFfOuQ7oV7+J96dLK0Lsa/l39cCDD34imxwKV2I9a7O691cRhoZKtdnxqAiUi"
    "nLhFw5p2fyjOxpVYtdyeH+mqE8E4gc3UYat9IQkxUfUZ0/ItuwTaLiEQ2fL3o7KtY8haEK"
    "ZoNABnX64xkOlkwtIS66R+0guHJU6kFNYlwDhyozxDV09yTTLRhtlyO+dW5omvEKLWDM3U"
    "BTYz5HCpI1sPYtXrtX6flgqCv0NpgZNrCgqSGIgayrQJGXpoyedMyKbi27e+GrrJevUsS2"
    "itjWYwbYW5/oG/BtsxG5yvbYBNJHb4D7Kz3PjA7L7PEA4PpgRmsvM/vsIs8xwLj2HzoFeM"
    "EIcaijo/dwi0cFfl75iSuuwW8vwhoiq0kZYQ1YgXxnFAIBYY/m2CWRVdwzlBAWTsG60D65"
    "nYLkd0LLS3NQ1DeY7GIvbJ/Ii1OM7HP0gEso4iVhiAtyt27jXRPq6wt5Jw2qTzA1U1+sxU"
    "kWBfbst+XN2Pep+7OXHu8D+IrUrwBhl5uyDRMpAGvOE8BEm4AqeEX2AjzP3v0XE3WKUlTe"
    "9b/O5d//6rbG7i12mr5KnlIyK5aRREgQN1kaUzpPRn4y5k0rFJZpYKB5+zTfWdqsw7SJ07"
    "SyZtODEDTmj8s0i8sJE610E+0ZrmjcBNewhGXEkJQ+JLKOXz1XUXRAJvBbWu7DQKIRK1KW"
    "Btf/5yQb8ECBux3e/+Q3j49CLK6WQPNkeFpJ3m0gLLO3/HJ7Sn9WPifnWZh8a/9GRKwxpa"
    "8xpjMjv2fBHcgQkRMeltwelhdoYaaimerrDknsL7ztrKr1peTwNnESIh3q5pKe68T3RYiv"
    "iKQY9bqMOoMES6TI8MdutuJLCJ6Qqygr+H7HuYSFNEEwsrBOAv3JsCB60r/AlYv3gLyXzP"
    "b/p+TNOC6k01KRkMuW/BpwdslpRoAgPx96mgB5C3D/eHvb+vMwLO6j7tmGUP3Z560YTC6j"
    "1Uk+NtcJJPNRul3g82cuwUrDClWkAp381+sIEMDnSIW6ra1OwJNlOCZUaWkUZGPSzFrKRP"
    "+kJVSIMXwC5oa1LrFiG4AsOYb2AlkBj/t5qAiDrFcY5GbkeCz7qFTjWPVKCF76YfBg7Ldv"
    "BF21B3zpqTYdMk7yZBBUG5EGolx+ZF6gpuRchIP2wjqPW+czSEOLaAkzhhapGXIKolGxGK"
    "xzKlcVsKfvqjrXl4Hbx+HjzW0fPIz6vcF4sOb4AsPLvRlllUb97m2CudaJJkPQ4KJWo1KC"
    "XS2dXSXaoe0whoSu1n3dWSYMqGgQZCC9P8cCPf/BiX5r+NC/vwZUcqp3J5Nu73P/4zWQbV"
    "tWFlCd6h8H47vBeEwvqggvEV6rVIdf673gRxk/FyKTktKCUKoLoZQ7drLo4CeEm1dIsMFD"
    "v7bWiwx8TFTETdaHMs4YZ17SOCkoWOOkgh+g5MZMMhFON0yZwuK8R85aT2mDUAJfn4znPS"
    "788zL2zAmYwtqnLCrCO8KLdT3dI5uaDAyvSKRgQ7ozRIk0KzXh+79bflE0pMKladhQV1bS"
    "M1y1/iMcCwd0LNAhfiYvQPQPLtY7KtZA10Iu5pujDFN82nOAzRBtIA9e/qnS4+OuTKir65"
    "wPPPTVQ//+4+D+p2uwlp/q3V6v/zBxSSxFgaZNSaxR/9OjS2FZcE4WY3Llrv9x0J24kkuo"
    "Itl2Zb2rtKF3kbac9Ed3g3vvqg2tJdK969T++Tjq/np/7Z4nUsmOqdeDGPNrXXKXYEgINv"
    "BbO8vl2TvL8OydJT17mqEERX3ygh2WaSDOlXhQD5J4o27EXtVR/hgTE4go+0XAZgoL1Lej"
    "/mQYrONb6UgHAg1cOzp5lo5O+srRSYZeHMvhoCOewuRn2pJJPnqGzvERKmgpaykxvhHBOC"
    "fvSb5b93CEczsreqDfG9x1b9+ctU/asdMn/hC8T8xlFymJgsYzm6NSDVw0rnLM56vU6XyV"
    "2AaXlNOTTJnFvWRO55ikmM9b5jMxOSya7P0VoqeFLTHSBWbCzRIXmG/BfE6maGHEk8IC7y"
    "14W9CFS1pCAhSnoy0u2cC1u3xlxHQolYGLlaGIyTYwMKhJYQJhCBIjnZ5uISbWiK9q7zkX"
    "DN2WFbdUOF+KyIRgI+Cv2pEiYwwxXkJWiHtGDoaI1P4DhQ8z36tJ6hJAKb1AS+UnxxjSza"
    "MWqjjWodsUNmUBleeiXq1EJ3t0bpGh392z9dAdj8mfpC/q0fpl0P+VOrReEHwlfw/GX34j"
    "fyL8vCrihSrZerbgk6Nxu0SiUg3cEsr/MkxDQwqD1kzfDjYSYivYYSuwoAIRjYliTXFqX6"
    "RN8YhYlmnRrEGgpkLiAActALckyzJXncyYWPP2z6ywJn/mXqauEZfJtF00DEJSHcg5VxOC"
    "3/VsXYeJ0MhHbiRZsjuCWc9Q0pxY8iO4R9xqktacBRuUVQ3pUKJ5MJbub0xAmJn4jd2BqG"
    "PHkQPOjSCTNcmCMubVbuOS4rzE9khGP+SOLp78mLOlm4d7JdFWdMLqquT5Mzl9RAnZnV1E"
    "NcO/dC+osSSGPvamaiHIU3oQwGcDbzg2QQ5KumEzKOx0/0FcrgmLyr79B7SQiS3rNiqgyy"
    "Rki6kxxzMCZSoxbrx7EvAxWRG09GO1gVSDjtOety8vgpNF9I8s63tMVpfbNDgJUku2byZD"
    "J0xINmEZiTn3c+km5xm6yTlDNymYQzYsJ07/19mtL7JDp39fzc3tIbJDN23UGR97Iju0oh"
    "nFQrUigmI9r88QJ7/spWw9Q5svkUtEpkFKZ2k5XIITm3ywRqX2l/vyiJClORs4U9VvJASi"
    "ObLUY1Z5LO4MLHdIR7JpPq57OzKM82ZgCc2tSOqVXnfc637st5iLQhnohrpqKLSxxTAHvO"
    "6mVAa4QUfHtYnlRja8e3NnDNoADl8gfXIC8Ju13KcvI5gaNhZPA9R/gY2azpGpqRs2miMv"
    "r0BZgN2H+mwqbubCsI2yAHugnTXnq/5zL6m7vM8yK39X8OHmSOIlwaBxqam8RL6uA+br8m"
    "pJ8rDrG4kGxhKXf2ZubhlLKStzVEo8ZlSseQ6M8qO2baMAzhGhBk7o8mEm379hSc/k17Fx"
    "3n5mJNpDnUFv9QaTwb9oLn8F2egPms5/POl++nTtVbkif/02nvTvyJ8rbMNlq8AAlZ1hwc"
    "WWa6sMiwg6MElaefjwpn2LSu1vku+pEHb5MYm8oUI7hQjVC9q9nzAWXuCG+QPzeIE3hhzX"
    "9hAXEzT8dho+kvh6R0Izkmv7yGDOS2rG5xibL85DawqyrmYcVAS8LCoqjnIeRkqPywhi6p"
    "hW0JMMYoqYU2SQbchZQiUmVmfjsjaad93zmjM0cdLUgf7o57bmf37sP9KM4540sd779xNi"
    "u0Pdnur3Q+nnx+GkSwbBkH53DFtmZTgf9Sej39wEEha0rZWbQeJTd3BLG81leoa6CAdwli"
    "97dkby7AQNYNMPgeXfy45GD8vtT9GrqsRoidHo0LIUshNxLPQhCcGqMAFdYsZpifSlfSPR"
    "PDa8mtLYwsz/Ds18EezdtFHPE+xNlZgCQx4SE4He9RleQd7tVRWhcS18uIZFBKaCED0MIZ"
    "qYxGWi27SYzjjE4U+Yl2/eC3PqhTxmUaZBUGQertQMGm8jSVtdHcAXpEIyUYArdgIs+AP5"
    "k/SvuoXZDMcGS2jLlL77ABxTM2R6a44sbJ8A2bZlZUGbLqAO7AUEiowhQBi4aebexTmSvT"
    "xQELz1InixTZYmlTuuIibWuEqhlZTS87P0ujBxgB2XayCdXn6AHEZ/QGm2siGDfU1dNaJC"
    "QqVkqOmvSGXlNE2FNGgv0GSguXArzXDAuREQeDLwxAu53bng2skCiQYuq+V7Kd0M85kR3j"
    "my1cf62KPHsrRSzEeUsN6DmxobvG78pGRFPp/DKXoVfCHC39Mw5r/uYZ01I/xFuoo6IirS"
    "VRwgXcWhCPearQj7CkCukhD+KCNtNYYETzpKDD442uAkHx2sUiEJh6W28sKTBQSajG1A2z"
    "0T3H8gGvcMWsDvBtAoOWDoQAaqvAJvkE40C5qEk1yVbWOJFFnTVmC2ArIOHJNMaPttkg2u"
    "7jE7cMDkQTwK7Lp54+jJUiyEdFKYDrv0ImsOT6RdVKgxYYvlbroHWrvWtTEevPpYrMUr2i"
    "Lv6uXX3NgU3srh1vJO7f5A4J6jJ8ciq8ULtDC5C4w5WUs2ldL+ggE1dICGlsjGH4AOSUMA"
    "VUQm0AnAjknEIPU/0SWG3H0ldy3jleHY2ssjhWurXq6tOhfqa1IFy3UtrVfDoloCUWlW/A"
    "Hv7C6aZLyVEf6+qbW1C9jpvQi8YyFp8zlUbPQCJZoIhk3npUSmJSS/6wJzIqsAk+OsMqvA"
    "jGEopdOQESFBQiaXAsHqp0PdLFa/JjbbOoMqw1bb5FbNY6NtUrrmMc281sCwAF4YpkmGHZ"
    "B+FPgBfPVuXf8NqX//Cn4eAayQaYqBbANiKYGp0zm7UMi/8PJ86lz+CN8D0yDPB8QSgiyL"
    "rMInMQyxf7dURJ/u1aV3Af2PMM4OaJzxBhzuP4XTcccahqd7brY0JNM8w7f8pJJkHyFbDV"
    "eiw5BIA3TbPZyelV0rKglxZv28jdAe6//6M/toK+fNZWRJWJE1XrijgqLkMgfmlGm0HVZG"
    "g0+aIad6WjZCMbTnVOr4rLUsNmH4eHPbBw+jfm8wHgzvozaCezMK8qjfvY2jbOhPBWAOSw"
    "mcc+AsjOT0rfK7NZIZ0TBlpYQ72g8wu2SDX7ZlR5g4CtwcC0qVEi4+XCzKJQRlLtIl3D6f"
    "R1zTfC4EyNhPdI0BfRGA7BNAz2XSNHue75kSIbphLWUN0SActxU9oIloNM6GWvEtuhSXeP"
    "XPFD5xQbvUZlnZA+3ifTH2SnqGXIFqcbnGRay1O5085ECnk04O0HuC5No3yaUZCncMTVhG"
    "0FwiSZywnETd4EpVnozDLaKkpT+D9lTS8hBWft3WrIMYsGNnRl92Bn+meZNbDDM21uIky5"
    "jFflsvDXM+S3YMdRUTa5AekgJPluyeBZkTo1AGQX8/LCHG5BcAP0k4eGPoEJhEwgsDBcSg"
    "fP32zqLHTLAdvPOdJ8Y4qbK3pzIDC/zTc+Gc5yK2QCStr8VCVPVhdwsuybPWGRVyTuOIjD"
    "gnlCx0RpcjyJi6W3zeGzHh9c7vgRWJmtNn9nFaXj5GWYmaRU4BkVOgPqbX1pwChwlBJvvN"
    "s/fzEpaEfyvThCB3aGAuPRIuzUICojzUMX3kWZq2e6DWWnqnyXSDR9tmiDbP6ZFH326n69"
    "vtoysSlcCaKp/PkLtGFFHwvtBqTp70VO997vfIBWlAi0DTrGRE70I6uT68e7jtT2hTl3ci"
    "Cydt3b3v9W/dclAKBULT6NX7oTT+PPz1mpaWwguiFxQY0fJPzyL6NMddIxXDYWWKSV+lGK"
    "JCN2Ho+KR3ov9LBeK1k5INrHrUyTOpSasM12xiWrNPfGYEGjTnxGcU3U4ud2Enw13YSXcX"
    "7vuQZ9MXCuGGTYf6OMmAXLkbfR2hyLjHZEX9pvqwPoyRDlTHIkMdFxZjfSRjzbdNxuVEkA"
    "Vjo/SNrSLfUUxWfEZ1/oxoPkfLtBBmu1NTP6OEnFA4WfUKNIMz/iskIRDd7ofYTMMSvBH9"
    "SGdHBnReZ0Tiw92e5pjOyRLgHa+7aSiwoS83AumIrNGjQW+SL7wO2XC5Y2Td2nkzID01CO"
    "7IjFwYFLidUBoE7Opnw1uHmwLUHnyG7txK9xv6U4/LdyghX2prHOJQh2DDjntJXte9nLhn"
    "1tzDbC/QQnPkHVUARGUi6AODJra2oGJYKqtEYpkdM6MJQ37SzXNEPOFBvZy0yg93PNZGqF"
    "g01vGYNCUGYynQsr0vB/K6kxOSzXPUlB++6S1UxBJnne9Kz24aE9sxtWm9ykNlpchIJjZV"
    "yQI+g3Oi6fLgF5WqHL66LBQM/LzNUeL1FsbEhNMwj9PQVz746NCYlCBDk7tWABE/FxoTFV"
    "RonanQwA7hUbKjQoKyY3w/oTgmPvslLifQ3U6IhgzMHem6UAzwkUGcl7GLfrvbedCQxb47"
    "vINIZw1FOPEJ1yn+vSfbsmY8OXBIDB4LqbDFYLSSjU7y8lqKLyoZYdm8FZQAUR0sWmXCK2"
    "NEj7MGPQLSv7UCb9xDsDp89f5++wG8EsQBfRywFxDgBTJNWq5NVwFN2qGBOdIgTq2gVPEj"
    "dwjvx5rDWNMyyn6v2zcu5rwskiCdDqM3klD/Yzy8T7F21+3jyi1SbPB/QEP4iBc4FsgUiY"
    "hKmyjrEa/gEdNVaQfxsh7+YUMu2y0qJLQjcfyTC+rjjPhkmHKB16sGdT0+OnAEl3RILZY6"
    "Eb6dW5GgfKIVlsqhQhCZH7Dh+qc8wQ/Am3huToyNXnZCWwI6jb0tm8wJt0TiCcAGQDZAGG"
    "DXFUaUWZbeUNlzmO6zqAZOcfEoatqdV+ZMuNIO6UrbjAgPV16Km6FuyysfUb6ZwPknZURG"
    "7P7ivMd3sPvnOe9B95ECQx4SEzx9fZS75PhaUEEmgswMdFl+rpCQSEskSPoDkvSCSG4UkR"
    "yKG2eYfNGo8nwWXzSsXWRUOaoP/yTDQBIJ+je5NtpXeZJttK/Ss23QezG+DysKD75++8b5"
    "Cc5ygZuBbQJakY0/jvH3W3JybxBXkryEPNEm26nEuxjH5RqId/kxyD5oJoGqENqBYAPhbu"
    "erNZFRauL4M4iZUFfXcUYcgLce+vcfB/c/XYO1/FTvPjyMhr/QrGBElbaMF5oUbNT/R7/n"
    "5g+z4H+hsk6ge/i0YN7bSBaUMV/tlYRg885BVBQd/UR0EWjxx0fH5AS/wQyRfkHwlR/biJ"
    "SIPc8AtkjseURUcNp15rSR/kITESoGq4hxRl25qFgpe0GdjNgK0nG6gMFvJiKjV+CrYnYg"
    "vq06f1vCC5z+uTXXCywi/5o26iVE/iXOyZSTauUI50CuNCtLuJxBa0eMNv6vO7e7poK1cV"
    "GWlpmmSVDtxwG7nmKZbtjNNOR1xkrLjWipPtl/xxKZ+RVDRDTrIZ21tawidHwAh9gMQ0sx"
    "b7dT077sHpNBbL52HmK6+/GOlrGQ1SWtYHHXp7lxrkGor4MbwXX3ETCGgqy06AXyDgXDR9"
    "CbDH7pk9HZ9Hfw4RD2aTr0x2mp5LFPReLdPQZcijSxFaWJPUzAZchCYmj6Ufspn44fjcjN"
    "c8Bu4xh0S1M5Gjas1Q+R1JChTJJvpk5nfi5PnYsr5ZT8/8XFFfn37PKS/Pvj6SW9/v6KUf"
    "u6wufkMEOINotkjSbcE4bIQStek/YSbwqEiFDzgu/Kj1RylwgehAOBBkYmlQ/vZjHhgDgi"
    "JGDOM4uhjB36BpIl609c3mSGaONSL5YPuKwoDmm4khRN5gzdTUg2Du7yQ6RpUiGfP88LdF"
    "imcRBXdI4CSjIxvnlQDss0cKn+/ni4ZKwu0iUHc9Nwg3vpcdy/Bp70VB9Phg8PNCYX2wZN"
    "FkbDdCeDkRelayOrLkG6ZFW2pYI5tFmy33MmaJrn45m8adHZHpbf4xKOdGQTBZR/xg8mg+"
    "4tnfKuPJ3hv/RHg0+/0SnuTosVvfZw2+316SVTk5Wa0NE6/OalHOKb8DGx7zhpvKjeK7K5"
    "CD+JiOMTo84Xxye8Y8I7Vg+dtnrvGKPqgCj8x8Y+dh7KyzK5I1KxNJxNQYrL5xqtppiO51"
    "CHE4P8U0FJxXpatGxcC7mnXRwyXdQ+UrxuaskftO2+6skC0lTsz8AyXsG0ZS8QDruMFzIG"
    "sr6OiPKrHU6JIE3/Hk/iCvW5YSlQBbOVm+6drIFL2VqBZ7hKOq/3+eBdEh3VK/VZoz3Zwo"
    "ZLh/44tfk8NpyorCRq/9RMg89T+4cnuC1fckdfl8o5DLudBDroRpJ3HIokdtwpdnDsVadN"
    "qGTu9dyKGPZb54gUjMTqUcFrV4NRkL36CwZT52omn02dH8+UeRC2N/uRhvBduoF8l1fvAS"
    "26QzQlh0wSanQSLchQGQpXxc8SySTrpUyJZJLVBkHs4q/cv6+SH2syxcaTweRx4vrmsY1s"
    "x4ZTvfs4+TwcDcZuJq1gGaiHc7KuSSgPOPVFFsrjzELJnRDxAIkQjzZKMKRWer0lcE4vaM"
    "eS3X9xu9bf5o7ulWKcOUizyVu9o8/7e1VDkjEElZS82xzBjPHOhqFBWU8LmfWFYiNC7Dmt"
    "qqHwdcb9gn4zHN5GQL8ZTGJQP9KzxW/O3BEgjTzLRkROcC1EzWLdCuXCwZqxa86SMeniCE"
    "f/INlKXKxYDMQaw5wMhN86BwNBv01ABWhVX9nlBT6Ar4psypQY+OpW5PtKGTGofgWK4eh2"
    "yPeC3UOF5/PTqfMezi+YhxTLf4DgGurFNRAz17KLJEyMCO5nA6lJaGid9gtGzFXSTQN1tc"
    "gIh8QaqCA0aYCXqelltxNay11yzBazgIg0p7HTuu3eXAMiN9WH9+MBJbbIaK65+sOzV/6G"
    "yLE/hUWED5Rh23haBadfGe7Zp3wsVQCFTS5s8hosEc2yySNHPmnycC4DJSQh1v/tMTD+Zr"
    "9jAIwfDXBk4OaNughNqp0j10UK5X2SRz15acpkKrcYBFJw7ySLRFLCrUrOYqvIRHtWZUt6"
    "hq7GGvy9grIlkkgdNokUstOyr7KBDQQa6NGtIL2Rs6QB6TwAh0QaCHE7VxmvdkYZr3ayjB"
    "eNRUtCPIHfUo09tTi+9TyewlSD+/+cZDtoAy34dnj/k9887rWNGYOWjchtybG4sqLFxJqA"
    "/B7q0ynGC7R4oY4ICaBzAU2UFb6oyUCgeQCf5QL4LAPgsxSAJQv+7viZfDi4pKTwHjml4M"
    "rxkkoLWdfTklhu5/hD4nVWSFrjx5txbzS46V8D7MzorRmc6r3H8WR4dw0UB9vGcqrfdcfj"
    "a7Bcp9Y7PPtvw6VJrGE2/5Ox/kTFmrcKla+LB5BRYyiJdXroX0KwHnF/9LHNiftzVATXq0"
    "/ecQnLiCEpfUgw1Is4IkJiogJmnf3+6xgcvoRuEaHvOXWhG9/Ch11I5HtG7vgSnKqWPLc5"
    "l/XWx1H30+QauLJTfXAvjfq/DPq/uglPvSrcU33c+9z/+HjrZj1VFlB1NJr3dOwXKMJ+gS"
    "JyZeL+SXp66I5oFsnb36RP3YEralJyRda0lTSXkdtDr3vf69+6NxWKoqYVO6rVzqOEtdOV"
    "sHZCCYv7AnKTGjG55im85R93ifpZEmBnRBfF5Aq5mOsGdtl5J32QXqCFOTOPs2TFhM5xBH"
    "Gt8Etzy/gDMiDPjkhKSgsaiYNGsqCCTERPGbix+hwLCkNSRNmJ0C8R+iUS2TZv1Bm2dyJh"
    "pWtFFxr1qKQgWOozyMlve450hBeFhjkmKsa5zuMsm6ZlvLhp+vmieJOCwtJKV4x40U3ICX"
    "CT4GJntkR2EXgZkgLgrZHoWWVA+OPRbXk+7yqBUXVcSOcNS098x+zg9LRZLXDOiTPjg96O"
    "dGgLE0DnBDq57Rc/bgFfaK4EBhPGcdjCPyHQfymYU7SmuMfYq1JqBPhYNbFQQCSlHtQQTR"
    "vKSpLFVVPB62fVVJwsqEDS9a6JcqCujryemrPs7eXEk7dmZRx7Cha17WefJBi03Z4+x1GR"
    "Dejv1a4Brd23AjRO8gl6uW78Lk/A68IAKlIBsun/Q3KFpr15XbAS9ZbTp0iSU68jVrLCW5"
    "l4I1HngNvauAXnlrGUsqJKUji2qFjzHLDlR2/YRgGcI0IC5e0o6wbrtHr6cTa/fROw3ftx"
    "Nm5qXvjb6kXR5/Gykg3VsDi5+ZCI4DVZ8U9rpZmPk49KidwlORjjUGaGHem1cCqIIwM5N1"
    "kcnWA5CEz6nQvqMie84VVx9/JI5dMBAS2XwQiEqbscpIAVbp4jra7fHtgGwHRSAHsh2679"
    "7kV9BoY8QBgQ3Q34fDBYQftDUOcwaEVte3tBNkNa3JGVZ3cPT0zJ67JZTlR5haUZnJPPRm"
    "R0OSjd4M0GzqMpEaEdD6fUdOvIeTolPJHzT86YlNBrGBrjEmJMVm8e6iAk0kAmrJJcOCKM"
    "OB39Jhu4z+SWBtWnQkPPEBchh3UOORTWt7C+a2ge5rK+D2MhBoEIDMswHKSQwyJUw823Wo"
    "RDYl0FB6CoJ5eaW35fH9xCrN4wA3LFohbaK7XelvIzxMSGI4uGsySWGj0LDPAzMokBR/PX"
    "uUaaBU2yZ6+vJE3D/T56q40YZOVxGYS4lRhr63mM/sNlO96gp+/FfPyx3T4/v2yfnl9cdd"
    "5fXnauToOFL3krawW8GfxEF8HITpaj8EtkKPPvQAk5sQcxLCXDhDpfOqiNRAPtpArSstY8"
    "BUUS7Jbp5YJo8SHeevBzSZh+LonebZcooDQzhCYTPV6NZpfwc0r4mSQe73v90aQ7uL8mW4"
    "UCLZuMEZH4Mnh4cLNWkF3BLDPjRPkJ1mSb5u9iReil+/5CIuKgcnx10uE3W1pDVMDWZIgL"
    "W7PWtiZdJ4ha98zKuJCR5CIq1oTglKoD2TQoYyg5uo0YyTqzv6qYqPii6vxFQcsyLDJ4rL"
    "prqZtSVEiEpCQ3Jg8hi3wJfOG2cTmxVG1fqqi2WCw5pNj0j2GJ+t0xiOm/NHQyfzg+pZhY"
    "876krBXJ/5AuU7+jy2SKNsHjCx5f8Pj5efw7GWN6XO5nutK0GGR+tMFJLkafpoOXfg8Etn"
    "L69BkuLU5p8rmhacYrtIB7FpBGVSE9HHzlrobgTRcj+a9jep5rIaO3H8CvsOdGaVFhDN4D"
    "gwphaL0gBQLZCyRMUvp7fTKT0U9QuN5qL4K+DlqIXfDxVUYu8apBuylAtYOzSg3IwZBnwv"
    "rNBS3LVHgOsyeHj68zduTY6fYc+7FbQ8AKieSIu17HCoL/GjN/h9OdJVnZoHqyjmiGwHfd"
    "g3XnANnAdPACYrKZWvQvep7abUr7QRiohg5ZQddVPm6qT/VfLZqLRfcavELPCf9miZ/IQn"
    "2y8erjt+uz3+tu/AfJlkWejMEbz1nlvRHRbzT89oRqCRDRHR0Ylgot8ryvPvRf6Uvc0zgB"
    "+oJy0J97Ap2+o07v0VACZxMw7mokNnjzDE37mv4q0ge2kaYRmTAE5Glv0xWLZ/IVeubxEy"
    "s+QCgU+1Qo/MEo4h/1Zeu8+bU2daCm+qR/93DbnfTJEK5L/dTDdbn+EhLDkBXnspFpkiq3"
    "l3AXRqprHq9xVEgoKIlUg9yZA5qcNqCC+mZ0e+fOzR6TEn6l5MSdI82GFjeycTEBLWNNKF"
    "JOAO9eSaDhsPq+Yj5cY1IC2JT5KtyejXV7WtA0Cmbmj4mKca7zOB/O71qzQW2k27VmGDfA"
    "69qlXXRNU0OKvP75CZo30eYkk+u1oIrIpui+mxyT2k736iAk43KVU+dqpspT5/0cntH/l8"
    "m/P54p86lz+eM5uX51fno+dTrnnQ5t814lY/Bq/GBCC5MOvIKMJ6STztmF4omAV2QvgDH7"
    "L3TTMeIT4L6sd/lF1hB5f1YWz1q9mkgGWi9e1cG8LtqQRJMYvVJpJbiELEsnm1kKhOrMUx"
    "dkl85Oc+WWoM3S+ejTZHYJshapvGXawzL1KNNOn9ecMu01P8uWLKccFJrgHILW+PHmbjCZ"
    "uAfP/D6m+qfBaDyRug8Po+Ev7tE1ZGFb8lNcTfWHx5vbQW8w+e0amM6MbMxkb5zq3V+7o4"
    "+0ubtz0naj/j/6PbdzC9KN1bv2y/CLd+nFeKZX+v98GIzoFfjNRFZdDrmZBvldqyK1aJOS"
    "DVwOK8g57U4yTzeDPMWVk4LCjGRR7iGUihXQY3QgOJk6czIYkh+nFvmmGJLio2KR12GYCl"
    "UfZfYgPqs6f1aBziO5tWMxZ2bIFPEdc0Qez3gzUkRuIKFx+IXxDAlXjuY+KRQ+MNfqNyeK"
    "UanveTK6bF/WmXE2gDGx73gCqlBB1PSR2GU30i2nhOAes8FURV5EzaZOLhKpk8EhdZIU0t"
    "qS5k5QHJb6nj94keA1ffY2N8HrzMFIhxjz+Q5iUsJ/sN1j7UNWgsf6JtTVkYGc12Udm2DF"
    "69hufJlJ4HkqaQ79fhoEeqWFNINJyvDohyfwVk9++MPJc17Lbw8ct3ZFmo/8GmhIJzs/LW"
    "6BbAygbkPLtBCG6xNF4A15NYOgtfSOQ7nnqjBYytYztMEbxaAnOijEb1nHuA70FsItXy+3"
    "vPtfDt3fb99AX8lZ+yqPd6p9le6eovcS1COzzFJOJ2UgvTcnJT/crbvu6Et/cr3+5qe697"
    "dEFL/bW/8qJdE0bap/euzf0juTwfCevI8DNbdGJulpqg8fJoPeoEuuG6RvBck04ebjQ3/k"
    "PwA7JrT8p/RuB/eDHs3miXSkTPWHUf+h2/vS/Yn6KE0LmmSXcFf+IlOhdD+liugLKFyxGm"
    "GZGo9/bVyTxKiwmApsRsHhjUjjSIx2J88sJq3Sq6x0EvN4s//zGWQJuYr8VMe3N4eUT2+l"
    "5MI1IiMwZWcU15+kheFYXCtDQrBx60P5BzEt+ES2LJoJQpqtOCZxQk44sRl1ZwX9+Z3Qnx"
    "zJbWLuxB05JNZBhiObCqlUUuRTMpZL5BEWuwHWCzpqKlRIx2Yp/OQg6KhJUFVJUIYmF4Oi"
    "jE69rSSlEm2e55yRoRPLGmac4bk6g+T6RfvsjP57Sa/M5vKJdxiH5mSC38gzgA2/2WAdZg"
    "swetIhq5hv9c8T1GO9qEc6TkUCt+NyDaQiK0hbTr8DS+Kle2NiAuocUIuTbvtMoFTPkz5k"
    "H0Iv/qvkJtK7vcngl/418KSTh3DqQWV7qkRBUzQmK4zRuhujrAi2IjlCwpIibr7OcfP+WH"
    "FSeGEhwd+xUitShApU6UkINi8nYDtXvG07I962nYy3FZGDInKwBhzRSbmRg1UyTiGOjsE4"
    "RRm8rYwTijbfxjil47y1vHYw/0Tm7EPyOesBN6gpy1gL0vNkJAT3nyzjMKqhSIvh4mxqsq"
    "7zJ8V4uO3e37vBXp78VP9INOJrt5JAPSxlWcevkBV2kP4thETqkTKGPrYxKWPmyK0FzhUI"
    "EpZpXAxIVemSzIVhG1wTfyNRj3nfqFRJpoyZ1YZuDEODsp4yIoFQbERmROr4LM4MzG+Gw9"
    "sI5jeDWKWE+8e7mz75DtwBII2Qp68z8re4lekkx+RaYsJCzVtjSt9X1woj91nauNz3fJrW"
    "O73DT/NFpATPl1wBBO1UWQSkqBl8dMmrN6SRqB7sUXustUIwp41hToNpnsmghj8GDiZVCn"
    "+Zec4a0+TaijJ1fry4mk+di0uadPv89PRs6ryHp6d+Zu3O/PQ0qGl47RVwJMj/hZY3pFUd"
    "6YFeN30TXrillk3HpgUW3aoPJ2Ah08teOUbaktghZHqwzhwf+G1EAGC9CGMb2RpXNFog0M"
    "A4tLO8REwWD5OojCZbZK57OPHgHBVr3tnThpzvrZslVXUMK9kTNChh9AdjNqfnSI1KCf2f"
    "YVkFHjgsmdCSvO+fZ8dLk98f2u0jgZrqMDyLhN++gVte+QdQqZ5Y5EhBXK6BYJe/5a21BE"
    "8B53H1JASFv38H304oeoJ7JFiyYjB2GgwKo0SNUJ71JybWwOWnimQD1LDnme0bCTHHd5jj"
    "ygIqzxSrIjstU7iB870C6+fo4rqoVqVz+phbH0fdX++vXcZPX5cwGn92o7x8yo+m/hqO6S"
    "VFM3BtTkWtk2xwuVOjQsI0FWlPuKBu7kmz4GMvMO5xWXHarG6nzQoluBGZSEJDv99MJJvc"
    "0gynZiTx9FZfphFpncODuYTLGbSAMXcdgV4RmXUBYEyTEsv6ugSw6lDgXJ9fuGIwyw9ZSp"
    "/Cm1gzbyL8xuV98ds30PiopHwJeaIt8zm4QiKNi2qtIG+IuViDyBGkvRESQdq5g7RpASPu"
    "0NeokIh8FaaaMNVoF/ImXyRfYG5SUBAg22Nz5Wh6zh2jRhuc8fMkFj2anG51CiDtQgspix"
    "bDvlrfOckyruRNm1LP2QuD5oAGTQHvSrN9Ku1OJ0+WmE4no6BBJ3FG2+Q6qrdu3kB0KwlA"
    "pRbgOudsXi9tSES4aTndtBzEavmb2Z//D/x0Tmc="
)
