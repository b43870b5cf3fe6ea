//! The session runtime: connect, heartbeat, token renewal, command dispatch,
//! reconnection and shutdown.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::Duration;

use client_core::Secret;
use futures::{FutureExt as _, SinkExt, StreamExt};
use serde::de::DeserializeOwned;
use tokio::net::TcpStream;
use tokio::sync::{broadcast, mpsc, oneshot, watch};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, WebSocketConfig};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::commands::{Command, CommandKind};
use crate::config::{DeviceConfig, DidStore};
use crate::enums::ResultCode;
use crate::envelope::{RawData, RawFrame, ReplyData, ReplyEnvelope, RequestData, RequestEnvelope};
use crate::error::{CommandError, Error, Result};
use crate::handler::{erase, stream_handler, Answer, CommandHandler, CommandStream, DynHandler};
use crate::messages::{
    Connect, ConnectResult, DeviceRequest, Heartbeat, HeartbeatResult, TokenUpdate,
    TokenUpdateResult,
};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Why a connection ended.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DisconnectReason {
    /// The connection dropped (reset, EOF, I/O error).
    Dropped(String),
    /// The server sent a close frame.
    ServerClosed {
        /// Close code.
        code: u16,
        /// Close reason.
        reason: String,
    },
    /// A heartbeat failed (no reply within the interval, or an error code).
    HeartbeatFailed(String),
    /// `/token/update` failed before the token expired.
    TokenRenewFailed(String),
    /// [`Session::shutdown`] was called.
    Shutdown,
}

/// Observable session events ([`Device::events`], [`Session::events`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionEvent {
    /// `/connect` succeeded.
    Connected {
        /// Token validity.
        expire: Duration,
        /// Heartbeat interval.
        interval: Duration,
        /// `true` after a reconnection.
        reconnected: bool,
    },
    /// A connection attempt failed.
    ConnectFailed {
        /// The vendor code, if the platform answered one.
        code: Option<ResultCode>,
        /// What failed.
        error: String,
    },
    /// The platform answered 421 设备未注册.
    NotRegistered,
    /// The connection ended.
    Disconnected {
        /// Why.
        reason: DisconnectReason,
    },
    /// Waiting before the next connection attempt.
    Reconnecting {
        /// Attempt number (1-based).
        attempt: u32,
        /// The jittered delay.
        delay: Duration,
    },
    /// `/token/update` succeeded.
    TokenRenewed {
        /// New validity.
        expire: Duration,
    },
    /// A heartbeat was acknowledged.
    HeartbeatAcked {
        /// Remaining token validity reported by the server, in seconds.
        expire: i64,
    },
    /// A server command arrived.
    CommandReceived {
        /// Which command.
        kind: CommandKind,
        /// Its msgid.
        msgid: String,
    },
    /// A reply to a server command was sent.
    CommandAnswered {
        /// The uri as received.
        uri: String,
        /// The msgid.
        msgid: String,
        /// The code sent.
        code: ResultCode,
    },
    /// A command with an unknown uri arrived; it was answered with 404.
    UnknownCommand {
        /// The uri as received.
        uri: String,
        /// The msgid.
        msgid: String,
        /// Its parameters (free-form: the command is unknown).
        param: Option<serde_json::Value>,
    },
    /// A known command whose parameters did not decode; answered with 420.
    InvalidCommand {
        /// The uri as received.
        uri: String,
        /// The msgid.
        msgid: String,
        /// The decode error.
        error: String,
    },
    /// A frame that is not a JSON message (ignored).
    InvalidFrame {
        /// A bounded excerpt.
        excerpt: String,
    },
    /// A reply whose msgid matches no pending request (late reply after a timeout).
    UnmatchedReply {
        /// The msgid.
        msgid: String,
    },
    /// The session ended for good (after [`Session::shutdown`]).
    Closed,
}

/// Connection state ([`Session::state`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionState {
    /// Not started, or connecting for the first time.
    Connecting,
    /// Connected with a valid token.
    Connected,
    /// Connection lost; waiting or reconnecting.
    Reconnecting,
    /// Shut down.
    Closed,
}

