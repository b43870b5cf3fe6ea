//! Property tests of the pure pieces: compact GPS points, query times, range splitting.

use std::time::Duration;

use chrono::{DateTime, NaiveDateTime};
use mcs8_client::gps::split_range;
use mcs8_client::{GpsPoint, QueryTime};
use proptest::prelude::*;

fn time(secs: i64) -> NaiveDateTime {
    DateTime::from_timestamp(secs, 0).unwrap().naive_utc()
}

proptest! {
    #[test]
    fn gps_points_round_trip(secs in 0i64..4_000_000_000, lng in -180.0f64..180.0, lat in -90.0f64..90.0, acc in proptest::option::of(0.0f64..1000.0)) {
        let p = GpsPoint { time: time(secs), lng, lat, accuracy: acc };
        let json = serde_json::to_string(&p).unwrap();
        let back: GpsPoint = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, p);
    }

    #[test]
    fn gps_time_as_epoch_seconds_equals_text(secs in 0i64..4_000_000_000) {
        let text: GpsPoint = serde_json::from_str(&format!(r#"["{}",1,2,3]"#, time(secs).format("%Y-%m-%d %H:%M:%S"))).unwrap();
        let epoch: GpsPoint = serde_json::from_str(&format!("[{secs},1,2,3]")).unwrap();
        prop_assert_eq!(text, epoch);
    }

    #[test]
    fn query_times_round_trip(secs in 0i64..4_000_000_000, date_only in any::<bool>()) {
        let q = if date_only { QueryTime::from(time(secs).date()) } else { QueryTime::from(time(secs)) };
        let back: QueryTime = serde_json::from_str(&serde_json::to_string(&q).unwrap()).unwrap();
        prop_assert_eq!(back, q);
    }

    #[test]
    fn split_range_tiles_the_range(start in 0i64..2_000_000_000, len in 0i64..100_000_000, window in 1u64..2_000_000) {
        let st = time(start);
        let et = time(start + len);
        let w = split_range(st, et, Duration::from_secs(window));
        if len == 0 {
            prop_assert!(w.is_empty());
        } else {
            prop_assert_eq!(w[0].0, st);
            prop_assert_eq!(w.last().unwrap().1, et);
            for pair in w.windows(2) {
                prop_assert_eq!(pair[0].1, pair[1].0);
            }
            for (a, b) in &w {
                prop_assert!(a < b);
                prop_assert!((*b - *a).num_seconds() as u64 <= window);
            }
        }
    }
}
