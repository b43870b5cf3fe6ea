//! 1.4.20 充电管理 — EV charging: stations, orders and parking-fee discount rules
//! (TUMS 2026-08-31 edition, 1.4.20.2–1.4.20.5.3; the `/evcs/` paths).
//!
//! ```
//! use client_core::{Endpoint, PageRequest, Paged};
//! use tums_client::api::charging::*;
//! let mut orders = GetChargingOrders::new(vec!["4".into()]);
//! orders.set_page(PageRequest { index: 1, size: 1000 });
//! assert_eq!((orders.start, orders.limit), (Some(1000), Some(1000)));
//! assert!(orders.validate().is_ok());
//! assert!(GetChargingOrders::new(vec![]).validate().is_err());
//! ```

use client_core::validate;
use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::page_2026::{opt_limit, opt_paged};
use crate::envelope::PagedList;

/// Largest `limit` of the charging listings (`[1, 1000]`, 1.4.20.4 / 1.4.20.5.3).
pub const MAX_LIMIT: u32 = 1000;
/// `endTime` meaning "no end" (Integer 最大值 2147483647, 1.4.20.5.1).
pub const NO_END_TIME: i64 = 2_147_483_647;

client_core::int_enum! {
    /// 优惠条件 — discount condition (1.4.20.1.1).
    pub enum DiscountTerm {
        /// 0 — 充电时间条件，满x小时: charged at least x hours.
        Hours = 0,
        /// 1 — 充电电量条件，满x度电: charged at least x kWh.
        Energy = 1,
        /// 2 — 充电金额条件，满x金额: spent at least x.
        Amount = 2,
    }
}

client_core::int_enum! {
    /// 优惠方式 — discount kind (1.4.20.1.2).
    pub enum DiscountWay {
        /// 0 — 增加免费停车时长x小时: x free parking hours.
        FreeHours = 0,
        /// 1 — 停车费减免金额x元: x yuan off the parking fee.
        AmountOff = 1,
        /// 2 — 免费停车1次: one free parking.
        FreeOnce = 2,
    }
}

client_core::int_enum! {
    /// 减免规则状态 — discount rule status (1.4.20.1.3).
    pub enum RuleStatus {
        /// 0 — 规则已被拒绝（未通过审核）, rejected.
        Rejected = 0,
        /// 1 — 规则已生效, in force.
        Active = 1,
        /// 2 — 规则已结束, ended (expired, replaced or stopped by the car park).
        Ended = 2,
        /// 3 — 规则审核中, under review.
        Reviewing = 3,
        /// 4 — 规则待生效, approved, not yet in force.
        Pending = 4,
    }
}

client_core::int_enum! {
    /// 充电订单状态 — charging order status (1.4.20.1.4).
    pub enum OrderStatus {
        /// 0 — 充电中, charging.
        Charging = 0,
        /// 1 — 充电完成, charged.
        Charged = 1,
        /// 2 — 订单待支付, awaiting payment.
        AwaitingPayment = 2,
        /// 3 — 订单已完成, completed.
        Completed = 3,
        /// 4 — 订单待退款, awaiting refund.
        AwaitingRefund = 4,
    }
}

client_core::int_enum! {
    /// 充电订单类型 — charging order type (1.4.20.1.6).
    pub enum ChargingOrderType {
        /// 0 — 微信预付费订单.
        WechatPrepaid = 0,
        /// 1 — 微信vip订单.
        WechatVip = 1,
        /// 2 — 账户余额订单.
        AccountBalance = 2,
        /// 3 — 微信支付分订单.
        WechatPayScore = 3,
        /// 4 — 企业账户余额订单.
        EnterpriseBalance = 4,
        /// 5 — 管理员手动启动充电订单.
        AdminStarted = 5,
        /// 6 — 定时充电订单.
        Scheduled = 6,
        /// 7 — 支付宝预付费订单.
        AlipayPrepaid = 7,
        /// 8 — 支付宝vip订单.
        AlipayVip = 8,
        /// 99 — 互联互通订单, interconnection.
        Interconnected = 99,
    }
}

client_core::int_enum! {
    /// 车牌号来源类型 — where a plate number came from (1.4.20.1.5).
    pub enum PlateSource {
        /// 0 — 微信小程序, WeChat mini-program.
        MiniProgram = 0,
        /// 1 — 联动ipc, linked IPC.
        LinkedIpc = 1,
        /// 2 — 视频桩ipc模组, the charger's camera module.
        ChargerCamera = 2,
    }
}

