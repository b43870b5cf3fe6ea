//! 1.4.11 设备托管 — device entrust: downstream customers entrust their devices to the
//! developer's enterprise without moving them (TUMS 2026-08-31 edition, 1.4.11.2–1.4.11.9).
//!
//! Flow (1.4.11.1 使用说明): optionally [`SetEntrustDeviceCallbackConfig`] (the cloud
//! then POSTs `{}` to the address and expects `{"error_code":0}`, otherwise -82400;
//! [`crate::entrust`] is a receiver that answers it and verifies the signature), share
//! the H5 link of [`GetEntrustDeviceH5Address`] with customers, receive
//! [`EntrustCallback`]s when they entrust or withdraw devices, add entrusted devices to
//! a device-type application (1.4.3.2.2), and manage them with
//! [`GetEntrustDeviceList`], [`GetEntrustDeviceInfoByDevList`],
//! [`CancelEntrustDeviceList`] and [`CancelEntrustDeviceByEnterpriseId`].
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::device_entrust::*;
//!
//! let on = SetEntrustDeviceCallbackConfig::on("https://dev.example.com/tums/entrust", Some("k3y".into()));
//! assert!(on.validate().is_ok());
//! assert!(!format!("{on:?}").contains("k3y")); // the key never shows
//! assert!(SetEntrustDeviceCallbackConfig::on("ftp://x", None).validate().is_err());
//! ```

use chrono::{DateTime, Utc};
use client_core::{Error, Page, PageRequest, Paged, Secret};
use serde::{Deserialize, Serialize};

use super::check;
use crate::api::device::DeviceStatus;
use crate::api::ids::MAX_DEV_LIST;
use crate::envelope::PagedList;

/// Longest `callbackAddress` (`[1, 1024]`, 1.4.11.2).
pub const CALLBACK_ADDRESS_MAX_LEN: usize = 1024;
/// Longest `secretKey` (`[0, 32]`, 1.4.11.2).
pub const SECRET_KEY_MAX_LEN: usize = 32;
/// Largest `limit` of [`GetEntrustDeviceList`] (`[1, 100]`, default 10, 1.4.11.6).
pub const ENTRUST_LIST_MAX_LIMIT: u32 = 100;
/// Default `limit` of [`GetEntrustDeviceList`] (1.4.11.6).
pub const ENTRUST_LIST_DEFAULT_LIMIT: u32 = 10;

client_core::int_enum! {
    /// 回调开关 — whether the cloud calls the entrust callback (1.4.11.2/3 enableCallback).
    pub enum CallbackSwitch {
        /// 0 — 回调关闭, off.
        Off = 0,
        /// 1 — 回调开启, on (needs `callbackAddress`).
        On = 1,
    }
}

client_core::int_enum! {
    /// 托管状态 — entrust state of a device in a callback (1.4.11.4 entrustStatus). The
    /// table's meaning column repeats 回调关闭/回调开启 (a copy of 1.4.11.2); read as
    /// 0 = withdrawn and 1 = entrusted (the callback reports "托管/取消托管").
    pub enum EntrustStatus {
        /// 0 — the device is no longer entrusted (取消托管).
        Cancelled = 0,
        /// 1 — the device is entrusted (托管).
        Entrusted = 1,
    }
}

// ---------------------------------------------------------------------------------
// 1.4.11.2 / 1.4.11.3

/// 设置托管回调配置 — set the entrust callback (1.4.11.2). When switched on the cloud
/// checks the address at once (POST `{}`, expects `{"error_code":0}`, else -82400).
/// With a `secret_key` every callback carries `X-Authorization: Signature=<hex
/// HMAC-SHA256 of the body>` ([`crate::entrust::sign`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetEntrustDeviceCallbackConfig {
    /// 回调开关 — on or off. Required (1.4.11.2).
    pub enable_callback: CallbackSwitch,
    /// 回调地址 — `http[s]://{domain}/{url}`, 1–1024 characters; required when on (1.4.11.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_address: Option<String>,
    /// HmacSHA256算法加密密钥 — signing key, 0–32 characters (never printed) (1.4.11.2).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_key: Option<Secret>,
}

impl SetEntrustDeviceCallbackConfig {
    /// Callbacks on, to `address`, signed with `secret_key` when given.
    pub fn on(address: impl Into<String>, secret_key: Option<Secret>) -> Self {
        Self {
            enable_callback: CallbackSwitch::On,
            callback_address: Some(address.into()),
            secret_key,
        }
    }

