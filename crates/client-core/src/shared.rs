//! State shared by many processes that use one platform account: credentials with a
//! refresh lease, and rate limits counted once for the whole account.
//!
//! A platform's limits are per account — MCS8 allows 2 logins a minute and 10 calls a
//! second per account, TUMS one export per 5 s per project — while a client's token
//! cache and limiters live in one process. Four replicas of a service therefore log in
//! four times and send four times the allowed rate. [`SharedState`] moves both into a
//! store every process reaches:
//!
//! - a [`CredentialStore`]: a credential with its expiry, and a **refresh lease** so
//!   that exactly one process logs in (or mints temporary keys) while the others wait
//!   for its result; a lease is a key with a TTL, so a holder that dies blocks the
//!   others for at most that TTL;
//! - a [`SharedLimiter`]: one permit of a named limit (one call per period, a burst of
//!   up to `burst`), counted atomically by the store, so N processes together never
//!   exceed the platform's rate. Callers wait (never fail) for a permit, up to the
//!   call's operation timeout.
//!
//! [`SharedState::in_memory`] keeps both in this process (what every client does
//! without sharing, here available to share between clients of one process and as a
//! reference implementation); with the `redis` feature `SharedState::redis` keeps
//! them in Redis (`RedisShared`).
//!
//! **When the store fails** (Redis down or unreachable), clients fall back to
//! per-process behaviour: they log in or mint keys themselves and use a local limiter
//! of the same rate, log one warning per outage, and go back to the store when it
//! answers again. Calls never fail because of the store; during an outage the
//! account-wide limits hold per process only.
//!
//! Enable it with one builder call on the MCS8 or TUMS client:
//!
//! ```no_run
//! # #[cfg(feature = "redis")]
//! # fn demo() -> Result<(), client_core::Error> {
//! use client_core::shared::SharedState;
//! let shared = SharedState::redis("redis://127.0.0.1:6379/", "billing-service")?;
//! // mcs8_client::Client::builder().shared_state(shared) …
//! # let _ = shared; Ok(()) }
//! ```

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::Secret;

#[cfg(feature = "redis")]
mod redis_store;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub use redis_store::RedisShared;
#[cfg(all(feature = "redis", feature = "test-util"))]
mod test_server;
#[cfg(all(feature = "redis", feature = "test-util"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "redis", feature = "test-util"))))]
pub use test_server::RedisServer;

/// A boxed future, as the store traits return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A store failed (unreachable, timed out, answered nonsense). Clients fall back to
/// per-process behaviour on it; the message never carries a stored value.
#[derive(Debug, Clone, thiserror::Error)]
#[error("shared state unavailable: {0}")]
pub struct StoreError(pub String);

/// A credential as stored: its serialized value (platform-specific, secret) and when
/// it stops being usable.
#[derive(Clone)]
pub struct StoredCredential {
    /// The credential, serialized by the client that stored it (a token, a key pair).
    pub value: Secret,
    /// When it expires, in UNIX milliseconds.
    pub expires_at_ms: i64,
}

impl fmt::Debug for StoredCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredCredential")
            .field("value", &"<redacted>")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish()
    }
}

impl StoredCredential {
    /// A credential that expires `lifetime` from now.
    pub fn expiring_in(value: impl Into<Secret>, lifetime: Duration) -> Self {
        let lifetime_ms = i64::try_from(lifetime.as_millis()).unwrap_or(i64::MAX);
        Self {
            value: value.into(),
            expires_at_ms: now_ms().saturating_add(lifetime_ms),
        }
    }

    /// Time left before it expires (zero once expired).
    pub fn remaining(&self) -> Duration {
        let left = self.expires_at_ms.saturating_sub(now_ms());
        Duration::from_millis(u64::try_from(left).unwrap_or(0))
    }
}

/// The current time in UNIX milliseconds.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Where credentials shared by many processes live.
///
/// Keys are full keys (the [`SharedState`] prefix already applied).
pub trait CredentialStore: Send + Sync + 'static {
    /// The credential under `key`, if one is stored and not expired.
    fn load<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<StoredCredential>, StoreError>>;
    /// Stores `cred` under `key` until it expires.
    fn save<'a>(
        &'a self,
        key: &'a str,
        cred: &'a StoredCredential,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
    /// Removes the credential under `key` if it is still `value` (a rejected token is
    /// dropped once, never a newer one another process stored meanwhile). Returns
    /// whether it removed it.
    fn remove_if<'a>(
        &'a self,
        key: &'a str,
        value: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;
    /// Takes the lease `key` for `holder` for `ttl` if nobody holds it.
    fn try_lease<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;
    /// Gives the lease back if `holder` still holds it.
    fn release<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
}

