//! TUMS `X-Authorization` request signature (请求签名).
//!
//! Seed: tums-open-api.txt 1.2.2.2 签名过程 and 1.2.2.3 代码示例. All hex is lower
//! case and `HMAC(key, msg)` is HMAC-SHA256:
//!
//! ```text
//! payload                = exact body bytes, or "{}" when the body is empty or not JSON
//! hashedCanonicalRequest = hex(SHA256(payload))
//! credentialScope        = method + " " + path + " " + "tp-link_request"
//! stringToSign           = "HmacSHA256\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest
//! secretDate             = HMAC(sk, timestamp)
//! secretService          = HMAC(secretDate, path)
//! secretSigning          = HMAC(secretService, "tp-link")
//! signature              = hex(HMAC(secretSigning, stringToSign))
//! X-Authorization: Timestamp={ts},Nonce={nonce},AccessKey={ak},Signature={sig},TerminalId={tid}
//! ```
//!
//! The timestamp is UNIX seconds (10 digits); the nonce is 32 characters and must not
//! repeat within 5 minutes; the terminal id is at most 64 characters.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::digest::sha256_raw;
use crate::SignError;
use crate::{Decimal, Hex};

/// The header name, `X-Authorization`.
pub const HEADER: &str = "X-Authorization";
/// The only algorithm the platform supports.
pub const ALGORITHM: &str = "HmacSHA256";
/// The payload signed when the body is empty or not JSON.
pub const EMPTY_PAYLOAD: &[u8] = b"{}";
/// Maximum TerminalId length (最大长度64位).
pub const MAX_TERMINAL_ID_LEN: usize = 64;

type HmacSha256 = Hmac<Sha256>;

fn hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut mac = hmac_with(key);
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

fn hmac_with(key: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    match HmacSha256::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable_hmac(),
    }
}

/// Concatenates `parts` into one string allocated at its final size.
fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

#[cold]
fn unreachable_hmac() -> ! {
    // `Hmac::new_from_slice` only errors for fixed-size-key MACs, which HMAC is not.
    panic!("HMAC-SHA256 rejected a key, which the hmac crate documents as impossible")
}

/// What the signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TumsRequest<'a> {
    /// HTTP method, `POST` for every documented endpoint.
    pub method: &'a str,
    /// The path after host and port, starting with `/`.
    pub path: &'a str,
    /// The exact body bytes sent; empty means `{}` is signed.
    pub payload: &'a [u8],
}

/// The signed header and the intermediate values the seed names.
#[derive(Clone, PartialEq, Eq)]
pub struct TumsSignature {
    /// `hashedCanonicalRequest`.
    pub hashed_canonical_request: String,
    /// `credentialScope`.
    pub credential_scope: String,
    /// `stringToSign`.
    pub string_to_sign: String,
    /// `Signature`, lower-case hex.
    pub signature: String,
    /// The whole `X-Authorization` header value.
    pub header_value: String,
}

impl std::fmt::Debug for TumsSignature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TumsSignature")
            .field("credential_scope", &self.credential_scope)
            .field("signature", &"** REDACTED **")
            .finish_non_exhaustive()
    }
}

/// The signing inputs other than the request.
#[derive(Clone, Copy)]
pub struct TumsCredentials<'a> {
    /// AccessKey (AK).
    pub access_key: &'a str,
    /// SecretKey (SK).
    pub secret_key: &'a str,
    /// TerminalId (≤ 64 characters).
    pub terminal_id: &'a str,
}

impl std::fmt::Debug for TumsCredentials<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TumsCredentials")
            .field("access_key", &self.access_key)
            .field("secret_key", &"** REDACTED **")
            .field("terminal_id", &self.terminal_id)
            .finish()
    }
}

fn check_header_field(field: &'static str, value: &str) -> Result<(), SignError> {
    // Fast path: ASCII with none of the forbidden bytes (the usual key, nonce and
    // terminal id). `char::is_whitespace` on ASCII is a space or a control byte.
    if !value.is_empty()
        && value.is_ascii()
        && !value
            .bytes()
            .any(|b| b == b',' || b == b'=' || b == b' ' || b.is_ascii_control())
    {
        return Ok(());
    }
    if value.is_empty() {
        return Err(SignError::InvalidField {
            field,
            reason: "must not be empty".into(),
        });
    }
    if let Some(c) = value
        .chars()
        .find(|c| *c == ',' || *c == '=' || c.is_whitespace() || c.is_control())
    {
        return Err(SignError::InvalidField {
            field,
            reason: format!(
                "must not contain {c:?} (the header is comma-separated with no spaces)"
            ),
        });
    }
    Ok(())
}

/// The payload the signature covers: the body, or `{}` when it is empty.
pub fn signed_payload(payload: &[u8]) -> &[u8] {
    if payload.is_empty() {
        EMPTY_PAYLOAD
    } else {
        payload
    }
}

