//! Round trips of the 结构化检索 (structured search) examples printed in the seed.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::structure_search::*;

fn f(name: &str) -> String {
    format!("structure_search/structure.{name}")
}

#[test]
fn pedestrian() {
    let req: SearchPedestrians = request(&f("pedestrian.search.request.json"));
    assert_eq!(req.query.curr_page, Some(1));
    assert_eq!(req.query.start_time.timestamp_millis(), 1_622_523_868_000);
    let page = response::<SearchPedestrians>(&f("pedestrian.search.response.json"));
    let r = &page.list[0];
    assert_eq!(r.target.category, Some(StructureCategory::Pedestrian));
    assert_eq!(r.attributes.gender, Some(Sex::Female));
    assert_eq!(
        r.attributes.dress_lower_style,
        Some(DressLowerStyle::ShortSkirt)
    );
    assert_eq!(r.related_face_id.as_deref(), Some("RPcqoXoBIVSvVy1OSBm2"));

    let get: GetPedestrian = request(&f("pedestrian.query.request.json"));
    assert_eq!(get.id, "AfcvoXoBIVSvVy1OrBok");
    let r = response::<GetPedestrian>(&f("pedestrian.query.response.json"));
    assert_eq!(r.attributes.ride_bike, Some(RideBikeStatus::Riding));
    assert_eq!(
        r.attributes.dress_upper_color,
        Some(ClothingColor::Multicolor)
    );
}

#[test]
fn face() {
    let _: SearchFaces = request(&f("face.search.request.json"));
    let page = response::<SearchFaces>(&f("face.search.response.json"));
    let r = &page.list[0];
    assert_eq!(r.target.category, Some(StructureCategory::Face));
    assert_eq!(r.attributes.age, Some(AgeGroup::MiddleToOld));
    assert_eq!(
        r.related_pedestrian_id.as_deref(),
        Some("lvctoXoBIVSvVy1OZBkj")
    );

    let _: GetFace = request(&f("face.query.request.json"));
    let r = response::<GetFace>(&f("face.query.response.json"));
    assert_eq!(r.attributes.hair_status, Some(HairStatus::Short));
    assert_eq!(
        r.target.recognition_time.unwrap().timestamp_millis(),
        1_626_201_420_000
    );
}

#[test]
fn motor_vehicle() {
    let _: SearchMotorVehicles = request(&f("motorVehicle.search.request.json"));
    let page = response::<SearchMotorVehicles>(&f("motorVehicle.search.response.json"));
    let r = &page.list[0];
    assert_eq!(r.target.full_rect_left, Some(-1_742_756));
    assert_eq!(r.attributes.plate_number.as_deref(), Some("苏D7822X"));
    assert_eq!(r.attributes.vehicle_brand, Some(50));

    let _: GetMotorVehicle = request(&f("motorVehicle.query.request.json"));
    let r = response::<GetMotorVehicle>(&f("motorVehicle.query.response.json"));
    assert_eq!(r.target.crop_rect_right, Some(237));
    assert_eq!(r.attributes.vehicle_color, Some(VehicleColor::Silver));
}

#[test]
fn non_motor_vehicle() {
    let _: SearchNonMotorVehicles = request(&f("nonMotorVehicle.search.request.json"));
    let page = response::<SearchNonMotorVehicles>(&f("nonMotorVehicle.search.response.json"));
    assert_eq!(page.list[0].vehicle_type, Some(VehicleType::EBike));
    assert_eq!(
        page.list[0].target.category,
        Some(StructureCategory::NonMotorVehicle)
    );

    let _: GetNonMotorVehicle = request(&f("nonMotorVehicle.query.request.json"));
    let r = response::<GetNonMotorVehicle>(&f("nonMotorVehicle.query.response.json"));
    assert_eq!(r.vehicle_type, Some(VehicleType::EBike));
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use crate::common::by_path::served;
    use hongtu_client::api::structure_search::*;
    use hongtu_client::simulator::Simulator;

    #[tokio::test]
    async fn every_structure_example_is_served() {
        let sim = Simulator::start().await.unwrap();
        let s = "structure_search/structure";
        served::<SearchPedestrians>(&sim, &format!("{s}.pedestrian.search")).await;
        served::<GetPedestrian>(&sim, &format!("{s}.pedestrian.query")).await;
        served::<SearchFaces>(&sim, &format!("{s}.face.search")).await;
        served::<GetFace>(&sim, &format!("{s}.face.query")).await;
        served::<SearchMotorVehicles>(&sim, &format!("{s}.motorVehicle.search")).await;
        served::<GetMotorVehicle>(&sim, &format!("{s}.motorVehicle.query")).await;
        served::<SearchNonMotorVehicles>(&sim, &format!("{s}.nonMotorVehicle.search")).await;
        served::<GetNonMotorVehicle>(&sim, &format!("{s}.nonMotorVehicle.query")).await;
    }
}
