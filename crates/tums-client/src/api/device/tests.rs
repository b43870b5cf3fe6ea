//! Unit tests of the 1.4.3 device requests.

use super::*;
#[allow(unused_imports)]
use client_core::Endpoint;
use http::Method;

const QR: &str = "16E0091709B04C926";

fn body<E: Endpoint>(e: &E) -> serde_json::Value {
    let enc = e.encode().unwrap();
    assert!(enc.query.is_none());
    serde_json::from_slice(&enc.body.unwrap()).unwrap()
}

#[test]
fn every_endpoint_is_post_json_with_seed_path() {
    fn check<E: Endpoint>(path: &str, idempotent: bool) {
        assert_eq!(E::METHOD, Method::POST, "{path}");
        assert_eq!(E::BODY, client_core::BodyKind::Json, "{path}");
        assert_eq!(E::PATH, path);
        assert_eq!(E::IDEMPOTENT, idempotent, "{path}");
    }
    check::<BindDeviceByQrCode>("/tums/open/deviceManager/v1/bindDeviceByQrCode", false);
    check::<BindNmsDeviceByMac>("/tums/open/deviceManager/v1/bindNmsDeviceByMac", false);
    check::<DiscoverIpcByNvr>("/vms/open/deviceManager/v1/discoverIpcByNvr", false);
    check::<GetNotAddedIpcInfoByNvr>("/vms/open/deviceManager/v1/getNotAddedIpcInfoByNvr", true);
    check::<AddIpcListToNvr>("/vms/open/deviceManager/v1/addIpcListToNvr", false);
    check::<UnbindNvrChannel>("/vms/open/deviceManager/v1/unbindNvrChannel", false);
    check::<DeleteDeviceList>("/tums/open/deviceManager/v1/deleteDeviceList", false);
    check::<GetDeviceListInDeviceApplication>(
        "/tums/open/deviceManager/v1/getDeviceListInDeviceApplication",
        true,
    );
    check::<GetDeviceListInProjectApplication>(
        "/tums/open/deviceManager/v1/getDeviceListInProjectApplication",
        true,
    );
    check::<GetApplicationOverview>("/tums/open/deviceManager/v1/getApplicationOverview", true);
    check::<GetChannelDeviceList>("/tums/open/deviceManager/v1/getChannelDeviceList", true);
    check::<GetNvrChannelQrCode>("/vms/open/deviceManager/v1/getNvrChannelQrCode", true);
    check::<GetSolarPowerDeviceExtendInfo>(
        "/tums/open/deviceManager/v1/getSolarPowerDeviceExtendInfo",
        true,
    );
    check::<GetDeviceCapability>("/vms/open/deviceManager/v1/getDeviceCapability", true);
    check::<SyncDevInfo>("/vms/open/deviceManager/v1/syncDevInfo", false);
    check::<SyncDevInfoStatus>("/vms/open/deviceManager/v1/syncDevInfoStatus", true);
    check::<MoveDeviceListToRegion>("/tums/open/deviceManager/v1/moveDeviceListToRegion", false);
    check::<ModifyDeviceName>("/tums/open/deviceManager/v1/modifyDeviceName", false);
    check::<RebootDeviceList>("/tums/open/deviceManager/v1/rebootDeviceList", false);
    check::<CheckDeviceNewestFwVer>("/tums/open/deviceManager/v1/checkDeviceNewestFwVer", false);
    check::<UpgradeDeviceOnline>("/tums/open/deviceManager/v1/upgradeDeviceOnline", false);
    check::<GetDeviceUpgradeInfo>("/tums/open/deviceManager/v1/getDeviceUpgradeInfo", true);
}

#[test]
fn empty_request_encodes_as_empty_object() {
    assert_eq!(body(&GetApplicationOverview {}), serde_json::json!({}));
}

