//! # mcs8-client
//!
//! Typed async client for the **MCS8 dispatch platform** API (MCS8 平台 API 文档 ·
//! 数据管理部分 V2.8.0): all 54 endpoints, the login lifecycle, the platform's rate
//! limits, paged streams, compact GPS tracks, and an embedded simulator (feature
//! `simulator`).
//!
//! ## Quick start
//!
//! Against the embedded simulator (feature `simulator`; this example runs as a test):
//!
//! ```
//! # #[cfg(feature = "simulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use futures::TryStreamExt;
//! use mcs8_client::api::org::DevList;
//! use mcs8_client::simulator::{sim_day, Simulator};
//!
//! let sim = Simulator::builder().devices(3).start().await?;
//! let client = sim.client()?; // base URL and credentials of the simulator
//!
//! // 2.4.1 获取设备列表: every device, page by page.
//! let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
//! assert_eq!(devices.len(), 3);
//!
//! // 2.7.2 GPSListForlarge: one hour of track of the first device.
//! let dev = devices[0].device_id.clone().unwrap_or_default();
//! let st = sim_day().and_hms_opt(8, 0, 0).unwrap();
//! let track = client.gps_track(&dev, st, st + chrono::TimeDelta::hours(1)).await?;
//! assert!(!track.is_empty());
//!
//! client.logout().await?; // 2.1.2 注销
//! # Ok(()) }
//! # #[cfg(not(feature = "simulator"))]
//! # fn main() {}
//! ```
//!
//! Against a real platform, the same calls with the address and account instead
//! (or [`Client::from_env`]: `MCS8_BASE_URL`, `MCS8_USERNAME`, `MCS8_PASSWORD`):
//!
//! ```no_run
//! # async fn run() -> Result<(), mcs8_client::Error> {
//! use futures::TryStreamExt;
//! use mcs8_client::api::org::DevList;
//! use mcs8_client::Client;
//!
//! let client = Client::builder()
//!     .base_url("https://mcs8.example.com:8443")
//!     .credentials("pc1", "000000")
//!     .build()?;
//! let devices: Vec<_> = client.stream(DevList::default()).try_collect().await?;
//! println!("{} devices", devices.len());
//! client.logout().await?;
//! # Ok(()) }
//! ```
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
#![cfg_attr(
    feature = "simulator",
    doc = "| `simulator` | no | [`simulator::Simulator`]: an in-process fake of the platform on a loopback port (login signature, tokens, rate limits, strict requests, state, generated GPS tracks, fault injection), and the re-exports [`Fault`], [`FaultRule`], [`RecordedRequest`]. Pulls in `wiremock`. |"
)]
#![cfg_attr(
    not(feature = "simulator"),
    doc = "| `simulator` | no | `simulator::Simulator`: an in-process fake of the platform on a loopback port (login signature, tokens, rate limits, strict requests, state, generated GPS tracks, fault injection), and the re-exports `Fault`, `FaultRule`, `RecordedRequest`. Pulls in `wiremock`. |"
)]
//!
//! Without features the crate is the client alone.
//!
//! ## Where is section X of the vendor document?
//!
//! Sections of *MCS8 平台 API 文档 · 数据管理部分* (V2.8.0) and the items that
//! implement them. Every endpoint is a request struct sent with [`Client::send`]
//! (lists also with [`Client::stream`]); the [`api`] module adds the response type and
//! the default page size of each.
//!
//! | seed § | 中文标题 | in this crate |
//! |---|---|---|
//! | 1.3 | 接入流程 (接口调用频率限制) | [`RateLimit::LOGIN`], [`RateLimit::CALLS`], [`ClientBuilder::login_rate_limit`], [`ClientBuilder::call_rate_limit`] |
//! | 1.5, 1.6 | 编码格式, 请求和返回参数类型 | [`QueryTime`], [`envelope`] |
//! | A.1 | 错误码 | [`ErrorCode`], [`Error::Api`] |
//! | A.2 | 报警类型定义（alarmType） | [`enums::AlarmType`] |
//! | B.1 | 企业实体模型 | [`models::Enterprise`] |
//! | B.2, B.2.1 | 固定组实体模型, 国标平台级联组扩展属性 | [`models::Group`], [`models::Gb28181Props`] |
//! | B.3, B.3.1, B.3.2 | 设备实体模型, 设备通道扩展属性, 设备支持特性扩展属性 | [`models::Device`], [`models::Channel`], [`models::DeviceProps`] |
//! | B.4 | 文件实体模型 | [`models::RecordFile`] |
//! | B.5 | 报警实体模型 | [`models::Alarm`] |
//! | B.6 | 位置实体模型 | [`models::Position`]; the compact 2.7.2 points: [`GpsPoint`] |
//! | B.7 | 人脸图片实体模型 | [`models::Face`] |
//! | B.8 | 人脸识别（结果）实体模型 | [`models::FaceResult`] |
//! | B.9 | 车牌实体模型 | [`models::LicencePlate`] |
//!
//! The endpoints, in the document's order (its numbering kept, slips included):
//!
//! | seed § | 中文标题 | method, path | request type (→ shortcut) |
//! |---|---|---|---|
//! | | **2.1 认证及授权管理** (authentication) — [`api::auth`] | | |
//! | 2.1.1 | 登录（获取 Token） | POST `/api/v1/auth/Token` | [`auth::Login`](api::auth::Login) → [`Client::login`] (automatic on first call) |
//! | 2.1.2 | 注销 | GET `/api/v1/auth/Logout` | [`auth::Logout`](api::auth::Logout) → [`Client::logout`] |
//! | 2.1.3 | 刷新访问令牌 | GET `/api/v1/auth/RefreshToken` | [`auth::RefreshToken`](api::auth::RefreshToken) → automatic before expiry ([`ClientBuilder::renew_before`]) |
//! | | **2.2 企业管理** (enterprises) — module [`api::org`] | | |
//! | 2.2.1 | 获取企业列表 | GET `/api/v1/EnterList` | [`org::EnterList`](api::org::EnterList) |
//! | 2.2.2 | 添加企业 | POST `/api/v1/EnterAdd` | [`org::EnterAdd`](api::org::EnterAdd) |
//! | 2.2.3 | 修改企业 | POST `/api/v1/EnterEdit` | [`org::EnterEdit`](api::org::EnterEdit) |
//! | 2.2.4 | 删除企业 | GET `/api/v1/EnterDelete` | [`org::EnterDelete`](api::org::EnterDelete) |
//! | | **2.3 固定组管理** (fixed groups) — [`api::org`] | | |
//! | 2.3.1 | 获取组列表 | GET `/api/v1/GroupList` | [`org::GroupList`](api::org::GroupList) |
//! | 2.3.2 | 添加组 | POST `/api/v1/GroupAdd` | [`org::GroupAdd`](api::org::GroupAdd) |
//! | 2.3.3 | 修改组 | POST `/api/v1/GroupEdit` | [`org::GroupEdit`](api::org::GroupEdit) |
//! | 2.3.4 | 删除组 | GET `/api/v1/GroupDelete` | [`org::GroupDelete`](api::org::GroupDelete) |
//! | | **2.4 设备管理** (devices) — [`api::org`] | | |
//! | 2.4.1 | 获取设备列表 | GET `/api/v1/DevList` | [`org::DevList`](api::org::DevList) |
//! | 2.4.2 | 添加设备 | POST `/api/v1/DevAdd` | [`org::DevAdd`](api::org::DevAdd) |
//! | 2.4.3 | 修改设备 | POST `/api/v1/DevEdit` | [`org::DevEdit`](api::org::DevEdit) |
//! | 2.4.4 | 删除设备 | GET `/api/v1/DevDelete` | [`org::DevDelete`](api::org::DevDelete) |
//! | 2.4.5 | 管理设备通道 | POST `/api/v1/DevChnUpdate` | [`org::DevChnUpdate`](api::org::DevChnUpdate) |
//! | | **2.5 文件管理** (files) — [`api::data`] | | |
//! | 2.5.1 | 查询文件 | GET `/api/v1/RecordFileList` | [`data::RecordFileList`](api::data::RecordFileList) |
//! | 2.5.2 | 标注文件 | GET `/api/v1/RecordFileUpdatelType` | [`data::RecordFileUpdateLabel`](api::data::RecordFileUpdateLabel) |
//! | 2.5.3 | 删除文件 | GET `/api/v1/RecordFileDel` | [`data::RecordFileDel`](api::data::RecordFileDel) |
//! | 2.5.4 | 获取文件网络访问地址（SignedUrl） | GET `/api/v1/oss/SignedUrl` | [`data::SignedUrlRequest`](api::data::SignedUrlRequest) → [`Client::signed_url`] |
//! | | **2.6 报警管理** (alarms) — [`api::data`] | | |
//! | 2.6.1 | 查询警情 | GET `/api/v1/AlarmList` | [`data::AlarmList`](api::data::AlarmList) |
//! | 2.6.2 | 处置警情 | GET `/api/v1/AlarmUpdateDeal` | [`data::AlarmUpdateDeal`](api::data::AlarmUpdateDeal) |
//! | 2.6.3 | 删除警情 | GET `/api/v1/AlarmUpdateDel` | [`data::AlarmUpdateDel`](api::data::AlarmUpdateDel) |
//! | | **2.7 位置数据管理** (positions) — [`api::data`], [`gps`] | | |
//! | 2.7.1 | 设备位置数据查询① | GET `/api/v1/GPSList` | [`data::GpsList`](api::data::GpsList) |
//! | 2.7.2 | 设备位置数据查询②：BigData | GET `/api/v1/GPSListForlarge` | [`data::GpsListForLarge`](api::data::GpsListForLarge) → [`Client::gps_track`], [`Client::gps_track_chunks`] |
//! | 2.7.3 | 设备位置数据查询③：里程数据（天） | GET `/api/v1/GPSStatsList` | [`data::GpsStatsList`](api::data::GpsStatsList) |
//! | | **2.8 调度组管理** (dispatch groups) — [`api::app`] | | |
//! | 2.8.1 | 获取调度组列表 | GET `/api/v1/DispatchGroupList` | [`app::DispatchGroupList`](api::app::DispatchGroupList) |
//! | 2.8.2 | 添加调度组 | POST `/api/v1/DispatchGroupAdd` | [`app::DispatchGroupAdd`](api::app::DispatchGroupAdd) |
//! | 2.8.3 | 修改调度组 | POST `/api/v1/DispatchGroupEdit` | [`app::DispatchGroupEdit`](api::app::DispatchGroupEdit) |
//! | 2.8.4 | 删除调度组 | GET `/api/v1/DispatchGroupDelete` | [`app::DispatchGroupDelete`](api::app::DispatchGroupDelete) |
//! | 2.8.5 | 管理调度组成员（设备） | POST `/api/v1/DispatchGroupDeviceUpdate` | [`app::DispatchGroupDeviceUpdate`](api::app::DispatchGroupDeviceUpdate) |
//! | | **2.9 电子围栏管理** (geofences) — [`api::app`] | | |
//! | 2.9.1 | 获取围栏列表 | GET `/api/v1/GeofenceList` | [`app::GeofenceList`](api::app::GeofenceList) |
//! | 2.9.2 | 添加围栏 | POST `/api/v1/GeofenceAdd` | [`app::GeofenceAdd`](api::app::GeofenceAdd) |
//! | 2.9.3 | 修改围栏 | POST `/api/v1/GeofenceEdit` | [`app::GeofenceEdit`](api::app::GeofenceEdit) |
//! | 2.9.4 | 删除围栏 | GET `/api/v1/GeofenceDelete` | [`app::GeofenceDelete`](api::app::GeofenceDelete) |
//! | 2.9.5 | （设备）进入围栏记录查询 | GET `/api/v1/GeofenceAccessList` | [`app::GeofenceAccessList`](api::app::GeofenceAccessList) |
//! | | **2.10 任务工单管理** (work orders) — [`api::app`] | | |
//! | 2.10.1 (printed 1.10.1) | 获取工单列表 | GET `/api/v1/TaskList` | [`app::TaskList`](api::app::TaskList) |
//! | 2.10.2 | 添加工单 | POST `/api/v1/TaskAdd` | [`app::TaskAdd`](api::app::TaskAdd) |
//! | 2.10.3 | 修改工单* | POST `/api/v1/TaskUpdate` | [`app::TaskUpdate`](api::app::TaskUpdate) |
//! | 2.10.4 | 更新工单执行状态* | GET `/api/v1/TaskUpdateStatus` | [`app::TaskUpdateStatus`](api::app::TaskUpdateStatus) |
//! | 2.10.5 | 更新工单执行设置（派发）* | GET `/api/v1/TaskUpdateDest` | [`app::TaskUpdateDest`](api::app::TaskUpdateDest) |
//! | 2.10.5 | 删除工单 | GET `/api/v1/TaskDelete` | [`app::TaskDelete`](api::app::TaskDelete) |
//! | | **2.30 智能识别 · 人脸识别** (faces) — [`api::ai`] | | |
//! | 2.30.1 | 获取人脸列表 | GET `/api/v1/ai/FaceList` | [`ai::FaceList`](api::ai::FaceList) |
//! | 2.30.2 | 添加人脸 | POST `/api/v1/ai/FaceAdd` | [`ai::FaceAdd`](api::ai::FaceAdd) |
//! | 2.30.4 | 删除人脸 | GET `/api/v1/ai/FaceDel` | [`ai::FaceDel`](api::ai::FaceDel) |
//! | 2.30.5 | 人脸识别（服务）* | POST `/aiapi/faceApi/face_recognize` | [`ai::FaceRecognize`](api::ai::FaceRecognize) |
//! | 2.30.6 | 人脸检测/特征码获取* | POST `/aiapi/faceApi/DetectFace` | [`ai::DetectFace`](api::ai::DetectFace) |
//! | 2.30.6 | 人脸质量评估（清晰度/姿态/完整性/分辨率等）* | POST `/aiapi/faceApi/getQualityByImg` | [`ai::FaceQuality`](api::ai::FaceQuality) |
//! | 2.30.7 | 人脸登录（刷脸登录）* | POST `/aiapi/faceApi/faceLoginByImg` | [`ai::FaceLoginByImg`](api::ai::FaceLoginByImg) |
//! | | **2.31 车牌识别** (licence plates; the seed numbers them 2.30.x) — [`api::ai`] | | |
//! | 2.31 (2.30.1) | 获取车牌列表 | GET `/api/v1/ai/LicencePlateList` | [`ai::LicencePlateList`](api::ai::LicencePlateList) |
//! | 2.31 (2.30.2) | 添加车牌 | POST `/api/v1/ai/LicencePlateAdd` | [`ai::LicencePlateAdd`](api::ai::LicencePlateAdd) |
//! | 2.31 (2.30.4) | 删除车牌 | GET `/api/v1/ai/LicencePlateDel` | [`ai::LicencePlateDel`](api::ai::LicencePlateDel) |
//! | | **2.40 扩展接口** (extensions) — [`api::ext`] | | |
//! | 2.40.1 | 获取设备树 | GET `/api/v1/ext/DevTree` | [`ext::DevTree`](api::ext::DevTree) |
//! | 2.40.2 | 设备在线在线数据查询 | GET `/api/v1/DevOnlineList` | [`ext::DevOnlineList`](api::ext::DevOnlineList) |
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
