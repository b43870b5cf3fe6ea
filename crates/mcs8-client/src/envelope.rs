//! The response envelope, decoded leniently and in one place.
//!
//! # The reading implemented
//!
//! The seed (1.6 请求和返回参数类型) announces two common response formats — ① and ②
//! "带分页信息" (with paging information) — but both figures were images and are lost.
//! It warns that "①和②错误码、内容等属性名称不一致" (the code and content members are
//! named differently in ① and ②). The only printed envelope is 2.30.7's
//! `{"Content": {…}, "Result": 200, "Message": null}`. So this module accepts:
//!
//! | member | keys accepted (case-insensitive, trimmed) |
//! |---|---|
//! | result code | `Result`, `code`, `errcode`, `error_code`, `resultCode` (an integer or numeric string; a non-numeric `result` is taken as the content) |
//! | message | `Message`, `msg`, `errmsg`, `error_msg` |
//! | content | `Content`, `data`, `rows`, `list` (the first one present wins) |
//! | paging total | `count`, `total`, `totalCount`, `total_count`, `records` |
//!
//! * format ① — `{"Result": 200, "Message": …, "Content": …}`;
//! * format ② — `{"code": 0, "msg": …, "count": n, "data": […]}` and its PascalCase /
//!   `total` / `Data` variants;
//! * a **bare** payload (a JSON array, or an object with none of the members above) is
//!   taken as the content of a successful answer — the seed never says whether the
//!   login response (2.1.1) is wrapped.
//!
//! A.1 lists both `0` and `200` as 操作成功 (success); an answer without a code but with
//! content is a success too. Every other code becomes [`crate::Error::Api`] with its
//! typed [`crate::ErrorCode`], even when the HTTP status is not 2xx. A non-2xx answer
//! without a code becomes the shared HTTP error (HTML error pages survive as an
//! excerpt). HTTP 429 becomes the shared `RateLimited` error with the server's
//! `Retry-After`.
//!
//! The reading is declared once as [`KEYS`] and done by the shared
//! [`client_core::envelope::Envelope`] reader in the request pipeline: the envelope is
//! scanned once with borrowed raw slices, never through an intermediate
//! `serde_json::Value`, so a 604,800-point GPS answer is parsed once. [`Envelope`] is the escape hatch that keeps everything, key spellings
//! included ([`crate::Client::raw`]).

use std::fmt;
use std::marker::PhantomData;

use client_core::envelope::int_of;
use http::StatusCode;
use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, ErrorCode};

pub use client_core::Ack;

/// The MCS8 envelope members, as the shared reader takes them (see the module docs):
/// bare payloads accepted, a non-numeric `result` taken as the content, and an answer
/// without a code taken as success.
pub const KEYS: client_core::EnvelopeKeys = client_core::EnvelopeKeys::new(
    &["Result", "code", "errcode", "error_code", "resultCode"],
    &["Message", "msg", "errmsg", "error_msg"],
    &["Content", "data", "rows", "list"],
)
.with_total(&["count", "total", "totalCount", "total_count", "records"])
.lenient();

/// Which envelope member a key names (for [`Envelope`]'s own reading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Code,
    Message,
    Content,
    Total,
    Other,
}

fn classify(key: &str) -> Slot {
    let is = |names: &[&str]| names.iter().any(|n| key.trim().eq_ignore_ascii_case(n));
    if is(KEYS.code) {
        Slot::Code
    } else if is(KEYS.message) {
        Slot::Message
    } else if is(KEYS.payload) {
        Slot::Content
    } else if is(KEYS.total) {
        Slot::Total
    } else {
        Slot::Other
    }
}

/// A response payload: what an endpoint's `Content`/`data` decodes into.
///
/// The one extra duty: paged lists receive the envelope's paging total
/// (format ② `count`/`total`), which lives beside the content rather than in it.
/// Implement it (with the default body) for your own types when you add an endpoint
/// the crate does not know yet.
pub trait Payload: DeserializeOwned + Send + 'static {
    /// Receives the envelope's total, if the envelope carried one.
    fn absorb_total(&mut self, total: Option<u64>) {
        let _ = total;
    }
}

impl<T: DeserializeOwned + Send + 'static> Payload for Vec<T> {}

