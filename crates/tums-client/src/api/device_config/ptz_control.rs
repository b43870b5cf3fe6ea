//! PTZ capabilities, status, absolute moves, zoom limit and park (守望) —
//! 1.4.4.4.1–1.4.4.4.3 and 1.4.4.4.18–1.4.4.4.22 (2026 edition, 云台设置).
//!
//! The capability tables (表 1.4.4.4.1-1, 表 1.4.4.4.2-1) are the device's own
//! snake_case members, every value a string (`"1"` supported, `"0"`/absent not) or
//! an array of strings; they are kept as sent and read through helper methods.

use serde::{Deserialize, Serialize};

use crate::api::device_config::text::{flag, unit};

client_core::str_enum! {
    /// 守望模式 — what a PTZ does when parked (1.4.4.4.18/19 actionMode; table 1.4.4.4.1-1
    /// park_support_mode_list).
    pub enum ParkActionMode {
        /// auto_scan — 自动扫描.
        AutoScan = "auto_scan",
        /// frame_scan — 帧扫描.
        FrameScan = "frame_scan",
        /// random_scan — 随机扫描.
        RandomScan = "random_scan",
        /// tour — 巡航扫描 (`actionId` is a tour id).
        Tour = "tour",
        /// preset — 预置点 (`actionId` is a preset id).
        Preset = "preset",
        /// pattern — 花样扫描 (`actionId` is a pattern id).
        Pattern = "pattern",
        /// panorama_scan — 全景扫描.
        PanoramaScan = "panorama_scan",
        /// tilt_scan — 垂直扫描.
        TiltScan = "tilt_scan",
    }
}

