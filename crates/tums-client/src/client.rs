//! [`Client`]: the TUMS platform on the shared [`client_core::Pipeline`] — X-Authorization
//! signing, temporary credentials, clock correction, the export gate and `failList`.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use client_core::envelope::{Envelope as RawEnvelope, EnvelopeKeys};
use client_core::pipeline::{decode_error, decode_payload, Platform, Recovery, ResponseMeta};
use client_core::shared::{Permit, SharedState, StoredCredential};
use client_core::{
    ClientOptions, Endpoint, PageStream, Paged, Pipeline, Prepared, RawRequest, RawResponse, Secret,
};
use serde_json::Value;

use crate::api::credential::{CreateTempApplicationApiCredential, TempCredential};
use crate::envelope::{Envelope, FailItem};
use crate::error::{Error, Result};
use crate::error_codes::ErrorCode;

/// The platform's public address: `api-smbcloud.tp-link.com.cn`, the host of the TUMS
/// open API document's 2026-08-31 edition (1.1 相关术语) and of every public client.
/// The older edition's host is [`LEGACY_BASE_URL`].
///
/// ```
/// let client = tums_client::Client::builder().credentials("ak", "sk").build()?;
/// assert_eq!(client.base_url().as_str(), "https://api-smbcloud.tp-link.com.cn/");
/// // The older host stays selectable:
/// let legacy = tums_client::Client::builder()
///     .base_url(tums_client::client::LEGACY_BASE_URL)
///     .credentials("ak", "sk")
///     .build()?;
/// assert_eq!(legacy.base_url().host_str(), Some("api-smbcloud.tplinkcloud.com.cn"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const DEFAULT_BASE_URL: &str = "https://api-smbcloud.tp-link.com.cn";

/// The host the older edition of the document names (1.1 相关术语:
/// `api-smbcloud.tplinkcloud.com.cn`); select it with `base_url` (or
/// `TUMS_BASE_URL`) where an account still needs it.
pub const LEGACY_BASE_URL: &str = "https://api-smbcloud.tplinkcloud.com.cn";

/// The export endpoints the seed limits to one call per 5 s per project
/// (每个项目5s内限制导出一次, 1.4.9.3 and 1.4.9.4). The client keeps one gate for both.
pub const RATE_LIMITED_EXPORT_PATHS: [&str; 2] = [
    <crate::api::vehicle::ExportAllVehicleDetectionRecords as Endpoint>::PATH,
    <crate::api::vehicle::ExportAllEntryAndLeaveRecords as Endpoint>::PATH,
];

/// The seed's export interval (5 s, 1.4.9.3/4).
pub const EXPORT_INTERVAL: Duration = Duration::from_secs(5);

/// How long before `expireTime` temporary credentials are refreshed, by default.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// The `Content-Type` of JSON bodies (unchanged on the wire).
const JSON_CONTENT_TYPE: &str = "application/json;charset=UTF-8";

/// What the client does when an export would break the 5 s limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportLimitMode {
    /// Wait until the interval has passed, then send (default).
    #[default]
    Wait,
    /// Fail at once with [`client_core::Error::RateLimited`] (carrying a message),
    /// without sending.
    Reject,
}

/// One AK/SK pair and, for temporary keys, when it expires.
pub(crate) struct Credentials {
    access_key: String,
    secret_key: Secret,
    /// When to fetch new temporary credentials (only with a refresher).
    refresh_at: Option<DateTime<Utc>>,
}

/// Where temporary credentials come from: the long-term AK/SK.
struct TempSource {
    long_term: Arc<Credentials>,
    expire_time: Option<i64>,
    margin: Duration,
}

/// The TUMS side of the pipeline: signature, envelope, `failList`, temporary keys,
/// clock correction and the export gate.
pub(crate) struct Tums {
    terminal_id: String,
    creds: RwLock<Option<Arc<Credentials>>>,
    temp: Option<TempSource>,
    refresh: tokio::sync::Mutex<()>,
    /// Shared with clients derived by [`Client::with_temp_credentials`] (same project).
    export_gate: Arc<tokio::sync::Mutex<Option<Instant>>>,
    export_interval: Duration,
    export_mode: ExportLimitMode,
    /// Seconds added to the local clock when signing (learned from the server's `Date`
    /// after a -10302), shared by derived clients.
    clock_offset: Arc<AtomicI64>,
    sync_clock: bool,
    /// Temporary keys and the export gate shared with other processes of this project
    /// (keys under `tums:<AccessKey>:…`).
    shared: Option<(SharedState, String)>,
}

/// The index of `failList` in [`Tums::ENVELOPE`]'s `extra`.
const FAIL_LIST: usize = 0;

impl Platform for Tums {
    type Code = ErrorCode;
    type Error = Error;
    type Credentials = Arc<Credentials>;

    const NAME: &'static str = "tums";
    /// 1.3.3 返回参数: `{"error_code", "msg", "result", "failList"}` (the seed's
    /// examples also write `"result "`; keys are matched trimmed).
    const ENVELOPE: EnvelopeKeys =
        EnvelopeKeys::new(&["error_code"], &["msg"], &["result"]).with_extra(&["failList"]);

    async fn credentials(
        &self,
        pipeline: &Pipeline<Self>,
        _req: &Prepared,
    ) -> Result<Arc<Credentials>> {
        let Some(source) = &self.temp else {
            return self.snapshot().ok_or_else(|| {
                Error::from(client_core::Error::Config(
                    "no credentials configured".into(),
                ))
            });
        };
        // expireTime is on the server's clock: compare with the corrected one.
        let now = DateTime::<Utc>::from_timestamp(self.now(), 0).unwrap_or_else(Utc::now);
        let due = |c: &Credentials| c.refresh_at.is_some_and(|at| now >= at);
        if let Some(c) = self.snapshot().filter(|c| !due(c)) {
            return Ok(c);
        }
        // The refresh is boxed: its future (a lock, a signed call, perhaps Redis) is
        // kilobytes, and unboxed it would size — and be copied with — every call's.
        Box::pin(self.refresh_credentials(pipeline, source, now)).await
    }

