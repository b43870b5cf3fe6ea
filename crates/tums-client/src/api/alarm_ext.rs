//! 1.4.7 监控点报警 — the monitoring-point alarm endpoints the TUMS 2026-08-31 edition
//! adds (1.4.7.4, 1.4.7.6, 1.4.7.7, 1.4.7.11). The others are in [`crate::api::alarm`]
//! (the older edition's 1.4.8) and [`crate::api::device_config`] (NVR channel push,
//! 1.4.7.5).
//!
//! To receive monitoring-point alarms (1.4.7.1): switch event detection on
//! (`setEnableByAlarmType`, 1.4.7.3), then event notification
//! ([`SetNotifyListByAlarmType`], 1.4.7.4; NVR channels use
//! `modifyNvrChannelsMessagePushInfo`, 1.4.7.5.2), then device message push
//! ([`SetMsgPushEnable`], 1.4.7.6), then subscribe the application
//! (`setAppMsgPushConfig`, 1.4.8.1).
//!
//! The 2026 alarmType table (1.4.7.2) lists 21 for 人形检测 where the older edition had
//! 20; [`AlarmType`] keeps every code it does not name (`AlarmType::Unknown(21)`).

use client_core::{validate, Error};
use serde::{Deserialize, Serialize};

use crate::api::alarm::{AlarmDeviceRef, AlarmIoSwitch, AlarmType, DetectionSwitch};
use crate::api::check;

/// Longest `devInfoList` (长度限制不超过 100, 1.4.7.4, 1.4.7.6, 1.4.7.7).
pub const MAX_DEVICES: usize = 100;
/// Longest `alarmTypeList` (`[1, 10]`, 1.4.7.4).
pub const MAX_ALARM_TYPES: usize = 10;

fn check_devices(path: &str, devices: &[AlarmDeviceRef]) -> Result<(), Error> {
    validate::count(path, "devInfoList", devices.len(), 1, MAX_DEVICES)?;
    for (i, d) in devices.iter().enumerate() {
        check::any_locator(path, &d.qr_code, &d.mac)?;
        check::channel(path, &format!("devInfoList[{i}].channelId"), d.channel_id)?;
    }
    Ok(())
}

/// 设置事件消息提醒开关 — switch event notification on or off per alarm type (1.4.7.4).
/// Only IPCs bound directly support it (NVR channels: 1.4.7.5.2). Per-device failures
/// (with `alarmType`) come back as a `failList` (a typed partial failure).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::alarm::{AlarmDeviceRef, AlarmType, DetectionSwitch};
/// use tums_client::api::alarm_ext::SetNotifyListByAlarmType;
/// let req = SetNotifyListByAlarmType {
///     dev_info_list: vec![AlarmDeviceRef::qr_code("16E0091709B04C926", 1)],
///     alarm_type_list: vec![AlarmType::MotionDetection],
///     enable: DetectionSwitch::On,
/// };
/// assert!(req.validate().is_ok());
/// assert_eq!(
///     &req.encode().unwrap().body.unwrap()[..],
///     br#"{"devInfoList":[{"qrCode":"16E0091709B04C926","channelId":1}],"alarmTypeList":[2],"enable":1}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetNotifyListByAlarmType {
    /// devInfoList — **required**, 1–100 devices (1.4.7.4).
    pub dev_info_list: Vec<AlarmDeviceRef>,
    /// alarmTypeList — **required**, 1–10 alarm types (1.4.7.2) (1.4.7.4).
    pub alarm_type_list: Vec<AlarmType>,
    /// 事件消息提醒开关 — **required**, 0 off / 1 on (1.4.7.4).
    pub enable: DetectionSwitch,
}

