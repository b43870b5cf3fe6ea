//! Round trips of every request and response example of the 2026 edition's new
//! endpoints of chapter 1.4.4 设备配置 and of the GB/T 28181 variants of 1.4.22.2
//! (fixtures/tums/device_config/), the inventory checks for them, and the presets and
//! audio upload against the simulator.

#[macro_use]
mod common;

#[path = "support/registry.rs"]
mod registry;

use client_core::Endpoint;
use tums_client::api::device_config::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("device_config", name)
}

pair!(
    get_device_current_time,
    GetDeviceCurrentTime,
    "getDeviceCurrentTime"
);
pair!(get_mask_info, GetMaskInfo, "getMaskInfo");
pair!(set_mask_info, SetMaskInfo, "setMaskInfo");
pair!(get_switch_type, GetSwitchType, "getSwitchType");
pair!(set_switch_type, SetSwitchType, "setSwitchType");
pair!(get_talk_capability, GetTalkCapability, "getTalkCapability");
pair!(
    get_microphone_capability,
    GetMicrophoneCapability,
    "getMicrophoneCapability"
);
pair!(
    get_microphone_config,
    GetMicrophoneConfig,
    "getMicrophoneConfig"
);
pair!(
    set_microphone_config,
    SetMicrophoneConfig,
    "setMicrophoneConfig"
);
pair!(
    get_speaker_capability,
    GetSpeakerCapability,
    "getSpeakerCapability"
);
pair!(get_speaker_config, GetSpeakerConfig, "getSpeakerConfig");
pair!(set_speaker_config, SetSpeakerConfig, "setSpeakerConfig");
// The fixture is the `params` part only; a JSON send is refused (multipart upload).
pair!(
    play_audio_file,
    PlayAudioFile,
    "playAudioFile",
    validates = false
);
pair!(
    get_play_audio_task_status,
    GetPlayAudioTaskStatus,
    "getPlayAudioTaskStatus"
);
pair!(get_ptz_capability, GetPtzCapability, "getPtzCapability");
pair!(
    get_motor_capability,
    GetMotorCapability,
    "getMotorCapability"
);
pair!(
    get_focus_capability,
    GetFocusCapability,
    "getFocusCapability"
);
pair!(motion_ctrl, MotionCtrl, "motionCtrl");
pair!(get_all_presets, GetAllPresets, "getAllPresets");
pair!(execute_preset, ExecutePreset, "executePreset");
pair!(delete_preset, DeletePreset, "deletePreset");
pair!(operate_preset, OperatePreset, "operatePreset");
pair!(get_tours_info, GetToursInfo, "getToursInfo");
pair!(get_all_tours, GetAllTours, "getAllTours");
pair!(add_tour, AddTour, "addTour");
pair!(modify_tour, ModifyTour, "modifyTour");
pair!(execute_tour, ExecuteTour, "executeTour");
pair!(delete_tour, DeleteTour, "deleteTour");
pair!(get_park_config, GetParkConfig, "getParkConfig");
pair!(set_park_config, SetParkConfig, "setParkConfig");
pair!(get_ptz_status, GetPtzStatus, "getPtzStatus");
pair!(
    get_zoom_limit_config,
    GetZoomLimitConfig,
    "getZoomLimitConfig"
);
pair!(absolute_move, AbsoluteMove, "absoluteMove");
pair!(wake_up_device, WakeUpDevice, "wakeUpDevice");
pair!(get_wake_up_status, GetWakeUpStatus, "getWakeUpStatus");
pair!(get_power_mode, GetPowerMode, "getPowerMode");
pair!(set_power_mode, SetPowerMode, "setPowerMode");
pair!(get_power_mode_plan, GetPowerModePlan, "getPowerModePlan");
pair!(set_power_mode_plan, SetPowerModePlan, "setPowerModePlan");
pair!(
    start_vegetation_manual_detect,
    StartVegetationManualDetect,
    "startVegetationManualDetect"
);
pair!(
    get_vegetation_detect_status,
    GetVegetationDetectStatus,
    "getVegetationDetectStatus"
);
pair!(
    get_vegetation_detect_result,
    GetVegetationDetectResult,
    "getVegetationDetectResult"
);

