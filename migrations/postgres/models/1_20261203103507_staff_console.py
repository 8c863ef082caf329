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
        ALTER TABLE "staff_account" ADD "password_must_change" BOOL NOT NULL DEFAULT True;
        ALTER TABLE "staff_account" ADD "totp_secret" VARCHAR(64);
        ALTER TABLE "staff_account" ADD "password_changed_at" TIMESTAMPTZ;
        ALTER TABLE "staff_account" ADD "totp_enabled" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "staff_account" ADD "failed_logins" INT NOT NULL DEFAULT 0;
        ALTER TABLE "staff_account" ADD "password_hash" VARCHAR(255);
        ALTER TABLE "staff_account" ADD "token_issued_at" TIMESTAMPTZ;
        ALTER TABLE "staff_account" ADD "locked_until" TIMESTAMPTZ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "staff_account" DROP COLUMN "password_must_change";
        ALTER TABLE "staff_account" DROP COLUMN "totp_secret";
        ALTER TABLE "staff_account" DROP COLUMN "password_changed_at";
        ALTER TABLE "staff_account" DROP COLUMN "totp_enabled";
        ALTER TABLE "staff_account" DROP COLUMN "failed_logins";
        ALTER TABLE "staff_account" DROP COLUMN "password_hash";
        ALTER TABLE "staff_account" DROP COLUMN "token_issued_at";
        ALTER TABLE "staff_account" DROP COLUMN "locked_until";
        DROP TABLE IF EXISTS "audit_entry";"""


MODELS_STATE = (
    "eJztXWtzm0jW/itd+vJmqpxsLMeXcba2SnaUiXZsy7HkmZ0dT5EWtKxeIyDQ2NHszn9/u0"
    "EgLg2iEUKI9JfMGPoB9PTt3Pqc/3bmpoZ0503P1TDpG8RedM7BfzsGnCP6P5y7B6ADLWt1"
    "j10gcKJ7zSFrp6Cw4cQhNlQJvTWFuoPoJQ05qo0tgk2DAYYGAg6B0ymgzei1A6DOIDaQBo"
    "gJyAwBy0bP2HQd4D0UTBZg9Kn3unt8Al6ppo3eeG/84T2wzRcHQBsBAz0jG7iWBgnS3rCv"
    "0EyVfgY2Hut6oWvgry5SiPmI6BNt+trf/6CXsaGhb8gJ/rSelClGuhbjG2vsAd51hSws79"
    "rAIB+9huy3TBTV1N25sWpsLcjMNMLW2CDs6iMykM2+iF4jtsuoN1xdX3ZU0Bv+l66a+J8Y"
    "wWhoCl2ddSBD+x+wutZRlJvhWBn1x4rSSXVugIjQv7ykmgYbGPRTHe/XP7JPeN09fHf67u"
    "zo5N0ZbeJ9Znjl9C//1StifKBHz82485d3HxLot/A4XpHqoK9pVi/wYyaxS8B6ZgMem07t"
    "j93u0dFp9+3Rydnxu9PT47O3IcfpW3lkXwx+YnzTBiad2P6kDzpgRTgkab4/UMoIniM+4z"
    "4iQbi2hLwJ/qcM/cGF3fCfQ+V4cN0fjXvXt+zxc8f5qns09cZ9dqfrXV0krr46+SHOffgQ"
    "8Otg/AmwP8G/hzd9j03TIY+298ZVu/G/O+yboEtMxTBfFKhFiQwuB5fivaoS01aEVqgopN"
    "RsWvZVQ3qzmoUqyaj3V4rTyxm080gNUAla6edWM0tWG3YdxM7hN0VHxiOZ0T9P3uWw+Evv"
    "7vJT7+7VybvEVLhZ3ul6t+JEY0uEYL91fcR2OntKqy9CCY7dJWJb9Na6HmyZXwJtKkKK8L"
    "tCtG74HnbPCvBLW2US7N2LM6whArGvxMQp/udoeMOnOAJJyitYJeB/QMdOKUGxENd/n7qG"
    "N4fAxMU6wYbzhr32H9vqgxzKGUUx2SVg+tV171/JTri8Gl4khRL2gItEhzD1S5lBZyYy6m"
    "MguSEWWFlEGZbkriGXafTTp4j6yS5MoPr0Am1NSd0xu2ZW2/SteXeevAIN+OgRx34h+/6l"
    "oeYaGxha1r3jmR1Sdpzo7YM8Q87cb6i4Qcu1lpweUDHBfyIDmDaYI1udQYOAJ6pMGIDMbN"
    "N9nHn2Ffbk15ZtPtpwDl6ZFjKwBqa2OQcq/YzuCDkOfeIPacvNNl4gLTXNstT4vSWyMK0Q"
    "1SxNu6V3y6s+/ZWmIL8RSCmCG6bAb5lgixIkpMuHgC2Ru8N9tfu2ALvdt5nssltxdlUbMS"
    "4UcfNiHFmPmbFe6ukP1IaGvliOij2xOy4HcK7ZUYcOUXTzERslOj4FrqDvGzbr9qSrM03M"
    "ApJzZCkw55buU5AaERdL7Mef75AOM+xNS4H4MnjOHs75v4LBHlxdzX0OUQrdaohZFV237G"
    "Ft5cxxJ+zhE6R8dU0CN+RsFDztM3tYmzjbpiI7Yj76nqqarve+lCYbu3+Qp8p63n4FRpqu"
    "02WzmZH6YrP0RWaeEHWfRTFSZ1yr0mjYoUv+QthLmcRJy2EBsm1TR0LOiBDQDFcEe19rXB"
    "F0BNMPUoX8b1FM+1T6o26BAX/UzRzw7FbCw2k+IUPY3xNHyUV8vSPZIww7jlvKfMKBSz26"
    "aXp0MjDjmbNdX5h0v4BGdmzGM2+vnlDUtnaRYJbV26EXw+FVrC8vBomgxpv764v+3atDrx"
    "NpI0xQVCSVRklplFQchErbJCNYuZQ2eSm1oOO8mLYmHpSSBLZPHuweHxfx8RwfZzt52L2/"
    "+ITPXTpPmJf/UXQny3qE3NeK72shhz59ZTa4jEfI9a7J690UYp12lecz45giMk2WKVw1p2"
    "eK9OzbbS12FYf766b6RClyDYJ1YaEhgZWTqMmTiJjEoiIelfDForfjsPYJDNuwbFDKkMF+"
    "PMfBkislJKE1Sgfhlb0SDxoS4xo6VLkhrpG7B7luwXi7AvGtU1PXzRdkA3PqBZqa0ylWMd"
    "TB0rd47l1l54ORobLbYGISYCNLx8gB0NCACucWxI+Gw4turfrx0lfZLF+ljG2Vsa37TLC/"
    "PrEvENtmY7it7bEppvdeAQ9WepERHcXUeABweTCjU8vIPjwpcgwwKf1HTgGecEIcmujo3d"
    "3isQU/L3wUimsI2suwhthqUkVYg6MisTMKIUDqowV2SWyX9wylwNIp2BSzT2GnIP2dyPbT"
    "HJT1DaYfUYu1T+bFKWfsc43QllDGS8KBS+Nu0/q7Iaavn+k36Uh7RJmZ+hItDvJMYE9BW9"
    "GMfR97n/30eO/BF6x9AdjxbFPEtLAKHN19BA6VJpAGXjCZgafJm/84VJxiJir/+t+m8Ovf"
    "vNaOd4ufpm8rb6nYKpaTREgabvIkpmw7Gf3JjmhaoSimhYHm3bfFztLmHaZNnaaFOmEHIV"
    "jMn5BqlsRJFa1yFe0JLVjchFC3RDGySyrvEmg4L76rKN4hY/QtK/dhiGjFipQnwfX/Nc4n"
    "PBTgroY3PwXNk72QiKul1DyavlRSdBuIYmrLL1dT+rPqbXK+him29q8gco2pfI2x3An9PT"
    "PhQIYYTnpYCntYnpHtcAXNTF93BFFfeNvhttaXisPb5EmIbKrba/RcJr4vY/iKIWWvN6XX"
    "OUawVIqMoO8mC7GE4CnclrKC19vPFSykKQMjj+s00R9NG+FH42e08Pge0O+CfP9/Rt6M/W"
    "I6KxUJvWzDl9Bmlx5mlAj685EvCdCvADf3V1edv3Zjxb03fN0QaZ8DuxXHkstpdVDMmuuG"
    "yGIm3R4I7GeegZWFFWpYAwb9r/8gQAmfYg0ZRF8cgEfbdC2ksdIomDi0mT2HVP5kJVSoMn"
    "wApqa9LLFCTECXHFN/RryAx3peKsMgmxUGueo5Ec0+jmqdVX0rBl42MUQ4Dtq3wlxVA7/s"
    "VJuBOCd5cgxUK0gLWa4+Mi8UUwouwmF7qZ0ntfMJYqFFrIQZR4rUTZjBaByWoHXKcNsi9u"
    "2bbZ3ry+Htw/D+4qoPbu/6l4PRYGnjCxUv72bcqnTX712lLNcGlWQoG0Km1ThKWlcrt65S"
    "6ZC4nC5hq3XfcOcpBSoeBBmi63MssPMfgux3hrf9m3PAkA9GbzzuXX7qfzgHkBCozpD2YH"
    "wYjK4HoxG7qGFnjp2lSLX7td4PfoTOUyljUhotDUpNMSgVjp0s2/kpcPsKCba465faepmO"
    "T0Bl3GRzTMY5/SxqNE4DpdU4LeCHLHkxk1yGsxVTLlie9yhY6ymrEyqw16fjefeL/6IWe+"
    "4AzLDaZywq0jsiynUz3SOrmgwcr0isYEO2M0SNNas04fvvnaAoGtbQ3DIJMtSF8oQWnT+k"
    "Y2GHjgXWxU/0A6j8IWT1jsNa6FooZPkWKMOUHPYCZHOgLbSDV3+qdP9sVxYytGXOBxHz1W"
    "3/5sPg5qdzsMQ/GL3Ly/7t2DNiqSqyCDNi3fU/3nsmLBtN6WJMr1z3Pwx6Yw85RxqGxMP6"
    "V1lD/yJrOe7fXQ9u/KsE2XNs+NeZ/vPhrvfrzbl3nkijO6bRDMNYUOtSuARDCtjCuXZYyL"
    "N3mOPZO0x79nRTDYv6FCU7imkhz1vxoO4k8UbTDHvbjvJ3HKoCUWG/DNlcsGR9PeuPpsk7"
    "vpXNdAho4dpxXGTpOM5eOY7ToRf7cjhoj4cw/ZlEseik58gcH5CK51DPiPGNAZM2eR/5Zv"
    "mEPRzbedED/cvBde/q1WH3oJs4fRJ0wbvUWPaYUhhpIqM5jmrhonFWYDyfZQ7ns9Q2OGc2"
    "PcWCPNtL7nBOIOV4XjOeqcphs2TvLwg/zojCSReYSzcPLjlfw/mUDtHSjKfBku81fNvIo0"
    "uZI0qUoKMtiWzh2l29MGK5zJThlCtDkcC2MDCoTWECUQpSPZ2dbiEBa8Wsqj3ngmkQqHql"
    "wsVSRKaAraB/244U6DjIceaIF+Kek4Mhhqo/UHg34307SV1CKpVnZGvixjEOun2mhW0c6z"
    "AIo02dIfWprFcr9ZAanVu06zf3bN32RiP6J30W82j9Muj/yhxazxi90L8Ho59/o39i52lR"
    "xgtVsfZso0dXF3aJxFEt3BKqnxmWqWOVY9bM3g5WCLkVbLAV2EhFmMVE8YY40y+yhngMlq"
    "datKsTmKqQOsDBCsDN6bIsVCczAWvf/pkX1hSM3NPMNeI0nbaLhUEomosEx2oK+F2P1mWY"
    "CIt8FGaSh92QzGaGkhbkUpzBGnlrSFpzHm0Iajo2kMLyYMy935iiMDfxG/8Bso6dQA44L4"
    "IM6oqNoCMq3SaR8rzE+kjGIOSOLZ7inPPR7eN9K9FWbMAamuL7MwV9RCnsxi6ihvFfuRfU"
    "nFNF3/GHainKM54gic8n3nQJZQ4phkk4Juxs/0ES14ZFpW7/AStkQqBBcAlZJoUtJ8bsTw"
    "9UKcR48e5pwkd0RdCzj9WGqBYdpz3qnp6EJ4vYH3na94iuLldZdFKm5nzfTI5MmEK2YRlJ"
    "OPcLySZHObLJEUc2KZlDNoqTp/+b7NaX2aGz51d7c3vI7NBt63XOZE9lh1Z1s1yoVgwo1/"
    "PmdHF6Zs+h/YSIWCKXGKZFQmdlOVzCE5titMZR9eW+3CNmWc4GwVT1K4RktECWeodXHks4"
    "A8s1NjC0rPvl0/aM46IZWCJjK5Z65bI3uux96He4i0IV7EYe1VJqE4thAXq9TakKcsMH7d"
    "cmVpjZ6O4tnDFoRTh6RuzNKcIvlriPP9+hzLCxZBqg/jNq1XCODU3DJHiK/bwCVRF2E3lm"
    "W3mzZiYxqyLslj2sPbP6r1pSd/nTMi9/VzhxCyTxUlDYuNJUXjJf1w7zdfm1JEWs6ytEC2"
    "OJqz8zN7XNuZKXOSojHjMOa58Do/qobWKW4DkGauGArp5mOv9NW3miv47P8/ozI/EnNJn0"
    "zuVgPPg3y+WvYoL/ZOn8R+Pex4/nfpUr+tdvo3H/mv65cAiad0p0UNUZFjxuhbbKKESaA9"
    "NGK58f0bRvcVR9g7ymQtjVxySKhgptFCLULGprP2EsvcAt8wcW8QKvFDmh7SEJk2b49Wb4"
    "WOLrDQ2asVzbe0ZzUaNmcozx7cVFzJrSWNcwG1SMvDxTVJLlIhYpI4mRhql9WkEPcgxTVJ"
    "2inUyQYAmVBKzJymVjJO+m5zXnSOK0qYuC3i+szX++79+zjOM+mmrv/Zsx1d2RQR6Mm6Hy"
    "+X447tFOMJWvrkkgL8P5XX9895uXQMJGxF54GSQ+9gZXrNEUsjPUZWwAh8WyZ+ckz06ZAQ"
    "ibCDz/Xn40ehRXn6C3rRKjFUajI9tW6U4ksNBHENKqwiV07nBOS2Qv7StE+6zh2ymNLdX8"
    "71DNl8Hebev1IsHeTIgp0eURmAz0bk73SuNdraIIi2sR4zUKkZxKg+huDKKpQVwlu22L6U"
    "xSHJ3CovbmWiynfshjnsk0DIosYiu1wsbrjKSdngHQM9YQHSjAgx0AG72mf9Lna15hNtMl"
    "YI4IZOa798C1dBOyW1NsO+QAQEKgOmNNZ8gAZIaACh0EsAO8NHNvkjaSWl4oDbzNMvA6hC"
    "5NmnBcRQLWukqhWymlF2Tp9WgSIDuJa6E5vfoAOQf/iZTJgiCO9TVz1YiDpEjJEdNfsMbL"
    "aZpJadhesslhc+ZVmhGgcwWQfHL4dGawe3witJOFiBYuq9V7Kb0M87kR3gWy1SeeUaPHsr"
    "JSzHuUsN6nmykbom78NHJLPp/dCXpbmCHS39Myy3/TwzobZvCX6SqayKhMV7GDdBW7Mrg3"
    "bEWoKwB5mwbhDxDrixGifLJe4tiD4w0OipmDNQZSnChqrV14PENAhw4BrN0T5f01lbgnyA"
    "bBYwCLkgOmASDQ4AK8wgaVLFgSTnoVEnOOVajrCzBZAGgA16IDmvyQtgZv7zUb2IDpi0QE"
    "2GXz1pknK9EQso3CrNuVZ6i7IpF2cVBrwhar3XR3tHYta2Pc+vWxeItXvEXR1SuoubEqvF"
    "XAreWf2n1N6Z7iR9emq8Uzsh16F5hTupasKqX9nwOYogN0PMfEeQ8MRBsCpGE6gA6A41oU"
    "hpj/iS0x9O4LvWubLxzHVi2vlK6tZrm2mlyor00VLJe1tF5Mm0kJVKRZiAe88x/RJuWtiv"
    "D3Va2tTcjOforkOxGSNp0ileBnpLBEMHxzXkZkWgr5XReYk1kFuDbObWYVmHAUpWwzZAwk"
    "jZDppUBa9bOpbpdVvyE62zKDKkdXW+VWLaKjrVK6FlHN/NbAtIEzMy2Ldjugz1HRe/DFv3"
    "X+d6z94wv4fAcclQ5TB0ACqKYEHtzjwxOV/otOjx7c0x/RO2CZ9P2AakKIp5Ft8U0cRez3"
    "jobZ2/269B6hf0jlbIfKmWjAYf0pnPY71jA63AtbSyOY9im+1SeVpPsI3WqEEh1GIC2QbW"
    "s4PQs9LSpNcW79vBWoxvq/wcje28p5UsSVIm5OTqdQpKwqodP+KZVZfuyEkc4vurAhTQLl"
    "KfaFpa2qSwFdPIUpQmUhlSnavpg/S9cDTQZAJ0hT6wD2IVRpOQDsVBVLkuV7jpgaY5j2HO"
    "qYudC9Vux4FWa+9JViFMhjGQ6t7b9TerSk0tSYZaUGpcmfMWShPCGhMJMkrnXxJt3j4yKi"
    "/fFxtmjP7kkVtW4VVTdVYQ94FCOVVJniSWpOsurnVkWenNB0WZAuGEE1FaTbhZbftDVrJw"
    "rsyJ2wj52gzyzraYejxiZaHOQps07Q1k+iWkyTHSFDc6g2yI44gEcbepHcU6oUQhA+7/Uc"
    "OQ79BSBI8QtemQYCFkX4QVyAKpQv397YLEjcIeE3X/swTpx5bW/lugWDsy/RjMXSMyhTTj"
    "diIdr2UVUbzem7luehCw7jGEZG+acOK8q8ny1TBQKO8vJ+yiOq8ohqc3SBtUdUdxPRdmGa"
    "T/7PS4m2wa1cmZbeYXFe7IShMokAZLWRfZrkeaKfdz7LnvuHEwxTRPzjQNtnhS8iAHazBc"
    "Du3tUcSXHNIniekHDJkYvh8GdWHMRHPxiXn/qX9IIyYDVFWZIbKndhg14fXt9e9cesqWcI"
    "oQsna927uexfedVFVEaErrOrN0Nl9Gn46zmrVOLMqFxQokerP4yF2dtcb41UTZeXeCB7le"
    "JApWzCkfHp0zFVNEuE/6WRLSyicVxkUNNWOb7C1LDmHyDK8Xy35wBRnN3jQv6r4xz/1XG2"
    "/6ruM0NtXyikXzCb6v00BhRKBRbICGX6PYGV5UCaY/Xh9HQoOpbp6iRY9vWe9LXYNpnESa"
    "8/Z6MMlK0y8yiBldOoydOIpQezLRs7fP9e5jRK4aTAyUt/rZuCAUkRhGR0vR9iNQwr8Eb0"
    "Yw/bM6KLOiNSE3d91kw2Jiugd7R8TEuJjczcGKV3dI2+G1yOi8V7YYLmG4Z6LZ03A/qkFt"
    "EdG5EzkxG3EUuD0Lr6yfTX4bYQVYPP0Btb2X7DYOgJ+Q4VHKDWBsYNDQRW1nE/Z+DyKQfe"
    "ISrvdNUzsvEU+7HzgIpMlH1gsjypNlJNW+NV3KrywdzwtoifdPUeGeC2Uy8nKxqBOMTmHm"
    "lfgcodad8flabKE+3IJv7MQaLu5BSyfY6a6uMJ/YWKauK8A0fZyfISsA0z5TWr2kgOxZw8"
    "eRpdwCdoSiVdEf7iqK3T15SFgsOfvzkqot7CBEw6DYs4DQPhQ8wcmkBJY2h61wopEreFJq"
    "DSFNpkU2ioh4gI2XGQNNlx5k8kjklMf0niJLvrDaIRBXNDc10kBnjPKC5qsYvP3fV20IjG"
    "vjm9g9jDWspwago3Kf79EhKom48uGlKFx8Ya6nAsWulGB0XtWmoAVcwotmhBDkBFB5slLf"
    "erYrDzleETAX2+vQCvvFOZBnrx//7hPXihjAP2Oq/cuzPDlsWq/xgaYFkkdK/wu5NZkGPL"
    "r9wgvN/RXc6allNFdtm+dTHnVRkJss1h7Eaa6n+OhjcZ2u6yfVK4xSoB/wM6dvZ4geORzJ"
    "iIibSpLPHJhPAJWZU9IJklPjhsKKS7xUFSOpLHP4Wo3s+IT44qF3q9GpAm/oOL7tCcdanN"
    "EyeitwsLEsyeaEdRBUQIinntmJ5/yge+B/7A85I0rOSyA9YSsGHsb9l0THgVtw6AYwJMAH"
    "aA47nCqDDLkxu29h6u+ywugTNefBM1e5xfNUe60nbpSlv1iIitvBI3Q9OWVzFD+WoAFx+U"
    "MYzc/eV5j+9g9y9y3oPtIyW6PAKTdvrmCHfp/rWRii2MuCnR8vxcEZDMkyON9Ds00ktDcq"
    "sMyZG4cY7KF48qL6bxxcPaZUaVvZr4BzkKkswYv8q10T0rkmyje5adbYPdS9j7HFUV4Tdo"
    "3zo/wWEhcnO4TVEr08MnOf5+K5jVRvFWkpfQNxK6nSqii3ES10K+q49BDkizKFWl2A6BLa"
    "S7W6z4QU7tg/3PIGYhQ1vGGQkQ3rnt33wY3Px0Dpb4B6N3e3s3/IVlBaOitG0+s6Rgd/1/"
    "9i+9/GE2+g9SyTJV2c7Tgvlfo9gIOmLFQFLA9p2D2FJ09COVRZAtHh+dwEn7BjdE+hmjF3"
    "FuYygZe55DbJnY8xhU2rSbbNPGxjNLRKiampCMlIBVshc0SYndQjpOjzD0zcK090rMKu4D"
    "5Nxq8tySXuDs6dZeL7CM/Gtbr1cQ+Zc6J1NNqpU9HAOF0qzM0XyC7A05Wvm/rr3HtZWslY"
    "uyssw0baKqHgfscojlumFXw1DUGavMV9BKfbK/JxKZBRVDZDTrLp21jawitH8ER6wZpp6h"
    "3q43TQfYGpNBrGa7iGG69+GalbGA2pxVsLjus9w45yDyrJ0rwU33EXC6gq60+BmJdgXHR3"
    "A5HvzSp72zet7Ou0Pqp9nU76emUkQ/lYl3awy4lGlit5QmdjcBlxENiSPpx/WnYjJ+PCK3"
    "yAG7lWPQK03l6o5pL17HUkNGMkm+enCPp0fwwT05U9/S/z85OaP/Hp6e0n9/fHvKrr874x"
    "Rj3uJ7CqghVJrFUGcJ96QistMSzLS9IpoCIQZqX/Bd9ZFK3hIhwnAIaGFkUvX0rhYTAYpj"
    "IElzkVGMoOOyL1BsaDwKeZM50NalXqyecKiqLm24UFQdCobuppCto7v6EGmWVCiwnxclOo"
    "ppHcVbOkeBFEiVbxGWo5gWLtXfnx0uHauLDcV1hM1wgxvlftQ/Bz76wRiNh7e3LCbXISZL"
    "FsbCdMeDOz9Kl2C7KUG6dFUmSskc2jzs95wJmuX5eKJfWna0R/E1LuHYwIQKoOIjfjAe9K"
    "7YkPfwbIT/0r8bfPyNDXFvWCzYtdur3mWfXbJ0qDbEHG2gb37KIbEBn4B9x0njZfVemc1F"
    "+klkHJ/sdbE4Pukdk96xZsi02/eOcaoOyMJ/fO4T56H8LJMbMpVIw9kWpoR8rvFqitl8Dg"
    "00Nuk/Wyip2EyNls9rKfe0x0OuizpgStRNrQSdtt5XPZ4hlor9CdjmC3jokBl2oi7jGXQA"
    "NJYRUUG1wwcKZOnfk0lckTE1bRVpYLLw0r3TNXAO7QV4Qou087rOF2+S6KhZqc9a7cmWOl"
    "w29fspzRfR4WRlJVn7p2ESfJHaPyLBbcWSOwayVMFu2Owk0E43kqL9UCax40axgyO/Om1K"
    "JPOuFxbEnKB1gUjBWKweA557EoyKyeL/HPDgnk3g4YP746E6DcP2Jj+yEL5TL5Dv9OwdYE"
    "V3qKTk0kHClE4qBZkaR+Da8rtkMslmCVMymeR2gyA28VfW76sU55oOsdF4ML4fe755h2Di"
    "EvRg9O7Hn4Z3g5GXSStcBprhnGxqEsodDn2ZhXI/s1AKJ0TcQSLEvY0SjIiV/tNSPGcXtO"
    "Nh6y9u1/n71DX8UowTF+uEftUb9r5/bKtLcrpgKyXvVkcwE3Zn09QRNLJCZgNQokeoPqdv"
    "qysCmbFe0i+Gw6sY6ReDcYLqe3a2+NWh1wO0ka/ZyMgJoYWoXVa3UrlwHN3cNGfJiD5iD3"
    "t/J9lKPK54FoglhwUtEEHrAhYINjcBA7CqvtCzC7wHX1RoQWYY+OJV5PvCLGJI+wJU0zVI"
    "xPfieIcKj6ZvH9x3aHrCPaRY/QukraFZtgaq5tqkTMLEGLCeDaQhoaFN2i84MVdpNw0ytD"
    "I9HIG1UEBoUwfPM9PLrjdozTfJMVtOA6JoQWWnc9W7OAcU92AMb0YDZtiivbm01e/eehVs"
    "iAL7UxQifaAc3caXKgT9yqhmn/K+VAGUOrnUyRuwRLRLJ48d+WTJw4UUlAhCrv/rY2CCzX"
    "7DAJggGmDPyC0adREZVBtHrssUynUajy7h3IJ0KHc4BqTw3kGeEUmNtqo4i60KqfSsQVt5"
    "Qp7EGv69QNCWSaR2m0QKk6zsq3xiQ0ALPbpbSG/kzllAugjBEUgLKe4WKuPVzSnj1U2X8W"
    "KxaGmKx+hbprKnlee3mcdTuGJw/1/jfAdtKAVfDW9+CponvbYJZdAmmN5WXFsoK1oC1gbm"
    "a6hPp5rPyBalOgaSRBcimgorYlGTIaB9BB8WIvgwh+DDDIIVG311g0w+ArakNLhGm1J4ZX"
    "+NSjNoGFlJLNfb+CPwJgskndH9xejybnDRPweOO2G3JujBuLwfjYfX50B1HWLOH4zr3mh0"
    "DubL1Hq7t/4TNLeoNsy3/+SsP3FY+1ah6mXxkDKmDKW5zg79SwGbEffHXtueuD9Xw2i5+h"
    "TtlyhGdknlXeIgo4wjIgKTFTCb7PdfxuCIJXSLgb7n1IVefIsYdxHI98zc/iU41Ww4JYLL"
    "eufDXe/j+Bx42AdjcKPc9X8Z9H/1Ep76VbgfjNHlp/6H+ysv66k6Q5qrs7yno6BAkRMUKK"
    "JXxt6f9Em3vTuWRfLqN+Vjb+BBLWZcgbq+UKYQe0+47N1c9q+8mypjUdfLHdXqFhHCutlC"
    "WDclhCV9AYWNGglc+wTe6o+7xP0sKbJzoosSuFIu5qaRXXXeyYCkZ2Q7gpnHeVg5oAscQV"
    "wK/MrUNv9EHMrzI5LSaGlGEjAj2UjFFmanDLxYfYEFhYOUUXYy9EuGfslEtu3rdY7unUpY"
    "6WnRpXo9jpQGluZ0cnpuT7GBnVmpbk5AZT83uZ+hZdnms5emXyyKNw2Umla2YCTKbgonyU"
    "2T67iTOSZl6OUgJcFrI9HzyoCIx6MTOJ321FCp2i+mi4alp+YxPzg9a1RLngvyzJnQ65mO"
    "bGGS6IJEp7f98sct0DPLlcCxhAkctghOCPSfS+YUbSjvCetVJTUCAq7aWCggllIP6ZilDe"
    "UlyRKqqeA/Z9Emnuo4yePPxZzjPOFkXX+mR0Fh2/VpYVwNE8B+r34OWE26BWDxf4/Iz+ES"
    "PPIAvMxMoGENYML+H9ErLJ3Ly4yXgLaaZ8rkL806OgRV0Yq7K0STA0kb4+6a2uZcyYuWyL"
    "AdxWHtcyxWH5VAzBI8x0CS5fUsGybvFHb2Ma2gfRu4rf2YlrDJWfqRmmV6LuI9pBuqaQva"
    "nCMQaa/jxfUshWYxW3McJXNyFLCERjIObGg2iqY42DOSCxtB4wOsgGGOzXNpkitIb3RV3L"
    "zsT/XmgNDclGMRiJqkChgF7GjzAulig/aAmMBhgwKQGSSe/u5HM4aKPMAOoLIbCOycYIHI"
    "+7B+X9iK6fZkRjdDVrSQlz+2hjdm5CtZLScaXDjKBE3ptJGZSnZqbvBHg+CRixhow0MXDd"
    "06Cp66iA7k4oMzgZJyDUdinCPHoau3iOkgAmmhJWwrOV5keGw2+21WcJ/oLR1pj6W6ngOX"
    "oXRNDqWT2rfUvhuoHhbSvnejIYYOdo5mGHW+F9AItWjztRrhkGpX4cEe5sll6lbwrPdegV"
    "G/mwG9YjMN7YVpb3P4hByqw9FFw51TTY2dcQXOE7aoAsfysnlKmo0sumcvr6RVw3pfvVZH"
    "DLPNeBaEpJaYaOt7jP4Q0h0v8OP3oj7+2O0eHZ123x6dnB2/Oz09PnsbLnzpW3kr4MXgJ7"
    "YIxnayAgVNYl1ZfAdK4eQexNGUTAsZYmmOVogW6klbSDfa8NQKabI7lp/joCPGeOc2yJFg"
    "BTkSLq96VABlGQ90SOV4LZ41IciVEGRIuL+57N+Ne4Obc7pVqMgmtI8o4ufB7a2XjYHuCl"
    "aVmRSqTxwGCctLxYv9zPb9RSDyAG5ydTLQN6IsKSqha3LgUtdstK7J1gkq1j3xMgnkJG+I"
    "w9oQnLLtQDYdQQcprkEwJwll/qxKQOWMavKMQrZt2rTzePXEMjelOEiGpKQ3Jp8hm84EsX"
    "DbJE4uVeuXKiYtlkt6KDf9fViivromVf3npkHHj8BUSsDaN5PyVqRgIp1mzqPTdOoxaceX"
    "dnxpxy9ux7+GjjNChvaZrTQdjjE/3uCgkEWfpTlXvoaAtTZ99g7PLM7M5FNT180XZDNTO8"
    "Isqgob0eArbzUEr3oOhn8bsfNcM4h/eA9+RZdelBYDO+AdMBnIQfYzVhGAfiBh2qRf65u5"
    "Fv2UCddf7WXQ104LjEt7/DYjl0TFoM0EoMbRuU0JyHWQyIANmkuzLFfg2c2e3EM2Vme8zX"
    "h5J3cXhqs2lRZUlBvSDjekEtl+N03y2+xls3t8XCTY8/g4O9iT3Uv4tuikEmB42byF7G6l"
    "Fhd9I0G8BL7ZpVYikPorrezGtFVZTZWdbmZ//T+tmdLj"
)
