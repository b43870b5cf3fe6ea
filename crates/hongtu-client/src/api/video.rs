//! 视频监控 — PTZ control, live-preview URL and snapshots of cameras
//! (hongtu-aiot-openapi.txt, module 视频监控 1.1–1.3).

use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

client_core::int_enum! {
    /// 云台控制命令 (`ptzCmd`) — PTZ command (视频监控 1.1.2).
    pub enum PtzCommand {
        /// 上 — tilt up.
        Up = 1,
        /// 下 — tilt down.
        Down = 2,
        /// 左 — pan left.
        Left = 3,
        /// 右 — pan right.
        Right = 4,
        /// 左上 — up and left.
        UpLeft = 5,
        /// 右上 — up and right.
        UpRight = 6,
        /// 左下 — down and left.
        DownLeft = 7,
        /// 右下 — down and right.
        DownRight = 8,
        /// 焦距变大（变倍+） — zoom in.
        ZoomIn = 9,
        /// 焦距变小（变倍-） — zoom out.
        ZoomOut = 10,
        /// 焦点前调（调焦+） — focus near.
        FocusNear = 11,
        /// 焦点后调（调焦-） — focus far.
        FocusFar = 12,
        /// 光圈扩大 — open the iris.
        IrisOpen = 13,
        /// 光圈缩小 — close the iris.
        IrisClose = 14,
    }
}

// ---------------------------------------------------------------------------
// 1.1 云台控制
// ---------------------------------------------------------------------------

/// 云台控制 — start or stop a PTZ movement, zoom, focus or iris change on a camera
/// with PTZ support (`POST /v1/api/video/realtime/ptzControl`, 视频监控 1.1). Returns
/// no data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PtzControl {
    /// 设备uuid (`deviceUuid`) — required (视频监控 1.1.2).
    pub device_uuid: String,
    /// 云台控制命令 (`ptzCmd`) — 1–14; required (视频监控 1.1.2).
    pub ptz_cmd: PtzCommand,
    /// 速度 (`speed`) — PTZ/lens speed, 1–8; required (视频监控 1.1.2).
    pub speed: u8,
    /// 停止或者开始动作 (`stop`) — 0 start the action, non-zero stop it; required
    /// (视频监控 1.1.2). Use [`PtzControl::start`] / [`PtzControl::stop`].
    pub stop: i32,
}

impl PtzControl {
    /// Starts `cmd` on `device_uuid` at `speed` (1–8).
    pub fn start(device_uuid: impl Into<String>, cmd: PtzCommand, speed: u8) -> Self {
        Self {
            device_uuid: device_uuid.into(),
            ptz_cmd: cmd,
            speed,
            stop: 0,
        }
    }

    /// Stops `cmd` on `device_uuid`.
    pub fn stop(device_uuid: impl Into<String>, cmd: PtzCommand, speed: u8) -> Self {
        Self {
            stop: 1,
            ..Self::start(device_uuid, cmd, speed)
        }
    }

    /// `true` when this request stops the action (`stop` ≠ 0).
    pub fn is_stop(&self) -> bool {
        self.stop != 0
    }
}

impl PtzControl {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "deviceUuid", &self.device_uuid)?;
        if !(1..=8).contains(&self.speed) {
            return Err(Error::invalid(
                path,
                format!("speed must be 1..=8, got {}", self.speed),
            ));
        }
        if !(1..=14).contains(&self.ptz_cmd.code()) {
            return Err(Error::invalid(
                path,
                format!("ptzCmd must be 1..=14, got {}", self.ptz_cmd.code()),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(PtzControl => Ack, POST "/v1/api/video/realtime/ptzControl", write, validate);

// ---------------------------------------------------------------------------
// 1.2 视频实时预览（不建议使用）
// ---------------------------------------------------------------------------

/// 视频实时预览 — the live-preview stream URL of a device
/// (`POST /v1/api/video/realtime/preview`, 视频监控 1.2).
///
/// The seed marks this endpoint "不建议使用" (not recommended): the `ws://` URL
/// delivers the GMP service's binary stream, meant for a browser's MediaSource API.
#[deprecated(note = "the vendor marks 视频实时预览 as not recommended (不建议使用)")]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RealtimePreview {
    /// 设备deviceUuid (`deviceUuid`) — required (视频监控 1.2.2).
    pub device_uuid: String,
}

/// Answer of [`RealtimePreview`] (视频监控 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PreviewUrl {
    /// 视频预览地址url (`url`) — a `ws://{ip}:8547/stream?url=…` URL of the GMP stream;
    /// optional (视频监控 1.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[allow(deprecated)]
impl RealtimePreview {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "deviceUuid", &self.device_uuid)
    }
}

// The vendor deprecates the endpoint, not the crate: implementing it is no use of it.
#[allow(deprecated)]
const _: () = {
    client_core::endpoint!(RealtimePreview => PreviewUrl, POST "/v1/api/video/realtime/preview", read, validate);
};

// ---------------------------------------------------------------------------
// 1.3 视频抓图
// ---------------------------------------------------------------------------

/// 视频抓图 — take a snapshot from a device's video
/// (`POST /v1/api/video/realtime/capture`, 视频监控 1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureSnapshot {
    /// 设备deviceUuid (`deviceUuid`) — required (视频监控 1.3.2).
    pub device_uuid: String,
}

/// Answer of [`CaptureSnapshot`] (视频监控 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// 抓取的图片url (`captureUrl`) — the image URL, valid for 24 hours by default;
    /// optional (视频监控 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_url: Option<String>,
}

impl CaptureSnapshot {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "deviceUuid", &self.device_uuid)
    }
}

// Each call takes a new snapshot; no state changes, so a retry is harmless.
client_core::endpoint!(CaptureSnapshot => Snapshot, POST "/v1/api/video/realtime/capture", read, validate);

#[cfg(test)]
#[allow(deprecated)]
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
        assert_eq!(
            meta::<PtzControl>(),
            (Method::POST, "/v1/api/video/realtime/ptzControl", false)
        );
        assert_eq!(
            meta::<RealtimePreview>(),
            (Method::POST, "/v1/api/video/realtime/preview", true)
        );
        assert_eq!(
            meta::<CaptureSnapshot>(),
            (Method::POST, "/v1/api/video/realtime/capture", true)
        );
    }

    #[test]
    fn ptz_validation() {
        let mut req = PtzControl::start("d", PtzCommand::ZoomIn, 8);
        assert!(req.validate().is_ok());
        assert!(!req.is_stop());
        req.speed = 0;
        assert!(req.validate().is_err());
        req.speed = 9;
        assert!(req.validate().is_err());
        req.speed = 1;
        req.ptz_cmd = PtzCommand::Unknown(15);
        assert!(req.validate().is_err());
        let stop = PtzControl::stop("d", PtzCommand::Left, 3);
        assert!(stop.is_stop());
        let v = serde_json::to_value(&stop).unwrap();
        assert_eq!(v["ptzCmd"], 3);
        assert_eq!(v["stop"], 1);
        assert!(CaptureSnapshot::default().validate().is_err());
        assert!(RealtimePreview::default().validate().is_err());
    }
}
