//! [`HttpClient`]: the five HTTP endpoints (二、HTTP接口), authenticated with the live
//! session's token, on the shared request pipeline ([`client_core::Pipeline`]).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use client_core::envelope::{Envelope, EnvelopeKeys};
use client_core::reexports::reqwest;
use client_core::{
    ClientOptions, Endpoint, Pipeline, Platform, Prepared, RawRequest, RawResponse, Recovery,
    RequestBody, ResponseMeta, Secret, TransportConfig,
};
use md5::{Digest as _, Md5};
use serde::de::DeserializeOwned;
use sha2::Sha256;

use crate::enums::ResultCode;
use crate::error::{Error, Result};
use crate::session::Session;
use crate::uploads::{
    DeviceInfoReport, EventReport, FaceCaptureUpload, OtaComponent, OtaInfo, OtaQuery,
    VehicleCapture,
};

/// 二、HTTP接口: the seed's requests carry exactly `Content-Type: application/json`.
const JSON_CONTENT_TYPE: &str = "application/json";

/// The parameter signature of 三、签名算法, for deployments that require it.
///
/// The seed defines the algorithm but not where it is used. When configured, every
/// HTTP body gets three extra members: `appid`, `ts` (UNIX seconds) and `sign` =
/// upper-case MD5 over the body's top-level members sorted by key (`key + value`,
/// empty values dropped) followed by the secret — see
/// [`auth_signing::lenfocus::param_signature`]. A fresh `ts` and `sign` are computed
/// for every attempt.
///
/// **How "所有参数" (all parameters) is read.** The seed's only example has flat
/// scalar members, so two points are this SDK's reading:
///
/// * a member named `sign` is never signed (a signature cannot sign itself; the
///   body's own `sign` is replaced);
/// * `null` members count as empty and are dropped, like blank strings;
/// * nested objects and arrays (2.1 `data`, 2.5 `plate`…) are **not signed** by
///   default ([`NestedValues::Skip`]); a platform that signs them can be matched with
///   [`NestedValues::CompactJson`]: each nested value is signed as its compact JSON
///   text (`{"a":1}` — no spaces, members in the order sent), the same bytes the
///   platform receives.
#[derive(Debug, Clone)]
pub struct ParamSigning {
    /// AppId issued by the platform (`LENFOCUS_APP_ID`).
    pub app_id: String,
    /// The signing secret (`LENFOCUS_SECRET`).
    pub secret: Secret,
    /// Whether nested objects and arrays are signed (default: not).
    pub nested: NestedValues,
}

/// How [`ParamSigning`] treats a top-level member whose value is an object or an
/// array (the seed says "所有参数" and shows only scalars).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum NestedValues {
    /// Not signed (this SDK's reading so far; the default).
    #[default]
    Skip,
    /// Signed as their compact JSON text, exactly as sent (`key + {"a":1}`).
    CompactJson,
}

impl ParamSigning {
    /// Signing with `app_id` and `secret`; nested values are not signed
    /// ([`NestedValues::Skip`]).
    pub fn new(app_id: impl Into<String>, secret: impl Into<Secret>) -> Self {
        Self {
            app_id: app_id.into(),
            secret: secret.into(),
            nested: NestedValues::Skip,
        }
    }

    /// Sets how nested objects and arrays are signed.
    pub fn with_nested(mut self, nested: NestedValues) -> Self {
        self.nested = nested;
        self
    }

    fn pairs(&self, body: &serde_json::Map<String, serde_json::Value>) -> Vec<(String, String)> {
        body.iter()
            .filter(|(k, _)| k.as_str() != "sign")
            .filter_map(|(k, v)| param_text(v, self.nested).map(|t| (k.clone(), t)))
            .collect()
    }

    /// Adds `appid`, `ts` and `sign` to a JSON object body.
    pub fn sign_body(&self, body: &mut serde_json::Map<String, serde_json::Value>, ts: i64) {
        body.insert(
            "appid".into(),
            serde_json::Value::String(self.app_id.clone()),
        );
        body.insert("ts".into(), serde_json::Value::from(ts));
        body.remove("sign");
        let pairs = self.pairs(body);
        let sign = auth_signing::lenfocus::param_signature(pairs, self.secret.expose());
        body.insert("sign".into(), serde_json::Value::String(sign.into()));
    }

