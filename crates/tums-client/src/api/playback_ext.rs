//! 1.4.5 预览回放 — the two capability endpoints the TUMS 2026-08-31 edition adds to
//! live view and playback: playback speeds (1.4.5.10) and fisheye modes (1.4.5.11).
//! The other 1.4.5 endpoints are in [`crate::api::preview`].

use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::check;

/// The `qrCode`/`mac` + required `channelId` locator of both endpoints.
fn check_target(
    path: &str,
    qr: Option<&str>,
    mac: Option<&str>,
    channel: i64,
) -> Result<(), Error> {
    check::locator(path, "request", qr, mac)?;
    check::channel(path, "channelId", channel)
}

/// 获取倍速播放能力集 — the playback speeds a channel supports (1.4.5.10).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::playback_ext::GetScaleCapability;
/// assert!(GetScaleCapability::qr_code("16E0091709B04C926", 1).validate().is_ok());
/// assert!(GetScaleCapability::qr_code("16E0091709B04C926", 0).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetScaleCapability {
    /// 设备码 — this or `mac` (1.4.5.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.5.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, from 1 (1.4.5.10).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl GetScaleCapability {
    /// Channel `channel_id` of device `qr_code`.
    pub fn qr_code(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_target(
            path,
            self.qr_code.as_deref(),
            self.mac.as_deref(),
            self.channel_id,
        )
    }
}

client_core::endpoint!(GetScaleCapability => Vec<ScaleCapability>, POST "/vms/open/deviceConfig/v1/getScaleCapability", read, validate);

/// 倍速播放能力 — one supported playback speed (1.4.5.10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScaleCapability {
    /// 倍速播放倍数 — `n/1` plays n times faster, `1/n` n times slower (1.4.5.10).
    #[serde(default)]
    pub scale: String,
    /// 设备端是否根据倍数值调整了视音频帧的 PTS — `"1"` adjusted, `"0"` not (1.4.5.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_pts: Option<String>,
}

impl ScaleCapability {
    /// The speed as a factor (`"2/1"` → 2.0, `"1/4"` → 0.25); `None` when the text is
    /// not `n/m` with positive integers.
    ///
    /// ```
    /// use tums_client::api::playback_ext::ScaleCapability;
    /// let s = ScaleCapability { scale: "1/4".into(), change_pts: None };
    /// assert_eq!(s.factor(), Some(0.25));
    /// ```
    pub fn factor(&self) -> Option<f64> {
        let (n, m) = self.scale.trim().split_once('/')?;
        let (n, m): (u32, u32) = (n.trim().parse().ok()?, m.trim().parse().ok()?);
        (n > 0 && m > 0).then(|| f64::from(n) / f64::from(m))
    }

    /// `true` when the device adjusted the frames' PTS (`changePts` `"1"`).
    pub fn pts_adjusted(&self) -> bool {
        self.change_pts.as_deref().map(str::trim) == Some("1")
    }
}

/// 获取鱼眼模式能力集 — the fisheye modes of a fisheye channel (1.4.5.11; the device's
/// capability set must carry `fish_eye` = 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetFishEyeCapability {
    /// 设备码 — this or `mac` (1.4.5.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.5.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, from 1 (1.4.5.11).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl GetFishEyeCapability {
    /// Channel `channel_id` of device `qr_code`.
    pub fn qr_code(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_target(
            path,
            self.qr_code.as_deref(),
            self.mac.as_deref(),
            self.channel_id,
        )
    }
}

client_core::endpoint!(GetFishEyeCapability => FishEyeCapability, POST "/vms/open/deviceConfig/v1/getFishEyeCapability", read, validate);

/// 鱼眼模式能力集 — 表 1.4.5.11-1. Member names are snake_case on the wire. Numeric
/// members are strings holding values normalised to 10 000 (relative to the main
/// stream's largest resolution).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FishEyeCapability {
    /// set_mode — 物理安装模式: `top` (顶装), `wall` (壁装) (表 1.4.5.11-1 #1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_mode: Vec<String>,
    /// top_display_mode — 顶装显示模式: `360D`, `180D`, `cylinder`,
    /// `win_plane_top_quad`, `win_plane_top` (#2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top_display_mode: Vec<String>,
    /// wall_display_mode — 壁装显示模式: `longitude`, `calib`, `win_plane_wall`,
    /// `latitude` (#3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wall_display_mode: Vec<String>,
    /// invalid_pixel — 有效画面与图像边缘的最大间隙, `[0, 4999]` (#4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_pixel: Option<String>,
    /// osd_in_video — 视频有效画面中是否包含 OSD: `"1"` yes, `"0"` no (the app adds it) (#5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub osd_in_video: Option<String>,
    /// video_type — 输出画面类型: `circle` or `cut_up_down` (#6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_type: Option<String>,
    /// center_calibration — 是否已经中心校准: absent or `"1"` calibrated, `"0"` not (#7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center_calibration: Option<String>,
    /// circle_center_x — 中心点横坐标 `[1, 9999]`, meaningful when not calibrated (#8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circle_center_x: Option<String>,
    /// circle_center_y — 中心点纵坐标 `[1, 9999]`, meaningful when not calibrated (#9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circle_center_y: Option<String>,
    /// radius — 成像半径 `[1, 9999]`, meaningful when not calibrated (#10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub radius: Option<String>,
}

impl FishEyeCapability {
    /// `true` unless `center_calibration` is present and `"0"` (#7).
    pub fn centre_calibrated(&self) -> bool {
        self.center_calibration.as_deref().map(str::trim) != Some("0")
    }
}
