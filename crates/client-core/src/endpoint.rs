//! [`Endpoint`]: one request struct per endpoint.

use bytes::Bytes;
use http::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::pagination::{Page, PageRequest};
use crate::Error;

/// Where a request struct's fields go on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// Serialized as a JSON body.
    Json,
    /// Serialized as the URL query string (`serde_urlencoded`); no body.
    Query,
    /// No parameters at all: no query and no body.
    Empty,
}

/// A request encoded once: these exact bytes are signed and sent on every attempt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Encoded {
    /// The query string without `?`, if any.
    pub query: Option<String>,
    /// The JSON body bytes, if any.
    pub body: Option<Bytes>,
}

/// A typed endpoint: the request struct knows its method, path and response type.
///
/// ```
/// use client_core::{BodyKind, Endpoint};
/// use serde::Serialize;
///
/// /// 获取企业列表 — list enterprises (MCS8 2.2.1)
/// #[derive(Debug, Clone, Serialize)]
/// #[serde(rename_all = "camelCase")]
/// struct EnterList { enter_id: i64, page: u32, page_size: u32 }
///
/// impl Endpoint for EnterList {
///     type Response = Vec<serde_json::Value>;
///     const METHOD: http::Method = http::Method::GET;
///     const PATH: &'static str = "/api/v1/EnterList";
///     const BODY: BodyKind = BodyKind::Query;
///     const IDEMPOTENT: bool = true;
/// }
///
/// let enc = EnterList { enter_id: 0, page: 1, page_size: 1000 }.encode().unwrap();
/// assert_eq!(enc.query.as_deref(), Some("enterId=0&page=1&pageSize=1000"));
/// assert!(enc.body.is_none());
/// ```
pub trait Endpoint: Serialize + Send + Sync {
    /// The decoded payload of a successful response (what the platform's envelope
    /// carries in its `result`/`data`/`Content` member).
    type Response: DeserializeOwned + Send + 'static;
    /// HTTP method.
    const METHOD: http::Method;
    /// Path, starting with `/`.
    const PATH: &'static str;
    /// Where the fields go. Defaults to a JSON body.
    const BODY: BodyKind = BodyKind::Json;
    /// `true` when repeating the request cannot change server state (reads), so it
    /// may be retried after a timeout or a 5xx. Defaults to `false`.
    const IDEMPOTENT: bool = false;
    /// `true` when the response carries credentials (a login token, a temporary
    /// secret key): no excerpt of its body is ever kept in an error or log.
    const SENSITIVE_RESPONSE: bool = false;
    /// A response size limit for this endpoint, when the seed documents answers
    /// larger than the client's default (MCS8 GPSListForlarge: 604,800 points).
    const MAX_RESPONSE_BYTES: Option<usize> = None;

    /// Client-side checks of documented ranges and lengths, run before anything is
    /// sent. Return [`Error::InvalidRequest`] naming the field and the allowed range.
    fn validate(&self) -> Result<(), Error> {
        Ok(())
    }

    /// Encodes the request once. The default follows [`Endpoint::BODY`].
    fn encode(&self) -> Result<Encoded, Error> {
        match Self::BODY {
            BodyKind::Json => {
                let body = serde_json::to_vec(self).map_err(|e| Error::Encode {
                    path: Self::PATH.into(),
                    message: e.to_string(),
                })?;
                Ok(Encoded {
                    query: None,
                    body: Some(Bytes::from(body)),
                })
            }
            BodyKind::Query => {
                let q = serde_urlencoded::to_string(self).map_err(|e| Error::Encode {
                    path: Self::PATH.into(),
                    message: e.to_string(),
                })?;
                Ok(Encoded {
                    query: (!q.is_empty()).then_some(q),
                    body: None,
                })
            }
            BodyKind::Empty => Ok(Encoded::default()),
        }
    }

    /// The method as a value (convenience for generic code).
    fn method(&self) -> Method {
        Self::METHOD
    }
}