    /// The client-side export limit (1.4.9.3/4): at most one export per interval.
    async fn before_send(&self, req: &Prepared) -> Result<()> {
        if !RATE_LIMITED_EXPORT_PATHS.contains(&req.path.as_ref()) {
            return Ok(());
        }
        // Boxed for the same reason as the credential refresh: only exports wait here.
        Box::pin(self.wait_export_gate(req)).await
    }

    /// Signs one attempt: fresh UNIX-seconds timestamp and 32-character nonce over the
    /// exact body bytes (the signer hashes `{}` when there is no body).
    fn sign(&self, req: &Prepared, creds: &Arc<Credentials>, out: &mut RawRequest) -> Result<()> {
        let header = auth_signing::tums::authorization(
            &auth_signing::tums::TumsRequest {
                method: req.method.as_str(),
                path: &req.path,
                payload: req.json_body().unwrap_or(b""),
            },
            &auth_signing::tums::TumsCredentials {
                access_key: &creds.access_key,
                secret_key: creds.secret_key.expose(),
                terminal_id: &self.terminal_id,
            },
            self.now(),
            &client_core::uuid_nonce(),
        )
        .map_err(client_core::Error::from)?;
        out.headers.insert(
            auth_signing::tums::HEADER,
            client_core::secret::sensitive_header(header)?,
        );
        Ok(())
    }

    fn check(&self, req: &Prepared, env: &RawEnvelope<'_>, resp: &RawResponse) -> Result<()> {
        check_envelope(req, env, resp)
    }

    /// An answer mentioning `failList` anywhere goes through [`check_envelope`] with
    /// its raw `result` (a `failList` may hide inside it); the others are decoded in
    /// one pass.
    fn needs_check(&self, body: &[u8]) -> bool {
        // A prebuilt SIMD finder: ~6 ns over a 90-byte answer, where a byte-window
        // scan took ~45 ns (a sixth of the whole envelope decode).
        static FAIL_LIST: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\"failList\""));
        FAIL_LIST.find(body).is_some()
    }

    /// -10302 (timestamp more than 5 minutes off) with a `Date` header: sign with the
    /// server's clock from now on and repeat at once (a fresh nonce, not a replay).
    async fn recover(
        &self,
        _pipeline: &Pipeline<Self>,
        _req: &Prepared,
        _credentials: &Arc<Credentials>,
        error: &Error,
        response: Option<&ResponseMeta>,
    ) -> Recovery {
        if !self.sync_clock || error.api().map(|a| a.code) != Some(ErrorCode::SignatureExpired) {
            return Recovery::Fail;
        }
        let Some(server) = response.and_then(|m| client_core::transport::server_date(&m.headers))
        else {
            return Recovery::Fail;
        };
        let offset = server - client_core::unix_seconds();
        tracing::warn!(
            offset_seconds = offset,
            "TUMS rejected the timestamp (-10302); signing with the server's clock"
        );
        self.clock_offset.store(offset, Ordering::Relaxed);
        Recovery::RetryNow
    }
}

/// Temporary keys through the shared state: the pair another process of this project
/// minted, or one minted here by the lease holder (stored as JSON, a secret).
async fn shared_temp(
    pipeline: &Pipeline<Tums>,
    state: &SharedState,
    account: &str,
    source: &TempSource,
    now: DateTime<Utc>,
) -> Result<Credentials> {
    let stored = state
        .credential(&format!("tums:{account}:temp-key"), Duration::ZERO, || async {
            let cred = fetch_temp(pipeline, source.expire_time, &source.long_term)
                .await
                .map_err(|e| Error::Credentials(Box::new(e)))?;
            let refresh_at = refresh_time(&cred, source.margin, now, source.expire_time);
            tracing::debug!(refresh_at = %refresh_at, "minted temporary TUMS credentials for the project");
            let value = serde_json::json!({"ak": cred.temp_ak, "sk": cred.temp_sk.expose()});
            Ok::<_, Error>(StoredCredential::expiring_in(
                value.to_string(),
                (refresh_at - now).to_std().unwrap_or_default(),
            ))
        })
        .await?;
    #[derive(serde::Deserialize)]
    struct Pair {
        ak: String,
        sk: Secret,
    }
    let pair: Pair = serde_json::from_str(stored.value.expose()).map_err(|_| {
        // Never quote the stored value: it holds the temporary SecretKey.
        client_core::Error::Config("the shared temporary key is not a {ak, sk} object".into())
    })?;
    let left = chrono::TimeDelta::from_std(stored.remaining()).unwrap_or_default();
    Ok(Credentials {
        access_key: pair.ak,
        secret_key: pair.sk,
        refresh_at: Some(now + left),
    })
}

impl Tums {
    /// The project-wide export gate in the shared state: `Ok(true)` once the export
    /// may go (after waiting in [`ExportLimitMode::Wait`]), `Ok(false)` when the store
    /// is unavailable (the local gate decides), an error in [`ExportLimitMode::Reject`].
    async fn shared_export_gate(
        &self,
        req: &Prepared,
        state: &SharedState,
        account: &str,
    ) -> Result<bool> {
        let name = format!("tums:{account}:limit:export");
        loop {
            match state.try_permit(&name, self.export_interval, 1).await {
                Permit::Granted => return Ok(true),
                Permit::Unavailable => return Ok(false),
                Permit::Wait(wait) => match self.export_mode {
                    ExportLimitMode::Wait => tokio::time::sleep(wait).await,
                    ExportLimitMode::Reject => {
                        return Err(client_core::Error::RateLimited {
                            path: req.path.clone().into_owned(),
                            retry_after: Some(wait),
                            message: Some(format!(
                                "one export per {:?} per project (每个项目5s内限制导出一次); next allowed in {wait:?}",
                                self.export_interval
                            )),
                        }
                        .into())
                    }
                },
            }
        }
    }

