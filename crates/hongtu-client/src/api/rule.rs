//! 规则管理 (布控规则管理) — person-control rules: which devices watch for which kind
//! of person (key persons, strangers, employees, visitors) during which time plan
//! (hongtu-aiot-openapi.txt, module 规则管理 1.1–1.4).
//!
//! The seed spells the uuid members differently on every endpoint
//! (`scheduleUUId`/`deviceUUIdList`/`groupUUidList` on add, `deviceList`/`groupList`
//! on update, `scheduleUUid`/`deviceUUIds` on list, `scheduleUuid` in list results);
//! the Rust names are uniform and each wire name is kept with an explicit rename.
//!
//! ```no_run
//! # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
//! use hongtu_client::api::rule::{AddRules, NewRule, RuleTargetType};
//!
//! // Watch for strangers on one camera during a time plan.
//! let answer = client
//!     .send(&AddRules {
//!         rule_list: vec![NewRule {
//!             name: "陌生人规则".into(),
//!             schedule_uuid: "79d492d403994e7da959b17f3aef429b".into(),
//!             device_uuids: vec!["dafe7e9823cb4cdc87b4c14914f28076".into()],
//!             type_list: Some(vec![RuleTargetType::Stranger]),
//!             ..Default::default()
//!         }],
//!     })
//!     .await?;
//! for failed in &answer.failures {
//!     println!("{}: {:?} {:?}", failed.name, failed.code, failed.msg);
//! }
//! # Ok(()) }
//! ```

use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_alnum_name, impl_paged};

use crate::envelope::PageData;

/// Default `pageSize` of [`ListRules`] (规则管理 1.4.2: 不传默认20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

client_core::int_enum! {
    /// 规则类型 — the kind of person a rule watches for (`type` / `typeList`,
    /// 规则管理 1.1.2, 1.4.2: 1 重点人员, 2 未知人员/陌生人, 3 员工, 4 访客).
    pub enum RuleTargetType {
        /// 重点人员 — key person (watch-list).
        KeyPerson = 1,
        /// 未知人员 / 陌生人 — unknown person (stranger).
        Stranger = 2,
        /// 员工 — employee.
        Employee = 3,
        /// 访客 — visitor.
        Visitor = 4,
    }
}

fn has_items(list: &Option<Vec<String>>) -> bool {
    matches!(list, Some(items) if !items.is_empty())
}

// ---------------------------------------------------------------------------
// 1.1 添加规则
// ---------------------------------------------------------------------------

/// 添加规则 — batch-add person-control rules (`POST /v1/api/pass/rule/addBatch`,
/// 规则管理 1.1).
///
/// The answer lists each rule under `successes` or `failures`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddRules {
    /// 规则实体列表 (`ruleList`) — the rules to create; required, at least one
    /// (规则管理 1.1.2).
    pub rule_list: Vec<NewRule>,
}

/// 规则实体 — one rule to create (`ruleList[]`, 规则管理 1.1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewRule {
    /// 名称 (`name`) — rule name; required; Chinese characters, ASCII letters and
    /// digits, length 1–50 (规则管理 1.1.2).
    pub name: String,
    /// 时间计划UUID (`scheduleUUId`) — the time plan during which the rule is active;
    /// required (规则管理 1.1.2).
    #[serde(rename = "scheduleUUId")]
    pub schedule_uuid: String,
    /// 类型 (`type`) — optional; the table lists 1 重点人员 / 2 陌生人. Prefer
    /// [`NewRule::type_list`] (规则管理 1.1.2).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub rule_type: Option<RuleTargetType>,
    /// 设备列表 (`deviceUUIdList`) — uuids of the devices the rule applies to;
    /// required (规则管理 1.1.2).
    #[serde(rename = "deviceUUIdList", default)]
    pub device_uuids: Vec<String>,
    /// 组列表 (`groupUUidList`) — person group uuids; optional, required when the rule
    /// watches key persons (规则管理 1.1.2).
    #[serde(
        rename = "groupUUidList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_uuids: Option<Vec<String>>,
    /// 类型 (`typeList`, typed `interger[]` in the seed) — kinds of person watched:
    /// 1 重点人员, 3 员工, 4 访客, 2 未知人员; optional (规则管理 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_list: Option<Vec<RuleTargetType>>,
}

/// Result of [`AddRules`]: `{successes, failures}` (规则管理 1.1.3).
pub type AddRulesResult = crate::envelope::BatchResult<RuleResult>;

