//! PTZ movement and presets — 1.4.4.4.5 and 1.4.4.4.8–1.4.4.4.11, with their GB/T 28181
//! variants 1.4.22.2.1–1.4.22.2.5 (same paths).
//!
//! A request names a TP-LINK device with `qr_code`/`mac` and a `channel_id`, or a
//! GB/T 28181 (国标) device with its 20-digit `device_gb_id` and, for entrusted devices,
//! `sip_server_id`. The two forms are exclusive. Where the GB variant differs:
//!
//! | endpoint | TP-LINK device (1.4.4.4.x) | GB/T 28181 device (1.4.22.2.x) |
//! |---|---|---|
//! | motionCtrl | `direction` 0–15 (scan, zoom, focus, reset included) | `direction` 0–8 (stop and the eight directions only) |
//! | getAllPresets | items carry `readOnly` | no `readOnly` |
//! | operatePreset | `presetId` optional (absent: add), `override`, `presetName` | `presetId` required; no `override`/`presetName` documented |
//! | executePreset / deletePreset | `presetId` | `presetId` |

use serde::{Deserialize, Serialize};

use crate::api::check;

/// The length of a GB/T 28181 device or SIP server id (`33010001011321110001`).
pub const GB_ID_LEN: usize = 20;

/// Checks a GB/T 28181 id: exactly 20 ASCII digits (GB/T 28181 编码规则).
fn gb_id(path: &str, field: &str, id: &str) -> Result<(), client_core::Error> {
    if id.len() == GB_ID_LEN && id.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(client_core::Error::invalid(
            path,
            format!("{field} must be the 20-digit GB/T 28181 id, got {id:?}"),
        ))
    }
}

/// Declares a PTZ request addressing a TP-LINK device (`qrCode`/`mac` + `channelId`)
/// or a GB/T 28181 device (`deviceGbId` [+ `sipServerId`]).
macro_rules! ptz_request {
    ($(#[$meta:meta])* pub struct $name:ident ($sec:literal) { $($fields:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            #[doc = concat!("qrCode — 设备码 of a TP-LINK device, the 17 characters 4–20 of the label (`qr_code` or `mac`, not with `device_gb_id`) (", $sec, ").")]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub qr_code: Option<String>,
            #[doc = concat!("mac — 设备MAC地址 of a TP-LINK device, `00-FF-00-17-00-18` (", $sec, ").")]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub mac: Option<String>,
            #[doc = concat!("channelId — 通道编号 of a TP-LINK device, from 1; required with `qr_code`/`mac`, absent for GB devices (", $sec, ").")]
            #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
            pub channel_id: Option<i64>,
            #[doc = concat!("deviceGbId — 设备的20位国标设备ID of a GB/T 28181 device (1.4.22.2; ", $sec, ").")]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub device_gb_id: Option<String>,
            #[doc = concat!("sipServerId — 国标设备接入的SIP服务器id, only for entrusted (托管) GB devices (1.4.22.2; ", $sec, ").")]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub sip_server_id: Option<String>,
            $($fields)*
        }

        impl $name {
            /// Checks the target: a TP-LINK locator with `channelId` ≥ 1, or a 20-digit
            /// `deviceGbId` (with an optional 20-digit `sipServerId`), never both.
            fn check_target(&self, path: &str) -> Result<(), client_core::Error> {
                match &self.device_gb_id {
                    Some(id) => {
                        if self.qr_code.is_some() || self.mac.is_some() || self.channel_id.is_some() {
                            return Err(client_core::Error::invalid(
                                path,
                                "deviceGbId (GB/T 28181 device) cannot be combined with qrCode, mac or channelId",
                            ));
                        }
                        gb_id(path, "deviceGbId", id)?;
                        if let Some(sip) = &self.sip_server_id {
                            gb_id(path, "sipServerId", sip)?;
                        }
                        Ok(())
                    }
                    None => {
                        if self.sip_server_id.is_some() {
                            return Err(client_core::Error::invalid(
                                path,
                                "sipServerId is only sent with deviceGbId",
                            ));
                        }
                        check::any_locator(path, &self.qr_code, &self.mac)?;
                        match self.channel_id {
                            Some(c) => check::channel(path, "channelId", c),
                            None => Err(client_core::Error::invalid(
                                path,
                                "channelId is required with qrCode/mac",
                            )),
                        }
                    }
                }
            }

            /// `true` when the request addresses a GB/T 28181 device.
            pub fn is_gb(&self) -> bool {
                self.device_gb_id.is_some()
            }

            /// Targets the TP-LINK device with this 17-character code, channel
            /// `channel_id` (1 for an IPC bound directly).
            pub fn with_qr_code(mut self, qr_code: impl Into<String>, channel_id: i64) -> Self {
                self.qr_code = Some(qr_code.into());
                self.channel_id = Some(channel_id);
                self
            }

            /// Targets the TP-LINK device with this MAC, channel `channel_id`.
            pub fn with_mac(mut self, mac: impl Into<String>, channel_id: i64) -> Self {
                self.mac = Some(mac.into());
                self.channel_id = Some(channel_id);
                self
            }

            /// Targets the GB/T 28181 device with this 20-digit id (1.4.22.2).
            pub fn with_device_gb_id(mut self, device_gb_id: impl Into<String>) -> Self {
                self.device_gb_id = Some(device_gb_id.into());
                self
            }

            /// Names the SIP server of an entrusted GB/T 28181 device (1.4.22.2).
            pub fn with_sip_server_id(mut self, sip_server_id: impl Into<String>) -> Self {
                self.sip_server_id = Some(sip_server_id.into());
                self
            }
        }
    };
}

