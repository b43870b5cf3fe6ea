//! 结构化、车辆管控布控 — structured-data and vehicle control rules: which devices
//! produce structured records or vehicle recognition records during which time plan
//! (hongtu-aiot-openapi.txt, module 结构化、车辆管控布控 1.1–1.5).
//!
//! Wire names use `structureRuleUuId`, `deviceUuIdList`, `timePlanUuId`, `deviceUuId`.

use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_alnum_name, check_page, impl_paged};
pub use crate::dict::StructureRuleType;
use crate::envelope::PageData;

/// Default `pageSize` of [`ListControlRules`] (结构化、车辆管控布控 1.1.2:
/// 默认每页大小20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// A device of a control rule (`deviceBeanListBean[]`, 结构化、车辆管控布控 1.1.3,
/// 1.5.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ControlRuleDevice {
    /// 设备uuid (`deviceUuId`) — device uuid; optional (结构化、车辆管控布控 1.1.3).
    #[serde(
        rename = "deviceUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备名称 (`deviceName`) — device name; optional (结构化、车辆管控布控 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

/// A structured/vehicle control rule: an item of [`ListControlRules`]
/// (结构化、车辆管控布控 1.1.3) and the answer of [`GetControlRule`] (1.5.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ControlRule {
    /// 规则uuId (`structureRuleUuId`) — rule uuid (结构化、车辆管控布控 1.1.3).
    #[serde(rename = "structureRuleUuId", default)]
    pub structure_rule_uuid: String,
    /// 规则名称 (`ruleName`) — rule name (结构化、车辆管控布控 1.1.3).
    #[serde(default)]
    pub rule_name: String,
    /// 设备列表信息集合 (`deviceBeanListBean`) — the rule's devices
    /// (结构化、车辆管控布控 1.1.3).
    #[serde(rename = "deviceBeanListBean", default)]
    pub devices: Vec<ControlRuleDevice>,
    /// 时间计划uuId (`timePlanUuId`) — time plan uuid (结构化、车辆管控布控 1.1.3).
    #[serde(rename = "timePlanUuId", default)]
    pub time_plan_uuid: String,
    /// 时间计划名称 (`timePlanName`) — time plan name (结构化、车辆管控布控 1.1.3).
    #[serde(default)]
    pub time_plan_name: String,
}

// ---------------------------------------------------------------------------
// 1.1 结构化、车辆管控布控列表
// ---------------------------------------------------------------------------

/// 结构化、车辆管控布控列表 — list structured or vehicle control rules, paged
/// (`POST /v1/api/vehicle/rule/list`, 结构化、车辆管控布控 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListControlRules {
    /// 规则名称 (`ruleName`) — name filter; optional (结构化、车辆管控布控 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_name: Option<String>,
    /// 设备uuId集合 (`deviceUuIdList`) — device filter; optional
    /// (结构化、车辆管控布控 1.1.2).
    #[serde(
        rename = "deviceUuIdList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuids: Option<Vec<String>>,
    /// 布控类型 (`ruleType`) — 1 结构化, 2 车辆 (数据字典 1.10.23); required
    /// (结构化、车辆管控布控 1.1.2).
    pub rule_type: StructureRuleType,
    /// 查询页码 (`pageNum`) — optional, default 1 (结构化、车辆管控布控 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 页面大小 (`pageSize`) — optional, default 20 (结构化、车辆管控布控 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ListControlRules {
    /// All rules of `rule_type`, default paging.
    pub fn new(rule_type: StructureRuleType) -> Self {
        Self {
            rule_name: None,
            device_uuids: None,
            rule_type,
            page_num: None,
            page_size: None,
        }
    }
}

impl ListControlRules {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListControlRules => PageData<ControlRule>, POST "/v1/api/vehicle/rule/list", read, validate);

impl_paged!(ListControlRules, ControlRule, DEFAULT_PAGE_SIZE);

// ---------------------------------------------------------------------------
// 1.2 结构化、车辆管控布控删除
// ---------------------------------------------------------------------------

