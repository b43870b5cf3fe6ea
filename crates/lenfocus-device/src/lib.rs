//! # lenfocus-device
//!
//! The **device side** of the Lenfocus third-party device protocol
//! (平台三方设备对接协议规范): what a camera or edge-box maker needs to connect a
//! device to a Lenfocus platform.
//!
//! * A resilient **WebSocket session** ([`Device`] → [`Session`]): `/connect` signed
//!   with the device's RSA key, the token kept and renewed with `/token/update`
//!   before it expires, `/heartbeat` within the server's interval, reconnection
//!   with jittered exponential backoff after a drop, a server close or a failed
//!   heartbeat, and an explicit graceful [`Session::shutdown`]. Requests are matched
//!   to replies by `msgid`; a reply that never comes is [`Error::ReplyTimeout`].
//! * The twelve **server commands** (1.5–1.16) as typed [`commands`], answered by a
//!   [`CommandHandler`] (one async method per command, each defaulting to
//!   "not supported", code 404) or taken from a [`CommandStream`] with a
//!   [`Responder`]. The runtime builds the reply envelope (same `msgid` and `uri`,
//!   code 200). Unknown commands are answered 404 and surfaced as
//!   [`SessionEvent::UnknownCommand`].
//! * The five **HTTP uploads** (2.1–2.5) through [`HttpClient`]: bearer token from the
//!   live session, on the shared request pipeline ([`client_core::Pipeline`]: the
//!   same options, retries, timeouts and `Retry-After` handling as every anfang
//!   client), one `/token/update` + retry on a 401, images as bytes encoded the way
//!   the seed shows, OTA components downloaded and checked against MD5 and SHA-256,
//!   and the optional parameter signature (三、签名算法). Vendor codes arrive as
//!   [`Error::Api`] ([`ApiError`] with the path or uri, [`ResultCode`], message and
//!   HTTP status).
//! * A **platform simulator** (feature `simulator`, module `simulator`) that verifies
//!   signatures, issues short-lived tokens, enforces heartbeats, pushes commands,
//!   drops connections, accepts uploads, injects faults (`client_core::sim::FaultRule`) and records
//!   every request — for tests of your device code.
//!
//! ## Quick start
//!
//! Connect the embedded test device to the simulator (feature `simulator`), answer a
//! command the platform pushes, and upload a face capture:
//!
//! ```
//! # #[cfg(feature = "simulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use lenfocus_device::commands::Reboot;
//! use lenfocus_device::simulator::{Simulator, TEST_SN};
//! use lenfocus_device::{CommandHandler, CommandResult, Device, ResultCode};
//!
//! struct Camera;
//! impl CommandHandler for Camera {
//!     async fn reboot(&self, cmd: Reboot) -> CommandResult<()> {
//!         println!("rebooting in {:?}", cmd.delay());
//!         Ok(())
//!     }
//! }
//!
//! let sim = Simulator::start().await?; // knows one device, TEST_SN, with a test key
//! let session = Device::new(sim.device_config(TEST_SN)?).connect(Camera).await?; // 1.1
//!
//! let reply = sim.push(TEST_SN, Reboot { delay_ms: 500 }).await?; // 1.9, platform → device
//! assert_eq!(reply.data.code, ResultCode::Ok);
//!
//! let http = sim.http_client(session.clone())?;
//! http.upload_face_capture(chrono::Utc::now(), b"JPEG bytes").await?; // 2.1
//! assert_eq!(sim.uploads().len(), 1);
//!
//! session.shutdown().await;
//! # Ok(()) }
//! # #[cfg(not(feature = "simulator"))]
//! # fn main() {}
//! ```
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `simulator` | no | module `simulator`: an in-process platform (WebSocket + HTTP on loopback ports) with an embedded test device key, fault injection and a request log, for tests and offline development (pulls in `axum`) |
//!
//! Without features the crate is the device runtime alone: [`Device`]/[`Session`],
//! [`commands`], [`HttpClient`] and the wire types. TLS is rustls with the *ring*
//! provider and the webpki roots (no process-wide crypto provider to install).
//!
//! ## Where each section of the vendor document lives
//!
//! Sections of 平台三方设备对接协议规范 (there is no 1.4 in the document):
//!
//! | § | 标题 | uri / path | here |
//! |---|---|---|---|
//! | 一 | websocket接口 | | [`Device`], [`Session`], [`envelope`] |
//! | 1.1 | 连接服务器 | `/connect` | [`Device::connect`], [`messages::Connect`], [`ConnectSigner`] |
//! | 1.2 | 更新Token | `/token/update` | [`Session::update_token`] (automatic), [`messages::TokenUpdate`] |
//! | 1.3 | 设备心跳 | `/heartbeat` | [`Session::heartbeat`] (automatic), [`messages::Heartbeat`] |
//! | 1.5 | 人脸参数控制 | `/ivp/person_param_set` | [`CommandHandler::face_param_set`], [`commands::FaceParamSet`] |
//! | 1.6 | 录像设置 | `/storage/record_set` | [`CommandHandler::record_set`], [`commands::RecordSet`] |
//! | 1.7 | 按月获取每天的视频文件数量 | `/storage/record_by_month` | [`CommandHandler::record_by_month`], [`commands::RecordByMonth`] |
//! | 1.8 | 按月获取每天的视频文件数量 (the record list) | `/storage/get_record_list` | [`CommandHandler::get_record_list`], [`commands::GetRecordList`] |
//! | 1.9 | 重启设备 | `/system/maintain/reboot` | [`CommandHandler::reboot`], [`commands::Reboot`] |
//! | 1.10 | 查询抓拍图像的文件列表 | `/ivp/face/get_cap_history` | [`CommandHandler::face_cap_history`], [`commands::FaceCapHistory`] |
//! | 1.11 | 查询行人抓拍图像的文件列表 | `/person/get_cap_history` | [`CommandHandler::pedestrian_cap_history`], [`commands::PedestrianCapHistory`] |
//! | 1.12 | 下发人员信息及照片 | `/person/add` | [`CommandHandler::person_add`], [`commands::PersonAdd`] |
//! | 1.13 | 查询人员列表 | `/person/list` | [`CommandHandler::person_list`], [`commands::PersonList`] |
//! | 1.14 | 查询人员信息 | `/person/query` | [`CommandHandler::person_query`], [`commands::PersonQuery`] |
//! | 1.15 | 删除人员信息 | `/person/delete` | [`CommandHandler::person_delete`], [`commands::PersonDelete`] |
//! | 1.16 | 以图搜图 | `/person/search` | [`CommandHandler::person_search`], [`commands::PersonSearch`] |
//! | 二 | HTTP接口 | | [`HttpClient`], [`uploads`] |
//! | 2.1 | 上传人脸抓拍图像 | `POST /api/v1/adapter/lenfocus/face/capture` | [`HttpClient::upload_face_capture`], [`uploads::FaceCaptureUpload`] |
//! | 2.2 | 上报设备信息(设备上电时调用) | `POST /api/v1/device/report/info` | [`HttpClient::report_device_info`], [`uploads::DeviceInfoReport`] |
//! | 2.3 | 查询在线升级版本信息 | `POST /api/v1/ota/query` | [`HttpClient::query_ota`], [`uploads::OtaQuery`], [`HttpClient::download_component`] |
//! | 2.4 | 上报告警信息 | `POST /api/v1/device/report/event` | [`HttpClient::report_event`], [`uploads::EventReport`] |
//! | 2.5 | 上报车辆抓拍信息 | `POST /api/v1/vehicle/capture` | [`HttpClient::report_vehicle`], [`uploads::VehicleCapture`] |
//! | 三 | 签名算法 | | [`ParamSigning`], [`HttpClientBuilder::param_signature`]; the `/connect` signature: [`ConnectSigner`] |
//! | 四 | 错误码 | | [`ResultCode`], [`Error::Api`], [`CommandError`] |
//! | 附录 | | | [`enums`] (event, component, vehicle types…) |
//!
//! ## A real device
//!
//! The same against a real platform (`wss://`, your key, a handler for the commands
//! the device supports):
//!
//! ```no_run
//! use std::time::Duration;
//! use lenfocus_device::commands::{Person, PersonQuery, Reboot};
//! use lenfocus_device::{
//!     CommandError, CommandHandler, CommandResult, ConnectSigner, Device, DeviceConfig,
//!     HttpClient, SessionEvent,
//! };
//!
//! struct Camera;
//!
//! impl CommandHandler for Camera {
//!     async fn reboot(&self, cmd: Reboot) -> CommandResult<()> {
//!         println!("rebooting in {:?}", cmd.delay());
//!         Ok(())
//!     }
//!     async fn person_query(&self, cmd: PersonQuery) -> CommandResult<Person> {
//!         Err(CommandError::not_found(format!("no person {}", cmd.pid)))
//!     }
//!     // The other ten commands answer "not supported" (404).
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let signer = ConnectSigner::from_pem(&std::fs::read_to_string("device-key.pem")?)?;
//! let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer)
//!     .with_did("1234512");
//! let device = Device::new(config);
//! let mut events = device.events();
//! // Waits while the platform answers 421 (not registered yet).
//! let session = device.connect_until_registered(Camera, Duration::from_secs(30)).await?;
//!
//! let http = HttpClient::new("https://platform.example", session.clone())?;
//! http.upload_face_capture(chrono::Utc::now(), &std::fs::read("face.jpg")?).await?;
//!
//! // Watch the session until Ctrl-C (the runtime reconnects on its own).
//! tokio::select! {
//!     _ = async {
//!         while let Ok(event) = events.recv().await {
//!             if let SessionEvent::Disconnected { reason } = event {
//!                 eprintln!("lost the platform ({reason:?}); reconnecting");
//!             }
//!         }
//!     } => {}
//!     _ = tokio::signal::ctrl_c() => {}
//! }
//! session.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! ## Behaviour on failures
//!
//! | what happens | what the session does |
//! |---|---|
//! | first `/connect` answered 421 | [`Device::connect`] returns [`Error::NotRegistered`]; [`Device::connect_until_registered`] waits for a did ([`DidStore::set`]) or retries periodically |
//! | first `/connect` refused otherwise (423 bad signature…) or unreachable | the typed error is returned; nothing keeps running |
//! | connection dropped / server close | [`SessionEvent::Disconnected`], pending requests fail with [`Error::Disconnected`], then reconnect with jittered exponential backoff and a fresh signed `/connect` (new token) |
//! | heartbeat not acknowledged before the next is due, or answered with an error | treated as a dead connection: close, reconnect |
//! | `/token/update` fails | close, reconnect (a fresh `/connect` gives a fresh token) |
//! | reconnect answered 421 / refused | [`SessionEvent::NotRegistered`] / [`SessionEvent::ConnectFailed`], keep retrying with backoff (capped); a did stored meanwhile triggers an attempt at once |
//! | a reply never comes | [`Error::ReplyTimeout`] after `reply_timeout` |
//! | request while reconnecting | [`Error::NotConnected`] at once |
//! | HTTP 401 (status or body code) | one `/token/update`, one retry, then the error |
//! | [`Session::shutdown`] (or the last handle dropped) | close frame, pending requests fail, handlers still running get 2 s and are then aborted, [`SessionEvent::Closed`] |
//! | a command handler panics | that command is answered 500 ([`CommandError::internal`]); later commands are still answered |
//! | more than 256 commands waiting for the handler | each further command is answered 500 at once: nothing queues without bound |
//! | `expire` / `interval` absurd (huge, zero, negative) | clamped to 1 s … 7 days |
//!
//! Server commands are answered one at a time, in arrival order, on a task of their
//! own (heartbeats and renewals continue meanwhile).
//!
//! A platform that accepts `/connect` and closes at once does not get a reconnect
//! storm: the backoff is reset only after a stable connection (a heartbeat
//! acknowledged, or one `interval` elapsed). A `/connect` or `/token/update` reply
//! that fails to decode keeps no excerpt of itself anywhere (errors, logs, events):
//! it carries the session token.
//!
//! ## ⚠ Logging: filter `tungstenite` at TRACE
//!
//! The protocol puts the session token in every WebSocket frame, and the WebSocket
//! dependency (`tungstenite`) prints every frame at TRACE level through the `log`
//! crate (bridged by `tracing-subscriber` by default). This crate never logs a token,
//! but with `RUST_LOG=trace` the dependency does. Keep its target off:
//!
//! ```text
//! RUST_LOG=trace,tungstenite=off,tokio_tungstenite=off
//! ```
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod commands;
pub mod config;
pub mod enums;
pub mod envelope;
pub mod error;
pub mod handler;
pub mod http_client;
pub mod image;
pub mod messages;
pub mod session;
#[cfg(feature = "simulator")]
pub mod simulator;
pub mod uploads;

pub use config::{Backoff, DeviceConfig, DidStore};
pub use enums::ResultCode;
pub use error::{CommandError, CommandResult, Error, Result};
pub use handler::{CommandHandler, CommandStream, IncomingCommand, NoCommands, Responder};
pub use http_client::{HttpClient, HttpClientBuilder, NestedValues, ParamSigning};
pub use session::{Device, DisconnectReason, Session, SessionEvent, SessionState};

/// Re-exported so integrators need not depend on `auth-signing` directly.
pub use auth_signing::lenfocus::{ConnectSigner, ConnectVerifier};
/// The simulator's fault-injection vocabulary and request log entries.
#[cfg(feature = "simulator")]
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
/// Re-exported so one crate in Cargo.toml is enough to configure and handle the client.
pub use client_core::{
    Ack, ApiError, ClientOptions, PageStream, PaginateOptions, Prepared, RateLimiter, RetryClass,
    RetryPolicy, Retryable, Secret,
};

/// The README's code blocks, compiled as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
