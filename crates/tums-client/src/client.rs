//! [`Client`]: signs, sends, retries and decodes every TUMS call.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use client_core::{
    paginate, Endpoint, PageStream, Paged, PaginateOptions, RateLimiter, RawRequest, RawResponse,
    RequestBody, RetryPolicy, Secret, Transport, TransportConfig,
};
use futures::StreamExt;
use http::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::api::credential::{CreateTempApplicationApiCredential, TempCredential};
use crate::envelope::{Envelope, FailItem};
use crate::error::{Error, Result};
use crate::error_codes::ErrorCode;

/// The platform's public address (1.1 相关术语: api-smbcloud.tplinkcloud.com.cn).
pub const DEFAULT_BASE_URL: &str = "https://api-smbcloud.tplinkcloud.com.cn";

/// The export endpoints the seed limits to one call per 5 s per project
/// (每个项目5s内限制导出一次, 1.4.9.3 and 1.4.9.4). The client keeps one gate for both.
pub const RATE_LIMITED_EXPORT_PATHS: [&str; 2] = [
    "/vms/open/vehicleManager/v1/exportAllVehicleDetectionRecords",
    "/vms/open/vehicleManager/v1/exportAllEntryAndLeaveRecords",
];

/// The seed's export interval (5 s, 1.4.9.3/4).
pub const EXPORT_INTERVAL: Duration = Duration::from_secs(5);

/// How long before `expireTime` temporary credentials are refreshed, by default.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// What the client does when an export would break the 5 s limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportLimitMode {
    /// Wait until the interval has passed, then send (default).
    #[default]
    Wait,
    /// Fail at once with [`Error::RateLimited`], without sending.
    Reject,
}

