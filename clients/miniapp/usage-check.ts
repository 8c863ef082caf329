// Compiled (never run) by `make client-check`: what the mini-program relies on, written against the generated
// types, so a breaking change to the contract fails to type-check here as well as showing as a diff.
import type { ApiError, Schema, operations } from "./jiliang-api";

type Filing = operations["citizenFileComplaint"]["requestBody"]["content"]["application/json"];
type Filed = operations["citizenFileComplaint"]["responses"][201]["content"]["application/json"];
type MyComplaints = operations["citizenMyComplaints"]["responses"][200]["content"]["application/json"];
type Sites = operations["enterpriseListSites"]["responses"][200]["content"]["application/json"];

export const filing: Filing = {
  merchant_name: "好运来水果店",
  location: "东瓦窑市场 12 号摊位",
  district: "新城区",
  goods: "苹果",
  category: "fruit",
  unit_price: "6.50",
  amount_paid: "13.00",
  charged_weight_g: "1000",
  found_weight_g: "900",
  reweigh_method: "fair_scale",
  purchased_at: "2026-03-15T10:00:00+08:00",
  description: "复称少了一两",
  photo_ids: [1],
};

export const idempotencyHeader: operations["citizenFileComplaint"]["parameters"]["header"] = {
  "Idempotency-Key": "a1b2c3d4e5",
};

export function trackingNo(filed: Filed): string {
  return filed.tracking_no;
}

export function pageInfo(page: MyComplaints | Sites): [number, number, number] {
  return [page.page, page.page_size, page.total];
}

export function firstSiteName(sites: Sites): string | undefined {
  return sites.items[0]?.name;
}

export function errorText(error: ApiError): string {
  const fields = error.error.details.fields ?? [];
  return [error.error.message, ...fields.map((f) => f.loc.join("."))].join(" ");
}

export type Complaint = Schema<"ComplaintRead">;

type FairScaleMarkets = operations["publicFairScaleMarkets"]["responses"][200]["content"]["application/json"];
type CreditSearch = operations["publicSearchBusinesses"]["responses"][200]["content"]["application/json"];
type MyBusinesses = operations["citizenMyBusinesses"]["responses"][200]["content"]["application/json"];

export const nearbyMarkets: operations["publicFairScaleMarkets"]["parameters"]["query"] = {
  lat: 40.8424,
  lon: 111.749,
  page: 1,
  page_size: 10,
};

export function nearestMarket(page: FairScaleMarkets): [string, number | null] | undefined {
  const first = page.items[0];
  return first && [first.name, first.distance_m];
}

export function creditPageInfo(page: CreditSearch | MyBusinesses): [number, number, number] {
  return [page.page, page.page_size, page.total];
}

export function awardValidUntil(page: CreditSearch): string | null | undefined {
  return page.items[0]?.award?.valid_until;
}
