//! PTZ tours (巡航路径) — 1.4.4.4.12–1.4.4.4.17 (2026 edition). Need
//! `tour_supported` = 1 in the PTZ capability set.

use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::device_config::text::{decimal_text, uint_text, vec_text};

client_core::str_enum! {
    /// 巡航的状态 — tour state (1.4.4.4.13 tourStates).
    pub enum TourState {
        /// idle — 不在巡航.
        Idle = "idle",
        /// touring — 正在巡航.
        Touring = "touring",
        /// paused — 巡航暂停.
        Paused = "paused",
    }
}

client_core::str_enum! {
    /// 巡航操作类型 — what executeTour does (1.4.4.4.16 action, a digit string).
    pub enum TourAction {
        /// "0" — 开始巡航/继续已经暂停的巡航, start or resume.
        Start = "0",
        /// "1" — 停止巡航, stop.
        Stop = "1",
        /// "2" — 暂停当前巡航, pause.
        Pause = "2",
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.12

device_request! {
    /// 获取巡航路径的具体数据 — the presets, speeds and stay times of some tours
    /// (1.4.4.4.12).
    pub struct GetToursInfo ("1.4.4.4.12", channel: required) {
        /// tourIds — 巡航路径id列表 from getAllTours. Required, not empty (1.4.4.4.12).
        #[serde(default, with = "vec_text")]
        pub tour_ids: Vec<String>,
    }
}

impl GetToursInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::batch(path, "tourIds", self.tour_ids.len(), usize::MAX)?;
        for (i, id) in self.tour_ids.iter().enumerate() {
            check::non_empty(path, &format!("tourIds[{i}]"), id)?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetToursInfo => Vec<TourInfo>, POST "/vms/open/deviceConfig/v1/getToursInfo", read, validate);

/// 巡航路径的具体数据 — one tour of 1.4.4.4.12. The arrays are index-aligned: point `i`
/// is `preset_ids[i]`, reached at `speed_*[i]`, held `times[i]` ms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TourInfo {
    /// tourId — 巡航路径id (1.4.4.4.12).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub tour_id: Option<String>,
    /// presetIds — 预置点id列表 (1.4.4.4.12).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub preset_ids: Vec<String>,
    /// speedPans — 水平方向速率 per point, decimal strings (1.4.4.4.12).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub speed_pans: Vec<String>,
    /// speedTilts — 垂直方向速率 per point (1.4.4.4.12).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub speed_tilts: Vec<String>,
    /// speedZooms — 变焦速率 per point (1.4.4.4.12).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub speed_zooms: Vec<String>,
    /// times — 预置点的停留时间 in milliseconds per point (1.4.4.4.12).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.13

device_request! {
    /// 获取巡航路径 — the tours of a channel with their names and states (1.4.4.4.13).
    pub struct GetAllTours ("1.4.4.4.13", channel: required) {}
}

target_ctors!(GetAllTours, required);

impl GetAllTours {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetAllTours => Tours, POST "/vms/open/deviceConfig/v1/getAllTours", read, validate);

/// 巡航路径 — result of 1.4.4.4.13; `tour_ids`, `tour_names` and `tour_states` are
/// index-aligned ([`Tours::iter`] zips them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tours {
    /// maxTourNumber — 最大支持的巡航路径个数; addTour's `tourId` is in `[1, n]`
    /// (1.4.4.4.13).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_tour_number: Option<i64>,
    /// tourIds — 巡航路径id列表 (1.4.4.4.13).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub tour_ids: Vec<String>,
    /// tourNames — 巡航路径名称 (1.4.4.4.13).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub tour_names: Vec<String>,
    /// tourStates — 巡航的状态 (1.4.4.4.13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tour_states: Vec<TourState>,
}

impl Tours {
    /// `(id, name, state)` per tour, as far as the three arrays agree in length.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Option<&str>, Option<&TourState>)> {
        self.tour_ids.iter().enumerate().map(|(i, id)| {
            (
                id.as_str(),
                self.tour_names.get(i).map(String::as_str),
                self.tour_states.get(i),
            )
        })
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.14 / 1.4.4.4.15

/// The settings of a tour shared by addTour and modifyTour (1.4.4.4.14/15). The five
/// arrays are index-aligned and, when sent, of equal length; members left empty are
/// chosen by the device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TourSettings {
    /// tourName — 巡航路径名称; addTour: the device names it when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tour_name: Option<String>,
    /// recurringTimes — 最大巡航次数 (integer string), within the capability's
    /// `tour_recurring_times_range`.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub recurring_times: Option<String>,
    /// recurringDuration — 最长巡航时间 in milliseconds (integer string), within
    /// `tour_recurring_duration_range`.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub recurring_duration: Option<String>,
    /// presetIds — 预置点id列表 of the tour's points.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub preset_ids: Vec<String>,
    /// speedPans — 水平方向速率 per point, decimals in `[0, 1]`, at most 6 decimals.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub speed_pans: Vec<String>,
    /// speedTilts — 垂直方向速率 per point, as `speed_pans`.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub speed_tilts: Vec<String>,
    /// speedZooms — 变焦速率 per point, as `speed_pans`.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub speed_zooms: Vec<String>,
    /// times — 停留时间 per point in milliseconds (integer strings), within
    /// `tour_stay_time_range`.
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<String>,
}

impl TourSettings {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        if let Some(name) = &self.tour_name {
            check::non_empty(path, "tourName", name)?;
        }
        if let Some(t) = &self.recurring_times {
            uint_text(path, "recurringTimes", t)?;
        }
        if let Some(d) = &self.recurring_duration {
            uint_text(path, "recurringDuration", d)?;
        }
        let n = self.preset_ids.len();
        for (field, len) in [
            ("speedPans", self.speed_pans.len()),
            ("speedTilts", self.speed_tilts.len()),
            ("speedZooms", self.speed_zooms.len()),
            ("times", self.times.len()),
        ] {
            if len != 0 && len != n {
                return Err(client_core::Error::invalid(
                    path,
                    format!("{field} must have one entry per presetIds entry ({n}), got {len}"),
                ));
            }
        }
        for (i, id) in self.preset_ids.iter().enumerate() {
            check::non_empty(path, &format!("presetIds[{i}]"), id)?;
        }
        for (field, list) in [
            ("speedPans", &self.speed_pans),
            ("speedTilts", &self.speed_tilts),
            ("speedZooms", &self.speed_zooms),
        ] {
            for (i, v) in list.iter().enumerate() {
                decimal_text(path, &format!("{field}[{i}]"), v, 0.0, 1.0, 6)?;
            }
        }
        for (i, v) in self.times.iter().enumerate() {
            uint_text(path, &format!("times[{i}]"), v)?;
        }
        Ok(())
    }
}

