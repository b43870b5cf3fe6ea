//! [`HttpClient`]: the five HTTP endpoints, authenticated with the live session's
//! token.

use bytes::Bytes;
use chrono::{DateTime, Utc};
use client_core::{
    Endpoint, RawRequest, RequestBody, RetryPolicy, Secret, Transport, TransportConfig,
};
use md5::{Digest as _, Md5};
use sha2::Sha256;

use crate::enums::ResultCode;
use crate::error::{Error, Result};
use crate::session::Session;
use crate::uploads::{
    DeviceInfoReport, EventReport, FaceCaptureUpload, HttpReply, OtaComponent, OtaInfo, OtaQuery,
    VehicleCapture,
};

/// The parameter signature of 三、签名算法, for deployments that require it.
///
/// The seed defines the algorithm but not where it is used. When configured, every
/// HTTP body gets three extra members: `appid`, `ts` (UNIX seconds) and `sign` =
/// upper-case MD5 over the body's top-level members sorted by key (`key + value`,
/// empty values dropped, nested objects and arrays not included) followed by the
/// secret — see [`auth_signing::lenfocus::param_signature`]. A fresh `ts` and `sign`
/// are computed for every attempt.
#[derive(Debug, Clone)]
pub struct ParamSigning {
    /// AppId issued by the platform (`LENFOCUS_APP_ID`).
    pub app_id: String,
    /// The signing secret (`LENFOCUS_SECRET`).
    pub secret: Secret,
}

impl ParamSigning {
    /// Adds `appid`, `ts` and `sign` to a JSON object body.
    pub fn sign_body(&self, body: &mut serde_json::Map<String, serde_json::Value>, ts: i64) {
        body.insert(
            "appid".into(),
            serde_json::Value::String(self.app_id.clone()),
        );
        body.insert("ts".into(), serde_json::Value::from(ts));
        body.remove("sign");
        let pairs: Vec<(String, String)> = body
            .iter()
            .filter_map(|(k, v)| scalar_text(v).map(|t| (k.clone(), t)))
            .collect();
        let sign = auth_signing::lenfocus::param_signature(pairs, self.secret.expose());
        body.insert("sign".into(), serde_json::Value::String(sign));
    }

    /// `true` when `body` carries a valid `sign` for this app (the simulator's check).
    pub fn verify_body(&self, body: &serde_json::Map<String, serde_json::Value>) -> bool {
        let Some(given) = body.get("sign").and_then(|s| s.as_str()) else {
            return false;
        };
        if body.get("appid").and_then(|a| a.as_str()) != Some(self.app_id.as_str()) {
            return false;
        }
        let pairs: Vec<(String, String)> = body
            .iter()
            .filter(|(k, _)| k.as_str() != "sign")
            .filter_map(|(k, v)| scalar_text(v).map(|t| (k.clone(), t)))
            .collect();
        auth_signing::lenfocus::param_signature(pairs, self.secret.expose()) == given
    }
}

fn scalar_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Sends the HTTP uploads (2.1–2.5) with `Authorization: Bearer <token>` from a live
/// [`Session`]. On a 401 (HTTP status or body code) it renews the token with
/// `/token/update` and retries once. Transient failures are retried per
/// [`RetryPolicy`] (reads always, writes only when the request cannot have been
/// processed).
#[derive(Debug, Clone)]
pub struct HttpClient {
    transport: Transport,
    session: Session,
    signing: Option<ParamSigning>,
    retry: RetryPolicy,
}

impl HttpClient {
    /// A client for the platform at `base_url` (e.g. `https://host:port`).
    pub fn new(base_url: &str, session: Session) -> Result<Self> {
        let mut config = TransportConfig::parse(base_url)?;
        // 二、HTTP 接口: the seed's requests carry `Content-Type: application/json`.
        config.json_content_type = "application/json".to_owned();
        let transport = Transport::new(&config)?;
        Ok(Self {
            transport,
            session,
            signing: None,
            retry: RetryPolicy::default(),
        })
    }

