//! 1.4.10 AI 图像检测分析 — AI image inspection: run cloud algorithms on device captures
//! or uploaded pictures (TUMS 2026-08-31 edition, 1.4.10.1–1.4.10.8).
//!
//! Pick algorithms with [`GetStandardAlgorithmBasicInfo`] (and pin versions with
//! [`BatchSetAlgorithmVersion`]), start a task on device captures with
//! [`StartAiInspectionTask`] or on pictures with [`AiInspectionUpload`] (multipart, sent
//! with [`crate::Client::upload`]) / [`StartAiInspectionTaskWithImage`] (picture URLs,
//! JSON), then read [`GetAiInspectionTaskResult`] (or receive [`AiInspectionCallback`]
//! at `callbackAddress`) and finally [`BatchDeleteAiTaskResult`].
//!
//! At most 50 inspections per task: devices (or pictures) × algorithms ≤ 50.
//!
//! **Partial failures:** a [`GetAiInspectionTaskResult`] answer whose `failList` is not
//! empty (some devices could not be captured) reaches [`crate::Client::send`] as
//! [`crate::Error::PartialFailure`], like every TUMS answer carrying a `failList`: its
//! `fail_list` holds the cameras that failed and its `result` the rest of the answer
//! (`taskStatus`, `taskResultList`; `serde_json::from_value::<AiTaskResult>` reads it).
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::ai_inspection::*;
//!
//! let region = InspectionRegions::rectangle(0, 0, 10_000, 10_000);
//! let req = StartAiInspectionTask::live(
//!     vec!["smoking-detection".into()],
//!     vec![AiDevice::qr_code("16E0091709B04C926", 1).with_regions(&region)],
//! );
//! assert!(req.validate().is_ok());
//! let too_many = StartAiInspectionTask::live(
//!     vec!["a".into(); 11],
//!     vec![AiDevice::qr_code("16E0091709B04C926", 1); 5],
//! );
//! assert!(too_many.validate().is_err()); // 55 > 50 inspections
//! ```

use client_core::{Error, MultipartField, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use super::check;
use super::upload::{Upload, UploadFile};
use crate::envelope::PagedList;

/// Largest `limit` of [`GetStandardAlgorithmBasicInfo`] (`[1, 1000]`, 1.4.10.2).
pub const ALGORITHM_LIST_MAX_LIMIT: u32 = 1000;
/// Most inspections of one task: devices (or pictures) × algorithms (1.4.10.4/8).
pub const MAX_INSPECTIONS: usize = 50;
/// Longest `algorithmInfoList` of [`BatchSetAlgorithmVersion`] (`[1, 50]`, 1.4.10.3).
pub const MAX_ALGORITHM_VERSIONS: usize = 50;
/// Longest `taskIdList` of [`BatchDeleteAiTaskResult`] (`[1, 20]`, 1.4.10.7).
pub const MAX_DELETE_TASKS: usize = 20;
/// Most pictures of one upload (至多传5张图片, 1.4.10.8).
pub const MAX_UPLOAD_IMAGES: usize = 5;
/// Largest picture of an upload (5 MB, 1.4.10.8).
pub const MAX_UPLOAD_IMAGE_BYTES: usize = 5 * 1024 * 1024;
/// `expireDays` of an AI task: `[0, 730]`, 0 = delete once inspected (1.4.10.4/8).
pub const MAX_AI_EXPIRE_DAYS: i64 = 730;
/// Most regions of a `regionConfig` (1.4.10.4/8).
pub const MAX_REGIONS: usize = 4;
/// Most vertices of one region (1.4.10.4/8).
pub const MAX_REGION_POINTS: usize = 8;
/// Largest coordinate (the picture spans `[0, 10000]` both ways, 1.4.10.4/8).
pub const MAX_COORDINATE: i64 = 10_000;

client_core::str_enum! {
    /// 算法类别 — algorithm category (表 1.4.10.1-1); the wire values are the Chinese
    /// names.
    pub enum AlgorithmCategory {
        /// 通用安防 — general security.
        GeneralSecurity = "通用安防",
        /// 连锁企业 — retail chains.
        RetailChain = "连锁企业",
        /// 社区园区 — communities and parks.
        CommunityPark = "社区园区",
        /// 数字乡村 — digital villages.
        DigitalVillage = "数字乡村",
        /// 交通运输 — transport.
        Transport = "交通运输",
        /// 应急管理 — emergency management.
        EmergencyManagement = "应急管理",
        /// 交警行业 — traffic police.
        TrafficPolice = "交警行业",
        /// 公安行业 — public security.
        PublicSecurity = "公安行业",
        /// 城管市政 — city management.
        CityManagement = "城管市政",
        /// 水利水务 — water resources.
        WaterResources = "水利水务",
        /// 能源冶金 — energy and metallurgy.
        EnergyMetallurgy = "能源冶金",
    }
}

client_core::int_enum! {
    /// 抓图方式 — how the device picture is taken (1.4.10.4 type).
    pub enum AiCaptureType {
        /// 1 — 实时抓图, live.
        Live = 1,
        /// 2 — 回放抓图, from the recording at `playbackTime`.
        Playback = 2,
    }
}

client_core::int_enum! {
    /// 任务状态 — state of an AI inspection task (1.4.10.6 taskStatus).
    pub enum AiTaskStatus {
        /// 0 — 设备抓图中, capturing.
        Capturing = 0,
        /// 1 — 设备抓图已完成，AI算法推理中, inferring.
        Inferring = 1,
        /// 2 — 任务已完成, done.
        Done = 2,
    }
}

client_core::str_enum! {
    /// 推理结果 — the verdict of a single-output algorithm (1.4.10.5/6
    /// algorithmResult). A multi-output algorithm's JSON text arrives as `Unknown` (see
    /// [`AiImageResult::outputs`]).
    pub enum InspectionVerdict {
        /// UNAVAILABLE — 不适用, not applicable.
        Unavailable = "UNAVAILABLE",
        /// UNQUALIFIED — 不合格, failed.
        Unqualified = "UNQUALIFIED",
        /// QUALIFIED — 合格, passed.
        Qualified = "QUALIFIED",
    }
}

// ---------------------------------------------------------------------------------
// regionConfig

/// 巡检区域参数 — the closed polygons to inspect (1.4.10.4/8 regionConfig), sent as JSON
/// text: `{"region_info":[{"pt_x":[…],"pt_y":[…],"pt_num":4,"id":1}]}`. At most 4
/// regions numbered 1, 2… in order, at most 8 vertices each, coordinates in
/// `[0, 10000]` from the top-left corner.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InspectionRegions {
    /// region_info — the regions.
    #[serde(default)]
    pub region_info: Vec<InspectionRegion>,
}

