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
//!   `fixtures/hongtu/<module>/<path>.response.json` inside this package, embedded at
//!   compile time (found by file name in any module directory, so new fixtures are
//!   picked up without code changes); an endpoint with no fixture answers HTTP 404.
//! * Lists seeded with [`Simulator::seed_list`] are paged by `pageNum` or `currPage`.
//! * Fault injection with the shared vocabulary ([`FaultRule`], [`Fault`]): latency,
//!   HTTP statuses, vendor codes, busy (121064 聚类服务异常，请稍后重试！), HTTP 429 with
//!   `Retry-After`, raw bodies; and a request log ([`Simulator::requests`]).
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
//! let sim = Simulator::start().await?;
//! let client = sim.client()?;
//! let page = client.send(&PersonList::default()).await?;
//! assert_eq!(page.total, 0);
//! # Ok(()) }
//! ```

mod multipart;
mod state;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
use client_core::sim::{FaultPlan, RequestLog};
use serde::Serialize;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::callback::{AttendanceRecord, EventRecord, PassRecord};
use crate::client::{Client, ClientBuilder};
use crate::dict::BusiType;
use crate::error::Error;
use crate::error_codes::ErrorCode;

/// The documented examples (`fixtures/hongtu/<module>/<stem>.(request|response).json`,
/// inside this package), embedded at compile time so the feature works from a
/// published crate.
static FIXTURES: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/fixtures/hongtu");

/// The app key the simulator accepts by default (the seed's built-in `appkey1`).
pub const DEFAULT_APP_KEY: &str = "appkey1";
/// The secret the simulator accepts by default (the seed's built-in secret of
/// `appkey1`).
pub const DEFAULT_SECRET: &str = "sdfajk3242324fa!djq7";

/// The code [`Fault::Busy`] answers: 121064 聚类服务异常，请稍后重试！ (the seed's only
/// "try again later" code).
pub const BUSY_CODE: i64 = 121064;

/// The documented example answer of `path` (`/v1/api/person/list` →
/// `person.list.response.json`), as embedded in the simulator.
///
/// ```
/// let answer = hongtu_client::simulator::fixture("/v1/api/org/top/detail").unwrap();
/// assert!(answer.contains("\"code\""));
/// assert!(hongtu_client::simulator::fixture("/v1/api/no/such").is_none());
/// ```
pub fn fixture(path: &str) -> Option<&'static str> {
    let name = format!(
        "{}.response.json",
        path.trim_start_matches("/v1/api/").replace('/', ".")
    );
    // The first module (sorted by name) holding the answer wins.
    let mut modules: Vec<_> = FIXTURES.dirs().collect();
    modules.sort_by_key(|d| d.path());
    modules
        .iter()
        .find_map(|m| m.get_file(m.path().join(&name)))
        .and_then(|f| f.contents_utf8())
}

/// Configures a [`Simulator`].
#[derive(Debug, Clone)]
pub struct SimulatorBuilder {
    credentials: Vec<(String, String)>,
}

impl Default for SimulatorBuilder {
    fn default() -> Self {
        Self {
            credentials: vec![
                (DEFAULT_APP_KEY.into(), DEFAULT_SECRET.into()),
                ("appkey2".into(), "zxcv&jlkfd234adf#xi9".into()),
            ],
        }
    }
}

impl SimulatorBuilder {
    /// Replaces the accepted app keys and their secrets (default: the seed's two
    /// built-in pairs).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::builder()
    ///     .credentials(vec![("appkey1".into(), "sdfajk3242324fa!djq7".into())])
    ///     .start()
    ///     .await?;
    /// # let _ = sim;
    /// # Ok(()) }
    /// ```
    pub fn credentials(mut self, pairs: Vec<(String, String)>) -> Self {
        self.credentials = pairs;
        self
    }

    /// Accepts one more app key and secret.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::{simulator::Simulator, Client};
    /// let sim = Simulator::builder().add_credentials("mine", "my-secret").start().await?;
    /// let client = Client::builder().base_url(sim.base_url()).credentials("mine", "my-secret").build()?;
    /// client.send(&hongtu_client::api::org::TopOrg::default()).await?;
    /// # Ok(()) }
    /// ```
    pub fn add_credentials(
        mut self,
        app_key: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.credentials.push((app_key.into(), secret.into()));
        self
    }

