//! The five HTTP endpoints (二、HTTP接口, 2.1–2.5): typed requests implementing
//! [`client_core::Endpoint`] and the response envelope.
//!
//! Every endpoint is `POST` with a JSON body and `Authorization: Bearer <token>`;
//! send them with [`crate::HttpClient`].

use chrono::{DateTime, NaiveDateTime, Utc};
use client_core::validate;
use serde::{Deserialize, Serialize};

use crate::enums::{ComponentType, EventType, Gender, PlateType, ResultCode, VehicleType};
use crate::image::{base64_image, jpeg_data_uri};

/// The response envelope of every HTTP endpoint: `{"code", "msg", "data"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct HttpReply<T> {
    /// 错误码 — result code (a number, or a numeric string as 2.3's table types it).
    pub code: ResultCode,
    /// 执行结果描述 — result description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub msg: Option<String>,
    /// 执行成功后返回的数据 — data on success (only 2.3 has any).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
}

/// The (empty) success payload of 2.1, 2.2, 2.4 and 2.5: their responses carry only
/// `code` and `msg`; anything a platform adds in `data` is ignored.
pub use client_core::Ack;

// ---------------------------------------------------------------------------- 2.1

/// 上传人脸抓拍图像 — upload a face capture (2.1
/// `POST /api/v1/adapter/lenfocus/face/capture`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceCaptureUpload {
    /// 设备id — device id.
    #[serde(with = "client_core::lenient::string")]
    pub did: String,
    /// 抓拍时间 — capture time, UNIX **seconds** on the wire.
    #[serde(with = "client_core::lenient::ts_seconds")]
    pub time: DateTime<Utc>,
    /// 年龄 — age (face-comparison devices only, 比对机).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_int"
    )]
    pub age: Option<i64>,
    /// 性别 — gender (比对机 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// 人脸id — face id (比对机 only).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub uuid: Option<String>,
    /// 姓名 — name (比对机 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 图像 — the images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<CaptureImages>,
}

/// Images of a capture, each a data URI `data:image/jpeg;base64,…` (2.1 and 2.4
/// `data`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaptureImages {
    /// 人脸图 — face image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_data: Option<String>,
    /// 全身照 — full-body image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_data: Option<String>,
    /// 全景图 — panorama (background) image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bg_data: Option<String>,
}

impl FaceCaptureUpload {
    /// A capture at `time` with a JPEG face image (encoded as a data URI).
    pub fn new(did: impl Into<String>, time: DateTime<Utc>, face_jpeg: &[u8]) -> Self {
        Self {
            did: did.into(),
            time,
            age: None,
            gender: None,
            uuid: None,
            name: None,
            data: Some(CaptureImages {
                face_data: Some(jpeg_data_uri(face_jpeg)),
                body_data: None,
                bg_data: None,
            }),
        }
    }

    /// Adds a full-body JPEG.
    pub fn with_body_jpeg(mut self, jpeg: &[u8]) -> Self {
        self.data.get_or_insert_with(Default::default).body_data = Some(jpeg_data_uri(jpeg));
        self
    }

    /// Adds a panorama JPEG.
    pub fn with_background_jpeg(mut self, jpeg: &[u8]) -> Self {
        self.data.get_or_insert_with(Default::default).bg_data = Some(jpeg_data_uri(jpeg));
        self
    }
}

impl FaceCaptureUpload {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "did", &self.did)
    }
}

client_core::endpoint!(FaceCaptureUpload => Ack, POST "/api/v1/adapter/lenfocus/face/capture", write, validate);

// ---------------------------------------------------------------------------- 2.2

/// 上报设备信息 — report device information, at power-on (2.2
/// `POST /api/v1/device/report/info`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceInfoReport {
    /// 设备id — device id.
    #[serde(with = "client_core::lenient::string")]
    pub did: String,
    /// 固件版本 — firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fw_ver: Option<String>,
    /// 软件版本 — software version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sw_ver: Option<String>,
    /// 系统版本 — OS version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os_ver: Option<String>,
    /// 硬件版本 — hardware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hw_ver: Option<String>,
    /// 设备名称 — device name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dev_name: Option<String>,
}

