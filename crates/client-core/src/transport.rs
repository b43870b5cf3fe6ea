//! [`Transport`]: one HTTP attempt, with timeout, tracing and error mapping.
//!
//! The transport sends exactly what it is given: signing happens in the platform
//! client, inside the retry loop (see [`crate::retry()`]), so each attempt carries fresh
//! signature headers over the same body bytes.

use std::borrow::Cow;
use std::future::Future;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};
use serde::de::DeserializeOwned;
use tracing::Instrument;
use url::Url;

use crate::error::excerpt;
use crate::{ClientOptions, Error};

/// Transport settings, resolved from [`ClientOptions`] by
/// [`TransportConfig::from_options`].
#[derive(Clone)]
pub struct TransportConfig {
    /// Base URL (scheme, host, port and an optional path prefix).
    pub base_url: Url,
    /// Timeout of one attempt, from sending to the end of the body.
    pub timeout: Duration,
    /// Timeout of the TCP + TLS connect.
    pub connect_timeout: Duration,
    /// `User-Agent` header.
    pub user_agent: String,
    /// Accept invalid TLS certificates (for LAN boxes with self-signed certificates,
    /// such as the Hongtu box). Off by default.
    pub danger_accept_invalid_certs: bool,
    /// Idle connections kept per host (default [`crate::options::DEFAULT_POOL_MAX_IDLE_PER_HOST`]);
    /// idle connections close after 90 s.
    pub pool_max_idle_per_host: usize,
    /// `Content-Type` sent with JSON bodies, as the platform's document prints it
    /// (TUMS and Hongtu show `application/json;charset=UTF-8`, the Lenfocus protocol
    /// `application/json`). A request that sets its own `Content-Type` keeps it.
    pub json_content_type: String,
    /// A caller-supplied client, used as is (no other client is built).
    pub http_client: Option<reqwest::Client>,
    /// Extra trusted root certificates, PEM.
    pub root_certificates_pem: Vec<Vec<u8>>,
    /// Proxy URL for every request.
    pub proxy: Option<String>,
    /// Largest response body read (bytes).
    pub max_response_bytes: usize,
}

impl std::fmt::Debug for TransportConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransportConfig")
            .field("base_url", &self.base_url.as_str())
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("json_content_type", &self.json_content_type)
            .field("http_client", &self.http_client.is_some())
            .field("root_certificates", &self.root_certificates_pem.len())
            .field("proxy", &self.proxy.is_some())
            .finish_non_exhaustive()
    }
}

impl TransportConfig {
    /// Defaults: 30 s timeout, 10 s connect timeout.
    pub fn new(base_url: Url) -> Self {
        Self {
            base_url,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: concat!("anfang/", env!("CARGO_PKG_VERSION")).to_owned(),
            danger_accept_invalid_certs: false,
            pool_max_idle_per_host: crate::options::DEFAULT_POOL_MAX_IDLE_PER_HOST,
            json_content_type: "application/json;charset=UTF-8".to_owned(),
            http_client: None,
            root_certificates_pem: Vec::new(),
            proxy: None,
            max_response_bytes: crate::options::DEFAULT_MAX_RESPONSE_BYTES,
        }
    }

    /// The transport settings of `options`: the base URL set there or `default_base`
    /// (an error naming `platform` when there is neither), with the platform's JSON
    /// `Content-Type`.
    pub fn from_options(
        options: &ClientOptions,
        default_base: Option<&str>,
        platform: &str,
        json_content_type: &str,
    ) -> Result<Self, Error> {
        let base = options.base_url_or(default_base, platform)?;
        let mut config = Self::parse(&base)?;
        config.timeout = options.timeout;
        config.connect_timeout = options.connect_timeout;
        if let Some(ua) = &options.user_agent {
            config.user_agent = ua.clone();
        }
        config.danger_accept_invalid_certs = options.danger_accept_invalid_certs;
        config.pool_max_idle_per_host = options.pool_max_idle_per_host;
        config.json_content_type = json_content_type.to_owned();
        config.http_client = options.http_client.clone();
        config.root_certificates_pem = options.root_certificates_pem.clone();
        config.proxy = options.proxy.clone();
        config.max_response_bytes = options.max_response_bytes;
        Ok(config)
    }

