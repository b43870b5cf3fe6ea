//! Round trips of every request and response example of chapter 1.4.18 云停车 of the
//! 2026-08-31 edition (fixtures/tums/parking/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::parking::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("parking", name)
}

pair!(get_car_yard_list, GetCarYardList, "getCarYardList");
pair!(get_car_yard_info, GetCarYardInfo, "getCarYardInfo");
pair!(get_all_access_info, GetAllAccessInfo, "getAllAccessInfo");
pair!(
    get_device_list_by_gate_id,
    GetDeviceListByGateId,
    "getDeviceListByGateId"
);
pair!(add_car_info, AddCarInfo, "addCarInfo");
pair!(find_car_info_list, FindCarInfoList, "findCarInfoList");
pair!(
    add_single_special_car,
    AddSingleSpecialCar,
    "addSingleSpecialCar"
);
pair!(
    find_special_car_list,
    FindSpecialCarList,
    "findSpecialCarList"
);
pair!(add_ban_rules, AddBanRules, "addBanRules");
pair!(get_ban_rule_list, GetBanRuleList, "getBanRuleList");
pair!(gate_control, GateControl, "gateControl");
pair!(find_all_gate_record, FindAllGateRecord, "findAllGateRecord");
pair!(
    find_gate_record_by_id,
    FindGateRecordById,
    "findGateRecordById"
);
pair!(
    find_all_manual_record,
    FindAllManualRecord,
    "findAllManualRecord"
);

#[test]
fn examples_are_typed() {
    let env: Envelope<tums_client::envelope::PagedList<GateRecord>> =
        serde_json::from_str(&fixture("findAllGateRecord.response.json")).unwrap();
    let r = &env.result.unwrap().list[0];
    assert_eq!(r.plate_color, Some(PlateColor::Blue));
    assert_eq!(r.vehicle_color, Some(VehicleColor::Unknown(12)));
    assert_eq!(r.vehicle_type, Some(VehicleKind::Blue));
    assert_eq!(r.exit_timestamp, None);
    assert_eq!(
        vehicle_brand_name(r.vehicle_brand.unwrap()),
        Some("其它/未知")
    );
    let env: Envelope<tums_client::envelope::PagedList<FixedCar>> =
        serde_json::from_str(&fixture("findCarInfoList.response.json")).unwrap();
    let page = env.result.unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.list[0].car_type, Some(PlateKind::Green));
    assert_eq!(PlateKind::Green.code(), Some(1));
    assert_eq!(CarColor::Black.code(), Some(12));
}

#[test]
fn requests_are_checked_before_sending() {
    use client_core::Endpoint;
    let open = GateControl {
        qr_code: Some("16E0091709B04C926".into()),
        mac: None,
        command: GateCommand::Open,
        reason: None,
        picture_name: None,
    };
    assert!(open.validate().is_err(), "opening needs a reason");
    let close = GateControl {
        command: GateCommand::Close,
        ..open.clone()
    };
    assert!(close.validate().is_ok());
    let nobody = GateControl {
        qr_code: None,
        ..close
    };
    assert!(nobody.validate().is_err());
    let mut car: AddCarInfo = serde_json::from_str(&fixture("addCarInfo.request.json")).unwrap();
    car.phone = "1334537485".into();
    assert!(car.validate().is_err());
    let mut list = FindCarInfoList::new("1");
    list.limit = Some(101);
    assert!(list.validate().is_err());
    let ban = AddBanRules {
        plates: vec!["粤 A12345".into()],
        yard_ids: vec!["1".into()],
        alarm_type: vec![BanAlarm::default()],
    };
    assert!(ban.validate().is_err());
}

