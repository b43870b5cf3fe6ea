//! Round trips of every request and response example of seed chapter 1.4.4 设备配置
//! (fixtures/tums/device_config/), plus decoding of the seed's original spellings.

#[macro_use]
mod common;

use client_core::Endpoint;
use tums_client::api::device_config::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("device_config", name)
}

pair!(
    get_device_osd_capability,
    GetDeviceOsdCapability,
    "getDeviceOsdCapability"
);
pair!(get_device_osd_info, GetDeviceOsdInfo, "getDeviceOsdInfo");
pair!(
    modify_device_osd_info,
    ModifyDeviceOsdInfo,
    "modifyDeviceOsdInfo"
);
pair!(manual_timing, ManualTiming, "manualTiming");
pair!(
    get_device_timing_reboot,
    GetDeviceTimingReboot,
    "getDeviceTimingReboot"
);
pair!(
    modify_device_timing_reboot,
    ModifyDeviceTimingReboot,
    "modifyDeviceTimingReboot"
);
pair!(
    get_device_supplement_lamp_capability,
    GetDeviceSupplementLampCapability,
    "getDeviceSupplementLampCapability"
);
pair!(get_device_image, GetDeviceImage, "getDeviceImage");
pair!(modify_device_image, ModifyDeviceImage, "modifyDeviceImage");
pair!(
    get_device_sd_card_info,
    GetDeviceSdCardInfo,
    "getDeviceSdCardInfo"
);
pair!(
    format_device_sd_card,
    FormatDeviceSdCard,
    "formatDeviceSdCard"
);
pair!(
    get_device_record_loop_info,
    GetDeviceRecordLoopInfo,
    "getDeviceRecordLoopInfo"
);
pair!(
    modify_device_record_loop_info,
    ModifyDeviceRecordLoopInfo,
    "modifyDeviceRecordLoopInfo"
);
pair!(
    get_device_timing_info,
    GetDeviceTimingInfo,
    "getDeviceTimingInfo"
);
pair!(
    modify_device_timing_info,
    ModifyDeviceTimingInfo,
    "modifyDeviceTimingInfo"
);
pair!(
    get_device_video_capability,
    GetDeviceVideoCapability,
    "getDeviceVideoCapability"
);
pair!(
    get_device_video_info,
    GetDeviceVideoInfo,
    "getDeviceVideoInfo"
);
pair!(
    modify_device_video_info,
    ModifyDeviceVideoInfo,
    "modifyDeviceVideoInfo"
);
pair!(query_solar_power, QuerySolarPower, "querySolarPower");
pair!(
    query_solar_supply_time,
    QuerySolarSupplyTime,
    "querySolarSupplyTime"
);
pair!(
    set_solar_supply_time,
    SetSolarSupplyTime,
    "setSolarSupplyTime"
);
pair!(solar_load_reset, SolarLoadReset, "solarLoadReset");
pair!(get_metric_value, GetMetricValue, "getMetricValue");
// The seed's example has startTime > endTime (1.4.4.24): validate() rejects it.
pair!(
    get_aggregated_metric_value,
    GetAggregatedMetricValue,
    "getAggregatedMetricValue",
    validates = false
);
pair!(
    get_device_zoom_support,
    GetDeviceZoomSupport,
    "getDeviceZoomSupport"
);
pair!(
    get_ptz_device_reset_support,
    GetPtzDeviceResetSupport,
    "getPtzDeviceResetSupport"
);
pair!(
    reset_ptz_device_position,
    ResetPtzDevicePosition,
    "resetPtzDevicePosition"
);
pair!(
    get_nvr_channels_message_push_info,
    GetNvrChannelsMessagePushInfo,
    "getNvrChannelsMessagePushInfo"
);
pair!(
    modify_nvr_channels_message_push_info,
    ModifyNvrChannelsMessagePushInfo,
    "modifyNvrChannelsMessagePushInfo"
);
pair!(
    modify_device_osd_watermark_basic_info,
    ModifyDeviceOsdWatermarkBasicInfo,
    "modifyDeviceOsdWatermarkBasicInfo"
);
pair!(
    add_device_osd_watermark_dynamic_label_info,
    AddDeviceOsdWatermarkDynamicLabelInfo,
    "addDeviceOsdWatermarkDynamicLabelInfo"
);
pair!(
    modify_device_osd_watermark_solid_label_info,
    ModifyDeviceOsdWatermarkSolidLabelInfo,
    "modifyDeviceOsdWatermarkSolidLabelInfo"
);
pair!(
    clear_device_osd_watermark_info,
    ClearDeviceOsdWatermarkInfo,
    "clearDeviceOsdWatermarkInfo"
);

