//! Digest helpers shared by the platform modules.

use md5::{Digest as _, Md5};
use sha2::Sha256;

const LOWER: &[u8; 16] = b"0123456789abcdef";
const UPPER: &[u8; 16] = b"0123456789ABCDEF";

fn hex_with(bytes: &[u8], table: &[u8; 16]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(table[usize::from(b >> 4)] as char);
        out.push(table[usize::from(b & 0x0f)] as char);
    }
    out
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
    hex_lower(&Md5::digest(data))
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
    hex_lower(&Sha256::digest(data))
}

pub(crate) fn md5_raw(data: &[u8]) -> [u8; 16] {
    Md5::digest(data).into()
}
