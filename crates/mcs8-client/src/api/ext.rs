//! 2.40 扩展接口 — device tree and online records.

use serde::{Deserialize, Serialize};

use super::{check, paged};
use crate::envelope::Listing;
use crate::models::{OnlineRecord, TreeNode};
use crate::wire::QueryTime;

/// 获取设备树 — the flat tree of enterprises, groups, devices and channels the user
/// may see (2.40.1, `GET /api/v1/ext/DevTree`). Device `status` is cached.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct DevTree {}

client_core::endpoint!(DevTree => Vec<TreeNode>, GET "/api/v1/ext/DevTree", read);

/// 设备在线数据查询 — device online/offline records (2.40.2,
/// `GET /api/v1/DevOnlineList?st=…&et=…&groupId=30000000&devId=pc1&page=1&pagesize=10000`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DevOnlineList {
    /// 开始时间 — start (required) (2.40.2).
    pub st: QueryTime,
    /// 结束时间 — end (required) (2.40.2).
    pub et: QueryTime,
    /// 组 Id — group id (2.40.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// 设备 Id — device id (2.40.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
    /// 当前页 — page number, default 1 (2.40.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (wire name `pagesize`) (2.40.2).
    #[serde(
        rename = "pagesize",
        alias = "pageSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<u32>,
}

impl DevOnlineList {
    /// Records in `st..et`.
    pub fn new(st: impl Into<QueryTime>, et: impl Into<QueryTime>) -> Self {
        Self {
            st: st.into(),
            et: et.into(),
            group_id: None,
            dev_id: None,
            page: None,
            page_size: None,
        }
    }
}

impl DevOnlineList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::range(path, &self.st, &self.et)?;
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(DevOnlineList => Listing<OnlineRecord>, GET "/api/v1/DevOnlineList", read, validate);
paged!(DevOnlineList, OnlineRecord, 1000);
