//! 结构化检索 — search the structured data produced by structured-mode devices:
//! pedestrians (人体), faces (人脸), motor vehicles (机动车) and non-motor vehicles
//! (非机动车), by attributes and time, and fetch one record by id
//! (hongtu-aiot-openapi.txt, module 结构化检索 1.1–1.8).
//!
//! The searches page with **`currPage`** (not `pageNum`) and `pageSize` (default 10);
//! the answers still carry `pageNum`. Members shared by every search
//! ([`StructureQuery`]) and every record ([`StructureTarget`]) are flattened into the
//! per-category types. Records send `category` as a string (`"2"`) and non-motor
//! `vehicleType` as a string (`"101"`); both decode into the dictionary enums.
//!
//! ```no_run
//! # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
//! use chrono::{Duration, Utc};
//! use futures::TryStreamExt;
//! use hongtu_client::api::structure_search::{ClothingColor, SearchPedestrians};
//!
//! // Everyone in a red top during the last hour (currPage paging handled for you).
//! let now = Utc::now();
//! let mut search = SearchPedestrians::new(now - Duration::hours(1), now);
//! search.attributes.dress_upper_color = Some(ClothingColor::Red);
//! let people: Vec<_> = client.stream(search).try_collect().await?;
//! for p in &people {
//!     println!("{:?} at {:?}", p.target.id, p.target.recognition_time);
//! }
//! # Ok(()) }
//! ```

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

pub use crate::dict::{
    AgeGroup, BagType, BeardStatus, BehaviorStatus, ClothingColor, DressLowerStyle,
    DressUpperStyle, GlassesStatus, HairStatus, HatStatus, MaskStatus, NoseOcclusion, PlateColor,
    RideBikeStatus, SafetyCapStatus, Sex, SpecialOperation, StructureCategory, VehicleColor,
    VehicleFunctional, VehicleType,
};
use crate::envelope::PageData;

/// Default `pageSize` of the four structured searches (结构化检索 1.1.2, 1.3.2, 1.5.2,
/// 1.7.2: 每页条数，默认是10).
pub const DEFAULT_PAGE_SIZE: u32 = 10;

/// Default `scoreThreshold` of [`SearchPedestrians`] and [`SearchFaces`]
/// (结构化检索 1.1.2, 1.3.2: 默认是90).
pub const DEFAULT_SCORE_THRESHOLD_PEDESTRIAN_FACE: f64 = 90.0;
/// Default `scoreThreshold` of [`SearchMotorVehicles`] (结构化检索 1.5.2: 默认是70).
pub const DEFAULT_SCORE_THRESHOLD_MOTOR_VEHICLE: f64 = 70.0;
/// Default `scoreThreshold` of [`SearchNonMotorVehicles`] (结构化检索 1.7.2: 默认是60).
pub const DEFAULT_SCORE_THRESHOLD_NON_MOTOR_VEHICLE: f64 = 60.0;

/// The members every structured search takes (结构化检索 1.1.2, 1.3.2, 1.5.2, 1.7.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StructureQuery {
    /// 当前页 (`currPage`) — 1-based page; optional, default 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curr_page: Option<u64>,
    /// 每页条数 (`pageSize`) — optional, default 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 开始时间 (`startTime`) — epoch milliseconds on the wire; required.
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; required.
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
    /// 设备uuid (`deviceUuIdList`) — device filter; optional.
    #[serde(
        rename = "deviceUuIdList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuids: Option<Vec<String>>,
    /// 相似度 (`scoreThreshold`) — minimum similarity for image search; optional,
    /// default 90 (pedestrian, face), 70 (motor vehicle), 60 (non-motor vehicle).
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score_threshold: Option<f64>,
}

impl StructureQuery {
    /// Everything between `start_time` and `end_time`, default paging.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            curr_page: None,
            page_size: None,
            start_time,
            end_time,
            device_uuids: None,
            score_threshold: None,
        }
    }

    fn validate(&self, path: &str) -> Result<(), Error> {
        if self.curr_page == Some(0) {
            return Err(Error::invalid(path, "currPage must be >= 1, got 0"));
        }
        if self.page_size == Some(0) {
            return Err(Error::invalid(path, "pageSize must be >= 1, got 0"));
        }
        if self.start_time > self.end_time {
            return Err(Error::invalid(
                path,
                format!(
                    "startTime ({}) must not be after endTime ({})",
                    self.start_time, self.end_time
                ),
            ));
        }
        if let Some(s) = self.score_threshold {
            if !s.is_finite() || s < 0.0 {
                return Err(Error::invalid(
                    path,
                    format!("scoreThreshold must be a non-negative number, got {s}"),
                ));
            }
        }
        Ok(())
    }
}

