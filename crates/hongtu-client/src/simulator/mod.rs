//! An embedded Hongtu box (feature `simulator`), on `wiremock`, on an ephemeral
//! loopback port — for tests, examples and offline development.
//!
//! * Verifies the four signing headers exactly (`ctimestamp`, `cnonce`, `cappkey`,
//!   `csign` over the exact body bytes, `{}` for no body, an empty digest for multipart
//!   uploads); a wrong or missing signature answers `{"code":100008,"msg":"签名错误"}`.
//! * Keeps state for persons, groups, devices and the business-data subscription
//!   (create, update, list with paging, delete), and for uploaded images (each upload
//!   returns a fresh `imageUri`).
//! * Answers every other endpoint with its documented example,
//!   `fixtures/hongtu/<module>/<path>.response.json` (found by file name in any module
//!   directory, so new fixtures are picked up without code changes); an endpoint with
//!   no fixture answers HTTP 404.
//! * Lists seeded with [`Simulator::seed_list`] are paged by `pageNum` or `currPage`.
//! * Fault injection: latency, HTTP statuses, error codes ([`Fault`]).
//! * Pushes business data to the subscriber registered through
//!   `/v1/api/pubsub/busi/record/add` ([`Simulator::emit_pass_record`],
//!   [`Simulator::emit`]); posts pass and attendance records to the URLs saved with
//!   `/v1/api/sys/config/saveAFaceConfig` ([`Simulator::emit_identify_record`],
//!   [`Simulator::emit_attendance_record`]) and event records to the event URL
//!   ([`Simulator::set_event_callback_url`], [`Simulator::emit_event_record`]).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), hongtu_client::Error> {
//! use hongtu_client::api::person::PersonList;
//! use hongtu_client::simulator::Simulator;
//!
//! let sim = Simulator::start().await;
//! let client = sim.client()?;
//! let page = client.send(&PersonList::default()).await?;
//! assert_eq!(page.total, 0);
//! # Ok(()) }
//! ```

mod multipart;
mod state;

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::callback::{AttendanceRecord, EventRecord, PassRecord};
use crate::client::{Client, ClientBuilder};
use crate::dict::BusiType;
use crate::error::Error;
use crate::error_codes::ErrorCode;

/// The app key the simulator accepts by default (the seed's built-in `appkey1`).
pub const DEFAULT_APP_KEY: &str = "appkey1";
/// The secret the simulator accepts by default (the seed's built-in secret of
/// `appkey1`).
pub const DEFAULT_SECRET: &str = "sdfajk3242324fa!djq7";

/// Simulator settings.
#[derive(Debug, Clone)]
pub struct SimulatorConfig {
    /// Accepted app keys and their secrets (default: the seed's two built-in pairs).
    pub credentials: Vec<(String, String)>,
    /// Where the `*.response.json` fixtures live (default: the workspace's
    /// `fixtures/hongtu`, or `HONGTU_SIM_FIXTURES`).
    pub fixtures_dir: PathBuf,
}

impl Default for SimulatorConfig {
    fn default() -> Self {
        let fixtures_dir = std::env::var_os("HONGTU_SIM_FIXTURES")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../fixtures/hongtu"
                ))
            });
        Self {
            credentials: vec![
                (DEFAULT_APP_KEY.into(), DEFAULT_SECRET.into()),
                ("appkey2".into(), "zxcv&jlkfd234adf#xi9".into()),
            ],
            fixtures_dir,
        }
    }
}

/// The signing headers of one received request (`csign` is not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeaders {
    /// `ctimestamp` as received.
    pub ctimestamp: String,
    /// `cnonce` as received.
    pub cnonce: String,
    /// `cappkey` as received.
    pub cappkey: String,
}

/// An injected failure, applied to the next matching request(s) after the signature
/// check.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// Answer normally, but only after this delay.
    Latency(Duration),
    /// Answer with this HTTP status and a small error body.
    HttpStatus(u16),
    /// Answer HTTP 200 with this Hongtu error code (and the seed's description).
    Code(i64),
}

#[derive(Debug, Clone)]
struct PendingFault {
    path: Option<String>,
    fault: Fault,
    remaining: usize,
}

pub(crate) struct Shared {
    credentials: Vec<(String, String)>,
    fixtures: HashMap<String, String>,
    faults: VecDeque<PendingFault>,
    latency: Duration,
    requests: HashMap<String, usize>,
    signatures: HashMap<String, Vec<SignatureHeaders>>,
    event_url: Option<String>,
    base_url: String,
    pub(crate) state: state::State,
}

