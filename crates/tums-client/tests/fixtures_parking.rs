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
