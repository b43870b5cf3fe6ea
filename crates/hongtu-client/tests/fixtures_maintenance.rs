//! Round trips of the 运维管理 examples printed in the seed.
mod common;
use client_core::Endpoint;
use common::*;
use hongtu_client::api::maintenance::*;

#[test]
fn appliance_info() {
    let info = response::<ApplianceInfoQuery>("maintenance", "device.info.response.json");
    assert_eq!(info.name, "AIoT视图综合应用一体机");
    assert_eq!(info.model, "MegCube-HAL3004-4S2");
    assert_eq!(info.version, "V1.0.2.0");
    let enc = ApplianceInfoQuery {}.encode().unwrap();
    assert!(
        enc.body.is_none() && enc.query.is_none(),
        "GET without parameters"
    );
}