/// The members every structured record carries: ids, images, device, time, target
/// rectangles and score (结构化检索 1.1.3, 1.2.3, 1.3.3, 1.4.3, 1.5.3, 1.6.3, 1.7.3,
/// 1.8.3). All optional here: the detail answers omit `id` and `score`.
///
/// Rectangle members are pixel distances of the target in the cropped or full
/// image; the seed's examples show large negative values (`fullRectLeft: -1742756`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StructureTarget {
    /// 数据的唯一ID (`id`) — record id, e.g. `RfcqoXoBIVSvVy1OSBm5`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// 抓拍图URL / 图片截图URL (`cropUri`) — cropped target image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_uri: Option<String>,
    /// 图片全景图URL (`fullUri`) — full-scene image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_uri: Option<String>,
    /// 设备UuId (`deviceUuId`) — capturing device.
    #[serde(
        rename = "deviceUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备名 (`deviceName`) — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备所在位置 (`deviceLocation`) — device location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
    /// 结构化类别 (`category`) — 1 人脸, 2 人体, 3 机动车, 4 非机动车
    /// (数据字典 1.10.12); sent as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<StructureCategory>,
    /// 识别时间 (`recognitionTime`) — epoch milliseconds on the wire.
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_time: Option<DateTime<Utc>>,
    /// 目标在抓拍图片中的距离，左 (`cropRectLeft`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_left: Option<i64>,
    /// 目标在抓拍图片中的距离，上 (`cropRectTop`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_top: Option<i64>,
    /// 目标在抓拍图片中的距离，右 (`cropRectRight`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_right: Option<i64>,
    /// 目标在抓拍图片中的距离，下 (`cropRectBottom`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub crop_rect_bottom: Option<i64>,
    /// 目标在全景图片中的距离，左 (`fullRectLeft`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_left: Option<i64>,
    /// 目标在全景图片中的距离，上 (`fullRectTop`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_top: Option<i64>,
    /// 目标在全景图片中的距离，右 (`fullRectRight`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_right: Option<i64>,
    /// 目标在全景图片中的距离，下 (`fullRectBottom`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub full_rect_bottom: Option<i64>,
    /// 特征比对时相似对得分 (`score`) — similarity score of an image search; search
    /// results only.
    #[serde(
        default,
        with = "client_core::lenient::opt_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<f64>,
}

// Each search comes with a detail request by record id (`{"id": …}`): the four
// `…/query` endpoints differ only in path and answer; see [`GetPedestrian`],
// [`GetFace`], [`GetMotorVehicle`], [`GetNonMotorVehicle`].
// ---------------------------------------------------------------------------
// 1.1 / 1.2 人体
// ---------------------------------------------------------------------------

/// 人体数据检索 — search pedestrian (body) records by attributes and/or similarity to
/// an image, paged by `currPage` (`POST /v1/api/structure/pedestrian/search`,
/// 结构化检索 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchPedestrians {
    /// Paging, time window, devices and score threshold (default 90).
    #[serde(flatten)]
    pub query: StructureQuery,
    /// 被检索图片的URL (`searchImageUrl`) — the `uri` returned by
    /// `/v1/api/misc/file/upload`, to search by image similarity; optional
    /// (结构化检索 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_image_url: Option<String>,
    /// Attribute filters.
    #[serde(flatten)]
    pub attributes: PedestrianAttributes,
}

impl SearchPedestrians {
    /// Every pedestrian record between two times.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            query: StructureQuery::new(start_time, end_time),
            search_image_url: None,
            attributes: PedestrianAttributes::default(),
        }
    }
}

