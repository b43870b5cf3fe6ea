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
}

impl DeviceTarget {
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

    pub(crate) fn check(&self, path: &str, what: &str) -> Result<(), Error> {
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
