//! Hongtu request signature (接口鉴权).
//!
//! Seed: hongtu-aiot-openapi.txt 接口鉴权 1.1 (headers), 1.2 (algorithm), 1.3 (worked
//! example). Every request carries four headers:
//!
//! | header | meaning |
//! |---|---|
//! | `ctimestamp` | client UNIX time in **milliseconds** |
//! | `cnonce` | 6-character random string, letters allowed |
//! | `cappkey` | the application key issued by the box |
//! | `csign` | `MD5(uri-method-queryParamStr-requestBodyMD5-secretKey-ctimestamp-cnonce-cappkey)`, lower-case hex |
//!
//! `requestBodyMD5` is the MD5 of the exact body bytes; when there is no body it is the
//! MD5 of `{}` ("为空会报JSON解析异常"), except for multipart file uploads, where the
//! seed's upload demo signs an empty `requestBodyMD5`.

use crate::digest::{md5_hex, md5_joined, md5_raw};
use crate::{Decimal, Hex};

/// Header name `ctimestamp`.
pub const HEADER_TIMESTAMP: &str = "ctimestamp";
/// Header name `cnonce`.
pub const HEADER_NONCE: &str = "cnonce";
/// Header name `cappkey`.
pub const HEADER_APP_KEY: &str = "cappkey";
/// Header name `csign`.
pub const HEADER_SIGN: &str = "csign";

/// MD5 of `{}`, the `requestBodyMD5` of a JSON request without a body.
pub const EMPTY_JSON_BODY_MD5: &str = "99914b932bd37a50b983c5e7c90ae93b";

/// What the signature covers, for a JSON request (or one without a body).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HongtuRequest<'a> {
    /// Request path starting with `/`, without scheme, host or query
    /// (e.g. `/v1/api/person/list`).
    pub uri: &'a str,
    /// Upper-case HTTP method, e.g. `POST`.
    pub method: &'a str,
    /// The query string exactly as sent (without `?`), or `""`.
    pub query: &'a str,
    /// The exact JSON body bytes sent; `None` signs the MD5 of `{}`.
    pub body: Option<&'a [u8]>,
}

impl<'a> HongtuRequest<'a> {
    /// The same request with its body digest made explicit (`{}` for no body).
    pub fn signed_parts(&self) -> SignedParts<'a> {
        SignedParts {
            uri: self.uri,
            method: self.method,
            query: self.query,
            body: match self.body {
                Some(bytes) => BodyDigest::Json(bytes),
                None => BodyDigest::EmptyJson,
            },
        }
    }
}

/// What the signature covers, with an explicit [`BodyDigest`] (uploads, or a box
/// that wants an empty digest for bodyless requests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedParts<'a> {
    /// Request path starting with `/`, without scheme, host or query.
    pub uri: &'a str,
    /// Upper-case HTTP method, e.g. `POST`.
    pub method: &'a str,
    /// The query string exactly as sent (without `?`), or `""`.
    pub query: &'a str,
    /// How the body enters the signature.
    pub body: BodyDigest<'a>,
}

/// The signing inputs other than the request: the app key (`cappkey`) and its secret
/// (`secretKey`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct HongtuCredentials<'a> {
    /// The app key issued by the box (`cappkey`; built-in: `appkey1`, `appkey2`).
    pub app_key: &'a str,
    /// The secret of that app key (`secretKey`).
    pub secret: &'a str,
}

impl std::fmt::Debug for HongtuCredentials<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HongtuCredentials")
            .field("app_key", &self.app_key)
            .field("secret", &"** REDACTED **")
            .finish()
    }
}

/// How the body enters the signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyDigest<'a> {
    /// MD5 of these exact JSON bytes.
    Json(&'a [u8]),
    /// No body: MD5 of `{}` (the seed's rule for requests without a body).
    EmptyJson,
    /// Multipart file upload: an empty `requestBodyMD5` (seed: upload demo).
    Multipart,
}