    /// Signs a JSON body given as bytes (what [`HttpClient`] does on every attempt,
    /// with a fresh `ts`); a body that is not a JSON object is returned unchanged.
    pub fn sign_json(&self, body: &[u8], ts: i64) -> Result<Bytes, serde_json::Error> {
        let mut value: serde_json::Value = serde_json::from_slice(body)?;
        match &mut value {
            serde_json::Value::Object(map) => {
                self.sign_body(map, ts);
                serde_json::to_vec(&value).map(Bytes::from)
            }
            _ => Ok(Bytes::copy_from_slice(body)),
        }
    }

    /// `true` when `body` carries a valid `sign` for this app (the simulator's check).
    pub fn verify_body(&self, body: &serde_json::Map<String, serde_json::Value>) -> bool {
        let Some(given) = body.get("sign").and_then(|s| s.as_str()) else {
            return false;
        };
        if body.get("appid").and_then(|a| a.as_str()) != Some(self.app_id.as_str()) {
            return false;
        }
        let pairs = self.pairs(body);
        auth_signing::lenfocus::param_signature(pairs, self.secret.expose()) == given
    }
}

/// The text a member's value is signed as, or `None` when it is not signed.
fn param_text(v: &serde_json::Value, nested: NestedValues) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Null => None,
        serde_json::Value::Object(_) | serde_json::Value::Array(_) => match nested {
            NestedValues::Skip => None,
            NestedValues::CompactJson => serde_json::to_string(v).ok(),
        },
    }
}

/// The Lenfocus HTTP side as a [`Platform`] of the shared pipeline: the envelope
/// `{"code", "msg", "data"}`, success = 200 or 0, `Authorization: Bearer <token>` from
/// the session (plus the optional parameter signature), and one token renewal after a
/// 401.
struct Lenfocus {
    session: Session,
    signing: Option<ParamSigning>,
}

impl Platform for Lenfocus {
    type Code = ResultCode;
    type Error = Error;
    /// The session's token when the attempt starts (`None` while not connected: the
    /// request goes without `Authorization` and the platform answers 401).
    type Credentials = Option<Secret>;

    const NAME: &'static str = "lenfocus";
    const ENVELOPE: EnvelopeKeys = EnvelopeKeys::new(&["code"], &["msg"], &["data"]);

    fn credentials(
        &self,
        _pipeline: &Pipeline<Self>,
        _req: &Prepared,
    ) -> impl Future<Output = Result<Option<Secret>>> + Send {
        let token = self.session.token();
        async move { Ok(token) }
    }

    fn sign(&self, req: &Prepared, token: &Option<Secret>, out: &mut RawRequest) -> Result<()> {
        if let Some(token) = token {
            out.headers.insert(
                http::header::AUTHORIZATION,
                client_core::secret::sensitive_header(format!("Bearer {}", token.expose()))?,
            );
        }
        // 三、签名算法: a fresh `ts` and `sign` for every attempt, over the bytes sent.
        if let (Some(signing), Some(body)) = (&self.signing, req.json_body()) {
            let signed = signing
                .sign_json(body, client_core::unix_seconds())
                .map_err(|e| Error::encode(&req.path, e))?;
            out.body = RequestBody::Json(signed);
        }
        Ok(())
    }

    /// 四、错误码 lists 200 as success; the examples also answer 0.
    fn is_success(&self, code: i64) -> bool {
        ResultCode::from_code(code).is_success()
    }

    /// A 401 (HTTP status or body code): one `/token/update` through the session (or
    /// none if another call renewed it meanwhile), then the attempt is repeated.
    async fn recover(
        &self,
        _pipeline: &Pipeline<Self>,
        req: &Prepared,
        token: &Option<Secret>,
        error: &Error,
        _response: Option<&ResponseMeta>,
    ) -> Recovery {
        if !error.is_unauthorized() {
            return Recovery::Fail;
        }
        tracing::info!(path = %req.path, "401: renewing the token and retrying once");
        match self.session.renew_if_stale(token.as_ref()).await {
            Ok(()) => Recovery::RetryNow,
            Err(e) => {
                tracing::warn!(path = %req.path, error = %e, "token renewal failed");
                Recovery::Fail
            }
        }
    }
}

