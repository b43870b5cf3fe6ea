//! 1.4.3.9 删除设备 — deleting devices.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.9 Delete
// ---------------------------------------------------------------------------------------

/// 删除设备 — unbind devices from the cloud, or only remove them from a device-type
/// application (1.4.3.9). Failures are reported per device in `failList`. GB/T 28181
/// devices are addressed by [`DeviceTarget::gb`] (2026 edition 1.4.22.1.5).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device::{DeleteDeviceList, DeviceTarget};
/// let req = DeleteDeviceList {
///     dev_list: vec![DeviceTarget::qr_code("16E0091709B04C926").channel(1)],
///     only_remove: None,
/// };
/// assert!(req.validate().is_ok());
/// assert!(DeleteDeviceList::default().validate().is_err()); // empty devList
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteDeviceList {
    /// 设备列表 — the devices to delete (at least one), each a TP-LINK or a GB/T 28181
    /// target (1.4.3.9, 1.4.22.1.5).
    pub dev_list: Vec<DeviceTarget>,
    /// 是否仅从设备型应用中移除 — `Some(true)` (wire `1`): only remove from the
    /// device-type application; `Some(false)`/absent (wire `0`, the default): remove and
    /// unbind from the cloud. Device-type applications only (1.4.3.9).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub only_remove: Option<bool>,
}

impl DeleteDeviceList {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        // The seed states no upper bound for this devList.
        check_dev_list(path, &self.dev_list, usize::MAX, |t, w| {
            t.check_either(path, w)
        })
    }
}

client_core::endpoint!(DeleteDeviceList => client_core::Ack, POST "/tums/open/deviceManager/v1/deleteDeviceList", write, validate);