struct Shared {
    config: DeviceConfig,
    token: RwLock<Option<Secret>>,
    expires_at: Mutex<Option<Instant>>,
    renew_at: watch::Sender<Option<Instant>>,
    writer: Mutex<Option<mpsc::UnboundedSender<Message>>>,
    pending: Mutex<HashMap<String, oneshot::Sender<RawData>>>,
    /// Created by the first subscription ([`Shared::subscribe`]): a device nobody
    /// listens to allocates no event buffer.
    events: OnceLock<broadcast::Sender<SessionEvent>>,
    state: watch::Sender<SessionState>,
    shutdown: watch::Sender<bool>,
    running: AtomicBool,
    /// Heartbeats acknowledged on the current connection (reset by each `/connect`):
    /// one is proof that the session is stable (see [`connection_was_stable`]).
    heartbeats_acked: AtomicU64,
    renew_lock: tokio::sync::Mutex<()>,
    ip: RwLock<String>,
    supervisor: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

/// The longest duration accepted from a number of seconds the server sends (token
/// validity, heartbeat interval, remaining validity): a week, far beyond the
/// documented 30 min – 2 h, and small enough that `Instant + d` cannot overflow.
const MAX_SERVER_SECS: u64 = 7 * 24 * 3600;

/// A server-provided number of seconds as a [`Duration`], clamped to
/// `min..=MAX_SERVER_SECS` (negative values count as 0).
fn server_secs(secs: i64, min: u64) -> Duration {
    Duration::from_secs(
        u64::try_from(secs)
            .unwrap_or(0)
            .clamp(min, MAX_SERVER_SECS.max(min)),
    )
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    /// Sends an event to the subscribers, if any (none yet: the event is dropped, as
    /// a broadcast channel drops what no receiver can see).
    fn emit(&self, e: SessionEvent) {
        if let Some(events) = self.events.get() {
            let _ = events.send(e);
        }
    }

    /// A new event receiver; the first one allocates the [`EVENT_CAPACITY`]-slot
    /// buffer.
    fn subscribe(&self) -> broadcast::Receiver<SessionEvent> {
        self.events
            .get_or_init(|| broadcast::channel(EVENT_CAPACITY).0)
            .subscribe()
    }

    fn did(&self) -> String {
        self.config.did.get().unwrap_or_default()
    }

    fn ip(&self) -> String {
        self.ip.read().map(|s| s.clone()).unwrap_or_default()
    }

    fn token(&self) -> Option<Secret> {
        self.token.read().ok().and_then(|t| t.clone())
    }

    fn set_token(&self, token: Secret, expire_secs: i64) {
        if let Ok(mut t) = self.token.write() {
            *t = Some(token);
        }
        let expire = server_secs(expire_secs, 1);
        let now = Instant::now();
        *lock(&self.expires_at) = Some(now + expire);
        self.renew_at
            .send_replace(Some(now + expire.mul_f64(self.config.renew_fraction)));
    }

    /// The heartbeat reply says how long the token still lives: when the server
    /// counts clearly less than we do, renew earlier (never later).
    fn observe_remaining(&self, remaining_secs: i64) {
        let now = Instant::now();
        let server_left = server_secs(remaining_secs, 0);
        let ours = lock(&self.expires_at).map(|e| e.saturating_duration_since(now));
        if let Some(ours) = ours {
            if server_left + Duration::from_secs(1) < ours {
                *lock(&self.expires_at) = Some(now + server_left);
                let at = now + server_left.mul_f64(self.config.renew_fraction);
                let current = *self.renew_at.borrow();
                if current.is_none_or_later(at) {
                    self.renew_at.send_replace(Some(at));
                }
            }
        }
    }

    async fn request<M: DeviceRequest>(&self, param: M, timeout: Duration) -> Result<M::Result> {
        let (msgid, text) = encode_request(param, self.token())?;
        let (tx, rx) = oneshot::channel();
        lock(&self.pending).insert(msgid.clone(), tx);
        // Removes the entry however this future ends (reply, timeout, error, or the
        // caller dropping it), so the map cannot grow with abandoned requests.
        let _pending = PendingEntry {
            shared: self,
            msgid: &msgid,
        };
        let sent = lock(&self.writer)
            .as_ref()
            .map(|w| w.send(Message::text(text)).is_ok())
            .unwrap_or(false);
        if !sent {
            return Err(if *self.shutdown.borrow() {
                Error::Shutdown
            } else {
                Error::NotConnected
            });
        }
        let data = match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(d)) => d,
            Ok(Err(_)) => return Err(Error::Disconnected { uri: M::URI.into() }),
            Err(_) => {
                return Err(Error::ReplyTimeout {
                    uri: M::URI.into(),
                    msgid: msgid.clone(),
                    after: timeout,
                });
            }
        };
        interpret::<M::Result>(M::URI, data, M::SENSITIVE_REPLY)
    }

    async fn update_token(&self) -> Result<TokenUpdateResult> {
        let _guard = self.renew_lock.lock().await;
        let r = self
            .request(
                TokenUpdate {
                    did: self.did(),
                    sn: self.config.sn.clone(),
                },
                self.config.reply_timeout,
            )
            .await?;
        self.set_token(r.token.clone(), r.expire);
        self.emit(SessionEvent::TokenRenewed {
            expire: server_secs(r.expire, 0),
        });
        Ok(r)
    }

    async fn heartbeat(&self, timeout: Duration) -> Result<HeartbeatResult> {
        let r = self
            .request(
                Heartbeat {
                    did: self.did(),
                    sn: self.config.sn.clone(),
                    ip: self.ip(),
                },
                timeout,
            )
            .await?;
        self.observe_remaining(r.expire);
        self.heartbeats_acked.fetch_add(1, Ordering::SeqCst);
        self.emit(SessionEvent::HeartbeatAcked { expire: r.expire });
        Ok(r)
    }

    fn fail_pending(&self) {
        lock(&self.pending).clear();
    }
}

/// Removes a pending request's entry when dropped.
struct PendingEntry<'a> {
    shared: &'a Shared,
    msgid: &'a str,
}

impl Drop for PendingEntry<'_> {
    fn drop(&mut self) {
        lock(&self.shared.pending).remove(self.msgid);
    }
}

/// How many server commands may wait for the handler; beyond that a command is
/// answered at once with [`CommandError::internal`] (500) instead of queueing
/// without bound.
const COMMAND_QUEUE: usize = 256;

/// How long a shutdown waits for command handlers still running before aborting them.
const HANDLER_DRAIN: Duration = Duration::from_secs(2);

/// How many [`SessionEvent`]s a device keeps for its subscribers
/// ([`Device::events`], [`Session::events`]).
///
/// The buffer is allocated when the first receiver subscribes (a device nobody
/// listens to holds none) and shared by all of its receivers. Sending never waits:
/// a receiver more than `EVENT_CAPACITY` events behind loses the oldest ones and its
/// next `recv` returns [`broadcast::error::RecvError::Lagged`] with the number
/// skipped, then continues with the oldest event still kept. Events emitted while
/// nobody is subscribed are not kept.
pub const EVENT_CAPACITY: usize = 64;

/// The largest WebSocket message (and frame) accepted, either way: 16 MiB.
///
/// The protocol's messages are small (a heartbeat and its reply are about 200
/// bytes); the largest documented ones carry a Base64 face photo (1.12
/// `/person/add` 人脸照片base64编码, 1.16 `/person/search` 图片的base64编码), whose
/// size the seed does not bound. 16 MiB holds a 12 MiB JPEG; a larger message ends
/// the connection with a capacity error instead of being buffered.
pub const MAX_MESSAGE_SIZE: usize = 16 << 20;

/// Read buffer of each WebSocket connection: allocated (and zero-filled) up front,
/// so it is kept small; a larger message grows the buffer for its own length only
/// ([`MAX_MESSAGE_SIZE`] at most).
const READ_BUFFER_SIZE: usize = 4 << 10;

/// The WebSocket settings of every connection, device and simulator: a small read
/// buffer, no write buffering (each message is written and flushed as it is sent),
/// and [`MAX_MESSAGE_SIZE`].
pub(crate) fn ws_config() -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(READ_BUFFER_SIZE)
        .write_buffer_size(0)
        .max_message_size(Some(MAX_MESSAGE_SIZE))
        .max_frame_size(Some(MAX_MESSAGE_SIZE))
}

trait LaterThan {
    fn is_none_or_later(&self, at: Instant) -> bool;
}

impl LaterThan for Option<Instant> {
    fn is_none_or_later(&self, at: Instant) -> bool {
        match self {
            None => true,
            Some(current) => *current > at,
        }
    }
}

/// The text frame of a device → server request with a fresh `msgid`:
/// `{"msgid", "token"?, "data": {"uri": M::URI, "param"}}` (1.1–1.3). Returns the
/// msgid (to match the reply) and the text.
fn encode_request<M: DeviceRequest>(param: M, token: Option<Secret>) -> Result<(String, String)> {
    let msgid = client_core::uuid_nonce();
    let env = RequestEnvelope {
        msgid,
        token,
        data: RequestData {
            uri: M::URI.to_owned(),
            param,
        },
    };
    let text = serde_json::to_string(&env).map_err(|e| Error::encode(M::URI, e))?;
    Ok((env.msgid, text))
}

