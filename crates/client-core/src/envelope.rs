//! [`Envelope`]: one lenient reader for every platform's response envelope.
//!
//! Each platform wraps its payload differently (`{"error_code", "msg", "result"}` on
//! TUMS, `{"code", "msg", "data"}` on Hongtu, `{"Result", "Message", "Content"}` or
//! `{"code", "msg", "count", "data"}` on MCS8…). A platform describes its members once
//! as [`EnvelopeKeys`]; [`Envelope::parse`] scans the body once, matching keys trimmed
//! and case-insensitively (the seeds print `"result "` with a trailing space), and
//! keeps the payload as a borrowed raw slice, so it is decoded straight into the
//! endpoint's type without an intermediate `serde_json::Value`.
//!
//! A successful answer takes a faster road still: [`Envelope::decode_success`] reads
//! the envelope and decodes the payload into its type in the same single pass (the
//! message is skipped, nothing is copied); any answer it does not fully understand
//! goes through [`Envelope::parse`], which reports what is wrong.

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess};
use serde_json::value::RawValue;

/// The member names of a platform's envelope (matched trimmed, ASCII
/// case-insensitively; the first one present wins).
#[derive(Debug, Clone, Copy)]
pub struct EnvelopeKeys {
    /// The result code (`error_code`, `code`, `Result`…): an integer or a numeric string.
    pub code: &'static [&'static str],
    /// The vendor message (`msg`, `Message`…).
    pub message: &'static [&'static str],
    /// The payload (`result`, `data`, `Content`…).
    pub payload: &'static [&'static str],
    /// The paging total kept beside the payload (`count`, `total`…), if any.
    pub total: &'static [&'static str],
    /// Further members kept raw for the platform's own checks (TUMS `failList`).
    pub extra: &'static [&'static str],
    /// A body with none of the members above (or a JSON array) is itself the payload
    /// of a successful answer.
    pub bare_payload: bool,
    /// A code member whose value is not a number is taken as the payload (MCS8 answers
    /// where `result` holds data).
    pub non_numeric_code_is_payload: bool,
    /// A successful-looking answer without a code member is a decode error (Hongtu,
    /// TUMS); otherwise it is taken as success (MCS8).
    pub code_required: bool,
}

impl EnvelopeKeys {
    /// An envelope of a required `code`, a `message` and a `payload` member, with no
    /// total, no extra members and no bare payloads (the common shape; adjust with the
    /// other `const` methods).
    ///
    /// ```
    /// use client_core::EnvelopeKeys;
    /// const KEYS: EnvelopeKeys = EnvelopeKeys::new(&["error_code"], &["msg"], &["result"])
    ///     .with_extra(&["failList"]);
    /// assert!(KEYS.code_required && !KEYS.bare_payload);
    /// ```
    pub const fn new(
        code: &'static [&'static str],
        message: &'static [&'static str],
        payload: &'static [&'static str],
    ) -> Self {
        Self {
            code,
            message,
            payload,
            total: &[],
            extra: &[],
            bare_payload: false,
            non_numeric_code_is_payload: false,
            code_required: true,
        }
    }

    /// Members holding the paging total.
    pub const fn with_total(mut self, total: &'static [&'static str]) -> Self {
        self.total = total;
        self
    }

    /// Further members kept raw for [`Platform::check`](crate::Platform::check).
    pub const fn with_extra(mut self, extra: &'static [&'static str]) -> Self {
        self.extra = extra;
        self
    }

    /// A body without envelope members is the payload; a missing code is success; a
    /// non-numeric code member is the payload (MCS8).
    pub const fn lenient(mut self) -> Self {
        self.bare_payload = true;
        self.non_numeric_code_is_payload = true;
        self.code_required = false;
        self
    }
}