/// One polygon of [`InspectionRegions`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InspectionRegion {
    /// pt_x — vertex x coordinates.
    #[serde(default)]
    pub pt_x: Vec<i64>,
    /// pt_y — vertex y coordinates.
    #[serde(default)]
    pub pt_y: Vec<i64>,
    /// pt_num — the number of vertices.
    #[serde(default)]
    pub pt_num: i64,
    /// id — 1 to 4, in order.
    #[serde(default)]
    pub id: i64,
}

impl InspectionRegions {
    /// One rectangular region from (`x0`, `y0`) to (`x1`, `y1`).
    pub fn rectangle(x0: i64, y0: i64, x1: i64, y1: i64) -> Self {
        Self {
            region_info: vec![InspectionRegion {
                pt_x: vec![x0, x1, x1, x0],
                pt_y: vec![y0, y0, y1, y1],
                pt_num: 4,
                id: 1,
            }],
        }
    }

    /// The JSON text sent as `regionConfig`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Checks the documented limits; `field` names the member in messages.
    pub fn check(&self, path: &str, field: &str) -> Result<(), Error> {
        check::len(
            path,
            &format!("{field}.region_info"),
            self.region_info.len(),
            1,
            MAX_REGIONS,
        )?;
        for (i, r) in self.region_info.iter().enumerate() {
            let at = format!("{field}.region_info[{i}]");
            if r.id != i as i64 + 1 {
                return Err(Error::invalid(
                    path,
                    format!(
                        "{at}.id must be {} (ids 1..=4 in order), got {}",
                        i + 1,
                        r.id
                    ),
                ));
            }
            check::len(
                path,
                &format!("{at}.pt_x"),
                r.pt_x.len(),
                3,
                MAX_REGION_POINTS,
            )?;
            if r.pt_y.len() != r.pt_x.len() || r.pt_num != r.pt_x.len() as i64 {
                return Err(Error::invalid(
                    path,
                    format!(
                        "{at}: pt_x ({}), pt_y ({}) and pt_num ({}) must agree",
                        r.pt_x.len(),
                        r.pt_y.len(),
                        r.pt_num
                    ),
                ));
            }
            for v in r.pt_x.iter().chain(&r.pt_y) {
                check::range(path, &format!("{at} coordinate"), *v, 0, MAX_COORDINATE)?;
            }
        }
        Ok(())
    }
}

fn region_config(path: &str, field: &str, text: &Option<String>) -> Result<(), Error> {
    let Some(text) = text else { return Ok(()) };
    let regions: InspectionRegions = serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            path,
            format!("{field} must be region JSON ({{\"region_info\":[…]}}): {e}"),
        )
    })?;
    regions.check(path, field)
}

