//! [`Client`]: the typed face of the shared request pipeline for the Hongtu box.
//!
//! Each request is validated and encoded once; every attempt gets a fresh
//! `ctimestamp` (UNIX ms) and a fresh 6-character `cnonce`, and `csign` is computed over
//! the exact body bytes sent (`{}` when there is no body, see [`EmptyBodyDigest`]; an
//! empty digest for multipart uploads, as the seed's upload demo does). See 接口鉴权 in
//! the seed. Retries, the rate limiter, timeouts and the envelope check are the shared
//! [`client_core::Pipeline`]'s.

use client_core::envelope::EnvelopeKeys;
use client_core::{
    ClientOptions, Endpoint, PageStream, Paged, PaginateOptions, Pipeline, Platform, Prepared,
    RawRequest, RequestBody, Secret,
};
use http::{HeaderMap, HeaderName, Method};

use crate::envelope::Envelope;
use crate::error::{Error, Result};
use crate::error_codes::ErrorCode;
use crate::upload::Upload;

/// Environment variable with the box's base URL (`http://{box-ip}[:port]`).
pub const ENV_BASE_URL: &str = "HONGTU_BASE_URL";
/// Environment variable with the app key (`cappkey`).
pub const ENV_APP_KEY: &str = "HONGTU_APP_KEY";
/// Environment variable with the signing secret.
pub const ENV_SECRET: &str = "HONGTU_SECRET";
/// Optional environment variable: `1`/`true`/`yes` accepts invalid TLS certificates
/// (self-signed LAN boxes).
pub const ENV_ACCEPT_INVALID_CERTS: &str = "HONGTU_ACCEPT_INVALID_CERTS";

/// The required environment variables, in the order [`client_core::env`] reports them.
pub const ENV_REQUIRED: [&str; 3] = [ENV_BASE_URL, ENV_APP_KEY, ENV_SECRET];
/// The optional environment variables.
pub const ENV_OPTIONAL: [&str; 1] = [ENV_ACCEPT_INVALID_CERTS];

/// The `Content-Type` of JSON bodies, as the seed prints it.
const JSON_CONTENT_TYPE: &str = "application/json;charset=UTF-8";

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

/// The Hongtu side of the pipeline: `csign` signing and the `{code, msg, data}`
/// envelope. Signing needs no per-attempt credentials (`()`): the app key and secret
/// are fixed.
struct Hongtu {
    app_key: String,
    secret: Secret,
    empty_body: EmptyBodyDigest,
}

impl Platform for Hongtu {
    type Code = ErrorCode;
    type Error = Error;
    type Credentials = ();

    const NAME: &'static str = "hongtu";
    const ENVELOPE: EnvelopeKeys = EnvelopeKeys::new(&["code"], &["msg"], &["data"]);

    async fn credentials(&self, _pipeline: &Pipeline<Self>, _req: &Prepared) -> Result<()> {
        Ok(())
    }

    fn sign(&self, req: &Prepared, _credentials: &(), out: &mut RawRequest) -> Result<()> {
        use auth_signing::hongtu::{
            BodyDigest, HongtuCredentials, SignedParts, HEADER_APP_KEY, HEADER_NONCE, HEADER_SIGN,
            HEADER_TIMESTAMP,
        };
        let body = match (&req.body, self.empty_body) {
            (RequestBody::Json(b), _) => BodyDigest::Json(b),
            (RequestBody::Multipart(_), _) | (RequestBody::None, EmptyBodyDigest::Empty) => {
                BodyDigest::Multipart
            }
            (RequestBody::None, EmptyBodyDigest::EmptyJson) => BodyDigest::EmptyJson,
        };
        let parts = SignedParts {
            uri: &req.path,
            method: req.method.as_str(),
            query: req.query.as_deref().unwrap_or(""),
            body,
        };
        let creds = HongtuCredentials {
            app_key: &self.app_key,
            secret: self.secret.expose(),
        };
        let nonce = client_core::random_nonce(6);
        let h = auth_signing::hongtu::sign_with(&parts, &creds, client_core::unix_millis(), &nonce);
        let plain = |v: &str| {
            http::HeaderValue::from_str(v).map_err(|_| {
                client_core::Error::Signing(
                    "a signed header value contains invalid characters".into(),
                )
            })
        };
        let headers: &mut HeaderMap = &mut out.headers;
        headers.insert(
            HeaderName::from_static(HEADER_TIMESTAMP),
            plain(h.ctimestamp.as_str())?,
        );
        headers.insert(HeaderName::from_static(HEADER_NONCE), plain(h.cnonce)?);
        headers.insert(HeaderName::from_static(HEADER_APP_KEY), plain(h.cappkey)?);
        headers.insert(
            HeaderName::from_static(HEADER_SIGN),
            client_core::secret::sensitive_header(h.csign.as_str())?,
        );
        Ok(())
    }
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
///     .credentials("appkey1", "sdfajk3242324fa!djq7")
///     .build()?;
/// let persons: Vec<_> = client.stream(PersonList::default()).try_collect().await?;
/// println!("{} persons", persons.len());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pipeline: Pipeline<Hongtu>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.pipeline.platform();
        f.debug_struct("Client")
            .field("base_url", &self.pipeline.base_url().as_str())
            .field("app_key", &p.app_key)
            .field("secret", &p.secret)
            .finish()
    }
}

