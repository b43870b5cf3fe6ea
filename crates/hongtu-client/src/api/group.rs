//! 组管理 (人员组管理) — person groups: batch add, delete, rename, list, details,
//! membership (hongtu-aiot-openapi.txt, module 组管理 1.1–1.9).

use chrono::{DateTime, Utc};
use client_core::{validate, Ack};
use client_core::{Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use crate::api::util::check_page;
use crate::dict::{GroupType, PersonType};
use crate::envelope::PageData;

/// Default `pageSize` of the group lists (组管理 1.4.2, 1.7.2: 默认为 20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

fn page_size_or_default(size: Option<i64>) -> u32 {
    size.and_then(|s| u32::try_from(s).ok())
        .filter(|s| *s > 0)
        .unwrap_or(DEFAULT_PAGE_SIZE)
}

fn check_group_name(path: &str, name: &str) -> Result<(), Error> {
    let n = name.chars().count();
    if !(2..=32).contains(&n) {
        return Err(Error::invalid(
            path,
            format!("name must be 2..=32 characters, got {n}"),
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
    {
        return Err(Error::invalid(
            path,
            format!("name must not contain special characters, got {c:?}"),
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------- 1.1 batchAdd

/// 批量添加人员组 — add several person groups (`POST /v1/api/pass/group/batchAdd`,
/// 组管理 1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchAddGroups {
    /// 人员组列表 (`groupList`) — the groups.
    #[serde(default)]
    pub group_list: Vec<NewGroup>,
}

/// One group to add (`groupList[]`, 组管理 1.1.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewGroup {
    /// 人员组唯一标志uuid (`uuid`) — optional custom uuid, 1–40 characters, no special
    /// characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 组名称 (`name`) — required, unique, 2–32 characters, no special characters.
    pub name: String,
    /// 组类型 (`type`) — required (数据字典 1.3.1).
    #[serde(rename = "type")]
    pub group_type: GroupType,
}

impl BatchAddGroups {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.group_list.is_empty() {
            return Err(Error::invalid(path, "groupList must not be empty"));
        }
        for g in &self.group_list {
            check_group_name(path, &g.name)?;
            if let Some(u) = &g.uuid {
                let n = u.chars().count();
                if !(1..=40).contains(&n)
                    || !u
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                {
                    return Err(Error::invalid(
                        path,
                        format!(
                            "uuid must be 1..=40 characters without special characters, got {u:?}"
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

client_core::endpoint!(BatchAddGroups => GroupBatchResult, POST "/v1/api/pass/group/batchAdd", write, validate);

/// Result of [`BatchAddGroups`]: `{successes, failures}` (组管理 1.1.3).
pub type GroupBatchResult = crate::envelope::BatchResult<GroupResult>;

/// One created or rejected group (组管理 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupResult {
    /// 人员组唯一标志uuid (`uuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 结果状态码 (`code`).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 人员组名称 (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 结果信息提示 (`msg`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 组类型 (`type`) — 1 员工, 2 访客, 3 重点人员.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// `isAll` — undocumented member present in the examples (0).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_all: Option<i64>,
}

// ---------------------------------------------------------------- 1.2 delete

/// 删除人员组 — delete a group (`POST /v1/api/pass/group/delete`, 组管理 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteGroup {
    /// 组uuid (`uuid`) — required.
    pub uuid: String,
}

impl DeleteGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(DeleteGroup => Ack, POST "/v1/api/pass/group/delete", write, validate);

// ---------------------------------------------------------------- 1.3 update

/// 修改人员组 — rename a group (`POST /v1/api/pass/group/update`, 组管理 1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGroup {
    /// 人员组唯一标志uuid (`uuid`) — required.
    pub uuid: String,
    /// 组名称 (`name`) — required, 2–32 characters.
    pub name: String,
}

impl UpdateGroup {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        check_group_name(path, &self.name)
    }
}

client_core::endpoint!(UpdateGroup => Ack, POST "/v1/api/pass/group/update", write, validate);

// ---------------------------------------------------------------- 1.4 list

/// 人员组列表 — the groups of one type, paged; `name` matches fuzzily
/// (`POST /v1/api/pass/group/list`, 组管理 1.4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupList {
    /// 分页页码 (`pageNum`) — default 1.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_num: Option<i64>,
    /// 分页大小 (`pageSize`) — default 20.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<i64>,
    /// 组类别 (`type`) — required: 1 员工, 2 访客, 3 重点人员.
    #[serde(rename = "type")]
    pub group_type: GroupType,
    /// 组名 (`name`) — name filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl GroupList {
    /// Every group of `group_type`.
    pub fn of_type(group_type: GroupType) -> Self {
        Self {
            page_num: None,
            page_size: None,
            group_type,
            name: None,
        }
    }
}

impl GroupList {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(GroupList => PageData<Group>, POST "/v1/api/pass/group/list", read, validate);

impl Paged for GroupList {
    type Item = Group;
    fn page_size(&self) -> u32 {
        page_size_or_default(self.page_size)
    }
    fn set_page(&mut self, page: PageRequest) {
        self.page_num = Some(page.number() as i64);
        self.page_size = Some(i64::from(page.size));
    }
    fn into_page(resp: PageData<Group>) -> Page<Group> {
        resp.into_page()
    }
}

/// A person group (组管理 1.4.3, 1.5.3, 1.9.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// 组UUID (`uuid`).
    #[serde(default)]
    pub uuid: String,
    /// 组名 (`name`).
    #[serde(default)]
    pub name: String,
    /// 组类型 (`type`) — 数据字典 1.3.1.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// 总人数 (`personTotal`) — persons in the group.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub person_total: Option<i64>,
    /// `isAll` — undocumented member present in the list example (0).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_all: Option<i64>,
}

// ---------------------------------------------------------------- 1.5 query

/// 查询人员组详情 — one group, with its person count
/// (`POST /v1/api/pass/group/query`, 组管理 1.5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GroupQuery {
    /// 组uuid (`uuid`) — required.
    pub uuid: String,
}

impl GroupQuery {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(GroupQuery => Group, POST "/v1/api/pass/group/query", read, validate);

// ---------------------------------------------------------------- 1.6 batchDeletePerson

/// 批量移除组内人员 — remove persons from a group
/// (`POST /v1/api/pass/group/batchDeletePerson`, 组管理 1.6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoveGroupPersons {
    /// 人员组唯一标志uuid (`groupUuid`) — required.
    pub group_uuid: String,
    /// 人员uuid列表 (`personUuids`) — required.
    pub person_uuids: Vec<String>,
}

impl RemoveGroupPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.group_uuid.is_empty() {
            return Err(Error::invalid(path, "groupUuid is required"));
        }
        if self.person_uuids.is_empty() {
            return Err(Error::invalid(path, "personUuids must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(RemoveGroupPersons => Ack, POST "/v1/api/pass/group/batchDeletePerson", write, validate);

// ---------------------------------------------------------------- 1.7 queryPersonListInGroup

/// 查询组内人员详情 — the persons of a group, paged; `name` and `personCode` match
/// fuzzily (`POST /v1/api/pass/group/queryPersonListInGroup`, 组管理 1.7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupPersons {
    /// 分页页码 (`pageNum`) — default 1.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_num: Option<i64>,
    /// 分页大小 (`pageSize`) — default 20.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub page_size: Option<i64>,
    /// 人员组唯一标志uuid (`uuid`) — required.
    pub uuid: String,
    /// 组类型 (`type`) — required (数据字典 1.3.1).
    #[serde(rename = "type")]
    pub group_type: GroupType,
    /// 人员姓名 (`name`) — name filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 人员编号 (`personCode`) — staff-code filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
}

impl GroupPersons {
    /// Every person of the group `uuid` of type `group_type`.
    pub fn new(uuid: impl Into<String>, group_type: GroupType) -> Self {
        Self {
            page_num: None,
            page_size: None,
            uuid: uuid.into(),
            group_type,
            name: None,
            person_code: None,
        }
    }
}

impl GroupPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(GroupPersons => PageData<GroupMember>, POST "/v1/api/pass/group/queryPersonListInGroup", read, validate);

impl Paged for GroupPersons {
    type Item = GroupMember;
    fn page_size(&self) -> u32 {
        page_size_or_default(self.page_size)
    }
    fn set_page(&mut self, page: PageRequest) {
        self.page_num = Some(page.number() as i64);
        self.page_size = Some(i64::from(page.size));
    }
    fn into_page(resp: PageData<GroupMember>) -> Page<GroupMember> {
        resp.into_page()
    }
}

/// A person in a group (`list[]`, 组管理 1.7.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupMember {
    /// 组uuid (`groupUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 人员uuid (`personUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_uuid: Option<String>,
    /// 用户图片 (`imageUri`) — photo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_uri: Option<String>,
    /// 人员名 (`personName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 员工编号 (`personCode`) — staff code (employee groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_code: Option<String>,
    /// 拜访用户uuid (`visitTargetUuid`) — the employee visited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_target_uuid: Option<String>,
    /// 拜访用户姓名 (`visitTarget`) — name of the employee visited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_target: Option<String>,
    /// 拜访起始时间 (`visitStartTime`, ms timestamp typed string).
    #[serde(
        rename = "visitStartTime",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_start: Option<DateTime<Utc>>,
    /// 拜访结束时间 (`visitEndTime`, ms timestamp typed string).
    #[serde(
        rename = "visitEndTime",
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub visit_end: Option<DateTime<Utc>>,
    /// 访客状态 (`status`) — visitor status as text: 无效 (invalid) / 有效 (valid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// 手机号码 (`phone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 身份证号码 (`identifyNum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identify_num: Option<String>,
    /// 人员类型 (`type`) — 1 员工, 2 访客, 3 重点人员.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub person_type: Option<PersonType>,
    /// 拜访原因 (`visitReason`) — 1–255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_reason: Option<String>,
}

// ---------------------------------------------------------------- 1.8 batchUpdatePerson

/// 编辑组内人员 — set a group's members (`POST /v1/api/pass/group/batchUpdatePerson`,
/// 组管理 1.8): persons not listed are removed, new ones added; an empty
/// `personUuids` removes everyone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetGroupPersons {
    /// 人员组唯一标志uuid (`groupUuid`) — 非必须 in the seed (组管理 1.8.2): left out
    /// when absent, but never sent blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 人员uuid列表 (`personUuids`) — the complete new membership.
    #[serde(default)]
    pub person_uuids: Vec<String>,
}

impl SetGroupPersons {
    fn check(&self, path: &str) -> Result<(), Error> {
        match &self.group_uuid {
            Some(uuid) => validate::required(path, "groupUuid", uuid),
            None => Ok(()),
        }
    }
}

client_core::endpoint!(SetGroupPersons => Ack, POST "/v1/api/pass/group/batchUpdatePerson", write, validate);

// ---------------------------------------------------------------- 1.9 getDefaultGroup

/// 获取默认组信息（不建议使用） — the default group of a type; not recommended
/// (`POST /v1/api/pass/group/getDefaultGroup`, 组管理 1.9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DefaultGroup {
    /// 组类别 (`type`) — required: 1 员工, 2 访客, 3 重点人员.
    #[serde(rename = "type")]
    pub group_type: GroupType,
}

client_core::endpoint!(DefaultGroup => Group, POST "/v1/api/pass/group/getDefaultGroup", read);

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    #[test]
    fn set_group_persons_group_uuid_is_optional_but_never_blank() {
        let req = SetGroupPersons::default();
        assert!(req.validate().is_ok(), "组管理 1.8.2: groupUuid 非必须");
        assert_eq!(
            serde_json::to_string(&req).unwrap(),
            r#"{"personUuids":[]}"#
        );
        let blank = SetGroupPersons {
            group_uuid: Some(" ".into()),
            ..SetGroupPersons::default()
        };
        assert!(blank.validate().is_err());
    }
}