/// The typed result of a reply to `uri` (null members count as absent, see
/// [`client_core::lenient::from_str`]). For a credential reply (`sensitive`: the
/// `/connect` and `/token/update` answers carry the session token) a decode error
/// keeps neither an excerpt of the reply nor the serde message, which can quote the
/// offending value (`invalid type: integer `123…``).
fn interpret<R: DeserializeOwned>(uri: &str, data: RawData, sensitive: bool) -> Result<R> {
    let code = data.code.unwrap_or(ResultCode::Unknown(-1));
    if !code.is_success() {
        return Err(Error::vendor(uri, code, data.msg));
    }
    let text = data.result.unwrap_or(serde_json::Value::Null).to_string();
    client_core::lenient::from_str(&text).map_err(|e| {
        if sensitive {
            Error::Core(client_core::Error::decode_redacted(
                uri,
                redacted_source(&e),
            ))
        } else {
            Error::decode(uri, &text, e)
        }
    })
}

/// A serde error that says what kind of failure it was without quoting any value:
/// `missing field `expire`` is kept (it names a documented member), any other
/// message (`invalid type: string "…"`, `unknown variant …`) is replaced.
pub(crate) fn redacted_source(e: &serde_json::Error) -> serde_json::Error {
    client_core::error::redact_serde(e)
}

/// The TLS configuration of a `wss://` connection: [`DeviceConfig::tls`] when set,
/// otherwise the process-wide default ([`default_tls`]). Both are shared `Arc`s:
/// nothing is rebuilt per device or per reconnection.
fn tls_config(cfg: &DeviceConfig) -> Result<Arc<rustls::ClientConfig>> {
    match &cfg.tls {
        Some(tls) => Ok(tls.clone()),
        None => default_tls(),
    }
}

/// rustls with the ring provider and the webpki root certificates, built once per
/// process (on the first `wss://` connection without [`DeviceConfig::tls`]) and
/// shared by every device and reconnection — with its TLS session cache, so a
/// reconnection can resume.
fn default_tls() -> Result<Arc<rustls::ClientConfig>> {
    static DEFAULT: OnceLock<std::result::Result<Arc<rustls::ClientConfig>, String>> =
        OnceLock::new();
    DEFAULT
        .get_or_init(|| {
            let mut roots = rustls::RootCertStore::empty();
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            rustls::ClientConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .map(|b| Arc::new(b.with_root_certificates(roots).with_no_client_auth()))
            .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|e| client_core::Error::Config(format!("TLS configuration: {e}")).into())
}

fn local_ip(ws: &Ws) -> Option<String> {
    #[allow(unreachable_patterns)]
    let addr = match ws.get_ref() {
        MaybeTlsStream::Plain(s) => s.local_addr().ok(),
        MaybeTlsStream::Rustls(s) => s.get_ref().0.local_addr().ok(),
        _ => None,
    };
    addr.map(|a| a.ip().to_string())
}

/// Opens the WebSocket and performs `/connect`.
async fn open(shared: &Shared) -> Result<(Ws, ConnectResult)> {
    let cfg = &shared.config;
    let connector = if cfg.ws_url.starts_with("wss://") {
        tokio_tungstenite::Connector::Rustls(tls_config(cfg)?)
    } else {
        tokio_tungstenite::Connector::Plain
    };
    let (mut ws, _) = tokio::time::timeout(
        cfg.connect_timeout,
        tokio_tungstenite::connect_async_tls_with_config(
            cfg.ws_url.as_str(),
            Some(ws_config()),
            true,
            Some(connector),
        ),
    )
    .await
    .map_err(|_| Error::WebSocket(format!("connect timed out after {:?}", cfg.connect_timeout)))?
    .map_err(|e| Error::WebSocket(e.to_string()))?;

    let ip = cfg
        .ip
        .clone()
        .or_else(|| local_ip(&ws))
        .unwrap_or_else(|| "0.0.0.0".to_owned());
    if let Ok(mut slot) = shared.ip.write() {
        slot.clone_from(&ip);
    }
    let ts = client_core::unix_seconds();
    let sign = cfg
        .signer
        .sign(&cfg.sn, cfg.security_code.expose(), ts)
        .map_err(client_core::Error::from)?;
    let connect = Connect {
        did: cfg.did.get(),
        sn: cfg.sn.clone(),
        ip,
        sign,
        ts,
    };
    // 1.1: `/connect` is the one request without a `token`.
    let (msgid, text) = encode_request(connect, None)?;
    tokio::time::timeout(cfg.reply_timeout, ws.send(Message::text(text)))
        .await
        .map_err(|_| Error::WebSocket("sending /connect stalled".into()))?
        .map_err(|e| Error::WebSocket(e.to_string()))?;

    let deadline = Instant::now() + cfg.reply_timeout;
    loop {
        let next = tokio::time::timeout_at(deadline, ws.next())
            .await
            .map_err(|_| Error::ReplyTimeout {
                uri: Connect::URI.into(),
                msgid: msgid.clone(),
                after: cfg.reply_timeout,
            })?;
        match next {
            None => return Err(Error::WebSocket("closed during /connect".into())),
            Some(Err(e)) => return Err(Error::WebSocket(e.to_string())),
            Some(Ok(Message::Close(frame))) => {
                return Err(Error::WebSocket(format!(
                    "closed by the server during /connect{}",
                    frame
                        .map(|f| format!(": {} {}", u16::from(f.code), f.reason))
                        .unwrap_or_default()
                )))
            }
            Some(Ok(Message::Text(t))) => match RawFrame::parse(t.as_str()) {
                Ok(frame) if frame.is_reply() && frame.msgid.as_deref() == Some(&msgid) => {
                    let r: ConnectResult =
                        interpret(Connect::URI, frame.data, Connect::SENSITIVE_REPLY)?;
                    return Ok((ws, r));
                }
                _ => tracing::debug!("frame before the /connect reply ignored"),
            },
            Some(Ok(_)) => {}
        }
    }
}

/// A device identity and configuration, before and between sessions. Subscribe to
/// [`Device::events`] before connecting to see every event.
#[derive(Clone)]
pub struct Device {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Device")
            .field("sn", &self.shared.config.sn)
            .field("ws_url", &self.shared.config.ws_url)
            .finish_non_exhaustive()
    }
}

