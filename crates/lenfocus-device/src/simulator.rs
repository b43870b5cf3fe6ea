//! An in-process Lenfocus platform (feature `simulator`): a WebSocket server and an
//! HTTP server on ephemeral loopback ports.
//!
//! It plays the platform the way the seed describes it:
//!
//! * `/connect` — looks the device up by `sn`; answers **421** when the device is
//!   unknown or has no `did` (or a different one), **423** when the signature does not
//!   verify with the device's public key ([`ConnectVerifier`]) or `ts` is more than
//!   5 minutes off; otherwise issues a token (`expire` = the configured lifetime) and
//!   the heartbeat `interval`.
//! * It **closes sessions** that miss a heartbeat (no `/heartbeat` within
//!   `interval` + grace) or let their token expire without `/token/update`, answers
//!   401 to messages with a wrong token, and 404 to unknown uris.
//! * It **pushes commands** ([`Simulator::push`], [`Simulator::push_raw`]) and records
//!   the replies; it can **drop** connections abruptly, **close** them, **refuse**
//!   new connections, and **mute** replies to chosen uris.
//! * The five HTTP endpoints check `Authorization: Bearer <token>` (401 status and
//!   body code otherwise), optionally the parameter signature, decode the body into
//!   its typed request and record it. `GET /files/{name}` serves OTA components.
//! * **Faults** ([`Simulator::inject`] with a [`FaultRule`](client_core::sim::FaultRule)) apply to HTTP paths and
//!   to WebSocket uris (`/connect`, `/heartbeat`, `/token/update`):
//!   [`Fault::VendorCode`] answers that code (HTTP 200, or the WebSocket reply's
//!   `code`), [`Fault::Http`] answers that HTTP status with an HTML page (on the
//!   WebSocket: that number as the reply's `code`), [`Fault::RateLimited`] answers 429
//!   with `Retry-After` (WebSocket: code 429), [`Fault::Busy`] answers HTTP 503 (the
//!   seed has no "busy" code; WebSocket: code 503), [`Fault::Body`] sends the text as
//!   is, and [`Fault::Latency`] delays the answer.
//! * Every HTTP request and every device → platform WebSocket message is kept in a
//!   [`RequestLog`] ([`Simulator::requests`]; WebSocket messages with method `WS`
//!   and the uri as path).
//!
//! The test RSA key pair is embedded ([`TEST_DEVICE_PRIVATE_KEY_PEM`],
//! [`TEST_DEVICE_PUBLIC_KEY_PEM`]), so [`Simulator::start`] needs no files: it knows
//! one registered device, [`TEST_SN`], and [`Simulator::device_config`] hands out a
//! ready [`DeviceConfig`] for it.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
//! use lenfocus_device::{Device, NoCommands};
//!
//! let sim = Simulator::builder()
//!     .device(SimDevice::with_test_key("LF1234567890123", "AB12CD34", Some("1234512".into())))
//!     .start()
//!     .await?;
//! let session = Device::new(sim.device_config("LF1234567890123")?).connect(NoCommands).await?;
//! let http = sim.http_client(session.clone())?;
//! println!("ws: {}  http: {}", sim.ws_url(), sim.http_url());
//!
//! // Or the one embedded test device:
//! let sim = Simulator::start().await?;
//! let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
//! # let _ = (http, session);
//! # Ok(()) }
//! ```

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use auth_signing::lenfocus::{ConnectSigner, ConnectVerifier};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::Bytes;
use client_core::sim::{Fault, FaultPlan, RecordedRequest, RequestLog};
use client_core::{Endpoint, Secret};
use futures::{SinkExt, StreamExt};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

use crate::commands::ServerCommand;
use crate::config::DeviceConfig;
use crate::enums::ResultCode;
use crate::envelope::{RawFrame, ReplyData, ReplyEnvelope, RequestData, RequestEnvelope};
use crate::http_client::{HttpClient, HttpClientBuilder, ParamSigning};
use crate::messages::{Connect, DeviceRequest, Heartbeat, TokenUpdate};
use crate::session::Session;
use crate::uploads::{
    DeviceInfoReport, EventReport, FaceCaptureUpload, OtaInfo, OtaQuery, VehicleCapture,
};

/// The embedded test private key (PKCS#1 PEM; protects nothing, never use it on a
/// device) of [`SimDevice::with_test_key`].
pub const TEST_DEVICE_PRIVATE_KEY_PEM: &str =
    include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem");
/// The public half of [`TEST_DEVICE_PRIVATE_KEY_PEM`] (SPKI PEM).
pub const TEST_DEVICE_PUBLIC_KEY_PEM: &str =
    include_str!("../fixtures/lenfocus/keys/test-device.pub.pem");
/// The serial number of the device [`Simulator::start`] knows.
pub const TEST_SN: &str = "LF1234567890123";
/// Its security code.
pub const TEST_SECURITY_CODE: &str = "AB12CD34";
/// Its did.
pub const TEST_DID: &str = "1234512";

/// A device the simulated platform knows.
#[derive(Debug, Clone)]
pub struct SimDevice {
    /// Serial number.
    pub sn: String,
    /// Security code.
    pub security_code: Secret,
    /// The device's public key.
    pub verifier: ConnectVerifier,
    /// The did assigned by the platform; `None` = not registered (421).
    pub did: Option<String>,
    /// The device's private key, when the simulator should hand out ready
    /// configurations ([`Simulator::device_config`]).
    pub signer: Option<ConnectSigner>,
}

