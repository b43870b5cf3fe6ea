//! Benchmark `signers` (issue 11, rows 3 and 4): each signer of `auth-signing`
//!
//! * against its **floor** — the bare sha2 / hmac / md-5 calls that produce the same
//!   digest material for the same input, written by hand with every input already
//!   rendered (goal ≤ 1.3×);
//! * against the seeds' algorithms in stock **CPython** (`benches/reference/signers.py`,
//!   hashlib and hmac only, checked there against the seeds' worked examples and the
//!   crate's vectors), reported as how many times faster Rust is (goal ≥ 3×). Without
//!   `python3` that row is skipped with a note.
//!
//! The inputs are the seeds' worked examples (the same ones the Python script signs).

use std::hint::black_box;
use std::process::Command;
use std::time::Duration;

use anfang::signing::{hongtu, lenfocus, mcs8, tums};
use hmac::{Hmac, Mac};
use md5::{Digest as _, Md5};
use sha2::Sha256;

use crate::support::{median, per_call, side_by_side, Config, Goal, Report};

type HmacSha256 = Hmac<Sha256>;

// The seeds' worked examples (benches/reference/signers.py signs the same).
const TUMS_METHOD: &str = "POST";
const TUMS_PATH: &str = "/tums/open/resource/v1/addRegion";
const TUMS_PAYLOAD: &[u8] = br#"{"regionName":"root1.2","order":2,"parentId":"1"}"#;
const TUMS_AK: &str = "ZDkxZmIyNTc2NTg4NTg2ODcxNDE3NTI3YzMyNWU0";
const TUMS_SK: &str = "example-secret-key";
const TUMS_TS: i64 = 1_706_701_924;
const TUMS_NONCE: &str = "1407447e996cf697488957375fd03d98";
const TUMS_TERMINAL: &str = "fa5d13475934410b9398a95be95f7079";

const HT_URI: &str = "/v1/api/person/list";
const HT_BODY: &[u8] = br#"{"pageNum":1,"pageSize":10}"#;
const HT_SECRET: &str = "sdfajk3242324fa!djq7";
const HT_APPKEY: &str = "appkey1";
const HT_TS: i64 = 1_627_300_328_673;
const HT_NONCE: &str = "1234344";

const MCS8_PASSWORD: &str = "000000";
const MCS8_UDEF_T: i64 = 1_700_000_000;