/// A paged endpoint: knows how to ask for one page and how to read items and total
/// from its response. Platform clients turn it into a stream with
/// [`crate::paginate`].
///
/// ```
/// use client_core::{Endpoint, Page, PageRequest, Paged};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Clone, Serialize)]
/// #[serde(rename_all = "camelCase")]
/// struct ListPersons { page_num: u64, page_size: u32 }
///
/// #[derive(Debug, Clone, Deserialize)]
/// struct PersonPage { total: u64, list: Vec<String> }
///
/// impl Endpoint for ListPersons {
///     type Response = PersonPage;
///     const METHOD: http::Method = http::Method::POST;
///     const PATH: &'static str = "/v1/api/person/list";
///     const IDEMPOTENT: bool = true;
/// }
///
/// impl Paged for ListPersons {
///     type Item = String;
///     fn page_size(&self) -> u32 { self.page_size }
///     fn set_page(&mut self, page: PageRequest) { self.page_num = page.number(); self.page_size = page.size; }
///     fn into_page(resp: PersonPage) -> Page<String> { Page::new(resp.list, Some(resp.total)) }
/// }
///
/// let mut req = ListPersons { page_num: 1, page_size: 20 };
/// req.set_page(PageRequest { index: 2, size: 20 });
/// assert_eq!(req.page_num, 3);
/// ```
pub trait Paged: Endpoint + Clone + Send + 'static {
    /// The item type of the list.
    type Item: Clone + PartialEq + Send + 'static;

    /// The page size this request asks for (the caller's value, or the endpoint's
    /// documented default).
    fn page_size(&self) -> u32;

    /// Sets the page fields (`start`/`limit`, `pageNum`/`pageSize`, `page`/`pagesize`,
    /// `currPage`/`pageSize`…) for `page`.
    fn set_page(&mut self, page: PageRequest);

    /// Extracts the items and the total from a response.
    fn into_page(resp: Self::Response) -> Page<Self::Item>;
}

/// The answer of an operation whose response carries nothing the caller needs (the
/// seeds' 通用响应 / "no content"). Whatever payload the platform sends is accepted and
/// ignored — use the client's `raw` to see it.
///
/// ```
/// let _: client_core::Ack = serde_json::from_str("null").unwrap();
/// let _: client_core::Ack = serde_json::from_str(r#"{"anything":[1]}"#).unwrap();
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ack;

impl<'de> serde::Deserialize<'de> for Ack {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| Ack)
    }
}

