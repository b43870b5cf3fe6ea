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
//!   [`SimulatorBuilder::gps_interval`] (10 s by default) at times aligned to the epoch, the
//!   position given by [`track_point`];
//! * **faults** can be injected with the shared vocabulary ([`Simulator::inject`] a
//!   [`FaultRule`](client_core::sim::FaultRule): `VendorCode`/`Busy` answer a code in the path's envelope format,
//!   `Http` an HTML error page, `RateLimited` HTTP 429 with `Retry-After`, `Latency` a
//!   delay, `Body` a raw body) and tokens expired on demand
//!   ([`Simulator::expire_tokens`]); [`Simulator::stats`] counts what arrived and
//!   [`Simulator::requests`] keeps every request;
//! * **routes** are keyed on each endpoint type's `PATH`, one file per seed chapter.
//!
//! Lists are answered in format ② (`{code, msg, count, data}`), everything else in
//! format ① (`{Result, Message, Content}`), so both envelope readings are exercised.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), mcs8_client::Error> {
//! use mcs8_client::simulator::Simulator;
//! let sim = Simulator::start().await?;
//! let client = sim.client()?;
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
use client_core::sim::{Fault, FaultPlan, RecordedRequest, RequestLog};
use client_core::{Endpoint, Secret};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::api as ep;
use crate::client::{Client, ClientBuilder, RateLimit, TOKEN_HEADER};
use crate::enums::*;
use crate::error::Error;
use crate::gps::GpsPoint;
use crate::models::*;

/// The JSON body as `T`, or return the 303 answer from the enclosing handler.
macro_rules! body_or_return {
    ($req:expr) => {
        match body($req) {
            Ok(v) => v,
            Err(r) => return r,
        }
    };
}

mod ai;
mod app;
mod auth;
mod data;
mod ext;
mod org;
mod strict;

/// The simulator's settings (set through [`SimulatorBuilder`]).
#[derive(Debug, Clone)]
struct Config {
    username: String,
    password: String,
    login_limit: Option<RateLimit>,
    call_limit: Option<RateLimit>,
    token_lifetime: Duration,
    signature_skew: Duration,
    devices: usize,
    gps_interval: Duration,
    lists_in_format1: bool,
}

impl Default for Config {
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

/// Builds a [`Simulator`] (`Simulator::builder()` … `.start().await?`).
#[derive(Debug, Clone, Default)]
pub struct SimulatorBuilder {
    config: Config,
}

impl SimulatorBuilder {
    /// The account name accepted by login (default `pc1`, the seed's example).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::builder()
    ///     .username("dispatcher")
    ///     .password("s3cret")
    ///     .start()
    ///     .await?;
    /// assert_eq!(sim.credentials().id, "dispatcher");
    /// # Ok(()) }
    /// ```
    pub fn username(mut self, username: impl Into<String>) -> Self {
        self.config.username = username.into();
        self
    }

    /// The account password whose signature login checks (default `000000`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::builder()
    ///     .password("s3cret")
    ///     .start()
    ///     .await?;
    /// sim.client()?.login().await?; // the client builder carries the password
    /// # Ok(()) }
    /// ```
    pub fn password(mut self, password: impl Into<String>) -> Self {
        self.config.password = password.into();
        self
    }

    /// Login rate limit enforced (default 2 per minute); `None` disables it.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use std::time::Duration;
    /// use mcs8_client::RateLimit;
    ///
    /// let sim = Simulator::builder()
    ///     .login_limit(Some(RateLimit::new(1, Duration::from_secs(60))))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn login_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.config.login_limit = limit;
        self
    }