/// Builds a [`Client`]: the shared options (`base_url`, `timeout`, `retry_policy`,
/// `user_agent`, `danger_accept_invalid_certs`, …) plus the Hongtu credentials.
#[derive(Debug, Clone, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    app_key: Option<String>,
    secret: Option<Secret>,
    empty_body: EmptyBodyDigest,
}

impl ClientBuilder {
    client_core::client_options!(
        options,
        "hongtu_client",
        "",
        "hongtu_client::Client::builder()"
    );

    /// The app key (`cappkey`) assigned by Hongtu (built-in: `appkey1`, `appkey2`) and
    /// its signing secret (`secretKey`, never printed).
    ///
    /// ```
    /// let client = hongtu_client::Client::builder()
    ///     .base_url("http://192.168.1.10")
    ///     .credentials("appkey1", "sdfajk3242324fa!djq7")
    ///     .build()?;
    /// assert_eq!(client.app_key(), "appkey1");
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn credentials(mut self, app_key: impl Into<String>, secret: impl Into<Secret>) -> Self {
        self.app_key = Some(app_key.into());
        self.secret = Some(secret.into());
        self
    }

    /// The body digest for requests without a body (see [`EmptyBodyDigest`]).
    ///
    /// ```
    /// use hongtu_client::{Client, EmptyBodyDigest};
    /// let client = Client::builder()
    ///     .base_url("http://192.168.1.10")
    ///     .credentials("appkey1", "sdfajk3242324fa!djq7")
    ///     .empty_body_digest(EmptyBodyDigest::Empty) // as the vendor's Java SDK does
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn empty_body_digest(mut self, digest: EmptyBodyDigest) -> Self {
        self.empty_body = digest;
        self
    }

    /// Builds the client. The base URL (`http://{box-ip}[:port]`; the OpenAPI port is
    /// not fixed by the seed, the demos use 80 and 18082) and the credentials are
    /// required.
    ///
    /// ```
    /// use hongtu_client::Client;
    /// // The credentials are required: building without them is an error.
    /// assert!(Client::builder().base_url("http://192.168.1.10").build().is_err());
    /// let client = Client::builder()
    ///     .base_url("http://192.168.1.10:18082")
    ///     .credentials("appkey1", "sdfajk3242324fa!djq7")
    ///     .build()?;
    /// assert_eq!(client.base_url().port(), Some(18082));
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn build(self) -> Result<Client> {
        let app_key = self
            .app_key
            .filter(|k| !k.is_empty())
            .ok_or_else(|| client_core::Error::Config("the Hongtu app key is not set".into()))?;
        let secret = self
            .secret
            .filter(|s| !s.is_empty())
            .ok_or_else(|| client_core::Error::Config("the Hongtu secret is not set".into()))?;
        let platform = Hongtu {
            app_key,
            secret,
            empty_body: self.empty_body,
        };
        let pipeline = Pipeline::new(platform, &self.options, None, JSON_CONTENT_TYPE, None)?;
        Ok(Client { pipeline })
    }
}