impl Device {
    /// A device with `config` (nothing is opened yet).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::{Device, NoCommands};
    /// let device = Device::new(sim.device_config(TEST_SN)?);
    /// let session = device.connect(NoCommands).await?;
    /// assert!(session.is_connected());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn new(config: DeviceConfig) -> Self {
        Self {
            shared: Arc::new(Shared {
                config,
                token: RwLock::new(None),
                expires_at: Mutex::new(None),
                renew_at: watch::Sender::new(None),
                writer: Mutex::new(None),
                pending: Mutex::new(HashMap::new()),
                events: OnceLock::new(),
                state: watch::Sender::new(SessionState::Connecting),
                shutdown: watch::Sender::new(false),
                running: AtomicBool::new(false),
                heartbeats_acked: AtomicU64::new(0),
                renew_lock: tokio::sync::Mutex::new(()),
                ip: RwLock::new(String::new()),
                supervisor: Mutex::new(None),
            }),
        }
    }

    /// Session events (connected, reconnecting, token renewed, commands…), kept for
    /// the receivers in a buffer of [`EVENT_CAPACITY`] events allocated on the first
    /// subscription (a receiver that falls further behind gets
    /// [`broadcast::error::RecvError::Lagged`]).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::{Device, NoCommands, SessionEvent};
    /// let device = Device::new(sim.device_config(TEST_SN)?);
    /// let mut events = device.events(); // before connecting, to see the first Connected
    /// let _session = device.connect(NoCommands).await?;
    /// assert!(matches!(events.recv().await?, SessionEvent::Connected { .. }));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn events(&self) -> broadcast::Receiver<SessionEvent> {
        self.shared.subscribe()
    }

    /// The device id store (set it when the platform delivers the did).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::Device;
    /// let device = Device::new(sim.device_config(TEST_SN)?);
    /// assert_eq!(device.did_store().get().as_deref(), Some(TEST_DID));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn did_store(&self) -> &DidStore {
        &self.shared.config.did
    }

    /// The configuration.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::Device;
    /// let device = Device::new(sim.device_config(TEST_SN)?);
    /// assert_eq!(device.config().sn, TEST_SN);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn config(&self) -> &DeviceConfig {
        &self.shared.config
    }

    /// Connects (`/connect`) and starts the session: heartbeats, token renewal,
    /// command dispatch to `handler`, reconnection.
    ///
    /// The first connection's failure is returned: [`Error::NotRegistered`] for 421,
    /// [`Error::Api`] for other codes (423 = signature rejected), or a
    /// WebSocket / timeout error. Later failures are handled by reconnecting.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::commands::Reboot;
    /// use lenfocus_device::{CommandHandler, CommandResult, Device, ResultCode};
    ///
    /// struct Camera;
    /// impl CommandHandler for Camera {
    ///     async fn reboot(&self, _cmd: Reboot) -> CommandResult<()> {
    ///         Ok(())
    ///     }
    /// }
    ///
    /// let _session = Device::new(sim.device_config(TEST_SN)?).connect(Camera).await?;
    /// let reply = sim.push(TEST_SN, Reboot { delay_ms: 0 }).await?;
    /// assert_eq!(reply.data.code, ResultCode::Ok);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn connect<H: CommandHandler>(&self, handler: H) -> Result<Session> {
        self.start(erase(handler)).await
    }

    /// Like [`Device::connect`], but server commands arrive on a [`CommandStream`]
    /// (each with a responder) instead of a handler. `buffer` bounds the queue.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use lenfocus_device::commands::{Command, Reboot};
    /// use lenfocus_device::{Device, ResultCode};
    ///
    /// let device = Device::new(sim.device_config(TEST_SN)?);
    /// let (_session, mut commands) = device.connect_with_stream(16).await?;
    /// tokio::spawn(async move {
    ///     while let Some(incoming) = commands.recv().await {
    ///         if let Command::Reboot(_) = incoming.command {
    ///             incoming.responder.ok_empty();
    ///         } // a responder dropped unanswered replies 404
    ///     }
    /// });
    /// let reply = sim.push(TEST_SN, Reboot { delay_ms: 0 }).await?;
    /// assert_eq!(reply.data.code, ResultCode::Ok);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn connect_with_stream(&self, buffer: usize) -> Result<(Session, CommandStream)> {
        let (handler, stream) = stream_handler(buffer);
        let session = self.start(handler).await?;
        Ok((session, stream))
    }

    /// Connects, waiting while the platform answers 421 (设备未注册): a new attempt is
    /// made when the [`DidStore`] changes or every `retry_every`. Other errors are
    /// returned.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// use std::time::Duration;
    /// use lenfocus_device::{Device, NoCommands};
    ///
    /// sim.unregister(TEST_SN); // the platform answers 421 until the user adds the device
    /// let device = Device::new(sim.device_config(TEST_SN)?.with_did(""));
    /// let did = device.did_store().clone();
    /// let connecting = device.connect_until_registered(NoCommands, Duration::from_secs(30));
    /// let registering = async {
    ///     sim.register(TEST_SN, TEST_DID);
    ///     did.set(TEST_DID); // e.g. from your provisioning flow: an attempt is made at once
    /// };
    /// let (session, ()) = tokio::join!(connecting, registering);
    /// assert_eq!(session?.did().as_deref(), Some(TEST_DID));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn connect_until_registered<H: CommandHandler>(
        &self,
        handler: H,
        retry_every: Duration,
    ) -> Result<Session> {
        let handler = erase(handler);
        let mut did_rx = self.shared.config.did.subscribe();
        loop {
            did_rx.borrow_and_update();
            match self.start(handler.clone()).await {
                Err(Error::NotRegistered { .. }) => {
                    self.shared.emit(SessionEvent::NotRegistered);
                    tokio::select! {
                        _ = did_rx.changed() => {}
                        _ = tokio::time::sleep(retry_every) => {}
                    }
                }
                other => return other,
            }
        }
    }

    async fn start(&self, handler: DynHandler) -> Result<Session> {
        self.shared.config.check()?;
        if self.shared.running.swap(true, Ordering::SeqCst) {
            return Err(client_core::Error::Config(
                "this device already has a running session".into(),
            )
            .into());
        }
        self.shared.shutdown.send_replace(false);
        self.shared.state.send_replace(SessionState::Connecting);
        let (tx, rx) = oneshot::channel();
        let task = tokio::spawn(supervise(self.shared.clone(), handler, tx));
        *lock(&self.shared.supervisor) = Some(task);
        match rx.await {
            Ok(Ok(())) => Ok(Session {
                shared: self.shared.clone(),
                _guard: Arc::new(Guard(self.shared.clone())),
            }),
            Ok(Err(e)) => {
                self.shared.running.store(false, Ordering::SeqCst);
                Err(e)
            }
            Err(_) => {
                self.shared.running.store(false, Ordering::SeqCst);
                Err(Error::Shutdown)
            }
        }
    }
}

struct Guard(Arc<Shared>);

