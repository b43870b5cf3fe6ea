//! Entity models of appendix B and the response models printed inline with their
//! endpoints. Every member the seed lists is a field; all are optional on input
//! (the platform omits what it does not fill), numbers/booleans/dates are decoded
//! leniently, and the seed's wire typos (`deviceChennelList`, `urerName`,
//! `enableDevicApn`, `custome`, `IdCard`) stay on the wire behind clean names.

use chrono::NaiveDateTime;
use client_core::Secret;
use serde::{Deserialize, Serialize};

use crate::enums::*;

/// B.1 企业实体模型 — an enterprise (2.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Enterprise {
    /// 企业 Id — enterprise id (B.1 `id`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    /// 企业代码 — enterprise code (未启用, unused) (B.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_code: Option<String>,
    /// 企业名称 — enterprise name (B.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_name: Option<String>,
    /// 企业类型 — enterprise type (未启用, unused) (B.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_type: Option<i64>,
    /// 上级企业 Id — parent enterprise id (B.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_id: Option<i64>,
    /// 区域 Id — area id (未启用, unused) (B.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub area_id: Option<i64>,
    /// 联系人 — contact person (B.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// 联系电话 — telephone (B.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub telephone: Option<String>,
    /// 联系地址 — address (B.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 创建时间 — creation time (B.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_date_time: Option<NaiveDateTime>,
    /// 是否删除 — deleted flag (B.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_deleted: Option<bool>,
    /// 备注 — remark (B.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 主账号 — main account login name (B.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_login_name: Option<String>,
    /// 主账号密码 — main account password (B.1; redacted in `Debug`).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_password: Option<Secret>,
}

/// B.2.1 国标平台级联组扩展属性 — GB28181 platform-cascade properties of a group
/// (`gB28181Props`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Gb28181Props {
    /// 服务节点ID — server node id (B.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_node_id: Option<String>,
    /// 服务域 ID — server domain id (B.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_domain: Option<String>,
    /// 服务器 IP(设备使用) — server IP used by devices (B.2.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_ip: Option<String>,
    /// 服务器端口 — server port (typed String by the seed; numbers accepted) (B.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_port: Option<String>,
    /// 服务器用户名 — server user name (B.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_user: Option<String>,
    /// 服务器密码 — server password (B.2.1; redacted in `Debug`).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_pwd: Option<Secret>,
    /// 设备上报鉴权 — devices must authenticate (B.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_auth: Option<bool>,
    /// 设备状态 — status, 0 离线 / 1 在线 (B.2.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OnlineStatus>,
    /// TCP 通讯 — `true` TCP, `false` UDP (B.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_tcp: Option<bool>,
}

/// B.2 固定组实体模型 — a fixed group (2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// 组 Id — group id (B.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    /// 组类型 — group type: 3 固定组, 30 国标平台级联组 (B.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// 组名称 — group name (B.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 所属企业 Id — enterprise id (B.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<i64>,
    /// 上级组 Id — parent group id (B.2).
    #[serde(
        rename = "pGroupId",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub p_group_id: Option<i64>,
    /// 聊天室 Id — chat room id (B.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub room_id: Option<String>,
    /// 创建时间 — creation time (B.2).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_date_time: Option<NaiveDateTime>,
    /// 删除标识 — deleted flag (未启用, unused) (B.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_deleted: Option<bool>,
    /// 国标平台级联 — GB28181 cascade properties (B.2.1).
    #[serde(
        rename = "gB28181Props",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gb28181_props: Option<Gb28181Props>,
}

/// B.3.1 设备通道扩展属性 — a device channel (`deviceChennelList` item). The DevChnUpdate
/// request (2.4.5) adds `id` and `status`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Channel {
    /// 通道 Id — channel id (2.4.5; required to delete).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    /// 通道号 — channel number (B.3.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<String>,
    /// 通道名称 — channel name (B.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 通道类型 — channel type (未启用, unused) (B.3.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub chan_type: Option<i64>,
    /// 支持云台 — PTZ support, 1 = supported (B.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ptz: Option<Ptz>,
    /// 状态 — operation of a DevChnUpdate item: 0 添加, 1 删除 (2.4.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ChannelOp>,
}

