//! Low-power devices — 1.4.4.7.1–1.4.4.7.7 (2026 edition, 低功耗设备设置): wake-up,
//! power mode and the weekly power-mode plan. Every endpoint needs the device online;
//! only IPCs bound directly (not NVR channels) can be woken.

use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::device_config::text::vec_text;

client_core::int_enum! {
    /// 功耗模式枚举值 — power mode (1.4.4.7.1).
    pub enum PowerMode {
        /// 0 — 自动切换模式, switch automatically (see `autoSwitchStyle`).
        Auto = 0,
        /// 1 — 全功耗模式, full power.
        Full = 1,
        /// 2 — 低功耗模式, low power.
        Low = 2,
        /// 3 — 超低功耗模式, ultra-low power.
        UltraLow = 3,
        /// 4 — 低功耗影子设备的非省电模式, shadow device, not saving.
        ShadowNormal = 4,
        /// 5 — 低功耗影子设备的省电模式, shadow device, saving.
        ShadowSaving = 5,
        /// 6 — 低功耗影子设备的超级省电模式, shadow device, super saving.
        ShadowSuperSaving = 6,
        /// 7 — 夜视省电模式, night power saving (multi-lens models: limited zoom at night).
        NightSaving = 7,
        /// 8 — 黑光夜视模式, black-light night vision (no supplement light at night).
        BlackLight = 8,
        /// 9 — AOV模式 (Always On Video), one frame per periodic wake-up.
        Aov = 9,
        /// 10 — 标准供电模式, standard mains supply, no power limits.
        StandardSupply = 10,
        /// 11 — 太阳能供电模式, solar supply, power limited.
        SolarSupply = 11,
    }
}

client_core::int_enum! {
    /// 设备当前的唤醒状态 — wake-up state (1.4.4.7.3 status).
    pub enum WakeUpState {
        /// 0 — 设备已休眠, asleep (other endpoints answer -69601).
        Asleep = 0,
        /// 1 — 设备在唤醒过程中, waking (other endpoints answer -69603).
        Waking = 1,
        /// 2 — 设备已唤醒, awake.
        Awake = 2,
    }
}

device_request! {
    /// 唤醒设备 — wake a sleeping low-power IPC (after -69601 设备已休眠) (1.4.4.7.2).
    /// Poll [`GetWakeUpStatus`] until it is awake.
    pub struct WakeUpDevice ("1.4.4.7.2", channel: none) {}
}

target_ctors!(WakeUpDevice, none);

impl WakeUpDevice {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(WakeUpDevice => client_core::Ack, POST "/vms/open/deviceManager/v1/wakeUpDevice", write, validate);

device_request! {
    /// 查询设备当前唤醒状态 — the wake-up state (1.4.4.7.3).
    pub struct GetWakeUpStatus ("1.4.4.7.3", channel: none) {}
}

target_ctors!(GetWakeUpStatus, none);

impl GetWakeUpStatus {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetWakeUpStatus => WakeUpStatus, POST "/vms/open/deviceManager/v1/getWakeUpStatus", read, validate);

/// 唤醒状态 — result of 1.4.4.7.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WakeUpStatus {
    /// status — 设备当前的唤醒状态 (1.4.4.7.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WakeUpState>,
}

device_request! {
    /// 查询设备功耗模式 — the power mode set and in effect (1.4.4.7.4).
    pub struct GetPowerMode ("1.4.4.7.4", channel: none) {}
}

target_ctors!(GetPowerMode, none);

impl GetPowerMode {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetPowerMode => PowerModeInfo, POST "/vms/open/deviceManager/v1/getPowerMode", read, validate);

/// 功耗模式 — result of 1.4.4.7.4.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PowerModeInfo {
    /// userMode — 用户设定的功耗模式 (1.4.4.7.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_mode: Option<PowerMode>,
    /// currentMode — 当前实际生效模式; may differ from `user_mode` under low-battery
    /// protection (1.4.4.7.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_mode: Option<PowerMode>,
}

device_request! {
    /// 设置设备功耗模式 — set the power mode (1.4.4.7.5).
    pub struct SetPowerMode ("1.4.4.7.5", channel: none) {
        /// userMode — 用户设定的功耗模式. Required (1.4.4.7.5).
        pub user_mode: PowerMode,
        /// autoSwitchStyle — 自动切换模式的策略, used with `user_mode` = 0; values from the
        /// device capability's `autoswitch_type` (表 1.4.3.3.6-2), e.g. `time` (1.4.4.7.5).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auto_switch_style: Option<String>,
    }
}

impl SetPowerMode {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::range(path, "userMode", self.user_mode.code(), 0, 11)?;
        if let Some(s) = &self.auto_switch_style {
            check::non_empty(path, "autoSwitchStyle", s)?;
        }
        Ok(())
    }
}

client_core::endpoint!(SetPowerMode => client_core::Ack, POST "/vms/open/deviceManager/v1/setPowerMode", write, validate);

