//! Callbacks and pushes the box sends to the integrator: event records (事件记录回调),
//! pass records (通行记录回调), attendance records (考勤记录回调) and business-data pushes
//! (业务推送数据结构, busiType 1, 2, 3, 5, 12) — typed, with one parser for a raw body.
//!
//! The seed types several members as "string" that carry JSON (`data` of a push,
//! `ext` of an event record, `drawLineDetail`, `targetRect`, `ruleConfig` …) while its
//! examples send plain JSON objects or arrays; every such member accepts both forms
//! (see [`json_text`]).
//!
//! ```
//! use hongtu_client::callback::{parse_callback, BusinessRecord, Callback};
//!
//! let body = r#"{"busiType":"1","data":"{\"personName\":\"人员001\",\"score\":75.9}"}"#;
//! match parse_callback(body.as_bytes()).unwrap() {
//!     Callback::Business(BusinessRecord::SecurityRecognition(r)) => {
//!         assert_eq!(r.person_name.as_deref(), Some("人员001"));
//!     }
//!     other => panic!("unexpected {other:?}"),
//! }
//! ```

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::dict::{
    AgeGroup, AlarmControlType, AlertType, AttendanceOrder, AttendanceResult, AttendanceStatus,
    BagType, BasicsPlateType, BasicsVehicleType, BeardStatus, BehaviorStatus, BusiType,
    ClothingColor, DeviceModel, DeviceStatus, DeviceType, DressLowerStyle, DressUpperStyle,
    EventLevel, EventStatus, GlassesStatus, HairStatus, HatStatus, LivenessType, MaskStatus,
    MaskType, NoseOcclusion, OrgType, PassType, PersonType, PlateColor, PlateType, RecognitionType,
    RideBikeStatus, SafetyCapStatus, Sex, StructureCategory, StructureRuleType, TemperatureType,
    VehicleColor, VehicleFunctional, VehicleIdentityType, VehicleType, VerificationMode, VisitType,
};

/// JSON-or-JSON-text members, shared with client-core (the seeds send objects both as
/// JSON and as strings holding JSON).
pub use client_core::lenient::json_text;

/// `passTime`: an ISO-8601 time with offset (`2021-05-24T14:13:10.298+08:00`); an
/// hours-only or colon-less offset as the busiType 5 table prints it
/// (`2020-04-15T17:16:20+08`, `…+0800`) and epoch milliseconds are accepted too.
mod offset_time {
    use chrono::{DateTime, FixedOffset, TimeZone, Utc};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};
    use serde_json::Value;

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        match Option::<Value>::deserialize(d)? {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => {
                if let Some(t) = parse_offset_time(s.trim()) {
                    return Ok(Some(t));
                }
                s.trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
                    .map(|t| Some(t.fixed_offset()))
                    .ok_or_else(|| D::Error::custom(format!("invalid passTime {s:?}")))
            }
            Some(Value::Number(n)) => n
                .as_i64()
                .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
                .map(|t| Some(t.fixed_offset()))
                .ok_or_else(|| D::Error::custom("invalid passTime")),
            Some(other) => Err(D::Error::custom(format!("invalid passTime {other}"))),
        }
    }

    /// RFC 3339, or with the offset written `+08` / `+0800`.
    pub(super) fn parse_offset_time(s: &str) -> Option<DateTime<FixedOffset>> {
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Some(t);
        }
        let sign = s.rfind(['+', '-']).filter(|&i| i > 10)?;
        let (head, offset) = s.split_at(sign);
        let digits = &offset[1..];
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let fixed = match digits.len() {
            2 => format!("{head}{}{digits}:00", &offset[..1]),
            4 => format!("{head}{}{}:{}", &offset[..1], &digits[..2], &digits[2..]),
            _ => return None,
        };
        DateTime::parse_from_rfc3339(&fixed).ok()
    }

    pub fn serialize<S: Serializer>(
        v: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match v {
            Some(t) => s.serialize_str(&t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)),
            None => s.serialize_none(),
        }
    }
}

// ====================================================================== event record

