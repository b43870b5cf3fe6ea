//! Device targets used in `devList` (设备定位: `qrCode`/`mac`, `channelId`, `childMac`).

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// Device targets used in `devList`
// ---------------------------------------------------------------------------------------

/// 设备定位 — one `devList` entry addressing a device, a video child (`channelId`) or
/// a network child (`childMac`) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
///
/// ```
/// use tums_client::api::device::DeviceTarget;
/// let nvr_channel_3 = DeviceTarget::qr_code("16E0091709B04C926").channel(3);
/// assert_eq!(nvr_channel_3.channel_id, Some(3));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac`; `qr_code`
    /// wins when both are sent (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (upper case, `-`) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac地址 — network child device MAC (qrCode/mac then name the parent) (1.4.3.9, 1.4.3.19, 1.4.3.22–24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
    /// deviceGbId — 设备的20位国标设备ID of a GB/T 28181 device, instead of
    /// `qrCode`/`mac`/`channelId`/`childMac`; only the endpoints of 2026 edition 1.4.22.1
    /// (move, delete) accept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// sipServerId — 国标设备接入的SIP服务器id, only with `device_gb_id`, only for an
    /// entrusted (托管) GB device (2026 edition 1.4.22.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
}

impl DeviceTarget {
    /// A GB/T 28181 device addressed by its 20-digit id (2026 edition 1.4.22.1).
    pub fn gb(device_gb_id: impl Into<String>) -> Self {
        Self {
            device_gb_id: Some(device_gb_id.into()),
            ..Self::default()
        }
    }

    /// Names the SIP server of an entrusted GB/T 28181 device (2026 edition 1.4.22.1).
    pub fn sip_server(mut self, sip_server_id: impl Into<String>) -> Self {
        self.sip_server_id = Some(sip_server_id.into());
        self
    }

    /// Checks either form: a GB/T 28181 target (`deviceGbId` [+ `sipServerId`], nothing
    /// else) or a TP-LINK one (for endpoints of 2026 edition 1.4.22.1).
    pub(crate) fn check_either(&self, path: &str, what: &str) -> Result<(), Error> {
        let tp_link = check::set_members(&[
            ("qrCode", self.qr_code.is_some()),
            ("mac", self.mac.is_some()),
            ("channelId", self.channel_id.is_some()),
            ("childMac", self.child_mac.is_some()),
        ]);
        if check::gb_form(
            path,
            what,
            self.device_gb_id.as_deref(),
            self.sip_server_id.as_deref(),
            &tp_link,
        )? {
            Ok(())
        } else {
            self.check_tp_link(path, what)
        }
    }

    /// A device addressed by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device addressed by its MAC (`00-FF-00-17-00-18`).
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    /// Targets video channel `channel_id` of this device.
    pub fn channel(mut self, channel_id: i64) -> Self {
        self.channel_id = Some(channel_id);
        self
    }

    /// Targets the network child device with MAC `child_mac`.
    pub fn child(mut self, child_mac: impl Into<String>) -> Self {
        self.child_mac = Some(child_mac.into());
        self
    }

    /// Checks a TP-LINK target; the GB/T 28181 members are refused (endpoints outside
    /// 2026 edition 1.4.22 do not document them).
    pub(crate) fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        if self.device_gb_id.is_some() || self.sip_server_id.is_some() {
            return Err(Error::invalid(
                path,
                format!("{what}: this endpoint does not accept deviceGbId/sipServerId (GB/T 28181 devices)"),
            ));
        }
        self.check_tp_link(path, what)
    }

    fn check_tp_link(&self, path: &str, what: &str) -> Result<(), Error> {
        check::locator(path, what, self.qr_code.as_deref(), self.mac.as_deref())?;
        if let Some(c) = self.channel_id {
            check::channel(path, &format!("{what}.channelId"), c)?;
        }
        if let Some(m) = &self.child_mac {
            check::mac(path, &format!("{what}.childMac"), m)?;
        }
        if self.channel_id.is_some() && self.child_mac.is_some() {
            return Err(Error::invalid(
                path,
                format!("{what}: channelId (video child) and childMac (network child) cannot both be set"),
            ));
        }
        Ok(())
    }
}

/// 视频设备定位 — a `devList` entry of the IPC/NVR sync endpoints: `qrCode`/`mac` plus an
/// optional `channelId` (no `childMac`) (1.4.3.17/18).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoDeviceTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.17/18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (1.4.3.17/18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child channel, from 1 (qrCode/mac then name the parent) (1.4.3.17/18).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
}

impl VideoDeviceTarget {
    /// A device addressed by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device addressed by its MAC.
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    /// Targets video channel `channel_id` of this device.
    pub fn channel(mut self, channel_id: i64) -> Self {
        self.channel_id = Some(channel_id);
        self
    }

    pub(crate) fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        check::locator(path, what, self.qr_code.as_deref(), self.mac.as_deref())?;
        if let Some(c) = self.channel_id {
            check::channel(path, &format!("{what}.channelId"), c)?;
        }
        Ok(())
    }
}

/// 重启设备定位 — a `devList` entry of [`RebootDeviceList`]: `qrCode`/`mac` plus an optional
/// `childMac`. There is no `channelId`: NVR channel IPCs cannot be rebooted at once, only
/// on a schedule (1.4.4.6) (1.4.3.21).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RebootTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.3.21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (1.4.3.21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 子设备mac地址 — network child device MAC (qrCode/mac then name the parent) (1.4.3.21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
}

impl RebootTarget {
    /// A device addressed by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device addressed by its MAC.
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    pub(crate) fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        check::locator(path, what, self.qr_code.as_deref(), self.mac.as_deref())?;
        if let Some(m) = &self.child_mac {
            check::mac(path, &format!("{what}.childMac"), m)?;
        }
        Ok(())
    }
}

pub(super) fn check_dev_list<T>(
    path: &str,
    list: &[T],
    max: usize,
    check: impl Fn(&T, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    check::batch(path, "devList", list.len(), max)?;
    for (i, item) in list.iter().enumerate() {
        check(item, &format!("devList[{i}]"))?;
    }
    Ok(())
}