/// One AK/SK pair and, for temporary keys, when it expires.
struct Credentials {
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

struct Inner {
    transport: Transport,
    terminal_id: String,
    retry: RetryPolicy,
    limiter: Option<RateLimiter>,
    prefetch: bool,
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
}

/// The TUMS open API client.
///
/// Cheap to clone (an `Arc` inside, one connection pool), `Send + Sync`. Every request
/// is validated, encoded once, then — inside the retry loop, for every attempt —
/// signed with a fresh timestamp and nonce over exactly the bytes sent.
///
/// ```no_run
/// # async fn demo() -> Result<(), tums_client::Error> {
/// use tums_client::api::region::AddRegion;
/// let client = tums_client::Client::builder()
///     .access_key("my-ak")
///     .secret_key("my-sk")
///     .build()?;
/// let added = client.send(&AddRegion::new("Building A", "0")).await?;
/// println!("region {} at level {}", added.region_id, added.region_level);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.transport.base_url().as_str())
            .field("access_key", &self.access_key())
            .field("terminal_id", &self.inner.terminal_id)
            .field("temporary_credentials", &self.inner.temp.is_some())
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`]. Only the AK and SK are required.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    access_key: Option<String>,
    secret_key: Option<Secret>,
    terminal_id: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: RetryPolicy,
    limiter: Option<RateLimiter>,
    prefetch: bool,
    temp: Option<(Option<i64>, Duration)>,
    export_interval: Duration,
    export_mode: ExportLimitMode,
    sync_clock: bool,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            access_key: None,
            secret_key: None,
            terminal_id: None,
            timeout: None,
            connect_timeout: None,
            retry: RetryPolicy::default(),
            limiter: None,
            prefetch: false,
            temp: None,
            export_interval: EXPORT_INTERVAL,
            export_mode: ExportLimitMode::Wait,
            sync_clock: true,
        }
    }
}

impl ClientBuilder {
    /// The platform address, scheme + host (+ port). Defaults to
    /// [`DEFAULT_BASE_URL`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The application's AccessKey (AK).
    pub fn access_key(mut self, ak: impl Into<String>) -> Self {
        self.access_key = Some(ak.into());
        self
    }

    /// The application's SecretKey (SK). Kept in a [`Secret`]: never printed.
    pub fn secret_key(mut self, sk: impl Into<Secret>) -> Self {
        self.secret_key = Some(sk.into());
        self
    }

    /// Uses a temporary AK/SK obtained elsewhere (for example handed out by your
    /// backend, 1.2.2.5). It is used as is and not refreshed.
    pub fn temp_credential(mut self, cred: &TempCredential) -> Self {
        self.access_key = Some(cred.temp_ak.clone());
        self.secret_key = Some(cred.temp_sk.clone());
        self
    }

    /// Signs requests with temporary credentials minted from the configured long-term
    /// AK/SK (createTempApplicationApiCredential, 1.4.1.1) instead of the long-term keys
    /// themselves. The first request fetches them; they are refreshed
    /// `refresh_margin` before `expireTime` (at most half their lifetime early), with
    /// one refresh in flight however many requests are waiting.
    ///
    /// `expire_time` is the lifetime to ask for in seconds (`[1, 86400]`; `None` = the
    /// platform's default of 1800).
    pub fn temp_credentials(mut self, expire_time: Option<i64>, refresh_margin: Duration) -> Self {
        self.temp = Some((expire_time, refresh_margin));
        self
    }

    /// The TerminalId of the `X-Authorization` header (≤ 64 characters). Defaults to a
    /// UUID generated once per client; keep a stable value per installation if you can.
    pub fn terminal_id(mut self, id: impl Into<String>) -> Self {
        self.terminal_id = Some(id.into());
        self
    }

    /// Timeout of one attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Retry policy (default: [`RetryPolicy::default`]). Retries re-sign every attempt.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// A client-side rate limit on every request (the seed states none in general;
    /// use your plan's quota). Shared by every clone of the client.
    pub fn rate_limiter(mut self, limiter: RateLimiter) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// Fetch the next page while the caller consumes the current one in
    /// [`Client::stream`] (off by default).
    pub fn prefetch(mut self, on: bool) -> Self {
        self.prefetch = on;
        self
    }

    /// The interval between two export calls (default and seed value 5 s; see
    /// [`RATE_LIMITED_EXPORT_PATHS`]).
    pub fn export_interval(mut self, interval: Duration) -> Self {
        self.export_interval = interval;
        self
    }

    /// Wait (default) or fail when an export would come too early.
    pub fn export_limit_mode(mut self, mode: ExportLimitMode) -> Self {
        self.export_mode = mode;
        self
    }

    /// When the platform answers -10302 (timestamp more than 5 minutes off) and its
    /// response carries a `Date` header, adopt the server's clock for signing and
    /// re-sign the request once (a fresh nonce, so it is not a replay). On by default;
    /// turn it off to see every -10302.
    pub fn sync_clock_from_server(mut self, on: bool) -> Self {
        self.sync_clock = on;
        self
    }

    /// Builds the client.
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
        let mut config = TransportConfig::parse(&self.base_url)?;
        if let Some(t) = self.timeout {
            config.timeout = t;
        }
        if let Some(t) = self.connect_timeout {
            config.connect_timeout = t;
        }
        let transport = Transport::new(&config)?;
        let given = Arc::new(Credentials {
            access_key,
            secret_key,
            refresh_at: None,
        });
        let (creds, temp) = match self.temp {
            Some((expire_time, margin)) => {
                if let Some(t) = expire_time {
                    CreateTempApplicationApiCredential {
                        expire_time: Some(t),
                    }
                    .validate()?;
                }
                (
                    None,
                    Some(TempSource {
                        long_term: given,
                        expire_time,
                        margin,
                    }),
                )
            }
            None => (Some(given), None),
        };
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                terminal_id,
                retry: self.retry,
                limiter: self.limiter,
                prefetch: self.prefetch,
                creds: RwLock::new(creds),
                temp,
                refresh: tokio::sync::Mutex::new(()),
                export_gate: Arc::new(tokio::sync::Mutex::new(None)),
                export_interval: self.export_interval,
                export_mode: self.export_mode,
                clock_offset: Arc::new(AtomicI64::new(0)),
                sync_clock: self.sync_clock,
            }),
        })
    }
}

/// A request ready to be signed: encoded once, reused by every attempt.
struct Prepared {
    method: http::Method,
    path: &'static str,
    query: Option<String>,
    body: Option<Bytes>,
    idempotent: bool,
}

impl Client {
    /// A builder with the defaults (official base URL, random TerminalId, default
    /// retry policy).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from the environment: `TUMS_AK`, `TUMS_SK` (required), `TUMS_BASE_URL`
    /// (default [`DEFAULT_BASE_URL`]) and `TUMS_TERMINAL_ID` (default: a UUID).
    pub fn from_env() -> Result<Client> {
        Self::builder_from_env()?.build()
    }

    /// The builder [`Client::from_env`] uses, for further settings.
    pub fn builder_from_env() -> Result<ClientBuilder> {
        fn var(name: &str) -> Option<String> {
            std::env::var(name).ok().filter(|v| !v.trim().is_empty())
        }
        let ak = var("TUMS_AK").ok_or_else(|| {
            client_core::Error::Config("environment variable TUMS_AK is not set".into())
        })?;
        let sk = var("TUMS_SK").ok_or_else(|| {
            client_core::Error::Config("environment variable TUMS_SK is not set".into())
        })?;
        let mut b = Client::builder().access_key(ak).secret_key(sk);
        if let Some(url) = var("TUMS_BASE_URL") {
            b = b.base_url(url);
        }
        if let Some(id) = var("TUMS_TERMINAL_ID") {
            b = b.terminal_id(id);
        }
        Ok(b)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &url::Url {
        self.inner.transport.base_url()
    }

    /// The TerminalId sent in every `X-Authorization` header.
    pub fn terminal_id(&self) -> &str {
        &self.inner.terminal_id
    }

    /// The AccessKey currently used to sign (a temporary one once fetched), if known.
    pub fn access_key(&self) -> Option<String> {
        self.snapshot().map(|c| c.access_key.clone())
    }

    /// A new client (sharing this one's connection pool and settings) that signs with
    /// temporary credentials minted now from this client's keys
    /// (createTempApplicationApiCredential, 1.4.1.1). With `refresh`, it renews them
    /// [`DEFAULT_REFRESH_MARGIN`] before `expireTime` (at most half their lifetime
    /// early); without, it uses them until they expire (-10304 afterwards).
    pub async fn with_temp_credentials(
        &self,
        expire_time: Option<i64>,
        refresh: bool,
    ) -> Result<Client> {
        // Only long-term keys may mint temporary ones (-82401 otherwise, 1.4.1.1).
        let long_term = match &self.inner.temp {
            Some(source) => source.long_term.clone(),
            None => self.current_credentials().await?,
        };
        let req = CreateTempApplicationApiCredential { expire_time };
        let cred = self.send_signed_by(&req, long_term.clone()).await?;
        let creds = Arc::new(Credentials {
            access_key: cred.temp_ak.clone(),
            secret_key: cred.temp_sk.clone(),
            refresh_at: Some(refresh_time(&cred, DEFAULT_REFRESH_MARGIN)),
        });
        let inner = &self.inner;
        Ok(Client {
            inner: Arc::new(Inner {
                transport: inner.transport.clone(),
                terminal_id: inner.terminal_id.clone(),
                retry: inner.retry.clone(),
                limiter: inner.limiter.clone(),
                prefetch: inner.prefetch,
                creds: RwLock::new(Some(creds)),
                temp: refresh.then(|| TempSource {
                    long_term,
                    expire_time,
                    margin: DEFAULT_REFRESH_MARGIN,
                }),
                refresh: tokio::sync::Mutex::new(()),
                export_gate: inner.export_gate.clone(),
                export_interval: inner.export_interval,
                export_mode: inner.export_mode,
                clock_offset: inner.clock_offset.clone(),
                sync_clock: inner.sync_clock,
            }),
        })
    }

    /// Sends one typed request and returns its `result`.
    ///
    /// * the request is validated first (documented ranges; nothing is sent when it
    ///   fails) and encoded once;
    /// * each attempt signs those exact bytes with a fresh timestamp and nonce;
    /// * a non-zero `error_code` is [`Error::Api`] (never an empty success); a
    ///   `failList` (top level, or inside `result`) is [`Error::PartialFailure`];
    /// * an absent `result` decodes `E::Response` from `null` (so `()` works).
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response> {
        let prepared = prepare(endpoint)?;
        self.run(&prepared, |resp| interpret::<E::Response>(&resp))
            .await
    }

    /// Sends one typed request and returns the decoded envelope as is: `error_code`,
    /// `msg`, `result` (as JSON) and `failList`, without turning a non-zero code into an
    /// error (transport and HTTP errors still are). The escape hatch for odd shapes,
    /// such as -80703 which carries a `result` (1.4.5.3/4). Vendor codes are not
    /// retried here.
    pub async fn raw<E: Endpoint>(&self, endpoint: &E) -> Result<Envelope<Value>> {
        let prepared = prepare(endpoint)?;
        self.run(&prepared, |resp| decode_envelope(&resp)).await
    }

    /// Streams every item of a `start`/`limit` listing, fetching pages lazily (and
    /// prefetching the next one when the builder enabled it). The stream stops at
    /// `total`, on a short or empty page, and ends with the first error. The request's
    /// documented limit is checked before anything is sent.
    pub fn stream<P: Paged>(&self, request: P) -> PageStream<P::Item, Error> {
        if let Err(e) = request.validate() {
            return futures::stream::once(async move { Err(Error::from(e)) }).boxed();
        }
        let client = self.clone();
        let opts = PaginateOptions::new(request.page_size()).prefetch(self.inner.prefetch);
        paginate(opts, move |page| {
            let client = client.clone();
            let mut req = request.clone();
            req.set_page(page);
            async move {
                let resp = client.send(&req).await?;
                Ok::<_, Error>(P::into_page(resp))
            }
        })
    }

    fn snapshot(&self) -> Option<Arc<Credentials>> {
        match self.inner.creds.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn store(&self, creds: Arc<Credentials>) {
        match self.inner.creds.write() {
            Ok(mut g) => *g = Some(creds),
            Err(poisoned) => *poisoned.into_inner() = Some(creds),
        }
    }

    /// The credentials to sign the next attempt with, fetching or refreshing temporary
    /// ones when due (one refresh in flight at a time).
    async fn current_credentials(&self) -> Result<Arc<Credentials>> {
        // expireTime is on the server's clock: compare with the corrected one.
        let now = DateTime::<Utc>::from_timestamp(self.now(), 0).unwrap_or_else(Utc::now);
        let due = |c: &Credentials| c.refresh_at.is_some_and(|at| now >= at);
        let Some(source) = &self.inner.temp else {
            return self.snapshot().ok_or_else(|| {
                Error::from(client_core::Error::Config(
                    "no credentials configured".into(),
                ))
            });
        };
        if let Some(c) = self.snapshot().filter(|c| !due(c)) {
            return Ok(c);
        }
        let _flight = self.inner.refresh.lock().await;
        if let Some(c) = self.snapshot().filter(|c| !due(c)) {
            return Ok(c);
        }
        let req = CreateTempApplicationApiCredential {
            expire_time: source.expire_time,
        };
        let cred = self
            .send_signed_by(&req, source.long_term.clone())
            .await
            .map_err(|e| Error::Credentials(Box::new(e)))?;
        tracing::debug!(expires = %cred.expire_time, "fetched temporary TUMS credentials");
        let creds = Arc::new(Credentials {
            access_key: cred.temp_ak.clone(),
            secret_key: cred.temp_sk.clone(),
            refresh_at: Some(refresh_time(&cred, source.margin)),
        });
        self.store(creds.clone());
        Ok(creds)
    }

    async fn send_signed_by<E: Endpoint>(
        &self,
        endpoint: &E,
        creds: Arc<Credentials>,
    ) -> Result<E::Response> {
        let prepared = prepare(endpoint)?;
        self.run_with(
            &prepared,
            || {
                let c = creds.clone();
                async move { Ok(c) }
            },
            |resp| interpret::<E::Response>(&resp),
        )
        .await
    }

    /// The retry loop: every attempt picks credentials, waits for the limiters, signs
    /// afresh, sends and decodes.
    async fn run<T, D>(&self, req: &Prepared, decode: D) -> Result<T>
    where
        D: Fn(RawResponse) -> Result<T>,
    {
        self.run_with(req, || self.current_credentials(), decode)
            .await
    }

    /// [`Client::run`] with the credentials supplied by `creds` (the temporary-key
    /// fetch signs with the long-term keys and must not ask for temporary ones).
    async fn run_with<T, D, C, CF>(&self, req: &Prepared, creds: C, decode: D) -> Result<T>
    where
        D: Fn(RawResponse) -> Result<T>,
        C: Fn() -> CF,
        CF: std::future::Future<Output = Result<Arc<Credentials>>>,
    {
        client_core::retry(&self.inner.retry, req.idempotent, || async {
            let creds = creds().await?;
            if let Some(limiter) = &self.inner.limiter {
                limiter.acquire().await;
            }
            self.export_gate(req.path).await?;
            let mut clock_synced = false;
            loop {
                let raw = self.sign(req, &creds)?;
                let resp = self.inner.transport.send(raw).await?;
                let resp = resp.error_for_status()?;
                let server_time = server_date(&resp);
                let result = decode(resp);
                if let (Err(Error::Api { code, .. }), Some(server), false) =
                    (&result, server_time, clock_synced)
                {
                    if *code == ErrorCode::SignatureExpired && self.inner.sync_clock {
                        let offset = server - client_core::unix_seconds();
                        tracing::warn!(
                            offset_seconds = offset,
                            "TUMS rejected the timestamp (-10302); signing with the server's clock"
                        );
                        self.inner.clock_offset.store(offset, Ordering::Relaxed);
                        clock_synced = true;
                        continue;
                    }
                }
                return result;
            }
        })
        .await
    }

    /// The clock used for signing: local UNIX seconds plus the learned offset.
    fn now(&self) -> i64 {
        client_core::unix_seconds() + self.inner.clock_offset.load(Ordering::Relaxed)
    }

    /// Signs one attempt: fresh UNIX-seconds timestamp and 32-character nonce over the
    /// exact body bytes (or `{}` when there is no body).
    fn sign(&self, req: &Prepared, creds: &Credentials) -> Result<RawRequest> {
        let payload: &[u8] = req.body.as_deref().unwrap_or(b"");
        let sig = auth_signing::tums::sign(
            &auth_signing::tums::TumsRequest {
                method: req.method.as_str(),
                path: req.path,
                payload,
            },
            &auth_signing::tums::TumsCredentials {
                access_key: &creds.access_key,
                secret_key: creds.secret_key.expose(),
                terminal_id: &self.inner.terminal_id,
            },
            self.now(),
            &client_core::uuid_nonce(),
        )
        .map_err(client_core::Error::from)?;
        let mut headers = HeaderMap::new();
        headers.insert(
            auth_signing::tums::HEADER,
            client_core::secret::sensitive_header(&sig.header_value)?,
        );
        Ok(RawRequest {
            method: req.method.clone(),
            path: req.path.to_owned(),
            query: req.query.clone(),
            headers,
            body: match &req.body {
                Some(b) => RequestBody::Json(b.clone()),
                None => RequestBody::None,
            },
        })
    }

    /// The client-side export limit (1.4.9.3/4): at most one export per interval.
    async fn export_gate(&self, path: &str) -> Result<()> {
        if !RATE_LIMITED_EXPORT_PATHS.contains(&path) {
            return Ok(());
        }
        let mut last = self.inner.export_gate.lock().await;
        if let Some(prev) = *last {
            let next = prev + self.inner.export_interval;
            let now = Instant::now();
            if now < next {
                match self.inner.export_mode {
                    ExportLimitMode::Wait => tokio::time::sleep_until(next.into()).await,
                    ExportLimitMode::Reject => {
                        return Err(Error::RateLimited {
                            path: path.to_owned(),
                            message: format!(
                            "one export per {:?} (每个项目5s内限制导出一次); next allowed in {:?}",
                            self.inner.export_interval,
                            next - now
                        ),
                        })
                    }
                }
            }
        }
        *last = Some(Instant::now());
        Ok(())
    }
}

/// The server's clock from the `Date` header (RFC 1123, e.g.
/// `Tue, 24 Nov 2026 01:02:03 GMT`), in UNIX seconds.
fn server_date(resp: &RawResponse) -> Option<i64> {
    let text = resp.headers.get(http::header::DATE)?.to_str().ok()?;
    chrono::DateTime::parse_from_rfc2822(text.trim())
        .ok()
        .map(|d| d.timestamp())
}

fn refresh_time(cred: &TempCredential, margin: Duration) -> DateTime<Utc> {
    let lifetime = (cred.expire_time - cred.create_time).max(chrono::TimeDelta::zero());
    let margin = chrono::TimeDelta::from_std(margin)
        .unwrap_or(chrono::TimeDelta::MAX)
        .min(lifetime / 2);
    cred.expire_time - margin
}

fn prepare<E: Endpoint>(endpoint: &E) -> Result<Prepared> {
    endpoint.validate()?;
    let encoded = endpoint.encode()?;
    Ok(Prepared {
        method: E::METHOD,
        path: E::PATH,
        query: encoded.query,
        body: encoded.body,
        idempotent: E::IDEMPOTENT,
    })
}

/// Decodes the envelope (keys trimmed: the seed writes `"result "`), mapping a body
/// that is not JSON to a decode error with a bounded excerpt.
pub(crate) fn decode_envelope(resp: &RawResponse) -> Result<Envelope<Value>> {
    let value: Value = resp.json()?;
    let value = client_core::lenient::trim_keys(value);
    serde_json::from_value(value)
        .map_err(|e| client_core::Error::decode(resp.path.clone(), &resp.body, e).into())
}

/// Interprets an envelope: non-zero code → [`Error::Api`], any failList →
/// [`Error::PartialFailure`], otherwise `result` (or `null`) decoded as `T`.
pub(crate) fn interpret<T: DeserializeOwned>(resp: &RawResponse) -> Result<T> {
    let env = decode_envelope(resp)?;
    let code = ErrorCode::from_code(env.error_code);
    let mut result = env.result;
    let mut fail_list = env.fail_list.unwrap_or_default();
    if let Some(Value::Object(map)) = &mut result {
        if let Some(inner) = map.remove("failList") {
            let items: Vec<FailItem> = serde_json::from_value(inner)
                .map_err(|e| client_core::Error::decode(resp.path.clone(), &resp.body, e))?;
            fail_list.extend(items);
        }
    }
    if !fail_list.is_empty() {
        return Err(Error::PartialFailure {
            code,
            fail_list,
            result,
        });
    }
    if env.error_code != 0 {
        return Err(Error::Api {
            code,
            message: env.msg,
        });
    }
    serde_json::from_value(result.unwrap_or(Value::Null))
        .map_err(|e| client_core::Error::decode(resp.path.clone(), &resp.body, e).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(body: &str) -> RawResponse {
        RawResponse {
            path: "/tums/open/test/v1/op".into(),
            status: http::StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from(body.to_owned()),
        }
    }

    #[test]
    fn absent_result_decodes_unit_and_null_options() {
        interpret::<()>(&response(r#"{"error_code":0}"#)).unwrap();
        let v: Option<i64> = interpret(&response(r#"{"error_code":0}"#)).unwrap();
        assert_eq!(v, None);
        // A result that is required but absent is a decode error, not an empty success.
        let e = interpret::<Vec<i64>>(&response(r#"{"error_code":0}"#)).unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::Decode { .. })),
            "{e:?}"
        );
    }

    #[test]
    fn result_key_with_a_trailing_space_is_read() {
        let v: serde_json::Value =
            interpret(&response(r#"{"error_code":0,"result ":{"url":"u"}}"#)).unwrap();
        assert_eq!(v["url"], "u");
    }

    #[test]
    fn non_zero_code_is_an_error_even_with_a_result() {
        let e = interpret::<serde_json::Value>(&response(
            r#"{"error_code":-80703,"msg":"URL not ready","result":{"sessionId":"s","token":"t"}}"#,
        ))
        .unwrap_err();
        match e {
            Error::Api { code, message } => {
                assert_eq!(code, ErrorCode::UrlNotReady);
                assert_eq!(message.as_deref(), Some("URL not ready"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fail_list_inside_result_with_success_list() {
        // 1.4.3.7's example shape: successList and failList inside result, errorCode.
        let e = interpret::<serde_json::Value>(&response(
            r#"{"error_code":0,"result":{"successList":[{"qrCode":"A"}],
                "failList":[{"qrCode":"B","errorCode":-71551,"message":null}]}}"#,
        ))
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
        let e = interpret::<()>(&response(
            r#"{"error_code":-80414,"failList":[{"mac":"00-FF-00-17-00-18","error_code":-80391}]}"#,
        ))
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
        interpret::<()>(&response(r#"{"error_code":0,"failList":[]}"#)).unwrap();
    }

    #[test]
    fn html_body_is_a_decode_error_with_an_excerpt() {
        let e = interpret::<()>(&response("<html>gateway</html>")).unwrap_err();
        match e {
            Error::Core(client_core::Error::Decode { excerpt, path, .. }) => {
                assert!(excerpt.contains("gateway"));
                assert_eq!(path, "/tums/open/test/v1/op");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn builder_checks_its_inputs_and_never_prints_the_secret() {
        assert!(Client::builder().access_key("ak").build().is_err());
        assert!(Client::builder().secret_key("sk").build().is_err());
        assert!(Client::builder()
            .access_key("ak")
            .secret_key("sk")
            .terminal_id("x".repeat(65))
            .build()
            .is_err());
        assert!(Client::builder()
            .access_key("ak")
            .secret_key("sk")
            .base_url("ftp://example.com")
            .build()
            .is_err());
        let c = Client::builder()
            .access_key("ak")
            .secret_key("super-secret-sk")
            .terminal_id("t-1")
            .build()
            .unwrap();
        assert_eq!(
            c.base_url().as_str(),
            "https://api-smbcloud.tplinkcloud.com.cn/"
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
            create_time: t(create),
            expire_time: t(expire),
        };
        assert_eq!(
            refresh_time(&cred(1000, 4600), Duration::from_secs(60)),
            t(4540)
        );
        assert_eq!(
            refresh_time(&cred(1000, 1030), Duration::from_secs(60)),
            t(1015)
        );
    }

    #[test]
    fn export_paths_are_the_seed_paths() {
        for p in RATE_LIMITED_EXPORT_PATHS {
            assert!(p.starts_with("/vms/open/vehicleManager/v1/exportAll"));
        }
    }
}