client_core::int_enum! {
    /// 充电站类型 — charging station type (1.4.20.1.7).
    pub enum ChargingShopType {
        /// 0 — 外部充电站, external.
        External = 0,
        /// 1 — 内部充电站, internal.
        Internal = 1,
    }
}

client_core::int_enum! {
    /// 充电站状态 — charging station status (1.4.20.1.8).
    pub enum ChargingShopStatus {
        /// 0 — 关闭, closed.
        Closed = 0,
        /// 1 — 开启, open.
        Open = 1,
        /// 2 — 维护, maintenance.
        Maintenance = 2,
        /// 3 — 已删除, deleted.
        Deleted = 3,
    }
}

client_core::int_enum! {
    /// 规则结束原因 — why a rule ended (1.4.20.5.3 endReason). The text lists a fourth
    /// meaning (新规则生效，旧规则自动结束: replaced by a new rule) without a readable
    /// number; it stays [`EndReason::Unknown`].
    pub enum EndReason {
        /// 100 — 停车场结束规则, ended by the car park.
        ByCarPark = 100,
        /// 101 — 到期自动结束, expired.
        Expired = 101,
        /// 102 — 超过生效结束时间未审核，自动结束: not reviewed before its end.
        NotReviewed = 102,
    }
}

/// 获取项目下所有充电站信息 — every charging station of the project (1.4.20.2). No
/// parameters: the body is `{}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetChargingShopList {}

client_core::endpoint!(GetChargingShopList => ChargingShops, POST "/evcs/open/chargingManager/v1/getChargingShopList", read);

/// The answer of [`GetChargingShopList`] (1.4.20.2 result; the table spells the list
/// `listt`, the example `list`: both accepted).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChargingShops {
    /// 充电站信息列表 — the stations.
    #[serde(default, alias = "listt")]
    pub list: Vec<ChargingShop>,
}

/// 充电站 — one charging station (1.4.20.2 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChargingShop {
    /// 充电站 id — station id.
    #[serde(default, with = "client_core::lenient::string")]
    pub charging_shop_id: String,
    /// 充电站名称 — station name.
    #[serde(default)]
    pub charging_shop_name: String,
    /// 充电站类型 — external or internal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charging_shop_type: Option<ChargingShopType>,
    /// 充电站运营状态 — closed, open, maintenance or deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charging_shop_status: Option<ChargingShopStatus>,
    /// 充电站创建时间戳 — created at, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    /// 是否绑定互联互通规则 — bound to an interconnection rule.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub bind_interconnected_rule: Option<bool>,
    /// 是否推送互联互通消息 — pushes interconnection messages.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnected_message: Option<bool>,
    /// 是否绑定有序充电规则 — bound to an ordered-charging rule.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub bind_sequential_charging_rule: Option<bool>,
}

/// 上报充电订单信息 — report a charging order to the car park (1.4.20.3). Returns
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotifyOrderInfo {
    /// 设备码 — 17-character device code; this or `mac` (qrCode wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — this or `qrCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 车牌号 — plate number.
    pub license_plate: String,
    /// 停车场id — car park id.
    pub parking_id: String,
    /// 充电时间，秒 — charging time in seconds.
    #[serde(with = "client_core::lenient::int")]
    pub charging_time: i64,
    /// 充电量，W·h — energy in watt-hours.
    #[serde(with = "client_core::lenient::int")]
    pub electricity: i64,
    /// 充电费用，分 — fee in fen.
    #[serde(with = "client_core::lenient::int")]
    pub charging_fee: i64,
}

impl NotifyOrderInfo {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        validate::required(path, "licensePlate", &self.license_plate)?;
        validate::required(path, "parkingId", &self.parking_id)?;
        validate::at_least(path, "chargingTime", self.charging_time, 0)?;
        validate::at_least(path, "electricity", self.electricity, 0)?;
        validate::at_least(path, "chargingFee", self.charging_fee, 0)
    }
}

client_core::endpoint!(NotifyOrderInfo => client_core::Ack, POST "/evcs/open/chargingManager/v1/notifyOrderInfo", write, validate);

/// 订单筛选（与） — AND filter of [`GetChargingOrders`] (1.4.20.4; required).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderFilterAnd {
    /// 充电站id列表 — stations (required, at least one).
    pub charging_shop_id_list: Vec<String>,
    /// 订单状态 — any of these statuses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_status: Option<Vec<OrderStatus>>,
    /// 订单开始时间戳 — orders from, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<i64>,
    /// 订单结束时间戳 — orders until, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<i64>,
}