/// B.3.2 设备支持特性扩展属性 — device feature flags (`props`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceProps {
    /// 支持实时视频 — live video (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_video: Option<bool>,
    /// 支持声音监听 — audio monitoring (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_audio: Option<bool>,
    /// 视频通话 — video call (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_video_call: Option<bool>,
    /// 支持语音通话 — voice call (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_audio_call: Option<bool>,
    /// 多方语音通话 — multi-party voice call (`enableAudioCallMulti`; no meaning printed) (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_audio_call_multi: Option<bool>,
    /// 语音广播 — voice broadcast (`enableVoiceBroadcast`; no meaning printed) (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_voice_broadcast: Option<bool>,
    /// 支持文本信息 — text messages (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_text_msg: Option<bool>,
    /// 支持 TTS 信息 — TTS messages (`enableTTSMsg`) (B.3.2).
    #[serde(
        rename = "enableTTSMsg",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_tts_msg: Option<bool>,
    /// 支持实时定位 — live positioning (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_position: Option<bool>,
    /// 视频会议 — video meeting (`enableVideoMeeting`; no meaning printed) (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_video_meeting: Option<bool>,
    /// 支持照明灯 — light (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_light: Option<bool>,
    /// 支持串口通讯 — serial protocol (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_serial_protocol: Option<bool>,
    /// 支持终端信息设置 — device info settings (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_device_info: Option<bool>,
    /// 支持 WIFI 参数设置 — Wi-Fi settings (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_device_wifi: Option<bool>,
    /// 支持 APN 参数设置 — APN settings (wire name `enableDevicApn`, sic) (B.3.2).
    #[serde(
        rename = "enableDevicApn",
        alias = "enableDeviceApn",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_device_apn: Option<bool>,
    /// 支持服务器参数设置 — server settings (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_server_info: Option<bool>,
    /// 支持录像参数设置 — recording settings (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_record_info: Option<bool>,
    /// 支持网传参数设置 — network transmission settings (`enableVideo2NetInfo`) (B.3.2).
    #[serde(
        rename = "enableVideo2NetInfo",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_video2_net_info: Option<bool>,
    /// 支持上传策略设置 — upload policy settings (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_upload_conf: Option<bool>,
    /// 支持录像策略设置 — recording policy settings (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_record_conf: Option<bool>,
    /// 支持 GB28181 设置 — GB28181 settings (`enableGb28181Conf`) (B.3.2).
    #[serde(
        rename = "enableGb28181Conf",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_gb28181_conf: Option<bool>,
    /// 支持远程升级 — remote upgrade (B.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_dev_upgrade: Option<bool>,
    /// 状态订阅 — status subscription, 2 = subscribed (B.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribe_status: Option<Subscription>,
    /// 位置订阅 — position subscription, 2 = subscribed (B.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribe_gps: Option<Subscription>,
    /// 报警订阅 — alarm subscription, 2 = subscribed (B.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribe_alarm: Option<Subscription>,
}