    /// Parses `base_url`, giving a typed error instead of a panic.
    pub fn parse(base_url: &str) -> Result<Self, Error> {
        let url = Url::parse(base_url)
            .map_err(|e| Error::Config(format!("invalid base URL {base_url:?}: {e}")))?;
        if url.cannot_be_a_base() || !matches!(url.scheme(), "http" | "https") {
            return Err(Error::Config(format!(
                "base URL {base_url:?} must be an http:// or https:// URL"
            )));
        }
        Ok(Self::new(url))
    }
}

/// One multipart form field (rebuilt for every attempt, since a form is consumed when
/// sent).
#[derive(Debug, Clone)]
pub struct MultipartField {
    /// Field name (e.g. `file`).
    pub name: String,
    /// File name, for file parts.
    pub file_name: Option<String>,
    /// MIME type, for file parts.
    pub content_type: Option<String>,
    /// The content.
    pub data: Bytes,
}

/// A request body.
#[derive(Debug, Clone, Default)]
pub enum RequestBody {
    /// No body.
    #[default]
    None,
    /// JSON bytes (sent with [`TransportConfig::json_content_type`] unless the request
    /// sets its own `Content-Type`).
    Json(Bytes),
    /// A `multipart/form-data` form.
    Multipart(Vec<MultipartField>),
}

/// One fully-described HTTP attempt.
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// Method.
    pub method: Method,
    /// Path starting with `/` (appended to the base URL's path); an endpoint's
    /// `&'static str` path is borrowed, not copied, on every attempt.
    pub path: Cow<'static, str>,
    /// Query string without `?`.
    pub query: Option<String>,
    /// Extra headers (signature headers marked sensitive). This map becomes the
    /// request's own header map (no second map is built and merged).
    pub headers: HeaderMap,
    /// Body.
    pub body: RequestBody,
}

impl RawRequest {
    /// A request with no query, headers or body.
    pub fn new(method: Method, path: impl Into<Cow<'static, str>>) -> Self {
        Self {
            method,
            path: path.into(),
            query: None,
            headers: HeaderMap::new(),
            body: RequestBody::None,
        }
    }
}

/// A received response, body fully read.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The endpoint path (for error messages).
    pub path: Cow<'static, str>,
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// Body bytes.
    pub body: Bytes,
}

/// The `Retry-After` header: delay-seconds or an HTTP date (RFC 9110 §10.2.3),
/// capped at one hour so a hostile server cannot park a caller.
///
/// ```
/// let mut h = http::HeaderMap::new();
/// h.insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("7"));
/// assert_eq!(client_core::transport::retry_after(&h), Some(std::time::Duration::from_secs(7)));
/// ```
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    const CAP: Duration = Duration::from_secs(3600);
    let text = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    let delay = if let Ok(secs) = text.parse::<u64>() {
        Duration::from_secs(secs)
    } else {
        let at = chrono::DateTime::parse_from_rfc2822(text).ok()?;
        (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
            .to_std()
            .unwrap_or(Duration::ZERO)
    };
    Some(delay.min(CAP))
}

/// The server's clock from the `Date` header, in UNIX seconds.
pub fn server_date(headers: &HeaderMap) -> Option<i64> {
    let text = headers.get(http::header::DATE)?.to_str().ok()?;
    chrono::DateTime::parse_from_rfc2822(text.trim())
        .ok()
        .map(|d| d.timestamp())
}

impl RawResponse {
    /// Fails with [`Error::Http`] (or [`Error::RateLimited`] for 429, with its
    /// `Retry-After`) unless the status is 2xx.
    pub fn error_for_status(self) -> Result<Self, Error> {
        if self.status.is_success() {
            return Ok(self);
        }
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            return Err(Error::RateLimited {
                retry_after: retry_after(&self.headers),
                path: self.path.into_owned(),
                message: None,
            });
        }
        Err(Error::Http {
            path: self.path.into_owned(),
            status: self.status,
            excerpt: excerpt(&self.body),
        })
    }

    /// Decodes the body as JSON into `T`, naming the path and a bounded excerpt on
    /// failure.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.body)
            .map_err(|e| Error::decode(self.path.clone().into_owned(), &self.body, e))
    }
}

/// The `reqwest::Client` a [`TransportConfig`] describes: the caller's own when one was
/// supplied, otherwise a pooled rustls client with the connect timeout, user agent,
/// extra root certificates and proxy of the configuration. For requests that must
/// bypass the pipeline (a streamed download) with the same TLS and proxy settings.
pub fn build_http_client(config: &TransportConfig) -> Result<reqwest::Client, Error> {
    http_client_with(config, None)
}