/// 事件记录回调 — an event record pushed to the event subscription URL configured in the
/// web UI (【系统管理】-【功能配置】-【事件配置】, rule linkage 联动事件订阅) (事件记录回调 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventRecord {
    /// 事件记录id (`id`).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 事件记录的trackId (`trackId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub track_id: Option<String>,
    /// 事件记录的uuid (`uuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 抓拍图 (`captureImg`) — capture image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_img: Option<String>,
    /// 底库图 (`groupImg`) — enrolled image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_img: Option<String>,
    /// 全景图 (`fullImg`) — full-scene image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_img: Option<String>,
    /// 事件类型名 (`eventTypeName`) — e.g. 重点人员, 陌生车辆, 人员入侵.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type_name: Option<String>,
    /// 事件类型id (`eventTypeId`) — no dictionary; examples: 101 重点人员, 202 陌生车辆,
    /// 301 人员入侵, 501 重点人员出入事件.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub event_type_id: Option<i64>,
    /// 设备id (`deviceId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_id: Option<i64>,
    /// 设备名 (`deviceName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备uuid (`deviceUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 区域ID (`zoneId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub zone_id: Option<i64>,
    /// 区域uuid (`zoneUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_uuid: Option<String>,
    /// 区域名 (`zoneName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_name: Option<String>,
    /// 事件时间 (`timestamp`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub timestamp: Option<DateTime<Utc>>,
    /// 事件等级ID (`eventLevelId`) — 数据字典 1.12.1.
    #[serde(
        rename = "eventLevelId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub event_level: Option<EventLevel>,
    /// 事件等级颜色 (`eventLevelColor`) — e.g. `#D9001B`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_level_color: Option<String>,
    /// 事件等级名 (`eventLevelName`) — 高 / 中 / 低.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_level_name: Option<String>,
    /// 事件记录状态 (`status`) — 数据字典 1.12.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EventStatus>,
    /// nvr设备id (`nvrId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub nvr_id: Option<i64>,
    /// nvr channel 号 (`nvrChannelNo`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub nvr_channel_no: Option<i64>,
    /// 创建时间 (`gmtCreate`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub gmt_create: Option<DateTime<Utc>>,
    /// 修改时间 (`gmtModified`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub gmt_modified: Option<DateTime<Utc>>,
    /// 业务扩展数据 (`ext`) — typed "string" but sent as an object; its members depend on
    /// the event kind (vehicle, alert, pass).
    #[serde(
        default,
        with = "json_text::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub ext: Option<EventExt>,
}

/// 业务扩展数据 — `ext` of an event record; members of the vehicle (车辆事件), alert
/// (警戒事件) and pass (通行记录) variants, all optional (事件记录回调 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventExt {
    /// 车牌号 (`plateNumber`) — vehicle events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车牌颜色code (`plateColor`) — vehicle events; typed String, sent as a number
    /// (数据字典 1.10.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
    /// 车牌颜色描述 (`plateColorMsg`) — vehicle events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color_msg: Option<String>,
    /// 车主姓名 / 用户名 (`personName`) — vehicle owner (vehicle events) or person (pass
    /// events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 画线详情 (`drawLineDetail`) — alert events; JSON text or array.
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub draw_line_detail: Option<Vec<DrawLine>>,
    /// 目标框在全景图中的位置 (`targetRect`) — alert events; JSON text or array.
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub target_rect: Option<Vec<TargetRect>>,
    /// 警戒类型 (`alarmType`) — alert events (数据字典 1.11.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<AlertType>,
    /// 警戒相机类型 (`alarmControlType`) — 1 警戒机, 2 警戒算法仓.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_control_type: Option<AlarmControlType>,
    /// 布控jsonString (`ruleConfig`) — alert rule settings; JSON text or object.
    #[serde(
        default,
        with = "json_text::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub rule_config: Option<RuleConfig>,
    /// 屏蔽区域画线 (`shieldLineDetail`) — shielded areas; JSON text or array.
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub shield_line_detail: Option<Vec<DrawLine>>,
}

/// 布控 rule settings of an alert (`ruleConfig`, 事件记录回调 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleConfig {
    /// 停留时间 (`stayTime`) — dwell time.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub stay_time: Option<f64>,
    /// 延迟报警时间 (`delayAlarmTime`) — alarm delay.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub delay_alarm_time: Option<f64>,
    /// 人员数量 (`personNumber`) — on/off-duty head count "including upper and lower
    /// limits" or the crowd size; the seed leaves its shape open (a number in its
    /// example), so it is kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_number: Option<Value>,
    /// `drawType` — undocumented member of the alert example.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub draw_type: Option<i64>,
}

/// One drawn line/area (`drawLineDetail[]`, `shieldLineDetail[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawLine {
    /// 第一个节点详情 (`firstNodeDetail`) — the points of the line/area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_node_detail: Option<Vec<Point>>,
    /// 第二个节点详情 (`secondNodeDetail`) — the second line (double tripwire warning
    /// rules only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_node_detail: Option<Vec<Point>>,
    /// 目标是否在此区域 (`inTheArea`) — whether the target is in this area.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub in_the_area: Option<bool>,
}

