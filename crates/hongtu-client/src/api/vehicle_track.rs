//! 车辆轨迹 — where a plate was recognised (hongtu-aiot-openapi.txt, module 车辆轨迹
//! 1.1). Not paged: the answer carries every sighting and their count.

use chrono::{DateTime, Utc};
use client_core::validate;
use client_core::Error;
use serde::{Deserialize, Serialize};

/// 车辆轨迹查询 — the trajectory of one plate (`POST /v1/api/vehicle/record/track/query`,
/// 车辆轨迹 1.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryVehicleTrack {
    /// 车辆号码 (`plateNumber`) — exact plate number; required (车辆轨迹 1.1.2).
    pub plate_number: String,
    /// 车主姓名 (`personName`) — exact owner name; optional (车辆轨迹 1.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 设备id集合 (`deviceUuIdList`) — device filter; optional (车辆轨迹 1.1.2).
    #[serde(
        rename = "deviceUuIdList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuids: Option<Vec<String>>,
    /// 开始时间 (`startTime`) — epoch milliseconds on the wire; required
    /// (车辆轨迹 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub start_time: DateTime<Utc>,
    /// 结束时间 (`endTime`) — epoch milliseconds on the wire; required (车辆轨迹 1.1.2).
    #[serde(with = "client_core::lenient::ts_millis")]
    pub end_time: DateTime<Utc>,
}

impl QueryVehicleTrack {
    /// The track of `plate_number` between two times.
    pub fn new(
        plate_number: impl Into<String>,
        start_time: DateTime<Utc>,
        end_time: DateTime<Utc>,
    ) -> Self {
        Self {
            plate_number: plate_number.into(),
            person_name: None,
            device_uuids: None,
            start_time,
            end_time,
        }
    }
}

/// Answer of [`QueryVehicleTrack`] (车辆轨迹 1.1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VehicleTrack {
    /// 轨迹记录 (`queryVehicleTrackBeans`) — the sightings; optional (车辆轨迹 1.1.3).
    #[serde(rename = "queryVehicleTrackBeans", default)]
    pub points: Vec<VehicleTrackPoint>,
    /// 出现次数 (`total`) — number of sightings; optional (车辆轨迹 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub total: Option<i64>,
}

/// One sighting (`queryVehicleTrackBeans[]`, 车辆轨迹 1.1.3). Every member is optional
/// in the seed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleTrackPoint {
    /// 抓拍图 (`cropUrl`) — cropped vehicle image URL (车辆轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop_url: Option<String>,
    /// 车辆号码 (`plateNumber`) — plate number (车辆轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plate_number: Option<String>,
    /// 识别时间 (`recognitionTime`) — epoch milliseconds on the wire (车辆轨迹 1.1.3).
    #[serde(
        default,
        with = "client_core::lenient::opt_ts_millis",
        skip_serializing_if = "Option::is_none"
    )]
    pub recognition_time: Option<DateTime<Utc>>,
    /// 设备uuId (`deviceUuId`) — capturing device (车辆轨迹 1.1.3).
    #[serde(
        rename = "deviceUuId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_uuid: Option<String>,
    /// 设备名称 (`deviceName`) — device name (车辆轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// 车主姓名 (`personName`) — owner name (车辆轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_name: Option<String>,
    /// 设备位置 (`deviceLocation`) — device location (车辆轨迹 1.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_location: Option<String>,
}

impl QueryVehicleTrack {
    fn check(&self, path: &str) -> Result<(), Error> {
        if self.plate_number.trim().is_empty() {
            return Err(Error::invalid(path, "plateNumber is required"));
        }
        validate::ordered(
            path,
            "startTime",
            &self.start_time,
            "endTime",
            &self.end_time,
        )
    }
}

client_core::endpoint!(QueryVehicleTrack => VehicleTrack, POST "/v1/api/vehicle/record/track/query", read, validate);

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    #[allow(unused_imports)]
    use http::Method;

    #[test]
    fn method_path_and_validation() {
        assert_eq!(
            (
                QueryVehicleTrack::METHOD,
                QueryVehicleTrack::PATH,
                QueryVehicleTrack::IDEMPOTENT
            ),
            (Method::POST, "/v1/api/vehicle/record/track/query", true)
        );
        let t = |n| DateTime::<Utc>::from_timestamp_millis(n).unwrap();
        let mut req = QueryVehicleTrack::new("桂CCU100", t(1), t(2));
        assert!(req.validate().is_ok());
        req.start_time = t(3);
        assert!(req.validate().is_err());
        assert!(QueryVehicleTrack::new("", t(1), t(2)).validate().is_err());
    }
}