impl DeviceInfoReport {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "did", &self.did)
    }
}

client_core::endpoint!(DeviceInfoReport => Ack, POST "/api/v1/device/report/info", write, validate);

// ---------------------------------------------------------------------------- 2.3

/// 查询在线升级版本信息 — query the OTA upgrade (2.3 `POST /api/v1/ota/query`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OtaQuery {
    /// 在线升级查询代号 — OTA query code (delivered with the device parameters,
    /// which the seed does not describe).
    #[serde(with = "client_core::lenient::string")]
    pub ota_id: String,
    /// sn编码 — serial number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sn: Option<String>,
    /// 设备ID — device id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "client_core::lenient::opt_string"
    )]
    pub did: Option<String>,
    /// 固件版本 — firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fw_ver: Option<String>,
    /// 软件版本 — software version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sw_ver: Option<String>,
    /// 系统版本 — OS version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os_ver: Option<String>,
    /// 硬件版本 — hardware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hw_ver: Option<String>,
}

/// `data` of 2.3: the available version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OtaInfo {
    /// 版本号(整数) — version code, for comparisons.
    #[serde(with = "client_core::lenient::int")]
    pub ver_code: i64,
    /// 版本号(字符串) — version name, for display.
    pub ver_name: String,
    /// 版本更新说明 — release notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 发布日期 — release date (`yyyy-MM-dd HH:mm:ss` in the example).
    #[serde(with = "client_core::lenient::datetime")]
    pub release_date: NaiveDateTime,
    /// 组件 — the components to download.
    #[serde(default)]
    pub component_list: Vec<OtaComponent>,
}

/// One downloadable OTA component (2.3 `componentList[]`); verify it with
/// [`crate::HttpClient::download_component`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OtaComponent {
    /// 组件名称 — component name.
    pub name: String,
    /// 文件类型 — component type.
    #[serde(rename = "type")]
    pub component_type: ComponentType,
    /// 组件大小 — size in bytes.
    #[serde(with = "client_core::lenient::int")]
    pub size: i64,
    /// 组件MD5值 — MD5, lower-case hex.
    pub md5: String,
    /// 组件SHA256哈希值 — SHA-256, lower-case hex.
    pub sha256: String,
    /// 组件下载链接 — download URL.
    pub url: String,
}

impl OtaQuery {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "otaId", &self.ota_id)
    }
}

// The answer is `None` when the platform answers success without `data`.
client_core::endpoint!(OtaQuery => Option<OtaInfo>, POST "/api/v1/ota/query", read, validate);

// ---------------------------------------------------------------------------- 2.4

/// 上报告警信息 — report an event / alarm (2.4 `POST /api/v1/device/report/event`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventReport {
    /// 设备id — device id.
    #[serde(with = "client_core::lenient::string")]
    pub did: String,
    /// 事件类型 — event type (1–14).
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// 事件发生时间 — event time, UNIX **milliseconds** on the wire.
    #[serde(with = "client_core::lenient::ts_millis")]
    pub time: DateTime<Utc>,
    /// 事件参数 — event data ("根据事件类型具体定义": defined per event type, which the
    /// seed never does; the example's members are typed, others are kept).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<EventData>,
}

