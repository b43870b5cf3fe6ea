//! Every worked example the seeds print, as exact vectors, and the independent
//! vectors of crates/auth-signing/fixtures/signing/gen_vectors.py.

use auth_signing::hongtu::{self, BodyDigest, HongtuCredentials, HongtuRequest, SignedParts};
use auth_signing::{lenfocus, mcs8, md5_hex, tums};
use serde_json::Value;

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/signing")
}

fn vectors() -> Value {
    let text = std::fs::read_to_string(fixtures().join("vectors.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

// ---- Hongtu (hongtu-aiot-openapi.txt 接口鉴权 1.3) ----

/// The seed's built-in `appkey1` and its secret.
const SEED_CREDS: HongtuCredentials<'static> = HongtuCredentials {
    app_key: "appkey1",
    secret: "sdfajk3242324fa!djq7",
};

#[test]
fn hongtu_seed_worked_example_intermediates_and_csign() {
    let body = br#"{"pageNum":1,"pageSize":10}"#;
    // The seed prints requestBodyMD5 for this body.
    assert_eq!(md5_hex(body), "675c299bcd88edf31c09c48f9c7fba4b");
    let s = hongtu::string_to_sign(
        &SignedParts {
            uri: "/v1/api/person/list",
            method: "POST",
            query: "",
            body: BodyDigest::Json(body),
        },
        &SEED_CREDS,
        "1627300328673",
        "1234344",
    );
    assert_eq!(
        s,
        "/v1/api/person/list-POST--675c299bcd88edf31c09c48f9c7fba4b-sdfajk3242324fa!djq7-1627300328673-1234344-appkey1"
    );
    let h = hongtu::sign(
        &HongtuRequest {
            uri: "/v1/api/person/list",
            method: "POST",
            query: "",
            body: Some(body),
        },
        &SEED_CREDS,
        1627300328673,
        "1234344",
    );
    assert_eq!(h.csign, "52141def7a1e346ceee2f22c43d5fb97");
    assert_eq!(h.ctimestamp, "1627300328673");
    assert_eq!(h.cnonce, "1234344");
    assert_eq!(h.cappkey, "appkey1");
    assert_eq!(
        h.pairs().map(|(k, _)| k),
        ["ctimestamp", "cnonce", "cappkey", "csign"]
    );
}

#[test]
fn hongtu_seed_upload_demo_signs_empty_body_md5() {
    // The upload demo: uri-POST---secret-ctimestamp-cnonce-cappkey.
    let h = hongtu::sign_multipart(
        "/v1/api/person/uploadImage",
        &SEED_CREDS,
        1234344,
        "1234344",
    );
    assert_eq!(h.csign, "974228f6c7c56bb1320f8501c01aa991");
}

#[test]
fn hongtu_empty_body_signs_md5_of_braces() {
    assert_eq!(BodyDigest::EmptyJson.md5(), md5_hex(b"{}"));
    assert_eq!(BodyDigest::EmptyJson.md5(), hongtu::EMPTY_JSON_BODY_MD5);
    assert_eq!(BodyDigest::Multipart.md5(), "");
}

#[test]
fn hongtu_verify_accepts_own_signature_and_rejects_tampering() {
    let body = br#"{"a":1}"#;
    let h = hongtu::sign(
        &HongtuRequest {
            uri: "/v1/api/x",
            method: "POST",
            query: "",
            body: Some(body),
        },
        &HongtuCredentials {
            app_key: "k",
            secret: "s",
        },
        1,
        "abcdef",
    );
    assert!(hongtu::verify(
        &SignedParts {
            uri: "/v1/api/x",
            method: "POST",
            query: "",
            body: BodyDigest::Json(body),
        },
        &HongtuCredentials {
            app_key: "k",
            secret: "s",
        },
        "1",
        "abcdef",
        &h.csign
    ));
    assert!(!hongtu::verify(
        &SignedParts {
            uri: "/v1/api/x",
            method: "POST",
            query: "",
            body: BodyDigest::Json(br#"{"a":2}"#),
        },
        &HongtuCredentials {
            app_key: "k",
            secret: "s",
        },
        "1",
        "abcdef",
        &h.csign
    ));
    assert!(!hongtu::verify(
        &SignedParts {
            uri: "/v1/api/x",
            method: "POST",
            query: "",
            body: BodyDigest::Json(body),
        },
        &HongtuCredentials {
            app_key: "k",
            secret: "wrong",
        },
        "1",
        "abcdef",
        &h.csign
    ));
}

#[test]
fn hongtu_independent_vectors() {
    for v in vectors()["hongtu"].as_array().unwrap() {
        let body = v["body"].as_str().map(str::as_bytes);
        let h = hongtu::sign(
            &HongtuRequest {
                uri: v["uri"].as_str().unwrap(),
                method: v["method"].as_str().unwrap(),
                query: v["query"].as_str().unwrap(),
                body,
            },
            &HongtuCredentials {
                app_key: v["cappkey"].as_str().unwrap(),
                secret: v["secret"].as_str().unwrap(),
            },
            v["ctimestamp"].as_i64().unwrap(),
            v["cnonce"].as_str().unwrap(),
        );
        assert_eq!(h.csign, v["csign"].as_str().unwrap(), "vector {v}");
    }
}

// ---- Lenfocus (lenfocus-device-protocol.md 三、签名算法) ----

#[test]
fn lenfocus_seed_worked_example_and_intermediates() {
    let params = [
        ("sn", "Y3CA123489"),
        ("did", "876433"),
        ("ts", "1658029108"),
        ("appid", "FUN790386"),
    ];
    let s = lenfocus::param_string_to_sign(params, "AABBCC112233");
    // The seed prints the sorted concatenation and the string with the secret.
    assert!(s.starts_with("appidFUN790386did876433snY3CA123489ts1658029108"));
    assert_eq!(
        s,
        "appidFUN790386did876433snY3CA123489ts1658029108AABBCC112233"
    );
    assert_eq!(
        lenfocus::param_signature(params, "AABBCC112233"),
        "C7C164B353F05DF3E219E82FC4619912"
    );
}

#[test]
fn lenfocus_independent_vectors() {
    for v in vectors()["lenfocus"].as_array().unwrap() {
        let params: Vec<(String, String)> = v["params"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, val)| {
                let text = match val {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (k.clone(), text)
            })
            .collect();
        let secret = v["secret"].as_str().unwrap();
        assert_eq!(
            lenfocus::param_string_to_sign(params.clone(), secret),
            v["string_to_sign"].as_str().unwrap()
        );
        assert_eq!(
            lenfocus::param_signature(params, secret),
            v["sign"].as_str().unwrap()
        );
    }
}

#[test]
fn lenfocus_connect_signature_matches_openssl_and_verifies() {
    let pem = std::fs::read_to_string(fixtures().join("test-device-key.pkcs1.pem")).unwrap();
    let signer = lenfocus::ConnectSigner::from_pem(&pem).unwrap();
    let sig = signer
        .sign("LF1234567890123", "AB12CD34", 1658029108)
        .unwrap();
    // PKCS#1 v1.5 is deterministic: the same bytes as `openssl dgst -md5 -sign`.
    let expected = std::fs::read_to_string(fixtures().join("connect-sign.expected.b64")).unwrap();
    assert_eq!(sig, expected.trim());

    for public in ["test-device-key.pub.pem", "test-device-key.pub.pkcs1.pem"] {
        let v = lenfocus::ConnectVerifier::from_pem(
            &std::fs::read_to_string(fixtures().join(public)).unwrap(),
        )
        .unwrap();
        assert!(v.verify("LF1234567890123", "AB12CD34", 1658029108, &sig));
        assert!(
            !v.verify("LF1234567890123", "AB12CD34", 1658029109, &sig),
            "other ts must fail"
        );
        assert!(
            !v.verify("LF1234567890124", "AB12CD34", 1658029108, &sig),
            "other sn must fail"
        );
        assert!(!v.verify("LF1234567890123", "AB12CD34", 1658029108, "not base64!"));
    }
}

#[test]
fn lenfocus_pkcs8_key_gives_the_same_signature() {
    let p1 = std::fs::read_to_string(fixtures().join("test-device-key.pkcs1.pem")).unwrap();
    let p8 = std::fs::read_to_string(fixtures().join("test-device-key.pkcs8.pem")).unwrap();
    let a = lenfocus::ConnectSigner::from_pem(&p1)
        .unwrap()
        .sign("SN", "CODE", 1)
        .unwrap();
    let b = lenfocus::ConnectSigner::from_pem(&p8)
        .unwrap()
        .sign("SN", "CODE", 1)
        .unwrap();
    assert_eq!(a, b);
}

#[test]
fn lenfocus_bad_keys_are_typed_errors_without_key_material() {
    let err = lenfocus::ConnectSigner::from_pem("not a key").unwrap_err();
    assert!(matches!(err, auth_signing::SignError::InvalidKey(_)));
    let err = lenfocus::ConnectSigner::from_pem(
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
    )
    .unwrap_err();
    assert!(matches!(err, auth_signing::SignError::InvalidKey(_)));
    let pem = std::fs::read_to_string(fixtures().join("test-device-key.pkcs1.pem")).unwrap();
    let signer = lenfocus::ConnectSigner::from_pem(&pem).unwrap();
    assert_eq!(format!("{signer:?}"), "ConnectSigner(** REDACTED **)");
}

// ---- TUMS (tums-open-api.txt 1.2.2) ----

#[test]
fn tums_independent_vectors_every_intermediate() {
    for v in vectors()["tums"].as_array().unwrap() {
        let sig = tums::sign(
            &tums::TumsRequest {
                method: v["method"].as_str().unwrap(),
                path: v["path"].as_str().unwrap(),
                payload: v["payload"].as_str().unwrap().as_bytes(),
            },
            &tums::TumsCredentials {
                access_key: v["ak"].as_str().unwrap(),
                secret_key: v["sk"].as_str().unwrap(),
                terminal_id: v["terminal_id"].as_str().unwrap(),
            },
            v["timestamp"].as_i64().unwrap(),
            v["nonce"].as_str().unwrap(),
        )
        .unwrap();
        assert_eq!(
            sig.hashed_canonical_request,
            v["hashed_canonical_request"].as_str().unwrap()
        );
        assert_eq!(
            sig.credential_scope,
            v["credential_scope"].as_str().unwrap()
        );
        assert_eq!(sig.string_to_sign, v["string_to_sign"].as_str().unwrap());
        assert_eq!(sig.signature, v["signature"].as_str().unwrap());
        assert_eq!(sig.header_value, v["header"].as_str().unwrap());
        let parsed = tums::parse_header(&sig.header_value).unwrap();
        assert_eq!(parsed.signature, sig.signature);
        assert!(tums::verify(
            &tums::TumsRequest {
                method: v["method"].as_str().unwrap(),
                path: v["path"].as_str().unwrap(),
                payload: v["payload"].as_str().unwrap().as_bytes(),
            },
            v["sk"].as_str().unwrap(),
            &parsed.timestamp,
            &parsed.signature
        ));
    }
}

#[test]
fn tums_empty_payload_signs_braces() {
    let creds = tums::TumsCredentials {
        access_key: "a",
        secret_key: "s",
        terminal_id: "t",
    };
    let empty = tums::sign(
        &tums::TumsRequest {
            method: "POST",
            path: "/p",
            payload: b"",
        },
        &creds,
        1700000000,
        "n",
    )
    .unwrap();
    let braces = tums::sign(
        &tums::TumsRequest {
            method: "POST",
            path: "/p",
            payload: b"{}",
        },
        &creds,
        1700000000,
        "n",
    )
    .unwrap();
    assert_eq!(empty.signature, braces.signature);
    assert_eq!(
        empty.hashed_canonical_request,
        "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    );
}

#[test]
fn tums_rejects_inputs_that_break_the_header() {
    let ok = tums::TumsCredentials {
        access_key: "a",
        secret_key: "s",
        terminal_id: "t",
    };
    let req = tums::TumsRequest {
        method: "POST",
        path: "/p",
        payload: b"{}",
    };
    assert!(
        tums::sign(&req, &ok, 999_999_999, "n").is_err(),
        "9-digit timestamp"
    );
    assert!(
        tums::sign(&req, &ok, 1_700_000_000, "a,b").is_err(),
        "comma in nonce"
    );
    assert!(
        tums::sign(&req, &ok, 1_700_000_000, "a b").is_err(),
        "space in nonce"
    );
    let long = "x".repeat(65);
    let bad = tums::TumsCredentials {
        terminal_id: &long,
        ..ok
    };
    assert!(
        tums::sign(&req, &bad, 1_700_000_000, "n").is_err(),
        "terminal id > 64"
    );
    let err = tums::sign(
        &tums::TumsRequest { path: "p", ..req },
        &ok,
        1_700_000_000,
        "n",
    )
    .unwrap_err();
    assert!(err.to_string().contains("path"));
}

#[test]
fn tums_parse_header_is_strict() {
    let good = "Timestamp=1706701924,Nonce=abc,AccessKey=ak,Signature=ff,TerminalId=t";
    assert!(tums::parse_header(good).is_some());
    assert!(tums::parse_header(
        "Timestamp=1706701924, Nonce=abc,AccessKey=ak,Signature=ff,TerminalId=t"
    )
    .is_none());
    assert!(tums::parse_header(
        "Nonce=abc,Timestamp=1706701924,AccessKey=ak,Signature=ff,TerminalId=t"
    )
    .is_none());
    assert!(tums::parse_header(
        "Timestamp=170670192,Nonce=abc,AccessKey=ak,Signature=ff,TerminalId=t"
    )
    .is_none());
    assert!(
        tums::parse_header("Timestamp=1706701924,Nonce=abc,AccessKey=ak,Signature=ff").is_none()
    );
    assert!(tums::parse_header(&format!("{good},Extra=1")).is_none());
    assert!(tums::parse_header(
        "Timestamp=1706701924,Nonce=,AccessKey=ak,Signature=ff,TerminalId=t"
    )
    .is_none());
}

// ---- MCS8 (mcs8-platform-api.txt 2.1.1, C.1) ----

#[test]
fn mcs8_independent_vectors() {
    for v in vectors()["mcs8"].as_array().unwrap() {
        let pw = v["password"].as_str().unwrap();
        assert_eq!(mcs8::password_md5(pw), v["md5"].as_str().unwrap());
        let sig = mcs8::login_signature(pw, v["udef_t"].as_i64().unwrap());
        assert_eq!(
            sig.password,
            v["signature"].as_str().unwrap(),
            "password {pw:?}"
        );
        assert_eq!(sig.udef_t, v["udef_t"].as_i64().unwrap().to_string());
    }
}

#[test]
fn mcs8_signature_debug_is_redacted() {
    let sig = mcs8::login_signature("000000", 1_700_000_000);
    let dbg = format!("{sig:?}");
    assert!(!dbg.contains(sig.password.as_str()));
    assert!(dbg.contains("REDACTED"));
}
