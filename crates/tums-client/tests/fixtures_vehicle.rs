//! Round trips of every request and response example of seed chapter 1.4.9 车辆管理
//! (fixtures/tums/vehicle/).

#[macro_use]
mod common;

use tums_client::api::vehicle::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("vehicle", name)
}

pair!(
    get_all_plate_list_by_page,
    GetAllPlateListByPage,
    "getAllPlateListByPage"
);
pair!(
    export_all_vehicle_detection_records,
    ExportAllVehicleDetectionRecords,
    "exportAllVehicleDetectionRecords"
);
pair!(
    export_all_entry_and_leave_records,
    ExportAllEntryAndLeaveRecords,
    "exportAllEntryAndLeaveRecords"
);
pair!(get_export_records, GetExportRecords, "getExportRecords");
pair!(
    delete_export_record,
    DeleteExportRecord,
    "deleteExportRecord"
);
pair!(
    download_export_record,
    DownloadExportRecord,
    "downloadExportRecord"
);

#[test]
fn plate_page_example_is_typed() {
    use client_core::Paged;
    let env: Envelope<PlateList> =
        serde_json::from_str(&fixture("getAllPlateListByPage.response.json")).unwrap();
    let page = GetAllPlateListByPage::into_page(env.result.unwrap());
    assert_eq!(page.total, Some(1));
    assert_eq!(page.items[0].plate_number.as_deref(), Some("粤B12345"));
    assert_eq!(page.items[0].group_name.as_deref(), Some("分组1"));
}

#[test]
fn export_record_example_decodes_result_with_a_trailing_space() {
    let env: Envelope<tums_client::envelope::PagedList<ExportRecord>> =
        serde_json::from_str(&fixture("getExportRecords.response.json")).unwrap();
    let rec = &env.result.unwrap().list[0];
    assert_eq!(rec.file_status, Some(FileStatus::Done));
    assert_eq!(
        rec.create_time.unwrap().timestamp_millis(),
        1_000_000_000_000
    );
    assert_eq!(rec.file_format, Some(FileFormat::Excel));
    let env: Envelope<ExportDownload> =
        serde_json::from_str(&fixture("downloadExportRecord.response.json")).unwrap();
    assert_eq!(env.result.unwrap().url, "https://...");
}

#[test]
fn filename_spelling_of_the_example_is_accepted() {
    let r: ExportRecord =
        serde_json::from_str(r#"{"fileId":111,"filename":"file1.xlsx","fileStatus":"4"}"#).unwrap();
    assert_eq!(r.file_id, "111");
    assert_eq!(r.file_name.as_deref(), Some("file1.xlsx"));
    assert_eq!(r.file_status, Some(FileStatus::Failed));
}

#[test]
fn export_filters_accept_the_examples_string_group_id() {
    let req: ExportAllEntryAndLeaveRecords =
        serde_json::from_str(&fixture("exportAllEntryAndLeaveRecords.request.json")).unwrap();
    let f = req.filter_and.unwrap();
    assert_eq!(f.group_id, Some(1));
    assert_eq!(f.plate_type, Some(PlateType::Blue));
    assert_eq!(f.list_type, Some(ListType::BlockList));
    assert_eq!(f.stay_time_upper_limit, Some(2_000_000_000));
    assert_eq!(req.export_with_fig, Some(true));
    let req: ExportAllVehicleDetectionRecords =
        serde_json::from_str(&fixture("exportAllVehicleDetectionRecords.request.json")).unwrap();
    assert_eq!(
        req.filter_and.unwrap().vehicle_type,
        Some(VehicleType::SmallPassenger)
    );
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn every_endpoint_answers_through_the_simulator() {
    use futures::TryStreamExt;
    // Both exports back to back: the simulator's 5 s limit (on by default) and the
    // client's own gate are both turned off for this walk through every endpoint.
    let sim = tums_client::simulator::Simulator::builder()
        .export_interval(std::time::Duration::ZERO)
        .start()
        .await
        .unwrap();
    let client = sim
        .client_builder()
        .export_interval(std::time::Duration::ZERO)
        .build()
        .unwrap();
    via_simulator!(client, GetAllPlateListByPage, "getAllPlateListByPage");
    via_simulator!(
        client,
        ExportAllVehicleDetectionRecords,
        "exportAllVehicleDetectionRecords"
    );
    via_simulator!(
        client,
        ExportAllEntryAndLeaveRecords,
        "exportAllEntryAndLeaveRecords"
    );
    via_simulator!(client, GetExportRecords, "getExportRecords");
    via_simulator!(client, DeleteExportRecord, "deleteExportRecord");
    via_simulator!(client, DownloadExportRecord, "downloadExportRecord");
    let records: Vec<ExportRecord> = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        client
            .stream(GetExportRecords::new(ExportType::Detection, 100))
            .try_collect(),
    )
    .await
    .expect("timed out")
    .unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].file_status, Some(FileStatus::Done));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn the_simulator_limits_exports_like_the_platform_by_default() {
    use tums_client::{Error, ErrorCode};
    tokio::time::timeout(std::time::Duration::from_secs(30), async {
        let sim = tums_client::simulator::Simulator::start().await.unwrap();
        // A client without its own gate, so the second export reaches the simulator,
        // and without retries (-82112 is a "retry later" code).
        let client = sim
            .client_builder()
            .export_interval(std::time::Duration::ZERO)
            .retry_policy(client_core::RetryPolicy::none())
            .build()
            .unwrap();
        let detections: ExportAllVehicleDetectionRecords =
            serde_json::from_str(&fixture("exportAllVehicleDetectionRecords.request.json"))
                .unwrap();
        let entries: ExportAllEntryAndLeaveRecords =
            serde_json::from_str(&fixture("exportAllEntryAndLeaveRecords.request.json")).unwrap();
        client.send(&detections).await.unwrap();
        // One limit per project for both export endpoints (每个项目5s内限制导出一次).
        match client.send(&entries).await {
            Err(Error::Api(api)) => assert_eq!(api.code, ErrorCode::OperationTooFrequent),
            other => panic!("expected -82112, got {other:?}"),
        }
        match client.send(&detections).await {
            Err(Error::Api(api)) => assert_eq!(api.code.code(), -82112),
            other => panic!("expected -82112, got {other:?}"),
        }
        // Other endpoints are not limited.
        client
            .send(&GetExportRecords::new(ExportType::Detection, 100))
            .await
            .unwrap();
    })
    .await
    .expect("timed out");
}
