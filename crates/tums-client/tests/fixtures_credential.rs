//! Fixture round-trips for 1.4.1 AK/SK (fixtures/tums/credential).

mod common;

use client_core::fixture::assert_round_trip;
use tums_client::api::credential::{CreateTempApplicationApiCredential, TempCredential};
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("credential", name)
}

#[test]
fn create_temp_application_api_credential_request() {
    let req: CreateTempApplicationApiCredential =
        assert_round_trip(&fixture("createTempApplicationApiCredential.request.json"));
    assert_eq!(req.expire_time, Some(3600));
}

#[test]
fn create_temp_application_api_credential_response() {
    let env: Envelope<TempCredential> =
        assert_round_trip(&fixture("createTempApplicationApiCredential.response.json"));
    assert_eq!(env.error_code, 0);
    let cred = env.result.expect("result");
    assert_eq!(cred.temp_ak, "ZWQzMDdhMjU4MzY1OGNiNA==");
    assert_eq!(cred.temp_sk.expose(), "8d7e6e7dc41448e881a847240cb5515b");
    assert_eq!(cred.create_time.unwrap().timestamp(), 1709108242);
    assert_eq!(cred.expire_time.unwrap().timestamp(), 1709111842);
    // The secret never reaches Debug output.
    assert!(!format!("{cred:?}").contains("8d7e6e7dc"));
}
