//! 1.4.3.10–1.4.3.11 设备列表 — device lists of device-type and project-type applications.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.10–1.4.3.11 Device lists
// ---------------------------------------------------------------------------------------

client_core::int_enum! {
    /// 是否获取子设备 — `hasChild` filter of the **device-type** app list (1.4.3.10):
    /// 0 = do not return child devices (default), 1 = return them.
    ///
    /// The project-type list (1.4.3.11) documents the opposite meaning for the same
    /// values; see [`ProjectHasChild`].
    pub enum HasChild {
        /// 不获取子设备 — exclude child devices (wire `0`, the default).
        Exclude = 0,
        /// 获取子设备 — include child devices (wire `1`).
        Include = 1,
    }
}

client_core::int_enum! {
    /// 是否获取子设备 — `hasChild` filter of the **project-type** app list, exactly as the
    /// 1.4.3.11 table documents it: 0 = return child devices, 1 = do not (default 0).
    ///
    /// This is the inverse of 1.4.3.10 ([`HasChild`]); the SDK sends the wire value you
    /// choose and does not guess which table is right.
    pub enum ProjectHasChild {
        /// 获取子设备 — include child devices (wire `0`, per the 1.4.3.11 table).
        Include = 0,
        /// 不获取子设备 — exclude child devices (wire `1`, per the 1.4.3.11 table).
        Exclude = 1,
    }
}

/// 筛选条件 — `filterAnd` of [`GetDeviceListInDeviceApplication`]: all conditions must
/// hold (1.4.3.10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceAppFilter {
    /// 是否获取子设备 — include child devices; default [`HasChild::Exclude`] (1.4.3.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_child: Option<HasChild>,
    /// 设备分类列表 — device types to return (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_list: Option<Vec<DeviceTypeCategory>>,
}

/// 获取设备型应用下设备列表 — list the devices of a **device-type** application, by
/// `start`/`limit` (1.4.3.10). Implements [`Paged`].
///
/// ```
/// use client_core::{Endpoint, PageRequest, Paged};
/// use tums_client::api::device::GetDeviceListInDeviceApplication;
/// let mut req = GetDeviceListInDeviceApplication::new(100);
/// req.set_page(PageRequest { index: 2, size: 100 });
/// assert_eq!((req.start, req.limit), (200, 100));
/// assert!(req.validate().is_ok());
/// assert!(GetDeviceListInDeviceApplication::new(101).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceListInDeviceApplication {
    /// 起始条目 — **required**, offset of the first item, from 0 (1.4.3.10).
    pub start: u64,
    /// 条目总数 — **required**, page size, `[1, 100]` (1.4.3.10).
    pub limit: u32,
    /// 筛选条件 — optional AND filter (1.4.3.10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<DeviceAppFilter>,
}

impl GetDeviceListInDeviceApplication {
    /// The largest page (`limit` ∈ `[1, 100]`).
    pub const MAX_LIMIT: u32 = 100;

    /// The first page of `limit` devices, no filter.
    pub fn new(limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            filter_and: None,
        }
    }

    /// Sets the `hasChild` filter.
    pub fn has_child(mut self, has_child: HasChild) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .has_child = Some(has_child);
        self
    }

    /// Only these device types (表 1.4.3.1-1).
    pub fn device_types(mut self, types: impl IntoIterator<Item = DeviceTypeCategory>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .device_type_list = Some(types.into_iter().collect());
        self
    }
}

impl Default for GetDeviceListInDeviceApplication {
    fn default() -> Self {
        Self::new(Self::MAX_LIMIT)
    }
}

impl GetDeviceListInDeviceApplication {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, Self::MAX_LIMIT)
    }
}

client_core::endpoint!(GetDeviceListInDeviceApplication => PagedList<Device>, POST "/tums/open/deviceManager/v1/getDeviceListInDeviceApplication", read, validate);

impl Paged for GetDeviceListInDeviceApplication {
    type Item = Device;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = page.offset();
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<Device>) -> Page<Device> {
        let total = u64::try_from(resp.total).ok();
        Page::new(resp.list, total)
    }
}

