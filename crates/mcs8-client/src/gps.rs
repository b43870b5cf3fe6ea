//! The compact track of 2.7.2 GPSListForlarge: `gps[i] = [time, lng, lat, accuracy]`,
//! decoded straight into [`GpsPoint`]s by a sequence visitor — no intermediate
//! `serde_json::Value`, one pass over the body, so the default 604,800 points (the seed's "7 天理论数据量"; that is 7 × 86,400 s,
//! i.e. 7 days at one point per second, or 70 days at the default 10 s) decode in one go — and the helpers that cover a long time range with
//! windows the platform accepts.

use std::fmt;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use client_core::envelope::int_of;
use client_core::lenient::DATETIME_FORMAT;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};

use crate::envelope::{Payload, KEYS};
use client_core::lenient::parse_datetime;

/// One compact position of GPSListForlarge (2.7.2): `[定位时间, 经度, 纬度, 定位精度]`.
///
/// ```
/// let p: mcs8_client::GpsPoint =
///     serde_json::from_str(r#"["2022-07-20 08:00:10", 114.1010, 22.5503, 8.5]"#).unwrap();
/// assert_eq!(p.lng, 114.1010);
/// assert_eq!(p.lat, 22.5503);
/// assert_eq!(p.accuracy, Some(8.5));
/// assert_eq!(p.time.to_string(), "2022-07-20 08:00:10");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GpsPoint {
    /// `gps[0]` 定位时间 — fix time (text `yyyy-MM-dd HH:mm:ss`; epoch seconds or
    /// milliseconds are accepted too).
    pub time: NaiveDateTime,
    /// `gps[1]` 经度 — longitude, WGS84 (note: longitude comes before latitude).
    pub lng: f64,
    /// `gps[2]` 纬度 — latitude, WGS84.
    pub lat: f64,
    /// `gps[3]` 定位精度（米）— accuracy in metres; larger is worse (outdoor fixes < 10,
    /// network fixes > 40). `None` when the platform sends `null` or only three members.
    pub accuracy: Option<f64>,
}

/// A time cell: text or epoch number, borrowed when possible.
struct TimeCell(NaiveDateTime);

impl<'de> Deserialize<'de> for TimeCell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TimeCell;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a yyyy-MM-dd HH:mm:ss time or an epoch number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeCell, E> {
                parse_datetime(v)
                    .or_else(|| {
                        crate::wire::time_from_scalar(&client_core::lenient::Scalar::Str(
                            v.to_owned(),
                        ))
                    })
                    .map(TimeCell)
                    .ok_or_else(|| E::custom(format!("invalid GPS time {v:?}")))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<TimeCell, E> {
                crate::wire::time_from_scalar(&client_core::lenient::Scalar::I64(v))
                    .map(TimeCell)
                    .ok_or_else(|| E::custom(format!("invalid GPS epoch time {v}")))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<TimeCell, E> {
                let v = i64::try_from(v).map_err(|_| E::custom("GPS time out of range"))?;
                self.visit_i64(v)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<TimeCell, E> {
                if !v.is_finite() {
                    return Err(E::custom("GPS time is not finite"));
                }
                self.visit_i64(v as i64)
            }
        }
        d.deserialize_any(V)
    }
}

/// A number cell: JSON number or numeric text; `null` is `None`.
struct NumCell(Option<f64>);

