//! NVR per-channel message push — 1.4.4.28, 1.4.4.29.

use serde::{Deserialize, Serialize};

device_request! {
    /// 获取NVR设备各通道消息推送状态 — get the message-push state of every NVR channel (1.4.4.28).
    pub struct GetNvrChannelsMessagePushInfo ("1.4.4.28", channel: none) {}
}

target_ctors!(GetNvrChannelsMessagePushInfo, none);

impl GetNvrChannelsMessagePushInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetNvrChannelsMessagePushInfo => NvrChannelsPushInfo, POST "/vms/open/deviceConfig/v1/getNvrChannelsMessagePushInfo", read, validate);

/// 各通道消息推送状态 — result of 1.4.4.28.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NvrChannelsPushInfo {
    /// infoList — one entry per channel (1.4.4.28).
    #[serde(default)]
    pub info_list: Vec<ChannelPushInfo>,
}

/// 通道消息推送状态 — one NVR channel's push state (1.4.4.28).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelPushInfo {
    /// 通道号 — channel number of the video child device (1.4.4.28).
    #[serde(default, with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 设备名称 — device name (1.4.4.28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 是否开启消息推送 — `true`: push enabled (1.4.4.28).
    #[serde(default, with = "client_core::lenient::bool")]
    pub message_push_enabled: bool,
}

device_request! {
    /// 修改NVR设备某通道消息推送状态 — enable or disable message push for one NVR
    /// channel (1.4.4.29). `channel_id` is the NVR channel (≥ 1, one of those listed by
    /// 1.4.4.28).
    pub struct ModifyNvrChannelsMessagePushInfo ("1.4.4.29", channel: required) {
        /// 是否开启消息推送 — enable push. Required (1.4.4.29).
        pub message_push_enabled: bool,
    }
}

impl ModifyNvrChannelsMessagePushInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(ModifyNvrChannelsMessagePushInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyNvrChannelsMessagePushInfo", write, validate);
