//! Round trips of every request and response example of chapter 1.4.17 云广播 of the
//! 2026-08-31 edition (fixtures/tums/broadcast/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::broadcast::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("broadcast", name)
}

pair!(
    get_timed_task_by_page,
    GetTimedTaskByPage,
    "getTimedTaskByPage"
);
pair!(
    get_immediate_task_by_page,
    GetImmediateTaskByPage,
    "getImmediateTaskByPage"
);
pair!(
    get_speak_task_by_page,
    GetSpeakTaskByPage,
    "getSpeakTaskByPage"
);
pair!(add_task, AddTask, "addTask");
pair!(edit_task, EditTask, "editTask");
pair!(delete_task, DeleteTask, "deleteTask");
pair!(get_audio_by_page, GetAudioByPage, "getAudioByPage");
pair!(
    get_audio_group_by_page,
    GetAudioGroupByPage,
    "getAudioGroupByPage"
);
pair!(check_upload_audio, CheckUploadAudio, "checkUploadAudio");
pair!(
    finish_upload_audio_to_cos,
    FinishUploadAudioToCos,
    "finishUploadAudioToCos"
);
pair!(text_to_speech, TextToSpeech, "textToSpeech");
pair!(save_text_to_speech, SaveTextToSpeech, "saveTextToSpeech");
pair!(rename_audio, RenameAudio, "renameAudio");
pair!(audition_by_id, AuditionById, "auditionById");
pair!(get_task_audio_list, GetTaskAudioList, "getTaskAudioList");
pair!(set_task_audio_list, SetTaskAudioList, "setTaskAudioList");
pair!(
    get_task_devs_by_page,
    GetTaskDevsByPage,
    "getTaskDevsByPage"
);
pair!(add_dev_for_task, AddDevForTask, "addDevForTask");
pair!(delete_dev_for_task, DeleteDevForTask, "deleteDevForTask");
pair!(execute_task, ExecuteTask, "executeTask");
pair!(
    execute_task_with_dev_list,
    ExecuteTaskWithDevList,
    "executeTaskWithDevList"
);
pair!(
    get_execute_progress,
    GetExecuteProgress,
    "getExecuteProgress"
);
pair!(
    get_device_in_region_by_type,
    GetDeviceInRegionByType,
    "getDeviceInRegionByType"
);
pair!(
    set_speaker_info,
    SetSpeakerInfo,
    "setSpeakerInfo",
    validates = false
);
pair!(try_play, TryPlay, "tryPlay");
pair!(get_speaker_list, GetSpeakerList, "getSpeakerList");

