//! Every intermediate value of each signature, for diagnostics (the `anfang sign` and
//! `anfang verify` commands).
//!
//! The signing modules compute only what the header needs, on the hot path; the
//! functions here recompute each named step of the seeds' algorithms separately and
//! the tests check that they end in exactly the signatures the signing modules
//! produce. Values that contain a secret (Hongtu's joined string, Lenfocus's sorted
//! parameter string, MCS8's password MD5) are kept in fields named `*_secret` and a
//! redacted copy, where the secret reads [`SECRET_PLACEHOLDER`]; `Debug` never shows
//! them.

use crate::digest::{hex_lower, md5_hex, md5_raw, sha256_hex};
use crate::SignError;

/// What a secret reads as in the redacted copies.
pub const SECRET_PLACEHOLDER: &str = "<secret>";

/// The intermediate values of the TUMS `X-Authorization` signature (tums-open-api.txt
/// 1.2.2.2 签名过程).
#[derive(Clone, PartialEq, Eq)]
pub struct TumsSteps {
    /// The payload hashed: the body, or `{}` when it is empty.
    pub payload: Vec<u8>,
    /// `hashedCanonicalRequest` = hex(SHA256(payload)).
    pub hashed_canonical_request: String,
    /// `credentialScope` = `method + " " + path + " tp-link_request"`.
    pub credential_scope: String,
    /// `stringToSign`.
    pub string_to_sign: String,
    /// `Signature` = hex(HMAC(secretSigning, stringToSign)).
    pub signature: String,
    /// The whole `X-Authorization` value.
    pub header_value: String,
}

impl std::fmt::Debug for TumsSteps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TumsSteps")
            .field("hashed_canonical_request", &self.hashed_canonical_request)
            .field("credential_scope", &self.credential_scope)
            .finish_non_exhaustive()
    }
}

/// Recomputes every step of a TUMS signature (inputs checked as [`crate::tums::sign`]
/// checks them).
///
/// ```
/// use auth_signing::tums::{TumsCredentials, TumsRequest};
/// let steps = auth_signing::explain::tums(
///     &TumsRequest { method: "POST", path: "/tums/open/resource/v1/addRegion", payload: b"" },
///     &TumsCredentials { access_key: "ak", secret_key: "sk", terminal_id: "t1" },
///     1706701924,
///     "1407447e996cf697488957375fd03d98",
/// ).unwrap();
/// assert_eq!(steps.payload, b"{}");
/// assert_eq!(steps.credential_scope, "POST /tums/open/resource/v1/addRegion tp-link_request");
/// assert!(steps.string_to_sign.starts_with("HmacSHA256\n1706701924\n"));
/// ```
pub fn tums(
    req: &crate::tums::TumsRequest<'_>,
    creds: &crate::tums::TumsCredentials<'_>,
    timestamp: i64,
    nonce: &str,
) -> Result<TumsSteps, SignError> {
    // The checked signature first: it validates the inputs exactly as sending would.
    let signed = crate::tums::sign(req, creds, timestamp, nonce)?;
    let payload = crate::tums::signed_payload(req.payload).to_vec();
    let hashed_canonical_request = sha256_hex(&payload);
    let credential_scope = format!("{} {} tp-link_request", req.method, req.path);
    let string_to_sign = format!(
        "{}\n{timestamp}\n{credential_scope}\n{hashed_canonical_request}",
        crate::tums::ALGORITHM
    );
    Ok(TumsSteps {
        payload,
        hashed_canonical_request,
        credential_scope,
        string_to_sign,
        signature: signed.signature,
        header_value: signed.header_value,
    })
}

/// The intermediate values of the Hongtu `csign` (hongtu-aiot-openapi.txt 接口鉴权 1.2).
#[derive(Clone, PartialEq, Eq)]
pub struct HongtuSteps<'a> {
    /// `requestBodyMD5` (MD5 of the body, of `{}` without one, empty for multipart).
    pub body_md5: String,
    /// `uri-method-queryParamStr-requestBodyMD5-secretKey-ctimestamp-cnonce-cappkey`,
    /// secret included: never log it.
    pub joined_secret: String,
    /// The same string with the secret key replaced by [`SECRET_PLACEHOLDER`].
    pub joined_redacted: String,
    /// `csign` = MD5 of the joined string, lower-case hex.
    pub csign: String,
    /// The four headers, in the seed's order.
    pub headers: crate::hongtu::HongtuHeaders<'a>,
}

impl std::fmt::Debug for HongtuSteps<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HongtuSteps")
            .field("body_md5", &self.body_md5)
            .field("joined_redacted", &self.joined_redacted)
            .finish_non_exhaustive()
    }
}

