//! Client-side checks of the ranges and lengths the seed documents, shared by the
//! endpoint modules of chapters 1.4.4, 1.4.7, 1.4.8 and 1.4.9.
//!
//! (General enough for the whole crate; kept here because its author owns only these
//! modules.)

use client_core::Error;

/// `qrCode` or `mac` must be present: "mac与qrCode两者至少存在一个，否则返回参数错误".
pub(crate) fn locator(
    path: &str,
    qr_code: &Option<String>,
    mac: &Option<String>,
) -> Result<(), Error> {
    let present = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    if present(qr_code) || present(mac) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            "qrCode or mac is required (at least one of them)",
        ))
    }
}

/// `value` within `[lo, hi]`.
pub(crate) fn range(path: &str, field: &str, value: i64, lo: i64, hi: i64) -> Result<(), Error> {
    if (lo..=hi).contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be {lo}..={hi}, got {value}"),
        ))
    }
}

/// An optional `value` within `[lo, hi]` when present.
pub(crate) fn opt_range(
    path: &str,
    field: &str,
    value: Option<i64>,
    lo: i64,
    hi: i64,
) -> Result<(), Error> {
    match value {
        Some(v) => range(path, field, v, lo, hi),
        None => Ok(()),
    }
}

/// A list length within `[lo, hi]`.
pub(crate) fn len(path: &str, field: &str, len: usize, lo: usize, hi: usize) -> Result<(), Error> {
    if (lo..=hi).contains(&len) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must have {lo}..={hi} elements, got {len}"),
        ))
    }
}

/// A channel id: 1-based ("从1开始").
pub(crate) fn channel(path: &str, channel_id: i64) -> Result<(), Error> {
    if channel_id >= 1 {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("channelId starts at 1, got {channel_id}"),
        ))
    }
}

/// An optional 1-based channel id.
pub(crate) fn opt_channel(path: &str, channel_id: Option<i64>) -> Result<(), Error> {
    channel_id.map_or(Ok(()), |c| channel(path, c))
}

/// A string of at most `max` characters (Unicode scalar values).
pub(crate) fn max_chars(path: &str, field: &str, value: &str, max: usize) -> Result<(), Error> {
    let n = value.chars().count();
    if n <= max {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be at most {max} characters, got {n}"),
        ))
    }
}

/// A required string that is not empty.
pub(crate) fn non_empty(path: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        Err(Error::invalid(path, format!("{field} must not be empty")))
    } else {
        Ok(())
    }
}
