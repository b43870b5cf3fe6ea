//! Digest helpers shared by the platform modules.
//!
//! The signers hex-encode into stack buffers through a lookup table and build each
//! output string with one allocation of its final size; nothing on their hot path
//! pushes character by character or goes through `format!`.

use md5::{Digest as _, Md5};
use sha2::Sha256;

const LOWER: &[u8; 16] = b"0123456789abcdef";
const UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Writes the hex of `bytes` into `out[..2 * bytes.len()]` (`out` must be that long).
fn hex_into(bytes: &[u8], table: &[u8; 16], out: &mut [u8]) {
    for (pair, b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = table[usize::from(b >> 4)];
        pair[1] = table[usize::from(b & 0x0f)];
    }
}

/// The ASCII bytes of a stack buffer as a `String` (one allocation of its size).
pub(crate) fn ascii_string(ascii: &[u8]) -> String {
    // Only hex digits and decimal digits reach here, so this never fails.
    std::str::from_utf8(ascii)
        .map(str::to_owned)
        .unwrap_or_default()
}

/// Lower-case hex of a digest of up to 32 bytes, on the stack.
#[derive(Clone, Copy)]
pub(crate) struct Hex {
    buf: [u8; 64],
    len: usize,
}

impl Hex {
    /// Lower-case hex of `bytes` (at most 32 bytes: MD5 or SHA-256 digests).
    pub(crate) fn lower(bytes: &[u8]) -> Hex {
        Hex::with(bytes, LOWER)
    }

    /// Upper-case hex of `bytes` (at most 32 bytes).
    pub(crate) fn upper(bytes: &[u8]) -> Hex {
        Hex::with(bytes, UPPER)
    }

    fn with(bytes: &[u8], table: &[u8; 16]) -> Hex {
        let bytes = &bytes[..bytes.len().min(32)];
        let mut h = Hex {
            buf: [0; 64],
            len: bytes.len() * 2,
        };
        hex_into(bytes, table, &mut h.buf[..bytes.len() * 2]);
        h
    }

    /// The hex digits.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// The hex digits as an owned string.
    pub(crate) fn into_string(self) -> String {
        ascii_string(self.as_bytes())
    }
}

/// Decimal digits of an integer, on the stack.
#[derive(Clone, Copy)]
pub(crate) struct Decimal {
    buf: [u8; 20],
    start: usize,
}

impl Decimal {
    /// The decimal text of `n` (a leading `-` when negative).
    pub(crate) fn new(n: i64) -> Decimal {
        let mut d = Decimal {
            buf: [0; 20],
            start: 20,
        };
        let mut v = n.unsigned_abs();
        loop {
            d.start -= 1;
            d.buf[d.start] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if n < 0 {
            d.start -= 1;
            d.buf[d.start] = b'-';
        }
        d
    }

    /// The digits.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// The digits as text.
    pub(crate) fn as_str(&self) -> &str {
        // ASCII digits and '-' only.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

fn hex_with(bytes: &[u8], table: &[u8; 16]) -> String {
    let mut out = vec![0u8; bytes.len() * 2];
    hex_into(bytes, table, &mut out);
    // Hex digits only, so this never fails.
    String::from_utf8(out).unwrap_or_default()
}

/// Lower-case hexadecimal encoding of `bytes`.
///
/// ```
/// assert_eq!(auth_signing::hex_lower(&[0x0a, 0xff]), "0aff");
/// ```
pub fn hex_lower(bytes: &[u8]) -> String {
    hex_with(bytes, LOWER)
}

/// Upper-case hexadecimal encoding of `bytes`.
///
/// ```
/// assert_eq!(auth_signing::hex_upper(&[0x0a, 0xff]), "0AFF");
/// ```
pub fn hex_upper(bytes: &[u8]) -> String {
    hex_with(bytes, UPPER)
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
