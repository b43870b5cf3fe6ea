//! Time synchronisation and scheduled reboot — 1.4.4.4–1.4.4.6, 1.4.4.14, 1.4.4.15.

use chrono::{DateTime, NaiveTime, Utc};
use client_core::Error;
use serde::{Deserialize, Serialize};

client_core::int_enum! {
    /// 定时重启日 — day of a scheduled reboot, `[0, 7]` (1.4.4.5/6 day).
    pub enum RebootDay {
        /// 0 — 每天, every day.
        Daily = 0,
        /// 1 — 周一, Monday.
        Monday = 1,
        /// 2 — 周二, Tuesday.
        Tuesday = 2,
        /// 3 — 周三, Wednesday.
        Wednesday = 3,
        /// 4 — 周四, Thursday.
        Thursday = 4,
        /// 5 — 周五, Friday.
        Friday = 5,
        /// 6 — 周六, Saturday.
        Saturday = 6,
        /// 7 — 周日, Sunday.
        Sunday = 7,
    }
}

client_core::str_enum! {
    /// 设备校时方式 — how the device keeps its clock (1.4.4.14/15 timingMode).
    pub enum TimingMode {
        /// manual — 手动校时, set by hand (see [`ManualTiming`]).
        Manual = "manual",
        /// ntp — ntp自动校时, synchronised from an NTP server.
        Ntp = "ntp",
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4

device_request! {
    /// 给IPC/NVR设备手动校时 — switch an IPC/NVR to manual timing and set its clock (1.4.4.4).
    pub struct ManualTiming ("1.4.4.4", channel: optional) {
        /// UNIX时间戳 — the time to set; UNIX seconds (an int) on the wire. Required (1.4.4.4).
        #[serde(with = "client_core::lenient::ts_seconds")]
        pub time: DateTime<Utc>,
    }
}

impl ManualTiming {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if self.time.timestamp() < 0 || self.time.timestamp() > i64::from(i32::MAX) {
            return Err(Error::invalid(
                path,
                format!(
                    "time must fit the documented int UNIX seconds, got {}",
                    self.time.timestamp()
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ManualTiming => client_core::Ack, POST "/vms/open/deviceConfig/v1/manualTiming", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.5

device_request! {
    /// 获取IPC/NVR设备定时重启配置 — get an IPC/NVR's scheduled-reboot settings (1.4.4.5).
    pub struct GetDeviceTimingReboot ("1.4.4.5", channel: optional) {}
}

target_ctors!(GetDeviceTimingReboot, optional);

impl GetDeviceTimingReboot {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceTimingReboot => TimingReboot, POST "/vms/open/deviceConfig/v1/getDeviceTimingReboot", read, validate);

/// 定时重启配置 — scheduled-reboot settings (result of 1.4.4.5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimingReboot {
    /// 是否开启设备定时重启 — scheduled reboot enabled (1.4.4.5).
    #[serde(default, with = "client_core::lenient::bool")]
    pub if_open: bool,
    /// 时刻 — time of day, 24-hour `"HH:MM:SS"` such as `"03:00:00"` (1.4.4.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// 日 — day, `[0, 7]`: 0 every day, 1–7 Monday–Sunday (1.4.4.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<RebootDay>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.6

device_request! {
    /// 修改IPC/NVR设备定时重启配置 — modify an IPC/NVR's scheduled reboot (1.4.4.6).
    pub struct ModifyDeviceTimingReboot ("1.4.4.6", channel: optional) {
        /// 是否开启设备定时重启 — enable the scheduled reboot. Required (1.4.4.6).
        pub if_open: bool,
        /// 时刻 — time of day, 24-hour `"HH:MM:SS"`; required when `if_open` is true (1.4.4.6).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time: Option<String>,
        /// 日 — day, `[0, 7]`: 0 every day, 1–7 Monday–Sunday; required when `if_open`
        /// is true (1.4.4.6).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub day: Option<RebootDay>,
    }
}

impl ModifyDeviceTimingReboot {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if self.if_open && (self.time.is_none() || self.day.is_none()) {
            return Err(Error::invalid(
                path,
                "time and day are required when ifOpen is true",
            ));
        }
        if let Some(t) = &self.time {
            if NaiveTime::parse_from_str(t, "%H:%M:%S").is_err() {
                return Err(Error::invalid(
                    path,
                    format!("time must be \"HH:MM:SS\", got {t:?}"),
                ));
            }
        }
        if let Some(d) = self.day {
            crate::api::check::range(path, "day", d.code(), 0, 7)?;
        }
        Ok(())
    }
}

client_core::endpoint!(ModifyDeviceTimingReboot => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceTimingReboot", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.14

device_request! {
    /// 获取IPC/NVR设备校时方式 — get an IPC/NVR's time-synchronisation mode (1.4.4.14).
    pub struct GetDeviceTimingInfo ("1.4.4.14", channel: optional) {}
}

target_ctors!(GetDeviceTimingInfo, optional);

impl GetDeviceTimingInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceTimingInfo => TimingInfo, POST "/vms/open/deviceConfig/v1/getDeviceTimingInfo", read, validate);

/// 校时方式 — time-synchronisation settings (result of 1.4.4.14).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimingInfo {
    /// 设备校时方式 — manual or NTP (1.4.4.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing_mode: Option<TimingMode>,
    /// NTP服务器地址 — NTP server address, used with `ntp` (1.4.4.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_ip: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.15

device_request! {
    /// 修改IPC/NVR设备校时方式 — set an IPC/NVR's time-synchronisation mode (1.4.4.15).
    pub struct ModifyDeviceTimingInfo ("1.4.4.15", channel: optional) {
        /// 设备校时方式 — manual or NTP. Required (1.4.4.15).
        pub timing_mode: TimingMode,
        /// NTP服务器地址 — NTP server address; required when `timing_mode` is `ntp` (1.4.4.15).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub server_ip: Option<String>,
    }
}

impl ModifyDeviceTimingInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        let has_server = self
            .server_ip
            .as_deref()
            .is_some_and(|s| !s.trim().is_empty());
        if self.timing_mode == TimingMode::Ntp && !has_server {
            return Err(Error::invalid(
                path,
                "serverIp is required when timingMode is ntp",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ModifyDeviceTimingInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceTimingInfo", write, validate);
