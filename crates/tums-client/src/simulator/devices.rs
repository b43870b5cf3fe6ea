//! The simulator's devices (1.4.3 设备管理: the two device lists, delete, move, rename).

use crate::api::device as api;
use client_core::Endpoint;
use serde_json::{json, Map, Value};

use super::regions::{page_params, str_param};
use super::{err, ok, Answer, AppType, State};

/// A device held by the simulator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimDevice {
    /// 17-character device code (qrCode).
    pub qr_code: String,
    /// MAC, `00-FF-00-17-00-18` style.
    pub mac: String,
    /// Device name.
    pub device_name: String,
    /// Device type (表1.4.3.1-1), e.g. `SURVEILLANCECAMERA`.
    pub device_type: String,
    /// Device status (表1.4.3.1-2): 0 offline, 1 online…
    pub device_status: i64,
    /// Model.
    pub device_model: String,
    /// IP address.
    pub ip: String,
    /// Region id (project-type applications).
    pub region_id: Option<String>,
    /// Region name (project-type applications).
    pub region_name: Option<String>,
}

impl SimDevice {
    fn json(&self, project: bool) -> Value {
        let mut v = json!({
            "qrCode": self.qr_code,
            "deviceName": self.device_name,
            "deviceType": self.device_type,
            "deviceStatus": self.device_status,
            "openType": 1,
            "openStatus": 2,
            "deviceModel": self.device_model,
            "ip": self.ip,
            "mac": self.mac,
            "channelId": 1,
        });
        if project {
            if let Some(obj) = v.as_object_mut() {
                if let Some(id) = &self.region_id {
                    obj.insert("regionId".into(), json!(id));
                }
                if let Some(name) = &self.region_name {
                    obj.insert("regionName".into(), json!(name));
                }
            }
        }
        v
    }
}

#[derive(Debug, Default)]
pub(crate) struct Devices {
    list: Vec<SimDevice>,
    seq: u64,
}

impl Devices {
    pub(crate) fn all(&self) -> Vec<SimDevice> {
        self.list.clone()
    }

    pub(crate) fn add_camera(&mut self, region: Option<u64>, region_name: &str) -> SimDevice {
        self.seq += 1;
        let n = self.seq;
        let dev = SimDevice {
            qr_code: format!("16E00917{:09X}", n),
            mac: format!(
                "00-FF-00-{:02X}-{:02X}-{:02X}",
                (n >> 16) & 0xff,
                (n >> 8) & 0xff,
                n & 0xff
            ),
            device_name: format!("camera-{n:03}"),
            device_type: "SURVEILLANCECAMERA".into(),
            // Every fifth camera is offline.
            device_status: if matches!(n % 5, 0) { 0 } else { 1 },
            device_model: "TL-IPC633-D4G".into(),
            ip: format!("192.168.{}.{}", 1 + n / 250, 1 + n % 250),
            region_id: region.map(|r| r.to_string()),
            region_name: region.map(|_| region_name.to_owned()),
        };
        self.list.push(dev.clone());
        dev
    }

    /// (total, online) of the devices in the given regions.
    pub(crate) fn count_in(&self, regions: &[u64]) -> (i64, i64) {
        let ids: Vec<String> = regions.iter().map(u64::to_string).collect();
        let mut total = 0;
        let mut online = 0;
        for d in &self.list {
            if d.region_id.as_ref().is_some_and(|r| ids.contains(r)) {
                total += 1;
                if d.device_status == 1 {
                    online += 1;
                }
            }
        }
        (total, online)
    }

    /// Moves the devices of deleted regions to the default region.
    pub(crate) fn reassign(&mut self, removed: &[u64], to: Option<u64>, name: &str) {
        let ids: Vec<String> = removed.iter().map(u64::to_string).collect();
        for d in &mut self.list {
            if d.region_id.as_ref().is_some_and(|r| ids.contains(r)) {
                d.region_id = to.map(|t| t.to_string());
                d.region_name = to.map(|_| name.to_owned());
            }
        }
    }

    /// Index of the device a locator names (qrCode wins over mac, 1.4.3.9).
    fn find(&self, locator: &Value) -> Result<Option<usize>, i64> {
        let qr = locator.get("qrCode").and_then(Value::as_str);
        let mac = locator.get("mac").and_then(Value::as_str);
        Ok(match (qr, mac) {
            (Some(q), _) => self.list.iter().position(|d| d.qr_code == q),
            (None, Some(m)) => self.list.iter().position(|d| d.mac == m.trim()),
            (None, None) => return Err(-20107),
        })
    }
}

fn fail_item(locator: &Value, code: i64) -> Value {
    let mut item = Map::new();
    for key in ["qrCode", "mac", "channelId", "childMac"] {
        if let Some(v) = locator.get(key) {
            item.insert(key.into(), v.clone());
        }
    }
    item.insert("error_code".into(), json!(code));
    Value::Object(item)
}

fn dev_list(params: &Value) -> Result<&Vec<Value>, i64> {
    let list = params
        .get("devList")
        .and_then(Value::as_array)
        .ok_or(-20107)?;
    if list.is_empty() || list.len() > 100 {
        return Err(-20106);
    }
    Ok(list)
}

