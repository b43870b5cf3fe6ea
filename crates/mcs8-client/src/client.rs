//! [`Client`]: login lifecycle, rate limits, retries, sending, paging and GPS tracks.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use client_core::pipeline::{decode_payload, paged};
use client_core::shared::{SharedState, StoredCredential};
use client_core::{
    ClientOptions, Endpoint, PageStream, Paged, PaginateOptions, Pipeline, Platform, Prepared,
    RateLimiter, RawRequest, Recovery, ResponseMeta, Secret,
};
use futures::stream::{self, BoxStream, StreamExt};
use http::{HeaderName, StatusCode};
use serde_json::Value;

use crate::api::auth::{Login, Logout, RefreshToken};
use crate::api::data::{GpsListForLarge, SignedUrlRequest};
use crate::envelope::{self, Envelope, Payload};
use crate::error::{Error, ErrorCode, Result};
use crate::gps::{split_range, GpsPoint, GpsTrack, MAX_LARGE_WINDOW};
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
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use mcs8_client::RateLimit;
    ///
    /// let limit = RateLimit::new(5, Duration::from_secs(1));
    /// assert_eq!(limit.count.get(), 5);
    /// # Ok(()) }
    /// ```
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

/// The MCS8 side of the shared pipeline: the `token` header, the envelope, and the
/// login lifecycle (login on first use, RefreshToken before expiry, one re-login after
/// a rejected token), single-flight however many tasks call.
struct Mcs8 {
    username: Option<String>,
    password: Option<Secret>,
    token: Mutex<Option<TokenState>>,
    login_gate: tokio::sync::Mutex<()>,
    login_limiter: Option<RateLimiter>,
    renew_before: Duration,
    refresh_expires: u64,
    generation: Arc<AtomicU64>,
    logins: AtomicU64,
    refreshes: AtomicU64,
    /// The token shared with other processes on this account, under `token_name`.
    shared: Option<(SharedState, String)>,
}

/// The content of a successful envelope as `T`. For a credential answer
/// ([`Prepared::sensitive_response`]) a failure keeps neither an excerpt of the body
/// nor the parser's message (which quotes the offending value, a token perhaps).
fn decode_content<T: serde::de::DeserializeOwned>(
    req: &Prepared,
    env: &client_core::Envelope<'_>,
    resp: &client_core::RawResponse,
) -> Result<T> {
    if req.sensitive_response {
        env.decode()
            .map_err(|e| envelope::redacted_decode_error(&req.path, e).into())
    } else {
        decode_payload(req, env, resp)
    }
}

/// When a token of `lifetime` from now expires; `None` ("until rejected") when the
/// platform announces a lifetime beyond what [`Instant`] can hold (`expires_in` of
/// `i64::MAX` must not panic the client).
fn expiry(lifetime: Duration) -> Option<Instant> {
    Instant::now().checked_add(lifetime)
}

/// The paths whose failures never trigger a re-login (the auth calls themselves).
fn is_auth_path(path: &str) -> bool {
    path == Login::PATH || path == Logout::PATH || path == RefreshToken::PATH
}

impl Mcs8 {
    fn current(&self) -> Option<TokenState> {
        self.token.lock().ok().and_then(|g| g.clone())
    }

    fn store(&self, state: Option<TokenState>) {
        if let Ok(mut g) = self.token.lock() {
            *g = state;
        }
    }

    fn can_login(&self) -> bool {
        self.username.is_some() && self.password.is_some()
    }

