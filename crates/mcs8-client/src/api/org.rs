//! 2.2–2.4 组织及设备管理 — enterprises, fixed groups, devices and channels.

use client_core::Secret;
use serde::{Deserialize, Serialize};

use super::{check, paged};
use crate::enums::{DeviceType, GroupType};
use crate::envelope::Listing;
use crate::models::{Channel, Device, DeviceProps, Enterprise, Gb28181Props, Group};
use client_core::validate;
use client_core::Ack;

// ---------------------------------------------------------------- 2.2 enterprises

/// 获取企业列表 — list the child enterprises of an enterprise (2.2.1,
/// `GET /api/v1/EnterList?enterId=0&page=1&pageSize=1000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnterList {
    /// 上级企业 Id — 0: all enterprises (recursive); other: direct children of it (2.2.1).
    pub enter_id: i64,
    /// 搜索关键字 — enterprise name keyword (2.2.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, 1-based (2.2.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size (2.2.1; the example uses 1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl EnterList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(EnterList => Listing<Enterprise>, GET "/api/v1/EnterList", read, validate, sensitive);
paged!(EnterList, Enterprise, 1000);

/// 添加企业 — add an enterprise (2.2.2, `POST /api/v1/EnterAdd`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnterAdd {
    /// 企业名称 — enterprise name (required) (2.2.2).
    pub enter_name: String,
    /// 上级企业 Id — parent enterprise; 0 = the current enterprise (required) (2.2.2).
    pub parent_id: i64,
    /// 联系人 — contact person (required) (2.2.2).
    pub contact: String,
    /// 联系电话 — telephone (required) (2.2.2).
    pub telephone: String,
    /// 联系地址 — address (required) (2.2.2).
    pub address: String,
    /// 备注 — remark (2.2.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 主账号 — main account login name (required) (2.2.2).
    pub enter_login_name: String,
    /// 登录密码 — main account password (required; redacted in `Debug`) (2.2.2).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub enter_password: Secret,
}

impl EnterAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        validate::required(path, "enterName", &r.enter_name)?;
        validate::required(path, "contact", &r.contact)?;
        validate::required(path, "telephone", &r.telephone)?;
        validate::required(path, "address", &r.address)?;
        validate::required(path, "enterLoginName", &r.enter_login_name)?;
        validate::required(path, "enterPassword", r.enter_password.expose())
    }
}

client_core::endpoint!(EnterAdd => Ack, POST "/api/v1/EnterAdd", write, validate);

/// 修改企业 — edit an enterprise (2.2.3, `POST /api/v1/EnterEdit`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnterEdit {
    /// 企业 id — enterprise id (required) (2.2.3).
    pub id: i64,
    /// 企业名称 — enterprise name (required) (2.2.3).
    pub enter_name: String,
    /// 上级企业 Id — parent enterprise (required; cannot be changed) (2.2.3).
    pub parent_id: i64,
    /// 联系人 — contact person (required) (2.2.3).
    pub contact: String,
    /// 联系电话 — telephone (required) (2.2.3).
    pub telephone: String,
    /// 联系地址 — address (2.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 备注 — remark (2.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 主账号 — main account (cannot be changed; needed with a new password) (2.2.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_login_name: Option<String>,
    /// 登录密码 — new main-account password when non-empty (redacted in `Debug`) (2.2.3).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub enter_password: Option<Secret>,
}