    /// Callbacks off.
    pub fn off() -> Self {
        Self {
            enable_callback: CallbackSwitch::Off,
            callback_address: None,
            secret_key: None,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        match (&self.enable_callback, &self.callback_address) {
            (CallbackSwitch::On, None) => {
                return Err(Error::invalid(
                    path,
                    "callbackAddress is required when enableCallback is 1",
                ))
            }
            (CallbackSwitch::Unknown(v), _) => {
                return Err(Error::invalid(
                    path,
                    format!("enableCallback must be 0 or 1, got {v}"),
                ))
            }
            _ => {}
        }
        if let Some(url) = &self.callback_address {
            client_core::validate::chars(
                path,
                "callbackAddress",
                url,
                1,
                CALLBACK_ADDRESS_MAX_LEN,
            )?;
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(Error::invalid(
                    path,
                    "callbackAddress must be an http:// or https:// URL",
                ));
            }
        }
        if let Some(key) = &self.secret_key {
            // The length only: the key itself never appears in a message.
            let n = key.expose().chars().count();
            if n > SECRET_KEY_MAX_LEN {
                return Err(Error::invalid(
                    path,
                    format!("secretKey must be at most {SECRET_KEY_MAX_LEN} characters, got {n}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(SetEntrustDeviceCallbackConfig => client_core::Ack, POST "/tums/open/deviceEntrust/v1/setEntrustDeviceCallbackConfig", write, validate);

/// 获取托管回调配置 — the enterprise's entrust callback configuration (1.4.11.3). The
/// answer carries the signing key: it is never excerpted in errors or logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetEntrustDeviceCallbackConfig {}

client_core::endpoint!(GetEntrustDeviceCallbackConfig => EntrustCallbackConfig, POST "/tums/open/deviceEntrust/v1/getEntrustDeviceCallbackConfig", read, sensitive);

/// 托管回调配置 — result of 1.4.11.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustCallbackConfig {
    /// 回调开关 — on or off (1.4.11.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_callback: Option<CallbackSwitch>,
    /// 回调地址 — callback URL (1.4.11.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_address: Option<String>,
    /// HmacSHA256算法加密密钥 — signing key (never printed) (1.4.11.3).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_key: Option<Secret>,
}

// ---------------------------------------------------------------------------------
// 1.4.11.4

/// 开发者托管回调消息体 — what the cloud POSTs to `callbackAddress` when customers
/// entrust or withdraw devices (1.4.11.4). Receive it with [`crate::entrust`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustCallback {
    /// 托管设备列表 — the devices (1.4.11.4).
    #[serde(default)]
    pub entrust_dev_list: Vec<EntrustedDevice>,
}

/// 托管设备 — one device of an [`EntrustCallback`] (1.4.11.4 entrustDevList).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustedDevice {
    /// 17位设备码 — device code; empty for some network devices and NVR channels (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// mac地址 — MAC (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 国标设备ID — 20-digit GB/T 28181 device id (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// SIP服务器ID — SIP server id (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
    /// 父设备的mac地址 — parent MAC, empty if none (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 父设备的qrCode — parent device code, empty if none (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_qr_code: Option<String>,
    /// 通道号 — 1 for a directly bound IPC, the NVR channel otherwise (1.4.11.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 托管状态 — entrusted or withdrawn (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrust_status: Option<EntrustStatus>,
    /// 设备名称 — device name (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 托管设备所属企业id — the customer's enterprise id (1.4.11.4).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub belong_enterprise_id: Option<String>,
    /// 托管设备所属企业名称 — the customer's enterprise name (1.4.11.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belong_enterprise_name: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.11.5

/// 获取托管设备授权H5地址 — the H5 page customers use to entrust devices (1.4.11.5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetEntrustDeviceH5Address {}

client_core::endpoint!(GetEntrustDeviceH5Address => EntrustH5Address, POST "/tums/open/deviceEntrust/v1/getEntrustDeviceH5Address", read);

/// 授权H5地址 — result of 1.4.11.5.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustH5Address {
    /// 商云授权托管设备的H5地址 — the page's URL (1.4.11.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h5_address: Option<String>,
}

// ---------------------------------------------------------------------------------
// 1.4.11.6

/// 获取托管设备列表 — the devices entrusted to this enterprise (1.4.11.6), paged with
/// `start` (default 0) and `limit` (`[1, 100]`, default 10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetEntrustDeviceList {
    /// 起始条目 — 0-based offset (default 0) (1.4.11.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<i64>,
    /// 条目总数 — `[1, 100]` (default 10) (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件 — AND filter (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<EntrustDeviceFilter>,
}

impl GetEntrustDeviceList {
    fn check(&self, path: &str) -> Result<(), Error> {
        if let Some(s) = self.start {
            check::start(path, s)?;
        }
        if let Some(l) = self.limit {
            check::limit(path, l, ENTRUST_LIST_MAX_LIMIT)?;
        }
        if let Some(f) = &self.filter_and {
            for (field, v) in [("startTime", &f.start_time), ("endTime", &f.end_time)] {
                if let Some(d) = v {
                    super::cloud_storage::compact_date(path, &format!("filterAnd.{field}"), d)?;
                }
            }
        }
        Ok(())
    }
}

client_core::endpoint!(GetEntrustDeviceList => PagedList<EntrustDevice>, POST "/tums/open/deviceEntrust/v1/getEntrustDeviceList", read, validate);

impl Paged for GetEntrustDeviceList {
    type Item = EntrustDevice;

    /// The caller's `limit`, or the documented default (10).
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(ENTRUST_LIST_DEFAULT_LIMIT)
    }

    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(i64::try_from(page.offset()).unwrap_or(i64::MAX));
        self.limit = Some(page.size);
    }

    fn into_page(resp: PagedList<EntrustDevice>) -> Page<EntrustDevice> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

/// 托管设备筛选 — AND filter of 1.4.11.6.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustDeviceFilter {
    /// 托管设备所属企业id — the customer's enterprise (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belong_enterprise_id: Option<String>,
    /// 起始时间日期 — entrusted on or after, `yyyyMMdd` (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// 结束时间日期 — entrusted on or before, `yyyyMMdd` (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// 设备分类列表 — device types (表 1.4.3.1-1) (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_list: Option<Vec<String>>,
    /// 设备状态 — appears only in the 1.4.11.6 example, not in its filter table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
}

/// 托管设备信息 — one entrusted device (1.4.11.6/7 list).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustDevice {
    /// 17位设备码 — device code; empty for some network devices and NVR channels (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// mac地址 — MAC (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 国标设备ID — GB/T 28181 device id (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// SIP服务器ID — SIP server id (1.4.11.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
    /// 父设备的mac地址 — parent MAC (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_mac: Option<String>,
    /// 父设备的qrCode — parent device code (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_qr_code: Option<String>,
    /// 通道号 — channel (1.4.11.6/7).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 设备名称 — name (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 设备类型 — type (表 1.4.3.1-1) (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// 设备状态 — state (表 1.4.3.1-2) (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_status: Option<DeviceStatus>,
    /// 设备型号 — model (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// ip地址 — IP address (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// 托管设备所属企业id — the customer's enterprise id (1.4.11.6/7).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub belong_enterprise_id: Option<String>,
    /// 托管设备所属企业名称 — the customer's enterprise name (1.4.11.6/7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belong_enterprise_name: Option<String>,
    /// 设备托管时间 — when it was entrusted, UNIX milliseconds (1.4.11.6/7).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub entrust_time: Option<DateTime<Utc>>,
}