/// 结构化、车辆管控布控删除 — delete a control rule
/// (`POST /v1/api/vehicle/rule/delete`, 结构化、车辆管控布控 1.2). Returns no data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteControlRule {
    /// 规则唯一uuId (`structureRuleUuId`) — required (结构化、车辆管控布控 1.2.2).
    #[serde(rename = "structureRuleUuId")]
    pub structure_rule_uuid: String,
}

impl DeleteControlRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "structureRuleUuId", &self.structure_rule_uuid)
    }
}

client_core::endpoint!(DeleteControlRule => Ack, POST "/v1/api/vehicle/rule/delete", write, validate);

// ---------------------------------------------------------------------------
// 1.3 结构化、车辆管控布控新增
// ---------------------------------------------------------------------------

/// 结构化、车辆管控布控新增 — create a control rule
/// (`POST /v1/api/vehicle/rule/add`, 结构化、车辆管控布控 1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddControlRule {
    /// 规则名称 (`ruleName`) — at most 50 Chinese characters, letters or digits;
    /// required (结构化、车辆管控布控 1.3.2).
    pub rule_name: String,
    /// 设备id列表信息集合 (`deviceUuIdList`) — device uuids; required
    /// (结构化、车辆管控布控 1.3.2).
    #[serde(rename = "deviceUuIdList")]
    pub device_uuids: Vec<String>,
    /// 时间计划uuId (`timePlanUuId`) — time plan; required (结构化、车辆管控布控 1.3.2).
    #[serde(rename = "timePlanUuId")]
    pub time_plan_uuid: String,
    /// 布控类型 (`ruleType`) — 1 结构化, 2 车辆 (数据字典 1.10.23); required
    /// (结构化、车辆管控布控 1.3.2).
    pub rule_type: StructureRuleType,
}

/// Answer of [`AddControlRule`] (结构化、车辆管控布控 1.3.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ControlRuleCreated {
    /// 布控返回唯一uuId (`structureRuleUuId`) — the new rule; required
    /// (结构化、车辆管控布控 1.3.3).
    #[serde(rename = "structureRuleUuId", default)]
    pub structure_rule_uuid: String,
    /// 布控失败的设备信息名和失败原因 (`bindFailedDeviceNames`) — names of the devices
    /// that could not be bound and why, as text (`""` when none); optional
    /// (结构化、车辆管控布控 1.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_failed_device_names: Option<String>,
}

fn check_rule_body(
    path: &str,
    name: &str,
    devices: &[String],
    time_plan: &str,
) -> Result<(), Error> {
    check_alnum_name(path, "ruleName", name, 1, 50)?;
    if devices.is_empty() {
        return Err(Error::invalid(path, "deviceUuIdList must not be empty"));
    }
    if time_plan.trim().is_empty() {
        return Err(Error::invalid(path, "timePlanUuId is required"));
    }
    Ok(())
}

impl AddControlRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_rule_body(
            path,
            &self.rule_name,
            &self.device_uuids,
            &self.time_plan_uuid,
        )
    }
}

client_core::endpoint!(AddControlRule => ControlRuleCreated, POST "/v1/api/vehicle/rule/add", write, validate);

// ---------------------------------------------------------------------------
// 1.4 结构化、车辆管控布控更新
// ---------------------------------------------------------------------------

/// 结构化、车辆管控布控更新 — update a control rule (all members are replaced)
/// (`POST /v1/api/vehicle/rule/update`, 结构化、车辆管控布控 1.4). Returns no data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateControlRule {
    /// 规则唯一uuId (`structureRuleUuId`) — required (结构化、车辆管控布控 1.4.2).
    #[serde(rename = "structureRuleUuId")]
    pub structure_rule_uuid: String,
    /// 规则名称 (`ruleName`) — at most 50 Chinese characters, letters or digits;
    /// required (结构化、车辆管控布控 1.4.2).
    pub rule_name: String,
    /// 设备uuId列表信息集合 (`deviceUuIdList`) — required (结构化、车辆管控布控 1.4.2).
    #[serde(rename = "deviceUuIdList")]
    pub device_uuids: Vec<String>,
    /// 时间计划uuId (`timePlanUuId`) — required (结构化、车辆管控布控 1.4.2).
    #[serde(rename = "timePlanUuId")]
    pub time_plan_uuid: String,
    /// 布控类型 (`ruleType`) — 1 结构化, 2 车辆; required (结构化、车辆管控布控 1.4.2).
    pub rule_type: StructureRuleType,
}