#[test]
fn gb_variants_of_1_4_22_2_round_trip_and_validate() {
    let m: MotionCtrl = common::request("device_config", "motionCtrl.request.2.json");
    assert!(m.is_gb() && m.channel_id.is_none());
    let _: GetAllPresets = common::request("device_config", "getAllPresets.request.2.json");
    let _: ExecutePreset = common::request("device_config", "executePreset.request.2.json");
    let _: DeletePreset = common::request("device_config", "deletePreset.request.2.json");
    let op: OperatePreset = common::request("device_config", "operatePreset.request.2.json");
    assert_eq!(op.preset_id.as_deref(), Some("10"));
    let env: Envelope<Vec<Preset>> =
        common::response("device_config", "getAllPresets.response.2.json");
    let presets = env.result.unwrap();
    assert_eq!(presets.len(), 2);
    assert!(presets.iter().all(|p| p.read_only.is_none()));

    // GB-only rules: directions 0–8, presetId required for operatePreset, no mixing.
    let zoom = MotionCtrl::new(PtzDirection::ZoomIn).with_device_gb_id("33010001011321110001");
    assert!(zoom.validate().is_err());
    assert!(MotionCtrl::new(PtzDirection::ZoomIn)
        .with_qr_code("16E0091709B04C926", 1)
        .validate()
        .is_ok());
    let no_id = OperatePreset::default().with_device_gb_id("33010001011321110001");
    assert!(no_id.validate().is_err());
    assert!(OperatePreset::default()
        .with_qr_code("16E0091709B04C926", 1)
        .validate()
        .is_ok());
    let mixed = GetAllPresets::default()
        .with_qr_code("16E0091709B04C926", 1)
        .with_device_gb_id("33010001011321110001");
    assert!(mixed.validate().is_err());
    let short = GetAllPresets::default().with_device_gb_id("3301000101132111000");
    assert!(short.validate().is_err());
    let sip_without_gb = GetAllPresets::default()
        .with_qr_code("16E0091709B04C926", 1)
        .with_sip_server_id("33000001012000000001");
    assert!(sip_without_gb.validate().is_err());
    let no_channel = GetAllPresets {
        qr_code: Some("16E0091709B04C926".into()),
        ..GetAllPresets::default()
    };
    assert!(no_channel.validate().is_err());
}

#[test]
fn documented_ranges_are_checked_before_sending() {
    let qr = || Some("16E0091709B04C926".to_owned());
    let mut speed = MotionCtrl::new(PtzDirection::Right).with_qr_code("16E0091709B04C926", 1);
    speed.speed = Some(8);
    assert!(speed.validate().is_err());
    speed.speed = Some(7);
    assert!(speed.validate().is_ok());

    let mv = AbsoluteMove {
        qr_code: qr(),
        mac: None,
        channel_id: 1,
        position_pan: Some(-1.0),
        position_tilt: None,
        position_zoom: Some(1.0),
        speed_pan: None,
        speed_tilt: None,
        speed_zoom: None,
    };
    assert!(mv.validate().is_ok());
    assert!(AbsoluteMove {
        position_zoom: Some(-0.1),
        ..mv.clone()
    }
    .validate()
    .is_err());
    assert!(AbsoluteMove {
        position_pan: Some(f64::NAN),
        ..mv.clone()
    }
    .validate()
    .is_err());
    assert!(AbsoluteMove {
        position_pan: None,
        position_zoom: None,
        ..mv
    }
    .validate()
    .is_err());

    let mic = SetMicrophoneConfig {
        qr_code: qr(),
        mac: None,
        channel_id: 1,
        config: MicrophoneConfig {
            volume: Some(101),
            ..Default::default()
        },
    };
    assert!(mic.validate().is_err());
    let body = SetMicrophoneConfig {
        config: MicrophoneConfig {
            volume: Some(50),
            ..Default::default()
        },
        ..mic
    }
    .encode()
    .unwrap()
    .body
    .unwrap();
    assert_eq!(
        &body[..],
        br#"{"qrCode":"16E0091709B04C926","channelId":1,"volume":"50"}"#
    );

    let mut tour: AddTour = serde_json::from_str(&fixture("addTour.request.json")).unwrap();
    assert!(tour.validate().is_ok());
    tour.settings.speed_pans = vec!["0.2".into()];
    assert!(tour.validate().is_err(), "arrays must align");
    tour.settings.speed_pans = vec!["0.2".into(), "1.0000001".into()];
    assert!(tour.validate().is_err(), "at most 6 decimals");
    tour.settings.speed_pans = vec!["0.2".into(), "1.5".into()];
    assert!(tour.validate().is_err(), "[0, 1]");
    tour.settings.speed_pans = vec!["0.2".into(), "0.3".into()];
    tour.tour_id = "0".into();
    assert!(tour.validate().is_err(), "tourId from 1");

    let mut plan: SetPowerModePlan =
        serde_json::from_str(&fixture("setPowerModePlan.request.json")).unwrap();
    assert!(plan.validate().is_ok());
    plan.plan.monday = vec!["1200-1100:1".into()];
    assert!(plan.validate().is_err(), "start before end");
    plan.plan = PowerModePlan::default();
    assert!(plan.validate().is_err(), "one day at least");
    assert_eq!(
        PowerPlanSegment::parse("1200-2400:2").unwrap().to_wire(),
        "1200-2400:2"
    );
    assert!(PowerPlanSegment::parse("0060-0100:1").is_none());

    let veg = StartVegetationManualDetect {
        qr_code: qr(),
        mac: None,
        channel_id: 1,
        is_ndvi_enabled: Some(false),
        is_gndvi_enabled: None,
    };
    assert!(veg.validate().is_err());
}