/// `data` decoded as `T`; an empty object or blank string stands for "no data"
/// (2.3 without an update) and decodes as JSON `null`.
fn decode_data<T: DeserializeOwned>(
    req: &Prepared,
    env: &Envelope<'_>,
    resp: &RawResponse,
) -> Result<T> {
    let no_data = env.payload.is_some_and(|raw| {
        let t = raw.get().trim();
        match t.as_bytes().first() {
            Some(b'{') => t[1..t.len() - 1].trim().is_empty(),
            Some(b'"') => serde_json::from_str::<String>(t).is_ok_and(|s| s.trim().is_empty()),
            _ => false,
        }
    });
    let decoded = if no_data {
        serde_json::from_str("null")
    } else {
        env.decode()
    };
    decoded.map_err(|e| client_core::pipeline::decode_error(req, &resp.body, e))
}

/// Builds an [`HttpClient`]: the shared client options (`base_url`, `timeout`,
/// `retry_policy`, `add_root_certificate_pem`, `proxy`…) and the optional parameter
/// signature.
#[derive(Debug)]
pub struct HttpClientBuilder {
    session: Session,
    options: ClientOptions,
    signing: Option<ParamSigning>,
    download_timeout: Duration,
    download_idle_timeout: Duration,
}

impl HttpClientBuilder {
    /// The longest an OTA download ([`HttpClient::download_component_to`]) may take
    /// from the request to the last byte (default
    /// [`DEFAULT_DOWNLOAD_TIMEOUT`], 10 min). Independent of `timeout`, which
    /// bounds the JSON requests.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// use lenfocus_device::HttpClient;
    /// let http = HttpClient::builder(session.clone())
    ///     .base_url(sim.http_url())
    ///     .download_timeout(Duration::from_secs(30 * 60)) // large firmware over a slow link
    ///     .build()?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn download_timeout(mut self, timeout: Duration) -> Self {
        self.download_timeout = timeout;
        self
    }

    /// The longest an OTA download may wait for the answer's headers or for the next
    /// bytes of the body (default [`DEFAULT_DOWNLOAD_IDLE_TIMEOUT`], 30 s): a
    /// silent server fails quickly even when the total timeout is long.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// use lenfocus_device::HttpClient;
    /// let http = HttpClient::builder(session.clone())
    ///     .base_url(sim.http_url())
    ///     .download_idle_timeout(Duration::from_secs(10))
    ///     .build()?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn download_idle_timeout(mut self, timeout: Duration) -> Self {
        self.download_idle_timeout = timeout;
        self
    }

    client_core::client_options!(
        options,
        "lenfocus_device",
        "session: lenfocus_device::Session",
        "lenfocus_device::HttpClient::builder(session)"
    );

    /// Adds `appid`/`ts`/`sign` to every body (三、签名算法), for deployments that
    /// require it (nested values not signed: see [`ParamSigning`]).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::HttpClient;
    /// let http = HttpClient::builder(session.clone())
    ///     .base_url(sim.http_url())
    ///     .param_signature("my-app-id", "my-app-secret")
    ///     .build()?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn param_signature(mut self, app_id: impl Into<String>, secret: impl Into<Secret>) -> Self {
        self.signing = Some(ParamSigning::new(app_id, secret));
        self
    }

    /// Like [`HttpClientBuilder::param_signature`], with every option of
    /// [`ParamSigning`] (e.g. nested values signed as compact JSON).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::{HttpClient, NestedValues, ParamSigning};
    /// let signing = ParamSigning::new("my-app-id", "my-app-secret").with_nested(NestedValues::CompactJson);
    /// let http = HttpClient::builder(session.clone())
    ///     .base_url(sim.http_url())
    ///     .param_signing(signing)
    ///     .build()?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn param_signing(mut self, signing: ParamSigning) -> Self {
        self.signing = Some(signing);
        self
    }

    /// Builds the client (fails on a missing or invalid base URL or TLS option).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::HttpClient;
    /// let http = HttpClient::builder(session.clone()).base_url(sim.http_url()).build()?;
    /// http.upload_face_capture(chrono::Utc::now(), b"JPEG bytes").await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn build(self) -> Result<HttpClient> {
        let downloads = Downloads::new(
            &TransportConfig::from_options(&self.options, None, Lenfocus::NAME, JSON_CONTENT_TYPE)?,
            self.download_timeout,
            self.download_idle_timeout,
        )?;
        let platform = Lenfocus {
            session: self.session,
            signing: self.signing,
        };
        let pipeline = Pipeline::new(platform, &self.options, None, JSON_CONTENT_TYPE, None)?;
        Ok(HttpClient {
            pipeline,
            downloads: Arc::new(downloads),
        })
    }
}

