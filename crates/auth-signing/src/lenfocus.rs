//! Lenfocus device protocol signatures.
//!
//! Two algorithms (seed: lenfocus-device-protocol.md):
//!
//! * **Parameter signature** (三、签名算法): sort the parameters by key (ascending byte
//!   order), drop those whose value is empty or whitespace only ("value为空(无有效字符)"),
//!   concatenate `key + value` for the rest, append the secret, and take the MD5 as
//!   **upper-case** hex. See [`param_signature`].
//! * **Connect signature** (一 1.1 连接服务器, `sign`): `Base64(RSA(MD5(sn + security
//!   code + ts)))`. The seed names neither the padding nor the digest encoding; this
//!   crate reads it as the common "MD5withRSA": an RSASSA-PKCS#1 v1.5 signature over
//!   the 16-byte MD5 digest (with the MD5 DigestInfo prefix), Base64 with the standard
//!   alphabet and padding. See `ConnectSigner` (feature `rsa`).

use crate::digest::{hex_upper, md5_raw};

/// The Lenfocus parameter signature (三、签名算法).
///
/// `params` are `(key, value)` pairs with values already rendered as text (numbers
/// in decimal). A key named `sign` is skipped, since a signature never signs itself.
/// The result is upper-case hex MD5.
///
/// ```
/// // The seed's worked example.
/// let sign = auth_signing::lenfocus::param_signature(
///     [("sn", "Y3CA123489"), ("did", "876433"), ("ts", "1658029108"), ("appid", "FUN790386")],
///     "AABBCC112233",
/// );
/// assert_eq!(sign, "C7C164B353F05DF3E219E82FC4619912");
/// ```
pub fn param_signature<I, K, V>(params: I, secret: &str) -> String
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let input = param_string_to_sign(params, secret);
    hex_upper(&md5_raw(input.as_bytes()))
}

/// The string hashed by [`param_signature`] (contains the secret: never log it).
///
/// ```
/// let s = auth_signing::lenfocus::param_string_to_sign(
///     [("sn", "Y3CA123489"), ("did", "876433"), ("ts", "1658029108"), ("appid", "FUN790386")],
///     "AABBCC112233",
/// );
/// assert_eq!(s, "appidFUN790386did876433snY3CA123489ts1658029108AABBCC112233");
/// ```
pub fn param_string_to_sign<I, K, V>(params: I, secret: &str) -> String
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut kept: Vec<(K, V)> = params
        .into_iter()
        .filter(|(k, v)| k.as_ref() != "sign" && !v.as_ref().trim().is_empty())
        .collect();
    kept.sort_by(|a, b| a.0.as_ref().as_bytes().cmp(b.0.as_ref().as_bytes()));
    let mut out = String::new();
    for (k, v) in &kept {
        out.push_str(k.as_ref());
        out.push_str(v.as_ref());
    }
    out.push_str(secret);
    out
}

/// The text whose MD5 the connect signature covers: `sn + security_code + ts`.
///
/// ```
/// assert_eq!(
///     auth_signing::lenfocus::connect_sign_input("LF1234567890123", "AB12CD34", 1658029108),
///     "LF1234567890123AB12CD341658029108"
/// );
/// ```
pub fn connect_sign_input(sn: &str, security_code: &str, ts: i64) -> String {
    format!("{sn}{security_code}{ts}")
}

/// The raw MD5 digest the connect signature signs.
pub fn connect_digest(sn: &str, security_code: &str, ts: i64) -> [u8; 16] {
    md5_raw(connect_sign_input(sn, security_code, ts).as_bytes())
}

#[cfg(feature = "rsa")]
pub use self::rsa_sign::{ConnectSigner, ConnectVerifier};

#[cfg(feature = "rsa")]
mod rsa_sign {
    use base64::Engine as _;
    use md5::Md5;
    use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};
    use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey};
    use rsa::{Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};

    use super::connect_digest;
    use crate::SignError;

    /// Signs `/connect` requests with the device private key (feature `rsa`).
    ///
    /// The key is parsed once; `Debug` never prints it.
    #[derive(Clone)]
    pub struct ConnectSigner {
        key: RsaPrivateKey,
    }

    impl std::fmt::Debug for ConnectSigner {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("ConnectSigner(** REDACTED **)")
        }
    }

    impl ConnectSigner {
        /// Parses a PEM private key: PKCS#1 (`BEGIN RSA PRIVATE KEY`) or PKCS#8
        /// (`BEGIN PRIVATE KEY`).
        pub fn from_pem(pem: &str) -> Result<Self, SignError> {
            let pem = pem.trim();
            let key = if pem.contains("BEGIN RSA PRIVATE KEY") {
                RsaPrivateKey::from_pkcs1_pem(pem)
                    .map_err(|e| SignError::InvalidKey(e.to_string()))?
            } else if pem.contains("BEGIN PRIVATE KEY") {
                RsaPrivateKey::from_pkcs8_pem(pem)
                    .map_err(|e| SignError::InvalidKey(e.to_string()))?
            } else {
                return Err(SignError::InvalidKey(
                    "expected a PEM block 'RSA PRIVATE KEY' (PKCS#1) or 'PRIVATE KEY' (PKCS#8)"
                        .into(),
                ));
            };
            Ok(Self { key })
        }

        /// The matching public key as a verifier.
        pub fn verifier(&self) -> ConnectVerifier {
            ConnectVerifier {
                key: self.key.to_public_key(),
            }
        }

        /// `Base64(RSA-PKCS#1-v1.5-sign(MD5(sn + security_code + ts)))`.
        pub fn sign(&self, sn: &str, security_code: &str, ts: i64) -> Result<String, SignError> {
            let digest = connect_digest(sn, security_code, ts);
            let sig = self
                .key
                .sign(Pkcs1v15Sign::new::<Md5>(), &digest)
                .map_err(|e| SignError::Rsa(e.to_string()))?;
            Ok(base64::engine::general_purpose::STANDARD.encode(sig))
        }
    }

    /// Verifies connect signatures with a device public key (the platform side; used by
    /// the simulator).
    #[derive(Debug, Clone)]
    pub struct ConnectVerifier {
        key: RsaPublicKey,
    }

    impl ConnectVerifier {
        /// Parses a PEM public key: PKCS#1 (`BEGIN RSA PUBLIC KEY`) or SPKI
        /// (`BEGIN PUBLIC KEY`).
        pub fn from_pem(pem: &str) -> Result<Self, SignError> {
            let pem = pem.trim();
            let key = if pem.contains("BEGIN RSA PUBLIC KEY") {
                RsaPublicKey::from_pkcs1_pem(pem)
                    .map_err(|e| SignError::InvalidKey(e.to_string()))?
            } else {
                RsaPublicKey::from_public_key_pem(pem)
                    .map_err(|e| SignError::InvalidKey(e.to_string()))?
            };
            Ok(Self { key })
        }

        /// `true` when `sign_b64` is a valid connect signature for the inputs.
        pub fn verify(&self, sn: &str, security_code: &str, ts: i64, sign_b64: &str) -> bool {
            let Ok(sig) = base64::engine::general_purpose::STANDARD.decode(sign_b64.trim()) else {
                return false;
            };
            let digest = connect_digest(sn, security_code, ts);
            self.key
                .verify(Pkcs1v15Sign::new::<Md5>(), &digest, &sig)
                .is_ok()
        }
    }
}
