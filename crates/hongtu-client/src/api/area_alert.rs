//! 警戒记录 — perimeter/behaviour alert records (line crossing, intrusion, loitering,
//! falls, smoking …) (hongtu-aiot-openapi.txt, module 警戒记录 1.1).
//!
//! Alert rules (警戒布控) can only be created in the box's web UI; this API reads the
//! records they produce. The list pages with **`currPage`** and `pageSize`
//! (default 10) and answers with `pageNum`.
//!
//! ```no_run
//! # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
//! use chrono::{Duration, Utc};
//! use futures::TryStreamExt;
//! use hongtu_client::api::area_alert::{AlertType, ListAlertRecords};
//!
//! let now = Utc::now();
//! let mut req = ListAlertRecords::new(now - Duration::days(1), now);
//! req.alarm_type = Some(AlertType::PersonIntrusion);
//! let alerts: Vec<_> = client.stream(req).try_collect().await?;
//! println!("{} intrusions today", alerts.len());
//! # Ok(()) }
//! ```

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::api::util::impl_paged;
use crate::callback::json_text;
pub use crate::callback::{DrawLine, Point, TargetRect};
pub use crate::dict::{AlarmControlType, AlertType};
use crate::envelope::PageData;

/// Default `pageSize` of [`ListAlertRecords`] (警戒记录 1.1.2: 每页条数，默认为10).
pub const DEFAULT_PAGE_SIZE: u32 = 10;

client_core::int_enum! {
    /// 工服颜色 (`uniformColor`) — work-uniform colour (警戒记录 1.1.3: "1-red,
    /// 2-green, 3-blue 4…"; the seed's remark is cut off after 4, so 4 and above are
    /// kept as unknown values).
    pub enum UniformColor {
        /// red.
        Red = 1,
        /// green.
        Green = 2,
        /// blue.
        Blue = 3,
    }
}

/// 警戒记录列表查询 — alert records by device, alert type and time, paged by
/// `currPage` (`POST /v1/api/areaAlert/record/list`, 警戒记录 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAlertRecords {
    /// 设备id列表 (`deviceUuIdList`) — alert devices; optional (警戒记录 1.1.2).
    #[serde(
        rename = "deviceUuIdList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuids: Option<Vec<String>>,
    /// 警戒类型 (`type`) — 1 人员越界, 2 人员入侵, 3 车辆越界, 31 机动车越界,
    /// 32 非机动车越界, 4 车辆禁停, 41 机动车禁停, 42 非机动车禁停, 5 人员越界-翻墙检测,
    /// 6 人员徘徊, 7 机动车离开, 8 非机动车离开, 10 离岗, 11 超员, 12 少员, 13 人员奔跑,
    /// 14 摔倒检测, 15 人员扭打, 16 抽烟检测, 17 看手机, 18 接打电话, 19 人员聚众,
    /// 20 防碰撞预警, 21 车辆逆行, 22 睡岗检测 (数据字典 1.11.1); optional
    /// (警戒记录 1.1.2).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<AlertType>,
    /// 开始时间 (`startTime`) — epoch milliseconds on the wire; required
    /// (警戒记录 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; required (警戒记录 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
    /// 当前页 (`currPage`) — 1-based page; optional, default 1 (警戒记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curr_page: Option<u64>,
    /// 每页条数 (`pageSize`) — optional, default 10 (警戒记录 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ListAlertRecords {
    /// Every alert record between two times, default paging.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            device_uuids: None,
            alarm_type: None,
            start_time,
            end_time,
            curr_page: None,
            page_size: None,
        }
    }
}

/// One alert record (`list[]`, 警戒记录 1.1.3). Several remarks of the seed's table
/// are cut off at the page margin; what survives is quoted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlertRecord {
    /// 警戒记录uuid (`alarmRecordUuId`) — record uuid; required (警戒记录 1.1.3).
    #[serde(rename = "alarmRecordUuId", default)]
    pub alarm_record_uuid: String,
    /// 警戒相机类型 (`alarmControlType`) — 1 警戒机 (alert camera), 2 警戒算法仓
    /// (alert algorithm box); required (警戒记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_control_type: Option<AlarmControlType>,
    /// 全景图 (`wholeImageUrl`) — full-scene image URL; required (警戒记录 1.1.3).
    #[serde(default)]
    pub whole_image_url: String,
    /// 警戒类型 (`alarmType`) — (数据字典 1.11.1); required (警戒记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<AlertType>,
    /// 设备uuid (`deviceUuId`) — alert device; required (警戒记录 1.1.3).
    #[serde(rename = "deviceUuId", default)]
    pub device_uuid: String,
    /// 设备名称 (`deviceName`) — device name; required (警戒记录 1.1.3).
    #[serde(default)]
    pub device_name: String,
    /// 警戒时间 (`alarmTime`) — alert time, epoch milliseconds on the wire ("算法仓设备为…",
    /// remark cut off); required (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_time: Option<DateTime<Utc>>,
    /// 警戒结束时间 (`alarmEndTime`) — alert end, epoch milliseconds on the wire, for
    /// some alert types only (remark cut off); optional (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_end_time: Option<DateTime<Utc>>,
    /// 警戒持续时间 (`continueTime`) — duration in **seconds**, for some alert types only
    /// (a string such as `"3.0"` in pushes); optional (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub continue_time: Option<f64>,
    /// 划线坐标信息 (`drawLineDetail`) — the drawn lines/areas of the rule, each with
    /// `firstNodeDetail`, optional `secondNodeDetail` (double tripwire) and `inTheArea`;
    /// an array, or JSON text of one; required (警戒记录 1.1.3).
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub draw_line_detail: Option<Vec<DrawLine>>,
    /// 报警对象的id (`targetId`) — id(s) of the alarming target(s); documented as a
    /// string, pushes send a string array: both read, `""` is an empty list; optional
    /// (警戒记录 1.1.3).
    #[serde(
        default,
        with = "string_or_list",
        skip_serializing_if = "Option::is_none"
    )]
    pub target_id: Option<Vec<String>>,
    /// 布控画线所属区域id (`areaId`) — area of the rule within the scene; optional
    /// (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub area_id: Option<i64>,
    /// 场景id (`sceneId`) — 0 场景1, 1 场景2, 2 场景3 …; optional (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub scene_id: Option<i64>,
    /// 目标框在全景图中的位置 (`targetRect`) — target box(es) in the full image: one
    /// object (the example), an array of boxes, or JSON text of either (the table's
    /// remark); required (警戒记录 1.1.3).
    #[serde(
        default,
        with = "json_text::list",
        skip_serializing_if = "Option::is_none"
    )]
    pub target_rect: Option<Vec<TargetRect>>,
    /// 人数 (`count`) — number of persons for off-duty overstaffed/understaffed and
    /// crowd alerts; optional (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub count: Option<i64>,
    /// 区域画线名称 (`areaMsg`) — name of the drawn area (typed integer in the seed but
    /// a name; read as text); optional (警戒记录 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub area_msg: Option<String>,
    /// 工服颜色 (`uniformColor`) — work-uniform colour; optional (警戒记录 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uniform_color: Option<UniformColor>,
}

