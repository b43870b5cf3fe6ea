//! 1.4.8 监控点报警 — monitoring-point alarms (tums-open-api.txt 1.4.8.1–1.4.8.5).
//!
//! Trigger an alarm output by hand ([`TriggerManualAlarm`]) and switch event detection
//! ([`SetEnableByAlarmType`]), alarm inputs ([`SetAlarmInputEnable`]) and alarm outputs
//! ([`SetAlarmOutputEnable`]) on or off for a batch of devices. The three switches use
//! three different encodings on the wire (the string `"0"`/`"1"`, the int `0`/`1`, the
//! string `"on"`/`"off"`); each has its own enum here so the right one is always sent.
//!
//! Batch calls may fail for some devices: the platform then answers with a non-zero
//! `error_code` (for example -80414) and a `failList` of the failed devices (with
//! `alarmType` for 1.4.8.3); the client turns that into a typed partial failure.
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::alarm::*;
//!
//! let req = SetEnableByAlarmType {
//!     dev_info_list: vec![AlarmDeviceRef::qr_code("799E56281C531B106", 1)],
//!     alarm_type_list: vec![AlarmType::MotionDetection, AlarmType::HumanDetection],
//!     enable: DetectionSwitch::On,
//! };
//! assert!(req.validate().is_ok());
//! let body = req.encode().unwrap().body.unwrap();
//! assert_eq!(&body[..], br#"{"devInfoList":[{"qrCode":"799E56281C531B106","channelId":1}],"alarmTypeList":[2,20],"enable":1}"#);
//! ```

use client_core::Error;
use serde::{Deserialize, Serialize};

use super::check;

/// Longest `devInfoList` of [`SetAlarmInputEnable`] / [`SetAlarmOutputEnable`]
/// (长度限制不超过100, 1.4.8.4/5).
pub const ALARM_MAX_DEVICES: usize = 100;
/// Longest `alarmTypeList` of [`SetEnableByAlarmType`] (长度限制 `[1, 10]`, 1.4.8.3).
pub const ALARM_MAX_TYPES: usize = 10;

client_core::int_enum! {
    /// alarmType — 报警类型（事件类型）, the alarm / event types the API supports (1.4.8.1).
    pub enum AlarmType {
        /// 2 — 移动侦测, motion detection.
        MotionDetection = 2,
        /// 3 — 视频遮挡, video tampering (lens covered).
        VideoTampering = 3,
        /// 4 — 越界侦测, line crossing.
        LineCrossing = 4,
        /// 5 — 区域入侵, intrusion.
        Intrusion = 5,
        /// 6 — 进入区域, region entrance.
        RegionEntrance = 6,
        /// 7 — 离开区域, region exit.
        RegionExit = 7,
        /// 8 — 徘徊侦测, loitering.
        Loitering = 8,
        /// 9 — 人员聚集, people gathering.
        PeopleGathering = 9,
        /// 10 — 快速移动, fast moving.
        FastMoving = 10,
        /// 11 — 停车侦测, parking detection.
        Parking = 11,
        /// 12 — 物品遗留, object left behind.
        ObjectLeft = 12,
        /// 13 — 物品拿取, object removed.
        ObjectRemoved = 13,
        /// 18 — 外界传感器报警, external sensor alarm.
        ExternalSensor = 18,
        /// 20 — 人形检测, human detection.
        HumanDetection = 20,
        /// 22 — 车辆侦测, vehicle detection.
        VehicleDetection = 22,
        /// 23 — 物品遗留拿取, object left or removed.
        ObjectLeftOrRemoved = 23,
        /// 29 — 电瓶车检测, e-bike detection.
        EBikeDetection = 29,
        /// 40 — 岗位督察, post (on-duty) inspection.
        PostInspection = 40,
    }
}

client_core::str_enum! {
    /// 报警动作 — start or stop the alarm output (1.4.8.2 action; a **string** on the wire).
    pub enum AlarmAction {
        /// "0" — 结束报警输出, stop the alarm output.
        Stop = "0",
        /// "1" — 开始报警输出, start the alarm output.
        Start = "1",
    }
}

client_core::int_enum! {
    /// 事件侦测开关 — event-detection switch (1.4.8.3 enable; an **int** on the wire).
    pub enum DetectionSwitch {
        /// 0 — 关闭开关, off.
        Off = 0,
        /// 1 — 打开开关, on.
        On = 1,
    }
}

client_core::str_enum! {
    /// 报警输入/输出开关状态 — alarm input / output switch (1.4.8.4/5 enable; the
    /// **strings** `on`/`off` on the wire).
    pub enum AlarmIoSwitch {
        /// on — 启用, enabled.
        On = "on",
        /// off — 禁用, disabled.
        Off = "off",
    }
}