impl Serialize for Ack {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

/// The one way to declare an endpoint: implements [`Endpoint`] for a request struct.
///
/// `client_core::endpoint!(Type => Response, METHOD "path", read|write [, flags…]);`
///
/// * `read` endpoints are idempotent (retried after timeouts and 5xx), `write` ones
///   are not;
/// * `GET` requests put their fields in the query, other methods in a JSON body;
/// * flags: `validate` (calls the request's inherent
///   `fn check(&self, path: &str) -> Result<(), client_core::Error>` before sending),
///   `sensitive` (the answer carries credentials: never excerpted in errors),
///   `empty` (no parameters at all: no query, no body), `query` (a non-GET request
///   whose fields go in the query).
///
/// Write `impl Endpoint` by hand only when an endpoint needs more (a custom
/// `encode`).
///
/// ```
/// use serde::Serialize;
///
/// /// 获取设备列表 — list devices.
/// #[derive(Debug, Clone, Serialize)]
/// #[serde(rename_all = "camelCase")]
/// pub struct DevList { pub group_id: i64 }
///
/// impl DevList {
///     fn check(&self, path: &str) -> Result<(), client_core::Error> {
///         client_core::validate::at_least(path, "groupId", self.group_id, 0)
///     }
/// }
///
/// client_core::endpoint!(DevList => Vec<String>, GET "/api/v1/DevList", read, validate);
///
/// use client_core::Endpoint;
/// assert_eq!(DevList::PATH, "/api/v1/DevList");
/// assert!(DevList::IDEMPOTENT);
/// assert_eq!(DevList { group_id: 7 }.encode().unwrap().query.as_deref(), Some("groupId=7"));
/// assert!(DevList { group_id: -1 }.validate().is_err());
/// ```
#[macro_export]
macro_rules! endpoint {
    ($ty:ty => $resp:ty, $m:ident $path:literal, $rw:ident $(, $flag:ident)* $(,)?) => {
        impl $crate::Endpoint for $ty {
            type Response = $resp;
            const METHOD: $crate::reexports::http::Method = $crate::reexports::http::Method::$m;
            const PATH: &'static str = $path;
            const BODY: $crate::BodyKind = $crate::endpoint!(@body $m [$($flag)*]);
            const IDEMPOTENT: bool = $crate::endpoint!(@rw $rw);
            const SENSITIVE_RESPONSE: bool = $crate::endpoint!(@has sensitive [$($flag)*]);
            $crate::endpoint!(@validate [$($flag)*]);
        }
        $crate::__register_endpoint!($ty);
    };
    (@rw read) => { true };
    (@rw write) => { false };
    (@body $m:ident [empty $($rest:ident)*]) => { $crate::BodyKind::Empty };
    (@body $m:ident [query $($rest:ident)*]) => { $crate::BodyKind::Query };
    (@body GET []) => { $crate::BodyKind::Query };
    (@body $m:ident []) => { $crate::BodyKind::Json };
    (@body $m:ident [$other:ident $($rest:ident)*]) => { $crate::endpoint!(@body $m [$($rest)*]) };
    (@has $f:ident []) => { false };
    (@has sensitive [sensitive $($rest:ident)*]) => { true };
    (@has $f:ident [$other:ident $($rest:ident)*]) => { $crate::endpoint!(@has $f [$($rest)*]) };
    (@validate []) => {};
    (@validate [validate $($rest:ident)*]) => {
        fn validate(&self) -> Result<(), $crate::Error> {
            self.check(<Self as $crate::Endpoint>::PATH)
        }
    };
    (@validate [$other:ident $($rest:ident)*]) => { $crate::endpoint!(@validate [$($rest)*]); };
}

/// The registry of every endpoint declared with [`endpoint!`] (feature `registry`):
/// tools such as the `anfang` command line list them and build requests from JSON.
///
/// Each [`endpoint!`] invocation submits one [`Registered`](registry::Registered) entry at compile time
/// (through the `inventory` crate), so endpoints added later appear without any hand
/// edit; an `impl Endpoint` written by hand registers itself with
/// [`register_endpoint!`](crate::register_endpoint).
///
/// ```
/// # #[cfg(feature = "registry")] {
/// /// 获取设备列表 — list devices (doc example).
/// #[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
/// #[serde(rename_all = "camelCase")]
/// pub struct DocDevList { pub group_id: i64 }
/// client_core::endpoint!(DocDevList => Vec<String>, GET "/api/v1/DocDevList", read);
///
/// let entry = client_core::endpoint::registry::all()
///     .find(|e| e.type_name == "DocDevList")
///     .unwrap();
/// assert_eq!((entry.method)(), http::Method::GET);
/// let prepared = (entry.prepare)(serde_json::json!({"groupId": 7})).unwrap();
/// assert_eq!(prepared.query.as_deref(), Some("groupId=7"));
/// # }
/// ```
#[cfg(feature = "registry")]
#[cfg_attr(docsrs, doc(cfg(feature = "registry")))]
pub mod registry {
    use std::marker::PhantomData;

    use serde::de::DeserializeOwned;
    use serde::Serialize;

    use crate::{Endpoint, Error, Page, PageRequest, Paged, Prepared};

    #[doc(hidden)]
    pub use inventory as __inventory;

