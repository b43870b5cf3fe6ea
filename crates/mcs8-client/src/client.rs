//! [`Client`]: login lifecycle, rate limits, retries, sending, paging and GPS tracks.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use client_core::{
    paginate, retry, Encoded, Endpoint, PageStream, Paged, PaginateOptions, RateLimiter,
    RawRequest, RequestBody, RetryPolicy, Secret, Transport, TransportConfig,
};
use futures::stream::{self, BoxStream, StreamExt};
use http::{HeaderName, Method, StatusCode};
use serde_json::Value;

use crate::api::auth::{Login, Logout, RefreshToken};
use crate::api::data::{GpsListForLarge, SignedUrlRequest};
use crate::envelope::{self, Envelope, Payload};
use crate::error::{Error, Result};
use crate::gps::{split_range, GpsPoint, MAX_LARGE_WINDOW};
use crate::models::{SignedUrl, TokenInfo};

/// The request header that carries the access token (1.3: "token=28d55712ad3...").
pub const TOKEN_HEADER: &str = "token";

/// Environment variable with the platform base URL (`https://host:port`).
pub const ENV_BASE_URL: &str = "MCS8_BASE_URL";
/// Environment variable with the account name.
pub const ENV_USERNAME: &str = "MCS8_USERNAME";
/// Environment variable with the account password (signed, never sent).
pub const ENV_PASSWORD: &str = "MCS8_PASSWORD";

/// A rate limit: at most `count` calls per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Calls allowed per period.
    pub count: NonZeroU32,
    /// The period.
    pub per: Duration,
}

impl RateLimit {
    /// 认证接口每分钟不大于 2 次 — login at most twice a minute (1.3).
    pub const LOGIN: RateLimit = RateLimit {
        count: match NonZeroU32::new(2) {
            Some(n) => n,
            None => NonZeroU32::MIN,
        },
        per: Duration::from_secs(60),
    };

    /// 功能接口每秒钟不大于 10 次 — other calls at most 10 a second (1.3).
    pub const CALLS: RateLimit = RateLimit {
        count: match NonZeroU32::new(10) {
            Some(n) => n,
            None => NonZeroU32::MIN,
        },
        per: Duration::from_secs(1),
    };

    /// At most `count` calls per `per` (`count` 0 is treated as 1).
    pub fn new(count: u32, per: Duration) -> Self {
        Self {
            count: NonZeroU32::new(count).unwrap_or(NonZeroU32::MIN),
            per,
        }
    }

    /// The limiter: calls evenly spaced `per / count` apart, widened by `margin`
    /// (0.05 = 5 %) so that network jitter cannot bunch arrivals at the server over
    /// the limit. Bursts wait; they are never rejected.
    fn limiter(&self, margin: f64) -> RateLimiter {
        let base = self.per.as_secs_f64() / f64::from(self.count.get());
        let spaced = Duration::from_secs_f64((base * (1.0 + margin.max(0.0))).max(1e-6));
        RateLimiter::with_period(spaced, NonZeroU32::MIN)
            .unwrap_or_else(|| RateLimiter::per_second(self.count))
    }
}

#[derive(Clone)]
struct TokenState {
    access: Secret,
    refresh: Option<Secret>,
    expires_at: Option<Instant>,
    generation: u64,
}

impl TokenState {
    fn needs_renewal(&self, before: Duration) -> bool {
        self.expires_at
            .is_some_and(|at| at.saturating_duration_since(Instant::now()) <= before)
    }
    fn expired(&self) -> bool {
        self.expires_at.is_some_and(|at| Instant::now() >= at)
    }
}

/// Counters of the client's own authentication traffic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AuthStats {
    /// Logins performed (`POST /api/v1/auth/Token`).
    pub logins: u64,
    /// Token refreshes performed (`GET /api/v1/auth/RefreshToken`).
    pub refreshes: u64,
}

struct Inner {
    transport: Transport,
    username: Option<String>,
    password: Option<Secret>,
    token: Mutex<Option<TokenState>>,
    login_gate: tokio::sync::Mutex<()>,
    login_limiter: Option<RateLimiter>,
    call_limiter: Option<RateLimiter>,
    retry: RetryPolicy,
    renew_before: Duration,
    refresh_expires: u64,
    generation: AtomicU64,
    logins: AtomicU64,
    refreshes: AtomicU64,
}

