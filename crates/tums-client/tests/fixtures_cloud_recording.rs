//! Round trips of every request and response example of 1.4.9 云录制
//! (TUMS 2026-08-31 edition; fixtures/tums/cloud_recording/), and the endpoints against the
//! simulator over loopback.

#[macro_use]
mod common;

use tums_client::api::cloud_recording::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("cloud_recording", name)
}

pair!(
    submit_capture_image_task,
    SubmitCaptureImageTask,
    "submitCaptureImageTask"
);
pair!(
    submit_capture_video_task,
    SubmitCaptureVideoTask,
    "submitCaptureVideoTask"
);
pair!(get_task_page, GetTaskPage, "getTaskPage");
pair!(get_task_info, GetTaskInfo, "getTaskInfo");
pair!(get_task_file_page, GetTaskFilePage, "getTaskFilePage");
pair!(delete_file, DeleteFile, "deleteFile");
pair!(capture_thumbnail, CaptureThumbnail, "captureThumbnail");

#[test]
fn documented_answers_are_typed() {
    let env: Envelope<CaptureTask> =
        serde_json::from_str(&fixture("getTaskInfo.response.json")).unwrap();
    let task = env.result.unwrap();
    assert_eq!(task.state, Some(TaskState::Succeeded));
    assert_eq!(task.capture_type, Some(CaptureType::LiveImage));
    assert_eq!(task.error(), None);
    let env: Envelope<TaskFilePage> =
        serde_json::from_str(&fixture("getTaskFilePage.response.json")).unwrap();
    let page = env.result.unwrap();
    assert!(page.list[0].urls[0].ends_with("q-signature=xxx"));
    use client_core::Paged;
    assert_eq!(GetTaskFilePage::into_page(page).total, Some(11));
}

#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use super::fixture;
    use futures::TryStreamExt;
    use tums_client::api::cloud_recording::*;

    #[tokio::test]
    async fn submit_poll_list_and_delete() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = tums_client::simulator::Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let picture = client
                .send(&SubmitCaptureImageTask::playback(
                    "16E0091709B04C926",
                    1,
                    "20230509093100",
                ))
                .await
                .unwrap();
            let clip = client
                .send(&SubmitCaptureVideoTask::playback(
                    "16E0091709B04C926",
                    1,
                    "20230509093100",
                    "20230509093200",
                ))
                .await
                .unwrap();
            assert_ne!(picture.task_id, clip.task_id);
            let info = client
                .send(&GetTaskInfo {
                    task_id: clip.task_id.clone(),
                })
                .await
                .unwrap();
            assert!(info.state.unwrap().is_final());
            assert_eq!(info.capture_type, Some(CaptureType::PlaybackVideo));
            // Newest first, streamed one per page.
            let tasks: Vec<CaptureTask> = client
                .stream(GetTaskPage::new(1))
                .try_collect()
                .await
                .unwrap();
            let ids: Vec<_> = tasks.iter().map(|t| t.task_id.clone()).collect();
            assert_eq!(ids, vec![clip.task_id.clone(), picture.task_id.clone()]);
            let files = client
                .send(&GetTaskFilePage::with_urls(picture.task_id.clone(), 10))
                .await
                .unwrap();
            assert_eq!(files.total, 1);
            assert_eq!(files.list[0].urls.len(), 1);
            let file_id = files.list[0].file_id.clone();
            client
                .send(&DeleteFile {
                    file_id: file_id.clone(),
                })
                .await
                .unwrap();
            let after = client
                .send(&GetTaskInfo {
                    task_id: picture.task_id.clone(),
                })
                .await
                .unwrap();
            assert_eq!(after.file_count, 0);
            // Deleting again, or an unknown task: 非法参数.
            let e = client.send(&DeleteFile { file_id }).await.unwrap_err();
            assert_eq!(e.api().unwrap().code.code(), -20107);
            let e = client
                .send(&GetTaskInfo {
                    task_id: "999999".into(),
                })
                .await
                .unwrap_err();
            assert_eq!(e.api().unwrap().code.code(), -20107);
            // A picture task without its playback time never reaches the wire.
            let before = sim.requests().len();
            let mut bad = SubmitCaptureImageTask::playback("16E0091709B04C926", 1, "x");
            bad.playback_time = None;
            assert!(client.send(&bad).await.unwrap_err().is_invalid_request());
            assert_eq!(sim.requests().len(), before);
            via_simulator!(client, CaptureThumbnail, "captureThumbnail");
        })
        .await
        .expect("test timed out");
    }
}
