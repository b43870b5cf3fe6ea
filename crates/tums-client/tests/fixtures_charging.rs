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

#[test]
fn examples_are_typed() {
    let env: Envelope<tums_client::envelope::PagedList<ChargingOrder>> =
        serde_json::from_str(&fixture("getChargingOrders.response.json")).unwrap();
    let o = &env.result.unwrap().list[0];
    assert_eq!(o.order_status, Some(OrderStatus::Completed));
    assert_eq!(o.charging_order_type, Some(ChargingOrderType::AdminStarted));
    // The table's spellings are accepted too.
    let t: ChargingOrder =
        serde_json::from_str(r#"{"orderId":"1","charginglFee":5,"servicelFee":6}"#).unwrap();
    assert_eq!((t.charging_fee, t.service_fee), (Some(5), Some(6)));
    let s: ChargingShops = serde_json::from_str(r#"{"listt":[{"chargingShopId":1}]}"#).unwrap();
    assert_eq!(s.list[0].charging_shop_id, "1");
}

#[test]
fn requests_are_checked_before_sending() {
    use client_core::Endpoint;
    let mut rule: AddDiscountRule =
        serde_json::from_str(&fixture("addDiscountRule.request.json")).unwrap();
    rule.end_time = rule.start_time - 1;
    assert!(rule.validate().is_err());
    rule.end_time = NO_END_TIME;
    rule.discount_way = DiscountWay::AmountOff;
    rule.discount_way_value = None;
    assert!(rule.validate().is_err());
    let page = FindDiscountRuleByPage {
        limit: 1001,
        ..FindDiscountRuleByPage::default()
    };
    assert!(page.validate().is_err());
    assert!(DeleteDiscountRule {
        discount_rule_id_list: (0..101).map(|n| n.to_string()).collect()
    }
    .validate()
    .is_err());
}

/// The chapter's endpoints answer their examples through the simulator.
#[cfg(feature = "simulator")]
#[tokio::test]
async fn against_simulator() {
    use futures::TryStreamExt;
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let sim = tums_client::simulator::Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        via_simulator!(client, GetChargingShopList, "getChargingShopList");
        via_simulator!(client, NotifyOrderInfo, "notifyOrderInfo");
        via_simulator!(client, AddDiscountRule, "addDiscountRule");
        via_simulator!(client, DeleteDiscountRule, "deleteDiscountRule");
        let orders: Vec<ChargingOrder> = client
            .stream(GetChargingOrders::new(vec!["4".into()]))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(orders.len(), 1);
        let rules: Vec<DiscountRule> = client
            .stream(FindDiscountRuleByPage::default())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(rules[0].rule_status, Some(RuleStatus::Rejected));
    })
    .await
    .expect("test timed out");
}
