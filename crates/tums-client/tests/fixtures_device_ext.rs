//! Round trips of the device-management examples the TUMS 2026-08-31 edition adds
//! (1.4.3.2.2–1.4.3.3.19 and the GB variants of 1.4.22.1.1/2, fixtures/tums/device_ext/),
//! and those endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::device::{DeviceStatus, OpenStatus};
use tums_client::api::device_ext::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("device_ext", name)
}

pair!(
    bind_device_list_to_device_application,
    BindDeviceListToDeviceApplication,
    "bindDeviceListToDeviceApplication"
);
pair!(
    bind_device_into_region_by_qr_code,
    BindDeviceIntoRegionByQrCode,
    "bindDeviceIntoRegionByQrCode"
);
pair!(get_bind_info, GetBindInfo, "getBindInfo");
pair!(
    start_device_discover_and_bind,
    StartDeviceDiscoverAndBind,
    "startDeviceDiscoverAndBind"
);
pair!(
    get_device_discover_and_bind_progress,
    GetDeviceDiscoverAndBindProgress,
    "getDeviceDiscoverAndBindProgress"
);
pair!(
    get_device_discover_and_bind_result_list,
    GetDeviceDiscoverAndBindResultList,
    "getDeviceDiscoverAndBindResultList"
);
pair!(get_device_details, GetDeviceDetails, "getDeviceDetails");
pair!(set_device_ip_addr, SetDeviceIpAddr, "setDeviceIpAddr");
pair!(get_device_location, GetDeviceLocation, "getDeviceLocation");
pair!(
    query_device_track_positions,
    QueryDeviceTrackPositions,
    "queryDeviceTrackPositions"
);
pair!(
    get_sn_list_by_mac_list,
    GetSnListByMacList,
    "getSnListByMacList"
);
pair!(
    get_device_online_status,
    GetDeviceOnlineStatus,
    "getDeviceOnlineStatus"
);

#[test]
fn gb28181_variants_round_trip() {
    let req: GetDeviceDetails = common::request("device_ext", "getDeviceDetails.request.2.json");
    assert_eq!(req.device_gb_id.as_deref(), Some("55193800321320063196"));
    let env: Envelope<DeviceDetails> =
        common::response("device_ext", "getDeviceDetails.response.2.json");
    let d = env.result.unwrap();
    assert!(d.is_gb28181());
    assert_eq!(d.device_gb_id.as_deref(), Some("33010001011321110001"));
    let bind: BindDeviceListToDeviceApplication = common::request(
        "device_ext",
        "bindDeviceListToDeviceApplication.request.2.json",
    );
    assert_eq!(
        bind.dev_list[0].device_gb_id.as_deref(),
        Some("33010001011321110001")
    );
}

#[test]
fn documented_answers_are_typed() {
    let env: Envelope<DeviceDetails> =
        serde_json::from_str(&fixture("getDeviceDetails.response.json")).unwrap();
    let d = env.result.unwrap();
    assert_eq!(d.device_status, Some(DeviceStatus::Online));
    assert_eq!(d.open_status, Some(OpenStatus::Paid));
    assert_eq!(d.project_name.as_deref(), Some("默认项目"));
    let env: Envelope<DeviceLocation> =
        serde_json::from_str(&fixture("getDeviceLocation.response.json")).unwrap();
    let loc = env.result.unwrap();
    assert_eq!(loc.location_type, Some(LocationType::Live));
    assert_eq!(loc.gps_status, Some(true));
    assert_eq!(
        loc.followed_parent_device.unwrap().device_model.as_deref(),
        Some("TL-3G4GROUTER")
    );
    let env: Envelope<DeviceTrack> =
        serde_json::from_str(&fixture("queryDeviceTrackPositions.response.json")).unwrap();
    let track = env.result.unwrap();
    assert_eq!(track.device_positions[1].speed, Some(120.48));
    let env: Envelope<DeviceOnlineStatus> =
        serde_json::from_str(&fixture("getDeviceOnlineStatus.response.json")).unwrap();
    let s = env.result.unwrap();
    assert!(s.online);
    assert_eq!(s.bind_status, Some(BindStatus::BoundToEnterprise));
    let env: Envelope<DiscoverProgressList> =
        serde_json::from_str(&fixture("getDeviceDiscoverAndBindProgress.response.json")).unwrap();
    assert!(env.result.unwrap().all_finished());
    let env: Envelope<tums_client::PagedList<DiscoverResult>> =
        serde_json::from_str(&fixture("getDeviceDiscoverAndBindResultList.response.json")).unwrap();
    let page = env.result.unwrap();
    assert_eq!(page.total, 100);
    assert_eq!(page.list[0].factory, Some(false));
}