/// A point in relative image coordinates (`{x, y}`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// x.
    #[serde(with = "client_core::lenient::float")]
    pub x: f64,
    /// y.
    #[serde(with = "client_core::lenient::float")]
    pub y: f64,
}

/// 目标框 — a target box in the full image (`targetRect`): distances from the edges.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TargetRect {
    /// top — 目标距离上方间距.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub top: Option<f64>,
    /// left — 目标距离左方间距.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub left: Option<f64>,
    /// bottom — 目标距离下方间距.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub bottom: Option<f64>,
    /// right — 目标距离右方间距.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub right: Option<f64>,
}

// ====================================================================== pass record

/// 通行记录 — a pass record: the pass-record callback (`identifyRecordCallbackUrl`,
/// 通行记录回调 1.1) and the busiType 5 push (业务推送数据结构, busiType=5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassRecord {
    /// 记录类型 (`recordType`) — 1 pass record (the 1.0.6 changelog says removed; still
    /// sent).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_type: Option<i64>,
    /// 人员id (`personId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub person_id: Option<i64>,
    /// 人员uuid (`personUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 人员姓名 (`personName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 人员类型 (`personType`) — 数据字典 1.2.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 人员编号 (`personCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 人员手机号 (`personPhone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_phone: Option<String>,
    /// 人员身份证号 (`personIdentifyNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_identify_num: Option<String>,
    /// 人员邮箱 (`personEmail`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_email: Option<String>,
    /// 人员唯一标识 (`personUniqueIdentify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_unique_identify: Option<String>,
    /// 人员备注 (`personExt`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_ext: Option<String>,
    /// 访客类型 (`visitType`) — 数据字典 1.2.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_type: Option<VisitType>,
    /// 被访人uuid (`visitPeronUuid`, sic).
    #[serde(
        rename = "visitPeronUuid",
        alias = "visitPersonUuid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_person_uuid: Option<String>,
    /// 被访人类型 (`visitPersonType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_type: Option<PersonType>,
    /// 被访人编号 (`visitPersonCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_code: Option<String>,
    /// 被访人姓名 (`visitPersonName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_person_name: Option<String>,
    /// 被访人id (`visitPersonId`) — in the examples only.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_person_id: Option<i64>,
    /// 拜访原因 (`visitReason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_reason: Option<String>,
    /// 访客单位 (`visitFirm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_firm: Option<String>,
    /// 访客车牌 (`visitNumPlate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_num_plate: Option<String>,
    /// 组织id (`orgId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub org_id: Option<i64>,
    /// 组织uuid (`orgUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
    /// 组织类型 (`orgType`) — 1 非顶层组织, 2 区域顶层组织.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_type: Option<OrgType>,
    /// 组织全称 (`orgFullName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_full_name: Option<String>,
    /// 组织简称 (`orgNickName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_nick_name: Option<String>,
    /// 上级组织id (`orgParentId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub org_parent_id: Option<i64>,
    /// 区域id (`zoneId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub zone_id: Option<i64>,
    /// 区域uuid (`zoneUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_uuid: Option<String>,
    /// 区域名 (`zoneName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_name: Option<String>,
    /// 设备id (`deviceId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_id: Option<i64>,
    /// 设备uuid (`deviceUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 设备名 (`deviceName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备位置 (`deviceLocation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 设备类型 (`deviceType`) — 数据字典 1.4.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceType>,
    /// 设备型号 (`deviceModel`) — 数据字典 1.4.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<DeviceModel>,
    /// 设备状态 (`deviceStatus`) — 3 在线, 4 离线 (and four other states).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 门禁点uuid (`deviceSetUuid`) — in the examples only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_set_uuid: Option<String>,
    /// 门禁点id (`deviceSetId`) — in the examples only.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_set_id: Option<i64>,
    /// 识别人员类型 (`recognitionType`) — 4 means 无权限人员 in callbacks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition_type: Option<RecognitionType>,
    /// 识别人员类型文字描述 (`recognitionTypeDesc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognition_type_desc: Option<String>,
    /// 验证类型 (`verificationMode`) — 数据字典 1.7.5 (+ 4 远程开门, 5 二维码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_mode: Option<VerificationMode>,
    /// 验证类型描述 (`verificationModeDesc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_mode_desc: Option<String>,
    /// 访客通行认证方式 (`vistorRecordType`, sic) — 数据字典 1.7.5.
    #[serde(
        rename = "vistorRecordType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visitor_record_type: Option<VerificationMode>,
    /// `vistorType` (sic) — undocumented member of the busiType 5 example.
    #[serde(
        rename = "vistorType",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub visitor_type: Option<i64>,
    /// 通行类型 (`passType`) — 0 未通行, 1 通行, 2 复合认证未通过.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_type: Option<PassType>,
    /// 通行类型描述 (`passTypeDesc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_type_desc: Option<String>,
    /// 活体结果 (`livenessType`) — 0 非活体, 1 活体, 2 未知.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness_type: Option<LivenessType>,
    /// 识别分数 (`recognitionScore`) — double, sometimes sent as text ("89.0").
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_score: Option<f64>,
    /// 活体分数 (`livenessScore`) — double, sometimes sent as text ("88.0").
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub liveness_score: Option<f64>,
    /// 通行时间 (`passTime`) — ISO-8601 with offset (OffsetDateTime).
    #[serde(default, with = "offset_time", skip_serializing_if = "Option::is_none")]
    pub pass_time: Option<DateTime<FixedOffset>>,
    /// 是否支持回放 (`playbackSupport`).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub playback_support: Option<bool>,
    /// nvr uuid (`nvrUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nvr_uuid: Option<String>,
    /// 通道号 (`channelNo`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_no: Option<i64>,
    /// 记录id (`id`).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// 人员底库图 (`personImageUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_image_url: Option<String>,
    /// 人员底库图uri (`personImageUri`) — in the examples only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_image_uri: Option<String>,
    /// 抓拍图 (`snapshotUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_url: Option<String>,
    /// 抓拍图uri (`snapshotUri`) — in the examples only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_uri: Option<String>,
    /// 全景图 (`frameUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_url: Option<String>,
    /// 通行时间戳 (`passTimestamp`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub pass_timestamp: Option<DateTime<Utc>>,
    /// 通行时间 (`passTimeFormat`, `yyyy-MM-dd HH:mm:ss`, box local time).
    #[serde(
        default,
        with = "client_core::lenient::opt_datetime",
        skip_serializing_if = "Option::is_none"
    )]
    pub pass_time_format: Option<NaiveDateTime>,
    /// 体温 (`temperature`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub temperature: Option<f64>,
    /// 高温阈值 (`highThreshold`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub high_threshold: Option<f64>,
    /// 人体高温状态 (`temperatureType`) — 0 未检测, 1 正常, 2 高温.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_type: Option<TemperatureType>,
    /// 人体高温状态文字描述 (`temperatureTypeDesc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_type_desc: Option<String>,
    /// 口罩状态 (`maskType`) — 0 未检测, 1 戴口罩, 2 未戴.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_type: Option<MaskType>,
    /// 口罩状态文字描述 (`maskTypeDesc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_type_desc: Option<String>,
    /// 个性签名 (`autograph`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autograph: Option<String>,
    /// 生日祝福 (`birthdayString`) — in the examples only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday_string: Option<String>,
    /// 是否考勤 (`isAttendance`) — in the examples only.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_attendance: Option<bool>,
    /// 高温关闭 (`highTemperatureOff`) — in the examples only.
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub high_temperature_off: Option<bool>,
    /// 记录来源 (`recordSource`) — in the examples only.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub record_source: Option<i64>,
}

