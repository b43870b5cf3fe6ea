//! Round trips of the 组管理 examples printed in the seed.
mod common;
use client_core::{Endpoint, PageRequest, Paged};
use common::*;
use hongtu_client::api::group::*;
use hongtu_client::dict::GroupType;

const M: &str = "group";

#[test]
fn batch_add_delete_update() {
    let req: BatchAddGroups = request(M, "pass.group.batchAdd.request.json");
    assert_eq!(req.group_list[2].group_type, GroupType::KeyPerson);
    let resp = response::<BatchAddGroups>(M, "pass.group.batchAdd.response.json");
    assert_eq!(resp.successes.len(), 3);
    assert_eq!(resp.successes[1].group_type, Some(GroupType::Visitor));
    let _: DeleteGroup = request(M, "pass.group.delete.request.json");
    let hongtu_client::Ack = response::<DeleteGroup>(M, "pass.group.delete.response.json");
    let _: UpdateGroup = request(M, "pass.group.update.request.json");
    let hongtu_client::Ack = response::<UpdateGroup>(M, "pass.group.update.response.json");
}

#[test]
fn list_and_query() {
    let mut req: GroupList = request(M, "pass.group.list.request.json");
    assert_eq!(req.page_size(), 10);
    req.set_page(PageRequest { index: 2, size: 10 });
    assert_eq!(req.page_num, Some(3));
    let page = response::<GroupList>(M, "pass.group.list.response.json");
    assert_eq!(page.list[0].person_total, Some(8));
    assert_eq!(
        GroupList::of_type(GroupType::Employee).page_size(),
        DEFAULT_PAGE_SIZE
    );
    let _: GroupQuery = request(M, "pass.group.query.request.json");
    let g = response::<GroupQuery>(M, "pass.group.query.response.json");
    assert_eq!(g.name, "员工组备用");
}

#[test]
fn membership() {
    let _: RemoveGroupPersons = request(M, "pass.group.batchDeletePerson.request.json");
    let hongtu_client::Ack =
        response::<RemoveGroupPersons>(M, "pass.group.batchDeletePerson.response.json");
    let _: GroupPersons = request(M, "pass.group.queryPersonListInGroup.request.json");
    let page = response::<GroupPersons>(M, "pass.group.queryPersonListInGroup.response.json");
    assert_eq!(page.list[0].person_code.as_deref(), Some("40906240"));
    let req: SetGroupPersons = request(M, "pass.group.batchUpdatePerson.request.json");
    assert_eq!(req.person_uuids.len(), 2);
    let hongtu_client::Ack =
        response::<SetGroupPersons>(M, "pass.group.batchUpdatePerson.response.json");
    let _: DefaultGroup = request(M, "pass.group.getDefaultGroup.request.json");
    let g = response::<DefaultGroup>(M, "pass.group.getDefaultGroup.response.json");
    assert_eq!(g.uuid, "976055aae31445c5a583ebc1a53c7514");
}

#[test]
fn names_are_checked() {
    let bad = UpdateGroup {
        uuid: "x".into(),
        name: "a".into(),
    };
    assert!(bad.validate().is_err(), "2..=32 characters");
    let bad = UpdateGroup {
        uuid: "x".into(),
        name: "组名!".into(),
    };
    assert!(bad.validate().is_err(), "no special characters");
}
