//! 1.4.3.19–1.4.3.21 移动、重命名、重启 — moving, renaming and rebooting devices.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.19–1.4.3.21 Move, rename, reboot
// ---------------------------------------------------------------------------------------

/// 转移项目型应用下设备到其他分组 — move devices of a project-type application to
/// another region (1.4.3.19). `devList` holds 1–100 devices; per-device failures come
/// back in `failList`. GB/T 28181 devices are addressed by [`DeviceTarget::gb`]
/// (2026 edition 1.4.22.1.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveDeviceListToRegion {
    /// 设备列表 — the devices, 1–100, each a TP-LINK or a GB/T 28181 target (1.4.3.19,
    /// 1.4.22.1.4).
    pub dev_list: Vec<DeviceTarget>,
    /// 分组id — **required**, target region id, a numeric string (the table's key has a
    /// trailing space, `regionId `, accepted on input) (1.4.3.19).
    #[serde(alias = "regionId ", with = "client_core::lenient::string")]
    pub region_id: String,
}

impl MoveDeviceListToRegion {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| {
            t.check_either(path, w)
        })?;
        if self.region_id.is_empty() || !self.region_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!(
                    "regionId must be a numeric string, got {:?}",
                    self.region_id
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(MoveDeviceListToRegion => client_core::Ack, POST "/tums/open/deviceManager/v1/moveDeviceListToRegion", write, validate);

/// 修改设备名称 — rename a device (1.4.3.20). The device must be online and on trial or
/// paid. Returns nothing on success. A GB/T 28181 device is renamed by `deviceGbId`
/// ([`ModifyDeviceName::gb`], 2026 edition 1.4.22.1.3).
///
/// `deviceName` may not be empty; the seed limits it to "10 Chinese or 32 English
/// characters", which this SDK checks as at most 32 bytes of UTF-8 (10 CJK characters
/// are 30 bytes; 11 are 33).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device::ModifyDeviceName;
/// let ok = ModifyDeviceName::new("16E0091709B04C926", "24栋的第五台NVR");
/// assert!(ok.validate().is_ok());
/// let long = ModifyDeviceName::new("16E0091709B04C926", "一二三四五六七八九十十");
/// assert!(long.validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModifyDeviceName {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.3.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — optional video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.20).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac地址 — optional network child MAC (qrCode/mac then name the parent) (1.4.3.20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
    /// deviceGbId — 设备的20位国标设备ID: renames a GB/T 28181 device instead of a
    /// TP-LINK one; not with `qr_code`/`mac`/`channel_id`/`child_mac` (2026 edition
    /// 1.4.22.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// sipServerId — 国标设备接入的SIP服务器id, only with `device_gb_id`, only for an
    /// entrusted (托管) GB device (2026 edition 1.4.22.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
    /// 设备名称 — **required**, the new name: not empty, at most 10 Chinese / 32 English
    /// characters (1.4.3.20).
    pub device_name: String,
}

impl ModifyDeviceName {
    /// The longest name in UTF-8 bytes (10个中文字符、32个英文字符).
    pub const MAX_NAME_BYTES: usize = 32;

    /// Renames the device with code `qr_code`.
    pub fn new(qr_code: impl Into<String>, device_name: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            device_name: device_name.into(),
            ..Self::default()
        }
    }

    /// Renames the GB/T 28181 device `device_gb_id` (2026 edition 1.4.22.1.3).
    pub fn gb(device_gb_id: impl Into<String>, device_name: impl Into<String>) -> Self {
        Self {
            device_gb_id: Some(device_gb_id.into()),
            device_name: device_name.into(),
            ..Self::default()
        }
    }
}

impl ModifyDeviceName {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let target = DeviceTarget {
            qr_code: self.qr_code.clone(),
            mac: self.mac.clone(),
            channel_id: self.channel_id,
            child_mac: self.child_mac.clone(),
            device_gb_id: self.device_gb_id.clone(),
            sip_server_id: self.sip_server_id.clone(),
        };
        target.check_either(path, "request")?;
        if self.device_name.trim().is_empty() {
            return Err(Error::invalid(path, "deviceName must not be empty"));
        }
        if self.device_name.len() > Self::MAX_NAME_BYTES {
            return Err(Error::invalid(
                path,
                format!(
                    "deviceName must be at most 10 Chinese / 32 English characters (32 bytes of UTF-8), got {} bytes",
                    self.device_name.len()
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ModifyDeviceName => client_core::Ack, POST "/tums/open/deviceManager/v1/modifyDeviceName", write, validate);

/// 重启设备 — reboot devices at once (1.4.3.21). `devList` holds 1–100 devices, which
/// must be online and on trial or paid; per-device failures come back in `failList`.
/// NVR channel IPCs cannot be rebooted at once (schedule it with 1.4.4.6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RebootDeviceList {
    /// 设备列表 — the devices, 1–100 (1.4.3.21).
    pub dev_list: Vec<RebootTarget>,
}

impl RebootDeviceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_dev_list(path, &self.dev_list, MAX_DEV_LIST, |t, w| t.check(path, w))
    }
}

client_core::endpoint!(RebootDeviceList => client_core::Ack, POST "/tums/open/deviceManager/v1/rebootDeviceList", write, validate);

// ---------------------------------------------------------------------------------------