/// B.3 设备实体模型 — a device (2.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    /// 自增 Id — auto-increment id (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    /// 设备 Id — device id, usable for device login (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_id: Option<String>,
    /// 设备名称 — device name (B.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备类型 — device type (B.3 types it String; numbers and numeric strings accepted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 序列号 — serial number (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub serial_number: Option<String>,
    /// 登录名 — login name (wire name `urerName`, sic; 弃用, same as deviceId) (B.3).
    #[serde(
        rename = "urerName",
        alias = "userName",
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_name: Option<String>,
    /// 登录密码 — device login password (B.3; redacted in `Debug`).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Secret>,
    /// 卡号 — SIM number (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub sim: Option<String>,
    /// 缓存状态 — cached status, 0 离线 / 1 在线 (may differ from the real state) (B.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OnlineStatus>,
    /// 开始时间 — start time (未启用, unused) (B.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 结束时间 — end time (未启用, unused) (B.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 所属企业 Id — enterprise id (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<i64>,
    /// 所属组 Id — group id (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 图标类型 — icon type (未启用, unused) (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub ico_type: Option<i64>,
    /// 位置时间 — time of the last position (B.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub gps_time: Option<NaiveDateTime>,
    /// 位置经度 — longitude, WGS84 (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lng: Option<f64>,
    /// 位置纬度 — latitude, WGS84 (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lat: Option<f64>,
    /// 创建时间 — creation time (B.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_date_time: Option<NaiveDateTime>,
    /// 删除标识 — deleted flag (未启用, unused) (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_deleted: Option<bool>,
    /// 备注 — remark (B.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 服务器编码 — server code (lower-level server id of GB28181 devices) (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_code: Option<String>,
    /// 启用 TCP — TCP enabled (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_tcp: Option<bool>,
    /// 遥晕 — remotely stunned (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_stun: Option<bool>,
    /// 遥毙 — remotely killed (B.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_kill: Option<bool>,
    /// 设备通道 — channels (wire name `deviceChennelList`, sic) (B.3, B.3.1).
    #[serde(
        rename = "deviceChennelList",
        alias = "deviceChannelList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub channels: Option<Vec<Channel>>,
    /// 设备特性 — feature flags (B.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub props: Option<DeviceProps>,
}

/// B.6 位置实体模型 — a position record (2.7.1 GPSList; also B.5 `gpsModel`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Position {
    /// Id (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 企业 Id — enterprise id (typed String in B.6) (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<String>,
    /// 组 Id — group id (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 经度 — longitude, WGS84 (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lng: Option<f64>,
    /// 纬度 — latitude, WGS84 (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lat: Option<f64>,
    /// 速度 — speed (the seed prints the unit as 米, metres) (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub speed: Option<f64>,
    /// 方向 — heading, 0–360 (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub direct: Option<f64>,
    /// 定位时间 — fix time (B.6).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub gps_time: Option<NaiveDateTime>,
    /// 网络类型 — network type: 1 WIFI, 2 有线, 3 3G/4G (wire name `netWorkType`) (B.6).
    #[serde(
        rename = "netWorkType",
        alias = "networkType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_type: Option<NetworkType>,
    /// 位置定位类型 — positioning type: 0 卫星/北斗, 1/2 基站/网络 (B.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gps_type: Option<GpsType>,
    /// 定位精度（米）— accuracy in metres; larger is worse (B.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub accuracy: Option<f64>,
    /// 地址 — address (B.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addr: Option<String>,
}

/// B.4 文件实体模型 — a file (recording, audio, alarm video, image) (2.5.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordFile {
    /// 文件 Id — file id (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 企业 Id — enterprise id (typed String in B.4) (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<String>,
    /// 组 Id — group id (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 人员号 — person number (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub people_no: Option<String>,
    /// 工单号 — work order number (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub work_no: Option<String>,
    /// 标题 — title (B.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 来源 — source (no values documented) (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub source: Option<i64>,
    /// 文件类型 — file type (wire name `fType`) (B.4).
    #[serde(rename = "fType", default, skip_serializing_if = "Option::is_none")]
    pub f_type: Option<FileType>,
    /// 文件标注 — label (wire name `lType`) (B.4).
    #[serde(rename = "lType", default, skip_serializing_if = "Option::is_none")]
    pub l_type: Option<LabelType>,
    /// 上传时间 — upload time (wire name `upLoadTime`) (B.4).
    #[serde(
        rename = "upLoadTime",
        alias = "uploadTime",
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_time: Option<NaiveDateTime>,
    /// 文件名 — file name (B.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// 文件路径 — file path (B.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 拍摄时间 — capture time (B.4).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub file_time: Option<NaiveDateTime>,
    /// 文件长度 — file length in bytes (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub file_len: Option<i64>,
    /// 文件时长 — duration in seconds (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<i64>,
    /// 开始时间 — recording start time (B.4).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 结束时间 — recording end time (B.4).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 存储类型 — storage type: 0 FTP, 1 OSS (B.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_type: Option<StoreType>,
    /// 经度 — longitude, WGS84 (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lng: Option<f64>,
    /// 纬度 — latitude, WGS84 (printed 维度) (B.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lat: Option<f64>,
    /// 描述 — description (B.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub des: Option<String>,
    /// webUrl — public OSS URL when `storeType` = 1 (see 2.5.4) (B.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    /// 访问时效 — expiry of `webUrl` (B.4).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub web_url_expires: Option<NaiveDateTime>,
}