client_core::str_enum! {
    /// 云台运动状态 — whether an axis is moving (1.4.4.4.20 statusPan/statusTilt/statusZoom).
    pub enum PtzMoveStatus {
        /// idle — 静止.
        Idle = "idle",
        /// moving — 正在移动.
        Moving = "moving",
        /// unknown — 未知 (a documented value, distinct from an undocumented one).
        Undetermined = "unknown",
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.1

device_request! {
    /// 获取云台(ptz)能力集 — the PTZ capability set (1.4.4.4.1). Needs a device whose
    /// capability `ptz` is 1.
    pub struct GetPtzCapability ("1.4.4.4.1", channel: required) {}
}

target_ctors!(GetPtzCapability, required);

impl GetPtzCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetPtzCapability => PtzCapability, POST "/vms/open/deviceConfig/v1/getPtzCapability", read, validate);

/// IPC云台(ptz)能力集 — result of 1.4.4.4.1 (表 1.4.4.4.1-1, 61 members).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PtzCapability {
    /// position_pan_range: 支持的水平方向移动范围 — pan range, two float strings in [-1, 1]; ["0.000000","0.000000"]: no pan (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub position_pan_range: Vec<String>,
    /// position_tilt_range: 支持的垂直方向移动范围 — tilt range, two float strings in [-1, 1]; ["0.000000","0.000000"]: no tilt (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub position_tilt_range: Vec<String>,
    /// position_zoom_range: 支持的缩放倍数范围 — zoom range, two float strings in [0, 1]; absent: no zoom (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub position_zoom_range: Vec<String>,
    /// speed_pan_max: 支持的水平移动速度最大值 — maximum pan speed, a float string in [0, 1] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub speed_pan_max: Option<String>,
    /// speed_tilt_max: 支持的垂直移动速度最大值 — maximum tilt speed, a float string in [0, 1] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub speed_tilt_max: Option<String>,
    /// speed_zoom_max: 支持的缩放速度最大值 — maximum zoom speed, a float string in [0, 1] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub speed_zoom_max: Option<String>,
    /// eflip_mode: 垂直翻转模式 — vertical flip modes of the PTZ motor (`off`, `on`); absent: unsupported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub eflip_mode: Vec<String>,
    /// reverse_mode: 中心反转 — centre reverse modes (`off`, `on`, `auto`); absent: unsupported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub reverse_mode: Vec<String>,
    /// home_position_mode: 是否支持原点功能 — home position: `none`, `fixed` or `configurable` (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub home_position_mode: Option<String>,
    /// absolute_move_supported: 是否支持绝对移动 — `1`: absolute moves (1.4.4.4.22) supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub absolute_move_supported: Option<String>,
    /// relative_move_supported: 是否支持相对移动 — `1`: relative moves supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub relative_move_supported: Option<String>,
    /// continuous_move_supported: 是否支持连续移动 — `1`: continuous moves supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub continuous_move_supported: Option<String>,
    /// scan_supported: 是否支持扫描 — `1`: scanning supported (motionCtrl direction 9) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub scan_supported: Option<String>,
    /// scan_support_type_list: 扫描支持类型列表 — scan types (`auto_scan`, `frame_scan`, `random_scan`, `panorama_scan`, `tilt_scan`) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub scan_support_type_list: Vec<String>,
    /// preset_supported: 是否支持预置点相关操作 — `1`: presets (1.4.4.4.8–11) supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub preset_supported: Option<String>,
    /// preset_number_max: 最大支持的预置点个数 — maximum number of presets (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub preset_number_max: Option<String>,
    /// tour_supported: 是否支持巡航功能 — `1`: tours (1.4.4.4.12–17) supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub tour_supported: Option<String>,
    /// tour_number_max: 最大支持的巡航路径个数 — maximum number of tours (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub tour_number_max: Option<String>,
    /// tour_spots_number_max: 每条巡航最大支持的巡航点数量 — maximum presets per tour (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub tour_spots_number_max: Option<String>,
    /// tour_recurring_times_range: 支持的巡航次数范围 — tour repetition range, two integer strings (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tour_recurring_times_range: Vec<String>,
    /// tour_recurring_duration_range: 支持的巡航时间 — tour duration range in milliseconds, two integer strings (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tour_recurring_duration_range: Vec<String>,
    /// tour_stay_time_range: 巡航点停留的时间 — stay time range at a tour point in milliseconds, two integer strings (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tour_stay_time_range: Vec<String>,
    /// pattern_supported: 是否支持花样扫描功能 — `1`: pattern scans supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub pattern_supported: Option<String>,
    /// pattern_number_max: 最大支持的花样扫描路径个数 — maximum number of patterns (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub pattern_number_max: Option<String>,
    /// pattern_spots_number_max: 每条花样扫描路径最大支持的操作数量 — maximum operations per pattern (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub pattern_spots_number_max: Option<String>,
    /// park_supported: 是否支持守望功能 — `1`: park (守望, 1.4.4.4.18/19) supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub park_supported: Option<String>,
    /// park_support_mode_list: 守望操作类型列表 — park modes supported (see [`ParkActionMode`]) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub park_support_mode_list: Vec<String>,
    /// park_time_range: 支持的守望时间范围 — park time range in seconds, two integer strings (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub park_time_range: Vec<String>,
    /// plan_supported: 是否支持定时任务功能 — `1`: scheduled tasks supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub plan_supported: Option<String>,
    /// plan_support_type_list: 定时任务操作类型 — scheduled task types (`auto_scan` … `reboot`, `adjust`, `auxoutput`, `disable`) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub plan_support_type_list: Vec<String>,
    /// plan_resume_time_range: 支持的定时任务恢复时间范围 — scheduled task resume time range in seconds (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub plan_resume_time_range: Vec<String>,
    /// plan_number_of_oneday_max: 支持的一天最大定时任务数 — maximum scheduled tasks per day (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub plan_number_of_oneday_max: Option<String>,
    /// poweroff_save_supported: 是否支持断电记忆功能 — `1`: power-off memory supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub poweroff_save_supported: Option<String>,
    /// poweroff_save_time_range: 断电记忆的时间范围 — power-off memory time range in seconds (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub poweroff_save_time_range: Vec<String>,
    /// elevation_angle_max: 支持的垂直最大仰角范围 — maximum elevation angle in degrees; absent or 0: none (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub elevation_angle_max: Option<String>,
    /// limit_supported: 是否支持限位功能 — `1`: limits supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub limit_supported: Option<String>,
    /// calibrate_supported: 是否支持手动校准功能 — `1`: manual calibration (motionCtrl direction 15) supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub calibrate_supported: Option<String>,
    /// scan_tour_supported: 是否支持扫描巡航功能 — `1`: scan tours supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub scan_tour_supported: Option<String>,
    /// multipoint_tour_supported: 是否支持多点巡航功能 — `1`: multipoint tours supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub multipoint_tour_supported: Option<String>,
    /// panorama_supported: 是否支持生成全景图功能 — `1`: panorama generation supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub panorama_supported: Option<String>,
    /// picture_number: 用于生成全景图总的图片数量 — pictures per panorama (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub picture_number: Option<String>,
    /// overlap_width_percent: 生成全景图时图片重合宽度比例 — panorama overlap, a float string in [0, 100] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub overlap_width_percent: Option<String>,
    /// panorama_x_coord_start: 生成全景图起始时的水平电机位置 — panorama start pan position in degrees (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub panorama_x_coord_start: Option<String>,
    /// panorama_x_coord_end: 生成全景图结束时的水平电机位置 — panorama end pan position in degrees (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub panorama_x_coord_end: Option<String>,
    /// distortion_correction_k1: 镜头畸变矫正参数 k1 — lens distortion correction k1, a float string in [0, 100] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub distortion_correction_k1: Option<String>,
    /// distortion_correction_k2: 镜头畸变矫正参数 k2 — lens distortion correction k2, a float string in [0, 100] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub distortion_correction_k2: Option<String>,
    /// zoom_multiple_range: 倍数切换功能支持的倍数最小值和最大值 — zoom multiple range `[min, max]`, one decimal (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub zoom_multiple_range: Vec<String>,
    /// extend_zoom_method: 更多的变焦方式 — extra zoom methods (`smooth`, `direct`) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub extend_zoom_method: Vec<String>,
    /// beyond_move_range: 支持的超过软件限位的转动范围 — range beyond the software limits, two floats in [-4, 4] (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub beyond_move_range: Vec<String>,
    /// position3D_unsupported: 是否不支持3D定位和镜头居中 — `1`: no 3D positioning / centring (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(rename = "position3D_unsupported")]
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub position_3d_unsupported: Option<String>,
    /// pan_tilt_rotate_sync_unsupported: 是否不支持水平垂直电机同时转动 — `1`: pan and tilt cannot move together (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub pan_tilt_rotate_sync_unsupported: Option<String>,
    /// quick_tour_unsupported: 是否不支持一键巡航 — `1`: no one-key tour (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub quick_tour_unsupported: Option<String>,
    /// quick_park_unsupported: 是否不支持一键守望 — `1`: no one-key park (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub quick_park_unsupported: Option<String>,
    /// preset_image_freeze_unsupported: 是否不支持预置点视频冻结 — `1`: no image freeze at presets (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub preset_image_freeze_unsupported: Option<String>,
    /// app_zoom_multiple_range: 客户端自身的缩放倍率范围 — the client's own zoom multiple range (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_zoom_multiple_range: Vec<String>,
    /// zoom_limit_supported: 是否支持变倍限制功能 — `1`: zoom limit (1.4.4.4.21) supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub zoom_limit_supported: Option<String>,
    /// zoom_limit_multiple_list: 设备支持变倍限制的变倍倍数 — zoom limit multiples supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub zoom_limit_multiple_list: Vec<String>,
    /// angle_relative_move_supported: 是否支持通过角度控制相对移动 — `1`: relative moves by angle supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub angle_relative_move_supported: Option<String>,
    /// dynamic_zoom_multiple_range: 设备动态支持的倍率范围 — dynamic zoom ranges (`min-max` each) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub dynamic_zoom_multiple_range: Vec<String>,
    /// dynamic_zoom_multiple_type: 设备动态支持的倍率范围对应的类型 — type of each dynamic zoom range (`0` default, `1` night power saving) (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub dynamic_zoom_multiple_type: Vec<String>,
    /// ptz_lock_supported: 是否支持云台锁定功能 — `1`: PTZ lock and unlock supported (表 1.4.4.4.1-1, 1.4.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub ptz_lock_supported: Option<String>,
}

