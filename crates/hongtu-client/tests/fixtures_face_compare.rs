//! Round trips of the 人脸比对 (face comparison) examples printed in the seed.

mod common;
use client_core::Endpoint;
use common::by_path::{request, response};
use hongtu_client::api::face_compare::*;

const DIR: &str = "face_compare/photo";

fn req<E>(name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    request(&format!("{DIR}.{name}.request.json"))
}

fn resp<E>(name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    response::<E>(&format!("{DIR}.{name}.response.json"))
}

#[test]
fn one_to_one() {
    let efs: CompareFaces = req("searchOneToOnePhoto");
    assert_eq!(efs.image_type, OneToOneImageType::Uri);
    let b64: CompareFaces = request("face_compare/photo.searchOneToOnePhoto.base64.request.json");
    assert_eq!(b64.image_type, OneToOneImageType::Base64);
    assert_eq!(
        resp::<CompareFaces>("searchOneToOnePhoto").score,
        Some(99.98237)
    );
}

#[test]
fn one_to_n() {
    let r: SearchPhoto = req("search");
    assert_eq!(r.group_types, vec![SearchLibrary::KeyPerson]);
    assert_eq!(r.threshold, 70);
    let page = resp::<SearchPhoto>("search");
    assert_eq!(page.list[0].group_type, Some(SearchLibrary::KeyPerson));
    assert_eq!(page.list[0].count, Some(8));
}

#[test]
fn one_to_n_detail() {
    let r: QueryPhotoSearchDetail = req("search.query.detail");
    assert_eq!(r.page_size, Some(100));
    let page = resp::<QueryPhotoSearchDetail>("search.query.detail");
    assert_eq!(
        page.list[0].capture_time.unwrap().timestamp_millis(),
        1_622_538_507_731
    );
}

#[test]
fn virtual_group_crud() {
    let add: AddVirtualGroup = req("mvsn.virtualGroup.add");
    assert_eq!(add.name, "我是虚拟组");
    assert!(resp::<AddVirtualGroup>("mvsn.virtualGroup.add")
        .group_uuid
        .is_some());
    let _: DeleteVirtualGroup = req("mvsn.virtualGroup.delete");
    resp::<DeleteVirtualGroup>("mvsn.virtualGroup.delete");
    let up: UpdateVirtualGroup = req("mvsn.virtualGroup.update");
    assert_eq!(up.name, "xuyy");
    resp::<UpdateVirtualGroup>("mvsn.virtualGroup.update");
    let _: ListVirtualGroups = req("mvsn.virtualGroup.list");
    let groups = resp::<ListVirtualGroups>("mvsn.virtualGroup.list");
    assert_eq!(groups[0].name.as_deref(), Some("我是虚拟组"));
}

#[test]
fn virtual_group_members() {
    let add: AddVirtualGroupPersons = req("mvsn.virtualGroup.batchAddPerson");
    assert_eq!(add.person_uuids.len(), 1);
    let results = resp::<AddVirtualGroupPersons>("mvsn.virtualGroup.batchAddPerson");
    assert_eq!(results[0].success, Some(true));
    assert_eq!(
        results[0].comp_face_id.as_deref(),
        Some("29-AAABey9GbTA8skIuAAAAAg==")
    );
    let _: DeleteVirtualGroupPersons = req("mvsn.virtualGroup.batchDeletePerson");
    let del = resp::<DeleteVirtualGroupPersons>("mvsn.virtualGroup.batchDeletePerson");
    assert_eq!(
        del.error_person_ids,
        vec!["94b4901bf42c4166bf577278230056d0".to_string()]
    );
    let _: ListVirtualGroupPersons = req("mvsn.virtualGroup.searchPersonList");
    let members = resp::<ListVirtualGroupPersons>("mvsn.virtualGroup.searchPersonList");
    assert_eq!(
        members.person_ids,
        vec!["eqwe324234232c7c4aba39801af".to_string()]
    );
}

#[test]
fn virtual_group_face_search() {
    let r: VirtualGroupFaceSearch = req("mvsn.virtualGroup.faceSearch");
    assert_eq!(r.image_type, FaceSearchImageType::Base64);
    assert_eq!(r.threshold, 60);
    let found = resp::<VirtualGroupFaceSearch>("mvsn.virtualGroup.faceSearch");
    assert_eq!(found.face_list[0].name.as_deref(), Some("小红"));
    assert_eq!(found.face_list[0].score, Some(70.0));
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use crate::common::by_path::served;
    use hongtu_client::simulator::Simulator;

    #[tokio::test]
    async fn every_face_compare_example_is_served() {
        use hongtu_client::api::face_compare::*;
        let sim = Simulator::start().await.unwrap();
        let p = "face_compare/photo";
        served::<CompareFaces>(&sim, &format!("{p}.searchOneToOnePhoto")).await;
        served::<SearchPhoto>(&sim, &format!("{p}.search")).await;
        served::<QueryPhotoSearchDetail>(&sim, &format!("{p}.search.query.detail")).await;
        served::<AddVirtualGroup>(&sim, &format!("{p}.mvsn.virtualGroup.add")).await;
        served::<DeleteVirtualGroup>(&sim, &format!("{p}.mvsn.virtualGroup.delete")).await;
        served::<UpdateVirtualGroup>(&sim, &format!("{p}.mvsn.virtualGroup.update")).await;
        served::<ListVirtualGroups>(&sim, &format!("{p}.mvsn.virtualGroup.list")).await;
        served::<AddVirtualGroupPersons>(&sim, &format!("{p}.mvsn.virtualGroup.batchAddPerson"))
            .await;
        served::<DeleteVirtualGroupPersons>(
            &sim,
            &format!("{p}.mvsn.virtualGroup.batchDeletePerson"),
        )
        .await;
        served::<ListVirtualGroupPersons>(&sim, &format!("{p}.mvsn.virtualGroup.searchPersonList"))
            .await;
        served::<VirtualGroupFaceSearch>(&sim, &format!("{p}.mvsn.virtualGroup.faceSearch")).await;
    }
}
