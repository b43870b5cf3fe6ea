//! An in-process simulator of the MCS8 platform (feature `simulator`), on an
//! ephemeral loopback port, built on `wiremock`.
//!
//! It behaves the way the seed describes the platform:
//!
//! * **login** checks the password signature (`hex(SHA256(hex(MD5(pwd)) + udef_t))`,
//!   `udef_t` within 5 minutes of the simulator's clock, `udef_v`/`udef_ver` = `v1`)
//!   and issues a token, a refresh token and `expires_in`;
//! * **strict requests**: a GET query member that the endpoint's table (or example
//!   URL) does not document or a missing required (必填) one, any query member on a
//!   POST, a POST body member outside the endpoint's table, a login body member
//!   outside the 2.1.1 table (plus `udef_ver`), or a TaskList `st`/`et` not in
//!   `yyyy-MM-dd HH:mm:ss` is answered 303 (参数错误) naming the member;
//! * every other call needs a valid `token` header (401 when missing/unknown/logged
//!   out, 332 when expired); RefreshToken extends a token, Logout revokes it;
//! * **rate limits** (1.3): login ≤ 2/min and other calls ≤ 10/s by default, counted in
//!   sliding windows; over-limit calls are answered HTTP 429 with code 429 and counted;
//! * **state**: enterprises, fixed groups, devices and channels, dispatch groups,
//!   geofences, work orders, faces, plates, files and alarms live in memory with
//!   create / edit / delete / list round-trips and honest paging (`page`, and
//!   `pageSize` or `pagesize` exactly as each endpoint spells it);
//! * **GPS tracks** are generated deterministically: one point every
//!   [`SimConfig::gps_interval`] (10 s by default) at times aligned to the epoch, the
//!   position given by [`track_point`];
//! * **faults** can be injected ([`Fault`]) and tokens expired on demand
//!   ([`Simulator::expire_tokens`]); [`Simulator::stats`] reports what arrived.
//!
//! Lists are answered in format ② (`{code, msg, count, data}`), everything else in
//! format ① (`{Result, Message, Content}`), so both envelope readings are exercised.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), mcs8_client::Error> {
//! use mcs8_client::simulator::Simulator;
//! let sim = Simulator::start().await;
//! let client = sim.client_builder().build()?;
//! let tree = client.send(&mcs8_client::api::ext::DevTree {}).await?;
//! assert!(!tree.is_empty());
//! assert_eq!(sim.stats().logins, 1);
//! # Ok(()) }
//! ```

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta};
use client_core::lenient::{parse_datetime, DATETIME_FORMAT};
use client_core::Secret;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::client::{ClientBuilder, RateLimit, TOKEN_HEADER};
use crate::enums::*;
use crate::gps::GpsPoint;
use crate::models::*;

/// Simulator settings.
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// The account name accepted by login (default `pc1`, the seed's example).
    pub username: String,
    /// The account password whose signature login checks (default `000000`).
    pub password: String,
    /// Login rate limit enforced (default 2 per minute); `None` disables it.
    pub login_limit: Option<RateLimit>,
    /// Rate limit of all other calls (default 10 per second); `None` disables it.
    pub call_limit: Option<RateLimit>,
    /// Lifetime of issued tokens (default 24 h).
    pub token_lifetime: Duration,
    /// Allowed distance between `udef_t` and the simulator's clock (default 300 s).
    pub signature_skew: Duration,
    /// Number of devices seeded (default 25).
    pub devices: usize,
    /// Interval between generated GPS points (default 10 s, "设备默认 10s 上报一次").
    pub gps_interval: Duration,
    /// Answer lists in format ① (`{Result, Message, Content: [...]}`, no total)
    /// instead of format ② — exercises the paginator's stop on a short or empty page.
    pub lists_in_format1: bool,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            username: "pc1".into(),
            password: "000000".into(),
            login_limit: Some(RateLimit::LOGIN),
            call_limit: Some(RateLimit::CALLS),
            token_lifetime: Duration::from_secs(24 * 3600),
            signature_skew: Duration::from_secs(300),
            devices: 25,
            gps_interval: Duration::from_secs(10),
            lists_in_format1: false,
        }
    }
}

/// What an injected fault does.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// Answer with this platform code (HTTP 200), e.g. 500 or 1001 — in the format the
    /// path answers in: ② `{code, msg, count, data}` on list paths (unless
    /// [`SimConfig::lists_in_format1`]), ① `{Result, Message, Content}` elsewhere.
    Code(i64),
    /// Answer with this HTTP status and a non-JSON body.
    Http(u16),
    /// Delay the (otherwise normal) answer.
    Delay(Duration),
}

/// A fault injected into the next matching requests.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// The path it applies to (`None`: any path except login).
    pub path: Option<String>,
    /// What happens.
    pub kind: FaultKind,
    /// How many requests it affects.
    pub times: u32,
}

impl Fault {
    /// Answer the next `times` requests to `path` with code `code`.
    pub fn code(path: impl Into<String>, code: i64, times: u32) -> Self {
        Self {
            path: Some(path.into()),
            kind: FaultKind::Code(code),
            times,
        }
    }
    /// Answer the next `times` requests to `path` with HTTP `status`.
    pub fn http(path: impl Into<String>, status: u16, times: u32) -> Self {
        Self {
            path: Some(path.into()),
            kind: FaultKind::Http(status),
            times,
        }
    }
    /// Delay the next `times` requests to `path` by `delay`.
    pub fn delay(path: impl Into<String>, delay: Duration, times: u32) -> Self {
        Self {
            path: Some(path.into()),
            kind: FaultKind::Delay(delay),
            times,
        }
    }
}

/// What the simulator saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SimStats {
    /// Successful logins.
    pub logins: u64,
    /// Login attempts rejected for exceeding the login limit.
    pub rejected_logins: u64,
    /// Non-login calls accepted by the rate limiter.
    pub calls: u64,
    /// Non-login calls rejected for exceeding the call limit.
    pub rejected_calls: u64,
    /// Most logins ever seen inside one login-limit window.
    pub max_logins_in_window: u64,
    /// Most calls ever seen inside one call-limit window.
    pub max_calls_in_window: u64,
    /// Calls rejected for a missing, unknown, revoked or expired token.
    pub token_rejections: u64,
    /// Token refreshes.
    pub refreshes: u64,
    /// Requests per path (login included).
    pub by_path: BTreeMap<String, u64>,
}

#[derive(Debug, Clone)]
struct TokenRecord {
    refresh: String,
    expires_at: Instant,
    revoked: bool,
}

#[derive(Debug)]
struct Window {
    limit: Option<RateLimit>,
    arrivals: VecDeque<Instant>,
}

impl Window {
    /// Admits an arrival unless the window is full; returns the count after admission.
    fn admit(&mut self, now: Instant) -> Option<u64> {
        let Some(limit) = self.limit else {
            return Some(0);
        };
        while let Some(&front) = self.arrivals.front() {
            if now.duration_since(front) >= limit.per {
                self.arrivals.pop_front();
            } else {
                break;
            }
        }
        if self.arrivals.len() >= limit.count.get() as usize {
            return None;
        }
        self.arrivals.push_back(now);
        Some(self.arrivals.len() as u64)
    }
}

#[derive(Debug, Default)]
struct Store {
    enterprises: Vec<Enterprise>,
    groups: Vec<Group>,
    devices: Vec<Device>,
    dispatch: Vec<DispatchGroup>,
    geofences: Vec<Geofence>,
    tasks: Vec<Task>,
    faces: Vec<Face>,
    plates: Vec<LicencePlate>,
    files: Vec<RecordFile>,
    alarms: Vec<Alarm>,
    next_id: i64,
}

impl Store {
    fn next(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }
}

struct State {
    config: SimConfig,
    tokens: HashMap<String, TokenRecord>,
    login_window: Window,
    call_window: Window,
    faults: Vec<Fault>,
    stats: SimStats,
    store: Store,
}

/// The running simulator. Dropping it stops the server.
pub struct Simulator {
    server: MockServer,
    state: Arc<Mutex<State>>,
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("uri", &self.server.uri())
            .finish()
    }
}

/// The enterprise every seeded record belongs to.
pub const SIM_ENTERPRISE_ID: i64 = 1;
/// The day the seeded files and alarms fall on (the seed's V2.8.0 release date).
pub fn sim_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, 6).unwrap_or(NaiveDate::MIN)
}

/// The id of the `n`-th seeded device (1-based): `dev-0001`, `dev-0002`…
pub fn sim_device_id(n: usize) -> String {
    format!("dev-{n:04}")
}