/// 订单筛选（或） — OR filter of [`GetChargingOrders`] (1.4.20.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderFilterOr {
    /// 订单id模糊匹配 — order id contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id_like: Option<String>,
    /// 用户手机号模糊匹配 — phone contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_like: Option<String>,
    /// 充电桩id模糊匹配 — charger id contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charging_hub_id_like: Option<String>,
}

/// 分页获取订单信息 — list charging orders, paged with `start`/`limit` (`[1, 1000]`,
/// default 10) (1.4.20.4). Project-type applications.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetChargingOrders {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 1000]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — the stations and more (required).
    pub filter_and: OrderFilterAnd,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<OrderFilterOr>,
}

impl GetChargingOrders {
    /// The orders of these stations.
    pub fn new(charging_shop_ids: Vec<String>) -> Self {
        Self {
            filter_and: OrderFilterAnd {
                charging_shop_id_list: charging_shop_ids,
                ..OrderFilterAnd::default()
            },
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(
            path,
            "filterAnd.chargingShopIdList",
            &self.filter_and.charging_shop_id_list,
        )?;
        if let (Some(s), Some(e)) = (self.filter_and.start_time, self.filter_and.end_time) {
            validate::ordered(path, "filterAnd.startTime", &s, "filterAnd.endTime", &e)?;
        }
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(GetChargingOrders => PagedList<ChargingOrder>, POST "/evcs/open/chargingManager/dataCenter/v1/getChargingOrders", read, validate);
opt_paged!(GetChargingOrders => ChargingOrder, MAX_LIMIT);

/// 充电订单 — one charging order (1.4.20.4 list item). Amounts are in fen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChargingOrder {
    /// 订单id — order id.
    #[serde(default, with = "client_core::lenient::string")]
    pub order_id: String,
    /// 用户手机号 — user phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 充电站名称 — station name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charging_shop_name: Option<String>,
    /// 充电桩id — charger id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charging_hub_id: Option<String>,
    /// 充电桩名称 — charger name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 充电桩型号 — charger model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 车牌号 — plate number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_plate: Option<String>,
    /// 充电桩端口号 — charger port.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub port: Option<i64>,
    /// 充电订单类型 — order type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charging_order_type: Option<ChargingOrderType>,
    /// 订单状态 — order status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_status: Option<OrderStatus>,
    /// 充电电量，W·h — energy.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub electricity: Option<i64>,
    /// 订单开始时间戳 — order start, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_order_time: Option<i64>,
    /// 订单结束时间戳 — order end, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_order_time: Option<i64>,
    /// 充电结束时间戳 — charging end, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_charging_time: Option<i64>,
    /// 合计费用 — total.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_fee: Option<i64>,
    /// 充电电量费用 — energy fee (the table spells it `charginglFee`).
    #[serde(
        default,
        alias = "charginglFee",
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub charging_fee: Option<i64>,
    /// 服务费 — service fee (the table spells it `servicelFee`).
    #[serde(
        default,
        alias = "servicelFee",
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub service_fee: Option<i64>,
    /// 占桩费 — occupation fee.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub occupation_fee: Option<i64>,
    /// 预付费 — prepaid.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub prepay_amount: Option<i64>,
    /// 待支付金额 — still to pay.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub be_paid_amount: Option<i64>,
    /// 退款金额 — refunded.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub refund: Option<i64>,
    /// 结束充电原因 — why charging ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_charging_reason: Option<String>,
    /// 结束订单原因 — why the order ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_order_reason: Option<String>,
    /// 启动充电类型 — how charging started (typed int in the table, text in the
    /// example; kept as text).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_charging_mode: Option<String>,
}

/// 添加充电减免停车费规则 — add a rule that discounts parking for charging customers
/// (1.4.20.5.1). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddDiscountRule {
    /// 设备码 — 17-character device code; this or `mac` (qrCode wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — this or `qrCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 停车场id — car park id.
    pub parking_id: String,
    /// 优惠条件 — the condition.
    pub discount_term: DiscountTerm,
    /// 优惠条件的具体数字 — x hours, x kWh or x amount.
    #[serde(with = "client_core::lenient::int")]
    pub discount_term_value: i64,
    /// 优惠方式 — the discount.
    pub discount_way: DiscountWay,
    /// 优惠方式的具体数字 — hours or amount for ways 0 and 1.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub discount_way_value: Option<i64>,
    /// 规则开始时间 — start, UNIX seconds of a day's 00:00:00.
    #[serde(with = "client_core::lenient::int")]
    pub start_time: i64,
    /// 规则结束时间 — end, UNIX seconds of a day's 23:59:59; [`NO_END_TIME`] for none.
    #[serde(with = "client_core::lenient::int")]
    pub end_time: i64,
}

impl AddDiscountRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        validate::required(path, "parkingId", &self.parking_id)?;
        validate::at_least(path, "discountTermValue", self.discount_term_value, 0)?;
        if matches!(
            self.discount_way,
            DiscountWay::FreeHours | DiscountWay::AmountOff
        ) && self.discount_way_value.is_none()
        {
            return Err(Error::invalid(
                path,
                "discountWayValue is required for discountWay 0 and 1",
            ));
        }
        validate::range(path, "startTime", self.start_time, 0, NO_END_TIME)?;
        validate::range(path, "endTime", self.end_time, 0, NO_END_TIME)?;
        validate::ordered(
            path,
            "startTime",
            &self.start_time,
            "endTime",
            &self.end_time,
        )
    }
}

