//! An in-process TUMS simulator (feature `simulator`), built on `wiremock`.
//!
//! [`Simulator::start`] listens on an ephemeral loopback port and behaves like the cloud
//! where it matters to a client:
//!
//! * it accepts only POST (1.3.1) and verifies `X-Authorization` exactly as 1.2.2
//!   describes (5 fields, 10-digit timestamp, 32-character nonce): a wrong signature is
//!   -10301, a timestamp more than 5 minutes off -10302, a missing or malformed header
//!   or a nonce reused within 5 minutes -10303, an unknown (or expired temporary) AK
//!   -10304, a disabled AK -10305 — always with HTTP 200 and the error envelope;
//! * it keeps regions (1.4.2: add, edit, delete, delete all, swap order, ancestors,
//!   paged roots / children / name search with `limit` in `[1, 50]`, at most 4 levels,
//!   a default region that cannot be deleted) and devices (1.4.3: both device lists
//!   with `limit` in `[1, 100]`, delete with `failList`, move to a region, rename) in
//!   memory;
//! * setAppMsgPushConfig / getAppMsgPushConfig (1.4.6.1/2) keep the subscription, and
//!   [`Simulator::push`] delivers a push message to its `serverUrl` (1.4.6.3);
//! * createTempApplicationApiCredential (1.4.1.1) issues temporary AK/SKs that work
//!   until their `expireTime` and cannot mint further ones (-82401);
//! * every other endpoint answers its documented example,
//!   `fixtures/tums/<module>/<lastPathSegment>.response.json` inside this package,
//!   embedded at compile time ([`SimulatorBuilder::answer`] / [`Simulator::set_answer`]
//!   override one);
//! * exports (1.4.9.3/4) are limited server-side to one per 5 s per simulator (one
//!   project), as on the platform: -82112 操作过于频繁 otherwise
//!   ([`SimulatorBuilder::export_interval`] changes or disables it);
//! * faults can be injected ([`client_core::sim::Fault`]): latency, an HTTP status with
//!   an HTML body, [`Fault::Busy`] (-20003 云端繁忙), [`Fault::RateLimited`] (-20004
//!   API请求超限, or HTTP 429 with `Retry-After` when it carries seconds), any
//!   [`Fault::VendorCode`], or a raw [`Fault::Body`] — for the next N requests and/or
//!   one path.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), tums_client::Error> {
//! use futures::TryStreamExt;
//! use tums_client::api::region::{AddRegion, GetPagedRootRegions};
//! use tums_client::simulator::Simulator;
//!
//! let sim = Simulator::start().await?;
//! let client = sim.client()?;
//! client.send(&AddRegion::new("Building A", "0")).await?;
//! let roots: Vec<_> = client.stream(GetPagedRootRegions::new()).try_collect().await?;
//! assert_eq!(roots.len(), 2); // the default region and Building A
//! # Ok(()) }
//! ```

mod access;
mod broadcast_parking_members;
mod cloud_tasks;
mod devices;
mod ptz;
mod regions;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use client_core::sim::{FaultPlan, RequestLog};
use client_core::{RetryPolicy, Secret};
use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::client::{Client, ClientBuilder};
use crate::error::Error;

pub use client_core::sim::{Fault, FaultRule, RecordedRequest};

/// The documented examples (`fixtures/tums/<module>/<lastPathSegment>.*.json`, inside
/// this package), embedded at compile time so the feature works from a published
/// crate.
static FIXTURES: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/fixtures/tums");

/// The embedded answer named `<segment>.response.json`; the first module (sorted by
/// name) holding one wins.
fn embedded_answer(segment: &str) -> Option<&'static str> {
    let name = format!("{segment}.response.json");
    let mut modules: Vec<_> = FIXTURES.dirs().collect();
    modules.sort_by_key(|d| d.path());
    modules
        .iter()
        .find_map(|m| m.get_file(m.path().join(&name)))
        .and_then(|f| f.contents_utf8())
}

pub use devices::SimDevice;

/// The simulator's long-term AccessKey.
pub const SIM_ACCESS_KEY: &str = "sim-access-key";
/// The simulator's long-term SecretKey.
pub const SIM_SECRET_KEY: &str = "sim-secret-key-0123456789abcdef";
/// Allowed clock skew (5 minutes, 1.2.2.2).
pub const MAX_SKEW_SECONDS: i64 = 300;
/// How long a nonce may not be reused (5 minutes, 1.2.2.2).
pub const NONCE_WINDOW_SECONDS: i64 = 300;

