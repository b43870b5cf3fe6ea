//! 1.4.2 分组管理 — regions (groups) of a project-type application
//! (tums-open-api.txt 1.4.2.1–1.4.2.10).
//!
//! Regions form a tree at most 4 levels deep; `parentId` `"0"` means a root region.
//! Every project has one default region (`regionType` 1) that cannot be deleted.
//! Only project-type applications may call these endpoints (-88312 otherwise).
//!
//! The three listing endpoints page with `start`/`limit` (limit `[1, 50]`) and implement
//! [`Paged`], so [`crate::Client::stream`] walks them to the end:
//!
//! ```no_run
//! # async fn demo(client: tums_client::Client) -> Result<(), tums_client::Error> {
//! use futures::TryStreamExt;
//! use tums_client::api::region::GetPagedRootRegions;
//! let roots: Vec<_> = client.stream(GetPagedRootRegions::new()).try_collect().await?;
//! for r in &roots {
//!     println!("{} {}", r.region_id, r.region_name);
//! }
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;

use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::envelope::PagedList;

/// The `parentId` of a root region (无父分组时传"0", 1.4.2.1).
pub const ROOT_PARENT_ID: &str = "0";
/// Deepest allowed nesting (分组最多有4层嵌套, 1.4.2.1).
pub const MAX_REGION_LEVEL: i64 = 4;
/// Documented `regionName` length in characters (`[1, 32]`, 1.4.2.1/2).
pub const REGION_NAME_LEN: std::ops::RangeInclusive<usize> = 1..=32;
/// Documented `order` range (`[1, 10000]`, 1.4.2.1).
pub const ORDER_RANGE: std::ops::RangeInclusive<i64> = 1..=10_000;
/// Documented `limit` range of the paged region listings (`[1, 50]`, 1.4.2.8–10).
pub const LIMIT_RANGE: std::ops::RangeInclusive<u32> = 1..=50;
/// Documented `regionIds` list length of [`BatchGetRegionAncestor`] (`[1, 50]`, 1.4.2.7).
pub const REGION_IDS_LEN: std::ops::RangeInclusive<usize> = 1..=50;

fn check_name(path: &str, name: &str) -> Result<(), Error> {
    let n = name.chars().count();
    if !REGION_NAME_LEN.contains(&n) {
        return Err(Error::invalid(
            path,
            format!("regionName must be 1..=32 characters, got {n}"),
        ));
    }
    Ok(())
}

client_core::int_enum! {
    /// 分组类型 — region type (1.4.2.8 regionType).
    pub enum RegionType {
        /// 非默认分组 — an ordinary region.
        Normal = 0,
        /// 默认分组 — the project's default region (cannot be deleted).
        Default = 1,
    }
}

/// 添加分组 — add a region (1.4.2.1).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::region::AddRegion;
/// let req = AddRegion::new("root1.2", "1").order(2);
/// assert_eq!(
///     req.encode().unwrap().body.unwrap(),
///     &br#"{"regionName":"root1.2","order":2,"parentId":"1"}"#[..]
/// );
/// assert!(AddRegion::new("", "0").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddRegion {
    /// 分组名称 — region name, 1–32 characters (1.4.2.1).
    pub region_name: String,
    /// 分组顺序 — position among its siblings, `[1, 10000]`; appended last when absent
    /// (1.4.2.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub order: Option<i64>,
    /// 父分组id — parent region id; `"0"` for a root region (1.4.2.1).
    pub parent_id: String,
}

impl AddRegion {
    /// A region named `name` under `parent_id` (`"0"` = root), appended last.
    pub fn new(name: impl Into<String>, parent_id: impl Into<String>) -> Self {
        Self {
            region_name: name.into(),
            order: None,
            parent_id: parent_id.into(),
        }
    }

    /// Sets the position among its siblings (`[1, 10000]`).
    pub fn order(mut self, order: i64) -> Self {
        self.order = Some(order);
        self
    }
}

