//! [`Client`]: signs, sends and decodes every Hongtu request.
//!
//! Each request is encoded once; inside the retry loop every attempt gets a fresh
//! `ctimestamp` (UNIX ms) and a fresh 6-character `cnonce`, and `csign` is computed over
//! the exact body bytes sent (`{}` when there is no body, an empty digest for multipart
//! uploads, as the seed's upload demo does). See 接口鉴权 in the seed.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use client_core::{
    paginate, retry, Encoded, Endpoint, MultipartField, PageStream, Paged, PaginateOptions,
    RateLimiter, RawRequest, RawResponse, RequestBody, RetryPolicy, Secret, Transport,
    TransportConfig,
};
use http::{HeaderMap, HeaderName, Method};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Environment variable with the box's base URL (`http://{box-ip}[:port]`).
pub const ENV_BASE_URL: &str = "HONGTU_BASE_URL";
/// Environment variable with the app key (`cappkey`).
pub const ENV_APP_KEY: &str = "HONGTU_APP_KEY";
/// Environment variable with the signing secret.
pub const ENV_SECRET: &str = "HONGTU_SECRET";
/// Optional environment variable: `1`/`true` accepts invalid TLS certificates
/// (self-signed LAN boxes).
pub const ENV_ACCEPT_INVALID_CERTS: &str = "HONGTU_ACCEPT_INVALID_CERTS";

/// Largest image the upload endpoints accept (最大10m).
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;

/// What `requestBodyMD5` is for a request without a body (the two GET endpoints).
///
/// The signing rule says a missing body is hashed as `{}` ("为空会报JSON解析异常"),
/// which is the default; the vendor's Java SDK sends an empty digest for a null body.
/// Switch if a box rejects GET signatures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmptyBodyDigest {
    /// MD5 of `{}` (`99914b932bd37a50b983c5e7c90ae93b`) — the documented rule.
    #[default]
    EmptyJson,
    /// An empty `requestBodyMD5`.
    Empty,
}

/// A multipart upload endpoint (the four `multipart/form-data` endpoints).
pub trait Upload: Send + Sync {
    /// The payload of `data` on success.
    type Response: DeserializeOwned + Send + 'static;
    /// The exact path.
    const PATH: &'static str;
    /// Client-side checks run before anything is sent.
    fn validate(&self) -> std::result::Result<(), client_core::Error> {
        Ok(())
    }
    /// The form fields (built again for every attempt).
    fn fields(&self) -> Vec<MultipartField>;
}

/// An image to upload: file name, MIME type and bytes. The upload endpoints accept
/// jpg/jpeg/bmp/png (any case) up to 10 MB.
#[derive(Clone, PartialEq, Eq)]
pub struct ImageFile {
    /// The file name sent in the form part (its extension must be jpg/jpeg/bmp/png).
    pub file_name: String,
    /// The MIME type of the part.
    pub content_type: String,
    /// The image bytes.
    pub data: Bytes,
}

impl std::fmt::Debug for ImageFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageFile")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

impl ImageFile {
    /// An image from bytes; the MIME type follows the file name's extension.
    ///
    /// ```
    /// let img = hongtu_client::ImageFile::new("face.JPG", vec![0xff, 0xd8, 0xff]);
    /// assert_eq!(img.content_type, "image/jpeg");
    /// ```
    pub fn new(file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let content_type = match extension(&file_name).as_deref() {
            Some("png") => "image/png",
            Some("bmp") => "image/bmp",
            Some("jpg") | Some("jpeg") => "image/jpeg",
            _ => "application/octet-stream",
        }
        .to_owned();
        Self {
            file_name,
            content_type,
            data: data.into(),
        }
    }

    /// Reads an image file from disk.
    pub fn read(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let data = std::fs::read(path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "image.jpg".to_owned());
        Ok(Self::new(name, data))
    }

    /// Checks the documented limits (10 MB; jpg/jpeg/bmp/png).
    pub fn check(&self, path: &str) -> std::result::Result<(), client_core::Error> {
        if self.data.is_empty() {
            return Err(client_core::Error::invalid(path, "file must not be empty"));
        }
        if self.data.len() > MAX_IMAGE_BYTES {
            return Err(client_core::Error::invalid(
                path,
                format!(
                    "file must be at most 10 MB ({MAX_IMAGE_BYTES} bytes), got {} bytes",
                    self.data.len()
                ),
            ));
        }
        match extension(&self.file_name).as_deref() {
            Some("jpg" | "jpeg" | "bmp" | "png") => Ok(()),
            _ => Err(client_core::Error::invalid(
                path,
                format!(
                    "file name must end in jpg/jpeg/bmp/png, got {:?}",
                    self.file_name
                ),
            )),
        }
    }

