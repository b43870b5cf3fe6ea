//! The lenient serde helpers and the open-enum macros.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use client_core::lenient;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Row {
    #[serde(with = "lenient::int")]
    int: i64,
    #[serde(
        with = "lenient::opt_int",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    opt_int: Option<i64>,
    #[serde(with = "lenient::float")]
    float: f64,
    #[serde(with = "lenient::string")]
    text: String,
    #[serde(with = "lenient::empty_as_none", default)]
    remark: Option<String>,
    #[serde(with = "lenient::bool")]
    flag: bool,
    #[serde(with = "lenient::bool_int")]
    flag01: bool,
    #[serde(with = "lenient::opt_ts_millis", default)]
    ms: Option<DateTime<Utc>>,
    #[serde(with = "lenient::ts_seconds")]
    s: DateTime<Utc>,
    #[serde(with = "lenient::datetime")]
    dt: NaiveDateTime,
    #[serde(with = "lenient::opt_date", default)]
    day: Option<NaiveDate>,
}

#[test]
fn accepts_every_documented_variant() {
    let a: Row = serde_json::from_str(
        r#"{"int":"42","opt_int":"","float":"53.32","text":123,"remark":"  ","flag":"on","flag01":"1",
            "ms":"1627300328673","s":1609135966,"dt":"2022-06-21 08:30:00","day":"2022-06-21"}"#,
    )
    .unwrap();
    assert_eq!(a.int, 42);
    assert_eq!(a.opt_int, None);
    assert!((a.float - 53.32).abs() < 1e-9);
    assert_eq!(a.text, "123");
    assert_eq!(a.remark, None);
    assert!(a.flag && a.flag01);
    assert_eq!(a.ms.unwrap().timestamp_millis(), 1627300328673);
    assert_eq!(a.s.timestamp(), 1609135966);
    assert_eq!(a.dt.to_string(), "2022-06-21 08:30:00");
    assert_eq!(a.day, NaiveDate::from_ymd_opt(2022, 6, 21));

    let b: Row = serde_json::from_str(
        r#"{"int":42.0,"float":7,"text":"x","flag":0,"flag01":false,"ms":1627300328673,"s":"1609135966",
            "dt":"2021-05-24T14:13:10.298+08:00"}"#,
    )
    .unwrap();
    assert_eq!(b.int, 42);
    assert!(!b.flag && !b.flag01);
    assert_eq!(b.ms, a.ms);
    assert_eq!(b.s, a.s);
    assert_eq!(b.dt.to_string(), "2021-05-24 14:13:10.298");
    assert_eq!(b.day, None);
}

#[test]
fn serializes_in_the_canonical_form() {
    let r: Row = serde_json::from_str(
        r#"{"int":"42","float":"1.5","text":1,"flag":"true","flag01":"0","ms":"1000","s":"10","dt":"2022-06-21 08:30:00","day":"2022-06-21 10:00:00"}"#,
    )
    .unwrap();
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["int"], 42);
    assert_eq!(v["float"], 1.5);
    assert_eq!(v["text"], "1");
    assert_eq!(v["flag"], true);
    assert_eq!(v["flag01"], 0);
    assert_eq!(v["ms"], 1000);
    assert_eq!(v["s"], 10);
    assert_eq!(v["dt"], "2022-06-21 08:30:00");
    assert_eq!(v["day"], "2022-06-21");
}

#[test]
fn rejects_garbage_with_a_clear_message() {
    let err = serde_json::from_str::<Row>(
        r#"{"int":"forty-two","float":1,"text":"x","flag":true,"flag01":1,"s":1,"dt":"2022-06-21 08:30:00"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("expected an integer"), "{err}");
    let err = serde_json::from_str::<Row>(
        r#"{"int":1,"float":1,"text":"x","flag":"maybe","flag01":1,"s":1,"dt":"2022-06-21 08:30:00"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("boolean"), "{err}");
    let err = serde_json::from_str::<Row>(
        r#"{"int":1,"float":1,"text":"x","flag":true,"flag01":1,"s":1,"dt":"yesterday"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("date-time"), "{err}");
}

#[test]
fn trim_keys_normalises_nested_keys() {
    let v =
        lenient::trim_keys(serde_json::json!({"result ": [{" regionId ": "1"}], "a": {"b ": 1}}));
    assert_eq!(
        v,
        serde_json::json!({"result": [{"regionId": "1"}], "a": {"b": 1}})
    );
}

client_core::int_enum! {
    /// Test enum.
    pub enum Level {
        /// Minus one.
        Any = -1,
        /// Zero.
        Low = 0,
        /// Two.
        High = 2,
    }
}

client_core::str_enum! {
    /// Test string enum.
    pub enum Mode {
        /// Auto.
        Auto = "auto",
        /// Odd wire spelling kept.
        Odd = "overstepingBoundaryDetected",
    }
}

#[test]
fn open_enums_keep_unknown_values_both_ways() {
    assert_eq!(serde_json::from_str::<Level>("-1").unwrap(), Level::Any);
    assert_eq!(serde_json::from_str::<Level>("\"2\"").unwrap(), Level::High);
    assert_eq!(
        serde_json::from_str::<Level>("99").unwrap(),
        Level::Unknown(99)
    );
    assert_eq!(serde_json::to_string(&Level::Unknown(99)).unwrap(), "99");
    assert_eq!(
        serde_json::from_str::<Mode>("\"overstepingBoundaryDetected\"").unwrap(),
        Mode::Odd
    );
    assert_eq!(
        serde_json::from_str::<Mode>("\"new\"").unwrap(),
        Mode::Unknown("new".into())
    );
    assert_eq!(
        serde_json::to_string(&Mode::Unknown("new".into())).unwrap(),
        "\"new\""
    );
    assert_eq!(Mode::Auto.to_string(), "auto");
}

proptest! {
    #[test]
    fn int_accepts_numbers_and_their_text(n in any::<i64>()) {
        let a: i64 = lenient::int::deserialize(&mut serde_json::Deserializer::from_str(&n.to_string())).unwrap();
        let b: i64 = lenient::int::deserialize(&mut serde_json::Deserializer::from_str(&format!("\"{n}\""))).unwrap();
        prop_assert_eq!(a, n);
        prop_assert_eq!(b, n);
    }

    #[test]
    fn ts_millis_round_trips(ms in 0i64..=4_102_444_800_000) {
        let t: DateTime<Utc> = lenient::ts_millis::deserialize(&mut serde_json::Deserializer::from_str(&format!("\"{ms}\""))).unwrap();
        prop_assert_eq!(t.timestamp_millis(), ms);
    }

    #[test]
    fn open_int_enum_round_trips_any_value(n in any::<i64>()) {
        let l: Level = serde_json::from_str(&n.to_string()).unwrap();
        prop_assert_eq!(l.code(), n);
        prop_assert_eq!(serde_json::to_string(&l).unwrap(), n.to_string());
    }
}
