//! Round trips of the 警戒记录 (alert records) examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::area_alert::*;

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
    use crate::common::by_path::served;
    use client_core::Endpoint;
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    #[tokio::test]
    async fn alert_example_is_served() {
        use hongtu_client::api::area_alert::*;
        let sim = Simulator::start().await.unwrap();
        served::<ListAlertRecords>(&sim, "area_alert/areaAlert.record.list").await;
    }

    #[tokio::test]
    async fn alert_records_stream_by_curr_page() {
        use futures::TryStreamExt;
        use hongtu_client::api::area_alert::*;
        let sim = Simulator::start().await.unwrap();
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
        assert_eq!(sim.requests_to(ListAlertRecords::PATH).len(), 3);
    }
}
