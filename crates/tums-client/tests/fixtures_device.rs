//! Round-trips every 1.4.3 设备管理 example of the seed (fixtures/tums/device) through
//! its typed request / response struct. Fixes made to the seed's examples are listed
//! in fixtures/tums/FIXES-device-preview-message.md.

mod common;

use client_core::fixture::assert_round_trip;
use client_core::Endpoint;
use tums_client::api::device::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("device", name)
}

/// [`common::round_trip_pair`] for `fixtures/tums/device`.
fn pair<Req>(name: &str, valid: bool) -> (Req, Envelope<Req::Response>)
where
    Req: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    Req::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    common::round_trip_pair("device", name, valid)
}

#[test]
fn bind_device_by_qr_code() {
    let (req, resp) = pair::<BindDeviceByQrCode>("bindDeviceByQrCode", true);
    assert_eq!(req.device_password.expose(), "123456");
    assert_eq!(resp.error_code, 0);
}

#[test]
fn bind_nms_device_by_mac() {
    let (req, _) = pair::<BindNmsDeviceByMac>("bindNmsDeviceByMac", true);
    assert_eq!(req.mac, "04-F9-F8-8A-40-A8");
}

#[test]
fn discover_ipc_by_nvr() {
    pair::<DiscoverIpcByNvr>("discoverIpcByNvr", true);
}

#[test]
fn get_not_added_ipc_info_by_nvr() {
    let (_, resp) = pair::<GetNotAddedIpcInfoByNvr>("getNotAddedIpcInfoByNvr", true);
    let result = resp.result.unwrap();
    assert!(result.finished);
    assert_eq!(
        result.list[0].activate_status,
        Some(ActivateStatus::NotActivated)
    );
    assert_eq!(result.list[0].to_add().port, "80");
}

#[test]
fn add_ipc_list_to_nvr() {
    let (req, resp) = pair::<AddIpcListToNvr>("addIpcListToNvr", true);
    assert_eq!(
        req.list[0].password.as_ref().map(|p| p.expose()),
        Some("tp123456")
    );
    let result = resp.result.unwrap();
    assert_eq!(result.success_list[0].error_code, 0);
    assert_eq!(result.fail_list[0].error_code, -71551);
    let r2: AddIpcListToNvr = assert_round_trip(&fixture("addIpcListToNvr.request.2.json"));
    assert!(r2.list[0].username.is_none());
    let r3: AddIpcListToNvr = assert_round_trip(&fixture("addIpcListToNvr.request.3.json"));
    assert_eq!(
        r3.activate_password.as_ref().map(|p| p.expose()),
        Some("tp123456")
    );
}

#[test]
fn unbind_nvr_channel() {
    let (req, _) = pair::<UnbindNvrChannel>("unbindNvrChannel", true);
    assert_eq!(req.channel_id, 1);
}

#[test]
fn delete_device_list() {
    let (req, _) = pair::<DeleteDeviceList>("deleteDeviceList", true);
    assert_eq!(req.dev_list[0].channel_id, Some(1));
}

#[test]
fn get_device_list_in_device_application() {
    let (req, resp) =
        pair::<GetDeviceListInDeviceApplication>("getDeviceListInDeviceApplication", true);
    assert_eq!(req.filter_and.unwrap().has_child, Some(HasChild::Include));
    let page = resp.result.unwrap();
    assert_eq!(page.total, 1);
    let d = &page.list[0];
    assert_eq!(d.device_type, Some(DeviceTypeCategory::SurveillanceCamera));
    assert_eq!(d.device_status, Some(DeviceStatus::Online));
    assert_eq!(d.open_status, Some(OpenStatus::Paid));
    assert!(d.is_channel_device());
}

#[test]
fn get_device_list_in_project_application() {
    let (req, resp) =
        pair::<GetDeviceListInProjectApplication>("getDeviceListInProjectApplication", true);
    assert_eq!(
        req.sort.unwrap()[0],
        DeviceSort::device_type(SortOrder::Asc)
    );
    assert_eq!(req.filter_or.unwrap().ip_like.as_deref(), Some("192"));
    let d = &resp.result.unwrap().list[0];
    assert_eq!(d.region_id.as_deref(), Some("20000000060"));
}