    /// The `file` form part.
    pub fn part(&self) -> MultipartField {
        MultipartField {
            name: "file".to_owned(),
            file_name: Some(self.file_name.clone()),
            content_type: Some(self.content_type.clone()),
            data: self.data.clone(),
        }
    }
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// The opaque image reference an upload returns (`data.uri`, e.g.
/// `_ZzEwMF9mb3JldmVyQnVja2V0_9a00bafda96b4829a9ff6cd470b1c675`), passed later as
/// `imageUri` (person add/update), `uri` (photo search) or `image1`/`image2` (1:1).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ImageUri(pub String);

impl ImageUri {
    /// The URI text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ImageUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<ImageUri> for String {
    fn from(u: ImageUri) -> Self {
        u.0
    }
}

impl From<String> for ImageUri {
    fn from(s: String) -> Self {
        Self(s)
    }
}

struct Inner {
    transport: Transport,
    app_key: String,
    secret: Secret,
    retry: RetryPolicy,
    limiter: Option<RateLimiter>,
    empty_body: EmptyBodyDigest,
}

/// The Hongtu 3000 box client. Cheap to clone (an `Arc` inside); clones share the
/// connection pool and the rate limit.
///
/// ```no_run
/// # async fn demo() -> Result<(), hongtu_client::Error> {
/// use hongtu_client::{api::person::PersonList, Client};
/// use futures::TryStreamExt;
///
/// let client = Client::builder()
///     .base_url("http://192.168.1.10")
///     .app_key("appkey1")
///     .secret("sdfajk3242324fa!djq7")
///     .build()?;
/// let persons: Vec<_> = client.stream(PersonList::default()).try_collect().await?;
/// println!("{} persons", persons.len());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.transport.base_url().as_str())
            .field("app_key", &self.inner.app_key)
            .field("secret", &self.inner.secret)
            .finish()
    }
}

/// Builds a [`Client`].
#[derive(Debug, Clone, Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    app_key: Option<String>,
    secret: Option<Secret>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    accept_invalid_certs: bool,
    user_agent: Option<String>,
    empty_body: EmptyBodyDigest,
    limiter: Option<RateLimiterDebug>,
}

#[derive(Clone)]
struct RateLimiterDebug(RateLimiter);

impl std::fmt::Debug for RateLimiterDebug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RateLimiter")
    }
}

impl ClientBuilder {
    /// The box's base URL, `http://{box-ip}[:port]` (the OpenAPI port is not fixed by
    /// the seed; the demos use 80 and 18082).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The app key (`cappkey`) assigned by Hongtu (built-in: `appkey1`, `appkey2`).
    pub fn app_key(mut self, app_key: impl Into<String>) -> Self {
        self.app_key = Some(app_key.into());
        self
    }

    /// The signing secret (`secretKey`). Never printed.
    pub fn secret(mut self, secret: impl Into<Secret>) -> Self {
        self.secret = Some(secret.into());
        self
    }

    /// Timeout of one attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Retry policy (default [`RetryPolicy::default`]; reads are retried on timeouts
    /// and 5xx, writes only when the request provably did not reach the box).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Accept invalid TLS certificates (LAN boxes with self-signed certificates).
    pub fn danger_accept_invalid_certs(mut self, on: bool) -> Self {
        self.accept_invalid_certs = on;
        self
    }

    /// `User-Agent` header.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// The body digest for requests without a body (see [`EmptyBodyDigest`]).
    pub fn empty_body_digest(mut self, digest: EmptyBodyDigest) -> Self {
        self.empty_body = digest;
        self
    }