impl<'de> Deserialize<'de> for NumCell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = NumCell;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<NumCell, E> {
                Ok(NumCell(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<NumCell, E> {
                Ok(NumCell(Some(v as f64)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<NumCell, E> {
                Ok(NumCell(Some(v as f64)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<NumCell, E> {
                let t = v.trim();
                if t.is_empty() {
                    return Ok(NumCell(None));
                }
                t.parse()
                    .map(|n| NumCell(Some(n)))
                    .map_err(|_| E::custom(format!("expected a number, got {v:?}")))
            }
            fn visit_unit<E: de::Error>(self) -> Result<NumCell, E> {
                Ok(NumCell(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<NumCell, E> {
                Ok(NumCell(None))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for GpsPoint {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = GpsPoint;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a [time, lng, lat, accuracy] array")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<GpsPoint, A::Error> {
                let time: TimeCell = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let lng: NumCell = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                let lat: NumCell = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(2, &self))?;
                let accuracy = seq.next_element::<NumCell>()?.and_then(|n| n.0);
                // Tolerate (and skip) members a newer platform may append.
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(GpsPoint {
                    time: time.0,
                    lng: lng
                        .0
                        .ok_or_else(|| de::Error::custom("gps[1] (lng) is null"))?,
                    lat: lat
                        .0
                        .ok_or_else(|| de::Error::custom("gps[2] (lat) is null"))?,
                    accuracy,
                })
            }
        }
        d.deserialize_seq(V)
    }
}

impl Serialize for GpsPoint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut t = s.serialize_tuple(4)?;
        t.serialize_element(&self.time.format(DATETIME_FORMAT).to_string())?;
        t.serialize_element(&self.lng)?;
        t.serialize_element(&self.lat)?;
        t.serialize_element(&self.accuracy)?;
        t.end()
    }
}

/// The GPSListForlarge answer (2.7.2): the `gps[]` list. Decodes from a bare array of
/// points, from `null`, or from an object holding the array under `gps` (or
/// `list`/`data`) — where the seed puts `gps` inside the envelope is not stated.
/// Encodes as the plain array.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GpsTrack {
    /// The points, in the platform's order (time order).
    pub points: Vec<GpsPoint>,
}

impl GpsTrack {
    /// Number of points.
    pub fn len(&self) -> usize {
        self.points.len()
    }
    /// `true` without points.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

impl Payload for GpsTrack {}

impl Serialize for GpsTrack {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.points.serialize(s)
    }
}

impl<'de> Deserialize<'de> for GpsTrack {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        TrackSeed { capacity: 0 }.deserialize(d)
    }
}

/// Decodes a [`GpsTrack`] into a vector of `capacity` slots reserved up front (the
/// expected number of points; more grow the vector as usual); unused slots are
/// given back at the end.
#[derive(Debug, Clone, Copy)]
struct TrackSeed {
    capacity: usize,
}

impl<'de> DeserializeSeed<'de> for TrackSeed {
    type Value = GpsTrack;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<GpsTrack, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TrackSeed {
    type Value = GpsTrack;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a gps[] array (or an object holding one)")
    }
    fn visit_unit<E: de::Error>(self) -> Result<GpsTrack, E> {
        Ok(GpsTrack::default())
    }
    fn visit_none<E: de::Error>(self) -> Result<GpsTrack, E> {
        Ok(GpsTrack::default())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<GpsTrack, A::Error> {
        let hint = seq.size_hint().unwrap_or(0).min(1 << 20);
        let mut points = Vec::with_capacity(self.capacity.max(hint));
        while let Some(p) = seq.next_element::<GpsPoint>()? {
            points.push(p);
        }
        // Over-reserved (fewer points than expected) or grown by doubling: give the
        // unused slots back (a shrinking `realloc`, in place for large blocks).
        if points.capacity() - points.len() > points.len() / 16 {
            points.shrink_to_fit();
        }
        Ok(GpsTrack { points })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<GpsTrack, A::Error> {
        let mut track = None;
        while let Some(key) = map.next_key::<KeyName>()? {
            if key.is_track() && track.is_none() {
                track = Some(map.next_value_seed(self)?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(track.unwrap_or_default())
    }
}

/// A member name, classified without allocating when the JSON key is unescaped.
enum KeyName {
    /// `gps`, `list` or `data` (trimmed, any case): the member holding the points.
    Track,
    /// `gps` alone (trimmed, any case).
    Gps,
    /// Any other key, or an envelope member: its slot in [`crate::envelope::KEYS`].
    Envelope(EnvelopeSlot),
}

impl KeyName {
    fn is_track(&self) -> bool {
        matches!(
            self,
            KeyName::Track | KeyName::Gps | KeyName::Envelope(EnvelopeSlot::Content(true))
        )
    }
}

/// Which MCS8 envelope member a key names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EnvelopeSlot {
    Code,
    Message,
    /// A content key; `true` when it is also a track key (`data`, `list`).
    Content(bool),
    Total,
    Other,
}

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = KeyName;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyName, E> {
                let k = v.trim();
                let is = |names: &[&str]| names.iter().any(|n| k.eq_ignore_ascii_case(n));
                let track = is(&["list", "data"]);
                Ok(if k.eq_ignore_ascii_case("gps") {
                    KeyName::Gps
                } else if is(KEYS.code) {
                    KeyName::Envelope(EnvelopeSlot::Code)
                } else if is(KEYS.message) {
                    KeyName::Envelope(EnvelopeSlot::Message)
                } else if is(KEYS.payload) {
                    KeyName::Envelope(EnvelopeSlot::Content(track))
                } else if is(KEYS.total) {
                    KeyName::Envelope(EnvelopeSlot::Total)
                } else if track {
                    KeyName::Track
                } else {
                    KeyName::Envelope(EnvelopeSlot::Other)
                })
            }
        }
        d.deserialize_str(V)
    }
}

/// A successful MCS8 answer holding a track, read in one pass: the envelope's
/// members are classified as [`crate::envelope::decode`] does, and the content is
/// decoded straight into the track. `None` from the visitor means "not the plain
/// success this fast path handles" (an error code, a non-numeric code, no envelope
/// member and no `gps`): the caller then takes the general reader.
struct AnswerSeed {
    capacity: usize,
}

impl<'de> Visitor<'de> for AnswerSeed {
    type Value = Option<GpsTrack>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an MCS8 answer")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<GpsTrack>, A::Error> {
        let seed = TrackSeed {
            capacity: self.capacity,
        };
        let mut envelope = false;
        let mut code_seen = false;
        let mut content: Option<GpsTrack> = None;
        let mut content_seen = false;
        let mut bare_gps: Option<GpsTrack> = None;
        let mut plain = true;
        while let Some(key) = map.next_key::<KeyName>()? {
            match key {
                KeyName::Envelope(EnvelopeSlot::Code) => {
                    let v: client_core::lenient::Scalar = map.next_value()?;
                    if code_seen {
                        continue;
                    }
                    match int_of(&v.to_string()) {
                        Some(code) => {
                            code_seen = true;
                            envelope = true;
                            if !crate::ErrorCode::from_code(code).is_success() {
                                plain = false;
                            }
                        }
                        // A non-numeric code may be the payload: the general reader.
                        None if !matches!(v, client_core::lenient::Scalar::Null) => {
                            plain = false;
                        }
                        None => {}
                    }
                }
                KeyName::Envelope(EnvelopeSlot::Message) => {
                    map.next_value::<IgnoredAny>()?;
                    envelope = true;
                }
                KeyName::Envelope(EnvelopeSlot::Content(_)) => {
                    envelope = true;
                    if content_seen {
                        map.next_value::<IgnoredAny>()?;
                    } else {
                        content_seen = true;
                        content = Some(map.next_value_seed(seed)?);
                    }
                }
                KeyName::Gps if bare_gps.is_none() && !envelope => {
                    bare_gps = Some(map.next_value_seed(seed)?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !plain {
            return Ok(None);
        }
        Ok(if envelope {
            Some(content.unwrap_or_default())
        } else {
            bare_gps
        })
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<GpsTrack>, A::Error> {
        TrackSeed {
            capacity: self.capacity,
        }
        .visit_seq(seq)
        .map(Some)
    }
}

/// Decodes a GPSListForlarge answer in **one pass** over the body, with room for
/// `capacity` points reserved up front (see
/// [`GpsListForLarge::expected_points`](crate::api::data::GpsListForLarge::expected_points))
/// and the unused room
/// given back: what [`crate::Client::gps_track`] and
/// [`crate::Client::gps_track_chunks`] run on each answer.
///
/// A successful 2xx answer (code 0/200 or none) is decoded once, straight from the
/// body into the points. Anything else — an error code, an HTTP error, a malformed
/// body — goes through [`crate::envelope::decode`], so errors are exactly the general
/// reader's.
///
/// ```
/// let body = br#"{"Result":200,"Message":null,"Content":{"gps":[["2022-07-20 08:00:10",114.1,22.5,8.5]]}}"#;
/// let track = mcs8_client::gps::decode_answer("/api/v1/GPSListForlarge", http::StatusCode::OK, body, 1).unwrap();
/// assert_eq!(track.len(), 1);
/// let err = mcs8_client::gps::decode_answer("/api/v1/GPSListForlarge", http::StatusCode::OK, br#"{"Result":304}"#, 1).unwrap_err();
/// assert_eq!(err.code(), Some(mcs8_client::ErrorCode::from_code(304)));
/// ```
pub fn decode_answer(
    path: &str,
    status: http::StatusCode,
    body: &[u8],
    capacity: usize,
) -> Result<GpsTrack, crate::Error> {
    if status.is_success() {
        if let Some(track) = one_pass(body, capacity) {
            return Ok(track);
        }
    }
    crate::envelope::decode(path, status, body)
}

/// The one-pass read of a plain successful answer; `None` for anything else.
pub(crate) fn one_pass(body: &[u8], capacity: usize) -> Option<GpsTrack> {
    let first = body.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first != b'{' && *first != b'[' {
        return None;
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let track = de.deserialize_any(AnswerSeed { capacity }).ok()??;
    de.end().ok()?;
    Some(track)
}

/// The longest window GPSListForlarge is meant for: 7 days (2.7.2 "建议控制在 7 天内").
pub const MAX_LARGE_WINDOW: Duration = Duration::from_secs(7 * 24 * 3600);

/// The recommended GPSList range: 2 days (2.7.1 "建议控制在 2 天内").
pub const MAX_LIST_WINDOW: Duration = Duration::from_secs(2 * 24 * 3600);

/// Splits `st..et` into consecutive windows of at most `window` (the last one
/// shorter). An empty or inverted range gives no window; a zero `window` is treated as
/// one second.
///
/// ```
/// use chrono::NaiveDate;
/// use std::time::Duration;
/// let st = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap();
/// let et = NaiveDate::from_ymd_opt(2024, 1, 20).unwrap().and_hms_opt(0, 0, 0).unwrap();
/// let w = mcs8_client::gps::split_range(st, et, mcs8_client::gps::MAX_LARGE_WINDOW);
/// assert_eq!(w.len(), 3); // 7 + 7 + 5 days
/// assert_eq!(w[0].0, st);
/// assert_eq!(w[2].1, et);
/// assert_eq!(w[0].1, w[1].0);
/// ```
pub fn split_range(
    st: NaiveDateTime,
    et: NaiveDateTime,
    window: Duration,
) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let step = TimeDelta::from_std(window.max(Duration::from_secs(1)))
        .unwrap_or(TimeDelta::seconds(7 * 24 * 3600));
    let mut out = Vec::new();
    let mut start = st;
    while start < et {
        let end = start.checked_add_signed(step).map_or(et, |e| e.min(et));
        out.push((start, end));
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::StatusCode;

    const PATH: &str = "/api/v1/GPSListForlarge";

    fn general(status: StatusCode, body: &[u8]) -> Result<GpsTrack, String> {
        crate::envelope::decode::<GpsTrack>(PATH, status, body).map_err(|e| e.to_string())
    }

    fn one(status: StatusCode, body: &[u8], capacity: usize) -> Result<GpsTrack, String> {
        decode_answer(PATH, status, body, capacity).map_err(|e| e.to_string())
    }

    #[test]
    fn one_pass_agrees_with_the_general_reader() {
        let p = r#"["2022-07-20 08:00:10",114.1,22.5,8.5]"#;
        let bodies = [
            format!(r#"{{"Result":200,"Message":null,"Content":{{"gps":[{p},{p}]}}}}"#),
            format!(r#"{{"Content ":[{p}],"Result":"200"}}"#),
            format!(r#"{{"code":0,"count":1,"data":{{"list":[{p}]}}}}"#),
            format!(r#"[{p},{p},{p}]"#),
            format!(r#"{{"gps":[{p}]}}"#),
            r#"{"Result":200,"Content":null}"#.to_owned(),
            format!(r#"{{"Result":200,"Content":[{p}],"Content":[{p},{p}]}}"#),
            r#"{"Result":304,"Message":"no device","Content":null}"#.to_owned(),
            format!(r#"{{"Result":{{"gps":[{p}]}}}}"#),
            r#"{"Result":200,"Content":[["bad",1,2]]}"#.to_owned(),
            r#"{"Result":200,"Content":[]} trailing"#.to_owned(),
            "   ".to_owned(),
            "<html>".to_owned(),
        ];
        for body in &bodies {
            for status in [StatusCode::OK, StatusCode::INTERNAL_SERVER_ERROR] {
                for capacity in [0, 1, 1000] {
                    assert_eq!(
                        one(status, body.as_bytes(), capacity),
                        general(status, body.as_bytes()),
                        "{status} {body}"
                    );
                }
            }
        }
    }

    #[test]
    fn capacity_is_reserved_and_the_excess_given_back() {
        let p = r#"["2022-07-20 08:00:10",114.1,22.5,8.5]"#;
        let body = format!(r#"{{"Result":200,"Content":{{"gps":[{p},{p},{p}]}}}}"#);
        let track = one_pass(body.as_bytes(), 10_000).expect("plain success");
        assert_eq!(track.len(), 3);
        assert!(track.points.capacity() < 100, "{}", track.points.capacity());
        // Fewer slots than points: the vector grows as usual.
        assert_eq!(one_pass(body.as_bytes(), 1).map(|t| t.len()), Some(3));
    }
}
