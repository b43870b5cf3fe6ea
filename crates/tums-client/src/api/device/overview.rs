//! 1.4.3.12 设备概览 — device overview.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.12 Overview
// ---------------------------------------------------------------------------------------

/// 获取应用下设备数量及运行状态 — device counts and health of the application by device
/// family (1.4.3.12). No parameters (the body is `{}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetApplicationOverview {}

client_core::endpoint!(GetApplicationOverview => ApplicationOverview, POST "/tums/open/deviceManager/v1/getApplicationOverview", read);

/// 设备数量及运行状态 — device counts by family (result of 1.4.3.12). Only the families
/// present in the application are returned, so every field is optional. "error"
/// (异常) counts are devices in an abnormal state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationOverview {
    /// 所有路由器数量 — total number of routers (1.4.3.12).
    #[serde(
        rename = "allRouterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_router_num: Option<i64>,
    /// 在线路由器数量 — number of online routers (1.4.3.12).
    #[serde(
        rename = "onlineRouterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_router_num: Option<i64>,
    /// 异常路由器数量 — number of faulty routers (1.4.3.12).
    #[serde(
        rename = "errorRouterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_router_num: Option<i64>,
    /// 所有交换机数量 — total number of switchs (1.4.3.12).
    #[serde(
        rename = "allSwitchNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_switch_num: Option<i64>,
    /// 在线交换机数量 — number of online switchs (1.4.3.12).
    #[serde(
        rename = "onlineSwitchNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_switch_num: Option<i64>,
    /// 异常交换机数量 — number of faulty switchs (1.4.3.12).
    #[serde(
        rename = "errorSwitchNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_switch_num: Option<i64>,
    /// 所有AC数量 — total number of ACs (1.4.3.12).
    #[serde(
        rename = "allAcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_ac_num: Option<i64>,
    /// 在线AC数量 — number of online ACs (1.4.3.12).
    #[serde(
        rename = "onlineAcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_ac_num: Option<i64>,
    /// 异常AC数量 — number of faulty ACs (1.4.3.12).
    #[serde(
        rename = "errorAcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_ac_num: Option<i64>,
    /// 所有AP数量 — total number of APs (1.4.3.12).
    #[serde(
        rename = "allApNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_ap_num: Option<i64>,
    /// 在线AP数量 — number of online APs (1.4.3.12).
    #[serde(
        rename = "onlineApNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_ap_num: Option<i64>,
    /// 异常AP数量 — number of faulty APs (1.4.3.12).
    #[serde(
        rename = "errorApNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_ap_num: Option<i64>,
    /// 所有网桥数量 — total number of bridge (CPE)s (1.4.3.12).
    #[serde(
        rename = "allCpeNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_cpe_num: Option<i64>,
    /// 在线网桥数量 — number of online bridge (CPE)s (1.4.3.12).
    #[serde(
        rename = "onlineCpeNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_cpe_num: Option<i64>,
    /// 异常网桥数量 — number of faulty bridge (CPE)s (1.4.3.12).
    #[serde(
        rename = "errorCpeNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_cpe_num: Option<i64>,
    /// 所有WVR数量 — total number of WVRs (1.4.3.12).
    #[serde(
        rename = "allWvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_wvr_num: Option<i64>,
    /// 在线WVR数量 — number of online WVRs (1.4.3.12).
    #[serde(
        rename = "onlineWvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_wvr_num: Option<i64>,
    /// 异常WVR数量 — number of faulty WVRs (1.4.3.12).
    #[serde(
        rename = "errorWvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_wvr_num: Option<i64>,
    /// 所有防火墙数量 — total number of firewalls (1.4.3.12).
    #[serde(
        rename = "allFirewallNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_firewall_num: Option<i64>,
    /// 在线防火墙数量 — number of online firewalls (1.4.3.12).
    #[serde(
        rename = "onlineFirewallNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_firewall_num: Option<i64>,
    /// 异常防火墙数量 — number of faulty firewalls (1.4.3.12).
    #[serde(
        rename = "errorFirewallNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_firewall_num: Option<i64>,
    /// 所有光纤收发器数量 — total number of fibre converters (1.4.3.12).
    #[serde(
        rename = "allFiberConverterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_fiber_converter_num: Option<i64>,
    /// 在线光纤收发器数量 — number of online fibre converters (1.4.3.12).
    #[serde(
        rename = "onlineFiberConverterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_fiber_converter_num: Option<i64>,
    /// 异常光纤收发器数量 — number of faulty fibre converters (1.4.3.12).
    #[serde(
        rename = "errorFiberConverterNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_fiber_converter_num: Option<i64>,
    /// 所有OLT数量 — total number of OLTs (1.4.3.12).
    #[serde(
        rename = "allOltNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_olt_num: Option<i64>,
    /// 在线OLT数量 — number of online OLTs (1.4.3.12).
    #[serde(
        rename = "onlineOltNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_olt_num: Option<i64>,
    /// 异常OLT数量 — number of faulty OLTs (1.4.3.12).
    #[serde(
        rename = "errorOltNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_olt_num: Option<i64>,
    /// 所有ONU数量 — total number of ONUs (1.4.3.12).
    #[serde(
        rename = "allOnuNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_onu_num: Option<i64>,
    /// 在线ONU数量 — number of online ONUs (1.4.3.12).
    #[serde(
        rename = "onlineOnuNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_onu_num: Option<i64>,
    /// 异常ONU数量 — number of faulty ONUs (1.4.3.12).
    #[serde(
        rename = "errorOnuNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_onu_num: Option<i64>,
    /// 所有IPC数量 — total number of IPCs (1.4.3.12).
    #[serde(
        rename = "allIpcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_ipc_num: Option<i64>,
    /// 在线IPC数量 — number of online IPCs (1.4.3.12).
    #[serde(
        rename = "onlineIpcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_ipc_num: Option<i64>,
    /// 异常IPC数量 — number of faulty IPCs (1.4.3.12).
    #[serde(
        rename = "errorIpcNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_ipc_num: Option<i64>,
    /// 所有NVR数量 — total number of NVRs (1.4.3.12).
    #[serde(
        rename = "allNvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_nvr_num: Option<i64>,
    /// 在线NVR数量 — number of online NVRs (1.4.3.12).
    #[serde(
        rename = "onlineNvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_nvr_num: Option<i64>,
    /// 异常NVR数量 — number of faulty NVRs (1.4.3.12).
    #[serde(
        rename = "errorNvrNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_nvr_num: Option<i64>,
    /// 所有解码器数量 — total number of decoders (1.4.3.12).
    #[serde(
        rename = "allDecoderNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_decoder_num: Option<i64>,
    /// 在线解码器数量 — number of online decoders (1.4.3.12).
    #[serde(
        rename = "onlineDecoderNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_decoder_num: Option<i64>,
    /// 异常解码器数量 — number of faulty decoders (1.4.3.12).
    #[serde(
        rename = "errorDecoderNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_decoder_num: Option<i64>,
    /// 所有太阳能设备数量 — total number of solar power devices (1.4.3.12).
    #[serde(
        rename = "allSolarPowerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_solar_power_num: Option<i64>,
    /// 在线太阳能设备数量 — number of online solar power devices (1.4.3.12).
    #[serde(
        rename = "onlineSolarPowerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_solar_power_num: Option<i64>,
    /// 异常太阳能设备数量 — number of faulty solar power devices (1.4.3.12).
    #[serde(
        rename = "errorSolarPowerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_solar_power_num: Option<i64>,
    /// 所有网络音箱设备数量 — total number of network speakers (1.4.3.12).
    #[serde(
        rename = "allNbsSpeakerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_nbs_speaker_num: Option<i64>,
    /// 在线网络音箱设备数量 — number of online network speakers (1.4.3.12).
    #[serde(
        rename = "onlineNbsSpeakerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_nbs_speaker_num: Option<i64>,
    /// 异常网络音箱设备数量 — number of faulty network speakers (1.4.3.12).
    #[serde(
        rename = "errorNbsSpeakerNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_nbs_speaker_num: Option<i64>,
    /// 所有VPS设备数量 — total number of VPS devices (1.4.3.12).
    #[serde(
        rename = "allVpsNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_vps_num: Option<i64>,
    /// 在线VPS设备数量 — number of online VPS devices (1.4.3.12).
    #[serde(
        rename = "onlineVpsNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_vps_num: Option<i64>,
    /// 异常VPS设备数量 — number of faulty VPS devices (1.4.3.12).
    #[serde(
        rename = "errorVpsNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_vps_num: Option<i64>,
    /// 所有停车抓拍机设备数量 — total number of parking capture cameras (1.4.3.12).
    #[serde(
        rename = "allVideoParkingCaptureNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_video_parking_capture_num: Option<i64>,
    /// 在线停车抓拍机设备数量 — number of online parking capture cameras (1.4.3.12).
    #[serde(
        rename = "onlineVideoParkingCaptureNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_video_parking_capture_num: Option<i64>,
    /// 异常停车抓拍机设备数量 — number of faulty parking capture cameras (1.4.3.12).
    #[serde(
        rename = "errorVideoParkingCaptureNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_video_parking_capture_num: Option<i64>,
    /// 所有充电桩设备数量 — total number of charging stations (1.4.3.12).
    #[serde(
        rename = "allChargingHubNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub all_charging_hub_num: Option<i64>,
    /// 在线充电桩设备数量 — number of online charging stations (1.4.3.12).
    #[serde(
        rename = "onlineChargingHubNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub online_charging_hub_num: Option<i64>,
    /// 异常充电桩设备数量 — number of faulty charging stations (1.4.3.12).
    #[serde(
        rename = "errorChargingHubNum",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_charging_hub_num: Option<i64>,
}

