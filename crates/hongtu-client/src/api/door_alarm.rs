//! 门禁设备告警 — alarms raised by access-control devices (tamper, fire, door held
//! open …) (hongtu-aiot-openapi.txt, module 门禁设备告警 1.1).

use chrono::{DateTime, NaiveDateTime, Utc};
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::dict::{DeviceModel, DeviceStatus, DeviceType};
use crate::envelope::PageData;

/// Default page size of [`ListDoorAlarms`] (分页大小，不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

client_core::int_enum! {
    /// 报警类型 — door device alarm type (门禁设备告警 1.1.2 `alarmType`).
    pub enum DoorAlarmType {
        /// 存储空间占用超过 90% 报警 — storage more than 90 % full.
        StorageAlmostFull = 500000,
        /// 防拆报警 — tamper alarm.
        Tamper = 500100,
        /// 密码破解报警 — password cracking alarm.
        PasswordCracking = 500102,
        /// 门禁开放超时报警 — door held open too long.
        DoorOpenTimeout = 500104,
        /// 测温模块失效 — temperature module failure.
        TemperatureModuleFailure = 500108,
        /// 报警输入报警 — alarm input triggered.
        AlarmInput = 500200,
        /// 消防报警 — fire alarm.
        Fire = 500500,
    }
}

client_core::int_enum! {
    /// 报警状态 — alarm state (门禁设备告警 1.1.2 `alarmStatus`, 1.1.3 `alarmStatusNow`).
    pub enum DoorAlarmStatus {
        /// 报警恢复 — recovered.
        Recovered = 0,
        /// 报警（中）— alarming.
        Alarming = 1,
    }
}

/// 查询门禁设备告警列表 — door device alarms, filtered (门禁设备告警 1.1). Paged,
/// default page size 20.
///
/// The box accepts the time bounds as `"yyyy-MM-dd HH:mm:ss"` (box-local time) or as
/// epoch milliseconds; this type sends the former.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListDoorAlarms {
    /// 当前页码 — page number, default 1 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备uuid列表 — devices (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 设备名称 — device name, fuzzy match (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 历史报警状态 — 0 recovered, 1 alarm (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_status: Option<DoorAlarmStatus>,
    /// 报警类型 — alarm type (1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<DoorAlarmType>,
    /// 报警开始时间（包含）— alarms at or after, `yyyy-MM-dd HH:mm:ss` (epoch ms also
    /// accepted by the box and on input here) (1.1.2).
    #[serde(default, with = "alarm_time", skip_serializing_if = "Option::is_none")]
    pub start_alarm_time: Option<NaiveDateTime>,
    /// 报警结束时间（不包含）— alarms before, `yyyy-MM-dd HH:mm:ss` (1.1.2).
    #[serde(default, with = "alarm_time", skip_serializing_if = "Option::is_none")]
    pub end_alarm_time: Option<NaiveDateTime>,
}

/// `Option<NaiveDateTime>` query bounds: `yyyy-MM-dd HH:mm:ss` out; that or epoch
/// milliseconds (taken as UTC) in; `""` and `null` are `None`. Shared with the pass
/// record time filters.
pub(crate) mod alarm_time {
    use chrono::{DateTime, NaiveDateTime};
    use client_core::lenient::{parse_datetime, Scalar, DATETIME_FORMAT};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
        match Scalar::deserialize(d)? {
            Scalar::Null => Ok(None),
            Scalar::Str(s) if s.trim().is_empty() => Ok(None),
            Scalar::Str(s) => match s.trim().parse::<i64>() {
                Ok(ms) => from_millis(ms).map(Some),
                Err(_) => parse_datetime(&s).map(Some).ok_or_else(|| {
                    serde::de::Error::custom(format!("expected yyyy-MM-dd HH:mm:ss, got {s:?}"))
                }),
            },
            Scalar::I64(ms) => from_millis(ms).map(Some),
            other => Err(serde::de::Error::custom(format!(
                "expected a date-time or epoch milliseconds, got {other}"
            ))),
        }
    }

    fn from_millis<E: serde::de::Error>(ms: i64) -> Result<NaiveDateTime, E> {
        DateTime::from_timestamp_millis(ms)
            .map(|t| t.naive_utc())
            .ok_or_else(|| E::custom(format!("epoch milliseconds out of range: {ms}")))
    }

    pub fn serialize<S: Serializer>(v: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(t) => s.collect_str(&t.format(DATETIME_FORMAT)),
            None => s.serialize_none(),
        }
    }
}

impl ListDoorAlarms {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)?;
        if let (Some(start), Some(end)) = (self.start_alarm_time, self.end_alarm_time) {
            if end <= start {
                return Err(Error::invalid(
                    path,
                    "endAlarmTime (exclusive) must be after startAlarmTime",
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(ListDoorAlarms => PageData<DoorAlarm>, POST "/v1/api/device_alarm/list", read, validate);
impl_paged!(ListDoorAlarms, DoorAlarm, DEFAULT_PAGE_SIZE);

/// One door device alarm (门禁设备告警 1.1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DoorAlarm {
    /// 设备uuid — device uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 — device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 设备的类型 — 1 smart camera, 2 smart panel, 4 network camera.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 — device model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// 设备在发送报警信息时的状态 — device state when it raised the alarm: 0 not
    /// activated, 1 online unbound, 2 offline unbound, 3 online, 4 offline, 5 unbinding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 历史报警状态 — 0 recovered, 1 alarm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_status: Option<DoorAlarmStatus>,
    /// 报警类型 — alarm type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<DoorAlarmType>,
    /// 报警时间 — alarm time (typed string, epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_time: Option<DateTime<Utc>>,
    /// 记录创建时间 — record creation time (epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub gmt_create: Option<DateTime<Utc>>,
    /// 记录修改时间 — record modification time (epoch milliseconds).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub gmt_modified: Option<DateTime<Utc>>,
    /// 当前报警状态 — current state: 0 recovered, 1 alarming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_status_now: Option<DoorAlarmStatus>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn path_and_paging() {
        assert_eq!(ListDoorAlarms::PATH, "/v1/api/device_alarm/list");
        assert_eq!(ListDoorAlarms::METHOD, http::Method::POST);
        let mut req = ListDoorAlarms::default();
        assert_eq!(req.page_size(), 20);
        req.set_page(client_core::PageRequest { index: 0, size: 50 });
        assert_eq!((req.page_num, req.page_size), (Some(1), Some(50)));
    }

    #[test]
    fn time_bounds() {
        let start =
            NaiveDateTime::parse_from_str("2020-01-01 10:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        let req = ListDoorAlarms {
            start_alarm_time: Some(start),
            end_alarm_time: Some(start + chrono::Duration::hours(1)),
            ..Default::default()
        };
        assert!(req.validate().is_ok());
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["startAlarmTime"], "2020-01-01 10:00:00");
        assert_eq!(v["endAlarmTime"], "2020-01-01 11:00:00");
        let bad = ListDoorAlarms {
            end_alarm_time: Some(start),
            start_alarm_time: Some(start),
            ..Default::default()
        };
        assert!(bad.validate().is_err());
        let back: ListDoorAlarms =
            serde_json::from_str(r#"{"startAlarmTime":1577872800000,"endAlarmTime":""}"#).unwrap();
        assert_eq!(back.start_alarm_time, Some(start));
        assert_eq!(back.end_alarm_time, None);
    }
}