impl PtzCapability {
    /// Presets are supported (`preset_supported` is `"1"`).
    pub fn presets_supported(&self) -> bool {
        flag(&self.preset_supported)
    }

    /// Tours are supported (`tour_supported` is `"1"`).
    pub fn tours_supported(&self) -> bool {
        flag(&self.tour_supported)
    }

    /// Park (守望) is supported (`park_supported` is `"1"`).
    pub fn park_supported(&self) -> bool {
        flag(&self.park_supported)
    }

    /// Scanning is supported (`scan_supported` is `"1"`).
    pub fn scan_supported(&self) -> bool {
        flag(&self.scan_supported)
    }

    /// Absolute moves are supported (`absolute_move_supported` is `"1"`).
    pub fn absolute_move_supported(&self) -> bool {
        flag(&self.absolute_move_supported)
    }

    /// The device can zoom (a `position_zoom_range` is present).
    pub fn zoom_supported(&self) -> bool {
        !self.position_zoom_range.is_empty()
    }

    /// The maximum number of presets, when stated.
    pub fn preset_number_max(&self) -> Option<u32> {
        self.preset_number_max.as_deref()?.trim().parse().ok()
    }

    /// The device has a PTZ at all: pan or tilt range other than
    /// `["0.000000","0.000000"]` (表 1.4.4.4.1-1 rows 1–2).
    pub fn pan_tilt_supported(&self) -> bool {
        let moves = |r: &[String]| {
            r.iter()
                .any(|v| v.trim().parse::<f64>().is_ok_and(|f| f != 0.0))
        };
        moves(&self.position_pan_range) || moves(&self.position_tilt_range)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.2

device_request! {
    /// 获取云台(motor)能力集 — the motor (non-PTZ pan/tilt) capability set (1.4.4.4.2).
    /// Needs a device whose capability `motor` is 1.
    pub struct GetMotorCapability ("1.4.4.4.2", channel: required) {}
}

target_ctors!(GetMotorCapability, required);

impl GetMotorCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetMotorCapability => MotorCapability, POST "/vms/open/deviceConfig/v1/getMotorCapability", read, validate);

/// IPC云台(motor)能力集 — result of 1.4.4.4.2 (表 1.4.4.4.2-1). The example answers
/// `"disabled"` for flags the table documents as `1`/`0`; both are kept as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MotorCapability {
    /// x_coord_min: 水平电机逆时针方向的最大可转动位置 — counter-clockwise pan limit in degrees, -180–0 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub x_coord_min: Option<String>,
    /// x_coord_max: 水平电机顺时针方向的最大可转动位置 — clockwise pan limit in degrees, 0–180 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub x_coord_max: Option<String>,
    /// y_coord_min: 垂直电机的最小位置 — lower tilt limit in degrees, -90–0 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub y_coord_min: Option<String>,
    /// y_coord_max: 垂直电机的最大位置 — upper tilt limit in degrees, 0–90 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub y_coord_max: Option<String>,
    /// x_max_speed: 水平电机转动最大速度 — maximum pan speed (device-defined steps) (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub x_max_speed: Option<String>,
    /// y_max_speed: 垂直电机转动最大速度 — maximum tilt speed (device-defined steps) (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub y_max_speed: Option<String>,
    /// simultaneous: 水平电机与竖直电机能否同时转动 — `1`: pan and tilt can move together (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub simultaneous: Option<String>,
    /// preset: 是否支持预置点功能 — `1`: presets supported (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub preset: Option<String>,
    /// calibrate: 是否支持手动校准功能 — `1`: manual calibration supported (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub calibrate: Option<String>,
    /// scan_tour: 是否支持扫描巡航功能 — `1`: scan tours supported (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub scan_tour: Option<String>,
    /// multipoint_tour: 是否支持多点巡航功能 — `1`: multipoint tours supported (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub multipoint_tour: Option<String>,
    /// panorama: 是否支持生成全景图功能 — `1`: panorama generation supported (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub panorama: Option<String>,
    /// picture_number: 用于生成全景图总的图片数量 — pictures per panorama (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub picture_number: Option<String>,
    /// overlap_width_percent: 生成全景图时图片重合宽度比例 — panorama overlap, 0–100.0 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub overlap_width_percent: Option<String>,
    /// panorama_x_coord_start: 生成全景图起始时的水平电机位置 — panorama start pan position in degrees (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub panorama_x_coord_start: Option<String>,
    /// panorama_x_coord_end: 生成全景图结束时的水平电机位置 — panorama end pan position in degrees (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub panorama_x_coord_end: Option<String>,
    /// distortion_correction_k1: 镜头畸变矫正参数 — lens distortion correction k1 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub distortion_correction_k1: Option<String>,
    /// distortion_correction_k2: 镜头畸变矫正参数 — lens distortion correction k2 (表 1.4.4.4.2-1, 1.4.4.4.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub distortion_correction_k2: Option<String>,
}

