//! GB/T 28181 (国标) members of existing TUMS types (2026-08-31 edition, chapter
//! 1.4.22): the printed GB request examples round-trip through the existing request
//! types, mixing the TP-LINK and GB forms is refused before sending, and GB push
//! messages decode.

use client_core::Endpoint;
use serde_json::{json, Value};
use tums_client::api::device::{
    DeleteDeviceList, DeviceTarget, ModifyDeviceName, MoveDeviceListToRegion,
};
use tums_client::api::preview::{ClientType, RequestStreamUrl, SearchVideo, StreamType};

const GB: &str = "33010001011321110001";
const SIP: &str = "33000001012000000001";

/// Decodes `wire`, checks it validates, and that it serializes back to `wire`.
fn round_trip<Req>(wire: Value) -> Req
where
    Req: Endpoint + serde::de::DeserializeOwned + serde::Serialize,
{
    let req: Req = serde_json::from_value(wire.clone()).expect("decodes");
    req.validate().expect("validates");
    assert_eq!(serde_json::to_value(&req).unwrap(), wire);
    req
}

fn refused<Req: Endpoint>(req: &Req, needle: &str) {
    let err = req
        .validate()
        .expect_err("mixed forms must be refused")
        .to_string();
    assert!(err.contains(needle), "{err}");
}

#[test]
fn modify_device_name_gb() {
    // 1.4.22.1.3 example (the printed name has spaces; 24 bytes).
    let req: ModifyDeviceName =
        round_trip(json!({"deviceGbId": GB, "deviceName": "24 栋的第五台 IPC"}));
    assert_eq!(req.device_gb_id.as_deref(), Some(GB));
    assert_eq!(req.qr_code, None);
    assert!(ModifyDeviceName::gb(GB, "x").validate().is_ok());
    let entrusted = ModifyDeviceName {
        sip_server_id: Some(SIP.into()),
        ..ModifyDeviceName::gb(GB, "x")
    };
    assert!(entrusted.validate().is_ok());

    let mixed = ModifyDeviceName {
        device_gb_id: Some(GB.into()),
        ..ModifyDeviceName::new("16E0091709B04C926", "x")
    };
    refused(&mixed, "cannot be combined with qrCode");
    let channel = ModifyDeviceName {
        channel_id: Some(1),
        ..ModifyDeviceName::gb(GB, "x")
    };
    refused(&channel, "channelId");
    let sip_alone = ModifyDeviceName {
        sip_server_id: Some(SIP.into()),
        ..ModifyDeviceName::new("16E0091709B04C926", "x")
    };
    refused(&sip_alone, "sipServerId is only sent with deviceGbId");
    refused(
        &ModifyDeviceName::gb("3301000101132111000", "x"),
        "20-digit",
    );
    refused(
        &ModifyDeviceName::gb("3301000101132111000X", "x"),
        "20-digit",
    );
}

#[test]
fn move_and_delete_gb() {
    // 1.4.22.1.4 and 1.4.22.1.5 examples.
    let mv: MoveDeviceListToRegion = round_trip(json!({
        "devList": [{"deviceGbId": "44417774431323565255"}],
        "regionId": "574673185061091310"
    }));
    assert_eq!(mv.dev_list[0], DeviceTarget::gb("44417774431323565255"));
    let del: DeleteDeviceList =
        round_trip(json!({"devList": [{"deviceGbId": "44417774431323565255"}]}));
    assert_eq!(del.dev_list.len(), 1);
    round_trip::<DeleteDeviceList>(json!({
        "devList": [{"deviceGbId": GB, "sipServerId": SIP}, {"qrCode": "16E0091709B04C926"}]
    }));

    let mixed = DeviceTarget {
        device_gb_id: Some(GB.into()),
        ..DeviceTarget::mac("00-FF-00-17-00-18")
    };
    refused(
        &DeleteDeviceList {
            dev_list: vec![mixed.clone()],
            only_remove: None,
        },
        "devList[0]: deviceGbId (GB/T 28181 device) cannot be combined with mac",
    );
    refused(
        &MoveDeviceListToRegion {
            dev_list: vec![DeviceTarget::gb(GB), mixed],
            region_id: "1".into(),
        },
        "devList[1]",
    );
    refused(
        &DeleteDeviceList {
            dev_list: vec![DeviceTarget::qr_code("16E0091709B04C926").sip_server(SIP)],
            only_remove: None,
        },
        "sipServerId is only sent with deviceGbId",
    );
}

