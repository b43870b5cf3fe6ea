//! Round trips of every request and response example of chapter 1.4.20 充电管理 of the
//! 2026-08-31 edition (fixtures/tums/charging/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::charging::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("charging", name)
}

pair!(
    get_charging_shop_list,
    GetChargingShopList,
    "getChargingShopList"
);
pair!(notify_order_info, NotifyOrderInfo, "notifyOrderInfo");
pair!(get_charging_orders, GetChargingOrders, "getChargingOrders");
pair!(add_discount_rule, AddDiscountRule, "addDiscountRule");
pair!(
    delete_discount_rule,
    DeleteDiscountRule,
    "deleteDiscountRule"
);
pair!(
    find_discount_rule_by_page,
    FindDiscountRuleByPage,
    "findDiscountRuleByPage"
);