impl MotorCapability {
    /// Presets are supported (`preset` is `"1"`).
    pub fn presets_supported(&self) -> bool {
        flag(&self.preset)
    }

    /// Manual calibration (motionCtrl direction 15) is supported (`calibrate` is `"1"`).
    pub fn calibrate_supported(&self) -> bool {
        flag(&self.calibrate)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.3

device_request! {
    /// 获取调焦能力集 — the focus capability set (1.4.4.4.3).
    pub struct GetFocusCapability ("1.4.4.4.3", channel: required) {}
}

target_ctors!(GetFocusCapability, required);

impl GetFocusCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetFocusCapability => FocusCapability, POST "/vms/open/deviceConfig/v1/getFocusCapability", read, validate);

/// 调焦能力集 — result of 1.4.4.4.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FocusCapability {
    /// focusSupported — 是否支持聚焦: `"1"` supported, `"0"`/absent not (1.4.4.4.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub focus_supported: Option<String>,
    /// focusLimitedRange — 最小焦距合法取值范围, in cm (`"10"` … `"2000"`: 10 cm … 20 m)
    /// (1.4.4.4.3).
    #[serde(
        default,
        with = "crate::api::device_config::text::vec_text",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub focus_limited_range: Vec<String>,
}

impl FocusCapability {
    /// Focusing is supported (`focusSupported` is `"1"`).
    pub fn supported(&self) -> bool {
        flag(&self.focus_supported)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.18 / 1.4.4.4.19

device_request! {
    /// 获取云台守望配置 — the park (守望) configuration (1.4.4.4.18). Needs
    /// `park_supported` = 1.
    pub struct GetParkConfig ("1.4.4.4.18", channel: required) {}
}

target_ctors!(GetParkConfig, required);

impl GetParkConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetParkConfig => ParkConfig, POST "/vms/open/deviceConfig/v1/getParkConfig", read, validate);

/// 云台守望配置 — result of 1.4.4.4.18.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParkConfig {
    /// enabled — 守望功能是否开启 (0/1 on the wire) (1.4.4.4.18).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<bool>,
    /// parkTime — 守望时间 in seconds: idle time before returning to the park position
    /// (1.4.4.4.18).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub park_time: Option<i64>,
    /// actionMode — 守望模式 (1.4.4.4.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_mode: Option<ParkActionMode>,
    /// actionId — tour, preset or pattern id for those modes (1.4.4.4.18).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub action_id: Option<String>,
}

