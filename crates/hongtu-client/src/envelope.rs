//! The Hongtu response envelope and common payload shapes (hongtu-aiot-openapi.txt
//! 公共返回参数).
//!
//! `{"code": int, "msg": string, "data": optional}`; success is `code: 0`.

use serde::{Deserialize, Serialize};

/// The response envelope around every Hongtu answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// 返回码 — 0 on success.
    #[serde(with = "client_core::lenient::int")]
    pub code: i64,
    /// 返回信息 — "成功" on success, the reason otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 返回数据 — the payload; absent for operations that return nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
}

/// A `pageNum`/`pageSize` page: `{pageNum, pageSize, total, list}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageData<T> {
    /// 当前页码 — current page number (1-based).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_num: Option<i64>,
    /// 每页数量 — page size.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<i64>,
    /// 总数 — total number of items.
    #[serde(default, with = "client_core::lenient::int")]
    pub total: i64,
    /// 列表 — this page's items.
    #[serde(default = "Vec::new")]
    pub list: Vec<T>,
}
