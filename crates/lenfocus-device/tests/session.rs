//! The session runtime against the simulator, over real loopback sockets.
//! Synchronisation is by events and channels with bounded timeouts, never sleeps.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::NaiveDate;
use client_core::Endpoint;
use futures::StreamExt;
use lenfocus_device::commands::*;
use lenfocus_device::enums::*;
use lenfocus_device::simulator::{
    SimCloseReason, SimDevice, SimEvent, Simulator, SimulatorBuilder,
};
use lenfocus_device::uploads::*;
use lenfocus_device::*;
use serde_json::json;
use tokio::sync::broadcast;

const SN: &str = "LF1234567890123";
const CODE: &str = "AB12CD34";
const DID: &str = "1234512";
/// Generous for a loaded 2-core CI machine: only reached when something is broken.
const WAIT: Duration = Duration::from_secs(20);

fn fixture(rel: &str) -> Vec<u8> {
    let dir = client_core::fixture::fixtures_dir(env!("CARGO_MANIFEST_DIR"));
    std::fs::read(dir.join("lenfocus").join(rel)).unwrap()
}

fn key(name: &str) -> String {
    String::from_utf8(fixture(&format!("keys/{name}"))).unwrap()
}

fn sim_config(did: Option<&str>) -> SimulatorBuilder {
    let verifier = ConnectVerifier::from_pem(&key("test-device.pub.pem")).unwrap();
    Simulator::builder().device(SimDevice::new(SN, CODE, verifier, did.map(str::to_owned)))
}

async fn sim() -> Simulator {
    sim_config(Some(DID)).start().await.unwrap()
}

fn device(sim: &Simulator, key_file: &str) -> Device {
    let signer = ConnectSigner::from_pem(&key(key_file)).unwrap();
    Device::new(
        DeviceConfig::new(sim.ws_url(), SN, CODE, signer)
            .with_did(DID)
            .with_ip("192.168.100.168")
            .with_backoff(Duration::from_millis(20), Duration::from_millis(200))
            .with_reply_timeout(Duration::from_secs(3)),
    )
}

/// Waits for the first event matching `pred`, failing after [`WAIT`].
async fn wait_for<T: Clone + std::fmt::Debug>(
    rx: &mut broadcast::Receiver<T>,
    what: &str,
    mut pred: impl FnMut(&T) -> bool,
) -> T {
    tokio::time::timeout(WAIT, async {
        loop {
            match rx.recv().await {
                Ok(e) if pred(&e) => return e,
                Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(e) => panic!("event channel closed while waiting for {what}: {e}"),
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("timed out waiting for {what}"))
}

/// An in-memory camera answering every command.
#[derive(Default)]
struct Camera {
    persons: Mutex<BTreeMap<String, Person>>,
    settings: Mutex<Vec<String>>,
}

fn t(s: &str) -> chrono::NaiveDateTime {
    client_core::lenient::parse_datetime(s).unwrap()
}

impl CommandHandler for Camera {
    async fn face_param_set(&self, cmd: FaceParamSet) -> CommandResult<()> {
        self.settings
            .lock()
            .unwrap()
            .push(format!("face threshold {}", cmd.threshold));
        Ok(())
    }
    async fn record_set(&self, cmd: RecordSet) -> CommandResult<()> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        self.settings
            .lock()
            .unwrap()
            .push(format!("file_len {}", cmd.file_len));
        Ok(())
    }
    async fn record_by_month(&self, cmd: RecordByMonth) -> CommandResult<Vec<DayCount>> {
        let month = cmd
            .calendar_month()
            .ok_or_else(|| CommandError::invalid_param("month"))?;
        Ok(vec![DayCount {
            day: 1,
            count: i64::from(month),
        }])
    }
    async fn get_record_list(&self, cmd: GetRecordList) -> CommandResult<RecordList> {
        Ok(RecordList {
            total_page: 1,
            total_file: 1,
            page_size: cmd.page_size,
            recordlist: vec![RecordFile {
                filename: Some("/rec/a.mp4".into()),
                start_time: Some(cmd.start_time),
                end_time: Some(cmd.end_time),
            }],
        })
    }
    async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
        Ok(())
    }
    async fn face_cap_history(&self, _cmd: FaceCapHistory) -> CommandResult<FaceCapHistoryResult> {
        Ok(FaceCapHistoryResult {
            face_total: 1,
            face_list: vec![FaceCapture {
                name: None,
                similarity: None,
                gender: Some(Gender::Male),
                age: Some(30),
                time: t("2022-09-24 14:27:41"),
                jpeg_url_face: Some("sdcard/f.jpg".into()),
                jpeg_url_body: None,
                jpeg_url_frame: "sdcard/bg.jpg".into(),
            }],
        })
    }
    async fn pedestrian_cap_history(
        &self,
        _cmd: PedestrianCapHistory,
    ) -> CommandResult<PedestrianCapHistoryResult> {
        Ok(PedestrianCapHistoryResult {
            total: 0,
            list: vec![],
        })
    }
    async fn person_add(&self, cmd: PersonAdd) -> CommandResult<()> {
        let person = Person {
            pid: cmd.pid.clone(),
            name: cmd.name,
            work_id: cmd.work_id,
            id_card_no: cmd.id_card_no,
            ic_card_no: cmd.ic_card_no,
            gender: cmd.gender,
            age: cmd.age,
            department: cmd.department,
            photo: format!("data/facelib/{}.jpg", cmd.pid),
            category: cmd.category,
            phone: String::new(),
        };
        self.persons.lock().unwrap().insert(cmd.pid, person);
        Ok(())
    }
    async fn person_list(&self, cmd: PersonList) -> CommandResult<PersonListResult> {
        let all: Vec<Person> = self
            .persons
            .lock()
            .unwrap()
            .values()
            .filter(|p| match cmd.category {
                Some(c) => c == p.category,
                None => true,
            })
            .cloned()
            .collect();
        Ok(PersonListResult {
            total: all.len() as i64,
            list: all,
        })
    }
    async fn person_query(&self, cmd: PersonQuery) -> CommandResult<Person> {
        self.persons
            .lock()
            .unwrap()
            .get(&cmd.pid)
            .cloned()
            .ok_or_else(|| CommandError::not_found(format!("no person {}", cmd.pid)))
    }
    async fn person_delete(&self, cmd: PersonDelete) -> CommandResult<()> {
        let pid = cmd
            .pid
            .ok_or_else(|| CommandError::invalid_param("pid is required"))?;
        self.persons
            .lock()
            .unwrap()
            .remove(&pid)
            .map(|_| ())
            .ok_or_else(|| CommandError::not_found(format!("no person {pid}")))
    }
    async fn person_search(&self, cmd: PersonSearch) -> CommandResult<PersonSearchResult> {
        Ok(PersonSearchResult {
            total: 1,
            face_list: vec![SearchHit {
                time: cmd.start_time,
                score: cmd.threshold,
                jpeg_url_face: "sdcard/hit.jpg".into(),
            }],
        })
    }
}

fn person_add(pid: &str) -> PersonAdd {
    PersonAdd {
        pid: pid.into(),
        name: "张三".into(),
        work_id: "10091".into(),
        id_card_no: "110101199003070000".into(),
        ic_card_no: "RF01".into(),
        gender: Gender::Male,
        age: 33,
        department: "测试部".into(),
        photo: lenfocus_device::image::base64_image(&fixture("face.jpg")),
        category: PersonCategory::Vip,
    }
}

#[tokio::test]
async fn connect_accepted_with_valid_keys_pkcs1_and_pkcs8() {
    let sim = sim().await;
    for key_file in ["test-device.pkcs1.pem", "test-device.pkcs8.pem"] {
        let mut sim_events = sim.events();
        let device = device(&sim, key_file);
        let mut events = device.events();
        let session = device.connect(NoCommands).await.unwrap();
        assert!(session.is_connected());
        assert!(session.token().is_some());
        assert!(!format!("{session:?}").contains(session.token().unwrap().expose()));
        let e = wait_for(&mut events, "Connected", |e| {
            matches!(e, SessionEvent::Connected { .. })
        })
        .await;
        assert_eq!(
            e,
            SessionEvent::Connected {
                expire: Duration::from_secs(3600),
                interval: Duration::from_secs(30),
                reconnected: false
            }
        );
        wait_for(&mut sim_events, "sim Connected", |e| {
            matches!(e, SimEvent::Connected { .. })
        })
        .await;
        session.shutdown().await;
        assert_eq!(*session.state().borrow(), SessionState::Closed);
        wait_for(&mut sim_events, "sim session closed", |e| {
            matches!(
                e,
                SimEvent::SessionClosed {
                    reason: SimCloseReason::DeviceGone,
                    ..
                }
            )
        })
        .await;
    }
}

#[tokio::test]
async fn connect_refused_with_wrong_key() {
    let sim = sim().await;
    let mut sim_events = sim.events();
    let err = device(&sim, "wrong-device.pkcs8.pem")
        .connect(NoCommands)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ResultCode::BadSignature), "{err}");
    let api = err.api().expect("a vendor error");
    assert_eq!(
        (api.path.as_str(), api.status),
        ("/connect", http::StatusCode::OK)
    );
    assert!(matches!(err, Error::Api(_)));
    wait_for(&mut sim_events, "rejection", |e| {
        matches!(
            e,
            SimEvent::ConnectRejected {
                code: ResultCode::BadSignature,
                ..
            }
        )
    })
    .await;
}

