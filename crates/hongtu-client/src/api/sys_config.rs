//! 功能配置 — system function configuration: the "one-face pass" (一脸通) settings
//! with the pass-record and attendance-record callback URLs, QR-code validity, the
//! face enrollment standard (入库标准), temperature/mask/health-code switches and the
//! person-clustering parameters (hongtu-aiot-openapi.txt, module 功能配置 1.1–1.11).
//!
//! Switches are `0`/`1` on the wire and `bool` here. The clustering parameters are the
//! only snake_case members of the whole API (`fuzziness_threshold` …).
//!
//! ```no_run
//! # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
//! use hongtu_client::api::sys_config::{QueryOneFacePassConfig, SaveOneFacePassConfig};
//!
//! // Point the box's pass-record callbacks at this service, keeping the switches.
//! let current = client.send(&QueryOneFacePassConfig {}).await?;
//! let saved = client
//!     .send(&SaveOneFacePassConfig {
//!         identify_record_callback_url: Some("http://192.168.1.20:9999/pass".into()),
//!         attendance_record_callback_url: Some(current.attendance_record_callback_url),
//!         temperature_switch: current.temperature_switch,
//!         mask_alert_switch: current.mask_alert_switch,
//!         health_kit_switch: current.health_kit_switch,
//!     })
//!     .await?;
//! assert_eq!(saved.identify_record_callback_url, "http://192.168.1.20:9999/pass");
//! # Ok(()) }
//! ```

use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

pub use crate::dict::FaceLevel;

// ---------------------------------------------------------------------------
// 1.1–1.3 一脸通配置
// ---------------------------------------------------------------------------

/// 一脸通配置 — callback URLs and switches: the answer of [`QueryOneFacePassConfig`]
/// (功能配置 1.1.3), [`ResetOneFacePassConfig`] (1.2.3) and [`SaveOneFacePassConfig`]
/// (1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OneFacePassConfig {
    /// 考勤管理-考勤记录回调地址 (`attendanceRecordCallbackUrl`) — where the box pushes
    /// attendance records; `""` when unset (功能配置 1.1.3).
    #[serde(default)]
    pub attendance_record_callback_url: String,
    /// 门禁参数-识别记录回调地址 (`identifyRecordCallbackUrl`) — where the box pushes
    /// pass (recognition) records; `""` when unset (功能配置 1.1.3).
    #[serde(default)]
    pub identify_record_callback_url: String,
    /// 测温开关 (`temperatureSwitch`) — temperature measurement on (1) or off (0); since
    /// v1.0.1 (功能配置 1.1.3).
    #[serde(with = "client_core::lenient::bool_int")]
    pub temperature_switch: bool,
    /// 口罩提示开关 (`maskAlertSwitch`) — mask reminder on (1) or off (0)
    /// (功能配置 1.1.3).
    #[serde(with = "client_core::lenient::bool_int")]
    pub mask_alert_switch: bool,
    /// 健康码检测开关 (`healthKitSwitch`) — health-code check on (1) or off (0)
    /// (功能配置 1.1.3).
    #[serde(with = "client_core::lenient::bool_int")]
    pub health_kit_switch: bool,
}

/// 获取一脸通配置 — read the callback URLs and switches
/// (`POST /v1/api/sys/config/queryAFaceConfig`, 功能配置 1.1). Sends `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryOneFacePassConfig {}

client_core::endpoint!(QueryOneFacePassConfig => OneFacePassConfig, POST "/v1/api/sys/config/queryAFaceConfig", read);

/// 重置一脸通配置 — clear the callback URLs and turn every switch off
/// (`POST /v1/api/sys/config/resetAFaceConfig`, 功能配置 1.2). Sends `{}`; answers
/// the reset configuration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetOneFacePassConfig {}

client_core::endpoint!(ResetOneFacePassConfig => OneFacePassConfig, POST "/v1/api/sys/config/resetAFaceConfig", write);