impl SimDevice {
    /// A device record.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_DEVICE_PUBLIC_KEY_PEM};
    /// use lenfocus_device::ConnectVerifier;
    /// // A device whose private key stays on the device: the simulator only verifies.
    /// let verifier = ConnectVerifier::from_pem(TEST_DEVICE_PUBLIC_KEY_PEM)?;
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::new("Y3C122AP1234512", "AB12CD34", verifier, Some("1234512".into())))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn new(
        sn: impl Into<String>,
        security_code: impl Into<Secret>,
        verifier: ConnectVerifier,
        did: Option<String>,
    ) -> Self {
        Self {
            sn: sn.into(),
            security_code: security_code.into(),
            verifier,
            did,
            signer: None,
        }
    }

    /// A device with the embedded test key pair ([`TEST_DEVICE_PRIVATE_KEY_PEM`]), so
    /// [`Simulator::device_config`] works for it.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key("Y3C122AP1234512", "AB12CD34", None)) // not registered
    ///     .start()
    ///     .await?;
    /// let config = sim.device_config("Y3C122AP1234512")?; // works: the simulator holds the key
    /// # Ok(()) }
    /// ```
    pub fn with_test_key(
        sn: impl Into<String>,
        security_code: impl Into<Secret>,
        did: Option<String>,
    ) -> Self {
        let verifier = ConnectVerifier::from_pem(TEST_DEVICE_PUBLIC_KEY_PEM)
            .expect("the embedded test public key parses");
        let signer = ConnectSigner::from_pem(TEST_DEVICE_PRIVATE_KEY_PEM)
            .expect("the embedded test private key parses");
        Self::new(sn, security_code, verifier, did).with_signer(signer)
    }

    /// Keeps the device's private key (for [`Simulator::device_config`]).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, TEST_DEVICE_PRIVATE_KEY_PEM, TEST_DEVICE_PUBLIC_KEY_PEM};
    /// use lenfocus_device::{ConnectSigner, ConnectVerifier};
    /// let verifier = ConnectVerifier::from_pem(TEST_DEVICE_PUBLIC_KEY_PEM)?;
    /// let device = SimDevice::new("Y3C122AP1234512", "AB12CD34", verifier, None)
    ///     .with_signer(ConnectSigner::from_pem(TEST_DEVICE_PRIVATE_KEY_PEM)?);
    /// # Ok(()) }
    /// ```
    pub fn with_signer(mut self, signer: ConnectSigner) -> Self {
        self.signer = Some(signer);
        self
    }
}

/// The simulator's settings.
#[derive(Debug, Clone)]
struct SimSettings {
    devices: Vec<SimDevice>,
    token_lifetime: Duration,
    heartbeat_interval: Duration,
    grace: Duration,
    push_timeout: Duration,
    param_signing: Option<ParamSigning>,
    script: Vec<ScriptedCommand>,
}

/// Builds a [`Simulator`]: `Simulator::builder().device(…).start().await`.
#[derive(Debug, Clone)]
pub struct SimulatorBuilder {
    settings: SimSettings,
}

impl Default for SimulatorBuilder {
    fn default() -> Self {
        Self {
            settings: SimSettings {
                devices: Vec::new(),
                token_lifetime: Duration::from_secs(3600),
                heartbeat_interval: Duration::from_secs(30),
                grace: Duration::from_millis(500),
                push_timeout: Duration::from_secs(5),
                param_signing: None,
                script: Vec::new(),
            },
        }
    }
}

impl SimulatorBuilder {
    /// Adds a known device.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key("Y3C122AP1234512", "AB12CD34", Some("1234512".into())))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn device(mut self, device: SimDevice) -> Self {
        self.settings.devices.push(device);
        self
    }

    /// Adds known devices.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator};
    /// let fleet = (0..3).map(|i| SimDevice::with_test_key(format!("LF00000000000{i:02}"), "AB12CD34", Some(format!("{i}"))));
    /// let sim = Simulator::builder().devices(fleet).start().await?;
    /// assert!(sim.device_config("LF0000000000002").is_ok());
    /// # Ok(()) }
    /// ```
    pub fn devices(mut self, devices: impl IntoIterator<Item = SimDevice>) -> Self {
        self.settings.devices.extend(devices);
        self
    }

    /// Token lifetime, sent as `expire` in whole seconds (default 3600 s).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .token_lifetime(Duration::from_secs(2)) // the device must renew every second
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.settings.token_lifetime = lifetime;
        self
    }

    /// Heartbeat interval, sent as `interval` in whole seconds (default 30 s).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .heartbeat_interval(Duration::from_secs(1))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn heartbeat_interval(mut self, interval: Duration) -> Self {
        self.settings.heartbeat_interval = interval;
        self
    }

    /// Short-lived tokens and a short heartbeat interval (whole seconds, at least 1).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .timings(Duration::from_secs(3), Duration::from_secs(1))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn timings(self, token_lifetime: Duration, heartbeat_interval: Duration) -> Self {
        self.token_lifetime(token_lifetime)
            .heartbeat_interval(heartbeat_interval)
    }

    /// Lateness tolerated before a session is closed for a missed heartbeat
    /// (default 500 ms).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .grace(Duration::from_millis(100)) // strict about late heartbeats
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn grace(mut self, grace: Duration) -> Self {
        self.settings.grace = grace;
        self
    }

    /// How long [`Simulator::push`] waits for the device's reply (default 5 s).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .push_timeout(Duration::from_secs(1))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn push_timeout(mut self, timeout: Duration) -> Self {
        self.settings.push_timeout = timeout;
        self
    }

    /// Requires the parameter signature (三、签名算法) on HTTP bodies.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// use lenfocus_device::{Device, NoCommands, ParamSigning};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .param_signing(ParamSigning::new("my-app-id", "my-app-secret"))
    ///     .start()
    ///     .await?;
    /// let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// let http = sim.http_client(session)?; // signs with the same app id and secret
    /// http.upload_face_capture(chrono::Utc::now(), b"JPEG bytes").await?;
    /// # Ok(()) }
    /// ```
    pub fn param_signing(mut self, signing: ParamSigning) -> Self {
        self.settings.param_signing = Some(signing);
        self
    }

    /// Adds a command pushed to every session right after its `/connect` succeeds (in
    /// order); the replies are recorded in [`Simulator::replies`].
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::commands::Reboot;
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// use lenfocus_device::{Device, NoCommands};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .script_command(&Reboot { delay_ms: 1000 }) // pushed right after each /connect
    ///     .start()
    ///     .await?;
    /// let _session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # Ok(()) }
    /// ```
    pub fn script_command<C: ServerCommand>(mut self, command: &C) -> Self {
        self.settings.script.push(ScriptedCommand::new(command));
        self
    }

    /// Adds a free-form scripted command (an unknown or malformed one, say).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{ScriptedCommand, SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .script(ScriptedCommand { uri: "/no/such/command".into(), param: serde_json::json!({}) })
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn script(mut self, command: ScriptedCommand) -> Self {
        self.settings.script.push(command);
        self
    }

    /// Starts the WebSocket and HTTP servers on `127.0.0.1`, ephemeral ports.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator, TEST_SN};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key(TEST_SN, "AB12CD34", Some("1".into())))
    ///     .start()
    ///     .await?;
    /// println!("ws: {}  http: {}", sim.ws_url(), sim.http_url());
    /// # Ok(()) }
    /// ```
    pub async fn start(self) -> Result<Simulator, SimError> {
        Simulator::start_with(self.settings).await
    }
}