impl AddRegion {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_name(path, &self.region_name)?;
        if let Some(o) = self.order {
            if !ORDER_RANGE.contains(&o) {
                return Err(Error::invalid(
                    path,
                    format!("order must be 1..=10000, got {o}"),
                ));
            }
        }
        if self.parent_id.is_empty() {
            return Err(Error::invalid(
                path,
                "parentId must not be empty (use \"0\" for a root region)",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(AddRegion => AddedRegion, POST "/tums/open/resource/v1/addRegion", write, validate);

/// The region created by [`AddRegion`] (1.4.2.1 result).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddedRegion {
    /// 分组id — the new region's id (1.4.2.1).
    #[serde(default, with = "client_core::lenient::string")]
    pub region_id: String,
    /// 分组层级 — level of the region, `[1, 4]` (1.4.2.1).
    #[serde(default, with = "client_core::lenient::int")]
    pub region_level: i64,
    /// 分组顺序 — position among its siblings, `[1, 10000]` (1.4.2.1).
    #[serde(default, with = "client_core::lenient::int")]
    pub order: i64,
}

/// 编辑分组 — rename a region (1.4.2.2). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditRegion {
    /// 分组名称 — the new name, 1–32 characters (1.4.2.2).
    pub region_name: String,
    /// 分组id — the region to rename (1.4.2.2).
    pub region_id: String,
}

impl EditRegion {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_name(path, &self.region_name)
    }
}

client_core::endpoint!(EditRegion => client_core::Ack, POST "/tums/open/resource/v1/editRegion", write, validate);

/// 删除分组 — delete a region and its whole subtree (1.4.2.3). The default region
/// cannot be deleted; devices of deleted regions move to the default region. Returns
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteRegion {
    /// 分组id — the region to delete (1.4.2.3).
    pub region_id: String,
}

client_core::endpoint!(DeleteRegion => client_core::Ack, POST "/tums/open/resource/v1/deleteRegion", write);

/// 删除所有分组 — delete every region except the default one (1.4.2.4). No parameters:
/// the body is `{}`. Returns nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteAllRegion {}

client_core::endpoint!(DeleteAllRegion => client_core::Ack, POST "/tums/open/resource/v1/deleteAllRegion", write);

/// 交换平级分组顺序 — swap the order of two sibling regions (1.4.2.5). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SwitchRegionOrder {
    /// 第一个分组id — the first region id (1.4.2.5).
    pub first_region: String,
    /// 第二个分组id — the second region id (1.4.2.5).
    pub second_region: String,
}

client_core::endpoint!(SwitchRegionOrder => client_core::Ack, POST "/tums/open/resource/v1/switchRegionOrder", write);

/// One region on an ancestor path (1.4.2.6/7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionNode {
    /// 分组id — region id.
    #[serde(default, with = "client_core::lenient::string")]
    pub region_id: String,
    /// 分组名称 — region name.
    #[serde(default)]
    pub region_name: String,
    /// 分组层级内顺序 — position among its siblings.
    #[serde(default, with = "client_core::lenient::int")]
    pub order: i64,
    /// 分组层级 — level, 1 for a root region.
    #[serde(default, with = "client_core::lenient::int")]
    pub region_level: i64,
    /// 父分组id — parent id, `"0"` for a root region.
    #[serde(default, with = "client_core::lenient::string")]
    pub parent_id: String,
}

/// 获取分组祖先节点 — the ancestors of a region, root first, ending with the region
/// itself (1.4.2.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetRegionAncestor {
    /// 分组id — the region (1.4.2.6).
    pub region_id: String,
}

client_core::endpoint!(GetRegionAncestor => RegionAncestors, POST "/tums/open/resource/v1/getRegionAncestor", read);

/// The result of [`GetRegionAncestor`] (1.4.2.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionAncestors {
    /// 祖先节点 — from the root down to the region itself (1.4.2.6).
    #[serde(default)]
    pub region_ancestors: Vec<RegionNode>,
}

/// 批量获取分组祖先节点 — ancestors of up to 50 regions at once (1.4.2.7). The result
/// maps each region id to its ancestor path (root first, ending with the region).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchGetRegionAncestor {
    /// 分组id列表 — region ids, 1–50 of them (1.4.2.7).
    pub region_ids: Vec<String>,
}

impl BatchGetRegionAncestor {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let n = self.region_ids.len();
        if !REGION_IDS_LEN.contains(&n) {
            return Err(Error::invalid(
                path,
                format!("regionIds must hold 1..=50 ids, got {n}"),
            ));
        }
        Ok(())
    }
}