/// Pedestrian attributes — filters of [`SearchPedestrians`] (结构化检索 1.1.2) and
/// members of [`PedestrianRecord`] (1.1.3, 1.2.3). All optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PedestrianAttributes {
    /// 性别 (`gender`) — 0 未知, 1 男, 2 女 (数据字典 1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Sex>,
    /// 年龄 (`age`) — age bracket (数据字典 1.10.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeGroup>,
    /// 上衣颜色 (`dressUpperColor`) — (数据字典 1.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_upper_color: Option<ClothingColor>,
    /// 下衣颜色 (`dressLowerColor`) — (数据字典 1.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_lower_color: Option<ClothingColor>,
    /// 上衣服饰 (`dressUpperStyle`) — 0 未知, 1 长袖, 2 短袖 (数据字典 1.10.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_upper_style: Option<DressUpperStyle>,
    /// 下衣服饰 (`dressLowerStyle`) — 0 未知, 1 长裤, 2 短裤, 3 长裙, 4 短裙
    /// (数据字典 1.10.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dress_lower_style: Option<DressLowerStyle>,
    /// 是否戴帽子 (`wearHat`) — 0 未知, 1 无帽子, 2 有帽子 (数据字典 1.10.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wear_hat: Option<HatStatus>,
    /// 帽子颜色 (`hatColor`) — (数据字典 1.10.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hat_color: Option<ClothingColor>,
    /// 带包类型 (`bagType`) — (数据字典 1.10.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bag_type: Option<BagType>,
    /// 是否骑车 (`rideBike`) — 0 未知, 1 未骑车, 2 骑车 (数据字典 1.10.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ride_bike: Option<RideBikeStatus>,
    /// 是否戴安全帽 (`wearSafetycap`) — 0 未知, 1 无安全帽, 2 有安全帽
    /// (数据字典 1.10.1).
    #[serde(
        rename = "wearSafetycap",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub wear_safety_cap: Option<SafetyCapStatus>,
    /// 跌倒状态 (`fallStatus`) — 0 未知, 1 未跌倒, 2 跌倒 (数据字典 1.10.26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fall_status: Option<BehaviorStatus>,
    /// 奔跑状态 (`runStatus`) — 0 未知, 1 未奔跑, 2 奔跑 (数据字典 1.10.27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_status: Option<BehaviorStatus>,
    /// 抽烟状态 (`smokeStatus`) — 0 未知, 1 未抽烟, 2 抽烟 (数据字典 1.10.28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smoke_status: Option<BehaviorStatus>,
    /// 看手机状态 (`watchPhoneStatus`) — 0 未知, 1 未看手机, 2 看手机
    /// (数据字典 1.10.29).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watch_phone_status: Option<BehaviorStatus>,
    /// 打电话状态 (`usePhoneStatus`) — 0 未知, 1 未打电话, 2 打电话
    /// (数据字典 1.10.30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_phone_status: Option<BehaviorStatus>,
    /// 打伞状态 (`umbrellaStatus`) — 0 未知, 1 不打伞, 2 打伞 (inline in
    /// 结构化检索 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub umbrella_status: Option<BehaviorStatus>,
}

/// A pedestrian record: an item of [`SearchPedestrians`] (结构化检索 1.1.3) and the
/// answer of [`GetPedestrian`] (1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PedestrianRecord {
    /// Ids, images, device, time, rectangles, score.
    #[serde(flatten)]
    pub target: StructureTarget,
    /// The recognised attributes.
    #[serde(flatten)]
    pub attributes: PedestrianAttributes,
    /// 关联的人脸id (`relatedFaceId`) — the face record of the same person, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_face_id: Option<String>,
}

impl SearchPedestrians {
    fn check(&self, path: &str) -> Result<(), Error> {
        self.query.validate(path)
    }
}

client_core::endpoint!(SearchPedestrians => PageData<PedestrianRecord>, POST "/v1/api/structure/pedestrian/search", read, validate);

impl Paged for SearchPedestrians {
    type Item = PedestrianRecord;

    fn page_size(&self) -> u32 {
        self.query.page_size.unwrap_or(DEFAULT_PAGE_SIZE)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.query.curr_page = Some(page.number());
        self.query.page_size = Some(page.size);
    }

    fn into_page(resp: PageData<PedestrianRecord>) -> Page<PedestrianRecord> {
        resp.into_page()
    }
}

/// Detail of one record by id (`POST /v1/api/structure/pedestrian/query`, 结构化检索 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetPedestrian {
    /// 数据的唯一ID (`id`) — the record id from the search; required.
    pub id: String,
}

impl GetPedestrian {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "id", &self.id)
    }
}

client_core::endpoint!(GetPedestrian => PedestrianRecord, POST "/v1/api/structure/pedestrian/query", read, validate);

// ---------------------------------------------------------------------------
// 1.3 / 1.4 人脸
// ---------------------------------------------------------------------------

