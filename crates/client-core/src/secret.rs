//! [`Secret`]: text that must never be printed.

use std::fmt;

use serde::{Deserialize, Deserializer};
use zeroize::Zeroizing;

/// The placeholder printed instead of a secret.
pub const REDACTED: &str = "** REDACTED **";

/// A secret string (password, secret key, token, private key PEM).
///
/// `Debug` and `Display` print `** REDACTED **`; the memory is zeroed on drop; the
/// value is reachable only through [`Secret::expose`], which makes every use visible
/// in review. It deserializes from a string but deliberately does not implement
/// `Serialize`: use [`Secret::serialize_exposed`] in the few request fields that must
/// carry a secret on the wire.
///
/// ```
/// use client_core::Secret;
/// let sk = Secret::new("s3cr3t");
/// assert_eq!(format!("{sk:?}"), "Secret(** REDACTED **)");
/// assert_eq!(sk.to_string(), "** REDACTED **");
/// assert_eq!(sk.expose(), "s3cr3t");
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The secret value. Never log or format it.
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    /// `true` when the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `serialize_with` helper for request fields that must send a secret.
    pub fn serialize_exposed<S: serde::Serializer>(s: &Secret, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(s.expose())
    }

    /// `serialize_with` helper for optional secret request fields.
    pub fn serialize_exposed_opt<S: serde::Serializer>(
        s: &Option<Secret>,
        ser: S,
    ) -> Result<S::Ok, S::Error> {
        match s {
            Some(s) => ser.serialize_some(s.expose()),
            None => ser.serialize_none(),
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({REDACTED})")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret::new)
    }
}

/// Marks a header value as sensitive so `http`/`reqwest` never print it.
///
/// Takes a `&str` (copied) or an owned `String` (its buffer becomes the header value,
/// no copy).
pub fn sensitive_header<V>(value: V) -> Result<http::HeaderValue, crate::Error>
where
    V: TryInto<http::HeaderValue>,
{
    let mut v = value.try_into().map_err(|_| {
        crate::Error::Signing("a signed header value contains invalid characters".into())
    })?;
    v.set_sensitive(true);
    Ok(v)
}
