//! Every fixture in fixtures/mcs8 (inside this crate) round-trips through its typed struct (decode,
//! re-encode, decode again, equal, no member dropped), and the envelope fixtures also
//! go through the client's real decode path.

use client_core::fixture::{assert_round_trip, read_fixture};
use http::StatusCode;
use mcs8_client::api::ai::*;
use mcs8_client::api::app::*;
use mcs8_client::api::auth::Login;
use mcs8_client::api::org::*;
use mcs8_client::enums::*;
use mcs8_client::models::*;
use mcs8_client::{envelope, Ack, Envelope, EnvelopeFormat, ErrorCode, GpsTrack, Listing};
use serde_json::Value;

fn fx(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("mcs8/{name}"))
}

#[test]
fn enterprise() {
    let e = assert_round_trip::<Enterprise>(&fx("models/enterprise.json"));
    assert_eq!(e.id, Some(5000));
    assert_eq!(
        e.enter_password.as_ref().map(|p| p.expose()),
        Some("000000")
    );
    assert!(
        !format!("{e:?}").contains("000000"),
        "password leaked into Debug"
    );
}

#[test]
fn group_with_gb28181_props() {
    let g = assert_round_trip::<Group>(&fx("models/group.json"));
    assert_eq!(g.group_type, Some(GroupType::Gb28181Cascade));
    let p = g.gb28181_props.unwrap();
    assert_eq!(p.server_port.as_deref(), Some("5060"));
    assert_eq!(p.status, Some(OnlineStatus::Online));
    assert_eq!(p.enable_tcp, Some(false));
}

#[test]
fn device_with_channels_and_props() {
    let d = assert_round_trip::<Device>(&fx("models/device.json"));
    assert_eq!(
        d.device_type,
        Some(DeviceType::MultiChannelVideo),
        "B.3 types deviceType as a String"
    );
    assert_eq!(d.user_name.as_deref(), Some("test1"));
    assert_eq!(d.channels.as_ref().map(Vec::len), Some(2));
    assert_eq!(d.channels.as_ref().unwrap()[0].ptz, Some(Ptz::Yes));
    let props = d.props.unwrap();
    assert_eq!(props.enable_device_apn, Some(true));
    assert_eq!(props.enable_tts_msg, Some(true));
    assert!(props.subscribe_gps.unwrap().is_subscribed());
    assert!(!props.subscribe_alarm.unwrap().is_subscribed());
    let wire = serde_json::to_value(Device {
        channels: Some(vec![]),
        ..Default::default()
    })
    .unwrap();
    assert!(
        wire.get("deviceChennelList").is_some(),
        "the wire keeps the seed's spelling"
    );
}

#[test]
fn file_alarm_position() {
    let f = assert_round_trip::<RecordFile>(&fx("models/file.json"));
    assert_eq!(f.f_type, Some(FileType::Video));
    assert_eq!(f.l_type, Some(LabelType::Important));
    assert_eq!(f.store_type, Some(StoreType::Oss));
    let a = assert_round_trip::<Alarm>(&fx("models/alarm.json"));
    assert_eq!(a.alarm_type, Some(AlarmType::Sos));
    assert_eq!(a.deal_status, Some(DealStatus::Handled));
    assert_eq!(
        a.gps_model.as_ref().unwrap().gps_type,
        Some(GpsType::Network)
    );
    let p = assert_round_trip::<Position>(&fx("models/position.json"));
    assert_eq!(p.network_type, Some(NetworkType::Cellular));
    assert_eq!(p.lng, Some(114.101));
}

#[test]
fn face_result_and_plate() {
    let f = assert_round_trip::<Face>(&fx("models/face.json"));
    assert_eq!(f.id_card.as_deref(), Some("440300199001011234"));
    assert_eq!(f.sex, Some(Sex::Male));
    let r = assert_round_trip::<FaceResult>(&fx("models/face_result.json"));
    assert!(r.is_good_quality());
    assert_eq!(r.face_rect.unwrap().width, Some(128));
    let p = assert_round_trip::<LicencePlate>(&fx("models/licence_plate.json"));
    assert_eq!(p.license_color, Some(LicenseColor::Blue));
    assert_eq!(p.status, Some(ArmStatus::Disarmed));
}