impl Drop for Guard {
    fn drop(&mut self) {
        // The last Session handle is gone: stop the runtime.
        self.0.shutdown.send_replace(true);
    }
}

/// A live session. Cheap to clone; dropping the last clone shuts the session down
/// (prefer the explicit [`Session::shutdown`]).
#[derive(Clone)]
pub struct Session {
    shared: Arc<Shared>,
    _guard: Arc<Guard>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("sn", &self.shared.config.sn)
            .field("state", &*self.shared.state.borrow())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// Session events (see [`Device::events`] and [`EVENT_CAPACITY`]).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::SessionEvent;
    /// let mut events = session.events();
    /// sim.drop_connections();
    /// assert!(matches!(events.recv().await?, SessionEvent::Disconnected { .. }));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn events(&self) -> broadcast::Receiver<SessionEvent> {
        self.shared.subscribe()
    }

    /// The connection state, as a watch channel.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::SessionState;
    /// let mut state = session.state();
    /// assert_eq!(*state.borrow_and_update(), SessionState::Connected);
    /// session.shutdown().await;
    /// assert_eq!(*state.borrow_and_update(), SessionState::Closed);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn state(&self) -> watch::Receiver<SessionState> {
        self.shared.state.subscribe()
    }

    /// `true` while connected.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// assert!(session.is_connected());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn is_connected(&self) -> bool {
        *self.shared.state.borrow() == SessionState::Connected
    }

    /// Waits until the session is connected (or `timeout` elapses → `false`).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// sim.drop_connections(); // the runtime reconnects on its own
    /// assert!(session.wait_connected(Duration::from_secs(5)).await);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn wait_connected(&self, timeout: Duration) -> bool {
        let mut rx = self.state();
        tokio::time::timeout(timeout, rx.wait_for(|s| *s == SessionState::Connected))
            .await
            .map(|r| r.is_ok())
            .unwrap_or(false)
    }

    /// The current session token (the HTTP bearer token).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// let token = session.token().expect("connected");
    /// assert!(!format!("{token:?}").contains(token.expose())); // redacted in Debug
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn token(&self) -> Option<Secret> {
        self.shared.token()
    }

    /// The device id.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// assert_eq!(session.did().as_deref(), Some(TEST_DID));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn did(&self) -> Option<String> {
        self.shared.config.did.get()
    }

    /// The serial number.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// assert_eq!(session.sn(), TEST_SN);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn sn(&self) -> &str {
        &self.shared.config.sn
    }

    /// The LAN IP reported to the platform.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// assert_eq!(session.ip(), "127.0.0.1"); // set by the simulator's config (with_ip)
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn ip(&self) -> String {
        self.shared.ip()
    }

    /// Sends `/token/update` now and keeps the returned token (the runtime does this
    /// on its own before the token expires).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// let renewed = session.update_token().await?;
    /// assert!(renewed.expire > 0);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn update_token(&self) -> Result<TokenUpdateResult> {
        self.shared.update_token().await
    }

    /// Renews the token unless it already changed since `stale` was read (used after
    /// an HTTP 401, so concurrent 401s renew once).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// // After a 401 with `stale`: renews once, however many callers saw the same token.
    /// let stale = session.token();
    /// session.renew_if_stale(stale.as_ref()).await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn renew_if_stale(&self, stale: Option<&Secret>) -> Result<()> {
        if self.token().as_ref() != stale {
            return Ok(());
        }
        self.shared.update_token().await.map(|_| ())
    }

    /// Sends `/heartbeat` now (the runtime does this on its own every
    /// `interval × heartbeat_fraction`).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// let beat = session.heartbeat().await?;
    /// assert!(beat.expire > 0); // the token's remaining validity, in seconds
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn heartbeat(&self) -> Result<HeartbeatResult> {
        self.shared
            .heartbeat(self.shared.config.reply_timeout)
            .await
    }

    /// Sends any device → server message and waits for its reply (matched by msgid)
    /// at most the configured reply timeout.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::messages::Heartbeat;
    /// let beat = Heartbeat { did: TEST_DID.into(), sn: TEST_SN.into(), ip: session.ip() };
    /// let result = session.request(beat).await?;
    /// assert!(result.expire > 0);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn request<M: DeviceRequest>(&self, message: M) -> Result<M::Result> {
        self.shared
            .request(message, self.shared.config.reply_timeout)
            .await
    }

    /// Graceful shutdown: sends a close frame, fails pending requests, stops the
    /// timers and waits for the runtime to finish.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// session.shutdown().await;
    /// assert!(!session.is_connected());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn shutdown(&self) {
        self.shared.shutdown.send_replace(true);
        let task = lock(&self.shared.supervisor).take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}

async fn wait_shutdown(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await;
}

