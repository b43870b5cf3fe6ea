//! Every example message of the seed (fixtures/lenfocus/, fixed where the seed's JSON
//! is invalid — see fixtures/lenfocus/FIXES.md) round-trips through its type.

use client_core::fixture::{assert_round_trip, read_fixture};
use lenfocus_device::commands::*;
use lenfocus_device::enums::*;
use lenfocus_device::envelope::{ReplyEnvelope, RequestEnvelope};
use lenfocus_device::messages::*;
use lenfocus_device::uploads::*;

fn fx(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("lenfocus/{name}"))
}

fn command<C: ServerCommand + PartialEq>(stem: &str) -> C
where
    C::Reply: PartialEq + std::fmt::Debug,
{
    let req = assert_round_trip::<RequestEnvelope<C>>(&fx(&format!("ws/{stem}.request.json")));
    assert_eq!(
        CommandKind::from_uri(&req.data.uri),
        Some(C::KIND),
        "{stem}"
    );
    let reply = assert_round_trip::<ReplyEnvelope<C::Reply>>(&fx(&format!("ws/{stem}.reply.json")));
    assert!(reply.data.code.is_success(), "{stem}");
    assert_eq!(reply.msgid, req.msgid);
    if let Some(uri) = &reply.data.uri {
        assert_eq!(
            CommandKind::from_uri(uri),
            Some(C::KIND),
            "{stem} reply uri"
        );
    }
    // The untyped path the runtime takes decodes it too.
    let raw = lenfocus_device::envelope::RawFrame::parse(&fx(&format!("ws/{stem}.request.json")))
        .unwrap();
    let decoded = Command::decode(raw.data.uri.as_deref().unwrap(), raw.data.param.unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(decoded, req.data.param.clone().into_command());
    req.data.param
}

#[test]
fn device_messages_round_trip() {
    let c = assert_round_trip::<RequestEnvelope<Connect>>(&fx("ws/1.1-connect.request.json"));
    assert!(c.token.is_none());
    assert_eq!(c.data.param.ts, 1635066908);
    assert_eq!(c.data.param.did.as_deref(), Some("1234512"));
    let r = assert_round_trip::<ReplyEnvelope<ConnectResult>>(&fx("ws/1.1-connect.reply.json"));
    let r = r.data.result.unwrap();
    assert_eq!((r.expire, r.interval), (3600, 30));
    assert_eq!(r.token.expose(), "adf4453456ghhjgsf23546y");
    assert!(
        !format!("{r:?}").contains("adf4453456"),
        "token must not be printed"
    );

    let t =
        assert_round_trip::<RequestEnvelope<TokenUpdate>>(&fx("ws/1.2-token-update.request.json"));
    assert_eq!(t.token.unwrap().expose(), "adf4453456ghhjgsf23546y");
    assert_round_trip::<ReplyEnvelope<TokenUpdateResult>>(&fx("ws/1.2-token-update.reply.json"));

    // 1.3's example spells the key "msgid " (trailing space).
    let raw = fx("ws/1.3-heartbeat.request.json");
    assert!(raw.contains("\"msgid \""));
    let h: RequestEnvelope<Heartbeat> = serde_json::from_str(&raw).unwrap();
    assert_eq!(h.msgid, "adfdgwrt245356");
    assert_round_trip::<RequestEnvelope<Heartbeat>>(&raw);
    let hr =
        assert_round_trip::<ReplyEnvelope<HeartbeatResult>>(&fx("ws/1.3-heartbeat.reply.json"));
    assert_eq!(hr.data.result.unwrap().expire, 3599);
}

#[test]
fn server_commands_round_trip() {
    let p: FaceParamSet = command("1.5-face-param-set");
    assert!(p.enable && !p.play_audio);
    assert_eq!(p.alarm_out.interval, 10);
    assert!(
        p.validate().is_err(),
        "the seed's example has mini_human 50 < 60"
    );

    let r: RecordSet = command("1.6-record-set");
    assert!(r.normal_record && r.pre_record.enable);
    assert_eq!(r.strategy, RecordStrategy::Overwrite);
    assert_eq!(r.face_server_enable, Some(true));
    assert!(r.validate().is_ok());

    let m: RecordByMonth = command("1.7-record-by-month");
    assert_eq!(m.calendar_month(), Some(11), "month is 0-based");
    let days =
        assert_round_trip::<ReplyEnvelope<Vec<DayCount>>>(&fx("ws/1.7-record-by-month.reply.json"));
    assert_eq!(days.data.code, ResultCode::OkZero);
    assert_eq!(days.data.result.unwrap()[0].count, 138);

    let l: GetRecordList = command("1.8-get-record-list");
    assert_eq!(l.page_size, 100);
    let _: Reboot = command("1.9-reboot");
    let f: FaceCapHistory = command("1.10-face-cap-history");
    assert_eq!(f.work_id.as_deref(), Some("10091"));
    let fr = assert_round_trip::<ReplyEnvelope<FaceCapHistoryResult>>(&fx(
        "ws/1.10-face-cap-history.reply.json",
    ));
    assert_eq!(
        fr.data.result.unwrap().face_list[0].gender,
        Some(Gender::Female)
    );
    let _: PedestrianCapHistory = command("1.11-pedestrian-cap-history");
    let a: PersonAdd = command("1.12-person-add");
    assert_eq!(a.category, PersonCategory::White);
    let _: PersonList = command("1.13-person-list");
    let q: PersonQuery = command("1.14-person-query");
    assert_eq!(q.pid, "123456");
    let d: PersonDelete = command("1.15-person-delete");
    assert_eq!(d.pid.as_deref(), Some("123456"));
    let s: PersonSearch = command("1.16-person-search");
    assert_eq!(s.threshold, 80);
}

#[test]
fn http_bodies_round_trip() {
    let f = assert_round_trip::<FaceCaptureUpload>(&fx("http/2.1-face-capture.request.json"));
    assert_eq!(f.time.timestamp(), 1666781577);
    let i = assert_round_trip::<DeviceInfoReport>(&fx("http/2.2-device-info.request.json"));
    assert_eq!(i.dev_name.as_deref(), Some("NFY-01"));
    assert_round_trip::<OtaQuery>(&fx("http/2.3-ota-query.request.json"));
    let o = assert_round_trip::<HttpReply<OtaInfo>>(&fx("http/2.3-ota-query.response.json"));
    let info = o.data.unwrap();
    assert_eq!(
        info.component_list[0].component_type,
        ComponentType::Description
    );
    let e = assert_round_trip::<EventReport>(&fx("http/2.4-event-report.request.json"));
    assert_eq!(e.event_type, EventType::MotionDetection);
    assert_eq!(e.time.timestamp_millis(), 1666781577816);
    let v = assert_round_trip::<VehicleCapture>(&fx("http/2.5-vehicle-capture.request.json"));
    assert_eq!(v.time.timestamp_millis(), 1673420964575);
    let data = v.data.unwrap();
    assert_eq!(data.vehicle_type, Some(VehicleType::Car));
    assert_eq!(data.plate.unwrap().plate_type, Some(PlateType::Blue));
    for stem in [
        "2.1-face-capture",
        "2.2-device-info",
        "2.4-event-report",
        "2.5-vehicle-capture",
    ] {
        let r = assert_round_trip::<HttpReply<Ack>>(&fx(&format!("http/{stem}.response.json")));
        assert!(r.code.is_success());
    }
}

#[test]
fn every_fixture_file_is_covered() {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR")).join("lenfocus");
    let mut n = 0;
    for sub in ["ws", "http"] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let p = e.unwrap().path();
            let text = std::fs::read_to_string(&p).unwrap();
            serde_json::from_str::<serde_json::Value>(&text).unwrap();
            n += 1;
        }
    }
    // 3 device messages + 12 commands, request and reply each; 5 HTTP endpoints,
    // request and response each.
    assert_eq!(n, 40);
}