/// B.5 报警实体模型 — an alarm (2.6.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Alarm {
    /// 警情 Id — alarm id (B.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 企业 Id — enterprise id (typed String in B.5) (B.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<String>,
    /// 组 Id — group id (B.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (B.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 报警类型 — alarm type (A.2) (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<AlarmType>,
    /// 报警状态 — alarm status (B.5; values from 2.6.1 `alarmStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AlarmStatus>,
    /// 报警时间 — alarm time (B.5).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_time: Option<NaiveDateTime>,
    /// 报警描述 — description (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_desc: Option<String>,
    /// 处置类型 — handling type, 1 人工处置 (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_type: Option<DealType>,
    /// 处置状态 — handling status (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_status: Option<DealStatus>,
    /// 处置人 — handled by (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_user: Option<String>,
    /// 处置时间 — handling time (B.5).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub deal_time: Option<NaiveDateTime>,
    /// 处置备注 — handling remark (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_desc: Option<String>,
    /// 人员号 — person number (B.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub people_no: Option<String>,
    /// 工单号 — work order number (B.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub work_no: Option<String>,
    /// 位置信息 — position at alarm time (B.6) (B.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gps_model: Option<Position>,
}

/// B.7 人脸图片实体模型 — a face record (2.30.1). The seed lists no `id`, yet FaceDel
/// needs one: it is accepted when present.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Face {
    /// 人脸 Id — face id (not in B.7; needed by FaceDel 2.30.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 姓名 — name (B.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 身份证号码 — ID card number (wire name `IdCard`) (B.7).
    #[serde(
        rename = "IdCard",
        alias = "idCard",
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_card: Option<String>,
    /// 性别 — sex: 0 未设置, 1 男, 2 女 (B.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 年龄 — age (B.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub age: Option<i64>,
    /// 备注 — remark (B.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 创建时间 — creation time (B.7).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<NaiveDateTime>,
    /// 状态 — 0 未设防, 1 已设防 (B.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ArmStatus>,
    /// 特征码 — feature vector (returned when FaceList `withFeature` ≠ 0) (B.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<Vec<f64>>,
    /// 人脸图片 — face image, Base64 (returned when FaceList `withImg` ≠ 0; FaceAdd's
    /// `imgUrl`) (2.30.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub img_url: Option<String>,
}

/// B.8 质量评估项 — one face-quality item (`clarity`, `pose`, `integrity`,
/// `resolution`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QualityItem {
    /// 质量等级 — level; `High` is good (B.8 `*.qualityLevel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality_level: Option<QualityLevel>,
}

/// B.8 人脸坐标 — face rectangle (`mcs8FaceRect`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FaceRect {
    /// X 轴坐标 — x (B.8 `mcs8FaceRect.X`).
    #[serde(
        alias = "x",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub x: Option<i64>,
    /// Y 轴坐标 — y (B.8 `mcs8FaceRect.Y`).
    #[serde(
        alias = "y",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub y: Option<i64>,
    /// 宽 — width (B.8 `mcs8FaceRect.Width`).
    #[serde(
        alias = "width",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub width: Option<i64>,
    /// 高 — height (B.8 `mcs8FaceRect.Height`).
    #[serde(
        alias = "height",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub height: Option<i64>,
}