#[test]
fn bind_encodes_password_but_never_debugs_it() {
    let req = BindDeviceByQrCode::new(QR, "admin", "pa55");
    assert_eq!(
        body(&req),
        serde_json::json!({"qrCode": QR, "deviceUserName": "admin", "devicePassword": "pa55"})
    );
    assert!(!format!("{req:?}").contains("pa55"));
    let req = AddIpcListToNvr {
        qr_code: Some(QR.into()),
        activate_password: Some("act1v8".into()),
        list: vec![IpcToAdd {
            password: Some("ipcpw".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    let dbg = format!("{req:?}");
    assert!(!dbg.contains("act1v8") && !dbg.contains("ipcpw"));
    assert_eq!(body(&req)["activatePassword"], "act1v8");
}

#[test]
fn qr_code_and_mac_are_checked() {
    let full_label = BindDeviceByQrCode::new("TP1799E561FF7D5879F1080", "admin", "x");
    assert!(full_label.validate().is_err());
    let extracted = qr_code_from_label("TP1799E561FF7D5879F1080").unwrap();
    assert_eq!(extracted, "799E561FF7D5879F1");
    assert!(BindDeviceByQrCode::new(extracted, "admin", "x")
        .validate()
        .is_ok());
    assert!(BindNmsDeviceByMac::new(" 04-F9-F8-8A-40-A8", "admin", "x")
        .validate()
        .is_err());
    assert!(BindNmsDeviceByMac::new("04-f9-f8-8a-40-a8", "admin", "x")
        .validate()
        .is_err());
    assert!(BindNmsDeviceByMac::new("04-F9-F8-8A-40-A8", "admin", "x")
        .validate()
        .is_ok());
    assert!(DiscoverIpcByNvr::default().validate().is_err());
    assert!(DiscoverIpcByNvr {
        mac: Some("00-FF-00-17-00-18".into()),
        ..Default::default()
    }
    .validate()
    .is_ok());
}

#[test]
fn channels_start_at_one() {
    let req = UnbindNvrChannel {
        qr_code: Some(QR.into()),
        mac: None,
        channel_id: 0,
    };
    let err = req.validate().unwrap_err().to_string();
    assert!(err.contains("channelId"), "{err}");
    assert!(UnbindNvrChannel {
        channel_id: 1,
        ..req
    }
    .validate()
    .is_ok());
    let both = DeviceTarget::qr_code(QR)
        .channel(1)
        .child("00-FF-00-17-00-18");
    assert!(DeleteDeviceList {
        dev_list: vec![both],
        only_remove: None
    }
    .validate()
    .is_err());
}

#[test]
fn dev_list_limits() {
    let list = |n: usize| vec![VideoDeviceTarget::qr_code(QR).channel(1); n];
    assert!(SyncDevInfo { dev_list: list(0) }.validate().is_err());
    assert!(SyncDevInfo { dev_list: list(1) }.validate().is_ok());
    assert!(SyncDevInfo {
        dev_list: list(100)
    }
    .validate()
    .is_ok());
    let err = SyncDevInfo {
        dev_list: list(101),
    }
    .validate()
    .unwrap_err()
    .to_string();
    assert!(err.contains("1..=100"), "{err}");
    let reboot = |n: usize| RebootDeviceList {
        dev_list: vec![RebootTarget::qr_code(QR); n],
    };
    assert!(reboot(100).validate().is_ok());
    assert!(reboot(101).validate().is_err());
    let upgrade = |n: usize| GetDeviceUpgradeInfo {
        dev_list: vec![DeviceTarget::qr_code(QR); n],
        reset_upgrade_result: Some(true),
    };
    assert!(upgrade(101).validate().is_err());
    assert_eq!(body(&upgrade(1))["resetUpgradeResult"], 1);
    let ipcs = |n: usize| AddIpcListToNvr {
        qr_code: Some(QR.into()),
        list: vec![
            IpcToAdd {
                uuid: "u".into(),
                ip: "192.168.1.3".into(),
                port: "80".into(),
                connect_protocol: "ONVIF".into(),
                ..Default::default()
            };
            n
        ],
        ..Default::default()
    };
    assert!(ipcs(128).validate().is_ok());
    assert!(ipcs(129).validate().is_err());
    assert!(ipcs(0).validate().is_err());
    // deleteDeviceList has no documented upper bound, only "not empty".
    let del = DeleteDeviceList {
        dev_list: vec![DeviceTarget::qr_code(QR); 150],
        only_remove: Some(true),
    };
    assert!(del.validate().is_ok());
    assert_eq!(body(&del)["onlyRemove"], 1);
}

#[test]
fn move_requires_numeric_region_id() {
    let mut req = MoveDeviceListToRegion {
        dev_list: vec![DeviceTarget::qr_code(QR)],
        region_id: "123".into(),
    };
    assert!(req.validate().is_ok());
    req.region_id = "abc".into();
    assert!(req.validate().is_err());
    let v: MoveDeviceListToRegion =
        serde_json::from_str(r#"{"devList":[{"qrCode":"16E0091709B04C926"}],"regionId ":"7"}"#)
            .unwrap();
    assert_eq!(v.region_id, "7");
}

#[test]
fn device_name_length() {
    let name = |s: &str| ModifyDeviceName::new(QR, s).validate();
    assert!(name("").is_err());
    assert!(name(&"a".repeat(32)).is_ok());
    assert!(name(&"a".repeat(33)).is_err());
    assert!(name("一二三四五六七八九十").is_ok());
    assert!(name("一二三四五六七八九十AA").is_ok());
    assert!(name("一二三四五六七八九十AAA").is_err());
}

#[test]
fn paged_lists_validate_limit_and_set_start() {
    for limit in [0, 101] {
        assert!(GetDeviceListInDeviceApplication::new(limit)
            .validate()
            .is_err());
        assert!(GetDeviceListInProjectApplication::new(limit)
            .validate()
            .is_err());
    }
    let mut req = GetDeviceListInProjectApplication::new(50);
    req.set_page(PageRequest { index: 3, size: 50 });
    assert_eq!(req.page_size(), 50);
    let b = body(&req);
    assert_eq!(
        (b["start"].as_u64(), b["limit"].as_u64()),
        (Some(150), Some(50))
    );
    req.sort = Some(vec![DeviceSort::default()]);
    assert!(req.validate().is_err());
    req.sort = Some(vec![DeviceSort {
        ip: Some(SortOrder::Desc),
        mac: Some(SortOrder::Asc),
        ..Default::default()
    }]);
    assert!(req.validate().is_err());
    req.sort = Some(vec![
        DeviceSort::ip(SortOrder::Desc),
        DeviceSort::mac(SortOrder::Asc),
    ]);
    assert!(req.validate().is_ok());
    let page = GetDeviceListInProjectApplication::into_page(PagedList {
        total: 7,
        list: vec![],
    });
    assert_eq!(page.total, Some(7));
}

#[test]
fn project_filter_keeps_seed_spelling() {
    let f = ProjectDeviceFilterAnd {
        ip_ceiling: Some("10.0.0.9".into()),
        has_child: Some(ProjectHasChild::Include),
        device_type_list: Some(vec![DeviceTypeCategory::L1ChassisSwitch]),
        ..Default::default()
    };
    let v = serde_json::to_value(&f).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"ipCeilling": "10.0.0.9", "hasChild": 0, "deviceTypeList": ["L1-CHASSISSWITCH"]})
    );
}

#[test]
fn enums_keep_unknown_values() {
    let s: UpgradeStatus = serde_json::from_str("-11").unwrap();
    assert_eq!(s, UpgradeStatus::Unsupported);
    assert!(s.is_failure() && s.is_final() && !s.in_progress());
    assert!(!UpgradeStatus::None.is_final() && !UpgradeStatus::None.in_progress());
    assert!(UpgradeStatus::Success.is_final());
    assert!(UpgradeStatus::WaitCheck.in_progress() && !UpgradeStatus::WaitCheck.is_final());
    assert_eq!(
        serde_json::from_str::<UpgradeStatus>("-12").unwrap(),
        UpgradeStatus::Unknown(-12)
    );
    assert_eq!(
        serde_json::from_str::<DeviceStatus>("6").unwrap(),
        DeviceStatus::WaitingUpgrade
    );
    let t: DeviceTypeCategory = serde_json::from_str("\"SMB.PONONU\"").unwrap();
    assert_eq!(t.family(), Some(DeviceFamily::Onu));
    let t: DeviceTypeCategory = serde_json::from_str("\"NEWTHING\"").unwrap();
    assert_eq!(t, DeviceTypeCategory::Unknown("NEWTHING".into()));
    assert_eq!(
        serde_json::from_str::<SolarSystemStatus>("7").unwrap(),
        SolarSystemStatus::HighTempNoChargeDischarge
    );
    assert_eq!(
        serde_json::from_str::<OperationMode>("6").unwrap(),
        OperationMode::Wisp
    );
    assert_eq!(
        serde_json::from_str::<DeviceListColumn>("\"locationName\"").unwrap(),
        DeviceListColumn::LocationName
    );
}

#[test]
fn discovery_accepts_finish_spelling_and_null_activation() {
    let r: NotAddedIpcInfo = serde_json::from_str(
        r#"{"finish": true, "list": [{"uuid":"a","ip":"1.2.3.4","port":80,"connectProtocol":"ONVIF","activateStatus":null}]}"#,
    )
    .unwrap();
    assert!(r.finished);
    assert_eq!(r.list[0].port, "80");
    assert_eq!(r.list[0].activate_status, None);
    let pending: NotAddedIpcInfo = serde_json::from_str(r#"{"finished": false}"#).unwrap();
    assert!(pending.list.is_empty());
}

#[test]
fn capability_flags_read_and_write_strings() {
    let cap: DeviceCapability = serde_json::from_str(
        r#"{"ptz":"1","led":"0","max_channels":"16","msg_alarm_list":["sound","light"],"future_key":"1"}"#,
    )
    .unwrap();
    assert!(cap.has_ptz());
    assert_eq!(cap.led, Some(false));
    assert_eq!(cap.max_channels, Some(16));
    assert_eq!(cap.relay_versions(), vec!["1.2".to_owned()]);
    let v = serde_json::to_value(&cap).unwrap();
    assert_eq!(v["ptz"], "1");
    assert_eq!(v["led"], "0");
    assert_eq!(v["max_channels"], 16);
}

#[test]
fn device_target_for_channel_goes_through_parent() {
    let d: Device = serde_json::from_str(
        r#"{"deviceName":"x","deviceType":"SURVEILLANCECAMERA","deviceStatus":0,"parentQrcode":"16E0091709B04C926","channelId":"3"}"#,
    )
    .unwrap();
    let t = d.target().unwrap();
    assert_eq!(t, DeviceTarget::qr_code(QR).channel(3));
}

#[test]
fn mac_helpers() {
    assert_eq!(
        normalize_mac("00.ff.00.17.00.18").as_deref(),
        Some("00-FF-00-17-00-18")
    );
    assert_eq!(normalize_mac("00-FF-00-17-00-1G"), None);
    assert!(is_platform_mac("00-FF-00-17-00-18"));
    assert!(!is_platform_mac("00:FF:00:17:00:18"));
    assert_eq!(
        qr_code_from_label("  TP116E0091709B04C926B00 ").as_deref(),
        Some(QR)
    );
    assert_eq!(qr_code_from_label("TP116E0091"), None);
}

proptest::proptest! {
    #[test]
    fn any_mac_spelling_normalises_to_the_platform_form(
        bytes in proptest::array::uniform6(0u8..=255),
        sep in proptest::sample::select(vec!["-", ":", ".", ""]),
        lower in proptest::bool::ANY,
    ) {
        let text: Vec<String> = bytes
            .iter()
            .map(|b| if lower { format!("{b:02x}") } else { format!("{b:02X}") })
            .collect();
        let input = format!(" {} ", text.join(sep));
        let mac = normalize_mac(&input).unwrap();
        proptest::prop_assert!(is_platform_mac(&mac));
        let expected: Vec<String> = bytes.iter().map(|b| format!("{b:02X}")).collect();
        proptest::prop_assert_eq!(mac, expected.join("-"));
    }

    #[test]
    fn labels_give_valid_qr_codes(code in "[0-9A-F]{17}", head in "[0-9]", tail in "[0-9A-Z]{0,6}") {
        let label = format!("TP{head}{code}{tail}");
        let qr = qr_code_from_label(&label).unwrap();
        proptest::prop_assert_eq!(&qr, &code);
        proptest::prop_assert!(check::qr_code("/p", "qrCode", &qr).is_ok());
    }
}