/// The running simulator. Dropping it stops the server.
pub struct Simulator {
    server: MockServer,
    shared: Arc<Mutex<Shared>>,
    http: client_core::reexports::reqwest::Client,
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("base_url", &self.server.uri())
            .finish()
    }
}

impl Simulator {
    /// Starts a simulator with the default settings.
    pub async fn start() -> Self {
        Self::start_with(SimulatorConfig::default()).await
    }

    /// Starts a simulator with `config`.
    pub async fn start_with(config: SimulatorConfig) -> Self {
        let server = MockServer::start().await;
        let shared = Arc::new(Mutex::new(Shared {
            credentials: config.credentials,
            fixtures: load_fixtures(&config.fixtures_dir),
            faults: VecDeque::new(),
            latency: Duration::ZERO,
            requests: HashMap::new(),
            signatures: HashMap::new(),
            event_url: None,
            base_url: server.uri(),
            state: state::State::new(),
        }));
        if let Ok(mut g) = shared.lock() {
            // The 一脸通 configuration starts as the documented example's answer.
            let example = g
                .fixtures
                .get("sys.config.queryAFaceConfig")
                .and_then(|t| serde_json::from_str::<Value>(t).ok())
                .and_then(|v| v.get("data").cloned())
                .filter(Value::is_object);
            if let Some(data) = example {
                g.state.aface = data;
            }
        }
        Mock::given(any())
            .respond_with(Handler {
                shared: shared.clone(),
            })
            .mount(&server)
            .await;
        Self {
            server,
            shared,
            http: client_core::reexports::reqwest::Client::new(),
        }
    }

    /// `http://127.0.0.1:{port}`.
    pub fn base_url(&self) -> String {
        self.server.uri()
    }