/// Rate limits counted once for every process that shares the store.
pub trait SharedLimiter: Send + Sync + 'static {
    /// Takes one permit of the limit `key` — one call per `period`, up to `burst` at
    /// once — and returns `None`, or returns how long to wait before asking again.
    fn try_acquire<'a>(
        &'a self,
        key: &'a str,
        period: Duration,
        burst: u32,
    ) -> BoxFuture<'a, Result<Option<Duration>, StoreError>>;
}

/// The shared state of one deployment: a credential store, a limiter and the key
/// prefix that separates this deployment's keys from others in the same store.
#[derive(Clone)]
pub struct SharedState {
    store: Arc<dyn CredentialStore>,
    limiter: Arc<dyn SharedLimiter>,
    prefix: Arc<str>,
    lease_ttl: Duration,
    poll: Duration,
    degraded: Arc<AtomicBool>,
    description: Arc<str>,
}

impl fmt::Debug for SharedState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedState")
            .field("backend", &self.description)
            .field("prefix", &self.prefix)
            .field("lease_ttl", &self.lease_ttl)
            .finish()
    }
}

/// How long a refresh lease lasts by default: longer than one login with its retries
/// takes, short enough that a crashed holder delays the others only briefly.
pub const DEFAULT_LEASE_TTL: Duration = Duration::from_secs(10);

impl SharedState {
    /// Shared state kept in this process: clients built with the same value share
    /// one login, one temporary key and one set of limits.
    ///
    /// ```
    /// let shared = client_core::shared::SharedState::in_memory("svc");
    /// assert_eq!(shared.key("mcs8:token"), "svc:mcs8:token");
    /// ```
    pub fn in_memory(prefix: &str) -> Self {
        let mem = Arc::new(InMemory::default());
        Self::new(mem.clone(), mem, prefix, "in-memory")
    }

    /// Shared state on any store and limiter.
    pub fn new(
        store: Arc<dyn CredentialStore>,
        limiter: Arc<dyn SharedLimiter>,
        prefix: &str,
        description: &str,
    ) -> Self {
        Self {
            store,
            limiter,
            prefix: prefix.into(),
            lease_ttl: DEFAULT_LEASE_TTL,
            poll: Duration::from_millis(25),
            degraded: Arc::new(AtomicBool::new(false)),
            description: description.into(),
        }
    }

    /// Shared state in Redis at `url` (`redis://[:password@]host:port/db` or
    /// `redis+unix:///path`), keys under `prefix`. Connects lazily, on first use.
    ///
    /// ```
    /// let shared = client_core::shared::SharedState::redis("redis://127.0.0.1:6379/", "svc")?;
    /// # Ok::<(), client_core::Error>(())
    /// ```
    #[cfg(feature = "redis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
    pub fn redis(url: &str, prefix: &str) -> Result<Self, crate::Error> {
        let redis = Arc::new(RedisShared::open(url)?);
        Ok(Self::new(redis.clone(), redis, prefix, "redis"))
    }

    /// How long a refresh lease lasts (default [`DEFAULT_LEASE_TTL`]): the longest
    /// a crashed holder can keep the others waiting.
    #[must_use]
    pub fn lease_ttl(mut self, ttl: Duration) -> Self {
        self.lease_ttl = ttl.max(Duration::from_millis(100));
        self
    }

    /// The full key of `name` under this state's prefix.
    pub fn key(&self, name: &str) -> String {
        format!("{}:{name}", self.prefix)
    }

    /// Whether the last store operation failed (the clients are running per-process).
    pub fn is_degraded(&self) -> bool {
        self.degraded.load(Ordering::Relaxed)
    }

    fn store_ok(&self) {
        if self.degraded.swap(false, Ordering::Relaxed) {
            tracing::info!(backend = %self.description, "shared state reachable again");
        }
    }

    fn store_failed(&self, e: &StoreError) {
        if !self.degraded.swap(true, Ordering::Relaxed) {
            tracing::warn!(
                backend = %self.description,
                error = %e,
                "shared state unavailable; falling back to per-process credentials and limits"
            );
        }
    }

