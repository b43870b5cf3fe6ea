//! The Hongtu response envelope and common payload shapes (hongtu-aiot-openapi.txt
//! 公共返回参数).
//!
//! `{"code": int, "msg": string, "data": optional}`; success is `code: 0`.

use serde::{Deserialize, Serialize};

/// The response envelope around every Hongtu answer.
///
/// `T` only needs to be deserializable (not `Default`): `Envelope<PageData<X>>` works for
/// any item type `X`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(
    serialize = "T: Serialize",
    deserialize = "T: serde::de::DeserializeOwned"
))]
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
#[serde(
    rename_all = "camelCase",
    bound(
        serialize = "T: Serialize",
        deserialize = "T: serde::de::DeserializeOwned"
    )
)]
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

impl<T> PageData<T> {
    /// The total to page against: `None` when it is unknown. Several list endpoints
    /// mark `total` optional (非必须), and an absent `total` reads as 0; a page that has
    /// items while `total` is 0 (or a negative total) therefore means "not reported",
    /// and the paginator then stops on the first short page instead of after page 1.
    pub fn reported_total(&self) -> Option<u64> {
        if self.total == 0 && !self.list.is_empty() {
            return None;
        }
        u64::try_from(self.total).ok()
    }

    /// This page for [`client_core::paginate`]: the items and [`Self::reported_total`].
    pub fn into_page(self) -> client_core::Page<T> {
        let total = self.reported_total();
        client_core::Page::new(self.list, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item type that is neither `Default` nor `Clone`-able by default derive.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Item {
        id: String,
    }

    #[test]
    fn paged_envelope_of_a_non_default_item_decodes() {
        let json = r#"{"code":0,"msg":"成功","data":{"pageNum":1,"pageSize":2,"total":3,"list":[{"id":"a"},{"id":"b"}]}}"#;
        let env: Envelope<PageData<Item>> = serde_json::from_str(json).unwrap();
        assert_eq!(env.code, 0);
        let page = env.data.unwrap();
        assert_eq!(page.total, 3);
        assert_eq!(page.page_num, Some(1));
        assert_eq!(page.list[1], Item { id: "b".into() });
        let back = serde_json::to_value(Envelope {
            code: 0,
            msg: None,
            data: Some(page),
        })
        .unwrap();
        assert_eq!(back["data"]["list"][0]["id"], "a");
    }

    #[test]
    fn reported_total_is_none_when_left_out() {
        let page: PageData<Item> =
            serde_json::from_str(r#"{"pageNum":1,"list":[{"id":"a"}]}"#).unwrap();
        assert_eq!(page.reported_total(), None);
        let page: PageData<Item> = serde_json::from_str(r#"{"total":0,"list":[]}"#).unwrap();
        assert_eq!(page.reported_total(), Some(0));
        let page: PageData<Item> =
            serde_json::from_str(r#"{"total":"7","list":[{"id":"a"}]}"#).unwrap();
        assert_eq!(page.reported_total(), Some(7));
        let page: PageData<Item> = serde_json::from_str(r#"{"total":-1,"list":[]}"#).unwrap();
        assert_eq!(page.reported_total(), None);
    }

    #[test]
    fn absent_data_and_list_default() {
        let env: Envelope<PageData<Item>> = serde_json::from_str(r#"{"code":"0"}"#).unwrap();
        assert_eq!(env.data, None);
        let env: Envelope<PageData<Item>> =
            serde_json::from_str(r#"{"code":0,"data":{"total":"0"}}"#).unwrap();
        let page = env.data.unwrap();
        assert!(page.list.is_empty());
        assert_eq!(page.total, 0);
    }
}

/// A batch answer `{successes, failures}` (添加成功列表 / 添加失败列表): the person,
/// group, schedule, rule, device and attendance batch operations all answer this way,
/// each with its own item type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(
    serialize = "T: Serialize",
    deserialize = "T: serde::de::DeserializeOwned"
))]
pub struct BatchResult<T> {
    /// 成功列表 (`successes`) — items that succeeded.
    #[serde(default = "Vec::new")]
    pub successes: Vec<T>,
    /// 失败列表 (`failures`) — items that failed, with their `code`/`msg`.
    #[serde(default = "Vec::new")]
    pub failures: Vec<T>,
}

impl<T> Default for BatchResult<T> {
    fn default() -> Self {
        Self {
            successes: Vec::new(),
            failures: Vec::new(),
        }
    }
}

impl<T> BatchResult<T> {
    /// `true` when no item failed.
    pub fn all_succeeded(&self) -> bool {
        self.failures.is_empty()
    }
}

/// A batch result whose entries are a uuid, a code and a message (人员管理 1.5.3, 时间计划管理 1.3.3,
/// and the attendance batch deletes).
pub type UuidBatchResult = BatchResult<UuidOutcome>;

/// One entry of a [`UuidBatchResult`]. A bare uuid string (as the attendance-device
/// example prints its `failures`) is accepted on input. `uuid` is 非必须 in the
/// 人员管理 1.5.3, 考勤设备 and 考勤组 batch-delete answers: absent or `null` reads as
/// `""`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "UuidOutcomeRepr")]
pub struct UuidOutcome {
    /// uuid — the entry (`""` when the box left it out).
    pub uuid: String,
    /// 结果状态码 — result code.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息提示 — result message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

/// The wire forms of a [`UuidOutcome`]: an object, or a bare uuid.
#[derive(Deserialize)]
#[serde(untagged)]
enum UuidOutcomeRepr {
    Bare(String),
    Full {
        #[serde(default, with = "client_core::lenient::opt_string")]
        uuid: Option<String>,
        #[serde(default, with = "client_core::lenient::opt_int")]
        code: Option<i64>,
        #[serde(default)]
        msg: Option<String>,
    },
}

impl From<UuidOutcomeRepr> for UuidOutcome {
    fn from(r: UuidOutcomeRepr) -> Self {
        match r {
            UuidOutcomeRepr::Bare(uuid) => Self {
                uuid,
                code: None,
                msg: None,
            },
            UuidOutcomeRepr::Full { uuid, code, msg } => Self {
                uuid: uuid.unwrap_or_default(),
                code,
                msg,
            },
        }
    }
}