/// The generated position of any device at `time` (deterministic): a slow circle
/// around Shenzhen (22.55 N, 114.05 E), accuracy cycling 3–12 m.
pub fn track_point(time: NaiveDateTime) -> GpsPoint {
    let t = time.and_utc().timestamp();
    let angle = (t % 86_400) as f64 / 86_400.0 * std::f64::consts::TAU;
    GpsPoint {
        time,
        lng: 114.05 + 0.02 * angle.cos(),
        lat: 22.55 + 0.02 * angle.sin(),
        accuracy: Some(3.0 + (t.rem_euclid(10)) as f64),
    }
}

impl Simulator {
    /// Starts a simulator with [`SimConfig::default`].
    pub async fn start() -> Simulator {
        Self::start_with(SimConfig::default()).await
    }

    /// Starts a simulator with `config`.
    pub async fn start_with(config: SimConfig) -> Simulator {
        let server = MockServer::builder()
            .disable_request_recording()
            .start()
            .await;
        let state = Arc::new(Mutex::new(State {
            login_window: Window {
                limit: config.login_limit,
                arrivals: VecDeque::new(),
            },
            call_window: Window {
                limit: config.call_limit,
                arrivals: VecDeque::new(),
            },
            store: seed(&config),
            config,
            tokens: HashMap::new(),
            faults: Vec::new(),
            stats: SimStats::default(),
        }));
        Mock::given(any())
            .respond_with(Handler {
                state: Arc::clone(&state),
            })
            .mount(&server)
            .await;
        Simulator { server, state }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The base URL (`http://127.0.0.1:<port>`).
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// A client builder pointed at the simulator, with its credentials and the same
    /// rate limits it enforces, and a fast retry policy.
    pub fn client_builder(&self) -> ClientBuilder {
        let st = self.lock();
        crate::Client::builder()
            .base_url(self.uri())
            .credentials(
                st.config.username.clone(),
                Secret::new(st.config.password.clone()),
            )
            .login_rate_limit(st.config.login_limit)
            .call_rate_limit(st.config.call_limit)
            .retry_policy(client_core::RetryPolicy::fast(3))
    }

    /// Counters of what arrived so far.
    pub fn stats(&self) -> SimStats {
        self.lock().stats.clone()
    }

    /// Marks every issued token as expired: the next call with one gets code 332.
    pub fn expire_tokens(&self) {
        let past = Instant::now();
        for t in self.lock().tokens.values_mut() {
            t.expires_at = past;
        }
    }

    /// Injects a fault.
    pub fn inject(&self, fault: Fault) {
        self.lock().faults.push(fault);
    }

    /// Number of devices currently stored.
    pub fn device_count(&self) -> usize {
        self.lock().store.devices.len()
    }

    /// Number of faces currently stored.
    pub fn face_count(&self) -> usize {
        self.lock().store.faces.len()
    }

    /// Adds `n` more generated devices (for paging tests).
    pub fn add_devices(&self, n: usize) {
        let mut st = self.lock();
        let start = st.store.devices.len() + 1;
        for i in start..start + n {
            let id = st.store.next();
            st.store.devices.push(make_device(i, id));
        }
    }
}

fn make_device(n: usize, id: i64) -> Device {
    let multi = n % 5 == 0;
    Device {
        id: Some(id),
        device_id: Some(sim_device_id(n)),
        device_name: Some(format!("Device {n}")),
        device_type: Some(if multi {
            DeviceType::MultiChannelVideo
        } else {
            DeviceType::Video
        }),
        serial_number: Some(format!("SN{n:06}")),
        sim: Some(format!("1380000{n:04}")),
        status: Some(if n % 3 == 0 {
            OnlineStatus::Offline
        } else {
            OnlineStatus::Online
        }),
        enter_id: Some(SIM_ENTERPRISE_ID),
        group_id: Some(if n % 2 == 0 { 11 } else { 12 }),
        gps_time: sim_day().and_hms_opt(8, 0, 0),
        lng: Some(114.05),
        lat: Some(22.55),
        create_date_time: sim_day().and_hms_opt(0, 0, 0),
        channels: multi.then(|| {
            (1..=2)
                .map(|c| Channel {
                    id: Some(c),
                    code: Some(c.to_string()),
                    name: Some(format!("CH{c}")),
                    ptz: Some(Ptz::No),
                    ..Channel::default()
                })
                .collect()
        }),
        props: Some(DeviceProps {
            enable_video: Some(true),
            enable_audio: Some(true),
            enable_position: Some(true),
            subscribe_gps: Some(Subscription::Subscribed),
            ..DeviceProps::default()
        }),
        ..Device::default()
    }
}

fn seed(config: &SimConfig) -> Store {
    let mut s = Store {
        next_id: 1000,
        ..Store::default()
    };
    let created = sim_day().and_hms_opt(0, 0, 0);
    s.enterprises.push(Enterprise {
        id: Some(SIM_ENTERPRISE_ID),
        enter_name: Some("Demo Enterprise".into()),
        parent_id: Some(0),
        contact: Some("Zhang".into()),
        telephone: Some("075512345678".into()),
        address: Some("Shenzhen".into()),
        create_date_time: created,
        is_deleted: Some(false),
        enter_login_name: Some("admin".into()),
        ..Enterprise::default()
    });
    for (id, name) in [(11, "Patrol A"), (12, "Patrol B")] {
        s.groups.push(Group {
            id: Some(id),
            group_type: Some(GroupType::Fixed),
            group_name: Some(name.into()),
            enter_id: Some(SIM_ENTERPRISE_ID),
            p_group_id: Some(0),
            create_date_time: created,
            is_deleted: Some(false),
            ..Group::default()
        });
    }
    for n in 1..=config.devices {
        let id = s.next();
        s.devices.push(make_device(n, id));
    }
    // Four files and four alarms per device on the simulator day.
    let devices: Vec<String> = s
        .devices
        .iter()
        .filter_map(|d| d.device_id.clone())
        .collect();
    for (i, dev) in devices.iter().enumerate() {
        for k in 0..4u32 {
            let at = sim_day().and_hms_opt(8 + k, (i % 60) as u32, 0);
            let fid = format!("f{:08}", s.next());
            s.files.push(RecordFile {
                id: Some(fid.clone()),
                enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                group_id: Some(11),
                dev_id: Some(dev.clone()),
                title: Some(format!("{dev} clip {k}")),
                f_type: Some(FileType::from_code(i64::from(k % 4))),
                l_type: Some(LabelType::Normal),
                upload_time: at,
                file_name: Some(format!("{fid}.mp4")),
                path: Some(format!("/files/{fid}.mp4")),
                file_time: at,
                file_len: Some(1_048_576),
                duration: Some(60),
                store_type: Some(StoreType::Oss),
                lng: Some(114.05),
                lat: Some(22.55),
                ..RecordFile::default()
            });
            let aid = format!("a{:08}", s.next());
            s.alarms.push(Alarm {
                id: Some(aid),
                enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                group_id: Some(11),
                dev_id: Some(dev.clone()),
                alarm_type: Some(if k % 2 == 0 {
                    AlarmType::Sos
                } else {
                    AlarmType::OverSpeed
                }),
                status: Some(AlarmStatus::Started),
                alarm_time: at,
                alarm_desc: Some("simulated".into()),
                deal_type: Some(DealType::Manual),
                deal_status: Some(DealStatus::Unhandled),
                gps_model: at.map(|t| position_at(dev, 0, t)),
                ..Alarm::default()
            });
        }
    }
    s.dispatch.push(DispatchGroup {
        id: Some(41),
        group_type: Some(GroupType::Intercom),
        group_name: Some("Intercom 1".into()),
        enter_id: Some(SIM_ENTERPRISE_ID),
        p_group_id: Some(11),
        create_date_time: created,
        is_deleted: Some(false),
        device_list: Some(Vec::new()),
    });
    s.geofences.push(Geofence {
        id: Some("g1".into()),
        name: Some("Depot".into()),
        fence_type: Some(GeofenceType::Fence),
        in_or_out: Some(InOrOut::NotSet),
        point_list: Some(vec![
            LatLng::new(22.5503, 114.1010),
            LatLng::new(22.5603, 114.1010),
            LatLng::new(22.5603, 114.1110),
        ]),
        dev_list: Some(vec![sim_device_id(1)]),
        enter_id: Some(SIM_ENTERPRISE_ID),
        group_id: Some(11),
        admin_account: Some(config.username.clone()),
        ..Geofence::default()
    });
    s
}

fn position_at(dev: &str, index: u64, time: NaiveDateTime) -> Position {
    let p = track_point(time);
    Position {
        id: Some(format!("{dev}-{}", time.and_utc().timestamp())),
        enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
        group_id: Some(11),
        dev_id: Some(dev.to_owned()),
        lng: Some(p.lng),
        lat: Some(p.lat),
        speed: Some((index % 20) as f64),
        direct: Some((index % 360) as f64),
        gps_time: Some(time),
        network_type: Some(NetworkType::Cellular),
        gps_type: Some(GpsType::Satellite),
        accuracy: p.accuracy,
        addr: None,
    }
}

// ------------------------------------------------------------------ responses

fn format1(code: i64, message: Option<&str>, content: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "Result": code,
        "Message": message,
        "Content": content,
    }))
}

