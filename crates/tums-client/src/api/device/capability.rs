//! 1.4.3.13–1.4.3.16 NVR channels, solar devices and capability sets.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.13–1.4.3.16 NVR channels, solar, capability
// ---------------------------------------------------------------------------------------

/// 获取NVR通道设备列表 — list the channel devices of an NVR (1.4.3.13). Only devices that
/// belong to the application are returned. The NVR must be on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetChannelDeviceList {
    /// 设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetChannelDeviceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(GetChannelDeviceList => ChannelDeviceList, POST "/tums/open/deviceManager/v1/getChannelDeviceList", read, validate);

/// NVR通道列表 — an NVR's channels (result of 1.4.3.13).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelDeviceList {
    /// 通道数 — number of channels (1.4.3.13).
    #[serde(default, with = "client_core::lenient::int")]
    pub channel_num: i64,
    /// 在线通道数 — number of online (connected) channels (1.4.3.13).
    #[serde(default, with = "client_core::lenient::int")]
    pub connected_channel_num: i64,
    /// 通道设备列表 — the NVR's child devices (1.4.3.13).
    #[serde(default)]
    pub channel_list: Vec<ChannelDevice>,
}

/// 通道设备 — one NVR channel device (1.4.3.13 `channelList`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelDevice {
    /// 设备码 — the channel device's 17-character code. Not in the table; the seed's
    /// example returns it (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备名称 — device name (1.4.3.13).
    #[serde(default)]
    pub device_name: String,
    /// 设备类型 — device type (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceTypeCategory>,
    /// 设备状态 — device status (表 1.4.3.1-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 设备型号 — device model (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// 开放状态 — open status (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_status: Option<OpenStatus>,
    /// ip地址 — IP address (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// mac地址 — MAC address (1.4.3.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道id — the channel number (the wire key is `channel`, not `channelId`) (1.4.3.13).
    #[serde(default, with = "client_core::lenient::int")]
    pub channel: i64,
}

/// 查询NVR通道的二维码 — read the device code of the IPC on an NVR channel; the NVR asks
/// the IPC live (1.4.3.14). The channel IPC must be a TP-LINK device; the NVR must be
/// on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetNvrChannelQrCode {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, NVR channel, from 1 (1.4.3.14).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl GetNvrChannelQrCode {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(GetNvrChannelQrCode => NvrChannelQrCode, POST "/vms/open/deviceManager/v1/getNvrChannelQrCode", read, validate);

/// 通道IPC设备码 — result of 1.4.3.14.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NvrChannelQrCode {
    /// 设备码 — the channel IPC's 17-character device code (1.4.3.14).
    #[serde(default)]
    pub qr_code: String,
}

/// 获取太阳能设备拓展信息 — running state of a solar power device (1.4.3.15). The device
/// must be on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetSolarPowerDeviceExtendInfo {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.3.15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetSolarPowerDeviceExtendInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(GetSolarPowerDeviceExtendInfo => SolarPowerExtendInfo, POST "/tums/open/deviceManager/v1/getSolarPowerDeviceExtendInfo", read, validate);

/// 太阳能设备拓展信息 — result of 1.4.3.15.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolarPowerExtendInfo {
    /// 太阳能供电系统状态 — system status, a numeric string (表 1.4.3.1-5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SolarSystemStatus>,
    /// 当前电量 — charge of the fullest battery, "电量百分比，单位为%" (1.4.3.15): a
    /// string on the wire, kept as the platform sent it (`"66"`, `"66%"`; a number is
    /// kept as its text). [`SolarPowerExtendInfo::battery_percent`] reads the number.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_status: Option<String>,
}

impl SolarPowerExtendInfo {
    /// The charge in percent, when `batteryStatus` holds a number (`"66"`, `"66%"`,
    /// `"53.32 %"`); `None` when absent or not a number.
    pub fn battery_percent(&self) -> Option<f64> {
        self.battery_status.as_deref().and_then(parse_percent)
    }
}

/// A percentage as TUMS writes it (电量百分比，单位为%): a decimal number with an
/// optional `%` sign and surrounding spaces; `None` for anything else (or a value that
/// is not finite).
pub fn parse_percent(text: &str) -> Option<f64> {
    let t = text.trim();
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// 获取IPC/NVR能力集 — read an IPC's or NVR's capability set (1.4.3.16). The device must
/// be online and on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceCapability {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.3.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — optional video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
}

impl GetDeviceCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        if let Some(c) = self.channel_id {
            check::channel(path, "channelId", c)?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetDeviceCapability => DeviceCapabilityResult, POST "/vms/open/deviceManager/v1/getDeviceCapability", read, validate);

/// 能力集结果 — result of 1.4.3.16.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceCapabilityResult {
    /// 设备能力集 — the capability set (1.4.3.2).
    #[serde(default)]
    pub capability: DeviceCapability,
}

client_core::str_enum! {
    /// 编码标准 — video codec in `video_codec` (1.4.3.2).
    pub enum VideoCodec {
        /// H.264.
        H264 = "h264",
        /// H.265.
        H265 = "h265",
    }
}

client_core::str_enum! {
    /// 语音操作 — audio operation in `audio` (1.4.3.2).
    pub enum AudioCapability {
        /// 支持播放 — can play sound (speaker).
        Speaker = "speaker",
        /// 支持录音 — can record (microphone).
        Microphone = "microphone",
    }
}

client_core::str_enum! {
    /// 消息报警种类 — alarm kind in `msg_alarm_list` / `msg_alarm_separate_list` (1.4.3.2).
    pub enum MsgAlarmKind {
        /// 声音报警 — sound alarm.
        Sound = "sound",
        /// 光报警 — light alarm.
        Light = "light",
    }
}

