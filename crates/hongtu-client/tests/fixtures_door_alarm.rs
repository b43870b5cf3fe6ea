//! Round trips of the 门禁设备告警 (door device alarms) examples printed in the seed.

mod common;
use common::by_path::{request, response};

use hongtu_client::api::door_alarm::*;
use hongtu_client::dict::DeviceStatus;

#[test]
fn list() {
    let req: ListDoorAlarms = request("door_alarm/device_alarm.list.request.json");
    assert_eq!(req.alarm_type, Some(DoorAlarmType::Tamper));
    assert_eq!(req.alarm_status, Some(DoorAlarmStatus::Alarming));
    let page = response::<ListDoorAlarms>("door_alarm/device_alarm.list.response.json");
    let a = &page.list[0];
    assert_eq!(a.alarm_time.unwrap().timestamp_millis(), 1626206007000);
    assert_eq!(a.device_status, Some(DeviceStatus::Online));
    assert_eq!(a.alarm_status_now, Some(DoorAlarmStatus::Alarming));
}