/// B.8 人脸识别（结果）实体模型 — a face-service result (2.30.5 recognise, 2.30.6
/// detect / quality). The dotted names of B.8 (`clarity.qualityLevel`,
/// `mcs8FaceRect.X`) are read as nested objects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct FaceResult {
    /// 姓名 — name of the matched person (B.8 `Name`).
    #[serde(
        rename = "Name",
        alias = "name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    /// 相似度 — similarity 0–1, higher is more similar (B.8 `FaceProbability`).
    #[serde(
        rename = "FaceProbability",
        alias = "faceProbability",
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub face_probability: Option<f64>,
    /// 清晰度 — clarity (B.8 `clarity.qualityLevel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clarity: Option<QualityItem>,
    /// 姿态 — pose (B.8 `pose.qualityLevel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pose: Option<QualityItem>,
    /// 完整性 — integrity (B.8 `integrity.qualityLevel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<QualityItem>,
    /// 分辨率 — resolution (B.8 `resolution.qualityLevel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<QualityItem>,
    /// 人脸坐标 — face rectangle (B.8 `mcs8FaceRect`).
    #[serde(
        rename = "mcs8FaceRect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub face_rect: Option<FaceRect>,
    /// 特征码 — feature vector (B.8 `Feature`).
    #[serde(
        rename = "Feature",
        alias = "feature",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub feature: Option<Vec<f64>>,
}

impl FaceResult {
    /// `true` when every quality item present is `High` (2.30.6: all High = good
    /// quality) and at least one is present.
    pub fn is_good_quality(&self) -> bool {
        let items = [&self.clarity, &self.pose, &self.integrity, &self.resolution];
        let present: Vec<_> = items.iter().filter_map(|i| i.as_ref()).collect();
        !present.is_empty()
            && present
                .iter()
                .all(|i| i.quality_level == Some(QualityLevel::High))
    }
}

/// B.9 车牌实体模型 — a licence plate record (2.31 / 2.30.1). The seed lists no `id`,
/// yet LicencePlateDel needs one: it is accepted when present.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicencePlate {
    /// 车牌 Id — plate id (not in B.9; needed by LicencePlateDel).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 车牌号码 — plate number (B.9 `licensePlate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_plate: Option<String>,
    /// 车牌颜色 — plate colour (B.9 `licenseColor`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_color: Option<LicenseColor>,
    /// 车主姓名 — owner name (B.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 备注 — remark (B.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 创建时间 — creation time (B.9).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<NaiveDateTime>,
    /// 状态 — 0 未设防, 1 已设防 (B.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ArmStatus>,
}

/// 调度组 — a dispatch group (2.8.1 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DispatchGroup {
    /// 组 Id — group id (2.8.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    /// 组类型 — 4 集群对讲组, 5 视频会议组, 6 电话会议组 (2.8.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// 组名称 — group name (2.8.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 所属企业 Id — enterprise id (2.8.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<i64>,
    /// 所属用户组 Id — owning user group id (2.8.1).
    #[serde(
        rename = "pGroupId",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub p_group_id: Option<i64>,
    /// 创建时间 — creation time (2.8.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_date_time: Option<NaiveDateTime>,
    /// 删除标识 — deleted flag (未启用, unused) (2.8.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_deleted: Option<bool>,
    /// 成员列表 — member devices ("参考设备列表": device records, B.3) (2.8.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_list: Option<Vec<Device>>,
}

