//! Round trips of the 组织管理 examples printed in the seed.
mod common;
use common::*;
use hongtu_client::api::org::*;

const M: &str = "org";

#[test]
fn add_update_delete() {
    let req: AddOrg = request(M, "org.add.request.json");
    assert_eq!(req.full_name, "二级部门");
    let resp = response::<AddOrg>(M, "org.add.response.json");
    assert_eq!(
        resp.uuid.as_deref(),
        Some("7d3ebca932cf4672bca66cc98f233cb1")
    );
    let _: UpdateOrg = request(M, "org.update.request.json");
    let hongtu_client::Ack = response::<UpdateOrg>(M, "org.update.response.json");
    let req: DeleteOrg = request(M, "org.delete.request.json");
    assert_eq!(req.person_mode, Some(PersonInOrgHandleMode::MoveToParent));
    let hongtu_client::Ack = response::<DeleteOrg>(M, "org.delete.response.json");
}

#[test]
fn tree_and_top() {
    let _: OrgTree = request(M, "org.tree.request.json");
    let tree = response::<OrgTree>(M, "org.tree.response.json");
    assert_eq!(tree.len(), 3);
    assert_eq!(tree[0].parent_uuid, None);
    assert_eq!(tree[2].child_total, Some(6));
    let _: TopOrg = request(M, "org.top.detail.request.json");
    let top = response::<TopOrg>(M, "org.top.detail.response.json");
    assert_eq!(top.org_name.as_deref(), Some("一级组织"));
}
