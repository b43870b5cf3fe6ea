//! 组织管理 — organisations (departments / areas): add, rename, tree, delete, top
//! level (hongtu-aiot-openapi.txt, module 组织管理 1.1–1.5).

use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

/// 添加组织 — add an organisation under a parent (`POST /v1/api/org/add`, 组织管理 1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddOrg {
    /// 名称 (`fullName`) — required, 0–16 characters (as the seed states; an empty name
    /// is rejected here).
    pub full_name: String,
    /// 父机构uuid (`parentUuid`) — required; the top-level organisation comes from
    /// [`TopOrg`].
    pub parent_uuid: String,
}

impl AddOrg {
    fn check(&self, path: &str) -> Result<(), Error> {
        let n = self.full_name.chars().count();
        if !(1..=16).contains(&n) {
            return Err(Error::invalid(
                path,
                format!("fullName must be 1..=16 characters, got {n}"),
            ));
        }
        if self.parent_uuid.is_empty() {
            return Err(Error::invalid(path, "parentUuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(AddOrg => OrgCreated, POST "/v1/api/org/add", write, validate);

/// The created organisation (组织管理 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgCreated {
    /// UUID (`uuid`) — the new organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// 名称 (`fullName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// 父机构uuid (`parentUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_uuid: Option<String>,
}

/// 修改组织信息 — rename an organisation; the hierarchy cannot change
/// (`POST /v1/api/org/update`, 组织管理 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOrg {
    /// 组织或公司uuid (`uuid`) — required.
    pub uuid: String,
    /// 名称 (`fullName`) — the new name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
}

impl UpdateOrg {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(UpdateOrg => Ack, POST "/v1/api/org/update", write, validate);

/// 查询组织列表 — list organisations, optionally filtered by name
/// (`POST /v1/api/org/tree`, 组织管理 1.3). Answers a flat array; rebuild the tree from
/// `parentUuid`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgTree {
    /// 机构名 (`orgName`) — name filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
}

client_core::endpoint!(OrgTree => Vec<OrgNode>, POST "/v1/api/org/tree", read);

/// One organisation of [`OrgTree`] (组织管理 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgNode {
    /// 组织uuid (`orgUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
    /// 组织名称 (`orgName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// 父组织uuid (`parentUuid`) — absent for the top level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_uuid: Option<String>,
    /// 组织下人员数量 (`childNum`) — persons directly in this organisation.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub child_num: Option<i64>,
    /// 组织下人员数量(包括其下所有子组织) (`childTotal`) — persons including all
    /// sub-organisations.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub child_total: Option<i64>,
}

client_core::int_enum! {
    /// 部门内人员处理模式 (`personInOrgHandleMode`) — what happens to the persons of a
    /// deleted organisation (组织管理 1.4.2; default 0).
    pub enum PersonInOrgHandleMode {
        /// 删除 — delete them.
        Delete = 0,
        /// 移动到父部门内 — move them to the parent organisation.
        MoveToParent = 1,
    }
}

/// 删除组织 — delete an organisation (`POST /v1/api/org/delete`, 组织管理 1.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteOrg {
    /// 组织uuid (`uuid`) — required.
    pub uuid: String,
    /// 部门内人员处理模式 (`personInOrgHandleMode`) — default 0 (delete the persons).
    #[serde(
        rename = "personInOrgHandleMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub person_mode: Option<PersonInOrgHandleMode>,
}

impl DeleteOrg {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        Ok(())
    }
}

client_core::endpoint!(DeleteOrg => Ack, POST "/v1/api/org/delete", write, validate);

/// 获取最上级组织信息 — the top-level organisation (`POST /v1/api/org/top/detail`,
/// body `{}`, 组织管理 1.5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopOrg {}

client_core::endpoint!(TopOrg => OrgRef, POST "/v1/api/org/top/detail", read);

/// An organisation's uuid and name (组织管理 1.5.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgRef {
    /// 组织uuid (`orgUuid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_uuid: Option<String>,
    /// 组织名称 (`orgName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
}
