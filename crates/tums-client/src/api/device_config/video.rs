//! Video streams — 1.4.4.16–1.4.4.18.

use serde::{Deserialize, Serialize};

client_core::str_enum! {
    /// 码流类型 — video stream (1.4.4.16–18 type).
    pub enum VideoStreamType {
        /// main — 主码流, main stream.
        Main = "main",
        /// minor — 子码流, sub stream.
        Minor = "minor",
        /// third — 第三码流, third stream.
        Third = "third",
    }
}

client_core::str_enum! {
    /// 视频编码类型 — video codec (1.4.4.16 encodeTypes, 1.4.4.17/18 encodeType).
    pub enum EncodeType {
        /// H264 — H264编码.
        H264 = "H264",
        /// H265 — H265编码.
        H265 = "H265",
    }
}

client_core::str_enum! {
    /// 码率类型 — bitrate control (1.4.4.16 bitRateTypes, 1.4.4.17/18 bitRateType/bitrateType).
    pub enum BitrateType {
        /// cbr — 定码率, constant bitrate.
        Cbr = "cbr",
        /// vbr — 变码率, variable bitrate.
        Vbr = "vbr",
    }
}

client_core::int_enum! {
    /// 图像质量 — image quality, valid with `vbr` (1.4.4.16 qualities, 1.4.4.17/18 quality).
    /// The capability example lists `"1","3","5"`: unknown values are kept.
    pub enum Quality {
        /// 1 — 低, low.
        Low = 1,
        /// 2 — 中, medium.
        Medium = 2,
        /// 3 — 高, high.
        High = 3,
    }
}

client_core::int_enum! {
    /// 视频帧率 — frame-rate code: 65536 + frames per second (1.4.4.16 frameRates as
    /// strings, 1.4.4.17/18 frameRate as int). See [`FrameRate::fps`].
    pub enum FrameRate {
        /// 65537 — 对应页面帧率1, 1 fps.
        Fps1 = 65537,
        /// 65541 — 对应页面帧率5, 5 fps.
        Fps5 = 65541,
        /// 65546 — 对应页面帧率10, 10 fps.
        Fps10 = 65546,
        /// 65551 — 对应页面帧率15, 15 fps.
        Fps15 = 65551,
        /// 65556 — 对应页面帧率20, 20 fps.
        Fps20 = 65556,
        /// 65561 — 对应页面帧率25, 25 fps.
        Fps25 = 65561,
        /// 65566 — 对应页面帧率30, 30 fps.
        Fps30 = 65566,
    }
}

impl FrameRate {
    /// The code's frames per second (`code − 65536`), for known and unknown codes alike.
    ///
    /// ```
    /// use tums_client::api::device_config::FrameRate;
    /// assert_eq!(FrameRate::Fps25.fps(), 25);
    /// assert_eq!(FrameRate::from_code(65548).fps(), 12);
    /// ```
    pub fn fps(&self) -> i64 {
        self.code() - 65_536
    }

    /// The code for `fps` frames per second (`65536 + fps`).
    pub fn from_fps(fps: i64) -> Self {
        Self::from_code(65_536 + fps)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.16

device_request! {
    /// 获取IPC设备视频相关能力集信息 — get an IPC's video capability (1.4.4.16). Members
    /// returned null or false are unsupported; NVR channels have no smart-codec capability
    /// and no third stream, and their `qualities` is always empty.
    pub struct GetDeviceVideoCapability ("1.4.4.16", channel: required) {}
}

target_ctors!(GetDeviceVideoCapability, required);

impl GetDeviceVideoCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceVideoCapability => VideoCapability, POST "/vms/open/deviceConfig/v1/getDeviceVideoCapability", read, validate);

/// 视频相关能力集 — video capability (result of 1.4.4.16).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoCapability {
    /// 是否支持第三码流 — third stream supported (1.4.4.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub third_stream_support: Option<bool>,
    /// 是否支持智能编码能力集 — smart codec supported; only then is
    /// `smart_codec_capability` present (1.4.4.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_codec_capability_support: Option<bool>,
    /// 是否支持图像质量数字等级 — digital quality level supported (1.4.4.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub digital_quality_support: Option<bool>,
    /// 是否只支持主码流 — only the main stream is supported (1.4.4.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub single_stream_support: Option<bool>,
    /// 客户端是否需要实时预览功能 — the client needs live preview (1.4.4.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub real_time_preview: Option<bool>,
    /// 智能编码能力集 — smart-codec capability (1.4.4.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smart_codec_capability: Option<SmartCodecCapability>,
    /// streamCapabilityList — per-stream capability (1.4.4.16).
    #[serde(default)]
    pub stream_capability_list: Vec<StreamCapability>,
}

/// 智能编码能力集 — smart-codec capability (1.4.4.16 smartCodecCapability).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SmartCodecCapability {
    /// 虚拟I帧数量 — allowed numbers of virtual I-frames between two I-frames (strings on
    /// the wire) (1.4.4.16).
    #[serde(default, with = "super::wire::vec_int")]
    pub virtual_frame_num: Vec<i64>,
    /// 是否支持虚拟I帧数量 — the virtual I-frame count can be read and set (1.4.4.16).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_frame_num_support: Option<bool>,
}