fn inspections(path: &str, what: &str, targets: usize, algorithms: usize) -> Result<(), Error> {
    check::len(path, "algorithmIdList", algorithms, 1, MAX_INSPECTIONS)?;
    if targets.saturating_mul(algorithms) > MAX_INSPECTIONS {
        return Err(Error::invalid(
            path,
            format!(
                "{what} × algorithms must be at most {MAX_INSPECTIONS}, got {targets} × {algorithms}"
            ),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// 1.4.10.2

/// 获取标准算法列表 — list the standard algorithms (1.4.10.2), paged with
/// `start`/`limit` (`[1, 1000]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetStandardAlgorithmBasicInfo {
    /// 起始条目 — 0-based offset. Required (1.4.10.2).
    #[serde(with = "client_core::lenient::int")]
    pub start: i64,
    /// 条目总数 — page size `[1, 1000]`. Required (1.4.10.2).
    pub limit: u32,
    /// 筛选条件（与） — AND filter (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<AlgorithmFilterAnd>,
    /// 筛选条件（或） — OR filter (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<AlgorithmFilterOr>,
}

impl GetStandardAlgorithmBasicInfo {
    /// The first page, `limit` per page, unfiltered.
    pub fn new(limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            filter_and: None,
            filter_or: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::start(path, self.start)?;
        check::limit(path, self.limit, ALGORITHM_LIST_MAX_LIMIT)?;
        if let Some(like) = self
            .filter_or
            .as_ref()
            .and_then(|f| f.algorithm_name_like.as_deref())
        {
            check::max_chars(path, "filterOr.algorithmNameLike", like, 64)?;
        }
        Ok(())
    }
}

client_core::endpoint!(GetStandardAlgorithmBasicInfo => PagedList<Algorithm>, POST "/openapi/algorithmProduct/v1/getStandardAlgorithmBasicInfo", read, validate);

impl Paged for GetStandardAlgorithmBasicInfo {
    type Item = Algorithm;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = i64::try_from(page.offset()).unwrap_or(i64::MAX);
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<Algorithm>) -> Page<Algorithm> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 算法筛选（与） — AND filter of 1.4.10.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmFilterAnd {
    /// 算法类别 — category (表 1.4.10.1-1) (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_category: Option<AlgorithmCategory>,
}

/// 算法筛选（或） — OR filter of 1.4.10.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmFilterOr {
    /// 算法名称模糊查询 — name contains, at most 64 characters (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_name_like: Option<String>,
}

/// 标准算法 — one standard algorithm (1.4.10.2 list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Algorithm {
    /// 算法ID — algorithm id (1.4.10.2).
    #[serde(default)]
    pub algorithm_id: String,
    /// 算法名 — name (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_name: Option<String>,
    /// 算法简介 — description (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_introduction: Option<String>,
    /// 算法最新版本 — latest version (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_version: Option<String>,
    /// 算法所属类别列表 — categories (1.4.10.2).
    #[serde(default)]
    pub algorithm_category_list: Vec<AlgorithmCategory>,
    /// 算法版本列表 — versions, ascending (1.4.10.2).
    #[serde(default)]
    pub version_list: Vec<String>,
    /// 算法各版本详情 — per-version details (1.4.10.2).
    #[serde(default)]
    pub version_detail_list: Vec<AlgorithmVersionDetail>,
}

/// 算法版本详情 — one version of an algorithm (1.4.10.2 versionDetailList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmVersionDetail {
    /// 算法版本 — version (1.4.10.2).
    #[serde(default)]
    pub version: String,
    /// 该版本是否支持多输出 — multi-output version (1.4.10.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub support_multi_output: Option<bool>,
    /// 输出字段定义 — the outputs as JSON Schema text (1.4.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_fields_definition: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.10.3

/// 指定当前应用AI图像检测的算法版本号 — pin the algorithm versions this application uses
/// (1.4.10.3). Failures per algorithm come back as a `failList` in `result`
/// ([`crate::Error::PartialFailure`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchSetAlgorithmVersion {
    /// 待指定的算法信息列表 — 1–50 algorithms. Required (1.4.10.3).
    pub algorithm_info_list: Vec<AlgorithmVersionChoice>,
}

impl BatchSetAlgorithmVersion {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::len(
            path,
            "algorithmInfoList",
            self.algorithm_info_list.len(),
            1,
            MAX_ALGORITHM_VERSIONS,
        )?;
        for (i, a) in self.algorithm_info_list.iter().enumerate() {
            check::non_empty(
                path,
                &format!("algorithmInfoList[{i}].algorithmId"),
                &a.algorithm_id,
            )?;
            check::non_empty(
                path,
                &format!("algorithmInfoList[{i}].algorithmVersion"),
                &a.algorithm_version,
            )?;
        }
        Ok(())
    }
}