/// A scripted command ([`SimulatorBuilder::script_command`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptedCommand {
    /// The uri, sent as given.
    pub uri: String,
    /// The parameters (free-form, so that scripts can also send unknown or
    /// malformed commands).
    pub param: Value,
}

impl ScriptedCommand {
    /// A typed command.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::commands::Reboot;
    /// use lenfocus_device::simulator::ScriptedCommand;
    /// let scripted = ScriptedCommand::new(&Reboot { delay_ms: 0 });
    /// assert_eq!(scripted.uri, "/system/maintain/reboot");
    /// # Ok(()) }
    /// ```
    pub fn new<C: ServerCommand>(command: &C) -> Self {
        Self {
            uri: C::URI.to_owned(),
            param: serde_json::to_value(command).unwrap_or(Value::Null),
        }
    }
}

/// Why the simulator ended a session.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SimCloseReason {
    /// No heartbeat within the interval (+ grace).
    MissedHeartbeat,
    /// The token expired without `/token/update`.
    TokenExpired,
    /// [`Simulator::drop_connections`].
    Dropped,
    /// [`Simulator::close_sessions`].
    ClosedByServer,
    /// The device closed or lost the connection.
    DeviceGone,
}

/// What happened on the simulated platform.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SimEvent {
    /// A device connected.
    Connected {
        /// Serial number.
        sn: String,
        /// Session number (1, 2, … in connection order).
        session: u64,
    },
    /// A `/connect` was refused with `code`.
    ConnectRejected {
        /// Serial number (as sent).
        sn: String,
        /// 421 or 423.
        code: ResultCode,
    },
    /// A connection was refused before the WebSocket handshake
    /// ([`Simulator::refuse_connections`]).
    Refused,
    /// A heartbeat arrived.
    Heartbeat {
        /// Serial number.
        sn: String,
        /// Time since the session's previous heartbeat (or its connect).
        since_previous: Duration,
    },
    /// A token was renewed.
    TokenUpdated {
        /// Serial number.
        sn: String,
        /// How long the old token still had to live.
        remaining: Duration,
    },
    /// A command reply arrived.
    Reply {
        /// Serial number.
        sn: String,
        /// The reply's msgid.
        msgid: String,
        /// The reply's code.
        code: Option<ResultCode>,
    },
    /// A session ended.
    SessionClosed {
        /// Serial number.
        sn: String,
        /// Session number.
        session: u64,
        /// Why.
        reason: SimCloseReason,
    },
    /// An HTTP upload arrived.
    Upload {
        /// The path.
        path: String,
        /// `true` when the bearer token was valid (and the signature, if required).
        accepted: bool,
    },
}

/// An HTTP upload the simulator accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedUpload {
    /// The path.
    pub path: String,
    /// The serial number of the token's device.
    pub sn: String,
    /// The JSON body (as received; free-form here because it is one of five types).
    pub body: Value,
    /// The `Content-Type` header as received (its media type is `application/json`:
    /// anything else is refused with 420).
    pub content_type: String,
}

/// Errors of the simulator ([`SimulatorBuilder::start`], [`Simulator::push`],
/// [`Simulator::device_config`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SimError {
    /// No connected session for that serial number.
    #[error("no connected session for {0}")]
    NoSession(String),
    /// The device did not reply in time.
    #[error("no reply within {0:?}")]
    Timeout(Duration),
    /// The session ended before the reply.
    #[error("the session ended before the reply")]
    Closed,
    /// The reply did not decode into the command's reply type.
    #[error("cannot decode the reply: {0}")]
    Decode(String),
    /// The servers could not start.
    #[error("cannot start the simulator: {0}")]
    Io(#[from] std::io::Error),
    /// [`Simulator::device_config`]: no device with that serial number.
    #[error("the simulator knows no device {0}")]
    UnknownDevice(String),
    /// [`Simulator::device_config`]: the device was added without its private key
    /// (use [`SimDevice::with_test_key`] or [`SimDevice::with_signer`]).
    #[error("the simulator has no private key for device {0}")]
    NoPrivateKey(String),
}

enum Ctl {
    Send(String),
    Drop,
    Close,
}

struct Live {
    sn: String,
    token: String,
    ctl: mpsc::UnboundedSender<Ctl>,
}

/// The smallest token table that is swept for expired tokens.
const TOKEN_SWEEP_MIN: usize = 64;

struct TokenInfo {
    sn: String,
    expires_at: Instant,
}

struct Inner {
    config: SimSettings,
    faults: FaultPlan,
    log: RequestLog,
    devices: Mutex<HashMap<String, SimDevice>>,
    tokens: Mutex<HashMap<String, TokenInfo>>,
    /// The size of `tokens` at which expired tokens are next forgotten.
    tokens_prune_at: AtomicUsize,
    sessions: Mutex<HashMap<u64, Live>>,
    pending: Mutex<HashMap<String, oneshot::Sender<RawFrame>>>,
    events: broadcast::Sender<SimEvent>,
    refuse: AtomicBool,
    muted: Mutex<HashSet<String>>,
    uploads: Mutex<Vec<RecordedUpload>>,
    replies: Mutex<Vec<RawFrame>>,
    ota: Mutex<Option<OtaInfo>>,
    files: Mutex<HashMap<String, Bytes>>,
    next_session: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Inner {
    fn emit(&self, e: SimEvent) {
        let _ = self.events.send(e);
    }

    fn issue_token(&self, sn: &str) -> String {
        let token = client_core::uuid_nonce();
        let now = Instant::now();
        let mut tokens = lock(&self.tokens);
        // Expired tokens are refused anyway: forget them whenever the table has
        // doubled since the last sweep, so that it stays proportional to the live
        // sessions however many renewals they make (amortised O(1) per token).
        if tokens.len() >= self.tokens_prune_at.load(Ordering::Relaxed) {
            tokens.retain(|_, t| t.expires_at > now);
            self.tokens_prune_at
                .store((tokens.len() * 2).max(TOKEN_SWEEP_MIN), Ordering::Relaxed);
        }
        tokens.insert(
            token.clone(),
            TokenInfo {
                sn: sn.to_owned(),
                expires_at: now + self.config.token_lifetime,
            },
        );
        token
    }

    /// Records a device → platform WebSocket message.
    fn record_ws(&self, uri: &str, text: String, verdict: String) {
        self.log.record(RecordedRequest {
            method: "WS".into(),
            path: uri.to_owned(),
            query: None,
            headers: Vec::new(),
            body: Bytes::from(text),
            verdict,
        });
    }

    fn token_sn(&self, token: &str) -> Option<String> {
        let tokens = lock(&self.tokens);
        tokens
            .get(token)
            .filter(|t| t.expires_at > Instant::now())
            .map(|t| t.sn.clone())
    }
}

/// The running simulator. Dropping it stops both servers.
pub struct Simulator {
    inner: Arc<Inner>,
    ws_addr: SocketAddr,
    http_addr: SocketAddr,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("ws", &self.ws_addr)
            .field("http", &self.http_addr)
            .finish_non_exhaustive()
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
        for live in lock(&self.inner.sessions).values() {
            let _ = live.ctl.send(Ctl::Drop);
        }
    }
}