/// The members of one response envelope, found by one scan of the body.
#[derive(Debug, Default)]
pub struct Envelope<'a> {
    /// The result code, when the body carried one.
    pub code: Option<i64>,
    /// The vendor message (unbounded here; errors bound it).
    pub message: Option<String>,
    /// The payload as a borrowed raw slice.
    pub payload: Option<&'a RawValue>,
    /// The paging total beside the payload.
    pub total: Option<u64>,
    /// The [`EnvelopeKeys::extra`] members found: (index into `extra`, raw value).
    pub extra: Vec<(usize, &'a RawValue)>,
    /// `false` when no envelope member was found (a bare payload).
    pub is_envelope: bool,
}

impl<'a> Envelope<'a> {
    /// Scans `body` once.
    ///
    /// ```
    /// use client_core::envelope::{Envelope, EnvelopeKeys};
    /// const KEYS: EnvelopeKeys = EnvelopeKeys {
    ///     code: &["error_code"], message: &["msg"], payload: &["result"], total: &[],
    ///     extra: &[], bare_payload: false, non_numeric_code_is_payload: false,
    ///     code_required: true,
    /// };
    /// let env = Envelope::parse(br#"{"error_code":0,"result ":{"a":1}}"#, &KEYS).unwrap();
    /// assert_eq!(env.code, Some(0));
    /// let v: serde_json::Value = env.decode().unwrap();
    /// assert_eq!(v["a"], 1);
    /// ```
    pub fn parse(body: &'a [u8], keys: &EnvelopeKeys) -> Result<Self, serde_json::Error> {
        let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if first != Some(b'{') {
            if keys.bare_payload {
                let raw: &'a RawValue = serde_json::from_slice(body)?;
                return Ok(Envelope {
                    payload: Some(raw),
                    ..Envelope::default()
                });
            }
            // Let serde_json say what is wrong and where (an HTML page, an array…).
            let mut de = serde_json::Deserializer::from_slice(body);
            (&mut de).deserialize_map(MapVisitor { keys })?;
            de.end()?;
            return Err(de::Error::invalid_type(
                de::Unexpected::Other("a JSON value that is not an object"),
                &"a response envelope (a JSON object)",
            ));
        }
        let mut de = serde_json::Deserializer::from_slice(body);
        let mut env = (&mut de).deserialize_map(MapVisitor { keys })?;
        de.end()?;
        if !env.is_envelope && keys.bare_payload {
            env.payload = Some(serde_json::from_slice(body)?);
        }
        Ok(env)
    }

    /// Decodes the payload into `T` (an absent payload decodes as JSON `null`, so
    /// `()` and `Option<_>` accept it; a `null` member counts as absent, see
    /// [`crate::lenient::from_str`]).
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        match self.payload {
            Some(raw) => crate::lenient::from_str(raw.get()),
            None => serde_json::from_str("null"),
        }
    }

    /// The raw value of an [`EnvelopeKeys::extra`] member, by its index in `extra`.
    pub fn extra(&self, index: usize) -> Option<&'a RawValue> {
        self.extra
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, v)| *v)
    }
}

#[derive(Clone, Copy)]
enum Slot {
    Code,
    Message,
    Payload,
    Total,
    Extra(usize),
    Other,
}

fn matches(key: &str, names: &[&str]) -> Option<usize> {
    let key = key.trim();
    names.iter().position(|n| key.eq_ignore_ascii_case(n))
}

fn classify(keys: &EnvelopeKeys, key: &str) -> Slot {
    if matches(key, keys.code).is_some() {
        Slot::Code
    } else if matches(key, keys.message).is_some() {
        Slot::Message
    } else if matches(key, keys.payload).is_some() {
        Slot::Payload
    } else if matches(key, keys.total).is_some() {
        Slot::Total
    } else if let Some(i) = matches(key, keys.extra) {
        Slot::Extra(i)
    } else {
        Slot::Other
    }
}

/// Classifies a key without allocating (borrowed, transient or escaped).
struct KeySeed<'k>(&'k EnvelopeKeys);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Slot;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Slot, D::Error> {
        struct V<'k>(&'k EnvelopeKeys);
        impl de::Visitor<'_> for V<'_> {
            type Value = Slot;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Slot, E> {
                Ok(classify(self.0, v))
            }
        }
        d.deserialize_str(V(self.0))
    }
}