#[tokio::test]
async fn not_registered_is_typed_and_can_be_waited_on() {
    let sim = sim_config(None).start().await.unwrap();
    let device = device(&sim, "test-device.pkcs1.pem");
    let err = device.connect(NoCommands).await.unwrap_err();
    assert!(matches!(err, Error::NotRegistered { .. }), "{err}");
    assert_eq!(err.code(), Some(ResultCode::NotRegistered));

    // Factory reset: no did at all → still 421.
    device.did_store().clear();
    let err = device.connect(NoCommands).await.unwrap_err();
    assert!(matches!(err, Error::NotRegistered { .. }));

    // Wait for registration: the platform registers the device and delivers the did.
    let mut events = device.events();
    let waiting = {
        let device = device.clone();
        tokio::spawn(async move {
            device
                .connect_until_registered(NoCommands, Duration::from_secs(60))
                .await
        })
    };
    wait_for(&mut events, "NotRegistered", |e| {
        matches!(e, SessionEvent::NotRegistered)
    })
    .await;
    sim.register(SN, DID);
    device.did_store().set(DID);
    let session = tokio::time::timeout(WAIT, waiting)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(session.is_connected());
    assert_eq!(session.did().as_deref(), Some(DID));
    session.shutdown().await;
}

#[tokio::test]
async fn heartbeats_and_token_renewals_keep_the_session_over_several_token_lifetimes() {
    // 4 s tokens renewed at half-life and a 4 s heartbeat interval (a heartbeat every
    // 2 s, each allowed 2 s for its reply): slack for a loaded CI machine, and three
    // renewals still take only ~6 s.
    let config = sim_config(Some(DID)).timings(Duration::from_secs(4), Duration::from_secs(4));
    let sim = config.start().await.unwrap();
    let mut sim_events = sim.events();
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let session = device.connect(NoCommands).await.unwrap();
    let first_token = session.token().unwrap();

    let mut renewals = 0;
    let mut heartbeats = 0;
    tokio::time::timeout(WAIT, async {
        while renewals < 3 || heartbeats < 3 {
            match sim_events.recv().await.unwrap() {
                SimEvent::TokenUpdated { remaining, .. } => {
                    assert!(remaining > Duration::ZERO, "renewed after expiry");
                    renewals += 1;
                }
                SimEvent::Heartbeat { since_previous, .. } => {
                    assert!(
                        since_previous <= Duration::from_secs(4),
                        "heartbeat gap {since_previous:?} beyond the 4 s interval"
                    );
                    heartbeats += 1;
                }
                SimEvent::SessionClosed { reason, .. } => panic!("session closed: {reason:?}"),
                _ => {}
            }
        }
    })
    .await
    .expect("three token renewals (three token lifetimes' worth of renewals)");
    assert!(heartbeats >= 3, "only {heartbeats} heartbeats");
    assert_ne!(
        session.token().unwrap(),
        first_token,
        "the renewed token is used"
    );
    // The device saw the same: renewals, heartbeat acks, and never a disconnect.
    let mut renewed = 0;
    let mut acked = 0;
    tokio::time::timeout(WAIT, async {
        while renewed < 3 || acked < 3 {
            match events.recv().await.unwrap() {
                SessionEvent::TokenRenewed { .. } => renewed += 1,
                SessionEvent::HeartbeatAcked { .. } => acked += 1,
                SessionEvent::Disconnected { reason } => panic!("disconnected: {reason:?}"),
                _ => {}
            }
        }
    })
    .await
    .expect("device-side renewals and heartbeat acks");
    assert_eq!(sim.session_count(), 1);
    session.shutdown().await;
}