client_core::endpoint!(BatchSetAlgorithmVersion => AlgorithmVersionResult, POST "/openapi/aiInspection/v1/batchSetAlgorithmVersion", write, validate);

/// 算法信息 — one algorithm and the version to use (1.4.10.3 algorithmInfoList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmVersionChoice {
    /// 算法ID — algorithm id (standard: 1.4.10.2; custom: console). Required (1.4.10.3).
    pub algorithm_id: String,
    /// 算法版本 — `X.X.X`, `X.X.X-X.X` (custom trained from a standard one) or `X.X`
    /// (custom). Required (1.4.10.3).
    pub algorithm_version: String,
}

/// 指定结果 — result of 1.4.10.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmVersionResult {
    /// 失败列表 — algorithms that could not be pinned (1.4.10.3).
    #[serde(default)]
    pub fail_list: Vec<AlgorithmVersionFail>,
}

/// 失败项 — one algorithm that could not be pinned (1.4.10.3 failList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmVersionFail {
    /// 算法ID — algorithm id (1.4.10.3).
    #[serde(default)]
    pub algorithm_id: String,
    /// 算法版本 — version (1.4.10.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_version: Option<String>,
    /// 错误码 — why (1.4.10.3).
    #[serde(rename = "error_code", default, with = "client_core::lenient::int")]
    pub error_code: i64,
}

// ---------------------------------------------------------------------------------
// 1.4.10.4

/// 批量执行AI图像检测任务 — inspect device captures (1.4.10.4). Devices × algorithms ≤
/// 50; playback captures (type 2) need `playback_time`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartAiInspectionTask {
    /// 算法ID列表 — algorithm ids. Required (1.4.10.4).
    pub algorithm_id_list: Vec<String>,
    /// 抓图方式 — live or playback. Required (1.4.10.4).
    #[serde(rename = "type")]
    pub capture_type: AiCaptureType,
    /// 回放抓图时间 — `yyyyMMddhhmmss` (UTC+8); required for type 2 (1.4.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playback_time: Option<String>,
    /// 文件过期天数 — `[0, 730]`, 0 = delete once inspected; default: kept (1.4.10.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_days: Option<i64>,
    /// 回调地址 — where the result is POSTed ([`AiInspectionCallback`]) (1.4.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_address: Option<String>,
    /// 设备列表 — the cameras. Required (1.4.10.4).
    pub dev_list: Vec<AiDevice>,
}

impl StartAiInspectionTask {
    /// Live captures of `devices` through `algorithm_ids`.
    pub fn live(algorithm_ids: Vec<String>, devices: Vec<AiDevice>) -> Self {
        Self {
            algorithm_id_list: algorithm_ids,
            capture_type: AiCaptureType::Live,
            playback_time: None,
            expire_days: None,
            callback_address: None,
            dev_list: devices,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "devList", self.dev_list.len(), MAX_INSPECTIONS)?;
        inspections(
            path,
            "devices",
            self.dev_list.len(),
            self.algorithm_id_list.len(),
        )?;
        check::opt_range(path, "expireDays", self.expire_days, 0, MAX_AI_EXPIRE_DAYS)?;
        match (&self.capture_type, &self.playback_time) {
            (AiCaptureType::Live, _) => {}
            (AiCaptureType::Playback, Some(t)) => {
                super::cloud_recording::compact_time(path, "playbackTime", t)?
            }
            (AiCaptureType::Playback, None) => {
                return Err(Error::invalid(path, "playbackTime is required for type 2"))
            }
            (other, _) => {
                return Err(Error::invalid(
                    path,
                    format!("type must be 1 or 2, got {}", other.code()),
                ))
            }
        }
        for (i, d) in self.dev_list.iter().enumerate() {
            check::any_locator(path, &d.qr_code, &d.mac)?;
            check::channel(path, &format!("devList[{i}].channelId"), d.channel_id)?;
            region_config(
                path,
                &format!("devList[{i}].regionConfig"),
                &d.region_config,
            )?;
        }
        Ok(())
    }
}

client_core::endpoint!(StartAiInspectionTask => AiTaskId, POST "/openapi/aiInspection/v1/startAiInspectionTask", write, validate);

/// 设备 — one camera of [`StartAiInspectionTask`] (1.4.10.4 devList).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiDevice {
    /// 设备码 — 17-character device code; this or `mac` is required (1.4.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel, from 1. Required (1.4.10.4).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 巡检区域参数 — [`InspectionRegions`] as JSON text; the whole picture when absent (1.4.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_config: Option<String>,
}

impl AiDevice {
    /// A camera by device code and channel.
    pub fn qr_code(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            region_config: None,
        }
    }

    /// Inspects only `regions`.
    pub fn with_regions(mut self, regions: &InspectionRegions) -> Self {
        self.region_config = Some(regions.to_json());
        self
    }
}

