//! Round trips of every request and response example of chapter 1.4.19 云门禁 of the
//! 2026-08-31 edition (fixtures/tums/access_control/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::access_control::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("access_control", name)
}

pair!(operate_door, OperateDoor, "operateDoor");
pair!(
    get_ams_device_extend_info,
    GetAmsDeviceExtendInfo,
    "getAmsDeviceExtendInfo"
);

/// The chapter's endpoints answer their examples through the simulator.
#[cfg(feature = "simulator")]
#[tokio::test]
async fn against_simulator() {
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let sim = tums_client::simulator::Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        via_simulator!(client, OperateDoor, "operateDoor");
        via_simulator!(client, GetAmsDeviceExtendInfo, "getAmsDeviceExtendInfo");
        let doors = client
            .send(&GetAmsDeviceExtendInfo {
                qr_code: Some("16E0091709B04C926".into()),
                mac: None,
            })
            .await
            .unwrap();
        assert_eq!(doors.entrance_info_list[1].door_num, 1);
        // Neither qrCode nor mac: refused before sending.
        assert!(client
            .send(&GetAmsDeviceExtendInfo::default())
            .await
            .is_err());
        assert_eq!(sim.requests().len(), 3);
    })
    .await
    .expect("test timed out");
}