    /// Fetches (or takes from the shared state) fresh temporary keys, one refresh
    /// however many requests are waiting.
    async fn refresh_credentials(
        &self,
        pipeline: &Pipeline<Self>,
        source: &TempSource,
        now: DateTime<Utc>,
    ) -> Result<Arc<Credentials>> {
        let due = |c: &Credentials| c.refresh_at.is_some_and(|at| now >= at);
        // Single flight: one refresh however many requests are waiting.
        let _flight = self.refresh.lock().await;
        if let Some(c) = self.snapshot().filter(|c| !due(c)) {
            return Ok(c);
        }
        let creds = match &self.shared {
            Some((state, account)) => {
                Arc::new(shared_temp(pipeline, state, account, source, now).await?)
            }
            None => {
                let cred = fetch_temp(pipeline, source.expire_time, &source.long_term)
                    .await
                    .map_err(|e| Error::Credentials(Box::new(e)))?;
                let refresh_at = refresh_time(&cred, source.margin, now, source.expire_time);
                tracing::debug!(refresh_at = %refresh_at, "fetched temporary TUMS credentials");
                Arc::new(Credentials {
                    access_key: cred.temp_ak.clone(),
                    secret_key: cred.temp_sk.clone(),
                    refresh_at: Some(refresh_at),
                })
            }
        };
        self.store(creds.clone());
        Ok(creds)
    }

    /// Waits for (or refuses) an export until the interval since the last one has
    /// passed (1.4.9.3/4).
    async fn wait_export_gate(&self, req: &Prepared) -> Result<()> {
        let mut last = self.export_gate.lock().await;
        if let Some((state, account)) = &self.shared {
            if self.shared_export_gate(req, state, account).await? {
                *last = Some(Instant::now());
                return Ok(());
            }
        }
        if let Some(prev) = *last {
            let next = prev + self.export_interval;
            let now = Instant::now();
            if now < next {
                match self.export_mode {
                    ExportLimitMode::Wait => tokio::time::sleep_until(next.into()).await,
                    ExportLimitMode::Reject => {
                        return Err(client_core::Error::RateLimited {
                            path: req.path.clone().into_owned(),
                            retry_after: None,
                            message: Some(format!(
                            "one export per {:?} (每个项目5s内限制导出一次); next allowed in {:?}",
                            self.export_interval,
                            next - now
                        )),
                        }
                        .into())
                    }
                }
            }
        }
        *last = Some(Instant::now());
        Ok(())
    }

    /// The clock used for signing: local UNIX seconds plus the learned offset.
    fn now(&self) -> i64 {
        client_core::unix_seconds() + self.clock_offset.load(Ordering::Relaxed)
    }

    fn snapshot(&self) -> Option<Arc<Credentials>> {
        match self.creds.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn store(&self, creds: Arc<Credentials>) {
        match self.creds.write() {
            Ok(mut g) => *g = Some(creds),
            Err(poisoned) => *poisoned.into_inner() = Some(creds),
        }
    }
}

/// createTempApplicationApiCredential (1.4.1.1), signed with the long-term keys.
async fn fetch_temp(
    pipeline: &Pipeline<Tums>,
    expire_time: Option<i64>,
    long_term: &Arc<Credentials>,
) -> Result<TempCredential> {
    let req = Prepared::from_endpoint(&CreateTempApplicationApiCredential {
        expire_time,
        ..CreateTempApplicationApiCredential::default()
    })?;
    let cred: TempCredential = pipeline
        .execute_as(&req, long_term, |env, resp| decode_payload(&req, env, resp))
        .await
        .map_err(withhold_message)?;
    if !cred.usable() {
        // Every member may be absent (the seed marks none required), but a credential
        // without both keys cannot sign: a decode error, with no excerpt of the answer.
        let source =
            <serde_json::Error as serde::de::Error>::custom("the answer carries no tempAk/tempSk");
        return Err(
            client_core::Error::decode_redacted(req.path.clone().into_owned(), source).into(),
        );
    }
    Ok(cred)
}

/// A failed credential answer keeps its typed code but not the vendor `msg` (the
/// platform's text is part of the answer, which is never kept).
fn withhold_message(e: Error) -> Error {
    match e {
        Error::Api(mut api) => {
            api.message = None;
            Error::Api(api)
        }
        other => other,
    }
}

/// Any `failList` (top level, or inside `result` — only parsed when the result's text
/// mentions it) → [`Error::PartialFailure`], whatever the `error_code`; the pipeline
/// then turns a non-zero `error_code` into [`Error::Api`].
fn check_envelope(req: &Prepared, env: &RawEnvelope<'_>, resp: &RawResponse) -> Result<()> {
    let decode = |e| decode_error::<Error>(req, &resp.body, e);
    let code = env.code.unwrap_or(0);
    let mut fail_list: Vec<FailItem> = match env.extra(FAIL_LIST) {
        Some(raw) => serde_json::from_str::<Option<Vec<FailItem>>>(raw.get())
            .map_err(decode)?
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let mut result: Option<Value> = None;
    if let Some(raw) = env.payload.filter(|r| r.get().contains("\"failList\"")) {
        let mut value: Value = serde_json::from_str(raw.get()).map_err(decode)?;
        if let Value::Object(map) = &mut value {
            if let Some(inner) = map.remove("failList") {
                let items: Option<Vec<FailItem>> = serde_json::from_value(inner).map_err(decode)?;
                fail_list.extend(items.unwrap_or_default());
            }
        }
        result = Some(value);
    }
    if !fail_list.is_empty() {
        if result.is_none() {
            if let Some(raw) = env.payload {
                result = Some(serde_json::from_str(raw.get()).map_err(decode)?);
            }
        }
        return Err(Error::PartialFailure {
            code: ErrorCode::from_code(code),
            fail_list,
            result: result.filter(|v| !v.is_null()),
        });
    }
    Ok(())
}

/// The TUMS open API client.
///
/// Cheap to clone (an `Arc` inside, one connection pool), `Send + Sync`. Every request
/// runs through the shared [`client_core::Pipeline`]: validated, encoded once, then —
/// for every attempt — signed with a fresh timestamp and nonce over exactly the bytes
/// sent.
///
/// ```no_run
/// # async fn demo() -> Result<(), tums_client::Error> {
/// use tums_client::api::region::AddRegion;
/// let client = tums_client::Client::builder()
///     .credentials("my-ak", "my-sk")
///     .build()?;
/// let added = client.send(&AddRegion::new("Building A", "0")).await?;
/// println!("region {} at level {}", added.region_id, added.region_level);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pipeline: Pipeline<Tums>,
    options: Arc<ClientOptions>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.pipeline.platform();
        f.debug_struct("Client")
            .field("base_url", &self.base_url().as_str())
            .field("access_key", &self.access_key())
            .field("terminal_id", &p.terminal_id)
            .field("temporary_credentials", &p.temp.is_some())
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`]. Only the AK and SK are required.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    options: ClientOptions,
    access_key: Option<String>,
    secret_key: Option<Secret>,
    terminal_id: Option<String>,
    temp: Option<(Option<i64>, Duration)>,
    export_interval: Duration,
    export_mode: ExportLimitMode,
    sync_clock: bool,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            options: ClientOptions::default(),
            access_key: None,
            secret_key: None,
            terminal_id: None,
            temp: None,
            export_interval: EXPORT_INTERVAL,
            export_mode: ExportLimitMode::Wait,
            sync_clock: true,
        }
    }
}

impl ClientBuilder {
    client_core::client_options!(options, "tums_client", "", "tums_client::Client::builder()");

    /// The application's AccessKey (AK) and SecretKey (SK). The SK is kept in a
    /// [`Secret`]: never printed.
    ///
    /// ```
    /// let client = tums_client::Client::builder()
    ///     .credentials("my-ak", "my-sk")
    ///     .build()?;
    /// assert_eq!(client.access_key().as_deref(), Some("my-ak"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn credentials(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<Secret>,
    ) -> Self {
        self.access_key = Some(access_key.into());
        self.secret_key = Some(secret_key.into());
        self
    }