fn ok(content: Value) -> ResponseTemplate {
    format1(200, None, content)
}

fn ack() -> ResponseTemplate {
    format1(200, Some("操作成功"), Value::Null)
}

fn fail(code: i64) -> ResponseTemplate {
    let desc = crate::ErrorCode::from_code(code).description();
    format1(code, Some(desc), Value::Null)
}

/// An error in format ② (the list format): `{code, msg, count, data}`.
fn fail_format2(code: i64) -> ResponseTemplate {
    let desc = crate::ErrorCode::from_code(code).description();
    ResponseTemplate::new(200).set_body_json(json!({
        "code": code,
        "msg": desc,
        "count": 0,
        "data": null,
    }))
}

/// The paged list endpoints (answered in format ②).
fn is_list(path: &str) -> bool {
    matches!(
        path,
        "/api/v1/EnterList"
            | "/api/v1/GroupList"
            | "/api/v1/DevList"
            | "/api/v1/RecordFileList"
            | "/api/v1/AlarmList"
            | "/api/v1/GPSList"
            | "/api/v1/GPSStatsList"
            | "/api/v1/DispatchGroupList"
            | "/api/v1/GeofenceList"
            | "/api/v1/GeofenceAccessList"
            | "/api/v1/TaskList"
            | "/api/v1/ai/FaceList"
            | "/api/v1/ai/LicencePlateList"
            | "/api/v1/DevOnlineList"
    )
}

fn fail_msg(code: i64, msg: &str) -> ResponseTemplate {
    format1(code, Some(msg), Value::Null)
}

fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// Format ② with honest paging: `page` (1-based) and the endpoint's own page-size
/// spelling.
fn paged<T: Serialize>(
    q: &Query,
    size_key: &str,
    default_size: usize,
    items: &[T],
) -> ResponseTemplate {
    let page = q.int("page").unwrap_or(1).max(1) as usize;
    let size = q.int(size_key).unwrap_or(default_size as i64).max(1) as usize;
    let start = (page - 1).saturating_mul(size);
    let data: Vec<Value> = items.iter().skip(start).take(size).map(to_value).collect();
    if q.format1 {
        return ok(Value::Array(data));
    }
    ResponseTemplate::new(200).set_body_json(json!({
        "code": 0,
        "msg": "success",
        "count": items.len(),
        "data": data,
    }))
}

struct Query {
    params: HashMap<String, String>,
    format1: bool,
}

impl Query {
    fn from(req: &Request, format1: bool) -> Self {
        Query {
            params: req
                .url
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
            format1,
        }
    }
    fn str(&self, k: &str) -> Option<&str> {
        self.params
            .get(k)
            .map(|s| s.as_str())
            .filter(|s| !s.is_empty())
    }
    fn int(&self, k: &str) -> Option<i64> {
        self.str(k).and_then(|s| s.trim().parse().ok())
    }
    fn time(&self, k: &str) -> Option<NaiveDateTime> {
        self.str(k).and_then(parse_datetime)
    }
    /// A filter whose "any" value is -1.
    fn filter(&self, k: &str) -> Option<i64> {
        self.int(k).filter(|v| *v != -1)
    }
}

#[allow(clippy::result_large_err)] // the error is the answer to send
fn body<T: DeserializeOwned>(req: &Request) -> Result<T, ResponseTemplate> {
    serde_json::from_slice(&req.body).map_err(|e| fail_msg(303, &format!("参数错误: {e}")))
}

fn contains(hay: &Option<String>, needle: &str) -> bool {
    hay.as_deref().is_some_and(|h| h.contains(needle))
}

/// The query members each GET endpoint's table (or example URL) documents.
fn documented_query(path: &str) -> Option<&'static [&'static str]> {
    const PAGED: &[&str] = &["keywords", "page", "pageSize"];
    Some(match path {
        "/api/v1/auth/Logout" | "/api/v1/ext/DevTree" => &[],
        "/api/v1/auth/RefreshToken" => &["refresh_token", "expires"],
        "/api/v1/EnterList" | "/api/v1/GroupList" => &["enterId", "keywords", "page", "pageSize"],
        "/api/v1/DevList" => &["enterId", "groupId", "keywords", "page", "pageSize"],
        "/api/v1/DevDelete" => &["deviceId", "devId"],
        "/api/v1/RecordFileList" => &[
            "st", "et", "timeType", "groupId", "devId", "fType", "lType", "workNo", "keywords",
            "page", "pagesize",
        ],
        "/api/v1/RecordFileUpdatelType" => &["id", "lType"],
        "/api/v1/oss/SignedUrl" => &["id", "expires"],
        "/api/v1/AlarmList" => &[
            "st",
            "et",
            "groupId",
            "devId",
            "alarmType",
            "alarmStatus",
            "dealType",
            "dealStatus",
            "keywords",
            "page",
            "pagesize",
        ],
        "/api/v1/AlarmUpdateDeal" => &["id", "dealType", "dealStatus", "dealDesc"],
        "/api/v1/GPSList" | "/api/v1/GPSListForlarge" => &["st", "et", "devId", "page", "pagesize"],
        "/api/v1/GPSStatsList" | "/api/v1/DevOnlineList" => {
            &["st", "et", "groupId", "devId", "page", "pagesize"]
        }
        "/api/v1/DispatchGroupList" | "/api/v1/GeofenceList" | "/api/v1/ai/LicencePlateList" => {
            PAGED
        }
        "/api/v1/GeofenceAccessList" => &["st", "et", "devId", "keywords", "page", "pageSize"],
        "/api/v1/TaskList" => &[
            "st", "et", "devId", "workNo", "taskType", "status", "keywords", "page", "pageSize",
        ],
        "/api/v1/TaskUpdateStatus" => &["id", "status", "des"],
        "/api/v1/TaskUpdateDest" => &["id", "destDevId"],
        "/api/v1/ai/FaceList" => &["withFeature", "withImg", "keywords", "page", "pageSize"],
        "/api/v1/EnterDelete"
        | "/api/v1/GroupDelete"
        | "/api/v1/RecordFileDel"
        | "/api/v1/AlarmUpdateDel"
        | "/api/v1/DispatchGroupDelete"
        | "/api/v1/GeofenceDelete"
        | "/api/v1/TaskDelete"
        | "/api/v1/ai/FaceDel"
        | "/api/v1/ai/LicencePlateDel" => &["id"],
        _ => return None,
    })
}

/// The query members each GET endpoint's table marks required (必填 是).
fn required_query(path: &str) -> &'static [&'static str] {
    match path {
        "/api/v1/auth/RefreshToken" => &["expires"],
        "/api/v1/EnterList" => &["enterId"],
        "/api/v1/DevDelete" => &["deviceId"],
        "/api/v1/RecordFileList" => &["st", "et", "timeType", "fType", "lType"],
        "/api/v1/RecordFileUpdatelType" => &["id", "lType"],
        "/api/v1/oss/SignedUrl" => &["id", "expires"],
        "/api/v1/AlarmList" => &[
            "st",
            "et",
            "alarmType",
            "alarmStatus",
            "dealType",
            "dealStatus",
        ],
        "/api/v1/AlarmUpdateDeal" => &["id", "dealType", "dealStatus"],
        "/api/v1/GPSList" | "/api/v1/GPSListForlarge" | "/api/v1/GeofenceAccessList" => {
            &["st", "et", "devId"]
        }
        "/api/v1/GPSStatsList" | "/api/v1/DevOnlineList" | "/api/v1/TaskList" => &["st", "et"],
        "/api/v1/TaskUpdateStatus" => &["id", "status"],
        "/api/v1/TaskUpdateDest" => &["id", "destDevId"],
        "/api/v1/EnterDelete"
        | "/api/v1/GroupDelete"
        | "/api/v1/RecordFileDel"
        | "/api/v1/AlarmUpdateDel"
        | "/api/v1/DispatchGroupDelete"
        | "/api/v1/GeofenceDelete"
        | "/api/v1/TaskDelete"
        | "/api/v1/ai/FaceDel"
        | "/api/v1/ai/LicencePlateDel" => &["id"],
        _ => &[],
    }
}