    /// Reads `LENFOCUS_HTTP_URL`, and `LENFOCUS_APP_ID` + `LENFOCUS_SECRET` when the
    /// deployment requires the parameter signature.
    pub fn from_env(session: Session) -> Result<Self> {
        let url = std::env::var("LENFOCUS_HTTP_URL")
            .map_err(|_| client_core::Error::Config("LENFOCUS_HTTP_URL is not set".into()))?;
        let mut client = Self::new(&url, session)?;
        if let (Ok(app_id), Ok(secret)) = (
            std::env::var("LENFOCUS_APP_ID"),
            std::env::var("LENFOCUS_SECRET"),
        ) {
            client = client.with_param_signature(app_id, Secret::new(secret));
        }
        Ok(client)
    }

    /// Adds `appid`/`ts`/`sign` to every body (三、签名算法).
    pub fn with_param_signature(mut self, app_id: impl Into<String>, secret: Secret) -> Self {
        self.signing = Some(ParamSigning {
            app_id: app_id.into(),
            secret,
        });
        self
    }

    /// Sets the retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The session whose token is used.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Sends any of the five endpoints.
    pub async fn send<E: Endpoint>(&self, request: &E) -> Result<E::Response> {
        request.validate()?;
        let body: serde_json::Value =
            serde_json::to_value(request).map_err(|e| Error::encode(E::PATH, e))?;
        let mut renewed = false;
        loop {
            let token = self.session.token();
            let result = client_core::retry(&self.retry, E::IDEMPOTENT, || {
                self.attempt::<E>(&body, token.as_ref())
            })
            .await;
            match result {
                Err(e) if e.is_unauthorized() && !renewed => {
                    tracing::info!(path = E::PATH, "401: renewing the token and retrying once");
                    renewed = true;
                    self.session.renew_if_stale(token.as_ref()).await?;
                }
                other => return other,
            }
        }
    }

    async fn attempt<E: Endpoint>(
        &self,
        body: &serde_json::Value,
        token: Option<&Secret>,
    ) -> Result<E::Response> {
        let mut body = body.clone();
        if let (Some(signing), serde_json::Value::Object(map)) = (&self.signing, &mut body) {
            signing.sign_body(map, client_core::unix_seconds());
        }
        let bytes = serde_json::to_vec(&body).map_err(|e| Error::encode(E::PATH, e))?;
        let mut req = RawRequest::new(E::METHOD, E::PATH);
        if let Some(token) = token {
            req.headers.insert(
                http::header::AUTHORIZATION,
                client_core::secret::sensitive_header(&format!("Bearer {}", token.expose()))?,
            );
        }
        req.body = RequestBody::Json(Bytes::from(bytes));
        let resp = self.transport.send(req).await?;
        if resp.status == http::StatusCode::UNAUTHORIZED {
            return Err(Error::Vendor {
                uri: E::PATH.into(),
                code: ResultCode::Unauthorized,
                message: Some(client_core::excerpt(&resp.body)),
            });
        }
        let resp = resp.error_for_status()?;
        let reply: HttpReply<serde_json::Value> = resp.json()?;
        if !reply.code.is_success() {
            return Err(Error::vendor(E::PATH, reply.code, reply.msg));
        }
        // An empty object or string stands for "no data" (2.3 without an update).
        let data = match reply.data {
            Some(serde_json::Value::Object(m)) if m.is_empty() => serde_json::Value::Null,
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => serde_json::Value::Null,
            Some(v) => v,
            None => serde_json::Value::Null,
        };
        serde_json::from_value(data.clone())
            .map_err(|e| Error::decode(E::PATH, &data.to_string(), e))
    }

    fn did(&self) -> Result<String> {
        self.session
            .did()
            .ok_or_else(|| Error::NotRegistered { message: None })
    }

    /// 2.1 — uploads a face capture taken at `time` (a JPEG, sent as a data URI).
    pub async fn upload_face_capture(&self, time: DateTime<Utc>, face_jpeg: &[u8]) -> Result<()> {
        self.send(&FaceCaptureUpload::new(self.did()?, time, face_jpeg))
            .await
            .map(drop)
    }

    /// 2.2 — reports device information (`did` is filled in from the session).
    pub async fn report_device_info(&self, mut info: DeviceInfoReport) -> Result<()> {
        if info.did.is_empty() {
            info.did = self.did()?;
        }
        self.send(&info).await.map(drop)
    }

    /// 2.3 — queries the OTA version (`sn` and `did` filled in when absent).
    pub async fn query_ota(&self, mut query: OtaQuery) -> Result<Option<OtaInfo>> {
        if query.sn.is_none() {
            query.sn = Some(self.session.sn().to_owned());
        }
        if query.did.is_none() {
            query.did = self.session.did();
        }
        self.send(&query).await
    }