/// [`build_http_client`], with `total_timeout` as the built client's own timeout of
/// every request (not applied to a caller's client).
fn http_client_with(
    config: &TransportConfig,
    total_timeout: Option<Duration>,
) -> Result<reqwest::Client, Error> {
    Ok(match &config.http_client {
        Some(client) => client.clone(),
        None => {
            let mut builder = reqwest::Client::builder()
                .use_rustls_tls()
                .connect_timeout(config.connect_timeout)
                .user_agent(config.user_agent.clone())
                .pool_max_idle_per_host(config.pool_max_idle_per_host)
                .danger_accept_invalid_certs(config.danger_accept_invalid_certs);
            if let Some(total) = total_timeout {
                builder = builder.timeout(total);
            }
            for (i, pem) in config.root_certificates_pem.iter().enumerate() {
                let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| {
                    Error::Config(format!(
                        "root certificate #{} is not valid PEM: {}",
                        i + 1,
                        e.without_url()
                    ))
                })?;
                if certs.is_empty() {
                    return Err(Error::Config(format!(
                        "root certificate #{} holds no certificate",
                        i + 1
                    )));
                }
                for cert in certs {
                    builder = builder.add_root_certificate(cert);
                }
            }
            if let Some(proxy) = &config.proxy {
                let proxy = reqwest::Proxy::all(proxy.as_str()).map_err(|_| {
                    // The URL may carry credentials: never echo it.
                    Error::Config("the proxy URL is not valid".into())
                })?;
                builder = builder.proxy(proxy);
            }
            builder.build().map_err(|e| {
                Error::Config(format!("cannot build the HTTP client: {}", e.without_url()))
            })?
        }
    })
}

/// The HTTP transport: a pooled `reqwest` client and a base URL. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Transport {
    client: reqwest::Client,
    base_url: Url,
    timeout: Duration,
    /// The caller supplied the client: the attempt timeout is set on each request
    /// (our own client has it built in, which spares every request a timeout
    /// entry in its extensions map).
    per_request_timeout: bool,
    json_content_type: http::HeaderValue,
    max_response_bytes: usize,
}

impl Transport {
    /// Builds the pooled client (rustls TLS), or takes the caller's.
    pub fn new(config: &TransportConfig) -> Result<Self, Error> {
        let client = http_client_with(config, Some(config.timeout))?;
        let json_content_type =
            http::HeaderValue::from_str(&config.json_content_type).map_err(|_| {
                Error::Config(format!(
                    "invalid JSON content type {:?}",
                    config.json_content_type
                ))
            })?;
        Ok(Self {
            client,
            base_url: config.base_url.clone(),
            timeout: config.timeout,
            per_request_timeout: config.http_client.is_some(),
            json_content_type,
            max_response_bytes: config.max_response_bytes,
        })
    }

    /// The base URL.
    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The full URL of `path` (+ `query`).
    pub fn url_for(&self, path: &str, query: Option<&str>) -> Result<Url, Error> {
        let mut url = self.base_url.clone();
        let prefix = self.base_url.path().trim_end_matches('/');
        if prefix.is_empty() {
            url.set_path(path);
        } else {
            url.set_path(&format!("{prefix}{path}"));
        }
        url.set_query(query);
        Ok(url)
    }

    /// The pooled `reqwest` client (shares connections with every call of this
    /// transport). Unless the caller supplied it, its requests time out after the
    /// attempt timeout; a longer request (a streamed download) should set its own
    /// with `RequestBuilder::timeout`, or use [`build_http_client`].
    pub fn http_client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The configured response size limit.
    pub fn max_response_bytes(&self) -> usize {
        self.max_response_bytes
    }

    /// Sends one attempt and reads the whole body (up to the configured limit). Does
    /// not look at the status: see [`RawResponse::error_for_status`].
    pub async fn send(&self, req: RawRequest) -> Result<RawResponse, Error> {
        self.send_limited(req, self.max_response_bytes).await
    }

