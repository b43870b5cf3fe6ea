//! Helpers shared by the fixture tests (`tests/fixtures_*.rs`): reading
//! `fixtures/tums/<module>/<name>`, round-tripping a documented request/response pair,
//! and replaying a documented request against the simulator.
//!
//! The macros call a `fixture(name)` function that each test file defines for its own
//! module directory (`fn fixture(name: &str) -> String { common::fixture("alarm", name) }`).
// Each test binary uses a different subset of these helpers.
#![allow(dead_code, unused_macros)]

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use tums_client::envelope::Envelope;

/// The text of `fixtures/tums/<module>/<name>`.
pub fn fixture(module: &str, name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("tums/{module}/{name}"))
}

/// Round-trips `<name>.request.json` through `Req` and `<name>.response.json` through
/// `Envelope<Req::Response>`; checks the path ends with `name` and that the request
/// passes `validate()` exactly when `valid`.
pub fn round_trip_pair<Req>(module: &str, name: &str, valid: bool) -> (Req, Envelope<Req::Response>)
where
    Req: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    Req::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    let req: Req = assert_round_trip(&fixture(module, &format!("{name}.request.json")));
    assert_eq!(
        req.validate().is_ok(),
        valid,
        "{name}: validate() = {:?}",
        req.validate()
    );
    assert!(
        Req::PATH.ends_with(&format!("/{name}")),
        "{} vs {name}",
        Req::PATH
    );
    let resp: Envelope<Req::Response> =
        assert_round_trip(&fixture(module, &format!("{name}.response.json")));
    (req, resp)
}

/// Round-trips the request fixture `file` (`<lastPathSegment>.request[.n].json`) through
/// `Req` and checks it passes `validate()`.
pub fn request<Req>(module: &str, file: &str) -> Req
where
    Req: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: Req = assert_round_trip(&fixture(module, file));
    assert!(req.validate().is_ok(), "{file}: {:?}", req.validate());
    let last = Req::PATH.rsplit('/').next().unwrap_or_default();
    assert!(file.starts_with(last), "{file} vs {}", Req::PATH);
    req
}

/// Round-trips the response fixture `file` through `Envelope<T>`.
pub fn response<T>(module: &str, file: &str) -> Envelope<T>
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    assert_round_trip(&fixture(module, file))
}

/// Sends the documented request of `$name` through a signing client to the simulator
/// and checks the typed answer equals the documented response's `result`.
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
        let env: ::tums_client::envelope::Envelope<
            <$req as ::client_core::Endpoint>::Response,
        > = serde_json::from_str(&fixture(concat!($name, ".response.json"))).unwrap();
        if let Some(expected) = env.result {
            assert_eq!(got, expected, "{}", $name);
        }
    }};
}

/// One `#[test]` that round-trips `<name>.request.json` through `$req` and
/// `<name>.response.json` through the envelope of its response; checks the path ends
/// with `name` and is POST, that the documented request passes `validate()` (unless
/// `validates = false`), that its encoded body decodes back to it, and the response's
/// `error_code` (0 unless `code = …`).
macro_rules! pair {
    ($test:ident, $req:ty, $name:literal) => {
        pair!(@full $test, $req, $name, true, 0);
    };
    ($test:ident, $req:ty, $name:literal, validates = $valid:expr) => {
        pair!(@full $test, $req, $name, $valid, 0);
    };
    ($test:ident, $req:ty, $name:literal, code = $code:expr) => {
        pair!(@full $test, $req, $name, true, $code);
    };
    (@full $test:ident, $req:ty, $name:literal, $valid:expr, $code:expr) => {
        #[test]
        fn $test() {
            use ::client_core::Endpoint as _;
            assert!(
                <$req>::PATH.ends_with(concat!("/", $name)),
                "{}",
                <$req>::PATH
            );
            assert_eq!(<$req>::METHOD, http::Method::POST);
            let req: $req =
                ::client_core::fixture::assert_round_trip(&fixture(concat!($name, ".request.json")));
            assert_eq!(
                req.validate().is_ok(),
                $valid,
                "validate() of the seed example: {:?}",
                req.validate()
            );
            let body = req.encode().unwrap().body.unwrap();
            let again: $req = serde_json::from_slice(&body).unwrap();
            assert_eq!(again, req);
            let env: ::tums_client::envelope::Envelope<
                <$req as ::client_core::Endpoint>::Response,
            > = ::client_core::fixture::assert_round_trip(&fixture(concat!(
                $name,
                ".response.json"
            )));
            assert_eq!(env.error_code, $code);
        }
    };
}