fn secs(d: Duration) -> i64 {
    i64::try_from(d.as_secs().max(1)).unwrap_or(i64::MAX)
}

impl Simulator {
    /// A builder (no devices, default timings).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{SimDevice, Simulator};
    /// let sim = Simulator::builder()
    ///     .device(SimDevice::with_test_key("Y3C122AP1234512", "AB12CD34", Some("1234512".into())))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// Starts a simulator that knows one registered device with the embedded test key:
    /// [`TEST_SN`], [`TEST_SECURITY_CODE`], [`TEST_DID`] (see
    /// [`Simulator::device_config`]).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use lenfocus_device::simulator::{Simulator, TEST_SN};
    /// use lenfocus_device::{Device, NoCommands};
    /// let sim = Simulator::start().await?; // knows TEST_SN, with the embedded test key
    /// let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # Ok(()) }
    /// ```
    pub async fn start() -> Result<Self, SimError> {
        Self::builder()
            .device(SimDevice::with_test_key(
                TEST_SN,
                TEST_SECURITY_CODE,
                Some(TEST_DID.to_owned()),
            ))
            .start()
            .await
    }

    async fn start_with(config: SimSettings) -> Result<Self, SimError> {
        let (events, _) = broadcast::channel(4096);
        let devices = config
            .devices
            .iter()
            .map(|d| (d.sn.clone(), d.clone()))
            .collect();
        let inner = Arc::new(Inner {
            config,
            faults: FaultPlan::default(),
            log: RequestLog::default(),
            devices: Mutex::new(devices),
            tokens: Mutex::new(HashMap::new()),
            tokens_prune_at: AtomicUsize::new(TOKEN_SWEEP_MIN),
            sessions: Mutex::new(HashMap::new()),
            pending: Mutex::new(HashMap::new()),
            events,
            refuse: AtomicBool::new(false),
            muted: Mutex::new(HashSet::new()),
            uploads: Mutex::new(Vec::new()),
            replies: Mutex::new(Vec::new()),
            ota: Mutex::new(None),
            files: Mutex::new(HashMap::new()),
            next_session: AtomicU64::new(1),
        });

        let ws_listener = TcpListener::bind("127.0.0.1:0").await?;
        let ws_addr = ws_listener.local_addr()?;
        let http_listener = TcpListener::bind("127.0.0.1:0").await?;
        let http_addr = http_listener.local_addr()?;

        let ws_inner = inner.clone();
        let ws_task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = ws_listener.accept().await else {
                    continue;
                };
                if ws_inner.refuse.load(Ordering::SeqCst) {
                    ws_inner.emit(SimEvent::Refused);
                    drop(tcp);
                    continue;
                }
                tokio::spawn(ws_session(ws_inner.clone(), tcp));
            }
        });

        let router = Router::new()
            .route(FaceCaptureUpload::PATH, post(upload::<FaceCaptureUpload>))
            .route(DeviceInfoReport::PATH, post(upload::<DeviceInfoReport>))
            .route(OtaQuery::PATH, post(upload::<OtaQuery>))
            .route(EventReport::PATH, post(upload::<EventReport>))
            .route(VehicleCapture::PATH, post(upload::<VehicleCapture>))
            .route("/files/{name}", get(file))
            .with_state(inner.clone());
        let http_task = tokio::spawn(async move {
            let _ = axum::serve(http_listener, router).await;
        });

        Ok(Self {
            inner,
            ws_addr,
            http_addr,
            tasks: vec![ws_task, http_task],
        })
    }

    /// `ws://127.0.0.1:<port>` — the device's `ws_url`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// assert!(sim.ws_url().starts_with("ws://127.0.0.1:"));
    /// # Ok(()) }
    /// ```
    pub fn ws_url(&self) -> String {
        format!("ws://{}", self.ws_addr)
    }

    /// `http://127.0.0.1:<port>` — the HTTP base URL.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// assert!(sim.http_url().starts_with("http://127.0.0.1:"));
    /// # Ok(()) }
    /// ```
    pub fn http_url(&self) -> String {
        format!("http://{}", self.http_addr)
    }

    /// The HTTP base URL (same as [`Simulator::http_url`]).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// assert_eq!(sim.base_url(), sim.http_url());
    /// # Ok(()) }
    /// ```
    pub fn base_url(&self) -> String {
        self.http_url()
    }

    /// A ready device configuration for a known device (its sn, security code, did
    /// and private key; this simulator's `ws_url`; short reconnection backoff).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::{Device, NoCommands};
    /// let config = sim.device_config(TEST_SN)?.with_reply_timeout(std::time::Duration::from_secs(2));
    /// let session = Device::new(config).connect(NoCommands).await?;
    /// # Ok(()) }
    /// ```
    pub fn device_config(&self, sn: &str) -> Result<DeviceConfig, SimError> {
        let device = lock(&self.inner.devices)
            .get(sn)
            .cloned()
            .ok_or_else(|| SimError::UnknownDevice(sn.to_owned()))?;
        let signer = device
            .signer
            .clone()
            .ok_or_else(|| SimError::NoPrivateKey(sn.to_owned()))?;
        let mut config = DeviceConfig::new(self.ws_url(), device.sn, device.security_code, signer)
            .with_ip("127.0.0.1")
            .with_backoff(Duration::from_millis(20), Duration::from_millis(500));
        if let Some(did) = device.did {
            config = config.with_did(did);
        }
        Ok(config)
    }

    /// An [`HttpClient`] builder for this simulator's HTTP side, authenticated by
    /// `session` (the parameter signature added when the simulator requires it).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// let http = sim.http_client_builder(session.clone()).timeout(Duration::from_secs(2)).build()?;
    /// # Ok(()) }
    /// ```
    pub fn http_client_builder(&self, session: Session) -> HttpClientBuilder {
        let builder = HttpClient::builder(session).base_url(self.http_url());
        match &self.inner.config.param_signing {
            Some(s) => builder.param_signature(s.app_id.clone(), s.secret.clone()),
            None => builder,
        }
    }

    /// [`Simulator::http_client_builder`], built.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// let http = sim.http_client(session.clone())?;
    /// http.upload_face_capture(chrono::Utc::now(), b"JPEG bytes").await?;
    /// # Ok(()) }
    /// ```
    pub fn http_client(&self, session: Session) -> Result<HttpClient, crate::Error> {
        self.http_client_builder(session).build()
    }

    client_core::simulator_methods!(
        /// Injects a fault into answers to HTTP paths or WebSocket uris (see the module
        /// documentation for what each [`Fault`] does here).
        inner.faults,
        inner.log,
        "lenfocus_device::simulator::Simulator"
    );

    /// Platform events.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::simulator::SimEvent;
    /// use lenfocus_device::{Device, NoCommands};
    /// let mut events = sim.events();
    /// let _session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// assert!(matches!(events.recv().await?, SimEvent::Connected { .. }));
    /// # Ok(()) }
    /// ```
    pub fn events(&self) -> broadcast::Receiver<SimEvent> {
        self.inner.events.subscribe()
    }

    /// Registers (or re-registers) a device's did — as when a user adds the device.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::{Device, NoCommands};
    /// sim.register(TEST_SN, "7654321"); // the platform now expects this did
    /// let config = sim.device_config(TEST_SN)?; // hands it out too
    /// assert_eq!(config.did.get().as_deref(), Some("7654321"));
    /// # Ok(()) }
    /// ```
    pub fn register(&self, sn: &str, did: impl Into<String>) {
        if let Some(d) = lock(&self.inner.devices).get_mut(sn) {
            d.did = Some(did.into());
        }
    }

    /// Removes a device's did (as after a factory reset): its next `/connect` gets 421.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::{Device, Error, NoCommands};
    /// sim.unregister(TEST_SN);
    /// let refused = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await;
    /// assert!(matches!(refused, Err(Error::NotRegistered { .. })));
    /// # Ok(()) }
    /// ```
    pub fn unregister(&self, sn: &str) {
        if let Some(d) = lock(&self.inner.devices).get_mut(sn) {
            d.did = None;
        }
    }

    /// Pushes a typed command to the device's live session and waits for the reply.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::commands::Reboot;
    /// let reply = sim.push(TEST_SN, Reboot { delay_ms: 0 }).await?;
    /// println!("{:?} {:?}", reply.data.code, reply.data.msg); // NoCommands: 404, not supported
    /// # Ok(()) }
    /// ```
    pub async fn push<C: ServerCommand>(
        &self,
        sn: &str,
        command: C,
    ) -> Result<ReplyEnvelope<C::Reply>, SimError> {
        let param = serde_json::to_value(&command).map_err(|e| SimError::Decode(e.to_string()))?;
        let raw = self.push_raw(sn, C::URI, param).await?;
        let value = serde_json::to_value(&raw).map_err(|e| SimError::Decode(e.to_string()))?;
        serde_json::from_value(value).map_err(|e| SimError::Decode(e.to_string()))
    }

    /// Pushes any uri with any parameters (e.g. an unknown command) and returns the
    /// raw reply.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// let reply = sim.push_raw(TEST_SN, "/no/such/command", serde_json::json!({})).await?;
    /// println!("{reply:?}"); // answered 404 by the device runtime
    /// # Ok(()) }
    /// ```
    pub async fn push_raw(&self, sn: &str, uri: &str, param: Value) -> Result<RawFrame, SimError> {
        let (token, ctl) = {
            let sessions = lock(&self.inner.sessions);
            let live = sessions
                .iter()
                .filter(|(_, l)| l.sn == sn)
                .max_by_key(|(id, _)| **id)
                .map(|(_, l)| (l.token.clone(), l.ctl.clone()));
            live.ok_or_else(|| SimError::NoSession(sn.to_owned()))?
        };
        let msgid = client_core::uuid_nonce();
        let env = RequestEnvelope {
            msgid: msgid.clone(),
            token: Some(Secret::new(token)),
            data: RequestData {
                uri: uri.to_owned(),
                param,
            },
        };
        let text = serde_json::to_string(&env).map_err(|e| SimError::Decode(e.to_string()))?;
        let (tx, rx) = oneshot::channel();
        lock(&self.inner.pending).insert(msgid.clone(), tx);
        if ctl.send(Ctl::Send(text)).is_err() {
            lock(&self.inner.pending).remove(&msgid);
            return Err(SimError::NoSession(sn.to_owned()));
        }
        match tokio::time::timeout(self.inner.config.push_timeout, rx).await {
            Ok(Ok(frame)) => Ok(frame),
            Ok(Err(_)) => Err(SimError::Closed),
            Err(_) => {
                lock(&self.inner.pending).remove(&msgid);
                Err(SimError::Timeout(self.inner.config.push_timeout))
            }
        }
    }

    /// Drops every live connection abruptly (no close frame).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// sim.drop_connections(); // no close frame: the device notices and reconnects
    /// assert!(session.wait_connected(Duration::from_secs(5)).await);
    /// # Ok(()) }
    /// ```
    pub fn drop_connections(&self) {
        for live in lock(&self.inner.sessions).values() {
            let _ = live.ctl.send(Ctl::Drop);
        }
    }

    /// Closes every live session with a close frame.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::SessionEvent;
    /// let mut events = session.events();
    /// sim.close_sessions();
    /// assert!(matches!(events.recv().await?, SessionEvent::Disconnected { .. }));
    /// # Ok(()) }
    /// ```
    pub fn close_sessions(&self) {
        for live in lock(&self.inner.sessions).values() {
            let _ = live.ctl.send(Ctl::Close);
        }
    }

    /// Refuses (`true`) or accepts (`false`) new connections.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::{Device, NoCommands};
    /// sim.refuse_connections(true);
    /// assert!(Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await.is_err());
    /// sim.refuse_connections(false);
    /// # Ok(()) }
    /// ```
    pub fn refuse_connections(&self, refuse: bool) {
        self.inner.refuse.store(refuse, Ordering::SeqCst);
    }

    /// Stops answering messages with this uri (e.g. `/heartbeat`) while `muted`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// sim.mute("/heartbeat", true); // heartbeats go unanswered: the device reconnects
    /// # sim.mute("/heartbeat", false);
    /// # Ok(()) }
    /// ```
    pub fn mute(&self, uri: &str, muted: bool) {
        let mut set = lock(&self.inner.muted);
        if muted {
            set.insert(uri.to_owned());
        } else {
            set.remove(uri);
        }
    }

    /// Number of live sessions.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// assert_eq!(sim.session_count(), 1);
    /// # Ok(()) }
    /// ```
    pub fn session_count(&self) -> usize {
        lock(&self.inner.sessions).len()
    }

    /// The uploads accepted so far.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// http.upload_face_capture(chrono::Utc::now(), b"JPEG bytes").await?;
    /// let uploads = sim.uploads();
    /// assert_eq!(uploads[0].sn, TEST_SN);
    /// println!("{} {}", uploads[0].path, uploads[0].body);
    /// # Ok(()) }
    /// ```
    pub fn uploads(&self) -> Vec<RecordedUpload> {
        lock(&self.inner.uploads).clone()
    }

    /// Every command reply received so far.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::commands::Reboot;
    /// sim.push(TEST_SN, Reboot { delay_ms: 0 }).await?;
    /// assert_eq!(sim.replies().len(), 1);
    /// # Ok(()) }
    /// ```
    pub fn replies(&self) -> Vec<RawFrame> {
        lock(&self.inner.replies).clone()
    }

    /// The answer of `/api/v1/ota/query`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::uploads::{OtaInfo, OtaQuery};
    /// sim.set_ota(Some(OtaInfo {
    ///     ver_code: 2,
    ///     ver_name: "v2".into(),
    ///     description: None,
    ///     release_date: chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap().and_hms_opt(8, 0, 0).unwrap(),
    ///     component_list: vec![],
    /// }));
    /// let offer = http.query_ota(OtaQuery { ota_id: "1".into(), ..Default::default() }).await?;
    /// assert_eq!(offer.map(|o| o.ver_code), Some(2));
    /// # Ok(()) }
    /// ```
    pub fn set_ota(&self, info: Option<OtaInfo>) {
        *lock(&self.inner.ota) = info;
    }

    /// Serves `bytes` at `GET /files/{name}`; returns the URL.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// let url = sim.serve_file("fw.bin", b"firmware image".to_vec());
    /// assert!(url.ends_with("/files/fw.bin")); // use it as an OtaComponent's url
    /// # Ok(()) }
    /// ```
    pub fn serve_file(&self, name: &str, bytes: impl Into<Bytes>) -> String {
        lock(&self.inner.files).insert(name.to_owned(), bytes.into());
        format!("{}/files/{name}", self.http_url())
    }

    /// Invalidates every issued token for HTTP (the WebSocket sessions keep theirs),
    /// so the next upload gets a 401 and must renew.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// sim.revoke_http_tokens();
    /// // The client gets a 401, renews the token over the session and retries once.
    /// http.upload_face_capture(chrono::Utc::now(), b"JPEG bytes").await?;
    /// # Ok(()) }
    /// ```
    pub fn revoke_http_tokens(&self) {
        lock(&self.inner.tokens).clear();
    }

    /// A token the simulator considers valid for `sn` (for tests of HTTP auth).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// let token = sim.issue_token(TEST_SN); // e.g. for a hand-made Authorization header
    /// assert!(!token.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn issue_token(&self, sn: &str) -> String {
        self.inner.issue_token(sn)
    }
}