/// Sends the HTTP uploads (2.1–2.5) with `Authorization: Bearer <token>` from a live
/// [`Session`]. On a 401 (HTTP status or body code) it renews the token with
/// `/token/update` and repeats the attempt once. Transient failures are retried per
/// the [`RetryPolicy`](client_core::RetryPolicy) (reads always, writes only when the
/// request cannot have been processed); 429 honours `Retry-After`.
#[derive(Debug, Clone)]
pub struct HttpClient {
    pipeline: Pipeline<Lenfocus>,
    /// The HTTP client and limits OTA downloads use (another host, same TLS and
    /// proxy).
    downloads: Arc<Downloads>,
}

/// What OTA downloads use: a pooled client built from the same options (TLS roots,
/// proxy, connect timeout, user agent) without a total timeout of its own.
#[derive(Debug)]
struct Downloads {
    client: reqwest::Client,
    total_timeout: Duration,
    idle_timeout: Duration,
    max_response_bytes: usize,
}

impl Downloads {
    fn new(config: &TransportConfig, total: Duration, idle: Duration) -> Result<Self> {
        let client = client_core::transport::build_http_client(config)?;
        Ok(Self {
            client,
            total_timeout: total,
            idle_timeout: idle,
            max_response_bytes: config.max_response_bytes,
        })
    }
}

/// Default of [`HttpClientBuilder::download_timeout`].
pub const DEFAULT_DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(600);
/// Default of [`HttpClientBuilder::download_idle_timeout`].
pub const DEFAULT_DOWNLOAD_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

