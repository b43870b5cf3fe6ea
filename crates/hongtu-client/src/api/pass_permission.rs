//! 通行权限管理 — pass permissions: which person groups may pass which devices
//! under which time schedule (hongtu-aiot-openapi.txt, module 通行权限管理 1.1–1.4).

use client_core::validate;
use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::util::{check_page, impl_paged};
use crate::envelope::PageData;

/// Default page size of [`ListPassAuthorities`] (分页大小，默认为 20).
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// 添加通行权限 — let groups pass devices under a schedule (通行权限管理 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddPassAuthority {
    /// 设备uuid列表 — devices (at least one) (1.1.2).
    pub device_uuids: Vec<String>,
    /// 组uuid列表 — person groups (at least one) (1.1.2).
    pub group_uuids: Vec<String>,
    /// 时间计划uuid — pass time schedule (1.1.2).
    pub schedule_uuid: String,
}

impl AddPassAuthority {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "deviceUuids", &self.device_uuids)?;
        validate::non_empty(path, "groupUuids", &self.group_uuids)
    }
}

client_core::endpoint!(AddPassAuthority => Ack, POST "/v1/api/pass/authority/add", write, validate);

/// 删除通行权限 — delete the permission of one device under one schedule
/// (通行权限管理 1.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeletePassAuthority {
    /// 设备UUID — device (1.2.2).
    pub device_uuid: String,
    /// 时间计划UUID — time schedule (1.2.2).
    pub schedule_uuid: String,
}

client_core::endpoint!(DeletePassAuthority => Ack, POST "/v1/api/pass/authority/delete", write);

/// 编辑通行权限 — change the schedule and groups of a device's permission
/// (通行权限管理 1.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdatePassAuthority {
    /// 设备UUID — device (1.3.2).
    pub device_uuid: String,
    /// 操作前的时间计划UUID — schedule before the change (1.3.2).
    pub old_schedule_uuid: String,
    /// 新修改的时间计划UUID — schedule after the change (1.3.2).
    pub new_schedule_uuid: String,
    /// 操作前的组ID数组 — groups before the change (1.3.2).
    pub old_group_uuids: Vec<String>,
    /// 新修改的组ID数组 — groups after the change (at least one) (1.3.2).
    pub new_group_uuids: Vec<String>,
}

impl UpdatePassAuthority {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::non_empty(path, "newGroupUuids", &self.new_group_uuids)
    }
}

client_core::endpoint!(UpdatePassAuthority => Ack, POST "/v1/api/pass/authority/update", write, validate);

/// 通行权限列表 — pass permissions, filtered (通行权限管理 1.4). Paged, default page
/// size 20.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListPassAuthorities {
    /// 分页页码 — page number, default 1 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<u64>,
    /// 分页大小 — page size, default 20 (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// 设备名称 — device name (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备id列表 — devices (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuids: Option<Vec<String>>,
    /// 组uuid — person group (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 时间计划uuid — time schedule (1.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_uuid: Option<String>,
}

impl ListPassAuthorities {
    fn check(&self, path: &str) -> Result<(), Error> {
        check_page(path, self.page_num, self.page_size)
    }
}

client_core::endpoint!(ListPassAuthorities => PageData<PassAuthority>, POST "/v1/api/pass/authority/list", read, validate);
impl_paged!(ListPassAuthorities, PassAuthority, DEFAULT_PAGE_SIZE);

/// One permission: a device, its schedule and the groups allowed (通行权限管理 1.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassAuthority {
    /// 设备uuid — device uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<String>,
    /// 设备名称 — device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 组信息 — the groups allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<PassAuthorityGroup>>,
    /// 时间计划Uuid — time schedule uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_uuid: Option<String>,
    /// 时间计划名 — time schedule name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_name: Option<String>,
}

/// A group of a [`PassAuthority`] (通行权限管理 1.4.3 `groups`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassAuthorityGroup {
    /// 组uuid — group uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_uuid: Option<String>,
    /// 组名 — group name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 组id — numeric group id (not in the table; present in the example).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_id: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::{Endpoint, Paged};

    #[test]
    fn paths() {
        assert_eq!(AddPassAuthority::PATH, "/v1/api/pass/authority/add");
        assert_eq!(DeletePassAuthority::PATH, "/v1/api/pass/authority/delete");
        assert_eq!(UpdatePassAuthority::PATH, "/v1/api/pass/authority/update");
        assert_eq!(ListPassAuthorities::PATH, "/v1/api/pass/authority/list");
        assert_eq!(ListPassAuthorities::METHOD, http::Method::POST);
    }

    #[test]
    fn validation_and_paging() {
        let add = AddPassAuthority {
            device_uuids: vec!["d".into()],
            group_uuids: vec![],
            schedule_uuid: "s".into(),
        };
        assert!(add.validate().is_err());
        let add = AddPassAuthority {
            group_uuids: vec!["g".into()],
            ..add
        };
        assert!(add.validate().is_ok());
        let upd = UpdatePassAuthority {
            device_uuid: "d".into(),
            old_schedule_uuid: "a".into(),
            new_schedule_uuid: "b".into(),
            old_group_uuids: vec!["g".into()],
            new_group_uuids: vec![],
        };
        assert!(upd.validate().is_err());
        let mut list = ListPassAuthorities::default();
        assert_eq!(list.page_size(), 20);
        list.set_page(client_core::PageRequest { index: 1, size: 20 });
        assert_eq!(list.page_num, Some(2));
    }
}
