//! Round trips of the 人员聚类 (person clustering) examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::cluster::*;

#[test]
fn task_add() {
    let req: AddClusterTask = request("cluster/cluster.task.add.request.json");
    assert_eq!((req.timespan, req.frequency), (2, 2));
    let created = response::<AddClusterTask>("cluster/cluster.task.add.response.json");
    assert_eq!(
        created.task_uuid.as_deref(),
        Some("da8b1387cf4747df8a0eb00ff1c00e3a")
    );
}

#[test]
fn task_status() {
    let _: GetClusterTaskStatus = request("cluster/cluster.task.status.request.json");
    let state = response::<GetClusterTaskStatus>("cluster/cluster.task.status.response.json");
    assert_eq!(state.status_type, Some(ClusterTaskStatus::Processing));
}

#[test]
fn task_detail() {
    let req: QueryClusterTaskDetail = request("cluster/cluster.task.detail.query.request.json");
    let order = req.order_req.unwrap();
    assert_eq!(order.field, Some(ClusterOrderField::Count));
    assert_eq!(order.order, Some(SortOrder::Desc));
    let page =
        response::<QueryClusterTaskDetail>("cluster/cluster.task.detail.query.response.json");
    assert_eq!(page.list[0].profile_id, "6974051166623629329");
    assert_eq!(page.list[0].frequency, 153);
}

#[test]
fn task_list() {
    let req: ListClusterTasks = request("cluster/cluster.task.list.request.json");
    assert_eq!(req.name.as_deref(), Some(""));
    let page = response::<ListClusterTasks>("cluster/cluster.task.list.response.json");
    let task = &page.list[0];
    assert_eq!(task.status_type, Some(ClusterTaskStatus::Processing));
    assert_eq!(
        task.device_infos.as_ref().unwrap()[0]
            .device_name
            .as_deref(),
        Some("c2")
    );
    assert_eq!(
        task.created_time.unwrap().timestamp_millis(),
        1_626_205_524_000
    );
}

#[test]
fn person_detail() {
    let req: QueryClusterPersonDetail = request("cluster/cluster.person.detail.query.request.json");
    assert_eq!(req.device_uuids.as_ref().map(Vec::len), Some(2));
    let page =
        response::<QueryClusterPersonDetail>("cluster/cluster.person.detail.query.response.json");
    assert_eq!(page.total, 153);
    assert_eq!(page.list.len(), 10);
}

#[test]
fn task_delete() {
    let _: DeleteClusterTask = request("cluster/cluster.task.delete.request.json");
    response::<DeleteClusterTask>("cluster/cluster.task.delete.response.json");
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use crate::common::by_path::served;
    use hongtu_client::simulator::Simulator;

    #[tokio::test]
    async fn every_cluster_example_is_served() {
        use hongtu_client::api::cluster::*;
        let sim = Simulator::start().await.unwrap();
        served::<AddClusterTask>(&sim, "cluster/cluster.task.add").await;
        served::<GetClusterTaskStatus>(&sim, "cluster/cluster.task.status").await;
        served::<QueryClusterTaskDetail>(&sim, "cluster/cluster.task.detail.query").await;
        served::<ListClusterTasks>(&sim, "cluster/cluster.task.list").await;
        served::<QueryClusterPersonDetail>(&sim, "cluster/cluster.person.detail.query").await;
        served::<DeleteClusterTask>(&sim, "cluster/cluster.task.delete").await;
    }
}
