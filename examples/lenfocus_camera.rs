//! A simulated Lenfocus camera: the device side of the Lenfocus third-party device
//! protocol, end to end.
//!
//! ```text
//! cargo run --example lenfocus_camera                  # embedded platform simulator, scripted demo, exits 0
//! LENFOCUS_RUN_SECS=20 cargo run --example lenfocus_camera
//! ```
//!
//! The camera keeps an in-memory person library and record index and answers every
//! server command (1.5–1.16) from them — a person added can then be queried, listed
//! and deleted. After connecting it reports its device info over HTTP (2.2) and
//! uploads one face capture (2.1, `crates/lenfocus-device/fixtures/lenfocus/face.jpg`); the runtime sends
//! heartbeats, renews the token before it expires and reconnects after a drop.
//!
//! Against a real platform set `LENFOCUS_WS_URL`, `LENFOCUS_HTTP_URL`, `LENFOCUS_SN`,
//! `LENFOCUS_SECURITY_CODE`, `LENFOCUS_PRIVATE_KEY` (PEM file) and optionally
//! `LENFOCUS_DID`, `LENFOCUS_IP`, `LENFOCUS_APP_ID` + `LENFOCUS_SECRET` (parameter
//! signature). With none of them set it runs against the embedded simulator; with
//! some but not all of the required ones it names the missing ones and exits 2. It then
//! runs until Ctrl-C, or for `LENFOCUS_RUN_SECS` seconds (counted from the start),
//! answering whatever commands the platform sends (possibly none), and shuts down
//! cleanly with exit code 0. A missing or unreadable setting (e.g. the PEM file) is
//! reported before anything is opened; a platform that keeps answering 421 (not
//! registered) is retried every 30 s until the run ends, then the example exits 1.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context as _;
use chrono::{Datelike, Duration as ChronoDuration, NaiveDateTime, Utc};
use lenfocus_device::commands::*;
use lenfocus_device::enums::{Gender, PersonCategory, ResultCode};
use lenfocus_device::simulator::{SimDevice, Simulator};
use lenfocus_device::uploads::DeviceInfoReport;
use lenfocus_device::{
    CommandError, CommandHandler, CommandResult, Device, DeviceConfig, HttpClient, Session,
    SessionEvent,
};

const FACE_JPEG: &[u8] = include_bytes!("../crates/lenfocus-device/fixtures/lenfocus/face.jpg");

/// The camera's storage: person library, video records, capture history.
#[derive(Default)]
struct Store {
    persons: BTreeMap<String, Person>,
    photos: BTreeMap<String, usize>,
    records: Vec<RecordFile>,
    faces: Vec<FaceCapture>,
    pedestrians: Vec<PedestrianCapture>,
    face_params: Option<FaceParamSet>,
    record_params: Option<RecordSet>,
}

/// A camera answering every server command from its in-memory store.
#[derive(Clone, Default)]
struct Camera {
    store: Arc<Mutex<Store>>,
}

fn in_range(t: Option<NaiveDateTime>, start: NaiveDateTime, end: NaiveDateTime) -> bool {
    t.is_some_and(|t| t >= start && t <= end)
}

/// One page of `items`; `first_page` is the seed's page base for that command.
/// `page_num` and `page_size` come from the platform: saturating arithmetic only.
fn page<T: Clone>(items: &[T], page_num: i64, page_size: i64, first_page: i64) -> Vec<T> {
    let size = usize::try_from(page_size.clamp(1, 500)).unwrap_or(1);
    let index = usize::try_from(page_num.saturating_sub(first_page)).unwrap_or(0);
    items
        .iter()
        .skip(index.saturating_mul(size))
        .take(size)
        .cloned()
        .collect()
}

