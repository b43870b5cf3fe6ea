//! Solar power systems (`/evcs/` endpoints) — 1.4.4.19–1.4.4.24.
//!
//! Every value in the answers is a string on the wire (`"53.32"`, `"3"`); they are
//! decoded into numbers. The metric queries take and return epoch **milliseconds as
//! strings**.

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, Duration, Utc};
use client_core::lenient::Scalar;
use client_core::Error;
use serde::de::{self, SeqAccess, Visitor};
use serde::ser::SerializeTuple;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::api::check;

client_core::str_enum! {
    /// 太阳能供电系统状态 — solar power system state (1.4.4.19 status). 0–2 are normal, 3
    /// special, 4–7 faults; when several apply the device reports fault > special > normal.
    pub enum SolarSystemStatus {
        /// "0" — 不在充电状态, not charging.
        NotCharging = "0",
        /// "1" — 充电中状态, charging.
        Charging = "1",
        /// "2" — 充电完成状态, charge complete.
        Charged = "2",
        /// "3" — 智能辅热状态, smart auxiliary heating.
        Heating = "3",
        /// "4" — 低温保护：禁止充电, low-temperature protection: charging disabled.
        LowTempNoCharge = "4",
        /// "5" — 低温保护：禁止充电、放电, low-temperature protection: charging and discharging disabled.
        LowTempNoChargeDischarge = "5",
        /// "6" — 高温保护：禁止充电, high-temperature protection: charging disabled.
        HighTempNoCharge = "6",
        /// "7" — 高温保护：禁止充电、放电, high-temperature protection: charging and discharging disabled.
        HighTempNoChargeDischarge = "7",
    }
}

impl SolarSystemStatus {
    /// `true` for the normal states 0–2 (状态0-2为正常状态).
    pub fn is_normal(&self) -> bool {
        matches!(self, Self::NotCharging | Self::Charging | Self::Charged)
    }

    /// `true` for the fault states 4–7 (状态4-7为异常状态).
    pub fn is_fault(&self) -> bool {
        matches!(
            self,
            Self::LowTempNoCharge
                | Self::LowTempNoChargeDischarge
                | Self::HighTempNoCharge
                | Self::HighTempNoChargeDischarge
        )
    }
}

client_core::str_enum! {
    /// 负载开关状态 — load power switch (1.4.4.20/21 status).
    pub enum LoadSwitch {
        /// on — 开.
        On = "on",
        /// off — 关.
        Off = "off",
    }
}

client_core::str_enum! {
    /// 负载重启状态 — outcome of a load restart: the bare string `result` of 1.4.4.22.
    pub enum SolarLoadResetResult {
        /// "0" — 重启成功, restarted.
        Success = "0",
        /// "1" — 重启失败, restart failed.
        Failure = "1",
    }
}

client_core::str_enum! {
    /// 聚合模式 — how daily values are aggregated (1.4.4.24 aggregationMode).
    pub enum AggregationMode {
        /// SUM — 加和聚合, sum.
        Sum = "SUM",
        /// MAX — 最大值聚合, maximum.
        Max = "MAX",
        /// MIN — 最小值聚合, minimum.
        Min = "MIN",
        /// MEAN — 平均值聚合, mean.
        Mean = "MEAN",
    }
}

client_core::str_enum! {
    /// 事件名 — metric event name; the seed says to pass `solarPowerSystem` (1.4.4.23/24 event).
    pub enum SolarEvent {
        /// solarPowerSystem — 太阳能供电系统.
        SolarPowerSystem = "solarPowerSystem",
    }
}

client_core::str_enum! {
    /// 监控采集项 — solar metric (1.4.4.23/24 metricList and the keys of metricValueList).
    pub enum SolarMetric {
        /// batteryEnergyPercentage — battery charge in percent.
        BatteryEnergyPercentage = "batteryEnergyPercentage",
        /// inputPowerInWatt — input power in watts.
        InputPowerInWatt = "inputPowerInWatt",
        /// outputPowerInWatt — output power in watts.
        OutputPowerInWatt = "outputPowerInWatt",
    }
}