#[test]
fn osd_capability_values_are_typed() {
    let env: Envelope<OsdCapability> =
        serde_json::from_str(&fixture("getDeviceOsdCapability.response.json")).unwrap();
    let cap = env.result.unwrap();
    assert_eq!(cap.label_info_max_length, vec![16, 16, 16]);
    assert!(cap.font_size.contains(&OsdFontSize::Px64));
    assert!(cap
        .zoom_display_range
        .contains(&OsdDisplayDuration::AlwaysOpen));
}

#[test]
fn osd_info_accepts_on_for_if_link_to_dev() {
    let env: Envelope<OsdInfo> =
        serde_json::from_str(&fixture("getDeviceOsdInfo.response.json")).unwrap();
    let label = &env.result.unwrap().label_info_list[0];
    assert_eq!(label.if_link_to_dev, Some(true));
    assert_eq!(label.align_type, Some(AlignType::Left));
}

#[test]
fn supplement_lamp_capability_accepts_the_example_spellings() {
    let seed = r#"{"supplementLampTypeList":["infrared_lamp","white_lamp","laser_lamp"],
        "nightVisonModeRange":["auto","inf_night_vision"],
        "smartWhiteLampDigitalSupport":true}"#;
    let cap: SupplementLampCapability = serde_json::from_str(seed).unwrap();
    assert_eq!(cap.supplement_lamp_type_list.len(), 3);
    assert_eq!(
        cap.night_vision_mode_range,
        vec![NightVisionMode::Auto, NightVisionMode::Infrared]
    );
    assert_eq!(cap.smart_white_lamp_digital_level_support, Some(true));
}