    /// A client-side rate limit shared by all clones of the client.
    pub fn rate_limiter(mut self, limiter: RateLimiter) -> Self {
        self.limiter = Some(RateLimiterDebug(limiter));
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let base_url = self
            .base_url
            .ok_or_else(|| client_core::Error::Config("base_url is required".into()))?;
        let app_key = self
            .app_key
            .filter(|k| !k.is_empty())
            .ok_or_else(|| client_core::Error::Config("app_key is required".into()))?;
        let secret = self
            .secret
            .filter(|s| !s.is_empty())
            .ok_or_else(|| client_core::Error::Config("secret is required".into()))?;
        let mut config = TransportConfig::parse(&base_url)?;
        if let Some(t) = self.timeout {
            config.timeout = t;
        }
        if let Some(t) = self.connect_timeout {
            config.connect_timeout = t;
        }
        if let Some(ua) = self.user_agent {
            config.user_agent = ua;
        }
        config.danger_accept_invalid_certs = self.accept_invalid_certs;
        let transport = Transport::new(&config)?;
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                app_key,
                secret,
                retry: self.retry.unwrap_or_default(),
                limiter: self.limiter.map(|l| l.0),
                empty_body: self.empty_body,
            }),
        })
    }
}

#[derive(Deserialize)]
struct RawEnvelope {
    #[serde(default, with = "client_core::lenient::opt_int")]
    code: Option<i64>,
    #[serde(default, with = "client_core::lenient::opt_string")]
    msg: Option<String>,
    #[serde(default)]
    data: serde_json::Value,
}

impl Client {
    /// A builder.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `HONGTU_BASE_URL`, `HONGTU_APP_KEY` and `HONGTU_SECRET` (and the
    /// optional `HONGTU_ACCEPT_INVALID_CERTS=1`).
    pub fn from_env() -> Result<Client> {
        Self::builder_from_env()?.build()
    }