/// Parking against the simulator over loopback: seeded yards, fixed / special / banned
/// cars, barrier operations and their records.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use futures::TryStreamExt;
    use tums_client::api::parking::*;
    use tums_client::simulator::Simulator;

    fn car(yard: &str, plate: &str) -> AddCarInfo {
        AddCarInfo {
            yard_id: yard.into(),
            plate_number: plate.into(),
            car_type: PlateKind::Blue,
            color: Some(CarColor::White),
            name: "张可可".into(),
            phone: "13345374859".into(),
            address: None,
            group_id: None,
            identity_type: Some(IdentityType::Owner),
            identity_number_type: None,
            identity_number: None,
        }
    }

    #[tokio::test]
    async fn yards_cars_and_barriers() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let yards: Vec<CarYard> = client
                .stream(GetCarYardList::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(yards.len(), 2);
            assert_eq!(
                yards[0].expand.as_ref().unwrap()[0].car_yard_type,
                Some(CarYardType::Inner)
            );
            let info = client
                .send(&GetCarYardInfo {
                    car_yard_id: "3".into(),
                })
                .await
                .unwrap();
            assert_eq!(info.car_yard_id, "3");
            let unknown = client
                .send(&GetCarYardInfo {
                    car_yard_id: "99".into(),
                })
                .await
                .unwrap_err();
            assert_eq!(unknown.api().unwrap().code.code(), -20107);

            for n in 0..7 {
                client
                    .send(&car("1", &format!("粤 B1000{n}")))
                    .await
                    .unwrap();
            }
            client.send(&car("3", "粤 C00001")).await.unwrap();
            let dup = client.send(&car("1", "粤 B10000")).await.unwrap_err();
            assert_eq!(dup.api().unwrap().code.code(), -20107);
            let no_yard = client.send(&car("42", "粤 D1")).await.unwrap_err();
            assert_eq!(no_yard.api().unwrap().code.code(), -20107);
            let mut list = FindCarInfoList::new("1");
            list.limit = Some(3);
            let cars: Vec<FixedCar> = client.stream(list).try_collect().await.unwrap();
            assert_eq!(cars.len(), 7);
            assert!(cars.iter().all(|c| c.car_type == Some(PlateKind::Blue)));

            let special = AddSingleSpecialCar {
                yard_ids: vec!["1".into(), "2".into()],
                plate_number: "粤 AJ2100".into(),
                ..AddSingleSpecialCar::default()
            };
            client.send(&special).await.unwrap();
            let specials: Vec<SpecialCar> = client
                .stream(FindSpecialCarList::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(specials[0].yard_ids.len(), 2);

            let ban = AddBanRules {
                plates: vec!["粤 A12345".into()],
                yard_ids: vec!["1".into()],
                alarm_type: vec![BanAlarm::web(BanAlarmSound::Urgent)],
            };
            assert_eq!(client.send(&ban).await.unwrap().fail_num, 0);
            let again = client.send(&ban).await.unwrap();
            assert_eq!((again.fail_num, again.list[0].error_code), (1, -85450));
            let banned: Vec<BannedCar> = client
                .stream(GetBanRuleList::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(banned.len(), 1);
            assert_eq!(banned[0].alarm_type[0].value, Some(BanAlarmSound::Urgent));

            let open = GateControl {
                qr_code: Some("16E0091709B04C926".into()),
                mac: None,
                command: GateCommand::Open,
                reason: Some("无牌车".into()),
                picture_name: None,
            };
            client.send(&open).await.unwrap();
            client
                .send(&GateControl {
                    command: GateCommand::Close,
                    reason: None,
                    ..open
                })
                .await
                .unwrap();
            let records: Vec<ManualRecord> = client
                .stream(FindAllManualRecord::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(records.len(), 1);
            assert_eq!(records[0].reason.as_deref(), Some("无牌车"));
            assert!(records[0].open_timestamp.is_some() && records[0].close_timestamp.is_some());
            // A limit out of range is refused before sending.
            let bad = GetCarYardList {
                limit: Some(0),
                ..GetCarYardList::default()
            };
            assert!(client.send(&bad).await.is_err());
            assert!(sim
                .requests_to(<GetCarYardList as client_core::Endpoint>::PATH)
                .iter()
                .all(|r| !r.body.is_empty()));
        })
        .await
        .expect("test timed out");
    }
}