/// The MCS8 platform client. Cheap to clone; clones share the connection pool, the
/// cached token, the single-flight login and the rate limits.
///
/// * **Login** (2.1.1) happens on first use, once however many tasks call at the same
///   time; the token is sent in the `token` header, renewed with RefreshToken (2.1.3)
///   before it expires, and — on HTTP 401 or code 401/332 — replaced by one new login
///   followed by one retry of the call.
/// * **Rate limits** (1.3): login ≤ 2/min and other calls ≤ 10/s by default, enforced
///   client-side by waiting, so a burst is smoothed rather than rejected.
/// * **Retries**: reads, and any call after a "busy" answer, with bounded backoff.
///
/// ```no_run
/// # async fn run() -> Result<(), mcs8_client::Error> {
/// use futures::TryStreamExt;
/// use mcs8_client::{api::org::DevList, Client};
///
/// let client = Client::from_env()?; // MCS8_BASE_URL, MCS8_USERNAME, MCS8_PASSWORD
/// let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
/// println!("{} devices", devices.len());
/// client.logout().await?;
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
            .field("username", &self.inner.username)
            .field("login_limiter", &self.inner.login_limiter)
            .field("call_limiter", &self.inner.call_limiter)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: Option<String>,
    username: Option<String>,
    password: Option<Secret>,
    token: Option<Secret>,
    login_limit: Option<RateLimit>,
    call_limit: Option<RateLimit>,
    margin: f64,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    renew_before: Duration,
    refresh_expires: u64,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            base_url: None,
            username: None,
            password: None,
            token: None,
            login_limit: Some(RateLimit::LOGIN),
            call_limit: Some(RateLimit::CALLS),
            margin: 0.05,
            retry: RetryPolicy::default(),
            timeout: None,
            renew_before: Duration::from_secs(600),
            refresh_expires: RefreshToken::DEFAULT_EXPIRES,
        }
    }
}

impl ClientBuilder {
    /// The platform base URL, e.g. `https://mcs8.example.com:8443` (1.4).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Account name and password. The password never leaves the process: only its
    /// signature is sent (2.1.1).
    pub fn credentials(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.username = Some(username.into());
        self.password = Some(password.into());
        self
    }

    /// Use an access token obtained elsewhere. With credentials as well, a rejected
    /// token is replaced by a login; without, the rejection is returned.
    pub fn token(mut self, token: impl Into<Secret>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// The login rate limit (default 2 per minute); `None` disables it.
    pub fn login_rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.login_limit = limit;
        self
    }

    /// The rate limit of all other calls (default 10 per second); `None` disables it.
    pub fn call_rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.call_limit = limit;
        self
    }

    /// Extra spacing added to both limits (default 0.05 = 5 %), a safety margin
    /// against network jitter bunching requests at the server.
    pub fn rate_limit_margin(mut self, margin: f64) -> Self {
        self.margin = margin;
        self
    }

    /// The retry policy (default: 3 retries, 200 ms doubling to 5 s, jitter).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Timeout of one HTTP attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Renew the token this long before it expires (default 10 minutes).
    pub fn renew_before(mut self, before: Duration) -> Self {
        self.renew_before = before;
        self
    }

    /// The validity asked for when refreshing (`expires`, default 24 h).
    pub fn refresh_expires(mut self, expires: Duration) -> Self {
        self.refresh_expires = expires.as_secs().max(1);
        self
    }

    /// Builds the client (no network traffic yet).
    pub fn build(self) -> Result<Client> {
        let base = self
            .base_url
            .ok_or_else(|| client_core::Error::Config("the base URL is not set".into()))?;
        let mut config = TransportConfig::parse(&base)?;
        if let Some(t) = self.timeout {
            config.timeout = t;
        }
        let transport = Transport::new(&config)?;
        let generation = AtomicU64::new(1);
        let token = self.token.map(|access| TokenState {
            access,
            refresh: None,
            expires_at: None,
            generation: 1,
        });
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                username: self.username,
                password: self.password,
                token: Mutex::new(token),
                login_gate: tokio::sync::Mutex::new(()),
                login_limiter: self.login_limit.map(|l| l.limiter(self.margin)),
                call_limiter: self.call_limit.map(|l| l.limiter(self.margin)),
                retry: self.retry,
                renew_before: self.renew_before,
                refresh_expires: self.refresh_expires,
                generation,
                logins: AtomicU64::new(0),
                refreshes: AtomicU64::new(0),
            }),
        })
    }
}

