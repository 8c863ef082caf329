// The jiliang API's types for the mini-program, generated from /api/openapi.json by `make client`
// (core/openapi_typescript.py). Do not edit: change the API and regenerate.

export interface paths {
  "/api/v1/miniapp/login": {
    post: operations["citizenLogin"];
  };
  "/api/v1/miniapp/phone": {
    post: operations["citizenBindPhone"];
  };
  "/api/v1/miniapp/me": {
    get: operations["citizenMe"];
  };
  "/api/v1/miniapp/logout": {
    post: operations["citizenLogout"];
  };
  "/api/v1/knowledge/ask": {
    post: operations["citizenAsk"];
  };
  "/api/v1/miniapp/complaints/options": {
    get: operations["citizenComplaintOptions"];
  };
  "/api/v1/miniapp/complaints/prefill": {
    get: operations["citizenComplaintPrefill"];
  };
  "/api/v1/miniapp/complaints/photos": {
    post: operations["citizenUploadPhoto"];
  };
  "/api/v1/miniapp/complaints": {
    get: operations["citizenMyComplaints"];
    post: operations["citizenFileComplaint"];
  };
  "/api/v1/miniapp/complaints/{complaint_id}": {
    get: operations["citizenMyComplaint"];
  };
  "/api/v1/miniapp/complaints/{complaint_id}/photos/{photo_id}": {
    get: operations["citizenMyPhoto"];
  };
  "/api/v1/miniapp/complaints/{complaint_id}/withdraw": {
    post: operations["citizenWithdrawComplaint"];
  };
  "/api/v1/miniapp/complaints/{complaint_id}/rating": {
    post: operations["citizenRateComplaint"];
  };
  "/api/v1/miniapp/subscriptions": {
    get: operations["citizenMySubscriptions"];
    post: operations["citizenGrantSubscriptions"];
  };
  "/api/v1/miniapp/enterprises": {
    get: operations["enterpriseMyEnterprises"];
    post: operations["enterpriseRegisterEnterprise"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}": {
    get: operations["enterpriseGetEnterprise"];
  };
  "/api/v1/miniapp/enterprises/join": {
    post: operations["enterpriseJoinEnterprise"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/invite-code": {
    post: operations["enterpriseNewInviteCode"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/members": {
    get: operations["enterpriseListMembers"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/members/{member_id}/approve": {
    post: operations["enterpriseApproveMember"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/members/{member_id}": {
    delete: operations["enterpriseRemoveMember"];
  };
  "/api/v1/miniapp/catalogue": {
    get: operations["enterpriseGetCatalogue"];
  };
  "/api/v1/miniapp/catalogue/{slug}": {
    get: operations["enterpriseGetCatalogueEntry"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/instruments": {
    get: operations["enterpriseListInstruments"];
    post: operations["enterpriseRegisterInstrument"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/instruments/{instrument_id}": {
    get: operations["enterpriseGetInstrument"];
    patch: operations["enterpriseUpdateInstrument"];
  };
  "/api/v1/miniapp/verification-sites": {
    get: operations["enterpriseListSites"];
  };
  "/api/v1/miniapp/verification-slots": {
    get: operations["enterpriseListSlots"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/bookings": {
    get: operations["enterpriseListBookings"];
    post: operations["enterpriseCreateBooking"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/bookings/{booking_id}": {
    get: operations["enterpriseGetBooking"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/bookings/{booking_id}/cancel": {
    post: operations["enterpriseCancelBooking"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/bookings/{booking_id}/reschedule": {
    post: operations["enterpriseRescheduleBooking"];
  };
  "/api/v1/admin/me": {
    get: operations["staffMe"];
  };
  "/api/v1/admin/staff": {
    get: operations["staffListStaff"];
    post: operations["staffAddStaff"];
  };
  "/api/v1/admin/staff/{staff_id}": {
    patch: operations["staffUpdateStaff"];
  };
  "/api/v1/admin/staff/{staff_id}/token": {
    post: operations["staffNewToken"];
  };
  "/api/v1/admin/knowledge/entries": {
    get: operations["staffListEntries"];
    post: operations["staffCreateEntry"];
  };
  "/api/v1/admin/knowledge/entries/{entry_id}": {
    get: operations["staffGetEntry"];
    delete: operations["staffDeleteEntry"];
    patch: operations["staffUpdateEntry"];
  };
  "/api/v1/admin/knowledge/export": {
    get: operations["staffExportKb"];
  };
  "/api/v1/admin/knowledge/import": {
    post: operations["staffImportKb"];
  };
  "/api/v1/admin/knowledge/try": {
    post: operations["staffTryQuestion"];
  };
  "/api/v1/admin/knowledge/sources/review": {
    get: operations["staffSourcesToReview"];
  };
  "/api/v1/admin/knowledge/unanswered": {
    get: operations["staffListUnanswered"];
  };
  "/api/v1/admin/knowledge/unanswered/{question_id}/attach": {
    post: operations["staffAttachUnanswered"];
  };
  "/api/v1/admin/knowledge/unanswered/{question_id}/create-entry": {
    post: operations["staffCreateEntryFromUnanswered"];
  };
  "/api/v1/admin/knowledge/unanswered/{question_id}/dismiss": {
    post: operations["staffDismissUnanswered"];
  };
  "/api/v1/admin/complaints": {
    get: operations["staffComplaintQueue"];
  };
  "/api/v1/admin/complaints/deadlines": {
    get: operations["staffDeadlineLists"];
  };
  "/api/v1/admin/complaints/{complaint_id}": {
    get: operations["staffComplaintDetail"];
  };
  "/api/v1/admin/complaints/{complaint_id}/photos/{photo_id}": {
    get: operations["staffComplaintPhoto"];
  };
  "/api/v1/admin/complaints/{complaint_id}/photos/{photo_id}/check": {
    post: operations["staffReviewPhoto"];
  };
  "/api/v1/admin/complaints/{complaint_id}/assign": {
    post: operations["staffAssignComplaint"];
  };
  "/api/v1/admin/complaints/{complaint_id}/accept": {
    post: operations["staffAcceptComplaint"];
  };
  "/api/v1/admin/complaints/{complaint_id}/refuse": {
    post: operations["staffRefuseComplaint"];
  };
  "/api/v1/admin/complaints/{complaint_id}/mediation": {
    post: operations["staffStartMediation"];
  };
  "/api/v1/admin/complaints/{complaint_id}/outcome": {
    post: operations["staffRecordOutcome"];
  };
  "/api/v1/admin/complaints/statistics": {
    get: operations["staffComplaintStatistics"];
  };
  "/api/v1/admin/complaints/export.csv": {
    get: operations["staffExportComplaints"];
  };
  "/api/v1/admin/complaints/merchants/{merchant_id}": {
    get: operations["staffMerchantRecord"];
  };
  "/api/v1/admin/complaints/merchants/ranking": {
    get: operations["staffMerchantRanking"];
  };
  "/api/v1/admin/complaints/markets": {
    get: operations["staffListMarkets"];
    post: operations["staffCreateMarket"];
  };
  "/api/v1/admin/complaints/markets/{market_id}": {
    get: operations["staffMarketRecord"];
    patch: operations["staffUpdateMarket"];
  };
  "/api/v1/admin/complaints/policy": {
    get: operations["staffDeadlinePolicy"];
    post: operations["staffAddDeadlinePolicy"];
  };
  "/api/v1/admin/enterprises": {
    get: operations["staffListEnterprises"];
  };
  "/api/v1/admin/enterprises/{enterprise_id}": {
    get: operations["staffGetEnterprise"];
  };
  "/api/v1/admin/enterprises/{enterprise_id}/approve": {
    post: operations["staffApproveEnterprise"];
  };
  "/api/v1/admin/enterprises/{enterprise_id}/reject": {
    post: operations["staffRejectEnterprise"];
  };
  "/api/v1/admin/catalogue": {
    get: operations["staffGetCatalogue"];
  };
  "/api/v1/admin/catalogue/{slug}": {
    put: operations["staffOverrideCatalogueEntry"];
  };
  "/api/v1/admin/catalogue/{slug}/override": {
    delete: operations["staffRemoveCatalogueOverride"];
  };
  "/api/v1/admin/verification-sites": {
    get: operations["staffListSites"];
    post: operations["staffCreateSite"];
  };
  "/api/v1/admin/verification-sites/{site_id}": {
    patch: operations["staffUpdateSite"];
  };
  "/api/v1/admin/verification-sites/{site_id}/slots": {
    post: operations["staffCreateSlot"];
  };
  "/api/v1/admin/verification-slots": {
    get: operations["staffListSlots"];
  };
  "/api/v1/admin/verification-slots/{slot_id}": {
    patch: operations["staffUpdateSlot"];
  };
  "/api/v1/admin/verification-bookings": {
    get: operations["staffListBookings"];
  };
  "/api/v1/admin/verification-bookings/{booking_id}": {
    get: operations["staffGetBooking"];
  };
  "/api/v1/admin/verification-bookings/{booking_id}/check-in": {
    post: operations["staffCheckIn"];
  };
  "/api/v1/admin/verification-bookings/{booking_id}/cancel": {
    post: operations["staffCancelBooking"];
  };
  "/api/v1/admin/verification-bookings/{booking_id}/results": {
    post: operations["staffRecordResults"];
  };
  "/api/v1/admin/verification-stats": {
    get: operations["staffVerificationStats"];
  };
  "/api/v1/admin/verification-stats.csv": {
    get: operations["staffVerificationStatsCsv"];
  };
  "/api/v1/admin/verification-overdue": {
    get: operations["staffOverdue"];
  };
  "/api/v1/admin/verification-overdue.csv": {
    get: operations["staffOverdueCsv"];
  };
  "/api/v1/admin/campaigns": {
    get: operations["staffListCampaigns"];
    post: operations["staffCreateCampaign"];
  };
  "/api/v1/admin/campaigns/reminders": {
    get: operations["staffListReminders"];
  };
  "/api/v1/admin/campaigns/reminders/{reminder_id}/acknowledge": {
    post: operations["staffAcknowledgeReminder"];
  };
  "/api/v1/admin/campaigns/calendar/{year}": {
    post: operations["staffGenerateCalendar"];
  };
  "/api/v1/admin/campaigns/{campaign_id}": {
    get: operations["staffGetCampaign"];
    patch: operations["staffUpdateCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/submit": {
    post: operations["staffSubmitCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/approve": {
    post: operations["staffApproveCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/reject": {
    post: operations["staffRejectCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/withdraw": {
    post: operations["staffWithdrawCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/reschedule": {
    post: operations["staffRescheduleCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/cancel": {
    post: operations["staffCancelCampaign"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/resend-uncertain": {
    post: operations["staffResendUncertain"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/events": {
    get: operations["staffCampaignEvents"];
  };
  "/api/v1/admin/campaigns/{campaign_id}/stats": {
    get: operations["staffCampaignStats"];
  };
  "/api/v1/admin/menu/stats": {
    get: operations["staffMenuUsage"];
  };
  "/api/v1/miniapp/enterprises/{enterprise_id}/instruments/import": {
    post: operations["enterpriseImportInstruments"];
  };
  "/wechat": {
    get: operations["wechatVerify"];
    post: operations["wechatReceive"];
  };
  "/api/v1/miniapp/wechat-push": {
    get: operations["wechatPushVerify"];
    post: operations["wechatPushEvent"];
  };
  "/media/complaint-photos/{token}": {
    get: operations["wechatPhotoForWechat"];
  };
  "/healthz": {
    get: operations["opsHealthz"];
  };
  "/readyz": {
    get: operations["opsReadyz"];
  };
  "/metrics": {
    get: operations["opsMetrics"];
  };
}

export interface components {
  schemas: {
    LoginRequest: {
      /** wx.login() 返回的临时登录凭证 code */
      code: string;
    };
    MiniappUserRead: {
      id: number;
      has_phone: boolean;
      phone_masked: string | null;
    };
    LoginReply: {
      /** 之后的请求以 Authorization: Bearer <token> 携带 */
      token: string;
      /** 登录态有效期（秒） */
      expires_in: number;
      user: components["schemas"]["MiniappUserRead"];
    };
    PhoneBindRequest: {
      /** 手机号快速验证组件 getPhoneNumber 返回的 code */
      code: string;
    };
    LogoutEverywhereReply: {
      /** 退出登录的设备（会话）数，含本设备 */
      revoked_sessions: number;
    };
    AskRequest: {
      /** 市民的问题原文（1-200 字） */
      question: string;
    };
    /** The CONTRACT fields (q, faq_id, score, answer, suggestions) plus what a client needs to render them. */
    AskReply: {
      q: string;
      faq_id: string | null;
      score: number;
      answer: string;
      suggestions: string[];
      band: "confident" | "suggest" | "fallback";
      suggestion_questions: string[];
      actions: ({
        [key: string]: string;
      })[];
    };
    Prefill: {
      market_id: number | null;
      market_name: string | null;
      market_address: string | null;
      district: string | null;
      district_name: string | null;
      contact_phone: string | null;
      market_source?: string | null;
      market_distance_m?: number | null;
    };
    PhotoRead: {
      id: number;
      content_type: string;
      width: number;
      height: number;
      size_bytes: number;
      check_status: string;
    };
    ComplaintRead: {
      id: number;
      tracking_no: string;
      status: components["schemas"]["ComplaintStatus"];
      status_label: string;
      merchant_name: string;
      location: string;
      district: string;
      district_name: string;
      goods: string;
      category_label: string;
      verdict: string;
      verdict_label: string;
      contact_phone: string | null;
      created_at: string;
      updated_at: string;
      due_on: string | null;
      market_id: number | null;
      category: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      unit_price: string;
      price_unit: string;
      price_unit_label: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      amount_paid: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      charged_weight_g: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      found_weight_g: string;
      reweigh_method: string;
      reweigh_method_label: string;
      purchased_at: string;
      description: string;
      assessment: {
        [key: string]: unknown;
      };
      regulation: string;
      regulation_name: string;
      accept_due_on: string;
      mediation_due_on: string | null;
      deadline_estimated: boolean;
      refusal_reason: string | null;
      refusal_reason_label: string | null;
      termination_reason: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      refund_amount: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      compensation_amount: string | null;
      outcome_note: string | null;
      rating: number | null;
      rating_comment: string | null;
      closed_at: string | null;
      photos: components["schemas"]["PhotoRead"][];
      events: components["schemas"]["EventRead"][];
    };
    ComplaintStatus: "pending" | "accepted" | "refused" | "mediating" | "mediated" | "terminated" | "withdrawn";
    EventRead: {
      action: string;
      from_status: string | null;
      to_status: string;
      status_label: string;
      actor: string;
      note: string;
      created_at: string;
    };
    FilingResult: {
      tracking_no: string;
      created: boolean;
      complaint: components["schemas"]["ComplaintRead"];
    };
    ComplaintSummary: {
      id: number;
      tracking_no: string;
      status: components["schemas"]["ComplaintStatus"];
      status_label: string;
      merchant_name: string;
      location: string;
      district: string;
      district_name: string;
      goods: string;
      category_label: string;
      verdict: string;
      verdict_label: string;
      contact_phone: string | null;
      created_at: string;
      updated_at: string;
      due_on: string | null;
    };
    ComplaintSummaryPage: {
      /** 本页条目 */
      items: components["schemas"]["ComplaintSummary"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    WithdrawBody: {
      note?: string;
    };
    RateBody: {
      /** 1-5 分 */
      rating: number;
      comment?: string;
    };
    SubscriptionGrant: {
      /** wx.requestSubscribeMessage 中用户同意的模板 */
      template_ids: string[];
    };
    EnterpriseCreate: {
      name: string;
      /** 统一社会信用代码（全角、小写均可） */
      uscc: string;
      /** 区县：代码、名称或简称 */
      district: string;
      address: string;
      contact_name: string;
      /** 手机号或座机 */
      contact_phone: string;
    };
    EnterpriseStatus: "pending" | "approved" | "rejected";
    EnterpriseRead: {
      id: number;
      name: string;
      uscc: string;
      district: string;
      address: string;
      contact_name: string;
      contact_phone: string;
      status: components["schemas"]["EnterpriseStatus"];
      reject_reason: string | null;
      created_at: string;
      reviewed_at: string | null;
    };
    MemberRole: "admin" | "member";
    MemberStatus: "pending" | "active";
    MyEnterprise: {
      enterprise: components["schemas"]["EnterpriseRead"];
      role: components["schemas"]["MemberRole"];
      member_status: components["schemas"]["MemberStatus"];
    };
    MyEnterprisePage: {
      /** 本页条目 */
      items: components["schemas"]["MyEnterprise"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    JoinBody: {
      /** 企业管理员提供的邀请码：立即加入 */
      invite_code?: string | null;
      /** 无邀请码时按信用代码申请，由企业管理员审核 */
      uscc?: string | null;
    };
    MemberRead: {
      id: number;
      user_id: number;
      role: components["schemas"]["MemberRole"];
      status: components["schemas"]["MemberStatus"];
      phone?: string | null;
      created_at: string;
    };
    InviteCodeRead: {
      invite_code: string;
      expires_at: string;
    };
    MemberReadPage: {
      /** 本页条目 */
      items: components["schemas"]["MemberRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    CatalogueEntryRead: {
      slug: string;
      name: string;
      aliases: string[];
      form: string;
      use_areas: ("trade" | "safety" | "medical" | "environment")[];
      use_area_labels: string[];
      mode: "periodic" | "first_only" | "none";
      mode_label: string;
      period_months: number | null;
      place: "lab" | "site";
      place_label: string;
      regulation: string;
      certainty: string;
      source: string;
    };
    CatalogueRead: {
      version: string;
      entries: components["schemas"]["CatalogueEntryRead"][];
    };
    DueKind: "initial" | "reverify" | "replace";
    InstrumentRead: {
      id: number;
      enterprise_id: number;
      type_slug: string;
      model: string;
      serial_no: string;
      measuring_range: string;
      accuracy_class: string;
      location: string;
      use_area: string;
      status: components["schemas"]["InstrumentStatus"];
      last_verified_on: string | null;
      due_kind: components["schemas"]["DueKind"];
      next_due_on: string | null;
      created_at: string;
    };
    InstrumentStatus: "in_use" | "stopped" | "retired";
    InstrumentReadPage: {
      /** 本页条目 */
      items: components["schemas"]["InstrumentRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    InstrumentCreate: {
      /** 目录中的器具类型（slug 或名称） */
      type: string;
      model: string;
      serial_no: string;
      measuring_range?: string;
      accuracy_class?: string;
      location?: string;
      /** 贸易结算/安全防护/医疗卫生/环境监测 */
      use_area: string;
      /** 已有检定证书时的最近检定日期 */
      last_verified_on?: string | null;
    };
    InstrumentUpdate: {
      model?: string | null;
      measuring_range?: string | null;
      accuracy_class?: string | null;
      location?: string | null;
      /** true: 报废/轮换后停用此器具 */
      retired?: boolean | null;
    };
    SiteKind: "institute" | "authorised";
    SiteRead: {
      id: number;
      name: string;
      kind: components["schemas"]["SiteKind"];
      district: string;
      address: string;
      phone: string;
      instrument_types: string[];
      active: boolean;
    };
    SiteReadPage: {
      /** 本页条目 */
      items: components["schemas"]["SiteRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    SlotMode: "lab" | "onsite";
    SlotRead: {
      id: number;
      site_id: number;
      starts_at: string;
      ends_at: string;
      mode: components["schemas"]["SlotMode"];
      capacity: number;
      booked: number;
      available?: number;
      active: boolean;
    };
    SlotReadPage: {
      /** 本页条目 */
      items: components["schemas"]["SlotRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    BookingCreate: {
      /** 编号 */
      slot_id: number;
      instrument_ids: number[];
      /** 现场检定地址；默认企业地址 */
      onsite_address?: string | null;
      note?: string;
    };
    BookingItemRead: {
      instrument_id: number;
      passed: boolean | null;
      certificate_no: string | null;
      verified_on: string | null;
      result_note: string;
    };
    BookingStatus: "booked" | "checked_in" | "completed" | "cancelled" | "no_show";
    BookingRead: {
      id: number;
      confirmation_no: string;
      enterprise_id: number;
      /** 编号 */
      slot_id: number;
      status: components["schemas"]["BookingStatus"];
      instrument_count: number;
      onsite_address: string | null;
      note: string;
      created_at: string;
      cancelled_at: string | null;
      checked_in_at: string | null;
      completed_at: string | null;
      items?: components["schemas"]["BookingItemRead"][];
      slot: components["schemas"]["SlotRead"];
    };
    BookingReadPage: {
      /** 本页条目 */
      items: components["schemas"]["BookingRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    RescheduleBody: {
      /** 编号 */
      slot_id: number;
    };
    StaffRole: "admin" | "complaint_handler" | "verification_officer" | "publicity_editor" | "publicity_reviewer";
    StaffRead: {
      id: number;
      username: string;
      display_name: string;
      roles: components["schemas"]["StaffRole"][];
      /** 辖区代码（core/data/districts.json 的 slug）；空为全市 */
      district: string | null;
      active: boolean;
      created_at: string;
      last_seen_at: string | null;
    };
    StaffReadPage: {
      /** 本页条目 */
      items: components["schemas"]["StaffRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    StaffCreate: {
      username: string;
      display_name: string;
      roles: components["schemas"]["StaffRole"][];
      /** 辖区：名称、简称、行政区划代码或 slug（如 赛罕区 / saihan），保存为 slug；空为全市 */
      district?: string | null;
    };
    StaffWithToken: {
      staff: components["schemas"]["StaffRead"];
      /** API token, shown only once */
      token: string;
    };
    StaffUpdate: {
      display_name?: string;
      roles?: components["schemas"]["StaffRole"][];
      /** 辖区：名称、简称、行政区划代码或 slug（如 赛罕区 / saihan），保存为 slug；空为全市 */
      district?: string | null;
      active?: boolean;
    };
    EntryRead: {
      id: string;
      question: string;
      alternatives: string[];
      keywords: string[];
      answer: string;
      category: string;
      actions: ({
        [key: string]: string;
      })[];
      published: boolean;
      version: number;
      updated_at: string;
    };
    EntryReadPage: {
      /** 本页条目 */
      items: components["schemas"]["EntryRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    /** A link under the answer: a mini-program page, a phone number or a web address. */
    EntryAction: {
      type: "miniapp_page" | "phone" | "url";
      label: string;
      path?: string | null;
      value?: string | null;
      url?: string | null;
    };
    EntryCreate: {
      question: string;
      alternatives?: string[];
      keywords?: string[];
      answer: string;
      category?: string;
      actions?: components["schemas"]["EntryAction"][];
      published?: boolean;
      /** topic slug, e.g. fair-scale */
      id: string;
    };
    /** A partial edit; `version` (from EntryRead) guards against overwriting someone else's edit. */
    EntryUpdate: {
      version: number;
      question?: string | null;
      alternatives?: string[] | null;
      keywords?: string[] | null;
      answer?: string | null;
      category?: string | null;
      actions?: components["schemas"]["EntryAction"][] | null;
      published?: boolean | null;
    };
    /** The kb.json format: {"version", "entries": [...]} (each entry is validated on import). */
    KbDocument: {
      version?: string;
      entries: ({
        [key: string]: unknown;
      })[];
    };
    ImportReport: {
      created: number;
      updated: number;
      unchanged: number;
      version: string;
    };
    CandidateRead: {
      faq_id: string;
      question: string;
      score: number;
      words: number;
      chars: number;
      coverage: number;
    };
    TryReply: {
      q: string;
      faq_id: string | null;
      band: string;
      confidence: number;
      candidates: components["schemas"]["CandidateRead"][];
      index_version: string;
    };
    /** An entry whose legal source needs a look (data/sources.json). */
    SourceReviewRead: {
      entry_id: string;
      reasons: string[];
      sources: string[];
      checked: string;
    };
    SourceReviewReadPage: {
      /** 本页条目 */
      items: components["schemas"]["SourceReviewRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    UnansweredRead: {
      id: number;
      text: string;
      normalised: string;
      channel: string;
      count: number;
      best_score: number;
      candidates: ({
        [key: string]: unknown;
      })[];
      status: string;
      resolved_entry_id: string | null;
      resolved_by_id: number | null;
      first_asked_at: string;
      last_asked_at: string;
      resolved_at: string | null;
    };
    UnansweredReadPage: {
      /** 本页条目 */
      items: components["schemas"]["UnansweredRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    AttachToEntry: {
      entry_id: string;
      /** default: the question as asked */
      alternative?: string | null;
    };
    StaffComplaintSummary: {
      id: number;
      tracking_no: string;
      status: components["schemas"]["ComplaintStatus"];
      status_label: string;
      merchant_name: string;
      location: string;
      district: string;
      district_name: string;
      goods: string;
      category_label: string;
      verdict: string;
      verdict_label: string;
      contact_phone: string | null;
      created_at: string;
      updated_at: string;
      due_on: string | null;
      assigned_district: string;
      overdue: boolean;
      content_check: string;
      deadline_estimated: boolean;
    };
    StaffComplaintSummaryPage: {
      /** 本页条目 */
      items: components["schemas"]["StaffComplaintSummary"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    NotificationRead: {
      id: number;
      template_id: string;
      status: string;
      attempts: number;
      errcode: number | null;
      errmsg: string | null;
      created_at: string;
      sent_at: string | null;
    };
    StaffComplaintRead: {
      id: number;
      tracking_no: string;
      status: components["schemas"]["ComplaintStatus"];
      status_label: string;
      merchant_name: string;
      location: string;
      district: string;
      district_name: string;
      goods: string;
      category_label: string;
      verdict: string;
      verdict_label: string;
      contact_phone: string | null;
      created_at: string;
      updated_at: string;
      due_on: string | null;
      market_id: number | null;
      category: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      unit_price: string;
      price_unit: string;
      price_unit_label: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      amount_paid: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      charged_weight_g: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      found_weight_g: string;
      reweigh_method: string;
      reweigh_method_label: string;
      purchased_at: string;
      description: string;
      assessment: {
        [key: string]: unknown;
      };
      regulation: string;
      regulation_name: string;
      accept_due_on: string;
      mediation_due_on: string | null;
      deadline_estimated: boolean;
      refusal_reason: string | null;
      refusal_reason_label: string | null;
      termination_reason: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      refund_amount: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      compensation_amount: string | null;
      outcome_note: string | null;
      rating: number | null;
      rating_comment: string | null;
      closed_at: string | null;
      photos: components["schemas"]["PhotoRead"][];
      events: components["schemas"]["EventRead"][];
      user_id: number;
      contact_phone_full: string;
      assigned_district: string;
      merchant_id: number;
      overdue: boolean;
      content_check: string;
      substantiated: boolean | null;
      policy: {
        [key: string]: unknown;
      };
      notifications: components["schemas"]["NotificationRead"][];
    };
    PhotoReview: {
      status: "pass" | "risky";
    };
    AssignBody: {
      district: string;
      note?: string;
    };
    NoteBody: {
      /** 办理说明：投诉人可在进度中看到，也用于订阅消息 */
      note?: string;
    };
    RefuseBody: {
      /** 不予受理理由编码，见 /api/v1/admin/complaints/policy */
      reason: string;
      note?: string;
    };
    OutcomeBody: {
      result: "mediated" | "terminated";
      /** 退款金额（元） */
      refund_amount?: string | null;
      /** 赔偿金额（元） */
      compensation_amount?: string | null;
      termination_reason?: string | null;
      /** 是否查实缺斤短两；不填按初步判定 */
      substantiated?: boolean | null;
      note?: string;
    };
    MarketRead: {
      id: number;
      name: string;
      district: string;
      address: string;
      active: boolean;
      fair_scale: boolean;
      latitude: number | null;
      longitude: number | null;
    };
    MarketReadPage: {
      /** 本页条目 */
      items: components["schemas"]["MarketRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    MarketCreate: {
      name: string;
      district: string;
      address?: string;
      /** 设有公平秤 */
      fair_scale?: boolean;
      /** 纬度（WGS-84） */
      latitude?: number | null;
      /** 经度（WGS-84） */
      longitude?: number | null;
    };
    PolicyCreate: {
      regulation: "samr-20" | "samr-121";
      accept_working_days: number;
      mediation_working_days: number;
      effective_from: string;
      /** 依据（文件名称、条款） */
      note: string;
    };
    MarketUpdate: {
      address?: string | null;
      active?: boolean | null;
      /** 设有公平秤 */
      fair_scale?: boolean | null;
      /** 纬度（WGS-84），与经度一起填写 */
      latitude?: number | null;
      /** 经度（WGS-84），与纬度一起填写 */
      longitude?: number | null;
    };
    EnterpriseListItem: {
      id: number;
      name: string;
      uscc: string;
      district: string;
      address: string;
      contact_name: string;
      contact_phone: string;
      status: components["schemas"]["EnterpriseStatus"];
      reject_reason: string | null;
      created_at: string;
      reviewed_at: string | null;
    };
    EnterpriseListItemPage: {
      /** 本页条目 */
      items: components["schemas"]["EnterpriseListItem"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    RejectBody: {
      reason: string;
    };
    CatalogueOverrideBody: {
      name?: string | null;
      aliases?: string[] | null;
      form?: ("P" | "V" | "P+V") | null;
      use_areas?: (("trade" | "safety" | "medical" | "environment")[]) | null;
      mode?: ("periodic" | "first_only" | "none") | null;
      period_months?: number | null;
      place?: ("lab" | "site") | null;
      regulation?: string | null;
      certainty?: ("V" | "S" | "M" | "L") | null;
    };
    SiteCreate: {
      name: string;
      kind: components["schemas"]["SiteKind"];
      district: string;
      address: string;
      phone?: string;
      instrument_types: string[];
    };
    SiteUpdate: {
      name?: string | null;
      address?: string | null;
      phone?: string | null;
      instrument_types?: string[] | null;
      active?: boolean | null;
    };
    SlotCreate: {
      starts_at: string;
      ends_at: string;
      /** 可检台件数 */
      capacity: number;
      mode?: components["schemas"]["SlotMode"];
    };
    SlotUpdate: {
      capacity?: number | null;
      active?: boolean | null;
    };
    ResultItem: {
      /** 编号 */
      instrument_id: number;
      passed: boolean;
      /** 合格时必填：检定证书编号 */
      certificate_no?: string | null;
      /** 检定日期，默认今天 */
      verified_on?: string | null;
      note?: string;
    };
    ResultsBody: {
      items: components["schemas"]["ResultItem"][];
    };
    RateRow: {
      district: string;
      type_slug: string;
      due: number;
      verified: number;
      rate: number | null;
    };
    StatsRead: {
      period_from: string;
      period_to: string;
      rows: components["schemas"]["RateRow"][];
      total_due: number;
      total_verified: number;
      total_rate: number | null;
    };
    OverdueRow: {
      instrument_id: number;
      enterprise_id: number;
      enterprise_name: string;
      district: string;
      contact_phone: string | null;
      type_slug: string;
      serial_no: string;
      status: components["schemas"]["InstrumentStatus"];
      due_kind: components["schemas"]["DueKind"];
      next_due_on: string | null;
      days_overdue: number | null;
    };
    OverdueRowPage: {
      /** 本页条目 */
      items: components["schemas"]["OverdueRow"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    CampaignRead: {
      id: number;
      title: string;
      summary: string;
      body: string | null;
      article_url: string | null;
      cover_url: string | null;
      theme: string | null;
      theme_required: boolean;
      channel: components["schemas"]["Channel"];
      template_id: string | null;
      template_data: {
        [key: string]: string;
      };
      audience: {
        [key: string]: unknown;
      };
      send_at: string | null;
      starts_on: string | null;
      ends_on: string | null;
      status: components["schemas"]["CampaignStatus"];
      calendar_key: string | null;
      calendar_year: number | null;
      created_by_id: number | null;
      submitted_by_id: number | null;
      approved_by_id: number | null;
      recipient_count: number;
      created_at: string;
      updated_at: string;
      started_at: string | null;
      finished_at: string | null;
    };
    CampaignStatus: "draft" | "in_review" | "scheduled" | "sending" | "sent" | "partially_failed" | "cancelled";
    Channel: "subscribe" | "custom" | "mass";
    CampaignReadPage: {
      /** 本页条目 */
      items: components["schemas"]["CampaignRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    /** Followers of the official account (Subscriber.following) narrowed by kind, districts and tags. */
    AudienceSpec: {
      kind?: "all" | "citizen" | "enterprise";
      districts?: string[];
      tags?: string[];
      scenes?: string[];
    };
    CampaignCreate: {
      title: string;
      summary: string;
      body?: string | null;
      article_url?: string | null;
      cover_url?: string | null;
      theme?: string | null;
      channel?: components["schemas"]["Channel"];
      template_id?: string | null;
      template_data?: {
        [key: string]: string;
      };
      audience?: components["schemas"]["AudienceSpec"];
      send_at?: string | null;
      starts_on?: string | null;
      ends_on?: string | null;
    };
    ReminderRead: {
      id: number;
      campaign_id: number;
      remind_on: string;
      days_before: number;
      message: string;
      created_at: string;
    };
    ReminderReadPage: {
      /** 本页条目 */
      items: components["schemas"]["ReminderRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    CalendarResult: {
      year: number;
      calendar_version: string;
      created: number[];
      existing: number[];
      skipped: string[];
    };
    /** A partial edit of a draft; only the fields sent change. */
    CampaignUpdate: {
      title?: string;
      summary?: string;
      body?: string | null;
      article_url?: string | null;
      cover_url?: string | null;
      theme?: string | null;
      channel?: components["schemas"]["Channel"];
      template_id?: string | null;
      template_data?: ({
        [key: string]: string;
      }) | null;
      audience?: components["schemas"]["AudienceSpec"];
      send_at?: string | null;
      starts_on?: string | null;
      ends_on?: string | null;
      note?: string | null;
    };
    Note: {
      note?: string | null;
    };
    ReviewDecision: {
      note?: string | null;
    };
    RejectDecision: {
      note: string;
    };
    RescheduleRequest: {
      send_at: string;
      note?: string | null;
    };
    UncertainResend: {
      resent: number;
    };
    CampaignEventRead: {
      id: number;
      actor_id: number | null;
      action: string;
      from_status: string | null;
      to_status: string | null;
      note: string | null;
      at: string;
    };
    CampaignEventReadPage: {
      /** 本页条目 */
      items: components["schemas"]["CampaignEventRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    DeliveryStatus: "pending" | "claimed" | "sent" | "failed" | "uncertain" | "skipped" | "cancelled";
    /** WeChat's delivery receipts (MASSSENDJOBFINISH / TEMPLATESENDJOBFINISH) for a campaign's send jobs. */
    ReceiptStats: {
      jobs: number;
      reported: number;
      total_count: number;
      filter_count: number;
      sent_count: number;
      error_count: number;
      statuses: {
        [key: string]: number;
      };
    };
    DeliveryStats: {
      campaign_id: number;
      status: components["schemas"]["CampaignStatus"];
      recipients: number;
      audience_complete: boolean;
      by_status: {
        [key: string]: number;
      };
      sent: number;
      pending: number;
      failed: number;
      failed_by_reason: {
        [key: string]: number;
      };
      uncertain: number;
      skipped_by_reason: {
        [key: string]: number;
      };
      progress: number;
      receipts: components["schemas"]["ReceiptStats"];
    };
    MenuItemStats: {
      event: string;
      key: string;
      name: string | null;
      total: number;
      by_day: {
        [key: string]: number;
      };
    };
    MenuStats: {
      start: string;
      end: string;
      total: number;
      items: components["schemas"]["MenuItemStats"][];
    };
    /** 请求中一处不符合要求的值 */
    FieldProblem: {
      /** 位置 */
      in: "body" | "query" | "path" | "headers";
      /** 字段路径 */
      loc: string[];
      /** 说明 */
      msg: string;
      /** 问题类别（机器可读） */
      type: string;
    };
    /** 所有错误的统一格式 */
    Error: {
      error: {
        /** 机器可读的错误代码，如 invalid_input */
        code: string;
        /** 给用户看的中文说明 */
        message: string;
        /** 补充信息，始终是对象（没有时为空对象）；参数错误时 fields 列出每个问题 */
        details: {
          fields?: components["schemas"]["FieldProblem"][];
          [key: string]: unknown;
        };
      };
    };
    ComplaintCreate: {
      /** 商户或摊位名称 */
      merchant_name: string;
      /** 编号 */
      market_id?: number | null;
      /** 市场或店铺位置 */
      location: string;
      /** 所在区域：区县名称、简称或编码 */
      district: string;
      /** 商品名称 */
      goods: string;
      /** 商品类别，见 /api/v1/miniapp/complaints/options */
      category: string;
      /** 单价（元） */
      unit_price: string;
      /** 单价单位：kg 元/千克，jin 元/斤，g 元/克 */
      price_unit?: "kg" | "jin" | "g";
      /** 实付金额（元） */
      amount_paid: string;
      /** 商家结算重量（克）；定量包装商品填标注净含量 */
      charged_weight_g: string;
      /** 复称重量（克） */
      found_weight_g: string;
      /** 复称方式 */
      reweigh_method: "fair_scale" | "other_scale" | "original_scale";
      /** 购买时间 */
      purchased_at: string;
      /** 经过描述 */
      description: string;
      /** 联系电话；不填则用已绑定的手机号 */
      contact_phone?: string | null;
      /** 已上传的证据照片编号（1-9张） */
      photo_ids?: number[];
      /** 也可放在 Idempotency-Key 请求头 */
      idempotency_key?: string | null;
    };
  };
  responses: {
    "400": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "401": {
      headers: {
        "WWW-Authenticate"?: string;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "403": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "404": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "409": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "413": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "415": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "422": {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "429": {
      headers: {
        "Retry-After"?: number;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    "503": {
      headers: {
        "Retry-After"?: number;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    PlainRefusal: {
      content: {
        "text/plain": string;
      };
    };
  };
}

export interface operations {
  /** 小程序登录：用 wx.login 的 code 换取本系统的登录令牌。 */
  citizenLogin: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["LoginRequest"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["LoginReply"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
      400: components["responses"]["400"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
    };
  };
  /** 绑定手机号：用手机号快速验证组件的 code 向微信换取手机号（只返回打码后的号码）。 */
  citizenBindPhone: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PhoneBindRequest"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MiniappUserRead"];
        };
      };
      401: components["responses"]["401"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
      400: components["responses"]["400"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
    };
  };
  /** 当前登录用户（手机号打码显示）。 */
  citizenMe: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MiniappUserRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 退出登录：本令牌立即失效；`?all=1` 退出所有设备（例如手机丢失后）。 */
  citizenLogout: {
    parameters: {
      query?: {
        all?: boolean;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["LogoutEverywhereReply"];
        };
      };
      204: {
        content?: never;
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 计量问答：提一个问题，返回答案和相关问题 */
  citizenAsk: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AskRequest"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["AskReply"];
        };
      };
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      503: components["responses"]["503"];
    };
  };
  /** 投诉表单选项（商品类别、复称方式、区县等） */
  citizenComplaintOptions: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** The market to suggest (the 公平秤 QR code last scanned on the official account, else the nearest market with a 公平秤 to the position the user let the account use) and the bound phone, masked. */
  citizenComplaintPrefill: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["Prefill"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 上传一张证据照片（multipart/form-data，字段 file），返回照片编号 */
  citizenUploadPhoto: {
    parameters: Record<string, never>;
    requestBody: {
      content: {
        "multipart/form-data": {
          /** 一张 JPEG、PNG 或 WebP 照片，不超过 10MB */
          file: Blob;
        };
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["PhotoRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 我的投诉列表（分页） */
  citizenMyComplaints: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ComplaintSummaryPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 提交缺斤短两投诉（JSON 或 multipart），需防重复提交标识 */
  citizenFileComplaint: {
    parameters: {
      header: {
        /** 防重复提交标识（8-64 位字母、数字或 _.:-）；同一标识重复提交返回 200 和同一件投诉 */
        "Idempotency-Key": string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComplaintCreate"];
        "multipart/form-data": {
          /** ComplaintCreate 的 JSON 文本 */
          data?: string;
          /** 证据照片，每张不超过 10MB */
          photos?: Blob[];
        };
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["FilingResult"];
        };
      };
      200: {
        content: {
          "application/json": components["schemas"]["FilingResult"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 我的一件投诉详情 */
  citizenMyComplaint: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ComplaintRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 我的投诉中的一张照片 */
  citizenMyPhoto: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
        /** 编号 */
        photo_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "image/jpeg": Blob;
          "image/png": Blob;
          "image/webp": Blob;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 撤回投诉 */
  citizenWithdrawComplaint: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["WithdrawBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 评价投诉处理结果 */
  citizenRateComplaint: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RateBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 我的订阅消息授权 */
  citizenMySubscriptions: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 记录订阅消息授权结果 */
  citizenGrantSubscriptions: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SubscriptionGrant"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 我所属的企业（分页） */
  enterpriseMyEnterprises: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MyEnterprisePage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 登记企业（统一社会信用代码），待工作人员审核 */
  enterpriseRegisterEnterprise: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["EnterpriseCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["EnterpriseRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 企业详情 */
  enterpriseGetEnterprise: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EnterpriseRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 凭邀请码或信用代码申请加入企业 */
  enterpriseJoinEnterprise: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["JoinBody"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["MemberRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 生成新的企业邀请码（企业管理员） */
  enterpriseNewInviteCode: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["InviteCodeRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 企业成员列表（分页，手机号脱敏） */
  enterpriseListMembers: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MemberReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 通过成员加入申请（企业管理员） */
  enterpriseApproveMember: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        member_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MemberRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 移除企业成员（企业管理员） */
  enterpriseRemoveMember: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        member_id: number;
      };
    };
    responses: {
      204: {
        content?: never;
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 强制检定器具目录 */
  enterpriseGetCatalogue: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CatalogueRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 强制检定目录中的一类器具 */
  enterpriseGetCatalogueEntry: {
    parameters: {
      path: {
        slug: string;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CatalogueEntryRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 企业的强检器具（分页） */
  enterpriseListInstruments: {
    parameters: {
      query?: {
        status?: string | null;
        due_before?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["InstrumentReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 登记一件强检器具 */
  enterpriseRegisterInstrument: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InstrumentCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["InstrumentRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 强检器具详情 */
  enterpriseGetInstrument: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        instrument_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["InstrumentRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 修改强检器具信息 */
  enterpriseUpdateInstrument: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        instrument_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InstrumentUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["InstrumentRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 可预约的检定地点（分页） */
  enterpriseListSites: {
    parameters: {
      query?: {
        instrument_type?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SiteReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 可预约的检定时段（分页） */
  enterpriseListSlots: {
    parameters: {
      query?: {
        /** 编号 */
        site_id?: number | null;
        instrument_type?: string | null;
        mode?: string | null;
        date_from?: string | null;
        date_to?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SlotReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 企业的检定预约（分页） */
  enterpriseListBookings: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 预约检定 */
  enterpriseCreateBooking: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BookingCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 检定预约详情 */
  enterpriseGetBooking: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        booking_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 取消检定预约 */
  enterpriseCancelBooking: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        booking_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 改约检定时段 */
  enterpriseRescheduleBooking: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
        /** 编号 */
        booking_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RescheduleBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 当前工作人员的账号信息 */
  staffMe: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 工作人员列表（仅管理员） */
  staffListStaff: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 新建工作人员账号；令牌只显示这一次（仅管理员） */
  staffAddStaff: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["StaffCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["StaffWithToken"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 修改岗位、辖区或停用账号（仅管理员） */
  staffUpdateStaff: {
    parameters: {
      path: {
        /** 编号 */
        staff_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["StaffUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffRead"];
        };
      };
      404: components["responses"]["404"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 重新生成 API 令牌，旧令牌立即失效（本人或管理员） */
  staffNewToken: {
    parameters: {
      path: {
        /** 编号 */
        staff_id: number;
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["StaffWithToken"];
        };
      };
      404: components["responses"]["404"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 知识库条目列表（分页） */
  staffListEntries: {
    parameters: {
      query?: {
        q?: string | null;
        category?: string | null;
        published?: boolean | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EntryReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 新建知识库条目 */
  staffCreateEntry: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["EntryCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["EntryRead"];
        };
      };
      403: components["responses"]["403"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      404: components["responses"]["404"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 知识库条目详情 */
  staffGetEntry: {
    parameters: {
      path: {
        entry_id: string;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EntryRead"];
        };
      };
      404: components["responses"]["404"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 删除知识库条目 */
  staffDeleteEntry: {
    parameters: {
      path: {
        entry_id: string;
      };
    };
    responses: {
      204: {
        content?: never;
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 修改知识库条目 */
  staffUpdateEntry: {
    parameters: {
      path: {
        entry_id: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["EntryUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EntryRead"];
        };
      };
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 导出知识库（kb.json） */
  staffExportKb: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["KbDocument"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 导入知识库（按编号新增或更新） */
  staffImportKb: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["KbDocument"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ImportReport"];
        };
      };
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 试问：查看一个问题的匹配结果和候选条目 */
  staffTryQuestion: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AskRequest"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["TryReply"];
        };
      };
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 需要复核法律依据的条目（分页） */
  staffSourcesToReview: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SourceReviewReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 未能回答的问题（分页） */
  staffListUnanswered: {
    parameters: {
      query?: {
        status?: string;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["UnansweredReadPage"];
        };
      };
      422: components["responses"]["422"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 把未回答的问题归入已有条目 */
  staffAttachUnanswered: {
    parameters: {
      path: {
        /** 编号 */
        question_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AttachToEntry"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EntryRead"];
        };
      };
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 由未回答的问题新建条目 */
  staffCreateEntryFromUnanswered: {
    parameters: {
      path: {
        /** 编号 */
        question_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["EntryCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["EntryRead"];
        };
      };
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 忽略一个未回答的问题 */
  staffDismissUnanswered: {
    parameters: {
      path: {
        /** 编号 */
        question_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["UnansweredRead"];
        };
      };
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      401: components["responses"]["401"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 投诉队列（分页，可筛选） */
  staffComplaintQueue: {
    parameters: {
      query?: {
        status?: string | null;
        district?: string | null;
        overdue?: boolean | null;
        due_soon?: boolean | null;
        /** 编号 */
        market_id?: number | null;
        /** 编号 */
        merchant_id?: number | null;
        merchant?: string | null;
        tracking_no?: string | null;
        date_from?: string | null;
        date_to?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintSummaryPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 临近和超过办理时限的投诉 */
  staffDeadlineLists: {
    parameters: {
      query?: {
        limit?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 投诉详情（手机号脱敏） */
  staffComplaintDetail: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 投诉中的一张证据照片 */
  staffComplaintPhoto: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
        /** 编号 */
        photo_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "image/jpeg": Blob;
          "image/png": Blob;
          "image/webp": Blob;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 人工审核一张证据照片 */
  staffReviewPhoto: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
        /** 编号 */
        photo_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PhotoReview"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 分派投诉给处理人员 */
  staffAssignComplaint: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AssignBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 受理投诉 */
  staffAcceptComplaint: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NoteBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 不予受理投诉（须说明理由） */
  staffRefuseComplaint: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RefuseBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 开始调解 */
  staffStartMediation: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["NoteBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** Close the case: 调解成功 (refund / compensation amounts) or 终止调解 (with the reason). */
  staffRecordOutcome: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["OutcomeBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StaffComplaintRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 投诉统计 */
  staffComplaintStatistics: {
    parameters: {
      query?: {
        district?: string | null;
        date_from?: string | null;
        date_to?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 导出投诉（CSV） */
  staffExportComplaints: {
    parameters: {
      query?: {
        status?: string | null;
        district?: string | null;
        overdue?: boolean | null;
        /** 编号 */
        market_id?: number | null;
        date_from?: string | null;
        date_to?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "text/csv": string;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** A merchant's complaint history: total, substantiated, last dates, 诚信计量 credit level. */
  staffMerchantRecord: {
    parameters: {
      path: {
        /** 编号 */
        merchant_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 被投诉商户排行 */
  staffMerchantRanking: {
    parameters: {
      query?: {
        district?: string | null;
        /** 编号 */
        market_id?: number | null;
        limit?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 市场列表（分页） */
  staffListMarkets: {
    parameters: {
      query?: {
        district?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MarketReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** Register a market; its QR scene for the 公平秤 point is `market:<id>`. */
  staffCreateMarket: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["MarketCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["MarketRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 市场的投诉记录 */
  staffMarketRecord: {
    parameters: {
      path: {
        /** 编号 */
        market_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** Change a market's address, activity, 公平秤 and position (WGS-84, for the nearest-公平秤 suggestion). */
  staffUpdateMarket: {
    parameters: {
      path: {
        market_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["MarketUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MarketRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 投诉办理时限规则 */
  staffDeadlinePolicy: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": unknown;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 新增投诉办理时限规则（自生效日起适用） */
  staffAddDeadlinePolicy: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PolicyCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": unknown;
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 企业登记列表（分页，可筛选） */
  staffListEnterprises: {
    parameters: {
      query?: {
        status?: string | null;
        district?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EnterpriseListItemPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 企业登记详情 */
  staffGetEnterprise: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EnterpriseRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 通过企业登记 */
  staffApproveEnterprise: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EnterpriseRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 驳回企业登记（须说明理由） */
  staffRejectEnterprise: {
    parameters: {
      path: {
        /** 编号 */
        enterprise_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RejectBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["EnterpriseRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 强制检定目录（含本地调整） */
  staffGetCatalogue: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CatalogueRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 调整目录中一类器具的本地规则 */
  staffOverrideCatalogueEntry: {
    parameters: {
      path: {
        slug: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CatalogueOverrideBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CatalogueEntryRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 撤销目录中一类器具的本地调整 */
  staffRemoveCatalogueOverride: {
    parameters: {
      path: {
        slug: string;
      };
    };
    responses: {
      204: {
        content?: never;
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 检定地点列表（分页，含停用的） */
  staffListSites: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SiteReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 新建检定地点 */
  staffCreateSite: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SiteCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["SiteRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 修改检定地点 */
  staffUpdateSite: {
    parameters: {
      path: {
        /** 编号 */
        site_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SiteUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SiteRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 为检定地点新增时段 */
  staffCreateSlot: {
    parameters: {
      path: {
        /** 编号 */
        site_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SlotCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["SlotRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 检定时段列表（分页） */
  staffListSlots: {
    parameters: {
      query?: {
        /** 编号 */
        site_id?: number | null;
        mode?: string | null;
        date_from?: string | null;
        date_to?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SlotReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 修改检定时段容量或停用 */
  staffUpdateSlot: {
    parameters: {
      path: {
        /** 编号 */
        slot_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SlotUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["SlotRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 检定预约列表（分页，可按确认号查找） */
  staffListBookings: {
    parameters: {
      query?: {
        status?: string | null;
        /** 编号 */
        slot_id?: number | null;
        /** 编号 */
        site_id?: number | null;
        confirmation_no?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 检定预约详情 */
  staffGetBooking: {
    parameters: {
      path: {
        /** 编号 */
        booking_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 登记到检 */
  staffCheckIn: {
    parameters: {
      path: {
        /** 编号 */
        booking_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 工作人员取消检定预约（未到检、停检等） */
  staffCancelBooking: {
    parameters: {
      path: {
        /** 编号 */
        booking_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 录入检定结果 */
  staffRecordResults: {
    parameters: {
      path: {
        /** 编号 */
        booking_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ResultsBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BookingRead"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 受检率统计 */
  staffVerificationStats: {
    parameters: {
      query?: {
        date_from?: string | null;
        date_to?: string | null;
        district?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["StatsRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 导出受检率统计（CSV） */
  staffVerificationStatsCsv: {
    parameters: {
      query?: {
        date_from?: string | null;
        date_to?: string | null;
        district?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "text/csv": string;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 逾期未检器具（分页） */
  staffOverdue: {
    parameters: {
      query?: {
        district?: string | null;
        instrument_type?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["OverdueRowPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 导出逾期未检器具（CSV） */
  staffOverdueCsv: {
    parameters: {
      query?: {
        district?: string | null;
        instrument_type?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "text/csv": string;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 宣传活动列表（分页） */
  staffListCampaigns: {
    parameters: {
      query?: {
        status?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 新建宣传活动草稿 */
  staffCreateCampaign: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CampaignCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 宣传日历提醒（分页） */
  staffListReminders: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ReminderReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 确认一条宣传日历提醒 */
  staffAcknowledgeReminder: {
    parameters: {
      path: {
        /** 编号 */
        reminder_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ReminderRead"];
        };
      };
      404: components["responses"]["404"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 生成某年的宣传日历提醒 */
  staffGenerateCalendar: {
    parameters: {
      path: {
        year: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CalendarResult"];
        };
      };
      422: components["responses"]["422"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 宣传活动详情 */
  staffGetCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      404: components["responses"]["404"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 修改宣传活动草稿 */
  staffUpdateCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CampaignUpdate"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 提交宣传活动审核 */
  staffSubmitCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["Note"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 审核通过宣传活动（须为另一位审核人员） */
  staffApproveCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReviewDecision"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 驳回宣传活动 */
  staffRejectCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RejectDecision"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 撤回待审核的宣传活动 */
  staffWithdrawCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["Note"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 改期宣传活动 */
  staffRescheduleCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RescheduleRequest"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 取消宣传活动 */
  staffCancelCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["Note"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignRead"];
        };
      };
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 重发结果不确定的推送 */
  staffResendUncertain: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["Note"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["UncertainResend"];
        };
      };
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 宣传活动的操作记录（分页） */
  staffCampaignEvents: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignEventReadPage"];
        };
      };
      404: components["responses"]["404"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 宣传活动的发送统计 */
  staffCampaignStats: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["DeliveryStats"];
        };
      };
      404: components["responses"]["404"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 公众号菜单使用统计 */
  staffMenuUsage: {
    parameters: {
      query?: {
        date_from?: string | null;
        date_to?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MenuStats"];
        };
      };
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      401: components["responses"]["401"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 批量导入强检器具（multipart，字段 file，CSV 或 XLSX，全部成功或全部不导入） */
  enterpriseImportInstruments: {
    parameters: {
      path: {
        enterprise_id: number;
      };
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** CSV 或 XLSX 文件，不超过 10MB */
          file: Blob;
        };
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["ImportReport"];
        };
      };
      400: components["responses"]["400"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 公众号服务器地址验证（微信调用） */
  wechatVerify: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "text/plain": string;
        };
      };
      403: components["responses"]["PlainRefusal"];
    };
  };
  /** 公众号消息与事件推送（微信调用，XML） */
  wechatReceive: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "text/xml": string;
      };
    };
    responses: {
      200: {
        content: {
          "application/xml": string;
          "text/plain": string;
        };
      };
      400: components["responses"]["PlainRefusal"];
      403: components["responses"]["PlainRefusal"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["PlainRefusal"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      503: components["responses"]["503"];
    };
  };
  /** 小程序消息推送地址验证（微信调用） */
  wechatPushVerify: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "text/plain": string;
        };
      };
      403: components["responses"]["PlainRefusal"];
    };
  };
  /** 小程序消息推送（微信调用，如图片内容安全检测结果） */
  wechatPushEvent: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      200: {
        content: {
          "text/plain": string;
        };
      };
      400: components["responses"]["PlainRefusal"];
      403: components["responses"]["PlainRefusal"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["PlainRefusal"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      503: components["responses"]["503"];
    };
  };
  /** 供微信内容安全检测读取的照片（签名、限时链接） */
  wechatPhotoForWechat: {
    parameters: {
      path: {
        token: string;
      };
    };
    responses: {
      200: {
        content: {
          "image/jpeg": Blob;
          "image/png": Blob;
          "image/webp": Blob;
        };
      };
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      503: components["responses"]["503"];
    };
  };
  /** 存活检查 */
  opsHealthz: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": {
            status?: "ok";
          };
        };
      };
    };
  };
  /** 就绪检查：数据库和 Redis 均可用时为 200，否则 503 */
  opsReadyz: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": {
            status?: string;
            checks?: {
              [key: string]: unknown;
            };
          };
        };
      };
      503: components["responses"]["503"];
    };
  };
  /** Prometheus 监控指标（可设令牌或地址白名单） */
  opsMetrics: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "text/plain": string;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
    };
  };
}

export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export type ApiError = components["schemas"]["Error"];
