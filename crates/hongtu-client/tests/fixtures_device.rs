//! Round trips of the 设备管理 (devices) examples printed in the seed.

mod common;
use common::by_path::{request, response};

use hongtu_client::api::device::*;
use hongtu_client::dict::{DeviceModel, DeviceStatus, DeviceType};

#[test]
fn add() {
    let req: AddDevice = request("device/device.add.request.json");
    assert_eq!(req.user_password.expose(), "admin123");
    assert_eq!(req.port, Some(3000));
    let resp = response::<AddDevice>("device/device.add.response.json");
    assert!(resp.failures.is_empty());
    assert_eq!(
        resp.successes[0].uuid.as_deref(),
        Some("ac70de8cac3747d289d1a9f3b122be6e")
    );
    assert_eq!(
        resp.successes[0].device_model,
        Some(DeviceModel::from_code(12))
    );
}

#[test]
fn query_report_device() {
    request::<QueryReportDevice>("device/device.queryReportDevice.request.json");
    let page = response::<QueryReportDevice>("device/device.queryReportDevice.response.json");
    assert_eq!(page.total, 1);
    assert_eq!(page.list[0].gmt_create.timestamp_millis(), 1626202654000);
}

#[test]
fn import_device() {
    request::<ImportDevice>("device/device.importDevice.request.json");
    response::<ImportDevice>("device/device.importDevice.response.json");
}

#[test]
fn pre_delete_and_delete() {
    request::<PreDeleteDevice>("device/device.preDelete.request.json");
    let r = response::<PreDeleteDevice>("device/device.preDelete.response.json");
    assert!(r.deletable());
    request::<DeleteDevice>("device/device.delete.request.json");
    response::<DeleteDevice>("device/device.delete.response.json");
}

#[test]
fn update() {
    let req: UpdateDevice = request("device/device.update.request.json");
    assert_eq!(req.port, Some(34567));
    response::<UpdateDevice>("device/device.update.response.json");
}

#[test]
fn list() {
    let req: ListDevices = request("device/device.list.request.json");
    assert_eq!(req.page_size, Some(5));
    let page = response::<ListDevices>("device/device.list.response.json");
    assert_eq!(page.list[0].status, DeviceStatus::Online);
    assert_eq!(page.list[0].check_firm, Some(false));
}

#[test]
fn query_device_info() {
    request::<QueryDeviceInfo>("device/device.queryDeviceInfo.request.json");
    let info = response::<QueryDeviceInfo>("device/device.queryDeviceInfo.response.json");
    assert_eq!(info.cmd_status, Some(CmdStatus::Normal));
    assert_eq!(info.is_support_active_sdk, Some(true));
}

#[test]
fn query() {
    request::<QueryDevice>("device/device.query.request.json");
    let d = response::<QueryDevice>("device/device.query.response.json");
    assert_eq!(
        d.bind_ai_server.unwrap().device_type,
        DeviceType::from_code(3)
    );
}

#[test]
fn bindable_and_grouped() {
    request::<ListBindableDevices>("device/device.list.enbind.group.request.json");
    let groups = response::<ListBindableDevices>("device/device.list.enbind.group.response.json");
    assert_eq!(groups.len(), 2);
    assert!(!groups[0].device_list[0].bind_type);
    request::<ListDevicesByGroup>("device/device.listBygroup.request.json");
    let groups = response::<ListDevicesByGroup>("device/device.listBygroup.response.json");
    assert_eq!(groups.len(), 5);
}

#[test]
fn model_relation() {
    let req: QueryModelRelation = request("device/device.queryModelRelation.request.json");
    assert_eq!(req.relation_type, RelationType::All);
    let rel = response::<QueryModelRelation>("device/device.queryModelRelation.response.json");
    assert!(rel.len() >= 4);
}

#[test]
fn bind_unbind() {
    request::<BindDevices>("device/device.bind.request.json");
    response::<BindDevices>("device/device.bind.response.json");
    let req: UnbindDevice = request("device/device.unbind.request.json");
    assert_eq!(req.unbind_device_uuid, "bd022d30511849a29326e51d5959b757");
    response::<UnbindDevice>("device/device.unbind.response.json");
}