impl Client {
    /// A builder with the seed's default rate limits.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `MCS8_BASE_URL`, `MCS8_USERNAME` and `MCS8_PASSWORD`.
    pub fn from_env() -> Result<Client> {
        let get = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| client_core::Error::Config(format!("{name} is not set")))
        };
        let base = get(ENV_BASE_URL)?;
        let user = get(ENV_USERNAME)?;
        let password = Secret::new(get(ENV_PASSWORD)?);
        Client::builder()
            .base_url(base)
            .credentials(user, password)
            .build()
    }

    /// A clone of this client that uses `token` (obtained elsewhere) as its access
    /// token. The clone shares the rate limits and connection pool but has its own
    /// token cache.
    pub fn with_token(&self, token: impl Into<Secret>) -> Client {
        let i = &self.inner;
        let generation = i.generation.fetch_add(1, Ordering::SeqCst) + 1;
        Client {
            inner: Arc::new(Inner {
                transport: i.transport.clone(),
                username: i.username.clone(),
                password: i.password.clone(),
                token: Mutex::new(Some(TokenState {
                    access: token.into(),
                    refresh: None,
                    expires_at: None,
                    generation,
                })),
                login_gate: tokio::sync::Mutex::new(()),
                login_limiter: i.login_limiter.clone(),
                call_limiter: i.call_limiter.clone(),
                retry: i.retry.clone(),
                renew_before: i.renew_before,
                refresh_expires: i.refresh_expires,
                generation: AtomicU64::new(generation),
                logins: AtomicU64::new(0),
                refreshes: AtomicU64::new(0),
            }),
        }
    }

    /// The current access token, if any (for handing to another process). Logs in
    /// first when needed.
    pub async fn access_token(&self) -> Result<Secret> {
        Ok(self.ensure_token().await?.access)
    }

    /// Logins and refreshes this client (and its clones) performed.
    pub fn auth_stats(&self) -> AuthStats {
        AuthStats {
            logins: self.inner.logins.load(Ordering::SeqCst),
            refreshes: self.inner.refreshes.load(Ordering::SeqCst),
        }
    }

    fn current(&self) -> Option<TokenState> {
        self.inner.token.lock().ok().and_then(|g| g.clone())
    }

    fn store(&self, state: Option<TokenState>) {
        if let Ok(mut g) = self.inner.token.lock() {
            *g = state;
        }
    }

    fn can_login(&self) -> bool {
        self.inner.username.is_some() && self.inner.password.is_some()
    }

    /// Logs in now (2.1.1), replacing any cached token. Normally not needed: every
    /// call logs in on demand.
    pub async fn login(&self) -> Result<TokenInfo> {
        let _gate = self.inner.login_gate.lock().await;
        self.login_locked().await.map(|(_, info)| info)
    }

    async fn login_locked(&self) -> Result<(TokenState, TokenInfo)> {
        let (Some(user), Some(password)) = (&self.inner.username, &self.inner.password) else {
            return Err(Error::NotAuthenticated);
        };
        let info: TokenInfo = retry(&self.inner.retry, false, || async {
            if let Some(l) = &self.inner.login_limiter {
                l.acquire().await;
            }
            // Signed afresh for every attempt: udef_t is the current time.
            let req = Login::new(user.clone(), password, client_core::unix_seconds());
            req.validate()?;
            let enc = req.encode()?;
            self.attempt::<TokenInfo>(Login::METHOD, Login::PATH, &enc, None)
                .await
        })
        .await?;
        self.inner.logins.fetch_add(1, Ordering::SeqCst);
        let access = info
            .access_token
            .clone()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                client_core::Error::decode(
                    Login::PATH,
                    b"",
                    serde::de::Error::custom("the login answer has no access_token"),
                )
            })?;
        let lifetime = info.lifetime(client_core::unix_seconds());
        let state = TokenState {
            access,
            refresh: info.refresh_token.clone().filter(|t| !t.is_empty()),
            expires_at: Some(Instant::now() + lifetime),
            generation: self.inner.generation.fetch_add(1, Ordering::SeqCst) + 1,
        };
        tracing::debug!(lifetime_s = lifetime.as_secs(), "mcs8 login succeeded");
        self.store(Some(state.clone()));
        Ok((state, info))
    }

    async fn refresh_locked(&self, current: &TokenState) -> Result<TokenState> {
        let req = RefreshToken {
            refresh_token: current.refresh.clone(),
            expires: self.inner.refresh_expires,
        };
        req.validate()?;
        let enc = req.encode()?;
        let info: TokenInfo = retry(&self.inner.retry, false, || {
            self.attempt::<TokenInfo>(
                RefreshToken::METHOD,
                RefreshToken::PATH,
                &enc,
                Some(current),
            )
        })
        .await?;
        self.inner.refreshes.fetch_add(1, Ordering::SeqCst);
        let lifetime = match info.expires_in {
            Some(_) => info.lifetime(client_core::unix_seconds()),
            None => Duration::from_secs(self.inner.refresh_expires),
        };
        let state = TokenState {
            // "原 accessToken 不变": keep ours unless the answer carries one.
            access: info
                .access_token
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| current.access.clone()),
            refresh: info
                .refresh_token
                .filter(|t| !t.is_empty())
                .or_else(|| current.refresh.clone()),
            expires_at: Some(Instant::now() + lifetime),
            generation: current.generation,
        };
        tracing::debug!(lifetime_s = lifetime.as_secs(), "mcs8 token refreshed");
        self.store(Some(state.clone()));
        Ok(state)
    }

    /// A usable token: the cached one, a refreshed one, or a new login — one at a time
    /// however many tasks ask.
    async fn ensure_token(&self) -> Result<TokenState> {
        let before = self.inner.renew_before;
        if let Some(t) = self.current() {
            if !t.needs_renewal(before) {
                return Ok(t);
            }
        }
        let _gate = self.inner.login_gate.lock().await;
        if let Some(t) = self.current() {
            if !t.needs_renewal(before) {
                return Ok(t);
            }
            if t.refresh.is_some() && !t.expired() {
                match self.refresh_locked(&t).await {
                    Ok(t) => return Ok(t),
                    Err(e) => {
                        tracing::warn!(error = %e, "mcs8 token refresh failed; logging in again")
                    }
                }
            }
            if !self.can_login() {
                // A token supplied from elsewhere: use it until it is rejected.
                return Ok(t);
            }
        }
        self.login_locked().await.map(|(s, _)| s)
    }

    /// Replaces a rejected token by one login (unless another task already did).
    async fn relogin(&self, rejected_generation: u64) -> Result<TokenState> {
        let _gate = self.inner.login_gate.lock().await;
        if let Some(t) = self.current() {
            if t.generation != rejected_generation {
                return Ok(t);
            }
        }
        self.store(None);
        self.login_locked().await.map(|(s, _)| s)
    }

    /// One attempt: rate limit, token header, send, decode the envelope.
    async fn attempt<T: Payload>(
        &self,
        method: Method,
        path: &'static str,
        enc: &Encoded,
        token: Option<&TokenState>,
    ) -> Result<T> {
        let resp = self.send_raw(method, path, enc, token).await?;
        envelope::decode(path, resp.status, &resp.body)
    }

    async fn send_raw(
        &self,
        method: Method,
        path: &'static str,
        enc: &Encoded,
        token: Option<&TokenState>,
    ) -> Result<client_core::RawResponse> {
        let is_login = path == Login::PATH;
        if !is_login {
            if let Some(l) = &self.inner.call_limiter {
                l.acquire().await;
            }
        }
        let mut raw = RawRequest::new(method, path);
        raw.query = enc.query.clone();
        if let Some(body) = &enc.body {
            raw.body = RequestBody::Json(body.clone());
        }
        if let Some(t) = token {
            raw.headers.insert(
                HeaderName::from_static(TOKEN_HEADER),
                client_core::secret::sensitive_header(t.access.expose())?,
            );
        }
        Ok(self.inner.transport.send(raw).await?)
    }

    /// Sends a typed request and returns the decoded content.
    ///
    /// Validates first, encodes once, logs in if needed, retries reads (and "busy"
    /// answers), and on a rejected token logs in once and retries once.
    pub async fn send<E>(&self, req: &E) -> Result<E::Response>
    where
        E: Endpoint,
        E::Response: Payload,
    {
        req.validate()?;
        let enc = req.encode()?;
        self.execute(
            E::METHOD,
            E::PATH,
            E::IDEMPOTENT,
            &enc,
            envelope::decode::<E::Response>,
        )
        .await
    }

    /// Sends a typed request and returns the whole envelope, undecoded content
    /// included — the escape hatch for answers this SDK does not model. Error codes
    /// other than the token ones (401/332, which still trigger the re-login) are
    /// returned inside the envelope, not as errors.
    pub async fn raw<E: Endpoint>(&self, req: &E) -> Result<Envelope<Value>> {
        req.validate()?;
        let enc = req.encode()?;
        self.execute(E::METHOD, E::PATH, E::IDEMPOTENT, &enc, decode_raw_checked)
            .await
    }

    async fn execute<T>(
        &self,
        method: Method,
        path: &'static str,
        idempotent: bool,
        enc: &Encoded,
        decode: fn(&str, StatusCode, &[u8]) -> Result<T>,
    ) -> Result<T> {
        if path == Login::PATH {
            // A hand-built login: no token, the login rate limit only.
            return retry(&self.inner.retry, idempotent, || async {
                if let Some(l) = &self.inner.login_limiter {
                    l.acquire().await;
                }
                let resp = self.send_raw(method.clone(), path, enc, None).await?;
                decode(path, resp.status, &resp.body)
            })
            .await;
        }
        let first = self.ensure_token().await?;
        if path == Logout::PATH {
            // The token dies with the call: forget it.
            let result = self
                .with_retry(&method, path, idempotent, enc, &first, decode)
                .await;
            self.store(None);
            return result;
        }
        let result = self
            .with_retry(&method, path, idempotent, enc, &first, decode)
            .await;
        match result {
            Err(e) if e.is_auth_failure() && self.can_login() => {
                tracing::debug!(path, "mcs8 token rejected; logging in again once");
                let fresh = self.relogin(first.generation).await?;
                self.with_retry(&method, path, idempotent, enc, &fresh, decode)
                    .await
            }
            other => other,
        }
    }

    async fn with_retry<T>(
        &self,
        method: &Method,
        path: &'static str,
        idempotent: bool,
        enc: &Encoded,
        token: &TokenState,
        decode: fn(&str, StatusCode, &[u8]) -> Result<T>,
    ) -> Result<T> {
        retry(&self.inner.retry, idempotent, move || {
            let method = method.clone();
            async move {
                let resp = self.send_raw(method, path, enc, Some(token)).await?;
                decode(path, resp.status, &resp.body)
            }
        })
        .await
    }

    /// Streams every item of a paged list, fetching pages lazily (1-based `page`, the
    /// endpoint's documented default page size unless the request sets one).
    pub fn stream<P>(&self, req: P) -> PageStream<P::Item, Error>
    where
        P: Paged,
        P::Response: Payload,
    {
        let opts = PaginateOptions::new(req.page_size());
        self.stream_with(req, opts)
    }

    /// [`Client::stream`] with explicit paginator options (prefetch, page cap).
    pub fn stream_with<P>(&self, req: P, opts: PaginateOptions) -> PageStream<P::Item, Error>
    where
        P: Paged,
        P::Response: Payload,
    {
        let client = self.clone();
        paginate(opts, move |page| {
            let client = client.clone();
            let mut req = req.clone();
            req.set_page(page);
            async move {
                let resp = client.send(&req).await?;
                Ok(P::into_page(resp))
            }
        })
    }

    /// 注销 — logs out (2.1.2): the token becomes invalid at once and is dropped from
    /// the cache. Without a cached token this does nothing.
    pub async fn logout(&self) -> Result<()> {
        let Some(token) = self.current() else {
            return Ok(());
        };
        let enc = Logout {}.encode()?;
        let result = self
            .attempt::<crate::Ack>(Logout::METHOD, Logout::PATH, &enc, Some(&token))
            .await;
        self.store(None);
        result.map(|_| ())
    }

    /// 获取文件网络访问地址 — a signed URL for a file valid for `expires` (2.5.4),
    /// refused client-side beyond 7 days with [`Error::SignedUrlExpiryTooLong`].
    pub async fn signed_url(
        &self,
        file_id: impl Into<String>,
        expires: Duration,
    ) -> Result<SignedUrl> {
        let req = SignedUrlRequest::new(file_id, expires)?;
        self.send(&req).await
    }

    /// The whole track of `dev_id` over `st..et` via GPSListForlarge, in 7-day windows
    /// (see [`Client::gps_track_chunks`]).
    pub async fn gps_track(
        &self,
        dev_id: &str,
        st: NaiveDateTime,
        et: NaiveDateTime,
    ) -> Result<Vec<GpsPoint>> {
        let mut chunks = self.gps_track_chunks(dev_id, st, et, MAX_LARGE_WINDOW);
        let mut out = Vec::new();
        while let Some(chunk) = chunks.next().await {
            out.extend(chunk?.points);
        }
        Ok(out)
    }

    /// Covers `st..et` with GPSListForlarge calls of at most `window` (capped at the
    /// platform's 7 days) and yields one [`TrackChunk`] per call, in time order.
    ///
    /// GPSListForlarge returns only its first page; when a window's answer is full
    /// (`pagesize` points), the next call continues from the last point's time within
    /// the same window. Points repeated at window boundaries are dropped.
    pub fn gps_track_chunks(
        &self,
        dev_id: &str,
        st: NaiveDateTime,
        et: NaiveDateTime,
        window: Duration,
    ) -> BoxStream<'static, Result<TrackChunk>> {
        let windows = split_range(st, et, window.min(MAX_LARGE_WINDOW));
        let total = windows.len();
        struct State {
            client: Client,
            dev_id: String,
            windows: std::vec::IntoIter<(NaiveDateTime, NaiveDateTime)>,
            current: Option<(NaiveDateTime, NaiveDateTime)>,
            from: Option<NaiveDateTime>,
            last: Option<NaiveDateTime>,
            index: usize,
            total: usize,
            done: bool,
        }
        let state = State {
            client: self.clone(),
            dev_id: dev_id.to_owned(),
            windows: windows.into_iter(),
            current: None,
            from: None,
            last: None,
            index: 0,
            total,
            done: false,
        };
        stream::unfold(state, |mut s| async move {
            if s.done {
                return None;
            }
            if s.current.is_none() {
                let w = s.windows.next()?;
                s.current = Some(w);
                s.from = Some(w.0);
                s.index += 1;
            }
            let (ws, we) = s.current?;
            let from = s.from.unwrap_or(ws);
            let size = GpsListForLarge::DEFAULT_PAGE_SIZE;
            let mut req = GpsListForLarge::new(s.dev_id.clone(), from, we);
            req.page_size = Some(size);
            match s.client.send(&req).await {
                Err(e) => {
                    s.done = true;
                    Some((Err(e), s))
                }
                Ok(track) => {
                    let full = track.points.len() >= size as usize;
                    let last_seen = track.points.last().map(|p| p.time);
                    let points: Vec<GpsPoint> = match s.last {
                        Some(l) => track.points.into_iter().filter(|p| p.time > l).collect(),
                        None => track.points,
                    };
                    if let Some(l) = points.last() {
                        s.last = Some(l.time);
                    }
                    let chunk = TrackChunk {
                        window: (from, we),
                        index: s.index,
                        windows: s.total,
                        points,
                    };
                    match last_seen {
                        Some(t) if full && t > from && t < we => s.from = Some(t),
                        _ => s.current = None,
                    }
                    Some((Ok(chunk), s))
                }
            }
        })
        .boxed()
    }
}

fn decode_raw_checked(path: &str, status: StatusCode, body: &[u8]) -> Result<Envelope<Value>> {
    let env = envelope::decode_raw(path, status, body)?;
    if let Some(code) = env.error_code() {
        if code.is_auth_failure() {
            return Err(Error::Api {
                path: path.to_owned(),
                code,
                message: env.message.clone(),
                status,
            });
        }
    }
    if status == StatusCode::UNAUTHORIZED {
        return Err(client_core::Error::Http {
            path: path.to_owned(),
            status,
            excerpt: client_core::excerpt(body),
        }
        .into());
    }
    Ok(env)
}

/// One GPSListForlarge call's share of a long track ([`Client::gps_track_chunks`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TrackChunk {
    /// The `st..et` this call asked for.
    pub window: (NaiveDateTime, NaiveDateTime),
    /// 1-based number of the window.
    pub index: usize,
    /// How many windows cover the whole range.
    pub windows: usize,
    /// The new points (boundary repeats removed), in time order.
    pub points: Vec<GpsPoint>,
}