    /// One login (2.1.1), signed now; the caller holds the login gate.
    async fn login_locked(&self, pipeline: &Pipeline<Self>) -> Result<(TokenState, TokenInfo)> {
        let (Some(user), Some(password)) = (&self.username, &self.password) else {
            return Err(Error::NotAuthenticated);
        };
        let login = Login::new(user.clone(), password, client_core::unix_seconds());
        let mut req = Prepared::from_endpoint(&login)?;
        req.rate_limited = false;
        let info: TokenInfo = pipeline
            .execute_as(&req, &None, |env, resp| decode_content(&req, env, resp))
            .await?;
        self.logins.fetch_add(1, Ordering::SeqCst);
        let access = info
            .access_token
            .clone()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                client_core::Error::decode_redacted(
                    Login::PATH,
                    serde::de::Error::custom("the login answer has no access_token"),
                )
            })?;
        let lifetime = info.lifetime(client_core::unix_seconds());
        let state = TokenState {
            access,
            refresh: info.refresh_token.clone().filter(|t| !t.is_empty()),
            expires_at: expiry(lifetime),
            generation: self.generation.fetch_add(1, Ordering::SeqCst) + 1,
        };
        tracing::debug!(lifetime_s = lifetime.as_secs(), "mcs8 login succeeded");
        self.store(Some(state.clone()));
        Ok((state, info))
    }

    /// RefreshToken (2.1.3) with the current token; the caller holds the login gate.
    async fn refresh_locked(
        &self,
        pipeline: &Pipeline<Self>,
        current: &TokenState,
    ) -> Result<TokenState> {
        let refresh = RefreshToken {
            refresh_token: current.refresh.clone(),
            expires: self.refresh_expires,
        };
        let req = Prepared::from_endpoint(&refresh)?;
        let creds = Some(current.clone());
        let info: TokenInfo = pipeline
            .execute_as(&req, &creds, |env, resp| decode_content(&req, env, resp))
            .await?;
        self.refreshes.fetch_add(1, Ordering::SeqCst);
        let lifetime = match info.expires_in {
            Some(_) => info.lifetime(client_core::unix_seconds()),
            None => Duration::from_secs(self.refresh_expires),
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
            expires_at: expiry(lifetime),
            generation: current.generation,
        };
        tracing::debug!(lifetime_s = lifetime.as_secs(), "mcs8 token refreshed");
        self.store(Some(state.clone()));
        Ok(state)
    }

    /// A usable token: the cached one, a refreshed one, or a new login — one at a time
    /// however many tasks ask.
    async fn ensure_token(&self, pipeline: &Pipeline<Self>) -> Result<TokenState> {
        let before = self.renew_before;
        if let Some(t) = self.current() {
            if !t.needs_renewal(before) {
                return Ok(t);
            }
        }
        let _gate = self.login_gate.lock().await;
        if let Some((shared, name)) = self.shared.as_ref().filter(|_| self.can_login()) {
            if let Some(t) = self.current().filter(|t| !t.needs_renewal(before)) {
                return Ok(t);
            }
            return self.shared_token(pipeline, shared, name).await;
        }
        if let Some(t) = self.current() {
            if !t.needs_renewal(before) {
                return Ok(t);
            }
            if t.refresh.is_some() && !t.expired() {
                match self.refresh_locked(pipeline, &t).await {
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
        self.login_locked(pipeline).await.map(|(s, _)| s)
    }

    /// The account's token from the shared state: the one another process stored, or
    /// one this process renews (RefreshToken when it holds a refreshable token, else a
    /// login) while it holds the refresh lease. The caller holds the login gate.
    async fn shared_token(
        &self,
        pipeline: &Pipeline<Self>,
        shared: &SharedState,
        name: &str,
    ) -> Result<TokenState> {
        let stored = shared
            .credential(name, self.renew_before, || async {
                let renewed = match self.current() {
                    Some(t) if t.refresh.is_some() && !t.expired() => {
                        self.refresh_locked(pipeline, &t).await.ok()
                    }
                    _ => None,
                };
                let state = match renewed {
                    Some(state) => state,
                    None => self.login_locked(pipeline).await?.0,
                };
                // A token "valid until rejected" is shared for a day at most.
                let lifetime = state.expires_at.map_or(Duration::from_secs(86_400), |at| {
                    at.saturating_duration_since(Instant::now())
                });
                Ok::<_, Error>(StoredCredential::expiring_in(
                    state.access.expose(),
                    lifetime,
                ))
            })
            .await?;
        if let Some(t) = self
            .current()
            .filter(|t| t.access.expose() == stored.value.expose())
        {
            return Ok(t);
        }
        // A token another process obtained: adopt it under a new generation.
        let state = TokenState {
            access: stored.value.clone(),
            refresh: None,
            expires_at: expiry(stored.remaining()),
            generation: self.generation.fetch_add(1, Ordering::SeqCst) + 1,
        };
        self.store(Some(state.clone()));
        Ok(state)
    }

    /// Replaces a rejected token by one login (unless another task already did).
    async fn relogin(&self, pipeline: &Pipeline<Self>, rejected_generation: u64) -> Result<()> {
        let _gate = self.login_gate.lock().await;
        let current = self.current();
        if let Some(t) = &current {
            if t.generation != rejected_generation {
                return Ok(());
            }
        }
        self.store(None);
        if let Some((shared, name)) = &self.shared {
            // Drop the rejected token for every process (only if nobody replaced it
            // meanwhile), then take the shared one or log in once for all.
            if let Some(t) = &current {
                shared.invalidate(name, t.access.expose()).await;
            }
            return self.shared_token(pipeline, shared, name).await.map(|_| ());
        }
        self.login_locked(pipeline).await.map(|_| ())
    }
}

impl Platform for Mcs8 {
    type Code = ErrorCode;
    type Error = Error;
    type Credentials = Option<TokenState>;

    const NAME: &'static str = "mcs8";
    const ENVELOPE: client_core::EnvelopeKeys = envelope::KEYS;

    async fn credentials(
        &self,
        pipeline: &Pipeline<Self>,
        req: &Prepared,
    ) -> Result<Self::Credentials> {
        if req.path == Login::PATH {
            return Ok(None);
        }
        self.ensure_token(pipeline).await.map(Some)
    }

    async fn before_send(&self, req: &Prepared) -> Result<()> {
        // 认证接口每分钟不大于 2 次: every login attempt waits for the login limiter.
        if req.path == Login::PATH {
            if let Some(l) = &self.login_limiter {
                l.acquire().await;
            }
        }
        Ok(())
    }

    fn sign(&self, _req: &Prepared, token: &Self::Credentials, out: &mut RawRequest) -> Result<()> {
        if let Some(t) = token {
            out.headers.insert(
                HeaderName::from_static(TOKEN_HEADER),
                client_core::secret::sensitive_header(t.access.expose())?,
            );
        }
        Ok(())
    }

    fn is_success(&self, code: i64) -> bool {
        ErrorCode::from_code(code).is_success()
    }

    async fn recover(
        &self,
        pipeline: &Pipeline<Self>,
        req: &Prepared,
        token: &Self::Credentials,
        error: &Error,
        response: Option<&ResponseMeta>,
    ) -> Recovery {
        let rejected = error.is_auth_failure()
            || response.is_some_and(|m| m.status == StatusCode::UNAUTHORIZED);
        let Some(token) = token else {
            return Recovery::Fail;
        };
        if !rejected || is_auth_path(&req.path) || !self.can_login() {
            return Recovery::Fail;
        }
        tracing::debug!(path = %req.path, "mcs8 token rejected; logging in again once");
        match self.relogin(pipeline, token.generation).await {
            Ok(()) => Recovery::RetryNow,
            Err(e) => {
                tracing::warn!(error = %e, "mcs8 re-login failed");
                Recovery::Fail
            }
        }
    }
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
/// * **Retries**: reads, and any call after a "busy" answer or an HTTP 429 (honouring
///   `Retry-After`), with bounded backoff — the shared [`client_core::Pipeline`].
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
    pipeline: Pipeline<Mcs8>,
    /// The options the pipeline was built with, the call limiter made explicit (so
    /// [`Client::with_token`] shares it).
    options: Arc<ClientOptions>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.pipeline.platform();
        f.debug_struct("Client")
            .field("pipeline", &self.pipeline)
            .field("username", &p.username)
            .field("login_limiter", &p.login_limiter)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`]. The shared options (base URL, timeouts, retry policy, rate
/// limiter, TLS, proxy…) have the same names on every anfang client.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    options: ClientOptions,
    username: Option<String>,
    password: Option<Secret>,
    token: Option<Secret>,
    login_limit: Option<RateLimit>,
    call_limit: Option<RateLimit>,
    margin: f64,
    renew_before: Duration,
    refresh_expires: u64,
}

/// The shared-state names of an account's token and limits (`mcs8:<user>:…`).
fn shared_names(username: Option<&str>) -> (String, String, String) {
    let account = username.unwrap_or("-");
    (
        format!("mcs8:{account}:token"),
        format!("mcs8:{account}:limit:login"),
        format!("mcs8:{account}:limit:calls"),
    )
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            options: ClientOptions::default(),
            username: None,
            password: None,
            token: None,
            login_limit: Some(RateLimit::LOGIN),
            call_limit: Some(RateLimit::CALLS),
            margin: 0.05,
            renew_before: Duration::from_secs(600),
            refresh_expires: RefreshToken::DEFAULT_EXPIRES,
        }
    }
}

impl ClientBuilder {
    client_core::client_options!(options, "mcs8_client", "", "mcs8_client::Client::builder()");

    /// Account name and password. The password never leaves the process: only its
    /// signature is sent (2.1.1).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn credentials(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.username = Some(username.into());
        self.password = Some(password.into());
        self
    }

    /// Use an access token obtained elsewhere. With credentials as well, a rejected
    /// token is replaced by a login; without, the rejection is returned.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .token("an access token from elsewhere")
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn token(mut self, token: impl Into<Secret>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// The login rate limit (default 2 per minute); `None` disables it.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    /// use std::time::Duration;
    /// use mcs8_client::RateLimit;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .login_rate_limit(Some(RateLimit::new(1, Duration::from_secs(60))))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn login_rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.login_limit = limit;
        self
    }

    /// Shares this account's token and its limits with every other process (or
    /// client) built with the same shared state: one login for all of them (a refresh
    /// lease elects the process that logs in), and the login limit (2 a minute) and
    /// call limit (10 a second) counted once for the account. Keys:
    /// `<prefix>:mcs8:<username>:token`, `…:limit:login`, `…:limit:calls`. When the
    /// store fails, the client falls back to its own login and limits (see
    /// [`client_core::shared`]).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use client_core::shared::SharedState;
    /// let shared = SharedState::in_memory("dispatch"); // or SharedState::redis(url, prefix)
    /// let a = mcs8_client::Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .shared_state(shared.clone())
    ///     .build()?;
    /// # let _ = a; Ok(()) }
    /// ```
    pub fn shared_state(mut self, state: SharedState) -> Self {
        self.options.shared = Some(state);
        self
    }

    /// The rate limit of all other calls (default 10 per second); `None` disables it.
    /// A limiter set with `rate_limiter(..)` takes precedence.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    /// use std::time::Duration;
    /// use mcs8_client::RateLimit;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .call_rate_limit(Some(RateLimit::new(5, Duration::from_secs(1))))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn call_rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.call_limit = limit;
        self
    }

    /// Extra spacing added to both limits (default 0.05 = 5 %), a safety margin
    /// against network jitter bunching requests at the server.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .rate_limit_margin(0.10) // 10 % slower than the documented limits
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn rate_limit_margin(mut self, margin: f64) -> Self {
        self.margin = margin;
        self
    }

    /// Renew the token this long before it expires (default 10 minutes).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    /// use std::time::Duration;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .renew_before(Duration::from_secs(30 * 60))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn renew_before(mut self, before: Duration) -> Self {
        self.renew_before = before;
        self
    }

    /// The validity asked for when refreshing (`expires`, default 24 h).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    /// use std::time::Duration;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .refresh_expires(Duration::from_secs(2 * 3600))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn refresh_expires(mut self, expires: Duration) -> Self {
        self.refresh_expires = expires.as_secs().max(1);
        self
    }

    /// Builds the client (no network traffic yet).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::{api::org::DevList, Client};
    ///
    /// let client = Client::builder()
    ///     .base_url(sim.base_url())
    ///     .credentials("pc1", "000000")
    ///     .build()?; // no traffic yet
    /// let page = client.send(&DevList::default()).await?; // logs in, then lists
    /// assert_eq!(page.items.len(), sim.device_count());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn build(self) -> Result<Client> {
        let mut options = self.options;
        let (token_name, login_name, calls_name) = shared_names(self.username.as_deref());
        let shared = options.shared.clone();
        if options.rate_limiter.is_none() {
            options.rate_limiter = self.call_limit.map(|l| {
                let l = l.limiter(self.margin);
                match &shared {
                    Some(state) => l.shared(state, &calls_name),
                    None => l,
                }
            });
        }
        let login_limiter = self.login_limit.map(|l| {
            let l = l.limiter(self.margin);
            match &shared {
                Some(state) => l.shared(state, &login_name),
                None => l,
            }
        });
        let generation = Arc::new(AtomicU64::new(0));
        let token = self.token.map(|access| TokenState {
            access,
            refresh: None,
            expires_at: None,
            generation: generation.fetch_add(1, Ordering::SeqCst) + 1,
        });
        let platform = Mcs8 {
            username: self.username,
            password: self.password,
            token: Mutex::new(token),
            login_gate: tokio::sync::Mutex::new(()),
            login_limiter,
            renew_before: self.renew_before,
            refresh_expires: self.refresh_expires,
            generation,
            logins: AtomicU64::new(0),
            refreshes: AtomicU64::new(0),
            shared: shared.map(|s| (s, token_name)),
        };
        let pipeline = Pipeline::new(platform, &options, None, "application/json", None)?;
        Ok(Client {
            pipeline,
            options: Arc::new(options),
        })
    }
}