/// 设备能力集 — capability set of an NVR (表 1.4.3.2-1) or an IPC (表 1.4.3.2-2) (1.4.3.2).
///
/// Flags are the strings `"0"`/`"1"` on the wire and `Option<bool>` here; a missing
/// flag means "not supported" (see helpers such as
/// [`DeviceCapability::has_ptz`]). Keys the seed does not document are ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceCapability {
    /// playback_scale — 是否支持回放倍速调节: playback speed control (NVR, IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub playback_scale: Option<bool>,
    /// msg_push — 是否支持消息推送: message push (NVR, IPC). For IPCs, which detections
    /// push is decided by `linkage_capability` (higher priority) and
    /// `smart_msg_push_capability`; with neither, only motion (md) and tamper (od)
    /// detection push (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub msg_push: Option<bool>,
    /// channel_talk — 是否支持通道语音对讲: channel two-way talk (NVR) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub channel_talk: Option<bool>,
    /// max_channels — 设备支持的最大通道数: maximum number of channels (NVR, int) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_channels: Option<i64>,
    /// relay_support_versions — 支持的relay协议版本: relay protocol versions (NVR, IPC).
    /// Missing means only relay 1.2; 1.x = Multipart, 2.x = Multitrans. See
    /// [`DeviceCapability::relay_versions`] (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_support_versions: Option<Vec<String>>,
    /// video_codec — 支持的编码标准: supported codecs, h264/h265 (NVR, IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_codec: Option<Vec<VideoCodec>>,
    /// audio — 支持的语音操作: speaker (play) / microphone (record); missing or empty means
    /// neither (NVR, IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<Vec<AudioCapability>>,
    /// led — 是否支持控制LED状态灯: LED control (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub led: Option<bool>,
    /// local_storage — 是否支持本地存储: local storage such as SD card or disk (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub local_storage: Option<bool>,
    /// ptz — 是否支持云台协议: pan/tilt/zoom (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub ptz: Option<bool>,
    /// smart_msg_push_capability — 是否支持消息推送专属能力集: a dedicated push capability
    /// set (meaningful only with `msg_push` = 1; `linkage_capability` takes priority) (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub smart_msg_push_capability: Option<bool>,
    /// linkage_capability — 是否支持联动方式能力集: linkage-method capability set (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub linkage_capability: Option<bool>,
    /// msg_alarm — 是否支持声音报警: sound alarm; declared whenever supported; not sent
    /// together with `msg_alarm_separate_list` (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub msg_alarm: Option<bool>,
    /// msg_alarm_separate_list — 声光报警分离时支持的报警种类: alarm kinds when sound and
    /// light alarm separately; excludes `msg_alarm_list`, overrides `msg_alarm` (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg_alarm_separate_list: Option<Vec<MsgAlarmKind>>,
    /// msg_alarm_list — 声光报警不分离时支持的报警种类: alarm kinds when sound and light
    /// alarm together; overrides `msg_alarm` (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg_alarm_list: Option<Vec<MsgAlarmKind>>,
    /// alarm_in_enable — 是否支持报警输入功能: alarm input (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub alarm_in_enable: Option<bool>,
    /// alarm_out_enable — 是否支持报警输出功能: alarm output (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub alarm_out_enable: Option<bool>,
    /// smart_codec — 是否支持智能编码: smart encoding (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub smart_codec: Option<bool>,
    /// fish_eye — 是否为鱼眼机型: fisheye model (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub fish_eye: Option<bool>,
    /// lens_mask — 是否支持镜头遮蔽: lens masking (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub lens_mask: Option<bool>,
    /// iris_first — 是否支持光圈优先: aperture priority (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub iris_first: Option<bool>,
    /// multi_sensor — 是否为多sensor设备: multi-sensor device (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub multi_sensor: Option<bool>,
    /// target_track — 是否支持目标跟踪: target tracking (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub target_track: Option<bool>,
    /// gb28181 — 是否支持 GB28181 平台接入: GB28181 platform access (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub gb28181: Option<bool>,
    /// lte — IPC是否支持4G功能: 4G/LTE (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, with = "flag_str", skip_serializing_if = "Option::is_none")]
    pub lte: Option<bool>,
    /// streaming_support_versions — 支持的传输协议版本: streaming protocol versions;
    /// missing means no Multipart/Multitrans streaming; 1.x = Multipart, 2.x = Multitrans
    /// (IPC) (1.4.3.2-1, 1.4.3.2-2, 1.4.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streaming_support_versions: Option<Vec<String>>,
}

impl DeviceCapability {
    /// The relay protocol versions supported; `["1.2"]` when the device does not send
    /// `relay_support_versions` (1.4.3.2: 缺少该字段表示仅支持1.2版本).
    pub fn relay_versions(&self) -> Vec<String> {
        self.relay_support_versions
            .clone()
            .unwrap_or_else(|| vec!["1.2".to_owned()])
    }

    /// PTZ (云台) supported.
    pub fn has_ptz(&self) -> bool {
        self.ptz.unwrap_or(false)
    }

    /// Message push supported.
    pub fn has_msg_push(&self) -> bool {
        self.msg_push.unwrap_or(false)
    }

    /// Local storage (SD card / disk) supported.
    pub fn has_local_storage(&self) -> bool {
        self.local_storage.unwrap_or(false)
    }

    /// `true` when `audio` lists `op`.
    pub fn supports_audio(&self, op: &AudioCapability) -> bool {
        self.audio.as_ref().is_some_and(|a| a.contains(op))
    }

    /// `true` when `video_codec` lists `codec`.
    pub fn supports_codec(&self, codec: &VideoCodec) -> bool {
        self.video_codec.as_ref().is_some_and(|c| c.contains(codec))
    }
}