/// Recomputes every step of a Hongtu signature.
///
/// ```
/// use auth_signing::hongtu::{HongtuCredentials, HongtuRequest};
/// let steps = auth_signing::explain::hongtu(
///     &HongtuRequest { uri: "/v1/api/person/list", method: "POST", query: "", body: Some(br#"{"pageNum":1,"pageSize":10}"#) }
///         .signed_parts(),
///     &HongtuCredentials { app_key: "appkey1", secret: "sdfajk3242324fa!djq7" },
///     1627300328673,
///     "1234344",
/// );
/// assert_eq!(steps.csign, "52141def7a1e346ceee2f22c43d5fb97");
/// assert!(steps.joined_redacted.contains("-<secret>-1627300328673-1234344-appkey1"));
/// ```
pub fn hongtu<'a>(
    req: &crate::hongtu::SignedParts<'_>,
    creds: &crate::hongtu::HongtuCredentials<'a>,
    ctimestamp_ms: i64,
    cnonce: &'a str,
) -> HongtuSteps<'a> {
    let ts = ctimestamp_ms.to_string();
    let body_md5 = req.body.md5();
    let join = |secret: &str| {
        format!(
            "{}-{}-{}-{}-{secret}-{ts}-{cnonce}-{}",
            req.uri, req.method, req.query, body_md5, creds.app_key
        )
    };
    let joined_secret = join(creds.secret);
    let joined_redacted = join(SECRET_PLACEHOLDER);
    let csign = md5_hex(joined_secret.as_bytes());
    let headers = crate::hongtu::sign_with(req, creds, ctimestamp_ms, cnonce);
    HongtuSteps {
        body_md5: body_md5.to_string(),
        joined_secret,
        joined_redacted,
        csign,
        headers,
    }
}

/// The intermediate values of the MCS8 login password signature (mcs8-platform-api.txt
/// 2.1.1, appendix C.1).
#[derive(Clone, PartialEq, Eq)]
pub struct Mcs8Steps {
    /// hex(MD5(password)) — password-equivalent: never log it.
    pub password_md5_secret: String,
    /// `udef_t` as sent.
    pub udef_t: String,
    /// The SHA-256 input `md5 + udef_t` with the MD5 replaced by
    /// [`SECRET_PLACEHOLDER`].
    pub input_redacted: String,
    /// The `password` member sent: hex(SHA256(md5 + udef_t)).
    pub password: String,
}

impl std::fmt::Debug for Mcs8Steps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mcs8Steps")
            .field("udef_t", &self.udef_t)
            .finish_non_exhaustive()
    }
}

/// Recomputes every step of the MCS8 password signature.
///
/// ```
/// let steps = auth_signing::explain::mcs8("000000", 1_700_000_000);
/// assert_eq!(steps.password, "007972d17695beac6344f8a01d38f9c5aacfe8f4a856225755e82f1a90aeb269");
/// assert_eq!(steps.input_redacted, "<secret>1700000000");
/// ```
pub fn mcs8(password: &str, udef_t: i64) -> Mcs8Steps {
    let password_md5_secret = crate::mcs8::password_md5(password);
    let udef_t_text = udef_t.to_string();
    let password_sig = sha256_hex(format!("{password_md5_secret}{udef_t_text}").as_bytes());
    Mcs8Steps {
        password_md5_secret,
        input_redacted: format!("{SECRET_PLACEHOLDER}{udef_t_text}"),
        udef_t: udef_t_text,
        password: password_sig,
    }
}

/// The intermediate values of the Lenfocus parameter signature
/// (lenfocus-device-protocol.md 三、签名算法).
#[derive(Clone, PartialEq, Eq)]
pub struct LenfocusSteps {
    /// The parameters kept (non-blank values, `sign` excluded), sorted by key.
    pub sorted: Vec<(String, String)>,
    /// The string hashed, `key1value1key2value2…secret`: never log it.
    pub string_secret: String,
    /// The same string with the secret replaced by [`SECRET_PLACEHOLDER`].
    pub string_redacted: String,
    /// `sign`: upper-case hex MD5.
    pub sign: String,
}

impl std::fmt::Debug for LenfocusSteps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LenfocusSteps")
            .field("sorted", &self.sorted)
            .field("string_redacted", &self.string_redacted)
            .finish_non_exhaustive()
    }
}

/// Recomputes every step of a Lenfocus parameter signature.
///
/// ```
/// let steps = auth_signing::explain::lenfocus(
///     [("sn", "Y3CA123489"), ("did", "876433"), ("ts", "1658029108"), ("appid", "FUN790386")],
///     "AABBCC112233",
/// );
/// assert_eq!(steps.sign, "C7C164B353F05DF3E219E82FC4619912");
/// assert_eq!(steps.string_redacted, "appidFUN790386did876433snY3CA123489ts1658029108<secret>");
/// ```
pub fn lenfocus<I, K, V>(params: I, secret: &str) -> LenfocusSteps
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut sorted: Vec<(String, String)> = params
        .into_iter()
        .filter(|(k, v)| k.as_ref() != "sign" && !v.as_ref().trim().is_empty())
        .map(|(k, v)| (k.as_ref().to_owned(), v.as_ref().to_owned()))
        .collect();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let joined: String = sorted.iter().map(|(k, v)| format!("{k}{v}")).collect();
    let string_secret = format!("{joined}{secret}");
    let sign = crate::hex_upper(&md5_raw(string_secret.as_bytes()));
    LenfocusSteps {
        string_redacted: format!("{joined}{SECRET_PLACEHOLDER}"),
        sorted,
        string_secret,
        sign,
    }
}