impl Client {
    /// A builder.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    ///
    /// let client = Client::builder()
    ///     .base_url("https://mcs8.example.com:8443")
    ///     .credentials("pc1", "000000")
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A builder from `MCS8_BASE_URL`, `MCS8_USERNAME` and `MCS8_PASSWORD` (all
    /// required; a blank one counts as unset and the error names it), to which more
    /// options can be added.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use mcs8_client::Client;
    ///
    /// // MCS8_BASE_URL, MCS8_USERNAME, MCS8_PASSWORD, plus options of your own
    /// let client = Client::builder_from_env()?
    ///     .timeout(Duration::from_secs(10))
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn builder_from_env() -> Result<ClientBuilder> {
        let env = client_core::env::require(&[ENV_BASE_URL, ENV_USERNAME, ENV_PASSWORD], &[])?;
        Ok(Client::builder()
            .base_url(env.required(ENV_BASE_URL)?)
            .credentials(
                env.required(ENV_USERNAME)?,
                Secret::new(env.required(ENV_PASSWORD)?),
            ))
    }

    /// A client from `MCS8_BASE_URL`, `MCS8_USERNAME` and `MCS8_PASSWORD`.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use mcs8_client::Client;
    ///
    /// let client = Client::from_env()?; // MCS8_BASE_URL, MCS8_USERNAME, MCS8_PASSWORD
    /// let info = client.login().await?;
    /// println!("logged in as {:?}", info.username);
    /// # Ok(()) }
    /// ```
    pub fn from_env() -> Result<Client> {
        Self::builder_from_env()?.build()
    }

    /// A clone of this client that uses `token` (obtained elsewhere) as its access
    /// token. The clone shares the rate limits and connection pool but has its own
    /// token cache.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::api::org::DevList;
    ///
    /// let token = client.access_token().await?; // e.g. handed over by another process
    /// let borrowed = client.with_token(token);
    /// borrowed.send(&DevList::default()).await?;
    /// assert_eq!(borrowed.auth_stats().logins, 0); // no login of its own
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn with_token(&self, token: impl Into<Secret>) -> Client {
        let p = self.pipeline.platform();
        let generation = p.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let platform = Mcs8 {
            username: p.username.clone(),
            password: p.password.clone(),
            token: Mutex::new(Some(TokenState {
                access: token.into(),
                refresh: None,
                expires_at: None,
                generation,
            })),
            login_gate: tokio::sync::Mutex::new(()),
            login_limiter: p.login_limiter.clone(),
            renew_before: p.renew_before,
            refresh_expires: p.refresh_expires,
            generation: Arc::clone(&p.generation),
            logins: AtomicU64::new(0),
            refreshes: AtomicU64::new(0),
            // A token from elsewhere is this clone's own: it is not shared.
            shared: None,
        };
        Client {
            pipeline: Pipeline::with_transport(
                platform,
                self.pipeline.transport().clone(),
                &self.options,
                None,
            ),
            options: Arc::clone(&self.options),
        }
    }

    /// The current access token, if any (for handing to another process). Logs in
    /// first when needed.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// let token = client.access_token().await?; // logs in first
    /// assert!(!token.expose().is_empty());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn access_token(&self) -> Result<Secret> {
        let p = self.pipeline.platform();
        Ok(p.ensure_token(&self.pipeline).await?.access)
    }