/// 任务ID — the id of a started AI task (result of 1.4.10.4 and 1.4.10.8).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiTaskId {
    /// 任务ID — task id (1.4.10.4/8).
    #[serde(default)]
    pub task_id: String,
}

// ---------------------------------------------------------------------------------
// 1.4.10.5 / 1.4.10.6

/// 检测结果 — one inspected picture and one algorithm's verdict (1.4.10.5 resultList,
/// 1.4.10.6 taskResultList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiImageResult {
    /// 设备码 — device code (the callback example writes `qrcode`; both accepted) (1.4.10.5/6).
    #[serde(alias = "qrcode", default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC (1.4.10.5/6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel (1.4.10.5/6).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 图片下载地址 — picture URL (callback: valid 30 d; query: 1 h; empty when a
    /// trial's daily traffic is used up) (1.4.10.5/6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// 文件名称 — the uploaded file's name (empty for device captures) (1.4.10.5/6).
    #[serde(alias = "filename", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// 抓图的时间 — `yyyyMMddhhmmss` (UTC+8) (1.4.10.5/6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_time: Option<String>,
    /// 算法ID — algorithm id (1.4.10.5/6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_id: Option<String>,
    /// 是否为多输出格式 — the verdict is JSON text (1.4.10.5/6).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_multi_output_format: Option<bool>,
    /// 推理结果 — verdict; JSON text (kept in `Unknown`) for multi-output algorithms (1.4.10.5/6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_result: Option<InspectionVerdict>,
    /// 错误码 — per-picture code, 0 = fine (1.4.10.5).
    #[serde(
        rename = "error_code",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_code: Option<i64>,
}

impl AiImageResult {
    /// The outputs of a multi-output algorithm (`algorithmResult` parsed as JSON).
    ///
    /// ```
    /// use tums_client::api::ai_inspection::AiImageResult;
    /// let r: AiImageResult = serde_json::from_str(
    ///     r#"{"isMultiOutputFormat":true,"algorithmResult":"{\"shoppers\":3}"}"#).unwrap();
    /// assert_eq!(r.outputs().unwrap()["shoppers"], 3);
    /// ```
    pub fn outputs(&self) -> Option<serde_json::Value> {
        match &self.algorithm_result {
            Some(InspectionVerdict::Unknown(text)) => serde_json::from_str(text).ok(),
            _ => None,
        }
    }
}

/// AI 图像检测任务结果回调 — the body POSTed to `callbackAddress` when a task ends
/// (1.4.10.5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiInspectionCallback {
    /// 任务ID — the task (1.4.10.5).
    #[serde(default)]
    pub task_id: String,
    /// 结果列表 — one entry per picture and algorithm (1.4.10.5).
    #[serde(default)]
    pub result_list: Vec<AiImageResult>,
}

impl AiInspectionCallback {
    /// Parses a callback body: keys are trimmed (the example writes `" resultList"`),
    /// `null` members count as absent. A body that is not a JSON object is an error.
    ///
    /// ```
    /// use tums_client::api::ai_inspection::{AiInspectionCallback, InspectionVerdict};
    /// let cb = AiInspectionCallback::parse(br#"{"taskId":"t1"," resultList":[
    ///   {"qrcode":"16E0091709B04C926","channelId":1,"algorithmResult":"QUALIFIED"}]}"#)?;
    /// assert_eq!(cb.result_list[0].algorithm_result, Some(InspectionVerdict::Qualified));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn parse(body: &[u8]) -> Result<Self, serde_json::Error> {
        let value: serde_json::Value = serde_json::from_slice(body)?;
        if !value.is_object() {
            return Err(<serde_json::Error as serde::de::Error>::custom(
                "the callback body is not a JSON object",
            ));
        }
        let value = client_core::lenient::trim_keys(value);
        client_core::lenient::from_str(&value.to_string())
    }
}

/// 查询检测任务执行结果 — an AI task's state and results (1.4.10.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAiInspectionTaskResult {
    /// 任务ID — from 1.4.10.4 or 1.4.10.8. Required (1.4.10.6).
    pub task_id: String,
}

impl GetAiInspectionTaskResult {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::non_empty(path, "taskId", &self.task_id)
    }
}

client_core::endpoint!(GetAiInspectionTaskResult => AiTaskResult, POST "/openapi/aiInspection/v1/getAiInspectionTaskResult", read, validate);

/// 检测任务执行结果 — result of 1.4.10.6.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiTaskResult {
    /// 任务状态 — capturing, inferring or done (1.4.10.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_status: Option<AiTaskStatus>,
    /// 结果列表 — results so far (1.4.10.6).
    #[serde(default)]
    pub task_result_list: Vec<AiImageResult>,
    /// 失败列表 — cameras that could not be captured (1.4.10.6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fail_list: Vec<AiDeviceFail>,
}

