//! The endpoint registry shared by the inventory, the null-tolerance test and the
//! fuzz targets: every `Endpoint` type of the crate, with its fixture module and
//! functions to re-encode a request and decode an answer.
#![allow(dead_code)]

use client_core::{BodyKind, Endpoint};
use tums_client::{api, Client};

/// One typed endpoint: its constants and the fixture directory of its api module.
pub struct Entry {
    pub path: &'static str,
    pub method: http::Method,
    pub body: BodyKind,
    pub module: &'static str,
    /// Decodes a request JSON into the typed request and encodes it again (body, or
    /// the query as a JSON object for query endpoints).
    pub reencode: fn(&str) -> serde_json::Value,
    /// Decodes a response JSON (the whole envelope) into `Envelope<E::Response>` the
    /// way the pipeline reads a payload (`client_core::lenient::from_str`).
    pub decode_response: fn(&str) -> Result<(), String>,
    /// Interprets a raw answer (status, body) as `Client::send` would.
    pub answer: fn(&Client, http::StatusCode, &[u8]) -> Result<(), tums_client::Error>,
}

fn answer<E: Endpoint>(
    client: &Client,
    status: http::StatusCode,
    body: &[u8],
) -> Result<(), tums_client::Error> {
    client.decode_answer::<E>(status, body.to_vec()).map(drop)
}

fn decode_response<E: Endpoint>(json: &str) -> Result<(), String> {
    client_core::lenient::from_str::<tums_client::Envelope<E::Response>>(json)
        .map(drop)
        .map_err(|e| e.to_string())
}

fn reencode<E: Endpoint + serde::de::DeserializeOwned>(json: &str) -> serde_json::Value {
    let req: E = serde_json::from_str(json).unwrap();
    let enc = req.encode().unwrap();
    match E::BODY {
        BodyKind::Query => {
            let pairs: Vec<(String, String)> =
                url::form_urlencoded::parse(enc.query.unwrap_or_default().as_bytes())
                    .into_owned()
                    .collect();
            serde_json::Value::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| (k, serde_json::Value::String(v)))
                    .collect(),
            )
        }
        _ => serde_json::from_slice(&enc.body.unwrap_or_default()).unwrap(),
    }
}

macro_rules! ep {
    ($module:ident :: $ty:ident) => {
        Entry {
            path: <api::$module::$ty as Endpoint>::PATH,
            method: <api::$module::$ty as Endpoint>::METHOD,
            body: <api::$module::$ty as Endpoint>::BODY,
            module: stringify!($module),
            reencode: reencode::<api::$module::$ty>,
            decode_response: decode_response::<api::$module::$ty>,
            answer: answer::<api::$module::$ty>,
        }
    };
}