    /// Starts the simulator on an ephemeral loopback port.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// let sim = hongtu_client::simulator::Simulator::builder().start().await?;
    /// assert!(sim.base_url().starts_with("http://127.0.0.1:"));
    /// # Ok(()) }
    /// ```
    pub async fn start(self) -> Result<Simulator, Error> {
        let server = MockServer::start().await;
        let mut state = state::State::new();
        // The 一脸通 configuration starts as the documented example's answer.
        let example = fixture(
            <crate::api::sys_config::QueryOneFacePassConfig as client_core::Endpoint>::PATH,
        )
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .and_then(|v| v.get("data").cloned())
        .filter(Value::is_object);
        if let Some(data) = example {
            state.aface = data;
        }
        let shared = Arc::new(Shared {
            credentials: self.credentials,
            faults: FaultPlan::default(),
            log: RequestLog::default(),
            base_url: server.uri(),
            mutable: Mutex::new(Mutable {
                event_url: None,
                state,
            }),
        });
        Mock::given(any())
            .respond_with(Handler {
                shared: shared.clone(),
            })
            .mount(&server)
            .await;
        let http = client_core::reexports::reqwest::Client::builder()
            .build()
            .map_err(|e| {
                client_core::Error::Config(format!("cannot build the HTTP client: {e}"))
            })?;
        Ok(Simulator {
            server,
            shared,
            http,
        })
    }
}

pub(crate) struct Mutable {
    event_url: Option<String>,
    pub(crate) state: state::State,
}

pub(crate) struct Shared {
    credentials: Vec<(String, String)>,
    faults: FaultPlan,
    log: RequestLog,
    base_url: String,
    mutable: Mutex<Mutable>,
}

/// The running simulator. Dropping it stops the server.
pub struct Simulator {
    server: MockServer,
    shared: Arc<Shared>,
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
    /// A builder (credentials).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::builder().add_credentials("appkey3", "s3cret").start().await?;
    /// # let _ = sim;
    /// # Ok(()) }
    /// ```
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// Starts a simulator with the default settings.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// let client = sim.client()?;
    /// # let _ = client;
    /// # Ok(()) }
    /// ```
    pub async fn start() -> Result<Self, Error> {
        Self::builder().start().await
    }

    /// `http://127.0.0.1:{port}`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// let client = hongtu_client::Client::builder()
    ///     .base_url(sim.base_url())
    ///     .credentials("appkey1", "sdfajk3242324fa!djq7")
    ///     .build()?;
    /// # let _ = client;
    /// # Ok(()) }
    /// ```
    pub fn base_url(&self) -> String {
        self.server.uri()
    }

    /// The app key and signing secret the simulator accepts.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// let creds = sim.credentials();
    /// let client = hongtu_client::Client::builder()
    ///     .base_url(sim.base_url())
    ///     .credentials(creds.id, creds.secret)
    ///     .build()?;
    /// # let _ = client;
    /// # Ok(()) }
    /// ```
    pub fn credentials(&self) -> client_core::sim::SimCredentials {
        client_core::sim::SimCredentials {
            id: DEFAULT_APP_KEY.to_owned(),
            secret: client_core::Secret::new(DEFAULT_SECRET),
        }
    }