/// 失败设备 — a camera of an AI task that could not be captured (1.4.10.6 failList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AiDeviceFail {
    /// 设备码 — device code (1.4.10.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC (1.4.10.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel (1.4.10.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 错误码 — why (1.4.10.6).
    #[serde(rename = "error_code", default, with = "client_core::lenient::int")]
    pub error_code: i64,
}

// ---------------------------------------------------------------------------------
// 1.4.10.7

/// 删除AI图像检测任务结果 — delete AI task results (1.4.10.7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchDeleteAiTaskResult {
    /// 任务ID列表 — 1–20 task ids. Required (1.4.10.7).
    pub task_id_list: Vec<String>,
}

impl BatchDeleteAiTaskResult {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::len(
            path,
            "taskIdList",
            self.task_id_list.len(),
            1,
            MAX_DELETE_TASKS,
        )
    }
}

client_core::endpoint!(BatchDeleteAiTaskResult => client_core::Ack, POST "/openapi/aiInspection/v1/batchDeleteAiTaskResult", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.10.8

/// 通过上传图片批量执行AI巡检任务 — inspect pictures given by URL (1.4.10.8, JSON form).
///
/// The vendor: "当不上传文件时，请勿使用multipart格式进行请求，改用application/json格式直接
/// 发送请求参数即可" — without files, the `params` members are sent as a JSON body. Every
/// `imageInfoList` entry then needs a `fileUrl`. To upload the pictures themselves use
/// [`AiInspectionUpload`] with [`crate::Client::upload`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartAiInspectionTaskWithImage {
    /// 算法ID列表 — algorithm ids; pictures × algorithms ≤ 50. Required (1.4.10.8).
    pub algorithm_id_list: Vec<String>,
    /// 文件过期天数 — `[0, 730]`, 0 = delete once inspected; default: kept (1.4.10.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_days: Option<i64>,
    /// 回调地址 — where the result is POSTed ([`AiInspectionCallback`]) (1.4.10.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_address: Option<String>,
    /// 图片信息 — per-picture URL, name and regions (1.4.10.8).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub image_info_list: Vec<ImageInfo>,
}

/// 图片信息 — one picture of 1.4.10.8 (imageInfoList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageInfo {
    /// 文件下载地址 — picture URL, 1–1024 characters; must be absent when uploading (1.4.10.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// 文件名称 — 1–32 characters, unique; when uploading, the uploaded file's name
    /// (ties `region_config` to it) (1.4.10.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// 巡检区域参数 — [`InspectionRegions`] as JSON text (1.4.10.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_config: Option<String>,
}

impl StartAiInspectionTaskWithImage {
    /// Checks shared by both forms; `uploaded` are the uploaded files' names (`None`:
    /// JSON form).
    fn check_params(&self, path: &str, uploaded: Option<&[&str]>) -> Result<(), Error> {
        check::opt_range(path, "expireDays", self.expire_days, 0, MAX_AI_EXPIRE_DAYS)?;
        let pictures = uploaded.map_or(self.image_info_list.len(), <[&str]>::len);
        if pictures == 0 {
            return Err(Error::invalid(
                path,
                "at least one picture is required (imageInfoList with fileUrl, or uploaded imageFiles)",
            ));
        }
        inspections(path, "pictures", pictures, self.algorithm_id_list.len())?;
        let mut names = std::collections::BTreeSet::new();
        for (i, info) in self.image_info_list.iter().enumerate() {
            let at = format!("imageInfoList[{i}]");
            match (&info.file_url, uploaded) {
                (Some(url), None) => {
                    client_core::validate::chars(path, &format!("{at}.fileUrl"), url, 1, 1024)?
                }
                (None, None) => {
                    return Err(Error::invalid(
                        path,
                        format!("{at}.fileUrl is required when no file is uploaded"),
                    ))
                }
                (Some(_), Some(_)) => {
                    return Err(Error::invalid(
                        path,
                        format!("{at}.fileUrl must be absent when files are uploaded"),
                    ))
                }
                (None, Some(_)) => {}
            }
            if let Some(name) = &info.file_name {
                client_core::validate::chars(path, &format!("{at}.fileName"), name, 1, 32)?;
                if !names.insert(name.as_str()) {
                    return Err(Error::invalid(
                        path,
                        format!("{at}.fileName {name:?} is repeated"),
                    ));
                }
                if let Some(files) = uploaded {
                    if !files.contains(&name.as_str()) {
                        return Err(Error::invalid(
                            path,
                            format!("{at}.fileName {name:?} names no uploaded file"),
                        ));
                    }
                }
            }
            region_config(path, &format!("{at}.regionConfig"), &info.region_config)?;
        }
        Ok(())
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        self.check_params(path, None)
    }
}