impl Client {
    /// A builder.
    ///
    /// ```
    /// use std::time::Duration;
    /// let client = hongtu_client::Client::builder()
    ///     .base_url("http://192.168.1.10")
    ///     .credentials("appkey1", "sdfajk3242324fa!djq7")
    ///     .timeout(Duration::from_secs(5))
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `HONGTU_BASE_URL`, `HONGTU_APP_KEY` and `HONGTU_SECRET` (and the
    /// optional `HONGTU_ACCEPT_INVALID_CERTS=1`). A missing variable is an error naming
    /// it.
    ///
    /// ``` no_run
    /// // HONGTU_BASE_URL=http://192.168.1.10 HONGTU_APP_KEY=appkey1 HONGTU_SECRET=…
    /// let client = hongtu_client::Client::from_env()?;
    /// println!("talking to {}", client.base_url());
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn from_env() -> Result<Client> {
        Self::builder_from_env()?.build()
    }

    /// A builder preset from the environment (see [`Client::from_env`]), to adjust
    /// further before building.
    ///
    /// ``` no_run
    /// use std::time::Duration;
    /// let client = hongtu_client::Client::builder_from_env()?
    ///     .timeout(Duration::from_secs(30))
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn builder_from_env() -> Result<ClientBuilder> {
        let env = client_core::env::require(&ENV_REQUIRED, &ENV_OPTIONAL)?;
        Ok(Self::builder_from_values(&env)?)
    }

    /// A builder preset from values read with [`client_core::env::group`] over
    /// [`ENV_REQUIRED`] and [`ENV_OPTIONAL`] (what the examples do to choose between
    /// a real box and the simulator).
    ///
    /// ```
    /// use hongtu_client::client::{ENV_OPTIONAL, ENV_REQUIRED};
    /// use hongtu_client::Client;
    /// # std::env::set_var("HONGTU_BASE_URL", "http://192.168.1.10");
    /// # std::env::set_var("HONGTU_APP_KEY", "appkey1");
    /// # std::env::set_var("HONGTU_SECRET", "sdfajk3242324fa!djq7");
    /// // None when no variable is set (fall back to a simulator), an error naming the
    /// // missing one when only some are.
    /// if let Some(env) = client_core::env::group(&ENV_REQUIRED, &ENV_OPTIONAL)? {
    ///     let client = Client::builder_from_values(&env)?.build()?;
    ///     assert_eq!(client.app_key(), "appkey1");
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder_from_values(
        env: &client_core::env::EnvValues,
    ) -> std::result::Result<ClientBuilder, client_core::Error> {
        let invalid_certs = env
            .get(ENV_ACCEPT_INVALID_CERTS)
            .map(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes"))
            .unwrap_or(false);
        Ok(Client::builder()
            .base_url(env.required(ENV_BASE_URL)?)
            .credentials(
                env.required(ENV_APP_KEY)?,
                Secret::new(env.required(ENV_SECRET)?),
            )
            .danger_accept_invalid_certs(invalid_certs))
    }

    /// The base URL.
    ///
    /// ```
    /// let client = hongtu_client::Client::builder()
    ///     .base_url("http://192.168.1.10")
    ///     .credentials("appkey1", "sdfajk3242324fa!djq7")
    ///     .build()?;
    /// assert_eq!(client.base_url().host_str(), Some("192.168.1.10"));
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn base_url(&self) -> &url::Url {
        self.pipeline.base_url()
    }

    /// The app key this client signs with (`cappkey`).
    ///
    /// ```
    /// let client = hongtu_client::Client::builder()
    ///     .base_url("http://192.168.1.10")
    ///     .credentials("appkey2", "zxcv&jlkfd234adf#xi9")
    ///     .build()?;
    /// assert_eq!(client.app_key(), "appkey2");
    /// # Ok::<(), hongtu_client::Error>(())
    /// ```
    pub fn app_key(&self) -> &str {
        &self.pipeline.platform().app_key
    }

    /// Sends a typed request and decodes the `data` of a successful envelope (an
    /// absent `data` decodes as JSON `null`, i.e. [`crate::Ack`] or `None`).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// # let sim = hongtu_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use hongtu_client::api::org::TopOrg;
    /// let top = client.send(&TopOrg::default()).await?;
    /// println!("top organisation: {top:?}");
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response> {
        self.pipeline.send(endpoint).await
    }

    /// Streams every item of a paged list endpoint, page after page (`pageNum` or
    /// `currPage` style, as the request implements [`Paged`]).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// # let sim = hongtu_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use futures::TryStreamExt;
    /// use hongtu_client::api::device::ListDevices;
    /// let mut devices = client.stream(ListDevices::default());
    /// while let Some(d) = devices.try_next().await? {
    ///     println!("{} {}", d.uuid, d.name);
    /// }
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn stream<P: Paged>(&self, request: P) -> PageStream<P::Item, Error> {
        self.pipeline.stream(request)
    }

    /// [`Client::stream`] with explicit paginator options (prefetch, page cap).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// # let sim = hongtu_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use futures::TryStreamExt;
    /// use hongtu_client::api::person::PersonList;
    /// use hongtu_client::PaginateOptions;
    /// let opts = PaginateOptions::new(100).max_pages(10); // 100 a page, at most 10 pages
    /// let persons: Vec<_> = client.stream_with(PersonList::default(), opts).try_collect().await?;
    /// assert!(persons.is_empty());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn stream_with<P: Paged>(
        &self,
        request: P,
        opts: PaginateOptions,
    ) -> PageStream<P::Item, Error> {
        self.pipeline.stream_with(request, opts)
    }

    /// Sends a multipart upload through the same pipeline (signed with an empty
    /// `requestBodyMD5`, as the seed's upload demo does; never retried after the box
    /// may have received it).
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), hongtu_client::Error> {
    /// # let sim = hongtu_client::simulator::Simulator::start().await?;
    /// # let client = sim.client()?;
    /// use hongtu_client::api::person::UploadImage;
    /// use hongtu_client::ImageFile;
    /// let file = ImageFile::new("face.jpg", vec![0xff, 0xd8, 0xff, 0xe0]);
    /// let answer = client.upload(&UploadImage { file }).await?;
    /// assert!(answer.uri.is_some());
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn upload<U: Upload>(&self, upload: &U) -> Result<U::Response> {
        upload.validate()?;
        let mut req = Prepared::new(Method::POST, U::PATH);
        req.body = RequestBody::Multipart(upload.fields());
        self.pipeline
            .execute(&req, |env, resp| {
                client_core::pipeline::decode_payload(&req, env, resp)
            })
            .await
    }

    /// The escape hatch: sends a typed request, signed and retried like [`Client::send`],
    /// and returns the decoded envelope as is — a non-zero `code` is returned, not turned
    /// into an error. Transport failures, non-2xx statuses and a body that is not an
    /// envelope are still errors.
    ///
    /// ```no_run
    /// # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
    /// let env = client.raw(&hongtu_client::api::org::TopOrg::default()).await?;
    /// println!("code {} data {:?}", env.code, env.data);
    /// # Ok(()) }
    /// ```
    pub async fn raw<E: Endpoint>(&self, endpoint: &E) -> Result<Envelope<serde_json::Value>> {
        self.raw_prepared(&Prepared::from_endpoint(endpoint)?).await
    }

    /// [`Client::raw`] for any path: build the request with [`Prepared::new`] and
    /// [`Prepared::with_json`].
    ///
    /// ```no_run
    /// # async fn demo(client: hongtu_client::Client) -> Result<(), hongtu_client::Error> {
    /// use hongtu_client::Prepared;
    /// let req = Prepared::new(http::Method::POST, "/v1/api/org/top/detail").with_json("{}");
    /// let env = client.raw_prepared(&req).await?;
    /// println!("code {}", env.code);
    /// # Ok(()) }
    /// ```
    pub async fn raw_prepared(&self, req: &Prepared) -> Result<Envelope<serde_json::Value>> {
        let resp = self.pipeline.execute_raw(req).await?;
        serde_json::from_slice(&resp.body)
            .map_err(|e| client_core::pipeline::decode_error(req, &resp.body, e))
    }
}

#[cfg(test)]
mod fuzz {
    //! Issue 10 "Fuzzing": the envelope decode through the pipeline's one
    //! interpretation (`client_core::pipeline::interpret`) with the Hongtu platform,
    //! seeded from every response fixture: a typed answer or a typed error, never a
    //! panic, and never a body excerpt for a credential answer.
    use super::*;
    use client_core::transport::RawResponse;
    use proptest::prelude::*;