impl SolarMetric {
    /// The three metrics the seed says to request (`["batteryEnergyPercentage",
    /// "inputPowerInWatt","outputPowerInWatt"]`).
    pub fn all() -> Vec<SolarMetric> {
        vec![
            Self::BatteryEnergyPercentage,
            Self::InputPowerInWatt,
            Self::OutputPowerInWatt,
        ]
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.19

device_request! {
    /// 获取太阳能设备状态信息 — get a solar power system's state (1.4.4.19).
    #[derive(Default)]
    pub struct QuerySolarPower ("1.4.4.19", channel: none) {}
}

target_ctors!(QuerySolarPower, none);

impl QuerySolarPower {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(QuerySolarPower => SolarPowerStatus, POST "/evcs/open/chargingDeviceManager/v1/querySolarPower", read, validate);

/// 太阳能设备状态信息 — result of 1.4.4.19 (every member a string on the wire).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolarPowerStatus {
    /// 太阳能供电系统状态 — system state (1.4.4.19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SolarSystemStatus>,
    /// 电量 — charge of the fullest battery, "电量百分比，单位为%，默认保留2位小数"
    /// (1.4.4.19): a string on the wire, kept as sent (`"53.32"`, `"53.32%"`);
    /// [`SolarPowerStatus::battery_percent`] reads the number.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_status: Option<String>,
    /// 环境温度 — ambient temperature (unit not stated; °C by the example `"23"`) (1.4.4.19).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub env_temp: Option<f64>,
    /// 输入功率 — input power (W by 1.4.4.23's metric names) (1.4.4.19).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub input_watt: Option<f64>,
    /// 输出功率 — output power (W) (1.4.4.19).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub output_watt: Option<f64>,
}

impl SolarPowerStatus {
    /// The charge in percent, when `batteryStatus` holds a number (`"53.32"`,
    /// `"53.32%"`); `None` when absent or not a number.
    pub fn battery_percent(&self) -> Option<f64> {
        self.battery_status
            .as_deref()
            .and_then(crate::api::device::parse_percent)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.20

device_request! {
    /// 获取太阳能设备负载供电时间计划 — get the load power schedules (1.4.4.20).
    #[derive(Default)]
    pub struct QuerySolarSupplyTime ("1.4.4.20", channel: none) {}
}

target_ctors!(QuerySolarSupplyTime, none);

impl QuerySolarSupplyTime {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(QuerySolarSupplyTime => SolarSupplySchedule, POST "/evcs/open/chargingDeviceManager/v1/querySolarSupplyTime", read, validate);

/// 负载供电时间计划 — result of 1.4.4.20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolarSupplySchedule {
    /// solarSupplyTimeList — one schedule per load (1.4.4.20).
    #[serde(default)]
    pub solar_supply_time_list: Vec<SolarSupplyTime>,
}

/// 负载供电时间 — one load's schedule (1.4.4.20; hours and minutes are strings on the wire).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolarSupplyTime {
    /// 开始供电时间的小时 — start hour `[0, 23]` (1.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time_hour: Option<i64>,
    /// 开始供电时间的分钟 — start minute `[0, 59]` (1.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time_min: Option<i64>,
    /// 结束供电时间的小时 — end hour `[0, 23]` (1.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time_hour: Option<i64>,
    /// 结束供电时间的分钟 — end minute `[0, 59]` (1.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time_min: Option<i64>,
    /// 负载开关状态 — load switch (1.4.4.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LoadSwitch>,
    /// 负载序号 — which load the schedule controls; absent on single-load devices (1.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub supply_load_num: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.21

device_request! {
    /// 设置太阳能设备负载供电时间计划 — set a load power schedule (1.4.4.21; hours and
    /// minutes are ints here).
    pub struct SetSolarSupplyTime ("1.4.4.21", channel: none) {
        /// 开始供电时间的小时 — start hour `[0, 23]`. Required (1.4.4.21).
        #[serde(with = "client_core::lenient::int")]
        pub start_time_hour: i64,
        /// 开始供电时间的分钟 — start minute `[0, 59]`. Required (1.4.4.21).
        #[serde(with = "client_core::lenient::int")]
        pub start_time_min: i64,
        /// 结束供电时间的小时 — end hour `[0, 23]`. Required (1.4.4.21).
        #[serde(with = "client_core::lenient::int")]
        pub end_time_hour: i64,
        /// 结束供电时间的分钟 — end minute `[0, 59]`. Required (1.4.4.21).
        #[serde(with = "client_core::lenient::int")]
        pub end_time_min: i64,
        /// 负载开关状态 — load switch. Required (1.4.4.21).
        pub status: LoadSwitch,
        /// 负载序号 — which load, from 1.4.4.20 (a string); ignored on single-load devices (1.4.4.21).
        #[serde(default, with = "client_core::lenient::opt_string", skip_serializing_if = "Option::is_none")]
        pub supply_load_num: Option<String>,
    }
}

impl SetSolarSupplyTime {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::range(path, "startTimeHour", self.start_time_hour, 0, 23)?;
        check::range(path, "startTimeMin", self.start_time_min, 0, 59)?;
        check::range(path, "endTimeHour", self.end_time_hour, 0, 23)?;
        check::range(path, "endTimeMin", self.end_time_min, 0, 59)
    }
}

client_core::endpoint!(SetSolarSupplyTime => client_core::Ack, POST "/evcs/open/chargingDeviceManager/v1/setSolarSupplyTime", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.22

device_request! {
    /// 重启太阳能设备负载 — restart one load of a solar power system (1.4.4.22); not for
    /// single-load devices. The result is the bare string `"0"` (restarted) or `"1"` (failed).
    pub struct SolarLoadReset ("1.4.4.22", channel: none) {
        /// 负载序号 — load number. Required (1.4.4.22).
        #[serde(with = "client_core::lenient::int")]
        pub load_num: i64,
    }
}

impl SolarLoadReset {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(SolarLoadReset => SolarLoadResetResult, POST "/evcs/open/chargingDeviceManager/v1/solarLoadReset", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.23 / 1.4.4.24

/// Longest span of [`GetMetricValue`]: 24 hours (查询时间跨度不超过24小时, 1.4.4.23).
pub const METRIC_MAX_SPAN_HOURS: i64 = 24;
/// Longest span of [`GetAggregatedMetricValue`]: 31 days (不超过一个月（31天）, 1.4.4.24).
pub const AGGREGATED_METRIC_MAX_SPAN_DAYS: i64 = 31;

fn check_span(
    path: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    max: Duration,
    what: &str,
) -> Result<(), Error> {
    if end < start {
        return Err(Error::invalid(
            path,
            format!(
                "endTime ({}) is before startTime ({})",
                end.timestamp_millis(),
                start.timestamp_millis()
            ),
        ));
    }
    if end - start > max {
        return Err(Error::invalid(
            path,
            format!("endTime − startTime must not exceed {what}"),
        ));
    }
    Ok(())
}

device_request! {
    /// 太阳能供电系统电量、输入输出功率统计（按日查询） — hourly averages of battery
    /// charge and input/output power (1.4.4.23). Only raw data of the last 31 days; span
    /// at most 24 h; missing hours are 0.
    pub struct GetMetricValue ("1.4.4.23", channel: none) {
        /// 事件名 — always [`SolarEvent::SolarPowerSystem`]. Required (1.4.4.23).
        pub event: SolarEvent,
        /// 监控采集项 — metrics; the seed says to pass all three ([`SolarMetric::all`]).
        /// Required (1.4.4.23).
        pub metric_list: Vec<SolarMetric>,
        /// 查询起始时间 — start, epoch milliseconds as a string on the wire. Required (1.4.4.23).
        #[serde(with = "super::wire::millis_string")]
        pub start_time: DateTime<Utc>,
        /// 查询结束时间 — end, epoch milliseconds as a string; at most 24 h after
        /// `start_time`. Required (1.4.4.23).
        #[serde(with = "super::wire::millis_string")]
        pub end_time: DateTime<Utc>,
    }
}

impl GetMetricValue {
    /// All three metrics of the device `qr_code` between `start` and `end`.
    pub fn for_qr_code(
        qr_code: impl Into<String>,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            event: SolarEvent::SolarPowerSystem,
            metric_list: SolarMetric::all(),
            start_time: start,
            end_time: end,
        }
    }
}

impl GetMetricValue {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if self.metric_list.is_empty() {
            return Err(Error::invalid(path, "metricList must not be empty"));
        }
        check_span(
            path,
            self.start_time,
            self.end_time,
            Duration::hours(METRIC_MAX_SPAN_HOURS),
            "24 hours",
        )
    }
}

client_core::endpoint!(GetMetricValue => MetricValues, POST "/evcs/open/chargingDeviceManager/v1/getMetricValue", read, validate);

device_request! {
    /// 太阳能供电系统电量、输入输出功率聚合统计（按月查询） — daily aggregates of battery
    /// charge and input/output power (1.4.4.24). Only the last 365 days; span at most 31
    /// days; one point per day at Beijing midnight; missing days are 0.
    pub struct GetAggregatedMetricValue ("1.4.4.24", channel: none) {
        /// 事件名 — always [`SolarEvent::SolarPowerSystem`]. Required (1.4.4.24).
        pub event: SolarEvent,
        /// 监控采集项 — metrics; pass all three ([`SolarMetric::all`]). Required (1.4.4.24).
        pub metric_list: Vec<SolarMetric>,
        /// 聚合模式 — aggregation. Required (1.4.4.24).
        pub aggregation_mode: AggregationMode,
        /// 查询起始时间 — start, epoch milliseconds as a string. Required (1.4.4.24).
        #[serde(with = "super::wire::millis_string")]
        pub start_time: DateTime<Utc>,
        /// 查询结束时间 — end, epoch milliseconds as a string; at most 31 days after
        /// `start_time`. Required (1.4.4.24).
        #[serde(with = "super::wire::millis_string")]
        pub end_time: DateTime<Utc>,
    }
}

impl GetAggregatedMetricValue {
    /// All three metrics of the device `qr_code`, aggregated by `mode`, between `start` and `end`.
    pub fn for_qr_code(
        qr_code: impl Into<String>,
        mode: AggregationMode,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            event: SolarEvent::SolarPowerSystem,
            metric_list: SolarMetric::all(),
            aggregation_mode: mode,
            start_time: start,
            end_time: end,
        }
    }
}

impl GetAggregatedMetricValue {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if self.metric_list.is_empty() {
            return Err(Error::invalid(path, "metricList must not be empty"));
        }
        check_span(
            path,
            self.start_time,
            self.end_time,
            Duration::days(AGGREGATED_METRIC_MAX_SPAN_DAYS),
            "31 days",
        )
    }
}

client_core::endpoint!(GetAggregatedMetricValue => MetricValues, POST "/evcs/open/chargingDeviceManager/v1/getAggregatedMetricValue", read, validate);

/// 时序数据 — result of 1.4.4.23 and 1.4.4.24: per metric, a series of points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricValues {
    /// metricValueList — metric → `[[timestamp, value], …]` (1.4.4.23/24).
    #[serde(default)]
    pub metric_value_list: HashMap<SolarMetric, Vec<MetricPoint>>,
}

impl MetricValues {
    /// The series of one metric (empty when absent).
    pub fn series(&self, metric: &SolarMetric) -> &[MetricPoint] {
        self.metric_value_list
            .get(metric)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// 数据点 — one `["timestamp","value"]` pair: epoch milliseconds and a numeric value,
/// both strings on the wire (1.4.4.23/24).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MetricPoint {
    /// 时间戳 — the point's time (epoch milliseconds on the wire).
    pub timestamp: DateTime<Utc>,
    /// 数据内容 — the value (percent or watts, by metric).
    pub value: f64,
}

impl Serialize for MetricPoint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut t = s.serialize_tuple(2)?;
        t.serialize_element(&self.timestamp.timestamp_millis().to_string())?;
        t.serialize_element(&self.value.to_string())?;
        t.end()
    }
}

impl<'de> Deserialize<'de> for MetricPoint {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PointVisitor;
        impl<'de> Visitor<'de> for PointVisitor {
            type Value = MetricPoint;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a [\"timestamp\", \"value\"] pair")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MetricPoint, A::Error> {
                let ts: Scalar = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let value: Scalar = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                // Tolerate (and drop) anything after the pair.
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                let timestamp = super::wire::millis_string::from_scalar(&ts)?;
                let value = match &value {
                    Scalar::I64(n) => *n as f64,
                    Scalar::U64(n) => *n as f64,
                    Scalar::F64(f) => *f,
                    Scalar::Str(t) => t.trim().parse().map_err(|_| {
                        de::Error::custom(format!("expected a numeric value, got {value}"))
                    })?,
                    other => {
                        return Err(de::Error::custom(format!(
                            "expected a numeric value, got {other}"
                        )))
                    }
                };
                Ok(MetricPoint { timestamp, value })
            }
        }
        d.deserialize_seq(PointVisitor)
    }
}
