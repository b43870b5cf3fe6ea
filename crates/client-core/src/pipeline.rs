//! [`Pipeline`]: the one request executor every platform client runs on.
//!
//! A call goes through these steps, in this order, for all four platforms:
//!
//! 1. **validate** the typed request (documented ranges and lengths) — once;
//! 2. **encode** it — once: the same bytes are signed and sent on every attempt;
//! 3. for each attempt, inside one retry loop ([`crate::retry()`]):
//!    1. **credentials** — the platform's auth hook ([`Platform::credentials`]): MCS8
//!       logs in or refreshes its token, TUMS fetches or renews temporary keys,
//!       Lenfocus takes the session's bearer token;
//!    2. **gates** — the platform's own documented limits ([`Platform::before_send`],
//!       e.g. TUMS's one export per 5 s), then the client's shared
//!       [`RateLimiter`] (a fair FIFO queue);
//!    3. **sign** afresh (new timestamp and nonce) over the exact bytes
//!       ([`Platform::sign`]);
//!    4. **send** with the per-attempt timeout;
//!    5. **interpret**, checks in this order:
//!       1. a transport failure or timeout → [`Error::Transport`] / [`Error::Timeout`];
//!       2. HTTP 429 → [`Error::RateLimited`] with the server's `Retry-After`;
//!       3. the body is the platform's envelope ([`Platform::ENVELOPE`]): first the
//!          platform's own checks ([`Platform::check`], e.g. a TUMS `failList` is a
//!          partial failure whatever the code), then a code that is not success → the
//!          vendor error [`ApiError`] (path, typed code, bounded message, HTTP
//!          status), whatever the HTTP status;
//!       4. any other non-2xx status → [`Error::Http`] with a bounded excerpt;
//!       5. a body that is not the platform's envelope (or lacks a required code) →
//!          [`Error::Decode`];
//!       6. the payload decoded straight into the endpoint's response type.
//!    6. on an error, the platform may **recover** once per call
//!       ([`Platform::recover`]: MCS8 re-login after 401/332, TUMS clock correction
//!       after -10302, Lenfocus token renewal after 401) and the attempt is repeated
//!       at once; otherwise the retry policy decides ([`crate::Retryable`]), honouring
//!       `Retry-After`.
//! 4. The whole call is bounded by the operation timeout, when set; its
//!    [`Error::Timeout`] says how many attempts were made.
//!
//! Responses of endpoints marked [`Endpoint::SENSITIVE_RESPONSE`] (credential
//! answers) never leave an excerpt of their body in an error.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};

use crate::envelope::{Envelope, EnvelopeKeys};
use crate::error::{excerpt, ApiError, VendorCode, REDACTED_BODY};
use crate::pagination::{paginate, PageStream, PaginateOptions};
use crate::transport::{retry_after, RawRequest, RawResponse, RequestBody, Transport};
use crate::{ClientOptions, Endpoint, Error, Paged, RateLimiter, RetryPolicy, Retryable};

/// A request validated and encoded once, reused by every attempt.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// HTTP method.
    pub method: Method,
    /// Path starting with `/`.
    pub path: Cow<'static, str>,
    /// Query string without `?`.
    pub query: Option<String>,
    /// The body (JSON bytes or a multipart form).
    pub body: RequestBody,
    /// Safe to repeat after an error that leaves the outcome unknown.
    pub idempotent: bool,
    /// The response carries credentials: no excerpt of it is ever kept.
    pub sensitive_response: bool,
    /// Subject to the client's shared rate limiter (MCS8's login has its own).
    pub rate_limited: bool,
    /// A response size limit overriding the client's (from
    /// [`Endpoint::MAX_RESPONSE_BYTES`]).
    pub max_response_bytes: Option<usize>,
}

impl Prepared {
    /// A request with no query and no body (not idempotent, rate limited).
    pub fn new(method: Method, path: impl Into<Cow<'static, str>>) -> Self {
        Self {
            method,
            path: path.into(),
            query: None,
            body: RequestBody::None,
            idempotent: false,
            sensitive_response: false,
            rate_limited: true,
            max_response_bytes: None,
        }
    }

