//! # tums-client — the TP-LINK commercial cloud (TUMS 商用云) open API
//!
//! A typed, async client for every endpoint of the TUMS open API
//! (`tums-open-api.txt`): regions, devices, device configuration, live view and
//! playback, message subscription, passenger flow, alarms, vehicles and the `/evcs/`
//! solar endpoints.
//!
//! * **One endpoint, one type.** Each endpoint is a request struct in [`api`] that
//!   implements [`client_core::Endpoint`] (exact path, POST, JSON body, response type,
//!   documented ranges checked before sending). [`Client::send`] returns the typed
//!   `result`.
//! * **Signing done right.** Every attempt is signed with `X-Authorization` (1.2.2):
//!   a fresh UNIX-seconds timestamp and 32-character nonce each time, over exactly the
//!   bytes sent, with a TerminalId generated once per client. Retries re-sign, so the
//!   platform's nonce-replay check never trips. A local clock that is more than 5
//!   minutes off (-10302) is corrected from the server's `Date` header, once.
//! * **Errors that say what happened.** A non-zero `error_code` is [`Error::Api`]
//!   carrying an [`ErrorCode`] — every one of the 419 codes of the seed's 1.5 table,
//!   with its Chinese description. A batch call's `failList` is
//!   [`Error::PartialFailure`], never a silent success. Transport, timeout, HTTP
//!   status (HTML bodies survive as excerpts) and decode errors come from
//!   [`client_core::Error`]. [`Error::is_retryable`] follows the seed ("busy, retry"
//!   codes retry; signature errors never do).
//! * **Pagination.** [`Client::stream`] turns any `start`/`limit` endpoint into a
//!   [`futures::Stream`] that stops at `total`.
//! * **Temporary credentials** (1.2.2.5, 1.4.1.1): mint them
//!   ([`Client::with_temp_credentials`]), or let the client sign with temporary keys it
//!   refreshes before `expireTime` ([`ClientBuilder::temp_credentials`]).
//! * **Rate limits the seed states** are kept client-side: one vehicle export per 5 s
//!   ([`client::RATE_LIMITED_EXPORT_PATHS`]); an optional general limiter.
//! * **Webhook push** ([`webhook`]): a typed [`webhook::PushMessage`], a parser with
//!   typed errors and, with the `webhook` feature, an axum receiver.
//! * **Simulator** (feature `simulator`): an in-process fake cloud that checks
//!   signatures exactly as the platform does, keeps regions and devices, answers every
//!   other endpoint with its documented example and injects faults.
//!
//! ## Example
//!
//! ```
//! use futures::TryStreamExt;
//! use tums_client::api::region::{AddRegion, DeleteRegion, GetPagedRootRegions};
//! use tums_client::{Client, Error, ErrorCode};
//!
//! # #[cfg(not(feature = "simulator"))] fn main() {}
//! # #[cfg(feature = "simulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Error> {
//! # let sim = tums_client::simulator::Simulator::start().await.unwrap();
//! # std::env::set_var("TUMS_BASE_URL", sim.base_url());
//! # std::env::set_var("TUMS_AK", sim.credentials().id);
//! # std::env::set_var("TUMS_SK", sim.credentials().secret.expose());
//! // TUMS_BASE_URL (optional), TUMS_AK, TUMS_SK, TUMS_TERMINAL_ID (optional)
//! let client = Client::from_env()?;
//!
//! let hq = client.send(&AddRegion::new("Headquarters", "0")).await?;
//! client.send(&AddRegion::new("Floor 1", &hq.region_id)).await?;
//!
//! // Every root region, page after page (limit 1..=50 checked before sending).
//! let roots: Vec<_> = client.stream(GetPagedRootRegions::new()).try_collect().await?;
//! for r in &roots {
//!     println!("{} {} children={}", r.region_id, r.region_name, r.has_children);
//! }
//!
//! // Vendor errors are typed.
//! let default = roots.iter().find(|r| r.is_default()).unwrap();
//! match client.send(&DeleteRegion { region_id: default.region_id.clone() }).await {
//!     Err(Error::Api(api)) => {
//!         let code = api.code;
//!         assert_eq!(code, ErrorCode::E80405); // 默认分组不可删除
//!         assert!(!code.is_signature_error());
//!     }
//!     other => panic!("unexpected {other:?}"),
//! }
//! # Ok(()) }
//! ```
//!
//! ## Features
//!
//! | feature | adds |
//! |---|---|
//! | `simulator` | `simulator::Simulator` (wiremock) for tests, examples and offline work |
//! | `webhook` | `webhook::router`, `webhook::serve`: a guarded axum push receiver |
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod api;
pub mod client;
pub mod envelope;
pub mod error;
pub mod error_codes;
mod msg_content_type;
pub mod webhook;

#[cfg(feature = "simulator")]
pub mod simulator;

pub use client::{Client, ClientBuilder, ExportLimitMode};
pub use envelope::{Envelope, FailItem, PagedList};
pub use error::{Error, Result};
pub use error_codes::ErrorCode;

pub use client_core::{
    Ack, ApiError, ClientOptions, PageStream, PaginateOptions, Prepared, RateLimiter, RetryClass,
    RetryPolicy, Retryable, Secret,
};

#[cfg(feature = "simulator")]
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