/// 人脸数据检索 — search face records by attributes, paged by `currPage`
/// (`POST /v1/api/structure/face/search`, 结构化检索 1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchFaces {
    /// Paging, time window, devices and score threshold (default 90).
    #[serde(flatten)]
    pub query: StructureQuery,
    /// Attribute filters.
    #[serde(flatten)]
    pub attributes: FaceAttributes,
}

impl SearchFaces {
    /// Every face record between two times.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            query: StructureQuery::new(start_time, end_time),
            attributes: FaceAttributes::default(),
        }
    }
}

/// Face attributes — filters of [`SearchFaces`] (结构化检索 1.3.2) and members of
/// [`FaceRecord`] (1.3.3, 1.4.3). All optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaceAttributes {
    /// 性别 (`gender`) — (数据字典 1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Sex>,
    /// 年龄 (`age`) — (数据字典 1.10.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeGroup>,
    /// 口罩状态 (`maskStatus`) — (数据字典 1.10.24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_status: Option<MaskStatus>,
    /// 眼镜状态 (`glassesStatus`) — (数据字典 1.10.25).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glasses_status: Option<GlassesStatus>,
    /// 鼻子遮挡 (`noseOcclusion`) — (数据字典 1.10.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nose_occlusion: Option<NoseOcclusion>,
    /// 胡子状态 (`beardStatus`) — (数据字典 1.10.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beard_status: Option<BeardStatus>,
    /// 头发状态 (`hairStatus`) — (数据字典 1.10.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hair_status: Option<HairStatus>,
}

/// A face record: an item of [`SearchFaces`] (结构化检索 1.3.3) and the answer of
/// [`GetFace`] (1.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaceRecord {
    /// Ids, images, device, time, rectangles, score.
    #[serde(flatten)]
    pub target: StructureTarget,
    /// The recognised attributes.
    #[serde(flatten)]
    pub attributes: FaceAttributes,
    /// 关联的人体id (`relatedPedestrianId`) — the pedestrian record of the same
    /// person, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_pedestrian_id: Option<String>,
}

impl SearchFaces {
    fn check(&self, path: &str) -> Result<(), Error> {
        self.query.validate(path)
    }
}

client_core::endpoint!(SearchFaces => PageData<FaceRecord>, POST "/v1/api/structure/face/search", read, validate);

impl Paged for SearchFaces {
    type Item = FaceRecord;

    fn page_size(&self) -> u32 {
        self.query.page_size.unwrap_or(DEFAULT_PAGE_SIZE)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.query.curr_page = Some(page.number());
        self.query.page_size = Some(page.size);
    }

    fn into_page(resp: PageData<FaceRecord>) -> Page<FaceRecord> {
        resp.into_page()
    }
}

/// Detail of one record by id (`POST /v1/api/structure/face/query`, 结构化检索 1.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetFace {
    /// 数据的唯一ID (`id`) — the record id from the search; required.
    pub id: String,
}

impl GetFace {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "id", &self.id)
    }
}

client_core::endpoint!(GetFace => FaceRecord, POST "/v1/api/structure/face/query", read, validate);

// ---------------------------------------------------------------------------
// 1.5 / 1.6 机动车
// ---------------------------------------------------------------------------

/// 机动车数据检索 — search motor-vehicle records by attributes, paged by `currPage`
/// (`POST /v1/api/structure/motorVehicle/search`, 结构化检索 1.5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchMotorVehicles {
    /// Paging, time window, devices and score threshold (default 70).
    #[serde(flatten)]
    pub query: StructureQuery,
    /// Attribute filters.
    #[serde(flatten)]
    pub attributes: MotorVehicleAttributes,
}

impl SearchMotorVehicles {
    /// Every motor-vehicle record between two times.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            query: StructureQuery::new(start_time, end_time),
            attributes: MotorVehicleAttributes::default(),
        }
    }
}

/// Motor-vehicle attributes — filters of [`SearchMotorVehicles`] (结构化检索 1.5.2) and
/// members of [`MotorVehicleRecord`] (1.5.3, 1.6.3). All optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MotorVehicleAttributes {
    /// 车牌号 (`plateNumber`) — plate number (may be `""` when unread).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 车辆类型 (`vehicleType`) — (数据字典 1.10.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
    /// 车身颜色 (`vehicleColor`) — (数据字典 1.10.14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_color: Option<VehicleColor>,
    /// 车牌颜色 (`plateColor`) — (数据字典 1.10.18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_color: Option<PlateColor>,
    /// 车辆品牌 (`vehicleBrand`) — brand code (数据字典 1.10.15,
    /// [`crate::dict::vehicle_brand_name`]).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vehicle_brand: Option<i64>,
    /// 车辆功能用车 (`vehicleFunctional`) — (数据字典 1.10.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_functional: Option<VehicleFunctional>,
    /// 车辆专项作业 (`specialOperation`) — (数据字典 1.10.16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_operation: Option<SpecialOperation>,
}