impl BodyDigest<'_> {
    /// The `requestBodyMD5` value this body contributes.
    pub fn md5(&self) -> String {
        match self {
            BodyDigest::Json(bytes) => md5_hex(bytes),
            BodyDigest::EmptyJson => EMPTY_JSON_BODY_MD5.to_owned(),
            BodyDigest::Multipart => String::new(),
        }
    }

    /// The `requestBodyMD5` hex on the stack (empty for multipart).
    fn md5_hex(&self) -> Hex {
        match self {
            BodyDigest::Json(bytes) => Hex::lower(&md5_raw(bytes)),
            BodyDigest::EmptyJson => Hex::lower(&EMPTY_JSON_BODY_MD5_RAW),
            BodyDigest::Multipart => Hex::lower(&[]),
        }
    }
}

/// The raw bytes of [`EMPTY_JSON_BODY_MD5`].
const EMPTY_JSON_BODY_MD5_RAW: [u8; 16] = [
    0x99, 0x91, 0x4b, 0x93, 0x2b, 0xd3, 0x7a, 0x50, 0xb9, 0x83, 0xc5, 0xe7, 0xc9, 0x0a, 0xe9, 0x3b,
];

/// The four header values to attach to a Hongtu request.
///
/// Signing allocates nothing: the two computed values, `ctimestamp` and `csign`, live
/// on the stack and read as `&str`; `cnonce` and `cappkey` borrow the inputs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct HongtuHeaders<'a> {
    /// `ctimestamp`: milliseconds, decimal.
    pub ctimestamp: Decimal,
    /// `cnonce`.
    pub cnonce: &'a str,
    /// `cappkey`.
    pub cappkey: &'a str,
    /// `csign`: lower-case hex MD5 (32 digits).
    pub csign: Hex,
}

impl std::fmt::Debug for HongtuHeaders<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HongtuHeaders")
            .field("ctimestamp", &self.ctimestamp)
            .field("cnonce", &self.cnonce)
            .field("cappkey", &self.cappkey)
            .field("csign", &"** REDACTED **")
            .finish()
    }
}

impl HongtuHeaders<'_> {
    /// The headers as `(name, value)` pairs, in the seed's order.
    pub fn pairs(&self) -> [(&'static str, &str); 4] {
        [
            (HEADER_TIMESTAMP, self.ctimestamp.as_str()),
            (HEADER_NONCE, self.cnonce),
            (HEADER_APP_KEY, self.cappkey),
            (HEADER_SIGN, self.csign.as_str()),
        ]
    }
}

/// The string that is MD5-hashed into `csign`:
/// `uri-method-queryParamStr-requestBodyMD5-secretKey-ctimestamp-cnonce-cappkey`
/// (exposed for diagnostics and tests: it contains the secret key, so never log it).
pub fn string_to_sign(
    req: &SignedParts<'_>,
    creds: &HongtuCredentials<'_>,
    ctimestamp: &str,
    cnonce: &str,
) -> String {
    format!(
        "{}-{}-{}-{}-{}-{ctimestamp}-{cnonce}-{}",
        req.uri,
        req.method,
        req.query,
        req.body.md5(),
        creds.secret,
        creds.app_key
    )
}

/// `csign` (lower-case hex MD5 of [`string_to_sign`]).
pub fn csign(
    req: &SignedParts<'_>,
    creds: &HongtuCredentials<'_>,
    ctimestamp: &str,
    cnonce: &str,
) -> String {
    csign_hex(req, creds, ctimestamp.as_bytes(), cnonce).into_string()
}

/// `csign` on the stack: the parts of [`string_to_sign`] streamed into one MD5
/// state, without building the string.
fn csign_hex(
    req: &SignedParts<'_>,
    creds: &HongtuCredentials<'_>,
    ctimestamp: &[u8],
    cnonce: &str,
) -> Hex {
    let body_md5 = req.body.md5_hex();
    Hex::lower(&md5_joined(
        b'-',
        &[
            req.uri.as_bytes(),
            req.method.as_bytes(),
            req.query.as_bytes(),
            body_md5.as_bytes(),
            creds.secret.as_bytes(),
            ctimestamp,
            cnonce.as_bytes(),
            creds.app_key.as_bytes(),
        ],
    ))
}