/// 坐标 — a geofence vertex `{"lat":22.5503,"lng":114.1010}`, WGS84 (2.9.1).
///
/// The seed gives the vertex only as an example cell, marking neither member
/// required, so an answer whose vertex lacks one (absent or `null`) still decodes
/// (`None`); a request refuses such a vertex before sending (2.9.2/2.9.3 check).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct LatLng {
    /// 纬度 — latitude.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lat: Option<f64>,
    /// 经度 — longitude.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lng: Option<f64>,
}

impl LatLng {
    /// A vertex at `lat`, `lng`.
    pub fn new(lat: f64, lng: f64) -> Self {
        Self {
            lat: Some(lat),
            lng: Some(lng),
        }
    }
}

/// 电子围栏 — a geofence (2.9.1 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Geofence {
    /// Id (String) (2.9.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 围栏名称 — fence name (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 围栏类型 — 0 电子围栏 (2.9.1).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub fence_type: Option<GeofenceType>,
    /// 禁入禁出 — 0 未设置, 1 禁入, 2 禁出 (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_or_out: Option<InOrOut>,
    /// 开始时间 — start (yyyy-MM-dd HH:mm:ss; only the time of day counts) (2.9.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 结束时间 — end (yyyy-MM-dd HH:mm:ss; only the time of day counts) (2.9.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 坐标集合 — vertices (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point_list: Option<Vec<LatLng>>,
    /// 设备集合 — device ids, e.g. `["test1","test2"]` (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_list: Option<Vec<String>>,
    /// 所属企业 Id — enterprise id (2.9.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<i64>,
    /// 所属组 Id — group id (2.9.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 创建人 — creator account (2.9.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_account: Option<String>,
}

/// 进入围栏记录 — a geofence access record (2.9.5 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeofenceAccess {
    /// Id (2.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 所属企业 Id — enterprise id (2.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<i64>,
    /// 所属组 Id — group id (2.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 状态 — 1 围栏中, 2 离开围栏 (2.9.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccessStatus>,
    /// 进入围栏时间 — entry time (2.9.5).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 离开围栏时间 — exit time (2.9.5).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 围栏 Id — fence id (wire name `faceId`, sic) (2.9.5).
    #[serde(
        rename = "faceId",
        alias = "fenceId",
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub fence_id: Option<String>,
    /// 围栏名称 — fence name (wire name `faceName`, sic) (2.9.5).
    #[serde(
        rename = "faceName",
        alias = "fenceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fence_name: Option<String>,
    /// 在围栏内时长（秒）— time inside, seconds (2.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<f64>,
    /// 在围栏内里程（米）— distance inside, metres (2.9.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub mileage: Option<f64>,
}

/// 工单 — a work order (2.10.1 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    /// Id (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 工单编号 — work order number (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub work_no: Option<String>,
    /// 设备 Id — executing device id (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 人员编号 — person number (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub people_no: Option<String>,
    /// 工单标题 — title (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 创建时间 — creation time (2.10.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<NaiveDateTime>,
    /// 开始执行时间 — execution start (2.10.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<NaiveDateTime>,
    /// 完成执行时间 — execution end (2.10.1).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<NaiveDateTime>,
    /// 工单类型 — 2 日常工单, others custom (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_type: Option<TaskType>,
    /// 工单状态 — 0 待处理, 1 正在执行, 2 已完成 (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    /// 文件数据 — file data (files are linked by work order number, see 2.5) (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub file_data: Option<String>,
    /// 文件类型 — file type (typed string) (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub file_type: Option<String>,
    /// 经度 — longitude (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lng: Option<f64>,
    /// 纬度 — latitude (2.10.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lat: Option<f64>,
    /// 备注 — remark (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 自定义 — custom business data, JSON (wire name `custome`, sic). Free-form JSON by
    /// the seed's own definition ("自定义业务数据，json 格式"), hence `Value`.
    #[serde(
        rename = "custome",
        alias = "custom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom: Option<serde_json::Value>,
    /// 关键字 — keywords (2.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
}