/// Signs a TUMS request at `timestamp` (UNIX seconds) with `nonce`.
///
/// Errors when a header field is empty or would break the header grammar, when the
/// timestamp is not 10 digits, or when the terminal id is longer than 64 characters.
///
/// ```
/// use auth_signing::tums::{sign, TumsCredentials, TumsRequest};
/// let sig = sign(
///     &TumsRequest { method: "POST", path: "/tums/open/resource/v1/addRegion", payload: b"" },
///     &TumsCredentials { access_key: "ak", secret_key: "sk", terminal_id: "t1" },
///     1706701924,
///     "1407447e996cf697488957375fd03d98",
/// ).unwrap();
/// assert!(sig.header_value.starts_with("Timestamp=1706701924,Nonce=1407447e996cf697488957375fd03d98,AccessKey=ak,Signature="));
/// assert!(sig.header_value.ends_with(",TerminalId=t1"));
/// ```
pub fn sign(
    req: &TumsRequest<'_>,
    creds: &TumsCredentials<'_>,
    timestamp: i64,
    nonce: &str,
) -> Result<TumsSignature, SignError> {
    let ts = validate(req, creds, timestamp, nonce)?;
    let signature = compute(req, creds.secret_key, ts.as_str());
    let header_value = header(creds, ts.as_str(), nonce, &signature.signature);
    Ok(TumsSignature {
        header_value,
        ..signature
    })
}

/// The `X-Authorization` header value alone: what the client sends on every attempt.
///
/// The same checks and the same value as [`sign`]`(..).header_value`, without the
/// intermediate strings: the signature is streamed through the HMAC on the stack and
/// the header is the one allocation.
///
/// ```
/// use auth_signing::tums::{authorization, sign, TumsCredentials, TumsRequest};
/// let req = TumsRequest { method: "POST", path: "/tums/open/resource/v1/addRegion", payload: b"{}" };
/// let creds = TumsCredentials { access_key: "ak", secret_key: "sk", terminal_id: "t1" };
/// let nonce = "1407447e996cf697488957375fd03d98";
/// assert_eq!(
///     authorization(&req, &creds, 1706701924, nonce).unwrap(),
///     sign(&req, &creds, 1706701924, nonce).unwrap().header_value,
/// );
/// ```
pub fn authorization(
    req: &TumsRequest<'_>,
    creds: &TumsCredentials<'_>,
    timestamp: i64,
    nonce: &str,
) -> Result<String, SignError> {
    let ts = validate(req, creds, timestamp, nonce)?;
    let sig = signature(req, creds.secret_key, ts.as_str());
    Ok(header(creds, ts.as_str(), nonce, sig.as_str()))
}

/// Checks everything [`sign`] and [`authorization`] refuse; returns the timestamp's
/// digits.
fn validate(
    req: &TumsRequest<'_>,
    creds: &TumsCredentials<'_>,
    timestamp: i64,
    nonce: &str,
) -> Result<Decimal, SignError> {
    let ts = Decimal::new(timestamp);
    if ts.len() != 10 || timestamp < 0 {
        return Err(SignError::InvalidField {
            field: "Timestamp",
            reason: format!("must be 10 decimal digits of UNIX seconds, got {ts}"),
        });
    }
    check_header_field("Nonce", nonce)?;
    check_header_field("AccessKey", creds.access_key)?;
    check_header_field("TerminalId", creds.terminal_id)?;
    // A UTF-8 string has at least as many bytes as characters.
    if creds.terminal_id.len() > MAX_TERMINAL_ID_LEN
        && creds.terminal_id.chars().count() > MAX_TERMINAL_ID_LEN
    {
        return Err(SignError::InvalidField {
            field: "TerminalId",
            reason: format!("longer than {MAX_TERMINAL_ID_LEN} characters"),
        });
    }
    if !req.path.starts_with('/') {
        return Err(SignError::InvalidField {
            field: "path",
            reason: "must start with '/'".into(),
        });
    }
    Ok(ts)
}

/// `Timestamp=…,Nonce=…,AccessKey=…,Signature=…,TerminalId=…` in one allocation.
fn header(creds: &TumsCredentials<'_>, ts: &str, nonce: &str, signature: &str) -> String {
    concat(&[
        "Timestamp=",
        ts,
        ",Nonce=",
        nonce,
        ",AccessKey=",
        creds.access_key,
        ",Signature=",
        signature,
        ",TerminalId=",
        creds.terminal_id,
    ])
}

/// The `Signature` alone, on the stack: `stringToSign` is streamed through the last
/// HMAC instead of being built (no validation; used by [`authorization`] and
/// [`verify`]).
pub fn signature(req: &TumsRequest<'_>, secret_key: &str, timestamp: &str) -> Hex {
    let hashed = Hex::lower(&sha256_raw(signed_payload(req.payload)));
    signature_over(req, secret_key, timestamp, &hashed)
}