#[test]
fn uri_variants_are_recognised() {
    for uri in [
        "/ivp/person_param_set",
        "ivp/person_param_set",
        "ivp/facecap_param_set",
        " /ivp/facecap_param_set",
        "  /ivp/facecap_param_set ",
    ] {
        assert_eq!(
            CommandKind::from_uri(uri),
            Some(CommandKind::FaceParamSet),
            "{uri:?}"
        );
    }
    for k in CommandKind::ALL {
        assert_eq!(CommandKind::from_uri(k.uri()), Some(k));
        assert_eq!(
            CommandKind::from_uri(k.uri().trim_start_matches('/')),
            Some(k)
        );
        assert_eq!(CommandKind::from_uri(&format!(" {}", k.uri())), Some(k));
    }
}

#[test]
fn upload_acks_ignore_any_data() {
    for data in ["null", "{}", "{\"extra\": [1, 2]}", "\"\""] {
        let r: HttpReply<Ack> = serde_json::from_str(&format!(
            "{{\"code\": 200, \"msg\": \"OK\", \"data\": {data}}}"
        ))
        .unwrap();
        assert!(r.code.is_success());
    }
    // 2.3 types code as 字符串: a numeric string is accepted.
    let r: HttpReply<Ack> = serde_json::from_str("{\"code\": \"200\"}").unwrap();
    assert_eq!(r.code, ResultCode::Ok);
}

mod properties {
    use lenfocus_device::commands::{CommandKind, RecordByMonth};
    use lenfocus_device::image::{decode_base64_image, jpeg_data_uri};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_uri_spelling_is_recognised(index in 0usize..12, slash in any::<bool>(), pre in "[ \t]{0,3}", post in "[ \t]{0,3}") {
            let kind = CommandKind::ALL[index];
            let bare = kind.uri().trim_start_matches('/');
            let uri = format!("{pre}{}{bare}{post}", if slash { "/" } else { "" });
            prop_assert_eq!(CommandKind::from_uri(&uri), Some(kind));
        }

        #[test]
        fn data_uris_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            prop_assert_eq!(decode_base64_image(&jpeg_data_uri(&bytes)).unwrap(), bytes);
        }

        #[test]
        fn months_are_zero_based_on_the_wire(year in 1970i64..2100, month in 1u32..=12) {
            let r = RecordByMonth::for_month(year, month);
            prop_assert_eq!(r.month, i64::from(month) - 1);
            prop_assert_eq!(r.calendar_month(), Some(month));
        }
    }
}

#[test]
fn face_param_set_reads_the_tables_iplay_audio_vip_spelling() {
    let text = fx("ws/1.5-face-param-set.request.json");
    let env: RequestEnvelope<FaceParamSet> = serde_json::from_str(&text).unwrap();
    assert_eq!(env.data.param.play_audio_vip, Some(true));
    let table = text.replace("\"play_audio_vip\"", "\"iplay_audio_vip\"");
    assert_ne!(table, text, "the fixture carries play_audio_vip");
    let env: RequestEnvelope<FaceParamSet> = serde_json::from_str(&table).unwrap();
    assert_eq!(env.data.param.play_audio_vip, Some(true));
    // Sent with the example's spelling.
    let sent = serde_json::to_value(&env.data.param).unwrap();
    assert_eq!(sent["play_audio_vip"], true);
    assert!(sent.get("iplay_audio_vip").is_none());
}