// ---------------------------------------------------------------------------------
// 1.4.11.7 / 1.4.11.8

/// 设备定位 — one device of 1.4.11.7/8 devList: `qr_code`/`mac` name the target, or its
/// parent when `channel_id` (video child) or `child_mac` (network child) is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntrustDeviceRef {
    /// 设备码 — 17-character device code; this or `mac` is required (1.4.11.7/8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC; this or `qr_code` is required (1.4.11.7/8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child channel, from 1 (1.4.11.7/8).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac — network child MAC (1.4.11.7/8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
}

impl EntrustDeviceRef {
    /// A channel of a device by device code.
    pub fn channel(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            channel_id: Some(channel_id),
            ..Default::default()
        }
    }
}

fn dev_list(path: &str, list: &[EntrustDeviceRef]) -> Result<(), Error> {
    check::batch(path, "devList", list.len(), MAX_DEV_LIST)?;
    for (i, d) in list.iter().enumerate() {
        check::any_locator(path, &d.qr_code, &d.mac)?;
        check::opt_channel(path, &format!("devList[{i}].channelId"), d.channel_id)?;
    }
    Ok(())
}

/// 获取托管设备信息 — entrusted devices by code or MAC (1.4.11.7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetEntrustDeviceInfoByDevList {
    /// 设备列表 — 1–100 devices. Required (1.4.11.7).
    pub dev_list: Vec<EntrustDeviceRef>,
}

impl GetEntrustDeviceInfoByDevList {
    fn check(&self, path: &str) -> Result<(), Error> {
        dev_list(path, &self.dev_list)
    }
}

