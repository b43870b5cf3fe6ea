//! # mcs8-client
//!
//! Typed async client for the **MCS8 dispatch platform** API (MCS8 平台 API 文档 ·
//! 数据管理部分 V2.8.0): all 54 endpoints, the login lifecycle, the platform's rate
//! limits, paged streams, compact GPS tracks, and an embedded simulator (feature
//! `simulator`).
//!
//! ```no_run
//! # async fn run() -> Result<(), mcs8_client::Error> {
//! use chrono::NaiveDate;
//! use futures::TryStreamExt;
//! use mcs8_client::api::org::DevList;
//! use mcs8_client::Client;
//!
//! let client = Client::builder()
//!     .base_url("https://mcs8.example.com:8443")
//!     .credentials("pc1", "000000")
//!     .build()?;
//!
//! // Every device, page by page (DevList pages 1000 at a time).
//! let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
//!
//! // One day of track of the first device, via GPSListForlarge.
//! if let Some(dev) = devices.first().and_then(|d| d.device_id.clone()) {
//!     let day = NaiveDate::from_ymd_opt(2024, 5, 6).unwrap();
//!     let st = day.and_hms_opt(0, 0, 0).unwrap();
//!     let track = client.gps_track(&dev, st, st + chrono::TimeDelta::days(1)).await?;
//!     println!("{dev}: {} points", track.len());
//! }
//! client.logout().await?;
//! # Ok(()) }
//! ```
//!
//! With the `simulator` feature the same code runs offline against an in-process fake
//! of the platform:
//!
//! ```
//! # #[cfg(feature = "simulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), mcs8_client::Error> {
//! use futures::TryStreamExt;
//! use mcs8_client::api::org::DevList;
//! use mcs8_client::simulator::Simulator;
//!
//! let sim = Simulator::start().await?;
//! let client = sim.client()?;
//! let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
//! assert_eq!(devices.len(), sim.device_count());
//! # Ok(()) }
//! # #[cfg(not(feature = "simulator"))]
//! # fn main() {}
//! ```
//!
//! ## How it works
//!
//! * **Endpoints** — one request struct per endpoint in [`api`] implementing
//!   [`client_core::Endpoint`] (GET → query string, POST → JSON body); list endpoints
//!   implement [`client_core::Paged`] with the seed's default page size
//!   (`DevList::DEFAULT_PAGE_SIZE` = 1000, `GpsList` 17280, `TaskList` 5000…).
//!   [`Client::send`] returns the decoded content, [`Client::stream`] a
//!   `futures::Stream` of items, [`Client::raw`] the whole [`Envelope`].
//! * **Models** — every entity of appendix B in [`models`], every enumeration in
//!   [`enums`] as an open enum keeping unknown values. The seed's wire typos
//!   (`deviceChennelList`, `urerName`, `enableDevicApn`, `custome`, `IdCard`) stay on
//!   the wire behind clean Rust names.
//! * **Envelope** — declared once ([`envelope::KEYS`]) and read by the shared
//!   [`client_core::Pipeline`]; see [`envelope`] for the reading
//!   (the seed's two format figures are lost). Codes 0 and 200 are success; every
//!   other code of appendix A.1 is an [`ErrorCode`] in [`Error::Api`].
//! * **Login** — `POST /api/v1/auth/Token` with the password signature
//!   ([`auth_signing::mcs8::login_signature`]; both `udef_v` and `udef_ver` = `"v1"`),
//!   the token in the `token` header, renewed by RefreshToken before expiry,
//!   single-flight, and one re-login + one retry on a rejected token.
//! * **Rate limits** — login ≤ 2/min and calls ≤ 10/s, client-side, shared by clones,
//!   configurable ([`ClientBuilder::login_rate_limit`], [`ClientBuilder::call_rate_limit`]).
//! * **GPS** — [`GpsPoint`] decodes `[time, lng, lat, accuracy]` without an
//!   intermediate `Value`; [`Client::gps_track`] covers long ranges in 7-day windows.
#![doc = ""]
#![doc = "## README"]
#![doc = ""]
#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
// The workspace MSRV is 1.80: `Option::is_none_or` (1.82) and `is_multiple_of` (1.87)
// are not available there.
#![allow(clippy::unnecessary_map_or, clippy::manual_is_multiple_of)]

pub mod api;
mod client;
pub mod enums;
pub mod envelope;
mod error;
pub mod gps;
pub mod models;
#[cfg(feature = "simulator")]
pub mod simulator;
mod wire;

pub use client::{
    AuthStats, Client, ClientBuilder, RateLimit, TrackChunk, ENV_BASE_URL, ENV_PASSWORD,
    ENV_USERNAME, TOKEN_HEADER,
};
#[cfg(feature = "simulator")]
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
pub use client_core::{
    Ack, ApiError, ClientOptions, PageStream, PaginateOptions, Prepared, RateLimiter, RetryClass,
    RetryPolicy, Retryable, Secret,
};
pub use envelope::{Envelope, EnvelopeFormat, KeySpellings, Listing, Payload};
pub use error::{Error, ErrorCode, Result};
pub use gps::{GpsPoint, GpsTrack};
pub use wire::QueryTime;

/// Re-exports of the shared machinery used in this crate's API.
pub use client_core;