    /// Rate limit of all other calls (default 10 per second); `None` disables it.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::builder()
    ///     .call_limit(None) // no call limit: as fast as the client goes
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn call_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.config.call_limit = limit;
        self
    }

    /// Lifetime of issued tokens (default 24 h).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use std::time::Duration;
    ///
    /// let sim = Simulator::builder()
    ///     .token_lifetime(Duration::from_secs(60))
    ///     .start()
    ///     .await?;
    /// let info = sim.client()?.login().await?;
    /// assert_eq!(info.expires_in, Some(60));
    /// # Ok(()) }
    /// ```
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.config.token_lifetime = lifetime;
        self
    }

    /// Allowed distance between `udef_t` and the simulator's clock (default 300 s).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use std::time::Duration;
    ///
    /// let sim = Simulator::builder()
    ///     .signature_skew(Duration::from_secs(30)) // a stricter clock check
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn signature_skew(mut self, skew: Duration) -> Self {
        self.config.signature_skew = skew;
        self
    }

    /// Number of devices seeded (default 25).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::builder()
    ///     .devices(1200) // more than one page of DevList
    ///     .start()
    ///     .await?;
    /// assert_eq!(sim.device_count(), 1200);
    /// # Ok(()) }
    /// ```
    pub fn devices(mut self, n: usize) -> Self {
        self.config.devices = n;
        self
    }

    /// Interval between generated GPS points (default 10 s, "设备默认 10s 上报一次").
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use std::time::Duration;
    /// use mcs8_client::simulator::{sim_day, sim_device_id};
    ///
    /// let sim = Simulator::builder()
    ///     .gps_interval(Duration::from_secs(60))
    ///     .start()
    ///     .await?;
    /// let st = sim_day().and_hms_opt(0, 0, 0).unwrap();
    /// let et = st + chrono::TimeDelta::hours(1);
    /// let track = sim.client()?.gps_track(&sim_device_id(1), st, et).await?;
    /// assert!((60..=61).contains(&track.len()));
    /// # Ok(()) }
    /// ```
    pub fn gps_interval(mut self, interval: Duration) -> Self {
        self.config.gps_interval = interval;
        self
    }

    /// Answer lists in format ① (`{Result, Message, Content: [...]}`, no total)
    /// instead of format ② — exercises the paginator's stop on a short or empty page.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use futures::TryStreamExt;
    /// use mcs8_client::api::org::DevList;
    ///
    /// let sim = Simulator::builder().lists_in_format1(true).start().await?;
    /// // No total in the answers: the stream stops on the first short page.
    /// let devices: Vec<_> = sim.client()?.stream(DevList::default()).try_collect().await?;
    /// assert_eq!(devices.len(), sim.device_count());
    /// # Ok(()) }
    /// ```
    pub fn lists_in_format1(mut self, on: bool) -> Self {
        self.config.lists_in_format1 = on;
        self
    }

    /// Starts the simulator on an ephemeral loopback port.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::builder()
    ///     .devices(3)
    ///     .start()
    ///     .await?;
    /// println!("listening on {}", sim.base_url());
    /// # Ok(()) }
    /// ```
    pub async fn start(self) -> Result<Simulator, Error> {
        let config = self.config;
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
            store: org::seed(&config),
            config,
            tokens: HashMap::new(),
            stats: SimStats::default(),
        }));
        let faults = Arc::new(FaultPlan::default());
        let log = Arc::new(RequestLog::default());
        Mock::given(any())
            .respond_with(Handler {
                state: Arc::clone(&state),
                faults: Arc::clone(&faults),
                log: Arc::clone(&log),
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
    config: Config,
    tokens: HashMap<String, TokenRecord>,
    login_window: Window,
    call_window: Window,
    stats: SimStats,
    store: Store,
}

/// The running simulator. Dropping it stops the server.
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
            .finish()
    }
}

/// The enterprise every seeded record belongs to.
pub const SIM_ENTERPRISE_ID: i64 = 1;
/// The day the seeded files and alarms fall on (the seed's V2.8.0 release date).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use mcs8_client::simulator::sim_day;
///
/// assert_eq!(sim_day().to_string(), "2024-05-06");
/// # Ok(()) }
/// ```
pub fn sim_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, 6).unwrap_or(NaiveDate::MIN)
}

/// The id of the `n`-th seeded device (1-based): `dev-0001`, `dev-0002`…
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use mcs8_client::simulator::sim_device_id;
///
/// assert_eq!(sim_device_id(7), "dev-0007");
/// # Ok(()) }
/// ```
pub fn sim_device_id(n: usize) -> String {
    format!("dev-{n:04}")
}

