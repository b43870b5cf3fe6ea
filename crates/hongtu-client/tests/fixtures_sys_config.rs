//! Round trips of the 功能配置 (system configuration) examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::sys_config::*;

fn f(name: &str, kind: &str) -> String {
    format!("sys_config/sys.{name}.{kind}.json")
}

#[test]
fn one_face_pass() {
    let _: QueryOneFacePassConfig = request(&f("config.queryAFaceConfig", "request"));
    let c = response::<QueryOneFacePassConfig>(&f("config.queryAFaceConfig", "response"));
    assert!(c.temperature_switch && c.mask_alert_switch && c.health_kit_switch);
    assert_eq!(c.identify_record_callback_url, "https://www.megvii.com/");

    let _: ResetOneFacePassConfig = request(&f("config.resetAFaceConfig", "request"));
    let c = response::<ResetOneFacePassConfig>(&f("config.resetAFaceConfig", "response"));
    assert!(!c.temperature_switch);
    assert_eq!(c.attendance_record_callback_url, "");

    let req: SaveOneFacePassConfig = request(&f("config.saveAFaceConfig", "request"));
    assert!(req.health_kit_switch);
    let c = response::<SaveOneFacePassConfig>(&f("config.saveAFaceConfig", "response"));
    assert_eq!(
        Some(c.attendance_record_callback_url.as_str()),
        req.attendance_record_callback_url.as_deref()
    );
}

#[test]
fn qr_code() {
    let _: QueryQrCodeExpireTime = request(&f("queryQrcodeExpireTimeConfigInfo", "request"));
    let c = response::<QueryQrCodeExpireTime>(&f("queryQrcodeExpireTimeConfigInfo", "response"));
    assert_eq!(c.visitor_qr_code_expire_time, Some(10));
    let req: SaveQrCodeExpireTime = request(&f("saveQrcodeExpireTimeConfigInfo", "request"));
    assert_eq!(req.config.staff_qr_code_expire_time, Some(10));
    response::<SaveQrCodeExpireTime>(&f("saveQrcodeExpireTimeConfigInfo", "response"));
}

#[test]
fn storage_criteria() {
    let _: GetStorageCriteria = request(&f("storageCriteria.info", "request"));
    let c = response::<GetStorageCriteria>(&f("storageCriteria.info", "response"));
    assert_eq!(c.level, Some(FaceLevel::Custom));
    assert_eq!(c.custom_config.unwrap().blur, Some(0.9));

    let req: SaveStorageCriteria = request(&f("storageCriteria.save", "request"));
    assert_eq!(
        req.custom_config.as_ref().unwrap().sdt_deviation,
        Some(500.0)
    );
    let c = response::<SaveStorageCriteria>(&f("storageCriteria.save", "response"));
    assert_eq!(c.custom_config, req.custom_config);

    let _: ResetStorageCriteria = request(&f("storageCriteria.setDefault", "request"));
    let c = response::<ResetStorageCriteria>(&f("storageCriteria.setDefault", "response"));
    assert_eq!(c.level, Some(FaceLevel::High));
    assert!(c.custom_config.is_none());
}

#[test]
fn temperature() {
    let _: GetTemperatureConfig = request(&f("config.temperatureConfig", "request"));
    let c = response::<GetTemperatureConfig>(&f("config.temperatureConfig", "response"));
    assert!(c.temperature_switch);
}

#[test]
fn face_cluster() {
    let req: SetFaceClusterConfig = request(&f("config.prismsFaceClusterConfig", "request"));
    assert_eq!(req.config.custom_tag, ClusterConfigTag::Custom);
    response::<SetFaceClusterConfig>(&f("config.prismsFaceClusterConfig", "response"));
    let _: GetFaceClusterConfig = request(&f("config.prismsFaceClusterConfigInfo", "request"));
    let c = response::<GetFaceClusterConfig>(&f("config.prismsFaceClusterConfigInfo", "response"));
    assert_eq!(c, req.config);
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use crate::common::by_path::served;
    use hongtu_client::simulator::Simulator;

    #[tokio::test]
    async fn every_sys_config_example_is_served() {
        use hongtu_client::api::sys_config::*;
        let sim = Simulator::start().await.unwrap();
        served::<QueryOneFacePassConfig>(&sim, "sys_config/sys.config.queryAFaceConfig").await;
        served::<ResetOneFacePassConfig>(&sim, "sys_config/sys.config.resetAFaceConfig").await;
        served::<SaveOneFacePassConfig>(&sim, "sys_config/sys.config.saveAFaceConfig").await;
        served::<QueryQrCodeExpireTime>(&sim, "sys_config/sys.queryQrcodeExpireTimeConfigInfo")
            .await;
        served::<SaveQrCodeExpireTime>(&sim, "sys_config/sys.saveQrcodeExpireTimeConfigInfo").await;
        served::<GetStorageCriteria>(&sim, "sys_config/sys.storageCriteria.info").await;
        served::<SaveStorageCriteria>(&sim, "sys_config/sys.storageCriteria.save").await;
        served::<ResetStorageCriteria>(&sim, "sys_config/sys.storageCriteria.setDefault").await;
        served::<GetTemperatureConfig>(&sim, "sys_config/sys.config.temperatureConfig").await;
        served::<SetFaceClusterConfig>(&sim, "sys_config/sys.config.prismsFaceClusterConfig").await;
        served::<GetFaceClusterConfig>(&sim, "sys_config/sys.config.prismsFaceClusterConfigInfo")
            .await;
    }
}