impl HttpClient {
    /// A builder for the platform reached with `session`'s token (set `base_url`).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// use lenfocus_device::HttpClient;
    /// let http = HttpClient::builder(session.clone())
    ///     .base_url(sim.http_url())
    ///     .timeout(Duration::from_secs(10))
    ///     .build()?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn builder(session: Session) -> HttpClientBuilder {
        HttpClientBuilder {
            session,
            options: ClientOptions::default(),
            signing: None,
            download_timeout: DEFAULT_DOWNLOAD_TIMEOUT,
            download_idle_timeout: DEFAULT_DOWNLOAD_IDLE_TIMEOUT,
        }
    }

    /// A client for the platform at `base_url` (e.g. `https://host:port`) with default
    /// options.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::HttpClient;
    /// let http = HttpClient::new(&sim.http_url(), session.clone())?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn new(base_url: &str, session: Session) -> Result<Self> {
        Self::builder(session).base_url(base_url).build()
    }

    /// A builder from the environment: `LENFOCUS_HTTP_URL` (required), and
    /// `LENFOCUS_APP_ID` + `LENFOCUS_SECRET` when the deployment requires the parameter
    /// signature (one without the other is an error naming the missing variable).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use std::time::Duration;
    /// use lenfocus_device::HttpClient;
    /// # std::env::set_var("LENFOCUS_HTTP_URL", sim.http_url());
    /// // LENFOCUS_HTTP_URL (and LENFOCUS_APP_ID + LENFOCUS_SECRET when signing is required)
    /// let http = HttpClient::builder_from_env(session.clone())?
    ///     .download_timeout(Duration::from_secs(30 * 60))
    ///     .build()?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn builder_from_env(session: Session) -> Result<HttpClientBuilder> {
        let env = client_core::env::require(&["LENFOCUS_HTTP_URL"], &[])?;
        let mut builder = Self::builder(session).base_url(env.required("LENFOCUS_HTTP_URL")?);
        if let Some(sig) = client_core::env::group(&["LENFOCUS_APP_ID", "LENFOCUS_SECRET"], &[])? {
            builder = builder.param_signature(
                sig.required("LENFOCUS_APP_ID")?,
                Secret::new(sig.required("LENFOCUS_SECRET")?),
            );
        }
        Ok(builder)
    }

    /// [`HttpClient::builder_from_env`], built.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// use lenfocus_device::HttpClient;
    /// # std::env::set_var("LENFOCUS_HTTP_URL", sim.http_url());
    /// let http = HttpClient::from_env(session.clone())?; // reads LENFOCUS_HTTP_URL
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn from_env(session: Session) -> Result<Self> {
        Self::builder_from_env(session)?.build()
    }

    /// The session whose token is used.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// assert_eq!(http.session().sn(), TEST_SN);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn session(&self) -> &Session {
        &self.pipeline.platform().session
    }

    /// The base URL requests go to.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// assert_eq!(http.base_url().as_str().trim_end_matches('/'), sim.http_url());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn base_url(&self) -> &url::Url {
        self.pipeline.base_url()
    }

    /// Sends any of the five endpoints.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::uploads::DeviceInfoReport;
    /// let report = DeviceInfoReport {
    ///     did: TEST_DID.into(),
    ///     fw_ver: Some("1.0.0".into()),
    ///     ..Default::default()
    /// };
    /// http.send(&report).await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn send<E: Endpoint>(&self, request: &E) -> Result<E::Response> {
        let req = Prepared::from_endpoint(request)?;
        self.pipeline
            .execute(&req, |env, resp| decode_data(&req, env, resp))
            .await
    }

    /// Sends a prepared request (token, signature, retries and renewal included) and
    /// returns the answer as received once its HTTP status is 2xx; the body's `code`
    /// is not looked at.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::uploads::DeviceInfoReport;
    /// use lenfocus_device::Prepared;
    /// let report = DeviceInfoReport { did: TEST_DID.into(), ..Default::default() };
    /// let answer = http.raw(&Prepared::from_endpoint(&report)?).await?;
    /// assert_eq!(answer.status, 200);
    /// println!("{}", String::from_utf8_lossy(&answer.body));
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn raw(&self, request: &Prepared) -> Result<RawResponse> {
        self.pipeline.execute_raw(request).await
    }

    fn did(&self) -> Result<String> {
        self.session()
            .did()
            .ok_or(Error::NotRegistered { message: None })
    }

    /// 2.1 — uploads a face capture taken at `time` (a JPEG, sent as a data URI).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// let jpeg = b"JPEG bytes"; // e.g. std::fs::read("face.jpg")?
    /// http.upload_face_capture(chrono::Utc::now(), jpeg).await?;
    /// assert_eq!(sim.uploads().len(), 1);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn upload_face_capture(&self, time: DateTime<Utc>, face_jpeg: &[u8]) -> Result<()> {
        self.send(&FaceCaptureUpload::new(self.did()?, time, face_jpeg))
            .await
            .map(drop)
    }

    /// 2.2 — reports device information (`did` is filled in from the session).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::uploads::DeviceInfoReport;
    /// http.report_device_info(DeviceInfoReport {
    ///     fw_ver: Some("1.2.0".into()),
    ///     dev_name: Some("gate camera".into()),
    ///     ..Default::default() // did: from the session
    /// })
    /// .await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn report_device_info(&self, mut info: DeviceInfoReport) -> Result<()> {
        if info.did.is_empty() {
            info.did = self.did()?;
        }
        self.send(&info).await.map(drop)
    }

    /// 2.3 — queries the OTA version (`sn` and `did` filled in when absent).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::uploads::OtaQuery;
    /// let query = OtaQuery { ota_id: "35646hgf56768".into(), ..Default::default() };
    /// match http.query_ota(query).await? {
    ///     Some(offer) => println!("version {} available", offer.ver_name),
    ///     None => println!("up to date"),
    /// }
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn query_ota(&self, mut query: OtaQuery) -> Result<Option<OtaInfo>> {
        if query.sn.is_none() {
            query.sn = Some(self.session().sn().to_owned());
        }
        if query.did.is_none() {
            query.did = self.session().did();
        }
        self.send(&query).await
    }

    /// 2.4 — reports an event (`did` filled in when empty).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::enums::EventType;
    /// use lenfocus_device::uploads::EventReport;
    /// let event = EventReport::new("", EventType::MotionDetection, chrono::Utc::now()); // did filled in
    /// http.report_event(event).await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn report_event(&self, mut event: EventReport) -> Result<()> {
        if event.did.is_empty() {
            event.did = self.did()?;
        }
        self.send(&event).await.map(drop)
    }

    /// 2.5 — reports a vehicle capture (`did`/`sn` filled in when empty).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// use lenfocus_device::uploads::{VehicleCapture, VehicleData};
    /// http.report_vehicle(VehicleCapture {
    ///     did: String::new(), // did and sn filled in from the session
    ///     sn: String::new(),
    ///     time: chrono::Utc::now(),
    ///     data: Some(VehicleData::default().with_full_image(b"JPEG bytes")),
    /// })
    /// .await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn report_vehicle(&self, mut capture: VehicleCapture) -> Result<()> {
        if capture.did.is_empty() {
            capture.did = self.did()?;
        }
        if capture.sn.is_empty() {
            capture.sn = self.session().sn().to_owned();
        }
        self.send(&capture).await.map(drop)
    }

    /// Downloads an OTA component from its `url` into memory and verifies its size,
    /// MD5 and SHA-256 (both documented as lower-case hex; compared
    /// case-insensitively).
    ///
    /// Memory is bounded by the component's declared `size` (reading stops there: a
    /// longer or shorter body is [`Error::Integrity`]); a component without a size
    /// (negative) is bounded by the client's `max_response_bytes`. For large
    /// firmware prefer [`HttpClient::download_component_to`], which streams to a
    /// writer.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// # use lenfocus_device::{enums::ComponentType, uploads::OtaComponent};
    /// # use md5::Digest as _;
    /// # let firmware = b"firmware image".to_vec();
    /// # let component = OtaComponent {
    /// #     name: "fw".into(), component_type: ComponentType::Firmware, size: firmware.len() as i64,
    /// #     md5: auth_signing::hex_lower(&md5::Md5::digest(&firmware)),
    /// #     sha256: auth_signing::hex_lower(&sha2::Sha256::digest(&firmware)),
    /// #     url: sim.serve_file("fw.bin", firmware.clone()),
    /// # };
    /// // `component` from `query_ota(…)?.component_list`
    /// let bytes = http.download_component(&component).await?; // size, MD5, SHA-256 checked
    /// assert_eq!(bytes.as_ref(), firmware.as_slice());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn download_component(&self, component: &OtaComponent) -> Result<Bytes> {
        let mut out = Vec::new();
        self.download_component_to(component, &mut out).await?;
        Ok(Bytes::from(out))
    }

    /// Streams an OTA component from its `url` into `writer`, hashing as it goes,
    /// and verifies its size, MD5 and SHA-256 at the end. Returns the number of
    /// bytes written.
    ///
    /// * Reading stops at the declared `size`: a body longer than declared
    ///   (`Content-Length` or the bytes themselves) or shorter is
    ///   [`Error::Integrity`]; nothing past `size` is read or written. A component
    ///   without a size (negative) is bounded by `max_response_bytes`
    ///   ([`client_core::Error::BodyTooLarge`]).
    /// * The whole download must finish within
    ///   [`HttpClientBuilder::download_timeout`] (default 10 min) and no read may wait
    ///   longer than [`HttpClientBuilder::download_idle_timeout`] (default 30 s):
    ///   both give [`client_core::Error::Timeout`].
    /// * The request is retried per the retry policy until the first byte is
    ///   written; a failure after that is returned (the writer holds a partial
    ///   component).
    ///
    /// On any error the writer's content must be discarded (write to a temporary
    /// file and rename it once this returns `Ok`).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::{Device, NoCommands};
    /// # let session = Device::new(sim.device_config(TEST_SN)?).connect(NoCommands).await?;
    /// # let http = sim.http_client(session.clone())?;
    /// # use lenfocus_device::{enums::ComponentType, uploads::OtaComponent};
    /// # use md5::Digest as _;
    /// # let firmware = b"firmware image".to_vec();
    /// # let component = OtaComponent {
    /// #     name: "fw".into(), component_type: ComponentType::Firmware, size: firmware.len() as i64,
    /// #     md5: auth_signing::hex_lower(&md5::Md5::digest(&firmware)),
    /// #     sha256: auth_signing::hex_lower(&sha2::Sha256::digest(&firmware)),
    /// #     url: sim.serve_file("fw.bin", firmware.clone()),
    /// # };
    /// // `component` from `query_ota(…)?.component_list`; any tokio AsyncWrite (a file…)
    /// let mut image = Vec::new();
    /// let written = http.download_component_to(&component, &mut image).await?;
    /// assert_eq!(written, firmware.len() as u64);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn download_component_to<W>(
        &self,
        component: &OtaComponent,
        writer: &mut W,
    ) -> Result<u64>
    where
        W: tokio::io::AsyncWrite + Unpin + ?Sized,
    {
        use tokio::io::AsyncWriteExt as _;
        let url = url::Url::parse(&component.url).map_err(|e| {
            client_core::Error::Config(format!("invalid component URL for {}: {e}", component.name))
        })?;
        // The URL may carry a signed query: errors name the path only.
        let path = url.path().to_owned();
        let fail = |what: String| Error::Integrity {
            name: component.name.clone(),
            what,
        };
        let declared = u64::try_from(component.size).ok();
        let limit = declared.unwrap_or(self.downloads.max_response_bytes as u64);
        let total_timeout = self.downloads.total_timeout;
        let idle = self.downloads.idle_timeout;
        let deadline = tokio::time::Instant::now() + total_timeout;
        let timed_out = |path: &str, after| client_core::Error::Timeout {
            path: path.to_owned(),
            after,
            attempts: 1,
        };
        let transport_err = |path: &str, e: reqwest::Error| {
            let e = e.without_url();
            if e.is_timeout() {
                timed_out(path, idle)
            } else {
                client_core::Error::Transport {
                    path: path.to_owned(),
                    message: e.to_string(),
                    connect: e.is_connect(),
                    source: Some(e),
                }
            }
        };
        let send = client_core::retry(self.pipeline.retry_policy(), true, || async {
            let resp = tokio::time::timeout(idle, self.downloads.client.get(url.clone()).send())
                .await
                .map_err(|_| timed_out(&path, idle))?
                .map_err(|e| transport_err(&path, e))?;
            let status = resp.status();
            if !status.is_success() {
                // A bounded excerpt of an error page (never the component).
                let mut body = Vec::new();
                let mut resp = resp;
                while let Ok(Ok(Some(chunk))) = tokio::time::timeout(idle, resp.chunk()).await {
                    body.extend_from_slice(&chunk[..chunk.len().min(1024 - body.len().min(1024))]);
                    if body.len() >= 1024 {
                        break;
                    }
                }
                return Err(client_core::Error::Http {
                    path: path.clone(),
                    status,
                    excerpt: client_core::excerpt(&body),
                });
            }
            Ok(resp)
        });
        let mut resp = tokio::time::timeout_at(deadline, send)
            .await
            .map_err(|_| timed_out(&path, total_timeout))??;
        if let Some(length) = resp.content_length() {
            if length > limit {
                return Err(match declared {
                    Some(size) => fail(format!(
                        "size: declared {size} bytes, the server announces {length}"
                    )),
                    None => client_core::Error::BodyTooLarge {
                        path,
                        limit: limit as usize,
                    }
                    .into(),
                });
            }
        }
        let mut md5 = Md5::new();
        let mut sha = Sha256::new();
        let mut written: u64 = 0;
        loop {
            let next = tokio::time::timeout_at(deadline, tokio::time::timeout(idle, resp.chunk()))
                .await
                .map_err(|_| timed_out(&path, total_timeout))?
                .map_err(|_| timed_out(&path, idle))?
                .map_err(|e| transport_err(&path, e))?;
            let Some(chunk) = next else { break };
            if written + chunk.len() as u64 > limit {
                return Err(match declared {
                    Some(size) => fail(format!(
                        "size: the body is longer than the declared {size} bytes (reading stopped there)"
                    )),
                    None => client_core::Error::BodyTooLarge {
                        path,
                        limit: limit as usize,
                    }
                    .into(),
                });
            }
            md5.update(&chunk);
            sha.update(&chunk);
            tokio::time::timeout_at(deadline, writer.write_all(&chunk))
                .await
                .map_err(|_| timed_out(&path, total_timeout))?
                .map_err(|e| fail(format!("writing the component failed: {e}")))?;
            written += chunk.len() as u64;
        }
        writer
            .flush()
            .await
            .map_err(|e| fail(format!("writing the component failed: {e}")))?;
        if let Some(size) = declared {
            if written != size {
                return Err(fail(format!(
                    "size: expected {size} bytes, got {written} (the body ended early)"
                )));
            }
        }
        check_hashes(
            component,
            &auth_signing::hex_lower(&md5.finalize()),
            &auth_signing::hex_lower(&sha.finalize()),
        )?;
        Ok(written)
    }
}