    /// A client builder preset for this simulator (default credentials, fast retries).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// let client = sim
    ///     .client_builder()
    ///     .timeout(std::time::Duration::from_secs(2))
    ///     .build()?;
    /// # let _ = client;
    /// # Ok(()) }
    /// ```
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .base_url(self.base_url())
            .credentials(DEFAULT_APP_KEY, DEFAULT_SECRET)
            .retry_policy(client_core::RetryPolicy::fast(2))
            .timeout(Duration::from_secs(10))
    }

    /// A client signed with the default credentials.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// let client = sim.client()?;
    /// let top = client.send(&hongtu_client::api::org::TopOrg::default()).await?;
    /// # let _ = top;
    /// # Ok(()) }
    /// ```
    pub fn client(&self) -> Result<Client, Error> {
        self.client_builder().build()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Mutable> {
        match self.shared.mutable.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    client_core::simulator_methods!(
        /// Injects a fault (applied after the signature check, to the matching requests).
        ///
        /// [`Fault::Busy`] answers [`BUSY_CODE`], [`Fault::VendorCode`] that code with the
        /// seed's description, [`Fault::Http`] an HTML page with that status,
        /// [`Fault::RateLimited`] HTTP 429 with `Retry-After`, [`Fault::Body`] that body,
        /// [`Fault::Latency`] the normal answer after a delay.
        ///
        /// ```
        /// # #[tokio::main(flavor = "current_thread")]
        /// # async fn main() -> Result<(), hongtu_client::Error> {
        /// use hongtu_client::simulator::{Fault, FaultRule, Simulator};
        /// use hongtu_client::{api::org::TopOrg, ErrorCode};
        /// let sim = Simulator::start().await?;
        /// sim.inject(FaultRule::new(Fault::VendorCode(100008)).times(1));
        /// let err = sim.client()?.send(&TopOrg::default()).await.unwrap_err();
        /// assert_eq!(err.code(), Some(ErrorCode::from_code(100008)));
        /// assert_eq!(sim.requests_to("/v1/api/org/top/detail").len(), 1);
        /// # Ok(()) }
        /// ```
        shared.faults,
        shared.log,
        "hongtu_client::simulator::Simulator"
    );

    /// Makes `path` a paged list over `items`: requests are paged by `pageNum` or
    /// `currPage` with `pageSize` (default 20, or 10 for `currPage` requests) and
    /// answered `{pageNum, pageSize, total, list}`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use futures::TryStreamExt;
    /// use hongtu_client::api::door_alarm::ListDoorAlarms;
    /// let alarms = (0..45).map(|i| serde_json::json!({"deviceUuid": format!("dev-{i}")})).collect();
    /// sim.seed_list("/v1/api/device_alarm/list", alarms);
    /// let all: Vec<_> = sim.client()?.stream(ListDoorAlarms::default()).try_collect().await?;
    /// assert_eq!(all.len(), 45);
    /// # Ok(()) }
    /// ```
    pub fn seed_list(&self, path: &str, items: Vec<Value>) {
        self.lock().state.lists.insert(path.to_owned(), items);
    }

    /// The current business-data subscription (`pushUrl`, `busiTypes`), if any.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::api::subscription::Subscribe;
    /// use hongtu_client::dict::BusiType;
    /// let subscribe = Subscribe {
    ///     app_key: Some("appkey1".into()),
    ///     push_url: "http://127.0.0.1:9/push".into(),
    ///     busi_types: vec![BusiType::Pass],
    /// };
    /// sim.client()?.send(&subscribe).await?;
    /// assert_eq!(sim.subscription(), Some(("http://127.0.0.1:9/push".into(), vec![5])));
    /// # Ok(()) }
    /// ```
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
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let (receiver, mut callbacks) =
    ///     webhook::channel("127.0.0.1:0".parse().unwrap(), WebhookOptions::new("/hook")).await?;
    /// use hongtu_client::dict::BusiType;
    /// # use hongtu_client::api::subscription::Subscribe;
    /// # let push_url = receiver.url();
    /// # sim.client()?.send(&Subscribe { app_key: None, push_url, busi_types: vec![BusiType::Alert] }).await?;
    /// // After a subscription to busiType 3 with the receiver's URL as pushUrl:
    /// let record = serde_json::json!({"deviceName": "lobby"});
    /// assert!(sim.emit(BusiType::Alert, &record).await?);
    /// println!("{:?}", callbacks.recv().await);
    /// # Ok(()) }
    /// ```
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
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let (receiver, mut callbacks) =
    ///     webhook::channel("127.0.0.1:0".parse().unwrap(), WebhookOptions::new("/hook")).await?;
    /// use hongtu_client::dict::BusiType;
    /// # use hongtu_client::api::subscription::Subscribe;
    /// # let push_url = receiver.url();
    /// # sim.client()?.send(&Subscribe { app_key: None, push_url, busi_types: vec![BusiType::Pass] }).await?;
    /// use hongtu_client::callback::{BusinessRecord, Callback, PassRecord};
    /// // After a subscription to busiType 5 with the receiver's URL as pushUrl:
    /// let record = PassRecord { person_name: Some("Alice".into()), ..Default::default() };
    /// assert!(sim.emit_pass_record(&record).await?);
    /// assert!(matches!(callbacks.recv().await, Some(Callback::Business(BusinessRecord::Pass(_)))));
    /// # Ok(()) }
    /// ```
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
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let (receiver, mut callbacks) =
    ///     webhook::channel("127.0.0.1:0".parse().unwrap(), WebhookOptions::new("/hook")).await?;
    /// use hongtu_client::api::sys_config::SaveOneFacePassConfig;
    /// let config = SaveOneFacePassConfig {
    ///     identify_record_callback_url: Some(receiver.url()),
    ///     ..Default::default()
    /// };
    /// sim.client()?.send(&config).await?;
    /// use hongtu_client::callback::{Callback, PassRecord};
    /// let record = PassRecord { pass_timestamp: Some(chrono::Utc::now()), ..Default::default() };
    /// assert!(sim.emit_identify_record(&record).await?);
    /// assert!(matches!(callbacks.recv().await, Some(Callback::Pass(_))));
    /// # Ok(()) }
    /// ```
    pub async fn emit_identify_record(&self, record: &PassRecord) -> Result<bool, Error> {
        match self.aface_url("identifyRecordCallbackUrl") {
            Some(url) => self.post_json(&url, record).await.map(|()| true),
            None => Ok(false),
        }
    }

    /// Posts an attendance record to `attendanceRecordCallbackUrl` (考勤记录回调), as
    /// configured through `/v1/api/sys/config/saveAFaceConfig`. Returns `false` when no
    /// URL is set.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let (receiver, mut callbacks) =
    ///     webhook::channel("127.0.0.1:0".parse().unwrap(), WebhookOptions::new("/hook")).await?;
    /// use hongtu_client::api::sys_config::SaveOneFacePassConfig;
    /// let config = SaveOneFacePassConfig {
    ///     attendance_record_callback_url: Some(receiver.url()),
    ///     ..Default::default()
    /// };
    /// sim.client()?.send(&config).await?;
    /// use hongtu_client::callback::{AttendanceRecord, Callback};
    /// let record = AttendanceRecord { attendance_date: Some(chrono::Utc::now()), ..Default::default() };
    /// assert!(sim.emit_attendance_record(&record).await?);
    /// assert!(matches!(callbacks.recv().await, Some(Callback::Attendance(_))));
    /// # Ok(()) }
    /// ```
    pub async fn emit_attendance_record(&self, record: &AttendanceRecord) -> Result<bool, Error> {
        match self.aface_url("attendanceRecordCallbackUrl") {
            Some(url) => self.post_json(&url, record).await.map(|()| true),
            None => Ok(false),
        }
    }

    /// Sets the event subscription URL (on a real box: web UI 【系统管理】-【功能配置】-
    /// 【事件配置】; the OpenAPI cannot set it).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::callback::EventRecord;
    /// assert!(!sim.emit_event_record(&EventRecord::default()).await?); // no URL yet
    /// sim.set_event_callback_url(Some("http://127.0.0.1:9/events"));
    /// sim.set_event_callback_url(None);
    /// # Ok(()) }
    /// ```
    pub fn set_event_callback_url(&self, url: Option<&str>) {
        self.lock().event_url = url.map(str::to_owned);
    }

    /// Posts an event record to the event subscription URL (事件记录回调). Returns
    /// `false` when no URL is set.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let (receiver, mut callbacks) =
    ///     webhook::channel("127.0.0.1:0".parse().unwrap(), WebhookOptions::new("/hook")).await?;
    /// use hongtu_client::callback::{Callback, EventRecord};
    /// sim.set_event_callback_url(Some(&receiver.url()));
    /// let record = EventRecord { event_type_name: Some("越线".into()), ..Default::default() };
    /// assert!(sim.emit_event_record(&record).await?);
    /// assert!(matches!(callbacks.recv().await, Some(Callback::Event(_))));
    /// # Ok(()) }
    /// ```
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
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use hongtu_client::simulator::Simulator;
    /// let sim = Simulator::start().await?;
    /// use hongtu_client::webhook::{self, WebhookOptions};
    /// let (receiver, mut callbacks) =
    ///     webhook::channel("127.0.0.1:0".parse().unwrap(), WebhookOptions::new("/hook")).await?;
    /// // A push the simulator has no typed helper for:
    /// let body = serde_json::json!({"busiType": "12", "data": "{}"});
    /// sim.post_json(&receiver.url(), &body).await?;
    /// assert!(callbacks.recv().await.is_some());
    /// # Ok(()) }
    /// ```
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

struct Handler {
    shared: Arc<Shared>,
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
        use auth_signing::hongtu::{BodyDigest, HongtuCredentials, SignedParts};
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
        let body = if multipart {
            BodyDigest::Multipart
        } else if req.body.is_empty() {
            BodyDigest::EmptyJson
        } else {
            BodyDigest::Json(&req.body)
        };
        auth_signing::hongtu::verify(
            &SignedParts {
                uri: req.url.path(),
                method: req.method.as_str(),
                query: req.url.query().unwrap_or(""),
                body,
            },
            &HongtuCredentials { app_key, secret },
            ts,
            nonce,
            sign,
        )
    }

    /// The answer and the verdict for the request log.
    fn answer(&self, req: &Request) -> (ResponseTemplate, String) {
        let shared = &self.shared;
        let path = req.url.path().to_owned();
        let content_type = header(req, "content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let multipart = content_type.starts_with("multipart/form-data");
        if !self.verify(shared, req, multipart) {
            return (
                json_response(200, &error_envelope(100008)),
                "signature mismatch".into(),
            );
        }
        let mut delay = Duration::ZERO;
        let mut verdict = "ok".to_owned();
        if let Some(fault) = shared.faults.take(&path) {
            verdict = format!("fault: {fault:?}");
            match fault {
                Fault::Latency(d) => delay = d,
                Fault::Http(s) => {
                    return (
                        ResponseTemplate::new(s).set_body_string(format!(
                            "<html><body>simulated HTTP {s}</body></html>"
                        )),
                        verdict,
                    );
                }
                Fault::VendorCode(c) => return (json_response(200, &error_envelope(c)), verdict),
                Fault::Busy => {
                    return (json_response(200, &error_envelope(BUSY_CODE)), verdict);
                }
                Fault::RateLimited { retry_after_secs } => {
                    let mut t = ResponseTemplate::new(429)
                        .set_body_string("<html><body>simulated HTTP 429</body></html>");
                    if let Some(secs) = retry_after_secs {
                        t = t.insert_header("Retry-After", secs.to_string().as_str());
                    }
                    return (t, verdict);
                }
                Fault::Body(text) => {
                    return (
                        ResponseTemplate::new(200)
                            .set_body_raw(text.into_bytes(), "application/json;charset=UTF-8"),
                        verdict,
                    );
                }
                _ => {}
            }
        }
        let mut guard = match shared.mutable.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let answer = if multipart {
            let boundary = multipart::boundary(&content_type);
            let parts = boundary
                .map(|b| multipart::parse(&req.body, &b))
                .unwrap_or_default();
            guard.state.upload(&path, &parts)
        } else {
            let body: Value = if req.body.is_empty() {
                json!({})
            } else {
                match serde_json::from_slice(&req.body) {
                    Ok(v) => v,
                    Err(_) => {
                        return (
                            json_response(200, &error_envelope(100003)).set_delay(delay),
                            "invalid JSON".into(),
                        )
                    }
                }
            };
            let app_key = header(req, "cappkey").unwrap_or(DEFAULT_APP_KEY).to_owned();
            guard.state.handle(&path, &body, &shared.base_url, &app_key)
        };
        drop(guard);
        let answer = match answer {
            Some(v) => Some(json_response(200, &v)),
            // The documented example, byte for byte.
            None => fixture(&path).map(|text| {
                ResponseTemplate::new(200)
                    .set_body_raw(text.as_bytes().to_vec(), "application/json;charset=UTF-8")
            }),
        };
        match answer {
            Some(t) => (t.set_delay(delay), verdict),
            None => (
                ResponseTemplate::new(404)
                    .set_body_string(format!("no such endpoint: {path}"))
                    .set_delay(delay),
                "no such endpoint".into(),
            ),
        }
    }
}

impl Respond for Handler {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let (template, verdict) = self.answer(req);
        self.shared.log.record(RecordedRequest {
            method: req.method.to_string(),
            path: req.url.path().to_owned(),
            query: req.url.query().map(str::to_owned),
            headers: req
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_ascii_lowercase(),
                        value.to_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect(),
            body: Bytes::copy_from_slice(&req.body),
            verdict,
        });
        template
    }
}
