//! The one mapping of every MCS8 response fixture to the typed response it decodes as
//! (shared by `fixtures.rs` and `null_tolerance.rs`, so a new fixture is mapped once).

#![allow(dead_code)]

use http::StatusCode;
use mcs8_client::models::*;
use mcs8_client::{envelope, Ack, GpsTrack, Listing, Payload};
use serde::de::DeserializeOwned;

/// Decodes a fixture's text as its typed response; `Err` carries the error's text.
pub type Decode = fn(&str) -> Result<(), String>;

/// An entity or bare payload, through the null-tolerant reader every pipeline payload
/// decode uses ([`client_core::lenient::from_str`]).
fn model<T: DeserializeOwned>(text: &str) -> Result<(), String> {
    client_core::lenient::from_str::<T>(text)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// A whole answer through the client's decode path ([`envelope::decode`]: the shared
/// envelope reader, then the payload).
fn answer<T: Payload>(text: &str) -> Result<(), String> {
    envelope::decode::<T>("/x", StatusCode::OK, text.as_bytes())
        .map(drop)
        .map_err(|e| e.to_string())
}

/// An error answer, as the raw escape hatch reads it ([`envelope::decode_raw`]).
fn raw(text: &str) -> Result<(), String> {
    envelope::decode_raw("/x", StatusCode::OK, text.as_bytes())
        .map(drop)
        .map_err(|e| e.to_string())
}

/// Every response fixture under `fixtures/mcs8` (request bodies are not responses),
/// with its seed section and typed response.
pub const RESPONSES: &[(&str, &str, Decode)] = &[
    ("models/enterprise.json", "B.1", model::<Enterprise>),
    ("models/group.json", "B.2/B.2.1", model::<Group>),
    ("models/device.json", "B.3/B.3.1/B.3.2", model::<Device>),
    ("models/file.json", "B.4", model::<RecordFile>),
    ("models/alarm.json", "B.5/B.6", model::<Alarm>),
    ("models/position.json", "B.6", model::<Position>),
    ("models/face.json", "B.7", model::<Face>),
    ("models/face_result.json", "B.8", model::<FaceResult>),
    ("models/licence_plate.json", "B.9", model::<LicencePlate>),
    (
        "models/dispatch_group.json",
        "2.8.1",
        model::<DispatchGroup>,
    ),
    ("models/geofence.json", "2.9.1", model::<Geofence>),
    (
        "models/geofence_access.json",
        "2.9.5",
        model::<GeofenceAccess>,
    ),
    ("models/task.json", "2.10.1", model::<Task>),
    ("models/gps_stats.json", "2.7.3", model::<GpsStats>),
    ("models/online_record.json", "2.40.2", model::<OnlineRecord>),
    ("models/dev_tree.json", "2.40.1", model::<Vec<TreeNode>>),
    ("models/signed_url.json", "2.5.4", model::<SignedUrl>),
    ("models/token.json", "2.1.1", model::<TokenInfo>),
    ("models/gps_large.json", "2.7.2", model::<GpsTrack>),
    (
        "envelope/format1_face_login.json",
        "2.30.7",
        answer::<FaceLogin>,
    ),
    ("envelope/format1_token.json", "2.1.1", answer::<TokenInfo>),
    ("envelope/format1_ack.json", "1.6 ①", answer::<Ack>),
    ("envelope/format1_error.json", "1.6 ①/A.1", raw),
    (
        "envelope/format1_gps_large.json",
        "2.7.2",
        answer::<GpsTrack>,
    ),
    (
        "envelope/format2_devices.json",
        "2.4.1",
        answer::<Listing<Device>>,
    ),
    (
        "envelope/format2_pascal.json",
        "2.3.1",
        answer::<Listing<Group>>,
    ),
    (
        "envelope/format2_total.json",
        "2.31.1",
        answer::<Listing<LicencePlate>>,
    ),
    ("envelope/format2_error.json", "1.6 ②/A.1", raw),
];