#[test]
fn request_stream_url_gb() {
    // 1.4.22.4.1 live-view, playback and talk examples.
    let live: RequestStreamUrl = round_trip(json!({
        "deviceGbId": GB, "sipServerId": SIP, "resolution": 2,
        "clientType": "chrome 99.0", "streamType": "video"
    }));
    assert_eq!(live.channel_id, 0);
    assert_eq!(live.sip_server_id.as_deref(), Some(SIP));
    let playback: RequestStreamUrl = round_trip(json!({
        "deviceGbId": GB, "resolution": 2, "clientType": "chrome 99.0",
        "channelId": 1, "streamType": "sdvod"
    }));
    assert_eq!(playback.channel_id, 1);
    let talk: RequestStreamUrl = round_trip(json!({
        "deviceGbId": GB, "clientType": "chrome 99.0", "streamType": "dtspk"
    }));
    assert_eq!(
        talk,
        RequestStreamUrl::gb(GB, ClientType::web("chrome 99.0"), StreamType::DtSpk)
    );

    let mut mixed = RequestStreamUrl::new(
        "HGD6784KOFV895J08",
        1,
        ClientType::web("chrome 99.0"),
        StreamType::Video,
    );
    assert!(mixed.validate().is_ok());
    mixed.device_gb_id = Some(GB.into());
    refused(&mixed, "cannot be combined with qrCode");
    // The TP-LINK form still needs a channel.
    let mut no_channel = RequestStreamUrl::gb(GB, ClientType::web("c"), StreamType::Video);
    no_channel.device_gb_id = None;
    no_channel.qr_code = Some("HGD6784KOFV895J08".into());
    refused(&no_channel, "channelId");
}

#[test]
fn search_video_gb() {
    // 1.4.22.4.2 example.
    let req: SearchVideo = round_trip(json!({
        "deviceGbId": GB, "searchDay": "20180808", "startIdx": 0, "endIdx": 99
    }));
    assert_eq!(req, SearchVideo::gb(GB, "20180808", 0, 99));
    assert!(SearchVideo::gb(GB, "20180808", 0, 99)
        .sip_server(SIP)
        .validate()
        .is_ok());
    refused(&SearchVideo::gb(GB, "20180808", 0, 101), "at most 100");

    let mut mixed = SearchVideo::gb(GB, "20180808", 0, 99);
    mixed.channel_id = 1;
    refused(&mixed, "cannot be combined with channelId");
    let mut mixed = SearchVideo::new("HGD6784KOFV895J08", 1, "20180808", 0, 99);
    mixed.device_gb_id = Some(GB.into());
    refused(&mixed, "cannot be combined with qrCode, channelId");
    // The older form is unchanged on the wire.
    assert_eq!(
        serde_json::to_value(SearchVideo::new("HGD6784KOFV895J08", 1, "20180808", 0, 99)).unwrap(),
        json!({"qrCode": "HGD6784KOFV895J08", "channelId": 1, "searchDay": "20180808", "startIdx": 0, "endIdx": 99})
    );
}

#[test]
fn endpoints_outside_chapter_22_refuse_gb_targets() {
    let req = tums_client::api::device::CheckDeviceNewestFwVer {
        dev_list: vec![DeviceTarget::gb(GB)],
    };
    refused(&req, "does not accept deviceGbId");
}

#[test]
fn gb_push_message() {
    use tums_client::webhook::{MsgContentType, MsgType, PushMessage, WebhookError};
    // 1.4.22.5.2 example, verbatim.
    let body = br#"{
      "deviceGbId":"44417774431323565255",
      "sipServerId":"56847956831325632684",
       "deviceName":"TL-IPC43AN",
       "msgId":"123",
       "time":"1609135966",
       "msgType":"vmsDeviceAlarm",
       "msgContentType":["NVRHardDiskAbnormal"]
    }"#;
    let msg = PushMessage::parse(body).unwrap();
    assert!(msg.is_gb());
    assert_eq!(msg.device_gb_id.as_deref(), Some("44417774431323565255"));
    assert_eq!(msg.sip_server_id.as_deref(), Some("56847956831325632684"));
    assert_eq!(msg.mac, "");
    assert_eq!(msg.msg_type, MsgType::VmsDeviceAlarm);
    assert_eq!(
        msg.msg_content_type,
        vec![MsgContentType::NvrHardDiskAbnormal]
    );
    assert_eq!(msg.time.timestamp(), 1609135966);
    // Serializes back with the GB members and without an empty-string mac surprise.
    let back = serde_json::to_value(&msg).unwrap();
    assert_eq!(back["deviceGbId"], "44417774431323565255");
    assert_eq!(back["sipServerId"], "56847956831325632684");

    // Without sipServerId (a non-entrusted device) it still decodes.
    let plain = br#"{"deviceGbId":"44417774431323565255","deviceName":"x","time":"1609135966",
        "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    assert_eq!(PushMessage::parse(plain).unwrap().sip_server_id, None);
    // A GB push still needs its other required members ...
    let no_name = br#"{"deviceGbId":"44417774431323565255","time":"1609135966",
        "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    assert!(matches!(
        PushMessage::parse(no_name),
        Err(WebhookError::MissingField("deviceName"))
    ));
    // ... and a push with neither mac nor deviceGbId is refused as before.
    let neither = br#"{"deviceName":"x","time":"1609135966",
        "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    assert!(matches!(
        PushMessage::parse(neither),
        Err(WebhookError::MissingField("mac"))
    ));
    // TP-LINK pushes are unchanged: no GB members.
    let tp = br#"{"mac":"00-FF-00-2C-9F-39","deviceName":"cam","time":"1609135966",
        "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#;
    let tp = PushMessage::parse(tp).unwrap();
    assert!(!tp.is_gb());
    assert!(serde_json::to_value(&tp)
        .unwrap()
        .get("deviceGbId")
        .is_none());
}