client_core::endpoint!(GetEntrustDeviceInfoByDevList => EntrustDeviceInfo, POST "/tums/open/deviceEntrust/v1/getEntrustDeviceInfoByDevList", read, validate);

/// 托管设备信息列表 — result of 1.4.11.7.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrustDeviceInfo {
    /// list — the devices found (1.4.11.7).
    #[serde(default)]
    pub list: Vec<EntrustDevice>,
}

/// 取消设备托管 — withdraw entrusted devices (1.4.11.8).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelEntrustDeviceList {
    /// 设备列表 — 1–100 devices. Required (1.4.11.8).
    pub dev_list: Vec<EntrustDeviceRef>,
}

impl CancelEntrustDeviceList {
    fn check(&self, path: &str) -> Result<(), Error> {
        dev_list(path, &self.dev_list)
    }
}

client_core::endpoint!(CancelEntrustDeviceList => client_core::Ack, POST "/tums/open/deviceEntrust/v1/cancelEntrustDeviceList", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.11.9

/// 取消企业下的所有设备托管 — withdraw every device of one customer enterprise (1.4.11.9).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelEntrustDeviceByEnterpriseId {
    /// 托管设备所属企业id — the enterprise id, a numeric string. Required (1.4.11.9).
    #[serde(with = "client_core::lenient::string")]
    pub belong_enterprise_id: String,
}

impl CancelEntrustDeviceByEnterpriseId {
    fn check(&self, path: &str) -> Result<(), Error> {
        let id = &self.belong_enterprise_id;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!("belongEnterpriseId must be a numeric string, got {id:?}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(CancelEntrustDeviceByEnterpriseId => client_core::Ack, POST "/tums/open/deviceEntrust/v1/cancelEntrustDeviceByEnterpriseId", write, validate);

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(message.contains(needle), "{message:?} lacks {needle:?}");
            }
            other => panic!("expected InvalidRequest about {needle:?}, got {other:?}"),
        }
    }

    #[test]
    fn callback_config_is_checked_and_keeps_the_key_secret() {
        let on =
            SetEntrustDeviceCallbackConfig::on("http://a.example/cb", Some("s".repeat(32).into()));
        assert!(on.validate().is_ok());
        let body = on.encode().unwrap().body.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["secretKey"], "s".repeat(32));
        assert_eq!(v["enableCallback"], 1);
        rejects(
            &SetEntrustDeviceCallbackConfig::on("http://a.example/cb", Some("s".repeat(33).into())),
            "secretKey must be at most 32",
        );
        let long = SetEntrustDeviceCallbackConfig::on(
            "http://a.example/".to_owned() + &"x".repeat(1024),
            None,
        );
        rejects(&long, "callbackAddress");
        let mut missing = SetEntrustDeviceCallbackConfig::off();
        assert!(missing.validate().is_ok());
        missing.enable_callback = CallbackSwitch::On;
        rejects(&missing, "required");
        missing.enable_callback = CallbackSwitch::Unknown(2);
        rejects(&missing, "0 or 1");
        const { assert!(GetEntrustDeviceCallbackConfig::SENSITIVE_RESPONSE) };
        let secret = "s".repeat(20);
        let e = SetEntrustDeviceCallbackConfig::on(
            "http://a.example/cb",
            Some(secret.repeat(2).into()),
        )
        .validate()
        .unwrap_err()
        .to_string();
        assert!(!e.contains(&secret), "{e}");
    }

    #[test]
    fn lists_are_checked() {
        let mut list = GetEntrustDeviceList::default();
        assert_eq!(list.page_size(), 10);
        assert!(list.validate().is_ok());
        list.limit = Some(101);
        rejects(&list, "limit");
        list.limit = Some(100);
        list.filter_and = Some(EntrustDeviceFilter {
            start_time: Some("2024-09-25".into()),
            ..Default::default()
        });
        rejects(&list, "filterAnd.startTime");
        list.set_page(PageRequest { index: 2, size: 30 });
        assert_eq!((list.start, list.limit), (Some(60), Some(30)));
        rejects(&CancelEntrustDeviceList::default(), "devList");
        rejects(
            &CancelEntrustDeviceList {
                dev_list: vec![EntrustDeviceRef::default()],
            },
            "qrCode or mac",
        );
        rejects(
            &GetEntrustDeviceInfoByDevList {
                dev_list: vec![EntrustDeviceRef::channel("16E0091709B04C926", 1); 101],
            },
            "devList",
        );
        rejects(
            &CancelEntrustDeviceByEnterpriseId {
                belong_enterprise_id: "ent-1".into(),
            },
            "numeric",
        );
    }
}
