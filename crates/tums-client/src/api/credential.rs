//! 1.4.1 AK/SK — temporary credentials (tums-open-api.txt 1.2.2.5, 1.4.1.1).
//!
//! A backend holding the application's long-term AK/SK calls
//! [`CreateTempApplicationApiCredential`] to mint a short-lived AK/SK it can hand to a
//! client. Temporary keys have the same rights and are used the same way (AccessKey =
//! `tempAk`, sign with `tempSk`), but cannot mint further temporary keys (-82401). At
//! most 10 000 exist per application (-88317).

use chrono::{DateTime, Utc};
use client_core::{Error, Secret};
use serde::{Deserialize, Serialize};

/// 生成临时AK/SK — create a temporary AK/SK (1.4.1.1).
///
/// ```
/// use tums_client::api::credential::CreateTempApplicationApiCredential;
/// use client_core::Endpoint;
/// let req = CreateTempApplicationApiCredential::with_lifetime(3600);
/// assert!(req.validate().is_ok());
/// assert!(CreateTempApplicationApiCredential::with_lifetime(0).validate().is_err());
/// ```
///
/// The 2026-08-31 edition restricts a temporary key with permission policies
/// (`policyIdList`, at most 10, see [`crate::api::policy`]) and to a set of devices
/// (`devList`, at most 100); empty lists (the default, not sent) allow every API and
/// every device:
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::credential::{CreateTempApplicationApiCredential, CredentialDevice};
/// let req = CreateTempApplicationApiCredential::with_lifetime(600)
///     .policies(["2562515"])
///     .devices([CredentialDevice::qr_code("16E0091709B04C926").channel(1)]);
/// assert!(req.validate().is_ok());
/// assert!(req.clone().policies(vec!["p"; 11]).validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateTempApplicationApiCredential {
    /// 有效时长 — lifetime in seconds, `[1, 86400]`; the platform defaults to 1800 when
    /// absent (1.4.1.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<i64>,
    /// 策略 id — the permission policies the key is restricted to, at most 10; empty
    /// (not sent) = every API (2026 edition 1.4.1.1, 1.4.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_id_list: Vec<String>,
    /// 允许调用的设备 — the devices the key may address, at most 100; empty (not sent)
    /// = every device (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dev_list: Vec<CredentialDevice>,
}

impl CreateTempApplicationApiCredential {
    /// A request for a key living `seconds` (`[1, 86400]`), unrestricted.
    pub fn with_lifetime(seconds: i64) -> Self {
        Self {
            expire_time: Some(seconds),
            ..Self::default()
        }
    }

    /// Restricts the key to these permission policies (at most 10, 2026 edition).
    pub fn policies<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Self {
        self.policy_id_list = ids.into_iter().map(Into::into).collect();
        self
    }

    /// Restricts the key to these devices (at most 100, 2026 edition).
    pub fn devices(mut self, devices: impl IntoIterator<Item = CredentialDevice>) -> Self {
        self.dev_list = devices.into_iter().collect();
        self
    }
}

/// Most policies per temporary key (`policyIdList` 长度限制 `[0, 10]`, 2026 edition 1.4.1.1).
pub const MAX_POLICIES_PER_KEY: usize = 10;
/// Most devices per temporary key (`devList` 长度限制 `[0, 100]`, 2026 edition 1.4.1.1).
pub const MAX_DEVICES_PER_KEY: usize = 100;
/// Length of a GB/T 28181 device id (20位国标设备ID, 2026 edition 1.4.1.1).
pub const GB_DEVICE_ID_LEN: usize = 20;

/// 允许调用的设备 — one device a temporary key may address (2026 edition 1.4.1.1
/// devList): `qrCode` and/or `mac` (`qrCode` wins), or for a GB/T 28181 device its
/// `deviceGbId` (plus `sipServerId` for an entrusted one); `channelId` / `childMac` narrow
/// it to a video or network child.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CredentialDevice {
    /// 设备码 — 17-character device code (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — `00-FF-00-17-00-18` (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — video child channel from 1 (2026 edition 1.4.1.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 子设备mac地址 — network child MAC (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_mac: Option<String>,
    /// 国标设备ID — 20-digit GB/T 28181 device id, e.g. `33010001011321110001`
    /// (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// SIP服务器id — the SIP server of an entrusted GB device (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
}

