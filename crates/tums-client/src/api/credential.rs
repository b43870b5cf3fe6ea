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
/// let req = CreateTempApplicationApiCredential { expire_time: Some(3600) };
/// assert!(req.validate().is_ok());
/// assert!(CreateTempApplicationApiCredential { expire_time: Some(0) }.validate().is_err());
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
}

impl TempCredential {
    /// `true` when both keys are present (non-empty): the credential can sign.
    pub fn usable(&self) -> bool {
        !self.temp_ak.trim().is_empty() && !self.temp_sk.expose().trim().is_empty()
    }
}
