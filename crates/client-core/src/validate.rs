//! The one validator module: client-side checks of the ranges, lengths and formats
//! the vendor documents state, run from [`Endpoint::validate`](crate::Endpoint::validate)
//! before anything is sent.
//!
//! Every check returns [`Error::InvalidRequest`] naming the endpoint path, the field
//! (as it is spelled on the wire) and what is allowed.
//!
//! ```
//! use client_core::validate;
//! assert!(validate::range("/p", "limit", 0, 1, 100).is_err());
//! let e = validate::chars("/p", "name", "", 1, 32).unwrap_err();
//! assert_eq!(e.to_string(), "invalid request for /p: name must be 1..=32 characters, got 0");
//! ```

use crate::Error;

/// `value` within `lo..=hi`.
pub fn range<T>(path: &str, field: &str, value: T, lo: T, hi: T) -> Result<(), Error>
where
    T: PartialOrd + std::fmt::Display + Copy,
{
    if value >= lo && value <= hi {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be {lo}..={hi}, got {value}"),
        ))
    }
}

/// An optional `value` within `lo..=hi` when present.
pub fn opt_range<T>(path: &str, field: &str, value: Option<T>, lo: T, hi: T) -> Result<(), Error>
where
    T: PartialOrd + std::fmt::Display + Copy,
{
    match value {
        Some(v) => range(path, field, v, lo, hi),
        None => Ok(()),
    }
}

/// `value` at least `lo`.
pub fn at_least<T>(path: &str, field: &str, value: T, lo: T) -> Result<(), Error>
where
    T: PartialOrd + std::fmt::Display + Copy,
{
    if value >= lo {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be >= {lo}, got {value}"),
        ))
    }
}

/// A list of `lo..=hi` entries.
pub fn count(path: &str, field: &str, len: usize, lo: usize, hi: usize) -> Result<(), Error> {
    if (lo..=hi).contains(&len) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must hold {lo}..={hi} entries, got {len}"),
        ))
    }
}

/// A list that is not empty.
pub fn non_empty<T>(path: &str, field: &str, list: &[T]) -> Result<(), Error> {
    if list.is_empty() {
        return Err(Error::invalid(path, format!("{field} must not be empty")));
    }
    Ok(())
}

/// A text of `min..=max` characters (Unicode scalar values, as the seeds count 字符).
pub fn chars(path: &str, field: &str, value: &str, min: usize, max: usize) -> Result<(), Error> {
    let n = value.chars().count();
    if n < min || n > max {
        return Err(Error::invalid(
            path,
            format!("{field} must be {min}..={max} characters, got {n}"),
        ));
    }
    Ok(())
}

/// [`chars`] for an optional text (absent passes).
pub fn opt_chars(
    path: &str,
    field: &str,
    value: Option<&str>,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    match value {
        Some(v) => chars(path, field, v, min, max),
        None => Ok(()),
    }
}

/// A required text that is not blank.
pub fn required(path: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        return Err(Error::invalid(path, format!("{field} is required")));
    }
    Ok(())
}

/// `start` not after `end` (times, dates, numbers).
pub fn ordered<T>(
    path: &str,
    start_field: &str,
    start: &T,
    end_field: &str,
    end: &T,
) -> Result<(), Error>
where
    T: PartialOrd + std::fmt::Display,
{
    if start > end {
        return Err(Error::invalid(
            path,
            format!("{start_field} ({start}) must not be after {end_field} ({end})"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_path_field_and_bounds() {
        let e = range("/x", "limit", 101, 1, 100).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid request for /x: limit must be 1..=100, got 101"
        );
        assert!(opt_range::<i64>("/x", "f", None, 1, 2).is_ok());
        assert!(count("/x", "list", 0, 1, 10).is_err());
        assert!(non_empty::<u8>("/x", "list", &[]).is_err());
        assert!(chars("/x", "name", "中文名", 1, 3).is_ok());
        assert!(chars("/x", "name", "中文名字", 1, 3).is_err());
        assert!(required("/x", "id", "  ").is_err());
        assert!(ordered("/x", "st", &2, "et", &1).is_err());
        assert!(at_least("/x", "page", 0u64, 1).is_err());
    }
}
