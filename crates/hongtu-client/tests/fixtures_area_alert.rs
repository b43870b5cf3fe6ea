//! Round trips of the 警戒记录 (alert records) examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::area_alert::*;
use hongtu_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("hongtu/{name}"))
}

/// Round-trips a documented request and checks it passes `validate()`.
fn request<E>(name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: E = assert_round_trip(&fixture(name));
    req.validate().expect("the documented request is valid");
    req
}

/// Round-trips the `data` member of a documented response envelope through the
/// endpoint's response type (an absent `data` decodes as `()`).
fn response<E>(name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    let envelope: serde_json::Value = serde_json::from_str(&fixture(name)).unwrap();
    assert_eq!(envelope["code"], 0, "{name}: code");
    let _: Envelope<serde_json::Value> = serde_json::from_value(envelope.clone()).unwrap();
    let data = envelope
        .get("data")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    assert_round_trip::<E::Response>(&data.to_string())
}

#[test]
fn record_list() {
    let req: ListAlertRecords = request("area_alert/areaAlert.record.list.request.json");
    assert_eq!(req.alarm_type.map(|t| t.code()), Some(4));
    assert_eq!(req.device_uuids.as_ref().map(Vec::len), Some(1));
    let page = response::<ListAlertRecords>("area_alert/areaAlert.record.list.response.json");
    let r = &page.list[0];
    assert_eq!(r.alarm_control_type.map(|t| t.code()), Some(1));
    assert_eq!(r.alarm_time.unwrap().timestamp_millis(), 1_626_205_068_000);
    let rect = &r.target_rect.as_ref().unwrap()[0];
    assert_eq!((rect.top, rect.right), (Some(364.0), Some(675.0)));
    assert_eq!(r.target_id, Some(vec![]));
    assert_eq!(r.draw_line_detail, Some(vec![]));
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use super::fixture;
    use client_core::Endpoint;
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    /// Sends the request fixture `{stem}.request.json` and compares the answer with the
    /// `data` of `{stem}.response.json`.
    async fn served<E>(sim: &Simulator, stem: &str)
    where
        E: Endpoint + serde::de::DeserializeOwned,
        E::Response: PartialEq + std::fmt::Debug,
    {
        let client = sim.client().unwrap();
        let req: E = serde_json::from_str(&fixture(&format!("{stem}.request.json"))).unwrap();
        let got = timeout(LIMIT, client.send(&req))
            .await
            .expect("bounded")
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        let envelope: serde_json::Value =
            serde_json::from_str(&fixture(&format!("{stem}.response.json"))).unwrap();
        let data = envelope
            .get("data")
            .cloned()
            .unwrap_or(serde_json::Value::Null);
        let want: E::Response = serde_json::from_value(data).unwrap();
        assert_eq!(got, want, "{stem}");
        assert!(
            sim.request_count(E::PATH) >= 1,
            "{stem}: simulator saw no request"
        );
    }

    #[tokio::test]
    async fn alert_example_is_served() {
        use hongtu_client::api::area_alert::*;
        let sim = Simulator::start().await;
        served::<ListAlertRecords>(&sim, "area_alert/areaAlert.record.list").await;
    }

    #[tokio::test]
    async fn alert_records_stream_by_curr_page() {
        use futures::TryStreamExt;
        use hongtu_client::api::area_alert::*;
        let sim = Simulator::start().await;
        let items: Vec<serde_json::Value> = (0..21)
            .map(|i| serde_json::json!({"alarmRecordUuId": format!("a{i:02}"), "targetRect": {"top": 1}}))
            .collect();
        sim.seed_list(ListAlertRecords::PATH, items);
        let client = sim.client().unwrap();
        let now = chrono::Utc::now();
        let req = ListAlertRecords::new(now - chrono::Duration::days(1), now);
        let all: Vec<AlertRecord> = timeout(LIMIT, client.stream(req).try_collect())
            .await
            .expect("bounded")
            .unwrap();
        assert_eq!(all.len(), 21);
        assert_eq!(all[20].alarm_record_uuid, "a20");
        // 21 items by the documented default of 10: three pages, the last one short.
        assert_eq!(sim.request_count(ListAlertRecords::PATH), 3);
    }
}