#[test]
fn typed_views_of_the_examples() {
    let env: Envelope<PtzCapability> =
        serde_json::from_str(&fixture("getPtzCapability.response.json")).unwrap();
    let cap = env.result.unwrap();
    assert!(cap.presets_supported() && !cap.tours_supported() && cap.pan_tilt_supported());
    let env: Envelope<SwitchType> =
        serde_json::from_str(r#"{"error_code":0,"result":{"flip":3,"rorate":9}}"#).unwrap();
    let st = env.result.unwrap();
    assert_eq!(st.flip, Some(LensFlip::Center));
    assert_eq!(st.rotate, Some(LensRotate::Unknown(9)));
    let env: Envelope<Tours> = serde_json::from_str(&fixture("getAllTours.response.json")).unwrap();
    let tours = env.result.unwrap();
    let states: Vec<_> = tours.iter().map(|(_, _, s)| s.cloned()).collect();
    assert_eq!(
        states,
        vec![
            Some(TourState::Idle),
            Some(TourState::Touring),
            Some(TourState::Paused)
        ]
    );
    let env: Envelope<ZoomLimitConfig> =
        serde_json::from_str(&fixture("getZoomLimitConfig.response.json")).unwrap();
    assert_eq!(env.result.unwrap().multiple, Some(40));
    let env: Envelope<VegetationDetectResult> =
        serde_json::from_str(&fixture("getVegetationDetectResult.response.json")).unwrap();
    let res = env.result.unwrap();
    assert_eq!(
        res.vegetation_index_list[1].vegetation_index,
        Some(VegetationIndex::Gndvi)
    );
    let debug = format!("{res:?}");
    assert!(
        !debug.contains("q-signature"),
        "pre-signed query kept out of Debug"
    );
    let old: VegetationSample = serde_json::from_str(r#"{"scendId":1}"#).unwrap();
    assert_eq!(old.scene_id, Some(1));
    let env: Envelope<PowerModeInfo> =
        serde_json::from_str(&fixture("getPowerMode.response.json")).unwrap();
    assert_eq!(env.result.unwrap().current_mode, Some(PowerMode::Aov));
    let env: Envelope<SpeakerCapability> =
        serde_json::from_str(&fixture("getSpeakerCapability.response.json")).unwrap();
    let spk = env.result.unwrap();
    assert!(spk.plays_g711a());
    assert_eq!(spk.selectable_outputs().len(), 3);
}

/// The 42 paths 1.4.4 gained in the 2026 edition (`tums-2026-endpoints.tsv`).
const DEVICE_CONFIG_2026: &[&str] = &[
    "/vms/open/deviceConfig/v1/getDeviceCurrentTime",
    "/vms/open/deviceConfig/v1/getMaskInfo",
    "/vms/open/deviceConfig/v1/setMaskInfo",
    "/vms/open/deviceConfig/v1/getSwitchType",
    "/vms/open/deviceConfig/v1/setSwitchType",
    "/vms/open/deviceConfig/v1/getTalkCapability",
    "/vms/open/deviceConfig/v1/getMicrophoneCapability",
    "/vms/open/deviceConfig/v1/getMicrophoneConfig",
    "/vms/open/deviceConfig/v1/setMicrophoneConfig",
    "/vms/open/deviceConfig/v1/getSpeakerCapability",
    "/vms/open/deviceConfig/v1/getSpeakerConfig",
    "/vms/open/deviceConfig/v1/setSpeakerConfig",
    "/vms/open/playAudioService/v1/playAudioFile",
    "/vms/open/playAudioService/v1/getPlayAudioTaskStatus",
    "/vms/open/deviceConfig/v1/getPtzCapability",
    "/vms/open/deviceConfig/v1/getMotorCapability",
    "/vms/open/deviceConfig/v1/getFocusCapability",
    "/vms/open/deviceConfig/v1/motionCtrl",
    "/vms/open/deviceConfig/v1/getAllPresets",
    "/vms/open/deviceConfig/v1/executePreset",
    "/vms/open/deviceConfig/v1/deletePreset",
    "/vms/open/deviceConfig/v1/operatePreset",
    "/vms/open/deviceConfig/v1/getToursInfo",
    "/vms/open/deviceConfig/v1/getAllTours",
    "/vms/open/deviceConfig/v1/addTour",
    "/vms/open/deviceConfig/v1/modifyTour",
    "/vms/open/deviceConfig/v1/executeTour",
    "/vms/open/deviceConfig/v1/deleteTour",
    "/vms/open/deviceConfig/v1/getParkConfig",
    "/vms/open/deviceConfig/v1/setParkConfig",
    "/vms/open/deviceConfig/v1/getPtzStatus",
    "/vms/open/deviceConfig/v1/getZoomLimitConfig",
    "/vms/open/deviceConfig/v1/absoluteMove",
    "/vms/open/deviceManager/v1/wakeUpDevice",
    "/vms/open/deviceManager/v1/getWakeUpStatus",
    "/vms/open/deviceManager/v1/getPowerMode",
    "/vms/open/deviceManager/v1/setPowerMode",
    "/vms/open/deviceManager/v1/getPowerModePlan",
    "/vms/open/deviceManager/v1/setPowerModePlan",
    "/openapi/opAgriDeviceManager/v1/startVegetationManualDetect",
    "/openapi/opAgriDeviceManager/v1/getVegetationDetectStatus",
    "/openapi/opAgriDeviceManager/v1/getVegetationDetectResult",
];

/// The 1.4.4 block of the 2026 edition: 42 paths, each typed once, with both fixtures
/// (`tests/inventory.rs` runs the same checks on the whole registry).
#[test]
fn inventory_checks_for_the_2026_block() {
    let entries: Vec<_> = registry::registry()
        .into_iter()
        .filter(|e| e.module == "device_config" && DEVICE_CONFIG_2026.contains(&e.path))
        .collect();
    assert_eq!(entries.len(), 42);
    let mut paths: Vec<_> = entries.iter().map(|e| e.path).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), 42, "each path typed once");
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/tums");
    for e in &entries {
        assert_eq!(e.method, http::Method::POST, "{}", e.path);
        assert_eq!(e.body, client_core::BodyKind::Json, "{}", e.path);
        let name = e.path.rsplit('/').next().unwrap();
        for kind in ["request", "response"] {
            let file = dir.join(e.module).join(format!("{name}.{kind}.json"));
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|err| panic!("{}: {err}", file.display()));
            if kind == "response" {
                (e.decode_response)(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
            } else {
                let original: serde_json::Value = serde_json::from_str(&text).unwrap();
                let sent = (e.reencode)(&text);
                assert_eq!(
                    original
                        .as_object()
                        .unwrap()
                        .keys()
                        .collect::<Vec<_>>()
                        .len(),
                    sent.as_object().unwrap().len(),
                    "{name}: members sent differ from the example"
                );
            }
        }
    }
}

