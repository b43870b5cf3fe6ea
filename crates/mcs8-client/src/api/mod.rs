//! Every endpoint of the seed as a typed request struct implementing
//! [`client_core::Endpoint`] (GET → query string, POST → JSON body), grouped as the
//! seed groups them. List endpoints also implement [`client_core::Paged`], with the
//! page size the seed documents as their default (`DEFAULT_PAGE_SIZE`).

pub mod ai;
pub mod app;
pub mod auth;
pub mod data;
pub mod ext;
pub mod org;

/// Implements `Endpoint` for a request struct: GET → `BodyKind::Query`, POST → `Json`.
macro_rules! endpoint {
    ($ty:ty, GET $path:literal => $resp:ty, read) => {
        $crate::api::endpoint!(@impl $ty, GET, Query, $path, $resp, true);
    };
    ($ty:ty, GET $path:literal => $resp:ty, write) => {
        $crate::api::endpoint!(@impl $ty, GET, Query, $path, $resp, false);
    };
    ($ty:ty, POST $path:literal => $resp:ty, read) => {
        $crate::api::endpoint!(@impl $ty, POST, Json, $path, $resp, true);
    };
    ($ty:ty, POST $path:literal => $resp:ty, write) => {
        $crate::api::endpoint!(@impl $ty, POST, Json, $path, $resp, false);
    };
    ($ty:ty, GET $path:literal => $resp:ty, read, validate = $v:path) => {
        $crate::api::endpoint!(@impl $ty, GET, Query, $path, $resp, true, $v);
    };
    ($ty:ty, GET $path:literal => $resp:ty, write, validate = $v:path) => {
        $crate::api::endpoint!(@impl $ty, GET, Query, $path, $resp, false, $v);
    };
    ($ty:ty, POST $path:literal => $resp:ty, read, validate = $v:path) => {
        $crate::api::endpoint!(@impl $ty, POST, Json, $path, $resp, true, $v);
    };
    ($ty:ty, POST $path:literal => $resp:ty, write, validate = $v:path) => {
        $crate::api::endpoint!(@impl $ty, POST, Json, $path, $resp, false, $v);
    };
    (@impl $ty:ty, $m:ident, $body:ident, $path:literal, $resp:ty, $idem:expr) => {
        impl client_core::Endpoint for $ty {
            type Response = $resp;
            const METHOD: http::Method = http::Method::$m;
            const PATH: &'static str = $path;
            const BODY: client_core::BodyKind = client_core::BodyKind::$body;
            const IDEMPOTENT: bool = $idem;
        }
    };
    (@impl $ty:ty, $m:ident, $body:ident, $path:literal, $resp:ty, $idem:expr, $v:path) => {
        impl client_core::Endpoint for $ty {
            type Response = $resp;
            const METHOD: http::Method = http::Method::$m;
            const PATH: &'static str = $path;
            const BODY: client_core::BodyKind = client_core::BodyKind::$body;
            const IDEMPOTENT: bool = $idem;
            fn validate(&self) -> Result<(), client_core::Error> {
                $v(self, <Self as client_core::Endpoint>::PATH)
            }
        }
    };
}

/// Implements `Paged` for a list request with `page: Option<u64>` and
/// `page_size: Option<u32>` fields whose response is `Listing<$item>`.
macro_rules! paged {
    ($ty:ty, $item:ty, $default:expr) => {
        impl client_core::Paged for $ty {
            type Item = $item;
            fn page_size(&self) -> u32 {
                self.page_size.unwrap_or($default)
            }
            fn set_page(&mut self, page: client_core::PageRequest) {
                self.page = Some(page.number());
                self.page_size = Some(page.size);
            }
            fn into_page(resp: $crate::Listing<$item>) -> client_core::Page<$item> {
                client_core::Page::new(resp.items, resp.total)
            }
        }

        impl $ty {
            /// The page size the seed documents as this endpoint's default.
            pub const DEFAULT_PAGE_SIZE: u32 = $default;
        }
    };
}

pub(crate) use endpoint;
pub(crate) use paged;

/// Shared request checks.
pub(crate) mod check {
    use client_core::Error;

    /// A page size, when given, is at least 1; a page number at least 1.
    pub fn page(path: &str, page: Option<u64>, size: Option<u32>) -> Result<(), Error> {
        if page == Some(0) {
            return Err(Error::invalid(path, "page is 1-based: must be >= 1, got 0"));
        }
        if size == Some(0) {
            return Err(Error::invalid(path, "page size must be >= 1, got 0"));
        }
        Ok(())
    }

    /// A required text member is not blank.
    pub fn required(path: &str, field: &str, value: &str) -> Result<(), Error> {
        if value.trim().is_empty() {
            return Err(Error::invalid(
                path,
                format!("{field} is required and must not be empty"),
            ));
        }
        Ok(())
    }

    /// `st` is not after `et`.
    pub fn range(path: &str, st: &crate::QueryTime, et: &crate::QueryTime) -> Result<(), Error> {
        if st.as_datetime() > et.as_datetime() {
            return Err(Error::invalid(
                path,
                format!("st ({st}) must not be after et ({et})"),
            ));
        }
        Ok(())
    }
}