/// 与筛选条件 — `filterAnd` of [`GetDeviceListInProjectApplication`]: all conditions must
/// hold (and, with `filterOr`, at least one of those) (1.4.3.11).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectDeviceFilterAnd {
    /// 分组id — region id (numeric string) (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 设备状态 — device status (表 1.4.3.1-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// IP地址下限 — lowest IP address (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_floor: Option<String>,
    /// IP地址上限 — highest IP address (wire key spelled `ipCeilling`, as in the seed;
    /// `ipCeiling` is accepted on input) (1.4.3.11).
    #[serde(
        rename = "ipCeilling",
        alias = "ipCeiling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_ceiling: Option<String>,
    /// 是否获取子设备 — see [`ProjectHasChild`] (the 1.4.3.11 table's meaning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_child: Option<ProjectHasChild>,
    /// 设备分类列表 — device types to return (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_list: Option<Vec<DeviceTypeCategory>>,
}

/// 或筛选条件 — `filterOr` of [`GetDeviceListInProjectApplication`]: at least one
/// condition must hold (1.4.3.11). All are fuzzy (substring) matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectDeviceFilterOr {
    /// 设备名称模糊查询 — device name contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name_like: Option<String>,
    /// 设备型号模糊查询 — device model contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model_like: Option<String>,
    /// IP地址模糊查询 — IP address contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_like: Option<String>,
    /// MAC地址模糊查询 — MAC address contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_like: Option<String>,
    /// 分组名称模糊查询 — region name contains (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name_like: Option<String>,
}

/// 排序条件 — one element of `sort` (1.4.3.11): an object with exactly **one** key, the
/// field, mapped to `asc`/`desc`. Elements earlier in the array take priority.
///
/// ```
/// use tums_client::api::device::{DeviceSort, SortOrder};
/// let s = DeviceSort::device_type(SortOrder::Asc);
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"deviceType":"asc"}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceSort {
    /// 设备分类 — sort by device type (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<SortOrder>,
    /// 设备状态 — sort by device status (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<SortOrder>,
    /// IP地址 — sort by IP address (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<SortOrder>,
    /// MAC地址 — sort by MAC address (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<SortOrder>,
    /// 设备名称 — sort by device name (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<SortOrder>,
}

impl DeviceSort {
    /// Sort by device type.
    pub fn device_type(order: SortOrder) -> Self {
        Self {
            device_type: Some(order),
            ..Self::default()
        }
    }
    /// Sort by device status.
    pub fn device_status(order: SortOrder) -> Self {
        Self {
            device_status: Some(order),
            ..Self::default()
        }
    }
    /// Sort by IP address.
    pub fn ip(order: SortOrder) -> Self {
        Self {
            ip: Some(order),
            ..Self::default()
        }
    }
    /// Sort by MAC address.
    pub fn mac(order: SortOrder) -> Self {
        Self {
            mac: Some(order),
            ..Self::default()
        }
    }
    /// Sort by device name.
    pub fn device_name(order: SortOrder) -> Self {
        Self {
            device_name: Some(order),
            ..Self::default()
        }
    }

    fn key_count(&self) -> usize {
        [
            self.device_type.is_some(),
            self.device_status.is_some(),
            self.ip.is_some(),
            self.mac.is_some(),
            self.device_name.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    }
}

/// 获取项目型应用下设备列表 — list the devices of a **project-type** application, by
/// `start`/`limit`, with filters and sorting (1.4.3.11). Implements [`Paged`].
///
/// ```
/// use tums_client::api::device::{DeviceSort, DeviceStatus, GetDeviceListInProjectApplication, SortOrder};
/// let req = GetDeviceListInProjectApplication::new(50)
///     .status(DeviceStatus::Online)
///     .name_like("门")
///     .sort_by(DeviceSort::device_name(SortOrder::Asc));
/// let body = serde_json::to_value(&req).unwrap();
/// assert_eq!(body["filterAnd"]["deviceStatus"], 1);
/// assert_eq!(body["filterOr"]["deviceNameLike"], "门");
/// assert_eq!(body["sort"][0]["deviceName"], "asc");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceListInProjectApplication {
    /// 起始条目 — **required**, offset of the first item, from 0 (1.4.3.11).
    pub start: u64,
    /// 条目总数 — **required**, page size, `[1, 100]` (1.4.3.11).
    pub limit: u32,
    /// 与筛选条件 — optional AND filter (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<ProjectDeviceFilterAnd>,
    /// 或筛选条件 — optional OR filter (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<ProjectDeviceFilterOr>,
    /// 排序方式 — optional sort keys, highest priority first (1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<DeviceSort>>,
}