/// The new device endpoints against the embedded simulator (documented answers; the
/// `failList` examples become typed partial failures).
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use futures::TryStreamExt;
    use tums_client::api::device_ext::*;
    use tums_client::simulator::Simulator;

    fn fixture(name: &str) -> String {
        super::fixture(name)
    }

    #[tokio::test]
    async fn documented_requests_get_documented_answers() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            via_simulator!(
                client,
                BindDeviceListToDeviceApplication,
                "bindDeviceListToDeviceApplication"
            );
            via_simulator!(
                client,
                BindDeviceIntoRegionByQrCode,
                "bindDeviceIntoRegionByQrCode"
            );
            via_simulator!(client, GetBindInfo, "getBindInfo");
            via_simulator!(
                client,
                GetDeviceDiscoverAndBindProgress,
                "getDeviceDiscoverAndBindProgress"
            );
            via_simulator!(client, GetDeviceDetails, "getDeviceDetails");
            via_simulator!(client, SetDeviceIpAddr, "setDeviceIpAddr");
            via_simulator!(client, GetDeviceLocation, "getDeviceLocation");
            via_simulator!(
                client,
                QueryDeviceTrackPositions,
                "queryDeviceTrackPositions"
            );
            via_simulator!(client, GetDeviceOnlineStatus, "getDeviceOnlineStatus");
            // The result list pages. The documented page says total 100 but holds one
            // item (the paginator reports that as a capped page size), so answer a
            // consistent page here.
            let page = fixture("getDeviceDiscoverAndBindResultList.response.json")
                .replace("\"total\": 100", "\"total\": 1");
            sim.set_answer(
                <GetDeviceDiscoverAndBindResultList as client_core::Endpoint>::PATH,
                page,
            );
            let found: Vec<DiscoverResult> = client
                .stream(GetDeviceDiscoverAndBindResultList::new([
                    "00-FF-00-17-00-18",
                ]))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].result_type, Some(DiscoverResultType::Bound));
            // Documented answers with a failList are partial failures.
            let req: StartDeviceDiscoverAndBind =
                serde_json::from_str(&fixture("startDeviceDiscoverAndBind.request.json")).unwrap();
            match client.send(&req).await.unwrap_err() {
                tums_client::Error::PartialFailure { fail_list, .. } => {
                    assert_eq!(fail_list[0].error_code, -89621);
                }
                other => panic!("{other}"),
            }
            let req: GetSnListByMacList =
                serde_json::from_str(&fixture("getSnListByMacList.request.json")).unwrap();
            assert!(matches!(
                client.send(&req).await.unwrap_err(),
                tums_client::Error::PartialFailure { .. }
            ));
            // Bad input is refused before anything is sent.
            let before = sim.requests().len();
            assert!(client
                .send(&GetSnListByMacList {
                    mac_list: vec!["00-FF-00-17-00-18".into(); 21]
                })
                .await
                .is_err());
            assert!(client
                .send(&QueryDeviceTrackPositions::qr_code(
                    "16E0091709B04C926",
                    0,
                    86_400_001
                ))
                .await
                .is_err());
            assert_eq!(sim.requests().len(), before);
        })
        .await
        .expect("test timed out");
    }
}
