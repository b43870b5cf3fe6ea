//! Digest helpers shared by the platform modules.
//!
//! The signers hex-encode into stack buffers through a lookup table and build each
//! output string with one allocation of its final size; nothing on their hot path
//! pushes character by character or goes through `format!`.

use md5::{Digest as _, Md5};
use sha2::Sha256;

/// The two hex digits of every byte value, from `digits`: one two-byte store per
/// input byte instead of two table lookups and two stores.
const fn pair_table(digits: &[u8; 16]) -> [[u8; 2]; 256] {
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [digits[i >> 4], digits[i & 0x0f]];
        i += 1;
    }
    t
}

static LOWER_PAIRS: Pairs = pair_table(b"0123456789abcdef");
static UPPER_PAIRS: Pairs = pair_table(b"0123456789ABCDEF");

/// A byte's two hex digits, from [`LOWER_PAIRS`] or [`UPPER_PAIRS`].
type Pairs = [[u8; 2]; 256];

/// Writes the hex of `bytes` into `out[..2 * bytes.len()]` (`out` must be that long).
fn hex_into(bytes: &[u8], pairs: &Pairs, out: &mut [u8]) {
    for (pair, b) in out.chunks_exact_mut(2).zip(bytes) {
        pair.copy_from_slice(&pairs[usize::from(*b)]);
    }
}

/// The ASCII bytes of a stack buffer as a `String` (one allocation of its size).
pub(crate) fn ascii_string(ascii: &[u8]) -> String {
    // Only hex digits and decimal digits reach here, so this never fails.
    std::str::from_utf8(ascii)
        .map(str::to_owned)
        .unwrap_or_default()
}

/// Hexadecimal digits of a digest of up to 32 bytes (MD5 or SHA-256), held on the
/// stack: what the signers return, so that signing allocates nothing.
///
/// It reads as a `&str` ([`Hex::as_str`], `Deref`, `AsRef<str>`, `Display`), compares
/// with strings, and becomes a `String` with `String::from` or `to_string`. Its
/// `Debug` shows only the length, since a signature is as good as a credential for
/// as long as the platform accepts its timestamp.
///
/// ```
/// let sig = auth_signing::mcs8::login_signature("000000", 1_700_000_000);
/// let hex: &auth_signing::Hex = &sig.password;
/// assert_eq!(hex.len(), 64);
/// assert!(hex.starts_with("007972d1"));
/// assert_eq!(format!("{hex:?}"), "Hex(64 digits)");
/// let owned: String = sig.password.into();
/// assert_eq!(owned.len(), 64);
/// ```
#[derive(Clone, Copy)]
pub struct Hex {
    buf: [u8; 64],
    len: usize,
}

impl Hex {
    /// Lower-case hex of `bytes` (at most 32 bytes: MD5 or SHA-256 digests).
    pub(crate) fn lower(bytes: &[u8]) -> Hex {
        Hex::with(bytes, &LOWER_PAIRS)
    }

    /// Upper-case hex of `bytes` (at most 32 bytes).
    pub(crate) fn upper(bytes: &[u8]) -> Hex {
        Hex::with(bytes, &UPPER_PAIRS)
    }

    fn with(bytes: &[u8], pairs: &Pairs) -> Hex {
        let bytes = &bytes[..bytes.len().min(32)];
        let mut h = Hex {
            buf: [0; 64],
            len: bytes.len() * 2,
        };
        hex_into(bytes, pairs, &mut h.buf[..bytes.len() * 2]);
        h
    }

    /// The hex digits as bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// The hex digits.
    pub fn as_str(&self) -> &str {
        // Hex digits only, so this never fails.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The hex digits as an owned string (one allocation of its size).
    pub fn into_string(self) -> String {
        ascii_string(self.as_bytes())
    }
}

/// Decimal digits of an integer (a timestamp), held on the stack.
///
/// Reads as a `&str` like [`Hex`] does; its `Debug` shows the digits.
///
/// ```
/// let sig = auth_signing::mcs8::login_signature("000000", 1_700_000_000);
/// assert_eq!(sig.udef_t, "1700000000");
/// assert_eq!(sig.udef_t.as_str().parse::<i64>(), Ok(1_700_000_000));
/// ```
#[derive(Clone, Copy)]
pub struct Decimal {
    buf: [u8; 20],
    start: usize,
}

impl Decimal {
    /// The decimal text of `n` (a leading `-` when negative).
    pub fn new(n: i64) -> Decimal {
        // itoa writes two digits per step from a table (a 13-digit millisecond
        // timestamp in a few nanoseconds); `i64::MIN` is 20 characters with its sign.
        let mut text = itoa::Buffer::new();
        let text = text.format(n).as_bytes();
        let mut d = Decimal {
            buf: [0; 20],
            start: 20 - text.len(),
        };
        d.buf[d.start..].copy_from_slice(text);
        d
    }