impl MotorVehicleAttributes {
    /// The brand name from the seed's vehicle-brand table, if the code is known.
    pub fn brand_name(&self) -> Option<&'static str> {
        self.vehicle_brand.and_then(crate::dict::vehicle_brand_name)
    }
}

/// A motor-vehicle record: an item of [`SearchMotorVehicles`] (结构化检索 1.5.3) and
/// the answer of [`GetMotorVehicle`] (1.6.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MotorVehicleRecord {
    /// Ids, images, device, time, rectangles, score.
    #[serde(flatten)]
    pub target: StructureTarget,
    /// The recognised attributes.
    #[serde(flatten)]
    pub attributes: MotorVehicleAttributes,
}

impl SearchMotorVehicles {
    fn check(&self, path: &str) -> Result<(), Error> {
        self.query.validate(path)
    }
}

client_core::endpoint!(SearchMotorVehicles => PageData<MotorVehicleRecord>, POST "/v1/api/structure/motorVehicle/search", read, validate);

impl Paged for SearchMotorVehicles {
    type Item = MotorVehicleRecord;

    fn page_size(&self) -> u32 {
        self.query.page_size.unwrap_or(DEFAULT_PAGE_SIZE)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.query.curr_page = Some(page.number());
        self.query.page_size = Some(page.size);
    }

    fn into_page(resp: PageData<MotorVehicleRecord>) -> Page<MotorVehicleRecord> {
        resp.into_page()
    }
}

/// Detail of one record by id (`POST /v1/api/structure/motorVehicle/query`, 结构化检索 1.6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetMotorVehicle {
    /// 数据的唯一ID (`id`) — the record id from the search; required.
    pub id: String,
}

impl GetMotorVehicle {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "id", &self.id)
    }
}

client_core::endpoint!(GetMotorVehicle => MotorVehicleRecord, POST "/v1/api/structure/motorVehicle/query", read, validate);

// ---------------------------------------------------------------------------
// 1.7 / 1.8 非机动车
// ---------------------------------------------------------------------------

/// 非机动车数据检索 — search non-motor-vehicle records, paged by `currPage`
/// (`POST /v1/api/structure/nonMotorVehicle/search`, 结构化检索 1.7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchNonMotorVehicles {
    /// Paging, time window, devices and score threshold (default 60).
    #[serde(flatten)]
    pub query: StructureQuery,
    /// 车辆类型 (`vehicleType`) — 20 两轮车, 21 三轮车, 100 自行车, 101 电动车, 102 摩托车
    /// (数据字典 1.10.13); optional (结构化检索 1.7.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
}

impl SearchNonMotorVehicles {
    /// Every non-motor-vehicle record between two times.
    pub fn new(start_time: DateTime<Utc>, end_time: DateTime<Utc>) -> Self {
        Self {
            query: StructureQuery::new(start_time, end_time),
            vehicle_type: None,
        }
    }
}

/// A non-motor-vehicle record: an item of [`SearchNonMotorVehicles`]
/// (结构化检索 1.7.3) and the answer of [`GetNonMotorVehicle`] (1.8.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NonMotorVehicleRecord {
    /// Ids, images, device, time, rectangles, score.
    #[serde(flatten)]
    pub target: StructureTarget,
    /// 车辆类型 (`vehicleType`) — sent as a string (`"101"`), decoded into
    /// (数据字典 1.10.13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type: Option<VehicleType>,
}

impl SearchNonMotorVehicles {
    fn check(&self, path: &str) -> Result<(), Error> {
        self.query.validate(path)
    }
}

client_core::endpoint!(SearchNonMotorVehicles => PageData<NonMotorVehicleRecord>, POST "/v1/api/structure/nonMotorVehicle/search", read, validate);

impl Paged for SearchNonMotorVehicles {
    type Item = NonMotorVehicleRecord;