    /// 2.4 — reports an event (`did` filled in when empty).
    pub async fn report_event(&self, mut event: EventReport) -> Result<()> {
        if event.did.is_empty() {
            event.did = self.did()?;
        }
        self.send(&event).await.map(drop)
    }

    /// 2.5 — reports a vehicle capture (`did`/`sn` filled in when empty).
    pub async fn report_vehicle(&self, mut capture: VehicleCapture) -> Result<()> {
        if capture.did.is_empty() {
            capture.did = self.did()?;
        }
        if capture.sn.is_empty() {
            capture.sn = self.session.sn().to_owned();
        }
        self.send(&capture).await.map(drop)
    }

    /// Downloads an OTA component from its `url` and verifies its size, MD5 and
    /// SHA-256 (both documented as lower-case hex; compared case-insensitively).
    pub async fn download_component(&self, component: &OtaComponent) -> Result<Bytes> {
        let url = url::Url::parse(&component.url).map_err(|e| {
            client_core::Error::Config(format!("invalid component URL for {}: {e}", component.name))
        })?;
        let mut base = url.clone();
        base.set_query(None);
        base.set_fragment(None);
        let transport = Transport::new(&TransportConfig::new(base))?;
        let mut req = RawRequest::new(http::Method::GET, "");
        req.query = url.query().map(str::to_owned);
        let body = client_core::retry(&self.retry, true, || async {
            transport.send(req.clone()).await?.error_for_status()
        })
        .await?
        .body;
        verify_component(component, &body)?;
        Ok(body)
    }
}

/// Checks `bytes` against a component's size, MD5 and SHA-256.
pub fn verify_component(component: &OtaComponent, bytes: &[u8]) -> Result<()> {
    let fail = |what: String| Error::Integrity {
        name: component.name.clone(),
        what,
    };
    if component.size >= 0 && bytes.len() as u64 != component.size as u64 {
        return Err(fail(format!(
            "size: expected {} bytes, got {}",
            component.size,
            bytes.len()
        )));
    }
    let md5 = auth_signing::hex_lower(&Md5::digest(bytes));
    if !md5.eq_ignore_ascii_case(component.md5.trim()) {
        return Err(fail(format!("md5: expected {}, got {md5}", component.md5)));
    }
    let sha = auth_signing::hex_lower(&Sha256::digest(bytes));
    if !sha.eq_ignore_ascii_case(component.sha256.trim()) {
        return Err(fail(format!(
            "sha256: expected {}, got {sha}",
            component.sha256
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_signature_matches_the_seed_vector() {
        // 三、签名算法 worked example: sn, did, ts, appid with secret AABBCC112233.
        let signing = ParamSigning {
            app_id: "FUN790386".into(),
            secret: Secret::new("AABBCC112233"),
        };
        let mut body = serde_json::json!({"sn": "Y3CA123489", "did": "876433", "empty": " ", "data": {"x": 1}});
        let map = body.as_object_mut().unwrap();
        signing.sign_body(map, 1658029108);
        assert_eq!(map["sign"], "C7C164B353F05DF3E219E82FC4619912");
        assert!(signing.verify_body(map));
        map.insert("did".into(), "876434".into());
        assert!(!signing.verify_body(map));
    }

    #[test]
    fn component_verification_checks_size_and_both_hashes() {
        let bytes = b"abc";
        let good = OtaComponent {
            name: "fw".into(),
            component_type: crate::enums::ComponentType::Firmware,
            size: 3,
            md5: "900150983CD24FB0D6963F7D28E17F72".into(),
            sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".into(),
            url: "http://127.0.0.1/fw".into(),
        };
        verify_component(&good, bytes).unwrap();
        let wrong_size = OtaComponent {
            size: 4,
            ..good.clone()
        };
        assert!(verify_component(&wrong_size, bytes).is_err());
        let wrong_md5 = OtaComponent {
            md5: "0".repeat(32),
            ..good.clone()
        };
        assert!(verify_component(&wrong_md5, bytes).is_err());
        let wrong_sha = OtaComponent {
            sha256: "0".repeat(64),
            ..good
        };
        assert!(verify_component(&wrong_sha, bytes).is_err());
    }
}