/// One created or rejected rule, echoing the input (`successes[]` / `failures[]`,
/// 规则管理 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleResult {
    /// uuid (`uuid`) — the rule uuid (规则管理 1.1.3).
    #[serde(default)]
    pub uuid: String,
    /// 结果状态码 (`code`) — per-item result code; optional (规则管理 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 名称 (`name`) — rule name (规则管理 1.1.3).
    #[serde(default)]
    pub name: String,
    /// 结果信息提示 (`msg`) — per-item message; optional (规则管理 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// 时间计划UUID (`scheduleUUId`) — time plan uuid (规则管理 1.1.3).
    #[serde(rename = "scheduleUUId", default)]
    pub schedule_uuid: String,
    /// 类型 (`type`) — optional (规则管理 1.1.3).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub rule_type: Option<RuleTargetType>,
    /// 设备列表 (`deviceUUIdList`) — device uuids (规则管理 1.1.3).
    #[serde(rename = "deviceUUIdList", default)]
    pub device_uuids: Vec<String>,
    /// 组列表 (`groupUUidList`) — group uuids; optional (规则管理 1.1.3).
    #[serde(
        rename = "groupUUidList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_uuids: Option<Vec<String>>,
    /// 类型 (`typeList`) — kinds of person watched; optional (规则管理 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_list: Option<Vec<RuleTargetType>>,
}