impl EnterEdit {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        validate::required(path, "enterName", &r.enter_name)?;
        if r.enter_password.as_ref().is_some_and(|p| !p.is_empty())
            && r.enter_login_name
                .as_deref()
                .map_or(true, |n| n.trim().is_empty())
        {
            return Err(client_core::Error::invalid(
                path,
                "changing enterPassword requires enterLoginName (2.2.3)",
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(EnterEdit => Ack, POST "/api/v1/EnterEdit", write, validate);

/// 删除企业 — delete an empty enterprise; irreversible (2.2.4,
/// `GET /api/v1/EnterDelete?id=5000`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct EnterDelete {
    /// 企业 id — enterprise id (2.2.4).
    pub id: i64,
}

client_core::endpoint!(EnterDelete => Ack, GET "/api/v1/EnterDelete", write);

// ---------------------------------------------------------------- 2.3 fixed groups

/// 获取组列表 — list fixed groups (2.3.1, `GET /api/v1/GroupList?enterId=0&page=1&pageSize=1000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupList {
    /// 所属企业 Id — 0 = the current enterprise (2.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_id: Option<i64>,
    /// 搜索关键字 — group name keyword (2.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, 1-based (2.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页返回数量 — page size (2.3.1; the example uses 1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl GroupList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(GroupList => Listing<Group>, GET "/api/v1/GroupList", read, validate, sensitive);
paged!(GroupList, Group, 1000);

/// 添加组 — add a fixed group (2.3.2, `POST /api/v1/GroupAdd`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupAdd {
    /// 组名称 — group name (required) (2.3.2).
    pub group_name: String,
    /// 组类型 — 3 固定组, 30 国标平台级联组 (2.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// 上级组 Id — parent group; 0 = top level (2.3.2).
    #[serde(rename = "pGroupId", default, skip_serializing_if = "Option::is_none")]
    pub p_group_id: Option<i64>,
    /// 所属企业 Id — 0 = the current enterprise (2.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_id: Option<i64>,
    /// 国标平台级联 — GB28181 cascade properties (optional, B.2.1) (2.3.2).
    #[serde(
        rename = "gB28181Props",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gb28181_props: Option<Gb28181Props>,
}

impl GroupAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "groupName", &self.group_name)?;
        Ok(())
    }
}

client_core::endpoint!(GroupAdd => Ack, POST "/api/v1/GroupAdd", write, validate);

/// 修改组 — edit a fixed group (2.3.3, `POST /api/v1/GroupEdit`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupEdit {
    /// 组 Id — group id (required) (2.3.3).
    pub id: i64,
    /// 组名称 — group name (required) (2.3.3).
    pub group_name: String,
    /// 组类型 — group type (changing it is not recommended) (2.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// 上级组 Id — parent group; 0 = top level (2.3.3).
    #[serde(rename = "pGroupId", default, skip_serializing_if = "Option::is_none")]
    pub p_group_id: Option<i64>,
    /// 所属企业 Id — 0 = the current enterprise (2.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_id: Option<i64>,
    /// 国标平台级联 — GB28181 cascade properties (optional, B.2.1) (2.3.3).
    #[serde(
        rename = "gB28181Props",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gb28181_props: Option<Gb28181Props>,
}

impl GroupEdit {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "groupName", &self.group_name)?;
        Ok(())
    }
}

client_core::endpoint!(GroupEdit => Ack, POST "/api/v1/GroupEdit", write, validate);

/// 删除组 — delete an empty group; irreversible (2.3.4, `GET /api/v1/GroupDelete?id=5000`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct GroupDelete {
    /// 组 Id — group id (2.3.4).
    pub id: i64,
}

client_core::endpoint!(GroupDelete => Ack, GET "/api/v1/GroupDelete", write);

// ---------------------------------------------------------------- 2.4 devices

/// 获取设备列表 — list the current user's devices (2.4.1,
/// `GET /api/v1/DevList?enterId=0&groupId=12&page=1&pageSize=1000`). `status` is a
/// cached value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DevList {
    /// 所属企业 Id — 0 = the current enterprise (2.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_id: Option<i64>,
    /// 所属组 Id — 0 = the current group including sub-groups (2.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// 搜索关键字 — device id or name keyword (2.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 当前页 — page number, default 1 (2.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// 每页大小 — page size, default 1000 (2.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl DevList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::page(path, self.page, self.page_size)?;
        Ok(())
    }
}