/// 里程数据（天）— one day of mileage statistics (2.7.3 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GpsStats {
    /// Id (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 企业 Id — enterprise id (typed String) (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<String>,
    /// 组 Id — group id (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 时间（日期）— the day (2.7.3).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub day: Option<NaiveDateTime>,
    /// 里程（米）— distance, metres (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub distance_total: Option<f64>,
    /// 时长（分钟）— online duration, minutes (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration_total: Option<f64>,
    /// 记录数 — number of position records (typed Double) (2.7.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_total: Option<f64>,
}

/// 上下线记录 — a device online/offline record (2.40.2 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OnlineRecord {
    /// Id (2.40.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 企业 Id — enterprise id (typed String) (2.40.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_id: Option<String>,
    /// 组 Id — group id (2.40.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.40.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub dev_id: Option<String>,
    /// 状态 — 0 离线, 1 上线 (2.40.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OnlineEvent>,
    /// 上下线时间 — time of the change (2.40.2).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub time: Option<NaiveDateTime>,
    /// 经度 — longitude (2.40.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lng: Option<f64>,
    /// 纬度 — latitude (2.40.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub lat: Option<f64>,
}

/// 数据内容 — the `data` of a device-tree node, typed by the node's `type` (2.40.1).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum TreeData {
    /// A device (B.3) — has `deviceId`.
    Device(Box<Device>),
    /// A group (B.2) — has `groupName`.
    Group(Box<Group>),
    /// An enterprise (B.1).
    Enterprise(Box<Enterprise>),
}

/// 设备树节点 — one node of the flat device tree `[{id, pid}, …]` (2.40.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "TreeNodeWire")]
pub struct TreeNode {
    /// 数据 Id — enterprise / group / device id (2.40.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<i64>,
    /// 数据父 Id — parent id (a device's parent is its group) (2.40.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub pid: Option<i64>,
    /// 名称 — enterprise / group / device name (2.40.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// 数据类型 — 1 企业, 2 组, 3 设备 (2.40.1).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<TreeNodeType>,
    /// 数据内容 — the B.1 / B.2 / B.3 record, decoded as the type `type` names (2.40.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<TreeData>,
    /// 扩展内容 — channel data of multi-channel devices (2.40.1: "其它请勿使用").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<TreeExtras>,
}

/// The wire form of [`TreeNode`]: `data` is decoded once `type` is known.
#[derive(Deserialize)]
struct TreeNodeWire {
    #[serde(default, with = "client_core::lenient::opt_int")]
    id: Option<i64>,
    #[serde(default, with = "client_core::lenient::opt_int")]
    pid: Option<i64>,
    #[serde(default)]
    text: Option<String>,
    #[serde(rename = "type", default)]
    node_type: Option<TreeNodeType>,
    #[serde(default)]
    data: Option<serde_json::Value>,
    #[serde(default)]
    extras: Option<TreeExtras>,
}

impl TryFrom<TreeNodeWire> for TreeNode {
    type Error = serde_json::Error;
    fn try_from(w: TreeNodeWire) -> Result<Self, Self::Error> {
        let data = match w.data {
            None | Some(serde_json::Value::Null) => None,
            Some(v) => {
                let kind = match w.node_type {
                    Some(TreeNodeType::Device) => 3,
                    Some(TreeNodeType::Group) => 2,
                    Some(TreeNodeType::Enterprise) => 1,
                    _ if v.get("deviceId").is_some() => 3,
                    _ if v.get("groupName").is_some() => 2,
                    _ => 1,
                };
                Some(match kind {
                    3 => TreeData::Device(Box::new(serde_json::from_value(v)?)),
                    2 => TreeData::Group(Box::new(serde_json::from_value(v)?)),
                    _ => TreeData::Enterprise(Box::new(serde_json::from_value(v)?)),
                })
            }
        };
        Ok(TreeNode {
            id: w.id,
            pid: w.pid,
            text: w.text,
            node_type: w.node_type,
            data,
            extras: w.extras,
        })
    }
}