client_core::endpoint!(StartAiInspectionTaskWithImage => AiTaskId, POST "/openapi/aiInspection/v1/startAiInspectionTaskWithImage", write, validate);

/// 通过上传图片批量执行AI巡检任务 — inspect uploaded pictures (1.4.10.8, multipart form):
/// `imageFiles` (1–5 jpg/jpeg/png/bmp pictures of at most 5 MB, distinct names) and
/// `params` (JSON, `application/json`). Send it with [`crate::Client::upload`].
///
/// ```
/// use tums_client::api::ai_inspection::*;
/// use tums_client::api::upload::{Upload, UploadFile};
/// let upload = AiInspectionUpload::new(
///     vec!["smoking-detection".into()],
///     vec![UploadFile::new("shelf.jpg", vec![0xff, 0xd8, 0xff, 0xe0])],
/// );
/// assert!(upload.validate().is_ok());
/// let fields = upload.fields()?;
/// assert_eq!((fields[0].name.as_str(), fields[1].name.as_str()), ("imageFiles", "params"));
/// # Ok::<(), client_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AiInspectionUpload {
    /// params — the task's parameters (no `fileUrl`; `fileName` entries name uploaded files).
    pub params: StartAiInspectionTaskWithImage,
    /// imageFiles — the pictures.
    pub images: Vec<UploadFile>,
}

impl AiInspectionUpload {
    /// Inspects `images` with `algorithm_ids` over the whole pictures.
    pub fn new(algorithm_ids: Vec<String>, images: Vec<UploadFile>) -> Self {
        Self {
            params: StartAiInspectionTaskWithImage {
                algorithm_id_list: algorithm_ids,
                ..Default::default()
            },
            images,
        }
    }
}

impl Upload for AiInspectionUpload {
    type Response = AiTaskId;
    const PATH: &'static str = <StartAiInspectionTaskWithImage as client_core::Endpoint>::PATH;

    fn validate(&self) -> Result<(), Error> {
        let path = Self::PATH;
        check::len(path, "imageFiles", self.images.len(), 1, MAX_UPLOAD_IMAGES)?;
        let mut names = Vec::with_capacity(self.images.len());
        for (i, f) in self.images.iter().enumerate() {
            let at = format!("imageFiles[{i}]");
            if f.data.is_empty() || f.data.len() > MAX_UPLOAD_IMAGE_BYTES {
                return Err(Error::invalid(
                    path,
                    format!(
                        "{at} must hold 1..={MAX_UPLOAD_IMAGE_BYTES} bytes (5 MB), got {}",
                        f.data.len()
                    ),
                ));
            }
            if !matches!(
                f.extension().as_deref(),
                Some("jpg" | "jpeg" | "png" | "bmp")
            ) {
                return Err(Error::invalid(
                    path,
                    format!("{at} must be jpg, jpeg, png or bmp, got {:?}", f.file_name),
                ));
            }
            if names.contains(&f.file_name.as_str()) {
                return Err(Error::invalid(
                    path,
                    format!("{at}: file name {:?} is repeated", f.file_name),
                ));
            }
            names.push(f.file_name.as_str());
        }
        self.params.check_params(path, Some(&names))
    }