/// Every `Endpoint` type of the crate.
pub fn registry() -> Vec<Entry> {
    vec![
        ep!(alarm::SetAlarmInputEnable),
        ep!(alarm::SetAlarmOutputEnable),
        ep!(alarm::SetEnableByAlarmType),
        ep!(alarm::TriggerManualAlarm),
        ep!(credential::CreateTempApplicationApiCredential),
        ep!(device::AddIpcListToNvr),
        ep!(device::BindDeviceByQrCode),
        ep!(device::BindNmsDeviceByMac),
        ep!(device::CheckDeviceNewestFwVer),
        ep!(device::DeleteDeviceList),
        ep!(device::DiscoverIpcByNvr),
        ep!(device::GetApplicationOverview),
        ep!(device::GetChannelDeviceList),
        ep!(device::GetDeviceCapability),
        ep!(device::GetDeviceListInDeviceApplication),
        ep!(device::GetDeviceListInProjectApplication),
        ep!(device::GetDeviceUpgradeInfo),
        ep!(device::GetNotAddedIpcInfoByNvr),
        ep!(device::GetNvrChannelQrCode),
        ep!(device::GetSolarPowerDeviceExtendInfo),
        ep!(device::ModifyDeviceName),
        ep!(device::MoveDeviceListToRegion),
        ep!(device::RebootDeviceList),
        ep!(device::SyncDevInfo),
        ep!(device::SyncDevInfoStatus),
        ep!(device::UnbindNvrChannel),
        ep!(device::UpgradeDeviceOnline),
        ep!(device_config::AddDeviceOsdWatermarkDynamicLabelInfo),
        ep!(device_config::ClearDeviceOsdWatermarkInfo),
        ep!(device_config::FormatDeviceSdCard),
        ep!(device_config::GetAggregatedMetricValue),
        ep!(device_config::GetDeviceImage),
        ep!(device_config::GetDeviceOsdCapability),
        ep!(device_config::GetDeviceOsdInfo),
        ep!(device_config::GetDeviceRecordLoopInfo),
        ep!(device_config::GetDeviceSdCardInfo),
        ep!(device_config::GetDeviceSupplementLampCapability),
        ep!(device_config::GetDeviceTimingInfo),
        ep!(device_config::GetDeviceTimingReboot),
        ep!(device_config::GetDeviceVideoCapability),
        ep!(device_config::GetDeviceVideoInfo),
        ep!(device_config::GetDeviceZoomSupport),
        ep!(device_config::GetMetricValue),
        ep!(device_config::GetNvrChannelsMessagePushInfo),
        ep!(device_config::GetPtzDeviceResetSupport),
        ep!(device_config::ManualTiming),
        ep!(device_config::ModifyDeviceImage),
        ep!(device_config::ModifyDeviceOsdInfo),
        ep!(device_config::ModifyDeviceOsdWatermarkBasicInfo),
        ep!(device_config::ModifyDeviceOsdWatermarkSolidLabelInfo),
        ep!(device_config::ModifyDeviceRecordLoopInfo),
        ep!(device_config::ModifyDeviceTimingInfo),
        ep!(device_config::ModifyDeviceTimingReboot),
        ep!(device_config::ModifyDeviceVideoInfo),
        ep!(device_config::ModifyNvrChannelsMessagePushInfo),
        ep!(device_config::QuerySolarPower),
        ep!(device_config::QuerySolarSupplyTime),
        ep!(device_config::ResetPtzDevicePosition),
        ep!(device_config::SetSolarSupplyTime),
        ep!(device_config::SolarLoadReset),
        ep!(message::GetAppMsgPushConfig),
        ep!(message::SetAppMsgPushConfig),
        ep!(passenger_flow::GetFlowDeviceInRegion),
        ep!(passenger_flow::GetFlowDeviceNumInRegionList),
        ep!(passenger_flow::GetFlowSyncStatus),
        ep!(passenger_flow::QueryDeviceSingleFlow),
        ep!(passenger_flow::QueryFlow),
        ep!(passenger_flow::QueryRegionSingleFlow),
        ep!(preview::RenewRelayCookie),
        ep!(preview::RequestRelayUrl),
        ep!(preview::RequestRelayUrlAgain),
        ep!(preview::RequestStreamUrl),
        ep!(preview::SearchHumanDetectionVideo),
        ep!(preview::SearchVideo),
        ep!(preview::SearchYear),
        ep!(region::AddRegion),
        ep!(region::BatchGetRegionAncestor),
        ep!(region::DeleteAllRegion),
        ep!(region::DeleteRegion),
        ep!(region::EditRegion),
        ep!(region::GetPagedRegionChildren),
        ep!(region::GetPagedRootRegions),
        ep!(region::GetRegionAncestor),
        ep!(region::GetRegionByNameLike),
        ep!(region::SwitchRegionOrder),
        ep!(vehicle::DeleteExportRecord),
        ep!(vehicle::DownloadExportRecord),
        ep!(vehicle::ExportAllEntryAndLeaveRecords),
        ep!(vehicle::ExportAllVehicleDetectionRecords),
        ep!(vehicle::GetAllPlateListByPage),
        ep!(vehicle::GetExportRecords),
        // 2026 edition, 1.4.17–1.4.21 (tums-d).
        ep!(broadcast::GetTimedTaskByPage),
        ep!(broadcast::GetImmediateTaskByPage),
        ep!(broadcast::GetSpeakTaskByPage),
        ep!(broadcast::AddTask),
        ep!(broadcast::EditTask),
        ep!(broadcast::DeleteTask),
        ep!(broadcast::GetAudioByPage),
        ep!(broadcast::GetAudioGroupByPage),
        ep!(broadcast::CheckUploadAudio),
        ep!(broadcast::FinishUploadAudioToCos),
        ep!(broadcast::TextToSpeech),
        ep!(broadcast::SaveTextToSpeech),
        ep!(broadcast::RenameAudio),
        ep!(broadcast::AuditionById),
        ep!(broadcast::GetTaskAudioList),
        ep!(broadcast::SetTaskAudioList),
        ep!(broadcast::GetTaskDevsByPage),
        ep!(broadcast::AddDevForTask),
        ep!(broadcast::DeleteDevForTask),
        ep!(broadcast::ExecuteTask),
        ep!(broadcast::ExecuteTaskWithDevList),
        ep!(broadcast::GetExecuteProgress),
        ep!(broadcast::GetDeviceInRegionByType),
        ep!(broadcast::SetSpeakerInfo),
        ep!(broadcast::TryPlay),
        ep!(broadcast::GetSpeakerList),
        ep!(parking::GetCarYardList),
        ep!(parking::GetCarYardInfo),
        ep!(parking::GetAllAccessInfo),
        ep!(parking::GetDeviceListByGateId),
        ep!(parking::AddCarInfo),
        ep!(parking::FindCarInfoList),
        ep!(parking::AddSingleSpecialCar),
        ep!(parking::FindSpecialCarList),
        ep!(parking::AddBanRules),
        ep!(parking::GetBanRuleList),
        ep!(parking::GateControl),
        ep!(parking::FindAllGateRecord),
        ep!(parking::FindGateRecordById),
        ep!(parking::FindAllManualRecord),
        ep!(access_control::OperateDoor),
        ep!(access_control::GetAmsDeviceExtendInfo),
        ep!(charging::GetChargingShopList),
        ep!(charging::NotifyOrderInfo),
        ep!(charging::GetChargingOrders),
        ep!(charging::AddDiscountRule),
        ep!(charging::DeleteDiscountRule),
        ep!(charging::FindDiscountRuleByPage),
        ep!(member::CustomCreateAccount),
        ep!(member::DeleteUser),
        ep!(member::EditUser),
        ep!(member::QueryUserList),
        ep!(member::QueryUserRoleList),
        ep!(member::EditUserRole),
        ep!(member::QueryRoleList),
        // TUMS 2026-08-31 edition: 1.4.9, 1.4.10, 1.4.11, 1.4.12.7-9, 1.4.13, 1.4.15, 1.4.16 (tums-c).
        ep!(cloud_recording::SubmitCaptureImageTask),
        ep!(cloud_recording::SubmitCaptureVideoTask),
        ep!(cloud_recording::GetTaskPage),
        ep!(cloud_recording::GetTaskInfo),
        ep!(cloud_recording::GetTaskFilePage),
        ep!(cloud_recording::DeleteFile),
        ep!(cloud_recording::CaptureThumbnail),
        ep!(ai_inspection::GetStandardAlgorithmBasicInfo),
        ep!(ai_inspection::BatchSetAlgorithmVersion),
        ep!(ai_inspection::StartAiInspectionTask),
        ep!(ai_inspection::GetAiInspectionTaskResult),
        ep!(ai_inspection::BatchDeleteAiTaskResult),
        ep!(ai_inspection::StartAiInspectionTaskWithImage),
        ep!(device_entrust::SetEntrustDeviceCallbackConfig),
        ep!(device_entrust::GetEntrustDeviceCallbackConfig),
        ep!(device_entrust::GetEntrustDeviceH5Address),
        ep!(device_entrust::GetEntrustDeviceList),
        ep!(device_entrust::GetEntrustDeviceInfoByDevList),
        ep!(device_entrust::CancelEntrustDeviceList),
        ep!(device_entrust::CancelEntrustDeviceByEnterpriseId),
        ep!(passenger_flow::GetFlowOverview),
        ep!(passenger_flow::GetFlowList),
        ep!(passenger_flow::GetFlowDistribution),
        ep!(record_config::GetAllRecordPlans),
        ep!(record_config::GetRecordPlanSchedules),
        ep!(record_config::SetRecordPlan),
        ep!(record_config::GetRecordCfgs),
        ep!(record_config::AddRecordCfgs),
        ep!(record_config::DelRecordCfgs),
        ep!(record_config::EditDevCfgs),
        ep!(water_level::GetWaterLevelDeviceListByPage),
        ep!(water_level::GetWaterLevelByPage),
        ep!(water_level::GetLatestWaterLevelData),
        ep!(cloud_storage::GetEventListByPage),
        ep!(cloud_storage::GetEventCalendar),
        ep!(cloud_storage::GetEventIndexesByPage),
        ep!(cloud_storage::DeleteEvents),
        ep!(cloud_storage::GetEventCountOfDate),
        ep!(cloud_storage::GetDecryptKey),
    ]
}