/// Signs a JSON request (or one without a body) and returns the four headers.
///
/// `ctimestamp_ms` is UNIX time in milliseconds; `cnonce` should be 6 random
/// characters (the seed's own example uses 7, which the box accepts).
///
/// ```
/// use auth_signing::hongtu::{sign, HongtuCredentials, HongtuRequest};
/// let h = sign(
///     &HongtuRequest { uri: "/v1/api/person/list", method: "POST", query: "", body: Some(br#"{"pageNum":1,"pageSize":10}"#) },
///     &HongtuCredentials { app_key: "appkey1", secret: "sdfajk3242324fa!djq7" },
///     1627300328673,
///     "1234344",
/// );
/// assert_eq!(h.csign, "52141def7a1e346ceee2f22c43d5fb97");
/// ```
pub fn sign<'a>(
    req: &HongtuRequest<'_>,
    creds: &HongtuCredentials<'a>,
    ctimestamp_ms: i64,
    cnonce: &'a str,
) -> HongtuHeaders<'a> {
    sign_with(&req.signed_parts(), creds, ctimestamp_ms, cnonce)
}

/// Signs a multipart upload to `uri` (`POST`, no query, `requestBodyMD5` empty, as the
/// seed's upload demo does).
pub fn sign_multipart<'a>(
    uri: &str,
    creds: &HongtuCredentials<'a>,
    ctimestamp_ms: i64,
    cnonce: &'a str,
) -> HongtuHeaders<'a> {
    let parts = SignedParts {
        uri,
        method: "POST",
        query: "",
        body: BodyDigest::Multipart,
    };
    sign_with(&parts, creds, ctimestamp_ms, cnonce)
}

/// Signs with an explicit [`BodyDigest`].
pub fn sign_with<'a>(
    req: &SignedParts<'_>,
    creds: &HongtuCredentials<'a>,
    ctimestamp_ms: i64,
    cnonce: &'a str,
) -> HongtuHeaders<'a> {
    let ctimestamp = Decimal::new(ctimestamp_ms);
    HongtuHeaders {
        csign: csign_hex(req, creds, ctimestamp.as_bytes(), cnonce),
        ctimestamp,
        cnonce,
        cappkey: creds.app_key,
    }
}

/// Verifies a received `csign` (used by the simulator); constant-time comparison.
pub fn verify(
    req: &SignedParts<'_>,
    creds: &HongtuCredentials<'_>,
    ctimestamp: &str,
    cnonce: &str,
    received_csign: &str,
) -> bool {
    let expected = csign_hex(req, creds, ctimestamp.as_bytes(), cnonce);
    crate::tums::constant_time_eq(expected.as_bytes(), received_csign.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_json_digest_constant_is_md5_of_braces() {
        assert_eq!(md5_raw(b"{}"), EMPTY_JSON_BODY_MD5_RAW);
        assert_eq!(BodyDigest::EmptyJson.md5(), md5_hex(b"{}"));
    }

    #[test]
    fn streamed_csign_equals_md5_of_string_to_sign() {
        let creds = HongtuCredentials {
            app_key: "appkey2",
            secret: "zxcv&jlkfd234adf#xi9",
        };
        for body in [
            BodyDigest::Json(b"{\"a\":1}"),
            BodyDigest::EmptyJson,
            BodyDigest::Multipart,
        ] {
            let req = SignedParts {
                uri: "/v1/api/device/info",
                method: "GET",
                query: "a=1&b=2",
                body,
            };
            let s = string_to_sign(&req, &creds, "1627300328673", "ab12cd");
            assert_eq!(
                csign(&req, &creds, "1627300328673", "ab12cd"),
                md5_hex(s.as_bytes())
            );
        }
    }
}