#[test]
fn content_types_of_the_2026_edition_decode_to_their_variants() {
    use tums_client::webhook::{MsgContentType, MsgType, PushMessage, MSG_CONTENT_TYPE_COUNT};
    for (wire, variant, group) in [
        (
            "accessControlOnline",
            MsgContentType::AccessControlOnline,
            MsgType::AccessControlAlarm,
        ),
        (
            "accessControlOffline",
            MsgContentType::AccessControlOffline,
            MsgType::AccessControlAlarm,
        ),
        (
            "onGuardDetected",
            MsgContentType::OnGuardDetected,
            MsgType::MonitorAlarm,
        ),
        (
            "IsElevatorTrapped",
            MsgContentType::IsElevatorTrapped,
            MsgType::MonitorAlarm,
        ),
        ("Ispet", MsgContentType::Ispet, MsgType::MonitorAlarm),
        (
            "faceWhiteListDetection",
            MsgContentType::FaceWhiteListDetection,
            MsgType::MonitorAlarm,
        ),
        (
            "deviceReset",
            MsgContentType::DeviceReset,
            MsgType::VmsDeviceAlarm,
        ),
    ] {
        let t: MsgContentType = serde_json::from_value(json!(wire)).unwrap();
        assert_eq!(t, variant, "{wire}");
        assert!(!matches!(t, MsgContentType::Unknown(_)));
        assert_eq!(t.msg_type(), Some(group), "{wire}");
        assert_eq!(serde_json::to_value(&t).unwrap(), json!(wire));
    }
    assert_eq!(
        MsgContentType::AccessControlOnline.description(),
        Some("门禁上线消息")
    );
    assert_eq!(MSG_CONTENT_TYPE_COUNT, 204);
    // The seed's values are unchanged, and unknown values are still kept.
    assert_eq!(
        MsgContentType::from_wire("timing").msg_type(),
        Some(MsgType::MonitorAlarm)
    );
    assert!(matches!(
        MsgContentType::from_wire("notAType2099"),
        MsgContentType::Unknown(_)
    ));
    // A 2026 access-control push decodes end to end.
    let msg = PushMessage::parse(
        br#"{"mac":"00-FF-00-17-00-18","deviceName":"gate","time":"1609135966",
            "msgType":"accessControlAlarm","msgContentType":["accessControlOffline"]}"#,
    )
    .unwrap();
    assert_eq!(msg.msg_type, MsgType::AccessControlAlarm);
    assert_eq!(
        msg.msg_content_type,
        vec![MsgContentType::AccessControlOffline]
    );
}

#[test]
fn device_list_items_carry_gb_members() {
    use tums_client::api::device::Device;
    use tums_client::envelope::PagedList;
    // 1.4.3.3.2 example item (2026 edition), with its `"sipServerId "` key verbatim.
    let tp: Device = serde_json::from_value(json!({
        "qrCode": "16E0091709B04C926", "deviceName": "TL-IPC633-D4G 3.0",
        "deviceType": "SURVEILLANCECAMERA", "deviceStatus": 1, "openType": 1, "openStatus": 2,
        "deviceModel": "TL-IPC633-D4G", "ip": "192.168.1.100", "mac": "00-FF-00-17-00-18",
        "channelId": 1, "parentMac": "00-FF-00-17-00-19", "parentQrCode": "16E0091709B04C927",
        "accessProtocol": "TP-LINK", "deviceGbId": null, "sipServerId ": null
    }))
    .unwrap();
    assert_eq!(tp.access_protocol.as_deref(), Some("TP-LINK"));
    assert!(!tp.is_gb28181());
    assert_eq!(tp.device_gb_id, None);
    assert_eq!(
        tp.target().unwrap().qr_code.as_deref(),
        Some("16E0091709B04C927")
    );

    let gb: Device = serde_json::from_value(json!({
        "deviceName": "gb cam", "deviceStatus": 1, "accessProtocol": " GB28181",
        "deviceGbId": GB, "sipServerId ": SIP
    }))
    .unwrap();
    assert!(gb.is_gb28181());
    assert_eq!(gb.sip_server_id.as_deref(), Some(SIP));
    let target = gb.target().unwrap();
    assert_eq!(target, DeviceTarget::gb(GB).sip_server(SIP));
    // The target it yields is directly usable with the GB-capable endpoints.
    assert!(DeleteDeviceList {
        dev_list: vec![target],
        only_remove: None
    }
    .validate()
    .is_ok());

    // Answers of the older edition (no GB members) still decode, through the envelope.
    let page: tums_client::envelope::Envelope<PagedList<Device>> = serde_json::from_value(json!({
        "error_code": 0,
        "result": {"total": 1, "list": [{"qrCode": "16E0091709B04C926", "deviceName": "x",
            "mac": "00-FF-00-17-00-18"}]}
    }))
    .unwrap();
    let item = &page.result.unwrap().list[0];
    assert_eq!(
        (item.access_protocol.as_ref(), item.device_gb_id.as_ref()),
        (None, None)
    );
}
