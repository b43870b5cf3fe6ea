//! # auth-signing
//!
//! Every signature the four anfang platforms need, as small pure functions: request
//! description in, header values or fields out. Nothing here performs I/O, reads the
//! clock or draws random numbers: the timestamp and the nonce are arguments, so every
//! result is reproducible and the seeds' worked examples are exact test vectors.
//!
//! | platform | module | seed section |
//! |---|---|---|
//! | MCS8 dispatch platform | [`mcs8`] | mcs8-platform-api.txt 2.1.1, appendix C.1 |
//! | Megvii Hongtu 3000 | [`hongtu`] | hongtu-aiot-openapi.txt 接口鉴权 1.1–1.3 |
//! | TP-LINK TUMS | [`tums`] | tums-open-api.txt 1.2.2 请求签名 |
//! | Lenfocus device protocol | [`lenfocus`] | lenfocus-device-protocol.md 一 1.1, 三 签名算法 |
//!
//! ```
//! use auth_signing::hongtu::{sign, HongtuCredentials, HongtuRequest};
//!
//! let headers = sign(
//!     &HongtuRequest {
//!         uri: "/v1/api/person/list",
//!         method: "POST",
//!         query: "",
//!         body: Some(br#"{"pageNum":1,"pageSize":10}"#),
//!     },
//!     &HongtuCredentials { app_key: "appkey1", secret: "sdfajk3242324fa!djq7" },
//!     1627300328673,
//!     "1234344",
//! );
//! assert_eq!(headers.csign, "52141def7a1e346ceee2f22c43d5fb97");
//! ```
//!
//! The RSA connect signature of Lenfocus sits behind the `rsa` feature (on by
//! default) so that users who only sign HTTP requests need not compile an RSA stack.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod explain;
pub mod hongtu;
pub mod lenfocus;
pub mod mcs8;
pub mod tums;

mod digest;

pub use digest::{hex_lower, hex_upper, md5_hex, sha256_hex, Decimal, Hex};

/// Errors from signing. Only inputs that cannot be signed produce one; the error text
/// never contains a secret.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignError {
    /// A header field would contain a character that breaks the header grammar
    /// (for TUMS: a comma, `=`, whitespace or a control character).
    #[error("invalid {field}: {reason}")]
    InvalidField {
        /// Which field (never its value when it is secret).
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The private key could not be parsed as a PKCS#1 or PKCS#8 PEM RSA key.
    #[error("invalid RSA private key: {0}")]
    InvalidKey(String),
    /// The RSA operation failed (for example a key too small for the digest).
    #[error("RSA signing failed: {0}")]
    Rsa(String),
}
