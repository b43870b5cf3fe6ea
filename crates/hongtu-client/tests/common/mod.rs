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
    /// signed client and checks, independently of the simulator's own copy:
    ///
    /// * the envelope served over HTTP (read back with `raw`) is the one in
    ///   `{stem}.response.json` as read from disk here: same `code`, same `msg`, same
    ///   `data` member for member — or no `data` at all when the fixture has none;
    /// * the typed answer of `send` equals the fixture's `data` decoded as the
    ///   response type (an absent `data` must decode as the typed empty answer);
    /// * both requests reached the simulator, passed its signature check, and carried
    ///   the documented request (the body on the wire is the request as encoded, and
    ///   carries every member of the request fixture).
    #[cfg(feature = "simulator")]
    pub async fn served<E>(sim: &hongtu_client::simulator::Simulator, stem: &str)
    where
        E: Endpoint + serde::de::DeserializeOwned,
        E::Response: PartialEq + std::fmt::Debug,
    {
        const LIMIT: std::time::Duration = std::time::Duration::from_secs(20);
        let client = sim.client().unwrap();
        let request_text = fixture(&format!("{stem}.request.json"));
        let req: E = serde_json::from_str(&request_text).unwrap();
        let want: serde_json::Value =
            serde_json::from_str(&fixture(&format!("{stem}.response.json"))).unwrap();
        let before = sim.requests_to(E::PATH).len();

        // What the simulator serves over HTTP, against the fixture on disk.
        let env = tokio::time::timeout(LIMIT, client.raw(&req))
            .await
            .expect("bounded")
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(Some(env.code), want["code"].as_i64(), "{stem}: code served");
        assert_eq!(env.code, 0, "{stem}: a documented success");
        assert_eq!(
            env.msg.as_deref(),
            want.get("msg").and_then(|m| m.as_str()),
            "{stem}: msg served"
        );
        assert_eq!(env.data.as_ref(), want.get("data"), "{stem}: data served");

        // The typed answer.
        let got = tokio::time::timeout(LIMIT, client.send(&req))
            .await
            .expect("bounded")
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        let data = want.get("data").cloned().unwrap_or(serde_json::Value::Null);
        let expected: E::Response = serde_json::from_value(data).unwrap();
        assert_eq!(got, expected, "{stem}: typed answer");

        // Both calls reached the simulator, signed, with the documented request.
        let seen = sim.requests_to(E::PATH);
        assert_eq!(
            seen.len(),
            before + 2,
            "{stem}: requests seen by the simulator"
        );
        let documented: serde_json::Value = serde_json::from_str(&request_text).unwrap();
        for r in &seen[before..] {
            assert_eq!(
                r.verdict, "ok",
                "{stem}: the simulator accepted the signature"
            );
            let sent: serde_json::Value = if r.body.is_empty() {
                serde_json::json!({})
            } else {
                serde_json::from_slice(&r.body).unwrap()
            };
            assert_eq!(
                sent,
                serde_json::to_value(&req).unwrap(),
                "{stem}: the request on the wire"
            );
            let missing = client_core::fixture::missing_keys(&documented, &sent);
            assert!(missing.is_empty(), "{stem}: not sent: {missing:?}");
        }
    }
}