    /// Validates and encodes a typed endpoint.
    pub fn from_endpoint<E: Endpoint>(endpoint: &E) -> Result<Self, Error> {
        endpoint.validate()?;
        let encoded = endpoint.encode()?;
        Ok(Self {
            method: E::METHOD,
            path: Cow::Borrowed(E::PATH),
            query: encoded.query,
            body: match encoded.body {
                Some(b) => RequestBody::Json(b),
                None => RequestBody::None,
            },
            idempotent: E::IDEMPOTENT,
            sensitive_response: E::SENSITIVE_RESPONSE,
            rate_limited: true,
            max_response_bytes: E::MAX_RESPONSE_BYTES,
        })
    }

    /// Sets a JSON body.
    pub fn with_json(mut self, body: impl Into<Bytes>) -> Self {
        self.body = RequestBody::Json(body.into());
        self
    }

    /// Marks the request safe (or not) to repeat.
    pub fn with_idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// The JSON body bytes, if the body is JSON (what signers hash).
    pub fn json_body(&self) -> Option<&[u8]> {
        match &self.body {
            RequestBody::Json(b) => Some(b),
            _ => None,
        }
    }

    /// One attempt's request, without signature headers (bodies are shared, not
    /// copied).
    pub fn to_request(&self) -> RawRequest {
        RawRequest {
            method: self.method.clone(),
            path: self.path.clone(),
            query: self.query.clone(),
            headers: HeaderMap::new(),
            body: self.body.clone(),
        }
    }
}

/// The status and headers of an answer that became an error (for
/// [`Platform::recover`]: the `Date` header for clock correction…).
#[derive(Debug, Clone)]
pub struct ResponseMeta {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
}

/// What [`Platform::recover`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// Nothing to recover: the retry policy decides.
    Fail,
    /// The cause was repaired (new token, corrected clock): repeat the attempt at once,
    /// signed afresh. Allowed once per call.
    RetryNow,
}

/// What a platform contributes to the [`Pipeline`]: its signature, its envelope and
/// codes, and its auth lifecycle.
pub trait Platform: Send + Sync + Sized + 'static {
    /// The platform's typed error code.
    type Code: VendorCode;
    /// The platform crate's error.
    type Error: From<Error>
        + From<ApiError<Self::Code>>
        + Retryable
        + std::fmt::Display
        + Send
        + Sync
        + 'static;
    /// What one attempt is signed with (a token, a key pair; `()` for none).
    type Credentials: Send + Sync + 'static;

    /// The platform's name in logs (`"tums"`, `"mcs8"`…).
    const NAME: &'static str;
    /// The members of the platform's response envelope.
    const ENVELOPE: EnvelopeKeys;

    /// The credentials for the next attempt of `req` (log in, refresh, fetch temporary
    /// keys…). Requests made from here go through [`Pipeline::execute_as`].
    fn credentials(
        &self,
        pipeline: &Pipeline<Self>,
        req: &Prepared,
    ) -> impl Future<Output = Result<Self::Credentials, Self::Error>> + Send;

    /// The platform's own documented limits, before the shared rate limiter.
    fn before_send(&self, req: &Prepared) -> impl Future<Output = Result<(), Self::Error>> + Send {
        let _ = req;
        async { Ok(()) }
    }

    /// Signs one attempt: adds the signature headers (and query members) to `out`,
    /// over exactly the bytes of `req.body`.
    fn sign(
        &self,
        req: &Prepared,
        credentials: &Self::Credentials,
        out: &mut RawRequest,
    ) -> Result<(), Self::Error>;

    /// Whether `code` means success (default: 0).
    fn is_success(&self, code: i64) -> bool {
        code == 0
    }

    /// Checks of an envelope before its code is looked at (TUMS `failList`: a partial
    /// failure whatever the code).
    fn check(
        &self,
        req: &Prepared,
        envelope: &Envelope<'_>,
        response: &RawResponse,
    ) -> Result<(), Self::Error> {
        let _ = (req, envelope, response);
        Ok(())
    }

    /// Whether [`Platform::check`] must look inside this answer's payload. A successful
    /// answer is decoded in one pass straight into the endpoint's type
    /// ([`Envelope::decode_success`]), without a raw payload for `check` to read;
    /// answers for which this returns `true` take the general path, where `check` sees
    /// the whole [`Envelope`]. Answers carrying an [`EnvelopeKeys::extra`] member
    /// always take the general path. Default: `false` (`check` then sees the code and
    /// total only). A platform whose `check` reads [`Envelope::payload`] overrides both
    /// (TUMS: a `failList` inside `result`).
    fn needs_check(&self, body: &[u8]) -> bool {
        let _ = body;
        false
    }

    /// Repairs the cause of `error` if the platform can (re-login, clock correction,
    /// token renewal). `response` is `None` for transport errors.
    fn recover(
        &self,
        pipeline: &Pipeline<Self>,
        req: &Prepared,
        credentials: &Self::Credentials,
        error: &Self::Error,
        response: Option<&ResponseMeta>,
    ) -> impl Future<Output = Recovery> + Send {
        let _ = (pipeline, req, credentials, error, response);
        async { Recovery::Fail }
    }
}