impl UpdateControlRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "structureRuleUuId", &self.structure_rule_uuid)?;
        check_rule_body(
            path,
            &self.rule_name,
            &self.device_uuids,
            &self.time_plan_uuid,
        )
    }
}

client_core::endpoint!(UpdateControlRule => Ack, POST "/v1/api/vehicle/rule/update", write, validate);

// ---------------------------------------------------------------------------
// 1.5 结构化、车辆管控布控详情
// ---------------------------------------------------------------------------

/// 结构化、车辆管控布控详情 — one control rule (`POST /v1/api/vehicle/rule/query`,
/// 结构化、车辆管控布控 1.5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetControlRule {
    /// 规则唯一uuId (`structureRuleUuId`) — required (结构化、车辆管控布控 1.5.2).
    #[serde(rename = "structureRuleUuId")]
    pub structure_rule_uuid: String,
}

impl GetControlRule {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "structureRuleUuId", &self.structure_rule_uuid)
    }
}

client_core::endpoint!(GetControlRule => ControlRule, POST "/v1/api/vehicle/rule/query", read, validate);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use client_core::{PageRequest, Paged};
    #[allow(unused_imports)]
    use http::Method;

    fn meta<E: Endpoint>() -> (Method, &'static str, bool) {
        (E::METHOD, E::PATH, E::IDEMPOTENT)
    }

    #[test]
    fn methods_and_paths() {
        let p = Method::POST;
        assert_eq!(
            meta::<ListControlRules>(),
            (p.clone(), "/v1/api/vehicle/rule/list", true)
        );
        assert_eq!(
            meta::<DeleteControlRule>(),
            (p.clone(), "/v1/api/vehicle/rule/delete", false)
        );
        assert_eq!(
            meta::<AddControlRule>(),
            (p.clone(), "/v1/api/vehicle/rule/add", false)
        );
        assert_eq!(
            meta::<UpdateControlRule>(),
            (p.clone(), "/v1/api/vehicle/rule/update", false)
        );
        assert_eq!(
            meta::<GetControlRule>(),
            (p, "/v1/api/vehicle/rule/query", true)
        );
    }

    #[test]
    fn add_validation() {
        let mut req = AddControlRule {
            rule_name: "结构化布控".into(),
            device_uuids: vec!["d".into()],
            time_plan_uuid: "t".into(),
            rule_type: StructureRuleType::Structured,
        };
        assert!(req.validate().is_ok());
        req.rule_name = "x".repeat(51);
        assert!(req.validate().is_err());
        req.rule_name = "a b".into();
        assert!(req.validate().is_err());
        req.rule_name = "ok".into();
        req.device_uuids.clear();
        assert!(req.validate().is_err());
        req.device_uuids.push("d".into());
        req.time_plan_uuid.clear();
        assert!(req.validate().is_err());
        assert!(GetControlRule::default().validate().is_err());
        assert!(DeleteControlRule::default().validate().is_err());
    }

    #[test]
    fn list_paging() {
        let mut req = ListControlRules::new(StructureRuleType::Vehicle);
        assert_eq!(req.page_size(), 20);
        req.set_page(PageRequest { index: 1, size: 15 });
        let v = serde_json::to_value(&req).unwrap();
        assert_eq!(v["ruleType"], 2);
        assert_eq!(v["pageNum"], 2);
        assert_eq!(v["pageSize"], 15);
    }
}