// ====================================================================== attendance

/// 考勤记录回调 — an attendance record pushed to `attendanceRecordCallbackUrl`
/// (考勤记录回调 1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRecord {
    /// 考勤记录uuid (`uuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 员工uuid (`personUuid`) — in the example only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 员工姓名 (`personName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 (`personCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 考勤日期 (`attendanceDate`) — ms timestamp (typed string).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub attendance_date: Option<DateTime<Utc>>,
    /// 考勤时段结果 (`attTimeResult`) — punches and result per period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub att_time_result: Option<Vec<AttendancePeriodResult>>,
    /// 考勤状态 (`status`) — 数据字典 1.9.4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AttendanceStatus>,
}

/// 考勤时段结果 — one period of an attendance record (`attTimeResult[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendancePeriodResult {
    /// 考勤时段编号 (`order`) — 数据字典 1.9.5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<AttendanceOrder>,
    /// 上班打卡时间 (`inPunch`) — `HH:mm:ss` (or `--`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_punch: Option<String>,
    /// 下班打卡时间 (`outPunch`) — `HH:mm:ss` (or `--`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_punch: Option<String>,
    /// 考勤结果 (`result`) — 数据字典 1.9.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<AttendanceResult>,
    /// `adjust` — undocumented member of the example (-1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub adjust: Option<i64>,
    /// `period` — undocumented member of the example (2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub period: Option<i64>,
}

