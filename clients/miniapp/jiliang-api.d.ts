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
  "/api/v1/miniapp/credit/businesses": {
    get: operations["citizenMyBusinesses"];
    post: operations["citizenRegisterBusiness"];
  };
  "/api/v1/miniapp/credit/businesses/{business_id}/commitments": {
    post: operations["citizenCommit"];
  };
  "/api/v1/miniapp/credit/businesses/{business_id}/award-applications": {
    post: operations["citizenApplyForAward"];
  };
  "/api/v1/miniapp/credit/award-applications/{application_id}": {
    get: operations["citizenGetApplication"];
  };
  "/api/v1/miniapp/credit/enterprises/{enterprise_id}/verify-codes": {
    get: operations["citizenVerifyCodes"];
  };
  "/api/v1/public/credit/commitment-text": {
    get: operations["publicCurrentCommitmentText"];
  };
  "/api/v1/public/credit/fair-scale-markets": {
    get: operations["publicFairScaleMarkets"];
  };
  "/api/v1/public/credit/businesses": {
    get: operations["publicSearchBusinesses"];
  };
  "/api/v1/public/credit/businesses/{business_id}": {
    get: operations["publicBusiness"];
  };
  "/api/v1/public/credit/demonstration-units": {
    get: operations["publicDemonstrationUnits"];
  };
  "/api/v1/public/credit/award-applications/{application_id}/objections": {
    post: operations["publicObjectToAward"];
  };
  "/api/v1/public/credit/verification-sites": {
    get: operations["publicVerificationSites"];
  };
  "/api/v1/public/credit/inspection-plans": {
    get: operations["publicInspectionPlans"];
  };
  "/api/v1/public/credit/inspection-plans/{campaign_id}": {
    get: operations["publicInspectionPlan"];
  };
  "/api/v1/public/credit/verify": {
    get: operations["publicVerify"];
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
  "/api/v1/admin/knowledge/drafts": {
    get: operations["staffListDrafts"];
  };
  "/api/v1/admin/knowledge/drafts/{draft_id}": {
    get: operations["staffGetDraft"];
  };
  "/api/v1/admin/knowledge/drafts/approve": {
    post: operations["staffApproveDrafts"];
  };
  "/api/v1/admin/knowledge/drafts/{draft_id}/reject": {
    post: operations["staffRejectDraft"];
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
  "/api/v1/admin/complaints/markets/{market_id}/fair-scales": {
    get: operations["staffListFairScales"];
    post: operations["staffAddFairScale"];
  };
  "/api/v1/admin/complaints/markets/{market_id}/fair-scales/{scale_id}": {
    put: operations["staffUpdateFairScale"];
  };
  "/api/v1/admin/complaints/policy/{policy_id}/confirm": {
    post: operations["staffConfirmPolicy"];
  };
  "/api/v1/admin/complaints/{complaint_id}/column-override": {
    post: operations["staffColumnOverride"];
  };
  "/api/v1/admin/complaints/{complaint_id}/grounds": {
    get: operations["staffCaseGrounds"];
  };
  "/api/v1/admin/complaints/intake": {
    post: operations["staffFileByStaff"];
  };
  "/api/v1/admin/complaints/{complaint_id}/identity": {
    get: operations["staffComplaintIdentity"];
  };
  "/api/v1/admin/complaints/{complaint_id}/intake": {
    get: operations["staffComplaintIntakeDetail"];
  };
  "/api/v1/admin/complaints/{complaint_id}/registration-12315": {
    post: operations["staffRecord12315"];
  };
  "/api/v1/admin/complaints/{complaint_id}/registration-12315.xlsx": {
    get: operations["staffExport12315CaseXlsx"];
  };
  "/api/v1/admin/complaints/{complaint_id}/registration-12315.csv": {
    get: operations["staffExport12315CaseCsv"];
  };
  "/api/v1/admin/complaints/registration-12315.xlsx": {
    get: operations["staffExport12315BulkXlsx"];
  };
  "/api/v1/admin/complaints/registration-12315.csv": {
    get: operations["staffExport12315BulkCsv"];
  };
  "/api/v1/admin/complaints/{complaint_id}/documents": {
    post: operations["staffIssueDocument"];
  };
  "/api/v1/admin/complaints/{complaint_id}/documents/{document_id}.docx": {
    get: operations["staffDownloadDocumentDocx"];
  };
  "/api/v1/admin/complaints/{complaint_id}/documents/{document_id}.pdf": {
    get: operations["staffDownloadDocumentPdf"];
  };
  "/api/v1/admin/complaints/{complaint_id}/staff-facts": {
    post: operations["staffRecordStaffFacts"];
  };
  "/api/v1/admin/complaints/{complaint_id}/pump-check": {
    post: operations["staffCreatePumpCheck"];
  };
  "/api/v1/admin/complaints/{complaint_id}/batch-check": {
    post: operations["staffRecordBatchCheck"];
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
  "/api/v1/admin/verification-checks": {
    get: operations["staffListVerificationChecks"];
  };
  "/api/v1/admin/verification-checks/{check_id}": {
    get: operations["staffGetVerificationCheck"];
  };
  "/api/v1/admin/verification-checks/{check_id}/result": {
    post: operations["staffRecordVerificationCheckResult"];
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
  "/api/v1/admin/credit/businesses": {
    get: operations["staffListBusinesses"];
    post: operations["staffCreateBusiness"];
  };
  "/api/v1/admin/credit/businesses/{business_id}": {
    get: operations["staffGetBusiness"];
  };
  "/api/v1/admin/credit/commitments/{commitment_id}/revoke": {
    post: operations["staffRevokeCommitment"];
  };
  "/api/v1/admin/credit/award-applications": {
    get: operations["staffListApplications"];
  };
  "/api/v1/admin/credit/award-applications/{application_id}": {
    get: operations["staffGetApplication"];
  };
  "/api/v1/admin/credit/award-applications/{application_id}/first-review": {
    post: operations["staffFirstReview"];
  };
  "/api/v1/admin/credit/award-applications/{application_id}/second-review": {
    post: operations["staffSecondReview"];
  };
  "/api/v1/admin/credit/award-applications/{application_id}/finalise": {
    post: operations["staffFinalise"];
  };
  "/api/v1/admin/credit/award-applications/{application_id}/revoke": {
    post: operations["staffRevokeAward"];
  };
  "/api/v1/admin/credit/objections/{objection_id}/decide": {
    post: operations["staffDecideObjection"];
  };
  "/api/v1/admin/credit/campaigns": {
    get: operations["staffListInspectionCampaigns"];
    post: operations["staffPlanCampaign"];
  };
  "/api/v1/admin/credit/campaigns/{campaign_id}": {
    get: operations["staffGetInspectionCampaign"];
  };
  "/api/v1/admin/credit/campaigns/{campaign_id}/publish": {
    post: operations["staffPublishInspectionCampaign"];
  };
  "/api/v1/admin/credit/inspections/{inspection_id}/result": {
    post: operations["staffRecordInspection"];
  };
  "/api/v1/admin/credit/verify-codes/{result_id}": {
    get: operations["staffVerifyCode"];
  };
  "/api/v1/admin/credit/stats": {
    get: operations["staffStatistics"];
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
      track: string;
      kind: string;
      kind_label: string;
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
      kind_facts: {
        [key: string]: unknown;
      };
      kind_fields: {
        [key: string]: string;
      };
      intake_channel: string;
      complainant_name: string;
      complainant_address: string;
      anonymous: boolean;
      registration_12315: string | null;
      registered_at_12315: boolean;
      category: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      unit_price: string | null;
      price_unit: string;
      price_unit_label: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      amount_paid: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      charged_weight_g: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      found_weight_g: string | null;
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
      /** 期限所依据的时限尚未核实（第121号的暂定值），日期仅供参考，以工作人员通知为准 */
      deadline_provisional: boolean;
      /** 给投诉人看的期限说明；期限确定时为空 */
      deadline_note: string;
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
      /** 加油机/加气机投诉：对该机的检定核查进度与结果（未安排核查时为空） */
      pump_check_progress?: components["schemas"]["PumpCheckProgress"] | null;
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
    /** What the citizen sees of the verification check of the pump they complained about (no staff names, no officers' notes). */
    PumpCheckProgress: {
      /** 待核查 / 已出结果 */
      status_label: string;
      /** 计划核查日期（未定时为空） */
      planned_on: string | null;
      /** 检定结果：合格 / 不合格；出结果前为空 */
      result_label: string | null;
      /** 出结果的日期 */
      recorded_on: string | null;
    };
    FilingResult: {
      tracking_no: string;
      created: boolean;
      complaint: components["schemas"]["ComplaintRead"];
    };
    ComplaintSummary: {
      id: number;
      tracking_no: string;
      track: string;
      kind: string;
      kind_label: string;
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
      basis?: string;
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
    BusinessCreate: {
      /** 摊位或店铺名称（关联企业档案时取企业名称） */
      name?: string;
      /** 经营类别：market_stall 市场摊位 / fuel_station 加油站 / optician 眼镜店 / supermarket 超市 / clinic 医疗机构 / prepackaged 定量包装商品生产企业 / market 集贸市场 */
      sector: string;
      /** 区县（默认取企业档案或市场所在区县） */
      district?: string | null;
      address?: string;
      /** 编号 */
      enterprise_id?: number | null;
      /** 编号 */
      market_id?: number | null;
      /** 营业时间，如 07:00-19:00 */
      opening_hours?: string;
    };
    AwardSummary: {
      awarded_on: string | null;
      valid_until: string | null;
    };
    CommitmentSummary: {
      committed_on: string;
      text_version: string;
      title: string;
    };
    PublicInspectionResult: {
      /** 检查计划名称 */
      campaign: string;
      inspected_on: string | null;
      /** 合格 / 不合格；尚未检查时为空 */
      result: string | null;
    };
    Sector: "market" | "market_stall" | "fuel_station" | "optician" | "supermarket" | "clinic" | "prepackaged";
    /** A business as the public sees it: its commitment, its 示范单位 status and its published inspections. */
    BusinessStatusRead: {
      business_id: number;
      name: string;
      sector: components["schemas"]["Sector"];
      sector_label: string;
      district: string;
      district_name: string;
      address: string;
      opening_hours: string;
      /** 有效的诚信计量承诺；没有时为空 */
      commitment: components["schemas"]["CommitmentSummary"] | null;
      /** 有效期内的诚信计量示范单位称号；没有时为空 */
      award: components["schemas"]["AwardSummary"] | null;
      /** 最近一次示范单位申请的公开状态（公示中、已授予、已撤销、已到期） */
      award_status: string | null;
      inspections: components["schemas"]["PublicInspectionResult"][];
    };
    BusinessStatusReadPage: {
      /** 本页条目 */
      items: components["schemas"]["BusinessStatusRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    CommitBody: {
      /** 签署人姓名 */
      signer_name: string;
      /** 所签承诺书的版本号（须为当前版本） */
      text_version: string;
    };
    CommitmentStatus: "active" | "revoked";
    CommitmentCreated: {
      id: number;
      business_id: number;
      text_version: string;
      status: components["schemas"]["CommitmentStatus"];
    };
    AwardApplyBody: {
      /** 申请说明：计量管理制度、器具检定、承诺履行情况 */
      statement: string;
    };
    AwardStatus: "submitted" | "first_approved" | "publicity" | "awarded" | "rejected" | "revoked" | "expired";
    EvidenceFile: {
      name: string;
      /** 文件类型：jpeg / png / pdf */
      type: string;
      bytes: number;
    };
    MyApplicationRead: {
      id: number;
      business_id: number;
      status: components["schemas"]["AwardStatus"];
      statement: string;
      evidence: components["schemas"]["EvidenceFile"][];
      publicity_ends_on: string | null;
      awarded_on: string | null;
      valid_until: string | null;
      decision_note: string;
    };
    VerifyCodeRead: {
      /** 检定结果编号 */
      result_id: number;
      /** 扫码验真码（印成二维码） */
      code: string;
    };
    VerifyCodeReadPage: {
      /** 本页条目 */
      items: components["schemas"]["VerifyCodeRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    CommitmentTextRead: {
      /** 承诺书版本号（签署时原样提交） */
      version: string;
      title: string;
      /** 依据及来源 */
      basis: string;
      /** 来源核实程度：V 已核实 / S 单一来源 / U 未核实 */
      label: string;
      /** 承诺条款 */
      clauses: string[];
    };
    FairScaleMarketRead: {
      market_id: number;
      name: string;
      district: string;
      district_name: string;
      address: string;
      /** 纬度（GCJ-02） */
      latitude: number | null;
      /** 经度（GCJ-02） */
      longitude: number | null;
      /** 坐标系，固定为 gcj02 */
      coordinate_system: string;
      opening_hours: string;
      /** 与所给位置的距离（米）；未给位置时为空 */
      distance_m: number | null;
    };
    FairScaleMarketReadPage: {
      /** 本页条目 */
      items: components["schemas"]["FairScaleMarketRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    DemonstrationUnitRead: {
      application_id: number;
      business_id: number;
      name: string;
      sector_label: string;
      district_name: string;
      status: components["schemas"]["AwardStatus"];
      status_label: string;
      /** 公示截止日（公示期内可提出异议） */
      publicity_ends_on: string | null;
      awarded_on: string | null;
      valid_until: string | null;
    };
    DemonstrationUnitReadPage: {
      /** 本页条目 */
      items: components["schemas"]["DemonstrationUnitRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    ObjectionBody: {
      /** 异议内容 */
      text: string;
      /** 联系方式（选填） */
      contact?: string;
    };
    ObjectionReceived: {
      id: number;
      received: boolean;
    };
    VerificationSiteRead: {
      id: number;
      name: string;
      /** institute 法定计量检定机构 / 其他为授权计量检定机构 */
      kind: string;
      kind_label: string;
      district_name: string;
      address: string;
      phone: string;
      /** 可检定的器具种类 */
      services: string[];
    };
    VerificationSiteReadPage: {
      /** 本页条目 */
      items: components["schemas"]["VerificationSiteRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    PublishedCampaignRead: {
      id: number;
      title: string;
      target_type: string;
      target_label: string;
      /** drawn 已抽取 / published 已公开 / closed 已完成 */
      status: "drawn" | "published" | "closed";
      draw: components["schemas"]["PublishedDraw"];
      targets: components["schemas"]["PublishedTarget"][];
    };
    PublishedDraw: {
      /** 抽取算法版本 */
      version: string;
      /** 随机种子（公开后任何人可复算） */
      seed: string;
      /** 排序后输入的 SHA-256 */
      inputs_hash: string;
      /** 检查对象名录 [[编号, 名称], ...]（已排序） */
      target_inputs: ((number | string)[])[];
      inspector_count: number;
      sample_size: number;
    };
    PublishedTarget: {
      business_id: number;
      name: string;
      inspected_on: string | null;
      /** 合格 / 不合格；尚未检查时为空 */
      result: string | null;
    };
    PublishedCampaignReadPage: {
      /** 本页条目 */
      items: components["schemas"]["PublishedCampaignRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    VerifiedInstrument: {
      type: string;
      type_name: string;
      model: string;
      serial_no: string;
    };
    VerifyResultRead: {
      genuine: boolean;
      instrument: components["schemas"]["VerifiedInstrument"];
      enterprise_name: string;
      /** 合格 / 不合格 */
      result: string;
      passed: boolean;
      certificate_no: string | null;
      verified_on: string;
      /** 下次检定日期 */
      due_on: string | null;
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
    /** A version waiting for (or past) a second reader: `kind` "entry" is a new entry, "answer" an edit of a live entry's question, answer and links; approve it with its `content_hash`. */
    KbDraftRead: {
      id: number;
      faq_id: string;
      kind: "entry" | "answer";
      state: "pending" | "published" | "void" | "rejected";
      source: string;
      content: ({
        [key: string]: unknown;
      }) | null;
      content_hash: string;
      created_by_id: number | null;
      approved_by_id: number | null;
      unanswered_id: number | null;
      created_at: string;
      decided_at: string | null;
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
    /** `created`/`updated`: entries written at once; through the staff API new entries and changed texts are `held` for a second reader instead (the ids of the drafts to approve). */
    ImportReport: {
      created: number;
      updated: number;
      unchanged: number;
      version: string;
      held?: number[];
    };
    KbDraftReadPage: {
      /** 本页条目 */
      items: components["schemas"]["KbDraftRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    DraftApproval: {
      id: number;
      /** the hash of the version the reviewer read */
      content_hash: string;
    };
    DraftApprovals: {
      items: components["schemas"]["DraftApproval"][];
    };
    DraftsApproved: {
      approved: components["schemas"]["KbDraftRead"][];
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
      track: string;
      kind: string;
      kind_label: string;
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
    DocumentRead: {
      id: number;
      kind: string;
      title: string;
      number: string;
      ground: string | null;
      issued_by_name: string;
      created_at: string;
      docx: boolean;
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
      track: string;
      kind: string;
      kind_label: string;
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
      kind_facts: {
        [key: string]: unknown;
      };
      kind_fields: {
        [key: string]: string;
      };
      intake_channel: string;
      complainant_name: string;
      complainant_address: string;
      anonymous: boolean;
      registration_12315: string | null;
      registered_at_12315: boolean;
      category: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      unit_price: string | null;
      price_unit: string;
      price_unit_label: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      amount_paid: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      charged_weight_g: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      found_weight_g: string | null;
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
      /** 期限所依据的时限尚未核实（第121号的暂定值），日期仅供参考，以工作人员通知为准 */
      deadline_provisional: boolean;
      /** 给投诉人看的期限说明；期限确定时为空 */
      deadline_note: string;
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
      /** 加油机/加气机投诉：对该机的检定核查进度与结果（未安排核查时为空） */
      pump_check_progress?: components["schemas"]["PumpCheckProgress"] | null;
      user_id: number | null;
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
      staff_facts?: {
        [key: string]: unknown;
      };
      documents?: components["schemas"]["DocumentRead"][];
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
      /** 受理期限 */
      accept_days: number;
      /** 受理期限单位：working_days 工作日 / calendar_days 自然日 */
      accept_unit?: "working_days" | "calendar_days";
      /** 调解期限 */
      mediation_days: number;
      /** 调解期限单位：working_days 工作日 / calendar_days 自然日 */
      mediation_unit?: "working_days" | "calendar_days";
      effective_from: string;
      /** 依据（文件名称、条款） */
      note: string;
      /** 立即确认生效（false：先记为待确认的暂行版本） */
      confirm?: boolean;
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
    FairScaleRead: {
      id: number;
      market_id: number;
      name: string;
      accuracy_class: string;
      accuracy_class_label: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      division_g: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      max_capacity_g: string;
      verified_on: string;
      valid_until: string;
      certificate_no: string;
      active: boolean;
    };
    FairScaleReadPage: {
      /** 本页条目 */
      items: components["schemas"]["FairScaleRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    FairScaleWrite: {
      /** 位置或编号 */
      name?: string;
      /** 准确度等级：I、II、III、IIII */
      accuracy_class: "I" | "II" | "III" | "IIII";
      /** 检定分度值 e（克） */
      division_g: string;
      /** 最大秤量（克） */
      max_capacity_g: string;
      /** 检定日期 */
      verified_on: string;
      /** 检定有效期至 */
      valid_until: string;
      /** 检定证书编号 */
      certificate_no?: string;
      /** 在用 */
      active?: boolean;
    };
    ColumnOverride: {
      /** 改按的档次（assessment.columns 中的 tier） */
      tier: string;
      /** 理由 */
      reason: string;
    };
    /** A case staff took by phone or at the counter (投诉/举报登记表): no photos needed, no mini-program account. */
    StaffFilingCreate: {
      /** complaint 投诉，report 举报 */
      track?: "complaint" | "report";
      /** 类别，见 /api/v1/miniapp/complaints/options 的 kinds */
      kind?: string;
      /** 该类别特有的信息，字段见 options 的 kinds[].fields */
      facts?: ({
        [key: string]: unknown;
      }) | null;
      /** 商户、摊位或被投诉（举报）对象名称 */
      merchant_name: string;
      /** 编号 */
      market_id?: number | null;
      /** 市场或店铺位置 */
      location: string;
      /** 所在区域：区县名称、简称或编码 */
      district: string;
      /** 商品或服务名称（称重商品、定量包装商品、过度包装必填） */
      goods?: string;
      /** 称重商品的商品类别，见 options 的 categories */
      category?: string;
      /** 称重商品：单价（元） */
      unit_price?: string | null;
      /** 单价单位：kg 元/千克，jin 元/斤，g 元/克 */
      price_unit?: "kg" | "jin" | "g";
      /** 称重商品：实付金额（元） */
      amount_paid?: string | null;
      /** 称重商品：商家结算重量（克） */
      charged_weight_g?: string | null;
      /** 称重商品：复称重量（克） */
      found_weight_g?: string | null;
      reweigh_method?: ("fair_scale" | "other_scale" | "original_scale" | "high_accuracy_scale") | null;
      /** 购买（发生）时间 */
      purchased_at: string;
      /** 经过描述 */
      description: string;
      /** 投诉人（实名举报人）姓名 */
      complainant_name?: string | null;
      /** 投诉人联系地址 */
      complainant_address?: string | null;
      /** 联系电话；不填则用微信授权绑定的手机号 */
      contact_phone?: string | null;
      /** 匿名举报（仅举报可选；匿名则不接收处理结果） */
      anonymous?: boolean;
      /** 已上传的证据照片编号（投诉1-9张） */
      photo_ids?: number[];
      /** 也可放在 Idempotency-Key 请求头 */
      idempotency_key?: string | null;
      /** phone 电话，counter 窗口 */
      intake_channel: "phone" | "counter";
    };
    VerificationCheckRead: {
      id: number;
      /** 由何而来：complaint（投诉） */
      source: string;
      /** 来源编号（投诉的投诉编号） */
      source_ref: string;
      type_slug: string;
      type_name: string;
      /** 加油（加气）站 */
      place: string;
      /** 加油机（枪）编号 */
      unit_no: string;
      district: string;
      planned_on: string | null;
      status: "requested" | "completed";
      status_label: string;
      requested_by_name: string;
      created_at: string;
      /** 核查结果：合格 true，不合格 false，未出结果 null */
      passed: boolean | null;
      certificate_no: string | null;
      result_note: string;
      recorded_by_name: string | null;
      recorded_at: string | null;
    };
    IntakeRead: {
      id: number;
      tracking_no: string;
      track: string;
      kind: string;
      kind_label: string;
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
      kind_facts: {
        [key: string]: unknown;
      };
      kind_fields: {
        [key: string]: string;
      };
      intake_channel: string;
      complainant_name: string;
      complainant_address: string;
      anonymous: boolean;
      registration_12315: string | null;
      registered_at_12315: boolean;
      category: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      unit_price: string | null;
      price_unit: string;
      price_unit_label: string;
      /** 十进制数，以字符串表示，如 "12.50" */
      amount_paid: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      charged_weight_g: string | null;
      /** 十进制数，以字符串表示，如 "12.50" */
      found_weight_g: string | null;
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
      /** 期限所依据的时限尚未核实（第121号的暂定值），日期仅供参考，以工作人员通知为准 */
      deadline_provisional: boolean;
      /** 给投诉人看的期限说明；期限确定时为空 */
      deadline_note: string;
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
      /** 加油机/加气机投诉：对该机的检定核查进度与结果（未安排核查时为空） */
      pump_check_progress?: components["schemas"]["PumpCheckProgress"] | null;
      user_id: number | null;
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
      staff_facts?: {
        [key: string]: unknown;
      };
      documents?: components["schemas"]["DocumentRead"][];
      /** 加油机/加气机投诉：安排的检定核查及其结果（其他类别为 null） */
      pump_check?: components["schemas"]["VerificationCheckRead"] | null;
    };
    IdentityRead: {
      complainant_name: string;
      contact_phone: string;
      complainant_address: string;
      anonymous: boolean;
    };
    Registration12315Body: {
      /** 全国12315平台登记号 */
      number: string;
    };
    DocumentIssue: {
      /** 文书种类，如 acceptance、refusal、termination、mediation_agreement */
      kind: string;
      /** 不予受理或终止调解的情形编码 */
      ground?: string | null;
      /** 需填写的内容 */
      details?: {
        [key: string]: string;
      };
    };
    PumpCheckBody: {
      /** 计划核查日期（可不填） */
      planned_on?: string | null;
    };
    BatchCheckBody: {
      /** 批量 N（该批次商品的件数） */
      batch_size: number;
      /** 样本量 n（抽取检验的件数；N≤10 时为全部） */
      sample_size: number;
      /** 样本平均实际含量 */
      mean: string;
      /** 平均实际含量的计量单位（默认与标注一致） */
      unit?: ("g" | "kg" | "mL" | "L") | null;
      /** 样本标准偏差 s（可不填） */
      std_dev?: string | null;
      /** 短缺量大于T、不大于2T的件数 */
      t1_count: number;
      /** 短缺量大于2T的件数 */
      t2_count: number;
      note?: string;
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
    VerificationCheckReadPage: {
      /** 本页条目 */
      items: components["schemas"]["VerificationCheckRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    CheckResultBody: {
      /** 是否合格 */
      passed: boolean;
      /** 检定证书或核查记录编号 */
      certificate_no?: string | null;
      /** 说明；不合格时必填 */
      note?: string;
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
    BusinessRead: {
      id: number;
      name: string;
      sector: components["schemas"]["Sector"];
      sector_label: string;
      district: string;
      address: string;
      enterprise_id: number | null;
      market_id: number | null;
      opening_hours: string;
    };
    BusinessReadPage: {
      /** 本页条目 */
      items: components["schemas"]["BusinessRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    ApplicationRead: {
      id: number;
      business_id: number;
      status: components["schemas"]["AwardStatus"];
      status_label: string;
      statement: string;
      evidence: components["schemas"]["StoredEvidence"][];
      policy_version: string;
      first_reviewer: number | null;
      second_reviewer: number | null;
      publicity_starts_on: string | null;
      publicity_ends_on: string | null;
      awarded_on: string | null;
      valid_until: string | null;
      revoked_on: string | null;
      decision_note: string;
    };
    CommitmentRead: {
      id: number;
      text_version: string;
      signer_name: string;
      status: components["schemas"]["CommitmentStatus"];
      committed_at: string;
      revoked_at: string | null;
      revoke_reason: string | null;
    };
    CreditContribution: {
      key: string;
      label: string;
      count: number;
      points: number;
    };
    CreditEventRead: {
      on: string;
      /** commitment / commitment_revoked / award / award_revoked / inspection / complaint / overdue */
      kind: string;
      label: string;
      detail: string;
      /** 计分规则中的项目代码；不计分时为空 */
      counts: string | null;
    };
    CreditRecordRead: {
      business_id: number;
      rule_version: string;
      score: number;
      level: string;
      level_label: string;
      /** 各计分项目的次数与分值 */
      contributions: components["schemas"]["CreditContribution"][];
      events: components["schemas"]["CreditEventRead"][];
    };
    StoredEvidence: {
      name: string;
      /** 文件类型：jpeg / png / pdf */
      type: string;
      bytes: number;
      /** 存储文件名 */
      file: string;
      sha256: string;
    };
    BusinessDetail: {
      business: components["schemas"]["BusinessRead"];
      credit: components["schemas"]["CreditRecordRead"];
      commitments: components["schemas"]["CommitmentRead"][];
      awards: components["schemas"]["ApplicationRead"][];
    };
    ReasonBody: {
      reason: string;
    };
    ApplicationReadPage: {
      /** 本页条目 */
      items: components["schemas"]["ApplicationRead"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    ObjectionRead: {
      id: number;
      text: string;
      /** 是否成立；尚未决定时为空 */
      upheld: boolean | null;
      created_at: string;
    };
    ApplicationDetail: {
      id: number;
      business_id: number;
      status: components["schemas"]["AwardStatus"];
      status_label: string;
      statement: string;
      evidence: components["schemas"]["StoredEvidence"][];
      policy_version: string;
      first_reviewer: number | null;
      second_reviewer: number | null;
      publicity_starts_on: string | null;
      publicity_ends_on: string | null;
      awarded_on: string | null;
      valid_until: string | null;
      revoked_on: string | null;
      decision_note: string;
      business: components["schemas"]["BusinessRead"];
      objections: components["schemas"]["ObjectionRead"][];
    };
    ReviewBody: {
      approve: boolean;
      note?: string;
    };
    ObjectionDecision: {
      upheld: boolean;
    };
    CampaignListItem: {
      id: number;
      title: string;
      target_type: string;
      /** drawn 已抽取 / published 已公开 / closed 已完成 */
      status: "drawn" | "published" | "closed";
    };
    CampaignListItemPage: {
      /** 本页条目 */
      items: components["schemas"]["CampaignListItem"][];
      /** 全部条目数 */
      total: number;
      /** 页码，从 1 开始 */
      page: number;
      /** 每页条数（最多 100，超过则 422） */
      page_size: number;
    };
    InspectionCampaignCreate: {
      title: string;
      /** 检查对象：market 集贸市场 / fuel_station 加油站 / optician 眼镜店 / clinic 医疗机构 / prepackaged 定量包装商品 */
      target_type: string;
      /** 限定区县（默认全市） */
      district?: string | null;
      /** 抽取检查对象数 */
      sample_size: number;
      /** 每个对象抽取的检查人员数 */
      inspectors_per_target?: number;
    };
    DrawAssignment: {
      business_id: number;
      inspector_ids: number[];
    };
    DrawCheckRead: {
      ok: boolean;
      inputs_hash_ok: boolean;
      result_ok: boolean;
    };
    InspectionRead: {
      id: number;
      campaign_id: number;
      business_id: number;
      business_name: string;
      inspector_ids: number[];
      status: components["schemas"]["InspectionStatus"];
      /** 检查表逐项结论：项目代码 -> 是否符合 */
      answers: {
        [key: string]: boolean;
      };
      findings: string;
      passed: boolean | null;
      /** 后续处置：空 / case 立案调查 / verification 责令送检 */
      follow_up: string;
      inspected_on: string | null;
    };
    InspectionStatus: "planned" | "done";
    CampaignDetail: {
      id: number;
      title: string;
      target_type: string;
      /** drawn 已抽取 / published 已公开 / closed 已完成 */
      status: "drawn" | "published" | "closed";
      district: string | null;
      sample_size: number;
      inspectors_per_target: number;
      seed: string;
      draw_version: string;
      /** 检查对象名录 [[编号, 名称], ...]（已排序） */
      target_inputs: ((number | string)[])[];
      /** 检查人员名录 [[编号, 姓名], ...]（已排序） */
      inspector_inputs: ((number | string)[])[];
      inputs_hash: string;
      result: components["schemas"]["DrawAssignment"][];
      checklist_version: string;
      /** 按记录的种子和输入复算抽取的结果 */
      draw_check: components["schemas"]["DrawCheckRead"];
      inspections: components["schemas"]["InspectionRead"][];
    };
    InspectionResultBody: {
      /** 检查表逐项结论：项目代码 -> 是否符合 */
      answers: {
        [key: string]: boolean;
      };
      findings?: string;
      /** 后续处置：空 / case 立案调查 / verification 责令送检 */
      follow_up?: string;
    };
    DistrictComplaints: {
      district: string;
      district_name: string;
      businesses: number;
      complaints: number;
      /** 每万户经营者投诉数 */
      complaints_per_10k: number | null;
    };
    StatsRow: {
      district: string;
      district_name: string;
      sector: components["schemas"]["Sector"];
      sector_label: string;
      businesses: number;
      commitments: number;
      awards: number;
      inspected: number;
    };
    CreditStatsRead: {
      date_from: string;
      date_to: string;
      businesses: number;
      commitments: number;
      awards: number;
      inspections_planned: number;
      inspections_done: number;
      /** 受检率：已检查 ÷ 计划检查 */
      inspection_rate: number | null;
      /** 已检查经营者占登记经营者的比例 */
      coverage: number | null;
      pass_rate: number | null;
      rows: components["schemas"]["StatsRow"][];
      per_district: components["schemas"]["DistrictComplaints"][];
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
    /** One form for every kind of case: the common part, the complainant, and the kind's own `facts`. */
    ComplaintCreate: {
      /** complaint 投诉，report 举报 */
      track?: "complaint" | "report";
      /** 类别，见 /api/v1/miniapp/complaints/options 的 kinds */
      kind?: string;
      /** 该类别特有的信息，字段见 options 的 kinds[].fields */
      facts?: ({
        [key: string]: unknown;
      }) | null;
      /** 商户、摊位或被投诉（举报）对象名称 */
      merchant_name: string;
      /** 编号 */
      market_id?: number | null;
      /** 市场或店铺位置 */
      location: string;
      /** 所在区域：区县名称、简称或编码 */
      district: string;
      /** 商品或服务名称（称重商品、定量包装商品、过度包装必填） */
      goods?: string;
      /** 称重商品的商品类别，见 options 的 categories */
      category?: string;
      /** 称重商品：单价（元） */
      unit_price?: string | null;
      /** 单价单位：kg 元/千克，jin 元/斤，g 元/克 */
      price_unit?: "kg" | "jin" | "g";
      /** 称重商品：实付金额（元） */
      amount_paid?: string | null;
      /** 称重商品：商家结算重量（克） */
      charged_weight_g?: string | null;
      /** 称重商品：复称重量（克） */
      found_weight_g?: string | null;
      /** 称重商品：复称方式 */
      reweigh_method?: ("fair_scale" | "other_scale" | "original_scale" | "home_scale") | null;
      /** 购买（发生）时间 */
      purchased_at: string;
      /** 经过描述 */
      description: string;
      /** 投诉人（实名举报人）姓名 */
      complainant_name?: string | null;
      /** 投诉人联系地址 */
      complainant_address?: string | null;
      /** 联系电话；不填则用微信授权绑定的手机号 */
      contact_phone?: string | null;
      /** 匿名举报（仅举报可选；匿名则不接收处理结果） */
      anonymous?: boolean;
      /** 已上传的证据照片编号（投诉1-9张） */
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
  /** 我登记的经营主体及其承诺、示范单位状态 */
  citizenMyBusinesses: {
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
          "application/json": components["schemas"]["BusinessStatusReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 登记我的经营主体（关联企业或市场摊位），用于诚信计量承诺和示范单位申请 */
  citizenRegisterBusiness: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BusinessCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["BusinessStatusRead"];
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
  /** Sign the current 诚信计量自我承诺书 (its version must match what was shown). */
  citizenCommit: {
    parameters: {
      path: {
        /** 编号 */
        business_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CommitBody"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["CommitmentCreated"];
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
  /** Apply for 诚信计量示范单位; evidence files are added next, before the review starts. */
  citizenApplyForAward: {
    parameters: {
      path: {
        /** 编号 */
        business_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AwardApplyBody"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["MyApplicationRead"];
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
  /** 我的一份示范单位申请详情 */
  citizenGetApplication: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["MyApplicationRead"];
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
  /** The 扫码验真 codes of this enterprise's recorded verification results, to print as QR codes. */
  citizenVerifyCodes: {
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
          "application/json": components["schemas"]["VerifyCodeReadPage"];
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
  /** The current 诚信计量自我承诺书 (its version is what a signer confirms). */
  publicCurrentCommitmentText: {
    parameters: Record<string, never>;
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CommitmentTextRead"];
        };
      };
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** Markets with a 公平秤; `lat`/`lon` in GCJ-02 (wx.getLocation type "gcj02") sort them by distance. */
  publicFairScaleMarkets: {
    parameters: {
      query?: {
        lat?: number | null;
        lon?: number | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["FairScaleMarketReadPage"];
        };
      };
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 查询经营主体的诚信计量承诺和示范单位状态 */
  publicSearchBusinesses: {
    parameters: {
      query: {
        q: string;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BusinessStatusReadPage"];
        };
      };
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 一个经营主体的承诺和示范单位状态 */
  publicBusiness: {
    parameters: {
      path: {
        /** 编号 */
        business_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BusinessStatusRead"];
        };
      };
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 诚信计量示范单位 in force, and those in their 公示 (open to objections). */
  publicDemonstrationUnits: {
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
          "application/json": components["schemas"]["DemonstrationUnitReadPage"];
        };
      };
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** Object to a unit during its 公示 (rate-limited per address). */
  publicObjectToAward: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ObjectionBody"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["ObjectionReceived"];
        };
      };
      400: components["responses"]["400"];
      404: components["responses"]["404"];
      409: components["responses"]["409"];
      413: components["responses"]["413"];
      415: components["responses"]["415"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 检定机构和检定点及其服务项目 */
  publicVerificationSites: {
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
          "application/json": components["schemas"]["VerificationSiteReadPage"];
        };
      };
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** Published 双随机 plans: the draw (seed, sorted inputs, their hash) and the results so far. */
  publicInspectionPlans: {
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
          "application/json": components["schemas"]["PublishedCampaignReadPage"];
        };
      };
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 一个已公开的双随机抽查计划及结果 */
  publicInspectionPlan: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["PublishedCampaignRead"];
        };
      };
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 扫码验真: the instrument, result and due date behind a genuine code; a forged or altered code is refused. */
  publicVerify: {
    parameters: {
      query: {
        code: string;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["VerifyResultRead"];
        };
      };
      404: components["responses"]["404"];
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
  /** 提交新的知识库条目（另一人审核通过后才生效） */
  staffCreateEntry: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["EntryCreate"];
      };
    };
    responses: {
      202: {
        content: {
          "application/json": components["schemas"]["KbDraftRead"];
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
  /** 导入知识库（新条目和修改的答案待另一人审核） */
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
  /** 待审核的知识库条目和答案（分页） */
  staffListDrafts: {
    parameters: {
      query?: {
        state?: string;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["KbDraftReadPage"];
        };
      };
      422: components["responses"]["422"];
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 一条待审核的知识库内容（含内容哈希） */
  staffGetDraft: {
    parameters: {
      path: {
        /** 编号 */
        draft_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["KbDraftRead"];
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
  /** 审核通过知识库内容（按所看版本的哈希，须由作者以外的人审核） */
  staffApproveDrafts: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DraftApprovals"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["DraftsApproved"];
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
  /** 退回待审核的知识库内容 */
  staffRejectDraft: {
    parameters: {
      path: {
        /** 编号 */
        draft_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["KbDraftRead"];
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
  /** 由未回答的问题提交新条目（另一人审核通过后才生效） */
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
      202: {
        content: {
          "application/json": components["schemas"]["KbDraftRead"];
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
  /** The handling queue, nearest deadline first; district-office staff see their own office's cases only. `kind` (see the mini-program options) and `track` (complaint 投诉 / report 举报) narrow it. */
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
        kind?: string | null;
        track?: string | null;
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
        kind?: string | null;
        track?: string | null;
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
  /** The market's registered 公平秤 (class, division e, capacity, verification validity). */
  staffListFairScales: {
    parameters: {
      query?: {
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
      path: {
        /** 编号 */
        market_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["FairScaleReadPage"];
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
  /** Register a 公平秤 from its verification certificate; re-weighings on it are then assessed 1x or 2x. */
  staffAddFairScale: {
    parameters: {
      path: {
        /** 编号 */
        market_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FairScaleWrite"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["FairScaleRead"];
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
  /** Replace a 公平秤's record (a new certificate, or taken out of use with active=false). */
  staffUpdateFairScale: {
    parameters: {
      path: {
        /** 编号 */
        market_id: number;
        /** 编号 */
        scale_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FairScaleWrite"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["FairScaleRead"];
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
  /** 确认一个时限政策版本，并重算未办结案件的期限（审计） */
  staffConfirmPolicy: {
    parameters: {
      path: {
        /** 编号 */
        policy_id: number;
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
      409: components["responses"]["409"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 工作人员改用另一列允许误差（须填写理由，审计） */
  staffColumnOverride: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ColumnOverride"];
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
  /** 本案适用的不予受理和终止调解情形 */
  staffCaseGrounds: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
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
  /** Record a complaint or report taken by phone or at the counter (投诉/举报登记表); same checks as online. */
  staffFileByStaff: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["StaffFilingCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["IntakeRead"];
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
  /** 查看投诉人完整身份信息（审计） */
  staffComplaintIdentity: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["IdentityRead"];
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
  /** 投诉登记详情（按类别的事实） */
  staffComplaintIntakeDetail: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["IntakeRead"];
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
  /** 记录全国12315平台登记号（审计） */
  staffRecord12315: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["Registration12315Body"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["IntakeRead"];
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
  /** 导出一件案件的12315登记字段（Excel） */
  staffExport12315CaseXlsx: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
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
  /** 导出一件案件的12315登记字段（CSV） */
  staffExport12315CaseCsv: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
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
      404: components["responses"]["404"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 批量导出12315登记字段（Excel） */
  staffExport12315BulkXlsx: {
    parameters: {
      query?: {
        status?: ("pending" | "accepted" | "refused" | "mediating" | "mediated" | "terminated" | "withdrawn") | null;
        district?: string | null;
        kind?: string | null;
        track?: ("complaint" | "report") | null;
        unregistered?: boolean;
        date_from?: string | null;
        date_to?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 批量导出12315登记字段（CSV） */
  staffExport12315BulkCsv: {
    parameters: {
      query?: {
        status?: ("pending" | "accepted" | "refused" | "mediating" | "mediated" | "terminated" | "withdrawn") | null;
        district?: string | null;
        kind?: string | null;
        track?: ("complaint" | "report") | null;
        unregistered?: boolean;
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
  /** Issue the 文书 of a decision, numbered in the bureau's series of its kind and year. */
  staffIssueDocument: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DocumentIssue"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["DocumentRead"];
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
  /** 下载文书（Word，可编辑） */
  staffDownloadDocumentDocx: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
        /** 编号 */
        document_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
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
  /** 下载文书（PDF） */
  staffDownloadDocumentPdf: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
        /** 编号 */
        document_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/pdf": Blob;
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
  /** Per-kind follow-up: 眼镜 lens measured, 民用四表 meter test requested and its result, charger/taximeter verification check (a pump gets a real check: pump-check). Body: the record's fields (see the case's kind). */
  staffRecordStaffFacts: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["IntakeRead"];
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
  /** A 加油机/加气机 case: ask for a verification check of that pump (asking again returns the same check); a verification officer records its result, which the case then shows. */
  staffCreatePumpCheck: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PumpCheckBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["IntakeRead"];
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
  /** A 定量包装商品 case: record the batch check per the JJF 1070 sampling plan (N picks n and λ) and its verdict, shown in staff_facts.batch_check; a re-check replaces it (the timeline keeps each), the same body again changes nothing. */
  staffRecordBatchCheck: {
    parameters: {
      path: {
        /** 编号 */
        complaint_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BatchCheckBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["IntakeRead"];
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
      404: components["responses"]["404"];
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
  /** 投诉引起的加油（加气）机检定核查任务（分页，本辖区） */
  staffListVerificationChecks: {
    parameters: {
      query?: {
        status?: ("requested" | "completed") | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["VerificationCheckReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 一项检定核查任务及其结果 */
  staffGetVerificationCheck: {
    parameters: {
      path: {
        /** 编号 */
        check_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["VerificationCheckRead"];
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
  /** 录入检定核查结果（只能录入一次） */
  staffRecordVerificationCheckResult: {
    parameters: {
      path: {
        /** 编号 */
        check_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CheckResultBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["VerificationCheckRead"];
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
  /** 经营主体列表（按区县范围） */
  staffListBusinesses: {
    parameters: {
      query?: {
        district?: string | null;
        sector?: string | null;
        q?: string | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BusinessReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 登记经营主体 */
  staffCreateBusiness: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["BusinessCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["BusinessRead"];
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
  /** 经营主体详情：信用记录、等级及其依据 */
  staffGetBusiness: {
    parameters: {
      path: {
        /** 编号 */
        business_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["BusinessDetail"];
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
  /** 撤销一份诚信计量承诺（须填写理由） */
  staffRevokeCommitment: {
    parameters: {
      path: {
        /** 编号 */
        commitment_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReasonBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CommitmentRead"];
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
  /** 示范单位申请列表 */
  staffListApplications: {
    parameters: {
      query?: {
        status?: components["schemas"]["AwardStatus"] | null;
        /** 页码，从 1 开始 */
        page?: number;
        /** 每页条数 */
        page_size?: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ApplicationReadPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 示范单位申请详情 */
  staffGetApplication: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ApplicationDetail"];
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
  /** 示范单位申请初审 */
  staffFirstReview: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReviewBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ApplicationRead"];
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
  /** Another staff member than the first reviewer; approval starts the 公示. */
  staffSecondReview: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReviewBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ApplicationRead"];
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
  /** After the 公示 has ended and every objection is decided: award, or refuse when one was upheld. */
  staffFinalise: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ApplicationRead"];
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
  /** 撤销示范单位称号 */
  staffRevokeAward: {
    parameters: {
      path: {
        /** 编号 */
        application_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReasonBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ApplicationRead"];
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
  /** 处理公示异议 */
  staffDecideObjection: {
    parameters: {
      path: {
        /** 编号 */
        objection_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ObjectionDecision"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["ObjectionRead"];
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
  /** 双随机抽查计划列表 */
  staffListInspectionCampaigns: {
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
          "application/json": components["schemas"]["CampaignListItemPage"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
      429: components["responses"]["429"];
      503: components["responses"]["503"];
    };
  };
  /** 制定双随机抽查计划：从名录中随机抽取对象和检查人员（记录种子和输入） */
  staffPlanCampaign: {
    parameters: Record<string, never>;
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InspectionCampaignCreate"];
      };
    };
    responses: {
      201: {
        content: {
          "application/json": components["schemas"]["CampaignDetail"];
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
  /** 双随机抽查计划详情及复核 */
  staffGetInspectionCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignDetail"];
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
  /** 公开抽查计划及结果 */
  staffPublishInspectionCampaign: {
    parameters: {
      path: {
        /** 编号 */
        campaign_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CampaignDetail"];
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
  /** 录入一项检查结果（检查表、照片、发现的问题） */
  staffRecordInspection: {
    parameters: {
      path: {
        /** 编号 */
        inspection_id: number;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InspectionResultBody"];
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["InspectionRead"];
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
  /** The signed 扫码验真 code of a recorded verification result (to print on the certificate). */
  staffVerifyCode: {
    parameters: {
      path: {
        /** 编号 */
        result_id: number;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["VerifyCodeRead"];
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
  /** 诚信计量统计：承诺、示范单位、抽查覆盖率、受检率、每万户投诉率 */
  staffStatistics: {
    parameters: {
      query?: {
        date_from?: string | null;
        date_to?: string | null;
      };
    };
    responses: {
      200: {
        content: {
          "application/json": components["schemas"]["CreditStatsRead"];
        };
      };
      401: components["responses"]["401"];
      403: components["responses"]["403"];
      422: components["responses"]["422"];
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