device_request! {
    /// 云台设置守望配置 — set the park (守望) configuration (1.4.4.4.19).
    pub struct SetParkConfig ("1.4.4.4.19", channel: required) {
        /// enabled — 守望功能是否开启, 0/1 on the wire. Required (1.4.4.4.19).
        #[serde(with = "client_core::lenient::bool_int")]
        pub enabled: bool,
        /// parkTime — 守望时间 in seconds, within the capability's `park_time_range`
        /// (1.4.4.4.19).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub park_time: Option<i64>,
        /// actionMode — 守望模式, one of the capability's `park_support_mode_list`
        /// (1.4.4.4.19).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub action_mode: Option<ParkActionMode>,
        /// actionId — tour, preset or pattern id, for those modes only (1.4.4.4.19).
        #[serde(default, with = "client_core::lenient::opt_string", skip_serializing_if = "Option::is_none")]
        pub action_id: Option<String>,
    }
}

impl SetParkConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if let Some(t) = self.park_time {
            client_core::validate::at_least(path, "parkTime", t, 0)?;
        }
        if let Some(ParkActionMode::Unknown(m)) = &self.action_mode {
            return Err(client_core::Error::invalid(
                path,
                format!("actionMode {m:?} is not a documented park mode"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SetParkConfig => client_core::Ack, POST "/vms/open/deviceConfig/v1/setParkConfig", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.4.20

device_request! {
    /// 获取云台位置信息和移动信息 — PTZ position and movement (1.4.4.4.20).
    pub struct GetPtzStatus ("1.4.4.4.20", channel: required) {}
}

target_ctors!(GetPtzStatus, required);

impl GetPtzStatus {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetPtzStatus => PtzStatus, POST "/vms/open/deviceConfig/v1/getPtzStatus", read, validate);

/// 云台位置信息和移动信息 — result of 1.4.4.4.20. Positions are floats in the table and
/// strings in the example (`"0.300000"`); both are read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PtzStatus {
    /// positionPan — 当前的水平位置 (1.4.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub position_pan: Option<f64>,
    /// positionTilt — 当前的垂直位置 (1.4.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub position_tilt: Option<f64>,
    /// positionZoom — 当前的缩放倍数 (1.4.4.4.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub position_zoom: Option<f64>,
    /// statusPan — 水平方向是否在移动 (1.4.4.4.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_pan: Option<PtzMoveStatus>,
    /// statusTilt — 垂直方向是否在移动 (1.4.4.4.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_tilt: Option<PtzMoveStatus>,
    /// statusZoom — 是否在缩放; absent without `position_zoom_range` (1.4.4.4.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_zoom: Option<PtzMoveStatus>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.21

device_request! {
    /// 获取云台变倍限制配置 — the zoom limit (1.4.4.4.21). Needs `zoom_limit_supported` = 1.
    pub struct GetZoomLimitConfig ("1.4.4.4.21", channel: required) {}
}

target_ctors!(GetZoomLimitConfig, required);

impl GetZoomLimitConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetZoomLimitConfig => ZoomLimitConfig, POST "/vms/open/deviceConfig/v1/getZoomLimitConfig", read, validate);

/// 云台变倍限制配置 — result of 1.4.4.4.21.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ZoomLimitConfig {
    /// multiple — 限制设备的变倍倍数, an integer string in `["40","80","160","320","640"]`
    /// (1.4.4.4.21).
    #[serde(
        default,
        with = "crate::api::device_config::text::opt_int_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub multiple: Option<i64>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.4.22

device_request! {
    /// 云台绝对运动 — move the PTZ to an absolute position (1.4.4.4.22). Needs
    /// `absolute_move_supported` = 1. A directly bound IPC needs at least one position
    /// (checked); an IPC behind an NVR needs `position_pan` and `position_tilt` (the
    /// client cannot tell the two apart, the platform checks that).
    pub struct AbsoluteMove ("1.4.4.4.22", channel: required) {
        /// positionPan — 需移动到的水平位置, `[-1, 1]` (1.4.4.4.22).
        #[serde(default, with = "client_core::lenient::opt_float", skip_serializing_if = "Option::is_none")]
        pub position_pan: Option<f64>,
        /// positionTilt — 需移动到的垂直位置, `[-1, 1]` (1.4.4.4.22).
        #[serde(default, with = "client_core::lenient::opt_float", skip_serializing_if = "Option::is_none")]
        pub position_tilt: Option<f64>,
        /// positionZoom — 需缩放到的倍数, `[0, 1]` (1.4.4.4.22).
        #[serde(default, with = "client_core::lenient::opt_float", skip_serializing_if = "Option::is_none")]
        pub position_zoom: Option<f64>,
        /// speedPan — 水平移动的速率, `[0, 1]` (1.4.4.4.22).
        #[serde(default, with = "client_core::lenient::opt_float", skip_serializing_if = "Option::is_none")]
        pub speed_pan: Option<f64>,
        /// speedTilt — 垂直移动的速率, `[0, 1]` (1.4.4.4.22).
        #[serde(default, with = "client_core::lenient::opt_float", skip_serializing_if = "Option::is_none")]
        pub speed_tilt: Option<f64>,
        /// speedZoom — 缩放的速率, `[0, 1]` (1.4.4.4.22).
        #[serde(default, with = "client_core::lenient::opt_float", skip_serializing_if = "Option::is_none")]
        pub speed_zoom: Option<f64>,
    }
}

impl AbsoluteMove {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if self.position_pan.is_none()
            && self.position_tilt.is_none()
            && self.position_zoom.is_none()
        {
            return Err(client_core::Error::invalid(
                path,
                "at least one of positionPan, positionTilt and positionZoom is required",
            ));
        }
        unit(path, "positionPan", self.position_pan, -1.0, 1.0)?;
        unit(path, "positionTilt", self.position_tilt, -1.0, 1.0)?;
        unit(path, "positionZoom", self.position_zoom, 0.0, 1.0)?;
        unit(path, "speedPan", self.speed_pan, 0.0, 1.0)?;
        unit(path, "speedTilt", self.speed_tilt, 0.0, 1.0)?;
        unit(path, "speedZoom", self.speed_zoom, 0.0, 1.0)
    }
}

client_core::endpoint!(AbsoluteMove => client_core::Ack, POST "/vms/open/deviceConfig/v1/absoluteMove", write, validate);