impl SetNotifyListByAlarmType {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_devices(path, &self.dev_info_list)?;
        validate::count(
            path,
            "alarmTypeList",
            self.alarm_type_list.len(),
            1,
            MAX_ALARM_TYPES,
        )?;
        if let DetectionSwitch::Unknown(v) = self.enable {
            return Err(Error::invalid(
                path,
                format!("enable must be 0 or 1, got {v}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SetNotifyListByAlarmType => client_core::Ack, POST "/tums/open/alarm/v1/setNotifyListByAlarmType", write, validate);

/// 设置设备消息推送开关 — switch a device's message push on or off (1.4.7.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetMsgPushEnable {
    /// devInfoList — **required**, 1–100 devices (1.4.7.6).
    pub dev_info_list: Vec<AlarmDeviceRef>,
    /// 设备消息推送的开关状态 — **required**, `on` / `off` (1.4.7.6).
    pub enable: AlarmIoSwitch,
}

impl SetMsgPushEnable {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_devices(path, &self.dev_info_list)?;
        if let AlarmIoSwitch::Unknown(v) = &self.enable {
            return Err(Error::invalid(
                path,
                format!("enable must be on or off, got {v:?}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SetMsgPushEnable => client_core::Ack, POST "/tums/open/alarm/v1/setMsgPushEnable", write, validate);

/// 重置设备消息推送时间计划 — reset devices' push schedule to "always" (1.4.7.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResetMsgPushPlan {
    /// devInfoList — **required**, 1–100 devices (1.4.7.7).
    pub dev_info_list: Vec<AlarmDeviceRef>,
}

impl ResetMsgPushPlan {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_devices(path, &self.dev_info_list)
    }
}

client_core::endpoint!(ResetMsgPushPlan => client_core::Ack, POST "/tums/open/alarm/v1/resetMsgPushPlan", write, validate);

client_core::str_enum! {
    /// 报警动作 — start or stop (1.4.7.11 action).
    pub enum MsgAlarmAction {
        /// start — 开始报警输出.
        Start = "start",
        /// stop — 结束报警输出.
        Stop = "stop",
    }
}

client_core::str_enum! {
    /// 手动报警报警类型 — sound or light only; both when absent (1.4.7.11 type; needs the
    /// capability `manual_msg_alarm_separate` = 1).
    pub enum MsgAlarmKind {
        /// sound — 仅声报警.
        Sound = "sound",
        /// light — 仅光报警.
        Light = "light",
    }
}

client_core::str_enum! {
    /// 光报警类型 — blinking (default) or steady (1.4.7.11 lightType).
    pub enum LightType {
        /// blink — 光报警为闪烁.
        Blink = "blink",
        /// on — 光报警为常亮.
        Steady = "on",
    }
}

client_core::str_enum! {
    /// 声音报警类型 — alarm sound (default) or prompt tone (1.4.7.11 soundType; strings
    /// on the wire).
    pub enum SoundType {
        /// "0" — 报警音.
        Alarm = "0",
        /// "1" — 提示音.
        Prompt = "1",
    }
}

/// 手动触发声光报警输出 — start or stop a device's sound-and-light alarm by hand
/// (1.4.7.11). The answer is the device's countdown in seconds (`None` for `stop`).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::alarm_ext::{MsgAlarmAction, MsgAlarmKind, TriggerManualMsgAlarm};
/// let req = TriggerManualMsgAlarm::qr_code("16E0091709B04C926", 1, MsgAlarmAction::Start)
///     .kind(MsgAlarmKind::Sound);
/// assert!(req.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TriggerManualMsgAlarm {
    /// 设备码 — this or `mac` (1.4.7.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.7.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, from 1 (1.4.7.11).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 报警动作 — **required** (1.4.7.11).
    pub action: MsgAlarmAction,
    /// 手动报警报警类型 (1.4.7.11).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MsgAlarmKind>,
    /// 光报警类型 (1.4.7.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub light_type: Option<LightType>,
    /// 声音报警类型 (1.4.7.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sound_type: Option<SoundType>,
}

impl TriggerManualMsgAlarm {
    /// `action` on channel `channel_id` of device `qr_code`.
    pub fn qr_code(qr_code: impl Into<String>, channel_id: i64, action: MsgAlarmAction) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            action,
            kind: None,
            light_type: None,
            sound_type: None,
        }
    }

    /// Sound only or light only.
    pub fn kind(mut self, kind: MsgAlarmKind) -> Self {
        self.kind = Some(kind);
        self
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)?;
        if let MsgAlarmAction::Unknown(a) = &self.action {
            return Err(Error::invalid(
                path,
                format!("action must be start or stop, got {a:?}"),
            ));
        }
        Ok(())
    }
}

// 设备端倒计时的时长 — the countdown in seconds; null for a stop request (1.4.7.11).
client_core::endpoint!(TriggerManualMsgAlarm => Option<i64>, POST "/tums/open/alarm/v1/triggerManualMsgAlarm", write, validate);