/// 设备信息 — one target device of an alarm batch (1.4.8.3–1.4.8.5 devInfoList).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlarmDeviceRef {
    /// 设备码 — the device's 17-character code (chars 4–20 of the label's `TP…`
    /// string); this or `mac` is required, `qrCode` wins when both are sent (1.4.8.3–5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, upper-case and dash-separated (`00-FF-00-17-00-18`); this or
    /// `qr_code` is required (1.4.8.3–5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel from 1: 1 for an IPC bound directly, the lens of a multi-lens
    /// IPC, the NVR channel of an IPC added to an NVR. Required (1.4.8.3–5).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl AlarmDeviceRef {
    /// A device by code and channel.
    pub fn qr_code(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
        }
    }

    /// A device by MAC and channel.
    pub fn mac(mac: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: None,
            mac: Some(mac.into()),
            channel_id,
        }
    }
}

fn check_devices(path: &str, devices: &[AlarmDeviceRef], max: Option<usize>) -> Result<(), Error> {
    check::len(
        path,
        "devInfoList",
        devices.len(),
        1,
        max.unwrap_or(usize::MAX),
    )?;
    for d in devices {
        check::any_locator(path, &d.qr_code, &d.mac)?;
        check::channel(path, "channelId", d.channel_id)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// 1.4.8.2

/// 手动触发报警输出 — start or stop a device's alarm output by hand (1.4.8.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TriggerManualAlarm {
    /// 设备码 — the device's 17-character code; this or `mac` is required, `qrCode` wins (1.4.8.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, upper-case and dash-separated; this or `qr_code` is required (1.4.8.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel from 1 (1 for an IPC bound directly, the lens of a multi-lens
    /// IPC, the NVR channel). Required (1.4.8.2).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 报警动作 — start or stop. Required (1.4.8.2).
    pub action: AlarmAction,
}

impl TriggerManualAlarm {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::any_locator(path, &self.qr_code, &self.mac)?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(TriggerManualAlarm => client_core::Ack, POST "/tums/open/alarm/v1/triggerManualAlarm", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.8.3

/// 设置事件侦测开关 — switch event detection of the given alarm types on or off for a
/// batch of devices (1.4.8.3). Failures come back per device and alarm type in
/// `failList` (as a partial failure).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetEnableByAlarmType {
    /// 设备信息列表 — target devices, at least one (the seed states no maximum) (1.4.8.3).
    pub dev_info_list: Vec<AlarmDeviceRef>,
    /// 报警类型列表 — alarm types, 1–10 (see [`AlarmType`]). Required (1.4.8.3).
    pub alarm_type_list: Vec<AlarmType>,
    /// 事件侦测开关 — on or off (0/1). Required (1.4.8.3).
    pub enable: DetectionSwitch,
}

impl SetEnableByAlarmType {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_devices(path, &self.dev_info_list, None)?;
        check::len(
            path,
            "alarmTypeList",
            self.alarm_type_list.len(),
            1,
            ALARM_MAX_TYPES,
        )
    }
}

client_core::endpoint!(SetEnableByAlarmType => client_core::Ack, POST "/tums/open/alarm/v1/setEnableByAlarmType", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.8.4 / 1.4.8.5

/// 设置报警输入开关 — enable or disable the alarm input of up to 100 devices (1.4.8.4).
/// Failed devices come back in `failList` with a non-zero top-level code (e.g. -80414,
/// items -80391).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetAlarmInputEnable {
    /// 设备信息列表 — target devices, 1–100 (1.4.8.4).
    pub dev_info_list: Vec<AlarmDeviceRef>,
    /// 报警输入的开关状态 — `on` or `off`. Required (1.4.8.4).
    pub enable: AlarmIoSwitch,
}

impl SetAlarmInputEnable {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_devices(path, &self.dev_info_list, Some(ALARM_MAX_DEVICES))
    }
}

client_core::endpoint!(SetAlarmInputEnable => client_core::Ack, POST "/tums/open/alarm/v1/setAlarmInputEnable", write, validate);

/// 设置报警输出开关 — enable or disable the alarm output of up to 100 devices (1.4.8.5).
/// Failed devices come back in `failList` with a non-zero top-level code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetAlarmOutputEnable {
    /// 设备信息列表 — target devices, 1–100 (1.4.8.5).
    pub dev_info_list: Vec<AlarmDeviceRef>,
    /// 报警输出的开关状态 — `on` or `off`. Required (1.4.8.5).
    pub enable: AlarmIoSwitch,
}