/// The generated position of any device at `time` (deterministic): a slow circle
/// around Shenzhen (22.55 N, 114.05 E), accuracy cycling 3–12 m.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use mcs8_client::simulator::{sim_day, track_point};
///
/// let p = track_point(sim_day().and_hms_opt(12, 0, 0).unwrap());
/// assert!((p.lat - 22.55).abs() < 0.03 && (p.lng - 114.05).abs() < 0.03);
/// # Ok(()) }
/// ```
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
    /// A builder (limits, account, token lifetime, seeded devices…).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::builder()
    ///     .devices(5)
    ///     .start()
    ///     .await?;
    /// assert_eq!(sim.device_count(), 5);
    /// # Ok(()) }
    /// ```
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// Starts a simulator with the default settings (the seed's own limits).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// let client = sim.client()?;
    /// # Ok(()) }
    /// ```
    pub async fn start() -> Result<Simulator, Error> {
        Self::builder().start().await
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The base URL (`http://127.0.0.1:<port>`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// assert!(sim.base_url().starts_with("http://127.0.0.1:"));
    /// # Ok(()) }
    /// ```
    pub fn base_url(&self) -> String {
        self.server.uri()
    }

    /// The user name and password the simulator accepts.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// let creds = sim.credentials();
    /// assert_eq!(creds.id, "pc1");
    /// assert_eq!(creds.secret.expose(), "000000");
    /// # Ok(()) }
    /// ```
    pub fn credentials(&self) -> client_core::sim::SimCredentials {
        let st = self.lock();
        client_core::sim::SimCredentials {
            id: st.config.username.clone(),
            secret: Secret::new(st.config.password.clone()),
        }
    }

    /// A client builder pointed at the simulator, with its credentials and the same
    /// rate limits it enforces, and a fast retry policy.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use std::time::Duration;
    ///
    /// let sim = Simulator::start().await?;
    /// let client = sim
    ///     .client_builder()
    ///     .timeout(Duration::from_secs(5))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn client_builder(&self) -> ClientBuilder {
        let st = self.lock();
        Client::builder()
            .base_url(self.base_url())
            .credentials(
                st.config.username.clone(),
                Secret::new(st.config.password.clone()),
            )
            .login_rate_limit(st.config.login_limit)
            .call_rate_limit(st.config.call_limit)
            .retry_policy(client_core::RetryPolicy::fast(3))
    }

    /// A client pointed at the simulator ([`Simulator::client_builder`], built).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// let client = sim.client()?;
    /// client.login().await?;
    /// # Ok(()) }
    /// ```
    pub fn client(&self) -> Result<Client, Error> {
        self.client_builder().build()
    }

    /// Counters of what arrived so far.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// sim.client()?.login().await?;
    /// let stats = sim.stats();
    /// assert_eq!(stats.logins, 1);
    /// assert_eq!(stats.rejected_calls, 0);
    /// # Ok(()) }
    /// ```
    pub fn stats(&self) -> SimStats {
        self.lock().stats.clone()
    }

    /// Marks every issued token as expired: the next call with one gets code 332.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    /// use mcs8_client::api::org::DevList;
    ///
    /// let sim = Simulator::builder().login_limit(None).start().await?;
    /// let client = sim.client()?;
    /// client.send(&DevList::default()).await?;
    /// sim.expire_tokens();
    /// // Code 332 on the next call: the client logs in again and retries.
    /// client.send(&DevList::default()).await?;
    /// assert_eq!(client.auth_stats().logins, 2);
    /// # Ok(()) }
    /// ```
    pub fn expire_tokens(&self) {
        let past = Instant::now();
        for t in self.lock().tokens.values_mut() {
            t.expires_at = past;
        }
    }

    client_core::simulator_methods!(
        /// Injects a fault into the answers to calls other than login (after the token
        /// check): `VendorCode(c)` answers code `c` in the path's envelope format (② on
        /// list paths, ① elsewhere), `Busy` code 1001 (第三方服务不可用), `Http(s)` an HTML
        /// page with status `s`, `RateLimited` HTTP 429 with `Retry-After`, `Latency` delays
        /// the normal answer, `Body` answers that body as is.
        ///
        /// The other methods of the shared vocabulary: `clear_faults` removes every
        /// rule, `requests` / `requests_to(path)` return what arrived (with the
        /// simulator's verdict), `clear_requests` forgets it.
        ///
        /// ```
        /// # #[tokio::main(flavor = "current_thread")]
        /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
        /// use mcs8_client::simulator::Simulator;
        /// use mcs8_client::{api::org::DevList, Fault, FaultRule};
        ///
        /// let sim = Simulator::start().await?;
        /// let client = sim.client()?;
        /// // The platform is busy twice (code 1001); the client retries through it.
        /// sim.inject(FaultRule::new(Fault::Busy).path("/api/v1/DevList").times(2));
        /// client.send(&DevList::default()).await?;
        /// assert_eq!(sim.requests_to("/api/v1/DevList").len(), 3);
        /// sim.clear_faults();
        /// sim.clear_requests();
        /// assert!(sim.requests().is_empty());
        /// # Ok(()) }
        /// ```
        faults,
        log,
        "mcs8_client::simulator::Simulator"
    );

    /// Number of devices currently stored.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// assert_eq!(sim.device_count(), 25); // the default seed
    /// # Ok(()) }
    /// ```
    pub fn device_count(&self) -> usize {
        self.lock().store.devices.len()
    }

    /// Number of faces currently stored.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// assert_eq!(sim.face_count(), 0);
    /// # Ok(()) }
    /// ```
    pub fn face_count(&self) -> usize {
        self.lock().store.faces.len()
    }

    /// Adds `n` more generated devices (for paging tests).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::simulator::Simulator;
    ///
    /// let sim = Simulator::start().await?;
    /// sim.add_devices(2000);
    /// assert_eq!(sim.device_count(), 2025);
    /// # Ok(()) }
    /// ```
    pub fn add_devices(&self, n: usize) {
        let mut st = self.lock();
        let start = st.store.devices.len() + 1;
        for i in start..start + n {
            let id = st.store.next();
            st.store.devices.push(org::make_device(i, id));
        }
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
        ep::org::EnterList::PATH
            | ep::org::GroupList::PATH
            | ep::org::DevList::PATH
            | ep::data::RecordFileList::PATH
            | ep::data::AlarmList::PATH
            | ep::data::GpsList::PATH
            | ep::data::GpsStatsList::PATH
            | ep::app::DispatchGroupList::PATH
            | ep::app::GeofenceList::PATH
            | ep::app::GeofenceAccessList::PATH
            | ep::app::TaskList::PATH
            | ep::ai::FaceList::PATH
            | ep::ai::LicencePlateList::PATH
            | ep::ext::DevOnlineList::PATH
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

fn not_found() -> ResponseTemplate {
    ResponseTemplate::new(404).set_body_raw("<html>404 Not Found</html>", "text/html")
}

struct Handler {
    state: Arc<Mutex<State>>,
    faults: Arc<FaultPlan>,
    log: Arc<RequestLog>,
}

impl Respond for Handler {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let (resp, verdict) = {
            let mut st = match self.state.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            st.handle(req, &self.faults)
        };
        self.log.record(RecordedRequest {
            method: req.method.to_string(),
            path: req.url.path().to_owned(),
            query: req.url.query().map(str::to_owned),
            headers: req
                .headers
                .iter()
                .map(|(k, v)| {
                    let v = String::from_utf8_lossy(v.as_bytes()).into_owned();
                    (k.as_str().to_ascii_lowercase(), v)
                })
                .collect(),
            body: req.body.clone().into(),
            verdict,
        });
        resp
    }
}

impl State {
    /// The answer to one request and what was decided (for the request log).
    fn handle(&mut self, req: &Request, faults: &FaultPlan) -> (ResponseTemplate, String) {
        let path = req.url.path().to_owned();
        *self.stats.by_path.entry(path.clone()).or_default() += 1;
        let now = Instant::now();

        if path == ep::auth::Login::PATH {
            match self.login_window.admit(now) {
                Some(n) => self.stats.max_logins_in_window = self.stats.max_logins_in_window.max(n),
                None => {
                    self.stats.rejected_logins += 1;
                    let r = ResponseTemplate::new(429).set_body_json(json!({
                        "Result": 429, "Message": "访问超时：认证接口调用过于频繁", "Content": null
                    }));
                    return (r, "login rate limited".into());
                }
            }
            return (self.login(req), "login".into());
        }

        match self.call_window.admit(now) {
            Some(n) => {
                self.stats.calls += 1;
                self.stats.max_calls_in_window = self.stats.max_calls_in_window.max(n);
            }
            None => {
                self.stats.rejected_calls += 1;
                let r = ResponseTemplate::new(429).set_body_json(json!({
                    "Result": 429, "Message": "访问超时：调用频率超限", "Content": null
                }));
                return (r, "rate limited".into());
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
                return (fail(332), "token expired".into());
            }
            _ => {
                self.stats.token_rejections += 1;
                return (fail(401), "token rejected".into());
            }
        }

        // Faults.
        let mut delay = None;
        if let Some(fault) = faults.take(&path) {
            let verdict = format!("fault: {fault:?}");
            let code = |c: i64| {
                if is_list(&path) && !self.config.lists_in_format1 {
                    fail_format2(c)
                } else {
                    fail(c)
                }
            };
            let resp = match fault {
                Fault::VendorCode(c) => code(c),
                Fault::Busy => code(1001),
                Fault::Http(s) => ResponseTemplate::new(s)
                    .set_body_raw("<html><body>simulated failure</body></html>", "text/html"),
                Fault::RateLimited { retry_after_secs } => {
                    let r = ResponseTemplate::new(429).set_body_json(json!({
                        "Result": 429, "Message": "访问超时：调用频率超限", "Content": null
                    }));
                    match retry_after_secs {
                        Some(s) => r.insert_header("Retry-After", s.to_string().as_str()),
                        None => r,
                    }
                }
                Fault::Body(b) => ResponseTemplate::new(200).set_body_raw(b, "application/json"),
                Fault::Latency(d) => {
                    delay = Some(d);
                    ResponseTemplate::new(200)
                }
                _ => ResponseTemplate::new(500).set_body_raw("unknown fault", "text/plain"),
            };
            if delay.is_none() {
                return (resp, verdict);
            }
        }

        let resp = self.route(&path, req, &token);
        match delay {
            Some(d) => (resp.set_delay(d), "ok (delayed)".into()),
            None => (resp, "ok".into()),
        }
    }

    /// Routes a checked request to its chapter, by the endpoint types' `PATH`.
    fn route(&mut self, path: &str, req: &Request, token: &str) -> ResponseTemplate {
        if let Some(bad) = strict::bad_member(path, req) {
            return fail_msg(303, &format!("参数错误: {bad}"));
        }
        let q = Query::from(req, self.config.lists_in_format1);
        let p = path;
        if auth::PATHS.contains(&p) {
            self.auth(path, req, &q, token)
        } else if org::PATHS.contains(&p) {
            self.org(path, req, &q)
        } else if data::PATHS.contains(&p) {
            self.data(path, req, &q)
        } else if app::PATHS.contains(&p) {
            self.app(path, req, &q)
        } else if ai::PATHS.contains(&p) {
            self.ai(path, req, &q)
        } else if ext::PATHS.contains(&p) {
            self.ext(path, req, &q)
        } else {
            not_found()
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
}

fn now_naive() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_endpoint_path_is_routed_once() {
        let mut all: Vec<&str> = [
            auth::PATHS,
            org::PATHS,
            data::PATHS,
            app::PATHS,
            ai::PATHS,
            ext::PATHS,
        ]
        .concat();
        all.push(ep::auth::Login::PATH);
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "a path is routed by two chapters");
        assert_eq!(n, 54, "the seed's 54 endpoints");
    }
}