    /// A client builder preset for this simulator (default credentials, fast retries).
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .base_url(self.base_url())
            .app_key(DEFAULT_APP_KEY)
            .secret(DEFAULT_SECRET)
            .retry_policy(client_core::RetryPolicy::fast(2))
            .timeout(Duration::from_secs(10))
    }

    /// A client signed with the default credentials.
    pub fn client(&self) -> Result<Client, Error> {
        self.client_builder().build()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        match self.shared.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Injects `fault` into the next `times` requests (to `path`, or to any path).
    pub fn inject(&self, path: Option<&str>, fault: Fault, times: usize) {
        self.lock().faults.push_back(PendingFault {
            path: path.map(str::to_owned),
            fault,
            remaining: times.max(1),
        });
    }

    /// Delays every answer by `latency` (`Duration::ZERO` to stop).
    pub fn set_latency(&self, latency: Duration) {
        self.lock().latency = latency;
    }

    /// How many requests reached `path` (signed or not).
    pub fn request_count(&self, path: &str) -> usize {
        self.lock().requests.get(path).copied().unwrap_or(0)
    }

    /// The signing headers of every request received on `path`, oldest first.
    pub fn signatures(&self, path: &str) -> Vec<SignatureHeaders> {
        self.lock()
            .signatures
            .get(path)
            .cloned()
            .unwrap_or_default()
    }

    /// Makes `path` a paged list over `items`: requests are paged by `pageNum` or
    /// `currPage` with `pageSize` (default 20, or 10 for `currPage` requests) and
    /// answered `{pageNum, pageSize, total, list}`.
    pub fn seed_list(&self, path: &str, items: Vec<Value>) {
        self.lock().state.lists.insert(path.to_owned(), items);
    }

    /// The current business-data subscription (`pushUrl`, `busiTypes`), if any.
    pub fn subscription(&self) -> Option<(String, Vec<i64>)> {
        self.lock()
            .state
            .subscription
            .as_ref()
            .map(|s| (s.push_url.clone(), s.busi_types.clone()))
    }

    /// Pushes a business record to the subscriber, as the box does:
    /// `POST pushUrl {"busiType": "<n>", "data": "<record as JSON text>"}`. Returns
    /// `false` when nobody subscribed to `busi_type`.
    pub async fn emit<T: Serialize>(&self, busi_type: BusiType, record: &T) -> Result<bool, Error> {
        let target = self
            .subscription()
            .filter(|(_, types)| types.contains(&busi_type.code()));
        let Some((url, _)) = target else {
            return Ok(false);
        };
        let data = serde_json::to_string(record).map_err(|e| client_core::Error::Encode {
            path: url.clone(),
            message: e.to_string(),
        })?;
        let body = json!({"busiType": busi_type.code().to_string(), "data": data});
        self.post_json(&url, &body).await?;
        Ok(true)
    }

    /// Pushes a pass record (busiType 5) to the subscriber; see [`Simulator::emit`].
    pub async fn emit_pass_record(&self, record: &PassRecord) -> Result<bool, Error> {
        self.emit(BusiType::Pass, record).await
    }

    /// A callback URL of the 一脸通 configuration (`identifyRecordCallbackUrl` or
    /// `attendanceRecordCallbackUrl`, set with `/v1/api/sys/config/saveAFaceConfig`).
    fn aface_url(&self, key: &str) -> Option<String> {
        let shared = self.lock();
        if !shared.state.aface_saved {
            return None;
        }
        shared
            .state
            .aface
            .get(key)
            .and_then(|v| v.as_str())
            .filter(|u| !u.is_empty())
            .map(str::to_owned)
    }

    /// Posts a pass record to `identifyRecordCallbackUrl` (通行记录回调), as configured
    /// through `/v1/api/sys/config/saveAFaceConfig`. Returns `false` when no URL was
    /// saved (the documented example's placeholder URL is never called).
    pub async fn emit_identify_record(&self, record: &PassRecord) -> Result<bool, Error> {
        match self.aface_url("identifyRecordCallbackUrl") {
            Some(url) => self.post_json(&url, record).await.map(|()| true),
            None => Ok(false),
        }
    }

    /// Posts an attendance record to `attendanceRecordCallbackUrl` (考勤记录回调), as
    /// configured through `/v1/api/sys/config/saveAFaceConfig`. Returns `false` when no
    /// URL is set.
    pub async fn emit_attendance_record(&self, record: &AttendanceRecord) -> Result<bool, Error> {
        match self.aface_url("attendanceRecordCallbackUrl") {
            Some(url) => self.post_json(&url, record).await.map(|()| true),
            None => Ok(false),
        }
    }

    /// Sets the event subscription URL (on a real box: web UI 【系统管理】-【功能配置】-
    /// 【事件配置】; the OpenAPI cannot set it).
    pub fn set_event_callback_url(&self, url: Option<&str>) {
        self.lock().event_url = url.map(str::to_owned);
    }

    /// Posts an event record to the event subscription URL (事件记录回调). Returns
    /// `false` when no URL is set.
    pub async fn emit_event_record(&self, record: &EventRecord) -> Result<bool, Error> {
        let url = self.lock().event_url.clone();
        match url {
            Some(url) => self.post_json(&url, record).await.map(|()| true),
            None => Ok(false),
        }
    }

    /// POSTs `body` as JSON to `url` (for the callbacks whose URL is configured outside
    /// the OpenAPI: event records, `identifyRecordCallbackUrl`,
    /// `attendanceRecordCallbackUrl`). Fails unless the receiver answers 2xx.
    pub async fn post_json<T: Serialize>(&self, url: &str, body: &T) -> Result<(), Error> {
        let resp = self.http.post(url).json(body).send().await.map_err(|e| {
            let connect = e.is_connect();
            client_core::Error::Transport {
                path: url.to_owned(),
                message: e.without_url().to_string(),
                connect,
                source: None,
            }
        })?;
        let status = resp.status();
        if !status.is_success() {
            let text = resp.bytes().await.unwrap_or_default();
            return Err(client_core::Error::Http {
                path: url.to_owned(),
                status,
                excerpt: client_core::excerpt(&text),
            }
            .into());
        }
        Ok(())
    }
}

fn load_fixtures(dir: &std::path::Path) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let Ok(modules) = std::fs::read_dir(dir) else {
        return out;
    };
    for module in modules.flatten() {
        let Ok(files) = std::fs::read_dir(module.path()) else {
            continue;
        };
        for f in files.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".response.json") {
                if let Ok(text) = std::fs::read_to_string(f.path()) {
                    out.entry(stem.to_owned()).or_insert(text);
                }
            }
        }
    }
    out
}

struct Handler {
    shared: Arc<Mutex<Shared>>,
}

pub(crate) fn envelope(code: i64, msg: &str, data: Option<Value>) -> Value {
    match data {
        Some(d) => json!({"code": code, "msg": msg, "data": d}),
        None => json!({"code": code, "msg": msg}),
    }
}