/// An error reply frame (no `result`).
fn error_reply(msgid: &str, uri: &str, code: ResultCode, msg: &str) -> Message {
    Message::text(reply_text(msgid, uri, code, msg, None))
}

fn reply_text(
    msgid: &str,
    uri: &str,
    code: ResultCode,
    msg: &str,
    result: Option<Value>,
) -> String {
    let env = ReplyEnvelope {
        msgid: msgid.to_owned(),
        data: ReplyData {
            uri: Some(uri.to_owned()),
            code,
            msg: Some(msg.to_owned()),
            result,
        },
    };
    serde_json::to_string(&env).unwrap_or_default()
}

async fn ws_session(inner: Arc<Inner>, tcp: TcpStream) {
    // The device's WebSocket settings: small buffers, the same message bound. The
    // handshake is boxed, so that the session task keeps no room for its state.
    let Ok(ws) = Box::pin(tokio_tungstenite::accept_async_with_config(
        tcp,
        Some(crate::session::ws_config()),
    ))
    .await
    else {
        return;
    };
    let (mut sink, mut stream) = ws.split();

    // 1. /connect
    let first = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match stream.next().await {
                Some(Ok(Message::Text(t))) => {
                    let text = t.as_str().to_owned();
                    return RawFrame::parse(&text).ok().map(|f| (text, f));
                }
                Some(Ok(_)) => continue,
                _ => return None,
            }
        }
    })
    .await;
    let Ok(Some((first_text, frame))) = first else {
        return;
    };
    let msgid = frame.msgid.clone().unwrap_or_default();
    let uri = frame.data.uri.clone().unwrap_or_default();
    let fault = inner.faults.take(&uri);
    if let Some(Fault::Latency(d)) = &fault {
        tokio::time::sleep(*d).await;
    }
    if let Some(out) = fault.as_ref().and_then(|f| ws_fault(&msgid, &uri, f)) {
        inner.record_ws(&uri, first_text, format!("fault: {fault:?}"));
        let _ = sink.send(Message::text(out)).await;
        return;
    }
    if !crate::envelope::same_uri(&uri, Connect::URI) {
        let _ = sink
            .send(error_reply(
                &msgid,
                &uri,
                ResultCode::Unauthorized,
                "connect first",
            ))
            .await;
        return;
    }
    let connect: Option<Connect> = frame
        .data
        .param
        .clone()
        .and_then(|p| serde_json::from_value(p).ok());
    let Some(connect) = connect else {
        let _ = sink
            .send(error_reply(
                &msgid,
                &uri,
                ResultCode::InvalidParam,
                "参数异常",
            ))
            .await;
        return;
    };
    let device = lock(&inner.devices).get(&connect.sn).cloned();
    let verdict = match &device {
        None => Err(ResultCode::NotRegistered),
        Some(d) if d.did.is_none() || d.did != connect.did => Err(ResultCode::NotRegistered),
        Some(d) => {
            let skew = (client_core::unix_seconds() - connect.ts).abs();
            if skew > 300
                || !d
                    .verifier
                    .verify(&d.sn, d.security_code.expose(), connect.ts, &connect.sign)
            {
                Err(ResultCode::BadSignature)
            } else {
                Ok(())
            }
        }
    };
    inner.record_ws(
        &uri,
        first_text,
        match verdict {
            Ok(()) => "ok".to_owned(),
            Err(code) => format!("refused: {}", code.code()),
        },
    );
    if let Err(code) = verdict {
        inner.emit(SimEvent::ConnectRejected {
            sn: connect.sn.clone(),
            code,
        });
        let msg = code.description().unwrap_or("error");
        let _ = sink.send(error_reply(&msgid, &uri, code, msg)).await;
        let _ = sink
            .send(Message::Close(Some(CloseFrame {
                code: CloseCode::Policy,
                reason: msg.into(),
            })))
            .await;
        return;
    }
    let sn = connect.sn.clone();
    let lifetime = inner.config.token_lifetime;
    let interval = inner.config.heartbeat_interval;
    let mut token = inner.issue_token(&sn);
    let mut token_expires = Instant::now() + lifetime;
    // The previous token stays valid until its own expiry (messages sent while a
    // renewal is in flight carry it).
    let mut previous: Option<(String, Instant)> = None;
    let session = inner.next_session.fetch_add(1, Ordering::SeqCst);
    let (ctl_tx, mut ctl_rx) = mpsc::unbounded_channel();
    lock(&inner.sessions).insert(
        session,
        Live {
            sn: sn.clone(),
            token: token.clone(),
            ctl: ctl_tx,
        },
    );
    let result = json!({"token": token, "expire": secs(lifetime), "interval": secs(interval)});
    if sink
        .send(Message::text(reply_text(
            &msgid,
            &uri,
            ResultCode::Ok,
            "OK",
            Some(result),
        )))
        .await
        .is_err()
    {
        lock(&inner.sessions).remove(&session);
        return;
    }
    inner.emit(SimEvent::Connected {
        sn: sn.clone(),
        session,
    });
    for scripted in &inner.config.script {
        let env = RequestEnvelope {
            msgid: client_core::uuid_nonce(),
            token: Some(Secret::new(token.clone())),
            data: RequestData {
                uri: scripted.uri.clone(),
                param: scripted.param.clone(),
            },
        };
        if let Ok(text) = serde_json::to_string(&env) {
            if sink.send(Message::text(text)).await.is_err() {
                lock(&inner.sessions).remove(&session);
                return;
            }
        }
    }

    // 2. the session
    let mut last_heartbeat = Instant::now();
    let heartbeat_allowance = Duration::from_secs(secs(interval) as u64) + inner.config.grace;
    let reason = loop {
        tokio::select! {
            msg = stream.next() => {
                let text = match msg {
                    Some(Ok(Message::Text(t))) => t.as_str().to_owned(),
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break SimCloseReason::DeviceGone,
                    Some(Ok(_)) => continue,
                };
                let Ok(frame) = RawFrame::parse(&text) else { continue };
                let msgid = frame.msgid.clone().unwrap_or_default();
                if frame.is_reply() {
                    inner.emit(SimEvent::Reply { sn: sn.clone(), msgid: msgid.clone(), code: frame.data.code });
                    lock(&inner.replies).push(frame.clone());
                    if let Some(tx) = lock(&inner.pending).remove(&msgid) {
                        let _ = tx.send(frame);
                    }
                    continue;
                }
                let uri = frame.data.uri.clone().unwrap_or_default();
                if lock(&inner.muted).iter().any(|m| crate::envelope::same_uri(m, &uri)) {
                    inner.record_ws(&uri, text, "muted".into());
                    continue;
                }
                let fault = inner.faults.take(&uri);
                if let Some(Fault::Latency(d)) = &fault {
                    tokio::time::sleep(*d).await;
                }
                if let Some(out) = fault.as_ref().and_then(|f| ws_fault(&msgid, &uri, f)) {
                    inner.record_ws(&uri, text, format!("fault: {fault:?}"));
                    if sink.send(Message::text(out)).await.is_err() {
                        break SimCloseReason::DeviceGone;
                    }
                    continue;
                }
                let given = frame.token.as_ref().map(|t| t.expose().to_owned());
                let now = Instant::now();
                let current_ok = given.as_deref() == Some(token.as_str()) && token_expires > now;
                let previous_ok = previous
                    .as_ref()
                    .is_some_and(|(t, exp)| given.as_deref() == Some(t.as_str()) && *exp > now);
                inner.record_ws(&uri, text, if current_ok || previous_ok { "ok" } else { "unauthorized" }.into());
                let out = if !current_ok && !previous_ok {
                    reply_text(&msgid, &uri, ResultCode::Unauthorized, "没有访问权限，需要进行身份认证", None)
                } else if crate::envelope::same_uri(&uri, Heartbeat::URI) {
                    let now = Instant::now();
                    inner.emit(SimEvent::Heartbeat { sn: sn.clone(), since_previous: now - last_heartbeat });
                    last_heartbeat = now;
                    let remaining = token_expires.saturating_duration_since(now).as_secs() as i64;
                    reply_text(&msgid, &uri, ResultCode::Ok, "OK", Some(json!({"expire": remaining})))
                } else if crate::envelope::same_uri(&uri, TokenUpdate::URI) {
                    let now = Instant::now();
                    inner.emit(SimEvent::TokenUpdated { sn: sn.clone(), remaining: token_expires.saturating_duration_since(now) });
                    previous = Some((token.clone(), token_expires));
                    token = inner.issue_token(&sn);
                    token_expires = now + lifetime;
                    if let Some(live) = lock(&inner.sessions).get_mut(&session) {
                        live.token = token.clone();
                    }
                    reply_text(&msgid, &uri, ResultCode::Ok, "OK", Some(json!({"token": token, "expire": secs(lifetime)})))
                } else {
                    reply_text(&msgid, &uri, ResultCode::NotFound, "访问的路径不存在", None)
                };
                if sink.send(Message::text(out)).await.is_err() {
                    break SimCloseReason::DeviceGone;
                }
            }
            ctl = ctl_rx.recv() => match ctl {
                Some(Ctl::Send(text)) => {
                    if sink.send(Message::text(text)).await.is_err() {
                        break SimCloseReason::DeviceGone;
                    }
                }
                Some(Ctl::Close) => {
                    let _ = sink.send(Message::Close(Some(CloseFrame { code: CloseCode::Away, reason: "closed by the platform".into() }))).await;
                    break SimCloseReason::ClosedByServer;
                }
                Some(Ctl::Drop) | None => break SimCloseReason::Dropped,
            },
            _ = tokio::time::sleep_until(last_heartbeat + heartbeat_allowance) => {
                let _ = sink.send(Message::Close(Some(CloseFrame { code: CloseCode::Library(4001), reason: "heartbeat missed".into() }))).await;
                break SimCloseReason::MissedHeartbeat;
            }
            _ = tokio::time::sleep_until(token_expires) => {
                let _ = sink.send(Message::Close(Some(CloseFrame { code: CloseCode::Library(4002), reason: "token expired".into() }))).await;
                break SimCloseReason::TokenExpired;
            }
        }
    };
    lock(&inner.sessions).remove(&session);
    inner.emit(SimEvent::SessionClosed {
        sn,
        session,
        reason,
    });
    // Dropping sink and stream closes the TCP connection (abruptly for `Dropped`).
}