#[test]
fn get_application_overview() {
    let (_, resp) = pair::<GetApplicationOverview>("getApplicationOverview", true);
    let o = resp.result.unwrap();
    assert_eq!(o.all_router_num, Some(1));
    assert_eq!(o.all_ipc_num, None);
}

#[test]
fn get_channel_device_list() {
    let (_, resp) = pair::<GetChannelDeviceList>("getChannelDeviceList", true);
    let r = resp.result.unwrap();
    assert_eq!(r.channel_num, 128);
    assert_eq!(r.channel_list[0].channel, 1);
}

#[test]
fn get_nvr_channel_qr_code() {
    let (_, resp) = pair::<GetNvrChannelQrCode>("getNvrChannelQrCode", true);
    assert_eq!(resp.result.unwrap().qr_code, "212076C1F584A8690");
}

#[test]
fn get_solar_power_device_extend_info() {
    let (_, resp) = pair::<GetSolarPowerDeviceExtendInfo>("getSolarPowerDeviceExtendInfo", true);
    let r = resp.result.unwrap();
    assert_eq!(r.status, Some(SolarSystemStatus::NotCharging));
    assert_eq!(r.battery_status.as_deref(), Some("66"));
    assert_eq!(r.battery_percent(), Some(66.0));
}

/// Issue 10, 1.4.3.15: `batteryStatus` is a string "电量百分比，单位为%": a platform
/// that sends `"66%"` must not fail the whole answer; the text is kept as sent.
#[test]
fn battery_status_with_a_percent_sign_is_kept() {
    let env: Envelope<SolarPowerExtendInfo> = client_core::lenient::from_str(
        r#"{"error_code":0,"result":{"status":"0","batteryStatus":"66%"}}"#,
    )
    .unwrap();
    let r = env.result.unwrap();
    assert_eq!(r.battery_status.as_deref(), Some("66%"));
    assert_eq!(r.battery_percent(), Some(66.0));
    // A number is kept as its text; something else is kept and reads as no number.
    let r: SolarPowerExtendInfo = serde_json::from_str(r#"{"batteryStatus":53.5}"#).unwrap();
    assert_eq!(r.battery_percent(), Some(53.5));
    let r: SolarPowerExtendInfo = serde_json::from_str(r#"{"batteryStatus":"满"}"#).unwrap();
    assert_eq!(r.battery_status.as_deref(), Some("满"));
    assert_eq!(r.battery_percent(), None);
    assert_eq!(parse_percent(" 53.32 % "), Some(53.32));
    assert_eq!(parse_percent("NaN"), None);
}

#[test]
fn get_device_capability() {
    let (_, resp) = pair::<GetDeviceCapability>("getDeviceCapability", true);
    let cap = resp.result.unwrap().capability;
    assert!(cap.has_msg_push());
    assert!(!cap.has_ptz());
    assert!(cap.supports_codec(&VideoCodec::H265));
    assert!(cap.supports_audio(&AudioCapability::Microphone));
    assert_eq!(cap.relay_versions(), vec!["1.3".to_owned()]);
}

#[test]
fn sync_dev_info() {
    pair::<SyncDevInfo>("syncDevInfo", true);
}

#[test]
fn sync_dev_info_status() {
    let (_, resp) = pair::<SyncDevInfoStatus>("syncDevInfoStatus", true);
    assert!(resp.result.unwrap().is_done());
}

#[test]
fn move_device_list_to_region() {
    let (req, _) = pair::<MoveDeviceListToRegion>("moveDeviceListToRegion", true);
    assert_eq!(req.region_id, "123");
}

#[test]
fn modify_device_name() {
    let (req, _) = pair::<ModifyDeviceName>("modifyDeviceName", true);
    assert_eq!(req.device_name, "24栋的第五台NVR");
}

#[test]
fn reboot_device_list() {
    pair::<RebootDeviceList>("rebootDeviceList", true);
}

#[test]
fn check_device_newest_fw_ver() {
    pair::<CheckDeviceNewestFwVer>("checkDeviceNewestFwVer", true);
}

#[test]
fn upgrade_device_online() {
    pair::<UpgradeDeviceOnline>("upgradeDeviceOnline", true);
}

#[test]
fn get_device_upgrade_info() {
    let (req, resp) = pair::<GetDeviceUpgradeInfo>("getDeviceUpgradeInfo", true);
    assert_eq!(req.reset_upgrade_result, Some(false));
    let info = &resp.result.unwrap().list[0];
    assert_eq!(info.upgrade_status, Some(UpgradeStatus::Upgrading));
    assert!(!info.upgrade_status.as_ref().unwrap().is_final());
    assert_eq!(info.download_progress, Some(100));
}

/// The device endpoints against the embedded simulator over loopback.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::future::Future;
    use std::time::Duration;

    use client_core::Endpoint;
    use futures::TryStreamExt;
    use tums_client::api::device::*;
    use tums_client::simulator::{AppType, Simulator};
    use tums_client::Error;

    async fn within<F: Future>(f: F) -> F::Output {
        tokio::time::timeout(Duration::from_secs(60), f)
            .await
            .expect("test timed out")
    }

    #[tokio::test]
    async fn project_device_list_streams_every_device() {
        within(async {
            let sim = Simulator::builder().start().await.unwrap();
            let seeded = sim.seed_devices(137, None);
            let client = sim.client().unwrap();
            let all: Vec<Device> = client
                .stream(GetDeviceListInProjectApplication::new(50))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(all.len(), 137);
            assert_eq!(all[0].qr_code.as_deref(), Some(seeded[0].qr_code.as_str()));
            assert!(all
                .iter()
                .all(|d| d.device_type == Some(DeviceTypeCategory::SurveillanceCamera)));
            // 137 items at 50 per page = 3 requests with start 0, 50, 100.
            let starts: Vec<u64> = sim
                .requests_to(GetDeviceListInProjectApplication::PATH)
                .iter()
                .map(|r| {
                    serde_json::from_slice::<serde_json::Value>(&r.body).unwrap()["start"]
                        .as_u64()
                        .unwrap()
                })
                .collect();
            assert_eq!(starts, vec![0, 50, 100]);
        })
        .await;
    }

    #[tokio::test]
    async fn project_device_list_filters() {
        within(async {
            let sim = Simulator::start().await.unwrap();
            let region = sim.seed_regions(1).remove(0);
            sim.seed_devices(4, None);
            let in_region = sim.seed_devices(3, Some(&region));
            let client = sim.client().unwrap();
            let page = client
                .send(&GetDeviceListInProjectApplication::new(100).region(region.clone()))
                .await
                .unwrap();
            assert_eq!(page.total, 3);
            assert!(page
                .list
                .iter()
                .all(|d| d.region_id.as_deref() == Some(region.as_str())));
            let one = client
                .send(
                    &GetDeviceListInProjectApplication::new(100).mac_like(in_region[1].mac.clone()),
                )
                .await
                .unwrap();
            assert_eq!(one.total, 1);
            assert_eq!(
                one.list[0].qr_code.as_deref(),
                Some(in_region[1].qr_code.as_str())
            );
        })
        .await;
    }

    #[tokio::test]
    async fn device_app_list_and_limit_checked_before_sending() {
        within(async {
            let sim = Simulator::builder()
                .app_type(AppType::Device)
                .start()
                .await
                .unwrap();
            sim.seed_devices(3, None);
            let client = sim.client().unwrap();
            let page = client
                .send(&GetDeviceListInDeviceApplication::new(100))
                .await
                .unwrap();
            assert_eq!((page.total, page.list.len()), (3, 3));
            let err = client
                .send(&GetDeviceListInDeviceApplication::new(101))
                .await
                .unwrap_err();
            assert!(
                matches!(err, Error::Core(client_core::Error::InvalidRequest { .. })),
                "{err:?}"
            );
            let sent = sim.requests_to(GetDeviceListInDeviceApplication::PATH);
            assert_eq!(
                sent.len(),
                1,
                "the invalid request must not reach the server"
            );
        })
        .await;
    }

    #[tokio::test]
    async fn rename_and_move_change_simulator_state() {
        within(async {
            let sim = Simulator::start().await.unwrap();
            let region = sim.seed_regions(1).remove(0);
            let dev = sim.seed_devices(1, None).remove(0);
            let client = sim.client().unwrap();
            client
                .send(&ModifyDeviceName::new(dev.qr_code.clone(), "大门口"))
                .await
                .unwrap();
            client
                .send(&MoveDeviceListToRegion {
                    dev_list: vec![DeviceTarget::qr_code(dev.qr_code.clone())],
                    region_id: region.clone(),
                })
                .await
                .unwrap();
            let now = &sim.devices()[0];
            assert_eq!(now.device_name, "大门口");
            assert_eq!(now.region_id.as_deref(), Some(region.as_str()));
        })
        .await;
    }

    #[tokio::test]
    async fn delete_of_unknown_device_is_a_partial_failure() {
        within(async {
            let sim = Simulator::start().await.unwrap();
            let dev = sim.seed_devices(1, None).remove(0);
            let err = sim
                .client()
                .unwrap()
                .send(&DeleteDeviceList {
                    dev_list: vec![
                        DeviceTarget::qr_code(dev.qr_code.clone()),
                        DeviceTarget::qr_code("00000000000000000"),
                    ],
                    only_remove: None,
                })
                .await
                .unwrap_err();
            match err {
                Error::PartialFailure { fail_list, .. } => {
                    assert_eq!(fail_list.len(), 1);
                    assert_eq!(fail_list[0].qr_code.as_deref(), Some("00000000000000000"));
                    assert_ne!(fail_list[0].error_code, 0);
                }
                other => panic!("expected a partial failure, got {other:?}"),
            }
            assert!(sim.devices().is_empty(), "the known device was deleted");
        })
        .await;
    }

    #[tokio::test]
    async fn documented_answers_decode() {
        within(async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let qr = || Some("16E0091709B04C926".to_owned());
            let cap = client
                .send(&GetDeviceCapability {
                    qr_code: qr(),
                    ..Default::default()
                })
                .await
                .unwrap();
            assert!(cap.capability.has_msg_push());
            let upgrade = client
                .send(&GetDeviceUpgradeInfo {
                    dev_list: vec![DeviceTarget::qr_code("16E0091709B04C926")],
                    reset_upgrade_result: None,
                })
                .await
                .unwrap();
            assert_eq!(
                upgrade.list[0].upgrade_status,
                Some(UpgradeStatus::Upgrading)
            );
            let overview = client.send(&GetApplicationOverview {}).await.unwrap();
            // Documented example or live counts: either way the counts are consistent.
            assert!(!overview.families().is_empty());
            for (family, c) in overview.families() {
                assert!(c.online <= c.all && c.error <= c.all, "{family}: {c:?}");
            }
            // addIpcListToNvr's example nests a failList in result: a partial failure
            // whose result still carries the successList.
            let err = client
                .send(&AddIpcListToNvr {
                    qr_code: qr(),
                    list: vec![IpcToAdd {
                        uuid: "54c41578c90c".into(),
                        ip: "192.168.1.3".into(),
                        port: "80".into(),
                        connect_protocol: "ONVIF".into(),
                        ..Default::default()
                    }],
                    ..Default::default()
                })
                .await
                .unwrap_err();
            match err {
                Error::PartialFailure {
                    fail_list, result, ..
                } => {
                    assert_eq!(fail_list[0].error_code, -71551);
                    assert_eq!(fail_list[0].uuid.as_deref(), Some("54c41578c90c"));
                    let ok: AddIpcListResult = serde_json::from_value(result.unwrap()).unwrap();
                    assert_eq!(ok.success_list.len(), 1);
                }
                other => panic!("expected a partial failure, got {other:?}"),
            }
        })
        .await;
    }
}