pub(crate) fn error_envelope(code: i64) -> Value {
    let msg = ErrorCode::from_code(code)
        .description()
        .unwrap_or("错误")
        .to_owned();
    envelope(code, &msg, None)
}

fn json_response(status: u16, body: &Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(
        body.to_string().into_bytes(),
        "application/json;charset=UTF-8",
    )
}

fn header<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.headers.get(name).and_then(|v| v.to_str().ok())
}

impl Handler {
    fn verify(&self, shared: &Shared, req: &Request, multipart: bool) -> bool {
        let (Some(ts), Some(nonce), Some(app_key), Some(sign)) = (
            header(req, "ctimestamp"),
            header(req, "cnonce"),
            header(req, "cappkey"),
            header(req, "csign"),
        ) else {
            return false;
        };
        if ts.is_empty() || !ts.bytes().all(|b| b.is_ascii_digit()) || nonce.is_empty() {
            return false;
        }
        let Some((_, secret)) = shared.credentials.iter().find(|(k, _)| k == app_key) else {
            return false;
        };
        let digest = if multipart {
            auth_signing::hongtu::BodyDigest::Multipart
        } else if req.body.is_empty() {
            auth_signing::hongtu::BodyDigest::EmptyJson
        } else {
            auth_signing::hongtu::BodyDigest::Json(&req.body)
        };
        auth_signing::hongtu::verify(
            req.url.path(),
            req.method.as_str(),
            req.url.query().unwrap_or(""),
            digest,
            app_key,
            secret,
            ts,
            nonce,
            sign,
        )
    }
}

impl Respond for Handler {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut shared = match self.shared.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let path = req.url.path().to_owned();
        *shared.requests.entry(path.clone()).or_default() += 1;
        let seen = SignatureHeaders {
            ctimestamp: header(req, "ctimestamp").unwrap_or_default().to_owned(),
            cnonce: header(req, "cnonce").unwrap_or_default().to_owned(),
            cappkey: header(req, "cappkey").unwrap_or_default().to_owned(),
        };
        shared
            .signatures
            .entry(path.clone())
            .or_default()
            .push(seen);
        let latency = shared.latency;
        let content_type = header(req, "content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let multipart = content_type.starts_with("multipart/form-data");
        if !self.verify(&shared, req, multipart) {
            return json_response(200, &error_envelope(100008)).set_delay(latency);
        }
        // Fault injection.
        let mut extra_delay = Duration::ZERO;
        if let Some(i) = shared
            .faults
            .iter()
            .position(|f| f.path.is_none() || f.path.as_deref() == Some(path.as_str()))
        {
            let fault = shared.faults[i].fault.clone();
            shared.faults[i].remaining -= 1;
            if shared.faults[i].remaining == 0 {
                shared.faults.remove(i);
            }
            match fault {
                Fault::Latency(d) => extra_delay = d,
                Fault::HttpStatus(s) => {
                    return ResponseTemplate::new(s)
                        .set_body_string(format!("<html><body>simulated HTTP {s}</body></html>"))
                        .set_delay(latency);
                }
                Fault::Code(c) => return json_response(200, &error_envelope(c)).set_delay(latency),
            }
        }
        let delay = latency + extra_delay;
        let base_url = shared.base_url.clone();
        let answer = if multipart {
            let boundary = multipart::boundary(&content_type);
            let parts = boundary
                .map(|b| multipart::parse(&req.body, &b))
                .unwrap_or_default();
            shared.state.upload(&path, &parts)
        } else {
            let body: Value = if req.body.is_empty() {
                json!({})
            } else {
                match serde_json::from_slice(&req.body) {
                    Ok(v) => v,
                    Err(_) => return json_response(200, &error_envelope(100003)).set_delay(delay),
                }
            };
            let app_key = header(req, "cappkey").unwrap_or(DEFAULT_APP_KEY).to_owned();
            shared.state.handle(&path, &body, &base_url, &app_key)
        };
        let answer = match answer {
            Some(v) => Some(v),
            None => shared
                .fixtures
                .get(
                    path.trim_start_matches("/v1/api/")
                        .replace('/', ".")
                        .as_str(),
                )
                .and_then(|text| serde_json::from_str::<Value>(text).ok()),
        };
        match answer {
            Some(v) => json_response(200, &v).set_delay(delay),
            None => ResponseTemplate::new(404)
                .set_body_string(format!("no such endpoint: {path}"))
                .set_delay(delay),
        }
    }
}