client_core::endpoint!(AddDiscountRule => client_core::Ack, POST "/evcs/open/chargingManager/v1/addDiscountRule", write, validate);

/// 批量删除充电减免停车费规则 — delete 1–100 discount rules (1.4.20.5.2; the table calls
/// the ids 停车场id, they are rule ids). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteDiscountRule {
    /// 规则id列表 — 1–100 rule ids.
    pub discount_rule_id_list: Vec<String>,
}

impl DeleteDiscountRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(
            path,
            "discountRuleIdList",
            self.discount_rule_id_list.len(),
            100,
        )
    }
}

client_core::endpoint!(DeleteDiscountRule => client_core::Ack, POST "/evcs/open/chargingManager/v1/deleteDiscountRule", write, validate);

/// 规则筛选（与） — AND filter of [`FindDiscountRuleByPage`] (1.4.20.5.3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscountRuleFilterAnd {
    /// 停车场id — car park.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking_id: Option<String>,
    /// 规则状态 — status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_status: Option<RuleStatus>,
}

/// 分页查询充电减免停车费规则 — list discount rules, paged with `start`/`limit` (both
/// required here, `limit` in `[1, 1000]`) (1.4.20.5.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FindDiscountRuleByPage {
    /// 起始条目 — 0-based offset.
    pub start: u64,
    /// 条目数 — page size `[1, 1000]`.
    pub limit: u32,
    /// 筛选条件（与） — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<DiscountRuleFilterAnd>,
}

impl Default for FindDiscountRuleByPage {
    fn default() -> Self {
        Self {
            start: 0,
            limit: MAX_LIMIT,
            filter_and: None,
        }
    }
}

impl FindDiscountRuleByPage {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(FindDiscountRuleByPage => PagedList<DiscountRule>, POST "/evcs/open/chargingManager/v1/findDiscountRuleByPage", read, validate);

impl Paged for FindDiscountRuleByPage {
    type Item = DiscountRule;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = page.offset();
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<DiscountRule>) -> Page<DiscountRule> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 减免规则 — one discount rule (1.4.20.5.3 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscountRule {
    /// 停车场 — car park id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub parking_id: Option<String>,
    /// 规则id — rule id.
    #[serde(default, with = "client_core::lenient::string")]
    pub rule_id: String,
    /// 优惠条件 — condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_term: Option<DiscountTerm>,
    /// 优惠条件的具体数字 — condition value.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub discount_term_value: Option<i64>,
    /// 优惠方式 — discount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_way: Option<DiscountWay>,
    /// 优惠方式的具体数字 — discount value.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub discount_way_value: Option<i64>,
    /// vps设备二维码 — the device code (typed int, a code string in the example).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub vps_id: Option<String>,
    /// 规则开始生效的时间 — start, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<i64>,
    /// 规则结束生效的时间 — end, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<i64>,
    /// 规则状态 — status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_status: Option<RuleStatus>,
    /// 规则创建时间 — created at, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    /// 规则被拒绝时间 — rejected at, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub reject_time: Option<i64>,
    /// 规则实际结束时间 — actually ended at, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub actual_end_time: Option<i64>,
    /// 规则结束原因 — why it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_reason: Option<EndReason>,
}