    /// [`Transport::send`] with a response size limit of `limit` bytes: reading stops
    /// there and the answer fails with [`Error::BodyTooLarge`] (a declared
    /// `Content-Length` over the limit fails before reading).
    ///
    /// (A plain function returning the instrumented future: an `async fn` around it
    /// would hold that future twice in its own state.)
    pub fn send_limited(
        &self,
        req: RawRequest,
        limit: usize,
    ) -> impl Future<Output = Result<RawResponse, Error>> + '_ {
        let span = tracing::info_span!(
            "http",
            method = %req.method,
            path = %req.path,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let path = req.path.clone();
        let recorder = span.clone();
        let attempt = async move {
            let started = Instant::now();
            let url = self.url_for(&req.path, req.query.as_deref())?;
            // The request is assembled around the caller's header map (moved in, not
            // merged into a second map), then sent through the pooled client, which
            // adds its default headers as a builder would.
            let mut request = reqwest::Request::new(req.method.clone(), url);
            if self.per_request_timeout {
                *request.timeout_mut() = Some(self.timeout);
            }
            *request.headers_mut() = req.headers;
            let explicit_content_type = request.headers().contains_key(http::header::CONTENT_TYPE);
            match req.body {
                RequestBody::None => {}
                RequestBody::Json(bytes) => {
                    if !explicit_content_type {
                        request
                            .headers_mut()
                            .insert(http::header::CONTENT_TYPE, self.json_content_type.clone());
                    }
                    *request.body_mut() = Some(bytes.into());
                }
                RequestBody::Multipart(fields) => {
                    let mut form = reqwest::multipart::Form::new();
                    for f in fields {
                        let mut part = reqwest::multipart::Part::bytes(f.data.to_vec());
                        if let Some(name) = f.file_name {
                            part = part.file_name(name);
                        }
                        if let Some(ct) = f.content_type {
                            part = part.mime_str(&ct).map_err(|e| Error::Encode {
                                path: path.clone().into_owned(),
                                message: format!(
                                    "invalid content type {ct:?}: {}",
                                    e.without_url()
                                ),
                            })?;
                        }
                        form = form.part(f.name, part);
                    }
                    // The builder sets the boundary's Content-Type and the length.
                    request = reqwest::RequestBuilder::from_parts(self.client.clone(), request)
                        .multipart(form)
                        .build()
                        .map_err(|e| Error::Encode {
                            path: path.clone().into_owned(),
                            message: format!("multipart form: {}", e.without_url()),
                        })?;
                }
            }
            let result = async {
                let mut resp = self.client.execute(request).await?;
                let status = resp.status();
                // Moved out, not copied: the response object only serves the body now.
                let headers = std::mem::take(resp.headers_mut());
                if resp.content_length().is_some_and(|n| n > limit as u64) {
                    return Ok(Err(()));
                }
                // A body that arrives in one chunk (most answers) is kept as it is;
                // only a body of several chunks is copied into one buffer.
                let mut first: Option<bytes::Bytes> = None;
                let mut body = bytes::BytesMut::new();
                while let Some(chunk) = resp.chunk().await? {
                    let held = first.as_ref().map_or(0, |f| f.len()) + body.len();
                    if held + chunk.len() > limit {
                        return Ok(Err(()));
                    }
                    match first.take() {
                        None if body.is_empty() => first = Some(chunk),
                        held_first => {
                            if let Some(f) = held_first {
                                body.reserve(
                                    resp.content_length()
                                        .map_or(f.len() + chunk.len(), |n| n as usize)
                                        .min(limit),
                                );
                                body.extend_from_slice(&f);
                            }
                            body.extend_from_slice(&chunk);
                        }
                    }
                }
                let body = match first {
                    Some(f) => f,
                    None => body.freeze(),
                };
                Ok::<_, reqwest::Error>(Ok((status, headers, body)))
            }
            .await;
            let latency_ms = started.elapsed().as_millis() as u64;
            let span = recorder;
            span.record("latency_ms", latency_ms);
            match result {
                Ok(Err(())) => {
                    tracing::debug!(limit, "response body over the limit");
                    Err(Error::BodyTooLarge {
                        path: path.into_owned(),
                        limit,
                    })
                }
                Ok(Ok((status, headers, body))) => {
                    span.record("status", status.as_u16());
                    tracing::debug!(bytes = body.len(), "response");
                    Ok(RawResponse {
                        path,
                        status,
                        headers,
                        body,
                    })
                }
                Err(e) => {
                    let e = e.without_url();
                    tracing::debug!(error = %e, "request failed");
                    if e.is_timeout() {
                        Err(Error::Timeout {
                            path: path.into_owned(),
                            after: self.timeout,
                            attempts: 1,
                        })
                    } else {
                        Err(Error::Transport {
                            path: path.into_owned(),
                            message: e.to_string(),
                            connect: e.is_connect(),
                            source: Some(e),
                        })
                    }
                }
            }
        };
        // Entering a span on every poll costs even when nothing listens: instrument
        // only when a subscriber wants the span.
        if span.is_disabled() {
            futures::future::Either::Left(attempt)
        } else {
            futures::future::Either::Right(attempt.instrument(span))
        }
    }
}