/// The 2026 edition's new endpoints of chapter 1.4.4 设备配置 (tums-b).
pub fn registry_device_config_2026() -> Vec<Entry> {
    vec![
        ep!(device_config::GetDeviceCurrentTime),
        ep!(device_config::GetMaskInfo),
        ep!(device_config::SetMaskInfo),
        ep!(device_config::GetSwitchType),
        ep!(device_config::SetSwitchType),
        ep!(device_config::GetTalkCapability),
        ep!(device_config::GetMicrophoneCapability),
        ep!(device_config::GetMicrophoneConfig),
        ep!(device_config::SetMicrophoneConfig),
        ep!(device_config::GetSpeakerCapability),
        ep!(device_config::GetSpeakerConfig),
        ep!(device_config::SetSpeakerConfig),
        ep!(device_config::PlayAudioFile),
        ep!(device_config::GetPlayAudioTaskStatus),
        ep!(device_config::GetPtzCapability),
        ep!(device_config::GetMotorCapability),
        ep!(device_config::GetFocusCapability),
        ep!(device_config::MotionCtrl),
        ep!(device_config::GetAllPresets),
        ep!(device_config::ExecutePreset),
        ep!(device_config::DeletePreset),
        ep!(device_config::OperatePreset),
        ep!(device_config::GetToursInfo),
        ep!(device_config::GetAllTours),
        ep!(device_config::AddTour),
        ep!(device_config::ModifyTour),
        ep!(device_config::ExecuteTour),
        ep!(device_config::DeleteTour),
        ep!(device_config::GetParkConfig),
        ep!(device_config::SetParkConfig),
        ep!(device_config::GetPtzStatus),
        ep!(device_config::GetZoomLimitConfig),
        ep!(device_config::AbsoluteMove),
        ep!(device_config::WakeUpDevice),
        ep!(device_config::GetWakeUpStatus),
        ep!(device_config::GetPowerMode),
        ep!(device_config::SetPowerMode),
        ep!(device_config::GetPowerModePlan),
        ep!(device_config::SetPowerModePlan),
        ep!(device_config::StartVegetationManualDetect),
        ep!(device_config::GetVegetationDetectStatus),
        ep!(device_config::GetVegetationDetectResult),
    ]
}