/// 一脸通配置保存 — set the callback URLs and switches
/// (`POST /v1/api/sys/config/saveAFaceConfig`, 功能配置 1.3); answers the saved
/// configuration.
///
/// `identifyRecordCallbackUrl` receives pass records (see
/// [`crate::callback::PassRecord`]), `attendanceRecordCallbackUrl` attendance records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SaveOneFacePassConfig {
    /// 考勤记录回调地址 (`attendanceRecordCallbackUrl`) — optional (功能配置 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_record_callback_url: Option<String>,
    /// 识别记录回调地址 (`identifyRecordCallbackUrl`) — optional (功能配置 1.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_record_callback_url: Option<String>,
    /// 测温开关 (`temperatureSwitch`) — required (功能配置 1.3.2).
    #[serde(with = "client_core::lenient::bool_int")]
    pub temperature_switch: bool,
    /// 口罩提示开关 (`maskAlertSwitch`) — required (功能配置 1.3.2).
    #[serde(with = "client_core::lenient::bool_int")]
    pub mask_alert_switch: bool,
    /// 健康码检测开关 (`healthKitSwitch`) — required, off by default (功能配置 1.3.2).
    #[serde(with = "client_core::lenient::bool_int")]
    pub health_kit_switch: bool,
}

impl SaveOneFacePassConfig {
    fn check(&self, path: &str) -> Result<(), Error> {
        for (name, url) in [
            (
                "attendanceRecordCallbackUrl",
                &self.attendance_record_callback_url,
            ),
            (
                "identifyRecordCallbackUrl",
                &self.identify_record_callback_url,
            ),
        ] {
            if let Some(u) = url.as_deref().filter(|u| !u.is_empty()) {
                if url::Url::parse(u).is_err() {
                    return Err(Error::invalid(
                        path,
                        format!("{name} must be an absolute URL, got {u:?}"),
                    ));
                }
            }
        }
        Ok(())
    }
}

client_core::endpoint!(SaveOneFacePassConfig => OneFacePassConfig, POST "/v1/api/sys/config/saveAFaceConfig", write, validate);

// ---------------------------------------------------------------------------
// 1.4–1.5 二维码配置
// ---------------------------------------------------------------------------

/// Shortest QR-code validity, minutes (功能配置 1.5.2: 5-1440).
pub const MIN_QR_CODE_EXPIRE_MINUTES: u32 = 5;
/// Longest QR-code validity, minutes (功能配置 1.5.2: 5-1440).
pub const MAX_QR_CODE_EXPIRE_MINUTES: u32 = 1440;

/// 二维码配置 — how long the staff and visitor QR codes stay valid: the answer of
/// [`QueryQrCodeExpireTime`] (功能配置 1.4.3) and the body of
/// [`SaveQrCodeExpireTime`] (1.5.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QrCodeExpireTime {
    /// 访客二维码失效时间 (`visitorQrCodeExpireTime`) — visitor QR-code validity in
    /// **minutes**, default 10, 5–1440; optional (功能配置 1.4.3, 1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_qr_code_expire_time: Option<u32>,
    /// 员工二维码失效时间 (`staffQrCodeExpireTime`) — staff QR-code validity in
    /// **minutes**, default 10, 5–1440; optional (功能配置 1.4.3, 1.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_qr_code_expire_time: Option<u32>,
}

/// 获取二维码配置 — read the QR-code validity settings
/// (`POST /v1/api/sys/queryQrcodeExpireTimeConfigInfo`, 功能配置 1.4). Sends `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryQrCodeExpireTime {}

client_core::endpoint!(QueryQrCodeExpireTime => QrCodeExpireTime, POST "/v1/api/sys/queryQrcodeExpireTimeConfigInfo", read);

/// 保存二维码配置 — set the QR-code validity
/// (`POST /v1/api/sys/saveQrcodeExpireTimeConfigInfo`, 功能配置 1.5). Returns no data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveQrCodeExpireTime {
    /// The validity settings (功能配置 1.5.2).
    #[serde(flatten)]
    pub config: QrCodeExpireTime,
}

