//! [`RateLimiter`]: client-side rate limiting on `governor`.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota};

use crate::shared::{Permit, SharedState};

/// A shared, cloneable rate limiter. Clones share the same budget, so every clone of
/// a client draws from one limit. [`RateLimiter::acquire`] waits for a slot rather than
/// failing, which smooths a burst of calls into the allowed rate.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use std::num::NonZeroU32;
/// let limiter = client_core::RateLimiter::per_second(NonZeroU32::new(10).unwrap());
/// limiter.acquire().await; // immediate: the burst allowance is 1 by default
/// # }
/// ```
///
/// Waiting is first-come-first-served: callers queue on a fair (FIFO) lock and the
/// head of the queue waits for the next slot, so under overload no caller waits longer
/// than the callers ahead of it need (`position × period`).
#[derive(Clone)]
pub struct RateLimiter {
    inner: Arc<DefaultDirectRateLimiter>,
    queue: Arc<tokio::sync::Mutex<()>>,
    description: Arc<str>,
    /// One call per `period`, `burst` at once: the same quota, for a shared limit.
    period: Duration,
    burst: NonZeroU32,
    /// Counted in shared state under this name instead of in this process.
    shared: Option<(SharedState, Arc<str>)>,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.shared {
            Some((_, name)) => write!(f, "RateLimiter({}, shared as {name})", self.description),
            None => write!(f, "RateLimiter({})", self.description),
        }
    }
}

impl RateLimiter {
    /// At most `n` calls per second, evenly spaced (no burst beyond one call).
    pub fn per_second(n: NonZeroU32) -> Self {
        Self::from_quota(
            Quota::per_second(n).allow_burst(NonZeroU32::MIN),
            format!("{n}/s"),
        )
    }

    /// At most `n` calls per minute, evenly spaced.
    pub fn per_minute(n: NonZeroU32) -> Self {
        Self::from_quota(
            Quota::per_minute(n).allow_burst(NonZeroU32::MIN),
            format!("{n}/min"),
        )
    }

    /// One call per `period`, with up to `burst` calls at once.
    ///
    /// Returns `None` for a zero period.
    pub fn with_period(period: Duration, burst: NonZeroU32) -> Option<Self> {
        let quota = Quota::with_period(period)?.allow_burst(burst);
        Some(Self::from_quota(
            quota,
            format!("1 per {period:?}, burst {burst}"),
        ))
    }

    fn from_quota(quota: Quota, description: String) -> Self {
        Self {
            inner: Arc::new(DefaultDirectRateLimiter::direct(quota)),
            queue: Arc::new(tokio::sync::Mutex::new(())),
            description: description.into(),
            period: quota.replenish_interval(),
            burst: quota.burst_size(),
            shared: None,
        }
    }

    /// The same limit counted once for every process that uses `state`, under the key
    /// `name` (e.g. `mcs8:<account>:calls`): N processes together stay within it.
    /// When the shared state fails, this limiter counts in this process until it
    /// answers again.
    ///
    /// ```
    /// use std::num::NonZeroU32;
    /// use client_core::{shared::SharedState, RateLimiter};
    /// let state = SharedState::in_memory("svc");
    /// let limiter = RateLimiter::per_second(NonZeroU32::new(10).unwrap()).shared(&state, "calls");
    /// assert!(format!("{limiter:?}").contains("shared"));
    /// ```
    #[must_use]
    pub fn shared(mut self, state: &SharedState, name: &str) -> Self {
        self.shared = Some((state.clone(), name.into()));
        self
    }

    /// Waits until a call is allowed, in arrival order (within this process; across
    /// processes, in the order the shared store grants permits).
    pub async fn acquire(&self) {
        let _turn = self.queue.lock().await;
        if let Some((state, name)) = &self.shared {
            // Bounded: each round either takes the permit, waits the time the store
            // names (at most one period per queued caller), or falls back.
            loop {
                match state.try_permit(name, self.period, self.burst.get()).await {
                    Permit::Granted => return,
                    Permit::Wait(wait) => tokio::time::sleep(wait).await,
                    Permit::Unavailable => break,
                }
            }
        }
        self.inner.until_ready().await;
    }

    /// Takes a slot if one is free now and nobody is queued, without waiting (counted
    /// in this process, also for a [`shared`](Self::shared) limiter).
    pub fn try_acquire(&self) -> bool {
        match self.queue.try_lock() {
            Ok(_turn) => self.inner.check().is_ok(),
            Err(_) => false,
        }
    }
}