    /// One registered endpoint.
    #[derive(Debug, Clone, Copy)]
    pub struct Registered {
        /// The package that declared it (`tums-client`, `mcs8-client`…).
        pub crate_name: &'static str,
        /// The module that declared it (`tums_client::api::region`).
        pub module: &'static str,
        /// The request type's name as written at the declaration (`AddRegion`).
        pub type_name: &'static str,
        /// HTTP method (a function: `http::Method` cannot be built in a `static`).
        pub method: fn() -> http::Method,
        /// Path, starting with `/`.
        pub path: &'static str,
        /// Where the fields go.
        pub body: crate::BodyKind,
        /// Safe to repeat ([`Endpoint::IDEMPOTENT`]).
        pub idempotent: bool,
        /// The answer carries credentials ([`Endpoint::SENSITIVE_RESPONSE`]).
        pub sensitive: bool,
        /// Deserializes the request from JSON (the wire member names), validates it
        /// and encodes it. Errors with [`Error::InvalidRequest`] for JSON that is not
        /// this request, or a request type that cannot be read from JSON.
        pub prepare: fn(serde_json::Value) -> Result<Prepared, Error>,
        /// The paging operations, when the request type implements [`Paged`] (and its
        /// items are serializable).
        pub paged: fn() -> Option<PagedOps>,
    }

    /// What a paged endpoint adds: ask for one page, read one page.
    #[derive(Debug, Clone, Copy)]
    pub struct PagedOps {
        /// The page size the request (as JSON) asks for ([`Paged::page_size`]).
        pub page_size: fn(&serde_json::Value) -> Result<u32, Error>,
        /// The request (as JSON) for one page, validated and encoded
        /// ([`Paged::set_page`]).
        pub prepare_page: fn(&serde_json::Value, PageRequest) -> Result<Prepared, Error>,
        /// The items and total of one answer's payload ([`Paged::into_page`]), the
        /// items as JSON.
        pub into_page: fn(serde_json::Value) -> Result<Page<serde_json::Value>, Error>,
    }

    inventory::collect!(Registered);

    /// Every registered endpoint, in no particular order.
    pub fn all() -> impl Iterator<Item = &'static Registered> {
        inventory::iter::<Registered>.into_iter()
    }

    /// A probe for the request type `T`, used by [`endpoint!`](crate::endpoint) to
    /// find which capabilities `T` has (autoref specialization).
    #[doc(hidden)]
    pub struct Probe<T>(PhantomData<T>);

    impl<T> Probe<T> {
        #[doc(hidden)]
        pub const fn new() -> Self {
            Self(PhantomData)
        }
    }

    fn invalid(path: &str, e: impl std::fmt::Display) -> Error {
        Error::InvalidRequest {
            path: path.to_owned(),
            message: e.to_string(),
        }
    }