struct Inner<P> {
    platform: P,
    options: ClientOptions,
    transport: Transport,
    retry: RetryPolicy,
    limiter: Option<RateLimiter>,
    operation_timeout: Option<Duration>,
    prefetch: bool,
}

/// The request executor of one platform client. Cheap to clone (an `Arc` inside).
pub struct Pipeline<P> {
    inner: Arc<Inner<P>>,
}

impl<P> Clone for Pipeline<P> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

impl<P> std::fmt::Debug for Pipeline<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("base_url", &self.inner.transport.base_url().as_str())
            .field("retry", &self.inner.retry)
            .field("limiter", &self.inner.limiter)
            .field("operation_timeout", &self.inner.operation_timeout)
            .finish_non_exhaustive()
    }
}

/// A decode step: the successful envelope and the response to the caller's type.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

impl<P: Platform> Pipeline<P> {
    /// A pipeline for `platform` with the shared `options`: the base URL set there or
    /// `default_base`, the platform's JSON `Content-Type`, and `default_limiter` when
    /// the options set none.
    pub fn new(
        platform: P,
        options: &ClientOptions,
        default_base: Option<&str>,
        json_content_type: &str,
        default_limiter: Option<RateLimiter>,
    ) -> Result<Self, Error> {
        let config = crate::TransportConfig::from_options(
            options,
            default_base,
            P::NAME,
            json_content_type,
        )?;
        Ok(Self::with_transport(
            platform,
            Transport::new(&config)?,
            options,
            default_limiter,
        ))
    }

