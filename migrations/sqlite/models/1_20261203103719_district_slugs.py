from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        -- Hand-written data migration (issue 11, item 9): one representation of a district everywhere, the slug
        -- of core/data/districts.json (version 2026-11-24). Staff accounts held the district's name (API) or whatever
        -- was typed (CLI: name, alias or code); followers and campaign audiences held the name. Complaints,
        -- markets, merchants and enterprises already held the slug. Values matching no district are left as they
        -- are: widening an office to city-wide would be worse. (A campaign tag spelled exactly like a district name
        -- would be renamed too; tags are free labels such as 农贸市场, so none is expected.) SQLite keeps the JSON
        -- as text, with names as written (orjson) or \\u-escaped (json.dumps): both spellings are replaced.
        UPDATE "staff_account" SET "district" = 'xincheng' WHERE "district" IN ('新城区', '150102', '新城');
        UPDATE "staff_account" SET "district" = 'huimin' WHERE "district" IN ('回民区', '150103', '回民');
        UPDATE "staff_account" SET "district" = 'yuquan' WHERE "district" IN ('玉泉区', '150104', '玉泉');
        UPDATE "staff_account" SET "district" = 'saihan' WHERE "district" IN ('赛罕区', '150105', '赛罕');
        UPDATE "staff_account" SET "district" = 'tumed-left' WHERE "district" IN ('土默特左旗', '150121', '土左旗', '土左', '土默特左');
        UPDATE "staff_account" SET "district" = 'togtoh' WHERE "district" IN ('托克托县', '150122', '托县', '托克托');
        UPDATE "staff_account" SET "district" = 'horinger' WHERE "district" IN ('和林格尔县', '150123', '和林', '和林县', '和林格尔');
        UPDATE "staff_account" SET "district" = 'qingshuihe' WHERE "district" IN ('清水河县', '150124', '清水河');
        UPDATE "staff_account" SET "district" = 'wuchuan' WHERE "district" IN ('武川县', '150125', '武川');
        UPDATE "staff_account" SET "district" = 'etdz' WHERE "district" IN ('呼和浩特经济技术开发区', '150172', '经开区', '经济技术开发区', '金桥开发区');
        UPDATE "subscriber" SET "district" = 'xincheng' WHERE "district" = '新城区';
        UPDATE "subscriber" SET "district" = 'huimin' WHERE "district" = '回民区';
        UPDATE "subscriber" SET "district" = 'yuquan' WHERE "district" = '玉泉区';
        UPDATE "subscriber" SET "district" = 'saihan' WHERE "district" = '赛罕区';
        UPDATE "subscriber" SET "district" = 'tumed-left' WHERE "district" = '土默特左旗';
        UPDATE "subscriber" SET "district" = 'togtoh' WHERE "district" = '托克托县';
        UPDATE "subscriber" SET "district" = 'horinger' WHERE "district" = '和林格尔县';
        UPDATE "subscriber" SET "district" = 'qingshuihe' WHERE "district" = '清水河县';
        UPDATE "subscriber" SET "district" = 'wuchuan' WHERE "district" = '武川县';
        UPDATE "subscriber" SET "district" = 'etdz' WHERE "district" = '呼和浩特经济技术开发区';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"新城区"', '"xincheng"'), '"\\u65b0\\u57ce\\u533a"', '"xincheng"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"回民区"', '"huimin"'), '"\\u56de\\u6c11\\u533a"', '"huimin"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"玉泉区"', '"yuquan"'), '"\\u7389\\u6cc9\\u533a"', '"yuquan"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"赛罕区"', '"saihan"'), '"\\u8d5b\\u7f55\\u533a"', '"saihan"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"土默特左旗"', '"tumed-left"'), '"\\u571f\\u9ed8\\u7279\\u5de6\\u65d7"', '"tumed-left"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"托克托县"', '"togtoh"'), '"\\u6258\\u514b\\u6258\\u53bf"', '"togtoh"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"和林格尔县"', '"horinger"'), '"\\u548c\\u6797\\u683c\\u5c14\\u53bf"', '"horinger"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"清水河县"', '"qingshuihe"'), '"\\u6e05\\u6c34\\u6cb3\\u53bf"', '"qingshuihe"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"武川县"', '"wuchuan"'), '"\\u6b66\\u5ddd\\u53bf"', '"wuchuan"');
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"呼和浩特经济技术开发区"', '"etdz"'), '"\\u547c\\u548c\\u6d69\\u7279\\u7ecf\\u6d4e\\u6280\\u672f\\u5f00\\u53d1\\u533a"', '"etdz"');
        """


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        -- Back to names (the pre-migration form of the API and of followers/audiences).
        UPDATE "staff_account" SET "district" = '新城区' WHERE "district" = 'xincheng';
        UPDATE "subscriber" SET "district" = '新城区' WHERE "district" = 'xincheng';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"xincheng"', '"新城区"'), '"xincheng"', '"新城区"');
        UPDATE "staff_account" SET "district" = '回民区' WHERE "district" = 'huimin';
        UPDATE "subscriber" SET "district" = '回民区' WHERE "district" = 'huimin';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"huimin"', '"回民区"'), '"huimin"', '"回民区"');
        UPDATE "staff_account" SET "district" = '玉泉区' WHERE "district" = 'yuquan';
        UPDATE "subscriber" SET "district" = '玉泉区' WHERE "district" = 'yuquan';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"yuquan"', '"玉泉区"'), '"yuquan"', '"玉泉区"');
        UPDATE "staff_account" SET "district" = '赛罕区' WHERE "district" = 'saihan';
        UPDATE "subscriber" SET "district" = '赛罕区' WHERE "district" = 'saihan';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"saihan"', '"赛罕区"'), '"saihan"', '"赛罕区"');
        UPDATE "staff_account" SET "district" = '土默特左旗' WHERE "district" = 'tumed-left';
        UPDATE "subscriber" SET "district" = '土默特左旗' WHERE "district" = 'tumed-left';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"tumed-left"', '"土默特左旗"'), '"tumed-left"', '"土默特左旗"');
        UPDATE "staff_account" SET "district" = '托克托县' WHERE "district" = 'togtoh';
        UPDATE "subscriber" SET "district" = '托克托县' WHERE "district" = 'togtoh';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"togtoh"', '"托克托县"'), '"togtoh"', '"托克托县"');
        UPDATE "staff_account" SET "district" = '和林格尔县' WHERE "district" = 'horinger';
        UPDATE "subscriber" SET "district" = '和林格尔县' WHERE "district" = 'horinger';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"horinger"', '"和林格尔县"'), '"horinger"', '"和林格尔县"');
        UPDATE "staff_account" SET "district" = '清水河县' WHERE "district" = 'qingshuihe';
        UPDATE "subscriber" SET "district" = '清水河县' WHERE "district" = 'qingshuihe';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"qingshuihe"', '"清水河县"'), '"qingshuihe"', '"清水河县"');
        UPDATE "staff_account" SET "district" = '武川县' WHERE "district" = 'wuchuan';
        UPDATE "subscriber" SET "district" = '武川县' WHERE "district" = 'wuchuan';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"wuchuan"', '"武川县"'), '"wuchuan"', '"武川县"');
        UPDATE "staff_account" SET "district" = '呼和浩特经济技术开发区' WHERE "district" = 'etdz';
        UPDATE "subscriber" SET "district" = '呼和浩特经济技术开发区' WHERE "district" = 'etdz';
        UPDATE "campaign" SET "audience" = REPLACE(REPLACE("audience", '"etdz"', '"呼和浩特经济技术开发区"'), '"etdz"', '"呼和浩特经济技术开发区"');
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