/// `data` of 2.4 as the seed's example shows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventData {
    /// 人脸图 — face image, data URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_data: Option<String>,
    /// 全身照 — full-body image, data URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_data: Option<String>,
    /// 全景图 — panorama image, data URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bg_data: Option<String>,
    /// 人脸图片路径 — face image path on the device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_face: Option<String>,
    /// 人体全身图片路径 — full-body image path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_body: Option<String>,
    /// 全景图片路径 — panorama image path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jpeg_url_frame: Option<String>,
    /// Other per-event-type members (free-form JSON: the seed leaves them to each
    /// event type and defines none).
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl EventReport {
    /// An event at `time` without data.
    pub fn new(did: impl Into<String>, event_type: EventType, time: DateTime<Utc>) -> Self {
        Self {
            did: did.into(),
            event_type,
            time,
            data: None,
        }
    }

    /// Adds a panorama JPEG (data URI).
    pub fn with_background_jpeg(mut self, jpeg: &[u8]) -> Self {
        self.data.get_or_insert_with(Default::default).bg_data = Some(jpeg_data_uri(jpeg));
        self
    }

    /// Adds a face JPEG (data URI).
    pub fn with_face_jpeg(mut self, jpeg: &[u8]) -> Self {
        self.data.get_or_insert_with(Default::default).face_data = Some(jpeg_data_uri(jpeg));
        self
    }
}

impl EventReport {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "did", &self.did)?;
        validate::range(path, "type", self.event_type.code(), 1, 14)
    }
}

client_core::endpoint!(EventReport => Ack, POST "/api/v1/device/report/event", write, validate);

// ---------------------------------------------------------------------------- 2.5

/// 上报车辆抓拍信息 — report a vehicle capture (2.5 `POST /api/v1/vehicle/capture`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VehicleCapture {
    /// 设备id — device id.
    #[serde(with = "client_core::lenient::string")]
    pub did: String,
    /// 设备序列号 — serial number.
    pub sn: String,
    /// 事件发生时间 — capture time, UNIX **milliseconds** (a number on the wire; the
    /// example's string form is accepted).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub time: DateTime<Utc>,
    /// 事件参数 — the capture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<VehicleData>,
}

/// `data` of 2.5.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VehicleData {
    /// 抓拍全景图片 — panorama image, Base64 (no data-URI prefix: "base64编码后的数据").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_image: Option<String>,
    /// 车辆在全景图片中的位置 — vehicle rectangle in the panorama.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vehicle_loc: Option<Rect>,
    /// 车身图片 — vehicle image, Base64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vehicle_pic: Option<String>,
    /// 车辆类型 — vehicle type (an integer; the example's `"1"` is accepted).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
    /// 车辆品牌 — brand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    /// 车牌 — licence plate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plate: Option<Plate>,
}

impl VehicleData {
    /// Sets the panorama from JPEG bytes (plain Base64).
    pub fn with_full_image(mut self, jpeg: &[u8]) -> Self {
        self.full_image = Some(base64_image(jpeg));
        self
    }

    /// Sets the vehicle image from JPEG bytes (plain Base64).
    pub fn with_vehicle_pic(mut self, jpeg: &[u8]) -> Self {
        self.vehicle_pic = Some(base64_image(jpeg));
        self
    }
}

/// 车牌 — licence plate (2.5 `data.plate`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plate {
    /// 车牌号码 — plate number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// 车牌在全景图片中的位置 — plate rectangle in the panorama.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plate_loc: Option<Rect>,
    /// 车牌图片 — plate image, Base64.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plate_pic: Option<String>,
    /// 车牌类型 — plate type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<PlateType>,
}

/// RECT — a rectangle in image pixels (2.5 `vehicle_loc`, `plate_loc`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rect {
    /// Left.
    #[serde(with = "client_core::lenient::int")]
    pub x: i64,
    /// Top.
    #[serde(with = "client_core::lenient::int")]
    pub y: i64,
    /// Width.
    #[serde(with = "client_core::lenient::int")]
    pub w: i64,
    /// Height.
    #[serde(with = "client_core::lenient::int")]
    pub h: i64,
}

impl VehicleCapture {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "did", &self.did)?;
        validate::required(path, "sn", &self.sn)
    }
}

client_core::endpoint!(VehicleCapture => Ack, POST "/api/v1/vehicle/capture", write, validate);