/// An integer from a JSON number or numeric string (`"0"`, `200.0`).
pub fn int_of(raw: &str) -> Option<i64> {
    let t = raw.trim();
    let t = t
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(t)
        .trim();
    t.parse::<i64>().ok().or_else(|| {
        t.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite() && f.fract() == 0.0 && f.abs() < 9e15)
            .map(|f| f as i64)
    })
}

fn text_of(raw: &RawValue) -> Option<String> {
    let text = raw.get().trim();
    if text.starts_with('"') {
        return serde_json::from_str::<String>(text).ok();
    }
    (text != "null").then(|| text.to_owned())
}

struct MapVisitor<'k> {
    keys: &'k EnvelopeKeys,
}

impl<'de> de::Visitor<'de> for MapVisitor<'_> {
    type Value = Envelope<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope<'de>, A::Error> {
        let mut env = Envelope::default();
        let mut code_as_payload: Option<&'de RawValue> = None;
        while let Some(slot) = map.next_key_seed(KeySeed(self.keys))? {
            match slot {
                Slot::Code => {
                    let raw: &'de RawValue = map.next_value()?;
                    if env.code.is_some() {
                        continue;
                    }
                    if let Some(n) = int_of(raw.get()) {
                        env.code = Some(n);
                        env.is_envelope = true;
                    } else if self.keys.non_numeric_code_is_payload && raw.get().trim() != "null" {
                        code_as_payload = Some(raw);
                    }
                }
                Slot::Message => {
                    let raw: &'de RawValue = map.next_value()?;
                    if env.message.is_none() {
                        env.message = text_of(raw);
                    }
                    env.is_envelope = true;
                }
                Slot::Payload => {
                    let raw: &'de RawValue = map.next_value()?;
                    if env.payload.is_none() {
                        env.payload = Some(raw);
                    }
                    env.is_envelope = true;
                }
                Slot::Total => {
                    let raw: &'de RawValue = map.next_value()?;
                    if env.total.is_none() {
                        env.total = int_of(raw.get()).and_then(|n| u64::try_from(n).ok());
                    }
                }
                Slot::Extra(i) => {
                    let raw: &'de RawValue = map.next_value()?;
                    env.extra.push((i, raw));
                }
                Slot::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if env.payload.is_none() {
            if let Some(raw) = code_as_payload {
                env.payload = Some(raw);
                env.is_envelope = true;
            }
        }
        Ok(env)
    }
}

/// What [`Envelope::decode_success`] read: the members a successful answer needs.
#[derive(Debug)]
pub struct Decoded<T> {
    /// The result code, when the body carried one (the caller decides whether it means
    /// success).
    pub code: Option<i64>,
    /// The paging total beside the payload.
    pub total: Option<u64>,
    /// The payload, decoded straight from the body (an absent payload decodes as JSON
    /// `null`).
    pub payload: T,
}