#[test]
fn examples_are_typed() {
    let env: Envelope<tums_client::envelope::PagedList<TimedTask>> =
        serde_json::from_str(&fixture("getTimedTaskByPage.response.json")).unwrap();
    let t = &env.result.unwrap().list[1];
    assert_eq!(t.audio_list_status, Some(AudioStatus::Abnormal));
    assert_eq!(t.loop_type, Some(LoopType::Duration));
    assert_eq!(t.execute_week_day.as_deref(), Some("1 2 3 4 5 6 7"));
    let env: Envelope<UploadTicket> =
        serde_json::from_str(&fixture("checkUploadAudio.response.json")).unwrap();
    let cos = env.result.unwrap().temp_cos_vo.unwrap();
    assert_eq!(cos.region, "ap-shanghai");
    // The temporary COS secret and token never show in Debug.
    let shown = format!("{cos:?}");
    assert!(
        !shown.contains("EAeVuYC5") && !shown.contains("Vds6nmAk"),
        "{shown}"
    );
    // An array form of tempCosVo (the table's array<object>) is accepted too.
    let t: UploadTicket =
        serde_json::from_str(r#"{"uuid":"u","tempCosVo":[{"path":"p/","bucket":"b"}]}"#).unwrap();
    assert_eq!(t.temp_cos_vo.unwrap().bucket, "b");
    // Unknown enum values are kept.
    let a: Audio = serde_json::from_str(r#"{"audioId":"1","status":111}"#).unwrap();
    assert_eq!(a.status, Some(AudioStatus::Unknown(111)));
}

#[test]
fn set_speaker_info_second_example() {
    let req: SetSpeakerInfo = common::request("broadcast", "setSpeakerInfo.request.2.json");
    assert_eq!(req.volume, Some(45));
    let env: Envelope<Option<String>> =
        common::response("broadcast", "setSpeakerInfo.response.2.json");
    assert_eq!(
        env.result.flatten().as_deref(),
        Some("389574af0ead498ea92f0e679d4dfe9f")
    );
    // The first example's volume 111 is outside 0..=100 and refused before sending.
    let first: SetSpeakerInfo =
        serde_json::from_str(&fixture("setSpeakerInfo.request.json")).unwrap();
    assert!(client_core::Endpoint::validate(&first)
        .unwrap_err()
        .to_string()
        .contains("volume"));
    // Its failList keeps devInfo and deviceName.
    let env: Envelope<Option<String>> =
        serde_json::from_str(&fixture("setSpeakerInfo.response.json")).unwrap();
    let fail = &env.fail_list.unwrap()[0];
    assert_eq!(fail.error_code, -64206);
    assert_eq!(fail.other["devInfo"]["mac"], "74-61-3B-F3-3B-A2");
}

#[test]
fn requests_are_checked_before_sending() {
    use client_core::Endpoint;
    assert!(TextToSpeech {
        text: "x".repeat(81)
    }
    .validate()
    .is_err());
    assert!(TextToSpeech {
        text: "广播".repeat(40)
    }
    .validate()
    .is_ok());
    let mut edit = EditTask::new("1");
    edit.execute_point = Some("250000".into());
    assert!(edit.validate().is_err());
    edit.execute_point = Some("080000 123030".into());
    edit.execute_week_day = Some("1 8".into());
    assert!(edit.validate().is_err());
    edit.execute_week_day = Some("0".into());
    edit.permanent = Some(false);
    assert!(edit.validate().is_err(), "permanent=false needs dates");
    edit.start_date = Some("2023-04-02".into());
    edit.end_date = Some("2023-04-01".into());
    assert!(edit.validate().is_err(), "dates out of order");
    edit.end_date = Some("2023-04-03".into());
    assert!(edit.validate().is_ok());
    let exec = ExecuteTask {
        task_id_list: vec!["1".into()],
        task_type: TaskType::Speak,
        set_status: SetStatus::Play,
        ignore_playing: None,
        protocol: None,
    };
    assert!(exec.validate().is_err(), "speak needs a protocol");
    let upload = CheckUploadAudio {
        group_id: None,
        url_encoded: None,
        audio_list: vec![UploadAudio {
            audio_hash: "h".into(),
            name: "a.ogg".into(),
            size: 1,
        }],
    };
    assert!(upload.validate().is_err());
    let too_big = CheckUploadAudio {
        group_id: None,
        url_encoded: None,
        audio_list: (0..2)
            .map(|n| UploadAudio {
                audio_hash: format!("h{n}"),
                name: "a.mp3".into(),
                size: UPLOAD_MAX_BYTES,
            })
            .collect(),
    };
    assert!(too_big.validate().is_err(), "400 MB in all");
    assert!(AddDevForTask {
        task_id: "1".into(),
        dev_list: vec![DevInfo::default()]
    }
    .validate()
    .is_err());
}

/// Broadcast tasks against the simulator over loopback: create, edit, devices, audio,
/// execute, progress, list (streamed) and delete.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use futures::TryStreamExt;
    use tums_client::api::broadcast::*;
    use tums_client::simulator::Simulator;

    #[tokio::test]
    async fn task_lifecycle() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let mut ids = Vec::new();
            for n in 0..12 {
                let t = client
                    .send(&AddTask::new(format!("timed {n}"), TaskType::Timed).region("7"))
                    .await
                    .unwrap();
                ids.push(t.task_id);
            }
            let speak = client
                .send(&AddTask::new("speak", TaskType::Speak))
                .await
                .unwrap()
                .task_id;
            // The same name twice is refused by the platform.
            let dup = client
                .send(&AddTask::new("speak", TaskType::Immediate))
                .await
                .unwrap_err();
            assert_eq!(dup.api().unwrap().code.code(), -20107);

            let mut edit = EditTask::new(&ids[0]);
            edit.volume = Some(35);
            edit.execute_point = Some("080000".into());
            edit.execute_week_day = Some("1 2 3 4 5".into());
            client.send(&edit).await.unwrap();

            // Streamed 5 per page: all 12 timed tasks, none of the speak task.
            let list = GetTimedTaskByPage {
                limit: Some(5),
                ..GetTimedTaskByPage::default()
            };
            let timed: Vec<TimedTask> = client.stream(list).try_collect().await.unwrap();
            assert_eq!(timed.len(), 12);
            let first = timed.iter().find(|t| t.task_id == ids[0]).unwrap();
            assert_eq!(first.volume, Some(35));
            assert_eq!(first.execute_point.as_deref(), Some("080000"));
            assert_eq!(first.region_id.as_deref(), Some("7"));

            client
                .send(&AddDevForTask {
                    task_id: ids[0].clone(),
                    dev_list: vec![
                        DevInfo::qr_code("57303402FF48BD8F"),
                        DevInfo::mac("00-FF-00-2A-55-AA"),
                    ],
                })
                .await
                .unwrap();
            let devs: Vec<TaskDevice> = client
                .stream(GetTaskDevsByPage::new(&ids[0]))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(devs.len(), 2);
            client
                .send(&DeleteDevForTask {
                    task_id: ids[0].clone(),
                    dev_task_map_id_list: vec![devs[0].map_id.clone()],
                })
                .await
                .unwrap();
            let devs: Vec<TaskDevice> = client
                .stream(GetTaskDevsByPage::new(&ids[0]))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(devs.len(), 1);
            assert_eq!(devs[0].dev_info.mac.as_deref(), Some("00-FF-00-2A-55-AA"));

            let merge = client
                .send(&SetTaskAudioList {
                    task_list: vec![ids[0].clone()],
                    task_type: TaskType::Timed,
                    audio_list: vec!["3673".into(), "3674".into()],
                })
                .await
                .unwrap();
            let p = client
                .send(&GetExecuteProgress {
                    uuid: merge.uuid,
                    batch_type: BatchType::AudioMerge,
                })
                .await
                .unwrap();
            assert!(p.finished() && p.status == Some(ProgressStatus::Done));
            let audio = client
                .send(&GetTaskAudioList {
                    task_id: ids[0].clone(),
                })
                .await
                .unwrap();
            let order: Vec<_> = audio
                .audio_list
                .iter()
                .map(|a| a.audio_id.as_str())
                .collect();
            assert_eq!(order, ["3673", "3674"]);

            // A speak task answers its push URL and shows as speaking.
            let run = client
                .send(&ExecuteTask::speak(
                    &speak,
                    SetStatus::Play,
                    PushProtocol::Rtmp,
                ))
                .await
                .unwrap();
            assert!(run.push_url.unwrap().starts_with("rtmp://"));
            let speaking: Vec<SpeakTask> = client
                .stream(GetSpeakTaskByPage::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(speaking[0].status, Some(TaskStatus::On));
            // An unknown uuid is pending (-2).
            let pending = client
                .send(&GetExecuteProgress {
                    uuid: "0".repeat(32),
                    batch_type: BatchType::Speak,
                })
                .await
                .unwrap();
            assert_eq!(pending.status, Some(ProgressStatus::Pending));

            // Deleting an unknown id with a known one: a partial failure naming it.
            let err = client
                .send(&DeleteTask {
                    task_id_list: vec![ids[1].clone(), "999999".into()],
                    task_type: TaskType::Timed,
                })
                .await
                .unwrap_err();
            match err {
                tums_client::Error::PartialFailure { fail_list, .. } => {
                    assert_eq!(fail_list.len(), 1);
                    assert_eq!(fail_list[0].other["taskId"], "999999");
                }
                other => panic!("expected a partial failure, got {other:?}"),
            }
            let left: Vec<TimedTask> = client
                .stream(GetTimedTaskByPage::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(left.len(), 11);
            // Editing a deleted task is refused.
            let gone = client.send(&EditTask::new(&ids[1])).await.unwrap_err();
            assert_eq!(gone.api().unwrap().code.code(), -20107);
        })
        .await
        .expect("test timed out");
    }

    #[tokio::test]
    async fn stateless_endpoints_answer_their_examples() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let speakers: Vec<Speaker> = client
                .stream(GetSpeakerList::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(speakers[0].device_type, Some(BroadcastDeviceType::Speaker));
            let tts = client
                .send(&TextToSpeech {
                    text: "欢迎光临".into(),
                })
                .await
                .unwrap();
            assert_eq!(tts.uuid.len(), 32);
            // A device-type application may not call the chapter.
            let dev = Simulator::builder()
                .app_type(tums_client::simulator::AppType::Device)
                .start()
                .await
                .unwrap();
            let e = dev
                .client()
                .unwrap()
                .send(&AddTask::new("t", TaskType::Timed))
                .await
                .unwrap_err();
            assert_eq!(e.api().unwrap().code.code(), -88312);
        })
        .await
        .expect("test timed out");
    }
}