/// `Option<Vec<String>>` from a string (`""` → empty list), a string array or `null`;
/// serialized as an array.
mod string_or_list {
    use super::*;
    use serde::de::Error as _;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
        match Option::<Value>::deserialize(d)? {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(Some(Vec::new())),
            Some(Value::String(s)) => Ok(Some(vec![s])),
            Some(Value::Number(n)) => Ok(Some(vec![n.to_string()])),
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|i| match i {
                    Value::String(s) => Ok(s),
                    Value::Number(n) => Ok(n.to_string()),
                    other => Err(D::Error::custom(format!(
                        "targetId: expected a string, got {other}"
                    ))),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(other) => Err(D::Error::custom(format!(
                "targetId: expected a string or a string list, got {other}"
            ))),
        }
    }

    pub fn serialize<S: Serializer>(v: &Option<Vec<String>>, s: S) -> Result<S::Ok, S::Error> {
        v.serialize(s)
    }
}

impl ListAlertRecords {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.curr_page == Some(0) {
            return Err(Error::invalid(path, "currPage must be >= 1, got 0"));
        }
        if self.page_size == Some(0) {
            return Err(Error::invalid(path, "pageSize must be >= 1, got 0"));
        }
        validate::ordered(
            path,
            "startTime",
            &self.start_time,
            "endTime",
            &self.end_time,
        )
    }
}

client_core::endpoint!(ListAlertRecords => PageData<AlertRecord>, POST "/v1/api/areaAlert/record/list", read, validate);

impl_paged!(ListAlertRecords, AlertRecord, DEFAULT_PAGE_SIZE, curr_page);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use client_core::{PageRequest, Paged};
    #[allow(unused_imports)]
    use http::Method;

    fn t(n: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp_millis(n).unwrap()
    }

    #[test]
    fn method_path_and_paging() {
        assert_eq!(
            (
                ListAlertRecords::METHOD,
                ListAlertRecords::PATH,
                ListAlertRecords::IDEMPOTENT
            ),
            (Method::POST, "/v1/api/areaAlert/record/list", true)
        );
        let mut req = ListAlertRecords::new(t(1), t(2));
        assert_eq!(req.page_size(), 10);
        req.set_page(PageRequest { index: 4, size: 10 });
        req.alarm_type = Some(AlertType::from_code(41));
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["currPage"], 5);
        assert!(v.get("pageNum").is_none());
        assert_eq!(v["type"], 41);
        assert!(req.validate().is_ok());
        req.end_time = t(0);
        assert!(req.validate().is_err());
    }

    #[test]
    fn lenient_members() {
        let r: AlertRecord = serde_json::from_value(serde_json::json!({
            "alarmRecordUuId": "a",
            "targetId": ["1", "2"],
            "continueTime": "3.0",
            "targetRect": "[{\"bottom\":70.36291,\"left\":76.381,\"right\":80.5,\"top\":53.036083}]",
            "drawLineDetail": [{"firstNodeDetail": [{"x": 0.1, "y": 0.2}], "inTheArea": true}],
            "areaMsg": "东门",
            "uniformColor": 4
        }))
        .unwrap();
        assert_eq!(r.target_id, Some(vec!["1".to_string(), "2".to_string()]));
        assert_eq!(r.continue_time, Some(3.0));
        assert_eq!(r.target_rect.as_ref().unwrap()[0].bottom, Some(70.36291));
        assert_eq!(
            r.draw_line_detail.as_ref().unwrap()[0].in_the_area,
            Some(true)
        );
        assert_eq!(r.uniform_color, Some(UniformColor::Unknown(4)));
        let empty: AlertRecord = serde_json::from_str(r#"{"targetId":""}"#).unwrap();
        assert_eq!(empty.target_id, Some(vec![]));
    }
}