/// The application type the simulator plays (1.1 应用).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AppType {
    /// 项目型应用 — bound to a project: regions, project device list (default).
    #[default]
    Project,
    /// 设备型应用 — devices managed one by one; region endpoints answer -88312.
    Device,
}

/// What the TUMS simulator recorded about a request, read from a
/// [`RecordedRequest`] (its `X-Authorization` header and its verdict).
pub trait TumsRecord {
    /// `AccessKey` of the X-Authorization header, when it parsed.
    fn access_key(&self) -> Option<String>;
    /// `Nonce` of the X-Authorization header, when it parsed.
    fn nonce(&self) -> Option<String>;
    /// `Timestamp`, when it parsed.
    fn timestamp(&self) -> Option<i64>;
    /// The HTTP status answered.
    fn status(&self) -> u16;
    /// The `error_code` answered (None for non-JSON answers).
    fn error_code(&self) -> Option<i64>;
}

impl TumsRecord for RecordedRequest {
    fn access_key(&self) -> Option<String> {
        parsed_auth(self).map(|a| a.access_key)
    }

    fn nonce(&self) -> Option<String> {
        parsed_auth(self).map(|a| a.nonce)
    }

    fn timestamp(&self) -> Option<i64> {
        parsed_auth(self).and_then(|a| a.timestamp.parse().ok())
    }

    fn status(&self) -> u16 {
        self.verdict
            .strip_prefix("HTTP ")
            .and_then(|s| s.parse().ok())
            .unwrap_or(200)
    }

    fn error_code(&self) -> Option<i64> {
        self.verdict.strip_prefix("error_code ")?.parse().ok()
    }
}

fn parsed_auth(r: &RecordedRequest) -> Option<auth_signing::tums::ParsedAuthorization> {
    let (_, value) = r
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(auth_signing::tums::HEADER))?;
    auth_signing::tums::parse_header(value)
}

pub use client_core::sim::SimCredentials;

/// The application's message subscription (1.4.6.1/2).
#[derive(Debug, Clone)]
struct PushConfig {
    server_url: String,
    open: bool,
    types: Vec<String>,
}

/// What [`Simulator::push`] did with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PushOutcome {
    /// POSTed to the subscribed `serverUrl`, which answered this HTTP status.
    Delivered(u16),
    /// No subscription, subscription switched off (`openMsgTransport` 0), or the
    /// message's content types are not subscribed.
    NotSubscribed,
    /// The POST failed (connection refused, timeout…); the text says why.
    Failed(String),
}

struct TempKey {
    secret: String,
    expires: i64,
}

pub(crate) struct State {
    app_type: AppType,
    access_key: String,
    secret_key: String,
    temp_keys: HashMap<String, TempKey>,
    nonces: HashMap<String, i64>,
    answers: HashMap<String, String>,
    push_config: Option<PushConfig>,
    export_interval: Duration,
    last_export: Option<std::time::Instant>,
    clock_skew: i64,
    key_disabled: bool,
    pub(crate) regions: regions::Regions,
    pub(crate) devices: devices::Devices,
    bpm: broadcast_parking_members::BroadcastParkingMembers,
    pub(crate) ptz: ptz::Ptz,
    pub(crate) cloud_tasks: cloud_tasks::CloudTasks,
    pub(crate) access: access::Access,
}

/// Builds a [`Simulator`] with non-default settings.
#[derive(Debug, Clone)]
pub struct SimulatorBuilder {
    app_type: AppType,
    export_interval: Duration,
    clock_skew: i64,
    no_default_region: bool,
    answers: HashMap<String, String>,
}

impl Default for SimulatorBuilder {
    fn default() -> Self {
        Self {
            app_type: AppType::default(),
            export_interval: crate::client::EXPORT_INTERVAL,
            clock_skew: 0,
            no_default_region: false,
            answers: HashMap::new(),
        }
    }
}

