//! Round trips of the 人员识别记录 (recognition records) and 人员轨迹 (person track)
//! examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::person_track::*;
use hongtu_client::api::recognition_record::*;

#[test]
fn record_list() {
    let req: ListRecognitionRecords = request("recognition_record/person.record.list.request.json");
    assert_eq!(req.person_tag, PersonTag::KeyPerson);
    assert_eq!(req.start_time.timestamp_millis(), 1_632_844_800_000);
    let page =
        response::<ListRecognitionRecords>("recognition_record/person.record.list.response.json");
    assert_eq!(page.total, 1);
    let rec = &page.list[0];
    assert_eq!(rec.id_uuid.as_deref(), Some("16319"));
    assert_eq!(rec.score, Some(75.93));
    assert_eq!(
        rec.capture_time.unwrap().timestamp_millis(),
        1_634_862_416_000
    );
}

#[test]
fn record_detail() {
    let req: GetRecognitionRecord = request("recognition_record/person.record.detail.request.json");
    assert_eq!(req.id_uuid, "22246");
    let detail =
        response::<GetRecognitionRecord>("recognition_record/person.record.detail.response.json");
    assert_eq!(detail.person_tag, Some(PersonTag::KeyPerson));
    assert_eq!(detail.ext.as_deref(), Some("黑名单备注"));
    assert!(detail.groups.is_empty());
}

#[test]
fn track_query() {
    let req: QueryPersonTrack = request("person_track/person.track.query.request.json");
    assert!(req.profile_uuid.is_none());
    let page = response::<QueryPersonTrack>("person_track/person.track.query.response.json");
    assert_eq!(page.total, 2);
    assert_eq!(page.list.len(), 2);
    assert_eq!(
        page.list[1].capture_time.unwrap().timestamp_millis(),
        1_629_453_600_000
    );
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
    async fn every_recognition_and_track_example_is_served() {
        use hongtu_client::api::person_track::*;
        use hongtu_client::api::recognition_record::*;
        let sim = Simulator::start().await.unwrap();
        served::<ListRecognitionRecords>(&sim, "recognition_record/person.record.list").await;
        served::<GetRecognitionRecord>(&sim, "recognition_record/person.record.detail").await;
        served::<QueryPersonTrack>(&sim, "person_track/person.track.query").await;
    }

    #[tokio::test]
    async fn recognition_records_stream_by_page_num() {
        use futures::TryStreamExt;
        use hongtu_client::api::recognition_record::*;
        let sim = Simulator::start().await.unwrap();
        let items: Vec<serde_json::Value> = (0..25)
            .map(|i| serde_json::json!({"idUuid": format!("{i}"), "personTag": 3}))
            .collect();
        sim.seed_list(ListRecognitionRecords::PATH, items);
        let client = sim.client().unwrap();
        let now = chrono::Utc::now();
        let req =
            ListRecognitionRecords::new(PersonTag::KeyPerson, now - chrono::Duration::days(1), now);
        let all: Vec<RecognitionRecord> = timeout(LIMIT, client.stream(req).try_collect())
            .await
            .expect("bounded")
            .unwrap();
        assert_eq!(all.len(), 25);
        assert_eq!(all[24].id_uuid.as_deref(), Some("24"));
        // 25 items by the documented default of 10: three pages.
        assert_eq!(sim.requests_to(ListRecognitionRecords::PATH).len(), 3);
    }
}