/// 功耗模式计划 — a week of power-mode segments (1.4.4.7.6 result, 1.4.4.7.7 request).
/// Each segment is `"AABB-CCDD:type"`: from AA:BB to CC:DD in mode `type`
/// ([`PowerMode`] code); [`PowerPlanSegment::parse`] reads one. An empty day is not
/// sent (the platform ignores it); the number of segments per day is limited by the
/// capability's `power_mode_plan_max_num`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PowerModePlan {
    /// monday — 周一各时间段的功耗模式计划.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub monday: Vec<String>,
    /// tuesday — 周二.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub tuesday: Vec<String>,
    /// wednesday — 周三.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub wednesday: Vec<String>,
    /// thursday — 周四.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub thursday: Vec<String>,
    /// friday — 周五.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub friday: Vec<String>,
    /// saturday — 周六.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub saturday: Vec<String>,
    /// sunday — 周日.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub sunday: Vec<String>,
}

impl PowerModePlan {
    /// `(day name, segments)` for the seven days, Monday first.
    pub fn days(&self) -> [(&'static str, &[String]); 7] {
        [
            ("monday", &self.monday),
            ("tuesday", &self.tuesday),
            ("wednesday", &self.wednesday),
            ("thursday", &self.thursday),
            ("friday", &self.friday),
            ("saturday", &self.saturday),
            ("sunday", &self.sunday),
        ]
    }
}

/// One parsed power-plan segment `"AABB-CCDD:type"` (1.4.4.7.6/7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PowerPlanSegment {
    /// Start, minutes after midnight (`AA*60+BB`).
    pub start_minute: u16,
    /// End, minutes after midnight (up to 1440 for `2400`).
    pub end_minute: u16,
    /// The mode in force.
    pub mode: PowerMode,
}

impl PowerPlanSegment {
    /// Parses `"0000-1200:1"`; `None` unless both times are `HHMM` within 00:00–24:00
    /// (minutes < 60), the start is before the end, and the type is an integer.
    pub fn parse(text: &str) -> Option<Self> {
        let (span, mode) = text.trim().split_once(':')?;
        let (a, b) = span.split_once('-')?;
        let minute = |t: &str| -> Option<u16> {
            if t.len() != 4 || !t.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let h: u16 = t[..2].parse().ok()?;
            let m: u16 = t[2..].parse().ok()?;
            let total = h * 60 + m;
            (m < 60 && total <= 24 * 60).then_some(total)
        };
        let (start_minute, end_minute) = (minute(a)?, minute(b)?);
        let mode = PowerMode::from_code(mode.trim().parse().ok()?);
        (start_minute < end_minute).then_some(Self {
            start_minute,
            end_minute,
            mode,
        })
    }

    /// The wire form `"AABB-CCDD:type"`.
    pub fn to_wire(&self) -> String {
        format!(
            "{:02}{:02}-{:02}{:02}:{}",
            self.start_minute / 60,
            self.start_minute % 60,
            self.end_minute / 60,
            self.end_minute % 60,
            self.mode.code()
        )
    }
}

device_request! {
    /// 查询设备功耗模式计划 — the weekly power-mode plan (1.4.4.7.6).
    pub struct GetPowerModePlan ("1.4.4.7.6", channel: none) {}
}

target_ctors!(GetPowerModePlan, none);

impl GetPowerModePlan {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetPowerModePlan => PowerModePlan, POST "/vms/open/deviceManager/v1/getPowerModePlan", read, validate);

device_request! {
    /// 设置设备功耗模式计划 — set the weekly power-mode plan (1.4.4.7.7). At least one
    /// day must hold a valid segment; empty days are not sent and are left unchanged.
    pub struct SetPowerModePlan ("1.4.4.7.7", channel: none) {
        /// The plan (flattened into the body).
        #[serde(flatten)]
        pub plan: PowerModePlan,
    }
}

impl SetPowerModePlan {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        let mut any = false;
        for (day, segments) in self.plan.days() {
            for (i, s) in segments.iter().enumerate() {
                let parsed = PowerPlanSegment::parse(s).ok_or_else(|| {
                    client_core::Error::invalid(
                        path,
                        format!("{day}[{i}] must look like \"0000-1200:1\" (AABB-CCDD:type, start before end, up to 2400), got {s:?}"),
                    )
                })?;
                check::range(path, &format!("{day}[{i}] type"), parsed.mode.code(), 0, 11)?;
                any = true;
            }
        }
        if any {
            Ok(())
        } else {
            Err(client_core::Error::invalid(
                path,
                "at least one day needs a non-empty plan (一周七天内至少有一天需要设置非空的合法时间段)",
            ))
        }
    }
}

client_core::endpoint!(SetPowerModePlan => client_core::Ack, POST "/vms/open/deviceManager/v1/setPowerModePlan", write, validate);