// 分组id → 祖先列表 — region id to its ancestor path (1.4.2.7).
client_core::endpoint!(BatchGetRegionAncestor => BTreeMap<String, Vec<RegionNode>>, POST "/tums/open/resource/v1/batchGetRegionAncestor", read, validate);

/// 设备数量 — device counts of one system (1.4.2.8 devNumMap values).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DevNum {
    /// 设备总数 — number of devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_dev_num: Option<i64>,
    /// 在线设备总数 — number of online devices.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_dev_online_num: Option<i64>,
}

/// 各系统设备数量 — device counts per system type (1.4.2.8 devNumMap; keys vms, nms,
/// nbs, evcs, parking). Systems the seed does not list are kept in `other`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevNumMap {
    /// vms — security video devices (安防).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vms: Option<DevNum>,
    /// nms — network devices (网络).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nms: Option<DevNum>,
    /// nbs — network broadcast / speaker devices (音箱).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbs: Option<DevNum>,
    /// evcs — charging and solar devices (充电).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evcs: Option<DevNum>,
    /// parking — parking devices (停车).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking: Option<DevNum>,
    /// Other system types the platform may add.
    #[serde(flatten)]
    pub other: BTreeMap<String, DevNum>,
}

/// 分组信息 — one region of a paged listing (1.4.2.8–10 list items).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// 分组id — region id.
    #[serde(default, with = "client_core::lenient::string")]
    pub region_id: String,
    /// 分组名称 — region name.
    #[serde(default)]
    pub region_name: String,
    /// 分组层级内顺序 — position among its siblings.
    #[serde(default, with = "client_core::lenient::int")]
    pub order: i64,
    /// 分组层级 — level, 1 for a root region.
    #[serde(default, with = "client_core::lenient::int")]
    pub region_level: i64,
    /// 父分组id — parent id, `"0"` for a root region.
    #[serde(default, with = "client_core::lenient::string")]
    pub parent_id: String,
    /// 是否还有子分组 — whether the region has children (0 无 / 1 有 on the wire).
    #[serde(with = "client_core::lenient::bool_int", default)]
    pub has_children: bool,
    /// 分组类型 — ordinary or default region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_type: Option<RegionType>,
    /// 总设备数 — number of devices; only with `needDevNum` = 1.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_dev_num: Option<i64>,
    /// 总在线数 — number of online devices; only with `needDevNum` = 1.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_dev_online_num: Option<i64>,
    /// 各系统设备数量 — device counts per system; only with `needDevNum` = 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_num_map: Option<DevNumMap>,
}

impl Region {
    /// `true` for the project's default region.
    pub fn is_default(&self) -> bool {
        self.region_type == Some(RegionType::Default)
    }
}

fn region_page(resp: PagedList<Region>) -> Page<Region> {
    Page::new(resp.list, u64::try_from(resp.total).ok())
}

/// `Paged` for the three `start`/`limit` region listings (1.4.2.8–1.4.2.10): pages of
/// `{total, list}` of [`Region`].
macro_rules! region_paged {
    ($ty:ty) => {
        impl Paged for $ty {
            type Item = Region;
            fn page_size(&self) -> u32 {
                self.limit
            }
            fn set_page(&mut self, page: PageRequest) {
                self.start = page.offset();
                self.limit = page.size;
            }
            fn into_page(resp: PagedList<Region>) -> Page<Region> {
                region_page(resp)
            }
        }
    };
}

/// 分页获取根分组 — list the root regions (the outermost regions the application may
/// see), paged with `start`/`limit` (1.4.2.8).
///
/// ```
/// use client_core::{Endpoint, Paged, PageRequest};
/// use tums_client::api::region::GetPagedRootRegions;
/// let mut req = GetPagedRootRegions::new();
/// req.set_page(PageRequest { index: 2, size: 20 });
/// assert_eq!((req.start, req.limit), (40, 20));
/// assert!(GetPagedRootRegions::new().limit(51).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetPagedRootRegions {
    /// 起始条目 — 0-based offset of the first region (1.4.2.8).
    pub start: u64,
    /// 每次返回分组个数 — page size, `[1, 50]` (1.4.2.8).
    pub limit: u32,
    /// 是否需要统计设备数量信息 — add device counts to each region (0/1 on the wire,
    /// default 0) (1.4.2.8).
    #[serde(with = "client_core::lenient::bool_int", default)]
    pub need_dev_num: bool,
}