    /// Uses a temporary AK/SK obtained elsewhere (for example handed out by your
    /// backend, 1.2.2.5). It is used as is and not refreshed.
    ///
    /// ```
    /// use tums_client::api::credential::TempCredential;
    /// // Handed out by your backend, which minted it with CreateTempApplicationApiCredential.
    /// let cred: TempCredential = serde_json::from_str(r#"{"tempAk":"t-ak","tempSk":"t-sk"}"#)?;
    /// let client = tums_client::Client::builder().temp_credential(&cred).build()?;
    /// assert_eq!(client.access_key().as_deref(), Some("t-ak"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn temp_credential(self, cred: &TempCredential) -> Self {
        self.credentials(cred.temp_ak.clone(), cred.temp_sk.clone())
    }

    /// Signs requests with temporary credentials minted from the configured long-term
    /// AK/SK (createTempApplicationApiCredential, 1.4.1.1) instead of the long-term keys
    /// themselves. The first request fetches them; they are refreshed
    /// `refresh_margin` before `expireTime` (at most half their lifetime early), with
    /// one refresh in flight however many requests are waiting.
    ///
    /// `expire_time` is the lifetime to ask for in seconds (`[1, 86400]`; `None` = the
    /// platform's default of 1800).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use std::time::Duration;
    /// use tums_client::api::region::GetPagedRootRegions;
    /// let client = sim
    ///     .client_builder() // long-term AK/SK
    ///     .temp_credentials(Some(3600), Duration::from_secs(60))
    ///     .build()?;
    /// client.send(&GetPagedRootRegions::new()).await?; // mints the temporary AK/SK first
    /// assert_ne!(client.access_key(), Some(sim.credentials().id));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn temp_credentials(mut self, expire_time: Option<i64>, refresh_margin: Duration) -> Self {
        self.temp = Some((expire_time, refresh_margin));
        self
    }

    /// The TerminalId of the `X-Authorization` header (≤ 64 characters). Defaults to a
    /// UUID generated once per client; keep a stable value per installation if you can.
    ///
    /// ```
    /// let client = tums_client::Client::builder()
    ///     .credentials("my-ak", "my-sk")
    ///     .terminal_id("shop-42-gateway")
    ///     .build()?;
    /// assert_eq!(client.terminal_id(), "shop-42-gateway");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn terminal_id(mut self, id: impl Into<String>) -> Self {
        self.terminal_id = Some(id.into());
        self
    }

    /// The interval between two export calls (default and seed value 5 s; see
    /// [`RATE_LIMITED_EXPORT_PATHS`]).
    ///
    /// ```
    /// let client = tums_client::Client::builder()
    ///     .credentials("my-ak", "my-sk")
    ///     .export_interval(std::time::Duration::from_secs(10))
    ///     .build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn export_interval(mut self, interval: Duration) -> Self {
        self.export_interval = interval;
        self
    }

    /// Wait (default) or fail when an export would come too early.
    ///
    /// ```
    /// use tums_client::ExportLimitMode;
    /// let client = tums_client::Client::builder()
    ///     .credentials("my-ak", "my-sk")
    ///     .export_limit_mode(ExportLimitMode::Reject) // an early export fails instead of waiting
    ///     .build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn export_limit_mode(mut self, mode: ExportLimitMode) -> Self {
        self.export_mode = mode;
        self
    }

    /// Shares this project's temporary AK/SK and its export gate with every other
    /// process (or client) built with the same shared state: one
    /// createTempApplicationApiCredential for all of them (a refresh lease elects the
    /// process that mints it) and one export per 5 s for the project. Keys:
    /// `<prefix>:tums:<AccessKey>:temp-key` and `…:limit:export`. When the store
    /// fails, the client falls back to minting its own keys and its own gate (see
    /// [`client_core::shared`]).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use client_core::shared::SharedState;
    /// let shared = SharedState::in_memory("video"); // or SharedState::redis(url, prefix)
    /// let client = tums_client::Client::builder()
    ///     .credentials("my-ak", "my-sk")
    ///     .temp_credentials(Some(3600), Duration::from_secs(60))
    ///     .shared_state(shared)
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn shared_state(mut self, state: SharedState) -> Self {
        self.options.shared = Some(state);
        self
    }

    /// When the platform answers -10302 (timestamp more than 5 minutes off) and its
    /// response carries a `Date` header, adopt the server's clock for signing and
    /// re-sign the request once (a fresh nonce, so it is not a replay). On by default;
    /// turn it off to see every -10302.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use tums_client::api::region::GetPagedRootRegions;
    /// let skewed = tums_client::simulator::Simulator::builder().clock_skew(600).start().await?;
    /// let strict = skewed.client_builder().sync_clock_from_server(false).build()?;
    /// let err = strict.send(&GetPagedRootRegions::new()).await.unwrap_err();
    /// assert!(err.is_signature_error()); // -10302: timestamp 10 minutes off
    /// skewed.client()?.send(&GetPagedRootRegions::new()).await?; // on by default: re-signed
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn sync_clock_from_server(mut self, on: bool) -> Self {
        self.sync_clock = on;
        self
    }

    /// Builds the client.
    ///
    /// ```
    /// use tums_client::Client;
    /// assert!(Client::builder().credentials("my-ak", "").build().is_err()); // SK missing
    /// let client = Client::builder().credentials("my-ak", "my-sk").build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Client> {
        let access_key = self.access_key.filter(|s| !s.is_empty()).ok_or_else(|| {
            client_core::Error::Config("the TUMS access key (AK) is not set".into())
        })?;
        let secret_key = self.secret_key.filter(|s| !s.is_empty()).ok_or_else(|| {
            client_core::Error::Config("the TUMS secret key (SK) is not set".into())
        })?;
        let terminal_id = self
            .terminal_id
            .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
        if terminal_id.is_empty()
            || terminal_id.chars().count() > auth_signing::tums::MAX_TERMINAL_ID_LEN
            || terminal_id
                .chars()
                .any(|c| c == ',' || c == '=' || c.is_whitespace() || c.is_control())
        {
            return Err(client_core::Error::Config(
                "TerminalId must be 1..=64 characters without ',', '=' or spaces".into(),
            )
            .into());
        }
        let shared_account = access_key.clone();
        let given = Arc::new(Credentials {
            access_key,
            secret_key,
            refresh_at: None,
        });
        let (creds, temp) = match self.temp {
            Some((expire_time, margin)) => {
                if let Some(t) = expire_time {
                    CreateTempApplicationApiCredential::with_lifetime(t).validate()?;
                }
                let source = TempSource {
                    long_term: given,
                    expire_time,
                    margin,
                };
                (None, Some(source))
            }
            None => (Some(given), None),
        };
        let platform = Tums {
            terminal_id,
            creds: RwLock::new(creds),
            temp,
            refresh: tokio::sync::Mutex::new(()),
            export_gate: Arc::new(tokio::sync::Mutex::new(None)),
            export_interval: self.export_interval,
            export_mode: self.export_mode,
            clock_offset: Arc::new(AtomicI64::new(0)),
            sync_clock: self.sync_clock,
            shared: self.options.shared.clone().map(|s| (s, shared_account)),
        };
        let pipeline = Pipeline::new(
            platform,
            &self.options,
            Some(DEFAULT_BASE_URL),
            JSON_CONTENT_TYPE,
            None,
        )?;
        Ok(Client {
            pipeline,
            options: Arc::new(self.options),
        })
    }
}

