//! Round trips of the 订阅接口 examples printed in the seed.
mod common;
use client_core::Endpoint;
use common::*;
use hongtu_client::api::subscription::*;
use hongtu_client::dict::BusiType;

const M: &str = "subscription";

#[test]
fn subscribe_query_unbind() {
    let req: Subscribe = request(M, "pubsub.busi.record.add.request.json");
    assert_eq!(req.busi_types.len(), 5);
    assert_eq!(req.busi_types[4], BusiType::Structured);
    let hongtu_client::Ack = response::<Subscribe>(M, "pubsub.busi.record.add.response.json");
    let _: QuerySubscription = request(M, "pubsub.busi.record.query.request.json");
    let s = response::<QuerySubscription>(M, "pubsub.busi.record.query.response.json");
    assert_eq!(s.busi_types, Some(vec![BusiType::Pass]));
    let _: Unsubscribe = request(M, "pubsub.busi.record.unbind.request.json");
    let hongtu_client::Ack = response::<Unsubscribe>(M, "pubsub.busi.record.unbind.response.json");
}

#[test]
fn push_url_is_checked() {
    let bad = Subscribe {
        app_key: None,
        push_url: "not a url".into(),
        busi_types: vec![BusiType::Pass],
    };
    assert!(bad.validate().is_err());
}
