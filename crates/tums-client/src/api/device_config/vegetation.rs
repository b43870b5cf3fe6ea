//! Multispectral cameras: vegetation index detection — 1.4.4.8.1–1.4.4.8.3 (2026
//! edition, 多光谱摄像机设备设置). Paths under `/openapi/opAgriDeviceManager/`.
//!
//! The result's snapshot and data links are pre-signed download URLs valid for 30
//! minutes; they are not printed by `Debug` beyond their host.

use serde::{Deserialize, Serialize};

use crate::api::check;

client_core::int_enum! {
    /// 设备检测状态 — detection state (1.4.4.8.2 status).
    pub enum VegetationDetectState {
        /// 0 — 空闲, idle.
        Idle = 0,
        /// 1 — 手动检测中, manual detection running.
        Detecting = 1,
    }
}

client_core::int_enum! {
    /// 植被指标类型 — vegetation index (1.4.4.8.3 vegetationIndex).
    pub enum VegetationIndex {
        /// 0 — NDVI.
        Ndvi = 0,
        /// 1 — GNDVI.
        Gndvi = 1,
    }
}

client_core::int_enum! {
    /// 波段名称 — spectral band (1.4.4.8.3 bandIndex).
    pub enum SpectralBand {
        /// 0 — 红, red.
        Red = 0,
        /// 1 — 红边1, red edge 1.
        RedEdge1 = 1,
        /// 2 — 红边2, red edge 2.
        RedEdge2 = 2,
        /// 3 — 近红外, near infrared.
        NearInfrared = 3,
        /// 4 — 蓝, blue.
        Blue = 4,
        /// 5 — 绿, green.
        Green = 5,
    }
}

device_request! {
    /// 开启植被指数检测 — start a manual vegetation index detection (1.4.4.8.1). At least
    /// one of NDVI and GNDVI must be enabled; the device must be online.
    pub struct StartVegetationManualDetect ("1.4.4.8.1", channel: required) {
        /// isNdviEnabled — 是否启用NDVI指标 (1.4.4.8.1).
        #[serde(default, with = "client_core::lenient::opt_bool", skip_serializing_if = "Option::is_none")]
        pub is_ndvi_enabled: Option<bool>,
        /// isGndviEnabled — 是否启用GNDVI指标 (1.4.4.8.1).
        #[serde(default, with = "client_core::lenient::opt_bool", skip_serializing_if = "Option::is_none")]
        pub is_gndvi_enabled: Option<bool>,
    }
}

impl StartVegetationManualDetect {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if self.is_ndvi_enabled == Some(true) || self.is_gndvi_enabled == Some(true) {
            Ok(())
        } else {
            Err(client_core::Error::invalid(
                path,
                "at least one of isNdviEnabled and isGndviEnabled must be true",
            ))
        }
    }
}

client_core::endpoint!(StartVegetationManualDetect => VegetationDetectTask, POST "/openapi/opAgriDeviceManager/v1/startVegetationManualDetect", write, validate);

/// 植被检测任务 — result of 1.4.4.8.1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VegetationDetectTask {
    /// waitTime — 检测等待时间 in seconds; past it the task may be taken as timed out
    /// (1.4.4.8.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub wait_time: Option<i64>,
    /// detId — 检测ID; the running detection's id when one is unfinished (1.4.4.8.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub det_id: Option<String>,
}

/// 获取检测进度 — the state of a detection (1.4.4.8.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetVegetationDetectStatus {
    /// detId — 检测ID from 1.4.4.8.1. Required (1.4.4.8.2).
    pub det_id: String,
}

impl GetVegetationDetectStatus {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "detId", &self.det_id)
    }
}

client_core::endpoint!(GetVegetationDetectStatus => VegetationDetectStatus, POST "/openapi/opAgriDeviceManager/v1/getVegetationDetectStatus", read, validate);

/// 检测进度 — result of 1.4.4.8.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VegetationDetectStatus {
    /// detId — 检测ID (1.4.4.8.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub det_id: Option<String>,
    /// status — 设备检测状态 (1.4.4.8.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<VegetationDetectState>,
}

/// 获取检测结果 — the results of a detection (1.4.4.8.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetVegetationDetectResult {
    /// detId — 检测ID from 1.4.4.8.1. Required (1.4.4.8.3).
    pub det_id: String,
}

impl GetVegetationDetectResult {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "detId", &self.det_id)
    }
}

client_core::endpoint!(GetVegetationDetectResult => VegetationDetectResult, POST "/openapi/opAgriDeviceManager/v1/getVegetationDetectResult", read, validate);

/// 检测结果 — result of 1.4.4.8.3.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VegetationDetectResult {
    /// detId — 检测ID (1.4.4.8.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub det_id: Option<String>,
    /// visibleLightSnapshotList — 可见光抓图 (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visible_light_snapshot_list: Vec<VegetationSample>,
    /// vegetationIndexList — 植被指标 per index (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vegetation_index_list: Vec<VegetationSample>,
    /// singleBandReflectList — 单波段反射 per band (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub single_band_reflect_list: Vec<VegetationSample>,
    /// ambientLightSensorDataList — 环境光传感器数据 files (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ambient_light_sensor_data_list: Vec<VegetationSample>,
}

/// One entry of the 1.4.4.8.3 lists (the four share their members: `timestamp`,
/// `sceneId`, a link, and the index or band they measure).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VegetationSample {
    /// timestamp — 上报时间戳, UNIX seconds (1.4.4.8.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub timestamp: Option<i64>,
    /// sceneId — 场景编号; 0: triggered by a manual detection (1.4.4.8.3; the example
    /// spells it `scendId`, accepted).
    #[serde(
        default,
        alias = "scendId",
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub scene_id: Option<i64>,
    /// snapshot — 抓图下载路径, a pre-signed link valid 30 min (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// data — 文件下载地址 of ambient light sensor data, pre-signed, 30 min (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// vegetationIndex — 植被指标类型 (vegetationIndexList only) (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vegetation_index: Option<VegetationIndex>,
    /// average — 指标平均数, `[-1, 1]` (vegetationIndexList only; a string in the
    /// example) (1.4.4.8.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub average: Option<f64>,
    /// bandIndex — 波段名称 (singleBandReflectList only) (1.4.4.8.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band_index: Option<SpectralBand>,
}

/// The link without its query string (the pre-signed signature).
fn redact(link: &Option<String>) -> Option<&str> {
    link.as_deref().map(|l| l.split('?').next().unwrap_or(l))
}

impl std::fmt::Debug for VegetationSample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VegetationSample")
            .field("timestamp", &self.timestamp)
            .field("scene_id", &self.scene_id)
            .field("snapshot", &redact(&self.snapshot))
            .field("data", &redact(&self.data))
            .field("vegetation_index", &self.vegetation_index)
            .field("average", &self.average)
            .field("band_index", &self.band_index)
            .finish()
    }
}