#[tokio::test]
async fn every_command_is_answered_with_the_right_shape() {
    let sim = sim().await;
    let device = device(&sim, "test-device.pkcs1.pem");
    let session = device.connect(Camera::default()).await.unwrap();

    let face = FaceParamSet {
        enable: true,
        show_face: true,
        show_human: false,
        push_stranger: true,
        push_face: true,
        push_bg: false,
        play_audio: false,
        play_audio_stranger: None,
        play_audio_white: None,
        play_audio_black: None,
        play_audio_vip: Some(true),
        play_audio_friend: None,
        threshold: 50,
        reg_threshold: 85,
        mini_face: 50,
        mini_human: 80,
        quality_face: 50,
        quality_human: 50,
        server_enable: Some(true),
        alarm_out: AlarmOut {
            interval: 10,
            alarm_push: true,
        },
    };
    let r = sim.push(SN, face).await.unwrap();
    assert_eq!(r.data.code, ResultCode::Ok);
    assert_eq!(r.data.uri.as_deref(), Some(FaceParamSet::URI));
    assert!(r.data.result.is_none());

    // The uri spelled as the tables spell it gets the same answer, echoing that uri.
    let raw = sim
        .push_raw(
            SN,
            " ivp/facecap_param_set",
            serde_json::to_value(sim_face_param()).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(raw.data.code, Some(ResultCode::Ok));
    assert_eq!(raw.data.uri.as_deref(), Some(" ivp/facecap_param_set"));

    let rs = RecordSet {
        normal_record: true,
        disconnect_record: true,
        alarm_record: false,
        audio_enable: true,
        file_len: 5,
        strategy: RecordStrategy::StopWhenFull,
        face_server_enable: None,
        pre_record: PreRecord {
            enable: true,
            duration: 10,
        },
    };
    assert!(sim
        .push(SN, rs.clone())
        .await
        .unwrap()
        .data
        .code
        .is_success());
    let bad = RecordSet { file_len: 0, ..rs };
    assert_eq!(
        sim.push(SN, bad).await.unwrap().data.code,
        ResultCode::InvalidParam
    );

    let days = sim
        .push(SN, RecordByMonth::for_month(2021, 10))
        .await
        .unwrap();
    assert_eq!(
        days.data.result.unwrap(),
        vec![DayCount { day: 1, count: 10 }]
    );

    let range = (t("2021-10-03 10:30:00"), t("2021-10-03 16:00:00"));
    let list = sim
        .push(
            SN,
            GetRecordList {
                start_time: range.0,
                end_time: range.1,
                page_num: 0,
                page_size: 100,
            },
        )
        .await
        .unwrap();
    assert_eq!(
        list.data.result.unwrap().recordlist[0].start_time,
        Some(range.0)
    );

    assert!(sim
        .push(SN, Reboot { delay_ms: 1000 })
        .await
        .unwrap()
        .data
        .code
        .is_success());

    let caps = sim
        .push(
            SN,
            FaceCapHistory {
                start_time: range.0,
                end_time: range.1,
                page_num: 1,
                page_size: 32,
                name: None,
                work_id: None,
                id_card: None,
                phone: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(
        caps.data.result.unwrap().face_list[0].gender,
        Some(Gender::Male)
    );
    let peds = sim
        .push(
            SN,
            PedestrianCapHistory {
                start_time: range.0,
                end_time: range.1,
                page_num: 0,
                page_size: 32,
            },
        )
        .await
        .unwrap();
    assert_eq!(peds.data.result.unwrap().total, 0);

    // Person library: add → query → list → delete → query fails.
    assert!(sim
        .push(SN, person_add("18446744073709551615"))
        .await
        .unwrap()
        .data
        .code
        .is_success());
    let q = sim
        .push(
            SN,
            PersonQuery {
                pid: "18446744073709551615".into(),
            },
        )
        .await
        .unwrap();
    let p = q.data.result.unwrap();
    assert_eq!((p.name.as_str(), p.category), ("张三", PersonCategory::Vip));
    let l = sim
        .push(
            SN,
            PersonList {
                page_num: 1,
                page_size: 32,
                category: Some(PersonCategory::Vip),
                name: None,
                work_id: None,
                id_card: None,
                phone: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(l.data.result.unwrap().total, 1);
    let d = sim
        .push(
            SN,
            PersonDelete {
                pid: Some("18446744073709551615".into()),
            },
        )
        .await
        .unwrap();
    assert!(d.data.code.is_success());
    let q = sim
        .push(
            SN,
            PersonQuery {
                pid: "18446744073709551615".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(q.data.code, ResultCode::ResourceNotFound);
    assert!(q.data.result.is_none());

    let s = sim
        .push(
            SN,
            PersonSearch {
                photo: Some("AAAA".into()),
                threshold: 80,
                start_time: range.0,
                end_time: range.1,
            },
        )
        .await
        .unwrap();
    assert_eq!(s.data.result.unwrap().face_list[0].score, 80);

    // Every reply echoes the command's msgid (the simulator matched them).
    assert!(sim.replies().len() >= 14);
    session.shutdown().await;
}

fn sim_face_param() -> serde_json::Value {
    let text = String::from_utf8(fixture("ws/1.5-face-param-set.request.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["data"]["param"].clone()
}

#[tokio::test]
async fn default_handler_answers_not_supported_and_unknown_commands_are_surfaced() {
    let sim = sim().await;
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let session = device.connect(NoCommands).await.unwrap();

    let r = sim.push(SN, Reboot { delay_ms: 0 }).await.unwrap();
    assert_eq!(r.data.code, ResultCode::NotFound);
    assert_eq!(r.data.uri.as_deref(), Some(Reboot::URI));

    let raw = sim
        .push_raw(SN, "/ivp/unknown_thing", json!({"x": 1}))
        .await
        .unwrap();
    assert_eq!(raw.data.code, Some(ResultCode::NotFound));
    assert_eq!(raw.data.uri.as_deref(), Some("/ivp/unknown_thing"));
    let e = wait_for(&mut events, "UnknownCommand", |e| {
        matches!(e, SessionEvent::UnknownCommand { .. })
    })
    .await;
    assert_eq!(
        e,
        SessionEvent::UnknownCommand {
            uri: "/ivp/unknown_thing".into(),
            msgid: raw.msgid.clone().unwrap(),
            param: Some(json!({"x": 1}))
        }
    );

    // Known uri, undecodable parameters → 420 and an event.
    let raw = sim
        .push_raw(SN, "/system/maintain/reboot", json!({"delay_ms": "soon"}))
        .await
        .unwrap();
    assert_eq!(raw.data.code, Some(ResultCode::InvalidParam));
    wait_for(&mut events, "InvalidCommand", |e| {
        matches!(e, SessionEvent::InvalidCommand { .. })
    })
    .await;
    session.shutdown().await;
}

#[tokio::test]
async fn command_stream_with_responders() {
    let sim = sim().await;
    let device = device(&sim, "test-device.pkcs1.pem");
    let (session, mut commands) = device.connect_with_stream(8).await.unwrap();
    let answering = tokio::spawn(async move {
        while let Some(incoming) = commands.next().await {
            match incoming.command {
                Command::RecordByMonth(m) => {
                    incoming.responder.ok(vec![DayCount {
                        day: 2,
                        count: m.year,
                    }]);
                }
                Command::Reboot(_) => {
                    incoming.responder.ok_empty();
                }
                _ => {
                    incoming
                        .responder
                        .error(CommandError::invalid_param("nope"));
                }
            }
        }
    });
    let r = sim
        .push(
            SN,
            RecordByMonth {
                year: 2024,
                month: 0,
            },
        )
        .await
        .unwrap();
    assert_eq!(
        r.data.result.unwrap(),
        vec![DayCount {
            day: 2,
            count: 2024
        }]
    );
    assert!(sim
        .push(SN, Reboot { delay_ms: 5 })
        .await
        .unwrap()
        .data
        .code
        .is_success());
    let r = sim.push(SN, PersonQuery { pid: "1".into() }).await.unwrap();
    assert_eq!(r.data.code, ResultCode::InvalidParam);
    session.shutdown().await;
    drop(session);
    tokio::time::timeout(WAIT, answering)
        .await
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn abrupt_drop_then_reconnect_loses_no_later_command() {
    let sim = sim().await;
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let session = device.connect(Camera::default()).await.unwrap();
    let token_before = session.token().unwrap();

    sim.drop_connections();
    let e = wait_for(&mut events, "Disconnected", |e| {
        matches!(e, SessionEvent::Disconnected { .. })
    })
    .await;
    assert!(
        matches!(
            e,
            SessionEvent::Disconnected {
                reason: DisconnectReason::Dropped(_)
            }
        ),
        "{e:?}"
    );
    wait_for(&mut events, "Reconnecting", |e| {
        matches!(e, SessionEvent::Reconnecting { attempt: 1, .. })
    })
    .await;
    wait_for(&mut events, "reconnected", |e| {
        matches!(
            e,
            SessionEvent::Connected {
                reconnected: true,
                ..
            }
        )
    })
    .await;
    assert!(session.is_connected());
    assert_ne!(
        session.token().unwrap(),
        token_before,
        "a fresh /connect gives a fresh token"
    );

    // Commands pushed after the reconnection: all answered, none lost.
    let pushes = (0..10).map(|i| sim.push(SN, person_add(&format!("{i}"))));
    for r in futures::future::join_all(pushes).await {
        assert!(r.unwrap().data.code.is_success());
    }
    let l = sim
        .push(
            SN,
            PersonList {
                page_num: 1,
                page_size: 32,
                category: None,
                name: None,
                work_id: None,
                id_card: None,
                phone: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(l.data.result.unwrap().total, 10);
    session.shutdown().await;
}

#[tokio::test]
async fn server_close_refused_reconnects_and_failed_heartbeat_all_recover() {
    // A 2 s interval: a heartbeat every second, each allowed one second for its reply
    // (no spurious heartbeat failure on a loaded machine).
    let sim = sim_config(Some(DID))
        .timings(Duration::from_secs(60), Duration::from_secs(2))
        // Let the device notice the muted heartbeats before the platform gives up.
        .grace(Duration::from_secs(5))
        .start()
        .await
        .unwrap();
    let mut sim_events = sim.events();
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let session = device.connect(NoCommands).await.unwrap();

    // 1. A server close, while new connections are refused for a while.
    sim.refuse_connections(true);
    sim.close_sessions();
    let e = wait_for(&mut events, "Disconnected", |e| {
        matches!(e, SessionEvent::Disconnected { .. })
    })
    .await;
    assert!(
        matches!(
            e,
            SessionEvent::Disconnected {
                reason: DisconnectReason::ServerClosed { .. }
            }
        ),
        "{e:?}"
    );
    wait_for(&mut sim_events, "refused 1", |e| {
        matches!(e, SimEvent::Refused)
    })
    .await;
    wait_for(&mut sim_events, "refused 2", |e| {
        matches!(e, SimEvent::Refused)
    })
    .await;
    assert!(!session.is_connected());
    assert!(matches!(
        session.heartbeat().await,
        Err(Error::NotConnected)
    ));
    sim.refuse_connections(false);
    wait_for(&mut events, "reconnected", |e| {
        matches!(
            e,
            SessionEvent::Connected {
                reconnected: true,
                ..
            }
        )
    })
    .await;

    // 2. A failed heartbeat (the platform stops answering them) → reconnect.
    sim.mute("/heartbeat", true);
    let e = wait_for(&mut events, "heartbeat failure", |e| {
        matches!(e, SessionEvent::Disconnected { .. })
    })
    .await;
    assert!(
        matches!(
            e,
            SessionEvent::Disconnected {
                reason: DisconnectReason::HeartbeatFailed(_)
            }
        ),
        "{e:?}"
    );
    sim.mute("/heartbeat", false);
    wait_for(&mut events, "reconnected", |e| {
        matches!(
            e,
            SessionEvent::Connected {
                reconnected: true,
                ..
            }
        )
    })
    .await;
    assert!(session.heartbeat().await.is_ok());
    session.shutdown().await;
}

#[tokio::test]
async fn a_reply_that_never_comes_times_out() {
    let sim = sim().await;
    let signer = ConnectSigner::from_pem(&key("test-device.pkcs1.pem")).unwrap();
    let device = Device::new(
        DeviceConfig::new(sim.ws_url(), SN, CODE, signer)
            .with_did(DID)
            // Long enough for the answered renewal below on a loaded machine.
            .with_reply_timeout(Duration::from_secs(2)),
    );
    let session = device.connect(NoCommands).await.unwrap();
    sim.mute("/token/update", true);
    let err = session.update_token().await.unwrap_err();
    match err {
        Error::ReplyTimeout { uri, after, .. } => {
            assert_eq!(uri, "/token/update");
            assert_eq!(after, Duration::from_secs(2));
        }
        other => panic!("expected a timeout, got {other}"),
    }
    sim.mute("/token/update", false);
    session.update_token().await.unwrap();
    session.shutdown().await;
    assert!(matches!(session.update_token().await, Err(Error::Shutdown)));
    // The same device can start a new session after a shutdown.
    let again = device.connect(NoCommands).await.unwrap();
    assert!(again.is_connected());
    again.shutdown().await;
}

#[tokio::test]
async fn http_uploads_with_and_without_a_valid_token() {
    let sim = sim().await;
    let mut sim_events = sim.events();
    let device = device(&sim, "test-device.pkcs1.pem");
    let session = device.connect(NoCommands).await.unwrap();
    let http = HttpClient::new(&sim.http_url(), session.clone()).unwrap();
    let jpeg = fixture("face.jpg");

    http.report_device_info(DeviceInfoReport {
        fw_ver: Some("V1.0".into()),
        dev_name: Some("NFY-01".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let now = chrono::Utc::now();
    http.upload_face_capture(now, &jpeg).await.unwrap();
    http.report_event(EventReport::new("", EventType::Fire, now).with_background_jpeg(&jpeg))
        .await
        .unwrap();
    http.report_vehicle(VehicleCapture {
        did: String::new(),
        sn: String::new(),
        time: now,
        data: Some(VehicleData {
            vehicle_type: Some(VehicleType::Suv),
            plate: Some(Plate {
                id: Some("粤B54896".into()),
                plate_loc: Some(Rect {
                    x: 2,
                    y: 3,
                    w: 4,
                    h: 50,
                }),
                plate_pic: None,
                plate_type: Some(PlateType::NewEnergy),
            }),
            ..VehicleData::default().with_full_image(&jpeg)
        }),
    })
    .await
    .unwrap();

    let uploads = sim.uploads();
    assert_eq!(uploads.len(), 4);
    assert!(uploads.iter().all(|u| u.sn == SN));
    for u in &uploads {
        // Exactly what the seed prints (二、HTTP 接口), no charset parameter.
        assert_eq!(u.content_type, "application/json", "{}", u.path);
    }
    let face = &uploads[1].body;
    assert_eq!(face["did"], DID);
    assert_eq!(face["time"], now.timestamp(), "2.1 time is in seconds");
    let face_data = face["data"]["face_data"].as_str().unwrap();
    assert!(face_data.starts_with("data:image/jpeg;base64,"));
    assert_eq!(
        lenfocus_device::image::decode_base64_image(face_data).unwrap(),
        jpeg
    );
    assert_eq!(
        uploads[2].body["time"],
        now.timestamp_millis(),
        "2.4 time is in milliseconds"
    );
    assert_eq!(uploads[2].body["type"], 8);
    assert_eq!(
        uploads[3].body["time"],
        now.timestamp_millis(),
        "2.5 time is in milliseconds"
    );
    assert_eq!(uploads[3].body["data"]["plate"]["plate_type"], 17);

    // OTA: query, download, verify both hashes; a wrong hash is refused.
    let firmware = b"firmware image v2".to_vec();
    let url = sim.serve_file("fw.bin", firmware.clone());
    use md5::Digest as _;
    let component = OtaComponent {
        name: "Firmware".into(),
        component_type: ComponentType::Firmware,
        size: firmware.len() as i64,
        md5: auth_signing::hex_lower(&md5::Md5::digest(&firmware)),
        sha256: auth_signing::sha256_hex(&firmware),
        url,
    };
    sim.set_ota(Some(OtaInfo {
        ver_code: 2,
        ver_name: "v2".into(),
        description: None,
        release_date: t("2021-01-01 08:00:00"),
        component_list: vec![component.clone()],
    }));
    let info = http
        .query_ota(OtaQuery {
            ota_id: "35646hgf56768".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.component_list[0], component);
    assert_eq!(
        http.download_component(&component).await.unwrap().as_ref(),
        firmware.as_slice()
    );
    let tampered = OtaComponent {
        sha256: "00".repeat(32),
        ..component.clone()
    };
    assert!(matches!(
        http.download_component(&tampered).await,
        Err(Error::Integrity { .. })
    ));

    // Without a valid token: 401, as an HTTP status and a body code.
    let transport =
        client_core::Transport::new(&client_core::TransportConfig::parse(&sim.http_url()).unwrap())
            .unwrap();
    let mut req = client_core::RawRequest::new(http::Method::POST, FaceCaptureUpload::PATH);
    req.body =
        client_core::RequestBody::Json(bytes::Bytes::from_static(b"{\"did\":\"1\",\"time\":1}"));
    let resp = transport.send(req.clone()).await.unwrap();
    assert_eq!(resp.status, http::StatusCode::UNAUTHORIZED);
    assert_eq!(resp.json::<serde_json::Value>().unwrap()["code"], 401);
    req.headers.insert(
        http::header::AUTHORIZATION,
        "Bearer not-a-token".parse().unwrap(),
    );
    assert_eq!(
        transport.send(req).await.unwrap().status,
        http::StatusCode::UNAUTHORIZED
    );

    // A token the platform no longer accepts: one /token/update, one retry, success.
    sim.revoke_http_tokens();
    let before = session.token().unwrap();
    http.upload_face_capture(now, &jpeg).await.unwrap();
    wait_for(&mut sim_events, "token update", |e| {
        matches!(e, SimEvent::TokenUpdated { .. })
    })
    .await;
    assert_ne!(session.token().unwrap(), before);
    assert_eq!(sim.uploads().len(), 6);
    session.shutdown().await;
}

#[tokio::test]
async fn parameter_signature_when_the_deployment_requires_it() {
    let signing = ParamSigning::new("FUN790386", Secret::new("AABBCC112233"));
    let sim = sim_config(Some(DID))
        .param_signing(signing.clone())
        .start()
        .await
        .unwrap();
    let session = device(&sim, "test-device.pkcs1.pem")
        .connect(NoCommands)
        .await
        .unwrap();
    let info = DeviceInfoReport {
        fw_ver: Some("1".into()),
        ..Default::default()
    };

    let unsigned = HttpClient::new(&sim.http_url(), session.clone()).unwrap();
    let err = unsigned.report_device_info(info.clone()).await.unwrap_err();
    assert_eq!(err.code(), Some(ResultCode::BadSignature));

    let signed = HttpClient::builder(session.clone())
        .base_url(sim.http_url())
        .param_signature(signing.app_id, signing.secret)
        .build()
        .unwrap();
    signed.report_device_info(info).await.unwrap();
    let body = &sim.uploads()[0].body;
    assert_eq!(body["appid"], "FUN790386");
    assert_eq!(body["sign"].as_str().unwrap().len(), 32);
    session.shutdown().await;
}

#[test]
fn backoff_grows_with_jitter_and_is_bounded() {
    let b = Backoff {
        initial: Duration::from_millis(100),
        max: Duration::from_secs(2),
    };
    for attempt in 1..30 {
        let d = b.delay(attempt);
        let full = Duration::from_millis(100 * 2u64.pow((attempt - 1).min(20)))
            .min(Duration::from_secs(2));
        assert!(
            d >= full / 2 && d <= full,
            "attempt {attempt}: {d:?} vs {full:?}"
        );
    }
    let _ = NaiveDate::from_ymd_opt(2021, 1, 1);
}

#[tokio::test]
async fn simulator_closes_sessions_that_miss_heartbeats_or_let_the_token_expire() {
    use futures::SinkExt;
    use lenfocus_device::envelope::{ReplyEnvelope, RequestData, RequestEnvelope};
    use lenfocus_device::messages::{Connect, ConnectResult};
    use tokio_tungstenite::tungstenite::Message;

    let cases = [
        (60, 1, SimCloseReason::MissedHeartbeat, 4001),
        (1, 30, SimCloseReason::TokenExpired, 4002),
    ];
    for (lifetime, interval, expected, close_code) in cases {
        let sim = sim_config(Some(DID))
            .timings(Duration::from_secs(lifetime), Duration::from_secs(interval))
            .grace(Duration::from_millis(100))
            .start()
            .await
            .unwrap();
        let mut sim_events = sim.events();
        // A bare client that connects correctly and then stays silent.
        let (mut ws, _) = tokio_tungstenite::connect_async(sim.ws_url())
            .await
            .unwrap();
        let signer = ConnectSigner::from_pem(&key("test-device.pkcs8.pem")).unwrap();
        let ts = client_core::unix_seconds();
        let connect = RequestEnvelope {
            msgid: "m1".into(),
            token: None,
            data: RequestData {
                uri: "/connect".into(),
                param: Connect {
                    did: Some(DID.into()),
                    sn: SN.into(),
                    ip: "10.0.0.2".into(),
                    sign: signer.sign(SN, CODE, ts).unwrap(),
                    ts,
                },
            },
        };
        ws.send(Message::text(serde_json::to_string(&connect).unwrap()))
            .await
            .unwrap();
        let Some(Ok(Message::Text(reply))) = ws.next().await else {
            panic!("no /connect reply")
        };
        let reply: ReplyEnvelope<ConnectResult> = serde_json::from_str(reply.as_str()).unwrap();
        assert_eq!(reply.msgid, "m1");
        assert_eq!(reply.data.result.unwrap().interval, interval as i64);
        let close = tokio::time::timeout(WAIT, async {
            loop {
                match ws.next().await {
                    Some(Ok(Message::Close(frame))) => return frame,
                    None | Some(Err(_)) => return None,
                    _ => {}
                }
            }
        })
        .await
        .unwrap()
        .expect("a close frame");
        assert_eq!(u16::from(close.code), close_code);
        wait_for(
            &mut sim_events,
            "session closed",
            |e| matches!(e, SimEvent::SessionClosed { reason, .. } if *reason == expected),
        )
        .await;
    }
}

#[tokio::test]
async fn factory_reset_while_connected_waits_for_the_new_did() {
    let sim = sim().await;
    let signer = ConnectSigner::from_pem(&key("test-device.pkcs1.pem")).unwrap();
    // A long backoff: only the did delivery can wake the reconnection in time.
    let device = Device::new(
        DeviceConfig::new(sim.ws_url(), SN, CODE, signer)
            .with_did(DID)
            .with_backoff(Duration::from_secs(60), Duration::from_secs(60)),
    );
    let mut events = device.events();
    let session = device.connect(Camera::default()).await.unwrap();

    // Factory reset: the platform forgets the binding, the device clears its did.
    sim.unregister(SN);
    device.did_store().clear();
    sim.drop_connections();
    wait_for(&mut events, "reconnect attempt", |e| {
        matches!(e, SessionEvent::Reconnecting { .. })
    })
    .await;
    // A did the platform does not know (yet): woken at once, answered 421, surfaced.
    device.did_store().set("11111111");
    wait_for(&mut events, "NotRegistered", |e| {
        matches!(e, SessionEvent::NotRegistered)
    })
    .await;
    let e = wait_for(&mut events, "ConnectFailed", |e| {
        matches!(e, SessionEvent::ConnectFailed { .. })
    })
    .await;
    assert!(matches!(
        e,
        SessionEvent::ConnectFailed {
            code: Some(ResultCode::NotRegistered),
            ..
        }
    ));
    assert!(!session.is_connected());
    // The reconnection now waits out a 60 s backoff unless a did arrives: deliver it.
    sim.register(SN, "99887766");
    device.did_store().set("99887766");
    wait_for(&mut events, "reconnected", |e| {
        matches!(
            e,
            SessionEvent::Connected {
                reconnected: true,
                ..
            }
        )
    })
    .await;
    assert_eq!(session.did().as_deref(), Some("99887766"));
    assert!(sim
        .push(SN, Reboot { delay_ms: 0 })
        .await
        .unwrap()
        .data
        .code
        .is_success());
    session.shutdown().await;
}

/// `wss://` end to end: a TLS terminator (test CA, `localhost` certificate) in front
/// of the simulator; the device trusts the test CA through `DeviceConfig::tls`, with
/// the ring provider passed explicitly (no process-wide provider installed).
#[tokio::test]
async fn wss_with_rustls_and_a_custom_root() {
    use std::sync::Arc;
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

    let sim = sim().await;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let certs = vec![CertificateDer::from_pem_slice(&fixture("tls/server-cert.pem")).unwrap()];
    let server_key = PrivateKeyDer::from_pem_slice(&fixture("tls/server-key.pem")).unwrap();
    let server = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, server_key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let backend = sim.ws_url().trim_start_matches("ws://").to_owned();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let backend = backend.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(mut plain) = tokio::net::TcpStream::connect(backend).await else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
            });
        }
    });

    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(&fixture("tls/ca-cert.pem")).unwrap())
        .unwrap();
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let signer = ConnectSigner::from_pem(&key("test-device.pkcs1.pem")).unwrap();
    let mut config =
        DeviceConfig::new(format!("wss://localhost:{port}"), SN, CODE, signer).with_did(DID);
    config.tls = Some(Arc::new(client));
    let session = Device::new(config)
        .connect(Camera::default())
        .await
        .unwrap();
    assert!(session.is_connected());
    assert!(sim
        .push(SN, Reboot { delay_ms: 0 })
        .await
        .unwrap()
        .data
        .code
        .is_success());
    session.shutdown().await;

    // Without the test CA (webpki roots only) the certificate is rejected.
    let signer = ConnectSigner::from_pem(&key("test-device.pkcs1.pem")).unwrap();
    let config =
        DeviceConfig::new(format!("wss://localhost:{port}"), SN, CODE, signer).with_did(DID);
    let err = Device::new(config).connect(NoCommands).await.unwrap_err();
    assert!(matches!(err, Error::WebSocket(_)), "{err}");
}

#[tokio::test]
async fn scripted_commands_are_pushed_on_every_connect_and_replies_recorded() {
    let sim = sim_config(Some(DID))
        .script_command(&person_add("7"))
        .script_command(&PersonQuery { pid: "7".into() })
        .start()
        .await
        .unwrap();
    let mut sim_events = sim.events();
    let session = device(&sim, "test-device.pkcs1.pem")
        .connect(Camera::default())
        .await
        .unwrap();
    for _ in 0..2 {
        wait_for(&mut sim_events, "scripted reply", |e| {
            matches!(e, SimEvent::Reply { .. })
        })
        .await;
    }
    let replies = sim.replies();
    assert_eq!(replies.len(), 2);
    assert!(replies.iter().all(|r| r.data.code == Some(ResultCode::Ok)));
    let person: Person = replies
        .iter()
        .find_map(|r| r.data.result.clone())
        .map(|v| serde_json::from_value(v).unwrap())
        .unwrap();
    assert_eq!(person.pid, "7");
    session.shutdown().await;
}

/// Panics on reboot; answers person queries.
struct Panicky;

impl CommandHandler for Panicky {
    async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
        panic!("the reboot handler is broken");
    }
    async fn person_query(&self, cmd: PersonQuery) -> CommandResult<Person> {
        Err(CommandError::not_found(format!("no person {}", cmd.pid)))
    }
}

#[tokio::test]
async fn a_panicking_handler_is_answered_500_and_later_commands_still_run() {
    let sim = sim().await;
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let session = device.connect(Panicky).await.unwrap();
    let reply = sim.push(SN, Reboot { delay_ms: 0 }).await.unwrap();
    assert_eq!(reply.data.code, ResultCode::Unknown(500));
    assert!(reply.data.result.is_none());
    // The command task survived: the next command is answered by the handler.
    let reply = sim.push(SN, PersonQuery { pid: "7".into() }).await.unwrap();
    assert_eq!(reply.data.code, ResultCode::ResourceNotFound);
    assert!(session.is_connected());
    // Neither the panic nor the answers cost the connection.
    session.shutdown().await;
    let closed = wait_for(&mut events, "closed or disconnected", |e| {
        matches!(e, SessionEvent::Closed | SessionEvent::Disconnected { .. })
    })
    .await;
    assert_eq!(closed, SessionEvent::Closed);
}

/// Holds every reboot until the test opens the gate.
struct Gated(std::sync::Arc<tokio::sync::Semaphore>);

impl CommandHandler for Gated {
    async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
        let permit = self.0.acquire().await;
        drop(permit);
        Ok(())
    }
}

#[tokio::test]
async fn a_full_command_queue_answers_500_at_once_and_loses_nothing_else() {
    let sim = std::sync::Arc::new(
        sim_config(Some(DID))
            .push_timeout(WAIT)
            .start()
            .await
            .unwrap(),
    );
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(0));
    let session = device.connect(Gated(gate.clone())).await.unwrap();

    // One command in the handler, 256 queued, the rest refused: 9 or 10 refusals
    // depending on whether the handler took the first before the others arrived.
    const SENT: usize = 266;
    let pushes: Vec<_> = (0..SENT)
        .map(|i| {
            let sim = sim.clone();
            tokio::spawn(async move { sim.push(SN, Reboot { delay_ms: i as i64 }).await })
        })
        .collect();
    let mut refused = 0;
    tokio::time::timeout(WAIT, async {
        while refused < 9 {
            if let Ok(SessionEvent::CommandAnswered { code, .. }) = events.recv().await {
                assert_eq!(
                    code,
                    ResultCode::Unknown(500),
                    "answered before the gate opened"
                );
                refused += 1;
            }
        }
    })
    .await
    .expect("refusals while the handler is busy");
    gate.add_permits(SENT);
    let mut ok = 0;
    let mut busy = 0;
    for p in pushes {
        let reply = p.await.unwrap().unwrap();
        match reply.data.code {
            ResultCode::Ok => ok += 1,
            ResultCode::Unknown(500) => busy += 1,
            other => panic!("unexpected code {other}"),
        }
    }
    assert!((9..=10).contains(&busy), "{busy} refused");
    assert_eq!(ok + busy, SENT, "every command answered");
    assert!(session.is_connected());
    session.shutdown().await;
}

struct Rebooter;

impl CommandHandler for Rebooter {
    async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
        Ok(())
    }
    async fn person_list(&self, _cmd: PersonList) -> CommandResult<PersonListResult> {
        Err(CommandError::not_found("none"))
    }
}

/// Seed: 200 in the code table and the 1.5/1.6 examples, `"code": 0` in the
/// 1.7–1.16 examples. The success code is configurable per command; 200 stays the
/// default; errors keep their own code.
#[tokio::test]
async fn success_code_is_configurable_per_command() {
    let sim = sim().await;
    let signer = ConnectSigner::from_pem(&key("test-device.pkcs1.pem")).unwrap();
    let cfg = DeviceConfig::new(sim.ws_url(), SN, CODE, signer)
        .with_did(DID)
        .with_command_success_code(CommandKind::Reboot, ResultCode::OkZero);
    assert_eq!(cfg.success_code_for(CommandKind::RecordSet), ResultCode::Ok);
    let session = Device::new(cfg).connect(Rebooter).await.unwrap();
    let reply = sim.push(SN, Reboot { delay_ms: 0 }).await.unwrap();
    assert_eq!(reply.data.code, ResultCode::OkZero);
    let reply = sim
        .push(
            SN,
            PersonList {
                page_num: 1,
                page_size: 10,
                category: None,
                name: None,
                id_card: None,
                phone: None,
                work_id: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(reply.data.code, ResultCode::ResourceNotFound);
    session.shutdown().await;

    // Every command at once.
    let signer = ConnectSigner::from_pem(&key("test-device.pkcs1.pem")).unwrap();
    let cfg = DeviceConfig::new(sim.ws_url(), SN, CODE, signer)
        .with_did(DID)
        .with_success_code(ResultCode::OkZero);
    let session = Device::new(cfg).connect(Rebooter).await.unwrap();
    let reply = sim.push(SN, Reboot { delay_ms: 0 }).await.unwrap();
    assert_eq!(reply.data.code, ResultCode::OkZero);
    session.shutdown().await;
}

/// The WebSocket read buffer is small (see `lenfocus_device::session::MAX_MESSAGE_SIZE`
/// and the buffer it documents), yet the largest documented messages — a Base64 face
/// photo in 1.12 `/person/add` — arrive whole; a message above `MAX_MESSAGE_SIZE` ends
/// the connection with a capacity error (nothing buffered) and the device reconnects.
#[tokio::test]
async fn large_photos_pass_the_small_read_buffer_and_oversize_messages_are_refused() {
    let sim = sim().await;
    let device = device(&sim, "test-device.pkcs1.pem");
    let mut events = device.events();
    let (session, mut commands) = device.connect_with_stream(4).await.unwrap();
    // 1 MiB of JPEG: 1.4 MiB of Base64, 350 times the read buffer.
    let photo: Vec<u8> = (0..1u32 << 20).map(|i| (i % 251) as u8).collect();
    let mut add = person_add("9");
    add.photo = lenfocus_device::image::base64_image(&photo);
    let answering = tokio::spawn(async move {
        let incoming = tokio::time::timeout(WAIT, commands.recv())
            .await
            .expect("the command arrives")
            .expect("the stream is open");
        let Command::PersonAdd(cmd) = incoming.command else {
            panic!("expected /person/add, got {:?}", incoming.command.kind());
        };
        incoming.responder.ok_empty();
        (cmd.photo_bytes().unwrap(), commands)
    });
    let reply = sim.push(SN, add).await.unwrap();
    assert_eq!(reply.data.code, ResultCode::Ok);
    let (received, _commands) = answering.await.unwrap();
    assert_eq!(received, photo);

    let too_big = "x".repeat(lenfocus_device::session::MAX_MESSAGE_SIZE + 1);
    let (pushed, disconnected) = tokio::join!(
        sim.push_raw(SN, PersonAdd::URI, json!({ "photo": too_big })),
        wait_for(&mut events, "Disconnected", |e| {
            matches!(e, SessionEvent::Disconnected { .. })
        })
    );
    assert!(pushed.is_err(), "{pushed:?}");
    match disconnected {
        SessionEvent::Disconnected {
            reason: DisconnectReason::Dropped(why),
        } => assert!(why.contains("too long"), "{why}"),
        other => panic!("expected a dropped connection, got {other:?}"),
    }
    assert!(session.wait_connected(WAIT).await);
    session.shutdown().await;
}