impl GetDeviceListInProjectApplication {
    /// The largest page (`limit` ∈ `[1, 100]`).
    pub const MAX_LIMIT: u32 = 100;

    /// The first page of `limit` devices, no filter, no sort.
    pub fn new(limit: u32) -> Self {
        Self {
            start: 0,
            limit,
            filter_and: None,
            filter_or: None,
            sort: None,
        }
    }

    /// AND filter: devices of region `region_id`.
    pub fn region(mut self, region_id: impl Into<String>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .region_id = Some(region_id.into());
        self
    }

    /// AND filter: devices in `status`.
    pub fn status(mut self, status: DeviceStatus) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .device_status = Some(status);
        self
    }

    /// AND filter: only these device types (表 1.4.3.1-1).
    pub fn device_types(mut self, types: impl IntoIterator<Item = DeviceTypeCategory>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .device_type_list = Some(types.into_iter().collect());
        self
    }

    /// AND filter: IP addresses within `floor..=ceiling`.
    pub fn ip_range(mut self, floor: impl Into<String>, ceiling: impl Into<String>) -> Self {
        let f = self.filter_and.get_or_insert_with(Default::default);
        f.ip_floor = Some(floor.into());
        f.ip_ceiling = Some(ceiling.into());
        self
    }

    /// OR filter: device name contains `text`.
    pub fn name_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or
            .get_or_insert_with(Default::default)
            .device_name_like = Some(text.into());
        self
    }

    /// OR filter: device model contains `text`.
    pub fn model_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or
            .get_or_insert_with(Default::default)
            .device_model_like = Some(text.into());
        self
    }

    /// OR filter: IP address contains `text`.
    pub fn ip_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or.get_or_insert_with(Default::default).ip_like = Some(text.into());
        self
    }

    /// OR filter: MAC address contains `text`.
    pub fn mac_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or.get_or_insert_with(Default::default).mac_like = Some(text.into());
        self
    }

    /// OR filter: region name contains `text`.
    pub fn region_name_like(mut self, text: impl Into<String>) -> Self {
        self.filter_or
            .get_or_insert_with(Default::default)
            .region_name_like = Some(text.into());
        self
    }

    /// Appends a sort key (earlier keys take priority).
    pub fn sort_by(mut self, key: DeviceSort) -> Self {
        self.sort.get_or_insert_with(Vec::new).push(key);
        self
    }
}

impl Default for GetDeviceListInProjectApplication {
    fn default() -> Self {
        Self::new(Self::MAX_LIMIT)
    }
}

