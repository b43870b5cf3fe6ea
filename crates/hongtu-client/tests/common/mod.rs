//! Shared helpers of the fixture round-trip tests (HONGTU-A's modules).
#![allow(dead_code)]

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::envelope::Envelope;

/// Reads `fixtures/hongtu/<module>/<name>`.
pub fn fixture(module: &str, name: &str) -> String {
    read_fixture(
        env!("CARGO_MANIFEST_DIR"),
        &format!("hongtu/{module}/{name}"),
    )
}

/// Round-trips a documented request and checks it passes `validate`.
pub fn request<E>(module: &str, name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: E = assert_round_trip(&fixture(module, name));
    req.validate().expect("the documented request is valid");
    req
}

/// Round-trips the `data` of a documented response envelope through `T` (absent
/// `data` must decode as `T` from `null`).
pub fn data<T>(module: &str, name: &str) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let envelope: serde_json::Value = serde_json::from_str(&fixture(module, name)).unwrap();
    assert_eq!(envelope["code"], 0, "{name}: code");
    let _: Envelope<serde_json::Value> = serde_json::from_value(envelope.clone()).unwrap();
    let data = envelope
        .get("data")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    if data.is_null() {
        return serde_json::from_value(data).expect("absent data decodes");
    }
    assert_round_trip::<T>(&data.to_string())
}

/// [`data`] typed by the endpoint's response.
pub fn response<E>(module: &str, name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    data::<E::Response>(module, name)
}