#[test]
fn inline_models() {
    let g = assert_round_trip::<DispatchGroup>(&fx("models/dispatch_group.json"));
    assert_eq!(g.group_type, Some(GroupType::Intercom));
    let f = assert_round_trip::<Geofence>(&fx("models/geofence.json"));
    assert_eq!(f.in_or_out, Some(InOrOut::NoEntry));
    assert_eq!(f.point_list.unwrap()[0], LatLng::new(22.5503, 114.1010));
    let a = assert_round_trip::<GeofenceAccess>(&fx("models/geofence_access.json"));
    assert_eq!(a.fence_name.as_deref(), Some("仓库围栏"));
    assert_eq!(a.status, Some(AccessStatus::Left));
    let t = assert_round_trip::<Task>(&fx("models/task.json"));
    assert_eq!(t.task_type, Some(TaskType::Daily));
    assert_eq!(t.custom.unwrap()["line"], 3);
    assert_round_trip::<GpsStats>(&fx("models/gps_stats.json"));
    let o = assert_round_trip::<OnlineRecord>(&fx("models/online_record.json"));
    assert_eq!(o.status, Some(OnlineEvent::Online));
    let s = assert_round_trip::<SignedUrl>(&fx("models/signed_url.json"));
    assert_eq!(s.expires.unwrap().to_string(), "2024-05-06 11:10:00");
    let t = assert_round_trip::<TokenInfo>(&fx("models/token.json"));
    assert_eq!(t.lifetime(0).as_secs(), 86_400);
    assert!(
        !format!("{t:?}").contains("28d55712"),
        "token leaked into Debug"
    );
}

#[test]
fn dev_tree_nodes_are_typed_by_type() {
    let nodes = assert_round_trip::<Vec<TreeNode>>(&fx("models/dev_tree.json"));
    assert!(matches!(nodes[0].data, Some(TreeData::Enterprise(_))));
    assert!(matches!(nodes[1].data, Some(TreeData::Group(_))));
    let dev = nodes[2].device().unwrap();
    assert_eq!(dev.device_id.as_deref(), Some("mc1"));
    assert!(matches!(&nodes[2].extras, Some(TreeExtras::Channels(c)) if c.len() == 2));
}

#[test]
fn compact_gps_track() {
    let t = assert_round_trip::<GpsTrack>(&fx("models/gps_large.json"));
    assert_eq!(t.len(), 3);
    assert_eq!(t.points[0].time.to_string(), "2022-07-20 08:00:00");
    assert_eq!(t.points[2].accuracy, Some(45.5));
    assert_eq!(t.points[1].lng, 114.1011);
}

#[test]
fn envelope_format1_seed_example() {
    // The only envelope the seed prints (2.30.7).
    let json = fx("envelope/format1_face_login.json");
    let env = assert_round_trip::<Envelope<FaceLogin>>(&json);
    assert_eq!(env.format(), EnvelopeFormat::Result);
    assert_eq!(env.error_code(), Some(ErrorCode::Ok));
    assert_eq!(env.message, None);
    let login: FaceLogin = envelope::decode(
        "/aiapi/faceApi/faceLoginByImg",
        StatusCode::OK,
        json.as_bytes(),
    )
    .unwrap();
    assert_eq!(login.people_no.as_deref(), Some("pm2"));
    assert_eq!(login.token.unwrap().expose().len(), 192);
}

#[test]
fn envelope_format1_variants() {
    let json = fx("envelope/format1_token.json");
    assert_round_trip::<Envelope<TokenInfo>>(&json);
    let t: TokenInfo =
        envelope::decode("/api/v1/auth/Token", StatusCode::OK, json.as_bytes()).unwrap();
    assert_eq!(t.username.as_deref(), Some("pc1"));
    let json = fx("envelope/format1_ack.json");
    assert_round_trip::<Envelope<Value>>(&json);
    assert_eq!(
        envelope::decode::<Ack>("/x", StatusCode::OK, json.as_bytes()).unwrap(),
        Ack
    );
    let json = fx("envelope/format1_error.json");
    let env = assert_round_trip::<Envelope<Value>>(&json);
    assert!(!env.is_success());
    let e = envelope::decode::<Ack>("/x", StatusCode::OK, json.as_bytes()).unwrap_err();
    assert_eq!(e.code(), Some(ErrorCode::NotFound));
    assert!(e.to_string().contains("不存在"), "{e}");
    let json = fx("envelope/format1_gps_large.json");
    assert_round_trip::<Envelope<GpsTrack>>(&json);
    let t: GpsTrack =
        envelope::decode("/api/v1/GPSListForlarge", StatusCode::OK, json.as_bytes()).unwrap();
    assert_eq!(t.len(), 2);
}