impl SimulatorBuilder {
    /// The server-side export limit: a second export (1.4.9.3/4, either endpoint)
    /// within `interval` of the previous one answers -82112 操作过于频繁. Defaults to
    /// the seed's 5 s ([`crate::client::EXPORT_INTERVAL`], 每个项目5s内限制导出一次),
    /// like the real platform; `Duration::ZERO` turns it off (tests that export back to
    /// back with a client whose own gate is off). A default client keeps the limit
    /// itself, so it never sees -82112.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use tums_client::simulator::Simulator;
    /// let sim = Simulator::builder().export_interval(Duration::ZERO).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn export_interval(mut self, interval: Duration) -> Self {
        self.export_interval = interval;
        self
    }

    /// Runs the simulator's clock `seconds` ahead of (or, negative, behind) the local
    /// one: signature timestamps are checked against it and every response's `Date`
    /// header shows it — to test a client whose clock is off.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::simulator::Simulator;
    /// let sim = Simulator::builder().clock_skew(-600).start().await?; // 10 minutes behind
    /// sim.client()?.send(&tums_client::api::region::GetPagedRootRegions::new()).await?; // clock adopted
    /// # Ok(()) }
    /// ```
    pub fn clock_skew(mut self, seconds: i64) -> Self {
        self.clock_skew = seconds;
        self
    }

    /// Plays a project-type (default) or device-type application.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::api::region::GetPagedRootRegions;
    /// use tums_client::simulator::{AppType, Simulator};
    /// let sim = Simulator::builder().app_type(AppType::Device).start().await?;
    /// let err = sim.client()?.send(&GetPagedRootRegions::new()).await.unwrap_err();
    /// assert_eq!(err.api().unwrap().code.code(), -88312); // no regions in a device-type app
    /// # Ok(()) }
    /// ```
    pub fn app_type(mut self, t: AppType) -> Self {
        self.app_type = t;
        self
    }

    /// Starts with no regions at all, instead of one default region (useful to test
    /// exact counts; the real platform always has a default region).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::simulator::Simulator;
    /// let sim = Simulator::builder().without_default_region().start().await?;
    /// assert_eq!(sim.default_region_id(), None);
    /// # Ok(()) }
    /// ```
    pub fn without_default_region(mut self) -> Self {
        self.no_default_region = true;
        self
    }

    /// Answers `path` with `body` (a whole envelope) instead of its embedded
    /// documented example.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use client_core::Endpoint as _; // for PATH
    /// use tums_client::api::device::GetApplicationOverview;
    /// use tums_client::simulator::Simulator;
    /// let body = r#"{"error_code":0,"result":{"vms":{"totalNum":7}}}"#;
    /// let sim = Simulator::builder().answer(GetApplicationOverview::PATH, body).start().await?;
    /// sim.client()?.send(&GetApplicationOverview {}).await?;
    /// # Ok(()) }
    /// ```
    pub fn answer(mut self, path: impl Into<String>, body: impl Into<String>) -> Self {
        self.answers.insert(path.into(), body.into());
        self
    }

    /// Starts the simulator on an ephemeral loopback port.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::builder().start().await?;
    /// println!("listening on {}", sim.base_url());
    /// # Ok(()) }
    /// ```
    pub async fn start(self) -> Result<Simulator, Error> {
        let state = Arc::new(Mutex::new(State {
            app_type: self.app_type,
            access_key: SIM_ACCESS_KEY.to_owned(),
            secret_key: SIM_SECRET_KEY.to_owned(),
            temp_keys: HashMap::new(),
            nonces: HashMap::new(),
            answers: self.answers,
            push_config: None,
            export_interval: self.export_interval,
            last_export: None,
            clock_skew: self.clock_skew,
            key_disabled: false,
            regions: regions::Regions::new(!self.no_default_region),
            devices: devices::Devices::default(),
            bpm: broadcast_parking_members::BroadcastParkingMembers::default(),
            ptz: ptz::Ptz::default(),
            cloud_tasks: cloud_tasks::CloudTasks::default(),
            access: access::Access::default(),
        }));
        let faults = Arc::new(FaultPlan::default());
        let log = Arc::new(RequestLog::default());
        // The simulator keeps its own request log; wiremock's would grow without bound.
        let server = MockServer::builder()
            .disable_request_recording()
            .start()
            .await;
        Mock::given(wiremock::matchers::any())
            .respond_with(Handler {
                state: state.clone(),
                faults: faults.clone(),
                log: log.clone(),
            })
            .mount(&server)
            .await;
        Ok(Simulator {
            server,
            state,
            faults,
            log,
        })
    }
}

/// A running TUMS simulator. Dropping it stops the server.
pub struct Simulator {
    server: MockServer,
    state: Arc<Mutex<State>>,
    faults: Arc<FaultPlan>,
    log: Arc<RequestLog>,
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("base_url", &self.server.uri())
            .finish_non_exhaustive()
    }
}

impl Simulator {
    /// Starts a project-type simulator with one default region, on an ephemeral
    /// loopback port.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let client = sim.client()?;
    /// # Ok(()) }
    /// ```
    pub async fn start() -> Result<Simulator, Error> {
        SimulatorBuilder::default().start().await
    }