client_core::int_enum! {
    /// 云台操作类型 — PTZ operation of motionCtrl (1.4.4.4.5 direction; 1.4.22.2.1 allows
    /// 0–8).
    pub enum PtzDirection {
        /// 0 — 停止, stop.
        Stop = 0,
        /// 1 — 向右, right.
        Right = 1,
        /// 2 — 右下, down-right.
        DownRight = 2,
        /// 3 — 向下, down.
        Down = 3,
        /// 4 — 左下, down-left.
        DownLeft = 4,
        /// 5 — 向左, left.
        Left = 5,
        /// 6 — 左上, up-left.
        UpLeft = 6,
        /// 7 — 向上, up.
        Up = 7,
        /// 8 — 右上, up-right.
        UpRight = 8,
        /// 9 — 扫描, scan (only with `scan_supported` = 1; not on motor devices).
        Scan = 9,
        /// 10 — 变倍+, zoom in (not on motor devices).
        ZoomIn = 10,
        /// 11 — 变倍-, zoom out (not on motor devices).
        ZoomOut = 11,
        /// 12 — 调焦+, focus +.
        FocusIn = 12,
        /// 13 — 调焦-, focus -.
        FocusOut = 13,
        /// 14 — 调焦停止, stop focusing.
        FocusStop = 14,
        /// 15 — 云台复位, PTZ reset (with `calibrate_supported`/`calibrate` = 1).
        Reset = 15,
    }
}

/// The default and largest motionCtrl speed ("取值范围：[1, 7]，默认值7").
pub const PTZ_SPEED_MAX: i64 = 7;

ptz_request! {
    /// 设置云台转动、调焦 — move, zoom or focus a PTZ (1.4.4.4.5; GB/T 28181 devices
    /// 1.4.22.2.1, directions 0–8 only).
    pub struct MotionCtrl ("1.4.4.4.5") {
        /// direction — 云台操作类型. Required (1.4.4.4.5).
        pub direction: PtzDirection,
        /// speed — 云台速度大小, `[1, 7]`, default 7; not supported by motor devices
        /// (1.4.4.4.5).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub speed: Option<i64>,
    }
}