// ====================================================================== business pushes

/// busiType=1 安防识别记录推送 — a security (face) recognition record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecurityRecognitionRecord {
    /// 人员UUID (`personUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 人员名称 (`personName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 底库图 (`groupImageUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_image_url: Option<String>,
    /// 抓拍图 (`captureImageUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_image_url: Option<String>,
    /// 对应抓拍设备uuid (`deviceUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 对应抓拍设备名 (`deviceName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 抓拍时间 (`captureTime`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub capture_time: Option<DateTime<Utc>>,
    /// 对应抓拍设备位置 (`location`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// 识别分数 (`score`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
    /// 全景图 (`frameUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_url: Option<String>,
    /// 识别人员类型 (`personType`) — a Chinese label, not a code: 员工, 访客, 重点人员,
    /// 未知人员, 未识别人员, 高频重点人员.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<String>,
}

/// busiType=2 车辆记录推送 — a vehicle recognition record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleRecognitionRecord {
    /// 识别时间 (`recognitionTime`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_time: Option<DateTime<Utc>>,
    /// 识别的设备名字 (`deviceName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 基础车辆类型 (`basicsVehicleType`) — 数据字典 1.10.22.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basics_vehicle_type: Option<BasicsVehicleType>,
    /// 基础车辆的uuid (`basicVehicleUuId`) — set when the vehicle is registered.
    #[serde(
        rename = "basicVehicleUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_vehicle_uuid: Option<String>,
    /// 车牌基础类型 (`basicsPlateType`) — 数据字典 1.10.21.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basics_plate_type: Option<BasicsPlateType>,
    /// 车辆颜色 (`basicsVehicleColor`) — free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basics_vehicle_color: Option<String>,
    /// 车牌颜色 (`basicsPlateColor`) — free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basics_plate_color: Option<String>,
    /// 用户主动上传的唯一标识 (`uniqueIdentify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_identify: Option<String>,
    /// 设备所在的地图id (`mapId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub map_id: Option<i64>,
    /// 设备所在地图的x坐标 (`xoffset`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub xoffset: Option<f64>,
    /// 设备所在地图的y坐标 (`yoffset`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub yoffset: Option<f64>,
    /// 人员id (`personId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub person_id: Option<i64>,
    /// 抓拍设备所在位置 (`deviceLocation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 抓拍设备Uuid (`deviceUuId`).
    #[serde(
        rename = "deviceUuId",
        alias = "deviceUuid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 车辆身份 (`vehicleIdentityType`) — 数据字典 1.10.19.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_identity_type: Option<VehicleIdentityType>,
    /// 车主电话号码 (`personTelephone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_telephone: Option<String>,
    /// 图片全景uri (`fullUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_uri: Option<String>,
    /// 图片全景url (`fullUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// 车主身份类型 (`personType`) — 数据字典 1.2.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 图片截图uri (`cropUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_uri: Option<String>,
    /// 图片截图url (`cropUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_url: Option<String>,
    /// 基础车辆信息id (`basicVehicleId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_vehicle_id: Option<i64>,
    /// 车牌号码 (`plateNumber`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车主姓名 (`personName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 描述说明 (`describe`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub describe: Option<String>,
}

/// busiType=3 警戒记录推送 — an alert record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlertRecord {
    /// 警戒相机类型 (`alarmControlType`) — 1 警戒机, 2 警戒算法仓.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_control_type: Option<AlarmControlType>,
    /// 警戒记录uuid (`alarmRecordUuId`).
    #[serde(
        rename = "alarmRecordUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_record_uuid: Option<String>,
    /// 报警时间 (`alarmTime`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_time: Option<DateTime<Utc>>,
    /// 报警结束时间 (`alarmEndTime`, ms) — in the example only.
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_end_time: Option<DateTime<Utc>>,
    /// 警戒类型 (`alarmType`) — 数据字典 1.11.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<AlertType>,
    /// 布控画线所属区域id (`areaId`) — typed string, sent as a number.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub area_id: Option<String>,
    /// 设备名 (`deviceName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 报警设备uuid (`deviceUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 划线规则详情 (`drawLineDetail`) — JSON text or array.
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub draw_line_detail: Option<Vec<DrawLine>>,
    /// 场景id (`sceneId`) — 0 场景1, 1 场景2, 2 场景3 ….
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub scene_id: Option<i64>,
    /// 目标框 (`targetRect`) — JSON text, an object or an array.
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub target_rect: Option<Vec<TargetRect>>,
    /// 目标id (`targetId`) — typed string, sent as a string array.
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub target_id: Option<Vec<String>>,
    /// 持续时间 (`continueTime`, seconds) — sent as text ("3.0").
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub continue_time: Option<f64>,
    /// 全景图url (`wholeImageUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whole_image_url: Option<String>,
}

