//! Issue 10 item 3, extended: every lenient number and time helper of this crate
//! (the `opt_time` date-time members, the compact GPS cells of 2.7.2, the `-1` 不限
//! filters, [`QueryTime`], the envelope's code and total, [`TokenInfo::lifetime`]) over
//! all of `i64`, `u64` and `f64` — as JSON numbers and as text, extremes and NaN/±inf
//! included — through the real decode path ([`envelope::decode`], which runs the same
//! envelope reader and payload decode as the client). Each input gives a typed value or
//! a typed error; a panic fails the test.

use http::StatusCode;
use mcs8_client::api::data::AlarmList;
use mcs8_client::models::{Enterprise, Position, TokenInfo};
use mcs8_client::{envelope, Envelope, GpsPoint, GpsTrack, Listing, QueryTime};
use proptest::prelude::*;
use serde_json::Value;

/// A JSON number spelled the way `serde_json` prints it, or `None` when it has no
/// JSON spelling (NaN, ±inf).
fn num_f64(f: f64) -> Option<String> {
    f.is_finite().then(|| serde_json::to_string(&f).unwrap())
}

/// Every way a number may arrive: i64, u64 and f64 as numbers and as text, plus the
/// texts JSON numbers cannot spell.
fn number_texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_filter_map("finite", num_f64),
        any::<i64>().prop_map(|n| format!("\"{n}\"")),
        any::<u64>().prop_map(|n| format!("\"{n}\"")),
        any::<f64>().prop_map(|f| format!("\"{f}\"")),
        any::<f64>().prop_map(|f| format!("\"{f:e}\"")),
        prop::sample::select(vec![
            "\"NaN\"",
            "\"nan\"",
            "\"inf\"",
            "\"-inf\"",
            "\"Infinity\"",
            "\"-Infinity\"",
            "1e308",
            "-1e308",
            "1e309",
            "-1e309",
            "1e-320",
            "-0",
            "-0.0",
            "0.0",
            "-1e300",
            "1e300",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "\"\"",
            "\" \"",
            "null",
            "true",
            "\"-\"",
            "\"1-\"",
            "-1",
            "\"-1\"",
        ])
        .prop_map(str::to_owned),
    ]
}

fn decode<T: mcs8_client::Payload>(body: &str) -> Result<T, mcs8_client::Error> {
    envelope::decode("/x", StatusCode::OK, body.as_bytes())
}

fn typed_error(e: &mcs8_client::Error) -> bool {
    matches!(
        e,
        mcs8_client::Error::Core(client_core::Error::Decode { .. })
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// `opt_time` members (`gpsTime`, `createDateTime`): issue 10's exact example and
    /// every other number or text.
    #[test]
    fn opt_time_members_never_panic(n in number_texts()) {
        let body = format!(r#"{{"code":0,"data":[{{"gpsTime":{n}}}]}}"#);
        match decode::<Listing<Position>>(&body) {
            Ok(l) => prop_assert_eq!(l.items.len(), 1),
            Err(e) => prop_assert!(typed_error(&e), "{}", e),
        }
        let body = format!(r#"{{"Result":200,"Content":[{{"createDateTime":{n}}}]}}"#);
        if let Err(e) = decode::<Listing<Enterprise>>(&body) {
            prop_assert!(typed_error(&e), "{}", e);
        }
        let _ = client_core::lenient::from_str::<Position>(&format!(r#"{{"gpsTime":{n}}}"#));
    }

    /// Epoch seconds in chrono's range read as that instant, text or number.
    #[test]
    fn epoch_seconds_read_back(secs in -8_000_000_000i64..100_000_000_000) {
        for n in [secs.to_string(), format!("\"{secs}\""), format!("{secs}.0")] {
            let p: Position = client_core::lenient::from_str(&format!(r#"{{"gpsTime":{n}}}"#)).unwrap();
            prop_assert_eq!(p.gps_time.unwrap().and_utc().timestamp(), secs);
        }
    }

    /// The compact GPS cells (2.7.2): time, lng, lat and accuracy each take any number
    /// or text.
    #[test]
    fn gps_cells_never_panic(t in number_texts(), lng in number_texts(), lat in number_texts(), acc in number_texts()) {
        let body = format!(r#"{{"code":0,"data":{{"gps":[[{t},{lng},{lat},{acc}],[{t},1,2]]}}}}"#);
        match decode::<GpsTrack>(&body) {
            Ok(track) => prop_assert_eq!(track.len(), 2),
            Err(e) => prop_assert!(typed_error(&e), "{}", e),
        }
        let _ = serde_json::from_str::<GpsPoint>(&format!("[{t},{lng},{lat},{acc}]"));
    }

    /// Filters whose 不限 value is -1, read back from any number (a request struct
    /// deserialises through `wire::filter`).
    #[test]
    fn filters_never_panic(n in number_texts()) {
        let json = format!(r#"{{"st":"2024-05-06","et":"2024-05-07","alarmType":{n},"dealStatus":{n}}}"#);
        let _ = serde_json::from_str::<AlarmList>(&json);
        let _ = client_core::lenient::from_str::<AlarmList>(&json);
    }

    /// `QueryTime` from any text (and any number, which it refuses).
    #[test]
    fn query_time_never_panics(s in ".{0,40}", n in number_texts()) {
        let _ = serde_json::from_str::<QueryTime>(&serde_json::to_string(&s).unwrap());
        let _ = serde_json::from_str::<QueryTime>(&n);
    }

    /// The envelope's code and total, and a listing's own total, at any number.
    #[test]
    fn envelope_numbers_never_panic(code in number_texts(), total in number_texts()) {
        for body in [
            format!(r#"{{"code":{code},"count":{total},"data":[]}}"#),
            format!(r#"{{"Result":{code},"Content":{{"list":[],"total":{total}}}}}"#),
        ] {
            let _ = decode::<Listing<Value>>(&body);
            let _ = envelope::decode_raw("/x", StatusCode::OK, body.as_bytes());
            let _ = serde_json::from_str::<Envelope<Value>>(&body);
        }
    }

    /// `expires_in` at any number, and [`TokenInfo::lifetime`] at any `expires_in`
    /// and any clock (`n - now` overflowed for a clock before 1970 by ~292 billion
    /// years).
    #[test]
    fn token_lifetime_never_panics(n in number_texts(), expires in any::<i64>(), now in any::<i64>()) {
        if let Ok(t) = decode::<TokenInfo>(&format!(r#"{{"code":0,"data":{{"access_token":"a","expires_in":{n}}}}}"#)) {
            let _ = t.lifetime(now);
        }
        let t = TokenInfo { expires_in: Some(expires), ..Default::default() };
        let life = t.lifetime(now);
        if expires <= 1_000_000_000 {
            prop_assert_eq!(life.as_secs(), expires.max(0) as u64);
        }
    }
}

/// Issue 10's reported input, verbatim.
#[test]
fn the_reported_gps_time_is_a_typed_error() {
    let e = decode::<Listing<Position>>(r#"{"code":0,"data":[{"gpsTime":-1e300}]}"#).unwrap_err();
    assert!(typed_error(&e), "{e:?}");
}
