//! Request helpers shared by the api modules: the `Endpoint`/`Paged` impl macros for
//! POST JSON requests and the client-side checks of documented ranges.

use chrono::{DateTime, Utc};
use client_core::Error;

/// Implements [`client_core::Endpoint`] for a POST JSON request of this crate.
macro_rules! post_endpoint {
    ($req:ty => $resp:ty, $path:literal, read) => {
        impl client_core::Endpoint for $req {
            type Response = $resp;
            const METHOD: http::Method = http::Method::POST;
            const PATH: &'static str = $path;
            const IDEMPOTENT: bool = true;
        }
    };
    ($req:ty => $resp:ty, $path:literal, write) => {
        impl client_core::Endpoint for $req {
            type Response = $resp;
            const METHOD: http::Method = http::Method::POST;
            const PATH: &'static str = $path;
            const IDEMPOTENT: bool = false;
        }
    };
    ($req:ty => $resp:ty, $path:literal, read, validate) => {
        impl client_core::Endpoint for $req {
            type Response = $resp;
            const METHOD: http::Method = http::Method::POST;
            const PATH: &'static str = $path;
            const IDEMPOTENT: bool = true;
            fn validate(&self) -> Result<(), client_core::Error> {
                self.check(<Self as client_core::Endpoint>::PATH)
            }
        }
    };
    ($req:ty => $resp:ty, $path:literal, write, validate) => {
        impl client_core::Endpoint for $req {
            type Response = $resp;
            const METHOD: http::Method = http::Method::POST;
            const PATH: &'static str = $path;
            const IDEMPOTENT: bool = false;
            fn validate(&self) -> Result<(), client_core::Error> {
                self.check(<Self as client_core::Endpoint>::PATH)
            }
        }
    };
}

/// Implements [`client_core::Paged`] for a request whose response is a
/// [`PageData`](crate::envelope::PageData) and whose paging fields are
/// `page_num: Option<u64>` (or, with a trailing `curr_page`, `curr_page: Option<u64>`)
/// and `page_size: Option<u32>`; `$default` is the documented default page size.
macro_rules! impl_paged {
    ($req:ty, $item:ty, $default:expr) => {
        $crate::api::util::impl_paged!($req, $item, $default, page_num);
    };
    ($req:ty, $item:ty, $default:expr, $page_field:ident) => {
        impl client_core::Paged for $req {
            type Item = $item;
            fn page_size(&self) -> u32 {
                self.page_size.unwrap_or($default)
            }
            fn set_page(&mut self, page: client_core::PageRequest) {
                self.$page_field = Some(page.number());
                self.page_size = Some(page.size);
            }
            fn into_page(resp: crate::envelope::PageData<$item>) -> client_core::Page<$item> {
                resp.into_page()
            }
        }
    };
}

pub(crate) use {impl_paged, post_endpoint};

/// Checks that `value` has `min..=max` characters.
pub(crate) fn check_chars(
    path: &str,
    field: &str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    let n = value.chars().count();
    if n < min || n > max {
        return Err(Error::invalid(
            path,
            format!("{field} must be {min}..={max} characters, got {n}"),
        ));
    }
    Ok(())
}

/// [`check_chars`] for an optional value (absent passes).
pub(crate) fn check_opt_chars(
    path: &str,
    field: &str,
    value: &Option<String>,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    match value {
        Some(v) => check_chars(path, field, v, min, max),
        None => Ok(()),
    }
}

/// Checks that a required string is not blank (`"{field} is required"`).
pub(crate) fn check_required(path: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        return Err(Error::invalid(path, format!("{field} is required")));
    }
    Ok(())
}

/// Checks a name of `min..=max` characters made only of Chinese characters, letters
/// and digits (the rule names' 支持中文、英文、数字).
pub(crate) fn check_alnum_name(
    path: &str,
    field: &str,
    name: &str,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    check_chars(path, field, name, min, max)?;
    if let Some(c) = name.chars().find(|c| !c.is_alphanumeric()) {
        return Err(Error::invalid(
            path,
            format!("{field} may contain only Chinese characters, letters and digits, got {c:?}"),
        ));
    }
    Ok(())
}

/// Checks that a required list is not empty.
pub(crate) fn check_non_empty<T>(path: &str, field: &str, list: &[T]) -> Result<(), Error> {
    if list.is_empty() {
        return Err(Error::invalid(path, format!("{field} must not be empty")));
    }
    Ok(())
}

/// Checks that an optional page number/size is at least 1 (the box rejects ≤ 0).
/// Works for the unsigned and the signed paging fields alike.
pub(crate) fn check_page<N, S>(
    path: &str,
    page_num: Option<N>,
    page_size: Option<S>,
) -> Result<(), Error>
where
    N: Into<i128> + Copy,
    S: Into<i128> + Copy,
{
    if let Some(n) = page_num.map(Into::into) {
        if n < 1 {
            return Err(Error::invalid(
                path,
                format!("pageNum must be >= 1, got {n}"),
            ));
        }
    }
    if let Some(s) = page_size.map(Into::into) {
        if s < 1 {
            return Err(Error::invalid(
                path,
                format!("pageSize must be >= 1, got {s}"),
            ));
        }
    }
    Ok(())
}

/// Checks that `start` is not after `end`.
pub(crate) fn check_time_range(
    path: &str,
    start: &DateTime<Utc>,
    end: &DateTime<Utc>,
) -> Result<(), Error> {
    if start > end {
        return Err(Error::invalid(
            path,
            format!("startTime ({start}) must not be after endTime ({end})"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_checks_accept_one_and_reject_zero_or_negative() {
        assert!(check_page::<u64, u32>("/p", Some(1), Some(1)).is_ok());
        assert!(check_page::<u64, u32>("/p", None, None).is_ok());
        let e = check_page::<u64, u32>("/p", Some(0), None).unwrap_err();
        assert!(e.to_string().contains("pageNum must be >= 1, got 0"), "{e}");
        let e = check_page::<i64, i64>("/p", Some(1), Some(-3)).unwrap_err();
        assert!(
            e.to_string().contains("pageSize must be >= 1, got -3"),
            "{e}"
        );
    }

    #[test]
    fn char_checks_count_characters_not_bytes() {
        assert!(check_chars("/p", "name", "张三", 2, 2).is_ok());
        assert!(check_chars("/p", "name", "", 1, 50).is_err());
        assert!(check_opt_chars("/p", "name", &None, 1, 2).is_ok());
        assert!(check_opt_chars("/p", "name", &Some("abc".into()), 1, 2).is_err());
        assert!(check_non_empty::<u8>("/p", "list", &[]).is_err());
        let e = check_required("/p", "taskUuid", " ").unwrap_err();
        assert!(e.to_string().contains("taskUuid is required"), "{e}");
        assert!(check_alnum_name("/p", "name", "规则A1", 1, 50).is_ok());
        assert!(check_alnum_name("/p", "name", "a-b", 1, 50).is_err());
        assert!(check_alnum_name("/p", "name", "", 1, 50).is_err());
    }

    #[test]
    fn time_range_must_be_ordered() {
        let a = DateTime::from_timestamp(1, 0).unwrap();
        let b = DateTime::from_timestamp(2, 0).unwrap();
        assert!(check_time_range("/p", &a, &b).is_ok());
        assert!(check_time_range("/p", &a, &a).is_ok());
        assert!(check_time_range("/p", &b, &a).is_err());
    }
}