    fn page_size(&self) -> u32 {
        self.query.page_size.unwrap_or(DEFAULT_PAGE_SIZE)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.query.curr_page = Some(page.number());
        self.query.page_size = Some(page.size);
    }

    fn into_page(resp: PageData<NonMotorVehicleRecord>) -> Page<NonMotorVehicleRecord> {
        resp.into_page()
    }
}

/// Detail of one record by id (`POST /v1/api/structure/nonMotorVehicle/query`, 结构化检索 1.8).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetNonMotorVehicle {
    /// 数据的唯一ID (`id`) — the record id from the search; required.
    pub id: String,
}

impl GetNonMotorVehicle {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "id", &self.id)
    }
}

client_core::endpoint!(GetNonMotorVehicle => NonMotorVehicleRecord, POST "/v1/api/structure/nonMotorVehicle/query", read, validate);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    #[allow(unused_imports)]
    use http::Method;

    fn meta<E: Endpoint>() -> (Method, &'static str, bool) {
        (E::METHOD, E::PATH, E::IDEMPOTENT)
    }

    fn t(n: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp_millis(n).unwrap()
    }

    #[test]
    fn methods_and_paths() {
        let s = "/v1/api/structure";
        let rows = [
            (meta::<SearchPedestrians>(), "pedestrian/search"),
            (meta::<GetPedestrian>(), "pedestrian/query"),
            (meta::<SearchFaces>(), "face/search"),
            (meta::<GetFace>(), "face/query"),
            (meta::<SearchMotorVehicles>(), "motorVehicle/search"),
            (meta::<GetMotorVehicle>(), "motorVehicle/query"),
            (meta::<SearchNonMotorVehicles>(), "nonMotorVehicle/search"),
            (meta::<GetNonMotorVehicle>(), "nonMotorVehicle/query"),
        ];
        for ((method, path, idem), tail) in rows {
            assert_eq!(method, Method::POST);
            assert_eq!(path, format!("{s}/{tail}"));
            assert!(idem, "{path}");
        }
    }

    #[test]
    fn curr_page_paging() {
        let mut req = SearchPedestrians::new(t(1), t(2));
        assert_eq!(req.page_size(), 10);
        req.set_page(PageRequest { index: 1, size: 25 });
        req.attributes.dress_upper_color = Some(ClothingColor::Black);
        req.attributes.umbrella_status = Some(BehaviorStatus::Yes);
        req.search_image_url = Some("_uri".into());
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["currPage"], 2);
        assert_eq!(v["pageSize"], 25);
        assert!(v.get("pageNum").is_none());
        assert_eq!(v["dressUpperColor"], 14);
        assert_eq!(v["umbrellaStatus"], 2);
        assert_eq!(v["searchImageUrl"], "_uri");
        assert_eq!(v["startTime"], 1);
        assert_eq!(SearchFaces::new(t(1), t(2)).page_size(), 10);
        assert_eq!(SearchMotorVehicles::new(t(1), t(2)).page_size(), 10);
        assert_eq!(SearchNonMotorVehicles::new(t(1), t(2)).page_size(), 10);
    }

    #[test]
    fn validation() {
        let mut req = SearchFaces::new(t(1), t(2));
        assert!(req.validate().is_ok());
        req.query.curr_page = Some(0);
        assert!(req.validate().is_err());
        req.query.curr_page = None;
        req.query.score_threshold = Some(-1.0);
        assert!(req.validate().is_err());
        req.query.score_threshold = Some(DEFAULT_SCORE_THRESHOLD_PEDESTRIAN_FACE);
        assert!(req.validate().is_ok());
        req.query.end_time = t(0);
        assert!(req.validate().is_err());
        assert!(GetFace::default().validate().is_err());
        assert!(GetNonMotorVehicle { id: "x".into() }.validate().is_ok());
    }

    #[test]
    fn string_codes_decode() {
        let r: NonMotorVehicleRecord =
            serde_json::from_str(r#"{"category":"4","vehicleType":"101","fullRectLeft":-1741324}"#)
                .unwrap();
        assert_eq!(r.target.category, Some(StructureCategory::NonMotorVehicle));
        assert_eq!(r.vehicle_type.map(|v| v.code()), Some(101));
        assert_eq!(r.target.full_rect_left, Some(-1_741_324));
        let m = MotorVehicleAttributes {
            vehicle_brand: Some(1),
            ..Default::default()
        };
        assert_eq!(m.brand_name(), Some("大众"));
    }
}
