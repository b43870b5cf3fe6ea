//! Fixture round-trips for 1.4.2 分组管理 (fixtures/tums/region).

use std::collections::BTreeMap;

mod common;

use client_core::fixture::assert_round_trip;
use client_core::Endpoint;
use tums_client::api::region::*;
use tums_client::envelope::{Envelope, PagedList};

fn fixture(name: &str) -> String {
    common::fixture("region", name)
}

/// Round-trips the request fixture and checks the encoded body is the fixture itself
/// (same members, same values).
fn request<T: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    name: &str,
) -> T {
    let json = fixture(name);
    let req: T = assert_round_trip(&json);
    req.validate().expect("the seed example is valid");
    let body = req.encode().unwrap().body.unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let original: serde_json::Value = serde_json::from_str(&json).unwrap();
    for (k, v) in original.as_object().unwrap() {
        assert_eq!(sent.get(k), Some(v), "member {k} of {name}");
    }
    req
}

#[test]
fn add_region() {
    let req: AddRegion = request("addRegion.request.json");
    assert_eq!(req, AddRegion::new("root1.2", "1").order(2));
    let env: Envelope<AddedRegion> = assert_round_trip(&fixture("addRegion.response.json"));
    let r = env.result.unwrap();
    assert_eq!(
        (r.region_id.as_str(), r.region_level, r.order),
        ("13", 2, 2)
    );
}

#[test]
fn edit_region() {
    let req: EditRegion = request("editRegion.request.json");
    assert_eq!(req.region_id, "3");
    let env: Envelope<()> = assert_round_trip(&fixture("editRegion.response.json"));
    assert_eq!(env.error_code, 0);
}

#[test]
fn delete_region() {
    let req: DeleteRegion = request("deleteRegion.request.json");
    assert_eq!(req.region_id, "3");
    let env: Envelope<()> = assert_round_trip(&fixture("deleteRegion.response.json"));
    assert!(env.result.is_none());
}

#[test]
fn delete_all_region() {
    let _: DeleteAllRegion = request("deleteAllRegion.request.json");
    assert_eq!(
        DeleteAllRegion::default().encode().unwrap().body.unwrap(),
        &b"{}"[..]
    );
    let env: Envelope<()> = assert_round_trip(&fixture("deleteAllRegion.response.json"));
    assert_eq!(env.error_code, 0);
}

#[test]
fn switch_region_order() {
    let req: SwitchRegionOrder = request("switchRegionOrder.request.json");
    assert_eq!(
        (req.first_region.as_str(), req.second_region.as_str()),
        ("1", "3")
    );
    let _: Envelope<()> = assert_round_trip(&fixture("switchRegionOrder.response.json"));
}

#[test]
fn get_region_ancestor() {
    let req: GetRegionAncestor = request("getRegionAncestor.request.json");
    assert_eq!(req.region_id, "8");
    let env: Envelope<RegionAncestors> =
        assert_round_trip(&fixture("getRegionAncestor.response.json"));
    let a = env.result.unwrap().region_ancestors;
    assert_eq!(a.len(), 3);
    assert_eq!(a[0].parent_id, ROOT_PARENT_ID);
    assert_eq!(a[2].region_level, 3);
}

#[test]
fn batch_get_region_ancestor() {
    let req: BatchGetRegionAncestor = request("batchGetRegionAncestor.request.json");
    assert_eq!(req.region_ids, vec!["8".to_owned()]);
    let env: Envelope<BTreeMap<String, Vec<RegionNode>>> =
        assert_round_trip(&fixture("batchGetRegionAncestor.response.json"));
    let map = env.result.unwrap();
    assert_eq!(map["8"].len(), 3);
    assert_eq!(map["8"][1].region_name, "子分组1");
    assert!(BatchGetRegionAncestor { region_ids: vec![] }
        .validate()
        .is_err());
    assert!(BatchGetRegionAncestor {
        region_ids: (0..51).map(|i| i.to_string()).collect()
    }
    .validate()
    .is_err());
}

fn check_region_page(name: &str) {
    let env: Envelope<PagedList<Region>> = assert_round_trip(&fixture(name));
    let page = env.result.unwrap();
    assert_eq!(page.total, 10);
    assert_eq!(page.list.len(), 3);
    assert!(page.list[0].is_default());
    assert!(!page.list[0].has_children);
    assert!(page.list[2].has_children);
    let map = page.list[0].dev_num_map.as_ref().unwrap();
    assert_eq!(map.parking.as_ref().unwrap().total_dev_online_num, Some(5));
    assert!(map.other.is_empty());
}

#[test]
fn get_paged_root_regions() {
    let req: GetPagedRootRegions = request("getPagedRootRegions.request.json");
    assert_eq!(req, GetPagedRootRegions::new().limit(20).with_dev_num());
    check_region_page("getPagedRootRegions.response.json");
}

#[test]
fn get_paged_region_children() {
    let req: GetPagedRegionChildren = request("getPagedRegionChildren.request.json");
    assert_eq!(
        req,
        GetPagedRegionChildren::new("111").limit(20).with_dev_num()
    );
    check_region_page("getPagedRegionChildren.response.json");
}

#[test]
fn get_region_by_name_like() {
    let req: GetRegionByNameLike = request("getRegionByNameLike.request.json");
    assert_eq!(req, GetRegionByNameLike::new("r").limit(20));
    check_region_page("getRegionByNameLike.response.json");
}

#[test]
fn limits_are_validated_before_sending() {
    for limit in [0, 51] {
        let e = GetPagedRootRegions::new()
            .limit(limit)
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("limit must be 1..=50"), "{e}");
        assert!(GetPagedRegionChildren::new("1")
            .limit(limit)
            .validate()
            .is_err());
        assert!(GetRegionByNameLike::new("r")
            .limit(limit)
            .validate()
            .is_err());
    }
    for limit in [1, 50] {
        assert!(GetPagedRootRegions::new().limit(limit).validate().is_ok());
    }
    assert!(AddRegion::new("x".repeat(33), "0").validate().is_err());
    assert!(AddRegion::new("分".repeat(32), "0").validate().is_ok());
    assert!(AddRegion::new("a", "0").order(0).validate().is_err());
    assert!(AddRegion::new("a", "0").order(10_001).validate().is_err());
    assert!(EditRegion {
        region_name: String::new(),
        region_id: "1".into()
    }
    .validate()
    .is_err());
}