    /// A builder for other settings.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::builder().clock_skew(30).start().await?;
    /// # Ok(()) }
    /// ```
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// `http://127.0.0.1:<port>`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// assert!(sim.base_url().starts_with("http://127.0.0.1:"));
    /// # Ok(()) }
    /// ```
    pub fn base_url(&self) -> String {
        self.server.uri()
    }

    /// The long-term AK/SK the simulator accepts.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let creds = sim.credentials();
    /// let client = tums_client::Client::builder()
    ///     .base_url(sim.base_url())
    ///     .credentials(creds.id, creds.secret)
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn credentials(&self) -> SimCredentials {
        let st = self.lock();
        SimCredentials {
            id: st.access_key.clone(),
            secret: Secret::new(st.secret_key.clone()),
        }
    }

    /// A [`ClientBuilder`] pointed at the simulator with its credentials and a fast
    /// retry policy ([`RetryPolicy::fast`] with 3 retries).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let client = sim.client_builder().terminal_id("test-terminal").build()?;
    /// # Ok(()) }
    /// ```
    pub fn client_builder(&self) -> ClientBuilder {
        let creds = self.credentials();
        Client::builder()
            .base_url(self.base_url())
            .credentials(creds.id, creds.secret)
            .retry_policy(RetryPolicy::fast(3))
            .timeout(Duration::from_secs(10))
    }

    /// A [`Client`] for the simulator (see [`Simulator::client_builder`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let client = sim.client()?;
    /// client.send(&tums_client::api::region::GetPagedRootRegions::new()).await?;
    /// # Ok(()) }
    /// ```
    pub fn client(&self) -> Result<Client, Error> {
        self.client_builder().build()
    }