/// 设备数量 — the counts of one device family in [`ApplicationOverview`] (1.4.3.12).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FamilyCounts {
    /// 所有 — all devices of the family.
    pub all: i64,
    /// 在线 — online devices.
    pub online: i64,
    /// 异常 — devices in an abnormal state.
    pub error: i64,
}

impl ApplicationOverview {
    /// The families present in the answer (those with an `all…Num`), as
    /// `(family, counts)` in the seed's order; a missing online/error count is 0.
    /// Family names are the wire infix in snake case: `router`, `switch`, `ac`, `ap`,
    /// `cpe`, `wvr`, `firewall`, `fiber_converter`, `olt`, `onu`, `ipc`, `nvr`,
    /// `decoder`, `solar_power`, `nbs_speaker`, `vps`, `video_parking_capture`,
    /// `charging_hub`.
    ///
    /// ```
    /// use tums_client::api::device::{ApplicationOverview, FamilyCounts};
    /// let o: ApplicationOverview = serde_json::from_str(
    ///     r#"{"allRouterNum": 1, "onlineRouterNum": 1, "errorRouterNum": 0}"#,
    /// ).unwrap();
    /// assert_eq!(o.families(), vec![("router", FamilyCounts { all: 1, online: 1, error: 0 })]);
    /// ```
    pub fn families(&self) -> Vec<(&'static str, FamilyCounts)> {
        let rows = [
            (
                "router",
                self.all_router_num,
                self.online_router_num,
                self.error_router_num,
            ),
            (
                "switch",
                self.all_switch_num,
                self.online_switch_num,
                self.error_switch_num,
            ),
            ("ac", self.all_ac_num, self.online_ac_num, self.error_ac_num),
            ("ap", self.all_ap_num, self.online_ap_num, self.error_ap_num),
            (
                "cpe",
                self.all_cpe_num,
                self.online_cpe_num,
                self.error_cpe_num,
            ),
            (
                "wvr",
                self.all_wvr_num,
                self.online_wvr_num,
                self.error_wvr_num,
            ),
            (
                "firewall",
                self.all_firewall_num,
                self.online_firewall_num,
                self.error_firewall_num,
            ),
            (
                "fiber_converter",
                self.all_fiber_converter_num,
                self.online_fiber_converter_num,
                self.error_fiber_converter_num,
            ),
            (
                "olt",
                self.all_olt_num,
                self.online_olt_num,
                self.error_olt_num,
            ),
            (
                "onu",
                self.all_onu_num,
                self.online_onu_num,
                self.error_onu_num,
            ),
            (
                "ipc",
                self.all_ipc_num,
                self.online_ipc_num,
                self.error_ipc_num,
            ),
            (
                "nvr",
                self.all_nvr_num,
                self.online_nvr_num,
                self.error_nvr_num,
            ),
            (
                "decoder",
                self.all_decoder_num,
                self.online_decoder_num,
                self.error_decoder_num,
            ),
            (
                "solar_power",
                self.all_solar_power_num,
                self.online_solar_power_num,
                self.error_solar_power_num,
            ),
            (
                "nbs_speaker",
                self.all_nbs_speaker_num,
                self.online_nbs_speaker_num,
                self.error_nbs_speaker_num,
            ),
            (
                "vps",
                self.all_vps_num,
                self.online_vps_num,
                self.error_vps_num,
            ),
            (
                "video_parking_capture",
                self.all_video_parking_capture_num,
                self.online_video_parking_capture_num,
                self.error_video_parking_capture_num,
            ),
            (
                "charging_hub",
                self.all_charging_hub_num,
                self.online_charging_hub_num,
                self.error_charging_hub_num,
            ),
        ];
        rows.into_iter()
            .filter_map(|(name, all, online, error)| {
                all.map(|all| {
                    (
                        name,
                        FamilyCounts {
                            all,
                            online: online.unwrap_or(0),
                            error: error.unwrap_or(0),
                        },
                    )
                })
            })
            .collect()
    }
}