impl SaveQrCodeExpireTime {
    fn check(&self, path: &str) -> Result<(), Error> {
        let range = MIN_QR_CODE_EXPIRE_MINUTES..=MAX_QR_CODE_EXPIRE_MINUTES;
        for (name, v) in [
            (
                "visitorQrCodeExpireTime",
                self.config.visitor_qr_code_expire_time,
            ),
            (
                "staffQrCodeExpireTime",
                self.config.staff_qr_code_expire_time,
            ),
        ] {
            if let Some(m) = v.filter(|m| !range.contains(m)) {
                return Err(Error::invalid(
                    path,
                    format!("{name} must be 5..=1440 minutes, got {m}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(SaveQrCodeExpireTime => Ack, POST "/v1/api/sys/saveQrcodeExpireTimeConfigInfo", write, validate);

// ---------------------------------------------------------------------------
// 1.6–1.8 入库标准
// ---------------------------------------------------------------------------

/// 自定义配置 (`customConfig`) — custom face enrollment thresholds, present when
/// `level` is 4 (自定义) (功能配置 1.6.3, 1.7.2). All numbers; the seed's examples send
/// floats (`200.0`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StorageCustomConfig {
    /// 模糊度 (`blur`) — blur, 0–1.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub blur: Option<f64>,
    /// 垂直角度 (`pitch`) — pitch, 1–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub pitch: Option<f64>,
    /// 旋转角度 (`roll`) — roll, 1–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub roll: Option<f64>,
    /// 水平角度 (`yaw`) — yaw, 1–100.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub yaw: Option<f64>,
    /// 最小平均亮度 (`brightnessMin`) — minimum mean brightness, integer 1–1000.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub brightness_min: Option<f64>,
    /// 最小人脸 (`size`) — minimum face size (pixels), integer 1–500.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub size: Option<f64>,
    /// 亮度标准差 (`sdtDeviation`, sic) — brightness standard deviation, integer
    /// 1–1000.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub sdt_deviation: Option<f64>,
    /// 最大平均亮度 (`brightnessMax`) — maximum mean brightness, integer 1–1000.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub brightness_max: Option<f64>,
}

impl StorageCustomConfig {
    /// Checks every member is present and in its documented range (the box answers
    /// 100003 with the same wording otherwise).
    fn check(&self, path: &str) -> Result<(), Error> {
        let rows: [(&str, Option<f64>, f64, f64, bool); 8] = [
            ("blur", self.blur, 0.0, 1.0, false),
            ("pitch", self.pitch, 1.0, 100.0, false),
            ("roll", self.roll, 1.0, 100.0, false),
            ("yaw", self.yaw, 1.0, 100.0, false),
            ("brightnessMin", self.brightness_min, 1.0, 1000.0, true),
            ("size", self.size, 1.0, 500.0, true),
            ("sdtDeviation", self.sdt_deviation, 1.0, 1000.0, true),
            ("brightnessMax", self.brightness_max, 1.0, 1000.0, true),
        ];
        for (name, value, lo, hi, integer) in rows {
            let v = value.ok_or_else(|| {
                Error::invalid(
                    path,
                    format!("customConfig.{name} is required when level is 4"),
                )
            })?;
            if !(lo..=hi).contains(&v) || (integer && v.fract() != 0.0) {
                let kind = if integer { "an integer" } else { "a number" };
                return Err(Error::invalid(
                    path,
                    format!("customConfig.{name} must be {kind} in {lo}..={hi}, got {v}"),
                ));
            }
        }
        Ok(())
    }
}

/// 入库标准 — the face enrollment standard: the answer of [`GetStorageCriteria`]
/// (功能配置 1.6.3), [`SaveStorageCriteria`] (1.7.3) and [`ResetStorageCriteria`]
/// (1.8.3, `level` only).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StorageCriteria {
    /// 人脸入库登记等级 (`level`) — 1 低, 3 高, 4 自定义 (数据字典 1.2.5); required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<FaceLevel>,
    /// 自定义配置 (`customConfig`) — the thresholds; optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_config: Option<StorageCustomConfig>,
}

/// 查看入库标准 — read the face enrollment standard
/// (`POST /v1/api/sys/storageCriteria/info`, 功能配置 1.6). Sends `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetStorageCriteria {}

client_core::endpoint!(GetStorageCriteria => StorageCriteria, POST "/v1/api/sys/storageCriteria/info", read);

/// 保存入库标准 — set the face enrollment standard: high, low or custom
/// (`POST /v1/api/sys/storageCriteria/save`, 功能配置 1.7); answers the saved
/// standard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SaveStorageCriteria {
    /// 人脸入库登记等级 (`level`) — 1 低, 3 高, 4 自定义 (数据字典 1.2.5); required
    /// (功能配置 1.7.2).
    pub level: FaceLevel,
    /// 自定义配置 (`customConfig`) — required, with every member, when `level` is 4
    /// (功能配置 1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_config: Option<StorageCustomConfig>,
}

impl SaveStorageCriteria {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.level == FaceLevel::Custom {
            match &self.custom_config {
                Some(c) => c.check(path),
                None => Err(Error::invalid(
                    path,
                    "customConfig is required when level is 4 (自定义)",
                )),
            }
        } else {
            Ok(())
        }
    }
}

client_core::endpoint!(SaveStorageCriteria => StorageCriteria, POST "/v1/api/sys/storageCriteria/save", write, validate);

/// 重置入库标准 — reset the face enrollment standard to the default (3 高)
/// (`POST /v1/api/sys/storageCriteria/setDefault`, 功能配置 1.8). Sends `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetStorageCriteria {}

client_core::endpoint!(ResetStorageCriteria => StorageCriteria, POST "/v1/api/sys/storageCriteria/setDefault", write);

// ---------------------------------------------------------------------------
// 1.9 测温、口罩、健康码开关查询
// ---------------------------------------------------------------------------

/// 测温、口罩、健康码开关 — the three switches (功能配置 1.9.3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemperatureConfig {
    /// 测温模式开关 (`temperatureSwitch`) — temperature mode on (1) / off (0).
    #[serde(with = "client_core::lenient::bool_int")]
    pub temperature_switch: bool,
    /// 口罩提示开关 (`maskAlertSwitch`) — mask reminder on (1) / off (0).
    #[serde(with = "client_core::lenient::bool_int")]
    pub mask_alert_switch: bool,
    /// 健康码提示开关 (`healthKitSwitch`) — health-code reminder on (1) / off (0).
    #[serde(with = "client_core::lenient::bool_int")]
    pub health_kit_switch: bool,
}

/// 测温、口罩、健康码开关查询 — read the temperature, mask and health-code switches
/// (`POST /v1/api/sys/config/temperatureConfig`, 功能配置 1.9). Sends `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetTemperatureConfig {}

client_core::endpoint!(GetTemperatureConfig => TemperatureConfig, POST "/v1/api/sys/config/temperatureConfig", read);

// ---------------------------------------------------------------------------
// 1.10–1.11 人员聚类参数
// ---------------------------------------------------------------------------

client_core::int_enum! {
    /// 设置标志 (`custom_tag`) — whether the clustering parameters are the defaults
    /// (功能配置 1.10.2: 0 默认, 1 自定义).
    pub enum ClusterConfigTag {
        /// 默认 — default parameters.
        Default = 0,
        /// 自定义 — custom parameters.
        Custom = 1,
    }
}

/// 人员聚类参数 — face-quality filters applied before clustering: the body of
/// [`SetFaceClusterConfig`] (功能配置 1.10.2) and the answer of
/// [`GetFaceClusterConfig`] (1.11.3). Wire names are snake_case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaceClusterConfig {
    /// 模糊度过滤阈值 (`fuzziness_threshold`) — blur filter, 0–1 (default 0.6).
    #[serde(with = "client_core::lenient::float")]
    pub fuzziness_threshold: f64,
    /// 人脸水平角度过滤阈值 (`horizontal_angle_threshold`) — yaw filter, integer 0–90
    /// degrees (default 35).
    pub horizontal_angle_threshold: u32,
    /// 人脸旋转角度过滤阈值 (`rotation_angle_threshold`) — roll filter, integer 0–90
    /// degrees (default 45).
    pub rotation_angle_threshold: u32,
    /// 人脸垂直角度过滤阈值 (`vertical_angle_threshold`) — pitch filter, integer 0–90
    /// degrees (default 35).
    pub vertical_angle_threshold: u32,
    /// 设置标志 (`custom_tag`) — 0 默认, 1 自定义.
    pub custom_tag: ClusterConfigTag,
}

impl Default for FaceClusterConfig {
    /// The seed's suggested defaults (功能配置 1.10.2: 0.6, 35, 45, 35) with
    /// `custom_tag` 0 (默认).
    fn default() -> Self {
        Self {
            fuzziness_threshold: 0.6,
            horizontal_angle_threshold: 35,
            rotation_angle_threshold: 45,
            vertical_angle_threshold: 35,
            custom_tag: ClusterConfigTag::Default,
        }
    }
}

/// 设置人员聚类参数 — set the clustering parameters
/// (`POST /v1/api/sys/config/prismsFaceClusterConfig`, 功能配置 1.10). Returns no data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SetFaceClusterConfig {
    /// The parameters, all required (功能配置 1.10.2).
    #[serde(flatten)]
    pub config: FaceClusterConfig,
}