impl Payload for Ack {}

/// One page of a list answer: the items plus the paging total when the platform sends
/// one (format ② `count`, or a `{list, total}` object inside the content).
///
/// Decodes from a JSON array, from `null` (no items), or from an object holding the
/// items under `list`/`rows`/`data`/`items`/`records`/`content` and the total under
/// `total`/`count`/`totalCount` (keys case-insensitive). Encodes as the plain array.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The total number of items across all pages, when reported.
    pub total: Option<u64>,
}

impl<T> Default for Listing<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            total: None,
        }
    }
}

impl<T> Listing<T> {
    /// Number of items on this page.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// `true` when the page has no item.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> IntoIterator for Listing<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<T: DeserializeOwned + Send + 'static> Payload for Listing<T> {
    fn absorb_total(&mut self, total: Option<u64>) {
        if total.is_some() {
            self.total = total;
        }
    }
}

impl<T: Serialize> Serialize for Listing<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Listing<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Listing<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list (array, null, or an object with list and total)")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Listing<T>, E> {
                Ok(Listing {
                    items: Vec::new(),
                    total: None,
                })
            }
            fn visit_none<E: de::Error>(self) -> Result<Listing<T>, E> {
                self.visit_unit()
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Listing<T>, A::Error> {
                let items = Vec::<T>::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Listing { items, total: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Listing<T>, A::Error> {
                let mut items = None;
                let mut total = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.trim().to_ascii_lowercase().as_str() {
                        "list" | "rows" | "data" | "items" | "records" | "content"
                            if items.is_none() =>
                        {
                            items = Some(map.next_value::<Option<Vec<T>>>()?.unwrap_or_default());
                        }
                        "total" | "count" | "totalcount" | "total_count" => {
                            let v: client_core::lenient::Scalar = map.next_value()?;
                            total = int_of(&v.to_string()).and_then(|n| u64::try_from(n).ok());
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Listing {
                    items: items.unwrap_or_default(),
                    total,
                })
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// Which of the seed's two formats an envelope used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvelopeFormat {
    /// 通用格式① — `{"Result", "Message", "Content"}` (2.30.7).
    Result,
    /// 通用格式② — with paging information (`{code, msg, count, data}` and variants).
    Paged,
    /// No envelope: the body is the payload itself.
    Bare,
}

/// The key spellings an envelope used, so [`Envelope`] re-encodes exactly what it
/// received.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeySpellings {
    /// The code member's key (`Result`, `code`…), if present.
    pub code: Option<String>,
    /// The message member's key (`Message`, `msg`…), if present.
    pub message: Option<String>,
    /// The content member's key (`Content`, `data`…), if present.
    pub content: Option<String>,
    /// The total member's key (`count`, `total`…), if present.
    pub total: Option<String>,
}

/// A decoded response envelope with everything kept — the raw escape hatch
/// ([`crate::Client::raw`]) and the type the envelope fixtures round-trip through.
///
/// `T` is the content type; use `serde_json::Value` for "anything" (the content of an
/// undocumented envelope is free-form by definition).
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<T> {
    /// 错误码 — the result code (`Result`/`code`), if any.
    pub code: Option<i64>,
    /// 消息 — the message (`Message`/`msg`), if any.
    pub message: Option<String>,
    /// 内容 — the content (`Content`/`data`), if any.
    pub content: Option<T>,
    /// 总数 — the paging total of format ② (`count`/`total`), if any.
    pub total: Option<u64>,
    /// The key spellings used.
    pub keys: KeySpellings,
    /// Members this SDK does not interpret (free-form by definition), kept as received.
    pub extra: Map<String, Value>,
}

impl<T> Envelope<T> {
    /// The typed result code (`None` when the envelope carried none).
    pub fn error_code(&self) -> Option<ErrorCode> {
        self.code.map(ErrorCode::from_code)
    }

    /// `true` when the code is 0 or 200, or absent.
    pub fn is_success(&self) -> bool {
        self.error_code().map_or(true, |c| c.is_success())
    }

    /// Which format the envelope used: ② when it carries a total or lower-case
    /// `code`/`data` keys, ① when it used `Result`/`Content`, bare when it had no
    /// envelope member.
    pub fn format(&self) -> EnvelopeFormat {
        let k = &self.keys;
        if k.code.is_none() && k.message.is_none() && k.content.is_none() {
            return EnvelopeFormat::Bare;
        }
        let is = |key: &Option<String>, name: &str| {
            key.as_deref()
                .is_some_and(|s| s.trim().eq_ignore_ascii_case(name))
        };
        if k.total.is_some() || is(&k.code, "code") || is(&k.content, "data") {
            EnvelopeFormat::Paged
        } else {
            EnvelopeFormat::Result
        }
    }
}

impl<T: Serialize> Serialize for Envelope<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(code) = self.code {
            m.serialize_entry(self.keys.code.as_deref().unwrap_or("Result"), &code)?;
        }
        if self.message.is_some() || self.keys.message.is_some() {
            m.serialize_entry(
                self.keys.message.as_deref().unwrap_or("Message"),
                &self.message,
            )?;
        }
        if self.content.is_some() || self.keys.content.is_some() {
            m.serialize_entry(
                self.keys.content.as_deref().unwrap_or("Content"),
                &self.content,
            )?;
        }
        if let Some(total) = self.total {
            m.serialize_entry(self.keys.total.as_deref().unwrap_or("count"), &total)?;
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Envelope<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = Envelope<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a response envelope object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope<T>, A::Error> {
                let mut env = Envelope {
                    code: None,
                    message: None,
                    content: None,
                    total: None,
                    keys: KeySpellings::default(),
                    extra: Map::new(),
                };
                let content_of = |v: Value| T::deserialize(v).map_err(de::Error::custom);
                let mut result_content: Option<(String, Value)> = None;
                while let Some(key) = map.next_key::<String>()? {
                    let v: Value = map.next_value()?;
                    match classify(&key) {
                        Slot::Code if env.keys.code.is_none() => match int_of(&v.to_string()) {
                            Some(n) => {
                                env.code = Some(n);
                                env.keys.code = Some(key);
                            }
                            None if !v.is_null() => {
                                result_content = Some((key, v));
                            }
                            None => {
                                env.extra.insert(key, v);
                            }
                        },
                        Slot::Message if env.keys.message.is_none() => {
                            env.message = match v {
                                Value::Null => None,
                                Value::String(s) => Some(s),
                                other => Some(other.to_string()),
                            };
                            env.keys.message = Some(key);
                        }
                        Slot::Content if env.keys.content.is_none() => {
                            env.content = if v.is_null() {
                                None
                            } else {
                                Some(content_of(v)?)
                            };
                            env.keys.content = Some(key);
                        }
                        Slot::Total if env.keys.total.is_none() => {
                            match int_of(&v.to_string()).and_then(|n| u64::try_from(n).ok()) {
                                Some(n) => {
                                    env.total = Some(n);
                                    env.keys.total = Some(key);
                                }
                                None => {
                                    env.extra.insert(key, v);
                                }
                            }
                        }
                        _ => {
                            env.extra.insert(key, v);
                        }
                    }
                }
                if let Some((key, v)) = result_content {
                    if env.keys.content.is_none() {
                        env.content = Some(content_of(v)?);
                        env.keys.content = Some(key);
                    } else {
                        env.extra.insert(key, v);
                    }
                }
                Ok(env)
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

/// The paths whose answers carry credentials (the endpoints declared `sensitive`):
/// 2.1.1 登录 and 2.1.3 刷新 (access and refresh tokens), 2.30.7 人脸登录 (token), and the
/// lists whose entities carry passwords (B.1 `enterPassword`, B.2.1 `serverPwd`, B.3
/// `password`). No error about one of their answers keeps an excerpt of the body or a
/// value quoted by the JSON parser.
///
/// The paths are spelled out so that this reader does not depend on the endpoint
/// modules; a unit test in `api` checks them against the endpoints' own.
pub const SENSITIVE_PATHS: &[&str] = &[
    "/api/v1/auth/Token",
    "/api/v1/auth/RefreshToken",
    "/aiapi/faceApi/faceLoginByImg",
    "/api/v1/EnterList",
    "/api/v1/GroupList",
    "/api/v1/DevList",
];

/// `true` when `path` is one of [`SENSITIVE_PATHS`].
pub fn is_sensitive_path(path: &str) -> bool {
    SENSITIVE_PATHS.contains(&path)
}

/// A decode error that keeps neither an excerpt of the body nor the parser's own
/// message, only the kind of failure and where it happened
/// ([`client_core::Error::decode_redacted`]).
pub(crate) fn redacted_decode_error(path: &str, e: serde_json::Error) -> client_core::Error {
    client_core::Error::decode_redacted(path, e)
}

/// The decode error for `path`: redacted for a credential answer, else with a bounded
/// excerpt.
fn decode_error(path: &str, sensitive: bool, body: &[u8], e: serde_json::Error) -> Error {
    if sensitive || is_sensitive_path(path) {
        redacted_decode_error(path, e).into()
    } else {
        client_core::Error::decode(path, body, e).into()
    }
}

/// The HTTP-status error for `path`: no excerpt of a credential answer.
fn http_error(path: &str, sensitive: bool, status: StatusCode, body: &[u8]) -> Error {
    let excerpt = if sensitive || is_sensitive_path(path) {
        client_core::error::REDACTED_BODY.to_owned()
    } else {
        client_core::excerpt(body)
    };
    client_core::Error::Http {
        path: path.to_owned(),
        status,
        excerpt,
    }
    .into()
}

/// Decodes a response body into a payload the way the client does (see the module
/// docs for the reading), for bodies obtained some other way.
///
/// ```
/// use mcs8_client::{envelope, Ack, ErrorCode, Error};
/// let ok: Ack = envelope::decode("/x", http::StatusCode::OK, br#"{"Result":200,"Message":null,"Content":null}"#).unwrap();
/// assert_eq!(ok, Ack);
/// let err = envelope::decode::<Ack>("/x", http::StatusCode::OK, br#"{"code":404,"msg":"missing"}"#).unwrap_err();
/// assert_eq!(err.code(), Some(ErrorCode::NotFound));
/// ```
pub fn decode<T: Payload>(path: &str, status: StatusCode, body: &[u8]) -> Result<T, Error> {
    if status == StatusCode::TOO_MANY_REQUESTS {
        return Err(client_core::Error::RateLimited {
            path: path.to_owned(),
            retry_after: None,
            message: None,
        }
        .into());
    }
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        &b"null"[..]
    } else {
        body
    };
    let parsed = client_core::Envelope::parse(body, &KEYS);
    if let Ok(env) = &parsed {
        if let Some(code) = env.code.map(ErrorCode::from_code) {
            if !code.is_success() {
                let message = env.message.as_deref();
                return Err(client_core::ApiError::new(path, code, message, status).into());
            }
        }
    }
    if !status.is_success() {
        return Err(http_error(path, false, status, body));
    }
    let env = parsed.map_err(|e| decode_error(path, false, body, e))?;
    let mut payload: T = env
        .decode()
        .map_err(|e| decode_error(path, false, body, e))?;
    payload.absorb_total(env.total);
    Ok(payload)
}

/// Decodes a body into the raw [`Envelope`] (a bare payload becomes an envelope with
/// only `content`). Errors about a credential answer ([`SENSITIVE_PATHS`]) keep no
/// excerpt.
pub fn decode_raw(path: &str, status: StatusCode, body: &[u8]) -> Result<Envelope<Value>, Error> {
    decode_raw_as(path, false, status, body)
}

/// [`decode_raw`], redacted also when the request was marked `sensitive`.
pub(crate) fn decode_raw_as(
    path: &str,
    sensitive: bool,
    status: StatusCode,
    body: &[u8],
) -> Result<Envelope<Value>, Error> {
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            if !status.is_success() {
                return Err(http_error(path, sensitive, status, body));
            }
            return Err(decode_error(path, sensitive, body, e));
        }
    };
    if let Value::Object(_) = &value {
        let env: Envelope<Value> = serde_json::from_value(value.clone())
            .map_err(|e| decode_error(path, sensitive, body, e))?;
        if env.format() != EnvelopeFormat::Bare {
            return Ok(env);
        }
    }
    Ok(Envelope {
        code: None,
        message: None,
        content: Some(value),
        total: None,
        keys: KeySpellings::default(),
        extra: Map::new(),
    })
}