client_core::endpoint!(DevList => Listing<Device>, GET "/api/v1/DevList", read, validate, sensitive);
paged!(DevList, Device, 1000);

/// The members DevAdd and DevEdit share (2.4.2 / 2.4.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceFields {
    /// 设备 Id — device id / number / IMEI, usable for device login (required).
    pub device_id: String,
    /// 序列号 — serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// 名称 — device name (required).
    pub device_name: String,
    /// 设备类型 — device type (required; cannot be changed by DevEdit).
    pub device_type: DeviceType,
    /// 登录密码 — device login password (required; redacted in `Debug`).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub password: Secret,
    /// 卡号 — SIM number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sim: Option<String>,
    /// 企业 Id — 0 = the current enterprise (cannot be changed by DevEdit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enter_id: Option<i64>,
    /// 所属组 Id — 0 = the current group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// 图标类型 — icon type (未启用, unused).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ico_type: Option<i64>,
    /// 备注 — remark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// 支持 TCP — TCP supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_tcp: Option<bool>,
    /// 下级服务器 Id — lower-level server id (GB28181 devices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_code: Option<String>,
    /// 支持特性 — feature flags (B.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub props: Option<DeviceProps>,
}

fn check_device_fields(r: &DeviceFields, path: &str) -> Result<(), client_core::Error> {
    validate::required(path, "deviceId", &r.device_id)?;
    validate::required(path, "deviceName", &r.device_name)?;
    validate::required(path, "password", r.password.expose())
}

/// 添加设备 — add a device (2.4.2, `POST /api/v1/DevAdd`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DevAdd {
    /// The device's members (2.4.2).
    #[serde(flatten)]
    pub device: DeviceFields,
}

impl DevAdd {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        check_device_fields(&r.device, path)
    }
}

client_core::endpoint!(DevAdd => Ack, POST "/api/v1/DevAdd", write, validate);

/// 修改设备 — edit a device (2.4.3, `POST /api/v1/DevEdit`); `deviceType` and
/// `enterId` cannot be changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DevEdit {
    /// The device's members (2.4.3).
    #[serde(flatten)]
    pub device: DeviceFields,
}

impl DevEdit {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        check_device_fields(&r.device, path)
    }
}

client_core::endpoint!(DevEdit => Ack, POST "/api/v1/DevEdit", write, validate);

/// 删除设备 — delete a device (2.4.4, `GET /api/v1/DevDelete?deviceId=5000`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DevDelete {
    /// 设备 Id — device id (required) (2.4.4).
    pub device_id: String,
    /// 设备 Id — deprecated legacy alias of `deviceId` (弃用) (2.4.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
}

impl DevDelete {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        validate::required(path, "deviceId", &self.device_id)?;
        Ok(())
    }
}

client_core::endpoint!(DevDelete => Ack, GET "/api/v1/DevDelete", write, validate);

/// 管理设备通道 — add or delete channels of a device (2.4.5, `POST /api/v1/DevChnUpdate`).
/// Each channel's `status` says what to do (0 添加, 1 删除); deleting needs its `id`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DevChnUpdate {
    /// 设备 Id — device id (required) (2.4.5).
    pub device_id: String,
    /// 设备通道列表 — channels (wire name `deviceChennelList`, sic) (2.4.5, B.3.1).
    #[serde(rename = "deviceChennelList", alias = "deviceChannelList", default)]
    pub channels: Vec<Channel>,
}

impl DevChnUpdate {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let r = self;
        validate::required(path, "deviceId", &r.device_id)?;
        for (i, c) in r.channels.iter().enumerate() {
            if c.status == Some(crate::enums::ChannelOp::Delete) && c.id.is_none() {
                return Err(client_core::Error::invalid(
                    path,
                    format!("deviceChennelList[{i}]: deleting a channel requires its id"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(DevChnUpdate => Ack, POST "/api/v1/DevChnUpdate", write, validate);