/// busiType=12 结构化记录推送 — a structured full-attribute record. The common members
/// come first; the rest belong to one category (`category`: 1 face, 2 pedestrian,
/// 3 motor vehicle, 4 non-motor vehicle) and are `None` for the others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StructuredRecord {
    /// 结构化类别 (`category`) — 数据字典 1.10.12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<StructureCategory>,
    /// 设备UuId (`deviceUuId`).
    #[serde(
        rename = "deviceUuId",
        alias = "deviceUuid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备所在位置 (`deviceLocation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 设备名 (`deviceName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备在地图x坐标 (`xoffset`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub xoffset: Option<f64>,
    /// 设备在地图y坐标 (`yoffset`).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub yoffset: Option<f64>,
    /// 地图id (`mapId`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub map_id: Option<i64>,
    /// 抓拍图uri (`cropUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_uri: Option<String>,
    /// 抓拍图url (`cropUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_url: Option<String>,
    /// 目标在抓拍图中的左边距 (`cropRectLeft`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_left: Option<i64>,
    /// 目标在抓拍图中的顶部边距 (`cropRectTop`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_top: Option<i64>,
    /// 目标在抓拍图中的右边距 (`cropRectRight`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_right: Option<i64>,
    /// 目标在抓拍图中的底部边距 (`cropRectBottom`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_bottom: Option<i64>,
    /// 全景图uri (`fullUri`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_uri: Option<String>,
    /// 全景图url (`fullUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// 目标在全景图中的左边距 (`fullRectLeft`) — may be a large negative number.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_left: Option<i64>,
    /// 目标在全景图中的顶部边距 (`fullRectTop`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_top: Option<i64>,
    /// 目标在全景图中的右边距 (`fullRectRight`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_right: Option<i64>,
    /// 目标在全景图中的底部边距 (`fullRectBottom`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_bottom: Option<i64>,
    /// 识别时间 (`recognitionTime`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_time: Option<DateTime<Utc>>,
    /// 服务器时间 (`serverTime`, ms).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub server_time: Option<DateTime<Utc>>,
    /// 数据是否来自Core (`dataFromCore`).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub data_from_core: Option<bool>,
    /// 布控规则类型 (`ruleType`) — 数据字典 1.10.23 (1 here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_type: Option<StructureRuleType>,
    /// 年龄 (`age`) — face, pedestrian (数据字典 1.10.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeGroup>,
    /// 性别 (`gender`) — face, pedestrian (数据字典 1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Sex>,
    /// 胡子状态 (`beardStatus`) — face (1.10.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beard_status: Option<BeardStatus>,
    /// 眼镜状态 (`glassesStatus`) — face (1.10.25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glasses_status: Option<GlassesStatus>,
    /// 头发状态 (`hairStatus`) — face (1.10.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hair_status: Option<HairStatus>,
    /// 口罩状态 (`maskStatus`) — face (1.10.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_status: Option<MaskStatus>,
    /// 鼻子有无遮挡 (`noseOcclusion`) — face (1.10.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nose_occlusion: Option<NoseOcclusion>,
    /// 包的类型 (`bagType`) — pedestrian (1.10.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bag_type: Option<BagType>,
    /// 下衣颜色 (`dressLowerColor`) — pedestrian (1.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_lower_color: Option<ClothingColor>,
    /// 下身服饰 (`dressLowerStyle`) — pedestrian (1.10.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_lower_style: Option<DressLowerStyle>,
    /// 上衣颜色 (`dressUpperColor`) — pedestrian (1.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_upper_color: Option<ClothingColor>,
    /// 上衣服饰 (`dressUpperStyle`) — pedestrian (1.10.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_upper_style: Option<DressUpperStyle>,
    /// 人体跌倒状态 (`fallStatus`) — pedestrian (1.10.26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fall_status: Option<BehaviorStatus>,
    /// 帽子颜色 (`hatColor`) — pedestrian (1.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hat_color: Option<ClothingColor>,
    /// 骑行状态 (`rideBike`) — pedestrian (1.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ride_bike: Option<RideBikeStatus>,
    /// 人体奔跑状态 (`runStatus`) — pedestrian (1.10.27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_status: Option<BehaviorStatus>,
    /// 人体抽烟状态 (`smokeStatus`) — pedestrian (1.10.28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smoke_status: Option<BehaviorStatus>,
    /// 人体打电话状态 (`usePhoneStatus`) — pedestrian (1.10.30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_phone_status: Option<BehaviorStatus>,
    /// 人体看手机状态 (`watchPhoneStatus`) — pedestrian (1.10.29).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watch_phone_status: Option<BehaviorStatus>,
    /// 帽子状态 (`wearHat`) — pedestrian (1.10.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wear_hat: Option<HatStatus>,
    /// 头盔状态 (`wearSafetycap`) — pedestrian (1.10.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wear_safetycap: Option<SafetyCapStatus>,
    /// 关联人脸id (`relatedFaceId`) — pedestrian; in the example only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_face_id: Option<String>,
    /// 车牌颜色 (`plateColor`) — motor vehicle (1.10.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
    /// 车辆功能用车 (`vehicleFunctional`) — motor vehicle (1.10.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_functional: Option<VehicleFunctional>,
    /// 车辆类型 (`vehicleType`) — motor and non-motor vehicles (1.10.13; non-motor:
    /// 20, 21, 100, 101, 102).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
    /// 车牌类型 (`vehicleTypeplateType`) — motor vehicle (1.10.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_typeplate_type: Option<PlateType>,
    /// 车牌类型 (`plateType`) — what the examples send instead of
    /// `vehicleTypeplateType` (1.10.17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_type: Option<PlateType>,
    /// 车辆品牌 (`vehicleBrand`) — motor vehicle; see [`crate::dict::vehicle_brand_name`].
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_brand: Option<i64>,
    /// 车身颜色 (`vehicleColor`) — motor vehicle (1.10.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<VehicleColor>,
    /// 车牌号码 (`plateNumber`) — motor vehicle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
}