impl Camera {
    fn with_sample_data() -> Self {
        let camera = Camera::default();
        {
            let mut s = camera.store.lock().unwrap_or_else(|p| p.into_inner());
            let today = Utc::now().naive_local().date();
            // Six 10-minute files a day for the first days of this month.
            for day in 1..=today.day().min(3) {
                let date = today.with_day(day).unwrap_or(today);
                for i in 0..6u32 {
                    let start = date.and_hms_opt(8 + i, 0, 0).unwrap_or_default();
                    s.records.push(RecordFile {
                        filename: Some(format!(
                            "/progs/rec/00/{}/N{:02}0000.mp4",
                            date.format("%Y%m%d"),
                            8 + i
                        )),
                        start_time: Some(start),
                        end_time: Some(start + ChronoDuration::minutes(10)),
                    });
                }
            }
            let now = Utc::now().naive_local();
            s.pedestrians.push(PedestrianCapture {
                time: now - ChronoDuration::minutes(5),
                jpeg_url_face: None,
                jpeg_url_body: Some("sdcard/ped/0001_body.jpg".into()),
                jpeg_url_frame: "sdcard/ped/0001_bg.jpg".into(),
            });
        }
        camera
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records a local face capture (what the camera also uploads over HTTP).
    fn capture_face(&self, time: NaiveDateTime) {
        self.lock().faces.push(FaceCapture {
            name: None,
            similarity: None,
            gender: None,
            age: None,
            time,
            jpeg_url_face: Some(format!("sdcard/{}_face.jpg", time.format("%Y%m%d/%H/%M%S"))),
            jpeg_url_body: None,
            jpeg_url_frame: format!("sdcard/{}_bg.jpg", time.format("%Y%m%d/%H/%M%S")),
        });
    }
}

impl CommandHandler for Camera {
    async fn face_param_set(&self, cmd: FaceParamSet) -> CommandResult<()> {
        println!(
            "  camera: face parameters set (threshold {}, enable {})",
            cmd.threshold, cmd.enable
        );
        self.lock().face_params = Some(cmd);
        Ok(())
    }

    async fn record_set(&self, cmd: RecordSet) -> CommandResult<()> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        println!(
            "  camera: recording set ({} min files, {:?})",
            cmd.file_len, cmd.strategy
        );
        self.lock().record_params = Some(cmd);
        Ok(())
    }

    async fn record_by_month(&self, cmd: RecordByMonth) -> CommandResult<Vec<DayCount>> {
        let month = cmd.calendar_month().ok_or_else(|| {
            CommandError::invalid_param(format!("month {} is not 0..=11", cmd.month))
        })?;
        let mut per_day: BTreeMap<u32, i64> = BTreeMap::new();
        for r in &self.lock().records {
            if let Some(t) = r.start_time {
                if i64::from(t.year()) == cmd.year && t.month() == month {
                    *per_day.entry(t.day()).or_default() += 1;
                }
            }
        }
        Ok(per_day
            .into_iter()
            .map(|(day, count)| DayCount {
                day: i64::from(day),
                count,
            })
            .collect())
    }

