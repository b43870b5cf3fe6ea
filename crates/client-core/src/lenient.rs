//! Lenient serde helpers for the seeds' inconsistent JSON — one place, used by every
//! platform crate.
//!
//! Each submodule is used with `#[serde(with = "client_core::lenient::…")]`; the
//! `opt_*` variants need `default` as well so a missing member is `None`:
//!
//! ```
//! use chrono::{DateTime, NaiveDateTime, Utc};
//! use client_core::lenient;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Debug, Serialize, Deserialize)]
//! struct Record {
//!     #[serde(with = "lenient::int")]
//!     id: i64,
//!     #[serde(with = "lenient::bool")]
//!     online: bool,
//!     #[serde(with = "lenient::opt_ts_millis", default)]
//!     captured: Option<DateTime<Utc>>,
//!     #[serde(with = "lenient::datetime")]
//!     created: NaiveDateTime,
//!     #[serde(with = "lenient::empty_as_none", default)]
//!     remark: Option<String>,
//! }
//!
//! let r: Record = serde_json::from_str(
//!     r#"{"id":"42","online":1,"captured":"1627300328673","created":"2022-06-21 08:30:00","remark":""}"#,
//! ).unwrap();
//! assert_eq!(r.id, 42);
//! assert!(r.online);
//! assert_eq!(r.captured.unwrap().timestamp_millis(), 1627300328673);
//! assert_eq!(r.remark, None);
//! ```
//!
//! What each helper accepts on input; output is always the canonical form (numbers as
//! numbers, booleans as `true`/`false`, date-times as `yyyy-MM-dd HH:mm:ss`):
//!
//! | helper | accepts |
//! |---|---|
//! | [`int`], [`opt_int`] | integer, integral float, numeric string (trimmed) |
//! | [`float`], [`opt_float`] | number or numeric string |
//! | [`string`], [`opt_string`] | string, number or boolean (rendered as text) |
//! | [`empty_as_none`] | string; `null`, `""` or whitespace → `None` |
//! | [`bool`](mod@bool), [`opt_bool`] | `true`/`false`, `0`/`1`, `"0"`/`"1"`, `"true"`/`"false"`, `"on"`/`"off"` |
//! | [`ts_millis`], [`opt_ts_millis`] | epoch milliseconds as number or string |
//! | [`ts_seconds`], [`opt_ts_seconds`] | epoch seconds as number or string |
//! | [`datetime`], [`opt_datetime`] | `yyyy-MM-dd HH:mm:ss` (also `T` separator, fractions, or a bare `yyyy-MM-dd`) |
//! | [`date`], [`opt_date`] | `yyyy-MM-dd` (a date-time's date part is accepted) |
//!
//! For keys with stray spaces (`"result "`) use `#[serde(alias = "result ")]`, or
//! normalise a whole document with [`trim_keys`].

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

