//! Round trips of every request and response example of seed chapter 1.4.9 车辆管理
//! (fixtures/tums/vehicle/).

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use tums_client::api::vehicle::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("tums/vehicle/{name}"))
}

/// Sends the documented request of `$name` through a signing client to the simulator
/// and checks the typed answer equals the documented response's `result`.
#[cfg(feature = "simulator")]
macro_rules! via_simulator {
    ($client:expr, $req:ty, $name:literal) => {{
        let req: $req = serde_json::from_str(&fixture(concat!($name, ".request.json"))).unwrap();
        via_simulator!(@send $client, $req, $name, req)
    }};
    (@send $client:expr, $req:ty, $name:literal, $value:expr) => {{
        let got = tokio::time::timeout(std::time::Duration::from_secs(30), $client.send(&$value))
            .await
            .expect("timed out")
            .unwrap_or_else(|e| panic!("{}: {e}", $name));
        let env: Envelope<<$req as Endpoint>::Response> =
            serde_json::from_str(&fixture(concat!($name, ".response.json"))).unwrap();
        if let Some(expected) = env.result {
            assert_eq!(got, expected, "{}", $name);
        }
    }};
}

/// Round-trips `<name>.request.json` through `$req` and `<name>.response.json` through
/// the envelope of its response; checks the path ends with `name`; optionally checks
/// the documented request passes `validate()`.
macro_rules! pair {
    ($test:ident, $req:ty, $name:literal) => {
        pair!($test, $req, $name, validates = true);
    };
    ($test:ident, $req:ty, $name:literal, validates = $valid:expr) => {
        #[test]
        fn $test() {
            assert!(
                <$req>::PATH.ends_with(concat!("/", $name)),
                "{}",
                <$req>::PATH
            );
            assert_eq!(<$req>::METHOD, http::Method::POST);
            let req: $req = assert_round_trip(&fixture(concat!($name, ".request.json")));
            assert_eq!(
                req.validate().is_ok(),
                $valid,
                "validate() of the seed example: {:?}",
                req.validate()
            );
            let body = req.encode().unwrap().body.unwrap();
            let again: $req = serde_json::from_slice(&body).unwrap();
            assert_eq!(again, req);
            let env: Envelope<<$req as Endpoint>::Response> =
                assert_round_trip(&fixture(concat!($name, ".response.json")));
            assert_eq!(env.error_code, 0);
        }
    };
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
    let sim = tums_client::simulator::Simulator::start().await;
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
