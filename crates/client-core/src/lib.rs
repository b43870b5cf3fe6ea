//! # client-core
//!
//! The machinery every anfang platform client shares, written once:
//!
//! * [`Pipeline`] — the one request executor: validate → encode once → per attempt
//!   credentials → gates → sign → send → interpret, in one retry loop, with one
//!   documented order of checks. A platform supplies a [`Platform`] implementation
//!   (its signature, envelope, codes and auth hooks); its client is a thin typed face.
//! * [`ClientOptions`] and [`client_options!`] — the same builder methods on every
//!   client; [`env`](mod@env) — one way to read the environment.
//! * [`Endpoint`] — one request struct per endpoint that knows its method, path,
//!   encoding, response type and whether it is safe to retry (in the spirit of the
//!   `gitlab` crate's `Endpoint`).
//! * [`Transport`] — HTTP on `reqwest` + rustls with connection pooling, a timeout on
//!   every request and one `tracing` span per request (method, path, status, latency;
//!   never a header value or a body).
//! * [`retry()`] — bounded exponential backoff with jitter around *sign + send*, so every
//!   attempt is signed afresh, and only where it is safe.
//! * [`RateLimiter`] — a client-side limiter that smooths bursts instead of rejecting.
//! * [`paginate`] — the one paginated [`futures::Stream`]: lazy, optional prefetch of
//!   the next page, every stop condition, and a guard against servers that never stop.
//! * [`Secret`] — a string that never shows in `Debug`, `Display`, logs or errors.
//! * [`lenient`] — serde helpers for the seeds' inconsistent JSON.
//! * [`Error`] — the shared error vocabulary each platform error wraps.
//!
//! ```
//! use client_core::{paginate, Page, PageRequest, PaginateOptions};
//! use futures::TryStreamExt;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), client_core::Error> {
//! // A fake "server" with 7 items, 3 per page.
//! let items: Vec<u32> = (1..=7).collect();
//! let stream = paginate(PaginateOptions::new(3), move |req: PageRequest| {
//!     let items = items.clone();
//!     async move {
//!         let start = req.offset() as usize;
//!         let page = items.iter().skip(start).take(req.size as usize).copied().collect();
//!         Ok::<_, client_core::Error>(Page::new(page, Some(7)))
//!     }
//! });
//! let all: Vec<u32> = stream.try_collect().await?;
//! assert_eq!(all, vec![1, 2, 3, 4, 5, 6, 7]);
//! # Ok(()) }
//! ```
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod endpoint;
pub mod env;
pub mod envelope;
pub mod error;
pub mod lenient;
pub mod options;
pub mod pagination;
pub mod pipeline;
pub mod rate_limit;
pub mod retry;
pub mod secret;
pub mod shared;
pub mod sim;
pub mod transport;
pub mod validate;
#[cfg(feature = "webhook")]
pub mod webhook;

#[cfg(feature = "test-util")]
pub mod fixture;
#[cfg(feature = "test-util")]
pub mod raw_server;

pub use endpoint::{Ack, BodyKind, Encoded, Endpoint, Paged};
pub use envelope::{Envelope, EnvelopeKeys};
pub use error::{excerpt, ApiError, Error, RetryClass, Retryable, VendorCode};
pub use options::ClientOptions;
pub use pagination::{paginate, Page, PageRequest, PageStream, PaginateOptions};
pub use pipeline::{Pipeline, Platform, Prepared, Recovery, ResponseMeta};
pub use rate_limit::RateLimiter;
pub use retry::{retry, RetryPolicy};
pub use secret::Secret;
pub use transport::{
    MultipartField, RawRequest, RawResponse, RequestBody, Transport, TransportConfig,
};

/// Re-exports used in the public API, so users need not match versions.
pub mod reexports {
    #[cfg(feature = "webhook")]
    pub use axum;
    pub use bytes;
    pub use chrono;
    pub use futures;
    pub use http;
    pub use reqwest;
    pub use serde_json;
    pub use url;
}

/// Current UNIX time in whole seconds (the one place platform crates read the clock
/// for signing, so tests can reason about it).
pub fn unix_seconds() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Current UNIX time in milliseconds.
pub fn unix_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// A fresh random nonce of `len` characters from `[0-9a-z]`.
///
/// ```
/// let n = client_core::random_nonce(6);
/// assert_eq!(n.len(), 6);
/// assert!(n.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
/// ```
pub fn random_nonce(len: usize) -> String {
    use rand::Rng as _;
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A 32-character lower-case hex nonce (a UUID v4 without dashes), as TUMS suggests.
pub fn uuid_nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}
