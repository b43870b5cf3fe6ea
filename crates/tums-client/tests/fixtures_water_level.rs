//! Round trips of every request and response example of 1.4.15 水位管理 (TUMS 2026-08-31
//! edition; fixtures/tums/water_level/), and the endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::water_level::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("water_level", name)
}

pair!(
    get_water_level_device_list_by_page,
    GetWaterLevelDeviceListByPage,
    "getWaterLevelDeviceListByPage"
);
pair!(
    get_water_level_by_page,
    GetWaterLevelByPage,
    "getWaterLevelByPage",
    validates = false
);
pair!(
    get_latest_water_level_data,
    GetLatestWaterLevelData,
    "getLatestWaterLevelData"
);

#[test]
fn documented_answers_are_typed() {
    let env: Envelope<WaterLevelPage<WaterLevelDevice>> =
        serde_json::from_str(&fixture("getWaterLevelDeviceListByPage.response.json")).unwrap();
    let page = env.result.unwrap();
    assert_eq!(page.total, None);
    assert_eq!(page.list[0].water_level.as_deref(), Some("12.598"));
    assert_eq!(page.list[0].warning_status, Some(WarningStatus::Value1));
    let env: Envelope<LatestWaterLevel> =
        serde_json::from_str(&fixture("getLatestWaterLevelData.response.json")).unwrap();
    assert_eq!(env.result.unwrap().rainfall.as_deref(), Some("0.000"));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn documented_examples_through_the_simulator() {
    let sim = tums_client::simulator::Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    via_simulator!(
        client,
        GetWaterLevelDeviceListByPage,
        "getWaterLevelDeviceListByPage"
    );
    via_simulator!(client, GetLatestWaterLevelData, "getLatestWaterLevelData");
    // The printed getWaterLevelByPage request lacks the required filter: refused locally.
    let bad: GetWaterLevelByPage =
        serde_json::from_str(&fixture("getWaterLevelByPage.request.json")).unwrap();
    assert!(client.send(&bad).await.unwrap_err().is_invalid_request());
    let good = GetWaterLevelByPage::device_qr_code("16E0091709B04C926");
    via_simulator!(@send client, GetWaterLevelByPage, "getWaterLevelByPage", good);
    // No total in the answer: the stream stops on the short page.
    use futures::TryStreamExt;
    let all: Vec<WaterLevelDevice> = client
        .stream(GetWaterLevelDeviceListByPage::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 1);
}