/// 扩展内容 — extras of a device-tree node: the channels of a multi-channel device
/// (2.40.1). Accepts a channel list or an object holding one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TreeExtras {
    /// A list of channels (B.3.1).
    Channels(Vec<Channel>),
    /// A single channel record (B.3.1).
    Channel(Box<Channel>),
}

impl TreeNode {
    /// The device record, when the node is a device.
    pub fn device(&self) -> Option<&Device> {
        match &self.data {
            Some(TreeData::Device(d)) => Some(d),
            _ => None,
        }
    }
}

/// 登录（获取 Token）响应 — the login answer (2.1.1), also the refresh answer (2.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TokenInfo {
    /// 访问令牌 — access token, sent in the `token` header (redacted in `Debug`).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token: Option<Secret>,
    /// 刷新令牌 — refresh token (redacted in `Debug`).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token: Option<Secret>,
    /// 令牌时效 — validity. The seed says "时间戳，默认 24 小时" (a timestamp, 24 h by
    /// default); see [`TokenInfo::lifetime`] for how it is read.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_in: Option<i64>,
    /// 账号名 — account name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

impl crate::envelope::Payload for TokenInfo {}

impl TokenInfo {
    /// The remaining lifetime at `now_unix` (seconds): `expires_in` larger than
    /// 10^9 is read as an absolute UNIX time, smaller as a duration in seconds; absent
    /// means the documented 24 hours.
    pub fn lifetime(&self, now_unix: i64) -> std::time::Duration {
        const DAY: i64 = 24 * 3600;
        let secs = match self.expires_in {
            None => DAY,
            Some(n) if n > 1_000_000_000 => n.saturating_sub(now_unix).max(0),
            Some(n) => n.max(0),
        };
        std::time::Duration::from_secs(secs as u64)
    }
}

/// 文件网络访问地址 — a signed file URL (2.5.4 response).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SignedUrl {
    /// 公网 Url — public URL (2.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pub_url: Option<String>,
    /// 内网 Url — private (LAN) URL (2.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_url: Option<String>,
    /// 相对路径 — relative path, for `https://{yourWebSite}{relativePath}` (2.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_path: Option<String>,
    /// 失效时间 — expiry, yyyy-MM-dd HH:mm:ss (2.5.4).
    #[serde(
        default,
        with = "crate::wire::opt_time",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires: Option<NaiveDateTime>,
    /// 内容类型 — content type (2.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
}

impl crate::envelope::Payload for SignedUrl {}

/// 人脸登录响应 — the face-login answer (2.30.7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct FaceLogin {
    /// 令牌 — token (redacted in `Debug`) (2.30.7).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub token: Option<Secret>,
    /// 人员编码 — person number (2.30.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub people_no: Option<String>,
    /// ip — server address (printed in the example only) (2.30.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// port — server port (printed in the example only) (2.30.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub port: Option<i64>,
}

impl crate::envelope::Payload for FaceLogin {}
impl crate::envelope::Payload for FaceResult {}

/// Single-object answers whose `Content`/`data` may be `null` or absent (an empty
/// answer): decoded as the type's default (every member `None`) instead of failing —
/// the seed marks none of their members required.
macro_rules! null_is_default {
    ($($ty:ident),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                // The derived reading (`remote = "Self"` makes it inherent).
                struct Present($ty);
                impl<'de> Deserialize<'de> for Present {
                    fn deserialize<E: serde::Deserializer<'de>>(e: E) -> Result<Self, E::Error> {
                        $ty::deserialize(e).map(Present)
                    }
                }
                Option::<Present>::deserialize(d).map(|p| p.map(|p| p.0).unwrap_or_default())
            }
        }

        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, s)
            }
        }
    )*};
}

null_is_default!(FaceResult, TokenInfo, SignedUrl, FaceLogin);
