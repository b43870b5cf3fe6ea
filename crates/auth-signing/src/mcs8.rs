//! MCS8 login password signature (登录密码签名).
//!
//! Seed: mcs8-platform-api.txt 2.1.1 登录（获取 Token） and appendix C.1 (Java sample):
//!
//! ```text
//! udef_t   = current UNIX time in seconds
//! md5      = hex(MD5(password))            lower case
//! password = hex(SHA256(md5 + udef_t))     lower case, sent as the `password` field
//! ```
//!
//! The seed's Java sample returns an empty MD5 string for an empty password; this
//! module follows it, so `md5("")` contributes `""` to the SHA-256 input.

use sha2::{Digest as _, Sha256};

use crate::digest::{md5_hex, md5_raw};
use crate::{Decimal, Hex};

/// The login fields derived from the password: send them as the `password` and
/// `udef_t` members of the `POST /api/v1/auth/Token` body (2.1.1).
///
/// Both values live on the stack (computing them allocates nothing); they read as
/// `&str` and convert with `String::from`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct LoginSignature {
    /// `password` (登录密码签名): `hex(SHA256(hex(MD5(password)) + udef_t))`, 64
    /// lower-case hex digits.
    pub password: Hex,
    /// `udef_t` (时间戳): the UNIX-seconds timestamp that went into the signature,
    /// as decimal text.
    pub udef_t: Decimal,
}

impl std::fmt::Debug for LoginSignature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The derived password is replayable for as long as the server accepts
        // `udef_t`, so it is treated as a secret.
        f.debug_struct("LoginSignature")
            .field("password", &"** REDACTED **")
            .field("udef_t", &self.udef_t)
            .finish()
    }
}

/// `hex(MD5(password))`, lower case; the empty password gives the empty string as in
/// the seed's appendix C.1 Java sample.
pub fn password_md5(password: &str) -> String {
    if password.is_empty() {
        String::new()
    } else {
        md5_hex(password.as_bytes())
    }
}

/// Computes the MCS8 login password signature for `password` at `udef_t` (UNIX
/// seconds).
///
/// ```
/// let sig = auth_signing::mcs8::login_signature("000000", 1_700_000_000);
/// assert_eq!(sig.udef_t, "1700000000");
/// assert_eq!(
///     sig.password,
///     "007972d17695beac6344f8a01d38f9c5aacfe8f4a856225755e82f1a90aeb269"
/// );
/// ```
pub fn login_signature(password: &str, udef_t: i64) -> LoginSignature {
    let udef_t = Decimal::new(udef_t);
    let mut h = Sha256::new();
    if !password.is_empty() {
        h.update(Hex::lower(&md5_raw(password.as_bytes())).as_bytes());
    }
    h.update(udef_t.as_bytes());
    LoginSignature {
        password: Hex::lower(&h.finalize()),
        udef_t,
    }
}