#[test]
fn video_types_accept_both_bitrate_spellings() {
    let a: StreamInfo =
        serde_json::from_str(r#"{"type":"main","bitrate":3072,"bitrateType":"vbr"}"#).unwrap();
    let b: StreamInfo =
        serde_json::from_str(r#"{"type":"main","bitRate":3072,"bitRateType":"vbr"}"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.bit_rate, Some(3072));
    let cap: StreamCapability = serde_json::from_str(
        r#"{"type":"minor","bitrates":["64","128"],"bitrateTypes":["cbr"],"frameRates":["65561"]}"#,
    )
    .unwrap();
    assert_eq!(cap.bit_rates, vec![64, 128]);
    assert_eq!(cap.frame_rates, vec![FrameRate::Fps25]);
    assert_eq!(cap.frame_rates[0].fps(), 25);
}

#[test]
fn video_capability_keeps_unknown_qualities() {
    let env: Envelope<VideoCapability> =
        serde_json::from_str(&fixture("getDeviceVideoCapability.response.json")).unwrap();
    let cap = env.result.unwrap();
    assert_eq!(
        cap.stream_capability_list[0].qualities,
        vec![Quality::Low, Quality::High, Quality::Unknown(5)]
    );
    assert_eq!(
        cap.stream_capability_list[0].digital_quality_range,
        vec![1, 10]
    );
}

#[test]
fn solar_values_are_numbers_and_reset_result_is_a_bare_string() {
    let env: Envelope<SolarPowerStatus> =
        serde_json::from_str(&fixture("querySolarPower.response.json")).unwrap();
    let s = env.result.unwrap();
    assert_eq!(s.status, Some(SolarSystemStatus::NotCharging));
    assert_eq!(s.battery_status.as_deref(), Some("53.32"));
    assert_eq!(s.battery_percent(), Some(53.32));
    let s: SolarPowerStatus = serde_json::from_str(r#"{"batteryStatus":"53.32%"}"#).unwrap();
    assert_eq!(s.battery_percent(), Some(53.32));
    let env: Envelope<SolarLoadResetResult> =
        serde_json::from_str(&fixture("solarLoadReset.response.json")).unwrap();
    assert_eq!(env.result, Some(SolarLoadResetResult::Success));
    let env: Envelope<SolarSupplySchedule> =
        serde_json::from_str(&fixture("querySolarSupplyTime.response.json")).unwrap();
    let list = env.result.unwrap().solar_supply_time_list;
    assert_eq!(list[2].end_time_hour, Some(20));
    assert_eq!(list[2].supply_load_num.as_deref(), Some("3"));
}

#[test]
fn metric_series_decode_millisecond_strings() {
    let env: Envelope<MetricValues> =
        serde_json::from_str(&fixture("getMetricValue.response.json")).unwrap();
    let m = env.result.unwrap();
    let s = m.series(&SolarMetric::BatteryEnergyPercentage);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].timestamp.timestamp_millis(), 1_591_768_757_223);
    assert_eq!(s[0].value, 80.0);
    assert_eq!(m.series(&SolarMetric::OutputPowerInWatt)[1].value, 5.0);
    // Times go out as strings of milliseconds.
    let req: GetMetricValue =
        serde_json::from_str(&fixture("getMetricValue.request.json")).unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
    assert_eq!(v["startTime"], "1591768747223");
    assert_eq!(v["metricList"][2], "outputPowerInWatt");
}

#[test]
fn sd_card_numbers_sent_for_strings_are_accepted() {
    let env: Envelope<SdCardInfo> =
        serde_json::from_str(&fixture("getDeviceSdCardInfo.response.json")).unwrap();
    let cards = env.result.unwrap().card_info_list;
    assert_eq!(cards[0].record_duration, Some(3600));
    assert_eq!(cards[0].record_start_time.unwrap().timestamp(), 123_456);
    assert_eq!(cards[1].status, Some(SdStatus::Unformatted));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn every_endpoint_answers_through_the_simulator() {
    let sim = tums_client::simulator::Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    via_simulator!(client, GetDeviceOsdCapability, "getDeviceOsdCapability");
    via_simulator!(client, GetDeviceOsdInfo, "getDeviceOsdInfo");
    via_simulator!(client, ModifyDeviceOsdInfo, "modifyDeviceOsdInfo");
    via_simulator!(client, ManualTiming, "manualTiming");
    via_simulator!(client, GetDeviceTimingReboot, "getDeviceTimingReboot");
    via_simulator!(client, ModifyDeviceTimingReboot, "modifyDeviceTimingReboot");
    via_simulator!(
        client,
        GetDeviceSupplementLampCapability,
        "getDeviceSupplementLampCapability"
    );
    via_simulator!(client, GetDeviceImage, "getDeviceImage");
    via_simulator!(client, ModifyDeviceImage, "modifyDeviceImage");
    via_simulator!(client, GetDeviceSdCardInfo, "getDeviceSdCardInfo");
    via_simulator!(client, FormatDeviceSdCard, "formatDeviceSdCard");
    via_simulator!(client, GetDeviceRecordLoopInfo, "getDeviceRecordLoopInfo");
    via_simulator!(
        client,
        ModifyDeviceRecordLoopInfo,
        "modifyDeviceRecordLoopInfo"
    );
    via_simulator!(client, GetDeviceTimingInfo, "getDeviceTimingInfo");
    via_simulator!(client, ModifyDeviceTimingInfo, "modifyDeviceTimingInfo");
    via_simulator!(client, GetDeviceVideoCapability, "getDeviceVideoCapability");
    via_simulator!(client, GetDeviceVideoInfo, "getDeviceVideoInfo");
    via_simulator!(client, ModifyDeviceVideoInfo, "modifyDeviceVideoInfo");
    via_simulator!(client, QuerySolarPower, "querySolarPower");
    via_simulator!(client, QuerySolarSupplyTime, "querySolarSupplyTime");
    via_simulator!(client, SetSolarSupplyTime, "setSolarSupplyTime");
    via_simulator!(client, SolarLoadReset, "solarLoadReset");
    via_simulator!(client, GetMetricValue, "getMetricValue");
    // The seed's own example has startTime > endTime; send it the right way round.
    let mut agg: GetAggregatedMetricValue =
        serde_json::from_str(&fixture("getAggregatedMetricValue.request.json")).unwrap();
    std::mem::swap(&mut agg.start_time, &mut agg.end_time);
    via_simulator!(@send client, GetAggregatedMetricValue, "getAggregatedMetricValue", agg);
    via_simulator!(client, GetDeviceZoomSupport, "getDeviceZoomSupport");
    via_simulator!(client, GetPtzDeviceResetSupport, "getPtzDeviceResetSupport");
    via_simulator!(client, ResetPtzDevicePosition, "resetPtzDevicePosition");
    via_simulator!(
        client,
        GetNvrChannelsMessagePushInfo,
        "getNvrChannelsMessagePushInfo"
    );
    via_simulator!(
        client,
        ModifyNvrChannelsMessagePushInfo,
        "modifyNvrChannelsMessagePushInfo"
    );
    via_simulator!(
        client,
        ModifyDeviceOsdWatermarkBasicInfo,
        "modifyDeviceOsdWatermarkBasicInfo"
    );
    via_simulator!(
        client,
        AddDeviceOsdWatermarkDynamicLabelInfo,
        "addDeviceOsdWatermarkDynamicLabelInfo"
    );
    via_simulator!(
        client,
        ModifyDeviceOsdWatermarkSolidLabelInfo,
        "modifyDeviceOsdWatermarkSolidLabelInfo"
    );
    via_simulator!(
        client,
        ClearDeviceOsdWatermarkInfo,
        "clearDeviceOsdWatermarkInfo"
    );
    // The bare-string result of solarLoadReset arrives typed.
    let reset: SolarLoadReset =
        serde_json::from_str(&fixture("solarLoadReset.request.json")).unwrap();
    assert_eq!(
        client.send(&reset).await.unwrap(),
        SolarLoadResetResult::Success
    );
    // An invalid request is rejected before anything is sent.
    let before = sim.requests().len();
    let bad = ClearDeviceOsdWatermarkInfo {
        qr_code: None,
        mac: None,
        channel_id: 1,
        clear_type: WatermarkClearType::All,
    };
    let err = client.send(&bad).await.unwrap_err();
    assert!(err.is_invalid_request(), "{err}");
    assert_eq!(sim.requests().len(), before);
}

/// Issue 10, seed 1.4.4.16 "如有部分字段返回null或false表示不支持": every list of the
/// video capability (and 1.4.4.17's `streamInfoList`, 1.4.4.28's `infoList`, 1.4.9.1's
/// plate `list`) may be `null`, read through the client's real decode path.
#[test]
fn null_lists_mean_unsupported_through_the_client() {
    use tums_client::api::vehicle::GetAllPlateListByPage;
    let client = tums_client::Client::builder()
        .credentials("ak", "sk")
        .build()
        .unwrap();
    let ok = http::StatusCode::OK;
    let caps = client
        .decode_answer::<GetDeviceVideoCapability>(
            ok,
            r#"{"error_code":0,"result":{"streamCapabilityList":[{"type":"main","encodeTypes":null,
                "frameRates":null,"bitRateTypes":null,"resolutions":null,"qualities":null}]}}"#,
        )
        .unwrap();
    let s = &caps.stream_capability_list[0];
    assert!(s.encode_types.is_empty() && s.frame_rates.is_empty() && s.resolutions.is_empty());
    let caps = client
        .decode_answer::<GetDeviceVideoCapability>(
            ok,
            r#"{"error_code":0,"result":{"streamCapabilityList":null}}"#,
        )
        .unwrap();
    assert!(caps.stream_capability_list.is_empty());
    let info = client
        .decode_answer::<GetDeviceVideoInfo>(
            ok,
            r#"{"error_code":0,"result":{"streamInfoList":null}}"#,
        )
        .unwrap();
    assert!(info.stream_info_list.is_empty());
    client
        .decode_answer::<GetNvrChannelsMessagePushInfo>(
            ok,
            r#"{"error_code":0,"result":{"infoList":null}}"#,
        )
        .unwrap();
    client
        .decode_answer::<GetAllPlateListByPage>(
            ok,
            r#"{"error_code":0,"result":{"total":null,"list":null}}"#,
        )
        .unwrap();
}