impl MotionCtrl {
    /// Operation `direction` at the default speed; add the target with
    /// [`MotionCtrl::with_qr_code`] or [`MotionCtrl::with_device_gb_id`].
    pub fn new(direction: PtzDirection) -> Self {
        Self {
            direction,
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        let max = if self.is_gb() { 8 } else { 15 };
        check::range(path, "direction", self.direction.code(), 0, max)?;
        check::opt_range(path, "speed", self.speed, 1, PTZ_SPEED_MAX)
    }
}

// `int_enum!` generates the enum, so `#[derive(Default)]` cannot be added to it.
#[allow(clippy::derivable_impls)]
impl Default for PtzDirection {
    fn default() -> Self {
        Self::Stop
    }
}

client_core::endpoint!(MotionCtrl => client_core::Ack, POST "/vms/open/deviceConfig/v1/motionCtrl", write, validate);

ptz_request! {
    /// 获取预置点 — list the presets (1.4.4.4.8; GB/T 28181 devices 1.4.22.2.2). Needs
    /// `preset_supported` = 1.
    pub struct GetAllPresets ("1.4.4.4.8") {}
}

impl GetAllPresets {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetAllPresets => Vec<Preset>, POST "/vms/open/deviceConfig/v1/getAllPresets", read, validate);

/// 预置点 — one preset of 1.4.4.4.8 / 1.4.22.2.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Preset {
    /// presetId — 预置点唯一的标识符 (1.4.4.4.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub preset_id: Option<String>,
    /// name — 预置点的名称 (1.4.4.4.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    /// readOnly — 是否为只读预置点 (1 read-only: cannot be modified or deleted); not sent
    /// for GB/T 28181 devices (1.4.4.4.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub read_only: Option<bool>,
}

ptz_request! {
    /// 运动到预置点 — move to a preset (1.4.4.4.9; GB/T 28181 devices 1.4.22.2.3).
    pub struct ExecutePreset ("1.4.4.4.9") {
        /// presetId — 预置点id from getAllPresets. Required (1.4.4.4.9).
        #[serde(with = "client_core::lenient::string")]
        pub preset_id: String,
    }
}

impl ExecutePreset {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::non_empty(path, "presetId", &self.preset_id)
    }
}

client_core::endpoint!(ExecutePreset => client_core::Ack, POST "/vms/open/deviceConfig/v1/executePreset", write, validate);

ptz_request! {
    /// 删除预置点 — delete a preset (1.4.4.4.10; GB/T 28181 devices 1.4.22.2.4).
    /// Read-only presets cannot be deleted.
    pub struct DeletePreset ("1.4.4.4.10") {
        /// presetId — 预置点id from getAllPresets. Required (1.4.4.4.10).
        #[serde(with = "client_core::lenient::string")]
        pub preset_id: String,
    }
}

impl DeletePreset {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::non_empty(path, "presetId", &self.preset_id)
    }
}

client_core::endpoint!(DeletePreset => client_core::Ack, POST "/vms/open/deviceConfig/v1/deletePreset", write, validate);

/// The most presets a channel holds ("每个通道最多支持300个预置点", 1.4.4.4.11).
pub const PRESETS_PER_CHANNEL_MAX: usize = 300;

ptz_request! {
    /// 增加或修改预置点 — add or modify a preset (1.4.4.4.11; GB/T 28181 devices
    /// 1.4.22.2.5). Without `preset_id`, or with an id that is not set, a preset is added
    /// at the current position (`override` is then ignored); otherwise that preset is
    /// modified. At most 300 presets per channel.
    pub struct OperatePreset ("1.4.4.4.11") {
        /// presetId — 预置点id. Optional for TP-LINK devices, required for GB/T 28181
        /// devices (1.4.4.4.11, 1.4.22.2.5).
        #[serde(default, with = "client_core::lenient::opt_string", skip_serializing_if = "Option::is_none")]
        pub preset_id: Option<String>,
        /// override — 修改预置点时是否覆盖位置信息: `"1"` store the current position,
        /// `"0"` (default) keep it (1.4.4.4.11).
        #[serde(
            rename = "override",
            default,
            with = "crate::api::device_config::text::opt_flag_text",
            skip_serializing_if = "Option::is_none"
        )]
        pub override_position: Option<bool>,
        /// presetName — 预置点的名称; by default the device names it (1.4.4.4.11).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub preset_name: Option<String>,
    }
}

impl OperatePreset {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        match &self.preset_id {
            Some(id) => check::non_empty(path, "presetId", id)?,
            None if self.is_gb() => {
                return Err(client_core::Error::invalid(
                    path,
                    "presetId is required for GB/T 28181 devices (1.4.22.2.5)",
                ))
            }
            None => {}
        }
        if let Some(name) = &self.preset_name {
            check::non_empty(path, "presetName", name)?;
        }
        Ok(())
    }
}

client_core::endpoint!(OperatePreset => client_core::Ack, POST "/vms/open/deviceConfig/v1/operatePreset", write, validate);
