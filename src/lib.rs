//! # anfang — typed async Rust SDKs for Chinese security-video and AIoT platforms
//!
//! 安防 (*ānfáng*, "security and protection"). This umbrella crate re-exports one crate
//! per platform, each behind a feature (all on by default):
//!
//! | feature | crate | platform |
//! |---|---|---|
//! | `mcs8` | [`mcs8`] (`mcs8-client`) | MCS8 dispatch platform (integrator → platform, HTTP) |
//! | `hongtu` | [`hongtu`] (`hongtu-client`) | Megvii Hongtu 3000 AIoT box (integrator → box, HTTP; callbacks) |
//! | `lenfocus` | [`lenfocus`] (`lenfocus-device`) | Lenfocus third-party device protocol (device → platform, WebSocket + HTTP) |
//! | `tums` | [`tums`] (`tums-client`) | TP-LINK commercial cloud TUMS open API (integrator → cloud, HTTPS; webhook) |
//!
//! The feature `simulator` turns on the embedded simulator of every enabled platform.
//! [`signing`] (`auth-signing`) and [`core`] (`client-core`) are always available.
//!
//! ## Quick start
//!
//! Every platform ships an embedded simulator that checks requests the way the platform
//! does, so this runs with no account and no network (feature `simulator`):
//!
//! ```
//! # #[cfg(all(feature = "tums", feature = "simulator"))]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use anfang::tums::api::region::{AddRegion, GetPagedRootRegions};
//! use anfang::tums::simulator::Simulator;
//! use futures::TryStreamExt;
//!
//! let sim = Simulator::builder().start().await?;
//! let client = sim.client()?; // against the real cloud: anfang::tums::Client::from_env()?
//! client.send(&AddRegion::new("Building A", "0")).await?;
//! let roots: Vec<_> = client.stream(GetPagedRootRegions::new()).try_collect().await?;
//! assert!(roots.iter().any(|r| r.region_name == "Building A"));
//! # Ok(()) }
//! # #[cfg(not(all(feature = "tums", feature = "simulator")))]
//! # fn main() {}
//! ```
//!
//! Every client has the same shape: a builder with the same option methods
//! (`base_url`, `timeout`, `operation_timeout`, `retry_policy`, `rate_limiter`,
//! `add_root_certificate_pem`, `proxy`…) and `credentials(..)`, then `send` (one typed
//! request), `stream` (every item of a paged list as a `futures::Stream`) and `raw`
//! (the envelope as received). All of them run on one request pipeline
//! ([`core::Pipeline`]); errors are typed, vendor errors carry the endpoint path, the
//! vendor's code and message and the HTTP status ([`core::ApiError`]).
//!
//! ```
//! // Every platform's signature is a pure function (seed worked example).
//! let sign = anfang::signing::lenfocus::param_signature(
//!     [("sn", "Y3CA123489"), ("did", "876433"), ("ts", "1658029108"), ("appid", "FUN790386")],
//!     "AABBCC112233",
//! );
//! assert_eq!(sign, "C7C164B353F05DF3E219E82FC4619912");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use auth_signing as signing;
pub use client_core as core;

#[cfg(feature = "hongtu")]
pub use hongtu_client as hongtu;
#[cfg(feature = "lenfocus")]
pub use lenfocus_device as lenfocus;
#[cfg(feature = "mcs8")]
pub use mcs8_client as mcs8;
#[cfg(feature = "tums")]
pub use tums_client as tums;

/// The README's code blocks, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