/// Presets and the audio upload against the simulator over loopback.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use bytes::Bytes;
    use client_core::Endpoint;
    use tums_client::api::device_config::*;
    use tums_client::simulator::Simulator;

    const QR: &str = "16E0091709B04C926";
    const GB: &str = "33010001011321110001";

    fn code(e: &tums_client::Error) -> Option<i64> {
        match e {
            tums_client::Error::Api(api) => Some(api.code.code()),
            _ => None,
        }
    }

    #[tokio::test]
    async fn presets_add_modify_execute_delete_list() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let list = GetAllPresets::default().with_qr_code(QR, 1);
            assert!(client.send(&list).await.unwrap().is_empty());

            // Add two: the first at the lowest free id, the second at id 10.
            client
                .send(&OperatePreset::default().with_qr_code(QR, 1))
                .await
                .unwrap();
            let named = OperatePreset {
                preset_id: Some("10".into()),
                preset_name: Some("Gate".into()),
                ..OperatePreset::default()
            }
            .with_qr_code(QR, 1);
            client.send(&named).await.unwrap();
            let presets = client.send(&list).await.unwrap();
            let ids: Vec<_> = presets
                .iter()
                .map(|p| p.preset_id.clone().unwrap())
                .collect();
            assert_eq!(ids, ["1", "10"]);
            assert_eq!(presets[0].name.as_deref(), Some("Preset_1"));
            assert_eq!(presets[1].read_only, Some(false));

            // Modify the name of preset 1.
            let rename = OperatePreset {
                preset_id: Some("1".into()),
                override_position: Some(true),
                preset_name: Some("Door".into()),
                ..OperatePreset::default()
            }
            .with_qr_code(QR, 1);
            client.send(&rename).await.unwrap();
            assert_eq!(
                client.send(&list).await.unwrap()[0].name.as_deref(),
                Some("Door")
            );

            // Execute a known and an unknown preset.
            let go = ExecutePreset {
                preset_id: "10".into(),
                ..ExecutePreset::default()
            }
            .with_qr_code(QR, 1);
            client.send(&go).await.unwrap();
            let missing = ExecutePreset {
                preset_id: "77".into(),
                ..ExecutePreset::default()
            }
            .with_qr_code(QR, 1);
            let err = client.send(&missing).await.unwrap_err();
            assert_eq!(code(&err), Some(-20106), "{err}");

            // Delete one; the other channel and the GB device are separate.
            let del = DeletePreset {
                preset_id: "1".into(),
                ..DeletePreset::default()
            }
            .with_qr_code(QR, 1);
            client.send(&del).await.unwrap();
            let err = client.send(&del).await.unwrap_err();
            assert_eq!(code(&err), Some(-20106));
            assert_eq!(client.send(&list).await.unwrap().len(), 1);
            let other = GetAllPresets::default().with_qr_code(QR, 2);
            assert!(client.send(&other).await.unwrap().is_empty());

            // GB/T 28181 device: presetId required, no readOnly in the list.
            let gb_add = OperatePreset {
                preset_id: Some("3".into()),
                ..OperatePreset::default()
            }
            .with_device_gb_id(GB);
            client.send(&gb_add).await.unwrap();
            let gb_list = client
                .send(&GetAllPresets::default().with_device_gb_id(GB))
                .await
                .unwrap();
            assert_eq!(gb_list.len(), 1);
            assert_eq!(gb_list[0].read_only, None);

            // A request the client would refuse, sent raw: the simulator answers -20107.
            let raw = tums_client::Prepared::new(http::Method::POST, ExecutePreset::PATH)
                .with_json(r#"{"qrCode":"16E0091709B04C926","presetId":"10"}"#);
            assert_eq!(client.raw_prepared(&raw).await.unwrap().error_code, -20107);
        })
        .await
        .expect("timed out");
    }

    #[tokio::test]
    async fn presets_are_capped_at_300_per_channel() {
        tokio::time::timeout(Duration::from_secs(120), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let add = OperatePreset::default().with_qr_code(QR, 1);
            for _ in 0..PRESETS_PER_CHANNEL_MAX {
                client.send(&add).await.unwrap();
            }
            let err = client.send(&add).await.unwrap_err();
            assert_eq!(code(&err), Some(-20106));
        })
        .await
        .expect("timed out");
    }

    #[tokio::test]
    async fn audio_is_uploaded_as_multipart_and_tracked() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let audio = AudioFile {
                file_name: "alarm.g711a".into(),
                data: Bytes::from(vec![0xd5u8; 1600]),
            };
            let play = PlayAudioFile::new(QR, 1, audio);
            // Client::send refuses it before sending anything.
            assert!(client.send(&play).await.is_err());
            assert!(sim.requests_to(PlayAudioFile::PATH).is_empty());
            let task = play.send(&client).await.unwrap();
            let id = task.task_id.unwrap();
            let sent = sim.requests_to(PlayAudioFile::PATH);
            assert_eq!(sent.len(), 1);
            let ct = sent[0]
                .headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.clone())
                .unwrap();
            assert!(ct.starts_with("multipart/form-data"), "{ct}");
            let status = client.send(&GetPlayAudioTaskStatus::new(id)).await.unwrap();
            assert_eq!(status.status, Some(PlayAudioStatus::Succeeded));
            let err = client
                .send(&GetPlayAudioTaskStatus::new("no-such-task"))
                .await
                .unwrap_err();
            assert_eq!(code(&err), Some(-20106));
            // Too large: refused before sending.
            let big = PlayAudioFile::new(
                QR,
                1,
                AudioFile {
                    file_name: "big.g711a".into(),
                    data: Bytes::from(vec![0u8; PLAY_AUDIO_MAX_BYTES + 1]),
                },
            );
            assert!(big.send(&client).await.is_err());
            assert_eq!(sim.requests_to(PlayAudioFile::PATH).len(), 1);
        })
        .await
        .expect("timed out");
    }
}