#[test]
fn control_devices() {
    let req: ListControlDevices = request("device/device.control.list.request.json");
    assert_eq!(req.flag_type, ControlFlagType::PersonControl);
    let page = response::<ListControlDevices>("device/device.control.list.response.json");
    assert!(page.list[0].is_pass && !page.list[1].is_pass);
    request::<UpdateControlDevices>("device/device.control.add.request.json");
    response::<UpdateControlDevices>("device/device.control.add.response.json");
    request::<RemoveControlDevice>("device/device.control.remove.request.json");
    response::<RemoveControlDevice>("device/device.control.remove.response.json");
}

#[test]
fn deployable() {
    request::<QueryDeployableDevices>("device/device.queryDeviceControl.request.json");
    let list = response::<QueryDeployableDevices>("device/device.queryDeviceControl.response.json");
    assert_eq!(list.len(), 3);
}

/// The device types against the embedded simulator, over loopback: signed requests,
/// the stateful device list streamed across pages, and documented answers.
#[cfg(feature = "simulator")]
mod against_simulator {
    use super::*;
    use crate::common::by_path::fixture;
    use client_core::Endpoint;
    use futures::TryStreamExt;
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    #[tokio::test]
    async fn add_stream_update_delete() {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let mut add: AddDevice =
            serde_json::from_str(&fixture("device/device.add.request.json")).unwrap();
        for i in 0..5 {
            add.name = format!("cam-{i}");
            add.ip_address = Some(format!("10.0.0.{i}"));
            let r = timeout(LIMIT, client.send(&add)).await.unwrap().unwrap();
            assert_eq!(r.successes.len(), 1, "{r:?}");
            assert!(
                r.successes[0].user_password.is_none(),
                "the password is not echoed"
            );
        }
        let dup = timeout(LIMIT, client.send(&add)).await.unwrap().unwrap();
        assert!(dup.successes.is_empty());
        assert!(dup.failures[0].code.is_some());

        // 5 devices, 2 per page: 3 requests, every device once.
        let all: Vec<DeviceSummary> = timeout(
            LIMIT,
            client
                .stream(ListDevices {
                    page_size: Some(2),
                    ..Default::default()
                })
                .try_collect(),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(all.len(), 5);
        assert_eq!(sim.requests_to(ListDevices::PATH).len(), 3);
        assert!(all.iter().all(|d| d.status == DeviceStatus::Online));

        let first = all[0].clone();
        let update = UpdateDevice {
            uuid: first.uuid.clone(),
            name: "renamed".into(),
            location: first.location.clone(),
            ip_address: first.ip_address.clone(),
            mac: None,
            user_name: None,
            user_password: None,
            port: None,
            rtsp_url: None,
            active_mode: None,
        };
        timeout(LIMIT, client.send(&update)).await.unwrap().unwrap();
        let page = timeout(
            LIMIT,
            client.send(&ListDevices {
                name: Some("renamed".into()),
                ..Default::default()
            }),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(page.total, 1);
        assert_eq!(page.list[0].uuid, first.uuid);

        let delete = DeleteDevice {
            uuid: first.uuid.clone(),
        };
        timeout(LIMIT, client.send(&delete)).await.unwrap().unwrap();
        let err = timeout(LIMIT, client.send(&delete))
            .await
            .unwrap()
            .unwrap_err();
        assert!(err.code().is_some(), "{err}");
    }

    #[tokio::test]
    async fn documented_answers_decode() {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        let rel = timeout(
            LIMIT,
            client.send(&QueryModelRelation {
                relation_type: RelationType::All,
            }),
        )
        .await
        .unwrap()
        .unwrap();
        assert!(rel.len() >= 4);
        let pre = timeout(LIMIT, client.send(&PreDeleteDevice { uuid: "x".into() }))
            .await
            .unwrap()
            .unwrap();
        assert!(pre.deletable());
        let groups = timeout(LIMIT, client.send(&ListDevicesByGroup {}))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(groups.len(), 5);
        let deployable = QueryDeployableDevices {
            device_modes: vec![],
            query_type: None,
        };
        let err = timeout(LIMIT, client.send(&deployable))
            .await
            .unwrap()
            .unwrap_err();
        assert!(err.code().is_none(), "rejected before sending: {err}");
        assert_eq!(sim.requests_to(QueryDeployableDevices::PATH).len(), 0);
    }
}
