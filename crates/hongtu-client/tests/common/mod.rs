//! Shared helpers of the fixture round-trip tests: by module and file name (top level)
//! or by path under `fixtures/hongtu/` ([`by_path`]).
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

/// The same helpers addressed by a path under `fixtures/hongtu/`
/// (`"area_alert/areaAlert.record.list.request.json"`).
pub mod by_path {
    use client_core::fixture::{assert_round_trip, read_fixture};
    use client_core::Endpoint;
    use hongtu_client::envelope::Envelope;

    /// Reads `fixtures/hongtu/<path>`.
    pub fn fixture(path: &str) -> String {
        read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("hongtu/{path}"))
    }

    /// Round-trips a documented request and checks it passes `validate()`.
    pub fn request<E>(path: &str) -> E
    where
        E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let req: E = assert_round_trip(&fixture(path));
        req.validate().expect("the documented request is valid");
        req
    }

    /// Round-trips the whole documented response envelope and its `data` member
    /// through the endpoint's response type (an absent `data` decodes as `()`).
    pub fn response<E>(path: &str) -> E::Response
    where
        E: Endpoint,
        E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
    {
        let text = fixture(path);
        let envelope: Envelope<serde_json::Value> = assert_round_trip(&text);
        assert_eq!(envelope.code, 0, "{path}: code");
        let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
        let data = raw.get("data").cloned().unwrap_or(serde_json::Value::Null);
        assert_round_trip::<E::Response>(&data.to_string())
    }

    /// Sends the request fixture `{stem}.request.json` to the simulator through the
    /// signed client and compares the answer with the `data` of `{stem}.response.json`.
    #[cfg(feature = "simulator")]
    pub async fn served<E>(sim: &hongtu_client::simulator::Simulator, stem: &str)
    where
        E: Endpoint + serde::de::DeserializeOwned,
        E::Response: PartialEq + std::fmt::Debug,
    {
        const LIMIT: std::time::Duration = std::time::Duration::from_secs(20);
        let client = sim.client().unwrap();
        let req: E = serde_json::from_str(&fixture(&format!("{stem}.request.json"))).unwrap();
        let got = tokio::time::timeout(LIMIT, client.send(&req))
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
}
