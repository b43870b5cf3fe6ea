//! Property tests: every lenient number and time helper, the envelope reader and the
//! date-time parser over all of `i64`, `u64` and `f64` (extremes, NaN and infinities
//! as text) and arbitrary strings — a typed result or a typed error, never a panic.

use client_core::envelope::{int_of, Envelope, EnvelopeKeys};
use client_core::lenient;
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct All {
    #[serde(with = "lenient::opt_int", default)]
    int: Option<i64>,
    #[serde(with = "lenient::opt_float", default)]
    float: Option<f64>,
    #[serde(with = "lenient::opt_bool", default)]
    flag: Option<bool>,
    #[serde(with = "lenient::opt_ts_millis", default)]
    millis: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(with = "lenient::opt_ts_seconds", default)]
    seconds: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(with = "lenient::opt_datetime", default)]
    datetime: Option<chrono::NaiveDateTime>,
    #[serde(with = "lenient::opt_date", default)]
    date: Option<chrono::NaiveDate>,
    #[serde(with = "lenient::opt_string", default)]
    text: Option<String>,
}

const KEYS: EnvelopeKeys = EnvelopeKeys {
    code: &["code"],
    message: &["msg"],
    payload: &["data"],
    total: &["total"],
    extra: &[],
    bare_payload: true,
    non_numeric_code_is_payload: true,
    code_required: false,
};

/// Feeds one JSON scalar text to every helper and to the envelope reader.
fn feed(scalar: &str) {
    for member in [
        "int", "float", "flag", "millis", "seconds", "datetime", "date", "text",
    ] {
        let doc = format!(r#"{{"{member}":{scalar}}}"#);
        let _ = serde_json::from_str::<All>(&doc);
    }
    let _ = int_of(scalar);
    let env = format!(r#"{{"code":{scalar},"total":{scalar},"msg":{scalar},"data":[{scalar}]}}"#);
    if let Ok(e) = Envelope::parse(env.as_bytes(), &KEYS) {
        let _ = e.decode::<Vec<i64>>();
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

#[test]
fn extremes_and_non_finite_values() {
    let texts = [
        i64::MIN.to_string(),
        i64::MAX.to_string(),
        u64::MAX.to_string(),
        "-1e300".into(),
        "1e300".into(),
        "1e400".into(),
        "-0.0".into(),
        "5e-324".into(),
        f64::MAX.to_string(),
        f64::MIN.to_string(),
        "-9223372036854775809".into(),
        "18446744073709551616".into(),
    ];
    for t in &texts {
        feed(t);
        feed(&quoted(t));
    }
    for t in [
        "NaN",
        "inf",
        "-inf",
        "infinity",
        "-Infinity",
        "",
        " ",
        "0x10",
    ] {
        feed(&quoted(t));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_i64(n in any::<i64>()) {
        feed(&n.to_string());
        feed(&quoted(&n.to_string()));
    }

    #[test]
    fn any_u64(n in any::<u64>()) {
        feed(&n.to_string());
        feed(&quoted(&n.to_string()));
    }

    #[test]
    fn any_f64(f in any::<f64>()) {
        // JSON has no NaN or infinity: those go in as text.
        if f.is_finite() {
            feed(&format!("{f:e}"));
        }
        feed(&quoted(&f.to_string()));
    }

    #[test]
    fn any_string(s in ".{0,40}") {
        feed(&quoted(&s));
        let _ = lenient::parse_datetime(&s);
        let _ = int_of(&s);
    }

    #[test]
    fn any_bytes_to_the_envelope_reader(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = Envelope::parse(&b, &KEYS);
    }
}