    fn from_json<T: Endpoint + DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
        serde_json::from_value(value)
            .map_err(|e| invalid(T::PATH, format!("not a valid request: {e}")))
    }

    #[doc(hidden)]
    pub trait BuildFromJson {
        fn prepare(&self, value: serde_json::Value) -> Result<Prepared, Error>;
    }

    impl<T: Endpoint + DeserializeOwned> BuildFromJson for Probe<T> {
        fn prepare(&self, value: serde_json::Value) -> Result<Prepared, Error> {
            Prepared::from_endpoint(&from_json::<T>(value)?)
        }
    }

    #[doc(hidden)]
    pub trait CannotBuildFromJson {
        fn prepare(&self, value: serde_json::Value) -> Result<Prepared, Error>;
    }

    impl<T: Endpoint> CannotBuildFromJson for &Probe<T> {
        fn prepare(&self, _value: serde_json::Value) -> Result<Prepared, Error> {
            Err(invalid(
                T::PATH,
                "this request type cannot be built from JSON (it does not implement Deserialize)",
            ))
        }
    }

    #[doc(hidden)]
    pub trait HasPages {
        fn paged(&self) -> Option<PagedOps>;
    }

    impl<T> HasPages for Probe<T>
    where
        T: Paged + DeserializeOwned,
        T::Item: Serialize,
    {
        fn paged(&self) -> Option<PagedOps> {
            Some(PagedOps {
                page_size: |v| Ok(from_json::<T>(v.clone())?.page_size()),
                prepare_page: |v, page| {
                    let mut req = from_json::<T>(v.clone())?;
                    req.set_page(page);
                    Prepared::from_endpoint(&req)
                },
                into_page: |payload| {
                    let resp: T::Response =
                        serde_json::from_value(payload).map_err(|e| Error::Decode {
                            path: T::PATH.to_owned(),
                            excerpt: String::new(),
                            source: e,
                        })?;
                    let page = T::into_page(resp);
                    let items = page
                        .items
                        .iter()
                        .map(serde_json::to_value)
                        .collect::<Result<Vec<_>, _>>()
                        .map_err(|e| Error::Decode {
                            path: T::PATH.to_owned(),
                            excerpt: String::new(),
                            source: e,
                        })?;
                    Ok(Page::new(items, page.total))
                },
            })
        }
    }

    #[doc(hidden)]
    pub trait NoPages {
        fn paged(&self) -> Option<PagedOps>;
    }

    impl<T> NoPages for &Probe<T> {
        fn paged(&self) -> Option<PagedOps> {
            None
        }
    }
}

/// Registers a hand-written [`Endpoint`] implementation in the
/// endpoint registry (`client_core::endpoint::registry`, feature `registry`; without
/// it, nothing).
/// [`endpoint!`] does this itself.
///
/// ```
/// use client_core::{BodyKind, Endpoint};
///
/// /// 自定义编码 — an endpoint with a custom `encode` (doc example).
/// #[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
/// pub struct Custom { pub id: u32 }
/// impl Endpoint for Custom {
///     type Response = client_core::Ack;
///     const METHOD: http::Method = http::Method::POST;
///     const PATH: &'static str = "/custom";
/// }
/// client_core::register_endpoint!(Custom);
/// ```
#[macro_export]
macro_rules! register_endpoint {
    ($ty:ty) => {
        $crate::__register_endpoint!($ty);
    };
}

#[cfg(feature = "registry")]
#[doc(hidden)]
#[macro_export]
macro_rules! __register_endpoint {
    ($ty:ty) => {
        const _: () = {
            #[allow(unused_imports)]
            use $crate::endpoint::registry::{
                BuildFromJson as _, CannotBuildFromJson as _, HasPages as _, NoPages as _,
            };
            fn prepare(
                value: $crate::reexports::serde_json::Value,
            ) -> ::core::result::Result<$crate::Prepared, $crate::Error> {
                (&$crate::endpoint::registry::Probe::<$ty>::new()).prepare(value)
            }
            fn paged() -> ::core::option::Option<$crate::endpoint::registry::PagedOps> {
                (&$crate::endpoint::registry::Probe::<$ty>::new()).paged()
            }
            $crate::endpoint::registry::__inventory::submit! {
                $crate::endpoint::registry::Registered {
                    crate_name: env!("CARGO_PKG_NAME"),
                    module: module_path!(),
                    type_name: stringify!($ty),
                    method: || <$ty as $crate::Endpoint>::METHOD,
                    path: <$ty as $crate::Endpoint>::PATH,
                    body: <$ty as $crate::Endpoint>::BODY,
                    idempotent: <$ty as $crate::Endpoint>::IDEMPOTENT,
                    sensitive: <$ty as $crate::Endpoint>::SENSITIVE_RESPONSE,
                    prepare,
                    paged,
                }
            }
        };
    };
}

#[cfg(not(feature = "registry"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __register_endpoint {
    ($ty:ty) => {};
}
