//! Wire helpers specific to MCS8: date-time members that may arrive as text or as
//! epoch seconds, `-1` ("不限") query filters, and the `st`/`et` query time type.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use client_core::lenient::{parse_datetime, Scalar, DATETIME_FORMAT, DATE_FORMAT};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date-time from text (`yyyy-MM-dd HH:mm:ss` and the other forms of
/// [`parse_datetime`]) or from an epoch number (seconds; milliseconds when larger than
/// 10^11). The seed says times are `yyyy-MM-dd HH:mm:ss` text but also that "返回的时间戳
/// 都是以秒为单位" (returned timestamps are in seconds), so both are accepted.
pub(crate) fn time_from_scalar(s: &Scalar) -> Option<NaiveDateTime> {
    let epoch = |n: i64| {
        // `unsigned_abs`: `i64::MIN` (reachable from `-1e300` as f64 → i64) has no `abs`.
        if n.unsigned_abs() > 100_000_000_000 {
            DateTime::from_timestamp_millis(n).map(|d| d.naive_utc())
        } else {
            DateTime::from_timestamp(n, 0).map(|d| d.naive_utc())
        }
    };
    match s {
        Scalar::Str(t) => {
            let t = t.trim();
            parse_datetime(t).or_else(|| t.parse::<i64>().ok().and_then(epoch))
        }
        Scalar::I64(n) => epoch(*n),
        Scalar::U64(n) => i64::try_from(*n).ok().and_then(epoch),
        Scalar::F64(f) if f.is_finite() => epoch(*f as i64),
        _ => None,
    }
}

/// `Option<NaiveDateTime>` members (`createDateTime`, `gpsTime`…): text or epoch
/// seconds on input, `yyyy-MM-dd HH:mm:ss` on output; `null`/`""` are `None`.
pub(crate) mod opt_time {
    use super::*;
    use serde::de::Error as _;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
        let s = Scalar::deserialize(d)?;
        match &s {
            Scalar::Null => Ok(None),
            Scalar::Str(t) if t.trim().is_empty() => Ok(None),
            _ => time_from_scalar(&s).map(Some).ok_or_else(|| {
                D::Error::custom(format!("expected a yyyy-MM-dd HH:mm:ss date-time, got {s}"))
            }),
        }
    }

    pub fn serialize<S: Serializer>(v: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.collect_str(&v.format(DATETIME_FORMAT)),
            None => s.serialize_none(),
        }
    }
}

/// Query filters whose "any" value is `-1` (不限): `None` is sent as `-1`.
pub(crate) mod filter {
    use super::*;

    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => v.serialize(s),
            None => s.serialize_i64(-1),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        // -1 means "any".
        let v = Option::<i64>::deserialize(d)?;
        match v {
            None | Some(-1) => Ok(None),
            Some(n) => {
                T::deserialize(serde::de::value::I64Deserializer::<D::Error>::new(n)).map(Some)
            }
        }
    }
}

/// A [`QueryTime`] always sent `yyyy-MM-dd HH:mm:ss` (a date as its midnight), for
/// the members whose table fixes that format (TaskList, 2.10.1).
pub(crate) mod full_datetime {
    use super::*;

    pub fn serialize<S: Serializer>(v: &QueryTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.as_datetime().format(DATETIME_FORMAT))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<QueryTime, D::Error> {
        QueryTime::deserialize(d)
    }
}

/// A time bound of a query (`st`/`et`): the seed types them DateTime
/// (`yyyy-MM-dd HH:mm:ss`, as TaskList states) while every example URL passes a bare
/// date (`st=2022-06-21`). Both forms are kept exactly as given.
///
/// ```
/// use chrono::NaiveDate;
/// use mcs8_client::QueryTime;
/// let d = NaiveDate::from_ymd_opt(2022, 7, 20).unwrap();
/// assert_eq!(QueryTime::from(d).to_string(), "2022-07-20");
/// assert_eq!(QueryTime::from(d.and_hms_opt(8, 0, 0).unwrap()).to_string(), "2022-07-20 08:00:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QueryTime {
    /// `yyyy-MM-dd` — a whole day.
    Date(NaiveDate),
    /// `yyyy-MM-dd HH:mm:ss`.
    DateTime(NaiveDateTime),
}

impl QueryTime {
    /// The instant this bound stands for (a date is its midnight).
    pub fn as_datetime(&self) -> NaiveDateTime {
        match self {
            QueryTime::Date(d) => d.and_time(chrono::NaiveTime::MIN),
            QueryTime::DateTime(t) => *t,
        }
    }
}

impl From<NaiveDate> for QueryTime {
    fn from(d: NaiveDate) -> Self {
        QueryTime::Date(d)
    }
}

impl From<NaiveDateTime> for QueryTime {
    fn from(t: NaiveDateTime) -> Self {
        QueryTime::DateTime(t)
    }
}

impl fmt::Display for QueryTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryTime::Date(d) => write!(f, "{}", d.format(DATE_FORMAT)),
            QueryTime::DateTime(t) => write!(f, "{}", t.format(DATETIME_FORMAT)),
        }
    }
}

impl Serialize for QueryTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for QueryTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let t = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(t, DATE_FORMAT) {
            return Ok(QueryTime::Date(date));
        }
        parse_datetime(t).map(QueryTime::DateTime).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "expected yyyy-MM-dd or yyyy-MM-dd HH:mm:ss, got {t:?}"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_epochs_never_panic() {
        for s in [
            Scalar::F64(-1e300),
            Scalar::F64(1e300),
            Scalar::I64(i64::MIN),
            Scalar::I64(i64::MAX),
            Scalar::U64(u64::MAX),
            Scalar::Str("-9223372036854775808".into()),
        ] {
            assert_eq!(time_from_scalar(&s), None, "{s}");
        }
        let t = time_from_scalar(&Scalar::I64(1_700_000_000)).unwrap();
        assert_eq!(t.and_utc().timestamp(), 1_700_000_000);
    }
}
