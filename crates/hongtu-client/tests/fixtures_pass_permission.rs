//! Round trips of the 通行权限管理 (pass permissions) examples printed in the seed.

mod common;
use common::by_path::{request, response};

use hongtu_client::api::pass_permission::*;

#[test]
fn add_delete_update() {
    let req: AddPassAuthority = request("pass_permission/pass.authority.add.request.json");
    assert_eq!(req.group_uuids.len(), 3);
    response::<AddPassAuthority>("pass_permission/pass.authority.add.response.json");
    request::<DeletePassAuthority>("pass_permission/pass.authority.delete.request.json");
    response::<DeletePassAuthority>("pass_permission/pass.authority.delete.response.json");
    let req: UpdatePassAuthority = request("pass_permission/pass.authority.update.request.json");
    assert_eq!(req.device_uuid, "X8vCh9TwXW51efuumZLjW0vIc7r6kVjP");
    response::<UpdatePassAuthority>("pass_permission/pass.authority.update.response.json");
}

#[test]
fn list() {
    let req: ListPassAuthorities = request("pass_permission/pass.authority.list.request.json");
    assert_eq!(req.device_name, None);
    assert_eq!(req.device_uuids, Some(vec![]));
    let page = response::<ListPassAuthorities>("pass_permission/pass.authority.list.response.json");
    let groups = page.list[0].groups.as_ref().unwrap();
    assert_eq!(groups[0].group_id, Some(1));
    assert_eq!(groups[0].group_name.as_deref(), Some("员工默认组"));
}