impl AddRules {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.rule_list.is_empty() {
            return Err(Error::invalid(path, "ruleList must not be empty"));
        }
        for rule in &self.rule_list {
            check_alnum_name(path, "name", &rule.name, 1, 50)?;
            if rule.schedule_uuid.is_empty() {
                return Err(Error::invalid(path, "scheduleUUId is required"));
            }
            if rule.device_uuids.is_empty() {
                return Err(Error::invalid(path, "deviceUUIdList is required"));
            }
            let key_person = rule.rule_type == Some(RuleTargetType::KeyPerson)
                || rule
                    .type_list
                    .as_ref()
                    .is_some_and(|t| t.contains(&RuleTargetType::KeyPerson));
            if key_person && !has_items(&rule.group_uuids) {
                return Err(Error::invalid(
                    path,
                    "groupUUidList is required for a key-person (重点人员) rule",
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(AddRules => AddRulesResult, POST "/v1/api/pass/rule/addBatch", write, validate);

// ---------------------------------------------------------------------------
// 1.2 修改规则
// ---------------------------------------------------------------------------

/// 修改规则 — update a person-control rule (`POST /v1/api/pass/rule/update`,
/// 规则管理 1.2). Returns no data.
///
/// Note the member names differ from [`AddRules`]: `deviceList`/`groupList`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateRule {
    /// uuid (`uuid`) — the rule to update; required (规则管理 1.2.2).
    pub uuid: String,
    /// 名称 (`name`) — new name; optional; Chinese characters, letters, digits, length
    /// 1–50 (规则管理 1.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 时间计划UUID (`scheduleUUId`) — time plan uuid; required (规则管理 1.2.2).
    #[serde(rename = "scheduleUUId")]
    pub schedule_uuid: String,
    /// 设备列表 (`deviceList`) — device uuids; required (规则管理 1.2.2).
    #[serde(rename = "deviceList", default)]
    pub device_uuids: Vec<String>,
    /// 类型 (`typeList`) — kinds of person watched (1 重点人员, 3 员工, 4 访客,
    /// 2 未知人员); required (规则管理 1.2.2).
    #[serde(default)]
    pub type_list: Vec<RuleTargetType>,
    /// 组列表 (`groupList`) — group uuids; optional, required for key-person, visitor
    /// and employee rules (规则管理 1.2.2).
    #[serde(rename = "groupList", default, skip_serializing_if = "Option::is_none")]
    pub group_uuids: Option<Vec<String>>,
}

impl UpdateRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.uuid.is_empty() {
            return Err(Error::invalid(path, "uuid is required"));
        }
        if let Some(name) = &self.name {
            check_alnum_name(path, "name", name, 1, 50)?;
        }
        if self.schedule_uuid.is_empty() {
            return Err(Error::invalid(path, "scheduleUUId is required"));
        }
        if self.device_uuids.is_empty() {
            return Err(Error::invalid(path, "deviceList is required"));
        }
        if self.type_list.is_empty() {
            return Err(Error::invalid(path, "typeList is required"));
        }
        let needs_groups = self.type_list.iter().any(|t| {
            matches!(
                t,
                RuleTargetType::KeyPerson | RuleTargetType::Employee | RuleTargetType::Visitor
            )
        });
        if needs_groups && !has_items(&self.group_uuids) {
            return Err(Error::invalid(
                path,
                "groupList is required for key-person, employee and visitor rules",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(UpdateRule => Ack, POST "/v1/api/pass/rule/update", write, validate);

// ---------------------------------------------------------------------------
// 1.3 批量删除规则
// ---------------------------------------------------------------------------

/// 批量删除规则 — batch-delete person-control rules
/// (`POST /v1/api/pass/rule/deleteBatch`, 规则管理 1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteRules {
    /// 规则uuid列表 (`ruleIdList`) — uuids of the rules to delete; required
    /// (规则管理 1.3.2).
    #[serde(rename = "ruleIdList")]
    pub rule_ids: Vec<String>,
}

/// Result of [`DeleteRules`]: `{successes, failures}` (规则管理 1.3.3).
pub type DeleteRulesResult = crate::envelope::BatchResult<RuleItemResult>;

/// One item of [`DeleteRulesResult`] (规则管理 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleItemResult {
    /// uuid (`uuid`) — the rule uuid (规则管理 1.3.3).
    #[serde(default)]
    pub uuid: String,
    /// 结果状态码 (`code`) — per-item result code; optional (规则管理 1.3.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub code: Option<i64>,
    /// 结果信息提示 (`msg`) — per-item message; optional (规则管理 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

impl DeleteRules {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.rule_ids.is_empty() {
            return Err(Error::invalid(path, "ruleIdList must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(DeleteRules => DeleteRulesResult, POST "/v1/api/pass/rule/deleteBatch", write, validate);

// ---------------------------------------------------------------------------
// 1.4 规则分页查询
// ---------------------------------------------------------------------------

/// 规则分页查询 — list person-control rules of one kind, paged
/// (`POST /v1/api/pass/rule/list`, 规则管理 1.4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListRules {
    /// 当前页码 (`pageNum`) — 1-based page; optional, default 1 (规则管理 1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 (`pageSize`) — optional, default 20 (规则管理 1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 类型 (`type`) — which rules: 1 重点人员, 3 员工, 4 访客, 2 未知人员; required
    /// (规则管理 1.4.2).
    #[serde(rename = "type")]
    pub rule_type: RuleTargetType,
    /// 名称 (`name`) — rule name filter; optional (规则管理 1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 时间计划UUID (`scheduleUUid`) — time plan filter; optional (规则管理 1.4.2).
    #[serde(
        rename = "scheduleUUid",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_uuid: Option<String>,
    /// 设备UUID列表 (`deviceUUIds`) — device filter; optional (规则管理 1.4.2).
    #[serde(
        rename = "deviceUUIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuids: Option<Vec<String>>,
}

impl ListRules {
    /// All rules of kind `rule_type`, default paging.
    pub fn new(rule_type: RuleTargetType) -> Self {
        Self {
            page_num: None,
            page_size: None,
            rule_type,
            name: None,
            schedule_uuid: None,
            device_uuids: None,
        }
    }
}

/// One rule in the [`ListRules`] answer (`list[]`, 规则管理 1.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    /// uuid (`uuid`) — rule uuid (规则管理 1.4.3).
    pub uuid: String,
    /// 名称 (`name`) — rule name (规则管理 1.4.3).
    #[serde(default)]
    pub name: String,
    /// 类型 (`type`) — 1 重点人员, 3 员工, 4 访客, 2 未知人员 (规则管理 1.4.3).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub rule_type: Option<RuleTargetType>,
    /// 时间计划UUID (`scheduleUuid`) — time plan uuid (规则管理 1.4.3).
    #[serde(default)]
    pub schedule_uuid: String,
    /// 时间计划名称 (`scheduleName`) — time plan name (规则管理 1.4.3).
    #[serde(default)]
    pub schedule_name: String,
    /// 设备列表 (`deviceList`) — devices the rule applies to (规则管理 1.4.3).
    #[serde(rename = "deviceList", default)]
    pub devices: Vec<RuleDevice>,
    /// 组列表 (`groupList`) — person groups the rule watches (规则管理 1.4.3).
    #[serde(rename = "groupList", default)]
    pub groups: Vec<RuleGroup>,
    /// 类型 (`typeList`) — kinds of person watched; marked required in the table but
    /// absent from the seed's example, so optional here (规则管理 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_list: Option<Vec<RuleTargetType>>,
}

/// A device of a [`Rule`] (`deviceList[]`, 规则管理 1.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleDevice {
    /// 设备uuid (`deviceUuid`) — device uuid; optional (规则管理 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 设备名称 (`name`) — device name; optional (规则管理 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A person group of a [`Rule`] (`groupList[]`, 规则管理 1.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleGroup {
    /// 组名称 (`name`) — group name; optional (规则管理 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 组uuid (`uuid`) — group uuid; optional (规则管理 1.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
}

impl ListRules {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.page_num == Some(0) {
            return Err(Error::invalid(path, "pageNum must be >= 1, got 0"));
        }
        if self.page_size == Some(0) {
            return Err(Error::invalid(path, "pageSize must be >= 1, got 0"));
        }
        Ok(())
    }
}

client_core::endpoint!(ListRules => PageData<Rule>, POST "/v1/api/pass/rule/list", read, validate);

impl_paged!(ListRules, Rule, DEFAULT_PAGE_SIZE);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use client_core::{PageRequest, Paged};
    #[allow(unused_imports)]
    use http::Method;

    fn rule(name: &str) -> NewRule {
        NewRule {
            name: name.into(),
            schedule_uuid: "s".into(),
            device_uuids: vec!["d".into()],
            type_list: Some(vec![RuleTargetType::Employee]),
            ..Default::default()
        }
    }

    fn meta<E: Endpoint>() -> (Method, &'static str, bool) {
        (E::METHOD, E::PATH, E::IDEMPOTENT)
    }

    #[test]
    fn methods_and_paths() {
        let post = Method::POST;
        assert_eq!(
            meta::<AddRules>(),
            (post.clone(), "/v1/api/pass/rule/addBatch", false)
        );
        assert_eq!(
            meta::<UpdateRule>(),
            (post.clone(), "/v1/api/pass/rule/update", false)
        );
        assert_eq!(
            meta::<DeleteRules>(),
            (post.clone(), "/v1/api/pass/rule/deleteBatch", false)
        );
        assert_eq!(meta::<ListRules>(), (post, "/v1/api/pass/rule/list", true));
    }

    #[test]
    fn add_wire_names() {
        let req = AddRules {
            rule_list: vec![rule("员工规则")],
        };
        let v = serde_json::to_value(&req).unwrap();
        let r = &v["ruleList"][0];
        assert_eq!(r["scheduleUUId"], "s");
        assert_eq!(r["deviceUUIdList"][0], "d");
        assert_eq!(r["typeList"][0], 3);
        assert!(r.get("groupUUidList").is_none());
    }

    #[test]
    fn add_validation() {
        assert!(AddRules {
            rule_list: vec![rule("员工规则1")]
        }
        .validate()
        .is_ok());
        assert!(AddRules::default().validate().is_err());
        let long = "a".repeat(51);
        assert!(AddRules {
            rule_list: vec![rule(&long)]
        }
        .validate()
        .is_err());
        assert!(AddRules {
            rule_list: vec![rule("bad name!")]
        }
        .validate()
        .is_err());
        let mut key = rule("key");
        key.type_list = Some(vec![RuleTargetType::KeyPerson]);
        assert!(AddRules {
            rule_list: vec![key.clone()]
        }
        .validate()
        .is_err());
        key.group_uuids = Some(vec!["g".into()]);
        assert!(AddRules {
            rule_list: vec![key]
        }
        .validate()
        .is_ok());
    }

    #[test]
    fn update_and_delete_validation() {
        let mut up = UpdateRule {
            uuid: "u".into(),
            schedule_uuid: "s".into(),
            device_uuids: vec!["d".into()],
            type_list: vec![RuleTargetType::Stranger],
            ..Default::default()
        };
        assert!(up.validate().is_ok());
        up.type_list = vec![RuleTargetType::Visitor];
        assert!(up.validate().is_err());
        up.group_uuids = Some(vec!["g".into()]);
        assert!(up.validate().is_ok());
        up.name = Some(String::new());
        assert!(up.validate().is_err());
        assert!(DeleteRules::default().validate().is_err());
    }

    #[test]
    fn list_paging() {
        let mut req = ListRules::new(RuleTargetType::Stranger);
        assert_eq!(req.page_size(), DEFAULT_PAGE_SIZE);
        req.set_page(PageRequest { index: 2, size: 5 });
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["pageNum"], 3);
        assert_eq!(v["pageSize"], 5);
        assert_eq!(v["type"], 2);
        req.page_size = Some(0);
        assert!(req.validate().is_err());
    }
}
