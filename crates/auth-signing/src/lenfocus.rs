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

use md5::{Digest as _, Md5};

use crate::Hex;

/// Parameters kept on the stack before sorting; more spill to the heap.
const INLINE_PARAMS: usize = 16;

/// The Lenfocus parameter signature (三、签名算法).
///
/// `params` are `(key, value)` pairs with values already rendered as text (numbers
/// in decimal). A key named `sign` is skipped, since a signature never signs itself.
/// The result is upper-case hex MD5, on the stack ([`Hex`]: reads as `&str`,
/// `String::from` makes it owned).
///
/// ```
/// // The seed's worked example.
/// let sign = auth_signing::lenfocus::param_signature(
///     [("sn", "Y3CA123489"), ("did", "876433"), ("ts", "1658029108"), ("appid", "FUN790386")],
///     "AABBCC112233",
/// );
/// assert_eq!(sign, "C7C164B353F05DF3E219E82FC4619912");
/// ```
pub fn param_signature<I, K, V>(params: I, secret: &str) -> Hex
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut h = Md5::new();
    for_each_signed(params, |k, v| {
        h.update(k);
        h.update(v);
    });
    h.update(secret);
    Hex::upper(&h.finalize())
}

/// Calls `f` with the signed `(key, value)` pairs in signing order: `sign` and blank
/// values dropped, keys in ascending byte order (stable, so repeated keys keep their
/// order). Up to [`INLINE_PARAMS`] pairs are sorted on the stack.
fn for_each_signed<I, K, V>(params: I, mut f: impl FnMut(&str, &str))
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let signed = |(k, v): &(K, V)| k.as_ref() != "sign" && !v.as_ref().trim().is_empty();
    let by_key = |a: &(K, V), b: &(K, V)| a.0.as_ref().as_bytes().cmp(b.0.as_ref().as_bytes());
    let mut iter = params.into_iter().filter(signed);
    let mut inline: [Option<(K, V)>; INLINE_PARAMS] = std::array::from_fn(|_| None);
    let mut n = 0;
    for slot in inline.iter_mut() {
        match iter.next() {
            Some(p) => {
                *slot = Some(p);
                n += 1;
            }
            None => break,
        }
    }
    match iter.next() {
        None => {
            let kept = &mut inline[..n];
            // Insertion sort: stable, no allocation, quick for a handful of pairs.
            for i in 1..kept.len() {
                let mut j = i;
                while j > 0 {
                    let ordered = match (&kept[j - 1], &kept[j]) {
                        (Some(a), Some(b)) => by_key(a, b).is_le(),
                        _ => true,
                    };
                    if ordered {
                        break;
                    }
                    kept.swap(j - 1, j);
                    j -= 1;
                }
            }
            for (k, v) in kept.iter().flatten() {
                f(k.as_ref(), v.as_ref());
            }
        }
        Some(next) => {
            let mut kept: Vec<(K, V)> = inline.into_iter().flatten().collect();
            kept.push(next);
            kept.extend(iter);
            kept.sort_by(by_key);
            for (k, v) in &kept {
                f(k.as_ref(), v.as_ref());
            }
        }
    }
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
    let mut out = String::new();
    for_each_signed(params, |k, v| {
        out.push_str(k);
        out.push_str(v);
    });
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
    let mut h = Md5::new();
    h.update(sn);
    h.update(security_code);
    h.update(crate::digest::Decimal::new(ts).as_bytes());
    h.finalize().into()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::md5_raw;

    /// The straightforward reading: collect, stable sort, concatenate.
    fn reference(params: &[(String, String)], secret: &str) -> String {
        let mut kept: Vec<&(String, String)> = params
            .iter()
            .filter(|(k, v)| k != "sign" && !v.trim().is_empty())
            .collect();
        kept.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        let mut s: String = kept.iter().map(|(k, v)| format!("{k}{v}")).collect();
        s.push_str(secret);
        s
    }

    #[test]
    fn inline_and_spilled_sorting_agree_with_the_reference() {
        // 0..40 pairs: below, at and above the inline capacity; repeated keys, blanks
        // and a `sign` member included.
        for n in 0..40usize {
            let params: Vec<(String, String)> = (0..n)
                .map(|i| {
                    let key = match i % 5 {
                        0 => "sign".to_owned(),
                        1 => format!("k{}", i % 3),
                        _ => format!("key{}", (i * 7919) % 23),
                    };
                    let value = if i % 6 == 4 {
                        " ".to_owned()
                    } else {
                        format!("v{i}")
                    };
                    (key, value)
                })
                .collect();
            let expected = reference(&params, "S");
            assert_eq!(param_string_to_sign(params.clone(), "S"), expected, "n={n}");
            assert_eq!(
                param_signature(params, "S"),
                crate::hex_upper(&md5_raw(expected.as_bytes())),
                "n={n}"
            );
        }
    }

    #[test]
    fn connect_digest_is_md5_of_the_input() {
        for ts in [0, 1_658_029_108, -5] {
            assert_eq!(
                connect_digest("LF1", "AB", ts),
                md5_raw(connect_sign_input("LF1", "AB", ts).as_bytes())
            );
        }
    }
}