fn text_like(d: &SimDevice, key: &str, needle: &str) -> bool {
    let hay = match key {
        "deviceNameLike" => &d.device_name,
        "deviceModelLike" => &d.device_model,
        "ipLike" => &d.ip,
        "macLike" => &d.mac,
        "regionNameLike" => match &d.region_name {
            Some(n) => n,
            None => return false,
        },
        _ => return false,
    };
    hay.contains(needle)
}

fn matches(d: &SimDevice, params: &Value) -> bool {
    if let Some(and) = params.get("filterAnd").and_then(Value::as_object) {
        if let Some(r) = and.get("regionId") {
            let want = match r {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if d.region_id.as_deref() != Some(want.as_str()) {
                return false;
            }
        }
        if let Some(s) = and.get("deviceStatus").and_then(Value::as_i64) {
            if d.device_status != s {
                return false;
            }
        }
        if let Some(types) = and.get("deviceTypeList").and_then(Value::as_array) {
            if !types.is_empty() && !types.iter().any(|t| t.as_str() == Some(&d.device_type)) {
                return false;
            }
        }
    }
    if let Some(or) = params.get("filterOr").and_then(Value::as_object) {
        let conds: Vec<(&String, &str)> = or
            .iter()
            .filter_map(|(k, v)| v.as_str().map(|s| (k, s)))
            .collect();
        if !conds.is_empty() && !conds.iter().any(|(k, v)| text_like(d, k, v)) {
            return false;
        }
    }
    true
}

fn list(st: &State, params: &Value, project: bool) -> Result<Answer, i64> {
    let (start, limit) = page_params(params, 100)?;
    let items: Vec<&SimDevice> = st
        .devices
        .list
        .iter()
        .filter(|d| matches(d, params))
        .collect();
    let total = items.len();
    let list: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(limit)
        .map(|d| d.json(project))
        .collect();
    Ok(ok(json!({"total": total, "list": list})))
}

// Routes, keyed on each endpoint type's PATH (1.4.3).
const GET_DEVICE_LIST_IN_DEVICE_APPLICATION: &str =
    <api::GetDeviceListInDeviceApplication as Endpoint>::PATH;
const GET_DEVICE_LIST_IN_PROJECT_APPLICATION: &str =
    <api::GetDeviceListInProjectApplication as Endpoint>::PATH;
const DELETE_DEVICE_LIST: &str = <api::DeleteDeviceList as Endpoint>::PATH;
const MOVE_DEVICE_LIST_TO_REGION: &str = <api::MoveDeviceListToRegion as Endpoint>::PATH;
const MODIFY_DEVICE_NAME: &str = <api::ModifyDeviceName as Endpoint>::PATH;

/// Handles the device endpoints the simulator keeps state for; `None` for others.
pub(super) fn handle(st: &mut State, path: &str, params: &Value) -> Option<Answer> {
    let result = (|| -> Result<Answer, i64> {
        match path {
            GET_DEVICE_LIST_IN_DEVICE_APPLICATION => {
                if st.app_type != AppType::Device {
                    return Err(-88311);
                }
                list(st, params, false)
            }
            GET_DEVICE_LIST_IN_PROJECT_APPLICATION => {
                if st.app_type != AppType::Project {
                    return Err(-88312);
                }
                list(st, params, true)
            }
            DELETE_DEVICE_LIST => {
                let mut fails = Vec::new();
                for loc in dev_list(params)? {
                    match st.devices.find(loc)? {
                        Some(i) => {
                            st.devices.list.remove(i);
                        }
                        None => fails.push(fail_item(loc, -88316)),
                    }
                }
                Ok(with_fails(fails))
            }
            MOVE_DEVICE_LIST_TO_REGION => {
                if st.app_type != AppType::Project {
                    return Err(-88312);
                }
                let region = str_param(params, "regionId")?;
                let id = region.trim().parse::<u64>().map_err(|_| -80386)?;
                let name = st.regions.get(id).ok_or(-80205)?.name.clone();
                let mut fails = Vec::new();
                for loc in dev_list(params)? {
                    match st.devices.find(loc)? {
                        Some(i) => {
                            st.devices.list[i].region_id = Some(id.to_string());
                            st.devices.list[i].region_name = Some(name.clone());
                        }
                        None => fails.push(fail_item(loc, -88316)),
                    }
                }
                Ok(with_fails(fails))
            }
            MODIFY_DEVICE_NAME => {
                let name = str_param(params, "deviceName")?;
                if name.is_empty() || name.chars().count() > 32 {
                    return Err(-20106);
                }
                match st.devices.find(params)? {
                    Some(i) => {
                        st.devices.list[i].device_name = name;
                        Ok(ok(Value::Null))
                    }
                    None => Err(-88316),
                }
            }
            _ => Err(0),
        }
    })();
    match result {
        Ok(answer) => Some(answer),
        Err(0) => None,
        Err(code) => Some(err(code)),
    }
}

fn with_fails(fails: Vec<Value>) -> Answer {
    if fails.is_empty() {
        ok(Value::Null)
    } else {
        Answer::Json(json!({"error_code": 0, "failList": fails}))
    }
}
