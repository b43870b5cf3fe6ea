//! Serde helpers for the members the 2026 edition of chapter 1.4.4 sends as text:
//! integers and flags in strings (`"volume":"50"`, `"override":"1"`) and string arrays
//! that may hold numbers. Decoding is lenient (numbers or strings); encoding writes
//! the documented string form.

use client_core::lenient::Scalar;
use serde::{Deserialize, Deserializer, Serializer};

fn scalar_text(s: &Scalar) -> Option<String> {
    match s {
        Scalar::Str(t) => Some(t.clone()),
        Scalar::I64(n) => Some(n.to_string()),
        Scalar::U64(n) => Some(n.to_string()),
        Scalar::F64(f) => Some(f.to_string()),
        Scalar::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `Vec<String>` from an array of strings or numbers; a missing member or `null` is an
/// empty list. Serialized as strings.
pub(crate) mod vec_text {
    use super::*;

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        let items: Option<Vec<Scalar>> = Option::deserialize(d)?;
        Ok(items
            .unwrap_or_default()
            .iter()
            .filter_map(scalar_text)
            .collect())
    }

    pub(crate) fn serialize<S: Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter())
    }
}

/// `Option<i64>` written as a decimal string (`"50"`); numbers and numeric strings
/// (trimmed) are accepted, `null`/`""` is `None`.
pub(crate) mod opt_int_text {
    use super::*;

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        client_core::lenient::opt_int::deserialize(d)
    }

    pub(crate) fn serialize<S: Serializer>(v: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(n) => s.collect_str(n),
            None => s.serialize_none(),
        }
    }
}

/// `Option<bool>` written as `"1"`/`"0"`; booleans, `0`/`1` and their strings are
/// accepted, `null`/`""` is `None`.
pub(crate) mod opt_flag_text {
    use super::*;

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        client_core::lenient::opt_bool::deserialize(d)
    }

    pub(crate) fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(b) => s.serialize_str(if *b { "1" } else { "0" }),
            None => s.serialize_none(),
        }
    }
}

/// `true` when a capability flag string is `"1"` (the chapter's "缺少该字段或为 0：不支持，
/// 1：支持").
pub(crate) fn flag(v: &Option<String>) -> bool {
    v.as_deref().map(str::trim) == Some("1")
}

/// A decimal string within `lo..=hi` with at most `decimals` digits after the point
/// (tour speeds: "[0, 1]，小数点后最多保留6位").
pub(crate) fn decimal_text(
    path: &str,
    field: &str,
    value: &str,
    lo: f64,
    hi: f64,
    decimals: usize,
) -> Result<(), client_core::Error> {
    let t = value.trim();
    let parsed: Option<f64> = t.parse().ok().filter(|v: &f64| v.is_finite());
    let frac = t.split_once('.').map_or(0, |(_, f)| f.len());
    match parsed {
        Some(v) if (lo..=hi).contains(&v) && frac <= decimals && !t.contains(['e', 'E']) => Ok(()),
        _ => Err(client_core::Error::invalid(
            path,
            format!("{field} must be a decimal in {lo}..={hi} with at most {decimals} decimals, got {value:?}"),
        )),
    }
}

/// A string holding a non-negative integer (`"15000"`).
pub(crate) fn uint_text(path: &str, field: &str, value: &str) -> Result<(), client_core::Error> {
    let t = value.trim();
    if !t.is_empty() && t.len() <= 18 && t.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(client_core::Error::invalid(
            path,
            format!("{field} must be a non-negative integer string, got {value:?}"),
        ))
    }
}

/// A finite number within `lo..=hi` (NaN and infinities are rejected).
pub(crate) fn unit(
    path: &str,
    field: &str,
    value: Option<f64>,
    lo: f64,
    hi: f64,
) -> Result<(), client_core::Error> {
    match value {
        None => Ok(()),
        Some(v) if v.is_finite() && (lo..=hi).contains(&v) => Ok(()),
        Some(v) => Err(client_core::Error::invalid(
            path,
            format!("{field} must be {lo}..={hi}, got {v}"),
        )),
    }
}