    /// Answers `path` with `body` (a whole envelope) from now on, instead of its
    /// embedded documented example.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use client_core::Endpoint as _; // for PATH
    /// use tums_client::api::device::GetApplicationOverview;
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// sim.set_answer(GetApplicationOverview::PATH, r#"{"error_code":-80405,"msg":"no"}"#);
    /// let err = sim.client()?.send(&GetApplicationOverview {}).await.unwrap_err();
    /// assert_eq!(err.api().unwrap().code.code(), -80405);
    /// # Ok(()) }
    /// ```
    pub fn set_answer(&self, path: impl Into<String>, body: impl Into<String>) {
        self.lock().answers.insert(path.into(), body.into());
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    client_core::simulator_methods!(
        /// Injects a fault (see [`FaultRule`]). Rules are checked in the order added; the
        /// first that matches applies.
        ///
        /// ```
        /// # #[tokio::main(flavor = "current_thread")]
        /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
        /// use tums_client::api::region::GetPagedRootRegions;
        /// use tums_client::simulator::{Fault, FaultRule, Simulator};
        /// let sim = Simulator::start().await?;
        /// sim.inject(FaultRule::new(Fault::Busy).times(1)); // -20003 云端繁忙, once
        /// sim.client()?.send(&GetPagedRootRegions::new()).await?; // retried, then answered
        /// assert_eq!(sim.requests().len(), 2);
        /// # Ok(()) }
        /// ```
        faults,
        log,
        "tums_client::simulator::Simulator"
    );

    /// Creates `n` root regions named `region-001`, `region-002`… and returns their ids.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let ids = sim.seed_regions(3);
    /// assert_eq!(ids.len(), 3);
    /// # Ok(()) }
    /// ```
    pub fn seed_regions(&self, n: usize) -> Vec<String> {
        let mut st = self.lock();
        let start = st.regions.len() + 1;
        (start..start + n)
            .filter_map(|i| st.regions.add(&format!("region-{i:03}"), 0, None).ok())
            .map(|id| id.to_string())
            .collect()
    }

    /// Creates `n` child regions `<parent>-child-001`… under `parent_id`; returns their
    /// ids (empty when the parent does not exist or is at level 4).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let root = sim.seed_regions(1).remove(0);
    /// let children = sim.seed_children(&root, 2);
    /// assert_eq!(children.len(), 2);
    /// # Ok(()) }
    /// ```
    pub fn seed_children(&self, parent_id: &str, n: usize) -> Vec<String> {
        let mut st = self.lock();
        let Ok(parent) = parent_id.parse::<u64>() else {
            return Vec::new();
        };
        (1..=n)
            .filter_map(|i| {
                st.regions
                    .add(&format!("{parent_id}-child-{i:03}"), parent, None)
                    .ok()
            })
            .map(|id| id.to_string())
            .collect()
    }

    /// The id of the default region, if there is one.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// assert!(sim.default_region_id().is_some());
    /// # Ok(()) }
    /// ```
    pub fn default_region_id(&self) -> Option<String> {
        self.lock().regions.default_id().map(|id| id.to_string())
    }

    /// Adds `n` cameras (`SURVEILLANCECAMERA`, online, paid) to `region_id` (the default
    /// region when `None`) and returns them.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let cams = sim.seed_devices(2, None); // into the default region
    /// assert_eq!(sim.devices().len(), 2);
    /// println!("{}", cams[0].qr_code);
    /// # Ok(()) }
    /// ```
    pub fn seed_devices(&self, n: usize, region_id: Option<&str>) -> Vec<SimDevice> {
        let mut st = self.lock();
        let region = region_id
            .and_then(|r| r.parse::<u64>().ok())
            .or_else(|| st.regions.default_id());
        let name = region
            .and_then(|id| st.regions.get(id).map(|r| r.name.clone()))
            .unwrap_or_default();
        (0..n)
            .map(|_| st.devices.add_camera(region, &name))
            .collect()
    }

    /// The devices currently held.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// sim.seed_devices(1, None);
    /// assert_eq!(sim.devices().len(), 1);
    /// # Ok(()) }
    /// ```
    pub fn devices(&self) -> Vec<SimDevice> {
        self.lock().devices.all()
    }

    /// Pushes `msg` the way the cloud would (1.4.6.3): signed with the key set by
    /// setAppMsgPushSk when there is one (`Signature` header, 2026 edition 1.4.8.6),
    /// POSTs its JSON to the
    /// `serverUrl` set with setAppMsgPushConfig, when the subscription is on and
    /// subscribes to at least one of the message's content types (an empty list
    /// subscribes to all).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::api::message::SetAppMsgPushConfig;
    /// use tums_client::simulator::{PushOutcome, Simulator};
    /// use tums_client::webhook::PushMessage;
    /// let sim = Simulator::start().await?;
    /// let msg = PushMessage::parse(br#"{"mac":"00-FF-00-2C-9F-39","deviceName":"cam","time":"1609135966",
    ///   "msgType":"vmsDeviceAlarm","msgContentType":["NVRHardDiskAbnormal"]}"#)?;
    /// assert_eq!(sim.push(&msg).await, PushOutcome::NotSubscribed);
    /// // Once subscribed, the message is POSTed to serverUrl (here nobody listens).
    /// sim.client()?.send(&SetAppMsgPushConfig::all("http://127.0.0.1:9/push")).await?;
    /// assert!(matches!(sim.push(&msg).await, PushOutcome::Failed(_)));
    /// # Ok(()) }
    /// ```
    pub async fn push(&self, msg: &crate::webhook::PushMessage) -> PushOutcome {
        let push_sk = self.lock().access.push_sk.clone();
        let target = {
            let st = self.lock();
            st.push_config.as_ref().and_then(|c| {
                let wanted = c.types.is_empty()
                    || msg
                        .msg_content_type
                        .iter()
                        .any(|t| c.types.iter().any(|w| w == t.as_str()));
                (c.open && wanted).then(|| c.server_url.clone())
            })
        };
        let Some(url) = target else {
            return PushOutcome::NotSubscribed;
        };
        let body = match serde_json::to_vec(msg) {
            Ok(b) => b,
            Err(e) => return PushOutcome::Failed(e.to_string()),
        };
        let mut post = client_core::reexports::reqwest::Client::new().post(url);
        // With a key set (setAppMsgPushSk, 2026 edition 1.4.8.3) every push is signed
        // (1.4.8.6).
        if let Some(sk) = push_sk {
            post = post.header(
                crate::webhook::SIGNATURE_HEADER,
                auth_signing::tums::push_signature(&sk, &body),
            );
        }
        let sent = post
            .header("content-type", "application/json;charset=UTF-8")
            .timeout(Duration::from_secs(10))
            .body(body)
            .send()
            .await;
        match sent {
            Ok(resp) => PushOutcome::Delivered(resp.status().as_u16()),
            Err(e) => PushOutcome::Failed(e.without_url().to_string()),
        }
    }

    /// Disables the long-term AK/SK, as the console would: it then answers -10305
    /// (1.2.2.4 AK被禁用), and every temporary key is cleared (1.4.1.1).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let client = sim.client()?;
    /// sim.disable_access_key();
    /// let err = client.send(&tums_client::api::region::GetPagedRootRegions::new()).await.unwrap_err();
    /// assert!(err.is_signature_error()); // -10305
    /// # Ok(()) }
    /// ```
    pub fn disable_access_key(&self) {
        let mut st = self.lock();
        st.key_disabled = true;
        st.temp_keys.clear();
    }

    /// Enables the long-term AK/SK again (temporary keys stay cleared).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// sim.disable_access_key();
    /// sim.enable_access_key();
    /// sim.client()?.send(&tums_client::api::region::GetPagedRootRegions::new()).await?;
    /// # Ok(()) }
    /// ```
    pub fn enable_access_key(&self) {
        self.lock().key_disabled = false;
    }

    /// Issues a temporary credential directly (as createTempApplicationApiCredential
    /// would), valid for `lifetime_seconds`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// let temp = sim.issue_temp_credential(60);
    /// let client = sim.client_builder().credentials(temp.id, temp.secret).build()?;
    /// client.send(&tums_client::api::region::GetPagedRootRegions::new()).await?;
    /// # Ok(()) }
    /// ```
    pub fn issue_temp_credential(&self, lifetime_seconds: i64) -> SimCredentials {
        let (ak, sk, _) = issue_temp(&mut self.lock(), lifetime_seconds);
        SimCredentials {
            id: ak,
            secret: Secret::new(sk),
        }
    }
}

impl State {
    /// The simulator's clock (UNIX seconds, with the configured skew).
    fn now(&self) -> i64 {
        client_core::unix_seconds() + self.clock_skew
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    match state.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn issue_temp(st: &mut State, lifetime: i64) -> (String, String, i64) {
    let ak = format!("tmp-{}", client_core::uuid_nonce());
    let sk = client_core::uuid_nonce();
    let now = st.now();
    st.temp_keys.insert(
        ak.clone(),
        TempKey {
            secret: sk.clone(),
            expires: now + lifetime,
        },
    );
    (ak, sk, now)
}

/// The outcome of routing a request: an envelope, or a raw HTTP answer.
pub(crate) enum Answer {
    Json(Value),
    Http(u16, String),
    /// A body sent as is, HTTP 200 ([`Fault::Body`]).
    Raw(String),
    /// HTTP 429 with `Retry-After` seconds ([`Fault::RateLimited`]).
    TooMany(u64),
}

/// `{"error_code":0,"result":…}` (no `result` for `Value::Null`).
pub(crate) fn ok(result: Value) -> Answer {
    if result.is_null() {
        Answer::Json(json!({"error_code": 0}))
    } else {
        Answer::Json(json!({"error_code": 0, "result": result}))
    }
}

/// `{"error_code":code,"msg":…}` with the seed's description as `msg`.
pub(crate) fn err(code: i64) -> Answer {
    Answer::Json(error_body(code))
}

fn error_body(code: i64) -> Value {
    let msg = crate::ErrorCode::from_code(code)
        .description()
        .unwrap_or("error");
    json!({"error_code": code, "msg": msg})
}

struct Handler {
    state: Arc<Mutex<State>>,
    faults: Arc<FaultPlan>,
    log: Arc<RequestLog>,
}

impl Respond for Handler {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut st = lock(&self.state);
        let path = req.url.path().to_owned();
        let header = req
            .headers
            .get(auth_signing::tums::HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let parsed = header.as_deref().and_then(auth_signing::tums::parse_header);
        let mut record = RecordedRequest {
            method: req.method.to_string(),
            path: path.clone(),
            query: req.url.query().map(str::to_owned),
            headers: req
                .headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_owned(),
                        v.to_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect(),
            body: bytes::Bytes::from(req.body.clone()),
            verdict: String::new(),
        };
        let mut delay = None;
        let answer = if req.method != http::Method::POST {
            // 1.3.1: every endpoint is POST.
            Answer::Http(405, "only POST is supported".into())
        } else {
            match verify(&mut st, req, &path, parsed.as_ref()) {
                Err(code) => err(code),
                Ok(caller) => match self.faults.take(&path) {
                    Some(Fault::Latency(d)) => {
                        delay = Some(d);
                        route(&mut st, &path, &req.body, &caller)
                    }
                    Some(Fault::Http(status)) => Answer::Http(
                        status,
                        format!(
                        "<html><body><h1>{status}</h1>injected by the TUMS simulator</body></html>"
                    ),
                    ),
                    Some(Fault::Busy) => err(-20003),
                    Some(Fault::RateLimited {
                        retry_after_secs: None,
                    }) => err(-20004),
                    Some(Fault::RateLimited {
                        retry_after_secs: Some(secs),
                    }) => Answer::TooMany(secs),
                    Some(Fault::VendorCode(c)) => err(c),
                    Some(Fault::Body(body)) => Answer::Raw(body),
                    Some(_) | None => route(&mut st, &path, &req.body, &caller),
                },
            }
        };
        let template = match answer {
            Answer::Json(v) => {
                record.verdict = match v.get("error_code").and_then(Value::as_i64) {
                    Some(code) => format!("error_code {code}"),
                    None => "HTTP 200".into(),
                };
                let body = serde_json::to_vec(&v).unwrap_or_default();
                ResponseTemplate::new(200).set_body_raw(body, "application/json;charset=UTF-8")
            }
            Answer::Raw(body) => {
                record.verdict = match serde_json::from_str::<Value>(&body)
                    .ok()
                    .and_then(|v| v.get("error_code").and_then(Value::as_i64))
                {
                    Some(code) => format!("error_code {code}"),
                    None => "HTTP 200".into(),
                };
                ResponseTemplate::new(200)
                    .set_body_raw(body.into_bytes(), "application/json;charset=UTF-8")
            }
            Answer::TooMany(secs) => {
                record.verdict = "HTTP 429".into();
                ResponseTemplate::new(429)
                    .insert_header("retry-after", secs.to_string().as_str())
                    .set_body_raw(b"too many requests".to_vec(), "text/plain")
            }
            Answer::Http(status, body) => {
                record.verdict = format!("HTTP {status}");
                ResponseTemplate::new(status).set_body_raw(body.into_bytes(), "text/html")
            }
        };
        let date = chrono::DateTime::<chrono::Utc>::from_timestamp(st.now(), 0)
            .map(|d| d.format("%a, %d %b %Y %H:%M:%S GMT").to_string());
        let template = match date {
            Some(d) => template.insert_header("date", d.as_str()),
            None => template,
        };
        self.log.record(record);
        match delay {
            Some(d) => template.set_delay(d),
            None => template,
        }
    }
}

/// Who signed a request.
pub(crate) struct Caller {
    temporary: bool,
    /// The AccessKey that signed (2026 edition: a temporary key may be restricted).
    access_key: String,
}

/// Verifies X-Authorization as 1.2.2.2/1.2.2.4 describe.
fn verify(
    st: &mut State,
    req: &Request,
    path: &str,
    parsed: Option<&auth_signing::tums::ParsedAuthorization>,
) -> Result<Caller, i64> {
    let Some(auth) = parsed else {
        return Err(-10303);
    };
    // Nonce: 32 characters (1.2.2.2 Nonce 长度32位).
    if auth.nonce.chars().count() != 32 {
        return Err(-10303);
    }
    let now = st.now();
    let (secret, temporary) = if auth.access_key == st.access_key {
        if st.key_disabled {
            return Err(-10305);
        }
        (st.secret_key.clone(), false)
    } else {
        match st.temp_keys.get(&auth.access_key) {
            Some(k) if k.expires > now => (k.secret.clone(), true),
            _ => return Err(-10304),
        }
    };
    let ts: i64 = auth.timestamp.parse().map_err(|_| -10303)?;
    if (now - ts).abs() > MAX_SKEW_SECONDS {
        return Err(-10302);
    }
    // A body that is not JSON is signed as "{}" (1.2.2.2 payload).
    let payload: &[u8] = if serde_json::from_slice::<Value>(&req.body).is_ok() {
        &req.body
    } else {
        b""
    };
    let ok = auth_signing::tums::verify(
        &auth_signing::tums::TumsRequest {
            method: req.method.as_str(),
            path,
            payload,
        },
        &secret,
        &auth.timestamp,
        &auth.signature,
    );
    if !ok {
        return Err(-10301);
    }
    st.nonces.retain(|_, t| now - *t < NONCE_WINDOW_SECONDS);
    if st.nonces.contains_key(&auth.nonce) {
        return Err(-10303);
    }
    st.nonces.insert(auth.nonce.clone(), now);
    Ok(Caller {
        temporary,
        access_key: auth.access_key.clone(),
    })
}

const REGION_PREFIX: &str = "/tums/open/resource/v1/";

fn route(st: &mut State, path: &str, body: &[u8], caller: &Caller) -> Answer {
    if let Some(answer) = ptz::handle(st, path, body) {
        return answer;
    }
    if let Some(answer) = cloud_tasks::handle(st, path, body) {
        return answer;
    }
    let params: Value = if body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        match serde_json::from_slice(body) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) | Err(_) => return err(-10100),
        }
    };
    if let Some(answer) = access::handle(st, path, &params, caller) {
        return answer;
    }
    if path == <crate::api::credential::CreateTempApplicationApiCredential as client_core::Endpoint>::PATH {
        return create_temp(st, &params, caller);
    }
    if path.starts_with(REGION_PREFIX) {
        // 1.4.2 is for project-type applications only.
        if st.app_type != AppType::Project {
            return err(-88312);
        }
        if let Some(answer) = regions::handle(st, path, &params) {
            return answer;
        }
    }
    if let Some(answer) = broadcast_parking_members::handle(st, path, &params) {
        return answer;
    }
    if let Some(answer) = devices::handle(st, path, &params) {
        return answer;
    }
    if let Some(answer) = push_config(st, path, &params) {
        return answer;
    }
    if crate::client::RATE_LIMITED_EXPORT_PATHS.contains(&path) {
        // 每个项目5s内限制导出一次 (1.4.9.3/4).
        let now = std::time::Instant::now();
        if st
            .last_export
            .is_some_and(|last| now.duration_since(last) < st.export_interval)
        {
            return err(-82112);
        }
        st.last_export = Some(now);
    }
    fixture(st, path)
}