impl GetDeviceListInProjectApplication {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::limit(path, self.limit, Self::MAX_LIMIT)?;
        if let Some(sort) = &self.sort {
            for (i, s) in sort.iter().enumerate() {
                if s.key_count() != 1 {
                    return Err(Error::invalid(
                        path,
                        format!(
                            "sort[{i}] must name exactly one field, got {}",
                            s.key_count()
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

client_core::endpoint!(GetDeviceListInProjectApplication => PagedList<Device>, POST "/tums/open/deviceManager/v1/getDeviceListInProjectApplication", read, validate);

impl Paged for GetDeviceListInProjectApplication {
    type Item = Device;

    fn page_size(&self) -> u32 {
        self.limit
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = page.offset();
        self.limit = page.size;
    }

    fn into_page(resp: PagedList<Device>) -> Page<Device> {
        let total = u64::try_from(resp.total).ok();
        Page::new(resp.list, total)
    }
}

/// 设备信息 — one device of an application's device list (1.4.3.10, 1.4.3.11).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    /// 设备码 — 17-character device code; some network devices have none (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备名称 — device name (1.4.3.10, 1.4.3.11).
    #[serde(default)]
    pub device_name: String,
    /// 设备类型 — device type (表 1.4.3.1-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<DeviceTypeCategory>,
    /// 设备状态 — device status (表 1.4.3.1-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 开放类型 — open type (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_type: Option<OpenType>,
    /// 开放状态 — open status (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_status: Option<OpenStatus>,
    /// 设备型号 — device model (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// ip地址 — IP address (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// mac地址 — MAC address (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 所属分组 — region name (project-type list 1.4.3.11 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 分组id — region id (project-type list 1.4.3.11 only).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 父设备的mac地址 — parent MAC (video child devices only) (1.4.3.10, 1.4.3.11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 父设备的qrCode — parent device code (video child devices only; `parentQrcode`
    /// accepted on input) (1.4.3.10, 1.4.3.11).
    #[serde(
        default,
        alias = "parentQrcode",
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_qr_code: Option<String>,
    /// 通道号 — channel: always 1 for a directly bound IPC (single- or multi-lens; the
    /// lens count is in the capability set); the NVR channel for an NVR channel IPC
    /// (when `parent_mac`/`parent_qr_code` are present). Typed `short` in the seed (1.4.3.10, 1.4.3.11).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 设备接入协议 — `TP-LINK` (TP协议) or `GB28181` (国标协议); absent in answers of
    /// the older edition (2026 edition 1.4.3.3.2, 1.4.3.3.3). Compare with
    /// [`Device::is_gb28181`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_protocol: Option<String>,
    /// deviceGbId — 设备的20位国标设备ID of a GB/T 28181 device; `null`/absent for
    /// TP-LINK devices (2026 edition 1.4.3.3.2, 1.4.3.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// sipServerId — 国标设备接入的SIP服务器id, entrusted (托管) GB devices only (2026
    /// edition 1.4.3.3.2, whose example writes the key with a trailing space,
    /// `sipServerId `, accepted on input).
    #[serde(
        default,
        alias = "sipServerId ",
        skip_serializing_if = "Option::is_none"
    )]
    pub sip_server_id: Option<String>,
}

impl Device {
    /// `true` when the device is connected over GB/T 28181 (`accessProtocol`
    /// `GB28181`, whitespace and case ignored; 2026 edition 1.4.3.3.2).
    pub fn is_gb28181(&self) -> bool {
        self.access_protocol
            .as_deref()
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("GB28181"))
    }

    /// `true` for an NVR channel IPC (a video child with a parent).
    pub fn is_channel_device(&self) -> bool {
        self.parent_mac.is_some() || self.parent_qr_code.is_some()
    }

    /// A [`DeviceTarget`] addressing this device (by `deviceGbId` for a GB/T 28181
    /// device, through its parent for NVR channels), or `None` when the listing carries
    /// no id, code nor MAC for it.
    pub fn target(&self) -> Option<DeviceTarget> {
        if let Some(gb) = &self.device_gb_id {
            let mut target = DeviceTarget::gb(gb.clone());
            target.sip_server_id = self.sip_server_id.clone();
            Some(target)
        } else if self.is_channel_device() {
            Some(DeviceTarget {
                qr_code: self.parent_qr_code.clone(),
                mac: self.parent_mac.clone(),
                channel_id: self.channel_id,
                child_mac: None,
                ..DeviceTarget::default()
            })
        } else if self.qr_code.is_some() || self.mac.is_some() {
            Some(DeviceTarget {
                qr_code: self.qr_code.clone(),
                mac: self.mac.clone(),
                channel_id: self.channel_id,
                child_mac: None,
                ..DeviceTarget::default()
            })
        } else {
            None
        }
    }
}