/// 码流能力 — what one stream supports (1.4.4.16 streamCapabilityList).
///
/// The table writes `bitRates`/`bitRateTypes`, the example `bitrates`/`bitrateTypes`;
/// the table's spelling is sent and both are accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamCapability {
    /// 码流类型 — which stream (1.4.4.16).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub stream_type: Option<VideoStreamType>,
    /// 视频编码类型数组 — supported codecs (1.4.4.16).
    #[serde(default)]
    pub encode_types: Vec<EncodeType>,
    /// 视频帧率数组 — supported frame-rate codes (strings on the wire) (1.4.4.16).
    #[serde(default)]
    pub frame_rates: Vec<FrameRate>,
    /// 码率上限数组 — supported bitrate caps (strings on the wire; unit not stated by
    /// the seed, the values 64…8192 suggest kbit/s) (1.4.4.16).
    #[serde(
        rename = "bitRates",
        alias = "bitrates",
        default,
        with = "super::wire::vec_int"
    )]
    pub bit_rates: Vec<i64>,
    /// 码率类型数组 — supported bitrate controls (1.4.4.16).
    #[serde(rename = "bitRateTypes", alias = "bitrateTypes", default)]
    pub bit_rate_types: Vec<BitrateType>,
    /// 分辨率数组 — supported resolutions such as `"1280*720"` (1.4.4.16).
    #[serde(default)]
    pub resolutions: Vec<String>,
    /// 图像质量数组 — supported qualities, valid with `vbr` (1.4.4.16).
    #[serde(default)]
    pub qualities: Vec<Quality>,
    /// 图像质量数字等级取值范围 — digital quality range: `[min, max]` (strings on the
    /// wire) (1.4.4.16).
    #[serde(default, with = "super::wire::vec_int")]
    pub digital_quality_range: Vec<i64>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.17

device_request! {
    /// 获取IPC设备视频码流信息 — get an IPC's stream settings (1.4.4.17).
    pub struct GetDeviceVideoInfo ("1.4.4.17", channel: required) {}
}

target_ctors!(GetDeviceVideoInfo, required);

impl GetDeviceVideoInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceVideoInfo => VideoInfo, POST "/vms/open/deviceConfig/v1/getDeviceVideoInfo", read, validate);

/// 视频码流信息 — result of 1.4.4.17.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoInfo {
    /// streamInfoList — one entry per stream (1.4.4.17).
    #[serde(default)]
    pub stream_info_list: Vec<StreamInfo>,
}

/// 码流信息 — one stream's settings (1.4.4.17 streamInfoList).
///
/// The table writes `bitRate`/`bitRateType`, the example `bitrate`/`bitrateType`; the
/// table's spelling is sent and both are accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamInfo {
    /// 码流类型 — which stream (1.4.4.17).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub stream_type: Option<VideoStreamType>,
    /// 视频编码类型 — codec (1.4.4.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encode_type: Option<EncodeType>,
    /// 视频帧率 — frame-rate code (1.4.4.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_rate: Option<FrameRate>,
    /// 码率上限 — bitrate cap (1.4.4.17).
    #[serde(
        rename = "bitRate",
        alias = "bitrate",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub bit_rate: Option<i64>,
    /// 码率类型 — bitrate control (1.4.4.17).
    #[serde(
        rename = "bitRateType",
        alias = "bitrateType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bit_rate_type: Option<BitrateType>,
    /// 分辨率 — resolution such as `"2304*1296"` (1.4.4.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// 图像质量 — quality (1.4.4.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<Quality>,
    /// 是否开启智能编码 — smart codec on; main stream only (1.4.4.17).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub if_open_smart_codec: Option<bool>,
    /// 虚拟I帧数量 — virtual I-frames between I-frames with smart codec; main stream only (1.4.4.17).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_frame_num: Option<i64>,
    /// 图像质量数字等级 — digital quality level (1.4.4.17).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub digital_quality: Option<i64>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.18

device_request! {
    /// 修改IPC设备视频码流信息 — modify an IPC's stream settings (1.4.4.18). Values must
    /// come from the capability of 1.4.4.16.
    pub struct ModifyDeviceVideoInfo ("1.4.4.18", channel: required) {
        /// streamInfoList — the streams to change (1.4.4.18).
        pub stream_info_list: Vec<StreamSettings>,
    }
}

impl ModifyDeviceVideoInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(ModifyDeviceVideoInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceVideoInfo", write, validate);

/// 码流配置 — one stream's new settings (1.4.4.18 streamInfoList; every member optional).
/// This request's table spells `bitrate`/`bitrateType` in lower case; `bitRate`/
/// `bitRateType` are accepted on input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamSettings {
    /// 码流类型 — which stream (1.4.4.18).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub stream_type: Option<VideoStreamType>,
    /// 视频编码类型 — codec (1.4.4.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encode_type: Option<EncodeType>,
    /// 视频帧率 — frame-rate code (1.4.4.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_rate: Option<FrameRate>,
    /// 码率上限 — bitrate cap (1.4.4.18).
    #[serde(
        rename = "bitrate",
        alias = "bitRate",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub bitrate: Option<i64>,
    /// 码率类型 — bitrate control (1.4.4.18).
    #[serde(
        rename = "bitrateType",
        alias = "bitRateType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bitrate_type: Option<BitrateType>,
    /// 分辨率 — resolution such as `"2304*1296"` (1.4.4.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// 图像质量 — quality (1.4.4.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<Quality>,
    /// 是否开启智能编码 — smart codec on; main stream only (1.4.4.18).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub if_open_smart_codec: Option<bool>,
    /// 虚拟I帧数量 — virtual I-frames between I-frames with smart codec; main stream only (1.4.4.18).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_frame_num: Option<i64>,
    /// 图像质量数字等级 — digital quality level (1.4.4.18).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub digital_quality: Option<i64>,
}