/// The intermediate values of the Lenfocus connect signature (一 1.1 连接服务器).
#[derive(Clone, PartialEq, Eq)]
pub struct ConnectSteps {
    /// `sn + security_code + ts` with the security code replaced by
    /// [`SECRET_PLACEHOLDER`].
    pub input_redacted: String,
    /// hex(MD5(sn + security_code + ts)), the digest RSA signs.
    pub digest_hex: String,
}

impl std::fmt::Debug for ConnectSteps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectSteps")
            .field("input_redacted", &self.input_redacted)
            .field("digest_hex", &self.digest_hex)
            .finish()
    }
}

/// The steps of the connect signature before RSA (the signature itself is
/// `ConnectSigner::sign`, feature `rsa`).
///
/// ```
/// let steps = auth_signing::explain::connect("LF1234567890123", "AB12CD34", 1658029108);
/// assert_eq!(steps.input_redacted, "LF1234567890123<secret>1658029108");
/// assert_eq!(steps.digest_hex.len(), 32);
/// ```
pub fn connect(sn: &str, security_code: &str, ts: i64) -> ConnectSteps {
    ConnectSteps {
        input_redacted: format!("{sn}{SECRET_PLACEHOLDER}{ts}"),
        digest_hex: hex_lower(&crate::lenfocus::connect_digest(sn, security_code, ts)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hongtu::{HongtuCredentials, HongtuRequest};
    use crate::tums::{TumsCredentials, TumsRequest};

    #[test]
    fn tums_steps_end_in_the_signers_signature() {
        for payload in [&b""[..], br#"{"regionName":"a","parentId":"0"}"#] {
            let req = TumsRequest {
                method: "POST",
                path: "/tums/open/resource/v1/addRegion",
                payload,
            };
            let creds = TumsCredentials {
                access_key: "ak",
                secret_key: "sk",
                terminal_id: "t1",
            };
            let steps = tums(&req, &creds, 1706701924, "n1").unwrap();
            let signed = crate::tums::sign(&req, &creds, 1706701924, "n1").unwrap();
            assert_eq!(
                steps.hashed_canonical_request,
                signed.hashed_canonical_request
            );
            assert_eq!(steps.credential_scope, signed.credential_scope);
            assert_eq!(steps.string_to_sign, signed.string_to_sign);
            assert_eq!(steps.header_value, signed.header_value);
            assert!(crate::tums::verify(
                &req,
                "sk",
                "1706701924",
                &steps.signature
            ));
            assert!(!format!("{steps:?}").contains(&steps.signature));
        }
        let bad = TumsRequest {
            method: "POST",
            path: "no-slash",
            payload: b"",
        };
        let creds = TumsCredentials {
            access_key: "ak",
            secret_key: "sk",
            terminal_id: "t1",
        };
        assert!(tums(&bad, &creds, 1706701924, "n").is_err());
    }

    #[test]
    fn hongtu_steps_redact_the_secret() {
        let req = HongtuRequest {
            uri: "/v1/api/person/list",
            method: "POST",
            query: "a=1",
            body: None,
        };
        let creds = HongtuCredentials {
            app_key: "k",
            secret: "TOPSECRET",
        };
        let steps = hongtu(&req.signed_parts(), &creds, 1, "abcdef");
        assert_eq!(
            steps.csign,
            crate::hongtu::sign(&req, &creds, 1, "abcdef").csign
        );
        assert_eq!(steps.body_md5, crate::hongtu::EMPTY_JSON_BODY_MD5);
        assert!(!steps.joined_redacted.contains("TOPSECRET"));
        assert!(steps.joined_secret.contains("TOPSECRET"));
        assert!(!format!("{steps:?}").contains("TOPSECRET"));
    }

    #[test]
    fn mcs8_and_lenfocus_steps_match_the_signers() {
        let m = mcs8("pw", 1_700_000_123);
        assert_eq!(
            m.password,
            crate::mcs8::login_signature("pw", 1_700_000_123).password
        );
        assert!(!format!("{m:?}").contains(&m.password_md5_secret));
        let params = [("b", "2"), ("a", "1"), ("c", " "), ("sign", "X")];
        let l = lenfocus(params, "S3");
        assert_eq!(l.sign, crate::lenfocus::param_signature(params, "S3"));
        assert_eq!(l.string_redacted, "a1b2<secret>");
        assert_eq!(l.sorted.len(), 2);
        let c = connect("sn", "code", 5);
        assert_eq!(c.digest_hex, md5_hex(b"sncode5"));
    }
}
