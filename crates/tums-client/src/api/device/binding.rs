//! 1.4.3.3–1.4.3.4 绑定 — binding devices by code or MAC.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.3–1.4.3.4 Binding
// ---------------------------------------------------------------------------------------

/// 通过二维码添加设备 — bind a device to the application by its device code (1.4.3.3).
///
/// The device must be online with its network configured. In a project-type app the
/// device is also bound to the app's project; in a device-type app it shows as a
/// device outside projects. Returns nothing on success.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::device::{qr_code_from_label, BindDeviceByQrCode};
/// let req = BindDeviceByQrCode::new(
///     qr_code_from_label("TP116E0091709B04C926B00").unwrap(),
///     "admin",
///     "secret-password",
/// );
/// assert!(req.validate().is_ok());
/// assert!(!format!("{req:?}").contains("secret-password"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindDeviceByQrCode {
    /// 设备码 — **required**, the 17-character device code: characters 4–20 of the label
    /// string (`TP116E0091709B04C926B00` → `16E0091709B04C926`); see
    /// [`qr_code_from_label`] (1.4.3.3).
    pub qr_code: String,
    /// 设备用户名 — **required**, device user name (factory default `admin`) (1.4.3.3).
    pub device_user_name: String,
    /// 设备密码 — **required**, device password: sets the password if none was set yet,
    /// otherwise verifies it (1.4.3.3).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub device_password: Secret,
}

impl BindDeviceByQrCode {
    /// A bind request.
    pub fn new(
        qr_code: impl Into<String>,
        device_user_name: impl Into<String>,
        device_password: impl Into<Secret>,
    ) -> Self {
        Self {
            qr_code: qr_code.into(),
            device_user_name: device_user_name.into(),
            device_password: device_password.into(),
        }
    }
}

impl BindDeviceByQrCode {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::qr_code(path, "qrCode", &self.qr_code)?;
        if self.device_user_name.is_empty() {
            return Err(Error::invalid(path, "deviceUserName must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(BindDeviceByQrCode => client_core::Ack, POST "/tums/open/deviceManager/v1/bindDeviceByQrCode", write, validate);

/// 通过mac添加网络设备 — bind a network device by MAC (1.4.3.4).
///
/// The device must be online with its network configured. Returns nothing on success.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BindNmsDeviceByMac {
    /// 设备mac地址 — **required**, `00-FF-00-17-00-18` (upper case, `-`); see
    /// [`normalize_mac`] (1.4.3.4).
    pub mac: String,
    /// 设备用户名 — **required**, device user name (1.4.3.4).
    pub device_user_name: String,
    /// 设备密码 — **required**, device password (1.4.3.4).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub device_password: Secret,
}

impl BindNmsDeviceByMac {
    /// A bind request.
    pub fn new(
        mac: impl Into<String>,
        device_user_name: impl Into<String>,
        device_password: impl Into<Secret>,
    ) -> Self {
        Self {
            mac: mac.into(),
            device_user_name: device_user_name.into(),
            device_password: device_password.into(),
        }
    }
}

impl BindNmsDeviceByMac {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::mac(path, "mac", &self.mac)?;
        if self.device_user_name.is_empty() {
            return Err(Error::invalid(path, "deviceUserName must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(BindNmsDeviceByMac => client_core::Ack, POST "/tums/open/deviceManager/v1/bindNmsDeviceByMac", write, validate);