    /// A builder preset from the environment (see [`Client::from_env`]), to adjust
    /// further before building.
    pub fn builder_from_env() -> Result<ClientBuilder> {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| client_core::Error::Config(format!("{name} is not set")))
        };
        let invalid_certs = std::env::var(ENV_ACCEPT_INVALID_CERTS)
            .map(|v| matches!(v.trim(), "1" | "true" | "yes"))
            .unwrap_or(false);
        Ok(Client::builder()
            .base_url(var(ENV_BASE_URL)?)
            .app_key(var(ENV_APP_KEY)?)
            .secret(Secret::new(var(ENV_SECRET)?))
            .danger_accept_invalid_certs(invalid_certs))
    }

    /// `true` when `HONGTU_BASE_URL`, `HONGTU_APP_KEY` and `HONGTU_SECRET` are all set.
    pub fn env_configured() -> bool {
        [ENV_BASE_URL, ENV_APP_KEY, ENV_SECRET].iter().all(|v| {
            std::env::var(v)
                .map(|s| !s.trim().is_empty())
                .unwrap_or(false)
        })
    }

    /// The base URL.
    pub fn base_url(&self) -> &url::Url {
        self.inner.transport.base_url()
    }

    /// The app key this client signs with (`cappkey`).
    pub fn app_key(&self) -> &str {
        &self.inner.app_key
    }

    /// Sends a typed request and decodes the `data` of a successful envelope (an
    /// absent `data` decodes as JSON `null`, i.e. `()` or `None`).
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response> {
        endpoint.validate()?;
        let encoded = endpoint.encode()?;
        let data = self
            .execute(E::METHOD, E::PATH, encoded, E::IDEMPOTENT)
            .await?;
        decode_data(E::PATH, data)
    }

    /// Streams every item of a paged list endpoint, page after page (`pageNum` or
    /// `currPage` style, as the request implements [`Paged`]).
    pub fn stream<P>(&self, request: P) -> PageStream<P::Item, Error>
    where
        P: Paged,
    {
        let opts = PaginateOptions::new(request.page_size());
        self.stream_with(request, opts)
    }

    /// [`Client::stream`] with explicit paginator options (prefetch, page cap).
    pub fn stream_with<P>(&self, request: P, opts: PaginateOptions) -> PageStream<P::Item, Error>
    where
        P: Paged,
    {
        let client = self.clone();
        paginate(opts, move |page| {
            let mut req = request.clone();
            req.set_page(page);
            let client = client.clone();
            async move {
                let resp = client.send(&req).await?;
                Ok::<_, Error>(P::into_page(resp))
            }
        })
    }

    /// Sends a multipart upload (signed with an empty `requestBodyMD5`, as the seed's
    /// upload demo does).
    pub async fn upload<U: Upload>(&self, upload: &U) -> Result<U::Response> {
        upload.validate()?;
        let data = retry(&self.inner.retry, false, || async {
            self.throttle().await;
            let headers = self.headers(auth_signing::hongtu::sign_multipart(
                U::PATH,
                &self.inner.app_key,
                self.inner.secret.expose(),
                client_core::unix_millis(),
                &client_core::random_nonce(6),
            ))?;
            let req = RawRequest {
                method: Method::POST,
                path: U::PATH.to_owned(),
                query: None,
                headers,
                body: RequestBody::Multipart(upload.fields()),
            };
            let resp = self.inner.transport.send(req).await?;
            check_envelope(U::PATH, resp)
        })
        .await?;
        decode_data(U::PATH, data)
    }

    /// The escape hatch: sends `body` (JSON; `None` = no body) to any path, signed
    /// like every other request (and retried when `idempotent`), and returns the decoded
    /// envelope as is — a non-zero `code` is returned, not turned into an error. Transport
    /// failures, non-2xx statuses and a body that is not an envelope are still errors.
    ///
    /// ```no_run
    /// # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
    /// let env = client
    ///     .raw(http::Method::POST, "/v1/api/org/top/detail", Some(&serde_json::json!({})), true)
    ///     .await?;
    /// println!("code {} data {:?}", env.code, env.data);
    /// # Ok(()) }
    /// ```
    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        body: Option<&serde_json::Value>,
        idempotent: bool,
    ) -> Result<crate::envelope::Envelope<serde_json::Value>> {
        let body = match body {
            Some(v) => Some(Bytes::from(serde_json::to_vec(v).map_err(|e| {
                client_core::Error::Encode {
                    path: path.to_owned(),
                    message: e.to_string(),
                }
            })?)),
            None => None,
        };
        let resp = self
            .attempts(
                method,
                path,
                Encoded { query: None, body },
                idempotent,
                |resp| Ok(resp.error_for_status()?),
            )
            .await?;
        Ok(resp.json::<crate::envelope::Envelope<serde_json::Value>>()?)
    }

    async fn throttle(&self) {
        if let Some(l) = &self.inner.limiter {
            l.acquire().await;
        }
    }

    fn headers(&self, h: auth_signing::hongtu::HongtuHeaders) -> Result<HeaderMap> {
        use auth_signing::hongtu::{HEADER_APP_KEY, HEADER_NONCE, HEADER_SIGN, HEADER_TIMESTAMP};
        let plain = |v: &str| {
            http::HeaderValue::from_str(v).map_err(|_| {
                client_core::Error::Signing(
                    "a signed header value contains invalid characters".into(),
                )
            })
        };
        let mut map = HeaderMap::new();
        map.insert(
            HeaderName::from_static(HEADER_TIMESTAMP),
            plain(&h.ctimestamp)?,
        );
        map.insert(HeaderName::from_static(HEADER_NONCE), plain(&h.cnonce)?);
        map.insert(HeaderName::from_static(HEADER_APP_KEY), plain(&h.cappkey)?);
        map.insert(
            HeaderName::from_static(HEADER_SIGN),
            client_core::secret::sensitive_header(&h.csign)?,
        );
        Ok(map)
    }

    async fn execute(
        &self,
        method: Method,
        path: &str,
        encoded: Encoded,
        idempotent: bool,
    ) -> Result<serde_json::Value> {
        self.attempts(method, path, encoded, idempotent, |resp| {
            check_envelope(path, resp)
        })
        .await
    }

    /// Signs and sends `encoded` inside the retry loop (fresh `ctimestamp`/`cnonce` per
    /// attempt), handing each response to `check`.
    async fn attempts<T>(
        &self,
        method: Method,
        path: &str,
        encoded: Encoded,
        idempotent: bool,
        check: impl Fn(RawResponse) -> Result<T>,
    ) -> Result<T> {
        let query = encoded.query.clone().unwrap_or_default();
        retry(&self.inner.retry, idempotent, || async {
            self.throttle().await;
            let digest = match (&encoded.body, self.inner.empty_body) {
                (Some(b), _) => auth_signing::hongtu::BodyDigest::Json(b),
                (None, EmptyBodyDigest::EmptyJson) => auth_signing::hongtu::BodyDigest::EmptyJson,
                (None, EmptyBodyDigest::Empty) => auth_signing::hongtu::BodyDigest::Multipart,
            };
            let signed = auth_signing::hongtu::sign_with(
                path,
                method.as_str(),
                &query,
                digest,
                &self.inner.app_key,
                self.inner.secret.expose(),
                client_core::unix_millis(),
                &client_core::random_nonce(6),
            );
            let req = RawRequest {
                method: method.clone(),
                path: path.to_owned(),
                query: encoded.query.clone(),
                headers: self.headers(signed)?,
                body: match &encoded.body {
                    Some(b) => RequestBody::Json(b.clone()),
                    None => RequestBody::None,
                },
            };
            let resp = self.inner.transport.send(req).await?;
            check(resp)
        })
        .await
    }
}