/// The top-level JSON body members each POST endpoint's table documents (GeofenceEdit
/// also takes `id`, which its table omits but an edit needs).
fn documented_body(path: &str) -> Option<&'static [&'static str]> {
    const ENTER: &[&str] = &[
        "enterName",
        "parentId",
        "contact",
        "telephone",
        "address",
        "remark",
        "enterLoginName",
        "enterPassword",
    ];
    const DEVICE: &[&str] = &[
        "deviceId",
        "serialNumber",
        "deviceName",
        "deviceType",
        "password",
        "sim",
        "enterId",
        "groupId",
        "icoType",
        "remark",
        "enableTcp",
        "serverCode",
        "props",
    ];
    const FENCE: &[&str] = &[
        "name",
        "type",
        "inOrOut",
        "startTime",
        "endTime",
        "pointList",
        "devList",
    ];
    Some(match path {
        "/api/v1/EnterAdd" => ENTER,
        "/api/v1/EnterEdit" => &[
            "id",
            "enterName",
            "parentId",
            "contact",
            "telephone",
            "address",
            "remark",
            "enterLoginName",
            "enterPassword",
        ],
        "/api/v1/GroupAdd" => &[
            "groupName",
            "groupType",
            "pGroupId",
            "enterId",
            "gB28181Props",
        ],
        "/api/v1/GroupEdit" => &[
            "id",
            "groupName",
            "groupType",
            "pGroupId",
            "enterId",
            "gB28181Props",
        ],
        "/api/v1/DevAdd" | "/api/v1/DevEdit" => DEVICE,
        "/api/v1/DevChnUpdate" => &["deviceId", "deviceChennelList"],
        "/api/v1/DispatchGroupAdd" => &["groupType", "groupName"],
        "/api/v1/DispatchGroupEdit" => &["id", "groupName"],
        "/api/v1/DispatchGroupDeviceUpdate" => &["id", "deviceList"],
        "/api/v1/GeofenceAdd" => FENCE,
        "/api/v1/GeofenceEdit" => &[
            "id",
            "name",
            "inOrOut",
            "startTime",
            "endTime",
            "pointList",
            "devList",
        ],
        "/api/v1/TaskAdd" => &["workNo", "title", "taskType", "remark", "custome"],
        "/api/v1/TaskUpdate" => &["id", "workNo", "title", "taskType", "remark", "custome"],
        "/api/v1/ai/FaceAdd" => &["name", "IdCard", "imgUrl", "sex", "age", "remark"],
        "/api/v1/ai/LicencePlateAdd" => &["licensePlate", "licenseColor", "name", "remark"],
        "/aiapi/faceApi/face_recognize"
        | "/aiapi/faceApi/DetectFace"
        | "/aiapi/faceApi/getQualityByImg" => &["Image", "FaceType"],
        "/aiapi/faceApi/faceLoginByImg" => &["Image", "FaceType", "DevId"],
        _ => return None,
    })
}

/// What is wrong with a request's members, if anything: an undocumented member of a
/// POST body, a missing or empty required query member, a query member the seed does
/// not document for `path` (POST endpoints take none: their members go in the body),
/// or a TaskList time not in the table's `yyyy-MM-dd HH:mm:ss` format.
fn bad_member(path: &str, req: &Request) -> Option<String> {
    let allowed: &[&str] = if req.method == wiremock::http::Method::GET {
        documented_query(path)?
    } else {
        if let (Some(members), Ok(Value::Object(body))) = (
            documented_body(path),
            serde_json::from_slice::<Value>(&req.body),
        ) {
            if let Some(k) = body.keys().find(|k| !members.contains(&k.as_str())) {
                return Some(format!("未定义的参数 {k}"));
            }
        }
        &[]
    };
    for k in required_query(path) {
        if !req.url.query_pairs().any(|(q, v)| q == *k && !v.is_empty()) {
            return Some(format!("{k} (必填)"));
        }
    }
    for (k, v) in req.url.query_pairs() {
        if !allowed.contains(&k.as_ref()) {
            return Some(format!("未定义的参数 {k}"));
        }
        if path == "/api/v1/TaskList"
            && (k == "st" || k == "et")
            && NaiveDateTime::parse_from_str(&v, DATETIME_FORMAT).is_err()
        {
            return Some(format!("{k}={v} (格式 yyyy-MM-dd HH:mm:ss)"));
        }
    }
    None
}

/// The JSON body as `T`, or return the 303 answer from the enclosing handler.
macro_rules! body_or_return {
    ($req:expr) => {
        match body($req) {
            Ok(v) => v,
            Err(r) => return r,
        }
    };
}

/// Removes the records `hit` selects: `ack` when any went, else the error `missing`.
fn remove_where<T>(list: &mut Vec<T>, missing: i64, hit: impl Fn(&T) -> bool) -> ResponseTemplate {
    let before = list.len();
    list.retain(|x| !hit(x));
    if list.len() == before {
        fail(missing)
    } else {
        ack()
    }
}

/// A `pageSize`-paged list of the records matching the optional `keywords` member.
fn keyword_page<T: Serialize>(
    q: &Query,
    records: &[T],
    hit: impl Fn(&T, &str) -> bool,
) -> ResponseTemplate {
    let kw = q.str("keywords");
    let items: Vec<&T> = records
        .iter()
        .filter(|r| kw.map_or(true, |k| hit(r, k)))
        .collect();
    paged(q, "pageSize", 1000, &items)
}

struct Handler {
    state: Arc<Mutex<State>>,
}

impl Respond for Handler {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut st = match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        st.handle(req)
    }
}

const LOGIN_PATH: &str = "/api/v1/auth/Token";