impl Envelope<'_> {
    /// One pass over `body` straight into the payload type: the fast path of a
    /// successful answer. Keys are matched like [`Envelope::parse`] (trimmed, ASCII
    /// case-insensitively, so the seeds' `"result "` is read without rebuilding any
    /// map); the message is skipped unread and nothing is copied but what `T` owns.
    ///
    /// `None` when the answer needs the general path ([`Envelope::parse`] then
    /// [`Envelope::decode`]), which sees the whole envelope and reports errors: a body
    /// that is not a JSON object, a code that is not a number, a member present twice,
    /// an [`EnvelopeKeys::extra`] member, a bare payload, or a payload that does not
    /// decode as `T` as it stands (for instance one with `null` members, which the
    /// lenient general path accepts). Whether the code means success is the caller's
    /// decision.
    ///
    /// ```
    /// use client_core::envelope::{Envelope, EnvelopeKeys};
    /// const KEYS: EnvelopeKeys = EnvelopeKeys::new(&["error_code"], &["msg"], &["result"]);
    /// let ok = Envelope::decode_success::<Vec<u8>>(br#"{"error_code":0,"result ":[1,2]}"#, &KEYS);
    /// assert_eq!(ok.map(|d| (d.code, d.payload)), Some((Some(0), vec![1, 2])));
    /// // Not the fast path's business: the general path explains what is wrong.
    /// assert!(Envelope::decode_success::<Vec<u8>>(b"<html>", &KEYS).is_none());
    /// ```
    pub fn decode_success<T: DeserializeOwned>(
        body: &[u8],
        keys: &EnvelopeKeys,
    ) -> Option<Decoded<T>> {
        let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if first != Some(b'{') {
            return None;
        }
        let mut de = serde_json::Deserializer::from_slice(body);
        let found = (&mut de)
            .deserialize_map(TypedVisitor::<T> {
                keys,
                payload: std::marker::PhantomData,
            })
            .ok()?;
        de.end().ok()?;
        if !found.is_envelope && keys.bare_payload {
            return None;
        }
        let payload = match found.payload {
            Some(p) => p,
            None => serde_json::from_str("null").ok()?,
        };
        Some(Decoded {
            code: found.code,
            total: found.total,
            payload,
        })
    }
}

struct Found<T> {
    code: Option<i64>,
    total: Option<u64>,
    payload: Option<T>,
    message: bool,
    total_seen: bool,
    is_envelope: bool,
}

struct TypedVisitor<'k, T> {
    keys: &'k EnvelopeKeys,
    payload: std::marker::PhantomData<T>,
}

/// Why the fast path gave up (never shown: the general path then reports).
fn general<E: de::Error>() -> E {
    E::custom("take the general path")
}

