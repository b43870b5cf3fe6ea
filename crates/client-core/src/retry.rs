//! Bounded exponential backoff with jitter, around *sign + send*.
//!
//! The operation passed to [`retry`] must build, sign and send the request itself, so
//! that every attempt carries a fresh timestamp and nonce (TUMS rejects a nonce reused
//! within five minutes; a middleware that re-sends an already-signed request fails).
//!
//! What is retried is decided by [`Retryable::retry_class`]:
//!
//! | class | retried when |
//! |---|---|
//! | [`RetryClass::Always`] (connect failure, "busy", rate limited) | always |
//! | [`RetryClass::IfIdempotent`] (timeout, 5xx, reset) | the request is idempotent, or the caller opted in with [`RetryPolicy::retry_non_idempotent`] |
//! | [`RetryClass::Never`] | never |

use std::future::Future;
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable as _};

use crate::error::{RetryClass, Retryable};

/// Retry settings. Attempts and total time are both bounded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Maximum retries after the first attempt (0 disables retrying).
    pub max_retries: usize,
    /// First backoff delay.
    pub min_delay: Duration,
    /// Largest backoff delay.
    pub max_delay: Duration,
    /// Upper bound on the sum of backoff delays.
    pub max_total_delay: Duration,
    /// Random jitter on each delay (recommended).
    pub jitter: bool,
    /// Also retry non-idempotent requests after errors that leave it unknown whether
    /// the server processed them (timeouts, 5xx). Off by default.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// 3 retries, 200 ms doubling to at most 5 s, at most 20 s of waiting in total,
    /// with jitter; non-idempotent requests retried only on errors that prove the
    /// request was not processed.
    fn default() -> Self {
        Self {
            max_retries: 3,
            min_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            max_total_delay: Duration::from_secs(20),
            jitter: true,
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// A fast policy for tests and simulators: same rules, millisecond delays.
    pub fn fast(max_retries: usize) -> Self {
        Self {
            max_retries,
            min_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(10),
            max_total_delay: Duration::from_secs(1),
            jitter: true,
            retry_non_idempotent: false,
        }
    }

    /// Whether an error of `class` should be retried for a request that is (or is not)
    /// `idempotent`.
    pub fn should_retry(&self, class: RetryClass, idempotent: bool) -> bool {
        match class {
            RetryClass::Never => false,
            RetryClass::Always => true,
            RetryClass::IfIdempotent => idempotent || self.retry_non_idempotent,
        }
    }

    fn backoff(&self) -> ExponentialBuilder {
        let mut b = ExponentialBuilder::default()
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay)
            .with_max_times(self.max_retries)
            .with_total_delay(Some(self.max_total_delay));
        if self.jitter {
            b = b.with_jitter();
        }
        b
    }
}

/// Runs `op` until it succeeds, fails with an error that should not be retried, or the
/// policy's attempts or total delay are used up. `op` is called once per attempt and
/// must sign afresh.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use std::sync::atomic::{AtomicU32, Ordering};
/// use client_core::{retry, Error, RetryPolicy};
///
/// let attempts = AtomicU32::new(0);
/// let result = retry(&RetryPolicy::fast(3), true, || async {
///     let n = attempts.fetch_add(1, Ordering::SeqCst);
///     if n < 2 {
///         Err(Error::Timeout { path: "/x".into(), after: std::time::Duration::from_secs(1), attempts: 1 })
///     } else {
///         Ok(n)
///     }
/// })
/// .await;
/// assert_eq!(result.unwrap(), 2);
/// assert_eq!(attempts.load(Ordering::SeqCst), 3);
/// # }
/// ```
pub async fn retry<T, E, F, Fut>(policy: &RetryPolicy, idempotent: bool, op: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
    E: Retryable + std::fmt::Display,
{
    if policy.max_retries == 0 {
        let mut op = op;
        return op().await;
    }
    op.retry(policy.backoff())
        .sleep(tokio::time::sleep)
        .when(|e: &E| policy.should_retry(e.retry_class(), idempotent))
        .adjust(|e: &E, delay| match (e.retry_after(), delay) {
            (Some(after), Some(d)) => Some(after.max(d)),
            (_, d) => d,
        })
        .notify(|e: &E, delay: Duration| {
            tracing::warn!(error = %e, ?delay, "retrying after error");
        })
        .await
}