impl Client {
    /// A builder with the defaults (official base URL, random TerminalId, default
    /// retry policy).
    ///
    /// ```
    /// let client = tums_client::Client::builder()
    ///     .credentials("my-ak", "my-sk")
    ///     .timeout(std::time::Duration::from_secs(10))
    ///     .build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from the environment: `TUMS_AK`, `TUMS_SK` (required), `TUMS_BASE_URL`
    /// (default [`DEFAULT_BASE_URL`]) and `TUMS_TERMINAL_ID` (default: a UUID).
    ///
    /// ```no_run
    /// // TUMS_AK=… TUMS_SK=… [TUMS_BASE_URL=…] [TUMS_TERMINAL_ID=…]
    /// let client = tums_client::Client::from_env()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_env() -> Result<Client> {
        Self::builder_from_env()?.build()
    }

    /// The builder [`Client::from_env`] uses, for further settings. A partial
    /// configuration is an error naming the missing variable.
    ///
    /// ```no_run
    /// let client = tums_client::Client::builder_from_env()?
    ///     .timeout(std::time::Duration::from_secs(5))
    ///     .build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder_from_env() -> Result<ClientBuilder> {
        let env = client_core::env::require(
            &["TUMS_AK", "TUMS_SK"],
            &["TUMS_BASE_URL", "TUMS_TERMINAL_ID"],
        )?;
        Ok(Self::builder_from_values(&env)?)
    }

    /// The builder for values read with [`client_core::env::group`] /
    /// [`client_core::env::require`] over [`Client::ENV_REQUIRED`] and
    /// [`Client::ENV_OPTIONAL`].
    ///
    /// ```no_run
    /// use tums_client::Client;
    /// // None when no TUMS_* variable is set; an error naming the variable when one is missing.
    /// match client_core::env::group(Client::ENV_REQUIRED, Client::ENV_OPTIONAL)? {
    ///     Some(env) => println!("{:?}", Client::builder_from_values(&env)?.build()?),
    ///     None => println!("TUMS_AK and TUMS_SK are not set"),
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder_from_values(
        env: &client_core::env::EnvValues,
    ) -> std::result::Result<ClientBuilder, client_core::Error> {
        let mut b = Client::builder().credentials(
            env.required("TUMS_AK")?.to_owned(),
            env.required("TUMS_SK")?.to_owned(),
        );
        if let Some(url) = env.get("TUMS_BASE_URL") {
            b = b.base_url(url);
        }
        if let Some(id) = env.get("TUMS_TERMINAL_ID") {
            b = b.terminal_id(id);
        }
        Ok(b)
    }

    /// The variables [`Client::from_env`] requires.
    pub const ENV_REQUIRED: &'static [&'static str] = &["TUMS_AK", "TUMS_SK"];
    /// The variables [`Client::from_env`] reads when set.
    pub const ENV_OPTIONAL: &'static [&'static str] = &["TUMS_BASE_URL", "TUMS_TERMINAL_ID"];

    /// The base URL requests go to.
    ///
    /// ```
    /// let client = tums_client::Client::builder().credentials("my-ak", "my-sk").build()?;
    /// assert_eq!(client.base_url().as_str(), "https://api-smbcloud.tp-link.com.cn/");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn base_url(&self) -> &url::Url {
        self.pipeline.base_url()
    }

    /// The TerminalId sent in every `X-Authorization` header.
    ///
    /// ```
    /// let client = tums_client::Client::builder().credentials("my-ak", "my-sk").build()?;
    /// assert_eq!(client.terminal_id().len(), 32); // a UUID unless set with the builder
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn terminal_id(&self) -> &str {
        &self.pipeline.platform().terminal_id
    }

    /// The AccessKey currently used to sign (a temporary one once fetched), if known.
    ///
    /// ```
    /// let client = tums_client::Client::builder().credentials("my-ak", "my-sk").build()?;
    /// assert_eq!(client.access_key().as_deref(), Some("my-ak"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn access_key(&self) -> Option<String> {
        self.pipeline
            .platform()
            .snapshot()
            .map(|c| c.access_key.clone())
    }

    /// A new client (sharing this one's connection pool and settings) that signs with
    /// temporary credentials minted now from this client's keys
    /// (createTempApplicationApiCredential, 1.4.1.1). With `refresh`, it renews them
    /// [`DEFAULT_REFRESH_MARGIN`] before `expireTime` (at most half their lifetime
    /// early); without, it uses them until they expire (-10304 afterwards).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use tums_client::api::region::GetPagedRootRegions;
    /// let temp = client.with_temp_credentials(Some(3600), true).await?;
    /// temp.send(&GetPagedRootRegions::new()).await?;
    /// assert_ne!(temp.access_key(), client.access_key());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn with_temp_credentials(
        &self,
        expire_time: Option<i64>,
        refresh: bool,
    ) -> Result<Client> {
        let p = self.pipeline.platform();
        // Only long-term keys may mint temporary ones (-82401 otherwise, 1.4.1.1).
        let long_term = match &p.temp {
            Some(source) => source.long_term.clone(),
            None => {
                p.credentials(&self.pipeline, &Prepared::new(http::Method::POST, "/"))
                    .await?
            }
        };
        let cred = fetch_temp(&self.pipeline, expire_time, &long_term).await?;
        let now = DateTime::<Utc>::from_timestamp(p.now(), 0).unwrap_or_else(Utc::now);
        let creds = Arc::new(Credentials {
            access_key: cred.temp_ak.clone(),
            secret_key: cred.temp_sk.clone(),
            refresh_at: Some(refresh_time(
                &cred,
                DEFAULT_REFRESH_MARGIN,
                now,
                expire_time,
            )),
        });
        let platform = Tums {
            terminal_id: p.terminal_id.clone(),
            creds: RwLock::new(Some(creds)),
            temp: refresh.then(|| TempSource {
                long_term,
                expire_time,
                margin: DEFAULT_REFRESH_MARGIN,
            }),
            refresh: tokio::sync::Mutex::new(()),
            export_gate: p.export_gate.clone(),
            export_interval: p.export_interval,
            export_mode: p.export_mode,
            clock_offset: p.clock_offset.clone(),
            sync_clock: p.sync_clock,
            // Keys minted for this derived client are its own; the export gate stays
            // the project's.
            shared: None,
        };
        let pipeline = Pipeline::with_transport(
            platform,
            self.pipeline.transport().clone(),
            &self.options,
            self.pipeline.rate_limiter().cloned(),
        );
        Ok(Client {
            pipeline,
            options: self.options.clone(),
        })
    }

    /// Sends one typed request and returns its `result`.
    ///
    /// * the request is validated first (documented ranges; nothing is sent when it
    ///   fails) and encoded once;
    /// * each attempt signs those exact bytes with a fresh timestamp and nonce;
    /// * a non-zero `error_code` is [`Error::Api`] (never an empty success); a
    ///   `failList` (top level, or inside `result`) is [`Error::PartialFailure`];
    /// * an absent `result` decodes `E::Response` from `null` (so [`client_core::Ack`]
    ///   works).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use tums_client::api::region::AddRegion;
    /// let added = client.send(&AddRegion::new("Building A", "0")).await?;
    /// assert_eq!(added.region_level, 1);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response> {
        self.pipeline.send(endpoint).await
    }

    /// Sends one typed request and returns the envelope as received: `error_code`,
    /// `msg`, `result` (as JSON) and `failList`, without turning a non-zero code into an
    /// error (transport and HTTP errors still are). The escape hatch for odd shapes,
    /// such as -80703 which carries a `result` (1.4.5.3/4).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use tums_client::api::region::DeleteRegion;
    /// let default = sim.default_region_id().unwrap();
    /// let answer = client.raw(&DeleteRegion { region_id: default }).await?;
    /// assert_eq!(answer.error_code, -80405); // 默认分组不可删除, not an Err
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn raw<E: Endpoint>(&self, endpoint: &E) -> Result<Envelope<Value>> {
        self.raw_prepared(&Prepared::from_endpoint(endpoint)?).await
    }

    /// [`Client::raw`] for any prepared request (a path this SDK does not model),
    /// signed like every other request.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use tums_client::Prepared;
    /// let req = Prepared::new(http::Method::POST, "/tums/open/resource/v1/getPagedRootRegions")
    ///     .with_json(r#"{"start":0,"limit":10}"#);
    /// let answer = client.raw_prepared(&req).await?;
    /// assert_eq!(answer.error_code, 0);
    /// println!("{}", answer.result.unwrap()["total"]);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn raw_prepared(&self, req: &Prepared) -> Result<Envelope<Value>> {
        let resp = self.pipeline.execute_raw(req).await?;
        serde_json::from_slice(&resp.body).map_err(|e| decode_error(req, &resp.body, e))
    }

    /// Interprets one raw answer of endpoint `E` exactly as [`Client::send`] does —
    /// HTTP 429, the TUMS envelope, `failList`, a non-zero `error_code`, other HTTP
    /// statuses, then the payload decoded as `E::Response` (null members count as
    /// absent) — without sending anything. For tests, fuzzing and replaying captured
    /// answers; credential endpoints keep no excerpt of the body in their errors.
    ///
    /// ```
    /// use tums_client::api::region::AddRegion;
    /// let client = tums_client::Client::builder().credentials("my-ak", "my-sk").build()?;
    /// let body = r#"{"error_code":0,"result":{"regionId":"7","regionLevel":1,"order":1}}"#;
    /// let added = client.decode_answer::<AddRegion>(http::StatusCode::OK, body)?;
    /// assert_eq!(added.region_id, "7");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn decode_answer<E: Endpoint>(
        &self,
        status: http::StatusCode,
        body: impl Into<bytes::Bytes>,
    ) -> Result<E::Response> {
        let mut req = Prepared::new(E::METHOD, E::PATH);
        req.sensitive_response = E::SENSITIVE_RESPONSE;
        let resp = RawResponse {
            path: E::PATH.into(),
            status,
            headers: http::HeaderMap::new(),
            body: body.into(),
        };
        let decoded = client_core::pipeline::interpret_payload(
            self.pipeline.platform(),
            &req,
            resp,
            &|env, resp| decode_payload(&req, env, resp),
        )
        .map(|(payload, _)| payload)
        .map_err(|(e, _)| e);
        if E::SENSITIVE_RESPONSE {
            decoded.map_err(withhold_message)
        } else {
            decoded
        }
    }

    /// Streams every item of a `start`/`limit` listing, fetching pages lazily (and
    /// prefetching the next one when the builder enabled it). The stream stops at
    /// `total`, on a short or empty page, and ends with the first error. The request's
    /// documented limit is checked before anything is sent.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use futures::TryStreamExt;
    /// use tums_client::api::region::GetPagedRootRegions;
    /// sim.seed_regions(120);
    /// let all: Vec<_> = client
    ///     .stream(GetPagedRootRegions::new()) // 50 per page by default
    ///     .try_collect()
    ///     .await?;
    /// assert_eq!(all.len(), 121); // with the default region
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn stream<P: Paged>(&self, request: P) -> PageStream<P::Item, Error> {
        // The caller's own page size is checked as given (the paginator may clamp it).
        if let Err(e) = request.validate() {
            return Box::pin(futures::stream::once(async move { Err(Error::from(e)) }));
        }
        self.pipeline.stream(request)
    }

    /// Sends a multipart upload ([`crate::api::upload::Upload`], e.g.
    /// [`crate::api::ai_inspection::AiInspectionUpload`]) through the same pipeline as
    /// [`Client::send`]: validated first, signed for each attempt over the literal `{}`
    /// (a body that is not JSON, 1.2.2.2), never retried once the platform may have
    /// received it; the answer is interpreted exactly as [`Client::send`] does.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = tums_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use tums_client::api::ai_inspection::AiInspectionUpload;
    /// use tums_client::api::upload::UploadFile;
    /// let photo = UploadFile::new("shelf.jpg", vec![0xff, 0xd8, 0xff, 0xe0]);
    /// let task = client.upload(&AiInspectionUpload::new(vec!["smoking-detection".into()], vec![photo])).await?;
    /// assert!(!task.task_id.is_empty());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn upload<U: crate::api::upload::Upload>(&self, upload: &U) -> Result<U::Response> {
        upload.validate()?;
        let mut req = Prepared::new(http::Method::POST, U::PATH);
        req.body = client_core::RequestBody::Multipart(upload.fields()?);
        self.pipeline
            .execute(&req, |env, resp| decode_payload(&req, env, resp))
            .await
    }
}

