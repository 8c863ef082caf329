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
        ALTER TABLE "complaint" ADD "kind_facts" JSONB NOT NULL;
        ALTER TABLE "complaint" ADD "registered_12315_at" TIMESTAMPTZ;
        ALTER TABLE "complaint" ADD "staff_facts" JSONB NOT NULL;
        ALTER TABLE "complaint" ADD "track" VARCHAR(12) NOT NULL DEFAULT 'complaint';
        ALTER TABLE "complaint" ADD "kind" VARCHAR(24) NOT NULL DEFAULT 'weighed';
        ALTER TABLE "complaint" ADD "anonymous" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "complaint" ADD "complainant_name" VARCHAR(50) NOT NULL DEFAULT '';
        ALTER TABLE "complaint" ADD "complainant_address" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "complaint" ADD "intake_channel" VARCHAR(8) NOT NULL DEFAULT 'miniapp';
        ALTER TABLE "complaint" ADD "registration_12315" VARCHAR(32);
        CREATE INDEX IF NOT EXISTS "idx_complaint_track_c07e0a" ON "complaint" ("track");
        CREATE INDEX IF NOT EXISTS "idx_complaint_kind_1fe061" ON "complaint" ("kind");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_complaint_kind_1fe061";
        DROP INDEX IF EXISTS "idx_complaint_track_c07e0a";
        ALTER TABLE "complaint" DROP COLUMN "kind_facts";
        ALTER TABLE "complaint" DROP COLUMN "registered_12315_at";
        ALTER TABLE "complaint" DROP COLUMN "staff_facts";
        ALTER TABLE "complaint" DROP COLUMN "track";
        ALTER TABLE "complaint" DROP COLUMN "kind";
        ALTER TABLE "complaint" DROP COLUMN "anonymous";
        ALTER TABLE "complaint" DROP COLUMN "complainant_name";
        ALTER TABLE "complaint" DROP COLUMN "complainant_address";
        ALTER TABLE "complaint" DROP COLUMN "intake_channel";
        ALTER TABLE "complaint" DROP COLUMN "registration_12315";
        DROP TABLE IF EXISTS "complaint_document";
        DROP TABLE IF EXISTS "complaint_document_sequence";"""


MODELS_STATE = (
    "eJztXWt32zbS/is4/rLJOU42VnxJnT17juwojba+1ZLb7a73MDAJSVhTpEKQdtV9+99fDC"
    "lSvIAUIVMUxeBLG5MYkHoAAjPPDGb+tze1DWKyt13PoG7Pcp353in6356Fp4T/Q3B3H+3h"
    "2Wx5Dy64+MH0m2Nop5Go4QNzHay7/NYIm4zwSwZhukNnLrUtELi2CGIuHo0Qb8av7SN9gq"
    "lFDOTayJ0QNHPIE7U9hvxO0cMcDb5033SOjtEr3XbIW/+Jrz8ix35mCDsEWeSJOMibGdgl"
    "xlt4C8PW+WtQa1zXAz2LfvOI5tpjwnt0+GP//R9+mVoG+Z2w8M/ZozaixDQSeFMDOvCva+"
    "585l/rW+5nvyH8lgdNt01vai0bz+buxLai1tRy4eqYWMSBN+LXXMcD6C3PNBcDFY5G8KbL"
    "JsErxmQMMsKeCQMI0sELLK/tadrV9VAb9IaatpcZ3FAiBv/ikm5bMDH4qzL/14/hFd50Dg"
    "5PDj+8Pz78wJv4rxldOfkzePQSmEDQh+dquPenfx+7OGjhY7wElZFvWVTP6DgX2IXAamRD"
    "HJsO7Q+dzvv3J513748/HB2enBx9eBdhnL1VBPZZ/0fAmzew+YcdfPThACwBx24W708cMp"
    "dOiRjxQCIFuLEQeRv+Yx34wwvbwb8AymH/sjcYdi9voPspY99MH6busAd3Ov7Veerqq+PX"
    "SeyjTtCv/eEXBH+if11f9Xw0beaOHf+Jy3bDf+3BO2HPtTXLftawEQcyvBxeSo6q7tqOJr"
    "VCxUXW+poWY9WQ0axmoUoj6v+VwfR8gp0iUEOpFKz8dav5SpYbdh3ATvHvmkmssTvhfx4f"
    "FqD4S/f2/Ev39tXxYepTuFrc6fi3kkDTmQzAQev6gN3b21FYAxVKcu4uJDYFb63rwYbxdb"
    "HDVUgZfJcSrZu+B50PJfDlrXIB9u8lETaIi2lgxCQh/sfg+koMcUwkra9Q3UX/h0zK1lIU"
    "S2H9t5Fn+d8QevCo6VKLvYXH/n1TY1AAOUCU0F1CpF9ddv+ZHoTzi+uztFICHZylBgTML2"
    "2C2URm1ieE1IZYYmWRRViBuwJcsOhHjzHzEy48YP3xGTuGlrljd+y8ttlb0840fQVbeOwD"
    "B78Q3n9B1FxSi+LZ7I75tEOGx4nf3i8icqZBQ80LW65kcrpIpy79g1jIdtCUOPoEWy565M"
    "aEhdyJY3vjic+vQM9vZo49dvAUvbJnxKIGGjn2FOn8NToDwhjv8XWWudnEAxRT0yymJhgt"
    "mYVpKVHN0rRdeDe86vNfaUviGxNZC+CGGfAbBnjGAZKy5SOBDYG7xX21864Eup13uejCrS"
    "S6ukMAC02eXkxK1kMz1gs9/4HGtWXOF7NiR3jHxQQupB1NzFzNtMfUWmPgM8IVjH3Dvrod"
    "GepcillCc44tBfZ0ZgYQZGbE2UL280+3xMQ5fNNCIT4P+9nBb/7PcLKHV5ffvgAojW81rl"
    "0VXDfQWVsxY94DdP5AtG+e7eIXYjYIe/sZOmsTZps0ZAfgo+/quu35z8tYson7+0WmrO/t"
    "13Cs6SpbNh8ZZS82y14EekLWfRaXUTbjSpPGoIwv+XNpL2VaTjGHJcB2bJNIOSMigWa4Iu"
    "B5rXFF8BnMX0iX8r/FZdpn0r/vlJjw7zu5Ex5upTyc9iOxpP09SSm1iK92JPuAUca8tegT"
    "gbiyo5tmR6cDM54E2/WZzfcLbOXHZjyJ9uoHLrWpXST8yuod0LPr64vEWJ71U0GNV3eXZ7"
    "3bVwf+IPJG1CVxlVSRkoqU1Bgha3OSMVm1lDZ5KZ1hxp5tx5APSkkLtk8f7BwdlfHxHB3l"
    "O3ng3p9iwKce/07Ayz+W3cnyulD7Wvl9LcIwgG+dDS6nC7XeNXm9G2Fq8qHyfWYCKiKXss"
    "zIVXN6pszIvtvUYldxuL9p648cIs9yqSmtNKRk1UfU5I/Itd0ZV/G4hi8XvZ0Ua5/CsAlm"
    "g0NGLPjxAgdLoZaQFq1RO4iu7JR60JAY18ihKgxxjd3dL3QLJtuViG8d2aZpPxMH2SM/0N"
    "QejahOsYkWvsVT/yqcDyaWDrfRg+0ih8xMShjCloF0PJ1hOraYKLq16u6Vr7JZvkoV26pi"
    "W3cZ4GB9gjeQ22YTchvbYzNI77wBHq70MjM6LlPjAcDFwYy9Wmb2wXGZY4Bp7T92CvBYEO"
    "LQREfv9haPDfh58VgqriFsr8IaEqtJFWENTCdyZxQiAWWPltglqbO+ZygjrJyCTaF9SjsF"
    "+e8kTpDmYF3fYLaLWtg+lRdnPbLPsyIuYR0viUBckbtNG++GUF8/8XcyiTEmuZn6Ui32iy"
    "iwx7CtbMa+z92fg/R4H9FXanxFlPnclGvPqI6Y6Y0R49oEMdAzdSfo8eHtfxlXp4CiCq7/"
    "dYS//dVvzfxb4jR9G3lKxaxYQRIhRdwUaUz5PBn/yUw2rVBcpoWB5p135c7SFh2mzZymxa"
    "YLByEg5k/KNEvLKROtchPtkcwhbkJqWOIyakgqHxJssefAVZQckCH5PS/3YSTRihWpSIPr"
    "/XNYDHikwF1cX/0YNk+PQiqulkMztgOtpOw2EJepLb9cTenPqufkAgtTbu1fiqg1pvI1Zu"
    "Y98N8zkQ5kSMgpD0tpD8sTcZhQ0cz1dcck6gtvO9jU+lJxeJs6CZEPdXtJz0Xi+3WIr4Sk"
    "GvWmjLqABMukyAjH7mEulxA8I7ehrOD1jnMFC2mGYBRhnQX6s+0QOrZ+InMf7z5/Lyz2/+"
    "fkzdgtpPNSkfDLDn6OOLvsNONA8J9PAk2AvwW6uru42PtzOyzunRXYhsT4OeStBEyuoNV+"
    "OTbXiyTLUbpdFPJnPsEKYYUGNZDF/x90hDjgI2oQyzXn+2js2N6MGFAahbqMN3OmmOufUE"
    "KFG8P7aGQ7ixIrro34kmObT0QU8FjPQ1UYZLPCIJcjJ2PZJ6Vax6pvhOCFD0MG47B9K+iq"
    "GvCFU20WEZzkKSColiItRLn6yLxITSm5CEftlXWets4fCIQWQQkzgRZp2jgH0aRYCtYRyG"
    "0K2HdvN3WurwC3T9d3Zxc9dHPbO+8P+guOLzK8/JtJVum2173IMNcW12Q4GlLUalJKsauV"
    "s6tcO3Q9wZDAat2zvGnGgEoGQUbS9TkW4PyHJPp71ze9q1MEkvdWdzjsnn/pfTpF2HWxPi"
    "HGvfWpP7jsDwZw0aBsStlCpdr+Wh8EP2L2uBaZlJVWhFJTCKXSsZPrDn5GuH2FBFs89Atr"
    "fZ2BT4mquMnmUMYF4yxLGmcFFWucVfAjlPyYSSHC+YapUFid9yhZ6ylvECrg67PxvLuFf1"
    "nGXjgBc1j7nEVFeUdksW6me2RZk0HgFUkUbMh3huiJZpUmfP/3XlgUjRpkOrNdYulz7ZHM"
    "9/6jHAtbdCzAED/yF+D6hxTrnRRroWuhFPMtUYYpPe0lwBaItpAH30CWI5ik0rO6XrYqse"
    "TW4GwoEw97kB8Pe5CJh+WrgJTOHLavD+Jnrs0swjxrWDjKzOJO/izuZGYxAKaN+EYsd7Ah"
    "IdUMYrxVJZeDAjnS45ISUwNT+cDw5+JHoq3hZ85K1pgNZlE7uJ5VqkxN+PyK8Jl68OEmhi"
    "1XuuKNSLZG2OvB+6iMOnmUr04eZcMoYrBhw+DfQ46TbjXqMfHWAb+ZM6CWbc2ntsgtWlwq"
    "Ii6n8mZKnDlxyBgyR/k1A7WDzvuDIzmaViTdPp62+sNuAXIQExvgtpazSdiFcjo12em0e1"
    "EfM2IZi2yJMoEfN72rT/2rH0/RQv7e6p6f926GfviHrpOZC+Eft73Pd37wh0NGHoMrl71P"
    "/e7Ql5wSg/KlBWSDq9AwuAgth73by/5VcJV/BlzNC67DIH667f56depn4jAc/ByErWw9pG"
    "RKHFCB5VW5jGALWaqDUgrFQYFCcZBVKExbj8rhlgU7LtNCnDeiuG0lZWXTQmI2fT6eMTq2"
    "+G6/DthCYYX6atTHti1KfJKPdCTQwrVjA9b2rqTV2OEpzH+mq834Ry/QOT4RnU6xmXM6Ni"
    "GYNiwCybeLHnZwbhfF3ffO+5fdi1cHnf1OyoYOh+AwM5d9pDQATWY2J6VauGhUTIniKUTD"
    "aDMsiloonM4pSTWfV8xnbnI4UCbNd/O5miDRfiHcInGF+QrMR3yKro14VljhvQJvh/hwaV"
    "PCgZIMUU1LtnDtrl4ZmXlAZbD1CjimZFt4pKZNXGccgsxI5ycqTIm14quqPVuhbblY57oO"
    "h07SaZwSbAX8mw5BxIwRxqZEdDi8IHthQqr+gJXtzPfNpEONoNSeiGPIk2MC6fZRC5tIiG"
    "C5AJs+IXkBoau9WplOanRu4SA842WerZvuYMD/5H2BR+uXfu9XcGg9UfLM/+4PfvqN/0nZ"
    "43wdL1TF1rNDxp4p7RJJSrVwS6j+y5jZJtUFtGb+drCUUFvBC7YCh+iEwmki0RQH+yJvii"
    "fEikyLdg0CmAqZ1AdQOn3Kl+WJzCqREmvf/ll0ICicuSe5a8RJNuE1hEFohkck52pG8Lue"
    "rYswETgzKI2kSPaFYO5O8JQAS3kEa8StIQXBRLARbJjUIhpkkJz6vzEDYWEAq7gDFckqFc"
    "k68hg2NYdgJqvdpiXbF8G6gTOAi5A7WDzlMRdLtw/3jURbwYS1DC3wZ0r6iDKyL3YRNQz/"
    "yr2g9pQb+iyYqmtBntODAr4YeNtzOXJEs2xXQGHn+w/Scm1YVOr2H0AJUBdbLl1Dl8nIrq"
    "fG7M4IVKnE+PHuWcAHfEUw8xNSRVItSkT1vnNyHOXkgD+KrO8BX10u8uDkSE3FvpkCnTAj"
    "2YZlJOXcL6WbvC/QTd4LdJM1q6/E5dQRpia79VVdpfzvq71ZMVVdpbaNuuBjz9RV0k17vV"
    "CthKBaz5szxNkve4qdR+LKpUBNyLRI6aws+2l0YlMO1qRUfVUjdghZyHYoWeRtKaEQLVHf"
    "jYkKS0vnLr0M0u7cLXrbMYzL5i6Nza1E0tLz7uC8+6m3J1wUqkA31lVLoU0thiXg9TelKs"
    "CNOtqtTaw0svHdWzrXbsztaese0COidD0L0c8/3ZLcyLF0Dt1Pi/5aNKkTE5Q8VQhW76nF"
    "SFm2S0c0yMNQFWBXsT7bittsYrt2VYDdQGftWQX9JW3jScKjNawoWXh8oSuRNFwz4u1L1E"
    "+9946PPpzce4fk+BhRxjxiINtCGOkYBCxv+gB5oxBdFDv1HIK9vzDElRlK2Ef/IkTzcVnk"
    "ED6M0BiP+bugkWNP4T6DFgCNqJRq7c8X5kUPE+LOCfZVUEZ4G9j4VWL0bSZGb3xe4/ocMJ"
    "Wfrgynuoz3MJRpk21chfMwWi7KLwFxkTbBWRl5E6z8Ml//UqJ1pRCqj8mDquRyi+tSon3+"
    "7erxDbYzjVl4xrhynAU6/3SPQFSlKE+4SCpJUe7rmsLiS/l6W1xG+TKyi3YEkHTeyqxk6/"
    "JgV7/IqPiKfOh309NeJr5iaexLGZ1pMaV1rnZwJSoDvdBVkKj/tmMwl3UXpOeY2BOT7zCo"
    "hXcL6PAi0i0izMswbuSpLN2WD7eAlFLE0xaJJ6zL5j1YSrQw50H17BNws1pRhvsc0ygp1j"
    "5DtPrsElyRkMc5IdTCCV09zPz7tx0tn7Bendsm2UOTQd877w/7/+pdnSKduvQPYt1bXKX9"
    "/PkU+ZXV+F+/DYa9S/7nnLlkmvb6lBmgqjPB+thKbZVxEWXqZ039AB9ZMz8ppUz8lSa+7J"
    "HGFx1lbBa0tWdCVGyKYlMUm6LYlLawKSpIrrGxXwnwiqioNMplGCkrLaOIqV1aQfcLiClu"
    "TvFBdolwsyrKoZMQa7Jx2RjNu+n1FwWaOG/qkXD0S1vzP9/17qAyYiDNrffe1ZDb7sRy76"
    "2ra+3nu+thlw+CrX3zbBeLKjHe9oa3v/mJbh3iOnM/0+3nbv8CGo0w5HpchwM4KFflr6DI"
    "X4YGcOFDEMXVF8e9xeXqU/TebXaNqiLwjTiOznciiYU+JqFYFSGgUybI6pK/tC8l2seGby"
    "QlmjLz89Fvr5mvklK0bdRDjIqSUoASs8aQx8RUQormDK8i72pVRSCuRQ7XuIjCVBGi2yFE"
    "M5O4SnTbdpY6DXH8E25k9F5w1LiIMo0OI5fhSmdR49WHZS1EnqgBp7aQL7aPHPKG/8n7N9"
    "Az5fPGc9GUuBjou4/Im5k2hlsj6jB3H2HXxfoEmk5IcJoVzrjCwVW/HIbgdGwND1QEb7MI"
    "XubypcmQjqtIibXuANxBKSbgoIAJOBAwAYtqYj5MEmCn5VpIp1cfIMfoH0R7mLtEwL7mn5"
    "JNCCmVUqCmP1NDVHspF9KovUJTgObEr4gtAedSQOEpwJNNcOfoWGoniyRauKxu4AggVMIs"
    "jPAuUVUz1UeNHstFYUxZl+VOF9YM4AZjQ9aNn5XckM+nTZkOlL8nH/rdZP6bHtbZMMJfpd"
    "VtIqIFtLBKq7uptLrbItwbtiK04Tj3J0zN+SDMoiXgg5MN9kumTwQhLZ6cazUvPJwQZGLm"
    "Imj3yHF/E2SiQmE3CKLkgqyGBp6jV9TimgUkaYRUha49pTo2zTl6mCNsIW/GJ7T7OssGb+"
    "4xL+CA+YNkFNhF89bRk5VYCPmkMAy79oRNTybSLinUmrDFajfdLa1dixq+N7ZJ9blw8Uq2"
    "KLt6hbWBZ0uxEjlg/VO7bzjcIzr2IH/qE3EYZP6yR3wtccjYCw6F/IUhMHSQSafUZR+RRX"
    "hDRAzKJ9A+Yt6MixHwP8ESw+8+87uO/SxK+1rHI5Vrq1mureWoymwZSan2ZXbdRCoCncxc"
    "7dl2QEvgKs1cPuBd3EWbjLcqwt+nfCEKavW+BOz8XhTeqZC00YjoLn0iGiSCEdN5OZFpGc"
    "kiOm8HUS4AE+g4lVVg21kFpBKNJoUUCZldChSrnw91u1j9pthsi8IahZRTus2+XNGOdYmn"
    "BRHk8z/iQhlgV9kWQZBeCv6dLLth+fcgu3+SNSrLSNX3/BfYdI9EiqpaNG8dVXVYJpDuMD"
    "+O7vCdYqu+L7ZqUeNOsN4tq9+VWeWWRffKkFJBa2Q7iE3s2YxjjXg/OvmIvga3Tv9Gjb9/"
    "RT/fIqbzicEQdhF1GV9ajg6Odf5fcvL+3jv5gRyimc2fj/h6QURc1AafJCw2ZFB4uu4j4Q"
    "Oqigxtk5aSDbWuP3ndbkdZx6d7aT9RTKZ9lF/16XS5Bs2VbKkUrzGRFlj1NeQNwD5/lIX4"
    "zLZNgq08IjUUSoH8wKU2hXI4s+tlT86ury8SZuRZP02P3F2e9fj64aPOG9EgkCBr3I8wdT"
    "SmY1MW7qRgjZBHV3YWc/CxuJ4ol8tn08a5WvtSKIX2CKR2j6cq4lGv784ueujmtnfeH/QX"
    "JYkidsS/mQT5tte9SKNsW+M1YI5LKZxL4Kzowfyt8rulBwVxgFUlw9zZD7C4SPSUOPoEvx"
    "imy0U3LUJpo4RLCJeIcolBWYp0ibcvFwtkmiEXgjALU/wzBC+CqLuP4EQ6JBgNCFogQizb"
    "mWKTAv3rt4Kj6RTiEJfUSmjR5QQDbf6ZKhpI0S6NWVZqoF2CL8ada5J+j7Rc6xwgnaOjMu"
    "TA0VE+OQD3FMlVN8ll2rp09GBcRtFcKj2mspzExyUDpUnuVF9CRsUorTzWt/R/vvDk2dLt"
    "ulv4lj12lphYiTNn/A3Q1d3FRbmqF9uw8pu2Zm3FgB14D/CyD+RnyBi/JzBjUy32i4xZFr"
    "YNEtCXs2QHxDIYtwbheCgaO9iPJxpxoxCjqL83U8IY/wUoLI+AXkEc0oxLBAHwEJn0/Ptb"
    "B6KymBu982UgJoiIqu2pwsCC8NxwvNqDii1Q5ToasRBtOs2HQ6b8WYtcMiWncUJGxZxlSz"
    "zCckQEU3eFz3spprze5T2wKkV9/szeTcsrxKgoRb3KpqKyqTTH9FqZTWU7Ich8v3kMfl7G"
    "kghvFZoQ/A4E5vpnLB5iAqow3i595EWatp9KwJkG52gtW0bbFoi2z+lRRt/u5OvbnZ0rj5"
    "fBGpTPRyJdHY8reD9BHbtA+t46/9I75xe0/tUp8vMxcr2LWvz69eXNRW8ITX3eiS+c0Lp7"
    "dd678Avh6QCEacLVq2tt8OX611MoqscmXC9YY0SrzxtA4WnBOTTd9kQ5svJXKYGo0k0EOj"
    "7vnev/2hrx2lnJFtZ7OyozqXmrAtdsZlqLz7oXBBq056x7Et2jUu7CowJ34VG+u7Du4+1t"
    "XyiUGzYf6t0kA0plrQ11hHXGPSWrKtc1h/URjHSkOq4z1GlhNdY7MtZy22RaTgVZCDbK0N"
    "ha5ztKyarPqMmfEeQEcWYOZWJ3au5nlJFTCqeoUotpS8Z/xSQUoqv9EMtpWIE3opfobMeA"
    "LuuMyHy4qxO8w5ysAN7BopuWAhv7chOQ3vI1+rZ/PiwXXkddMn1hZN3CedPnPbUI7sSMnN"
    "gA3ItQ6kfs6hc7WIfbAlQNPkN/buX7DcOpJ+U71GgotTIO8doiaMmOB+mtF73s+2fW/MNs"
    "T8ShIxocVUBcZeLoIxtS+jtEtx1DVBy2yo6F0YQxP+nyOSqecKteTqhvJh2PtRRaLxprd0"
    "yaCoOxdOK4wZdDZN3JGcn2OWqqD98MFipuiYvOd+XndU6JvTCpc7MK4xWlyMimdDb4Av5A"
    "RlzTlcEvKbVx+JqyUAjwCzZHTdZbmBJTTsMyTsNQ+ZCjQ1NSigzN7loRRPJcaEpUUaFNpk"
    "IjO0RGyU4KKcpO8P3E4pjk7Je0nEJ3NSEaMzBfSNfFYoB3DOKyjF3y213Ng8Ys9pfD2090"
    "1lKEM59wk+Lfz7GLTXvskWtu8DjUIHsCRivbaL8sr6WHopodly1bOw5x1cGB+jpBATc4zh"
    "r1iHj/zhy98g/BWuQ5+Pv1R/TMEUfwOL9eAJvQ2QwKVVoGgqQdJhpRk7Dc2nEbfuQLwvuZ"
    "6QnWtHwLImzfupjzqkiCfDoMbmSh/sfg+irH2l20Tyu3VHfR/yGTsh1e4EQgAxIJlTZT0C"
    "hduyilq0IH6YJG4WFDKdstKaS0I3X8Uwrq3Yz4FJhykderAXU9PnnklkxhSB2ROhG/XVqR"
    "AD7RiUuVUCG4zBtm+/6pQPAjCiaenxNjqZftQ0sE0zjYsvmc8IvD7iNmI+oiCsWGrMC/Jd"
    "IbNvYcofssqYEDLgFFDd0FBR6VK22brrTliMhw5ZW4GZq2vMoR5csJXH5SJmTU7q/Oe3wH"
    "u3+Z8x6wj6wx5DExxdM3R7nLjq9DdDqjRJiBrsjPFRNSaYkUSb9Fkl4Rya0ikmNx4wKTLx"
    "lVXs7iS4a1q4wqO/Xh7xcYSCpB/zLXRudDmWQbnQ/52TbgXorvY7oug2/YvnV+goNS4BZg"
    "m4FWZeNPY/z9lpysDeKNJC/hT3T5dqrJLsZpuRbiXX0McgjajEO1FtqRYAvh7pSrNVFQam"
    "L3M4jNiGUs4owkAN+76V196l/9eIoW8vdW9+bm9voXyArGVWnHfoKkYLe9f/TO/fxhDvkv"
    "0RcJdLefFix4G80hmMnVXskItu8cxIaio8dcFyGOfHx0Sk7xG8IQ6SdKnuWxTUip2PMCYN"
    "eJPU+IKk67yZw2tZ4gEaFui4oYF9SVS4pVshc0yYjdQDpOHzDy+4zy0VvjqxJ2oL6tJn9b"
    "yguc/7m11wusIv/aNuoVRP5lzslUk2plB+dAqTQrUzJ9IM4LMVr6vy797toK1tJFWVlmmj"
    "ZBVY8DdjHFCt2wy2ko64zVpkvRSn2y/04lMgsrhqho1m06axtZRWj3AI6xGbaZY96upqZD"
    "2RqTQSy/dhliuvvpEspYYGMKFSwue5Ab5xTF+tq6Edx0H4FgKPhKS5+I7FAIfATnw/4vPT"
    "46y/62PhzKPs2HfjctlTL2qUq8W2PApUoTu6E0sdsJuIxZSAJNP2k/ldPxkxG5ZQ7YLR2D"
    "fmkqz2S2M3+TSA0ZyyT56t47Gr3H997xB/0d//fx8Qf+34OTE/7fH96dwPXDD4La1xt8Tg"
    "kzhGuzFJuQcE8ZIluteM3ba7IpEBJC7Qu+qz5SyV8iZBCOBFoYmVQ9vMvFRALihJCCucws"
    "Jph58Aaag62xlDdZINq61IvVA4513eMN55puYsnQ3Yxk6+CuPkQakgqF/HlZoOMyrYN4Q+"
    "coiIa58S2DclymhUv198fDZWN1qaV5TJqG619pd4PeKQqk763B8PrmBmJymWtDsjAI0x32"
    "b4MoXZc6TQnS5auyq62ZQ1sk+z1ngoY8H4/8Tded7XH5GpdwalGXK6DyM74/7HcvYMr78j"
    "DDf+nd9j//BlPcnxZzuHZz0T3vwaWZifWG0NEW+T1IOSQ34VNi33HSeFW9V2VzUX4SFcen"
    "Rl0ujk95x5R3rBk67ea9Y4KqA6rwnxj71HmoIMvkC5FKpeFsC1JSPtdkNcV8PK8tMrT5fz"
    "ZQUrGZFq0Y17Xc0z4OhS7qEClZN7UWDtpqX/VwQiAV+yNy7Gd0v+dOKIu7jCeYIWwtIqLC"
    "aof3XBDSv6eTuBJrZDs6MdDD3E/3ztfAKXbm6JHMs87rOh/8kkRHzUp91mpPtrLh8qHfTW"
    "2+jA2nKiup2j8N0+DL1P6RCW4rl9wx1KVKDsPLTgJtdSMpOw7rJHZ8UezgIKhOm1HJ/Oul"
    "FTEWti4RKZiI1QPBU1+D0ak7/wtD996HB3xw7/1woI+isL2HHyCE78QP5Dv5cIig6A7XlD"
    "w+ScDo5FqQbQgUrg0/SyWTbJYypZJJbjYI4iX+yvp9lfJY8yk2GPaHd0PfN89c6nouube6"
    "d8Mv17f9gZ9JK1oGmuGcbGoSyi1OfZWFcjezUEonRNxCIsSdjRKMqZVBbxmc8wvaiWTrL2"
    "6397eRZwWlGB88arr8rd7C8/6+qSEpGIKNlLxbHsFM8c62bRJs5YXMhkKpEeH2nLmpoQh1"
    "xnpBP7u+vkiAftYfpqC+g7PFrw78EeCNAstGRU5ILUTtYt3WyoXDTPulOUsGvIsdHP2tZC"
    "vxsRIxEAsMSzIQYesSDAR8mwgEoKov9nmBj+irjmcYiIGvfkW+r8CIEeMr0m3PcmO+F+Yf"
    "Knw/enfvHZLRsfCQYvUPUFxDs7gGbuY67joJExOC9WwgDQkNbdJ+IYi5yrppiGWsM8IxsR"
    "YqCG0a4GluetnVhNb0JTlm17OAuLSksbN30T07RVzu3rq+GvSB2OKjueDqt89ehRuixP4U"
    "F1E+UIFtE2gVkn5lUrNPeVeqACqbXNnkDVgi2mWTJ458QvJwKQMlJqHW/9UxMOFm/8IAmD"
    "AaYMfALRt1EZtUL45cVymU6ySPzvF0hvlU3hMQSNG9/SISSY+3qjiLrY659mxgR3skvsYa"
    "/T0n2FFJpLabRIq6edlXxcBGAi306G4gvZE3hYB0GYBjIi2EuFOqjFenoIxXJ1vGC2LRsh"
    "APye+5xp6xPr7NPJ4iVIN7/xwWO2gjLfji+urHsHnaa5syBh2X8tua50hlRUuJtQH5GurT"
    "6fYTcWShTggpoEsBzZUVuajJSKB9AB+UAvigAOCDHIA1h3zzwkw+ElxSVrhGTim6sruk0g"
    "RbVl4Sy9Ucf0y8yQrJ3uDubHB+2z/rnSLmPcCtB3Jvnd8NhteXp0j3mGtP763L7mBwiqaL"
    "1HrbZ/9dMp1xa1jM/xSsP0mx9q1C1eviEWRgDGWxzg/9ywg2I+4PHtueuD/PoGSx+pQdl7"
    "iMGpLKh4QRax1HRExMVcBsst9/EYMjl9AtIfQ9py7041vksIuJfM/I7V6CU8PBI1dyWd/7"
    "dNv9PDxFvuy91b/Sbnu/9Hu/+glPgyrc99bg/Evv092Fn/VUnxDDMyHv6SAsUMTCAkX8yt"
    "D/k/d0072FLJIXv2mfu31fdAbkCjbNuTbC1O/hvHt13rvwb+qAommud1SrU0YJ6+QrYZ2M"
    "Epb2BZQmNVJy7VN4qz/ukvSzZMAuiC5Kya3lYm4a2FXnnQxBeiIOk8w8LpJVE7rEEcSFwq"
    "+NHPsPIoC8OCIpK61oJAkaySE6nVE4ZeDH6kssKAJJFWWnQr9U6JdKZNu+URfY3pmElb4V"
    "vdaoJyUVwdKcQc5+2yNqUTZZa5hTomqcmzzOeDZz7Cc/Tb9cFG9WUFla+YqRLLoZOQVuFl"
    "zmPUypuw68AkkF8MpI9KIyIPLx6C4ejbp6ZFTtFtJlw9Iz37E4OD1vViucS+Is+KBXIx3b"
    "whTQJYHObvvrH7cgT5ArQcCESRy2CE8I9J7WzCnaUNxT7FUlNQJCrNpYKCCRUo+YFNKGip"
    "JkSdVUCPqZtxUnh+iEd/3SRDnEMm6Dntqz7NVy4ilYswqOPUWL2uqzTxqJ2q5On+MZ1EXw"
    "e81TBLX75gjiJMckyHUTdrmPnic2MqiBqAv/JvwKpL15nogS9VbTp0qS06wjVliXrUy8lG"
    "hywG1j3IIjx55qRVElORxbUqx9Dtjqozdcew2cE0IK5dUoW7botHr+cbawfRuwrf04mzQ1"
    "r/xtzaLoy3hZ+YZqO5LcfExE8Zqi+KeF0izHySelVO6SEoxxLDPDC+m1eCqIHQO5NFmcnG"
    "AlCEz4zhV1WRLe+Kr48vJI1dMBES1XwAjEqbsSpIATb14irW7YHrk2YjApkDvBrm+/B1Gf"
    "kSGPKENcd0MhH4zmxP0Y1TmMWoFt7074ZgjFHUV5dmt4Yk5el+VyYuA50x7IiH82KqPLVu"
    "mGYDZIHk1JCL3wcEpDt46Sp1PiE7n85ExJKb1GoDFOCWN89ZahDmIiLWTCNpILR4UR56Pf"
    "ZgP3kd8yiTFea+gF4irksMkhh8r6VtZ3A83DUtb3dizEKBBBYBnGgxRKWIRGvPlKi/CaW1"
    "fRASjw5IK5Ffb10S/EGgwz4lccsNCewXqb4kfCuA3HFw1vyi01OAuM2COdcQMO8tf5RppD"
    "ZnzPXlzJmob1PnqljRhl5fEZhLSVmGobeIz+I2U7ntHx92I+/tDpvH9/0nn3/vjD0eHJyd"
    "GHd9HCl71VtAKe9X+ERTCxk5Uo/JIYyvI7UEZO7UECS8meEUsuHdRSooV20gbSsjY8BUUW"
    "7L1ZkAtiTw7xvZswl8QszCVxftHlCihkhjAx1+ONZHaJMKdEmEni7uq8dzvs9q9O+VahE8"
    "flY8Qlfurf3PhZK/iuMKsy40T1CdawC/m7RBF6+b6/mIg6qJxenSzyu6stIFrD1hSIK1uz"
    "0bYmrBNcrXsUZVwoSHKRFGtDcMqmA9lMghnRPMulgmSdxV9VSlR9UU3+oojj2A4fPFHdtd"
    "xNKSmkQlKyG1OAkMO/BLlw27ScWqpWL1WgLa6XHFJt+ruwRH3zbG76T22Lzx+JTykl1r4v"
    "qWhFCj+kk9zv6CSbok3x+IrHVzx+eR7/EjMGx+V+hpVmT0DmJxvsl2L0IR289i0SWMnpwz"
    "N8Whxo8pFtmvYzcZB/FhCiqqgVD77yV0P0qsso/usAznNNMH39Ef1Kzv0oLRBm6BDZIMSI"
    "80R1gnAQSJil9Gt9spDRz1C4wWqvgr62Wohd8fGbjFySVYNepgA1Ds5NakAeIzITNmyuaF"
    "mhwrOdPTl+fF2wI6dOt5fYj/0aAk5MpETc9SJWEP3Xfgh3OMub8pWNGPuLiGaCQtc9WnSO"
    "qItmHpsQxjdTB/6C89R+U+iHMmTYFhEFXW/ycffWvfWrA7lYrKDBMwmc8K+mbMwX6v2lV5"
    "+9Xpz9XnQTPgg7Dn8yQ68CZ1XwRly/MdnrfdASCIUdHdmOQRz+vK8h9F/hJa4gTgBeEEf9"
    "+SfQ4R0tuAehBN4yYNzXSFz06pHM3FP4VbwP5lLT5DJxCPjTXucrFo/8KwzM47EoPkApFH"
    "UqFOFgrOMfDWWbvPntLetA3VvD3uXNRXfY40O4KPXTDNfl4kvIDENRnMtSpk2qXC3hLoJU"
    "1zJe46SQUlAyqQalMwe0OW3ABuqbwfYunZs9JaX8StmJO6KmSxxpZNNiClrBmrBOOQH28k"
    "oCLYc19BXL4ZqSUsDmzFfl9myt29MhM3vNzPwpUTXOTR7n7fldGzaorXS7NgzjFnhdu8Sh"
    "+mRPQO4u7uwX8bp42WYVkZsPqkpr2SyGcI26dy8td9c4cip5nP/oqMxx/qOj/OP8cC91eo"
    "F/VBIIL5q3EN2DUskSDgqSJRwIkiXYlktENlJ+0fGYSP01x7ej3VVWXXyr7so//x9C6Cfl"
)