    /// Logins and refreshes this client (and its clones) performed.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::api::org::DevList;
    ///
    /// client.send(&DevList::default()).await?;
    /// client.send(&DevList::default()).await?;
    /// assert_eq!(client.auth_stats().logins, 1); // the token is reused
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn auth_stats(&self) -> AuthStats {
        let p = self.pipeline.platform();
        AuthStats {
            logins: p.logins.load(Ordering::SeqCst),
            refreshes: p.refreshes.load(Ordering::SeqCst),
        }
    }

    /// Logs in now (2.1.1), replacing any cached token. Normally not needed: every
    /// call logs in on demand.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// let info = client.login().await?;
    /// assert!(info.access_token.is_some());
    /// println!("valid for {:?} s", info.expires_in);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn login(&self) -> Result<TokenInfo> {
        let p = self.pipeline.platform();
        let _gate = p.login_gate.lock().await;
        p.login_locked(&self.pipeline).await.map(|(_, info)| info)
    }

    /// A request validated and encoded once (a hand-built login skips the call limiter:
    /// it has its own).
    fn prepare<E: Endpoint>(req: &E) -> Result<Prepared> {
        let mut prepared = Prepared::from_endpoint(req)?;
        prepared.rate_limited = E::PATH != Login::PATH;
        Ok(prepared)
    }

    /// Sends a typed request and returns the decoded content (with the envelope's
    /// paging total handed to [`Payload::absorb_total`]).
    ///
    /// Validates first, encodes once, logs in if needed, retries reads (and "busy"
    /// answers), and on a rejected token logs in once and retries once.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::api::org::DevList;
    ///
    /// let req = DevList { page_size: Some(10), ..DevList::default() };
    /// let page = client.send(&req).await?; // page 1
    /// assert_eq!(page.items.len(), 10);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn send<E>(&self, req: &E) -> Result<E::Response>
    where
        E: Endpoint,
        E::Response: Payload,
    {
        let prepared = Self::prepare(req)?;
        // A successful answer is decoded in one pass; any other takes the general path.
        let result = self
            .pipeline
            .execute_payload(&prepared, |env, resp| decode_content(&prepared, env, resp))
            .await
            .map(|(mut payload, total): (E::Response, _)| {
                payload.absorb_total(total);
                payload
            });
        if E::PATH == Logout::PATH {
            // The token dies with the call: forget it.
            self.pipeline.platform().store(None);
        }
        result
    }

    /// [`Client::send`] for GPSListForlarge, with the answer decoded in one pass and
    /// room for the expected number of points reserved up front
    /// ([`crate::gps::decode_answer`]); errors, retries and re-login as for `send`.
    async fn send_track(&self, req: &GpsListForLarge) -> Result<GpsTrack> {
        let prepared = Self::prepare(req)?;
        self.pipeline
            .execute_fast(
                &prepared,
                |resp| {
                    let capacity = req.expected_points(resp.body.len());
                    crate::gps::one_pass(&resp.body, capacity)
                },
                |env, resp| decode_content(&prepared, env, resp),
            )
            .await
    }

    /// Sends a typed request and returns the whole envelope, undecoded content
    /// included — the escape hatch for answers this SDK does not model. Error codes
    /// other than the token ones (401/332, which still trigger the re-login) are
    /// returned inside the envelope, not as errors.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::api::org::DevList;
    ///
    /// let envelope = client.raw(&DevList::default()).await?;
    /// assert!(envelope.is_success());
    /// println!("{:?} items in all", envelope.total);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn raw<E: Endpoint>(&self, req: &E) -> Result<Envelope<Value>> {
        self.raw_prepared(&Self::prepare(req)?).await
    }

    /// [`Client::raw`] for any prepared request (a path this SDK does not model).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::Prepared;
    ///
    /// // Any path, typed or not.
    /// let prepared = Prepared::new(http::Method::GET, "/api/v1/ext/DevTree");
    /// let envelope = client.raw_prepared(&prepared).await?;
    /// assert!(envelope.is_success());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn raw_prepared(&self, prepared: &Prepared) -> Result<Envelope<Value>> {
        let prepared = prepared.clone();
        let p = self.pipeline.platform();
        let generation = p.current().map(|t| t.generation);
        let sensitive = prepared.sensitive_response;
        let resp = self.execute_raw(&prepared).await?;
        let env = envelope::decode_raw_as(&prepared.path, sensitive, resp.status, &resp.body)?;
        match env.error_code().filter(ErrorCode::is_auth_failure) {
            None => Ok(env),
            Some(code) => {
                let rejected = p.current().map(|t| t.generation).or(generation);
                if p.can_login() && !is_auth_path(&prepared.path) {
                    if let Some(g) = rejected {
                        p.relogin(&self.pipeline, g).await?;
                        let resp = self.execute_raw(&prepared).await?;
                        let env = envelope::decode_raw_as(
                            &prepared.path,
                            sensitive,
                            resp.status,
                            &resp.body,
                        )?;
                        if !env.error_code().is_some_and(|c| c.is_auth_failure()) {
                            return Ok(env);
                        }
                        let code = env.error_code().unwrap_or(code);
                        let msg = env.message.as_deref();
                        return Err(client_core::ApiError::new(
                            prepared.path,
                            code,
                            msg,
                            resp.status,
                        )
                        .into());
                    }
                }
                let msg = env.message.as_deref();
                Err(client_core::ApiError::new(prepared.path, code, msg, resp.status).into())
            }
        }
    }

    /// [`Pipeline::execute_raw`], with the excerpt of a non-2xx credential answer
    /// removed from the error.
    async fn execute_raw(&self, prepared: &Prepared) -> Result<client_core::RawResponse> {
        let sensitive = prepared.sensitive_response || envelope::is_sensitive_path(&prepared.path);
        self.pipeline
            .execute_raw(prepared)
            .await
            .map_err(|e| match e {
                Error::Core(client_core::Error::Http { path, status, .. }) if sensitive => {
                    client_core::Error::Http {
                        path,
                        status,
                        excerpt: client_core::error::REDACTED_BODY.to_owned(),
                    }
                    .into()
                }
                other => other,
            })
    }

    /// Streams every item of a paged list, fetching pages lazily (1-based `page`, the
    /// endpoint's documented default page size unless the request sets one).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use futures::TryStreamExt;
    /// use mcs8_client::api::org::DevList;
    ///
    /// let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
    /// assert_eq!(devices.len(), sim.device_count());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn stream<P>(&self, req: P) -> PageStream<P::Item, Error>
    where
        P: Paged,
        P::Response: Payload,
    {
        let opts = self.pipeline.paginate_options(req.page_size());
        self.stream_with(req, opts)
    }

    /// [`Client::stream`] with explicit paginator options (prefetch, page cap).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use futures::TryStreamExt;
    /// use mcs8_client::{api::org::DevList, PaginateOptions};
    ///
    /// // Pages of 10, three requests in flight once the total is known.
    /// let opts = PaginateOptions::new(10).window(3);
    /// let devices: Vec<_> = client.stream_with(DevList::default(), opts).try_collect().await?;
    /// assert_eq!(devices.len(), sim.device_count());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn stream_with<P>(&self, req: P, opts: PaginateOptions) -> PageStream<P::Item, Error>
    where
        P: Paged,
        P::Response: Payload,
    {
        let client = self.clone();
        paged(req, opts, move |r: P| {
            let client = client.clone();
            async move { client.send(&r).await }
        })
    }

    /// 注销 — logs out (2.1.2): the token becomes invalid at once and is dropped from
    /// the cache. Without a cached token this does nothing.
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// client.login().await?;
    /// client.logout().await?; // the token is invalid from now on
    /// assert_eq!(sim.stats().by_path.get("/api/v1/auth/Logout"), Some(&1));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn logout(&self) -> Result<()> {
        let p = self.pipeline.platform();
        let Some(token) = p.current() else {
            return Ok(());
        };
        let req = Prepared::from_endpoint(&Logout {})?;
        let creds = Some(token);
        let result: Result<client_core::Ack> = self
            .pipeline
            .execute_as(&req, &creds, |env, resp| decode_content(&req, env, resp))
            .await;
        p.store(None);
        result.map(|_| ())
    }

    /// 获取文件网络访问地址 — a signed URL for a file valid for `expires` (2.5.4),
    /// refused client-side beyond 7 days with [`Error::SignedUrlExpiryTooLong`].
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use std::time::Duration;
    /// use futures::TryStreamExt;
    /// use mcs8_client::{api::data::RecordFileList, simulator::sim_day};
    ///
    /// let files = RecordFileList::new(sim_day(), sim_day().succ_opt().unwrap());
    /// let file = client.stream(files).try_next().await?.expect("a file");
    /// let url = client.signed_url(file.id.unwrap(), Duration::from_secs(3600)).await?;
    /// println!("{:?}", url.pub_url);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
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
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use mcs8_client::simulator::{sim_day, sim_device_id};
    ///
    /// let st = sim_day().and_hms_opt(0, 0, 0).unwrap();
    /// let et = st + chrono::TimeDelta::hours(1);
    /// let track = client.gps_track(&sim_device_id(1), st, et).await?;
    /// assert!(track.len() >= 360); // a point every 10 s
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
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
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sim = mcs8_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use std::time::Duration;
    /// use futures::TryStreamExt;
    /// use mcs8_client::simulator::{sim_day, sim_device_id};
    ///
    /// let st = sim_day().and_hms_opt(0, 0, 0).unwrap();
    /// let et = st + chrono::TimeDelta::days(2);
    /// let day = Duration::from_secs(86_400);
    /// let mut chunks = client.gps_track_chunks(&sim_device_id(1), st, et, day);
    /// while let Some(chunk) = chunks.try_next().await? {
    ///     println!("window {}/{}: {} points", chunk.index, chunk.windows, chunk.points.len());
    /// }
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
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
            match s.client.send_track(&req).await {
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