    /// The digits as bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// The digits as text.
    pub fn as_str(&self) -> &str {
        // ASCII digits and '-' only.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

/// `&str` views, comparisons and conversions shared by [`Hex`] and [`Decimal`].
macro_rules! text_impls {
    ($t:ty) => {
        impl std::ops::Deref for $t {
            type Target = str;
            fn deref(&self) -> &str {
                self.as_str()
            }
        }
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
        impl AsRef<[u8]> for $t {
            fn as_ref(&self) -> &[u8] {
                self.as_bytes()
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                self.as_bytes() == other.as_bytes()
            }
        }
        impl Eq for $t {}
        impl std::hash::Hash for $t {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }
        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
        impl PartialEq<String> for $t {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<$t> for str {
            fn eq(&self, other: &$t) -> bool {
                self == other.as_str()
            }
        }
        impl PartialEq<$t> for &str {
            fn eq(&self, other: &$t) -> bool {
                *self == other.as_str()
            }
        }
        impl PartialEq<$t> for String {
            fn eq(&self, other: &$t) -> bool {
                self == other.as_str()
            }
        }
        impl From<$t> for String {
            fn from(v: $t) -> String {
                ascii_string(v.as_bytes())
            }
        }
    };
}

text_impls!(Hex);
text_impls!(Decimal);

impl std::fmt::Debug for Hex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hex({} digits)", self.len)
    }
}

impl std::fmt::Debug for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Decimal").field(&self.as_str()).finish()
    }
}

/// The MD5 of `parts` joined by `sep` (Hongtu's `uri-method-…-cappkey`): joined in a
/// stack buffer and hashed in one call when it fits in 256 bytes (one `update` per
/// piece costs more than copying the pieces; the one-byte separators are stored, not
/// copied), streamed piece by piece otherwise.
pub(crate) fn md5_joined(sep: u8, parts: &[&[u8]]) -> [u8; 16] {
    let len = parts.iter().map(|p| p.len()).sum::<usize>() + parts.len().saturating_sub(1);
    let mut buf = [0u8; 256];
    if len > buf.len() {
        let mut h = Md5::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                h.update([sep]);
            }
            h.update(p);
        }
        return h.finalize().into();
    }
    let mut at = 0;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            buf[at] = sep;
            at += 1;
        }
        buf[at..at + p.len()].copy_from_slice(p);
        at += p.len();
    }
    Md5::digest(&buf[..len]).into()
}

fn hex_with(bytes: &[u8], pairs: &Pairs) -> String {
    let mut out = vec![0u8; bytes.len() * 2];
    hex_into(bytes, pairs, &mut out);
    // Hex digits only, so this never fails.
    String::from_utf8(out).unwrap_or_default()
}

/// Lower-case hexadecimal encoding of `bytes`.
///
/// ```
/// assert_eq!(auth_signing::hex_lower(&[0x0a, 0xff]), "0aff");
/// ```
pub fn hex_lower(bytes: &[u8]) -> String {
    hex_with(bytes, &LOWER_PAIRS)
}

/// Upper-case hexadecimal encoding of `bytes`.
///
/// ```
/// assert_eq!(auth_signing::hex_upper(&[0x0a, 0xff]), "0AFF");
/// ```
pub fn hex_upper(bytes: &[u8]) -> String {
    hex_with(bytes, &UPPER_PAIRS)
}

/// Lower-case hex MD5 of `data`.
///
/// ```
/// assert_eq!(auth_signing::md5_hex(b"{}"), "99914b932bd37a50b983c5e7c90ae93b");
/// ```
pub fn md5_hex(data: &[u8]) -> String {
    Hex::lower(&md5_raw(data)).into_string()
}

/// Lower-case hex SHA-256 of `data`.
///
/// ```
/// assert_eq!(
///     auth_signing::sha256_hex(b"{}"),
///     "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
/// );
/// ```
pub fn sha256_hex(data: &[u8]) -> String {
    Hex::lower(&sha256_raw(data)).into_string()
}

pub(crate) fn md5_raw(data: &[u8]) -> [u8; 16] {
    Md5::digest(data).into()
}

pub(crate) fn sha256_raw(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_joined_equals_md5_of_the_joined_string() {
        let data: Vec<u8> = (0..1000u32).map(|i| b'a' + (i % 26) as u8).collect();
        for total in [0, 1, 64, 200, 255, 256, 257, 1000] {
            for piece in [1, 3, 64, 300] {
                let parts: Vec<&[u8]> = data[..total].chunks(piece).collect();
                let joined = parts.join(&b'-');
                assert_eq!(
                    md5_joined(b'-', &parts),
                    md5_raw(&joined),
                    "{total}/{piece}"
                );
            }
        }
        assert_eq!(md5_joined(b'-', &[]), md5_raw(b""));
    }

    #[test]
    fn decimal_covers_the_extremes() {
        for n in [0, 7, -7, 10, 1_700_000_000, i64::MAX, i64::MIN] {
            assert_eq!(Decimal::new(n).as_str(), n.to_string());
        }
    }

    #[test]
    fn hex_matches_the_generic_encoder() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for chunk in bytes.chunks(32) {
            assert_eq!(Hex::lower(chunk).into_string(), hex_lower(chunk));
            assert_eq!(Hex::upper(chunk).into_string(), hex_upper(chunk));
        }
        assert_eq!(hex_lower(&[]), "");
    }
}