#[test]
fn envelope_format2_variants() {
    let json = fx("envelope/format2_devices.json");
    let env = assert_round_trip::<Envelope<Vec<Device>>>(&json);
    assert_eq!(env.format(), EnvelopeFormat::Paged);
    assert_eq!(env.total, Some(2));
    let l: Listing<Device> =
        envelope::decode("/api/v1/DevList", StatusCode::OK, json.as_bytes()).unwrap();
    assert_eq!((l.items.len(), l.total), (2, Some(2)));
    assert_eq!(l.items[1].device_type, Some(DeviceType::Locator));

    let json = fx("envelope/format2_pascal.json");
    let env = assert_round_trip::<Envelope<Vec<Group>>>(&json);
    assert_eq!(env.keys.code.as_deref(), Some("Code"));
    let l: Listing<Group> =
        envelope::decode("/api/v1/GroupList", StatusCode::OK, json.as_bytes()).unwrap();
    assert_eq!((l.items.len(), l.total), (1, Some(1)));

    let json = fx("envelope/format2_total.json");
    let env = assert_round_trip::<Envelope<Vec<LicencePlate>>>(&json);
    assert_eq!(env.extra.get("pageSize"), Some(&Value::from(1000)));
    let l: Listing<LicencePlate> = envelope::decode(
        "/api/v1/ai/LicencePlateList",
        StatusCode::OK,
        json.as_bytes(),
    )
    .unwrap();
    assert_eq!(l.total, Some(1));
    assert_eq!(l.items[0].license_color, Some(LicenseColor::Green));

    let json = fx("envelope/format2_error.json");
    assert_round_trip::<Envelope<Value>>(&json);
    let e = envelope::decode::<Listing<Device>>("/api/v1/DevList", StatusCode::OK, json.as_bytes())
        .unwrap_err();
    assert_eq!(e.code(), Some(ErrorCode::InvalidParameter));
}

#[test]
fn bare_payloads_and_non_json() {
    let t: TokenInfo = envelope::decode(
        "/api/v1/auth/Token",
        StatusCode::OK,
        fx("models/token.json").as_bytes(),
    )
    .unwrap();
    assert_eq!(t.expires_in, Some(86_400));
    let e = envelope::decode::<Ack>(
        "/x",
        StatusCode::BAD_GATEWAY,
        b"<html>502 Bad Gateway</html>",
    )
    .unwrap_err();
    assert!(e.to_string().contains("502"), "{e}");
    let e = envelope::decode::<Ack>("/x", StatusCode::OK, b"<html>oops</html>").unwrap_err();
    assert!(
        matches!(
            e,
            mcs8_client::Error::Core(client_core::Error::Decode { .. })
        ),
        "{e:?}"
    );
}

#[test]
fn request_bodies() {
    let l = assert_round_trip::<Login>(&fx("requests/login_js_example.json"));
    assert_eq!(l.udef_t, "1700000000");
    let l = assert_round_trip::<Login>(&fx("requests/login.json"));
    let signed = Login::new("pc1", &client_core::Secret::new("000000"), 1_700_000_000);
    assert_eq!(
        l, signed,
        "the fixture is the signature of the seed's example password"
    );
    assert_round_trip::<EnterAdd>(&fx("requests/enter_add.json"));
    assert_round_trip::<EnterEdit>(&fx("requests/enter_edit.json"));
    let g = assert_round_trip::<GroupAdd>(&fx("requests/group_add.json"));
    assert!(g.gb28181_props.is_some());
    assert_round_trip::<GroupEdit>(&fx("requests/group_edit.json"));
    let d = assert_round_trip::<DevAdd>(&fx("requests/dev_add.json"));
    assert_eq!(d.device.device_type, DeviceType::Video);
    let c = assert_round_trip::<DevChnUpdate>(&fx("requests/dev_chn_update.json"));
    assert_eq!(c.channels[1].status, Some(ChannelOp::Delete));
    assert_round_trip::<DispatchGroupAdd>(&fx("requests/dispatch_group_add.json"));
    assert_round_trip::<DispatchGroupEdit>(&fx("requests/dispatch_group_edit.json"));
    let m = assert_round_trip::<DispatchGroupDeviceUpdate>(&fx(
        "requests/dispatch_group_device_update.json",
    ));
    assert_eq!(m.device_list[1].status, MemberOp::Remove);
    assert_round_trip::<GeofenceAdd>(&fx("requests/geofence_add.json"));
    assert_round_trip::<GeofenceEdit>(&fx("requests/geofence_edit.json"));
    assert_round_trip::<TaskAdd>(&fx("requests/task_add.json"));
    assert_round_trip::<TaskUpdate>(&fx("requests/task_update.json"));
    assert_round_trip::<FaceAdd>(&fx("requests/face_add.json"));
    assert_round_trip::<FaceRecognize>(&fx("requests/face_image.json"));
    assert_round_trip::<DetectFace>(&fx("requests/face_image.json"));
    assert_round_trip::<FaceQuality>(&fx("requests/face_image.json"));
    assert_round_trip::<FaceLoginByImg>(&fx("requests/face_login_by_img.json"));
    let p = assert_round_trip::<LicencePlateAdd>(&fx("requests/licence_plate_add.json"));
    assert_eq!(p.license_color, LicenseColor::Yellow);
}