/// When to renew `cred`: `margin` before `expireTime`, but not before half its
/// lifetime. A missing `createTime` counts as `now`; a missing `expireTime` as the
/// lifetime asked for (`requested`, or the platform's default 1800 s, 1.4.1.1).
fn refresh_time(
    cred: &TempCredential,
    margin: Duration,
    now: DateTime<Utc>,
    requested: Option<i64>,
) -> DateTime<Utc> {
    let create = cred.create_time.unwrap_or(now);
    let expire = cred.expire_time.unwrap_or_else(|| {
        create
            + chrono::TimeDelta::seconds(
                requested.unwrap_or(CreateTempApplicationApiCredential::DEFAULT_EXPIRE_TIME),
            )
    });
    let lifetime = (expire - create).max(chrono::TimeDelta::zero());
    let margin = chrono::TimeDelta::from_std(margin)
        .unwrap_or(chrono::TimeDelta::MAX)
        .min(lifetime / 2);
    expire - margin
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use http::HeaderMap;

    const PATH: &str = "/tums/open/test/v1/op";

    /// A 200 answer through the pipeline's one interpretation, with the TUMS platform.
    fn interpret<T: serde::de::DeserializeOwned>(body: &str) -> Result<T> {
        let req = Prepared::new(http::Method::POST, PATH);
        let resp = RawResponse {
            path: PATH.into(),
            status: http::StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from(body.to_owned()),
        };
        let client = Client::builder()
            .credentials("ak", "sk")
            .build()
            .expect("client");
        client_core::pipeline::interpret(client.pipeline.platform(), &req, resp, &|env, resp| {
            decode_payload(&req, env, resp)
        })
        .map_err(|(e, _)| e)
    }

    #[test]
    fn absent_result_decodes_ack_and_null_options() {
        interpret::<client_core::Ack>(r#"{"error_code":0}"#).unwrap();
        let v: Option<i64> = interpret(r#"{"error_code":0}"#).unwrap();
        assert_eq!(v, None);
        // A result that is required but absent is a decode error, not an empty success.
        let e = interpret::<Vec<i64>>(r#"{"error_code":0}"#).unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::Decode { .. })),
            "{e:?}"
        );
    }

    #[test]
    fn result_key_with_a_trailing_space_is_read() {
        let v: serde_json::Value = interpret(r#"{"error_code":0,"result ":{"url":"u"}}"#).unwrap();
        assert_eq!(v["url"], "u");
    }

    #[test]
    fn non_zero_code_is_an_error_even_with_a_result() {
        let e = interpret::<serde_json::Value>(
            r#"{"error_code":-80703,"msg":"URL not ready","result":{"sessionId":"s","token":"t"}}"#,
        )
        .unwrap_err();
        match &e {
            Error::Api(api) => {
                assert_eq!(api.code, ErrorCode::UrlNotReady);
                assert_eq!(api.message.as_deref(), Some("URL not ready"));
                assert_eq!(api.path, PATH);
            }
            other => panic!("{other:?}"),
        }
        // The message names the endpoint.
        assert!(e.to_string().contains(PATH), "{e}");
    }

    #[test]
    fn fail_list_inside_result_with_success_list() {
        // 1.4.3.7's example shape: successList and failList inside result, errorCode.
        let e = interpret::<serde_json::Value>(
            r#"{"error_code":0,"result":{"successList":[{"qrCode":"A"}],
                "failList":[{"qrCode":"B","errorCode":-71551,"message":null}]}}"#,
        )
        .unwrap_err();
        match e {
            Error::PartialFailure {
                code,
                fail_list,
                result,
            } => {
                assert_eq!(code.code(), 0);
                assert_eq!(fail_list.len(), 1);
                assert_eq!(fail_list[0].qr_code.as_deref(), Some("B"));
                assert_eq!(fail_list[0].error_code, -71551);
                let result = result.unwrap();
                assert_eq!(result["successList"][0]["qrCode"], "A");
                assert!(result.get("failList").is_none());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn top_level_fail_list_keeps_a_non_zero_code() {
        let e = interpret::<client_core::Ack>(
            r#"{"error_code":-80414,"failList":[{"mac":"00-FF-00-17-00-18","error_code":-80391}]}"#,
        )
        .unwrap_err();
        match &e {
            Error::PartialFailure {
                code, fail_list, ..
            } => {
                assert_eq!(*code, ErrorCode::E80414);
                assert_eq!(fail_list[0].error_code, -80391);
            }
            other => panic!("{other:?}"),
        }
        assert!(e.to_string().contains("00-FF-00-17-00-18"), "{e}");
        // An empty failList is a success.
        interpret::<client_core::Ack>(r#"{"error_code":0,"failList":[]}"#).unwrap();
    }

    #[test]
    fn html_body_is_a_decode_error_with_an_excerpt() {
        let e = interpret::<client_core::Ack>("<html>gateway</html>").unwrap_err();
        match e {
            Error::Core(client_core::Error::Decode { excerpt, path, .. }) => {
                assert!(excerpt.contains("gateway"));
                assert_eq!(path, PATH);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn builder_checks_its_inputs_and_never_prints_the_secret() {
        assert!(Client::builder().credentials("ak", "").build().is_err());
        assert!(Client::builder().credentials("", "sk").build().is_err());
        assert!(Client::builder()
            .credentials("ak", "sk")
            .terminal_id("x".repeat(65))
            .build()
            .is_err());
        assert!(Client::builder()
            .credentials("ak", "sk")
            .base_url("ftp://example.com")
            .build()
            .is_err());
        let c = Client::builder()
            .credentials("ak", "super-secret-sk")
            .terminal_id("t-1")
            .build()
            .unwrap();
        assert_eq!(
            c.base_url().as_str(),
            "https://api-smbcloud.tp-link.com.cn/"
        );
        let dbg = format!("{c:?}");
        assert!(
            dbg.contains("t-1") && !dbg.contains("super-secret-sk"),
            "{dbg}"
        );
    }

    #[test]
    fn refresh_happens_before_expiry_but_not_before_half_the_lifetime() {
        let t = |s| DateTime::<Utc>::from_timestamp(s, 0).unwrap();
        let cred = |create, expire| TempCredential {
            temp_ak: "a".into(),
            temp_sk: Secret::new("s"),
            create_time: Some(t(create)),
            expire_time: Some(t(expire)),
            policy_id_list: Vec::new(),
            dev_list: Vec::new(),
        };
        let m = Duration::from_secs(60);
        assert_eq!(refresh_time(&cred(1000, 4600), m, t(0), None), t(4540));
        assert_eq!(refresh_time(&cred(1000, 1030), m, t(0), None), t(1015));
        // Times absent: from now, over the lifetime asked for (or the default 1800 s).
        let bare = TempCredential {
            create_time: None,
            expire_time: None,
            ..cred(0, 0)
        };
        assert_eq!(refresh_time(&bare, m, t(100), Some(3600)), t(3640));
        assert_eq!(refresh_time(&bare, m, t(100), None), t(1840));
    }

    #[test]
    fn export_paths_are_the_seed_paths() {
        // The gate's paths are the two export endpoints' PATH constants, and the seed
        // documents both under the 5 s limit (1.4.9.3, 1.4.9.4).
        let seed = include_str!("../fixtures/seed-export-limit.txt");
        assert_eq!(RATE_LIMITED_EXPORT_PATHS.len(), 2);
        for p in RATE_LIMITED_EXPORT_PATHS {
            assert!(seed.contains(p), "{p} is not in the seed's export sections");
        }
        assert!(seed.contains("每个项目5s内限制导出一次"));
        assert_ne!(RATE_LIMITED_EXPORT_PATHS[0], RATE_LIMITED_EXPORT_PATHS[1]);
    }
}