    fn fixtures() -> &'static [Vec<u8>] {
        static BODIES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
        BODIES.get_or_init(|| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hongtu");
            let mut out = Vec::new();
            for module in std::fs::read_dir(root).unwrap() {
                let module = module.unwrap().path();
                if !module.is_dir() {
                    continue;
                }
                for f in std::fs::read_dir(&module).unwrap() {
                    let f = f.unwrap().path();
                    if f.to_string_lossy().ends_with(".response.json") {
                        out.push(std::fs::read(&f).unwrap());
                    }
                }
            }
            out.sort();
            out
        })
    }

    fn platform() -> Client {
        Client::builder()
            .base_url("http://127.0.0.1:9")
            .credentials("appkey1", "s")
            .build()
            .unwrap()
    }

    /// One answer through `interpret`, decoded as `T`.
    fn interpret<T: serde::de::DeserializeOwned>(
        client: &Client,
        body: Vec<u8>,
        status: u16,
        sensitive: bool,
    ) -> Result<T> {
        let mut req = Prepared::new(Method::POST, "/v1/api/person/list");
        req.sensitive_response = sensitive;
        let resp = RawResponse {
            path: req.path.clone(),
            status: http::StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            body: bytes::Bytes::from(body),
        };
        client_core::pipeline::interpret(client.pipeline.platform(), &req, resp, &|env, resp| {
            client_core::pipeline::decode_payload(&req, env, resp)
        })
        .map_err(|(e, _)| e)
    }

    #[test]
    fn every_fixture_interprets_as_a_success() {
        let client = platform();
        for body in fixtures() {
            let v: serde_json::Value = interpret(&client, body.clone(), 200, false).unwrap();
            let _ = v;
        }
        assert_eq!(fixtures().len(), 155);
    }

    fn mutate(body: &[u8], flips: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
        let mut b = body.to_vec();
        for (pos, byte) in flips {
            if !b.is_empty() {
                let i = pos % b.len();
                b[i] = *byte;
            }
        }
        if let Some(c) = cut {
            if !b.is_empty() {
                b.truncate(c % b.len());
            }
        }
        b
    }

    fn envelope_member() -> impl Strategy<Value = serde_json::Value> {
        prop_oneof![
            Just(serde_json::Value::Null),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number)),
            Just(serde_json::json!(-1e300)),
            "\\PC{0,40}".prop_map(serde_json::Value::from),
            Just(serde_json::json!({"list": null, "total": "x"})),
            Just(serde_json::json!([1, {"a": null}])),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, max_shrink_iters: 64, ..ProptestConfig::default() })]

        #[test]
        fn damaged_fixtures_give_typed_results(
            pick in any::<usize>(),
            flips in prop::collection::vec((any::<usize>(), any::<u8>()), 0..8),
            cut in prop::option::of(any::<usize>()),
            status in prop_oneof![Just(200u16), Just(500u16), Just(429u16), Just(404u16)],
        ) {
            let client = platform();
            let fixtures = fixtures();
            let body = mutate(&fixtures[pick % fixtures.len()], &flips, cut);
            let _ = interpret::<serde_json::Value>(&client, body.clone(), status, false);
            let _ = interpret::<crate::envelope::PageData<crate::api::person::Person>>(&client, body.clone(), status, false);
            if let Err(e) = interpret::<crate::envelope::PageData<crate::api::person::Person>>(&client, body, status, true) {
                let shown = format!("{e} {e:?}");
                prop_assert!(!shown.contains("\"list\""), "a credential answer is never excerpted: {shown}");
            }
        }

        #[test]
        fn any_code_msg_data_gives_typed_results(
            pick in any::<usize>(),
            code in envelope_member(),
            msg in envelope_member(),
            data in envelope_member(),
            which in 0u8..3,
        ) {
            let client = platform();
            let fixtures = fixtures();
            let mut env: serde_json::Value = serde_json::from_slice(&fixtures[pick % fixtures.len()]).unwrap();
            let (key, value) = match which { 0 => ("code", code), 1 => ("msg", msg), _ => ("data", data) };
            env[key] = value;
            let body = serde_json::to_vec(&env).unwrap();
            if let Err(e) = interpret::<serde_json::Value>(&client, body, 200, false) {
                prop_assert!(e.to_string().chars().count() < 2048, "bounded: {e}");
            }
        }
    }
}