fn unauthorized() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        Json(json!({"code": 401, "msg": "没有访问权限，需要进行身份认证"})),
    )
        .into_response()
}

/// A `{"code", "msg"}` answer with HTTP 200.
fn code_reply(code: i64, msg: impl Into<String>) -> Response {
    (
        StatusCode::OK,
        Json(json!({"code": code, "msg": msg.into()})),
    )
        .into_response()
}

fn html_page(status: StatusCode) -> Response {
    let page = format!("<html><body><h1>{status}</h1></body></html>");
    (status, Html(page)).into_response()
}

/// The HTTP answer of an injected fault; `None` for latency (applied here), which
/// only delays the normal answer.
async fn http_fault(fault: Fault) -> Option<Response> {
    Some(match fault {
        Fault::Latency(d) => {
            tokio::time::sleep(d).await;
            return None;
        }
        Fault::Http(code) => {
            html_page(StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY))
        }
        Fault::VendorCode(code) => code_reply(
            code,
            ResultCode::from_code(code).description().unwrap_or("error"),
        ),
        Fault::Busy => html_page(StatusCode::SERVICE_UNAVAILABLE),
        Fault::RateLimited { retry_after_secs } => {
            let mut r = html_page(StatusCode::TOO_MANY_REQUESTS);
            if let Some(secs) = retry_after_secs {
                r.headers_mut()
                    .insert(http::header::RETRY_AFTER, http::HeaderValue::from(secs));
            }
            r
        }
        Fault::Body(body) => (
            StatusCode::OK,
            [(http::header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response(),
        _ => return None,
    })
}

/// The WebSocket reply of an injected fault (`None` for latency, applied by the
/// caller).
fn ws_fault(msgid: &str, uri: &str, fault: &Fault) -> Option<String> {
    let code = match fault {
        Fault::VendorCode(code) => *code,
        Fault::Http(status) => i64::from(*status),
        Fault::Busy => 503,
        Fault::RateLimited { .. } => 429,
        Fault::Body(body) => return Some(body.clone()),
        _ => return None,
    };
    let code = ResultCode::from_code(code);
    let msg = code.description().unwrap_or("error");
    Some(reply_text(msgid, uri, code, msg, None))
}

fn header_pairs(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

async fn upload<E: Endpoint + DeserializeOwned>(
    State(inner): State<Arc<Inner>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (verdict, response) = upload_answer::<E>(&inner, &headers, &body).await;
    inner.log.record(RecordedRequest {
        method: "POST".into(),
        path: E::PATH.into(),
        query: None,
        headers: header_pairs(&headers),
        body,
        verdict,
    });
    response
}

async fn upload_answer<E: Endpoint + DeserializeOwned>(
    inner: &Inner,
    headers: &HeaderMap,
    body: &[u8],
) -> (String, Response) {
    if let Some(fault) = inner.faults.take(E::PATH) {
        let what = format!("fault: {fault:?}");
        if let Some(r) = http_fault(fault).await {
            return (what, r);
        }
    }
    let token = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let sn = token.and_then(|t| inner.token_sn(t));
    let Some(sn) = sn else {
        inner.emit(SimEvent::Upload {
            path: E::PATH.into(),
            accepted: false,
        });
        return ("unauthorized".into(), unauthorized());
    };
    // 二、HTTP接口: `Content-Type: application/json` (parameters such as a charset
    // are allowed, as HTTP defines them).
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let media_type = content_type.split(';').next().unwrap_or_default().trim();
    if !media_type.eq_ignore_ascii_case("application/json") {
        let msg = format!("参数异常: Content-Type {content_type:?}");
        return (msg.clone(), code_reply(420, msg));
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return ("not JSON".into(), code_reply(420, "参数异常"));
    };
    if let Some(signing) = &inner.config.param_signing {
        let ok = value
            .as_object()
            .map(|m| signing.verify_body(m))
            .unwrap_or(false);
        if !ok {
            inner.emit(SimEvent::Upload {
                path: E::PATH.into(),
                accepted: false,
            });
            return ("signature mismatch".into(), code_reply(423, "签名校验错误"));
        }
    }
    if let Err(e) = serde_json::from_value::<E>(value.clone()) {
        let msg = format!("参数异常: {e}");
        return (msg.clone(), code_reply(420, msg));
    }
    lock(&inner.uploads).push(RecordedUpload {
        path: E::PATH.into(),
        sn,
        body: value,
        content_type,
    });
    inner.emit(SimEvent::Upload {
        path: E::PATH.into(),
        accepted: true,
    });
    let mut reply = json!({"code": 200, "msg": "OK"});
    if E::PATH == OtaQuery::PATH {
        if let Some(info) = lock(&inner.ota).clone() {
            reply["data"] = serde_json::to_value(info).unwrap_or(Value::Null);
        }
    }
    ("ok".into(), (StatusCode::OK, Json(reply)).into_response())
}

async fn file(State(inner): State<Arc<Inner>>, Path(name): Path<String>) -> (StatusCode, Bytes) {
    match lock(&inner.files).get(&name).cloned() {
        Some(b) => (StatusCode::OK, b),
        None => (StatusCode::NOT_FOUND, Bytes::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn expired_tokens_are_forgotten_as_the_table_grows() {
        // Every token expires at once: the table never holds more than one sweep's worth.
        let sim = Simulator::builder()
            .token_lifetime(Duration::ZERO)
            .start()
            .await
            .unwrap();
        for _ in 0..1000 {
            sim.issue_token("SN");
        }
        assert!(lock(&sim.inner.tokens).len() <= TOKEN_SWEEP_MIN);
        // Live tokens are all kept.
        let sim = Simulator::builder().start().await.unwrap();
        let first = sim.issue_token("SN");
        for _ in 0..1000 {
            sim.issue_token("SN");
        }
        assert_eq!(lock(&sim.inner.tokens).len(), 1001);
        assert_eq!(sim.inner.token_sn(&first).as_deref(), Some("SN"));
    }
}