const LF_PARAMS: [(&str, &str); 4] = [
    ("sn", "Y3CA123489"),
    ("did", "876433"),
    ("ts", "1658029108"),
    ("appid", "FUN790386"),
];
const LF_SECRET: &str = "AABBCC112233";

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Lower-case hex into a stack buffer: the least a floor can do to put a digest into
/// a signed string.
fn hex_into<const N: usize, const M: usize>(bytes: &[u8; N], out: &mut [u8; M]) {
    for (i, b) in bytes.iter().enumerate() {
        out[2 * i] = HEX[usize::from(b >> 4)];
        out[2 * i + 1] = HEX[usize::from(b & 15)];
    }
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = HmacSha256::new_from_slice(key).expect("HMAC takes any key");
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

/// TUMS floor: SHA-256 of the payload, its hex, and the four HMAC-SHA256 calls.
fn tums_floor(ts: &str) -> [u8; 32] {
    let hashed: [u8; 32] = Sha256::digest(black_box(TUMS_PAYLOAD)).into();
    let mut hex = [0u8; 64];
    hex_into(&hashed, &mut hex);
    let date = hmac(TUMS_SK.as_bytes(), &[ts.as_bytes()]);
    let service = hmac(&date, &[TUMS_PATH.as_bytes()]);
    let signing = hmac(&service, &[b"tp-link"]);
    hmac(
        &signing,
        &[
            b"HmacSHA256\n",
            ts.as_bytes(),
            b"\n",
            TUMS_METHOD.as_bytes(),
            b" ",
            TUMS_PATH.as_bytes(),
            b" tp-link_request\n",
            &hex,
        ],
    )
}

/// Hongtu floor: MD5 of the body, its hex, and the MD5 of the dash-joined parts,
/// joined in a stack buffer and hashed in one call (faster than one `update` per
/// part, which is what the floor first did).
fn hongtu_floor(ts: &str) -> [u8; 16] {
    let body: [u8; 16] = Md5::digest(black_box(HT_BODY)).into();
    let mut hex = [0u8; 32];
    hex_into(&body, &mut hex);
    let mut buf = [0u8; 256];
    let mut len = 0;
    for p in [
        HT_URI.as_bytes(),
        b"-POST--",
        &hex,
        b"-",
        HT_SECRET.as_bytes(),
        b"-",
        ts.as_bytes(),
        b"-",
        HT_NONCE.as_bytes(),
        b"-",
        HT_APPKEY.as_bytes(),
    ] {
        buf[len..len + p.len()].copy_from_slice(p);
        len += p.len();
    }
    Md5::digest(&buf[..len]).into()
}

/// MCS8 floor: MD5 of the password, its hex, SHA-256 of hex + udef_t.
fn mcs8_floor(udef_t: &str) -> [u8; 32] {
    let md5: [u8; 16] = Md5::digest(black_box(MCS8_PASSWORD).as_bytes()).into();
    let mut hex = [0u8; 32];
    hex_into(&md5, &mut hex);
    let mut h = Sha256::new();
    h.update(hex);
    h.update(udef_t.as_bytes());
    h.finalize().into()
}

/// Lenfocus floor: MD5 of the pairs already in key order, then the secret.
fn lenfocus_floor(sorted: &[(&str, &str)]) -> [u8; 16] {
    let mut h = Md5::new();
    for (k, v) in black_box(sorted) {
        h.update(k.as_bytes());
        h.update(v.as_bytes());
    }
    h.update(LF_SECRET.as_bytes());
    h.finalize().into()
}

/// The seed's TUMS example as signing inputs (the payload through `black_box`).
fn tums_inputs() -> (tums::TumsRequest<'static>, tums::TumsCredentials<'static>) {
    (
        tums::TumsRequest {
            method: TUMS_METHOD,
            path: TUMS_PATH,
            payload: black_box(TUMS_PAYLOAD),
        },
        tums::TumsCredentials {
            access_key: TUMS_AK,
            secret_key: TUMS_SK,
            terminal_id: TUMS_TERMINAL,
        },
    )
}

/// What the TUMS client does on every attempt: the validated header value, one
/// allocation.
fn tums_sdk() -> String {
    let (req, creds) = tums_inputs();
    tums::authorization(&req, &creds, TUMS_TS, TUMS_NONCE).expect("valid TUMS inputs")
}

/// `tums::sign` with every intermediate value the seed names as strings (the
/// diagnostics API behind `anfang sign tums`; for information).
fn tums_sign_all() -> tums::TumsSignature {
    let (req, creds) = tums_inputs();
    tums::sign(&req, &creds, TUMS_TS, TUMS_NONCE).expect("valid TUMS inputs")
}

fn hongtu_sdk() -> anfang::signing::Hex {
    hongtu::sign(
        &hongtu::HongtuRequest {
            uri: HT_URI,
            method: "POST",
            query: "",
            body: Some(black_box(HT_BODY)),
        },
        &hongtu::HongtuCredentials {
            app_key: HT_APPKEY,
            secret: HT_SECRET,
        },
        HT_TS,
        HT_NONCE,
    )
    .csign
}

fn mcs8_sdk() -> anfang::signing::Hex {
    mcs8::login_signature(black_box(MCS8_PASSWORD), MCS8_UDEF_T).password
}

fn lenfocus_sdk() -> anfang::signing::Hex {
    lenfocus::param_signature(black_box(LF_PARAMS), LF_SECRET)
}

/// Runs the Python reference with `n` iterations per signer: `name → ns per call`.
/// `None` (with a note printed) when `python3` cannot be started.
fn python(n: u32) -> Option<Vec<(String, f64, String)>> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/reference/signers.py");
    let out = match Command::new("python3")
        .arg(script)
        .arg(n.to_string())
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            println!("note: python3 not available ({e}); the CPython comparison rows are skipped");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "benches/reference/signers.py failed (its vectors disagree?): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let rows = text
        .lines()
        .filter_map(|l| {
            let mut it = l.splitn(3, ' ');
            let name = it.next()?.to_owned();
            let ns = it.next()?.parse::<f64>().ok()?;
            Some((name, ns, it.next().unwrap_or("").to_owned()))
        })
        .collect();
    Some(rows)
}

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    // The seeds' worked examples first: a benchmark of a wrong signature means nothing.
    assert_eq!(hongtu_sdk(), "52141def7a1e346ceee2f22c43d5fb97");
    assert_eq!(lenfocus_sdk(), "C7C164B353F05DF3E219E82FC4619912");
    assert_eq!(
        mcs8_sdk(),
        "007972d17695beac6344f8a01d38f9c5aacfe8f4a856225755e82f1a90aeb269"
    );
    let ht_ts = HT_TS.to_string();
    let tums_ts = TUMS_TS.to_string();
    let udef_t = MCS8_UDEF_T.to_string();
    let mut lf_sorted = LF_PARAMS;
    lf_sorted.sort();
    // The floors compute the same digests as the SDK.
    assert!(tums_sdk().contains(&auth_signing_hex(&tums_floor(&tums_ts))));
    assert_eq!(tums_sdk(), tums_sign_all().header_value);
    assert_eq!(hongtu_sdk(), auth_signing_hex(&hongtu_floor(&ht_ts)));
    assert_eq!(mcs8_sdk(), auth_signing_hex(&mcs8_floor(&udef_t)));
    assert_eq!(
        lenfocus_sdk(),
        auth_signing_hex(&lenfocus_floor(&lf_sorted)).to_ascii_uppercase()
    );

    let (samples, iters) = cfg.size((31, 20_000), (3, 50));
    let mut rust_ns: Vec<(&str, Duration, Duration)> = Vec::new();
    let mut row =
        |name: &'static str, what: &str, sdk: &mut dyn FnMut(), floor: &mut dyn FnMut()| {
            let (s, f) = side_by_side(samples, iters, sdk, floor);
            report.ratio(
                "signers",
                format!("{what} vs its bare hash/HMAC calls"),
                s,
                f,
                Goal::AtMost(1.3),
            );
            rust_ns.push((name, s, f));
        };
    row(
        "tums",
        "TUMS X-Authorization",
        &mut || drop(black_box(tums_sdk())),
        &mut || {
            black_box(tums_floor(&tums_ts));
        },
    );
    row(
        "hongtu",
        "Hongtu csign",
        &mut || {
            black_box(hongtu_sdk());
        },
        &mut || {
            black_box(hongtu_floor(&ht_ts));
        },
    );
    row(
        "mcs8",
        "MCS8 login password signature",
        &mut || {
            black_box(mcs8_sdk());
        },
        &mut || {
            black_box(mcs8_floor(&udef_t));
        },
    );
    row(
        "lenfocus",
        "Lenfocus param signature",
        &mut || {
            black_box(lenfocus_sdk());
        },
        &mut || {
            black_box(lenfocus_floor(&lf_sorted));
        },
    );

    let (s, f) = side_by_side(
        samples,
        iters,
        &mut || drop(black_box(tums_sign_all())),
        &mut || {
            black_box(tums_floor(&tums_ts));
        },
    );
    report.ratio(
        "signers",
        "TUMS tums::sign with its five intermediate strings (diagnostics; info)",
        s,
        f,
        Goal::None,
    );
    let n = cfg.size(200_000, 200);
    let Some(py) = python(n) else { return };
    let expected = [
        ("tums", tums_sdk()),
        ("hongtu", hongtu_sdk().into()),
        ("mcs8", mcs8_sdk().into()),
        ("lenfocus", lenfocus_sdk().into()),
    ];
    for (name, rust, floor) in rust_ns {
        let Some((_, py_ns, py_out)) = py.iter().find(|(n, _, _)| n == name) else {
            println!("note: the Python reference printed no {name} row");
            continue;
        };
        // Same result from both implementations.
        if let Some((_, out)) = expected.iter().find(|(n, _)| *n == name) {
            assert_eq!(py_out.trim(), out, "{name}: Python and Rust disagree");
        }
        // Re-time the Rust signer alone, as the script times Python alone.
        let alone = median(
            (0..samples)
                .map(|_| {
                    per_call(iters, || match name {
                        "tums" => drop(black_box(tums_sdk())),
                        "hongtu" => {
                            black_box(hongtu_sdk());
                        }
                        "mcs8" => {
                            black_box(mcs8_sdk());
                        }
                        _ => {
                            black_box(lenfocus_sdk());
                        }
                    })
                })
                .collect(),
        );
        let rust_ns = alone.min(rust).as_nanos().max(1) as f64;
        report.value(
            "signers",
            format!("{name}: times faster than CPython hashlib (signers.py)"),
            py_ns / rust_ns,
            "×",
            Goal::AtLeast(3.0),
            format!("{py_ns:.0} ns vs {rust_ns:.0} ns, {n} calls"),
        );
        // The most any Rust signer could reach: CPython against the bare hash calls
        // (the ceiling for the row above).
        let floor_ns = floor.as_nanos().max(1) as f64;
        report.value(
            "signers",
            format!("{name}: the floor (bare hash calls) vs CPython, the ceiling (info)"),
            py_ns / floor_ns,
            "×",
            Goal::None,
            format!("{py_ns:.0} ns vs {floor_ns:.0} ns"),
        );
    }
}

fn auth_signing_hex(bytes: &[u8]) -> String {
    anfang::signing::hex_lower(bytes)
}