impl State {
    fn handle(&mut self, req: &Request) -> ResponseTemplate {
        let path = req.url.path().to_owned();
        *self.stats.by_path.entry(path.clone()).or_default() += 1;
        let now = Instant::now();

        if path == LOGIN_PATH {
            match self.login_window.admit(now) {
                Some(n) => self.stats.max_logins_in_window = self.stats.max_logins_in_window.max(n),
                None => {
                    self.stats.rejected_logins += 1;
                    return ResponseTemplate::new(429).set_body_json(json!({
                        "Result": 429, "Message": "访问超时：认证接口调用过于频繁", "Content": null
                    }));
                }
            }
            return self.login(req);
        }

        match self.call_window.admit(now) {
            Some(n) => {
                self.stats.calls += 1;
                self.stats.max_calls_in_window = self.stats.max_calls_in_window.max(n);
            }
            None => {
                self.stats.rejected_calls += 1;
                return ResponseTemplate::new(429).set_body_json(json!({
                    "Result": 429, "Message": "访问超时：调用频率超限", "Content": null
                }));
            }
        }

        // Token check.
        let token = req
            .headers
            .get(TOKEN_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        match self.tokens.get(&token) {
            Some(t) if !t.revoked && t.expires_at > now => {}
            Some(t) if !t.revoked => {
                self.stats.token_rejections += 1;
                return fail(332);
            }
            _ => {
                self.stats.token_rejections += 1;
                return fail(401);
            }
        }

        // Faults.
        let mut delay = None;
        if let Some(i) = self
            .faults
            .iter()
            .position(|f| f.times > 0 && f.path.as_deref().map_or(true, |p| p == path))
        {
            let fault = &mut self.faults[i];
            fault.times -= 1;
            let kind = fault.kind.clone();
            if fault.times == 0 {
                self.faults.remove(i);
            }
            match kind {
                FaultKind::Code(c) if is_list(&path) && !self.config.lists_in_format1 => {
                    return fail_format2(c)
                }
                FaultKind::Code(c) => return fail(c),
                FaultKind::Http(s) => {
                    return ResponseTemplate::new(s)
                        .set_body_raw("<html><body>simulated failure</body></html>", "text/html")
                }
                FaultKind::Delay(d) => delay = Some(d),
            }
        }

        let resp = self.route(&path, req, &token);
        match delay {
            Some(d) => resp.set_delay(d),
            None => resp,
        }
    }

    fn login(&mut self, req: &Request) -> ResponseTemplate {
        #[derive(serde::Deserialize)]
        struct LoginBody {
            #[serde(default)]
            username: String,
            #[serde(default)]
            password: String,
            #[serde(default, with = "client_core::lenient::opt_string")]
            udef_t: Option<String>,
            #[serde(default)]
            udef_v: Option<String>,
            #[serde(default)]
            udef_ver: Option<String>,
        }
        const DOCUMENTED: [&str; 8] = [
            "client_id",
            "client_secret",
            "grant_type",
            "username",
            "password",
            "udef_t",
            "udef_v",
            "udef_ver",
        ];
        let members: serde_json::Map<String, Value> = body_or_return!(req);
        if let Some(k) = members.keys().find(|k| !DOCUMENTED.contains(&k.as_str())) {
            return fail_msg(303, &format!("参数错误: 未定义的参数 {k}"));
        }
        let b: LoginBody = match serde_json::from_value(Value::Object(members)) {
            Ok(b) => b,
            Err(e) => return fail_msg(303, &format!("参数错误: {e}")),
        };
        if b.udef_v.as_deref() != Some("v1") && b.udef_ver.as_deref() != Some("v1") {
            return fail_msg(303, "udef_v 必须为 v1");
        }
        let Some(t) = b
            .udef_t
            .as_deref()
            .and_then(|t| t.trim().parse::<i64>().ok())
        else {
            return fail_msg(303, "udef_t 缺失");
        };
        if (client_core::unix_seconds() - t).unsigned_abs() > self.config.signature_skew.as_secs() {
            return fail_msg(332, "签名已过期");
        }
        if b.username != self.config.username {
            return fail(306);
        }
        let expected = auth_signing::mcs8::login_signature(&self.config.password, t);
        if b.password != expected.password {
            return fail(331);
        }
        self.stats.logins += 1;
        let access = format!("{}{}", client_core::uuid_nonce(), client_core::uuid_nonce());
        let refresh = client_core::uuid_nonce();
        self.tokens.insert(
            access.clone(),
            TokenRecord {
                refresh: refresh.clone(),
                expires_at: Instant::now() + self.config.token_lifetime,
                revoked: false,
            },
        );
        ok(json!({
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": self.config.token_lifetime.as_secs(),
            "username": b.username,
        }))
    }

    fn route(&mut self, path: &str, req: &Request, token: &str) -> ResponseTemplate {
        if let Some(bad) = bad_member(path, req) {
            return fail_msg(303, &format!("参数错误: {bad}"));
        }
        let q = Query::from(req, self.config.lists_in_format1);
        match path {
            "/api/v1/auth/Logout" => {
                if let Some(t) = self.tokens.get_mut(token) {
                    t.revoked = true;
                }
                ack()
            }
            "/api/v1/auth/RefreshToken" => {
                let Some(expires) = q.int("expires").filter(|e| *e > 0) else {
                    return fail_msg(303, "expires 必填");
                };
                let Some(rec) = self.tokens.get_mut(token) else {
                    return fail(401);
                };
                if q.str("refresh_token").is_some_and(|r| r != rec.refresh) {
                    return fail(333);
                }
                rec.expires_at = Instant::now() + Duration::from_secs(expires as u64);
                self.stats.refreshes += 1;
                ok(json!({
                    "access_token": token,
                    "refresh_token": rec.refresh,
                    "expires_in": expires,
                }))
            }
            "/api/v1/EnterList" => {
                let Some(parent) = q.int("enterId") else {
                    return fail_msg(303, "enterId 必填");
                };
                let kw = q.str("keywords");
                let items: Vec<&Enterprise> = self
                    .store
                    .enterprises
                    .iter()
                    .filter(|e| parent == 0 || e.parent_id == Some(parent))
                    .filter(|e| kw.map_or(true, |k| contains(&e.enter_name, k)))
                    .collect();
                paged(&q, "pageSize", 1000, &items)
            }
            "/api/v1/EnterAdd" | "/api/v1/EnterEdit" => {
                let e: Enterprise = body_or_return!(req);
                if e.enter_name.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    if self
                        .store
                        .enterprises
                        .iter()
                        .any(|x| x.enter_name == e.enter_name)
                    {
                        return fail(302);
                    }
                    let id = self.store.next();
                    let parent = match e.parent_id {
                        Some(0) | None => SIM_ENTERPRISE_ID,
                        Some(p) => p,
                    };
                    self.store.enterprises.push(Enterprise {
                        id: Some(id),
                        parent_id: Some(parent),
                        create_date_time: Some(now_naive()),
                        is_deleted: Some(false),
                        enter_password: None,
                        ..e
                    });
                    ack()
                } else {
                    let Some(x) = self.store.enterprises.iter_mut().find(|x| x.id == e.id) else {
                        return fail(305);
                    };
                    x.enter_name = e.enter_name;
                    x.contact = e.contact.or(x.contact.take());
                    x.telephone = e.telephone.or(x.telephone.take());
                    x.address = e.address.or(x.address.take());
                    x.remark = e.remark.or(x.remark.take());
                    ack()
                }
            }
            "/api/v1/EnterDelete" => {
                let id = q.int("id");
                if self.store.enterprises.iter().any(|e| e.parent_id == id)
                    || self.store.devices.iter().any(|d| d.enter_id == id)
                {
                    return fail_msg(405, "企业非空，不可删除");
                }
                remove_where(&mut self.store.enterprises, 305, |e| e.id == id)
            }
            "/api/v1/GroupList" => {
                keyword_page(&q, &self.store.groups, |g, k| contains(&g.group_name, k))
            }
            "/api/v1/GroupAdd" | "/api/v1/GroupEdit" => {
                let g: Group = body_or_return!(req);
                if g.group_name.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    let id = self.store.next();
                    self.store.groups.push(Group {
                        id: Some(id),
                        group_type: g.group_type.or(Some(GroupType::Fixed)),
                        enter_id: Some(SIM_ENTERPRISE_ID),
                        p_group_id: g.p_group_id.or(Some(0)),
                        create_date_time: Some(now_naive()),
                        is_deleted: Some(false),
                        ..g
                    });
                } else {
                    let Some(x) = self.store.groups.iter_mut().find(|x| x.id == g.id) else {
                        return fail(404);
                    };
                    x.group_name = g.group_name;
                    if g.gb28181_props.is_some() {
                        x.gb28181_props = g.gb28181_props;
                    }
                    if g.p_group_id.is_some() {
                        x.p_group_id = g.p_group_id;
                    }
                }
                ack()
            }
            "/api/v1/GroupDelete" => {
                let id = q.int("id");
                if self.store.devices.iter().any(|d| d.group_id == id)
                    || self
                        .store
                        .groups
                        .iter()
                        .any(|g| g.p_group_id == id && id.is_some())
                {
                    return fail_msg(405, "组非空，不可删除");
                }
                remove_where(&mut self.store.groups, 404, |g| g.id == id)
            }
            "/api/v1/DevList" => {
                let group = q.int("groupId").filter(|g| *g != 0);
                let kw = q.str("keywords");
                let items: Vec<&Device> = self
                    .store
                    .devices
                    .iter()
                    .filter(|d| group.map_or(true, |g| d.group_id == Some(g)))
                    .filter(|d| {
                        kw.map_or(true, |k| {
                            contains(&d.device_id, k) || contains(&d.device_name, k)
                        })
                    })
                    .collect();
                paged(&q, "pageSize", 1000, &items)
            }
            "/api/v1/DevAdd" | "/api/v1/DevEdit" => {
                let d: Device = body_or_return!(req);
                let Some(dev_id) = d.device_id.clone().filter(|s| !s.is_empty()) else {
                    return fail(304);
                };
                if path.ends_with("Add") {
                    if self
                        .store
                        .devices
                        .iter()
                        .any(|x| x.device_id.as_deref() == Some(&dev_id))
                    {
                        return fail(302);
                    }
                    let id = self.store.next();
                    self.store.devices.push(Device {
                        id: Some(id),
                        enter_id: Some(SIM_ENTERPRISE_ID),
                        status: Some(OnlineStatus::Offline),
                        create_date_time: Some(now_naive()),
                        password: None,
                        ..d
                    });
                } else {
                    let Some(x) = self
                        .store
                        .devices
                        .iter_mut()
                        .find(|x| x.device_id.as_deref() == Some(&dev_id))
                    else {
                        return fail(304);
                    };
                    x.device_name = d.device_name.or(x.device_name.take());
                    x.sim = d.sim.or(x.sim.take());
                    x.remark = d.remark.or(x.remark.take());
                    x.group_id = d.group_id.filter(|g| *g != 0).or(x.group_id);
                    x.props = d.props.or(x.props.take());
                    x.serial_number = d.serial_number.or(x.serial_number.take());
                }
                ack()
            }
            "/api/v1/DevDelete" => {
                let Some(dev) = q.str("deviceId").or(q.str("devId")).map(str::to_owned) else {
                    return fail(304);
                };
                remove_where(&mut self.store.devices, 304, |d| {
                    d.device_id.as_deref() == Some(&dev)
                })
            }
            "/api/v1/DevChnUpdate" => {
                #[derive(serde::Deserialize)]
                #[serde(rename_all = "camelCase")]
                struct B {
                    device_id: String,
                    #[serde(rename = "deviceChennelList", default)]
                    channels: Vec<Channel>,
                }
                let b: B = body_or_return!(req);
                let next = self.store.next_id;
                let Some(dev) = self
                    .store
                    .devices
                    .iter_mut()
                    .find(|d| d.device_id.as_deref() == Some(&b.device_id))
                else {
                    return fail(304);
                };
                let list = dev.channels.get_or_insert_with(Vec::new);
                let mut added = 0;
                for c in b.channels {
                    match c.status {
                        Some(ChannelOp::Delete) => list.retain(|x| x.id != c.id),
                        _ => {
                            added += 1;
                            list.push(Channel {
                                id: Some(next + added),
                                status: None,
                                ..c
                            });
                        }
                    }
                }
                self.store.next_id += added;
                ack()
            }
            "/api/v1/RecordFileList" => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let by_upload = q.int("timeType") == Some(1);
                let dev = q.str("devId");
                let ft = q.filter("fType");
                let lt = q.filter("lType");
                let items: Vec<&RecordFile> = self
                    .store
                    .files
                    .iter()
                    .filter(|f| {
                        let t = if by_upload {
                            f.upload_time
                        } else {
                            f.file_time
                        };
                        t.is_some_and(|t| t >= st && t < et)
                    })
                    .filter(|f| dev.map_or(true, |d| f.dev_id.as_deref() == Some(d)))
                    .filter(|f| ft.map_or(true, |v| f.f_type.map(|x| x.code()) == Some(v)))
                    .filter(|f| lt.map_or(true, |v| f.l_type.map(|x| x.code()) == Some(v)))
                    .collect();
                paged(&q, "pagesize", 1000, &items)
            }
            "/api/v1/RecordFileUpdatelType" => {
                let id = q.str("id").map(str::to_owned);
                let Some(l) = q.int("lType") else {
                    return fail(303);
                };
                match self.store.files.iter_mut().find(|f| f.id == id) {
                    Some(f) => {
                        f.l_type = Some(LabelType::from_code(l));
                        ack()
                    }
                    None => fail(404),
                }
            }
            "/api/v1/RecordFileDel" => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.files, 404, |f| f.id == id)
            }
            "/api/v1/oss/SignedUrl" => {
                let Some(id) = q.str("id") else {
                    return fail(303);
                };
                let expires = q.int("expires").unwrap_or(86_400);
                if !(1..=7 * 86_400).contains(&expires) {
                    return fail_msg(303, "expires 不得大于 7 天");
                }
                let Some(f) = self
                    .store
                    .files
                    .iter()
                    .find(|f| f.id.as_deref() == Some(id))
                else {
                    return fail(404);
                };
                let path = f.path.clone().unwrap_or_default();
                let until = now_naive() + TimeDelta::seconds(expires);
                ok(json!({
                    "pubUrl": format!("https://oss.example.invalid{path}?sig=sim"),
                    "privateUrl": format!("http://10.0.0.2{path}?sig=sim"),
                    "relativePath": path,
                    "expires": until.format(DATETIME_FORMAT).to_string(),
                    "contentType": "video/mp4",
                }))
            }
            "/api/v1/AlarmList" => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let dev = q.str("devId");
                let at = q.filter("alarmType");
                let ds = q.filter("dealStatus");
                let items: Vec<&Alarm> = self
                    .store
                    .alarms
                    .iter()
                    .filter(|a| a.alarm_time.is_some_and(|t| t >= st && t < et))
                    .filter(|a| dev.map_or(true, |d| a.dev_id.as_deref() == Some(d)))
                    .filter(|a| at.map_or(true, |v| a.alarm_type.map(|x| x.code()) == Some(v)))
                    .filter(|a| ds.map_or(true, |v| a.deal_status.map(|x| x.code()) == Some(v)))
                    .collect();
                paged(&q, "pagesize", 1000, &items)
            }
            "/api/v1/AlarmUpdateDeal" => {
                let id = q.str("id").map(str::to_owned);
                let Some(status) = q.int("dealStatus") else {
                    return fail(303);
                };
                let user = self.config.username.clone();
                match self.store.alarms.iter_mut().find(|a| a.id == id) {
                    Some(a) => {
                        a.deal_type = Some(DealType::Manual);
                        a.deal_status = Some(DealStatus::from_code(status));
                        a.deal_desc = q.str("dealDesc").map(str::to_owned);
                        a.deal_user = Some(user);
                        a.deal_time = Some(now_naive());
                        ack()
                    }
                    None => fail(404),
                }
            }
            "/api/v1/AlarmUpdateDel" => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.alarms, 404, |a| a.id == id)
            }
            "/api/v1/GPSList" => self.gps_list(&q),
            "/api/v1/GPSListForlarge" => self.gps_large(&q),
            "/api/v1/GPSStatsList" => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let devs =
                    self.devices_matching(q.str("devId"), q.filter("groupId").filter(|g| *g != 0));
                let per_day = 86_400 / self.config.gps_interval.as_secs().max(1);
                let mut items = Vec::new();
                for day in days(st, et) {
                    for d in &devs {
                        items.push(GpsStats {
                            id: Some(format!("{d}-{}", day.format("%Y%m%d"))),
                            enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                            group_id: Some(11),
                            dev_id: Some(d.clone()),
                            day: day.and_hms_opt(0, 0, 0),
                            distance_total: Some(12_566.0),
                            duration_total: Some(1440.0),
                            record_total: Some(per_day as f64),
                        });
                    }
                }
                paged(&q, "pagesize", 1000, &items)
            }
            "/api/v1/DispatchGroupList" => {
                keyword_page(&q, &self.store.dispatch, |g, k| contains(&g.group_name, k))
            }
            "/api/v1/DispatchGroupAdd" => {
                let g: DispatchGroup = body_or_return!(req);
                if g.group_name.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if !matches!(
                    g.group_type,
                    Some(
                        GroupType::Intercom
                            | GroupType::VideoConference
                            | GroupType::PhoneConference
                    )
                ) {
                    return fail_msg(303, "groupType 必须为 4/5/6");
                }
                let id = self.store.next();
                self.store.dispatch.push(DispatchGroup {
                    id: Some(id),
                    enter_id: Some(SIM_ENTERPRISE_ID),
                    p_group_id: Some(11),
                    create_date_time: Some(now_naive()),
                    is_deleted: Some(false),
                    device_list: Some(Vec::new()),
                    ..g
                });
                ack()
            }
            "/api/v1/DispatchGroupEdit" => {
                let g: DispatchGroup = body_or_return!(req);
                match self.store.dispatch.iter_mut().find(|x| x.id == g.id) {
                    Some(x) => {
                        x.group_name = g.group_name;
                        ack()
                    }
                    None => fail(404),
                }
            }
            "/api/v1/DispatchGroupDelete" => {
                let id = q.int("id");
                remove_where(&mut self.store.dispatch, 404, |g| g.id == id)
            }
            "/api/v1/DispatchGroupDeviceUpdate" => {
                let b: crate::api::app::DispatchGroupDeviceUpdate = body_or_return!(req);
                let devices = self.store.devices.clone();
                let Some(g) = self.store.dispatch.iter_mut().find(|x| x.id == Some(b.id)) else {
                    return fail(404);
                };
                let members = g.device_list.get_or_insert_with(Vec::new);
                for m in b.device_list {
                    members.retain(|d| d.device_id.as_deref() != Some(&m.device_id));
                    if m.status == MemberOp::Join {
                        match devices
                            .iter()
                            .find(|d| d.device_id.as_deref() == Some(&m.device_id))
                        {
                            Some(d) => members.push(d.clone()),
                            None => return fail(304),
                        }
                    }
                }
                ack()
            }
            "/api/v1/GeofenceList" => {
                keyword_page(&q, &self.store.geofences, |g, k| contains(&g.name, k))
            }
            "/api/v1/GeofenceAdd" | "/api/v1/GeofenceEdit" => {
                let g: Geofence = body_or_return!(req);
                if g.name.as_deref().map_or(true, str::is_empty)
                    || g.point_list.as_ref().map_or(true, Vec::is_empty)
                {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    let id = format!("g{}", self.store.next());
                    let admin = self.config.username.clone();
                    self.store.geofences.push(Geofence {
                        id: Some(id),
                        enter_id: Some(SIM_ENTERPRISE_ID),
                        group_id: Some(11),
                        admin_account: Some(admin),
                        ..g
                    });
                } else {
                    let Some(x) = self
                        .store
                        .geofences
                        .iter_mut()
                        .find(|x| x.id == g.id && g.id.is_some())
                    else {
                        return fail(404);
                    };
                    x.name = g.name;
                    x.in_or_out = g.in_or_out;
                    x.start_time = g.start_time;
                    x.end_time = g.end_time;
                    x.point_list = g.point_list;
                    if g.dev_list.is_some() {
                        x.dev_list = g.dev_list;
                    }
                }
                ack()
            }
            "/api/v1/GeofenceDelete" => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.geofences, 404, |g| g.id == id)
            }
            "/api/v1/GeofenceAccessList" => {
                let (Some(st), Some(et), Some(dev)) = (q.time("st"), q.time("et"), q.str("devId"))
                else {
                    return fail_msg(303, "st/et/devId 必填");
                };
                let fences: Vec<&Geofence> = self
                    .store
                    .geofences
                    .iter()
                    .filter(|g| {
                        g.dev_list
                            .as_ref()
                            .is_some_and(|l| l.iter().any(|d| d == dev))
                    })
                    .collect();
                let mut items = Vec::new();
                for day in days(st, et) {
                    for f in &fences {
                        items.push(GeofenceAccess {
                            id: Some(format!(
                                "{}-{dev}-{}",
                                f.id.as_deref().unwrap_or(""),
                                day.format("%Y%m%d")
                            )),
                            enter_id: Some(SIM_ENTERPRISE_ID),
                            group_id: Some(11),
                            dev_id: Some(dev.to_owned()),
                            status: Some(AccessStatus::Left),
                            start_time: day.and_hms_opt(9, 0, 0),
                            end_time: day.and_hms_opt(9, 30, 0),
                            fence_id: f.id.clone(),
                            fence_name: f.name.clone(),
                            duration: Some(1800.0),
                            mileage: Some(950.5),
                        });
                    }
                }
                paged(&q, "pageSize", 1000, &items)
            }
            "/api/v1/TaskList" => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let status = q.filter("status");
                let tt = q.filter("taskType");
                let dev = q.str("devId");
                let items: Vec<&Task> = self
                    .store
                    .tasks
                    .iter()
                    .filter(|t| t.create_time.is_some_and(|c| c >= st && c < et))
                    .filter(|t| status.map_or(true, |s| t.status.map(|x| x.code()) == Some(s)))
                    .filter(|t| tt.map_or(true, |s| t.task_type.map(|x| x.code()) == Some(s)))
                    .filter(|t| dev.map_or(true, |d| t.dev_id.as_deref() == Some(d)))
                    .collect();
                paged(&q, "pageSize", 5000, &items)
            }
            "/api/v1/TaskAdd" | "/api/v1/TaskUpdate" => {
                let t: Task = body_or_return!(req);
                if t.work_no.as_deref().map_or(true, str::is_empty)
                    || t.title.as_deref().map_or(true, str::is_empty)
                {
                    return fail(303);
                }
                if path.ends_with("Add") {
                    if self.store.tasks.iter().any(|x| x.work_no == t.work_no) {
                        return fail(302);
                    }
                    let id = format!("t{:023}", self.store.next());
                    self.store.tasks.push(Task {
                        id: Some(id),
                        create_time: Some(now_naive()),
                        status: Some(TaskStatus::Pending),
                        ..t
                    });
                } else {
                    let Some(x) = self
                        .store
                        .tasks
                        .iter_mut()
                        .find(|x| x.id == t.id && t.id.is_some())
                    else {
                        return fail(404);
                    };
                    if x.status == Some(TaskStatus::Running) {
                        return fail_msg(405, "正在执行的工单不可修改");
                    }
                    x.work_no = t.work_no;
                    x.title = t.title;
                    x.task_type = t.task_type;
                    x.remark = t.remark;
                    x.custom = t.custom;
                }
                ack()
            }
            "/api/v1/TaskUpdateStatus" => {
                let id = q.str("id").map(str::to_owned);
                let Some(s) = q.int("status") else {
                    return fail(303);
                };
                match self.store.tasks.iter_mut().find(|t| t.id == id) {
                    Some(t) => {
                        t.status = Some(TaskStatus::from_code(s));
                        match t.status {
                            Some(TaskStatus::Running) => t.start_time = Some(now_naive()),
                            Some(TaskStatus::Done) => t.end_time = Some(now_naive()),
                            _ => {}
                        }
                        ack()
                    }
                    None => fail(404),
                }
            }
            "/api/v1/TaskUpdateDest" => {
                let id = q.str("id").map(str::to_owned);
                let Some(dest) = q.str("destDevId").map(str::to_owned) else {
                    return fail(304);
                };
                if !self
                    .store
                    .devices
                    .iter()
                    .any(|d| d.device_id.as_deref() == Some(&dest))
                {
                    return fail(304);
                }
                match self.store.tasks.iter_mut().find(|t| t.id == id) {
                    Some(t) => {
                        t.dev_id = Some(dest);
                        ack()
                    }
                    None => fail(404),
                }
            }
            "/api/v1/TaskDelete" => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.tasks, 404, |t| t.id == id)
            }
            "/api/v1/ai/FaceList" => {
                let kw = q.str("keywords");
                let with_feature = q.int("withFeature").unwrap_or(0) != 0;
                let with_img = q.int("withImg").unwrap_or(0) != 0;
                let items: Vec<Face> = self
                    .store
                    .faces
                    .iter()
                    .filter(|f| {
                        kw.map_or(true, |k| contains(&f.name, k) || contains(&f.id_card, k))
                    })
                    .map(|f| Face {
                        feature: f.feature.clone().filter(|_| with_feature),
                        img_url: f.img_url.clone().filter(|_| with_img),
                        ..f.clone()
                    })
                    .collect();
                paged(&q, "pageSize", 1000, &items)
            }
            "/api/v1/ai/FaceAdd" => {
                let f: Face = body_or_return!(req);
                if f.name.as_deref().map_or(true, str::is_empty)
                    || f.id_card.as_deref().map_or(true, str::is_empty)
                    || f.img_url.as_deref().map_or(true, str::is_empty)
                {
                    return fail(303);
                }
                if self.store.faces.iter().any(|x| x.id_card == f.id_card) {
                    return fail(302);
                }
                let id = format!("face{}", self.store.next());
                let feature = feature_of(f.img_url.as_deref().unwrap_or(""));
                self.store.faces.push(Face {
                    id: Some(id),
                    create_time: Some(now_naive()),
                    status: Some(ArmStatus::Armed),
                    feature: Some(feature),
                    ..f
                });
                ack()
            }
            "/api/v1/ai/FaceDel" => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.faces, 404, |f| f.id == id)
            }
            "/aiapi/faceApi/face_recognize"
            | "/aiapi/faceApi/DetectFace"
            | "/aiapi/faceApi/getQualityByImg"
            | "/aiapi/faceApi/faceLoginByImg" => self.face_service(path, req),
            "/api/v1/ai/LicencePlateList" => keyword_page(&q, &self.store.plates, |p, k| {
                contains(&p.license_plate, k) || contains(&p.name, k)
            }),
            "/api/v1/ai/LicencePlateAdd" => {
                let p: LicencePlate = body_or_return!(req);
                if p.license_plate.as_deref().map_or(true, str::is_empty) {
                    return fail(303);
                }
                if self
                    .store
                    .plates
                    .iter()
                    .any(|x| x.license_plate == p.license_plate)
                {
                    return fail(302);
                }
                let id = format!("plate{}", self.store.next());
                self.store.plates.push(LicencePlate {
                    id: Some(id),
                    create_time: Some(now_naive()),
                    status: Some(ArmStatus::Armed),
                    ..p
                });
                ack()
            }
            "/api/v1/ai/LicencePlateDel" => {
                let id = q.str("id").map(str::to_owned);
                remove_where(&mut self.store.plates, 404, |p| p.id == id)
            }
            "/api/v1/ext/DevTree" => {
                let mut nodes = Vec::new();
                for e in &self.store.enterprises {
                    nodes.push(json!({"id": e.id, "pid": e.parent_id, "text": e.enter_name, "type": 1, "data": to_value(e)}));
                }
                for g in &self.store.groups {
                    nodes.push(json!({"id": g.id, "pid": g.enter_id, "text": g.group_name, "type": 2, "data": to_value(g)}));
                }
                for d in &self.store.devices {
                    let mut node = json!({"id": d.id, "pid": d.group_id, "text": d.device_name, "type": 3, "data": to_value(d)});
                    if let (Some(ch), Some(obj)) = (&d.channels, node.as_object_mut()) {
                        obj.insert("extras".into(), to_value(ch));
                    }
                    nodes.push(node);
                }
                ok(Value::Array(nodes))
            }
            "/api/v1/DevOnlineList" => {
                let (Some(st), Some(et)) = (q.time("st"), q.time("et")) else {
                    return fail_msg(303, "st/et 必填");
                };
                let devs =
                    self.devices_matching(q.str("devId"), q.filter("groupId").filter(|g| *g != 0));
                let mut items = Vec::new();
                for day in days(st, et) {
                    for d in &devs {
                        for (h, status) in [(8, OnlineEvent::Online), (18, OnlineEvent::Offline)] {
                            let Some(t) = day.and_hms_opt(h, 0, 0) else {
                                continue;
                            };
                            let p = track_point(t);
                            items.push(OnlineRecord {
                                id: Some(format!("{d}-{}", t.and_utc().timestamp())),
                                enter_id: Some(SIM_ENTERPRISE_ID.to_string()),
                                group_id: Some(11),
                                dev_id: Some(d.clone()),
                                status: Some(status),
                                time: Some(t),
                                lng: Some(p.lng),
                                lat: Some(p.lat),
                            });
                        }
                    }
                }
                paged(&q, "pagesize", 1000, &items)
            }
            _ => ResponseTemplate::new(404).set_body_raw("<html>404 Not Found</html>", "text/html"),
        }
    }

    fn devices_matching(&self, dev: Option<&str>, group: Option<i64>) -> Vec<String> {
        self.store
            .devices
            .iter()
            .filter(|d| dev.map_or(true, |x| d.device_id.as_deref() == Some(x)))
            .filter(|d| group.map_or(true, |g| d.group_id == Some(g)))
            .filter_map(|d| d.device_id.clone())
            .collect()
    }

    fn known_device(&self, dev: &str) -> bool {
        self.store
            .devices
            .iter()
            .any(|d| d.device_id.as_deref() == Some(dev))
    }

    /// The aligned point times in `[st, et)`: (first index, count).
    fn track_span(&self, st: NaiveDateTime, et: NaiveDateTime) -> (i64, i64) {
        let step = self.config.gps_interval.as_secs().max(1) as i64;
        let s = st.and_utc().timestamp();
        let e = et.and_utc().timestamp();
        let first = s.div_euclid(step) + i64::from(s.rem_euclid(step) != 0);
        let end = e.div_euclid(step) + i64::from(e.rem_euclid(step) != 0); // exclusive
        (first, (end - first).max(0))
    }

    fn gps_list(&self, q: &Query) -> ResponseTemplate {
        let (Some(st), Some(et), Some(dev)) = (q.time("st"), q.time("et"), q.str("devId")) else {
            return fail_msg(303, "st/et/devId 必填");
        };
        if !self.known_device(dev) {
            return fail(304);
        }
        let step = self.config.gps_interval.as_secs().max(1) as i64;
        let (first, count) = self.track_span(st, et);
        let page = q.int("page").unwrap_or(1).max(1);
        let size = q.int("pagesize").unwrap_or(17_280).max(1);
        let start = (page - 1).saturating_mul(size);
        let n = (count - start).clamp(0, size);
        let data: Vec<Value> = (start..start + n)
            .filter_map(|i| {
                let k = first + i;
                let t = DateTime::from_timestamp(k * step, 0)?.naive_utc();
                Some(to_value(&position_at(dev, i as u64, t)))
            })
            .collect();
        if q.format1 {
            return ok(Value::Array(data));
        }
        ResponseTemplate::new(200).set_body_json(json!({
            "code": 0, "msg": "success", "count": count, "data": data,
        }))
    }

    fn gps_large(&self, q: &Query) -> ResponseTemplate {
        let (Some(st), Some(et), Some(dev)) = (q.time("st"), q.time("et"), q.str("devId")) else {
            return fail_msg(303, "st/et/devId 必填");
        };
        if !self.known_device(dev) {
            return fail(304);
        }
        let step = self.config.gps_interval.as_secs().max(1) as i64;
        let (first, count) = self.track_span(st, et);
        let size = q.int("pagesize").unwrap_or(604_800).max(1);
        let n = count.min(size);
        // Written by hand: fast even for 604,800 points in an unoptimised build.
        let mut out = String::with_capacity(64 + n as usize * 56);
        out.push_str("{\"Result\":200,\"Message\":null,\"Content\":{\"gps\":[");
        let mut day_key = i64::MIN;
        let mut day_text = String::new();
        for i in 0..n {
            let secs = (first + i) * step;
            let day = secs.div_euclid(86_400);
            if day != day_key {
                day_key = day;
                day_text = DateTime::from_timestamp(day * 86_400, 0)
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default();
            }
            let sod = secs.rem_euclid(86_400);
            let Some(t) = DateTime::from_timestamp(secs, 0).map(|d| d.naive_utc()) else {
                continue;
            };
            let p = track_point(t);
            if i > 0 {
                out.push(',');
            }
            let _ = write!(
                out,
                "[\"{day_text} {:02}:{:02}:{:02}\",{},{},{}]",
                sod / 3600,
                sod / 60 % 60,
                sod % 60,
                p.lng,
                p.lat,
                p.accuracy.unwrap_or(0.0)
            );
        }
        out.push_str("]}}");
        ResponseTemplate::new(200).set_body_raw(out, "application/json")
    }

    fn face_service(&mut self, path: &str, req: &Request) -> ResponseTemplate {
        #[derive(serde::Deserialize)]
        struct B {
            #[serde(rename = "Image", default)]
            image: String,
            #[serde(rename = "FaceType", default)]
            face_type: Option<i64>,
            #[serde(rename = "DevId", default)]
            dev_id: Option<String>,
        }
        let b: B = body_or_return!(req);
        if b.image.is_empty() || b.face_type != Some(1) {
            return fail(303);
        }
        let feature = feature_of(&b.image);
        let matched = self
            .store
            .faces
            .iter()
            .find(|f| f.feature.as_ref() == Some(&feature))
            .cloned();
        let high = json!({"qualityLevel": "High"});
        match path {
            "/aiapi/faceApi/face_recognize" => match matched {
                Some(f) => ok(json!({"Name": f.name, "FaceProbability": 0.97})),
                None => fail_msg(404, "未识别到已登记的人脸"),
            },
            "/aiapi/faceApi/DetectFace" => ok(json!({
                "mcs8FaceRect": {"X": 40, "Y": 32, "Width": 128, "Height": 160},
                "Feature": feature,
            })),
            "/aiapi/faceApi/getQualityByImg" => ok(json!({
                "clarity": high, "pose": high, "integrity": high, "resolution": high,
            })),
            _ => {
                let Some(dev) = b.dev_id.filter(|d| !d.is_empty()) else {
                    return fail(304);
                };
                if !self.known_device(&dev) {
                    return fail(304);
                }
                match matched {
                    Some(f) => {
                        let token = format!(
                            "{}{}{}",
                            client_core::uuid_nonce(),
                            client_core::uuid_nonce(),
                            client_core::uuid_nonce()
                        );
                        ok(json!({"token": token, "peopleNo": f.id_card, "ip": "", "port": 0}))
                    }
                    None => fail(331),
                }
            }
        }
    }
}

fn now_naive() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// A deterministic 8-value "feature vector" of an image (for the face services).
fn feature_of(image: &str) -> Vec<f64> {
    let digest = auth_signing::mcs8::password_md5(image);
    digest
        .as_bytes()
        .chunks(4)
        .map(|c| {
            let v = c.iter().fold(0u32, |a, b| a * 31 + u32::from(*b));
            f64::from(v % 1000) / 1000.0
        })
        .collect()
}

fn days(st: NaiveDateTime, et: NaiveDateTime) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = st.date();
    while d.and_hms_opt(0, 0, 0).is_some_and(|t| t < et) && out.len() < 366 {
        out.push(d);
        match d.succ_opt() {
            Some(n) => d = n,
            None => break,
        }
    }
    out
}