impl StructuredRecord {
    /// The brand name of `vehicleBrand` (数据字典 1.10.15).
    pub fn vehicle_brand_name(&self) -> Option<&'static str> {
        self.vehicle_brand.and_then(crate::dict::vehicle_brand_name)
    }
}

/// 业务推送 — the push envelope posted to a subscription's `pushUrl`:
/// `{busiType, data}` where `data` is the record as JSON text (or, as in the seed's
/// examples, as a JSON object) (业务推送数据结构).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessPush {
    /// 业务类型 (`busiType`) — typed string, 数据字典 1.12.3.
    pub busi_type: BusiType,
    /// 对应业务类型的数据 (`data`) — the record, still untyped (JSON text already
    /// parsed); see [`BusinessPush::record`].
    #[serde(
        default,
        with = "json_text::opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub data: Option<Value>,
}

impl BusinessPush {
    /// Decodes `data` according to `busiType`.
    pub fn record(&self) -> Result<BusinessRecord, CallbackError> {
        let data = self.data.clone().unwrap_or(Value::Null);
        fn typed<T: serde::de::DeserializeOwned>(
            kind: &'static str,
            v: Value,
        ) -> Result<Box<T>, CallbackError> {
            lenient(&v)
                .map(Box::new)
                .map_err(|source| CallbackError::InvalidPayload { kind, source })
        }
        Ok(match self.busi_type {
            BusiType::SecurityRecognition => {
                BusinessRecord::SecurityRecognition(typed("busiType 1", data)?)
            }
            BusiType::VehicleRecognition => {
                BusinessRecord::VehicleRecognition(typed("busiType 2", data)?)
            }
            BusiType::Alert => BusinessRecord::Alert(typed("busiType 3", data)?),
            BusiType::Pass => BusinessRecord::Pass(typed("busiType 5", data)?),
            BusiType::Structured => BusinessRecord::Structured(typed("busiType 12", data)?),
            BusiType::Unknown(code) => BusinessRecord::Other {
                busi_type: code,
                data,
            },
        })
    }
}