    async fn get_record_list(&self, cmd: GetRecordList) -> CommandResult<RecordList> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<RecordFile> = self
            .lock()
            .records
            .iter()
            .filter(|r| in_range(r.start_time, cmd.start_time, cmd.end_time))
            .cloned()
            .collect();
        let total = matching.len() as i64;
        Ok(RecordList {
            // validate() checked page_size 1..=500.
            total_page: (total + cmd.page_size - 1) / cmd.page_size,
            total_file: total,
            page_size: cmd.page_size,
            // 1.8: page_num starts at 0.
            recordlist: page(&matching, cmd.page_num, cmd.page_size, 0),
        })
    }

    async fn reboot(&self, cmd: Reboot) -> CommandResult<()> {
        // A real camera would answer first, then reboot after the delay.
        println!(
            "  camera: reboot requested in {:?} (simulated: not rebooting)",
            cmd.delay()
        );
        Ok(())
    }

    async fn face_cap_history(&self, cmd: FaceCapHistory) -> CommandResult<FaceCapHistoryResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<FaceCapture> = self
            .lock()
            .faces
            .iter()
            .filter(|f| in_range(Some(f.time), cmd.start_time, cmd.end_time))
            .filter(|f| filter_matches(cmd.name.as_ref(), f.name.as_deref().unwrap_or_default()))
            .cloned()
            .collect();
        Ok(FaceCapHistoryResult {
            face_total: matching.len() as i64,
            // 1.10: the example's first page is 1.
            face_list: page(&matching, cmd.page_num, cmd.page_size, 1),
        })
    }

    async fn pedestrian_cap_history(
        &self,
        cmd: PedestrianCapHistory,
    ) -> CommandResult<PedestrianCapHistoryResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<PedestrianCapture> = self
            .lock()
            .pedestrians
            .iter()
            .filter(|p| in_range(Some(p.time), cmd.start_time, cmd.end_time))
            .cloned()
            .collect();
        Ok(PedestrianCapHistoryResult {
            total: matching.len() as i64,
            // 1.11: the example's first page is 0.
            list: page(&matching, cmd.page_num, cmd.page_size, 0),
        })
    }

    async fn person_add(&self, cmd: PersonAdd) -> CommandResult<()> {
        // The seed's own example sends the placeholder "照片base64编码": a photo that
        // does not decode is kept out of the (simulated) face library, the person is
        // still stored, so a platform's add → query → list → delete flow works.
        let photo_len = match cmd.photo_bytes() {
            Ok(photo) => photo.len(),
            Err(e) => {
                println!(
                    "  camera: person {} has no usable photo ({e}); stored without a face",
                    cmd.pid
                );
                0
            }
        };
        let mut s = self.lock();
        s.photos.insert(cmd.pid.clone(), photo_len);
        s.persons.insert(
            cmd.pid.clone(),
            Person {
                photo: format!("data/facelib/{}.jpg", cmd.pid),
                pid: cmd.pid,
                name: cmd.name,
                work_id: cmd.work_id,
                id_card_no: cmd.id_card_no,
                ic_card_no: cmd.ic_card_no,
                gender: cmd.gender,
                age: cmd.age,
                department: cmd.department,
                category: cmd.category,
                phone: String::new(),
            },
        );
        Ok(())
    }

    async fn person_list(&self, cmd: PersonList) -> CommandResult<PersonListResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        let matching: Vec<Person> = self
            .lock()
            .persons
            .values()
            .filter(|p| cmd.category.is_none() || cmd.category == Some(p.category))
            .filter(|p| filter_matches(cmd.name.as_ref(), &p.name))
            .filter(|p| filter_matches(cmd.work_id.as_ref(), &p.work_id))
            .filter(|p| filter_matches(cmd.id_card.as_ref(), &p.id_card_no))
            .filter(|p| filter_matches(cmd.phone.as_ref(), &p.phone))
            .cloned()
            .collect();
        Ok(PersonListResult {
            total: matching.len() as i64,
            // 1.13: the example's first page is 1.
            list: page(&matching, cmd.page_num, cmd.page_size, 1),
        })
    }

    async fn person_query(&self, cmd: PersonQuery) -> CommandResult<Person> {
        self.lock()
            .persons
            .get(&cmd.pid)
            .cloned()
            .ok_or_else(|| CommandError::not_found(format!("no person with pid {}", cmd.pid)))
    }

    async fn person_delete(&self, cmd: PersonDelete) -> CommandResult<()> {
        // The seed marks pid optional without saying what a delete without it means:
        // this camera refuses it rather than guess "delete everyone".
        let pid = cmd
            .pid
            .ok_or_else(|| CommandError::invalid_param("pid is required"))?;
        let mut s = self.lock();
        s.photos.remove(&pid);
        s.persons
            .remove(&pid)
            .map(|_| ())
            .ok_or_else(|| CommandError::not_found(format!("no person with pid {pid}")))
    }

    async fn person_search(&self, cmd: PersonSearch) -> CommandResult<PersonSearchResult> {
        cmd.validate().map_err(CommandError::invalid_param)?;
        // No face matcher in a simulation: every face capture in the range "matches"
        // with a fixed score, filtered by the threshold.
        let score = 90;
        let hits: Vec<SearchHit> = if score >= cmd.threshold {
            self.lock()
                .faces
                .iter()
                .filter(|f| in_range(Some(f.time), cmd.start_time, cmd.end_time))
                .map(|f| SearchHit {
                    time: f.time,
                    score,
                    jpeg_url_face: f.jpeg_url_face.clone().unwrap_or_default(),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(PersonSearchResult {
            total: hits.len() as i64,
            face_list: hits,
        })
    }
}

/// An optional text filter: absent or empty matches everything.
fn filter_matches(filter: Option<&String>, value: &str) -> bool {
    match filter {
        None => true,
        Some(f) => f.is_empty() || f == value,
    }
}

fn print_events(session: &Session) {
    let mut events = session.events();
    tokio::spawn(async move {
        while let Ok(e) = events.recv().await {
            match e {
                SessionEvent::HeartbeatAcked { .. } | SessionEvent::CommandReceived { .. } => {}
                SessionEvent::CommandAnswered { uri, code, .. } if !code.is_success() => {
                    println!("  event: answered {} with {code}", uri.trim())
                }
                SessionEvent::CommandAnswered { .. } => {}
                other => println!("  event: {other:?}"),
            }
        }
    });
}

/// After connecting: device info (2.2) and one face capture (2.1).
async fn power_on_uploads(http: &HttpClient, camera: &Camera) -> anyhow::Result<()> {
    http.report_device_info(DeviceInfoReport {
        fw_ver: Some("V1.0.3".into()),
        sw_ver: Some(env!("CARGO_PKG_VERSION").into()),
        os_ver: Some("Linux 5.10".into()),
        hw_ver: Some("HW-A2".into()),
        dev_name: Some("anfang demo camera".into()),
        ..Default::default()
    })
    .await
    .context("device info report (2.2)")?;
    println!("reported device info over HTTP (2.2)");
    let now = Utc::now();
    http.upload_face_capture(now, FACE_JPEG)
        .await
        .context("face capture upload (2.1)")?;
    camera.capture_face(now.naive_local());
    println!(
        "uploaded one face capture ({} bytes JPEG) (2.1)",
        FACE_JPEG.len()
    );
    Ok(())
}

fn run_secs() -> anyhow::Result<Option<u64>> {
    match std::env::var("LENFOCUS_RUN_SECS") {
        Ok(v) if !v.trim().is_empty() => {
            Ok(Some(v.trim().parse().context(
                "LENFOCUS_RUN_SECS must be a number of seconds",
            )?))
        }
        _ => Ok(None),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // The WebSocket dependency (tungstenite) prints every frame at TRACE, and every
    // Lenfocus frame carries the session token: its targets stay off whatever
    // RUST_LOG says (see the lenfocus-device docs, "Logging").
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"))
                .add_directive("tungstenite=off".parse()?)
                .add_directive("tokio_tungstenite=off".parse()?),
        )
        .init();
    let run_secs = run_secs()?;
    // None of the variables set → the embedded simulator; all required ones → the real
    // platform; some but not all → an error naming the missing ones (never a silent
    // fallback to the simulator).
    match client_core::env::group(
        &[
            "LENFOCUS_WS_URL",
            "LENFOCUS_HTTP_URL",
            "LENFOCUS_SN",
            "LENFOCUS_SECURITY_CODE",
            "LENFOCUS_PRIVATE_KEY",
        ],
        &[
            "LENFOCUS_DID",
            "LENFOCUS_IP",
            "LENFOCUS_APP_ID",
            "LENFOCUS_SECRET",
        ],
    ) {
        Ok(None) => simulated_platform(run_secs).await,
        Ok(Some(_)) => real_platform(run_secs).await,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}

/// Resolves when the run should end: `LENFOCUS_RUN_SECS` elapsed (counted from
/// `started`) or Ctrl-C. Without a signal handler (it cannot be installed), only the
/// deadline ends the run.
async fn stop_requested(started: tokio::time::Instant, run_secs: Option<u64>) {
    let deadline = async {
        match run_secs {
            Some(secs) => tokio::time::sleep_until(started + Duration::from_secs(secs)).await,
            None => std::future::pending().await,
        }
    };
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            eprintln!("Ctrl-C handler unavailable ({e}); set LENFOCUS_RUN_SECS to bound the run");
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        _ = deadline => {}
        _ = ctrl_c => {}
    }
}

async fn real_platform(run_secs: Option<u64>) -> anyhow::Result<()> {
    let started = tokio::time::Instant::now();
    // Every setting is checked before anything is opened: a missing or unreadable
    // LENFOCUS_PRIVATE_KEY is a typed configuration error naming the variable.
    let config = DeviceConfig::from_env().context("LENFOCUS_* configuration")?;
    println!("connecting {} to {}", config.sn, config.ws_url);
    let camera = Camera::with_sample_data();
    let device = Device::new(config);
    // 421 (not registered) → wait and retry every 30 s, or as soon as a did is stored;
    // LENFOCUS_RUN_SECS and Ctrl-C bound the wait too.
    let session = tokio::select! {
        s = device.connect_until_registered(camera.clone(), Duration::from_secs(30)) => {
            s.context("connect")?
        }
        _ = stop_requested(started, run_secs) => {
            anyhow::bail!("stopped before the platform accepted /connect (it kept answering 421 设备未注册, or had not answered yet)");
        }
    };
    print_events(&session);
    println!("connected; token valid, heartbeats running");
    // From here on every path shuts the session down before returning.
    let outcome = async {
        // LENFOCUS_HTTP_URL, plus LENFOCUS_APP_ID + LENFOCUS_SECRET when the deployment
        // requires the parameter signature.
        let http = HttpClient::from_env(session.clone())?;
        // An upload the platform refuses is reported, not fatal: the session goes on.
        tokio::select! {
            r = power_on_uploads(&http, &camera) => {
                if let Err(e) = r {
                    eprintln!("upload failed: {e:#}");
                }
            }
            _ = stop_requested(started, run_secs) => return Ok(()),
        }
        match run_secs {
            Some(secs) => println!("running for {secs} s in all (LENFOCUS_RUN_SECS)"),
            None => println!("running until Ctrl-C"),
        }
        // Commands are answered by the runtime whenever the platform sends them (it
        // may send none); heartbeats and renewals go on meanwhile.
        stop_requested(started, run_secs).await;
        anyhow::Ok(())
    }
    .await;
    session.shutdown().await;
    outcome?;
    println!("shut down cleanly");
    Ok(())
}

fn demo_person(pid: &str, name: &str) -> PersonAdd {
    PersonAdd {
        pid: pid.into(),
        name: name.into(),
        work_id: "10091".into(),
        id_card_no: "110101199003070000".into(),
        ic_card_no: "RF0001".into(),
        gender: Gender::Female,
        age: 27,
        department: "测试部".into(),
        photo: lenfocus_device::image::base64_image(FACE_JPEG),
        category: PersonCategory::White,
    }
}

fn list_all() -> PersonList {
    PersonList {
        page_num: 1,
        page_size: 32,
        category: None,
        name: None,
        work_id: None,
        id_card: None,
        phone: None,
    }
}

async fn simulated_platform(run_secs: Option<u64>) -> anyhow::Result<()> {
    const SN: &str = "Y3C122AP1234512";
    const CODE: &str = "AB12CD34";
    const DID: &str = "1234512";
    let started = tokio::time::Instant::now();

    // The platform: knows the device (with the embedded test key pair); 2 s tokens and
    // a 1 s heartbeat interval so renewals and heartbeats show within the demo.
    let sim = Simulator::builder()
        .device(SimDevice::with_test_key(SN, CODE, Some(DID.into())))
        .timings(Duration::from_secs(2), Duration::from_secs(1))
        .start()
        .await?;
    println!(
        "platform simulator: {} and {}",
        sim.ws_url(),
        sim.http_url()
    );

    let config = sim
        .device_config(SN)?
        .with_backoff(Duration::from_millis(100), Duration::from_secs(2));
    let camera = Camera::with_sample_data();
    let device = Device::new(config);
    let mut events = device.events();
    let session = device.connect(camera.clone()).await.context("connect")?;
    print_events(&session);
    println!("connected as {SN} (did {DID})");

    let http = sim.http_client(session.clone())?;
    power_on_uploads(&http, &camera).await?;

    println!("\nthe platform pushes every command:");
    let now = Utc::now().naive_local();
    let day_start = now.date().and_hms_opt(0, 0, 0).unwrap_or(now);
    let face_params: FaceParamSet = serde_json::from_value(serde_json::json!({
        "enable": true, "show_face": true, "show_human": true, "push_stranger": true,
        "push_face": true, "push_bg": true, "play_audio": false, "threshold": 50,
        "reg_threshold": 85, "mini_face": 50, "mini_human": 80, "quality_face": 50,
        "quality_human": 50, "server_enable": true,
        "alarm_out": {"interval": 10, "alarm_push": true}
    }))?;
    check(
        sim.push(SN, face_params).await?.data.code,
        "1.5 face parameters",
    )?;
    let record = RecordSet {
        normal_record: true,
        disconnect_record: true,
        alarm_record: true,
        audio_enable: false,
        file_len: 10,
        strategy: lenfocus_device::enums::RecordStrategy::Overwrite,
        face_server_enable: None,
        pre_record: PreRecord {
            enable: true,
            duration: 5,
        },
    };
    check(sim.push(SN, record).await?.data.code, "1.6 record settings")?;
    let month = sim
        .push(
            SN,
            RecordByMonth::for_month(i64::from(now.year()), now.month()),
        )
        .await?;
    println!(
        "  1.7 files per day this month: {:?}",
        month.data.result.unwrap_or_default()
    );
    let list = sim
        .push(
            SN,
            GetRecordList {
                start_time: now
                    .date()
                    .with_day(1)
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .unwrap_or(day_start),
                end_time: now,
                page_num: 0,
                page_size: 4,
            },
        )
        .await?;
    if let Some(r) = list.data.result {
        println!(
            "  1.8 record list: {} files, {} pages, first page {} files",
            r.total_file,
            r.total_page,
            r.recordlist.len()
        );
    }
    check(
        sim.push(SN, Reboot { delay_ms: 1000 }).await?.data.code,
        "1.9 reboot",
    )?;
    let faces = sim
        .push(
            SN,
            FaceCapHistory {
                start_time: day_start,
                end_time: now + ChronoDuration::minutes(1),
                page_num: 1,
                page_size: 32,
                name: None,
                work_id: None,
                id_card: None,
                phone: None,
            },
        )
        .await?;
    println!(
        "  1.10 face captures today: {}",
        faces.data.result.map(|r| r.face_total).unwrap_or(0)
    );
    let peds = sim
        .push(
            SN,
            PedestrianCapHistory {
                start_time: day_start,
                end_time: now,
                page_num: 0,
                page_size: 32,
            },
        )
        .await?;
    println!(
        "  1.11 pedestrian captures today: {}",
        peds.data.result.map(|r| r.total).unwrap_or(0)
    );

    check(
        sim.push(SN, demo_person("18446744073709551615", "李四"))
            .await?
            .data
            .code,
        "1.12 person add",
    )?;
    let q = sim
        .push(
            SN,
            PersonQuery {
                pid: "18446744073709551615".into(),
            },
        )
        .await?;
    let person = q
        .data
        .result
        .context("1.14 person query returned nothing")?;
    println!(
        "  1.14 query → {} ({:?}, {})",
        person.name, person.category, person.photo
    );
    let l = sim.push(SN, list_all()).await?;
    println!(
        "  1.13 list → {} person(s)",
        l.data.result.map(|r| r.total).unwrap_or(0)
    );
    check(
        sim.push(
            SN,
            PersonDelete {
                pid: Some("18446744073709551615".into()),
            },
        )
        .await?
        .data
        .code,
        "1.15 person delete",
    )?;
    let gone = sim
        .push(
            SN,
            PersonQuery {
                pid: "18446744073709551615".into(),
            },
        )
        .await?;
    anyhow::ensure!(
        gone.data.code == ResultCode::ResourceNotFound,
        "deleted person still found"
    );
    println!("  1.14 query after delete → {}", gone.data.code);
    let hits = sim
        .push(
            SN,
            PersonSearch {
                photo: Some(lenfocus_device::image::base64_image(FACE_JPEG)),
                threshold: 80,
                start_time: day_start,
                end_time: now + ChronoDuration::minutes(1),
            },
        )
        .await?;
    println!(
        "  1.16 search by image → {} hit(s)",
        hits.data.result.map(|r| r.total).unwrap_or(0)
    );
    let unknown = sim
        .push_raw(SN, "/ivp/not_a_command", serde_json::json!({}))
        .await?;
    println!(
        "  unknown command answered with {:?}",
        unknown.data.code.map(|c| c.to_string())
    );

    println!("\nwaiting for a token renewal (2 s tokens, renewed at half-life)…");
    wait_event(&mut events, |e| {
        matches!(e, SessionEvent::TokenRenewed { .. })
    })
    .await?;

    println!("\nthe platform drops the connection:");
    sim.drop_connections();
    wait_event(&mut events, |e| {
        matches!(
            e,
            SessionEvent::Connected {
                reconnected: true,
                ..
            }
        )
    })
    .await?;
    check(
        sim.push(SN, demo_person("42", "王五")).await?.data.code,
        "person add after reconnect",
    )?;
    let l = sim.push(SN, list_all()).await?;
    println!(
        "  after reconnecting: list → {} person(s)",
        l.data.result.map(|r| r.total).unwrap_or(0)
    );

    if let Some(secs) = run_secs {
        println!("\nrunning until LENFOCUS_RUN_SECS={secs} elapses (heartbeats, renewals)…");
        stop_requested(started, run_secs).await;
    }
    println!(
        "\nplatform recorded {} upload(s) and {} command replies",
        sim.uploads().len(),
        sim.replies().len()
    );
    session.shutdown().await;
    println!("shut down cleanly");
    Ok(())
}

fn check(code: ResultCode, what: &str) -> anyhow::Result<()> {
    anyhow::ensure!(code.is_success(), "{what}: {code}");
    println!("  {what} → {code}");
    Ok(())
}

async fn wait_event(
    events: &mut tokio::sync::broadcast::Receiver<SessionEvent>,
    pred: impl Fn(&SessionEvent) -> bool,
) -> anyhow::Result<()> {
    tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            match events.recv().await {
                Ok(e) if pred(&e) => return Ok(()),
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(e) => return Err(anyhow::anyhow!("event channel closed: {e}")),
            }
        }
    })
    .await
    .context("timed out waiting for a session event")?
}