fn create_temp(st: &mut State, params: &Value, caller: &Caller) -> Answer {
    if caller.temporary {
        return err(-82401);
    }
    let lifetime = match params.get("expireTime") {
        None | Some(Value::Null) => 1800,
        Some(v) => match v.as_i64() {
            Some(t) if (1..=86_400).contains(&t) => t,
            _ => return err(-20106),
        },
    };
    let now = st.now();
    st.temp_keys.retain(|_, k| k.expires > now);
    if st.temp_keys.len() >= 10_000 {
        return err(-88317);
    }
    let (ak, sk, created) = issue_temp(st, lifetime);
    ok(json!({
        "tempAk": ak,
        "tempSk": sk,
        "createTime": created,
        "expireTime": created + lifetime,
    }))
}

/// setAppMsgPushConfig / getAppMsgPushConfig (1.4.6.1/2). Until a configuration is
/// set, getAppMsgPushConfig answers its documented example.
fn push_config(st: &mut State, path: &str, params: &Value) -> Option<Answer> {
    use crate::api::message::{GetAppMsgPushConfig, SetAppMsgPushConfig};
    use client_core::Endpoint;
    match path {
        p if p == SetAppMsgPushConfig::PATH => {
            let url = match params.get("serverUrl").and_then(Value::as_str) {
                Some(u) if !u.trim().is_empty() => u.to_owned(),
                _ => return Some(err(-20107)),
            };
            let open = match params.get("openMsgTransport").and_then(Value::as_i64) {
                Some(0) => false,
                Some(1) => true,
                _ => return Some(err(-20107)),
            };
            let Some(types) = params.get("msgContentType").and_then(Value::as_array) else {
                return Some(err(-20107));
            };
            let types = types
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect();
            st.push_config = Some(PushConfig {
                server_url: url,
                open,
                types,
            });
            Some(ok(Value::Null))
        }
        p if p == GetAppMsgPushConfig::PATH => st.push_config.as_ref().map(|c| {
            ok(json!({
                "appId": "sim-app",
                "serverUrl": c.server_url,
                "openMsgTransport": i64::from(c.open),
                "msgContentType": c.types,
            }))
        }),
        _ => None,
    }
}

/// Answers the documented example of an endpoint without state (an override set with
/// [`SimulatorBuilder::answer`] first, then the embedded fixture of its last path
/// segment).
fn fixture(st: &State, path: &str) -> Answer {
    let text = match st.answers.get(path) {
        Some(text) => text.as_str(),
        None => {
            let Some(segment) = path.rsplit('/').next().filter(|s| !s.is_empty()) else {
                return Answer::Http(404, "no such API".into());
            };
            match embedded_answer(segment) {
                Some(text) => text,
                None => {
                    return Answer::Http(404, format!("the simulator has no answer for {path}"))
                }
            }
        }
    };
    match serde_json::from_str::<Value>(text) {
        Ok(v) => Answer::Json(v),
        Err(_) => Answer::Http(
            500,
            format!("the simulator's answer for {path} is not JSON"),
        ),
    }
}