/// [`signature`] with `hashedCanonicalRequest` already computed.
fn signature_over(req: &TumsRequest<'_>, secret_key: &str, timestamp: &str, hashed: &Hex) -> Hex {
    let secret_date = hmac(secret_key.as_bytes(), timestamp.as_bytes());
    let secret_service = hmac(&secret_date, req.path.as_bytes());
    let secret_signing = hmac(&secret_service, b"tp-link");
    let mut mac = hmac_with(&secret_signing);
    for part in [
        ALGORITHM.as_bytes(),
        b"\n",
        timestamp.as_bytes(),
        b"\n",
        req.method.as_bytes(),
        b" ",
        req.path.as_bytes(),
        b" tp-link_request\n",
        hashed.as_bytes(),
    ] {
        mac.update(part);
    }
    Hex::lower(&mac.finalize().into_bytes())
}

/// The signature computation alone (no field validation); `header_value` is left
/// empty. Used by [`sign`] and by the `explain` module.
pub fn compute(req: &TumsRequest<'_>, secret_key: &str, timestamp: &str) -> TumsSignature {
    let hashed = Hex::lower(&sha256_raw(signed_payload(req.payload)));
    let credential_scope = concat(&[req.method, " ", req.path, " tp-link_request"]);
    let string_to_sign = concat(&[
        ALGORITHM,
        "\n",
        timestamp,
        "\n",
        &credential_scope,
        "\n",
        hashed.as_str(),
    ]);
    TumsSignature {
        hashed_canonical_request: hashed.as_str().to_owned(),
        credential_scope,
        string_to_sign,
        signature: signature_over(req, secret_key, timestamp, &hashed).into_string(),
        header_value: String::new(),
    }
}

/// A parsed `X-Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAuthorization {
    /// `Timestamp`.
    pub timestamp: String,
    /// `Nonce`.
    pub nonce: String,
    /// `AccessKey`.
    pub access_key: String,
    /// `Signature`.
    pub signature: String,
    /// `TerminalId`.
    pub terminal_id: String,
}

/// Parses an `X-Authorization` value strictly: exactly the five fields, in the seed's
/// order, comma-separated, no spaces, a 10-digit timestamp. Returns `None` for
/// anything else (the platform answers -10303 签名参数错误).
pub fn parse_header(value: &str) -> Option<ParsedAuthorization> {
    if value.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    let mut parts = value.split(',');
    let mut field = |name: &str| -> Option<String> {
        let part = parts.next()?;
        let rest = part.strip_prefix(name)?.strip_prefix('=')?;
        (!rest.is_empty()).then(|| rest.to_owned())
    };
    let timestamp = field("Timestamp")?;
    let nonce = field("Nonce")?;
    let access_key = field("AccessKey")?;
    let signature = field("Signature")?;
    let terminal_id = field("TerminalId")?;
    if parts.next().is_some() {
        return None;
    }
    if timestamp.len() != 10 || !timestamp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if terminal_id.chars().count() > MAX_TERMINAL_ID_LEN {
        return None;
    }
    Some(ParsedAuthorization {
        timestamp,
        nonce,
        access_key,
        signature,
        terminal_id,
    })
}

/// Checks `signature` against the request and secret key in constant time.
pub fn verify(req: &TumsRequest<'_>, secret_key: &str, timestamp: &str, signature: &str) -> bool {
    let expected = self::signature(req, secret_key, timestamp);
    constant_time_eq(expected.as_bytes(), signature.as_bytes())
}

/// Constant-time byte comparison (length is not secret).
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The request header a signed push message carries (TUMS 2026-08-31 edition 1.4.8.6,
/// 推送消息体签名).
pub const PUSH_SIGNATURE_HEADER: &str = "Signature";

/// The signature of a push message body (2026 edition 1.4.8.6): HMAC-SHA256 of the raw
/// body under the push key set with `setAppMsgPushSk` (1.4.8.3), lower-case hex.
///
/// ```
/// use auth_signing::tums::{push_signature, verify_push_signature};
/// let body = br#"{"mac":"00-FF-00-17-00-18"}"#;
/// let sig = push_signature("51415b0066e24e91a44e5f7d434cb23c", body);
/// assert_eq!(sig.len(), 64);
/// assert!(verify_push_signature("51415b0066e24e91a44e5f7d434cb23c", body, &sig));
/// assert!(!verify_push_signature("another-key", body, &sig));
/// ```
pub fn push_signature(push_sk: &str, body: &[u8]) -> String {
    crate::hex_lower(&hmac(push_sk.as_bytes(), body))
}

/// Checks a push message's `Signature` header value against the raw body in constant
/// time. Hex digits are compared case-insensitively (the vendor sends lower case);
/// surrounding whitespace is ignored.
pub fn verify_push_signature(push_sk: &str, body: &[u8], signature: &str) -> bool {
    let expected = push_signature(push_sk, body);
    let given = signature.trim().to_ascii_lowercase();
    constant_time_eq(expected.as_bytes(), given.as_bytes())
}