/// Reads the envelope: a non-zero `code` is an [`Error::Api`] (even on a non-2xx
/// status); otherwise a non-2xx status is an HTTP error; otherwise `data`.
fn check_envelope(path: &str, resp: RawResponse) -> Result<serde_json::Value> {
    let parsed: std::result::Result<RawEnvelope, _> = serde_json::from_slice(&resp.body);
    if let Ok(env) = &parsed {
        if let Some(code) = env.code {
            if code != 0 {
                return Err(Error::api(path, code, env.msg.clone()));
            }
        }
    }
    let resp = resp.error_for_status()?;
    match parsed {
        Ok(env) if env.code.is_some() => Ok(env.data),
        Ok(_) => Err(client_core::Error::Decode {
            path: path.to_owned(),
            excerpt: client_core::excerpt(&resp.body),
            source: serde::de::Error::missing_field("code"),
        }
        .into()),
        Err(e) => Err(client_core::Error::decode(path, &resp.body, e).into()),
    }
}

fn decode_data<T: DeserializeOwned>(path: &str, data: serde_json::Value) -> Result<T> {
    match serde_json::from_value::<T>(data.clone()) {
        Ok(v) => Ok(v),
        Err(e) => {
            let body = serde_json::to_vec(&data).unwrap_or_default();
            Err(client_core::Error::decode(path, &body, e).into())
        }
    }
}

impl Client {
    /// Uploads a face photo with the enrollment quality checks
    /// (`/v1/api/person/uploadImage`) and returns its `imageUri`.
    pub async fn upload_person_image(&self, photo: ImageFile) -> Result<ImageUri> {
        use crate::api::person::UploadImage;
        let answer = self.upload(&UploadImage { file: photo }).await?;
        answer.uri.ok_or_else(|| Error::Api {
            path: <UploadImage as Upload>::PATH.to_owned(),
            code: crate::ErrorCode::Unknown(0),
            message: "the upload succeeded but returned no uri".to_owned(),
        })
    }

    /// Uploads `photo`, then creates `person` with the returned `imageUri`
    /// (`/v1/api/person/uploadImage` then `/v1/api/person/batchAdd`). A person the box
    /// rejects is an [`Error::Api`] carrying the per-item code and message.
    ///
    /// ```no_run
    /// # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::{api::person::PersonInput, ImageFile};
    /// let photo = ImageFile::read("alice.jpg").expect("readable photo");
    /// let created = client.create_person_with_photo(PersonInput::employee("Alice"), photo).await?;
    /// println!("created {}", created.uuid.unwrap_or_default());
    /// # Ok(()) }
    /// ```
    pub async fn create_person_with_photo(
        &self,
        mut person: crate::api::person::PersonInput,
        photo: ImageFile,
    ) -> Result<crate::api::person::PersonResult> {
        use crate::api::person::BatchAddPersons;
        let uri = self.upload_person_image(photo).await?;
        person.image_uri = Some(uri.0);
        let req = BatchAddPersons {
            person_list: vec![person],
        };
        let mut answer = self.send(&req).await?;
        if let Some(created) = answer.successes.pop() {
            return Ok(created);
        }
        let path = <BatchAddPersons as Endpoint>::PATH;
        match answer.failures.pop() {
            Some(f) => Err(Error::api(path, f.code.unwrap_or(0), f.msg)),
            None => Err(Error::Api {
                path: path.to_owned(),
                code: crate::ErrorCode::Unknown(0),
                message: "batchAdd answered neither a success nor a failure".to_owned(),
            }),
        }
    }
}