async fn sleep_opt(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

async fn supervise(shared: Arc<Shared>, handler: DynHandler, first: oneshot::Sender<Result<()>>) {
    let mut first = Some(first);
    let mut shutdown_rx = shared.shutdown.subscribe();
    let mut did_rx = shared.config.did.subscribe();
    let mut attempt: u32 = 0;
    let mut connected_before = false;
    // The command tasks of past connections (each finishes its queue and ends).
    let mut command_tasks: Vec<tokio::task::JoinHandle<()>> = Vec::new();
    loop {
        if *shutdown_rx.borrow() {
            break;
        }
        let opened = tokio::select! {
            // Boxed: the handshake's state is large and only needed while connecting;
            // the supervisor task keeps no room for it for the session's lifetime.
            r = Box::pin(open(&shared)) => r,
            _ = wait_shutdown(&mut shutdown_rx) => break,
        };
        match opened {
            Err(e) => {
                if let Some(tx) = first.take() {
                    let _ = tx.send(Err(e));
                    shared.state.send_replace(SessionState::Closed);
                    return;
                }
                tracing::warn!(error = %e, "lenfocus connect failed");
                if matches!(e, Error::NotRegistered { .. }) {
                    shared.emit(SessionEvent::NotRegistered);
                }
                shared.emit(SessionEvent::ConnectFailed {
                    code: e.code(),
                    error: e.to_string(),
                });
            }
            Ok((ws, result)) => {
                // The backoff is NOT reset here: a platform that accepts `/connect`
                // and closes at once would otherwise get a signed reconnect every
                // `initial` (a storm). It is reset once the connection has proved
                // stable (see `connection_was_stable`).
                shared.heartbeats_acked.store(0, Ordering::SeqCst);
                let opened_at = Instant::now();
                shared.set_token(result.token.clone(), result.expire);
                shared.state.send_replace(SessionState::Connected);
                shared.emit(SessionEvent::Connected {
                    expire: server_secs(result.expire, 0),
                    interval: server_secs(result.interval, 0),
                    reconnected: connected_before,
                });
                connected_before = true;
                if let Some(tx) = first.take() {
                    let _ = tx.send(Ok(()));
                }
                command_tasks.retain(|t| !t.is_finished());
                let reason =
                    run_connection(&shared, &handler, ws, result.interval, &mut command_tasks)
                        .await;
                if connection_was_stable(
                    opened_at.elapsed(),
                    server_secs(result.interval, 1),
                    shared.heartbeats_acked.load(Ordering::SeqCst),
                ) {
                    attempt = 0;
                }
                *lock(&shared.writer) = None;
                shared.fail_pending();
                shared.renew_at.send_replace(None);
                if reason == DisconnectReason::Shutdown {
                    break;
                }
                tracing::info!(?reason, "lenfocus session disconnected");
                shared.state.send_replace(SessionState::Reconnecting);
                shared.emit(SessionEvent::Disconnected { reason });
            }
        }
        attempt = attempt.saturating_add(1);
        let delay = shared.config.backoff.delay(attempt);
        shared.emit(SessionEvent::Reconnecting { attempt, delay });
        did_rx.borrow_and_update();
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            // A did delivered while waiting (after a 421): try at once.
            Ok(()) = did_rx.changed() => {}
            _ = wait_shutdown(&mut shutdown_rx) => break,
        }
    }
    *lock(&shared.writer) = None;
    shared.fail_pending();
    // No task outlives the session: handlers still running get a moment to finish
    // (their replies cannot be sent any more), then they are aborted.
    for mut task in command_tasks {
        if tokio::time::timeout(HANDLER_DRAIN, &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }
    if let Ok(mut t) = shared.token.write() {
        *t = None;
    }
    shared.state.send_replace(SessionState::Closed);
    shared.emit(SessionEvent::Closed);
    shared.running.store(false, Ordering::SeqCst);
}

/// `true` when a connection that ended after `lasted` counts as stable, so the
/// reconnection backoff starts again from [`crate::Backoff::initial`]: at least one
/// heartbeat was acknowledged on it, or it lasted one heartbeat `interval` (1.1
/// `interval`). A connection closed sooner (the platform accepts `/connect` and drops
/// the socket, or refuses every heartbeat) keeps the backoff growing — with its
/// jitter — up to [`crate::Backoff::max`].
pub(crate) fn connection_was_stable(lasted: Duration, interval: Duration, acked: u64) -> bool {
    acked > 0 || lasted >= interval
}

async fn run_connection(
    shared: &Arc<Shared>,
    handler: &DynHandler,
    ws: Ws,
    interval_secs: i64,
    command_tasks: &mut Vec<tokio::task::JoinHandle<()>>,
) -> DisconnectReason {
    let (mut sink, mut stream) = ws.split();
    // Unbounded, but fed only by this device: its own requests and one reply per
    // command (the command queue below is bounded).
    let (out_tx, mut out_rx) = mpsc::unbounded_channel::<Message>();
    *lock(&shared.writer) = Some(out_tx.clone());
    let (fail_tx, mut fail_rx) = mpsc::unbounded_channel::<DisconnectReason>();
    // Boxed jobs: the channel allocates its slots in blocks, and a block of boxes is
    // a tenth of a block of jobs on a connection that may never see a command.
    let (cmd_tx, cmd_rx) = mpsc::channel::<Box<CommandJob>>(COMMAND_QUEUE);
    command_tasks.push(tokio::spawn(answer_commands(
        shared.clone(),
        handler.clone(),
        out_tx.clone(),
        cmd_rx,
    )));
    // Heartbeats and renewals in flight: aborted when this connection ends.
    let mut timers = tokio::task::JoinSet::new();
    let mut shutdown_rx = shared.shutdown.subscribe();

    let interval = server_secs(interval_secs, 1);
    let period = interval.mul_f64(shared.config.heartbeat_fraction);
    let mut heartbeat = tokio::time::interval_at(Instant::now() + period, period);
    heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // A heartbeat not acknowledged before the next one is due has failed.
    let heartbeat_timeout = period.min(shared.config.reply_timeout);
    let write_timeout = shared.config.reply_timeout;

    let mut renew_rx = shared.renew_at.subscribe();
    let mut renew_at = *renew_rx.borrow_and_update();

    loop {
        tokio::select! {
            msg = stream.next() => match msg {
                None => return DisconnectReason::Dropped("connection closed".into()),
                Some(Err(e)) => return DisconnectReason::Dropped(e.to_string()),
                Some(Ok(Message::Close(frame))) => {
                    let (code, reason) = frame
                        .map(|f| (u16::from(f.code), f.reason.to_string()))
                        .unwrap_or((1005, String::new()));
                    return DisconnectReason::ServerClosed { code, reason };
                }
                Some(Ok(Message::Text(t))) => on_text(shared, &cmd_tx, &out_tx, t.as_str()),
                Some(Ok(Message::Binary(b))) => match std::str::from_utf8(&b) {
                    Ok(t) => on_text(shared, &cmd_tx, &out_tx, t),
                    Err(_) => shared.emit(SessionEvent::InvalidFrame { excerpt: frame_excerpt(&b) }),
                },
                Some(Ok(_)) => {}
            },
            Some(out) = out_rx.recv() => {
                // A stalled socket (full send buffer, black-holed peer) must not
                // block the loop forever.
                match tokio::time::timeout(write_timeout, sink.send(out)).await {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => return DisconnectReason::Dropped(e.to_string()),
                    Err(_) => return DisconnectReason::Dropped(format!("write stalled for {write_timeout:?}")),
                }
            }
            _ = heartbeat.tick() => {
                let shared = shared.clone();
                let fail_tx = fail_tx.clone();
                timers.spawn(async move {
                    if let Err(e) = shared.heartbeat(heartbeat_timeout).await {
                        if !matches!(e, Error::Disconnected { .. } | Error::NotConnected | Error::Shutdown) {
                            let _ = fail_tx.send(DisconnectReason::HeartbeatFailed(e.to_string()));
                        }
                    }
                });
            }
            _ = sleep_opt(renew_at) => {
                renew_at = None;
                let shared = shared.clone();
                let fail_tx = fail_tx.clone();
                timers.spawn(async move {
                    if let Err(e) = shared.update_token().await {
                        if !matches!(e, Error::Disconnected { .. } | Error::NotConnected | Error::Shutdown) {
                            let _ = fail_tx.send(DisconnectReason::TokenRenewFailed(e.to_string()));
                        }
                    }
                });
            }
            Ok(()) = renew_rx.changed() => {
                renew_at = *renew_rx.borrow_and_update();
            }
            // Reap finished heartbeat / renewal tasks (disabled while there are none).
            Some(_) = timers.join_next() => {}
            Some(reason) = fail_rx.recv() => {
                let close = Message::Close(Some(CloseFrame {
                    code: CloseCode::Away,
                    reason: "reconnecting".into(),
                }));
                let _ = tokio::time::timeout(Duration::from_secs(1), sink.send(close)).await;
                return reason;
            }
            _ = wait_shutdown(&mut shutdown_rx) => {
                // Flush replies already queued, then close (bounded: the peer may be gone).
                let _ = tokio::time::timeout(Duration::from_secs(2), async {
                    while let Ok(out) = out_rx.try_recv() {
                        let _ = sink.send(out).await;
                    }
                    let _ = sink.send(Message::Close(Some(CloseFrame {
                        code: CloseCode::Normal,
                        reason: "shutdown".into(),
                    }))).await;
                    let _ = sink.flush().await;
                }).await;
                // Give the server a moment to answer the close handshake.
                let _ = tokio::time::timeout(Duration::from_millis(500), async {
                    while let Some(Ok(m)) = stream.next().await {
                        if matches!(m, Message::Close(_)) { break; }
                    }
                }).await;
                return DisconnectReason::Shutdown;
            }
        }
    }
}

/// What [`SessionEvent::InvalidFrame`] keeps of a frame that could not be read: a
/// bounded excerpt, or nothing when the frame mentions a token (every server command
/// carries the session token, and a broken `/token/update` reply may carry a new
/// one) — see [`client_core::error::REDACTED_BODY`].
pub(crate) fn frame_excerpt(bytes: &[u8]) -> String {
    let mentions_token = bytes.windows(5).any(|w| w.eq_ignore_ascii_case(b"token"));
    if mentions_token {
        INVALID_FRAME_REDACTED.to_owned()
    } else {
        client_core::excerpt(bytes)
    }
}

/// The excerpt of an invalid frame that mentions a token (not kept).
pub const INVALID_FRAME_REDACTED: &str = "<frame mentions a token: not kept>";

/// A server command waiting for its turn.
struct CommandJob {
    msgid: String,
    uri: String,
    param: Option<serde_json::Value>,
}

fn on_text(
    shared: &Arc<Shared>,
    commands: &mpsc::Sender<Box<CommandJob>>,
    out: &mpsc::UnboundedSender<Message>,
    text: &str,
) {
    let frame = match RawFrame::parse(text) {
        Ok(f) => f,
        Err(_) => {
            shared.emit(SessionEvent::InvalidFrame {
                excerpt: frame_excerpt(text.as_bytes()),
            });
            return;
        }
    };
    if frame.is_reply() {
        let msgid = frame.msgid.clone().unwrap_or_default();
        let tx = lock(&shared.pending).remove(&msgid);
        match tx {
            Some(tx) => {
                let _ = tx.send(frame.data);
            }
            None => shared.emit(SessionEvent::UnmatchedReply { msgid }),
        }
        return;
    }
    let msgid = frame.msgid.unwrap_or_default();
    let uri = frame.data.uri.unwrap_or_default();
    let param = frame.data.param;
    match commands.try_send(Box::new(CommandJob { msgid, uri, param })) {
        Ok(()) => {}
        Err(mpsc::error::TrySendError::Full(job)) => {
            // The platform sends faster than the handler answers: refuse this one
            // now rather than queue without bound (never dropped silently).
            tracing::warn!(uri = %job.uri, "command queue full ({COMMAND_QUEUE}); answered 500");
            let error = CommandError::internal(format!(
                "the device is busy: {COMMAND_QUEUE} commands are waiting"
            ));
            send_reply(shared, out, job.msgid, job.uri, None, Err(error));
        }
        // The command task is gone (connection ending): nothing can be answered.
        Err(mpsc::error::TrySendError::Closed(_)) => {}
    }
}

/// Answers the connection's commands one at a time, in arrival order (so that, for
/// example, an add followed by a delete of the same person cannot be reordered).
async fn answer_commands(
    shared: Arc<Shared>,
    handler: DynHandler,
    out: mpsc::UnboundedSender<Message>,
    mut jobs: mpsc::Receiver<Box<CommandJob>>,
) {
    while let Some(job) = jobs.recv().await {
        let CommandJob { msgid, uri, param } = *job;
        let mut kind = None;
        let answer = match Command::decode(
            &uri,
            param
                .clone()
                .unwrap_or_else(|| serde_json::Value::Object(Default::default())),
        ) {
            Ok(Some(cmd)) => {
                kind = Some(cmd.kind());
                shared.emit(SessionEvent::CommandReceived {
                    kind: cmd.kind(),
                    msgid: msgid.clone(),
                });
                // A panicking handler must not take the command task (and every
                // later command) down with it.
                std::panic::AssertUnwindSafe(handler(cmd))
                    .catch_unwind()
                    .await
                    .unwrap_or_else(|_| {
                        tracing::error!(uri = %uri, "lenfocus command handler panicked");
                        Err(CommandError::internal("the command handler failed"))
                    })
            }
            Ok(None) => {
                tracing::warn!(uri = %uri, "unknown lenfocus command");
                shared.emit(SessionEvent::UnknownCommand {
                    uri: uri.clone(),
                    msgid: msgid.clone(),
                    param,
                });
                Err(CommandError::new(
                    ResultCode::NotFound,
                    format!("unknown command {}", uri.trim()),
                ))
            }
            Err(e) => {
                shared.emit(SessionEvent::InvalidCommand {
                    uri: uri.clone(),
                    msgid: msgid.clone(),
                    error: e.to_string(),
                });
                Err(CommandError::invalid_param(e.to_string()))
            }
        };
        send_reply(&shared, &out, msgid, uri, kind, answer);
    }
}

/// Sends the reply envelope of a server command: the same `msgid` and `uri` as
/// received, the command's success code ([`DeviceConfig::success_code_for`]) and
/// `msg` "OK" with the `result` (if any), or the error's code and message without a
/// `result`.
fn send_reply(
    shared: &Shared,
    out: &mpsc::UnboundedSender<Message>,
    msgid: String,
    uri: String,
    kind: Option<CommandKind>,
    answer: Answer,
) {
    let (code, msg, result) = match answer {
        Ok(result) => (
            kind.map_or(shared.config.success_code, |k| {
                shared.config.success_code_for(k)
            }),
            "OK".to_owned(),
            result,
        ),
        Err(e) => (e.code, e.message, None),
    };
    let reply = ReplyEnvelope {
        msgid: msgid.clone(),
        data: ReplyData {
            uri: Some(uri.clone()),
            code,
            msg: Some(msg),
            result,
        },
    };
    match serde_json::to_string(&reply) {
        Ok(text) => {
            if out.send(Message::text(text)).is_ok() {
                shared.emit(SessionEvent::CommandAnswered { uri, msgid, code });
            } else {
                tracing::warn!(uri = %uri, "connection lost before the command reply was sent");
            }
        }
        Err(e) => tracing::error!(error = %e, "cannot encode a command reply"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_config_builds_without_a_process_wide_provider() {
        // No rustls::crypto::CryptoProvider::install_default() anywhere: the ring
        // provider is passed explicitly.
        let pem = include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem");
        let signer = auth_signing::lenfocus::ConnectSigner::from_pem(pem).unwrap();
        let cfg = DeviceConfig::new("wss://example.invalid/ws", "SN", "CODE1234", signer);
        let tls = tls_config(&cfg).unwrap();
        assert!(tls.alpn_protocols.is_empty());
        // Built once: every device and reconnection shares the same configuration.
        let again = tls_config(&cfg.clone()).unwrap();
        assert!(Arc::ptr_eq(&tls, &again));
        // A custom configuration is used as given.
        let custom = Arc::new((*tls).clone());
        let mut cfg = cfg;
        cfg.tls = Some(custom.clone());
        assert!(Arc::ptr_eq(&tls_config(&cfg).unwrap(), &custom));
        let debug = format!("{cfg:?}");
        assert!(!debug.contains("CODE1234"), "security code leaked: {debug}");
        assert!(!debug.contains("PRIVATE KEY"));
    }

    #[test]
    fn the_event_buffer_is_allocated_on_the_first_subscription_and_lags_beyond_capacity() {
        let pem = include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem");
        let signer = auth_signing::lenfocus::ConnectSigner::from_pem(pem).unwrap();
        let device = Device::new(DeviceConfig::new("ws://127.0.0.1:1", "SN", "CODE", signer));
        let shared = &device.shared;
        // Nobody listens: nothing allocated, events are dropped.
        shared.emit(SessionEvent::Closed);
        assert!(shared.events.get().is_none());
        let mut rx = device.events();
        assert!(shared.events.get().is_some());
        // Sending never waits: beyond the capacity the oldest events are lost and the
        // receiver is told how many.
        for expire in 0..EVENT_CAPACITY as i64 + 3 {
            shared.emit(SessionEvent::HeartbeatAcked { expire });
        }
        assert_eq!(
            rx.try_recv(),
            Err(broadcast::error::TryRecvError::Lagged(3))
        );
        assert_eq!(
            rx.try_recv(),
            Ok(SessionEvent::HeartbeatAcked { expire: 3 })
        );
        // Later subscribers share the same buffer.
        let mut late = device.events();
        shared.emit(SessionEvent::Closed);
        assert_eq!(late.try_recv(), Ok(SessionEvent::Closed));
    }

    #[test]
    fn websocket_buffers_are_small_and_messages_bounded() {
        let c = ws_config();
        assert_eq!(c.read_buffer_size, READ_BUFFER_SIZE);
        assert!(c.read_buffer_size <= 4096);
        assert_eq!(c.write_buffer_size, 0);
        assert_eq!(c.max_message_size, Some(MAX_MESSAGE_SIZE));
        assert_eq!(c.max_frame_size, Some(MAX_MESSAGE_SIZE));
    }

    #[test]
    fn heartbeat_remaining_validity_only_moves_renewal_earlier() {
        let pem = include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem");
        let signer = auth_signing::lenfocus::ConnectSigner::from_pem(pem).unwrap();
        let device = Device::new(DeviceConfig::new("ws://127.0.0.1:1", "SN", "CODE", signer));
        let shared = &device.shared;
        shared.set_token(Secret::new("t"), 100);
        let at = shared.renew_at.borrow().unwrap();
        let left = at.saturating_duration_since(Instant::now());
        // Half of 100 s, minus however long this thread was descheduled (generous
        // for a loaded CI machine).
        assert!(left > Duration::from_secs(40) && left <= Duration::from_secs(50));
        // The server agrees (99 s left, truncated): nothing changes.
        shared.observe_remaining(99);
        assert_eq!(shared.renew_at.borrow().unwrap(), at);
        // The server says 10 s left: renew at half of that.
        shared.observe_remaining(10);
        let early = shared.renew_at.borrow().unwrap();
        assert!(early.saturating_duration_since(Instant::now()) <= Duration::from_secs(5));
    }

    #[test]
    fn a_connection_is_stable_after_one_heartbeat_or_one_interval() {
        let interval = Duration::from_secs(30);
        // Closed at once, nothing acknowledged: the backoff keeps growing.
        assert!(!connection_was_stable(
            Duration::from_millis(5),
            interval,
            0
        ));
        assert!(!connection_was_stable(Duration::from_secs(29), interval, 0));
        // One heartbeat acknowledged, or one interval lived: reset.
        assert!(connection_was_stable(Duration::from_secs(16), interval, 1));
        assert!(connection_was_stable(interval, interval, 0));
    }

    #[test]
    fn credential_decode_errors_quote_no_value() {
        let e =
            serde_json::from_str::<ConnectResult>(r#"{"token":12345678,"expire":1,"interval":1}"#)
                .unwrap_err();
        assert!(
            e.to_string().contains("12345678"),
            "serde quotes values: {e}"
        );
        assert!(!redacted_source(&e).to_string().contains("12345678"));
        let e = serde_json::from_str::<ConnectResult>(r#"{"expire":1,"interval":1}"#).unwrap_err();
        assert_eq!(redacted_source(&e).to_string(), "missing field `token`");
        assert_eq!(frame_excerpt(br#"{"token":"abc"#), INVALID_FRAME_REDACTED);
        assert_eq!(frame_excerpt(b"not json"), "not json");
    }

    #[test]
    fn replies_are_interpreted_by_code() {
        let ok = RawData {
            code: Some(ResultCode::OkZero),
            result: Some(serde_json::json!({"expire": 5})),
            ..Default::default()
        };
        let r: HeartbeatResult = interpret("/heartbeat", ok, false).unwrap();
        assert_eq!(r.expire, 5);
        let not_registered = RawData {
            code: Some(ResultCode::NotRegistered),
            msg: Some("设备未注册".into()),
            ..Default::default()
        };
        let e = interpret::<ConnectResult>("/connect", not_registered, true).unwrap_err();
        assert!(matches!(e, Error::NotRegistered { .. }));
        let bad = RawData {
            code: Some(ResultCode::Ok),
            result: Some(serde_json::json!({"token": 1})),
            ..Default::default()
        };
        assert!(matches!(
            interpret::<ConnectResult>("/connect", bad, true),
            Err(Error::Core(client_core::Error::Decode { .. }))
        ));
    }
}
