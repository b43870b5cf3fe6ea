//! # hongtu-client
//!
//! A typed async client for the **Megvii Hongtu 3000 AIoT box** OpenAPI (鸿图3000,
//! `hongtu-aiot-openapi.txt` V1.0.6): every endpoint as a typed request struct, `csign`
//! signing on every request, the multipart image uploads, the envelope and every
//! documented error code, paginated streams, typed callbacks and pushes, a callback
//! receiver (feature `webhook`) and an embedded simulator (feature `simulator`).
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use hongtu_client::api::person::{PersonInput, PersonList, PersonQuery};
//! use hongtu_client::dict::PersonType;
//! use hongtu_client::{Client, ErrorCode, ImageFile};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! // Or Client::from_env() with HONGTU_BASE_URL, HONGTU_APP_KEY, HONGTU_SECRET.
//! let client = Client::builder()
//!     .base_url("http://192.168.1.10")
//!     .credentials("appkey1", "sdfajk3242324fa!djq7")
//!     .build()?;
//!
//! // Upload a photo and enrol an employee with it.
//! let photo = ImageFile::read("alice.jpg")?;
//! let created = client.create_person_with_photo(PersonInput::employee("Alice"), photo).await?;
//!
//! // Every employee, page after page (pageNum/pageSize handled for you).
//! let employees: Vec<_> = client.stream(PersonList::of_type(PersonType::Employee)).try_collect().await?;
//! println!("{} employees", employees.len());
//!
//! // Failures are typed: a non-zero `code` is an Error::Api with its ErrorCode.
//! match client.send(&PersonQuery { uuid: "missing".into() }).await {
//!     Err(e) if e.code() == Some(ErrorCode::PERSON_NOT_FOUND) => println!("no such person"),
//!     Err(e) => return Err(e.into()),
//!     Ok(p) => println!("{} {}", p.uuid, p.name),
//! }
//! # let _ = created;
//! # Ok(()) }
//! ```
//!
//! ## Map
//!
//! * [`Client`] — signs (`ctimestamp`, 6-character `cnonce`, `cappkey`, `csign` over the
//!   exact body bytes), retries reads, decodes the `{code, msg, data}` envelope, all on
//!   the shared [`client_core::Pipeline`]; [`Client::send`], [`Client::stream`],
//!   [`Client::upload`], [`Client::raw`]. Configured like every anfang client
//!   ([`ClientBuilder`] has the shared option methods: timeouts, retry policy, proxy,
//!   extra root certificates…).
//! * [`upload`] — multipart uploads and the image types ([`ImageFile`], [`ImageUri`]).
//! * [`api`] — one module per seed module (人员管理 → [`api::person`], 组管理 →
//!   [`api::group`], …). Wire names stay as the seed spells them (`postion`,
//!   `scheduleUUId`, `visitPeronUuid` …); Rust names are clean.
//! * [`dict`] — every data-dictionary enumeration (数据字典) as an open enum, plus the
//!   vehicle-brand table.
//! * [`Error`] / [`ErrorCode`] — every code of the seed's error tables.
//! * [`callback`] — event, pass and attendance callbacks and the business-data pushes
//!   (busiType 1, 2, 3, 5, 12), with [`callback::parse_callback`].
//! * `webhook` (feature `webhook`) — an axum receiver to mount or run.
//! * `simulator` (feature `simulator`) — a signing-checking, stateful stand-in box on
//!   an ephemeral loopback port.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod api;
pub mod callback;
pub mod client;
pub mod dict;
pub mod envelope;
pub mod error;
pub mod error_codes;
#[cfg(feature = "simulator")]
pub mod simulator;
pub mod upload;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use client::{Client, ClientBuilder, EmptyBodyDigest};
#[cfg(feature = "simulator")]
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
pub use client_core::{
    Ack, ApiError, ClientOptions, PageStream, PaginateOptions, Prepared, RateLimiter, RetryClass,
    RetryPolicy, Retryable, Secret,
};
pub use error::{Error, Result};
pub use error_codes::{ErrorCode, ErrorModule};
pub use upload::{ImageFile, ImageUri, Upload};