#[test]
fn every_fixture_file_is_tested() {
    // Guard: a new fixture must be added to this file.
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("mcs8");
    let me = include_str!("fixtures.rs");
    for sub in ["models", "envelope", "requests"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                me.contains(&format!("{sub}/{name}")),
                "fixture {sub}/{name} has no test"
            );
        }
    }
}

#[test]
fn decode_604800_compact_points_without_a_value_tree() {
    use std::fmt::Write;
    let base = chrono::NaiveDate::from_ymd_opt(2024, 5, 6)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let mut body = String::from(r#"{"Result":200,"Message":null,"Content":{"gps":["#);
    for i in 0..604_800i64 {
        if i > 0 {
            body.push(',');
        }
        let t = base + chrono::TimeDelta::seconds(i);
        write!(
            body,
            r#"["{}",{},{},{}]"#,
            t.format("%Y-%m-%d %H:%M:%S"),
            114.0 + i as f64 * 1e-6,
            22.5,
            (i % 50) as f64
        )
        .unwrap();
    }
    body.push_str("]}}");
    let started = std::time::Instant::now();
    let track: GpsTrack =
        envelope::decode("/api/v1/GPSListForlarge", StatusCode::OK, body.as_bytes()).unwrap();
    eprintln!(
        "decoded {} points ({} MB) in {:?}",
        track.len(),
        body.len() / 1_000_000,
        started.elapsed()
    );
    assert_eq!(track.len(), 604_800);
    assert_eq!(track.points[0].time, base);
    assert_eq!(
        track.points[604_799].time,
        base + chrono::TimeDelta::seconds(604_799)
    );
    assert_eq!(track.points[604_799].lng, 114.0 + 604_799.0 * 1e-6);
    assert_eq!(track.points[604_799].accuracy, Some(49.0));
}

#[test]
fn result_key_holding_data_is_content_only_without_a_content_key() {
    let body = br#"{"Result":"OK","Content":{"pubUrl":"https://a"},"code":0}"#;
    let s: SignedUrl = envelope::decode("/x", StatusCode::OK, body).unwrap();
    assert_eq!(s.pub_url.as_deref(), Some("https://a"));
    let env: Envelope<Value> = serde_json::from_slice(body).unwrap();
    assert_eq!(env.keys.content.as_deref(), Some("Content"));
    assert_eq!(env.extra.get("Result"), Some(&Value::from("OK")));
    let body = br#"{"result":{"pubUrl":"https://b"},"msg":"ok"}"#;
    let s: SignedUrl = envelope::decode("/x", StatusCode::OK, body).unwrap();
    assert_eq!(s.pub_url.as_deref(), Some("https://b"));
    // HTTP 401 with a code-less body is an auth failure too.
    let e = envelope::decode::<Ack>("/x", StatusCode::UNAUTHORIZED, b"").unwrap_err();
    assert!(e.is_auth_failure(), "{e:?}");
    // HTTP 429 without a body is the rate-limit error.
    let e = envelope::decode::<Ack>("/x", StatusCode::TOO_MANY_REQUESTS, b"{}").unwrap_err();
    assert!(
        matches!(
            e,
            mcs8_client::Error::Core(client_core::Error::RateLimited { .. })
        ),
        "{e:?}"
    );
}