    /// A pipeline over an existing transport (shares its connection pool).
    pub fn with_transport(
        platform: P,
        transport: Transport,
        options: &ClientOptions,
        default_limiter: Option<RateLimiter>,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                platform,
                options: options.clone(),
                transport,
                retry: options.retry.clone(),
                limiter: options.rate_limiter.clone().or(default_limiter),
                operation_timeout: options.operation_timeout,
                prefetch: options.prefetch,
            }),
        }
    }

    /// The platform's state.
    pub fn platform(&self) -> &P {
        &self.inner.platform
    }

    /// The transport (base URL, connection pool).
    pub fn transport(&self) -> &Transport {
        &self.inner.transport
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &url::Url {
        self.inner.transport.base_url()
    }

    /// The shared options this pipeline was built with.
    pub fn options(&self) -> &ClientOptions {
        &self.inner.options
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The shared rate limiter, if any.
    pub fn rate_limiter(&self) -> Option<&RateLimiter> {
        self.inner.limiter.as_ref()
    }

    /// Paginator options for a page size, with the client's prefetch and page window.
    pub fn paginate_options(&self, page_size: u32) -> PaginateOptions {
        PaginateOptions::new(page_size)
            .prefetch(self.inner.prefetch)
            .window(self.inner.options.page_window)
    }

    /// Sends a typed request and decodes its payload (a successful answer in one pass,
    /// see [`interpret_payload`]).
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, P::Error> {
        let req = Prepared::from_endpoint(endpoint)?;
        self.execute_payload(&req, |env, resp| decode_payload(&req, env, resp))
            .await
            .map(|(payload, _)| payload)
    }

    /// [`Pipeline::execute`] for a payload type: a successful answer is decoded in one
    /// pass straight into `T` ([`interpret_payload`]); any other answer goes through
    /// the general path, decoded by `decode`. Returns the payload and the paging total
    /// beside it.
    pub async fn execute_payload<T, D>(
        &self,
        req: &Prepared,
        decode: D,
    ) -> Result<(T, Option<u64>), P::Error>
    where
        T: serde::de::DeserializeOwned + Send,
        D: Fn(&Envelope<'_>, &RawResponse) -> Result<T, P::Error> + Send + Sync,
    {
        let attempts = AtomicU32::new(0);
        let run = || {
            self.attempts(req, None, &attempts, |resp| {
                interpret_payload(&self.inner.platform, req, resp, &decode)
            })
        };
        self.bounded(req, &attempts, run).await
    }

    /// Streams every item of a paged endpoint (see [`crate::paginate`]).
    pub fn stream<R: Paged>(&self, request: R) -> PageStream<R::Item, P::Error> {
        let opts = self.paginate_options(request.page_size());
        self.stream_with(request, opts)
    }

    /// [`Pipeline::stream`] with explicit paginator options.
    pub fn stream_with<R: Paged>(
        &self,
        request: R,
        opts: PaginateOptions,
    ) -> PageStream<R::Item, P::Error> {
        let pipeline = self.clone();
        paged(request, opts, move |req: R| {
            let pipeline = pipeline.clone();
            async move { pipeline.send(&req).await }
        })
    }

    /// Runs a prepared request through the pipeline, decoding a successful envelope
    /// with `decode`.
    pub async fn execute<T, D>(&self, req: &Prepared, decode: D) -> Result<T, P::Error>
    where
        T: Send,
        D: Fn(&Envelope<'_>, &RawResponse) -> Result<T, P::Error> + Send + Sync,
    {
        let attempts = AtomicU32::new(0);
        let run = || {
            self.attempts(req, None, &attempts, |resp| {
                interpret(&self.inner.platform, req, resp, &decode)
            })
        };
        self.bounded(req, &attempts, run).await
    }

    /// [`Pipeline::execute`] with a one-pass decoder tried first: `fast` sees every 2xx
    /// answer before the envelope is read and returns `Some` when it decoded a plain
    /// success by itself (envelope and payload in one pass over a large body); `None`
    /// sends the answer through the usual interpretation and `decode`, so errors,
    /// retries and recovery are those of [`Pipeline::execute`].
    pub async fn execute_fast<T, F, D>(
        &self,
        req: &Prepared,
        fast: F,
        decode: D,
    ) -> Result<T, P::Error>
    where
        T: Send,
        F: Fn(&RawResponse) -> Option<T> + Send + Sync,
        D: Fn(&Envelope<'_>, &RawResponse) -> Result<T, P::Error> + Send + Sync,
    {
        let attempts = AtomicU32::new(0);
        let run = || {
            self.attempts(req, None, &attempts, |resp| {
                if resp.status.is_success() {
                    if let Some(v) = fast(&resp) {
                        return Ok(v);
                    }
                }
                interpret(&self.inner.platform, req, resp, &decode)
            })
        };
        self.bounded(req, &attempts, run).await
    }

    /// [`Pipeline::execute`] signed with the given credentials instead of asking
    /// [`Platform::credentials`] (used by auth hooks: a login, a temporary-key fetch).
    pub fn execute_as<'a, T, D>(
        &'a self,
        req: &'a Prepared,
        credentials: &'a P::Credentials,
        decode: D,
    ) -> BoxFuture<'a, Result<T, P::Error>>
    where
        T: Send + 'a,
        D: Fn(&Envelope<'_>, &RawResponse) -> Result<T, P::Error> + Send + Sync + 'a,
    {
        Box::pin(async move {
            let attempts = AtomicU32::new(0);
            let run = || {
                self.attempts(req, Some(credentials), &attempts, |resp| {
                    interpret(&self.inner.platform, req, resp, &decode)
                })
            };
            self.bounded(req, &attempts, run).await
        })
    }

    /// Runs a prepared request and returns the response as received once the HTTP
    /// status is 2xx (429 and other statuses are still errors); the envelope's code is
    /// not looked at. The escape hatch behind every client's `raw`.
    pub async fn execute_raw(&self, req: &Prepared) -> Result<RawResponse, P::Error> {
        let attempts = AtomicU32::new(0);
        let run = || {
            self.attempts(req, None, &attempts, |resp| {
                let status = resp.status;
                let headers = resp.headers.clone();
                resp.error_for_status()
                    .map_err(|e| (P::Error::from(e), Some(ResponseMeta { status, headers })))
            })
        };
        self.bounded(req, &attempts, run).await
    }

    /// Applies the operation timeout around the retry loop `run`.
    ///
    /// `run` makes the attempts' future where it is awaited: built by the caller and
    /// passed in, that future (kilobytes: it holds the HTTP exchange) would be stored
    /// twice in this one's state, and copied with it on every call.
    async fn bounded<T, F>(
        &self,
        req: &Prepared,
        attempts: &AtomicU32,
        run: impl FnOnce() -> F,
    ) -> Result<T, P::Error>
    where
        F: Future<Output = Result<T, P::Error>>,
    {
        match self.inner.operation_timeout {
            None => run().await,
            Some(limit) => match tokio::time::timeout(limit, run()).await {
                Ok(r) => r,
                Err(_) => Err(P::Error::from(Error::Timeout {
                    path: req.path.clone().into_owned(),
                    after: limit,
                    attempts: attempts.load(Ordering::SeqCst),
                })),
            },
        }
    }

    /// The retry loop around credentials → gates → sign → send → interpret.
    async fn attempts<T, I>(
        &self,
        req: &Prepared,
        fixed: Option<&P::Credentials>,
        attempts: &AtomicU32,
        interpret: I,
    ) -> Result<T, P::Error>
    where
        I: Fn(RawResponse) -> Result<T, (P::Error, Option<ResponseMeta>)>,
    {
        let platform = &self.inner.platform;
        let recovered = AtomicBool::new(false);
        crate::retry(&self.inner.retry, req.idempotent, || async {
            loop {
                let number = attempts.fetch_add(1, Ordering::SeqCst) + 1;
                let owned;
                let creds = match fixed {
                    Some(c) => c,
                    None => {
                        owned = platform.credentials(self, req).await?;
                        &owned
                    }
                };
                platform.before_send(req).await?;
                if req.rate_limited {
                    if let Some(limiter) = &self.inner.limiter {
                        limiter.acquire().await;
                    }
                }
                let mut raw = req.to_request();
                platform.sign(req, creds, &mut raw)?;
                let started = Instant::now();
                let transport = &self.inner.transport;
                let limit = req
                    .max_response_bytes
                    .unwrap_or(transport.max_response_bytes());
                let outcome = match transport.send_limited(raw, limit).await {
                    Ok(resp) => {
                        tracing::info!(
                            platform = P::NAME,
                            method = %req.method,
                            path = %req.path,
                            status = resp.status.as_u16(),
                            latency_ms = started.elapsed().as_millis() as u64,
                            attempt = number,
                            "request"
                        );
                        interpret(resp)
                    }
                    Err(e) => {
                        tracing::info!(
                            platform = P::NAME,
                            method = %req.method,
                            path = %req.path,
                            error = %e,
                            latency_ms = started.elapsed().as_millis() as u64,
                            attempt = number,
                            "request failed"
                        );
                        Err((P::Error::from(e), None))
                    }
                };
                match outcome {
                    Ok(v) => return Ok(v),
                    Err((e, meta)) => {
                        if !recovered.load(Ordering::SeqCst)
                            && platform.recover(self, req, creds, &e, meta.as_ref()).await
                                == Recovery::RetryNow
                        {
                            recovered.store(true, Ordering::SeqCst);
                            continue;
                        }
                        return Err(e);
                    }
                }
            }
        })
        .await
    }
}

/// Interprets one response in the documented order (module docs, step 5): what every
/// platform's answers go through. Public so a platform crate can unit-test its
/// [`Platform`] against canned answers without a server.
pub fn interpret<P, T, D>(
    platform: &P,
    req: &Prepared,
    resp: RawResponse,
    decode: &D,
) -> Result<T, (P::Error, Option<ResponseMeta>)>
where
    P: Platform,
    D: Fn(&Envelope<'_>, &RawResponse) -> Result<T, P::Error>,
{
    let meta = |resp: &RawResponse| ResponseMeta {
        status: resp.status,
        headers: resp.headers.clone(),
    };
    let path = || req.path.clone().into_owned();
    if resp.status == StatusCode::TOO_MANY_REQUESTS {
        let e = Error::RateLimited {
            path: path(),
            retry_after: retry_after(&resp.headers),
            message: None,
        };
        return Err((e.into(), Some(meta(&resp))));
    }
    let parsed = Envelope::parse(&resp.body, &P::ENVELOPE);
    if let Ok(env) = &parsed {
        platform
            .check(req, env, &resp)
            .map_err(|e| (e, Some(meta(&resp))))?;
        if let Some(code) = env.code.filter(|c| !platform.is_success(*c)) {
            // A credential answer's message may quote what it carries: keep the code.
            let message = if req.sensitive_response {
                None
            } else {
                env.message.as_deref()
            };
            let e = ApiError::new(path(), P::Code::from_code(code), message, resp.status);
            return Err((e.into(), Some(meta(&resp))));
        }
    }
    if !resp.status.is_success() {
        let e = Error::Http {
            path: path(),
            status: resp.status,
            excerpt: body_excerpt(req, &resp.body),
        };
        return Err((e.into(), Some(meta(&resp))));
    }
    let env = match parsed {
        Ok(env) if env.code.is_none() && P::ENVELOPE.code_required => {
            let source = <serde_json::Error as serde::de::Error>::missing_field(
                P::ENVELOPE.code.first().copied().unwrap_or("code"),
            );
            return Err((decode_error(req, &resp.body, source), Some(meta(&resp))));
        }
        Ok(env) => env,
        Err(source) => {
            return Err((decode_error(req, &resp.body, source), Some(meta(&resp))));
        }
    };
    decode(&env, &resp).map_err(|e| (e, Some(meta(&resp))))
}

/// An answer that became an error, with its status and headers when there was an
/// answer (what [`interpret`] and [`interpret_payload`] return on failure).
pub type Failed<P> = (<P as Platform>::Error, Option<ResponseMeta>);

/// [`interpret`] for a payload type, with a fast road for the common answer: a 2xx
/// envelope whose code means success (or is absent where allowed) and that
/// [`Platform::needs_check`] lets through is decoded in one pass straight into `T`
/// ([`Envelope::decode_success`]: no raw payload kept, no message copied, nothing
/// parsed twice), after [`Platform::check`] saw its code and total. Every other answer
/// — errors, odd shapes, `null` members — takes [`interpret`] with `decode`, so both
/// roads give the same result. Returns the payload and the paging total.
pub fn interpret_payload<P, T, D>(
    platform: &P,
    req: &Prepared,
    resp: RawResponse,
    decode: &D,
) -> Result<(T, Option<u64>), Failed<P>>
where
    P: Platform,
    T: serde::de::DeserializeOwned,
    D: Fn(&Envelope<'_>, &RawResponse) -> Result<T, P::Error>,
{
    if resp.status.is_success() && !platform.needs_check(&resp.body) {
        if let Some(found) = Envelope::decode_success::<T>(&resp.body, &P::ENVELOPE) {
            let success = match found.code {
                Some(code) => platform.is_success(code),
                None => !P::ENVELOPE.code_required,
            };
            if success {
                let env = Envelope {
                    code: found.code,
                    total: found.total,
                    is_envelope: true,
                    ..Envelope::default()
                };
                if platform.check(req, &env, &resp).is_ok() {
                    return Ok((found.payload, found.total));
                }
            }
        }
    }
    let total = std::cell::Cell::new(None);
    let payload = interpret(
        platform,
        req,
        resp,
        &|env: &Envelope<'_>, resp: &RawResponse| {
            total.set(env.total);
            decode(env, resp)
        },
    )?;
    Ok((payload, total.get()))
}

/// The payload of a successful envelope decoded as `T`; a decode error names the path
/// and keeps a bounded excerpt (none for credential answers).
pub fn decode_payload<T, E>(req: &Prepared, env: &Envelope<'_>, resp: &RawResponse) -> Result<T, E>
where
    T: serde::de::DeserializeOwned,
    E: From<Error>,
{
    env.decode()
        .map_err(|source| decode_error(req, &resp.body, source))
}

/// A decode error for `req`'s response: a bounded excerpt of `body`, or none for a
/// credential answer.
pub fn decode_error<E: From<Error>>(req: &Prepared, body: &[u8], source: serde_json::Error) -> E {
    if req.sensitive_response {
        Error::decode_redacted(req.path.clone().into_owned(), source).into()
    } else {
        Error::decode(req.path.clone().into_owned(), body, source).into()
    }
}

fn body_excerpt(req: &Prepared, body: &[u8]) -> String {
    if req.sensitive_response {
        REDACTED_BODY.to_owned()
    } else {
        excerpt(body)
    }
}

/// Turns a page-sending function into a stream over every item of a paged request
/// (the one paginator: [`crate::paginate`] does the stop conditions).
pub fn paged<R, E, F, Fut>(request: R, opts: PaginateOptions, send: F) -> PageStream<R::Item, E>
where
    R: Paged,
    E: From<Error> + Send + 'static,
    F: Fn(R) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<R::Response, E>> + Send + 'static,
{
    paginate(opts, move |page| {
        let mut req = request.clone();
        req.set_page(page);
        let fut = send(req);
        async move { fut.await.map(R::into_page) }
    })
}