    /// The credential under `name`: the stored one while it has more than `fresh_for`
    /// left, otherwise one fresh from `refresh`, run by exactly one process at a time
    /// (the lease holder) while the others wait for its result. A holder that dies
    /// stops blocking the others when its lease expires. When the store fails,
    /// `refresh` runs here (per-process fallback).
    pub async fn credential<E, F, Fut>(
        &self,
        name: &str,
        fresh_for: Duration,
        refresh: F,
    ) -> Result<StoredCredential, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<StoredCredential, E>>,
    {
        let key = self.key(name);
        let lease = format!("{key}:lease");
        let holder = uuid::Uuid::new_v4().simple().to_string();
        // Waiters poll; bounded by the lease TTL (after which a dead holder's lease is
        // gone and one of them takes it) plus one refresh of slack, per round.
        let mut waited = Duration::ZERO;
        let limit = self.lease_ttl * 3;
        loop {
            match self.store.load(&key).await {
                Ok(Some(c)) if c.remaining() > fresh_for => {
                    self.store_ok();
                    return Ok(c);
                }
                Ok(_) => self.store_ok(),
                Err(e) => {
                    self.store_failed(&e);
                    return refresh().await;
                }
            }
            match self.store.try_lease(&lease, &holder, self.lease_ttl).await {
                Ok(true) => {
                    // Another holder may have stored a fresh one between our load and
                    // our lease: look once more before refreshing.
                    if let Ok(Some(c)) = self.store.load(&key).await {
                        if c.remaining() > fresh_for {
                            if let Err(e) = self.store.release(&lease, &holder).await {
                                self.store_failed(&e);
                            }
                            return Ok(c);
                        }
                    }
                    let result = refresh().await;
                    if let Ok(c) = &result {
                        if let Err(e) = self.store.save(&key, c).await {
                            self.store_failed(&e);
                        }
                    }
                    if let Err(e) = self.store.release(&lease, &holder).await {
                        self.store_failed(&e);
                    }
                    return result;
                }
                Ok(false) => {
                    if waited >= limit {
                        // The lease keeps being renewed by others that never store a
                        // result (their refreshes fail): stop waiting, refresh here.
                        tracing::warn!(key = %key, "waited {waited:?} for another process's refresh; refreshing here");
                        return refresh().await;
                    }
                    tokio::time::sleep(self.poll).await;
                    waited += self.poll;
                }
                Err(e) => {
                    self.store_failed(&e);
                    return refresh().await;
                }
            }
        }
    }

    /// Drops the credential under `name` if it is still `value` (after the platform
    /// rejected it), so the next [`credential`](Self::credential) refreshes it once.
    pub async fn invalidate(&self, name: &str, value: &str) {
        match self.store.remove_if(&self.key(name), value).await {
            Ok(_) => self.store_ok(),
            Err(e) => self.store_failed(&e),
        }
    }

    /// Asks for one permit of the shared limit `name` (one call per `period`, up to
    /// `burst` at once) without waiting.
    pub async fn try_permit(&self, name: &str, period: Duration, burst: u32) -> Permit {
        match self
            .limiter
            .try_acquire(&self.key(name), period, burst.max(1))
            .await
        {
            Ok(None) => {
                self.store_ok();
                Permit::Granted
            }
            Ok(Some(wait)) => {
                self.store_ok();
                Permit::Wait(wait)
            }
            Err(e) => {
                self.store_failed(&e);
                Permit::Unavailable
            }
        }
    }
}

/// The answer of [`SharedState::try_permit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permit {
    /// The permit is taken: go ahead.
    Granted,
    /// No permit now: ask again after this long.
    Wait(Duration),
    /// The store failed: count in this process instead.
    Unavailable,
}

/// The in-process store and limiter of [`SharedState::in_memory`].
#[derive(Default)]
pub struct InMemory {
    creds: Mutex<HashMap<String, StoredCredential>>,
    leases: Mutex<HashMap<String, (String, std::time::Instant)>>,
    /// Theoretical arrival time (GCRA) of each limit.
    tats: Mutex<HashMap<String, std::time::Instant>>,
}