impl Default for GetPagedRootRegions {
    fn default() -> Self {
        Self::new()
    }
}

impl GetPagedRootRegions {
    /// From the first region, 50 per page, without device counts.
    pub fn new() -> Self {
        Self {
            start: 0,
            limit: *LIMIT_RANGE.end(),
            need_dev_num: false,
        }
    }

    /// Sets the page size (`[1, 50]`).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Asks for device counts (`needDevNum` = 1).
    pub fn with_dev_num(mut self) -> Self {
        self.need_dev_num = true;
        self
    }
}

impl GetPagedRootRegions {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, *LIMIT_RANGE.end())
    }
}

client_core::endpoint!(GetPagedRootRegions => PagedList<Region>, POST "/tums/open/resource/v1/getPagedRootRegions", read, validate);

region_paged!(GetPagedRootRegions);

/// 分页获取子分组信息 — list the children of a region, paged with `start`/`limit`
/// (1.4.2.9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetPagedRegionChildren {
    /// 父分组id — the parent region (1.4.2.9).
    pub region_id: String,
    /// 起始条目 — 0-based offset of the first child (1.4.2.9).
    pub start: u64,
    /// 每次返回分组个数 — page size, `[1, 50]` (1.4.2.9).
    pub limit: u32,
    /// 是否需要统计设备数量信息 — add device counts (0/1 on the wire). The seed marks it
    /// 必选 and also "默认为0", so it is always sent (1.4.2.9).
    #[serde(with = "client_core::lenient::bool_int", default)]
    pub need_dev_num: bool,
}

impl GetPagedRegionChildren {
    /// The children of `region_id`, 50 per page, without device counts.
    pub fn new(region_id: impl Into<String>) -> Self {
        Self {
            region_id: region_id.into(),
            start: 0,
            limit: *LIMIT_RANGE.end(),
            need_dev_num: false,
        }
    }

    /// Sets the page size (`[1, 50]`).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Asks for device counts (`needDevNum` = 1).
    pub fn with_dev_num(mut self) -> Self {
        self.need_dev_num = true;
        self
    }
}

impl GetPagedRegionChildren {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, *LIMIT_RANGE.end())
    }
}

client_core::endpoint!(GetPagedRegionChildren => PagedList<Region>, POST "/tums/open/resource/v1/getPagedRegionChildren", read, validate);

region_paged!(GetPagedRegionChildren);

/// 模糊查找分组信息 — search regions whose name contains a text, paged with
/// `start`/`limit` (1.4.2.10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetRegionByNameLike {
    /// 分组名称（模糊匹配） — the text to look for in region names (1.4.2.10).
    pub region_name_like: String,
    /// 起始条目 — 0-based offset of the first match (1.4.2.10).
    pub start: u64,
    /// 每次返回分组个数 — page size, `[1, 50]` (1.4.2.10).
    pub limit: u32,
    /// 是否需要统计设备数量信息 — add device counts (0/1 on the wire). Marked 必选 in
    /// the table but omitted in the example, so it is always sent (1.4.2.10).
    #[serde(with = "client_core::lenient::bool_int", default)]
    pub need_dev_num: bool,
}

impl GetRegionByNameLike {
    /// Regions whose name contains `text`, 50 per page, without device counts.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            region_name_like: text.into(),
            start: 0,
            limit: *LIMIT_RANGE.end(),
            need_dev_num: false,
        }
    }

    /// Sets the page size (`[1, 50]`).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Asks for device counts (`needDevNum` = 1).
    pub fn with_dev_num(mut self) -> Self {
        self.need_dev_num = true;
        self
    }
}

impl GetRegionByNameLike {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, *LIMIT_RANGE.end())
    }
}

client_core::endpoint!(GetRegionByNameLike => PagedList<Region>, POST "/tums/open/resource/v1/getRegionByNameLike", read, validate);

region_paged!(GetRegionByNameLike);