impl<'de, T: DeserializeOwned> de::Visitor<'de> for TypedVisitor<'_, T> {
    type Value = Found<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Found<T>, A::Error> {
        let mut found = Found {
            code: None,
            total: None,
            payload: None,
            message: false,
            total_seen: false,
            is_envelope: false,
        };
        while let Some(slot) = map.next_key_seed(KeySeed(self.keys))? {
            match slot {
                Slot::Code => {
                    let raw: &'de RawValue = map.next_value()?;
                    if found.code.is_some() {
                        return Err(general());
                    }
                    found.code = Some(int_of(raw.get()).ok_or_else(general)?);
                    found.is_envelope = true;
                }
                Slot::Message => {
                    if found.message {
                        return Err(general());
                    }
                    map.next_value::<IgnoredAny>()?;
                    found.message = true;
                    found.is_envelope = true;
                }
                Slot::Payload => {
                    if found.payload.is_some() {
                        return Err(general());
                    }
                    found.payload = Some(map.next_value::<T>()?);
                    found.is_envelope = true;
                }
                Slot::Total => {
                    let raw: &'de RawValue = map.next_value()?;
                    if found.total_seen {
                        return Err(general());
                    }
                    found.total_seen = true;
                    found.total = int_of(raw.get()).and_then(|n| u64::try_from(n).ok());
                }
                Slot::Extra(_) => return Err(general()),
                Slot::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TUMS: EnvelopeKeys = EnvelopeKeys {
        code: &["error_code"],
        message: &["msg"],
        payload: &["result"],
        total: &[],
        extra: &["failList"],
        bare_payload: false,
        non_numeric_code_is_payload: false,
        code_required: true,
    };

    const MCS8: EnvelopeKeys = EnvelopeKeys {
        code: &["result", "code", "errcode", "error_code", "resultCode"],
        message: &["message", "msg", "errmsg", "error_msg"],
        payload: &["content", "data", "rows", "list"],
        total: &["count", "total", "totalCount", "total_count", "records"],
        extra: &[],
        bare_payload: true,
        non_numeric_code_is_payload: true,
        code_required: false,
    };

    #[test]
    fn trailing_space_and_extra_members() {
        let env = Envelope::parse(
            br#"{"error_code":-1,"msg":"m","result ":[1],"failList":[{"x":1}],"z":{"deep":[1,2]}}"#,
            &TUMS,
        )
        .unwrap();
        assert_eq!(env.code, Some(-1));
        assert_eq!(env.message.as_deref(), Some("m"));
        assert_eq!(env.payload.unwrap().get(), "[1]");
        assert_eq!(env.extra(0).unwrap().get(), r#"[{"x":1}]"#);
    }

    #[test]
    fn bare_payloads_and_non_numeric_result() {
        let env = Envelope::parse(br#"[1,2]"#, &MCS8).unwrap();
        assert!(!env.is_envelope);
        assert_eq!(env.decode::<Vec<i32>>().unwrap(), vec![1, 2]);
        let env = Envelope::parse(br#"{"token":"t"}"#, &MCS8).unwrap();
        assert_eq!(env.payload.unwrap().get(), r#"{"token":"t"}"#);
        let env = Envelope::parse(br#"{"Result":{"a":1},"Message":null}"#, &MCS8).unwrap();
        assert_eq!(env.code, None);
        assert_eq!(env.payload.unwrap().get(), r#"{"a":1}"#);
        let env = Envelope::parse(br#"{"code":"200","count":"7","data":[]}"#, &MCS8).unwrap();
        assert_eq!((env.code, env.total), (Some(200), Some(7)));
    }

    #[test]
    fn not_an_object_is_an_error_without_bare_payloads() {
        assert!(Envelope::parse(b"<html>", &TUMS).is_err());
        assert!(Envelope::parse(b"[1]", &TUMS).is_err());
        assert!(Envelope::parse(br#"{"error_code":0} trailing"#, &TUMS).is_err());
    }

    #[test]
    fn one_pass_decode_reads_the_common_answer_and_gives_up_on_the_rest() {
        let ok = Envelope::decode_success::<Vec<i32>>(
            br#" {"msg":"m","result ":[1,2],"z":{"deep":[1]},"error_code":"0"} "#,
            &TUMS,
        )
        .unwrap();
        assert_eq!((ok.code, ok.payload), (Some(0), vec![1, 2]));
        let absent =
            Envelope::decode_success::<Option<i32>>(br#"{"error_code":3}"#, &TUMS).unwrap();
        assert_eq!((absent.code, absent.payload), (Some(3), None));
        let listing =
            Envelope::decode_success::<Vec<i32>>(br#"{"code":"200","count":"7","data":[]}"#, &MCS8)
                .unwrap();
        assert_eq!((listing.code, listing.total), (Some(200), Some(7)));
        for body in [
            &br#"{"error_code":0,"result":[1],"failList":[]}"#[..],
            br#"{"error_code":0,"result":[1],"result":[2]}"#,
            br#"{"error_code":0,"error_code":1}"#,
            br#"{"error_code":"x","result":[1]}"#,
            br#"{"error_code":0,"result":["a"]}"#,
            br#"{"error_code":0,"result":[1]} x"#,
            b"[1]",
            b"<html>",
        ] {
            assert!(Envelope::decode_success::<Vec<i32>>(body, &TUMS).is_none());
        }
        for body in [&b"[1]"[..], br#"{"token":"t"}"#, br#"{"Result":[1]}"#] {
            assert!(Envelope::decode_success::<serde_json::Value>(body, &MCS8).is_none());
        }
    }

    #[test]
    fn extreme_numbers_never_panic() {
        for body in [
            r#"{"error_code":-1e300}"#,
            r#"{"error_code":1e300}"#,
            r#"{"error_code":"NaN"}"#,
            r#"{"error_code":-9223372036854775808}"#,
            r#"{"error_code":18446744073709551615}"#,
        ] {
            let _ = Envelope::parse(body.as_bytes(), &TUMS);
        }
    }
}