impl SetAlarmOutputEnable {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_devices(path, &self.dev_info_list, Some(ALARM_MAX_DEVICES))
    }
}

client_core::endpoint!(SetAlarmOutputEnable => client_core::Ack, POST "/tums/open/alarm/v1/setAlarmOutputEnable", write, validate);

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;
    use http::Method;

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(message.contains(needle), "{message:?} lacks {needle:?}");
            }
            other => panic!("expected InvalidRequest about {needle:?}, got {other:?}"),
        }
    }

    #[test]
    fn switch_encodings_differ_per_endpoint() {
        let manual = TriggerManualAlarm {
            qr_code: None,
            mac: Some("00-FF-00-2A-F3-19".into()),
            channel_id: 1,
            action: AlarmAction::Start,
        };
        let v: serde_json::Value =
            serde_json::from_slice(&manual.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["action"], "1");
        let input = SetAlarmInputEnable {
            dev_info_list: vec![AlarmDeviceRef::mac("00-FF-00-2A-F3-19", 1)],
            enable: AlarmIoSwitch::Off,
        };
        let v: serde_json::Value =
            serde_json::from_slice(&input.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["enable"], "off");
        assert_eq!(TriggerManualAlarm::METHOD, Method::POST);
        assert_eq!(
            SetAlarmOutputEnable::PATH,
            "/tums/open/alarm/v1/setAlarmOutputEnable"
        );
        const { assert!(!SetEnableByAlarmType::IDEMPOTENT) };
    }

    #[test]
    fn batch_limits() {
        let dev = AlarmDeviceRef::qr_code("799E56281C531B106", 1);
        let ok = SetAlarmOutputEnable {
            dev_info_list: vec![dev.clone(); 100],
            enable: AlarmIoSwitch::On,
        };
        assert!(ok.validate().is_ok());
        rejects(
            &SetAlarmOutputEnable {
                dev_info_list: vec![dev.clone(); 101],
                ..ok.clone()
            },
            "devInfoList",
        );
        rejects(
            &SetAlarmInputEnable {
                dev_info_list: vec![],
                enable: AlarmIoSwitch::On,
            },
            "devInfoList",
        );
        rejects(
            &SetAlarmInputEnable {
                dev_info_list: vec![AlarmDeviceRef {
                    qr_code: None,
                    mac: None,
                    channel_id: 1,
                }],
                enable: AlarmIoSwitch::On,
            },
            "qrCode or mac",
        );
        let types = SetEnableByAlarmType {
            dev_info_list: vec![dev.clone()],
            alarm_type_list: vec![AlarmType::Intrusion; 10],
            enable: DetectionSwitch::Off,
        };
        assert!(types.validate().is_ok());
        rejects(
            &SetEnableByAlarmType {
                alarm_type_list: vec![AlarmType::Intrusion; 11],
                ..types.clone()
            },
            "alarmTypeList",
        );
        rejects(
            &SetEnableByAlarmType {
                alarm_type_list: vec![],
                ..types.clone()
            },
            "alarmTypeList",
        );
        rejects(
            &SetEnableByAlarmType {
                dev_info_list: vec![AlarmDeviceRef::qr_code("X", 0)],
                ..types
            },
            "channelId",
        );
        rejects(
            &TriggerManualAlarm {
                qr_code: None,
                mac: None,
                channel_id: 1,
                action: AlarmAction::Stop,
            },
            "qrCode or mac",
        );
    }

    #[test]
    fn alarm_types_are_open() {
        assert_eq!(AlarmType::from_code(40), AlarmType::PostInspection);
        assert_eq!(AlarmType::from_code(99), AlarmType::Unknown(99));
        let t: Vec<AlarmType> = serde_json::from_str(r#"[2,"20",29]"#).unwrap();
        assert_eq!(
            t,
            vec![
                AlarmType::MotionDetection,
                AlarmType::HumanDetection,
                AlarmType::EBikeDetection
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn list_lengths_are_exact(devices in 0usize..130, types in 0usize..14) {
            let dev = AlarmDeviceRef::mac("00-FF-00-2A-F3-19", 1);
            let io = SetAlarmInputEnable { dev_info_list: vec![dev.clone(); devices], enable: AlarmIoSwitch::On };
            proptest::prop_assert_eq!(io.validate().is_ok(), (1..=ALARM_MAX_DEVICES).contains(&devices));
            let by_type = SetEnableByAlarmType {
                dev_info_list: vec![dev],
                alarm_type_list: vec![AlarmType::LineCrossing; types],
                enable: DetectionSwitch::On,
            };
            proptest::prop_assert_eq!(by_type.validate().is_ok(), (1..=ALARM_MAX_TYPES).contains(&types));
        }
    }
}