impl fmt::Debug for InMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InMemory")
    }
}

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl CredentialStore for InMemory {
    fn load<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<StoredCredential>, StoreError>> {
        let found = locked(&self.creds)
            .get(key)
            .filter(|c| c.remaining() > Duration::ZERO)
            .cloned();
        Box::pin(async move { Ok(found) })
    }

    fn save<'a>(
        &'a self,
        key: &'a str,
        cred: &'a StoredCredential,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        locked(&self.creds).insert(key.to_owned(), cred.clone());
        Box::pin(async { Ok(()) })
    }

    fn remove_if<'a>(
        &'a self,
        key: &'a str,
        value: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        let mut creds = locked(&self.creds);
        let hit = creds.get(key).is_some_and(|c| c.value.expose() == value);
        if hit {
            creds.remove(key);
        }
        Box::pin(async move { Ok(hit) })
    }

    fn try_lease<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        let now = std::time::Instant::now();
        let mut leases = locked(&self.leases);
        let free = leases.get(key).is_none_or(|(_, until)| *until <= now);
        if free {
            leases.insert(key.to_owned(), (holder.to_owned(), now + ttl));
        }
        Box::pin(async move { Ok(free) })
    }

    fn release<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        let mut leases = locked(&self.leases);
        if leases.get(key).is_some_and(|(h, _)| h == holder) {
            leases.remove(key);
        }
        Box::pin(async { Ok(()) })
    }
}

impl SharedLimiter for InMemory {
    fn try_acquire<'a>(
        &'a self,
        key: &'a str,
        period: Duration,
        burst: u32,
    ) -> BoxFuture<'a, Result<Option<Duration>, StoreError>> {
        // GCRA, as the Redis script: allowed when now >= tat - (burst - 1) * period.
        let now = std::time::Instant::now();
        let tolerance = period * burst.saturating_sub(1);
        let mut tats = locked(&self.tats);
        let tat = tats.get(key).copied().unwrap_or(now).max(now);
        let allowed_from = tat.checked_sub(tolerance).unwrap_or(now);
        let answer = if now >= allowed_from {
            tats.insert(key.to_owned(), tat + period);
            None
        } else {
            Some(allowed_from - now)
        };
        Box::pin(async move { Ok(answer) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    #[tokio::test]
    async fn one_refresh_however_many_ask() {
        let shared = SharedState::in_memory("t");
        let refreshes = Arc::new(AtomicU32::new(0));
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let shared = shared.clone();
            let refreshes = refreshes.clone();
            tasks.push(tokio::spawn(async move {
                shared
                    .credential("tok", Duration::from_secs(1), || async {
                        refreshes.fetch_add(1, Ordering::SeqCst);
                        tokio::task::yield_now().await;
                        Ok::<_, ()>(StoredCredential::expiring_in("v1", Duration::from_secs(60)))
                    })
                    .await
                    .map(|c| c.value.expose().to_owned())
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap().unwrap(), "v1");
        }
        assert_eq!(refreshes.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn invalidate_drops_only_the_rejected_value() {
        let shared = SharedState::in_memory("t");
        let c = StoredCredential::expiring_in("new", Duration::from_secs(60));
        shared.store.save(&shared.key("tok"), &c).await.unwrap();
        shared.invalidate("tok", "old").await;
        assert!(shared
            .store
            .load(&shared.key("tok"))
            .await
            .unwrap()
            .is_some());
        shared.invalidate("tok", "new").await;
        assert!(shared
            .store
            .load(&shared.key("tok"))
            .await
            .unwrap()
            .is_none());
    }

    #[tokio::test]
    async fn a_failed_refresh_releases_the_lease() {
        let shared = SharedState::in_memory("t");
        let r = shared
            .credential("tok", Duration::ZERO, || async {
                Err::<StoredCredential, _>("no")
            })
            .await;
        assert!(r.is_err());
        let r = shared
            .credential("tok", Duration::ZERO, || async {
                Ok::<_, ()>(StoredCredential::expiring_in("v", Duration::from_secs(5)))
            })
            .await
            .unwrap();
        assert_eq!(r.value.expose(), "v");
    }

    #[tokio::test]
    async fn gcra_spaces_permits_and_allows_the_burst() {
        let mem = InMemory::default();
        let period = Duration::from_secs(3600);
        assert_eq!(mem.try_acquire("k", period, 2).await.unwrap(), None);
        assert_eq!(mem.try_acquire("k", period, 2).await.unwrap(), None);
        let wait = mem.try_acquire("k", period, 2).await.unwrap().unwrap();
        assert!(
            wait > Duration::from_secs(3500) && wait <= period,
            "{wait:?}"
        );
    }

    #[test]
    fn debug_never_shows_the_value() {
        let c = StoredCredential::expiring_in("hunter2", Duration::from_secs(1));
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
