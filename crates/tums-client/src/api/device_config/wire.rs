//! Serde helpers for the wire shapes of chapter 1.4.4 that client-core's `lenient`
//! module does not cover (lists of numeric strings, millisecond timestamps sent as
//! strings).

use chrono::{DateTime, Utc};
use client_core::lenient::Scalar;
use serde::{Deserialize, Deserializer, Serializer};

fn scalar_to_i64(s: &Scalar) -> Option<i64> {
    match s {
        Scalar::I64(n) => Some(*n),
        Scalar::U64(n) => i64::try_from(*n).ok(),
        Scalar::F64(f) if f.fract() == 0.0 && f.is_finite() && f.abs() < 9.0e18 => Some(*f as i64),
        Scalar::Str(t) => t.trim().parse().ok(),
        _ => None,
    }
}

/// `Vec<i64>` from an array of numbers or numeric strings (`["16","16"]` where the table
/// says `array<int>`); serialized as numbers. A missing member or `null` is an empty list.
pub(crate) mod vec_int {
    use super::*;

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
        let items: Option<Vec<Scalar>> = Option::deserialize(d)?;
        items
            .unwrap_or_default()
            .iter()
            .map(|s| {
                scalar_to_i64(s).ok_or_else(|| {
                    serde::de::Error::custom(format!("expected an integer, got {s}"))
                })
            })
            .collect()
    }

    pub(crate) fn serialize<S: Serializer>(v: &[i64], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter())
    }
}

/// `DateTime<Utc>` sent as epoch milliseconds **in a string** (`"1591768747223"`,
/// 1.4.4.23/24); numbers are accepted on input.
pub(crate) mod millis_string {
    use super::*;

    pub(crate) fn from_scalar<E: serde::de::Error>(s: &Scalar) -> Result<DateTime<Utc>, E> {
        scalar_to_i64(s)
            .and_then(DateTime::<Utc>::from_timestamp_millis)
            .ok_or_else(|| E::custom(format!("expected epoch milliseconds, got {s}")))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        from_scalar(&Scalar::deserialize(d)?)
    }

    pub(crate) fn serialize<S: Serializer>(v: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.timestamp_millis())
    }
}