    fn fields(&self) -> Result<Vec<MultipartField>, Error> {
        let params = serde_json::to_vec(&self.params).map_err(|e| Error::Encode {
            path: Self::PATH.into(),
            message: e.to_string(),
        })?;
        let mut fields: Vec<MultipartField> =
            self.images.iter().map(|f| f.part("imageFiles")).collect();
        fields.push(MultipartField {
            name: "params".into(),
            file_name: None,
            content_type: Some("application/json".into()),
            data: params.into(),
        });
        Ok(fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(message.contains(needle), "{message:?} lacks {needle:?}");
            }
            other => panic!("expected InvalidRequest about {needle:?}, got {other:?}"),
        }
    }

    fn upload_rejects(u: &AiInspectionUpload, needle: &str) {
        let e = u.validate().unwrap_err().to_string();
        assert!(e.contains(needle), "{e:?} lacks {needle:?}");
    }

    #[test]
    fn regions_are_checked() {
        let ok = InspectionRegions::rectangle(0, 0, 10_000, 10_000);
        assert!(ok.check("/p", "r").is_ok());
        let mut bad = ok.clone();
        bad.region_info[0].pt_x[1] = 10_001;
        assert!(bad.check("/p", "r").is_err());
        let mut bad = ok.clone();
        bad.region_info[0].id = 2;
        assert!(bad.check("/p", "r").is_err());
        let mut bad = ok.clone();
        bad.region_info[0].pt_num = 5;
        assert!(bad.check("/p", "r").is_err());
        let mut bad = ok.clone();
        bad.region_info = (1..=5)
            .map(|id| InspectionRegion {
                id,
                ..ok.region_info[0].clone()
            })
            .collect();
        assert!(bad.check("/p", "r").is_err());
        let mut dev = AiDevice::qr_code("16E0091709B04C926", 1);
        dev.region_config = Some("not json".into());
        rejects(
            &StartAiInspectionTask::live(vec!["a".into()], vec![dev]),
            "regionConfig",
        );
    }

    #[test]
    fn tasks_are_bounded() {
        let dev = AiDevice::qr_code("16E0091709B04C926", 1);
        let ok = StartAiInspectionTask::live(vec!["a".into(); 10], vec![dev.clone(); 5]);
        assert!(ok.validate().is_ok());
        rejects(
            &StartAiInspectionTask::live(vec!["a".into(); 10], vec![dev.clone(); 6]),
            "at most 50",
        );
        rejects(
            &StartAiInspectionTask::live(vec![], vec![dev.clone()]),
            "algorithmIdList",
        );
        let mut pb = StartAiInspectionTask::live(vec!["a".into()], vec![dev]);
        pb.capture_type = AiCaptureType::Playback;
        rejects(&pb, "playbackTime");
        pb.playback_time = Some("20251024123000".into());
        assert!(pb.validate().is_ok());
        pb.expire_days = Some(731);
        rejects(&pb, "expireDays");
        rejects(&BatchDeleteAiTaskResult::default(), "taskIdList");
        rejects(
            &BatchDeleteAiTaskResult {
                task_id_list: vec!["t".into(); 21],
            },
            "taskIdList",
        );
        rejects(&BatchSetAlgorithmVersion::default(), "algorithmInfoList");
        rejects(&GetStandardAlgorithmBasicInfo::new(1001), "limit");
    }

    #[test]
    fn json_form_needs_urls_and_upload_form_forbids_them() {
        let url = ImageInfo {
            file_url: Some("https://example.com/a.jpg".into()),
            ..Default::default()
        };
        let json = StartAiInspectionTaskWithImage {
            algorithm_id_list: vec!["a".into()],
            image_info_list: vec![url.clone()],
            ..Default::default()
        };
        assert!(json.validate().is_ok());
        rejects(
            &StartAiInspectionTaskWithImage {
                image_info_list: vec![ImageInfo::default()],
                ..json.clone()
            },
            "fileUrl is required",
        );
        rejects(
            &StartAiInspectionTaskWithImage {
                image_info_list: vec![],
                ..json.clone()
            },
            "at least one picture",
        );
        let img = UploadFile::new("a.jpg", vec![1, 2, 3]);
        let mut up = AiInspectionUpload::new(vec!["a".into()], vec![img.clone()]);
        assert!(up.validate().is_ok());
        up.params.image_info_list = vec![url];
        upload_rejects(&up, "must be absent");
        up.params.image_info_list = vec![ImageInfo {
            file_name: Some("b.jpg".into()),
            ..Default::default()
        }];
        upload_rejects(&up, "names no uploaded file");
        up.params.image_info_list.clear();
        up.images = vec![img.clone(); 2];
        upload_rejects(&up, "repeated");
        up.images = (0..6)
            .map(|i| UploadFile::new(format!("{i}.jpg"), vec![1]))
            .collect();
        upload_rejects(&up, "imageFiles");
        up.images = vec![UploadFile::new("a.gif", vec![1])];
        upload_rejects(&up, "jpg, jpeg, png or bmp");
        up.images = vec![UploadFile::new(
            "big.png",
            vec![0u8; MAX_UPLOAD_IMAGE_BYTES + 1],
        )];
        upload_rejects(&up, "5 MB");
        up.images = vec![img; 1];
        up.params.algorithm_id_list = vec!["a".into(); 51];
        upload_rejects(&up, "algorithmIdList");
    }

    #[test]
    fn multi_output_results_keep_their_json() {
        let r: AiImageResult = serde_json::from_str(
            r#"{"isMultiOutputFormat":true,"algorithmResult":"{\"tasters\":0}"}"#,
        )
        .unwrap();
        assert_eq!(r.outputs().unwrap()["tasters"], 0);
        let r: AiImageResult = serde_json::from_str(r#"{"algorithmResult":"QUALIFIED"}"#).unwrap();
        assert_eq!(r.algorithm_result, Some(InspectionVerdict::Qualified));
        assert!(r.outputs().is_none());
        assert!(AiInspectionCallback::parse(b"[1]").is_err());
        assert!(AiInspectionCallback::parse(b"{").is_err());
    }
}