/// Any JSON scalar, as seen by the lenient helpers.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A signed integer.
    I64(i64),
    /// An unsigned integer beyond `i64`.
    U64(u64),
    /// A float.
    F64(f64),
    /// A string.
    Str(String),
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Null => f.write_str("null"),
            Scalar::Bool(b) => write!(f, "{b}"),
            Scalar::I64(n) => write!(f, "{n}"),
            Scalar::U64(n) => write!(f, "{n}"),
            Scalar::F64(n) => write!(f, "{n}"),
            Scalar::Str(s) => write!(f, "{s:?}"),
        }
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, string, boolean or null")
    }
    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }
    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::I64(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(i64::try_from(v).map(Scalar::I64).unwrap_or(Scalar::U64(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::F64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Str(v))
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

fn is_blank(s: &Scalar) -> bool {
    match s {
        Scalar::Null => true,
        Scalar::Str(t) => t.trim().is_empty(),
        _ => false,
    }
}

fn to_i128(s: &Scalar) -> Option<i128> {
    match s {
        Scalar::I64(n) => Some(i128::from(*n)),
        Scalar::U64(n) => Some(i128::from(*n)),
        Scalar::F64(f) if f.fract() == 0.0 && f.is_finite() && f.abs() < 1e30 => Some(*f as i128),
        Scalar::Str(t) => {
            let t = t.trim();
            t.parse::<i128>().ok().or_else(|| {
                t.parse::<f64>()
                    .ok()
                    .filter(|f| f.fract() == 0.0 && f.is_finite() && f.abs() < 1e30)
                    .map(|f| f as i128)
            })
        }
        _ => None,
    }
}

fn to_f64(s: &Scalar) -> Option<f64> {
    match s {
        Scalar::I64(n) => Some(*n as f64),
        Scalar::U64(n) => Some(*n as f64),
        Scalar::F64(f) => Some(*f),
        Scalar::Str(t) => t.trim().parse().ok(),
        _ => None,
    }
}

fn to_bool(s: &Scalar) -> Option<bool> {
    match s {
        Scalar::Bool(b) => Some(*b),
        Scalar::I64(0) => Some(false),
        Scalar::I64(1) => Some(true),
        Scalar::Str(t) => match t.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "on" => Some(true),
            "0" | "false" | "off" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn to_text(s: Scalar) -> Option<String> {
    match s {
        Scalar::Str(t) => Some(t),
        Scalar::I64(n) => Some(n.to_string()),
        Scalar::U64(n) => Some(n.to_string()),
        Scalar::F64(n) => Some(n.to_string()),
        Scalar::Bool(b) => Some(b.to_string()),
        Scalar::Null => None,
    }
}

fn invalid<E: de::Error>(s: &Scalar, what: &str) -> E {
    E::custom(format!("expected {what}, got {s}"))
}

/// Decodes `text` as `T`, treating an object member whose value is `null` as absent.
///
/// The vendor documents say a member a device does not support may come back as
/// `null` (TUMS 1.4.4.16: "如有部分字段返回null或false表示不支持"), including members
/// that are lists. Every response member that is optional or a list is declared with
/// `#[serde(default)]` (or as an `Option`), so "absent" already decodes; this makes
/// `null` decode the same way, for every response of every platform, in one place.
/// The fast path is a plain `serde_json::from_str`; only an answer that fails it is
/// re-read with its `null` members removed (a member that is required stays an error,
/// and the first error is the one reported).
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Caps { #[serde(default)] resolutions: Vec<String>, name: Option<String> }
/// let c: Caps = client_core::lenient::from_str(r#"{"resolutions":null,"name":null}"#).unwrap();
/// assert!(c.resolutions.is_empty() && c.name.is_none());
/// ```
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    match serde_json::from_str(text) {
        Ok(v) => Ok(v),
        Err(first) => {
            let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else {
                return Err(first);
            };
            if !strip_nulls(&mut value) {
                return Err(first);
            }
            serde_json::from_value(value).map_err(|_| first)
        }
    }
}

/// Removes every object member whose value is `null`, recursively; `true` when one
/// was removed.
fn strip_nulls(value: &mut serde_json::Value) -> bool {
    match value {
        serde_json::Value::Object(map) => {
            let before = map.len();
            map.retain(|_, v| !v.is_null());
            let mut changed = map.len() != before;
            for v in map.values_mut() {
                changed |= strip_nulls(v);
            }
            changed
        }
        serde_json::Value::Array(items) => {
            let mut changed = false;
            for v in items {
                changed |= strip_nulls(v);
            }
            changed
        }
        _ => false,
    }
}

/// Parses the date-time forms the seeds use. The common `yyyy-MM-dd HH:mm:ss` form
/// takes a fixed-position fast path (it is parsed for every point of a 604 800-point
/// GPS track); the other forms go through chrono's format parser.
///
/// ```
/// use client_core::lenient::parse_datetime;
/// assert_eq!(parse_datetime("2022-06-21 08:30:05").unwrap().to_string(), "2022-06-21 08:30:05");
/// assert_eq!(parse_datetime("2022-06-21T08:30:05.5").unwrap().to_string(), "2022-06-21 08:30:05.500");
/// assert_eq!(parse_datetime("2022-06-21").unwrap().to_string(), "2022-06-21 00:00:00");
/// assert!(parse_datetime("2022-02-30 08:30:05").is_none());
/// ```
pub fn parse_datetime(text: &str) -> Option<chrono::NaiveDateTime> {
    let t = text.trim();
    if let Some(dt) = fixed_datetime(t.as_bytes()) {
        return Some(dt);
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y/%m/%d %H:%M:%S",
    ] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(t, fmt) {
            return Some(dt);
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(t) {
        return Some(dt.naive_local());
    }
    chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// `yyyy-MM-dd HH:mm:ss` (or with a `T`) read by position, without a format parser.
fn fixed_datetime(b: &[u8]) -> Option<chrono::NaiveDateTime> {
    if b.len() != 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b' ' || b[10] == b'T')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date =
        chrono::NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)?;
    date.and_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)
}

/// The seeds' date-time text format, `yyyy-MM-dd HH:mm:ss`.
pub const DATETIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";
/// The seeds' date format, `yyyy-MM-dd`.
pub const DATE_FORMAT: &str = "%Y-%m-%d";

macro_rules! opt_module {
    ($(#[$doc:meta])* $name:ident, $inner:ident, $ty:ty) => {
        $(#[$doc])*
        pub mod $name {
            use super::*;
            /// Deserializes; `null`, a missing member (with `default`) and `""` give `None`.
            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<$ty>, D::Error> {
                let s = Scalar::deserialize(d)?;
                if is_blank(&s) {
                    return Ok(None);
                }
                super::$inner::from_scalar::<D::Error>(s).map(Some)
            }
            /// Serializes `Some` in the canonical form and `None` as `null`.
            pub fn serialize<S: serde::Serializer>(v: &Option<$ty>, s: S) -> Result<S::Ok, S::Error> {
                match v {
                    Some(v) => super::$inner::serialize(v, s),
                    None => s.serialize_none(),
                }
            }
        }
    };
}

/// Integers (`i64`) from numbers or numeric strings.
pub mod int {
    use super::*;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<i64, E> {
        to_i128(&s)
            .and_then(|n| i64::try_from(n).ok())
            .ok_or_else(|| invalid(&s, "an integer"))
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as a JSON number.
    pub fn serialize<S: serde::Serializer>(v: &i64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(*v)
    }
}
opt_module!(
    /// Optional integers (`Option<i64>`).
    opt_int, int, i64
);

/// Floats (`f64`) from numbers or numeric strings.
pub mod float {
    use super::*;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<f64, E> {
        to_f64(&s).ok_or_else(|| invalid(&s, "a number"))
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as a JSON number.
    pub fn serialize<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(*v)
    }
}
opt_module!(
    /// Optional floats (`Option<f64>`).
    opt_float, float, f64
);

/// Text from strings, numbers or booleans (ids typed string but sent as numbers).
pub mod string {
    use super::*;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<String, E> {
        to_text(s).ok_or_else(|| E::custom("expected a string or number, got null"))
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as a JSON string.
    pub fn serialize<S: serde::Serializer>(v: &str, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v)
    }
}

/// Optional text (`Option<String>`) from strings, numbers or booleans; `null` is
/// `None` but `""` stays `Some("")` (see [`empty_as_none`] to drop it).
pub mod opt_string {
    use super::*;
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Ok(to_text(Scalar::deserialize(d)?))
    }
    /// Serializes `Some` as a string, `None` as `null`.
    pub fn serialize<S: serde::Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_str(v),
            None => s.serialize_none(),
        }
    }
}

/// `Option<String>` where `null`, `""` and whitespace-only text are `None`.
pub mod empty_as_none {
    use super::*;
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        let s = Scalar::deserialize(d)?;
        if is_blank(&s) {
            return Ok(None);
        }
        Ok(to_text(s))
    }
    /// Serializes `Some` as a string, `None` as `null`.
    pub fn serialize<S: serde::Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
        super::opt_string::serialize(v, s)
    }
}

/// Booleans from `true`/`false`, `0`/`1`, `"0"`/`"1"`, `"true"`/`"false"`, `"on"`/`"off"`.
pub mod bool {
    use super::*;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<::core::primitive::bool, E> {
        to_bool(&s).ok_or_else(|| invalid(&s, "a boolean (true/false, 0/1)"))
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<::core::primitive::bool, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as a JSON boolean.
    pub fn serialize<S: serde::Serializer>(
        v: &::core::primitive::bool,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_bool(*v)
    }
}
opt_module!(
    /// Optional booleans.
    opt_bool, bool, ::core::primitive::bool
);

/// Booleans sent as the integers `0`/`1` (accepting every form [`bool`](mod@bool) accepts).
pub mod bool_int {
    use super::*;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<::core::primitive::bool, E> {
        super::bool::from_scalar(s)
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<::core::primitive::bool, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as `0` or `1`.
    pub fn serialize<S: serde::Serializer>(
        v: &::core::primitive::bool,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_u8(u8::from(*v))
    }
}
opt_module!(
    /// Optional booleans sent as `0`/`1`.
    opt_bool_int, bool_int, ::core::primitive::bool
);

/// `DateTime<Utc>` from epoch milliseconds (number or string); serialized as a number.
pub mod ts_millis {
    use super::*;
    use chrono::{DateTime, Utc};
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<DateTime<Utc>, E> {
        to_i128(&s)
            .and_then(|n| i64::try_from(n).ok())
            .and_then(DateTime::<Utc>::from_timestamp_millis)
            .ok_or_else(|| invalid(&s, "epoch milliseconds"))
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as epoch milliseconds.
    pub fn serialize<S: serde::Serializer>(v: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(v.timestamp_millis())
    }
}
opt_module!(
    /// Optional epoch-millisecond times.
    opt_ts_millis, ts_millis, chrono::DateTime<chrono::Utc>
);

/// `DateTime<Utc>` from epoch seconds (number or string); serialized as a number.
pub mod ts_seconds {
    use super::*;
    use chrono::{DateTime, Utc};
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<DateTime<Utc>, E> {
        to_i128(&s)
            .and_then(|n| i64::try_from(n).ok())
            .and_then(|n| DateTime::<Utc>::from_timestamp(n, 0))
            .ok_or_else(|| invalid(&s, "epoch seconds"))
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as epoch seconds.
    pub fn serialize<S: serde::Serializer>(v: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(v.timestamp())
    }
}
opt_module!(
    /// Optional epoch-second times.
    opt_ts_seconds, ts_seconds, chrono::DateTime<chrono::Utc>
);

/// `NaiveDateTime` from `yyyy-MM-dd HH:mm:ss` (see [`parse_datetime`]); serialized in
/// that format.
pub mod datetime {
    use super::*;
    use chrono::NaiveDateTime;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<NaiveDateTime, E> {
        match &s {
            Scalar::Str(t) => {
                parse_datetime(t).ok_or_else(|| invalid(&s, "a yyyy-MM-dd HH:mm:ss date-time"))
            }
            _ => Err(invalid(&s, "a yyyy-MM-dd HH:mm:ss date-time")),
        }
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as `yyyy-MM-dd HH:mm:ss`.
    pub fn serialize<S: serde::Serializer>(v: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.format(DATETIME_FORMAT))
    }
}
opt_module!(
    /// Optional `yyyy-MM-dd HH:mm:ss` date-times.
    opt_datetime, datetime, chrono::NaiveDateTime
);

/// `NaiveDate` from `yyyy-MM-dd`; serialized in that format.
pub mod date {
    use super::*;
    use chrono::NaiveDate;
    pub(super) fn from_scalar<E: de::Error>(s: Scalar) -> Result<NaiveDate, E> {
        match &s {
            Scalar::Str(t) => NaiveDate::parse_from_str(t.trim(), DATE_FORMAT)
                .ok()
                .or_else(|| parse_datetime(t).map(|dt| dt.date()))
                .ok_or_else(|| invalid(&s, "a yyyy-MM-dd date")),
            _ => Err(invalid(&s, "a yyyy-MM-dd date")),
        }
    }
    /// Deserializes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        from_scalar(Scalar::deserialize(d)?)
    }
    /// Serializes as `yyyy-MM-dd`.
    pub fn serialize<S: serde::Serializer>(v: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.format(DATE_FORMAT))
    }
}
opt_module!(
    /// Optional `yyyy-MM-dd` dates.
    opt_date, date, chrono::NaiveDate
);

/// Members that arrive either as JSON or as a string holding that JSON (the Hongtu
/// callbacks do both for the same member), or as one item where a list is documented.
///
/// ```
/// use client_core::lenient::json_text;
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, PartialEq, Serialize, Deserialize)]
/// struct Rect { x: i32 }
/// #[derive(Debug, PartialEq, Serialize, Deserialize)]
/// struct Push {
///     #[serde(with = "json_text::opt", default)]
///     ext: Option<Rect>,
///     #[serde(with = "json_text::list", default)]
///     rects: Option<Vec<Rect>>,
/// }
///
/// let a: Push = serde_json::from_str(r#"{"ext":"{\"x\":1}","rects":"[{\"x\":2}]"}"#).unwrap();
/// let b: Push = serde_json::from_str(r#"{"ext":{"x":1},"rects":{"x":2}}"#).unwrap();
/// assert_eq!(a, b);
/// assert_eq!(a.rects, Some(vec![Rect { x: 2 }]));
/// ```
pub mod json_text {
    use serde::de::{DeserializeOwned, Error as _};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;

    fn parse_text(s: &str) -> Option<Value> {
        let t = s.trim();
        if t.is_empty() {
            return Some(Value::Null);
        }
        serde_json::from_str(t).ok()
    }

    /// `Option<T>` from a JSON value of `T`, or a string containing that JSON; `null`
    /// and `""` are `None`. Serializes `T` as JSON (not as text).
    pub mod opt {
        use super::*;
        /// Deserializes.
        pub fn deserialize<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
        where
            D: Deserializer<'de>,
            T: DeserializeOwned,
        {
            let v = match Option::<Value>::deserialize(d)? {
                None | Some(Value::Null) => return Ok(None),
                Some(Value::String(s)) => parse_text(&s).ok_or_else(|| {
                    D::Error::custom(format!(
                        "expected JSON text, got {:?}",
                        crate::error::excerpt(s.as_bytes())
                    ))
                })?,
                Some(v) => v,
            };
            if v.is_null() {
                return Ok(None);
            }
            serde_json::from_value(v)
                .map(Some)
                .map_err(D::Error::custom)
        }
        /// Serializes the value as JSON.
        pub fn serialize<S: Serializer, T: Serialize>(
            v: &Option<T>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            v.serialize(s)
        }
    }

    /// `Option<Vec<T>>` from a JSON array, a single JSON value (one item), or a string
    /// containing either; a string that is not JSON becomes one string item.
    pub mod list {
        use super::*;
        /// Deserializes.
        pub fn deserialize<'de, D, T>(d: D) -> Result<Option<Vec<T>>, D::Error>
        where
            D: Deserializer<'de>,
            T: DeserializeOwned,
        {
            let v = match Option::<Value>::deserialize(d)? {
                None | Some(Value::Null) => return Ok(None),
                Some(Value::String(s)) => parse_text(&s).unwrap_or(Value::String(s)),
                Some(v) => v,
            };
            let items = match v {
                Value::Null => return Ok(None),
                Value::Array(items) => items,
                other => vec![other],
            };
            items
                .into_iter()
                .map(|i| serde_json::from_value(i).map_err(D::Error::custom))
                .collect::<Result<Vec<T>, _>>()
                .map(Some)
        }
        /// Serializes the list as a JSON array.
        pub fn serialize<S: Serializer, T: Serialize>(
            v: &Option<Vec<T>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            v.serialize(s)
        }
    }
}

/// Trims leading and trailing whitespace from every object key, recursively (the
/// seeds contain keys such as `"result "`). When two keys collide after trimming, the
/// first one wins.
///
/// ```
/// let v = client_core::lenient::trim_keys(serde_json::json!({"result ": {" a": 1}}));
/// assert_eq!(v, serde_json::json!({"result": {"a": 1}}));
/// ```
pub fn trim_keys(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, v) in map {
                let key = k.trim().to_owned();
                if !out.contains_key(&key) {
                    out.insert(key, trim_keys(v));
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(trim_keys).collect()),
        other => other,
    }
}

/// Declares an open integer enum: known values as variants, anything else kept in
/// `Unknown(i64)`. Serializes and deserializes as the integer (numeric strings are
/// accepted on input).
///
/// ```
/// client_core::int_enum! {
///     /// 设备状态 — device status.
///     pub enum DeviceStatus {
///         /// 离线 — offline.
///         Offline = 0,
///         /// 在线 — online.
///         Online = 1,
///     }
/// }
/// let s: DeviceStatus = serde_json::from_str("\"1\"").unwrap();
/// assert_eq!(s, DeviceStatus::Online);
/// let u: DeviceStatus = serde_json::from_str("7").unwrap();
/// assert_eq!(u, DeviceStatus::Unknown(7));
/// assert_eq!(serde_json::to_string(&u).unwrap(), "7");
/// assert_eq!(DeviceStatus::Online.code(), 1);
/// ```
#[macro_export]
macro_rules! int_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this SDK does not know yet (kept as received).
            Unknown(i64),
        }

        impl $name {
            /// The wire value.
            pub fn code(&self) -> i64 {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Unknown(v) => *v,
                }
            }

            /// The variant for a wire value (unknown values are kept).
            pub fn from_code(code: i64) -> Self {
                match code {
                    $( $value => Self::$variant, )+
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_i64(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                $crate::lenient::int::deserialize(d).map(Self::from_code)
            }
        }
    };
}

/// Declares an open string enum: known values as variants, anything else kept in
/// `Unknown(String)`. Serializes and deserializes as the string.
///
/// ```
/// client_core::str_enum! {
///     /// 码流类型 — stream type.
///     pub enum StreamType {
///         /// 主码流 — main stream.
///         Main = "main",
///         /// 子码流 — minor stream.
///         Minor = "minor",
///     }
/// }
/// let s: StreamType = serde_json::from_str("\"minor\"").unwrap();
/// assert_eq!(s, StreamType::Minor);
/// let u: StreamType = serde_json::from_str("\"fourth\"").unwrap();
/// assert_eq!(u, StreamType::Unknown("fourth".into()));
/// assert_eq!(StreamType::Main.as_str(), "main");
/// ```
#[macro_export]
macro_rules! str_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this SDK does not know yet (kept as received).
            Unknown(::std::string::String),
        }

        impl $name {
            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Unknown(v) => v.as_str(),
                }
            }

            /// The variant for a wire value (unknown values are kept).
            pub fn from_wire(value: &str) -> Self {
                match value {
                    $( $value => Self::$variant, )+
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                $crate::lenient::string::deserialize(d).map(|s| Self::from_wire(&s))
            }
        }
    };
}