/// A business-data record, typed by its `busiType`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BusinessRecord {
    /// busiType 1 — 安防识别记录.
    SecurityRecognition(Box<SecurityRecognitionRecord>),
    /// busiType 2 — 车辆识别记录.
    VehicleRecognition(Box<VehicleRecognitionRecord>),
    /// busiType 3 — 警戒记录.
    Alert(Box<AlertRecord>),
    /// busiType 5 — 通行记录.
    Pass(Box<PassRecord>),
    /// busiType 12 — 结构化全属性识别记录.
    Structured(Box<StructuredRecord>),
    /// A busiType the seed does not define; `data` kept as JSON.
    Other {
        /// The busiType.
        busi_type: i64,
        /// The record as JSON.
        data: Value,
    },
}

/// Anything the box posts to an integrator.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Callback {
    /// 事件记录回调.
    Event(Box<EventRecord>),
    /// 通行记录回调 (`identifyRecordCallbackUrl`).
    Pass(Box<PassRecord>),
    /// 考勤记录回调 (`attendanceRecordCallbackUrl`).
    Attendance(Box<AttendanceRecord>),
    /// 业务数据推送 (`pushUrl` of a subscription).
    Business(BusinessRecord),
}

/// Why a callback body could not be parsed (a receiver answers 400).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackError {
    /// The body is not JSON.
    #[error("callback body is not valid JSON: {0}")]
    InvalidJson(#[source] serde_json::Error),
    /// The body is JSON but not an object.
    #[error("callback body is not a JSON object")]
    NotAnObject,
    /// No known callback has these members.
    #[error("unrecognised callback (members: {members})")]
    Unrecognized {
        /// The first members of the body, for diagnosis.
        members: String,
    },
    /// The payload has the right shape but a member has the wrong type.
    #[error("invalid {kind} payload: {source}")]
    InvalidPayload {
        /// Which payload.
        kind: &'static str,
        /// The serde error.
        #[source]
        source: serde_json::Error,
    },
}

/// Parses a raw callback body and dispatches on its members: `busiType` → business
/// push; `attTimeResult`/`attendanceDate` → attendance record;
/// `eventTypeId`/`eventLevelId`/`trackId` → event record; pass-record members
/// (`passTimestamp`, `passTime`, `passType`, `recognitionType`, `recordType`) → pass
/// record.
pub fn parse_callback(body: &[u8]) -> Result<Callback, CallbackError> {
    let value: Value = serde_json::from_slice(body).map_err(CallbackError::InvalidJson)?;
    let obj = value.as_object().ok_or(CallbackError::NotAnObject)?;
    let has = |k: &str| obj.contains_key(k);
    let typed = |kind: &'static str| move |source| CallbackError::InvalidPayload { kind, source };
    if has("busiType") {
        let push: BusinessPush = lenient(&value).map_err(typed("business push"))?;
        return push.record().map(Callback::Business);
    }
    if has("attTimeResult") || has("attendanceDate") {
        return lenient(&value)
            .map(|r| Callback::Attendance(Box::new(r)))
            .map_err(typed("attendance record"));
    }
    if has("eventTypeId") || has("eventLevelId") || has("trackId") || has("eventTypeName") {
        return lenient(&value)
            .map(|r| Callback::Event(Box::new(r)))
            .map_err(typed("event record"));
    }
    if [
        "passTimestamp",
        "passTime",
        "passType",
        "recognitionType",
        "recordType",
        "verificationMode",
    ]
    .iter()
    .any(|k| has(k))
    {
        return lenient(&value)
            .map(|r| Callback::Pass(Box::new(r)))
            .map_err(typed("pass record"));
    }
    let members: Vec<&str> = obj.keys().take(8).map(String::as_str).collect();
    Err(CallbackError::Unrecognized {
        members: client_core::error::bounded_message(&members.join(", ")),
    })
}

/// Decodes a callback member like every response payload
/// ([`client_core::lenient::from_str`]: a `null` member counts as absent).
fn lenient<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    client_core::lenient::from_str(&value.to_string())
}

#[cfg(test)]
mod offset_time_tests {
    use super::offset_time::parse_offset_time;

    #[test]
    fn the_busi_type_5_table_offset_is_accepted() {
        let want = parse_offset_time("2020-04-15T17:16:20+08:00").unwrap();
        assert_eq!(parse_offset_time("2020-04-15T17:16:20+08"), Some(want));
        assert_eq!(parse_offset_time("2020-04-15T17:16:20+0800"), Some(want));
        assert_eq!(want.offset().local_minus_utc(), 8 * 3600);
        assert!(parse_offset_time("2021-05-24T14:13:10.298-05").is_some());
        assert_eq!(parse_offset_time("2020-04-15T17:16:20+8"), None);
        assert_eq!(parse_offset_time("2020-04-15"), None);
    }
}