fn check_tour_id(path: &str, id: &str) -> Result<(), client_core::Error> {
    match id.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Ok(()),
        _ => Err(client_core::Error::invalid(
            path,
            format!("tourId must be an integer string >= 1 (1..=maxTourNumber), got {id:?}"),
        )),
    }
}

device_request! {
    /// 添加巡航路径 — add a tour (1.4.4.4.14). `tour_id` is in `[1, maxTourNumber]`
    /// (getAllTours).
    pub struct AddTour ("1.4.4.4.14", channel: required) {
        /// tourId — 巡航路径id, `[1, n]`. Required (1.4.4.4.14).
        #[serde(with = "client_core::lenient::string")]
        pub tour_id: String,
        /// The tour's settings (flattened into the body).
        #[serde(flatten)]
        pub settings: TourSettings,
    }
}

impl AddTour {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check_tour_id(path, &self.tour_id)?;
        self.settings.check(path)
    }
}

client_core::endpoint!(AddTour => client_core::Ack, POST "/vms/open/deviceConfig/v1/addTour", write, validate);

device_request! {
    /// 编辑巡航路径 — modify a tour (1.4.4.4.15).
    pub struct ModifyTour ("1.4.4.4.15", channel: required) {
        /// tourId — 巡航路径id from getAllTours. Required (1.4.4.4.15).
        #[serde(with = "client_core::lenient::string")]
        pub tour_id: String,
        /// The settings to change (flattened into the body).
        #[serde(flatten)]
        pub settings: TourSettings,
    }
}

impl ModifyTour {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check_tour_id(path, &self.tour_id)?;
        self.settings.check(path)
    }
}

client_core::endpoint!(ModifyTour => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyTour", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.4.16 / 1.4.4.4.17

device_request! {
    /// 播放巡航路径 — start, stop or pause a tour (1.4.4.4.16).
    pub struct ExecuteTour ("1.4.4.4.16", channel: required) {
        /// tourId — 巡航路径id. Required (1.4.4.4.16).
        #[serde(with = "client_core::lenient::string")]
        pub tour_id: String,
        /// action — 操作类型. Required (1.4.4.4.16).
        pub action: TourAction,
    }
}

impl ExecuteTour {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check_tour_id(path, &self.tour_id)?;
        if let TourAction::Unknown(a) = &self.action {
            return Err(client_core::Error::invalid(
                path,
                format!("action must be \"0\" (start), \"1\" (stop) or \"2\" (pause), got {a:?}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ExecuteTour => client_core::Ack, POST "/vms/open/deviceConfig/v1/executeTour", write, validate);

device_request! {
    /// 删除巡航路径 — delete a tour (1.4.4.4.17).
    pub struct DeleteTour ("1.4.4.4.17", channel: required) {
        /// tourId — 巡航路径id. Required (1.4.4.4.17).
        #[serde(with = "client_core::lenient::string")]
        pub tour_id: String,
    }
}

impl DeleteTour {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check_tour_id(path, &self.tour_id)
    }
}

client_core::endpoint!(DeleteTour => client_core::Ack, POST "/vms/open/deviceConfig/v1/deleteTour", write, validate);