/// Compares computed MD5 / SHA-256 hex digests with a component's.
fn check_hashes(component: &OtaComponent, md5: &str, sha: &str) -> Result<()> {
    let fail = |what: String| Error::Integrity {
        name: component.name.clone(),
        what,
    };
    if !md5.eq_ignore_ascii_case(component.md5.trim()) {
        return Err(fail(format!("md5: expected {}, got {md5}", component.md5)));
    }
    if !sha.eq_ignore_ascii_case(component.sha256.trim()) {
        return Err(fail(format!(
            "sha256: expected {}, got {sha}",
            component.sha256
        )));
    }
    Ok(())
}

/// Checks `bytes` against a component's size, MD5 and SHA-256.
///
/// # Example
///
/// ```
/// # #[cfg(feature = "simulator")]
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use lenfocus_device::http_client::verify_component;
/// use lenfocus_device::{enums::ComponentType, uploads::OtaComponent};
/// let component = OtaComponent {
///     name: "fw".into(),
///     component_type: ComponentType::Firmware,
///     size: 3,
///     md5: "900150983cd24fb0d6963f7d28e17f72".into(),
///     sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".into(),
///     url: "https://platform.example/files/fw.bin".into(),
/// };
/// assert!(verify_component(&component, b"abc").is_ok());
/// assert!(verify_component(&component, b"abd").is_err());
/// # Ok(()) }
/// # #[cfg(not(feature = "simulator"))]
/// # fn main() {}
/// ```
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
    check_hashes(
        component,
        &auth_signing::hex_lower(&Md5::digest(bytes)),
        &auth_signing::hex_lower(&Sha256::digest(bytes)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_signature_matches_the_seed_vector() {
        // 三、签名算法 worked example: sn, did, ts, appid with secret AABBCC112233.
        let signing = ParamSigning::new("FUN790386", Secret::new("AABBCC112233"));
        let mut body = serde_json::json!({"sn": "Y3CA123489", "did": "876433", "empty": " ", "data": {"x": 1}});
        let map = body.as_object_mut().unwrap();
        signing.sign_body(map, 1658029108);
        assert_eq!(map["sign"], "C7C164B353F05DF3E219E82FC4619912");
        assert!(signing.verify_body(map));
        map.insert("did".into(), "876434".into());
        assert!(!signing.verify_body(map));
    }

    #[test]
    fn nested_values_are_signed_as_compact_json_when_asked() {
        let skip = ParamSigning::new("APP", Secret::new("S"));
        let nested = skip.clone().with_nested(NestedValues::CompactJson);
        let body = serde_json::json!({"sn": "X", "data": {"b": 2, "a": [1, "x"]}, "n": null});
        let mut a = body.as_object().unwrap().clone();
        let mut b = a.clone();
        skip.sign_body(&mut a, 1);
        nested.sign_body(&mut b, 1);
        // Default: the nested member is not part of the signature.
        let flat = auth_signing::lenfocus::param_signature(
            [("appid", "APP"), ("sn", "X"), ("ts", "1")],
            "S",
        );
        assert_eq!(a["sign"], flat.as_str());
        // CompactJson: `data` is signed as the exact JSON text sent.
        let expected = auth_signing::lenfocus::param_signature(
            [
                ("appid", "APP"),
                (
                    "data",
                    serde_json::to_string(&body["data"]).unwrap().as_str(),
                ),
                ("sn", "X"),
                ("ts", "1"),
            ],
            "S",
        );
        assert_eq!(b["sign"], expected.as_str());
        assert!(nested.verify_body(&b) && !skip.verify_body(&b));
        // Tampering with a nested value breaks the nested signature only.
        let mut t = b.clone();
        t["data"]["b"] = 3.into();
        assert!(!nested.verify_body(&t));
        let mut t = a.clone();
        t["data"]["b"] = 3.into();
        assert!(
            skip.verify_body(&t),
            "the default reading does not sign nested values"
        );
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
