//! Round trips of every request and response example of seed chapter 1.4.7 客流统计
//! (fixtures/tums/passenger_flow/).

#[macro_use]
mod common;

use tums_client::api::passenger_flow::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("passenger_flow", name)
}

pair!(
    get_flow_device_in_region,
    GetFlowDeviceInRegion,
    "getFlowDeviceInRegion"
);
pair!(
    get_flow_device_num_in_region_list,
    GetFlowDeviceNumInRegionList,
    "getFlowDeviceNumInRegionList"
);
pair!(query_flow, QueryFlow, "queryFlow");
pair!(
    query_region_single_flow,
    QueryRegionSingleFlow,
    "queryRegionSingleFlow"
);
pair!(
    query_device_single_flow,
    QueryDeviceSingleFlow,
    "queryDeviceSingleFlow"
);
pair!(get_flow_sync_status, GetFlowSyncStatus, "getFlowSyncStatus");
pair!(get_flow_overview, GetFlowOverview, "getFlowOverview");
pair!(get_flow_list, GetFlowList, "getFlowList");
pair!(
    get_flow_distribution,
    GetFlowDistribution,
    "getFlowDistribution"
);

#[test]
fn report_answers_are_typed() {
    let env: Envelope<FlowDistribution> =
        serde_json::from_str(&fixture("getFlowDistribution.response.json")).unwrap();
    let d = env.result.unwrap();
    let ga = d.gender_age_list.unwrap();
    assert_eq!(
        (ga[0].gender, ga[0].age),
        (Some(Gender::Male), Some(AgeGroup::Teen))
    );
    assert_eq!(d.stay_list.unwrap()[4].end_minute, None);
    let env: Envelope<FlowSeries> =
        serde_json::from_str(&fixture("getFlowList.response.json")).unwrap();
    assert_eq!(env.result.unwrap().list.len(), 7);
}

#[test]
fn parent_qr_code_accepts_the_example_spelling() {
    let d: FlowDevice =
        serde_json::from_str(r#"{"parentQrcode":"799E56281C531B106","deviceStatus":0}"#).unwrap();
    assert_eq!(d.parent_qr_code.as_deref(), Some("799E56281C531B106"));
    assert_eq!(d.device_status, Some(FlowDeviceStatus::Offline));
    let env: Envelope<FlowDeviceList> =
        serde_json::from_str(&fixture("getFlowDeviceInRegion.response.json")).unwrap();
    let dev = &env.result.unwrap().device_info_list[0];
    assert_eq!(dev.parent_qr_code, None);
    assert_eq!(dev.device_status, Some(FlowDeviceStatus::Online));
}

#[test]
fn query_flow_page_feeds_the_paginator() {
    use client_core::Paged;
    let env: Envelope<FlowPage> =
        serde_json::from_str(&fixture("queryFlow.response.json")).unwrap();
    let page = env.result.unwrap();
    assert_eq!(page.last_update_time.unwrap().timestamp(), 1_709_192_060);
    assert_eq!(page.list[2].in_flow, 80);
    assert_eq!(page.list[2].pass_flow, 120);
    assert_eq!(page.list[0].region_name.as_deref(), Some("默认分组"));
    let p = QueryFlow::into_page(page);
    assert_eq!((p.items.len(), p.total), (7, Some(7)));
}

#[test]
fn sync_status_is_typed() {
    let env: Envelope<FlowSyncState> =
        serde_json::from_str(&fixture("getFlowSyncStatus.response.json")).unwrap();
    assert_eq!(env.result.unwrap().status, Some(FlowSyncStatus::Done));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn every_endpoint_answers_through_the_simulator() {
    use futures::TryStreamExt;
    let sim = tums_client::simulator::Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    via_simulator!(client, GetFlowDeviceInRegion, "getFlowDeviceInRegion");
    via_simulator!(
        client,
        GetFlowDeviceNumInRegionList,
        "getFlowDeviceNumInRegionList"
    );
    via_simulator!(client, QueryFlow, "queryFlow");
    via_simulator!(client, QueryRegionSingleFlow, "queryRegionSingleFlow");
    via_simulator!(client, QueryDeviceSingleFlow, "queryDeviceSingleFlow");
    via_simulator!(client, GetFlowSyncStatus, "getFlowSyncStatus");
    via_simulator!(client, GetFlowOverview, "getFlowOverview");
    via_simulator!(client, GetFlowList, "getFlowList");
    via_simulator!(client, GetFlowDistribution, "getFlowDistribution");
    // Streaming stops at the documented total (7) after one page.
    let req: QueryFlow = serde_json::from_str(&fixture("queryFlow.request.json")).unwrap();
    let all: Vec<FlowRecord> = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        client.stream(req).try_collect(),
    )
    .await
    .expect("timed out")
    .unwrap();
    assert_eq!(all.len(), 7);
    // A limit out of range never reaches the wire.
    let mut bad: QueryFlow = serde_json::from_str(&fixture("queryFlow.request.json")).unwrap();
    bad.limit = 1001;
    let before = sim.requests().len();
    let first = client
        .stream(bad)
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(first.is_invalid_request(), "{first}");
    assert_eq!(sim.requests().len(), before);
}