impl CredentialDevice {
    /// A device by its 17-character code.
    pub fn qr_code(qr_code: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            ..Self::default()
        }
    }

    /// A device by MAC.
    pub fn mac(mac: impl Into<String>) -> Self {
        Self {
            mac: Some(mac.into()),
            ..Self::default()
        }
    }

    /// A GB/T 28181 device by its 20-digit id.
    pub fn gb(device_gb_id: impl Into<String>) -> Self {
        Self {
            device_gb_id: Some(device_gb_id.into()),
            ..Self::default()
        }
    }

    /// Narrows to video channel `channel_id`.
    pub fn channel(mut self, channel_id: i64) -> Self {
        self.channel_id = Some(channel_id);
        self
    }

    pub(crate) fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        match &self.device_gb_id {
            Some(gb) if self.qr_code.is_none() && self.mac.is_none() => {
                if gb.len() != GB_DEVICE_ID_LEN || !gb.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(Error::invalid(
                        path,
                        format!("{what}.deviceGbId must be 20 digits, got {gb:?}"),
                    ));
                }
            }
            _ => crate::api::check::locator(
                path,
                what,
                self.qr_code.as_deref(),
                self.mac.as_deref(),
            )?,
        }
        crate::api::check::opt_channel(path, &format!("{what}.channelId"), self.channel_id)?;
        if let Some(m) = &self.child_mac {
            crate::api::check::mac(path, &format!("{what}.childMac"), m)?;
        }
        Ok(())
    }
}

impl CreateTempApplicationApiCredential {
    /// The documented lifetime range in seconds (`[1, 86400]`).
    pub const EXPIRE_TIME_RANGE: std::ops::RangeInclusive<i64> = 1..=86_400;
    /// The platform's default lifetime when `expireTime` is absent (1800 s).
    pub const DEFAULT_EXPIRE_TIME: i64 = 1800;
}

impl CreateTempApplicationApiCredential {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        if let Some(t) = self.expire_time {
            if !Self::EXPIRE_TIME_RANGE.contains(&t) {
                return Err(Error::invalid(
                    path,
                    format!("expireTime must be 1..=86400 seconds, got {t}"),
                ));
            }
        }
        client_core::validate::count(
            path,
            "policyIdList",
            self.policy_id_list.len(),
            0,
            MAX_POLICIES_PER_KEY,
        )?;
        for (i, id) in self.policy_id_list.iter().enumerate() {
            client_core::validate::required(path, &format!("policyIdList[{i}]"), id)?;
        }
        client_core::validate::count(path, "devList", self.dev_list.len(), 0, MAX_DEVICES_PER_KEY)?;
        for (i, d) in self.dev_list.iter().enumerate() {
            d.check(path, &format!("devList[{i}]"))?;
        }
        Ok(())
    }
}

client_core::endpoint!(CreateTempApplicationApiCredential => TempCredential, POST "/tums/open/credentialManager/v1/createTempApplicationApiCredential", write, validate, sensitive);

/// 临时AK/SK — a temporary credential (result of 1.4.1.1).
///
/// `temp_sk` is a [`Secret`]: it never shows in `Debug` or logs. Serializing the
/// struct does write it (that is how a backend hands the credential to a client).
///
/// The seed's 回复参数 table marks no member required, so every member decodes from
/// absent or `null` (an empty key, no times); [`TempCredential::usable`] tells whether
/// the answer can sign requests, and the client refuses one that cannot
/// ([`crate::Error::Credentials`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TempCredential {
    /// 临时ak — the temporary AccessKey (1.4.1.1).
    #[serde(default)]
    pub temp_ak: String,
    /// 临时sk — the temporary SecretKey (1.4.1.1).
    #[serde(default, serialize_with = "Secret::serialize_exposed")]
    pub temp_sk: Secret,
    /// 创建时间 — creation time, UNIX seconds on the wire (1.4.1.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<DateTime<Utc>>,
    /// 过期时间 — expiry time, UNIX seconds on the wire (1.4.1.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<DateTime<Utc>>,
    /// 策略 id — the policies the key is restricted to, echoed (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_id_list: Vec<String>,
    /// 允许调用的设备 — the devices the key is restricted to, echoed (2026 edition 1.4.1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dev_list: Vec<CredentialDevice>,
}

impl TempCredential {
    /// `true` when both keys are present (non-empty): the credential can sign.
    pub fn usable(&self) -> bool {
        !self.temp_ak.trim().is_empty() && !self.temp_sk.expose().trim().is_empty()
    }
}
