//! Round trips of every request and response example of 1.4.10 AI 图像检测分析
//! (TUMS 2026-08-31 edition; fixtures/tums/ai_inspection/), and the endpoints against the
//! simulator over loopback.

#[macro_use]
mod common;

use tums_client::api::ai_inspection::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("ai_inspection", name)
}

pair!(
    get_standard_algorithm_basic_info,
    GetStandardAlgorithmBasicInfo,
    "getStandardAlgorithmBasicInfo"
);
pair!(
    batch_set_algorithm_version,
    BatchSetAlgorithmVersion,
    "batchSetAlgorithmVersion"
);
pair!(
    start_ai_inspection_task,
    StartAiInspectionTask,
    "startAiInspectionTask"
);
pair!(
    get_ai_inspection_task_result,
    GetAiInspectionTaskResult,
    "getAiInspectionTaskResult"
);
pair!(
    batch_delete_ai_task_result,
    BatchDeleteAiTaskResult,
    "batchDeleteAiTaskResult"
);
pair!(
    start_ai_inspection_task_with_image,
    StartAiInspectionTaskWithImage,
    "startAiInspectionTaskWithImage",
    validates = false
);

fn callback(name: &str) -> String {
    common::fixture("callback", name)
}

#[test]
fn documented_answers_and_callbacks_are_typed() {
    let env: Envelope<AiTaskResult> =
        serde_json::from_str(&fixture("getAiInspectionTaskResult.response.json")).unwrap();
    let r = env.result.unwrap();
    assert_eq!(r.task_status, Some(AiTaskStatus::Done));
    assert_eq!(
        r.task_result_list[0].algorithm_result,
        Some(InspectionVerdict::Qualified)
    );
    assert_eq!(r.fail_list[0].error_code, -20571);
    let env: Envelope<PagedListOfAlgorithms> =
        serde_json::from_str(&fixture("getStandardAlgorithmBasicInfo.response.json")).unwrap();
    let algo = &env.result.unwrap().list[0];
    assert_eq!(
        algo.algorithm_category_list,
        vec![AlgorithmCategory::RetailChain]
    );
    assert_eq!(algo.version_detail_list[1].support_multi_output, Some(true));
    let schema: serde_json::Value = serde_json::from_str(
        algo.version_detail_list[1]
            .output_fields_definition
            .as_deref()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(schema["required"][0], "shoppers");
    // 1.4.10.5 callbacks: " resultList" and "qrcode" as printed.
    let one =
        AiInspectionCallback::parse(callback("aiInspectionResult.1.json").as_bytes()).unwrap();
    assert_eq!(
        one.result_list[0].qr_code.as_deref(),
        Some("16E0091709B04C926")
    );
    assert_eq!(
        one.result_list[0].algorithm_result,
        Some(InspectionVerdict::Unqualified)
    );
    let two =
        AiInspectionCallback::parse(callback("aiInspectionResult.2.json").as_bytes()).unwrap();
    assert_eq!(two.result_list[0].outputs().unwrap()["shoppers"], 3);
    // The printed multipart params, with the file they name.
    use tums_client::api::upload::{Upload, UploadFile};
    let params: StartAiInspectionTaskWithImage =
        serde_json::from_str(&fixture("startAiInspectionTaskWithImage.request.json")).unwrap();
    let upload = AiInspectionUpload {
        params,
        images: vec![UploadFile::new("xxxx.jpg", vec![0xff, 0xd8, 0xff])],
    };
    assert!(upload.validate().is_ok(), "{:?}", upload.validate());
}

type PagedListOfAlgorithms = tums_client::PagedList<Algorithm>;

#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use client_core::Endpoint;
    use tums_client::api::ai_inspection::*;
    use tums_client::api::upload::UploadFile;

    #[tokio::test]
    async fn create_query_delete_and_upload() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = tums_client::simulator::Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let devs = vec![
                AiDevice::qr_code("16E0091709B04C926", 1)
                    .with_regions(&InspectionRegions::rectangle(0, 0, 5000, 5000)),
                AiDevice::qr_code("16E0091709B04C926", 2),
            ];
            let task = client
                .send(&StartAiInspectionTask::live(
                    vec!["smoking-detection".into()],
                    devs,
                ))
                .await
                .unwrap();
            let result = client
                .send(&GetAiInspectionTaskResult {
                    task_id: task.task_id.clone(),
                })
                .await
                .unwrap();
            assert_eq!(result.task_status, Some(AiTaskStatus::Done));
            assert_eq!(result.task_result_list.len(), 2);
            assert_eq!(result.task_result_list[1].channel_id, Some(2));
            // Upload two pictures: multipart, signed over "{}", accepted by the simulator.
            let upload = AiInspectionUpload::new(
                vec!["smoking-detection".into(), "phone".into()],
                vec![
                    UploadFile::new("a.jpg", vec![0xff, 0xd8, 0xff, 0xe0]),
                    UploadFile::new("b.png", vec![0x89, b'P', b'N', b'G']),
                ],
            );
            let up = client.upload(&upload).await.unwrap();
            let sent = sim.requests_to(StartAiInspectionTaskWithImage::PATH);
            let ct = sent[0]
                .headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.clone())
                .unwrap();
            assert!(ct.starts_with("multipart/form-data"), "{ct}");
            let up_result = client
                .send(&GetAiInspectionTaskResult {
                    task_id: up.task_id.clone(),
                })
                .await
                .unwrap();
            assert_eq!(up_result.task_result_list.len(), 4);
            assert_eq!(
                up_result.task_result_list[0].file_name.as_deref(),
                Some("a.jpg")
            );
            assert_eq!(sim.task_counts().1, 2);
            // Delete ("stop") both; then the query is refused.
            client
                .send(&BatchDeleteAiTaskResult {
                    task_id_list: vec![task.task_id.clone(), up.task_id.clone()],
                })
                .await
                .unwrap();
            assert_eq!(sim.task_counts().1, 0);
            let e = client
                .send(&GetAiInspectionTaskResult {
                    task_id: task.task_id,
                })
                .await
                .unwrap_err();
            assert_eq!(e.api().unwrap().code.code(), -20107);
            // Too many pictures never reach the wire.
            let before = sim.requests().len();
            let many = AiInspectionUpload::new(
                vec!["a".into()],
                (0..6)
                    .map(|i| UploadFile::new(format!("{i}.jpg"), vec![1]))
                    .collect(),
            );
            assert!(client.upload(&many).await.unwrap_err().is_invalid_request());
            assert_eq!(sim.requests().len(), before);
            // The documented examples of the stateless endpoints.
            via_simulator!(
                client,
                GetStandardAlgorithmBasicInfo,
                "getStandardAlgorithmBasicInfo"
            );
            // A failList in result is a partial failure, with the whole answer kept.
            let req: BatchSetAlgorithmVersion =
                serde_json::from_str(&fixture("batchSetAlgorithmVersion.request.json")).unwrap();
            match client.send(&req).await.unwrap_err() {
                tums_client::Error::PartialFailure { fail_list, .. } => {
                    assert_eq!(fail_list[0].error_code, -87100);
                }
                other => panic!("{other:?}"),
            }
        })
        .await
        .expect("test timed out");
    }

    fn fixture(name: &str) -> String {
        super::fixture(name)
    }
}