impl SetFaceClusterConfig {
    fn check(&self, path: &str) -> Result<(), Error> {
        let c = &self.config;
        if !(0.0..=1.0).contains(&c.fuzziness_threshold) {
            return Err(Error::invalid(
                path,
                format!(
                    "fuzziness_threshold must be 0..=1, got {}",
                    c.fuzziness_threshold
                ),
            ));
        }
        for (name, v) in [
            ("horizontal_angle_threshold", c.horizontal_angle_threshold),
            ("rotation_angle_threshold", c.rotation_angle_threshold),
            ("vertical_angle_threshold", c.vertical_angle_threshold),
        ] {
            if v > 90 {
                return Err(Error::invalid(
                    path,
                    format!("{name} must be 0..=90, got {v}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(SetFaceClusterConfig => Ack, POST "/v1/api/sys/config/prismsFaceClusterConfig", write, validate);

/// 获取人员聚类参数 — read the clustering parameters
/// (`POST /v1/api/sys/config/prismsFaceClusterConfigInfo`, 功能配置 1.11). Sends `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetFaceClusterConfig {}

client_core::endpoint!(GetFaceClusterConfig => FaceClusterConfig, POST "/v1/api/sys/config/prismsFaceClusterConfigInfo", read);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    #[allow(unused_imports)]
    use http::Method;

    fn meta<E: Endpoint>() -> (Method, &'static str, bool) {
        (E::METHOD, E::PATH, E::IDEMPOTENT)
    }

    #[test]
    fn methods_and_paths() {
        let rows = [
            (
                meta::<QueryOneFacePassConfig>(),
                "/v1/api/sys/config/queryAFaceConfig",
                true,
            ),
            (
                meta::<ResetOneFacePassConfig>(),
                "/v1/api/sys/config/resetAFaceConfig",
                false,
            ),
            (
                meta::<SaveOneFacePassConfig>(),
                "/v1/api/sys/config/saveAFaceConfig",
                false,
            ),
            (
                meta::<QueryQrCodeExpireTime>(),
                "/v1/api/sys/queryQrcodeExpireTimeConfigInfo",
                true,
            ),
            (
                meta::<SaveQrCodeExpireTime>(),
                "/v1/api/sys/saveQrcodeExpireTimeConfigInfo",
                false,
            ),
            (
                meta::<GetStorageCriteria>(),
                "/v1/api/sys/storageCriteria/info",
                true,
            ),
            (
                meta::<SaveStorageCriteria>(),
                "/v1/api/sys/storageCriteria/save",
                false,
            ),
            (
                meta::<ResetStorageCriteria>(),
                "/v1/api/sys/storageCriteria/setDefault",
                false,
            ),
            (
                meta::<GetTemperatureConfig>(),
                "/v1/api/sys/config/temperatureConfig",
                true,
            ),
            (
                meta::<SetFaceClusterConfig>(),
                "/v1/api/sys/config/prismsFaceClusterConfig",
                false,
            ),
            (
                meta::<GetFaceClusterConfig>(),
                "/v1/api/sys/config/prismsFaceClusterConfigInfo",
                true,
            ),
        ];
        for ((method, path, idem), want_path, want_idem) in rows {
            assert_eq!(method, Method::POST);
            assert_eq!(path, want_path);
            assert_eq!(idem, want_idem, "{path}");
        }
    }

    #[test]
    fn empty_bodies_encode_as_braces() {
        let enc = GetTemperatureConfig {}.encode().unwrap();
        assert_eq!(enc.body.as_deref(), Some(&b"{}"[..]));
        let enc = ResetStorageCriteria {}.encode().unwrap();
        assert_eq!(enc.body.as_deref(), Some(&b"{}"[..]));
    }

    #[test]
    fn switches_are_zero_one() {
        let req = SaveOneFacePassConfig {
            identify_record_callback_url: Some("http://10.0.0.2:9999/pass".into()),
            temperature_switch: true,
            ..Default::default()
        };
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["temperatureSwitch"], 1);
        assert_eq!(v["maskAlertSwitch"], 0);
        assert!(v.get("attendanceRecordCallbackUrl").is_none());
        assert!(req.validate().is_ok());
        let bad = SaveOneFacePassConfig {
            attendance_record_callback_url: Some("not a url".into()),
            ..Default::default()
        };
        assert!(bad.validate().is_err());
    }

    #[test]
    fn qr_code_range() {
        let mut req = SaveQrCodeExpireTime::default();
        assert!(req.validate().is_ok());
        req.config.visitor_qr_code_expire_time = Some(4);
        assert!(req.validate().is_err());
        req.config.visitor_qr_code_expire_time = Some(1440);
        req.config.staff_qr_code_expire_time = Some(1441);
        assert!(req.validate().is_err());
        req.config.staff_qr_code_expire_time = Some(5);
        assert!(req.validate().is_ok());
    }

    #[test]
    fn storage_criteria_rules() {
        let custom = FaceLevel::Custom;
        let full = StorageCustomConfig {
            blur: Some(1.0),
            pitch: Some(90.0),
            roll: Some(90.0),
            yaw: Some(90.0),
            brightness_min: Some(10.0),
            size: Some(20.0),
            sdt_deviation: Some(500.0),
            brightness_max: Some(500.0),
        };
        let mut req = SaveStorageCriteria {
            level: custom,
            custom_config: Some(full.clone()),
        };
        assert!(req.validate().is_ok());
        req.custom_config = None;
        assert!(req.validate().is_err());
        req.custom_config = Some(StorageCustomConfig {
            blur: Some(1.5),
            ..full.clone()
        });
        assert!(req.validate().is_err());
        req.custom_config = Some(StorageCustomConfig {
            size: Some(20.5),
            ..full.clone()
        });
        assert!(req.validate().is_err());
        req.custom_config = Some(StorageCustomConfig { yaw: None, ..full });
        assert!(req.validate().is_err());
        let high = SaveStorageCriteria {
            level: FaceLevel::High,
            custom_config: None,
        };
        assert!(high.validate().is_ok());
    }

    #[test]
    fn cluster_config_ranges() {
        let mut req = SetFaceClusterConfig::default();
        assert!(req.validate().is_ok());
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["custom_tag"], 0);
        assert_eq!(v["fuzziness_threshold"], 0.6);
        req.config.fuzziness_threshold = 1.1;
        assert!(req.validate().is_err());
        req.config.fuzziness_threshold = 0.5;
        req.config.rotation_angle_threshold = 91;
        assert!(req.validate().is_err());
    }
}
